"""The excerpts dialog's preview shows table rows in an excerpt as a table."""

from __future__ import annotations

from PySide6.QtGui import QTextTable
from PySide6.QtWidgets import QTextBrowser
from pytestqt.qtbot import QtBot

from app.ui.analysis.excerpts_dialog import excerpt_html


def _tables(browser: QTextBrowser) -> list[list[list[str]]]:
    found = []
    frames = list(browser.document().rootFrame().childFrames())
    while frames:
        frame = frames.pop(0)
        frames.extend(frame.childFrames())
        if isinstance(frame, QTextTable):
            found.append([[frame.cellAt(row, column).firstCursorPosition().block().text()
                           for column in range(frame.columns())]
                          for row in range(frame.rows())])
    return found


def test_table_rows_in_an_excerpt_preview_as_a_table(qtbot: QtBot) -> None:
    browser = QTextBrowser()
    qtbot.addWidget(browser)
    text = "Ini datanya:\n\nTahun\tBinaan\n2019\t176\n\nJadi <turun> & naik."
    browser.setHtml(f"<blockquote>{excerpt_html(text)}</blockquote>")
    assert _tables(browser) == [[["Tahun", "Binaan"], ["2019", "176"]]]
    plain = browser.toPlainText()
    assert "Ini datanya:" in plain and "Jadi <turun> & naik." in plain


def test_an_excerpt_without_a_table_keeps_its_lines() -> None:
    assert excerpt_html("Baris satu\nbaris <dua>") == "Baris satu<br>baris &lt;dua&gt;"
