"""What a supervisor does to a review document in Word, done with python-docx (and lxml for
the reply link Word writes in commentsExtended.xml), for the review-in-Word tests."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from docx import Document
from docx.document import Document as DocumentObject
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml.ns import qn
from docx.text.run import Run
from lxml import etree

W14 = "http://schemas.microsoft.com/office/word/2010/wordml"
W15 = "http://schemas.microsoft.com/office/word/2012/wordml"
EXTENDED_TYPE = ("application/vnd.openxmlformats-officedocument.wordprocessingml."
                 "commentsExtended+xml")
EXTENDED_REL = "http://schemas.microsoft.com/office/2011/relationships/commentsExtended"


class WordEdits:
    """Open a review document, reply and comment as a supervisor would, save."""

    def __init__(self, path: Path) -> None:
        self.document: DocumentObject = Document(str(path))
        self.links: list[tuple[str, str]] = []  # (reply paraId, parent paraId)

    def comment_id_of(self, segment_id: int) -> int:
        for comment in self.document.comments:
            if comment.paragraphs[0].text.startswith(f"§{segment_id} "):
                return comment.comment_id
        raise KeyError(segment_id)

    def _range_runs(self, comment_id: int) -> list[Run]:
        body = self.document.element.body
        inside, runs = False, []
        for element in body.iter(qn("w:commentRangeStart"), qn("w:commentRangeEnd"), qn("w:r")):
            this_comment = element.get(qn("w:id")) == str(comment_id)
            if element.tag == qn("w:commentRangeStart") and this_comment:
                inside = True
            elif element.tag == qn("w:commentRangeEnd") and this_comment:
                break
            elif inside and element.tag == qn("w:r"):
                runs.append(Run(element, self.document.paragraphs[0]))
        return runs

    def reply(self, segment_id: int, text: str, *, author: str = "Dr. Sari",
              linked: bool = False) -> None:
        """A reply on the same passage; ``linked`` also writes Word's reply link."""
        parent_id = self.comment_id_of(segment_id)
        runs = self._range_runs(parent_id)
        reply = self.document.add_comment(runs, text=text, author=author, initials="DS")
        if linked:
            parent = next(c for c in self.document.comments if c.comment_id == parent_id)
            self.links.append((_para_id(reply), _para_id(parent)))

    def comment_on_line(self, starting: str, text: str, *, author: str = "Dr. Sari") -> None:
        """A new comment on a whole paragraph that starts with ``starting``."""
        paragraph = next(p for p in self.document.paragraphs if p.text.startswith(starting))
        self.document.add_comment(paragraph.runs, text=text, author=author, initials="DS")

    def save(self, path: Path) -> Path:
        if self.links:
            _add_extended(self.document, self.links)
        self.document.save(str(path))
        return path


def _para_id(comment) -> str:  # type: ignore[no-untyped-def]
    paragraph = comment.paragraphs[-1]._p
    value = paragraph.get(f"{{{W14}}}paraId")
    if not value:
        value = f"{(abs(hash((comment.comment_id, id(paragraph)))) % 0x7FFFFFFF):08X}"
        paragraph.set(f"{{{W14}}}paraId", value)
    return value


def _add_extended(document: DocumentObject, links: list[tuple[str, str]]) -> None:
    root = etree.Element(f"{{{W15}}}commentsEx", nsmap={"w15": W15})
    for reply, parent in links:
        etree.SubElement(root, f"{{{W15}}}commentEx",
                         {f"{{{W15}}}paraId": reply, f"{{{W15}}}paraIdParent": parent,
                          f"{{{W15}}}done": "0"})
    blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    part = Part(PackURI("/word/commentsExtended.xml"), EXTENDED_TYPE, blob,
                document.part.package)
    document.part.relate_to(part, EXTENDED_REL)
    assert RELATIONSHIP_TYPE  # the standard types are there; this one is Word 2012's own


def through_libreoffice(path: Path, folder: Path) -> Path:
    """The same document opened and saved again as .docx by LibreOffice."""
    soffice = shutil.which("soffice")
    assert soffice is not None
    folder.mkdir(parents=True, exist_ok=True)
    profile = folder / "lo-profile"
    subprocess.run(
        [soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to",
         "docx", "--outdir", str(folder), str(path)],
        check=True, capture_output=True, timeout=240,
        env={**os.environ, "HOME": str(folder)})
    converted = folder / path.name
    assert converted.is_file()
    return converted
