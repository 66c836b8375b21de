"""Read the plain text of a .docx file, refusing unsafe or unsuitable files first.

Checks, in order, before python-docx sees the bytes:

1. an OLE compound file (an encrypted .docx or a Word 97–2003 .doc) → EncryptedDocument
   (LegacyWordDocument, a subclass, when it is recognisably a .doc);
2. not a readable zip archive → CorruptDocument;
3. declared uncompressed size over the limit, or a large entry compressed more than
   100 : 1 → ArchiveBomb (zipfile never inflates an entry past its declared size, so
   declared sizes bound the work);
4. a VBA project or a macro-enabled content type → MacroDocument;
5. a DOCTYPE in any XML part python-docx might parse → UnsafeXml;
6. no main document part → CorruptDocument. The part is the package's officeDocument
   relationship target, as python-docx finds it: usually ``word/document.xml``, but Word
   Online writes ``word/document2.xml``.

Text is taken from the body's paragraphs and tables in reading order. Paragraphs are
joined with ``\\n`` and the result is normalised. A table keeps its shape as written: each
row becomes one line whose cells are separated by a tab (:data:`CELL_SEPARATOR`), and the
table is set off from the text around it by blank lines. A cell's own paragraphs, line
breaks and tabs become single spaces, and a table nested in a cell is read into that cell's
text. A horizontally merged cell is followed by an empty cell for each further column it
spans, and a cell continuing a vertical merge is empty, so the columns stay in line.
"""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import IO, TYPE_CHECKING, cast

from lxml import etree

from app.errors import (
    ArchiveBomb,
    ArchiveTooCompressed,
    CorruptDocument,
    EncryptedDocument,
    FileEmpty,
    LegacyWordDocument,
    MacroDocument,
    UnsafeXml,
)
from app.io.archive_names import check_member_name
from app.io.text_normalise import normalise_text

if TYPE_CHECKING:
    from docx.oxml.text.run import CT_R

MiB = 1024 * 1024
DEFAULT_MAX_UNCOMPRESSED_BYTES = 200 * MiB
MAX_COMPRESSION_RATIO = 100
# Entries at least this large must not be compressed beyond MAX_COMPRESSION_RATIO.
LARGE_ENTRY_BYTES = 1 * MiB

_OLE_SIGNATURE = bytes.fromhex("D0CF11E0A1B11AE1")
_OLE_ENCRYPTED_STREAM = "EncryptedPackage".encode("utf-16-le")
_OLE_WORD_STREAM = "WordDocument".encode("utf-16-le")
_PACKAGE_RELATIONSHIPS = "_rels/.rels"
_CONTENT_TYPES = "[Content_Types].xml"
_OFFICE_DOCUMENT_TYPE_SUFFIX = "/officeDocument"  # transitional and strict OOXML alike
_SAFE_PARSER = etree.XMLParser(resolve_entities=False, load_dtd=False, no_network=True)
_DETAIL_LENGTH = 120
# What zipfile raises for a damaged, encrypted or oddly compressed entry.
_ZIP_ERRORS = (
    zipfile.BadZipFile,
    zlib.error,
    OSError,
    EOFError,
    ValueError,
    NotImplementedError,
    RuntimeError,
)

# Between the cells of a table row in the source text.
CELL_SEPARATOR = "\t"

# Tabs and line breaks inside a cell, which would split its row (LF, CR, LS, PS and the
# other characters str.splitlines breaks at).
_CELL_BREAKS = re.compile(r"[\t\n\r\v\f\x1c-\x1e\x85\u2028\u2029]+")

# WordprocessingML's namespace; python-docx itself (45 ms to import) is loaded only when a
# document is read, so that commands that read none start faster.
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def qn(name: str) -> str:
    """``"w:p"`` → the element's name in Clark notation, as lxml spells it."""
    return _W + name.split(":", 1)[1]


