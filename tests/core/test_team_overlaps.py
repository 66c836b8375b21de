"""Issue 24: two people on one team project, driven through everyday overlaps.

Every case runs on a fresh copy of the demo study, once in an SQLite file and once in a
real PostgreSQL database (``project_location``), with two (or three) independent handles
on the project, as two workbenches or a script beside a workbench would have. The first 24
cases lost someone's work (or told them nothing, or showed raw database text) before; the
last 12 already kept both changes and must go on doing so. The GUI editors are driven in
tests/ui/coding/test_codebook_conflicts.py and tests/ui/analysis/test_conclusion_conflicts.py.
"""

from __future__ import annotations

import re
import shutil
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from app.core import codebook_editing
from app.core.change_watch import current_mark, poll_changes
from app.core.coders import ensure_coder
from app.core.codes import CodeView
from app.core.conclusions import conclusion_of_code, link_evidence, save_conclusion
from app.core.condensation import code_summary, set_code_summary, set_paraphrase
from app.core.memos import list_memos
from app.core.project import Project
from app.core.project_copy import copy_project
from app.core.review import SegmentSeen, comment_on_segment, review_thread
from app.core.segments import list_segments, update_segment
from app.core.source_editing import update_informant, update_source
from app.core.workbench import Workbench
from app.errors import (
    DeletedMeanwhile,
    EditConflict,
    SegmentChangedSinceLoaded,
    TelaahError,
    UndoConflict,
    UndoKeepsOthersWork,
)
from app.models import Code

RAW_DATABASE_TEXT = re.compile(r"duplicate key|UNIQUE constraint|IntegrityError|psycopg|"
                               r"sqlite3|StaleData|\bSQL\b", re.IGNORECASE)


class Team:
    """Annisa and Budi (coders) and Dr Sari (supervisor), each with a workbench."""

    def __init__(self, location: str) -> None:
        self.location = location
        self.a = Workbench(Project.open(location), coder_name="Annisa")
        self.b = Workbench(Project.open(location), coder_name="Budi")
        self.sup = Workbench(Project.open(location), coder_name="Dr Sari")
        ensure_coder(self.sup.project, name="Dr Sari", role="supervisor")

    def close(self) -> None:
        for bench in (self.a, self.b, self.sup):
            bench.close()

    def code(self, bench: Workbench | None = None, index: int = 0) -> CodeView:
        codes = [c for c in (bench or self.a).codes.all() if c.codable and c.parent_id]
        return codes[index]

    def source_id(self) -> int:
        return self.a.sources.all()[0].id

    def apply(self, bench: Workbench, code_id: int, start: int = 10, end: int = 40) -> int:
        created = bench.segments.apply(source_id=self.source_id(), code_id=code_id,
                                       start=start, end=end, name="Apply").created
        assert created is not None
        return created


@pytest.fixture
def team(project_location: str, demo_template: Path) -> Iterator[Team]:
    if project_location.endswith(".telaah"):
        shutil.copyfile(demo_template, project_location)
    else:
        copy_project(demo_template, project_location).close()
    people = Team(project_location)
    yield people
    people.close()


def said(error: TelaahError) -> str:
    """The message a person reads; never database text, never a bare id."""
    text = error.message()
    assert not RAW_DATABASE_TEXT.search(text), text
    return text


# --- 1-24: overlaps that lost work before --------------------------------------------------


def test_01_stale_dialog_does_not_undo_a_rename(team: Team) -> None:
    loaded = team.code(team.b)  # B opens "Edit name and definition"
    team.a.codes.rename(code_id=loaded.id, new_name="Ketepatan baru", expected=loaded.name)
    # B changes only the example; the dialog sends only that, with what it showed.
    team.b.codes.document(code_id=loaded.id, values={"example": "contoh dari Budi"},
                          expected={"example": loaded.example})
    now = team.a.codes.get(loaded.id)
    assert now is not None and now.name == "Ketepatan baru"
    assert now.example == "contoh dari Budi"


