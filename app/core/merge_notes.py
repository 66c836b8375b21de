"""The lines of a merge report: each a translatable template with its values."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

# What each count of a report counts (the keys of ``MergeReport.added``), in report order.
NOTE_KINDS = ("informants", "coders", "codes", "sources", "segments", "comments", "memos",
              "summaries", "conclusions")
KIND_LABELS = {
    "informants": "informants",
    "coders": "coders",
    "codes": "codes",
    "sources": "sources",
    "segments": "coded segments",
    "comments": "review comments and verdicts",
    "memos": "memos",
    "summaries": "summaries",
    "conclusions": "conclusions",
}

SOURCE_ADDED = "Source added: {title}."
CODE_ADDED = "Code added: {path}."
SOURCE_REANCHORED = ("{title}: the text differs in the other copy; this project's text is "
                     "kept and {count} segment(s) of the other copy were re-anchored onto it.")
SEGMENT_UNPLACED = ("{title}: a segment of {coder} ({code}) could not be placed on this "
                    "project's text and was not merged: “{quote}”.")
CODE_RENAMED = ("The code {path} is {other_path} in the other copy; it is kept as {path} "
                "and not added twice.")
CODE_TEXT_DIFFERS = ("The code {path} is described differently in the other copy; this "
                     "project's description is kept.")
INFORMANT_DIFFERS = ("The informant {label} is described differently in the other copy; this "
                     "project's details are kept.")
SEGMENT_DIFFERS = ("A segment of {coder} in {title} ({code}) was changed in the other copy; "
                   "this project's version is kept: “{quote}”.")
MEMO_DIFFERS = "The memo “{title}” differs in the other copy; this project's text is kept."
SUMMARY_DIFFERS = "The summary of {code} differs in the other copy; this project's is kept."
CELL_DIFFERS = ("The summary of {code} for {informant} differs in the other copy; this "
                "project's is kept.")
CONCLUSION_DIFFERS = ("The conclusion on {target} differs in the other copy; this project's "
                      "is kept.")
DRY_RUN_HEADING = ("Dry run: what merging {other} into {project} would do; nothing was "
                   "changed.")
MERGED_HEADING = "Merged {other} into {project}."
ADDED_HEADING = "Added:"
NOTHING_ADDED = "Nothing to add: this project already has everything the other copy has."
SECTION_LABELS = {
    "added": "New sources and codes:",
    "conflict": "Differences (this project's version is kept):",
    "refused": "Not merged:",
}
TRANSLATED = (DRY_RUN_HEADING, MERGED_HEADING, ADDED_HEADING, NOTHING_ADDED, SOURCE_ADDED,
              CODE_ADDED, SOURCE_REANCHORED, SEGMENT_UNPLACED, CODE_RENAMED, CODE_TEXT_DIFFERS,
              INFORMANT_DIFFERS, SEGMENT_DIFFERS, MEMO_DIFFERS, SUMMARY_DIFFERS, CELL_DIFFERS,
              CONCLUSION_DIFFERS)

QUOTE_CHARS = 60


@dataclass(frozen=True)
class MergeNote:
    """One line of the report. ``outcome``: "added", "conflict" (this project's version is
    kept) or "refused" (not merged)."""

    outcome: str
    template: str
    values: tuple[tuple[str, str | int], ...]

    def text(self, translate: Callable[[str], str] = lambda text: text) -> str:
        return translate(self.template).format(**dict(self.values))

    @classmethod
    def of(cls, outcome: str, template: str, **values: str | int) -> MergeNote:
        return cls(outcome=outcome, template=template, values=tuple(sorted(values.items())))


def report_lines(report: Any, location: str,
                 translate: Callable[[str], str] = lambda text: text) -> list[str]:
    """A :class:`~app.core.project_merge.MergeReport` as lines in the user's language."""
    heading = DRY_RUN_HEADING if report.dry_run else MERGED_HEADING
    lines = [translate(heading).format(other=report.other, project=location)]
    if report.added_anything:
        lines.append(translate(ADDED_HEADING))
        lines += [f"  {translate(KIND_LABELS[kind])}: {count}"
                  for kind, count in report.added.items() if count]
    else:
        lines.append(translate(NOTHING_ADDED))
    for outcome, title in SECTION_LABELS.items():
        notes = [note for note in report.notes if note.outcome == outcome]
        if notes:
            lines.append(translate(title))
            lines += [f"  - {note.text(translate)}" for note in notes]
    return lines


def short_quote(text: str) -> str:
    words = " ".join(text.split())
    return words if len(words) <= QUOTE_CHARS else words[: QUOTE_CHARS - 1].rstrip() + "…"
