"""The base of every error a user can cause and act on, and how its message is made.

Each error is a dataclass: its fields are the data its English ``template`` shows, plus the
few documented extras (see :func:`extra`) a caller may add for ``--verbose``, the log or a
later step. The template is the translation key: the GUI (``app.ui.host.error_messages``)
and the CLI look it up in the project's translation catalogue before formatting it, so one
error has one wording in each language. Templates name the file or the object concerned
and, where possible, say what to do next.

Errors are built with keyword arguments only (``NotFound(kind="code", key="Trust")``), as
before they were dataclasses, so every call site reads the same.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field, fields
from typing import Any, ClassVar

Translate = Callable[[str], str]
# A file or folder an error is about, as the caller knows it (a project may also be a URL).
Location = str | os.PathLike[str]
# The words of the library or system that noticed a problem, another error, or a phrase.
Detail = str | BaseException
_LINE_BREAK = re.compile(r"[^\S\r\n\x0b\x0c\x1c-\x1e\x85\u2028\u2029]*"
                         r"[\r\n\x0b\x0c\x1c-\x1e\x85\u2028\u2029]\s*")
# The key under which a field's metadata says why a field the template does not show exists.
EXTRA = "extra"


def _identity(text: str) -> str:
    return text


# Values that are words of the message itself ("No code 'X'", "Invalid memo type"), not data:
# translated with the template. tools/update_translations.py collects the literals passed
# for them to error classes.
WORD_VALUES = frozenset({"kind", "field", "element"})
# Values that are phrases of the message where the template shows them ("Invalid memo
# title: '' (it is empty)"): translated too. Literal phrases are collected like the words
# above; a library's own text is never shown, so it never needs translating.
PHRASE_VALUES = frozenset({"detail"})


def extra(why: str, default: Any = "") -> Any:
    """A field the template does not show, with the reason it exists (checked by
    tests/test_errors.py: every other field is a placeholder of the template)."""
    return field(default=default, metadata={EXTRA: why})


def _rebuild(cls: type[TelaahError], values: dict[str, Any]) -> TelaahError:
    return cls(**values)


@dataclass(eq=False, kw_only=True)
class TelaahError(Exception):
    """Base of every error a user can cause and act on."""

    template: ClassVar[str] = "{detail}"

    detail: Detail = extra(
        "what went wrong in the words of the library or system that noticed it: kept for "
        "--verbose, the log and Show Details when the template does not show it")

    def __post_init__(self) -> None:
        Exception.__init__(self, self.message())

    def __reduce__(self) -> tuple[Any, ...]:
        # Exception pickles its args (the message); an error is rebuilt from its fields.
        return _rebuild, (type(self), self.values())

    def values(self) -> dict[str, Any]:
        """The error's data: every field by name."""
        return {item.name: getattr(self, item.name) for item in fields(self)}

    def message(self, translate: Translate = _identity) -> str:
        """The message in the language ``translate`` maps the template to."""
        values = {key: _shown(value, translate, self.translates(key))
                  for key, value in self.values().items()}
        return _one_line(translate(self.template).format(**values))

    @classmethod
    def translates(cls, key: str) -> bool:
        """Whether the value of ``key`` is translated with the template (a word or a phrase
        the message shows)."""
        return key in WORD_VALUES or (key in PHRASE_VALUES and f"{{{key}}}" in cls.template)

    def technical_detail(self) -> str:
        """What went wrong in the words of the library or system that noticed it (a
        ``detail`` the template does not show, a ``technical`` value, the non-Telaah cause):
        never in the message itself, only for ``--verbose``, the log and "Show Details…";
        "" when there is nothing beyond the message."""
        parts = []
        if self.detail and "{detail}" not in self.template:
            parts.append(_display(self.detail))
        technical = getattr(self, "technical", "")
        if technical:
            parts.append(_display(technical))
        cause = self.__cause__
        if cause is not None and not isinstance(cause, TelaahError):
            lines = str(cause).strip().splitlines()
            said = lines[0] if lines else ""
            if not any(said in part or part in said for part in parts if part):
                parts.append(f"{type(cause).__name__}: {said}".strip().rstrip(":"))
        return "; ".join(part for part in parts if part)


def _one_line(text: str) -> str:
    """``text`` with every line break (and the blanks around it) as one space: a message
    is one line, even when a name or a library's words inside it are not."""
    return _LINE_BREAK.sub(" ", text) if _LINE_BREAK.search(text) else text


def _shown(value: object, translate: Translate, is_phrase: bool) -> str:
    """A value as the message shows it: another error as its own message in the same
    language, a word or phrase of the message translated, data as it is."""
    if isinstance(value, TelaahError):
        return value.message(translate)
    shown = _display(value)
    return translate(shown) if is_phrase and shown else shown


def _display(value: object) -> str:
    if isinstance(value, (list, tuple, set, frozenset)):
        return ", ".join(str(item) for item in value)
    return str(value)


@dataclass(eq=False, kw_only=True)
class Cancelled(TelaahError):
    template = "The operation was cancelled; nothing was changed."


@dataclass(eq=False, kw_only=True)
class DataMissing(TelaahError):
    template = (
        "Telaah's shipped data ({what}) is missing; reinstall Telaah or set TELAAH_DATA_DIR."
    )

    what: str
