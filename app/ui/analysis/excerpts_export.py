"""Write coded excerpts to Word off the GUI thread, with progress and cancelling."""

from __future__ import annotations

from pathlib import Path

from app.analysis.excerpt_groups import ExcerptDocument
from app.core.excerpts import ExcerptOptions, export_excerpts
from app.core.project import Project
from app.core.pseudonymising import Pseudonymiser
from app.io.export_labels import ExportLabels
from app.ui.exchange.exchange_progress import BackgroundWork


class ExcerptExport(BackgroundWork):
    """One export job on its own thread (see :class:`BackgroundWork`): ``progressed``
    while it runs, then ``ended``; ``document`` is the written document, ``error`` what
    went wrong, ``cancelled`` whether Cancel stopped it. Cancelling leaves no file."""

    def __init__(self, project: Project, *, path: Path, options: ExcerptOptions,
                 labels: ExportLabels, mask: Pseudonymiser | None = None) -> None:
        super().__init__(lambda progress, cancel: export_excerpts(
            project, path=path, options=options, labels=labels, progress=progress,
            cancelled=cancel, mask=mask))
        # With ``options.pseudonymise``: what the export replaced, once it has ended.
        self.mask = mask

    @property
    def document(self) -> ExcerptDocument | None:
        return self.result if isinstance(self.result, ExcerptDocument) else None
