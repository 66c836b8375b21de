"""fold_with_offsets's quick paths (ASCII text, a replacement found with str.find) give the
offsets of the rule as first written: character by character, each replacement scanned
position by position (issue 19: it aligns every passage a fuzzy search shows)."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from app.analysis.spelling_variants import REPLACEMENTS, _plain, fold_with_offsets

_LETTER = re.compile(r"[^\W\d_]")


def _as_first_written(text: str) -> tuple[str, list[int]]:
    chars: list[str] = []
    offsets: list[int] = []
    for index, char in enumerate(text):
        for folded_char in _plain(char.casefold()):
            chars.append(folded_char)
            offsets.append(index)
    for old, new in REPLACEMENTS:
        replaced: list[str] = []
        replaced_offsets: list[int] = []
        index = 0
        while index < len(chars):
            if "".join(chars[index : index + len(old)]) == old:
                for position, char in enumerate(new):
                    replaced.append(char)
                    replaced_offsets.append(offsets[index + min(position, len(old) - 1)])
                index += len(old)
            else:
                replaced.append(chars[index])
                replaced_offsets.append(offsets[index])
                index += 1
        chars, offsets = replaced, replaced_offsets
    kept: list[str] = []
    kept_offsets: list[int] = []
    for char, offset in zip(chars, offsets, strict=True):
        if kept and char == kept[-1] and _LETTER.match(char):
            continue
        kept.append(char)
        kept_offsets.append(offset)
    return "".join(kept), [*kept_offsets, len(text)]


PIECES = ["oe", "OE", "dj", "Dj", "tj", "ch", "CH", "y", "Y", "aa", "mm", "ß", "é", "É",
          "ﬁ", "😀", " ", "\n", "1", "11", "_", "__", "a", "o", "e", "j", "ö", "ǅ", "²²",
          "İ", "\x00", "yy", "ooe", "tjj", "Pelayanan", "KINERDJA", "Soekarno"]


@given(st.lists(st.sampled_from(PIECES), max_size=40).map("".join))
def test_the_offsets_are_those_of_the_rule_as_first_written(text: str) -> None:
    assert fold_with_offsets(text) == _as_first_written(text)


@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=120))
def test_ascii_text_takes_the_quick_path_with_the_same_result(text: str) -> None:
    assert fold_with_offsets(text) == _as_first_written(text)
