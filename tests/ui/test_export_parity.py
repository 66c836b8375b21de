"""The same export from the GUI and from the command line, with the same choices, gives
the same document: paragraphs and table cells re-read with python-docx."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn
from pytestqt.qtbot import QtBot

from app.cli import main
from app.core.evidence import load_evidence
from app.core.project import Project
from app.ui.analysis.conclusion_tab import ConclusionTab
from app.ui.analysis.excerpts_dialog import ExcerptsDialog, check_keys
from app.ui.analysis.triangulation_view import TriangulationView
from app.ui.host.analysis_context import AnalysisContext
from app.ui.host.change_hub import ChangeHub
from tests.ui.jobs import finished


def document_text(path: Path) -> list[str]:
    """Every paragraph (with its style) and every table row of the body, in order."""
    document = Document(str(path))
    styles = {style.style_id: style.name for style in document.styles}
    lines: list[str] = []
    for block in document.element.body.iterchildren():
        if block.tag == qn("w:p"):
            style = block.find(qn("w:pPr") + "/" + qn("w:pStyle"))
            name = styles.get(style.get(qn("w:val")), "") if style is not None else "Normal"
            text = "".join(node.text or "" for node in block.iter(qn("w:t")))
            lines.append(f"[{name}] {text}")
        elif block.tag == qn("w:tbl"):
            for row in block.iter(qn("w:tr")):
                cells = ["\n".join("".join(t.text or "" for t in p.iter(qn("w:t")))
                                   for p in cell.iter(qn("w:p")))
                         for cell in row.iter(qn("w:tc"))]
                lines.append(" | ".join(cells))
    return lines


@pytest.fixture
def context(demo_project: Project) -> AnalysisContext:
    return AnalysisContext(project=demo_project, hub=ChangeHub(), coder_name="Tester",
                           jump_to=lambda *span: None, language="id")


@pytest.fixture
def triangulation(qtbot: QtBot, demo_project: Project,
                  context: AnalysisContext) -> Iterator[TriangulationView]:
    widget = TriangulationView(context)
    widget.set_evidence({e.id: e for e in load_evidence(demo_project)})
    qtbot.addWidget(widget)
    yield widget


def _cli(*arguments: str) -> None:
    assert main(list(arguments)) == 0


def choose(combo, value) -> None:  # type: ignore[no-untyped-def]
    combo.setCurrentIndex(combo.findData(value))


def test_triangulation_by_default_exports_what_the_command_line_exports(
    qtbot: QtBot, triangulation: TriangulationView, demo_path: Path, tmp_path: Path
) -> None:
    gui, cli = tmp_path / "gui.docx", tmp_path / "cli.docx"
    assert finished(qtbot, triangulation.export(gui))
    _cli("triangulation", str(demo_path), "-o", str(cli))
    gui_text = document_text(gui)
    assert gui_text == document_text(cli)
    assert any("Minim Diklat" in line for line in gui_text)  # an obstacle: every group
    assert triangulation.export_scope.text().startswith(
        f"Exports {len(triangulation.matrix().rows)} rows")


@pytest.mark.parametrize(("layout", "group", "pseudonymise"), [
    ("technique", "obstacle", False),
    ("source", "effort", True),
])
def test_triangulation_with_other_choices_matches_too(
    qtbot: QtBot, triangulation: TriangulationView, demo_path: Path, tmp_path: Path,
    layout: str, group: str, pseudonymise: bool,
) -> None:
    choose(triangulation.layout_choice, layout)
    choose(triangulation.group, group)
    triangulation.pseudonymise.setChecked(pseudonymise)
    gui, cli = tmp_path / "gui.docx", tmp_path / "cli.docx"
    assert finished(qtbot, triangulation.export(gui))
    _cli("triangulation", str(demo_path), "--by", layout, "--group", group, "-o", str(cli),
         *(["--pseudonymize"] if pseudonymise else []))
    assert document_text(gui) == document_text(cli)


@pytest.fixture
def excerpts(qtbot: QtBot, context: AnalysisContext) -> Iterator[ExcerptsDialog]:
    dialog = ExcerptsDialog(context)
    qtbot.addWidget(dialog)
    yield dialog
    dialog.done(0)


def _export_excerpts(qtbot: QtBot, dialog: ExcerptsDialog, path: Path) -> None:
    with qtbot.waitSignal(dialog.export_ended, timeout=60_000):
        dialog.export(path)
    assert path.exists()


def test_coded_excerpts_from_the_dialog_equal_the_command_line_s(
    qtbot: QtBot, excerpts: ExcerptsDialog, demo_path: Path, tmp_path: Path
) -> None:
    gui, cli = tmp_path / "gui.docx", tmp_path / "cli.docx"
    _export_excerpts(qtbot, excerpts, gui)
    _cli("excerpts", str(demo_path), "-o", str(cli))
    assert document_text(gui) == document_text(cli)


def test_chosen_excerpts_from_the_dialog_equal_the_command_line_s(
    qtbot: QtBot, excerpts: ExcerptsDialog, demo_path: Path, tmp_path: Path
) -> None:
    check_keys(excerpts.codes, {"Hambatan/Minim Diklat", "Upaya/Pelatihan"})
    check_keys(excerpts.informants, {"I2", "I4"})
    check_keys(excerpts.coders, {"Annisa"})
    choose(excerpts.group_by, "informant")
    excerpts.pseudonymise.setChecked(True)
    excerpts.with_coder.setChecked(True)
    excerpts.with_memo.setChecked(True)
    gui, cli = tmp_path / "gui.docx", tmp_path / "cli.docx"
    _export_excerpts(qtbot, excerpts, gui)
    _cli("excerpts", str(demo_path), "-o", str(cli), "--code", "Hambatan/Minim Diklat",
         "--code", "Upaya/Pelatihan", "--informant", "I2", "--informant", "I4",
         "--coder", "Annisa", "--group-by", "informant", "--pseudonymize", "--with-coder",
         "--with-memo")
    gui_text = document_text(gui)
    assert gui_text == document_text(cli)
    assert any("Minim Diklat" in line for line in gui_text)


@pytest.mark.parametrize("pseudonymise", [False, True])
def test_the_results_report_from_the_conclusions_tab_equals_the_command_line_s(
    qtbot: QtBot, context: AnalysisContext, demo_path: Path, tmp_path: Path,
    pseudonymise: bool,
) -> None:
    tab = ConclusionTab(context)
    qtbot.addWidget(tab)
    tab.pseudonymise.setChecked(pseudonymise)
    gui, cli = tmp_path / "gui.docx", tmp_path / "cli.docx"
    assert finished(qtbot, tab.write_report(gui))
    _cli("report", str(demo_path), "-o", str(cli), *(["--pseudonymize"] if pseudonymise else []))
    assert document_text(gui) == document_text(cli)


@pytest.fixture
def indonesian(qapp: object) -> Iterator[None]:
    """The interface in Indonesian, as a user who chose it (and as ``--lang id``)."""
    from app.ui.shell.language_switch import install_translator, remove_translator

    install_translator("id")
    yield
    remove_translator()


@pytest.mark.parametrize(("value", "group"), [("count", None), ("statements", "obstacle")])
def test_the_code_matrix_from_the_display_tab_equals_the_command_line_s(
    qtbot: QtBot, indonesian: None, demo_project: Project, context: AnalysisContext,
    demo_path: Path, tmp_path: Path, value: str, group: str | None,
) -> None:
    from app.ui.analysis.display_matrix import CodeMatrixView

    view = CodeMatrixView(context)
    qtbot.addWidget(view)
    view.set_evidence({e.id: e for e in load_evidence(demo_project)})
    choose(view.value, value)
    choose(view.group, group)
    gui, cli = tmp_path / "gui.docx", tmp_path / "cli.docx"
    assert finished(qtbot, view.exports.export(gui))
    _cli("--lang", "id", "matrix", str(demo_path), "--value", value, "-o", str(cli),
         *(["--group", group] if group else []))
    assert document_text(gui) == document_text(cli)


def test_the_co_occurrence_table_from_the_display_tab_equals_the_command_line_s(
    qtbot: QtBot, indonesian: None, context: AnalysisContext, demo_path: Path,
    tmp_path: Path,
) -> None:
    from app.ui.analysis.display_cooccurrence import CoOccurrenceView

    view = CoOccurrenceView(context)
    qtbot.addWidget(view)
    view.reload()
    gui, cli = tmp_path / "gui.docx", tmp_path / "cli.docx"
    assert finished(qtbot, view.exports.export(gui))
    _cli("--lang", "id", "cooccurrence", str(demo_path), "-o", str(cli))
    assert document_text(gui) == document_text(cli)


def test_a_display_written_without_lang_is_in_the_export_language_throughout(
    qtbot: QtBot, indonesian: None, demo_project: Project, context: AnalysisContext,
    demo_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    from app.ui.analysis.display_matrix import CodeMatrixView

    monkeypatch.delenv("TELAAH_LANG", raising=False)
    monkeypatch.setenv("LANG", "en_GB.UTF-8")  # messages in English; documents in Indonesian
    view = CodeMatrixView(context)
    qtbot.addWidget(view)
    view.set_evidence({e.id: e for e in load_evidence(demo_project)})
    gui, cli = tmp_path / "gui.docx", tmp_path / "cli.docx"
    assert finished(qtbot, view.exports.export(gui))
    _cli("matrix", str(demo_path), "-o", str(cli))
    assert document_text(gui) == document_text(cli)


@pytest.mark.parametrize("lang", [None, "id"])
def test_the_review_summary_from_the_review_panel_equals_the_command_line_s(
    indonesian: None, demo_project: Project, demo_path: Path, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch, lang: str | None,
) -> None:
    from app.ui.review.review_summary_export import export_review_summary

    monkeypatch.delenv("TELAAH_LANG", raising=False)
    monkeypatch.setenv("LANG", "en_GB.UTF-8")  # messages in English; documents in Indonesian
    gui, cli = tmp_path / "gui.docx", tmp_path / "cli.docx"
    export_review_summary(demo_project, gui)
    _cli(*(["--lang", lang] if lang else []), "review", str(demo_path), "--as", "Annisa",
         "--summary", str(cli))
    gui_text = document_text(gui)
    assert gui_text == document_text(cli)
    assert any("Kode" in line for line in gui_text)
