// Accessibility check of HTML files with axe-core in headless Chromium (puppeteer-core).
// Usage: node tests/a11y/axe.mjs CHROMIUM FILE.html...
// Prints one JSON object: {"FILE.html": [{"id", "impact", "help", "nodes"}...], ...}
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { launch } from "./browser.mjs";

const require = createRequire(import.meta.url);
const axeSource = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
const [chromium, ...files] = process.argv.slice(2);

const browser = await launch(chromium);
const out = {};
try {
  for (const file of files) {
    const page = await browser.newPage();
    await page.goto(pathToFileURL(path.resolve(file)).href, { waitUntil: "load" });
    await page.addScriptTag({ content: axeSource });
    const result = await page.evaluate(async () =>
      await window.axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] } }));
    out[file] = result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.length,
                                                 targets: v.nodes.slice(0, 3).map((n) => n.target.join(" ")) }));
    await page.close();
  }
} finally {
  await browser.close();
}
process.stdout.write(JSON.stringify(out) + "\n");
