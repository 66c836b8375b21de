"""Rank codes by how well their names match what a coder types (the quick-code box).

A match a person would call exact comes before one that only looks alike: the shortcut,
then the name itself, then names starting with the typed text, then names with a word
starting with each typed word, then the same for the whole path ("upaya pel"), then names
containing the text, and only then fuzzy matches (typos forgiven). Within a tier the
codebook order is kept, so the list does not jump about while typing. Case and accents
are ignored.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from typing import Protocol, TypeVar

DEFAULT_LIMIT = 12
# Fuzzy matches below this WRatio score (0-100) are not offered.
MIN_FUZZY_SCORE = 55
_NON_WORD = re.compile(r"[\W_]+")


class NamedCode(Protocol):
    @property
    def name(self) -> str: ...

    @property
    def path(self) -> str: ...

    @property
    def shortcut(self) -> str | None: ...


Named = TypeVar("Named", bound=NamedCode)


def simplify(text: str) -> str:
    """Lower case without accents, words separated by one space ("Kinerja/Kualitas" →
    "kinerja kualitas")."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    bare = "".join(char for char in decomposed if not unicodedata.combining(char))
    return _NON_WORD.sub(" ", bare).strip()


def _words_start(query_words: list[str], words: list[str]) -> bool:
    return all(any(word.startswith(typed) for word in words) for typed in query_words)


def _tier(query: str, query_words: list[str], shortcut: str, code: NamedCode) -> int | None:
    """0 (best) to 6 for the exact kinds of match; None when only a fuzzy match may fit."""
    name = simplify(code.name)
    path = simplify(code.path)
    name_words = name.split()
    if shortcut and code.shortcut and code.shortcut == shortcut:
        return 0
    if not query:
        return None
    if name == query:
        return 1
    if name.startswith(query):
        return 2
    if _words_start(query_words, name_words):
        return 3
    if path.startswith(query) or _words_start(query_words, path.split()):
        return 4
    if query in name:
        return 5
    if query in path:
        return 6
    return None


def rank_codes(query: str, codes: Sequence[Named], *, limit: int = DEFAULT_LIMIT) -> list[Named]:
    """Up to ``limit`` codes best matching ``query``: exact kinds of match in tiers (see the
    module notes), then fuzzy ones by score. An empty query gives the codebook order."""
    if not query.strip():
        return list(codes)[: limit * 4]
    simple_query = simplify(query)
    query_words = simple_query.split()
    tiered: list[tuple[int, int]] = []
    rest: dict[int, str] = {}
    for position, code in enumerate(codes):
        tier = _tier(simple_query, query_words, query.strip(), code)
        if tier is None:
            rest[position] = f"{simplify(code.name)} {simplify(code.path)}"
        else:
            tiered.append((tier, position))
    ranked = [codes[position] for _tier_number, position in sorted(tiered)]
    if len(ranked) < limit and simple_query:
        from rapidfuzz import fuzz, process  # loaded when first needed: 15 ms at start-up

        fuzzy = process.extract(simple_query, rest, scorer=fuzz.WRatio, processor=None,
                                limit=limit - len(ranked), score_cutoff=MIN_FUZZY_SCORE)
        ranked += [codes[position] for _text, _score, position in fuzzy]
    return ranked[:limit]
