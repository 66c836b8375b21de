"""The plain reader (stdlib sqlite3, issue 19) serves only project files at the newest
schema, reads one consistent state, writes nothing and leaves the folder as it was."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic.script import ScriptDirectory

from app.storage.plain_reader import PlainReadFailed, open_plain_reader
from app.storage.schema import alembic_config, head_revision
from app.storage.schema_head import HEAD_REVISION, is_head

FIRST_SCHEMA = Path(__file__).resolve().parents[1] / "data" / "projects" / "schema-0001.telaah"


def _state(path: Path) -> tuple[int, bytes, list[str]]:
    return (path.stat().st_mtime_ns if path.exists() else 0,
            path.read_bytes() if path.exists() else b"",
            sorted(entry.name for entry in path.parent.iterdir()))


def test_the_head_revision_is_alembics() -> None:
    assert head_revision() == HEAD_REVISION
    assert ScriptDirectory.from_config(alembic_config()).get_current_head() == HEAD_REVISION


def test_a_project_at_the_head_is_read_without_a_trace(demo_path: Path) -> None:
    before = _state(demo_path)
    reader = open_plain_reader(demo_path)
    assert reader is not None
    with reader:
        assert reader.rows("SELECT count(*) FROM coded_segments") == [(429,)]
        assert reader.rows("SELECT name FROM coders WHERE name = :name",
                           {"name": "Annisa"}) == [("Annisa",)]
    assert _state(demo_path) == before  # no -wal or -shm left, file untouched


def test_it_writes_nothing(demo_path: Path) -> None:
    reader = open_plain_reader(str(demo_path))
    assert reader is not None
    with reader, pytest.raises(PlainReadFailed, match="readonly"):
        reader.rows("DELETE FROM coded_segments")
    connection = sqlite3.connect(demo_path)
    try:
        assert connection.execute("SELECT count(*) FROM coded_segments").fetchone() == (429,)
    finally:
        connection.close()


def test_it_reads_one_state_while_another_connection_commits(demo_path: Path) -> None:
    reader = open_plain_reader(demo_path)
    assert reader is not None
    writer = sqlite3.connect(demo_path)
    try:
        with reader:
            assert reader.rows("SELECT count(*) FROM coded_segments") == [(429,)]
            writer.execute("DELETE FROM coded_segments WHERE id IN "
                           "(SELECT id FROM coded_segments LIMIT 9)")
            writer.commit()
            assert reader.rows("SELECT count(*) FROM coded_segments") == [(429,)]
        again = open_plain_reader(demo_path)
        assert again is not None
        with again:
            assert again.rows("SELECT count(*) FROM coded_segments") == [(420,)]
    finally:
        writer.close()


def _older(folder: Path) -> Path:
    path = folder / "lama.telaah"
    shutil.copyfile(FIRST_SCHEMA, path)
    return path


def _written(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


def _foreign(folder: Path) -> Path:
    path = folder / "lain.sqlite"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE notes (text TEXT)")
    connection.commit()
    connection.close()
    return path


@pytest.mark.parametrize("case", ["missing", "folder", "empty", "text", "damaged header",
                                  "older schema", "other SQLite file"])
def test_what_it_cannot_serve_is_left_to_the_full_path_untouched(
        demo_path: Path, tmp_path: Path, case: str) -> None:
    path = {
        "missing": lambda: tmp_path / "tidak-ada.telaah",
        "folder": lambda: tmp_path,
        "empty": lambda: _written(tmp_path, "kosong.telaah", b""),
        "text": lambda: _written(tmp_path, "teks.telaah", b"bukan proyek\n"),
        "damaged header": lambda: _written(tmp_path, "rusak.telaah",
                                           b"\x00" * 100 + demo_path.read_bytes()[100:]),
        "older schema": lambda: _older(tmp_path),
        "other SQLite file": lambda: _foreign(tmp_path),
    }[case]()
    before = _state(path) if path.is_file() else None
    assert open_plain_reader(path) is None
    if before is not None:
        assert _state(path) == before
    assert not (tmp_path / "tidak-ada.telaah").exists()


def test_a_database_url_is_not_its_business() -> None:
    assert open_plain_reader("postgresql://someone@localhost/proyek") is None


def test_the_head_is_trusted_only_while_no_newer_migration_exists(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import app.storage.schema_head as schema_head

    assert is_head(HEAD_REVISION) and not is_head("0001") and not is_head(None)
    monkeypatch.setattr(schema_head, "VERSIONS_DIR", tmp_path)
    (tmp_path / f"{HEAD_REVISION}_newest.py").touch()
    assert is_head(HEAD_REVISION)
    (tmp_path / "9999_added_later.py").touch()  # a migration added, the constant not
    assert not is_head(HEAD_REVISION)


@pytest.mark.parametrize("with_log", [False, True])
def test_a_file_it_may_not_write_is_read_in_sqlites_read_only_mode(
        demo_path: Path, monkeypatch: pytest.MonkeyPatch, with_log: bool) -> None:
    """As in a folder this process cannot write to (tests run as root, for whom every
    folder is writable, so the check is what is replaced): read-only mode, immutable when
    no log is beside the file; a log's committed content is read."""
    import app.storage.read_access as read_access

    monkeypatch.setattr(read_access, "opens_read_only", lambda _path: True)
    monkeypatch.setattr(read_access, "read_only_folder_without_log",
                        lambda path: not Path(f"{path}-wal").exists())
    writer = sqlite3.connect(demo_path) if with_log else None
    try:
        if writer is not None:  # a committed change still in the log, its writer open
            writer.execute("DELETE FROM coded_segments WHERE id IN "
                           "(SELECT id FROM coded_segments LIMIT 4)")
            writer.commit()
            assert Path(f"{demo_path}-wal").stat().st_size > 0
        uri = read_access.reading_uri(demo_path)
        assert ("mode=ro" in uri) and (("immutable=1" in uri) is not with_log)
        reader = open_plain_reader(demo_path)
        assert reader is not None
        with reader:
            expected = 425 if with_log else 429
            assert reader.rows("SELECT count(*) FROM coded_segments") == [(expected,)]
            with pytest.raises(PlainReadFailed):
                reader.rows("DELETE FROM coders")
    finally:
        if writer is not None:
            writer.close()
    if not with_log:
        assert sorted(p.name for p in demo_path.parent.iterdir()) == [demo_path.name]