_W_P = qn("w:p")
_W_TBL = qn("w:tbl")
_W_TR = qn("w:tr")
_W_TC = qn("w:tc")
_W_TR_PR = qn("w:trPr")
_W_GRID_BEFORE = qn("w:gridBefore")
_W_VAL = qn("w:val")
_W_SDT = qn("w:sdt")
_W_SDT_CONTENT = qn("w:sdtContent")
_W_CUSTOM_XML = qn("w:customXml")
# Runs shown in the document: not deleted or moved away by tracked changes, and not
# inside a text box (whose paragraphs would otherwise be glued into this one).
# Alternative content keeps one rendering, not the legacy fallback beside it.
_VISIBLE_RUNS = etree.XPath(
    ".//w:r[not(ancestor::w:del or ancestor::w:moveFrom or ancestor::w:txbxContent"
    " or ancestor::mc:Fallback)]",
    namespaces={
        "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
        "mc": "http://schemas.openxmlformats.org/markup-compatibility/2006",
    },
)


def read_docx_bytes(
    data: bytes,
    *,
    path: Path | str,
    max_uncompressed_bytes: int = DEFAULT_MAX_UNCOMPRESSED_BYTES,
) -> str:
    """Return the normalised plain text of the .docx held in ``data``.

    ``path`` only names the file in errors.
    """
    if data.startswith(_OLE_SIGNATURE):
        raise _ole_error(data, path)
    with _open_zip(data, path) as archive:
        _check_sizes(archive, path, max_uncompressed_bytes)
        names = set(archive.namelist())
        for name in names:
            check_member_name(name, path)
        _check_macros(archive, names, path)
        _check_no_doctype(archive, path)
        _check_main_part(archive, names, path)
    text = normalise_text("\n".join(_lines(data, path)))
    if not text.strip():
        raise FileEmpty(path=path)
    return text


def _ole_error(data: bytes, path: Path | str) -> EncryptedDocument:
    if _OLE_WORD_STREAM in data and _OLE_ENCRYPTED_STREAM not in data:
        return LegacyWordDocument(path=path)
    return EncryptedDocument(path=path)


def _open_zip(data: bytes, path: Path | str) -> zipfile.ZipFile:
    try:
        return zipfile.ZipFile(io.BytesIO(data))
    except Exception as error:  # zipfile reports a damaged directory in several ways
        raise CorruptDocument(path=path, detail=f"not a zip archive: {_short(error)}") from None


def _check_sizes(archive: zipfile.ZipFile, path: Path | str, limit: int) -> None:
    limit_mb = _megabytes(limit)
    total = 0
    for entry in archive.infolist():
        total += entry.file_size
        if total > limit:
            raise ArchiveBomb(path=path, limit_mb=limit_mb, entry=entry.filename)
        ratio = entry.file_size / max(entry.compress_size, 1)
        if entry.file_size >= LARGE_ENTRY_BYTES and ratio > MAX_COMPRESSION_RATIO:
            raise ArchiveTooCompressed(path=path, entry=entry.filename, ratio=int(ratio),
                                       limit=MAX_COMPRESSION_RATIO)


def _check_macros(archive: zipfile.ZipFile, names: set[str], path: Path | str) -> None:
    if any(name.lower().endswith("vbaproject.bin") for name in names):
        raise MacroDocument(path=path)
    if _CONTENT_TYPES in names:
        content_types = _read_entry(archive, _CONTENT_TYPES, path)
        if b"macroenabled" in content_types.lower():
            raise MacroDocument(path=path)


