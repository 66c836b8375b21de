"""The review panel on the demo: queue filters, verdicts by role, thread, feedback, summary."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from docx import Document
from pytestqt.qtbot import QtBot

from app.core.changes import Changes
from app.core.coders import ensure_coder, set_coder_role
from app.core.project import Project
from app.core.review import review_thread
from app.core.segments import list_segments
from app.errors import CommentRequired, NotSupervisor, TelaahError
from app.ui.host.change_hub import ChangeHub
from app.ui.review.review_model import ReviewQueueModel
from app.ui.review.review_panel import ReviewPanel, export_review_summary
from tests.ui.conftest import keep_shot

SUPERVISOR = "Dosen"


@pytest.fixture
def supervised(demo_project: Project) -> Project:
    coder_id = ensure_coder(demo_project, name=SUPERVISOR).created
    assert coder_id is not None
    set_coder_role(demo_project, coder_id=coder_id, role="supervisor")
    return demo_project


def _panel(qtbot: QtBot, project: Project, name: str,
           jumps: list[tuple[int, int, int]] | None = None) -> tuple[ReviewPanel, ChangeHub]:
    hub = ChangeHub()
    panel = ReviewPanel(project, hub, name,
                        lambda *span: jumps.append(span) if jumps is not None else None)
    qtbot.addWidget(panel)
    return panel, hub


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> list[TelaahError]:
    shown: list[TelaahError] = []
    monkeypatch.setattr("app.ui.review.review_panel.show_error",
                        lambda _parent, error, _translate: shown.append(error))
    return shown


def test_the_queue_model_passes_the_model_tester(qtmodeltester, demo_project: Project) -> None:
    model = ReviewQueueModel()
    model.set_segments(list_segments(demo_project)[:50])
    qtmodeltester.check(model)


def test_the_queue_lists_open_segments_and_filters(qtbot: QtBot, supervised: Project) -> None:
    panel, _hub = _panel(qtbot, supervised, SUPERVISOR)
    assert panel.model.rowCount() == 429
    panel.coder_filter.setCurrentIndex(panel.coder_filter.findText("Bima"))
    assert panel.model.rowCount() == 101
    panel.informant_filter.setCurrentIndex(panel.informant_filter.findText("I2"))
    expected = [s for s in list_segments(supervised) if s.coder == "Bima"
                and s.informant == "I2"]
    assert panel.model.rowCount() == len(expected) > 0
    assert panel.count_label.text() == f"{len(expected)} segments"


def test_a_supervisor_gives_verdicts_and_a_comment_is_required(
        qtbot: QtBot, supervised: Project, errors: list[TelaahError]) -> None:
    panel, hub = _panel(qtbot, supervised, SUPERVISOR)
    first = panel.current_segment()
    assert first is not None and panel.accept_button.isEnabled()
    assert re.search(rf"{first.source}, (turn|para\.) \d+", panel.segment_view.toPlainText())
    assert not panel.give_verdict("needs_revision")  # no comment
    assert isinstance(errors[-1], CommentRequired)
    panel.comment_edit.setPlainText("Terlalu panjang; potong sampai kalimat kedua.")
    with qtbot.waitSignal(hub.changed) as blocker:
        assert panel.give_verdict("needs_revision")
    assert first.id in blocker.args[0].segments
    statuses = {s.id: s.review_status for s in list_segments(supervised)}
    assert statuses[first.id] == "needs_revision"
    assert panel.model.row_of(first.id) == -1  # no longer open
    assert panel.model.rowCount() == 428
    thread = review_thread(supervised, segment_id=first.id)
    assert [(c.author, c.status) for c in thread] == [(SUPERVISOR, "needs_revision")]


def test_a_coder_cannot_give_verdicts_but_replies_and_sees_feedback(
        qtbot: QtBot, supervised: Project, errors: list[TelaahError]) -> None:
    supervisor, _hub = _panel(qtbot, supervised, SUPERVISOR)
    supervisor.coder_filter.setCurrentIndex(supervisor.coder_filter.findText("Bima"))
    segment = supervisor.current_segment()
    assert segment is not None
    supervisor.comment_edit.setPlainText("Kodenya kurang tepat.")
    assert supervisor.give_verdict("rejected")

    jumps: list[tuple[int, int, int]] = []
    coder, _hub = _panel(qtbot, supervised, "Bima", jumps)
    assert not coder.accept_button.isEnabled()
    assert not coder.give_verdict("accepted")
    assert isinstance(errors[-1], NotSupervisor)
    assert coder.feedback.count() == 1
    assert "Kodenya kurang tepat." in coder.feedback.item(0).text()
    coder._jump_to_feedback(coder.feedback.item(0))
    assert jumps == [(segment.source_id, segment.start, segment.end)]
    coder.status_filter.setCurrentIndex(coder.status_filter.findData("rejected"))
    assert coder.current_segment() is not None and coder.current_segment().id == segment.id
    coder.comment_edit.setPlainText("Baik, saya perbaiki.")
    assert coder.add_comment()
    assert [c.author for c in review_thread(supervised, segment_id=segment.id)] == [
        SUPERVISOR, "Bima"]
    assert "Baik, saya perbaiki." in coder.thread_view.toPlainText()


def test_changes_from_elsewhere_reload_the_queue(qtbot: QtBot, supervised: Project) -> None:
    panel, hub = _panel(qtbot, supervised, SUPERVISOR)
    panel.show()
    from app.core.segments import remove_segment

    segment = list_segments(supervised)[0]
    changes = remove_segment(supervised, segment_id=segment.id, actor_id=segment.coder_id)
    hub.publish(changes)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 428)
    hub.publish(Changes())  # nothing named: nothing to do


def test_the_summary_export_is_a_word_document(supervised: Project, tmp_path: Path) -> None:
    target = tmp_path / "ringkasan.docx"
    export_review_summary(supervised, target)
    document = Document(str(target))
    assert document.paragraphs[0].text == "Review summary"
    first_row = [cell.text for cell in document.tables[0].rows[0].cells]
    assert first_row[0] == "Code" and "Accepted" in first_row


def test_screenshot(qtbot: QtBot, supervised: Project) -> None:
    panel, _hub = _panel(qtbot, supervised, SUPERVISOR)
    panel.show()
    qtbot.waitExposed(panel)
    keep_shot(panel, "review_panel.png")


def test_the_thread_names_roles_in_the_interface_language(qapp) -> None:  # type: ignore[no-untyped-def]
    from app.ui.review.review_panel import role_label
    from app.ui.shell import language_switch

    assert role_label("supervisor") == "supervisor"
    language_switch.install_translator("id")
    try:
        assert (role_label("supervisor"), role_label("coder")) == ("pembimbing", "pengode")
    finally:
        language_switch.remove_translator()
