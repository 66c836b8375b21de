"""The core operations of the harness, each with the baseline it is compared with.

Each function takes the :class:`Bench` of one run of the harness and returns an
:class:`~benchmarks.timing.Operation`; set-up (copies of the cached project, imports of
the long transcript) happens in the function and is not timed. Operations that write work
on copies in the run's work folder, never on the cached project.
"""

from __future__ import annotations

import re
import shutil
import sqlite3
import statistics
import time
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import func, select

from app.analysis.agreement_data import AgreementSettings, CodingSpan
from app.core.agreement import measure_agreement
from app.core.displays import code_matrix
from app.core.project import Project
from app.core.segments import add_segment
from app.core.sources import import_sources
from app.core.triangulation import triangulation_matrix
from app.models import Code, CodedSegment, Coder, Source, Turn
from benchmarks.agreement import baseline as group_and_sort_spans
from benchmarks.coding_plan import sentence_spans
from benchmarks.generate import GeneratedProject
from benchmarks.timing import Operation

Say = Callable[[str], None]
ADD_SEGMENT_RUNS = 40  # calls per repeat: one call is about a millisecond
_BARE_TABLE = """
CREATE TABLE segments (
    id INTEGER PRIMARY KEY, source_id INTEGER NOT NULL, code_id INTEGER NOT NULL,
    coder_id INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
    text TEXT NOT NULL, memo TEXT NOT NULL, valence TEXT, review_status TEXT NOT NULL,
    guid TEXT NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL);
CREATE INDEX ix_segments_source_start ON segments (source_id, start);
CREATE INDEX ix_segments_code ON segments (code_id);
CREATE INDEX ix_segments_coder ON segments (coder_id);
CREATE INDEX ix_segments_review ON segments (review_status);
"""


@dataclass
class Bench:
    """What every operation of one harness run shares: the generated files, a work
    folder, and one read-only handle on the cached project."""

    generated: GeneratedProject
    work: Path
    say: Say = print
    _reader: Project | None = field(default=None, repr=False)

    def reader(self) -> Project:
        if self._reader is None:
            self._reader = Project.open(self.generated.project_path, read_only=True)
        return self._reader

    def folder(self, name: str) -> Path:
        path = self.work / name
        path.mkdir(parents=True, exist_ok=True)
        return path

    def copy_project(self, name: str) -> Path:
        copy = self.folder(name) / "project.telaah"
        shutil.copyfile(self.generated.project_path, copy)
        return copy

    @property
    def segments_workload(self) -> str:
        manifest = self.generated.manifest
        return (f"{manifest['segments']:,} segments, {manifest['sources']} sources, "
                f"{len(manifest['coders'])} coders")

    def close(self) -> None:
        if self._reader is not None:
            self._reader.close()
            self._reader = None


