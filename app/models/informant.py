"""Informants: the people interviewed, known in the project by a label and a pseudonym."""

from __future__ import annotations

from typing import Any

from sqlalchemy import JSON, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from app.ids import InformantId
from app.models.base import Base, new_guid

# The types an informant may have, re-exported for the core.
from app.vocabulary import INFORMANT_TYPES as INFORMANT_TYPES


class Informant(Base):
    __tablename__ = "informants"

    id: Mapped[InformantId] = mapped_column(Integer, primary_key=True)
    label: Mapped[str] = mapped_column(String(40), unique=True)
    pseudonym: Mapped[str] = mapped_column(String(200), default="")
    # Kept only if the researcher enters it; exports use the pseudonym.
    real_name: Mapped[str | None] = mapped_column(String(200), nullable=True)
    role: Mapped[str] = mapped_column(String(300), default="")
    informant_type: Mapped[str] = mapped_column(String(20), default="utama")
    attributes: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    guid: Mapped[str] = mapped_column(String(36), default=new_guid)
    # Optimistic concurrency: every UPDATE checks and bumps it (app.core.concurrency).
    row_version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": row_version}
