<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
  <context>
    <name>AboutDialog</name>
    <message>
      <source>&lt;h2&gt;Telaah {version}&lt;/h2&gt;&lt;p&gt;A workbench for qualitative interview analysis: coding against a codebook, Miles &amp;amp; Huberman's data reduction, data display and conclusion drawing, triangulation, supervisor review and intercoder agreement.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later ({licence}). Telaah makes no network connections; a project stays in its own file or on your team's PostgreSQL server.&lt;/p&gt;</source>
      <translation>&lt;h2&gt;Telaah {version}&lt;/h2&gt;&lt;p&gt;Meja kerja untuk analisis wawancara kualitatif: pengodean dengan buku kode, reduksi data, penyajian data, serta penarikan kesimpulan menurut Miles &amp;amp; Huberman, triangulasi, tinjauan pembimbing, dan kesepakatan antarpengode.&lt;/p&gt;&lt;p&gt;Perangkat lunak bebas dengan GNU General Public License, versi 3 atau yang lebih baru ({licence}). Telaah tidak membuat koneksi jaringan; proyek tetap berada di berkasnya sendiri atau di server PostgreSQL tim Anda.&lt;/p&gt;</translation>
    </message>
    <message>
      <source>About Telaah</source>
      <translation>Tentang Telaah</translation>
    </message>
    <message>
      <source>Each library keeps its own licence. The LGPL libraries (Qt, PySide6, Psycopg) are used unmodified and can be replaced by other versions.</source>
      <translation>Setiap pustaka tetap memakai lisensinya sendiri. Pustaka berlisensi LGPL (Qt, PySide6, Psycopg) dipakai tanpa diubah dan dapat diganti dengan versi lain.</translation>
    </message>
    <message>
      <source>Libraries Telaah uses</source>
      <translation>Pustaka yang dipakai Telaah</translation>
    </message>
    <message>
      <source>Library</source>
      <translation>Pustaka</translation>
    </message>
    <message>
      <source>Licence</source>
      <translation>Lisensi</translation>
    </message>
    <message>
      <source>Version</source>
      <translation>Versi</translation>
    </message>
  </context>
  <context>
    <name>AgreementModel</name>
    <message>
      <source>% agree</source>
      <translation>% sepakat</translation>
    </message>
    <message>
      <source>(did not code this source)</source>
      <translation>(tidak mengode sumber ini)</translation>
    </message>
    <message>
      <source>All codes</source>
      <translation>Semua kode</translation>
    </message>
    <message>
      <source>BP κ</source>
      <translation>BP κ</translation>
    </message>
    <message>
      <source>Both</source>
      <translation>Keduanya</translation>
    </message>
    <message>
      <source>Brennan–Prediger kappa</source>
      <translation>Brennan–Prediger kappa</translation>
    </message>
    <message>
      <source>Code</source>
      <translation>Kode</translation>
    </message>
    <message>
      <source>Coded by {coder}</source>
      <translation>Dikode oleh {coder}</translation>
    </message>
    <message>
      <source>Cohen κ</source>
      <translation>Cohen κ</translation>
    </message>
    <message>
      <source>Cohen's kappa</source>
      <translation>Cohen's kappa</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Jenis</translation>
    </message>
    <message>
      <source>Krippendorff's alpha</source>
      <translation>Krippendorff's alpha</translation>
    </message>
    <message>
      <source>Neither</source>
      <translation>Tidak keduanya</translation>
    </message>
    <message>
      <source>Percent agreement</source>
      <translation>Persentase kesepakatan</translation>
    </message>
    <message>
      <source>Position</source>
      <translation>Posisi</translation>
    </message>
    <message>
      <source>Source</source>
      <translation>Sumber</translation>
    </message>
    <message>
      <source>Units</source>
      <translation>Unit</translation>
    </message>
    <message>
      <source>coded by one side only</source>
      <translation>hanya dikode oleh satu pihak</translation>
    </message>
    <message>
      <source>same code, different boundaries</source>
      <translation>kode sama, batas berbeda</translation>
    </message>
    <message>
      <source>same text, different code</source>
      <translation>teks sama, kode berbeda</translation>
    </message>
    <message>
      <source>{coder} only</source>
      <translation>Hanya {coder}</translation>
    </message>
    <message>
      <source>α</source>
      <translation>α</translation>
    </message>
  </context>
  <context>
    <name>AgreementView</name>
    <message>
      <source>Accept this version</source>
      <translation>Terima versi ini</translation>
    </message>
    <message>
      <source>Agreement between {coders}. Sources compared ({count}): {titles}</source>
      <translation>Kesepakatan antara {coders}. Sumber yang dibandingkan ({count}): {titles}</translation>
    </message>
    <message>
      <source>Character</source>
      <translation>Karakter</translation>
    </message>
    <message>
      <source>Choose the coders and press Compute.</source>
      <translation>Pilih pengode, lalu tekan Hitung.</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Tutup</translation>
    </message>
    <message>
      <source>Coders (two or more)</source>
      <translation>Pengode (dua atau lebih)</translation>
    </message>
    <message>
      <source>Compare every source</source>
      <translation>Bandingkan semua sumber</translation>
    </message>
    <message>
      <source>Compare every source, not only those two coders coded; a coder who coded nothing in a source then counts as 'not coded' there.</source>
      <translation>Bandingkan semua sumber, tidak hanya yang dikode oleh dua pengode; pengode yang tidak mengode apa pun dalam suatu sumber lalu dihitung 'tidak dikode' di sana.</translation>
    </message>
    <message>
      <source>Comparing the coding…</source>
      <translation>Membandingkan hasil pengodean…</translation>
    </message>
    <message>
      <source>Compute</source>
      <translation>Hitung</translation>
    </message>
    <message>
      <source>Disagreements</source>
      <translation>Ketidaksepakatan</translation>
    </message>
    <message>
      <source>Disagreements ({count})</source>
      <translation>Ketidaksepakatan ({count})</translation>
    </message>
    <message>
      <source>Disagreements ({open} open of {count})</source>
      <translation>Ketidaksepakatan ({open} terbuka dari {count})</translation>
    </message>
    <message>
      <source>Excel workbook (*.xlsx)</source>
      <translation>Buku kerja Excel (*.xlsx)</translation>
    </message>
    <message>
      <source>Export .docx…</source>
      <translation>Ekspor .docx…</translation>
    </message>
    <message>
      <source>Export .xlsx…</source>
      <translation>Ekspor .xlsx…</translation>
    </message>
    <message>
      <source>Export agreement</source>
      <translation>Ekspor kesepakatan</translation>
    </message>
    <message>
      <source>Figures</source>
      <translation>Angka</translation>
    </message>
    <message>
      <source>Formulas</source>
      <translation>Rumus</translation>
    </message>
    <message>
      <source>Intercoder &amp;agreement…</source>
      <translation>&amp;Kesepakatan antarpengode…</translation>
    </message>
    <message>
      <source>Intercoder agreement</source>
      <translation>Kesepakatan antarpengode</translation>
    </message>
    <message>
      <source>Interpretation bands</source>
      <translation>Rentang interpretasi</translation>
    </message>
    <message>
      <source>Keep both</source>
      <translation>Pertahankan keduanya</translation>
    </message>
    <message>
      <source>Merge</source>
      <translation>Gabungkan</translation>
    </message>
    <message>
      <source>Not reported (—)</source>
      <translation>Tidak dilaporkan (—)</translation>
    </message>
    <message>
      <source>Presence</source>
      <translation>Keberadaan</translation>
    </message>
    <message>
      <source>Presence per</source>
      <translation>Keberadaan per</translation>
    </message>
    <message>
      <source>Resolving writes the consensus version as segments of coder '{coder}'; the coders' own segments stay as they are.</source>
      <translation>Penyelesaian menuliskan versi konsensus sebagai segmen milik pengode '{coder}'; segmen milik masing-masing pengode tetap seperti semula.</translation>
    </message>
    <message>
      <source>Saved to {path}</source>
      <translation>Disimpan di {path}</translation>
    </message>
    <message>
      <source>Segment</source>
      <translation>Segmen</translation>
    </message>
    <message>
      <source>Segment overlap needed</source>
      <translation>Irisan segmen minimal</translation>
    </message>
    <message>
      <source>Show in text</source>
      <translation>Tampilkan di teks</translation>
    </message>
    <message>
      <source>Sources left out ({count}): {titles}</source>
      <translation>Sumber yang tidak disertakan ({count}): {titles}</translation>
    </message>
    <message>
      <source>Uncoded text excluded</source>
      <translation>Teks tak terkode tidak disertakan</translation>
    </message>
    <message>
      <source>Uncoded text included</source>
      <translation>Teks tak terkode disertakan</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>Unit</translation>
    </message>
    <message>
      <source>What to compare</source>
      <translation>Yang dibandingkan</translation>
    </message>
    <message>
      <source>What was compared, and how</source>
      <translation>Apa yang dibandingkan, dan bagaimana caranya</translation>
    </message>
    <message>
      <source>Word document (*.docx)</source>
      <translation>Dokumen Word (*.docx)</translation>
    </message>
    <message>
      <source>Writing the agreement tables…</source>
      <translation>Menulis tabel kesepakatan…</translation>
    </message>
    <message>
      <source>informant</source>
      <translation>informan</translation>
    </message>
    <message>
      <source>source</source>
      <translation>sumber</translation>
    </message>
  </context>
  <context>
    <name>AnalysisTabs</name>
    <message>
      <source>&amp;Analysis</source>
      <translation>&amp;Analisis</translation>
    </message>
    <message>
      <source>2 Data reduction</source>
      <translation>2 Reduksi data</translation>
    </message>
    <message>
      <source>3 Data display</source>
      <translation>3 Penyajian data</translation>
    </message>
    <message>
      <source>4 Conclusions</source>
      <translation>4 Penarikan kesimpulan</translation>
    </message>
    <message>
      <source>Coded &amp;excerpts to Word…</source>
      <translation>&amp;Kutipan terkode ke Word…</translation>
    </message>
  </context>
  <context>
    <name>BackgroundWork</name>
    <message>
      <source>Cancel</source>
      <translation>Batal</translation>
    </message>
  </context>
  <context>
    <name>BackupDialog</name>
    <message>
      <source>&amp;Backups…</source>
      <translation>&amp;Cadangan…</translation>
    </message>
    <message>
      <source>Backups</source>
      <translation>Cadangan</translation>
    </message>
    <message>
      <source>Backups of {name}, newest first. Telaah takes one before the first change of each session, when the project changed since the last backup.</source>
      <translation>Cadangan {name}, yang terbaru di atas. Telaah membuat satu cadangan sebelum perubahan pertama di setiap sesi, bila proyek berubah sejak cadangan terakhir.</translation>
    </message>
    <message>
      <source>Backups of {name}, newest first. Telaah takes one each time the project is opened after a change.</source>
      <translation type="vanished">Cadangan {name}, diurutkan dari yang terbaru. Telaah membuat satu cadangan setiap kali proyek dibuka setelah ada perubahan.</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Batal</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Tutup</translation>
    </message>
    <message>
      <source>Damaged project</source>
      <translation>Proyek rusak</translation>
    </message>
    <message>
      <source>File</source>
      <translation>Berkas</translation>
    </message>
    <message>
      <source>No backups yet.</source>
      <translation>Belum ada cadangan.</translation>
    </message>
    <message>
      <source>Replace the project with the backup of {when}? The project is closed, the current state is backed up first, and the project is opened again.</source>
      <translation>Ganti proyek dengan cadangan dari {when}? Proyek akan ditutup, keadaan saat ini dicadangkan terlebih dahulu, lalu proyek dibuka kembali.</translation>
    </message>
    <message>
      <source>Restore backup</source>
      <translation>Pulihkan cadangan</translation>
    </message>
    <message>
      <source>Restored the backup of {when}.</source>
      <translation>Cadangan dari {when} telah dipulihkan.</translation>
    </message>
    <message>
      <source>Restore…</source>
      <translation>Pulihkan…</translation>
    </message>
    <message>
      <source>Show backups…</source>
      <translation>Tampilkan cadangan…</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>Ukuran</translation>
    </message>
    <message>
      <source>Taken</source>
      <translation>Dibuat</translation>
    </message>
    <message>
      <source>Team projects on a database server are backed up by the server, not by Telaah.</source>
      <translation>Proyek tim di server basis data dicadangkan oleh server, bukan oleh Telaah.</translation>
    </message>
    <message>
      <source>Telaah keeps backups of earlier states. Restoring one keeps the damaged file aside under a new name; nothing is deleted.</source>
      <translation>Telaah menyimpan cadangan keadaan sebelumnya. Memulihkan salah satunya menyisihkan berkas yang rusak dengan nama baru; tidak ada yang dihapus.</translation>
    </message>
    <message>
      <source>The damaged file is kept as {name}.</source>
      <translation>Berkas yang rusak disimpan sebagai {name}.</translation>
    </message>
    <message>
      <source>The state before it is kept as backup {name}.</source>
      <translation>Keadaan sebelumnya disimpan sebagai cadangan {name}.</translation>
    </message>
    <message>
      <source>{name} is damaged and cannot be opened.</source>
      <translation>{name} rusak dan tidak dapat dibuka.</translation>
    </message>
  </context>
  <context>
    <name>CitationDialog</name>
    <message>
      <source>APA (7th edition)</source>
      <translation>APA (edisi ke-7)</translation>
    </message>
    <message>
      <source>Cite Telaah</source>
      <translation>Sitasi Telaah</translation>
    </message>
    <message>
      <source>Copy APA</source>
      <translation>Salin APA</translation>
    </message>
    <message>
      <source>Copy BibTeX</source>
      <translation>Salin BibTeX</translation>
    </message>
    <message>
      <source>If Telaah helped your research, please cite the version you used in your thesis or article.</source>
      <translation>Jika Telaah membantu penelitian Anda, kutiplah versi yang Anda pakai dalam skripsi, tesis, atau artikel Anda.</translation>
    </message>
  </context>
  <context>
    <name>CoOccurrenceView</name>
    <message>
      <source>Count codes</source>
      <translation>Hitung kode</translation>
    </message>
    <message>
      <source>in the same speaker turn</source>
      <translation>dalam giliran bicara yang sama</translation>
    </message>
    <message>
      <source>overlapping segments</source>
      <translation>pada segmen yang beririsan</translation>
    </message>
  </context>
  <context>
    <name>CodeApplier</name>
    <message>
      <source>Apply code {code}</source>
      <translation>Terapkan kode {code}</translation>
    </message>
    <message>
      <source>In-vivo code {code}</source>
      <translation>Kode in-vivo {code}</translation>
    </message>
    <message>
      <source>New in-vivo code “{code}” applied.</source>
      <translation>Kode in-vivo baru “{code}” diterapkan.</translation>
    </message>
    <message>
      <source>No code applied yet in this session.</source>
      <translation>Belum ada kode yang diterapkan dalam sesi ini.</translation>
    </message>
    <message>
      <source>Segment saved: {code} [{start}–{end}]</source>
      <translation type="vanished">Segmen disimpan: {code} [{start}–{end}]</translation>
    </message>
    <message>
      <source>Segment saved: {code}, {passage}</source>
      <translation>Segmen disimpan: {code}, {passage}</translation>
    </message>
    <message>
      <source>Select a passage in the transcript first.</source>
      <translation>Pilih dulu satu bagian teks di transkrip.</translation>
    </message>
    <message>
      <source>This project is open read-only: nothing can be coded here.</source>
      <translation>Proyek ini dibuka dalam mode baca-saja: tidak ada yang bisa dikode di sini.</translation>
    </message>
    <message>
      <source>“{code}” is a category; apply one of its codes.</source>
      <translation>“{code}” adalah kategori; terapkan salah satu kodenya.</translation>
    </message>
  </context>
  <context>
    <name>CodeMatrixView</name>
    <message>
      <source>Code</source>
      <translation>Kode</translation>
    </message>
    <message>
      <source>Code co-occurrence</source>
      <translation>Kemunculan bersama kode</translation>
    </message>
    <message>
      <source>Code × informant matrix</source>
      <translation>Matriks kode × informan</translation>
    </message>
    <message>
      <source>Codes</source>
      <translation>Kode</translation>
    </message>
    <message>
      <source>Informants in role order (key, main, supporting). Double-click a cell to see its segments.</source>
      <translation>Informan diurutkan menurut peran (kunci, utama, pendukung). Klik dua kali sebuah sel untuk melihat segmennya.</translation>
    </message>
    <message>
      <source>Show</source>
      <translation>Tampilkan</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>Jumlah</translation>
    </message>
    <message>
      <source>all codes</source>
      <translation>semua kode</translation>
    </message>
    <message>
      <source>condensed statements</source>
      <translation>pernyataan terkondensasi</translation>
    </message>
    <message>
      <source>efforts</source>
      <translation>upaya</translation>
    </message>
    <message>
      <source>indicators</source>
      <translation>indikator</translation>
    </message>
    <message>
      <source>obstacles</source>
      <translation>hambatan</translation>
    </message>
    <message>
      <source>segment counts</source>
      <translation>jumlah segmen</translation>
    </message>
    <message>
      <source>share of the informant's text</source>
      <translation>proporsi teks informan</translation>
    </message>
    <message>
      <source>{code} — {informant}</source>
      <translation>{code} — {informant}</translation>
    </message>
  </context>
  <context>
    <name>CodeSummaries</name>
    <message>
      <source>Code summary</source>
      <translation>Ringkasan kode</translation>
    </message>
    <message>
      <source>Condensed statements (the quote where none was written)</source>
      <translation>Pernyataan terkondensasi (kutipannya, jika belum ditulis)</translation>
    </message>
    <message>
      <source>Informants without a segment: {informants}. Sources without a segment: {sources}.</source>
      <translation>Informan tanpa segmen: {informants}. Sumber tanpa segmen: {sources}.</translation>
    </message>
    <message>
      <source>No segments yet.</source>
      <translation>Belum ada segmen.</translation>
    </message>
    <message>
      <source>Save summary</source>
      <translation>Simpan ringkasan</translation>
    </message>
    <message>
      <source>Summary of this code, written from its condensed statements</source>
      <translation>Ringkasan kode ini, disusun dari pernyataan terkondensasinya</translation>
    </message>
    <message>
      <source>none</source>
      <translation>tidak ada</translation>
    </message>
  </context>
  <context>
    <name>CodeTreeModel</name>
    <message>
      <source>A category: apply one of its codes.</source>
      <translation>Kategori: terapkan salah satu kodenya.</translation>
    </message>
    <message>
      <source>Code</source>
      <translation>Kode</translation>
    </message>
    <message>
      <source>Definition</source>
      <translation>Definisi</translation>
    </message>
    <message>
      <source>Do not use when</source>
      <translation>Jangan gunakan jika</translation>
    </message>
    <message>
      <source>Example</source>
      <translation>Contoh</translation>
    </message>
    <message>
      <source>Key</source>
      <translation>Tombol</translation>
    </message>
    <message>
      <source>Segments</source>
      <translation>Segmen</translation>
    </message>
    <message>
      <source>Shortcut key: {key}</source>
      <translation>Tombol pintas: {key}</translation>
    </message>
    <message>
      <source>Use when</source>
      <translation>Gunakan jika</translation>
    </message>
  </context>
  <context>
    <name>CodebookEditor</name>
    <message>
      <source>Add code</source>
      <translation>Tambah kode</translation>
    </message>
    <message>
      <source>Add code {code}</source>
      <translation>Tambah kode {code}</translation>
    </message>
    <message>
      <source>Add code…</source>
      <translation>Tambah kode…</translation>
    </message>
    <message>
      <source>Add sub-code…</source>
      <translation>Tambah subkode…</translation>
    </message>
    <message>
      <source>Code: {name}</source>
      <translation>Kode: {name}</translation>
    </message>
    <message>
      <source>Colour…</source>
      <translation>Warna…</translation>
    </message>
    <message>
      <source>Confirmation rule: suggested from how many informants, informant types and techniques confirm the obstacle, and whether anyone denies it — not from good or bad.</source>
      <translation>Aturan konfirmasi: saran diambil dari berapa informan, jenis informan, dan teknik yang mengonfirmasi hambatan ini, serta ada tidaknya yang membantah — bukan dari baik atau buruk.</translation>
    </message>
    <message>
      <source>Definition</source>
      <translation>Definisi</translation>
    </message>
    <message>
      <source>Delete code</source>
      <translation>Hapus kode</translation>
    </message>
    <message>
      <source>Delete code {code}</source>
      <translation>Hapus kode {code}</translation>
    </message>
    <message>
      <source>Delete the code “{code}” and its sub-codes? {count} coded segments will be deleted with it (Undo can bring them back).</source>
      <translation>Hapus kode “{code}” beserta subkodenya? {count} segmen terkode juga akan ikut terhapus (dapat dikembalikan dengan Urungkan).</translation>
    </message>
    <message>
      <source>Delete…</source>
      <translation>Hapus…</translation>
    </message>
    <message>
      <source>Do not use when</source>
      <translation>Jangan gunakan jika</translation>
    </message>
    <message>
      <source>Edit code {code}</source>
      <translation>Sunting kode {code}</translation>
    </message>
    <message>
      <source>Edit name and definition…</source>
      <translation>Sunting nama dan definisi…</translation>
    </message>
    <message>
      <source>Example</source>
      <translation>Contoh</translation>
    </message>
    <message>
      <source>Implementation rule: suggested from how many voices report the effort carried out, only planned, or not done.</source>
      <translation>Aturan pelaksanaan: saran diambil dari berapa sumber yang menyatakan upaya ini sudah terlaksana, baru direncanakan, atau tidak dilakukan.</translation>
    </message>
    <message>
      <source>Merge into…</source>
      <translation>Gabungkan ke…</translation>
    </message>
    <message>
      <source>Merge {source} into {target}</source>
      <translation>Gabungkan {source} ke {target}</translation>
    </message>
    <message>
      <source>Merge “{code}” into</source>
      <translation>Gabungkan “{code}” ke</translation>
    </message>
    <message>
      <source>Move {code}</source>
      <translation>Pindahkan {code}</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Nama</translation>
    </message>
    <message>
      <source>Name of the sub-code</source>
      <translation>Nama subkode</translation>
    </message>
    <message>
      <source>Performance rule: suggested from the valence of the evidence, voice by voice (each informant, observation, documentation).</source>
      <translation>Aturan kinerja: saran diambil dari valensi bukti, per sumber (setiap informan, observasi, dokumentasi).</translation>
    </message>
    <message>
      <source>Read-only: the codebook cannot be changed</source>
      <translation>Baca-saja: buku kode tidak dapat diubah</translation>
    </message>
    <message>
      <source>Recolour {code}</source>
      <translation>Ubah warna {code}</translation>
    </message>
    <message>
      <source>Rename {old} to {new}</source>
      <translation>Ganti nama {old} menjadi {new}</translation>
    </message>
    <message>
      <source>Shortcut key</source>
      <translation>Tombol pintas</translation>
    </message>
    <message>
      <source>Split off a sub-code of {code}</source>
      <translation>Pisahkan subkode dari {code}</translation>
    </message>
    <message>
      <source>Split off a sub-code…</source>
      <translation>Pisahkan menjadi subkode…</translation>
    </message>
    <message>
      <source>Split {new} off {code}</source>
      <translation>Pisahkan {new} dari {code}</translation>
    </message>
    <message>
      <source>Use when</source>
      <translation>Gunakan jika</translation>
    </message>
    <message>
      <source>Verdict scale</source>
      <translation>Skala penilaian</translation>
    </message>
    <message>
      <source>Words from best to worst, separated by |. Empty: the default scale of the code group.</source>
      <translation>Kata-kata dari yang terbaik ke yang terburuk, dipisahkan dengan |. Kosong: skala bawaan kelompok kode.</translation>
    </message>
  </context>
  <context>
    <name>CodebookPanel</name>
    <message>
      <source>Select a passage in the transcript, then double-click a code or press its key.</source>
      <translation>Pilih satu bagian teks di transkrip, lalu klik dua kali sebuah kode atau tekan tombolnya.</translation>
    </message>
  </context>
  <context>
    <name>CodingMargin</name>
    <message>
      <source>Coder: {name}</source>
      <translation>Pengode: {name}</translation>
    </message>
    <message>
      <source>Drag to widen the margin</source>
      <translation>Seret untuk melebarkan margin</translation>
    </message>
    <message>
      <source>Last comment: {comment}</source>
      <translation>Komentar terakhir: {comment}</translation>
    </message>
    <message>
      <source>Memo: {memo}</source>
      <translation>Memo: {memo}</translation>
    </message>
    <message>
      <source>Review: {status}</source>
      <translation>Tinjauan: {status}</translation>
    </message>
  </context>
  <context>
    <name>ConclusionEditor</name>
    <message>
      <source>(no verdict yet)</source>
      <translation>(belum ada penilaian)</translation>
    </message>
    <message>
      <source>Contradicting</source>
      <translation>Bertentangan</translation>
    </message>
    <message>
      <source>Evidence — mark the selected segments as:</source>
      <translation>Bukti — tandai segmen terpilih sebagai:</translation>
    </message>
    <message>
      <source>Override reason</source>
      <translation>Alasan berbeda dari saran</translation>
    </message>
    <message>
      <source>Required when your verdict differs from the suggestion</source>
      <translation>Wajib diisi jika penilaian Anda berbeda dari saran</translation>
    </message>
    <message>
      <source>Save conclusion</source>
      <translation>Simpan kesimpulan</translation>
    </message>
    <message>
      <source>Statement</source>
      <translation>Pernyataan</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Suggested</source>
      <translation>Saran</translation>
    </message>
    <message>
      <source>Supporting</source>
      <translation>Pendukung</translation>
    </message>
    <message>
      <source>Tactics (Miles &amp;&amp; Huberman)</source>
      <translation>Taktik (Miles &amp;&amp; Huberman)</translation>
    </message>
    <message>
      <source>The conclusion for this indicator, in a sentence or two</source>
      <translation>Kesimpulan untuk indikator ini, dalam satu atau dua kalimat</translation>
    </message>
    <message>
      <source>Unlink</source>
      <translation>Lepas tautan</translation>
    </message>
    <message>
      <source>Use suggestion</source>
      <translation>Gunakan saran</translation>
    </message>
    <message>
      <source>Verdict</source>
      <translation>Penilaian</translation>
    </message>
    <message>
      <source>Verification checks</source>
      <translation>Pemeriksaan verifikasi</translation>
    </message>
    <message>
      <source>none</source>
      <translation>tidak ada</translation>
    </message>
    <message>
      <source>{verdict} — rule: {rule}</source>
      <translation type="vanished">{verdict} — aturan: {rule}</translation>
    </message>
    <message>
      <source>{verdict} — {rule}</source>
      <translation>{verdict} — {rule}</translation>
    </message>
  </context>
  <context>
    <name>ConclusionEvidenceModel</name>
    <message>
      <source>Link</source>
      <translation>Tautan</translation>
    </message>
    <message>
      <source>Place</source>
      <translation>Letak</translation>
    </message>
    <message>
      <source>Quote</source>
      <translation>Kutipan</translation>
    </message>
    <message>
      <source>Valence</source>
      <translation>Valensi</translation>
    </message>
    <message>
      <source>Who</source>
      <translation>Siapa</translation>
    </message>
  </context>
  <context>
    <name>ConclusionTab</name>
    <message>
      <source>Conclusions for</source>
      <translation>Kesimpulan untuk</translation>
    </message>
    <message>
      <source>Conclusions: {done} of {total} indicators concluded, {verified} verified</source>
      <translation>Kesimpulan: {done} dari {total} indikator sudah disimpulkan, {verified} terverifikasi</translation>
    </message>
    <message>
      <source>Report…</source>
      <translation>Laporan…</translation>
    </message>
    <message>
      <source>Word document (*.docx)</source>
      <translation>Dokumen Word (*.docx)</translation>
    </message>
    <message>
      <source>Write a Word draft of the results chapter</source>
      <translation>Tulis draf bab hasil penelitian dalam format Word</translation>
    </message>
    <message>
      <source>Write results report</source>
      <translation>Tulis laporan hasil penelitian</translation>
    </message>
    <message>
      <source>Writing the results chapter…</source>
      <translation>Menulis bab hasil penelitian…</translation>
    </message>
    <message>
      <source>efforts</source>
      <translation>upaya</translation>
    </message>
    <message>
      <source>indicators</source>
      <translation>indikator</translation>
    </message>
    <message>
      <source>obstacles</source>
      <translation>hambatan</translation>
    </message>
  </context>
  <context>
    <name>ConclusionTexts</name>
    <message>
      <source>Contradicting segments are not yet linked to the conclusion: address them.</source>
      <translation>Segmen yang bertentangan belum ditautkan ke kesimpulan: tindak lanjuti segmen tersebut.</translation>
    </message>
    <message>
      <source>Contradicting segments not linked: {count}</source>
      <translation>Segmen bertentangan yang belum ditautkan: {count}</translation>
    </message>
    <message>
      <source>Documentation: {state}</source>
      <translation>Dokumentasi: {state}</translation>
    </message>
    <message>
      <source>Evidence from no informant: no informant linked</source>
      <translation>Bukti dari nol informan: belum ada informan yang ditautkan</translation>
    </message>
    <message>
      <source>Evidence from one informant only: look for other voices.</source>
      <translation>Bukti hanya berasal dari satu informan: carilah sumber lain.</translation>
    </message>
    <message>
      <source>Evidence from {count} informants ({types})</source>
      <translation>Bukti dari {count} informan ({types})</translation>
    </message>
    <message>
      <source>Member check done</source>
      <translation>Member check sudah dilakukan</translation>
    </message>
    <message>
      <source>Negative evidence sought</source>
      <translation>Bukti negatif sudah dicari</translation>
    </message>
    <message>
      <source>No informant is linked to this evidence: link each interview to its informant (File ▸ Sources and informants).</source>
      <translation>Belum ada informan yang ditautkan ke bukti ini: tautkan setiap wawancara ke informannya (Berkas ▸ Sumber dan informan).</translation>
    </message>
    <message>
      <source>No observation or documentation evidence: the conclusion rests on interviews alone.</source>
      <translation>Tidak ada bukti observasi atau dokumentasi: kesimpulan hanya bertumpu pada wawancara.</translation>
    </message>
    <message>
      <source>Observation or documentation points the other way.</source>
      <translation>Observasi atau dokumentasi menunjukkan arah sebaliknya.</translation>
    </message>
    <message>
      <source>Observation: {state}</source>
      <translation>Observasi: {state}</translation>
    </message>
    <message>
      <source>Representativeness checked</source>
      <translation>Keterwakilan sudah diperiksa</translation>
    </message>
    <message>
      <source>Segments not yet reviewed: {count}</source>
      <translation>Segmen yang belum ditinjau: {count}</translation>
    </message>
    <message>
      <source>Some segments have not been reviewed yet.</source>
      <translation>Sebagian segmen belum ditinjau.</translation>
    </message>
    <message>
      <source>Triangulated across sources and techniques</source>
      <translation>Sudah ditriangulasi lintas sumber dan teknik</translation>
    </message>
    <message>
      <source>agrees</source>
      <translation>sejalan</translation>
    </message>
    <message>
      <source>all evidence positive, from {voices} voices</source>
      <translation type="vanished">semua bukti positif, dari {voices} sumber</translation>
    </message>
    <message>
      <source>contradicting</source>
      <translation>bertentangan</translation>
    </message>
    <message>
      <source>draft</source>
      <translation>draf</translation>
    </message>
    <message>
      <source>key</source>
      <translation>kunci</translation>
    </message>
    <message>
      <source>main</source>
      <translation>utama</translation>
    </message>
    <message>
      <source>mixed</source>
      <translation>campuran</translation>
    </message>
    <message>
      <source>negative</source>
      <translation>negatif</translation>
    </message>
    <message>
      <source>net score {net} mapped evenly onto the scale</source>
      <translation type="vanished">skor bersih {net} dipetakan merata pada skala</translation>
    </message>
    <message>
      <source>net score {net} ≤ −0.85 and no voice leans positive</source>
      <translation type="vanished">skor bersih {net} ≤ −0,85 dan tidak ada sumber yang condong positif</translation>
    </message>
    <message>
      <source>net score {net} ≥ −0.15: favourable evidence balances the rest</source>
      <translation type="vanished">skor bersih {net} ≥ −0,15: bukti yang mendukung mengimbangi yang lain</translation>
    </message>
    <message>
      <source>net score {net}: the evidence leans negative</source>
      <translation type="vanished">skor bersih {net}: bukti condong negatif</translation>
    </message>
    <message>
      <source>no evidence</source>
      <translation>tidak ada bukti</translation>
    </message>
    <message>
      <source>no suggestion for a research question</source>
      <translation>tidak ada saran untuk fokus penelitian</translation>
    </message>
    <message>
      <source>no valenced evidence yet</source>
      <translation type="vanished">belum ada bukti bervalensi</translation>
    </message>
    <message>
      <source>points the other way</source>
      <translation>menunjukkan arah sebaliknya</translation>
    </message>
    <message>
      <source>positive</source>
      <translation>positif</translation>
    </message>
    <message>
      <source>supporting</source>
      <translation>pendukung</translation>
    </message>
    <message>
      <source>tentative</source>
      <translation>sementara</translation>
    </message>
    <message>
      <source>verified</source>
      <translation>terverifikasi</translation>
    </message>
  </context>
  <context>
    <name>ConflictDialog</name>
    <message>
      <source>Edit…</source>
      <translation>Sunting…</translation>
    </message>
    <message>
      <source>Keep mine</source>
      <translation>Pakai punya saya</translation>
    </message>
    <message>
      <source>Keep mine saves your value over theirs; keep theirs drops your change of this field; edit shows their version with yours beside it.</source>
      <translation>Pakai punya saya menyimpan nilai Anda menggantikan nilai mereka; pakai punya mereka membuang perubahan Anda pada isian ini; sunting menampilkan versi mereka dengan versi Anda di sampingnya.</translation>
    </message>
    <message>
      <source>Keep theirs</source>
      <translation>Pakai punya mereka</translation>
    </message>
    <message>
      <source>Someone else changed this</source>
      <translation>Orang lain mengubah ini</translation>
    </message>
    <message>
      <source>Undo anyway? Their value is replaced by the one from before your change.</source>
      <translation>Tetap urungkan? Nilai mereka diganti dengan nilai sebelum perubahan Anda.</translation>
    </message>
  </context>
  <context>
    <name>DisplayExports</name>
    <message>
      <source>Excel workbook</source>
      <translation>Buku kerja Excel</translation>
    </message>
    <message>
      <source>Export .docx…</source>
      <translation>Ekspor .docx…</translation>
    </message>
    <message>
      <source>Export .xlsx…</source>
      <translation>Ekspor .xlsx…</translation>
    </message>
    <message>
      <source>Export display</source>
      <translation>Ekspor sajian data</translation>
    </message>
    <message>
      <source>Word document</source>
      <translation>Dokumen Word</translation>
    </message>
  </context>
  <context>
    <name>DisplayTab</name>
    <message>
      <source> ({stale} may be stale)</source>
      <translation> ({stale} mungkin sudah usang)</translation>
    </message>
    <message>
      <source>Chart</source>
      <translation>Grafik</translation>
    </message>
    <message>
      <source>Co-occurrence</source>
      <translation>Kemunculan bersama</translation>
    </message>
    <message>
      <source>Code × informant matrix</source>
      <translation>Matriks kode × informan</translation>
    </message>
    <message>
      <source>Display: {written} of {cells} summary cells written</source>
      <translation>Penyajian: {written} dari {cells} sel ringkasan sudah ditulis</translation>
    </message>
    <message>
      <source>Summary grid</source>
      <translation>Grid ringkasan</translation>
    </message>
    <message>
      <source>Triangulation</source>
      <translation>Triangulasi</translation>
    </message>
  </context>
  <context>
    <name>ErrorMessages</name>
    <message>
      <source>Telaah — problem</source>
      <translation>Telaah — masalah</translation>
    </message>
  </context>
  <context>
    <name>ExcerptsDialog</name>
    <message>
      <source>Add segment memos</source>
      <translation>Sertakan memo segmen</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation type="vanished">Batal</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Tutup</translation>
    </message>
    <message>
      <source>Coded excerpts to Word</source>
      <translation>Kutipan terkode ke Word</translation>
    </message>
    <message>
      <source>Coders</source>
      <translation>Pengode</translation>
    </message>
    <message>
      <source>Codes (a code includes its sub-codes)</source>
      <translation>Kode (sebuah kode mencakup subkodenya)</translation>
    </message>
    <message>
      <source>Export .docx…</source>
      <translation>Ekspor .docx…</translation>
    </message>
    <message>
      <source>Export coded excerpts</source>
      <translation>Ekspor kutipan terkode</translation>
    </message>
    <message>
      <source>Group by</source>
      <translation>Kelompokkan menurut</translation>
    </message>
    <message>
      <source>Informants</source>
      <translation>Informan</translation>
    </message>
    <message>
      <source>Name the coder of each excerpt</source>
      <translation>Sebutkan pengode setiap kutipan</translation>
    </message>
    <message>
      <source>Nothing ticked in a list means all of it.</source>
      <translation>Jika tidak ada yang dicentang dalam suatu daftar, seluruh isinya disertakan.</translation>
    </message>
    <message>
      <source>Preview</source>
      <translation>Pratinjau</translation>
    </message>
    <message>
      <source>Pseudonymise names, NIP and phone numbers</source>
      <translation type="vanished">Samarkan nama, NIP, dan nomor telepon</translation>
    </message>
    <message>
      <source>Word document (*.docx)</source>
      <translation>Dokumen Word (*.docx)</translation>
    </message>
    <message>
      <source>Writing the excerpts…</source>
      <translation>Menulis kutipan…</translation>
    </message>
    <message>
      <source>Written: {path}</source>
      <translation>Tersimpan: {path}</translation>
    </message>
    <message>
      <source>code, then informant</source>
      <translation>kode, lalu informan</translation>
    </message>
    <message>
      <source>informant, then code</source>
      <translation>informan, lalu kode</translation>
    </message>
    <message>
      <source>{sections} sections, {excerpts} excerpts</source>
      <translation>{sections} bagian, {excerpts} kutipan</translation>
    </message>
    <message>
      <source>… and {count} more in the document</source>
      <translation>… dan {count} lainnya di dalam dokumen</translation>
    </message>
  </context>
  <context>
    <name>ExchangeActions</name>
    <message>
      <source>&amp;Export REFI-QDA…</source>
      <translation>&amp;Ekspor REFI-QDA…</translation>
    </message>
    <message>
      <source>Corrected version of {title}</source>
      <translation>Versi perbaikan {title}</translation>
    </message>
    <message>
      <source>Export REFI-QDA</source>
      <translation>Ekspor REFI-QDA</translation>
    </message>
    <message>
      <source>Export REFI-QDA project</source>
      <translation>Ekspor proyek REFI-QDA</translation>
    </message>
    <message>
      <source>Exported {sources} sources, {codes} codes, {segments} coded segments, {informants} informants, {coders} coders and {memos} memos to {path}.</source>
      <translation>{sources} sumber, {codes} kode, {segments} segmen terkode, {informants} informan, {coders} pengode, dan {memos} memo diekspor ke {path}.</translation>
    </message>
    <message>
      <source>Im&amp;port REFI-QDA…</source>
      <translation>Impor REFI-&amp;QDA…</translation>
    </message>
    <message>
      <source>Import REFI-QDA</source>
      <translation>Impor REFI-QDA</translation>
    </message>
    <message>
      <source>Import REFI-QDA project</source>
      <translation>Impor proyek REFI-QDA</translation>
    </message>
    <message>
      <source>Imported {sources} sources, {codes} codes, {segments} coded segments, {informants} informants, {coders} coders and {memos} memos from {origin}.</source>
      <translation>{sources} sumber, {codes} kode, {segments} segmen terkode, {informants} informan, {coders} pengode, dan {memos} memo diimpor dari {origin}.</translation>
    </message>
    <message>
      <source>Left out: {items}</source>
      <translation>Tidak disertakan: {items}</translation>
    </message>
    <message>
      <source>Open the imported project now?</source>
      <translation>Buka proyek hasil impor sekarang?</translation>
    </message>
    <message>
      <source>REFI-QDA project (*.qdpx)</source>
      <translation>Proyek REFI-QDA (*.qdpx)</translation>
    </message>
    <message>
      <source>Reading the archive…</source>
      <translation>Membaca arsip…</translation>
    </message>
    <message>
      <source>Replace &amp;transcript with corrected version…</source>
      <translation>&amp;Ganti transkrip dengan versi perbaikan…</translation>
    </message>
    <message>
      <source>Replace transcript</source>
      <translation>Ganti transkrip</translation>
    </message>
    <message>
      <source>Save the imported project as</source>
      <translation>Simpan proyek hasil impor sebagai</translation>
    </message>
    <message>
      <source>Source to replace</source>
      <translation>Sumber yang akan diganti</translation>
    </message>
    <message>
      <source>Telaah projects (*.telaah)</source>
      <translation>Proyek Telaah (*.telaah)</translation>
    </message>
    <message>
      <source>The text of {count} source(s) is missing from {file}:
{names}

