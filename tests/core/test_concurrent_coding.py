"""Four processes coding one project at once: every segment lands, none twice."""

from __future__ import annotations

import subprocess
import sys
from collections import Counter

from app.core.coders import ensure_coder
from app.core.codes import import_codebook, list_codes
from app.core.project import Project
from app.core.segments import list_segments
from app.core.sources import import_sources
from app.resources import default_codebook

WORKERS = 4
SEGMENTS_EACH = 500

WORKER = """
import sys
from app.core.coders import ensure_coder
from app.core.project import Project
from app.core.segments import add_segment

location, name, source_id, code_id, count = sys.argv[1:6]
project = Project.open(location)
coder_id = ensure_coder(project, name=name).created
for index in range(int(count)):
    add_segment(project, source_id=int(source_id), code_id=int(code_id), coder_id=coder_id,
                start=index, end=index + 5, memo=f"{name}-{index}")
project.close()
"""


def test_four_coders_at_once(project_location: str, tmp_path) -> None:  # type: ignore[no-untyped-def]
    project = Project.create(project_location)
    try:
        import_codebook(project, path=default_codebook())
        text_file = tmp_path / "panjang.txt"
        text_file.write_text("kata " * 2000, encoding="utf-8")
        source_id = import_sources(project, paths=[text_file]).created
        code_id = next(code.id for code in list_codes(project) if code.codable)
        workers = [
            subprocess.Popen(
                [sys.executable, "-c", WORKER, project_location, f"coder{number}",
                 str(source_id), str(code_id), str(SEGMENTS_EACH)],
                stderr=subprocess.PIPE, text=True,
            )
            for number in range(WORKERS)
        ]
        for worker in workers:
            _out, err = worker.communicate(timeout=300)
            assert worker.returncode == 0, err
        segments = list_segments(project)
        assert len(segments) == WORKERS * SEGMENTS_EACH
        assert Counter(segment.coder for segment in segments) == {
            f"coder{number}": SEGMENTS_EACH for number in range(WORKERS)
        }
        assert len({segment.memo for segment in segments}) == WORKERS * SEGMENTS_EACH
        assert ensure_coder(project, name="coder0").coders == frozenset()
    finally:
        project.close()


def test_a_locked_database_is_a_typed_error(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import sqlite3

    import pytest

    from app.errors import DatabaseProblem
    from app.storage import database

    project = Project.create(tmp_path / "terkunci.telaah")
    blocker = sqlite3.connect(tmp_path / "terkunci.telaah", isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")
    original = database.BUSY_TIMEOUT_MS
    try:
        project.engine.dispose()  # new connections pick up the short timeout below
        database.BUSY_TIMEOUT_MS = 50
        with pytest.raises(DatabaseProblem) as raised:
            ensure_coder(project, name="Annisa")
        assert "terkunci.telaah" in raised.value.message() and "locked" in raised.value.message()
    finally:
        database.BUSY_TIMEOUT_MS = original
        blocker.execute("ROLLBACK")
        blocker.close()
        project.close()
