"""Regions of a photo grouped into agreement units by how much they overlap."""

from __future__ import annotations

import pytest

from app.analysis.region_units import overlap, region_units


def test_overlap_is_intersection_over_union() -> None:
    assert overlap((0, 0, 0.5, 0.5), (0, 0, 0.5, 0.5)) == pytest.approx(1.0)
    assert overlap((0, 0, 0.5, 0.5), (0.25, 0, 0.5, 0.5)) == pytest.approx(1 / 3)
    assert overlap((0, 0, 0.2, 0.2), (0.5, 0.5, 0.2, 0.2)) == 0.0


def test_regions_overlapping_by_half_share_a_unit() -> None:
    units = region_units([(0.1, 0.1, 0.4, 0.4), (0.6, 0.6, 0.2, 0.2),
                          (0.12, 0.11, 0.4, 0.38), (0.3, 0.1, 0.4, 0.4)])
    assert units == [0, 1, 0, 2]
