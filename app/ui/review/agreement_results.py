"""How the agreement window shows a result: a tab of figures per table, the summary line,
the reading of κ and α with their sources, and what was compared and how.

The words belong to the agreement window's translation context (``AgreementView``).
"""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from app.core.agreement import AgreementResult, AgreementTable
from app.core.agreement_reading import reading_lines, reference_lines
from app.ui.review.agreement_model import STATISTIC_NAMES, AgreementFiguresModel, statistic_label

CONTEXT = "AgreementView"
Translate = Callable[[str], str]


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def figures_page(table: AgreementTable, coders: tuple[str, ...], translate: Translate,
                 owner: QWidget) -> tuple[QWidget, str]:
    """One table's figures (its model owned by ``owner``) under its description, and the
    title of its tab."""
    model = AgreementFiguresModel(coders, translate, owner)
    model.set_table(table, coders)
    page = QWidget()
    page_layout = QVBoxLayout(page)
    page_layout.setContentsMargins(4, 4, 4, 4)
    description = QLabel(table.description(translate), page)
    description.setWordWrap(True)
    description.setObjectName("unit_description")
    view = QTableView(page)
    view.setModel(model)
    view.verticalHeader().setVisible(False)
    view.setWordWrap(False)
    view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
    header = view.horizontalHeader()
    view.resizeColumnsToContents()
    # The figures always fit; the code column takes what is left (paths elide).
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    for column in range(1, model.columnCount()):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    page_layout.addWidget(description)
    page_layout.addWidget(view, 1)
    title = {None: _tr("Figures"), "included": _tr("Uncoded text included"),
             "excluded": _tr("Uncoded text excluded")}.get(table.uncoded,
                                                            table.uncoded) or ""
    return page, title


def summary_text(result: AgreementResult) -> str:
    """Who was compared, on which sources, and which were left out."""
    summary = _tr("Agreement between {coders}. Sources compared ({count}): {titles}").format(
        coders=", ".join(result.settings.coders), count=len(result.compared_sources),
        titles=", ".join(s.title for s in result.compared_sources))
    if result.skipped_sources:
        summary += "\n" + _tr("Sources left out ({count}): {titles}").format(
            count=len(result.skipped_sources),
            titles=", ".join(s.title for s in result.skipped_sources))
    return summary


def explanation_html(result: AgreementResult, translate: Translate) -> str:
    """Units, notes, the formulas, the interpretation bands and why a figure is missing."""
    parts = [f"<p>{html.escape(table.description(translate))}</p>"
             for table in result.tables]
    parts.extend(f"<p>{html.escape(translate(note))}</p>" for note in result.notes)
    parts.append(f"<p><b>{html.escape(_tr('Formulas'))}</b></p><ul>")
    formulas = {s.name: s.formula for s in result.tables[0].overall.statistics}
    for name in STATISTIC_NAMES:
        parts.append(f"<li><b>{html.escape(statistic_label(name))}</b>: "
                     f"{html.escape(translate(formulas[name]))}</li>")
    parts.append("</ul>")
    parts.append(f"<p><b>{html.escape(_tr('Interpretation bands'))}</b></p><ul>")
    parts.extend(f"<li>{html.escape(line)}</li>" for line in reference_lines(translate)[1:])
    parts.append("</ul>")
    reasons = sorted({s.reason for table in result.tables
                      for figures in [table.overall, *(r.figures for r in table.rows)]
                      for s in figures.statistics if s.value is None and s.reason})
    if reasons:
        parts.append(f"<p><b>{html.escape(_tr('Not reported (—)'))}</b></p><ul>")
        parts.extend(f"<li>{html.escape(translate(reason))}</li>" for reason in reasons)
        parts.append("</ul>")
    return "".join(parts)


def reading_html(result: AgreementResult, translate: Translate, language: str) -> str:
    """Every pooled figure with its band and source, then why % and κ can differ."""
    lines = reading_lines(result, translate, language)
    head, *figures, note = lines
    rows: list[tuple[str, list[str]]] = [("", [])]
    for line in figures:
        if line.endswith(":"):  # a table's title: its figures on a line of their own
            rows.append((f"<u>{html.escape(line)}</u> ", []))
        else:
            rows[-1][1].append(html.escape(line.strip()))
    shown = "<br>".join(title + " · ".join(row) for title, row in rows if row)
    return (f"<b>{html.escape(head)}</b><br>{shown}<br><i>{html.escape(note)}</i>")
