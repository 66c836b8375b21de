"""The sizes of the synthetic projects the harness measures.

``thesis`` and ``group`` are the two scales of the issue; ``tiny`` exists for the smoke
test, which runs every operation once on a project small enough to build in seconds.
"""

from __future__ import annotations

from dataclasses import dataclass

# Bump when the generated content changes, so cached projects are rebuilt.
GENERATOR_VERSION = 1


@dataclass(frozen=True)
class Scale:
    """One project size.

    ``focus_words``/``focus_segments`` size the first interview, the one the coding-view
    benchmarks open (0: it is as large as the others). ``long_words`` is the length of the
    separate long transcript that the import and add-segment benchmarks use.
    """

    name: str
    interviews: int
    notes: int  # observation and documentation sources, half each
    informants: int
    words: int
    segments: int
    coders: tuple[str, ...]
    long_words: int
    excerpts: int
    focus_words: int = 0
    focus_segments: int = 0

    @property
    def sources(self) -> int:
        return self.interviews + self.notes

    @property
    def key(self) -> str:
        return f"{self.name}-v{GENERATOR_VERSION}"


SCALES = {
    "tiny": Scale(name="tiny", interviews=3, notes=2, informants=3, words=3_000, segments=90,
                  coders=("Annisa", "Bima", "Citra"), long_words=5_000, excerpts=60,
                  focus_words=1_000, focus_segments=40),
    "thesis": Scale(name="thesis", interviews=6, notes=0, informants=6, words=12_000,
                    segments=600, coders=("Annisa", "Bima"), long_words=500_000,
                    excerpts=600),
    "group": Scale(name="group", interviews=180, notes=20, informants=40, words=2_000_000,
                   segments=50_000, coders=("Annisa", "Bima", "Citra"), long_words=500_000,
                   excerpts=10_000, focus_words=50_000, focus_segments=2_000),
}
