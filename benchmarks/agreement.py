"""Agreement statistics over 50,000 segments, per unit, against a bare grouping pass.

Run: ``python -m benchmarks.agreement [--segments N] [--repeats R] [--no-project]``.

The coding is generated: 200 sources of 60,000 characters (12 million characters, about
2 million words), 30 codes, two coders with 25,000 segments each; three quarters of the
second coder's segments follow the first coder's with shifted boundaries (some with
another code), the rest are placed at random. Timed, in the same process:

- baseline: group the 50,000 spans by (code, source) and sort each group — the least any
  per-code comparison must do;
- Telaah: :func:`app.analysis.agreement.compute_agreement` for each unit (segment,
  character, presence), statistics per code and overall plus the disagreement list;
- end to end (unless ``--no-project``): :func:`app.core.agreement.measure_agreement` on a
  SQLite project holding the same coding (loading included).

Prints medians and the ratio to the baseline. Target (GUIDE.md, issue 19): ≤ 0.5 s.
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

from sqlalchemy import insert

from app.analysis.agreement import compute_agreement
from app.analysis.agreement_data import AgreementSettings, CodeLabel, CodingSpan, SourceExtent
from app.core.agreement import measure_agreement
from app.core.project import Project
from app.models import Code, CodedSegment, Coder, Source

SOURCES = 200
SOURCE_LENGTH = 60_000
CODES = 30
CODERS = ("Annisa", "Bima")


def build_coding(
    segment_count: int, seed: int = 2024
) -> tuple[list[SourceExtent], list[CodeLabel], list[CodingSpan]]:
    generator = random.Random(seed)
    sources = [SourceExtent(source_id=number, title=f"T{number:03d}", length=SOURCE_LENGTH,
                            informant=f"I{number % 12 + 1}")
               for number in range(1, SOURCES + 1)]
    codes = [CodeLabel(code_id=number, path=f"Group/Code {number:02d}")
             for number in range(1, CODES + 1)]
    spans: list[CodingSpan] = []
    first_count = segment_count // 2
    for number in range(first_count):
        source = generator.randrange(1, SOURCES + 1)
        start = generator.randrange(0, SOURCE_LENGTH - 400)
        end = start + generator.randint(40, 400)
        spans.append(CodingSpan(number + 1, source, generator.randrange(1, CODES + 1),
                                CODERS[0], start, end))
    for number in range(segment_count - first_count):
        model = spans[number % first_count]
        if generator.random() < 0.75:
            length = model.end - model.start
            shift = int(length * 0.08)
            start = max(0, model.start + generator.randint(-shift, shift))
            end = min(SOURCE_LENGTH, max(start + 1, model.end + generator.randint(-shift, shift)))
            code = model.code_id if generator.random() < 0.9 else generator.randrange(1, CODES + 1)
            source = model.source_id
        else:
            source = generator.randrange(1, SOURCES + 1)
            start = generator.randrange(0, SOURCE_LENGTH - 400)
            end = start + generator.randint(40, 400)
            code = generator.randrange(1, CODES + 1)
        spans.append(CodingSpan(first_count + number + 1, source, code, CODERS[1], start, end))
    return sources, codes, spans


def baseline(spans: list[CodingSpan]) -> None:
    groups: dict[tuple[int, int], list[tuple[int, int]]] = {}
    for span in spans:
        groups.setdefault((span.code_id, span.source_id), []).append((span.start, span.end))
    for group in groups.values():
        group.sort()


def build_project(path: Path, sources: list[SourceExtent], codes: list[CodeLabel],
                  spans: list[CodingSpan]) -> Project:
    project = Project.create(path, title="Agreement benchmark")
    text = ("kata " * (SOURCE_LENGTH // 5 + 1))[:SOURCE_LENGTH]
    with project.writing() as session:
        session.execute(insert(Code), [
            {"id": code.code_id, "name": code.path, "position": code.code_id}
            for code in codes])
        session.execute(insert(Coder), [{"id": index + 1, "name": name}
                                        for index, name in enumerate(CODERS)])
        session.execute(insert(Source), [
            {"id": source.source_id, "title": source.title, "text": text,
             "char_count": SOURCE_LENGTH} for source in sources])
        session.execute(insert(CodedSegment), [
            {"id": span.segment_id, "source_id": span.source_id, "code_id": span.code_id,
             "coder_id": CODERS.index(span.coder) + 1, "start": span.start, "end": span.end,
             "text": text[span.start:span.end]} for span in spans])
    return project


def median_seconds(function: Callable[[], object], repeats: int) -> float:
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        function()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--segments", type=int, default=50_000)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--no-project", action="store_true",
                        help="skip the end-to-end run on a SQLite project")
    arguments = parser.parse_args(argv)

    sources, codes, spans = build_coding(arguments.segments)
    print(f"{len(spans)} segments, {len(sources)} sources × {SOURCE_LENGTH} characters, "
          f"{len(codes)} codes, coders {', '.join(CODERS)}")
    floor = median_seconds(lambda: baseline(spans), arguments.repeats)
    print(f"baseline (group + sort spans)       {floor * 1000:8.1f} ms")
    for unit in ("segment", "character", "presence"):
        settings = AgreementSettings(coders=CODERS, unit=unit)
        result = compute_agreement(spans, sources, codes, settings)
        seconds = median_seconds(partial(compute_agreement, spans, sources, codes, settings),
                                 arguments.repeats)
        kappa = result.tables[0].overall.brennan_prediger.value
        print(f"compute_agreement unit={unit:<10}  {seconds * 1000:8.1f} ms  "
              f"×{seconds / floor:5.1f} baseline  (BP κ {kappa:.3f}, "
              f"{len(result.disagreements)} disagreements)")
    settings = AgreementSettings(coders=CODERS, unit="character")
    seconds = median_seconds(
        lambda: compute_agreement(spans, sources, codes, settings, with_disagreements=False),
        arguments.repeats)
    print(f"  character, statistics only          {seconds * 1000:8.1f} ms  "
          f"×{seconds / floor:5.1f} baseline  (no disagreement list)")
    if arguments.no_project:
        return
    with tempfile.TemporaryDirectory() as folder:
        project = build_project(Path(folder) / "agreement.telaah", sources, codes, spans)
        with project:
            for unit in ("segment", "character"):
                settings = AgreementSettings(coders=CODERS, unit=unit)
                seconds = median_seconds(
                    partial(measure_agreement, project, settings=settings), arguments.repeats)
                print(f"measure_agreement (SQLite) {unit:<9}  {seconds * 1000:8.1f} ms  "
                      f"×{seconds / floor:5.1f} baseline")


if __name__ == "__main__":
    main()