def add_segment_operation(bench: Bench) -> Operation:
    """``add_segment`` on spread-out sentences of the long transcript, imported into a copy
    of the project; baseline: one bare sqlite3 INSERT + commit into a like table."""
    project = Project.open(bench.copy_project("add_segment"))
    source_id = import_sources(project, paths=[bench.generated.long_transcript],
                               informant="I1").created
    assert source_id is not None
    with project.reading() as session:
        text = session.scalar(select(Source.text).where(Source.id == source_id)) or ""
        answers = session.execute(select(Turn.start, Turn.end).where(
            Turn.source_id == source_id, Turn.role == "informant").order_by(Turn.start)).all()
        code_ids = list(session.scalars(select(Code.id).where(Code.codable.is_(True))))
        coder_id = session.scalar(select(Coder.id).order_by(Coder.id))
    assert coder_id is not None
    step = max(1, len(answers) // 97)
    spans = [span for start, end in answers[::step] for span in sentence_spans(text, start, end)]
    spans = _spread(spans[:: max(1, len(spans) // 400)] or [(0, 1)])
    by_tenth: dict[int, list[float]] = {}

    def run(number: int) -> None:
        start, end = spans[number % len(spans)]
        started = time.perf_counter()
        add_segment(project, source_id=source_id, code_id=code_ids[number % len(code_ids)],
                    coder_id=coder_id, start=start, end=end)
        by_tenth.setdefault(start * 10 // max(1, len(text)), []).append(
            time.perf_counter() - started)

    bare = sqlite3.connect(bench.folder("add_segment") / "bare.sqlite", isolation_level=None)
    for pragma in ("journal_mode = WAL", "synchronous = NORMAL", "foreign_keys = ON"):
        bare.execute(f"PRAGMA {pragma}")
    bare.executescript(_BARE_TABLE)

    def baseline(number: int) -> None:
        start, end = spans[number % len(spans)]
        bare.execute("BEGIN IMMEDIATE")
        bare.execute(
            'INSERT INTO segments (source_id, code_id, coder_id, start, "end", text, memo, '
            "valence, review_status, guid, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, '', NULL, 'pending', ?, ?, ?)",
            (source_id, code_ids[number % len(code_ids)], coder_id, start, end,
             text[start:end], f"guid-{number}", "2024-01-01 00:00:00", "2024-01-01 00:00:00"))
        bare.execute("COMMIT")

    def close() -> None:
        project.close()
        bare.close()
        medians = {tenth: statistics.median(times) * 1000 for tenth, times in by_tenth.items()}
        if medians:  # the warm-up run and the timed runs, by where the segment starts
            operation.notes.append(
                "median by place in the source: first tenth "
                f"{medians.get(0, float('nan')):.2f} ms, middle "
                f"{medians.get(5, medians.get(4, float('nan'))):.2f} ms, last tenth "
                f"{medians.get(9, float('nan')):.2f} ms; timed runs cover all ten tenths"
                if len(medians) == 10 else f"tenths of the source timed: {sorted(medians)}")

    words = bench.generated.manifest["long_words"]
    operation = Operation(
        name="add_segment", run=run, baseline=baseline, close=close,
        runs_per_repeat=ADD_SEGMENT_RUNS,
        workload=f"{words:,}-word source in a copy of the project "
                 f"({bench.generated.manifest['segments']:,} segments)",
        baseline_label="bare sqlite3 INSERT + commit into a like table (WAL, same indexes)")
    return operation


def _spread(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` (in document order) reordered so that any first few of them lie spread
    over the whole document, its last tenth included (bit-reversed order)."""
    bits = max(1, (len(spans) - 1).bit_length())
    order = sorted(range(len(spans)), key=lambda index: int(f"{index:0{bits}b}"[::-1], 2))
    return [spans[index] for index in order]


# A speaker label at the start of a line ("Pewawancara:", "Informan 1:"), for the plain
# Python baseline of an import.
_SPEAKER = re.compile(r"^[^\S\n]*([^\n:]{1,40}):[^\S\n]*", re.MULTILINE)


def plain_import(path: Path) -> tuple[str, list[tuple[int, int]]]:
    """What an import must do at least, in plain Python: read and decode the file, make
    its line breaks and Unicode form canonical (NFC), and split it into speaker turns."""
    text = path.read_bytes().decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")
    text = unicodedata.normalize("NFC", text)
    starts = [match.start() for match in _SPEAKER.finditer(text)]
    return text, list(zip(starts, [*starts[1:], len(text)], strict=True))


def import_operation(bench: Bench) -> Operation:
    """``import_sources`` of the long transcript into a fresh project per run;
    baseline: reading, normalising and splitting it into turns in plain Python."""
    folder = bench.folder("import")
    path = bench.generated.long_transcript
    projects: dict[int, Project] = {}

    def before(number: int) -> None:
        projects[number] = Project.create(folder / f"import{number + 1}.telaah")

    def run(number: int) -> None:
        import_sources(projects[number], paths=[path])

    def after(number: int) -> None:
        projects.pop(number).close()
        for suffix in ("", "-wal", "-shm"):
            Path(f"{folder / f'import{number + 1}.telaah'}{suffix}").unlink(missing_ok=True)

    return Operation(
        name="import_txt", run=run, before=before, after=after,
        baseline=lambda _number: plain_import(path),
        workload=f"{bench.generated.manifest['long_words']:,} words, "
                 f"{path.stat().st_size / 1e6:.1f} MB",
        baseline_label="plain Python: read, decode, normalise line breaks and NFC, split "
                       "into speaker turns with one regex")


def code_matrix_operation(bench: Bench) -> Operation:
    project = bench.reader()
    counts = (select(CodedSegment.code_id, Source.informant_id, func.count())
              .join(Source, CodedSegment.source_id == Source.id)
              .group_by(CodedSegment.code_id, Source.informant_id))
    return Operation(
        name="code_matrix", run=lambda _number: code_matrix(project),
        baseline=lambda _number: _count(project, counts),
        workload=bench.segments_workload,
        baseline_label="SQL GROUP BY code, informant: count(*)")


def triangulation_operation(bench: Bench) -> Operation:
    project = bench.reader()
    counts = (select(CodedSegment.code_id, Source.kind, Source.informant_id,
                     CodedSegment.valence, func.count())
              .join(Source, CodedSegment.source_id == Source.id)
              .group_by(CodedSegment.code_id, Source.kind, Source.informant_id,
                        CodedSegment.valence))
    return Operation(
        name="triangulation_matrix", run=lambda _number: triangulation_matrix(project),
        baseline=lambda _number: _count(project, counts),
        workload=bench.segments_workload,
        baseline_label="SQL GROUP BY code, source kind, informant, valence: count(*)")


def _count(project: Project, query) -> None:  # type: ignore[no-untyped-def]
    with project.reading() as session:
        session.execute(query).all()


def agreement_operation(unit: str) -> Callable[[Bench], Operation]:
    def build(bench: Bench) -> Operation:
        project = bench.reader()
        coders = tuple(bench.generated.manifest["coders"])
        settings = AgreementSettings(coders=coders, unit=unit)

        def baseline(_number: int) -> None:
            with project.reading() as session:
                names = dict(session.execute(select(Coder.id, Coder.name)).all())
                spans = [CodingSpan(row.id, row.source_id, row.code_id, names[row.coder_id],
                                    row.start, row.end)
                         for row in session.execute(select(
                             CodedSegment.id, CodedSegment.source_id, CodedSegment.code_id,
                             CodedSegment.coder_id, CodedSegment.start, CodedSegment.end))]
            group_and_sort_spans(spans)

        statistics_only = []
        for _ in range(3):
            started = time.perf_counter()
            measure_agreement(project, settings=settings, with_disagreements=False)
            statistics_only.append(time.perf_counter() - started)
        return Operation(
            name=f"agreement_{unit}",
            notes=[(f"without the disagreement list (with_disagreements=False): median of 3 "
                    f"{statistics.median(statistics_only) * 1000:.0f} ms")],
            run=lambda _number: measure_agreement(project, settings=settings),
            baseline=baseline,
            workload=f"{bench.segments_workload}, all coders compared, disagreement "
                     "list built",
            baseline_label="bare SELECT of the spans, grouped by (code, source) and sorted "
                           "(benchmarks.agreement.baseline)")
    return build
