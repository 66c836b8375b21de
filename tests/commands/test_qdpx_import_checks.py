"""``telaah qdpx import`` of files that once imported wrong data silently (issue 17)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from app.cli import main
from app.core.project import Project
from app.models import CodedSegment, Source
from tests.io.qdpx_builders import CODE_A, SOURCE, codebook_xml, project_xml, write_zip

TEXT = "Pewawancara: Bagaimana pelatihan?\nInforman 3: Pelatihan sudah dua kali.\n"
EMPTY = "A1B2C3D4-0000-4000-8000-0000000000F2"


def _selection(start: str, end: str) -> str:
    return (f'<PlainTextSelection guid="B1B2C3D4-0000-4000-8000-00000000{start[-4:]:0>4}" '
            f'name="s" startPosition="{start}" endPosition="{end}"><Coding '
            f'guid="C1B2C3D4-0000-4000-8000-00000000{start[-4:]:0>4}">'
            f'<CodeRef targetGUID="{CODE_A}"/>'
            "</Coding></PlainTextSelection>")


def _run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(["--lang", "en", *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_bare_text_paths_and_empty_sources_import_with_a_warning(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    body = (codebook_xml() + "<Sources>"
            f'<TextSource guid="{SOURCE}" name="board_2017" plainTextPath="board_2017.txt">'
            f"{_selection('0', '11')}</TextSource>"
            f'<TextSource guid="{EMPTY}" name="Catatan kosong" plainTextPath="internal://e.txt"/>'
            "</Sources>")
    archive = write_zip(tmp_path / "qc.qdpx", {
        "project.qde": project_xml(body), "sources/board_2017.txt": TEXT.encode(),
        "sources/e.txt": b" \r\n "})
    target = tmp_path / "p.telaah"

    code, out, err = _run(["qdpx", "import", str(archive), str(target)], capsys)

    assert code == 0, err
    assert "Warning: 1 source(s) have no text: Catatan kosong" in out
    project = Project.open(target)
    try:
        with project.reading() as session:
            texts = dict(session.execute(select(Source.title, Source.text)).all())
            segment_text = session.scalar(select(CodedSegment.text))
    finally:
        project.close()
    assert texts == {"board_2017": TEXT, "Catatan kosong": " \n "}
    assert segment_text == "Pewawancara"


@pytest.mark.parametrize("selection, words", [
    (_selection("0x10", "20"), "1 not a number"),
    (_selection("20", "10"), "1 with the start after the end"),
])
def test_unusable_positions_are_refused_in_one_line_and_no_project_is_left(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], selection: str, words: str
) -> None:
    body = (codebook_xml() + f'<Sources><TextSource guid="{SOURCE}" name="I1" '
            f'plainTextPath="internal://{SOURCE}.txt">{selection}</TextSource></Sources>')
    archive = write_zip(tmp_path / "bad.qdpx", {
        "project.qde": project_xml(body), f"sources/{SOURCE}.txt": TEXT.encode()})
    target = tmp_path / "p.telaah"

    code, _out, err = _run(["qdpx", "import", str(archive), str(target)], capsys)

    assert code == 2 and words in err and len(err.strip().splitlines()) == 1
    assert sorted(path.name for path in tmp_path.iterdir()) == ["bad.qdpx"]


def test_a_guid_given_to_a_category_and_its_child_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shared = "D1B2C3D4-0000-4000-8000-000000000001"
    body = (f'<CodeBook><Codes><Code guid="{shared}" name="Upaya" isCodable="false">'
            f'<Code guid="{shared}" name="Pelatihan" isCodable="true"/></Code></Codes></CodeBook>')
    archive = write_zip(tmp_path / "dup.qdpx", {"project.qde": project_xml(body)})

    code, _out, err = _run(["qdpx", "import", str(archive), str(tmp_path / "p.telaah")], capsys)

    assert code == 2 and shared.lower() in err and "'Upaya' and 'Pelatihan'" in err
    assert not (tmp_path / "p.telaah").exists()
