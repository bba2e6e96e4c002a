"""genderscan serve in process: Starlette's TestClient against the real app, Analyzer and reports
(upload, progress, report, downloads, coded errors, the size limit, hostile names, the private folder)."""

from __future__ import annotations

import asyncio
import importlib.util
import json
import socket
import stat
import time
from pathlib import Path

import pytest
from cli_runner import run

pytest.importorskip("starlette")
from starlette.testclient import TestClient  # noqa: E402

from genderscan.web import create_app, is_local, page_url  # noqa: E402
from genderscan.web.uploads import receive  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
LOCAL = "http://127.0.0.1:8000"


@pytest.fixture(scope="module")
def client(analyzer):
    with TestClient(create_app(analyzer, max_mb=5), base_url=LOCAL) as c:
        yield c


def site(client):
    return client.app.state.site


def scan(client, *files: tuple[str, bytes]) -> dict:
    """Upload *files* and wait until the scan is finished; the last status."""
    done = client.post("/api/jobs", files=[("files", (name, data)) for name, data in files])
    assert done.status_code == 201, done.text
    body = done.json()
    for _ in range(300):
        if body["finished"]:
            return body
        time.sleep(0.05)
        body = client.get(f"/api/jobs/{body['id']}").json()
    raise AssertionError(f"not finished: {body}")


def test_page_is_dutch_by_default_and_english_by_a_switch(client):
    nl = client.get("/")
    assert nl.status_code == 200 and '<html lang="nl">' in nl.text and "Genderscan van een beleidsdocument" in nl.text
    assert 'href="?lang=en"' in nl.text and '<label for="files">' in nl.text and 'aria-live="polite"' in nl.text
    en = client.get("/?lang=en")
    assert '<html lang="en">' in en.text and "Gender scan of a policy document" in en.text
    assert client.get("/?lang=fr").text.startswith('<!DOCTYPE html>\n<html lang="nl">')
    csp = nl.headers["content-security-policy"]
    assert (
        "script-src 'self'" in csp and "unsafe-inline" not in csp and nl.headers["x-content-type-options"] == "nosniff"
    )
    assert "<script>" not in nl.text  # only the external script and a JSON block of texts
    assert (
        client.get("/static/serve.js").headers["content-type"].startswith(("text/javascript", "application/javascript"))
    )


def test_upload_progress_report_and_every_download(client):
    pdf, docx = EXAMPLES / "hoogwater_participatienota.pdf", EXAMPLES / "hoogwater_participatienota.docx"
    body = scan(client, (pdf.name, pdf.read_bytes()), (docx.name, docx.read_bytes()))
    first, second = body["documents"]
    assert [first["status"], second["status"]] == ["done", "done"], body
    assert first["assumptions"] > 0 and first["missing_measures"] > 0
    pdf_format = ["pdf"] if site(client).pdf else []  # the page offers a PDF only where it can print one
    assert first["formats"] == ["html", *pdf_format, "md", "json"] and second["formats"][-1] == "docx"
    base = f"/api/jobs/{body['id']}"
    view = client.get(f"{base}/0/view")
    assert view.status_code == 200 and '<html lang="nl"' in view.text and "kostwinner" in view.text.lower()
    assert (
        "script-src" not in view.headers["content-security-policy"]
        and "frame-ancestors 'self'" in view.headers["content-security-policy"]
    )
    assert '<html lang="en"' in client.get(f"{base}/0/view?lang=en").text
    data = client.get(f"{base}/0/json").json()
    assert data["document"]["path"] == pdf.name and {f["location"]["file"] for f in data["findings"]} == {pdf.name}
    md = client.get(f"{base}/0/md")
    assert md.headers["content-type"].startswith("text/markdown") and md.text.startswith("#")
    html = client.get(f"{base}/0/html")
    assert html.headers["content-disposition"] == 'attachment; filename="hoogwater_participatienota.pdf.html"; ' + (
        "filename*=UTF-8''hoogwater_participatienota.pdf.html"
    )
    for lang in ("nl", "en"):
        word = client.get(f"{base}/1/docx?lang={lang}")
        assert word.status_code == 200 and word.content[:2] == b"PK"
        assert "hoogwater_participatienota.genderscan.docx" in word.headers["content-disposition"]
    assert client.get(f"{base}/0/docx").status_code == 404  # a PDF has no annotated Word file
    assert str(site(client).jobs.root) not in json.dumps(client.get(base).json()) + view.text + md.text
    assert client.delete(base).status_code == 204 and client.get(base).status_code == 404


