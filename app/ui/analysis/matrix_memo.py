"""The code × informant matrix of each group, from one reading while the data stay the same.

The display tab's matrix page and its summary grid show the matrix of different groups of
the same passages; each read them, 0.2-0.3 s apiece on a 50,000-segment project. The tab
hands both one memo (:func:`app.core.displays.code_matrices`) and clears it whenever it
reloads after a change.
"""

from __future__ import annotations

from collections.abc import Callable

from app.core.displays import CodeMatrix, code_matrices
from app.core.project import Project


class MatrixMemo:
    """``code_matrix(project, group=...)``, from one reading, kept until :meth:`clear`."""

    def __init__(self, project: Project) -> None:
        self._project = project
        self._of_group: Callable[[str | None], CodeMatrix] | None = None
        self._kept: dict[str | None, CodeMatrix] = {}

    def __call__(self, group: str | None) -> CodeMatrix:
        if group not in self._kept:
            if self._of_group is None:
                self._of_group = code_matrices(self._project)
            self._kept[group] = self._of_group(group)
        return self._kept[group]

    def clear(self) -> None:
        self._of_group = None
        self._kept.clear()
