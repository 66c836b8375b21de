"""The text sources of a REFI-QDA project, with their selections and codings.

A source's text is inline (``<PlainTextContent>``) or a member of the archive; a text
source whose text is missing is refused unless the caller skips such sources. Selection
positions are checked together and placed with one counting scheme for the whole file
(:mod:`app.io.qdpx_selections`); a coding of a code that does not exist is refused.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field, replace
from pathlib import Path

from lxml import etree

from app.errors import QdpxMissingSources, QdpxUnknownReference
from app.io.qdpx_archive import QdpxArchive
from app.io.qdpx_checks import PositionProblems, whole_number
from app.io.qdpx_documents import DOCUMENT_SOURCE_KINDS, document_text_element, read_document
from app.io.qdpx_media import MEDIA_SOURCE_KINDS, real_points
from app.io.qdpx_metadata import note_refs, read_values
from app.io.qdpx_positions import PositionScheme, SourceTextMap
from app.io.qdpx_project import (
    CancelCheck,
    Progress,
    QdpxCoding,
    QdpxRecording,
    QdpxSelection,
    QdpxSource,
    stop_if_cancelled,
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
    element_text,
    first_child,
    folded_name,
    nfc,
    parse_guid,
    timestamp,
)

# A selection as the file gives it, with the element it came from.
_Selections = list[tuple[RawSelection, etree._Element]]


@dataclass
class SourceReader:
    """Reads the ``<Sources>`` of one archive; what it leaves out is added to ``skipped``."""

    archive: QdpxArchive
    skip_missing: bool = False
    progress: Progress | None = None
    cancel: CancelCheck | None = None
    skipped: list[str] = field(default_factory=list)
    empty_sources: list[str] = field(default_factory=list)
    scheme_label: str = ""
    # The codebook's GUIDs as the file writes them -> as Telaah keeps them.
    guid_map: dict[str, str] = field(default_factory=dict)

    @property
    def path(self) -> Path | str:
        return self.archive.path

    def text_of(self, element: etree._Element) -> str | None:
        """The text of a source or note: inline, or its archive member; None if missing."""
        content = first_child(element, "PlainTextContent")
        if content is not None:
            # lxml-stubs 0.5 types itertext() as str | bytes; lxml yields str.
            return "".join(content.itertext())  # type: ignore[arg-type]
        member = self.archive.source_member(element.get("plainTextPath") or "")
        if member is None:
            return None
        return decode_text(self.archive.read(member))

    def read(self, root: etree._Element, origin: str) -> list[QdpxSource]:
        container = first_child(root, "Sources")
        elements = [] if container is None else [
            element for element in container if isinstance(element.tag, str)
        ]
        texts: list[tuple[etree._Element, SourceTextMap]] = []
        missing: list[str] = []
        for done, element in enumerate(elements, start=1):
            stop_if_cancelled(self.cancel)
            kind = etree.QName(element).localname
            name = nfc(element.get("name") or element.get("guid") or "?")
            document = kind in DOCUMENT_SOURCE_KINDS
            text = self.text_of(_text_element(element)) if document or kind == "TextSource" \
                or kind in MEDIA_SOURCE_KINDS else None
            # A PDF or photo comes in only with its file and its text (as Telaah writes it).
            if kind not in ("TextSource", *MEDIA_SOURCE_KINDS, *DOCUMENT_SOURCE_KINDS) or (
                    document and (text is None or document_text_element(element) is None
                                  or not self.archive.source_member(element.get("path") or ""))):
                self.skipped.append(f"{kind} '{name}' (not a text source)")
                continue
            if kind in MEDIA_SOURCE_KINDS and not self._has_recording_and_transcript(element,
                                                                                  text):
                # Programs that keep the file outside the archive also list its transcript
                # as a text source of its own; Telaah takes a recording only with its file.
                self.skipped.append(f"{kind} '{name}' (its file or transcript is not in "
                                    "the archive)")
                continue
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

    def _placed_sources(
        self, texts: list[tuple[etree._Element, SourceTextMap]], origin: str
    ) -> list[QdpxSource]:
        raw: list[_Selections] = []
        problems = PositionProblems(self.path)
        for element, _text_map in texts:
            selections: _Selections = []
            source_name = element.get("name") or ""
            for raw_start, raw_end, selection in _selection_spans(element):
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
            sources.append(self._source(element, text_map, selections, placed, choice.scheme))
        return sources

    def _source(
        self, element: etree._Element, text_map: SourceTextMap, selections: _Selections,
        placed: list[PlacedSelection], scheme: PositionScheme,
    ) -> QdpxSource:
        text = text_map.text
        built = [self._selection(raw, selection_element, place)
                 for (raw, selection_element), place in zip(selections, placed)]
        name = nfc(element.get("name") or "").strip()
        document, regions = read_document(self.archive, element, text, self._codings,
                                           self.skipped)
        return QdpxSource(
            guid=parse_guid(element.get("guid")) or str(uuid.uuid4()),
            name=name or element.get("guid") or "source",
            text=text,
            description=child_text(element, "Description"),
            user_guid=parse_guid(element.get("creatingUser")),
            created_at=timestamp(element.get("creationDateTime")),
            modified_at=timestamp(element.get("modifiedDateTime")),
            selections=(*built, *regions),
            codings=self._codings(element),
            note_guids=note_refs(element),
            values=read_values(element, self.skipped),
            recording=self._recording(element, name or "source", text_map, scheme),
            document=document,
        )

    def _has_recording_and_transcript(self, element: etree._Element, text: str | None) -> bool:
        path = element.get("path") or element.get("currentPath") or ""
        return (text is not None and first_child(element, "Transcript") is not None
                and self.archive.source_member(path) is not None)

    def _recording(self, element: etree._Element, name: str, text_map: SourceTextMap,
                   scheme: PositionScheme) -> QdpxRecording | None:
        """The recording of an <AudioSource>/<VideoSource> and its transcript's own sync
        points; None for a text source (or when the file is not in the archive).

        A sync point's position is counted as the file's selections are (``scheme``, the
        same rule as a <PlainTextSelection>'s: code points by the standard, UTF-16 units
        with CR LF by NVivo), so it is mapped onto the normalised text as they are."""
        media_type = MEDIA_SOURCE_KINDS.get(etree.QName(element).localname)
        if media_type is None:
            return None
        path = element.get("path") or element.get("currentPath") or ""
        member = self.archive.source_member(path)
        if member is None:
            self.skipped.append(f"the recording of '{name}' (not in the archive)")
            return None
        untexted = [item for kind in ("AudioSelection", "VideoSelection")
                    for item in children(element, kind)]
        if untexted:
            # A coding of a stretch of the recording itself, without transcript words: a
            # segment in Telaah is always a span of text.
            self.skipped.append(f"{len(untexted)} time-range selection(s) of '{name}' "
                                "(coded on the recording, not on its transcript)")
        points, referenced = _sync_points(_text_element(element))
        points = [(guid, text_map.to_normalised(position, scheme, end=False), time_ms)
                  for guid, position, time_ms in points]
        return QdpxRecording(media_type=media_type, file_name=Path(member).name,
                             data=self.archive.read(member),
                             sync_points=real_points(points, referenced))

    def _selection(self, raw: RawSelection, element: etree._Element,
                   place: PlacedSelection) -> QdpxSelection:
        """One selection, its children read in one pass (as child_text, _codings and
        note_refs read them: the first <Description>, every <Coding> and <NoteRef>)."""
        description: etree._Element | None = None
        codings: list[QdpxCoding] = []
        notes: list[str] = []
        for child in element:
            name = folded_name(child)
            if name == "description" and description is None:
                description = child
            elif name == "coding":
                codings.append(self._coding(child))
            elif name == "noteref" and (note := parse_guid(child.get("targetGUID"))):
                notes.append(note)
        return QdpxSelection(
            guid=parse_guid(element.get("guid")) or str(uuid.uuid4()),
            name=raw.name,
            start=place.start,
            end=place.end,
            description="" if description is None else element_text(description),
            user_guid=parse_guid(element.get("creatingUser")),
            created_at=timestamp(element.get("creationDateTime")),
            modified_at=timestamp(element.get("modifiedDateTime")),
            codings=tuple(codings),
            note_guids=tuple(notes),
        )

    def _codings(self, element: etree._Element) -> tuple[QdpxCoding, ...]:
        return tuple(self._coding(coding) for coding in children(element, "Coding"))

    def _coding(self, coding: etree._Element) -> QdpxCoding:
        reference = first_child(coding, "CodeRef")
        target = reference.get("targetGUID") if reference is not None else None
        file_guid = parse_guid(target) or (target or "").strip()
        return QdpxCoding(
            guid=parse_guid(coding.get("guid")) or str(uuid.uuid4()),
            code_guid=self.guid_map.get(file_guid, file_guid),
            user_guid=parse_guid(coding.get("creatingUser")),
            created_at=timestamp(coding.get("creationDateTime")),
        )


def _text_element(element: etree._Element) -> etree._Element:
    """Where a source's text is: the source itself, or a recording's first transcript."""
    if etree.QName(element).localname in MEDIA_SOURCE_KINDS:
        transcript = first_child(element, "Transcript")
        return transcript if transcript is not None else element
    if etree.QName(element).localname in DOCUMENT_SOURCE_KINDS:
        text = document_text_element(element)
        return text if text is not None else element
    return element


def _sync_points(transcript: etree._Element) -> tuple[list[tuple[str, int, int]], set[str]]:
    """A transcript's sync points ``(guid, position, time_ms)`` and those selections use."""
    points = []
    for point in children(transcript, "SyncPoint"):
        position, time_ms = whole_number(point.get("position")), whole_number(
            point.get("timeStamp"))
        if position is not None and time_ms is not None:
            points.append((point.get("guid") or "", position, time_ms))
    referenced = {guid for selection in children(transcript, "TranscriptSelection")
                  for guid in (selection.get("fromSyncPoint"), selection.get("toSyncPoint"))
                  if guid}
    return points, referenced


