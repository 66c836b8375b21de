"""A code's structured codebook fields, carried in a REFI-QDA ``<Description>`` as text.

REFI-QDA gives a code a single free-text description, which other programs show as plain
text. Telaah keeps more than that per code, so it writes one labelled field per line::

    Definisi: Seberapa dekat hasil kerja dengan standar ...
      a second line of the same definition (indented by two spaces)
    Kriteria inklusi: ...
    Kriteria eksklusi: ...
    Contoh: "Kalau ditanya kualitas, saya bilang belum maksimal."
    Kelompok: indikator
    Pintasan: 1
    Name (en): Quality
    Definition (en): ...
    Skala penilaian: baik | cukup baik | belum maksimal | kurang

``Skala penilaian`` (English: ``Verdict scale:``) belongs on a top-level code: the words,
best first and separated by ``|``, of the scale its group's conclusions are judged on.

Reading is forgiving, because people edit descriptions in other programs:

- labels are matched case-insensitively and the English labels (``Definition:``,
  ``Inclusion:``, ``Exclusion:``, ``Example:``, ``Group:``, ``Shortcut:``) work too;
- a line that does not start a known label continues the field above it; Telaah indents
  continuation lines so that one can never be mistaken for a label;
- a description with no known label at all is the definition, whole;
- an unindented line with a label Telaah does not know ("Catatan: ...") and an unusable
  group or repeated single-line field are kept in the definition, so no text is lost.
"""

from __future__ import annotations

from dataclasses import dataclass

# The groups a code can belong to; the same values as ``app.models.code.CODE_GROUPS``
# (kept here so that reading a file needs no database layer).
CODE_GROUPS = ("indicator", "obstacle", "effort", "other")
DEFAULT_GROUP = "other"

# The Indonesian word Telaah writes for each group, and every word it accepts.
GROUP_WORDS = {
    "indicator": "indikator",
    "obstacle": "hambatan",
    "effort": "upaya",
    "other": "lainnya",
}
_GROUP_ALIASES = {
    "indicator": ("indikator", "indicator", "indicators", "indikator kinerja"),
    "obstacle": ("hambatan", "obstacle", "obstacles", "kendala"),
    "effort": ("upaya", "effort", "efforts"),
    "other": ("lainnya", "lain-lain", "other", "others"),
}

# Field names in the order they are written, with the label Telaah writes.
_LABELS = (
    ("definition", "Definisi"),
    ("inclusion", "Kriteria inklusi"),
    ("exclusion", "Kriteria eksklusi"),
    ("example", "Contoh"),
    ("group", "Kelompok"),
    ("shortcut", "Pintasan"),
    ("name_en", "Name (en)"),
    ("definition_en", "Definition (en)"),
    ("verdict_scale", "Skala penilaian"),
)
_LABEL_ALIASES = {
    "definition": ("definisi", "definition"),
    "inclusion": ("kriteria inklusi", "inklusi", "inclusion", "inclusion criteria"),
    "exclusion": ("kriteria eksklusi", "eksklusi", "exclusion", "exclusion criteria"),
    "example": ("contoh", "example"),
    "group": ("kelompok", "group"),
    "shortcut": ("pintasan", "shortcut"),
    "name_en": ("name (en)", "nama (en)", "english name"),
    "definition_en": ("definition (en)", "definisi (en)", "english definition"),
    "verdict_scale": ("skala penilaian", "verdict scale", "skala"),
}
_FIELD_BY_LABEL = {alias: field for field, aliases in _LABEL_ALIASES.items() for alias in aliases}
_SINGLE_LINE_FIELDS = frozenset({"group", "shortcut", "verdict_scale"})
SCALE_SEPARATOR = " | "
_TEXT_FIELDS = tuple(field for field, _ in _LABELS if field not in _SINGLE_LINE_FIELDS)

CONTINUATION_INDENT = "  "
_MAX_UNKNOWN_LABEL_CHARS = 40
_MAX_UNKNOWN_LABEL_WORDS = 4
_UNKNOWN_LABEL_PUNCTUATION = frozenset("()/&-'’")


@dataclass(frozen=True)
class CodeDescription:
    """The codebook fields of one code. ``group`` and ``shortcut`` are None when unset."""

    definition: str = ""
    inclusion: str = ""
    exclusion: str = ""
    example: str = ""
    group: str | None = None
    shortcut: str | None = None
    name_en: str = ""
    definition_en: str = ""
    verdict_scale: tuple[str, ...] = ()


def scale_from_text(text: str) -> tuple[str, ...]:
    """``"baik | cukup baik | kurang"`` → the words, best first (empty ones dropped)."""
    return tuple(word for word in (" ".join(part.split()) for part in text.split("|")) if word)


def group_from_word(word: str) -> str | None:
    """The group an English or Indonesian word names ("Hambatan" → "obstacle"), or None."""
    key = " ".join(word.split()).casefold()
    for group, aliases in _GROUP_ALIASES.items():
        if key in aliases:
            return group
    return None


