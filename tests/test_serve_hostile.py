"""genderscan serve against a hostile tester (issue 19, round three): bodies cut short, names with
control characters, cross-site requests without an Origin, a flood of uploads, folders left behind by
a killed server, and a Ctrl-C while a large document is being analysed."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

pytest.importorskip("starlette")
from starlette.testclient import TestClient  # noqa: E402

from genderscan.web import create_app, jobs  # noqa: E402

LOCAL = "http://127.0.0.1:8000"
TEXT = b"De man is de kostwinner. Moeders zorgen voor de kinderen."


@pytest.fixture(scope="module")
def client(analyzer):
    with TestClient(create_app(analyzer, max_mb=5), base_url=LOCAL) as c:
        yield c


def _wait(client, body: dict) -> dict:
    for _ in range(400):
        if body["finished"]:
            return body
        time.sleep(0.05)
        body = client.get(f"/api/jobs/{body['id']}").json()
    raise AssertionError(f"not finished: {body}")


def test_a_body_cut_short_is_no_upload(client):
    """A multipart body without its closing boundary (a client that lied about its length, a proxy that
    cut it) was analysed as a shorter document; now it is refused and nothing of it is kept."""
    body = b'--B\r\nContent-Disposition: form-data; name="files"; filename="a.txt"\r\n\r\n' + TEXT
    r = client.post("/api/jobs", content=body, headers={"content-type": "multipart/form-data; boundary=B"})
    assert r.status_code == 400 and r.json()["error"]["code"] == "GS-E118" and "incomplete" in r.text, r.text
    assert list(client.app.state.site.jobs.root.iterdir()) == []
    whole = body + b"\r\n--B--\r\n"
    r = client.post("/api/jobs", content=whole, headers={"content-type": "multipart/form-data; boundary=B"})
    assert r.status_code == 201 and _wait(client, r.json())["documents"][0]["status"] == "done"


def test_control_and_bidi_characters_of_a_name_are_escapes_in_the_page_report_and_download(client):
    name = "a\x00b\x1b[31m\u202etxt.exe.txt"  # raw in the body, as a hostile client sends it
    head = f'--B\r\nContent-Disposition: form-data; name="files"; filename="{name}"\r\n\r\n'.encode()
    body = head + TEXT + b"\r\n--B--\r\n"
    r = client.post("/api/jobs", content=body, headers={"content-type": "multipart/form-data; boundary=B"})
    assert r.status_code == 201, r.text
    doc = _wait(client, r.json())["documents"][0]
    assert doc["status"] == "done" and doc["name"] == "a\\x00b\\x1b[31m\\u202etxt.exe.txt", doc
    base = f"/api/jobs/{r.json()['id']}/0"
    view = client.get(f"{base}/view").text
    assert "<h1>a\\x00b\\x1b[31m\\u202etxt.exe.txt</h1>" in view
    assert not any(c in view for c in "\x00\x1b\u202e")
    md = client.get(f"{base}/md").text
    assert not any(c in md for c in "\x00\x1b\u202e")
    disposition = client.get(f"{base}/html").headers["content-disposition"]
    assert "%00" not in disposition and "%1B" not in disposition and "%E2%80%AE" not in disposition


def test_a_cross_site_request_without_an_origin_is_refused(client):
    """Fetch Metadata: a browser says where a request comes from even when it sends no Origin."""
    for site in ("cross-site", "same-site"):
        r = client.post("/api/jobs", files={"files": ("a.txt", TEXT)}, headers={"sec-fetch-site": site})
        assert r.status_code == 403, (site, r.text)
        assert client.delete("/api/jobs/x", headers={"sec-fetch-site": site}).status_code == 403
    r = client.post("/api/jobs", files={"files": ("a.txt", TEXT)}, headers={"sec-fetch-site": "same-origin"})
    assert r.status_code == 201
    assert client.get("/", headers={"sec-fetch-site": "cross-site"}).status_code == 200  # a link may open the page


class _Held:
    """An Analyzer whose analyse waits until it is let go: a document that takes as long as a test needs."""

    def __init__(self, analyzer) -> None:
        self.real, self.go, self.started = analyzer, threading.Event(), threading.Event()
        self.options, self.lexicon = analyzer.options, analyzer.lexicon

    def analyse(self, path, name=None):
        self.started.set()
        self.go.wait(30)
        return self.real.analyse(path, name=name)


def test_a_flood_of_uploads_waits_instead_of_filling_the_disk(analyzer, monkeypatch):
    monkeypatch.setattr(jobs, "MAX_WAITING", 2, raising=False)
    held = _Held(analyzer)
    with TestClient(create_app(held, max_mb=5), base_url=LOCAL) as c:
        first = c.post("/api/jobs", files=[("files", ("a.txt", TEXT)), ("files", ("b.txt", TEXT))])
        assert first.status_code == 201
        refused = c.post("/api/jobs", files={"files": ("c.txt", TEXT)})
        assert refused.status_code == 503 and refused.json()["error"]["code"] == "GS-E118", refused.text
        assert "busy" in refused.json()["error"]["message"]
        assert len(list(c.app.state.site.jobs.root.iterdir())) == 1  # nothing stored of the refused one
        held.go.set()
        assert all(d["status"] == "done" for d in _wait(c, first.json())["documents"])
        assert c.post("/api/jobs", files={"files": ("c.txt", TEXT)}).status_code == 201  # room again


def test_stopping_waits_seconds_not_minutes_for_the_document_being_analysed(analyzer, monkeypatch):
    """Ctrl-C during a large document waited for its end (40 s for a 2 MB Markdown file, minutes for a
    large PDF): now the worker is a daemon and stopping waits CLOSE_SECONDS; the uploads are removed."""
    monkeypatch.setattr(jobs, "CLOSE_SECONDS", 0.5, raising=False)
    held = _Held(analyzer)
    app = create_app(held, max_mb=5)
    with TestClient(app, base_url=LOCAL) as c:
        assert c.post("/api/jobs", files={"files": ("a.txt", TEXT)}).status_code == 201
        assert held.started.wait(10)
        root = app.state.site.jobs.root
        start = time.monotonic()
    assert time.monotonic() - start < 5 and not root.exists()
    held.go.set()


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_folders_of_a_killed_server_are_removed_by_the_next_one(analyzer, tmp_path, monkeypatch):
    """kill -9 leaves the private folder, with the documents in it, in /tmp for good; the next server
    removes the folders of servers that are gone (this user's, by the process id in the name)."""
    monkeypatch.setattr("tempfile.tempdir", str(tmp_path))
    dead = tmp_path / f"genderscan-serve-{_dead_pid()}-x1"
    (dead / "job").mkdir(parents=True)
    (dead / "job" / "1.pdf").write_bytes(b"%PDF- a user's document")
    alive = tmp_path / f"genderscan-serve-{os.getppid()}-x2"  # another server still running
    alive.mkdir()
    other = tmp_path / "genderscan-serve-notapid"
    other.mkdir()
    with TestClient(create_app(analyzer, max_mb=5), base_url=LOCAL) as c:
        root = c.app.state.site.jobs.root
        assert root.name.startswith(f"genderscan-serve-{os.getpid()}-")
        assert not dead.exists() and alive.exists() and other.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([alive.name, other.name])


def test_a_killed_serve_process_leaves_a_folder_the_next_start_removes(tmp_path):
    """A real process killed with SIGKILL, then a second start in the same TMPDIR."""
    import re
    import signal

    env = {**os.environ, "NO_COLOR": "1", "TMPDIR": str(tmp_path)}
    cmd = [sys.executable, "-m", "genderscan", "serve", "--port", "0", "--no-browser", "--model", "blank"]

    def started() -> subprocess.Popen:
        import urllib.request

        proc = subprocess.Popen(cmd, stderr=subprocess.PIPE, text=True, env=env)
        for _ in range(3):
            line = proc.stderr.readline()
            found = re.match(r"genderscan serve: (http://\S+)", line)
            if found:
                urllib.request.urlopen(found.group(1), timeout=20).read()  # started: its folder exists
                return proc
        proc.kill()
        raise AssertionError(line)

    first = started()
    left = list(tmp_path.iterdir())
    first.send_signal(signal.SIGKILL)
    first.wait(10)
    assert [p.name for p in left] == [p.name for p in tmp_path.iterdir()] and len(left) == 1  # left behind
    second = started()
    try:
        names = [p.name for p in tmp_path.iterdir()]
        assert len(names) == 1 and names[0].startswith(f"genderscan-serve-{second.pid}-"), names
    finally:
        second.send_signal(signal.SIGTERM)
        second.wait(20)
    assert list(tmp_path.iterdir()) == []


def test_the_sweep_leaves_what_is_not_a_server_folder(tmp_path):
    target = tmp_path / "elsewhere"
    target.mkdir()
    (tmp_path / f"genderscan-serve-{_dead_pid()}-link").symlink_to(target)
    plain = tmp_path / f"genderscan-serve-{_dead_pid()}-file"
    plain.write_text("x")
    assert jobs.sweep(tmp_path) == [] and target.exists() and plain.exists()


def test_page_and_report_hold_markup_of_a_document_title_as_text(client, tmp_path):
    """A title in the document (metadata or first heading) with markup: text in the report's title and h1."""
    html = b"<html><head><title>&lt;script&gt;alert(1)&lt;/script&gt; Nota</title></head><body><p>" + TEXT + b"</p>"
    r = client.post("/api/jobs", files={"files": ("t.html", html + b"</body></html>")})
    doc = _wait(client, r.json())["documents"][0]
    assert doc["status"] == "done", doc
    view = client.get(f"/api/jobs/{r.json()['id']}/0/view").text
    assert "<h1>&lt;script&gt;alert(1)&lt;/script&gt; Nota</h1>" in view and "<script>" not in view


def test_uploads_of_many_clients_at_once_are_each_analysed_and_removed(client):
    results: list = []

    def one(i: int) -> None:
        results.append(client.post("/api/jobs", files=[("files", (f"{i}.txt", TEXT)), ("files", (f"{i}.md", TEXT))]))

    threads = [threading.Thread(target=one, args=(i,)) for i in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert [r.status_code for r in results] == [201] * 8
    for r in results:
        assert [d["status"] for d in _wait(client, r.json())["documents"]] == ["done", "done"]
    root: Path = client.app.state.site.jobs.root
    assert list(root.iterdir()) == []


def test_annotated_word_files_are_kept_on_disk_not_in_memory(client):
    """Each .docx scan kept two annotated copies in memory for hours: 50 scans of large Word files held
    gigabytes. They are files in the private folder now, removed with the scan."""
    import io
    import zipfile

    from docx import Document

    document = Document()
    document.add_paragraph(TEXT.decode())
    buffer = io.BytesIO()
    document.save(buffer)
    r = client.post("/api/jobs", files={"files": ("nota.docx", buffer.getvalue())})
    body = _wait(client, r.json())
    assert body["documents"][0]["formats"][-1] == "docx", body
    root: Path = client.app.state.site.jobs.root
    kept = sorted(p.name for p in root.iterdir())
    assert kept == [f"{body['id']}.0.en.docx", f"{body['id']}.0.nl.docx"], kept
    item = client.app.state.site.jobs.get(body["id"]).items[0]
    assert all(isinstance(v, Path) for v in item.docx.values())
    download = client.get(f"/api/jobs/{body['id']}/0/docx")
    assert (
        download.status_code == 200 and "word/comments.xml" in zipfile.ZipFile(io.BytesIO(download.content)).namelist()
    )
    assert client.delete(f"/api/jobs/{body['id']}").status_code == 204
    assert list(root.iterdir()) == []
