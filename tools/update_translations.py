"""Collect every translatable string and merge it into app/translations/telaah_*.ts.

Run ``python tools/update_translations.py`` after adding strings; then translate the new
``type="unfinished"`` entries of telaah_id.ts (telaah_en.ts is filled with the English
source). Existing translations are kept; strings no longer in the code are dropped.

Strings are found without running the GUI:

* context ``errors``: the ``template`` of every ``TelaahError`` subclass in app/errors.py;
* context ``cli``: ``say(arguments, "...")`` and ``translate("...")`` calls and the values
  of module-level ``*_LABELS`` dictionaries under app/cli.py, app/commands and app/core;
* Qt contexts, under app/ui: ``_tr("...")`` in a module that sets ``CONTEXT = "Name"``;
  ``self.tr("...")`` inside a class (context = class name); and
  ``QCoreApplication.translate("Context", "...")`` with two string arguments.
"""

from __future__ import annotations

import ast
import inspect
import sys
from collections import defaultdict
from pathlib import Path

from lxml import etree

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app import errors  # noqa: E402
from app.i18n import TRANSLATIONS  # noqa: E402

LANGUAGE_TAGS = {"id": "id_ID", "en": "en_GB"}


def collect() -> dict[str, set[str]]:
    found: dict[str, set[str]] = defaultdict(set)
    for _name, value in inspect.getmembers(errors, inspect.isclass):
        if issubclass(value, errors.TelaahError):
            found["errors"].add(value.template)
    headless = [ROOT / "app" / "cli.py", *(ROOT / "app" / "commands").rglob("*.py"),
                *(ROOT / "app" / "core").rglob("*.py")]
    for path in headless:
        _collect_headless(ast.parse(path.read_text(encoding="utf-8")), found["cli"])
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
    if not path.is_file():
        return {}
    root = etree.parse(str(path), etree.XMLParser(resolve_entities=False, no_network=True)).getroot()
    kept = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            source = message.findtext("source")
            if source is not None and translation is not None and translation.text \
                    and translation.get("type") != "unfinished":
                kept[(name, source)] = translation.text
    return kept


def write(language: str, found: dict[str, set[str]]) -> int:
    path = TRANSLATIONS / f"telaah_{language}.ts"
    existing = _existing(path)
    root = etree.Element("TS", version="2.1", language=LANGUAGE_TAGS[language])
    unfinished = 0
    for context_name in sorted(found):
        context = etree.SubElement(root, "context")
        etree.SubElement(context, "name").text = context_name
        for source in sorted(found[context_name]):
            message = etree.SubElement(context, "message")
            etree.SubElement(message, "source").text = source
            translation = etree.SubElement(message, "translation")
            if language == "en":
                translation.text = existing.get((context_name, source), source)
            elif (context_name, source) in existing:
                translation.text = existing[(context_name, source)]
            else:
                translation.set("type", "unfinished")
                unfinished += 1
    TRANSLATIONS.mkdir(exist_ok=True)
    body = etree.tostring(root, encoding="utf-8", pretty_print=True, doctype="<!DOCTYPE TS>")
    path.write_bytes(b'<?xml version="1.0" encoding="utf-8"?>\n' + body)
    return unfinished


def main() -> int:
    found = collect()
    for language in ("en", "id"):
        missing = write(language, found)
        print(f"telaah_{language}.ts: {sum(map(len, found.values()))} messages, "
              f"{missing} to translate")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
