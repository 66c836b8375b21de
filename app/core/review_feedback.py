"""What review produces for people: the supervisor's queue, the passage around a segment,
a coder's feedback list and the data of the Word review summary."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from app.core.agreement_coders import consensus_coder_ids
from app.core.evidence import Place, turn_places
from app.core.ids import CodeId, CoderId, InformantId, SourceId
from app.core.project import Project
from app.core.project_info import get_project_info
from app.core.review import ACTION_STATUSES, CommentView, review_thread_of
from app.core.segments import SegmentView, list_segments
from app.errors import NotFound
from app.io.speaker_turns import find_paragraphs
from app.models import Coder, Source, Turn

CONTEXT_CHARS = 700


@dataclass(frozen=True)
class PassageContext:
    """A segment inside its turn (or paragraph): ``before`` + ``passage`` + ``after``."""

    before: str
    passage: str
    after: str
    place: Place
    speaker: str | None


@dataclass(frozen=True)
class FeedbackItem:
    """One of a coder's segments with review comments: the feedback list's row."""

    segment: SegmentView
    place: Place
    comments: tuple[CommentView, ...]

    @property
    def is_open(self) -> bool:
        """Still the coder's to act on (sent back for revision, or rejected)."""
        return self.segment.review_status in ACTION_STATUSES

    @property
    def state(self) -> str:
        """"open" (the coder's turn), "waiting" (the supervisor's) or "closed" (accepted)."""
        if self.is_open:
            return "open"
        return "closed" if self.segment.review_status == "accepted" else "waiting"

    @property
    def last_comment(self) -> CommentView | None:
        written = [comment for comment in self.comments if comment.body or comment.previous]
        return written[-1] if written else (self.comments[-1] if self.comments else None)


@dataclass(frozen=True)
class ReviewEntry:
    """One reviewed segment in the Word summary: where it is, its verdict and its thread."""

    segment: SegmentView
    place: Place
    comments: tuple[CommentView, ...]


@dataclass(frozen=True)
class ReviewReport:
    project: str
    supervisors: tuple[str, ...]
    coders: tuple[str, ...]
    made_on: date
    entries: tuple[ReviewEntry, ...]  # by coder, then code, then source order


def review_queue(
    project: Project, *, coder_id: CoderId | None = None, code_ids: frozenset[CodeId] | None = None,
    informant_id: InformantId | None = None, review_statuses: frozenset[str] | None = None,
) -> list[SegmentView]:
    """The segments matching the filters, without the consensus coder's pending ones (a
    resolved disagreement is the supervisor's own decision, not something to review)."""
    with project.reading() as session:
        consensus = consensus_coder_ids(session)
    return [segment for segment in list_segments(
                project, coder_id=coder_id, code_ids=code_ids, informant_id=informant_id,
                review_statuses=review_statuses)
            if not (segment.coder_id in consensus and segment.review_status == "pending")]


def passage_context(project: Project, *, source_id: SourceId, start: int, end: int,
                    limit: int = CONTEXT_CHARS) -> PassageContext:
    """The turn (or paragraph) around ``[start, end)``, at most ``limit`` characters on
    either side."""
    with project.reading() as session:
        text = session.scalar(select(Source.text).where(Source.id == source_id))
        if text is None:
            raise NotFound(kind="source", key=source_id)
        turns = session.execute(
            select(Turn.start, Turn.end, Turn.number, Turn.speaker)
            .where(Turn.source_id == source_id).order_by(Turn.start)).all()
    if turns:
        spans = [(t.start, t.end, t.number, t.speaker) for t in turns]
        is_paragraph = False
    else:
        spans = [(p.start, p.end, p.number, None) for p in find_paragraphs(text)]
        is_paragraph = True
    starts = [span[0] for span in spans]
    first = max(0, bisect_right(starts, start) - 1)
    last = max(first, bisect_right(starts, max(start, end - 1)) - 1)
    if spans and spans[first][0] <= start:
        begin, finish = spans[first][0], max(spans[last][1], end)
        place: Place = (spans[first][2], is_paragraph)
        speaker = spans[first][3]
    else:
        begin, finish, place, speaker = start, end, (None, is_paragraph), None
    begin, finish = max(begin, start - limit), min(finish, end + limit)
    return PassageContext(before=text[begin:start], passage=text[start:end],
                          after=text[end:finish], place=place, speaker=speaker)


def feedback_for_coder(project: Project, *, coder_id: CoderId) -> list[FeedbackItem]:
    """The coder's segments that have review comments, open ones first, newest first."""
    segments: dict[int, SegmentView] = {s.id: s for s in list_segments(project, coder_id=coder_id)}
    threads = review_thread_of(project, coder_id=coder_id)
    places = turn_places(project, ((segments[i].source_id, segments[i].start)
                                   for i in threads))
    items = [FeedbackItem(segment=segments[i], place=places[(segments[i].source_id,
                                                             segments[i].start)],
                          comments=tuple(comments))
             for i, comments in threads.items() if comments]
    items.sort(key=lambda item: item.comments[-1].created_at, reverse=True)
    items.sort(key=lambda item: not item.is_open)
    return items


def revision_count(project: Project, *, coder_id: CoderId) -> int:
    """How many of the coder's segments were sent back for revision."""
    return len(list_segments(project, coder_id=coder_id,
                             review_statuses=frozenset({"needs_revision"})))


def review_report(project: Project, *, supervisor: str = "",
                  made_on: date | None = None) -> ReviewReport:
    """Every segment with review comments, by coder then code (for the Word summary)."""
    segments: dict[int, SegmentView] = {s.id: s for s in list_segments(project)}
    threads = review_thread_of(project, coder_id=None)
    places = turn_places(project, ((segments[i].source_id, segments[i].start)
                                   for i in threads if i in segments))
    entries = [ReviewEntry(segment=segments[i],
                           place=places[(segments[i].source_id, segments[i].start)],
                           comments=tuple(comments))
               for i, comments in threads.items() if i in segments and comments]
    entries.sort(key=lambda e: (e.segment.coder.casefold(), e.segment.code.casefold(),
                                e.segment.source.casefold(), e.segment.start))
    with project.reading() as session:
        supervisors = tuple(session.scalars(
            select(Coder.name).where(Coder.role == "supervisor").order_by(Coder.name)))
    chosen = (supervisor,) if supervisor else supervisors
    return ReviewReport(
        project=get_project_info(project).title or project.location.rsplit("/", 1)[-1],
        supervisors=chosen,
        coders=tuple(sorted({e.segment.coder for e in entries}, key=str.casefold)),
        made_on=made_on or date.today(),
        entries=tuple(entries),
    )
