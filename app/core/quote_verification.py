"""Verify every quotation of a thesis draft against the project's transcripts.

For each quotation (:mod:`app.io.draft_quotes`) the check says where it was found and how
well it matches (:mod:`app.analysis.quote_verification`), and whether the informant its
citation names is the one whose source holds it. A citation names an informant by label
("I3", "Informan 3") or by pseudonym; one that names a source title instead ("(Observasi,
observasi_kantor, paragraf 4)") is compared with the source found.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from app.analysis.quote_verification import (
    DEFAULT_THRESHOLD,
    QuoteMatch,
    QuoteStatus,
    verify_quote,
)
from app.core.project import Project
from app.core.search import load_search_texts
from app.errors import Cancelled
from app.io.draft_quotes import DraftQuote, read_draft_quotes
from app.models import Informant, Source

Progress = Callable[[int, int], None]
CancelCheck = Callable[[], bool]

__all__ = ["QuoteCheck", "QuoteStatus", "verify_draft_quotes"]


@dataclass(frozen=True)
class QuoteCheck:
    """One quotation and its verdict.

    ``cited_informant`` is the project's label for the informant the citation names (None
    when it names none the project knows); ``cited_source`` the source title it names.
    ``informant_matches`` is None when there is nothing to compare (no citation, or the
    quotation was not found).
    """

    quote: DraftQuote
    match: QuoteMatch
    cited_informant: str | None
    cited_source: str | None
    informant_matches: bool | None


def verify_draft_quotes(
    project: Project,
    *,
    draft_path: Path,
    threshold: float = DEFAULT_THRESHOLD,
    progress: Progress | None = None,
    cancel: CancelCheck | None = None,
) -> list[QuoteCheck]:
    quotes = read_draft_quotes(Path(draft_path))
    texts = load_search_texts(project)
    with project.reading() as session:
        informants = [(row.label, row.pseudonym) for row in session.execute(
            select(Informant.label, Informant.pseudonym))]
        titles = list(session.scalars(select(Source.title)))
    checks: list[QuoteCheck] = []
    for done, quote in enumerate(quotes, start=1):
        if cancel is not None and cancel():
            raise Cancelled()
        cited = _cited_label(quote, informants)
        cited_source = _cited_source(quote.citation, titles)
        match = verify_quote(quote.text, texts, preferred_informant=cited, threshold=threshold)
        checks.append(QuoteCheck(quote=quote, match=match, cited_informant=cited,
                                 cited_source=cited_source,
                                 informant_matches=_agrees(match, cited, cited_source)))
        if progress is not None:
            progress(done, len(quotes))
    return checks


def _cited_label(quote: DraftQuote, informants: Sequence[tuple[str, str]]) -> str | None:
    labels = {label.casefold(): label for label, _ in informants}
    if quote.cited_informant and quote.cited_informant.casefold() in labels:
        return labels[quote.cited_informant.casefold()]
    citation = (quote.citation or "").casefold()
    for label, pseudonym in informants:
        for name in (label, pseudonym):
            if name and re.search(rf"(?<!\w){re.escape(name.casefold())}(?!\w)", citation):
                return label
    return None


def _cited_source(citation: str | None, titles: Sequence[str]) -> str | None:
    if not citation:
        return None
    lowered = citation.casefold()
    named = [title for title in titles if title.casefold() in lowered]
    return max(named, key=len) if named else None


def _agrees(match: QuoteMatch, informant: str | None, source: str | None) -> bool | None:
    if match.status is QuoteStatus.NOT_FOUND:
        return None
    if informant is not None:
        return match.informant == informant
    if source is not None:
        return match.source_title == source
    return None
