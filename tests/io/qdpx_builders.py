"""Build small .qdpx archives for tests: a project.qde written as text plus source files."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Mapping
from pathlib import Path

NS = "urn:QDA-XML:project:1.0"
DATA = Path(__file__).resolve().parents[1] / "data" / "refi-qda"
SAMPLES = sorted(DATA.glob("*.qdpx"))
CODE_A = "A1B2C3D4-0000-4000-8000-000000000001"
CODE_B = "A1B2C3D4-0000-4000-8000-000000000002"
USER = "A1B2C3D4-0000-4000-8000-0000000000AA"
SOURCE = "A1B2C3D4-0000-4000-8000-0000000000F1"


def zip_bytes(members: Mapping[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def write_zip(path: Path, members: Mapping[str, bytes]) -> Path:
    path.write_bytes(zip_bytes(members))
    return path


def project_xml(body: str, *, origin: str = "Test 1.0", namespace: str = NS) -> bytes:
    xmlns = f' xmlns="{namespace}"' if namespace else ""
    return (
        f'<?xml version="1.0" encoding="utf-8"?>\n<Project{xmlns} name="Test" origin="{origin}">'
        f'<Users><User guid="{USER}" name="Ana"/></Users>'
        f"{body}</Project>"
    ).encode()


def codebook_xml(*, codable_b: bool = True) -> str:
    return (
        f'<CodeBook><Codes><Code guid="{CODE_A}" name="Alpha" isCodable="true">'
        f'<Code guid="{CODE_B}" name="Beta" isCodable="{str(codable_b).lower()}"/></Code>'
        "</Codes></CodeBook>"
    )


def text_source_xml(selections: list[tuple[int, int, str, str]], *, guid: str = SOURCE,
                    name: str = "Interview", path: str | None = None) -> str:
    """``selections`` are (start, end, name, code guid)."""
    text_path = path or f"internal://{guid}.txt"
    parts = [f'<TextSource guid="{guid}" name="{name}" plainTextPath="{text_path}">']
    for number, (start, end, selection_name, code) in enumerate(selections):
        selection_guid = f"B1B2C3D4-0000-4000-8000-{number:012d}"
        parts.append(
            f'<PlainTextSelection guid="{selection_guid}" name="{selection_name}" '
            f'startPosition="{start}" endPosition="{end}" creatingUser="{USER}">'
            f'<Coding guid="C1B2C3D4-0000-4000-8000-{number:012d}" creatingUser="{USER}">'
            f'<CodeRef targetGUID="{code}"/></Coding></PlainTextSelection>'
        )
    parts.append("</TextSource>")
    return "".join(parts)
