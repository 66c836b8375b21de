"""The language of exported documents chosen on the command line.

Exports are read by an Indonesian thesis supervisor, so they are in Indonesian unless the
user asks otherwise with ``--lang`` or ``TELAAH_LANG``; the system locale, which decides the
language of messages, does not switch documents to English by itself.
"""

from __future__ import annotations

import argparse
import os

from app.core.export_labels import ExportLabels

DEFAULT_EXPORT_LANGUAGE = "id"


def export_labels(arguments: argparse.Namespace) -> ExportLabels:
    asked = arguments.lang or os.environ.get("TELAAH_LANG")
    return ExportLabels(arguments.language if asked else DEFAULT_EXPORT_LANGUAGE)
