"""Safe XML parsing: no DOCTYPE ever, syntax errors with line numbers, offline schemas."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pytest
from lxml import etree

from app.errors import InvalidXml, UnsafeXml
from app.io import safe_xml
from app.io.safe_xml import (
    CODEBOOK_SCHEMA,
    PROJECT_SCHEMA,
    SCHEMA_DIR,
    available_schemas,
    parse_xml_bytes,
    validate,
)

DATA = Path(__file__).resolve().parents[1] / "data" / "refi-qda"
SHARED_REFI_QDA = Path(__file__).resolve().parents[2].parent / "shared" / "refi-qda"
PATH = Path("incoming") / "suspicious.qdc"

XXE = b"""<?xml version="1.0"?>
<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>
<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes>
<Code guid="0f8a1907-7e42-4739-8610-a676b4d1b69f" name="&e;"/>
</Codes></CodeBook>
"""
BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<lolz>&lol9;</lolz>
"""
VALID_CODEBOOK = b"""<?xml version="1.0" encoding="UTF-8"?>
<CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="test">
  <Codes>
    <Code guid="0f8a1907-7e42-4739-8610-a676b4d1b69f" name="Kualitas" isCodable="true"
          color="#64B5F6"><Description>Definisi: mutu</Description></Code>
  </Codes>
</CodeBook>
"""


def test_parses_a_plain_document() -> None:
    root = parse_xml_bytes(VALID_CODEBOOK, path=PATH)

    assert etree.QName(root).localname == "CodeBook"
    assert root[0][0].get("name") == "Kualitas"


@pytest.mark.parametrize(
    "document",
    [
        XXE,
        BILLION_LAUGHS,
        b"<!DOCTYPE x><x/>",
        b'<!DOCTYPE x SYSTEM "http://example.org/x.dtd"><x/>',
    ],
    ids=["xxe", "billion-laughs", "bare-doctype", "external-dtd"],
)
def test_any_doctype_is_refused_naming_the_file(document: bytes) -> None:
    with pytest.raises(UnsafeXml) as caught:
        parse_xml_bytes(document, path=PATH)

    assert caught.value.path == PATH
    assert str(PATH) in str(caught.value)


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32"])
def test_doctype_in_a_wide_encoding_is_refused(encoding: str) -> None:
    text = f'<?xml version="1.0" encoding="{encoding.upper()}"?>'
    text += '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>'

    with pytest.raises(UnsafeXml):
        parse_xml_bytes(text.encode(encoding), path=PATH)


