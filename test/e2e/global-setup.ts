// Vitest global setup for the e2e suite: serve the built app once for every test file.
// Tests read the address with `inject('baseUrl')`.

import type {} from 'vitest';
import type { TestProject } from 'vitest/node';
import { startPreview } from './preview-server';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await startPreview();
  project.provide('baseUrl', server.baseUrl);
  process.env.E2E_BASE_URL = server.baseUrl;
  return () => server.stop();
}
