"""Agreement on real project files: the demo study's two coders, and resolving
disagreements into a consensus coding without touching either coder's segments."""

from __future__ import annotations

import numpy as np
import pytest
from sklearn.metrics import cohen_kappa_score

from app.analysis.agreement_data import AgreementSettings
from app.core.agreement import (
    CONSENSUS_CODER,
    _load_spans,
    measure_agreement,
    resolve_disagreement,
)
from app.core.coders import ensure_coder, list_coders
from app.core.demo import build_demo
from app.core.lookup import find_coder
from app.core.project import Project
from app.core.segments import list_segments, update_segment
from app.core.sources import list_sources, read_source
from app.errors import (
    InvalidValue,
    NotFound,
    NothingToCompare,
    StaleDisagreement,
)

PAIR = ("Annisa", "Bima")
I1_TO_I3 = ["I1_kepala_dinas", "I2_sekretaris", "I3_kepala_bidang"]


def test_demo_agreement_compares_the_sources_both_coded(demo_project: Project) -> None:
    result = measure_agreement(demo_project, settings=AgreementSettings(coders=PAIR))
    assert [s.title for s in result.compared_sources] == I1_TO_I3
    assert len(result.skipped_sources) == len(list_sources(demo_project)) - len(I1_TO_I3)
    overall = result.tables[0].overall
    segments = list_segments(demo_project)
    on_i1_i3 = [s for s in segments if s.source in I1_TO_I3]
    both, only_annisa, only_bima, neither = overall.two_by_two(*PAIR)
    assert both + only_annisa == sum(1 for s in on_i1_i3 if s.coder == "Annisa")
    assert both + only_bima == sum(1 for s in on_i1_i3 if s.coder == "Bima") == 101
    assert neither == 0 and 0 < both < 101
    assert 0 < overall.percent_agreement.value < 1
    assert result.disagreements and all(d.source in I1_TO_I3 for d in result.disagreements)


def test_demo_character_agreement_is_sensible_and_matches_sklearn(demo_project: Project) -> None:
    result = measure_agreement(demo_project,
                               settings=AgreementSettings(coders=PAIR, unit="character"))
    included, excluded = result.tables
    kappa = included.overall.cohen_kappa.value
    alpha = included.overall.krippendorff_alpha.value
    assert kappa is not None and 0.2 < kappa < 0.9
    assert alpha is not None and 0.2 < alpha < 0.9
    excluded_percent = excluded.overall.percent_agreement.value
    assert 0 < excluded_percent < included.overall.percent_agreement.value < 1
    # Independent recount from the segments and texts the core exposes.
    sources = {s.title: s for s in list_sources(demo_project)}
    segments = list_segments(demo_project)
    first_row = included.rows[0]
    values = []
    for title in I1_TO_I3:
        length = len(read_source(demo_project, source_id=sources[title].id).text)
        arrays = np.zeros((2, length), dtype=int)
        for segment in segments:
            if segment.source == title and segment.code_id == first_row.code_id:
                arrays[PAIR.index(segment.coder), segment.start:segment.end] = 1
        values.append(arrays)
    joined = np.concatenate(values, axis=1)
    assert first_row.figures.units == joined.shape[1]
    assert first_row.figures.cohen_kappa.value == pytest.approx(
        cohen_kappa_score(joined[0], joined[1]), abs=1e-9)


def test_all_sources_counts_bimas_silence_as_not_coded(demo_project: Project) -> None:
    default = measure_agreement(demo_project,
                                settings=AgreementSettings(coders=PAIR, unit="presence"))
    everything = measure_agreement(
        demo_project, settings=AgreementSettings(coders=PAIR, unit="presence", all_sources=True))
    assert len(everything.compared_sources) == len(list_sources(demo_project)) and \
        everything.skipped_sources == ()
    assert everything.tables[0].overall.units > default.tables[0].overall.units
    assert (everything.tables[0].overall.percent_agreement.value
            < default.tables[0].overall.percent_agreement.value)
    by_informant = measure_agreement(
        demo_project,
        settings=AgreementSettings(coders=PAIR, unit="presence", presence_by="informant"))
    assert by_informant.tables[0].rows[0].figures.units == 3  # I1, I2, I3


