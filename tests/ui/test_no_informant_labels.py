"""Evidence from an interview that no informant is linked to is called so in the GUI:
never the kind of source in the Informant column, never "evidence from 0 informants"."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt

from app.analysis.verification import verify
from app.ui.analysis.conclusion_texts import checks_lines, warning_text
from app.ui.host.analysis_segments import SegmentTableModel
from tests.analysis.evidence_factory import evidence


def unlinked(**values: object) -> object:
    return replace(evidence(**values), informant=None, informant_id=None,  # type: ignore[arg-type]
                   informant_type=None, source="wawancara_a")


def test_the_informant_column_says_no_informant_linked(qtbot: object) -> None:
    model = SegmentTableModel()
    notes = evidence(informant=None, kind="observation")
    model.set_segments([evidence(informant="I2"), unlinked(), notes])  # type: ignore[list-item]
    shown = [model.index(row, SegmentTableModel.INFORMANT).data(Qt.ItemDataRole.DisplayRole)
             for row in range(3)]
    assert shown == ["I2", "no informant linked", "observation"]


def test_conclusion_checks_do_not_count_zero_informants() -> None:
    both = [unlinked(valence="negative"), unlinked(valence="negative")]
    checks = verify(both, verdict_leans_positive=False,  # type: ignore[arg-type]
                    linked_segment_ids=())
    lines = checks_lines(checks)
    assert lines[0] == "Evidence from no informant: no informant linked"
    assert not any("0 informants" in line for line in lines)
    warnings = [warning_text(key, checks.informant_count) for key in checks.warnings]
    assert any(text.startswith("No informant is linked to this evidence") for text in warnings)
    assert not any("one informant only" in text for text in warnings)
    single = verify([evidence(informant="I1", valence="negative")],
                    verdict_leans_positive=False, linked_segment_ids=())
    assert checks_lines(single)[0] == "Evidence from 1 informants (key)"
    assert warning_text("single_informant", single.informant_count).startswith(
        "Evidence from one informant only")
