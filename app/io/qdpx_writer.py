"""Write a :class:`QdpxProject` as a REFI-QDA project archive (.qdpx).

``project.qde`` is checked against the bundled ``Project-mrt2019.xsd`` before anything is
written; source texts go to ``sources/<guid>.txt`` as UTF-8 without a byte-order mark, with
``\\n`` line ends, and selection positions are code points of exactly those texts. The
output depends only on the project's content, so two exports of an unchanged project are
byte for byte the same.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

from lxml import etree

from app.errors import InvalidExport
from app.io.codebook_entry import PROJECT_NAMESPACE
from app.io.qdpx_archive import INTERNAL_PREFIX, qdpx_bytes, write_qdpx
from app.io.qdpx_codes import build_project_codes
from app.io.qdpx_documents import document_member, pixels, representation_guid
from app.io.qdpx_media import transcript_guid, transcript_points
from app.io.qdpx_project import (
    CancelCheck,
    Progress,
    QdpxCase,
    QdpxCoding,
    QdpxDocument,
    QdpxNote,
    QdpxProject,
    QdpxRecording,
    QdpxSelection,
    QdpxSource,
    QdpxValue,
    VariableValue,
    stop_if_cancelled,
)
from app.io.safe_xml import PROJECT_SCHEMA, validate

PROJECT_SCHEMA_URL = "http://schema.qdasoftware.org/versions/Project/v1.0/Project.xsd"
_XSI = "http://www.w3.org/2001/XMLSchema-instance"
_XML_DECLARATION = b'<?xml version="1.0" encoding="UTF-8"?>\n'
_NOT_XML_CHARS = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_NAME_CHARS = 100


def write_qdpx_file(
    project: QdpxProject,
    path: Path,
    *,
    progress: Progress | None = None,
    cancel: CancelCheck | None = None,
) -> None:
    """Write ``project`` to ``path``; on any error an existing file is left as it was."""
    xml, sources = qdpx_parts(project, path=path, progress=progress, cancel=cancel)
    write_qdpx(Path(path), xml, sources)


def qdpx_file_bytes(project: QdpxProject, *, path: Path | str = "project.qdpx") -> bytes:
    xml, sources = qdpx_parts(project, path=path)
    return qdpx_bytes(xml, sources)


def qdpx_parts(
    project: QdpxProject,
    *,
    path: Path | str = "project.qdpx",
    progress: Progress | None = None,
    cancel: CancelCheck | None = None,
) -> tuple[bytes, dict[str, bytes]]:
    """``(project.qde bytes, {file name: text bytes})``; raises InvalidExport if the
    XML would break the schema (``path`` names the file in that error)."""
    root = build_project_element(project, progress=progress, cancel=cancel)
    problems = validate(root, PROJECT_SCHEMA)
    if problems:
        raise InvalidExport(path=path, detail=problems[0], problems=problems)
    xml = _XML_DECLARATION + etree.tostring(root, encoding="UTF-8", pretty_print=True)
    sources: dict[str, bytes] = {}
    for source in project.sources:
        if source.document is not None:
            sources[source_file_name(representation_guid(source.guid))] = \
                source.text.encode("utf-8")
            sources[document_member(source.guid, source.document)] = source.document.data
        elif source.recording is None:
            sources[source_file_name(source.guid)] = source.text.encode("utf-8")
        else:
            sources[source_file_name(transcript_guid(source.guid))] = source.text.encode("utf-8")
            sources[recording_member(source.guid, source.recording)] = source.recording.data
    return xml, sources


def source_file_name(guid: str) -> str:
    return f"{guid}.txt"


def recording_member(guid: str, recording: QdpxRecording) -> str:
    return f"{guid}{Path(recording.file_name).suffix.lower()}"


def build_project_element(
    project: QdpxProject,
    *,
    progress: Progress | None = None,
    cancel: CancelCheck | None = None,
) -> etree._Element:
    namespaces = {None: PROJECT_NAMESPACE, "xsi": _XSI}
    # lxml takes None as the default namespace's prefix; lxml-stubs 0.5 allows str keys only.
    root = etree.Element(_tag("Project"), nsmap=namespaces)  # type: ignore[arg-type]
    root.set(f"{{{_XSI}}}schemaLocation", f"{PROJECT_NAMESPACE} {PROJECT_SCHEMA_URL}")
    root.set("name", _xml_text(project.name) or "Telaah")
    if project.origin:
        root.set("origin", _xml_text(project.origin))
    _set_user(root, "creatingUserGUID", project.creating_user_guid)
    _set_time(root, "creationDateTime", project.created_at)
    if project.users:
        users = _sub(root, "Users")
        for user in project.users:
            _sub(users, "User", guid=user.guid, name=_xml_text(user.name))
    group_sets: list[etree._Element] = []
    if project.codes:
        codebook, group_sets = build_project_codes(
            project.codes, project.code_notes, origin=project.origin or "Telaah"
        )
        root.append(codebook)
    if project.variables:
        variables = _sub(root, "Variables")
        for variable in project.variables:
            element = _sub(variables, "Variable", guid=variable.guid,
                           name=_xml_text(variable.name), typeOfVariable=variable.type_name)
            _text_child(element, "Description", variable.description)
    if project.cases:
        cases = _sub(root, "Cases")
        for case in project.cases:
            _add_case(cases, case)
    if project.sources:
        sources = _sub(root, "Sources")
        for done, source in enumerate(project.sources, start=1):
            stop_if_cancelled(cancel)
            _add_source(sources, source)
            if progress is not None:
                progress(done, len(project.sources))
    if project.notes:
        notes = _sub(root, "Notes")
        for note in project.notes:
            _add_note(notes, note)
    if group_sets:
        sets = _sub(root, "Sets")
        for set_element in group_sets:
            sets.append(set_element)
    _text_child(root, "Description", project.description)
    _note_refs(root, project.project_note_guids)
    return root


def _add_case(parent: etree._Element, case: QdpxCase) -> None:
    element = _sub(parent, "Case", guid=case.guid, name=_xml_text(case.name))
    _text_child(element, "Description", case.description)
    _values(element, case.values)
    for guid in case.source_guids:
        _sub(element, "SourceRef", targetGUID=guid)


def _add_source(parent: etree._Element, source: QdpxSource) -> None:
    if source.document is not None:
        _add_document_source(parent, source, source.document)
        return
    if source.recording is not None:
        _add_recorded_source(parent, source, source.recording)
        return
    element = _sub(parent, "TextSource", guid=source.guid, name=_xml_text(source.name),
                   plainTextPath=INTERNAL_PREFIX + source_file_name(source.guid))
    _set_user(element, "creatingUser", source.user_guid)
    _set_time(element, "creationDateTime", source.created_at)
    _set_time(element, "modifiedDateTime", source.modified_at)
    _text_child(element, "Description", source.description)
    for selection in source.selections:
        _add_selection(element, selection)
    _codings(element, source.codings)
    _note_refs(element, source.note_guids)
    _values(element, source.values)


def _add_document_source(parent: etree._Element, source: QdpxSource,
                         document: QdpxDocument) -> None:
    """A <PDFSource> with the text as its <Representation>, or a <PictureSource> with the
    text as its <TextDescription> and each region as a <PictureSelection>."""
    picture = document.media_type == "image"
    element = _sub(parent, "PictureSource" if picture else "PDFSource", guid=source.guid,
                   name=_xml_text(source.name),
                   path=INTERNAL_PREFIX + document_member(source.guid, document))
    _set_user(element, "creatingUser", source.user_guid)
    _set_time(element, "creationDateTime", source.created_at)
    _set_time(element, "modifiedDateTime", source.modified_at)
    _text_child(element, "Description", source.description)
    guid = representation_guid(source.guid)
    text = _sub(element, "TextDescription" if picture else "Representation", guid=guid,
                name=_xml_text(source.name), plainTextPath=INTERNAL_PREFIX + source_file_name(guid))
    regions = {region[0]: region[1:] for region in document.regions}
    for selection in source.selections:
        if selection.guid not in regions:
            _add_selection(text, selection)
    for selection in source.selections:
        if selection.guid in regions:
            first_x, first_y, second_x, second_y = pixels(document, *regions[selection.guid])
            chosen = _sub(element, "PictureSelection", guid=selection.guid,
                          name=_xml_text(selection.name), firstX=str(first_x),
                          firstY=str(first_y), secondX=str(second_x), secondY=str(second_y))
            _set_user(chosen, "creatingUser", selection.user_guid)
            _set_time(chosen, "creationDateTime", selection.created_at)
            _set_time(chosen, "modifiedDateTime", selection.modified_at)
            _text_child(chosen, "Description", selection.description)
            _codings(chosen, selection.codings)
            _note_refs(chosen, selection.note_guids)
    _codings(element, source.codings)
    _note_refs(element, source.note_guids)
    _values(element, source.values)


def _add_recorded_source(parent: etree._Element, source: QdpxSource,
                         recording: QdpxRecording) -> None:
    """An <AudioSource>/<VideoSource> with the text as its <Transcript>: the sync points,
    and each coded span as a <TranscriptSelection> between two of them."""
    kind = "VideoSource" if recording.media_type == "video" else "AudioSource"
    element = _sub(parent, kind, guid=source.guid, name=_xml_text(source.name),
                   path=INTERNAL_PREFIX + recording_member(source.guid, recording))
    _set_user(element, "creatingUser", source.user_guid)
    _set_time(element, "creationDateTime", source.created_at)
    _set_time(element, "modifiedDateTime", source.modified_at)
    _text_child(element, "Description", source.description)
    guid = transcript_guid(source.guid)
    transcript = _sub(element, "Transcript", guid=guid, name=_xml_text(source.name),
                      plainTextPath=INTERNAL_PREFIX + source_file_name(guid))
    points = transcript_points(source.guid, recording.sync_points,
                               [end for item in source.selections
                                for end in (item.start, item.end)])
    for point_guid, position, time_ms in points:
        _sub(transcript, "SyncPoint", guid=point_guid, timeStamp=str(time_ms),
             position=str(position))
    at = {position: point_guid for point_guid, position, _time in points}
    for selection in source.selections:
        chosen = _sub(transcript, "TranscriptSelection", guid=selection.guid,
                      name=selection_name(selection.name), fromSyncPoint=at[selection.start],
                      toSyncPoint=at[selection.end])
        _set_user(chosen, "creatingUser", selection.user_guid)
        _set_time(chosen, "creationDateTime", selection.created_at)
        _set_time(chosen, "modifiedDateTime", selection.modified_at)
        _text_child(chosen, "Description", selection.description)
        _codings(chosen, selection.codings)
        _note_refs(chosen, selection.note_guids)
    _codings(element, source.codings)
    _note_refs(element, source.note_guids)
    _values(element, source.values)


def _add_selection(parent: etree._Element, selection: QdpxSelection) -> None:
    # One call with every attribute, in the order the separate setters wrote them: a
    # group project has tens of thousands of selections.
    attributes = {"guid": selection.guid, "name": selection_name(selection.name),
                  "startPosition": str(selection.start), "endPosition": str(selection.end)}
    if selection.user_guid:
        attributes["creatingUser"] = selection.user_guid
    if selection.created_at is not None:
        attributes["creationDateTime"] = _time_text(selection.created_at)
    if selection.modified_at is not None:
        attributes["modifiedDateTime"] = _time_text(selection.modified_at)
    element = etree.SubElement(parent, _tag("PlainTextSelection"), attributes)
    _text_child(element, "Description", selection.description)
    _codings(element, selection.codings)
    _note_refs(element, selection.note_guids)


def selection_name(text: str) -> str:
    """A selection's name: its text on one line, cut with "…" after 100 characters."""
    name = _xml_text(" ".join(text.split()))
    return name if len(name) <= _NAME_CHARS else name[:_NAME_CHARS].rstrip() + "…"


