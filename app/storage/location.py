"""Where a project lives: a ``*.telaah`` SQLite file or a ``postgresql://`` database URL."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from app.errors import InvalidValue

POSTGRES_SCHEMES = ("postgresql", "postgres", "postgresql+psycopg")


@dataclass(frozen=True)
class ProjectLocation:
    """A parsed project location. ``display`` never contains a password."""

    path: Path | None = None
    url: URL | None = None

    @classmethod
    def parse(cls, value: str | Path) -> ProjectLocation:
        if isinstance(value, Path):
            return cls(path=value)
        scheme = value.split("://", 1)[0].lower() if "://" in value else ""
        if not scheme:
            return cls(path=Path(value))
        if scheme not in POSTGRES_SCHEMES:
            raise InvalidValue(
                field="project location",
                value=_without_credentials(value),
                detail="use a .telaah file or a postgresql:// URL",
            )
        try:
            url = make_url(value)
        except ArgumentError as error:
            raise InvalidValue(
                field="project location",
                value=_without_credentials(value),
                detail="use a .telaah file or a postgresql:// URL",
                technical=str(error),  # SQLAlchemy's words: for --verbose only
            ) from None
        return cls(url=url.set(drivername="postgresql+psycopg"))

    @property
    def is_postgres(self) -> bool:
        return self.url is not None

    @property
    def display(self) -> str:
        if self.url is not None:
            return self.url.set(drivername="postgresql").render_as_string(hide_password=True)
        return str(self.path)

    def __str__(self) -> str:
        return self.display


def _without_credentials(value: str) -> str:
    """``scheme://user:secret@host/db`` → ``scheme://***@host/db`` for messages."""
    if "@" not in value or "://" not in value:
        return value
    scheme, rest = value.split("://", 1)
    return f"{scheme}://***@{rest.rsplit('@', 1)[1]}"
