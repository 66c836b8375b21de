"""The triangulation matrix as a grid of text (for .csv and .xlsx) and as JSON.

The JSON form (also what ``telaah triangulation --json`` prints) keeps everything a
program needs: per cell the segment ids, the count and the valence tally; per row the
suggested judgement with its reason (rendered, and as phrase keys and values) and the
analyst's override.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.analysis.triangulation_matrix import MatrixRow, TriangulationMatrix
from app.io.export_labels import ExportLabels
from app.io.file_bytes import write_file_atomically
from app.io.triangulation_text import (
    cell_text,
    column_title,
    conclusion_detail,
    matrix_title,
    quote_text,
    row_reason,
    short_citations,
    summary_column_title,
    summary_text,
)


@dataclass(frozen=True)
class MatrixGrid:
    """``groups`` spans the header (informant types); ``header`` names every column."""

    title: str
    groups: tuple[str, ...]
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


def matrix_grid(matrix: TriangulationMatrix, labels: ExportLabels) -> MatrixGrid:
    group_names = [""] + [
        labels.term("informant_type", column.group or "none") if column.kind != "technique" else ""
        for column in matrix.columns
    ] + [""] * len(matrix.summary_columns)
    short = short_citations(matrix)
    header = [labels("column.code")]
    header += [column_title(column, labels) for column in matrix.columns]
    header += [summary_column_title(key, labels) for key in matrix.summary_columns]
    rows = [
        tuple(
            [row.code.path]
            + [cell_text(cell, labels, short=short) for cell in row.cells]
            + [summary_text(row, key, labels) for key in matrix.summary_columns]
        )
        for row in matrix.rows
    ]
    return MatrixGrid(
        title=matrix_title(matrix, labels),
        groups=tuple(group_names),
        header=tuple(header),
        rows=tuple(rows),
    )


def write_triangulation_csv(matrix: TriangulationMatrix, path: Path, *,
                            labels: ExportLabels) -> None:
    """UTF-8 with a byte-order mark, so spreadsheet programs detect the encoding."""
    grid = matrix_grid(matrix, labels)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(grid.header)
    writer.writerows(grid.rows)
    write_file_atomically(path, ("\ufeff" + buffer.getvalue()).encode("utf-8"))


def write_triangulation_json(matrix: TriangulationMatrix, path: Path, *,
                             labels: ExportLabels) -> None:
    text = json.dumps(matrix_json(matrix, labels), ensure_ascii=False, indent=2)
    write_file_atomically(path, (text + "\n").encode("utf-8"))


def matrix_json(matrix: TriangulationMatrix, labels: ExportLabels) -> dict[str, Any]:
    return {
        "title": matrix_title(matrix, labels),
        "project": matrix.title,
        "layout": matrix.layout,
        "group": matrix.group,
        "language": labels.language,
        "columns": [
            {"key": column.key, "kind": column.kind, "title": column_title(column, labels),
             "role": column.role, "group": column.group}
            for column in matrix.columns
        ],
        "summary_columns": [
            {"key": key, "title": summary_column_title(key, labels)}
            for key in matrix.summary_columns
        ],
        "rows": [_row_json(row, matrix, labels) for row in matrix.rows],
    }


def _row_json(row: MatrixRow, matrix: TriangulationMatrix, labels: ExportLabels) -> dict[str, Any]:
    override = row.override
    return {
        "code_id": row.code.id,
        "code": row.code.path,
        "group": row.code.group,
        "count": row.count,
        "cells": {
            cell.column_key: {
                "count": cell.count,
                "segment_ids": list(cell.segment_ids),
                "positive": cell.tally.positive,
                "negative": cell.tally.negative,
                "mixed": cell.tally.mixed,
                "neutral": cell.tally.neutral,
                "lean": cell.lean,
                "quotes": [
                    {"segment_id": quote.segment_id, "text": quote.text,
                     "citation": labels.citation(quote.citation),
                     "quote": quote_text(quote, labels)}
                    for quote in cell.quotes
                ],
            }
            for cell in row.cells
        },
        "summaries": {key: summary_text(row, key, labels) for key in matrix.summary_columns},
        "judgement": row.judgement,
        "judged_by": "analyst" if override else "telaah",
        "reason": conclusion_detail(row, labels),
        "suggestion": {
            "judgement": row.suggestion.judgement,
            "reason": row_reason(row, labels),
            "phrases": [
                {"key": phrase.key, "values": _plain(phrase.values)}
                for phrase in row.suggestion.reason
            ],
        },
        "override": None if override is None else {
            "judgement": override.judgement,
            "rationale": override.rationale,
            "author": override.author,
            "created_at": override.created_at.isoformat() if override.created_at else None,
            "updated_at": override.updated_at.isoformat() if override.updated_at else None,
        },
    }


def _plain(values: dict[str, Any]) -> dict[str, Any]:
    return {key: list(value) if isinstance(value, tuple) else value
            for key, value in values.items()}
