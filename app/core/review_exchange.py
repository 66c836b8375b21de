"""Review in Word, out: the coded transcripts as a document with a comment per segment.

``telaah review export`` and Review › Export for review in Word… The supervisor replies to
the comments (or adds new ones) in Word or LibreOffice; :mod:`app.core.review_exchange_import`
brings the file back.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.core.ids import CodeId, SegmentId
from app.core.lookup import code_paths, find_code, find_coder, find_informant
from app.core.project import Project
from app.models import Code, CodedSegment, Coder, Informant, ProjectInfo, ReviewComment, Source

if TYPE_CHECKING:  # python-docx loads with the first review document, not at start-up
    from app.io.docx_review_document import CodeDefinition, ReviewDocumentContent

Translate = Callable[[str], str]

STATUS_LABELS = {
    "pending": "pending",
    "accepted": "accepted",
    "needs_revision": "needs revision",
    "rejected": "rejected",
    "revised": "revised",
}
DOCUMENT_LABELS = {
    "title": "Review of the coding: {project}",
    "for": "For {reviewer}, exported on {day}. Segments: {segments} in {sources} source(s).",
    "filters": "Selected: {filters}.",
    "how": ("Each coded segment is a comment in the margin: its first line (§ number · code · "
            "coder) must stay as it is. Reply to a comment to comment on that segment; start "
            "the reply with “setuju” or “ok”, “revisi” or “tolak” (or accept, revise, reject) "
            "to give a verdict. Where several segments share a passage, start the reply with "
            "the segment's number (for example “§12 setuju”). A new comment on uncoded text "
            "becomes a suggestion in the review queue: start it with the name of a code (for "
            "example “Kualitas: …”). Then save the file and send it back."),
    "codebook": "Appendix: codebook",
    "definition": "Definition",
    "inclusion": "Include when",
    "exclusion": "Exclude when",
    "example": "Example",
    "memo": "Memo",
    "status": "Status",
    "codes": "codes",
    "coders": "coders",
    "informants": "informants",
}


@dataclass(frozen=True)
class ReviewExport:
    path: Path
    sources: int
    segments: int


def export_review_document(
    project: Project, *, reviewer: str, path: Path, codes: Sequence[str] = (),
    coders: Sequence[str] = (), informants: Sequence[str] = (),
    translate: Translate = lambda text: text,
) -> ReviewExport:
    """Write the selected segments (every segment when no filter is given) for review."""
    with project.reading() as session:
        segments = _selected(session, codes, coders, informants)
        content = _content(session, segments, reviewer, codes, coders, informants, translate)
    from app.io.docx_review_document import write_review_document

    write_review_document(content, Path(path))
    return ReviewExport(path=Path(path), sources=len(content.sources), segments=len(segments))


def _selected(session: Session, codes: Sequence[str], coders: Sequence[str],
              informants: Sequence[str]) -> list[CodedSegment]:
    query = select(CodedSegment).join(Source, CodedSegment.source_id == Source.id)
    if codes:
        wanted = _with_descendants(session, {find_code(session, key).id for key in codes})
        query = query.where(CodedSegment.code_id.in_(wanted))
    if coders:
        query = query.where(CodedSegment.coder_id.in_(
            [find_coder(session, name).id for name in coders]))
    if informants:
        query = query.where(Source.informant_id.in_(
            [find_informant(session, label).id for label in informants]))
    return list(session.scalars(query.order_by(Source.title, CodedSegment.start,
                                               CodedSegment.end, CodedSegment.id)))


def _with_descendants(session: Session, code_ids: set[CodeId]) -> set[CodeId]:
    children: dict[CodeId | None, list[CodeId]] = {}
    for code_id, parent_id in session.execute(select(Code.id, Code.parent_id)):
        children.setdefault(parent_id, []).append(code_id)
    found, pending = set(code_ids), list(code_ids)
    while pending:
        for child in children.get(pending.pop(), []):
            if child not in found:
                found.add(child)
                pending.append(child)
    return found


def _content(session: Session, segments: list[CodedSegment], reviewer: str,
             codes: Sequence[str], coders: Sequence[str], informants: Sequence[str],
             translate: Translate) -> ReviewDocumentContent:
    from app.io.docx_review_document import ReviewDocumentContent, ReviewSegment, ReviewSource

    def label(key: str) -> str:
        return translate(DOCUMENT_LABELS[key])

    paths = code_paths(session)
    names = {row.id: row.name for row in session.execute(select(Coder.id, Coder.name))}
    threads = _threads(session, [segment.id for segment in segments], names, translate)
    by_source: dict[int, list[CodedSegment]] = {}
    for segment in segments:
        by_source.setdefault(segment.source_id, []).append(segment)
    labels_of = {row.id: row.label for row in session.execute(select(Informant.id,
                                                                     Informant.label))}
    sources = []
    for source in session.scalars(select(Source).where(Source.id.in_(list(by_source)))
                                  .order_by(Source.title)):
        informant = labels_of.get(source.informant_id) if source.informant_id else None
        sources.append(ReviewSource(
            title=source.title,
            heading=f"{source.title} ({informant})" if informant else source.title,
            text=source.text,
            segments=tuple(ReviewSegment(
                id=segment.id, start=segment.start, end=segment.end, code=paths[segment.code_id],
                coder=names[segment.coder_id], memo=segment.memo,
                status=translate(STATUS_LABELS.get(segment.review_status,
                                                   segment.review_status)),
                thread=tuple(threads.get(segment.id, ())))
                for segment in by_source[source.id])))
    info = session.get(ProjectInfo, 1)
    title = info.title if info is not None else ""
    filters = [f"{label(kind)}: {', '.join(values)}" for kind, values in
               (("codes", codes), ("coders", coders), ("informants", informants)) if values]
    intro = [label("for").format(reviewer=reviewer, day=date.today().isoformat(),
                                 segments=len(segments), sources=len(sources))]
    if filters:
        intro.append(label("filters").format(filters="; ".join(filters)))
    intro.append(label("how"))
    return ReviewDocumentContent(
        project_guid=info.guid if info is not None else "",
        title=label("title").format(project=title), intro=intro, sources=sources,
        codebook_title=label("codebook"), codebook=_codebook(session, paths, label),
        labels={"memo": label("memo"), "status": label("status")})


def _threads(session: Session, segment_ids: list[SegmentId], names: dict[int, str],
             translate: Translate) -> dict[int, list[str]]:
    threads: dict[int, list[str]] = {}
    wanted = set(segment_ids)
    for comment in session.scalars(select(ReviewComment).order_by(ReviewComment.created_at,
                                                                  ReviewComment.id)):
        if comment.segment_id not in wanted:
            continue
        author = names.get(comment.author_id, "?")
        day = comment.created_at.date().isoformat()
        body = "" if comment.status == "revised" and comment.body.startswith("{") \
            else comment.body
        status = translate(STATUS_LABELS[comment.status]) if comment.status in STATUS_LABELS \
            else ""
        head = f"{author} ({status}, {day})" if status else f"{author} ({day})"
        threads.setdefault(comment.segment_id, []).append(f"{head}: {body}" if body else head)
    return threads


def _codebook(session: Session, paths: dict[int, str],
              label: Callable[[str], str]) -> list[CodeDefinition]:
    from app.io.docx_review_document import CodeDefinition

    return [
        CodeDefinition(path=paths[code.id], lines=(
            (label("definition"), code.definition), (label("inclusion"), code.inclusion),
            (label("exclusion"), code.exclusion), (label("example"), code.example)))
        for code in sorted(session.scalars(select(Code)), key=lambda code: paths[code.id])
        if any(text.strip() for text in (code.definition, code.inclusion, code.exclusion,
                                         code.example))
    ]
