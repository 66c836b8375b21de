"""The demo study: the six-informant sample project with both coders' reference coding."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import partial
from pathlib import Path

from app.core.changes import Changes
from app.core.codes import import_codebook
from app.core.informants import import_informants
from app.core.lookup import lookup_source
from app.core.project import Project
from app.core.project_info import set_project_info
from app.core.recordings import SyncPoint, attach_recording, set_sync_points
from app.core.reference_coding import import_reference_coding
from app.core.region_table import import_region_table
from app.core.sources import import_sources, read_source
from app.errors import InvalidTable
from app.io.csv_table import read_csv_rows
from app.resources import default_codebook, sample_study

Progress = Callable[[int, int], None]

DEMO_TITLE = "Kinerja ASN Dinas Koperasi dan UKM dalam Pengelolaan UMKM (studi contoh)"
DEMO_DESCRIPTION = (
    "Studi contoh Telaah: enam informan fiktif, satu catatan observasi dan satu catatan "
    "dokumentasi, dengan pengodean rujukan oleh dua pengode (Annisa dan Bima)."
)
DEMO_QUESTIONS = (
    "Bagaimana kinerja ASN Dinas Koperasi dan UKM dalam pengelolaan UMKM?",
    "Apa hambatan yang dihadapi ASN dalam pengelolaan UMKM?",
    "Upaya apa yang dilakukan untuk mengatasi hambatan tersebut?",
)
SOURCE_COLUMNS = ("file", "title", "kind", "informant", "date")


def build_demo(location: Path | str, *, progress: Progress | None = None) -> Project:
    """Create the demo project at ``location`` (a file path or a PostgreSQL URL).

    The file appears only once complete; on an error a database is left for inspection.
    """
    study = sample_study()
    with Project.building(location, title=DEMO_TITLE) as project:
        steps = _steps(project, study)
        for done, step in enumerate(steps, start=1):
            step()
            if progress is not None:
                progress(done, len(steps))
    return Project.open(location)


def _steps(project: Project, study: Path) -> list[Callable[[], Changes]]:
    steps: list[Callable[[], Changes]] = [
        lambda: set_project_info(
            project, description=DEMO_DESCRIPTION, research_questions=DEMO_QUESTIONS
        ),
        lambda: import_codebook(project, path=default_codebook()),
        lambda: import_informants(project, path=study / "informants.csv"),
    ]
    for row in _source_rows(study / "sources.csv"):
        steps.append(partial(_import_source_row, project, study, row))
    for coding in sorted((study / "coding").glob("*.csv")):
        steps.append(partial(import_reference_coding, project, path=coding))
    # Regions of the observation photos, each with the description that stands for it.
    for regions in sorted(study.glob("regions*.csv")):
        steps.append(partial(import_region_table, project, path=regions))
    for recording in sorted((study / "recordings").glob("*.ogg")):
        steps.append(partial(_attach_recording, project, recording))
    return steps


def _attach_recording(project: Project, recording: Path) -> Changes:
    """The recording of the source named like it, synchronised by ``<name>.sync.csv``
    (turn number, start and end in ms; made by tools/make_sample_recording.py)."""
    source_id = lookup_source(project, title=recording.stem).id
    turns = {turn.number: turn for turn in read_source(project, source_id=source_id).turns}
    sync = recording.with_suffix(".sync.csv")
    points: list[SyncPoint] = []
    for number, row in read_csv_rows(sync, required=("turn", "start_ms", "end_ms")):
        turn = turns.get(int(row["turn"]))
        if turn is None:
            raise InvalidTable(path=sync, row=number, detail="no such turn")
        points += [SyncPoint(turn.start, int(row["start_ms"])),
                   SyncPoint(turn.end, int(row["end_ms"]))]
    attach_recording(project, source_id=source_id, path=recording)
    return set_sync_points(project, source_id=source_id, points=points)


def _import_source_row(project: Project, study: Path, row: dict[str, str]) -> Changes:
    return import_sources(
        project,
        paths=[study / row["file"]],
        titles=[row["title"]],
        kind=row["kind"],
        informant=row["informant"] or None,
        source_date=date.fromisoformat(row["date"]) if row["date"] else None,
    )


def _source_rows(manifest: Path) -> list[dict[str, str]]:
    rows = []
    for number, row in read_csv_rows(manifest, required=SOURCE_COLUMNS):
        if row["date"]:
            try:
                date.fromisoformat(row["date"])
            except ValueError:
                raise InvalidTable(
                    path=manifest, row=number, detail=f"'{row['date']}' is not a YYYY-MM-DD date"
                ) from None
        rows.append(row)
    return rows
