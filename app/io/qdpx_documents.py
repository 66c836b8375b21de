"""PDFs and photos in a REFI-QDA project: ``<PDFSource>`` with its plain-text
``<Representation>`` and ``<PictureSource>`` with its ``<TextDescription>``.

A PDF's coded spans are ``<PlainTextSelection>``s of its representation, in code points of
the source's text, like a text source's. A photo's regions are ``<PictureSelection>``s in
pixels of the photo; the region's description is the selection's name, and the photo's
text (its caption and one line per region, see :mod:`app.core.regions`) is the text
description, so the regions find their lines again on import.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path

from lxml import etree

from app.io.image_reader import read_picture
from app.io.qdpx_archive import QdpxArchive
from app.io.qdpx_checks import whole_number
from app.io.qdpx_metadata import note_refs
from app.io.qdpx_project import QdpxCoding, QdpxDocument, QdpxSelection
from app.io.qdpx_xml import child_text, children, first_child, nfc, parse_guid, timestamp

DOCUMENT_SOURCE_KINDS = {"PDFSource": "pdf", "PictureSource": "image"}
TEXT_ELEMENTS = {"PDFSource": "Representation", "PictureSource": "TextDescription"}
_NAMESPACE = uuid.UUID("8a5c1d2e-6f0b-4c3a-9e7d-2b4f6a8c0e13")


def representation_guid(source_guid: str) -> str:
    """The GUID of a document source's text (derived, so exports are reproducible)."""
    return str(uuid.uuid5(_NAMESPACE, f"representation:{source_guid}"))


def document_member(guid: str, document: QdpxDocument) -> str:
    return f"{guid}{Path(document.file_name).suffix.lower() or '.bin'}"


def pixels(document: QdpxDocument, x: float, y: float, w: float,
           h: float) -> tuple[int, int, int, int]:
    """A normalised rectangle as the photo's pixel corners (firstX, firstY, secondX,
    secondY)."""
    return (round(x * document.width), round(y * document.height),
            round((x + w) * document.width), round((y + h) * document.height))


def normalised(width: int, height: int, first_x: int, first_y: int, second_x: int,
               second_y: int) -> tuple[float, float, float, float] | None:
    """Pixel corners as a normalised rectangle inside the photo, or None if it is not."""
    if width <= 0 or height <= 0:
        return None
    left, right = sorted((first_x, second_x))
    top, bottom = sorted((first_y, second_y))
    left, top = max(left, 0), max(top, 0)
    right, bottom = min(right, width), min(bottom, height)
    if right <= left or bottom <= top:
        return None
    return (left / width, top / height, (right - left) / width, (bottom - top) / height)


def line_spans(text: str, lines: list[str]) -> list[tuple[int, int] | None]:
    """Where each of ``lines`` stands as a whole line of ``text``, in order, each line
    used once (regions with the same description take successive lines)."""
    starts: dict[str, list[int]] = {}
    offset = 0
    for line in text.split("\n"):
        starts.setdefault(line, []).append(offset)
        offset += len(line) + 1
    found: list[tuple[int, int] | None] = []
    for line in lines:
        free = starts.get(line)
        if free:
            start = free.pop(0)
            found.append((start, start + len(line)))
        else:
            found.append(None)
    return found


def document_text_element(element: etree._Element) -> etree._Element | None:
    """The <Representation> or <TextDescription> holding a document source's text."""
    return first_child(element, TEXT_ELEMENTS[etree.QName(element).localname])


def read_document(archive: QdpxArchive, element: etree._Element, text: str,
                  codings: Callable[[etree._Element], tuple[QdpxCoding, ...]],
                  skipped: list[str]) -> tuple[QdpxDocument | None, list[QdpxSelection]]:
    """The PDF or photo of a <PDFSource>/<PictureSource> (None when its file is not in
    the archive), and a photo's regions as selections of their lines in ``text``."""
    kind = etree.QName(element).localname
    media_type = DOCUMENT_SOURCE_KINDS.get(kind)
    member = archive.source_member(element.get("path") or element.get("currentPath") or "")
    name = element.get("name") or "source"
    if media_type is None or member is None:
        return None, []
    data = archive.read(member)
    if media_type == "pdf":
        return QdpxDocument(media_type="pdf", file_name=Path(member).name, data=data), []
    info = read_picture(data, path=Path(member))
    chosen = children(element, "PictureSelection")
    spans = line_spans(text, [nfc(item.get("name") or "") for item in chosen])
    selections: list[QdpxSelection] = []
    regions: list[tuple[str, float, float, float, float]] = []
    for item, span in zip(chosen, spans, strict=True):
        first_x, first_y, second_x, second_y = (
            whole_number(item.get(key)) for key in ("firstX", "firstY", "secondX", "secondY"))
        rectangle = (None if first_x is None or first_y is None or second_x is None
                     or second_y is None
                     else normalised(info.width, info.height, first_x, first_y, second_x,
                                     second_y))
        if span is None or rectangle is None:
            skipped.append(f"the region '{item.get('name') or ''}' in '{name}'")
            continue
        guid = parse_guid(item.get("guid")) or str(uuid.uuid4())
        selections.append(QdpxSelection(
            guid=guid, name=nfc(item.get("name") or ""), start=span[0], end=span[1],
            description=child_text(item, "Description"),
            user_guid=parse_guid(item.get("creatingUser")),
            created_at=timestamp(item.get("creationDateTime")),
            modified_at=timestamp(item.get("modifiedDateTime")),
            codings=codings(item), note_guids=note_refs(item)))
        regions.append((guid, *rectangle))
    return QdpxDocument(media_type="image", file_name=Path(member).name, data=data,
                        width=info.width, height=info.height, regions=tuple(regions)), selections
