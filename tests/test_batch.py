"""``genderscan batch``: manifests, failures, the SQLite store, resume after a kill, exports,
the comparison report and the Dask executor — all for real (worker processes, a LocalCluster)."""

from __future__ import annotations

import csv
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from builders import docx_from_blocks, pdf_from_pages
from cli_runner import run

HIGH = "Bij stellen richten we ons eerst op de man, omdat hij de grootste kans op werk heeft."
CARE = "Moeders zorgen doorgaans zelf voor de kinderen en het huishouden."
CLEAN = "De bibliotheek is op zaterdag open voor alle inwoners."


def _corpus(tmp_path: Path) -> Path:
    d = tmp_path / "stukken"
    d.mkdir()
    (d / "noord.txt").write_text(f"Participatie in Noord.\n\n{HIGH}\n\n{CARE}\n", encoding="utf-8")
    (d / "zuid.txt").write_text(f"Participatie in Zuid.\n\n{CLEAN}\n", encoding="utf-8")
    docx_from_blocks(d / "oost.docx", [("heading1", "Werk"), ("p", CARE)])
    pdf_from_pages(d / "west.pdf", [[HIGH], [CLEAN]])
    (d / "kapot.pdf").write_bytes(b"%PDF-1.7 dit is geen pdf")
    return d


def _manifest(tmp_path: Path, d: Path) -> Path:
    m = tmp_path / "gemeenten.csv"
    rows = [
        "path;gemeente;provincie;jaar",
        f"{d.name}/noord.txt;Noordwijk;Zuid-Holland;2023",
        f"{d.name}/noord.txt;Noordwijkerhout;Zuid-Holland;2023",  # the same document for a second municipality
        f"{d.name}/zuid.txt;Zuidhorn;Groningen;2024",
        f"{d.name}/oost.docx;Oosterhout;Noord-Brabant;2024",
        f"{d.name}/west.pdf;Westland;Zuid-Holland;2022",
        f"{d.name}/kapot.pdf;Kapelle;Zeeland;2021",
        f"{d.name}/weg.pdf;Wegberg;Limburg;2020",
    ]
    m.write_text("\n".join(rows) + "\n", encoding="utf-8-sig")  # as Excel saves it: BOM, semicolons
    return m


def test_manifest_metadata_duplicates_failures_and_resume(tmp_path):
    from genderscan import batch, load_results

    d = _corpus(tmp_path)
    manifest = _manifest(tmp_path, d)
    db = tmp_path / "resultaten.db"
    ticks = []
    s = batch(manifest=manifest, db=db, jobs=2, progress=lambda *a: ticks.append(a))
    assert (s.inputs, s.analysed, s.linked, s.skipped) == (7, 5, 1, 0)  # noord.txt analysed once for two rows
    assert sorted((Path(p).name, code) for p, code, _ in s.failures) == [
        ("kapot.pdf", "GS-E104"),
        ("weg.pdf", "GS-E101"),
    ]
    assert ticks[-1][:2] == (7, 7) and s.pages >= 2
    rows = {r["gemeente"]: r for r in load_results(db)}
    assert set(rows) == {"Noordwijk", "Noordwijkerhout", "Zuidhorn", "Oosterhout", "Westland", "Kapelle", "Wegberg"}
    assert rows["Noordwijk"]["sha256"] == rows["Noordwijkerhout"]["sha256"] and rows["Noordwijk"]["assertions"] >= 2
    assert rows["Noordwijk"]["provincie"] == "Zuid-Holland" and rows["Zuidhorn"]["jaar"] == "2024"
    assert rows["Noordwijk"]["assertions_kostwinner"] >= 1 and rows["Noordwijk"]["assertions_zorgrol"] >= 1
    assert rows["Zuidhorn"]["assertions"] == 0 and rows["Westland"]["pages"] == 2
    assert rows["Kapelle"]["error_code"] == "GS-E104" and rows["Kapelle"]["assertions"] is None
    assert rows["Wegberg"]["error_code"] == "GS-E101" and rows["Wegberg"]["sha256"] is None
    # the same command again: nothing analysed, nothing duplicated, the failures still reported
    s = batch(manifest=manifest, db=db, jobs=2)
    assert (s.analysed, s.skipped, s.linked) == (0, 6, 0) and len(s.failures) == 2
    with sqlite3.connect(db) as con:
        assert con.execute("SELECT COUNT(*) FROM documents").fetchone()[0] == 5
        assert con.execute("SELECT COUNT(*) FROM inputs").fetchone()[0] == 7
    # another lexicon is another analysis: everything is analysed again; --force does it regardless
    s = batch(manifest=manifest, db=db, jobs=1, options=_options(disable=("KW001",)))
    assert s.analysed == 5
    assert batch(manifest=manifest, db=db, jobs=1, force=True).analysed == 5


