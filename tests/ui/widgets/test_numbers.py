"""Decimals and percentages follow the interface language."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from app.ui.shell import language_switch
from app.ui.widgets.numbers import decimal, percent


def test_indonesian_writes_a_decimal_comma_and_english_a_point(qapp: QApplication) -> None:
    language_switch.install_translator("id")
    try:
        assert (decimal(0.3866, 3), percent(0.9512), decimal(-0.72, 2)) == \
            ("0,387", "95,1%", "−0,72")
        assert decimal(0.5, 2, signed=True) == "+0,50"
        assert decimal(-0.0001, 2) == "0,00"  # no minus on a rounded zero
        language_switch.install_translator("en")
        assert (decimal(0.3866, 3), percent(0.9512), decimal(1234.5, 1)) == \
            ("0.387", "95.1%", "1,234.5")
    finally:
        language_switch.remove_translator()
