"""The technical side of errors, kept in a log file rather than in messages.

Messages say what is wrong in the user's language; what a library or the system said about
it (``BadZipFile: File is not a zip file``) is appended here, one line per error, so that
it can be sent with a bug report. ``telaah --verbose`` prints it as well, and the GUI's
message box shows it under "Show Details…". The file lives in the user's data folder,
readable by its owner only, and is started afresh when it grows past :data:`MAX_BYTES`.
"""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

from app.errors import TelaahError

LOG_NAME = "telaah.log"
MAX_BYTES = 1024 * 1024
_PRIVATE_FILE_MODE = 0o600


def log_path() -> Path:
    data_home = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(data_home) / "telaah" / LOG_NAME


def record(error: TelaahError) -> str:
    """Append ``error``'s technical detail to the log; returns the detail ("" if none).

    A log that cannot be written never hides the error it was meant to keep.
    """
    detail = error.technical_detail()
    if not detail:
        return ""
    line = (f"{datetime.now().isoformat(timespec='seconds')} {type(error).__name__}: "
            f"{error.message()} | {detail}")
    path = log_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if path.exists() and path.stat().st_size > MAX_BYTES:
            path.replace(path.with_name(LOG_NAME + ".1"))
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, _PRIVATE_FILE_MODE)
        with os.fdopen(descriptor, "a", encoding="utf-8") as stream:
            stream.write(" ".join(line.splitlines()) + "\n")
    except OSError:
        pass
    return detail
