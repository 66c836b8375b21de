"""The quotations of a draft and how each matched, as a table model."""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QBrush, QColor

from app.core.quote_verification import QuoteCheck, QuoteStatus
from app.ui.widgets.analysis_table_model import RowTableModel

CONTEXT = "QuoteCheckModel"
QUOTE_CHARS = 120
STATUS_COLOURS = {QuoteStatus.EXACT: "#d8f0d8", QuoteStatus.NEAR: "#fff1c7",
                  QuoteStatus.NOT_FOUND: "#f8d4d4"}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def status_label(status: QuoteStatus) -> str:
    return {QuoteStatus.EXACT: _tr("Exact"), QuoteStatus.NEAR: _tr("Near match"),
            QuoteStatus.NOT_FOUND: _tr("Not found")}[status]


def informant_label(check: QuoteCheck) -> str:
    if check.informant_matches is None:
        return "—"
    return _tr("yes") if check.informant_matches else _tr("NO")


def differences_text(check: QuoteCheck) -> str:
    parts = []
    for difference in check.match.differences:
        if difference.kind == "changed":
            parts.append(_tr("'{quote}' → source '{source}'").format(
                quote=difference.quote_text, source=difference.source_text))
        elif difference.kind == "missing":
            parts.append(_tr("missing: '{source}'").format(source=difference.source_text))
        else:
            parts.append(_tr("added: '{quote}'").format(quote=difference.quote_text))
    if check.match.elisions:
        parts.append(_tr("{count} elision(s) …").format(count=check.match.elisions))
    return "; ".join(parts)


def differences_html(check: QuoteCheck, place: str = "") -> str:
    """The quotation and the source text, with the differing words marked; ``place`` is
    the turn or paragraph where it was found (code points when not given)."""
    match = check.match
    rows = [f"<p><b>{html.escape(_tr('Quotation'))}</b> "
            f"({html.escape(_tr('paragraph {number}').format(number=check.quote.paragraph))}"
            f"{', ' + html.escape(check.quote.citation) if check.quote.citation else ''}):"
            f"<br>“{html.escape(check.quote.text)}”</p>"]
    if match.status is QuoteStatus.NOT_FOUND:
        rows.append(f"<p><i>{html.escape(_tr('Not found in any transcript.'))}</i></p>")
        return "".join(rows)
    where = f" [{html.escape(place)}]" if place else ""
    rows.append(f"<p><b>{html.escape(_tr('Found in'))}</b> {html.escape(match.source_title or '')}"
                f"{where}:<br>“{html.escape(match.found_text)}”</p>")
    if match.differences:
        rows.append("<ul>")
        for difference in match.differences:
            quote = f"<s style='color:#a00'>{html.escape(difference.quote_text)}</s>" \
                if difference.quote_text else ""
            source = f"<b style='color:#070'>{html.escape(difference.source_text)}</b>" \
                if difference.source_text else ""
            rows.append(f"<li>{quote} → {source}</li>")
        rows.append("</ul>")
    if check.informant_matches is False:
        rows.append("<p><b>" + html.escape(_tr(
            "The citation names {cited}, but the quotation is from {found}.").format(
                cited=check.cited_informant or check.cited_source or "?",
                found=match.informant or match.source_title or "?")) + "</b></p>")
    return "".join(rows)


class QuoteCheckModel(RowTableModel):
    CHECK_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)

    def set_checks(self, checks: Sequence[QuoteCheck]) -> None:
        self.set_rows([check.quote.number for check in checks], list(checks), reset=True)

    def headers(self) -> Sequence[str]:
        return (_tr("Paragraph"), _tr("Quotation"), _tr("Status"), _tr("Found in"),
                _tr("Cited"), _tr("Informant matches"), _tr("Differences"))

    def cell(self, payload: Any, row: int, column: int, role: int) -> Any:
        check: QuoteCheck = payload
        if role == self.CHECK_ROLE:
            return check
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            match = check.match
            quote = " ".join(check.quote.text.split())
            if role == Qt.ItemDataRole.DisplayRole and len(quote) > QUOTE_CHARS:
                quote = quote[: QUOTE_CHARS - 1] + "…"
            found = ("—" if match.status is QuoteStatus.NOT_FOUND else
                     f"{match.source_title} ({match.informant})" if match.informant
                     else match.source_title or "—")
            values = (str(check.quote.paragraph), quote, status_label(match.status), found,
                      check.cited_informant or check.cited_source or "—",
                      informant_label(check), differences_text(check))
            return values[column] if 0 <= column < len(values) else None
        if role == Qt.ItemDataRole.BackgroundRole and column == 2:
            return QBrush(QColor(STATUS_COLOURS[check.match.status]))
        if role == Qt.ItemDataRole.BackgroundRole and column == 5 and \
                check.informant_matches is False:
            return QBrush(QColor(STATUS_COLOURS[QuoteStatus.NOT_FOUND]))
        return None
