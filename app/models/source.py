"""Sources (transcripts, observation and documentation notes) and their speaker turns."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text, false
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.ids import InformantId, SourceId
from app.models.base import Base, UtcDateTime, new_guid, utc_now

# The kinds a source may have, re-exported for the core.
from app.vocabulary import SOURCE_KINDS as SOURCE_KINDS


class Source(Base):
    __tablename__ = "sources"

    id: Mapped[SourceId] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(String(500), unique=True)
    kind: Mapped[str] = mapped_column(String(20), default="interview")
    informant_id: Mapped[InformantId | None] = mapped_column(
        ForeignKey("informants.id", ondelete="SET NULL"), nullable=True, index=True
    )
    source_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    # Normalised plain text (NFC, "\n", no BOM); segment offsets are code points into it.
    # Deferred so that listing sources never loads whole transcripts.
    text: Mapped[str] = mapped_column(Text, deferred=True)
    char_count: Mapped[int] = mapped_column(Integer, default=0)
    word_count: Mapped[int] = mapped_column(Integer, default=0)
    file_name: Mapped[str] = mapped_column(String(500), default="")
    file_format: Mapped[str] = mapped_column(String(10), default="txt")
    encoding: Mapped[str] = mapped_column(String(40), default="utf-8")
    sha256: Mapped[str] = mapped_column(String(64), default="")
    # True for a text a machine made (an automatic transcript, OCR) that no person has
    # checked yet; the front ends mark such a source as a draft.
    machine_made: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    guid: Mapped[str] = mapped_column(String(36), default=new_guid)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    # Optimistic concurrency: every UPDATE checks and bumps it (app.core.concurrency).
    row_version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": row_version}

    turns: Mapped[list[Turn]] = relationship(
        back_populates="source", cascade="all, delete-orphan", order_by="Turn.number"
    )


class Turn(Base):
    """A speaker turn: ``[start, end)`` in code points of the source text."""

    __tablename__ = "turns"
    __table_args__ = (Index("ix_turns_source_start", "source_id", "start"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    source_id: Mapped[SourceId] = mapped_column(ForeignKey("sources.id", ondelete="CASCADE"))
    number: Mapped[int] = mapped_column(Integer)
    speaker: Mapped[str] = mapped_column(String(100))
    role: Mapped[str | None] = mapped_column(String(20), nullable=True)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)

    source: Mapped[Source] = relationship(back_populates="turns")
