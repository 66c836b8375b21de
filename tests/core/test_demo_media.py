"""The demo study's documentation PDF and observation photos: imported, paged and coded."""

from __future__ import annotations

from datetime import date

from app.core.ids import SourceId
from app.core.project import Project
from app.core.regions import regions_of
from app.core.segments import list_segments
from app.core.source_media import source_media
from app.core.sources import list_sources


def test_the_demo_codes_a_pdf_and_two_photos(demo_project: Project) -> None:
    sources = {source.title: source for source in list_sources(demo_project)}
    renstra = sources["dokumen_renstra_2021-2026"]
    assert renstra.kind == "documentation"
    media = source_media(demo_project, source_id=renstra.id)
    assert media.media_type == "pdf" and len(media.pages) == 2
    assert media.pages[1].footer == "Halaman 2"
    coded = list_segments(demo_project, source_id=renstra.id)
    assert len(coded) == 2 and {media.page_at(s.start).number for s in coded  # type: ignore[union-attr]
                                } == {1}
    for title in ("foto_loket_layanan", "foto_ruang_produksi"):
        photo = sources[title]
        assert photo.kind == "observation" and photo.source_date == date(2023, 3, 20)
        [region] = regions_of(demo_project, source_id=SourceId(photo.id))
        [segment] = list_segments(demo_project, source_id=photo.id)
        assert segment.text == region.description and region.w > 0.1


def test_photo_regions_and_pdf_pages_stand_in_triangulation(demo_project: Project) -> None:
    from app.core.triangulation import triangulation_matrix

    matrix = triangulation_matrix(demo_project, layout="technique", quotes_per_cell=50)
    quotes = {(row.code.path, cell.column_key): [quote.text for quote in cell.quotes]
              for row in matrix.rows for cell in row.cells}
    observed = quotes[("Kinerja/Waktu", "observation")]
    assert any(text.startswith("Papan loket layanan UMKM") for text in observed)
    documented = quotes[("Hambatan/Kualitas dan Kompetensi ASN", "documentation")]
    assert any(text.startswith("Isu strategis pertama") for text in documented)