def compose_description(fields: CodeDescription) -> str:
    """The labelled text for ``fields``; empty fields are left out.

    Values are stripped and their line endings become ``\\n``. Raises ValueError for a
    group outside :data:`CODE_GROUPS` or a shortcut containing a line break.
    """
    lines: list[str] = []
    for field, label in _LABELS:
        value = _composed_value(fields, field)
        if value:
            lines.extend(_labelled_lines(label, value))
    return "\n".join(lines)


def parse_description(text: str | None) -> CodeDescription:
    """The fields held in a description written by Telaah, a person or another program."""
    lines = _normalise_newlines(text or "").split("\n")
    if not any(_known_label(line) for line in lines):
        return CodeDescription(definition=_normalise_newlines(text or "").strip())
    parser = _DescriptionParser()
    for line in lines:
        parser.feed(line)
    return parser.result()


class _DescriptionParser:
    """Assigns lines to fields one at a time; continuation lines go to ``current``."""

    def __init__(self) -> None:
        self.texts: dict[str, list[str]] = {field: [] for field in _TEXT_FIELDS}
        self.single: dict[str, str] = {}
        self.current = "definition"

    def feed(self, line: str) -> None:
        known = _known_label(line)
        if known is not None:
            self._start_field(line, *known)
        elif _looks_labelled(line):
            self._keep_in_definition(line)
        else:
            self.texts[self.current].append(_strip_indent(line))

    def result(self) -> CodeDescription:
        texts = {field: "\n".join(lines).strip() for field, lines in self.texts.items()}
        return CodeDescription(
            **texts, group=self.single.get("group"), shortcut=self.single.get("shortcut"),
            verdict_scale=scale_from_text(self.single.get("verdict_scale", "")),
        )

    def _start_field(self, line: str, field: str, value: str) -> None:
        if field not in _SINGLE_LINE_FIELDS:
            self.texts[field].append(value)
            self.current = field
            return
        if field == "group":
            stored = group_from_word(value)
        elif field == "verdict_scale":
            stored = SCALE_SEPARATOR.join(scale_from_text(value)) or None
        else:
            stored = value.strip() or None
        if stored is None or field in self.single:
            self._keep_in_definition(line)
            return
        self.single[field] = stored
        self.current = "definition"

    def _keep_in_definition(self, line: str) -> None:
        self.texts["definition"].append(line)
        self.current = "definition"


def _composed_value(fields: CodeDescription, field: str) -> str:
    if field == "group":
        if fields.group is None:
            return ""
        if fields.group not in GROUP_WORDS:
            raise ValueError(f"unknown code group {fields.group!r}; use one of {CODE_GROUPS}")
        return GROUP_WORDS[fields.group]
    if field == "verdict_scale":
        words = [" ".join(word.split()) for word in fields.verdict_scale]
        if any("|" in word for word in words):
            raise ValueError(f"a verdict-scale word cannot hold '|': {fields.verdict_scale!r}")
        return SCALE_SEPARATOR.join(word for word in words if word)
    if field == "shortcut":
        shortcut = _normalise_newlines(fields.shortcut or "").strip()
        if "\n" in shortcut:
            raise ValueError(f"a shortcut is one line, not {fields.shortcut!r}")
        return shortcut
    return _normalise_newlines(getattr(fields, field)).strip()


def _labelled_lines(label: str, value: str) -> list[str]:
    first, *rest = value.split("\n")
    continued = [CONTINUATION_INDENT + line if line else "" for line in rest]
    return [f"{label}: {first}", *continued]


def _known_label(line: str) -> tuple[str, str] | None:
    """``(field, value)`` when ``line`` starts with a label Telaah knows."""
    if not line or line[0].isspace() or ":" not in line:
        return None
    head, value = line.split(":", 1)
    field = _FIELD_BY_LABEL.get(" ".join(head.split()).casefold())
    return None if field is None else (field, value.lstrip())


def _looks_labelled(line: str) -> bool:
    """True for an unindented line such as ``Catatan: ...`` (a short label, a colon)."""
    if not line or line[0].isspace() or ":" not in line:
        return False
    head, rest = line.split(":", 1)
    label = head.strip()
    return (
        bool(label)
        and label[0].isalpha()
        and len(label) <= _MAX_UNKNOWN_LABEL_CHARS
        and len(label.split()) <= _MAX_UNKNOWN_LABEL_WORDS
        and all(_label_char(char) for char in label)
        and (not rest or rest[0].isspace())
    )


def _label_char(char: str) -> bool:
    return char.isalnum() or char.isspace() or char in _UNKNOWN_LABEL_PUNCTUATION


def _strip_indent(line: str) -> str:
    return line[len(CONTINUATION_INDENT) :] if line.startswith(CONTINUATION_INDENT) else line


def _normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")
