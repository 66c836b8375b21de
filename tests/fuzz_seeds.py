"""The valid files the mutation fuzz (tests/fuzz_imports.py) starts from: a small .docx
with a table, a .qdpx with a codebook, a case, a note and coded selections (CR LF text), and
a .qdc with a nested code and a group Set."""

from __future__ import annotations

import io
from collections.abc import Callable


def seed_docx() -> bytes:
    from docx import Document

    document = Document()
    for line in ("Pewawancara: Bagaimana kinerja pegawai?",
                 "Informan 3: Kinerja kami belum maksimal karena pelatihan kurang.",
                 "Pewawancara: Apa upayanya?", "Informan 3: Kami ikut pelatihan 😀 dua kali."):
        document.add_paragraph(line)
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Tahun", "Jumlah"
    table.cell(1, 0).text, table.cell(1, 1).text = "2023", "15"
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


QDPX_TEXT = ("Pewawancara: Bagaimana kinerja pegawai?\r\nInforman 3: Kinerja kami belum "
             "maksimal karena pelatihan kurang.\r\nPewawancara: Apa upayanya?\r\n"
             "Informan 3: Kami ikut pelatihan dua kali.\r\n")


def seed_qdpx() -> bytes:
    from tests.io.qdpx_builders import CODE_A, CODE_B, SOURCE, codebook_xml, project_xml, zip_bytes

    spans = [("Kinerja kami belum maksimal", CODE_A), ("pelatihan kurang", CODE_B),
             ("ikut pelatihan dua kali", CODE_B)]
    selections = []
    for number, (words, code) in enumerate(spans):
        start = QDPX_TEXT.index(words)
        selections.append(
            f'<PlainTextSelection guid="B1B2C3D4-0000-4000-8000-{number:012d}" name="{words}" '
            f'startPosition="{start}" endPosition="{start + len(words)}">'
            f'<Description>Memo {number}</Description>'
            f'<Coding guid="C1B2C3D4-0000-4000-8000-{number:012d}"><CodeRef targetGUID="{code}"/>'
            "</Coding></PlainTextSelection>")
    body = (codebook_xml() + "<Variables>"
            '<Variable guid="E1B2C3D4-0000-4000-8000-000000000009" name="Pseudonym" '
            'typeOfVariable="Text"/></Variables>'
            '<Cases><Case guid="E1B2C3D4-0000-4000-8000-000000000001" name="I3">'
            '<VariableValue><VariableRef targetGUID="E1B2C3D4-0000-4000-8000-000000000009"/>'
            "<TextValue>Bu Sari</TextValue></VariableValue>"
            f'<SourceRef targetGUID="{SOURCE}"/></Case></Cases>'
            f'<Sources><TextSource guid="{SOURCE}" name="I3_wawancara" '
            f'plainTextPath="internal://{SOURCE}.txt">{"".join(selections)}</TextSource>'
            "</Sources>"
            '<Notes><Note guid="F1B2C3D4-0000-4000-8000-000000000001" name="Catatan">'
            "<PlainTextContent>Catatan lapangan.</PlainTextContent></Note></Notes>")
    return zip_bytes({"project.qde": project_xml(body),
                      f"sources/{SOURCE}.txt": QDPX_TEXT.encode("utf-8")})


def seed_qdc() -> bytes:
    return (
        b'<?xml version="1.0" encoding="utf-8"?>\n'
        b'<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes>'
        b'<Code guid="11111111-0000-4000-8000-000000000001" name="Kinerja" isCodable="false" '
        b'color="#3366CC"><Description>Hasil kerja pegawai.</Description>'
        b'<Code guid="11111111-0000-4000-8000-000000000002" name="Kualitas" isCodable="true">'
        b"<Description>Mutu hasil kerja.</Description></Code>"
        b'<Code guid="11111111-0000-4000-8000-000000000003" name="Waktu" isCodable="true"/>'
        b"</Code>"
        b'<Code guid="11111111-0000-4000-8000-000000000004" name="Kendala" isCodable="true" '
        b'color="#CC3333"/></Codes>'
        b'<Sets><Set name="indikator"><MemberCode guid="11111111-0000-4000-8000-000000000002"/>'
        b"</Set></Sets></CodeBook>"
    )


SEEDS: dict[str, Callable[[], bytes]] = {"docx": seed_docx, "qdpx": seed_qdpx, "qdc": seed_qdc}
