"""The ui packages stand in layers, and the feature packages know nothing of each other.

    shell                                  (main window, menus, launch: installs the features)
    coding · analysis · review · exchange  (features; none imports another)
    host                                   (what features plug into: window interface, change
                                            hub, edit history, error messages, segment tables)
    widgets                                (shared widgets that know no feature)

A module may import its own package and the layers below it, wherever the import stands
(inside a function or under TYPE_CHECKING counts too).
"""

from __future__ import annotations

import ast
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "app" / "ui"
FEATURES = ("coding", "analysis", "review", "exchange")
MAY_IMPORT: dict[str, frozenset[str]] = {
    "widgets": frozenset(),
    "host": frozenset({"widgets"}),
    **{feature: frozenset({"host", "widgets"}) for feature in FEATURES},
    "shell": frozenset({"host", "widgets", *FEATURES}),
}


def _ui_package(module: str) -> str | None:
    parts = module.split(".")
    return parts[2] if len(parts) > 2 and parts[:2] == ["app", "ui"] else None


def _ui_imports(path: Path, root: Path) -> set[str]:
    """The ui packages ``path`` (under ``root``, app/ui) imports from, relative imports
    resolved."""
    package_parts = ("app", "ui", *path.relative_to(root).parent.parts)
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            module = node.module or ""
            if node.level:
                base = ".".join(package_parts[:len(package_parts) - node.level + 1])
                module = f"{base}.{module}" if module else base
            names = [module, *(f"{module}.{alias.name}" for alias in node.names)]
        found.update(package for name in names if (package := _ui_package(name)))
    return found


def _offences(root: Path = UI) -> list[str]:
    offences = []
    for path in sorted(root.rglob("*.py")):
        own = path.relative_to(root).parts[0]
        if own not in MAY_IMPORT:
            continue
        for package in sorted(_ui_imports(path, root) - {own} - MAY_IMPORT[own]):
            offences.append(f"{path.relative_to(root)} imports app.ui.{package}")
    return offences


def test_every_ui_module_lives_in_a_known_package() -> None:
    loose = {path.relative_to(UI).parts[0] for path in UI.rglob("*.py")
             if path.parent != UI} - set(MAY_IMPORT)
    assert loose == set()


def test_ui_packages_import_only_downwards() -> None:
    assert _offences() == []


def test_the_layer_check_sees_upward_and_sideways_imports(tmp_path: Path) -> None:
    root = tmp_path / "app" / "ui"
    for package in ("widgets", "coding", "host"):
        (root / package).mkdir(parents=True)
    (root / "widgets" / "up.py").write_text(
        "def later():\n    from app.ui.host import change_hub\n", encoding="utf-8")
    (root / "coding" / "side.py").write_text(
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n"
        "    from app.ui.review.review_model import status_label\n"
        "from ..host import window_api\n", encoding="utf-8")
    (root / "host" / "fine.py").write_text("from app.ui.widgets import numbers\n",
                                           encoding="utf-8")
    assert _offences(root) == ["coding/side.py imports app.ui.review",
                               "widgets/up.py imports app.ui.host"]
