"""The review summary's words are defined once, in the core; both front ends translate them."""

from __future__ import annotations

from app.core.review_export import REVIEW_SUMMARY_LABELS, review_summary_labels
from app.core.vocabulary import REVIEW_STATUSES
from app.i18n import translator_for


def test_every_status_and_role_has_a_label() -> None:
    assert set(REVIEW_STATUSES) <= set(REVIEW_SUMMARY_LABELS)
    assert {"role_coder", "role_supervisor", "title", "was"} <= set(REVIEW_SUMMARY_LABELS)


def test_the_labels_in_both_languages() -> None:
    english = review_summary_labels(translator_for("en"))
    indonesian = review_summary_labels(translator_for("id"))
    assert english["code"] == "Code" and indonesian["code"] == "Kode"
    assert all("{text}" in labels["was"] for labels in (english, indonesian))
    assert indonesian["title"] != english["title"]
