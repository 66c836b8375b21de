"""Codes: a tree of named, coloured codes with their codebook documentation."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Boolean, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.ids import CodeId
from app.models.base import Base, UtcDateTime, new_guid, utc_now

CODE_GROUPS = ("indicator", "obstacle", "effort", "other")


class Code(Base):
    __tablename__ = "codes"

    id: Mapped[CodeId] = mapped_column(Integer, primary_key=True)
    parent_id: Mapped[CodeId | None] = mapped_column(
        ForeignKey("codes.id", ondelete="CASCADE"), nullable=True, index=True
    )
    name: Mapped[str] = mapped_column(String(300))
    position: Mapped[int] = mapped_column(Integer, default=0)
    color: Mapped[str] = mapped_column(String(7), default="#9E9E9E")
    code_group: Mapped[str] = mapped_column(String(20), default="other")
    codable: Mapped[bool] = mapped_column(Boolean, default=True)
    definition: Mapped[str] = mapped_column(Text, default="")
    inclusion: Mapped[str] = mapped_column(Text, default="")
    exclusion: Mapped[str] = mapped_column(Text, default="")
    example: Mapped[str] = mapped_column(Text, default="")
    shortcut: Mapped[str | None] = mapped_column(String(20), nullable=True)
    name_en: Mapped[str] = mapped_column(String(300), default="")
    definition_en: Mapped[str] = mapped_column(Text, default="")
    # On a top-level code: the verdict scale (best first) its code group's conclusions use;
    # None takes the group's default (app.analysis.verdict_scales).
    verdict_scale: Mapped[list[str] | None] = mapped_column(JSON, nullable=True)
    guid: Mapped[str] = mapped_column(String(36), default=new_guid)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    # Optimistic concurrency: every UPDATE checks and bumps it (app.core.concurrency).
    row_version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": row_version}
