"""Coding regions of a photo: a rectangle with a description that stands for its text.

A photo source's text is its caption line followed by one line per coded region, the
region's description (:mod:`app.io.media_sources`). So the segment of a region spans its
own description: everything that shows, searches, counts or cites a segment's text (the
coding view, displays, matrices, triangulation, search, exports) shows the description.
Adding, re-describing or removing a region rewrites those lines and moves the segments
after it, in the same transaction, and sets the text's ``sha256``/``char_count`` as every
writer of a source's text does (:mod:`app.core.source_text_cache`).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from app.core.changes import Changes
from app.core.ids import CodeId, CoderId, SegmentId, SourceId
from app.core.project import Project
from app.core.segments import remove_segment
from app.core.undo import Built, UndoEntry, delete_segment
from app.errors import CodeNotCodable, InvalidRegion, InvalidValue, NotAPicture, NotFound
from app.models import Code, CodedSegment, Coder, SegmentRegion, Source, SourceFile
from app.models.base import utc_now
from app.models.coded_segment import VALENCES


@dataclass(frozen=True)
class RegionView:
    """A coded region: normalised rectangle (0..1 of the upright photo) and description."""

    segment_id: SegmentId
    code_id: CodeId
    coder_id: CoderId
    x: float
    y: float
    w: float
    h: float
    description: str
    page: int | None = None


def check_region(x: float, y: float, w: float, h: float) -> None:
    inside = 0 <= x < 1 and 0 <= y < 1 and w > 0 and h > 0 and x + w <= 1.0001 and \
        y + h <= 1.0001
    if not inside:
        raise InvalidRegion(x=x, y=y, w=w, h=h)


def _picture(session: Session, source_id: SourceId) -> Source:
    source = session.get(Source, source_id)
    if source is None:
        raise NotFound(kind="source", key=source_id)
    media = session.scalar(select(SourceFile.media_type)
                           .where(SourceFile.source_id == source_id))
    if media != "image":
        raise NotAPicture(title=source.title)
    return source


def _clean(description: str) -> str:
    cleaned = " ".join(description.split())
    if not cleaned:
        raise InvalidValue(field="region description", value=description,
                           detail="it is empty")
    return cleaned


def add_region(project: Project, *, source_id: SourceId, code_id: CodeId, coder_id: CoderId,
               x: float, y: float, w: float, h: float, description: str,
               memo: str = "", valence: str | None = None) -> Changes:
    """Code the rectangle ``x, y, w, h`` of a photo with ``code_id``; ``description``
    says what the region shows and stands for its text."""
    check_region(x, y, w, h)
    description = _clean(description)
    if valence is not None and valence not in VALENCES:
        raise InvalidValue(field="valence", value=valence, detail=", ".join(VALENCES))
    with project.writing() as session:
        source = _picture(session, source_id)
        code = session.get(Code, code_id)
        if code is None:
            raise NotFound(kind="code", key=code_id)
        if not code.codable:
            raise CodeNotCodable(code=code.name)
        if session.get(Coder, coder_id) is None:
            raise NotFound(kind="coder", key=coder_id)
        now = utc_now()
        # Placed at the end for now; _rewrite gives it its real span.
        segment = CodedSegment(source_id=source_id, code_id=code_id, coder_id=coder_id,
                               start=0, end=1, text=description, memo=memo,
                               valence=valence, created_at=now, updated_at=now)
        session.add(segment)
        session.flush()
        session.add(SegmentRegion(segment_id=segment.id, x=x, y=y, w=w, h=h,
                                  description=description))
        session.flush()
        _rewrite(session, source)
        return Changes(segments=frozenset({segment.id}), sources=frozenset({source_id}),
                       codes=frozenset({code_id}), created=segment.id)


def describe_region(project: Project, *, segment_id: SegmentId, description: str) -> Changes:
    """Give a region a new description (its text)."""
    description = _clean(description)
    with project.writing() as session:
        region = session.scalar(select(SegmentRegion)
                                .where(SegmentRegion.segment_id == segment_id))
        if region is None:
            raise NotFound(kind="region", key=segment_id)
        region.description = description
        segment = session.get_one(CodedSegment, segment_id)
        session.flush()
        _rewrite(session, session.get_one(Source, segment.source_id))
        return Changes(segments=frozenset({segment_id}),
                       sources=frozenset({segment.source_id}))


def remove_region(project: Project, *, segment_id: SegmentId) -> Changes:
    """Remove a region and its segment; the photo's text loses its line."""
    with project.writing() as session:
        segment = session.get(CodedSegment, segment_id)
        if segment is None:
            raise NotFound(kind="region", key=segment_id)
        source_id, code_id = segment.source_id, segment.code_id
        session.execute(delete(CodedSegment).where(CodedSegment.id == segment_id))
        session.flush()
        _rewrite(session, session.get_one(Source, source_id))
        return Changes(segments=frozenset({segment_id}), sources=frozenset({source_id}),
                       codes=frozenset({code_id}))


