"""Editing what is known about sources and informants (never a source's text)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from sqlalchemy import select

from app.core.changes import Changes
from app.core.concurrency import fields_to_write, gone
from app.core.ids import InformantId, SourceId
from app.core.informants import check_informant_values
from app.core.project import Project
from app.errors import DuplicateName, InvalidValue, NotFound
from app.models import Informant, Source
from app.models.informant import INFORMANT_TYPES
from app.models.source import SOURCE_KINDS


class _Unchanged:
    """Marks an argument left as it is (None is a real value for a date or informant)."""


UNCHANGED: Any = _Unchanged()


def update_source(project: Project, *, source_id: SourceId, title: str | None = None,
                  kind: str | None = None, source_date: date | None = UNCHANGED,
                  informant_id: InformantId | None = UNCHANGED,
                  expected: Mapping[str, Any] | None = None) -> Changes:
    """Change a source's title, kind, date or informant; the text stays as imported.

    ``expected``: the values the caller showed for the fields it sends; a field someone
    else changed since is an EditConflict and nothing is written."""
    if kind is not None and kind not in SOURCE_KINDS:
        raise InvalidValue(field="source kind", value=kind, detail=", ".join(SOURCE_KINDS))
    with project.writing() as session:
        source = session.get(Source, source_id)
        if source is None:
            raise gone(session, kind="source", object_id=source_id)
        if expected is not None:
            sent: dict[str, Any] = {"title": title.strip() if title else None, "kind": kind}
            if source_date is not UNCHANGED:
                sent["source_date"] = source_date
            if informant_id is not UNCHANGED:
                sent["informant_id"] = informant_id
            fields_to_write(session, source, kind="source", name=source.title,
                            wanted={key: value for key, value in sent.items()
                                    if value is not None or key in ("source_date",
                                                                    "informant_id")},
                            expected=expected)
        informants = {source.informant_id} - {None}
        if title is not None:
            title = title.strip()
            if not title:
                raise InvalidValue(field="source title", value=title, detail="it is empty")
            if session.scalar(select(Source.id).where(Source.title == title,
                                                      Source.id != source_id)):
                raise DuplicateName(kind="source", name=title)
            source.title = title
        if kind is not None:
            source.kind = kind
        if source_date is not UNCHANGED:
            source.source_date = source_date
        if informant_id is not UNCHANGED:
            informant = (session.get(Informant, informant_id) if informant_id is not None
                         else None)
            if informant_id is not None and informant is None:
                raise NotFound(kind="informant", key=informant_id)
            source.informant_id = informant.id if informant is not None else None
            informants |= {source.informant_id} - {None}
        return Changes(sources=frozenset({source_id}),
                       informants=frozenset(i for i in informants if i is not None))


def update_informant(project: Project, *, informant_id: InformantId, label: str | None = None,
                     pseudonym: str | None = None, role: str | None = None,
                     informant_type: str | None = None,
                     attributes: dict[str, Any] | None = None,
                     real_name: str | None = None,
                     expected: Mapping[str, Any] | None = None) -> Changes:
    """Change an informant's metadata; ``attributes`` replaces the whole attribute map;
    ``real_name`` "" forgets the real name. ``expected``: the values the caller showed for
    the fields it sends; a field someone else changed since is an EditConflict."""
    if informant_type is not None and informant_type not in INFORMANT_TYPES:
        raise InvalidValue(field="informant type", value=informant_type,
                           detail=", ".join(INFORMANT_TYPES))
    with project.writing() as session:
        informant = session.get(Informant, informant_id)
        if informant is None:
            raise gone(session, kind="informant", object_id=informant_id)
        if expected is not None:
            sent = {"label": label, "pseudonym": pseudonym, "role": role,
                    "informant_type": informant_type, "attributes": attributes}
            fields_to_write(session, informant, kind="informant", name=informant.label,
                            wanted={key: value.strip() if isinstance(value, str) else value
                                    for key, value in sent.items() if value is not None},
                            expected=expected)
        if label is not None:
            label = label.strip()
            check_informant_values(label=label)
            if session.scalar(select(Informant.id).where(Informant.label == label,
                                                         Informant.id != informant_id)):
                raise DuplicateName(kind="informant", name=label)
            informant.label = label
        if pseudonym is not None:
            informant.pseudonym = pseudonym.strip()
        if role is not None:
            informant.role = role.strip()
        if informant_type is not None:
            informant.informant_type = informant_type
        if attributes is not None:
            informant.attributes = {str(k): v for k, v in attributes.items()}
        if real_name is not None:
            informant.real_name = real_name.strip() or None
        sources = frozenset(session.scalars(select(Source.id).where(
            Source.informant_id == informant_id)))
        return Changes(informants=frozenset({informant_id}), sources=sources)


def link_source_by_name(project: Project, *, title: str, informant: str | None) -> Changes:
    """Link the source titled ``title`` to the informant labelled ``informant`` (None:
    leave it without informant); both looked up by name, as the CLI gives them."""
    with project.writing() as session:
        source = session.scalar(select(Source).where(Source.title == title.strip()))
        if source is None:
            raise NotFound(kind="source", key=title)
        touched = {source.informant_id} - {None}
        informant_id = None
        if informant is not None:
            informant_id = session.scalar(
                select(Informant.id).where(Informant.label == informant.strip()))
            if informant_id is None:
                raise NotFound(kind="informant", key=informant)
        source.informant_id = informant_id
        touched |= {informant_id} - {None}
        return Changes(sources=frozenset({source.id}),
                       informants=frozenset(i for i in touched if i is not None))