def _check_main_part(archive: zipfile.ZipFile, names: set[str], path: Path | str) -> None:
    """The main document part named by ``_rels/.rels`` must exist in the archive."""
    if _PACKAGE_RELATIONSHIPS not in names:
        raise CorruptDocument(path=path, detail=f"it has no {_PACKAGE_RELATIONSHIPS}")
    relationships = _read_entry(archive, _PACKAGE_RELATIONSHIPS, path)
    try:
        root = etree.fromstring(relationships, _SAFE_PARSER)
    except etree.XMLSyntaxError as error:
        raise CorruptDocument(path=path, detail=_short(error)) from None
    for relationship in root:
        if str(relationship.get("Type", "")).endswith(_OFFICE_DOCUMENT_TYPE_SUFFIX):
            target = posixpath.normpath(str(relationship.get("Target", "")).lstrip("/"))
            if target in names:
                return
            raise CorruptDocument(path=path, detail=f"it has no {target}")
    raise CorruptDocument(path=path, detail="it names no main document part")


def _check_no_doctype(archive: zipfile.ZipFile, path: Path | str) -> None:
    """Refuse a DOCTYPE in any XML part; only each part's prolog is parsed."""
    for name in archive.namelist():
        if not name.lower().endswith((".xml", ".rels")):
            continue
        try:
            with archive.open(name) as part:
                if _declares_doctype(part):
                    raise UnsafeXml(path=path, entry=name)
        except etree.XMLSyntaxError:
            pass  # a malformed part fails in python-docx if it is needed
        except _ZIP_ERRORS as error:
            raise CorruptDocument(path=path, detail=_short(error)) from None


def _declares_doctype(part: IO[bytes]) -> bool:
    # lxml decodes whatever encoding the part declares (UTF-16, UTF-7, ...), so a
    # DOCTYPE cannot hide behind an encoding trick. Parsing stops at the root element.
    events = etree.iterparse(
        part,
        events=("start",),
        resolve_entities=False,
        load_dtd=False,
        no_network=True,
    )
    for _event, root in events:
        info = root.getroottree().docinfo
        return bool(info.doctype) or info.internalDTD is not None
    return False


def _read_entry(archive: zipfile.ZipFile, name: str, path: Path | str) -> bytes:
    try:
        return archive.read(name)
    except _ZIP_ERRORS as error:
        raise CorruptDocument(path=path, detail=_short(error)) from None


class _TableEdge:
    """Where a table begins or ends: a blank line unless the text has one there already."""


_EDGE = _TableEdge()


def _lines(data: bytes, path: Path | str) -> list[str]:
    try:
        import docx

        document = docx.Document(io.BytesIO(data))
        return _set_off_tables(list(_iter_lines(document.element.body)))
    except Exception as error:  # python-docx signals damage with many exception types
        raise CorruptDocument(path=path, detail=_short(error)) from None


def _iter_lines(container: etree._Element) -> Iterator[str | _TableEdge]:
    """The lines of a block container (body, content control) in order: one per
    paragraph, one per table row, an edge marker before and after each table."""
    for child in container.iterchildren():
        if child.tag == _W_P:
            yield _paragraph_text(child)
        elif child.tag == _W_TBL:
            yield _EDGE
            yield from _table_rows(child)
            yield _EDGE
        elif child.tag == _W_SDT:
            content = child.find(_W_SDT_CONTENT)
            if content is not None:
                yield from _iter_lines(content)
        elif child.tag == _W_CUSTOM_XML:
            yield from _iter_lines(child)


def _set_off_tables(lines: list[str | _TableEdge]) -> list[str]:
    """Turn edge markers into blank lines, but none at the very start or end of the text
    and never two blank lines where one would do."""
    result: list[str] = []
    at_edge = False
    for line in lines:
        if isinstance(line, _TableEdge):
            at_edge = True
            continue
        if at_edge and result and result[-1].strip() and line.strip():
            result.append("")
        at_edge = False
        result.append(line)
    return result


def _table_rows(table: etree._Element) -> list[str]:
    """One line per row of ``table``: its cells' texts separated by tabs, every row with
    as many cells (rows that end early get empty cells)."""
    rows = list(_row_cells(table))
    width = max((len(cells) for cells in rows), default=0)
    return [CELL_SEPARATOR.join(cells + [""] * (width - len(cells))) for cells in rows]


