"""Qt gets only the highlights near the visible text (issue 19), and a long transcript still
shows every highlight where it is scrolled to: after an applied code, at the end, in the
text and in the margin; undo takes it away again."""

from __future__ import annotations

import random
from pathlib import Path

from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QTextEdit
from pytestqt.qtbot import QtBot

from app.core.coders import ensure_coder
from app.core.codes import list_codes
from app.core.project import Project
from app.core.segments import add_segment, list_segments
from app.core.sources import import_sources
from app.ui.coding.mark_window import WHOLE_TEXT, MarkLayer, window_around
from app.ui.coding.text_offsets import TextOffsets
from app.ui.coding.transcript_view import TranscriptView
from app.ui.shell.main_window import MainWindow
from tests.ui.conftest import identity, show_active

SENTENCE = "Informan: Pelayanan di kantor kecamatan sudah cepat, tetapi antrean masih panjang. 😀"
LINES = 1_500  # ~130,000 code points, far more than one window of marks


def _made(key: int) -> QTextEdit.ExtraSelection:
    selection = QTextEdit.ExtraSelection()
    selection.format.setProperty(1000, key)  # which mark it is
    return selection


def test_a_layer_finds_exactly_the_overlapping_marks_in_the_order_they_came() -> None:
    generator = random.Random(19)
    layer: MarkLayer[int] = MarkLayer(_made)
    spans: dict[int, tuple[int, int]] = {}
    for key in range(400):
        start = generator.randrange(0, 50_000)
        spans[key] = (start, start + generator.randrange(1, 400))
        layer.put(key, *spans[key])
    for key in generator.sample(sorted(spans), 100):  # some go, some move
        if key % 2:
            layer.remove(key)
            del spans[key]
        else:
            start = generator.randrange(0, 50_000)
            spans[key] = (start, start + 30)
            layer.put(key, *spans[key])
    assert len(layer) == len(spans) and set(layer) == set(spans)
    for _ in range(200):
        low = generator.randrange(-500, 50_500)
        high = low + generator.randrange(0, 3_000)
        expected = [key for key in spans  # insertion order: a moved mark keeps its place
                    if spans[key][0] <= high and spans[key][1] >= low]
        assert layer.keys_within(low, high) == expected
        assert [selection.format.property(1000) for selection in
                layer.selections(low, high)] == expected
    layer.clear()
    assert len(layer) == 0 and layer.keys_within(0, 10**9) == []


def test_a_short_text_hands_every_mark_a_long_one_a_window() -> None:
    assert window_around(100, 900, WHOLE_TEXT) == (0, WHOLE_TEXT)
    low, high = window_around(60_000, 63_000, 200_000)
    assert low < 60_000 - 3_000 and high > 63_000 + 3_000 and high - low < 20_000


def _long_study(demo_path: Path, tmp_path: Path) -> tuple[int, str]:
    text = "\n".join(f"{SENTENCE} ({number})" for number in range(LINES)) + "\n"
    path = tmp_path / "wawancara_panjang.txt"
    path.write_text(text, encoding="utf-8")
    with Project.open(demo_path) as project:
        source_id = import_sources(project, paths=[path]).created
        assert source_id is not None
        coder = ensure_coder(project, name="Ani").created
        assert coder is not None
        codes = [c.id for c in list_codes(project) if c.codable]
        assert list_segments(project, source_id=source_id) == []
        start = 0
        for number in range(0, LINES, 3):  # every third line: "Pelayanan ... cepat"
            start = text.index("Pelayanan", start)
            add_segment(project, source_id=source_id, code_id=codes[number % len(codes)],
                        coder_id=coder, start=start, end=start + len("Pelayanan di kantor"))
            start = text.index("\n", start)
            for _ in range(2):
                start = text.index("\n", start + 1)
    return source_id, text


def _drawn(view: TranscriptView) -> set[tuple[int, int]]:
    return {(s.cursor.selectionStart(), s.cursor.selectionEnd())
            for s in view.extraSelections()}


def _visible(view: TranscriptView, text: str) -> tuple[int, int]:
    offsets = TextOffsets(text)
    first = view.cursorForPosition(view.viewport().rect().topLeft()).position()
    last = view.cursorForPosition(view.viewport().rect().bottomRight()).position()
    return offsets.to_code_point(first), offsets.to_code_point(last)