def test_bad_input_is_a_coded_line_in_the_page_never_a_traceback(client):
    body = scan(
        client,
        ("oud.doc", b"\xd0\xcf\x11\xe0 an old Word file"),
        ("kapot.pdf", b"%PDF-1.4 not really a pdf"),
        ("leeg.txt", b"   \n"),
        ("goed.txt", b"De man is de kostwinner van het gezin."),
    )
    errs = [d.get("error") for d in body["documents"]]
    assert errs[0]["code"] == "GS-E102" and "save it as .docx" in errs[0]["message"]
    assert errs[1]["code"] == "GS-E104" and errs[1]["message"].startswith("kapot.pdf: ")
    assert errs[2]["code"] == "GS-E109" and errs[3] is None and body["documents"][3]["status"] == "done"
    assert "Traceback" not in json.dumps(body) and str(site(client).jobs.root) not in json.dumps(body)
    for response, code in (
        (client.post("/api/jobs", files={"other": ("a.txt", b"x")}), "GS-E118"),
        (client.post("/api/jobs", data={"lang": "en"}), "GS-E118"),
        (client.post("/api/jobs", files={"files": ("", b"")}), "GS-E118"),  # the form sent with no file chosen
        (client.post("/api/jobs", files=[("files", (f"{i}.txt", b"x")) for i in range(21)]), "GS-E118"),
        (client.post("/api/jobs", content=b"x", headers={"content-type": "text/plain"}), "GS-E118"),
        (client.get("/api/jobs/nope"), "GS-E101"),
        (client.get("/api/jobs/nope/0/pdf"), "GS-E101"),
    ):
        assert response.status_code in (400, 404) and response.json()["error"]["code"] == code, response.text
    assert client.get(f"/api/jobs/{body['id']}/3/exe").status_code == 404


def test_uploads_are_size_limited(analyzer, tmp_path):
    with TestClient(create_app(analyzer, max_mb=0.05), base_url=LOCAL) as small:
        big = small.post("/api/jobs", files={"files": ("groot.txt", b"woord " * 40_000)})
        assert big.status_code == 413 and big.json()["error"]["code"] == "GS-E112"
        assert list(small.app.state.site.jobs.root.iterdir()) == []  # nothing kept of it

    async def chunks():  # a body without a length, or one that lies about it: counted as it arrives
        yield b'--b\r\nContent-Disposition: form-data; name="files"; filename="a.txt"\r\n\r\n'
        for _ in range(200):
            yield b"x" * 1024

    from genderscan.errors import InputError

    with pytest.raises(InputError, match="over the size limit of 0.05 MB") as info:
        asyncio.run(receive("multipart/form-data; boundary=b", chunks(), tmp_path, 0.05))
    assert info.value.code == "GS-E112" and (tmp_path / "1.txt").stat().st_size <= (0.05 + 0.0625) * 1024 * 1024


HOSTILE = 'C:\\Users\\x\\..\\"<img src=x onerror=alert(1)>\r\nX-Evil: 1;%0d%0a\u202e.txt'


def test_hostile_file_names_are_text_never_paths_or_markup(client):
    text = "Moeders zorgen voor de kinderen. De man is de kostwinner."
    body = scan(client, (HOSTILE, text.encode()), ("../../../../tmp/genderscan-escape.txt", text.encode()))
    first, second = body["documents"]
    # the client percent-encodes " and CR LF in a file name, as browsers do
    assert first["status"] == "done" and "<img src=x onerror=alert(1)>" in first["name"]
    assert second["name"] == "genderscan-escape.txt" and not Path("/tmp/genderscan-escape.txt").exists()
    base = f"/api/jobs/{body['id']}/0"
    view = client.get(f"{base}/view").text
    assert "<img src=x" not in view and "&lt;img src=x onerror=alert(1)&gt;" in view
    disposition = client.get(f"{base}/html").headers["content-disposition"]
    assert disposition.isascii() and "\r" not in disposition and "\n" not in disposition and "<" not in disposition
    assert (
        "filename*=UTF-8''%2522%3Cimg%20src%3Dx" in disposition and "%5Cu202e.txt.html" in disposition
    )  # the RLO as an escape


def test_uploads_live_in_a_private_folder_that_is_removed(analyzer):
    app = create_app(analyzer, max_mb=5)
    with TestClient(app, base_url=LOCAL) as c:
        root = app.state.site.jobs.root
        assert stat.S_IMODE(root.stat().st_mode) == 0o700
        body = scan(c, ("nota.txt", b"De man is de kostwinner."))
        assert body["documents"][0]["status"] == "done"
        assert not (root / body["id"]).exists()  # the upload went as soon as it was read
        assert c.get(f"/api/jobs/{body['id']}/0/json").status_code == 200  # the report stays
    assert not root.exists()  # and the whole folder when the server stops


