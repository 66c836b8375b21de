"""The translation catalogues: both languages ship, complete, with intact placeholders."""

from __future__ import annotations

import re
import string

import pytest

from app import errors
from app.errors import FileEmpty, TelaahError
from app.i18n import TRANSLATIONS, Catalogue, choose_language, read_ts, translator_for


def _error_classes() -> list[type[TelaahError]]:
    found: list[type[TelaahError]] = []
    pending = [TelaahError]
    while pending:
        for subclass in pending.pop().__subclasses__():
            if subclass.__module__ == errors.__name__:
                found.append(subclass)
            pending.append(subclass)
    return found


def _fields(template: str) -> set[str]:
    return {name for _text, name, _spec, _conv in string.Formatter().parse(template) if name}


@pytest.mark.parametrize("language", ["id", "en"])
def test_catalogue_parses_and_placeholders_match(language: str) -> None:
    messages = read_ts(TRANSLATIONS / f"telaah_{language}.ts")
    assert messages
    for context, pairs in messages.items():
        for source, translation in pairs.items():
            assert _fields(source) == _fields(translation), (context, source, translation)


def test_every_error_has_a_finished_indonesian_translation() -> None:
    indonesian = read_ts(TRANSLATIONS / "telaah_id.ts").get("errors", {})
    missing = [cls.__name__ for cls in _error_classes() if cls.template not in indonesian]
    assert missing == []


def test_every_message_is_translated_to_indonesian() -> None:
    text = (TRANSLATIONS / "telaah_id.ts").read_text(encoding="utf-8")
    assert 'type="unfinished"' not in text


def test_a_real_error_in_both_languages() -> None:
    error = FileEmpty(path="wawancara.txt")
    english = error.message(translator_for("en"))
    indonesian = error.message(translator_for("id"))
    assert "wawancara.txt" in english and "wawancara.txt" in indonesian
    assert english != indonesian


@pytest.mark.parametrize(
    ("environment", "expected"),
    [({"TELAAH_LANG": "id"}, "id"), ({"LANG": "id_ID.UTF-8"}, "id"), ({"LANG": "en_US.UTF-8"}, "en"),
     ({"LANGUAGE": "in:en"}, "id"), ({"LANG": "C"}, "en"), ({}, "en"), ({"LANG": "fr_FR"}, "en")],
)
def test_language_choice(monkeypatch: pytest.MonkeyPatch, environment: dict[str, str],
                         expected: str) -> None:
    for variable in ("TELAAH_LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(variable, raising=False)
    for variable, value in environment.items():
        monkeypatch.setenv(variable, value)
    assert choose_language(None) == expected
    assert choose_language("en") == "en"


def test_unknown_language_falls_back_to_english() -> None:
    assert Catalogue.load("xx").translate("cli", "error") == "error"
    assert re.fullmatch(r"\w+", translator_for("id")("error"))
