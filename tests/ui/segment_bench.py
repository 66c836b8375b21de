"""A small study for the coding-view tests of issue 15: the demo plus one interview with
three segments (two of Tester's overlapping, one of another coder), and helpers to reach it.

Test modules make their fixtures from :func:`build_study` and :func:`open_window`."""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

import pytest
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from app.core.coders import ensure_coder
from app.core.codes import CodeView, list_codes
from app.core.project import Project
from app.core.segments import SegmentView, add_segment, list_segments
from app.core.sources import import_sources
from app.ui.coding.transcript_view import TranscriptView
from app.ui.shell.main_window import MainWindow
from app.ui.shell.workspace import Workspace
from tests.ui.conftest import identity, show_active

TEXT = (
    "Pewawancara: Bagaimana pelayanan di kantor ini? 😀\n"
    "Informan: Pelayanan sudah cepat, tetapi antrean masih panjang di loket.\n"
    "Pewawancara: Apa kendala utamanya?\n"
    "Informan: Petugas kurang dan pelatihan jarang diadakan tahun ini.\n"
)
FIRST = "Pelayanan sudah cepat, tetapi antrean masih panjang"
OVERLAP = "antrean masih panjang di loket"
LATER = "Petugas kurang dan pelatihan jarang"
OFFSETS = re.compile(r"\d+\s*[–-]\s*\d+|\[\d+")
OTHER_CODER = "Ani"
# Popup menus and tooltips on the offscreen platform cannot raise themselves or grab the
# keyboard; the platform says so (besides its usual note on size hints).
POPUPS = pytest.mark.qt_log_ignore(
    r"This plugin does not support (raise\(\)|grabbing the keyboard|propagateSizeHints\(\))")
REAL_PICK = Workspace.pick_segment


def utf16(point: int) -> int:
    return len(TEXT[:point].encode("utf-16-le")) // 2


def code(project: Project, name: str) -> CodeView:
    return next(c for c in list_codes(project) if c.name == name)


def build_study(demo_path: Path, tmp_path: Path) -> Path:
    """The demo plus one new interview: FIRST coded by Tester (Kualitas), OVERLAP by Tester
    (Minim Diklat), LATER by another coder (Kuantitas)."""
    transcript = tmp_path / "wawancara_layanan.txt"
    transcript.write_text(TEXT, encoding="utf-8")
    with Project.open(demo_path) as project:
        source_id = import_sources(project, paths=[transcript]).created
        assert source_id is not None
        tester = ensure_coder(project, name="Tester").created
        other = ensure_coder(project, name=OTHER_CODER).created
        assert tester is not None and other is not None
        for passage, name, coder_id in ((FIRST, "Kualitas", tester),
                                        (OVERLAP, "Minim Diklat", tester),
                                        (LATER, "Kuantitas", other)):
            start = TEXT.index(passage)
            add_segment(project, source_id=source_id, code_id=code(project, name).id,
                        coder_id=coder_id, start=start, end=start + len(passage))
    return demo_path


def open_window(qtbot: QtBot, path: Path, *, read_only: bool = False) -> MainWindow:
    """The main window on the study, coding as Tester, with the new interview open."""
    window = MainWindow(Project.open(path, read_only=read_only), "Tester", identity)
    qtbot.addWidget(window)
    show_active(qtbot, window)
    workspace = window.workspace
    assert workspace is not None
    source = next(s for s in list_segments(window.project) if s.source == "wawancara_layanan")
    assert workspace.sources.select_source(source.source_id)
    return window


def refuse_questions(monkeypatch: pytest.MonkeyPatch) -> None:
    """A modal "which segment?" nobody answers would hang a test: fail instead."""
    def unexpected(self: Workspace, segments: Sequence[SegmentView]) -> SegmentView:
        raise AssertionError(f"asked which of {[s.code for s in segments]}")

    monkeypatch.setattr(Workspace, "pick_segment", unexpected)


def parts(window: MainWindow) -> tuple[Workspace, Project, TranscriptView]:
    assert window.workspace is not None and window.project is not None
    return window.workspace, window.project, window.workspace.transcript.view


def here(window: MainWindow) -> list[SegmentView]:
    workspace, project, _view = parts(window)
    return list_segments(project, source_id=workspace.transcript.source_id)


def segment_of(window: MainWindow, code_name: str) -> SegmentView:
    return next(s for s in here(window) if s.code.endswith(code_name))


def put_cursor(view: TranscriptView, point: int) -> None:
    cursor = QTextCursor(view.document())
    cursor.setPosition(utf16(point))
    view.setTextCursor(cursor)


def submenus(menu: QMenu) -> list[QMenu]:
    return [action.menu() for action in menu.actions() if action.menu() is not None
            and action.menu().property("segment_id") is not None]


def trigger(menu: QMenu, key: str) -> None:
    action = next(a for a in menu.actions() if a.objectName() == key)
    assert action.isEnabled()
    action.trigger()
