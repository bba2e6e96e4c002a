"""Error hierarchy with stable codes.

Every error a user can cause carries a code that never changes meaning:

* ``GS-E1xx`` input documents (missing, unsupported, corrupt, unreadable)
* ``GS-E2xx`` lexicon files (syntax, schema, references, patterns)
* ``GS-E3xx`` configuration and the language pipeline
* ``GS-E4xx`` writing output

The CLI prints ``error CODE: message`` on one line and exits with status 2.
"""

from __future__ import annotations


class GenderscanError(Exception):
    """Base class: an error with a stable code and a one-line message."""

    code = "GS-E000"

    def __init__(self, message: str, *, code: str | None = None) -> None:
        super().__init__(message)
        if code is not None:
            self.code = code
        self.message = message

    def __str__(self) -> str:
        return f"{self.code}: {self.message}"


class InputError(GenderscanError):
    """A document cannot be read."""

    code = "GS-E100"


class LexiconError(GenderscanError):
    """A lexicon file is invalid; the message names file and rule id."""

    code = "GS-E200"


class ConfigError(GenderscanError):
    """Bad option, configuration or language pipeline."""

    code = "GS-E300"


class OutputError(GenderscanError):
    """A report cannot be written."""

    code = "GS-E400"


# Input errors -----------------------------------------------------------
FILE_NOT_FOUND = "GS-E101"
UNSUPPORTED_FORMAT = "GS-E102"
CONTENT_MISMATCH = "GS-E103"
CORRUPT_PDF = "GS-E104"
ENCRYPTED_PDF = "GS-E105"
NO_TEXT_LAYER = "GS-E106"
CORRUPT_DOCX = "GS-E107"
UNDECODABLE_TEXT = "GS-E108"
EMPTY_DOCUMENT = "GS-E109"
NOT_A_FILE = "GS-E110"
BAD_EVAL_FILE = "GS-E111"
FILE_TOO_LARGE = "GS-E112"
HOSTILE_FILE = "GS-E113"
BAD_BASELINE = "GS-E114"
BAD_MANIFEST = "GS-E115"
BAD_STORE = "GS-E116"
UNREADABLE_FILE = "GS-E117"  # the file exists but cannot be read (permissions, I/O)
BAD_UPLOAD = "GS-E118"  # genderscan serve: an upload that is not a multipart form of files, or too many files

# Lexicon errors ---------------------------------------------------------
LEXICON_SYNTAX = "GS-E201"
LEXICON_SCHEMA = "GS-E202"
LEXICON_UNKNOWN_SOURCE = "GS-E203"
LEXICON_DUPLICATE_ID = "GS-E204"
LEXICON_BAD_PATTERN = "GS-E205"
LEXICON_NOT_FOUND = "GS-E206"
LEXICON_UNKNOWN_ID = "GS-E207"
LEXICON_HOSTILE = "GS-E208"  # a YAML file refused: aliases that expand too far or loop, or too large
LEXICON_UNREADABLE = "GS-E209"  # a lexicon file or folder exists but cannot be read (permissions, I/O)

# Config / pipeline errors -------------------------------------------------
MODEL_NOT_LOADABLE = "GS-E301"
BAD_OPTION = "GS-E302"
OCR_UNAVAILABLE = "GS-E303"
BAD_CONFIG = "GS-E304"

# Output errors ------------------------------------------------------------
OUTPUT_NOT_WRITABLE = "GS-E401"
PDF_UNAVAILABLE = "GS-E402"
BAD_OUTPUT = "GS-E403"  # the output would replace an input of the run
STORE_NOT_WRITABLE = "GS-E404"  # the results store cannot be written (disk full, read-only); what it holds stays
