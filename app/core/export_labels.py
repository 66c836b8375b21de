"""The fixed words of exported documents (Indonesian or English), as front ends see them.

A front end builds :class:`ExportLabels` for the export language it offers and hands them to
the core's exports; a view that shows what an export writes (the triangulation matrix, the
excerpt preview) reads its words from the same labels.
"""

from __future__ import annotations

from app.io.export_labels import ExportLabels

__all__ = ["ExportLabels"]
