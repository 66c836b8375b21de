"""A bounded mutation fuzz of the importers (issue 17, "Done when").

About 100 mutants each of a .docx, a .qdpx and a .qdc, derived with a fixed seed, are
imported through the command line, each with a time limit (tests/fuzz_imports.py runs one
kind per subprocess; a case that takes longer than its limit fails, and a subprocess that
stops answering is killed by the timeout here). Every mutant must either be refused in one
line with the project unchanged, or be imported with exactly what the file says.
"""

from __future__ import annotations

import collections
import json
import os
import subprocess
import sys
from pathlib import Path

SEED = 17
MUTANTS = 100
KINDS = ("docx", "qdpx", "qdc")
WALL_SECONDS = 240  # for all three together; a case alone has tests.fuzz_imports.CASE_SECONDS
ROOT = Path(__file__).resolve().parents[1]


def test_mutated_imports_are_refused_in_one_line_or_imported_faithfully(tmp_path: Path) -> None:
    environment = {**os.environ, "XDG_CONFIG_HOME": str(tmp_path / "config"),
                   "XDG_DATA_HOME": str(tmp_path / "data"),
                   "TMPDIR": str(tmp_path)}
    workers = {
        kind: subprocess.Popen(
            [sys.executable, "-m", "tests.fuzz_imports", kind, str(SEED), str(MUTANTS)],
            cwd=ROOT, env=environment, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
            text=True,
        )
        for kind in KINDS
    }
    records: list[dict[str, object]] = []
    for kind, worker in workers.items():
        try:
            out, err = worker.communicate(timeout=WALL_SECONDS)
        except subprocess.TimeoutExpired:
            for other in workers.values():
                other.kill()
            raise AssertionError(f"the {kind} fuzz stopped answering") from None
        lines = [json.loads(line) for line in out.splitlines() if line.startswith("{")]
        assert worker.returncode == 0 and len(lines) == MUTANTS, (
            f"{kind}: {len(lines)} of {MUTANTS} cases answered; last: "
            f"{lines[-1] if lines else None}; {err[-2000:]}")
        records += lines

    failed = [record for record in records if record["outcome"] == "failed"]
    assert failed == [], "\n".join(
        f"{r['kind']} #{r['case']} ({r['sha1']}): {r['detail']}" for r in failed)
    counts = collections.Counter((r["kind"], r["outcome"]) for r in records)
    print("mutation fuzz:", dict(sorted(counts.items())))
    for kind in KINDS:  # both paths were taken, so both checks were exercised
        assert counts[(kind, "refused")] >= 10 and counts[(kind, "imported")] >= 10, counts
