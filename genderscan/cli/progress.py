"""The progress bar of ``genderscan analyse``: pages while a PDF is read, then passages while they are analysed.

Only on a terminal (stderr), and only for a document that takes longer than :data:`SHOW_AFTER`; it is
erased when the document is done, so what stays on the screen, and everything written to a file or a
pipe, is what it was without it.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from rich.console import Console

from ..progress import OCR, PAGES, PASSAGES
from ..progress import Progress as Callback
from ._util import console, markup_safe
from .language import t

if TYPE_CHECKING:
    from rich.progress import Progress, TaskID

SHOW_AFTER = 0.5
"""Seconds a document runs before its bar appears: a short one shows none."""

LABELS = {PAGES: "progress_pages", OCR: "progress_ocr", PASSAGES: "progress_passages"}
"""The catalogue key (cli/texts.py) of what the bar says for each stage, in the run's language."""


def terminal() -> Console | None:
    """The console for the bar: stderr when it is a terminal, else None (redirected: no bar at all)."""
    return console(stderr=True) if sys.stderr.isatty() else None


class DocumentBar:
    """A callback for :meth:`genderscan.Analyzer.analyse` that draws one document's progress on *term*;
    *name*: the document's file name, shown after the bar."""

    def __init__(self, term: Console, name: str, show_after: float | None = None) -> None:
        self._term = term
        self._name = markup_safe(name)
        self._show_after = SHOW_AFTER if show_after is None else show_after
        self._started = time.monotonic()
        self._bar: Progress | None = None
        self._task: TaskID | None = None
        self._stage = ""

    def __call__(self, stage: str, done: int, total: int) -> None:
        if self._bar is None:
            if time.monotonic() - self._started < self._show_after:
                return
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
            from rich.table import Column

            self._bar = Progress(  # the name last, in the room left: on a narrow terminal it is what gets cut short
                TextColumn("{task.description}"),
                BarColumn(bar_width=30),
                MofNCompleteColumn(),
                TimeElapsedColumn(),
                TextColumn("{task.fields[name]}", table_column=Column(no_wrap=True, overflow="ellipsis", ratio=1)),
                console=self._term,
                transient=True,
                expand=True,
            )
            self._bar.start()
        description = t(LABELS[stage]) if stage in LABELS else stage
        if self._task is None:
            self._task = self._bar.add_task(description, total=total, completed=done, name=self._name)
        elif stage != self._stage:
            self._bar.reset(self._task, total=total, completed=done, description=description)
        else:
            self._bar.update(self._task, completed=done)
        self._stage = stage
        if done == total:  # a stage's end is drawn, however fast it went (the bar redraws 10 times a second)
            self._bar.refresh()

    @property
    def shown(self) -> bool:
        return self._bar is not None

    def close(self) -> None:
        if self._bar is not None:
            self._bar.stop()


@contextmanager
def document_bar(term: Console | None, name: str) -> Iterator[Callback | None]:
    """The progress callback for one document (None without a terminal); the bar is gone after the block."""
    if term is None:
        yield None
        return
    bar = DocumentBar(term, name)
    try:
        yield bar
    finally:
        bar.close()