def _rewrite(session: Session, source: Source) -> None:
    """The photo's text: its caption, then each region's description on its own line, in
    the order the regions were made; every region's segment spans its line."""
    # Imported here: media_sources loads the PDF and picture readers (PIL), which the
    # workbench must not pay for at start-up (tests/ui/test_startup_imports.py).
    from app.io.media_sources import picture_caption

    file_name = session.scalar(select(SourceFile.filename)
                               .where(SourceFile.source_id == source.id)) or source.title
    text = picture_caption(file_name)
    rows = session.execute(
        select(CodedSegment, SegmentRegion.description)
        .join(SegmentRegion, SegmentRegion.segment_id == CodedSegment.id)
        .where(CodedSegment.source_id == source.id).order_by(CodedSegment.id)).all()
    for segment, description in rows:
        text += "\n"
        segment.start = len(text)
        text += description
        segment.end = len(text)
        segment.text = description
    source.text = text
    source.char_count = len(text)
    source.word_count = len(text.split())
    source.sha256 = hashlib.sha256(text.encode("utf-8")).hexdigest()


def regions_of(project: Project, *, source_id: SourceId) -> list[RegionView]:
    """Every coded region of a photo, in the order they were made."""
    with project.reading() as session:
        return [RegionView(segment_id=segment_id, code_id=code_id, coder_id=coder_id,
                           x=region.x, y=region.y, w=region.w, h=region.h,
                           description=region.description, page=region.page)
                for region, segment_id, code_id, coder_id in session.execute(
                    select(SegmentRegion, CodedSegment.id, CodedSegment.code_id,
                           CodedSegment.coder_id)
                    .join(CodedSegment, CodedSegment.id == SegmentRegion.segment_id)
                    .where(CodedSegment.source_id == source_id)
                    .order_by(CodedSegment.id))]


def region_views(session: Session, segment_ids: list[SegmentId]) -> dict[int, RegionView]:
    """The regions among ``segment_ids`` (for exports and agreement), by segment id."""
    if not segment_ids:
        return {}
    return {segment_id: RegionView(segment_id=segment_id, code_id=code_id, coder_id=coder_id,
                                   x=region.x, y=region.y, w=region.w, h=region.h,
                                   description=region.description, page=region.page)
            for region, segment_id, code_id, coder_id in session.execute(
                select(SegmentRegion, CodedSegment.id, CodedSegment.code_id,
                       CodedSegment.coder_id)
                .join(CodedSegment, CodedSegment.id == SegmentRegion.segment_id)
                .where(CodedSegment.id.in_(segment_ids)))}


