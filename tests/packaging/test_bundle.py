"""The PyInstaller one-folder bundle (``python packaging/build_bundle.py``) runs on its own:
with no Python on the PATH and a fresh home it starts, says its version, builds the demo
study and saves a screenshot of the workbench.

The bundle is built once per test run (about a minute and a half on two cores).
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from app import __version__
from tests.packaging.conftest import (
    REPO,
    SCREENSHOT_SIZE,
    png_size,
    require_module,
    run,
    user_environment,
)

pytestmark = pytest.mark.packaging


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not sys.platform.startswith("linux"):
        pytest.skip("the bundle test runs on Linux (see .github/workflows/bundles.yml)")
    require_module("PyInstaller")
    work = tmp_path_factory.mktemp("pyinstaller")
    result = subprocess.run(
        [sys.executable, str(REPO / "packaging" / "build_bundle.py"),
         "--dist", str(work / "dist"), "--work", str(work / "build")],
        capture_output=True, text=True, timeout=1200)
    assert result.returncode == 0, result.stdout + result.stderr
    folder = work / "dist" / "telaah"
    assert (folder / "telaah").is_file()
    return folder


@pytest.fixture
def user(tmp_path: Path) -> dict[str, str]:
    """A user with no Python anywhere on the PATH (an empty folder)."""
    empty = tmp_path / "bin"
    empty.mkdir()
    env = user_environment(tmp_path / "home", [empty])
    assert shutil.which("python3", path=env["PATH"]) is None
    assert shutil.which("python", path=env["PATH"]) is None
    return env


def test_the_bundle_starts_and_says_its_version(bundle: Path, user: dict[str, str],
                                                tmp_path: Path) -> None:
    result = run([bundle / "telaah", "--version"], env=user, cwd=tmp_path)
    assert result.stdout.strip() == f"telaah {__version__}"
    # Help › About's list: every library's version is known inside the bundle too.
    about = json.loads(run([bundle / "telaah", "about", "--json"], env=user,
                           cwd=tmp_path).stdout)
    assert about["libraries"] and all(library["version"] for library in about["libraries"])


def test_the_bundle_builds_the_demo_and_shows_the_workbench(
        bundle: Path, user: dict[str, str], tmp_path: Path) -> None:
    built = run([bundle / "telaah", "--lang", "id", "demo", "demo.telaah"], env=user,
                cwd=tmp_path)
    assert "Studi demo dibuat" in built.stdout  # the translations are in the bundle
    shot = tmp_path / "workbench.png"
    run([bundle / "telaah", "gui", "demo.telaah", "--coder", "Tester", "--screenshot",
         shot], env=user, cwd=tmp_path)
    assert png_size(shot) == SCREENSHOT_SIZE
    assert shot.stat().st_size > 50_000
    welcome = tmp_path / "welcome.png"
    run([bundle / "telaah", "gui", "--coder", "Tester", "--screenshot", welcome],
        env=user, cwd=tmp_path)
    assert png_size(welcome) == SCREENSHOT_SIZE


def test_the_bundle_carries_its_data_and_leaves_out_what_telaah_does_not_use(
        bundle: Path) -> None:
    assert "desktop-integration" in (bundle / "README.txt").read_text(encoding="utf-8")
    assert "GNU General Public License" in (bundle / "LICENSE.txt").read_text(encoding="utf-8")
    internal = bundle / "_internal"
    for shipped in ("codebooks/kasmir-2016.qdc", "docs/user-guide.id.md",
                    "docs/user-guide.en.md", "sample_transcripts/informants.csv"):
        assert (internal / "app" / "shipped" / shipped).is_file(), shipped
    assert (internal / "app" / "translations" / "telaah_id.ts").is_file()
    assert (internal / "app" / "storage" / "migrations" / "versions").is_dir()
    names = {path.name for path in internal.rglob("*")}
    dangling = [str(path) for path in internal.rglob("*") if path.is_symlink()
                and not path.exists()]
    assert dangling == []
    # (Qt's Network library and module stay: Qt Multimedia needs them; its plugins do not.)
    for unused in ("libqgtk3.so", "libqvnc.so", "tkinter", "_pytest", "hypothesis"):
        assert unused not in names, unused
    plugins = internal / "PySide6" / "Qt" / "plugins"
    assert (plugins / "platforms" / "libqxcb.so").is_file()
    # Recordings play: Qt Multimedia, its FFmpeg plugin and the FFmpeg libraries.
    assert {"QtMultimedia.abi3.so", "QtMultimediaWidgets.abi3.so"} <= names
    assert (plugins / "multimedia" / "libffmpegmediaplugin.so").is_file()
    assert not (plugins / "tls").exists() and not (plugins / "networkinformation").exists()


def test_the_bundle_plays_a_recording(bundle: Path, user: dict[str, str],
                                      tmp_path: Path) -> None:
    """A recorded interview shown in the workbench loads Qt Multimedia's FFmpeg back end
    inside the bundle (Qt's multimedia log says which back end it loaded)."""
    recording = (bundle / "_internal" / "app" / "shipped" / "sample_transcripts"
                 / "recordings" / "I4_pendamping.ogg")
    assert recording.is_file()
    run([bundle / "telaah", "new", "rekaman.telaah"], env=user, cwd=tmp_path)
    imported = run([bundle / "telaah", "--lang", "en", "import-recording", "rekaman.telaah",
                    recording, "--title", "Rekaman"], env=user, cwd=tmp_path)
    assert "00:01:03" in imported.stdout
    shown = run([bundle / "telaah", "gui", "rekaman.telaah", "--coder", "Tester",
                 "--screenshot", tmp_path / "rekaman.png"],
                env={**user, "QT_LOGGING_RULES": "qt.multimedia*=true"}, cwd=tmp_path)
    assert 'Loading media backend "ffmpeg"' in shown.stderr, shown.stderr
    assert "Using Qt multimedia with FFmpeg" in shown.stderr, shown.stderr


def test_the_desktop_entry_starts_the_bundle(bundle: Path, user: dict[str, str],
                                             tmp_path: Path) -> None:
    run([bundle / "telaah", "desktop-integration"], env=user, cwd=tmp_path)
    entry = (tmp_path / "home" / ".local" / "share" / "applications"
             / "org.telaah.Telaah.desktop").read_text(encoding="utf-8")
    assert f"Exec={(bundle / 'telaah').resolve()} gui %f\n" in entry
