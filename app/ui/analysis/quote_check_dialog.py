"""Quote verification (issue 7): every quotation of a thesis draft checked against the
transcripts — exact, near (with the differences) or not found, and whether the cited
informant is the one who said it."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.core.evidence import turn_places
from app.core.project import Project
from app.core.quote_verification import QuoteCheck, QuoteStatus, verify_draft_quotes
from app.errors import TelaahError
from app.ui.analysis.quote_check_model import QuoteCheckModel, differences_html
from app.ui.host.analysis_context import JumpTo, Translate, same_text
from app.ui.host.analysis_segments import place_label
from app.ui.host.change_hub import ChangeHub
from app.ui.host.error_messages import show_error
from app.ui.host.feature_dialog import FeatureDialog
from app.ui.widgets.long_work import Job, ProgressOptions, run_for
from app.ui.widgets.window_size import fit_window

CONTEXT = "QuoteCheckDialog"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class QuoteCheckDialog(FeatureDialog):
    def __init__(self, project: Project, hub: ChangeHub, coder_name: str, jump_to: JumpTo,
                 parent: QWidget | None = None, *,
                 translate_error: Translate = same_text) -> None:
        super().__init__(project, hub, coder_name, jump_to, parent,
                         translate_error=translate_error)
        self.checks: list[QuoteCheck] = []
        self.verifying: Job[list[QuoteCheck]] | None = None
        self.setWindowTitle(_tr("Verify quotations in a draft"))
        fit_window(self, "quote_check", (1150, 720))
        self.draft = QLineEdit(self)
        self.draft.setPlaceholderText(_tr("Thesis draft (.docx)"))
        browse = QPushButton(_tr("Choose…"), self)
        self.verify_button = QPushButton(_tr("Verify"), self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.model = QuoteCheckModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # whole in the tooltip
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        for column in range(self.model.columnCount()):
            header.setSectionResizeMode(
                column, QHeaderView.ResizeMode.Stretch if column in (1, 6)
                else QHeaderView.ResizeMode.ResizeToContents)
        self.detail = QTextBrowser(self)
        self.jump_button = QPushButton(_tr("Show in text"), self)
        close_button = QPushButton(_tr("Close"), self)

        choose = QHBoxLayout()
        choose.addWidget(QLabel(_tr("Draft"), self))
        choose.addWidget(self.draft, 1)
        choose.addWidget(browse)
        choose.addWidget(self.verify_button)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setSizes([460, 200])
        buttons = QHBoxLayout()
        buttons.addWidget(self.jump_button)
        buttons.addStretch(1)
        buttons.addWidget(close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(choose)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)

        browse.clicked.connect(self._choose_draft)
        self.verify_button.clicked.connect(lambda: self.verify())
        self.draft.returnPressed.connect(lambda: self.verify())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())
        self.table.doubleClicked.connect(lambda _index: self.jump_to_current())
        self.jump_button.clicked.connect(self.jump_to_current)
        close_button.clicked.connect(self.accept)
        self._show_current()

    def _choose_draft(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, _tr("Choose a thesis draft"), "", _tr("Word document (*.docx)"))
        if path:
            self.draft.setText(path)
            self.verify()

    def verify(self, path: Path | None = None) -> Job[list[QuoteCheck]]:
        """Check the draft's quotations off the GUI thread, with progress and Cancel; the
        table fills once the job is done."""
        draft = path or Path(self.draft.text().strip())
        if path is not None:
            self.draft.setText(str(path))
        project = self.project

        def work(progress: Callable[[int, int], None],
                 cancelled: Callable[[], bool]) -> list[QuoteCheck]:
            return verify_draft_quotes(project, draft_path=draft, progress=progress,
                                       cancel=cancelled)

        self.verifying = run_for(self, work, on_result=self.show_checks,
                                 report=lambda error: show_error(self, error, self._translate),
                                 progress=ProgressOptions(_tr("Verify quotations"),
                                                          _tr("Looking up each quotation…")))
        return self.verifying

    def done(self, result: int) -> None:
        if self.verifying is not None:  # closing stops a check still running
            self.verifying.cancel()
        super().done(result)

    def show_checks(self, checks: list[QuoteCheck]) -> None:
        self.checks = checks
        self.model.set_checks(checks)
        counts = Counter(check.match.status for check in checks)
        miscited = sum(1 for check in checks if check.informant_matches is False)
        self.summary.setText(_tr(
            "{total} quotations: {exact} exact, {near} near, {missing} not found; "
            "{miscited} cite another informant than the one found.").format(
                total=len(checks), exact=counts[QuoteStatus.EXACT],
                near=counts[QuoteStatus.NEAR], missing=counts[QuoteStatus.NOT_FOUND],
                miscited=miscited))
        if checks:
            self.table.selectRow(0)
        self._show_current()

    def current_check(self) -> QuoteCheck | None:
        index = self.table.currentIndex()
        return self.model.payload(index.row()) if index.isValid() else None

    def _show_current(self) -> None:
        check = self.current_check()
        found = check is not None and check.match.source_id is not None
        self.jump_button.setEnabled(found)
        if check is None:
            self.detail.clear()
            return
        place = ""
        match = check.match
        if match.source_id is not None and match.start is not None:
            try:
                places = turn_places(self.project, [(match.source_id, match.start)])
            except TelaahError as error:
                show_error(self, error, self._translate)
            else:
                place = place_label(*places[(match.source_id, match.start)])
        self.detail.setHtml(differences_html(check, place))

    def jump_to_current(self) -> None:
        check = self.current_check()
        match = check.match if check is not None else None
        if match is not None and match.source_id is not None:
            assert match.start is not None and match.end is not None
            self._jump_to(match.source_id, match.start, match.end)


def open_quote_check(window: QWidget) -> QuoteCheckDialog | None:
    from app.ui.host.team_window import open_feature

    widget = open_feature(window, QuoteCheckDialog)
    assert widget is None or isinstance(widget, QuoteCheckDialog)
    return widget


def install(window: QWidget) -> None:
    from app.ui.host.team_window import add_menu_action

    add_menu_action(window, "tools", _tr("&Verify quotations in a draft…"),
                    lambda: open_quote_check(window))
