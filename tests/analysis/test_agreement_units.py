"""Character and presence units on generated coding, against per-character brute force
fed to scikit-learn and the ``krippendorff`` package; scope, settings, progress, cancel."""

from __future__ import annotations

import random

import krippendorff
import numpy as np
import pytest
from sklearn.metrics import cohen_kappa_score

from app.analysis.agreement import compute_agreement
from app.analysis.agreement_data import (
    AgreementSettings,
    CodeLabel,
    CodingSpan,
    SourceExtent,
)
from app.errors import Cancelled, InvalidValue, TooFewCoders

CODES = [CodeLabel(10, "Kinerja/Kualitas"), CodeLabel(11, "Hambatan/Jumlah"),
         CodeLabel(12, "Upaya/Pelatihan")]


def generated_study(seed: int, coders: tuple[str, ...] = ("A", "B"), *, silent: dict | None = None):  # type: ignore[no-untyped-def]
    """Random sources and spans; coder B roughly follows A with shifted boundaries."""
    generator = random.Random(seed)
    sources = [SourceExtent(source_id=index, title=f"S{index}",
                            length=generator.randint(200, 900),
                            informant=f"I{index % 3}" if index % 4 else None)
               for index in range(1, 7)]
    spans: list[CodingSpan] = []
    next_id = 1
    for source in sources:
        for coder in coders:
            if silent and source.source_id in silent.get(coder, ()):
                continue
            for _ in range(generator.randint(1, 8)):
                start = generator.randrange(0, source.length - 20)
                end = min(source.length, start + generator.randint(5, 150))
                code = generator.choice(CODES[:2] if coder == "A" else CODES).code_id
                spans.append(CodingSpan(next_id, source.source_id, code, coder, start, end))
                next_id += 1
    return sources, spans


def coded_array(spans, source: SourceExtent, code_id: int, coder: str) -> np.ndarray:  # type: ignore[no-untyped-def]
    values = np.zeros(source.length, dtype=int)
    for span in spans:
        if span.source_id == source.source_id and span.code_id == code_id and span.coder == coder:
            values[span.start:span.end] = 1
    return values


def reference_alpha(values: np.ndarray) -> float | None:
    data = np.where(values < 0, np.nan, values).astype(float)
    observed = set(data[~np.isnan(data)].tolist())
    if len(observed) < 2:
        return None
    return float(krippendorff.alpha(reliability_data=data, value_domain=[0, 1],
                                    level_of_measurement="nominal"))


def _statistics(figures):  # type: ignore[no-untyped-def]
    return {s.name: s.value for s in figures.statistics}


@pytest.mark.parametrize("seed", range(8))
def test_character_unit_matches_per_character_references(seed: int) -> None:
    sources, spans = generated_study(seed)
    settings = AgreementSettings(coders=("A", "B"), unit="character")
    result = compute_agreement(spans, sources, CODES, settings)
    included, excluded = result.tables
    assert (included.uncoded, excluded.uncoded) == ("included", "excluded")
    pooled = [[], []]
    for row, row_excluded in zip(included.rows, excluded.rows, strict=True):
        source_arrays = [np.stack([coded_array(spans, s, row.code_id, "A"),
                                   coded_array(spans, s, row.code_id, "B")]) for s in sources]
        values = np.concatenate(source_arrays, axis=1)
        pooled[0].append(values[0])
        pooled[1].append(values[1])
        figures = _statistics(row.figures)
        assert row.figures.units == sum(s.length for s in sources)
        assert figures["percent_agreement"] == pytest.approx(np.mean(values[0] == values[1]))
        if len(set(values.ravel())) == 2:
            assert figures["cohen_kappa"] == pytest.approx(
                cohen_kappa_score(values[0], values[1]), abs=1e-9)
            assert figures["krippendorff_alpha"] == pytest.approx(reference_alpha(values),
                                                                 abs=1e-9)
        someone = (values[0] == 1) | (values[1] == 1)
        assert row_excluded.figures.units == int(someone.sum())
        if someone.any():
            assert _statistics(row_excluded.figures)["percent_agreement"] == pytest.approx(
                np.mean(values[0][someone] == values[1][someone]))
        assert row_excluded.figures.cohen_kappa.value is None
    all_values = np.stack([np.concatenate(pooled[0]), np.concatenate(pooled[1])])
    overall = _statistics(included.overall)
    assert overall["cohen_kappa"] == pytest.approx(
        cohen_kappa_score(all_values[0], all_values[1]), abs=1e-9)
    assert overall["krippendorff_alpha"] == pytest.approx(reference_alpha(all_values), abs=1e-9)
    assert overall["brennan_prediger"] == pytest.approx(
        2 * np.mean(all_values[0] == all_values[1]) - 1)


@pytest.mark.parametrize("seed", range(6))
def test_three_coders_with_a_source_one_did_not_code(seed: int) -> None:
    """C coded nothing in S1 and S2: there C is missing data for alpha, not "uncoded"."""
    coders = ("A", "B", "C")
    sources, spans = generated_study(seed, coders, silent={"C": (1, 2)})
    result = compute_agreement(spans, sources, CODES,
                               AgreementSettings(coders=coders, unit="character"))
    included = result.tables[0]
    columns = []
    for source in sources:
        rows = []
        for coder in coders:
            values = np.zeros(source.length * len(CODES), dtype=int)
            for index, code in enumerate(CODES):
                values[index * source.length:(index + 1) * source.length] = coded_array(
                    spans, source, code.code_id, coder)
            if coder == "C" and source.source_id in (1, 2):
                values[:] = -1
            rows.append(values)
        columns.append(np.stack(rows))
    everything = np.concatenate(columns, axis=1)
    assert included.overall.units == everything.shape[1]
    assert included.overall.krippendorff_alpha.value == pytest.approx(
        reference_alpha(everything), abs=1e-9)
    assert included.overall.cohen_kappa.value is None


