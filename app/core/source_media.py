"""The original files and pages of PDF and photo sources: stored at import, read back as
frozen views for the coding view, citations and exports."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from app.core.project import Project
from app.errors import NotFound
from app.io.source_file import SourceFile as ReadFile
from app.models import Source, SourceFile, SourcePage


def taken_date(taken: str) -> date | None:
    """The date of an ISO date-time such as a photo's EXIF date, or None."""
    if not taken:
        return None
    try:
        return datetime.fromisoformat(taken).date()
    except ValueError:
        return None


def store_originals(session: Session, source_ids: Sequence[int],
                    files: Sequence[ReadFile]) -> None:
    """Keep each file's original (PDF, photo) and a PDF's pages with its source."""
    page_rows: list[dict[str, Any]] = []
    for source_id, read in zip(source_ids, files, strict=True):
        original = read.original
        if original is not None:
            session.add(SourceFile(
                source_id=source_id, filename=original.filename,
                media_type=original.media_type, mime=original.mime,
                byte_size=len(original.data), sha256=original.sha256, data=original.data,
                meta=dict(original.meta)))
        page_rows += [
            {"source_id": source_id, "number": page.number, "label": page.label,
             "start": page.start, "end": page.end, "width": page.width,
             "height": page.height, "header": page.header, "footer": page.footer}
            for page in read.pages]
    if page_rows:
        session.execute(insert(SourcePage), page_rows)
    session.flush()


@dataclass(frozen=True)
class PageView:
    """Page ``number`` of a source: its span in the text, size in points, the running
    header and footer left out of the text; ``label`` the printed number if the PDF
    gives one."""

    number: int
    label: str
    start: int
    end: int
    width: float
    height: float
    header: str
    footer: str

    @property
    def cited(self) -> str:
        """The page as a citation names it: the printed label, else the number."""
        return self.label or str(self.number)


@dataclass(frozen=True)
class MediaView:
    """What a source keeps beside its text: its original file (if any) and its pages."""

    source_id: int
    media_type: str  # "" for a plain text source
    filename: str
    mime: str
    byte_size: int
    meta: dict[str, Any]
    pages: tuple[PageView, ...]

    def page_at(self, offset: int) -> PageView | None:
        """The page whose text holds ``offset`` (the last page starting at or before it)."""
        found = None
        for page in self.pages:
            if page.start <= offset:
                found = page
            else:
                break
        return found


def source_media(project: Project, *, source_id: int) -> MediaView:
    """The original file's description and the pages of a source (no file bytes)."""
    with project.reading() as session:
        if session.get(Source, source_id) is None:
            raise NotFound(kind="source", key=source_id)
        return media_view(session, source_id)


def media_view(session: Session, source_id: int) -> MediaView:
    stored = session.execute(
        select(SourceFile.media_type, SourceFile.filename, SourceFile.mime,
               SourceFile.byte_size, SourceFile.meta)
        .where(SourceFile.source_id == source_id)).one_or_none()
    pages = tuple(
        PageView(number=page.number, label=page.label, start=page.start, end=page.end,
                 width=page.width, height=page.height, header=page.header,
                 footer=page.footer)
        for page in session.scalars(select(SourcePage).where(SourcePage.source_id == source_id)
                                    .order_by(SourcePage.number)))
    if stored is None:
        return MediaView(source_id=source_id, media_type="", filename="", mime="",
                         byte_size=0, meta={}, pages=pages)
    return MediaView(source_id=source_id, media_type=stored.media_type,
                     filename=stored.filename, mime=stored.mime,
                     byte_size=stored.byte_size, meta=dict(stored.meta or {}), pages=pages)


def original_bytes(project: Project, *, source_id: int) -> bytes:
    """The original file's bytes (the PDF to render, the photo to show or crop)."""
    with project.reading() as session:
        data = session.scalar(select(SourceFile.data).where(SourceFile.source_id == source_id))
        if data is None:
            raise NotFound(kind="original file", key=source_id)
        return bytes(data)


def pages_of(session: Session, source_ids: Sequence[int]) -> dict[int, list[PageView]]:
    """Every page of the given sources, by source, in order (for citations)."""
    found: dict[int, list[PageView]] = {}
    if not source_ids:
        return found
    for page in session.scalars(select(SourcePage)
                                .where(SourcePage.source_id.in_(list(source_ids)))
                                .order_by(SourcePage.source_id, SourcePage.number)):
        found.setdefault(page.source_id, []).append(PageView(
            number=page.number, label=page.label, start=page.start, end=page.end,
            width=page.width, height=page.height, header=page.header, footer=page.footer))
    return found
