"""The sources as a tree: kind, then (for interviews) informant, then source."""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QColor, QFont

from app.core.sources import SourceView
from app.core.vocabulary import SOURCE_KINDS
from app.ui.widgets.tree_model import TreeModel, TreeRow

CONTEXT = "SourceTreeModel"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def kind_label(kind: str) -> str:
    """The plural heading of a kind of source, translated."""
    labels = {
        "interview": _tr("Interviews"),
        "observation": _tr("Observation"),
        "documentation": _tr("Documentation"),
    }
    return labels.get(kind, kind)


@dataclass(frozen=True)
class SourceGroup:
    """A heading row: a kind of source, or one informant's interviews."""

    kind: str
    informant: str | None  # None on a kind heading
    is_kind: bool
    segment_count: int


def source_rows(sources: Sequence[SourceView]) -> list[TreeRow]:
    """Kind headings in a fixed order; interviews grouped by informant label."""
    kinds = [kind for kind in SOURCE_KINDS if any(s.kind == kind for s in sources)]
    kinds += sorted({s.kind for s in sources} - set(SOURCE_KINDS))
    rows: list[TreeRow] = []
    for kind in kinds:
        of_kind = [source for source in sources if source.kind == kind]
        kind_key = ("kind", kind)
        rows.append(TreeRow(kind_key, None, SourceGroup(
            kind, None, True, sum(source.segment_count for source in of_kind))))
        if kind != "interview":
            rows += [TreeRow(("source", s.id), kind_key, s) for s in of_kind]
            continue
        labels = sorted({s.informant_label for s in of_kind if s.informant_label})
        groups: list[str | None] = [*labels]
        if any(s.informant_label is None for s in of_kind):
            groups.append(None)
        for label in groups:
            members = [s for s in of_kind if s.informant_label == label]
            group_key = ("informant", label)
            rows.append(TreeRow(group_key, kind_key, SourceGroup(
                kind, label, False, sum(s.segment_count for s in members))))
            rows += [TreeRow(("source", s.id), group_key, s) for s in members]
    return rows


class SourceTreeModel(TreeModel):
    SourceIdRole = Qt.ItemDataRole.UserRole + 1  # int on a source row, None on a heading
    KindRole = Qt.ItemDataRole.UserRole + 2

    TITLE, SEGMENTS = range(2)
    column_count = 2

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._bold = QFont()
        self._bold.setBold(True)

    def set_sources(self, sources: Sequence[SourceView]) -> None:
        self.replace(source_rows(sources))

    def headers(self) -> list[str]:
        return [_tr("Source"), _tr("Segments")]

    def cell(self, payload: Any, column: int, role: int) -> Any:
        if role == self.SourceIdRole:
            return payload.id if isinstance(payload, SourceView) else None
        if role == self.KindRole:
            return payload.kind
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.SEGMENTS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if isinstance(payload, SourceGroup):
            return self._group_cell(payload, column, role)
        return self._source_cell(payload, column, role)

    def _group_cell(self, group: SourceGroup, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.SEGMENTS:
                return group.segment_count
            if group.is_kind:
                return kind_label(group.kind)
            return group.informant or _tr("No informant")
        if role == Qt.ItemDataRole.FontRole and group.is_kind:
            return self._bold
        if role == Qt.ItemDataRole.ToolTipRole and column == self.TITLE:
            # A long informant label is elided in the middle; the tooltip tells it all.
            return kind_label(group.kind) if group.is_kind else (
                group.informant or _tr("No informant"))
        return None

    def _source_cell(self, source: SourceView, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column != self.TITLE:
                return source.segment_count
            # A machine-made transcript shows as a draft until a person has checked it.
            return _tr("{title} (draft)").format(title=source.title) if source.machine_made \
                else source.title
        if role == Qt.ItemDataRole.ForegroundRole and source.machine_made:
            return QColor("#8A4B00")
        if role == Qt.ItemDataRole.ToolTipRole:
            details = [
                _tr("File: {name}").format(name=source.file_name),
                _tr("{count} words").format(count=source.word_count),
                _tr("{count} coded segments").format(count=source.segment_count),
            ]
            if source.source_date is not None:
                details.insert(1, _tr("Date: {date}").format(date=source.source_date.isoformat()))
            if source.machine_made:
                details.append(_tr("Machine-made transcript, not yet checked by a person"))
            lines = "<br>".join(html.escape(line) for line in details)
            return f"<b>{html.escape(source.title)}</b><br>{lines}"
        return None
