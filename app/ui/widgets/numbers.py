"""Numbers as the interface language writes them: 0,387 and 95,1% in Indonesian.

``language_switch.install_translator`` makes the language's locale the default, so
``QLocale()`` here follows the interface language, not the machine's.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale

MINUS = "\u2212"  # a real minus sign, as in typeset tables


def decimal(value: float, digits: int, *, signed: bool = False) -> str:
    text = QLocale().toString(abs(value), "f", digits)
    if value < 0 and text.strip("0.,") != "":
        return MINUS + text
    return ("+" + text) if signed and value > 0 else text


def percent(fraction: float, digits: int = 1) -> str:
    return decimal(fraction * 100, digits) + "%"


def locale_for(language: str) -> QLocale:
    return QLocale("id_ID" if language == "id" else "en_GB")
