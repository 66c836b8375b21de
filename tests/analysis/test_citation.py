"""Citations: informant number, role, source title, turn or paragraph."""

from __future__ import annotations

from app.analysis.citation import cite
from app.analysis.coded_corpus import CorpusInformant
from app.io.export_labels import ExportLabels
from tests.analysis.corpus_builders import INTERVIEW, NOTES, SOURCES, span

INFORMANT = CorpusInformant("I3", "Kepala Bidang Pemberdayaan Usaha Mikro", "utama")
NAMED = CorpusInformant("I3", "Kepala Bidang", "utama", pseudonym="Pak Bambang",
                        real_name="Bambang Sutrisno")


def test_interview_quote_is_cited_by_turn() -> None:
    start, _ = span(INTERVIEW, "Tapi waktu sering terlambat.")
    citation = cite(SOURCES[2], INFORMANT, start)
    assert citation.turn == 2 and citation.paragraph is None
    assert ExportLabels("id").citation(citation) == (
        "(Informan 3, Kepala Bidang Pemberdayaan Usaha Mikro, I3_kabid, giliran 2)"
    )
    assert ExportLabels("en").citation(citation) == (
        "(Informant 3, Kepala Bidang Pemberdayaan Usaha Mikro, I3_kabid, turn 2)"
    )
    assert ExportLabels("id").citation(citation, short=True) == "(I3_kabid, giliran 2)"


def test_field_notes_are_cited_by_paragraph() -> None:
    start, _ = span(NOTES, "Rapat berjalan tertib.")
    citation = cite(SOURCES[4], None, start)
    assert citation.turn is None and citation.paragraph == 3
    assert ExportLabels("id").citation(citation) == "(Observasi, obs_kantor, paragraf 3)"


def test_text_before_the_first_turn_falls_back_to_its_paragraph() -> None:
    citation = cite(SOURCES[0], INFORMANT, 0)
    assert citation.turn is None and citation.paragraph == 1


def test_informant_numbers_come_from_labels() -> None:
    assert CorpusInformant("I12").number == "12"
    assert CorpusInformant("KB-1").number == "KB-1"
    assert CorpusInformant("Informan 03").number == "3"
    assert CorpusInformant("Lurah").number == "Lurah"


def test_mask_applies_to_title_and_role() -> None:
    citation = cite(SOURCES[0], INFORMANT, 0, mask=lambda text: text.upper())
    assert citation.source_title == "I1_KADIS" and citation.role.startswith("KEPALA")


def test_the_pseudonym_is_cited_and_the_real_name_never() -> None:
    start, _ = span(INTERVIEW, "Tapi waktu sering terlambat.")
    citation = cite(SOURCES[2], NAMED, start)
    assert ExportLabels("id").citation(citation) == (
        "(Informan 3, Pak Bambang, Kepala Bidang, I3_kabid, giliran 2)"
    )
    # Pseudonymising that would replace the pseudonym leaves it out.
    masked = cite(SOURCES[2], NAMED, start,
                  mask=lambda text: text.replace("Pak Bambang", "[Informan 3]"))
    assert ExportLabels("en").citation(masked) == (
        "(Informant 3, Kepala Bidang, I3_kabid, turn 2)"
    )
