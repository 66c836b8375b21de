"""Errors about a project as a whole: finding, opening, locking, backing up and storing it."""

from __future__ import annotations

from dataclasses import dataclass

from app.errors.base import Location, TelaahError


@dataclass(eq=False, kw_only=True)
class ProjectProblem(TelaahError):
    template = "{path}: {detail}"

    path: Location


@dataclass(eq=False, kw_only=True)
class ProjectNotFound(ProjectProblem):
    template = "{path}: no such project; create it with 'telaah new'."


@dataclass(eq=False, kw_only=True)
class ProjectExists(ProjectProblem):
    template = "{path}: a file of that name already exists; choose another name."


@dataclass(eq=False, kw_only=True)
class NotAProject(ProjectProblem):
    """``detail`` says why, in SQLite's words, kept for ``--verbose``."""

    template = "{path}: this file is not a Telaah project (or it is damaged)."


@dataclass(eq=False, kw_only=True)
class ProjectTooNew(ProjectProblem):
    template = (
        "{path}: the project was written by a newer version of Telaah "
        "(schema {found}); update Telaah to open it."
    )

    found: str | None


@dataclass(eq=False, kw_only=True)
class DatabaseProblem(ProjectProblem):
    """``detail`` is the database's own message, kept for ``--verbose``."""

    template = "{path}: the project database reported a problem; nothing was changed."


@dataclass(eq=False, kw_only=True)
class ProjectUnreachable(ProjectProblem):
    """``detail`` is the server's own message, kept for ``--verbose``."""

    template = (
        "{path}: the database server cannot be reached or refused the login; "
        "check the address, user name and password."
    )


# --- backups and session locks -----------------------------------------------------------------


@dataclass(eq=False, kw_only=True)
class BackupProblem(ProjectProblem):
    """``detail`` is the system's reason, kept for ``--verbose``."""

    template = "{path}: the backup could not be made or restored; the project is unchanged."


@dataclass(eq=False, kw_only=True)
class BackupNotFound(BackupProblem):
    template = "{path}: there is no such backup; the project is unchanged."


@dataclass(eq=False, kw_only=True)
class ProjectLocked(ProjectProblem):
    template = (
        "{path} is open in Telaah by {user} on {host} (since {since}). "
        "Open it read-only, or close it there first."
    )

    user: str
    host: str
    since: str


@dataclass(eq=False, kw_only=True)
class ProjectDamaged(ProjectProblem):
    """``detail`` says what SQLite found, kept for ``--verbose``."""

    template = (
        "{path} is damaged and cannot be read. Earlier states are kept as backups: "
        "'telaah backup list {path}' lists them and 'telaah backup restore {path} 1' brings "
        "back the newest (the damaged file is kept aside)."
    )


@dataclass(eq=False, kw_only=True)
class ProjectNotWritable(ProjectProblem):
    template = (
        "{path}: the file or its folder is read-only, so nothing can be saved there. Reading "
        "works; to work on it, copy it to a folder you can write to ('telaah copy')."
    )


@dataclass(eq=False, kw_only=True)
class ProjectInUse(ProjectProblem):
    template = "{path} is open in this window; close it before replacing it with a backup."


@dataclass(eq=False, kw_only=True)
class ReadOnlyProject(ProjectProblem):
    template = "{path} is open read-only; nothing can be changed in it now."


@dataclass(eq=False, kw_only=True)
class MergeSameProject(ProjectProblem):
    template = "{path} is this project itself; choose the other coder's copy to merge."
