"""Uploaded files: a multipart body streamed into a private folder, its size limited as it arrives.

Nothing of the sender's file name is used as a path: each file is stored as
``<n><suffix>`` in a folder of mode 0700, the suffix only when genderscan
reads it. The name itself is kept as text for the report and the page.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any, BinaryIO

from .. import errors
from ..errors import InputError
from ..ingest import READERS, unsupported

MAX_FILES = 20
MAX_NAME = 200  # characters of a file name kept for display
MAX_FIELD = 100  # bytes kept of a text field
FRAMING = 64 * 1024  # bytes allowed over --max-size for the multipart boundaries and headers


@dataclass
class Upload:
    """One file of an upload: its display name and where it is stored (None: refused, see *error*)."""

    name: str
    path: Path | None = None
    error: InputError | None = None


def display_name(raw: str) -> str:
    """The last part of a sent file name (a browser may send a path), at most MAX_NAME characters."""
    name = PurePosixPath(raw.replace("\\", "/")).name or "document"
    return name if len(name) <= MAX_NAME else name[: MAX_NAME - 1] + "…"


def suffix_error(name: str) -> InputError | None:
    """GS-E102 for a name genderscan cannot read, with the hint for old Word files (:func:`ingest.unsupported`)."""
    return None if PurePosixPath(name).suffix.lower() in READERS else unsupported(name)


def too_large(max_mb: float) -> InputError:
    return InputError(f"the upload is over the size limit of {max_mb:g} MB (--max-size)", code=errors.FILE_TOO_LARGE)


class _Receiver:
    """python-multipart callbacks: the files of the field ``files`` and the short text fields."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.uploads: list[Upload] = []
        self.fields: dict[str, str] = {}
        self._header = [b"", b""]
        self._disposition = b""
        self._field: str | None = None
        self._is_file = False
        self._value = bytearray()
        self._out: BinaryIO | None = None
        self.complete = False
        """Whether the closing boundary arrived (a body cut short is no upload)."""

    def callbacks(self) -> Any:  # python-multipart's MultipartCallbacks
        return {
            "on_part_begin": self._begin,
            "on_header_field": lambda d, s, e: self._header.__setitem__(0, self._header[0] + d[s:e]),
            "on_header_value": lambda d, s, e: self._header.__setitem__(1, self._header[1] + d[s:e]),
            "on_header_end": self._header_end,
            "on_headers_finished": self._headers_finished,
            "on_part_data": self._data,
            "on_part_end": self._end,
            "on_end": lambda: setattr(self, "complete", True),
        }

    def _begin(self) -> None:
        self._disposition, self._field, self._is_file, self._value, self._out = b"", None, False, bytearray(), None

    def _header_end(self) -> None:
        if self._header[0].lower() == b"content-disposition":
            self._disposition = self._header[1]
        self._header = [b"", b""]

    def _headers_finished(self) -> None:
        from python_multipart.multipart import parse_options_header

        _, options = parse_options_header(self._disposition)
        self._field = options.get(b"name", b"").decode("utf-8", "replace")
        self._is_file = b"filename" in options
        if not self._is_file:
            return
        if not options[b"filename"]:  # a form sent with no file chosen: an empty part, not a document
            return
        if self._field != "files":
            raise InputError("unexpected file field in the upload", code=errors.BAD_UPLOAD)
        if len(self.uploads) >= MAX_FILES:
            raise InputError(f"at most {MAX_FILES} files per upload", code=errors.BAD_UPLOAD)
        upload = Upload(display_name(options[b"filename"].decode("utf-8", "replace")))
        self.uploads.append(upload)
        upload.error = suffix_error(upload.name)
        if upload.error is None:
            upload.path = self.folder / f"{len(self.uploads)}{PurePosixPath(upload.name).suffix.lower()}"
            fd = os.open(upload.path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o600)
            self._out = os.fdopen(fd, "wb")

    def _data(self, data: bytes, start: int, end: int) -> None:
        if self._out is not None:
            self._out.write(data[start:end])
        elif not self._is_file and len(self._value) < MAX_FIELD:  # a refused file's bytes are dropped
            self._value += data[start : min(end, start + MAX_FIELD)]

    def _end(self) -> None:
        if self._out is not None:
            self._out.close()
            self._out = None
        elif not self._is_file and self._field:
            self.fields[self._field] = self._value[:MAX_FIELD].decode("utf-8", "replace")

    def close(self) -> None:
        if self._out is not None:
            self._out.close()


async def receive(content_type: str, body: AsyncIterator[bytes], folder: Path, max_mb: float) -> _Receiver:
    """Stream the multipart *body* into *folder*; a coded InputError when it is not one or is too large."""
    from python_multipart import MultipartParser
    from python_multipart.exceptions import FormParserError
    from python_multipart.multipart import parse_options_header

    kind, params = parse_options_header(content_type)
    if kind != b"multipart/form-data" or b"boundary" not in params:
        raise InputError("expected a multipart/form-data upload", code=errors.BAD_UPLOAD)
    limit = int(max_mb * 1024 * 1024) + FRAMING  # each file is held to max_mb again when it is read
    receiver = _Receiver(folder)
    parser = MultipartParser(params[b"boundary"], receiver.callbacks())
    seen = 0
    try:
        async for chunk in body:
            seen += len(chunk)
            if seen > limit:
                raise too_large(max_mb)
            parser.write(chunk)
        parser.finalize()
        if not receiver.complete:  # a part cut short would be analysed as a shorter document
            raise InputError("the upload is incomplete (it ends before its closing boundary)", code=errors.BAD_UPLOAD)
    except FormParserError as exc:
        raise InputError("the upload is not valid multipart data", code=errors.BAD_UPLOAD) from exc
    finally:
        receiver.close()
    return receiver
