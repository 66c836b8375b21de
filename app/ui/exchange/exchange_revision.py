"""Replace a transcript with a corrected version: the plan first (how each segment would be
re-anchored), then the replacement, then the segments that could not be placed."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.evidence import turn_places
from app.core.ids import SourceId
from app.core.project import Project
from app.core.recordings import SyncPoint
from app.core.source_revision import (
    PlacementStatus,
    RevisionPlan,
    RevisionResult,
    SegmentPlacement,
    plan_source_revision,
    revise_source,
)
from app.errors import TelaahError
from app.ui.host.analysis_context import Translate, same_text
from app.ui.host.analysis_segments import place_label
from app.ui.host.change_hub import ChangeHub
from app.ui.host.error_messages import show_error
from app.ui.widgets.window_size import fit_window

CONTEXT = "ExchangeRevision"
SNIPPET_CHARS = 120


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def placement_label(status: PlacementStatus) -> str:
    return {
        PlacementStatus.UNCHANGED: _tr("unchanged"),
        PlacementStatus.SHIFTED: _tr("shifted with the text"),
        PlacementStatus.EDITED: _tr("on edited words"),
        PlacementStatus.MOVED: _tr("followed a moved passage"),
        PlacementStatus.UNPLACED: _tr("could not be placed"),
    }[status]


def _snippet(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= SNIPPET_CHARS else flat[: SNIPPET_CHARS - 1] + "…"


def _placement_item(placement: SegmentPlacement, was_at: str) -> QTreeWidgetItem:
    return QTreeWidgetItem([placement.code, placement.coder, was_at,
                            _snippet(placement.old_text)])


class RevisionDialog(QDialog):
    """Shows the plan for ``text`` as the new text of ``source_id``; Replace carries it out
    and then lists the unplaced segments (they keep their coded words in a memo)."""

    def __init__(self, project: Project, hub: ChangeHub, source_id: SourceId, text: str,
                 parent: QWidget | None = None, *,
                 translate_error: Translate = same_text,
                 plan: RevisionPlan | None = None,
                 sync_points: Sequence[SyncPoint] | None = None) -> None:
        """``plan`` is the plan for ``text`` when it was worked out already (off the GUI
        thread, :func:`app.ui.exchange.exchange_actions.choose_revision`); ``sync_points``
        are the times a timed transcript file gave (None: the recording's points move with
        their words)."""
        super().__init__(parent)
        self.project = project
        self.hub = hub
        self.source_id = source_id
        self.text = text
        self.sync_points = None if sync_points is None else tuple(sync_points)
        self._translate = translate_error
        self.revision: RevisionResult | None = None
        self.plan: RevisionPlan = plan or plan_source_revision(project, source_id=source_id,
                                                               text=text)
        # Where each unplaced segment was, as a turn of the text before the replacement.
        places = turn_places(project, ((source_id, p.old_start) for p in self.plan.unplaced))
        self._was_at = {p.segment_id: place_label(*places[(source_id, p.old_start)])
                        for p in self.plan.unplaced}
        self.setWindowTitle(_tr("Replace transcript: {title}").format(title=self.plan.title))
        fit_window(self, "source_revision", (860, 520))
        self.counts = QLabel(self)
        self.counts.setWordWrap(True)
        self.unplaced_label = QLabel(self)
        self.unplaced_label.setWordWrap(True)
        self.unplaced = QTreeWidget(self)
        self.unplaced.setRootIsDecorated(False)
        self.unplaced.setHeaderLabels([_tr("Code"), _tr("Coder"), _tr("Was at"),
                                       _tr("Coded words")])
        self.unplaced.setColumnWidth(0, 220)
        self.unplaced.setColumnWidth(2, 100)
        self.buttons = QDialogButtonBox(self)
        self.replace_button = self.buttons.addButton(
            _tr("Replace the text"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.replace_button.clicked.connect(self.replace)
        self.cancel_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.counts)
        layout.addWidget(self.unplaced_label)
        layout.addWidget(self.unplaced, 1)
        layout.addWidget(self.buttons)
        self._show_plan()

    def _show_plan(self) -> None:
        plan = self.plan
        lines = [_tr("{title}: {old} characters now, {new} in the corrected version; "
                     "{count} coded segments.").format(
                         title=plan.title, old=plan.old_length, new=plan.new_length,
                         count=len(plan.placements))]
        for status in PlacementStatus:
            count = plan.count(status)
            if count:
                lines.append(f"• {placement_label(status)}: {count}")
        self.counts.setText("\n".join(lines))
        self._list_unplaced(_tr(
            "These segments cannot be placed confidently; after replacing they stay listed "
            "for you (with their coded words in a memo) instead of silently shifting:")
            if plan.unplaced else _tr("Every segment can be placed."))

    def _list_unplaced(self, note: str) -> None:
        self.unplaced_label.setText(note)
        self.unplaced.clear()
        for placement in self.plan.unplaced:
            self.unplaced.addTopLevelItem(
                _placement_item(placement, self._was_at.get(placement.segment_id, "")))

    def replace(self) -> RevisionResult | None:
        try:
            result = revise_source(self.project, source_id=self.source_id, text=self.text,
                                   sync_points=self.sync_points)
        except TelaahError as error:
            show_error(self, error, self._translate)
            return None
        self.revision = result
        self.plan = result.plan
        self.hub.publish(result.changes)
        self.replace_button.setEnabled(False)
        self.cancel_button.setText(_tr("Close"))
        self._list_unplaced(
            _tr("Text replaced. {count} segments need placing by hand:").format(
                count=len(result.plan.unplaced))
            if result.plan.unplaced else _tr("Text replaced; every segment was placed."))
        return result
