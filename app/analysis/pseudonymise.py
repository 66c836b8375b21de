"""Pseudonymise quoted text: informant names, ID numbers, phone numbers and e-mail addresses.

Two ways of replacing names, chosen by the researcher:

- ``"label"`` (the default of ``--pseudonymize``): every known name of an informant, its
  real name *and* its pseudonym, becomes the informant's neutral label ("[Informan 3]").
  This is safe whatever was typed into the pseudonym column, which in practice often
  holds the name used in the transcript.
- ``"pseudonym"``: a recorded real name becomes the informant's pseudonym; pseudonyms stay.
  Informants without a recorded real name are left as they are.

How names are found. A name is matched as a whole and by each of its parts ("Pak Fajar"
is caught as well as "Fajar Nugroho"); parts shorter than three letters, honorifics and
academic titles are never matched alone. Matching works on the name key of
:mod:`app.analysis.spelling_variants`, so it ignores letter case, accents, doubled letters
and the old Indonesian spellings (``dj``/``j``, ``tj``/``c``, ``oe``/``u``, ``ch``/``kh``,
``sj``/``sy``, ``nj``/``ny``): "FAJAR", "Fadjar" and "Soeharto" are caught as "Fajar" and
"Suharto". The parts of a full name may be joined by spaces, a line break, ``_``, ``.`` or
``-`` ("Rudi_Hartono", "rudi.hartono"). A name never matches inside a longer word.

One exception keeps quotes readable: Indonesian given names are often ordinary words
("fajar" is dawn, "melati" jasmine), so a *single* name part written all in lower case is
taken as a name only right after an honorific ("pak fajar", "bu melati"). Capitalised,
upper-case and mixed-case parts, and full names in any case, are always replaced. Source
titles are file-name-like ("wawancara_pak_fajar"); :meth:`Pseudonymiser.mask_title`
replaces lower-case parts there too.

Numbers are masked in every mode: NIP (18 digits: solid, or grouped ``8 6 1 3`` by spaces,
dots or hyphens), NIK (16 digits: solid, ``6 6 4`` or ``4 4 4 4``), Indonesian phone
numbers (``0812-3456-7890``, ``+62 812 3456 7890``, ``(0736) 21234``) and e-mail addresses.

Every replacement is counted (:meth:`Pseudonymiser.replacements`), so that an export can
tell its user what it replaced, without writing the originals into the export itself.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass

NAME_MODES = ("label", "pseudonym")

# Words that precede or decorate names but identify nobody on their own.
_NOT_NAMES = frozenset(
    {
        "pak", "bu", "ibu", "bapak", "mas", "mbak", "bang", "kak", "dik", "adik", "dek",
        "saudara", "saudari", "tuan", "nyonya", "haji", "hajjah", "bin", "binti", "dr",
        "drs", "dra", "ir", "prof", "hj", "st", "se", "sh", "mm", "msi", "mpd", "spd",
        "skm", "sos", "ssos", "amd",
    }
)
# Words after which a lower-case name part is a name ("pak fajar").
_HONORIFIC_BEFORE = re.compile(
    r"(?<![^\W_])(?:pak|bu|ibu|bapak|mas|mbak|bang|kak|dik|adik|dek|saudara|saudari|tuan|"
    r"nyonya|haji|hajjah|hj|dr|drs|dra|ir|prof)\.?[\s_.\-]+$",
    re.IGNORECASE,
)
_HONORIFIC_REACH = 12
_NAME_PART = re.compile(r"[^\W\d_][\w'’]*")
# Between the parts of one name: white space (a line break too), or one of _ . - (then
# perhaps white space: a name cut by a hyphen at the end of a line).
_JOIN = r"(?:\s+|[_.\-]\s*)"
_JOIN_SPLIT = re.compile(_JOIN)
_LETTER_BEFORE = r"(?<![^\W_])"
_LETTER_AFTER = r"(?![^\W_])"
# The old (pre-1972) spellings of names and their new form, applied in this order. Only
# these pairs: "j" alone is not "y" ("Juli" is a month, "Yuli" a name).
_OLD_SPELLINGS = (("oe", "u"), ("dj", "j"), ("tj", "c"), ("ch", "kh"), ("sj", "sy"),
                  ("nj", "ny"))
# How each piece of a name key may be written: old spellings and accents.
_SPELLINGS = {
    "kh": "(?:kh|ch)", "sy": "s+(?:y|j)", "ny": "(?:n|ñ)+(?:y|j)", "u": "(?:oe|[uùúûü])",
    "j": "(?:dj|j)", "c": "(?:tj|[cç])", "a": "[aàáâäãå]", "e": "[eèéêë]", "i": "[iìíîï]",
    "o": "[oòóôöõ]", "n": "[nñ]",
}
_DOUBLED = re.compile(r"([^\W\d_])\1+")

_SEPARATOR = r"[ .\-]?"
# 18-digit NIP: birth date (8), appointment date (6), sex (1), serial number (3).
_NIP = re.compile(
    rf"(?<![\w.+-])\d{{8}}{_SEPARATOR}\d{{6}}{_SEPARATOR}\d{_SEPARATOR}\d{{3}}(?![\w])"
)
# 16-digit NIK: region (6), birth date (6), serial number (4); or four groups of four.
_NIK = re.compile(
    r"(?<![\w.+-])(?:\d{16}|\d{6}(?P<six>[ .\-])\d{6}(?P=six)\d{4}"
    r"|\d{4}(?P<four>[ .\-])\d{4}(?P=four)\d{4}(?P=four)\d{4})(?![\w])"
)
# Indonesian phone numbers: a +62 / 62 / 0 / (0xxx) prefix, a first group of 2-4 digits,
# then one or two groups of 3-5 digits, with the same separator (so that a number
# never swallows a neighbouring time such as 07.30).
_PHONE = re.compile(
    r"(?<![\w.+])(?:\+62|62|\(0\d{2,3}\)|0)[ .\-]?\d{2,4}"
    r"(?P<separator>[ .\-]?)\d{3,5}(?:(?P=separator)\d{3,5})?(?![\w])"
)
# Fewer digits than this is a time, a year range or an amount, not a phone number. There
# is no upper bound: two numbers written next to each other are masked together.
_MIN_PHONE_DIGITS = 8
_EMAIL = re.compile(
    r"(?<![\w.+\-])[\w.+\-]*\w@[^\W_](?:[\w\-]*[^\W_])?(?:\.[^\W_](?:[\w\-]*[^\W_])?)+"
)


@dataclass(frozen=True)
class InformantNames:
    """The names one informant may appear under, and the neutral label replacing them."""

    label: str
    replacement: str
    pseudonym: str = ""
    real_name: str = ""


@dataclass(frozen=True)
class MaskTokens:
    """What masked numbers and addresses are replaced with (language-dependent text)."""

    nip: str = "[NIP]"
    phone: str = "[nomor telepon]"
    nik: str = "[NIK]"
    email: str = "[surel]"


@dataclass(frozen=True)
class Replacement:
    """One text that was replaced, by what, and how many times."""

    original: str
    replacement: str
    count: int


class Pseudonymiser:
    """A compiled set of replacements; call it on a text to get the masked text."""

    def __init__(
        self,
        informants: Iterable[InformantNames],
        *,
        mode: str = "label",
        tokens: MaskTokens = MaskTokens(),
    ) -> None:
        if mode not in NAME_MODES:
            raise ValueError(f"unknown name mode {mode!r}")
        self._tokens = tokens
        self._full_names: dict[str, str] = {}  # name keys of whole names, words by " "
        self._name_parts: dict[str, str] = {}  # name keys of single parts
        self._replaced: Counter[tuple[str, str]] = Counter()
        for informant in informants:
            for name, replacement in _names_to_replace(informant, mode):
                self._add(name, replacement)
        self._names = _name_pattern(self._full_names, self._name_parts)

    def _add(self, name: str, replacement: str) -> None:
        parts = _NAME_PART.findall(name)
        if not parts:
            return
        if len(parts) > 1:
            self._full_names.setdefault(" ".join(_name_key(part) for part in parts), replacement)
        for part in parts:
            if len(part) >= 3 and part.casefold() not in _NOT_NAMES:
                self._name_parts.setdefault(_name_key(part), replacement)

    def __call__(self, text: str) -> str:
        return self._mask(text, any_case=False)

    def mask_title(self, text: str) -> str:
        """A title such as "wawancara_pak_fajar": single name parts match in lower case too."""
        return self._mask(text, any_case=True)

    def replacements(self) -> tuple[Replacement, ...]:
        """What was replaced so far, by replacement and then original."""
        return tuple(
            Replacement(original, replacement, count)
            for (original, replacement), count in sorted(
                self._replaced.items(), key=lambda item: (item[0][1], item[0][0].casefold())
            )
        )

    def _mask(self, text: str, *, any_case: bool) -> str:
        if not text:
            return text
        text = _NIP.sub(lambda match: self._record(match.group(), self._tokens.nip), text)
        text = _NIK.sub(lambda match: self._record(match.group(), self._tokens.nik), text)
        text = _EMAIL.sub(lambda match: self._record(match.group(), self._tokens.email), text)
        text = _PHONE.sub(self._mask_phone, text)
        if self._names is not None:
            text = self._names.sub(lambda match: self._replace_name(match, any_case), text)
        return text

    def _replace_name(self, match: re.Match[str], any_case: bool) -> str:
        found = match.group()
        words = [word for word in _JOIN_SPLIT.split(found) if word]
        replacement = self._full_names.get(" ".join(_name_key(word) for word in words)) \
            if len(words) > 1 else None
        if replacement is None:
            replacement = self._part_replacement(found)
            if replacement is None or (
                not any_case and found.islower() and not _after_honorific(match)
            ):
                return found
        return self._record(found, replacement)

    def _part_replacement(self, found: str) -> str | None:
        replacement = self._name_parts.get(_name_key(found))
        if replacement is None:  # a spelling whose key differs from the name's: rare
            replacement = next((value for key, value in self._name_parts.items()
                                if re.fullmatch(_key_pattern(key), found, re.IGNORECASE)), None)
        return replacement

    def _mask_phone(self, match: re.Match[str]) -> str:
        digits = sum(character.isdigit() for character in match.group())
        if digits >= _MIN_PHONE_DIGITS:
            return self._record(match.group(), self._tokens.phone)
        return match.group()

    def _record(self, original: str, replacement: str) -> str:
        self._replaced[(" ".join(original.split()), replacement)] += 1
        return replacement


def _after_honorific(match: re.Match[str]) -> bool:
    start = match.start()
    before = match.string[max(0, start - _HONORIFIC_REACH) : start]
    return _HONORIFIC_BEFORE.search(before) is not None


def _names_to_replace(informant: InformantNames, mode: str) -> list[tuple[str, str]]:
    if mode == "label":
        return [
            (name, informant.replacement)
            for name in (informant.real_name, informant.pseudonym)
            if name.strip()
        ]
    if informant.real_name.strip() and informant.pseudonym.strip():
        return [(informant.real_name, informant.pseudonym)]
    if informant.real_name.strip():
        return [(informant.real_name, informant.replacement)]
    return []


def _name_pattern(full_names: dict[str, str], parts: dict[str, str]) -> re.Pattern[str] | None:
    """One alternation over every spelling of the names, longest first, so that "Fajar
    Nugroho" wins over "Fajar"."""
    alternatives = [
        (len(name), _JOIN.join(_key_pattern(word) for word in name.split(" ")))
        for name in full_names
    ]
    alternatives += [(len(part), _key_pattern(part)) for part in parts]
    if not alternatives:
        return None
    alternatives.sort(key=lambda item: -item[0])
    union = "|".join(pattern for _, pattern in alternatives)
    return re.compile(rf"{_LETTER_BEFORE}(?:{union}){_LETTER_AFTER}", re.IGNORECASE)


