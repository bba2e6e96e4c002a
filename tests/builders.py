"""Build small real PDF and DOCX files for the tests (fpdf2, python-docx, pypdf)."""

from __future__ import annotations

from pathlib import Path


def pdf_from_pages(path: Path, pages: list[list[str]], *, size: float = 11, heading: str | None = None) -> Path:
    """A PDF with one list of lines per page; an empty string leaves a blank line (paragraph break).

    Lines are placed exactly as given, so a line may end in a hyphen.
    """
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(False)
    for lines in pages:
        pdf.add_page()
        y = 30.0
        if heading:
            pdf.set_font("Helvetica", "B", 16)
            pdf.text(25, y, heading)
            y += 12
        pdf.set_font("Helvetica", "", size)
        for line in lines:
            if line:
                pdf.text(25, y, line)
            y += 6 if line else 6
    pdf.output(str(path))
    return path


def pdf_without_text(path: Path, pages: int = 2) -> Path:
    """A PDF whose pages only carry drawings (like a scan without OCR)."""
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    for _ in range(pages):
        pdf.add_page()
        pdf.rect(20, 20, 100, 60, style="F")
    pdf.output(str(path))
    return path


def encrypt_pdf(src: Path, dest: Path, password: str = "geheim") -> Path:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for page in PdfReader(str(src)).pages:
        writer.add_page(page)
    writer.encrypt(user_password=password, owner_password=password + "-owner", algorithm="RC4-128")
    with open(dest, "wb") as fh:
        writer.write(fh)
    return dest


def docx_from_blocks(path: Path, blocks: list[tuple[str, object]]) -> Path:
    """A DOCX from (kind, value): heading1/heading2, p, bullet, number, table (list of rows)."""
    import docx

    document = docx.Document()
    for kind, value in blocks:
        if kind.startswith("heading"):
            document.add_heading(str(value), level=int(kind[-1]))
        elif kind == "bullet":
            document.add_paragraph(str(value), style="List Bullet")
        elif kind == "number":
            document.add_paragraph(str(value), style="List Number")
        elif kind == "table":
            rows = value
            table = document.add_table(rows=len(rows), cols=len(rows[0]))
            for r, row in enumerate(rows):
                for c, text in enumerate(row):
                    table.cell(r, c).text = text
        else:
            document.add_paragraph(str(value))
    document.save(path)
    return path


def pdf_placed(
    path: Path, pages: list[list[tuple[float, float, str, float]]], *, image_only: set[int] = frozenset()
) -> Path:
    """A PDF with text placed exactly: per page a list of (x, y, text, size) in mm from the top left.

    Pages whose 0-based index is in *image_only* get a filled shape and no text
    (like a scanned appendix).
    """
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(False)
    for i, items in enumerate(pages):
        pdf.add_page()
        if i in image_only:
            pdf.rect(20, 20, 150, 200, style="F")
            continue
        for x, y, text, size in items:
            pdf.set_font("Helvetica", "", size)
            pdf.text(x, y, text)
    pdf.output(str(path))
    return path


def column_lines(words: str, width: int = 38) -> list[str]:
    """*words* wrapped at *width* characters, like a narrow column."""
    import textwrap

    return textwrap.wrap(words, width)


def pdf_scanned(path: Path, lines: list[str], *, size: float = 16) -> Path:
    """An image-only PDF: *lines* typeset, rendered to a bitmap, and placed as a picture (like a scan)."""
    import tempfile

    import pypdfium2 as pdfium
    from fpdf import FPDF

    with tempfile.TemporaryDirectory() as tmp:
        text_pdf = pdf_from_pages(Path(tmp) / "tekst.pdf", [lines], size=size)
        doc = pdfium.PdfDocument(str(text_pdf))
        image = Path(tmp) / "scan.png"
        doc[0].render(scale=200 / 72).to_pil().convert("L").save(image)
        doc.close()
        pdf = FPDF(format="A4")
        pdf.add_page()
        pdf.image(str(image), x=0, y=0, w=210, h=297)
        pdf.output(str(path))
    return path


def pdf_raw(path: Path, pages: list[str]) -> Path:
    """A PDF written byte by byte: one content stream per page (A4), fonts /F1
    (Helvetica) and /F2 (Helvetica-Bold), both WinAnsiEncoding.

    For what fpdf2 does not write: text scaled by its matrix (``/F1 1 Tf 10
    0 0 10 x y Tm``, as many producers do) or glyphs drawn as objects of
    their own.
    """
    objects: list[bytes] = []

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    catalog = add(b"")
    tree = add(b"")
    f1 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    f2 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
    kids = []
    for content in pages:
        stream = content.encode("cp1252")
        c = add(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
        kids.append(
            add(
                b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Contents %d 0 R "
                b"/Resources << /Font << /F1 %d 0 R /F2 %d 0 R >> >> >>" % (tree, c, f1, f2)
            )
        )
    objects[catalog - 1] = b"<< /Type /Catalog /Pages %d 0 R >>" % tree
    objects[tree - 1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % k for k in kids), len(kids))
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for n, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, catalog, xref)
    path.write_bytes(bytes(out))
    return path


