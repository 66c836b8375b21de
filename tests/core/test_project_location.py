"""Project locations: a remembered team project's URL lacks its password until asked."""

from __future__ import annotations

from pathlib import Path

from app.core.project_location import lacks_password, shown_location, with_password


def test_a_shown_database_url_lacks_its_password_and_gets_it_back() -> None:
    url = "postgresql://budi:rahasia@db.example:5432/studi"
    shown = shown_location(url)
    assert "rahasia" not in shown and lacks_password(shown)
    restored = with_password(shown, "rahasia")
    assert restored == url and not lacks_password(restored)
    assert with_password(shown, "p@ss:word/1") != restored  # quoted, never mangled
    assert shown_location(with_password(shown, "p@ss:word/1")) == shown


def test_a_file_location_never_lacks_a_password(tmp_path: Path) -> None:
    assert not lacks_password(str(tmp_path / "studi.telaah"))
    assert not lacks_password("budi:***@notes.telaah")  # no URL, only an odd file name
