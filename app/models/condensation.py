"""Data reduction and display artefacts: per-code summaries and code × informant cells."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.ids import CodeId, InformantId, SegmentId
from app.models.base import Base, UtcDateTime, utc_now


class CodeSummary(Base):
    """The analyst's summary of one code, written from its condensed statements."""

    __tablename__ = "code_summaries"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code_id: Mapped[CodeId] = mapped_column(
        ForeignKey("codes.id", ondelete="CASCADE"), unique=True
    )
    body: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    # Optimistic concurrency: every UPDATE checks and bumps it (app.core.concurrency).
    row_version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": row_version}


class SummaryCell(Base):
    """A summary-grid cell: what one informant says about one code, in the analyst's words."""

    __tablename__ = "summary_cells"
    __table_args__ = (UniqueConstraint("code_id", "informant_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code_id: Mapped[CodeId] = mapped_column(ForeignKey("codes.id", ondelete="CASCADE"))
    informant_id: Mapped[InformantId] = mapped_column(
        ForeignKey("informants.id", ondelete="CASCADE"))
    body: Mapped[str] = mapped_column(Text, default="")
    # How many segments the summary was written from: a deleted segment also deletes its
    # link, so only this count tells that one is gone.
    linked_count: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    # Optimistic concurrency: every UPDATE checks and bumps it (app.core.concurrency).
    row_version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": row_version}


class SummaryCellSegment(Base):
    """The segments a summary cell was written from (kept when those segments change)."""

    __tablename__ = "summary_cell_segments"

    cell_id: Mapped[int] = mapped_column(
        ForeignKey("summary_cells.id", ondelete="CASCADE"), primary_key=True
    )
    segment_id: Mapped[SegmentId] = mapped_column(
        ForeignKey("coded_segments.id", ondelete="CASCADE"), primary_key=True
    )
