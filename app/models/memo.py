"""Memos: notes attached to the project, a source, a code or a segment."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.ids import CodeId, CoderId, MemoId, SegmentId, SourceId
from app.models.base import Base, UtcDateTime, new_guid, utc_now

MEMO_TYPES = ("analytic", "methodological", "reflexive")


class Memo(Base):
    __tablename__ = "memos"

    id: Mapped[MemoId] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(String(500), default="")
    body: Mapped[str] = mapped_column(Text, default="")
    memo_type: Mapped[str] = mapped_column(String(20), default="analytic")
    source_id: Mapped[SourceId | None] = mapped_column(
        ForeignKey("sources.id", ondelete="CASCADE"), nullable=True, index=True
    )
    code_id: Mapped[CodeId | None] = mapped_column(
        ForeignKey("codes.id", ondelete="CASCADE"), nullable=True, index=True
    )
    segment_id: Mapped[SegmentId | None] = mapped_column(
        ForeignKey("coded_segments.id", ondelete="CASCADE"), nullable=True, index=True
    )
    author_id: Mapped[CoderId | None] = mapped_column(
        ForeignKey("coders.id", ondelete="SET NULL"), nullable=True
    )
    guid: Mapped[str] = mapped_column(String(36), default=new_guid)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    # Optimistic concurrency: every UPDATE checks and bumps it (app.core.concurrency).
    row_version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": row_version}
