"""REFI-QDA export/import with progress, the background runner's Cancel, and replacing a
transcript with a corrected version."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtWidgets import QFileDialog, QInputDialog, QProgressDialog, QPushButton
from pytestqt.qtbot import QtBot

from app.core.changes import Changes
from app.core.project import Project
from app.core.segments import list_segments
from app.core.source_revision import list_unanchored_segments, plan_source_revision
from app.core.sources import list_sources
from app.errors import TelaahError
from app.ui.exchange.exchange_actions import (
    choose_revision,
    export_project,
    export_summary_text,
    import_project,
    import_report_text,
)
from app.ui.exchange.exchange_revision import RevisionDialog
from app.ui.host.change_hub import ChangeHub
from app.ui.shell.main_window import MainWindow
from tests.core.test_source_revision import TITLE, _corrected
from tests.ui.conftest import keep_shot

T = TypeVar("T")
SAMPLES = Path(__file__).resolve().parents[2] / "data" / "refi-qda"  # copies of shared/


def finish(qtbot: QtBot, start: Callable[[Callable[[T | None], None]], object]) -> T | None:
    """Start a background action and wait for what it hands its ``on_end``."""
    ended: list[T | None] = []
    start(ended.append)
    qtbot.waitUntil(lambda: bool(ended), timeout=60_000)
    assert len(ended) == 1
    return ended[0]


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> list[TelaahError]:
    shown: list[TelaahError] = []
    for module in ("app.ui.exchange.exchange_actions", "app.ui.exchange.exchange_revision"):
        monkeypatch.setattr(f"{module}.show_error",
                            lambda _parent, error, _translate: shown.append(error))
    return shown


def test_export_then_import_gives_the_same_counts(qtbot: QtBot, demo_project: Project,
                                                  tmp_path: Path) -> None:
    archive = tmp_path / "demo.qdpx"
    summary = finish(qtbot, lambda end: export_project(None, demo_project, archive,
                                                           on_end=end))
    assert summary is not None and archive.is_file()
    assert summary.segments == len(list_segments(demo_project))
    assert f"{summary.segments} coded segments" in export_summary_text(summary)
    report = finish(qtbot, lambda end: import_project(None, archive, tmp_path / "back.telaah",
                                                         on_end=end))
    assert report is not None
    assert (report.sources, report.segments) == (summary.sources, summary.segments)
    assert "Imported" in import_report_text(report)
    with Project.open(tmp_path / "back.telaah") as back:
        assert len(list_segments(back)) == summary.segments


def test_a_real_sample_imports(qtbot: QtBot, tmp_path: Path) -> None:
    sample = SAMPLES / "spec-example2-atlasti8_skyloom.qdpx"
    maxqda = SAMPLES / "maxqda24_paperthemes_ICLS_just10.qdpx"
    complete = finish(qtbot, lambda end: import_project(
        None, maxqda, tmp_path / "maxqda.telaah", on_end=end,
        ask_skip=lambda _parent, _missing: pytest.fail("asked")))
    assert complete is not None and complete.sources == 10 and complete.codes > 0
    asked: list[int] = []

    def refuse(_parent, missing) -> bool:  # type: ignore[no-untyped-def]
        asked.append(missing.count)
        return False

    # Its media sources' text is not in the archive: refusing imports nothing ...
    assert finish(qtbot, lambda end: import_project(
        None, sample, tmp_path / "refused.telaah", on_end=end, ask_skip=refuse)) is None
    assert asked == [6] and not (tmp_path / "refused.telaah").exists()
    # ... accepting imports the rest and names what was left out.
    report = finish(qtbot, lambda end: import_project(
        None, sample, tmp_path / "sample.telaah", on_end=end,
        ask_skip=lambda _parent, _missing: True))
    # (this ATLAS.ti sample embeds no text at all: its codes come, its six sources do not)
    assert report is not None and report.codes > 0 and len(report.skipped) >= 6
    assert "Left out:" in import_report_text(report)


def test_a_bad_archive_is_a_message_and_writes_nothing(qtbot: QtBot, tmp_path: Path,
                                                       errors: list[TelaahError]) -> None:
    bad = tmp_path / "bad.qdpx"
    bad.write_bytes(b"not a zip at all")
    assert finish(qtbot, lambda end: import_project(None, bad, tmp_path / "bad.telaah",
                                                    on_end=end)) is None
    assert len(errors) == 1 and not (tmp_path / "bad.telaah").exists()


def test_cancel_in_the_progress_dialog_writes_no_archive(qtbot: QtBot, demo_project: Project,
                                                          tmp_path: Path) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    archive = folder / "cancelled.qdpx"
    ended: list[object] = []
    job = export_project(None, demo_project, archive, on_end=ended.append)
    dialog = job.progress_dialog
    assert isinstance(dialog, QProgressDialog) and dialog.windowTitle() == "Export REFI-QDA"
    cancel = dialog.findChild(QPushButton)
    assert cancel is not None
    cancel.click()  # what the person presses
    qtbot.waitUntil(lambda: bool(ended), timeout=60_000)
    assert ended == [None] and job.outcome == "cancelled"
    assert not archive.exists() and list(folder.iterdir()) == []


def test_replace_transcript_reads_and_plans_off_the_gui_thread(
        qtbot: QtBot, window: MainWindow, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    assert window.project is not None
    source_id, old = _source(window.project)
    new, _moved, _deleted = _corrected(old)
    corrected = tmp_path / "corrected.txt"
    corrected.write_text(new, encoding="utf-8")
    monkeypatch.setattr(QInputDialog, "getItem", lambda *args, **kwargs: (TITLE, True))
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda *args, **kwargs: (str(corrected), ""))
    job = choose_revision(window)
    assert job is not None
    qtbot.waitUntil(lambda: job.done, timeout=60_000)
    assert job.outcome == "result"
    shown = [d for d in window.findChildren(RevisionDialog) if d.isVisible()]
    assert len(shown) == 1 and shown[0].source_id == source_id and shown[0].text == new
    expected = plan_source_revision(window.project, source_id=source_id, text=new)
    assert shown[0].plan == expected
    assert f"{len(expected.placements)} coded segments" in shown[0].counts.text()
    shown[0].reject()


def _source(project: Project) -> tuple[int, str]:
    source = next(s for s in list_sources(project) if s.title == TITLE)
    from app.core.sources import read_source

    return source.id, read_source(project, source_id=source.id).text


def test_the_revision_dialog_shows_the_plan_then_replaces(qtbot: QtBot,
                                                          demo_project: Project) -> None:
    source_id, old = _source(demo_project)
    new, _moved, _deleted = _corrected(old)
    hub = ChangeHub()
    dialog = RevisionDialog(demo_project, hub, source_id, new)
    qtbot.addWidget(dialog)
    plan = dialog.plan
    assert f"{len(plan.placements)} coded segments" in dialog.counts.text()
    assert "followed a moved passage" in dialog.counts.text()
    assert dialog.unplaced.topLevelItemCount() == len(plan.unplaced) > 0
    was_at = [dialog.unplaced.topLevelItem(row).text(2)
              for row in range(dialog.unplaced.topLevelItemCount())]
    assert all(re.fullmatch(r"(turn|para\.) \d+", place) for place in was_at), was_at
    assert _source(demo_project)[1] == old  # the plan changed nothing
    dialog.show()
    qtbot.waitExposed(dialog)
    keep_shot(dialog, "revision_dialog.png")
    with qtbot.waitSignal(hub.changed) as blocker:
        result = dialog.replace()
    assert result is not None
    changes: Changes = blocker.args[0]
    assert changes.sources == {source_id}
    assert _source(demo_project)[1] == new
    listed = {row.segment_id for row in list_unanchored_segments(demo_project,
                                                                 source_id=source_id)}
    shown = {dialog.plan.unplaced[i].segment_id
             for i in range(dialog.unplaced.topLevelItemCount())}
    assert listed == shown
    assert dialog.unplaced_label.text().startswith("Text replaced.")
    assert not dialog.replace_button.isEnabled()


def test_an_empty_corrected_text_is_refused(qtbot: QtBot, demo_project: Project) -> None:
    source_id, _old = _source(demo_project)
    with pytest.raises(TelaahError):
        RevisionDialog(demo_project, ChangeHub(), source_id, "")


def test_sources_without_text_are_named_in_the_import_report(qtbot: QtBot,
                                                              tmp_path: Path) -> None:
    from tests.io.qdpx_builders import SOURCE, codebook_xml, project_xml, write_zip

    body = (codebook_xml() + f'<Sources><TextSource guid="{SOURCE}" name="Kosong dari NVivo" '
            'plainTextPath="internal://k.txt"/></Sources>')
    archive = write_zip(tmp_path / "nvivo.qdpx", {"project.qde": project_xml(body),
                                                  "sources/k.txt": b"  \n"})
    report = finish(qtbot, lambda end: import_project(
        None, archive, tmp_path / "p.telaah", on_end=end,
        ask_skip=lambda _parent, _missing: pytest.fail("asked")))
    assert report is not None and report.sources == 1
    assert "Warning: these sources have no text: Kosong dari NVivo" in import_report_text(report)


def test_replace_transcript_with_a_timed_file_updates_the_sync_points(
        qtbot: QtBot, window: MainWindow, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from app.core.recordings import read_recording
    from app.core.transcript_editing import marked_transcript
    from app.io.sync_points import clock_precise

    project = window.project
    assert project is not None
    source_id = next(s.id for s in list_sources(project) if s.title == "I4_pendamping")
    before = read_recording(project, source_id=source_id)
    assert before is not None and len(before.sync_points) >= 2
    first = before.sync_points[1].time_ms
    corrected = tmp_path / "I4_revisi.txt"
    corrected.write_text(marked_transcript(project, source_id=source_id).replace(
        f"[{clock_precise(first)}]", f"[{clock_precise(first + 700)}]"), encoding="utf-8")
    monkeypatch.setattr(QInputDialog, "getItem",
                        lambda *args, **kwargs: ("I4_pendamping", True))
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda *args, **kwargs: (str(corrected), ""))
    job = choose_revision(window)
    assert job is not None
    qtbot.waitUntil(lambda: job.done, timeout=60_000)
    shown = [d for d in window.findChildren(RevisionDialog) if d.isVisible()]
    assert len(shown) == 1 and "[" not in shown[0].text
    assert shown[0].replace() is not None
    after = read_recording(project, source_id=source_id)
    assert after is not None
    assert [p.time_ms for p in after.sync_points] == [
        p.time_ms + (700 if index == 1 else 0) for index, p in enumerate(before.sync_points)]
    shown[0].reject()
