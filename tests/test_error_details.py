"""A library's or the system's own words never reach a message: wherever an error gets
``str(error)`` (or a helper that wraps it) as its ``detail``, its template does not show
``{detail}``; the words stay for ``--verbose``, the log and "Show Details…"."""

from __future__ import annotations

import ast
from pathlib import Path

from app import errors

APP = Path(__file__).resolve().parent.parent / "app"
# Helpers that turn a caught exception into text.
EXCEPTION_TEXT = {"str", "repr", "_short", "_os_detail", "_reason", "format_exc"}


def _error_classes() -> dict[str, type[errors.TelaahError]]:
    found: dict[str, type[errors.TelaahError]] = {}
    pending: list[type[errors.TelaahError]] = [errors.TelaahError]
    while pending:
        cls = pending.pop()
        found[cls.__name__] = cls
        pending.extend(cls.__subclasses__())
    return found


def _called(node: ast.Call) -> str:
    function = node.func
    if isinstance(function, ast.Attribute):
        return function.attr
    return function.id if isinstance(function, ast.Name) else ""


def _carries_exception_text(value: ast.expr) -> bool:
    for node in ast.walk(value):
        if isinstance(node, ast.Call) and _called(node) in EXCEPTION_TEXT:
            return True
        if isinstance(node, ast.Attribute) and node.attr in {"strerror", "msg", "orig"}:
            return True
    return False


def _offenders() -> list[str]:
    classes = _error_classes()
    found = []
    for path in sorted(APP.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or _called(node) not in classes:
                continue
            error_class = classes[_called(node)]
            for keyword in node.keywords:
                if (keyword.arg and f"{{{keyword.arg}}}" in error_class.template
                        and _carries_exception_text(keyword.value)):
                    found.append(f"{path.relative_to(APP)}:{node.lineno} "
                                 f"{error_class.__name__}({keyword.arg}=...)")
    return found


def test_exception_text_is_never_shown_in_a_message() -> None:
    assert _offenders() == []


def test_the_check_finds_what_it_looks_for() -> None:
    # Guard against the scan passing because it matches nothing: these pass exception text.
    classes = _error_classes()
    calls = [node for path in APP.rglob("*.py")
             for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
             if isinstance(node, ast.Call) and _called(node) in classes
             and any(keyword.arg == "detail" and _carries_exception_text(keyword.value)
                     for keyword in node.keywords)]
    assert len(calls) >= 8
