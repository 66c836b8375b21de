"""Reading and writing REFI-QDA codebooks (.qdc), and the shipped Kasmir codebook."""

from __future__ import annotations

import colorsys
import copy
import uuid
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from app.errors import (
    DuplicateName,
    FileNotFoundProblem,
    FileTooLarge,
    FileUnwritable,
    InvalidCodebook,
    InvalidValue,
    InvalidXml,
    UnsafeXml,
)
from app.io.codebook_file import (
    MAX_CODEBOOK_BYTES,
    CodebookEntry,
    codebook_to_bytes,
    read_codebook,
    read_codebook_bytes,
    walk_codebook,
    write_codebook,
)
from app.io.safe_xml import CODEBOOK_SCHEMA, parse_xml_bytes, validate

REPO = Path(__file__).resolve().parents[2]
SHARED_SAMPLES = REPO.parent / "shared" / "refi-qda" / "samples"
DATA = REPO / "tests" / "data" / "refi-qda"
TAGUETTE = DATA / "taguette141_uto_tag.qdc"
SKYLOOM = DATA / "spec-example2-atlasti8_skyloom.qdpx"
SHIPPED = REPO / "codebooks" / "kasmir-2016.qdc"

# path, group, shortcut, English name: the fixed code list of the sample study.
KASMIR_CODES = [
    ("Kinerja", "indicator", None, "Performance"),
    ("Kinerja/Kualitas", "indicator", "1", "Quality"),
    ("Kinerja/Kuantitas", "indicator", "2", "Quantity"),
    ("Kinerja/Waktu", "indicator", "3", "Time"),
    ("Kinerja/Penekanan Biaya", "indicator", "4", "Cost"),
    ("Kinerja/Pengawasan", "indicator", "5", "Supervision"),
    ("Kinerja/Hubungan Antar Karyawan", "indicator", "6", "Relations between employees"),
    ("Hambatan", "obstacle", None, "Obstacles"),
    ("Hambatan/Kualitas dan Kompetensi ASN", "obstacle", "7", "ASN quality and competence"),
    ("Hambatan/Profil Usia Pegawai", "obstacle", None, "Age profile"),
    ("Hambatan/Minim Diklat", "obstacle", None, "Little training"),
    ("Hambatan/Refocusing Anggaran", "obstacle", None, "Budget refocusing"),
    ("Hambatan/Pembatasan Pandemi", "obstacle", None, "Pandemic restrictions"),
    ("Hambatan/Tidak Ada Pendataan", "obstacle", None, "No data collection"),
    ("Hambatan/Jumlah Pegawai", "obstacle", None, "Staff numbers"),
    ("Upaya", "effort", None, "Efforts"),
    ("Upaya/Sharing Antar Pegawai", "effort", "8", "Knowledge sharing between employees"),
    ("Upaya/Pelatihan", "effort", None, "Training"),
    ("Upaya/Pendampingan dan Monitoring", "effort", None, "Mentoring and monitoring"),
    ("Upaya/Fasilitasi P-IRT", "effort", None, "Facilitation (P-IRT)"),
    ("Upaya/Pendataan Ulang UMKM", "effort", None, "Re-running the UMKM census"),
]
# Hue ranges (degrees) per group: blues/greens/teals, reds/oranges, purples/yellows.
GROUP_HUES = {
    "indicator": [(80, 240)],
    "obstacle": [(320, 360), (0, 40)],
    "effort": [(250, 320), (42, 66)],
}

G1 = "0f8a1907-7e42-4739-8610-a676b4d1b69f"
G2 = "d2c1e38e-5220-42fa-a442-908471cc7964"
G3 = "7988dac2-adbd-4258-a81e-71489189f5b5"


def codebook(codes: str, sets: str = "", namespace: str = "urn:QDA-XML:codebook:1.0") -> bytes:
    xmlns = f' xmlns="{namespace}"' if namespace else ""
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<CodeBook{xmlns} origin="test">'
        f"<Codes>{codes}</Codes>{sets}</CodeBook>"
    ).encode()


def read(data: bytes) -> list[CodebookEntry]:
    return read_codebook_bytes(data, path="test.qdc")