def _options(**kw):
    from genderscan.batching import Options

    return Options(**kw)


def test_manifest_errors_are_coded(tmp_path):
    d = _corpus(tmp_path)
    bad = tmp_path / "zonder-pad.csv"
    bad.write_text("bestand,gemeente\nnoord.txt,Noordwijk\n", encoding="utf-8")
    r = run("batch", "--manifest", str(bad), "--db", str(tmp_path / "x.db"), "-q")
    assert r.returncode == 2 and r.stderr.startswith("error GS-E115") and "no 'path' column" in r.stderr
    empty = tmp_path / "leeg-pad.csv"
    empty.write_text("path,gemeente\n,Noordwijk\n", encoding="utf-8")
    r = run("batch", "--manifest", str(empty), "--db", str(tmp_path / "x.db"), "-q")
    assert r.returncode == 2 and "leeg-pad.csv:2: empty path" in r.stderr
    r = run("batch", "--manifest", str(tmp_path / "nergens.csv"), "-q")
    assert r.returncode == 2 and "GS-E101" in r.stderr
    notdb = tmp_path / "geen.db"
    notdb.write_text("dit is geen database", encoding="utf-8")
    r = run("batch", str(d / "zuid.txt"), "--db", str(notdb), "-q")
    assert r.returncode == 2 and r.stderr.startswith("error GS-E116"), r.stderr
    r = run("export", "--db", str(tmp_path / "nergens.db"), "-o", str(tmp_path / "x"))
    assert r.returncode == 2 and "GS-E101" in r.stderr


