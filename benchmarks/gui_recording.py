"""GUI row ``gui_play_turn``: jumping to a turn of a recorded transcript until the
recording plays there.

The sample study's recording (Ogg Opus, 64 s) becomes the focus transcript's recording with
a sync point at each of its first eight turns; the transcript is shown with its player bar,
and each run asks the bar to play from another turn (as a click on the turn's number does),
timed until Qt Multimedia reports playback at that turn's time.
"""

from __future__ import annotations

import time
from typing import Any

from benchmarks.timing import Timings, max_rss_bytes

TURNS = 8
SECONDS_PER_TURN = 7
NEAR_MS = 500


def play_turn(bench: Any, repeat: int) -> Any:
    from dataclasses import replace

    from PySide6.QtMultimedia import QMediaPlayer

    from app.core.recordings import SyncPoint, attach_recording, set_sync_points
    from app.core.sources import read_source
    from app.resources import sample_study
    from app.ui.coding.recording_actions import recording_bar
    from benchmarks.results import GOALS_BY_NAME, timed_result

    project = bench.window.project
    turns = read_source(project, source_id=bench.focus_id).turns[:TURNS]
    recording = sample_study() / "recordings" / "I4_pendamping.ogg"
    attach_recording(project, source_id=bench.focus_id, path=recording)
    points = [SyncPoint(turn.start, index * SECONDS_PER_TURN * 1000)
              for index, turn in enumerate(turns)]
    set_sync_points(project, source_id=bench.focus_id, points=points)
    bench.show_source(bench.other_source_id())
    bench.show_source(bench.focus_id)
    bar = recording_bar(bench.window)
    if bar is None:
        raise RuntimeError("no player bar (Qt Multimedia missing?)")
    _until(bench, lambda: bar.player.mediaStatus() in (
        QMediaPlayer.MediaStatus.LoadedMedia, QMediaPlayer.MediaStatus.BufferedMedia), 10)
    runs: list[float] = []
    for run in range(max(3, repeat)):
        index = 1 + run % (len(turns) - 1)
        target = points[index].time_ms
        bar.player.pause()
        bench.settle()
        started = time.perf_counter()
        bar.play_at_offset(turns[index].start)
        _until(bench, _playing_from(bar.player, target), 5)
        runs.append(time.perf_counter() - started)
    bar.player.stop()
    bench.settle()
    timings = Timings(runs=tuple(runs), baseline_runs=(), tracemalloc_peak_bytes=0,
                      max_rss_bytes=max_rss_bytes())
    result = timed_result(GOALS_BY_NAME["gui_play_turn"],
                          workload=f"{len(turns)} timed turns of the focus transcript, "
                                   "a 64 s Ogg Opus recording",
                          timings=timings, baseline="",
                          notes=[f"slowest jump {max(runs) * 1000:.0f} ms; timed until the "
                                 "position moves on from the turn's time"])
    return replace(result, tracemalloc_peak_mb=None)


def _playing_from(player: Any, target: int) -> Any:
    """Playback has started at ``target``: the position has moved on from the requested
    one (setPosition alone reports it at once), and not from somewhere else."""
    from PySide6.QtMultimedia import QMediaPlayer

    def playing() -> bool:
        return (player.playbackState() == QMediaPlayer.PlaybackState.PlayingState
                and target < player.position() < target + NEAR_MS)

    return playing


def _until(bench: Any, condition: Any, seconds: float) -> None:
    deadline = time.perf_counter() + seconds
    while not condition():
        if time.perf_counter() > deadline:
            raise RuntimeError("the player did not get there in time")
        bench.settle()
