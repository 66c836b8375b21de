"""Coded excerpts of a project: chosen by code, informant and coder, written to Word.

``excerpt_document`` gives the frozen document model a GUI previews;
``export_excerpts`` writes the same document to .docx, with a progress callback and a
cancel check for long exports. Names people type (code paths, informant ids, coder names)
are checked first, so a typo is an error and never an empty document.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from app.analysis.excerpt_groups import GROUP_BY, ExcerptSelection, build_excerpt_document
from app.analysis.excerpt_groups import CodeSubject as CodeSubject
from app.analysis.excerpt_groups import ExcerptDocument as ExcerptDocument
from app.analysis.excerpt_groups import InformantSubject as InformantSubject
from app.analysis.excerpt_groups import Subject as Subject
from app.analysis.pseudonymise import NAME_MODES, Mask, identity
from app.core.bulk_work import collector_paused
from app.core.coded_corpus import load_coded_corpus, load_segment_memos, pseudonymiser_for
from app.core.ids import CodeId
from app.core.lookup import code_paths, find_code, find_coder, find_informant
from app.core.project import Project
from app.core.regions import region_pictures
from app.errors import InvalidValue, UnsupportedExportType
from app.io.export_labels import ExportLabels
from app.io.tab_table_rows import TablePart as TablePart
from app.io.tab_table_rows import TextPart as TextPart
from app.io.tab_table_rows import has_table_rows as has_table_rows
from app.io.tab_table_rows import split_table_rows as split_table_rows
from app.models import Code, SegmentRegion

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class ExcerptOptions:
    """What to export. Empty filters select everything; a code includes its sub-codes.

    ``pseudonymise`` masks informant names (``name_mode``: "label" or "pseudonym", see
    :mod:`app.analysis.pseudonymise`), ID numbers, phone numbers and e-mail addresses in every
    text taken from the project: quotes, memos, source titles and roles.
    """

    codes: tuple[str, ...] = ()
    informants: tuple[str, ...] = ()
    coders: tuple[str, ...] = ()
    group_by: str = "code"
    pseudonymise: bool = False
    name_mode: str = "label"
    with_coder: bool = False
    with_memo: bool = False


def excerpt_document(
    project: Project, *, options: ExcerptOptions, labels: ExportLabels, mask: Mask | None = None
) -> ExcerptDocument:
    """The excerpts ``options`` select; with ``options.pseudonymise``, masked by ``mask``
    (one from :func:`app.core.pseudonymising.export_mask`, to read its replacements
    afterwards) or by a new mask."""
    if options.group_by not in GROUP_BY:
        raise InvalidValue(field="grouping", value=options.group_by, detail=", ".join(GROUP_BY))
    if options.name_mode not in NAME_MODES:
        raise InvalidValue(field="name replacement", value=options.name_mode,
                           detail=", ".join(NAME_MODES))
    code_ids, code_paths = _selected_codes(project, options.codes)
    _check_names(project, options)
    with collector_paused():  # tens of thousands of small records, no cycles among them
        return _excerpt_document(project, options=options, labels=labels, mask=mask,
                                 code_ids=code_ids, code_paths=code_paths)


def _excerpt_document(project: Project, *, options: ExcerptOptions, labels: ExportLabels,
                      mask: Mask | None, code_ids: frozenset[int] | None,
                      code_paths: tuple[str, ...]) -> ExcerptDocument:
    corpus = load_coded_corpus(project, coders=options.coders or None)
    if not options.pseudonymise:
        mask = identity
    elif mask is None:
        mask = pseudonymiser_for(corpus, labels, mode=options.name_mode)
    return build_excerpt_document(
        corpus,
        group_by=options.group_by,
        code_ids=code_ids,
        informant_labels=frozenset(options.informants) or None,
        memos=load_segment_memos(project) if options.with_memo else None,
        mask=mask,
        selection=ExcerptSelection(
            codes=code_paths,
            informants=tuple(options.informants),
            coders=tuple(options.coders),
            pseudonymised=options.pseudonymise,
        ),
        with_coder=options.with_coder,
        with_memo=options.with_memo,
    )


def export_excerpts(
    project: Project,
    *,
    path: Path,
    options: ExcerptOptions,
    labels: ExportLabels,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    mask: Mask | None = None,
) -> ExcerptDocument:
    """Write the excerpts to ``path`` (.docx); returns the document that was written."""
    if path.suffix.lower() != ".docx":
        raise UnsupportedExportType(path=path, suffix=path.suffix or path.name, allowed=[".docx"])
    from app.io.docx_excerpts import write_excerpts_docx  # python-docx loads when used

    with collector_paused():  # the document's records and the body's strings: no cycles
        document = excerpt_document(project, options=options, labels=labels, mask=mask)
        write_excerpts_docx(document, path, labels=labels, progress=progress,
                            cancelled=cancelled, pictures=_pictures(project, document))
    return document


def _pictures(project: Project, document: ExcerptDocument) -> dict[int, bytes]:
    """The cropped pictures of the document's photo regions, by segment id."""
    with project.reading() as session:  # a few regions, against thousands of excerpts
        regions = set(session.scalars(select(SegmentRegion.segment_id)))
    if not regions:
        return {}
    segment_ids = [segment_id for section in document.sections for group in section.groups
                   for excerpt in group.excerpts for segment_id in excerpt.segment_ids
                   if segment_id in regions]
    return region_pictures(project, segment_ids=segment_ids) if segment_ids else {}


def _selected_codes(
    project: Project, codes: Sequence[str]
) -> tuple[frozenset[int] | None, tuple[str, ...]]:
    if not codes:
        return None, ()
    selected: set[CodeId] = set()
    with project.reading() as session:
        children: dict[CodeId, list[CodeId]] = {}
        for code_id, parent_id in session.execute(select(Code.id, Code.parent_id)):
            if parent_id is not None:
                children.setdefault(parent_id, []).append(code_id)
        full_paths = code_paths(session)
        paths = []
        for key in codes:
            root = find_code(session, key).id
            paths.append(full_paths[root])
            pending = [root]
            while pending:
                code_id = pending.pop()
                selected.add(code_id)
                pending.extend(children.get(code_id, ()))
    return frozenset(selected), tuple(paths)


def _check_names(project: Project, options: ExcerptOptions) -> None:
    with project.reading() as session:
        for label in options.informants:
            find_informant(session, label)
        for name in options.coders:
            find_coder(session, name)
