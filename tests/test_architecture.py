"""Layering rules that keep the core usable without a GUI."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

APP = Path(__file__).resolve().parent.parent / "app"


def _imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def _modules_outside_ui() -> list[Path]:
    return [path for path in APP.rglob("*.py") if "ui" not in path.relative_to(APP).parts[:1]]


def test_only_app_ui_imports_pyside6() -> None:
    offenders = {
        str(path.relative_to(APP)): sorted(
            name for name in _imported_modules(path)
            if name.split(".")[0] in {"PySide6", "shiboken6"}
        )
        for path in _modules_outside_ui()
    }
    assert {name: found for name, found in offenders.items() if found} == {}


def test_the_check_sees_the_ui_package() -> None:
    # Guard against the scan above silently passing because it looks at nothing.
    ui_imports = set().union(*(_imported_modules(p) for p in (APP / "ui").rglob("*.py")))
    assert any(name.startswith("PySide6") for name in ui_imports)
    assert len(_modules_outside_ui()) > 20


def test_layers_point_one_way() -> None:
    forbidden = {
        "models": ("app.core", "app.ui", "app.storage", "app.cli", "app.io"),
        "storage": ("app.core", "app.ui", "app.cli"),
        "io": ("app.core", "app.ui", "app.storage", "app.models", "app.cli"),
        "core": ("app.ui", "app.cli"),
    }
    problems = []
    for package, banned in forbidden.items():
        for path in (APP / package).rglob("*.py"):
            for name in _imported_modules(path):
                if name.startswith(banned):
                    problems.append(f"{path.relative_to(APP)} imports {name}")
    assert problems == []


# --- module size and import cycles (issue 18) ------------------------------------------------

MAX_MODULE_LINES = 400
# Modules still over the limit while their owners split them. May only shrink: a module
# newly over the limit fails, and so does a listed one that is no longer over (delete it).
OVERSIZED_REMAINING: frozenset[str] = frozenset()
# Import cycles (strongly connected modules) still in app/. May only shrink: a new cycle, or
# a module joining one, fails; so does a listed cycle that is gone or smaller (list it as
# it is now).
CYCLES_REMAINING: frozenset[frozenset[str]] = frozenset()


def _line_counts() -> dict[str, int]:
    return {str(path.relative_to(APP)): len(path.read_text(encoding="utf-8").splitlines())
            for path in APP.rglob("*.py")}


def test_no_module_over_400_lines() -> None:
    oversized = {name for name, lines in _line_counts().items() if lines > MAX_MODULE_LINES}
    assert sorted(oversized - OVERSIZED_REMAINING) == [], "split these modules"
    assert sorted(OVERSIZED_REMAINING - oversized) == [], (
        "no longer over the limit: remove them from OVERSIZED_REMAINING")


def _app_modules(root: Path = APP) -> dict[str, Path]:
    modules = {}
    for path in root.rglob("*.py"):
        parts = ("app", *path.relative_to(root).with_suffix("").parts)
        modules[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    return modules


def _imported_app_modules(module: str, path: Path, modules: dict[str, Path]) -> set[str]:
    """The app modules ``module`` imports anywhere in its file (top level, inside
    functions, under TYPE_CHECKING); ``from app.core import undo`` imports app.core.undo."""
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    named: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            named.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")[:len(package.split(".")) - node.level + 1]
                base = ".".join([*parts, base] if base else parts)
            named.add(base)
            named.update(f"{base}.{alias.name}" for alias in node.names)
    found = set()
    for name in named:
        while name and name not in modules:  # app.errors.NotFound -> app.errors
            name = name.rpartition(".")[0]
        if name and name != module:
            found.add(name)
    return found


def _import_cycles(modules: dict[str, Path]) -> set[frozenset[str]]:
    """The strongly connected components of more than one module (Tarjan, iteratively)."""
    graph = {name: sorted(_imported_app_modules(name, path, modules))
             for name, path in modules.items()}
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    cycles: set[frozenset[str]] = set()
    for root in sorted(graph):
        if root in index:
            continue
        work = [(root, iter(graph[root]))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, edges = work[-1]
            step = next(edges, None)
            if step is not None:
                if step not in index:
                    index[step] = low[step] = len(index)
                    stack.append(step)
                    on_stack.add(step)
                    work.append((step, iter(graph[step])))
                elif step in on_stack:
                    low[node] = min(low[node], index[step])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = set()
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.add(member)
                    if member == node:
                        break
                if len(component) > 1:
                    cycles.add(frozenset(component))
    return cycles


def test_no_import_cycle_in_app() -> None:
    cycles = _import_cycles(_app_modules())
    grown = [sorted(cycle) for cycle in cycles - CYCLES_REMAINING]
    assert grown == [], "new import cycles (or modules that joined one)"
    gone = [sorted(cycle) for cycle in CYCLES_REMAINING - cycles]
    assert gone == [], "these cycles are gone or smaller: list them as they are now"


def test_the_cycle_check_sees_every_kind_of_import(tmp_path: Path) -> None:
    package = tmp_path / "app"
    (package / "core").mkdir(parents=True)
    files = {
        "__init__.py": "",
        "core/__init__.py": "",
        "core/a.py": "from app.core import b\n",
        "core/b.py": "def later():\n    from .c import C\n",
        "core/c.py": ("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n"
                      "    import app.core.a\nC = 1\n"),
        "core/d.py": "from app.core.a import thing\n",  # imports the cycle, is not in it
    }
    for name, text in files.items():
        (package / name).write_text(text, encoding="utf-8")
    assert _import_cycles(_app_modules(package)) == {
        frozenset({"app.core.a", "app.core.b", "app.core.c"})}


def test_headless_commands_never_load_qt(tmp_path: Path) -> None:
    project = tmp_path / "p.telaah"
    code = (
        "import sys\n"
        "from app.cli import main\n"
        f"assert main(['new', {str(project)!r}]) == 0\n"
        f"assert main(['info', {str(project)!r}, '--json']) == 0\n"
        "loaded = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        "assert not loaded, loaded\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


# File-level operations: only app/storage/file_access.py performs them on project files
# (GUIDE rule 11). The two other modules listed touch files SQLite never opens.
_FILE_OPERATIONS = frozenset({
    "open", "fdopen", "read_bytes", "read_text", "write_bytes", "write_text", "unlink",
    "replace", "rename", "remove", "copy", "copy2", "copyfile", "copyfileobj", "move",
    "mkstemp", "truncate",
})
_MAY_TOUCH_OTHER_FILES = {
    "storage/session_lock.py": "the .lock file beside the project",
    "storage/backup.py": "the .state records and the pruning of old backups",
    "storage/schema.py": "the migration scripts shipped with Telaah (revision ids)",
}


def _file_operations(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        function = node.func
        name = (function.id if isinstance(function, ast.Name)
                else function.attr if isinstance(function, ast.Attribute) else "")
        owner = (function.value.id if isinstance(function, ast.Attribute)
                 and isinstance(function.value, ast.Name) else "")
        if owner in ("Project", "cls") or (name == "replace" and isinstance(function, ast.Attribute)
                                  and owner != "os"):
            continue  # opening a project through SQLite; str.replace
        if isinstance(function, ast.Name) and name != "open":
            continue  # a bare name such as dataclasses' replace(); builtin open() counts
        if name in _FILE_OPERATIONS:
            found.append(f"{name}() at line {node.lineno}")
    return found


def test_only_file_access_opens_project_files() -> None:
    problems = []
    for package in ("storage", "core"):
        for path in (APP / package).rglob("*.py"):
            relative = str(path.relative_to(APP))
            if relative in _MAY_TOUCH_OTHER_FILES or relative == "storage/file_access.py":
                continue
            problems += [f"{relative}: {found}" for found in _file_operations(path)]
    assert problems == []
    # The check sees what it looks for.
    assert _file_operations(APP / "storage" / "file_access.py")


# --- front ends talk only to the core (issue 18) ---------------------------------------------

FRONT_END_FORBIDDEN = ("app.io", "app.storage", "app.models", "app.analysis")
# (front-end module, forbidden module it imports) pairs that app/ui still has while it is
# being moved onto the core. This set may only shrink: a new pair fails the test, and so
# does a listed pair that no longer offends (delete it here when you clean the module up).
# app/commands and app/cli.py have none.
REMAINING: frozenset[tuple[str, str]] = frozenset()


def _front_end_modules() -> dict[str, Path]:
    paths = [APP / "cli.py", *(APP / "commands").rglob("*.py"), *(APP / "ui").rglob("*.py")]
    return {".".join(("app", *path.relative_to(APP).with_suffix("").parts)): path
            for path in paths}


def _every_import(path: Path) -> set[str]:
    """Every module ``path`` imports, wherever the import stands (inside functions, under
    TYPE_CHECKING); ``from app import io`` counts as importing ``app.io``."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            module = node.module or ""
            if node.level:  # relative: resolve against the module's own package
                parts = ("app", *path.relative_to(APP).parent.parts)
                package = ".".join(parts[:len(parts) - node.level + 1])
                module = f"{package}.{module}" if module else package
            names.add(module)
            if not _forbidden(module):  # "from app import io": io may be a module
                names.update(f"{module}.{alias.name}" for alias in node.names)
    return names


