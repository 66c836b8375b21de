"""The wheel and sdist from ``python -m build``, installed (not editable) into a fresh
virtual environment outside the checkout, work on their own: the demo, the workbench,
the user guide in both languages, both translations and the Kasmir codebook.

Decision: the virtual environment is made with ``--system-site-packages`` and the wheel
installed with ``--no-deps --no-index``, so the test reuses the dependencies already
installed (PySide6 alone is hundreds of megabytes) and needs no network, while Telaah
itself comes only from the wheel: the test checks that ``app`` is imported from the
virtual environment, not from the checkout.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tarfile
import zipfile
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
SHIPPED = ("codebooks/kasmir-2016.qdc", "sample_transcripts/informants.csv",
           "sample_transcripts/coding/annisa_I1-I3.csv", "docs/user-guide.en.md",
           "docs/user-guide.id.md", "docs/images/coding-view.id.png")


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel and the sdist, built once (the wheel from the sdist, as build does)."""
    require_module("build")
    folder = tmp_path_factory.mktemp("dist")
    subprocess.run([sys.executable, "-m", "build", "--outdir", str(folder), str(REPO)],
                   check=True, capture_output=True, text=True, timeout=600)
    return folder


@pytest.fixture(scope="module")
def installed(dist: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A virtual environment, outside the checkout, with the wheel installed."""
    venv = tmp_path_factory.mktemp("venv") / "telaah-venv"
    subprocess.run([sys.executable, "-m", "venv", "--system-site-packages", str(venv)],
                   check=True, timeout=300)
    wheel = next(dist.glob("telaah-*.whl"))
    subprocess.run([str(venv / "bin" / "python"), "-m", "pip", "install", "--quiet",
                    "--no-deps", "--no-index", str(wheel)],
                   check=True, capture_output=True, timeout=300)
    return venv


def test_build_makes_a_wheel_and_an_sdist_with_the_shipped_data(dist: Path) -> None:
    wheel = next(dist.glob(f"telaah-{__version__}-py3-none-any.whl"))
    sdist = next(dist.glob(f"telaah-{__version__}.tar.gz"))
    names = set(zipfile.ZipFile(wheel).namelist())
    for shipped in SHIPPED:
        assert f"app/shipped/{shipped}" in names
    for packaged in ("app/translations/telaah_id.ts", "app/translations/telaah_en.ts",
                     "app/io/schemas/Codebook.xsd", "app/icons/telaah.svg",
                     "app/desktop/org.telaah.Telaah.desktop",
                     "app/storage/migrations/versions/0001_initial_schema.py"):
        assert packaged in names
    assert not any(name.startswith(("tests/", "sample_transcripts/")) for name in names)
    entry_points = next(name for name in names if name.endswith("entry_points.txt"))
    assert "telaah = app.cli:main" in zipfile.ZipFile(wheel).read(entry_points).decode()
    with tarfile.open(sdist) as archive:
        members = {name.split("/", 1)[1] for name in archive.getnames() if "/" in name}
    assert {"setup.py", "packaging/telaah.spec", "codebooks/kasmir-2016.qdc"} <= members


def test_the_installed_package_comes_from_the_wheel(installed: Path, tmp_path: Path) -> None:
    env = user_environment(tmp_path / "home", [installed / "bin", "/usr/bin", "/bin"])
    code = ("import json, app, app.resources as r; print(json.dumps({"
            "'package': app.__file__, 'data': str(r.data_root()), "
            "'guide_id': str(r.user_guide('id')), 'guide_en': str(r.user_guide('en')), "
            "'codebook': str(r.default_codebook())}))")
    found = json.loads(run([installed / "bin" / "python", "-c", code], env=env,
                           cwd=tmp_path).stdout)
    site = str(installed.resolve())
    for key, where in found.items():
        assert where.startswith(site), f"{key} is read from {where}, not the installation"
        assert not where.startswith(str(REPO)), key
    assert found["guide_id"].endswith("user-guide.id.md")
    assert found["guide_en"].endswith("user-guide.en.md")
    assert (Path(found["guide_id"]).parent / "images" / "coding-view.id.png").is_file()


def test_the_installed_command_builds_the_demo_in_both_languages(
        installed: Path, tmp_path: Path) -> None:
    telaah = installed / "bin" / "telaah"
    env = user_environment(tmp_path / "home", [installed / "bin", "/usr/bin", "/bin"])
    assert run([telaah, "--version"], env=env, cwd=tmp_path).stdout.strip() == (
        f"telaah {__version__}")
    english = run([telaah, "--lang", "en", "demo", "demo.telaah"], env=env, cwd=tmp_path)
    assert "Built the demo study" in english.stdout and "11 sources" in english.stdout
    indonesian = run([telaah, "--lang", "id", "demo", "demo-id.telaah"], env=env,
                     cwd=tmp_path)
    assert "Studi demo dibuat" in indonesian.stdout
    info = json.loads(run([telaah, "info", "demo.telaah", "--json"], env=env,
                          cwd=tmp_path).stdout)
    assert len(info["sources"]) == 11


def test_a_new_project_gets_the_kasmir_codebook(installed: Path, tmp_path: Path) -> None:
    telaah = installed / "bin" / "telaah"
    env = user_environment(tmp_path / "home", [installed / "bin", "/usr/bin", "/bin"])
    run([telaah, "new", "thesis.telaah"], env=env, cwd=tmp_path)
    info = json.loads(run([telaah, "info", "thesis.telaah", "--json"], env=env,
                          cwd=tmp_path).stdout)
    paths = {code["path"] for code in info["codes"]}
    assert {"Kinerja/Kualitas", "Hambatan", "Upaya"} <= paths


def test_the_installed_workbench_opens_the_demo(installed: Path, tmp_path: Path) -> None:
    env = user_environment(tmp_path / "home", [installed / "bin", "/usr/bin", "/bin"])
    for language in ("en", "id"):
        shot = tmp_path / f"demo-{language}.png"
        run([installed / "bin" / "telaah", "--lang", language, "gui", "--demo",
             "--coder", "Tester", "--screenshot", shot], env=env, cwd=tmp_path)
        assert png_size(shot) == SCREENSHOT_SIZE
        assert shot.stat().st_size > 50_000  # a window full of text, not a blank one
    assert (tmp_path / "home" / ".local" / "share" / "telaah" / "demo-study.telaah").is_file()


def test_the_desktop_entry_starts_the_installed_workbench(installed: Path,
                                                         tmp_path: Path) -> None:
    env = user_environment(tmp_path / "home", [installed / "bin", "/usr/bin", "/bin"])
    gui = installed / "bin" / "telaah-gui"
    assert run([gui, "--version"], env=env, cwd=tmp_path).stdout.strip() == (
        f"telaah {__version__}")
    run([installed / "bin" / "telaah", "desktop-integration"], env=env, cwd=tmp_path)
    entry = (tmp_path / "home" / ".local" / "share" / "applications"
             / "org.telaah.Telaah.desktop").read_text(encoding="utf-8")
    assert f"Exec={gui} %f\n" in entry
