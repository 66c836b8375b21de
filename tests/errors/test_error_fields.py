"""Every error is a dataclass whose fields are the placeholders of its template, plus
extras that say why they exist; built from keyword arguments as before, it keeps its
message, its translation and its technical detail, and survives pickling."""

from __future__ import annotations

import dataclasses
import pickle
import string
from pathlib import Path

import pytest

from app import errors
from app.errors.base import EXTRA


def _error_classes() -> list[type[errors.TelaahError]]:
    found: list[type[errors.TelaahError]] = []
    pending: list[type[errors.TelaahError]] = [errors.TelaahError]
    while pending:
        cls = pending.pop()
        found.append(cls)
        pending.extend(cls.__subclasses__())
    return [cls for cls in found if cls.__module__.startswith("app.errors.")]


def _placeholders(template: str) -> set[str]:
    return {name for _text, name, _spec, _conv in string.Formatter().parse(template) if name}


CLASSES = _error_classes()


def test_the_scan_sees_every_error_class() -> None:
    assert len(CLASSES) > 90
    assert {"TelaahError", "NotFound", "ArchiveTooCompressed", "QdpxBadPositions"} <= {
        cls.__name__ for cls in CLASSES}


@pytest.mark.parametrize("cls", CLASSES, ids=lambda cls: cls.__name__)
def test_each_error_is_a_dataclass_of_its_placeholders(cls: type[errors.TelaahError]) -> None:
    # Decorated itself, not only inheriting a parent's fields and __init__.
    assert "__dataclass_params__" in vars(cls)
    params = vars(cls)["__dataclass_params__"]
    assert not params.eq  # an error compares (and hashes) by identity, as exceptions do
    fields = {field.name: field for field in dataclasses.fields(cls)}
    placeholders = _placeholders(cls.template)
    assert placeholders <= set(fields), placeholders - set(fields)
    undocumented = [name for name, field in fields.items()
                    if name not in placeholders and not field.metadata.get(EXTRA)]
    assert undocumented == []
    assert all(field.kw_only for field in fields.values())
    required = {name for name, field in fields.items()
                if field.default is dataclasses.MISSING
                and field.default_factory is dataclasses.MISSING}
    assert required <= placeholders


@pytest.mark.parametrize("cls", CLASSES, ids=lambda cls: cls.__name__)
def test_each_error_builds_from_keywords_and_shows_them(cls: type[errors.TelaahError]) -> None:
    values = {name: f"<{name}>" for name in _placeholders(cls.template)}
    error = cls(**values)
    for name, value in values.items():
        assert getattr(error, name) == value
        assert value in str(error)
    assert str(error) == error.message()
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is cls and str(copy) == str(error) and copy.values() == error.values()


@pytest.mark.parametrize("args, values", [
    ((), {"kind": "code", "key": "Trust", "colour": "red"}),  # a value no field takes
    (("code", "Trust"), {}),  # positional, as before: keywords only
    ((), {"kind": "code"}),  # a placeholder without its value
])
def test_an_unknown_missing_or_positional_value_is_refused(
        args: tuple[str, ...], values: dict[str, str]) -> None:
    with pytest.raises(TypeError):
        errors.NotFound(*args, **values)


def test_words_and_shown_phrases_are_translated_data_is_not() -> None:
    catalogue = {"No {kind} '{key}' in this project.": "Tidak ada {kind} '{key}'.",
                 "code": "kode", "Trust": "WRONG",
                 "Invalid {field}: '{value}' ({detail}).": "{field} salah: '{value}' ({detail}).",
                 "colour": "warna", "use #RRGGBB": "pakai #RRGGBB"}

    def translate(text: str) -> str:
        return catalogue.get(text, text)

    assert errors.NotFound(kind="code", key="Trust").message(translate) == "Tidak ada kode 'Trust'."
    invalid = errors.InvalidValue(field="colour", value="red", detail="use #RRGGBB")
    assert invalid.message(translate) == "warna salah: 'red' (pakai #RRGGBB)."


def test_a_detail_the_template_hides_is_technical_only() -> None:
    error = errors.FileUnreadable(path=Path("/tmp/a.txt"), detail="Errno 5: I/O error")
    assert str(error) == "/tmp/a.txt: the file cannot be read."
    assert error.technical_detail() == "Errno 5: I/O error"
    invalid = errors.InvalidValue(field="date", value="x", detail="YYYY-MM-DD",
                                  technical="month must be in 1..12")
    assert invalid.technical_detail() == "month must be in 1..12"
    assert errors.FileEmpty(path="a.txt").technical_detail() == ""


def test_an_error_inside_another_shows_its_own_message() -> None:
    inner = errors.CodeNotCodable(code="Trust")
    outer = errors.InvalidValue(field="code", value="Trust", detail=inner)
    assert str(outer) == ("Invalid code: 'Trust' (The code 'Trust' is a category and cannot "
                          "be applied to text.).")


def test_every_error_class_is_exported_from_the_package() -> None:
    assert {cls.__name__ for cls in CLASSES} <= set(errors.__all__)
    assert all(getattr(errors, name) is not None for name in errors.__all__)
