"""The source and code tree models over the demo project, checked by qtmodeltester."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor
from pytestqt.modeltest import ModelTester

from app.core.codes import list_codes
from app.core.project import Project
from app.core.sources import list_sources
from app.ui.coding.code_tree import CodeTreeModel
from app.ui.coding.source_tree import SourceTreeModel

DISPLAY = Qt.ItemDataRole.DisplayRole


def children(model: SourceTreeModel | CodeTreeModel, parent: QModelIndex) -> list[QModelIndex]:
    return [model.index(row, 0, parent) for row in range(model.rowCount(parent))]


def test_source_model_passes_the_model_tester(qtmodeltester: ModelTester,
                                              demo_project: Project) -> None:
    sources = list_sources(demo_project)
    model = SourceTreeModel()
    model.set_sources(sources)
    qtmodeltester.check(model, force_py=True)
    # The tester stays connected and checks the signals of both kinds of refresh.
    model.set_sources([replace(s, segment_count=s.segment_count + 2) for s in sources])
    model.set_sources(sources[1:])
    model.set_sources([])


def test_sources_are_grouped_by_kind_then_informant(demo_project: Project) -> None:
    sources = list_sources(demo_project)
    model = SourceTreeModel()
    model.set_sources(sources)
    kinds = children(model, QModelIndex())
    assert [index.data(DISPLAY) for index in kinds] == [
        "Interviews", "Observation", "Documentation"]
    informants = children(model, kinds[0])
    assert [index.data(DISPLAY) for index in informants] == [f"I{n}" for n in range(1, 7)]
    for informant in informants:
        (source,) = children(model, informant)
        view = next(s for s in sources if s.id == source.data(SourceTreeModel.SourceIdRole))
        assert view.informant_label == informant.data(DISPLAY)
        assert source.data(DISPLAY) == view.title
        assert source.siblingAtColumn(SourceTreeModel.SEGMENTS).data(DISPLAY) == (
            view.segment_count)
    observation = children(model, kinds[1])
    assert [index.data(DISPLAY) for index in observation] == [
        "foto_loket_layanan", "foto_ruang_produksi", "observasi_kantor_2023-03"]
    interview_total = sum(s.segment_count for s in sources if s.kind == "interview")
    assert kinds[0].siblingAtColumn(SourceTreeModel.SEGMENTS).data(DISPLAY) == interview_total


def test_new_counts_update_in_place_without_a_reset(qtbot: object,
                                                    demo_project: Project) -> None:
    sources = list_sources(demo_project)
    model = SourceTreeModel()
    model.set_sources(sources)
    resets: list[bool] = []
    changed: list[QModelIndex] = []
    model.modelReset.connect(lambda: resets.append(True))
    model.dataChanged.connect(lambda first, _last: changed.append(first))
    bumped = [replace(s, segment_count=s.segment_count + 1) if s.id == 1 else s
              for s in sources]
    model.set_sources(bumped)
    assert resets == []
    # The source row, its informant heading and its kind heading.
    assert len(changed) == 3
    source = model.index_of(("source", 1), SourceTreeModel.SEGMENTS)
    assert source.data(DISPLAY) == bumped[[s.id for s in bumped].index(1)].segment_count


def test_code_model_passes_the_model_tester(qtmodeltester: ModelTester,
                                            demo_project: Project) -> None:
    codes = list_codes(demo_project)
    model = CodeTreeModel()
    model.set_codes(codes)
    qtmodeltester.check(model, force_py=True)
    model.set_codes([replace(c, segment_count=c.segment_count + 1) for c in codes])
    model.set_codes(codes[:8])


def test_code_tree_shows_swatches_keys_counts_and_codebook_tooltips(
    demo_project: Project,
) -> None:
    codes = list_codes(demo_project)
    model = CodeTreeModel()
    model.set_codes(codes)
    top = children(model, QModelIndex())
    assert [index.data(DISPLAY) for index in top] == ["Kinerja", "Hambatan", "Upaya"]
    for code in codes:
        name = model.index_of(code.id, CodeTreeModel.NAME)
        assert name.data(DISPLAY) == code.name
        assert name.data(Qt.ItemDataRole.DecorationRole) == QColor(code.color)
        assert name.data(CodeTreeModel.CodableRole) is code.codable
        assert model.index_of(code.id, CodeTreeModel.KEY).data(DISPLAY) == (code.shortcut or "")
        count = model.index_of(code.id, CodeTreeModel.SEGMENTS).data(DISPLAY)
        if code.codable:
            assert count == code.segment_count
        else:  # a category counts what is coded under it
            assert count == sum(c.segment_count for c in codes if c.parent_id == code.id)
        tooltip = name.data(Qt.ItemDataRole.ToolTipRole)
        assert code.definition[:40] in tooltip
        assert code.inclusion[:30] in tooltip.replace("&quot;", '"')
    quality = next(c for c in codes if c.path == "Kinerja/Kualitas")
    assert "Shortcut key: 1" in model.index_of(quality.id).data(Qt.ItemDataRole.ToolTipRole)
