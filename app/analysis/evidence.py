"""The plain record every analysis works on: one coded segment with its context."""

from __future__ import annotations

from dataclasses import dataclass

from app.ids import SegmentId
from app.vocabulary import INFORMANT_TYPES, SOURCE_KINDS

# Informants rank by type, key informants first; the techniques of triangulation are the
# kinds of source, interviews first.
INFORMANT_TYPE_ORDER = INFORMANT_TYPES
TECHNIQUES = SOURCE_KINDS


@dataclass(frozen=True)
class Evidence:
    """A coded segment with what analyses group and cite by.

    ``informant`` is the label (I1...) or None for observation and documentation notes;
    ``turn`` is the speaker turn (or paragraph, for notes without turns) holding the start.
    """

    id: SegmentId
    source_id: int
    source: str
    source_kind: str
    informant_id: int | None
    informant: str | None
    informant_type: str | None
    informant_role: str
    code_id: int
    code: str
    code_group: str
    coder: str
    start: int
    end: int
    text: str
    valence: str | None
    paraphrase: str
    review_status: str
    turn: int | None
    turn_is_paragraph: bool = False
    # Set on passages (app.analysis.passages): every coder and segment merged into this one,
    # and whether their valences differ ("coders disagree"; ``valence`` is then None).
    coders: tuple[str, ...] = ()
    segment_ids: tuple[int, ...] = ()
    valence_disputed: bool = False
    informant_pseudonym: str = ""  # what exports cite beside the role; never the real name

    @property
    def length(self) -> int:
        return self.end - self.start


def informant_sort_key(informant_type: str | None, label: str | None) -> tuple[int, str]:
    """Role order: key informants first, then main, then supporting; then by label."""
    rank = (INFORMANT_TYPE_ORDER.index(informant_type)
            if informant_type in INFORMANT_TYPE_ORDER else 9)
    return rank, _natural(label or "")


def _natural(label: str) -> str:
    """I2 before I10."""
    digits = "".join(ch for ch in label if ch.isdigit())
    prefix = "".join(ch for ch in label if not ch.isdigit())
    return f"{prefix}{int(digits):06d}" if digits else label
