"""Typed errors shared by every layer.

Each error carries its data as attributes and an English message template. The template is
the translation key: the GUI (``app.ui.shell.error_messages``) and the CLI look it up in the
project's translation catalogue before formatting it, so one error has one wording in each
language. Templates name the file or the object concerned and, where possible, say what to
do next.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, ClassVar

Translate = Callable[[str], str]
_LINE_BREAK = re.compile(r"[^\S\r\n\x0b\x0c\x1c-\x1e\x85\u2028\u2029]*"
                         r"[\r\n\x0b\x0c\x1c-\x1e\x85\u2028\u2029]\s*")


def _identity(text: str) -> str:
    return text


# Values that are words of the message itself ("No code 'X'", "Invalid memo type"), not data:
# translated with the template. tools/update_translations.py collects the literals passed
# for them to error classes.
WORD_VALUES = frozenset({"kind", "field", "element"})
# Values that are phrases of the message where the template shows them ("Invalid memo
# title: '' (it is empty)"): translated too. Literal phrases are collected like the words
# above; a library's own text is never shown, so it never needs translating.
PHRASE_VALUES = frozenset({"detail"})


class TelaahError(Exception):
    """Base of every error a user can cause and act on."""

    template: ClassVar[str] = "{detail}"

    def __init__(self, **data: Any) -> None:
        self.data = data
        super().__init__(self.message())

    def __getattr__(self, name: str) -> Any:
        data = self.__dict__.get("data", {})
        if name in data:
            return data[name]
        raise AttributeError(name)

    def message(self, translate: Translate = _identity) -> str:
        """The message in the language ``translate`` maps the template to."""
        values = {key: _shown(value, translate, self.translates(key))
                  for key, value in self.data.items()}
        return _one_line(translate(self.template).format(**values))

    @classmethod
    def translates(cls, key: str) -> bool:
        """Whether the value of ``key`` is translated with the template (a word or a phrase
        the message shows)."""
        return key in WORD_VALUES or (key in PHRASE_VALUES and f"{{{key}}}" in cls.template)

    def technical_detail(self) -> str:
        """What went wrong in the words of the library or system that noticed it (a
        ``detail`` the template does not show, a ``technical`` value, the non-Telaah cause):
        never in the message itself, only for ``--verbose``, the log and "Show Details…";
        "" when there is nothing beyond the message."""
        parts = []
        if "detail" in self.data and "{detail}" not in self.template:
            parts.append(_display(self.data["detail"]))
        if "technical" in self.data:
            parts.append(_display(self.data["technical"]))
        cause = self.__cause__
        if cause is not None and not isinstance(cause, TelaahError):
            lines = str(cause).strip().splitlines()
            said = lines[0] if lines else ""
            if not any(said in part or part in said for part in parts if part):
                parts.append(f"{type(cause).__name__}: {said}".strip().rstrip(":"))
        return "; ".join(part for part in parts if part)


def _one_line(text: str) -> str:
    """``text`` with every line break (and the blanks around it) as one space: a message
    is one line, even when a name or a library's words inside it are not."""
    return _LINE_BREAK.sub(" ", text) if _LINE_BREAK.search(text) else text


def _shown(value: Any, translate: Translate, is_phrase: bool) -> str:
    """A value as the message shows it: another error as its own message in the same
    language, a word or phrase of the message translated, data as it is."""
    if isinstance(value, TelaahError):
        return value.message(translate)
    return translate(_display(value)) if is_phrase else _display(value)


def _display(value: Any) -> str:
    if isinstance(value, (list, tuple, set, frozenset)):
        return ", ".join(str(item) for item in value)
    return str(value)


# --- files and importers -------------------------------------------------------------------


class FileProblem(TelaahError):
    """Base of errors about one input file; ``path`` is always set."""

    template = "{path}: {detail}"


class FileNotFoundProblem(FileProblem):
    template = "{path}: the file does not exist."


