"""Quotations and their citations found in a thesis draft written with python-docx."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document

from app.errors import CorruptDocument, EncryptedDocument
from app.io.draft_quotes import (
    DraftParagraph,
    cited_informant,
    find_quotes,
    read_draft_quotes,
)
from tests.io.draft_builder import (
    ALTERED_I1,
    BLOCK_I3,
    ELIDED_I1,
    EXACT_I1,
    INVENTED,
    MISCITED_I4,
    build_draft,
)


def test_every_quotation_with_its_citation(tmp_path: Path) -> None:
    draft = build_draft(tmp_path / "draft.docx")
    Document(str(draft))  # python-docx reads what it wrote

    quotes = read_draft_quotes(draft)

    assert [(q.text, q.kind, q.cited_informant) for q in quotes] == [
        (EXACT_I1, "inline", "I1"),
        (ELIDED_I1, "inline", "I1"),
        (ALTERED_I1, "inline", "I1"),
        (MISCITED_I4, "inline", "I2"),
        (INVENTED, "inline", "I2"),
        (BLOCK_I3, "block", "I3"),
    ]
    assert quotes[0].citation == "(Informan 1, Kepala Dinas, wawancara 13 Maret 2023)"
    assert quotes[2].citation == "Informan 1"  # named before the quotation
    assert quotes[5].citation == "(Informan 3, Kepala Bidang Pemberdayaan Usaha Mikro)"
    assert [q.number for q in quotes] == [1, 2, 3, 4, 5, 6]
    assert [q.paragraph for q in quotes] == [2, 3, 4, 5, 6, 8]


def test_a_citation_paragraph_after_a_block_quote() -> None:
    quotes = find_quotes([
        DraftParagraph("Satu dua tiga empat lima.", "Quote", quote_style=True),
        DraftParagraph("(Narasumber 5, pemilik UMKM)"),
    ])

    assert quotes[0].citation == "(Narasumber 5, pemilik UMKM)"
    assert quotes[0].cited_informant == "I5"


@pytest.mark.parametrize(
    ("citation", "label"),
    [("(Informan 3, Kepala Bidang)", "I3"), ("(I3, 2023)", "I3"), ("(I-12)", "I12"),
     ("informan kunci 2", "I2"), ("(Observasi, kantor, paragraf 4)", None), (None, None)],
)
def test_cited_informants(citation: str | None, label: str | None) -> None:
    assert cited_informant(citation) == label


def test_damaged_or_protected_drafts_are_refused(tmp_path: Path) -> None:
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    locked = tmp_path / "locked.docx"
    locked.write_bytes(bytes.fromhex("D0CF11E0A1B11AE1") + "EncryptedPackage".encode("utf-16-le"))

    with pytest.raises(CorruptDocument):
        read_draft_quotes(broken)
    with pytest.raises(EncryptedDocument):
        read_draft_quotes(locked)