def test_02_definition_and_example_from_two_dialogs_both_kept(team: Team) -> None:
    loaded = team.code(team.b)
    team.a.codes.document(code_id=loaded.id, values={"definition": "definisi Annisa"},
                          expected={"definition": loaded.definition})
    team.b.codes.document(code_id=loaded.id, values={"example": "contoh Budi"},
                          expected={"example": loaded.example})
    now = team.a.codes.get(loaded.id)
    assert now is not None
    assert (now.definition, now.example) == ("definisi Annisa", "contoh Budi")


def test_03_both_write_the_summary_of_a_code(team: Team) -> None:
    code = team.code()
    shown = code_summary(team.b.project, code_id=code.id)
    set_code_summary(team.a.project, code_id=code.id, body="Ringkasan Annisa", expected=shown)
    with pytest.raises(EditConflict) as caught:
        set_code_summary(team.b.project, code_id=code.id, body="Ringkasan Budi", expected=shown)
    text = said(caught.value)
    assert "Annisa" in text and "Ringkasan Annisa" in text and "Ringkasan Budi" in text
    assert code.path in text
    assert code_summary(team.a.project, code_id=code.id) == "Ringkasan Annisa"
    # Keep mine: Budi sends again over the value he has now seen.
    set_code_summary(team.b.project, code_id=code.id, body="Ringkasan Budi",
                     expected="Ringkasan Annisa")
    assert code_summary(team.a.project, code_id=code.id) == "Ringkasan Budi"


def test_04_the_same_coder_edits_a_segment_memo_on_two_machines(team: Team) -> None:
    segment_id = team.apply(team.a, team.code().id)
    laptop = Workbench(Project.open(team.location), coder_name="Annisa")
    try:
        team.a.segments.edit(segment_id=segment_id, old={"memo": ""},
                             new={"memo": "catatan di kantor"})
        with pytest.raises(EditConflict) as caught:
            laptop.segments.edit(segment_id=segment_id, old={"memo": ""},
                                 new={"memo": "catatan di rumah"})
    finally:
        laptop.close()
    assert "catatan di kantor" in said(caught.value)
    [segment] = [s for s in list_segments(team.a.project) if s.id == segment_id]
    assert segment.memo == "catatan di kantor"


def test_05_both_save_the_conclusion_statement(team: Team) -> None:
    code = team.code()
    save_conclusion(team.a.project, code_id=code.id, statement="Kinerja baik",
                    expected={"statement": ""})
    with pytest.raises(EditConflict) as caught:
        save_conclusion(team.b.project, code_id=code.id, statement="Kinerja cukup",
                        expected={"statement": ""})
    assert "Kinerja baik" in said(caught.value) and "Annisa" in said(caught.value)
    assert conclusion_of_code(team.a.project, code_id=code.id).statement == "Kinerja baik"


def test_06_an_older_conclusion_editor_keeps_verdict_reason_status_and_tactic(
        team: Team) -> None:
    code = team.code()
    loaded = conclusion_of_code(team.b.project, code_id=code.id)  # B's editor, earlier
    word = next(w for w in loaded.scale
                if not loaded.suggestion or w != loaded.suggestion.verdict)
    save_conclusion(team.a.project, code_id=code.id, verdict=word,
                    override_reason="Dokumen menunjukkan lain", status="tentative",
                    tactics={"triangulated": True})
    save_conclusion(team.b.project, code_id=code.id, statement="Pernyataan Budi",
                    expected={"statement": loaded.statement})
    now = conclusion_of_code(team.a.project, code_id=code.id)
    assert (now.statement, now.verdict, now.override_reason, now.status) == (
        "Pernyataan Budi", word, "Dokumen menunjukkan lain", "tentative")
    assert now.tactics["triangulated"]


