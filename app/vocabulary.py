"""The fixed words Telaah stores for a few concepts, each vocabulary spelled out once.

Every other module refers to these tuples: argparse ``choices=``, combo boxes, checks on
imported tables, the order of columns in analyses. Their order is the order in which a
person sees them. Front ends reach them through :mod:`app.core.vocabulary`; the models,
io and analysis import them from here (this module imports nothing, so every layer may).
tests/test_vocabulary.py fails when a module spells one of them out again.
"""

from __future__ import annotations

from typing import Final

# The kind of a source, which is also the data-collection technique of triangulation:
# interview transcripts, observation notes, documentation notes.
SOURCE_KINDS: Final = ("interview", "observation", "documentation")

# The kind of original file a source keeps in the project (app/models/source_file.py):
# a PDF document, a photo, an audio or a video recording.
MEDIA_TYPES: Final = ("pdf", "image", "audio", "video")

# The type of an informant, from the most to the least central to the study.
INFORMANT_TYPES: Final = ("kunci", "utama", "pendukung")

# The valence a coder gives a coded segment (optional), and so the lean of a triangulation
# column.
VALENCES: Final = ("positive", "negative", "mixed")

# The verdicts a supervisor gives a coded segment.
REVIEW_VERDICTS: Final = ("accepted", "needs_revision", "rejected")
# The review status of a coded segment: a new segment is pending; "revised" means its coder
# changed it after a "needs_revision" verdict, so it is back in the supervisor's queue.
REVIEW_STATUSES: Final = ("pending", *REVIEW_VERDICTS, "revised")

# The default verdict scales of conclusions, best first, one per rule (see
# app.analysis.verdict_scales); a project or a code group may set its own.
PERFORMANCE_SCALE: Final = ("baik", "cukup baik", "belum maksimal", "kurang")
CONFIRMATION_SCALE: Final = ("terkonfirmasi kuat", "terkonfirmasi sebagian", "satu suara",
                             "tidak terkonfirmasi")
IMPLEMENTATION_SCALE: Final = ("terlaksana", "terlaksana sebagian", "baru direncanakan",
                               "tidak ada bukti")
