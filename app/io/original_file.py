"""The original file a source keeps in the project (a PDF, a photo, a recording), as the
importers hand it to the core; stored as :class:`app.models.SourceFile`."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class OriginalFile:
    """``media_type`` is one of :data:`app.vocabulary.MEDIA_TYPES`; ``meta`` what the
    importer learnt (``exif_date``, ``width``/``height`` in pixels, ``pages``, ...)."""

    filename: str
    media_type: str
    mime: str
    data: bytes
    sha256: str
    meta: dict[str, Any] = field(default_factory=dict)
