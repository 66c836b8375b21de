"""Issue 3 speed: open a 50,000-word transcript with 2,000 segments to first paint, and
apply a code with its shortcut key to repaint, on the real main window (Qt offscreen).

Run: ``python -m benchmarks.coding_workbench [--repeat N]``. Prints medians, and the ratio
to a baseline measured in the same process: a bare QPlainTextEdit showing the same text
(open) and one ExtraSelection added to it (apply).
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import tempfile
import time
from pathlib import Path

WORDS = 50_000
SEGMENTS = 2_000
VOCABULARY = ("pegawai kinerja pelatihan anggaran kualitas kantor dinas kerja sama waktu "
              "pengawasan diklat usia pandemi laporan target capaian layanan").split()


def transcript(words: int, seed: int = 3) -> str:
    rng = random.Random(seed)
    lines, count, turn = [], 0, 0
    while count < words:
        length = rng.randint(20, 90)
        speaker = "Pewawancara" if turn % 2 == 0 else "Informan"
        lines.append(f"{speaker}: " + " ".join(rng.choice(VOCABULARY) for _ in range(length)))
        count += length
        turn += 1
    return "\n".join(lines) + "\n"


def build(folder: Path) -> tuple[Path, int]:
    from app.core.coders import ensure_coder
    from app.core.codes import import_codebook, list_codes
    from app.core.project import Project
    from app.core.segments import add_segment
    from app.core.sources import import_sources
    from app.models import CodedSegment
    from app.resources import default_codebook

    text = transcript(WORDS)
    path = folder / "bench.telaah"
    file = folder / "wawancara_panjang.txt"
    file.write_text(text, encoding="utf-8")
    with Project.create(path, title="bench") as project:
        import_codebook(project, path=default_codebook())
        source_id = import_sources(project, paths=[file]).created
        coder = ensure_coder(project, name="Annisa").created
        codes = [c.id for c in list_codes(project) if c.codable]
        assert source_id is not None and coder is not None
        rng = random.Random(5)
        rows = []
        for _ in range(SEGMENTS):
            start = rng.randrange(0, len(text) - 400)
            end = start + rng.randint(20, 400)
            rows.append(CodedSegment(source_id=source_id, code_id=rng.choice(codes),
                                     coder_id=coder, start=start, end=end,
                                     text=text[start:end]))
        with project.writing() as session:
            session.add_all(rows)
        add_segment(project, source_id=source_id, code_id=codes[0], coder_id=coder,
                    start=0, end=5)
    return path, source_id


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=7)
    arguments = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp()  # never the user's settings
    from PySide6.QtGui import QTextCharFormat, QTextCursor
    from PySide6.QtWidgets import QApplication, QPlainTextEdit, QTextEdit

    from app.core.project import Project
    from app.ui.shell.main_window import MainWindow

    application = QApplication.instance() or QApplication(["bench"])
    folder = Path(tempfile.mkdtemp())
    path, source_id = build(folder)
    window = MainWindow(Project.open(path), "Bima", lambda text: text)
    window.resize(1400, 900)
    window.show()
    application.processEvents()
    workspace = window.workspace
    view = workspace.transcript.view
    opens, applies = [], []
    for _ in range(arguments.repeat):
        workspace.transcript.clear()
        application.processEvents()
        started = time.perf_counter()
        workspace.transcript.show_source(source_id)
        view.viewport().repaint()
        view.margin.repaint()
        opens.append(time.perf_counter() - started)
    kualitas = next(code for code in workspace.codebook.codes() if code.shortcut == "1")
    text = view.toPlainText()
    for run in range(arguments.repeat * 3):
        view.select_span(1000 + run * 50, 1030 + run * 50)
        application.processEvents()
        started = time.perf_counter()
        workspace.applier.apply(kualitas)
        view.viewport().repaint()
        view.margin.repaint()
        applies.append(time.perf_counter() - started)
    window.close()
    # baselines: a bare QPlainTextEdit with the same text, and one highlight added to it
    bare = QPlainTextEdit()
    bare.resize(700, 800)
    bare.show()
    base_opens, base_applies = [], []
    for _ in range(arguments.repeat):
        bare.clear()
        application.processEvents()
        started = time.perf_counter()
        bare.setPlainText(text)
        bare.viewport().repaint()
        base_opens.append(time.perf_counter() - started)
    selections: list[QTextEdit.ExtraSelection] = []
    for run in range(arguments.repeat * 3):
        started = time.perf_counter()
        cursor = QTextCursor(bare.document())
        cursor.setPosition(1000 + run * 50)
        cursor.setPosition(1030 + run * 50, QTextCursor.MoveMode.KeepAnchor)
        selection = QTextEdit.ExtraSelection()
        selection.cursor = cursor
        selection.format = QTextCharFormat()
        selections.append(selection)
        bare.setExtraSelections(selections)
        bare.viewport().repaint()
        base_applies.append(time.perf_counter() - started)
    for name, runs, base, target in (
        ("open 50,000-word transcript, 2,000 segments, to first paint", opens, base_opens, 300),
        ("apply a code by shortcut to repaint", applies, base_applies, 16),
    ):
        median, baseline = statistics.median(runs) * 1000, statistics.median(base) * 1000
        print(f"{name}: median {median:.1f} ms (target ≤ {target} ms); "
              f"baseline {baseline:.1f} ms; ratio {median / baseline:.1f}×")


if __name__ == "__main__":
    main()
