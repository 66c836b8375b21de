"""Issue 15, done when: a new study walked through the GUI from the first click to the
exported documents, with real widgets, a real project file and real Word documents.

New project → import two .docx transcripts (one with a table, one with accents and emoji) →
create both informants in the GUI and link them → code with number keys and quick-code →
write a memo from the transcript's context menu → undo and redo with Ctrl+Z / Ctrl+Y →
export the triangulation matrix and the coded excerpts from the GUI. The documents are read
back: they cite the informants by pseudonym and role, never an internal id, and say exactly
what ``telaah triangulation`` and ``telaah excerpts`` write for the same choices.
"""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from docx import Document
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLineEdit,
    QPushButton,
)
from pytestqt.qtbot import QtBot

from app.core.informants import list_informants
from app.core.segments import list_segments
from app.core.sources import list_sources, read_source
from app.ui.analysis.analysis_tabs import open_excerpts_dialog
from app.ui.analysis.display_tab import DisplayTab
from app.ui.coding.import_dialog import ImportDialog
from app.ui.coding.informant_form import InformantForm
from app.ui.coding.memo_dialog import MemoDialog
from app.ui.coding.quick_code import QuickCodeBox
from app.ui.coding.segment_menu import EDIT_MEMO
from app.ui.coding.sources_dialog import SourcesDialog
from app.ui.coding.transcript_view import TranscriptView
from app.ui.shell.main_window import MainWindow
from tests.ui.conftest import identity, keep_shot, show_active

REPO = Path(__file__).resolve().parents[2]
TABLE_ROWS = [("Program", "Target", "Realisasi"), ("Pelatihan", "120", "85"),
              ("Pendampingan", "60", "60")]
INTERVIEW_ONE = [
    "Pewawancara: Bagaimana kualitas kerja pegawai di bidang ini?",
    "Informan: Kualitas kerja pegawai sudah baik, tetapi pelatihan masih jarang.",
    "Pewawancara: Berapa target pelatihan tahun ini?",
    "Informan: Ini datanya, Dek.",
]
INTERVIEW_TWO = [
    "Pewawancara: Apa kendala usaha Ibu? 🙂",
    "Informan: Modal café kami kecil, naïve sekali kalau berharap untung cepat 😅. "
    "Kami belum pernah ikut pelatihan pemasaran dari dinas.",
    "Pewawancara: Bagaimana pendampingan dari dinas?",
    "Informan: Petugas datang sekali, mencatat, lalu tidak kembali — pendataan ulang "
    "belum jalan.",
]
INTERNAL_ID = re.compile(r"\b(source|informant|segment|code):\s?\d+")
POPUPS = pytest.mark.qt_log_ignore(
    r"This plugin does not support (raise\(\)|grabbing the keyboard|propagateSizeHints\(\))")


def write_docx(path: Path, paragraphs: list[str], *, table: bool = False) -> Path:
    document = Document()
    for text in paragraphs:
        document.add_paragraph(text)
    if table:
        grid = document.add_table(rows=len(TABLE_ROWS), cols=3)
        for row, cells in zip(grid.rows, TABLE_ROWS, strict=True):
            for cell, text in zip(row.cells, cells, strict=True):
                cell.text = text
        document.add_paragraph("Informan: Realisasi pelatihan belum sampai target.")
    document.save(str(path))
    return path


