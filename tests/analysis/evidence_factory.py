"""Build Evidence records for analysis tests with only the fields a test cares about."""

from __future__ import annotations

from itertools import count

from app.analysis.evidence import Evidence

_ids = count(1)
INFORMANT_TYPES = {"I1": "kunci", "I2": "utama", "I3": "utama", "I4": "pendukung"}


def evidence(
    *,
    code_id: int = 1,
    informant: str | None = "I1",
    kind: str = "interview",
    start: int = 0,
    end: int = 10,
    valence: str | None = None,
    coder: str = "Annisa",
    source_id: int | None = None,
    turn: int | None = 1,
    review_status: str = "pending",
    paraphrase: str = "",
) -> Evidence:
    number = int(informant[1:]) if informant else {"observation": 90, "documentation": 91}[kind]
    return Evidence(
        id=next(_ids), source_id=source_id if source_id is not None else number,
        source=f"S{number}", source_kind=kind,
        informant_id=number if informant else None, informant=informant,
        informant_type=INFORMANT_TYPES.get(informant or ""),
        informant_role="role", code_id=code_id, code=f"C{code_id}", code_group="indicator",
        coder=coder, start=start, end=end, text="x" * (end - start), valence=valence,
        paraphrase=paraphrase, review_status=review_status, turn=turn,
    )
