"""Choosing a source shows its text with every coded segment highlighted."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from app.core.segments import list_segments
from app.core.sources import import_sources, read_source
from app.ui.coding.source_tree import SourceTreeModel
from app.ui.coding.text_offsets import TextOffsets
from app.ui.shell.main_window import MainWindow


def test_selecting_a_source_shows_its_text_and_highlights(qtbot: QtBot,
                                                          window: MainWindow) -> None:
    workspace = window.workspace
    assert workspace is not None and window.project is not None
    with qtbot.waitSignal(workspace.sources.source_selected) as selected:
        assert workspace.sources.select_source(3)
    assert selected.args == [3]
    view = workspace.transcript.view
    document = read_source(window.project, source_id=3)
    segments = list_segments(window.project, source_id=3)
    assert view.toPlainText() == document.text
    assert len(view.extraSelections()) == len(segments) == view.highlight_count() > 0
    offsets = TextOffsets(document.text)
    drawn = sorted(
        (selection.cursor.selectionStart(), selection.cursor.selectionEnd())
        for selection in view.extraSelections()
    )
    assert drawn == sorted(offsets.span_to_utf16(s.start, s.end) for s in segments)
    heading = workspace.transcript.heading.text()
    assert "I3_kepala_bidang" in heading
    assert f"{len(segments)} coded segments" in heading


def test_highlight_colours_are_translucent_code_colours(window: MainWindow) -> None:
    workspace = window.workspace
    assert workspace is not None and window.project is not None
    workspace.sources.select_source(1)
    first = list_segments(window.project, source_id=1)[0]
    selections = workspace.transcript.view.extraSelections()
    background = selections[0].format.background().color()
    assert background.name() == first.color.lower()
    assert 90 <= background.alpha() <= 130


def test_screenshot_mode_opens_the_first_interview(window: MainWindow) -> None:
    assert window.show_first_interview()
    workspace = window.workspace
    assert workspace is not None
    assert workspace.transcript.source_id == workspace.sources.first_source_id("interview")
    assert workspace.sources.current_source_id() == workspace.transcript.source_id


def test_turn_speakers_are_bold(window: MainWindow) -> None:
    workspace = window.workspace
    assert workspace is not None and window.project is not None
    workspace.sources.select_source(1)
    turn = read_source(window.project, source_id=1).turns[0]
    block = workspace.transcript.view.document().findBlock(turn.start)
    formats = block.layout().formats()
    assert formats and formats[0].start == 0
    assert formats[0].length == len(turn.speaker) + 1
    assert formats[0].format.fontWeight() > 400


def test_hovering_a_highlight_names_its_codes(window: MainWindow) -> None:
    workspace = window.workspace
    assert workspace is not None and window.project is not None
    workspace.sources.select_source(1)
    segment = list_segments(window.project, source_id=1)[0]
    view = workspace.transcript.view
    covering = view.segments_at(TextOffsets(view.toPlainText()).to_utf16(segment.start))
    assert segment.id in {s.id for s in covering}
    assert view.segments_at(0) == []  # the title line is not coded


def test_the_selected_source_survives_a_new_import(qtbot: QtBot, window: MainWindow,
                                                   tmp_path: Path) -> None:
    workspace = window.workspace
    assert workspace is not None and window.project is not None
    workspace.sources.select_source(3)
    note = tmp_path / "catatan_tambahan.txt"
    note.write_text("Catatan tambahan.\n", encoding="utf-8")
    changes = import_sources(window.project, paths=[note], kind="observation")
    with (qtbot.assertNotEmitted(workspace.sources.source_selected),
          qtbot.waitSignal(workspace.sources.reloaded)):
        workspace.hub.publish(changes)
    assert workspace.sources.model.index_of(("source", changes.created)).isValid()
    assert workspace.sources.current_source_id() == 3
    assert workspace.sources.view.currentIndex().data(SourceTreeModel.SourceIdRole) == 3
