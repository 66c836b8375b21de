"""An interview no informant is linked to is not in the code × informant matrix, and every
form of the matrix says so instead of leaving it out silently."""

from __future__ import annotations

from pathlib import Path

from app.core.coders import ensure_coder
from app.core.codes import import_codebook, list_codes
from app.core.displays import code_matrix, matrix_table
from app.core.project import Project
from app.core.segments import add_segment
from app.core.sources import import_sources, list_sources
from app.resources import default_codebook


def test_the_matrix_names_the_interviews_it_leaves_out(tmp_path: Path) -> None:
    transcript = tmp_path / "W1_pelaku_usaha.txt"
    transcript.write_text("Pewawancara: Apa hambatannya?\nInforman: Diklat jarang.\n",
                          encoding="utf-8")
    note = tmp_path / "observasi_kantor.txt"
    note.write_text("Kantor sepi pada pagi hari.\n", encoding="utf-8")
    with Project.create(tmp_path / "baru.telaah") as project:
        import_codebook(project, path=default_codebook())
        import_sources(project, paths=[transcript])
        import_sources(project, paths=[note], kind="observation")
        source = next(s for s in list_sources(project) if s.kind == "interview")
        code = next(c for c in list_codes(project) if c.codable)
        coder = ensure_coder(project, name="Rina").created
        assert coder is not None
        add_segment(project, source_id=source.id, code_id=code.id, coder_id=coder,
                    start=0, end=10)
        matrix = code_matrix(project)
    assert matrix.columns == () and matrix.unlinked_interviews == ("W1_pelaku_usaha",)
    table = matrix_table(matrix, value="count", translate=lambda text: text)
    assert table.notes == ["Interviews without a linked informant are not in this matrix: "
                           "W1_pelaku_usaha. Link each to its informant in Sources and "
                           "informants."]
