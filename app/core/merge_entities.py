"""Merge step one: informants, coders, codes and sources, mapping the other copy's ids.

See :mod:`app.core.project_merge`. Without ``apply`` nothing is added; a row that would
be added gets a negative stand-in id so that later steps can still count what follows it.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass, field
from itertools import count

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.analysis.reanchoring import AnchoredSpan, Placement, reanchor
from app.core.changes import Changes
from app.core.ids import CodeId, CoderId, InformantId, MemoId, SegmentId, SourceId
from app.core.lookup import code_paths
from app.core.merge_notes import (
    CODE_ADDED,
    CODE_RENAMED,
    CODE_TEXT_DIFFERS,
    INFORMANT_DIFFERS,
    SOURCE_ADDED,
    SOURCE_REANCHORED,
    MergeNote,
)
from app.models import Code, CodedSegment, Coder, Informant, Source, Turn

_CODE_TEXT = ("definition", "inclusion", "exclusion", "example")
_CODE_FIELDS = ("name", "position", "color", "code_group", "codable", *_CODE_TEXT, "shortcut",
                "name_en", "definition_en", "verdict_scale", "guid", "created_at")
_INFORMANT_DETAILS = ("label", "pseudonym", "role", "informant_type")
_INFORMANT_FIELDS = ("label", "pseudonym", "real_name", "role", "informant_type", "attributes",
                     "guid")
_SOURCE_FIELDS = ("title", "kind", "source_date", "text", "char_count", "word_count",
                  "file_name", "file_format", "encoding", "sha256", "guid", "created_at")


@dataclass
class MergeState:
    """Both sessions, the id maps from the other copy to this project, and the report."""

    ours: Session
    theirs: Session
    apply: bool
    added: Counter[str] = field(default_factory=Counter)
    notes: list[MergeNote] = field(default_factory=list)
    informants: dict[int, int] = field(default_factory=dict)
    coders: dict[int, int] = field(default_factory=dict)
    codes: dict[int, int] = field(default_factory=dict)
    sources: dict[int, int] = field(default_factory=dict)
    segments: dict[int, int] = field(default_factory=dict)
    # Sources whose text differs: the other copy's segment id → where it goes here.
    placements: dict[int, dict[int, Placement]] = field(default_factory=dict)
    # This project's text of those sources, by the other copy's source id.
    our_texts: dict[int, str] = field(default_factory=dict)
    touched: dict[str, set[int]] = field(default_factory=dict)
    _stand_ins: count[int] = field(default_factory=lambda: count(-1, -1))

    def note(self, outcome: str, template: str, **values: str | int) -> None:
        self.notes.append(MergeNote.of(outcome, template, **values))

    def insert(self, kind: str, row: object) -> int:
        """Add ``row`` (when applying) and count it; its id here, or a stand-in."""
        self.added[kind] += 1
        if not self.apply:
            return next(self._stand_ins)
        self.ours.add(row)
        self.ours.flush()
        # Every row merged here is a mapped class with an integer ``id``; ``object`` says none.
        row_id = int(row.id)  # type: ignore[attr-defined]
        self.touched.setdefault(kind, set()).add(row_id)
        return row_id

    def changes(self) -> Changes:
        if not self.apply or not any(self.added.values()):
            return Changes()

        def ids(kind: str) -> frozenset[int]:
            return frozenset(self.touched.get(kind, ()))

        # Rows of every kind are counted under one table of bare ids; each gets its kind here.
        return Changes(sources=frozenset(map(SourceId, ids("sources"))),
                       codes=frozenset(map(CodeId, ids("codes"))),
                       segments=frozenset(map(SegmentId, ids("segments"))),
                       informants=frozenset(map(InformantId, ids("informants"))),
                       coders=frozenset(map(CoderId, ids("coders"))),
                       memos=frozenset(map(MemoId, ids("memos"))), project=True)


def merge_entities(state: MergeState) -> None:
    _merge_informants(state)
    _merge_coders(state)
    _merge_codes(state)
    _merge_sources(state)


def _copy(row: object, names: tuple[str, ...]) -> dict[str, object]:
    return {name: getattr(row, name) for name in names}


def _merge_informants(state: MergeState) -> None:
    ours = list(state.ours.scalars(select(Informant)))
    by_guid = {informant.guid: informant for informant in ours}
    by_label = {informant.label: informant for informant in ours}
    for theirs in state.theirs.scalars(select(Informant).order_by(Informant.id)):
        match = by_guid.get(theirs.guid) or by_label.get(theirs.label)
        if match is None:
            state.informants[theirs.id] = state.insert(
                "informants", Informant(**_copy(theirs, _INFORMANT_FIELDS)))
            continue
        state.informants[theirs.id] = match.id
        if _copy(match, _INFORMANT_DETAILS) != _copy(theirs, _INFORMANT_DETAILS):
            state.note("conflict", INFORMANT_DIFFERS, label=match.label)


def _merge_coders(state: MergeState) -> None:
    ours = {coder.name: coder.id for coder in state.ours.scalars(select(Coder))}
    for theirs in state.theirs.scalars(select(Coder).order_by(Coder.id)):
        if theirs.name in ours:
            state.coders[theirs.id] = ours[theirs.name]
        else:
            state.coders[theirs.id] = state.insert(
                "coders", Coder(name=theirs.name, role=theirs.role, guid=theirs.guid,
                                created_at=theirs.created_at))


def _merge_codes(state: MergeState) -> None:
    our_paths = code_paths(state.ours)
    our_codes: dict[int, Code] = {code.id: code for code in state.ours.scalars(select(Code))}
    by_guid: dict[str, int] = {code.guid: code.id for code in our_codes.values()}
    by_path = {path: code_id for code_id, path in our_paths.items()}
    shortcuts = {code.shortcut for code in our_codes.values() if code.shortcut}
    their_paths = code_paths(state.theirs)
    their_codes = sorted(state.theirs.scalars(select(Code)),
                         key=lambda code: (their_paths[code.id].count("/"), code.position,
                                           code.id))
    for theirs in their_codes:  # parents before children
        path = their_paths[theirs.id]
        match = by_guid.get(theirs.guid)
        if match is None:
            match = by_path.get(path)
        if match is not None:
            state.codes[theirs.id] = match
            if our_paths[match] != path:
                state.note("conflict", CODE_RENAMED, path=our_paths[match], other_path=path)
            elif _copy(our_codes[match], _CODE_TEXT) != _copy(theirs, _CODE_TEXT):
                state.note("conflict", CODE_TEXT_DIFFERS, path=path)
            continue
        parent = state.codes.get(theirs.parent_id) if theirs.parent_id is not None else None
        code = Code(parent_id=parent if parent is None or parent > 0 else None,
                    **_copy(theirs, _CODE_FIELDS))
        if code.shortcut and code.shortcut in shortcuts:  # a key this project already uses
            code.shortcut = None
        if code.shortcut:
            shortcuts.add(code.shortcut)
        state.codes[theirs.id] = state.insert("codes", code)
        state.note("added", CODE_ADDED, path=path)


def _text_key(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _merge_sources(state: MergeState) -> None:
    ours = list(state.ours.execute(select(Source.id, Source.title, Source.guid, Source.text)))
    by_text: dict[str, int] = {}
    for row in ours:
        by_text.setdefault(_text_key(row.text), row.id)
    by_guid = {row.guid: row for row in ours}
    by_title = {row.title: row for row in ours}
    for theirs in state.theirs.scalars(select(Source).order_by(Source.id)):
        same_text = by_text.get(_text_key(theirs.text))
        if same_text is not None:
            state.sources[theirs.id] = same_text
            continue
        match = by_guid.get(theirs.guid) or by_title.get(theirs.title)
        if match is not None:
            _reanchor_source(state, theirs, match.id, match.title, match.text)
            continue
        state.sources[theirs.id] = _add_source(state, theirs)
        state.note("added", SOURCE_ADDED, title=theirs.title)


def _add_source(state: MergeState, theirs: Source) -> int:
    informant = state.informants.get(theirs.informant_id) if theirs.informant_id else None
    source = Source(informant_id=informant if informant is None or informant > 0 else None,
                    **_copy(theirs, _SOURCE_FIELDS))
    source.turns = [Turn(number=turn.number, speaker=turn.speaker, role=turn.role,
                         start=turn.start, end=turn.end) for turn in theirs.turns]
    return state.insert("sources", source)


def _reanchor_source(state: MergeState, theirs: Source, our_id: int, title: str,
                     our_text: str) -> None:
    """The other copy's segments on a source whose text differs: where they go here."""
    state.sources[theirs.id] = our_id
    spans = [AnchoredSpan(key=row.id, start=row.start, end=row.end)
             for row in state.theirs.execute(
                 select(CodedSegment.id, CodedSegment.start, CodedSegment.end)
                 .where(CodedSegment.source_id == theirs.id))]
    placements = reanchor(theirs.text, our_text, spans)
    state.placements[theirs.id] = {placement.key: placement for placement in placements}
    state.our_texts[theirs.id] = our_text
    placed = sum(placement.placed for placement in placements)
    state.note("conflict", SOURCE_REANCHORED, title=title, count=placed)
