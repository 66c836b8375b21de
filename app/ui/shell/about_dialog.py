"""Help › About Telaah: version, licence, and the libraries it runs on with their licences."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt, qVersion
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTextBrowser, QVBoxLayout, QWidget

from app import __version__
from app.core.bundled_libraries import QT_LICENCE, Library, bundled_libraries
from app.core.software_citation import LICENCE
from app.resources import icon_file
from app.ui.widgets.window_size import fit_window

CONTEXT = "AboutDialog"
DIALOG_SIZE = (620, 660)
ICON_SIZE = 64


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def about_html() -> str:
    return _tr(
        "<h2>Telaah {version}</h2>"
        "<p>A workbench for qualitative interview analysis: coding against a codebook, "
        "Miles &amp; Huberman's data reduction, data display and conclusion drawing, "
        "triangulation, supervisor review and intercoder agreement.</p>"
        "<p>Free software under the GNU General Public License, version 3 or later "
        "({licence}). Telaah makes no network connections; a project stays in its own "
        "file or on your team's PostgreSQL server.</p>"
    ).format(version=html.escape(__version__), licence=LICENCE)


def libraries_html(libraries: tuple[Library, ...]) -> str:
    rows = "".join(
        f"<tr><td>{html.escape(library.name)}</td><td>{html.escape(library.version or '—')}"
        f"</td><td>{html.escape(library.licence)}</td></tr>" for library in libraries)
    heading = html.escape(_tr("Libraries Telaah uses"))
    note = html.escape(_tr("Each library keeps its own licence. The LGPL libraries (Qt, "
                           "PySide6, Psycopg) are used unmodified and can be replaced by "
                           "other versions."))
    return (f"<h3>{heading}</h3><table cellspacing='0' cellpadding='3'>"
            f"<tr><th align='left'>{html.escape(_tr('Library'))}</th>"
            f"<th align='left'>{html.escape(_tr('Version'))}</th>"
            f"<th align='left'>{html.escape(_tr('Licence'))}</th></tr>{rows}</table>"
            f"<p>{note}</p>")


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("About Telaah"))
        icon = QLabel(self)
        icon.setPixmap(QIcon(str(icon_file("telaah-128.png"))).pixmap(ICON_SIZE, ICON_SIZE))
        libraries = (bundled_libraries()[:1] + (Library("Qt", qVersion(), QT_LICENCE),)
                     + bundled_libraries()[1:])
        self.text = QTextBrowser(self)
        self.text.setObjectName("about_text")
        self.text.setOpenExternalLinks(False)
        self.text.setHtml(about_html() + libraries_html(libraries))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(icon, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        fit_window(self, "about", DIALOG_SIZE)


def show_about(window: QWidget) -> AboutDialog:
    dialog = AboutDialog(window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
