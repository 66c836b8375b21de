"""The workbench: one open project, its undo history, and every user action by concept.

Front ends hold one :class:`Workbench` and call actions grouped by concept, the way Anki
hangs ``col.decks`` and ``col.models`` off one collection::

    wb = Workbench(Project.open(path), coder_name="Annisa")
    changes = wb.segments.apply(source_id=3, code_id=7, start=120, end=180,
                                name="Apply code Kualitas")
    wb.undo()

Every mutation runs in ONE transaction (``Project.writing()`` nests, so the core
functions it calls join it), returns :class:`~app.core.changes.Changes`, and records its
undo step in the core history (:class:`app.core.undo.History`); a compound action (in-vivo
coding: perhaps a category, then a code, then a segment) is one transaction and undoes as
one. Before that transaction commits, the workbench reads the views the panels need to
redraw (``Changes.fresh``): the changed segments, the new counts of the changed codes and
sources, the code tree when codes themselves changed. So a panel updates from ``Changes``
alone, and one action costs one session. Only frozen views leave the core: no Session, no
ORM row. ``name`` arguments are the (translated) names the Edit menu shows for undo.

The apply-code path, read from the Python stack (``tests/ui/coding/test_code_applier.py``):

1. ``app/ui/coding/code_applier.py`` — the code's shortcut key; the selection becomes
   ``wb.segments.apply`` and the returned Changes go to the change hub;
2. ``app/core/workbench.py`` — this file: the transaction, the undo step, the fresh views;
3. ``app/core/undo.py`` — the undo entry and the history;
4. ``app/core/segments.py`` — the INSERT, the new segment's view, the two counts;
5. ``app/ui/host/change_hub.py`` — the broadcast;
6. each coding panel redraws from ``Changes.fresh``, with no read and no model reset: the
   transcript's highlights (``transcript_panel.py``), one code's count (``codebook_panel.py``
   → ``code_tree.py`` → ``widgets/tree_model.py``), one source's count (likewise).

From the key press to any one panel, at most eight files; the session (``project.py``) is a
context manager around step 4.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from app.core import undo
from app.core.changes import Changes, Fresh
from app.core.coders import ensure_coder
from app.core.codes import list_codes
from app.core.ids import CodeId, CoderId, SegmentId, SourceId
from app.core.project import Project
from app.core.segments import (
    SegmentView,
    list_segments,
    segment_counts,
    segment_views,
)
from app.core.undo import Built, Extra, History, UndoEntry
from app.core.undo_guard import respect_others
from app.core.workbench_analysis import Agreement, Conclusions, Reduction, Triangulation
from app.core.workbench_codes import Codes
from app.core.workbench_parts import Exports, Informants, Memos, Review, Sources
from app.errors import InvalidValue

if TYPE_CHECKING:  # loads with the search, not with the window
    from app.core.search import SearchHit

IN_VIVO_CATEGORY = "In vivo"  # the top-level category in-vivo codes go under by default
IN_VIVO_NAME_LENGTH = 60


def in_vivo_name(text: str) -> str:
    """A code name from a quote: its words on one line, cut at a word near 60 characters."""
    words = " ".join(text.split()).strip(" .,;:!?\"'“”‘’()")
    if len(words) <= IN_VIVO_NAME_LENGTH:
        return words
    cut = words[:IN_VIVO_NAME_LENGTH].rsplit(" ", 1)[0]
    return cut + "…"


class Workbench:
    """One open project for one person (``coder_name``), with its undo history."""

    def __init__(self, project: Project, *, coder_name: str = "") -> None:
        self.project = project
        self.coder_name = coder_name
        if coder_name.strip():  # named in the change feed, and in conflict messages
            project.actor = coder_name.strip()
        self.history = History(project)
        # Undo asks the change feed first: another person's later change refuses it.
        self._guard = respect_others(project)
        self.history.before_step = self._guard
        self._coder_id: CoderId | None = None
        self.segments = Segments(self)
        self.codes = Codes(self)
        self.sources = Sources(self)
        self.informants = Informants(self)
        self.memos = Memos(self)
        self.review = Review(self)
        self.exports = Exports(self)
        self.reduction = Reduction(self)
        self.conclusions = Conclusions(self)
        self.triangulation = Triangulation(self)
        self.agreement = Agreement(self)

    @classmethod
    def open(cls, location: Path | str, *, coder_name: str = "", read_only: bool = False,
             exclusive: bool = False) -> Workbench:
        return cls(Project.open(location, read_only=read_only, exclusive=exclusive),
                   coder_name=coder_name)

    def close(self) -> None:
        self.history.clear()
        self.project.close()

    @property
    def read_only(self) -> bool:
        return self.project.read_only

    # --- undo -------------------------------------------------------------------------

    @property
    def undo_name(self) -> str | None:
        return self.history.undo_name

    @property
    def redo_name(self) -> str | None:
        return self.history.redo_name

    def undo(self, *, overwrite_others: bool = False) -> Changes:
        """Undo the last action in one transaction; on error nothing changes. A field
        someone else changed since refuses it (UndoConflict) unless ``overwrite_others``:
        the person, told whose change it replaces, chose to."""
        return self._step(self.history.undo, overwrite_others)

    def redo(self, *, overwrite_others: bool = False) -> Changes:
        return self._step(self.history.redo, overwrite_others)

    def _step(self, step: Callable[[Extra], Changes], overwrite_others: bool) -> Changes:
        self._guard.overwriting = overwrite_others
        try:
            return step(self._with_views)
        finally:
            self._guard.overwriting = False

    # --- how actions run ------------------------------------------------------------------

    def coder_id(self) -> CoderId:
        """The current coder's id; the row is created on the first write that needs it
        (inside that write's transaction), so opening a project to read never writes."""
        if self._coder_id is None:
            if not self.coder_name.strip():
                raise InvalidValue(field="coder name", value=self.coder_name,
                                   detail="it is empty")
            with self.project.writing():
                created = ensure_coder(self.project, name=self.coder_name).created
                assert created is not None
            self._coder_id = CoderId(created)
        return self._coder_id

    def perform(self, build: Callable[[], Built]) -> Changes:
        """Run an undoable edit (a builder returning ``(Changes, UndoEntry)``) in one
        transaction, record it, and return its Changes with fresh views."""
        with self.project.writing():
            known = self._coder_id
            try:
                return self.history.perform(build, self._with_views)
            except BaseException:
                self._coder_id = known  # a coder created in a rolled-back transaction
                raise

    def change(self, call: Callable[[], Changes], *, codebook: bool = False) -> Changes:
        """Run a mutation that is not undoable (an import...) in one transaction."""
        with self.project.writing():
            known = self._coder_id
            try:
                changes = call()
            except BaseException:
                self._coder_id = known  # a coder created in a rolled-back transaction
                raise
            return self._fresh(changes, codebook=codebook)

    def refreshed(self, changes: Changes) -> Changes:
        """``changes`` with the views read now: panels then show what is stored (after a
        conflict, what someone else stored)."""
        return self._fresh(changes, codebook=False)

    def _with_views(self, changes: Changes, entry: UndoEntry) -> Changes:
        return self._fresh(changes, codebook=entry.codebook)

    def _fresh(self, changes: Changes, *, codebook: bool) -> Changes:
        """``changes`` with the views panels redraw from, read in the open transaction."""
        with self.project.reading() as session:
            views = tuple(segment_views(session, changes.segments))
            by_code, by_source = segment_counts(session, code_ids=changes.codes,
                                                source_ids=changes.sources)
            tree = tuple(list_codes(self.project)) if codebook else None
        return Changes(
            sources=changes.sources, codes=changes.codes, segments=changes.segments,
            informants=changes.informants, coders=changes.coders, memos=changes.memos,
            project=changes.project, created=changes.created,
            fresh=Fresh(segments=views, code_counts=tuple(sorted(by_code.items())),
                        source_counts=tuple(sorted(by_source.items())), codebook=tree))


class Segments:
    """Coded segments: apply a code, code in vivo, change, delete; and list them."""

    def __init__(self, workbench: Workbench) -> None:
        self._wb = workbench

    def all(self, **filters: object) -> list[SegmentView]:
        """``list_segments`` with its filters (source_id, code_ids, coder_id...)."""
        # The keywords are list_segments' own; it checks them.
        return list_segments(self._wb.project, **filters)  # type: ignore[arg-type]

    def apply(self, *, source_id: SourceId, code_id: CodeId, start: int, end: int, memo: str = "",
              name: str = "") -> Changes:
        """Code ``[start, end)`` of a source for the current coder: one transaction."""
        project = self._wb.project

        def build() -> Built:
            coder_changes = self._new_coder()
            changes, entry = undo.apply_code(
                project, name=name, source_id=source_id, code_id=code_id,
                coder_id=self._wb.coder_id(), start=start, end=end, memo=memo)
            return coder_changes | changes, entry

        return self._wb.perform(build)

    def code_hits(self, *, hits: Sequence[SearchHit], code_id: CodeId, name: str = "") -> Changes:
        """Code every search hit for the current coder: one transaction, undone as one."""
        from app.core.hit_coding import code_hits_step

        def build() -> Built:
            coder_changes = self._new_coder()
            changes, entry = code_hits_step(self._wb.project, name=name, hits=hits,
                                            code_id=code_id, coder_id=self._wb.coder_id())
            return coder_changes | changes, entry

        return self._wb.perform(build)

    def code_in_vivo(self, *, source_id: SourceId, start: int, end: int, text: str,
                     category_id: CodeId | None = None, name: str = "") -> Changes:
        """A code named after ``text`` (see :func:`in_vivo_name`) under ``category_id``, or
        under the top-level "In vivo" category (made if missing), applied to the span: one
        transaction, one undo step. An existing code of that name there is reused."""
        code_name = in_vivo_name(text)
        if not code_name:
            raise InvalidValue(field="in-vivo code name", value=text, detail="it is empty")
        project = self._wb.project

        def build() -> Built:
            entries: list[UndoEntry] = []
            total = self._new_coder()
            coder_id = self._wb.coder_id()
            codes = list_codes(project)
            parent = category_id
            if parent is None:
                found = next((c for c in codes if c.parent_id is None
                              and c.name == IN_VIVO_CATEGORY), None)
                if found is not None:
                    parent = found.id
                else:
                    added, entry = undo.add_code(project, name="", code_name=IN_VIVO_CATEGORY,
                                                 codable=False)
                    entries.append(entry)
                    total |= added
                    assert added.created is not None
                    parent = CodeId(added.created)  # add_code creates a code
            existing = next((c for c in codes if c.parent_id == parent
                             and c.name.lower() == code_name.lower()), None)
            code_id: CodeId
            if existing is not None:
                code_id = existing.id
            else:
                added, entry = undo.add_code(project, name="", code_name=code_name,
                                             parent_id=parent)
                entries.append(entry)
                total |= added
                assert added.created is not None
                code_id = CodeId(added.created)  # add_code creates a code
            applied, entry = undo.apply_code(project, name="", source_id=source_id,
                                             code_id=code_id, coder_id=coder_id,
                                             start=start, end=end)
            entries.append(entry)
            return total | applied, undo.combine(name, entries)

        return self._wb.perform(build)

    def get(self, *, segment_id: SegmentId) -> SegmentView | None:
        """One segment as stored now (None once it is gone)."""
        with self._wb.project.reading() as session:
            found = segment_views(session, frozenset({segment_id}))
        return found[0] if found else None

    def edit(self, *, segment_id: SegmentId, old: dict[str, object], new: dict[str, object],
             name: str = "") -> Changes:
        """Change a segment's code, bounds or memo (``update_segment`` keywords)."""
        return self._wb.perform(lambda: undo.edit_segment(
            self._wb.project, name=name, segment_id=segment_id, actor_id=self._wb.coder_id(),
            old=old, new=new))

    def delete(self, *, segment_id: SegmentId, name: str = "") -> Changes:
        return self._wb.perform(lambda: undo.delete_segment(
            self._wb.project, name=name, segment_id=segment_id, actor_id=self._wb.coder_id()))

    def _new_coder(self) -> Changes:
        """Creates the current coder if this is their first segment: what that changed."""
        if self._wb._coder_id is not None:
            return Changes()
        coder_id = self._wb.coder_id()
        return Changes(coders=frozenset({coder_id}))
