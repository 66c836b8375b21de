"""Every file of the bad-input corpus gets a typed, translated one-line error from the
command line, and the project stays byte-for-byte unchanged."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from app.cli import main
from app.core.project import Project
from tests.bad_input import CORPUS, BadFile

LIBRARY_WORDS = ("Error", "zip file", "line 1", "column", "lxml", "not a ", "Is a directory",
                 "{detail", "expected", "Premature end")


def _fingerprint(project: Path) -> dict[str, str]:
    return {
        suffix: hashlib.sha256(Path(f"{project}{suffix}").read_bytes()).hexdigest()
        for suffix in ("", "-wal")
        if Path(f"{project}{suffix}").exists()
    }


def _arguments(bad: BadFile, project: Path, path: Path) -> list[str]:
    if bad.command == "import":
        return ["import", str(project), str(path)]
    if bad.command == "informants":
        return ["informants", str(project), "--import", str(path)]
    if bad.command == "codebook":
        return ["codebook", "import", str(project), str(path)]
    if bad.command == "qdpx":  # a new project beside the file: it must not be left behind
        return ["qdpx", "import", str(path), str(path.with_suffix(".telaah"))]
    return ["code", str(project), "--source", "I1_kepala_dinas", "--start", "10",
            "--end", "99999999", "--code", "Kualitas", "--coder", "Annisa"]


def test_the_corpus_is_big_enough() -> None:
    assert len(CORPUS) >= 25
    assert len({bad.name for bad in CORPUS}) == len(CORPUS)


@pytest.mark.parametrize("bad", CORPUS, ids=[bad.name for bad in CORPUS])
@pytest.mark.parametrize("language", ["en", "id"])
def test_bad_input_is_refused_cleanly(
    bad: BadFile, language: str, demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    Project.open(demo_path).close()  # settle the write-ahead log before fingerprinting
    path = tmp_path / "input" / bad.name
    path.parent.mkdir()
    bad.build(path)
    before = _fingerprint(demo_path)
    code = main(["--lang", language, *_arguments(bad, demo_path, path)])
    err = capsys.readouterr().err
    assert code == 2, err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    needle = "I1_kepala_dinas" if bad.command == "code" else bad.name
    assert needle in err
    if language == "id":  # no library's own words in English inside the Indonesian message
        message = err.split(bad.name, 1)[-1]
        assert not [word for word in LIBRARY_WORDS if word in message], err
    assert _fingerprint(demo_path) == before
    assert sorted(p.name for p in path.parent.iterdir()) == [bad.name]  # nothing left beside


@pytest.mark.parametrize("bad", CORPUS, ids=[bad.name for bad in CORPUS])
def test_each_file_raises_its_typed_error(bad: BadFile, demo_project: Project,
                                          tmp_path: Path) -> None:
    from app.core.codes import import_codebook
    from app.core.informants import import_informants
    from app.core.lookup import find_code, find_source
    from app.core.segments import add_segment
    from app.core.sources import import_sources

    path = tmp_path / bad.name
    bad.build(path)
    with pytest.raises(bad.error):
        if bad.command == "qdpx":
            from app.core.qdpx import import_qdpx

            import_qdpx(path, tmp_path / "baru.telaah")
        elif bad.command == "import":
            import_sources(demo_project, paths=[path])
        elif bad.command == "informants":
            import_informants(demo_project, path=path)
        elif bad.command == "codebook":
            import_codebook(demo_project, path=path)
        else:
            with demo_project.reading() as session:
                source = find_source(session, "I1_kepala_dinas").id
                code = find_code(session, "Kualitas").id
            add_segment(demo_project, source_id=source, code_id=code, coder_id=1,
                        start=10, end=99_999_999)
