"""Editing the codebook from its panel: a context menu, dialogs, drag and drop — all undoable."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QColor
from PySide6.QtWidgets import (
    QColorDialog,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.core.changes import Changes
from app.core.codes import CodeView
from app.core.ids import CodeId, SegmentId
from app.core.verdict_scale_text import default_scale_text, scale_of_text, scale_text
from app.core.workbench import Workbench
from app.errors.conflicts import EditConflict
from app.ui.coding.codebook_panel import CodebookPanel
from app.ui.coding.quick_code import QuickCodeBox
from app.ui.host.edit_history import EditHistory
from app.ui.widgets.conflict_dialog import (
    EDIT,
    KEEP_MINE,
    KEEP_THEIRS,
    Resolve,
    ask_resolution,
)
from app.ui.widgets.window_size import fit_window

CONTEXT = "CodebookEditor"
TEXT_FIELDS = ("definition", "inclusion", "exclusion", "example")
Confirm = Callable[[str], bool]


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class CodeDialog(QDialog):
    """Name and codebook documentation of one code."""

    def __init__(self, code: CodeView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("Code: {name}").format(name=code.name))
        self.loaded = code  # what the fields showed: OK sends only what differs from it
        self.name = QLineEdit(code.name, self)
        self.shortcut = QLineEdit(code.shortcut or "", self)
        self.shortcut.setMaxLength(20)
        self.texts: dict[str, QPlainTextEdit] = {}
        form = QFormLayout()
        form.addRow(_tr("Name"), self.name)
        labels = {"definition": _tr("Definition"), "inclusion": _tr("Use when"),
                  "exclusion": _tr("Do not use when"), "example": _tr("Example")}
        for key in TEXT_FIELDS:
            editor = QPlainTextEdit(getattr(code, key), self)
            editor.setTabChangesFocus(True)
            editor.setFixedHeight(70)
            self.texts[key] = editor
            form.addRow(labels[key], editor)
        form.addRow(_tr("Shortcut key"), self.shortcut)
        self.scale: QLineEdit | None = None
        if code.parent_id is None:  # a top-level code carries its group's verdict scale
            self.scale = QLineEdit(scale_text(code.verdict_scale), self)
            self.scale.setObjectName("verdictScale")
            self.scale.setPlaceholderText(default_scale_text(code.group))
            self.scale.setToolTip(_tr("Words from best to worst, separated by |. Empty: the "
                                      "default scale of the code group."))
            rule = QLabel(rule_hint(code.group), self)
            rule.setObjectName("verdictRule")
            rule.setWordWrap(True)
            form.addRow(_tr("Verdict scale"), self.scale)
            form.addRow("", rule)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        fit_window(self, "code", (480, 520))

    def fill(self, name: str, values: dict[str, Any]) -> None:
        """Put a person's own edits into the fields (after a conflict: edit again)."""
        self.name.setText(name)
        for key, editor in self.texts.items():
            if key in values:
                editor.setPlainText(str(values[key]))
        if "shortcut" in values:
            self.shortcut.setText(str(values["shortcut"] or ""))
        if self.scale is not None and "verdict_scale" in values:
            self.scale.setText(scale_text(values["verdict_scale"] or ()))

    def values(self) -> dict[str, Any]:
        values: dict[str, Any] = {key: editor.toPlainText() for key, editor in self.texts.items()}
        values["shortcut"] = self.shortcut.text().strip()
        if self.scale is not None:
            values["verdict_scale"] = scale_of_text(self.scale.text())
        return values


def rule_hint(group: str) -> str:
    """How conclusions of a code group are suggested, for the codebook editor."""
    return {
        "indicator": _tr("Performance rule: suggested from the valence of the evidence, "
                         "voice by voice (each informant, observation, documentation)."),
        "obstacle": _tr("Confirmation rule: suggested from how many informants, informant "
                        "types and techniques confirm the obstacle, and whether anyone "
                        "denies it — not from good or bad."),
        "effort": _tr("Implementation rule: suggested from how many voices report the effort "
                      "carried out, only planned, or not done."),
    }.get(group, _tr("Performance rule: suggested from the valence of the evidence, "
                     "voice by voice (each informant, observation, documentation)."))


