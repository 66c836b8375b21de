"""The triangulation matrix as plain text and as JSON: what ``telaah triangulation`` prints.

The words are those of the exports (:class:`app.core.export_labels.ExportLabels`), so the
terminal table reads like the Word and Excel matrices.
"""

from __future__ import annotations

from typing import Any

from app.analysis.triangulation_matrix import TriangulationMatrix
from app.io.export_labels import ExportLabels
from app.io.triangulation_table import matrix_json
from app.io.triangulation_text import column_title, row_reason

__all__ = ["TriangulationMatrix", "triangulation_json", "triangulation_lines"]


def triangulation_json(matrix: TriangulationMatrix, labels: ExportLabels) -> dict[str, Any]:
    """Rows, columns, the segment ids and count of every cell, and the judgements."""
    return matrix_json(matrix, labels)


def triangulation_lines(matrix: TriangulationMatrix, labels: ExportLabels) -> list[str]:
    """A tab-separated table: the code, the count of every column, and the conclusion
    (``*`` marks the analyst's judgement overriding the suggested one) with its reason."""
    lines = ["\t".join([labels("column.code")]
                       + [column_title(column, labels) for column in matrix.columns]
                       + [labels("column.conclusion")])]
    for row in matrix.rows:
        counts = [str(cell.count) for cell in row.cells]
        verdict = labels.term("judgement", row.judgement)
        marker = "*" if row.override else ""
        lines.append("\t".join([row.code.path, *counts,
                                f"{verdict}{marker}: {row_reason(row, labels)}"]))
    return lines
