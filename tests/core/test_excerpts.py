"""Coded excerpts of the demo study, written to .docx and read back against the project."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from docx import Document

from app.core.coders import ensure_coder
from app.core.codes import list_codes
from app.core.displays import code_matrix
from app.core.evidence import load_passages
from app.core.excerpts import ExcerptOptions, excerpt_document, export_excerpts
from app.core.informants import list_informants
from app.core.project import Project
from app.core.recordings import read_recording
from app.core.review import review_segment
from app.core.segments import add_segment, list_segments
from app.core.source_media import source_media
from app.core.sources import import_sources, list_sources, read_source
from app.errors import ExportCancelled, NotFound, UnsupportedExportType
from app.io.export_labels import ExportLabels
from app.io.speaker_turns import find_paragraphs

ID = ExportLabels("id")


def _sections(path: Path) -> dict[tuple[str, str], list[tuple[str, str]]]:
    """(heading 1, heading 2) -> [(quote, citation)] in document order."""
    found: dict[tuple[str, str], list[tuple[str, str]]] = {}
    first = second = ""
    quote = None
    for paragraph in Document(str(path)).paragraphs:
        style = paragraph.style.name
        if style == "Heading 1":
            first, second = paragraph.text, ""
        elif style == "Heading 2":
            second = paragraph.text
        elif style == "Quote":
            quote = paragraph.text
        elif style == "Telaah Citation":
            found.setdefault((first, second), []).append((quote, paragraph.text))
    return found


def _clock(time_ms: int) -> str:
    seconds = time_ms // 1000
    return f"{seconds // 3600:02d}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"


def _spoken(project: Project, source_id: int, start: int, end: int) -> str | None:
    """When a recorded interview speaks [start, end), from its stored sync points: the
    demo's recording is synchronised at both ends of each of its turns, and the passages
    it reaches lie inside them, so plain interpolation between two points gives the time."""
    recording = read_recording(project, source_id=source_id)
    if recording is None:
        return None
    points = recording.sync_points
    if not points or not points[0].offset <= start <= end <= points[-1].offset:
        return None

    def at(offset: int) -> int:
        after = next(n for n, point in enumerate(points) if point.offset >= offset)
        late = points[after]
        if late.offset == offset or after == 0:
            return late.time_ms
        early = points[after - 1]
        return early.time_ms + round((offset - early.offset) * (late.time_ms - early.time_ms)
                                     / (late.offset - early.offset))

    first, last = _clock(at(start)), _clock(at(end))
    return first if first == last else f"{first}\u2013{last}"


def _expected_citation(project: Project, segment, end: int) -> str:  # type: ignore[no-untyped-def]
    """Computed independently of the exporter, from the stored turns, pages, original
    file, sync points and the text; ``end`` is where the cited passage ends."""
    document = read_source(project, source_id=segment.source_id)
    media = source_media(project, source_id=segment.source_id)
    informants = {informant.label: informant for informant in list_informants(project)}
    turn = next((turn.number for turn in document.turns
                 if turn.start <= segment.start < turn.end), None)
    page = media.page_at(segment.start)
    if turn is not None:
        locator = f"giliran {turn}"
    elif page is not None:
        locator = f"hlm. {page.label or page.number}"
    elif media.media_type == "image":
        locator = "foto"
    else:
        number = max(p.number for p in find_paragraphs(document.text) if p.start <= segment.start)
        locator = f"paragraf {number}"
    if segment.informant:
        informant = informants[segment.informant]
        who = f"Informan {segment.informant[1:]}, {informant.pseudonym}, {informant.role}"
    else:
        who = {"observation": "Observasi", "documentation": "Dokumentasi"}[document.kind]
    spoken = _spoken(project, segment.source_id, segment.start, end)
    if spoken is not None:
        locator += f", {spoken}"
    return f"({who}, {segment.source}, {locator})"


def test_every_segment_once_per_group_with_the_right_citation(demo_project: Project,
                                                              tmp_path: Path) -> None:
    path = tmp_path / "kutipan.docx"
    document = export_excerpts(demo_project, path=path, options=ExcerptOptions(), labels=ID)
    segments = list_segments(demo_project)
    written = _sections(path)
    # Every segment is in the model exactly once, under its own code and informant.
    placed = [segment_id for section in document.sections for group in section.groups
              for excerpt in group.excerpts for segment_id in excerpt.segment_ids]
    assert sorted(placed) == sorted(segment.id for segment in segments)
    by_id = {segment.id: segment for segment in segments}
    texts = {source.id: read_source(demo_project, source_id=source.id).text
             for source in list_sources(demo_project)}
    for section in document.sections:
        for group in section.groups:
            key = (section.subject.path, _heading(group.subject))
            quotes = written[key]
            assert len(quotes) == len(group.excerpts)
            spans = []
            for (quote, citation), excerpt in zip(quotes, group.excerpts, strict=True):
                segment = by_id[excerpt.segment_ids[0]]
                members = [by_id[i] for i in excerpt.segment_ids]
                start, end = min(m.start for m in members), max(m.end for m in members)
                assert segment.code == section.subject.path and segment.start == start
                # One passage: the union of its overlapping segments' spans, cited once.
                assert quote == texts[segment.source_id][start:end]
                assert citation == _expected_citation(demo_project, segment, end)
                spans.append((segment.source_id, start, end))
            assert not any(a[0] == b[0] and a[1] < b[2] and b[1] < a[2]
                           for n, a in enumerate(spans) for b in spans[n + 1:])
    # The demo's PDF is cited by page, its photos as photos, its recorded interview with times.
    citations = [citation for quotes in written.values() for _, citation in quotes]
    assert any(", hlm. " in citation for citation in citations)
    assert any(citation.endswith(", foto)") for citation in citations)
    assert any(re.search(r"giliran \d+, \d\d:\d\d:\d\d\u2013\d\d:\d\d:\d\d\)$", citation)
               for citation in citations)
    # Both coders coded I1-I3: overlapping spans are one passage, so fewer quotes than segments.
    assert sum(len(quotes) for quotes in written.values()) == document.excerpt_count == 353


def _heading(subject) -> str:  # type: ignore[no-untyped-def]
    if hasattr(subject, "number"):
        return f"Informan {subject.number} ({subject.label}) — {subject.who}"
    kind = {"observation": "Observasi", "documentation": "Dokumentasi"}[subject.kind]
    return f"{kind}: {subject.title}"


def test_a_passage_with_two_codes_appears_under_each_code_once(demo_project: Project,
                                                               tmp_path: Path) -> None:
    segment = next(s for s in list_segments(demo_project) if s.code == "Kinerja/Kualitas")
    other = next(code for code in list_codes(demo_project) if code.path == "Kinerja/Waktu")
    add_segment(demo_project, source_id=segment.source_id, code_id=other.id,
                coder_id=segment.coder_id, start=segment.start, end=segment.end)
    path = tmp_path / "dua-kode.docx"
    export_excerpts(demo_project, path=path, labels=ID,
                    options=ExcerptOptions(codes=("Kinerja/Kualitas", "Kinerja/Waktu")))
    written = _sections(path)
    for code in ("Kinerja/Kualitas", "Kinerja/Waktu"):
        quotes = [quote for (first, _), pairs in written.items() if first == code
                  for quote, _ in pairs]
        assert sum(segment.text in quote for quote in quotes) == 1
    assert {first for first, _ in written} == {"Kinerja/Kualitas", "Kinerja/Waktu"}


def test_filters_by_code_informant_and_coder(demo_project: Project, tmp_path: Path) -> None:
    path = tmp_path / "hambatan.docx"
    export_excerpts(demo_project, path=path, labels=ID,
                    options=ExcerptOptions(codes=("Hambatan",), informants=("I5",),
                                           group_by="informant"))
    written = _sections(path)
    assert {first for first, _ in written} == {
        "Informan 5 (I5) — Siti Aminah, Pemilik UMKM Keripik Binaan"}
    assert {second.split("/")[0] for _, second in written} == {"Hambatan"}
    expected = {s.text for s in list_segments(demo_project)
                if s.informant == "I5" and s.code.startswith("Hambatan/")}
    assert {quote for pairs in written.values() for quote, _ in pairs} == expected

    bima = excerpt_document(demo_project, labels=ID, options=ExcerptOptions(coders=("Bima",)))
    ids = {i for section in bima.sections for group in section.groups
           for excerpt in group.excerpts for i in excerpt.segment_ids}
    assert ids == {s.id for s in list_segments(demo_project) if s.coder == "Bima"}


def test_rejected_segments_are_left_out_as_in_the_code_matrix(demo_project: Project,
                                                              tmp_path: Path) -> None:
    quality = [s for s in list_segments(demo_project)
               if s.informant == "I1" and s.code == "Kinerja/Kualitas"]
    # A passage of its own (no other segment overlaps it), so its quote cannot come back
    # through another coder's segment.
    rejected = next(s for s in quality if not any(
        o.id != s.id and o.start < s.end and s.start < o.end for o in quality))
    passages_before = len({e.id for e in load_passages(demo_project)
                           if e.informant == "I1" and e.code == "Kinerja/Kualitas"})
    supervisor = ensure_coder(demo_project, name="Dr. Sari", role="supervisor").created
    review_segment(demo_project, segment_id=rejected.id, reviewer_id=supervisor,
                   verdict="rejected", comment="Bukan tentang kualitas kerja.")

    path = tmp_path / "kutipan.docx"
    document = export_excerpts(demo_project, path=path, labels=ID,
                               options=ExcerptOptions(with_coder=True))
    segments = {s.id: s for s in list_segments(demo_project)}
    placed = {i for section in document.sections for group in section.groups
              for excerpt in group.excerpts for i in excerpt.segment_ids}
    assert placed == set(segments) - {rejected.id}
    # Each code x informant group holds exactly the segments of the code matrix's cell.
    matrix = code_matrix(demo_project)
    cells = {(row.code, column.label): set(cell.segment_ids) for row in matrix.rows
             for column, cell in zip(matrix.columns, row.cells, strict=True)}
    written = _sections(path)
    groups = 0
    for section in document.sections:
        for group in section.groups:
            if not hasattr(group.subject, "number"):
                continue  # observation and documentation notes: not a matrix column
            ids = {excerpt.segment_ids[0] for excerpt in group.excerpts}  # passage ids
            assert ids == cells[(section.subject.path, group.subject.label)]
            quotes = written[(section.subject.path, _heading(group.subject))]
            assert len(quotes) == len(ids)
            groups += 1
    assert groups == sum(1 for ids in cells.values() if ids)
    # The Word file, read back: I1's quality quotes lack exactly the rejected one.
    informant = next(i for i in list_informants(demo_project) if i.label == "I1")
    heading = f"Informan 1 (I1) — {informant.pseudonym}, {informant.role}"
    quotes = [quote for quote, _ in written[("Kinerja/Kualitas", heading)]]
    assert rejected.text not in quotes
    assert len(quotes) == passages_before - 1
    text = "\n".join(paragraph.text for paragraph in Document(str(path)).paragraphs)
    assert rejected.text not in text.split("\n")


def test_pseudonymised_export_leaves_no_name_nip_or_phone(demo_project: Project,
                                                          tmp_path: Path) -> None:
    note = tmp_path / "catatan_pak_fajar.txt"
    note.write_text(
        "Catatan tambahan\n\nPak Fajar Nugroho (NIP 19800202 200501 1 003) memberi nomor "
        "0812-3456-7890 dan +62 812 3456 7890 kepada Bu Siti.\n",
        encoding="utf-8",
    )
    changes = import_sources(demo_project, paths=[note], kind="observation")
    source = read_source(demo_project, source_id=changes.created)
    code = next(code for code in list_codes(demo_project) if code.path == "Upaya/Pelatihan")
    start = source.text.index("Pak Fajar")
    add_segment(demo_project, source_id=source.id, code_id=code.id, coder_id=1,
                start=start, end=len(source.text.rstrip()), memo="Ditelepon Pak Rudi.")
    path = tmp_path / "samaran.docx"
    export_excerpts(demo_project, path=path, labels=ID,
                    options=ExcerptOptions(pseudonymise=True, with_memo=True, with_coder=True))
    text = "\n".join(paragraph.text for paragraph in Document(str(path)).paragraphs)
    names = {part for informant in list_informants(demo_project)
             for part in informant.pseudonym.split()}
    assert names == {"Ratna", "Kusumawati", "Yuliana", "Marpaung", "Bambang", "Sutrisno",
                     "Fajar", "Nugroho", "Siti", "Aminah", "Rudi", "Hartono"}
    for name in names:
        assert re.search(rf"\b{name}\b", text) is None, name
    assert "19800202" not in text and "3456" not in text
    assert ("[Informan 4] (NIP [NIP]) memberi nomor [nomor telepon] dan [nomor telepon] "
            "kepada Bu [Informan 5].") in text
    assert "Memo: Ditelepon Pak [Informan 6]." in text
    assert "(Observasi, catatan_pak_[Informan 4], paragraf 2)" in text
    # Without the option the names stay: the check above can fail.
    plain = tmp_path / "asli.docx"
    export_excerpts(demo_project, path=plain, labels=ID, options=ExcerptOptions())
    assert "Pak Fajar" in "\n".join(p.text for p in Document(str(plain)).paragraphs)


def test_bad_choices_are_errors_and_write_nothing(demo_project: Project, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(UnsupportedExportType):
        export_excerpts(demo_project, path=out / "x.pdf", options=ExcerptOptions(), labels=ID)
    for options in (ExcerptOptions(codes=("Nope",)), ExcerptOptions(informants=("I9",)),
                    ExcerptOptions(coders=("Nobody",))):
        with pytest.raises(NotFound):
            export_excerpts(demo_project, path=out / "x.docx", options=options, labels=ID)
    with pytest.raises(ExportCancelled):
        export_excerpts(demo_project, path=out / "x.docx", options=ExcerptOptions(),
                        labels=ID, cancelled=lambda: True)
    assert list(out.iterdir()) == []
    assert len(list_sources(demo_project)) == 11


def test_an_empty_project_gives_a_document_that_says_so(empty_project: Project,
                                                        tmp_path: Path) -> None:
    path = tmp_path / "kosong.docx"
    document = export_excerpts(empty_project, path=path, options=ExcerptOptions(), labels=ID)
    assert document.excerpt_count == 0
    texts = [paragraph.text for paragraph in Document(str(path)).paragraphs]
    assert "Tidak ada segmen terkode yang cocok dengan pilihan ini." in texts


def test_a_passage_two_coders_coded_stands_once_and_names_them(demo_project: Project,
                                                               tmp_path: Path) -> None:
    path = tmp_path / "kualitas.docx"
    export_excerpts(demo_project, path=path, labels=ID,
                    options=ExcerptOptions(codes=("Kinerja/Kualitas",), informants=("I1",)))
    paragraphs = [p for p in Document(str(path)).paragraphs]
    quotes = [p.text for p in paragraphs if p.style.name == "Quote"]
    # Before, the same words came twice: alone, then inside a longer quote.
    assert not any(a != b and a.strip("“”") in b for a in quotes for b in quotes)
    passages = [p for p in load_passages(demo_project)
                if p.code == "Kinerja/Kualitas" and p.informant == "I1"]
    named = [p.text for p in paragraphs if p.text.startswith("Pengode: ")]
    assert len(quotes) == len(passages) == 7
    assert len(named) == sum(1 for p in passages if len(p.coders) > 1) > 0
    assert any(p.text.startswith("Segmen yang tumpang tindih") for p in paragraphs)
