// Makes sure Debian's Chromium is installed for the end-to-end tests (never downloads a
// browser build of its own). Installs it with apt-get when it is missing and we are root.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

function works() {
  if (!existsSync(CHROMIUM)) return false;
  const result = spawnSync(CHROMIUM, ['--headless', '--no-sandbox', '--version'], { encoding: 'utf8', timeout: 30_000 });
  return result.status === 0;
}

if (works()) {
  process.exit(0);
}
if (typeof process.getuid === 'function' && process.getuid() !== 0) {
  console.error(`ensure-chromium: ${CHROMIUM} is missing; install Debian's chromium package (sudo apt-get install -y chromium)`);
  process.exit(1);
}
console.log('ensure-chromium: installing Debian chromium with apt-get ...');
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
if (!works()) {
  console.error(`ensure-chromium: ${CHROMIUM} still does not run after installing`);
  process.exit(1);
}