class FileUnreadable(FileProblem):
    """``detail`` is the operating system's reason, kept for ``--verbose``."""

    template = "{path}: the file cannot be read."


class FileIsFolder(FileUnreadable):
    template = "{path}: this is a folder, not a file."


class FileNotRegular(FileUnreadable):
    template = "{path}: this is not an ordinary file (a device, pipe or socket)."


class FileReadDenied(FileUnreadable):
    template = "{path}: you are not allowed to read this file."


class FileEmpty(FileProblem):
    template = "{path}: the file contains no text."


class FileTooLarge(FileProblem):
    template = "{path}: the file is {size_mb} MB, more than the limit of {limit_mb} MB."


class BinaryFile(FileProblem):
    template = "{path}: this is not a text file (it contains binary data)."


class UnknownEncoding(FileProblem):
    template = (
        "{path}: the text is neither UTF-8, UTF-16 nor Windows-1252; "
        "save it as UTF-8 and import it again."
    )


class UnsupportedFileType(FileProblem):
    template = "{path}: files of type '{suffix}' cannot be imported; use .txt or .docx."


class CorruptDocument(FileProblem):
    """``detail`` says which check failed, in the zip or XML library's words."""

    template = (
        "{path}: the Word document is damaged or not a .docx file; open it in Word, "
        "save it as .docx and import it again."
    )


class EncryptedDocument(FileProblem):
    template = (
        "{path}: the Word document is password-protected; "
        "remove the password in Word and import it again."
    )


class MacroDocument(FileProblem):
    template = (
        "{path}: macro-enabled documents are not imported; "
        "save it as a plain .docx and import it again."
    )


class ArchiveBomb(FileProblem):
    template = "{path}: the archive would expand to more than {limit_mb} MB; it was not opened."


class ArchiveTooCompressed(ArchiveBomb):
    """A zip bomb caught by its compression ratio rather than by its expanded size."""

    template = (
        "{path}: the entry '{entry}' is compressed {ratio}:1, more than the {limit}:1 "
        "an ordinary file reaches (a zip bomb); it was not opened."
    )


class UnsafeArchive(FileProblem):
    template = "{path}: the archive contains an unsafe entry '{entry}'; it was not opened."


class UnsafeXml(FileProblem):
    template = (
        "{path}: the XML declares a DOCTYPE or entities, which Telaah never processes; "
        "it was not opened."
    )


class InvalidXml(FileProblem):
    """``detail`` is the XML parser's own message, kept for ``--verbose``."""

    template = "{path}: the XML is not valid (line {line})."


class InvalidCodebook(FileProblem):
    template = "{path}: not a usable codebook ({detail})."


class CodebookWrongRoot(InvalidCodebook):
    template = "{path}: not a usable codebook (the root element is <{root}>, not <CodeBook>)."


class CodebookWrongNamespace(InvalidCodebook):
    template = (
        "{path}: not a usable codebook (the root element is in the namespace '{namespace}', "
        "not '{expected}')."
    )


class CodeWithoutName(InvalidCodebook):
    template = "{path}: not a usable codebook (the code on line {line} has no name)."


class CodeColourInvalid(InvalidCodebook):
    template = (
        "{path}: not a usable codebook (the code '{code}' has the colour '{value}', "
        "not #RRGGBB)."
    )


class CodeCodableInvalid(InvalidCodebook):
    template = (
        "{path}: not a usable codebook (the code '{code}' has isCodable='{value}', "
        "not true or false)."
    )


class DuplicateCodeName(InvalidCodebook):
    template = (
        "{path}: not a usable codebook (two codes under '{parent}' have the same name: "
        "'{first}' and '{second}')."
    )


class DuplicateTopCodeName(InvalidCodebook):
    template = (
        "{path}: not a usable codebook (two codes at the top level have the same name: "
        "'{first}' and '{second}')."
    )


class InvalidSampleData(FileProblem):
    template = "{path}: {detail}"


