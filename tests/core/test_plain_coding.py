"""``telaah code`` through the plain writer writes exactly what the core writes (issue 19).

The same calls run on two copies of the demo project, once through the plain path and
once through ``coding_by_name.code_span`` on an open Project; then every table of the two
files is compared row by row. Only values that are new on every write differ: a guid and
the times of the writing, and those are compared by their stored form.
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from app.core import plain_coding
from app.core.coding_by_name import code_span
from app.core.project import Project
from app.errors import (
    AmbiguousName,
    CodeNotCodable,
    NotAProject,
    NotFound,
    OffsetsOutOfRange,
    ProjectLocked,
)
from app.storage.backup import list_backups
from app.storage.session_lock import SessionLock

FIRST_SCHEMA = Path(__file__).resolve().parents[1] / "data" / "projects" / "schema-0001.telaah"
SOURCE = "I1_kepala_dinas"
# Columns whose value is new on every write; compared by the form SQLite stores them in.
FRESH = {"guid": re.compile(r"[0-9a-f]{8}-([0-9a-f]{4}-){3}[0-9a-f]{12}"),
         "created_at": re.compile(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{6}"),
         "updated_at": re.compile(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{6}"),
         "changed_at": re.compile(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{6}")}

CALLS: list[dict[str, Any]] = [
    {"code": "Kinerja/Kualitas", "coder": "Annisa", "start": 10, "end": 40},
    {"code": "Kualitas", "coder": "Annisa", "start": 50, "end": 90, "memo": "a memo",
     "valence": "negative"},
    {"code": "kinerja/kuantitas", "coder": "  Zahra Baru ", "start": 0, "end": 1},
    {"code": "Kinerja/Waktu", "coder": "Zahra Baru", "start": 100, "end": 160,
     "valence": "positive"},
]


def _dump(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, fresh values checked and replaced by their column name."""
    connection = sqlite3.connect(path)
    try:
        tables = [row[0] for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        dump: dict[str, list[tuple[Any, ...]]] = {}
        for table in tables:
            cursor = connection.execute(f'SELECT * FROM "{table}" ORDER BY rowid')
            names = [column[0] for column in cursor.description]
            rows = []
            for row in cursor:
                kept = []
                for name, value in zip(names, row, strict=True):
                    if name in FRESH and isinstance(value, str):
                        assert FRESH[name].fullmatch(value), (table, name, value)
                        value = name
                    kept.append(value)
                rows.append(tuple(kept))
            dump[table] = rows
        return dump
    finally:
        connection.close()


def _end_of(path: Path, title: str) -> int:
    connection = sqlite3.connect(path)
    try:
        return int(connection.execute("SELECT char_count FROM sources WHERE title = ?",
                                      (title,)).fetchone()[0])
    finally:
        connection.close()


def test_both_paths_write_the_same_rows(demo_path: Path, tmp_path: Path) -> None:
    full = tmp_path / "full.telaah"
    shutil.copy(demo_path, full)
    end = _end_of(demo_path, SOURCE)
    calls = [*CALLS, {"code": "Kinerja/Kualitas", "coder": "Annisa", "start": end - 25,
                      "end": end}]
    plain_ids, full_ids = [], []
    for call in calls:
        plain_ids.append(plain_coding.code_span_plain(str(demo_path), source=SOURCE, **call))
        with Project.open(full) as project:
            full_ids.append(code_span(project, source=SOURCE, **call).created)
    assert None not in plain_ids
    assert plain_ids == full_ids
    plain, through_core = _dump(demo_path), _dump(full)
    assert plain.keys() == through_core.keys()
    for table in plain:
        assert plain[table] == through_core[table], table
    texts = [row[6] for row in plain["coded_segments"][-len(calls):]]
    assert texts[-1] and len(texts[-1]) == 25  # the snapshot reaches the text's last character


def _refusals(project: Path) -> list[dict[str, Any]]:
    end = _end_of(project, SOURCE)
    return [
        {"source": "no such source", "code": "Kinerja/Kualitas", "start": 0, "end": 5},
        {"source": SOURCE, "code": "no such code", "start": 0, "end": 5},
        {"source": SOURCE, "code": "Kinerja", "start": 0, "end": 5},  # a category
        {"source": SOURCE, "code": "Kinerja/Kualitas", "start": 0, "end": end + 1},
        {"source": SOURCE, "code": "Kinerja/Kualitas", "start": 5, "end": 5},
        {"source": SOURCE, "code": "Kinerja/Kualitas", "start": 0, "end": 5,
         "valence": "lukewarm"},
        {"source": SOURCE, "code": "Kinerja/Kualitas", "start": 0, "end": 5, "coder": "  "},
    ]


def test_what_the_plain_path_does_not_serve_leaves_the_file_and_backups_as_they_were(
        demo_path: Path) -> None:
    before = demo_path.read_bytes()
    for call in _refusals(demo_path):
        arguments = {"coder": "Annisa", **call}
        assert plain_coding.code_span_plain(str(demo_path), **arguments) is None, call
    assert demo_path.read_bytes() == before
    assert list_backups(demo_path) == []


@pytest.mark.parametrize(("index", "error"), [
    (0, NotFound), (1, NotFound), (2, CodeNotCodable), (3, OffsetsOutOfRange),
    (4, OffsetsOutOfRange)])
def test_refusals_are_the_cores_own_errors(demo_path: Path, index: int,
                                           error: type[Exception]) -> None:
    call = {"coder": "Annisa", **_refusals(demo_path)[index]}
    with pytest.raises(error):
        plain_coding.code_span_at(str(demo_path), **call)


def test_an_ambiguous_code_name_is_refused_by_the_core(demo_path: Path) -> None:
    connection = sqlite3.connect(demo_path)
    with connection:  # a second "Kualitas" under another category
        parent = connection.execute("SELECT id FROM codes WHERE parent_id IS NULL "
                                    "AND name != 'Kinerja' ORDER BY id").fetchone()[0]
        connection.execute(
            "INSERT INTO codes (parent_id, name, position, color, code_group, codable, "
            "definition, inclusion, exclusion, example, name_en, definition_en, guid, "
            "created_at) SELECT ?, 'Kualitas', 99, color, code_group, 1, '', '', '', '', "
            "'', '', 'a-second-kualitas', created_at FROM codes WHERE id = ?",
            (parent, parent))
    connection.close()
    assert plain_coding.code_span_plain(str(demo_path), source=SOURCE, code="Kualitas",
                                        coder="Annisa", start=0, end=5) is None
    with pytest.raises(AmbiguousName):
        plain_coding.code_span_at(str(demo_path), source=SOURCE, code="Kualitas",
                                  coder="Annisa", start=0, end=5)


def test_a_project_open_in_a_workbench_is_refused_as_before(demo_path: Path) -> None:
    lock = SessionLock(demo_path)
    lock.acquire()
    try:
        assert plain_coding.code_span_plain(str(demo_path), source=SOURCE,
                                            code="Kinerja/Kualitas", coder="Annisa",
                                            start=0, end=5) is None
        with pytest.raises(ProjectLocked):
            plain_coding.code_span_at(str(demo_path), source=SOURCE, code="Kinerja/Kualitas",
                                      coder="Annisa", start=0, end=5)
    finally:
        lock.release()


def test_an_older_schema_goes_the_full_path_and_is_upgraded(tmp_path: Path) -> None:
    project = tmp_path / "old.telaah"
    shutil.copy(FIRST_SCHEMA, project)
    connection = sqlite3.connect(project)
    title, length = connection.execute("SELECT title, char_count FROM sources "
                                       "ORDER BY id").fetchone()
    key = connection.execute("SELECT name FROM codes WHERE codable = 1 ORDER BY id"
                             ).fetchone()[0]
    connection.close()
    assert plain_coding.code_span_plain(str(project), source=title, code=key, coder="Annisa",
                                        start=0, end=min(5, length)) is None
    created = plain_coding.code_span_at(str(project), source=title, code=key, coder="Annisa",
                                        start=0, end=min(5, length))
    with Project.open(project, read_only=True) as reopened, reopened.reading() as session:
        from app.models import CodedSegment

        assert session.get(CodedSegment, created) is not None


def test_the_first_write_of_a_session_is_backed_up_once(demo_path: Path) -> None:
    for start in (0, 10, 20):
        assert plain_coding.code_span_plain(str(demo_path), source=SOURCE,
                                            code="Kinerja/Kualitas", coder="Annisa",
                                            start=start, end=start + 5) is not None
    backups = list_backups(demo_path)
    assert len(backups) == 1  # before the first call; the next ones are the same session
    assert os.path.getsize(backups[0].path) > 0


def test_a_file_that_is_no_project_is_left_to_the_full_path(tmp_path: Path) -> None:
    text = tmp_path / "notes.telaah"
    text.write_bytes(b"Wawancara dengan informan I1\n" * 40)
    before = text.read_bytes()
    assert plain_coding.code_span_plain(str(text), source=SOURCE, code="Kinerja/Kualitas",
                                        coder="Annisa", start=0, end=5) is None
    assert text.read_bytes() == before
    assert sorted(path.name for path in tmp_path.iterdir()) == ["notes.telaah"]
    with pytest.raises(NotAProject):
        plain_coding.code_span_at(str(text), source=SOURCE, code="Kinerja/Kualitas",
                                  coder="Annisa", start=0, end=5)
