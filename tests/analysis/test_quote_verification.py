"""Quote verification against plain texts: exact, near with differences, elisions, absent."""

from __future__ import annotations

from app.analysis.quote_verification import (
    QuoteStatus,
    differences,
    quote_fragments,
    verify_quote,
)
from app.analysis.search import SearchText

I1 = ("Informan: Nah, ini saya mau jujur saja ya, Dek. Kalau ditanya kualitas, saya bilang "
      "belum maksimal. Programnya jalan, kegiatannya ada, tapi kalau kita bicara standar "
      "pelayanan yang kita harapkan, masih ada jarak. Itu yang ‘penting’ — bagi kami.")
I2 = "P: Ya. I: Kalau ditanya kualitas, saya bilang belum maksimal. Begitu."
TEXTS = [SearchText(1, "I1_kepala_dinas", "I1", I1), SearchText(2, "I2_sekretaris", "I2", I2)]


def test_an_exact_quote_with_its_offsets() -> None:
    match = verify_quote("Kalau ditanya kualitas, saya bilang belum maksimal.", TEXTS)

    assert match.status is QuoteStatus.EXACT and match.score == 100
    assert I1[match.start : match.end] == match.found_text
    assert match.found_text == "Kalau ditanya kualitas, saya bilang belum maksimal."


def test_the_cited_informant_wins_when_several_sources_hold_the_quote() -> None:
    match = verify_quote("saya bilang belum maksimal", TEXTS, preferred_informant="I2")

    assert match.status is QuoteStatus.EXACT and match.informant == "I2"


def test_whitespace_and_typographic_marks_are_not_differences() -> None:
    match = verify_quote("Itu yang 'penting' - bagi   kami.", TEXTS)

    assert match.status is QuoteStatus.EXACT


def test_elisions_in_every_spelling() -> None:
    for elision in ("...", "…", "[...]", "(...)", ". . ."):
        quote = f"Programnya jalan, kegiatannya ada {elision} masih ada jarak."
        match = verify_quote(quote, TEXTS)
        assert match.status is QuoteStatus.EXACT, elision
        assert match.elisions == 1
        assert match.found_text.startswith("Programnya") and match.found_text.endswith("jarak.")


def test_a_near_quote_lists_its_differences() -> None:
    match = verify_quote("kalau ditanya kwalitas, saya bilang belom maksimal", TEXTS,
                         preferred_informant="I1")

    assert match.status is QuoteStatus.NEAR and 80 <= match.score < 100
    changed = {(d.quote_text, d.source_text) for d in match.differences}
    assert ("kwalitas", "kualitas") in changed and ("belom", "belum") in changed


def test_an_invented_quote_is_not_found() -> None:
    match = verify_quote("Kami sudah memiliki sistem informasi terpadu yang canggih.", TEXTS)

    assert match.status is QuoteStatus.NOT_FOUND and match.source_id is None


def test_elided_pieces_must_be_in_order_in_one_source() -> None:
    match = verify_quote("masih ada jarak ... Kalau ditanya kualitas", [TEXTS[0]])

    assert match.status is not QuoteStatus.EXACT


def test_fragments_and_differences() -> None:
    assert quote_fragments("“Satu dua … tiga [sic] empat.”") == ["Satu dua", "tiga", "empat."]
    kinds = [d.kind for d in differences("a b c d", "a x c d e")]
    assert kinds == ["changed", "missing"]
