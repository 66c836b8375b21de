"""Collect every translatable string and merge it into app/translations/telaah_*.ts.

Usage::

    python tools/update_translations.py            # merge, then report what needs work
    python tools/update_translations.py --check    # change nothing; exit 1 if out of date
    python tools/update_translations.py --drop-vanished   # also forget unused strings

After adding an error class to app/errors/ (or a message elsewhere), run the script, then
translate the new ``<translation type="unfinished"/>`` entries of telaah_id.ts by hand,
removing ``type="unfinished"``; keep every ``{placeholder}`` exactly as in the source.
telaah_en.ts is filled with the English source text. tests/test_i18n.py fails while any
Indonesian entry is unfinished or a placeholder differs.

Existing translations are always kept. A string no longer found in the code stays in the
file as ``type="vanished"`` with its translation (as Qt's lupdate does), is ignored by
:mod:`app.i18n`, and comes back to life if the code uses it again; ``--drop-vanished``
removes such entries.

Strings are found without running the GUI:

* context ``errors``: the ``template`` of ``TelaahError`` and of every subclass of it,
  found recursively, defined in the app.errors package;
* context ``cli``: ``say(arguments, "...")`` and ``translate("...")`` calls, the values
  of module-level ``*_LABELS`` dictionaries, and the string constants a module lists in
  ``TRANSLATED = (NAME, ...)``, under app/cli.py, app/commands, app/core and app/analysis;
* Qt contexts, under app/ui: ``_tr("...")`` in a module that sets ``CONTEXT = "Name"``;
  ``self.tr("...")`` inside a class (context = class name); and
  ``QCoreApplication.translate("Context", "...")`` with two string arguments.
"""

from __future__ import annotations

import argparse
import ast
import sys
from collections import defaultdict
from pathlib import Path

from lxml import etree

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app import errors
from app.i18n import TRANSLATIONS, safe_parser

LANGUAGE_TAGS = {"id": "id_ID", "en": "en_GB"}
FINISHED, UNFINISHED, VANISHED = "finished", "unfinished", "vanished"


def _error_classes() -> list[type[errors.TelaahError]]:
    """TelaahError and every subclass of it defined in the app.errors package."""
    found = [errors.TelaahError]
    pending: list[type[errors.TelaahError]] = [errors.TelaahError]
    while pending:
        for subclass in pending.pop().__subclasses__():
            if subclass.__module__.startswith(f"{errors.__name__}."):
                found.append(subclass)
            pending.append(subclass)
    return found


def error_templates() -> set[str]:
    """The template of TelaahError and of each of its subclasses in app.errors."""
    return {cls.template for cls in _error_classes()}


def _error_words(tree: ast.AST, error_classes: dict[str, type[errors.TelaahError]]) -> set[str]:
    """Literal ``kind=``/``field=``/``element=`` values passed to error classes, and literal
    ``detail=`` phrases their templates show: parts of the message that
    :meth:`app.errors.TelaahError.message` translates."""
    words = set()
    for node in ast.walk(tree):
        error_class = (error_classes.get(_called_name(node))
                       if isinstance(node, ast.Call) else None)
        if error_class is None:
            continue
        for keyword in node.keywords:  # type: ignore[attr-defined]
            if keyword.arg and error_class.translates(keyword.arg) and _string(keyword.value):
                words.add(_string(keyword.value))  # type: ignore[arg-type]
    return words


def collect() -> dict[str, set[str]]:
    found: dict[str, set[str]] = defaultdict(set)
    found["errors"] = error_templates()
    headless = [ROOT / "app" / "cli.py", *(ROOT / "app" / "commands").rglob("*.py"),
                *(ROOT / "app" / "core").rglob("*.py"), *(ROOT / "app" / "analysis").rglob("*.py")]
    for path in headless:
        _collect_headless(ast.parse(path.read_text(encoding="utf-8")), found["cli"])
    error_classes = {cls.__name__: cls for cls in _error_classes()}
    for path in sorted((ROOT / "app").rglob("*.py")):
        found["errors"].update(_error_words(ast.parse(path.read_text(encoding="utf-8")),
                                            error_classes))
    for path in sorted((ROOT / "app" / "ui").rglob("*.py")):
        _collect_qt(ast.parse(path.read_text(encoding="utf-8")), found)
    return found


def _string(node: ast.AST) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _called_name(call: ast.Call) -> str:
    function = call.func
    if isinstance(function, ast.Attribute):
        return function.attr
    return function.id if isinstance(function, ast.Name) else ""


def _collect_headless(tree: ast.AST, into: set[str]) -> None:
    into.update(_translated_constants(tree))
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            name = _called_name(node)
            if name == "say" and len(node.args) >= 2 and _string(node.args[1]):
                into.add(_string(node.args[1]))  # type: ignore[arg-type]
            elif name == "translate" and len(node.args) == 1 and _string(node.args[0]):
                into.add(_string(node.args[0]))  # type: ignore[arg-type]
        elif isinstance(node, ast.Assign) and isinstance(node.value, ast.Dict):
            names = [t.id for t in node.targets if isinstance(t, ast.Name)]
            if any(name.endswith("_LABELS") for name in names):
                into.update(s for s in map(_string, node.value.values) if s)


