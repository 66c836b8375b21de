"""Telaah makes no network connection: whole workflows run with sockets forbidden.

The PostgreSQL tests are the one deliberate exception (a team project names its server);
everything here uses project files.
"""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from app.core.codes import export_codebook, import_codebook
from app.core.demo import build_demo
from app.core.displays import code_matrix
from app.core.segments import list_segments
from app.core.sources import import_sources


class NetworkUsed(AssertionError):
    pass


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    attempts: list[str] = []

    def refuse(*arguments: object, **_keywords: object) -> None:
        attempts.append(repr(arguments))
        raise NetworkUsed(f"network use attempted: {arguments!r}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    return attempts


def test_the_blocker_really_blocks(no_network: list[str]) -> None:
    with pytest.raises(NetworkUsed):
        socket.create_connection(("127.0.0.1", 9))
    assert no_network


def test_whole_workflow_without_network(no_network: list[str], tmp_path: Path) -> None:
    project = build_demo(tmp_path / "demo.telaah")
    try:
        note = tmp_path / "catatan.txt"
        note.write_text("Catatan lapangan tambahan.\n", encoding="utf-8")
        import_sources(project, paths=[note], kind="observation")
        export_codebook(project, path=tmp_path / "kode.qdc")
        import_codebook(project, path=tmp_path / "kode.qdc")
        assert code_matrix(project).rows and list_segments(project)
    finally:
        project.close()
    assert no_network == []


def test_xml_with_remote_entities_is_never_fetched(no_network: list[str], tmp_path: Path) -> None:
    from app.errors import UnsafeXml
    from app.io.codebook_file import read_codebook

    remote = tmp_path / "remote.qdc"
    remote.write_bytes(
        b'<?xml version="1.0"?><!DOCTYPE c SYSTEM "http://example.org/evil.dtd">'
        b'<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes/></CodeBook>'
    )
    with pytest.raises(UnsafeXml):
        read_codebook(remote)
    assert no_network == []
