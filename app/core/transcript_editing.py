"""Transcription mode: the transcript of a recording as editable text with its times.

:func:`marked_transcript` writes each sync point into the text as ``[hh:mm:ss.mmm]``
where it stands; the student corrects the words, adds times and speaker labels, and
:func:`apply_marked_transcript` turns the result back into the source's text (through
:func:`app.core.source_revision.revise_source`, so coded segments stay on their words)
and its sync points, in one transaction. Times that go backwards or past the recording's
end are refused naming the line; nothing changes then.
"""

from __future__ import annotations

from pathlib import Path

from app.core.changes import Changes
from app.core.ids import SourceId
from app.core.project import Project
from app.core.recordings import read_recording
from app.core.source_revision import RevisionResult, revise_source
from app.core.sources import read_source
from app.errors import NotFound
from app.errors.media import SourceWithoutRecording
from app.io.sync_points import clock_precise
from app.io.timed_transcript import check_within_recording, has_marks, parse_marked_text
from app.io.transcription_drafts import (
    discard_draft_text,
    draft_path,
    read_draft_text,
    save_draft_text,
)
from app.models import Source


def marked_transcript(project: Project, *, source_id: SourceId) -> str:
    """The source's text with a ``[hh:mm:ss.mmm]`` mark at every sync point."""
    document = read_source(project, source_id=SourceId(source_id))
    recording = read_recording(project, source_id=source_id)
    if recording is None:
        raise SourceWithoutRecording(title=document.title)
    text = document.text
    pieces: list[str] = []
    position = 0
    for point in recording.sync_points:
        offset = min(point.offset, len(text))
        pieces.append(text[position:offset])
        at_line_end = offset == len(text) or text[offset] == "\n"
        mark = f"[{clock_precise(point.time_ms)}]"
        pieces.append(f" {mark}" if at_line_end and offset > 0 and text[offset - 1] != "\n"
                      else f"{mark} ")
        position = offset
    pieces.append(text[position:])
    return "".join(pieces)


def draft_file(project: Project, *, source_id: SourceId) -> Path:
    """Where transcription mode autosaves the text being written for this source (in the
    data folder, readable by the owner only), until it is applied or discarded."""
    return draft_path(str(project.location), source_id)


def save_draft(project: Project, *, source_id: SourceId, text: str) -> Path:
    return save_draft_text(draft_file(project, source_id=source_id), text)


def read_draft(project: Project, *, source_id: SourceId) -> str | None:
    """The autosaved text, or None when there is none."""
    return read_draft_text(draft_file(project, source_id=source_id))


def discard_draft(project: Project, *, source_id: SourceId) -> None:
    discard_draft_text(draft_file(project, source_id=source_id))


def apply_marked_transcript(project: Project, *, source_id: SourceId, text: str,
                            checked: bool = True) -> RevisionResult:
    """Make ``text`` (with ``[hh:mm:ss]`` marks) the source's transcript and times.

    ``checked``: a person has corrected it, so it is no longer a machine-made draft.
    """
    document = read_source(project, source_id=SourceId(source_id))
    recording = read_recording(project, source_id=source_id)
    if recording is None:
        raise SourceWithoutRecording(title=document.title)
    if has_marks(text):
        timed = parse_marked_text(text, path=document.title)
        check_within_recording(timed, recording.duration_ms, path=document.title)
        clean, points = timed.text, timed.sync_points
    else:
        clean, points = text, ()  # no marks: the points follow their words
    with project.writing() as session:
        # Without marks the source's points move with their words (revise_source).
        result = revise_source(project, source_id=source_id, text=clean,
                               sync_points=points if has_marks(text) else None)
        source = session.get(Source, source_id)
        if source is None:
            raise NotFound(kind="source", key=source_id)
        if checked:
            source.machine_made = False
    discard_draft(project, source_id=source_id)
    return RevisionResult(result.plan, result.changes | Changes(sources=frozenset({source_id})))
