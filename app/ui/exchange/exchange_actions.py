"""File › Export REFI-QDA…, Import REFI-QDA… and Replace transcript with corrected
version… (issue 7). Exports and imports run off the GUI thread with progress and Cancel."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

from app.core.project import Project
from app.core.qdpx import ExportSummary, export_qdpx
from app.core.qdpx_import import ImportReport, import_qdpx
from app.core.source_revision import (
    RevisedTranscript,
    RevisionPlan,
    plan_source_revision,
    read_revised_transcript,
)
from app.core.sources import list_sources
from app.errors import QdpxMissingSources, TelaahError
from app.ui.exchange.exchange_revision import RevisionDialog
from app.ui.host.analysis_context import AnalysisContext, Translate, same_text
from app.ui.host.error_messages import show_error
from app.ui.host.team_window import add_menu_action, feature_context, window_host
from app.ui.widgets.work_runner import Job, ProgressOptions, run_work

CONTEXT = "ExchangeActions"
MISSING_LISTED = 10  # names of missing sources shown in the question
AskSkip = Callable[[QWidget | None, QdpxMissingSources], bool]


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _nothing(_value: object) -> None:
    return None


def export_project(parent: QWidget | None, project: Project, path: Path, *,
                   on_end: Callable[[ExportSummary | None], None] = _nothing,
                   translate_error: Translate = same_text) -> Job[ExportSummary]:
    """Write the project as a .qdpx off the GUI thread; ``on_end`` gets the summary, or
    None when cancelled or failed (the message is shown)."""
    return run_work(
        lambda progress, cancelled: export_qdpx(project, path=path, progress=progress,
                                                cancel=cancelled),
        on_result=on_end, on_cancelled=lambda: on_end(None),
        on_error=lambda error: _failed(parent, error, translate_error, on_end),
        dialog=ProgressOptions(_tr("Export REFI-QDA"), _tr("Writing the project…")),
        parent=parent)


def _failed(parent: QWidget | None, error: BaseException, translate_error: Translate,
            on_end: Callable[[None], None]) -> None:
    """A core error is shown as its message; anything else is a bug for the error log."""
    if isinstance(error, TelaahError):
        show_error(parent, error, translate_error)
    else:
        sys.excepthook(type(error), error, error.__traceback__)
    on_end(None)


def ask_skip_missing(parent: QWidget | None, missing: QdpxMissingSources) -> bool:
    """Some sources' text is not in the archive (audio, video, or not embedded): import the
    rest without them? The default answer is No, which imports nothing."""
    names = list(missing.names)
    answer = QMessageBox.question(
        parent, _tr("Import REFI-QDA"),
        _tr("The text of {count} source(s) is missing from {file}:\n{names}\n\n"
            "Import the project without them (and without their coded segments)?").format(
            count=missing.count, file=Path(str(archive_name(missing))).name,
            names="\n".join(f"• {name}" for name in names[:MISSING_LISTED])
            + ("\n…" if len(names) > MISSING_LISTED else "")),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def archive_name(missing: QdpxMissingSources) -> str:
    return str(missing.path)


def import_project(parent: QWidget | None, archive: Path, target: Path, *,
                   on_end: Callable[[ImportReport | None], None] = _nothing,
                   translate_error: Translate = same_text,
                   ask_skip: AskSkip = ask_skip_missing) -> Job[ImportReport]:
    """Create the project ``target`` from a .qdpx off the GUI thread; nothing is left behind
    on error or Cancel. ``on_end`` gets the report, or None when nothing was imported.

    When some sources' text is not in the archive, ``ask_skip`` decides whether to import
    the rest without them (a second run, whose job is not the one returned)."""
    def run(skip_missing: bool) -> Job[ImportReport]:
        return run_work(
            lambda progress, cancelled: import_qdpx(archive, target, progress=progress,
                                                    cancel=cancelled,
                                                    skip_missing_sources=skip_missing),
            on_result=on_end, on_cancelled=lambda: on_end(None),
            on_error=lambda error: failed(error, skip_missing),
            dialog=ProgressOptions(_tr("Import REFI-QDA"), _tr("Reading the archive…")),
            parent=parent)

    def failed(error: BaseException, skipped_missing: bool) -> None:
        if isinstance(error, QdpxMissingSources) and not skipped_missing:
            if ask_skip(parent, error):
                run(True)
            else:
                on_end(None)
            return
        _failed(parent, error, translate_error, on_end)

    return run(False)


def export_summary_text(summary: ExportSummary) -> str:
    return _tr("Exported {sources} sources, {codes} codes, {segments} coded segments, "
               "{informants} informants, {coders} coders and {memos} memos to {path}.").format(
        sources=summary.sources, codes=summary.codes, segments=summary.segments,
        informants=summary.informants, coders=summary.coders, memos=summary.memos,
        path=summary.path)


def import_report_text(report: ImportReport) -> str:
    text = _tr("Imported {sources} sources, {codes} codes, {segments} coded segments, "
               "{informants} informants, {coders} coders and {memos} memos from {origin}.").format(
        sources=report.sources, codes=report.codes, segments=report.segments,
        informants=report.informants, coders=report.coders, memos=report.memos,
        origin=report.origin or "?")
    if report.skipped:
        text += "\n" + _tr("Left out: {items}").format(items="; ".join(report.skipped))
    if report.empty_sources:
        text += "\n" + _tr("Warning: these sources have no text: {names}").format(
            names="; ".join(report.empty_sources))
    return text


# --- menu actions ---------------------------------------------------------------------------


def _context(window: QWidget) -> AnalysisContext | None:
    return feature_context(window)


def choose_export(window: QWidget) -> Job[ExportSummary] | None:
    context = _context(window)
    if context is None:
        return None
    path, _filter = QFileDialog.getSaveFileName(
        window, _tr("Export REFI-QDA project"), "", _tr("REFI-QDA project (*.qdpx)"))
    if not path:
        return None
    target = Path(path) if path.lower().endswith(".qdpx") else Path(path + ".qdpx")

    def exported(summary: ExportSummary | None) -> None:
        if summary is not None:
            QMessageBox.information(window, _tr("Export REFI-QDA"), export_summary_text(summary))

    return export_project(window, context.project, target, on_end=exported,
                          translate_error=context.translate_error)


def choose_import(window: QWidget) -> Job[ImportReport] | None:
    archive, _filter = QFileDialog.getOpenFileName(
        window, _tr("Import REFI-QDA project"), "", _tr("REFI-QDA project (*.qdpx)"))
    if not archive:
        return None
    target, _filter = QFileDialog.getSaveFileName(
        window, _tr("Save the imported project as"), str(Path(archive).with_suffix(".telaah")),
        _tr("Telaah projects (*.telaah)"))
    if not target:
        return None
    context = _context(window)
    translate = context.translate_error if context is not None else same_text

    def imported(report: ImportReport | None) -> None:
        if report is None:
            return
        answer = QMessageBox.question(
            window, _tr("Import REFI-QDA"),
            import_report_text(report) + "\n\n" + _tr("Open the imported project now?"))
        if answer == QMessageBox.StandardButton.Yes:
            window_host(window).open_project(Path(report.location))

    return import_project(window, Path(archive), Path(target), on_end=imported,
                          translate_error=translate)


def choose_revision(window: QWidget) -> Job[tuple[RevisedTranscript, RevisionPlan]] | None:
    """Ask for a source and its corrected version; the file is read and the segments'
    new places are worked out off the GUI thread, then the plan is shown in a
    :class:`RevisionDialog` over the window."""
    context = _context(window)
    if context is None:
        return None
    sources = list_sources(context.project)
    if not sources:
        return None
    titles = [source.title for source in sources]
    title, chosen = QInputDialog.getItem(window, _tr("Replace transcript"),
                                         _tr("Source to replace"), titles, 0, False)
    if not chosen:
        return None
    path, _filter = QFileDialog.getOpenFileName(
        window, _tr("Corrected version of {title}").format(title=title), "",
        _tr("Transcripts (*.txt *.docx *.srt *.vtt *.otr *.html *.htm);;All files (*)"))
    if not path:
        return None
    project, source_id = context.project, sources[titles.index(title)].id

    def plan(_progress: object, _cancelled: object) -> tuple[RevisedTranscript, RevisionPlan]:
        # A timed file of a recorded interview brings its sync points as well.
        revised = read_revised_transcript(project, source_id=source_id, path=Path(path))
        return revised, plan_source_revision(project, source_id=source_id, text=revised.text)

    def show(planned: tuple[RevisedTranscript, RevisionPlan]) -> None:
        revised, revision_plan = planned
        dialog = RevisionDialog(project, context.hub, source_id, revised.text, window,
                                translate_error=context.translate_error, plan=revision_plan,
                                sync_points=revised.sync_points)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()

    return run_work(plan, on_result=show, busy_cursor=True, parent=window,
                    on_error=lambda error: _failed(window, error, context.translate_error,
                                                   _nothing))


def install(window: QWidget) -> None:
    add_menu_action(window, "file", _tr("&Export REFI-QDA…"), lambda: choose_export(window),
                    separated=True)
    add_menu_action(window, "file", _tr("Im&port REFI-QDA…"), lambda: choose_import(window),
                    needs_project=False)
    add_menu_action(window, "file", _tr("Replace &transcript with corrected version…"),
                    lambda: choose_revision(window))
