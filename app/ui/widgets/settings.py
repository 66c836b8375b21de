"""The user's own settings (coder name, language, recent projects, window layout).

Always opened with an explicit organisation and application name, so the location is
``$XDG_CONFIG_HOME/Telaah/Telaah.conf`` on Linux; the tests point XDG_CONFIG_HOME at a
temporary directory and never see the user's file.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings

ORGANISATION = "Telaah"
APPLICATION = "Telaah"
RECENT_LIMIT = 8


def user_settings() -> QSettings:
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                     ORGANISATION, APPLICATION)


def _text(key: str) -> str | None:
    value = user_settings().value(key)
    return str(value) if value else None


def stored_coder() -> str | None:
    return _text("coder/name")


def store_coder(name: str) -> None:
    user_settings().setValue("coder/name", name)


def stored_language() -> str | None:
    return _text("ui/language")


def store_language(language: str) -> None:
    user_settings().setValue("ui/language", language)


def recent_projects() -> list[str]:
    value = user_settings().value("recent/projects") or []
    items = [value] if isinstance(value, str) else list(value)  # one item comes back bare
    return [str(item) for item in items if item]


def remember_project(location: str) -> None:
    items = [location] + [item for item in recent_projects() if item != location]
    user_settings().setValue("recent/projects", items[:RECENT_LIMIT])


def stored_margin_width() -> int | None:
    """The coding margin's width as the person last dragged it."""
    value = user_settings().value("coding/margin_width")
    try:
        return int(value) if value is not None else None
    except (TypeError, ValueError):
        return None


def store_margin_width(width: int) -> None:
    user_settings().setValue("coding/margin_width", int(width))
