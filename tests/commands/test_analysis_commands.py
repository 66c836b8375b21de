"""telaah matrix / cooccurrence / conclusions / report on the demo, outputs re-read."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

from docx import Document

from app.cli import main


def _run(capsys, *arguments: object) -> tuple[int, str, str]:  # type: ignore[no-untyped-def]
    code = main(["--lang", "id", *map(str, arguments)])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _passages(segments: list[dict]) -> list[dict]:  # type: ignore[type-arg]
    """Overlapping segments of a code in a source, whoever coded them, as one passage."""
    passages: list[dict] = []  # type: ignore[type-arg]
    for s in sorted(segments, key=lambda s: (s["source"], s["code"], s["start"])):
        last = passages[-1] if passages else None
        if last and (last["source"], last["code"]) == (s["source"], s["code"]) \
                and s["start"] < last["end"]:
            last["end"] = max(last["end"], s["end"])
        else:
            passages.append(dict(s))
    return passages


def test_matrix_json_counts_each_passage_once(demo_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = _run(capsys, "matrix", demo_path, "--json")
    matrix = json.loads(out)
    segments = json.loads(_run(capsys, "segments", demo_path, "--json")[1])
    passages = _passages(segments)
    assert len(passages) == 353 < len(segments) == 429
    expected = Counter((s["code"], s["informant"]) for s in passages if s["informant"])
    assert code == 0 and [c["id"] for c in matrix["columns"]][0] == "I1"
    for code_path, cells in matrix["counts"].items():
        for informant, count in cells.items():
            assert count == expected[(code_path, informant)]
            assert len(matrix["segments"][code_path][informant]) == count


def test_matrix_and_cooccurrence_files(demo_path: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    for suffix in (".docx", ".xlsx", ".csv"):
        target = tmp_path / f"matriks{suffix}"
        assert _run(capsys, "matrix", demo_path, "--value", "share", "-o", target)[0] == 0
        assert target.stat().st_size > 0
    assert "Kinerja/Kualitas" in (tmp_path / "matriks.csv").read_text(encoding="utf-8-sig")
    code, _out, err = _run(capsys, "matrix", demo_path, "-o", tmp_path / "matriks.pdf")
    assert code == 2 and "matriks.pdf" in err
    code, out, _ = _run(capsys, "cooccurrence", demo_path, "--mode", "turn", "--json")
    assert code == 0 and json.loads(out)["codes"]


def test_conclusions_reach_the_studys_findings(demo_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    rows = json.loads(_run(capsys, "conclusions", demo_path, "--json")[1])
    suggested = {row["code"]: row["suggested"] for row in rows}
    assert suggested["Kinerja/Kualitas"] == "belum maksimal"
    assert suggested["Kinerja/Pengawasan"] == "cukup baik"
    assert all("warnings" in row["checks"] for row in rows)


def test_report_is_a_real_word_chapter(demo_path: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "bab4.docx"
    assert _run(capsys, "report", demo_path, "-o", target)[0] == 0
    document = Document(str(target))
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert "Kinerja menurut indikator" in headings and "Hambatan" in headings
    assert "Upaya mengatasi hambatan" in headings and "Kualitas" in headings
    quotes = [p for p in document.paragraphs if p.style.name == "Quote"]
    assert quotes and all(p.text.startswith("“") for p in quotes)
    citations = [p.text for p in document.paragraphs if p.text.startswith("(Informan ")]
    assert any("giliran" in c for c in citations)
    # No verdict written yet: the suggestion is shown as a suggestion, with its rule in
    # Indonesian, never as a bold verdict.
    assert not any(p.text.startswith("Penilaian") for p in document.paragraphs)
    assert any(p.text.startswith("Belum ada penilaian analis. Saran Telaah dari data, bukan "
                                 "penilaian: belum maksimal (aturan kinerja: skor bersih")
               for p in document.paragraphs)
    rules = [p.text for p in document.paragraphs if "skor bersih" in p.text]
    assert rules and all(re.search(r"skor bersih [+\u2212]?\d,\d\d", text) for text in rules)
    assert any("aturan konfirmasi: dikonfirmasi" in p.text for p in document.paragraphs)
    assert any("aturan pelaksanaan:" in p.text for p in document.paragraphs)
    assert document.tables and document.tables[0].style.name == "Light Grid Accent 1"


def test_the_report_is_indonesian_unless_asked_for_english(demo_path: Path, tmp_path: Path,
                                                           capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.delenv("TELAAH_LANG", raising=False)
    monkeypatch.setenv("LANG", "en_US.UTF-8")  # an English system: messages, not documents
    default, english = tmp_path / "bab4.docx", tmp_path / "chapter.docx"
    # main() itself, without the "--lang id" that _run adds: the default is what is tested.
    assert main(["report", str(demo_path), "-o", str(default)]) == 0
    assert main(["--lang", "en", "report", str(demo_path), "-o", str(english)]) == 0
    assert "Written to" in capsys.readouterr().out  # messages follow the English system
    assert Document(str(default)).paragraphs[0].text == "Hasil Penelitian dan Pembahasan (draf)"
    assert Document(str(english)).paragraphs[0].text == "Results and Discussion (draft)"


def test_conclusions_state_each_groups_rule_in_the_message_language(demo_path: Path,
                                                                    capsys) -> None:  # type: ignore[no-untyped-def]
    rows = json.loads(_run(capsys, "--lang", "id", "conclusions", demo_path, "--group",
                           "obstacle", "--json")[1])
    assert {row["suggested"] for row in rows} == {"terkonfirmasi kuat"}
    assert all(row["rule"].startswith("aturan konfirmasi: dikonfirmasi") for row in rows)
    assert rows[0]["scale"] == ["terkonfirmasi kuat", "terkonfirmasi sebagian", "satu suara",
                                "tidak terkonfirmasi"]
    code, out, _ = _run(capsys, "--lang", "en", "conclusions", demo_path, "--group", "effort")
    assert code == 0
    assert "Upaya/Pelatihan — verdict: -; Telaah suggests: terlaksana sebagian " \
           "(implementation rule: voices reporting it carried out: 4; denying it: 2)" in out
