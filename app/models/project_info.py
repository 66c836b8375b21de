"""Project-level metadata: one row of settings plus ordered research questions."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, UtcDateTime, new_guid, utc_now
from app.vocabulary import PERFORMANCE_SCALE

DEFAULT_VERDICT_SCALE = PERFORMANCE_SCALE


class ProjectInfo(Base):
    """Exactly one row (id 1) describing the project."""

    __tablename__ = "project_info"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(String(500), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    # The verdict scale for conclusions, best first (Indonesian theses: baik ... kurang).
    verdict_scale: Mapped[list[str]] = mapped_column(
        JSON, default=lambda: list(DEFAULT_VERDICT_SCALE)
    )
    guid: Mapped[str] = mapped_column(String(36), default=new_guid)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)


class ResearchQuestion(Base):
    __tablename__ = "research_questions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(Text)
