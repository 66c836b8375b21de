"""A plain, JSON-ready summary of a project: what ``telaah info`` prints."""

from __future__ import annotations

from typing import Any

from app.core.coders import list_coders
from app.core.codes import list_codes
from app.core.informants import list_informants
from app.core.project import Project
from app.core.project_info import get_project_info
from app.core.sources import list_sources


def summarise_project(project: Project) -> dict[str, Any]:
    info = get_project_info(project)
    return {
        "title": info.title,
        "description": info.description,
        "research_questions": list(info.research_questions),
        "sources": [
            {
                "title": source.title,
                "kind": source.kind,
                "informant": source.informant_label,
                "date": source.source_date.isoformat() if source.source_date else None,
                "words": source.word_count,
                "characters": source.char_count,
                "segments": source.segment_count,
            }
            for source in list_sources(project)
        ],
        "informants": [
            {
                "id": informant.label,
                "pseudonym": informant.pseudonym,
                "role": informant.role,
                "type": informant.informant_type,
                "sources": informant.source_count,
            }
            for informant in list_informants(project)
        ],
        "codes": [
            {
                "path": code.path,
                "group": code.group,
                "codable": code.codable,
                "color": code.color,
                "segments": code.segment_count,
            }
            for code in list_codes(project)
        ],
        "coders": [
            {"name": coder.name, "role": coder.role, "segments": coder.segment_count}
            for coder in list_coders(project)
        ],
    }
