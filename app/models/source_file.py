"""The original file of a source (PDF, photo, recording), kept inside the project.

A source made from a PDF, an image, an audio or a video file keeps its original bytes here
so the project stays self-contained: the page a citation points at can be rendered again and
a region can be cropped from the photo years later. ``meta`` holds what was read from the
file when it was imported (EXIF date, page count, duration, pixel size, ...) as a JSON
object; ``linked_path`` is for originals too large to keep inside the project (then
``data`` is None and the file is looked up beside the project).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, Integer, LargeBinary, String
from sqlalchemy.orm import Mapped, deferred, mapped_column

from app.models.base import Base, UtcDateTime, utc_now

# The kinds of original a source may keep, re-exported for the core.
from app.vocabulary import MEDIA_TYPES as MEDIA_TYPES


class SourceFile(Base):
    """One original file per source (unique ``source_id``); deleted with its source."""

    __tablename__ = "source_files"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    source_id: Mapped[int] = mapped_column(
        ForeignKey("sources.id", ondelete="CASCADE"), unique=True
    )
    filename: Mapped[str] = mapped_column(String(500))
    # One of MEDIA_TYPES: "pdf", "image", "audio", "video".
    media_type: Mapped[str] = mapped_column(String(10))
    mime: Mapped[str] = mapped_column(String(100), default="")
    byte_size: Mapped[int] = mapped_column(Integer, default=0)
    sha256: Mapped[str] = mapped_column(String(64), default="")
    # The original bytes; deferred so listing sources never loads a file.
    data: Mapped[bytes | None] = deferred(mapped_column(LargeBinary, nullable=True))
    linked_path: Mapped[str | None] = mapped_column(String(1000), nullable=True)
    meta: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
