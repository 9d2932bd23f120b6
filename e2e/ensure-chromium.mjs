// Finds what the end-to-end tests need: a Chromium (Playwright never downloads one here) and
// poppler's pdftotext/pdftoppm for the print tests. Installs Debian's packages when it can.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromiumPath } from './chromiumPath.mjs';

const hasPoppler = () => existsSync('/usr/bin/pdftotext') && existsSync('/usr/bin/pdftoppm');
if (chromiumPath() && hasPoppler()) process.exit(0);

const missing = [!chromiumPath() && 'chromium', !hasPoppler() && 'poppler-utils'].filter(Boolean).join(' ');
const isRoot = process.getuid?.() === 0;
if (isRoot && existsSync('/usr/bin/apt-get')) {
  console.log(`e2e: installing Debian packages ${missing} with apt-get …`);
  execSync(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${missing}`, { stdio: 'inherit' });
  if (chromiumPath() && hasPoppler()) process.exit(0);
}
console.error(
  `e2e: missing ${missing}. Install it (Debian/Ubuntu: sudo apt-get install ${missing}),\n` +
    '     or set CHROMIUM_PATH to a Chromium or Chrome executable, then run npm test again.',
);
process.exit(1);
