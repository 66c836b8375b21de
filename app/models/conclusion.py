"""Conclusion drawing and verification: a conclusion per indicator or research question."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, CheckConstraint, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.ids import CodeId, SegmentId
from app.models.base import Base, UtcDateTime, utc_now

CONCLUSION_STATUSES = ("draft", "tentative", "verified")
EVIDENCE_ROLES = ("supporting", "contradicting")
# Miles & Huberman's verification tactics the analyst ticks.
TACTICS = ("triangulated", "negative_evidence", "representativeness", "member_check")


class Conclusion(Base):
    __tablename__ = "conclusions"
    __table_args__ = (
        CheckConstraint(
            "(code_id IS NOT NULL) OR (research_question_id IS NOT NULL)", name="target"
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code_id: Mapped[CodeId | None] = mapped_column(
        ForeignKey("codes.id", ondelete="CASCADE"), nullable=True, unique=True
    )
    research_question_id: Mapped[int | None] = mapped_column(
        ForeignKey("research_questions.id", ondelete="CASCADE"), nullable=True, unique=True
    )
    statement: Mapped[str] = mapped_column(Text, default="")
    # The analyst's verdict (one word of the project's scale) and, when it differs from the
    # suggestion, the reason.
    verdict: Mapped[str | None] = mapped_column(String(60), nullable=True)
    override_reason: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(20), default="draft")
    tactics: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    # Optimistic concurrency: every UPDATE checks and bumps it (app.core.concurrency).
    row_version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": row_version}


class ConclusionEvidence(Base):
    __tablename__ = "conclusion_evidence"

    conclusion_id: Mapped[int] = mapped_column(
        ForeignKey("conclusions.id", ondelete="CASCADE"), primary_key=True
    )
    segment_id: Mapped[SegmentId] = mapped_column(
        ForeignKey("coded_segments.id", ondelete="CASCADE"), primary_key=True
    )
    role: Mapped[str] = mapped_column(String(20), default="supporting")
