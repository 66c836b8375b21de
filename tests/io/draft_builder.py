"""A thesis draft built with python-docx: exact, altered, elided, mis-cited and invented quotes."""

from __future__ import annotations

from pathlib import Path

from docx import Document

EXACT_I1 = "Kalau ditanya kualitas, saya bilang belum maksimal."
ELIDED_I1 = "Programnya jalan, kegiatannya ada ... masih ada jarak."
ALTERED_I1 = ("Pelaku UMKM sekarang butuh pendampingan yang sangat teknis, misalnya soal "
              "pemasaran online, marketplace, laporan keuangan yang rapi.")
MISCITED_I4 = "Tugas pokoknya ya mendampingi UMKM binaan."
INVENTED = "Kami sudah memiliki sistem informasi terpadu yang canggih untuk semua UMKM di provinsi."
BLOCK_I3 = ("Targetnya ada di Renstra dan Renja. Setiap tahun kami punya target berapa usaha "
            "mikro yang dibina, berapa yang dilatih, berapa yang difasilitasi izinnya.")


def build_draft(path: Path) -> Path:
    document = Document()
    document.add_heading("BAB IV HASIL PENELITIAN DAN PEMBAHASAN", level=1)
    document.add_paragraph(
        f"Kepala dinas mengakui kelemahan ini: “{EXACT_I1}” (Informan 1, Kepala Dinas, "
        "wawancara 13 Maret 2023). Istilah “refocusing” sering muncul.")
    document.add_paragraph(f'Ia menambahkan "{ELIDED_I1}" (I1, 2023).')
    document.add_paragraph(f"Menurut Informan 1, “{ALTERED_I1}”")
    document.add_paragraph(
        f"Pendamping menjelaskan tugasnya: “{MISCITED_I4}” (Informan 2, Sekretaris).")
    document.add_paragraph(f"Sekretaris dinas menyebut “{INVENTED}” (Informan 2, 2023).")
    document.add_paragraph("Kepala bidang menguraikan target pembinaan sebagai berikut:")
    document.add_paragraph(f"{BLOCK_I3} (Informan 3, Kepala Bidang Pemberdayaan Usaha Mikro)",
                           style="Quote")
    document.save(str(path))
    return path
