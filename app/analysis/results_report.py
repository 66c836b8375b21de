"""The plain content of a draft results chapter, built by the core and written by io."""

from __future__ import annotations

from dataclasses import dataclass

from app.analysis.evidence import Evidence
from app.analysis.verdict_voices import VerdictSuggestion


@dataclass(frozen=True)
class DisplayCell:
    informant: str
    informant_type: str
    count: int
    statements: tuple[str, ...]


@dataclass(frozen=True)
class ReportSection:
    group: str
    code: str
    definition: str
    cells: tuple[DisplayCell, ...]
    technique_counts: dict[str, int]
    statement: str
    verdict: str | None
    override_reason: str
    status: str
    suggestion: VerdictSuggestion | None
    key_quotes: tuple[Evidence, ...]


@dataclass(frozen=True)
class ResultsReport:
    title: str
    research_questions: tuple[str, ...]
    sections: tuple[ReportSection, ...]
