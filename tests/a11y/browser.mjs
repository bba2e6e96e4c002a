// The headless Chromium every browser script of the tests drives (puppeteer-core, the installed browser).
import puppeteer from "puppeteer-core";

export function launch(chromium) {
  return puppeteer.launch({
    executablePath: chromium,
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
  });
}
