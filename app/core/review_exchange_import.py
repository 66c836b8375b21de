"""Review in Word, back in: replies become review comments (and verdicts), new comments on
uncoded text become suggestions in the review queue; what cannot be placed is listed.

A comment is placed on a segment when it answers that segment's comment (the reply link
Word and LibreOffice keep), or else when it is anchored on that segment's passage (the
same passage first). A new comment on a passage no segment covers becomes a segment of the
reviewer with the code it names first ("Kualitas: …"), pending in the review queue.
Everything is written in one transaction; importing the same file again adds nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.core.changes import Changes
from app.core.ids import CodeId, SegmentId, SourceId
from app.core.lookup import code_paths, find_coder
from app.core.project import Project
from app.errors import NotSupervisor, ReviewDocumentForeign, ReviewDocumentOtherProject
from app.models import Code, CodedSegment, ProjectInfo, ReviewComment, Source
from app.models.base import utc_now

if TYPE_CHECKING:  # python-docx loads with the first review document read
    from app.io.docx_review_reader import WordComment

# The words a reply may start with to give a verdict (lower case, longest first).
VERDICT_WORDS = (
    ("needs revision", "needs_revision"), ("perlu revisi", "needs_revision"),
    ("setuju", "accepted"), ("diterima", "accepted"), ("terima", "accepted"),
    ("accepted", "accepted"), ("accept", "accepted"), ("approved", "accepted"),
    ("agree", "accepted"), ("oke", "accepted"), ("ok", "accepted"),
    ("revisi", "needs_revision"), ("perbaiki", "needs_revision"),
    ("revise", "needs_revision"), ("revision", "needs_revision"),
    ("ditolak", "rejected"), ("tolak", "rejected"), ("rejected", "rejected"),
    ("reject", "rejected"),
)
AMBIGUOUS = ("it is anchored on a passage several segments share; start the reply with the "
             "segment's number (for example “§12 setuju”)")
GONE = "the segment it answers is no longer in the project"
NO_CODE = ("it is on uncoded text but names no code; start such a comment with a code's name "
           "(for example “Kualitas: …”)")
NOT_CODABLE = "the code it names is a category that cannot be applied"
NOT_FOUND = "the passage it is anchored on is no longer in the transcript"
NO_PASSAGE = "it is not anchored on the text of a transcript"
TRANSLATED = (AMBIGUOUS, GONE, NO_CODE, NOT_CODABLE, NOT_FOUND, NO_PASSAGE)


@dataclass(frozen=True)
class UnplacedComment:
    author: str
    text: str
    quote: str
    reason: str  # one of the templates above (translate it to show it)


@dataclass(frozen=True)
class ReviewImportReport:
    comments: int = 0
    verdicts: dict[str, int] = field(default_factory=dict)
    suggestions: int = 0
    already: int = 0
    unplaced: tuple[UnplacedComment, ...] = ()
    changes: Changes = field(default_factory=Changes)

    @property
    def added_anything(self) -> bool:
        return bool(self.comments or self.suggestions)


# A reply that names its segment: "§12 setuju", "§ 12: revisi …".
_REFERENCE = re.compile(r"^\s*§\s*(\d+)\b[\s:.,;–—-]*")


def without_reference(text: str) -> str:
    """The reply without the segment number it may start with."""
    return _REFERENCE.sub("", text, count=1).strip()


def verdict_of(text: str) -> str | None:
    """The verdict a reply starts with ("Setuju.", "revisi: …", "Reject -"), if any."""
    words = " ".join(re.sub(r"[^\w\s]", " ", text.lower()).split())
    for word, verdict in VERDICT_WORDS:
        if words == word or words.startswith(word + " "):
            return verdict
    return None


def import_review_document(project: Project, *, path: Path, reviewer: str) -> ReviewImportReport:
    from app.io.docx_review_reader import read_review_document

    read = read_review_document(Path(path))
    ours = {comment.key: comment for comment in read.comments if comment.segment_id is not None}
    if not ours and read.project_guid is None:
        raise ReviewDocumentForeign(path=path)
    others = [comment for comment in read.comments
              if comment.segment_id is None and comment.text.strip()]
    with project.writing() as session:
        info = session.get(ProjectInfo, 1)
        if read.project_guid and info is not None and read.project_guid != info.guid:
            raise ReviewDocumentOtherProject(path=path)
        author = find_coder(session, reviewer)
        placer = _Placer(session, ours, {comment.key: comment for comment in read.comments})
        work = [(comment, placer.segment_for(comment)) for comment in others]
        if any(isinstance(target, int) and verdict_of(without_reference(comment.text))
               for comment, target in work) and author.role != "supervisor":
            raise NotSupervisor(actor=author.name)
        return _apply(session, author.id, work, placer)


@dataclass
class _Tally:
    comments: int = 0
    verdicts: dict[str, int] = field(default_factory=dict)
    suggestions: int = 0
    already: int = 0
    unplaced: list[UnplacedComment] = field(default_factory=list)
    segments: set[SegmentId] = field(default_factory=set)
    sources: set[SourceId] = field(default_factory=set)


def _apply(session: Session, author_id: int,
           work: list[tuple[WordComment, SegmentId | str | tuple[SourceId, CodeId, int, int]]],
           placer: _Placer) -> ReviewImportReport:
    tally = _Tally()
    existing = {(row.segment_id, row.status, row.body) for row in session.execute(
        select(ReviewComment.segment_id, ReviewComment.status, ReviewComment.body)
        .where(ReviewComment.author_id == author_id))}
    for comment, target in work:
        if isinstance(target, str):
            tally.unplaced.append(UnplacedComment(author=comment.author, text=comment.text,
                                                  quote=comment.quote, reason=target))
        elif isinstance(target, int):
            body = without_reference(comment.text)
            verdict = verdict_of(body)
            key = (target, verdict, body)
            if key in existing:
                tally.already += 1
                continue
            existing.add(key)
            segment = session.get_one(CodedSegment, target)
            session.add(ReviewComment(segment_id=target, author_id=author_id, status=verdict,
                                      body=body, created_at=utc_now()))
            if verdict is not None:
                segment.review_status = verdict
                tally.verdicts[verdict] = tally.verdicts.get(verdict, 0) + 1
            tally.comments += 1
            tally.segments.add(target)
            tally.sources.add(segment.source_id)
        else:
            _suggest(session, author_id, comment, target, tally)
    session.flush()
    changes = Changes(segments=frozenset(tally.segments), sources=frozenset(tally.sources))
    return ReviewImportReport(comments=tally.comments, verdicts=tally.verdicts,
                              suggestions=tally.suggestions, already=tally.already,
                              unplaced=tuple(tally.unplaced), changes=changes)


def _suggest(session: Session, author_id: int, comment: WordComment,
             target: tuple[SourceId, CodeId, int, int], tally: _Tally) -> None:
    source_id, code_id, start, end = target
    found = session.scalar(select(CodedSegment.id).where(
        CodedSegment.source_id == source_id, CodedSegment.code_id == code_id,
        CodedSegment.coder_id == author_id, CodedSegment.start == start,
        CodedSegment.end == end))
    if found is not None:
        tally.already += 1
        return
    now = utc_now()
    segment = CodedSegment(source_id=source_id, code_id=code_id, coder_id=author_id,
                           start=start, end=end, text=comment.quote, memo=comment.text,
                           review_status="pending", created_at=now, updated_at=now)
    session.add(segment)
    session.flush()
    tally.suggestions += 1
    tally.segments.add(segment.id)
    tally.sources.add(source_id)


class _Placer:
    """Where each of the supervisor's comments belongs."""

    def __init__(self, session: Session, ours: dict[str, WordComment],
                 every: dict[str, WordComment]) -> None:
        self.session = session
        self.ours = ours
        self.every = every
        self.paths = code_paths(session)
        self.titles: dict[str, SourceId] = {row.title: row.id for row in session.execute(
            select(Source.id, Source.title))}

    def segment_for(self, comment: WordComment
                    ) -> SegmentId | str | tuple[SourceId, CodeId, int, int]:
        """A segment id; a suggestion (source, code, start, end); or why it has no place."""
        reference = _REFERENCE.match(comment.text)
        segment_id: int | str | None = (int(reference.group(1)) if reference
                                        else self._answered(comment))
        if segment_id is None and comment.start is not None and comment.end is not None:
            segment_id = self._covering(comment)
        if isinstance(segment_id, str):
            return segment_id
        if segment_id is not None:
            if self.session.get(CodedSegment, segment_id) is None:
                return GONE
            return SegmentId(segment_id)  # read from the document, found in the project
        return self._suggestion(comment)

    def _answered(self, comment: WordComment) -> int | None:
        seen = set()
        parent = comment.parent
        while parent is not None and parent not in seen:
            seen.add(parent)
            if parent in self.ours:
                return self.ours[parent].segment_id
            parent = self.every[parent].parent if parent in self.every else None
        return None

    def _covering(self, comment: WordComment) -> int | str | None:
        assert comment.start is not None and comment.end is not None
        overlapping = [ours for ours in self.ours.values()
                       if ours.section == comment.section and ours.start is not None
                       and ours.end is not None and ours.start < comment.end
                       and comment.start < ours.end]
        if not overlapping:
            return None
        same = [ours for ours in overlapping
                if (ours.start, ours.end) == (comment.start, comment.end)]
        candidates = same or overlapping
        if len({ours.segment_id for ours in candidates}) > 1:
            return AMBIGUOUS
        return candidates[0].segment_id

    def _suggestion(self, comment: WordComment) -> str | tuple[SourceId, CodeId, int, int]:
        if comment.section is None or comment.start is None or comment.end is None \
                or comment.end <= comment.start:
            return NO_PASSAGE
        source_id = self._source_of(comment.section)
        if source_id is None:
            return NO_PASSAGE
        code_id = self._code_named(comment.text)
        if code_id is None:
            return NO_CODE
        if not self.session.get_one(Code, code_id).codable:
            return NOT_CODABLE
        text = self.session.scalar(select(Source.text).where(Source.id == source_id)) or ""
        start = _locate(text, comment.quote, comment.start)
        if start is None:
            return NOT_FOUND
        return (source_id, code_id, start, start + len(comment.quote))

    def _source_of(self, heading: str) -> SourceId | None:
        if heading in self.titles:
            return self.titles[heading]
        matches = [title for title in self.titles if heading.startswith(title + " ")]
        return self.titles[max(matches, key=len)] if matches else None

    def _code_named(self, text: str) -> CodeId | None:
        first = text.strip().splitlines()[0] if text.strip() else ""
        # code_paths keys its paths by plain ints (the code id of each row it read)
        by_name: dict[str, list[CodeId]] = {}
        for code_id, path in self.paths.items():
            by_name.setdefault(path.lower(), []).append(CodeId(code_id))
            by_name.setdefault(path.rsplit("/", 1)[-1].lower(), []).append(CodeId(code_id))
        candidates = [re.split(r"[:\-–—]", first, maxsplit=1)[0]]
        words = first.split()
        candidates += [" ".join(words[:count]) for count in range(min(len(words), 5), 0, -1)]
        for candidate in candidates:
            ids = by_name.get(candidate.strip(" .,;:").lower(), [])
            if len(set(ids)) == 1:
                return ids[0]
        return None


def _locate(text: str, quote: str, near: int) -> int | None:
    """Where ``quote`` stands in ``text``: at ``near`` when it is there, else the nearest."""
    if not quote.strip():
        return None
    if text[near:near + len(quote)] == quote:
        return near
    found = [match.start() for match in re.finditer(re.escape(quote), text)]
    return min(found, key=lambda start: abs(start - near)) if found else None
