"""What an agreement analysis compares: coders' spans, sources, codes and the settings.

Plain frozen records built by ``app.core.agreement`` (or by tests and benchmarks), plus the
rule that decides which sources are compared and which coders saw each of them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from app.errors import InvalidValue, TooFewCoders
from app.ids import SourceId

UNITS = ("segment", "character", "presence")
PRESENCE_BY = ("source", "informant")
DEFAULT_OVERLAP = 0.9


class CodingSpan(NamedTuple):
    """One coded segment: ``[start, end)`` in code points of its source's text.

    A named tuple rather than a frozen dataclass: 50,000 of them are built for one
    agreement computation at group scale, and a tuple is built about three times faster.
    """

    segment_id: int
    source_id: SourceId
    code_id: int
    coder: str
    start: int
    end: int
    text: str = ""


@dataclass(frozen=True, slots=True)
class SourceExtent:
    """A source's length in code points and its informant's label (None for notes)."""

    source_id: SourceId
    title: str
    length: int
    informant: str | None = None


@dataclass(frozen=True, slots=True)
class CodeLabel:
    code_id: int
    path: str


@dataclass(frozen=True, slots=True)
class AgreementSettings:
    """What to compare and how.

    By default a source is compared only among the coders who coded something in it, and
    only when at least two did; a coder who did not code a source is missing data there
    (for two coders: the source is left out). ``all_sources`` compares every source and
    counts a coder's silence in a source as "not coded".
    """

    coders: tuple[str, ...]
    unit: str = "segment"
    overlap: float = DEFAULT_OVERLAP  # segment unit: share of the longer segment
    presence_by: str = "source"  # presence unit: "source" or "informant"
    all_sources: bool = False

    def __post_init__(self) -> None:
        names = tuple(name.strip() for name in self.coders)
        if len(set(names)) < 2 or len(set(names)) != len(names):
            raise TooFewCoders(coders=list(self.coders))
        object.__setattr__(self, "coders", names)
        if self.unit not in UNITS:
            raise InvalidValue(field="agreement unit", value=self.unit, detail=", ".join(UNITS))
        if self.presence_by not in PRESENCE_BY:
            raise InvalidValue(field="presence by", value=self.presence_by,
                               detail=", ".join(PRESENCE_BY))
        if not 0 < self.overlap <= 1:
            raise InvalidValue(field="overlap threshold", value=self.overlap,
                               detail="a share above 0 and at most 1, such as 0.9")


@dataclass(frozen=True, slots=True)
class ScopedSource:
    """A compared source and the coders (bit mask over the settings' coders) who saw it."""

    source: SourceExtent
    present: int


@dataclass(frozen=True, slots=True)
class ComparisonScope:
    sources: tuple[ScopedSource, ...]
    skipped: tuple[SourceExtent, ...]  # sources fewer than two compared coders coded


def comparison_scope(
    spans: Iterable[CodingSpan], sources: Sequence[SourceExtent], settings: AgreementSettings
) -> ComparisonScope:
    """Which sources are compared, and who counts as having seen each (see the settings).

    A coder "coded a source" when they have any segment in it, of any code.
    """
    bits = {coder: 1 << index for index, coder in enumerate(settings.coders)}
    seen: dict[int, int] = {}
    for span in spans:
        bit = bits.get(span.coder)
        if bit is not None:
            seen[span.source_id] = seen.get(span.source_id, 0) | bit
    return scope_of(seen, sources, settings)


def scope_of(seen: Mapping[int, int], sources: Sequence[SourceExtent],
             settings: AgreementSettings) -> ComparisonScope:
    """``comparison_scope`` from the coders (bit mask) who coded each source, for a caller
    that collects them in its own pass over the spans."""
    everyone = (1 << len(settings.coders)) - 1
    compared: list[ScopedSource] = []
    skipped: list[SourceExtent] = []
    for source in sources:
        present = everyone if settings.all_sources else seen.get(source.source_id, 0)
        if present.bit_count() >= 2:
            compared.append(ScopedSource(source=source, present=present))
        else:
            skipped.append(source)
    return ComparisonScope(sources=tuple(compared), skipped=tuple(skipped))
