"""Each vocabulary (source kinds, informant types, valences, review statuses and verdicts, the
default verdict scales of conclusions) is spelled out once, in app/vocabulary.py, and every
other module refers to it."""

from __future__ import annotations

import argparse
import ast
from pathlib import Path

import pytest

import app.vocabulary as vocabulary
from app.analysis import verdict_scales
from app.cli import build_parser
from app.core import vocabulary as core_vocabulary
from app.models import coded_segment, informant, project_info, source

APP = Path(__file__).resolve().parent.parent / "app"
DEFINITIONS = APP / "vocabulary.py"
VOCABULARIES = {
    "SOURCE_KINDS": vocabulary.SOURCE_KINDS,
    "INFORMANT_TYPES": vocabulary.INFORMANT_TYPES,
    "VALENCES": vocabulary.VALENCES,
    "REVIEW_STATUSES": vocabulary.REVIEW_STATUSES,
    "REVIEW_VERDICTS": vocabulary.REVIEW_VERDICTS,
    "PERFORMANCE_SCALE": vocabulary.PERFORMANCE_SCALE,
    "CONFIRMATION_SCALE": vocabulary.CONFIRMATION_SCALE,
    "IMPLEMENTATION_SCALE": vocabulary.IMPLEMENTATION_SCALE,
}


def spelled_out(code: str) -> list[tuple[str, int]]:
    """The vocabularies ``code`` writes out as a tuple, list or set of string literals, in
    any order, each with its line."""
    found = []
    for node in ast.walk(ast.parse(code)):
        if not isinstance(node, ast.Tuple | ast.List | ast.Set):
            continue
        words = [element.value for element in node.elts
                 if isinstance(element, ast.Constant) and isinstance(element.value, str)]
        if len(words) < 2 or len(words) != len(node.elts):
            continue
        found += [(name, node.lineno) for name, values in VOCABULARIES.items()
                  if set(words) == set(values)]
    return sorted(found, key=lambda item: (item[1], item[0]))


def test_no_module_spells_a_vocabulary_out_again() -> None:
    copies = [
        f"{path.relative_to(APP.parent)}:{line} spells out {name}; use app.core.vocabulary "
        "(front ends) or app.vocabulary"
        for path in sorted(APP.rglob("*.py")) if path != DEFINITIONS
        for name, line in spelled_out(path.read_text(encoding="utf-8"))
    ]
    assert copies == []


def test_the_scan_sees_a_copy_in_any_order_and_shape() -> None:
    assert spelled_out('KINDS = ("documentation", "interview", "observation")') == [
        ("SOURCE_KINDS", 1)]
    assert spelled_out('parser.add_argument(\n    "--status",\n    choices=["pending", "accepted",'
                       ' "needs_revision", "rejected", "revised"])') == [("REVIEW_STATUSES", 3)]
    assert spelled_out('ALLOWED = frozenset({"positive", "negative", "mixed"})') == [
        ("VALENCES", 1)]
    assert spelled_out('for verdict in ("rejected", "accepted", "needs_revision"): pass') == [
        ("REVIEW_VERDICTS", 1)]
    # A part of a vocabulary is a rule about some of its words, not a copy of it.
    assert spelled_out('if valence in ("positive", "negative"): pass') == []
    assert spelled_out('TYPES = ("kunci", "utama", "pendukung", "lain")') == []


def test_the_definitions_are_where_the_scan_looks() -> None:
    assert {name for name, _ in spelled_out(DEFINITIONS.read_text(encoding="utf-8"))} == {
        "SOURCE_KINDS", "INFORMANT_TYPES", "VALENCES", "REVIEW_VERDICTS", "PERFORMANCE_SCALE",
        "CONFIRMATION_SCALE", "IMPLEMENTATION_SCALE"}
    assert vocabulary.REVIEW_STATUSES == (
        "pending", "accepted", "needs_revision", "rejected", "revised")
    assert set(vocabulary.REVIEW_VERDICTS) < set(vocabulary.REVIEW_STATUSES)


@pytest.mark.parametrize("name", sorted(VOCABULARIES))
def test_core_and_models_hand_out_the_one_definition(name: str) -> None:
    assert getattr(core_vocabulary, name) is VOCABULARIES[name]
    for model in (source, informant, coded_segment, verdict_scales):
        assert getattr(model, name, VOCABULARIES[name]) is VOCABULARIES[name]
    assert project_info.DEFAULT_VERDICT_SCALE is vocabulary.PERFORMANCE_SCALE


def _choices(command: str, option: str) -> tuple[str, ...]:
    parser = build_parser(command)
    commands = next(action for action in parser._actions
                    if isinstance(action, argparse._SubParsersAction))
    sub_parser = commands.choices[command]
    action = next(action for action in sub_parser._actions if option in action.option_strings)
    assert action.choices is not None
    return tuple(action.choices)


@pytest.mark.parametrize(("command", "option", "name"), [
    ("import", "--kind", "SOURCE_KINDS"),
    ("code", "--valence", "VALENCES"),
    ("segments", "--status", "REVIEW_STATUSES"),
    ("review", "--verdict", "REVIEW_VERDICTS"),
    ("informants", "--type", "INFORMANT_TYPES"),
])
def test_command_line_choices_are_the_vocabularies(command: str, option: str,
                                                   name: str) -> None:
    assert _choices(command, option) == VOCABULARIES[name]
