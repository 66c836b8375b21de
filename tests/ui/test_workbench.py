"""The coding workbench through real widgets on a demo project: margin, snapping, coding
commands, segment edits, undo/redo, find, blind coding, coder switching."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QMouseEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.core.codes import CodeView, list_codes
from app.core.project import Project
from app.core.segments import list_segments
from app.core.sources import import_sources
from app.ui.coding.coding_margin import segment_tooltip
from app.ui.coding.quick_code import rank_codes
from app.ui.coding.word_snap import snap_to_words
from app.ui.shell.main_window import MainWindow
from app.ui.shell.workspace import Workspace
from tests.ui.conftest import identity, show_active

TEXT = (
    "Pewawancara: Bagaimana kualitas kerja pegawai di kantor ini?\n"
    "Informan: Kualitas kerja pegawai sudah baik, tetapi pelatihan masih jarang.\n"
    "Pewawancara: Apa kendala utamanya?\n"
    "Informan: Anggaran pelatihan dipotong, jadi pegawai belajar sendiri.\n"
)


@pytest.fixture
def bench(qtbot: QtBot, demo_path: Path, tmp_path: Path) -> Iterator[MainWindow]:
    transcript = tmp_path / "wawancara_uji.txt"
    transcript.write_text(TEXT, encoding="utf-8")
    with Project.open(demo_path) as project:
        source_id = import_sources(project, paths=[transcript]).created
    window = MainWindow(Project.open(demo_path), "Tester", identity)
    qtbot.addWidget(window)
    show_active(qtbot, window)
    assert window.workspace is not None and source_id is not None
    assert window.workspace.sources.select_source(source_id)
    yield window
    window.close()


def ws(window: MainWindow) -> Workspace:
    assert window.workspace is not None
    return window.workspace


def project_of(window: MainWindow) -> Project:
    assert window.project is not None
    return window.project


def code(project: Project, name: str) -> CodeView:
    return next(c for c in list_codes(project) if c.name == name)


def select(window: MainWindow, passage: str, occurrence: int = 0) -> tuple[int, int]:
    view = ws(window).transcript.view
    start = -1
    for _ in range(occurrence + 1):
        start = TEXT.index(passage, start + 1)
    view.select_span(start, start + len(passage))
    return start, start + len(passage)


def mine(window: MainWindow) -> list:
    source = ws(window).transcript.source_id
    return [s for s in list_segments(project_of(window), source_id=source) if s.coder == "Tester"]


def undo_text(window: MainWindow) -> str:
    return window.actions_by_name["undo"].text()


# --- word snapping ------------------------------------------------------------------------


def test_snap_to_words_widens_and_trims() -> None:
    text = "Kualitas kerja pegawai"
    assert snap_to_words(text, 2, 11) == (0, 14)
    assert snap_to_words(text, 8, 15) == (9, 14)  # leading blank dropped
    assert snap_to_words(text, 8, 9) == (8, 9)  # only a blank: left alone


def release(view: object, modifiers: Qt.KeyboardModifier) -> None:
    from app.ui.coding.transcript_view import TranscriptView

    assert isinstance(view, TranscriptView)
    point = QPointF(5, 5)
    event = QMouseEvent(QMouseEvent.Type.MouseButtonRelease, point, view.viewport()
                        .mapToGlobal(point), Qt.MouseButton.LeftButton,
                        Qt.MouseButton.NoButton, modifiers)
    view.mouseReleaseEvent(event)


def test_mouse_selection_snaps_to_words_unless_alt_is_held(bench: MainWindow) -> None:
    view = ws(bench).transcript.view
    start = TEXT.index("kualitas kerja")
    view.select_span(start + 2, start + 11)
    release(view, Qt.KeyboardModifier.AltModifier)
    assert view.selected_span() == (start + 2, start + 11)
    release(view, Qt.KeyboardModifier.NoModifier)
    assert view.selected_text() == "kualitas kerja"


# --- margin and gutter --------------------------------------------------------------------


def test_turn_numbers_and_margin_stripes_with_tooltip_and_click(qtbot: QtBot,
                                                                bench: MainWindow) -> None:
    view = ws(bench).transcript.view
    assert sorted(view.turn_numbers().values()) == [1, 2, 3, 4]
    select(bench, "Kualitas kerja pegawai sudah baik")
    ws(bench).applier.apply(code(project_of(bench), "Kualitas"))
    select(bench, "pelatihan masih jarang")
    ws(bench).applier.apply(code(project_of(bench), "Minim Diklat"))
    select(bench, "kerja pegawai sudah baik, tetapi pelatihan")  # overlaps both
    ws(bench).applier.apply(code(project_of(bench), "Kuantitas"))
    view.margin.repaint()
    stripes = view.margin.stripes()
    assert len(stripes) == 3
    assert len({stripe.rect.x() for stripe in stripes}) >= 2  # overlapping: separate lanes
    target = next(s for s in mine(bench) if s.code.endswith("Minim Diklat"))
    stripe = next(s for s in stripes if s.segment_id == target.id)
    qtbot.mouseClick(view.margin, Qt.MouseButton.LeftButton, pos=stripe.rect.center())
    assert view.current_segment_id == target.id
    assert view.selected_text() == "pelatihan masih jarang"
    tip = segment_tooltip(target)
    assert "Minim Diklat" in tip and "Tester" in tip


# --- applying codes ---------------------------------------------------------------------


def test_key_applies_and_ctrl_z_undoes_with_a_readable_name(qtbot: QtBot,
                                                            bench: MainWindow) -> None:
    select(bench, "Kualitas kerja pegawai sudah baik")
    qtbot.keyClick(ws(bench).transcript.view, Qt.Key.Key_1)
    assert [s.code for s in mine(bench)] == ["Kinerja/Kualitas"]
    assert undo_text(bench) == "&Undo Apply code Kualitas"
    qtbot.keyClick(ws(bench).codebook.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert mine(bench) == [] and ws(bench).transcript.view.highlight_count() == len(
        [s for s in ws(bench).transcript.view.segments()])
    assert bench.actions_by_name["redo"].text() == "&Redo Apply code Kualitas"
    qtbot.keyClick(ws(bench).sources.view, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert [s.code for s in mine(bench)] == ["Kinerja/Kualitas"]


# Qt 6 keeps only a QPoint constructor for QDragEnterEvent, which PySide marks deprecated.
@pytest.mark.filterwarnings("ignore:Function.*QDragEnterEvent:DeprecationWarning")
def test_drag_the_selection_onto_a_code(qtbot: QtBot, bench: MainWindow) -> None:
    select(bench, "pelatihan masih jarang")
    tree = ws(bench).codebook.view
    index = ws(bench).codebook.index_of_code(code(project_of(bench), "Minim Diklat").id)
    tree.scrollTo(index)
    point = tree.visualRect(index).center()
    data = QMimeData()
    data.setText("pelatihan masih jarang")
    enter = QDragEnterEvent(point, Qt.DropAction.CopyAction, data,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(tree.viewport(), enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(point), Qt.DropAction.CopyAction, data,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    tree.dropEvent(drop)  # offscreen Qt delivers drops only inside a real drag loop
    assert drop.isAccepted()
    assert [s.text for s in mine(bench)] == ["pelatihan masih jarang"]


def test_quick_code_ranks_despite_typos_and_applies(bench: MainWindow,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    codes = list_codes(project_of(bench))
    assert rank_codes("kualtas", codes)[0].name == "Kualitas"
    assert rank_codes("minim diklt", codes)[0].name == "Minim Diklat"
    select(bench, "Anggaran pelatihan dipotong")
    monkeypatch.setattr(Workspace, "choose_code",
                        lambda self, title: rank_codes("refocusing angaran", codes)[0])
    bench.actions_by_name["quick_code"].trigger()
    assert [s.code for s in mine(bench)] == ["Hambatan/Refocusing Anggaran"]


def test_in_vivo_code_and_code_again_and_undo(bench: MainWindow) -> None:
    project = project_of(bench)
    select(bench, "belajar sendiri")
    bench.actions_by_name["in_vivo"].trigger()
    new = code(project, "belajar sendiri")
    category = next(c for c in list_codes(project) if c.id == new.parent_id)
    assert category.name == "In vivo" and not category.codable
    select(bench, "Kualitas kerja pegawai sudah baik")
    bench.actions_by_name["code_again"].trigger()
    assert sorted(s.text for s in mine(bench)) == ["Kualitas kerja pegawai sudah baik",
                                                   "belajar sendiri"]
    assert undo_text(bench) == "&Undo Apply code belajar sendiri"
    bench.actions_by_name["undo"].trigger()
    assert undo_text(bench) == "&Undo In-vivo code belajar sendiri"
    bench.actions_by_name["undo"].trigger()
    assert mine(bench) == []
    assert not any(c.name in ("In vivo", "belajar sendiri") for c in list_codes(project))
    bench.actions_by_name["redo"].trigger()
    assert code(project, "belajar sendiri").segment_count == 1


# --- editing segments -------------------------------------------------------------------


def test_change_code_bounds_memo_delete_each_undoable(bench: MainWindow,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    project = project_of(bench)
    view = ws(bench).transcript.view
    select(bench, "pelatihan masih jarang")
    ws(bench).applier.apply(code(project, "Kualitas"))
    (segment,) = mine(bench)
    view.choose_segment(segment.id)
    monkeypatch.setattr(Workspace, "choose_code", lambda self, t: code(project, "Minim Diklat"))
    bench.actions_by_name["change_code"].trigger()
    assert mine(bench)[0].code == "Hambatan/Minim Diklat"
    select(bench, "tetapi pelatihan masih jarang")
    bench.actions_by_name["set_bounds"].trigger()
    assert mine(bench)[0].text == "tetapi pelatihan masih jarang"
    monkeypatch.setattr(Workspace, "ask_memo", lambda self, segment: "penting")
    bench.actions_by_name["memo"].trigger()
    assert mine(bench)[0].memo == "penting"
    assert view.segments_by_id()[segment.id].memo == "penting"
    bench.actions_by_name["delete_segment"].trigger()
    assert mine(bench) == [] and segment.id not in view.segments_by_id()
    for expected in [("Hambatan/Minim Diklat", "tetapi pelatihan masih jarang", "penting"),
                     ("Hambatan/Minim Diklat", "tetapi pelatihan masih jarang", ""),
                     ("Hambatan/Minim Diklat", "pelatihan masih jarang", ""),
                     ("Kinerja/Kualitas", "pelatihan masih jarang", "")]:
        bench.actions_by_name["undo"].trigger()
        (now,) = mine(bench)
        assert (now.code, now.text, now.memo) == expected and now.id == segment.id


def test_next_and_previous_segment_of_this_code(bench: MainWindow) -> None:
    project = project_of(bench)
    kualitas = code(project, "Kualitas")
    first = list_segments(project, code_ids=frozenset({kualitas.id}))
    window_view = ws(bench).transcript.view
    bench.jump_to(first[0].source_id, first[0].start, first[0].end)
    window_view.choose_segment(first[0].id)
    ws(bench).next_segment()
    current = window_view.current_segment()
    assert current is not None and current.code_id == kualitas.id
    assert current.id != first[0].id
    ws(bench).previous_segment()
    assert window_view.current_segment_id == first[0].id


# --- codebook editor --------------------------------------------------------------------


def test_codebook_edits_and_their_undo(bench: MainWindow,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("app.ui.shell.main_window.show_error", lambda *_args: None)
    project = project_of(bench)
    editor = ws(bench).codebook_editor
    root = code(project, "Kinerja")
    editor.add("Disiplin", root.id)
    assert code(project, "Disiplin").parent_id == root.id
    assert undo_text(bench) == "&Undo Add code Disiplin"
    editor.rename(code(project, "Disiplin").id, "Kedisiplinan")
    editor.recolour(code(project, "Kedisiplinan").id, "#112233")
    assert code(project, "Kedisiplinan").color == "#112233"
    editor.document(code(project, "Kedisiplinan").id, "Kedisiplinan",
                    {"definition": "Tepat waktu", "inclusion": "", "exclusion": "",
                     "example": "", "shortcut": "8"})
    assert code(project, "Kedisiplinan").shortcut == "8"
    # duplicate sibling names are refused, reported, and change nothing
    failures: list[object] = []
    ws(bench).failed.connect(failures.append)
    editor.add("Kualitas", root.id)
    assert len(failures) == 1 and len([c for c in list_codes(project)
                                       if c.name == "Kualitas"]) == 1
    for _ in range(4):
        bench.actions_by_name["undo"].trigger()
    assert not any(c.name in ("Disiplin", "Kedisiplinan") for c in list_codes(project))


def test_merge_split_delete_with_count_and_undo(bench: MainWindow) -> None:
    project = project_of(bench)
    editor = ws(bench).codebook_editor
    waktu, biaya = code(project, "Waktu"), code(project, "Penekanan Biaya")
    editor.merge(biaya.id, waktu.id)
    assert code(project, "Waktu").segment_count == waktu.segment_count + biaya.segment_count
    bench.actions_by_name["undo"].trigger()
    assert code(project, "Penekanan Biaya").segment_count == biaya.segment_count
    moved = tuple(s.id for s in list_segments(project, code_ids=frozenset({waktu.id}))[:3])
    editor.split(waktu.id, "Tepat Waktu", moved)
    assert code(project, "Tepat Waktu").segment_count == 3
    bench.actions_by_name["undo"].trigger()
    assert code(project, "Waktu").segment_count == waktu.segment_count
    questions: list[str] = []
    editor.confirm = lambda question: questions.append(question) is not None
    assert editor.delete(waktu.id) is None  # declined
    editor.confirm = lambda question: questions.append(question) is None
    editor.delete(waktu.id)
    assert f"{waktu.segment_count} coded segments" in questions[0]
    assert not any(c.name == "Waktu" for c in list_codes(project))
    bench.actions_by_name["undo"].trigger()
    assert code(project, "Waktu").segment_count == waktu.segment_count


def test_drag_and_drop_moves_a_code(bench: MainWindow) -> None:
    project = project_of(bench)
    model = ws(bench).codebook.model
    waktu = code(project, "Waktu")
    target = code(project, "Hambatan")
    data = model.mimeData([model.index_of(waktu.id)])
    model.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, model.index_of(target.id))
    assert code(project, "Waktu").parent_id == target.id
    assert [c.name for c in list_codes(project) if c.parent_id == target.id][0] == "Waktu"
    assert undo_text(bench) == "&Undo Move Waktu"
    bench.actions_by_name["undo"].trigger()
    assert code(project, "Waktu").parent_id == waktu.parent_id


# --- find, coders -------------------------------------------------------------------------


def test_find_exact_and_fuzzy_marks_hits(qtbot: QtBot, bench: MainWindow) -> None:
    qtbot.keyClick(ws(bench).transcript.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    bar = ws(bench).find_bar
    assert bar.isVisible()
    bar.field.setText("pelatihan")
    assert len(bar.hits) == 2 and ws(bench).transcript.view.found_count() == 2
    qtbot.keyClick(bar.field, Qt.Key.Key_Return)
    assert ws(bench).transcript.view.selected_text() == "pelatihan"
    bar.field.setText("pelatiahn")
    assert bar.hits == []
    bar.fuzzy.setChecked(True)
    assert len(bar.hits) >= 2
    qtbot.keyClick(bar, Qt.Key.Key_Escape)
    assert not bar.isVisible() and ws(bench).transcript.view.found_count() == 0


def test_blind_coding_and_switching_coder(bench: MainWindow) -> None:
    project = project_of(bench)
    select(bench, "pelatihan masih jarang")
    ws(bench).applier.apply(code(project, "Minim Diklat"))
    bench.switch_coder("Annisa")
    assert bench.coder_label.text() == "Coder: Annisa"
    workspace = ws(bench)
    assert workspace.applier.coder_name == "Annisa"
    workspace.show_first_interview()
    view = workspace.transcript.view
    everyone = view.highlight_count()
    bench.actions_by_name["show_others"].trigger()  # unchecked: blind
    own = view.highlight_count()
    assert 0 < own < everyone
    assert all(view.segments_by_id()[i].coder == "Annisa" for i in view._highlights)
    bench.actions_by_name["show_others"].trigger()
    assert view.highlight_count() == everyone


def test_drop_files_on_the_window_imports_them(qtbot: QtBot, bench: MainWindow,
                                               tmp_path: Path) -> None:
    extra = tmp_path / "catatan_baru.txt"
    extra.write_text("Informan: Satu dua tiga.\n", encoding="utf-8")
    data = QMimeData()
    from PySide6.QtCore import QUrl

    data.setUrls([QUrl.fromLocalFile(str(extra))])
    drop = QDropEvent(QPointF(QPoint(200, 200)), Qt.DropAction.CopyAction, data,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(bench.hub.changed, timeout=30_000):  # imported off the GUI thread
        bench.dropEvent(drop)
    assert any(source.title == "catatan_baru"
               for source in __import__("app.core.sources", fromlist=["list_sources"])
               .list_sources(project_of(bench)))


def test_start_screen_lists_recent_projects(qtbot: QtBot, bench: MainWindow) -> None:
    location = project_of(bench).location
    empty = MainWindow(None, "Tester", identity)
    qtbot.addWidget(empty)
    assert empty.welcome is not None
    items = [empty.welcome.recent.item(i).text() for i in range(empty.welcome.recent.count())]
    assert location in items
    assert empty.welcome.new_button.isVisible() or True
