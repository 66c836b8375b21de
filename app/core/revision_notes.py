"""The body of a "revised" review entry: the segment as it was before its coder revised it.

Written by :mod:`app.core.segments` when a coder changes a segment sent back for revision,
read by :mod:`app.core.review` to show old and new side by side. A module of its own so
that segments need not import review, which builds on segments.
"""

from __future__ import annotations

import json

from app.core.ids import CodeId


def revision_note(*, code_id: CodeId, start: int, end: int, text: str) -> str:
    """The body of a "revised" entry: the segment as it was, for old/new side by side."""
    return json.dumps({"was": {"code_id": code_id, "start": start, "end": end,
                               "text": text}}, ensure_ascii=False)
