"""Find the quotations in a thesis draft (.docx) and the citation that goes with each.

A quotation is either

- **inline**: text between “…”, "…" or „…“ inside a paragraph, of at least
  :data:`MIN_QUOTE_WORDS` words (shorter quoted terms are scare quotes, not quotations); or
- **block**: a paragraph whose style (or a style it is based on) is a quote style: "Quote",
  "Intense Quote", "Block Text", "Kutipan", ... A citation in brackets at its end is split
  off; a paragraph holding only a citation right after it counts as its citation.

The citation is the first bracketed text just after the quotation ("(Informan 3, Kepala
Bidang, 2023)", "(I3, wawancara)"), or else an informant named just before it ("Informan 3
menyatakan, “…”"). ``cited_informant`` is the informant label it names ("I3"), when it
names one.

The file is checked like any .docx source first (:func:`app.io.docx_reader.read_docx_bytes`:
no encrypted, macro, bomb or DOCTYPE files) and only then read with python-docx.
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from app.io.docx_reader import read_docx_bytes
from app.io.file_bytes import MiB, read_file_bytes
from app.io.text_normalise import normalise_text

if TYPE_CHECKING:  # python-docx loads when a draft is read
    from docx.text.paragraph import Paragraph

MAX_DRAFT_BYTES = 64 * MiB
MIN_QUOTE_WORDS = 3
CONTEXT_CHARS = 120
_AFTER_CHARS = 60
_BEFORE_CHARS = 120
_QUOTE_STYLE_WORDS = ("quote", "kutipan", "block text", "blockquote", "petikan")
_INLINE = re.compile(r"“([^”]+)”|\"([^\"]+)\"|„([^“”]+)[“”]")
_BRACKETED = re.compile(r"\(([^()]{1,300})\)")
_TRAILING_CITATION = re.compile(r"\s*\(([^()]{1,300})\)\s*[.,;]?\s*$")
_INFORMANT = re.compile(
    r"\b(?:informan|informant|narasumber|responden|respondent|partisipan|participant)"
    r"(?:\s+(?:kunci|utama|pendukung|key))?\s*[-#]?\s*(\d{1,3})\b"
    r"|(?-i:\bI\s?-?(\d{1,3})\b)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class DraftParagraph:
    text: str
    style: str = ""
    quote_style: bool = False


@dataclass(frozen=True)
class DraftQuote:
    """One quotation; ``paragraph`` counts the draft's paragraphs from 1."""

    number: int
    text: str
    paragraph: int
    kind: str  # "inline" or "block"
    citation: str | None
    cited_informant: str | None
    context: str


def read_draft_quotes(path: Path, *, max_bytes: int = MAX_DRAFT_BYTES) -> list[DraftQuote]:
    """Every quotation in the draft at ``path``, in document order."""
    path = Path(path)
    data = read_file_bytes(path, max_bytes=max_bytes)
    read_docx_bytes(data, path=path)  # refuses unsafe or unreadable documents
    import docx  # python-docx loads when a draft is read, not at start-up

    document = docx.Document(io.BytesIO(data))
    paragraphs = [
        DraftParagraph(normalise_text(paragraph.text), _style_name(paragraph),
                       _is_quote_style(paragraph))
        for paragraph in document.paragraphs
    ]
    return find_quotes(paragraphs)


def find_quotes(paragraphs: Sequence[DraftParagraph]) -> list[DraftQuote]:
    quotes: list[DraftQuote] = []
    for index, paragraph in enumerate(paragraphs):
        text = paragraph.text.strip()
        if not text:
            continue
        if paragraph.quote_style:
            quotes.append(_block_quote(paragraphs, index, len(quotes) + 1))
            continue
        for match in _INLINE.finditer(paragraph.text):
            quoted = next(group for group in match.groups() if group is not None).strip()
            if len(quoted.split()) < MIN_QUOTE_WORDS:
                continue
            citation = _citation_near(paragraph.text, match.start(), match.end())
            quotes.append(DraftQuote(
                number=len(quotes) + 1, text=quoted, paragraph=index + 1, kind="inline",
                citation=citation, cited_informant=cited_informant(citation),
                context=_context(paragraph.text, match.start(), match.end()),
            ))
    return quotes


def cited_informant(citation: str | None) -> str | None:
    """The informant label a citation names: "Informan 3" and "I3" both give "I3"."""
    if not citation:
        return None
    match = _INFORMANT.search(citation)
    if match is None:
        return None
    return f"I{int(match.group(1) or match.group(2))}"


def _block_quote(paragraphs: Sequence[DraftParagraph], index: int, number: int) -> DraftQuote:
    text = paragraphs[index].text.strip()
    citation = None
    trailing = _TRAILING_CITATION.search(text)
    if trailing is not None and trailing.start() > 0:
        citation, text = f"({trailing.group(1).strip()})", text[: trailing.start()].strip()
    elif index + 1 < len(paragraphs) and _only_citation(paragraphs[index + 1].text):
        citation = paragraphs[index + 1].text.strip()
    elif index > 0:
        before = paragraphs[index - 1].text.strip()
        citation = _mention(before[-_BEFORE_CHARS:]) if before else None
    text = text.strip("“”\"„ ")
    return DraftQuote(number=number, text=text, paragraph=index + 1, kind="block",
                      citation=citation, cited_informant=cited_informant(citation),
                      context=text[:CONTEXT_CHARS])


def _citation_near(text: str, start: int, end: int) -> str | None:
    after = _BRACKETED.search(text, end, min(len(text), end + _AFTER_CHARS + 300))
    if after is not None and after.start() - end <= _AFTER_CHARS:
        return after.group(0)
    following = _mention(text[end : end + _AFTER_CHARS])
    if following is not None:
        return following
    return _mention(text[max(0, start - _BEFORE_CHARS) : start])


def _mention(text: str) -> str | None:
    matches = list(_INFORMANT.finditer(text))
    return matches[-1].group(0) if matches else None


def _only_citation(text: str) -> bool:
    stripped = text.strip()
    return bool(stripped) and _BRACKETED.fullmatch(stripped.rstrip(".")) is not None


def _context(text: str, start: int, end: int) -> str:
    begin = max(0, start - CONTEXT_CHARS // 2)
    return text[begin : end + CONTEXT_CHARS // 2]


def _style_name(paragraph: Paragraph) -> str:
    style = paragraph.style
    return style.name if style is not None and style.name else ""


def _is_quote_style(paragraph: Paragraph) -> bool:
    style = paragraph.style
    seen = 0
    while style is not None and seen < 10:
        name = (style.name or "").casefold()
        if any(word in name for word in _QUOTE_STYLE_WORDS):
            return True
        style, seen = style.base_style, seen + 1
    return False
