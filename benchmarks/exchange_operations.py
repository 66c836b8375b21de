"""Search and the exports of the harness: fuzzy search, excerpts to Word, QDPX round trip.

Fuzzy search and the excerpt export reuse the stand-alone benchmarks
(:mod:`benchmarks.fuzzy_search` for the queries, :mod:`benchmarks.export_excerpts` for the
excerpt project, the raw-XML floor and the bare python-docx loop), measured here on the
harness's projects.
"""

from __future__ import annotations

import statistics
import time
import zipfile
from pathlib import Path

from rapidfuzz import fuzz, process
from sqlalchemy import select

from app.analysis.search import (
    DEFAULT_FUZZY_LIMIT,
    DEFAULT_FUZZY_THRESHOLD,
    SearchIndex,
    passage_spans,
)
from app.core.excerpts import ExcerptOptions, excerpt_document, export_excerpts
from app.core.project import Project
from app.core.qdpx import export_qdpx, import_qdpx
from app.core.search import load_search_texts
from app.io.export_labels import ExportLabels
from app.models import Source
from benchmarks.core_operations import Bench
from benchmarks.export_excerpts import bare_python_docx, raw_wordprocessingml
from benchmarks.fuzzy_search import QUERIES
from benchmarks.timing import Operation


def fuzzy_search_operation(bench: Bench) -> Operation:
    """``SearchIndex.fuzzy`` (index built once, as the GUI does) for each query of
    benchmarks.fuzzy_search in turn; baseline: rapidfuzz ``process.extract`` with
    ``partial_ratio`` over the same sentences, unfolded, with the same cutoff and limit."""
    texts = load_search_texts(bench.reader())
    started = time.perf_counter()
    index = SearchIndex(texts)
    built = time.perf_counter() - started
    sentences = [text.text[start:end] for text in texts for start, end in passage_spans(text.text)]
    words = sum(len(text.text.split()) for text in texts)

    def baseline(number: int) -> None:
        process.extract(QUERIES[number % len(QUERIES)], sentences, scorer=fuzz.partial_ratio,
                        score_cutoff=DEFAULT_FUZZY_THRESHOLD, limit=DEFAULT_FUZZY_LIMIT)

    hits = [len(index.fuzzy(query)) for query in QUERIES]
    return Operation(
        name="fuzzy_search", run=lambda number: index.fuzzy(QUERIES[number % len(QUERIES)]),
        baseline=baseline, runs_per_repeat=len(QUERIES),
        workload=f"{words:,} words in {len(sentences):,} sentences; {len(QUERIES)} queries",
        baseline_label="rapidfuzz process.extract(partial_ratio) over the plain sentences",
        notes=[f"index built once in {built:.2f} s (off the GUI thread in the app)",
               f"hits per query: {hits}"])


def export_excerpts_operation(bench: Bench) -> Operation:
    """``export_excerpts`` of every excerpt of the excerpt project (one segment per
    informant turn, benchmarks.export_excerpts); baseline: the floor (issue 19), the same
    quotes and citations written as raw WordprocessingML into a .docx
    (:func:`benchmarks.export_excerpts.raw_wordprocessingml`). The bare python-docx loop
    is timed after each run, untimed for the row, and its median goes into the notes."""
    project = Project.open(bench.generated.excerpt_project, read_only=True)
    labels = ExportLabels("id")
    model = excerpt_document(project, options=ExcerptOptions(), labels=labels)
    pairs = [(excerpt.text, labels.citation(excerpt.citation))
             for section in model.sections for group in section.groups
             for excerpt in group.excerpts]
    folder = bench.folder("excerpts")
    output = folder / "kutipan.docx"
    floor_output = folder / "floor.docx"
    loop_times: list[float] = []
    run_times: list[float] = []

    def run(number: int) -> None:
        started = time.perf_counter()
        export_excerpts(project, path=output, options=ExcerptOptions(), labels=labels)
        if number >= 0:
            run_times.append(time.perf_counter() - started)

    def python_docx_loop(number: int) -> None:
        if number < 0:  # not after the warm-up
            return
        started = time.perf_counter()
        bare_python_docx(pairs)
        loop_times.append(time.perf_counter() - started)

    operation = Operation(
        name="export_excerpts", run=run,
        baseline=lambda _number: raw_wordprocessingml(pairs, floor_output),
        after=python_docx_loop,
        workload=f"{len(pairs):,} excerpts in {len(model.sections)} sections",
        baseline_label="floor: the quotes (Quote style) and citations as raw "
                       "WordprocessingML strings in a .docx zip (+ the template's styles "
                       "part), written to disk")

    def close() -> None:
        project.close()
        if loop_times and run_times:
            loop = statistics.median(loop_times)
            operation.notes.append(
                f"bare python-docx loop (add_paragraph Quote + citation each, then save): "
                f"median {loop:.2f} s over {len(loop_times)} runs; Telaah / loop "
                f"{statistics.median(run_times) / loop:.2f}")
        operation.notes.append(f"docx {output.stat().st_size / 1e6:.1f} MB, floor "
                               f"{floor_output.stat().st_size / 1e6:.1f} MB")

    operation.close = close
    return operation


def qdpx_operation(bench: Bench) -> Operation:
    """``export_qdpx`` of the project, then ``import_qdpx`` of that archive into a new
    project file; baseline: the source texts zipped (deflate) and read back."""
    folder = bench.folder("qdpx")
    archive = folder / "project.qdpx"
    project = bench.reader()
    with project.reading() as session:
        texts = list(session.execute(select(Source.guid, Source.text)).all())
    phases: dict[str, list[float]] = {"export": [], "import": []}

    def imported(number: int) -> Path:
        return folder / f"imported{number + 1}.telaah"

    def run(number: int) -> None:
        started = time.perf_counter()
        export_qdpx(project, path=archive)
        exported = time.perf_counter()
        import_qdpx(archive, imported(number))
        phases["export"].append(exported - started)
        phases["import"].append(time.perf_counter() - exported)

    def after(number: int) -> None:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{imported(number)}{suffix}").unlink(missing_ok=True)

    def baseline(_number: int) -> None:
        bare = folder / "bare.zip"
        with zipfile.ZipFile(bare, "w", zipfile.ZIP_DEFLATED) as writing:
            for guid, text in texts:
                writing.writestr(f"sources/{guid}.txt", text.encode("utf-8"))
        with zipfile.ZipFile(bare) as reading:
            for name in reading.namelist():
                reading.read(name).decode("utf-8")

    operation = Operation(
        name="qdpx_roundtrip", run=run, after=after, baseline=baseline,
        workload=bench.segments_workload,
        baseline_label="zip the source texts (deflate) and read them back")

    def close() -> None:
        timed = slice(1, None)  # the first entries come from the warm-up run
        operation.notes.append(
            f"export median {statistics.median(phases['export'][timed] or phases['export']):.2f}"
            f" s, import median {statistics.median(phases['import'][timed] or phases['import']):.2f}"
            f" s, archive {archive.stat().st_size / 1e6:.1f} MB")

    operation.close = close
    return operation
