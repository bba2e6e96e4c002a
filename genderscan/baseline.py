"""Baselines: accepted findings, by fingerprint, that ``check --baseline`` does not report again.

A baseline file is JSON: ``{"version": 1, "lexicon_version": …, "findings":
[{"fingerprint", "rule_id", "path", "sentence"}]}``, sorted, so it diffs
well in review. Fingerprints hash the rule, the normalised sentence and its
occurrence number: they survive page breaks moving and paragraphs inserted
above, and change when the sentence itself changes.
"""

from __future__ import annotations

from pathlib import Path

from . import errors, jsonin
from .errors import InputError

BASELINE_VERSION = 1


def _key(path: str) -> str:
    """Documents are matched by file name, so a baseline survives moving the folder."""
    return Path(path).name


def build(results: list[dict]) -> dict:
    entries = [
        {"fingerprint": f["fingerprint"], "rule_id": f["rule_id"], "path": _key(d["path"]), "sentence": f["sentence"]}
        for d in results
        for f in d["findings"]
    ]
    entries.sort(key=lambda e: (e["path"], e["rule_id"], e["fingerprint"]))
    return {"version": BASELINE_VERSION, "findings": entries}


def load(path: Path) -> dict:
    try:
        data = jsonin.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise InputError(f"{path}: baseline file not found", code=errors.FILE_NOT_FOUND) from exc
    except OSError as exc:  # no permission, a folder, an I/O error
        raise InputError(
            f"{path}: cannot read the baseline ({exc.strerror or exc})", code=errors.UNREADABLE_FILE
        ) from exc
    except jsonin.BadJson as exc:
        raise InputError(f"{path}: not a genderscan baseline (invalid JSON: {exc})", code=errors.BAD_BASELINE) from exc
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: not a genderscan baseline (not UTF-8)", code=errors.BAD_BASELINE) from exc
    if (
        not isinstance(data, dict)
        or data.get("version") != BASELINE_VERSION
        or not isinstance(data.get("findings"), list)
    ):
        raise InputError(
            f"{path}: not a genderscan baseline (version {BASELINE_VERSION} with a findings list expected)",
            code=errors.BAD_BASELINE,
        )
    for n, entry in enumerate(data["findings"], 1):
        problem = _entry_problem(entry)
        if problem:
            raise InputError(f"{path}: baseline entry {n}: {problem}", code=errors.BAD_BASELINE)
    return data


# each key of a baseline entry: whether it is required; every value is a text
ENTRY_KEYS = {"fingerprint": True, "path": True, "rule_id": False, "sentence": False}


def _entry_problem(entry: object) -> str | None:
    """What is wrong with one entry of a baseline's findings list, or None."""
    if not isinstance(entry, dict):
        return f"expected an object with {', '.join(k for k, required in ENTRY_KEYS.items() if required)}"
    for key, required in ENTRY_KEYS.items():
        if key not in entry:
            if required:
                return f"'{key}' is missing"
        elif not isinstance(entry[key], str):
            return f"'{key}' must be a text, not {type(entry[key]).__name__}"
    return None


def apply(results: list[dict], baseline: dict) -> tuple[list[dict], int, list[dict]]:
    """(results without baselined findings, number suppressed, baseline entries that no longer occur)."""
    known = {(e["path"], e["fingerprint"]) for e in baseline["findings"]}
    seen: set[tuple[str, str]] = set()
    suppressed = 0
    out = []
    for d in results:
        keep = []
        for f in d["findings"]:
            k = (_key(d["path"]), f["fingerprint"])
            if k in known:
                suppressed += 1
                seen.add(k)
            else:
                keep.append(f)
        out.append({**d, "findings": keep})
    checked = {_key(d["path"]) for d in results}
    stale = [e for e in baseline["findings"] if e["path"] in checked and (e["path"], e["fingerprint"]) not in seen]
    return out, suppressed, stale
