"""The words inside a triangulation matrix's cells, shared by the .docx, .xlsx and .csv.

A cell reads: "5 segmen: 3 positif, 1 negatif, 1 campuran — condong positif", then each
chosen quote with its citation. An empty cell reads "Tidak ada data" ("No data"): silence
is a finding. The conclusion names the judgement, who made it (Telaah's suggestion or the
analyst) and why. Obstacle and effort rows say that their passages confirm or deny
("3 segmen — umumnya mendukung"): "positive" would read as "good".
"""

from __future__ import annotations

from app.analysis.triangulation_matrix import (
    PRESENCE_GROUPS,
    CellQuote,
    MatrixCell,
    MatrixColumn,
    MatrixRow,
    TriangulationMatrix,
)
from app.io.export_labels import ExportLabels

_TALLY_ORDER = ("positive", "negative", "mixed", "neutral", "disputed")


def column_title(column: MatrixColumn, labels: ExportLabels) -> str:
    if column.kind == "technique":
        return labels.term("technique", column.key)
    if column.kind == "informant" and column.role:
        return f"{column.title} – {column.role}"
    return column.title


def summary_column_title(key: str, labels: ExportLabels) -> str:
    return labels(f"column.{key}")


def matrix_title(matrix: TriangulationMatrix, labels: ExportLabels) -> str:
    title = labels(f"matrix.title.{matrix.layout}")
    group = (labels("matrix.group.all") if matrix.group == "all"
             else labels.term("group", matrix.group))
    return f"{title} — {group}"


def group_labels(group: str, labels: ExportLabels) -> ExportLabels:
    """The labels for a row of code group ``group``: obstacle and effort rows say that
    their passages confirm or deny, not that they lean positive or negative."""
    return labels.for_presence() if group in PRESENCE_GROUPS else labels


def row_reason(row: MatrixRow, labels: ExportLabels) -> str:
    """Telaah's reason for its suggestion, in the words of the row's code group."""
    return group_labels(row.code.group, labels).sentence(row.suggestion.reason)


def _cell_labels(cell: MatrixCell, labels: ExportLabels) -> ExportLabels:
    # A cell of an obstacle or effort row counts a passage without valence as presence.
    return labels.for_presence() if cell.tally.neutral_supports else labels


def cell_headline(cell: MatrixCell, labels: ExportLabels) -> str:
    """"9 segmen — condong negatif", "1 segmen — tidak ada bukti bervalensi", or "Tidak ada
    data". A cell counts passages (overlapping segments of one code are one)."""
    labels = _cell_labels(cell, labels)
    if cell.count == 0:
        return labels("no_data")
    count = labels("segments.one") if cell.count == 1 else labels("segments", count=cell.count)
    if cell.lean == "none":
        return f"{count} — {labels('no_valence')}"
    lean = labels("leaning", lean=labels.term("lean", cell.lean))
    return f"{count} — {lean}"


def cell_tally(cell: MatrixCell, labels: ExportLabels) -> str:
    """"8 negatif, 1 campuran" (empty for a cell without data)."""
    labels = _cell_labels(cell, labels)
    return ", ".join(
        f"{value} {labels.term('lean', name)}"
        for name in _TALLY_ORDER
        if (value := getattr(cell.tally, name))
    )


def cell_summary(cell: MatrixCell, labels: ExportLabels) -> str:
    tally = cell_tally(cell, labels)
    return f"{cell_headline(cell, labels)} ({tally})" if tally else cell_headline(cell, labels)


def quote_text(quote: CellQuote, labels: ExportLabels, *, short: bool = False) -> str:
    return f"“{quote.text}” {labels.citation(quote.citation, short=short)}"


def short_citations(matrix: TriangulationMatrix) -> bool:
    """Source-layout cells already name their informant, so their citations omit it."""
    return matrix.layout == "source"


def cell_text(cell: MatrixCell, labels: ExportLabels, *, short: bool = False) -> str:
    """The whole cell as plain text, lines separated by newlines."""
    quotes = (quote_text(quote, labels, short=short) for quote in cell.quotes)
    return "\n".join([cell_summary(cell, labels), *quotes])


def judgement_line(row: MatrixRow, labels: ExportLabels) -> str:
    """"Konvergen (Saran Telaah)" or "Sebagian (Keputusan analis)"."""
    who = labels("analyst") if row.override else labels("suggested")
    return f"{labels.term('judgement', row.judgement)} ({who})"


def conclusion_detail(row: MatrixRow, labels: ExportLabels) -> str:
    """The reason under the judgement: the analyst's rationale and Telaah's reason."""
    reason = row_reason(row, labels)
    if row.override is None:
        return reason
    suggestion = labels.term("judgement", row.suggestion.judgement)
    return (f"{labels('rationale', text=row.override.rationale)}\n"
            f"{labels('suggested')}: {suggestion}. {reason}")


def summary_text(row: MatrixRow, key: str, labels: ExportLabels) -> str:
    """The text of a summary column: shared, differences, agreement or conclusion."""
    labels = group_labels(row.code.group, labels)
    if key == "shared":
        return labels.sentence(row.shared)
    if key == "differences":
        return labels.sentence(row.differences)
    if key == "agreement":
        return "\n".join(
            part for part in (labels.sentence(row.shared), labels.sentence(row.differences))
            if part
        )
    return f"{judgement_line(row, labels)}\n{conclusion_detail(row, labels)}"


def code_title(row: MatrixRow, labels: ExportLabels) -> str:
    return f"{row.code.name}\n({labels.term('group', row.code.group)})"