def sample_tree() -> list[CodebookEntry]:
    return [
        CodebookEntry(
            name="Kinerja",
            guid=G1,
            color="#1F6F8B",
            codable=False,
            group="indicator",
            definition="Kategori induk.\n\nBaris kedua: bukan label\n  menjorok",
            name_en="Performance",
            children=[
                CodebookEntry(
                    name="Kualitas ✓ 😀",
                    guid=G2,
                    color="#64B5F6",
                    group="indicator",
                    definition="Mutu kerja <&> \"kutip\"",
                    inclusion="Inklusi",
                    exclusion="Eksklusi",
                    example='"Kalau ditanya kualitas, saya bilang belum maksimal."',
                    shortcut="1",
                    name_en="Quality",
                    definition_en="How close the work comes to the standard.",
                ),
                CodebookEntry(name="Lain", guid=G3, color=None, group="other"),
            ],
        ),
        CodebookEntry(name="Hambatan", guid=str(uuid.uuid4()), group="obstacle", codable=False),
    ]


# --- the shipped codebook ------------------------------------------------------------------


def test_shipped_codebook_validates_against_the_schema() -> None:
    root = parse_xml_bytes(SHIPPED.read_bytes(), path=SHIPPED)

    assert validate(root, CODEBOOK_SCHEMA) == []


def test_shipped_codebook_has_exactly_the_study_codes() -> None:
    entries = dict(walk_codebook(read_codebook(SHIPPED)))

    assert list(entries) == [path for path, *_ in KASMIR_CODES]
    for path, group, shortcut, name_en in KASMIR_CODES:
        entry = entries[path]
        assert (entry.group, entry.shortcut, entry.name_en) == (group, shortcut, name_en), path
        assert entry.codable == ("/" in path), path


def test_every_shipped_code_is_documented() -> None:
    for path, entry in walk_codebook(read_codebook(SHIPPED)):
        for field in ("definition", "inclusion", "exclusion", "example", "definition_en"):
            assert len(getattr(entry, field)) >= 20, (path, field)
        assert entry.guid is not None
        if entry.group == "indicator":
            assert "Kasmir" in entry.definition and "2016:208-210" in entry.definition, path


def test_shipped_colours_follow_the_groups_and_read_as_highlights() -> None:
    entries = dict(walk_codebook(read_codebook(SHIPPED)))
    colours = [entry.color for entry in entries.values()]

    assert len(set(colours)) == len(colours)
    for path, entry in entries.items():
        assert entry.color is not None and entry.color == entry.color.upper(), path
        hue = _hue_degrees(entry.color)
        assert any(low <= hue <= high for low, high in GROUP_HUES[entry.group]), (path, hue)
        if entry.codable:
            assert _contrast_with_black(entry.color) >= 4.5, path  # WCAG AA for body text
            parent = entries[path.split("/")[0]]
            assert _luminance(parent.color) < _luminance(entry.color), path  # darker category


def test_shipped_codebook_writes_groups_as_sets() -> None:
    root = parse_xml_bytes(SHIPPED.read_bytes(), path=SHIPPED)
    namespaces = {"c": "urn:QDA-XML:codebook:1.0"}

    names = root.xpath("c:Sets/c:Set/@name", namespaces=namespaces)
    members = root.xpath("count(c:Sets/c:Set/c:MemberCode)", namespaces=namespaces)

    assert names == ["Indikator", "Hambatan", "Upaya"]
    assert members == len(KASMIR_CODES)


# --- round trip ----------------------------------------------------------------------------


def test_write_then_read_gives_the_same_entries(tmp_path: Path) -> None:
    entries = sample_tree()
    path = tmp_path / "kode.qdc"

    write_codebook(entries, path)

    assert read_codebook(path) == entries


def test_written_file_validates_and_is_utf8_with_the_codebook_namespace(tmp_path: Path) -> None:
    path = tmp_path / "kode.qdc"
    write_codebook(sample_tree(), path, origin="Telaah 0.1")

    data = path.read_bytes()
    root = parse_xml_bytes(data, path=path)

    assert data.startswith(b'<?xml version="1.0" encoding="UTF-8"?>')
    assert "Kualitas ✓ 😀".encode() in data
    assert root.tag == "{urn:QDA-XML:codebook:1.0}CodeBook"
    assert root.get("origin") == "Telaah 0.1"
    assert validate(root, CODEBOOK_SCHEMA) == []


def test_writing_does_not_change_the_entries_and_fills_missing_guids(tmp_path: Path) -> None:
    entries = [CodebookEntry(name="Tanpa GUID", color="#abc")]
    before = copy.deepcopy(entries)
    path = tmp_path / "kode.qdc"

    write_codebook(entries, path)
    (read_back,) = read_codebook(path)

    assert entries == before
    assert uuid.UUID(read_back.guid).version == 4
    assert read_back.color == "#AABBCC"


