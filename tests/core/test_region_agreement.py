"""Intercoder agreement on a photo: regions are units by where they lie, and the result
says so."""

from __future__ import annotations

from pathlib import Path

from app.analysis.region_units import REGION_NOTE
from app.core.agreement import AgreementSettings, measure_agreement
from app.core.codebook_editing import add_code
from app.core.coding_by_name import add_coder
from app.core.ids import CodeId, CoderId, SourceId
from app.core.project import Project
from app.core.regions import add_region
from app.core.segments import add_segment
from app.core.sources import import_sources, list_sources
from tests.io.pdf_builders import photo


def test_overlapping_regions_of_two_coders_agree(empty_project: Project,
                                                  tmp_path: Path) -> None:
    import_sources(empty_project, paths=[photo(tmp_path / "O3_pasar.jpg")], kind="observation")
    [source] = list_sources(empty_project)
    code = add_code(empty_project, name="Sarana").created
    annisa = add_coder(empty_project, name="Annisa").created
    bima = add_coder(empty_project, name="Bima").created
    assert code is not None and annisa is not None and bima is not None

    def region(coder: int, x: float, y: float, w: float, h: float, text: str) -> None:
        add_region(empty_project, source_id=SourceId(source.id), code_id=CodeId(code),
                   coder_id=CoderId(coder), x=x, y=y, w=w, h=h, description=text)

    region(annisa, 0.1, 0.1, 0.4, 0.4, "Papan pengumuman")
    region(bima, 0.12, 0.11, 0.4, 0.38, "Papan informasi di dinding")
    settings = AgreementSettings(coders=("Annisa", "Bima"))
    agreed = measure_agreement(empty_project, settings=settings)
    assert REGION_NOTE in agreed.notes
    assert agreed.tables[0].overall.percent_agreement.value == 1.0
    region(bima, 0.6, 0.6, 0.2, 0.2, "Meja kosong")
    apart = measure_agreement(empty_project, settings=settings)
    assert apart.tables[0].overall.percent_agreement.value < 1.0
    assert [item.source for item in apart.disagreements] == ["O3_pasar"]


def test_regions_of_coders_not_compared_leave_the_text_comparison_alone(
        empty_project: Project, tmp_path: Path) -> None:
    """The regions read are those of the compared coders' segments (a join on the coders):
    a third coder's region on a photo neither adds the photo note nor changes the figures."""
    transcript = tmp_path / "W1_kepala_desa.txt"
    transcript.write_text("Pewawancara: Bagaimana air bersih?\nInforman: Sumur kami kering.\n",
                          encoding="utf-8")
    import_sources(empty_project, paths=[transcript, photo(tmp_path / "O4_sumur.jpg")])
    by_title = {source.title: source for source in list_sources(empty_project)}
    text_source, picture = by_title["W1_kepala_desa"], by_title["O4_sumur"]
    code = add_code(empty_project, name="Air").created
    coders = [add_coder(empty_project, name=name).created for name in ("Annisa", "Bima", "Citra")]
    assert code is not None and all(coders)
    start = transcript.read_text(encoding="utf-8").index("Sumur")
    for coder, end in zip(coders[:2], (start + 19, start + 11), strict=True):
        assert coder is not None
        add_segment(empty_project, source_id=SourceId(text_source.id), code_id=CodeId(code),
                    coder_id=CoderId(coder), start=start, end=end)
    settings = AgreementSettings(coders=("Annisa", "Bima"))
    before = measure_agreement(empty_project, settings=settings)
    add_region(empty_project, source_id=SourceId(picture.id), code_id=CodeId(code),
               coder_id=CoderId(coders[2]), x=0.1, y=0.1, w=0.3, h=0.3, description="Sumur")
    after = measure_agreement(empty_project, settings=settings)
    assert before.disagreements and REGION_NOTE not in after.notes
    assert after.tables == before.tables and after.disagreements == before.disagreements
