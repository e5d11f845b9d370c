// Makes sure the tests' browser exists (and pdftotext, for the print test). On Debian as root
// it installs what is missing with apt-get and says so; elsewhere it stops with one sentence.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChrome } from './find-chrome.mjs';

const hasCommand = (name) => {
  try {
    execSync(`command -v ${name}`, { stdio: 'ignore', shell: '/bin/sh' });
    return true;
  } catch {
    return false;
  }
};

const canApt = () =>
  typeof process.getuid === 'function' &&
  process.getuid() === 0 &&
  existsSync('/etc/debian_version') &&
  existsSync('/usr/bin/apt-get');

function aptInstall(packages, why) {
  console.log(`${why}: installing Debian's ${packages.join(', ')} with apt-get (about a minute)…`);
  execSync(
    `apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${packages.join(' ')}`,
    { stdio: 'inherit', shell: '/bin/bash' },
  );
}

/** The path of a Chrome or Chromium, installing Debian's when that is possible. */
export function ensureChrome({ needPdfText = false } = {}) {
  let found = findChrome();
  if (!found && process.env.CHROME_PATH) {
    console.error(`CHROME_PATH is set to ${process.env.CHROME_PATH}, but no browser is there.`);
    process.exit(1);
  }
  const missing = [];
  if (!found) missing.push('chromium', 'fonts-thai-tlwg');
  if (needPdfText && !hasCommand('pdftotext')) missing.push('poppler-utils');
  if (missing.length && canApt()) {
    aptInstall(missing, found ? 'pdftotext is missing' : 'No Chrome or Chromium found');
    found = findChrome();
  }
  if (!found) {
    console.error(
      'No Chrome or Chromium was found: install Chromium or Google Chrome (on Debian or Ubuntu: `sudo apt-get install chromium`), or set CHROME_PATH to its executable.',
    );
    process.exit(1);
  }
  if (needPdfText && !hasCommand('pdftotext')) {
    console.error(
      'pdftotext was not found: install poppler-utils (on Debian or Ubuntu: `sudo apt-get install poppler-utils`); the print test reads the printed PDF with it.',
    );
    process.exit(1);
  }
  return found;
}
