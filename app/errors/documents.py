"""Errors about the containers Telaah opens: Word documents, zip archives and XML."""

from __future__ import annotations

from dataclasses import dataclass

from app.errors.base import extra
from app.errors.files import FileProblem


@dataclass(eq=False, kw_only=True)
class CorruptDocument(FileProblem):
    """``detail`` says which check failed, in the zip or XML library's words."""

    template = (
        "{path}: the Word document is damaged or not a .docx file; open it in Word, "
        "save it as .docx and import it again."
    )


@dataclass(eq=False, kw_only=True)
class EncryptedDocument(FileProblem):
    template = (
        "{path}: the Word document is password-protected; "
        "remove the password in Word and import it again."
    )


@dataclass(eq=False, kw_only=True)
class LegacyWordDocument(EncryptedDocument):
    """An OLE compound file holding a Word 97–2003 .doc rather than an encrypted .docx.

    A subclass of :class:`EncryptedDocument` because both are OLE files that the user must
    re-save from Word as a plain .docx; only the advice differs.
    """

    template = (
        "{path}: this is an old Word 97-2003 document (.doc); "
        "open it in Word, save it as .docx and import it again."
    )


@dataclass(eq=False, kw_only=True)
class MacroDocument(FileProblem):
    template = (
        "{path}: macro-enabled documents are not imported; "
        "save it as a plain .docx and import it again."
    )


@dataclass(eq=False, kw_only=True)
class ArchiveBomb(FileProblem):
    template = "{path}: the archive would expand to more than {limit_mb} MB; it was not opened."

    limit_mb: float
    entry: str = extra("the archive member that crossed the limit, for --verbose")


@dataclass(eq=False, kw_only=True)
class ArchiveTooCompressed(ArchiveBomb):
    """A zip bomb caught by its compression ratio rather than by its expanded size."""

    template = (
        "{path}: the entry '{entry}' is compressed {ratio}:1, more than the {limit}:1 "
        "an ordinary file reaches (a zip bomb); it was not opened."
    )

    limit_mb: float = extra("not shown: the ratio, not the size, crossed its limit", 0)
    entry: str
    ratio: int
    limit: int


@dataclass(eq=False, kw_only=True)
class ArchiveTooManyEntries(FileProblem):
    template = (
        "{path}: the archive holds {count} entries, more than the limit of {limit}; "
        "it was not opened."
    )

    count: int
    limit: int


@dataclass(eq=False, kw_only=True)
class UnsafeArchive(FileProblem):
    template = "{path}: the archive contains an unsafe entry '{entry}'; it was not opened."

    entry: str


@dataclass(eq=False, kw_only=True)
class UnsafeXml(FileProblem):
    template = (
        "{path}: the XML declares a DOCTYPE or entities, which Telaah never processes; "
        "it was not opened."
    )

    entry: str = extra("the archive member holding the XML, for --verbose")


@dataclass(eq=False, kw_only=True)
class InvalidXml(FileProblem):
    """``detail`` is the XML parser's own message, kept for ``--verbose``."""

    template = "{path}: the XML is not valid (line {line})."

    line: int | None
