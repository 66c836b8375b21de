"""Group coded segments into the sections of an excerpts document (no database, no Qt).

Grouped by code (the default): one section per code in codebook order, opened by the
code's definition, holding one group per informant (key, main, supporting informants by
label), then one per source that has no informant (observation and documentation notes).
Grouped by informant: the other way round.

Rules: a segment appears exactly once in each group it belongs to. Overlapping segments of
one code in one source (two coders, or a sentence inside a longer quote) arrive merged into
one passage (:mod:`app.analysis.passages`) and become one excerpt, the union of their
spans, listing every coder; a passage with two codes therefore appears under each code,
never twice under one. Segments whose code is not selected never appear.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

from app.analysis.citation import Citation, SourceCiter, shown_pseudonym
from app.analysis.coded_corpus import (
    TECHNIQUES,
    CodedCorpus,
    CorpusCode,
    CorpusInformant,
    CorpusSegment,
    CorpusSource,
    informant_sort_key,
)
from app.analysis.pseudonymise import Mask, identity, mask_title

GROUP_BY = ("code", "informant")
# ("code", code id), ("informant", label) or ("source", source id)
GroupKey = tuple[str, Any]
Progress = Callable[[int, int], None]


@dataclass(frozen=True, slots=True)
class CodeSubject:
    code_id: int
    path: str
    definition: str = ""


@dataclass(frozen=True, slots=True)
class InformantSubject:
    label: str
    number: str
    role: str = ""
    informant_type: str = ""
    pseudonym: str = ""  # "" when there is none or when pseudonymising would replace it

    @property
    def who(self) -> str:
        """Pseudonym and role, as a heading names the informant: "Bu Sari, Guru"."""
        return ", ".join(part for part in (self.pseudonym, self.role) if part)


@dataclass(frozen=True, slots=True)
class SourceSubject:
    """A source without informant (field notes), standing where an informant would."""

    source_id: int
    title: str
    kind: str


Subject = CodeSubject | InformantSubject | SourceSubject


class Excerpt(NamedTuple):
    """One quoted passage: every selected segment with this span in this group.

    A named tuple, as :class:`Citation`: immutable, and cheap to build 10,000 times."""

    segment_ids: tuple[int, ...]
    text: str
    citation: Citation
    coders: tuple[str, ...] = ()
    memos: tuple[str, ...] = ()


_new_excerpt = tuple.__new__


@dataclass(frozen=True)
class ExcerptGroup:
    subject: Subject
    excerpts: tuple[Excerpt, ...]


@dataclass(frozen=True)
class ExcerptSection:
    subject: Subject
    groups: tuple[ExcerptGroup, ...]

    @property
    def excerpt_count(self) -> int:
        return sum(len(group.excerpts) for group in self.groups)


@dataclass(frozen=True)
class ExcerptSelection:
    """What the reader is told about the choice of segments (already masked)."""

    codes: tuple[str, ...] = ()
    informants: tuple[str, ...] = ()
    coders: tuple[str, ...] = ()
    pseudonymised: bool = False


@dataclass(frozen=True)
class ExcerptDocument:
    title: str
    group_by: str
    sections: tuple[ExcerptSection, ...]
    selection: ExcerptSelection = ExcerptSelection()
    with_coder: bool = False
    with_memo: bool = False

    @property
    def excerpt_count(self) -> int:
        return sum(section.excerpt_count for section in self.sections)


def build_excerpt_document(
    corpus: CodedCorpus,
    *,
    group_by: str = "code",
    code_ids: Collection[int] | None = None,
    informant_labels: Collection[str] | None = None,
    coders: Collection[str] | None = None,
    memos: Mapping[int, Sequence[str]] | None = None,
    mask: Mask = identity,
    selection: ExcerptSelection = ExcerptSelection(),
    with_coder: bool = False,
    with_memo: bool = False,
) -> ExcerptDocument:
    """The excerpts of the selected segments; a filter left as None selects everything.

    ``memos`` maps a segment id to further memo texts attached to it; the segment's own
    memo comes first. ``mask`` is applied to every text taken from the project.
    """
    if group_by not in GROUP_BY:
        raise ValueError(f"unknown grouping {group_by!r}")
    codes = corpus.code_by_id()
    sources = corpus.source_by_id()
    informants = corpus.informant_by_label()
    selected = [
        segment
        for segment in corpus.segments
        if segment.code_id in codes
        and (code_ids is None or segment.code_id in code_ids)
        and (coders is None or not set(segment.coders or (segment.coder,)).isdisjoint(coders))
        and (
            informant_labels is None
            or sources[segment.source_id].informant_label in informant_labels
        )
    ]
    # (section key, group key) -> span -> segments of that span
    grouped: dict[tuple[GroupKey, GroupKey], dict[tuple[int, int, int], list[CorpusSegment]]] = {}
    # Per source, worked out once: where its quotes go, and how they are cited.
    places = {source_id: _place_key(source, informants) for source_id, source in sources.items()}
    by_code = group_by == "code"
    for segment in selected:
        code_key = ("code", segment.code_id)
        place_key = places[segment.source_id]
        keys = (code_key, place_key) if by_code else (place_key, code_key)
        span = (segment.source_id, segment.start, segment.end)
        grouped.setdefault(keys, {}).setdefault(span, []).append(segment)

    subjects = _Subjects(corpus, codes, sources, informants, mask)
    citers = {source_id: SourceCiter(source, informants.get(source.informant_label or ""),
                                     mask=mask)
              for source_id, source in sources.items()}
    titles = {source_id: source.title for source_id, source in sources.items()}
    sections: dict[GroupKey, list[ExcerptGroup]] = {}
    for (section_key, group_key) in sorted(grouped, key=subjects.order_of_pair):
        spans = grouped[(section_key, group_key)]
        excerpts = _excerpts(
            [spans[span]
             for span in sorted(spans, key=lambda span: (titles[span[0]], span[1], span[2]))],
            citers, memos or {}, mask)
        sections.setdefault(section_key, []).append(
            ExcerptGroup(subject=subjects.subject(group_key), excerpts=excerpts)
        )
    return ExcerptDocument(
        title=mask(corpus.title),
        group_by=group_by,
        sections=tuple(
            ExcerptSection(subject=subjects.subject(key), groups=tuple(groups))
            for key, groups in sections.items()
        ),
        selection=selection,
        with_coder=with_coder,
        with_memo=with_memo,
    )


def _place_key(source: CorpusSource, informants: Mapping[str, CorpusInformant]) -> GroupKey:
    if source.informant_label is not None and source.informant_label in informants:
        return ("informant", source.informant_label)
    return ("source", source.id)


def _excerpts(
    spans: list[list[CorpusSegment]],
    citers: Mapping[int, SourceCiter],
    memos: Mapping[int, Sequence[str]],
    mask: Mask,
) -> tuple[Excerpt, ...]:
    """The excerpt of each span's segments, in order."""
    excerpts: list[Excerpt] = []
    append = excerpts.append
    masked = mask is not identity
    # One coders tuple per coder, shared: fewer objects for the collector to look at.
    coders_of: dict[str, tuple[str, ...]] = {"": ()}
    for segments in spans:
        # The usual case (one segment or passage, no memo) without the general loops, its
        # fields unpacked at once (named-tuple attributes cost a lookup each).
        if len(segments) == 1 and not memos:
            (segment_id, _, source_id, start, end, text, _, coder, memo, coders, segment_ids,
             _) = segments[0]
            if not memo and not coders:
                append(_new_excerpt(Excerpt, (
                    segment_ids or (segment_id,), mask(text) if masked else text,
                    citers[source_id](start, end),
                    coders_of.get(coder) or coders_of.setdefault(coder, (coder,)), ())))
                continue
        append(_excerpt(segments, citers[segments[0].source_id], memos, mask))
    return tuple(excerpts)


