"""Tables and lists tell long names whole and never show code-point offsets (issue 15)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.analysis.search import SearchHit
from app.ui.coding.search_coding import CodeHitsPreview
from app.ui.coding.search_model import SearchHitModel
from app.ui.widgets.analysis_table_model import RowTableModel
from tests.ui.segment_bench import OFFSETS


class _Names(RowTableModel):
    def headers(self) -> Sequence[str]:
        return ("Code", "Count")

    def cell(self, payload: object, row: int, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.DisplayRole:
            return payload if column == 0 else 3
        return None


def test_table_cells_with_long_names_tell_them_whole_in_a_tooltip(qtmodeltester) -> None:
    model = _Names()
    long_name = "Upaya/Pendataan ulang pelaku usaha mikro kecil dan menengah"
    model.set_rows(["a", "b"], [long_name, "Kualitas"])
    qtmodeltester.check(model)
    tip = Qt.ItemDataRole.ToolTipRole
    assert model.index(0, 0).data(tip) == long_name
    assert model.index(1, 0).data(tip) is None and model.index(0, 1).data(tip) is None


def test_a_search_hit_without_a_known_turn_shows_no_offsets() -> None:
    model = SearchHitModel()
    hit = SearchHit(source_id=1, source_title="Catatan", informant=None, start=254, end=279,
                    text="antrean", before="", after="", score=100.0)
    model.set_hits([hit], {})
    assert model.position(hit) == "—"


def test_the_code_all_hits_list_shows_words_not_offsets(qtbot: QtBot) -> None:
    hit = SearchHit(source_id=1, source_title="wawancara_layanan", informant=None, start=254,
                    end=261, text="antrean", before="Pelayanan sudah cepat, tetapi ",
                    after=" masih panjang", score=100.0)
    dialog = CodeHitsPreview([hit], "Hambatan/Minim Diklat")
    qtbot.addWidget(dialog)
    text = dialog.hits.item(0).text()
    assert text.startswith("wawancara_layanan: ") and "antrean" in text
    assert not OFFSETS.search(text)
