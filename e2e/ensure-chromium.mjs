// Finds a Chromium for the end-to-end tests, installing Debian's package when it can.
// Playwright never downloads a browser here: it is pointed at this executable.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromiumPath } from './chromiumPath.mjs';

const found = chromiumPath();
if (found) process.exit(0);

const isRoot = process.getuid?.() === 0;
const hasApt = existsSync('/usr/bin/apt-get');
if (isRoot && hasApt) {
  console.log('e2e: no Chromium found; installing Debian packages chromium and poppler-utils with apt-get …');
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium poppler-utils', { stdio: 'inherit' });
  if (chromiumPath()) process.exit(0);
}
console.error(
  'e2e: no Chromium found. Install it (Debian/Ubuntu: sudo apt-get install chromium poppler-utils),\n' +
    '     or set CHROMIUM_PATH to a Chromium or Chrome executable, then run npm test again.',
);
process.exit(1);
