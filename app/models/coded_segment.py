"""Coded segments: a code applied by a coder to ``[start, end)`` of a source."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.ids import CodeId, CoderId, SegmentId, SourceId
from app.models.base import Base, UtcDateTime, new_guid, utc_now

# The valences and review statuses a segment may have, re-exported for the core.
from app.vocabulary import REVIEW_STATUSES as REVIEW_STATUSES
from app.vocabulary import VALENCES as VALENCES


class CodedSegment(Base):
    __tablename__ = "coded_segments"
    __table_args__ = (
        CheckConstraint("start >= 0 AND \"end\" > start", name="span"),
        Index("ix_coded_segments_source_start", "source_id", "start"),
        Index("ix_coded_segments_code", "code_id"),
        Index("ix_coded_segments_coder", "coder_id"),
    )

    id: Mapped[SegmentId] = mapped_column(Integer, primary_key=True)
    source_id: Mapped[SourceId] = mapped_column(ForeignKey("sources.id", ondelete="CASCADE"))
    code_id: Mapped[CodeId] = mapped_column(ForeignKey("codes.id", ondelete="CASCADE"))
    coder_id: Mapped[CoderId] = mapped_column(ForeignKey("coders.id", ondelete="RESTRICT"))
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    # Snapshot of the coded text, kept so exports and re-anchoring need not trust offsets alone.
    text: Mapped[str] = mapped_column(Text, default="")
    memo: Mapped[str] = mapped_column(Text, default="")
    # Data reduction: the analyst's short paraphrase of the quote (the condensed statement).
    paraphrase: Mapped[str] = mapped_column(Text, default="", server_default="")
    valence: Mapped[str | None] = mapped_column(String(10), nullable=True)
    review_status: Mapped[str] = mapped_column(
        String(20), default="pending", server_default="pending", index=True
    )
    guid: Mapped[str] = mapped_column(String(36), default=new_guid)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    # Optimistic concurrency: every UPDATE checks and bumps it (app.core.concurrency).
    row_version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": row_version}
