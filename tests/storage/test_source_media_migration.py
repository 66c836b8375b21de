"""Migration 0008 (source media): an existing project gains the tables for original files,
pages, picture regions and sync points, keeps its sources (now not machine-made), and the
step goes down and up again, on SQLite and on PostgreSQL."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import Engine, create_engine, inspect, select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.core.project import Project
from app.models import (
    Code,
    CodedSegment,
    Coder,
    SegmentRegion,
    Source,
    SourceFile,
    SourcePage,
    SyncPoint,
)
from app.storage.schema import alembic_config, current_revision

NEW_TABLES = {"source_files", "source_pages", "segment_regions", "sync_points"}


def _migrate(engine: Engine, action: str, revision: str) -> None:
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        getattr(command, action)(config, revision)


def _fill(engine: Engine) -> int:
    """One photo source with its file, one page, a coded region and a sync point."""
    with Session(engine) as session:
        source = Source(title="Foto pasar", kind="observation", text="Foto pasar",
                        char_count=10)
        code = Code(name="Suasana")
        coder = Coder(name="Peneliti")
        session.add_all([source, code, coder])
        session.flush()
        session.add(SourceFile(source_id=source.id, filename="pasar.jpg", media_type="image",
                               mime="image/jpeg", byte_size=4, sha256="0" * 64,
                               data=b"\xff\xd8\xff\xe0", meta={"exif_date": "2024-03-02"}))
        session.add(SourcePage(source_id=source.id, number=1, start=0, end=10,
                               width=595.0, height=842.0, header="Renstra", footer="14"))
        segment = CodedSegment(source_id=source.id, code_id=code.id, coder_id=coder.id,
                               start=0, end=10, text="Pedagang menata dagangan")
        session.add(segment)
        session.flush()
        session.add(SegmentRegion(segment_id=segment.id, x=0.1, y=0.2, w=0.3, h=0.4,
                                  description="Pedagang menata dagangan"))
        session.add(SyncPoint(source_id=source.id, offset=5, time_ms=1500))
        session.commit()
        return source.id


def _check_round_trip(engine: Engine) -> None:
    _migrate(engine, "downgrade", "0007")
    assert current_revision(engine) == "0007"
    inspector = inspect(engine)
    assert not NEW_TABLES & set(inspector.get_table_names())
    assert "machine_made" not in {column["name"] for column in inspector.get_columns("sources")}
    with engine.begin() as connection:
        connection.execute(text(
            "INSERT INTO sources (title, kind, text, char_count, word_count, file_name, "
            "file_format, encoding, sha256, guid, created_at) VALUES ('Wawancara', "
            "'interview', 'Halo', 4, 1, 'w.txt', 'txt', 'utf-8', '', 'g-1', "
            "CURRENT_TIMESTAMP)"))
    # To the head: the models read below carry what later revisions add (0009's row versions).
    _migrate(engine, "upgrade", "head")
    assert set(inspect(engine).get_table_names()) >= NEW_TABLES
    with Session(engine) as session:
        old = session.scalars(select(Source).where(Source.title == "Wawancara")).one()
        assert old.machine_made is False
    source_id = _fill(engine)
    with Session(engine) as session:
        stored = session.scalars(select(SourceFile)).one()
        assert stored.data == b"\xff\xd8\xff\xe0"
        assert stored.meta == {"exif_date": "2024-03-02"}
        assert session.scalars(select(SyncPoint.time_ms)).one() == 1500
        session.add(SyncPoint(source_id=source_id, offset=5, time_ms=99))
        with pytest.raises(IntegrityError):
            session.flush()
        session.rollback()
        session.delete(session.get(Source, source_id))
        session.commit()
        for model in (SourceFile, SourcePage, SegmentRegion, SyncPoint):
            assert session.scalars(select(model)).all() == []


def test_sqlite_project_at_0007_gains_source_media_and_goes_back(tmp_path: Path) -> None:
    project = Project.create(tmp_path / "p.telaah")
    engine = create_engine(f"sqlite:///{tmp_path / 'p.telaah'}")
    try:
        with engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA foreign_keys=ON")
        _check_round_trip(engine)
    finally:
        engine.dispose()
        project.close()


def test_a_region_must_have_an_area(tmp_path: Path) -> None:
    project = Project.create(tmp_path / "p.telaah")
    try:
        with Session(project.engine) as session:
            source = Source(title="Foto", kind="observation", text="Foto", char_count=4)
            code, coder = Code(name="A"), Coder(name="B")
            session.add_all([source, code, coder])
            session.flush()
            segment = CodedSegment(source_id=source.id, code_id=code.id, coder_id=coder.id,
                                   start=0, end=4, text="x")
            session.add(segment)
            session.flush()
            session.add(SegmentRegion(segment_id=segment.id, x=0.1, y=0.1, w=0.0, h=0.2))
            with pytest.raises(IntegrityError):
                session.flush()
    finally:
        project.close()


def test_postgres_project_gains_source_media_and_goes_back(postgres_url: str) -> None:
    project = Project.create(postgres_url)
    try:
        _check_round_trip(project.engine)
    finally:
        project.close()