def _row_cells(table: etree._Element) -> Iterator[list[str]]:
    for row in table.iter(_W_TR):
        if _nearest_table(row) is not table:
            continue  # a row of a table nested in a cell: read with that cell
        cells = [""] * _grid_before(row)
        for cell in row.iter(_W_TC):
            if _nearest_row(cell) is not row:
                continue
            cells.append("" if _continues_vertical_merge(cell) else _cell_text(cell))
            cells.extend([""] * (_grid_span(cell) - 1))
        if any(cells):
            yield cells


def _cell_text(cell: etree._Element) -> str:
    """A cell's paragraphs (those of nested tables too) as one line of text."""
    texts = (_CELL_BREAKS.sub(" ", _paragraph_text(paragraph)).strip(" ")
             for paragraph in _iter_paragraphs(cell))
    return " ".join(text for text in texts if text)


def _grid_before(row: etree._Element) -> int:
    """Grid columns left empty before the row's first cell."""
    properties = row.find(_W_TR_PR)
    skipped = properties.find(_W_GRID_BEFORE) if properties is not None else None
    return _count(skipped.get(_W_VAL) if skipped is not None else None)


def _grid_span(cell: etree._Element) -> int:
    return _count(getattr(cell, "grid_span", 1))


def _count(value: object) -> int:
    try:
        return max(int(str(value)), 0) if value is not None else 0
    except ValueError:
        return 0


def _nearest_row(cell: etree._Element) -> etree._Element | None:
    parent = cell.getparent()
    while parent is not None and parent.tag != _W_TR:
        parent = parent.getparent()
    return parent


def _iter_paragraphs(container: etree._Element) -> Iterator[etree._Element]:
    """The ``w:p`` elements of a block container (body, cell, content control) in order."""
    for child in container.iterchildren():
        if child.tag == _W_P:
            yield child
        elif child.tag == _W_TBL:
            yield from _iter_table_paragraphs(child)
        elif child.tag == _W_SDT:
            content = child.find(_W_SDT_CONTENT)
            if content is not None:
                yield from _iter_paragraphs(content)
        elif child.tag == _W_CUSTOM_XML:
            yield from _iter_paragraphs(child)


def _iter_table_paragraphs(table: etree._Element) -> Iterator[etree._Element]:
    """Cells row by row (document order is row-major), each merged cell once.

    A horizontally merged cell is a single ``w:tc`` already (python-docx repeats it per
    grid column); the cells continuing a vertical merge repeat the cell above and are
    skipped. Cells of a nested table are read through the cell that holds the table.
    Searching descendants also finds rows and cells wrapped in content controls.
    """
    for cell in table.iter(_W_TC):
        if _nearest_table(cell) is table and not _continues_vertical_merge(cell):
            yield from _iter_paragraphs(cell)


def _nearest_table(element: etree._Element) -> etree._Element | None:
    parent = element.getparent()
    while parent is not None and parent.tag != _W_TBL:
        parent = parent.getparent()
    return parent


def _continues_vertical_merge(cell: etree._Element) -> bool:
    return getattr(cell, "vMerge", None) == "continue"


def _paragraph_text(paragraph: etree._Element) -> str:
    # python-docx's CT_R.text renders w:t, w:tab, w:br, w:cr and similar run content.
    # An XPath call is typed as every kind of XPath result; this one selects w:r elements.
    runs = cast("list[CT_R]", _VISIBLE_RUNS(paragraph))
    return "".join(run.text for run in runs)


def _megabytes(size: int) -> float:
    """Size in MiB to one decimal (rounded down), without ".0" when whole (200)."""
    tenths = size * 10 // MiB
    return tenths // 10 if tenths % 10 == 0 else tenths / 10


def _short(error: BaseException) -> str:
    detail = f"{type(error).__name__}: {error}".strip().rstrip(":")
    if len(detail) > _DETAIL_LENGTH:
        detail = detail[: _DETAIL_LENGTH - 1] + "…"
    return detail
