"""File-menu work that needs dialogs: new project, demo study, importing sources."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from app.core.changes import Changes
from app.core.project import Project
from app.core.source_import import InformantDraft, PlannedSource, import_planned
from app.core.sources import import_sources
from app.errors import Cancelled, PdfWithoutText, TelaahError
from app.ui.shell.shell_window import ShellWindow
from app.ui.widgets.work_runner import Job, ProgressOptions, run_work, stop_when

if TYPE_CHECKING:
    from app.ui.coding.import_dialog import ImportDialog
    from app.ui.coding.sources_dialog import SourcesDialog

CONTEXT = "ProjectActions"
IMPORTABLE = ("*.txt *.docx *.md *.odt *.rtf *.pdf *.jpg *.jpeg *.png *.tif *.tiff")


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _save_path(window: QWidget, title: str, suggested: str) -> Path | None:
    path, _filter = QFileDialog.getSaveFileName(
        window, title, suggested, _tr("Telaah projects (*.telaah)"))
    if not path:
        return None
    chosen = Path(path)
    return chosen if chosen.suffix == ".telaah" else chosen.with_suffix(".telaah")


def create_project(location: Path, *, title: str = "") -> Project:
    """A new project with the Kasmir (2016) codebook, opened; nothing is left behind on
    error (:func:`app.core.new_project.create_project`, as ``telaah new``)."""
    # Loaded here: it reads the codebook file (lxml), which starting the GUI does not need.
    from app.core.new_project import create_project as create_new_project

    create_new_project(location, title=title)
    return Project.open(location)


def new_project(window: ShellWindow) -> None:
    location = _save_path(window, _tr("New project"), "")
    if location is None:
        return
    try:
        project = create_project(location)
    except TelaahError as error:
        window.report(error)
        return
    from app.ui.shell.project_windows import show_in_window

    show_in_window(window, project)  # beside an open project: in a second window


def open_demo(window: ShellWindow) -> Job[Project] | None:
    """Build the demo study where the person says, off the GUI thread with progress and
    Cancel; it opens (beside an open project: in a second window) once built."""
    location = _save_path(window, _tr("Save the demo study as"), "demo.telaah")
    if location is None:
        return None

    def shown(project: Project) -> None:
        from app.ui.shell.project_windows import show_in_window

        show_in_window(window, project)

    from app.core.demo import build_demo  # with the recordings and QDPX readers it uses

    return run_work(
        lambda progress, cancelled: build_demo(location,
                                               progress=stop_when(progress, cancelled)),
        on_result=shown, on_error=lambda error: report_error(window, error),
        on_cancelled=lambda: window.report(Cancelled()),
        dialog=progress_options(_tr("Building the demo study…")), parent=window)


def progress_options(label: str) -> ProgressOptions:
    """A cancellable progress dialog shown after 300 ms, as for imports and the demo."""
    return ProgressOptions(title=QCoreApplication.applicationName(), label=label,
                           minimum_ms=300)


def report_error(window: ShellWindow, error: BaseException) -> None:
    """A core error as a translated message; anything else is a bug for the error log."""
    if isinstance(error, TelaahError):
        window.report(error)
    else:
        sys.excepthook(type(error), error, error.__traceback__)


def import_with_dialog(window: ShellWindow) -> None:
    paths, _filter = QFileDialog.getOpenFileNames(
        window, _tr("Import sources"), "",
        _tr("Texts and documents ({patterns});;All files (*)").format(patterns=IMPORTABLE))
    if paths:
        open_import_dialog(window, [Path(path) for path in paths])


def open_import_dialog(window: ShellWindow, paths: Sequence[Path]) -> ImportDialog | None:
    """Show the files with a title, kind and (suggested) informant each; Import stores
    them. Opened window-modal without a nested event loop: the dialog is returned."""
    from app.ui.coding.import_dialog import ImportDialog

    if window.project is None or not paths:
        return None
    dialog = ImportDialog(window.project, paths, window, translate=window.translator)
    dialog.import_requested.connect(
        lambda sources, drafts: import_planned_sources(window, dialog, sources, drafts))
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog


def import_planned_sources(window: ShellWindow, import_dialog: ImportDialog,
                           sources: list[PlannedSource],
                           drafts: list[InformantDraft], *,
                           ocr: bool = False) -> Job[Changes] | None:
    """Create the new informants and import the files off the GUI thread; on an error the
    import dialog stays open and says what went wrong (nothing was changed). A scanned PDF
    without a text layer is offered OCR (``ocr`` runs it, page by page, cancellable)."""
    project, hub = window.project, window.hub
    if project is None or hub is None:
        return None

    def imported(changes: Changes) -> None:
        hub.publish(changes)
        import_dialog.accept()
        message = _tr("{count} sources imported.").format(count=len(changes.sources))
        if drafts:
            message += " " + _tr("New informants: {labels}.").format(
                labels=", ".join(draft.label for draft in drafts))
        window.show_message(message)

    def failed(error: BaseException) -> None:
        if isinstance(error, PdfWithoutText) and not ocr:
            offer_ocr(window, import_dialog, sources, drafts, error)
        elif isinstance(error, TelaahError):
            import_dialog.show_error(error)
        else:
            report_error(window, error)

    return run_work(
        lambda progress, cancelled: import_planned(
            project, sources=sources, new_informants=drafts,
            progress=stop_when(progress, cancelled), ocr=ocr),
        on_result=imported, on_error=failed,
        on_cancelled=lambda: window.show_message(
            _tr("Import cancelled; nothing was changed.")),
        dialog=progress_options(_tr("Importing {count} files…").format(count=len(sources))),
        parent=window)


def offer_ocr(window: ShellWindow, import_dialog: ImportDialog, sources: list[PlannedSource],
              drafts: list[InformantDraft], error: PdfWithoutText) -> QMessageBox:
    """Ask (without a nested event loop) whether to recognise the scans' text with OCR;
    Yes imports again with OCR as background work."""
    box = QMessageBox(QMessageBox.Icon.Question, _tr("Scanned PDF"),
                      error.message(window.translator) + "\n\n" +
                      _tr("Recognise the text with OCR (Tesseract)? This takes a while per "
                          "page; the text is marked as machine-made until you check it."),
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, window)
    yes = box.button(QMessageBox.StandardButton.Yes)
    box.buttonClicked.connect(
        lambda button: import_planned_sources(window, import_dialog, sources, drafts,
                                              ocr=True) if button is yes else None)
    box.finished.connect(box.deleteLater)
    box.open()
    return box


def import_paths(window: ShellWindow, paths: Sequence[Path]) -> Job[Changes] | None:
    """Import files as interviews off the GUI thread, with a cancellable progress dialog;
    all or nothing. The panels hear of the new sources when it is done."""
    project, hub = window.project, window.hub
    if project is None or hub is None or not paths:
        return None
    files = list(paths)

    def imported(changes: Changes) -> None:
        hub.publish(changes)
        window.show_message(_tr("{count} sources imported.").format(
            count=len(changes.sources)))

    return run_work(
        lambda progress, cancelled: import_sources(project, paths=files,
                                                   progress=stop_when(progress, cancelled)),
        on_result=imported, on_error=lambda error: report_error(window, error),
        on_cancelled=lambda: window.show_message(
            _tr("Import cancelled; nothing was changed.")),
        dialog=progress_options(_tr("Importing {count} files…").format(count=len(files))),
        parent=window)


def edit_sources(window: ShellWindow) -> SourcesDialog | None:
    """Open *Sources and informants* window-modal (no nested event loop); returned, so a
    test or walk-through can drive it."""
    from app.ui.coding.sources_dialog import SourcesDialog

    if window.project is None or window.hub is None:
        return None
    dialog = SourcesDialog(window.project, window.hub, window.report, window,
                           history=window.history, translate=window.translator)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog
