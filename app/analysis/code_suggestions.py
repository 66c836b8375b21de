"""Suggest passages for a code: those most like its example and its coded segments.

Nothing is coded here: the result is a ranked list the coder accepts or dismisses one by
one. Similarity is the cosine of TF-IDF word vectors, with words folded for Indonesian
spelling variants (:mod:`app.analysis.spelling_variants`) and common function words left
out; a passage's score is its similarity to the closest example, so a code with several
kinds of examples gets suggestions of each kind. Passages are the sentences of
:class:`app.analysis.search.SearchIndex`; those overlapping a span in ``exclude`` (the
code's own segments, dismissed suggestions) are never suggested.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from app.analysis.search import SearchIndex
from app.analysis.spelling_variants import fold
from app.errors import Cancelled

CancelCheck = Callable[[], bool]

DEFAULT_LIMIT = 20
MIN_SCORE = 10.0
# Passages and examples with fewer content words say too little to compare ("Baik, Bu.").
MIN_TERMS = 4
# Below this many content words a passage's score is scaled down (square root of the share).
FULL_WEIGHT_TERMS = 8
_WORD = re.compile(r"[^\W\d_]{3,}")
_STOPWORDS_RAW = (
    "yang dan di ke dari ini itu dengan untuk pada adalah saya kami kita tidak ada juga "
    "sudah akan atau dalam karena jadi tapi tetapi bisa kalau lebih masih harus para oleh "
    "seperti namun bahwa mereka dia beliau nya kan lah pun sih dong ya iya bu pak dek "
    "apa bagaimana gimana kenapa mengapa sini situ sana saja hanya sangat begitu memang "
    "pewawancara informan the and of to in that is"
)
STOPWORDS = frozenset(fold(word) for word in _STOPWORDS_RAW.split())

Span = tuple[int, int, int]  # source id, start, end


@dataclass(frozen=True)
class Suggestion:
    source_id: int
    source_title: str
    informant: str | None
    start: int
    end: int
    text: str
    score: float  # 0-100
    closest_example: str


def terms(text: str) -> list[str]:
    """Folded content words of ``text``."""
    return [word for word in _WORD.findall(fold(text)) if word not in STOPWORDS]


class SuggestionCorpus:
    """Word statistics of every passage of a search index, computed once."""

    def __init__(self, index: SearchIndex, *, cancel: CancelCheck | None = None) -> None:
        self.index = index
        self.vectors: list[dict[str, float]] = []
        self.lengths: list[int] = []
        self.postings: dict[str, list[int]] = {}
        frequencies: list[Counter[str]] = []
        for number, folded in enumerate(index.folded):
            if cancel is not None and number % 5000 == 0 and cancel():
                raise Cancelled()
            counts = Counter(word for word in _WORD.findall(folded) if word not in STOPWORDS)
            frequencies.append(counts)
            self.lengths.append(sum(counts.values()))
            if self.lengths[-1] < MIN_TERMS:
                continue  # never suggested, so not indexed
            for word in counts:
                self.postings.setdefault(word, []).append(number)
        total = max(len(frequencies), 1)
        self.idf = {word: math.log((1 + total) / (1 + len(found))) + 1.0
                    for word, found in self.postings.items()}
        self.vectors = [self._normalised(counts) for counts in frequencies]

    def vector(self, text: str) -> dict[str, float]:
        return self._normalised(Counter(terms(text)))

    def _normalised(self, counts: Counter[str]) -> dict[str, float]:
        weights = {word: count * self.idf.get(word, 1.0) for word, count in counts.items()}
        length = math.sqrt(sum(weight * weight for weight in weights.values()))
        return {word: weight / length for word, weight in weights.items()} if length else {}


def suggest_passages(
    corpus: SuggestionCorpus,
    examples: Sequence[str],
    *,
    exclude: Iterable[Span] = (),
    limit: int = DEFAULT_LIMIT,
    min_score: float = MIN_SCORE,
    cancel: CancelCheck | None = None,
) -> list[Suggestion]:
    """The ``limit`` passages most similar to any of ``examples``, best first.

    Examples and passages of fewer than :data:`MIN_TERMS` content words are left out, and
    passages shorter than :data:`FULL_WEIGHT_TERMS` content words score proportionally less.
    """
    excluded: dict[int, list[tuple[int, int]]] = {}
    for source_id, start, end in exclude:
        excluded.setdefault(source_id, []).append((start, end))
    best: dict[int, tuple[float, int]] = {}
    for example_number, example in enumerate(examples):
        if cancel is not None and cancel():
            raise Cancelled()
        if len(terms(example)) < MIN_TERMS:
            continue
        vector = corpus.vector(example)
        scores: dict[int, float] = {}
        for word, weight in vector.items():
            for number in corpus.postings.get(word, ()):
                scores[number] = scores.get(number, 0.0) + weight * corpus.vectors[number][word]
        for number, score in scores.items():
            score *= math.sqrt(min(1.0, corpus.lengths[number] / FULL_WEIGHT_TERMS))
            if score > best.get(number, (0.0, -1))[0]:
                best[number] = (score, example_number)
    ranked = sorted(best.items(), key=lambda item: (-item[1][0], item[0]))
    suggestions: list[Suggestion] = []
    for passage_number, (score, example_number) in ranked:
        if score * 100 < min_score or len(suggestions) >= limit:
            break
        passage = corpus.index.passages[passage_number]
        search_text = corpus.index.texts[passage.text_index]
        if _overlaps(excluded.get(search_text.source_id, ()), passage.start, passage.end):
            continue
        suggestions.append(Suggestion(
            source_id=search_text.source_id, source_title=search_text.title,
            informant=search_text.informant, start=passage.start, end=passage.end,
            text=search_text.text[passage.start : passage.end], score=round(score * 100, 1),
            closest_example=examples[example_number],
        ))
    return suggestions


def _overlaps(spans: Iterable[tuple[int, int]], start: int, end: int) -> bool:
    return any(span_start < end and start < span_end for span_start, span_end in spans)