def test_07_two_people_create_the_first_conclusion_at_once(team: Team) -> None:
    code = team.code()
    start = threading.Barrier(2)
    outcomes: dict[str, object] = {}

    def write(bench: Workbench, statement: str) -> None:
        start.wait()
        try:
            save_conclusion(bench.project, code_id=code.id, statement=statement,
                            expected={"statement": ""})
            outcomes[statement] = "saved"
        except TelaahError as error:
            outcomes[statement] = error

    threads = [threading.Thread(target=write, args=(bench, text))
               for bench, text in ((team.a, "Versi A"), (team.b, "Versi B"))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert sorted(str(o) == "saved" for o in outcomes.values()) == [False, True]
    [error] = [o for o in outcomes.values() if isinstance(o, TelaahError)]
    assert isinstance(error, EditConflict)
    said(error)
    winner = next(text for text, o in outcomes.items() if o == "saved")
    assert conclusion_of_code(team.a.project, code_id=code.id).statement == winner


def test_08_applying_a_code_while_it_is_merged_lands_on_the_target(team: Team) -> None:
    source_code, target_code = team.code(team.b, 0), team.code(team.b, 1)  # B's list
    done: dict[str, object] = {}

    def apply_meanwhile() -> None:
        try:
            done["id"] = team.apply(team.b, source_code.id, 100, 140)
        except TelaahError as error:
            done["error"] = error

    with team.a.project.writing():
        codebook_editing.merge_codes(team.a.project, source_id=source_code.id,
                                     target_id=target_code.id)
        other = threading.Thread(target=apply_meanwhile)
        other.start()
        time.sleep(0.5)  # B's write waits for the merge's transaction
    other.join(30)
    assert "error" not in done, done
    [segment] = [s for s in list_segments(team.a.project) if s.id == done["id"]]
    assert segment.code_id == target_code.id  # kept, on the code it was merged into


def test_09_applying_a_code_someone_deleted_says_who_and_which(team: Team) -> None:
    code = team.code(team.b)
    team.a.codes.delete(code_id=code.id, name="Delete")
    with pytest.raises(DeletedMeanwhile) as caught:
        team.apply(team.b, code.id)
    text = said(caught.value)
    assert "Annisa" in text and code.name in text
    assert f"'{code.id}'" not in text


def test_10_both_rename_a_code_from_stale_dialogs(team: Team) -> None:
    code = team.code(team.b)
    team.a.codes.rename(code_id=code.id, new_name="Nama A", expected=code.name)
    with pytest.raises(EditConflict) as caught:
        team.b.codes.rename(code_id=code.id, new_name="Nama B", expected=code.name)
    text = said(caught.value)
    assert "Nama A" in text and "Nama B" in text and "Annisa" in text
    assert caught.value.conflicting == ("name",)
    team.b.codes.rename(code_id=code.id, new_name="Nama B", expected="Nama A")  # keep mine
    assert team.a.codes.get(code.id).name == "Nama B"  # type: ignore[union-attr]


def test_11_both_recolour_a_code(team: Team) -> None:
    code = team.code(team.b)
    team.a.codes.recolour(code_id=code.id, color="#112233", expected=code.color)
    with pytest.raises(EditConflict):
        team.b.codes.recolour(code_id=code.id, color="#445566", expected=code.color)
    assert team.a.codes.get(code.id).color == "#112233"  # type: ignore[union-attr]


def test_12_both_condense_the_same_segment(team: Team) -> None:
    segment = list_segments(team.a.project)[0]
    set_paraphrase(team.a.project, segment_id=segment.id, paraphrase="Ringkas A",
                   expected="")
    with pytest.raises(EditConflict) as caught:
        set_paraphrase(team.b.project, segment_id=segment.id, paraphrase="Ringkas B",
                       expected="")
    assert segment.source in said(caught.value)


def test_13_informant_pseudonym_and_role_from_two_editors(team: Team) -> None:
    informant = team.a.informants.all()[0]
    update_informant(team.a.project, informant_id=informant.id, pseudonym="Pak Anton",
                     expected={"pseudonym": informant.pseudonym})
    update_informant(team.b.project, informant_id=informant.id, role="Kepala Bidang",
                     expected={"role": informant.role})
    with pytest.raises(EditConflict):
        update_informant(team.b.project, informant_id=informant.id, pseudonym="Pak Budi",
                         expected={"pseudonym": informant.pseudonym})
    now = next(i for i in team.a.informants.all() if i.id == informant.id)
    assert (now.pseudonym, now.role) == ("Pak Anton", "Kepala Bidang")


def test_14_both_retitle_a_source(team: Team) -> None:
    source = team.a.sources.all()[0]
    update_source(team.a.project, source_id=source.id, title="Wawancara A",
                  expected={"title": source.title})
    with pytest.raises(EditConflict) as caught:
        update_source(team.b.project, source_id=source.id, title="Wawancara B",
                      expected={"title": source.title})
    assert "Wawancara A" in said(caught.value)


def test_15_a_write_based_on_a_stale_row_version_is_refused(team: Team) -> None:
    code = team.code()
    stale = Session(team.b.project.engine, expire_on_commit=False)  # holds an old row
    try:
        row = stale.get_one(Code, code.id)
        stale.commit()  # (ends its read transaction, keeps the loaded row and version)
        team.a.codes.rename(code_id=code.id, new_name="Nama baru A")
        row.name = "Nama lama B"
        with pytest.raises(StaleDataError):
            stale.commit()
        stale.rollback()
    finally:
        stale.close()
    assert team.a.codes.get(code.id).name == "Nama baru A"  # type: ignore[union-attr]


def test_16_undo_of_a_rename_someone_renamed_again_is_refused(team: Team) -> None:
    code = team.code()
    team.a.codes.rename(code_id=code.id, new_name="Nama A", name="Rename")
    team.b.codes.rename(code_id=code.id, new_name="Nama B")
    with pytest.raises(UndoConflict) as caught:
        team.a.undo()
    assert "Budi" in said(caught.value) and "Nama B" in said(caught.value)
    assert team.a.codes.get(code.id).name == "Nama B"  # type: ignore[union-attr]
    assert team.a.undo_name == "Rename"  # the step stays, nothing changed


def test_17_undo_of_a_definition_someone_changed_again_is_refused(team: Team) -> None:
    code = team.code()
    team.a.codes.document(code_id=code.id, values={"definition": "def A"}, name="Edit")
    team.b.codes.document(code_id=code.id, values={"definition": "def B"})
    with pytest.raises(UndoConflict):
        team.a.undo()
    assert team.a.codes.get(code.id).definition == "def B"  # type: ignore[union-attr]


def test_18_undo_of_a_colour_someone_changed_again_is_refused(team: Team) -> None:
    code = team.code()
    team.a.codes.recolour(code_id=code.id, color="#101010", name="Recolour")
    team.b.codes.recolour(code_id=code.id, color="#202020")
    with pytest.raises(UndoConflict):
        team.a.undo()
    assert team.a.codes.get(code.id).color == "#202020"  # type: ignore[union-attr]


def test_19_undo_of_a_merge_after_someone_recoded_a_moved_segment(team: Team) -> None:
    source_code, target_code, third = (team.code(team.a, i) for i in (0, 1, 2))
    moved = team.apply(team.b, source_code.id)
    team.a.codes.merge(source_id=source_code.id, target_id=target_code.id, name="Merge")
    team.b.segments.edit(segment_id=moved, old={"code_id": target_code.id},
                         new={"code_id": third.id})
    with pytest.raises(UndoConflict) as caught:
        team.a.undo()
    assert "Budi" in said(caught.value)
    [segment] = [s for s in list_segments(team.a.project) if s.id == moved]
    assert segment.code_id == third.id


def test_20_undo_never_deletes_the_supervisors_comment_thread(team: Team) -> None:
    segment_id = team.apply(team.a, team.code().id)
    team.sup.review.give_verdict(segment_id=segment_id, verdict="needs_revision",
                                 comment="Terlalu panjang, potong di titik")
    with pytest.raises((UndoConflict, UndoKeepsOthersWork)) as caught:
        team.a.undo()
    assert "Dr Sari" in said(caught.value)
    thread = review_thread(team.a.project, segment_id=segment_id)
    assert [c.body for c in thread] == ["Terlalu panjang, potong di titik"]
    team.a.redo()  # nothing to redo: the undo did not happen
    assert len(review_thread(team.a.project, segment_id=segment_id)) == 1


def test_21_undo_never_deletes_a_plain_reply(team: Team) -> None:
    segment_id = team.apply(team.a, team.code().id)
    sari = ensure_coder(team.sup.project, name="Dr Sari", role="supervisor").created
    comment_on_segment(team.sup.project, segment_id=segment_id, author_id=sari or 0,
                       body="Mengapa kode ini?")
    with pytest.raises(UndoKeepsOthersWork) as caught:
        team.a.undo()
    text = said(caught.value)
    assert "Dr Sari" in text and team.code().path in text
    assert len(review_thread(team.a.project, segment_id=segment_id)) == 1


def test_22_a_verdict_binds_to_the_text_the_supervisor_saw(team: Team) -> None:
    segment_id = team.apply(team.a, team.code().id, 10, 40)
    [queued] = [s for s in list_segments(team.sup.project) if s.id == segment_id]
    team.a.segments.edit(segment_id=segment_id, old={"end": 40}, new={"end": 80})  # +40
    with pytest.raises(SegmentChangedSinceLoaded):
        team.sup.review.give_verdict(segment_id=segment_id, verdict="accepted",
                                     seen=SegmentSeen.of(queued))
    [fresh] = [s for s in list_segments(team.sup.project) if s.id == segment_id]
    team.sup.review.give_verdict(segment_id=segment_id, verdict="accepted",
                                 seen=SegmentSeen.of(fresh))
    [verdict] = review_thread(team.a.project, segment_id=segment_id)
    assert verdict.judged_text == fresh.text and len(fresh.text) == 70
    assert verdict.judged_code == team.code().path


def test_23_renames_edits_and_deletions_reach_the_other_window(team: Team) -> None:
    code = team.code()
    mark = current_mark(team.b.project, listen=False)
    team.a.codes.rename(code_id=code.id, new_name="Nama terlihat")
    changes, mark = poll_changes(team.b.project, since=mark)
    assert code.id in changes.codes
    assert team.b.codes.get(code.id).name == "Nama terlihat"  # type: ignore[union-attr]
    team.a.codes.delete(code_id=code.id)
    changes, mark = poll_changes(team.b.project, since=mark)
    assert changes.project and code.id in changes.codes
    assert poll_changes(team.b.project, since=mark)[0].empty


def test_24_errors_name_what_people_know_never_ids(team: Team) -> None:
    segment_id = team.apply(team.a, team.code().id)
    [segment] = [s for s in list_segments(team.a.project) if s.id == segment_id]
    team.a.segments.delete(segment_id=segment_id)
    with pytest.raises(DeletedMeanwhile) as caught:
        update_segment(team.a.project, segment_id=segment_id,
                       actor_id=team.a.coder_id(), memo="terlambat")
    text = said(caught.value)
    assert segment.code in text and segment.source in text
    assert f"'{segment_id}'" not in text


# --- 25-36: overlaps that already kept both changes -------------------------------------


def test_25_two_codes_on_the_same_passage(team: Team) -> None:
    first = team.apply(team.a, team.code(team.a, 0).id)
    second = team.apply(team.b, team.code(team.b, 1).id)
    ids = {s.id for s in list_segments(team.a.project)}
    assert {first, second} <= ids


def test_26_rename_and_recolour_of_one_code(team: Team) -> None:
    code = team.code(team.b)
    team.a.codes.rename(code_id=code.id, new_name="Nama A", expected=code.name)
    team.b.codes.recolour(code_id=code.id, color="#ABCDEF", expected=code.color)
    now = team.a.codes.get(code.id)
    assert now is not None and (now.name, now.color) == ("Nama A", "#ABCDEF")


def test_27_definition_and_inclusion_of_one_code(team: Team) -> None:
    code = team.code(team.b)
    team.a.codes.document(code_id=code.id, values={"definition": "d A"},
                          expected={"definition": code.definition})
    team.b.codes.document(code_id=code.id, values={"inclusion": "i B"},
                          expected={"inclusion": code.inclusion})
    now = team.a.codes.get(code.id)
    assert now is not None and (now.definition, now.inclusion) == ("d A", "i B")


def test_28_two_memos_on_one_code(team: Team) -> None:
    code = team.code()
    team.a.memos.add(title="Memo A", code_id=code.id)
    team.b.memos.add(title="Memo B", code_id=code.id)
    titles = {m.title for m in list_memos(team.a.project) if m.code_id == code.id}
    assert {"Memo A", "Memo B"} <= titles


def test_29_two_replies_in_one_thread(team: Team) -> None:
    segment_id = team.apply(team.a, team.code().id)
    annisa, budi = team.a.coder_id(), team.b.coder_id()
    comment_on_segment(team.a.project, segment_id=segment_id, author_id=annisa, body="A")
    comment_on_segment(team.b.project, segment_id=segment_id, author_id=budi, body="B")
    assert [c.body for c in review_thread(team.a.project, segment_id=segment_id)] == ["A", "B"]


def test_30_a_segment_memo_and_a_verdict(team: Team) -> None:
    segment_id = team.apply(team.a, team.code().id)
    team.a.segments.edit(segment_id=segment_id, old={"memo": ""}, new={"memo": "catatan"})
    team.sup.review.give_verdict(segment_id=segment_id, verdict="accepted")
    [segment] = [s for s in list_segments(team.a.project) if s.id == segment_id]
    assert (segment.memo, segment.review_status) == ("catatan", "accepted")


def test_31_a_statement_and_an_evidence_link(team: Team) -> None:
    code = team.code()
    segment_id = team.apply(team.a, code.id)
    created = save_conclusion(team.b.project, code_id=code.id).created
    assert created is not None
    save_conclusion(team.a.project, code_id=code.id, statement="Pernyataan",
                    expected={"statement": ""})
    link_evidence(team.b.project, conclusion_id=created, segment_id=segment_id,
                  role="supporting")
    view = conclusion_of_code(team.a.project, code_id=code.id)
    assert view.statement == "Pernyataan" and segment_id in view.supporting


def test_32_summaries_of_two_codes(team: Team) -> None:
    first, second = team.code(team.a, 0), team.code(team.a, 1)
    set_code_summary(team.a.project, code_id=first.id, body="S A", expected="")
    set_code_summary(team.b.project, code_id=second.id, body="S B", expected="")
    assert code_summary(team.a.project, code_id=first.id) == "S A"
    assert code_summary(team.a.project, code_id=second.id) == "S B"


def test_33_move_and_rename_of_one_code(team: Team) -> None:
    code = team.code(team.b)
    team.a.codes.move(code_id=code.id, parent_id=code.parent_id, index=0)
    team.b.codes.rename(code_id=code.id, new_name="Nama B", expected=code.name)
    assert team.a.codes.place(code.id) == (code.parent_id, 0)
    assert team.a.codes.get(code.id).name == "Nama B"  # type: ignore[union-attr]


def test_34_a_new_source_and_coding_another(team: Team, tmp_path: Path) -> None:
    path = tmp_path / "Wawancara baru.txt"
    path.write_text("P: Bagaimana?\nI: Baik sekali pelayanannya.\n", encoding="utf-8")
    team.a.sources.import_files(paths=[path])
    segment_id = team.apply(team.b, team.code(team.b).id)
    titles = {s.title for s in team.b.sources.all()}
    assert "Wawancara baru" in titles
    assert segment_id in {s.id for s in list_segments(team.a.project)}


def test_35_two_new_codes(team: Team) -> None:
    team.a.codes.add(code_name="Kode A")
    team.b.codes.add(code_name="Kode B")
    names = {c.name for c in team.a.codes.all()}
    assert {"Kode A", "Kode B"} <= names


def test_36_undo_of_ones_own_rename_still_works(team: Team) -> None:
    code = team.code()
    team.a.codes.rename(code_id=code.id, new_name="Sementara", name="Rename")
    team.b.codes.rename(code_id=team.code(team.b, 1).id, new_name="Lain")  # another code
    team.a.undo()
    assert team.a.codes.get(code.id).name == code.name  # type: ignore[union-attr]
    team.a.redo()
    assert team.a.codes.get(code.id).name == "Sementara"  # type: ignore[union-attr]


def test_24b_someone_elses_segment_is_named_not_numbered(team: Team) -> None:
    from app.errors import NotOwnSegment

    segment_id = team.apply(team.a, team.code().id)
    with pytest.raises(NotOwnSegment) as caught:
        update_segment(team.b.project, segment_id=segment_id, actor_id=team.b.coder_id(),
                       memo="bukan punya saya")
    text = said(caught.value)
    assert team.code().path in text and "Annisa" in text
    assert f"segment {segment_id}:" not in text

