/**
 * How this project starts Chromium, headless: Debian's build by default (CHROMIUM_PATH for
 * another), with the background services off, as this machine has no outside network.
 */
export const CHROMIUM_LAUNCH = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};
