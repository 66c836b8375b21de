"""``telaah import-recording`` and ``telaah transcribe`` end to end through the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.cli import main
from app.core.project import Project
from app.core.recordings import read_recording
from app.core.sources import list_sources, read_source
from tests.core.test_transcription import MODEL, word_error_rate
from tests.media_builders import SENTENCES, convert, speak_turns


def test_import_a_recording_then_transcribe_it(tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    wav, _ = speak_turns(tmp_path / "wawancara.wav", SENTENCES[:2], pause_ms=2000)
    m4a = convert(wav, tmp_path / "wawancara.m4a", codec="aac")
    project = tmp_path / "studi.telaah"
    assert main(["new", str(project), "--title", "Studi"]) == 0
    capsys.readouterr()
    assert main(["import-recording", str(project), str(m4a), "--title", "Wawancara 1",
                 "--json"]) == 0
    imported = json.loads(capsys.readouterr().out)
    assert imported["media_type"] == "audio" and imported["sync_points"] == 0
    assert main(["--lang", "en", "transcribe", str(project), "--source", "Wawancara 1",
                 "--model", str(MODEL), "--language", "en", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["machine_made"] and result["words"] > 10 and result["real_time_factor"] > 0
    opened = Project.open(project)
    try:
        source = list_sources(opened)[0]
        text = read_source(opened, source_id=source.id).text
    finally:
        opened.close()
    assert word_error_rate(" ".join(SENTENCES[:2]), text) <= 0.35, text
    assert main(["--lang", "en", "transcribe", str(project), "--source", "Wawancara 1",
                 "--checked"]) == 0
    assert "marked as checked" in capsys.readouterr().out
    opened = Project.open(project)
    try:
        view = read_recording(opened, source_id=list_sources(opened)[0].id)
    finally:
        opened.close()
    assert view is not None and not view.machine_made


def test_bad_recording_is_one_line_and_nothing_changes(tmp_path: Path,
                                                       capsys: pytest.CaptureFixture[str]
                                                       ) -> None:
    project = tmp_path / "studi.telaah"
    assert main(["new", str(project), "--title", "Studi"]) == 0
    empty = tmp_path / "kosong.mp3"
    empty.write_bytes(b"")
    capsys.readouterr()
    assert main(["--lang", "id", "import-recording", str(project), str(empty)]) != 0
    error = capsys.readouterr().err.strip()
    assert error.count("\n") == 0 and "kosong.mp3" in error and "rekaman" in error
    assert main(["--lang", "en", "transcribe", str(project), "--source", "nope",
                 "--model", "tiny"]) != 0
    assert "No source 'nope'" in capsys.readouterr().err
    opened = Project.open(project)
    try:
        assert list_sources(opened) == []
    finally:
        opened.close()
