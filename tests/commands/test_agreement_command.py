"""telaah agreement on the demo study: JSON, the readable table, errors and resolving."""

from __future__ import annotations

import json
import re
from pathlib import Path

from app.cli import main
from app.core.project import Project
from app.core.segments import list_segments


def _run(capsys, *arguments: object) -> tuple[int, str, str]:  # type: ignore[no-untyped-def]
    code = main(["--lang", "en", *map(str, arguments)])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _json(capsys, demo_path: Path, *options: object) -> dict:  # type: ignore[no-untyped-def]
    code, out, err = _run(capsys, "agreement", demo_path, "--coders", "Annisa", "Bima",
                          *options, "--json")
    assert code == 0, err
    return json.loads(out)


def test_json_states_unit_formula_and_counts(demo_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    data = _json(capsys, demo_path)
    assert data["unit"] == "segment" and data["overlap"] == 0.9
    assert data["sources_compared"] == ["I1_kepala_dinas", "I2_sekretaris", "I3_kepala_bidang"]
    (table,) = data["tables"]
    assert "90%" in table["description"]
    overall = table["overall"]
    statistics = overall["statistics"]
    assert set(statistics) == {"percent_agreement", "cohen_kappa", "brennan_prediger",
                               "krippendorff_alpha"}
    assert all(s["formula"] for s in statistics.values())
    assert 0 < statistics["percent_agreement"]["value"] < 1
    assert statistics["cohen_kappa"]["value"] is None and statistics["cohen_kappa"]["reason"]
    counts = overall["two_by_two"]
    assert counts["both"] + counts["second_only"] == overall["coded_by"]["Bima"] == 101
    assert sum(row["units"] for row in table["codes"]) == overall["units"]
    first = data["disagreements"][0]
    assert [v["coder"] for v in first["versions"]] == ["Annisa", "Bima"]
    assert first["key"] and first["source"] == "I1_kepala_dinas"


def test_character_unit_shows_uncoded_included_and_excluded(demo_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    data = _json(capsys, demo_path, "--unit", "character", "--code", "Kinerja")
    included, excluded = data["tables"]
    assert (included["uncoded"], excluded["uncoded"]) == ("included", "excluded")
    assert all(row["code"].startswith("Kinerja/") for row in included["codes"])
    kappa = included["overall"]["statistics"]["cohen_kappa"]["value"]
    assert 0 < kappa < 1
    assert excluded["overall"]["two_by_two"]["neither"] == 0
    assert excluded["overall"]["statistics"]["cohen_kappa"]["value"] is None


def test_presence_by_informant_and_all_sources(demo_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    data = _json(capsys, demo_path, "--unit", "presence", "--presence-by", "informant")
    assert data["tables"][0]["codes"][0]["units"] == 3
    everything = _json(capsys, demo_path, "--unit", "presence", "--all-sources")
    assert len(everything["sources_compared"]) == 11 and everything["sources_skipped"] == []


def test_readable_table(demo_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = _run(capsys, "agreement", demo_path, "--coders", "Annisa", "Bima",
                        "--unit", "character", "--disagreements")
    assert code == 0
    assert "Unit: character, uncoded text included" in out
    assert "Unit: character, uncoded text excluded" in out
    assert "Annisa only" in out and "Bima only" in out and "All codes" in out
    assert "Cohen's kappa: κ = (P_o − P_e) / (1 − P_e)" in out
    assert "Krippendorff's alpha: α = 1 − D_o/D_e" in out
    assert "Not reported (—):" in out and "—[a]" in out
    assert "Disagreements:" in out and "Bima: —" in out
    assert re.search(r"^\[\d+(\+\d+)*\] \S+, (turn|para\.) \d+ \(", out, re.MULTILINE)
    assert re.search(r"^    Annisa: [^#\[]+: “", out, re.MULTILINE)  # code and words
    assert "Cohen's kappa: 0." in out and "(Landis & Koch 1977)" in out
    assert "(Krippendorff 2004)" in out and "neither coder coded" in out


def test_user_errors_exit_2_without_traceback(demo_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    for arguments, expected in (
        (("--coders", "Annisa"), "two or more"),
        (("--coders", "Annisa", "Nobody"), "Nobody"),
        (("--coders", "Annisa", "Bima", "--overlap", "0"), "overlap"),
        (("--coders", "Annisa", "Bima", "--code", "No such"), "No such"),
        (("--coders", "Annisa", "Bima", "--resolve", "1+2"), "resolution"),
        (("--coders", "Annisa", "Bima", "--resolve", "1+2", "--resolution", "merge"),
         "disagreement"),
    ):
        code, _out, err = _run(capsys, "agreement", demo_path, *arguments)
        assert code == 2, arguments
        assert expected in err and "Traceback" not in err


def test_resolve_from_the_command_line(demo_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    data = _json(capsys, demo_path)
    row = next(d for d in data["disagreements"] if d["kind"] == "boundaries")
    code, out, err = _run(capsys, "agreement", demo_path, "--coders", "Annisa", "Bima",
                          "--resolve", row["key"], "--resolution", "accept",
                          "--accept", "Bima")
    assert code == 0, err
    assert "1 consensus segment written for Konsensus" in out
    bima = next(v for v in row["versions"] if v["coder"] == "Bima")
    with Project.open(demo_path) as project:
        consensus = [s for s in list_segments(project) if s.coder == "Konsensus"]
    assert [(s.start, s.end, s.code) for s in consensus] == [
        (bima["start"], bima["end"], bima["code"])]
    # The resolved row is still a disagreement between Annisa and Bima: their coding is kept.
    again = _json(capsys, demo_path)
    assert row["key"] in {d["key"] for d in again["disagreements"]}


def test_in_indonesian_units_formulas_and_notes_are_translated(demo_path: Path,
                                                               capsys) -> None:  # type: ignore[no-untyped-def]
    code = main(["--lang", "id", "agreement", str(demo_path), "--coders", "Annisa", "Bima"])
    out = capsys.readouterr().out
    assert code == 0
    assert "Unit: segmen." in out and "tumpang tindih sedikitnya 90%" in out
    assert "Semua kode: unit dari setiap kode digabung" in out
    assert "Tidak dilaporkan untuk unit ini" in out
    assert "Unit: segment." not in out and "Not reported" not in out
    all_codes = next(line for line in out.splitlines() if line.startswith("Semua kode "))
    assert re.search(r"\d+,\d%", all_codes) and "." not in all_codes  # 19,3%, −0,614
