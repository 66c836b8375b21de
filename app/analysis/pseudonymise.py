"""Pseudonymise quoted text: informant names, civil-service ID numbers and phone numbers.

Two ways of replacing names, chosen by the researcher:

- ``"label"`` (the default of ``--pseudonymize``): every known name of an informant, its
  real name *and* its pseudonym, becomes the informant's neutral label ("[Informan 3]").
  This is safe whatever was typed into the pseudonym column, which in practice often
  holds the name used in the transcript.
- ``"pseudonym"``: a recorded real name becomes the informant's pseudonym; pseudonyms stay.
  Informants without a recorded real name are left as they are.

A name is matched as a whole (case-insensitively) and also by each of its parts, so that
"Pak Fajar" is caught as well as "Fajar Nugroho". Single parts match only as capitalised
words (a proper noun: "Fajar", not the common word "fajar"), and parts shorter than three
letters, honorifics and academic titles are never matched alone.

Source titles are file-name-like ("wawancara_pak_fajar"), so :meth:`Pseudonymiser.mask_title`
also matches name parts in lower case and treats underscores and hyphens as separators.

Civil-service ID numbers (NIP: 18 digits, written solid or grouped ``8 6 1 3`` with spaces,
dots or hyphens) and Indonesian phone numbers (``0812-3456-7890``, ``+62 812 3456 7890``,
``(0736) 21234``) are masked in every mode.
"""

from __future__ import annotations

import re
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
_NAME_PART = re.compile(r"[^\W\d_][\w'’-]*")

_SEPARATOR = r"[ .\-]?"
# 18-digit NIP: birth date (8), appointment date (6), sex (1), serial number (3).
_NIP = re.compile(
    rf"(?<![\w.+-])\d{{8}}{_SEPARATOR}\d{{6}}{_SEPARATOR}\d{_SEPARATOR}\d{{3}}(?![\w])"
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


@dataclass(frozen=True)
class InformantNames:
    """The names one informant may appear under, and the neutral label replacing them."""

    label: str
    replacement: str
    pseudonym: str = ""
    real_name: str = ""


@dataclass(frozen=True)
class MaskTokens:
    """What masked numbers are replaced with (language-dependent text)."""

    nip: str = "[NIP]"
    phone: str = "[nomor telepon]"


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
        self._full_names: dict[str, str] = {}
        self._name_parts: dict[str, str] = {}
        for informant in informants:
            for name, replacement in _names_to_replace(informant, mode):
                self._add(name, replacement)
        self._names = _name_pattern(self._full_names, self._name_parts)
        self._title_parts = {part.casefold(): value for part, value in self._name_parts.items()}
        self._title_names = _title_pattern(self._title_parts)

    def _add(self, name: str, replacement: str) -> None:
        name = " ".join(name.split())
        if not name:
            return
        if " " in name:
            # A one-word name is matched like a name part: capitalised only.
            self._full_names.setdefault(name.casefold(), replacement)
        for part in _NAME_PART.findall(name):
            if len(part) >= 3 and part.casefold() not in _NOT_NAMES:
                self._name_parts.setdefault(part[:1].upper() + part[1:], replacement)

    def __call__(self, text: str) -> str:
        if not text:
            return text
        text = _NIP.sub(self._tokens.nip, text)
        text = _PHONE.sub(self._mask_phone, text)
        if self._names is not None:
            text = self._names.sub(self._replace_name, text)
        return text

    def mask_title(self, text: str) -> str:
        """A title such as "wawancara_pak_fajar": name parts match in any letter case and
        underscores or hyphens separate words."""
        text = self(text)
        if self._title_names is None:
            return text
        return self._title_names.sub(
            lambda match: self._title_parts[match.group().casefold()], text
        )

    def _mask_phone(self, match: re.Match[str]) -> str:
        digits = sum(character.isdigit() for character in match.group())
        if digits >= _MIN_PHONE_DIGITS:
            return self._tokens.phone
        return match.group()

    def _replace_name(self, match: re.Match[str]) -> str:
        found = match.group()
        replacement = self._full_names.get(" ".join(found.split()).casefold())
        if replacement is None:
            replacement = self._name_parts[found]
        return replacement


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
    """One alternation, longest first, so "Fajar Nugroho" wins over "Fajar"."""
    alternatives = [
        (len(name), "(?i:" + r"\s+".join(re.escape(word) for word in name.split()) + ")")
        for name in full_names
    ]
    alternatives += [(len(part), re.escape(part)) for part in parts]
    if not alternatives:
        return None
    alternatives.sort(key=lambda item: -item[0])
    union = "|".join(pattern for _, pattern in alternatives)
    return re.compile(rf"(?<![\w])(?:{union})(?![\w])")


def _title_pattern(parts: dict[str, str]) -> re.Pattern[str] | None:
    if not parts:
        return None
    union = "|".join(re.escape(part) for part in sorted(parts, key=len, reverse=True))
    return re.compile(rf"(?<![^\W_])(?:{union})(?![^\W_])", re.IGNORECASE)


def identity(text: str) -> str:
    return text


def mask_title(mask: Callable[[str], str], text: str) -> str:
    """Mask a title with the mask's title rule when it has one (see :class:`Pseudonymiser`)."""
    title_rule = getattr(mask, "mask_title", None)
    return title_rule(text) if title_rule is not None else mask(text)


Mask = Callable[[str], str]
