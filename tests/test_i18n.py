"""The translation catalogues: both languages ship, complete, with intact placeholders."""

from __future__ import annotations

import importlib.util
import shutil
import string
from pathlib import Path
from types import ModuleType

import pytest
from lxml import etree

from app import errors
from app.errors import FileEmpty, InvalidValue, NotFound, TelaahError
from app.i18n import (
    TRANSLATIONS,
    Catalogue,
    available_languages,
    choose_language,
    read_ts,
    translator_for,
)

LOCALE_VARIABLES = ("TELAAH_LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")
CLI_MESSAGES = (
    "error",
    "Created project {path}.",
    "Built the demo study in {path}: {sources} sources, {segments} coded segments.",
    "Imported {count} source(s) into {path}.",
    "Coded segment {id} stored.",
    "Screenshot saved to {path}.",
)
TOOL = Path(__file__).resolve().parent.parent / "tools" / "update_translations.py"


def _error_classes() -> list[type[TelaahError]]:
    """TelaahError and every subclass of it defined in app.errors, found recursively."""
    found: list[type[TelaahError]] = [TelaahError]
    pending = [TelaahError]
    while pending:
        for subclass in pending.pop().__subclasses__():
            if subclass.__module__.startswith(f"{errors.__name__}."):
                found.append(subclass)
            pending.append(subclass)
    return found


def _fields(template: str) -> list[str]:
    return sorted(name for _text, name, _spec, _conv in string.Formatter().parse(template)
                  if name is not None)


def _literal(template: str) -> str:
    """The template without its placeholders."""
    return "".join(text for text, _name, _spec, _conv in string.Formatter().parse(template))


def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("update_translations", TOOL)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def clean_environment(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    for variable in LOCALE_VARIABLES:
        monkeypatch.delenv(variable, raising=False)
    return monkeypatch


# --- the shipped catalogues ----------------------------------------------------------------


def test_both_languages_ship_a_catalogue() -> None:
    assert available_languages() == ("id", "en")
    for language in available_languages():
        assert (TRANSLATIONS / f"telaah_{language}.ts").is_file()


@pytest.mark.parametrize("language", ["id", "en"])
def test_catalogue_parses_and_placeholders_match(language: str) -> None:
    messages = read_ts(TRANSLATIONS / f"telaah_{language}.ts")
    assert {"errors", "cli"} <= set(messages)
    checked = 0
    for context, pairs in messages.items():
        for source, translation in pairs.items():
            assert _fields(source) == _fields(translation), (context, source, translation)
            checked += 1
    assert checked > 100


def test_the_scan_sees_every_error_class() -> None:
    # Guard against the discovery silently finding nothing, or missing nested subclasses.
    names = {cls.__name__ for cls in _error_classes()}
    assert {"TelaahError", "FileEmpty", "LegacyWordDocument", "DatabaseProblem"} <= names
    assert len(names) > 60


@pytest.mark.parametrize("language", ["id", "en"])
def test_every_error_template_has_a_finished_translation(language: str) -> None:
    translated = read_ts(TRANSLATIONS / f"telaah_{language}.ts").get("errors", {})
    missing = [cls.__name__ for cls in _error_classes() if cls.template not in translated]
    assert missing == []


def test_indonesian_error_messages_are_really_translated() -> None:
    indonesian = read_ts(TRANSLATIONS / "telaah_id.ts")["errors"]
    # Templates such as "{path}: {detail}" hold no words, so stay as they are.
    wordy = [cls.template for cls in _error_classes()
             if any(character.isalpha() for character in _literal(cls.template))]
    assert len(wordy) > 50
    assert [template for template in wordy if indonesian[template] == template] == []


@pytest.mark.parametrize("language", ["id", "en"])
def test_cli_messages_are_in_both_catalogues(language: str) -> None:
    cli = read_ts(TRANSLATIONS / f"telaah_{language}.ts").get("cli", {})
    assert [text for text in CLI_MESSAGES if text not in cli] == []


def test_every_message_is_translated_to_indonesian() -> None:
    text = (TRANSLATIONS / "telaah_id.ts").read_text(encoding="utf-8")
    assert 'type="unfinished"' not in text


def test_a_real_error_in_both_languages() -> None:
    error = FileEmpty(path="wawancara.txt")
    english = error.message(translator_for("en"))
    indonesian = error.message(translator_for("id"))
    assert english == "wawancara.txt: the file contains no text."
    assert indonesian.startswith("wawancara.txt: ") and "berkas" in indonesian
    assert english != indonesian
    assert Catalogue.load("id").translate("cli", "error") != "error"


def test_words_inside_an_error_message_are_translated_but_data_is_not() -> None:
    indonesian = translator_for("id")
    assert NotFound(kind="source", key="source").message(indonesian) == \
        "Tidak ada sumber 'source' dalam proyek ini."  # the key is data: kept as given
    assert InvalidValue(field="memo type", value="x", detail="d").message(indonesian) == \
        "Nilai jenis memo tidak valid: 'x' (d)."
    assert NotFound(kind="source", key="A").message(translator_for("en")) == \
        "No source 'A' in this project."


def test_the_tool_collects_every_word_passed_to_an_error() -> None:
    found = _tool().collect()["errors"]
    assert {"source", "memo type", "coder role", "GUID"} <= found


# --- choosing the language -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("environment", "expected"),
    [({"TELAAH_LANG": "id"}, "id"), ({"LANG": "id_ID.UTF-8"}, "id"),
     ({"LANG": "en_US.UTF-8"}, "en"),
     ({"LANGUAGE": "in:en"}, "id"), ({"LANG": "C"}, "en"), ({}, "en"), ({"LANG": "fr_FR"}, "en"),
     ({"LC_ALL": "id_ID.UTF-8", "LANG": "en_GB.UTF-8"}, "id"),
     ({"LANGUAGE": "en_GB", "LC_MESSAGES": "id_ID"}, "en"),
     ({"TELAAH_LANG": "en", "LANG": "id_ID.UTF-8"}, "en")],
)
def test_language_choice(clean_environment: pytest.MonkeyPatch, environment: dict[str, str],
                         expected: str) -> None:
    for variable, value in environment.items():
        clean_environment.setenv(variable, value)
    assert choose_language(None) == expected