class QuoteNotFound(FileProblem):
    template = "{path}, row {row}: the quote was not found in source '{source}': {quote}"


class QuoteAmbiguous(FileProblem):
    template = (
        "{path}, row {row}: the quote occurs {count} times in source '{source}'; "
        "make it longer so it is unique: {quote}"
    )


# --- projects ------------------------------------------------------------------------------


class ProjectProblem(TelaahError):
    template = "{path}: {detail}"


class ProjectNotFound(ProjectProblem):
    template = "{path}: no such project; create it with 'telaah new'."


class ProjectExists(ProjectProblem):
    template = "{path}: a file of that name already exists; choose another name."


class NotAProject(ProjectProblem):
    """``detail`` says why, in SQLite's words, kept for ``--verbose``."""

    template = "{path}: this file is not a Telaah project (or it is damaged)."


class FolderNotFound(FileProblem):
    template = "{path}: the folder does not exist; create it first or choose another folder."


class ProjectTooNew(ProjectProblem):
    template = (
        "{path}: the project was written by a newer version of Telaah "
        "(schema {found}); update Telaah to open it."
    )


# --- objects inside a project --------------------------------------------------------------


class NotFound(TelaahError):
    template = "No {kind} '{key}' in this project."


class AmbiguousName(TelaahError):
    template = "'{key}' matches several {kind}s: {candidates}. Give the full path."


class DuplicateName(TelaahError):
    template = "A {kind} named '{name}' already exists here."


class InvalidValue(TelaahError):
    template = "Invalid {field}: '{value}' ({detail})."


class InformantHasSources(TelaahError):
    template = (
        "{count} source(s) are linked to informant '{informant}'; nothing was removed. "
        "Link them to another informant first, or remove it anyway with --force (the "
        "sources stay, without informant)."
    )


class OffsetsOutOfRange(TelaahError):
    template = (
        "Segment [{start}, {end}) does not fit source '{source}', "
        "whose text has {length} characters."
    )


class CodeNotCodable(TelaahError):
    template = "The code '{code}' is a category and cannot be applied to text."


# --- added for the source-file readers (app.io) --------------------------------------------


class UnknownEncodingName(FileProblem):
    template = "{path}: '{encoding}' is not a text encoding Telaah knows; choose another one."


class LegacyWordDocument(EncryptedDocument):
    """An OLE compound file holding a Word 97–2003 .doc rather than an encrypted .docx.

    A subclass of :class:`EncryptedDocument` because both are OLE files that the user must
    re-save from Word as a plain .docx; only the advice differs.
    """

    template = (
        "{path}: this is an old Word 97-2003 document (.doc); "
        "open it in Word, save it as .docx and import it again."
    )


# --- added for the codebook reader and writer (app.io) -------------------------------------


class FileUnwritable(FileProblem):
    """``detail`` is the operating system's reason, kept for ``--verbose``."""

    template = "{path}: the file cannot be written; nothing was changed."


class FileWriteDenied(FileUnwritable):
    template = "{path}: you are not allowed to write here; nothing was changed."


class WriteFolderMissing(FileUnwritable):
    template = "{path}: the folder {folder} does not exist; nothing was written."


class DiskFull(FileUnwritable):
    template = "{path}: the disk is full; nothing was changed."


class InvalidExport(FileProblem):
    """Telaah built a file that breaks its published schema: a bug, reported not written."""

    template = (
        "{path}: Telaah produced a file that does not follow the REFI-QDA schema; "
        "nothing was written. Please report this problem with the output of --verbose."
    )


# --- added for tables (informant metadata, reference coding) -------------------------------


class InvalidTable(FileProblem):
    template = "{path}, row {row}: {detail}"


class TableRowUnreadable(InvalidTable):
    """``detail`` is the CSV reader's message, kept for ``--verbose``."""

    template = "{path}, row {row}: the row cannot be read as CSV; check its quotation marks."


class TableRowWidth(InvalidTable):
    template = "{path}, row {row}: the row has {count} values but the header has {columns} columns."


