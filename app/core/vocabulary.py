"""The vocabularies of :mod:`app.vocabulary` as the front ends (ui, commands, cli) see them:
through the core, like everything else they use."""

from __future__ import annotations

from app.vocabulary import (
    CONFIRMATION_SCALE,
    IMPLEMENTATION_SCALE,
    INFORMANT_TYPES,
    PERFORMANCE_SCALE,
    REVIEW_STATUSES,
    REVIEW_VERDICTS,
    SOURCE_KINDS,
    VALENCES,
)

__all__ = [
    "CONFIRMATION_SCALE", "IMPLEMENTATION_SCALE", "INFORMANT_TYPES", "PERFORMANCE_SCALE",
    "REVIEW_STATUSES", "REVIEW_VERDICTS", "SOURCE_KINDS", "VALENCES",
]
