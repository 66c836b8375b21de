"""The workbench's analysis stages: data reduction, conclusions, triangulation, agreement.

Miles & Huberman's later steps as attributes of :class:`app.core.workbench.Workbench`
(``wb.reduction``, ``wb.conclusions``, ``wb.triangulation``, ``wb.agreement``). Each
mutation runs through the workbench, so it is one transaction returning ``Changes`` with
the views the panels redraw from; the rules (conflicts with another person's edit, the
reason a verdict against the suggestion needs) stay in the core module named beside each
method. Those modules load when a stage is first used, not when the window opens.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from app.core.changes import Changes
from app.core.ids import CodeId, SegmentId
from app.core.workbench_parts import _Part

if TYPE_CHECKING:
    from app.core.agreement import Disagreement


class Reduction(_Part):
    """Data reduction: a segment's condensed statement and a code's summary
    (``app.core.condensation``). Memos are ``wb.memos``."""

    def set_paraphrase(self, *, segment_id: SegmentId, paraphrase: str,
                       expected: str | None = None) -> Changes:
        """``expected``: the statement the caller showed; another since is a conflict."""
        from app.core.condensation import set_paraphrase

        return self._wb.change(lambda: set_paraphrase(
            self._project, segment_id=segment_id, paraphrase=paraphrase, expected=expected))

    def paraphrase(self, *, segment_id: SegmentId) -> str:
        """A segment's condensed statement as stored now."""
        from app.core.condensation import segment_paraphrase

        return segment_paraphrase(self._project, segment_id=segment_id)

    def code_summary(self, *, code_id: CodeId) -> str:
        from app.core.condensation import code_summary

        return code_summary(self._project, code_id=code_id)

    def set_code_summary(self, *, code_id: CodeId, body: str,
                         expected: str | None = None) -> Changes:
        from app.core.condensation import set_code_summary

        return self._wb.change(lambda: set_code_summary(
            self._project, code_id=code_id, body=body, expected=expected))


class Conclusions(_Part):
    """Conclusion drawing and verification (``app.core.conclusions``)."""

    def save(self, *, code_id: CodeId, tactics: Mapping[str, bool] | None = None,
             expected: Mapping[str, Any] | None = None, statement: str | None = None,
             verdict: str | None = None, override_reason: str | None = None,
             status: str | None = None) -> Changes:
        """Create or update a code's conclusion with the fields the person changed."""
        from app.core.conclusions import save_conclusion

        return self._wb.change(lambda: save_conclusion(
            self._project, code_id=code_id, tactics=tactics, expected=expected,
            statement=statement, verdict=verdict, override_reason=override_reason,
            status=status))

    def link_evidence(self, *, code_id: CodeId, conclusion_id: int | None,
                      segment_ids: Sequence[SegmentId], role: str | None) -> Changes:
        """Link segments as supporting or contradicting evidence (``role=None`` unlinks
        them), creating the code's conclusion first when it has none: one transaction, so
        a refused link leaves no empty conclusion behind."""
        from app.core.conclusions import link_evidence, save_conclusion

        def link() -> Changes:
            changes = Changes()
            target = conclusion_id
            if target is None:
                changes = save_conclusion(self._project, code_id=code_id)
                target = changes.created
            assert target is not None
            for segment_id in segment_ids:
                changes = changes | link_evidence(self._project, conclusion_id=target,
                                                  segment_id=segment_id, role=role)
            return changes

        return self._wb.change(link)


class Triangulation(_Part):
    """The analyst's judgement of a triangulation row (``app.core.triangulation``)."""

    def judge(self, *, code_id: CodeId, layout: str, judgement: str,
              rationale: str) -> Changes:
        """The current coder's judgement and its rationale."""
        from app.core.triangulation import set_triangulation_judgement

        return self._wb.change(lambda: set_triangulation_judgement(
            self._project, code_id=code_id, layout=layout, judgement=judgement,
            rationale=rationale,
            author_id=self._wb.coder_id() if self._wb.coder_name.strip() else None))

    def clear_judgement(self, *, code_id: CodeId, layout: str) -> Changes:
        """Drop the judgement: the suggestion applies again."""
        from app.core.triangulation import clear_triangulation_judgement

        return self._wb.change(lambda: clear_triangulation_judgement(
            self._project, code_id=code_id, layout=layout))


class Agreement(_Part):
    """Settling what coders disagreed on (``app.core.agreement``)."""

    def resolve(self, *, disagreement: Disagreement, resolution: str,
                accept: str | None = None) -> Changes:
        """Write the consensus version of one disagreement."""
        from app.core.agreement import resolve_disagreement

        return self._wb.change(lambda: resolve_disagreement(
            self._project, disagreement=disagreement, resolution=resolution, accept=accept))
