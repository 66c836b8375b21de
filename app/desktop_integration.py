"""Linux desktop integration for the current user: a menu entry, the icon, and the
``.telaah`` file type, so that double-clicking a project opens it in Telaah.

Writes, under ``$XDG_DATA_HOME`` (``~/.local/share``): ``applications/org.telaah.Telaah.desktop``,
``mime/packages/org.telaah.Telaah.xml`` and the icons in ``icons/hicolor``; then asks the
desktop's own tools (``update-mime-database``, ``update-desktop-database``, ``xdg-mime``)
to take note, where they are installed. ``telaah desktop-integration --remove`` undoes it.
The entry starts the Telaah that wrote it: the bundle's ``telaah``, or the ``telaah-gui``
of a pip or pipx installation.
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from app.resources import icon_file

APP_ID = "org.telaah.Telaah"
MIME_TYPE = "application/x-telaah-project"
MIME_ICON = "application-x-telaah-project"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
TEMPLATES = Path(__file__).resolve().parent / "desktop"
TOOL_TIMEOUT = 30


@dataclass(frozen=True)
class Installed:
    files: tuple[Path, ...]
    command: str  # what the menu entry runs (before the file argument)
    refreshed: tuple[str, ...]  # the desktop tools that were run


def data_home() -> Path:
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")


def launch_command() -> list[str]:
    """How a launcher starts this Telaah's workbench (without the file argument)."""
    if getattr(sys, "frozen", False):  # the PyInstaller bundle
        return [str(Path(sys.executable).resolve()), "gui"]
    beside = Path(sys.executable).parent / "telaah-gui"
    if beside.is_file():  # a virtual environment, pipx
        return [str(beside)]
    found = shutil.which("telaah-gui")
    if found:
        return [found]
    return [str(Path(sys.executable).resolve()), "-m", "app", "gui"]


def desktop_entry(command: list[str]) -> str:
    """The shipped entry with ``Exec`` pointing at ``command``."""
    text = (TEMPLATES / f"{APP_ID}.desktop").read_text(encoding="utf-8")
    exec_line = " ".join(_desktop_quote(part) for part in command) + " %f"
    return "".join(f"Exec={exec_line}\n" if line.startswith("Exec=") else line
                   for line in text.splitlines(keepends=True))


def planned_files(root: Path) -> dict[Path, Path | None]:
    """Each file written under ``root``, with the file it is copied from (None: generated)."""
    files: dict[Path, Path | None] = {
        root / "applications" / f"{APP_ID}.desktop": None,
        root / "mime" / "packages" / f"{APP_ID}.xml": TEMPLATES / f"{APP_ID}.xml",
        root / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg": icon_file(
            "telaah.svg"),
        root / "icons" / "hicolor" / "scalable" / "mimetypes" / f"{MIME_ICON}.svg": icon_file(
            "telaah.svg"),
    }
    for size in ICON_SIZES:
        folder = root / "icons" / "hicolor" / f"{size}x{size}"
        files[folder / "apps" / f"{APP_ID}.png"] = icon_file(f"telaah-{size}.png")
        files[folder / "mimetypes" / f"{MIME_ICON}.png"] = icon_file(f"telaah-{size}.png")
    return files


def install(root: Path | None = None) -> Installed:
    """Write the entry, the MIME type and the icons; refresh the desktop's caches."""
    root = root or data_home()
    command = launch_command()
    written = []
    for target, source in planned_files(root).items():
        target.parent.mkdir(parents=True, exist_ok=True)
        if source is None:
            target.write_text(desktop_entry(command), encoding="utf-8")
        else:
            shutil.copyfile(source, target)
        written.append(target)
    refreshed = _refresh(root, make_default=True)
    return Installed(files=tuple(written), command=shlex.join(command), refreshed=refreshed)


def remove(root: Path | None = None) -> tuple[Path, ...]:
    """Delete what :func:`install` wrote; returns the files that were there."""
    root = root or data_home()
    removed = []
    for target in planned_files(root):
        if target.is_file():
            target.unlink()
            removed.append(target)
    _refresh(root, make_default=False)
    return tuple(removed)


def _refresh(root: Path, *, make_default: bool) -> tuple[str, ...]:
    steps = [["update-mime-database", str(root / "mime")],
             ["update-desktop-database", str(root / "applications")],
             ["gtk-update-icon-cache", "--quiet", "--ignore-theme-index",
              str(root / "icons" / "hicolor")]]
    if make_default:
        steps.append(["xdg-mime", "default", f"{APP_ID}.desktop", MIME_TYPE])
    ran = []
    for step in steps:
        if shutil.which(step[0]) is None:
            continue
        try:
            subprocess.run(step, check=False, capture_output=True, timeout=TOOL_TIMEOUT)
        except (OSError, subprocess.TimeoutExpired):
            continue
        ran.append(step[0])
    return tuple(ran)


def _desktop_quote(argument: str) -> str:
    """Quote an argument of ``Exec`` as the Desktop Entry Specification asks."""
    if not any(character in argument for character in ' \t\n"\'\\><~|&;$*?#()`'):
        return argument
    escaped = argument.replace("\\", "\\\\").replace('"', '\\"').replace("`", "\\`")
    escaped = escaped.replace("$", "\\$")
    return f'"{escaped}"'
