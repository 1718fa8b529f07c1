// Browsers come from the system (see test/browsers.mjs); puppeteer must not try to download one.
module.exports = { skipDownload: true };
