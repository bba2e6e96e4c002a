"""``genderscan analyse PATH...``: one report per document."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Annotated

import typer

from .. import errors
from ..errors import ConfigError, GenderscanError
from ..safetext import encodable
from . import options as o
from . import progress as progress_bar
from ._util import EXIT_ERROR, EXIT_OK, console, report_error
from .inputs import documents, report_names
from .summary import print_summary

FORMATS = ("html", "md", "json", "pdf", "docx")


def _suffix(fmt: str) -> str:
    from ..report import FORMATTERS

    return fmt if fmt in ("pdf", "docx") else FORMATTERS[fmt].suffix


def _file_name(out: str) -> bool:
    """Whether -o *out* names a report file (``x.json``), not a folder: it ends in a report's suffix and is no
    folder yet (an existing ``x.json/`` folder, or *out* written with a trailing slash, is one)."""
    if out.endswith(("/", os.sep)) or Path(out).is_dir():
        return False
    return Path(out).suffix.lower() in {"." + _suffix(fmt) for fmt in FORMATS}


def plan_outputs(paths: list[Path], formats: list[str], out: str | None) -> dict[Path, dict[str, Path | None]]:
    """Where each report goes: None means stdout. Raises on ambiguous targets."""
    from ..report import refuse_inputs

    if out == "-":
        if len(paths) != 1 or len(formats) != 1:
            raise ConfigError("-o - (stdout) needs exactly one document and one --format", code=errors.BAD_OPTION)
        return {paths[0]: {formats[0]: None}}
    target = Path(out) if out else Path(".")
    # one document in one format may go to a file name with that format's suffix, in any case (R.JSON);
    # an existing folder, or a name written with a trailing slash, stays a folder
    named = out is not None and _file_name(out)
    single_file = named and len(paths) == 1 and len(formats) == 1 and target.suffix.lower() == "." + _suffix(formats[0])
    if named and not single_file:
        if len(paths) > 1 or len(formats) > 1:
            raise ConfigError(
                f"-o {out}: with several documents or formats, -o must be a folder, not a file name",
                code=errors.BAD_OPTION,
            )
        raise ConfigError(
            f"-o {out}: the name's suffix is not that of --format {formats[0]} (.{_suffix(formats[0])})",
            code=errors.BAD_OPTION,
        )
    plan: dict[Path, dict[str, Path | None]] = {}
    taken: dict[Path, Path] = {}
    names = report_names(paths)
    for p in paths:
        plan[p] = {}
        for fmt in formats:
            base = names[p]
            name = f"{Path(base).stem}.genderscan.docx" if fmt == "docx" else f"{base}.{_suffix(fmt)}"
            dest = target if single_file else target / name
            if dest in taken:
                raise ConfigError(
                    f"{p} and {taken[dest]} would both write {dest}; analyse them in separate calls",
                    code=errors.BAD_OPTION,
                )
            refuse_inputs(dest, paths)
            taken[dest] = p
            plan[p][fmt] = dest
    return plan


def analyse_cli(
    paths: Annotated[
        list[str],
        typer.Argument(
            help="Documents to analyse (.pdf, .docx, .docm, .odt, .html, .txt, .md), folders (searched "
            "recursively) or glob patterns.",
            show_default=False,
        ),
    ],
    output: Annotated[
        str | None,
        typer.Option(
            "-o",
            "--output",
            help="Output directory (default: current directory), a file name when there is one document and one "
            "format, or - for stdout.",
        ),
    ] = None,
    formats: Annotated[
        list[str] | None,
        o.choice_option(
            "--format",
            "-f",
            choices=FORMATS,
            help="Report format: html (default), md, json, pdf (WeasyPrint or Chromium), or docx (a copy of a .docx "
            "input with a Word comment per finding); repeat for several.",
            show_default=False,
        ),
    ] = None,
    model: o.Model = None,
    lexicon: o.Lexicon = None,
    domain: o.Domain = None,
    pdf_engine: o.PdfEngine = None,
    ocr: o.Ocr = False,
    max_size: o.MaxSize = None,
    disable: o.Disable = None,
    lang: o.Lang = None,
    config: o.ConfigFile = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No summary on the terminal.")] = False,
    debug: o.Debug = False,
) -> None:
    from ..api import Analyzer
    from ..report import FORMATTERS, write_atomic

    try:
        fmt_names = list(dict.fromkeys(o.choice("--format", f, FORMATS) for f in formats or ["html"]))
        files = documents(paths)
        plan = plan_outputs(files, fmt_names, output)
        not_docx = [p for p in files if p.suffix.lower() != ".docx"]
        if "docx" in fmt_names and not_docx:
            raise ConfigError(
                f"{not_docx[0]}: --format docx (the annotated Word file) needs a .docx document", code=errors.BAD_OPTION
            )
        if "pdf" in fmt_names:
            from ..report.pdf import renderer

            renderer()  # fail at once, with how to install one, not after the first document
        options = o.resolve(
            config,
            model=model,
            lexicon_paths=lexicon,
            domain=domain,
            disable=disable,
            pdf_engine=pdf_engine,
            max_mb=max_size,
            ocr=ocr,
            lang=lang,
        )
        analyzer = Analyzer(options=options)
        lang = options.lang
    except GenderscanError as exc:
        report_error(exc, debug)
        raise typer.Exit(EXIT_ERROR) from None
    to_stdout = output == "-"
    term = console(stderr=to_stdout)
    bar_term = None if quiet or to_stdout else progress_bar.terminal()
    failed = 0
    for path, targets in plan.items():
        try:
            with progress_bar.document_bar(bar_term, path.name) as progress:
                report = analyzer.analyse(path, progress=progress)
            from ..report.localise import localise

            data = localise(report.to_dict(), analyzer.lexicon, lang)
            rendered: dict[str, str | bytes] = {
                fmt: FORMATTERS[fmt].render(data) for fmt in targets if fmt in FORMATTERS
            }
            if "docx" in targets:
                from ..report.annotate import annotate_docx

                rendered["docx"] = annotate_docx(path, data)
            if "pdf" in targets:
                from ..report.pdf import html_to_pdf

                html = rendered.get("html")
                rendered["pdf"] = html_to_pdf(html if isinstance(html, str) else FORMATTERS["html"].render(data))
            for fmt, dest in targets.items():
                out = rendered[fmt]
                if dest is not None:
                    write_atomic(dest, out)
                else:  # the report's own encoding (UTF-8), whatever the console's
                    sys.stdout.flush()
                    sys.stdout.buffer.write(out if isinstance(out, bytes) else encodable(out).encode("utf-8"))
                    sys.stdout.buffer.flush()
        except GenderscanError as exc:
            failed += 1
            report_error(exc, debug)
            continue
        except Exception as exc:  # an internal error in one document must not lose the others
            failed += 1
            report_error(exc, debug)
            continue
        if not quiet:
            print_summary(term, report, [d for d in targets.values() if d is not None], data)
    raise typer.Exit(EXIT_ERROR if failed else EXIT_OK)