def _name_key(word: str) -> str:
    """One key for every spelling of a name: lower case, no accents, new spelling
    (``_OLD_SPELLINGS``), no doubled letters."""
    key = word.casefold()
    if not key.isascii():
        key = "".join(char for char in unicodedata.normalize("NFKD", key)
                      if not unicodedata.combining(char))
    for old, new in _OLD_SPELLINGS:
        key = key.replace(old, new)
    return _DOUBLED.sub(r"\1", key)


def _key_pattern(key: str) -> str:
    """A pattern for every way of writing the word whose name key is ``key``: each
    letter possibly doubled, in its old spellings (see ``_SPELLINGS``) and with accents."""
    pieces: list[str] = []
    index = 0
    while index < len(key):
        pair = key[index : index + 2]
        if len(pair) == 2 and pair in _SPELLINGS:
            pieces.append(f"(?:{_SPELLINGS[pair]})+")
            index += 2
            continue
        char = key[index]
        if char in _SPELLINGS:
            pieces.append(_SPELLINGS[char] + "+")
        elif char.isalpha():
            pieces.append(re.escape(char) + "+")
        else:
            pieces.append(re.escape(char))
        index += 1
    return "".join(pieces)


def identity(text: str) -> str:
    return text


def mask_title(mask: Callable[[str], str], text: str) -> str:
    """Mask a title with the mask's title rule when it has one (see :class:`Pseudonymiser`)."""
    title_rule = getattr(mask, "mask_title", None)
    return title_rule(text) if title_rule is not None else mask(text)


Mask = Callable[[str], str]
