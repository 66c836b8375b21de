"""The search panel on the demo: modes, jump, code all hits with preview and undo,
suggestions accepted and dismissed one by one."""

from __future__ import annotations

from collections.abc import Sequence

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.core.code_suggestions import Suggestion
from app.core.codes import list_codes
from app.core.evidence import turn_places
from app.core.project import Project
from app.core.search import SearchHit, search_project
from app.core.segments import list_segments
from app.errors import InvalidSearchPattern, TelaahError
from app.ui.coding.search_coding import CodeHitsPreview
from app.ui.coding.search_model import SearchHitModel, SuggestionModel
from app.ui.coding.search_panel import SearchPanel
from app.ui.host.change_hub import ChangeHub
from tests.ui.conftest import keep_shot

CODER = "Tester"


class Previews:
    """Stands in for the person at the preview: unticks ``drop`` hits, or cancels."""

    def __init__(self) -> None:
        self.seen: list[list[SearchHit]] = []
        self.drop = 0
        self.cancel = False

    def __call__(self, _parent, hits: Sequence[SearchHit], _code: str) -> list[SearchHit] | None:
        self.seen.append(list(hits))
        return None if self.cancel else list(hits)[self.drop:]


def searched(qtbot: QtBot, panel: SearchPanel) -> list[SearchHit]:
    """Search (off the GUI thread) and wait until the hits are shown."""
    with qtbot.waitSignal(panel.searched, timeout=60_000) as blocker:
        panel.search()
    hits: list[SearchHit] = blocker.args[0]
    return hits


def suggested(qtbot: QtBot, panel: SearchPanel) -> list[Suggestion]:
    with qtbot.waitSignal(panel.suggested, timeout=60_000) as blocker:
        panel.suggest()
    suggestions: list[Suggestion] = blocker.args[0]
    return suggestions


@pytest.fixture
def setup(qtbot: QtBot, demo_project: Project):
    jumps: list[tuple[int, int, int]] = []
    previews = Previews()
    panel = SearchPanel(demo_project, ChangeHub(), CODER, lambda *span: jumps.append(span),
                        preview=previews)
    qtbot.addWidget(panel)
    return panel, jumps, previews


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> list[TelaahError]:
    shown: list[TelaahError] = []
    monkeypatch.setattr("app.ui.coding.search_panel.show_error",
                        lambda _parent, error, _translate: shown.append(error))
    return shown


@pytest.mark.parametrize("mode", ["exact", "word", "regex", "fuzzy"])
def test_each_mode_shows_the_cores_hits(qtbot: QtBot, setup, demo_project: Project,
                                        mode: str) -> None:
    panel, _jumps, _previews = setup
    query = {"regex": r"pelatih\w*", "fuzzy": "pelatihn"}.get(mode, "pelatihan")
    panel.query.setText(query)
    panel.mode.setCurrentIndex(panel.mode.findData(mode))
    hits = searched(qtbot, panel)
    expected = search_project(demo_project, query=query, mode=mode)
    assert hits == expected and len(hits) > 0
    assert panel.hit_model.rowCount() == len(hits)
    first = panel.hit_model.index(0, 3).data()
    assert first.startswith("…") and f"[{' '.join(hits[0].text.split())}]" in first
    assert panel.hit_count.text().startswith(f"{len(hits)} hits in ")
    # Where a hit is, as a reader counts: the speaker turn (paragraph in notes).
    (number, is_paragraph), = turn_places(demo_project, [(hits[0].source_id,
                                                          hits[0].start)]).values()
    label = f"para. {number}" if is_paragraph else f"turn {number}"
    assert number is not None and panel.hit_model.index(0, 2).data() == label


def test_a_bad_pattern_is_a_message(qtbot: QtBot, setup, errors: list[TelaahError]) -> None:
    panel, _jumps, _previews = setup
    panel.query.setText("(unclosed")
    panel.mode.setCurrentIndex(panel.mode.findData("regex"))
    assert searched(qtbot, panel) == []
    assert isinstance(errors[-1], InvalidSearchPattern)


def test_double_click_target_jumps_to_the_hit(qtbot: QtBot, setup) -> None:
    panel, jumps, _previews = setup
    panel.query.setText("anggaran")
    hits = searched(qtbot, panel)
    panel.hits.selectRow(1)
    panel.jump_to_hit()
    assert jumps == [(hits[1].source_id, hits[1].start, hits[1].end)]


def test_code_all_hits_with_preview_then_undo(qtbot: QtBot, setup,
                                              demo_project: Project) -> None:
    panel, _jumps, previews = setup
    panel.query.setText("anggaran")
    panel.mode.setCurrentIndex(panel.mode.findData("word"))
    hits = searched(qtbot, panel)
    before = len(list_segments(demo_project))
    previews.drop = 1  # the person unticks the first hit
    with qtbot.waitSignal(panel.hub.changed):
        created = panel.code_all_hits()
    assert previews.seen == [hits]
    assert len(created) == len(hits) - 1
    mine = [s for s in list_segments(demo_project) if s.coder == CODER]
    assert {(s.source_id, s.start, s.end) for s in mine} == {
        (h.source_id, h.start, h.end) for h in hits[1:]}
    assert panel.undo_button.isEnabled()
    with qtbot.waitSignal(panel.hub.changed) as blocker:
        panel.undo_coding()
    assert set(created) <= blocker.args[0].segments
    assert len(list_segments(demo_project)) == before
    assert not panel.undo_button.isEnabled()


