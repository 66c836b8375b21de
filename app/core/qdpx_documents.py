"""PDF and photo sources in REFI-QDA exchange: what an export adds to a source (its file
and its regions) and what an import keeps of it (the file, a PDF's pages, the regions).
See :mod:`app.io.qdpx_documents` for the XML side."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Protocol, TypeVar

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from app.core.qdpx_segments import StoredSegment
from app.io.qdpx_project import QdpxDocument, QdpxProject, QdpxSource
from app.models import CodedSegment, SegmentRegion, Source, SourceFile, SourcePage


def with_document(session: Session, source: QdpxSource, source_id: int) -> QdpxSource:
    """``source`` for a REFI-QDA export with its PDF or photo, and each region's
    rectangle (the region's description as its selection's name)."""
    stored = session.scalar(select(SourceFile).where(SourceFile.source_id == source_id)
                            .where(SourceFile.media_type.in_(("pdf", "image"))))
    if stored is None or stored.data is None:
        return source
    regions = {guid: (x, y, w, h, description) for guid, x, y, w, h, description in
               session.execute(select(CodedSegment.guid, SegmentRegion.x, SegmentRegion.y,
                                      SegmentRegion.w, SegmentRegion.h,
                                      SegmentRegion.description)
                               .join(SegmentRegion,
                                     SegmentRegion.segment_id == CodedSegment.id)
                               .where(CodedSegment.source_id == source_id))}
    meta = stored.meta or {}
    selections = tuple(replace(selection, name=regions[selection.guid][4])
                       if selection.guid in regions else selection
                       for selection in source.selections)
    return replace(source, selections=selections, document=QdpxDocument(
        media_type=stored.media_type, file_name=stored.filename, data=bytes(stored.data),
        width=int(meta.get("width", 0)), height=int(meta.get("height", 0)),
        regions=tuple((guid, x, y, w, h) for guid, (x, y, w, h, _d) in regions.items())))


def store_imported_document(session: Session, source_id: int, text: str,
                            document: QdpxDocument) -> None:
    """Keep the PDF or photo of an imported source, checked like an imported file (a bad
    one refuses the whole import); a PDF whose text is the source's keeps its pages."""
    # Imported here: the picture and PDF readers load PIL and PDFium, which the workbench
    # (it imports the REFI-QDA actions) must not pay for at start-up.
    from app.io.image_reader import read_picture
    from app.io.pdf_reader import read_pdf_bytes

    name = Path(document.file_name)
    meta: dict[str, object] = {}
    mime = "application/pdf"
    if document.media_type == "image":
        info = read_picture(document.data, path=name)
        mime = info.mime
        meta = {"width": info.width, "height": info.height}
        if info.taken:
            meta["exif_date"] = info.taken
    else:
        pdf = read_pdf_bytes(document.data, path=name)
        meta = {"pages": len(pdf.pages), "ocr": False}
        if pdf.text == text:
            session.execute(insert(SourcePage), [
                {"source_id": source_id, "number": page.number, "label": page.label,
                 "start": page.start, "end": page.end, "width": page.width,
                 "height": page.height, "header": page.header, "footer": page.footer}
                for page in pdf.pages])
    session.add(SourceFile(source_id=source_id, filename=document.file_name,
                           media_type=document.media_type, mime=mime,
                           byte_size=len(document.data),
                           sha256=hashlib.sha256(document.data).hexdigest(),
                           data=document.data, meta=meta))


def store_imported_documents(session: Session, qdpx_sources: Sequence[QdpxSource],
                             sources: Mapping[str, Source]) -> None:
    """The PDF or photo of every imported source that brings one."""
    for qdpx_source in qdpx_sources:
        if qdpx_source.document is not None:
            store_imported_document(session, sources[qdpx_source.guid].id, qdpx_source.text,
                                    qdpx_source.document)


_Made = TypeVar("_Made", bound=Mapping[str, Sequence[StoredSegment]])


class _Importing(Protocol):
    session: Session
    content: QdpxProject


def with_regions(importer: _Importing, segments: _Made) -> _Made:
    """``segments`` (by selection GUID), after storing the rectangle of every segment made
    from a photo's region selection."""
    session, sources = importer.session, importer.content.sources
    for source in sources:
        if source.document is None:
            continue
        for guid, x, y, w, h in source.document.regions:
            for segment in segments.get(guid, ()):
                session.add(SegmentRegion(segment_id=segment.id, x=x, y=y, w=w, h=h,
                                          description=segment.text))
    session.flush()
    return segments
