"""Read a whole file with a size limit, and replace a file atomically.

Both turn operating-system errors into :class:`app.errors.FileProblem` subclasses that
name the file, so importers and exporters report problems the same way.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from pathlib import Path

from app import open_databases
from app.errors import (
    DiskFull,
    FileIsFolder,
    FileIsOpenProject,
    FileNotFoundProblem,
    FileNotRegular,
    FileReadDenied,
    FileTooLarge,
    FileUnreadable,
    FileUnwritable,
    FileWriteDenied,
    WriteFolderMissing,
)

MiB = 1024 * 1024
# What leaves Telaah (exports, codebooks, archives holding every transcript) is readable by
# its owner only, whatever the umask, like the project file itself.
_NEW_FILE_MODE = 0o600
_OWNER_BITS = 0o700


def read_file_bytes(path: Path, *, max_bytes: int) -> bytes:
    """The bytes of ``path``, refusing a missing, special or too large file before reading."""
    try:
        status = path.stat()
    except FileNotFoundError:
        raise FileNotFoundProblem(path=path) from None
    except OSError as error:
        raise _unreadable(path, error) from None
    if stat.S_ISDIR(status.st_mode):
        raise FileIsFolder(path=path)
    if not stat.S_ISREG(status.st_mode):
        raise FileNotRegular(path=path)
    check_size(path, status.st_size, max_bytes)
    if open_databases.is_held(path):  # closing our descriptor would drop SQLite's locks
        raise FileIsOpenProject(path=path)
    try:
        with path.open("rb") as stream:
            # Ask for the size stat() saw (+1 to notice growth), not max_bytes + 1: read(n)
            # allocates n bytes up front, 1 GiB for every .qdpx (benchmarks/, tracemalloc).
            data = stream.read(min(status.st_size, max_bytes) + 1)
            if len(data) > status.st_size:
                data += stream.read(max_bytes + 1 - len(data))
    except FileNotFoundError:
        raise FileNotFoundProblem(path=path) from None
    except OSError as error:
        raise _unreadable(path, error) from None
    check_size(path, len(data), max_bytes)  # the file may have grown since stat()
    return data


def check_size(path: Path | str, size: int, max_bytes: int) -> None:
    """Raise FileTooLarge when ``size`` bytes exceed ``max_bytes``."""
    if size > max_bytes:
        raise FileTooLarge(
            path=path,
            size_mb=_megabytes(size, round_up=True),
            limit_mb=_megabytes(max_bytes),
            size_bytes=size,
            limit_bytes=max_bytes,
        )


def _megabytes(size: int, *, round_up: bool = False) -> float:
    """Size in MiB to one decimal, without ".0" when whole (64, not 64.0).

    A size over a limit is rounded up and the limit down, so that the message never
    claims that 64 MB is more than 64 MB.
    """
    tenths = -(-size * 10 // MiB) if round_up else size * 10 // MiB
    return tenths // 10 if tenths % 10 == 0 else tenths / 10


def write_file_atomically(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data``: readers see the old file or the new one, never half.

    The bytes go to a temporary file in the same folder, are flushed to disk and then
    renamed over ``path``. The file is readable by its owner only: new files get 0600, and
    a file replaced keeps its owner's permissions but loses any for group and others.
    """
    if open_databases.is_held(path):  # renaming over it would orphan the open project
        raise FileIsOpenProject(path=path)
    mode = _mode_to_keep(path)
    try:
        handle, temp_name = tempfile.mkstemp(
            dir=path.parent, prefix=f".{path.name}.", suffix=".tmp"
        )
    except OSError as error:
        raise _unwritable(path, error) from None
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temp_name, mode)
        os.replace(temp_name, path)
    except BaseException as error:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        if isinstance(error, OSError):
            raise _unwritable(path, error) from None
        raise


def _mode_to_keep(path: Path) -> int:
    try:
        return stat.S_IMODE(path.stat().st_mode) & _OWNER_BITS
    except OSError:
        return _NEW_FILE_MODE


def _unreadable(path: Path, error: OSError) -> FileUnreadable:
    """The typed error for why reading failed; the system's words stay in ``detail``."""
    if error.errno in (errno.EACCES, errno.EPERM):
        return FileReadDenied(path=path, detail=_os_detail(error))
    if error.errno == errno.EISDIR:
        return FileIsFolder(path=path, detail=_os_detail(error))
    return FileUnreadable(path=path, detail=_os_detail(error))


def _unwritable(path: Path, error: OSError) -> FileUnwritable:
    """The typed error for why writing failed; the system's words stay in ``detail``."""
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return FileWriteDenied(path=path, detail=_os_detail(error))
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return DiskFull(path=path, detail=_os_detail(error))
    if error.errno in (errno.ENOENT, errno.ENOTDIR) and not path.parent.is_dir():
        return WriteFolderMissing(path=path, folder=path.parent, detail=_os_detail(error))
    return FileUnwritable(path=path, detail=_os_detail(error))


def _os_detail(error: OSError) -> str:
    return error.strerror or type(error).__name__
