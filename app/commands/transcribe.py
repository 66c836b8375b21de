"""``telaah import-recording`` and ``telaah transcribe``: interviews as recordings.

``import-recording`` keeps an audio or video file as a new interview source, with its
transcript if there is one (times in ``[hh:mm:ss]``, ``#hh:mm:ss-d#``, SRT, WebVTT or an
oTranscribe export become sync points). ``transcribe`` writes a draft transcript of a
source's recording on this computer: nothing is sent anywhere, and a model is downloaded
only with ``--download``.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from app.commands.common import open_project, print_json, say
from app.core.ids import SourceId


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    recording = commands.add_parser(
        "import-recording", help="import an audio or video recording as an interview source")
    recording.add_argument("project", help="a .telaah file or a postgresql:// URL")
    recording.add_argument("file", type=Path, help="WAV, MP3, M4A, OGG or MP4")
    recording.add_argument("--title", help="the source's title (default: the file name)")
    recording.add_argument("--transcript", type=Path,
                           help="its transcript (.txt, .docx, .srt, .vtt, .otr, .html)")
    recording.add_argument("--informant", help="label of the informant interviewed")
    recording.add_argument("--encoding", help="force the text encoding of the transcript")
    recording.add_argument("--json", action="store_true")
    recording.set_defaults(run=_import_recording)

    transcribe = commands.add_parser(
        "transcribe", help="transcribe a source's recording on this computer (offline)")
    transcribe.add_argument("project", help="a .telaah file or a postgresql:// URL")
    transcribe.add_argument("--source", required=True, help="title of the source")
    transcribe.add_argument("--model",
                            help="a model folder, or the name of a downloaded model")
    transcribe.add_argument("--language", help="language code, e.g. id or en (default: guess)")
    transcribe.add_argument("--download", action="store_true",
                            help="download the model named by --model into Telaah's data "
                                 "folder first (the only network use)")
    transcribe.add_argument("--checked", action="store_true",
                            help="do not transcribe: mark the source's draft as corrected")
    transcribe.add_argument("--json", action="store_true")
    transcribe.set_defaults(run=_transcribe)


def _import_recording(arguments: argparse.Namespace) -> int:
    from app.core.recordings import clock, import_recording, read_recording

    title = arguments.title or arguments.file.stem
    with open_project(arguments.project, write=True) as project:
        changes = import_recording(project, path=arguments.file, title=title,
                                   transcript=arguments.transcript,
                                   informant=arguments.informant, encoding=arguments.encoding)
        assert changes.created is not None
        view = read_recording(project, source_id=SourceId(changes.created))  # a new source
    assert view is not None
    if arguments.json:
        print_json({"source": title, "media_type": view.media_type,
                    "duration_ms": view.duration_ms, "sync_points": len(view.sync_points)})
        return 0
    say(arguments, "Imported {title}: {kind} of {duration} with {points} time mark(s).",
        title=title, kind=view.media_type, duration=clock(view.duration_ms),
        points=len(view.sync_points))
    return 0


def _transcribe(arguments: argparse.Namespace) -> int:
    from app.core.lookup import lookup_source
    from app.core.transcription import (
        KNOWN_MODELS,
        download_model,
        mark_checked,
        transcribe_source,
    )

    if arguments.checked:
        with open_project(arguments.project, write=True) as project:
            mark_checked(project, source_id=lookup_source(project, title=arguments.source).id)
        say(arguments, "{source}: the transcript is marked as checked by a person.",
            source=arguments.source)
        return 0
    if arguments.download:
        name = arguments.model or ""
        if name in KNOWN_MODELS:
            say(arguments, "Downloading the model {name} ({size} MB) into Telaah's data "
                           "folder...", name=name, size=KNOWN_MODELS[name])
        download_model(name)
    reporter = _Reporter(quiet=arguments.json)
    with open_project(arguments.project, write=True) as project:
        source_id = lookup_source(project, title=arguments.source).id
        _, draft = transcribe_source(project, source_id=source_id, model=arguments.model,
                                     language=arguments.language, progress=reporter)
    if arguments.json:
        print_json({"source": arguments.source, "language": draft.language,
                    "duration_ms": draft.duration_ms, "words": len(draft.text.split()),
                    "paragraphs": draft.text.count("\n\n") + 1 if draft.text else 0,
                    "real_time_factor": round(draft.real_time_factor, 3),
                    "machine_made": True})
        return 0
    say(arguments, "Transcribed {source}: {words} words in {seconds} s ({factor}× real "
                   "time). The draft is marked machine-made until you correct it.",
        source=arguments.source, words=len(draft.text.split()),
        seconds=f"{draft.seconds_taken:.1f}", factor=f"{draft.real_time_factor:.2f}")
    return 0


class _Reporter:
    """Progress on standard error, at most once a second: per cent and time left."""

    def __init__(self, *, quiet: bool) -> None:
        self.quiet = quiet
        self.began = time.monotonic()
        self.shown = 0.0

    def __call__(self, done: int, total: int) -> None:
        now = time.monotonic()
        if self.quiet or now - self.shown < 1 or not total or not sys.stderr:
            return
        self.shown = now
        share = done / total
        left = (now - self.began) * (1 - share) / share if share else 0
        print(f"{share:4.0%}  ~{left:.0f} s", file=sys.stderr, flush=True)