class TableValueMissing(InvalidTable):
    template = "{path}, row {row}: the column '{column}' is empty."


class TableValueNotAllowed(InvalidTable):
    template = "{path}, row {row}: '{value}' in the column '{column}' is not one of: {allowed}."


class TableDuplicateId(InvalidTable):
    template = "{path}, row {row}: the id {key} appears twice."


class MissingColumns(FileProblem):
    template = "{path}: the table lacks the column(s) {columns}."


class DataMissing(TelaahError):
    template = (
        "Telaah's shipped data ({what}) is missing; reinstall Telaah or set TELAAH_DATA_DIR."
    )


class DatabaseProblem(ProjectProblem):
    """``detail`` is the database's own message, kept for ``--verbose``."""

    template = "{path}: the project database reported a problem; nothing was changed."


class ProjectUnreachable(ProjectProblem):
    """``detail`` is the server's own message, kept for ``--verbose``."""

    template = (
        "{path}: the database server cannot be reached or refused the login; "
        "check the address, user name and password."
    )


# --- added for supervisor review and ownership of segments --------------------------------


class NotOwnSegment(TelaahError):
    template = (
        "{actor} cannot change or delete segment {segment}: it was coded by {owner}. "
        "Comment in its review thread instead."
    )


class NotSupervisor(TelaahError):
    template = "{actor} is not a supervisor, so cannot give review verdicts."


class CommentRequired(TelaahError):
    template = "This verdict needs a comment that tells the coder what to change."


class RevisionCommentRequired(CommentRequired):
    template = (
        "Sending a segment back for revision needs a comment that tells the coder what to "
        "change."
    )


class RejectionCommentRequired(CommentRequired):
    template = "Rejecting a segment needs a comment that tells the coder why."


class SegmentChangedSinceLoaded(TelaahError):
    template = (
        "The segment “{segment}” was changed by its coder after the review queue showed it; "
        "look at it again before giving a verdict. Nothing was changed."
    )


class VerdictSuperseded(TelaahError):
    template = (
        "The verdict on “{segment}” cannot be undone: the segment's review status changed "
        "since it was given. Nothing was changed."
    )


# --- added for REFI-QDA projects (.qdpx), search, quote verification and revision ----------


class Cancelled(TelaahError):
    template = "The operation was cancelled; nothing was changed."


class ArchiveTooManyEntries(FileProblem):
    template = (
        "{path}: the archive holds {count} entries, more than the limit of {limit}; "
        "it was not opened."
    )


class NotAQdpxArchive(FileProblem):
    """``detail`` says which check failed, kept for ``--verbose``."""

    template = "{path}: this is not a REFI-QDA project (.qdpx) archive, or it is damaged."


class QdpxMissingSources(FileProblem):
    template = (
        "{path}: the text of {count} source(s) is missing from the archive: {names}. "
        "Nothing was imported; import again with --skip-missing-sources to leave them out."
    )


class QdpxBadPositions(FileProblem):
    """Selections whose positions are not numbers, run backwards or leave their text."""

    template = (
        "{path}: {count} coded selection(s) have positions Telaah cannot use: "
        "{not_number} not a number, {reversed} with the start after the end, {outside} outside "
        "the text (first: '{selection}' in source '{source}', start {start}, end {end}); "
        "nothing was imported."
    )


class QdpxDuplicateGuid(FileProblem):
    template = (
        "{path}: the {kind} GUID {guid} is used twice ('{first}' and '{second}'); "
        "nothing was imported."
    )


class QdpxUnknownReference(FileProblem):
    template = (
        "{path}: {element} '{name}' refers to a {kind} that does not exist ({guid}); "
        "nothing was imported."
    )


class InvalidSearchPattern(TelaahError):
    """``detail`` is the regular-expression library's message, kept for ``--verbose``."""

    template = (
        "The regular expression '{pattern}' is not valid; check its brackets, "
        "parentheses and backslashes."
    )