def test_presence_by_source_and_by_informant() -> None:
    sources, spans = generated_study(3)
    by_source = compute_agreement(spans, sources, CODES,
                                  AgreementSettings(coders=("A", "B"), unit="presence"))
    by_informant = compute_agreement(
        spans, sources, CODES,
        AgreementSettings(coders=("A", "B"), unit="presence", presence_by="informant"))
    for row in by_source.tables[0].rows:
        present = np.array([[any(s.code_id == row.code_id and s.source_id == src.source_id
                                 and s.coder == coder for s in spans) for src in sources]
                            for coder in ("A", "B")], dtype=int)
        assert row.figures.units == len(sources)
        assert row.figures.two_by_two("A", "B")[0] == int(np.sum(present[0] & present[1]))
        if len(set(present.ravel())) == 2:
            assert row.figures.cohen_kappa.value == pytest.approx(
                cohen_kappa_score(present[0], present[1]))
    informants = sorted({s.informant for s in sources if s.informant})
    by_label = {label: [s.source_id for s in sources if s.informant == label]
                for label in informants}
    assert any(len(ids) > 1 for ids in by_label.values())  # an informant with two sources
    for row in by_informant.tables[0].rows:
        present = np.array([[any(s.code_id == row.code_id and s.source_id in by_label[label]
                                 and s.coder == coder for s in spans) for label in informants]
                            for coder in ("A", "B")], dtype=int)
        assert row.figures.units == len(informants)
        assert row.figures.two_by_two("A", "B") == (
            int(np.sum(present[0] & present[1])), int(np.sum(present[0] & (1 - present[1]))),
            int(np.sum((1 - present[0]) & present[1])),
            int(np.sum((1 - present[0]) & (1 - present[1]))))
    assert "informant" in by_informant.tables[0].description()


def test_scope_leaves_out_sources_one_coder_did_not_code() -> None:
    sources, spans = generated_study(5, silent={"B": (4, 5, 6)})
    default = compute_agreement(spans, sources, CODES,
                                AgreementSettings(coders=("A", "B"), unit="character"))
    assert [s.source_id for s in default.compared_sources] == [1, 2, 3]
    assert [s.source_id for s in default.skipped_sources] == [4, 5, 6]
    everything = compute_agreement(
        spans, sources, CODES,
        AgreementSettings(coders=("A", "B"), unit="character", all_sources=True))
    assert len(everything.compared_sources) == 6
    assert everything.tables[0].overall.units == len(everything.codes) * sum(
        s.length for s in sources)
    # B's silence now counts as "not coded": everything A coded there is a disagreement.
    assert everything.tables[0].overall.two_by_two("A", "B")[1] > \
        default.tables[0].overall.two_by_two("A", "B")[1]


def test_only_codes_someone_used_unless_asked() -> None:
    sources, spans = generated_study(2)
    spans = [s for s in spans if s.code_id != 12]
    used = compute_agreement(spans, sources, CODES, AgreementSettings(coders=("A", "B")))
    assert [c.code_id for c in used.codes] == [10, 11]
    asked = compute_agreement(spans, sources, CODES, AgreementSettings(coders=("A", "B")),
                              used_codes_only=False)
    assert [row.code_id for row in asked.tables[0].rows] == [10, 11, 12]
    assert asked.tables[0].rows[2].figures.units == 0


def test_a_code_used_by_one_coder_only() -> None:
    sources = [SourceExtent(1, "S1", 100)]
    spans = [CodingSpan(1, 1, 10, "A", 0, 30), CodingSpan(2, 1, 11, "B", 50, 60),
             CodingSpan(3, 1, 11, "A", 50, 60)]
    result = compute_agreement(spans, sources, CODES,
                               AgreementSettings(coders=("A", "B"), unit="character"))
    only_a = result.tables[0].rows[0].figures
    assert only_a.two_by_two("A", "B") == (0, 30, 0, 70)
    assert only_a.cohen_kappa.value == pytest.approx(0.0)
    assert only_a.percent_agreement.value == pytest.approx(0.7)
    shared = result.tables[0].rows[1].figures
    assert shared.cohen_kappa.value == pytest.approx(1.0)


def test_settings_are_checked() -> None:
    with pytest.raises(TooFewCoders):
        AgreementSettings(coders=("A",))
    with pytest.raises(TooFewCoders):
        AgreementSettings(coders=("A", " A"))
    for overlap in (0, -0.1, 1.5):
        with pytest.raises(InvalidValue):
            AgreementSettings(coders=("A", "B"), overlap=overlap)
    with pytest.raises(InvalidValue):
        AgreementSettings(coders=("A", "B"), unit="paragraph")
    with pytest.raises(InvalidValue):
        AgreementSettings(coders=("A", "B"), presence_by="code")


def test_progress_and_cancel() -> None:
    sources, spans = generated_study(1)
    calls: list[tuple[int, int]] = []
    compute_agreement(spans, sources, CODES, AgreementSettings(coders=("A", "B")),
                      progress=lambda done, total: calls.append((done, total)))
    assert calls[-1][0] == calls[-1][1] and len(calls) == calls[-1][1]
    with pytest.raises(Cancelled):
        compute_agreement(spans, sources, CODES, AgreementSettings(coders=("A", "B")),
                          cancel=lambda: len(calls) > 0)
