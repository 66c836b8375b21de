"""Build the standalone one-folder bundle: ``python packaging/build_bundle.py``.

Needs the runtime dependencies and PyInstaller in the running Python
(``pip install . pyinstaller`` or, in a checkout, ``pip install -e . pyinstaller``).
Writes ``dist/telaah/`` (``telaah``, ``telaah-gui`` and ``_internal/``; on macOS also
``dist/Telaah.app``) and prints its size. ``--dist`` and ``--work`` move the output and
PyInstaller's work folder; ``--archive`` also packs the folder as .tar.gz (.zip on Windows).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "telaah.spec"


def folder_size(folder: Path) -> int:
    return sum(path.stat().st_size for path in folder.rglob("*")
               if path.is_file() and not path.is_symlink())


# Qt's own FFmpeg libraries (beside Qt's libraries in the PySide6 wheel), which Qt
# Multimedia's FFmpeg plugin links to play recordings.
QT_FFMPEG_PREFIXES = ("libavcodec.so", "libavformat.so", "libavutil.so", "libswresample.so",
                      "libswscale.so")


def restore_ffmpeg_libraries(bundle: Path) -> list[str]:
    """Put Qt's FFmpeg libraries back as the wheel ships them: on Linux the spec strips
    every library, and ``strip`` leaves these with ELF segments that are not page-aligned,
    so the dynamic loader refuses them and no recording plays. Returns the names copied."""
    if not sys.platform.startswith("linux"):
        return []
    import PySide6

    installed = Path(PySide6.__file__).resolve().parent / "Qt" / "lib"
    bundled = bundle / "_internal" / "PySide6" / "Qt" / "lib"
    copied = []
    for path in sorted(bundled.glob("lib*.so.*")) if bundled.is_dir() else []:
        original = installed / path.name
        if (path.name.startswith(QT_FFMPEG_PREFIXES) and not path.is_symlink()
                and original.is_file()):
            shutil.copyfile(original, path)
            copied.append(path.name)
    return copied


def build(dist: Path, work: Path) -> Path:
    """Run PyInstaller on the spec; returns the bundle folder."""
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean",
               "--log-level", "WARN", "--distpath", str(dist), "--workpath", str(work),
               str(SPEC)]
    subprocess.run(command, check=True, cwd=ROOT)
    bundle = dist / "telaah"
    restore_ffmpeg_libraries(bundle)
    # What the folder is and how to start it, beside the executables.
    shutil.copyfile(ROOT / "packaging" / "bundle-readme.txt", bundle / "README.txt")
    shutil.copyfile(ROOT / "packaging" / "LICENSE-NOTICE.txt", bundle / "LICENSE.txt")
    return bundle


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller")
    parser.add_argument("--archive", action="store_true")
    arguments = parser.parse_args(argv)
    try:
        bundle = build(arguments.dist.resolve(), arguments.work.resolve())
    except subprocess.CalledProcessError as error:
        print(f"build_bundle: PyInstaller failed (exit code {error.returncode})",
              file=sys.stderr)
        return 1
    print(f"bundle: {bundle} ({folder_size(bundle) / 1e6:.0f} MB)")
    if arguments.archive:
        kind = "zip" if sys.platform == "win32" else "gztar"
        archive = shutil.make_archive(str(bundle), kind, bundle.parent, bundle.name)
        print(f"archive: {archive} ({Path(archive).stat().st_size / 1e6:.0f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