def test_a_codebook_without_groups_stays_plain() -> None:
    data = codebook_to_bytes([CodebookEntry(name="A", guid=G1), CodebookEntry(name="B", guid=G2)])

    assert b"<Sets" not in data
    assert b"<Description" not in data


def test_other_group_is_labelled_only_where_a_reader_would_infer_another() -> None:
    entries = [*sample_tree(), CodebookEntry(name="Lepas", guid=str(uuid.uuid4()))]
    root = parse_xml_bytes(codebook_to_bytes(entries), path="x.qdc")

    def description(name: str) -> str:
        found = root.xpath(
            "//c:Code[@name=$name]/c:Description/text()",
            namespaces={"c": "urn:QDA-XML:codebook:1.0"},
            name=name,
        )
        return found[0] if found else ""

    assert "Kelompok: lainnya" in description("Lain")  # its parent is an indicator
    assert "Kelompok" not in description("Lepas")  # a top-level code is "other" anyway
    assert "Kelompok: indikator" in description("Kinerja")


def test_xml_incompatible_characters_are_dropped_on_write() -> None:
    entry = CodebookEntry(name="Bel\x07l", guid=G1, definition="a\x00b\x1fc")

    (read_back,) = read(codebook_to_bytes([entry]))

    assert (read_back.name, read_back.definition) == ("Bell", "abc")


def test_write_is_atomic_and_leaves_the_old_file_on_error(tmp_path: Path) -> None:
    path = tmp_path / "kode.qdc"
    write_codebook(sample_tree(), path)
    old = path.read_bytes()
    twins = [CodebookEntry(name="Sama", guid=G1), CodebookEntry(name="sama", guid=G2)]

    with pytest.raises(DuplicateName):
        write_codebook(twins, path)

    assert path.read_bytes() == old
    assert [item.name for item in tmp_path.iterdir()] == ["kode.qdc"]


def test_write_into_a_missing_folder_is_file_unwritable(tmp_path: Path) -> None:
    path = tmp_path / "no" / "such" / "kode.qdc"

    with pytest.raises(FileUnwritable) as caught:
        write_codebook(sample_tree(), path)

    assert caught.value.path == path


@pytest.mark.parametrize(
    ("entry", "field"),
    [
        (CodebookEntry(name="  "), "code name"),
        (CodebookEntry(name="A", color="blue"), "colour"),
        (CodebookEntry(name="A", guid="not-a-guid"), "GUID"),
        (CodebookEntry(name="A", group="indicators"), "code group"),
        (CodebookEntry(name="A", shortcut="1\n2"), "shortcut"),
    ],
)
def test_write_refuses_entries_no_codebook_can_hold(entry: CodebookEntry, field: str) -> None:
    with pytest.raises(InvalidValue) as caught:
        codebook_to_bytes([entry])

    assert caught.value.field == field


def test_write_refuses_one_guid_for_two_codes() -> None:
    entries = [CodebookEntry(name="A", guid=G1, children=[CodebookEntry(name="B", guid=G1)])]

    with pytest.raises(InvalidValue, match="GUID"):
        codebook_to_bytes(entries)


# --- reading what other programs write ------------------------------------------------------


def test_taguette_codebook_with_empty_sets_reads() -> None:
    entries = read_codebook(TAGUETTE)

    assert [(entry.name, entry.guid) for entry in entries] == [
        ("xsd:element name", "098ac082-a9c7-50f4-9728-48730081a95e"),
        ("CodeBook", "a2209cff-8e89-5b0a-a7b0-cddc4be92936"),
        ("Variables", "dd1b8ad4-9b6e-5be2-bd0b-fde7deafdda4"),
    ]
    assert all(entry.codable and entry.group == "other" for entry in entries)


def test_codebook_inside_a_project_in_the_project_namespace_reads() -> None:
    with zipfile.ZipFile(SKYLOOM) as archive:
        project = etree.fromstring(archive.read("Project.qde"))
    element = project.find("{urn:QDA-XML:project:1.0}CodeBook")
    data = etree.tostring(element, encoding="UTF-8")

    entries = read(data)

    by_name = {entry.name: entry for entry in entries}
    assert len(entries) == 14
    assert by_name["Feelings"].guid == "0f8a1907-7e42-4739-8610-a676b4d1b69f"
    assert by_name["Feelings"].definition == "thoughts about breakfast foods"
    assert by_name["cornflakes"].color == "#DC0000"
    assert by_name["milk"].color is None
    assert '"rushed"' in by_name


