"""Sources: import transcripts and notes, list them, read one with its speaker turns."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from app.core.changes import Changes
from app.core.ids import InformantId, SourceId
from app.core.lookup import find_informant
from app.core.project import Project
from app.core.source_media import store_originals, taken_date
from app.errors import DuplicateName, InvalidValue, NotFound
from app.io.source_file import SourceFile, read_source_file
from app.models import CodedSegment, Informant, Source, Turn
from app.models.source import SOURCE_KINDS

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class SourceView:
    id: SourceId
    title: str
    kind: str
    informant_id: InformantId | None
    informant_label: str | None
    source_date: date | None
    word_count: int
    char_count: int
    segment_count: int
    file_name: str
    # A machine-made transcript (automatic transcription) no person has checked yet.
    machine_made: bool = False


@dataclass(frozen=True)
class TurnView:
    number: int
    speaker: str
    role: str | None
    start: int
    end: int


@dataclass(frozen=True)
class SourceDocument:
    id: SourceId
    title: str
    kind: str
    informant_label: str | None
    text: str
    turns: tuple[TurnView, ...]


def count_words(text: str) -> int:
    return len(text.split())


def import_sources(
    project: Project,
    *,
    paths: Sequence[Path],
    kind: str = "interview",
    informant: str | None = None,
    titles: Sequence[str] | None = None,
    source_date: date | None = None,
    encoding: str | None = None,
    progress: Progress | None = None,
    ocr: bool = False,
) -> Changes:
    """Read every file, then store them all in one transaction: all or nothing.

    ``ocr`` recognises the text of scanned PDFs with Tesseract (they are refused without).

    A title defaults to the file name without its suffix. Any unreadable file, duplicate
    title or unknown informant raises before the project is touched.
    """
    if kind not in SOURCE_KINDS:
        raise InvalidValue(field="source kind", value=kind, detail=", ".join(SOURCE_KINDS))
    titles = list(titles) if titles is not None else [Path(path).stem for path in paths]
    if len(titles) != len(paths):
        raise InvalidValue(field="titles", value=len(titles), detail="one title per file")
    _check_unique(titles)
    files = read_files(paths, encoding=encoding, progress=progress, ocr=ocr)
    with project.writing() as session:
        informant_id = find_informant(session, informant).id if informant else None
        ids = store_sources(session, files, titles=titles, kinds=[kind] * len(files),
                            informant_ids=[informant_id] * len(files),
                            source_date=source_date)
        return Changes(
            sources=frozenset(ids),
            informants=frozenset({informant_id}) if informant_id else frozenset(),
            created=ids[0] if len(ids) == 1 else None,
        )


# Progress of an import is counted in hundredths of a file, so a long PDF (or its OCR)
# moves the bar page by page.
_STEPS_PER_FILE = 100


def read_files(paths: Sequence[Path], *, encoding: str | None = None,
               progress: Progress | None = None, ocr: bool = False) -> list[SourceFile]:
    """Read and normalise every file before the project is touched; ``ocr`` recognises
    the text of scanned PDFs."""
    files: list[SourceFile] = []
    total = len(paths) * _STEPS_PER_FILE
    for done, path in enumerate(paths):
        def pages(page: int, pages: int, done: int = done) -> None:
            if progress is not None and pages:
                progress(done * _STEPS_PER_FILE + page * (_STEPS_PER_FILE - 1) // pages,
                         total)
        files.append(read_source_file(Path(path), encoding=encoding, ocr=ocr,
                                      progress=pages))
        if progress is not None:
            progress((done + 1) * _STEPS_PER_FILE, total)
    return files


def store_sources(session: Session, files: Sequence[SourceFile], *, titles: Sequence[str],
                  kinds: Sequence[str], informant_ids: Sequence[int | None],
                  source_date: date | None = None) -> list[SourceId]:
    """Add read files as sources inside an open session; their ids, in order."""
    _check_unique(titles)
    taken = set(session.scalars(select(Source.title).where(Source.title.in_(titles))))
    if taken:
        raise DuplicateName(kind="source", name=", ".join(sorted(taken)))
    sources = [
        _new_source(source_file, title, kind, informant_id, source_date)
        for source_file, title, kind, informant_id in zip(files, titles, kinds, informant_ids)
    ]
    session.add_all(sources)
    session.flush()
    # Turns in one executemany: as ORM objects, the 17,000 turns of a 500,000-word
    # transcript cost over a second of unit-of-work bookkeeping (benchmarks/).
    turn_rows = [
        {"source_id": source.id, "number": turn.number, "speaker": turn.speaker,
         "role": turn.role, "start": turn.start, "end": turn.end}
        for source, source_file in zip(sources, files) for turn in source_file.turns
    ]
    if turn_rows:
        session.execute(insert(Turn), turn_rows)
    store_originals(session, [source.id for source in sources], files)
    return [source.id for source in sources]


def _check_unique(titles: Sequence[str]) -> None:
    seen: set[str] = set()
    for title in titles:
        if not title.strip():
            raise InvalidValue(field="source title", value=title, detail="it is empty")
        if title in seen:
            raise DuplicateName(kind="source", name=title)
        seen.add(title)


def _new_source(
    source_file: SourceFile,
    title: str,
    kind: str,
    informant_id: int | None,
    source_date: date | None,
) -> Source:
    return Source(
        title=title,
        kind=kind,
        informant_id=informant_id,
        source_date=source_date or taken_date(source_file.taken),
        text=source_file.text,
        char_count=len(source_file.text),
        word_count=count_words(source_file.text),
        file_name=source_file.file_name,
        file_format=source_file.file_format,
        encoding=source_file.encoding,
        sha256=source_file.sha256,
        machine_made=source_file.machine_made,
    )


def list_sources(project: Project) -> list[SourceView]:
    """Every source, without its text, ordered by kind, informant and title."""
    with project.reading() as session:
        counts = dict(
            session.execute(
                select(CodedSegment.source_id, func.count(CodedSegment.id)).group_by(
                    CodedSegment.source_id
                )
            ).all()
        )
        rows = session.execute(
            select(Source, Informant.label)
            .outerjoin(Informant, Source.informant_id == Informant.id)
            .order_by(Source.kind, Informant.label, Source.title)
        ).all()
        return [
            SourceView(
                id=source.id,
                title=source.title,
                kind=source.kind,
                informant_id=source.informant_id,
                informant_label=label,
                source_date=source.source_date,
                word_count=source.word_count,
                char_count=source.char_count,
                segment_count=counts.get(source.id, 0),
                file_name=source.file_name,
                machine_made=bool(source.machine_made),
            )
            for source, label in rows
        ]


def read_source(project: Project, *, source_id: int) -> SourceDocument:
    with project.reading() as session:
        source = session.get(Source, source_id)
        if source is None:
            raise NotFound(kind="source", key=source_id)
        informant = session.get(Informant, source.informant_id) if source.informant_id else None
        return SourceDocument(
            id=source.id,
            title=source.title,
            kind=source.kind,
            informant_label=informant.label if informant else None,
            text=source.text,
            turns=tuple(
                TurnView(number=turn.number, speaker=turn.speaker, role=turn.role,
                         start=turn.start, end=turn.end)
                for turn in source.turns
            ),
        )
