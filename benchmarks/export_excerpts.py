"""Export 10,000 coded excerpts to .docx, against a bare python-docx loop.

Run: ``python -m benchmarks.export_excerpts [--excerpts N] [--repeats R]``.

A project is generated once in a temporary folder: the Kasmir codebook, the six sample
informants, six interview transcripts whose informant turns are ~25-word sentences, and
one coded segment per informant turn (codes and valences in turn), N in all, each its own
excerpt. Both sides are timed in the same process:

- baseline: ``docx.Document()``, then for every excerpt ``add_paragraph(text,
  style="Quote")`` and ``add_paragraph(citation)``, then ``save`` (texts and citations
  computed beforehand, so the loop does nothing but python-docx work);
- Telaah: :func:`app.core.excerpts.export_excerpts` from the project file to a .docx,
  everything included: loading the segments, turns and paragraphs, grouping, citations,
  headings, the table of contents, writing and the atomic save.

Prints the median of each over the repeats and their ratio. Target (GUIDE.md): ≤ 1.5 ×.
"""

from __future__ import annotations

import argparse
import io
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import docx
from sqlalchemy import insert, select

from app.core.coders import ensure_coder
from app.core.codes import import_codebook
from app.core.excerpts import ExcerptOptions, excerpt_document, export_excerpts
from app.core.informants import import_informants
from app.core.project import Project
from app.core.sources import import_sources
from app.io.export_labels import ExportLabels
from app.models import Code, CodedSegment, Source, Turn
from app.models.base import utc_now
from app.resources import default_codebook, sample_study

INFORMANTS = ("I1", "I2", "I3", "I4", "I5", "I6")
_WORDS = ("pegawai", "pelatihan", "anggaran", "pendampingan", "laporan", "target", "umkm",
          "kualitas", "waktu", "pengawasan", "kami", "sudah", "belum", "maksimal", "program",
          "dinas", "pelaku", "usaha", "kegiatan", "data", "tahun", "ini", "itu", "juga")


def build_project(folder: Path, excerpts: int, seed: int = 7) -> Project:
    chooser = random.Random(seed)
    project = Project.create(folder / "bench.telaah", title="Benchmark ekspor kutipan")
    import_codebook(project, path=default_codebook())
    import_informants(project, path=sample_study() / "informants.csv")
    per_source = -(-excerpts // len(INFORMANTS))
    for label in INFORMANTS:
        lines = [f"Transkrip wawancara {label}", ""]
        for number in range(per_source):
            lines.append(f"Pewawancara: Pertanyaan nomor {number}?")
            lines.append("")
            sentence = " ".join(chooser.choices(_WORDS, k=25)).capitalize()
            lines.append(f"Informan: {sentence}.")
            lines.append("")
        path = folder / f"{label}_wawancara.txt"
        path.write_text("\n".join(lines), encoding="utf-8")
        import_sources(project, paths=[path], informant=label)
    coder_id = ensure_coder(project, name="Annisa").created
    valences = ("positive", "negative", "mixed", None)
    with project.writing() as session:
        codes = list(session.scalars(select(Code.id).where(Code.codable.is_(True))))
        rows = []
        for source_id, text in session.execute(select(Source.id, Source.text)):
            turns = session.execute(
                select(Turn.start, Turn.end).where(Turn.source_id == source_id,
                                                   Turn.role == "informant")
            )
            for start, end in turns:
                start += len("Informan: ")
                rows.append({"source_id": source_id, "start": start, "end": end,
                             "text": text[start:end]})
        now = utc_now()
        session.execute(insert(CodedSegment), [
            {**row, "code_id": codes[index % len(codes)], "coder_id": coder_id,
             "valence": valences[index % len(valences)], "memo": "", "created_at": now,
             "updated_at": now}
            for index, row in enumerate(rows[:excerpts])
        ])
    return project


def bare_python_docx(pairs: list[tuple[str, str]]) -> None:
    document = docx.Document()
    for quote, citation in pairs:
        document.add_paragraph(quote, style="Quote")
        document.add_paragraph(citation)
    document.save(io.BytesIO())


def _median_seconds(function: Callable[[], object], repeats: int) -> float:
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        function()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--excerpts", type=int, default=10_000)
    parser.add_argument("--repeats", type=int, default=3)
    arguments = parser.parse_args(argv)

    labels = ExportLabels("id")
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        project = build_project(folder, arguments.excerpts)
        model = excerpt_document(project, options=ExcerptOptions(), labels=labels)
        pairs = [(excerpt.text, labels.citation(excerpt.citation))
                 for section in model.sections for group in section.groups
                 for excerpt in group.excerpts]
        print(f"project: {len(pairs):,} excerpts in {len(model.sections)} sections")
        output = folder / "kutipan.docx"
        baseline = _median_seconds(lambda: bare_python_docx(pairs), arguments.repeats)
        ours = _median_seconds(
            lambda: export_excerpts(project, path=output, options=ExcerptOptions(),
                                    labels=labels),
            arguments.repeats,
        )
        size = output.stat().st_size
        project.close()
    print(f"median baseline (bare python-docx loop): {baseline:.3f} s")
    print(f"median telaah export_excerpts:           {ours:.3f} s  ({size / 1e6:.1f} MB)")
    print(f"ratio telaah / baseline:                 {ours / baseline:.2f}  (target <= 1.5)")


if __name__ == "__main__":
    main()