def _excerpt(
    segments: list[CorpusSegment],
    citer: SourceCiter,
    memos: Mapping[int, Sequence[str]],
    mask: Mask,
) -> Excerpt:
    first = segments[0]
    coders: list[str] = []
    notes: list[str] = []
    for segment in segments:
        for coder in segment.coders or (segment.coder,):
            if coder and coder not in coders:
                coders.append(coder)
        if segment.memo:
            _add_notes(notes, segment.memo.split("\n"), mask)
        if memos:
            for i in segment.segment_ids or (segment.id,):
                _add_notes(notes, memos.get(i, ()), mask)
    if len(segments) == 1:
        segment_ids = first.segment_ids or (first.id,)
        end = first.end
    else:
        segment_ids = tuple(i for segment in segments for i in segment.segment_ids or (segment.id,))
        end = max(segment.end for segment in segments)
    return Excerpt(segment_ids, mask(first.text), citer(first.start, end), tuple(coders),
                   tuple(notes))


def _add_notes(notes: list[str], memos: Iterable[str], mask: Mask) -> None:
    """Each memo, stripped and masked, unless empty or there already."""
    for memo in memos:
        memo = mask(memo.strip())
        if memo and memo not in notes:
            notes.append(memo)


class _Subjects:
    """Section and group headings, and their order."""

    def __init__(
        self,
        corpus: CodedCorpus,
        codes: Mapping[int, CorpusCode],
        sources: Mapping[int, CorpusSource],
        informants: Mapping[str, CorpusInformant],
        mask: Mask,
    ) -> None:
        self._codes = codes
        self._sources = sources
        self._informants = informants
        self._mask = mask
        self._code_rank = {code.id: index for index, code in enumerate(corpus.codes)}
        ordered = sorted(corpus.informants, key=informant_sort_key)
        self._informant_rank = {informant.label: index for index, informant in enumerate(ordered)}

    def order(self, key: GroupKey) -> tuple[int | str, ...]:
        kind, value = key
        if kind == "code":
            return (0, self._code_rank[value])
        if kind == "informant":
            return (1, self._informant_rank[value])
        source = self._sources[value]
        technique = TECHNIQUES.index(source.kind) if source.kind in TECHNIQUES else len(TECHNIQUES)
        return (2, technique, source.title)

    def order_of_pair(self, pair: tuple[GroupKey, GroupKey]) -> tuple[int | str, ...]:
        return self.order(pair[0]) + self.order(pair[1])

    def subject(self, key: GroupKey) -> Subject:
        kind, value = key
        if kind == "code":
            code = self._codes[value]
            return CodeSubject(code_id=code.id, path=code.path, definition=code.definition)
        if kind == "informant":
            informant = self._informants[value]
            return InformantSubject(
                label=informant.label,
                number=informant.number,
                role=self._mask(informant.role),
                informant_type=informant.informant_type,
                pseudonym=shown_pseudonym(informant, self._mask),
            )
        source = self._sources[value]
        return SourceSubject(source_id=source.id, title=mask_title(self._mask, source.title),
                             kind=source.kind)
