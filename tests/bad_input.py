"""The bad-input corpus: hostile and malformed files for every importer, built on demand.

Each entry names the command that reads the file and the error class it must raise. The
files are generated (not committed) so the corpus cannot rot and the 200 MB file costs no
disk: it is sparse.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from docx import Document

from app import errors


@dataclass(frozen=True)
class BadFile:
    name: str
    build: Callable[[Path], None]
    command: str  # "import", "informants", "codebook", "code", "qdpx" (import into a new project)
    error: type[errors.TelaahError]
    what: str


def _write(data: bytes) -> Callable[[Path], None]:
    return lambda path: path.write_bytes(data)


def _docx_bytes(text: str = "P: Apa kabar?\nI: Baik.") -> bytes:
    document = Document()
    for line in text.split("\n"):
        document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _rezip(replace: dict[str, bytes], extra: dict[str, bytes] | None = None,
           compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(_docx_bytes()))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as target:
        for item in source.infolist():
            target.writestr(item.filename, replace.get(item.filename, source.read(item.filename)))
        for name, data in (extra or {}).items():
            target.writestr(name, data)
    return buffer.getvalue()


def _zip_bomb(path: Path) -> None:
    path.write_bytes(_rezip({"word/document.xml": b"<" + b"a" * (300 * 1024 * 1024)}))


def _sparse(size: int) -> Callable[[Path], None]:
    def build(path: Path) -> None:
        with path.open("wb") as handle:
            handle.truncate(size)
    return build


def _folder(path: Path) -> None:
    path.mkdir()


XXE = (b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
       b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
       b"<w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>")
LAUGHS = (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
          + b"".join(b'<!ENTITY lol%d "%s">'
                     % (n, (b"&lol%d;" % (n - 1) if n > 1 else b"&lol;") * 10)
                     for n in range(1, 10))
          + b']><CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes><Code guid="x" name="&lol9;"'
          b' isCodable="true"/></Codes></CodeBook>')
CODEBOOK_XXE = (b'<?xml version="1.0"?><!DOCTYPE c [<!ENTITY e SYSTEM "http://example.org/x">]>'
                b'<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes/></CodeBook>')
OLE_HEADER = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504

# --- REFI-QDA archives that once imported wrong data silently (issue 17) ------------------
QDPX_TEXT = "Pewawancara: Bagaimana pelatihan?\nInforman 3: Pelatihan sudah dua kali.\n"
_SHARED_GUID = "D1B2C3D4-0000-4000-8000-000000000001"


def _qdpx(body: str, texts: dict[str, str] | None = None) -> Callable[[Path], None]:
    from tests.io.qdpx_builders import project_xml, zip_bytes

    members = {"project.qde": project_xml(body)}
    for name, text in (texts if texts is not None else {"s.txt": QDPX_TEXT}).items():
        members[f"sources/{name}"] = text.encode("utf-8")
    return _write(zip_bytes(members))


def _selection(number: int, start: str, end: str, code: str) -> str:
    return (f'<PlainTextSelection guid="B1B2C3D4-0000-4000-8000-{number:012d}" name="s{number}" '
            f'startPosition="{start}" endPosition="{end}"><Coding guid="C1B2C3D4-0000-4000-8000-'
            f'{number:012d}"><CodeRef targetGUID="{code}"/></Coding></PlainTextSelection>')


def _qdpx_positions(*positions: tuple[str, str]) -> Callable[[Path], None]:
    from tests.io.qdpx_builders import CODE_A, SOURCE, codebook_xml

    selections = "".join(_selection(n, start, end, CODE_A)
                         for n, (start, end) in enumerate(positions))
    return _qdpx(codebook_xml() + f'<Sources><TextSource guid="{SOURCE}" name="I3" '
                 f'plainTextPath="internal://s.txt">{selections}</TextSource></Sources>')


def _qdpx_shared_category_guid() -> Callable[[Path], None]:
    from tests.io.qdpx_builders import SOURCE

    codebook = (f'<CodeBook><Codes><Code guid="{_SHARED_GUID}" name="Upaya" isCodable="false">'
                f'<Code guid="{_SHARED_GUID}" name="Pelatihan" isCodable="true"/></Code>'
                "</Codes></CodeBook>")
    return _qdpx(codebook + f'<Sources><TextSource guid="{SOURCE}" name="I3" plainTextPath='
                 f'"internal://s.txt">{_selection(1, "46", "55", _SHARED_GUID)}</TextSource>'
                 "</Sources>")


def _qdpx_two_sources_one_guid() -> Callable[[Path], None]:
    from tests.io.qdpx_builders import SOURCE, codebook_xml

    source = f'<TextSource guid="{SOURCE}" name="{{name}}" plainTextPath="internal://s.txt"/>'
    return _qdpx(codebook_xml() + "<Sources>" + source.format(name="I3") +
                 source.format(name="I4") + "</Sources>")


def _qdpx_two_users_one_guid() -> Callable[[Path], None]:
    from tests.io.qdpx_builders import USER, codebook_xml, project_xml, zip_bytes

    xml = project_xml(f'<Users><User guid="{USER}" name="Budi"/></Users>' + codebook_xml())
    return _write(zip_bytes({"project.qde": xml.replace(b"</Users><Users>", b"")}))


def _qdpx_missing_text_with_a_line_break() -> Callable[[Path], None]:
    from tests.io.qdpx_builders import SOURCE, codebook_xml

    return _qdpx(codebook_xml() + f'<Sources><TextSource guid="{SOURCE}" name="Wawancara&#10;'
                 f'kedua" plainTextPath="internal://hilang.txt"/></Sources>')


def _compressible_docx(path: Path) -> None:
    path.write_bytes(_rezip({}, {"word/media/isian.xml": b"a" * (8 * 1024 * 1024)}))


def _compressible_qdpx(path: Path) -> None:
    from tests.io.qdpx_builders import project_xml, zip_bytes

    path.write_bytes(zip_bytes({"project.qde": project_xml(""),
                                "sources/isian.txt": b" " * (4 * 1024 * 1024)}))

CORPUS: tuple[BadFile, ...] = (
    BadFile("rusak.docx", _write(b"PK\x03\x04" + bytes(range(256)) * 4), "import",
            errors.CorruptDocument, "corrupt .docx"),
    BadFile("terpotong.docx", lambda p: p.write_bytes(_docx_bytes()[:2000]), "import",
            errors.CorruptDocument, "truncated .docx"),
    BadFile("terkunci.docx", _write(OLE_HEADER), "import", errors.EncryptedDocument,
            "encrypted .docx (OLE container)"),
    BadFile("makro.docm", lambda p: p.write_bytes(_docx_bytes()), "import",
            errors.MacroDocument, "macro-enabled .docm"),
    BadFile("makro-tersembunyi.docx",
            lambda p: p.write_bytes(_rezip({}, {"word/vbaProject.bin": b"\0" * 64})), "import",
            errors.MacroDocument, ".docx carrying a VBA project"),
    BadFile("bom-zip.docx", _zip_bomb, "import", errors.ArchiveBomb, "zip bomb in a .docx"),
    BadFile("xxe.docx", lambda p: p.write_bytes(_rezip({"word/document.xml": XXE})), "import",
            errors.UnsafeXml, ".docx whose XML declares an external entity"),
    BadFile("lintasan.docx",
            lambda p: p.write_bytes(_rezip({}, {"../../evil.txt": b"x"})), "import",
            errors.UnsafeArchive, ".docx with a ../ member path"),
    BadFile("kosong.docx", lambda p: p.write_bytes(_docx_bytes("   ")), "import",
            errors.FileEmpty, ".docx without text"),
    BadFile("biner.txt", _write(bytes(range(256)) * 64), "import", errors.BinaryFile,
            "binary data named .txt"),
    BadFile("gambar.txt", _write(b"\x89PNG\r\n\x1a\n" + b"\0\x01\x02" * 300), "import",
            errors.BinaryFile, "a PNG image named .txt"),
    BadFile("nul.txt", _write(b"Informan: baik\0\0\0 sekali\n" * 50), "import",
            errors.BinaryFile, "text with NUL bytes"),
    BadFile("campuran.txt", _write("Informan: café ".encode() + b"na\xefve\n"), "import",
            errors.MixedEncoding, "UTF-8 mixed with another encoding"),
    BadFile("utf16-rusak.txt", _write(b"\xff\xfe" + "Informan".encode("utf-16-le") + b"\x00\xd8"),
            "import", errors.UnknownEncoding, "UTF-16 with a broken surrogate"),
    BadFile("kosong.txt", _write(b""), "import", errors.FileEmpty, "empty file"),
    BadFile("spasi.txt", _write(b" \n\t\n  \r\n"), "import", errors.FileEmpty,
            "whitespace only"),
    BadFile("raksasa.txt", _sparse(200 * 1024 * 1024), "import", errors.FileTooLarge,
            "a 200 MB file"),
    BadFile("satu-baris.txt", _write(b"kata " * (1024 * 1024)), "import",
            errors.ParagraphTooLong, "a single 5 MB line"),
    BadFile("folder.txt", _folder, "import", errors.FileUnreadable, "a folder named .txt"),
    # PDFs are imported since the PDF sources: a header with nothing after it is damaged.
    BadFile("laporan.pdf", _write(b"%PDF-1.7\n"), "import", errors.DamagedPdf,
            "a PDF cut off after its header"),
    BadFile("laporan.odt", _write(b"PK\x03\x04mimetypeapplication/vnd.oasis.opendocument.text"),
            "import", errors.UnsupportedFileType, "an unsupported type (.odt)"),
    BadFile("informan-ganda.csv", _write(b"id,pseudonym,role,type\nI1,A,r,kunci\nI1,B,r,utama\n"),
            "informants", errors.InvalidTable, "informant table with a duplicate id"),
    BadFile("informan-kolom.csv", _write(b"nama,peran\nA,r\n"), "informants",
            errors.MissingColumns, "informant table without its columns"),
    BadFile("informan-biner.csv", _write(bytes(range(256)) * 8), "informants",
            errors.BinaryFile, "binary data named .csv"),
    BadFile("kode-rusak.qdc", _write(b"<CodeBook><Codes>"), "codebook", errors.InvalidXml,
            "codebook that is not well-formed XML"),
    BadFile("kode-xxe.qdc", _write(CODEBOOK_XXE), "codebook", errors.UnsafeXml,
            "codebook with an external entity"),
    BadFile("kode-tawa.qdc", _write(LAUGHS), "codebook", errors.UnsafeXml,
            "billion-laughs codebook"),
    BadFile("kode-salah.qdc",
            _write(b'<?xml version="1.0"?><Project xmlns="urn:QDA-XML:project:1.0"/>'),
            "codebook", errors.InvalidCodebook, "XML that is not a codebook"),
    BadFile("offset", _write(b""), "code", errors.OffsetsOutOfRange,
            "a segment with offsets outside the text"),
    BadFile("padat.docx", _compressible_docx, "import", errors.ArchiveTooCompressed,
            ".docx compressed beyond any real document (ratio, not size)"),
    BadFile("padat.qdpx", _compressible_qdpx, "qdpx", errors.ArchiveTooCompressed,
            ".qdpx compressed beyond any real project (ratio, not size)"),
    BadFile("guid-kategori.qdpx", _qdpx_shared_category_guid(), "qdpx",
            errors.QdpxDuplicateGuid, "a category with its child's GUID"),
    BadFile("guid-sumber.qdpx", _qdpx_two_sources_one_guid(), "qdpx", errors.QdpxDuplicateGuid,
            "two sources with one GUID"),
    BadFile("guid-pengguna.qdpx", _qdpx_two_users_one_guid(), "qdpx", errors.QdpxDuplicateGuid,
            "two users with one GUID"),
    BadFile("posisi-hex.qdpx", _qdpx_positions(("0x10", "20"), ("0", "11")), "qdpx",
            errors.QdpxBadPositions, "selection positions that are not numbers"),
    BadFile("posisi-terbalik.qdpx", _qdpx_positions(("30", "20")), "qdpx",
            errors.QdpxBadPositions, "a selection whose start is after its end"),
    BadFile("posisi-luar.qdpx", _qdpx_positions(("5", "9999"), ("-3", "4")), "qdpx",
            errors.QdpxBadPositions, "selections outside their text"),
    BadFile("teks-hilang.qdpx", _qdpx_missing_text_with_a_line_break(), "qdpx",
            errors.QdpxMissingSources, "a missing text whose source name has a line break"),
)
