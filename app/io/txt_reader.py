"""Decode the bytes of a plain-text source file, explicitly and never silently.

Without an explicit encoding the rules are, in order:

1. a UTF-32 or UTF-16 byte-order mark → that encoding ("utf-32-le", "utf-16-be", ...);
   a UTF-8 byte-order mark → "utf-8-sig";
2. strict UTF-8 → "utf-8";
3. bytes that look binary (a NUL byte, or more than 1 % control bytes other than tab,
   newline, carriage return and form feed) → :class:`BinaryFile`;
4. strict Windows-1252 → "cp1252";
5. otherwise :class:`UnknownEncoding`.

Whatever the encoding, decoded text holding a NUL or more than 1 % control characters is
:class:`BinaryFile`, and text that is empty after normalisation is :class:`FileEmpty`.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from app.errors import (
    BinaryFile,
    FileEmpty,
    MixedEncoding,
    UnknownEncoding,
    UnknownEncodingName,
)
from app.io.text_normalise import normalise_text

# Longest first: the UTF-32-LE mark begins with the UTF-16-LE one.
# A two- to four-byte UTF-8 sequence (lead byte then continuation bytes).
_UTF8_MULTIBYTE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)
_BYTE_ORDER_MARKS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Control characters that do not occur in text: C0 except tab, LF, CR and FF; DEL; C1.
_ALLOWED_CONTROLS = frozenset(b"\t\n\r\f")
_CONTROL_BYTES = bytes(
    byte for byte in [*range(0x20), 0x7F] if byte not in _ALLOWED_CONTROLS
)
_NON_CONTROL_BYTES = bytes(byte for byte in range(256) if byte not in _CONTROL_BYTES)
_CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
_MAX_CONTROL_SHARE = 0.01


def decode_text_bytes(
    data: bytes, *, path: Path | str, encoding: str | None = None
) -> tuple[str, str]:
    """Return the normalised text of ``data`` and the name of the encoding used.

    ``path`` only names the file in errors. An explicit ``encoding`` is used as given and
    reported under its canonical codec name ("windows-1252" → "cp1252").
    """
    if encoding is None:
        text, used = _detect_and_decode(data, path)
    else:
        text, used = _decode_as(data, encoding, path)
    if _looks_binary_text(text):
        raise BinaryFile(path=path)
    text = normalise_text(text)
    if not text.strip():
        raise FileEmpty(path=path)
    return text, used


def _detect_and_decode(data: bytes, path: Path | str) -> tuple[str, str]:
    for mark, codec_name in _BYTE_ORDER_MARKS:
        if data.startswith(mark):
            return _decode_after_mark(data, mark, codec_name, path), codec_name
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if _looks_binary_bytes(data):
        raise BinaryFile(path=path)
    if _UTF8_MULTIBYTE.search(data):
        # Valid UTF-8 sequences beside invalid bytes: decoding the whole as cp1252 would
        # silently turn "é" into "Ã©".
        raise MixedEncoding(path=path)
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        raise UnknownEncoding(path=path) from None


def _decode_after_mark(data: bytes, mark: bytes, codec_name: str, path: Path | str) -> str:
    # "utf-8-sig" removes its own mark; the fixed-endian codecs would keep it as U+FEFF.
    body = data if codec_name == "utf-8-sig" else data[len(mark) :]
    try:
        return body.decode(codec_name)
    except UnicodeDecodeError:
        raise UnknownEncoding(path=path, encoding=codec_name) from None


def _decode_as(data: bytes, encoding: str, path: Path | str) -> tuple[str, str]:
    try:
        codec_name = codecs.lookup(encoding).name
        return data.decode(codec_name), codec_name
    except UnicodeDecodeError:
        raise UnknownEncoding(path=path, encoding=encoding) from None
    except (LookupError, ValueError):
        # LookupError also covers codecs that exist but are not text encodings ("base64").
        raise UnknownEncodingName(path=path, encoding=encoding) from None


def _looks_binary_bytes(data: bytes) -> bool:
    if b"\x00" in data:
        return True
    control_count = len(data.translate(None, _NON_CONTROL_BYTES))
    return control_count > _MAX_CONTROL_SHARE * len(data)


def _looks_binary_text(text: str) -> bool:
    if "\x00" in text:
        return True
    control_count = len(_CONTROL_CHARACTERS.findall(text))
    return control_count > _MAX_CONTROL_SHARE * len(text)