def test_the_end_of_a_long_transcript_shows_its_highlights_and_a_new_one_until_undone(
        qtbot: QtBot, demo_path: Path, tmp_path: Path) -> None:
    source_id, text = _long_study(demo_path, tmp_path)
    window = MainWindow(Project.open(demo_path), "Tester", identity)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    show_active(qtbot, window)
    workspace = window.workspace
    assert workspace is not None and window.project is not None
    assert workspace.sources.select_source(source_id)
    view = workspace.transcript.view
    offsets = TextOffsets(text)
    segments = list_segments(window.project, source_id=source_id)
    assert view.highlight_count() == len(segments) == LINES // 3
    # Qt has the marks near the top only, not all 500.
    assert 0 < len(view.extraSelections()) < len(segments) // 4
    # Scrolled to the end: every segment there is drawn, in the text and in the margin.
    bar = view.verticalScrollBar()
    bar.setValue(bar.maximum())
    view.viewport().repaint()
    view.margin.repaint()
    first, last = _visible(view, text)
    assert last >= len(text) - len(SENTENCE) - 10
    seen = [s for s in segments if s.start <= last and s.end >= first]
    assert len(seen) >= 3
    drawn = _drawn(view)
    assert {offsets.span_to_utf16(s.start, s.end) for s in seen} <= drawn
    assert {s.id for s in seen} <= {stripe.segment_id for stripe in view.margin.stripes()}
    assert all(first - 20_000 < selection[0] for selection in drawn)  # only near the end
    # Code a passage on the last line that had none, by the code's shortcut key.
    line_start = text.rindex("\n", 0, len(text) - 1) + 1
    start = text.index("antrean", line_start)
    end = start + len("antrean masih panjang")
    assert not any(s.start < end and start < s.end for s in segments)
    view.select_span(start, end)
    key, action = next(iter(workspace.shortcut_actions().items()))
    action.trigger()
    view.viewport().repaint()
    view.margin.repaint()
    added = [s for s in list_segments(window.project, source_id=source_id)
             if (s.start, s.end) == (start, end)]
    assert len(added) == 1 and added[0].coder == "Tester"
    assert offsets.span_to_utf16(start, end) in _drawn(view)
    assert added[0].id in {stripe.segment_id for stripe in view.margin.stripes()}
    selections = view.extraSelections()
    mark = next(s for s in selections if (s.cursor.selectionStart(), s.cursor.selectionEnd())
                == offsets.span_to_utf16(start, end))
    assert mark.format.background().color().name() == added[0].color.lower() and key
    # Back at the top and down again: the marks follow the scrolling.
    bar.setValue(0)
    view.viewport().repaint()
    assert offsets.span_to_utf16(start, end) not in _drawn(view)
    assert offsets.span_to_utf16(segments[0].start, segments[0].end) in _drawn(view)
    bar.setValue(bar.maximum())
    view.viewport().repaint()
    assert offsets.span_to_utf16(start, end) in _drawn(view)
    # Undo takes the highlight and its stripe away.
    workspace.history.undo()
    view.viewport().repaint()
    view.margin.repaint()
    assert offsets.span_to_utf16(start, end) not in _drawn(view)
    assert added[0].id not in {stripe.segment_id for stripe in view.margin.stripes()}
    assert view.highlight_count() == len(segments)
    window.close()


def test_find_hits_far_down_are_outlined_when_scrolled_to(qtbot: QtBot) -> None:
    text = "\n".join(f"{SENTENCE} ({number})" for number in range(LINES))
    view = TranscriptView()
    qtbot.addWidget(view)
    view.resize(700, 500)
    view.show()
    view.show_text(text, (), ())
    offsets = TextOffsets(text)
    hits = [(place, place + len("antrean")) for place in range(len(text))
            if text.startswith("antrean", place)]
    view.mark_found(hits)
    assert view.found_count() == len(hits) == LINES
    assert len(view.extraSelections()) < LINES // 4
    cursor = QTextCursor(view.document())
    cursor.setPosition(offsets.to_utf16(hits[-1][0]))
    view.setTextCursor(cursor)  # a jump to the last hit, without the scroll bar's signal
    view.ensureCursorVisible()
    view.viewport().repaint()
    last = [s for s in view.extraSelections()
            if (s.cursor.selectionStart(), s.cursor.selectionEnd())
            == offsets.span_to_utf16(*hits[-1])]
    assert len(last) == 1 and last[0].format.background().color().name() == "#ffd400"
    view.mark_found([])
    assert view.found_count() == 0 and view.extraSelections() == []