class StaleSearchHit(TelaahError):
    template = (
        "The text of source '{source}' changed since the search; search again before "
        "coding the hits."
    )


# --- added for conclusion drawing and verification -----------------------------------------


class OverrideReasonRequired(TelaahError):
    template = (
        "The verdict '{verdict}' differs from the suggested '{suggested}'; "
        "write the reason for the override."
    )


class UnknownVerdict(TelaahError):
    template = "'{verdict}' is not on this project's verdict scale: {scale}."


class UnsupportedExportType(FileProblem):
    template = "{path}: Telaah cannot write '{suffix}' files here; use {allowed}."


# --- added for the triangulation matrix and Word/Excel exports -----------------------------


class ExportCancelled(FileProblem):
    template = "{path}: the export was cancelled; no file was written."


class RationaleRequired(TelaahError):
    template = "The analyst's judgement of '{code}' needs a written rationale."


# --- added for reliability: backups and session locks ----------------------------------------


class BackupProblem(ProjectProblem):
    """``detail`` is the system's reason, kept for ``--verbose``."""

    template = "{path}: the backup could not be made or restored; the project is unchanged."


class BackupNotFound(BackupProblem):
    template = "{path}: there is no such backup; the project is unchanged."


class ProjectLocked(ProjectProblem):
    template = (
        "{path} is open in Telaah by {user} on {host} (since {since}). "
        "Open it read-only, or close it there first."
    )


class ProjectDamaged(ProjectProblem):
    """``detail`` says what SQLite found, kept for ``--verbose``."""

    template = (
        "{path} is damaged and cannot be read. Earlier states are kept as backups: "
        "'telaah backup list {path}' lists them and 'telaah backup restore {path} 1' brings "
        "back the newest (the damaged file is kept aside)."
    )


class ProjectNotWritable(ProjectProblem):
    template = (
        "{path}: the file or its folder is read-only, so nothing can be saved there. Reading "
        "works; to work on it, copy it to a folder you can write to ('telaah copy')."
    )


class ProjectInUse(ProjectProblem):
    template = "{path} is open in this window; close it before replacing it with a backup."


class FileIsOpenProject(FileProblem):
    template = (
        "{path} is the project that is open now; choose another file to import or to "
        "write to."
    )


class ReadOnlyProject(ProjectProblem):
    template = "{path} is open read-only; nothing can be changed in it now."


# --- added for intercoder agreement ---------------------------------------------------------


class TooFewCoders(TelaahError):
    template = "Agreement compares two or more different coders; got: {coders}."


class NothingToCompare(TelaahError):
    template = (
        "The coders {coders} have coded no source in common, so there is nothing to compare; "
        "use --all-sources to compare every source."
    )


class StaleDisagreement(TelaahError):
    template = (
        "Segment {segment} changed or was deleted since agreement was computed; "
        "compute agreement again before resolving this disagreement. Nothing was changed."
    )


# --- added for the bad-input corpus ---------------------------------------------------------


class MixedEncoding(FileProblem):
    template = (
        "{path}: parts of the text are UTF-8 and parts are in another encoding; "
        "open it in a text editor, save it as UTF-8 and import it again."
    )


class ParagraphTooLong(FileProblem):
    template = (
        "{path}: line {line} is {length} characters long, more than the {limit} a paragraph "
        "may have; split the text into paragraphs and import it again."
    )


# --- added for merging copies and reviewing in Word (issue 22) ------------------------------


class MergeSameProject(ProjectProblem):
    template = "{path} is this project itself; choose the other coder's copy to merge."


class ReviewDocumentForeign(FileProblem):
    template = (
        "{path}: this Word document was not written by 'telaah review export' (it has no "
        "Telaah segment marks); export a review document and send that one to the supervisor."
    )


class ReviewDocumentOtherProject(FileProblem):
    template = (
        "{path}: this review document was exported from another project; import it into "
        "that project."
    )
