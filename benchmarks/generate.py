"""Build (or reuse) the synthetic project of a scale, its long transcript and its excerpts.

Run: ``python -m benchmarks.generate [--scale thesis|group] [--cache DIR] [--force]``.

Everything goes through the core — codebook, informants, coders, source imports — except
the segments of a large plan, which are bulk-inserted with SQLAlchemy Core in one
transaction (50,000 ``add_segment`` calls would take minutes; generation is not a
measured operation). Output is cached in ``<cache>/<scale>-v<version>/`` and reused by
later runs; a half-built folder never looks like a finished one (it is built under
another name and renamed at the end).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select

from app.core.coders import ensure_coder
from app.core.codes import import_codebook
from app.core.informants import add_informant
from app.core.project import Project
from app.core.segments import add_segment
from app.core.sources import import_sources
from app.models import Code, CodedSegment, Source, Turn
from app.models.base import utc_now
from app.resources import default_codebook
from benchmarks.coding_plan import CodableSource, PlannedSegment, plan_source
from benchmarks.export_excerpts import build_project as build_excerpt_project
from benchmarks.interview_text import INFORMANT, InterviewWriter
from benchmarks.scales import SCALES, Scale

SEED = 2024
# Plans up to this size go through add_segment, one committed call per segment.
CORE_SEGMENT_LIMIT = 5_000
PROJECT_FILE = "project.telaah"
LONG_TRANSCRIPT = "wawancara_panjang.txt"
EXCERPT_FOLDER = "excerpts"
MANIFEST = "manifest.json"
_PARAGRAPH_BREAK = "\n\n"
_INFORMANT_TYPES = ("kunci", "utama", "utama", "utama", "pendukung")
_PSEUDONYMS = ("Ratna", "Yuliana", "Bambang", "Fajar", "Siti", "Agus", "Dewi", "Hendra",
               "Putri", "Rizky", "Wahyu", "Lestari", "Joko", "Nur", "Indah")

Say = Callable[[str], None]


@dataclass(frozen=True)
class GeneratedProject:
    """The files of one scale. ``manifest`` holds counts and the focus source's id."""

    folder: Path
    manifest: dict[str, Any]

    @property
    def project_path(self) -> Path:
        return self.folder / PROJECT_FILE

    @property
    def long_transcript(self) -> Path:
        return self.folder / LONG_TRANSCRIPT

    @property
    def excerpt_project(self) -> Path:
        return self.folder / EXCERPT_FOLDER / "bench.telaah"


def default_cache() -> Path:
    return Path(tempfile.gettempdir()) / "telaah-benchmarks"


def prepare(scale: Scale, cache: Path, *, force: bool = False,
            say: Say = print) -> GeneratedProject:
    """The cached project of ``scale``, built first if missing (or if ``force``)."""
    folder = cache / scale.key
    if force and folder.exists():
        shutil.rmtree(folder)
    if not (folder / MANIFEST).is_file():
        cache.mkdir(parents=True, exist_ok=True)
        building = Path(tempfile.mkdtemp(prefix=f"{scale.key}.building-", dir=cache))
        try:
            say(f"generating the {scale.name} project in {folder} ...")
            _build(scale, building, say)
            shutil.rmtree(folder, ignore_errors=True)
            os.replace(building, folder)
        finally:
            shutil.rmtree(building, ignore_errors=True)
    return prepare_existing(folder)


def prepare_existing(folder: Path) -> GeneratedProject:
    """A scale's folder generated earlier by :func:`prepare`."""
    manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    return GeneratedProject(folder=folder, manifest=manifest)


def _build(scale: Scale, folder: Path, say: Say) -> None:
    started = time.perf_counter()
    writer = InterviewWriter(SEED)
    project = Project.create(folder / PROJECT_FILE, title=f"Benchmark {scale.name}")
    with project:
        import_codebook(project, path=default_codebook())
        labels = _add_informants(project, scale.informants)
        coder_ids = [ensure_coder(project, name=name).created for name in scale.coders]
        focus_id = _import_texts(project, scale, writer, labels, folder / "texts")
        say(f"  {scale.sources} sources imported "
            f"({time.perf_counter() - started:.1f} s); planning {scale.segments:,} segments")
        plan = _plan(project, scale, focus_id)
        if len(plan) <= CORE_SEGMENT_LIMIT:
            _add_through_core(project, plan, coder_ids)
        else:
            _bulk_insert(project, plan, coder_ids)
        words = _word_counts(project, focus_id)
    shutil.rmtree(folder / "texts")
    (folder / LONG_TRANSCRIPT).write_text(
        writer.interview(title="Wawancara panjang", informant="I1", words=scale.long_words),
        encoding="utf-8")
    (folder / EXCERPT_FOLDER).mkdir()
    build_excerpt_project(folder / EXCERPT_FOLDER, scale.excerpts).close()
    manifest = {
        "scale": scale.name,
        "sources": scale.sources,
        "words": words["total"],
        "segments": len(plan),
        "coders": list(scale.coders),
        "focus_source_id": focus_id,
        "focus_words": words["focus"],
        "focus_segments": sum(1 for segment in plan if segment.source_id == focus_id),
        "long_words": len(
            (folder / LONG_TRANSCRIPT).read_text(encoding="utf-8").split()),
        "excerpts": scale.excerpts,
        "generation_seconds": round(time.perf_counter() - started, 1),
    }
    (folder / MANIFEST).write_text(json.dumps(manifest, indent=2), encoding="utf-8")
    say(f"  done in {manifest['generation_seconds']} s: {manifest['words']:,} words, "
        f"{manifest['segments']:,} segments")