def test_without_a_pdf_renderer_no_pdf_is_offered(analyzer, monkeypatch):
    monkeypatch.setenv("GENDERSCAN_CHROMIUM", "/nonexistent/chromium")  # and WeasyPrint is not installed here
    if importlib.util.find_spec("weasyprint") is not None:
        pytest.skip("WeasyPrint renders PDF without Chromium")
    with TestClient(create_app(analyzer, max_mb=5, lang="en"), base_url=LOCAL) as c:
        assert '<html lang="en">' in c.get("/").text  # serve --lang en: the page's default
        body = scan(c, ("nota.txt", b"De man is de kostwinner."))
        assert body["documents"][0]["formats"] == ["html", "md", "json"]
        pdf = c.get(f"/api/jobs/{body['id']}/0/pdf")
        assert pdf.status_code == 503 and pdf.json()["error"]["code"] == "GS-E402"


def test_only_local_names_and_the_page_itself_may_ask(client):
    assert client.get("/", headers={"host": "evil.example:8000"}).status_code == 421  # DNS rebinding
    assert client.get("/", headers={"host": "localhost:8000"}).status_code == 200
    cross = client.post("/api/jobs", files={"files": ("a.txt", b"x")}, headers={"origin": "http://evil.example"})
    assert cross.status_code == 403
    assert is_local("127.0.0.1") and is_local("[::1]") and not is_local("0.0.0.0")
    assert page_url("0.0.0.0", 8080) == "http://127.0.0.1:8080/" and page_url("::1", 80) == "http://[::1]:80/"


def test_serve_command_refuses_a_bad_or_taken_port():
    bad = run("serve", "--port", "70000", "--no-browser")
    assert bad.returncode == 2 and bad.stderr.startswith("error GS-E302: --port 70000")
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        busy = run("serve", "--port", str(taken.getsockname()[1]), "--no-browser")
    assert busy.returncode == 2 and "error GS-E302: cannot listen on 127.0.0.1:" in busy.stderr
    assert "--no-browser" in run("serve", "--help").stdout


def test_serve_process_warns_when_open_to_the_network_and_removes_its_folder_on_sigterm(tmp_path):
    """A real process: the command prints the page's address (and a warning off 127.0.0.1), answers, and on
    SIGTERM stops the server and removes its private folder."""
    import os
    import re
    import signal
    import subprocess
    import sys
    import urllib.request

    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "200", "TMPDIR": str(tmp_path)}
    cmd = [sys.executable, "-m", "genderscan", "serve", "--host", "0.0.0.0", "--port", "0", "--no-browser"]
    proc = subprocess.Popen(cmd, stderr=subprocess.PIPE, text=True, env=env)
    try:
        lines = [proc.stderr.readline() for _ in range(3)]  # loading, warning, address
        assert lines[1].startswith("warning: listening on 0.0.0.0: anyone who can reach this computer"), lines
        port = re.fullmatch(r"genderscan serve: http://127\.0\.0\.1:(\d+)/ \(Ctrl-C to stop\)\n", lines[2]).group(1)
        page = urllib.request.urlopen(f"http://127.0.0.1:{port}/?lang=en", timeout=10).read().decode()
        assert "Gender scan of a policy document" in page and "server in your network" in page
        assert [p.name[:17] for p in tmp_path.iterdir()] == ["genderscan-serve-"]
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=20)
    assert proc.returncode == 128 + signal.SIGTERM and list(tmp_path.iterdir()) == []


def test_the_document_list_counts_assumptions_as_the_report_does():
    from genderscan.web.jobs import Item

    def f(category, stance="assertion"):
        return {"category": category, "stance": stance}

    data = {
        "findings": [f("generiek_mannelijk"), f("generiek_mannelijk"), f("kostwinner"), f("zorgrol", "critical")],
        "measures": [{"status": "missing"}, {"status": "present"}],
    }
    item = Item("nota.txt", status="done", data=data).to_dict()
    assert item["assumptions"] == 1 and item["missing_measures"] == 1  # generic "hij" is counted apart
    assert item["advisory"] is False
    # an advice or guide commits to nothing itself: the page says so rather than count its measures as missing
    advice = Item("gids.txt", status="done", data={**data, "document": {"advisory": True}}).to_dict()
    assert advice["advisory"] is True
