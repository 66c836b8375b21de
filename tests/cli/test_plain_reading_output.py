"""``telaah info`` and ``telaah search`` print the same bytes, and fail with the same
messages, whether the plain reader serves them (no SQLAlchemy, issue 19) or the project is
opened the full way. Each command runs twice in this process: once as it runs, once with
the plain reader switched off; real project files, real output."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

import app.cli
import app.core.plain_reading as plain_reading
from app.core.codebook_editing import add_code
from app.core.coders import ensure_coder
from app.core.ids import CodeId, CoderId, SourceId
from app.core.informants import add_informant
from app.core.project import Project
from app.core.project_info import set_project_info
from app.core.segments import add_segment
from app.core.sources import import_sources, list_sources
from app.storage.plain_reader import PlainReader

FIRST_SCHEMA = Path(__file__).resolve().parents[1] / "data" / "projects" / "schema-0001.telaah"

INFO = [["info", "{p}"], ["info", "{p}", "--json"]]
SEARCHES = [
    ["search", "{p}", "kinerja"],
    ["search", "{p}", "kinerja", "--json"],
    ["search", "{p}", "Kinerja", "--case-sensitive"],
    ["search", "{p}", "kinerja", "--word", "--limit", "3"],
    ["search", "{p}", r"kin\w+a|anggar\w*", "--regex"],
    ["search", "{p}", "kinrja pegawai", "--fuzzy"],
    ["search", "{p}", "kinrja pegawai", "--fuzzy", "--json", "--threshold", "70"],
    ["search", "{p}", "anggaran", "--fuzzy", "--limit", "4"],
    ["search", "{p}", "tidak ada kata seperti ini xyzzy"],
    ["--lang", "id", "search", "{p}", "kinerja"],
    ["--lang", "id", "info", "{p}"],
]


@pytest.fixture
def plain_readers(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[PlainReader | None]]:
    """What each plain-reader opening in this test returned."""
    opened: list[PlainReader | None] = []
    real = plain_reading.open_plain_reader

    def recording(location: str | Path) -> PlainReader | None:
        reader = real(location)
        opened.append(reader)
        return reader

    monkeypatch.setattr(plain_reading, "open_plain_reader", recording)
    yield opened


def _both_ways(arguments: list[str], project: Path, capsys: pytest.CaptureFixture[str],
               monkeypatch: pytest.MonkeyPatch) -> tuple[tuple[int, str, str], ...]:
    """(exit code, stdout, stderr) through the plain reader, then the full way."""
    arguments = [word.replace("{p}", str(project)) for word in arguments]
    results = []
    for plain in (True, False):
        with monkeypatch.context() as patch:
            if not plain:
                patch.setattr(plain_reading, "open_plain_reader", lambda _location: None)
            code = app.cli.main(arguments)
        out, err = capsys.readouterr()
        results.append((code, out, err))
    return tuple(results)


def _edge_project(folder: Path) -> Path:
    """Sources with and without informant or date, nested and empty codes, a coder and an
    informant with nothing, tabs, quotes, emoji and Windows line ends in the data."""
    path = folder / "tepi ✓ #1.telaah"
    texts = {
        "Wawancara \"Bu Sari\" 😀": "P: Bagaimana kinerja pegawai?\r\nI: Kinerja\tbaik, "
                                  "anggaran kurang.\r\nP: Lalu?\r\nI: kinerja, KINERJA!",
        "dokumen-tanpa-informan": "Laporan kinerja tahunan. Anggaran 2024.\n\nKinrja pegawai.",
        "Catatan lapangan": "Tidak relevan.",
    }
    files = []
    for number, text in enumerate(texts.values()):
        file = folder / f"sumber{number}.txt"
        file.write_bytes(text.encode("utf-8"))
        files.append(file)
    with Project.building(path, title="Tepi: “ünïcode”\tdan tab") as project:
        set_project_info(project, description="Baris satu\nbaris dua",
                         research_questions=["Mengapa \"kinerja\"?", "Q\tdua 😀"])
        add_informant(project, label="I-02", pseudonym="Bu Sari", role="Kepala\tseksi")
        add_informant(project, label="I-09", pseudonym="Tanpa sumber", role="",
                      informant_type="pendukung")
        import_sources(project, paths=files[:1], informant="I-02",
                       titles=[list(texts)[0]], source_date=date(2024, 2, 29))
        import_sources(project, paths=files[1:], kind="documentation", titles=list(texts)[1:])
        root = CodeId(add_code(project, name="Kinerja", codable=False).created or 0)
        middle = CodeId(add_code(project, name="Kualitas ✓", parent_id=root).created or 0)
        leaf = CodeId(add_code(project, name="Sangat/tidak", parent_id=middle).created or 0)
        add_code(project, name="Kosong")
        coders = [CoderId(ensure_coder(project, name=name).created or 0)
                  for name in ("Annisa", "Budi", "Nadia")]
        first = next(SourceId(source.id) for source in list_sources(project)
                     if source.title == list(texts)[0])
        for code, coder, start in ((middle, coders[0], 0), (leaf, coders[0], 3),
                                   (leaf, coders[1], 3), (middle, coders[1], 10)):
            add_segment(project, source_id=first, code_id=code, coder_id=coder,
                        start=start, end=start + 5)
    return path


@pytest.mark.parametrize("arguments", INFO + SEARCHES)
def test_the_demo_reads_the_same_both_ways(
        demo_path: Path, arguments: list[str], capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch, plain_readers: list[PlainReader | None]) -> None:
    plain, full = _both_ways(arguments, demo_path, capsys, monkeypatch)
    assert plain_readers and plain_readers[0] is not None  # the plain reader served it
    assert plain == full
    assert plain[0] == 0 and plain[1]


def test_a_project_with_edge_cases_reads_the_same_both_ways(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
        plain_readers: list[PlainReader | None]) -> None:
    edge = _edge_project(tmp_path)
    empty = tmp_path / "kosong.telaah"
    Project.create(empty).close()
    for project in (edge, empty):
        for arguments in INFO + SEARCHES:
            plain_readers.clear()
            plain, full = _both_ways(arguments, project, capsys, monkeypatch)
            assert plain_readers[0] is not None, arguments
            assert plain == full, (project.name, arguments)
            assert plain[0] == 0
    # The edge cases are in it (the comparison above is not between two empty outputs).
    plain, _full = _both_ways(["info", "{p}"], edge, capsys, monkeypatch)
    assert "Q\tdua 😀" in plain[1] and "Kinerja/Kualitas ✓/Sangat/tidak" in plain[1]
    assert "      0  Nadia" in plain[1] and "I-09" in plain[1]
    found, _full = _both_ways(["search", "{p}", "kinerja", "--json"], edge, capsys,
                              monkeypatch)
    assert found[1].count('"source"') == 5


def _not_a_database(folder: Path) -> Path:
    path = folder / "catatan.telaah"
    path.write_text("Ini bukan proyek.\n", encoding="utf-8")
    return path


def _empty_file(folder: Path) -> Path:
    path = folder / "kosong.telaah"
    path.touch()
    return path


def _damaged(folder: Path, demo: Path) -> Path:
    path = folder / "rusak.telaah"
    shutil.copyfile(demo, path)
    with path.open("r+b") as file:  # a file no connection has open
        file.seek(4096 * 3)
        file.write(b"\xff" * 4096 * 20)
    return path


@pytest.mark.parametrize("case", ["missing", "empty", "text", "damaged", "url"])
@pytest.mark.parametrize("command", [["info", "{p}"], ["search", "{p}", "kinerja", "--fuzzy"]])
def test_what_the_plain_reader_cannot_serve_fails_as_before(
        demo_path: Path, tmp_path: Path, case: str, command: list[str],
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
        plain_readers: list[PlainReader | None]) -> None:
    project = {
        "missing": lambda: tmp_path / "tidak-ada.telaah",
        "empty": lambda: _empty_file(tmp_path),
        "text": lambda: _not_a_database(tmp_path),
        "damaged": lambda: _damaged(tmp_path, demo_path),
        "url": lambda: "ftp://host/proyek",
    }[case]()
    before = sorted(path.name for path in tmp_path.iterdir())
    plain, full = _both_ways(command, Path(project), capsys, monkeypatch)
    assert plain == full
    assert plain[0] == app.cli.USER_ERROR and plain[1] == ""
    assert plain[2].startswith("telaah: error: ") and plain[2].count("\n") == 1
    assert "Traceback" not in plain[2]
    assert plain_readers[0] is None
    assert sorted(path.name for path in tmp_path.iterdir()) == before


def test_an_older_schema_is_upgraded_then_read_as_before(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
        plain_readers: list[PlainReader | None]) -> None:
    first, second = tmp_path / "satu.telaah", tmp_path / "dua.telaah"
    for copy in (first, second):
        shutil.copyfile(FIRST_SCHEMA, copy)
    outputs = []
    for copy, plain in ((first, True), (second, False)):
        with monkeypatch.context() as patch:
            if not plain:
                patch.setattr(plain_reading, "open_plain_reader", lambda _location: None)
            assert app.cli.main(["info", str(copy), "--json"]) == 0
        outputs.append(capsys.readouterr())
    assert outputs[0] == outputs[1]
    assert plain_readers[0] is None  # schema 0001: the full path upgraded it
    assert "Kinerja/Kualitas" in outputs[0].out
    # Now at the newest schema: the next reading is plain, and reads the same.
    plain, full = _both_ways(["info", "{p}", "--json"], first, capsys, monkeypatch)
    assert plain_readers[-1] is not None and plain == full and plain[1] == outputs[0].out


@pytest.mark.parametrize("arguments", [["search", "{p}", "kin(erja", "--regex"],
                                       ["search", "{p}", "   "],
                                       ["search", "{p}", ""]])
def test_a_refused_query_is_refused_alike(
        demo_path: Path, arguments: list[str], capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    plain, full = _both_ways(arguments, demo_path, capsys, monkeypatch)
    assert plain == full
    assert plain[0] == app.cli.USER_ERROR and plain[2].startswith("telaah: error: ")
