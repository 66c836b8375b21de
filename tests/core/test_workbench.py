"""The workbench façade on a real project file: one transaction per action, compound
actions undo as one, views come back with the Changes, failures leave nothing behind."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from docx import Document
from sqlalchemy import event

from app.core.codes import list_codes
from app.core.project import Project
from app.core.segments import list_segments
from app.core.sources import list_sources
from app.core.workbench import IN_VIVO_CATEGORY, Workbench, in_vivo_name
from app.errors import OffsetsOutOfRange, TelaahError


class Transactions:
    """Counts BEGINs on the project's engine: one per transaction (session)."""

    def __init__(self, project: Project) -> None:
        self.begins: list[str] = []
        self.statements: list[str] = []
        event.listen(project.engine, "begin", self._begin)
        event.listen(project.engine, "before_cursor_execute", self._statement)
        self._engine = project.engine

    def _begin(self, connection: object) -> None:
        self.begins.append("begin")

    def _statement(self, _conn: object, _cursor: object, statement: str, *_rest: object) -> None:
        self.statements.append(statement)

    def reset(self) -> None:
        self.begins.clear()
        self.statements.clear()

    def writes(self) -> int:
        """Rows written to the study's own tables (not any change log kept beside them)."""
        return sum(1 for s in self.statements if s.lstrip().upper().startswith(
            ("INSERT", "UPDATE", "DELETE")) and "change_log" not in s)

    def close(self) -> None:
        event.remove(self._engine, "begin", self._begin)
        event.remove(self._engine, "before_cursor_execute", self._statement)


@pytest.fixture
def bench(demo_project: Project) -> Iterator[tuple[Workbench, Transactions]]:
    counting = Transactions(demo_project)
    yield Workbench(demo_project, coder_name="Tester"), counting
    counting.close()


def _state(project: Project) -> tuple[object, object]:
    segments = sorted((s.id, s.code_id, s.start, s.end) for s in list_segments(project))
    codes = sorted((c.id, c.parent_id, c.name, c.color) for c in list_codes(project))
    return segments, codes


def test_apply_is_one_transaction_and_brings_its_views(
        bench: tuple[Workbench, Transactions]) -> None:
    wb, counting = bench
    source = list_sources(wb.project)[0]
    code = next(c for c in list_codes(wb.project) if c.codable)
    counting.reset()
    changes = wb.segments.apply(source_id=source.id, code_id=code.id, start=10, end=40,
                                name="Apply code X")
    assert counting.begins == ["begin"]  # the coder, the segment and the views: one
    assert changes.created is not None and changes.coders  # the coder was new
    fresh = changes.fresh
    assert fresh is not None and fresh.codebook is None
    assert [view.id for view in fresh.segments] == [changes.created]
    assert fresh.segments[0].code == code.path and fresh.segments[0].coder == "Tester"
    assert dict(fresh.code_counts) == {code.id: code.segment_count + 1}
    assert dict(fresh.source_counts) == {source.id: source.segment_count + 1}
    assert wb.undo_name == "Apply code X"
    counting.reset()
    again = wb.segments.apply(source_id=source.id, code_id=code.id, start=50, end=60)
    assert counting.begins == ["begin"] and not again.coders  # the coder is known now


def test_undo_and_redo_are_one_transaction_each(
        bench: tuple[Workbench, Transactions]) -> None:
    wb, counting = bench
    source = list_sources(wb.project)[0]
    code = next(c for c in list_codes(wb.project) if c.codable)
    before = _state(wb.project)
    applied = wb.segments.apply(source_id=source.id, code_id=code.id, start=10, end=40)
    after = _state(wb.project)
    counting.reset()
    undone = wb.undo()
    assert counting.begins == ["begin"]
    assert _state(wb.project) == before
    assert undone.fresh is not None and undone.fresh.segments == ()  # the segment is gone
    assert dict(undone.fresh.code_counts) == {code.id: code.segment_count}
    counting.reset()
    wb.redo()
    assert counting.begins == ["begin"]
    assert _state(wb.project) == after
    assert applied.created in {s.id for s in list_segments(wb.project)}  # the same id


def test_in_vivo_is_one_transaction_and_undoes_as_one(
        bench: tuple[Workbench, Transactions]) -> None:
    wb, counting = bench
    source = list_sources(wb.project)[0]
    before = _state(wb.project)
    counting.reset()
    changes = wb.segments.code_in_vivo(source_id=source.id, start=0, end=30,
                                       text="  kami kurang pelatihan, “kan”.  ",
                                       name="In-vivo code")
    assert counting.begins == ["begin"]
    assert counting.writes() == 4  # coder, category, code, segment
    codes = {c.name: c for c in list_codes(wb.project)}
    assert IN_VIVO_CATEGORY in codes and not codes[IN_VIVO_CATEGORY].codable
    name = in_vivo_name("kami kurang pelatihan, “kan”.")
    assert codes[name].parent_id == codes[IN_VIVO_CATEGORY].id
    assert changes.fresh is not None and changes.fresh.codebook is not None  # a new code
    assert wb.undo_name == "In-vivo code"
    counting.reset()
    wb.undo()
    assert counting.begins == ["begin"]
    assert _state(wb.project) == before
    wb.redo()
    assert {c.name for c in list_codes(wb.project)} >= {IN_VIVO_CATEGORY, name}