def _selection_spans(
    element: etree._Element,
) -> list[tuple[str | None, str | None, etree._Element]]:
    """Each coded span's raw start and end as written, and its element."""
    if etree.QName(element).localname not in MEDIA_SOURCE_KINDS:
        return [(selection.get("startPosition"), selection.get("endPosition"), selection)
                for selection in children(_text_element(element), "PlainTextSelection")]
    transcript = _text_element(element)
    positions = {guid: str(position) for guid, position, _time in _sync_points(transcript)[0]}
    return [(positions.get(selection.get("fromSyncPoint") or ""),
             positions.get(selection.get("toSyncPoint") or ""), selection)
            for selection in children(transcript, "TranscriptSelection")]


def all_source_guids(root: etree._Element) -> set[str]:
    """The GUID of every source the file lists, text or not."""
    sources = first_child(root, "Sources")
    if sources is None:
        return set()
    return {guid for element in sources if (guid := parse_guid(element.get("guid")))}


def check_codings(sources: list[QdpxSource], code_guids: set[str], *, path: Path | str) -> None:
    """Refuse a coding (of a source or a selection) of a code the codebook lacks."""
    for source in sources:
        for owner, codings in [(source.name, source.codings)] + [
            (selection.name or selection.guid, selection.codings)
            for selection in source.selections
        ]:
            for coding in codings:
                if coding.code_guid not in code_guids:
                    raise QdpxUnknownReference(
                        path=path, element="coding", name=owner[:80], kind="code",
                        guid=coding.code_guid or "none",
                    )


def keep_known_notes(source: QdpxSource, note_guids: set[str]) -> QdpxSource:
    """``source`` with only the note references that lead to a note of the file."""
    selections = tuple(
        replace(s, note_guids=tuple(g for g in s.note_guids if g in note_guids))
        if any(g not in note_guids for g in s.note_guids) else s
        for s in source.selections
    )
    return replace(
        source,
        selections=selections,
        note_guids=tuple(g for g in source.note_guids if g in note_guids),
    )
