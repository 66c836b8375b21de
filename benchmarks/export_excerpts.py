"""Export 10,000 coded excerpts to .docx, against the floor: the same paragraphs as raw XML.

Run: ``python -m benchmarks.export_excerpts [--excerpts N] [--repeats R]``.

A project is generated once in a temporary folder: the Kasmir codebook, the six sample
informants, six interview transcripts whose informant turns are ~25-word sentences, and
one coded segment per informant turn (codes and valences in turn), N in all, each its own
excerpt. All three are timed in the same process, interleaved:

- baseline, the floor (issue 19, GUIDE.md): :func:`raw_wordprocessingml` writes every
  quote (style Quote) and its citation as WordprocessingML strings, escaped, into a .docx
  zip (deflate) on disk, with the one fixed part those paragraphs need, the styles part of
  python-docx's default template (our exports start from that template), read beforehand;
  no library between, texts and citations computed beforehand;
- for comparison, the bare python-docx loop: ``docx.Document()``, then for every excerpt
  ``add_paragraph(text, style="Quote")`` and ``add_paragraph(citation)``, then ``save``
  (python-docx's slowest path, what the target was first measured against);
- Telaah: :func:`app.core.excerpts.export_excerpts` from the project file to a .docx,
  everything included: loading the segments, turns and paragraphs, grouping, citations,
  headings, the table of contents, writing and the atomic save.

Prints the median of each over the repeats and the ratios. Target (GUIDE.md): Telaah
≤ 1.5 × the floor.
"""

from __future__ import annotations

import argparse
import functools
import io
import random
import statistics
import tempfile
import time
import zipfile
from collections.abc import Callable
from pathlib import Path
from xml.sax.saxutils import escape

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


_WORD_MAIN = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_DOCUMENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml"
_RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" '
    'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    f'<Override PartName="/word/document.xml" ContentType="{_DOCUMENT_TYPE}'
    '.document.main+xml"/>'
    f'<Override PartName="/word/styles.xml" ContentType="{_DOCUMENT_TYPE}.styles+xml"/>'
    '</Types>')
_PACKAGE_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    f'<Relationship Id="rId1" Type="{_RELATIONSHIPS}/officeDocument" '
    'Target="word/document.xml"/></Relationships>')
_DOCUMENT_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    f'<Relationship Id="rId1" Type="{_RELATIONSHIPS}/styles" Target="styles.xml"/>'
    '</Relationships>')
_BODY_START = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    f'<w:document xmlns:w="{_WORD_MAIN}"><w:body>')


@functools.cache
def template_styles() -> bytes:
    """The styles part of python-docx's default template (Quote, headings, ...)."""
    template = Path(docx.__file__).parent / "templates" / "default.docx"
    with zipfile.ZipFile(template) as reading:
        return reading.read("word/styles.xml")


def raw_wordprocessingml(pairs: list[tuple[str, str]], path: Path) -> None:
    """The floor of an excerpt export: the same quotes (styled Quote) and citations written
    as escaped WordprocessingML strings into a .docx at ``path``, no library between.

    The package holds what those paragraphs need and no more: the content types, the
    relationships, the document, and the template's styles part (bytes read once, outside
    the timing, as our export starts from the same template)."""
    styles = template_styles()
    parts = [_BODY_START]
    for quote, citation in pairs:
        parts.append('<w:p><w:pPr><w:pStyle w:val="Quote"/></w:pPr><w:r>'
                     f'<w:t xml:space="preserve">{escape(quote)}</w:t></w:r></w:p>'
                     f'<w:p><w:r><w:t xml:space="preserve">{escape(citation)}</w:t></w:r></w:p>')
    parts.append("<w:sectPr/></w:body></w:document>")
    package = io.BytesIO()
    with zipfile.ZipFile(package, "w", zipfile.ZIP_DEFLATED) as writing:
        writing.writestr("[Content_Types].xml", _CONTENT_TYPES)
        writing.writestr("_rels/.rels", _PACKAGE_RELS)
        writing.writestr("word/document.xml", "".join(parts))
        writing.writestr("word/_rels/document.xml.rels", _DOCUMENT_RELS)
        writing.writestr("word/styles.xml", styles)
    path.write_bytes(package.getvalue())


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
        floor_output = folder / "floor.docx"
        times: dict[str, list[float]] = {"floor": [], "python-docx": [], "telaah": []}
        steps: dict[str, Callable[[], object]] = {
            "floor": lambda: raw_wordprocessingml(pairs, floor_output),
            "python-docx": lambda: bare_python_docx(pairs),
            "telaah": lambda: export_excerpts(project, path=output,
                                              options=ExcerptOptions(), labels=labels),
        }
        for step in steps.values():  # warm-up
            step()
        for _ in range(arguments.repeats):
            for name, step in steps.items():
                started = time.perf_counter()
                step()
                times[name].append(time.perf_counter() - started)
        size = output.stat().st_size
        project.close()
    floor, loop, ours = (statistics.median(times[name]) for name in steps)
    print(f"median floor (raw WordprocessingML zip): {floor:.3f} s")
    print(f"median bare python-docx loop:            {loop:.3f} s")
    print(f"median telaah export_excerpts:           {ours:.3f} s  ({size / 1e6:.1f} MB)")
    print(f"ratio telaah / floor:                    {ours / floor:.2f}  (target <= 1.5)")
    print(f"ratio telaah / python-docx loop:         {ours / loop:.2f}")

if __name__ == "__main__":
    main()
