"""The page of a PDF source and the photo of a photo source beside their text: coded
passages highlighted on the page, a selection on the page selects the text, a region
drawn on the photo is coded with its description."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from pytestqt.qtbot import QtBot

from app.core.codebook_editing import add_code
from app.core.coding_by_name import add_coder
from app.core.ids import CodeId, CoderId, SourceId
from app.core.project import Project
from app.core.regions import regions_of
from app.core.segments import add_segment, list_segments
from app.core.source_media import source_media
from app.core.sources import import_sources, list_sources, read_source
from app.ui.coding.code_tree import CodeTreeModel
from app.ui.coding.source_tree import SourceTreeModel
from app.ui.shell.main_window import MainWindow
from tests.io.pdf_builders import make_pdf, marked_paragraphs, photo
from tests.ui.conftest import identity, keep_shot, show_active


@pytest.fixture(scope="module")
def media_project_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("media")
    pdf = make_pdf(folder, "Renstra 2021-2026", marked_paragraphs(9), header="Renstra Dinas",
                   footer_page_numbers=True, page_breaks_every=3)
    picture = photo(folder / "O1_loket.jpg", taken="2023:03:14 08:05:00")
    path = folder / "media.telaah"
    project = Project.create(path)
    import_sources(project, paths=[pdf], kind="documentation")
    import_sources(project, paths=[picture], kind="observation")
    code_id = add_code(project, name="Perencanaan").created
    coder_id = add_coder(project, name="Tester").created
    assert code_id is not None and coder_id is not None
    pdf_source = next(source for source in list_sources(project) if source.kind == "documentation")
    second = source_media(project, source_id=pdf_source.id).pages[1]
    add_segment(project, source_id=SourceId(pdf_source.id), code_id=CodeId(code_id),
                coder_id=CoderId(coder_id), start=second.start, end=second.start + 40)
    project.close()
    return path


@pytest.fixture
def media_window(qtbot: QtBot, media_project_path: Path,
                 tmp_path: Path) -> Iterator[MainWindow]:
    copy = tmp_path / "media.telaah"
    copy.write_bytes(media_project_path.read_bytes())
    window = MainWindow(Project.open(copy), "Tester", identity)
    qtbot.addWidget(window)
    window.resize(1500, 900)
    show_active(qtbot, window)
    yield window
    window.close()


def _source(window: MainWindow, kind: str) -> int:
    assert window.project is not None
    return next(source.id for source in list_sources(window.project) if source.kind == kind)


def test_the_pdf_page_shows_with_its_coded_passage(media_window: MainWindow) -> None:
    workspace = media_window.workspace
    assert workspace is not None
    workspace.sources.select_source(_source(media_window, "documentation"))
    pane = workspace.transcript.media
    assert pane.isVisible() and pane.stack.currentIndex() == 0
    # The page of the first coded segment is shown, with the passage highlighted.
    assert pane.page_label.text() == "Page 2 of 3"
    assert pane.highlighted_count() >= 1
    assert "Header: Renstra Dinas" in pane.running.text()
    keep_shot(workspace, "media-pdf-page.png")


def test_selecting_on_the_page_selects_the_text(qtbot: QtBot, media_window: MainWindow) -> None:
    workspace = media_window.workspace
    assert workspace is not None and media_window.project is not None
    source_id = _source(media_window, "documentation")
    workspace.sources.select_source(source_id)
    pane = workspace.transcript.media
    pane.show_page(0)
    canvas = pane.canvas
    # Drag over the start of the first paragraph (its box on the page, in points); the
    # running header above it is not part of the text.
    at = canvas.document.getAllText(0).text().find("Paragraf 01")
    [first] = canvas.rects_of(at, 11)
    scale = canvas.width() / canvas.document.pagePointSize(0).width()
    start = QPoint(int(first.left() * scale) + 1, int(first.center().y() * scale))
    end = QPoint(int((first.left() + 90) * scale), int(first.center().y() * scale))
    with qtbot.waitSignal(pane.select_span) as selected:
        qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=start)
        qtbot.mouseMove(canvas, end)
        qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=end)
    begin, finish = selected.args
    text = read_source(media_window.project, source_id=source_id).text
    assert begin == 0 and text[begin:finish].startswith("Paragraf 01")
    assert workspace.transcript.view.selected_span() == (begin, finish)


def test_a_region_drawn_on_the_photo_is_coded(qtbot: QtBot, media_window: MainWindow) -> None:
    workspace = media_window.workspace
    assert workspace is not None and media_window.project is not None
    source_id = _source(media_window, "observation")
    workspace.sources.select_source(source_id)
    pane = workspace.transcript.media
    assert pane.stack.currentIndex() == 1
    assert "taken 2023-03-14 08:05:00" in pane.photo_label.text()
    canvas = pane.photo
    frame = canvas._frame()
    start = QPointF(frame.left() + 0.3 * frame.width(), frame.top() + 0.1 * frame.height())
    end = QPointF(frame.left() + 0.7 * frame.width(), frame.top() + 0.3 * frame.height())
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=start.toPoint())
    qtbot.mouseMove(canvas, end.toPoint())
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=end.toPoint())
    assert not pane.code_region.isEnabled()
    pane.description.setText("Papan informasi jam layanan")
    assert pane.code_region.isEnabled()
    qtbot.mouseClick(pane.code_region, Qt.MouseButton.LeftButton)
    [region] = regions_of(media_window.project, source_id=SourceId(source_id))
    assert region.description == "Papan informasi jam layanan"
    assert region.x == pytest.approx(0.3, abs=0.01) and region.w == pytest.approx(0.4, abs=0.01)
    assert workspace.transcript.view.toPlainText().endswith("Papan informasi jam layanan")
    assert [segment.text for segment in list_segments(media_window.project,
                                                       source_id=source_id)] == [
        "Papan informasi jam layanan"]
    assert len(canvas.regions) == 1
    keep_shot(workspace, "media-photo-region.png")


def _draw_region(qtbot: QtBot, window: MainWindow, source_id: int, description: str) -> None:
    workspace = window.workspace
    assert workspace is not None
    pane = workspace.transcript.media
    frame = pane.photo._frame()
    start = QPointF(frame.left() + 0.2 * frame.width(), frame.top() + 0.2 * frame.height())
    end = QPointF(frame.left() + 0.6 * frame.width(), frame.top() + 0.5 * frame.height())
    qtbot.mousePress(pane.photo, Qt.MouseButton.LeftButton, pos=start.toPoint())
    qtbot.mouseMove(pane.photo, end.toPoint())
    qtbot.mouseRelease(pane.photo, Qt.MouseButton.LeftButton, pos=end.toPoint())
    pane.description.setText(description)
    qtbot.mouseClick(pane.code_region, Qt.MouseButton.LeftButton)


def test_coding_a_region_is_undone_and_redone_from_the_edit_menu(
        qtbot: QtBot, media_window: MainWindow) -> None:
    workspace, project = media_window.workspace, media_window.project
    assert workspace is not None and project is not None
    source_id = _source(media_window, "observation")
    workspace.sources.select_source(source_id)
    view, canvas = workspace.transcript.view, workspace.transcript.media.photo
    caption = view.toPlainText()
    [code] = [c for c in workspace.codebook.codes() if c.name == "Perencanaan"]

    def counts() -> tuple[int, int]:
        code_row = workspace.codebook.index_of_code(code.id, CodeTreeModel.SEGMENTS)
        source_row = workspace.sources.model.index_of(("source", source_id),
                                                      SourceTreeModel.SEGMENTS)
        return int(code_row.data()), int(source_row.data())

    before = counts()
    _draw_region(qtbot, media_window, source_id, "Loket antrean")
    coded = caption + "\nLoket antrean"
    assert view.toPlainText() == coded and len(canvas.regions) == 1
    assert counts() == (before[0] + 1, before[1] + 1)
    undo, redo = media_window.actions_by_name["undo"], media_window.actions_by_name["redo"]
    assert undo.isEnabled() and undo.text() == "&Undo Code region Perencanaan"
    for _round in range(2):  # undo still works after redo coded it again
        undo.trigger()
        assert regions_of(project, source_id=SourceId(source_id)) == []
        assert list_segments(project, source_id=source_id) == []
        assert read_source(project, source_id=source_id).text == caption
        assert view.toPlainText() == caption and canvas.regions == []
        assert counts() == before
        assert redo.isEnabled()
        keep_shot(media_window, "media-photo-region-undone.png")
        redo.trigger()
        [region] = regions_of(project, source_id=SourceId(source_id))
        assert region.description == "Loket antrean"
        assert view.toPlainText() == coded and len(canvas.regions) == 1
        assert counts() == (before[0] + 1, before[1] + 1)


def test_deleting_a_region_segment_takes_its_line_out(
        qtbot: QtBot, media_window: MainWindow) -> None:
    workspace, project = media_window.workspace, media_window.project
    assert workspace is not None and project is not None
    source_id = _source(media_window, "observation")
    workspace.sources.select_source(source_id)
    view, canvas = workspace.transcript.view, workspace.transcript.media.photo
    caption = view.toPlainText()
    _draw_region(qtbot, media_window, source_id, "Meja informasi")
    _draw_region(qtbot, media_window, source_id, "Kursi tunggu")
    first = next(s for s in view.segments() if s.text == "Meja informasi")
    assert workspace.segment_actions.delete(first) is not None
    assert read_source(project, source_id=source_id).text == caption + "\nKursi tunggu"
    assert view.toPlainText() == caption + "\nKursi tunggu" and len(canvas.regions) == 1
    [left] = list_segments(project, source_id=source_id)
    assert left.text == "Kursi tunggu"
    assert view.toPlainText()[left.start:left.end] == "Kursi tunggu"
    undo, redo = media_window.actions_by_name["undo"], media_window.actions_by_name["redo"]
    assert undo.text() == "&Undo Delete segment of Perencanaan"
    for _round in range(2):
        undo.trigger()
        assert [r.description for r in regions_of(project, source_id=SourceId(source_id))] \
            == ["Kursi tunggu", "Meja informasi"]
        assert view.toPlainText() == caption + "\nKursi tunggu\nMeja informasi"
        assert len(canvas.regions) == 2
        redo.trigger()
        assert view.toPlainText() == caption + "\nKursi tunggu" and len(canvas.regions) == 1
