/// <reference types="vitest/config" />
import { defineConfig, type HtmlTagDescriptor, type Plugin, type Rollup } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * The modules main.tsx imports dynamically on every start (React's DOM renderer, then the views):
 * dynamic so that each is evaluated in a task of its own, not in one long start-up task. They are
 * preloaded from index.html like the entry's static imports, so they load at once and count in
 * the initial JavaScript (bench:ui's ui-initial-js reads index.html).
 */
const START_UP_MODULES = [/\/node_modules\/react-dom\/client\.js$/, /\/src\/ui\/mount\.tsx$/];

function preloadStartUpModules(): Plugin {
  return {
    name: 'consensus-lab:preload-start-up-modules',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        const bundle = context.bundle as Rollup.OutputBundle | undefined;
        if (!bundle) return html;
        const chunks = Object.values(bundle).filter((output): output is Rollup.OutputChunk => output.type === 'chunk');
        const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
        const files = new Set<string>();
        const add = (file: string) => {
          if (files.has(file)) return;
          files.add(file);
          for (const imported of byFile.get(file)?.imports ?? []) add(imported);
        };
        for (const chunk of chunks) if (chunk.isDynamicEntry && START_UP_MODULES.some((module) => module.test(chunk.facadeModuleId ?? ''))) add(chunk.fileName);
        const tags: HtmlTagDescriptor[] = [...files]
          .filter((file) => !html.includes(`/${file}"`))
          .map((file) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `./${file}` }, injectTo: 'head' }));
        return { html, tags };
      },
    },
  };
}

export default defineConfig({
  plugins: [react(), preloadStartUpModules()],
  base: './',
  build: { target: 'es2022', sourcemap: false },
  // The run worker (src/worker/run-worker.ts) is a module worker: its own chunk, loaded on start.
  worker: { format: 'es' },
  preview: { port: 4173, strictPort: false },
  test: {
    include: ['test/**/*.test.{ts,tsx}'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    environment: 'node',
    pool: 'threads',
    testTimeout: 60_000,
    setupFiles: ['test/setup-run-words.ts'],
  },
});
