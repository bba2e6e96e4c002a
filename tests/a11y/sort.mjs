// Sorting the comparison report's table in headless Chromium (puppeteer-core): click a column's header
// once (ascending) and again (descending), and read the order of the rows.
// Usage: node tests/a11y/sort.mjs CHROMIUM FILE.html COLUMN...
// Prints {"COLUMN": {"ascending": [[label, cell text]...], "descending": [...], "sort": "descending"}, ...}.
import path from "node:path";
import { pathToFileURL } from "node:url";
import { launch } from "./browser.mjs";

const [chromium, file, ...columns] = process.argv.slice(2);
const browser = await launch(chromium);
const out = {};
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900, deviceScaleFactor: 1 });
  await page.goto(pathToFileURL(path.resolve(file)).href, { waitUntil: "load" });
  const order = (column) =>
    page.evaluate((column) => Array.from(document.querySelectorAll("#documenten tbody tr")).map((row) => [
      row.cells[0].getAttribute("data-sort"), row.cells[column].textContent.trim(),
    ]), column);
  for (const column of columns.map(Number)) {
    const button = `#documenten thead th:nth-child(${column + 1}) button`;
    await page.click(button);
    const ascending = await order(column);
    await page.click(button);
    const descending = await order(column);
    const sort = await page.$eval(`#documenten thead th:nth-child(${column + 1})`, (th) => th.getAttribute("aria-sort"));
    out[column] = { ascending, descending, sort };
  }
} finally {
  await browser.close();
}
process.stdout.write(JSON.stringify(out) + "\n");