Import the project without them (and without their coded segments)?</source>
      <translation>Teks {count} sumber tidak ada di dalam {file}:
{names}

Impor proyek tanpa sumber tersebut (dan tanpa segmen terkodenya)?</translation>
    </message>
    <message>
      <source>Transcripts (*.txt *.docx *.srt *.vtt *.otr *.html *.htm);;All files (*)</source>
      <translation>Transkrip (*.txt *.docx *.srt *.vtt *.otr *.html *.htm);;Semua berkas (*)</translation>
    </message>
    <message>
      <source>Transcripts (*.txt *.docx);;All files (*)</source>
      <translation type="vanished">Transkrip (*.txt *.docx);;Semua berkas (*)</translation>
    </message>
    <message>
      <source>Warning: these sources have no text: {names}</source>
      <translation>Peringatan: sumber berikut tidak berisi teks: {names}</translation>
    </message>
    <message>
      <source>Writing the project…</source>
      <translation>Menulis proyek…</translation>
    </message>
  </context>
  <context>
    <name>ExchangeRevision</name>
    <message>
      <source>Close</source>
      <translation>Tutup</translation>
    </message>
    <message>
      <source>Code</source>
      <translation>Kode</translation>
    </message>
    <message>
      <source>Coded words</source>
      <translation>Kata terkode</translation>
    </message>
    <message>
      <source>Coder</source>
      <translation>Pengode</translation>
    </message>
    <message>
      <source>Every segment can be placed.</source>
      <translation>Semua segmen dapat ditempatkan.</translation>
    </message>
    <message>
      <source>Replace the text</source>
      <translation>Ganti teks</translation>
    </message>
    <message>
      <source>Replace transcript: {title}</source>
      <translation>Ganti transkrip: {title}</translation>
    </message>
    <message>
      <source>Text replaced. {count} segments need placing by hand:</source>
      <translation>Teks telah diganti. {count} segmen perlu ditempatkan secara manual:</translation>
    </message>
    <message>
      <source>Text replaced; every segment was placed.</source>
      <translation>Teks telah diganti; semua segmen berhasil ditempatkan.</translation>
    </message>
    <message>
      <source>These segments cannot be placed confidently; after replacing they stay listed for you (with their coded words in a memo) instead of silently shifting:</source>
      <translation>Segmen berikut tidak dapat ditempatkan dengan pasti; setelah teks diganti, segmen ini tetap tercantum untuk Anda (dengan kata terkodenya dalam memo) alih-alih bergeser tanpa pemberitahuan:</translation>
    </message>
    <message>
      <source>Was at</source>
      <translation>Posisi semula</translation>
    </message>
    <message>
      <source>could not be placed</source>
      <translation>tidak dapat ditempatkan</translation>
    </message>
    <message>
      <source>followed a moved passage</source>
      <translation>mengikuti bagian teks yang dipindahkan</translation>
    </message>
    <message>
      <source>on edited words</source>
      <translation>pada kata yang disunting</translation>
    </message>
    <message>
      <source>shifted with the text</source>
      <translation>bergeser mengikuti teks</translation>
    </message>
    <message>
      <source>unchanged</source>
      <translation>tidak berubah</translation>
    </message>
    <message>
      <source>{title}: {old} characters now, {new} in the corrected version; {count} coded segments.</source>
      <translation>{title}: {old} karakter saat ini, {new} pada versi perbaikan; {count} segmen terkode.</translation>
    </message>
  </context>
  <context>
    <name>FindBar</name>
    <message>
      <source>Also find misspelt and slightly different forms</source>
      <translation>Temukan juga bentuk yang salah eja atau sedikit berbeda</translation>
    </message>
    <message>
      <source>Close (Esc)</source>
      <translation>Tutup (Esc)</translation>
    </message>
    <message>
      <source>Find in this source</source>
      <translation>Cari di sumber ini</translation>
    </message>
    <message>
      <source>Fuzzy</source>
      <translation>Mirip</translation>
    </message>
    <message>
      <source>Next hit (Enter)</source>
      <translation>Hasil berikutnya (Enter)</translation>
    </message>
    <message>
      <source>Previous hit (Shift+Enter)</source>
      <translation>Hasil sebelumnya (Shift+Enter)</translation>
    </message>
    <message>
      <source>no hits</source>
      <translation>tidak ada hasil</translation>
    </message>
    <message>
      <source>{number} of {total}</source>
      <translation>{number} dari {total}</translation>
    </message>
  </context>
  <context>
    <name>FrequencyChart</name>
    <message>
      <source>Code frequencies</source>
      <translation>Frekuensi kode</translation>
    </message>
    <message>
      <source>Coded segments per code, by informant</source>
      <translation>Segmen terkode per kode, menurut informan</translation>
    </message>
    <message>
      <source>Coded segments per code, by informant group</source>
      <translation>Segmen terkode per kode, menurut kelompok informan</translation>
    </message>
    <message>
      <source>Codes</source>
      <translation>Kode</translation>
    </message>
    <message>
      <source>Documentation</source>
      <translation>Dokumentasi</translation>
    </message>
    <message>
      <source>Export PNG…</source>
      <translation>Ekspor PNG…</translation>
    </message>
    <message>
      <source>Export SVG…</source>
      <translation>Ekspor SVG…</translation>
    </message>
    <message>
      <source>Export chart</source>
      <translation>Ekspor grafik</translation>
    </message>
    <message>
      <source>Interview</source>
      <translation>Wawancara</translation>
    </message>
    <message>
      <source>Interview, no informant linked</source>
      <translation>Wawancara, belum ditautkan ke informan</translation>
    </message>
    <message>
      <source>Key informants</source>
      <translation>Informan kunci</translation>
    </message>
    <message>
      <source>Main informants</source>
      <translation>Informan utama</translation>
    </message>
    <message>
      <source>Observation</source>
      <translation>Observasi</translation>
    </message>
    <message>
      <source>PNG image, 300 dpi</source>
      <translation>Gambar PNG, 300 dpi</translation>
    </message>
    <message>
      <source>SVG drawing</source>
      <translation>Gambar vektor SVG</translation>
    </message>
    <message>
      <source>Supporting informants</source>
      <translation>Informan pendukung</translation>
    </message>
    <message>
      <source>by informant</source>
      <translation>menurut informan</translation>
    </message>
    <message>
      <source>by informant group</source>
      <translation>menurut kelompok informan</translation>
    </message>
  </context>
  <context>
    <name>ImportDialog</name>
    <message>
      <source>&amp;Details of the new informant…</source>
      <translation>&amp;Rincian informan baru…</translation>
    </message>
    <message>
      <source>&amp;Import</source>
      <translation>&amp;Impor</translation>
    </message>
    <message>
      <source>&amp;New informant…</source>
      <translation>Informan &amp;baru…</translation>
    </message>
    <message>
      <source>File</source>
      <translation>Berkas</translation>
    </message>
    <message>
      <source>Import sources</source>
      <translation>Impor sumber</translation>
    </message>
    <message>
      <source>Informant</source>
      <translation>Informan</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Jenis</translation>
    </message>
    <message>
      <source>New informant</source>
      <translation>Informan baru</translation>
    </message>
    <message>
      <source>New informant {label}</source>
      <translation>Informan baru {label}</translation>
    </message>
    <message>
      <source>New: {informant}</source>
      <translation>Baru: {informant}</translation>
    </message>
    <message>
      <source>The informant is suggested from the file name (I7_…, Informan 7, W3 …). New informants are created with the import.</source>
      <translation>Informan disarankan dari nama berkas (I7_…, Informan 7, W3 …). Informan baru dibuat bersama impor.</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Judul</translation>
    </message>
    <message>
      <source>— no informant</source>
      <translation>— tanpa informan</translation>
    </message>
  </context>
  <context>
    <name>InformantForm</name>
    <message>
      <source>&amp;Attributes:</source>
      <translation>&amp;Atribut:</translation>
    </message>
    <message>
      <source>&amp;Id:</source>
      <translation>&amp;Id:</translation>
    </message>
    <message>
      <source>&amp;Pseudonym:</source>
      <translation>Nama &amp;samaran:</translation>
    </message>
    <message>
      <source>&amp;Role:</source>
      <translation>Pe&amp;ran:</translation>
    </message>
    <message>
      <source>&amp;Type:</source>
      <translation>&amp;Jenis:</translation>
    </message>
    <message>
      <source>Informant</source>
      <translation>Informan</translation>
    </message>
    <message>
      <source>Key informant (kunci)</source>
      <translation>Informan kunci</translation>
    </message>
    <message>
      <source>Main informant (utama)</source>
      <translation>Informan utama</translation>
    </message>
    <message>
      <source>Optional. Kept only to mask the name in quotes; never shown in any export, citation or list.</source>
      <translation>Opsional. Disimpan hanya untuk menyamarkan nama dalam kutipan; tidak pernah ditampilkan dalam ekspor, sitasi, atau daftar mana pun.</translation>
    </message>
    <message>
      <source>Real &amp;name:</source>
      <translation>&amp;Nama asli:</translation>
    </message>
    <message>
      <source>Supporting informant (pendukung)</source>
      <translation>Informan pendukung</translation>
    </message>
    <message>
      <source>e.g. I7</source>
      <translation>mis. I7</translation>
    </message>
    <message>
      <source>e.g. Kepala Bidang</source>
      <translation>mis. Kepala Bidang</translation>
    </message>
    <message>
      <source>the name used in the thesis</source>
      <translation>nama yang dipakai dalam skripsi</translation>
    </message>
    <message>
      <source>usia=41; pendidikan=S1</source>
      <translation>usia=41; pendidikan=S1</translation>
    </message>
  </context>
  <context>
    <name>Launch</name>
    <message>
      <source>Welcome to Telaah</source>
      <translation>Selamat datang di Telaah</translation>
    </message>
    <message>
      <source>Who are you? This project has: {people}. Choose your name or type a new one; it is stored with every segment you code.</source>
      <translation>Siapa Anda? Proyek ini memiliki: {people}. Pilih nama Anda atau ketik nama baru; nama itu disimpan bersama setiap segmen yang Anda kode.</translation>
    </message>
    <message>
      <source>Who is coding? Your name is stored with every segment you code.</source>
      <translation>Siapa yang mengode? Nama Anda disimpan bersama setiap segmen yang Anda kode.</translation>
    </message>
    <message>
      <source>coder</source>
      <translation>pengode</translation>
    </message>
    <message>
      <source>supervisor</source>
      <translation>pembimbing</translation>
    </message>
  </context>
  <context>
    <name>MainMenus</name>
    <message>
      <source>&amp;About Telaah</source>
      <translation>&amp;Tentang Telaah</translation>
    </message>
    <message>
      <source>&amp;Analysis</source>
      <translation>&amp;Analisis</translation>
    </message>
    <message>
      <source>&amp;Change the segment's code…</source>
      <translation>&amp;Ubah kode segmen…</translation>
    </message>
    <message>
      <source>&amp;Cite Telaah…</source>
      <translation>&amp;Sitasi Telaah…</translation>
    </message>
    <message>
      <source>&amp;Coding</source>
      <translation>&amp;Pengodean</translation>
    </message>
    <message>
      <source>&amp;Delete segment</source>
      <translation>&amp;Hapus segmen</translation>
    </message>
    <message>
      <source>&amp;Edit</source>
      <translation>&amp;Sunting</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>&amp;Berkas</translation>
    </message>
    <message>
      <source>&amp;Find in source…</source>
      <translation>&amp;Cari di sumber…</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>Bant&amp;uan</translation>
    </message>
    <message>
      <source>&amp;Import sources…</source>
      <translation>&amp;Impor sumber…</translation>
    </message>
    <message>
      <source>&amp;In-vivo code</source>
      <translation>Kode &amp;in-vivo</translation>
    </message>
    <message>
      <source>&amp;Language</source>
      <translation>&amp;Bahasa</translation>
    </message>
    <message>
      <source>&amp;New project…</source>
      <translation>&amp;Proyek baru…</translation>
    </message>
    <message>
      <source>&amp;Next segment of this code</source>
      <translation>Segmen &amp;berikutnya dari kode ini</translation>
    </message>
    <message>
      <source>&amp;Open project…</source>
      <translation>&amp;Buka proyek…</translation>
    </message>
    <message>
      <source>&amp;Previous segment of this code</source>
      <translation>Segmen &amp;sebelumnya dari kode ini</translation>
    </message>
    <message>
      <source>&amp;Quick code…</source>
      <translation>&amp;Kode cepat…</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>&amp;Keluar</translation>
    </message>
    <message>
      <source>&amp;Recent projects</source>
      <translation>Proyek &amp;terkini</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>U&amp;langi</translation>
    </message>
    <message>
      <source>&amp;Review</source>
      <translation>Tin&amp;jauan</translation>
    </message>
    <message>
      <source>&amp;Sources and informants…</source>
      <translation>Sumber dan i&amp;nforman…</translation>
    </message>
    <message>
      <source>&amp;Switch coder…</source>
      <translation>&amp;Ganti pengode…</translation>
    </message>
    <message>
      <source>&amp;Tools</source>
      <translation>A&amp;lat</translation>
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Urungkan</translation>
    </message>
    <message>
      <source>&amp;User guide</source>
      <translation>&amp;Panduan pengguna</translation>
    </message>
    <message>
      <source>&amp;View</source>
      <translation>&amp;Tampilan</translation>
    </message>
    <message>
      <source>Code &amp;again with the last code</source>
      <translation>Terapkan &amp;lagi kode terakhir</translation>
    </message>
    <message>
      <source>No recent projects</source>
      <translation>Tidak ada proyek terkini</translation>
    </message>
    <message>
      <source>Open the &amp;demo study…</source>
      <translation>Buka studi &amp;demo…</translation>
    </message>
    <message>
      <source>Password for {location}:</source>
      <translation>Kata sandi untuk {location}:</translation>
    </message>
    <message>
      <source>Segment &amp;memo…</source>
      <translation>&amp;Memo segmen…</translation>
    </message>
    <message>
      <source>Set segment &amp;boundaries to the selection</source>
      <translation>Setel ba&amp;tas segmen sesuai seleksi</translation>
    </message>
    <message>
      <source>Show &amp;other coders' segments</source>
      <translation>Tampilkan segmen pengode &amp;lain</translation>
    </message>
    <message>
      <source>Switch coder</source>
      <translation>Ganti pengode</translation>
    </message>
    <message>
      <source>Team project</source>
      <translation>Proyek tim</translation>
    </message>
    <message>
      <source>Who is coding now?</source>
      <translation>Siapa yang mengode sekarang?</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>&amp;Redo</source>
      <translation>U&amp;langi</translation>
    </message>
    <message>
      <source>&amp;Redo {action}</source>
      <translation>U&amp;langi {action}</translation>
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Urungkan</translation>
    </message>
    <message>
      <source>&amp;Undo {action}</source>
      <translation>&amp;Urungkan {action}</translation>
    </message>
    <message>
      <source>1 Coding</source>
      <translation>1 Pengodean</translation>
    </message>
    <message>
      <source>Coder: {name}</source>
      <translation>Pengode: {name}</translation>
    </message>
    <message>
      <source>Open project</source>
      <translation>Buka proyek</translation>
    </message>
    <message>
      <source>Read-only</source>
      <translation>Baca-saja</translation>
    </message>
    <message>
      <source>Read-only: nothing can be changed or saved in this window (the project is open in another session). Coding, memos and imports are switched off; reading, searching and exporting work.</source>
      <translation>Baca-saja: tidak ada yang bisa diubah atau disimpan di jendela ini (proyek sedang dibuka di sesi lain). Pengodean, memo, dan impor dimatikan; membaca, mencari, dan mengekspor tetap bisa.</translation>
    </message>
    <message>
      <source>Telaah projects (*.telaah);;All files (*)</source>
      <translation>Proyek Telaah (*.telaah);;Semua berkas (*)</translation>
    </message>
    <message>
      <source>{title} (read-only)</source>
      <translation>{title} (baca-saja)</translation>
    </message>
  </context>
  <context>
    <name>MediaPane</name>
    <message>
      <source>Code region</source>
      <translation>Kodekan wilayah</translation>
    </message>
    <message>
      <source>Code region {code}</source>
      <translation>Kodekan wilayah {code}</translation>
    </message>
    <message>
      <source>Drag over the photo to mark a region.</source>
      <translation>Seret di atas foto untuk menandai wilayah.</translation>
    </message>
    <message>
      <source>Footer: {text}</source>
      <translation>Kaki halaman: {text}</translation>
    </message>
    <message>
      <source>Header: {text}</source>
      <translation>Kepala halaman: {text}</translation>
    </message>
    <message>
      <source>Next page</source>
      <translation>Halaman berikutnya</translation>
    </message>
    <message>
      <source>Page {number} of {count}</source>
      <translation>Halaman {number} dari {count}</translation>
    </message>
    <message>
      <source>Previous page</source>
      <translation>Halaman sebelumnya</translation>
    </message>
    <message>
      <source>What the region shows (stands for its text)</source>
      <translation>Apa yang diperlihatkan wilayah ini (mewakili teksnya)</translation>
    </message>
    <message>
      <source>taken {date}</source>
      <translation>diambil {date}</translation>
    </message>
  </context>
  <context>
    <name>MemoDialog</name>
    <message>
      <source>Ctrl+Enter</source>
      <translation>Ctrl+Enter</translation>
    </message>
    <message>
      <source>Segment memo</source>
      <translation>Memo segmen</translation>
    </message>
    <message>
      <source>What strikes you about this passage?</source>
      <translation>Apa yang menarik perhatian Anda pada petikan ini?</translation>
    </message>
  </context>
  <context>
    <name>MemoList</name>
    <message>
      <source>Add memo</source>
      <translation>Tambah memo</translation>
    </message>
    <message>
      <source>Attach to</source>
      <translation>Kaitkan dengan</translation>
    </message>
    <message>
      <source>Attached to</source>
      <translation>Terkait dengan</translation>
    </message>
    <message>
      <source>New memo</source>
      <translation>Memo baru</translation>
    </message>
    <message>
      <source>Search memos</source>
      <translation>Cari memo</translation>
    </message>
    <message>
      <source>Text</source>
      <translation>Teks</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Judul</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>Jenis</translation>
    </message>
    <message>
      <source>Written</source>
      <translation>Ditulis</translation>
    </message>
    <message>
      <source>all types</source>
      <translation>semua jenis</translation>
    </message>
    <message>
      <source>analytic</source>
      <translation>analitis</translation>
    </message>
    <message>
      <source>code {id}</source>
      <translation>kode {id}</translation>
    </message>
    <message>
      <source>methodological</source>
      <translation>metodologis</translation>
    </message>
    <message>
      <source>reflexive</source>
      <translation>reflektif</translation>
    </message>
    <message>
      <source>segment memo</source>
      <translation>memo segmen</translation>
    </message>
    <message>
      <source>segment {id}</source>
      <translation>segmen {id}</translation>
    </message>
    <message>
      <source>source {id}</source>
      <translation>sumber {id}</translation>
    </message>
    <message>
      <source>the project</source>
      <translation>proyek ini</translation>
    </message>
    <message>
      <source>the selected segment</source>
      <translation>segmen terpilih</translation>
    </message>
  </context>
  <context>
    <name>MergeProject</name>
    <message>
      <source>&amp;Merge project…</source>
      <translation>Gabungkan pro&amp;yek…</translation>
    </message>
    <message>
      <source>Comparing the two copies…</source>
      <translation>Membandingkan kedua salinan…</translation>
    </message>
    <message>
      <source>Merge</source>
      <translation>Gabungkan</translation>
    </message>
    <message>
      <source>Merge a coder's copy of this project</source>
      <translation>Gabungkan salinan proyek ini milik seorang pengode</translation>
    </message>
    <message>
      <source>Merge project</source>
      <translation>Gabungkan proyek</translation>
    </message>
    <message>
      <source>Merging changes nothing until you press Merge. A backup of this project is taken first.</source>
      <translation>Tidak ada yang berubah sebelum Anda menekan Gabungkan. Cadangan proyek ini dibuat lebih dulu.</translation>
    </message>
    <message>
      <source>Merging…</source>
      <translation>Menggabungkan…</translation>
    </message>
    <message>
      <source>Telaah projects (*.telaah)</source>
      <translation>Proyek Telaah (*.telaah)</translation>
    </message>
  </context>
  <context>
    <name>OpenChoice</name>
    <message>
      <source>Cancel</source>
      <translation>Batal</translation>
    </message>
    <message>
      <source>Open read-only</source>
      <translation>Buka baca-saja</translation>
    </message>
    <message>
      <source>Project in use</source>
      <translation>Proyek sedang digunakan</translation>
    </message>
    <message>
      <source>You can open it read-only to look at it without changing anything, or cancel and ask them to close it first.</source>
      <translation>Anda dapat membukanya dalam mode baca-saja untuk melihat isinya tanpa mengubah apa pun, atau batalkan dan minta pengguna tersebut menutupnya terlebih dahulu.</translation>
    </message>
    <message>
      <source>{path} is already open in Telaah by {user} on {host} (since {since}).</source>
      <translation>{path} sedang dibuka di Telaah oleh {user} di {host} (sejak {since}).</translation>
    </message>
  </context>
  <context>
    <name>PassageNames</name>
    <message>
      <source>{code} ({coder}) — {passage}</source>
      <translation>{code} ({coder}) — {passage}</translation>
    </message>
    <message>
      <source>{place}, {words}</source>
      <translation>{place}, {words}</translation>
    </message>
  </context>
  <context>
    <name>ProjectActions</name>
    <message>
      <source>Building the demo study…</source>
      <translation>Menyiapkan studi demo…</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation type="vanished">Batal</translation>
    </message>
    <message>
      <source>Import cancelled; nothing was changed.</source>
      <translation>Impor dibatalkan; tidak ada yang diubah.</translation>
    </message>
    <message>
      <source>Import sources</source>
      <translation>Impor sumber</translation>
    </message>
    <message>
      <source>Importing {count} files…</source>
      <translation>Mengimpor {count} berkas…</translation>
    </message>
    <message>
      <source>New informants: {labels}.</source>
      <translation>Informan baru: {labels}.</translation>
    </message>
    <message>
      <source>New project</source>
      <translation>Proyek baru</translation>
    </message>
    <message>
      <source>Recognise the text with OCR (Tesseract)? This takes a while per page; the text is marked as machine-made until you check it.</source>
      <translation>Kenali teksnya dengan OCR (Tesseract)? Setiap halaman memerlukan waktu; teksnya ditandai buatan mesin sampai Anda memeriksanya.</translation>
    </message>
    <message>
      <source>Save the demo study as</source>
      <translation>Simpan studi demo sebagai</translation>
    </message>
    <message>
      <source>Scanned PDF</source>
      <translation>PDF hasil pindaian</translation>
    </message>
    <message>
      <source>Telaah projects (*.telaah)</source>
      <translation>Proyek Telaah (*.telaah)</translation>
    </message>
    <message>
      <source>Texts and documents ({patterns});;All files (*)</source>
      <translation>Teks dan dokumen ({patterns});;Semua berkas (*)</translation>
    </message>
    <message>
      <source>{count} sources imported.</source>
      <translation>{count} sumber diimpor.</translation>
    </message>
  </context>
  <context>
    <name>ProjectWindows</name>
    <message>
      <source>Building the demo study…</source>
      <translation>Membuat studi demo…</translation>
    </message>
  </context>
  <context>
    <name>QFileDialog</name>
    <message>
      <source>&amp;Delete</source>
      <translation>&amp;Hapus</translation>
    </message>
    <message>
      <source>&amp;Look in:</source>
      <translation>&amp;Lihat di:</translation>
    </message>
    <message>
      <source>&amp;New Folder</source>
      <translation>&amp;Folder baru</translation>
    </message>
    <message>
      <source>&amp;Open</source>
      <translation>&amp;Buka</translation>
    </message>
    <message>
      <source>&amp;Rename</source>
      <translation>&amp;Ganti nama</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>&amp;Simpan</translation>
    </message>
    <message>
      <source>All Files (*)</source>
      <translation>Semua berkas (*)</translation>
    </message>
    <message>
      <source>Back</source>
      <translation>Kembali</translation>
    </message>
    <message>
      <source>Create New Folder</source>
      <translation>Buat folder baru</translation>
    </message>
    <message>
      <source>Detail View</source>
      <translation>Tampilan rinci</translation>
    </message>
    <message>
      <source>File &amp;name:</source>
      <translation>&amp;Nama berkas:</translation>
    </message>
    <message>
      <source>Files of &amp;type:</source>
      <translation>&amp;Jenis berkas:</translation>
    </message>
    <message>
      <source>Forward</source>
      <translation>Maju</translation>
    </message>
    <message>
      <source>List View</source>
      <translation>Tampilan daftar</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Buka</translation>
    </message>
    <message>
      <source>Parent Directory</source>
      <translation>Folder induk</translation>
    </message>
    <message>
      <source>Save As</source>
      <translation>Simpan sebagai</translation>
    </message>
    <message>
      <source>Show &amp;hidden files</source>
      <translation>Tampilkan berkas &amp;tersembunyi</translation>
    </message>
  </context>
  <context>
    <name>QFileSystemModel</name>
    <message>
      <source>Computer</source>
      <translation>Komputer</translation>
    </message>
    <message>
      <source>Date Modified</source>
      <translation>Tanggal diubah</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Nama</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>Ukuran</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>Jenis</translation>
    </message>
  </context>
  <context>
    <name>QLineEdit</name>
    <message>
      <source>&amp;Copy</source>
      <translation>&amp;Salin</translation>
    </message>
    <message>
      <source>&amp;Paste</source>
      <translation>T&amp;empel</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>U&amp;langi</translation>
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Urungkan</translation>
    </message>
    <message>
      <source>Cu&amp;t</source>
      <translation>Po&amp;tong</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Hapus</translation>
    </message>
    <message>
      <source>Select All</source>
      <translation>Pilih semua</translation>
    </message>
  </context>
  <context>
    <name>QMessageBox</name>
    <message>
      <source>Hide Details...</source>
      <translation>Sembunyikan Rincian...</translation>
    </message>
    <message>
      <source>Show Details...</source>
      <translation>Tampilkan Rincian...</translation>
    </message>
  </context>
  <context>
    <name>QPlatformTheme</name>
    <message>
      <source>&amp;No</source>
      <translation>&amp;Tidak</translation>
    </message>
    <message>
      <source>&amp;Yes</source>
      <translation>&amp;Ya</translation>
    </message>
    <message>
      <source>Apply</source>
      <translation>Terapkan</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Batal</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Tutup</translation>
    </message>
    <message>
      <source>Discard</source>
      <translation>Buang</translation>
    </message>
    <message>
      <source>Help</source>
      <translation>Bantuan</translation>
    </message>
    <message>
      <source>OK</source>
      <translation>OK</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Buka</translation>
    </message>
    <message>
      <source>Reset</source>
      <translation>Atur ulang</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Simpan</translation>
    </message>
  </context>
  <context>
    <name>QWidgetTextControl</name>
    <message>
      <source>&amp;Copy</source>
      <translation>&amp;Salin</translation>
    </message>
    <message>
      <source>&amp;Paste</source>
      <translation>T&amp;empel</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>U&amp;langi</translation>
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Urungkan</translation>
    </message>
    <message>
      <source>Copy &amp;Link Location</source>
      <translation>Salin lokasi &amp;tautan</translation>
    </message>
    <message>
      <source>Cu&amp;t</source>
      <translation>Po&amp;tong</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Hapus</translation>
    </message>
    <message>
      <source>Select All</source>
      <translation>Pilih semua</translation>
    </message>
  </context>
  <context>
    <name>QuickCodeBox</name>
    <message>
      <source>Quick code</source>
      <translation>Kode cepat</translation>
    </message>
    <message>
      <source>Type a code name (typos are fine), then Enter</source>
      <translation>Ketik nama kode (salah ketik tidak apa-apa), lalu tekan Enter</translation>
    </message>
  </context>
  <context>
    <name>QuoteCheckDialog</name>
    <message>
      <source>&amp;Verify quotations in a draft…</source>
      <translation>&amp;Verifikasi kutipan dalam draf…</translation>
    </message>
    <message>
      <source>Choose a thesis draft</source>
      <translation>Pilih draf skripsi</translation>
    </message>
    <message>
      <source>Choose…</source>
      <translation>Pilih…</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Tutup</translation>
    </message>
    <message>
      <source>Draft</source>
      <translation>Draf</translation>
    </message>
    <message>
      <source>Looking up each quotation…</source>
      <translation>Mencari setiap kutipan…</translation>
    </message>
    <message>
      <source>Show in text</source>
      <translation>Tampilkan di teks</translation>
    </message>
    <message>
      <source>Thesis draft (.docx)</source>
      <translation>Draf skripsi (.docx)</translation>
    </message>
    <message>
      <source>Verify</source>
      <translation>Verifikasi</translation>
    </message>
    <message>
      <source>Verify quotations</source>
      <translation>Verifikasi kutipan</translation>
    </message>
    <message>
      <source>Verify quotations in a draft</source>
      <translation>Verifikasi kutipan dalam draf</translation>
    </message>
    <message>
      <source>Word document (*.docx)</source>
      <translation>Dokumen Word (*.docx)</translation>
    </message>
    <message>
      <source>{total} quotations: {exact} exact, {near} near, {missing} not found; {miscited} cite another informant than the one found.</source>
      <translation>{total} kutipan: {exact} persis, {near} hampir sama, {missing} tidak ditemukan; {miscited} menyebut informan yang berbeda dari yang ditemukan.</translation>
    </message>
  </context>
  <context>
    <name>QuoteCheckModel</name>
    <message>
      <source>'{quote}' → source '{source}'</source>
      <translation>'{quote}' → sumber '{source}'</translation>
    </message>
    <message>
      <source>Cited</source>
      <translation>Sitasi</translation>
    </message>
    <message>
      <source>Differences</source>
      <translation>Perbedaan</translation>
    </message>
    <message>
      <source>Exact</source>
      <translation>Persis</translation>
    </message>
    <message>
      <source>Found in</source>
      <translation>Ditemukan di</translation>
    </message>
    <message>
      <source>Informant matches</source>
      <translation>Informan sesuai</translation>
    </message>
    <message>
      <source>NO</source>
      <translation>TIDAK</translation>
    </message>
    <message>
      <source>Near match</source>
      <translation>Hampir sama</translation>
    </message>
    <message>
      <source>Not found</source>
      <translation>Tidak ditemukan</translation>
    </message>
    <message>
      <source>Not found in any transcript.</source>
      <translation>Tidak ditemukan di transkrip mana pun.</translation>
    </message>
    <message>
      <source>Paragraph</source>
      <translation>Paragraf</translation>
    </message>
    <message>
      <source>Quotation</source>
      <translation>Kutipan</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>The citation names {cited}, but the quotation is from {found}.</source>
      <translation>Sitasi menyebut {cited}, tetapi kutipannya berasal dari {found}.</translation>
    </message>
    <message>
      <source>added: '{quote}'</source>
      <translation>tambahan: '{quote}'</translation>
    </message>
    <message>
      <source>missing: '{source}'</source>
      <translation>hilang: '{source}'</translation>
    </message>
    <message>
      <source>paragraph {number}</source>
      <translation>paragraf {number}</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>ya</translation>
    </message>
    <message>
      <source>{count} elision(s) …</source>
      <translation>{count} bagian dihilangkan …</translation>
    </message>
  </context>
  <context>
    <name>RecordingActions</name>
    <message>
      <source>&amp;Transcribe recording…</source>
      <translation type="vanished">&amp;Transkripsikan rekaman…</translation>
    </message>
    <message>
      <source>About {seconds} s left</source>
      <translation>Sekitar {seconds} detik lagi</translation>
    </message>
    <message>
      <source>Browse…</source>
      <translation>Telusuri…</translation>
    </message>
    <message>
      <source>Choose the source whose recording to transcribe.</source>
      <translation>Pilih sumber yang rekamannya akan ditranskripsi.</translation>
    </message>
    <message>
      <source>Download</source>
      <translation>Unduh</translation>
    </message>
    <message>
      <source>Download a model</source>
      <translation>Unduh model</translation>
    </message>
    <message>
      <source>Downloading {name}…</source>
      <translation>Mengunduh {name}…</translation>
    </message>
    <message>
      <source>Draft transcript of {title}</source>
      <translation>Draf transkrip {title}</translation>
    </message>
    <message>
      <source>Draft transcript ready: {words} words in {seconds} s. It is marked machine-made until you correct it.</source>
      <translation>Draf transkrip siap: {words} kata dalam {seconds} detik. Draf ditandai buatan mesin sampai Anda mengoreksinya.</translation>
    </message>
    <message>
      <source>English</source>
      <translation>Inggris</translation>
    </message>
    <message>
      <source>Folder of a Whisper model</source>
      <translation>Folder model Whisper</translation>
    </message>
    <message>
      <source>Guess from the recording</source>
      <translation>Tebak dari rekaman</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>Impor</translation>
    </message>
    <message>
      <source>Import &amp;recording…</source>
      <translation type="vanished">Impor &amp;rekaman…</translation>
    </message>
    <message>
      <source>Import a recording</source>
      <translation>Impor rekaman</translation>
    </message>
    <message>
      <source>Import re&amp;cording…</source>
      <translation>Impor &amp;rekaman…</translation>
    </message>
    <message>
      <source>Indonesian</source>
      <translation>Indonesia</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Bahasa</translation>
    </message>
    <message>
      <source>Model</source>
      <translation>Model</translation>
    </message>
    <message>
      <source>Model folder…</source>
      <translation>Folder model…</translation>
    </message>
    <message>
      <source>Model {name} is ready.</source>
      <translation>Model {name} siap dipakai.</translation>
    </message>
    <message>
      <source>No model yet: choose a folder or download one</source>
      <translation>Belum ada model: pilih folder atau unduh satu</translation>
    </message>
    <message>
      <source>Playing recordings needs Qt Multimedia, which this installation of Telaah lacks.</source>
      <translation>Memutar rekaman memerlukan Qt Multimedia, yang tidak ada pada pemasangan Telaah ini.</translation>
    </message>
    <message>
      <source>Recording (WAV, MP3, M4A, OGG, MP4)</source>
      <translation>Rekaman (WAV, MP3, M4A, OGG, MP4)</translation>
    </message>
    <message>
      <source>Recording imported as {title}.</source>
      <translation>Rekaman diimpor sebagai {title}.</translation>
    </message>
    <message>
      <source>Recordings ({patterns});;All files (*)</source>
      <translation>Rekaman ({patterns});;Semua berkas (*)</translation>
    </message>
    <message>
      <source>The recording stays on this computer: Telaah transcribes it here and sends nothing anywhere. Only the Download button connects to the internet, to fetch the model you chose, into {folder}.</source>
      <translation>Rekaman tetap di komputer ini: Telaah mentranskripsinya di sini dan tidak mengirim apa pun ke mana pun. Hanya tombol Unduh yang tersambung ke internet, untuk mengambil model yang Anda pilih ke {folder}.</translation>
    </message>
    <message>
      <source>The result is a draft, split into paragraphs at pauses and marked machine-made until you have corrected it; add speaker labels yourself.</source>
      <translation>Hasilnya berupa draf, dipecah menjadi paragraf pada jeda dan ditandai buatan mesin sampai Anda mengoreksinya; tambahkan sendiri label pembicaranya.</translation>
    </message>
    <message>
      <source>Times in the transcript ([hh:mm:ss], #hh:mm:ss-d#, SRT, WebVTT, oTranscribe) link its words to the recording.</source>
      <translation>Waktu dalam transkrip ([hh:mm:ss], #hh:mm:ss-d#, SRT, WebVTT, oTranscribe) menautkan kata-katanya ke rekaman.</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Judul</translation>
    </message>
    <message>
      <source>Tr&amp;anscription mode…</source>
      <translation>&amp;Mode transkripsi…</translation>
    </message>
    <message>
      <source>Transcribe</source>
      <translation>Transkripsikan</translation>
    </message>
    <message>
      <source>Transcribe a recording</source>
      <translation>Transkripsikan rekaman</translation>
    </message>
    <message>
      <source>Transcribe recordin&amp;g…</source>
      <translation>Tr&amp;anskripsikan rekaman…</translation>
    </message>
    <message>
      <source>Transcribing on this computer…</source>
      <translation>Mentranskripsi di komputer ini…</translation>
    </message>
    <message>
      <source>Transcript (optional)</source>
      <translation>Transkrip (opsional)</translation>
    </message>
    <message>
      <source>Transcript of the recording</source>
      <translation>Transkrip rekaman</translation>
    </message>
    <message>
      <source>Transcription &amp;mode…</source>
      <translation type="vanished">&amp;Mode transkripsi…</translation>
    </message>
    <message>
      <source>Transcription cancelled; nothing was changed.</source>
      <translation>Transkripsi dibatalkan; tidak ada yang diubah.</translation>
    </message>
    <message>
      <source>Transcripts ({patterns});;All files (*)</source>
      <translation>Transkrip ({patterns});;Semua berkas (*)</translation>
    </message>
    <message>
      <source>none: transcribe it later</source>
      <translation>tidak ada: transkripsikan nanti</translation>
    </message>
    <message>
      <source>{name} ({size} MB)</source>
      <translation>{name} ({size} MB)</translation>
    </message>
  </context>
  <context>
    <name>RecordingBar</name>
    <message>
      <source>A person has corrected this transcript</source>
      <translation>Seseorang sudah mengoreksi transkrip ini</translation>
    </message>
    <message>
      <source>Back three seconds</source>
      <translation>Mundur tiga detik</translation>
    </message>
    <message>
      <source>Faster</source>
      <translation>Lebih cepat</translation>
    </message>
    <message>
      <source>Machine-made draft: correct it against the recording, then mark it as checked.</source>
      <translation>Draf buatan mesin: koreksi dengan mendengarkan rekaman, lalu tandai sudah diperiksa.</translation>
    </message>
    <message>
      <source>Mark as checked</source>
      <translation>Tandai sudah diperiksa</translation>
    </message>
    <message>
      <source>Pause</source>
      <translation>Jeda</translation>
    </message>
    <message>
      <source>Play</source>
      <translation>Putar</translation>
    </message>
    <message>
      <source>Play faster</source>
      <translation>Putar lebih cepat</translation>
    </message>
    <message>
      <source>Play more slowly</source>
      <translation>Putar lebih lambat</translation>
    </message>
    <message>
      <source>Play or pause</source>
      <translation>Putar atau jeda</translation>
    </message>
    <message>
      <source>Play or pause the recording</source>
      <translation>Putar atau jeda rekaman</translation>
    </message>
    <message>
      <source>Play passage</source>
      <translation>Putar bagian</translation>
    </message>
    <message>
      <source>Play the chosen coded segment or the selected words, then stop</source>
      <translation>Putar segmen terkode yang dipilih atau kata-kata yang diseleksi, lalu berhenti</translation>
    </message>
    <message>
      <source>Slower</source>
      <translation>Lebih lambat</translation>
    </message>
    <message>
      <source>−3 s</source>
      <translation>−3 dtk</translation>
    </message>
  </context>
  <context>
    <name>ReductionTab</name>
    <message>
      <source>Code summaries and coverage</source>
      <translation>Ringkasan dan cakupan kode</translation>
    </message>
    <message>
      <source>Memos</source>
      <translation>Memo</translation>
    </message>
    <message>
      <source>Reduction: {done} of {total} segments condensed</source>
      <translation>Reduksi: {done} dari {total} segmen sudah dikondensasi</translation>
    </message>
    <message>
      <source>Retrieved segments</source>
      <translation>Penelusuran segmen</translation>
    </message>
  </context>
  <context>
    <name>ReplacementList</name>
    <message>
      <source>Informant names become labels such as [Informan 3]; after writing, Telaah lists what it replaced (the list is not in the file).</source>
      <translation>Nama informan diganti label seperti [Informan 3]; setelah menulis, Telaah menampilkan apa saja yang diganti (daftarnya tidak masuk ke berkas).</translation>
    </message>
    <message>
      <source>Pseudonymise names, NIP, NIK, phone numbers and e-mail addresses</source>
      <translation>Samarkan nama, NIP, NIK, nomor telepon dan alamat surel</translation>
    </message>
    <message>
      <source>Pseudonymised</source>
      <translation>Disamarkan</translation>
    </message>
    <message>
      <source>{count} different text(s) were replaced in the export. The list below is shown here only; it is not in the file.</source>
      <translation>{count} teks berbeda diganti dalam ekspor. Daftar di bawah hanya ditampilkan di sini; daftar itu tidak ada di dalam berkas.</translation>
    </message>
  </context>
  <context>
    <name>RetrievedSegments</name>
    <message>
      <source>(choose a code)</source>
      <translation>(pilih kode)</translation>
    </message>
    <message>
      <source>Choose both codes for this query.</source>
      <translation>Pilih kedua kode untuk kueri ini.</translation>
    </message>
    <message>
      <source>Code</source>
      <translation>Kode</translation>
    </message>
    <message>
      <source>Coder</source>
      <translation>Pengode</translation>
    </message>
    <message>
      <source>Double-click a segment to read it in its transcript; press F2 to edit its paraphrase in the table.</source>
      <translation>Klik dua kali sebuah segmen untuk membacanya di transkrip; tekan F2 untuk menyunting parafrasanya di tabel.</translation>
    </message>
    <message>
      <source>Informant</source>
      <translation>Informan</translation>
    </message>
    <message>
      <source>Paraphrase</source>
      <translation>Parafrasa</translation>
    </message>
    <message>
      <source>Review</source>
      <translation>Tinjauan</translation>
    </message>
    <message>
      <source>Save paraphrase</source>
      <translation>Simpan parafrasa</translation>
    </message>
    <message>
      <source>Technique</source>
      <translation>Teknik</translation>
    </message>
    <message>
      <source>Text</source>
      <translation>Teks</translation>
    </message>
    <message>
      <source>The condensed statement of the selected segment, in your words</source>
      <translation>Pernyataan terkondensasi dari segmen terpilih, dengan kata-kata Anda sendiri</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>Jenis</translation>
    </message>
    <message>
      <source>Words in the quote or paraphrase</source>
      <translation>Kata dalam kutipan atau parafrasa</translation>
    </message>
    <message>
      <source>any code</source>
      <translation>semua kode</translation>
    </message>
    <message>
      <source>any coder</source>
      <translation>semua pengode</translation>
    </message>
    <message>
      <source>any informant</source>
      <translation>semua informan</translation>
    </message>
    <message>
      <source>any status</source>
      <translation>semua status</translation>
    </message>
    <message>
      <source>any technique</source>
      <translation>semua teknik</translation>
    </message>
    <message>
      <source>any type</source>
      <translation>semua jenis</translation>
    </message>
    <message>
      <source>but not overlapping a segment of</source>
      <translation>tetapi tidak beririsan dengan segmen</translation>
    </message>
    <message>
      <source>key informant</source>
      <translation>informan kunci</translation>
    </message>
    <message>
      <source>main informant</source>
      <translation>informan utama</translation>
    </message>
    <message>
      <source>matching the filters</source>
      <translation>yang sesuai filter</translation>
    </message>
    <message>
      <source>overlapping a segment of</source>
      <translation>yang beririsan dengan segmen</translation>
    </message>
    <message>
      <source>supporting informant</source>
      <translation>informan pendukung</translation>
    </message>
    <message>
      <source>{shown} of {total} segments</source>
      <translation>{shown} dari {total} segmen</translation>
    </message>
  </context>
  <context>
    <name>ReviewFeedback</name>
    <message>
      <source>Bring the transcript forward with this segment current, ready to adjust (Ctrl+B) or recode.</source>
      <translation>Tampilkan transkrip dengan segmen ini terpilih, siap diubah batasnya (Ctrl+B) atau dikode ulang.</translation>
    </message>
    <message>
      <source>Closed</source>
      <translation>Selesai</translation>
    </message>
    <message>
      <source>No feedback on your segments yet.</source>
      <translation>Belum ada umpan balik untuk segmen Anda.</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Terbuka</translation>
    </message>
    <message>
      <source>Show in text</source>
      <translation>Tampilkan di teks</translation>
    </message>
    <message>
      <source>With your supervisor</source>
      <translation>Menunggu pembimbing</translation>
    </message>
    <message>
      <source>Your supervisor sent 1 segment back for revision. Show it now?</source>
      <translation>Pembimbing Anda mengembalikan 1 segmen untuk direvisi. Tampilkan sekarang?</translation>
    </message>
    <message>
      <source>Your supervisor sent {count} segments back for revision. Show them now?</source>
      <translation>Pembimbing Anda mengembalikan {count} segmen untuk direvisi. Tampilkan sekarang?</translation>
    </message>
    <message>
      <source>changed the segment</source>
      <translation>mengubah segmen</translation>
    </message>
    <message>
      <source>{state} — {status} — {code} — {date}</source>
      <translation>{state} — {status} — {code} — {date}</translation>
    </message>
  </context>
  <context>
    <name>ReviewModel</name>
    <message>
      <source>Accepted</source>
      <translation>Diterima</translation>
    </message>
    <message>
      <source>Code</source>
      <translation>Kode</translation>
    </message>
    <message>
      <source>Coder</source>
      <translation>Pengode</translation>
    </message>
    <message>
      <source>Informant</source>
      <translation type="vanished">Informan</translation>
    </message>
    <message>
      <source>Needs revision</source>
      <translation>Perlu revisi</translation>
    </message>
    <message>
      <source>Pending</source>
      <translation>Menunggu</translation>
    </message>
    <message>
      <source>Quote</source>
      <translation>Kutipan</translation>
    </message>
    <message>
      <source>Rejected</source>
      <translation>Ditolak</translation>
    </message>
    <message>
      <source>Revised</source>
      <translation>Direvisi</translation>
    </message>
    <message>
      <source>Source</source>
      <translation type="vanished">Sumber</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Text</source>
      <translation type="vanished">Teks</translation>
    </message>
    <message>
      <source>Where</source>
      <translation>Letak</translation>
    </message>
  </context>
  <context>
    <name>ReviewPanel</name>
    <message>
      <source>Accept</source>
      <translation>Terima</translation>
    </message>
    <message>
      <source>Accept this segment</source>
      <translation>Terima segmen ini</translation>
    </message>
    <message>
      <source>Add comment</source>
      <translation>Tambah komentar</translation>
    </message>
    <message>
      <source>Add your comment to the thread without a verdict</source>
      <translation>Tambahkan komentar Anda ke utas tanpa putusan</translation>
    </message>
    <message>
      <source>All</source>
      <translation>Semua</translation>
    </message>
    <message>
      <source>Any status</source>
      <translation>Semua status</translation>
    </message>
    <message>
      <source>Bring the transcript forward with this segment</source>
      <translation>Tampilkan transkrip dengan segmen ini</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Tutup</translation>
    </message>
    <message>
      <source>Code</source>
      <translation>Kode</translation>
    </message>
    <message>
      <source>Coder</source>
      <translation>Pengode</translation>
    </message>
    <message>
      <source>Coders</source>
      <translation type="vanished">Pengode</translation>
    </message>
    <message>
      <source>Comment (needed for 'needs revision' and 'rejected')</source>
      <translation type="vanished">Komentar (wajib untuk 'perlu revisi' dan 'ditolak')</translation>
    </message>
    <message>
      <source>Comment thread</source>
      <translation>Utas komentar</translation>
    </message>
    <message>
      <source>Comments</source>
      <translation type="vanished">Komentar</translation>
    </message>
    <message>
      <source>Comments (thread)</source>
      <translation type="vanished">Komentar (utas)</translation>
    </message>
    <message>
      <source>Date</source>
      <translation type="vanished">Tanggal</translation>
    </message>
    <message>
      <source>Export review summary</source>
      <translation>Ekspor ringkasan tinjauan</translation>
    </message>
    <message>
      <source>Export summary .docx…</source>
      <translation>Ekspor ringkasan .docx…</translation>
    </message>
    <message>
      <source>Informant</source>
      <translation>Informan</translation>
    </message>
    <message>
      <source>My &amp;feedback…</source>
      <translation>&amp;Umpan balik untuk saya…</translation>
    </message>
    <message>
      <source>My feedback</source>
      <translation>Umpan balik untuk saya</translation>
    </message>
    <message>
      <source>Needs revision</source>
      <translation>Perlu revisi</translation>
    </message>
    <message>
      <source>No comments yet.</source>
      <translation type="vanished">Belum ada komentar.</translation>
    </message>
    <message>
      <source>Nothing to undo ({key})</source>
      <translation>Tidak ada yang dapat dibatalkan ({key})</translation>
    </message>
    <message>
      <source>Project</source>
      <translation type="vanished">Proyek</translation>
    </message>
    <message>
      <source>Quote</source>
      <translation type="vanished">Kutipan</translation>
    </message>
    <message>
      <source>Reject</source>
      <translation>Tolak</translation>
    </message>
    <message>
      <source>Reject it, saying why in your comment</source>
      <translation>Tolak, dengan alasan di komentar Anda</translation>
    </message>
    <message>
      <source>Review</source>
      <translation>Tinjauan</translation>
    </message>
    <message>
      <source>Review &amp;queue…</source>
      <translation>&amp;Antrean tinjauan…</translation>
    </message>
    <message>
      <source>Review queue</source>
      <translation>Antrean tinjauan</translation>
    </message>
    <message>
      <source>Review summary</source>
      <translation type="vanished">Ringkasan tinjauan</translation>
    </message>
    <message>
      <source>Saved to {path}</source>
      <translation>Disimpan di {path}</translation>
    </message>
    <message>
      <source>Segment</source>
      <translation type="vanished">Segmen</translation>
    </message>
    <message>
      <source>Segment changed</source>
      <translation>Segmen berubah</translation>
    </message>
    <message>
      <source>Segment in its turn</source>
      <translation>Segmen dalam gilirannya</translation>
    </message>
    <message>
      <source>Send it back to its coder with your comment</source>
      <translation>Kembalikan ke pengodenya dengan komentar Anda</translation>
    </message>
    <message>
      <source>Set back to pending</source>
      <translation>Kembalikan ke menunggu</translation>
    </message>
    <message>
      <source>Show in text</source>
      <translation>Tampilkan di teks</translation>
    </message>
    <message>
      <source>Source and turn</source>
      <translation type="vanished">Sumber dan giliran</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Supervisor</source>
      <translation type="vanished">Pembimbing</translation>
    </message>
    <message>
      <source>Take the segment's verdict back: it is pending again</source>
      <translation>Tarik kembali putusan segmen ini: statusnya menunggu lagi</translation>
    </message>
    <message>
      <source>To review (pending or revised)</source>
      <translation>Perlu ditinjau (menunggu atau direvisi)</translation>
    </message>
    <message>
      <source>Total</source>
      <translation type="vanished">Jumlah</translation>
    </message>
    <message>
      <source>Undo</source>
      <translation>Batalkan</translation>
    </message>
    <message>
      <source>Undo the last step</source>
      <translation>Batalkan langkah terakhir</translation>
    </message>
    <message>
      <source>Undo {step} ({key})</source>
      <translation>Batalkan {step} ({key})</translation>
    </message>
    <message>
      <source>Word document (*.docx)</source>
      <translation>Dokumen Word (*.docx)</translation>
    </message>
    <message>
      <source>Writing the review summary…</source>
      <translation>Menulis ringkasan tinjauan…</translation>
    </message>
    <message>
      <source>You review as supervisor {name}.</source>
      <translation>Anda meninjau sebagai pembimbing {name}.</translation>
    </message>
    <message>
      <source>Your comment (needed to send a segment back for revision or to reject it)</source>
      <translation>Komentar Anda (wajib untuk mengembalikan segmen agar direvisi atau untuk menolaknya)</translation>
    </message>
    <message>
      <source>Your reply to your supervisor</source>
      <translation>Balasan Anda untuk pembimbing</translation>
    </message>
    <message>
      <source>changed the segment; it was: “{text}”</source>
      <translation type="vanished">mengubah segmen; semula: “{text}”</translation>
    </message>
    <message>
      <source>coder</source>
      <translation type="vanished">pengode</translation>
    </message>
    <message>
      <source>para. {number}</source>
      <translation type="vanished">par. {number}</translation>
    </message>
    <message>
      <source>supervisor</source>
      <translation type="vanished">pembimbing</translation>
    </message>
    <message>
      <source>turn {number}</source>
      <translation type="vanished">giliran {number}</translation>
    </message>
    <message>
      <source>{count} segments</source>
      <translation type="vanished">{count} segmen</translation>
    </message>
    <message>
      <source>{name} is a coder: verdicts are given by a supervisor; you can reply in the thread.</source>
      <translation>{name} adalah pengode: penilaian diberikan oleh pembimbing; Anda dapat membalas di utas komentar.</translation>
    </message>
    <message>
      <source>{verdict} {words}</source>
      <translation>{verdict} {words}</translation>
    </message>
    <message>
      <source>“{words}” was changed by its coder after the queue showed it. Give the verdict on the segment as it is now?</source>
      <translation>“{words}” diubah oleh pengodenya setelah antrean menampilkannya. Beri putusan pada segmen sebagaimana adanya sekarang?</translation>
    </message>
  </context>
  <context>
    <name>ReviewStart</name>
    <message>
      <source>Coder: {name}</source>
      <translation>Pengode: {name}</translation>
    </message>
    <message>
      <source>Feedback from your supervisor</source>
      <translation>Umpan balik dari pembimbing Anda</translation>
    </message>
    <message>
      <source>Supervisor: {name}</source>
      <translation>Pembimbing: {name}</translation>
    </message>
    <message>
      <source>changed the segment</source>
      <translation>mengubah segmen</translation>
    </message>
  </context>
  <context>
    <name>ReviewTexts</name>
    <message>
      <source>1 segment</source>
      <translation>1 segmen</translation>
    </message>
    <message>
      <source>After revision</source>
      <translation>Sesudah revisi</translation>
    </message>
    <message>
      <source>Before revision</source>
      <translation>Sebelum revisi</translation>
    </message>
    <message>
      <source>Changed the segment (was: “{text}”).</source>
      <translation>Mengubah segmen (semula: “{text}”).</translation>
    </message>
    <message>
      <source>Judged: “{text}” as {code}</source>
      <translation>Dinilai: “{text}” sebagai {code}</translation>
    </message>
    <message>
      <source>Memo</source>
      <translation>Memo</translation>
    </message>
    <message>
      <source>No comments yet.</source>
      <translation>Belum ada komentar.</translation>
    </message>
    <message>
      <source>What the coder changed</source>
      <translation>Yang diubah pengode</translation>
    </message>
    <message>
      <source>coder</source>
      <translation>pengode</translation>
    </message>
    <message>
      <source>supervisor</source>
      <translation>pembimbing</translation>
    </message>
    <message>
      <source>{count} segments</source>
      <translation>{count} segmen</translation>
    </message>
    <message>
      <source>{length} characters</source>
      <translation>{length} karakter</translation>
    </message>
  </context>
  <context>
    <name>ReviewWord</name>
    <message>
      <source>&amp;Import review from Word…</source>
      <translation>&amp;Impor tinjauan dari Word…</translation>
    </message>
    <message>
      <source>Added {comments} review comment(s) ({verdicts} with a verdict) and {suggestions} suggestion(s); {already} were already in the project.</source>
      <translation>Ditambahkan {comments} komentar tinjauan ({verdicts} dengan putusan) dan {suggestions} saran; {already} sudah ada di proyek.</translation>
    </message>
    <message>
      <source>All</source>
      <translation>Semua</translation>
    </message>
    <message>
      <source>Code</source>
      <translation>Kode</translation>
    </message>
    <message>
      <source>Coder</source>
      <translation>Pengode</translation>
    </message>
    <message>
      <source>Could not place {count} comment(s):</source>
      <translation>{count} komentar tidak dapat ditempatkan:</translation>
    </message>
    <message>
      <source>Export for review in &amp;Word…</source>
      <translation>Ekspor untuk ditinjau di &amp;Word…</translation>
    </message>
    <message>
      <source>Export for review in Word</source>
      <translation>Ekspor untuk ditinjau di Word</translation>
    </message>
    <message>
      <source>Import review from Word</source>
      <translation>Impor tinjauan dari Word</translation>
    </message>
    <message>
      <source>Informant</source>
      <translation>Informan</translation>
    </message>
    <message>
      <source>Reading the review document…</source>
      <translation>Membaca dokumen tinjauan…</translation>
    </message>
    <message>
      <source>Supervisor</source>
      <translation>Pembimbing</translation>
    </message>
    <message>
      <source>Word document (*.docx)</source>
      <translation>Dokumen Word (*.docx)</translation>
    </message>
    <message>
      <source>Writing the review document…</source>
      <translation>Menulis dokumen tinjauan…</translation>
    </message>
    <message>
      <source>Wrote {segments} segment(s) from {sources} source(s) to {path}.</source>
      <translation>{segments} segmen dari {sources} sumber ditulis ke {path}.</translation>
    </message>
  </context>
  <context>
    <name>SearchCoding</name>
    <message>
      <source>Code all hits</source>
      <translation>Beri kode pada semua hasil</translation>
    </message>
    <message>
      <source>Code these {count} hits with '{code}'? Untick any that should not be coded. You can undo this afterwards.</source>
      <translation>Beri kode '{code}' pada {count} hasil ini? Hapus centang pada hasil yang tidak perlu dikode. Tindakan ini dapat diurungkan setelahnya.</translation>
    </message>
    <message>
      <source>Code ticked hits</source>
      <translation>Beri kode pada hasil yang dicentang</translation>
    </message>
  </context>
  <context>
    <name>SearchModel</name>
    <message>
      <source>Closest example</source>
      <translation>Contoh terdekat</translation>
    </message>
    <message>
      <source>In context</source>
      <translation>Dalam konteks</translation>
    </message>
    <message>
      <source>Informant</source>
      <translation>Informan</translation>
    </message>
    <message>
      <source>Passage</source>
      <translation>Bagian teks</translation>
    </message>
    <message>
      <source>Position</source>
      <translation>Posisi</translation>
    </message>
    <message>
      <source>Score</source>
      <translation>Skor</translation>
    </message>
    <message>
      <source>Source</source>
      <translation>Sumber</translation>
    </message>
  </context>
  <context>
    <name>SearchPanel</name>
    <message>
      <source>&amp;Search the project…</source>
      <translation>Cari di pro&amp;yek…</translation>
    </message>
    <message>
      <source>Apply code {code}</source>
      <translation>Terapkan kode {code}</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Tutup</translation>
    </message>
    <message>
      <source>Code</source>
      <translation>Kode</translation>
    </message>
    <message>
      <source>Code all hits…</source>
      <translation>Beri kode pada semua hasil…</translation>
    </message>
    <message>
      <source>Code suggestions</source>
      <translation>Saran kode</translation>
    </message>
    <message>
      <source>Code this passage</source>
      <translation>Beri kode pada bagian ini</translation>
    </message>
    <message>
      <source>Code {count} hits with {code}</source>
      <translation>Kodekan {count} temuan dengan {code}</translation>
    </message>
    <message>
      <source>Coding undone.</source>
      <translation>Pengodean diurungkan.</translation>
    </message>
    <message>
      <source>Dismiss</source>
      <translation>Abaikan</translation>
    </message>
    <message>
      <source>Exact</source>
      <translation>Persis</translation>
    </message>
    <message>
      <source>Fuzzy (typos, spelling variants)</source>
      <translation>Mirip (salah ketik, variasi ejaan)</translation>
    </message>
    <message>
      <source>Match case</source>
      <translation>Cocokkan huruf besar/kecil</translation>
    </message>
    <message>
      <source>Other changes came after this coding: take it back with Edit › Undo.</source>
      <translation>Ada perubahan lain sesudah pengodean ini: batalkan lewat Sunting › Urungkan.</translation>
    </message>
    <message>
      <source>Passages like the code's example and its segments, best first. Nothing is coded until you click.</source>
      <translation>Bagian teks yang mirip dengan contoh kode dan segmennya, diurutkan dari yang paling cocok. Tidak ada yang dikode sebelum Anda mengeklik.</translation>
    </message>
    <message>
      <source>Reading the texts…</source>
      <translation>Membaca teks…</translation>
    </message>
    <message>
      <source>Regular expression</source>
      <translation>Ekspresi reguler</translation>
    </message>
    <message>
      <source>Search</source>
      <translation>Cari</translation>
    </message>
    <message>
      <source>Show in text</source>
      <translation>Tampilkan di teks</translation>
    </message>
    <message>
      <source>Suggest passages</source>
      <translation>Sarankan bagian teks</translation>
    </message>
    <message>
      <source>Undo coding</source>
      <translation>Urungkan pengodean</translation>
    </message>
    <message>
      <source>Whole word</source>
      <translation>Kata utuh</translation>
    </message>
    <message>
      <source>Words to find</source>
      <translation>Kata yang dicari</translation>
    </message>
    <message>
      <source>{count} hits in {sources} sources</source>
      <translation>{count} hasil di {sources} sumber</translation>
    </message>
    <message>
      <source>{count} segments coded.</source>
      <translation>{count} segmen dikode.</translation>
    </message>
  </context>
  <context>
    <name>SegmentActions</name>
    <message>
      <source>Change code to {code}</source>
      <translation>Ubah kode menjadi {code}</translation>
    </message>
    <message>
      <source>Click a segment's stripe in the margin first.</source>
      <translation type="vanished">Klik dulu garis segmen di margin.</translation>
    </message>
    <message>
      <source>Code changed to {code}: {passage}</source>
      <translation>Kode diganti menjadi {code}: {passage}</translation>
    </message>
    <message>
      <source>Delete segment of {code}</source>
      <translation>Hapus segmen {code}</translation>
    </message>
    <message>
      <source>Edit memo of {code}</source>
      <translation>Sunting memo segmen {code}</translation>
    </message>
    <message>
      <source>Memo saved for {code}: {passage}</source>
      <translation>Memo disimpan untuk {code}: {passage}</translation>
    </message>
    <message>
      <source>Move boundaries of {code}</source>
      <translation>Pindahkan batas segmen {code}</translation>
    </message>
    <message>
      <source>New bounds of {code}: {passage}</source>
      <translation>Batas baru {code}: {passage}</translation>
    </message>
    <message>
      <source>No more segments of {code}.</source>
      <translation>Tidak ada lagi segmen {code}.</translation>
    </message>
    <message>
      <source>Put the cursor inside a coded passage first (or click a segment's stripe in the margin).</source>
      <translation>Letakkan kursor di dalam petikan yang sudah dikode terlebih dahulu (atau klik garis segmen di margin).</translation>
    </message>
    <message>
      <source>Segment deleted; Ctrl+Z brings it back.</source>
      <translation type="vanished">Segmen dihapus; tekan Ctrl+Z untuk mengembalikannya.</translation>
    </message>
    <message>
      <source>Segment of {code} deleted ({passage}); Ctrl+Z brings it back.</source>
      <translation>Segmen {code} dihapus ({passage}); Ctrl+Z mengembalikannya.</translation>
    </message>
    <message>
      <source>Segment {number} of {total}: {code}</source>
      <translation type="vanished">Segmen {number} dari {total}: {code}</translation>
    </message>
    <message>
      <source>Segment {number} of {total}: {code} — {source}, {passage}</source>
      <translation>Segmen {number} dari {total}: {code} — {source}, {passage}</translation>
    </message>
    <message>
      <source>Select the new extent of the segment first.</source>
      <translation>Pilih dulu rentang baru segmen.</translation>
    </message>
  </context>
  <context>
    <name>SegmentMenu</name>
    <message>
      <source> (memo)</source>
      <translation> (memo)</translation>
    </message>
    <message>
      <source>Adjust bounds…</source>
      <translation>Sesuaikan batas…</translation>
    </message>
    <message>
      <source>Change code…</source>
      <translation>Ganti kode…</translation>
    </message>
    <message>
      <source>Delete segment</source>
      <translation>Hapus segmen</translation>
    </message>
    <message>
      <source>Edit memo…</source>
      <translation>Sunting memo…</translation>
    </message>
    <message>
      <source>Segment here</source>
      <translation>Segmen di sini</translation>
    </message>
    <message>
      <source>Segments here</source>
      <translation>Segmen-segmen di sini</translation>
    </message>
    <message>
      <source>Show in review</source>
      <translation>Tampilkan di tinjauan</translation>
    </message>
    <message>
      <source>{code} — {coder}</source>
      <translation>{code} — {coder}</translation>
    </message>
  </context>
  <context>
    <name>SegmentTableModel</name>
    <message>
      <source>Code</source>
      <translation>Kode</translation>
    </message>
    <message>
      <source>Coder</source>
      <translation>Pengode</translation>
    </message>
    <message>
      <source>Informant</source>
      <translation>Informan</translation>
    </message>
    <message>
      <source>Paraphrase</source>
      <translation>Parafrasa</translation>
    </message>
    <message>
      <source>Place</source>
      <translation>Letak</translation>
    </message>
    <message>
      <source>Quote</source>
      <translation>Kutipan</translation>
    </message>
    <message>
      <source>Review</source>
      <translation>Tinjauan</translation>
    </message>
    <message>
      <source>Source</source>
      <translation>Sumber</translation>
    </message>
    <message>
      <source>accepted</source>
      <translation>diterima</translation>
    </message>
    <message>
      <source>documentation</source>
      <translation>dokumentasi</translation>
    </message>
    <message>
      <source>interview</source>
      <translation>wawancara</translation>
    </message>
    <message>
      <source>needs revision</source>
      <translation>perlu revisi</translation>
    </message>
    <message>
      <source>no informant linked</source>
      <translation>belum ditautkan ke informan</translation>
    </message>
    <message>
      <source>observation</source>
      <translation>observasi</translation>
    </message>
    <message>
      <source>para. {number}</source>
      <translation>par. {number}</translation>
    </message>
    <message>
      <source>pending</source>
      <translation>menunggu</translation>
    </message>
    <message>
      <source>rejected</source>
      <translation>ditolak</translation>
    </message>
    <message>
      <source>revised</source>
      <translation>direvisi</translation>
    </message>
    <message>
      <source>turn {number}</source>
      <translation>giliran {number}</translation>
    </message>
    <message>
      <source>{count} segments — double-click one to read it in context.</source>
      <translation>{count} segmen — klik dua kali salah satunya untuk membacanya dalam konteks.</translation>
    </message>
  </context>
  <context>
    <name>SourceTreeModel</name>
    <message>
      <source>Date: {date}</source>
      <translation>Tanggal: {date}</translation>
    </message>
    <message>
      <source>Documentation</source>
      <translation>Dokumentasi</translation>
    </message>
    <message>
      <source>File: {name}</source>
      <translation>Berkas: {name}</translation>
    </message>
    <message>
      <source>Interviews</source>
      <translation>Wawancara</translation>
    </message>
    <message>
      <source>Machine-made transcript, not yet checked by a person</source>
      <translation>Transkrip buatan mesin, belum diperiksa oleh manusia</translation>
    </message>
    <message>
      <source>No informant</source>
      <translation>Tanpa informan</translation>
    </message>
    <message>
      <source>Observation</source>
      <translation>Observasi</translation>
    </message>
    <message>
      <source>Segments</source>
      <translation>Segmen</translation>
    </message>
    <message>
      <source>Source</source>
      <translation>Sumber</translation>
    </message>
    <message>
      <source>{count} coded segments</source>
      <translation>{count} segmen terkode</translation>
    </message>
    <message>
      <source>{count} words</source>
      <translation>{count} kata</translation>
    </message>
    <message>
      <source>{title} (draft)</source>
      <translation>{title} (draf)</translation>
    </message>
  </context>
  <context>
    <name>SourcesDialog</name>
    <message>
      <source>&amp;Add…</source>
      <translation>&amp;Tambah…</translation>
    </message>
    <message>
      <source>&amp;Edit…</source>
      <translation>&amp;Ubah…</translation>
    </message>
    <message>
      <source>&amp;Remove…</source>
      <translation>&amp;Hapus…</translation>
    </message>
    <message>
      <source>Add informant</source>
      <translation>Tambah informan</translation>
    </message>
    <message>
      <source>Add informant {label}</source>
      <translation>Tambah informan {label}</translation>
    </message>
    <message>
      <source>Attributes</source>
      <translation>Atribut</translation>
    </message>
    <message>
      <source>Attributes (name=value; …)</source>
      <translation type="vanished">Atribut (nama=nilai; …)</translation>
    </message>
    <message>
      <source>Changes to informants are stored at once; Edit ▸ Undo reverses them. Link a source to its informant on the Sources tab.</source>
      <translation>Perubahan informan langsung disimpan; Sunting ▸ Urungkan membatalkannya. Tautkan sumber ke informannya di tab Sumber.</translation>
    </message>
    <message>
      <source>Date (YYYY-MM-DD)</source>
      <translation>Tanggal (YYYY-MM-DD)</translation>
    </message>
    <message>
      <source>Edit informant {label}</source>
      <translation>Ubah informan {label}</translation>
    </message>
    <message>
      <source>Edit ▸ Undo brings it back.</source>
      <translation>Sunting ▸ Urungkan mengembalikannya.</translation>
    </message>
    <message>
      <source>Id</source>
      <translation>Id</translation>
    </message>
    <message>
      <source>Informant</source>
      <translation>Informan</translation>
    </message>
    <message>
      <source>Informants</source>
      <translation>Informan</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Jenis</translation>
    </message>
    <message>
      <source>Label</source>
      <translation type="vanished">Label</translation>
    </message>
    <message>
      <source>Link {source} to {informant}</source>
      <translation>Tautkan {source} ke {informant}</translation>
    </message>
    <message>
      <source>Pseudonym</source>
      <translation>Nama samaran</translation>
    </message>
    <message>
      <source>Remove informant</source>
      <translation>Hapus informan</translation>
    </message>
    <message>
      <source>Remove informant {label}</source>
      <translation>Hapus informan {label}</translation>
    </message>
    <message>
      <source>Remove informant {label}?</source>
      <translation>Hapus informan {label}?</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>Peran</translation>
    </message>
    <message>
      <source>Sources</source>
      <translation>Sumber</translation>
    </message>
    <message>
      <source>Sources and informants</source>
      <translation>Sumber dan informan</translation>
    </message>
    <message>
      <source>Their values are in the form now: change what you want and press OK again.</source>
      <translation>Nilai mereka sekarang ada di formulir: ubah yang Anda inginkan, lalu tekan OK lagi.</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Judul</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>Jenis</translation>
    </message>
    <message>
      <source>Unlink {source}</source>
      <translation>Lepaskan tautan {source}</translation>
    </message>
    <message>
      <source>{count} source(s) are linked to {label}; remove anyway? They stay, without informant.</source>
      <translation>{count} sumber ditautkan ke {label}; tetap hapus? Sumbernya tetap ada, tanpa informan.</translation>
    </message>
    <message>
      <source>{count} summary-grid cell(s) written for {label} are deleted too.</source>
      <translation>{count} sel kisi ringkasan yang ditulis untuk {label} ikut terhapus.</translation>
    </message>
    <message>
      <source>— no informant linked</source>
      <translation>— belum ditautkan ke informan</translation>
    </message>
  </context>
  <context>
    <name>SummaryGrid</name>
    <message>
      <source>({count} to summarise)</source>
      <translation>({count} perlu diringkas)</translation>
    </message>
    <message>
      <source>Choose a cell to write its summary.</source>
      <translation>Pilih satu sel untuk menulis ringkasannya.</translation>
    </message>
    <message>
      <source>Code</source>
      <translation>Kode</translation>
    </message>
    <message>
      <source>Codes</source>
      <translation>Kode</translation>
    </message>
    <message>
      <source>No segments: no data is a finding too.</source>
      <translation>Tidak ada segmen: ketiadaan data juga merupakan temuan.</translation>
    </message>
    <message>
      <source>Save summary</source>
      <translation>Simpan ringkasan</translation>
    </message>
    <message>
      <source>Summary grid</source>
      <translation>Grid ringkasan</translation>
    </message>
    <message>
      <source>Summary of what this informant says about this code</source>
      <translation>Ringkasan pernyataan informan ini tentang kode ini</translation>
    </message>
    <message>
      <source>{code} — {informant}: {count} segments</source>
      <translation>{code} — {informant}: {count} segmen</translation>
    </message>
    <message>
      <source>⚠ May be stale: its segments changed after this summary was written.</source>
      <translation>⚠ Mungkin sudah usang: segmennya berubah setelah ringkasan ini ditulis.</translation>
    </message>
    <message>
      <source>⚠ marks a summary whose segments changed after it was written.</source>
      <translation>⚠ menandai ringkasan yang segmennya berubah setelah ringkasan itu ditulis.</translation>
    </message>
  </context>
  <context>
    <name>TeamWindow</name>
    <message>
      <source>Coder</source>
      <translation type="vanished">Pengode</translation>
    </message>
  </context>
  <context>
    <name>TranscriptPanel</name>
    <message>
      <source>Documentation</source>
      <translation>Dokumentasi</translation>
    </message>
    <message>
      <source>Interview</source>
      <translation>Wawancara</translation>
    </message>
    <message>
      <source>No source open</source>
      <translation>Belum ada sumber yang dibuka</translation>
    </message>
    <message>
      <source>Observation</source>
      <translation>Observasi</translation>
    </message>
    <message>
      <source>{count} coded segments</source>
      <translation>{count} segmen terkode</translation>
    </message>
    <message>
      <source>{count} words</source>
      <translation>{count} kata</translation>
    </message>
  </context>
  <context>
    <name>TranscriptView</name>
    <message>
      <source>Choose a source on the left to read and code it.</source>
      <translation>Pilih sumber di sebelah kiri untuk membaca dan mengodenya.</translation>
    </message>
    <message>
      <source>Coded by {coder}: only they can change it.</source>
      <translation>Dikode oleh {coder}: hanya dia yang dapat mengubahnya.</translation>
    </message>
    <message>
      <source>Copy</source>
      <translation>Salin</translation>
    </message>
    <message>
      <source>Read-only: codes cannot be applied</source>
      <translation>Baca-saja: kode tidak dapat diterapkan</translation>
    </message>
    <message>
      <source>Select a passage to apply a code</source>
      <translation>Pilih satu bagian teks untuk menerapkan kode</translation>
    </message>
    <message>
      <source>Select all</source>
      <translation>Pilih semua</translation>
    </message>
    <message>
      <source>This project is open read-only.</source>
      <translation>Proyek ini dibuka dalam mode baca-saja.</translation>
    </message>
  </context>
  <context>
    <name>TranscriptionMode</name>
    <message>
      <source>Applied. {count} coded segments could not be placed and carry a memo.</source>
      <translation>Diterapkan. {count} segmen terkode tidak dapat ditempatkan dan diberi memo.</translation>
    </message>
    <message>
      <source>Applied: the transcript and its times are saved.</source>
      <translation>Diterapkan: transkrip dan waktunya tersimpan.</translation>
    </message>
    <message>
      <source>Apply to the source</source>
      <translation>Terapkan ke sumber</translation>
    </message>
    <message>
      <source>F4 play/pause · F3 back 3 s · F1 slower · F2 faster · Ctrl+T time mark · Ctrl+1 interviewer · Ctrl+2 informant. Saved as you type.</source>
      <translation>F4 putar/jeda · F3 mundur 3 dtk · F1 lebih lambat · F2 lebih cepat · Ctrl+T penanda waktu · Ctrl+1 pewawancara · Ctrl+2 informan. Tersimpan otomatis saat Anda mengetik.</translation>
    </message>
    <message>
      <source>Faster</source>
      <translation>Lebih cepat</translation>
    </message>
    <message>
      <source>Informant</source>
      <translation>Informan</translation>
    </message>
    <message>
      <source>Interviewer</source>
      <translation>Pewawancara</translation>
    </message>
    <message>
      <source>Play/pause</source>
      <translation>Putar/jeda</translation>
    </message>
    <message>
      <source>Slower</source>
      <translation>Lebih lambat</translation>
    </message>
    <message>
      <source>Time mark</source>
      <translation>Penanda waktu</translation>
    </message>
    <message>
      <source>Transcription mode: {title}</source>
      <translation>Mode transkripsi: {title}</translation>
    </message>
    <message>
      <source>Your unsaved text from last time was restored.</source>
      <translation>Teks Anda yang belum disimpan dari sesi sebelumnya dipulihkan.</translation>
    </message>
    <message>
      <source>−3 s</source>
      <translation>−3 dtk</translation>
    </message>
  </context>
  <context>
    <name>TriangulationView</name>
    <message>
      <source>CSV table (*.csv)</source>
      <translation>Tabel CSV (*.csv)</translation>
    </message>
    <message>
      <source>Choose a row to judge it.</source>
      <translation>Pilih satu baris untuk memberikan keputusan.</translation>
    </message>
    <message>
      <source>Convergence judgement</source>
      <translation>Keputusan konvergensi</translation>
    </message>
    <message>
      <source>Double-click an evidence cell to see its segments. “No data” is a finding, not an error.</source>
      <translation>Klik dua kali sebuah sel bukti untuk melihat segmennya. “Tidak ada data” adalah temuan, bukan kesalahan.</translation>
    </message>
    <message>
      <source>Excel workbook (*.xlsx)</source>
      <translation>Buku kerja Excel (*.xlsx)</translation>
    </message>
    <message>
      <source>Export triangulation matrix</source>
      <translation>Ekspor matriks triangulasi</translation>
    </message>
    <message>
      <source>Exports {rows} rows: {group}</source>
      <translation>Ekspor {rows} baris: {group}</translation>
    </message>
    <message>
      <source>Export…</source>
      <translation>Ekspor…</translation>
    </message>
    <message>
      <source>JSON data (*.json)</source>
      <translation>Data JSON (*.json)</translation>
    </message>
    <message>
      <source>Layout</source>
      <translation>Susunan</translation>
    </message>
    <message>
      <source>Rationale</source>
      <translation>Alasan</translation>
    </message>
    <message>
      <source>Rows</source>
      <translation>Baris</translation>
    </message>
    <message>
      <source>Save judgement</source>
      <translation>Simpan keputusan</translation>
    </message>
    <message>
      <source>Suggested</source>
      <translation>Saran</translation>
    </message>
    <message>
      <source>Use the suggestion</source>
      <translation>Gunakan saran</translation>
    </message>
    <message>
      <source>Why you judge this row differently (required)</source>
      <translation>Alasan keputusan Anda berbeda dari saran untuk baris ini (wajib)</translation>
    </message>
    <message>
      <source>Word document (*.docx)</source>
      <translation>Dokumen Word (*.docx)</translation>
    </message>
    <message>
      <source>Writes the matrix shown: {scope}, {layout}.</source>
      <translation>Menulis matriks yang ditampilkan: {scope}, {layout}.</translation>
    </message>
    <message>
      <source>Writing the matrix…</source>
      <translation>Menulis matriks…</translation>
    </message>
    <message>
      <source>Your judgement</source>
      <translation>Keputusan Anda</translation>
    </message>
    <message>
      <source>all code groups</source>
      <translation>semua kelompok kode</translation>
    </message>
    <message>
      <source>efforts</source>
      <translation>upaya</translation>
    </message>
    <message>
      <source>indicators</source>
      <translation>indikator</translation>
    </message>
    <message>
      <source>obstacles</source>
      <translation>hambatan</translation>
    </message>
    <message>
      <source>other codes</source>
      <translation>kode lainnya</translation>
    </message>
    <message>
      <source>source triangulation (informants)</source>
      <translation>triangulasi sumber (informan)</translation>
    </message>
    <message>
      <source>technique triangulation (interview, observation, documentation)</source>
      <translation>triangulasi teknik (wawancara, observasi, dokumentasi)</translation>
    </message>
    <message>
      <source>{code} — {column}</source>
      <translation>{code} — {column}</translation>
    </message>
  </context>
  <context>
    <name>UserGuide</name>
    <message>
      <source>&lt;h3&gt;Telaah {version}&lt;/h3&gt;&lt;p&gt;A workbench for qualitative interview analysis: coding against a codebook, Miles &amp;amp; Huberman's data reduction, data display and conclusion drawing, triangulation, supervisor review and intercoder agreement.&lt;/p&gt;&lt;p&gt;Free software under the GNU GPL, version 3 or later. Telaah makes no network connections; a project stays in its own file or on your team's PostgreSQL server.&lt;/p&gt;</source>
      <translation type="vanished">&lt;h3&gt;Telaah {version}&lt;/h3&gt;&lt;p&gt;Meja kerja analisis wawancara kualitatif: pengodean dengan buku kode, reduksi data, penyajian data, serta penarikan kesimpulan menurut Miles &amp;amp; Huberman, triangulasi, tinjauan pembimbing, dan kesepakatan antarpengode.&lt;/p&gt;&lt;p&gt;Perangkat lunak bebas di bawah GNU GPL versi 3 atau lebih baru. Telaah tidak membuat koneksi jaringan apa pun; proyek tetap berada di berkasnya sendiri atau di server PostgreSQL tim Anda.&lt;/p&gt;</translation>
    </message>
    <message>
      <source>About Telaah</source>
      <translation type="vanished">Tentang Telaah</translation>
    </message>
    <message>
      <source>Telaah user guide</source>
      <translation>Panduan pengguna Telaah</translation>
    </message>
  </context>
  <context>
    <name>WelcomePanel</name>
    <message>
      <source>A .telaah file on this computer</source>
      <translation>Berkas .telaah di komputer ini</translation>
    </message>
    <message>
      <source>An empty project with Kasmir's codebook</source>
      <translation>Proyek kosong dengan buku kode Kasmir</translation>
    </message>
    <message>
      <source>Every stage and window explained (F1)</source>
      <translation>Setiap tahap dan jendela dijelaskan (F1)</translation>
    </message>
    <message>
      <source>New project with the Kasmir codebook…</source>
      <translation type="vanished">Proyek baru dengan buku kode Kasmir…</translation>
    </message>
    <message>
      <source>New project…</source>
      <translation>Proyek baru…</translation>
    </message>
    <message>
      <source>No recent projects yet: the projects you open appear here.</source>
      <translation>Belum ada proyek terkini: proyek yang Anda buka akan muncul di sini.</translation>
    </message>
    <message>
      <source>Open project…</source>
      <translation>Buka proyek…</translation>
    </message>
    <message>
      <source>Open the demo study</source>
      <translation>Buka studi demo</translation>
    </message>
    <message>
      <source>Open the demo study…</source>
      <translation type="vanished">Buka studi demo…</translation>
    </message>
    <message>
      <source>Recent projects</source>
      <translation>Proyek terkini</translation>
    </message>
    <message>
      <source>Six invented informants, coded by two coders</source>
      <translation>Enam informan rekaan, dikode oleh dua pengode</translation>
    </message>
    <message>
      <source>Telaah helps you code interview transcripts, observation notes and documents against a codebook, and compare coders.</source>
      <translation>Telaah membantu Anda mengode transkrip wawancara, catatan observasi, dan dokumen berdasarkan buku kode, serta membandingkan hasil para pengode.</translation>
    </message>
    <message>
      <source>Then open demo.telaah here, or start Telaah with {command} to open the sample study directly.</source>
      <translation type="vanished">Lalu buka demo.telaah di sini, atau jalankan Telaah dengan {command} untuk langsung membuka studi contoh.</translation>
    </message>
    <message>
      <source>Tip: once a project is open, drop .txt, .docx or .pdf files on the window to import them.</source>
      <translation>Kiat: setelah proyek terbuka, seret berkas .txt, .docx, atau .pdf ke jendela untuk mengimpornya.</translation>
    </message>
    <message>
      <source>To try Telaah with the sample study, run this command in a terminal:</source>
      <translation type="vanished">Untuk mencoba Telaah dengan studi contoh, jalankan perintah ini di terminal:</translation>
    </message>
    <message>
      <source>User guide</source>
      <translation>Panduan pengguna</translation>
    </message>
    <message>
      <source>Version {version}</source>
      <translation>Versi {version}</translation>
    </message>
    <message>
      <source>Welcome to Telaah</source>
      <translation>Selamat datang di Telaah</translation>
    </message>
  </context>
  <context>
    <name>Workspace</name>
    <message>
      <source>Blind coding: showing only your own segments.</source>
      <translation>Pengodean buta: hanya menampilkan segmen Anda sendiri.</translation>
    </message>
    <message>
      <source>Change the segment's code</source>
      <translation>Ubah kode segmen</translation>
    </message>
    <message>
      <source>Now extend or shrink the selection (Shift+arrow keys or the mouse), then press Ctrl+B to set the new bounds.</source>
      <translation>Sekarang perluas atau persempit pilihan (Shift+tombol panah atau tetikus), lalu tekan Ctrl+B untuk menetapkan batas baru.</translation>
    </message>
    <message>
      <source>Quick code</source>
      <translation>Kode cepat</translation>
    </message>
    <message>
      <source>Segment memo</source>
      <translation type="vanished">Memo segmen</translation>
    </message>
    <message>
      <source>Select a passage in the transcript first.</source>
      <translation>Pilih dulu satu bagian teks di transkrip.</translation>
    </message>
    <message>
      <source>Showing every coder's segments.</source>
      <translation>Menampilkan segmen semua pengode.</translation>
    </message>
    <message>
      <source>The cursor is inside several segments:</source>
      <translation>Kursor berada di dalam beberapa segmen:</translation>
    </message>
    <message>
      <source>Which segment?</source>
      <translation>Segmen yang mana?</translation>
    </message>
    <message>
      <source>{code} — {coder}, {source}</source>
      <translation>{code} — {coder}, {source}</translation>
    </message>
  </context>
  <context>
    <name>cli</name>
    <message>
      <source>% agree</source>
      <translation>% sepakat</translation>
    </message>
    <message>
      <source>(did not code this source)</source>
      <translation>(tidak mengode sumber ini)</translation>
    </message>
    <message>
      <source>1 segment to review.</source>
      <translation>1 segmen untuk ditinjau.</translation>
    </message>
    <message>
      <source>A segment of {coder} in {title} ({code}) was changed in the other copy; this project's version is kept: “{quote}”.</source>
      <translation>Sebuah segmen {coder} di {title} ({code}) diubah di salinan lain; versi proyek ini dipertahankan: “{quote}”.</translation>
    </message>
    <message>
      <source>Accepted</source>
      <translation>Diterima</translation>
    </message>
    <message>
      <source>Added informant {id}.</source>
      <translation>Informan {id} ditambahkan.</translation>
    </message>
    <message>
      <source>Added {comments} review comment(s) ({verdicts} with a verdict) and {suggestions} suggestion(s); {already} were already in the project.</source>
      <translation>Ditambahkan {comments} komentar tinjauan ({verdicts} dengan putusan) dan {suggestions} saran; {already} sudah ada di proyek.</translation>
    </message>
    <message>
      <source>Added:</source>
      <translation>Ditambahkan:</translation>
    </message>
    <message>
      <source>Agreement between {coders}</source>
      <translation>Kesepakatan antara {coders}</translation>
    </message>
    <message>
      <source>Agreement written to {path}.</source>
      <translation>Kesepakatan ditulis ke {path}.</translation>
    </message>
    <message>
      <source>All codes</source>
      <translation>Semua kode</translation>
    </message>
    <message>
      <source>All codes: the units of every code pooled into one table.</source>
      <translation>Semua kode: unit dari setiap kode digabung dalam satu tabel.</translation>
    </message>
    <message>
      <source>All sources compared; a coder who coded nothing in a source counts as 'not coded' there.</source>
      <translation>Semua sumber dibandingkan; pengode yang tidak mengode apa pun dalam suatu sumber dihitung 'tidak dikode' di sana.</translation>
    </message>
    <message>
      <source>Appendix: codebook</source>
      <translation>Lampiran: buku kode</translation>
    </message>
    <message>
      <source>BP κ</source>
      <translation>BP κ</translation>
    </message>
    <message>
      <source>Band ({source})</source>
      <translation>Rentang ({source})</translation>
    </message>
    <message>
      <source>Both</source>
      <translation>Keduanya</translation>
    </message>
    <message>
      <source>Brennan–Prediger kappa</source>
      <translation>Brennan–Prediger kappa</translation>
    </message>
    <message>
      <source>Built the demo study in {path}: {sources} sources, {segments} coded segments.</source>
      <translation>Studi demo dibuat di {path}: {sources} sumber, {segments} segmen terkode.</translation>
    </message>
    <message>
      <source>Changed informant {id}.</source>
      <translation>Informan {id} diubah.</translation>
    </message>
    <message>
      <source>Cleared the judgement of '{code}' ({layout} triangulation).</source>
      <translation>Keputusan untuk '{code}' dihapus (triangulasi {layout}).</translation>
    </message>
    <message>
      <source>Code</source>
      <translation>Kode</translation>
    </message>
    <message>
      <source>Code added: {path}.</source>
      <translation>Kode ditambahkan: {path}.</translation>
    </message>
    <message>
      <source>Code co-occurrence</source>
      <translation>Kemunculan bersama kode</translation>
    </message>
    <message>
      <source>Code × informant matrix</source>
      <translation>Matriks kode × informan</translation>
    </message>
    <message>
      <source>Coded by {coder}</source>
      <translation>Dikode oleh {coder}</translation>
    </message>
    <message>
      <source>Coded segment {id} stored.</source>
      <translation>Segmen terkode {id} disimpan.</translation>
    </message>
    <message>
      <source>Coded {count} hit(s) with {code}.</source>
      <translation>{count} hasil pencarian dikode dengan {code}.</translation>
    </message>
    <message>
      <source>Coded {count} segment(s) from {path}.</source>
      <translation>{count} segmen dari {path} dikodekan.</translation>
    </message>
    <message>
      <source>Coder</source>
      <translation>Pengode</translation>
    </message>
    <message>
      <source>Coders</source>
      <translation>Pengode</translation>
    </message>
    <message>
      <source>Cohen κ</source>
      <translation>Cohen κ</translation>
    </message>
    <message>
      <source>Cohen's kappa</source>
      <translation>Cohen's kappa</translation>
    </message>
    <message>
      <source>Comments</source>
      <translation>Komentar</translation>
    </message>
    <message>
      <source>Comments (thread)</source>
      <translation>Komentar (utas)</translation>
    </message>
    <message>
      <source>Computer software</source>
      <translation>Perangkat lunak komputer</translation>
    </message>
    <message>
      <source>Copied the project to {path}.</source>
      <translation>Proyek disalin ke {path}.</translation>
    </message>
    <message>
      <source>Could not place {count} comment(s):</source>
      <translation>{count} komentar tidak dapat ditempatkan:</translation>
    </message>
    <message>
      <source>Created project {path}.</source>
      <translation>Proyek {path} dibuat.</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Tanggal</translation>
    </message>
    <message>
      <source>Definition</source>
      <translation>Definisi</translation>
    </message>
    <message>
      <source>Differences (this project's version is kept):</source>
      <translation>Perbedaan (versi proyek ini dipertahankan):</translation>
    </message>
    <message>
      <source>Disagreements: {count}</source>
      <translation type="vanished">Ketidaksepakatan: {count}</translation>
    </message>
    <message>
      <source>Disagreements: {total}</source>
      <translation>Ketidaksepakatan: {total}</translation>
    </message>
    <message>
      <source>Disagreements: {total} ({resolved} resolved, {open} open)</source>
      <translation>Ketidaksepakatan: {total} ({resolved} terselesaikan, {open} terbuka)</translation>
    </message>
    <message>
      <source>Downloading the model {name} ({size} MB) into Telaah's data folder...</source>
      <translation>Mengunduh model {name} ({size} MB) ke folder data Telaah...</translation>
    </message>
    <message>
      <source>Dry run: nothing was changed.</source>
      <translation>Uji coba (dry run): tidak ada yang diubah.</translation>
    </message>
    <message>
      <source>Dry run: what merging {other} into {project} would do; nothing was changed.</source>
      <translation>Uji coba (dry run): yang akan terjadi bila {other} digabungkan ke {project}; tidak ada yang diubah.</translation>
    </message>
    <message>
      <source>Each coded segment is a comment in the margin: its first line (§ number · code · coder) must stay as it is. Reply to a comment to comment on that segment; start the reply with “setuju” or “ok”, “revisi” or “tolak” (or accept, revise, reject) to give a verdict. A new comment on uncoded text becomes a suggestion in the review queue: start it with the name of a code (for example “Kualitas: …”). Then save the file and send it back.</source>
      <translation type="vanished">Setiap segmen terkode menjadi komentar di margin: baris pertamanya (§ nomor · kode · pengode) harus dibiarkan apa adanya. Balas sebuah komentar untuk mengomentari segmen itu; awali balasan dengan “setuju” atau “ok”, “revisi”, atau “tolak” (atau accept, revise, reject) untuk memberi putusan. Komentar baru pada teks yang belum dikode menjadi saran di antrean tinjauan: awali dengan nama kode (misalnya “Kualitas: …”). Lalu simpan berkas dan kirimkan kembali.</translation>
    </message>
    <message>
      <source>Each coded segment is a comment in the margin: its first line (§ number · code · coder) must stay as it is. Reply to a comment to comment on that segment; start the reply with “setuju” or “ok”, “revisi” or “tolak” (or accept, revise, reject) to give a verdict. Where several segments share a passage, start the reply with the segment's number (for example “§12 setuju”). A new comment on uncoded text becomes a suggestion in the review queue: start it with the name of a code (for example “Kualitas: …”). Then save the file and send it back.</source>
      <translation>Setiap segmen terkode menjadi komentar di margin: baris pertamanya (§ nomor · kode · pengode) harus dibiarkan apa adanya. Balas sebuah komentar untuk mengomentari segmen itu; awali balasan dengan “setuju” atau “ok”, “revisi”, atau “tolak” (atau accept, revise, reject) untuk memberi putusan. Bila beberapa segmen berbagi bagian teks yang sama, awali balasan dengan nomor segmennya (misalnya “§12 setuju”). Komentar baru pada teks yang belum dikode menjadi saran di antrean tinjauan: awali dengan nama kode (misalnya “Kualitas: …”). Lalu simpan berkas dan kirimkan kembali.</translation>
    </message>
    <message>
      <source>English definition</source>
      <translation>definisi bahasa Inggris</translation>
    </message>
    <message>
      <source>English name</source>
      <translation>nama bahasa Inggris</translation>
    </message>
    <message>
      <source>Example</source>
      <translation>Contoh</translation>
    </message>
    <message>
      <source>Exclude when</source>
      <translation>Jangan dikode bila</translation>
    </message>
    <message>
      <source>Exported {sources} source(s), {codes} code(s) and {segments} coded segment(s) to {path}.</source>
      <translation>{sources} sumber, {codes} kode, dan {segments} segmen terkode diekspor ke {path}.</translation>
    </message>
    <message>
      <source>Figures</source>
      <translation>Angka</translation>
    </message>
    <message>
      <source>For {reviewer}, exported on {day}. Segments: {segments} in {sources} source(s).</source>
      <translation>Untuk {reviewer}, diekspor pada {day}. Segmen: {segments} di {sources} sumber.</translation>
    </message>
    <message>
      <source>Formulas</source>
      <translation>Rumus</translation>
    </message>
    <message>
      <source>Formulas:</source>
      <translation>Rumus:</translation>
    </message>
    <message>
      <source>High percent agreement can come with a low kappa when most units are text that neither coder coded: agreeing on that much uncoded text is what chance alone would give, and kappa counts only the agreement beyond chance.</source>
      <translation>Persentase kesepakatan yang tinggi dapat disertai kappa yang rendah bila sebagian besar unit adalah teks yang tidak dikode oleh kedua pengode: sepakat atas teks tak terkode sebanyak itu sudah bisa terjadi karena peluang saja, dan kappa hanya menghitung kesepakatan di atas peluang.</translation>
    </message>
    <message>
      <source>How to read the figures (all codes)</source>
      <translation>Cara membaca angka (semua kode)</translation>
    </message>
    <message>
      <source>Imported {count} new code(s) from {path}.</source>
      <translation>{count} kode baru diimpor dari {path}.</translation>
    </message>
    <message>
      <source>Imported {count} source(s) into {path}.</source>
      <translation>{count} sumber diimpor ke {path}.</translation>
    </message>
    <message>
      <source>Imported {sources} source(s), {codes} code(s), {segments} coded segment(s), {informants} informant(s) and {memos} memo(s) into {path}.</source>
      <translation>{sources} sumber, {codes} kode, {segments} segmen terkode, {informants} informan, dan {memos} memo diimpor ke {path}.</translation>
    </message>
    <message>
      <source>Imported {title}: {kind} of {duration} with {points} time mark(s).</source>
      <translation>{title} diimpor: {kind} berdurasi {duration} dengan {points} penanda waktu.</translation>
    </message>
    <message>
      <source>Include when</source>
      <translation>Dikode bila</translation>
    </message>
    <message>
      <source>Intercoder agreement</source>
      <translation>Kesepakatan antarpengode</translation>
    </message>
    <message>
      <source>Interviews without a linked informant are not in this matrix: {titles}. Link each to its informant in Sources and informants.</source>
      <translation>Wawancara yang belum ditautkan ke informan tidak masuk matriks ini: {titles}. Tautkan masing-masing ke informannya di Sumber dan informan.</translation>
    </message>
    <message>
      <source>Krippendorff 2004</source>
      <translation>Krippendorff 2004</translation>
    </message>
    <message>
      <source>Krippendorff's alpha</source>
      <translation>Krippendorff's alpha</translation>
    </message>
    <message>
      <source>Krippendorff, K. (2004). Content analysis: An introduction to its methodology (2nd ed.). Thousand Oaks, CA: Sage; α ≥ 0.800 to rely on the data, 0.667 ≤ α &lt; 0.800 for tentative conclusions only.</source>
      <translation>Krippendorff, K. (2004). Content analysis: An introduction to its methodology (2nd ed.). Thousand Oaks, CA: Sage; α ≥ 0,800 agar data dapat diandalkan, 0,667 ≤ α &lt; 0,800 hanya untuk kesimpulan sementara.</translation>
    </message>
    <message>
      <source>Landis &amp; Koch 1977</source>
      <translation>Landis &amp; Koch 1977</translation>
    </message>
    <message>
      <source>Landis, J. R., &amp; Koch, G. G. (1977). The measurement of observer agreement for categorical data. Biometrics, 33(1), 159–174.</source>
      <translation>Landis, J. R., &amp; Koch, G. G. (1977). The measurement of observer agreement for categorical data. Biometrics, 33(1), 159–174.</translation>
    </message>
    <message>
      <source>Left out {count} item(s) Telaah cannot hold:</source>
      <translation>{count} butir yang tidak dapat ditampung Telaah tidak disertakan:</translation>
    </message>
    <message>
      <source>Linked {title} to informant {id}.</source>
      <translation>{title} ditautkan ke informan {id}.</translation>
    </message>
    <message>
      <source>Memo</source>
      <translation>Memo</translation>
    </message>
    <message>
      <source>Merged {other} into {project}.</source>
      <translation>{other} telah digabungkan ke {project}.</translation>
    </message>
    <message>
      <source>Needs revision</source>
      <translation>Perlu revisi</translation>
    </message>
    <message>
      <source>Neither</source>
      <translation>Tidak keduanya</translation>
    </message>
    <message>
      <source>New sources and codes:</source>
      <translation>Sumber dan kode baru:</translation>
    </message>
    <message>
      <source>Not merged:</source>
      <translation>Tidak digabungkan:</translation>
    </message>
    <message>
      <source>Not reported (—):</source>
      <translation>Tidak dilaporkan (—):</translation>
    </message>
    <message>
      <source>Not reported for this unit: only units someone coded are compared, so 'coded by neither' cannot occur and chance agreement is overstated (κ and α ≤ 0 whatever the coding). Read percent agreement and Brennan–Prediger, or the character unit with uncoded text included.</source>
      <translation>Tidak dilaporkan untuk unit ini: hanya unit yang dikode seseorang yang dibandingkan, sehingga 'tidak dikode siapa pun' tidak mungkin terjadi dan kesepakatan kebetulan terlalu tinggi (κ dan α ≤ 0 apa pun pengodeannya). Bacalah persentase kesepakatan dan Brennan–Prediger, atau unit karakter dengan teks tak terkode disertakan.</translation>
    </message>
    <message>
      <source>Not reported: Cohen's kappa compares exactly two coders; see Krippendorff's alpha.</source>
      <translation>Tidak dilaporkan: kappa Cohen hanya membandingkan tepat dua pengode; lihat alpha Krippendorff.</translation>
    </message>
    <message>
      <source>Nothing to add: this project already has everything the other copy has.</source>
      <translation>Tidak ada yang perlu ditambahkan: proyek ini sudah memuat semua yang ada di salinan lain.</translation>
    </message>
    <message>
      <source>P_o = (1/N) Σ_u agreeing coder pairs_u / coder pairs_u over the N units with values from at least two coders; for two coders: units both coded or both left uncoded ÷ units</source>
      <translation>P_o = (1/N) Σ_u pasangan pengode yang sepakat_u / pasangan pengode_u atas N unit yang diberi nilai oleh sedikitnya dua pengode; untuk dua pengode: unit yang sama-sama dikode atau sama-sama tidak dikode ÷ jumlah unit</translation>
    </message>
    <message>
      <source>Pending</source>
      <translation>Menunggu</translation>
    </message>
    <message>
      <source>Percent agreement</source>
      <translation>Persentase kesepakatan</translation>
    </message>
    <message>
      <source>Photos: two coders' regions are the same unit when their rectangles overlap by at least half (intersection over union ≥ 0.5).</source>
      <translation>Foto: wilayah dua pengode dihitung sebagai unit yang sama bila persegi keduanya bertumpang tindih paling sedikit separuh (irisan dibagi gabungan ≥ 0,5).</translation>
    </message>
    <message>
      <source>Project</source>
      <translation>Proyek</translation>
    </message>
    <message>
      <source>Quote</source>
      <translation>Kutipan</translation>
    </message>
    <message>
      <source>Reading per code</source>
      <translation>Pembacaan per kode</translation>
    </message>
    <message>
      <source>Recorded '{judgement}' for '{code}' ({layout} triangulation).</source>
      <translation>Keputusan '{judgement}' untuk '{code}' dicatat (triangulasi {layout}).</translation>
    </message>
    <message>
      <source>Rejected</source>
      <translation>Ditolak</translation>
    </message>
    <message>
      <source>Removed Telaah's menu entry, icons and file type ({count} files).</source>
      <translation>Entri menu, ikon, dan jenis berkas Telaah dihapus ({count} berkas).</translation>
    </message>
    <message>
      <source>Removed informant {id}.</source>
      <translation>Informan {id} dihapus.</translation>
    </message>
    <message>
      <source>Removed informant {id}; {count} source(s) now have no informant.</source>
      <translation>Informan {id} dihapus; {count} sumber kini tanpa informan.</translation>
    </message>
    <message>
      <source>Replaced {count} different text(s):</source>
      <translation>{count} teks berbeda diganti:</translation>
    </message>
    <message>
      <source>Resolved disagreement {key}: 1 consensus segment written for {coder}.</source>
      <translation>Ketidaksepakatan {key} diselesaikan: 1 segmen konsensus ditulis untuk {coder}.</translation>
    </message>
    <message>
      <source>Resolved disagreement {key}: {count} consensus segment(s) written for {coder}.</source>
      <translation type="vanished">Ketidaksepakatan {key} diselesaikan: {count} segmen konsensus ditulis untuk {coder}.</translation>
    </message>
    <message>
      <source>Resolved disagreement {key}: {count} consensus segments written for {coder}.</source>
      <translation>Ketidaksepakatan {key} diselesaikan: {count} segmen konsensus ditulis untuk {coder}.</translation>
    </message>
    <message>
      <source>Restored {path} from {backup}.</source>
      <translation>{path} dipulihkan dari {backup}.</translation>
    </message>
    <message>
      <source>Restored {path} from {backup}; the damaged file is kept as {kept}.</source>
      <translation>{path} dipulihkan dari {backup}; berkas yang rusak disimpan sebagai {kept}.</translation>
    </message>
    <message>
      <source>Restored {path} from {backup}; the replaced state is kept in {safety}.</source>
      <translation>{path} dipulihkan dari {backup}; keadaan sebelum dipulihkan disimpan di {safety}.</translation>
    </message>
    <message>
      <source>Review of the coding: {project}</source>
      <translation>Tinjauan pengodean: {project}</translation>
    </message>
    <message>
      <source>Review summary</source>
      <translation>Ringkasan tinjauan</translation>
    </message>
    <message>
      <source>Review summary written to {path}.</source>
      <translation>Ringkasan tinjauan ditulis ke {path}.</translation>
    </message>
    <message>
      <source>Revised</source>
      <translation>Direvisi</translation>
    </message>
    <message>
      <source>Screenshot saved to {path}.</source>
      <translation>Tangkapan layar disimpan ke {path}.</translation>
    </message>
    <message>
      <source>Segments that could not be placed keep their coded text and carry a memo; re-place them in the coding view.</source>
      <translation>Segmen yang tidak dapat ditempatkan tetap menyimpan teks terkodenya dan diberi memo; tempatkan ulang segmen tersebut di tampilan pengodean.</translation>
    </message>
    <message>
      <source>Selected: {filters}.</source>
      <translation>Dipilih: {filters}.</translation>
    </message>
    <message>
      <source>Source added: {title}.</source>
      <translation>Sumber ditambahkan: {title}.</translation>
    </message>
    <message>
      <source>Source and turn</source>
      <translation>Sumber dan giliran</translation>
    </message>
    <message>
      <source>Sources compared</source>
      <translation>Sumber yang dibandingkan</translation>
    </message>
    <message>
      <source>Sources compared ({count}): {titles}</source>
      <translation>Sumber yang dibandingkan ({count}): {titles}</translation>
    </message>
    <message>
      <source>Sources compared: those at least two of the coders coded (any code); in each, a coder who coded nothing there has no value (missing data).</source>
      <translation>Sumber yang dibandingkan: sumber yang dikode oleh sedikitnya dua pengode (kode apa pun); di setiap sumber, pengode yang tidak mengode apa pun di sana tidak memiliki nilai (data hilang).</translation>
    </message>
    <message>
      <source>Sources left out</source>
      <translation>Sumber yang tidak disertakan</translation>
    </message>
    <message>
      <source>Sources left out ({count}): {titles}</source>
      <translation>Sumber yang tidak disertakan ({count}): {titles}</translation>
    </message>
    <message>
      <source>Sources of the interpretation bands</source>
      <translation>Sumber rentang interpretasi</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Supervisor</source>
      <translation>Pembimbing</translation>
    </message>
    <message>
      <source>Telaah is in the applications menu; double-clicking a .telaah file opens it with: {command}</source>
      <translation>Telaah ada di menu aplikasi; klik ganda pada berkas .telaah membukanya dengan: {command}</translation>
    </message>
    <message>
      <source>Telaah {version}, free software under the {licence} licence.</source>
      <translation>Telaah {version}, perangkat lunak bebas dengan lisensi {licence}.</translation>
    </message>
    <message>
      <source>The citation names {cited}, but the quote is from {found}.</source>
      <translation>Sitasi menyebut {cited}, tetapi kutipannya berasal dari {found}.</translation>
    </message>
    <message>
      <source>The code {path} is described differently in the other copy; this project's description is kept.</source>
      <translation>Kode {path} dijelaskan berbeda di salinan lain; penjelasan proyek ini dipertahankan.</translation>
    </message>
    <message>
      <source>The code {path} is {other_path} in the other copy; it is kept as {path} and not added twice.</source>
      <translation>Kode {path} bernama {other_path} di salinan lain; kode itu tetap {path} dan tidak ditambahkan dua kali.</translation>
    </message>
    <message>
      <source>The conclusion on {target} differs in the other copy; this project's is kept.</source>
      <translation>Kesimpulan tentang {target} berbeda di salinan lain; kesimpulan proyek ini dipertahankan.</translation>
    </message>
    <message>
      <source>The informant {label} is described differently in the other copy; this project's details are kept.</source>
      <translation>Informan {label} dijelaskan berbeda di salinan lain; keterangan proyek ini dipertahankan.</translation>
    </message>
    <message>
      <source>The memo “{title}” differs in the other copy; this project's text is kept.</source>
      <translation>Memo “{title}” berbeda di salinan lain; teks proyek ini dipertahankan.</translation>
    </message>
    <message>
      <source>The summary of {code} differs in the other copy; this project's is kept.</source>
      <translation>Ringkasan {code} berbeda di salinan lain; ringkasan proyek ini dipertahankan.</translation>
    </message>
    <message>
      <source>The summary of {code} for {informant} differs in the other copy; this project's is kept.</source>
      <translation>Ringkasan {code} untuk {informant} berbeda di salinan lain; ringkasan proyek ini dipertahankan.</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>Jumlah</translation>
    </message>
    <message>
      <source>Transcribed {source}: {words} words in {seconds} s ({factor}× real time). The draft is marked machine-made until you correct it.</source>
      <translation>{source} ditranskripsi: {words} kata dalam {seconds} detik ({factor}× waktu nyata). Draf ditandai buatan mesin sampai Anda mengoreksinya.</translation>
    </message>
    <message>
      <source>Uncoded text excluded</source>
      <translation>Teks tak terkode tidak disertakan</translation>
    </message>
    <message>
      <source>Uncoded text included</source>
      <translation>Teks tak terkode disertakan</translation>
    </message>
    <message>
      <source>Undefined: both coders gave every unit the same single value, so chance agreement P_e is 1 and the formula divides by zero.</source>
      <translation>Tidak terdefinisi: kedua pengode memberi setiap unit satu nilai yang sama, sehingga kesepakatan kebetulan P_e bernilai 1 dan rumusnya membagi dengan nol.</translation>
    </message>
    <message>
      <source>Undefined: every value given is the same, so no disagreement is expected by chance (D_e = 0).</source>
      <translation>Tidak terdefinisi: semua nilai yang diberikan sama, sehingga tidak ada ketidaksepakatan yang diharapkan secara kebetulan (D_e = 0).</translation>
    </message>
    <message>
      <source>Undefined: no unit has values from two or more coders.</source>
      <translation>Tidak terdefinisi: tidak ada unit yang diberi nilai oleh dua pengode atau lebih.</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>Unit</translation>
    </message>
    <message>
      <source>Unit: character, uncoded text excluded. Per code, only the characters at least one coder coded with it are compared.</source>
      <translation>Unit: karakter, teks tak terkode tidak disertakan. Untuk setiap kode, hanya karakter yang dikode dengan kode itu oleh sedikitnya satu pengode yang dibandingkan.</translation>
    </message>
    <message>
      <source>Unit: character, uncoded text included. Per code, every character of the compared sources is coded or not coded by each coder; text no coder coded counts as agreement.</source>
      <translation>Unit: karakter, teks tak terkode disertakan. Untuk setiap kode, tiap karakter sumber yang dibandingkan dikode atau tidak dikode oleh masing-masing pengode; teks yang tidak dikode siapa pun dihitung sebagai kesepakatan.</translation>
    </message>
    <message>
      <source>Unit: informant. Per code, each informant (their compared sources together) is one unit; the code is present or absent for each coder. Sources without an informant (observation, documentation) are left out.</source>
      <translation>Unit: informan. Untuk setiap kode, tiap informan (seluruh sumbernya yang dibandingkan) adalah satu unit; kode itu ada atau tidak ada bagi tiap pengode. Sumber tanpa informan (observasi, dokumentasi) tidak disertakan.</translation>
    </message>
    <message>
      <source>Unit: segment. Two coders' segments of the same code in the same source are one unit when they overlap by at least {overlap} of the longer one (one-to-one, best overlap first); every unmatched segment is a unit its coder coded and the other coders did not.</source>
      <translation>Unit: segmen. Segmen dua pengode dengan kode yang sama dalam sumber yang sama menjadi satu unit bila tumpang tindih sedikitnya {overlap} dari segmen yang lebih panjang (satu lawan satu, tumpang tindih terbaik lebih dahulu); setiap segmen tanpa pasangan adalah unit yang dikode oleh pengodenya dan tidak dikode oleh pengode lain.</translation>
    </message>
    <message>
      <source>Unit: source. Per code, each compared source is one unit; the code is present (applied at least once) or absent for each coder.</source>
      <translation>Unit: sumber. Untuk setiap kode, tiap sumber yang dibandingkan adalah satu unit; kode itu ada (diterapkan sedikitnya sekali) atau tidak ada bagi tiap pengode.</translation>
    </message>
    <message>
      <source>Units</source>
      <translation>Unit</translation>
    </message>
    <message>
      <source>Verdict stored for segment {id}.</source>
      <translation>Penilaian untuk segmen {id} disimpan.</translation>
    </message>
    <message>
      <source>Version {version}</source>
      <translation>Versi {version}</translation>
    </message>
    <message>
      <source>Warning: {count} source(s) have no text: {names}</source>
      <translation>Peringatan: {count} sumber tidak berisi teks: {names}</translation>
    </message>
    <message>
      <source>Written to {path}.</source>
      <translation>Ditulis ke {path}.</translation>
    </message>
    <message>
      <source>Wrote the codebook to {path}.</source>
      <translation>Buku kode ditulis ke {path}.</translation>
    </message>
    <message>
      <source>Wrote the triangulation matrix ({rows} rows) to {path}.</source>
      <translation>Matriks triangulasi ({rows} baris) ditulis ke {path}.</translation>
    </message>
    <message>
      <source>Wrote {count} excerpt(s) in {sections} section(s) to {path}.</source>
      <translation>{count} kutipan dalam {sections} bagian ditulis ke {path}.</translation>
    </message>
    <message>
      <source>Wrote {segments} segment(s) from {sources} source(s) for review to {path}.</source>
      <translation>{segments} segmen dari {sources} sumber ditulis untuk ditinjau ke {path}.</translation>
    </message>
    <message>
      <source>accepted</source>
      <translation>diterima</translation>
    </message>
    <message>
      <source>almost perfect</source>
      <translation>hampir sempurna</translation>
    </message>
    <message>
      <source>attributes</source>
      <translation>atribut</translation>
    </message>
    <message>
      <source>changed the segment; it was: “{text}”</source>
      <translation>mengubah segmen; semula: “{text}”</translation>
    </message>
    <message>
      <source>character</source>
      <translation>karakter</translation>
    </message>
    <message>
      <source>codable</source>
      <translation>dapat dikodekan</translation>
    </message>
    <message>
      <source>code</source>
      <translation>kode</translation>
    </message>
    <message>
      <source>code group</source>
      <translation>kelompok kode</translation>
    </message>
    <message>
      <source>coded by one side only</source>
      <translation>hanya dikode oleh satu pihak</translation>
    </message>
    <message>
      <source>coded segments</source>
      <translation>segmen terkode</translation>
    </message>
    <message>
      <source>coder</source>
      <translation>pengode</translation>
    </message>
    <message>
      <source>coders</source>
      <translation>pengode</translation>
    </message>
    <message>
      <source>codes</source>
      <translation>kode</translation>
    </message>
    <message>
      <source>colour</source>
      <translation>warna</translation>
    </message>
    <message>
      <source>comment</source>
      <translation>komentar</translation>
    </message>
    <message>
      <source>conclusion</source>
      <translation>kesimpulan</translation>
    </message>
    <message>
      <source>conclusions</source>
      <translation>kesimpulan</translation>
    </message>
    <message>
      <source>condensed statement</source>
      <translation>pernyataan ringkas</translation>
    </message>
    <message>
      <source>date</source>
      <translation>tanggal</translation>
    </message>
    <message>
      <source>definition</source>
      <translation>definisi</translation>
    </message>
    <message>
      <source>do not use when</source>
      <translation>jangan dipakai bila</translation>
    </message>
    <message>
      <source>end</source>
      <translation>akhir</translation>
    </message>
    <message>
      <source>error</source>
      <translation>galat</translation>
    </message>
    <message>
      <source>example</source>
      <translation>contoh</translation>
    </message>
    <message>
      <source>fair</source>
      <translation>cukup</translation>
    </message>
    <message>
      <source>informant</source>
      <translation>informan</translation>
    </message>
    <message>
      <source>informants</source>
      <translation>informan</translation>
    </message>
    <message>
      <source>it is anchored on a passage several segments share; reply to one segment's comment instead</source>
      <translation type="vanished">komentar ini melekat pada bagian teks yang dimiliki beberapa segmen; balaslah komentar salah satu segmen</translation>
    </message>
    <message>
      <source>it is anchored on a passage several segments share; start the reply with the segment's number (for example “§12 setuju”)</source>
      <translation>komentar ini melekat pada bagian teks yang dimiliki beberapa segmen; awali balasan dengan nomor segmennya (misalnya “§12 setuju”)</translation>
    </message>
    <message>
      <source>it is not anchored on the text of a transcript</source>
      <translation>komentar ini tidak melekat pada teks sebuah transkrip</translation>
    </message>
    <message>
      <source>it is on uncoded text but names no code; start such a comment with a code's name (for example “Kualitas: …”)</source>
      <translation>komentar ini ada pada teks yang belum dikode tetapi tidak menyebut kode; awali komentar seperti itu dengan nama kode (misalnya “Kualitas: …”)</translation>
    </message>
    <message>
      <source>judgement</source>
      <translation>penilaian</translation>
    </message>
    <message>
      <source>kind</source>
      <translation>jenis</translation>
    </message>
    <message>
      <source>label</source>
      <translation>label</translation>
    </message>
    <message>
      <source>memo</source>
      <translation>memo</translation>
    </message>
    <message>
      <source>memos</source>
      <translation>memo</translation>
    </message>
    <message>
      <source>moderate</source>
      <translation>sedang</translation>
    </message>
    <message>
      <source>name</source>
      <translation>nama</translation>
    </message>
    <message>
      <source>needs revision</source>
      <translation>perlu revisi</translation>
    </message>
    <message>
      <source>no accepted band; read it beside kappa</source>
      <translation>tidak ada rentang yang diterima umum; baca bersama kappa</translation>
    </message>
    <message>
      <source>no informant linked</source>
      <translation>belum ditautkan ke informan</translation>
    </message>
    <message>
      <source>none</source>
      <translation>tidak ada</translation>
    </message>
    <message>
      <source>object</source>
      <translation>objek</translation>
    </message>
    <message>
      <source>para. {number}</source>
      <translation>par. {number}</translation>
    </message>
    <message>
      <source>pending</source>
      <translation>menunggu</translation>
    </message>
    <message>
      <source>poor, below chance</source>
      <translation>buruk, di bawah peluang</translation>
    </message>
    <message>
      <source>presence</source>
      <translation>kehadiran</translation>
    </message>
    <message>
      <source>project</source>
      <translation>proyek</translation>
    </message>
    <message>
      <source>pseudonym</source>
      <translation>pseudonim</translation>
    </message>
    <message>
      <source>rationale</source>
      <translation>alasan penilaian</translation>
    </message>
    <message>
      <source>reason</source>
      <translation>alasan</translation>
    </message>
    <message>
      <source>rejected</source>
      <translation>ditolak</translation>
    </message>
    <message>
      <source>reliable, 0.800 or more</source>
      <translation>andal, 0,800 atau lebih</translation>
    </message>
    <message>
      <source>research question</source>
      <translation>pertanyaan penelitian</translation>
    </message>
    <message>
      <source>resolved</source>
      <translation>terselesaikan</translation>
    </message>
    <message>
      <source>review comments and verdicts</source>
      <translation>komentar dan putusan tinjauan</translation>
    </message>
    <message>
      <source>review status</source>
      <translation>status telaah</translation>
    </message>
    <message>
      <source>revised</source>
      <translation>direvisi</translation>
    </message>
    <message>
      <source>role</source>
      <translation>peran</translation>
    </message>
    <message>
      <source>same code, different boundaries</source>
      <translation>kode sama, batas berbeda</translation>
    </message>
    <message>
      <source>same text, different code</source>
      <translation>teks sama, kode berbeda</translation>
    </message>
    <message>
      <source>segment</source>
      <translation>segmen</translation>
    </message>
    <message>
      <source>shortcut key</source>
      <translation>tombol pintas</translation>
    </message>
    <message>
      <source>slight</source>
      <translation>sangat rendah</translation>
    </message>
    <message>
      <source>source</source>
      <translation>sumber</translation>
    </message>
    <message>
      <source>sources</source>
      <translation>sumber</translation>
    </message>
    <message>
      <source>start</source>
      <translation>awal</translation>
    </message>
    <message>
      <source>statement</source>
      <translation>pernyataan</translation>
    </message>
    <message>
      <source>status</source>
      <translation>status</translation>
    </message>
    <message>
      <source>substantial</source>
      <translation>kuat</translation>
    </message>
    <message>
      <source>summaries</source>
      <translation>ringkasan</translation>
    </message>
    <message>
      <source>summary</source>
      <translation>ringkasan</translation>
    </message>
    <message>
      <source>summary cell</source>
      <translation>sel ringkasan</translation>
    </message>
    <message>
      <source>supervisor</source>
      <translation>pembimbing</translation>
    </message>
    <message>
      <source>tactics</source>
      <translation>taktik</translation>
    </message>
    <message>
      <source>tentative conclusions only, 0.667 to 0.800</source>
      <translation>hanya untuk kesimpulan sementara, 0,667 sampai 0,800</translation>
    </message>
    <message>
      <source>text</source>
      <translation>teks</translation>
    </message>
    <message>
      <source>the code it names is a category that cannot be applied</source>
      <translation>kode yang disebutnya adalah kategori yang tidak dapat diterapkan</translation>
    </message>
    <message>
      <source>the passage it is anchored on is no longer in the transcript</source>
      <translation>bagian teks tempatnya melekat tidak ada lagi di transkrip</translation>
    </message>
    <message>
      <source>the segment it answers is no longer in the project</source>
      <translation>segmen yang dibalasnya tidak ada lagi di proyek</translation>
    </message>
    <message>
      <source>title</source>
      <translation>judul</translation>
    </message>
    <message>
      <source>triangulation judgement</source>
      <translation>penilaian triangulasi</translation>
    </message>
    <message>
      <source>turn {number}</source>
      <translation>giliran {number}</translation>
    </message>
    <message>
      <source>type</source>
      <translation>tipe</translation>
    </message>
    <message>
      <source>unreliable, below 0.667</source>
      <translation>tidak andal, di bawah 0,667</translation>
    </message>
    <message>
      <source>use when</source>
      <translation>dipakai bila</translation>
    </message>
    <message>
      <source>valence</source>
      <translation>valensi</translation>
    </message>
    <message>
      <source>verdict</source>
      <translation>putusan</translation>
    </message>
    <message>
      <source>verdict scale</source>
      <translation>skala putusan</translation>
    </message>
    <message>
      <source>{band} ({source})</source>
      <translation>{band} ({source})</translation>
    </message>
    <message>
      <source>{coder} only</source>
      <translation>Hanya {coder}</translation>
    </message>
    <message>
      <source>{code} — verdict: {verdict}; Telaah suggests: {suggested} ({rule})</source>
      <translation>{code} — penilaian: {verdict}; saran Telaah: {suggested} ({rule})</translation>
    </message>
    <message>
      <source>{count} hit(s).</source>
      <translation>{count} hasil pencarian.</translation>
    </message>
    <message>
      <source>{count} segments to review.</source>
      <translation>{count} segmen untuk ditinjau.</translation>
    </message>
    <message>
      <source>{source}: the transcript is marked as checked by a person.</source>
      <translation>{source}: transkrip ditandai sudah diperiksa oleh seseorang.</translation>
    </message>
    <message>
      <source>{source}: {total} segment(s): {unchanged} unchanged, {shifted} shifted, {edited} edited, {moved} moved, {unplaced} could not be placed.</source>
      <translation>{source}: {total} segmen: {unchanged} tidak berubah, {shifted} bergeser, {edited} disunting, {moved} berpindah, {unplaced} tidak dapat ditempatkan.</translation>
    </message>
    <message>
      <source>{title} has no informant now.</source>
      <translation>{title} kini tanpa informan.</translation>
    </message>
    <message>
      <source>{title}: a segment of {coder} ({code}) could not be placed on this project's text and was not merged: “{quote}”.</source>
      <translation>{title}: sebuah segmen {coder} ({code}) tidak dapat ditempatkan pada teks proyek ini dan tidak digabungkan: “{quote}”.</translation>
    </message>
    <message>
      <source>{title}: the text differs in the other copy; this project's text is kept and {count} segment(s) of the other copy were re-anchored onto it.</source>
      <translation>{title}: teksnya berbeda di salinan lain; teks proyek ini dipertahankan dan {count} segmen dari salinan lain ditambatkan ulang padanya.</translation>
    </message>
    <message>
      <source>{total} quotation(s): {exact} exact, {near} near, {not_found} not found, {mismatched} citing another informant.</source>
      <translation>{total} kutipan: {exact} persis, {near} hampir sama, {not_found} tidak ditemukan, {mismatched} menyebut informan lain.</translation>
    </message>
    <message>
      <source>α</source>
      <translation>α</translation>
    </message>
    <message>
      <source>α = 1 − D_o/D_e = 1 − (n − 1)·o_(coded,not) / (n_coded·n_not), nominal; o = coincidences Σ_u n_u,coded·n_u,not / (m_u − 1) over units with m_u ≥ 2 values, n = all pairable values; a coder who did not see a unit is missing data</source>
      <translation>α = 1 − D_o/D_e = 1 − (n − 1)·o_(dikode,tidak) / (n_dikode·n_tidak), nominal; o = koinsidensi Σ_u n_u,dikode·n_u,tidak / (m_u − 1) atas unit dengan m_u ≥ 2 nilai, n = semua nilai yang dapat dipasangkan; pengode yang tidak melihat suatu unit dihitung sebagai data hilang</translation>
    </message>
    <message>
      <source>κ = (P_o − P_e) / (1 − P_e), P_e = p_A(coded)·p_B(coded) + p_A(not)·p_B(not), each coder's own share of the units (two coders, units both gave a value to)</source>
      <translation>κ = (P_o − P_e) / (1 − P_e), P_e = p_A(dikode)·p_B(dikode) + p_A(tidak)·p_B(tidak), dengan proporsi unit masing-masing pengode (dua pengode, unit yang diberi nilai oleh keduanya)</translation>
    </message>
    <message>
      <source>κ_BP = (P_o − 1/q) / (1 − 1/q) with q = 2 categories (coded, not coded), i.e. 2·P_o − 1</source>
      <translation>κ_BP = (P_o − 1/q) / (1 − 1/q) dengan q = 2 kategori (dikode, tidak dikode), yaitu 2·P_o − 1</translation>
    </message>
  </context>
  <context>
    <name>errors</name>
    <message>
      <source>#RRGGBB</source>
      <translation>#RRGGBB</translation>
    </message>
    <message>
      <source>'{key}' matches several {kind}s: {candidates}. Give the full path.</source>
      <translation>'{key}' cocok dengan beberapa {kind}: {candidates}. Berikan jalur lengkapnya.</translation>
    </message>
    <message>
      <source>'{step}' was not undone: {who} changed the {field} of {kind} '{name}' at {when} (it is now '{theirs}'); undoing would overwrite it.</source>
      <translation>'{step}' tidak dibatalkan: {who} mengubah {field} {kind} '{name}' pada {when} (sekarang '{theirs}'); membatalkan akan menimpanya.</translation>
    </message>
    <message>
      <source>'{step}' was not undone: {who} deleted {kind} '{name}' at {when}.</source>
      <translation>'{step}' tidak dibatalkan: {who} menghapus {kind} '{name}' pada {when}.</translation>
    </message>
    <message>
      <source>'{step}' was not undone: {who} has since commented on or judged the segment of '{code}' in '{source}'; undoing would delete or overrule that.</source>
      <translation>'{step}' tidak dibatalkan: sejak itu {who} mengomentari atau menilai segmen '{code}' di '{source}'; membatalkan akan menghapus atau mengabaikannya.</translation>
    </message>
    <message>
      <source>'{verdict}' is not on this project's verdict scale: {scale}.</source>
      <translation>'{verdict}' tidak terdapat pada skala penilaian proyek ini: {scale}.</translation>
    </message>
    <message>
      <source>--code needs --coder NAME</source>
      <translation>--code memerlukan --coder NAMA</translation>
    </message>
    <message>
      <source>A '{status}' verdict needs a comment that tells the coder what to change.</source>
      <translation type="vanished">Penilaian '{status}' memerlukan komentar yang memberi tahu pengode apa yang perlu diubah.</translation>
    </message>
    <message>
      <source>A {kind} named '{name}' already exists here.</source>
      <translation>Sudah ada {kind} bernama '{name}' di sini.</translation>
    </message>
    <message>
      <source>Agreement compares two or more different coders; got: {coders}.</source>
      <translation>Kesepakatan membandingkan dua pengode berbeda atau lebih; yang diberikan: {coders}.</translation>
    </message>
    <message>
      <source>Automatic transcription needs the optional part 'telaah[transcribe]'; install it with: pip install 'telaah[transcribe]'.</source>
      <translation>Transkripsi otomatis memerlukan bagian opsional 'telaah[transcribe]'; pasang dengan: pip install 'telaah[transcribe]'.</translation>
    </message>
    <message>
      <source>GUID</source>
      <translation>GUID</translation>
    </message>
    <message>
      <source>Invalid {field}: '{value}' ({detail}).</source>
      <translation>Nilai {field} tidak valid: '{value}' ({detail}).</translation>
    </message>
    <message>
      <source>No transcription model named '{name}'; known models: {known}.</source>
      <translation>Tidak ada model transkripsi bernama '{name}'; model yang dikenal: {known}.</translation>
    </message>
    <message>
      <source>No {kind} '{key}' in this project.</source>
      <translation>Tidak ada {kind} '{key}' dalam proyek ini.</translation>
    </message>
    <message>
      <source>Rejecting a segment needs a comment that tells the coder why.</source>
      <translation>Menolak segmen memerlukan komentar yang menjelaskan alasannya kepada pengode.</translation>
    </message>
    <message>
      <source>Segment [{start}, {end}) does not fit source '{source}', whose text has {length} characters.</source>
      <translation>Segmen [{start}, {end}) tidak sesuai dengan sumber '{source}', yang teksnya berisi {length} karakter.</translation>
    </message>
    <message>
      <source>Segment {segment} changed or was deleted since agreement was computed; compute agreement again before resolving this disagreement. Nothing was changed.</source>
      <translation>Segmen {segment} berubah atau dihapus sejak kesepakatan dihitung; hitung ulang kesepakatan sebelum menyelesaikan ketidaksepakatan ini. Tidak ada yang diubah.</translation>
    </message>
    <message>
      <source>Sending a segment back for revision needs a comment that tells the coder what to change.</source>
      <translation>Mengembalikan segmen untuk direvisi memerlukan komentar yang memberi tahu pengode apa yang harus diubah.</translation>
    </message>
    <message>
      <source>Someone else saved this {kind} at the same moment; your change was not saved. Look at it again and repeat your change.</source>
      <translation>Orang lain menyimpan {kind} ini pada saat yang sama; perubahan Anda tidak disimpan. Periksa lagi lalu ulangi perubahan Anda.</translation>
    </message>
    <message>
      <source>Telaah's shipped data ({what}) is missing; reinstall Telaah or set TELAAH_DATA_DIR.</source>
      <translation>Data bawaan Telaah ({what}) tidak ditemukan; pasang ulang Telaah atau atur TELAAH_DATA_DIR.</translation>
    </message>
    <message>
      <source>The analyst's judgement of '{code}' needs a written rationale.</source>
      <translation>Keputusan analis untuk '{code}' memerlukan alasan tertulis.</translation>
    </message>
    <message>
      <source>The code '{code}' is a category and cannot be applied to text.</source>
      <translation>Kode '{code}' adalah kategori dan tidak dapat diterapkan pada teks.</translation>
    </message>
    <message>
      <source>The coders {coders} have coded no source in common, so there is nothing to compare; use --all-sources to compare every source.</source>
      <translation>Pengode {coders} tidak mengode satu pun sumber yang sama, sehingga tidak ada yang dapat dibandingkan; gunakan --all-sources untuk membandingkan semua sumber.</translation>
    </message>
    <message>
      <source>The operation was cancelled; nothing was changed.</source>
      <translation>Operasi dibatalkan; tidak ada yang diubah.</translation>
    </message>
    <message>
      <source>The region x={x}, y={y}, width={w}, height={h} does not lie inside the picture (each value from 0 to 1, width and height above 0).</source>
      <translation>Wilayah x={x}, y={y}, lebar={w}, tinggi={h} tidak berada di dalam gambar (setiap nilai dari 0 sampai 1, lebar dan tinggi di atas 0).</translation>
    </message>
    <message>
      <source>The regular expression '{pattern}' is not valid ({detail}).</source>
      <translation type="vanished">Ekspresi reguler '{pattern}' tidak valid ({detail}).</translation>
    </message>
    <message>
      <source>The regular expression '{pattern}' is not valid; check its brackets, parentheses and backslashes.</source>
      <translation>Ekspresi reguler '{pattern}' tidak valid; periksa kurung siku, kurung biasa, dan garis miringnya.</translation>
    </message>
    <message>
      <source>The segment “{segment}” was changed by its coder after the review queue showed it; look at it again before giving a verdict. Nothing was changed.</source>
      <translation>Segmen “{segment}” diubah oleh pengodenya setelah antrean tinjauan menampilkannya; periksa lagi sebelum memberi putusan. Tidak ada yang diubah.</translation>
    </message>
    <message>
      <source>The source '{title}' has no recording; import one first.</source>
      <translation>Sumber '{title}' tidak memiliki rekaman; impor rekamannya terlebih dahulu.</translation>
    </message>
    <message>
      <source>The source '{title}' is not a photo; regions can only be coded on photos.</source>
      <translation>Sumber '{title}' bukan foto; wilayah hanya dapat dikodekan pada foto.</translation>
    </message>
    <message>
      <source>The text of source '{source}' changed since the search; search again before coding the hits.</source>
      <translation>Teks sumber '{source}' berubah sejak pencarian; lakukan pencarian ulang sebelum mengode hasilnya.</translation>
    </message>
    <message>
      <source>The verdict '{verdict}' differs from the suggested '{suggested}'; write the reason for the override.</source>
      <translation>Penilaian '{verdict}' berbeda dari saran '{suggested}'; tuliskan alasan tidak mengikuti saran.</translation>
    </message>
    <message>
      <source>The verdict on “{segment}” cannot be undone: the segment's review status changed since it was given. Nothing was changed.</source>
      <translation>Putusan atas “{segment}” tidak dapat dibatalkan: status tinjauan segmen itu sudah berubah sejak putusan diberikan. Tidak ada yang diubah.</translation>
    </message>
    <message>
      <source>This verdict needs a comment that tells the coder what to change.</source>
      <translation>Putusan ini memerlukan komentar yang memberi tahu pengode apa yang harus diubah.</translation>
    </message>
    <message>
      <source>YYYY-MM-DD</source>
      <translation>TTTT-BB-HH</translation>
    </message>
    <message>
      <source>a code cannot merge into itself</source>
      <translation>kode tidak dapat digabung ke dirinya sendiri</translation>
    </message>
    <message>
      <source>a code cannot move under itself</source>
      <translation>kode tidak dapat dipindah ke bawah dirinya sendiri</translation>
    </message>
    <message>
      <source>a code needs a name</source>
      <translation>kode harus punya nama</translation>
    </message>
    <message>
      <source>a code or a question</source>
      <translation>sebuah kode atau pertanyaan</translation>
    </message>
    <message>
      <source>a share above 0 and at most 1, such as 0.9</source>
      <translation>bagian di atas 0 dan paling banyak 1, misalnya 0.9</translation>
    </message>
    <message>
      <source>a whole number of characters from 0</source>
      <translation>bilangan bulat jumlah karakter, mulai dari 0</translation>
    </message>
    <message>
      <source>accepted coder</source>
      <translation>pengode yang diterima</translation>
    </message>
    <message>
      <source>agreement unit</source>
      <translation>unit kesepakatan</translation>
    </message>
    <message>
      <source>at least two different words, best first</source>
      <translation>paling sedikit dua kata yang berbeda, yang terbaik lebih dulu</translation>
    </message>
    <message>
      <source>at most 40 characters</source>
      <translation>paling banyak 40 karakter</translation>
    </message>
    <message>
      <source>attributes</source>
      <translation>atribut</translation>
    </message>
    <message>
      <source>case</source>
      <translation>kasus</translation>
    </message>
    <message>
      <source>code</source>
      <translation>kode</translation>
    </message>
    <message>
      <source>code field</source>
      <translation>kolom kode</translation>
    </message>
    <message>
      <source>code group</source>
      <translation>kelompok kode</translation>
    </message>
    <message>
      <source>code name</source>
      <translation>nama kode</translation>
    </message>
    <message>
      <source>coder</source>
      <translation>pengode</translation>
    </message>
    <message>
      <source>coder name</source>
      <translation>nama pengode</translation>
    </message>
    <message>
      <source>coder role</source>
      <translation>peran pengode</translation>
    </message>
    <message>
      <source>coding</source>
      <translation>pengodean</translation>
    </message>
    <message>
      <source>colour</source>
      <translation>warna</translation>
    </message>
    <message>
      <source>comment</source>
      <translation>komentar</translation>
    </message>
    <message>
      <source>conclusion</source>
      <translation>kesimpulan</translation>
    </message>
    <message>
      <source>conclusion target</source>
      <translation>sasaran kesimpulan</translation>
    </message>
    <message>
      <source>consensus coder</source>
      <translation>pengode konsensus</translation>
    </message>
    <message>
      <source>date</source>
      <translation>tanggal</translation>
    </message>
    <message>
      <source>disagreement</source>
      <translation>ketidaksepakatan</translation>
    </message>
    <message>
      <source>evidence role</source>
      <translation>peran bukti</translation>
    </message>
    <message>
      <source>give --judgement</source>
      <translation>berikan --judgement</translation>
    </message>
    <message>
      <source>grouping</source>
      <translation>pengelompokan</translation>
    </message>
    <message>
      <source>in-vivo code name</source>
      <translation>nama kode in-vivo</translation>
    </message>
    <message>
      <source>informant</source>
      <translation>informan</translation>
    </message>
    <message>
      <source>informant id</source>
      <translation>ID informan</translation>
    </message>
    <message>
      <source>informant label</source>
      <translation type="vanished">label informan</translation>
    </message>
    <message>
      <source>informant type</source>
      <translation>jenis informan</translation>
    </message>
    <message>
      <source>it contains no codes</source>
      <translation>tidak berisi kode apa pun</translation>
    </message>
    <message>
      <source>it goes backwards or lies after the recording's end</source>
      <translation>waktunya mundur atau melewati akhir rekaman</translation>
    </message>
    <message>
      <source>it has no &lt;Codes&gt; element</source>
      <translation>tidak ada elemen &lt;Codes&gt;</translation>
    </message>
    <message>
      <source>it is already coded; transcribe a new recording instead</source>
      <translation>sumber ini sudah dikode; transkripsikan rekaman baru saja</translation>
    </message>
    <message>
      <source>it is empty</source>
      <translation>isinya kosong</translation>
    </message>
    <message>
      <source>it must be a name other than the coders compared</source>
      <translation>harus nama selain para pengode yang dibandingkan</translation>
    </message>
    <message>
      <source>judgement</source>
      <translation>keputusan</translation>
    </message>
    <message>
      <source>memo title</source>
      <translation>judul memo</translation>
    </message>
    <message>
      <source>memo type</source>
      <translation>jenis memo</translation>
    </message>
    <message>
      <source>merge</source>
      <translation>penggabungan</translation>
    </message>
    <message>
      <source>merge a sub-code into its parent, not the reverse</source>
      <translation>gabungkan subkode ke induknya, bukan sebaliknya</translation>
    </message>
    <message>
      <source>name replacement</source>
      <translation>pengganti nama</translation>
    </message>
    <message>
      <source>name=value</source>
      <translation>nama=nilai</translation>
    </message>
    <message>
      <source>name=value; …</source>
      <translation>nama=nilai; …</translation>
    </message>
    <message>
      <source>needed with --source</source>
      <translation>diperlukan bersama --source</translation>
    </message>
    <message>
      <source>no such turn</source>
      <translation>giliran itu tidak ada</translation>
    </message>
    <message>
      <source>note</source>
      <translation>catatan</translation>
    </message>
    <message>
      <source>one line only</source>
      <translation>hanya satu baris</translation>
    </message>
    <message>
      <source>one title per file</source>
      <translation>satu judul untuk setiap berkas</translation>
    </message>
    <message>
      <source>original file</source>
      <translation>berkas asli</translation>
    </message>
    <message>
      <source>overlap threshold</source>
      <translation>ambang tumpang tindih</translation>
    </message>
    <message>
      <source>parent</source>
      <translation>induk</translation>
    </message>
    <message>
      <source>presence by</source>
      <translation>keberadaan per</translation>
    </message>
    <message>
      <source>project location</source>
      <translation>lokasi proyek</translation>
    </message>
    <message>
      <source>region</source>
      <translation>wilayah</translation>
    </message>
    <message>
      <source>region description</source>
      <translation>deskripsi wilayah</translation>
    </message>
    <message>
      <source>research question</source>
      <translation>pertanyaan penelitian</translation>
    </message>
    <message>
      <source>resolution</source>
      <translation>penyelesaian</translation>
    </message>
    <message>
      <source>search query</source>
      <translation>kata kunci pencarian</translation>
    </message>
    <message>
      <source>segment</source>
      <translation>segmen</translation>
    </message>
    <message>
      <source>segments</source>
      <translation>segmen</translation>
    </message>
    <message>
      <source>selection</source>
      <translation>seleksi</translation>
    </message>
    <message>
      <source>shortcut</source>
      <translation>tombol pintas</translation>
    </message>
    <message>
      <source>source</source>
      <translation>sumber</translation>
    </message>
    <message>
      <source>source kind</source>
      <translation>jenis sumber</translation>
    </message>
    <message>
      <source>source title</source>
      <translation>judul sumber</translation>
    </message>
    <message>
      <source>status</source>
      <translation>status</translation>
    </message>
    <message>
      <source>tactics</source>
      <translation>taktik</translation>
    </message>
    <message>
      <source>the informant id is empty</source>
      <translation>ID informan kosong</translation>
    </message>
    <message>
      <source>they are not coded with the code being split</source>
      <translation>segmen itu tidak dikode dengan kode yang sedang dipecah</translation>
    </message>
    <message>
      <source>time</source>
      <translation>waktu</translation>
    </message>
    <message>
      <source>titles</source>
      <translation>judul</translation>
    </message>
    <message>
      <source>two codes have the same GUID</source>
      <translation>dua kode memiliki GUID yang sama</translation>
    </message>
    <message>
      <source>use #RRGGBB</source>
      <translation>gunakan #RRGGBB</translation>
    </message>
    <message>
      <source>use a .telaah file or a postgresql:// URL</source>
      <translation>gunakan berkas .telaah atau URL postgresql://</translation>
    </message>
    <message>
      <source>user</source>
      <translation>pengguna</translation>
    </message>
    <message>
      <source>valence</source>
      <translation>valensi</translation>
    </message>
    <message>
      <source>verdict</source>
      <translation>penilaian</translation>
    </message>
    <message>
      <source>verdict scale</source>
      <translation>skala penilaian</translation>
    </message>
    <message>
      <source>x, y, w and h must be numbers from 0 to 1</source>
      <translation>x, y, w, dan h harus berupa angka dari 0 sampai 1</translation>
    </message>
    <message>
      <source>{actor} cannot change or delete segment {segment}: it was coded by {owner}. Comment in its review thread instead.</source>
      <translation>{actor} tidak dapat mengubah atau menghapus segmen {segment} karena segmen itu dikode oleh {owner}. Sebagai gantinya, berikan komentar di utas tinjauannya.</translation>
    </message>
    <message>
      <source>{actor} is not a supervisor, so cannot give review verdicts.</source>
      <translation>{actor} bukan pembimbing (peran supervisor), sehingga tidak dapat memberikan penilaian tinjauan.</translation>
    </message>
    <message>
      <source>{count} source(s) are linked to informant '{informant}'; nothing was removed. Link them to another informant first, or remove it anyway with --force (the sources stay, without informant).</source>
      <translation>{count} sumber ditautkan ke informan '{informant}'; tidak ada yang dihapus. Tautkan sumber itu ke informan lain terlebih dahulu, atau tetap hapus dengan --force (sumbernya tetap ada, tanpa informan).</translation>
    </message>
    <message>
      <source>{detail}</source>
      <translation>{detail}</translation>
    </message>
    <message>
      <source>{path} is damaged and cannot be read. Earlier states are kept as backups: 'telaah backup list {path}' lists them and 'telaah backup restore {path} 1' brings back the newest (the damaged file is kept aside).</source>
      <translation>{path} rusak dan tidak dapat dibaca. Keadaan sebelumnya tersimpan sebagai cadangan: 'telaah backup list {path}' menampilkannya dan 'telaah backup restore {path} 1' memulihkan yang terbaru (berkas yang rusak disisihkan).</translation>
    </message>
    <message>
      <source>{path} is open in Telaah by {user} on {host} (since {since}). Open it read-only, or close it there first.</source>
      <translation>{path} sedang dibuka di Telaah oleh {user} di {host} (sejak {since}). Buka dalam mode baca-saja, atau tutup dahulu di sana.</translation>
    </message>
    <message>
      <source>{path} is open in this window; close it before replacing it with a backup.</source>
      <translation>{path} sedang terbuka di jendela ini; tutup dulu sebelum menggantinya dengan cadangan.</translation>
    </message>
    <message>
      <source>{path} is open read-only; nothing can be changed in it now.</source>
      <translation>{path} dibuka dalam mode baca-saja; saat ini tidak ada yang dapat diubah.</translation>
    </message>
    <message>
      <source>{path} is the project that is open now; choose another file to import or to write to.</source>
      <translation>{path} adalah proyek yang sedang terbuka; pilih berkas lain untuk diimpor atau ditulisi.</translation>
    </message>
    <message>
      <source>{path} is this project itself; choose the other coder's copy to merge.</source>
      <translation>{path} adalah proyek ini sendiri; pilih salinan milik pengode lain untuk digabungkan.</translation>
    </message>
    <message>
      <source>{path}, line {line}: '{stamp}' is not a valid time (minutes and seconds go to 59).</source>
      <translation>{path}, baris {line}: '{stamp}' bukan waktu yang sah (menit dan detik paling banyak 59).</translation>
    </message>
    <message>
      <source>{path}, line {line}: the time {time} comes before the time above it ({previous}); the times of a transcript must not go backwards.</source>
      <translation>{path}, baris {line}: waktu {time} lebih awal daripada waktu di atasnya ({previous}); waktu dalam transkrip tidak boleh mundur.</translation>
    </message>
    <message>
      <source>{path}, line {line}: the time {time} lies after the end of the recording ({duration}).</source>
      <translation>{path}, baris {line}: waktu {time} melewati akhir rekaman ({duration}).</translation>
    </message>
    <message>
      <source>{path}, line {line}: this is not a valid subtitle cue (expected a time line such as '00:00:01,000 --&gt; 00:00:04,000').</source>
      <translation>{path}, baris {line}: ini bukan isyarat subtitel yang sah (seharusnya baris waktu seperti '00:00:01,000 --&gt; 00:00:04,000').</translation>
    </message>
    <message>
      <source>{path}, row {row}: '{value}' in the column '{column}' is not one of: {allowed}.</source>
      <translation>{path}, baris {row}: '{value}' di kolom '{column}' bukan salah satu dari: {allowed}.</translation>
    </message>
    <message>
      <source>{path}, row {row}: the column '{column}' is empty.</source>
      <translation>{path}, baris {row}: kolom '{column}' kosong.</translation>
    </message>
    <message>
      <source>{path}, row {row}: the id {key} appears twice.</source>
      <translation>{path}, baris {row}: ID {key} muncul dua kali.</translation>
    </message>
    <message>
      <source>{path}, row {row}: the quote occurs {count} times in source '{source}'; make it longer so it is unique: {quote}</source>
      <translation>{path}, baris {row}: kutipan muncul {count} kali dalam sumber '{source}'; perpanjang kutipan agar unik: {quote}</translation>
    </message>
    <message>
      <source>{path}, row {row}: the quote was not found in source '{source}': {quote}</source>
      <translation>{path}, baris {row}: kutipan tidak ditemukan dalam sumber '{source}': {quote}</translation>
    </message>
    <message>
      <source>{path}, row {row}: the row cannot be read as CSV; check its quotation marks.</source>
      <translation>{path}, baris {row}: baris ini tidak dapat dibaca sebagai CSV; periksa tanda kutipnya.</translation>
    </message>
    <message>
      <source>{path}, row {row}: the row has {count} values but the header has {columns} columns.</source>
      <translation>{path}, baris {row}: baris ini berisi {count} nilai, padahal judulnya punya {columns} kolom.</translation>
    </message>
    <message>
      <source>{path}, row {row}: {detail}</source>
      <translation>{path}, baris {row}: {detail}</translation>
    </message>
    <message>
      <source>{path}, row {row}: {problem} Nothing from the file was stored.</source>
      <translation>{path}, baris {row}: {problem} Tidak ada isi berkas yang disimpan.</translation>
    </message>
    <message>
      <source>{path}: '{encoding}' is not a text encoding Telaah knows; choose another one.</source>
      <translation>{path}: '{encoding}' bukan penyandian teks yang dikenal Telaah; pilih penyandian lain.</translation>
    </message>
    <message>
      <source>{path}: OCR of page {page} failed; the PDF was not imported.</source>
      <translation>{path}: OCR halaman {page} gagal; PDF tidak diimpor.</translation>
    </message>
    <message>
      <source>{path}: OCR recognised no text on any page; the PDF was not imported.</source>
      <translation>{path}: OCR tidak mengenali teks di halaman mana pun; PDF tidak diimpor.</translation>
    </message>
    <message>
      <source>{path}: Telaah cannot write '{suffix}' files here; use {allowed}.</source>
      <translation>{path}: Telaah tidak dapat menulis berkas '{suffix}' di sini; gunakan {allowed}.</translation>
    </message>
    <message>
      <source>{path}: Telaah produced a file that does not follow the REFI-QDA schema ({detail}); nothing was written. Please report this problem.</source>
      <translation type="vanished">{path}: Telaah menghasilkan berkas yang tidak sesuai dengan skema REFI-QDA ({detail}); tidak ada yang ditulis. Mohon laporkan masalah ini.</translation>
    </message>
    <message>
      <source>{path}: Telaah produced a file that does not follow the REFI-QDA schema; nothing was written. Please report this problem with the output of --verbose.</source>
      <translation>{path}: Telaah menghasilkan berkas yang tidak sesuai dengan skema REFI-QDA; tidak ada yang ditulis. Mohon laporkan masalah ini beserta keluaran --verbose.</translation>
    </message>
    <message>
      <source>{path}: a file of that name already exists; choose another name.</source>
      <translation>{path}: berkas dengan nama itu sudah ada; pilih nama lain.</translation>
    </message>
    <message>
      <source>{path}: files of type '{suffix}' cannot be imported; use .txt or .docx.</source>
      <translation type="vanished">{path}: berkas berjenis '{suffix}' tidak dapat diimpor; gunakan .txt atau .docx.</translation>
    </message>
    <message>
      <source>{path}: files of type '{suffix}' cannot be imported; use .txt, .docx, .pdf or a JPEG, PNG or TIFF photo.</source>
      <translation>{path}: berkas berjenis '{suffix}' tidak dapat diimpor; gunakan .txt, .docx, .pdf, atau foto JPEG, PNG, atau TIFF.</translation>
    </message>
    <message>
      <source>{path}: files of type '{suffix}' cannot be used as a recording; use WAV, MP3, M4A, OGG or MP4.</source>
      <translation>{path}: berkas berjenis '{suffix}' tidak dapat dipakai sebagai rekaman; gunakan WAV, MP3, M4A, OGG, atau MP4.</translation>
    </message>
    <message>
      <source>{path}: line {line} is {length} characters long, more than the {limit} a paragraph may have; split the text into paragraphs and import it again.</source>
      <translation>{path}: baris {line} panjangnya {length} karakter, melebihi batas {limit} karakter per paragraf; pecah teks menjadi beberapa paragraf, lalu impor ulang.</translation>
    </message>
    <message>
      <source>{path}: macro-enabled documents are not imported; save it as a plain .docx and import it again.</source>
      <translation>{path}: dokumen bermakro tidak diimpor; simpan sebagai .docx biasa, lalu impor ulang.</translation>
    </message>
    <message>
      <source>{path}: no such project; create it with 'telaah new'.</source>
      <translation>{path}: proyek tidak ditemukan; buat proyek dengan 'telaah new'.</translation>
    </message>
    <message>
      <source>{path}: no transcription model here (a Whisper model in CTranslate2 format has model.bin and config.json); choose another folder or download a model.</source>
      <translation>{path}: tidak ada model transkripsi di sini (model Whisper berformat CTranslate2 memiliki model.bin dan config.json); pilih folder lain atau unduh sebuah model.</translation>
    </message>
    <message>
      <source>{path}: not a usable codebook (the code '{code}' has isCodable='{value}', not true or false).</source>
      <translation>{path}: bukan buku kode yang dapat digunakan (kode '{code}' memiliki isCodable='{value}', bukan true atau false).</translation>
    </message>
    <message>
      <source>{path}: not a usable codebook (the code '{code}' has the colour '{value}', not #RRGGBB).</source>
      <translation>{path}: bukan buku kode yang dapat digunakan (kode '{code}' memiliki warna '{value}', bukan #RRGGBB).</translation>
    </message>
    <message>
      <source>{path}: not a usable codebook (the code on line {line} has no name).</source>
      <translation>{path}: bukan buku kode yang dapat digunakan (kode di baris {line} tidak bernama).</translation>
    </message>
    <message>
      <source>{path}: not a usable codebook (the root element is &lt;{root}&gt;, not &lt;CodeBook&gt;).</source>
      <translation>{path}: bukan buku kode yang dapat digunakan (elemen akarnya &lt;{root}&gt;, bukan &lt;CodeBook&gt;).</translation>
    </message>
    <message>
      <source>{path}: not a usable codebook (the root element is in the namespace '{namespace}', not '{expected}').</source>
      <translation>{path}: bukan buku kode yang dapat digunakan (elemen akarnya berada di namespace '{namespace}', bukan '{expected}').</translation>
    </message>
    <message>
      <source>{path}: not a usable codebook (two codes at the top level have the same name: '{first}' and '{second}').</source>
      <translation>{path}: bukan buku kode yang dapat digunakan (dua kode di tingkat teratas bernama sama: '{first}' dan '{second}').</translation>
    </message>
    <message>
      <source>{path}: not a usable codebook (two codes under '{parent}' have the same name: '{first}' and '{second}').</source>
      <translation>{path}: bukan buku kode yang dapat digunakan (dua kode di bawah '{parent}' bernama sama: '{first}' dan '{second}').</translation>
    </message>
    <message>
      <source>{path}: not a usable codebook ({detail}).</source>
      <translation>{path}: bukan buku kode yang dapat digunakan ({detail}).</translation>
    </message>
    <message>
      <source>{path}: parts of the text are UTF-8 and parts are in another encoding; open it in a text editor, save it as UTF-8 and import it again.</source>
      <translation>{path}: sebagian teks berpenyandian UTF-8 dan sebagian lagi berpenyandian lain; buka di penyunting teks, simpan sebagai UTF-8, lalu impor ulang.</translation>
    </message>
    <message>
      <source>{path}: the PDF has no text layer (it is a scan or holds only pictures); import it with OCR to recognise its text.</source>
      <translation>{path}: PDF ini tidak memiliki lapisan teks (hasil pindaian atau hanya berisi gambar); impor dengan OCR untuk mengenali teksnya.</translation>
    </message>
    <message>
      <source>{path}: the PDF has no text layer (it is a scan) and OCR needs Tesseract with its Indonesian data; install the packages tesseract-ocr and tesseract-ocr-ind.</source>
      <translation>{path}: PDF ini tidak memiliki lapisan teks (hasil pindaian) dan OCR memerlukan Tesseract beserta data bahasa Indonesianya; pasang paket tesseract-ocr dan tesseract-ocr-ind.</translation>
    </message>
    <message>
      <source>{path}: the PDF has {pages} pages, more than the {limit} Telaah imports; split it into parts.</source>
      <translation>{path}: PDF ini memiliki {pages} halaman, lebih dari {limit} yang dapat diimpor Telaah; pecah menjadi beberapa bagian.</translation>
    </message>
    <message>
      <source>{path}: the PDF holds a compressed stream that unpacks to more than {limit_mb} MB; it is refused as a possible decompression bomb.</source>
      <translation>{path}: PDF ini memuat aliran terkompresi yang mengembang melebihi {limit_mb} MB; ditolak karena mungkin bom dekompresi.</translation>
    </message>
    <message>
      <source>{path}: the PDF is damaged or not a PDF file and cannot be read.</source>
      <translation>{path}: PDF ini rusak atau bukan berkas PDF sehingga tidak dapat dibaca.</translation>
    </message>
    <message>
      <source>{path}: the PDF is protected by a password; save a copy without the password and import that.</source>
      <translation>{path}: PDF ini dilindungi kata sandi; simpan salinan tanpa kata sandi lalu impor salinan itu.</translation>
    </message>
    <message>
      <source>{path}: the Word document is damaged or not a .docx file ({detail}).</source>
      <translation type="vanished">{path}: dokumen Word rusak atau bukan berkas .docx ({detail}).</translation>
    </message>
    <message>
      <source>{path}: the Word document is damaged or not a .docx file; open it in Word, save it as .docx and import it again.</source>
      <translation>{path}: dokumen Word rusak atau bukan berkas .docx; buka di Word, simpan sebagai .docx, lalu impor ulang.</translation>
    </message>
    <message>
      <source>{path}: the Word document is password-protected; remove the password in Word and import it again.</source>
      <translation>{path}: dokumen Word dilindungi kata sandi; hapus kata sandinya di Word, lalu impor ulang.</translation>
    </message>
    <message>
      <source>{path}: the XML declares a DOCTYPE or entities, which Telaah never processes; it was not opened.</source>
      <translation>{path}: XML mendeklarasikan DOCTYPE atau entitas, yang tidak pernah diproses Telaah; berkas tidak dibuka.</translation>
    </message>
    <message>
      <source>{path}: the XML is not valid (line {line}).</source>
      <translation>{path}: XML tidak valid (baris {line}).</translation>
    </message>
    <message>
      <source>{path}: the XML is not valid ({detail}).</source>
      <translation type="vanished">{path}: XML tidak valid ({detail}).</translation>
    </message>
    <message>
      <source>{path}: the archive contains an unsafe entry '{entry}'; it was not opened.</source>
      <translation>{path}: arsip berisi entri yang tidak aman '{entry}'; arsip tidak dibuka.</translation>
    </message>
    <message>
      <source>{path}: the archive holds {count} entries, more than the limit of {limit}; it was not opened.</source>
      <translation>{path}: arsip berisi {count} entri, melebihi batas {limit}; arsip tidak dibuka.</translation>
    </message>
    <message>
      <source>{path}: the archive would expand to more than {limit_mb} MB; it was not opened.</source>
      <translation>{path}: isi arsip akan melebihi {limit_mb} MB setelah diekstrak; arsip tidak dibuka.</translation>
    </message>
    <message>
      <source>{path}: the backup could not be made or restored ({detail}); the project is unchanged.</source>
      <translation type="vanished">{path}: cadangan tidak dapat dibuat atau dipulihkan ({detail}); proyek tidak berubah.</translation>
    </message>
    <message>
      <source>{path}: the backup could not be made or restored; the project is unchanged.</source>
      <translation>{path}: cadangan tidak dapat dibuat atau dipulihkan; proyek tidak berubah.</translation>
    </message>
    <message>
      <source>{path}: the coded selection '{selection}' [{start}, {end}) lies outside the text of source '{source}' ({length} characters); nothing was imported.</source>
      <translation type="vanished">{path}: seleksi terkode '{selection}' [{start}, {end}) berada di luar teks sumber '{source}' ({length} karakter); tidak ada yang diimpor.</translation>
    </message>
    <message>
      <source>{path}: the database server cannot be reached or refused the login ({detail}).</source>
      <translation type="vanished">{path}: server basis data tidak dapat dijangkau atau menolak login ({detail}).</translation>
    </message>
    <message>
      <source>{path}: the database server cannot be reached or refused the login; check the address, user name and password.</source>
      <translation>{path}: server basis data tidak dapat dihubungi atau menolak login; periksa alamat, nama pengguna, dan kata sandinya.</translation>
    </message>
    <message>
      <source>{path}: the disk is full; nothing was changed.</source>
      <translation>{path}: disk penuh; tidak ada yang diubah.</translation>
    </message>
    <message>
      <source>{path}: the entry '{entry}' is compressed {ratio}:1, more than the {limit}:1 an ordinary file reaches (a zip bomb); it was not opened.</source>
      <translation>{path}: entri '{entry}' dimampatkan {ratio}:1, lebih dari {limit}:1 yang dicapai berkas biasa (bom zip); berkas tidak dibuka.</translation>
    </message>
    <message>
      <source>{path}: the export was cancelled; no file was written.</source>
      <translation>{path}: ekspor dibatalkan; tidak ada berkas yang ditulis.</translation>
    </message>
    <message>
      <source>{path}: the file cannot be read ({detail}).</source>
      <translation type="vanished">{path}: berkas tidak dapat dibaca ({detail}).</translation>
    </message>
    <message>
      <source>{path}: the file cannot be read.</source>
      <translation>{path}: berkas tidak dapat dibaca.</translation>
    </message>
    <message>
      <source>{path}: the file cannot be written ({detail}); nothing was changed.</source>
      <translation type="vanished">{path}: berkas tidak dapat ditulis ({detail}); tidak ada yang diubah.</translation>
    </message>
    <message>
      <source>{path}: the file cannot be written; nothing was changed.</source>
      <translation>{path}: berkas tidak dapat ditulis; tidak ada yang diubah.</translation>
    </message>
    <message>
      <source>{path}: the file contains no text.</source>
      <translation>{path}: berkas tidak berisi teks.</translation>
    </message>
    <message>
      <source>{path}: the file does not exist.</source>
      <translation>{path}: berkas tidak ada.</translation>
    </message>
    <message>
      <source>{path}: the file holds no sound track.</source>
      <translation>{path}: berkas tidak memiliki trek suara.</translation>
    </message>
    <message>
      <source>{path}: the file is empty (0 bytes); it holds no recording.</source>
      <translation>{path}: berkas kosong (0 bita); tidak berisi rekaman.</translation>
    </message>
    <message>
      <source>{path}: the file is not a JPEG, PNG or TIFF picture (or it is damaged), whatever its name says.</source>
      <translation>{path}: berkas ini bukan gambar JPEG, PNG, atau TIFF (atau rusak), apa pun kata namanya.</translation>
    </message>
    <message>
      <source>{path}: the file is {size_mb} MB, more than the limit of {limit_mb} MB.</source>
      <translation>{path}: ukuran berkas {size_mb} MB, melebihi batas {limit_mb} MB.</translation>
    </message>
    <message>
      <source>{path}: the file or its folder is read-only, so nothing can be saved there. Reading works; to work on it, copy it to a folder you can write to ('telaah copy').</source>
      <translation>{path}: berkas atau foldernya hanya-baca, jadi tidak ada yang dapat disimpan di sana. Membaca tetap bisa; untuk mengerjakannya, salin ke folder yang dapat ditulisi ('telaah copy').</translation>
    </message>
    <message>
      <source>{path}: the folder does not exist; create it first or choose another folder.</source>
      <translation>{path}: folder itu tidak ada; buat dulu foldernya atau pilih folder lain.</translation>
    </message>
    <message>
      <source>{path}: the folder {folder} does not exist; nothing was written.</source>
      <translation>{path}: folder {folder} tidak ada; tidak ada yang ditulis.</translation>
    </message>
    <message>
      <source>{path}: the picture has {megapixels} million pixels, more than the {limit} million Telaah accepts (a possible decompression bomb); scale it down first.</source>
      <translation>{path}: gambar ini berukuran {megapixels} juta piksel, lebih dari {limit} juta yang diterima Telaah (mungkin bom dekompresi); perkecil dulu.</translation>
    </message>
    <message>
      <source>{path}: the project database reported a problem ({detail}); nothing was changed.</source>
      <translation type="vanished">{path}: basis data proyek melaporkan masalah ({detail}); tidak ada yang diubah.</translation>
    </message>
    <message>
      <source>{path}: the project database reported a problem; nothing was changed.</source>
      <translation>{path}: basis data proyek melaporkan masalah; tidak ada yang diubah.</translation>
    </message>
    <message>
      <source>{path}: the project was written by a newer version of Telaah (schema {found}); update Telaah to open it.</source>
      <translation>{path}: proyek ditulis oleh versi Telaah yang lebih baru (skema {found}); perbarui Telaah untuk membukanya.</translation>
    </message>
    <message>
      <source>{path}: the recording is damaged or cut off and cannot be played to its end.</source>
      <translation>{path}: rekaman rusak atau terpotong dan tidak dapat diputar sampai akhir.</translation>
    </message>
    <message>
      <source>{path}: the recording is encoded as '{codec}', which Telaah cannot play; convert it to MP3, M4A or WAV and import it again.</source>
      <translation>{path}: rekaman dikodekan sebagai '{codec}', yang tidak dapat diputar Telaah; ubah ke MP3, M4A, atau WAV, lalu impor ulang.</translation>
    </message>
    <message>
      <source>{path}: the table lacks the column(s) {columns}.</source>
      <translation>{path}: tabel tidak memiliki kolom {columns}.</translation>
    </message>
    <message>
      <source>{path}: the text is neither UTF-8, UTF-16 nor Windows-1252; save it as UTF-8 and import it again.</source>
      <translation>{path}: penyandian teks bukan UTF-8, UTF-16, ataupun Windows-1252; simpan sebagai UTF-8, lalu impor ulang.</translation>
    </message>
    <message>
      <source>{path}: the text of {count} source(s) is missing from the archive: {names}. Nothing was imported; import again with --skip-missing-sources to leave them out.</source>
      <translation>{path}: teks {count} sumber tidak ada di dalam arsip: {names}. Tidak ada yang diimpor; impor ulang dengan --skip-missing-sources untuk melewati sumber tersebut.</translation>
    </message>
    <message>
      <source>{path}: the transcript holds no times to synchronise with the recording; use [hh:mm:ss], #hh:mm:ss-d#, SRT, WebVTT or an oTranscribe export.</source>
      <translation>{path}: transkrip tidak memuat waktu untuk diselaraskan dengan rekaman; gunakan [hh:mm:ss], #hh:mm:ss-d#, SRT, WebVTT, atau ekspor oTranscribe.</translation>
    </message>
    <message>
      <source>{path}: the {kind} GUID {guid} is used twice ('{first}' and '{second}'); nothing was imported.</source>
      <translation>{path}: GUID {kind} {guid} dipakai dua kali ('{first}' dan '{second}'); tidak ada yang diimpor.</translation>
    </message>
    <message>
      <source>{path}: there is no such backup; the project is unchanged.</source>
      <translation>{path}: cadangan itu tidak ada; proyek tidak berubah.</translation>
    </message>
    <message>
      <source>{path}: this Word document was not written by 'telaah review export' (it has no Telaah segment marks); export a review document and send that one to the supervisor.</source>
      <translation>{path}: dokumen Word ini tidak ditulis oleh 'telaah review export' (tidak ada tanda segmen Telaah); ekspor dokumen tinjauan lalu kirimkan dokumen itu kepada pembimbing.</translation>
    </message>
    <message>
      <source>{path}: this file is not a Telaah project (or it is damaged).</source>
      <translation>{path}: berkas ini bukan proyek Telaah (atau sudah rusak).</translation>
    </message>
    <message>
      <source>{path}: this file is not a Telaah project ({detail}).</source>
      <translation type="vanished">{path}: berkas ini bukan proyek Telaah ({detail}).</translation>
    </message>
    <message>
      <source>{path}: this is a folder, not a file.</source>
      <translation>{path}: ini sebuah folder, bukan berkas.</translation>
    </message>
    <message>
      <source>{path}: this is an old Word 97-2003 document (.doc); open it in Word, save it as .docx and import it again.</source>
      <translation>{path}: ini dokumen Word 97-2003 versi lama (.doc); buka di Word, simpan sebagai .docx, lalu impor ulang.</translation>
    </message>
    <message>
      <source>{path}: this is not a REFI-QDA project (.qdpx) archive ({detail}).</source>
      <translation type="vanished">{path}: ini bukan arsip proyek REFI-QDA (.qdpx) ({detail}).</translation>
    </message>
    <message>
      <source>{path}: this is not a REFI-QDA project (.qdpx) archive, or it is damaged.</source>
      <translation>{path}: ini bukan arsip proyek REFI-QDA (.qdpx), atau arsipnya rusak.</translation>
    </message>
    <message>
      <source>{path}: this is not a text file (it contains binary data).</source>
      <translation>{path}: ini bukan berkas teks (berisi data biner).</translation>
    </message>
    <message>
      <source>{path}: this is not an ordinary file (a device, pipe or socket).</source>
      <translation>{path}: ini bukan berkas biasa (melainkan perangkat, pipe, atau socket).</translation>
    </message>
    <message>
      <source>{path}: this review document was exported from another project; import it into that project.</source>
      <translation>{path}: dokumen tinjauan ini diekspor dari proyek lain; impor ke proyek itu.</translation>
    </message>
    <message>
      <source>{path}: you are not allowed to read this file.</source>
      <translation>{path}: Anda tidak berhak membaca berkas ini.</translation>
    </message>
    <message>
      <source>{path}: you are not allowed to write here; nothing was changed.</source>
      <translation>{path}: Anda tidak berhak menulis di sini; tidak ada yang diubah.</translation>
    </message>
    <message>
      <source>{path}: {count} coded selection(s) have positions Telaah cannot use: {not_number} not a number, {reversed} with the start after the end, {outside} outside the text (first: '{selection}' in source '{source}', start {start}, end {end}); nothing was imported.</source>
      <translation>{path}: {count} seleksi berkode memiliki posisi yang tidak dapat dipakai Telaah: {not_number} bukan angka, {reversed} dengan awal sesudah akhir, {outside} di luar teks (yang pertama: '{selection}' di sumber '{source}', awal {start}, akhir {end}); tidak ada yang diimpor.</translation>
    </message>
    <message>
      <source>{path}: {detail}</source>
      <translation>{path}: {detail}</translation>
    </message>
    <message>
      <source>{path}: {element} '{name}' refers to a {kind} that does not exist ({guid}); nothing was imported.</source>
      <translation>{path}: {element} '{name}' merujuk ke {kind} yang tidak ada ({guid}); tidak ada yang diimpor.</translation>
    </message>
    <message>
      <source>{who} changed the {field} of {kind} '{name}' at {when}, after you opened it: theirs is '{theirs}', yours is '{mine}'. Nothing was saved; keep yours, keep theirs or edit.</source>
      <translation>{who} mengubah {field} {kind} '{name}' pada {when}, setelah Anda membukanya: milik mereka '{theirs}', milik Anda '{mine}'. Belum ada yang disimpan; pakai punya Anda, pakai punya mereka, atau sunting.</translation>
    </message>
    <message>
      <source>{who} deleted {kind} '{key}' at {when}; your change to it was not saved.</source>
      <translation>{who} menghapus {kind} '{key}' pada {when}; perubahan Anda padanya tidak disimpan.</translation>
    </message>
  </context>
</TS>
