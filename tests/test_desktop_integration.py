"""``telaah desktop-integration``: menu entry, icons and the .telaah MIME type for a user."""

from __future__ import annotations

import configparser
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from lxml import etree

from app import desktop_integration
from app.cli import main


def _entry(path: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read_string(path.read_text(encoding="utf-8"))
    return parser["Desktop Entry"]


def test_the_command_installs_entry_icons_and_file_type(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert main(["--lang", "en", "desktop-integration"]) == 0
    assert "applications menu" in capsys.readouterr().out
    entry = _entry(tmp_path / "applications" / "org.telaah.Telaah.desktop")
    assert entry["Type"] == "Application" and entry["Icon"] == "org.telaah.Telaah"
    assert entry["MimeType"] == "application/x-telaah-project;"
    assert entry["Exec"].endswith(" %f") and "gui" in entry["Exec"] + "telaah-gui"
    mime = etree.parse(str(tmp_path / "mime" / "packages" / "org.telaah.Telaah.xml"))
    namespace = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    assert mime.xpath("//m:mime-type/@type", namespaces=namespace) == [
        "application/x-telaah-project"]
    assert mime.xpath("//m:glob/@pattern", namespaces=namespace) == ["*.telaah"]
    for size in (16, 48, 256):
        assert (tmp_path / "icons" / "hicolor" / f"{size}x{size}" / "apps"
                / "org.telaah.Telaah.png").is_file()
    if shutil.which("update-mime-database"):
        assert "*.telaah" in (tmp_path / "mime" / "globs2").read_text(encoding="utf-8")
    assert main(["desktop-integration", "--remove"]) == 0
    assert not (tmp_path / "applications" / "org.telaah.Telaah.desktop").exists()
    assert not list((tmp_path / "icons").rglob("*.png"))


def test_the_entry_starts_this_telaah_with_the_double_clicked_file(tmp_path: Path) -> None:
    text = desktop_integration.desktop_entry(["/opt/My Apps/telaah", "gui"])
    exec_line = _entry_from_text(text)["Exec"]
    assert exec_line == '"/opt/My Apps/telaah" gui %f'
    # What a file manager runs for a double-clicked project, checked by a real shell.
    project = tmp_path / "skripsi saya.telaah"
    argv = subprocess.run(
        [sys.executable, "-c", "import shlex, sys; print(shlex.split(sys.argv[1]))",
         exec_line.replace("%f", f"'{project}'")], capture_output=True, text=True).stdout
    assert argv.strip() == str(["/opt/My Apps/telaah", "gui", str(project)])


def test_the_command_points_at_the_running_installation() -> None:
    command = desktop_integration.launch_command()
    assert Path(command[0]).exists()
    assert command[-1] == "gui" or command[0].endswith("telaah-gui")


def _entry_from_text(text: str) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read_string(text)
    return parser["Desktop Entry"]
