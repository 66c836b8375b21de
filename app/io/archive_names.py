"""Member names of zip archives (.docx, .qdpx) that could escape the archive are refused."""

from __future__ import annotations

import re
from pathlib import Path

from app.errors import UnsafeArchive

_DRIVE = re.compile(r"^[A-Za-z]:")


def check_member_name(name: str, path: Path | str) -> list[str]:
    """The parts of ``name`` split on / or \\; raises UnsafeArchive for an empty name, a
    NUL byte, an absolute path, a drive letter or a ``..`` part."""
    slashed = name.replace("\\", "/")
    parts = slashed.split("/")
    if (
        not name
        or "\x00" in name
        or slashed.startswith("/")
        or _DRIVE.match(slashed)
        or any(part == ".." for part in parts)
    ):
        raise UnsafeArchive(path=path, entry=name)
    return parts
