"""Mutation fuzzing of the importers: run as ``python -m tests.fuzz_imports KIND SEED COUNT``.

One process per kind (``docx``, ``qdpx``, ``qdc``) builds a valid file, derives COUNT
mutants from it with a fixed seed, and imports each through the real command line
(``app.cli.main``) with a time limit. It prints one JSON line per mutant:

- ``refused``: exit 2, one line on stderr, no traceback, and the project unchanged (for
  ``qdpx import``: no new project and nothing left beside it);
- ``imported``: exit 0, and what was stored equals what the file says (see the checks);
- ``failed``: anything else (a traceback, a second line, a changed project, wrong data,
  or no answer within the time limit), with the reason.

The seeds are in tests/fuzz_seeds.py. The test (tests/test_mutation_fuzz.py) runs the
three kinds as subprocesses, so that a hang in C code is caught by the outer timeout too.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import random
import re
import shutil
import signal
import sys
import tempfile
import traceback
import zipfile
from collections.abc import Callable
from pathlib import Path

from tests.fuzz_seeds import SEEDS

CASE_SECONDS = 10
KINDS = ("docx", "qdpx", "qdc")


class _TimeUp(BaseException):
    """Raised by the alarm; a BaseException so that no importer can swallow it."""


# --- mutations -----------------------------------------------------------------------------

_NUMBER = re.compile(rb"\d+")
_GUID = re.compile(rb"[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}")
_ELEMENT = re.compile(rb"<(\w+)[^<>]*?(?:/>|>.*?</\1>)", re.DOTALL)
_ODD_NUMBERS = (b"0x10", b"-1", b"99999999", b"1e3", b"", b"1_0", b"\xd9\xa1", b"007", b"3.5")
_INSERTS = (b"<!DOCTYPE x [<!ENTITY e SYSTEM 'file:///etc/passwd'>]>", b"&e;", b"\x00",
            b"\r\n", b"\xff\xfe", b"\xe2\x80\xa8", b"&#10;", b"]]>", b"<", b"\"", b"..\\..\\")


def _mutate_bytes(data: bytes, rng: random.Random) -> bytes:
    """A blind change: flipped bytes, a cut, an insertion or a repeated slice."""
    buffer = bytearray(data)
    if len(buffer) < 2:
        return bytes(buffer) + bytes(rng.randrange(256) for _ in range(8))
    choice = rng.randrange(4)
    if choice == 0:
        for _ in range(rng.randint(1, 8)):
            buffer[rng.randrange(len(buffer))] ^= 1 << rng.randrange(8)
    elif choice == 1:
        del buffer[rng.randrange(1, len(buffer)):]
    elif choice == 2:
        position = rng.randrange(len(buffer))
        buffer[position:position] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 16)))
    else:
        start = rng.randrange(len(buffer))
        end = min(len(buffer), start + rng.randint(1, 64))
        buffer[end:end] = buffer[start:end]
    return bytes(buffer)


def _mutate_text(data: bytes, rng: random.Random) -> bytes:
    """A change that keeps much of the structure: numbers, GUIDs, whole elements."""
    choice = rng.choices(range(6), weights=(30, 20, 15, 15, 10, 10))[0]
    if choice == 0:
        numbers = list(_NUMBER.finditer(data))
        if numbers:
            match = rng.choice(numbers)
            odd = rng.choice(_ODD_NUMBERS)
            return data[:match.start()] + odd + data[match.end():]
    elif choice == 1:
        guids = list(_GUID.finditer(data))
        if len(guids) >= 2:
            one, other = rng.sample(guids, 2)
            first, second = sorted((one, other), key=lambda match: match.start())
            return (data[:second.start()] + first.group() + data[second.end():])
    elif choice == 2:
        elements = list(_ELEMENT.finditer(data))
        if elements:
            match = rng.choice(elements)
            return data[:match.start()] + data[match.end():]
    elif choice == 3:
        elements = list(_ELEMENT.finditer(data))
        if elements:
            match = rng.choice(elements)
            return data[:match.end()] + match.group() + data[match.end():]
    elif choice == 4 and data:
        position = rng.randrange(len(data))
        return data[:position] + rng.choice(_INSERTS) + data[position:]
    return _mutate_bytes(data, rng)


def _mutate_zip(data: bytes, rng: random.Random, main_member: str) -> bytes:
    if rng.random() < 0.2:
        return _mutate_bytes(data, rng)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = {name: archive.read(name) for name in archive.namelist()}
    except Exception:  # noqa: BLE001 - an earlier round broke a member: mutate blindly
        return _mutate_bytes(data, rng)
    if not members:
        return _mutate_bytes(data, rng)
    names = list(members)
    target = main_member if main_member in members and rng.random() < 0.7 \
        else rng.choice(names)
    members[target] = _mutate_text(members[target], rng)
    if rng.random() < 0.1:  # a member renamed, dropped or added
        action = rng.randrange(3)
        victim = rng.choice(names)
        if action == 0:
            members[victim.upper()] = members.pop(victim)
        elif action == 1:
            members.pop(victim)
        else:
            members[rng.choice(["../evil.txt", "sources/extra.txt", "/abs.txt"])] = b"x"
    buffer = io.BytesIO()
    compression = rng.choice([zipfile.ZIP_DEFLATED, zipfile.ZIP_STORED])
    with zipfile.ZipFile(buffer, "w", compression) as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def mutants(kind: str, seed: int, count: int) -> list[bytes]:
    rng = random.Random(f"{kind}-{seed}")
    original = SEEDS[kind]()
    made = []
    for _ in range(count):
        data = original
        for _round in range(rng.choice([1, 1, 1, 2])):
            if kind == "docx":
                data = _mutate_zip(data, rng, "word/document.xml") if _is_zip(data) \
                    else _mutate_bytes(data, rng)
            elif kind == "qdpx":
                data = _mutate_zip(data, rng, "project.qde") if _is_zip(data) \
                    else _mutate_bytes(data, rng)
            else:
                data = _mutate_text(data, rng)
        made.append(data)
    return made


def _is_zip(data: bytes) -> bool:
    try:
        with zipfile.ZipFile(io.BytesIO(data)):
            return True
    except Exception:  # noqa: BLE001 - any failure means "not a zip we can re-pack"
        return False


# --- running and judging one mutant --------------------------------------------------------


def _fingerprint(project: Path) -> dict[str, str]:
    return {suffix: hashlib.sha256(Path(f"{project}{suffix}").read_bytes()).hexdigest()
            for suffix in ("", "-wal") if Path(f"{project}{suffix}").exists()}


def _cli(arguments: list[str]) -> tuple[int, str]:
    from app.cli import main

    stderr, stdout = io.StringIO(), io.StringIO()
    with contextlib.redirect_stderr(stderr), contextlib.redirect_stdout(stdout):
        code = main(["--lang", "en", *arguments])
    return code, stderr.getvalue()


def _refusal_problem(code: int, err: str) -> str | None:
    if code != 2:
        return f"exit {code}: {err!r}"
    if len(err.strip().splitlines()) != 1 or not err.startswith("telaah: error: "):
        return f"not one line: {err!r}"
    if "Traceback" in err:
        return f"traceback: {err!r}"
    return None


def run_case(kind: str, data: bytes, folder: Path, template: Path) -> tuple[str, str]:
    """``(outcome, detail)`` for one mutant; ``folder`` is empty and private to the case."""
    name = {"docx": "wawancara.docx", "qdpx": "proyek.qdpx", "qdc": "kode.qdc"}[kind]
    path = folder / name
    path.write_bytes(data)
    if kind == "qdpx":
        target = folder / "baru.telaah"
        code, err = _cli(["qdpx", "import", str(path), str(target)])
        if code == 0:
            return "imported", _check_qdpx(path, target)
        problem = _refusal_problem(code, err)
        left = sorted(p.name for p in folder.iterdir() if p.name != name)
        if problem is None and left:
            problem = f"left behind: {left}"
        return ("failed", problem) if problem else ("refused", err.strip())
    project = folder / "p.telaah"
    shutil.copyfile(template, project)
    before = _fingerprint(project)
    if kind == "docx":
        code, err = _cli(["import", str(project), str(path)])
    else:
        code, err = _cli(["codebook", "import", str(project), str(path)])
    if code == 0:
        checker = _check_docx if kind == "docx" else _check_qdc
        return "imported", checker(path, project)
    problem = _refusal_problem(code, err)
    if problem is None and _fingerprint(project) != before:
        problem = "the project changed"
    return ("failed", problem) if problem else ("refused", err.strip())


class WrongData(AssertionError):
    """An import stored something else than what the file says."""


def _check_docx(path: Path, project_path: Path) -> str:
    from docx import Document
    from sqlalchemy import select

    from app.core.project import Project
    from app.io.docx_reader import read_docx_bytes
    from app.io.text_normalise import normalise_text
    from app.models import Source

    expected = read_docx_bytes(path.read_bytes(), path=path)
    project = Project.open(project_path)
    try:
        with project.reading() as session:
            stored = session.scalar(select(Source.text).where(Source.file_name == path.name))
    finally:
        project.close()
    if stored != expected:
        raise WrongData("the stored text differs from the document's text")
    flat = " ".join(stored.split())
    for paragraph in Document(str(path)).paragraphs:  # python-docx as a second reader
        words = " ".join(normalise_text(paragraph.text).split())
        if words and words not in flat:
            raise WrongData(f"paragraph missing: {words[:60]!r}")
    return f"{len(stored)} characters"


def _check_qdc(path: Path, project_path: Path) -> str:
    from app.core.codes import list_codes
    from app.core.project import Project
    from app.io.codebook_file import read_codebook

    def paths(entries, prefix=""):  # type: ignore[no-untyped-def]
        for entry in entries:
            full = f"{prefix}/{entry.name}" if prefix else entry.name
            yield full
            yield from paths(entry.children, full)

    expected = sorted(paths(read_codebook(path)))
    project = Project.open(project_path)
    try:
        stored = sorted(code.path for code in list_codes(project))
    finally:
        project.close()
    if stored != expected:
        raise WrongData(f"codes {stored} != file {expected}")
    return f"{len(stored)} codes"


def _check_qdpx(path: Path, project_path: Path) -> str:
    from sqlalchemy import select

    from app.core.project import Project
    from app.io.qdpx_reader import read_qdpx
    from app.models import Code, CodedSegment, Source

    content = read_qdpx(path)
    expected_texts = sorted(source.text for source in content.sources)
    expected_spans = sorted(
        [(source.text[selection.start:selection.end], coding.code_guid)
         for source in content.sources for selection in source.selections
         for coding in selection.codings]
        + [(source.text, coding.code_guid)  # codings of a whole source
           for source in content.sources if source.text for coding in source.codings]
    )
    project = Project.open(project_path)
    try:
        with project.reading() as session:
            texts = sorted(session.scalars(select(Source.text)))
            spans = sorted(
                (text, guid) for text, guid in session.execute(
                    select(CodedSegment.text, Code.guid).join(Code,
                                                               Code.id == CodedSegment.code_id))
            )
            for start, end, text, source_text in session.execute(
                select(CodedSegment.start, CodedSegment.end, CodedSegment.text, Source.text)
                .join(Source, Source.id == CodedSegment.source_id)
            ):
                if not (0 <= start < end <= len(source_text)) or source_text[start:end] != text:
                    raise WrongData(f"segment [{start}, {end}) does not hold its text")
    finally:
        project.close()
    if texts != expected_texts:
        raise WrongData("the stored source texts differ from the archive's")
    if spans != expected_spans:
        raise WrongData(f"segments {spans[:3]} != file {expected_spans[:3]}")
    return f"{len(texts)} sources, {len(spans)} segments"


def _template(folder: Path) -> Path:
    from app.cli import main

    template = folder / "template.telaah"
    with contextlib.redirect_stdout(io.StringIO()):
        assert main(["new", str(template), "--codebook", "none"]) == 0
    return template


def _alarm(_signum: int, _frame: object) -> None:
    raise _TimeUp()


def run(kind: str, seed: int, count: int, emit: Callable[[dict[str, object]], None]) -> None:
    signal.signal(signal.SIGALRM, _alarm)
    with tempfile.TemporaryDirectory(prefix=f"telaah-fuzz-{kind}-") as root:
        template = _template(Path(root))
        for number, data in enumerate(mutants(kind, seed, count)):
            folder = Path(root) / f"case{number:03d}"
            folder.mkdir()
            signal.setitimer(signal.ITIMER_REAL, CASE_SECONDS)
            try:
                outcome, detail = run_case(kind, data, folder, template)
            except _TimeUp:
                outcome, detail = "failed", f"no answer within {CASE_SECONDS} s"
            except WrongData as wrong:
                outcome, detail = "failed", f"wrong data: {wrong}"
            except BaseException:  # noqa: BLE001 - every escape is a finding
                outcome, detail = "failed", traceback.format_exc(limit=6)
            finally:
                signal.setitimer(signal.ITIMER_REAL, 0)
            emit({"kind": kind, "case": number, "outcome": outcome, "detail": detail[:400],
                  "sha1": hashlib.sha1(data).hexdigest()})
            shutil.rmtree(folder, ignore_errors=True)


def main(argv: list[str]) -> int:
    kind, seed, count = argv[0], int(argv[1]), int(argv[2])

    def emit(record: dict[str, object]) -> None:
        print(json.dumps(record), flush=True)

    run(kind, seed, count, emit)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
