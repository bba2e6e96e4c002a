// Layout of HTML reports at a phone's width, in headless Chromium (puppeteer-core).
// Usage: node tests/a11y/layout.mjs CHROMIUM WIDTH FILE.html...
// Prints one JSON object per file: how wide the page is, for each table cell that lies (partly)
// outside the viewport its table's class and its column's name, and how many cells of the EIGE
// table's evidence column are on screen.
import path from "node:path";
import { pathToFileURL } from "node:url";
import { launch } from "./browser.mjs";

const [chromium, width, ...files] = process.argv.slice(2);
const browser = await launch(chromium);
const out = {};
try {
  for (const file of files) {
    const page = await browser.newPage();
    await page.setViewport({ width: Number(width), height: 800, deviceScaleFactor: 1 });
    await page.goto(pathToFileURL(path.resolve(file)).href, { waitUntil: "load" });
    out[file] = await page.evaluate(() => {
      const vw = document.documentElement.clientWidth;
      const outside = [];
      let evidence = 0;
      for (const td of document.querySelectorAll("td, tbody th")) {
        const r = td.getBoundingClientRect();
        if (r.width > 0 && (r.left < -1 || r.right > vw + 1)) {
          outside.push({ table: td.closest("table").className, column: td.dataset.label || td.textContent.trim().slice(0, 40) });
        } else if (r.width > 0 && td.closest("table.questions") && td.cellIndex === 2) {
          evidence += 1;
        }
      }
      const h1 = document.querySelector("h1").getBoundingClientRect();
      return { viewport: vw, scrollWidth: document.documentElement.scrollWidth, h1Right: h1.right, outside, evidence };
    });
    await page.close();
  }
} finally {
  await browser.close();
}
process.stdout.write(JSON.stringify(out) + "\n");
