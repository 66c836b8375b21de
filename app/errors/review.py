"""Errors of supervisor review, segment ownership, intercoder agreement and conclusion
drawing."""

from __future__ import annotations

from dataclasses import dataclass

from app.errors.base import TelaahError

# --- review and ownership of segments --------------------------------------------------------


@dataclass(eq=False, kw_only=True)
class NotOwnSegment(TelaahError):
    template = (
        "{actor} cannot change or delete segment {segment}: it was coded by {owner}. "
        "Comment in its review thread instead."
    )

    actor: str | int
    segment: str | int  # how people know it: code path — source title #turn
    owner: str


@dataclass(eq=False, kw_only=True)
class NotSupervisor(TelaahError):
    template = "{actor} is not a supervisor, so cannot give review verdicts."

    actor: str


@dataclass(eq=False, kw_only=True)
class CommentRequired(TelaahError):
    template = "This verdict needs a comment that tells the coder what to change."


@dataclass(eq=False, kw_only=True)
class RevisionCommentRequired(CommentRequired):
    template = (
        "Sending a segment back for revision needs a comment that tells the coder what to "
        "change."
    )


@dataclass(eq=False, kw_only=True)
class RejectionCommentRequired(CommentRequired):
    template = "Rejecting a segment needs a comment that tells the coder why."


@dataclass(eq=False, kw_only=True)
class SegmentChangedSinceLoaded(TelaahError):
    template = (
        "The segment “{segment}” was changed by its coder after the review queue showed it; "
        "look at it again before giving a verdict. Nothing was changed."
    )

    segment: str


@dataclass(eq=False, kw_only=True)
class VerdictSuperseded(TelaahError):
    template = (
        "The verdict on “{segment}” cannot be undone: the segment's review status changed "
        "since it was given. Nothing was changed."
    )

    segment: str


# --- intercoder agreement --------------------------------------------------------------------


@dataclass(eq=False, kw_only=True)
class TooFewCoders(TelaahError):
    template = "Agreement compares two or more different coders; got: {coders}."

    coders: list[str]


@dataclass(eq=False, kw_only=True)
class NothingToCompare(TelaahError):
    template = (
        "The coders {coders} have coded no source in common, so there is nothing to compare; "
        "use --all-sources to compare every source."
    )

    coders: list[str]


@dataclass(eq=False, kw_only=True)
class StaleDisagreement(TelaahError):
    template = (
        "Segment {segment} changed or was deleted since agreement was computed; "
        "compute agreement again before resolving this disagreement. Nothing was changed."
    )

    segment: int | None


# --- conclusion drawing and verification -----------------------------------------------------


@dataclass(eq=False, kw_only=True)
class OverrideReasonRequired(TelaahError):
    template = (
        "The verdict '{verdict}' differs from the suggested '{suggested}'; "
        "write the reason for the override."
    )

    verdict: str
    suggested: str


@dataclass(eq=False, kw_only=True)
class UnknownVerdict(TelaahError):
    template = "'{verdict}' is not on this project's verdict scale: {scale}."

    verdict: str
    scale: list[str]


@dataclass(eq=False, kw_only=True)
class RationaleRequired(TelaahError):
    template = "The analyst's judgement of '{code}' needs a written rationale."

    code: str
