"""Points where a transcript's text meets its recording: text offset ``offset`` is heard at
``time_ms`` milliseconds. Between two points the time is interpolated by the core."""

from __future__ import annotations

from sqlalchemy import ForeignKey, Integer, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base


class SyncPoint(Base):
    """One anchor per text offset of a source; deleted with its source."""

    __tablename__ = "sync_points"
    __table_args__ = (UniqueConstraint("source_id", "offset"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("sources.id", ondelete="CASCADE"))
    # Code points into the source's normalised text.
    offset: Mapped[int] = mapped_column(Integer)
    time_ms: Mapped[int] = mapped_column(Integer)
