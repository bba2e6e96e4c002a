// genderscan serve: upload, poll the scan's progress, show the report and its downloads.
// No framework and no inline script; every name from a document is set as text, never as HTML.
"use strict";

(function () {
  const T = JSON.parse(document.getElementById("texts").textContent);
  const lang = document.documentElement.lang;
  const $ = (id) => document.getElementById(id);
  const form = $("upload"), input = $("files"), drop = $("drop"), start = $("start"), again = $("again");
  const message = $("message"), status = $("status"), progress = $("progress"), list = $("documents");
  const FORMATS = ["html", "pdf", "md", "json", "docx"];
  let job = null, timer = null, shown = null, lastStatus = "", lastDocs = "";

  const fill = (text, values) => text.replace(/\{(\w+)\}/g, (_, k) => String(values[k]));
  const base = (n) => `/api/jobs/${encodeURIComponent(job)}/${n}`;

  function say(text) {            // the live region announces only a change
    if (text !== lastStatus) { status.textContent = text; lastStatus = text; }
  }

  function fail(text) {
    message.textContent = text;
    start.disabled = false;
  }

  function errorText(body) {
    return body && body.error ? `${body.error.code}: ${body.error.message}` : T.failed;
  }

  async function upload(event) {
    if (event) event.preventDefault();
    message.textContent = "";
    if (!input.files.length) { fail(T.none_chosen); input.focus(); return; }
    start.disabled = true;
    $("progress-section").hidden = false;
    say(T.uploading);
    let response, body;
    try {
      response = await fetch(form.action, { method: "POST", body: new FormData(form) });
      body = await response.json();
    } catch (e) {
      fail(T.offline); return;
    }
    if (!response.ok) { say(T.failed); fail(errorText(body)); return; }
    follow(body.id);
    render(body);
  }

  function follow(id) {
    job = id; shown = null;
    history.replaceState(null, "", `#job=${encodeURIComponent(id)}`);
    start.disabled = true;
    again.hidden = false;
    $("progress-section").hidden = false;
    poll();
  }

  async function poll() {
    clearTimeout(timer);
    let response, body;
    try {
      response = await fetch(`/api/jobs/${encodeURIComponent(job)}`, { cache: "no-store" });
      body = await response.json();
    } catch (e) {
      say(T.offline); timer = setTimeout(poll, 3000); return;
    }
    if (!response.ok) { reset(); fail(T.lost); return; }
    render(body);
    if (!body.finished) timer = setTimeout(poll, 700);
  }

  function render(body) {
    const docs = body.documents;
    const finished = docs.filter((d) => d.status === "done" || d.status === "error").length;
    progress.max = docs.length; progress.value = finished;
    const key = JSON.stringify(docs);
    if (key !== lastDocs) { list.replaceChildren(...docs.map(item)); lastDocs = key; }  // keeps focus on a button
    const first = docs.findIndex((d) => d.status === "done");
    if (shown === null && first >= 0) show(first, docs[first]);
    if (!body.finished) say(fill(T.counted, { done: finished, total: docs.length }));
    else say(first >= 0 ? T.finished : T.failed);
  }

  function item(doc, n) {
    const li = document.createElement("li");
    const name = document.createElement("span");
    name.className = "name"; name.textContent = doc.name;
    const state = document.createElement("span");
    state.className = doc.status;
    state.textContent = ` – ${T[doc.status]}`;
    li.append(name, state);
    if (doc.status === "done") {
      const counts = doc.advisory ? T.findings_advisory : T.findings;
      state.textContent += ` (${fill(counts, { n: doc.assumptions, m: doc.missing_measures })})`;
      const button = document.createElement("button");
      button.type = "button"; button.className = "secondary"; button.textContent = T.show;
      button.setAttribute("aria-label", `${T.show}: ${doc.name}`);
      button.addEventListener("click", () => show(n, doc, true));
      li.append(button);
    } else if (doc.error) {
      const err = document.createElement("div");
      err.className = "error"; err.textContent = `${doc.error.code}: ${doc.error.message}`;
      li.append(err);
    }
    return li;
  }

  function show(n, doc, focus) {
    shown = n;
    const q = `?lang=${lang}`;
    $("report-name").textContent = doc.name;
    const frame = $("report");
    frame.title = fill(T.report_frame, { name: doc.name });
    frame.src = `${base(n)}/view${q}`;
    $("open-tab").href = `${base(n)}/view${q}`;
    const links = FORMATS.filter((f) => doc.formats.includes(f)).map((f) => {
      const a = document.createElement("a");
      a.href = `${base(n)}/${f}${q}`; a.textContent = T[`fmt_${f}`]; a.setAttribute("download", "");
      a.dataset.format = f;
      return a;
    });
    $("downloads").replaceChildren(...links);
    $("report-section").hidden = false;
    if (focus) $("report-title").focus();
  }

  function fit() {                 // the report's own height, so the page scrolls as one
    const frame = $("report");
    try {
      frame.style.height = `${frame.contentDocument.documentElement.scrollHeight + 24}px`;
    } catch (e) { /* not readable: keep the CSS height */ }
  }

  function reset() {
    clearTimeout(timer);
    job = null; shown = null; lastStatus = ""; lastDocs = "";
    history.replaceState(null, "", location.pathname + location.search);
    form.reset(); list.replaceChildren(); status.textContent = ""; message.textContent = "";
    $("progress-section").hidden = true; $("report-section").hidden = true; $("report").removeAttribute("src");
    again.hidden = true; start.disabled = false;
  }

  form.addEventListener("submit", upload);
  again.addEventListener("click", () => {
    if (job) fetch(`/api/jobs/${encodeURIComponent(job)}`, { method: "DELETE" });
    reset(); input.focus();
  });
  $("report").addEventListener("load", fit);
  $("switch").addEventListener("click", (e) => { e.currentTarget.href = `?lang=${e.currentTarget.hreflang}${location.hash}`; });
  ["dragenter", "dragover"].forEach((type) => drop.addEventListener(type, (e) => { e.preventDefault(); drop.classList.add("over"); }));
  ["dragleave", "drop"].forEach((type) => drop.addEventListener(type, () => drop.classList.remove("over")));
  drop.addEventListener("drop", (e) => {
    e.preventDefault();
    if (e.dataTransfer && e.dataTransfer.files.length) { input.files = e.dataTransfer.files; upload(); }
  });
  const resumed = /^#job=([\w-]+)$/.exec(location.hash);
  if (resumed) follow(resumed[1]);
})();
