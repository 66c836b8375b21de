"""The change feed: every write to a project appends what it changed, in commit order.

Open windows ask for the entries after the last sequence number they saw (an index range
scan on the primary key); a conflict message reads who last changed an object and when.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, UtcDateTime, utc_now


class ChangeLogEntry(Base):
    __tablename__ = "change_log"
    __table_args__ = (
        Index("ix_change_log_object", "kind", "object_id", "seq"),
        # Never reuse a sequence number on SQLite, even after the newest entries are pruned.
        {"sqlite_autoincrement": True},
    )

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    # What changed: "code", "segment", "memo", "summary", "conclusion", ... (change_feed.KINDS)
    kind: Mapped[str] = mapped_column(String(40))
    object_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    action: Mapped[str] = mapped_column(String(10))  # insert, update, delete
    # The fields written, with their new values (long texts cut), and on a deletion the
    # names that let a message say what was deleted.
    fields: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    actor: Mapped[str] = mapped_column(String(200), default="")
    changed_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
