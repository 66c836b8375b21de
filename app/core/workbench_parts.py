"""The workbench's other concepts: sources, informants, memos, review and exports.

Each is an attribute of :class:`app.core.workbench.Workbench` (``wb.sources``,
``wb.informants``...) and delegates to the core module that owns the rule; mutations run
through the workbench, so each is one transaction returning ``Changes`` and the undoable
ones record their step in the core history. See ``app/core/workbench.py``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from app.core import informant_undo, review_undo
from app.core.changes import Changes
from app.core.coders import CoderView, list_coders
from app.core.ids import CodeId, CoderId, InformantId, SegmentId, SourceId
from app.core.informants import InformantView, import_informants, list_informants
from app.core.memos import MemoView, add_memo, list_memos
from app.core.project import Project
from app.core.review import SegmentSeen, comment_as
from app.core.review_feedback import FeedbackItem, feedback_for_coder
from app.core.source_editing import update_source
from app.core.source_import import InformantDraft, PlannedSource, import_planned
from app.core.sources import (
    Progress,
    SourceDocument,
    SourceView,
    import_sources,
    list_sources,
    read_source,
)
from app.core.summary_grid import SummaryCellView, summary_cells, write_summary_cell
from app.core.undo import Built

if TYPE_CHECKING:  # the exports' own types; their modules load when an export runs
    from app.core.excerpts import ExcerptDocument, ExcerptOptions
    from app.core.pseudonymising import Mask
    from app.io.export_labels import ExportLabels


class WorkbenchCore(Protocol):
    """What the parts use of :class:`app.core.workbench.Workbench`, which holds them: a
    protocol, so that this module need not import the workbench that imports it."""

    @property
    def project(self) -> Project: ...

    coder_name: str

    def coder_id(self) -> CoderId: ...

    def perform(self, build: Callable[[], Built]) -> Changes: ...

    def change(self, call: Callable[[], Changes], *, codebook: bool = False) -> Changes: ...


class _Part:
    def __init__(self, workbench: WorkbenchCore) -> None:
        self._wb = workbench

    @property
    def _project(self) -> Project:
        return self._wb.project


class Sources(_Part):
    """Sources: list, read one, import, edit their title, kind, date or informant."""

    def all(self) -> list[SourceView]:
        return list_sources(self._project)

    def read(self, *, source_id: int) -> SourceDocument:
        return read_source(self._project, source_id=source_id)

    def import_files(self, *, paths: Sequence[Path], kind: str = "interview",
                     informant: str | None = None, titles: Sequence[str] | None = None,
                     source_date: date | None = None, encoding: str | None = None,
                     progress: Progress | None = None) -> Changes:
        """All or nothing, in one transaction (not undoable)."""
        return self._wb.change(lambda: import_sources(
            self._project, paths=paths, kind=kind, informant=informant, titles=titles,
            source_date=source_date, encoding=encoding, progress=progress))

    def import_planned(self, *, sources: Sequence[PlannedSource],
                       new_informants: Sequence[InformantDraft] = (),
                       encoding: str | None = None,
                       progress: Progress | None = None) -> Changes:
        return self._wb.change(lambda: import_planned(
            self._project, sources=sources, new_informants=new_informants,
            encoding=encoding, progress=progress))

    def mark_checked(self, *, source_id: SourceId, checked: bool = True) -> Changes:
        """A person has corrected the source's machine-made transcript (or not)."""
        from app.core.transcription import mark_checked

        return self._wb.change(lambda: mark_checked(self._project, source_id=source_id,
                                                    checked=checked))

    def update(self, *, source_id: SourceId, **values: Any) -> Changes:
        """``update_source`` keywords (title, kind, source_date, informant_id)."""
        return self._wb.change(lambda: update_source(self._project, source_id=source_id,
                                                     **values))


