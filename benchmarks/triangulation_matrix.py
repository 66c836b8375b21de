"""The triangulation matrix over 50,000 coded segments, against a bare SQL count.

Run: ``python -m benchmarks.triangulation_matrix [--segments N] [--repeats R]``.

The project is generated as in :mod:`benchmarks.export_excerpts` (six informants, one
segment per informant turn). Timed in the same process:

- baseline: one ``SELECT code_id, informant, valence, count(*) ... GROUP BY`` over the
  segments joined to their sources (the counts alone, no ids, no quotes, no judgement);
- Telaah: :func:`app.core.triangulation.triangulation_matrix` (source layout, all groups):
  loading codes, informants, turns and segments, per-cell segment ids and tallies,
  quotes with citations, and the judgement of every row.

Target (GUIDE.md): ≤ 0.5 s.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from sqlalchemy import func, select

from app.core.triangulation import triangulation_matrix
from app.models import CodedSegment, Source
from benchmarks.export_excerpts import build_project


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--segments", type=int, default=50_000)
    parser.add_argument("--repeats", type=int, default=7)
    arguments = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as temporary:
        project = build_project(Path(temporary), arguments.segments)
        counts = (
            select(CodedSegment.code_id, Source.informant_id, CodedSegment.valence,
                   func.count())
            .join(Source, CodedSegment.source_id == Source.id)
            .group_by(CodedSegment.code_id, Source.informant_id, CodedSegment.valence)
        )

        def baseline() -> None:
            with project.reading() as session:
                session.execute(counts).all()

        def ours() -> None:
            triangulation_matrix(project)

        timings: dict[str, list[float]] = {"baseline": [], "telaah": []}
        for _ in range(arguments.repeats):
            for name, function in (("baseline", baseline), ("telaah", ours)):
                started = time.perf_counter()
                function()
                timings[name].append(time.perf_counter() - started)
        total = sum(row.count for row in triangulation_matrix(project).rows)
        project.close()
    base, telaah = (statistics.median(timings[name]) for name in ("baseline", "telaah"))
    print(f"project: {total:,} coded segments in the matrix")
    print(f"median baseline (SQL GROUP BY count): {base:.3f} s")
    print(f"median telaah triangulation_matrix:   {telaah:.3f} s  (target <= 0.5 s)")
    print(f"ratio telaah / baseline:              {telaah / base:.1f}")


if __name__ == "__main__":
    main()
