"""Property: any project exported to .qdpx and imported again keeps every segment exactly."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.core.coders import ensure_coder
from app.core.codes import import_codebook, list_codes
from app.core.project import Project
from app.core.qdpx import export_qdpx
from app.core.qdpx_import import import_qdpx
from app.core.segments import add_segment, list_segments
from app.core.sources import import_sources, read_source
from app.resources import default_codebook

# Letters, Indonesian punctuation, emoji outside the BMP, combining marks and newlines.
ALPHABET = st.sampled_from(list("abcdeéIkmnu ,.?\n") + ["😀", "🇮🇩", "n\u0308", "ß"])
TEXTS = st.lists(ALPHABET, min_size=5, max_size=200).map("".join).filter(lambda t: t.strip())


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(text=TEXTS, spans=st.lists(st.tuples(st.floats(0, 1), st.floats(0, 1)), min_size=1,
                                  max_size=6))
def test_qdpx_round_trip_keeps_segments(text: str, spans: list[tuple[float, float]]) -> None:
    with tempfile.TemporaryDirectory() as folder_name:
        folder = Path(folder_name)
        source_file = folder / "sumber.txt"
        source_file.write_text(text, encoding="utf-8")
        project = Project.create(folder / "a.telaah")
        try:
            import_codebook(project, path=default_codebook())
            source_id = import_sources(project, paths=[source_file]).created
            stored = read_source(project, source_id=source_id).text  # normalised
            code_id = next(code.id for code in list_codes(project) if code.codable)
            coder_id = ensure_coder(project, name="Annisa").created
            for first, second in spans:
                start, end = sorted((int(first * len(stored)), int(second * len(stored))))
                if start < end:
                    add_segment(project, source_id=source_id, code_id=code_id,
                                coder_id=coder_id, start=start, end=end)
            before = sorted((s.start, s.end, s.text, s.code, s.coder)
                            for s in list_segments(project))
            export_qdpx(project, path=folder / "p.qdpx")
        finally:
            project.close()
        import_qdpx(folder / "p.qdpx", folder / "b.telaah")
        again = Project.open(folder / "b.telaah")
        try:
            after = sorted((s.start, s.end, s.text, s.code, s.coder)
                           for s in list_segments(again))
            [source] = [read_source(again, source_id=s.source_id)
                        for s in list_segments(again)[:1]] or [None]
        finally:
            again.close()
        assert after == before
        if source is not None:
            assert source.text == stored
