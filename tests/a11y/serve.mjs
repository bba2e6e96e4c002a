// genderscan serve in headless Chromium (puppeteer-core): upload a document through the page, wait for the
// report, read its findings and measures, download the PDF, run axe-core; optionally take a screenshot.
// Usage: [SCREENSHOT=page.png] node tests/a11y/serve.mjs CHROMIUM URL DOWNLOAD_DIR DOCUMENT...
// Prints one JSON object: {status, documents, report: {findings, measures, text}, downloads, pdf, axe}.
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { launch } from "./browser.mjs";

const require = createRequire(import.meta.url);
const axeSource = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
const [chromium, url, downloadDir, ...documents] = process.argv.slice(2);
const screenshot = process.env.SCREENSHOT;

const browser = await launch(chromium);
const out = {};
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 1500 });
  const cdp = await page.createCDPSession();
  await cdp.send("Browser.setDownloadBehavior", { behavior: "allow", downloadPath: path.resolve(downloadDir) });
  await page.goto(url, { waitUntil: "load" });
  const input = await page.$("#files");
  await input.uploadFile(...documents);
  await page.click("#start");
  await page.waitForFunction(() => {
    const frame = document.getElementById("report");
    const doc = frame && frame.contentDocument;
    return !document.getElementById("report-section").hidden && doc && doc.readyState === "complete"
      && doc.querySelector("h1") && frame.style.height;
  }, { timeout: 60000 });
  await page.waitForFunction(() => document.getElementById("status").textContent.length > 0);
  out.status = await page.$eval("#status", (e) => e.textContent);
  await page.waitForFunction(() => document.getElementById("progress").value === document.getElementById("progress").max);
  out.documents = await page.$$eval("#documents li", (items) => items.map((li) => li.textContent));
  const frame = page.frames().find((f) => f.url().includes("/view"));
  out.report = await frame.evaluate(() => ({
    lang: document.documentElement.lang,
    findings: document.querySelectorAll(".finding").length,
    text: document.body.innerText,
  }));
  out.downloads = await page.$$eval("#downloads a", (links) => links.map((a) => a.dataset.format));
  await page.click('#downloads a[data-format="pdf"]');
  const deadline = Date.now() + 30000;
  let pdf = null;
  while (!pdf && Date.now() < deadline) {
    pdf = fs.readdirSync(downloadDir).find((f) => f.endsWith(".pdf"));
    if (!pdf) await new Promise((r) => setTimeout(r, 100));
  }
  out.pdf = pdf || null;
  if (screenshot) await page.screenshot({ path: screenshot });
  await page.evaluate(axeSource);  // through the debugger protocol: the page's CSP refuses inline scripts
  const result = await page.evaluate(async () =>
    await window.axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] } }));
  out.axe = result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.length,
                                              targets: v.nodes.slice(0, 3).map((n) => n.target.join(" ")) }));
} finally {
  await browser.close();
}
process.stdout.write(JSON.stringify(out) + "\n");
