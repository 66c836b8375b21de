"""Errors about one file Telaah reads or writes: missing, unreadable, not text, too large,
not writable."""

from __future__ import annotations

from dataclasses import dataclass

from app.errors.base import Location, TelaahError, extra


@dataclass(eq=False, kw_only=True)
class FileProblem(TelaahError):
    """Base of errors about one input file; ``path`` is always set."""

    template = "{path}: {detail}"

    path: Location


@dataclass(eq=False, kw_only=True)
class FileNotFoundProblem(FileProblem):
    template = "{path}: the file does not exist."


@dataclass(eq=False, kw_only=True)
class FileUnreadable(FileProblem):
    """``detail`` is the operating system's reason, kept for ``--verbose``."""

    template = "{path}: the file cannot be read."


@dataclass(eq=False, kw_only=True)
class FileIsFolder(FileUnreadable):
    template = "{path}: this is a folder, not a file."


@dataclass(eq=False, kw_only=True)
class FileNotRegular(FileUnreadable):
    template = "{path}: this is not an ordinary file (a device, pipe or socket)."


@dataclass(eq=False, kw_only=True)
class FileReadDenied(FileUnreadable):
    template = "{path}: you are not allowed to read this file."


@dataclass(eq=False, kw_only=True)
class FileEmpty(FileProblem):
    template = "{path}: the file contains no text."


@dataclass(eq=False, kw_only=True)
class FileTooLarge(FileProblem):
    template = "{path}: the file is {size_mb} MB, more than the limit of {limit_mb} MB."

    size_mb: float
    limit_mb: float
    size_bytes: int = extra("the exact size, for callers that compare it", 0)
    limit_bytes: int = extra("the exact limit, for callers that compare it", 0)


@dataclass(eq=False, kw_only=True)
class BinaryFile(FileProblem):
    template = "{path}: this is not a text file (it contains binary data)."


@dataclass(eq=False, kw_only=True)
class UnknownEncoding(FileProblem):
    template = (
        "{path}: the text is neither UTF-8, UTF-16 nor Windows-1252; "
        "save it as UTF-8 and import it again."
    )

    encoding: str = extra("the encoding that was tried last, for --verbose")


@dataclass(eq=False, kw_only=True)
class UnknownEncodingName(FileProblem):
    template = "{path}: '{encoding}' is not a text encoding Telaah knows; choose another one."

    encoding: str


@dataclass(eq=False, kw_only=True)
class MixedEncoding(FileProblem):
    template = (
        "{path}: parts of the text are UTF-8 and parts are in another encoding; "
        "open it in a text editor, save it as UTF-8 and import it again."
    )


@dataclass(eq=False, kw_only=True)
class ParagraphTooLong(FileProblem):
    template = (
        "{path}: line {line} is {length} characters long, more than the {limit} a paragraph "
        "may have; split the text into paragraphs and import it again."
    )

    line: int
    length: int
    limit: int


@dataclass(eq=False, kw_only=True)
class UnsupportedFileType(FileProblem):
    template = ("{path}: files of type '{suffix}' cannot be imported; use .txt, .docx, .pdf or "
                "a JPEG, PNG or TIFF photo.")

    suffix: str


@dataclass(eq=False, kw_only=True)
class FolderNotFound(FileProblem):
    template = "{path}: the folder does not exist; create it first or choose another folder."


@dataclass(eq=False, kw_only=True)
class FileIsOpenProject(FileProblem):
    template = (
        "{path} is the project that is open now; choose another file to import or to "
        "write to."
    )


# --- writing ---------------------------------------------------------------------------------


@dataclass(eq=False, kw_only=True)
class FileUnwritable(FileProblem):
    """``detail`` is the operating system's reason, kept for ``--verbose``."""

    template = "{path}: the file cannot be written; nothing was changed."


@dataclass(eq=False, kw_only=True)
class FileWriteDenied(FileUnwritable):
    template = "{path}: you are not allowed to write here; nothing was changed."


@dataclass(eq=False, kw_only=True)
class WriteFolderMissing(FileUnwritable):
    template = "{path}: the folder {folder} does not exist; nothing was written."

    folder: Location


@dataclass(eq=False, kw_only=True)
class DiskFull(FileUnwritable):
    template = "{path}: the disk is full; nothing was changed."


@dataclass(eq=False, kw_only=True)
class UnsupportedExportType(FileProblem):
    template = "{path}: Telaah cannot write '{suffix}' files here; use {allowed}."

    suffix: str
    allowed: list[str]


@dataclass(eq=False, kw_only=True)
class ExportCancelled(FileProblem):
    template = "{path}: the export was cancelled; no file was written."
