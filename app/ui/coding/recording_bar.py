"""The recording of the open source, played beside its transcript (Qt Multimedia).

The bar shows only for a source with a recording. Clicking a turn's number in the gutter
plays from that turn's time; while the recording plays, the words being heard are outlined
and followed in the transcript; *Play passage* plays the chosen coded segment (or the
selection) and stops at its end. Back 3 s, slower and faster serve transcribing and
checking a transcript against the recording.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QKeySequence, QMouseEvent
from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer
from PySide6.QtMultimediaWidgets import QVideoWidget
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSlider,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.core.project import Project
from app.core.recordings import RecordingView, clock, read_recording, recording_file
from app.core.sources import SourceDocument, TurnView
from app.core.workbench import Workbench
from app.ui.coding.player_controls import NORMAL_RATE, PlayerControls
from app.ui.coding.text_offsets import TextOffsets
from app.ui.coding.transcript_view import TranscriptView

CONTEXT = "RecordingBar"
VIDEO_HEIGHT = 180


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class RecordingBar(PlayerControls, QWidget):
    """Player controls for one source; ``heard`` carries the code-point span being
    played (or ``None``) whenever it changes."""

    heard = Signal(object)
    checked = Signal(object)  # Changes: the draft was marked as checked by a person

    def __init__(self, view: TranscriptView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._view = view
        self._recording: RecordingView | None = None
        self._text = ""
        self._offsets = TextOffsets("")
        self._turns: tuple[TurnView, ...] = ()
        self._turn_starts: list[int] = []
        self._stop_at: int | None = None
        self._heard: tuple[int, int] | None = None
        self._rate_index = NORMAL_RATE
        self._gutter_pressed = False
        self.player = QMediaPlayer(self)
        self.audio = QAudioOutput(self)
        self.player.setAudioOutput(self.audio)
        self.play_button = self._button(_tr("Play"), _tr("Play or pause the recording"),
                                        self.toggle)
        self.back_button = self._button(_tr("−3 s"), _tr("Back three seconds"), self.back)
        self.slower_button = self._button(_tr("Slower"), _tr("Play more slowly"),
                                          self.slower)
        self.rate_label = QLabel("1×", self)
        self.faster_button = self._button(_tr("Faster"), _tr("Play faster"), self.faster)
        self.slider = QSlider(Qt.Orientation.Horizontal, self)
        self.slider.setRange(0, 0)
        self.slider.sliderMoved.connect(self.player.setPosition)
        self.time_label = QLabel(self)
        self.passage_button = self._button(
            _tr("Play passage"),
            _tr("Play the chosen coded segment or the selected words, then stop"),
            self.play_passage)
        controls = QHBoxLayout()
        controls.setContentsMargins(0, 0, 0, 0)
        for widget in (self.play_button, self.back_button, self.slower_button,
                       self.rate_label, self.faster_button):
            controls.addWidget(widget)
        controls.addWidget(self.slider, 1)
        controls.addWidget(self.time_label)
        controls.addWidget(self.passage_button)
        self._shortcut(_tr("Play or pause"), "Ctrl+Space", self.toggle)
        self._shortcut(_tr("Back three seconds"), "Ctrl+Shift+Left", self.back)
        self.draft_label = QLabel(_tr("Machine-made draft: correct it against the recording, "
                                      "then mark it as checked."), self)
        self.draft_label.setStyleSheet("color: #8A4B00; font-weight: bold")
        self.checked_button = self._button(
            _tr("Mark as checked"), _tr("A person has corrected this transcript"),
            self._mark_checked)
        draft = QHBoxLayout()
        draft.setContentsMargins(0, 0, 0, 0)
        draft.addWidget(self.draft_label)
        draft.addWidget(self.checked_button)
        draft.addStretch(1)
        # A video interview shows its picture above the controls (a small preview: the
        # transcript stays the main thing).
        self.video = QVideoWidget(self)
        self.video.setFixedHeight(VIDEO_HEIGHT)
        self.video.setVisible(False)
        self.player.setVideoOutput(self.video)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 2)
        layout.setSpacing(2)
        layout.addWidget(self.video)
        layout.addLayout(controls)
        layout.addLayout(draft)
        self._project: Project | None = None
        # The coding view's workbench, which the bar's one action goes through.
        self.workbench: Workbench | None = None
        self.player.positionChanged.connect(self._on_position)
        self.player.durationChanged.connect(lambda duration: self.slider.setRange(0, duration))
        self.player.playbackStateChanged.connect(self._on_state)
        view.gutter.installEventFilter(self)
        self.setVisible(False)
        self._show_time(0)

    def _button(self, text: str, tip: str, slot: Callable[[], None]) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(tip)
        button.clicked.connect(slot)
        return button

    def _shortcut(self, text: str, keys: str, slot: Callable[[], None]) -> None:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self._view.addAction(action)
        self.addAction(action)

    # --- the source ----------------------------------------------------------------------

    @property
    def recording(self) -> RecordingView | None:
        return self._recording

    def show_source(self, project: Project, document: SourceDocument | None) -> None:
        """Show the recording of ``document`` (hide the bar for a source without one)."""
        if document is None:
            self.show_recording(None, None)
            return
        self._project = project
        recording = read_recording(project, source_id=document.id)
        media = recording_file(project, source_id=document.id) if recording else None
        self.show_recording(recording, media, text=document.text, turns=document.turns)

    def show_recording(self, recording: RecordingView | None, media: Path | None, *,
                       text: str = "", turns: Sequence[TurnView] = ()) -> None:
        """Play ``media`` (the file of ``recording``) beside ``text``; ``None`` hides."""
        self.player.stop()
        self._stop_at = None
        self._set_heard(None)
        self._recording = recording
        self._text = text
        self._offsets = TextOffsets(text)
        self._turns = tuple(turns)
        self._turn_starts = [turn.start for turn in self._turns]
        if recording is None or media is None:
            self.player.setSource(QUrl())
            self.video.setVisible(False)
            self.setVisible(False)
            return
        self.video.setVisible(recording.media_type == "video")
        self.player.setSource(QUrl.fromLocalFile(str(media)))
        self.slider.setRange(0, recording.duration_ms)
        self.passage_button.setEnabled(bool(recording.sync_points))
        self.draft_label.setVisible(recording.machine_made)
        self.checked_button.setVisible(recording.machine_made and self._project is not None)
        self._show_time(0)
        self.setVisible(True)

    def _mark_checked(self) -> None:
        recording = self._recording
        if recording is None or self._project is None:
            return
        workbench = self.workbench
        if workbench is None or workbench.project is not self._project:
            workbench = Workbench(self._project)
        self.checked.emit(workbench.sources.mark_checked(source_id=recording.source_id))
        self._recording = replace(recording, machine_made=False)
        self.draft_label.setVisible(False)
        self.checked_button.setVisible(False)

    # --- playing -------------------------------------------------------------------------

    def play_from(self, time_ms: int, *, until_ms: int | None = None) -> None:
        self._stop_at = until_ms
        self.player.setPosition(max(0, time_ms))
        self.player.play()

    def play_at_offset(self, offset: int) -> bool:
        """Play from the turn (or place) holding code point ``offset``; False without
        times."""
        if self._recording is None:
            return False
        turn = self._turn_at(offset)
        start = turn.start if turn is not None else offset
        time_ms = self._recording.time_at(start)
        if time_ms is None:
            return False
        self.play_from(time_ms)
        return True

    def play_span(self, start: int, end: int) -> bool:
        """Play the time range of ``[start, end)`` and stop at its end."""
        times = self._recording.passage_times(start, end) if self._recording else None
        if times is None:
            return False
        self.play_from(times[0], until_ms=times[1])
        return True

    def play_passage(self) -> None:
        segment = self._view.current_segment()
        span = (segment.start, segment.end) if segment is not None else None
        span = span or self._view.selected_span()
        if span is not None:
            self.play_span(*span)
        else:
            self.play_at_offset(self._offsets.to_code_point(self._view.textCursor().position()))

    def toggle(self) -> None:
        if self._recording is not None:
            super().toggle()

    # --- following -----------------------------------------------------------------------

    def _on_position(self, position: int) -> None:
        if self._stop_at is not None and position >= self._stop_at:
            self._stop_at = None
            self.player.pause()
        if not self.slider.isSliderDown():
            self.slider.setValue(position)
        self._show_time(position)
        self._set_heard(self.span_heard_at(position))

    def span_heard_at(self, position: int) -> tuple[int, int] | None:
        """The turn (or, without turns, the stretch between two sync points) the
        recording plays at ``position`` ms."""
        recording = self._recording
        if recording is None:
            return None
        offset = recording.offset_at(position)
        if offset is None:
            return None
        turn = self._turn_at(offset)
        if turn is not None:
            return turn.start, turn.end
        offsets = [point.offset for point in recording.sync_points]
        index = bisect_right(offsets, offset)
        end = offsets[index] if index < len(offsets) else len(self._text)
        return (offset, end) if end > offset else None

    def _set_heard(self, span: tuple[int, int] | None) -> None:
        if span == self._heard:
            return
        self._heard = span
        self._view.mark_playing(span)
        if span is not None:
            self._follow(span[0])
        self.heard.emit(span)

    def _follow(self, offset: int) -> None:
        """Scroll the transcript so that the words being heard are in sight."""
        cursor = self._view.textCursor()
        cursor.setPosition(self._offsets.to_utf16(min(offset, len(self._text))))
        rect = self._view.cursorRect(cursor)
        viewport = self._view.viewport().rect()
        if not viewport.contains(rect.topLeft()) or not viewport.contains(rect.bottomLeft()):
            bar = self._view.verticalScrollBar()
            bar.setValue(bar.value() + rect.top() - viewport.height() // 4)

    def _turn_at(self, offset: int) -> TurnView | None:
        index = bisect_right(self._turn_starts, offset) - 1
        if index < 0:
            return None
        turn = self._turns[index]
        return turn if offset <= turn.end else None

    def _on_state(self, state: QMediaPlayer.PlaybackState) -> None:
        playing = state == QMediaPlayer.PlaybackState.PlayingState
        self.play_button.setText(_tr("Pause") if playing else _tr("Play"))

    def _show_time(self, position: int) -> None:
        duration = self._recording.duration_ms if self._recording else 0
        self.time_label.setText(f"{clock(position)} / {clock(duration)}")

    # --- clicking a turn -----------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self._view.gutter and isinstance(event, QMouseEvent)
                and self._recording is not None
                and event.button() == Qt.MouseButton.LeftButton):
            if event.type() == QEvent.Type.MouseButtonPress:
                cursor = self._view.cursorForPosition(event.position().toPoint())
                block_start = cursor.block().position()
                self._gutter_pressed = self.play_at_offset(
                    self._offsets.to_code_point(block_start))
                return self._gutter_pressed
            if event.type() == QEvent.Type.MouseButtonRelease and self._gutter_pressed:
                self._gutter_pressed = False
                return True
        return super().eventFilter(watched, event)
