"""Normalise decoded source text so that code-point offsets are stable.

Every importer passes its text through :func:`normalise_text` before offsets are computed.
It changes exactly four things and nothing else, because stored segment offsets depend on
the result being identical on every import of the same file:

1. leading byte-order marks (U+FEFF) are removed;
2. CRLF and lone CR become LF;
3. LINE SEPARATOR (U+2028) and PARAGRAPH SEPARATOR (U+2029) become LF;
4. the text is put in Unicode Normalisation Form C.
"""

from __future__ import annotations

import unicodedata

_BOM = "\ufeff"
# Replaced in this order: CRLF first, so that it becomes one LF rather than two.
_LINE_BREAKS = ("\r\n", "\r", "\u2028", "\u2029")


def normalise_text(text: str) -> str:
    """Return ``text`` without leading BOMs, with ``\\n`` line ends, in NFC.

    All leading BOMs are stripped (not just one) so that the function is idempotent.
    """
    text = text.lstrip(_BOM)
    for line_break in _LINE_BREAKS:
        if line_break in text:
            text = text.replace(line_break, "\n")
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return text
