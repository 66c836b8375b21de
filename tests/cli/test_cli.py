"""The telaah command, run in-process on real project files (and once as a real process)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import main


def run(capsys: pytest.CaptureFixture[str], *arguments: object) -> tuple[int, str, str]:
    code = main(["--lang", "en", *map(str, arguments)])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def assert_user_error(result: tuple[int, str, str], *needles: str) -> None:
    code, _out, err = result
    assert code == 2
    assert len(err.strip().splitlines()) == 1, err
    assert "Traceback" not in err
    for needle in needles:
        assert needle in err, err


def test_new_starts_from_the_kasmir_codebook(tmp_path: Path, capsys) -> None:
    project = tmp_path / "tesis.telaah"
    code, out, _ = run(capsys, "new", project)
    assert code == 0 and "tesis.telaah" in out
    code, out, _ = run(capsys, "info", project, "--json")
    codes = json.loads(out)["codes"]
    assert {c["group"] for c in codes} == {"indicator", "obstacle", "effort"}
    assert "Kinerja/Kualitas" in {c["path"] for c in codes}


def test_new_without_codebook_and_with_a_bad_one(tmp_path: Path, capsys) -> None:
    empty = tmp_path / "kosong.telaah"
    assert run(capsys, "new", empty, "--codebook", "none")[0] == 0
    assert json.loads(run(capsys, "info", empty, "--json")[1])["codes"] == []
    bad = tmp_path / "rusak.qdc"
    bad.write_text("<CodeBook>")
    target = tmp_path / "baru.telaah"
    assert_user_error(run(capsys, "new", target, "--codebook", bad), "rusak.qdc")
    assert not target.exists()
    assert_user_error(run(capsys, "new", empty), "kosong.telaah", "already exists")


def test_demo_and_info(tmp_path: Path, capsys) -> None:
    project = tmp_path / "demo.telaah"
    code, out, _ = run(capsys, "demo", project)
    assert code == 0 and "11 sources" in out
    info = json.loads(run(capsys, "info", project, "--json")[1])
    assert {"sources", "informants", "codes", "coders"} <= set(info)
    interviews = [s for s in info["sources"] if s["kind"] == "interview"]
    assert len(interviews) == 6 and all(s["informant"] and s["words"] > 1000 for s in interviews)
    assert {i["id"]: i["type"] for i in info["informants"]}["I1"] == "kunci"
    assert all({"id", "role", "type"} <= set(i) for i in info["informants"])
    coders = {c["name"]: c["segments"] for c in info["coders"]}
    assert coders["Annisa"] >= 150 and coders["Bima"] > 0
    code, out, _ = run(capsys, "info", project)
    assert code == 0 and "I1_kepala_dinas" in out


def test_segments_json_and_filters(demo_path: Path, capsys) -> None:
    code, out, _ = run(capsys, "segments", demo_path, "--code", "Kinerja/Waktu",
                       "--informant", "I1", "--coder", "Annisa", "--json")
    rows = json.loads(out)
    assert code == 0 and rows
    for row in rows:
        assert {"id", "source", "informant", "code", "coder", "start", "end", "text"} <= set(row)
        assert (row["code"], row["informant"], row["coder"]) == ("Kinerja/Waktu", "I1", "Annisa")
    everything = json.loads(run(capsys, "segments", demo_path, "--json")[1])
    assert len(everything) > len(rows)
    assert_user_error(run(capsys, "segments", demo_path, "--code", "Tidak Ada Kode", "--json"),
                      "Tidak Ada Kode")


def test_code_stores_a_segment_by_bare_name(demo_path: Path, capsys) -> None:
    code, out, _ = run(capsys, "code", demo_path, "--source", "I5_pemilik_umkm_keripik",
                       "--start", 0, "--end", 30, "--code", "Pelatihan", "--coder", "Citra",
                       "--valence", "negative")
    assert code == 0 and "stored" in out
    [row] = json.loads(run(capsys, "segments", demo_path, "--coder", "Citra", "--json")[1])
    assert (row["start"], row["end"], row["code"]) == (0, 30, "Upaya/Pelatihan")
    assert row["text"] == row["text"][:30] and len(row["text"]) == 30


@pytest.mark.parametrize(
    ("arguments", "needles"),
    [
        (["--source", "Tidak Ada", "--start", 0, "--end", 5, "--code", "Kualitas"],
         ["Tidak Ada"]),
        (["--source", "I1_kepala_dinas", "--start", 0, "--end", 10**7, "--code", "Waktu"],
         ["I1_kepala_dinas", "10000000"]),
        (["--source", "I1_kepala_dinas", "--start", 0, "--end", 5, "--code", "Kinerja"],
         ["Kinerja", "category"]),
        (["--source", "I1_kepala_dinas", "--start", 0, "--end", 5, "--code", "Upaya/Mutu"],
         ["Upaya/Mutu"]),
    ],
)
def test_code_user_errors(demo_path: Path, capsys, arguments: list, needles: list) -> None:
    before = json.loads(run(capsys, "segments", demo_path, "--json")[1])
    assert_user_error(run(capsys, "code", demo_path, *arguments, "--coder", "X"), *needles)
    assert json.loads(run(capsys, "segments", demo_path, "--json")[1]) == before


def test_ambiguous_bare_name_lists_candidates(demo_path: Path, tmp_path: Path, capsys) -> None:
    codebook = tmp_path / "dua.qdc"
    codebook.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n'
        '<CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="test"><Codes>'
        '<Code guid="11111111-1111-4111-8111-111111111111" name="A" isCodable="false">'
        '<Code guid="22222222-2222-4222-8222-222222222222" name="Mutu" isCodable="true"/></Code>'
        '<Code guid="33333333-3333-4333-8333-333333333333" name="B" isCodable="false">'
        '<Code guid="44444444-4444-4444-8444-444444444444" name="Mutu" isCodable="true"/></Code>'
        "</Codes></CodeBook>\n",
        encoding="utf-8",
    )
    project = tmp_path / "dua.telaah"
    assert run(capsys, "new", project, "--codebook", codebook)[0] == 0
    source = tmp_path / "catatan.txt"
    source.write_text("Catatan singkat tentang mutu layanan.\n", encoding="utf-8")
    assert run(capsys, "import", project, source, "--kind", "observation")[0] == 0
    assert_user_error(
        run(capsys, "code", project, "--source", "catatan", "--start", 0, "--end", 7,
            "--code", "Mutu", "--coder", "X"),
        "A/Mutu", "B/Mutu",
    )
    assert run(capsys, "code", project, "--source", "catatan", "--start", 0, "--end", 7,
               "--code", "B/Mutu", "--coder", "X")[0] == 0


def test_import_good_and_bad_files(tmp_path: Path, capsys) -> None:
    project = tmp_path / "p.telaah"
    run(capsys, "new", project)
    table = tmp_path / "informan.csv"
    table.write_text("id,pseudonym,role,type\nI7,Dewi,Staf,utama\n", encoding="utf-8")
    assert run(capsys, "informants", project, "--import", table)[0] == 0
    good = tmp_path / "I7.txt"
    good.write_text("P: Apa kabar?\nI: Baik.\n", encoding="utf-8")
    binary = tmp_path / "data.txt"
    binary.write_bytes(bytes(range(256)) * 20)
    assert_user_error(run(capsys, "import", project, good, binary), "data.txt")
    assert json.loads(run(capsys, "info", project, "--json")[1])["sources"] == []
    assert_user_error(run(capsys, "import", project, good, "--informant", "I9"), "I9")
    code, out, _ = run(capsys, "import", project, good, "--informant", "I7")
    assert code == 0 and "1 source" in out
    [source] = json.loads(run(capsys, "info", project, "--json")[1])["sources"]
    assert (source["title"], source["informant"]) == ("I7", "I7")


def test_missing_and_foreign_projects(tmp_path: Path, capsys) -> None:
    assert_user_error(run(capsys, "info", tmp_path / "none.telaah"), "none.telaah")
    foreign = tmp_path / "foto.telaah"
    foreign.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 100)
    assert_user_error(run(capsys, "info", foreign), "foto.telaah")


def test_messages_are_translated(tmp_path: Path, capsys) -> None:
    code = main(["--lang", "id", "info", str(tmp_path / "none.telaah")])
    err = capsys.readouterr().err
    english = main(["--lang", "en", "info", str(tmp_path / "none.telaah")])
    assert code == english == 2
    assert err != capsys.readouterr().err
    assert "none.telaah" in err


def test_python_dash_m_app_is_the_same_command(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "app", "--lang", "en", "info", str(tmp_path / "x.telaah")],
        capture_output=True, text=True,
    )
    assert result.returncode == 2
    assert "x.telaah" in result.stderr and "Traceback" not in result.stderr


def test_a_reader_that_stops_early_gets_no_traceback(demo_path: Path) -> None:
    """``telaah segments x --json | head -1``: the output is larger than a pipe holds, so
    the command is still writing when the reader closes its end."""
    command = subprocess.Popen(
        [sys.executable, "-m", "app", "--lang", "en", "segments", str(demo_path), "--json"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )
    assert command.stdout is not None and command.stderr is not None
    assert command.stdout.readline() == b"[\n"
    command.stdout.close()
    errors = command.stderr.read().decode()
    command.stderr.close()
    assert command.wait(timeout=60) == 141  # as a shell reports SIGPIPE
    assert errors == ""


def test_a_reader_gone_before_the_last_flush(demo_path: Path) -> None:
    """``telaah info x | head -0``: short output is written only at the end."""
    command = subprocess.Popen(
        [sys.executable, "-m", "app", "--lang", "en", "info", str(demo_path)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )
    assert command.stdout is not None
    command.stdout.close()
    _out, errors = command.communicate(timeout=60)
    assert command.returncode in (0, 141)
    assert errors == b""


def test_copy_to_postgres_and_back(demo_path: Path, postgres_url: str, tmp_path: Path,
                                   capsys) -> None:
    from sqlalchemy.engine import make_url

    password = make_url(postgres_url).password
    code, out, err = run(capsys, "copy", demo_path, postgres_url)
    assert code == 0, err
    assert password not in out and "***" in out
    info = json.loads(run(capsys, "info", postgres_url, "--json")[1])
    assert len(info["sources"]) == 11
    back = tmp_path / "kembali.telaah"
    assert run(capsys, "copy", postgres_url, back)[0] == 0
    original = json.loads(run(capsys, "segments", demo_path, "--json")[1])
    assert json.loads(run(capsys, "segments", back, "--json")[1]) == original
    assert_user_error(run(capsys, "copy", demo_path, postgres_url), "***")
