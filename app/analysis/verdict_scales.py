"""Each code group is judged on a scale of its own, by a rule of its own.

A performance indicator is good or bad; an obstacle is not ("staff competence obstacle:
good" means nothing). So every top-level code group carries a verdict scale (stored on its
top-level code, editable in the codebook editor, shipped in the Kasmir codebook as the
``Skala penilaian`` line of the code's description), and its group decides the rule:

========== =============== ==================================================================
group      rule            default scale (best first)
========== =============== ==================================================================
indicator  performance     baik / cukup baik / belum maksimal / kurang
obstacle   confirmation    terkonfirmasi kuat / terkonfirmasi sebagian / satu suara /
                           tidak terkonfirmasi
effort     implementation  terlaksana / terlaksana sebagian / baru direncanakan /
                           tidak ada bukti
other      performance     the project's performance scale
========== =============== ==================================================================

The rules themselves are in :mod:`app.analysis.verdict_rule` (performance) and
:mod:`app.analysis.presence_rules` (confirmation, implementation).
"""

from __future__ import annotations

from collections.abc import Sequence

from app.vocabulary import CONFIRMATION_SCALE, IMPLEMENTATION_SCALE, PERFORMANCE_SCALE

PERFORMANCE = "performance"
CONFIRMATION = "confirmation"
IMPLEMENTATION = "implementation"
RULE_KINDS = (PERFORMANCE, CONFIRMATION, IMPLEMENTATION)

RULE_OF_GROUP = {
    "indicator": PERFORMANCE,
    "obstacle": CONFIRMATION,
    "effort": IMPLEMENTATION,
    "other": PERFORMANCE,
}

DEFAULT_SCALES = {
    PERFORMANCE: PERFORMANCE_SCALE,
    CONFIRMATION: CONFIRMATION_SCALE,
    IMPLEMENTATION: IMPLEMENTATION_SCALE,
}


def rule_of_group(group: str) -> str:
    return RULE_OF_GROUP.get(group, PERFORMANCE)


def scale_for(group: str, own: Sequence[str] | None,
              performance: Sequence[str] = PERFORMANCE_SCALE) -> tuple[str, ...]:
    """The scale of a code group: its top-level code's own scale when it has one, else the
    group's default (``performance``, the project's scale, for indicators and others)."""
    if own and len(own) >= 2:
        return tuple(own)
    kind = rule_of_group(group)
    return tuple(performance) if kind == PERFORMANCE else DEFAULT_SCALES[kind]


def clean_scale(words: Sequence[str]) -> tuple[str, ...] | None:
    """The words of a scale as stored: trimmed, blanks dropped; None for an empty scale.
    Raises ValueError for a single word or a repeated one."""
    cleaned = tuple(" ".join(word.split()) for word in words if word and word.strip())
    if not cleaned:
        return None
    if len(cleaned) < 2 or len(set(cleaned)) != len(cleaned) or any("|" in w for w in cleaned):
        raise ValueError("at least two different words, best first")
    return cleaned