def test_sample_copies_match_the_shared_originals() -> None:
    if not SHARED_SAMPLES.is_dir():
        pytest.skip("the shared refi-qda samples are not next to this checkout")
    for copy_path in (TAGUETTE, SKYLOOM):
        assert copy_path.read_bytes() == (SHARED_SAMPLES / copy_path.name).read_bytes()


@pytest.mark.parametrize(
    "namespace", ["urn:QDA-XML:codebook:1.0", "urn:QDA-XML:project:1.0", ""]
)
def test_namespace_variants_read(namespace: str) -> None:
    (entry,) = read(codebook(f'<Code guid="{G1}" name="A" isCodable="true"/>', namespace=namespace))

    assert entry.name == "A"


def test_a_foreign_namespace_is_refused() -> None:
    with pytest.raises(InvalidCodebook, match="namespace"):
        read(codebook(f'<Code guid="{G1}" name="A"/>', namespace="urn:example:other"))


@pytest.mark.parametrize(
    "raw", [G1.upper(), "{" + G1 + "}", "{" + G1.upper() + "}", f"  {G1.upper()} "]
)
def test_upper_case_and_braced_guids_normalise(raw: str) -> None:
    sets = f'<Sets><Set guid="{G2}" name="Hambatan"><MemberCode guid="{raw}"/></Set></Sets>'

    (entry,) = read(codebook(f'<Code guid="{raw}" name="A" isCodable="true"/>', sets))

    assert entry.guid == G1
    assert entry.group == "obstacle"


def test_missing_or_malformed_guids_get_new_ones_and_duplicates_are_split() -> None:
    codes = (
        '<Code name="A"/><Code guid="17" name="B"/>'
        f'<Code guid="{G1}" name="C"/><Code guid="{G1.upper()}" name="D"/>'
    )

    entries = read(codebook(codes))

    guids = [entry.guid for entry in entries]
    assert guids[2] == G1
    assert len(set(guids)) == 4
    assert all(uuid.UUID(guid).version == 4 for guid in guids[:2] + guids[3:])


@pytest.mark.parametrize(
    ("attribute", "color"),
    [('color="#abc"', "#AABBCC"), ('color="#64b5f6"', "#64B5F6"), ('color=""', None), ("", None)],
)
def test_colours_normalise(attribute: str, color: str | None) -> None:
    (entry,) = read(codebook(f'<Code guid="{G1}" name="A" {attribute}/>'))

    assert entry.color == color


def test_an_invalid_colour_is_refused_naming_the_code() -> None:
    with pytest.raises(InvalidCodebook, match="'Merah'.*'red'"):
        read(codebook(f'<Code guid="{G1}" name="Merah" color="red"/>'))


@pytest.mark.parametrize(
    ("attribute", "codable"),
    [
        ("", True),
        ('isCodable="true"', True),
        ('isCodable="false"', False),
        ('isCodable="0"', False),
    ],
)
def test_is_codable_defaults_to_true(attribute: str, codable: bool) -> None:
    (entry,) = read(codebook(f'<Code guid="{G1}" name="A" {attribute}/>'))

    assert entry.codable is codable


def test_an_unreadable_is_codable_is_refused() -> None:
    with pytest.raises(InvalidCodebook, match="isCodable"):
        read(codebook(f'<Code guid="{G1}" name="A" isCodable="maybe"/>'))


@pytest.mark.parametrize(
    ("document", "detail"),
    [
        (b'<Project xmlns="urn:QDA-XML:project:1.0" name="x"/>', "<Project>"),
        (b'<CodeBook xmlns="urn:QDA-XML:codebook:1.0"/>', "no <Codes>"),
        (b'<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes/></CodeBook>', "no codes"),
        (codebook(f'<Code guid="{G1}" isCodable="true"/>'), "no name"),
        (codebook(f'<Code guid="{G1}" name="  "/>'), "no name"),
        (codebook('<Code name="Kualitas"/><Code name="KUALITAS"/>'), "same name"),
        (codebook('<Code name="A"><Code name="x"/><Code name="X"/></Code>'), "under 'A'"),
    ],
)
def test_unusable_codebooks_are_refused(document: bytes, detail: str) -> None:
    with pytest.raises(InvalidCodebook) as caught:
        read(document)

    assert detail in str(caught.value)
    assert caught.value.path == "test.qdc"


