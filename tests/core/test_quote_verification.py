"""Verifying a thesis draft's quotations against the demo study's transcripts."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.analysis.quote_verification import QuoteStatus
from app.core.project import Project
from app.core.quote_verification import verify_draft_quotes
from app.errors import FileNotFoundProblem
from tests.io.draft_builder import build_draft


def test_exact_altered_miscited_and_invented_quotes(demo_project: Project, tmp_path: Path) -> None:
    draft = build_draft(tmp_path / "bab4.docx")
    progress: list[tuple[int, int]] = []

    checks = verify_draft_quotes(demo_project, draft_path=draft,
                                 progress=lambda *step: progress.append(step))

    summary = [(c.match.status, c.match.informant, c.cited_informant, c.informant_matches)
               for c in checks]
    assert summary == [
        (QuoteStatus.EXACT, "I1", "I1", True),
        (QuoteStatus.EXACT, "I1", "I1", True),  # with an elision
        (QuoteStatus.NEAR, "I1", "I1", True),  # altered words
        (QuoteStatus.EXACT, "I4", "I2", False),  # cites the wrong informant
        (QuoteStatus.NOT_FOUND, None, "I2", None),  # invented
        (QuoteStatus.EXACT, "I3", "I3", True),  # block quotation
    ]
    altered = checks[2].match
    assert {(d.quote_text, d.source_text) for d in altered.differences} >= {
        ("sangat", "lebih"), ("online", "digital")}
    assert altered.found_text.startswith("Pelaku UMKM sekarang butuh pendampingan")
    assert checks[1].match.elisions == 1
    assert progress[-1] == (6, 6)


def test_a_pseudonym_in_the_citation_counts(demo_project: Project, tmp_path: Path) -> None:
    from docx import Document

    path = tmp_path / "pseudonym.docx"
    document = Document()
    document.add_paragraph("“Kalau ditanya kualitas, saya bilang belum maksimal.” "
                           "(Ratna Kusumawati, 2023)")
    document.save(str(path))

    (check,) = verify_draft_quotes(demo_project, draft_path=path)

    assert check.cited_informant == "I1" and check.informant_matches is True


def test_a_missing_draft_is_named(demo_project: Project, tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundProblem):
        verify_draft_quotes(demo_project, draft_path=tmp_path / "none.docx")