def test_the_windows_undo_leaves_a_later_step_alone(qtbot: QtBot, setup,
                                                   demo_project: Project) -> None:
    """The coding of all hits is a step of the project's history: after another step its
    own Undo says to use Edit › Undo and takes nothing back; Edit › Undo takes the later
    step, then the whole batch."""
    panel, _jumps, _previews = setup
    panel.query.setText("anggaran")
    panel.mode.setCurrentIndex(panel.mode.findData("word"))
    searched(qtbot, panel)
    created = panel.code_all_hits()
    assert created and panel.wb.undo_name and "hits" in panel.wb.undo_name
    code = next(c for c in list_codes(demo_project) if c.path == "Kinerja/Waktu")
    panel.code_for_suggestions.setCurrentIndex(panel.code_for_suggestions.findData(code.id))
    suggested(qtbot, panel)
    panel.accept_suggestion()  # another step on the same history
    assert panel.wb.undo_name == "Apply code Kinerja/Waktu"
    mine = len([s for s in list_segments(demo_project) if s.coder == CODER])
    assert panel.undo_coding().empty
    assert "Edit › Undo" in panel.hit_count.text() and not panel.undo_button.isEnabled()
    assert len([s for s in list_segments(demo_project) if s.coder == CODER]) == mine
    panel.wb.undo()  # the suggestion
    panel.wb.undo()  # the whole batch
    assert [s for s in list_segments(demo_project) if s.coder == CODER] == []


def test_a_cancelled_preview_codes_nothing(qtbot: QtBot, setup, demo_project: Project) -> None:
    panel, _jumps, previews = setup
    panel.query.setText("anggaran")
    searched(qtbot, panel)
    previews.cancel = True
    assert panel.code_all_hits() == ()
    assert not [s for s in list_segments(demo_project) if s.coder == CODER]


def test_the_preview_dialog_unticks(qtbot: QtBot, demo_project: Project) -> None:
    hits = search_project(demo_project, query="anggaran")[:3]
    dialog = CodeHitsPreview(hits, "Kinerja/Waktu")
    qtbot.addWidget(dialog)
    dialog.hits.item(1).setCheckState(Qt.CheckState.Unchecked)
    assert dialog.ticked() == [hits[0], hits[2]]
    dialog.show()
    qtbot.waitExposed(dialog)
    keep_shot(dialog, "search_preview.png")


def test_suggestions_are_accepted_and_dismissed_one_by_one(qtbot: QtBot, setup,
                                                           demo_project: Project) -> None:
    panel, jumps, _previews = setup
    code = next(c for c in list_codes(demo_project) if c.path == "Kinerja/Waktu")
    panel.code_for_suggestions.setCurrentIndex(panel.code_for_suggestions.findData(code.id))
    suggestions = suggested(qtbot, panel)
    assert len(suggestions) >= 3
    assert not [s for s in list_segments(demo_project) if s.coder == CODER]  # nothing yet
    first = suggestions[0]
    with qtbot.waitSignal(panel.hub.changed):
        panel.accept_suggestion()
    mine = [s for s in list_segments(demo_project) if s.coder == CODER]
    assert [(s.source_id, s.start, s.end, s.code_id) for s in mine] == [
        (first.source_id, first.start, first.end, code.id)]
    dismissed = panel.current_suggestion()
    assert dismissed == suggestions[1]
    panel.dismiss_suggestion()
    assert panel.current_suggestion() == suggestions[2]
    panel.jump_to_suggestion()
    assert jumps == [(suggestions[2].source_id, suggestions[2].start, suggestions[2].end)]
    again = suggested(qtbot, panel)
    spans = {(s.source_id, s.start, s.end) for s in again}
    assert (first.source_id, first.start, first.end) not in spans
    assert (dismissed.source_id, dismissed.start, dismissed.end) not in spans


def test_the_models_pass_the_model_tester(qtmodeltester, demo_project: Project) -> None:
    hits = SearchHitModel()
    hits.set_hits(search_project(demo_project, query="anggaran"))
    qtmodeltester.check(hits)
    from app.core.code_suggestions import suggest_for_code

    code = next(c for c in list_codes(demo_project) if c.codable)
    suggestions = SuggestionModel()
    suggestions.set_suggestions(suggest_for_code(demo_project, code_id=code.id))
    qtmodeltester.check(suggestions)


def test_screenshot(qtbot: QtBot, setup) -> None:
    panel, _jumps, _previews = setup
    panel.show()
    qtbot.waitExposed(panel)
    panel.query.setText("pelatihan")
    searched(qtbot, panel)
    keep_shot(panel, "search_panel.png")
    panel.tabs.setCurrentIndex(1)
    suggested(qtbot, panel)
    keep_shot(panel, "search_suggestions.png")
