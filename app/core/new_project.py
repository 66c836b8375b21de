"""A new project with its codebook: the one way the GUI and ``telaah new`` create one."""

from __future__ import annotations

from pathlib import Path

from app.core.codes import add_codebook_entries
from app.core.project import Project
from app.errors import FolderNotFound
from app.io.codebook_file import read_codebook
from app.resources import default_codebook


def create_project(location: Path | str, *, title: str = "", codebook: Path | None = None,
                   with_codebook: bool = True) -> str:
    """Create a project at ``location`` (a file path or a PostgreSQL URL) holding the codes
    of ``codebook`` (a .qdc file; by default the shipped Kasmir (2016) codebook), or no
    codes without ``with_codebook``. Returns the location as it may be shown.

    The codebook is read before anything is created, and a project file appears only when
    it is complete, so a bad codebook or a failure leaves nothing behind. The project is
    closed: open it to go on.
    """
    _check_folder_exists(location)
    entries = ((read_codebook(codebook if codebook is not None else default_codebook()))
               if with_codebook else [])
    with Project.building(location, title=title) as project:
        if entries:
            add_codebook_entries(project, entries=entries)
        return project.location


def _check_folder_exists(location: Path | str) -> None:
    """A new project file needs an existing folder; say so rather than "no such project"."""
    if "://" in str(location):
        return
    folder = Path(location).expanduser().absolute().parent
    if not folder.is_dir():
        raise FolderNotFound(path=folder)
