"""The synthetic projects: reproducible, shaped like interviews, segments on real text."""

from __future__ import annotations

import random
from collections import Counter
from pathlib import Path

from sqlalchemy import select

from app.core.project import Project
from app.core.segments import list_segments
from app.core.sources import list_sources, read_source
from app.models import Source
from benchmarks.coding_plan import CodableSource, plan_source, sentence_spans
from benchmarks.generate import prepare
from benchmarks.interview_text import InterviewWriter
from benchmarks.scales import SCALES


def test_the_same_seed_writes_the_same_interview() -> None:
    first = InterviewWriter(7).interview(title="W1", informant="I1", words=400)
    assert first == InterviewWriter(7).interview(title="W1", informant="I1", words=400)
    assert first != InterviewWriter(8).interview(title="W1", informant="I1", words=400)
    assert 400 <= len(first.split()) < 520
    assert "\n\nPewawancara: " in first and "\n\nInforman: " in first


def test_other_coders_follow_the_first_on_the_same_passages() -> None:
    text = InterviewWriter(3).answer() * 20
    source = CodableSource(source_id=1, text=text, units=((0, len(text)),))
    plan = plan_source(source, quota=300, code_ids=[1, 2, 3], coders=3,
                       chooser=random.Random(1))
    assert len(plan) == 300
    assert set(Counter(segment.coder for segment in plan)) == {0, 1, 2}
    first = {(segment.start, segment.end) for segment in plan if segment.coder == 0}
    shared = [segment for segment in plan if segment.coder and (segment.start, segment.end)
              in first]
    assert len(shared) > 50
    boundaries = {span for span in sentence_spans(text, 0, len(text))}
    starts = {start for start, _end in boundaries}
    assert all(segment.start in starts for segment in plan)


def test_a_tiny_project_is_built_once_and_reused(tmp_path: Path) -> None:
    scale = SCALES["tiny"]
    generated = prepare(scale, tmp_path, say=lambda _text: None)
    built = generated.project_path.stat().st_mtime_ns
    again = prepare(scale, tmp_path, say=lambda _text: None)
    assert again.project_path.stat().st_mtime_ns == built
    assert [path.name for path in tmp_path.iterdir()] == [scale.key]
    assert generated.long_transcript.is_file() and generated.excerpt_project.is_file()

    with Project.open(generated.project_path, read_only=True) as project:
        sources = list_sources(project)
        assert len(sources) == scale.sources
        assert Counter(source.kind for source in sources) == {
            "interview": 3, "observation": 1, "documentation": 1}
        focus = read_source(project, source_id=generated.manifest["focus_source_id"])
        assert focus.title == "Wawancara 001 I1"
        assert {turn.role for turn in focus.turns} == {"interviewer", "informant"}
        segments = list_segments(project)
        assert len(segments) == scale.segments
        assert Counter(segment.coder for segment in segments).keys() == set(scale.coders)
        assert sum(segment.source_id == focus.id for segment in segments) == 40
        with project.reading() as session:
            texts = dict(session.execute(select(Source.id, Source.text)).all())
        assert all(texts[s.source_id][s.start:s.end] == s.text for s in segments)
        assert sum(source.word_count for source in sources) == generated.manifest["words"]
