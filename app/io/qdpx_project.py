"""The content of a REFI-QDA project as plain data, and how Telaah's fields travel in it.

The reader (:mod:`app.io.qdpx_reader`) produces a :class:`QdpxProject` from a .qdpx file
and the writer (:mod:`app.io.qdpx_writer`) turns one into a file; ``app.core.qdpx`` maps
it to and from a Telaah project. Texts are Telaah-normalised (NFC, ``\\n``, no BOM) and
selection positions are code points of those texts, whatever the file counted.

What REFI-QDA has no element for travels in places other programs show as text:

- an informant is a ``<Case>``; its pseudonym, role and type are the case variables
  :data:`PSEUDONYM_VARIABLE`, :data:`ROLE_VARIABLE` and :data:`INFORMANT_TYPE_VARIABLE`, and
  each attribute is a variable of its own name;
- a source's kind and date are the source variables :data:`SOURCE_KIND_VARIABLE` and
  :data:`SOURCE_DATE_VARIABLE`;
- a segment's memo is its selection's ``<Description>``, with a last line
  ``Valensi: positive`` when it has a valence;
- a memo is a ``<Note>``; its type is the note's ``<Description>`` ("Jenis memo: analytic");
- the research questions are a project note called :data:`RESEARCH_QUESTIONS_NOTE`, one per
  line, that the project's own ``<NoteRef>`` points to.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime

from app.errors import Cancelled
from app.io.codebook_entry import CodebookEntry
from app.vocabulary import VALENCES

VariableValue = str | bool | int | float | date | datetime

PSEUDONYM_VARIABLE = "Pseudonym"
ROLE_VARIABLE = "Role"
INFORMANT_TYPE_VARIABLE = "Informant type"
SOURCE_KIND_VARIABLE = "Source kind"
SOURCE_DATE_VARIABLE = "Source date"
RESERVED_VARIABLE_ALIASES = {
    PSEUDONYM_VARIABLE: ("pseudonym", "pseudonim", "nama samaran"),
    ROLE_VARIABLE: ("role", "peran", "jabatan"),
    INFORMANT_TYPE_VARIABLE: ("informant type", "jenis informan", "tipe informan"),
    SOURCE_KIND_VARIABLE: ("source kind", "jenis sumber"),
    SOURCE_DATE_VARIABLE: ("source date", "tanggal sumber"),
}
SOURCE_KIND_ALIASES = {
    "interview": ("interview", "wawancara"),
    "observation": ("observation", "observasi"),
    "documentation": ("documentation", "dokumentasi"),
}
RESEARCH_QUESTIONS_NOTE = "Pertanyaan penelitian"
RESEARCH_QUESTIONS_ALIASES = ("pertanyaan penelitian", "research questions")

_VALENCE_LINE = re.compile(
    r"(?:^|\n)(?:valensi|valence)[ \t]*:[ \t]*(" + "|".join(VALENCES) + r")[ \t]*$",
    re.IGNORECASE,
)
_MEMO_TYPE_LINE = re.compile(r"^(?:jenis memo|memo type)[ \t]*:[ \t]*(\w+)[ \t]*$", re.IGNORECASE)


@dataclass(frozen=True)
class QdpxUser:
    guid: str
    name: str


@dataclass(frozen=True)
class QdpxCoding:
    guid: str
    code_guid: str
    user_guid: str | None = None
    created_at: datetime | None = None


@dataclass(frozen=True)
class QdpxSelection:
    """A coded span ``[start, end)`` in code points of its source's normalised text."""

    guid: str
    name: str
    start: int
    end: int
    description: str = ""
    user_guid: str | None = None
    created_at: datetime | None = None
    modified_at: datetime | None = None
    codings: tuple[QdpxCoding, ...] = ()
    note_guids: tuple[str, ...] = ()


@dataclass(frozen=True)
class QdpxVariable:
    guid: str
    name: str
    type_name: str  # Text, Boolean, Integer, Float, Date or DateTime
    description: str = ""


@dataclass(frozen=True)
class QdpxValue:
    variable_guid: str
    value: VariableValue


@dataclass(frozen=True)
class QdpxSource:
    """A text source; ``text`` is normalised and ``selections`` use its code points."""

    guid: str
    name: str
    text: str
    description: str = ""
    user_guid: str | None = None
    created_at: datetime | None = None
    modified_at: datetime | None = None
    selections: tuple[QdpxSelection, ...] = ()
    # Codings of the whole source (a <Coding> directly under <TextSource>).
    codings: tuple[QdpxCoding, ...] = ()
    note_guids: tuple[str, ...] = ()
    values: tuple[QdpxValue, ...] = ()
    # A recorded interview: an <AudioSource>/<VideoSource> whose <Transcript> is ``text``.
    recording: QdpxRecording | None = None
    # A PDF (<PDFSource> with ``text`` as its <Representation>) or a photo (<PictureSource>
    # with ``text`` as its <TextDescription>).
    document: QdpxDocument | None = None


