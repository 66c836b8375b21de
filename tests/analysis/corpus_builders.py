"""Small hand-made coded corpora for the triangulation and excerpt tests."""

from __future__ import annotations

from collections.abc import Iterable

from app.analysis.coded_corpus import (
    CodedCorpus,
    CorpusCode,
    CorpusInformant,
    CorpusSegment,
    CorpusSource,
)
from app.io.speaker_turns import find_paragraphs, find_turns

CODES = (
    CorpusCode(1, "Kinerja", "Kinerja", "indicator", "Induk", codable=False),
    CorpusCode(2, "Kinerja/Kualitas", "Kualitas", "indicator", "Mutu kerja."),
    CorpusCode(3, "Kinerja/Waktu", "Waktu", "indicator", "Ketepatan waktu."),
    CorpusCode(4, "Hambatan", "Hambatan", "obstacle", codable=False),
    CorpusCode(5, "Hambatan/Anggaran", "Anggaran", "obstacle", "Anggaran dipotong."),
    CorpusCode(6, "Upaya/Pelatihan", "Pelatihan", "effort", "Pelatihan pegawai."),
)

INFORMANTS = (
    CorpusInformant("I5", "Pemilik UMKM", "pendukung", "Siti Aminah"),
    CorpusInformant("I2", "Sekretaris", "utama", "Yuliana Marpaung"),
    CorpusInformant("I1", "Kepala Dinas", "kunci", "Ratna Kusumawati"),
    CorpusInformant("I3", "Kepala Bidang", "utama", "Bambang Sutrisno", "Bambang Wijaya"),
)

INTERVIEW = (
    "Transkrip\n\nPewawancara: Bagaimana kualitas kerja?\n\n"
    "Informan: Kualitasnya baik sekali.\nTapi waktu sering terlambat.\n\n"
    "Pewawancara: Anggaran?\n\nInforman: Anggaran dipotong tahun 2020.\n"
)
NOTES = "Catatan observasi\n\nPegawai datang tepat waktu.\n\nRapat berjalan tertib.\n"


def source(source_id: int, title: str, kind: str, informant: str | None, text: str) -> CorpusSource:
    turns = find_turns(text)
    return CorpusSource(
        id=source_id,
        title=title,
        kind=kind,
        informant_label=informant,
        turn_starts=tuple(turn.start for turn in turns),
        turn_ends=tuple(turn.end for turn in turns),
        turn_numbers=tuple(turn.number for turn in turns),
        paragraph_starts=tuple(paragraph.start for paragraph in find_paragraphs(text)),
    )


SOURCES = (
    source(10, "I1_kadis", "interview", "I1", INTERVIEW),
    source(20, "I2_sekretaris", "interview", "I2", INTERVIEW),
    source(30, "I3_kabid", "interview", "I3", INTERVIEW),
    source(50, "I5_umkm", "interview", "I5", INTERVIEW),
    source(60, "obs_kantor", "observation", None, NOTES),
    source(70, "dok_renstra", "documentation", None, NOTES),
)


def span(text: str, quote: str) -> tuple[int, int]:
    start = text.index(quote)
    return start, start + len(quote)


_next_id = iter(range(1000, 100000))


def segment(code_id: int, source_id: int, quote: str, valence: str | None = "positive", *,
            coder: str = "Annisa", memo: str = "", segment_id: int | None = None) -> CorpusSegment:
    text = NOTES if source_id in (60, 70) else INTERVIEW
    start, end = span(text, quote)
    return CorpusSegment(
        id=segment_id if segment_id is not None else next(_next_id),
        code_id=code_id,
        source_id=source_id,
        start=start,
        end=end,
        text=quote,
        valence=valence,
        coder=coder,
        memo=memo,
    )


def corpus(segments: Iterable[CorpusSegment], *, sources=SOURCES, informants=INFORMANTS,  # type: ignore[no-untyped-def]
           codes=CODES) -> CodedCorpus:
    return CodedCorpus(codes=tuple(codes), informants=tuple(informants),
                       sources=tuple(sources), segments=tuple(segments), title="Studi uji")