def _add_informants(project: Project, count: int) -> list[str]:
    labels = [f"I{number}" for number in range(1, count + 1)]
    for index, label in enumerate(labels):
        add_informant(project, label=label,
                      pseudonym=f"{_PSEUDONYMS[index % len(_PSEUDONYMS)]} {index + 1}",
                      role="Pegawai Dinas Koperasi dan UKM" if index % 3 else "Pelaku UMKM",
                      informant_type=_INFORMANT_TYPES[index % len(_INFORMANT_TYPES)])
    return labels


def _import_texts(project: Project, scale: Scale, writer: InterviewWriter,
                  labels: list[str], folder: Path) -> int:
    """Write and import every source; returns the id of the first (focus) interview."""
    folder.mkdir()
    focused = 1 if scale.focus_words else 0
    per_source = (scale.words - scale.focus_words) // (scale.sources - focused)
    by_informant: dict[str, list[Path]] = {}
    for number in range(1, scale.interviews + 1):
        label = labels[(number - 1) % len(labels)]
        title = f"Wawancara {number:03d} {label}"
        words = scale.focus_words if number == 1 and focused else per_source
        path = folder / f"{title}.txt"
        path.write_text(writer.interview(title=title, informant=label, words=words),
                        encoding="utf-8")
        by_informant.setdefault(label, []).append(path)
    for label, paths in by_informant.items():
        import_sources(project, paths=paths, kind="interview", informant=label)
    notes: dict[str, list[Path]] = {"observation": [], "documentation": []}
    for number in range(1, scale.notes + 1):
        kind = "observation" if number % 2 else "documentation"
        title = f"{'Observasi' if number % 2 else 'Dokumentasi'} {number:03d}"
        path = folder / f"{title}.txt"
        path.write_text(writer.field_note(title=title, words=per_source), encoding="utf-8")
        notes[kind].append(path)
    for kind, paths in notes.items():
        if paths:
            import_sources(project, paths=paths, kind=kind)
    first_title = f"Wawancara 001 {labels[0]}"
    with project.reading() as session:
        return session.scalars(select(Source.id).where(Source.title == first_title)).one()


def _plan(project: Project, scale: Scale, focus_id: int) -> list[PlannedSegment]:
    chooser = random.Random(SEED)
    with project.reading() as session:
        code_ids = list(session.scalars(
            select(Code.id).where(Code.codable.is_(True)).order_by(Code.id)))
        texts = dict(session.execute(select(Source.id, Source.text).order_by(Source.id)).all())
        answers: dict[int, list[tuple[int, int]]] = {}
        for source_id, start, end in session.execute(
                select(Turn.source_id, Turn.start, Turn.end)
                .where(Turn.role == "informant").order_by(Turn.source_id, Turn.start)):
            answers.setdefault(source_id, []).append((start + len(INFORMANT) + 2, end))
    sources = [CodableSource(source_id=source_id, text=text,
                             units=tuple(answers.get(source_id) or _paragraphs(text)))
               for source_id, text in texts.items()]
    focus_quota = scale.focus_segments if scale.focus_words else 0
    others = [source for source in sources if source.source_id != focus_id or not focus_quota]
    quotas = {source.source_id: (scale.segments - focus_quota) // len(others)
              for source in others}
    for source in others[: (scale.segments - focus_quota) % len(others)]:
        quotas[source.source_id] += 1
    if focus_quota:
        quotas[focus_id] = focus_quota
    plan: list[PlannedSegment] = []
    for source in sources:
        plan.extend(plan_source(source, quota=quotas[source.source_id], code_ids=code_ids,
                                coders=len(scale.coders), chooser=chooser))
    return plan


def _paragraphs(text: str) -> list[tuple[int, int]]:
    spans, position = [], 0
    for paragraph in text.split(_PARAGRAPH_BREAK):
        spans.append((position, position + len(paragraph)))
        position += len(paragraph) + len(_PARAGRAPH_BREAK)
    return spans[1:]  # the first paragraph is the note's heading


def _add_through_core(project: Project, plan: list[PlannedSegment],
                      coder_ids: list[int | None]) -> None:
    for segment in plan:
        coder_id = coder_ids[segment.coder]
        assert coder_id is not None
        add_segment(project, source_id=segment.source_id, code_id=segment.code_id,
                    coder_id=coder_id, start=segment.start, end=segment.end,
                    valence=segment.valence)


def _bulk_insert(project: Project, plan: list[PlannedSegment],
                 coder_ids: list[int | None]) -> None:
    now = utc_now()
    with project.writing() as session:
        texts = dict(session.execute(select(Source.id, Source.text)).all())
        session.execute(insert(CodedSegment), [
            {"source_id": segment.source_id, "code_id": segment.code_id,
             "coder_id": coder_ids[segment.coder], "start": segment.start, "end": segment.end,
             "text": texts[segment.source_id][segment.start:segment.end], "memo": "",
             "valence": segment.valence, "created_at": now, "updated_at": now}
            for segment in plan
        ])


def _word_counts(project: Project, focus_id: int) -> dict[str, int]:
    with project.reading() as session:
        counts = dict(session.execute(select(Source.id, Source.word_count)).all())
    return {"total": sum(counts.values()), "focus": counts[focus_id]}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--scale", choices=sorted(SCALES), default="thesis")
    parser.add_argument("--cache", type=Path, default=default_cache())
    parser.add_argument("--force", action="store_true", help="rebuild even if cached")
    arguments = parser.parse_args(argv)
    generated = prepare(SCALES[arguments.scale], arguments.cache, force=arguments.force)
    print(json.dumps(generated.manifest, indent=2))


if __name__ == "__main__":
    main()
