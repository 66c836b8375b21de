"""``telaah informants`` and ``telaah sources``: who was interviewed, and which source is whose.

``informants`` lists, imports (CSV), adds, edits and removes informants. Removing one that
still has linked sources refuses and says how many, unless ``--force``: then the sources
stay, without informant. A real name (``--real-name``) is stored for pseudonymising quotes
only; no listing or export prints it. ``sources`` lists the sources and links one to an
informant (or unlinks it).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app.commands.common import open_project, print_json, say
from app.core.vocabulary import INFORMANT_TYPES


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    informants = commands.add_parser("informants",
                                     help="list, import, add, edit or remove informants")
    informants.add_argument("project", help="a .telaah file or a postgresql:// URL")
    action = informants.add_mutually_exclusive_group()
    action.add_argument("--import", dest="table", type=Path,
                        help="a CSV with columns id, pseudonym, role, type")
    action.add_argument("--add", metavar="ID", help="add an informant, e.g. I7")
    action.add_argument("--edit", metavar="ID", help="change an informant's details")
    action.add_argument("--remove", metavar="ID", help="remove an informant")
    informants.add_argument("--pseudonym")
    informants.add_argument("--role")
    informants.add_argument("--type", dest="informant_type", choices=INFORMANT_TYPES,
                            help="key (kunci), main (utama) or supporting (pendukung)")
    informants.add_argument("--attribute", action="append", metavar="NAME=VALUE",
                            help="an attribute such as usia=41 (repeatable; with --edit "
                                 "the given attributes replace the old ones)")
    informants.add_argument("--real-name",
                            help="kept for pseudonymising quotes only, never exported")
    informants.add_argument("--new-id", metavar="ID", help="with --edit: rename the id")
    informants.add_argument("--force", action="store_true",
                            help="with --remove: unlink the informant's sources and remove it")
    informants.add_argument("--json", action="store_true")
    informants.set_defaults(run=_informants)

    sources = commands.add_parser("sources", help="list sources or link one to an informant")
    sources.add_argument("project", help="a .telaah file or a postgresql:// URL")
    link = sources.add_mutually_exclusive_group()
    link.add_argument("--link", metavar="TITLE", help="the source to link (needs --informant)")
    link.add_argument("--unlink", metavar="TITLE", help="the source to leave without informant")
    sources.add_argument("--informant", metavar="ID", help="with --link: the informant, e.g. I7")
    sources.add_argument("--json", action="store_true")
    sources.set_defaults(run=_sources, parser=sources)


def _informants(arguments: argparse.Namespace) -> int:
    from app.core.informants import import_informants, list_informants

    writes = any(value is not None for value in (arguments.table, arguments.add,
                                                 arguments.edit, arguments.remove))
    with open_project(arguments.project, write=writes) as project:
        if arguments.table is not None:
            import_informants(project, path=arguments.table)
        elif arguments.add is not None:
            _add(arguments, project)
        elif arguments.edit is not None:
            _edit(arguments, project)
        elif arguments.remove is not None:
            _remove(arguments, project)
        informants = list_informants(project)
    rows = [
        {"id": informant.label, "pseudonym": informant.pseudonym, "role": informant.role,
         "type": informant.informant_type, "attributes": informant.attributes,
         "sources": informant.source_count}
        for informant in informants
    ]
    if arguments.json:
        print_json(rows)
    elif not writes or arguments.table is not None:
        for row in rows:
            print(f"{row['id']}\t{row['type']}\t{row['pseudonym']}\t{row['role']}")
    return 0


def _attributes(arguments: argparse.Namespace) -> dict[str, Any] | None:
    from app.errors import InvalidValue

    if arguments.attribute is None:
        return None
    attributes: dict[str, Any] = {}
    for item in arguments.attribute:
        name, separator, value = item.partition("=")
        if not separator or not name.strip():
            raise InvalidValue(field="attributes", value=item, detail="name=value")
        value = value.strip()
        attributes[name.strip()] = int(value) if value.lstrip("-").isdigit() else value
    return attributes


def _add(arguments: argparse.Namespace, project: Any) -> None:
    from app.core.informants import add_informant

    add_informant(project, label=arguments.add, pseudonym=arguments.pseudonym or "",
                  role=arguments.role or "", informant_type=arguments.informant_type or "utama",
                  attributes=_attributes(arguments), real_name=arguments.real_name or "")
    say(arguments, "Added informant {id}.", id=arguments.add.strip())


def _edit(arguments: argparse.Namespace, project: Any) -> None:
    from app.core.informants import informant_id_of
    from app.core.source_editing import update_informant

    informant_id = informant_id_of(project, label=arguments.edit)
    update_informant(project, informant_id=informant_id, label=arguments.new_id,
                     pseudonym=arguments.pseudonym, role=arguments.role,
                     informant_type=arguments.informant_type,
                     attributes=_attributes(arguments), real_name=arguments.real_name)
    say(arguments, "Changed informant {id}.", id=(arguments.new_id or arguments.edit).strip())


def _remove(arguments: argparse.Namespace, project: Any) -> None:
    from app.core.informants import informant_id_of, remove_informant

    informant_id = informant_id_of(project, label=arguments.remove)
    changes = remove_informant(project, informant_id=informant_id,
                               unlink_sources=arguments.force)
    if changes.sources:
        say(arguments, "Removed informant {id}; {count} source(s) now have no informant.",
            id=arguments.remove.strip(), count=len(changes.sources))
    else:
        say(arguments, "Removed informant {id}.", id=arguments.remove.strip())


def _sources(arguments: argparse.Namespace) -> int:
    from app.core.source_editing import link_source_by_name
    from app.core.sources import list_sources

    title = arguments.link or arguments.unlink
    if arguments.link is not None and not arguments.informant:
        arguments.parser.error("--link needs --informant ID")
    with open_project(arguments.project, write=title is not None) as project:
        if title is not None:
            link_source_by_name(project, title=title, informant=arguments.informant
                                if arguments.link is not None else None)
        sources = list_sources(project)
    if title is not None and not arguments.json:
        if arguments.link is not None:
            say(arguments, "Linked {title} to informant {id}.", title=title,
                id=arguments.informant.strip())
        else:
            say(arguments, "{title} has no informant now.", title=title)
        return 0
    rows = [
        {"title": source.title, "kind": source.kind, "informant": source.informant_label,
         "date": source.source_date.isoformat() if source.source_date else None,
         "words": source.word_count, "segments": source.segment_count,
         "file": source.file_name}
        for source in sources
    ]
    if arguments.json:
        print_json(rows)
    else:
        none = arguments.translate("no informant linked")
        for row in rows:
            print(f"{row['kind']}\t{row['informant'] or none}\t{row['words']}\t{row['title']}")
    return 0