def test_a_failing_compound_leaves_nothing_behind(
        bench: tuple[Workbench, Transactions]) -> None:
    wb, _counting = bench
    source = list_sources(wb.project)[0]
    before = _state(wb.project)
    with pytest.raises(OffsetsOutOfRange):  # the code is made, then the segment fails
        wb.segments.code_in_vivo(source_id=source.id, start=0, end=source.char_count + 5,
                                 text="kata baru sekali")
    assert _state(wb.project) == before  # neither category nor code stayed
    assert wb.undo_name is None
    # the coder made in the rolled-back transaction is made again next time
    code = next(c for c in list_codes(wb.project) if c.codable)
    assert wb.segments.apply(source_id=source.id, code_id=code.id, start=0, end=5).coders


def test_codebook_edits_bring_the_code_tree_and_undo_in_one_transaction(
        bench: tuple[Workbench, Transactions]) -> None:
    wb, counting = bench
    code = next(c for c in list_codes(wb.project) if c.codable)
    counting.reset()
    renamed = wb.codes.document(code_id=code.id, values={"definition": "baru"},
                                new_name="Nama baru", name="Edit code")
    assert counting.begins == ["begin"]
    assert renamed.fresh is not None and renamed.fresh.codebook is not None
    view = next(c for c in renamed.fresh.codebook if c.id == code.id)
    assert (view.name, view.definition) == ("Nama baru", "baru")
    counting.reset()
    wb.undo()
    assert counting.begins == ["begin"]
    back = next(c for c in list_codes(wb.project) if c.id == code.id)
    assert (back.name, back.definition) == (code.name, code.definition)


def test_a_refused_undo_changes_nothing(bench: tuple[Workbench, Transactions]) -> None:
    """The hook for undo that respects others' edits (issue 24): a refusal raised inside
    the step's transaction leaves the project and the history as they were."""
    wb, _counting = bench
    source = list_sources(wb.project)[0]
    code = next(c for c in list_codes(wb.project) if c.codable)
    wb.segments.apply(source_id=source.id, code_id=code.id, start=10, end=40, name="A")
    after = _state(wb.project)

    def refuse(entry: object, direction: str) -> None:
        raise OffsetsOutOfRange(start=0, end=0, source="x", length=0)

    wb.history.before_step = refuse
    with pytest.raises(TelaahError):
        wb.undo()
    assert _state(wb.project) == after and wb.undo_name == "A"
    wb.history.before_step = None
    wb.undo()
    assert wb.redo_name == "A"


def test_nested_reads_see_the_open_transaction(demo_project: Project) -> None:
    code = next(c for c in list_codes(demo_project) if c.codable)
    with demo_project.writing():
        from app.core.codebook_editing import rename_code

        rename_code(demo_project, code_id=code.id, name="Dalam transaksi")
        assert any(c.name == "Dalam transaksi" for c in list_codes(demo_project))
        assert demo_project.in_transaction
    assert not demo_project.in_transaction
    assert any(c.name == "Dalam transaksi" for c in list_codes(demo_project))


def test_undo_of_a_merge_into_a_code_someone_else_made(demo_project: Project) -> None:
    """The demo's codebook was written by whoever built it; merging into one of its codes
    writes nothing on the target, so undoing the merge takes nothing back from them."""
    wb = Workbench(demo_project, coder_name="Tester")
    codes = {c.name: c for c in list_codes(demo_project)}
    waktu, biaya = codes["Waktu"], codes["Penekanan Biaya"]
    before = _state(demo_project)
    wb.codes.merge(source_id=biaya.id, target_id=waktu.id, name="Merge")
    wb.undo()
    assert _state(demo_project) == before


def test_exports_through_the_workbench_write_files_and_leave_the_project(
        demo_project: Project, tmp_path: Path) -> None:
    wb = Workbench(demo_project, coder_name="Tester")
    before = _state(demo_project)
    wb.exports.codebook(path=tmp_path / "codebook.qdc")
    wb.exports.review_summary(path=tmp_path / "review.docx", translate=str)
    assert (tmp_path / "codebook.qdc").stat().st_size > 0
    assert Document(str(tmp_path / "review.docx")).paragraphs  # a real .docx, read back
    assert _state(demo_project) == before and wb.undo_name is None
