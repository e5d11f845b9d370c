// Puppeteer drives the Firefox ESR that Debian installs (npm run test:firefox); nothing can be
// downloaded from browser vendors on these machines, so its install step downloads no browser.
/* global module */
module.exports = { skipDownload: true };
