"""A rectangle on a picture (or on a PDF page) that a coded segment stands for.

Coordinates are normalised to the picture's size (0..1 from the top-left corner), so they
survive downscaling for display. The description is the region's text: displays, matrices,
triangulation and exports show it where a text segment would show its quote.
"""

from __future__ import annotations

from sqlalchemy import CheckConstraint, Float, ForeignKey, Integer, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base


class SegmentRegion(Base):
    """At most one region per coded segment; deleted with its segment."""

    __tablename__ = "segment_regions"
    __table_args__ = (
        CheckConstraint("w > 0 AND h > 0", name="size"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    segment_id: Mapped[int] = mapped_column(
        ForeignKey("coded_segments.id", ondelete="CASCADE"), unique=True
    )
    # The PDF page the region lies on; None on a photo.
    page: Mapped[int | None] = mapped_column(Integer, nullable=True)
    x: Mapped[float] = mapped_column(Float)
    y: Mapped[float] = mapped_column(Float)
    w: Mapped[float] = mapped_column(Float)
    h: Mapped[float] = mapped_column(Float)
    description: Mapped[str] = mapped_column(Text, default="")
