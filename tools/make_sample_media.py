"""Make the sample study's documentation PDF and observation photos (invented content).

    python tools/make_sample_media.py

The PDF is written as a .docx with python-docx (running header, page numbers, a two-column
section) and converted by LibreOffice (``soffice --headless``), as a researcher's document
would be. The photos are drawn with Pillow: an office service counter and a notice board,
and a small production room; no people, no faces, no names. EXIF dates match the field
notes. Output goes to sample_transcripts/ (the files are committed; run again only to
change them).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from PIL import Image, ImageDraw, ImageFont

HERE = Path(__file__).resolve().parent.parent
OUT = HERE / "sample_transcripts"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"

HEADER = "Rencana Strategis Dinas Koperasi UKM 2021–2026 (ringkasan untuk penelitian)"
PAGE_ONE = [
    ("Bab I Pendahuluan", True),
    ("Rencana Strategis ini disusun sebagai pedoman pelaksanaan tugas pemberdayaan usaha "
     "mikro selama lima tahun. Dokumen ini merupakan ringkasan rekaan untuk contoh "
     "penelitian dan tidak memuat data dinas yang sebenarnya.", False),
    ("Isu strategis pertama adalah rendahnya kompetensi aparatur dalam pendampingan usaha "
     "mikro. Sebagian besar pegawai belum pernah mengikuti diklat teknis pemasaran digital, "
     "sehingga pelatihan bagi pelaku usaha masih bergantung pada narasumber dari luar "
     "dinas.", False),
    ("Isu strategis kedua adalah data usaha mikro binaan yang belum mutakhir. Pendataan "
     "ulang direncanakan setiap dua tahun bersama kecamatan agar sasaran pendampingan tepat "
     "dan tidak tumpang tindih dengan program instansi lain.", False),
]
PAGE_TWO = [
    ("Bab II Sasaran dan Indikator Kinerja", True),
    ("Sasaran pertama adalah meningkatnya jumlah usaha mikro yang naik kelas. Indikatornya "
     "adalah persentase usaha mikro binaan yang memiliki izin usaha, label P-IRT, dan "
     "pembukuan sederhana. Target tahun 2023 adalah enam puluh persen dari seluruh usaha "
     "binaan.", False),
    ("Sasaran kedua adalah meningkatnya kualitas pelayanan kepada pelaku usaha. "
     "Indikatornya adalah indeks kepuasan masyarakat pada loket layanan dan waktu "
     "penyelesaian rekomendasi izin usaha paling lama tiga hari kerja.", False),
    ("Sasaran ketiga adalah meningkatnya kompetensi aparatur. Indikatornya adalah jumlah "
     "pegawai yang mengikuti diklat teknis pendampingan setiap tahun, sekurang-kurangnya "
     "lima orang, serta berbagi pengetahuan antarpegawai secara terjadwal setiap bulan.",
     False),
    ("Pelaksanaan sasaran ini dipantau melalui laporan bulanan setiap bidang dan evaluasi "
     "triwulan oleh Sekretaris Dinas. Hambatan yang ditemukan dalam evaluasi dibahas dalam "
     "rapat staf dan menjadi dasar perubahan rencana kerja tahun berikutnya.", False),
]


def _page_number(paragraph: object) -> None:
    run = paragraph.add_run()  # type: ignore[attr-defined]
    for kind, text in (("begin", None), (None, " PAGE "), ("end", None)):
        if kind:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
        else:
            element = OxmlElement("w:instrText")
            element.set(qn("xml:space"), "preserve")
            element.text = text
        run._r.append(element)


def make_pdf(target: Path) -> None:
    document = Document()
    document.styles["Normal"].font.name = "DejaVu Sans"  # type: ignore[union-attr]
    document.styles["Normal"].font.size = Pt(11)  # type: ignore[union-attr]
    section = document.sections[0]
    section.header.paragraphs[0].text = HEADER
    footer = section.footer.paragraphs[0]
    footer.text = "Halaman "
    _page_number(footer)
    for text, heading in PAGE_ONE:
        document.add_heading(text, level=1) if heading else document.add_paragraph(text)
    document.add_page_break()
    for text, heading in PAGE_TWO:
        document.add_heading(text, level=1) if heading else document.add_paragraph(text)
    soffice = shutil.which("soffice")
    if soffice is None:
        sys.exit("LibreOffice (soffice) is needed")
    with tempfile.TemporaryDirectory() as folder:
        docx = Path(folder) / (target.stem + ".docx")
        document.save(str(docx))
        profile = (Path(folder) / "profile").resolve()
        subprocess.run([soffice, f"-env:UserInstallation={profile.as_uri()}", "--headless",
                        "--convert-to", "pdf", "--outdir", folder, str(docx)], check=True,
                       capture_output=True, timeout=300)
        shutil.copyfile(Path(folder) / (target.stem + ".pdf"), target)


def _exif(taken: str) -> Image.Exif:
    exif = Image.Exif()
    exif[306] = taken
    exif.get_ifd(0x8769)[36867] = taken
    return exif


def make_counter_photo(target: Path) -> None:
    """The service counter: a counter, a queue-number machine, a board with opening hours."""
    width, height = 1600, 1200
    picture = Image.new("RGB", (width, height), (226, 222, 210))
    draw = ImageDraw.Draw(picture)
    font = ImageFont.truetype(FONT, 42)
    small = ImageFont.truetype(FONT, 30)
    draw.rectangle((0, 900, width, height), fill=(120, 110, 100))  # floor
    draw.rectangle((80, 620, 1100, 900), fill=(150, 105, 65))  # counter
    draw.rectangle((80, 600, 1100, 630), fill=(110, 75, 45))
    draw.rectangle((200, 120, 900, 480), fill=(245, 245, 240), outline=(60, 60, 60), width=6)
    draw.text((240, 150), "LOKET LAYANAN UMKM", fill=(20, 60, 120), font=font)
    for number, line in enumerate(("Senin-Kamis 08.00-15.00", "Jumat 08.00-11.00",
                                   "Rekomendasi izin: 3 hari kerja")):
        draw.text((240, 240 + number * 60), line, fill=(30, 30, 30), font=small)
    draw.rectangle((1250, 480, 1420, 900), fill=(200, 60, 50))  # queue machine
    draw.rectangle((1280, 520, 1390, 600), fill=(30, 30, 30))
    draw.text((1292, 535), "A07", fill=(80, 240, 80), font=small)
    for index in range(3):  # files waiting on the counter
        left = 180 + index * 140
        draw.rectangle((left, 540, left + 110, 600), fill=(230, 200 - index * 40, 90))
    picture.save(target, "JPEG", quality=88, exif=_exif("2023:03:20 08:15:00"))


def make_workshop_photo(target: Path) -> None:
    """A home production room of a chips business: a table, sealed packs, a label roll."""
    width, height = 1600, 1200
    picture = Image.new("RGB", (width, height), (238, 232, 220))
    draw = ImageDraw.Draw(picture)
    small = ImageFont.truetype(FONT, 30)
    draw.rectangle((0, 850, width, height), fill=(170, 160, 150))
    draw.rectangle((150, 600, 1450, 650), fill=(180, 130, 80))  # table top
    for leg in (180, 1400):
        draw.rectangle((leg, 650, leg + 30, 950), fill=(120, 85, 50))
    for index in range(6):  # packs with and without a label
        left = 220 + index * 150
        draw.rectangle((left, 440, left + 110, 600), fill=(250, 210, 90))
        if index < 3:
            draw.rectangle((left + 15, 480, left + 95, 540), fill=(255, 255, 255))
            draw.text((left + 22, 490), "P-IRT", fill=(200, 30, 30), font=small)
    draw.ellipse((1150, 470, 1280, 600), fill=(250, 250, 250), outline=(90, 90, 90), width=4)
    draw.rectangle((1000, 150, 1400, 380), fill=(245, 245, 245), outline=(70, 70, 70),
                   width=5)  # a wall calendar
    draw.text((1030, 180), "Maret 2023", fill=(30, 30, 30), font=small)
    picture.save(target, "JPEG", quality=88, exif=_exif("2023:03:20 13:40:00"))


def main() -> None:
    make_pdf(OUT / "dokumen_renstra_2021-2026.pdf")
    make_counter_photo(OUT / "foto_loket_layanan.jpg")
    make_workshop_photo(OUT / "foto_ruang_produksi.jpg")


if __name__ == "__main__":
    main()