def test_an_explicit_request_beats_the_environment(
        clean_environment: pytest.MonkeyPatch) -> None:
    clean_environment.setenv("TELAAH_LANG", "id")
    clean_environment.setenv("LANG", "id_ID.UTF-8")
    assert choose_language("en") == "en"
    clean_environment.setenv("TELAAH_LANG", "en")
    assert choose_language("id-ID") == "id"


def test_unknown_language_falls_back_to_english(clean_environment: pytest.MonkeyPatch) -> None:
    assert choose_language("xx") == "en"
    clean_environment.setenv("TELAAH_LANG", "klingon")
    assert choose_language(None) == "en"
    assert Catalogue.load("xx").language == "en"
    assert Catalogue.load("xx").translate("cli", "error") == "error"
    error = NotFound(kind="code", key="Kinerja")
    assert error.message(translator_for("xx")) == error.message()


# --- lookup rules --------------------------------------------------------------------------


def test_unfinished_and_vanished_translations_are_not_used(tmp_path: Path) -> None:
    path = tmp_path / "telaah_id.ts"
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1">'
        "<context><name>cli</name>"
        "<message><source>Done.</source><translation>Selesai.</translation></message>"
        '<message><source>Draft</source><translation type="unfinished">Konsep</translation>'
        "</message>"
        '<message><source>Old</source><translation type="vanished">Lama</translation></message>'
        "</context></TS>", encoding="utf-8")
    catalogue = Catalogue("id", read_ts(path))
    assert catalogue.translate("cli", "Done.") == "Selesai."
    assert catalogue.translate("cli", "Draft") == "Draft"
    assert catalogue.translate("cli", "Old") == "Old"
    assert catalogue.translate("elsewhere", "Done.") == "Done."
    assert catalogue.translate_any("Done.") == "Selesai."


def test_context_free_lookup_prefers_the_cli_and_error_wording() -> None:
    catalogue = Catalogue("id", {"AWidget": {"Code": "Kode:"}, "cli": {"Code": "Kode"}})
    assert catalogue.translate_any("Code") == "Kode"
    assert catalogue.translate("AWidget", "Code") == "Kode:"


def test_external_entities_are_never_expanded(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET", encoding="utf-8")
    path = tmp_path / "telaah_id.ts"
    path.write_text(
        '<?xml version="1.0"?>\n'
        f'<!DOCTYPE TS [<!ENTITY leak SYSTEM "{secret.as_uri()}">]>\n'
        "<TS><context><name>cli</name>"
        "<message><source>error</source><translation>&leak;</translation></message>"
        "</context></TS>", encoding="utf-8")
    messages = read_ts(path)
    assert "TOP-SECRET" not in repr(messages)


# --- the update tool -----------------------------------------------------------------------


def test_the_tool_finds_every_error_template() -> None:
    assert _tool().error_templates() == {cls.template for cls in _error_classes()}


def test_the_tool_keeps_translations_and_marks_new_strings(tmp_path: Path) -> None:
    tool = _tool()
    for language in ("id", "en"):
        shutil.copyfile(TRANSLATIONS / f"telaah_{language}.ts", tmp_path / f"telaah_{language}.ts")
    found = {"errors": tool.error_templates() | {"{path}: a brand-new problem."},
             "cli": {"error"}}
    text, counts = tool.merge("id", found, tmp_path)
    (tmp_path / "merged.ts").write_bytes(text)
    root = etree.parse(str(tmp_path / "merged.ts")).getroot()
    states = {(m.getparent().findtext("name"), m.findtext("source")):
              (m.find("translation").get("type"), m.find("translation").text)
              for m in root.iter("message")}
    assert states[("errors", "{path}: a brand-new problem.")] == ("unfinished", None)
    assert states[("errors", FileEmpty.template)] == (
        None, read_ts(TRANSLATIONS / "telaah_id.ts")["errors"][FileEmpty.template])
    # Strings the code no longer uses keep their translation, marked vanished.
    assert states[("cli", "Created project {path}.")][0] == "vanished"
    assert counts["unfinished"] == sum(kind == "unfinished" for kind, _text in states.values())
    english, _counts = tool.merge("en", found, tmp_path)
    assert b"<translation>{path}: a brand-new problem.</translation>" in english
    dropped, _counts = tool.merge("id", found, tmp_path, drop_vanished=True)
    assert b"Created project {path}." not in dropped


def test_the_tool_writes_and_checks(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    tool = _tool()
    assert tool.main(["--directory", str(tmp_path)]) == 0
    written = read_ts(tmp_path / "telaah_en.ts")
    assert FileEmpty.template in written["errors"]
    # A fresh Indonesian catalogue is all unfinished, so --check reports it.
    assert tool.main(["--directory", str(tmp_path), "--check"]) == 1
    assert "to translate" in capsys.readouterr().out
