// Makes sure Debian's Chromium is installed for the end-to-end tests (never downloads a
// browser build of its own), with a font that has Chinese glyphs (the Chinese screenshots would
// show boxes without one; real users' systems have one). Installs what is missing with apt-get
// when we are root.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const CHINESE_FONT_PACKAGE = 'fonts-wqy-zenhei';

function works() {
  if (!existsSync(CHROMIUM)) return false;
  const result = spawnSync(CHROMIUM, ['--headless', '--no-sandbox', '--version'], { encoding: 'utf8', timeout: 30_000 });
  return result.status === 0;
}

function hasChineseFont() {
  const result = spawnSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8', timeout: 30_000 });
  return result.status === 0 && result.stdout.trim() !== '';
}

const missing = [];
if (!works()) missing.push('chromium');
if (!hasChineseFont()) missing.push(CHINESE_FONT_PACKAGE);
if (missing.length === 0) process.exit(0);

if (typeof process.getuid === 'function' && process.getuid() !== 0) {
  if (missing.includes('chromium')) {
    console.error(`ensure-chromium: ${CHROMIUM} is missing; install Debian's chromium package (sudo apt-get install -y chromium)`);
    process.exit(1);
  }
  // Only the font: the tests pass without it; the Chinese screenshots show boxes.
  console.warn(`ensure-chromium: no Chinese font; install ${CHINESE_FONT_PACKAGE} for readable Chinese screenshots`);
  process.exit(0);
}
console.log(`ensure-chromium: installing ${missing.join(' and ')} with apt-get ...`);
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
execFileSync('apt-get', ['install', '-y', '-qq', ...missing], { stdio: 'inherit', env });
if (!works()) {
  console.error(`ensure-chromium: ${CHROMIUM} still does not run after installing`);
  process.exit(1);
}
