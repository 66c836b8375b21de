"""Pseudonymising exports that quote transcripts: the mask, and what it replaced.

Every export that quotes what informants said (coded excerpts, the results report, the
triangulation matrix, the review summary) can mask informant names, NIP, NIK, phone
numbers and e-mail addresses (see :mod:`app.analysis.pseudonymise`). The front end asks
for an :func:`export_mask`, hands it to the export, and afterwards may show
:meth:`~app.analysis.pseudonymise.Pseudonymiser.replacements` to the user: the list of
originals is for the researcher's eyes only and is never written into the export.
"""

from __future__ import annotations

import dataclasses

from sqlalchemy import select

from app.analysis.coded_corpus import CodedCorpus, CorpusInformant
from app.analysis.evidence import Evidence
from app.analysis.pseudonymise import (
    NAME_MODES,
    Mask,
    Pseudonymiser,
    Replacement,
    identity,
    mask_title,
)
from app.analysis.results_report import DisplayCell, ReportSection, ResultsReport
from app.core.coded_corpus import pseudonymiser_for
from app.core.project import Project
from app.core.review import CodeReviewSummary
from app.errors import InvalidValue
from app.io.export_labels import ExportLabels
from app.models import Informant

__all__ = ["NAME_MODES", "Mask", "Pseudonymiser", "Replacement", "export_mask", "identity",
           "mask_report", "mask_review_summary"]


def export_mask(project: Project, *, labels: ExportLabels, mode: str = "label") -> Pseudonymiser:
    """The mask for ``project``'s informants, worded in ``labels``' language."""
    if mode not in NAME_MODES:
        raise InvalidValue(field="name replacement", value=mode, detail=", ".join(NAME_MODES))
    with project.reading() as session:
        informants = tuple(
            CorpusInformant(label=label, pseudonym=pseudonym or "", real_name=real_name or "")
            for label, pseudonym, real_name in session.execute(
                select(Informant.label, Informant.pseudonym, Informant.real_name)
            )
        )
    return pseudonymiser_for(CodedCorpus(codes=(), informants=informants, sources=(),
                                         segments=()), labels, mode=mode)


def mask_report(report: ResultsReport, mask: Mask) -> ResultsReport:
    """The results report with every text taken from the project masked."""
    return dataclasses.replace(report, sections=tuple(_masked_section(section, mask)
                                          for section in report.sections))


def _masked_section(section: ReportSection, mask: Mask) -> ReportSection:
    return dataclasses.replace(
        section,
        statement=mask(section.statement),
        override_reason=mask(section.override_reason),
        cells=tuple(_masked_cell(cell, mask) for cell in section.cells),
        key_quotes=tuple(_masked_evidence(quote, mask) for quote in section.key_quotes),
    )


def _masked_cell(cell: DisplayCell, mask: Mask) -> DisplayCell:
    return dataclasses.replace(cell, statements=tuple(mask(text) for text in cell.statements))


def _masked_evidence(evidence: Evidence, mask: Mask) -> Evidence:
    return dataclasses.replace(
        evidence,
        text=mask(evidence.text),
        source=mask_title(mask, evidence.source),
        informant_role=mask(evidence.informant_role),
        paraphrase=mask(evidence.paraphrase),
        # A pseudonym the mask would replace is the name in the transcript: left out.
        informant_pseudonym=(evidence.informant_pseudonym
                             if mask(evidence.informant_pseudonym) == evidence.informant_pseudonym
                             else ""),
    )


def mask_review_summary(
    summary: list[CodeReviewSummary], mask: Mask
) -> list[CodeReviewSummary]:
    """The review summary with the comments' text masked (they often quote the segment)."""
    return [
        dataclasses.replace(row, comments=tuple(
            dataclasses.replace(comment, body=mask(comment.body)) for comment in row.comments))
        for row in summary
    ]
