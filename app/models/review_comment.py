"""The review thread of a coded segment: verdicts by a supervisor, replies by the coder."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.ids import CoderId, SegmentId
from app.models.base import Base, UtcDateTime, utc_now


class ReviewComment(Base):
    __tablename__ = "review_comments"
    __table_args__ = (Index("ix_review_comments_segment", "segment_id", "created_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    segment_id: Mapped[SegmentId] = mapped_column(
        ForeignKey("coded_segments.id", ondelete="CASCADE")
    )
    author_id: Mapped[CoderId] = mapped_column(ForeignKey("coders.id", ondelete="RESTRICT"))
    # The status this entry set (a verdict or "revised"); None for a plain reply.
    status: Mapped[str | None] = mapped_column(String(20), nullable=True)
    body: Mapped[str] = mapped_column(Text, default="")
    # A verdict's evidence of what was judged: the segment's text and code path as the
    # supervisor saw them (the segment may change afterwards).
    reviewed_text: Mapped[str | None] = mapped_column(Text, nullable=True)
    reviewed_code: Mapped[str | None] = mapped_column(String(600), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
