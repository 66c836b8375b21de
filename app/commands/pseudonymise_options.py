"""``--pseudonymize`` and ``--list-replacements``, shared by every export that quotes
transcripts (``excerpts``, ``report``, ``triangulation``, ``review --summary``).

The list of replacements goes to the terminal only, after the export was written: the
originals are exactly what the export must not contain.
"""

from __future__ import annotations

import argparse
from typing import Any

from app.commands.common import say


def add_pseudonymise_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--pseudonymize", "--pseudonymise", nargs="?", const="label",
        choices=("label", "pseudonym"), default=None, dest="pseudonymize",
        help="mask informant names ('label': as [Informan 3], the default; 'pseudonym': "
             "real names become pseudonyms), NIP, NIK, phone numbers and e-mail addresses",
    )
    parser.add_argument(
        "--list-replacements", action="store_true",
        help="print what --pseudonymize replaced (on the terminal, never in the file); "
             "implies --pseudonymize",
    )


def export_mask_for(arguments: argparse.Namespace, project: Any, labels: Any) -> Any:
    """The mask the arguments ask for, or None without ``--pseudonymize``."""
    from app.core.pseudonymising import export_mask

    if arguments.pseudonymize is None and not arguments.list_replacements:
        return None
    return export_mask(project, labels=labels, mode=arguments.pseudonymize or "label")


def print_replacements(arguments: argparse.Namespace, mask: Any) -> None:
    """The replacements ``mask`` made, one per line, when ``--list-replacements`` asks."""
    if mask is None or not arguments.list_replacements:
        return
    replaced = mask.replacements()
    say(arguments, "Replaced {count} different text(s):", count=len(replaced))
    for item in replaced:
        print(f"  {item.original} → {item.replacement} ({item.count}×)")