@dataclass(frozen=True)
class QdpxDocument:
    """The PDF or photo of a source (``media_type`` "pdf" or "image"): the file's bytes,
    a photo's size in pixels, and the rectangle of each region selection as
    ``(selection guid, x, y, w, h)``, normalised to the photo."""

    media_type: str
    file_name: str
    data: bytes
    width: int = 0
    height: int = 0
    regions: tuple[tuple[str, float, float, float, float], ...] = ()


@dataclass(frozen=True)
class QdpxRecording:
    """The recording of a source: the file's bytes and the transcript's sync points
    (``(offset, time_ms)``, offsets in code points of the source's text)."""

    media_type: str  # "audio" or "video"
    file_name: str
    data: bytes
    sync_points: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True)
class QdpxCase:
    guid: str
    name: str
    description: str = ""
    values: tuple[QdpxValue, ...] = ()
    source_guids: tuple[str, ...] = ()


@dataclass(frozen=True)
class QdpxNote:
    guid: str
    name: str
    text: str
    description: str = ""
    user_guid: str | None = None
    created_at: datetime | None = None
    modified_at: datetime | None = None


@dataclass(frozen=True)
class QdpxProject:
    """Everything Telaah reads from or writes to a project.qde.

    ``codes`` are codebook entries (``app.io.codebook_entry``) whose GUIDs the codings
    refer to; ``code_notes`` maps a code's GUID to the notes attached to it. ``skipped``
    says, in English, what the reader left out (media sources, missing texts...).
    """

    name: str
    origin: str = ""
    description: str = ""
    created_at: datetime | None = None
    creating_user_guid: str | None = None
    users: tuple[QdpxUser, ...] = ()
    codes: tuple[CodebookEntry, ...] = ()
    code_notes: dict[str, tuple[str, ...]] = field(default_factory=dict)
    variables: tuple[QdpxVariable, ...] = ()
    cases: tuple[QdpxCase, ...] = ()
    sources: tuple[QdpxSource, ...] = ()
    notes: tuple[QdpxNote, ...] = ()
    project_note_guids: tuple[str, ...] = ()
    skipped: tuple[str, ...] = ()
    position_scheme: str = ""
    # Names of the text sources whose text is empty or only whitespace (imported as such).
    empty_sources: tuple[str, ...] = ()


def reserved_variable(name: str) -> str | None:
    """The reserved variable ``name`` stands for (any accepted spelling), or None."""
    key = " ".join(name.split()).casefold()
    for reserved, aliases in RESERVED_VARIABLE_ALIASES.items():
        if key in aliases:
            return reserved
    return None


def source_kind_from_word(word: str) -> str | None:
    key = word.strip().casefold()
    for kind, aliases in SOURCE_KIND_ALIASES.items():
        if key in aliases:
            return kind
    return None


def compose_selection_description(memo: str, valence: str | None) -> str:
    if valence is None:
        return memo
    return f"{memo}\nValensi: {valence}" if memo else f"Valensi: {valence}"


def parse_selection_description(description: str) -> tuple[str, str | None]:
    """``(memo, valence)`` from a selection's description."""
    match = _VALENCE_LINE.search(description)
    if match is None:
        return description, None
    return description[: match.start()], match.group(1).lower()


def compose_note_description(memo_type: str) -> str:
    return f"Jenis memo: {memo_type}"


def parse_note_description(description: str, memo_types: tuple[str, ...]) -> tuple[str, str | None]:
    """``(description left, memo type)``; the type line is Telaah's, the rest another
    program's description of the note."""
    lines = description.split("\n")
    for index, line in enumerate(lines):
        match = _MEMO_TYPE_LINE.match(line.strip())
        if match and match.group(1).lower() in memo_types:
            rest = "\n".join(lines[:index] + lines[index + 1 :]).strip()
            return rest, match.group(1).lower()
    return description.strip(), None


def is_research_questions_note(name: str) -> bool:
    return " ".join(name.split()).casefold() in RESEARCH_QUESTIONS_ALIASES


# --- reading and writing a project take the same progress and cancel callbacks ---------------

Progress = Callable[[int, int], None]  # (done, total)
CancelCheck = Callable[[], bool]  # True when the person asked to stop


def stop_if_cancelled(cancel: CancelCheck | None) -> None:
    """Raise Cancelled when ``cancel`` says the person asked to stop."""
    if cancel is not None and cancel():
        raise Cancelled()