@pytest.mark.parametrize(
    "document",
    [
        XXE,
        BILLION_LAUGHS,
        b'<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>',
        b'<!DOCTYPE x [<!ENTITY e "harmless">]><x>&e;</x>',
        b"<!DOCTYPE x><x/>",
    ],
    ids=["xxe-attribute", "billion-laughs", "xxe-content", "internal-entity", "bare-doctype"],
)
def test_the_parsed_tree_check_alone_refuses_a_doctype(
    document: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Switch off the byte scan: the locked-down parser plus the docinfo check must still
    # refuse the document, without reading /etc/passwd or expanding entities on the way.
    monkeypatch.setattr(safe_xml, "_has_forbidden_markup", lambda data: False)

    with pytest.raises(UnsafeXml):
        parse_xml_bytes(document, path=PATH)


def test_the_parser_never_reads_external_entities_or_expands_entities(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("SECRET", encoding="utf-8")
    xxe = f'<!DOCTYPE x [<!ENTITY e SYSTEM "{secret.as_uri()}">]><x>&e;</x>'.encode()
    internal = b'<!DOCTYPE x [<!ENTITY e "EXPANDED">]><x>&e;</x>'

    for document, leak in ((xxe, b"SECRET"), (internal, b"EXPANDED")):
        root = etree.fromstring(document, parser=safe_xml._new_parser())
        assert leak not in etree.tostring(root)


def test_the_byte_scan_alone_refuses_a_doctype(monkeypatch: pytest.MonkeyPatch) -> None:
    def must_not_parse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the document reached the parser")

    monkeypatch.setattr(safe_xml.etree, "fromstring", must_not_parse)

    with pytest.raises(UnsafeXml):
        parse_xml_bytes(XXE, path=PATH)


def test_malformed_xml_names_the_file_and_line() -> None:
    document = b'<?xml version="1.0"?>\n<CodeBook>\n  <Codes>\n</CodeBook>\n'

    with pytest.raises(InvalidXml) as caught:
        parse_xml_bytes(document, path=PATH)

    assert caught.value.path == PATH
    assert caught.value.line == 4
    assert "line 4" in str(caught.value)
    assert str(PATH) in str(caught.value)


@pytest.mark.parametrize(
    "document", [b"", b"not xml at all", b"<a>&undeclared;</a>", b"\xff\xfe\x00garbage"]
)
def test_other_broken_documents_are_invalid_xml(document: bytes) -> None:
    with pytest.raises(InvalidXml):
        parse_xml_bytes(document, path=PATH)


def test_validate_accepts_a_valid_codebook() -> None:
    assert validate(parse_xml_bytes(VALID_CODEBOOK, path=PATH), CODEBOOK_SCHEMA) == []


def test_validate_lists_the_problems_with_line_numbers() -> None:
    broken = VALID_CODEBOOK.replace(b'isCodable="true"', b"").replace(b"#64B5F6", b"blue")

    problems = validate(parse_xml_bytes(broken, path=PATH), "Codebook")

    assert len(problems) == 2
    pattern = re.compile(r"line \d+: Element '\{urn:QDA-XML:codebook:1.0\}Code'")
    assert all(pattern.match(problem) for problem in problems)
    assert any("isCodable" in problem for problem in problems)
    assert any("color" in problem for problem in problems)


def test_taguette_sample_breaks_the_schema_with_its_empty_sets() -> None:
    root = parse_xml_bytes((DATA / "taguette141_uto_tag.qdc").read_bytes(), path=PATH)

    problems = validate(root, CODEBOOK_SCHEMA)

    assert len(problems) == 1
    assert "Sets" in problems[0]


def test_validate_against_the_project_schema() -> None:
    project = b'<Project xmlns="urn:QDA-XML:project:1.0" name="Studi"/>'
    nameless = b'<Project xmlns="urn:QDA-XML:project:1.0"/>'

    assert validate(parse_xml_bytes(project, path=PATH), PROJECT_SCHEMA) == []
    assert validate(parse_xml_bytes(nameless, path=PATH), PROJECT_SCHEMA) != []


def test_unknown_schema_name_is_a_programming_error() -> None:
    with pytest.raises(ValueError, match="Nope"):
        validate(parse_xml_bytes(VALID_CODEBOOK, path=PATH), "Nope.xsd")


def test_bundled_schemas_are_the_published_ones() -> None:
    digests = {
        name: hashlib.sha256((SCHEMA_DIR / name).read_bytes()).hexdigest()
        for name in available_schemas()
    }

    assert digests == {
        "Codebook.xsd": "bc4706a6fdb736cc3248de1753366f2b1f5b13e6828d319cea2874deb7e61b52",
        "Project-mrt2019.xsd": "7841112e27897debf996f76209b9c5a5d074d66c1297a2f19f5ef250d29303bd",
    }
    assert "MIT" in (SCHEMA_DIR / "README.md").read_text(encoding="utf-8")


def test_bundled_schemas_match_the_shared_reference_copies() -> None:
    if not SHARED_REFI_QDA.is_dir():
        pytest.skip("the shared refi-qda folder is not next to this checkout")
    for name in available_schemas():
        assert (SCHEMA_DIR / name).read_bytes() == (SHARED_REFI_QDA / name).read_bytes()
