"""A zip bomb refused by the compression-ratio check says so, not "would expand to more
than 200 MB" (issue 17, "Messages")."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from docx import Document

from app.errors import ArchiveBomb, ArchiveTooCompressed
from app.io.docx_reader import read_docx_bytes
from app.io.qdpx_archive import open_qdpx
from tests.io.qdpx_builders import project_xml, write_zip


def _docx_with(extra: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    Document().save(buffer)
    source = zipfile.ZipFile(io.BytesIO(buffer.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            target.writestr(item.filename, source.read(item.filename))
        for name, data in extra.items():
            target.writestr(name, data)
    return out.getvalue()


def test_a_highly_compressible_docx_names_the_ratio(tmp_path: Path) -> None:
    data = _docx_with({"word/media/padding.xml": b"a" * (8 * 1024 * 1024)})

    with pytest.raises(ArchiveTooCompressed) as caught:
        read_docx_bytes(data, path=tmp_path / "padat.docx")

    message = caught.value.message()
    assert "word/media/padding.xml" in message and "compressed" in message
    assert ":1" in message and "200 MB" not in message
    assert caught.value.ratio > caught.value.limit == 100


def test_a_docx_over_the_size_limit_names_the_size(tmp_path: Path) -> None:
    data = _docx_with({"word/media/a.bin": bytes(range(256)) * 4096 * 3})

    with pytest.raises(ArchiveBomb) as caught:
        read_docx_bytes(data, path=tmp_path / "besar.docx", max_uncompressed_bytes=1024 * 1024)

    assert not isinstance(caught.value, ArchiveTooCompressed)
    assert "more than 1 MB" in caught.value.message()


def test_a_highly_compressible_qdpx_names_the_ratio(tmp_path: Path) -> None:
    path = write_zip(tmp_path / "padat.qdpx", {"project.qde": project_xml(""),
                                               "sources/x.txt": b" " * (4 * 1024 * 1024)})
    with pytest.raises(ArchiveTooCompressed) as caught:
        open_qdpx(path)
    assert "sources/x.txt" in caught.value.message()