def docx_text(path: Path) -> list[str]:
    """Everything a reader sees in a Word document: paragraphs and table cells, in order."""
    document = Document(str(path))
    lines = [paragraph.text for paragraph in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            lines.append(" | ".join(cell.text for cell in row.cells))
    return lines


def run_cli(*arguments: str) -> None:
    done = subprocess.run([sys.executable, "-m", "app", *arguments], cwd=REPO,
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr


def answer_modal(kind: type, answer: Callable[[QDialog], None]) -> list[QDialog]:
    """Answer the next modal dialog of ``kind`` as a person would, once it is up."""
    seen: list[QDialog] = []

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind):
            QTimer.singleShot(10, look)
            return
        seen.append(dialog)
        answer(dialog)

    QTimer.singleShot(0, look)
    return seen


def back_to(qtbot: QtBot, window: MainWindow) -> None:
    """Back in the main window after a dialog, as a click on it does (the offscreen
    platform does not hand activation back by itself); its shortcuts are window-wide."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def utf16(text: str, point: int) -> int:
    return len(text[:point].encode("utf-16-le")) // 2


def select(view: TranscriptView, text: str, passage: str) -> None:
    start = text.index(passage)
    view.select_span(start, start + len(passage))
    assert view.selected_text() == passage


@pytest.fixture
def files(tmp_path: Path) -> tuple[Path, Path]:
    first = write_docx(tmp_path / "I1_kepala_bidang.docx", INTERVIEW_ONE, table=True)
    second = write_docx(tmp_path / "W2_pelaku_usaha.docx", INTERVIEW_TWO)
    return first, second


@pytest.fixture
def window(qtbot: QtBot) -> Iterator[MainWindow]:
    """The workbench as it starts without a project: the start screen."""
    main_window = MainWindow(None, "Annisa", identity, language="id")
    qtbot.addWidget(main_window)
    show_active(qtbot, main_window)
    yield main_window
    main_window.close()


@POPUPS
def test_a_new_study_from_first_click_to_exported_documents(
        qtbot: QtBot, window: MainWindow, files: tuple[Path, Path], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    # --- a new project ----------------------------------------------------------------------
    location = tmp_path / "studi_umkm.telaah"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *args, **kwargs: (str(location), ""))
    window.actions_by_name["new"].trigger()
    assert window.project is not None and window.workspace is not None
    project = window.project
    workspace = window.workspace

    # --- import both transcripts; the first one's informant is created while importing ----
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        lambda *args, **kwargs: ([str(path) for path in files], ""))
    window.actions_by_name["import"].trigger()
    importer = window.findChild(ImportDialog)
    assert importer is not None and importer.isVisible()
    assert importer.chosen(0) == "new:I1"
    importer.table.selectRow(0)
    importer.findChild(QPushButton, "informantDetails").click()
    form = importer.form
    assert isinstance(form, InformantForm)
    form.fill(pseudonym="Pak Harun", role="Kepala Bidang", informant_type="kunci")
    form.submit()
    second_combo = importer.informant_combo(1)
    second_combo.setCurrentIndex(next(i for i in range(second_combo.count())
                                      if second_combo.itemData(i) is None))
    with qtbot.waitSignal(importer.finished):
        importer.findChild(QPushButton, "importSources").click()
    sources = {source.title: source for source in list_sources(project)}
    assert set(sources) == {"I1_kepala_bidang", "W2_pelaku_usaha"}
    table_text = read_source(project, source_id=sources["I1_kepala_bidang"].id).text
    assert "Program\tTarget\tRealisasi\nPelatihan\t120\t85" in table_text  # rows kept whole
    emoji_text = read_source(project, source_id=sources["W2_pelaku_usaha"].id).text
    assert "café" in emoji_text and "😅" in emoji_text

    # --- the second informant in Sources and informants, linked to its transcript -----------
    window.actions_by_name["sources"].trigger()
    editor = window.findChild(SourcesDialog)
    assert editor is not None and editor.isVisible()
    editor.findChild(QPushButton, "addInformant").click()
    assert editor.form is not None
    for name, text in (("informantId", "I2"), ("informantPseudonym", "Bu Sekar"),
                       ("informantRole", "Pelaku UMKM")):
        line = editor.form.findChild(QLineEdit, name)
        assert line is not None
        qtbot.keyClicks(line, text)
    editor.form.buttons.button(editor.form.buttons.StandardButton.Ok).click()
    editor.link("W2_pelaku_usaha", "I2")
    assert editor.save()
    people = {i.label: (i.pseudonym, i.role, i.source_count) for i in list_informants(project)}
    assert people == {"I1": ("Pak Harun", "Kepala Bidang", 1),
                      "I2": ("Bu Sekar", "Pelaku UMKM", 1)}

    # --- code with the number keys ----------------------------------------------------------
    assert not editor.isVisible()
    back_to(qtbot, window)
    view = workspace.transcript.view
    # The source tree redraws once the broadcasts of the import and the links are done.
    qtbot.waitUntil(lambda: workspace.sources.select_source(sources["I1_kepala_bidang"].id))
    select(view, table_text, "Kualitas kerja pegawai sudah baik")
    qtbot.keyClick(view, Qt.Key.Key_1)  # Kinerja/Kualitas
    select(view, table_text, "Pelatihan\t120\t85")
    qtbot.keyClick(view, Qt.Key.Key_2)  # Kinerja/Kuantitas
    select(view, table_text, "pelatihan masih jarang")
    qtbot.keyClick(view, Qt.Key.Key_7)  # Hambatan/Kualitas dan Kompetensi ASN
    assert workspace.sources.select_source(sources["W2_pelaku_usaha"].id)
    select(view, emoji_text, "Modal café kami kecil, naïve sekali kalau berharap untung "
                             "cepat 😅")
    qtbot.keyClick(view, Qt.Key.Key_7)

    # --- quick-code (Ctrl+K), typing part of the name ---------------------------------------
    def pick_pendataan(box: QDialog) -> None:
        assert isinstance(box, QuickCodeBox)
        qtbot.keyClicks(box.field, "pendataan ulang")
        assert box.matches()[0] == "Upaya/Pendataan Ulang UMKM"
        qtbot.keyClick(box.field, Qt.Key.Key_Return)

    select(view, emoji_text, "pendataan ulang belum jalan")
    asked = answer_modal(QuickCodeBox, pick_pendataan)
    qtbot.keyClick(view, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert len(asked) == 1
    coded = sorted((s.source, s.code, s.text) for s in list_segments(project))
    assert coded == [
        ("I1_kepala_bidang", "Hambatan/Kualitas dan Kompetensi ASN", "pelatihan masih jarang"),
        ("I1_kepala_bidang", "Kinerja/Kualitas", "Kualitas kerja pegawai sudah baik"),
        ("I1_kepala_bidang", "Kinerja/Kuantitas", "Pelatihan\t120\t85"),
        ("W2_pelaku_usaha", "Hambatan/Kualitas dan Kompetensi ASN",
         "Modal café kami kecil, naïve sekali kalau berharap untung cepat 😅"),
        ("W2_pelaku_usaha", "Upaya/Pendataan Ulang UMKM", "pendataan ulang belum jalan"),
    ]

    # --- a memo from the context menu -------------------------------------------------------
    memo = "Modal kecil: pelaku usaha tidak berani berharap banyak 😅 — cek di observasi."
    inside = emoji_text.index("naïve")
    menu = view.code_menu(utf16(emoji_text, inside))
    (submenu,) = [a.menu() for a in menu.actions()
                  if a.menu() is not None and a.menu().property("segment_id") is not None]
    assert submenu.title() == "Hambatan/Kualitas dan Kompetensi ASN — Annisa"

    def write_memo(dialog: QDialog) -> None:
        assert isinstance(dialog, MemoDialog)
        keep_shot(dialog, "walkthrough_memo.png")
        dialog.editor.setPlainText(memo)
        buttons = dialog.findChild(QDialogButtonBox)
        buttons.button(QDialogButtonBox.StandardButton.Save).click()

    answer_modal(MemoDialog, write_memo)
    next(a for a in submenu.actions() if a.objectName() == EDIT_MEMO).trigger()

    def memo_now() -> str:
        return next(s.memo for s in list_segments(project) if "café" in s.text)

    assert memo_now() == memo
    assert "turn 2" in window.statusBar().currentMessage()

    # --- undo and redo from the keyboard ----------------------------------------------------
    back_to(qtbot, window)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert memo_now() == ""
    qtbot.keyClick(view, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert memo_now() == memo
    keep_shot(window, "walkthrough_coding.png")

    # --- export the triangulation matrix from the GUI ---------------------------------------
    window.tabs.setCurrentIndex(2)  # 3 Data display, built as its tab opens
    display = window.findChild(DisplayTab)
    assert display is not None
    display.pages.setCurrentWidget(display.triangulation)
    triangulation = display.triangulation
    assert triangulation.export_scope.text().endswith("all code groups")
    gui_matrix = tmp_path / "gui_triangulasi.docx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *args, **kwargs: (str(gui_matrix), ""))
    triangulation.export_button.click()  # written off the GUI thread
    qtbot.waitUntil(gui_matrix.is_file, timeout=30000)

    # --- export the coded excerpts from the GUI ---------------------------------------------
    excerpts = open_excerpts_dialog(window)
    assert excerpts is not None
    excerpts.with_memo.setChecked(True)
    gui_excerpts = tmp_path / "gui_kutipan.docx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *args, **kwargs: (str(gui_excerpts), ""))
    with qtbot.waitSignal(excerpts.export_ended, timeout=30000):
        excerpts.export_button.click()
    assert gui_excerpts.is_file()
    excerpts.close()

    # --- the same choices from the command line ---------------------------------------------
    cli_matrix = tmp_path / "cli_triangulasi.docx"
    cli_excerpts = tmp_path / "cli_kutipan.docx"
    run_cli("triangulation", str(location), "-o", str(cli_matrix))
    run_cli("excerpts", str(location), "-o", str(cli_excerpts), "--with-memo")

    # --- the documents, read back -----------------------------------------------------------
    matrix_lines, excerpt_lines = docx_text(gui_matrix), docx_text(gui_excerpts)
    assert matrix_lines == docx_text(cli_matrix)
    assert excerpt_lines == docx_text(cli_excerpts)
    for lines in (matrix_lines, excerpt_lines):
        text = "\n".join(lines)
        assert not INTERNAL_ID.search(text), INTERNAL_ID.search(text)
        for pseudonym, role in (("Pak Harun", "Kepala Bidang"), ("Bu Sekar", "Pelaku UMKM")):
            assert pseudonym in text and role in text
        assert "Sekar" in text and "café" in text and "😅" in text
    assert memo in "\n".join(excerpt_lines)
    # Each quotation cites its informant by pseudonym and role, and where it was said.
    assert "(Informan 2, Bu Sekar, Pelaku UMKM, W2_pelaku_usaha, giliran 2)" in excerpt_lines
    assert "(Informan 1, Pak Harun, Kepala Bidang, I1_kepala_bidang, giliran 4)" in excerpt_lines
    assert "Pelatihan\t120\t85" in excerpt_lines  # a table row stays one tab-aligned line
    header = next(line for line in matrix_lines if line.startswith("Kode | I1"))
    assert header.startswith("Kode | I1 (Pak Harun) – Kepala Bidang | I2 (Bu Sekar) – Pelaku "
                             "UMKM")
