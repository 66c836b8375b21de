"""The .qdpx container: a zip holding ``project.qde`` and the source texts in ``sources/``.

Opening checks the whole central directory before any member is read:

- no more than :data:`MAX_MEMBERS` entries;
- every name relative and inside the archive (no ``..`` part, no leading ``/`` or ``\\``,
  no drive letter, no NUL) and no name given twice (ignoring letter case);
- the declared uncompressed sizes add up to at most ``max_total_bytes`` and no entry of
  1 MiB or more is compressed beyond :data:`MAX_COMPRESSION_RATIO` : 1 (zip bombs).
  ``zipfile`` never inflates an entry beyond its declared size, so these declarations
  bound the work even when they lie;
- no encrypted entries.

Reading is liberal about names: ``project.qde`` or ``Project.qde``, ``sources/`` or
``Sources/``, upper- or lower-case GUIDs in file names, and backslashes written by some
Windows zip tools all resolve to the same member.

Writing stores the members in a fixed order with a fixed timestamp, so exporting the
same project twice gives the same bytes.
"""

from __future__ import annotations

import functools
import io
import re
import zipfile
import zlib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from app.errors import (
    ArchiveBomb,
    ArchiveTooCompressed,
    ArchiveTooManyEntries,
    NotAQdpxArchive,
    UnsafeArchive,
)
from app.io.archive_names import check_member_name
from app.io.file_bytes import MiB, read_file_bytes, write_file_atomically

MAX_ARCHIVE_BYTES = 1024 * MiB
MAX_TOTAL_BYTES = 2048 * MiB
MAX_MEMBERS = 20_000
MAX_COMPRESSION_RATIO = 100
LARGE_ENTRY_BYTES = 1 * MiB
PROJECT_MEMBER = "project.qde"
SOURCES_FOLDER = "sources"
INTERNAL_PREFIX = "internal://"
# A URL scheme ("file:", "http:") or a Windows drive letter ("C:"): a file outside the archive.
_EXTERNAL = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:")

_FIXED_TIME = (2019, 3, 18, 0, 0, 0)  # the release date of the REFI-QDA project schema
_ZIP_ERRORS = (zipfile.BadZipFile, zlib.error, OSError, EOFError, ValueError,
               NotImplementedError, RuntimeError)


@dataclass(frozen=True)
class QdpxArchive:
    """The checked members of a .qdpx; ``path`` names it in errors.

    ``members`` maps each member's folded name (lower case, ``/`` separators) to its
    name in the zip.
    """

    path: Path | str
    data: bytes
    members: Mapping[str, str]
    project_member: str

    def read_project(self) -> bytes:
        return self.read(self.project_member)

    def source_member(self, text_path: str) -> str | None:
        """The member holding a source's ``plainTextPath``, if any.

        The standard writes "internal://X.txt"; some tools (``qc``) write the bare relative
        name "X.txt". Both are looked up in ``sources/`` (then at the top). Any other URL
        (``file://``, ``http://``, a drive letter) names a file outside the archive, which
        is never read.
        """
        if text_path.lower().startswith(INTERNAL_PREFIX):
            name = text_path[len(INTERNAL_PREFIX):]
        elif _EXTERNAL.match(text_path):
            return None
        else:
            name = text_path
        name = name.replace("\\", "/").lstrip("/")
        for candidate in (f"{SOURCES_FOLDER}/{name}", name):
            member = self.members.get(candidate.lower())
            if member is not None:
                return member
        return None

    @functools.cached_property
    def _zip(self) -> zipfile.ZipFile:
        # Opened once: reading the central directory for every member of a 200-source
        # archive cost a quadratic share of an import. Read from one thread only.
        return zipfile.ZipFile(io.BytesIO(self.data))

    def read(self, member: str) -> bytes:
        try:
            return self._zip.read(member)
        except _ZIP_ERRORS as error:
            raise NotAQdpxArchive(path=self.path, detail=f"{member}: {_short(error)}") from None


def open_qdpx(
    path: Path,
    *,
    max_archive_bytes: int = MAX_ARCHIVE_BYTES,
    max_total_bytes: int = MAX_TOTAL_BYTES,
    max_members: int = MAX_MEMBERS,
) -> QdpxArchive:
    """Read ``path`` and check every entry; raises a FileProblem naming the file."""
    path = Path(path)
    data = read_file_bytes(path, max_bytes=max_archive_bytes)
    return open_qdpx_bytes(
        data, path=path, max_total_bytes=max_total_bytes, max_members=max_members
    )


def open_qdpx_bytes(
    data: bytes,
    *,
    path: Path | str,
    max_total_bytes: int = MAX_TOTAL_BYTES,
    max_members: int = MAX_MEMBERS,
) -> QdpxArchive:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except _ZIP_ERRORS as error:
        raise NotAQdpxArchive(path=path, detail=f"not a zip archive: {_short(error)}") from None
    with archive:
        entries = archive.infolist()
    if len(entries) > max_members:
        raise ArchiveTooManyEntries(path=path, count=len(entries), limit=max_members)
    members: dict[str, str] = {}
    total = 0
    for entry in entries:
        folded = _checked_name(entry.filename, path)
        if folded in members:
            raise UnsafeArchive(path=path, entry=entry.filename)
        if entry.flag_bits & 0x1:
            raise NotAQdpxArchive(path=path, detail=f"{entry.filename} is encrypted")
        total += entry.file_size
        ratio = entry.file_size / max(entry.compress_size, 1)
        if total > max_total_bytes:
            raise ArchiveBomb(
                path=path, limit_mb=max_total_bytes // MiB, entry=entry.filename
            )
        if entry.file_size >= LARGE_ENTRY_BYTES and ratio > MAX_COMPRESSION_RATIO:
            raise ArchiveTooCompressed(path=path, entry=entry.filename, ratio=int(ratio),
                                       limit=MAX_COMPRESSION_RATIO)
        if not entry.is_dir():
            members[folded] = entry.filename
    project_member = members.get(PROJECT_MEMBER)
    if project_member is None:
        raise NotAQdpxArchive(path=path, detail=f"it has no {PROJECT_MEMBER}")
    return QdpxArchive(path=path, data=data, members=members, project_member=project_member)


def _checked_name(name: str, path: Path | str) -> str:
    """``name`` folded for lookups; raises UnsafeArchive for a name that leaves the archive."""
    parts = check_member_name(name, path)
    return "/".join(part for part in parts if part not in ("", ".")).lower()


def qdpx_bytes(project_xml: bytes, sources: Mapping[str, bytes]) -> bytes:
    """The .qdpx archive for ``project_xml`` and ``sources`` (file name → bytes)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        _add(archive, PROJECT_MEMBER, project_xml)
        for name in sorted(sources):
            _add(archive, f"{SOURCES_FOLDER}/{name}", sources[name])
    return buffer.getvalue()


def write_qdpx(path: Path, project_xml: bytes, sources: Mapping[str, bytes]) -> None:
    """Write the archive to ``path`` atomically: the old file stays until the new one is whole."""
    write_file_atomically(Path(path), qdpx_bytes(project_xml, sources))


def _add(archive: zipfile.ZipFile, name: str, data: bytes) -> None:
    info = zipfile.ZipInfo(name, date_time=_FIXED_TIME)
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = 0o644 << 16
    archive.writestr(info, data)


def _short(error: BaseException) -> str:
    text = str(error) or type(error).__name__
    return text if len(text) <= 120 else text[:117] + "..."
