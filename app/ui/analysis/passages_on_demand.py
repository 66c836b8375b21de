"""The passages of a project, loaded the first time a display asks for one.

The data display's pages read passages only to list a cell's segments (matrix, summary
grid, triangulation) or to draw the chart. Loading them for a 50,000-segment project takes
about a second, so the display tab hands its pages this mapping instead, and it loads
them once, when a cell is opened or the chart drawn, not when the tab opens (issue 19).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping

from app.core.evidence import Evidence


class PassagesOnDemand(Mapping[int, Evidence]):
    """Passages by the id of their first segment, loaded by ``load`` at the first read."""

    def __init__(self, load: Callable[[], list[Evidence]]) -> None:
        self._load: Callable[[], list[Evidence]] | None = load
        self._passages: list[Evidence] = []
        self._by_id: dict[int, Evidence] = {}

    @property
    def loaded(self) -> bool:
        return self._load is None

    def passages(self) -> list[Evidence]:
        """Every passage, in the order the core lists them."""
        if self._load is not None:
            load, self._load = self._load, None
            self._passages = load()
            self._by_id = {passage.id: passage for passage in self._passages}
        return self._passages

    def __getitem__(self, key: int) -> Evidence:
        self.passages()
        return self._by_id[key]

    def __iter__(self) -> Iterator[int]:
        self.passages()
        return iter(self._by_id)

    def __len__(self) -> int:
        self.passages()
        return len(self._by_id)

    def __contains__(self, key: object) -> bool:
        self.passages()
        return key in self._by_id
