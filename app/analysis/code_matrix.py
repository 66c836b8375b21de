"""The code × informant matrix of data display: counts, share of text, or statements."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from operator import attrgetter
from typing import NamedTuple, Protocol

from app.analysis.evidence import informant_sort_key
from app.analysis.passages import CodedSpan


class MatrixSegment(CodedSpan, Protocol):
    """What the matrix reads of a passage (an :class:`~app.analysis.evidence.Evidence`
    serves, and so does the lighter :class:`MatrixPassage`)."""

    @property
    def informant_id(self) -> int | None: ...
    @property
    def paraphrase(self) -> str: ...


class MatrixPassage(NamedTuple):
    """A passage with only what the matrix reads: 50,000 of them cost a fraction of as
    many :class:`~app.analysis.evidence.Evidence` records."""

    id: int
    source_id: int
    code_id: int
    start: int
    end: int
    text: str
    paraphrase: str
    informant_id: int | None


@dataclass(frozen=True)
class MatrixColumn:
    """One informant; ``characters`` is the length of all their sources' text."""

    informant_id: int
    label: str
    informant_type: str
    role: str
    characters: int


@dataclass(frozen=True)
class MatrixCell:
    segment_ids: tuple[int, ...]
    coded_characters: int
    share: float  # coded characters / the informant's characters, 0..1
    statements: tuple[str, ...]  # paraphrases, or the quotes where none was written

    @property
    def count(self) -> int:
        return len(self.segment_ids)


@dataclass(frozen=True)
class MatrixRow:
    code_id: int
    code: str
    cells: tuple[MatrixCell, ...]

    @property
    def total(self) -> int:
        return sum(cell.count for cell in self.cells)


@dataclass(frozen=True)
class CodeMatrix:
    columns: tuple[MatrixColumn, ...]
    rows: tuple[MatrixRow, ...]
    maximum: int = field(default=0)  # the largest count, for heat-map shading
    # Interviews no informant is linked to: not in a matrix of informants, and said so.
    unlinked_interviews: tuple[str, ...] = ()


def build_code_matrix(
    segments: Sequence[MatrixSegment],
    *,
    codes: Sequence[tuple[int, str]],
    columns: Sequence[MatrixColumn],
) -> CodeMatrix:
    """Rows in the order of ``codes`` (id, path); columns in role order (key informants
    first). Overlapping segments of one code are counted once in the coded characters."""
    ordered = tuple(sorted(columns, key=lambda c: informant_sort_key(c.informant_type, c.label)))
    grouped: dict[tuple[int, int], list[MatrixSegment]] = {}
    for segment in segments:
        if segment.informant_id is not None:
            grouped.setdefault((segment.code_id, segment.informant_id), []).append(segment)
    rows = []
    for code_id, path in codes:
        cells = tuple(
            _cell(sorted(grouped.get((code_id, column.informant_id), []),
                         key=_SOURCE_START), column)
            for column in ordered
        )
        rows.append(MatrixRow(code_id=code_id, code=path, cells=cells))
    maximum = max((cell.count for row in rows for cell in row.cells), default=0)
    return CodeMatrix(columns=ordered, rows=tuple(rows), maximum=maximum)


_SOURCE_START = attrgetter("source_id", "start")


def _cell(segments: list[MatrixSegment], column: MatrixColumn) -> MatrixCell:
    coded = _union_length(segments)
    return MatrixCell(
        segment_ids=tuple(segment.id for segment in segments),
        coded_characters=coded,
        share=coded / column.characters if column.characters else 0.0,
        statements=tuple(segment.paraphrase or segment.text for segment in segments),
    )


def _union_length(segments: list[MatrixSegment]) -> int:
    """Characters covered at least once (segments sorted by source, start)."""
    total = 0
    current: tuple[int, int, int] | None = None  # source, start, end
    for segment in segments:
        if current and segment.source_id == current[0] and segment.start <= current[2]:
            current = (current[0], current[1], max(current[2], segment.end))
            continue
        if current:
            total += current[2] - current[1]
        current = (segment.source_id, segment.start, segment.end)
    if current:
        total += current[2] - current[1]
    return total


def matrix_as_counts(matrix: CodeMatrix) -> Mapping[str, Mapping[str, int]]:
    """``{code path: {informant label: count}}`` — the JSON form of the matrix."""
    return {
        row.code: {column.label: cell.count for column, cell in zip(matrix.columns, row.cells)}
        for row in matrix.rows
    }
