"""Synthetic Indonesian-like transcripts and field notes, reproducible from a seed.

The sentences are stitched from fragments of the kind the sample study's informants use
(staff performance, UMKM support, budget, training), so fuzzy search, turn detection and
Word export see text shaped like the real thing: speaker turns ("Pewawancara:" /
"Informan:") separated by blank lines, answers of a few sentences, short questions, and a
header before the first turn. The phrases that :mod:`benchmarks.fuzzy_search` queries for
occur now and then, so searches have real hits.
"""

from __future__ import annotations

import random

INTERVIEWER = "Pewawancara"
INFORMANT = "Informan"

_OPENERS = ("", "", "", "Jadi ", "Nah, ", "Memang ", "Ya, ", "Sebenarnya ", "Kalau itu, ",
            "Terus terang, ", "Begini, ", "Kalau menurut saya, ")
_SUBJECTS = ("kami", "pegawai di sini", "para pendamping", "pelaku UMKM", "dinas", "bidang kami",
             "saya", "teman-teman di lapangan", "kepala bidang", "staf sekretariat",
             "pemilik usaha", "pengrajin batik", "petugas pendataan", "ibu-ibu PKK")
_PREDICATES = ("sudah berusaha meningkatkan", "belum bisa menyelesaikan", "masih kesulitan dengan",
               "rutin melakukan", "sering mengeluhkan", "baru saja mengikuti", "ikut membantu",
               "belum pernah mendapat", "terus memantau", "perlu memperbaiki",
               "kadang terlambat menyerahkan", "sangat terbantu oleh", "mulai memahami",
               "harus menunggu", "berharap ada")
_OBJECTS = ("pelatihan pengemasan produk", "pendataan ulang UMKM", "laporan bulanan",
            "anggaran pelatihan", "sertifikat halal", "izin P-IRT", "pemasaran online",
            "pembukuan sederhana", "target kinerja tahunan", "kunjungan lapangan",
            "pameran produk daerah", "bantuan modal usaha", "sistem informasi koperasi",
            "rapat koordinasi", "pendampingan usaha mikro", "data pelaku usaha",
            "surat tugas", "evaluasi program")
_ADVERBIALS = ("", "", "setiap bulan", "sejak pandemi", "karena anggaran terbatas",
               "di Kota Bengkulu", "tahun lalu", "sampai sekarang", "di kecamatan",
               "menjelang akhir tahun", "dengan pegawai yang ada", "tanpa biaya tambahan",
               "bersama dinas provinsi", "setelah refocusing anggaran")
_TAILS = ("", "", "", " ya", " sih", ", Dek", ", Bu", ", Pak", " juga", " begitu")
# Phrases of the sample study that benchmarks.fuzzy_search looks for.
_KEY_SENTENCES = (
    "Kinerja pegawai belum maksimal karena jumlah pegawai terbatas.",
    "Pelayanan kepada pelaku UMKM kami usahakan tetap berjalan.",
    "Anggaran pelatihan terbatas sehingga diklat jarang diadakan.",
    "Sosialisasi program kami lakukan lewat grup WhatsApp.",
)
_QUESTIONS = (
    "Bagaimana pendapat {who} tentang {topic}",
    "Apa kendala utama dalam {topic}",
    "Sejak kapan {topic} dilakukan",
    "Siapa saja yang terlibat dalam {topic}",
    "Bisa {who} ceritakan lebih jauh soal {topic}",
    "Menurut {who}, apa yang perlu diperbaiki dari {topic}",
)
_ADDRESSES = ("Ibu", "Bapak", "Mbak", "Mas")
_NOTE_OPENERS = ("Pukul 08.15 peneliti tiba di kantor dinas.", "Ruang pelayanan tampak ramai.",
                 "Dokumen rencana strategis dibaca ulang.", "Papan informasi memuat jadwal.")


class InterviewWriter:
    """Writes texts from one seeded generator: the same seed gives the same texts."""

    def __init__(self, seed: int) -> None:
        self._random = random.Random(seed)

    def sentence(self) -> str:
        choose = self._random.choice
        if self._random.random() < 0.02:
            return choose(_KEY_SENTENCES)
        parts = [choose(_SUBJECTS), choose(_PREDICATES), choose(_OBJECTS)]
        adverbial = choose(_ADVERBIALS)
        if adverbial:
            parts.append(adverbial)
        body = choose(_OPENERS) + " ".join(parts) + choose(_TAILS)
        return body[0].upper() + body[1:] + "."

    def question(self) -> str:
        template = self._random.choice(_QUESTIONS)
        return template.format(who=self._random.choice(_ADDRESSES),
                               topic=self._random.choice(_OBJECTS)) + "?"

    def answer(self) -> str:
        return " ".join(self.sentence() for _ in range(self._random.randint(2, 7)))

    def interview(self, *, title: str, informant: str, words: int) -> str:
        """A transcript of about ``words`` words: header, then question and answer turns."""
        header = [f"Transkrip {title}", f"Kode informan {informant}",
                  "Tempat: Kantor Dinas Koperasi dan UKM Kota Bengkulu", ""]
        lines = header
        count = sum(len(line.split()) for line in header)
        while count < words:
            question = f"{INTERVIEWER}: {self.question()}"
            answer = f"{INFORMANT}: {self.answer()}"
            lines.extend((question, "", answer, ""))
            count += len(question.split()) + len(answer.split())
        return "\n".join(lines)

    def field_note(self, *, title: str, words: int) -> str:
        """Observation or documentation notes: paragraphs without speaker labels."""
        lines = [f"Catatan {title}", ""]
        count = 2
        while count < words:
            paragraph = self._random.choice(_NOTE_OPENERS) + " " + self.answer()
            lines.extend((paragraph, ""))
            count += len(paragraph.split())
        return "\n".join(lines)