class CodebookEditor(QObject):
    """Every codebook edit as one undoable workbench action, named for the Edit menu."""

    message = Signal(str)

    def __init__(self, workbench: Workbench, panel: CodebookPanel, history: EditHistory,
                 parent: QWidget) -> None:
        super().__init__(parent)
        self._workbench = workbench
        self._codes = workbench.codes
        self._panel = panel
        self._history = history
        self._parent = parent
        self.confirm: Confirm = self._ask
        self.resolve: Resolve = ask_resolution
        panel.view.customContextMenuRequested.connect(self._show_menu)
        panel.model.move_requested.connect(self._on_drop)

    def _code(self, code_id: CodeId) -> CodeView:
        """The code as the panel shows it (kept current from Changes), else as stored."""
        code = next((c for c in self._panel.codes() if c.id == code_id), None)
        code = code or self._codes.get(code_id)
        if code is None:
            raise KeyError(code_id)
        return code

    # --- the edits ------------------------------------------------------------------------

    def add(self, name: str, parent_id: CodeId | None = None) -> Changes | None:
        return self._history.run(lambda: self._codes.add(
            code_name=name, parent_id=parent_id,
            name=_tr("Add code {code}").format(code=name)))

    def rename(self, code_id: CodeId, name: str) -> Changes | None:
        old = self._code(code_id).name
        return self._history.run(lambda: self._codes.rename(
            code_id=code_id, new_name=name,
            name=_tr("Rename {old} to {new}").format(old=old, new=name)))

    def recolour(self, code_id: CodeId, color: str) -> Changes | None:
        code_name = self._code(code_id).name
        return self._history.run(lambda: self._codes.recolour(
            code_id=code_id, color=color, name=_tr("Recolour {code}").format(code=code_name)))

    def document(self, code_id: CodeId, name: str, values: dict[str, Any],
                 loaded: CodeView | None = None) -> Changes | None:
        """The documentation fields and the name in one transaction, undone as one.

        ``loaded``: the code as the dialog showed it. Only the fields the user changed
        compared with it are sent, with their loaded values, so a field someone else
        changed meanwhile is never overwritten: that is a conflict the user resolves
        (keep mine, keep theirs, or edit again with both in view)."""
        code = loaded if loaded is not None else self._code(code_id)
        changed = {key: value for key, value in values.items()
                   if value != (getattr(code, key) or ("" if key != "verdict_scale" else ()))}
        new_name = name if name != code.name else None
        expected: dict[str, object] = {key: getattr(code, key) for key in changed}
        if new_name is not None:
            expected["name"] = code.name
        step = _tr("Edit code {code}").format(code=name)
        choice: list[str] = []

        def send() -> Changes:
            nonlocal changed, new_name
            while changed or new_name is not None:
                try:
                    return self._codes.document(code_id=code_id, values=changed,
                                                new_name=new_name, name=step,
                                                expected=expected)
                except EditConflict as conflict:
                    answer = self.resolve(self._parent, conflict)
                    if answer == KEEP_MINE:  # send again without checking those fields
                        for key in conflict.conflicting:
                            expected.pop(key, None)
                    elif answer == KEEP_THEIRS:  # drop my change of those fields
                        changed = {key: value for key, value in changed.items()
                                   if key not in conflict.conflicting}
                        if "name" in conflict.conflicting:
                            new_name = None
                    else:
                        choice.append(answer or "")
                        return Changes()
            return Changes()

        if not changed and new_name is None:
            return None
        changes = self._history.run(send)
        if choice == [EDIT]:  # their version, with mine put back where I changed it
            fresh = self._codes.get(code_id)  # as stored now, not as the panel shows it
            if fresh is None:
                return changes
            dialog = CodeDialog(fresh, self._parent)
            dialog.fill(name, values)
            if dialog.exec() == QDialog.DialogCode.Accepted:
                changes = self.document(code_id, dialog.name.text(), dialog.values(), fresh)
            dialog.deleteLater()
        return changes

    def move(self, code_id: CodeId, parent_id: CodeId | None, index: int | None) -> Changes | None:
        code_name = self._code(code_id).name
        return self._history.run(lambda: self._codes.move(
            code_id=code_id, parent_id=parent_id, index=index,
            name=_tr("Move {code}").format(code=code_name)))

    def merge(self, source_id: CodeId, target_id: CodeId) -> Changes | None:
        source, target = self._code(source_id), self._code(target_id)
        return self._history.run(lambda: self._codes.merge(
            source_id=source_id, target_id=target_id,
            name=_tr("Merge {source} into {target}").format(
                source=source.name, target=target.name)))

    def split(self, code_id: CodeId, name: str,
              segment_ids: tuple[SegmentId, ...]) -> Changes | None:
        code_name = self._code(code_id).name
        return self._history.run(lambda: self._codes.split(
            code_id=code_id, new_name=name, segment_ids=segment_ids,
            name=_tr("Split {new} off {code}").format(new=name, code=code_name)))

    def delete(self, code_id: CodeId) -> Changes | None:
        """Asks first (``confirm``), saying how many segments go with the code."""
        code = self._code(code_id)
        count = self._codes.count_segments_under(code_id)
        question = _tr("Delete the code “{code}” and its sub-codes? {count} coded segments "
                       "will be deleted with it (Undo can bring them back).").format(
            code=code.path, count=count)
        if not self.confirm(question):
            return None
        return self._history.run(lambda: self._codes.delete(
            code_id=code_id, name=_tr("Delete code {code}").format(code=code.name)))

    def _on_drop(self, key: int, parent_key: int, row: int) -> None:
        """The tree's drop: ``key`` the dragged code's id, ``parent_key`` its new parent's
        (below 0: the top level), ``row`` its place there (below 0: the end)."""
        if self._workbench.read_only:
            self.message.emit(_tr("Read-only: the codebook cannot be changed"))
            return
        code_id = CodeId(key)
        parent = None if parent_key < 0 else CodeId(parent_key)
        index = None if row < 0 else row
        old_parent, old_index = self._codes.place(code_id)
        if index is not None and old_parent == parent and old_index < index:
            index -= 1  # the code itself no longer counts above its new place
        if (old_parent, old_index) == (parent, index):
            return
        self.move(code_id, parent, index)

    # --- interactive ----------------------------------------------------------------------

    def _ask(self, question: str) -> bool:
        answer = QMessageBox.question(self._parent, _tr("Delete code"), question)
        return answer == QMessageBox.StandardButton.Yes

    def _show_menu(self, point: QPoint) -> None:
        menu = self.context_menu(self._panel.view.indexAt(point))
        menu.exec(self._panel.view.viewport().mapToGlobal(point))
        menu.deleteLater()

    def context_menu(self, index: QModelIndex) -> QMenu:
        menu = self._edit_menu(index)
        if self._workbench.read_only:  # every edit is switched off; the menu says why
            for action in menu.actions():
                action.setEnabled(False)
            hint = QAction(_tr("Read-only: the codebook cannot be changed"), menu)
            hint.setEnabled(False)
            menu.insertAction(menu.actions()[0], hint)
        return menu

    def _edit_menu(self, index: QModelIndex) -> QMenu:
        key = self._panel.model.key_of(index) if index.isValid() else None
        menu = QMenu(self._panel)
        menu.addAction(_tr("Add code…"), lambda: self._ask_add(None))
        if not isinstance(key, int):  # the tree's keys are code ids
            return menu
        code_id = CodeId(key)
        menu.addAction(_tr("Add sub-code…"), lambda: self._ask_add(code_id))
        menu.addSeparator()
        menu.addAction(_tr("Edit name and definition…"), lambda: self._ask_document(code_id))
        menu.addAction(_tr("Colour…"), lambda: self._ask_colour(code_id))
        menu.addSeparator()
        menu.addAction(_tr("Merge into…"), lambda: self._ask_merge(code_id))
        menu.addAction(_tr("Split off a sub-code…"), lambda: self._ask_split(code_id))
        menu.addSeparator()
        menu.addAction(_tr("Delete…"), lambda: self.delete(code_id))
        return menu

    def _ask_add(self, parent_id: CodeId | None) -> None:
        name, accepted = QInputDialog.getText(self._parent, _tr("Add code"), _tr("Name"))
        if accepted and name.strip():
            self.add(name, parent_id)

    def _ask_document(self, code_id: CodeId) -> None:
        dialog = CodeDialog(self._code(code_id), self._parent)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.document(code_id, dialog.name.text(), dialog.values(), dialog.loaded)
        dialog.deleteLater()

    def _ask_colour(self, code_id: CodeId) -> None:
        color = QColorDialog.getColor(QColor(self._code(code_id).color), self._parent)
        if color.isValid():
            self.recolour(code_id, color.name())

    def _ask_merge(self, code_id: CodeId) -> None:
        others = [code for code in self._panel.codes() if code.id != code_id]
        box = QuickCodeBox(others, self._parent, title=_tr("Merge “{code}” into").format(
            code=self._code(code_id).name))
        if box.exec() == QDialog.DialogCode.Accepted and box.chosen is not None:
            self.merge(code_id, box.chosen.id)
        box.deleteLater()

    def _ask_split(self, code_id: CodeId) -> None:
        dialog = SplitDialog(self._workbench, self._code(code_id), self._parent)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.name.text().strip():
            self.split(code_id, dialog.name.text(), dialog.chosen_ids())
        dialog.deleteLater()


class SplitDialog(QDialog):
    """Name of the new sub-code and which of the code's segments move to it."""

    def __init__(self, workbench: Workbench, code: CodeView,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("Split off a sub-code of {code}").format(code=code.name))
        self.name = QLineEdit(self)
        self.segments = QListWidget(self)
        for segment in workbench.segments.all(code_ids=frozenset({code.id})):
            item = QListWidgetItem(f"{segment.source}: {segment.text[:120]}")
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setData(Qt.ItemDataRole.UserRole, segment.id)
            self.segments.addItem(item)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(_tr("Name of the sub-code"), self.name)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.segments)
        layout.addWidget(buttons)
        fit_window(self, "split_code", (560, 480))

    def chosen_ids(self) -> tuple[SegmentId, ...]:
        return tuple(SegmentId(int(self.segments.item(row).data(Qt.ItemDataRole.UserRole)))
                     for row in range(self.segments.count())
                     if self.segments.item(row).checkState() == Qt.CheckState.Checked)
