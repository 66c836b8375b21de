"""telaah coders / telaah review on the demo study, re-reading the Word summary."""

from __future__ import annotations

import json
from pathlib import Path

from docx import Document

from app.cli import main


def _run(capsys, *arguments: object) -> tuple[int, str, str]:  # type: ignore[no-untyped-def]
    code = main(["--lang", "en", *map(str, arguments)])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_supervisor_workflow(demo_path: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert _run(capsys, "coders", demo_path, "--add", "Dr. Sari", "--role", "supervisor")[0] == 0
    listed = json.loads(_run(capsys, "coders", demo_path, "--json")[1])
    roles = {r["name"]: r["role"] for r in listed}
    assert roles == {"Annisa": "coder", "Bima": "coder", "Dr. Sari": "supervisor"}
    queue = json.loads(_run(capsys, "review", demo_path, "--as", "Dr. Sari", "--json")[1])
    assert len(queue) == 429 and {row["status"] for row in queue} == {"pending"}
    first, second = queue[0]["id"], queue[1]["id"]
    code, _out, err = _run(capsys, "review", demo_path, "--as", "Bima", "--segment", first,
                           "--verdict", "accepted")
    assert code == 2 and "Bima" in err and "supervisor" in err
    code, _out, err = _run(capsys, "review", demo_path, "--as", "Dr. Sari", "--segment", first,
                           "--verdict", "rejected")
    assert code == 2 and "comment" in err
    assert _run(capsys, "review", demo_path, "--as", "Dr. Sari", "--segment", first,
                "--verdict", "rejected", "--comment", "Bukan indikator ini.")[0] == 0
    assert _run(capsys, "review", demo_path, "--as", "Dr. Sari", "--segment", second,
                "--verdict", "accepted")[0] == 0
    summary = tmp_path / "ringkasan.docx"
    code, out, _ = _run(capsys, "review", demo_path, "--as", "Dr. Sari", "--summary", summary,
                        "--json")
    assert code == 0 and len(json.loads(out[out.index("["):])) == 427
    document = Document(str(summary))
    table = document.tables[0]
    header = [cell.text for cell in table.rows[0].cells]
    assert header[:4] == ["Code", "Accepted", "Needs revision", "Rejected"]
    totals = sum(int(row.cells[-1].text) for row in table.rows[1:])
    assert totals == 429
    text = "\n".join([paragraph.text for paragraph in document.paragraphs]
                     + [cell.text for table in document.tables for row in table.rows
                        for cell in row.cells])
    assert "Bukan indikator ini." in text and "Dr. Sari" in text


def test_review_as_alone_prints_the_queue(demo_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    _run(capsys, "coders", demo_path, "--add", "Dr. Sari", "--role", "supervisor")
    code, out, _err = _run(capsys, "review", demo_path, "--as", "Dr. Sari")
    lines = out.splitlines()
    assert code == 0 and lines[0] == "429 segments to review."
    assert len(lines) == 430 and "turn" in lines[1] and "Pending" in lines[1]
    assert "[" not in lines[1]  # words, not offsets


def test_segments_filter_by_review_status(demo_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    _run(capsys, "coders", demo_path, "--add", "Dr. Sari", "--role", "supervisor")
    first = json.loads(_run(capsys, "segments", demo_path, "--json")[1])[0]
    _run(capsys, "review", demo_path, "--as", "Dr. Sari", "--segment", first["id"],
         "--verdict", "needs_revision", "--comment", "Perpendek.")
    rows = json.loads(_run(capsys, "segments", demo_path, "--status", "needs_revision",
                           "--json")[1])
    assert [(r["id"], r["status"]) for r in rows] == [(first["id"], "needs_revision")]
    pending = json.loads(_run(capsys, "segments", demo_path, "--status", "pending", "--json")[1])
    assert len(pending) == 428
