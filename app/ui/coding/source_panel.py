"""The left panel: every source of the project, grouped by kind and informant."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app.core.changes import Changes
from app.core.sources import SourceView
from app.core.workbench import Workbench
from app.ui.coding.source_tree import SourceTreeModel
from app.ui.host.change_hub import ChangeHub


class SourcePanel(QWidget):
    """Emits ``source_selected`` with a source id when the user picks another source.

    A segment edit's new counts come with its ``Changes`` (``fresh.source_counts``) and
    change one row in place. Anything else (a source or informant edited, a bare core
    call) reloads the list once the current event is done (``reloaded`` says when), so
    that several broadcasts in a row cost one reload and the transcript repaints first.
    """

    source_selected = Signal(int)
    reloaded = Signal()

    def __init__(self, workbench: Workbench, hub: ChangeHub,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workbench = workbench
        self._sources: list[SourceView] = []
        self._places: dict[int, int] = {}  # source id -> its index in _sources
        self._chosen_id: int | None = None
        self.model = SourceTreeModel(self)
        self.view = QTreeView(self)
        self.view.setModel(self.model)
        self.view.setUniformRowHeights(True)
        self.view.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # full title in the tooltip
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(SourceTreeModel.TITLE, QHeaderView.ResizeMode.Stretch)
        # Fitted after a load and widened when a count outgrows it: ResizeToContents would
        # measure every row on each count that changes (most of an apply at 200 sources).
        header.setSectionResizeMode(SourceTreeModel.SEGMENTS, QHeaderView.ResizeMode.Fixed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.view.selectionModel().currentChanged.connect(self._on_current)
        self.model.modelReset.connect(self._after_reset)
        self._pending = QTimer(self)
        self._pending.setSingleShot(True)
        self._pending.setInterval(0)
        self._pending.timeout.connect(self.reload)
        hub.changed.connect(self._on_changes)
        self.reload()

    def reload(self) -> None:
        self._pending.stop()
        self._sources = self._workbench.sources.all()
        self._places = {source.id: place for place, source in enumerate(self._sources)}
        self.model.set_sources(self._sources)
        self.view.resizeColumnToContents(SourceTreeModel.SEGMENTS)
        self.reloaded.emit()

    def current_source_id(self) -> int | None:
        return self._chosen_id

    def select_source(self, source_id: int) -> bool:
        index = self.model.index_of(("source", source_id))
        if not index.isValid():
            return False
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)
        return True

    def first_source_id(self, kind: str | None = None) -> int | None:
        """The first source in tree order, of ``kind`` if given."""
        for key in self.model.node_keys():
            if not (isinstance(key, tuple) and key[0] == "source"):
                continue
            index = self.model.index_of(key)
            if kind is None or index.data(SourceTreeModel.KindRole) == kind:
                return int(key[1])
        return None

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        source_id = current.data(SourceTreeModel.SourceIdRole) if current.isValid() else None
        if source_id is not None and source_id != self._chosen_id:
            self._chosen_id = source_id
            self.source_selected.emit(source_id)

    def _after_reset(self) -> None:
        self.view.expandAll()
        self.view.resizeColumnToContents(SourceTreeModel.SEGMENTS)
        if self._chosen_id is not None:
            self.select_source(self._chosen_id)

    def _on_changes(self, changes: Changes) -> None:
        if not (changes.sources or changes.segments or changes.informants or changes.project):
            return
        fresh = changes.fresh
        if (fresh is None or not changes.segments or changes.informants or changes.project
                or self._pending.isActive()
                or not self._set_counts(dict(fresh.source_counts), changes.sources)):
            self._pending.start()

    def _set_counts(self, counts: dict[int, int], changed: frozenset[int]) -> bool:
        """New segment counts in place; False when a changed source is new or gone, or
        more than its count may have changed (then the list is read again)."""
        if not changed <= counts.keys() or not counts.keys() <= self._places.keys():
            return False
        for source_id, count in counts.items():
            place = self._places[source_id]
            self._sources[place] = replace(self._sources[place], segment_count=count)
        self.model.set_sources(self._sources)
        header = self.view.header()
        for source_id in counts:  # the row and the headings above it (their totals)
            index = self.model.index_of(("source", source_id), SourceTreeModel.SEGMENTS)
            while index.isValid():
                width = self.view.sizeHintForIndex(index).width()
                if width > header.sectionSize(SourceTreeModel.SEGMENTS):
                    header.resizeSection(SourceTreeModel.SEGMENTS, width)
                parent = index.parent()
                index = parent.siblingAtColumn(SourceTreeModel.SEGMENTS)
        return True
