"""Play/pause, back three seconds and the playback rate of a recording: what the player
bar of the coding view and transcription mode share."""

from __future__ import annotations

from PySide6.QtMultimedia import QMediaPlayer
from PySide6.QtWidgets import QLabel

BACK_MS = 3000
# Slower for transcribing by ear, faster for listening again.
RATES = (0.5, 0.6, 0.7, 0.8, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0)
NORMAL_RATE = RATES.index(1.0)


class PlayerControls:
    """Mixed into a widget that has a ``player`` and a ``rate_label``."""

    player: QMediaPlayer
    rate_label: QLabel
    _rate_index: int = NORMAL_RATE

    def toggle(self) -> None:
        if self.player.playbackState() == QMediaPlayer.PlaybackState.PlayingState:
            self.player.pause()
        else:
            self.player.play()

    def back(self) -> None:
        self.player.setPosition(max(0, self.player.position() - BACK_MS))

    def slower(self) -> None:
        self._set_rate(max(0, self._rate_index - 1))

    def faster(self) -> None:
        self._set_rate(min(len(RATES) - 1, self._rate_index + 1))

    def _set_rate(self, index: int) -> None:
        self._rate_index = index
        self.player.setPlaybackRate(RATES[index])
        self.rate_label.setText(f"{RATES[index]:.2g}×")