class Informants(_Part):
    """Informants: list, add, edit, remove, link a source; each undoable."""

    def all(self) -> list[InformantView]:
        return list_informants(self._project)

    def add(self, *, name: str = "", **values: Any) -> Changes:
        return self._wb.perform(lambda: informant_undo.add_informant(
            self._project, name=name, **values))

    def edit(self, *, informant_id: InformantId, name: str = "", **values: Any) -> Changes:
        return self._wb.perform(lambda: informant_undo.edit_informant(
            self._project, name=name, informant_id=informant_id, **values))

    def remove(self, *, informant_id: InformantId, unlink_sources: bool = False,
               name: str = "") -> Changes:
        return self._wb.perform(lambda: informant_undo.remove_informant(
            self._project, name=name, informant_id=informant_id,
            unlink_sources=unlink_sources))

    def link_source(self, *, source_id: SourceId, informant_id: InformantId | None,
                    name: str = "") -> Changes:
        return self._wb.perform(lambda: informant_undo.link_source(
            self._project, name=name, source_id=source_id, informant_id=informant_id))

    def import_file(self, *, path: Path) -> Changes:
        return self._wb.change(lambda: import_informants(self._project, path=path))


class Memos(_Part):
    """Memos and summary-grid cells (not undoable)."""

    def all(self) -> list[MemoView]:
        return list_memos(self._project)

    def add(self, *, title: str, body: str = "", memo_type: str = "analytic",
            source_id: SourceId | None = None, code_id: CodeId | None = None,
            segment_id: SegmentId | None = None) -> Changes:
        """A memo by the current coder (with no author when the workbench has no coder)."""
        return self._wb.change(lambda: add_memo(
            self._project, title=title, body=body, memo_type=memo_type, source_id=source_id,
            code_id=code_id, segment_id=segment_id,
            author_id=self._wb.coder_id() if self._wb.coder_name.strip() else None))

    def summary_cells(self) -> list[SummaryCellView]:
        return summary_cells(self._project)

    def write_summary_cell(self, *, code_id: CodeId, informant_id: InformantId,
                           body: str) -> Changes:
        return self._wb.change(lambda: write_summary_cell(
            self._project, code_id=code_id, informant_id=informant_id, body=body))


class Review(_Part):
    """The supervisor's verdicts (undoable) and a coder's feedback."""

    def coders(self) -> list[CoderView]:
        return list_coders(self._project)

    def give_verdict(self, *, segment_id: SegmentId, verdict: str, comment: str = "",
                     seen: SegmentSeen | None = None, name: str = "") -> Changes:
        """A verdict by the current coder (a supervisor)."""
        return self._wb.perform(lambda: review_undo.give_verdict(
            self._project, name=name, segment_id=segment_id,
            reviewer_id=self._wb.coder_id(), verdict=verdict, comment=comment, seen=seen))

    def set_back_to_pending(self, *, segment_id: SegmentId, name: str = "") -> Changes:
        return self._wb.perform(lambda: review_undo.set_back_to_pending(
            self._project, name=name, segment_id=segment_id,
            reviewer_id=self._wb.coder_id()))

    def comment(self, *, segment_id: SegmentId, author: str, body: str) -> Changes:
        """A reply to a segment's thread by ``author`` (who becomes a coder if new)."""
        return self._wb.change(lambda: comment_as(
            self._project, segment_id=segment_id, author=author, body=body))

    def feedback(self) -> list[FeedbackItem]:
        """What the supervisor said about the current coder's segments."""
        return feedback_for_coder(self._project, coder_id=self._wb.coder_id())


class Exports(_Part):
    """Files written from the project; reading only, never a write to the project.

    Long exports take ``progress`` and ``cancelled`` callbacks, for the one background
    runner of the GUI; their modules load only when an export is asked for.
    """

    def codebook(self, *, path: Path) -> None:
        from app.core.codes import export_codebook

        export_codebook(self._project, path=path)

    def excerpts(self, *, path: Path, options: ExcerptOptions, labels: ExportLabels,
                 progress: Progress | None = None,
                 cancelled: Callable[[], bool] | None = None,
                 mask: Mask | None = None) -> ExcerptDocument:
        from app.core.excerpts import export_excerpts

        return export_excerpts(self._project, path=path, options=options, labels=labels,
                               progress=progress, cancelled=cancelled, mask=mask)

    def review_summary(self, *, path: Path, translate: Callable[[str], str],
                       mask: Mask | None = None, supervisor: str = "",
                       made_on: date | None = None) -> None:
        from app.core.review_export import export_review_summary

        export_review_summary(self._project, path, translate=translate, mask=mask,
                              supervisor=supervisor, made_on=made_on)

    def results_report(self, *, path: Path, labels: ExportLabels,
                       mask: Mask | None = None) -> None:
        from app.core.report import export_results_report

        export_results_report(self._project, path, labels=labels, mask=mask)
