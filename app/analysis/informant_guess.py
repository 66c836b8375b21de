"""Guess a transcript's informant from its file name (no database, no Qt).

Students name transcripts after the informant: ``I7_wawancara.docx``, ``Informan 7.docx``,
``W3 Bu Sari.txt`` (W for *wawancara*, interview 3), ``wawancara_pak_fajar.docx``. The rule:

1. A leading or standalone *marker with a number* gives the informant's number: ``I``,
   ``Inf``, ``Informan``, ``Informant``, ``N``/``Narasumber``, ``R``/``Responden``, ``W``/
   ``Wawancara``/``Interview`` followed by digits (``I7``, ``Informan_7``, ``W-3``).
2. The remaining words, less common transcript words ("wawancara", "transkrip", "final",
   "rev2", dates...), are a *name hint* (``Bu Sari``).
3. An existing informant is chosen, in this order: one whose label is the marker itself
   (``W3``), one whose pseudonym shares a name word (three letters or more, not an
   honorific) with the hint, one whose label carries the same number (``I3`` for ``W3``).
4. Otherwise, with a number, a new informant ``I<number>`` is suggested with the name hint
   as its pseudonym; without a number and without a matching pseudonym, nothing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

_MARKER = re.compile(
    r"(?:^|(?<=[\s_.\-]))"
    r"(?P<marker>informan|informant|inf|narasumber|responden|wawancara|interview|i|n|r|w)"
    r"[\s_.\-]*(?P<number>\d{1,3})(?=$|[\s_.\-])",
    re.IGNORECASE,
)
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_LABEL_NUMBER = re.compile(r"^[^\W\d_]*[\s_.\-]*(\d+)$", re.UNICODE)
_HONORIFICS = frozenset({
    "pak", "bu", "ibu", "bapak", "mas", "mbak", "bang", "kak", "dik", "adik", "dek", "sdr",
    "saudara", "saudari", "tuan", "nyonya", "haji", "hj", "dr", "drs", "ir", "prof",
})
_NOT_NAME = frozenset({
    "wawancara", "transkrip", "transkripsi", "transcript", "interview", "informan",
    "informant", "narasumber", "responden", "final", "rev", "revisi", "draft", "versi",
    "copy", "salinan", "hasil", "catatan", "rekaman", "audio", "dan", "dengan", "the",
    "and", "with", "of", "docx", "txt", "pdf", "doc", "odt", "rtf", "md", "baru", "new",
    "januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus",
    "september", "oktober", "november", "desember",
})


@dataclass(frozen=True)
class KnownInformant:
    label: str
    pseudonym: str = ""


@dataclass(frozen=True)
class InformantGuess:
    """``label`` of an existing informant (``existing``) or of one to create, with the
    ``pseudonym`` hint taken from the file name ("" when none)."""

    label: str
    existing: bool
    pseudonym: str = ""


def guess_informant(file_stem: str, known: Sequence[KnownInformant]) -> InformantGuess | None:
    """The informant the file named ``file_stem`` (no suffix) is probably about."""
    stem = file_stem.strip()
    match = _MARKER.search(stem)
    number = int(match.group("number")) if match else None
    rest = stem[:match.start()] + " " + stem[match.end():] if match else stem
    hint_words = [word for word in _WORD.findall(rest) if word.casefold() not in _NOT_NAME]
    hint = " ".join(_capitalised(word) for word in hint_words)
    if match:
        marker_label = f"{match.group('marker')}{match.group('number')}".casefold()
        for informant in known:
            if informant.label.replace(" ", "").casefold() == marker_label:
                return InformantGuess(informant.label, True, informant.pseudonym)
    by_name = _by_name(hint_words, known)
    if by_name is not None:
        return InformantGuess(by_name.label, True, by_name.pseudonym)
    if number is None:
        return None
    for informant in known:
        label_number = _LABEL_NUMBER.match(informant.label.strip())
        if label_number and int(label_number.group(1)) == number:
            return InformantGuess(informant.label, True, informant.pseudonym)
    return InformantGuess(f"I{number}", False, hint)


def _by_name(words: Sequence[str], known: Sequence[KnownInformant]) -> KnownInformant | None:
    wanted = {word.casefold() for word in words
              if len(word) >= 3 and word.casefold() not in _HONORIFICS}
    if not wanted:
        return None
    matches = [
        informant for informant in known
        if wanted & {word.casefold() for word in _WORD.findall(informant.pseudonym)}
    ]
    return matches[0] if len(matches) == 1 else None


def _capitalised(word: str) -> str:
    return word[:1].upper() + word[1:] if word.islower() else word


_KIND_WORDS = {
    "observation": frozenset({"observasi", "observation", "obs", "pengamatan"}),
    "documentation": frozenset({"dokumentasi", "documentation", "dokumen", "document",
                                "dok", "arsip", "renstra", "lakip", "sop"}),
}


def guess_kind(file_stem: str) -> str:
    """interview, or observation / documentation when the name says so
    (``observasi_kantor``, ``dokumentasi_renstra``)."""
    words = {word.casefold() for word in _WORD.findall(file_stem)}
    for kind, markers in _KIND_WORDS.items():
        if words & markers:
            return kind
    return "interview"
