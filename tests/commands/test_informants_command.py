"""telaah informants --add/--edit/--remove and telaah sources --link on a new project."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.cli import main


def _run(capsys, *arguments: object) -> tuple[int, str, str]:  # type: ignore[no-untyped-def]
    code = main(["--lang", "en", *map(str, arguments)])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def study(tmp_path: Path, capsys) -> Path:  # type: ignore[no-untyped-def]
    project = tmp_path / "studi.telaah"
    assert _run(capsys, "new", project, "--codebook", "none")[0] == 0
    for name in ("I7_wawancara", "catatan"):
        (tmp_path / f"{name}.txt").write_text("Pewawancara: Apa?\n\nInforman: Ya.\n", "utf-8")
    assert _run(capsys, "import", project, tmp_path / "I7_wawancara.txt",
                tmp_path / "catatan.txt")[0] == 0
    return project


def test_add_link_edit_and_remove_an_informant(  # type: ignore[no-untyped-def]
    study: Path, capsys,
) -> None:
    code, out, _ = _run(capsys, "informants", study, "--add", "I7", "--pseudonym", "Bu Sari",
                        "--role", "Guru", "--type", "kunci", "--real-name", "Sari Wulandari",
                        "--attribute", "usia=41")
    assert code == 0 and out.strip() == "Added informant I7."
    code, out, _ = _run(capsys, "sources", study, "--link", "I7_wawancara", "--informant", "I7")
    assert code == 0 and out.strip() == "Linked I7_wawancara to informant I7."
    listed = json.loads(_run(capsys, "informants", study, "--json")[1])
    assert listed == [{"id": "I7", "pseudonym": "Bu Sari", "role": "Guru", "type": "kunci",
                       "attributes": {"usia": 41}, "sources": 1}]
    sources = _run(capsys, "sources", study)[1].splitlines()
    assert sources == ["interview\tno informant linked\t4\tcatatan",
                       "interview\tI7\t4\tI7_wawancara"]
    assert _run(capsys, "informants", study, "--edit", "I7", "--role", "Kepala Sekolah")[0] == 0
    code, _, err = _run(capsys, "informants", study, "--remove", "I7")
    assert code == 2
    assert "1 source(s) are linked to informant 'I7'" in err and "--force" in err
    assert "I7" in _run(capsys, "informants", study)[1]
    code, out, _ = _run(capsys, "informants", study, "--remove", "I7", "--force")
    assert code == 0 and "1 source(s) now have no informant" in out
    assert json.loads(_run(capsys, "informants", study, "--json")[1]) == []
    assert json.loads(_run(capsys, "sources", study, "--json")[1])[1]["informant"] is None


def test_the_real_name_is_never_printed(  # type: ignore[no-untyped-def]
    study: Path, capsys,
) -> None:
    _run(capsys, "informants", study, "--add", "I7", "--real-name", "Sari Wulandari")
    for arguments in (("informants", study), ("informants", study, "--json"),
                      ("info", study), ("info", study, "--json")):
        assert "Wulandari" not in _run(capsys, *arguments)[1]


def test_bad_links_are_refused(  # type: ignore[no-untyped-def]
    study: Path, capsys,
) -> None:
    code, _, err = _run(capsys, "sources", study, "--link", "I7_wawancara", "--informant", "I9")
    assert code == 2 and "No informant 'I9'" in err
    code, _, err = _run(capsys, "sources", study, "--link", "nope", "--informant", "I9")
    assert code == 2 and "'nope'" in err
    with pytest.raises(SystemExit):
        main(["sources", str(study), "--link", "I7_wawancara"])
    with pytest.raises(SystemExit):
        main(["informants", str(study), "--add", "I8", "--type", "vip"])