def test_code_selection_and_unknown_names(demo_project: Project) -> None:
    kinerja = measure_agreement(demo_project, settings=AgreementSettings(coders=PAIR),
                                codes=["Kinerja"])
    assert kinerja.codes and all(c.path.startswith("Kinerja/") for c in kinerja.codes)
    one = measure_agreement(demo_project, settings=AgreementSettings(coders=PAIR),
                            codes=["Kinerja/Waktu"])
    assert [row.code for row in one.tables[0].rows] == ["Kinerja/Waktu"]
    with pytest.raises(NotFound):
        measure_agreement(demo_project, settings=AgreementSettings(coders=("Annisa", "Nobody")))
    with pytest.raises(NotFound):
        measure_agreement(demo_project, settings=AgreementSettings(coders=PAIR),
                          codes=["No/Such code"])
    bare = measure_agreement(demo_project, settings=AgreementSettings(coders=PAIR),
                             codes=["Waktu"])  # a unique bare name is enough
    assert [row.code for row in bare.tables[0].rows] == ["Kinerja/Waktu"]


def test_coders_without_a_common_source(demo_project: Project) -> None:
    ensure_coder(demo_project, name="Citra")
    with pytest.raises(NothingToCompare) as raised:
        measure_agreement(demo_project, settings=AgreementSettings(coders=("Annisa", "Citra")))
    assert "--all-sources" in raised.value.message()
    silent = measure_agreement(
        demo_project,
        settings=AgreementSettings(coders=("Annisa", "Citra"), unit="character",
                                   all_sources=True))
    assert silent.tables[0].overall.cohen_kappa.value == pytest.approx(0.0)


def _row(project: Project, kind: str, wanted=lambda row: True):  # type: ignore[no-untyped-def]
    result = measure_agreement(project, settings=AgreementSettings(coders=PAIR))
    return next(row for row in result.disagreements if row.kind == kind and wanted(row))


def _staggered(row) -> bool:  # type: ignore[no-untyped-def]
    """Neither version holds the other: the merged span differs from both."""
    first, second = row.versions
    return (first.start < second.start and first.end < second.end) or (
        second.start < first.start and second.end < first.end)


def _coding_of(project: Project, coder: str) -> list[tuple[int, int, int, int]]:
    return [(s.id, s.code_id, s.start, s.end) for s in list_segments(project) if s.coder == coder]


def test_accepting_a_version_writes_a_consensus_segment(demo_project: Project) -> None:
    before = list_segments(demo_project)
    row = _row(demo_project, "boundaries")
    annisa = row.versions[0]
    changes = resolve_disagreement(demo_project, disagreement=row, resolution="accept",
                                   accept="Annisa")
    after = list_segments(demo_project)
    assert [s for s in after if s.coder != CONSENSUS_CODER] == before
    consensus = [s for s in after if s.coder == CONSENSUS_CODER]
    assert [(s.code_id, s.start, s.end) for s in consensus] == [
        (annisa.code_id, annisa.start, annisa.end)]
    text = read_source(demo_project, source_id=row.source_id).text
    assert consensus[0].text == text[annisa.start:annisa.end] == annisa.text
    assert changes.created == consensus[0].id and changes.segments == {consensus[0].id}
    assert changes.coders  # the consensus coder was created
    assert row.key in consensus[0].memo
    # Resolving again writes nothing twice.
    again = resolve_disagreement(demo_project, disagreement=row, resolution="accept",
                                 accept="Annisa")
    assert again.segments == frozenset()
    assert len(list_segments(demo_project)) == len(after)


def test_merge_and_keep_both(demo_project: Project) -> None:
    boundaries = _row(demo_project, "boundaries", _staggered)
    resolve_disagreement(demo_project, disagreement=boundaries, resolution="merge")
    first, second = boundaries.versions
    consensus = [(s.start, s.end) for s in list_segments(demo_project)
                 if s.coder == CONSENSUS_CODER]
    assert consensus == [(min(first.start, second.start), max(first.end, second.end))]
    other_code = _row(demo_project, "code")
    changes = resolve_disagreement(demo_project, disagreement=other_code,
                                   resolution="keep_both", consensus_coder="Tim")
    kept = sorted((s.code_id, s.start, s.end) for s in list_segments(demo_project)
                  if s.coder == "Tim")
    assert kept == sorted((v.code_id, v.start, v.end) for v in other_code.versions)
    assert len(changes.segments) == 2


def test_accepting_the_uncoded_side_writes_nothing(demo_project: Project) -> None:
    row = _row(demo_project, "missing")
    silent = next(v.coder for v in row.versions if v.segment_id is None)
    changes = resolve_disagreement(demo_project, disagreement=row, resolution="accept",
                                   accept=silent)
    assert changes.empty
    assert CONSENSUS_CODER not in {c.name for c in list_coders(demo_project)}


