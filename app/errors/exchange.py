"""Errors about the files Telaah exchanges with people and other programs: codebooks,
tables (informant metadata, reference coding, draft quotes), REFI-QDA projects and review
documents."""

from __future__ import annotations

from dataclasses import dataclass

from app.errors.base import TelaahError, extra
from app.errors.files import FileProblem

# --- codebooks -------------------------------------------------------------------------------


@dataclass(eq=False, kw_only=True)
class InvalidCodebook(FileProblem):
    template = "{path}: not a usable codebook ({detail})."


@dataclass(eq=False, kw_only=True)
class CodebookWrongRoot(InvalidCodebook):
    template = "{path}: not a usable codebook (the root element is <{root}>, not <CodeBook>)."

    root: str


@dataclass(eq=False, kw_only=True)
class CodebookWrongNamespace(InvalidCodebook):
    template = (
        "{path}: not a usable codebook (the root element is in the namespace '{namespace}', "
        "not '{expected}')."
    )

    namespace: str | None
    expected: str


@dataclass(eq=False, kw_only=True)
class CodeWithoutName(InvalidCodebook):
    template = "{path}: not a usable codebook (the code on line {line} has no name)."

    line: int | None


@dataclass(eq=False, kw_only=True)
class CodeColourInvalid(InvalidCodebook):
    template = (
        "{path}: not a usable codebook (the code '{code}' has the colour '{value}', "
        "not #RRGGBB)."
    )

    code: str
    value: str


@dataclass(eq=False, kw_only=True)
class CodeCodableInvalid(InvalidCodebook):
    template = (
        "{path}: not a usable codebook (the code '{code}' has isCodable='{value}', "
        "not true or false)."
    )

    code: str
    value: str


@dataclass(eq=False, kw_only=True)
class DuplicateCodeName(InvalidCodebook):
    template = (
        "{path}: not a usable codebook (two codes under '{parent}' have the same name: "
        "'{first}' and '{second}')."
    )

    parent: str
    first: str
    second: str


@dataclass(eq=False, kw_only=True)
class DuplicateTopCodeName(InvalidCodebook):
    template = (
        "{path}: not a usable codebook (two codes at the top level have the same name: "
        "'{first}' and '{second}')."
    )

    first: str
    second: str


@dataclass(eq=False, kw_only=True)
class InvalidExport(FileProblem):
    """Telaah built a file that breaks its published schema: a bug, reported not written."""

    template = (
        "{path}: Telaah produced a file that does not follow the REFI-QDA schema; "
        "nothing was written. Please report this problem with the output of --verbose."
    )

    problems: list[str] = extra("every schema violation, the first is the detail", None)


# --- tables ----------------------------------------------------------------------------------


@dataclass(eq=False, kw_only=True)
class InvalidSampleData(FileProblem):
    template = "{path}: {detail}"


@dataclass(eq=False, kw_only=True)
class QuoteNotFound(FileProblem):
    template = "{path}, row {row}: the quote was not found in source '{source}': {quote}"

    row: int
    source: str
    quote: str


@dataclass(eq=False, kw_only=True)
class QuoteAmbiguous(FileProblem):
    template = (
        "{path}, row {row}: the quote occurs {count} times in source '{source}'; "
        "make it longer so it is unique: {quote}"
    )

    row: int
    count: int
    source: str
    quote: str


@dataclass(eq=False, kw_only=True)
class InvalidTable(FileProblem):
    template = "{path}, row {row}: {detail}"

    row: int


@dataclass(eq=False, kw_only=True)
class TableRowUnreadable(InvalidTable):
    """``detail`` is the CSV reader's message, kept for ``--verbose``."""

    template = "{path}, row {row}: the row cannot be read as CSV; check its quotation marks."


@dataclass(eq=False, kw_only=True)
class TableRowWidth(InvalidTable):
    template = "{path}, row {row}: the row has {count} values but the header has {columns} columns."

    count: int
    columns: int


@dataclass(eq=False, kw_only=True)
class TableValueMissing(InvalidTable):
    template = "{path}, row {row}: the column '{column}' is empty."

    column: str


@dataclass(eq=False, kw_only=True)
class TableValueNotAllowed(InvalidTable):
    template = "{path}, row {row}: '{value}' in the column '{column}' is not one of: {allowed}."

    value: str
    column: str
    allowed: list[str]


@dataclass(eq=False, kw_only=True)
class TableRowRefused(InvalidTable):
    """The core refused what a row asks for; ``problem`` says why, in the same language."""

    template = "{path}, row {row}: {problem} Nothing from the file was stored."

    problem: TelaahError


@dataclass(eq=False, kw_only=True)
class TableDuplicateId(InvalidTable):
    template = "{path}, row {row}: the id {key} appears twice."

    key: str


@dataclass(eq=False, kw_only=True)
class MissingColumns(FileProblem):
    template = "{path}: the table lacks the column(s) {columns}."

    columns: list[str]


# --- REFI-QDA projects (.qdpx) ---------------------------------------------------------------


@dataclass(eq=False, kw_only=True)
class NotAQdpxArchive(FileProblem):
    """``detail`` says which check failed, kept for ``--verbose``."""

    template = "{path}: this is not a REFI-QDA project (.qdpx) archive, or it is damaged."


@dataclass(eq=False, kw_only=True)
class QdpxMissingSources(FileProblem):
    template = (
        "{path}: the text of {count} source(s) is missing from the archive: {names}. "
        "Nothing was imported; import again with --skip-missing-sources to leave them out."
    )

    count: int
    names: list[str]


@dataclass(eq=False, kw_only=True)
class QdpxBadPositions(FileProblem):
    """Selections whose positions are not numbers, run backwards or leave their text."""

    template = (
        "{path}: {count} coded selection(s) have positions Telaah cannot use: "
        "{not_number} not a number, {reversed} with the start after the end, {outside} outside "
        "the text (first: '{selection}' in source '{source}', start {start}, end {end}); "
        "nothing was imported."
    )

    count: int
    not_number: int
    reversed: int
    outside: int
    selection: str
    source: str
    start: int | str | None
    end: int | str | None


@dataclass(eq=False, kw_only=True)
class QdpxDuplicateGuid(FileProblem):
    template = (
        "{path}: the {kind} GUID {guid} is used twice ('{first}' and '{second}'); "
        "nothing was imported."
    )

    kind: str
    guid: str
    first: str
    second: str


@dataclass(eq=False, kw_only=True)
class QdpxUnknownReference(FileProblem):
    template = (
        "{path}: {element} '{name}' refers to a {kind} that does not exist ({guid}); "
        "nothing was imported."
    )

    element: str
    name: str
    kind: str
    guid: str | None


# --- review documents in Word ----------------------------------------------------------------


@dataclass(eq=False, kw_only=True)
class ReviewDocumentForeign(FileProblem):
    template = (
        "{path}: this Word document was not written by 'telaah review export' (it has no "
        "Telaah segment marks); export a review document and send that one to the supervisor."
    )


@dataclass(eq=False, kw_only=True)
class ReviewDocumentOtherProject(FileProblem):
    template = (
        "{path}: this review document was exported from another project; import it into "
        "that project."
    )
