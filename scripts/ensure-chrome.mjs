// Makes sure a Chromium exists for the tests and benchmarks. On Debian as root with none, it
// installs Debian's chromium (and the Thai fonts) and says so; elsewhere it stops with one sentence.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChrome } from './find-chrome.mjs';

export function ensureChrome() {
  const found = findChrome();
  if (found) return found;
  if (process.env.CHROME_PATH) {
    console.error(`CHROME_PATH is set to ${process.env.CHROME_PATH}, but no browser is there.`);
    process.exit(1);
  }
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const isDebian = existsSync('/etc/debian_version') && existsSync('/usr/bin/apt-get');
  if (isRoot && isDebian) {
    console.log(
      "No Chrome or Chromium found: installing Debian's chromium and Thai fonts with apt-get (about a minute)…",
    );
    execSync(
      'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-thai-tlwg',
      {
        stdio: 'inherit',
        shell: '/bin/bash',
      },
    );
    const installed = findChrome();
    if (installed) return installed;
  }
  console.error(
    'No Chrome or Chromium was found: install Chromium or Google Chrome (on Debian or Ubuntu: `sudo apt-get install chromium`), or set CHROME_PATH to its executable.',
  );
  process.exit(1);
}
