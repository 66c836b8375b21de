"""Read a REFI-QDA project archive (.qdpx) into a :class:`QdpxProject`.

Safe first (see :mod:`app.io.qdpx_archive` and :mod:`app.io.safe_xml`: no unsafe member
names, no zip bombs, no DOCTYPE or entities), then liberal in what is accepted:
``project.qde`` or ``Project.qde``, ``sources/`` or ``Sources/``, GUIDs in any letter case
or in braces, text files with a byte-order mark and CR LF line ends, the codebook in the
project or codebook namespace (or none), positions counted the NVivo-for-Windows way
(see :mod:`app.io.qdpx_selections`), text paths with or without ``internal://``. Strict
where guessing would corrupt the project: one GUID given to two things of a kind and
selection positions that are not numbers, run backwards or leave their text (see
:mod:`app.io.qdpx_checks`), a coding of a code that does not exist, a reference to a
source that exists nowhere in the file, and (unless ``skip_missing_sources``) a text
source whose text is not in the archive are refused with an error naming the file.
Sources whose text is empty or only white space are read as they are and listed in
``empty_sources``.

Only text sources are read; pictures, PDFs, audio and video are listed in ``skipped``.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from lxml import etree

from app.errors import (
    Cancelled,
    NotAQdpxArchive,
    QdpxMissingSources,
    QdpxUnknownReference,
)
from app.io.qdpx_archive import QdpxArchive, open_qdpx
from app.io.qdpx_checks import PositionProblems, check_unique_guids, whole_number
from app.io.qdpx_codes import read_project_codes
from app.io.qdpx_positions import SourceTextMap
from app.io.qdpx_project import (
    QdpxCase,
    QdpxCoding,
    QdpxNote,
    QdpxProject,
    QdpxSelection,
    QdpxSource,
    QdpxUser,
    QdpxValue,
    QdpxVariable,
)
from app.io.qdpx_selections import (
    PlacedSelection,
    RawSelection,
    choose_scheme,
    fewest_misfits,
    place_selections,
)
from app.io.qdpx_xml import (
    child_text,
    children,
    decode_text,
    first_child,
    nfc,
    parse_guid,
    section,
    timestamp,
    variable_value,
)
from app.io.safe_xml import parse_xml_bytes

Progress = Callable[[int, int], None]
CancelCheck = Callable[[], bool]

MEDIA_SOURCES = ("PictureSource", "PDFSource", "AudioSource", "VideoSource")


def read_qdpx(
    path: Path,
    *,
    skip_missing_sources: bool = False,
    progress: Progress | None = None,
    cancel: CancelCheck | None = None,
) -> QdpxProject:
    """The project in the .qdpx at ``path``; raises a FileProblem naming the file."""
    return read_qdpx_archive(
        open_qdpx(Path(path)),
        skip_missing_sources=skip_missing_sources,
        progress=progress,
        cancel=cancel,
    )


def read_qdpx_archive(
    archive: QdpxArchive,
    *,
    skip_missing_sources: bool = False,
    progress: Progress | None = None,
    cancel: CancelCheck | None = None,
) -> QdpxProject:
    root = parse_xml_bytes(archive.read_project(), path=archive.path)
    if etree.QName(root).localname.casefold() != "project":
        raise NotAQdpxArchive(
            path=archive.path, detail=f"its root element is <{etree.QName(root).localname}>"
        )
    return _ProjectReader(archive, skip_missing_sources, progress, cancel).read(root)


class _ProjectReader:
    def __init__(
        self,
        archive: QdpxArchive,
        skip_missing_sources: bool,
        progress: Progress | None,
        cancel: CancelCheck | None,
    ) -> None:
        self.archive = archive
        self.path = archive.path
        self.skip_missing = skip_missing_sources
        self.progress = progress
        self.cancel = cancel
        self.skipped: list[str] = []
        self.scheme_label = ""
        self.guid_map: dict[str, str] = {}
        self.empty_sources: list[str] = []

    def read(self, root: etree._Element) -> QdpxProject:
        origin = root.get("origin") or ""
        check_unique_guids(root, path=self.path)
        codes, self.guid_map, code_notes = read_project_codes(root, path=self.path)
        variables = self._variables(root)
        all_source_guids = self._all_source_guids(root)
        sources = self._sources(root, origin)
        source_guids = {source.guid for source in sources}
        notes = self._notes(root)
        note_guids = {note.guid for note in notes}
        self._check_codings(sources, set(self.guid_map.values()))
        sources = [self._known_notes(source, note_guids) for source in sources]
        users = self._users(root)
        return QdpxProject(
            name=root.get("name") or "",
            origin=origin,
            description=child_text(root, "Description"),
            created_at=timestamp(root.get("creationDateTime")),
            creating_user_guid=parse_guid(root.get("creatingUserGUID")),
            users=tuple(users),
            codes=tuple(codes),
            code_notes={
                guid: tuple(ref for ref in refs if ref in note_guids)
                for guid, refs in code_notes.items()
            },
            variables=tuple(variables),
            cases=tuple(self._cases(root, {v.guid: v for v in variables}, source_guids,
                                    all_source_guids)),
            sources=tuple(sources),
            notes=tuple(notes),
            project_note_guids=tuple(
                ref for ref in self._note_refs(root) if ref in note_guids
            ),
            skipped=tuple(self.skipped),
            position_scheme=self.scheme_label,
            empty_sources=tuple(self.empty_sources),
        )

    # --- users, variables, cases, notes --------------------------------------------------

    def _users(self, root: etree._Element) -> list[QdpxUser]:
        users: list[QdpxUser] = []
        seen: set[str] = set()
        for element in section(root, "Users", "User"):
            guid = parse_guid(element.get("guid"))
            if guid is None or guid in seen:
                continue
            seen.add(guid)
            name = " ".join((element.get("name") or element.get("id") or "").split())
            users.append(QdpxUser(guid=guid, name=name))
        return users

    def _variables(self, root: etree._Element) -> list[QdpxVariable]:
        variables: list[QdpxVariable] = []
        for element in section(root, "Variables", "Variable"):
            guid = parse_guid(element.get("guid"))
            if guid is None:
                continue
            variables.append(
                QdpxVariable(
                    guid=guid,
                    name=" ".join((element.get("name") or "").split()) or guid,
                    type_name=(element.get("typeOfVariable") or "Text").strip(),
                    description=child_text(element, "Description"),
                )
            )
        return variables

    def _values(
        self, element: etree._Element, variables: dict[str, QdpxVariable] | None = None
    ) -> tuple[QdpxValue, ...]:
        values: list[QdpxValue] = []
        for value_element in children(element, "VariableValue"):
            reference = first_child(value_element, "VariableRef")
            guid = parse_guid(reference.get("targetGUID") if reference is not None else None)
            if guid is None or (variables is not None and guid not in variables):
                self.skipped.append(f"a value of an unknown variable ({guid})")
                continue
            value = variable_value(value_element)
            if value is not None:
                values.append(QdpxValue(variable_guid=guid, value=value))
        return tuple(values)

    def _cases(
        self,
        root: etree._Element,
        variables: dict[str, QdpxVariable],
        source_guids: set[str],
        all_source_guids: set[str],
    ) -> list[QdpxCase]:
        cases: list[QdpxCase] = []
        for number, element in enumerate(section(root, "Cases", "Case"), start=1):
            guid = parse_guid(element.get("guid")) or str(uuid.uuid4())
            name = " ".join((element.get("name") or "").split()) or f"Case {number}"
            refs: list[str] = []
            for reference in children(element, "SourceRef"):
                target = parse_guid(reference.get("targetGUID"))
                if target in source_guids:
                    refs.append(target)
                elif target not in all_source_guids:
                    raise QdpxUnknownReference(
                        path=self.path, element="case", name=name, kind="source",
                        guid=reference.get("targetGUID"),
                    )
            cases.append(
                QdpxCase(
                    guid=guid,
                    name=name,
                    description=child_text(element, "Description"),
                    values=self._values(element, variables),
                    source_guids=tuple(refs),
                )
            )
        return cases

    def _notes(self, root: etree._Element) -> list[QdpxNote]:
        notes: list[QdpxNote] = []
        for number, element in enumerate(section(root, "Notes", "Note"), start=1):
            guid = parse_guid(element.get("guid")) or str(uuid.uuid4())
            name = (element.get("name") or "").strip() or f"Note {number}"
            text = self._text_of(element)
            notes.append(
                QdpxNote(
                    guid=guid,
                    name=name,
                    text=SourceTextMap(text).text if text is not None else "",
                    description=child_text(element, "Description"),
                    user_guid=parse_guid(element.get("creatingUser")),
                    created_at=timestamp(element.get("creationDateTime")),
                    modified_at=timestamp(element.get("modifiedDateTime")),
                )
            )
        return notes

    def _note_refs(self, element: etree._Element) -> tuple[str, ...]:
        refs = (parse_guid(reference.get("targetGUID"))
                for reference in children(element, "NoteRef"))
        return tuple(ref for ref in refs if ref is not None)

    # --- sources and selections ----------------------------------------------------------

    def _all_source_guids(self, root: etree._Element) -> set[str]:
        sources = first_child(root, "Sources")
        if sources is None:
            return set()
        return {guid for element in sources if (guid := parse_guid(element.get("guid")))}

    def _sources(self, root: etree._Element, origin: str) -> list[QdpxSource]:
        container = first_child(root, "Sources")
        elements = [] if container is None else [
            element for element in container if isinstance(element.tag, str)
        ]
        texts: list[tuple[etree._Element, SourceTextMap]] = []
        missing: list[str] = []
        for done, element in enumerate(elements, start=1):
            self._check_cancel()
            kind = etree.QName(element).localname
            name = nfc(element.get("name") or element.get("guid") or "?")
            if kind != "TextSource":
                self.skipped.append(f"{kind} '{name}' (not a text source)")
                continue
            text = self._text_of(element)
            if text is None:
                missing.append(name)
                continue
            text_map = SourceTextMap(text)
            if not text_map.text.strip():
                self.empty_sources.append(name)
            texts.append((element, text_map))
            if self.progress is not None:
                self.progress(done, len(elements))
        if missing and not self.skip_missing:
            raise QdpxMissingSources(path=self.path, count=len(missing), names=missing)
        self.skipped.extend(f"TextSource '{name}' (its text is missing)" for name in missing)
        return self._placed_sources(texts, origin)

    def _text_of(self, element: etree._Element) -> str | None:
        content = first_child(element, "PlainTextContent")
        if content is not None:
            # lxml-stubs 0.5 types itertext() as str | bytes; lxml yields str.
            return "".join(content.itertext())  # type: ignore[arg-type]
        member = self.archive.source_member(element.get("plainTextPath") or "")
        if member is None:
            return None
        return decode_text(self.archive.read(member))

    def _placed_sources(
        self, texts: list[tuple[etree._Element, SourceTextMap]], origin: str
    ) -> list[QdpxSource]:
        raw: list[list[tuple[RawSelection, etree._Element]]] = []
        problems = PositionProblems(self.path)
        for element, _text_map in texts:
            selections: list[tuple[RawSelection, etree._Element]] = []
            source_name = element.get("name") or ""
            for selection in children(element, "PlainTextSelection"):
                raw_start = selection.get("startPosition")
                raw_end = selection.get("endPosition")
                start, end = whole_number(raw_start), whole_number(raw_end)
                name = selection.get("name") or selection.get("guid") or ""
                if start is None or end is None:
                    problems.add("not_number", selection=name, source=source_name,
                                 start=raw_start, end=raw_end)
                elif start > end:
                    problems.add("reversed", selection=name, source=source_name,
                                 start=start, end=end)
                elif start == end:
                    self.skipped.append(f"the empty selection '{name}' in '{source_name}'")
                else:
                    selections.append((RawSelection(len(selections), name, start, end),
                                       selection))
            raw.append(selections)
        placed_raw = [(text_map, [s for s, _ in sel]) for (_, text_map), sel in zip(texts, raw)]
        choice = choose_scheme(origin, placed_raw)
        if choice.misfit is not None:
            outside = fewest_misfits(placed_raw)
            for index, misfit in outside:
                problems.add("outside", selection=misfit.name,
                             source=texts[index][0].get("name") or "",
                             start=misfit.start, end=misfit.end)
        problems.raise_if_any()
        self.scheme_label = choice.scheme.label
        sources: list[QdpxSource] = []
        for (element, text_map), selections in zip(texts, raw):
            placed = place_selections(text_map, [s for s, _ in selections], choice)
            sources.append(self._source(element, text_map.text, selections, placed))
        return sources

    def _source(
        self,
        element: etree._Element,
        text: str,
        selections: list[tuple[RawSelection, etree._Element]],
        placed: list[PlacedSelection],
    ) -> QdpxSource:
        built = []
        for (raw, selection_element), place in zip(selections, placed):
            built.append(
                QdpxSelection(
                    guid=parse_guid(selection_element.get("guid")) or str(uuid.uuid4()),
                    name=raw.name,
                    start=place.start,
                    end=place.end,
                    description=child_text(selection_element, "Description"),
                    user_guid=parse_guid(selection_element.get("creatingUser")),
                    created_at=timestamp(selection_element.get("creationDateTime")),
                    modified_at=timestamp(selection_element.get("modifiedDateTime")),
                    codings=self._codings(selection_element),
                    note_guids=self._note_refs(selection_element),
                )
            )
        name = nfc(element.get("name") or "").strip()
        return QdpxSource(
            guid=parse_guid(element.get("guid")) or str(uuid.uuid4()),
            name=name or element.get("guid") or "source",
            text=text,
            description=child_text(element, "Description"),
            user_guid=parse_guid(element.get("creatingUser")),
            created_at=timestamp(element.get("creationDateTime")),
            modified_at=timestamp(element.get("modifiedDateTime")),
            selections=tuple(built),
            codings=self._codings(element),
            note_guids=self._note_refs(element),
            values=self._values(element),
        )

    def _codings(self, element: etree._Element) -> tuple[QdpxCoding, ...]:
        codings: list[QdpxCoding] = []
        for coding in children(element, "Coding"):
            reference = first_child(coding, "CodeRef")
            target = reference.get("targetGUID") if reference is not None else None
            file_guid = parse_guid(target) or (target or "").strip()
            codings.append(
                QdpxCoding(
                    guid=parse_guid(coding.get("guid")) or str(uuid.uuid4()),
                    code_guid=self.guid_map.get(file_guid, file_guid),
                    user_guid=parse_guid(coding.get("creatingUser")),
                    created_at=timestamp(coding.get("creationDateTime")),
                )
            )
        return tuple(codings)

    def _check_codings(self, sources: list[QdpxSource], code_guids: set[str]) -> None:
        for source in sources:
            for owner, codings in [(source.name, source.codings)] + [
                (selection.name or selection.guid, selection.codings)
                for selection in source.selections
            ]:
                for coding in codings:
                    if coding.code_guid not in code_guids:
                        raise QdpxUnknownReference(
                            path=self.path, element="coding", name=owner[:80], kind="code",
                            guid=coding.code_guid or "none",
                        )

    def _known_notes(self, source: QdpxSource, note_guids: set[str]) -> QdpxSource:
        selections = tuple(
            replace(s, note_guids=tuple(g for g in s.note_guids if g in note_guids))
            for s in source.selections
        )
        return replace(
            source,
            selections=selections,
            note_guids=tuple(g for g in source.note_guids if g in note_guids),
        )

    def _check_cancel(self) -> None:
        if self.cancel is not None and self.cancel():
            raise Cancelled()

