"""The analyst's judgement of one triangulation row (a code in one layout), with rationale.

Telaah suggests a judgement from the evidence; a row stored here overrides it. One row per
code and layout (``source`` or ``technique``).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.ids import CodeId, CoderId
from app.models.base import Base, UtcDateTime, utc_now

TRIANGULATION_LAYOUTS = ("source", "technique")
TRIANGULATION_JUDGEMENTS = ("converge", "partial", "diverge", "silent")


class TriangulationJudgement(Base):
    __tablename__ = "triangulation_judgements"
    __table_args__ = (UniqueConstraint("code_id", "layout"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code_id: Mapped[CodeId] = mapped_column(ForeignKey("codes.id", ondelete="CASCADE"))
    layout: Mapped[str] = mapped_column(String(20))
    judgement: Mapped[str] = mapped_column(String(20))
    rationale: Mapped[str] = mapped_column(Text, default="")
    author_id: Mapped[CoderId | None] = mapped_column(
        ForeignKey("coders.id", ondelete="SET NULL"), nullable=True
    )
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    # Optimistic concurrency: every UPDATE checks and bumps it (app.core.concurrency).
    row_version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": row_version}
