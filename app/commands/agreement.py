"""``telaah agreement``: intercoder agreement with the unit and formula of every figure."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.commands.common import open_project, print_json, say
from app.core.agreement_text import (
    DEFAULT_OVERLAP,
    PRESENCE_BY,
    UNITS,
    find_disagreement,
    result_as_json,
    result_lines,
)

__all__ = ["register", "result_as_json", "result_lines"]
RESOLUTION_CHOICES = {"accept": "accept", "merge": "merge", "keep-both": "keep_both"}


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    agreement = commands.add_parser("agreement", help="intercoder agreement between coders")
    agreement.add_argument("project", help="a .telaah file or a postgresql:// URL")
    agreement.add_argument("--coders", nargs="+", required=True, metavar="NAME",
                           help="two or more coder names")
    agreement.add_argument("--unit", choices=UNITS, default="segment")
    agreement.add_argument("--overlap", type=float, default=DEFAULT_OVERLAP,
                           help="segment unit: overlap needed, as a share of the longer "
                                "segment (default 0.9)")
    agreement.add_argument("--presence-by", choices=PRESENCE_BY, default="source")
    agreement.add_argument("--code", action="append", default=[], metavar="PATH",
                           help="compare only this code (a category: its sub-codes); repeat")
    agreement.add_argument("--all-sources", action="store_true",
                           help="compare every source, not only those two coders coded")
    agreement.add_argument("--disagreements", action="store_true",
                           help="list the disagreements side by side")
    agreement.add_argument("--resolve", metavar="KEY",
                           help="resolve the disagreement with this key (e.g. 12+57)")
    agreement.add_argument("--resolution", choices=tuple(RESOLUTION_CHOICES))
    agreement.add_argument("--accept", metavar="CODER", help="the coder whose version wins")
    agreement.add_argument("--consensus-coder", default=None, metavar="NAME",
                           help="who holds the consensus coding (default Konsensus)")
    agreement.add_argument("--export", type=Path, metavar="FILE",
                           help="also write the results to a .docx or .xlsx file (tables, "
                                "unit, formulas, interpretation, sources compared)")
    agreement.add_argument("--json", action="store_true")
    agreement.set_defaults(run=_agreement)


def _agreement(arguments: argparse.Namespace) -> int:
    from app.core.agreement import (
        CONSENSUS_CODER,
        AgreementSettings,
        measure_agreement,
        resolve_disagreement,
    )
    from app.errors import InvalidValue

    settings = AgreementSettings(
        coders=tuple(arguments.coders), unit=arguments.unit, overlap=arguments.overlap,
        presence_by=arguments.presence_by, all_sources=arguments.all_sources,
    )
    if arguments.resolve and not arguments.resolution:
        raise InvalidValue(field="resolution", value="",
                           detail=", ".join(RESOLUTION_CHOICES))
    with open_project(arguments.project, write=bool(arguments.resolve)) as project:
        result = measure_agreement(project, settings=settings, codes=arguments.code)
        if arguments.resolve:
            row = find_disagreement(result, arguments.resolve)
            consensus = arguments.consensus_coder or CONSENSUS_CODER
            changes = resolve_disagreement(
                project, disagreement=row, resolution=RESOLUTION_CHOICES[arguments.resolution],
                accept=arguments.accept, consensus_coder=consensus,
            )
            if len(changes.segments) == 1:
                say(arguments, "Resolved disagreement {key}: 1 consensus segment written for "
                    "{coder}.", key=row.key, coder=consensus)
            else:
                say(arguments, "Resolved disagreement {key}: {count} consensus segments "
                    "written for {coder}.", key=row.key, count=len(changes.segments),
                    coder=consensus)
            return 0
        from app.core.agreement_coders import resolved_disagreements
        from app.core.evidence import turn_places

        resolved = resolved_disagreements(project)
        places = turn_places(project, ((d.source_id, d.start) for d in result.disagreements))
    if arguments.export is not None:
        from app.core.agreement_export import export_agreement

        export_agreement(result, arguments.export, translate=arguments.translate,
                         language=arguments.language, resolved=resolved)
        if not arguments.json:
            say(arguments, "Agreement written to {path}.", path=arguments.export)
    if arguments.json:
        print_json(result_as_json(result, arguments.translate, language=arguments.language,
                                  resolved=resolved))
        return 0
    for line in result_lines(result, arguments.translate, language=arguments.language,
                             disagreements=arguments.disagreements, resolved=resolved,
                             places=places):
        print(line)
    return 0
