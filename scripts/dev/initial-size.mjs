// Prints the gzip size of the JavaScript dist/index.html loads (what bench:ui's ui-initial-js
// reports), without starting a browser: for a quick look after `npx vite build`.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
const html = readFileSync('dist/index.html', 'utf8');
let gzip = 0;
for (const m of html.matchAll(/<(?:script|link)\b[^>]*(?:src|href)="([^"]+\.js)"/g)) gzip += gzipSync(readFileSync('dist/' + m[1].replace(/^\.?\//, '')), { level: 9 }).length;
console.log(`initial JS ${(gzip / 1024).toFixed(1)} kB gzip`);
