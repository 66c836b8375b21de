"""The draft results chapter: per code its display row, conclusion and key quotes."""

from __future__ import annotations

from pathlib import Path

from app.analysis.evidence import Evidence, informant_sort_key
from app.analysis.results_report import DisplayCell, ReportSection, ResultsReport
from app.core.codes import list_codes
from app.core.conclusions import ConclusionView, conclusions_for_codes
from app.core.displays import code_matrix
from app.core.project import Project
from app.core.project_info import get_project_info
from app.core.pseudonymising import Mask, mask_report
from app.errors import UnsupportedExportType
from app.io.export_labels import ExportLabels
from app.vocabulary import SOURCE_KINDS

GROUPS = ("indicator", "obstacle", "effort")
KEY_QUOTES = 3


def build_results_report(project: Project) -> ResultsReport:
    info = get_project_info(project)
    matrix = code_matrix(project)
    rows = {row.code_id: row for row in matrix.rows}
    definitions: dict[int, str] = {code.id: code.definition for code in list_codes(project)}
    sections = []
    for group in GROUPS:
        for view in conclusions_for_codes(project, group=group):
            row = rows.get(view.code_id) if view.code_id is not None else None
            cells = tuple(
                DisplayCell(informant=column.label, informant_type=column.informant_type,
                            count=cell.count, statements=cell.statements)
                for column, cell in zip(matrix.columns, row.cells)
            ) if row else ()
            techniques = {kind: sum(1 for e in view.evidence if e.source_kind == kind)
                          for kind in SOURCE_KINDS}
            sections.append(ReportSection(
                group=group, code=view.target, definition=(
                    definitions.get(view.code_id, "") if view.code_id is not None else ""),
                cells=cells,
                technique_counts=techniques, statement=view.statement, verdict=view.verdict,
                override_reason=view.override_reason, status=view.status,
                suggestion=view.suggestion, key_quotes=key_quotes(view),
            ))
    return ResultsReport(title=info.title, research_questions=info.research_questions,
                         sections=tuple(sections))


def export_results_report(project: Project, path: Path, *, labels: ExportLabels,
                          mask: Mask | None = None) -> None:
    """Write the draft results chapter to ``path`` (.docx only) in the language of
    ``labels``; ``mask`` (``export_mask``) pseudonymises it. Slow for a large project: a
    GUI runs it off its own thread."""
    if path.suffix.lower() != ".docx":
        raise UnsupportedExportType(path=path, suffix=path.suffix, allowed=[".docx"])
    with project.reading():  # one snapshot: the reads below join this session
        report = build_results_report(project)
    if mask is not None:
        report = mask_report(report, mask)
    from app.io.docx_report import write_results_report  # python-docx, when used

    write_results_report(report, path, language=labels.language)


def key_quotes(view: ConclusionView, limit: int = KEY_QUOTES) -> tuple[Evidence, ...]:
    """Linked supporting evidence first; then one quote per informant, key informants
    first, preferring passages of 40 characters or more whose valence points the way of
    the verdict. A code with evidence always gets quotes: when none qualifies, its best
    passages whatever their length."""
    # A passage is linked when any of its segments is (links are stored per segment).
    by_id = {i: e for e in view.evidence for i in (e.segment_ids or (e.id,))}
    chosen = list(dict.fromkeys(by_id[i] for i in view.supporting if i in by_id))[:limit]
    contradicting = {id(by_id[i]) for i in view.contradicting if i in by_id}
    if len(chosen) >= limit:
        return tuple(chosen)
    wanted = _wanted_valence(view)
    seen_voices = {e.informant or e.source_kind for e in chosen}
    candidates = sorted(
        (e for e in view.evidence if id(e) not in contradicting and e not in chosen),
        key=lambda e: (e.valence != wanted, informant_sort_key(e.informant_type, e.informant),
                       -len(e.text)),
    )
    for evidence in candidates:
        voice = evidence.informant or evidence.source_kind
        if voice in seen_voices or len(evidence.text) < 40:
            continue
        chosen.append(evidence)
        seen_voices.add(voice)
        if len(chosen) == limit:
            break
    if not chosen:
        # Every code with evidence gets key quotes: short passages, and contradicting ones,
        # rather than none.
        rest = sorted(view.evidence, key=lambda e: (
            id(e) in contradicting, e.valence != wanted,
            informant_sort_key(e.informant_type, e.informant), -len(e.text)))
        chosen = rest[:limit]
    return tuple(chosen)


def _wanted_valence(view: ConclusionView) -> str:
    """Quotes that show the direction the evidence takes (see the verdict rule)."""
    if view.suggestion is None or view.suggestion.net_score is None:
        return "positive"
    return "positive" if view.suggestion.net_score >= 0 else "negative"
