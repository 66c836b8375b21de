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
    command: str  # "import", "informants", "codebook", "code"
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
          + b"".join(b'<!ENTITY lol%d "%s">' % (n, (b"&lol%d;" % (n - 1) if n > 1 else b"&lol;") * 10)
                     for n in range(1, 10))
          + b']><CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes><Code guid="x" name="&lol9;"'
          b' isCodable="true"/></Codes></CodeBook>')
CODEBOOK_XXE = (b'<?xml version="1.0"?><!DOCTYPE c [<!ENTITY e SYSTEM "http://example.org/x">]>'
                b'<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes/></CodeBook>')
OLE_HEADER = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504

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
    BadFile("laporan.pdf", _write(b"%PDF-1.7\n"), "import", errors.UnsupportedFileType,
            "an unsupported type (.pdf)"),
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
    BadFile("kode-salah.qdc", _write(b'<?xml version="1.0"?><Project xmlns="urn:QDA-XML:project:1.0"/>'),
            "codebook", errors.InvalidCodebook, "XML that is not a codebook"),
    BadFile("offset", _write(b""), "code", errors.OffsetsOutOfRange,
            "a segment with offsets outside the text"),
)