def pdf_string(text: str) -> str:
    """*text* as a PDF literal string."""
    return "(" + text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")"


class DocMatcher:
    """spaCy's Matcher with every pattern of *compiled* (a CompiledLexicon built with ``matcher=False``), run per
    text with only the keys whose patterns can match it, so the reference check takes seconds, not a minute.

    A pattern can only match a text that has, for each of its required
    tokens (those without an ``OP``), a token with that LOWER, LEMMA or ORTH
    value, or a LOWER that its REGEX finds (spaCy's REGEX is ``re.search``), so
    leaving out a key none of whose patterns can match changes nothing spaCy's
    Matcher finds. A required token of another form keeps its pattern in. Each
    key's patterns are one Matcher, built once. Which regexes find a word is
    asked of genderscan's own first-letter groups (``_RegexGroups``), checked
    against trying every regex by ``test_grouped_regex_check_finds_exactly_the_regexes_that_match``.
    """

    _EXACT = ("LOWER", "LEMMA", "ORTH")

    def __init__(self, compiled, vocab):
        import re

        self._vocab = vocab
        self._patterns: dict[str, list] = {}
        self._per_key: dict = {}
        self._regexes: dict[str, re.Pattern] = {}
        # the patterns by one exact (attr, value) pair they need: their key, all their exact pairs and regexes;
        # those with no exact pair by the regexes they need; the keys of those that need nothing known
        self._by_word: dict[tuple[str, str], list[tuple[str, frozenset, tuple[str, ...]]]] = {}
        self._by_regex: dict[tuple[str, ...], set[str]] = {}
        self._always: set[str] = set()
        self._groups = None
        self._order: list[str] = []
        self._words: dict[str, frozenset] = {}
        for key, patterns in compiled._matcher_patterns:
            for pattern in patterns:
                self._patterns.setdefault(key, []).append(pattern)
                exact, rx, known = set(), [], True
                for spec in pattern:
                    if "OP" in spec:
                        continue
                    for attr, value in spec.items():
                        if attr in self._EXACT and isinstance(value, str):
                            exact.add((attr, value))
                        elif attr == "LOWER" and isinstance(value, dict) and set(value) == {"REGEX"}:
                            rx.append(value["REGEX"])
                            self._regexes.setdefault(value["REGEX"], re.compile(value["REGEX"]))
                        elif attr not in ("IS_PUNCT",):
                            known = False
                if not known or not (exact or rx):
                    self._always.add(key)
                elif exact:
                    self._by_word.setdefault(min(exact), []).append((key, frozenset(exact), tuple(rx)))
                else:
                    self._by_regex.setdefault(tuple(sorted(set(rx))), set()).add(key)

    def __len__(self):
        return sum(len(v) for v in self._by_word.values()) + sum(len(v) for v in self._by_regex.values())

    def _matching(self, lower):
        """The regexes (as written in the patterns) that find *lower*, cached per word."""
        found = self._words.get(lower)
        if found is None:
            if self._groups is None:
                from genderscan.analysis.sequences import _RegexGroups

                self._order = list(self._regexes)
                self._groups = _RegexGroups([self._regexes[r] for r in self._order])
            found = self._words[lower] = frozenset(self._order[k] for k in self._groups.matching(lower))
        return found

    def _matcher(self, key):
        from spacy.matcher import Matcher

        found = self._per_key.get(key)
        if found is None:
            found = self._per_key[key] = Matcher(self._vocab)
            found.add(key, self._patterns[key])
        return found

    def __call__(self, doc):
        have = {("LOWER", t.lower_) for t in doc} | {("LEMMA", t.lemma_) for t in doc} | {("ORTH", t.text) for t in doc}
        matched = set().union(*(self._matching(t.lower_) for t in doc))

        def finds(rx):
            return rx in matched

        keys = set(self._always)
        keys.update(
            key
            for pair in have
            for key, exact, rx in self._by_word.get(pair, ())
            if key not in keys and exact <= have and all(finds(r) for r in rx)
        )
        keys.update(
            key
            for rx, group in self._by_regex.items()
            if not group <= keys and all(finds(r) for r in rx)
            for key in group
        )
        return [m for key in sorted(keys) for m in self._matcher(key)(doc)]
