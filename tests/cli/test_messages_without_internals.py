"""Messages say what is wrong in the user's language; a library's own words ("BadZipFile:
File is not a zip file", "not an SQLite database") appear only with --verbose."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from app.cli import main
from app.errors import CorruptDocument, FileWriteDenied, NotAProject

# Words that only a library or the operating system would put in a message.
LIBRARY_WORDS = ("BadZipFile", "zip file", "Error", "SQLite", "sqlite3", "database",
                 "not a", "No such", "Permission", "sqlalche", "Traceback", "unterminated",
                 "missing ), unterminated", "telaah new")


def _run(capsys: pytest.CaptureFixture[str], *arguments: str) -> tuple[int, list[str]]:
    code = main(list(arguments))
    return code, capsys.readouterr().err.strip().splitlines()


def _corrupt_docx(folder: Path) -> Path:
    path = folder / "wawancara_rusak.docx"
    path.write_bytes(b"PK\x03\x04" + bytes(range(256)) * 4)
    return path


@pytest.fixture()
def project(tmp_path: Path) -> Path:
    path = tmp_path / "studi.telaah"
    assert main(["new", str(path), "--codebook", "none"]) == 0
    return path


def _plain_file(tmp_path: Path) -> Path:
    path = tmp_path / "catatan.telaah"
    path.write_text("Ini catatan biasa, bukan proyek.\n", encoding="utf-8")
    return path


def _foreign_database(tmp_path: Path) -> Path:
    path = tmp_path / "lain.telaah"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE catatan (isi TEXT)")
    connection.commit()
    connection.close()
    return path


def _damaged_database(tmp_path: Path) -> Path:
    path = tmp_path / "rusak.telaah"
    path.write_bytes(b"SQLite format 3\x00" + b"\x13" * 2000)
    return path


CASES = {
    "corrupt docx": (lambda tmp, project: ["import", str(project), str(_corrupt_docx(tmp))],
                     "BadZipFile"),
    "plain text as project": (lambda tmp, project: ["info", str(_plain_file(tmp))],
                              "not an SQLite database"),
    "foreign SQLite file": (lambda tmp, project: ["info", str(_foreign_database(tmp))],
                            "no Telaah schema version"),
    "damaged SQLite file": (lambda tmp, project: ["info", str(_damaged_database(tmp))],
                            "file is not a database"),
    "bad regular expression": (lambda tmp, project: ["search", str(project), "(kinerja", "--regex"],
                               "missing ), unterminated subpattern"),
}


@pytest.mark.parametrize("case", CASES, ids=list(CASES))
def test_indonesian_messages_carry_no_library_text(
    case: str, project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    build, technical = CASES[case]
    arguments = build(tmp_path, project)
    code, lines = _run(capsys, "--lang", "id", *arguments)
    assert code == 2 and len(lines) == 1
    message = lines[0].split(": ", 2)[-1]  # after "telaah: galat: "
    assert lines[0].startswith("telaah: galat: ")
    assert not [word for word in LIBRARY_WORDS if word in message], message

    code, lines = _run(capsys, "--lang", "id", "--verbose", *arguments)
    assert code == 2 and len(lines) == 2, lines
    assert not [word for word in LIBRARY_WORDS if word in lines[0]], lines[0]
    assert technical in lines[1]

    code, english = _run(capsys, "--lang", "en", *arguments)
    assert english[0].split(": ", 2)[-1] != message  # the message was translated


def test_english_messages_name_the_problem_without_the_library_words(
    project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, lines = _run(capsys, "--lang", "en", "import", str(project), str(_corrupt_docx(tmp_path)))
    assert code == 2
    assert lines == [f"telaah: error: {tmp_path / 'wawancara_rusak.docx'}: the Word document is "
                     "damaged or not a .docx file; open it in Word, save it as .docx and import it "
                     "again."]


@pytest.mark.parametrize(("language", "expected"), [
    ("en", "the folder does not exist"),
    ("id", "folder itu tidak ada"),
])
def test_new_in_a_missing_folder_says_the_folder_is_missing(
    language: str, expected: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "belum-ada" / "studi.telaah"
    code, lines = _run(capsys, "--lang", language, "new", str(target))
    assert code == 2 and len(lines) == 1
    assert str(tmp_path / "belum-ada") in lines[0] and expected in lines[0]
    assert "telaah new" not in lines[0]
    assert not target.parent.exists()


def test_the_technical_detail_names_the_cause_once() -> None:
    try:
        try:
            raise ValueError("File is not a zip file")
        except ValueError as cause:
            raise CorruptDocument(path="a.docx", detail="File is not a zip file") from cause
    except CorruptDocument as error:
        assert error.technical_detail() == "File is not a zip file"
        assert "zip" not in error.message()
    assert NotAProject(path="x", detail="not an SQLite database").technical_detail() == (
        "not an SQLite database")
    assert FileWriteDenied(path="x").technical_detail() == ""


def test_writing_into_a_missing_folder_names_the_folder(
    project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "tidak-ada" / "kutipan.docx"
    code, lines = _run(capsys, "--lang", "id", "excerpts", str(project), "-o", str(target))
    assert code == 2 and len(lines) == 1, lines
    assert str(tmp_path / "tidak-ada") in lines[0] and "No such" not in lines[0]


def test_a_phrase_the_message_shows_is_translated_with_it(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, lines = _run(capsys, "--lang", "id", "search", str(project), "   ")
    assert code == 2
    assert "isinya kosong" in lines[0] and "it is empty" not in lines[0]
    code, lines = _run(capsys, "--lang", "en", "search", str(project), "   ")
    assert "it is empty" in lines[0]


def test_an_error_inside_another_is_said_in_the_same_language(
    project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from app.errors import InvalidTable, NotFound
    from app.i18n import translator_for

    nested = InvalidTable(path="koding.csv", row=3, detail=NotFound(kind="source", key="lain"))
    indonesian = nested.message(translator_for("id"))
    assert indonesian.startswith("koding.csv, baris 3: ") and "lain" in indonesian
    assert "No source" not in indonesian and "in this project" not in indonesian

    table = tmp_path / "informan.csv"
    table.write_text("id,pseudonym,role,type\nI1,A,r,kunci\nI1,B,r,utama\n", encoding="utf-8")
    code, lines = _run(capsys, "--lang", "id", "informants", str(project), "--import", str(table))
    assert code == 2 and "ID I1 muncul dua kali" in lines[0]


def test_the_technical_detail_is_kept_in_the_log_file(
    project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from app.error_log import log_path

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    code, lines = _run(capsys, "--lang", "id", "import", str(project),
                       str(_corrupt_docx(tmp_path)))
    assert code == 2 and len(lines) == 1 and "BadZipFile" not in lines[0]
    logged = log_path().read_text(encoding="utf-8").splitlines()
    assert len(logged) == 1
    assert "CorruptDocument" in logged[0] and "BadZipFile: File is not a zip file" in logged[0]
    assert "wawancara_rusak.docx" in logged[0]
    assert log_path().stat().st_mode & 0o777 == 0o600
    # An error with nothing technical to add leaves no line.
    code, _lines = _run(capsys, "new", str(project))
    assert code == 2 and len(log_path().read_text(encoding="utf-8").splitlines()) == 1
