"""The pages of a paged source (a PDF): where each page's text lies in the source text.

A page is ``[start, end)`` in code points of the source's normalised text, so a segment's
page is the page whose span contains its start. Width and height are in PDF points (1/72
inch). Headers and footers that repeat on every page are left out of the running text but
kept here, so they stay visible beside the page and are not lost.
"""

from __future__ import annotations

from sqlalchemy import Float, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base


class SourcePage(Base):
    """Page ``number`` (1-based, as the PDF counts) of a source."""

    __tablename__ = "source_pages"
    __table_args__ = (UniqueConstraint("source_id", "number"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("sources.id", ondelete="CASCADE"))
    number: Mapped[int] = mapped_column(Integer)
    # The page's printed label when the PDF gives one ("iv", "14"); "" when it does not.
    label: Mapped[str] = mapped_column(String(40), default="")
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    width: Mapped[float] = mapped_column(Float, default=0.0)
    height: Mapped[float] = mapped_column(Float, default=0.0)
    header: Mapped[str] = mapped_column(Text, default="")
    footer: Mapped[str] = mapped_column(Text, default="")
