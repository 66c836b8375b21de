"""Code suggestions for one code: passages like its example and its coded segments.

The GUI shows the list and lets the coder accept a suggestion (``app.core.segments
.add_segment`` on its span) or dismiss it (passing the dismissed spans back in
``dismissed`` on the next call). Nothing here writes to the project.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from sqlalchemy import select

from app.analysis.code_suggestions import (
    DEFAULT_LIMIT,
    Suggestion,
    SuggestionCorpus,
    suggest_passages,
)
from app.core.ids import CodeId
from app.core.project import Project
from app.core.search_index import project_search_index
from app.errors import NotFound
from app.models import Code, CodedSegment

CancelCheck = Callable[[], bool]

__all__ = ["Suggestion", "SuggestionCorpus", "build_suggestion_corpus", "suggest_for_code"]


def build_suggestion_corpus(
    project: Project, *, cancel: CancelCheck | None = None
) -> SuggestionCorpus:
    """Word statistics of every passage; build once per opened project. The passages are
    those of the project's kept search index (app.core.search_index)."""
    return SuggestionCorpus(project_search_index(project, cancel=cancel), cancel=cancel)


def suggest_for_code(
    project: Project,
    *,
    code_id: CodeId,
    limit: int = DEFAULT_LIMIT,
    dismissed: Iterable[tuple[int, int, int]] = (),
    corpus: SuggestionCorpus | None = None,
    cancel: CancelCheck | None = None,
) -> list[Suggestion]:
    """Passages most like the code's example and segments, best first; none already
    coded with the code and none of the ``dismissed`` (source id, start, end) spans."""
    with project.reading() as session:
        code = session.get(Code, code_id)
        if code is None:
            raise NotFound(kind="code", key=code_id)
        segments = session.execute(
            select(CodedSegment.source_id, CodedSegment.start, CodedSegment.end,
                   CodedSegment.text).where(CodedSegment.code_id == code_id)
        ).all()
        example = code.example
    examples = [text for text in [example, *(row.text for row in segments)] if text.strip()]
    if not examples:
        return []
    corpus = corpus or build_suggestion_corpus(project, cancel=cancel)
    exclude = [(row.source_id, row.start, row.end) for row in segments] + list(dismissed)
    return suggest_passages(corpus, list(dict.fromkeys(examples)), exclude=exclude,
                            limit=limit, cancel=cancel)
