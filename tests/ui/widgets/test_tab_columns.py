"""Tables kept in a source's text (cells separated by tabs) show as aligned columns."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from app.core.sources import read_source
from app.ui.coding.text_offsets import TextOffsets
from app.ui.coding.transcript_view import TranscriptView
from app.ui.shell.main_window import MainWindow
from app.ui.widgets.tab_columns import column_stops

TABLE = (
    "I: Ini capaiannya, Dek:\n"
    "\n"
    "Program\tTarget tahunan (unit)\tRealisasi\n"
    "Pelatihan\t120\t95\n"
    "Pendataan Ulang UMKM 👩🏽‍🔬\t300\t210\n"
    "\n"
    "I: Jadi pelatihan belum mencapai target."
)


@pytest.fixture()
def view(qtbot: QtBot) -> Iterator[TranscriptView]:
    widget = TranscriptView()
    qtbot.addWidget(widget)
    widget.resize(900, 500)
    with qtbot.waitExposed(widget):
        widget.show()
    yield widget


def _cell_lefts(view: TranscriptView, text: str) -> list[list[int]]:
    """For each line with tabs, the x of the first character of every cell."""
    offsets = TextOffsets(text)
    cursor = QTextCursor(view.document())
    rows = []
    position = 0
    for line in text.split("\n"):
        if "\t" in line:
            lefts = []
            start = position
            for cell in line.split("\t"):
                cursor.setPosition(offsets.to_utf16(start))
                lefts.append(view.cursorRect(cursor).left())
                start += len(cell) + 1
            rows.append(lefts)
        position += len(line) + 1
    return rows


def test_the_cells_of_a_table_start_at_the_same_x_in_every_row(view: TranscriptView) -> None:
    view.show_text(TABLE, (), ())
    rows = _cell_lefts(view, TABLE)
    assert len(rows) == 3
    for column in range(3):
        assert len({row[column] for row in rows}) == 1, rows
    # Each column clears its widest cell: no cell runs into the next one.
    assert rows[0][1] > rows[0][0] + view.fontMetrics().horizontalAdvance(
        "Pendataan Ulang UMKM")
    assert view.toPlainText() == TABLE  # the text itself is unchanged


def test_text_without_tables_keeps_qt_s_default_stops(view: TranscriptView) -> None:
    view.show_text("P: Apa kabar?\nI: Baik.", (), ())
    assert view.document().defaultTextOption().tabs() == []
    assert column_stops("tanpa tabel", view.font()) == []


def test_columns_too_wide_for_the_view_are_narrowed_to_fit(view: TranscriptView) -> None:
    wide = "kata " * 40
    text = f"{wide}\tx\ty\n{wide}\tx\ty\na\tb\tc"
    unlimited = column_stops(text, view.font())
    fitted = column_stops(text, view.font(), 400.0)
    assert unlimited[-1] > 400 and fitted[-1] <= 400
    # Only the wide column was narrowed: the gap after it stays what the short one needs.
    assert fitted[1] - fitted[0] == pytest.approx(unlimited[1] - unlimited[0])


def test_stops_fit_the_width_of_the_view(view: TranscriptView) -> None:
    text = ("Tahun\tJumlah usaha mikro dan kecil yang dibina (unit)\tJumlah usaha mikro dan "
            "kecil (unit)\tPersentase dibina (%)\n2019\t176\t45.702\t0,39\n"
            "2020\t113\t45.702\t0,25")
    view.resize(500, 400)
    view.show_text(text, (), ())
    stops = [tab.position for tab in view.document().defaultTextOption().tabs()]
    assert len(stops) == 3 and stops[-1] < view.viewport().width()
    rows = _cell_lefts(view, text)
    assert rows[1] == rows[2]  # the data rows line up even where the header cannot


def test_the_sample_interview_table_lines_up(qtbot: QtBot, window: MainWindow) -> None:
    workspace = window.workspace
    assert workspace is not None and window.project is not None
    with qtbot.waitSignal(workspace.sources.source_selected):
        assert workspace.sources.select_source(3)
    text = read_source(window.project, source_id=3).text
    rows = _cell_lefts(workspace.transcript.view, text)
    assert len(rows) >= 3  # the I3 transcript holds a table of five years
    data = rows[1:]  # its long header may need more than one line in a narrow view
    for column in range(len(data[0])):
        assert len({row[column] for row in data}) == 1, rows


def test_the_stops_are_fitted_again_when_the_view_gets_narrower(
    qtbot: QtBot, view: TranscriptView
) -> None:
    text = ("Tahun\tJumlah usaha mikro dan kecil yang dibina (unit)\tPersentase\n"
            "2019\t176\t0,39\n2020\t113\t0,25")
    view.resize(1000, 400)
    view.show_text(text, (), ())

    def last_stop() -> float:
        return view.document().defaultTextOption().tabs()[-1].position

    wide = last_stop()
    view.resize(330, 400)
    qtbot.waitUntil(lambda: last_stop() < wide)
    assert last_stop() < view.viewport().width()
    rows = _cell_lefts(view, text)
    assert rows[1] == rows[2]
