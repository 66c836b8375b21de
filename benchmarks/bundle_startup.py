"""Start-up of the PyInstaller bundle against the same Telaah run by Python.

Run: ``python -m benchmarks.bundle_startup BUNDLE_FOLDER [--repeats R]`` after
``python packaging/build_bundle.py`` (BUNDLE_FOLDER is ``dist/telaah``).

Timed, end to end, each in a fresh process with an empty PATH, a fresh home and Qt's
offscreen platform (the demo study is built once beforehand):

- ``telaah --version``: the interpreter and the command line;
- ``telaah gui demo.telaah --screenshot``: start-up to the main window with the demo
  study open and its first interview shown, plus grabbing and saving the 1400×900 PNG.

Prints the median wall time and CPU time (user + system) of each, for the bundle and for
``python -m app`` of the running interpreter. CPU time is the steadier figure on a
machine shared with other work.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def _timed(command: list[str], env: dict[str, str], cwd: Path) -> tuple[float, float]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, env=env, cwd=cwd, check=True, capture_output=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bundle", type=Path, help="the bundle folder, e.g. dist/telaah")
    parser.add_argument("--repeats", type=int, default=7)
    arguments = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="telaah-startup-") as folder:
        home = Path(folder)
        (home / "bin").mkdir()
        env = {"HOME": str(home), "PATH": str(home / "bin"), "LANG": "C.UTF-8",
               "XDG_CONFIG_HOME": str(home / "config"), "XDG_DATA_HOME": str(home / "data"),
               "QT_QPA_PLATFORM": "offscreen"}
        python_env = dict(env, PATH=os.environ.get("PATH", ""))
        bundle = [str((arguments.bundle / "telaah").resolve())]
        python = [sys.executable, "-m", "app"]
        subprocess.run([*bundle, "demo", "demo.telaah"], env=env, cwd=home, check=True,
                       capture_output=True)
        cases = {
            "--version": ["--version"],
            "gui to the main window": ["gui", "demo.telaah", "--coder", "Timer",
                                       "--screenshot", "shot.png"],
        }
        for label, tail in cases.items():
            for name, head, environment in (("bundle", bundle, env),
                                            ("python -m app", python, python_env)):
                runs = [_timed([*head, *tail], environment, home)
                        for _ in range(arguments.repeats)]
                wall = statistics.median(run[0] for run in runs)
                cpu = statistics.median(run[1] for run in runs)
                print(f"{label:24} {name:14} wall {wall:5.2f} s   cpu {cpu:5.2f} s")
    size = sum(path.stat().st_size for path in arguments.bundle.rglob("*")
               if path.is_file() and not path.is_symlink())
    print(f"bundle size {size / 1e6:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