def test_the_same_name_under_different_parents_is_fine() -> None:
    codes = '<Code name="A"><Code name="x"/></Code><Code name="B"><Code name="x"/></Code>'

    entries = read(codebook(codes))

    assert [path for path, _ in walk_codebook(entries)] == ["A", "A/x", "B", "B/x"]


def test_group_comes_from_label_then_set_then_parent_then_other() -> None:
    codes = (
        f'<Code guid="{G1}" name="Induk"><Description>Kelompok: upaya</Description>'
        f'<Code guid="{G2}" name="Anak berlabel"><Description>Group: indicator</Description></Code>'
        f'<Code guid="{G3}" name="Anak di set"/>'
        '<Code name="Anak biasa"/></Code><Code name="Lepas"/>'
    )
    sets = (
        f'<Sets><Set guid="{G1}" name="Obstacles"><MemberCode guid="{G2}"/>'
        f'<MemberCode guid="{G3}"/><MemberCode guid="{G1}"/></Set>'
        f'<Set guid="{G2}" name="Temuan penting"><MemberCode guid="{G3}"/></Set></Sets>'
    )

    groups = {path: entry.group for path, entry in walk_codebook(read(codebook(codes, sets)))}

    assert groups == {
        "Induk": "effort",
        "Induk/Anak berlabel": "indicator",
        "Induk/Anak di set": "obstacle",
        "Induk/Anak biasa": "effort",
        "Lepas": "other",
    }


def test_a_description_from_another_program_becomes_the_definition() -> None:
    codes = f'<Code guid="{G1}" name="A"><Description>Line one.\nNote: two</Description></Code>'

    (entry,) = read(codebook(codes))

    assert entry.definition == "Line one.\nNote: two"
    assert (entry.inclusion, entry.example, entry.shortcut) == ("", "", None)


# --- unsafe, broken, missing and huge files -------------------------------------------------


@pytest.mark.parametrize(
    "prolog",
    [
        '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>',
        '<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">'
        '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
        '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">'
        '<!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]>',
    ],
    ids=["xxe", "billion-laughs"],
)
def test_entity_attacks_are_refused_naming_the_file(tmp_path: Path, prolog: str) -> None:
    path = tmp_path / "jahat.qdc"
    reference = "&e;" if "SYSTEM" in prolog else "&d;"
    path.write_text(
        f'<?xml version="1.0"?>{prolog}<CodeBook xmlns="urn:QDA-XML:codebook:1.0">'
        f'<Codes><Code guid="{G1}" name="A"><Description>{reference}</Description></Code>'
        "</Codes></CodeBook>",
        encoding="utf-8",
    )

    with pytest.raises(UnsafeXml) as caught:
        read_codebook(path)

    assert caught.value.path == path
    assert "jahat.qdc" in str(caught.value)


def test_malformed_xml_is_invalid_xml(tmp_path: Path) -> None:
    path = tmp_path / "rusak.qdc"
    path.write_bytes(codebook(f'<Code guid="{G1}" name="A">')[:-20])

    with pytest.raises(InvalidXml) as caught:
        read_codebook(path)

    assert caught.value.path == path


def test_a_missing_file_is_reported(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundProblem):
        read_codebook(tmp_path / "tidak-ada.qdc")


def test_files_over_the_limit_are_refused_before_parsing(tmp_path: Path) -> None:
    path = tmp_path / "besar.qdc"
    path.write_bytes(codebook(f'<Code guid="{G1}" name="A"/>'))

    with pytest.raises(FileTooLarge):
        read_codebook(path, max_bytes=50)
    with pytest.raises(FileTooLarge):
        read_codebook_bytes(b" " * (MAX_CODEBOOK_BYTES + 1), path=path)
    assert MAX_CODEBOOK_BYTES == 20 * 1024 * 1024


# --- helpers -------------------------------------------------------------------------------


def _rgb(color: str) -> tuple[float, float, float]:
    red, green, blue = (int(color[index : index + 2], 16) / 255 for index in (1, 3, 5))
    return red, green, blue


def _hue_degrees(color: str) -> float:
    return colorsys.rgb_to_hsv(*_rgb(color))[0] * 360


def _luminance(color: str) -> float:
    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4

    red, green, blue = (linear(channel) for channel in _rgb(color))
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def _contrast_with_black(color: str) -> float:
    return (_luminance(color) + 0.05) / 0.05
