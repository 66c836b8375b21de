"""The triangulation matrix of the demo study: counts equal segments, judgements persist."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
from docx import Document
from openpyxl import load_workbook

from app.core.coders import ensure_coder, list_coders
from app.core.codes import list_codes
from app.core.displays import code_matrix
from app.core.evidence import load_passages
from app.core.project import Project
from app.core.review import review_segment
from app.core.segments import SegmentView, list_segments
from app.core.sources import list_sources
from app.core.triangulation import (
    clear_triangulation_judgement,
    export_triangulation,
    list_triangulation_judgements,
    set_triangulation_judgement,
    triangulation_matrix,
)
from app.errors import (
    ExportCancelled,
    FileUnwritable,
    InvalidValue,
    NotFound,
    RationaleRequired,
    UnsupportedExportType,
)
from app.io.export_labels import ExportLabels


def _code_id(project: Project, path: str) -> int:
    return next(code.id for code in list_codes(project) if code.path == path)


def test_source_cells_equal_the_passages_of_each_informant(demo_project: Project) -> None:
    """A cell counts passages: overlapping segments of its code, whoever coded them, once."""
    matrix = triangulation_matrix(demo_project)
    expected: dict[tuple[str, str], list[int]] = {}
    for passage in load_passages(demo_project):
        if passage.informant is not None:
            expected.setdefault((passage.code, passage.informant), []).append(passage.id)
    seen = Counter()
    for row in matrix.rows:
        for cell in row.cells:
            ids = expected.get((row.code.path, cell.column_key), [])
            assert sorted(cell.segment_ids) == sorted(ids)
            seen[cell.column_key] += cell.count
    assert [column.key for column in matrix.columns] == ["I1", "I2", "I3", "I4", "I5", "I6"]
    interviews = sum(1 for segment in list_segments(demo_project) if segment.informant)
    assert interviews == 370  # segments; two coders coded many of the same passages
    assert sum(seen.values()) == 294
    assert len(matrix.rows) == 18
    assert {row.code.group for row in matrix.rows[:6]} == {"indicator"}
    assert {row.code.group for row in matrix.rows[-5:]} == {"effort"}


def test_technique_cells_equal_the_passages_of_each_kind(demo_project: Project) -> None:
    kinds = {source.id: source.kind for source in list_sources(demo_project)}
    expected = Counter((passage.code, kinds[passage.source_id])
                       for passage in load_passages(demo_project))
    matrix = triangulation_matrix(demo_project, layout="technique", group="obstacle")
    assert [row.code.path.split("/")[0] for row in matrix.rows] == ["Hambatan"] * 7
    for row in matrix.rows:
        for cell in row.cells:
            assert cell.count == expected[(row.code.path, cell.column_key)]


def test_coder_filter(demo_project: Project) -> None:
    matrix = triangulation_matrix(demo_project, coders=["Bima"])
    total = sum(row.count for row in matrix.rows)
    bima = next(coder for coder in list_coders(demo_project) if coder.name == "Bima")
    assert total == bima.segment_count == 101
    assert all(cell.count == 0 for row in matrix.rows for cell in row.cells
               if cell.column_key in {"I4", "I5", "I6"})
    with pytest.raises(NotFound):
        triangulation_matrix(demo_project, coders=["Nobody"])


def _reject_a_quality_segment_of_i1(project: Project) -> SegmentView:
    """Reject, as a supervisor, an I1 Kinerja/Kualitas segment no other segment overlaps
    (a passage of its own, so its quote cannot come back through another coder's)."""
    candidates = [s for s in list_segments(project)
                  if s.informant == "I1" and s.code == "Kinerja/Kualitas"]
    segment = next(s for s in candidates if not any(
        o.id != s.id and o.source_id == s.source_id and o.start < s.end and s.start < o.end
        for o in candidates))
    supervisor = ensure_coder(project, name="Dr. Sari", role="supervisor").created
    review_segment(project, segment_id=segment.id, reviewer_id=supervisor,
                   verdict="rejected", comment="Bukan tentang kualitas kerja.")
    return segment


def _counts_by_informant(project: Project, coder: str | None = None) -> dict[tuple[str, str], int]:
    matrix = code_matrix(project, coder=coder)
    return {(row.code, column.label): cell.count for row in matrix.rows
            for column, cell in zip(matrix.columns, row.cells, strict=True)}


def test_rejected_segments_leave_the_matrix_as_they_leave_the_code_matrix(
        demo_project: Project, tmp_path: Path) -> None:
    before = triangulation_matrix(demo_project)
    quality_before = next(r for r in before.rows if r.code.path == "Kinerja/Kualitas")
    assert quality_before.cell("I1").count == 7
    rejected = _reject_a_quality_segment_of_i1(demo_project)
    assert rejected.id in quality_before.cell("I1").segment_ids

    matrix = triangulation_matrix(demo_project, quotes_per_cell=50)
    quality = next(row for row in matrix.rows if row.code.path == "Kinerja/Kualitas")
    cell = quality.cell("I1")
    assert cell.count == 6
    assert rejected.id not in cell.segment_ids
    assert rejected.id not in {quote.segment_id for quote in cell.quotes}
    assert rejected.text not in {quote.text for quote in cell.quotes}
    # Every cell counts what the code x informant matrix counts, for all coders and one.
    expected = _counts_by_informant(demo_project)
    assert expected[("Kinerja/Kualitas", "I1")] == 6
    assert {(row.code.path, c.column_key): c.count for row in matrix.rows
            for c in row.cells} == expected
    bima = triangulation_matrix(demo_project, coders=["Bima"])
    assert {(row.code.path, c.column_key): c.count for row in bima.rows
            for c in row.cells} == _counts_by_informant(demo_project, coder="Bima")
    assert sum(row.count for row in bima.rows) == 100
    # The technique layout leaves it out of the interviews too.
    technique = triangulation_matrix(demo_project, layout="technique")
    interviews = next(r for r in technique.rows if r.code.path == "Kinerja/Kualitas")
    assert rejected.id not in interviews.cell("interview").segment_ids
    # And so does the Word export.
    path = tmp_path / "matriks.docx"
    export_triangulation(matrix, path=path, labels=ExportLabels("id"))
    table = Document(str(path)).tables[0]
    found = [[_count(c.text) for c in table_row.cells[1:7]] for table_row in table.rows[2:]]
    assert found == [[c.count for c in row.cells] for row in matrix.rows]
    assert found[0][0] == 6 and table.rows[2].cells[0].text.startswith("Kualitas")


def test_a_rejected_segment_counts_again_once_accepted(demo_project: Project) -> None:
    rejected = _reject_a_quality_segment_of_i1(demo_project)
    supervisor = next(c.id for c in list_coders(demo_project) if c.name == "Dr. Sari")
    review_segment(demo_project, segment_id=rejected.id, reviewer_id=supervisor,
                   verdict="accepted")
    quality = next(row for row in triangulation_matrix(demo_project).rows
                   if row.code.path == "Kinerja/Kualitas")
    assert rejected.id in quality.cell("I1").segment_ids and quality.cell("I1").count == 7


def test_judgement_override_is_stored_listed_and_cleared(demo_project: Project) -> None:
    quality = _code_id(demo_project, "Kinerja/Kualitas")
    suggested = triangulation_matrix(demo_project).rows[0]
    assert suggested.override is None and suggested.judgement == "partial"
    changes = set_triangulation_judgement(
        demo_project, code_id=quality, layout="source", judgement="converge",
        rationale="  Semua informan menilai belum maksimal.  ", author_id=1)
    assert changes.codes == frozenset({quality})
    row = triangulation_matrix(demo_project).rows[0]
    assert row.judgement == "converge" and row.suggestion.judgement == "partial"
    assert row.override.rationale == "Semua informan menilai belum maksimal."
    assert row.override.author == "Annisa"
    # The technique layout keeps its own judgement.
    assert triangulation_matrix(demo_project, layout="technique").rows[0].override is None
    set_triangulation_judgement(demo_project, code_id=quality, layout="source",
                                judgement="diverge", rationale="Dipertimbangkan ulang.")
    views = list_triangulation_judgements(demo_project)
    assert [(view.code_id, view.layout, view.judgement) for view in views] == [
        (quality, "source", "diverge")]
    assert views[0].updated_at >= views[0].created_at
    assert clear_triangulation_judgement(demo_project, code_id=quality,
                                         layout="source").codes == frozenset({quality})
    assert clear_triangulation_judgement(demo_project, code_id=quality, layout="source").empty
    assert triangulation_matrix(demo_project).rows[0].override is None


def test_bad_judgements_change_nothing(demo_project: Project) -> None:
    quality = _code_id(demo_project, "Kinerja/Kualitas")
    with pytest.raises(RationaleRequired) as raised:
        set_triangulation_judgement(demo_project, code_id=quality, layout="source",
                                    judgement="converge", rationale="   ")
    assert "Kualitas" in raised.value.message()
    with pytest.raises(InvalidValue):
        set_triangulation_judgement(demo_project, code_id=quality, layout="source",
                                    judgement="maybe", rationale="x")
    with pytest.raises(InvalidValue):
        set_triangulation_judgement(demo_project, code_id=quality, layout="diagonal",
                                    judgement="partial", rationale="x")
    with pytest.raises(NotFound):
        set_triangulation_judgement(demo_project, code_id=99999, layout="source",
                                    judgement="partial", rationale="x")
    with pytest.raises(NotFound):
        set_triangulation_judgement(demo_project, code_id=quality, layout="source",
                                    judgement="partial", rationale="x", author_id=999)
    assert list_triangulation_judgements(demo_project) == []


@pytest.mark.parametrize("suffix", [".docx", ".xlsx", ".csv", ".json"])
def test_exports_of_the_demo_agree_with_the_matrix(demo_project: Project, tmp_path: Path,
                                                   suffix: str) -> None:
    matrix = triangulation_matrix(demo_project)
    path = tmp_path / f"matriks{suffix}"
    export_triangulation(matrix, path=path, labels=ExportLabels("id"))
    counts = [[cell.count for cell in row.cells] for row in matrix.rows]
    if suffix == ".json":
        data = json.loads(path.read_text(encoding="utf-8"))
        found = [[row["cells"][key]["count"] for key in row["cells"]] for row in data["rows"]]
        ids = [row["cells"]["I1"]["segment_ids"] for row in data["rows"]]
        assert ids == [list(row.cell("I1").segment_ids) for row in matrix.rows]
    elif suffix == ".docx":
        table = Document(str(path)).tables[0]
        found = [[_count(cell.text) for cell in table_row.cells[1:7]]
                 for table_row in table.rows[2:]]
    elif suffix == ".xlsx":
        sheet = load_workbook(path)["Matriks"]
        found = [[_count(value) for value in row[1:7]]
                 for row in sheet.iter_rows(min_row=4, values_only=True)]
    else:
        lines = path.read_text(encoding="utf-8-sig")
        import csv
        import io

        rows = list(csv.reader(io.StringIO(lines)))[1:]
        found = [[_count(value) for value in row[1:7]] for row in rows]
    assert found == counts


def _count(text: str) -> int:
    return 0 if text.startswith("Tidak ada data") else int(text.split(" ", 1)[0])


def test_export_refuses_unknown_types_and_writes_nothing(demo_project: Project,
                                                         tmp_path: Path) -> None:
    matrix = triangulation_matrix(demo_project)
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(UnsupportedExportType):
        export_triangulation(matrix, path=out / "matriks.pdf", labels=ExportLabels("id"))
    with pytest.raises(FileUnwritable):
        export_triangulation(matrix, path=out / "missing" / "m.docx",
                             labels=ExportLabels("id"))
    with pytest.raises(ExportCancelled):
        export_triangulation(matrix, path=out / "m.docx", labels=ExportLabels("id"),
                             cancelled=lambda: True)
    assert list(out.iterdir()) == []


def test_an_empty_project_exports_an_empty_matrix(empty_project: Project,
                                                  tmp_path: Path) -> None:
    for layout in ("source", "technique"):
        matrix = triangulation_matrix(empty_project, layout=layout)
        assert matrix.rows == () and (matrix.columns == () or layout == "technique")
        for suffix in (".docx", ".xlsx", ".csv", ".json"):
            path = tmp_path / f"{layout}{suffix}"
            export_triangulation(matrix, path=path, labels=ExportLabels("en"))
            assert path.stat().st_size > 0
    table = Document(str(tmp_path / "source.docx")).tables[0]
    assert [cell.text for cell in table.rows[0].cells] == [
        "Code", "Shared", "Differences", "Conclusion"]


def test_the_matrix_pauses_the_collector_only_while_it_is_built(demo_project: Project) -> None:
    """Issue 19: no garbage collection runs while the matrix is loaded and built (its
    thousands of records would set it off several times), only once as the pause ends, and
    it is on again afterwards."""
    import gc

    from app.errors import InvalidValue

    runs: list[str] = []

    def count(phase: str, _info: dict[str, int]) -> None:
        if phase == "start":
            runs.append(phase)

    triangulation_matrix(demo_project)  # warm: imports and caches
    gc.callbacks.append(count)
    try:
        triangulation_matrix(demo_project)
    finally:
        gc.callbacks.remove(count)
    assert len(runs) <= 1 and gc.isenabled()
    with pytest.raises(InvalidValue):
        triangulation_matrix(demo_project, layout="no such layout")
    assert gc.isenabled()
