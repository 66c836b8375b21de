"""Coders: the people who apply codes (and supervisors who review them)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from app.ids import CoderId
from app.models.base import Base, UtcDateTime, new_guid, utc_now

CODER_ROLES = ("coder", "supervisor")


class Coder(Base):
    __tablename__ = "coders"

    id: Mapped[CoderId] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    role: Mapped[str] = mapped_column(String(20), default="coder")
    guid: Mapped[str] = mapped_column(String(36), default=new_guid)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
