"""Smoke test of the benchmark harness: every operation runs once at the tiny scale.

No timing is asserted (speed is measured by ``python -m benchmarks``, never by tests);
what is checked is that each operation, the GUI ones included, really ran, and the shape
of the JSON that docs/BENCHMARKS.md is written from.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from benchmarks.__main__ import main
from benchmarks.results import GOALS, MET, MISSED

# The GUI operations show real windows and dialogs on the offscreen platform, which warns
# whenever a top-level window gets size constraints, and Qt Multimedia (gui_play_turn,
# gui_transcribe_frames) says when the machine has no sound output; neither is about our code.
pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support propagateSizeHints\(\)", r"No audio device detected",
    r"PulseAudioService", r"Couldn't (load|resolve) (va|pipewire)")

OPERATION_KEYS = {
    "name", "label", "target", "workload", "status", "runs", "median_s", "baseline_s",
    "baseline", "ratio", "rss_mb", "tracemalloc_peak_mb", "max_rss_mb", "notes",
}


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    folder = tmp_path_factory.mktemp("benchmarks")
    output = folder / "results.json"
    assert main(["--scale", "tiny", "--repeat", "1", "--cache", str(folder / "cache"),
                 "--json", str(output)]) == 0
    return json.loads(output.read_text(encoding="utf-8"))


def test_every_operation_is_measured_in_target_order(report: dict[str, Any]) -> None:
    operations = report["operations"]
    assert [row["name"] for row in operations] == [goal.name for goal in GOALS]
    unmeasured = {row["name"]: row["notes"] for row in operations
                  if row["status"] not in (MET, MISSED)}
    assert unmeasured == {}


def test_each_row_has_its_figures(report: dict[str, Any]) -> None:
    for row in report["operations"]:
        assert set(row) == OPERATION_KEYS, row["name"]
        assert row["target"] and row["workload"], row["name"]
        if row["name"] == "gui_rss":
            assert row["rss_mb"] > 0
            continue
        assert row["runs"] >= 1 and row["median_s"] > 0, row["name"]
        if row["baseline"]:
            assert row["baseline_s"] > 0
            assert row["ratio"] == pytest.approx(row["median_s"] / row["baseline_s"])
        if not row["name"].startswith("gui_"):
            assert row["tracemalloc_peak_mb"] is not None and row["max_rss_mb"] > 0


def test_cheap_operations_run_more_often(report: dict[str, Any]) -> None:
    runs = {row["name"]: row["runs"] for row in report["operations"]}
    assert runs["add_segment"] > runs["import_txt"] == 1
    assert runs["gui_apply_code"] > 1


def test_the_project_and_machine_are_described(report: dict[str, Any]) -> None:
    assert report["scale"] == "tiny" and report["repeat"] == 1
    project = report["project"]
    assert project["segments"] == 90 and project["sources"] == 5
    assert project["coders"] == ["Annisa", "Bima", "Citra"]
    assert project["focus_segments"] == 40
    machine = report["machine"]
    assert machine["cpus"] >= 1 and machine["python"]
