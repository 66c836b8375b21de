"""The review window's texts: the segment in its turn, old and new boundaries of a revised
segment, and the comment thread (verdicts, replies as replies)."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QLocale

from app.core.review import CommentView, PreviousVersion
from app.core.review_feedback import PassageContext
from app.core.segments import SegmentView
from app.ui.host.analysis_segments import place_label
from app.ui.review.review_model import short_text
from app.ui.widgets.status_names import status_label

CONTEXT = "ReviewTexts"
MARK = "background-color: #fff2a8; font-weight: bold;"
WAS_CHARS = 120


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def role_label(role: str) -> str:
    return {"coder": _tr("coder"), "supervisor": _tr("supervisor")}.get(role, role)


def segment_count(count: int) -> str:
    return _tr("1 segment") if count == 1 else _tr("{count} segments").format(count=count)


def _escaped(text: str) -> str:
    return html.escape(text).replace("\n", "<br>")


def segment_html(segment: SegmentView, context: PassageContext,
                 revised: PreviousVersion | None) -> str:
    """Heading (code, coder, where, status), then the passage inside its turn, then — for a
    revised segment — the old and the new version side by side."""
    place = place_label(*context.place)
    where = ", ".join(part for part in (segment.source, place) if part)
    parts = [
        f"<p><b>{html.escape(segment.code)}</b> — {html.escape(segment.coder)}, "
        f"{html.escape(where)} — <i>{html.escape(status_label(segment.review_status))}</i></p>",
    ]
    if revised is not None:
        parts.append(revision_html(revised, segment))
    parts.append(f"<p><span style='color:#666'>{_escaped(context.before)}</span>"
                 f"<span style='{MARK}'>{_escaped(context.passage)}</span>"
                 f"<span style='color:#666'>{_escaped(context.after)}</span></p>")
    if segment.memo:
        parts.append(f"<p><small>{html.escape(_tr('Memo'))}: "
                     f"{html.escape(segment.memo)}</small></p>")
    return "".join(parts)


def revision_html(before: PreviousVersion, now: SegmentView) -> str:
    """A two-column table: the segment before its coder revised it, and now."""
    def column(code: str, start: int, end: int, text: str) -> str:
        return (f"<td valign='top' width='50%'><b>{html.escape(code)}</b><br>"
                f"<small>{html.escape(_tr('{length} characters').format(length=end - start))}"
                f"</small><br>{_escaped(text)}</td>")
    return (
        f"<p><b>{html.escape(_tr('What the coder changed'))}</b></p>"
        "<table border='1' cellspacing='0' cellpadding='4' width='100%'><tr>"
        f"<th>{html.escape(_tr('Before revision'))}</th>"
        f"<th>{html.escape(_tr('After revision'))}</th></tr><tr>"
        + column(before.code, before.start, before.end, before.text)
        + column(now.code, now.start, now.end, now.text)
        + "</tr></table>"
    )


def comment_date(comment: CommentView) -> str:
    # PySide6 converts a datetime to a QDateTime; its stubs list QDateTime only.
    text: str = QLocale().toString(  # type: ignore[call-overload]
        comment.created_at, QLocale.FormatType.ShortFormat)
    return text


def thread_html(comments: list[CommentView]) -> str:
    """Each verdict as a heading line; plain replies indented under it."""
    if not comments:
        return f"<p><i>{html.escape(_tr('No comments yet.'))}</i></p>"
    parts = []
    for comment in comments:
        verdict = (f" — <b>{html.escape(status_label(comment.status))}</b>"
                   if comment.status else "")
        head = (f"<b>{html.escape(comment.author)}</b> "
                f"<small>({html.escape(role_label(comment.author_role))}, "
                f"{html.escape(comment_date(comment))})</small>{verdict}")
        body = _escaped(comment.body) if comment.body else ""
        if comment.previous is not None:
            body = html.escape(_tr("Changed the segment (was: “{text}”).").format(
                text=short_text(comment.previous.text, WAS_CHARS)))
        if comment.status is not None and comment.judged_text is not None:
            # What the verdict was given on, whatever the segment says now (issue 24).
            judged = html.escape(_tr("Judged: “{text}” as {code}").format(
                text=short_text(comment.judged_text, WAS_CHARS),
                code=comment.judged_code or ""))
            body = f"{body}<br><small>{judged}</small>" if body else f"<small>{judged}</small>"
        if comment.status is None:  # a reply
            parts.append(f"<blockquote>↳ {head}<br>{body}</blockquote>")
        else:
            parts.append(f"<p>{head}" + (f"<br>{body}" if body else "") + "</p>")
    return "".join(parts)