def test_a_stale_or_wrong_resolution_changes_nothing(demo_project: Project) -> None:
    row = _row(demo_project, "boundaries")
    annisa = row.versions[0]
    annisa_id = next(c.id for c in list_coders(demo_project) if c.name == "Annisa")
    update_segment(demo_project, segment_id=annisa.segment_id, actor_id=annisa_id,
                   start=annisa.start + 1)
    before = list_segments(demo_project)
    with pytest.raises(StaleDisagreement):
        resolve_disagreement(demo_project, disagreement=row, resolution="keep_both")
    fresh = _row(demo_project, "code")
    with pytest.raises(InvalidValue):
        resolve_disagreement(demo_project, disagreement=fresh, resolution="accept",
                             accept="Citra")
    with pytest.raises(InvalidValue):
        resolve_disagreement(demo_project, disagreement=fresh, resolution="accept")
    with pytest.raises(InvalidValue):
        resolve_disagreement(demo_project, disagreement=fresh, resolution="keep_both",
                             consensus_coder="Bima")
    with pytest.raises(InvalidValue):
        resolve_disagreement(demo_project, disagreement=fresh, resolution="vote")
    assert list_segments(demo_project) == before
    assert CONSENSUS_CODER not in {c.name for c in list_coders(demo_project)}


def test_the_consensus_coding_can_be_compared(demo_project: Project) -> None:
    result = measure_agreement(demo_project, settings=AgreementSettings(coders=PAIR))
    for row in result.disagreements[:10]:
        resolve_disagreement(demo_project, disagreement=row, resolution="keep_both")
    versus = measure_agreement(
        demo_project, settings=AgreementSettings(coders=("Annisa", CONSENSUS_CODER)))
    assert versus.tables[0].overall.two_by_two("Annisa", CONSENSUS_CODER)[0] > 0


def test_demo_agreement_on_each_backend(project_location: str) -> None:
    with build_demo(project_location) as project:
        result = measure_agreement(project,
                                   settings=AgreementSettings(coders=PAIR, unit="character"))
        assert [s.title for s in result.compared_sources] == I1_TO_I3
        row = next(d for d in result.disagreements if d.kind == "boundaries")
        resolve_disagreement(project, disagreement=row, resolution="merge")
        consensus = [s for s in list_segments(project) if s.coder == CONSENSUS_CODER]
        text = read_source(project, source_id=row.source_id).text
        assert len(consensus) == 1
        assert consensus[0].text == text[consensus[0].start:consensus[0].end]


def test_statistics_alone_read_no_texts_and_match_the_full_result(demo_project: Project) -> None:
    """``with_disagreements=False`` loads the spans without their texts (issue 19): the
    figures are those of the full computation, and the full list still shows each
    version's own segment text."""
    segments = {s.id: s for s in list_segments(demo_project)}
    for unit in ("segment", "character", "presence"):
        settings = AgreementSettings(coders=PAIR, unit=unit)
        full = measure_agreement(demo_project, settings=settings)
        alone = measure_agreement(demo_project, settings=settings, with_disagreements=False)
        assert alone.tables == full.tables and alone.disagreements == ()
        assert alone.compared_sources == full.compared_sources
        versions = [v for d in full.disagreements for v in d.versions
                    if v.segment_id is not None]
        assert versions
        for version in versions:
            segment = segments[version.segment_id]
            assert version.text == segment.text != ""
            assert (version.coder, version.code_id, version.start, version.end) == (
                segment.coder, segment.code_id, segment.start, segment.end)


def test_spans_come_by_coder_then_segment_whatever_the_plan(project_location: str) -> None:
    """Every coder compared: the table is read without a filter; some of them: through the
    coder index. Either way, on either backend, the spans come by coder, then segment id
    (ties in the disagreement list follow that order) and the results are the same."""
    with build_demo(project_location) as project:
        stored = [s.coder for s in sorted(list_segments(project), key=lambda s: s.id)]
        assert stored != sorted(stored, key=PAIR.index)  # the demo's last two are Annisa's
        every = measure_agreement(project, settings=AgreementSettings(coders=PAIR))
        with project.reading() as session:
            names = {find_coder(session, name).id: name for name in PAIR}
            unfiltered = _load_spans(session, names, with_texts=True)
        ensure_coder(project, name="Citra")  # codes nothing; the pair is now read by coder id
        some = measure_agreement(project, settings=AgreementSettings(coders=PAIR))
        with project.reading() as session:
            filtered = _load_spans(session, names, with_texts=True)
        assert some.tables == every.tables and some.disagreements == every.disagreements
        assert filtered == unfiltered and len(filtered) == len(stored)
        order = [(PAIR.index(span.coder), span.segment_id) for span in filtered]
        assert order == sorted(order)
