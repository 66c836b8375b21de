"""Read a REFI-QDA project archive (.qdpx) into a :class:`QdpxProject`.

Safe first (see :mod:`app.io.qdpx_archive` and :mod:`app.io.safe_xml`: no unsafe member
names, no zip bombs, no DOCTYPE or entities), then liberal in what is accepted:
``project.qde`` or ``Project.qde``, ``sources/`` or ``Sources/``, GUIDs in any letter case
or in braces, text files with a byte-order mark and CR LF line ends, the codebook in the
project or codebook namespace (or none), positions counted the NVivo-for-Windows way
(see :mod:`app.io.qdpx_selections`), text paths with or without ``internal://``. Strict
where guessing would corrupt the project: one GUID given to two things of a kind and
selection positions that are not numbers, run backwards or leave their text (see
:mod:`app.io.qdpx_checks`), a coding of a code that does not exist, a reference to a
source that exists nowhere in the file, and (unless ``skip_missing_sources``) a text
source whose text is not in the archive are refused with an error naming the file.
Sources whose text is empty or only white space are read as they are and listed in
``empty_sources``.

Only text sources are read; pictures, PDFs, audio and video are listed in ``skipped``.
The sections are read by :mod:`app.io.qdpx_metadata` (users, variables, cases, notes),
:mod:`app.io.qdpx_codes` (the codebook) and :mod:`app.io.qdpx_sources` (sources,
selections, codings).
"""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from app.errors import NotAQdpxArchive
from app.io.qdpx_archive import open_qdpx
from app.io.qdpx_checks import check_unique_guids
from app.io.qdpx_codes import read_project_codes
from app.io.qdpx_metadata import note_refs, read_cases, read_notes, read_users, read_variables
from app.io.qdpx_project import CancelCheck, Progress, QdpxProject
from app.io.qdpx_sources import SourceReader, all_source_guids, check_codings, keep_known_notes
from app.io.qdpx_xml import child_text, parse_guid, timestamp
from app.io.safe_xml import parse_xml_bytes


def read_qdpx(
    path: Path,
    *,
    skip_missing_sources: bool = False,
    progress: Progress | None = None,
    cancel: CancelCheck | None = None,
) -> QdpxProject:
    """The project in the .qdpx at ``path``; raises a FileProblem naming the file."""
    archive = open_qdpx(Path(path))
    root = parse_xml_bytes(archive.read_project(), path=archive.path)
    if etree.QName(root).localname.casefold() != "project":
        raise NotAQdpxArchive(
            path=archive.path, detail=f"its root element is <{etree.QName(root).localname}>"
        )
    origin = root.get("origin") or ""
    check_unique_guids(root, path=archive.path)
    reader = SourceReader(archive, skip_missing_sources, progress, cancel)
    codes, reader.guid_map, code_notes = read_project_codes(root, path=archive.path)
    variables = read_variables(root)
    sources = reader.read(root, origin)
    notes = read_notes(root, reader.text_of)
    note_guids = {note.guid for note in notes}
    check_codings(sources, set(reader.guid_map.values()), path=archive.path)
    cases = read_cases(root, path=archive.path, variables={v.guid: v for v in variables},
                       source_guids={source.guid for source in sources},
                       all_source_guids=all_source_guids(root), skipped=reader.skipped)
    return QdpxProject(
        name=root.get("name") or "",
        origin=origin,
        description=child_text(root, "Description"),
        created_at=timestamp(root.get("creationDateTime")),
        creating_user_guid=parse_guid(root.get("creatingUserGUID")),
        users=tuple(read_users(root)),
        codes=tuple(codes),
        code_notes={
            guid: tuple(ref for ref in refs if ref in note_guids)
            for guid, refs in code_notes.items()
        },
        variables=tuple(variables),
        cases=tuple(cases),
        sources=tuple(keep_known_notes(source, note_guids) for source in sources),
        notes=tuple(notes),
        project_note_guids=tuple(ref for ref in note_refs(root) if ref in note_guids),
        skipped=tuple(reader.skipped),
        position_scheme=reader.scheme_label,
        empty_sources=tuple(reader.empty_sources),
    )