def test_cli_batch_export_and_comparison_report(tmp_path):
    d = _corpus(tmp_path)
    manifest = _manifest(tmp_path, d)
    # metadata that is HTML must stay text in the report
    manifest.write_text(
        manifest.read_text(encoding="utf-8-sig").replace("Zuidhorn", "<script>alert(1)</script>"), encoding="utf-8"
    )
    db = tmp_path / "r.db"
    out = tmp_path / "rapport" / "vergelijking.html"
    r = run("batch", "--manifest", str(manifest), "--db", str(db), "--jobs", "2", "--report", str(out))
    assert r.returncode == 2  # two inputs could not be read; the rest is in the store
    assert "7 inputs: 5 analysed" in r.stderr and "failed GS-E101" in r.stderr and "comparison report:" in r.stderr
    html = out.read_text(encoding="utf-8")
    assert html.count("<svg") == 2 and "<script src" not in html and "<link" not in html
    assert "<script>alert(1)</script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "data:image" not in html  # charts are vector, not embedded bitmaps
    links = sorted(set(part.split('"')[0] for part in html.split('href="')[1:] if part.startswith("documenten/")))
    assert len(links) == 4 and all((out.parent / link).is_file() for link in links)  # noord (once), zuid, oost, west
    assert "Noordwijkerhout" in html and "Kapelle" in html and "GS-E104" in html
    # the page's language follows --lang (its default depends on the locale; test_compare.py checks both)
    assert ('lang="nl"' in html or 'lang="en"' in html) and "<caption>" in html and 'scope="col"' in html
    # exports
    for fmt in ("csv", "jsonl", "parquet"):
        r = run("export", "--db", str(db), "--format", fmt, "-o", str(tmp_path / fmt))
        assert r.returncode == 0, r.stderr
    with (tmp_path / "csv" / "documents.csv").open(encoding="utf-8") as fh:
        docs = list(csv.DictReader(fh))
    assert len(docs) == 7 and {
        "gemeente",
        "provincie",
        "jaar",
        "pages",
        "words",
        "assertions_kostwinner",
        "measures_missing_ids",
        "gender_mentions_per_1000",
        "error_code",
    } <= set(docs[0])
    findings = [
        json.loads(line) for line in (tmp_path / "jsonl" / "findings.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    assert findings and {"sha256", "rule_id", "stance", "page", "paragraph", "sentence"} <= set(findings[0])
    assert {f["sha256"] for f in findings} <= {row["sha256"] for row in docs}
    import pyarrow.parquet as pq

    measures = pq.read_table(tmp_path / "parquet" / "measures.parquet").to_pylist()
    assert {m["status"] for m in measures} <= {"present", "missing", "not_applicable"} and len(measures) % 4 == 0
    r = run("export", "--db", str(db), "--table", "bevindingen", "-o", str(tmp_path / "x"))
    assert r.returncode == 2 and "GS-E302" in r.stderr


def test_load_results_as_frame_and_tables(tmp_path):
    from genderscan import batch, load_results

    d = _corpus(tmp_path)
    db = tmp_path / "r.db"
    batch([str(d / "noord.txt"), str(d / "zuid.txt")], db=db, jobs=1)
    frame = load_results(db, as_frame=True)
    assert list(frame["path"].map(lambda p: Path(p).name)) == ["noord.txt", "zuid.txt"]
    assert len(load_results(db, "findings")) >= 2 and load_results(db, "measures")
    from genderscan.errors import ConfigError

    with pytest.raises(ConfigError):
        load_results(db, "bevindingen")


def test_dask_executor_on_a_local_cluster_gives_the_same_results(tmp_path):
    from genderscan import batch, load_results

    d = _corpus(tmp_path)
    local_db, dask_db = tmp_path / "lokaal.db", tmp_path / "dask.db"
    paths = [str(d)]
    batch(paths, db=local_db, jobs=1)
    import dask
    import distributed  # noqa: F401  (its configuration defaults must be loaded before the override below)

    # Dask's workers start with spawn by default; forkserver lets them fork from the warm forkserver of the
    # session (conftest.py), as Dask's own test suite does: the same worker code without seconds of start-up.
    with dask.config.set({"distributed.worker.multiprocessing-method": "forkserver"}):
        s = batch(paths, db=dask_db, jobs=2, executor="dask")  # no scheduler: a LocalCluster with 2 worker processes
    assert s.analysed == 5 and [code for _, code, _ in s.failures] == ["GS-E104"]

    def key(rows):
        return sorted((Path(r["path"]).name, r["assertions"], r["measures_missing_ids"], r["error_code"]) for r in rows)

    assert key(load_results(dask_db)) == key(load_results(local_db))
    dask_findings = load_results(dask_db, "findings")
    assert {Path(f["path"]).parent for f in dask_findings} == {d}  # the client's paths, not the worker's temporary copy
    assert sorted((f["rule_id"], f["sentence"]) for f in dask_findings) == sorted(
        (f["rule_id"], f["sentence"]) for f in load_results(local_db, "findings")
    )


def test_dask_scheduler_that_cannot_be_reached_is_a_coded_error(tmp_path):
    d = _corpus(tmp_path)
    r = run(
        "batch",
        str(d / "zuid.txt"),
        "--db",
        str(tmp_path / "r.db"),
        "--executor",
        "dask",
        "--scheduler",
        "tcp://127.0.0.1:9",
        "--connect-timeout",
        "2",
        "-q",
    )
    assert r.returncode == 2 and r.stderr.startswith("error GS-E302") and "tcp://127.0.0.1:9" in r.stderr, r.stderr


def test_resume_after_sigkill_loses_and_duplicates_nothing(tmp_path):
    d = tmp_path / "veel"
    d.mkdir()
    body = "\n\n".join([HIGH, CARE, CLEAN] * 4)
    n = 30
    for i in range(n):
        (d / f"nota-{i:03d}.txt").write_text(f"Nota nummer {i}.\n\n{body}\n", encoding="utf-8")
    db = tmp_path / "r.db"
    # Real processes: the batch and its workers are killed as a process group, which the test session must not be.
    cmd = [sys.executable, "-m", "genderscan", "batch", str(d), "--db", str(db), "--jobs", "1", "-q"]
    proc = subprocess.Popen(cmd, start_new_session=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    committed = 0
    deadline = time.time() + 120
    try:
        while time.time() < deadline and proc.poll() is None:
            if db.exists():
                try:
                    with sqlite3.connect(db, timeout=1) as con:
                        committed = con.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
                except sqlite3.OperationalError:
                    committed = 0
                if committed >= 5:
                    break
            time.sleep(0.02)
    finally:
        os.killpg(proc.pid, signal.SIGKILL)  # the batch and its worker processes, mid-flight
        proc.wait()
    assert 5 <= committed < n, committed  # killed in the middle
    with sqlite3.connect(db) as con:
        before = con.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
    r = subprocess.run(cmd[:-1], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    assert f"{n - before} analysed, {before} already in" in r.stderr
    with sqlite3.connect(db) as con:
        assert con.execute("SELECT COUNT(*), COUNT(DISTINCT sha256) FROM documents").fetchone() == (n, n)
        assert con.execute("SELECT COUNT(*) FROM inputs").fetchone()[0] == n
        assert con.execute("SELECT COUNT(*) FROM documents WHERE error_code IS NOT NULL").fetchone()[0] == 0
        per_doc = con.execute(
            "SELECT MIN(c), MAX(c) FROM (SELECT COUNT(*) AS c FROM findings GROUP BY sha256)"
        ).fetchone()
        assert per_doc[0] == per_doc[1]  # every document has its findings exactly once


def _dies_on_kapot(path: str, options):
    """A worker function that kills its own process on one document, as the OOM killer would."""
    from genderscan.batching.worker import analyse_path

    if Path(path).name.startswith("sterft"):
        os._exit(137)
    return analyse_path(path, options)


def test_a_worker_that_dies_fails_only_its_documents_and_the_pool_is_rebuilt(tmp_path):
    from genderscan.batching.executors import LocalExecutor, Task
    from genderscan.batching.worker import Options

    d = tmp_path / "docs"
    d.mkdir()
    paths = []
    for i in range(6):
        p = d / (f"sterft-{i}.txt" if i == 2 else f"nota-{i}.txt")
        p.write_text(f"Nota {i}.\n\n{CARE}\n", encoding="utf-8")
        paths.append(p)
    executor = LocalExecutor(1, Options(), function=_dies_on_kapot)
    results = {task.path.name: r for task, r in executor.results(Task(str(i), p) for i, p in enumerate(paths))}
    assert set(results) == {p.name for p in paths}  # every document has a result: none lost
    assert (
        results["sterft-2.txt"]["error_code"] == "GS-E000" and "worker process died" in results["sterft-2.txt"]["error"]
    )
    survivors = [r for name, r in results.items() if r["report_json"] is not None]
    assert len(survivors) >= 3  # documents after the crash ran on a new pool
    assert all(
        r["report_json"] is None and r["error_code"] == "GS-E000"
        for n, r in results.items()
        if r["report_json"] is None
    )


def test_results_of_dead_workers_are_retried_on_the_next_run(tmp_path):
    from genderscan.batching.store import Store

    with Store(tmp_path / "r.db") as store:
        store.save("a" * 64, "v1", "kapot.pdf", {"report_json": None, "error_code": "GS-E104", "error": "damaged"})
        store.save(
            "b" * 64,
            "v1",
            "sterft.txt",
            {"report_json": None, "error_code": "GS-E000", "error": "a worker process died"},
        )
        assert store.done("v1") == {"a" * 64: ("GS-E104", "damaged")}  # a coded input error is a result; a crash is not
        assert store.done("v2") == {}


def test_option_errors_exit_2_without_a_progress_bar(tmp_path):
    r = run("batch", str(tmp_path), "--jobs", "0", "--db", str(tmp_path / "r.db"))
    assert r.returncode == 2 and r.stderr == "error GS-E302: --jobs must be at least 1\n"
    r = run("batch", "--db", str(tmp_path / "r.db"))
    assert r.returncode == 2 and r.stderr == "error GS-E101: no documents given (paths or --manifest)\n"


def test_options_reach_a_started_process_equal():
    from genderscan.batching.worker import options_from_text, options_text
    from genderscan.settings import Options

    options = Options(
        lexicon_paths=("extra.yml",),
        disable=("KW001", "KW002"),
        severity=(("KW003", "high"),),
        ignore=(("docs/*.pdf", ("KW001",)),),
        domain="armoede",
        max_mb=12.5,
        ocr=True,
        source="genderscan.toml",
        base="/tmp",
    )
    again = options_from_text(options_text(options))
    assert again == options and hash(again) == hash(options) and again.source == options.source


def test_the_forkserver_module_builds_the_analyzer_for_the_options_in_the_environment():
    """What a local batch's forkserver preloads: the Analyzer for the batch's options and its syntax
    model, before the workers fork (they find it in analyzer_for's cache)."""
    from genderscan.batching.worker import WARM_ENV, options_text
    from genderscan.settings import Options

    code = (
        "import genderscan.batching._forkserver\n"
        "from genderscan.batching.worker import _ANALYZERS, analyzer_for, options_from_text\n"
        "import os\n"
        "options = options_from_text(os.environ['GENDERSCAN_BATCH_OPTIONS'])\n"
        "built = dict(_ANALYZERS)\n"
        "assert list(built) == [options] and analyzer_for(options) is built[options]\n"
        "assert built[options].syntax is None or built[options].syntax.loaded\n"
        "print('warm')\n"
    )
    env = {**os.environ, WARM_ENV: options_text(Options(disable=("KW001",)))}
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert r.returncode == 0 and r.stdout.strip() == "warm", r.stderr
    # without options, or with options that fail, it builds nothing and does not fail
    bad = {**os.environ, WARM_ENV: options_text(Options(lexicon_paths=("no-such-file.yml",)))}
    for env in ({k: v for k, v in os.environ.items() if k != WARM_ENV}, bad):
        r = subprocess.run(
            [sys.executable, "-c", "import genderscan.batching._forkserver as f; print(len(f.__dict__) > 0)"],
            capture_output=True,
            text=True,
            env=env,
        )
        assert r.returncode == 0, r.stderr


def test_default_jobs_are_the_free_cores(monkeypatch):
    from genderscan.batching import default_jobs

    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0, 1, 2, 3}, raising=False)
    for load, jobs in ((0.0, 4), (1.4, 3), (2.6, 1), (3.6, 1), (9.0, 1)):
        monkeypatch.setattr(os, "getloadavg", lambda load=load: (load, load, load))
        assert default_jobs() == jobs


def test_a_partial_measure_is_stored_and_exported_with_its_note_and_an_old_store_gets_the_column(tmp_path):
    d = tmp_path / "docs"
    d.mkdir()
    (d / "opvang.txt").write_text(
        "Werk en inkomen\n\nKlanten in de bijstand krijgen een klantmanager en een traject naar werk. "
        "De gemeente vergoedt de kinderopvang voor werkende ouders.\n",
        encoding="utf-8",
    )
    db = tmp_path / "r.db"
    # a store as the fifth session made it: measures without the note column
    with sqlite3.connect(db) as con:
        con.executescript(
            "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);"
            "INSERT INTO meta VALUES ('schema_version', '1');"
            "CREATE TABLE measures (sha256 TEXT NOT NULL, lexicon_version TEXT NOT NULL, measure_id TEXT NOT NULL,"
            " name TEXT, status TEXT, evidence TEXT, evidence_page INTEGER,"
            " PRIMARY KEY (sha256, lexicon_version, measure_id));"
        )
    r = run("batch", str(d), "--db", str(db), "--jobs", "1", "-q")
    assert r.returncode == 0, r.stderr
    with sqlite3.connect(db) as con:
        row = con.execute("SELECT status, note FROM measures WHERE measure_id = 'kinderopvang'").fetchone()
        version = con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()[0]
    assert row == ("missing", "partial") and version == "3"
    r = run("export", "--db", str(db), "--format", "csv", "-o", str(tmp_path / "csv"))
    assert r.returncode == 0, r.stderr
    with (tmp_path / "csv" / "measures.csv").open(encoding="utf-8") as fh:
        rows = {m["measure_id"]: m for m in csv.DictReader(fh)}
    assert rows["kinderopvang"]["note"] == "partial" and rows["nazorg"]["note"] == ""


def test_generic_masculine_wording_is_not_counted_among_a_documents_assumptions(tmp_path):
    """The report counts hij/zijn for the resident apart from the assumptions; the store, the export and the
    comparison report count the same, and a store of version 2 (which counted them in) is recounted."""
    d = tmp_path / "docs"
    d.mkdir()
    (d / "werk.txt").write_text(
        "Werk en inkomen\n\nDe klant meldt zich bij zijn klantmanager en hij krijgt een traject.\n\n"
        "De werkzoekende bespreekt zijn plan met de coach.\n\n"
        "Bij stellen richten we ons eerst op de man, omdat hij de grootste kans op werk heeft.\n",
        encoding="utf-8",
    )
    db = tmp_path / "r.db"
    r = run("batch", str(d), "--db", str(db), "--jobs", "1", "-q")
    assert r.returncode == 0, r.stderr
    with sqlite3.connect(db) as con:
        stored, report = con.execute("SELECT assertions, report FROM documents").fetchone()
        stances = con.execute(
            "SELECT category, count(*) FROM findings WHERE stance = 'assertion' GROUP BY 1"
        ).fetchall()
    data = json.loads(report)
    wording = {c["id"]: c["wording"] for c in data["categories"]}
    assert wording["generiek_mannelijk"] is True and wording["kostwinner"] is False
    per_category = dict(stances)
    assert per_category.get("generiek_mannelijk", 0) >= 2
    assert stored == sum(n for c, n in per_category.items() if c != "generiek_mannelijk") >= 1
    # a store as the fifty-eighth session wrote it: wording counted among the assumptions
    with sqlite3.connect(db) as con:
        con.execute("UPDATE documents SET assertions = ?", (sum(per_category.values()),))
        con.execute("UPDATE meta SET value = '2' WHERE key = 'schema_version'")
    r = run("export", "--db", str(db), "--format", "csv", "-o", str(tmp_path / "csv"))
    assert r.returncode == 0, r.stderr
    with (tmp_path / "csv" / "documents.csv").open(encoding="utf-8") as fh:
        row = next(csv.DictReader(fh))
    assert int(row["assertions"]) == stored
    with sqlite3.connect(db) as con:
        assert con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()[0] == "3"