def _translated_constants(tree: ast.AST) -> list[str]:
    """The strings named in a module-level ``TRANSLATED = (NAME, ...)`` tuple: constants
    defined in that module and shown to people through ``translate(constant)``."""
    constants: dict[str, str] = {}
    named: list[str] = []
    for node in getattr(tree, "body", []):
        if not (isinstance(node, ast.Assign) and len(node.targets) == 1
                and isinstance(node.targets[0], ast.Name)):
            continue
        target = node.targets[0].id
        if target == "TRANSLATED" and isinstance(node.value, ast.Tuple):
            named = [element.id for element in node.value.elts if isinstance(element, ast.Name)]
        elif _string(node.value):
            constants[target] = _string(node.value)  # type: ignore[assignment]
    missing = [name for name in named if name not in constants]
    if missing:
        raise SystemExit(f"TRANSLATED names no string constant: {', '.join(missing)}")
    return [constants[name] for name in named]


def _collect_qt(tree: ast.AST, found: dict[str, set[str]]) -> None:
    module_context = _module_context(tree)
    if module_context:
        for node in ast.walk(tree):
            if (isinstance(node, ast.Call) and _called_name(node) == "_tr" and node.args
                    and _string(node.args[0])):
                found[module_context].add(_string(node.args[0]))  # type: ignore[arg-type]
    for klass in [n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)]:
        for node in ast.walk(klass):
            if (isinstance(node, ast.Call) and _called_name(node) == "tr" and node.args
                    and _string(node.args[0])):
                found[klass.name].add(_string(node.args[0]))  # type: ignore[arg-type]
    for node in ast.walk(tree):
        if (isinstance(node, ast.Call) and _called_name(node) == "translate"
                and len(node.args) >= 2 and _string(node.args[0]) and _string(node.args[1])):
            found[_string(node.args[0])].add(_string(node.args[1]))  # type: ignore[index,arg-type]


def _module_context(tree: ast.AST) -> str | None:
    """``CONTEXT = "Name"`` at module level: the context of the module's ``_tr`` calls."""
    for node in getattr(tree, "body", []):
        if (isinstance(node, ast.Assign) and len(node.targets) == 1
                and isinstance(node.targets[0], ast.Name) and node.targets[0].id == "CONTEXT"
                and _string(node.value)):
            return _string(node.value)
    return None


def _existing(path: Path) -> dict[tuple[str, str], str]:
    """Translations worth keeping: finished ones and those of vanished strings."""
    if not path.is_file():
        return {}
    root = etree.parse(str(path), safe_parser()).getroot()
    kept = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            source = message.findtext("source")
            if source is not None and translation is not None and translation.text \
                    and translation.get("type") != UNFINISHED:
                kept[(name, source)] = translation.text
    return kept


def merge(language: str, found: dict[str, set[str]], directory: Path = TRANSLATIONS, *,
          drop_vanished: bool = False) -> tuple[bytes, dict[str, int]]:
    """The new text of ``telaah_<language>.ts`` and how many messages are in each state."""
    existing = _existing(directory / f"telaah_{language}.ts")
    wanted = {(name, source) for name, sources in found.items() for source in sources}
    vanished = {} if drop_vanished else {k: v for k, v in existing.items() if k not in wanted}
    by_context: dict[str, set[str]] = defaultdict(set)
    for name, source in wanted | set(vanished):
        by_context[name].add(source)
    root = etree.Element("TS", version="2.1", language=LANGUAGE_TAGS[language])
    counts = {FINISHED: 0, UNFINISHED: 0, VANISHED: 0}
    for context_name in sorted(by_context):
        context = etree.SubElement(root, "context")
        etree.SubElement(context, "name").text = context_name
        for source in sorted(by_context[context_name]):
            message = etree.SubElement(context, "message")
            etree.SubElement(message, "source").text = source
            translation = etree.SubElement(message, "translation")
            key = (context_name, source)
            if key in vanished:
                translation.set("type", VANISHED)
                translation.text = vanished[key]
                state = VANISHED
            elif key in existing or language == "en":
                translation.text = existing.get(key, source)
                state = FINISHED
            else:
                translation.set("type", UNFINISHED)
                state = UNFINISHED
            counts[state] += 1
    body = etree.tostring(root, encoding="utf-8", pretty_print=True, doctype="<!DOCTYPE TS>")
    return b'<?xml version="1.0" encoding="utf-8"?>\n' + body, counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="write nothing; exit 1 if a catalogue is out of date")
    parser.add_argument("--drop-vanished", action="store_true",
                        help="remove strings the code no longer uses")
    parser.add_argument("--directory", type=Path, default=TRANSLATIONS, help=argparse.SUPPRESS)
    arguments = parser.parse_args(argv)
    found = collect()
    stale = False
    for language in ("en", "id"):
        path = arguments.directory / f"telaah_{language}.ts"
        text, counts = merge(language, found, arguments.directory,
                             drop_vanished=arguments.drop_vanished)
        changed = not path.is_file() or path.read_bytes() != text
        stale = stale or changed or counts[UNFINISHED] > 0
        if changed and not arguments.check:
            arguments.directory.mkdir(parents=True, exist_ok=True)
            path.write_bytes(text)
        state = "out of date" if changed and arguments.check else "up to date"
        print(f"{path.name}: {state}; {counts[FINISHED]} finished, "
              f"{counts[UNFINISHED]} to translate, {counts[VANISHED]} vanished")
    return 1 if arguments.check and stale else 0


if __name__ == "__main__":
    raise SystemExit(main())