def _codings(parent: etree._Element, codings: Sequence[QdpxCoding]) -> None:
    for coding in codings:
        element = _sub(parent, "Coding", guid=coding.guid)
        _set_user(element, "creatingUser", coding.user_guid)
        _set_time(element, "creationDateTime", coding.created_at)
        _sub(element, "CodeRef", targetGUID=coding.code_guid)


def _add_note(parent: etree._Element, note: QdpxNote) -> None:
    element = _sub(parent, "Note", guid=note.guid, name=_xml_text(note.name))
    _set_user(element, "creatingUser", note.user_guid)
    _set_time(element, "creationDateTime", note.created_at)
    _set_time(element, "modifiedDateTime", note.modified_at)
    _text_child(element, "Description", note.description)
    _sub(element, "PlainTextContent").text = _xml_text(note.text)


def _values(parent: etree._Element, values: Sequence[QdpxValue]) -> None:
    for value in values:
        element = _sub(parent, "VariableValue")
        _sub(element, "VariableRef", targetGUID=value.variable_guid)
        kind, text = _typed_value(value.value)
        _sub(element, kind).text = text


def _typed_value(value: VariableValue) -> tuple[str, str]:
    if isinstance(value, bool):
        return "BooleanValue", "true" if value else "false"
    if isinstance(value, int):
        return "IntegerValue", str(value)
    if isinstance(value, float):
        return "FloatValue", format(Decimal(repr(value)), "f")
    if isinstance(value, datetime):
        return "DateTimeValue", _time_text(value)
    if isinstance(value, date):
        return "DateValue", value.isoformat()
    return "TextValue", _xml_text(str(value))


def _note_refs(parent: etree._Element, guids: Sequence[str]) -> None:
    for guid in guids:
        _sub(parent, "NoteRef", targetGUID=guid)


def _sub(parent: etree._Element, element_name: str, **attributes: str) -> etree._Element:
    return etree.SubElement(parent, _tag(element_name), attributes)


def _text_child(parent: etree._Element, name: str, text: str) -> None:
    if text:
        _sub(parent, name).text = _xml_text(text)


def _set_user(element: etree._Element, attribute: str, guid: str | None) -> None:
    if guid:
        element.set(attribute, guid)


def _set_time(element: etree._Element, attribute: str, moment: datetime | None) -> None:
    if moment is not None:
        element.set(attribute, _time_text(moment))


@functools.lru_cache(maxsize=1024)  # a coding is usually created when its selection was
def _time_text(moment: datetime) -> str:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).isoformat().replace("+00:00", "Z")


@functools.cache
def _tag(name: str) -> str:
    return f"{{{PROJECT_NAMESPACE}}}{name}"


def _xml_text(text: str) -> str:
    return _NOT_XML_CHARS.sub("", text)
