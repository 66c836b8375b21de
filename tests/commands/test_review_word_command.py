"""telaah review export / review import on the demo study; telaah review PROJECT --as NAME
keeps working beside them."""

from __future__ import annotations

import json
from pathlib import Path

from docx import Document

from app.cli import main
from tests.core.review_word_edits import WordEdits


def _run(capsys, *arguments: object) -> tuple[int, str, str]:  # type: ignore[no-untyped-def]
    code = main(["--lang", "en", *map(str, arguments)])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_export_reply_in_word_import(demo_path: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert _run(capsys, "coders", demo_path, "--add", "Dr. Sari", "--role", "supervisor")[0] == 0
    exported = tmp_path / "review.docx"
    code, out, err = _run(capsys, "review", "export", demo_path, "--as", "Dr. Sari", "-o",
                          exported, "--informant", "I4", "--code", "Kinerja/Waktu")
    assert code == 0, err
    assert "for review to" in out and exported.is_file()
    document = Document(str(exported))
    comments = list(document.comments)
    assert comments and all(c.paragraphs[0].text.startswith("§") for c in comments)
    assert all("Kinerja/Waktu" in c.paragraphs[0].text for c in comments)
    text = "\n".join(paragraph.text for paragraph in document.paragraphs)
    assert "Appendix: codebook" in text

    segment_id = int(comments[0].paragraphs[0].text[1:].split(" ")[0])
    edits = WordEdits(exported)
    edits.reply(segment_id, "Tolak: ini bukan soal waktu.")
    edits.comment_on_line("Tanggal:", "Perhatikan tanggalnya.")
    back = edits.save(tmp_path / "back.docx")

    code, out, err = _run(capsys, "review", "import", demo_path, back, "--as", "Dr. Sari")
    assert code == 0, err
    assert "Added 1 review comment(s) (1 with a verdict) and 0 suggestion(s)" in out
    assert "Could not place 1 comment(s):" in out and "Perhatikan tanggalnya." in out
    code, out, _err = _run(capsys, "review", "import", demo_path, back, "--as", "Dr. Sari",
                           "--json")
    assert code == 0 and json.loads(out)["comments"] == 0 and json.loads(out)["already"] == 1

    segments = json.loads(_run(capsys, "segments", demo_path, "--json")[1])
    assert next(s for s in segments if s["id"] == segment_id)["status"] == "rejected"
    # The old form of the command still means what it meant.
    code, out, _err = _run(capsys, "review", demo_path, "--as", "Dr. Sari", "--json")
    assert code == 0 and all(row["id"] != segment_id for row in json.loads(out))


def test_import_errors_are_one_line(demo_path: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    plain = tmp_path / "notes.docx"
    document = Document()
    document.add_paragraph("Catatan.")
    document.save(str(plain))
    code, _out, err = _run(capsys, "review", "import", demo_path, plain, "--as", "Annisa")
    assert code == 2 and "telaah review export" in err and "Traceback" not in err
    code, _out, err = _run(capsys, "review", "import", demo_path, tmp_path / "none.docx",
                           "--as", "Annisa")
    assert code == 2 and "none.docx" in err
