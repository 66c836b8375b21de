"""telaah agreement: bands with sources in --json, the export for the appendix."""

from __future__ import annotations

import json
from pathlib import Path

from docx import Document

from app.cli import main


def _run(capsys, *arguments: object) -> tuple[int, str, str]:  # type: ignore[no-untyped-def]
    code = main(["--lang", "en", *map(str, arguments)])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_json_carries_bands_sources_and_the_disagreement_count(
        demo_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    code, out, _err = _run(capsys, "agreement", demo_path, "--coders", "Annisa", "Bima",
                           "--unit", "character", "--json")
    data = json.loads(out)
    assert code == 0
    statistics = data["tables"][0]["overall"]["statistics"]
    kappa, alpha = statistics["cohen_kappa"], statistics["krippendorff_alpha"]
    assert kappa["interpretation"]["source"] == "Landis & Koch 1977"
    assert kappa["interpretation"]["band"] in {"slight", "fair", "moderate", "substantial",
                                               "almost_perfect", "poor"}
    assert alpha["interpretation"]["source"] == "Krippendorff 2004"
    assert "0.667" in alpha["interpretation"]["reference"]
    assert statistics["percent_agreement"]["interpretation"] is None
    assert "neither coder coded" in data["interpretation"]["note"]
    total = len(data["disagreements"])
    assert data["disagreement_count"] == {"total": total, "resolved": 0, "open": total}


def test_indonesian_text_names_the_bands_in_indonesian(demo_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    code = main(["--lang", "id", "agreement", str(demo_path), "--coders", "Annisa", "Bima",
                 "--unit", "character"])
    out = capsys.readouterr().out
    assert code == 0 and "Landis & Koch 1977" in out
    assert "How to read" not in out and "neither coder coded" not in out


def test_export_to_word_from_the_command_line(demo_path: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "kesepakatan.docx"
    code, out, _err = _run(capsys, "agreement", demo_path, "--coders", "Annisa", "Bima",
                           "--export", target)
    assert code == 0 and str(target) in out
    text = "\n".join(p.text for p in Document(str(target)).paragraphs)
    assert "Unit: segment" in text and "Landis, J. R., & Koch, G. G. (1977)" in text