def region_pictures(project: Project, *, segment_ids: list[int]) -> dict[int, bytes]:
    """The cropped picture (PNG) of each region among ``segment_ids``, for exports."""
    from app.io.image_reader import cropped  # PIL: loaded when an export needs it

    found: dict[int, bytes] = {}
    with project.reading() as session:
        regions = region_views(session, [SegmentId(number) for number in segment_ids])
        if not regions:
            return found
        by_source: dict[int, list[RegionView]] = {}
        for row in session.execute(select(CodedSegment.id, CodedSegment.source_id)
                                   .where(CodedSegment.id.in_(list(regions)))):
            by_source.setdefault(row.source_id, []).append(regions[row.id])
        for picture_source, shown in by_source.items():
            data = session.scalar(select(SourceFile.data)
                                  .where(SourceFile.source_id == picture_source))
            if data is None:
                continue
            for region in shown:
                found[region.segment_id] = cropped(bytes(data), x=region.x, y=region.y,
                                                   w=region.w, h=region.h)
    return found


def code_region(project: Project, *, source_id: SourceId, code_id: CodeId, coder_name: str,
                x: float, y: float, w: float, h: float, description: str) -> Changes:
    """:func:`add_region` by the coder called ``coder_name`` (created if new), in one
    transaction: what the photo view calls."""
    from app.core.coders import ensure_coder

    with project.writing():
        coder = ensure_coder(project, name=coder_name).created
        assert coder is not None
        return add_region(project, source_id=source_id, code_id=code_id,
                          coder_id=CoderId(coder), x=x, y=y, w=w, h=h,
                          description=description)


def code_region_undoable(project: Project, *, name: str, source_id: SourceId, code_id: CodeId,
                         coder_name: str, x: float, y: float, w: float, h: float,
                         description: str) -> tuple[Changes, UndoEntry]:
    """:func:`code_region` as an undoable edit named ``name`` (the caller's translated
    "Code region …"): undo removes the region (the photo's text loses its line), redo
    codes it again; the segment it then gets is the one the next undo removes."""
    def code() -> Changes:
        done = code_region(project, source_id=source_id, code_id=code_id,
                           coder_name=coder_name, x=x, y=y, w=w, h=h,
                           description=description)
        assert done.created is not None
        current["segment"] = SegmentId(done.created)
        return done

    current: dict[str, SegmentId] = {}
    changes = code()
    return changes, UndoEntry(
        name=name,
        undo=lambda: remove_region(project, segment_id=current["segment"]),
        redo=code)


def delete_coded_segment(project: Project, *, name: str, segment_id: SegmentId,
                         actor_id: int) -> Built:
    """Delete a segment as :func:`app.core.undo.delete_segment` does (only its coder may);
    a region's segment takes its line out of the photo's text too, and undo draws the
    region again (it gets a new segment; redo deletes that one)."""
    with project.writing() as session:
        region = session.scalar(select(SegmentRegion)
                                .where(SegmentRegion.segment_id == segment_id))
        if region is None:
            return delete_segment(project, name=name, segment_id=segment_id,
                                  actor_id=CoderId(actor_id))
        segment = session.get_one(CodedSegment, segment_id)
        source_id = SourceId(segment.source_id)
        code_id, coder_id = CodeId(segment.code_id), CoderId(segment.coder_id)
        memo, valence = segment.memo, segment.valence
        x, y, w, h, description = region.x, region.y, region.w, region.h, region.description
        current = {"segment": segment_id}

        def remove() -> Changes:
            with project.writing() as inner:
                done = remove_segment(project, segment_id=current["segment"],
                                      actor_id=actor_id)
                inner.flush()
                inner.expire_all()
                _rewrite(inner, inner.get_one(Source, source_id))
                return done

        def restore() -> Changes:
            done = add_region(project, source_id=source_id, x=x, y=y, w=w, h=h,
                              description=description, code_id=code_id, coder_id=coder_id,
                              memo=memo, valence=valence)
            assert done.created is not None
            current["segment"] = SegmentId(done.created)
            return done

        return remove(), UndoEntry(name=name, undo=restore, redo=remove)