def _forbidden(name: str) -> bool:
    return any(name == package or name.startswith(package + ".")
               for package in FRONT_END_FORBIDDEN)


def _front_end_offences() -> set[tuple[str, str]]:
    return {(module, name) for module, path in _front_end_modules().items()
            for name in _every_import(path) if _forbidden(name)}


def test_front_ends_import_only_the_core() -> None:
    offences = _front_end_offences()
    new = sorted(offences - REMAINING)
    assert new == [], "front ends import app.core only, not io, storage, models or analysis"
    cleaned = sorted(REMAINING - offences)
    assert cleaned == [], "these no longer offend: remove them from REMAINING"


def test_commands_and_cli_have_no_remaining_offences() -> None:
    assert sorted(pair for pair in REMAINING if not pair[0].startswith("app.ui.")) == []


def test_the_front_end_check_sees_every_kind_of_import(tmp_path: Path) -> None:
    modules = _front_end_modules()
    assert {"app.cli", "app.commands.review", "app.ui.shell.main_window"} <= set(modules)
    assert all(any(name.startswith("app.core") for name in _every_import(modules[name]))
               for name in ("app.commands.review", "app.ui.shell.main_window"))
    sample = tmp_path / "sample.py"
    sample.write_text(
        "from typing import TYPE_CHECKING\n"
        "from app import storage, i18n\n"
        "if TYPE_CHECKING:\n"
        "    from app.models import Code\n"
        "def later():\n"
        "    import app.analysis.search\n"
        "    from app.io.docx_report import write_results_report\n",
        encoding="utf-8")
    found = {name for name in _every_import(sample) if _forbidden(name)}
    assert found == {"app.storage", "app.models", "app.analysis.search", "app.io.docx_report"}


def _session_uses(path: Path) -> list[str]:
    """Sessions a module opens or names: ``x.reading()``/``x.writing()`` and sqlalchemy.orm."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = []
    for node in ast.walk(tree):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                and node.func.attr in ("reading", "writing")):
            found.append(f"{node.func.attr}() at line {node.lineno}")
        elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("sqlalchemy.orm"):
            found.append(f"import of {node.module} at line {node.lineno}")
        elif isinstance(node, ast.Import):
            found += [f"import of {alias.name} at line {node.lineno}" for alias in node.names
                      if alias.name.startswith("sqlalchemy.orm")]
    return found


def test_front_ends_open_no_session() -> None:
    # One session per user action, opened by the core: a front end never holds one.
    problems = [f"{module}: {use}" for module, path in _front_end_modules().items()
                for use in _session_uses(path)]
    assert problems == []
    assert _session_uses(APP / "core" / "lookup.py")  # the check sees what it looks for
