<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
  <context>
    <name>cli</name>
    <message>
      <source>% agree</source>
      <translation type="unfinished"/>
    </message>
    <message>
      <source>(did not code this source)</source>
      <translation type="unfinished"/>
    </message>
    <message>
      <source>Accepted</source>
      <translation type="unfinished"/>
    </message>
    <message>
      <source>Agreement between {coders}</source>
      <translation type="unfinished"/>
    </message>
    <message>
      <source>All codes</source>
      <translation type="unfinished"/>
    </message>
    <message>
      <source>BP κ</source>
      <translation type="unfinished"/>
    </message>
    <message>
      <source>Both</source>
      <translation type="unfinished"/>
    </message>
    <message>
      <source>Brennan–Prediger kappa</source>
      <translation type="unfinished"/>
    </message>
    <message>
      <source>Built the demo study in {path}: {sources} sources, {segments} coded segments.</source>
      <translation type="unfinished"/>
    </message>
    <message>
      <source>Cleared the judgement of '{code}' ({layout} triangulation).</source>
      <translation type="unfinished"/>
    </message>
    <message>
      <source>Code</source>
      <translation type="unfinished"/>
    </message>
    <message>
      <source>Code co-occurrence</source>
      <translation type="unfinished"/>
    </message>
    <message>
      <source>Code × informant matrix</source>
      <translation type="unfinished"/>
    </message>
    <message>
      <source>Coded by {coder}</source>
      <translation type="unfinished"/>
    </message>
    <message>
      <source>Coded segment {id} stored.</source>
      <translation type="unfinished"/>
    </message>
    <message>
      <source>Coded {count} hit(s) with {code}.</source>
      <translation type="unfinished"/>
    </message>
    <message>
      <source>Cohen κ</source>
      <translation type="unfinished"/>
    </message>
    <message>
      <source>Cohen's kappa</source>
      <translation type="unfinished"/>
    </message>
    <message>
      <source>Comments</source>
      <translation type="unfinished"/>
    </message>
    <message>
      <source>Copied the project to {path}.</source>
      <translation type="unfinished"/>
    </message>
    <message>
      <source>Created project {path}.</source>
      <translation type="unfinished"/>
    </message>
    <message>
      <source>Disagreements: {count}</source>
      <translation type="unfinished"/>
    </message>
    <message>
      <source>Dry run: nothing was changed.</source>
      <translation type="unfinished"/>
    </message>
    <message>
      <source>Exported {sources} source(s), {codes} code(s) and {segments} coded segment(s) to {path}.</source>
      <translation type="unfinished"/>
    </message>
    <message>
      <source>Formulas:</source>
      <translation type="unfinished"/>
    </message>
    <message>
      <source>Imported {count} new code(s) from {path}.</source>
      <translation type="unfinished"/>
    </message>
    <message>
      <source>Imported {count} source(s) into {path}.</source>
      <translation type="unfinished"/>
    </message>
    <message>
      <source>Imported {sources} source(s), {codes} code(s), {segments} coded segment(s), {informants} informant(s) and {memos} memo(s) into {path}.</source>
      <translation type="unfinished"/>
    </message>
    <message>
      <source>Krippendorff's alpha</source>
      <translation type="unfinished"/>
    </message>
    <message>
      <source>Left out {count} item(s) Telaah cannot hold:</source>
      <translation type="unfinished"/>
    </message>
    <message>
      <source>Needs revision</source>
      <translation type="unfinished"/>
    </message>
    <message>
      <source>Neither</source>
      <translation type="unfinished"/>
    </message>
    <message>
      <source>Not reported (—):</source>
      <translation type="unfinished"/>
    </message>
    <message>
      <source>Pending</source>
      <translation type="unfinished"/>
    </message>
    <message>
      <source>Percent agreement</source>
      <translation type="unfinished"/>
    </message>
    <message>
      <source>Recorded '{judgement}' for '{code}' ({layout} triangulation).</source>
      <translation type="unfinished"/>
    </message>
    <message>
      <source>Rejected</source>
      <translation type="unfinished"/>
    </message>
    <message>
      <source>Resolved disagreement {key}: {count} consensus segment(s) written for {coder}.</source>
      <translation type="unfinished"/>
    </message>
    <message>
      <source>Restored {path} from {backup}; the replaced state is kept in {safety}.</source>
      <translation type="unfinished"/>
    </message>
    <message>
      <source>Review summary</source>
      <translation type="unfinished"/>
    </message>
    <message>
      <source>Review summary written to {path}.</source>
      <translation type="unfinished"/>
    </message>
    <message>
      <source>Revised</source>
      <translation type="unfinished"/>
    </message>
    <message>
      <source>Segments that could not be placed keep their coded text and carry a memo; re-place them in the coding view.</source>
      <translation type="unfinished"/>
    </message>
    <message>
      <source>Sources compared ({count}): {titles}</source>
      <translation type="unfinished"/>
    </message>
    <message>
      <source>Sources left out ({count}): {titles}</source>
      <translation type="unfinished"/>
    </message>
    <message>
      <source>The citation names {cited}, but the quote is from {found}.</source>
      <translation type="unfinished"/>
    </message>
    <message>
      <source>Total</source>
      <translation type="unfinished"/>
    </message>
    <message>
      <source>Units</source>
      <translation type="unfinished"/>
    </message>
    <message>
      <source>Verdict stored for segment {id}.</source>
      <translation type="unfinished"/>
    </message>
    <message>
      <source>Written to {path}.</source>
      <translation type="unfinished"/>
    </message>
    <message>
      <source>Wrote the codebook to {path}.</source>
      <translation type="unfinished"/>
    </message>
    <message>
      <source>Wrote the triangulation matrix ({rows} rows) to {path}.</source>
      <translation type="unfinished"/>
    </message>
    <message>
      <source>Wrote {count} excerpt(s) in {sections} section(s) to {path}.</source>
      <translation type="unfinished"/>
    </message>
    <message>
      <source>coded by one side only</source>
      <translation type="unfinished"/>
    </message>
    <message>
      <source>error</source>
      <translation type="unfinished"/>
    </message>
    <message>
      <source>same code, different boundaries</source>
      <translation type="unfinished"/>
    </message>
    <message>
      <source>same text, different code</source>
      <translation type="unfinished"/>
    </message>
    <message>
      <source>{coder} only</source>
      <translation type="unfinished"/>
    </message>
    <message>
      <source>{count} hit(s).</source>
      <translation type="unfinished"/>
    </message>
    <message>
      <source>{source}: {total} segment(s): {unchanged} unchanged, {shifted} shifted, {edited} edited, {moved} moved, {unplaced} could not be placed.</source>
      <translation type="unfinished"/>
    </message>
    <message>
      <source>{total} quotation(s): {exact} exact, {near} near, {not_found} not found, {mismatched} citing another informant.</source>
      <translation type="unfinished"/>
    </message>
    <message>
      <source>α</source>
      <translation type="unfinished"/>
    </message>
  </context>
  <context>
    <name>errors</name>
    <message>
      <source>'{key}' matches several {kind}s: {candidates}. Give the full path.</source>
      <translation type="unfinished"/>
    </message>
    <message>
      <source>'{verdict}' is not on this project's verdict scale: {scale}.</source>
      <translation type="unfinished"/>
    </message>
    <message>
      <source>A '{status}' verdict needs a comment that tells the coder what to change.</source>
      <translation type="unfinished"/>
    </message>
    <message>
      <source>A {kind} named '{name}' already exists here.</source>
      <translation type="unfinished"/>
    </message>
    <message>
      <source>Agreement compares two or more different coders; got: {coders}.</source>
      <translation type="unfinished"/>
    </message>
    <message>
      <source>Invalid {field}: '{value}' ({detail}).</source>
      <translation type="unfinished"/>
    </message>
    <message>
      <source>No {kind} '{key}' in this project.</source>
      <translation type="unfinished"/>
    </message>
    <message>
      <source>Segment [{start}, {end}) does not fit source '{source}', whose text has {length} characters.</source>
      <translation type="unfinished"/>
    </message>
    <message>
      <source>Segment {segment} changed or was deleted since agreement was computed; compute agreement again before resolving this disagreement. Nothing was changed.</source>
      <translation type="unfinished"/>
    </message>
    <message>
      <source>Telaah's shipped data ({what}) is missing; reinstall Telaah or set TELAAH_DATA_DIR.</source>
      <translation type="unfinished"/>
    </message>
    <message>
      <source>The analyst's judgement of '{code}' needs a written rationale.</source>
      <translation type="unfinished"/>
    </message>
    <message>
      <source>The code '{code}' is a category and cannot be applied to text.</source>
      <translation type="unfinished"/>
    </message>
    <message>
      <source>The coders {coders} have coded no source in common, so there is nothing to compare; use --all-sources to compare every source.</source>
      <translation type="unfinished"/>
    </message>
    <message>
      <source>The operation was cancelled; nothing was changed.</source>
      <translation type="unfinished"/>
    </message>
    <message>
      <source>The regular expression '{pattern}' is not valid ({detail}).</source>
      <translation type="unfinished"/>
    </message>
    <message>
      <source>The text of source '{source}' changed since the search; search again before coding the hits.</source>
      <translation type="unfinished"/>
    </message>
    <message>
      <source>The verdict '{verdict}' differs from the suggested '{suggested}'; write the reason for the override.</source>
      <translation type="unfinished"/>
    </message>
    <message>
      <source>{actor} cannot change or delete segment {segment}: it was coded by {owner}. Comment in its review thread instead.</source>
      <translation type="unfinished"/>
    </message>
    <message>
      <source>{actor} is not a supervisor, so cannot give review verdicts.</source>
      <translation type="unfinished"/>
    </message>
    <message>
      <source>{detail}</source>
      <translation type="unfinished"/>
    </message>
    <message>
      <source>{path} is open in Telaah by {user} on {host} (since {since}). Open it read-only, or close it there first.</source>
      <translation type="unfinished"/>
    </message>
    <message>
      <source>{path} is open read-only; nothing can be changed in it now.</source>
      <translation type="unfinished"/>
    </message>
    <message>
      <source>{path}, row {row}: the quote occurs {count} times in source '{source}'; make it longer so it is unique: {quote}</source>
      <translation type="unfinished"/>
    </message>
    <message>
      <source>{path}, row {row}: the quote was not found in source '{source}': {quote}</source>
      <translation type="unfinished"/>
    </message>
    <message>
      <source>{path}, row {row}: {detail}</source>
      <translation type="unfinished"/>
    </message>
    <message>
      <source>{path}: '{encoding}' is not a text encoding Telaah knows; choose another one.</source>
      <translation type="unfinished"/>
    </message>
    <message>
      <source>{path}: Telaah cannot write '{suffix}' files here; use {allowed}.</source>
      <translation type="unfinished"/>
    </message>
    <message>
      <source>{path}: Telaah produced a file that does not follow the REFI-QDA schema ({detail}); nothing was written. Please report this problem.</source>
      <translation type="unfinished"/>
    </message>
    <message>
      <source>{path}: a file of that name already exists; choose another name.</source>
      <translation type="unfinished"/>
    </message>
    <message>
      <source>{path}: files of type '{suffix}' cannot be imported; use .txt or .docx.</source>
      <translation type="unfinished"/>
    </message>
    <message>
      <source>{path}: line {line} is {length} characters long, more than the {limit} a paragraph may have; split the text into paragraphs and import it again.</source>
      <translation type="unfinished"/>
    </message>
    <message>
      <source>{path}: macro-enabled documents are not imported; save it as a plain .docx and import it again.</source>
      <translation type="unfinished"/>
    </message>
    <message>
      <source>{path}: no such project; create it with 'telaah new'.</source>
      <translation type="unfinished"/>
    </message>
    <message>
      <source>{path}: not a usable codebook ({detail}).</source>
      <translation type="unfinished"/>
    </message>
    <message>
      <source>{path}: parts of the text are UTF-8 and parts are in another encoding; open it in a text editor, save it as UTF-8 and import it again.</source>
      <translation type="unfinished"/>
    </message>
    <message>
      <source>{path}: the Word document is damaged or not a .docx file ({detail}).</source>
      <translation type="unfinished"/>
    </message>
    <message>
      <source>{path}: the Word document is password-protected; remove the password in Word and import it again.</source>
      <translation type="unfinished"/>
    </message>
    <message>
      <source>{path}: the XML declares a DOCTYPE or entities, which Telaah never processes; it was not opened.</source>
      <translation type="unfinished"/>
    </message>
    <message>
      <source>{path}: the XML is not valid ({detail}).</source>
      <translation type="unfinished"/>
    </message>
    <message>
      <source>{path}: the archive contains an unsafe entry '{entry}'; it was not opened.</source>
      <translation type="unfinished"/>
    </message>
    <message>
      <source>{path}: the archive holds {count} entries, more than the limit of {limit}; it was not opened.</source>
      <translation type="unfinished"/>
    </message>
    <message>
      <source>{path}: the archive would expand to more than {limit_mb} MB; it was not opened.</source>
      <translation type="unfinished"/>
    </message>
    <message>
      <source>{path}: the backup could not be made or restored ({detail}); the project is unchanged.</source>
      <translation type="unfinished"/>
    </message>
    <message>
      <source>{path}: the coded selection '{selection}' [{start}, {end}) lies outside the text of source '{source}' ({length} characters); nothing was imported.</source>
      <translation type="unfinished"/>
    </message>
    <message>
      <source>{path}: the database server cannot be reached or refused the login ({detail}).</source>
      <translation type="unfinished"/>
    </message>
    <message>
      <source>{path}: the export was cancelled; no file was written.</source>
      <translation type="unfinished"/>
    </message>
    <message>
      <source>{path}: the file cannot be read ({detail}).</source>
      <translation type="unfinished"/>
    </message>
    <message>
      <source>{path}: the file cannot be written ({detail}); nothing was changed.</source>
      <translation type="unfinished"/>
    </message>
    <message>
      <source>{path}: the file contains no text.</source>
      <translation type="unfinished"/>
    </message>
    <message>
      <source>{path}: the file does not exist.</source>
      <translation type="unfinished"/>
    </message>
    <message>
      <source>{path}: the file is {size_mb} MB, more than the limit of {limit_mb} MB.</source>
      <translation type="unfinished"/>
    </message>
    <message>
      <source>{path}: the project database reported a problem ({detail}); nothing was changed.</source>
      <translation type="unfinished"/>
    </message>
    <message>
      <source>{path}: the project was written by a newer version of Telaah (schema {found}); update Telaah to open it.</source>
      <translation type="unfinished"/>
    </message>
    <message>
      <source>{path}: the table lacks the column(s) {columns}.</source>
      <translation type="unfinished"/>
    </message>
    <message>
      <source>{path}: the text is neither UTF-8, UTF-16 nor Windows-1252; save it as UTF-8 and import it again.</source>
      <translation type="unfinished"/>
    </message>
    <message>
      <source>{path}: the text of {count} source(s) is missing from the archive: {names}. Nothing was imported; import again with --skip-missing-sources to leave them out.</source>
      <translation type="unfinished"/>
    </message>
    <message>
      <source>{path}: this file is not a Telaah project ({detail}).</source>
      <translation type="unfinished"/>
    </message>
    <message>
      <source>{path}: this is an old Word 97-2003 document (.doc); open it in Word, save it as .docx and import it again.</source>
      <translation type="unfinished"/>
    </message>
    <message>
      <source>{path}: this is not a REFI-QDA project (.qdpx) archive ({detail}).</source>
      <translation type="unfinished"/>
    </message>
    <message>
      <source>{path}: this is not a text file (it contains binary data).</source>
      <translation type="unfinished"/>
    </message>
    <message>
      <source>{path}: {detail}</source>
      <translation type="unfinished"/>
    </message>
    <message>
      <source>{path}: {element} '{name}' refers to a {kind} that does not exist ({guid}); nothing was imported.</source>
      <translation type="unfinished"/>
    </message>
  </context>
  <context>
    <name>CodeApplier</name>
    <message>
      <source>Select a passage in the transcript first.</source>
      <translation>Pilih dulu satu bagian teks di transkrip.</translation>
    </message>
    <message>
      <source>“{code}” is a category; apply one of its codes.</source>
      <translation>“{code}” adalah kategori; terapkan salah satu kodenya.</translation>
    </message>
    <message>
      <source>Segment saved: {code} [{start}–{end}]</source>
      <translation>Segmen disimpan: {code} [{start}–{end}]</translation>
    </message>
  </context>
  <context>
    <name>CodeTreeModel</name>
    <message>
      <source>Code</source>
      <translation>Kode</translation>
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
      <source>A category: apply one of its codes.</source>
      <translation>Kategori: terapkan salah satu kodenya.</translation>
    </message>
    <message>
      <source>Shortcut key: {key}</source>
      <translation>Tombol pintas: {key}</translation>
    </message>
    <message>
      <source>Definition</source>
      <translation>Definisi</translation>
    </message>
    <message>
      <source>Use when</source>
      <translation>Gunakan jika</translation>
    </message>
    <message>
      <source>Do not use when</source>
      <translation>Jangan gunakan jika</translation>
    </message>
    <message>
      <source>Example</source>
      <translation>Contoh</translation>
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
    <name>ErrorMessages</name>
    <message>
      <source>Telaah — problem</source>
      <translation>Telaah — masalah</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>&amp;File</source>
      <translation>&amp;Berkas</translation>
    </message>
    <message>
      <source>&amp;Open project…</source>
      <translation>&amp;Buka proyek…</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>&amp;Keluar</translation>
    </message>
    <message>
      <source>Open project</source>
      <translation>Buka proyek</translation>
    </message>
    <message>
      <source>Telaah projects (*.telaah);;All files (*)</source>
      <translation>Proyek Telaah (*.telaah);;Semua berkas (*)</translation>
    </message>
    <message>
      <source>Coder: {name}</source>
      <translation>Pengode: {name}</translation>
    </message>
  </context>
  <context>
    <name>SourceTreeModel</name>
    <message>
      <source>Interviews</source>
      <translation>Wawancara</translation>
    </message>
    <message>
      <source>Observation</source>
      <translation>Observasi</translation>
    </message>
    <message>
      <source>Documentation</source>
      <translation>Dokumentasi</translation>
    </message>
    <message>
      <source>Source</source>
      <translation>Sumber</translation>
    </message>
    <message>
      <source>Segments</source>
      <translation>Segmen</translation>
    </message>
    <message>
      <source>No informant</source>
      <translation>Tanpa informan</translation>
    </message>
    <message>
      <source>File: {name}</source>
      <translation>Berkas: {name}</translation>
    </message>
    <message>
      <source>Date: {date}</source>
      <translation>Tanggal: {date}</translation>
    </message>
    <message>
      <source>{count} words</source>
      <translation>{count} kata</translation>
    </message>
    <message>
      <source>{count} coded segments</source>
      <translation>{count} segmen berkode</translation>
    </message>
  </context>
  <context>
    <name>TranscriptPanel</name>
    <message>
      <source>Interview</source>
      <translation>Wawancara</translation>
    </message>
    <message>
      <source>Observation</source>
      <translation>Observasi</translation>
    </message>
    <message>
      <source>Documentation</source>
      <translation>Dokumentasi</translation>
    </message>
    <message>
      <source>{count} words</source>
      <translation>{count} kata</translation>
    </message>
    <message>
      <source>{count} coded segments</source>
      <translation>{count} segmen berkode</translation>
    </message>
    <message>
      <source>No source open</source>
      <translation>Belum ada sumber yang dibuka</translation>
    </message>
  </context>
  <context>
    <name>TranscriptView</name>
    <message>
      <source>Choose a source on the left to read and code it.</source>
      <translation>Pilih sumber di sebelah kiri untuk membaca dan mengodenya.</translation>
    </message>
    <message>
      <source>Select a passage to apply a code</source>
      <translation>Pilih satu bagian teks untuk menerapkan kode</translation>
    </message>
    <message>
      <source>Copy</source>
      <translation>Salin</translation>
    </message>
    <message>
      <source>Select all</source>
      <translation>Pilih semua</translation>
    </message>
  </context>
  <context>
    <name>WelcomePanel</name>
    <message>
      <source>Welcome to Telaah</source>
      <translation>Selamat datang di Telaah</translation>
    </message>
    <message>
      <source>Telaah helps you code interview transcripts, observation notes and documents against a codebook, and compare coders.</source>
      <translation>Telaah membantu Anda mengode transkrip wawancara, catatan observasi, dan dokumen berdasarkan buku kode, serta membandingkan hasil para pengode.</translation>
    </message>
    <message>
      <source>Open project…</source>
      <translation>Buka proyek…</translation>
    </message>
    <message>
      <source>To try Telaah with the sample study, run this command in a terminal:</source>
      <translation>Untuk mencoba Telaah dengan studi contoh, jalankan perintah ini di terminal:</translation>
    </message>
    <message>
      <source>Then open demo.telaah here, or start Telaah with {command} to open the sample study directly.</source>
      <translation>Lalu buka demo.telaah di sini, atau jalankan Telaah dengan {command} untuk langsung membuka studi contoh.</translation>
    </message>
  </context>
</TS>
