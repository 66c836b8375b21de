"""The project's title, description and research questions."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import delete, select

from app.core.changes import Changes
from app.core.project import Project
from app.models import ProjectInfo, ResearchQuestion


@dataclass(frozen=True)
class ProjectInfoView:
    title: str
    description: str
    research_questions: tuple[str, ...]


def get_project_info(project: Project) -> ProjectInfoView:
    with project.reading() as session:
        info = session.get(ProjectInfo, 1)
        questions = session.scalars(
            select(ResearchQuestion.text).order_by(ResearchQuestion.position)
        )
        return ProjectInfoView(
            title=info.title if info else "",
            description=info.description if info else "",
            research_questions=tuple(questions),
        )


def set_project_info(
    project: Project,
    *,
    title: str | None = None,
    description: str | None = None,
    research_questions: Sequence[str] | None = None,
) -> Changes:
    """Change what is given; ``research_questions`` replaces the whole ordered list."""
    with project.writing() as session:
        info = session.get(ProjectInfo, 1) or ProjectInfo(id=1)
        session.add(info)
        if title is not None:
            info.title = title.strip()
        if description is not None:
            info.description = description
        if research_questions is not None:
            session.execute(delete(ResearchQuestion))
            session.add_all(
                ResearchQuestion(position=position, text=text.strip())
                for position, text in enumerate(research_questions)
                if text.strip()
            )
        return Changes(project=True)
