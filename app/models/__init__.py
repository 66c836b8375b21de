"""SQLAlchemy mapped classes. Importing this package registers every table on ``Base``."""

from app.models.base import Base
from app.models.change_log import ChangeLogEntry
from app.models.code import Code
from app.models.coded_segment import CodedSegment
from app.models.coder import Coder
from app.models.conclusion import Conclusion, ConclusionEvidence
from app.models.condensation import CodeSummary, SummaryCell, SummaryCellSegment
from app.models.informant import Informant
from app.models.memo import Memo
from app.models.project_info import ProjectInfo, ResearchQuestion
from app.models.review_comment import ReviewComment
from app.models.segment_region import SegmentRegion
from app.models.source import Source, Turn
from app.models.source_file import SourceFile
from app.models.source_page import SourcePage
from app.models.sync_point import SyncPoint
from app.models.triangulation_judgement import TriangulationJudgement

__all__ = [
    "Base",
    "ChangeLogEntry",
    "Code",
    "CodeSummary",
    "Conclusion",
    "ConclusionEvidence",
    "CodedSegment",
    "Coder",
    "Informant",
    "Memo",
    "ProjectInfo",
    "ResearchQuestion",
    "ReviewComment",
    "SegmentRegion",
    "Source",
    "SourceFile",
    "SourcePage",
    "SummaryCell",
    "SummaryCellSegment",
    "SyncPoint",
    "Turn",
    "TriangulationJudgement",
]
