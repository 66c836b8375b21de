<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
  <context>
    <name>cli</name>
    <message>
      <source>% agree</source>
      <translation>% agree</translation>
    </message>
    <message>
      <source>(did not code this source)</source>
      <translation>(did not code this source)</translation>
    </message>
    <message>
      <source>Accepted</source>
      <translation>Accepted</translation>
    </message>
    <message>
      <source>Agreement between {coders}</source>
      <translation>Agreement between {coders}</translation>
    </message>
    <message>
      <source>All codes</source>
      <translation>All codes</translation>
    </message>
    <message>
      <source>BP κ</source>
      <translation>BP κ</translation>
    </message>
    <message>
      <source>Both</source>
      <translation>Both</translation>
    </message>
    <message>
      <source>Brennan–Prediger kappa</source>
      <translation>Brennan–Prediger kappa</translation>
    </message>
    <message>
      <source>Built the demo study in {path}: {sources} sources, {segments} coded segments.</source>
      <translation>Built the demo study in {path}: {sources} sources, {segments} coded segments.</translation>
    </message>
    <message>
      <source>Cleared the judgement of '{code}' ({layout} triangulation).</source>
      <translation>Cleared the judgement of '{code}' ({layout} triangulation).</translation>
    </message>
    <message>
      <source>Code</source>
      <translation>Code</translation>
    </message>
    <message>
      <source>Code co-occurrence</source>
      <translation>Code co-occurrence</translation>
    </message>
    <message>
      <source>Code × informant matrix</source>
      <translation>Code × informant matrix</translation>
    </message>
    <message>
      <source>Coded by {coder}</source>
      <translation>Coded by {coder}</translation>
    </message>
    <message>
      <source>Coded segment {id} stored.</source>
      <translation>Coded segment {id} stored.</translation>
    </message>
    <message>
      <source>Coded {count} hit(s) with {code}.</source>
      <translation>Coded {count} hit(s) with {code}.</translation>
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
      <translation>Comments</translation>
    </message>
    <message>
      <source>Copied the project to {path}.</source>
      <translation>Copied the project to {path}.</translation>
    </message>
    <message>
      <source>Created project {path}.</source>
      <translation>Created project {path}.</translation>
    </message>
    <message>
      <source>Disagreements: {count}</source>
      <translation>Disagreements: {count}</translation>
    </message>
    <message>
      <source>Dry run: nothing was changed.</source>
      <translation>Dry run: nothing was changed.</translation>
    </message>
    <message>
      <source>Exported {sources} source(s), {codes} code(s) and {segments} coded segment(s) to {path}.</source>
      <translation>Exported {sources} source(s), {codes} code(s) and {segments} coded segment(s) to {path}.</translation>
    </message>
    <message>
      <source>Formulas:</source>
      <translation>Formulas:</translation>
    </message>
    <message>
      <source>Imported {count} new code(s) from {path}.</source>
      <translation>Imported {count} new code(s) from {path}.</translation>
    </message>
    <message>
      <source>Imported {count} source(s) into {path}.</source>
      <translation>Imported {count} source(s) into {path}.</translation>
    </message>
    <message>
      <source>Imported {sources} source(s), {codes} code(s), {segments} coded segment(s), {informants} informant(s) and {memos} memo(s) into {path}.</source>
      <translation>Imported {sources} source(s), {codes} code(s), {segments} coded segment(s), {informants} informant(s) and {memos} memo(s) into {path}.</translation>
    </message>
    <message>
      <source>Krippendorff's alpha</source>
      <translation>Krippendorff's alpha</translation>
    </message>
    <message>
      <source>Left out {count} item(s) Telaah cannot hold:</source>
      <translation>Left out {count} item(s) Telaah cannot hold:</translation>
    </message>
    <message>
      <source>Needs revision</source>
      <translation>Needs revision</translation>
    </message>
    <message>
      <source>Neither</source>
      <translation>Neither</translation>
    </message>
    <message>
      <source>Not reported (—):</source>
      <translation>Not reported (—):</translation>
    </message>
    <message>
      <source>Pending</source>
      <translation>Pending</translation>
    </message>
    <message>
      <source>Percent agreement</source>
      <translation>Percent agreement</translation>
    </message>
    <message>
      <source>Recorded '{judgement}' for '{code}' ({layout} triangulation).</source>
      <translation>Recorded '{judgement}' for '{code}' ({layout} triangulation).</translation>
    </message>
    <message>
      <source>Rejected</source>
      <translation>Rejected</translation>
    </message>
    <message>
      <source>Resolved disagreement {key}: {count} consensus segment(s) written for {coder}.</source>
      <translation>Resolved disagreement {key}: {count} consensus segment(s) written for {coder}.</translation>
    </message>
    <message>
      <source>Restored {path} from {backup}; the replaced state is kept in {safety}.</source>
      <translation>Restored {path} from {backup}; the replaced state is kept in {safety}.</translation>
    </message>
    <message>
      <source>Review summary</source>
      <translation>Review summary</translation>
    </message>
    <message>
      <source>Review summary written to {path}.</source>
      <translation>Review summary written to {path}.</translation>
    </message>
    <message>
      <source>Revised</source>
      <translation>Revised</translation>
    </message>
    <message>
      <source>Segments that could not be placed keep their coded text and carry a memo; re-place them in the coding view.</source>
      <translation>Segments that could not be placed keep their coded text and carry a memo; re-place them in the coding view.</translation>
    </message>
    <message>
      <source>Sources compared ({count}): {titles}</source>
      <translation>Sources compared ({count}): {titles}</translation>
    </message>
    <message>
      <source>Sources left out ({count}): {titles}</source>
      <translation>Sources left out ({count}): {titles}</translation>
    </message>
    <message>
      <source>The citation names {cited}, but the quote is from {found}.</source>
      <translation>The citation names {cited}, but the quote is from {found}.</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>Total</translation>
    </message>
    <message>
      <source>Units</source>
      <translation>Units</translation>
    </message>
    <message>
      <source>Verdict stored for segment {id}.</source>
      <translation>Verdict stored for segment {id}.</translation>
    </message>
    <message>
      <source>Written to {path}.</source>
      <translation>Written to {path}.</translation>
    </message>
    <message>
      <source>Wrote the codebook to {path}.</source>
      <translation>Wrote the codebook to {path}.</translation>
    </message>
    <message>
      <source>Wrote the triangulation matrix ({rows} rows) to {path}.</source>
      <translation>Wrote the triangulation matrix ({rows} rows) to {path}.</translation>
    </message>
    <message>
      <source>Wrote {count} excerpt(s) in {sections} section(s) to {path}.</source>
      <translation>Wrote {count} excerpt(s) in {sections} section(s) to {path}.</translation>
    </message>
    <message>
      <source>coded by one side only</source>
      <translation>coded by one side only</translation>
    </message>
    <message>
      <source>error</source>
      <translation>error</translation>
    </message>
    <message>
      <source>same code, different boundaries</source>
      <translation>same code, different boundaries</translation>
    </message>
    <message>
      <source>same text, different code</source>
      <translation>same text, different code</translation>
    </message>
    <message>
      <source>{coder} only</source>
      <translation>{coder} only</translation>
    </message>
    <message>
      <source>{count} hit(s).</source>
      <translation>{count} hit(s).</translation>
    </message>
    <message>
      <source>{source}: {total} segment(s): {unchanged} unchanged, {shifted} shifted, {edited} edited, {moved} moved, {unplaced} could not be placed.</source>
      <translation>{source}: {total} segment(s): {unchanged} unchanged, {shifted} shifted, {edited} edited, {moved} moved, {unplaced} could not be placed.</translation>
    </message>
    <message>
      <source>{total} quotation(s): {exact} exact, {near} near, {not_found} not found, {mismatched} citing another informant.</source>
      <translation>{total} quotation(s): {exact} exact, {near} near, {not_found} not found, {mismatched} citing another informant.</translation>
    </message>
    <message>
      <source>α</source>
      <translation>α</translation>
    </message>
  </context>
  <context>
    <name>errors</name>
    <message>
      <source>'{key}' matches several {kind}s: {candidates}. Give the full path.</source>
      <translation>'{key}' matches several {kind}s: {candidates}. Give the full path.</translation>
    </message>
    <message>
      <source>'{verdict}' is not on this project's verdict scale: {scale}.</source>
      <translation>'{verdict}' is not on this project's verdict scale: {scale}.</translation>
    </message>
    <message>
      <source>A '{status}' verdict needs a comment that tells the coder what to change.</source>
      <translation>A '{status}' verdict needs a comment that tells the coder what to change.</translation>
    </message>
    <message>
      <source>A {kind} named '{name}' already exists here.</source>
      <translation>A {kind} named '{name}' already exists here.</translation>
    </message>
    <message>
      <source>Agreement compares two or more different coders; got: {coders}.</source>
      <translation>Agreement compares two or more different coders; got: {coders}.</translation>
    </message>
    <message>
      <source>Invalid {field}: '{value}' ({detail}).</source>
      <translation>Invalid {field}: '{value}' ({detail}).</translation>
    </message>
    <message>
      <source>No {kind} '{key}' in this project.</source>
      <translation>No {kind} '{key}' in this project.</translation>
    </message>
    <message>
      <source>Segment [{start}, {end}) does not fit source '{source}', whose text has {length} characters.</source>
      <translation>Segment [{start}, {end}) does not fit source '{source}', whose text has {length} characters.</translation>
    </message>
    <message>
      <source>Segment {segment} changed or was deleted since agreement was computed; compute agreement again before resolving this disagreement. Nothing was changed.</source>
      <translation>Segment {segment} changed or was deleted since agreement was computed; compute agreement again before resolving this disagreement. Nothing was changed.</translation>
    </message>
    <message>
      <source>Telaah's shipped data ({what}) is missing; reinstall Telaah or set TELAAH_DATA_DIR.</source>
      <translation>Telaah's shipped data ({what}) is missing; reinstall Telaah or set TELAAH_DATA_DIR.</translation>
    </message>
    <message>
      <source>The analyst's judgement of '{code}' needs a written rationale.</source>
      <translation>The analyst's judgement of '{code}' needs a written rationale.</translation>
    </message>
    <message>
      <source>The code '{code}' is a category and cannot be applied to text.</source>
      <translation>The code '{code}' is a category and cannot be applied to text.</translation>
    </message>
    <message>
      <source>The coders {coders} have coded no source in common, so there is nothing to compare; use --all-sources to compare every source.</source>
      <translation>The coders {coders} have coded no source in common, so there is nothing to compare; use --all-sources to compare every source.</translation>
    </message>
    <message>
      <source>The operation was cancelled; nothing was changed.</source>
      <translation>The operation was cancelled; nothing was changed.</translation>
    </message>
    <message>
      <source>The regular expression '{pattern}' is not valid ({detail}).</source>
      <translation>The regular expression '{pattern}' is not valid ({detail}).</translation>
    </message>
    <message>
      <source>The text of source '{source}' changed since the search; search again before coding the hits.</source>
      <translation>The text of source '{source}' changed since the search; search again before coding the hits.</translation>
    </message>
    <message>
      <source>The verdict '{verdict}' differs from the suggested '{suggested}'; write the reason for the override.</source>
      <translation>The verdict '{verdict}' differs from the suggested '{suggested}'; write the reason for the override.</translation>
    </message>
    <message>
      <source>{actor} cannot change or delete segment {segment}: it was coded by {owner}. Comment in its review thread instead.</source>
      <translation>{actor} cannot change or delete segment {segment}: it was coded by {owner}. Comment in its review thread instead.</translation>
    </message>
    <message>
      <source>{actor} is not a supervisor, so cannot give review verdicts.</source>
      <translation>{actor} is not a supervisor, so cannot give review verdicts.</translation>
    </message>
    <message>
      <source>{detail}</source>
      <translation>{detail}</translation>
    </message>
    <message>
      <source>{path} is open in Telaah by {user} on {host} (since {since}). Open it read-only, or close it there first.</source>
      <translation>{path} is open in Telaah by {user} on {host} (since {since}). Open it read-only, or close it there first.</translation>
    </message>
    <message>
      <source>{path} is open read-only; nothing can be changed in it now.</source>
      <translation>{path} is open read-only; nothing can be changed in it now.</translation>
    </message>
    <message>
      <source>{path}, row {row}: the quote occurs {count} times in source '{source}'; make it longer so it is unique: {quote}</source>
      <translation>{path}, row {row}: the quote occurs {count} times in source '{source}'; make it longer so it is unique: {quote}</translation>
    </message>
    <message>
      <source>{path}, row {row}: the quote was not found in source '{source}': {quote}</source>
      <translation>{path}, row {row}: the quote was not found in source '{source}': {quote}</translation>
    </message>
    <message>
      <source>{path}, row {row}: {detail}</source>
      <translation>{path}, row {row}: {detail}</translation>
    </message>
    <message>
      <source>{path}: '{encoding}' is not a text encoding Telaah knows; choose another one.</source>
      <translation>{path}: '{encoding}' is not a text encoding Telaah knows; choose another one.</translation>
    </message>
    <message>
      <source>{path}: Telaah cannot write '{suffix}' files here; use {allowed}.</source>
      <translation>{path}: Telaah cannot write '{suffix}' files here; use {allowed}.</translation>
    </message>
    <message>
      <source>{path}: Telaah produced a file that does not follow the REFI-QDA schema ({detail}); nothing was written. Please report this problem.</source>
      <translation>{path}: Telaah produced a file that does not follow the REFI-QDA schema ({detail}); nothing was written. Please report this problem.</translation>
    </message>
    <message>
      <source>{path}: a file of that name already exists; choose another name.</source>
      <translation>{path}: a file of that name already exists; choose another name.</translation>
    </message>
    <message>
      <source>{path}: files of type '{suffix}' cannot be imported; use .txt or .docx.</source>
      <translation>{path}: files of type '{suffix}' cannot be imported; use .txt or .docx.</translation>
    </message>
    <message>
      <source>{path}: line {line} is {length} characters long, more than the {limit} a paragraph may have; split the text into paragraphs and import it again.</source>
      <translation>{path}: line {line} is {length} characters long, more than the {limit} a paragraph may have; split the text into paragraphs and import it again.</translation>
    </message>
    <message>
      <source>{path}: macro-enabled documents are not imported; save it as a plain .docx and import it again.</source>
      <translation>{path}: macro-enabled documents are not imported; save it as a plain .docx and import it again.</translation>
    </message>
    <message>
      <source>{path}: no such project; create it with 'telaah new'.</source>
      <translation>{path}: no such project; create it with 'telaah new'.</translation>
    </message>
    <message>
      <source>{path}: not a usable codebook ({detail}).</source>
      <translation>{path}: not a usable codebook ({detail}).</translation>
    </message>
    <message>
      <source>{path}: parts of the text are UTF-8 and parts are in another encoding; open it in a text editor, save it as UTF-8 and import it again.</source>
      <translation>{path}: parts of the text are UTF-8 and parts are in another encoding; open it in a text editor, save it as UTF-8 and import it again.</translation>
    </message>
    <message>
      <source>{path}: the Word document is damaged or not a .docx file ({detail}).</source>
      <translation>{path}: the Word document is damaged or not a .docx file ({detail}).</translation>
    </message>
    <message>
      <source>{path}: the Word document is password-protected; remove the password in Word and import it again.</source>
      <translation>{path}: the Word document is password-protected; remove the password in Word and import it again.</translation>
    </message>
    <message>
      <source>{path}: the XML declares a DOCTYPE or entities, which Telaah never processes; it was not opened.</source>
      <translation>{path}: the XML declares a DOCTYPE or entities, which Telaah never processes; it was not opened.</translation>
    </message>
    <message>
      <source>{path}: the XML is not valid ({detail}).</source>
      <translation>{path}: the XML is not valid ({detail}).</translation>
    </message>
    <message>
      <source>{path}: the archive contains an unsafe entry '{entry}'; it was not opened.</source>
      <translation>{path}: the archive contains an unsafe entry '{entry}'; it was not opened.</translation>
    </message>
    <message>
      <source>{path}: the archive holds {count} entries, more than the limit of {limit}; it was not opened.</source>
      <translation>{path}: the archive holds {count} entries, more than the limit of {limit}; it was not opened.</translation>
    </message>
    <message>
      <source>{path}: the archive would expand to more than {limit_mb} MB; it was not opened.</source>
      <translation>{path}: the archive would expand to more than {limit_mb} MB; it was not opened.</translation>
    </message>
    <message>
      <source>{path}: the backup could not be made or restored ({detail}); the project is unchanged.</source>
      <translation>{path}: the backup could not be made or restored ({detail}); the project is unchanged.</translation>
    </message>
    <message>
      <source>{path}: the coded selection '{selection}' [{start}, {end}) lies outside the text of source '{source}' ({length} characters); nothing was imported.</source>
      <translation>{path}: the coded selection '{selection}' [{start}, {end}) lies outside the text of source '{source}' ({length} characters); nothing was imported.</translation>
    </message>
    <message>
      <source>{path}: the database server cannot be reached or refused the login ({detail}).</source>
      <translation>{path}: the database server cannot be reached or refused the login ({detail}).</translation>
    </message>
    <message>
      <source>{path}: the export was cancelled; no file was written.</source>
      <translation>{path}: the export was cancelled; no file was written.</translation>
    </message>
    <message>
      <source>{path}: the file cannot be read ({detail}).</source>
      <translation>{path}: the file cannot be read ({detail}).</translation>
    </message>
    <message>
      <source>{path}: the file cannot be written ({detail}); nothing was changed.</source>
      <translation>{path}: the file cannot be written ({detail}); nothing was changed.</translation>
    </message>
    <message>
      <source>{path}: the file contains no text.</source>
      <translation>{path}: the file contains no text.</translation>
    </message>
    <message>
      <source>{path}: the file does not exist.</source>
      <translation>{path}: the file does not exist.</translation>
    </message>
    <message>
      <source>{path}: the file is {size_mb} MB, more than the limit of {limit_mb} MB.</source>
      <translation>{path}: the file is {size_mb} MB, more than the limit of {limit_mb} MB.</translation>
    </message>
    <message>
      <source>{path}: the project database reported a problem ({detail}); nothing was changed.</source>
      <translation>{path}: the project database reported a problem ({detail}); nothing was changed.</translation>
    </message>
    <message>
      <source>{path}: the project was written by a newer version of Telaah (schema {found}); update Telaah to open it.</source>
      <translation>{path}: the project was written by a newer version of Telaah (schema {found}); update Telaah to open it.</translation>
    </message>
    <message>
      <source>{path}: the table lacks the column(s) {columns}.</source>
      <translation>{path}: the table lacks the column(s) {columns}.</translation>
    </message>
    <message>
      <source>{path}: the text is neither UTF-8, UTF-16 nor Windows-1252; save it as UTF-8 and import it again.</source>
      <translation>{path}: the text is neither UTF-8, UTF-16 nor Windows-1252; save it as UTF-8 and import it again.</translation>
    </message>
    <message>
      <source>{path}: the text of {count} source(s) is missing from the archive: {names}. Nothing was imported; import again with --skip-missing-sources to leave them out.</source>
      <translation>{path}: the text of {count} source(s) is missing from the archive: {names}. Nothing was imported; import again with --skip-missing-sources to leave them out.</translation>
    </message>
    <message>
      <source>{path}: this file is not a Telaah project ({detail}).</source>
      <translation>{path}: this file is not a Telaah project ({detail}).</translation>
    </message>
    <message>
      <source>{path}: this is an old Word 97-2003 document (.doc); open it in Word, save it as .docx and import it again.</source>
      <translation>{path}: this is an old Word 97-2003 document (.doc); open it in Word, save it as .docx and import it again.</translation>
    </message>
    <message>
      <source>{path}: this is not a REFI-QDA project (.qdpx) archive ({detail}).</source>
      <translation>{path}: this is not a REFI-QDA project (.qdpx) archive ({detail}).</translation>
    </message>
    <message>
      <source>{path}: this is not a text file (it contains binary data).</source>
      <translation>{path}: this is not a text file (it contains binary data).</translation>
    </message>
    <message>
      <source>{path}: {detail}</source>
      <translation>{path}: {detail}</translation>
    </message>
    <message>
      <source>{path}: {element} '{name}' refers to a {kind} that does not exist ({guid}); nothing was imported.</source>
      <translation>{path}: {element} '{name}' refers to a {kind} that does not exist ({guid}); nothing was imported.</translation>
    </message>
  </context>
  <context>
    <name>CodeApplier</name>
    <message>
      <source>Select a passage in the transcript first.</source>
      <translation>Select a passage in the transcript first.</translation>
    </message>
    <message>
      <source>“{code}” is a category; apply one of its codes.</source>
      <translation>“{code}” is a category; apply one of its codes.</translation>
    </message>
    <message>
      <source>Segment saved: {code} [{start}–{end}]</source>
      <translation>Segment saved: {code} [{start}–{end}]</translation>
    </message>
  </context>
  <context>
    <name>CodeTreeModel</name>
    <message>
      <source>Code</source>
      <translation>Code</translation>
    </message>
    <message>
      <source>Key</source>
      <translation>Key</translation>
    </message>
    <message>
      <source>Segments</source>
      <translation>Segments</translation>
    </message>
    <message>
      <source>A category: apply one of its codes.</source>
      <translation>A category: apply one of its codes.</translation>
    </message>
    <message>
      <source>Shortcut key: {key}</source>
      <translation>Shortcut key: {key}</translation>
    </message>
    <message>
      <source>Definition</source>
      <translation>Definition</translation>
    </message>
    <message>
      <source>Use when</source>
      <translation>Use when</translation>
    </message>
    <message>
      <source>Do not use when</source>
      <translation>Do not use when</translation>
    </message>
    <message>
      <source>Example</source>
      <translation>Example</translation>
    </message>
  </context>
  <context>
    <name>CodebookPanel</name>
    <message>
      <source>Select a passage in the transcript, then double-click a code or press its key.</source>
      <translation>Select a passage in the transcript, then double-click a code or press its key.</translation>
    </message>
  </context>
  <context>
    <name>ErrorMessages</name>
    <message>
      <source>Telaah — problem</source>
      <translation>Telaah — problem</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>&amp;File</source>
      <translation>&amp;File</translation>
    </message>
    <message>
      <source>&amp;Open project…</source>
      <translation>&amp;Open project…</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>&amp;Quit</translation>
    </message>
    <message>
      <source>Open project</source>
      <translation>Open project</translation>
    </message>
    <message>
      <source>Telaah projects (*.telaah);;All files (*)</source>
      <translation>Telaah projects (*.telaah);;All files (*)</translation>
    </message>
    <message>
      <source>Coder: {name}</source>
      <translation>Coder: {name}</translation>
    </message>
  </context>
  <context>
    <name>SourceTreeModel</name>
    <message>
      <source>Interviews</source>
      <translation>Interviews</translation>
    </message>
    <message>
      <source>Observation</source>
      <translation>Observation</translation>
    </message>
    <message>
      <source>Documentation</source>
      <translation>Documentation</translation>
    </message>
    <message>
      <source>Source</source>
      <translation>Source</translation>
    </message>
    <message>
      <source>Segments</source>
      <translation>Segments</translation>
    </message>
    <message>
      <source>No informant</source>
      <translation>No informant</translation>
    </message>
    <message>
      <source>File: {name}</source>
      <translation>File: {name}</translation>
    </message>
    <message>
      <source>Date: {date}</source>
      <translation>Date: {date}</translation>
    </message>
    <message>
      <source>{count} words</source>
      <translation>{count} words</translation>
    </message>
    <message>
      <source>{count} coded segments</source>
      <translation>{count} coded segments</translation>
    </message>
  </context>
  <context>
    <name>TranscriptPanel</name>
    <message>
      <source>Interview</source>
      <translation>Interview</translation>
    </message>
    <message>
      <source>Observation</source>
      <translation>Observation</translation>
    </message>
    <message>
      <source>Documentation</source>
      <translation>Documentation</translation>
    </message>
    <message>
      <source>{count} words</source>
      <translation>{count} words</translation>
    </message>
    <message>
      <source>{count} coded segments</source>
      <translation>{count} coded segments</translation>
    </message>
    <message>
      <source>No source open</source>
      <translation>No source open</translation>
    </message>
  </context>
  <context>
    <name>TranscriptView</name>
    <message>
      <source>Choose a source on the left to read and code it.</source>
      <translation>Choose a source on the left to read and code it.</translation>
    </message>
    <message>
      <source>Select a passage to apply a code</source>
      <translation>Select a passage to apply a code</translation>
    </message>
    <message>
      <source>Copy</source>
      <translation>Copy</translation>
    </message>
    <message>
      <source>Select all</source>
      <translation>Select all</translation>
    </message>
  </context>
  <context>
    <name>WelcomePanel</name>
    <message>
      <source>Welcome to Telaah</source>
      <translation>Welcome to Telaah</translation>
    </message>
    <message>
      <source>Telaah helps you code interview transcripts, observation notes and documents against a codebook, and compare coders.</source>
      <translation>Telaah helps you code interview transcripts, observation notes and documents against a codebook, and compare coders.</translation>
    </message>
    <message>
      <source>Open project…</source>
      <translation>Open project…</translation>
    </message>
    <message>
      <source>To try Telaah with the sample study, run this command in a terminal:</source>
      <translation>To try Telaah with the sample study, run this command in a terminal:</translation>
    </message>
    <message>
      <source>Then open demo.telaah here, or start Telaah with {command} to open the sample study directly.</source>
      <translation>Then open demo.telaah here, or start Telaah with {command} to open the sample study directly.</translation>
    </message>
  </context>
</TS>
