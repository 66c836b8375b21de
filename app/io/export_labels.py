"""The words of exported documents, in Indonesian (the default) and English.

Exports are read by a thesis supervisor, so their wording is part of the product. Every
writer takes an :class:`ExportLabels`; ``ExportLabels("en")`` gives English documents.
Reasons and summaries built by :mod:`app.analysis.triangulation_judgement` are tuples of
phrases (a key plus values) rendered here.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from app.analysis.citation import Citation
from app.analysis.triangulation_judgement import Phrase
from app.vocabulary import SOURCE_KINDS

EXPORT_LANGUAGES = ("id", "en")

_ID: dict[str, str] = {
    # documents
    "excerpts.title": "Kutipan Terkode",
    "toc": "Daftar Isi",
    "toc.hint": "Perbarui daftar isi di Word (klik kanan → Perbarui Bidang) untuk nomor halaman.",
    "made_on": "Dibuat dengan Telaah pada {date}.",
    "no_data": "Tidak ada data",
    "no_excerpts": "Tidak ada segmen terkode yang cocok dengan pilihan ini.",
    "photos_not_anonymised": "Foto tidak dianonimkan: wajah, nama, dan tanda pengenal pada "
                             "gambar tetap terlihat; periksa setiap foto sebelum dibagikan.",
    "excerpt_count": "{count} kutipan",
    "coders": "Pengode: {names}",
    "memo": "Memo: {text}",
    "grouped.code": "Dikelompokkan menurut kode, lalu menurut informan.",
    "grouped.informant": "Dikelompokkan menurut informan, lalu menurut kode.",
    "excerpts.passages": (
        "Segmen yang tumpang tindih dari kode yang sama dalam satu sumber ditampilkan sekali, "
        "sebagai satu bagian (gabungan rentangnya), dengan nama semua pengodenya."),
    "filter.codes": "Kode: {values}",
    "filter.informants": "Informan: {values}",
    "filter.coders": "Pengode: {values}",
    "filter.pseudonymised": "Nama informan, NIP, NIK, nomor telepon dan alamat surel disamarkan.",
    "definition": "Definisi",
    "inclusion": "Kriteria inklusi",
    "exclusion": "Kriteria eksklusi",
    "example": "Contoh",
    # citations and people
    "informant": "Informan {number}",
    "informant_heading": "Informan {number} ({label}) — {role}",
    "informant_heading.no_role": "Informan {number} ({label})",
    "source_heading": "{technique}: {title}",
    "turn": "giliran {number}",
    "paragraph": "paragraf {number}",
    "page": "hlm. {number}",
    "photo": "foto",
    "machine_made": "transkrip mesin belum diperiksa",
    "mask.informant": "[Informan {number}]",
    "mask.nip": "[NIP]",
    "mask.phone": "[nomor telepon]",
    "mask.nik": "[NIK]",
    "mask.email": "[alamat surel]",
    "technique.interview": "Wawancara",
    "technique.observation": "Observasi",
    "technique.documentation": "Dokumentasi",
    "informant_type.kunci": "Informan kunci",
    "informant_type.utama": "Informan utama",
    "informant_type.pendukung": "Informan pendukung",
    "informant_type.none": "Tanpa informan tertaut",
    # the matrix
    "matrix.title.source": "Matriks Triangulasi Sumber",
    "matrix.title.technique": "Matriks Triangulasi Teknik",
    "matrix.group.all": "Semua kelompok kode",
    "matrix.legend": (
        "Setiap sel: jumlah segmen, kecenderungan valensi, dan kutipan yang paling "
        "relevan. Kesimpulan: saran Telaah atau keputusan analis beserta alasannya."
    ),
    "column.code": "Kode",
    "column.shared": "Persamaan",
    "column.differences": "Perbedaan",
    "column.agreement": "Kesepakatan",
    "column.conclusion": "Kesimpulan",
    "group.indicator": "Indikator",
    "group.obstacle": "Hambatan",
    "group.effort": "Upaya",
    "group.other": "Lainnya",
    "judgement.converge": "Konvergen",
    "judgement.partial": "Sebagian",
    "judgement.diverge": "Divergen",
    "judgement.silent": "Senyap",
    "lean.positive": "positif",
    "lean.negative": "negatif",
    "lean.mixed": "campuran",
    "lean.neutral": "netral",
    "lean.disputed": "diperselisihkan pengode",
    "leaning": "condong {lean}",
    "no_valence": "tidak ada bukti bervalensi",
    "unit.informant": "informan",
    "unit.technique": "teknik",
    "segments": "{count} segmen",
    "segments.one": "1 segmen",
    "suggested": "Saran Telaah",
    "analyst": "Keputusan analis",
    "rationale": "Alasan analis: {text}",
    # reason phrases
    "phrase.no_data": "tidak ada data",
    "phrase.no_data_anywhere": "tidak ada {unit} yang memiliki data",
    "phrase.single_column": (
        "hanya {column} yang memiliki data ({lean}); triangulasi memerlukan sedikitnya dua"
    ),
    "phrase.all_agree": "semua {count} {unit} yang memiliki data condong {lean}",
    "phrase.majority": "{agree} dari {count} {unit} yang memiliki data condong {lean}",
    "phrase.lean_group": "{columns} condong {lean}",
    "phrase.divided": "{count} {unit} yang memiliki data terbelah",
    "phrase.no_data_from": "tanpa data: {columns}",
    "phrase.no_valence_from": "ada data tanpa valensi: {columns}",
    "phrase.no_valence_anywhere": "{columns} memiliki data, tetapi tidak ada yang bervalensi",
    "phrase.technique_agrees": "{technique} sejalan",
    "phrase.technique_leans": "{technique} condong {lean}",
    "phrase.nothing_shared": "tidak ada kecenderungan bersama",
    "phrase.no_comparison": "hanya {column}; tidak ada pembanding",
    "phrase.no_differences": "tidak ada perbedaan",
    # codebook
    "codebook.title": "Buku Kode",
    "codebook.path": "Jalur kode",
    "codebook.parent": "Induk",
    "codebook.name": "Nama",
    "codebook.group": "Kelompok",
    "codebook.color": "Warna",
    "codebook.shortcut": "Pintasan",
    "codebook.codable": "Dapat dikodekan",
    "codebook.name_en": "Nama (Inggris)",
    "codebook.definition_en": "Definisi (Inggris)",
    "codebook.category": "Kategori (tidak dikodekan langsung)",
    "codebook.verdict_scale": "Skala penilaian (terbaik lebih dulu)",
    "yes": "ya",
    "no": "tidak",
}

_EN: dict[str, str] = {
    "excerpts.title": "Coded Excerpts",
    "toc": "Contents",
    "toc.hint": (
        "Update the table of contents in Word (right-click → Update Field) for page numbers."
    ),
    "made_on": "Made with Telaah on {date}.",
    "no_data": "No data",
    "no_excerpts": "No coded segment matches this selection.",
    "photos_not_anonymised": "Photos are not anonymised: faces, names and badges in the "
                             "pictures stay visible; check every photo before sharing.",
    "excerpt_count": "{count} excerpt(s)",
    "coders": "Coder(s): {names}",
    "memo": "Memo: {text}",
    "grouped.code": "Grouped by code, then by informant.",
    "grouped.informant": "Grouped by informant, then by code.",
    "excerpts.passages": (
        "Overlapping segments of the same code in one source are shown once, as one passage "
        "(the union of their spans), naming every coder."),
    "filter.codes": "Codes: {values}",
    "filter.informants": "Informants: {values}",
    "filter.coders": "Coders: {values}",
    "filter.pseudonymised": (
        "Informant names, ID numbers (NIP, NIK), phone numbers and e-mail addresses masked."
    ),
    "definition": "Definition",
    "inclusion": "Inclusion criteria",
    "exclusion": "Exclusion criteria",
    "example": "Example",
    "informant": "Informant {number}",
    "informant_heading": "Informant {number} ({label}) — {role}",
    "informant_heading.no_role": "Informant {number} ({label})",
    "source_heading": "{technique}: {title}",
    "turn": "turn {number}",
    "paragraph": "paragraph {number}",
    "page": "p. {number}",
    "photo": "photo",
    "machine_made": "machine transcript, unchecked",
    "mask.informant": "[Informant {number}]",
    "mask.nip": "[NIP]",
    "mask.phone": "[phone number]",
    "mask.nik": "[NIK]",
    "mask.email": "[e-mail address]",
    "technique.interview": "Interview",
    "technique.observation": "Observation",
    "technique.documentation": "Documentation",
    "informant_type.kunci": "Key informants",
    "informant_type.utama": "Main informants",
    "informant_type.pendukung": "Supporting informants",
    "informant_type.none": "No informant linked",
    "matrix.title.source": "Source Triangulation Matrix",
    "matrix.title.technique": "Technique Triangulation Matrix",
    "matrix.group.all": "All code groups",
    "matrix.legend": (
        "Each cell: number of segments, valence lean and the most relevant quotes. "
        "Conclusion: Telaah's suggestion or the analyst's judgement, with its reason."
    ),
    "column.code": "Code",
    "column.shared": "Shared",
    "column.differences": "Differences",
    "column.agreement": "Agreement",
    "column.conclusion": "Conclusion",
    "group.indicator": "Indicators",
    "group.obstacle": "Obstacles",
    "group.effort": "Efforts",
    "group.other": "Other",
    "judgement.converge": "Converge",
    "judgement.partial": "Partial",
    "judgement.diverge": "Diverge",
    "judgement.silent": "Silent",
    "lean.positive": "positive",
    "lean.negative": "negative",
    "lean.mixed": "mixed",
    "lean.neutral": "neutral",
    "lean.disputed": "disputed by coders",
    "leaning": "leans {lean}",
    "no_valence": "no valenced evidence",
    "unit.informant": "informants",
    "unit.technique": "techniques",
    "segments": "{count} segments",
    "segments.one": "1 segment",
    "suggested": "Telaah suggests",
    "analyst": "Analyst's judgement",
    "rationale": "Analyst's rationale: {text}",
    "phrase.no_data": "no data",
    "phrase.no_data_anywhere": "no {unit} have data",
    "phrase.single_column": "only {column} has data ({lean}); triangulation needs at least two",
    "phrase.all_agree": "all {count} {unit} with data lean {lean}",
    "phrase.majority": "{agree} of {count} {unit} with data lean {lean}",
    "phrase.lean_group": "{columns}: {lean}",
    "phrase.divided": "the {count} {unit} with data are divided",
    "phrase.no_data_from": "no data: {columns}",
    "phrase.no_valence_from": "data without valence: {columns}",
    "phrase.no_valence_anywhere": "{columns}: data, but none with a valence",
    "phrase.technique_agrees": "{technique} agrees",
    "phrase.technique_leans": "{technique} leans {lean}",
    "phrase.nothing_shared": "no common lean",
    "phrase.no_comparison": "only {column}; nothing to compare",
    "phrase.no_differences": "no differences",
    "codebook.title": "Codebook",
    "codebook.path": "Code path",
    "codebook.parent": "Parent",
    "codebook.name": "Name",
    "codebook.group": "Group",
    "codebook.color": "Colour",
    "codebook.shortcut": "Shortcut",
    "codebook.codable": "Codable",
    "codebook.name_en": "Name (English)",
    "codebook.definition_en": "Definition (English)",
    "codebook.category": "Category (not applied to text)",
    "codebook.verdict_scale": "Verdict scale (best first)",
    "yes": "yes",
    "no": "no",
}

_TABLES = {"id": _ID, "en": _EN}
# Values of these names are keys themselves, translated with the given prefix.
_TERM_PREFIXES = {"lean": "lean.", "unit": "unit.", "technique": "technique."}


# Obstacle and effort rows: a passage there confirms or denies that the obstacle exists or
# the effort is carried out, so "positive" would read as "good" (an obstacle "positive").
_PRESENCE_WORDS: dict[str, dict[str, str]] = {
    "id": {
        "lean.positive": "mendukung",
        "lean.negative": "membantah",
        "leaning": "umumnya {lean}",
        "phrase.all_agree": "semua {count} {unit} yang memiliki data {lean}",
        "phrase.majority": "{agree} dari {count} {unit} yang memiliki data {lean}",
        "phrase.lean_group": "{columns} {lean}",
    },
    "en": {
        "lean.positive": "confirming",
        "lean.negative": "denying",
        "leaning": "mostly {lean}",
        "phrase.all_agree": "all {count} {unit} with data are {lean}",
        "phrase.majority": "{agree} of {count} {unit} with data are {lean}",
        "phrase.lean_group": "{columns}: {lean}",
    },
}


class ExportLabels:
    """The label table of one language; ``labels(key, **values)`` gives the text."""

    def __init__(self, language: str = "id") -> None:
        self.language = language if language in _TABLES else "id"
        self._table = _TABLES[self.language]
        # Citations' opening parts (who and which source), the same for every quote of
        # a source: worked out once (10,000 excerpts cite a few dozen sources).
        self._citation_heads: dict[tuple[Any, ...], str] = {}
        self._short_citation_heads: dict[tuple[Any, ...], str] = {}

    def __call__(self, key: str, **values: Any) -> str:
        return self._table[key].format(**values)

    def for_presence(self) -> ExportLabels:
        """These labels for an obstacle or effort row: passages confirm or deny rather than
        lean positive or negative."""
        presence = ExportLabels(self.language)
        presence._table = {**self._table, **_PRESENCE_WORDS[self.language]}
        return presence

    def term(self, prefix: str, key: str | None) -> str:
        """A translated term such as ``term("lean", "positive")``; unknown keys pass."""
        return self._table.get(f"{prefix}.{key}", key or "")

    def column_name(self, key: str) -> str:
        """A column key as a reader sees it: techniques translated, labels as they are."""
        return self._table.get(f"technique.{key}", key).lower() if key in SOURCE_KINDS else key

    def phrase(self, phrase: Phrase) -> str:
        values: dict[str, Any] = {}
        for name, value in phrase.values.items():
            if name in _TERM_PREFIXES:
                value = self._table.get(_TERM_PREFIXES[name] + str(value), str(value))
                if name == "technique":
                    value = value.lower()
            elif name == "columns":
                value = ", ".join(self.column_name(column) for column in value)
            elif name == "column":
                value = self.column_name(value)
            values[name] = value
        return self._table[f"phrase.{phrase.key}"].format(**values)

    def sentence(self, phrases: Sequence[Phrase]) -> str:
        """Phrases joined with semicolons, as one sentence."""
        text = "; ".join(self.phrase(phrase) for phrase in phrases)
        return text[:1].upper() + text[1:] + "." if text else ""

    def citation(self, citation: Citation, *, short: bool = False) -> str:
        """The citation in parentheses; ``short`` leaves out the informant and role (for
        a matrix column that already names the informant)."""
        # The head depends on the first five parts only: title, kind, informant number,
        # role and pseudonym (a slice of the named tuple).
        heads = self._short_citation_heads if short else self._citation_heads
        key = citation[:5]
        head = heads.get(key)
        if head is None:
            head = heads[key] = self._citation_head(citation, short)
        table = self._table
        if citation.turn is not None:
            place = table["turn"].format(number=citation.turn)
        elif citation.page is not None:
            place = table["page"].format(number=citation.page)
        elif citation.picture:
            place = table["photo"].format()
        elif citation.paragraph is not None:
            place = table["paragraph"].format(number=citation.paragraph)
        else:
            place = None
        if citation.time is None and not citation.machine_made:
            return head + ")" if place is None else f"{head}, {place})"
        parts = [head] if place is None else [head, place]
        if citation.time is not None:
            parts.append(citation.time)
        if citation.machine_made:
            parts.append(table["machine_made"].format())
        return ", ".join(parts) + ")"

    def citations(self, citations: Sequence[Citation]) -> list[str]:
        """:meth:`citation` of each; a quote cited by its turn alone (most of an excerpts
        document) costs a lookup and a join."""
        heads, (before, found, after) = self._citation_heads, self._table["turn"].partition(
            "{number}")
        plain = found and "{" not in before + after and "}" not in before + after
        return [f"{head}, {before}{citation.turn}{after})"
                if plain and citation.turn is not None and citation.time is None
                and not citation.machine_made and (head := heads.get(citation[:5]))
                else self.citation(citation) for citation in citations]

    def _citation_head(self, citation: Citation, short: bool) -> str:
        """"(" and the citation's parts before the place in the source."""
        parts: list[str] = []
        if short:
            pass
        elif citation.informant_number is not None:
            parts.append(self("informant", number=citation.informant_number))
            if citation.pseudonym:
                parts.append(citation.pseudonym)
            if citation.role:
                parts.append(citation.role)
        else:
            parts.append(self.term("technique", citation.source_kind))
        parts.append(citation.source_title)
        return "(" + ", ".join(parts)


def decimal_text(value: float, digits: int, language: str, *, signed: bool = False) -> str:
    """A decimal as the document's language writes it: ``0,72`` in Indonesian, ``0.72`` in
    English; a real minus sign, and ``+`` before positive values when ``signed``."""
    text = f"{value:+.{digits}f}" if signed else f"{value:.{digits}f}"
    if text.lstrip("+-").strip("0.") == "":  # a rounded zero has no sign
        text = text.lstrip("+-")
    text = text.replace("-", "\u2212")
    return text.replace(".", ",") if language == "id" else text


def percent_text(fraction: float, digits: int, language: str) -> str:
    return decimal_text(fraction * 100, digits, language) + "%"
