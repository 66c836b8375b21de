<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
  <context>
    <name>AboutDialog</name>
    <message>
      <source>&lt;h2&gt;Telaah {version}&lt;/h2&gt;&lt;p&gt;A workbench for qualitative interview analysis: coding against a codebook, Miles &amp;amp; Huberman's data reduction, data display and conclusion drawing, triangulation, supervisor review and intercoder agreement.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later ({licence}). Telaah makes no network connections; a project stays in its own file or on your team's PostgreSQL server.&lt;/p&gt;</source>
      <translation>&lt;h2&gt;Telaah {version}&lt;/h2&gt;&lt;p&gt;A workbench for qualitative interview analysis: coding against a codebook, Miles &amp;amp; Huberman's data reduction, data display and conclusion drawing, triangulation, supervisor review and intercoder agreement.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later ({licence}). Telaah makes no network connections; a project stays in its own file or on your team's PostgreSQL server.&lt;/p&gt;</translation>
    </message>
    <message>
      <source>About Telaah</source>
      <translation>About Telaah</translation>
    </message>
    <message>
      <source>Each library keeps its own licence. The LGPL libraries (Qt, PySide6, Psycopg) are used unmodified and can be replaced by other versions.</source>
      <translation>Each library keeps its own licence. The LGPL libraries (Qt, PySide6, Psycopg) are used unmodified and can be replaced by other versions.</translation>
    </message>
    <message>
      <source>Libraries Telaah uses</source>
      <translation>Libraries Telaah uses</translation>
    </message>
    <message>
      <source>Library</source>
      <translation>Library</translation>
    </message>
    <message>
      <source>Licence</source>
      <translation>Licence</translation>
    </message>
    <message>
      <source>Version</source>
      <translation>Version</translation>
    </message>
  </context>
  <context>
    <name>AgreementModel</name>
    <message>
      <source>% agree</source>
      <translation>% agree</translation>
    </message>
    <message>
      <source>(did not code this source)</source>
      <translation>(did not code this source)</translation>
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
      <source>Code</source>
      <translation>Code</translation>
    </message>
    <message>
      <source>Coded by {coder}</source>
      <translation>Coded by {coder}</translation>
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
      <translation>Kind</translation>
    </message>
    <message>
      <source>Krippendorff's alpha</source>
      <translation>Krippendorff's alpha</translation>
    </message>
    <message>
      <source>Neither</source>
      <translation>Neither</translation>
    </message>
    <message>
      <source>Percent agreement</source>
      <translation>Percent agreement</translation>
    </message>
    <message>
      <source>Position</source>
      <translation>Position</translation>
    </message>
    <message>
      <source>Source</source>
      <translation>Source</translation>
    </message>
    <message>
      <source>Units</source>
      <translation>Units</translation>
    </message>
    <message>
      <source>coded by one side only</source>
      <translation>coded by one side only</translation>
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
      <source>α</source>
      <translation>α</translation>
    </message>
  </context>
  <context>
    <name>AgreementView</name>
    <message>
      <source>Accept this version</source>
      <translation>Accept this version</translation>
    </message>
    <message>
      <source>Agreement between {coders}. Sources compared ({count}): {titles}</source>
      <translation>Agreement between {coders}. Sources compared ({count}): {titles}</translation>
    </message>
    <message>
      <source>Character</source>
      <translation>Character</translation>
    </message>
    <message>
      <source>Choose the coders and press Compute.</source>
      <translation>Choose the coders and press Compute.</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Close</translation>
    </message>
    <message>
      <source>Coders (two or more)</source>
      <translation>Coders (two or more)</translation>
    </message>
    <message>
      <source>Compare every source</source>
      <translation>Compare every source</translation>
    </message>
    <message>
      <source>Compare every source, not only those two coders coded; a coder who coded nothing in a source then counts as 'not coded' there.</source>
      <translation>Compare every source, not only those two coders coded; a coder who coded nothing in a source then counts as 'not coded' there.</translation>
    </message>
    <message>
      <source>Comparing the coding…</source>
      <translation>Comparing the coding…</translation>
    </message>
    <message>
      <source>Compute</source>
      <translation>Compute</translation>
    </message>
    <message>
      <source>Disagreements</source>
      <translation>Disagreements</translation>
    </message>
    <message>
      <source>Disagreements ({count})</source>
      <translation>Disagreements ({count})</translation>
    </message>
    <message>
      <source>Disagreements ({open} open of {count})</source>
      <translation>Disagreements ({open} open of {count})</translation>
    </message>
    <message>
      <source>Excel workbook (*.xlsx)</source>
      <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
      <source>Export .docx…</source>
      <translation>Export .docx…</translation>
    </message>
    <message>
      <source>Export .xlsx…</source>
      <translation>Export .xlsx…</translation>
    </message>
    <message>
      <source>Export agreement</source>
      <translation>Export agreement</translation>
    </message>
    <message>
      <source>Figures</source>
      <translation>Figures</translation>
    </message>
    <message>
      <source>Formulas</source>
      <translation>Formulas</translation>
    </message>
    <message>
      <source>Intercoder &amp;agreement…</source>
      <translation>Intercoder &amp;agreement…</translation>
    </message>
    <message>
      <source>Intercoder agreement</source>
      <translation>Intercoder agreement</translation>
    </message>
    <message>
      <source>Interpretation bands</source>
      <translation>Interpretation bands</translation>
    </message>
    <message>
      <source>Keep both</source>
      <translation>Keep both</translation>
    </message>
    <message>
      <source>Merge</source>
      <translation>Merge</translation>
    </message>
    <message>
      <source>Not reported (—)</source>
      <translation>Not reported (—)</translation>
    </message>
    <message>
      <source>Presence</source>
      <translation>Presence</translation>
    </message>
    <message>
      <source>Presence per</source>
      <translation>Presence per</translation>
    </message>
    <message>
      <source>Resolving writes the consensus version as segments of coder '{coder}'; the coders' own segments stay as they are.</source>
      <translation>Resolving writes the consensus version as segments of coder '{coder}'; the coders' own segments stay as they are.</translation>
    </message>
    <message>
      <source>Saved to {path}</source>
      <translation>Saved to {path}</translation>
    </message>
    <message>
      <source>Segment</source>
      <translation>Segment</translation>
    </message>
    <message>
      <source>Segment overlap needed</source>
      <translation>Segment overlap needed</translation>
    </message>
    <message>
      <source>Show in text</source>
      <translation>Show in text</translation>
    </message>
    <message>
      <source>Sources left out ({count}): {titles}</source>
      <translation>Sources left out ({count}): {titles}</translation>
    </message>
    <message>
      <source>Uncoded text excluded</source>
      <translation>Uncoded text excluded</translation>
    </message>
    <message>
      <source>Uncoded text included</source>
      <translation>Uncoded text included</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>Unit</translation>
    </message>
    <message>
      <source>What to compare</source>
      <translation>What to compare</translation>
    </message>
    <message>
      <source>What was compared, and how</source>
      <translation>What was compared, and how</translation>
    </message>
    <message>
      <source>Word document (*.docx)</source>
      <translation>Word document (*.docx)</translation>
    </message>
    <message>
      <source>Writing the agreement tables…</source>
      <translation>Writing the agreement tables…</translation>
    </message>
    <message>
      <source>informant</source>
      <translation>informant</translation>
    </message>
    <message>
      <source>source</source>
      <translation>source</translation>
    </message>
  </context>
  <context>
    <name>AnalysisTabs</name>
    <message>
      <source>&amp;Analysis</source>
      <translation>&amp;Analysis</translation>
    </message>
    <message>
      <source>2 Data reduction</source>
      <translation>2 Data reduction</translation>
    </message>
    <message>
      <source>3 Data display</source>
      <translation>3 Data display</translation>
    </message>
    <message>
      <source>4 Conclusions</source>
      <translation>4 Conclusions</translation>
    </message>
    <message>
      <source>Coded &amp;excerpts to Word…</source>
      <translation>Coded &amp;excerpts to Word…</translation>
    </message>
  </context>
  <context>
    <name>BackgroundWork</name>
    <message>
      <source>Cancel</source>
      <translation>Cancel</translation>
    </message>
  </context>
  <context>
    <name>BackupDialog</name>
    <message>
      <source>&amp;Backups…</source>
      <translation>&amp;Backups…</translation>
    </message>
    <message>
      <source>Backups</source>
      <translation>Backups</translation>
    </message>
    <message>
      <source>Backups of {name}, newest first. Telaah takes one before the first change of each session, when the project changed since the last backup.</source>
      <translation>Backups of {name}, newest first. Telaah takes one before the first change of each session, when the project changed since the last backup.</translation>
    </message>
    <message>
      <source>Backups of {name}, newest first. Telaah takes one each time the project is opened after a change.</source>
      <translation type="vanished">Backups of {name}, newest first. Telaah takes one each time the project is opened after a change.</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Close</translation>
    </message>
    <message>
      <source>Damaged project</source>
      <translation>Damaged project</translation>
    </message>
    <message>
      <source>File</source>
      <translation>File</translation>
    </message>
    <message>
      <source>No backups yet.</source>
      <translation>No backups yet.</translation>
    </message>
    <message>
      <source>Replace the project with the backup of {when}? The project is closed, the current state is backed up first, and the project is opened again.</source>
      <translation>Replace the project with the backup of {when}? The project is closed, the current state is backed up first, and the project is opened again.</translation>
    </message>
    <message>
      <source>Restore backup</source>
      <translation>Restore backup</translation>
    </message>
    <message>
      <source>Restored the backup of {when}.</source>
      <translation>Restored the backup of {when}.</translation>
    </message>
    <message>
      <source>Restore…</source>
      <translation>Restore…</translation>
    </message>
    <message>
      <source>Show backups…</source>
      <translation>Show backups…</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>Size</translation>
    </message>
    <message>
      <source>Taken</source>
      <translation>Taken</translation>
    </message>
    <message>
      <source>Team projects on a database server are backed up by the server, not by Telaah.</source>
      <translation>Team projects on a database server are backed up by the server, not by Telaah.</translation>
    </message>
    <message>
      <source>Telaah keeps backups of earlier states. Restoring one keeps the damaged file aside under a new name; nothing is deleted.</source>
      <translation>Telaah keeps backups of earlier states. Restoring one keeps the damaged file aside under a new name; nothing is deleted.</translation>
    </message>
    <message>
      <source>The damaged file is kept as {name}.</source>
      <translation>The damaged file is kept as {name}.</translation>
    </message>
    <message>
      <source>The state before it is kept as backup {name}.</source>
      <translation>The state before it is kept as backup {name}.</translation>
    </message>
    <message>
      <source>{name} is damaged and cannot be opened.</source>
      <translation>{name} is damaged and cannot be opened.</translation>
    </message>
  </context>
  <context>
    <name>CitationDialog</name>
    <message>
      <source>APA (7th edition)</source>
      <translation>APA (7th edition)</translation>
    </message>
    <message>
      <source>Cite Telaah</source>
      <translation>Cite Telaah</translation>
    </message>
    <message>
      <source>Copy APA</source>
      <translation>Copy APA</translation>
    </message>
    <message>
      <source>Copy BibTeX</source>
      <translation>Copy BibTeX</translation>
    </message>
    <message>
      <source>If Telaah helped your research, please cite the version you used in your thesis or article.</source>
      <translation>If Telaah helped your research, please cite the version you used in your thesis or article.</translation>
    </message>
  </context>
  <context>
    <name>CoOccurrenceView</name>
    <message>
      <source>Count codes</source>
      <translation>Count codes</translation>
    </message>
    <message>
      <source>in the same speaker turn</source>
      <translation>in the same speaker turn</translation>
    </message>
    <message>
      <source>overlapping segments</source>
      <translation>overlapping segments</translation>
    </message>
  </context>
  <context>
    <name>CodeApplier</name>
    <message>
      <source>Apply code {code}</source>
      <translation>Apply code {code}</translation>
    </message>
    <message>
      <source>In-vivo code {code}</source>
      <translation>In-vivo code {code}</translation>
    </message>
    <message>
      <source>New in-vivo code “{code}” applied.</source>
      <translation>New in-vivo code “{code}” applied.</translation>
    </message>
    <message>
      <source>No code applied yet in this session.</source>
      <translation>No code applied yet in this session.</translation>
    </message>
    <message>
      <source>Segment saved: {code} [{start}–{end}]</source>
      <translation type="vanished">Segment saved: {code} [{start}–{end}]</translation>
    </message>
    <message>
      <source>Segment saved: {code}, {passage}</source>
      <translation>Segment saved: {code}, {passage}</translation>
    </message>
    <message>
      <source>Select a passage in the transcript first.</source>
      <translation>Select a passage in the transcript first.</translation>
    </message>
    <message>
      <source>This project is open read-only: nothing can be coded here.</source>
      <translation>This project is open read-only: nothing can be coded here.</translation>
    </message>
    <message>
      <source>“{code}” is a category; apply one of its codes.</source>
      <translation>“{code}” is a category; apply one of its codes.</translation>
    </message>
  </context>
  <context>
    <name>CodeMatrixView</name>
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
      <source>Codes</source>
      <translation>Codes</translation>
    </message>
    <message>
      <source>Informants in role order (key, main, supporting). Double-click a cell to see its segments.</source>
      <translation>Informants in role order (key, main, supporting). Double-click a cell to see its segments.</translation>
    </message>
    <message>
      <source>Show</source>
      <translation>Show</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>Total</translation>
    </message>
    <message>
      <source>all codes</source>
      <translation>all codes</translation>
    </message>
    <message>
      <source>condensed statements</source>
      <translation>condensed statements</translation>
    </message>
    <message>
      <source>efforts</source>
      <translation>efforts</translation>
    </message>
    <message>
      <source>indicators</source>
      <translation>indicators</translation>
    </message>
    <message>
      <source>obstacles</source>
      <translation>obstacles</translation>
    </message>
    <message>
      <source>segment counts</source>
      <translation>segment counts</translation>
    </message>
    <message>
      <source>share of the informant's text</source>
      <translation>share of the informant's text</translation>
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
      <translation>Code summary</translation>
    </message>
    <message>
      <source>Condensed statements (the quote where none was written)</source>
      <translation>Condensed statements (the quote where none was written)</translation>
    </message>
    <message>
      <source>Informants without a segment: {informants}. Sources without a segment: {sources}.</source>
      <translation>Informants without a segment: {informants}. Sources without a segment: {sources}.</translation>
    </message>
    <message>
      <source>No segments yet.</source>
      <translation>No segments yet.</translation>
    </message>
    <message>
      <source>Save summary</source>
      <translation>Save summary</translation>
    </message>
    <message>
      <source>Summary of this code, written from its condensed statements</source>
      <translation>Summary of this code, written from its condensed statements</translation>
    </message>
    <message>
      <source>none</source>
      <translation>none</translation>
    </message>
  </context>
  <context>
    <name>CodeTreeModel</name>
    <message>
      <source>A category: apply one of its codes.</source>
      <translation>A category: apply one of its codes.</translation>
    </message>
    <message>
      <source>Code</source>
      <translation>Code</translation>
    </message>
    <message>
      <source>Definition</source>
      <translation>Definition</translation>
    </message>
    <message>
      <source>Do not use when</source>
      <translation>Do not use when</translation>
    </message>
    <message>
      <source>Example</source>
      <translation>Example</translation>
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
      <source>Shortcut key: {key}</source>
      <translation>Shortcut key: {key}</translation>
    </message>
    <message>
      <source>Use when</source>
      <translation>Use when</translation>
    </message>
  </context>
  <context>
    <name>CodebookEditor</name>
    <message>
      <source>Add code</source>
      <translation>Add code</translation>
    </message>
    <message>
      <source>Add code {code}</source>
      <translation>Add code {code}</translation>
    </message>
    <message>
      <source>Add code…</source>
      <translation>Add code…</translation>
    </message>
    <message>
      <source>Add sub-code…</source>
      <translation>Add sub-code…</translation>
    </message>
    <message>
      <source>Code: {name}</source>
      <translation>Code: {name}</translation>
    </message>
    <message>
      <source>Colour…</source>
      <translation>Colour…</translation>
    </message>
    <message>
      <source>Confirmation rule: suggested from how many informants, informant types and techniques confirm the obstacle, and whether anyone denies it — not from good or bad.</source>
      <translation>Confirmation rule: suggested from how many informants, informant types and techniques confirm the obstacle, and whether anyone denies it — not from good or bad.</translation>
    </message>
    <message>
      <source>Definition</source>
      <translation>Definition</translation>
    </message>
    <message>
      <source>Delete code</source>
      <translation>Delete code</translation>
    </message>
    <message>
      <source>Delete code {code}</source>
      <translation>Delete code {code}</translation>
    </message>
    <message>
      <source>Delete the code “{code}” and its sub-codes? {count} coded segments will be deleted with it (Undo can bring them back).</source>
      <translation>Delete the code “{code}” and its sub-codes? {count} coded segments will be deleted with it (Undo can bring them back).</translation>
    </message>
    <message>
      <source>Delete…</source>
      <translation>Delete…</translation>
    </message>
    <message>
      <source>Do not use when</source>
      <translation>Do not use when</translation>
    </message>
    <message>
      <source>Edit code {code}</source>
      <translation>Edit code {code}</translation>
    </message>
    <message>
      <source>Edit name and definition…</source>
      <translation>Edit name and definition…</translation>
    </message>
    <message>
      <source>Example</source>
      <translation>Example</translation>
    </message>
    <message>
      <source>Implementation rule: suggested from how many voices report the effort carried out, only planned, or not done.</source>
      <translation>Implementation rule: suggested from how many voices report the effort carried out, only planned, or not done.</translation>
    </message>
    <message>
      <source>Merge into…</source>
      <translation>Merge into…</translation>
    </message>
    <message>
      <source>Merge {source} into {target}</source>
      <translation>Merge {source} into {target}</translation>
    </message>
    <message>
      <source>Merge “{code}” into</source>
      <translation>Merge “{code}” into</translation>
    </message>
    <message>
      <source>Move {code}</source>
      <translation>Move {code}</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Name of the sub-code</source>
      <translation>Name of the sub-code</translation>
    </message>
    <message>
      <source>Performance rule: suggested from the valence of the evidence, voice by voice (each informant, observation, documentation).</source>
      <translation>Performance rule: suggested from the valence of the evidence, voice by voice (each informant, observation, documentation).</translation>
    </message>
    <message>
      <source>Read-only: the codebook cannot be changed</source>
      <translation>Read-only: the codebook cannot be changed</translation>
    </message>
    <message>
      <source>Recolour {code}</source>
      <translation>Recolour {code}</translation>
    </message>
    <message>
      <source>Rename {old} to {new}</source>
      <translation>Rename {old} to {new}</translation>
    </message>
    <message>
      <source>Shortcut key</source>
      <translation>Shortcut key</translation>
    </message>
    <message>
      <source>Split off a sub-code of {code}</source>
      <translation>Split off a sub-code of {code}</translation>
    </message>
    <message>
      <source>Split off a sub-code…</source>
      <translation>Split off a sub-code…</translation>
    </message>
    <message>
      <source>Split {new} off {code}</source>
      <translation>Split {new} off {code}</translation>
    </message>
    <message>
      <source>Use when</source>
      <translation>Use when</translation>
    </message>
    <message>
      <source>Verdict scale</source>
      <translation>Verdict scale</translation>
    </message>
    <message>
      <source>Words from best to worst, separated by |. Empty: the default scale of the code group.</source>
      <translation>Words from best to worst, separated by |. Empty: the default scale of the code group.</translation>
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
    <name>CodingMargin</name>
    <message>
      <source>Coder: {name}</source>
      <translation>Coder: {name}</translation>
    </message>
    <message>
      <source>Drag to widen the margin</source>
      <translation>Drag to widen the margin</translation>
    </message>
    <message>
      <source>Last comment: {comment}</source>
      <translation>Last comment: {comment}</translation>
    </message>
    <message>
      <source>Memo: {memo}</source>
      <translation>Memo: {memo}</translation>
    </message>
    <message>
      <source>Review: {status}</source>
      <translation>Review: {status}</translation>
    </message>
  </context>
  <context>
    <name>ConclusionEditor</name>
    <message>
      <source>(no verdict yet)</source>
      <translation>(no verdict yet)</translation>
    </message>
    <message>
      <source>Contradicting</source>
      <translation>Contradicting</translation>
    </message>
    <message>
      <source>Evidence — mark the selected segments as:</source>
      <translation>Evidence — mark the selected segments as:</translation>
    </message>
    <message>
      <source>Override reason</source>
      <translation>Override reason</translation>
    </message>
    <message>
      <source>Required when your verdict differs from the suggestion</source>
      <translation>Required when your verdict differs from the suggestion</translation>
    </message>
    <message>
      <source>Save conclusion</source>
      <translation>Save conclusion</translation>
    </message>
    <message>
      <source>Statement</source>
      <translation>Statement</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Suggested</source>
      <translation>Suggested</translation>
    </message>
    <message>
      <source>Supporting</source>
      <translation>Supporting</translation>
    </message>
    <message>
      <source>Tactics (Miles &amp;&amp; Huberman)</source>
      <translation>Tactics (Miles &amp;&amp; Huberman)</translation>
    </message>
    <message>
      <source>The conclusion for this indicator, in a sentence or two</source>
      <translation>The conclusion for this indicator, in a sentence or two</translation>
    </message>
    <message>
      <source>Unlink</source>
      <translation>Unlink</translation>
    </message>
    <message>
      <source>Use suggestion</source>
      <translation>Use suggestion</translation>
    </message>
    <message>
      <source>Verdict</source>
      <translation>Verdict</translation>
    </message>
    <message>
      <source>Verification checks</source>
      <translation>Verification checks</translation>
    </message>
    <message>
      <source>none</source>
      <translation>none</translation>
    </message>
    <message>
      <source>{verdict} — rule: {rule}</source>
      <translation type="vanished">{verdict} — rule: {rule}</translation>
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
      <translation>Link</translation>
    </message>
    <message>
      <source>Place</source>
      <translation>Place</translation>
    </message>
    <message>
      <source>Quote</source>
      <translation>Quote</translation>
    </message>
    <message>
      <source>Valence</source>
      <translation>Valence</translation>
    </message>
    <message>
      <source>Who</source>
      <translation>Who</translation>
    </message>
  </context>
  <context>
    <name>ConclusionTab</name>
    <message>
      <source>Conclusions for</source>
      <translation>Conclusions for</translation>
    </message>
    <message>
      <source>Conclusions: {done} of {total} indicators concluded, {verified} verified</source>
      <translation>Conclusions: {done} of {total} indicators concluded, {verified} verified</translation>
    </message>
    <message>
      <source>Report…</source>
      <translation>Report…</translation>
    </message>
    <message>
      <source>Word document (*.docx)</source>
      <translation>Word document (*.docx)</translation>
    </message>
    <message>
      <source>Write a Word draft of the results chapter</source>
      <translation>Write a Word draft of the results chapter</translation>
    </message>
    <message>
      <source>Write results report</source>
      <translation>Write results report</translation>
    </message>
    <message>
      <source>Writing the results chapter…</source>
      <translation>Writing the results chapter…</translation>
    </message>
    <message>
      <source>efforts</source>
      <translation>efforts</translation>
    </message>
    <message>
      <source>indicators</source>
      <translation>indicators</translation>
    </message>
    <message>
      <source>obstacles</source>
      <translation>obstacles</translation>
    </message>
  </context>
  <context>
    <name>ConclusionTexts</name>
    <message>
      <source>Contradicting segments are not yet linked to the conclusion: address them.</source>
      <translation>Contradicting segments are not yet linked to the conclusion: address them.</translation>
    </message>
    <message>
      <source>Contradicting segments not linked: {count}</source>
      <translation>Contradicting segments not linked: {count}</translation>
    </message>
    <message>
      <source>Documentation: {state}</source>
      <translation>Documentation: {state}</translation>
    </message>
    <message>
      <source>Evidence from no informant: no informant linked</source>
      <translation>Evidence from no informant: no informant linked</translation>
    </message>
    <message>
      <source>Evidence from one informant only: look for other voices.</source>
      <translation>Evidence from one informant only: look for other voices.</translation>
    </message>
    <message>
      <source>Evidence from {count} informants ({types})</source>
      <translation>Evidence from {count} informants ({types})</translation>
    </message>
    <message>
      <source>Member check done</source>
      <translation>Member check done</translation>
    </message>
    <message>
      <source>Negative evidence sought</source>
      <translation>Negative evidence sought</translation>
    </message>
    <message>
      <source>No informant is linked to this evidence: link each interview to its informant (File ▸ Sources and informants).</source>
      <translation>No informant is linked to this evidence: link each interview to its informant (File ▸ Sources and informants).</translation>
    </message>
    <message>
      <source>No observation or documentation evidence: the conclusion rests on interviews alone.</source>
      <translation>No observation or documentation evidence: the conclusion rests on interviews alone.</translation>
    </message>
    <message>
      <source>Observation or documentation points the other way.</source>
      <translation>Observation or documentation points the other way.</translation>
    </message>
    <message>
      <source>Observation: {state}</source>
      <translation>Observation: {state}</translation>
    </message>
    <message>
      <source>Representativeness checked</source>
      <translation>Representativeness checked</translation>
    </message>
    <message>
      <source>Segments not yet reviewed: {count}</source>
      <translation>Segments not yet reviewed: {count}</translation>
    </message>
    <message>
      <source>Some segments have not been reviewed yet.</source>
      <translation>Some segments have not been reviewed yet.</translation>
    </message>
    <message>
      <source>Triangulated across sources and techniques</source>
      <translation>Triangulated across sources and techniques</translation>
    </message>
    <message>
      <source>agrees</source>
      <translation>agrees</translation>
    </message>
    <message>
      <source>all evidence positive, from {voices} voices</source>
      <translation type="vanished">all evidence positive, from {voices} voices</translation>
    </message>
    <message>
      <source>contradicting</source>
      <translation>contradicting</translation>
    </message>
    <message>
      <source>draft</source>
      <translation>draft</translation>
    </message>
    <message>
      <source>key</source>
      <translation>key</translation>
    </message>
    <message>
      <source>main</source>
      <translation>main</translation>
    </message>
    <message>
      <source>mixed</source>
      <translation>mixed</translation>
    </message>
    <message>
      <source>negative</source>
      <translation>negative</translation>
    </message>
    <message>
      <source>net score {net} mapped evenly onto the scale</source>
      <translation type="vanished">net score {net} mapped evenly onto the scale</translation>
    </message>
    <message>
      <source>net score {net} ≤ −0.85 and no voice leans positive</source>
      <translation type="vanished">net score {net} ≤ −0.85 and no voice leans positive</translation>
    </message>
    <message>
      <source>net score {net} ≥ −0.15: favourable evidence balances the rest</source>
      <translation type="vanished">net score {net} ≥ −0.15: favourable evidence balances the rest</translation>
    </message>
    <message>
      <source>net score {net}: the evidence leans negative</source>
      <translation type="vanished">net score {net}: the evidence leans negative</translation>
    </message>
    <message>
      <source>no evidence</source>
      <translation>no evidence</translation>
    </message>
    <message>
      <source>no suggestion for a research question</source>
      <translation>no suggestion for a research question</translation>
    </message>
    <message>
      <source>no valenced evidence yet</source>
      <translation type="vanished">no valenced evidence yet</translation>
    </message>
    <message>
      <source>points the other way</source>
      <translation>points the other way</translation>
    </message>
    <message>
      <source>positive</source>
      <translation>positive</translation>
    </message>
    <message>
      <source>supporting</source>
      <translation>supporting</translation>
    </message>
    <message>
      <source>tentative</source>
      <translation>tentative</translation>
    </message>
    <message>
      <source>verified</source>
      <translation>verified</translation>
    </message>
  </context>
  <context>
    <name>ConflictDialog</name>
    <message>
      <source>Edit…</source>
      <translation>Edit…</translation>
    </message>
    <message>
      <source>Keep mine</source>
      <translation>Keep mine</translation>
    </message>
    <message>
      <source>Keep mine saves your value over theirs; keep theirs drops your change of this field; edit shows their version with yours beside it.</source>
      <translation>Keep mine saves your value over theirs; keep theirs drops your change of this field; edit shows their version with yours beside it.</translation>
    </message>
    <message>
      <source>Keep theirs</source>
      <translation>Keep theirs</translation>
    </message>
    <message>
      <source>Someone else changed this</source>
      <translation>Someone else changed this</translation>
    </message>
    <message>
      <source>Undo anyway? Their value is replaced by the one from before your change.</source>
      <translation>Undo anyway? Their value is replaced by the one from before your change.</translation>
    </message>
  </context>
  <context>
    <name>DisplayExports</name>
    <message>
      <source>Excel workbook</source>
      <translation>Excel workbook</translation>
    </message>
    <message>
      <source>Export .docx…</source>
      <translation>Export .docx…</translation>
    </message>
    <message>
      <source>Export .xlsx…</source>
      <translation>Export .xlsx…</translation>
    </message>
    <message>
      <source>Export display</source>
      <translation>Export display</translation>
    </message>
    <message>
      <source>Word document</source>
      <translation>Word document</translation>
    </message>
  </context>
  <context>
    <name>DisplayTab</name>
    <message>
      <source> ({stale} may be stale)</source>
      <translation> ({stale} may be stale)</translation>
    </message>
    <message>
      <source>Chart</source>
      <translation>Chart</translation>
    </message>
    <message>
      <source>Co-occurrence</source>
      <translation>Co-occurrence</translation>
    </message>
    <message>
      <source>Code × informant matrix</source>
      <translation>Code × informant matrix</translation>
    </message>
    <message>
      <source>Display: {written} of {cells} summary cells written</source>
      <translation>Display: {written} of {cells} summary cells written</translation>
    </message>
    <message>
      <source>Summary grid</source>
      <translation>Summary grid</translation>
    </message>
    <message>
      <source>Triangulation</source>
      <translation>Triangulation</translation>
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
    <name>ExcerptsDialog</name>
    <message>
      <source>Add segment memos</source>
      <translation>Add segment memos</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation type="vanished">Cancel</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Close</translation>
    </message>
    <message>
      <source>Coded excerpts to Word</source>
      <translation>Coded excerpts to Word</translation>
    </message>
    <message>
      <source>Coders</source>
      <translation>Coders</translation>
    </message>
    <message>
      <source>Codes (a code includes its sub-codes)</source>
      <translation>Codes (a code includes its sub-codes)</translation>
    </message>
    <message>
      <source>Export .docx…</source>
      <translation>Export .docx…</translation>
    </message>
    <message>
      <source>Export coded excerpts</source>
      <translation>Export coded excerpts</translation>
    </message>
    <message>
      <source>Group by</source>
      <translation>Group by</translation>
    </message>
    <message>
      <source>Informants</source>
      <translation>Informants</translation>
    </message>
    <message>
      <source>Name the coder of each excerpt</source>
      <translation>Name the coder of each excerpt</translation>
    </message>
    <message>
      <source>Nothing ticked in a list means all of it.</source>
      <translation>Nothing ticked in a list means all of it.</translation>
    </message>
    <message>
      <source>Preview</source>
      <translation>Preview</translation>
    </message>
    <message>
      <source>Pseudonymise names, NIP and phone numbers</source>
      <translation type="vanished">Pseudonymise names, NIP and phone numbers</translation>
    </message>
    <message>
      <source>Word document (*.docx)</source>
      <translation>Word document (*.docx)</translation>
    </message>
    <message>
      <source>Writing the excerpts…</source>
      <translation>Writing the excerpts…</translation>
    </message>
    <message>
      <source>Written: {path}</source>
      <translation>Written: {path}</translation>
    </message>
    <message>
      <source>code, then informant</source>
      <translation>code, then informant</translation>
    </message>
    <message>
      <source>informant, then code</source>
      <translation>informant, then code</translation>
    </message>
    <message>
      <source>{sections} sections, {excerpts} excerpts</source>
      <translation>{sections} sections, {excerpts} excerpts</translation>
    </message>
    <message>
      <source>… and {count} more in the document</source>
      <translation>… and {count} more in the document</translation>
    </message>
  </context>
  <context>
    <name>ExchangeActions</name>
    <message>
      <source>&amp;Export REFI-QDA…</source>
      <translation>&amp;Export REFI-QDA…</translation>
    </message>
    <message>
      <source>Corrected version of {title}</source>
      <translation>Corrected version of {title}</translation>
    </message>
    <message>
      <source>Export REFI-QDA</source>
      <translation>Export REFI-QDA</translation>
    </message>
    <message>
      <source>Export REFI-QDA project</source>
      <translation>Export REFI-QDA project</translation>
    </message>
    <message>
      <source>Exported {sources} sources, {codes} codes, {segments} coded segments, {informants} informants, {coders} coders and {memos} memos to {path}.</source>
      <translation>Exported {sources} sources, {codes} codes, {segments} coded segments, {informants} informants, {coders} coders and {memos} memos to {path}.</translation>
    </message>
    <message>
      <source>Im&amp;port REFI-QDA…</source>
      <translation>Im&amp;port REFI-QDA…</translation>
    </message>
    <message>
      <source>Import REFI-QDA</source>
      <translation>Import REFI-QDA</translation>
    </message>
    <message>
      <source>Import REFI-QDA project</source>
      <translation>Import REFI-QDA project</translation>
    </message>
    <message>
      <source>Imported {sources} sources, {codes} codes, {segments} coded segments, {informants} informants, {coders} coders and {memos} memos from {origin}.</source>
      <translation>Imported {sources} sources, {codes} codes, {segments} coded segments, {informants} informants, {coders} coders and {memos} memos from {origin}.</translation>
    </message>
    <message>
      <source>Left out: {items}</source>
      <translation>Left out: {items}</translation>
    </message>
    <message>
      <source>Open the imported project now?</source>
      <translation>Open the imported project now?</translation>
    </message>
    <message>
      <source>REFI-QDA project (*.qdpx)</source>
      <translation>REFI-QDA project (*.qdpx)</translation>
    </message>
    <message>
      <source>Reading the archive…</source>
      <translation>Reading the archive…</translation>
    </message>
    <message>
      <source>Replace &amp;transcript with corrected version…</source>
      <translation>Replace &amp;transcript with corrected version…</translation>
    </message>
    <message>
      <source>Replace transcript</source>
      <translation>Replace transcript</translation>
    </message>
    <message>
      <source>Save the imported project as</source>
      <translation>Save the imported project as</translation>
    </message>
    <message>
      <source>Source to replace</source>
      <translation>Source to replace</translation>
    </message>
    <message>
      <source>Telaah projects (*.telaah)</source>
      <translation>Telaah projects (*.telaah)</translation>
    </message>
    <message>
      <source>The text of {count} source(s) is missing from {file}:
{names}

Import the project without them (and without their coded segments)?</source>
      <translation>The text of {count} source(s) is missing from {file}:
{names}

Import the project without them (and without their coded segments)?</translation>
    </message>
    <message>
      <source>Transcripts (*.txt *.docx *.srt *.vtt *.otr *.html *.htm);;All files (*)</source>
      <translation>Transcripts (*.txt *.docx *.srt *.vtt *.otr *.html *.htm);;All files (*)</translation>
    </message>
    <message>
      <source>Transcripts (*.txt *.docx);;All files (*)</source>
      <translation type="vanished">Transcripts (*.txt *.docx);;All files (*)</translation>
    </message>
    <message>
      <source>Warning: these sources have no text: {names}</source>
      <translation>Warning: these sources have no text: {names}</translation>
    </message>
    <message>
      <source>Writing the project…</source>
      <translation>Writing the project…</translation>
    </message>
  </context>
  <context>
    <name>ExchangeRevision</name>
    <message>
      <source>Close</source>
      <translation>Close</translation>
    </message>
    <message>
      <source>Code</source>
      <translation>Code</translation>
    </message>
    <message>
      <source>Coded words</source>
      <translation>Coded words</translation>
    </message>
    <message>
      <source>Coder</source>
      <translation>Coder</translation>
    </message>
    <message>
      <source>Every segment can be placed.</source>
      <translation>Every segment can be placed.</translation>
    </message>
    <message>
      <source>Replace the text</source>
      <translation>Replace the text</translation>
    </message>
    <message>
      <source>Replace transcript: {title}</source>
      <translation>Replace transcript: {title}</translation>
    </message>
    <message>
      <source>Text replaced. {count} segments need placing by hand:</source>
      <translation>Text replaced. {count} segments need placing by hand:</translation>
    </message>
    <message>
      <source>Text replaced; every segment was placed.</source>
      <translation>Text replaced; every segment was placed.</translation>
    </message>
    <message>
      <source>These segments cannot be placed confidently; after replacing they stay listed for you (with their coded words in a memo) instead of silently shifting:</source>
      <translation>These segments cannot be placed confidently; after replacing they stay listed for you (with their coded words in a memo) instead of silently shifting:</translation>
    </message>
    <message>
      <source>Was at</source>
      <translation>Was at</translation>
    </message>
    <message>
      <source>could not be placed</source>
      <translation>could not be placed</translation>
    </message>
    <message>
      <source>followed a moved passage</source>
      <translation>followed a moved passage</translation>
    </message>
    <message>
      <source>on edited words</source>
      <translation>on edited words</translation>
    </message>
    <message>
      <source>shifted with the text</source>
      <translation>shifted with the text</translation>
    </message>
    <message>
      <source>unchanged</source>
      <translation>unchanged</translation>
    </message>
    <message>
      <source>{title}: {old} characters now, {new} in the corrected version; {count} coded segments.</source>
      <translation>{title}: {old} characters now, {new} in the corrected version; {count} coded segments.</translation>
    </message>
  </context>
  <context>
    <name>FindBar</name>
    <message>
      <source>Also find misspelt and slightly different forms</source>
      <translation>Also find misspelt and slightly different forms</translation>
    </message>
    <message>
      <source>Close (Esc)</source>
      <translation>Close (Esc)</translation>
    </message>
    <message>
      <source>Find in this source</source>
      <translation>Find in this source</translation>
    </message>
    <message>
      <source>Fuzzy</source>
      <translation>Fuzzy</translation>
    </message>
    <message>
      <source>Next hit (Enter)</source>
      <translation>Next hit (Enter)</translation>
    </message>
    <message>
      <source>Previous hit (Shift+Enter)</source>
      <translation>Previous hit (Shift+Enter)</translation>
    </message>
    <message>
      <source>no hits</source>
      <translation>no hits</translation>
    </message>
    <message>
      <source>{number} of {total}</source>
      <translation>{number} of {total}</translation>
    </message>
  </context>
  <context>
    <name>FrequencyChart</name>
    <message>
      <source>Code frequencies</source>
      <translation>Code frequencies</translation>
    </message>
    <message>
      <source>Coded segments per code, by informant</source>
      <translation>Coded segments per code, by informant</translation>
    </message>
    <message>
      <source>Coded segments per code, by informant group</source>
      <translation>Coded segments per code, by informant group</translation>
    </message>
    <message>
      <source>Codes</source>
      <translation>Codes</translation>
    </message>
    <message>
      <source>Documentation</source>
      <translation>Documentation</translation>
    </message>
    <message>
      <source>Export PNG…</source>
      <translation>Export PNG…</translation>
    </message>
    <message>
      <source>Export SVG…</source>
      <translation>Export SVG…</translation>
    </message>
    <message>
      <source>Export chart</source>
      <translation>Export chart</translation>
    </message>
    <message>
      <source>Interview</source>
      <translation>Interview</translation>
    </message>
    <message>
      <source>Interview, no informant linked</source>
      <translation>Interview, no informant linked</translation>
    </message>
    <message>
      <source>Key informants</source>
      <translation>Key informants</translation>
    </message>
    <message>
      <source>Main informants</source>
      <translation>Main informants</translation>
    </message>
    <message>
      <source>Observation</source>
      <translation>Observation</translation>
    </message>
    <message>
      <source>PNG image, 300 dpi</source>
      <translation>PNG image, 300 dpi</translation>
    </message>
    <message>
      <source>SVG drawing</source>
      <translation>SVG drawing</translation>
    </message>
    <message>
      <source>Supporting informants</source>
      <translation>Supporting informants</translation>
    </message>
    <message>
      <source>by informant</source>
      <translation>by informant</translation>
    </message>
    <message>
      <source>by informant group</source>
      <translation>by informant group</translation>
    </message>
  </context>
  <context>
    <name>ImportDialog</name>
    <message>
      <source>&amp;Details of the new informant…</source>
      <translation>&amp;Details of the new informant…</translation>
    </message>
    <message>
      <source>&amp;Import</source>
      <translation>&amp;Import</translation>
    </message>
    <message>
      <source>&amp;New informant…</source>
      <translation>&amp;New informant…</translation>
    </message>
    <message>
      <source>File</source>
      <translation>File</translation>
    </message>
    <message>
      <source>Import sources</source>
      <translation>Import sources</translation>
    </message>
    <message>
      <source>Informant</source>
      <translation>Informant</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Kind</translation>
    </message>
    <message>
      <source>New informant</source>
      <translation>New informant</translation>
    </message>
    <message>
      <source>New informant {label}</source>
      <translation>New informant {label}</translation>
    </message>
    <message>
      <source>New: {informant}</source>
      <translation>New: {informant}</translation>
    </message>
    <message>
      <source>The informant is suggested from the file name (I7_…, Informan 7, W3 …). New informants are created with the import.</source>
      <translation>The informant is suggested from the file name (I7_…, Informan 7, W3 …). New informants are created with the import.</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Title</translation>
    </message>
    <message>
      <source>— no informant</source>
      <translation>— no informant</translation>
    </message>
  </context>
  <context>
    <name>InformantForm</name>
    <message>
      <source>&amp;Attributes:</source>
      <translation>&amp;Attributes:</translation>
    </message>
    <message>
      <source>&amp;Id:</source>
      <translation>&amp;Id:</translation>
    </message>
    <message>
      <source>&amp;Pseudonym:</source>
      <translation>&amp;Pseudonym:</translation>
    </message>
    <message>
      <source>&amp;Role:</source>
      <translation>&amp;Role:</translation>
    </message>
    <message>
      <source>&amp;Type:</source>
      <translation>&amp;Type:</translation>
    </message>
    <message>
      <source>Informant</source>
      <translation>Informant</translation>
    </message>
    <message>
      <source>Key informant (kunci)</source>
      <translation>Key informant (kunci)</translation>
    </message>
    <message>
      <source>Main informant (utama)</source>
      <translation>Main informant (utama)</translation>
    </message>
    <message>
      <source>Optional. Kept only to mask the name in quotes; never shown in any export, citation or list.</source>
      <translation>Optional. Kept only to mask the name in quotes; never shown in any export, citation or list.</translation>
    </message>
    <message>
      <source>Real &amp;name:</source>
      <translation>Real &amp;name:</translation>
    </message>
    <message>
      <source>Supporting informant (pendukung)</source>
      <translation>Supporting informant (pendukung)</translation>
    </message>
    <message>
      <source>e.g. I7</source>
      <translation>e.g. I7</translation>
    </message>
    <message>
      <source>e.g. Kepala Bidang</source>
      <translation>e.g. Kepala Bidang</translation>
    </message>
    <message>
      <source>the name used in the thesis</source>
      <translation>the name used in the thesis</translation>
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
      <translation>Welcome to Telaah</translation>
    </message>
    <message>
      <source>Who are you? This project has: {people}. Choose your name or type a new one; it is stored with every segment you code.</source>
      <translation>Who are you? This project has: {people}. Choose your name or type a new one; it is stored with every segment you code.</translation>
    </message>
    <message>
      <source>Who is coding? Your name is stored with every segment you code.</source>
      <translation>Who is coding? Your name is stored with every segment you code.</translation>
    </message>
    <message>
      <source>coder</source>
      <translation>coder</translation>
    </message>
    <message>
      <source>supervisor</source>
      <translation>supervisor</translation>
    </message>
  </context>
  <context>
    <name>MainMenus</name>
    <message>
      <source>&amp;About Telaah</source>
      <translation>&amp;About Telaah</translation>
    </message>
    <message>
      <source>&amp;Analysis</source>
      <translation>&amp;Analysis</translation>
    </message>
    <message>
      <source>&amp;Change the segment's code…</source>
      <translation>&amp;Change the segment's code…</translation>
    </message>
    <message>
      <source>&amp;Cite Telaah…</source>
      <translation>&amp;Cite Telaah…</translation>
    </message>
    <message>
      <source>&amp;Coding</source>
      <translation>&amp;Coding</translation>
    </message>
    <message>
      <source>&amp;Delete segment</source>
      <translation>&amp;Delete segment</translation>
    </message>
    <message>
      <source>&amp;Edit</source>
      <translation>&amp;Edit</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>&amp;File</translation>
    </message>
    <message>
      <source>&amp;Find in source…</source>
      <translation>&amp;Find in source…</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>&amp;Help</translation>
    </message>
    <message>
      <source>&amp;Import sources…</source>
      <translation>&amp;Import sources…</translation>
    </message>
    <message>
      <source>&amp;In-vivo code</source>
      <translation>&amp;In-vivo code</translation>
    </message>
    <message>
      <source>&amp;Language</source>
      <translation>&amp;Language</translation>
    </message>
    <message>
      <source>&amp;New project…</source>
      <translation>&amp;New project…</translation>
    </message>
    <message>
      <source>&amp;Next segment of this code</source>
      <translation>&amp;Next segment of this code</translation>
    </message>
    <message>
      <source>&amp;Open project…</source>
      <translation>&amp;Open project…</translation>
    </message>
    <message>
      <source>&amp;Previous segment of this code</source>
      <translation>&amp;Previous segment of this code</translation>
    </message>
    <message>
      <source>&amp;Quick code…</source>
      <translation>&amp;Quick code…</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>&amp;Quit</translation>
    </message>
    <message>
      <source>&amp;Recent projects</source>
      <translation>&amp;Recent projects</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>&amp;Redo</translation>
    </message>
    <message>
      <source>&amp;Review</source>
      <translation>&amp;Review</translation>
    </message>
    <message>
      <source>&amp;Sources and informants…</source>
      <translation>&amp;Sources and informants…</translation>
    </message>
    <message>
      <source>&amp;Switch coder…</source>
      <translation>&amp;Switch coder…</translation>
    </message>
    <message>
      <source>&amp;Tools</source>
      <translation>&amp;Tools</translation>
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Undo</translation>
    </message>
    <message>
      <source>&amp;User guide</source>
      <translation>&amp;User guide</translation>
    </message>
    <message>
      <source>&amp;View</source>
      <translation>&amp;View</translation>
    </message>
    <message>
      <source>Code &amp;again with the last code</source>
      <translation>Code &amp;again with the last code</translation>
    </message>
    <message>
      <source>No recent projects</source>
      <translation>No recent projects</translation>
    </message>
    <message>
      <source>Open the &amp;demo study…</source>
      <translation>Open the &amp;demo study…</translation>
    </message>
    <message>
      <source>Password for {location}:</source>
      <translation>Password for {location}:</translation>
    </message>
    <message>
      <source>Segment &amp;memo…</source>
      <translation>Segment &amp;memo…</translation>
    </message>
    <message>
      <source>Set segment &amp;boundaries to the selection</source>
      <translation>Set segment &amp;boundaries to the selection</translation>
    </message>
    <message>
      <source>Show &amp;other coders' segments</source>
      <translation>Show &amp;other coders' segments</translation>
    </message>
    <message>
      <source>Switch coder</source>
      <translation>Switch coder</translation>
    </message>
    <message>
      <source>Team project</source>
      <translation>Team project</translation>
    </message>
    <message>
      <source>Who is coding now?</source>
      <translation>Who is coding now?</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>&amp;Redo</source>
      <translation>&amp;Redo</translation>
    </message>
    <message>
      <source>&amp;Redo {action}</source>
      <translation>&amp;Redo {action}</translation>
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Undo</translation>
    </message>
    <message>
      <source>&amp;Undo {action}</source>
      <translation>&amp;Undo {action}</translation>
    </message>
    <message>
      <source>1 Coding</source>
      <translation>1 Coding</translation>
    </message>
    <message>
      <source>Coder: {name}</source>
      <translation>Coder: {name}</translation>
    </message>
    <message>
      <source>Open project</source>
      <translation>Open project</translation>
    </message>
    <message>
      <source>Read-only</source>
      <translation>Read-only</translation>
    </message>
    <message>
      <source>Read-only: nothing can be changed or saved in this window (the project is open in another session). Coding, memos and imports are switched off; reading, searching and exporting work.</source>
      <translation>Read-only: nothing can be changed or saved in this window (the project is open in another session). Coding, memos and imports are switched off; reading, searching and exporting work.</translation>
    </message>
    <message>
      <source>Telaah projects (*.telaah);;All files (*)</source>
      <translation>Telaah projects (*.telaah);;All files (*)</translation>
    </message>
    <message>
      <source>{title} (read-only)</source>
      <translation>{title} (read-only)</translation>
    </message>
  </context>
  <context>
    <name>MediaPane</name>
    <message>
      <source>Code region</source>
      <translation>Code region</translation>
    </message>
    <message>
      <source>Code region {code}</source>
      <translation>Code region {code}</translation>
    </message>
    <message>
      <source>Drag over the photo to mark a region.</source>
      <translation>Drag over the photo to mark a region.</translation>
    </message>
    <message>
      <source>Footer: {text}</source>
      <translation>Footer: {text}</translation>
    </message>
    <message>
      <source>Header: {text}</source>
      <translation>Header: {text}</translation>
    </message>
    <message>
      <source>Next page</source>
      <translation>Next page</translation>
    </message>
    <message>
      <source>Page {number} of {count}</source>
      <translation>Page {number} of {count}</translation>
    </message>
    <message>
      <source>Previous page</source>
      <translation>Previous page</translation>
    </message>
    <message>
      <source>What the region shows (stands for its text)</source>
      <translation>What the region shows (stands for its text)</translation>
    </message>
    <message>
      <source>taken {date}</source>
      <translation>taken {date}</translation>
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
      <translation>Segment memo</translation>
    </message>
    <message>
      <source>What strikes you about this passage?</source>
      <translation>What strikes you about this passage?</translation>
    </message>
  </context>
  <context>
    <name>MemoList</name>
    <message>
      <source>Add memo</source>
      <translation>Add memo</translation>
    </message>
    <message>
      <source>Attach to</source>
      <translation>Attach to</translation>
    </message>
    <message>
      <source>Attached to</source>
      <translation>Attached to</translation>
    </message>
    <message>
      <source>New memo</source>
      <translation>New memo</translation>
    </message>
    <message>
      <source>Search memos</source>
      <translation>Search memos</translation>
    </message>
    <message>
      <source>Text</source>
      <translation>Text</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Title</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>Type</translation>
    </message>
    <message>
      <source>Written</source>
      <translation>Written</translation>
    </message>
    <message>
      <source>all types</source>
      <translation>all types</translation>
    </message>
    <message>
      <source>analytic</source>
      <translation>analytic</translation>
    </message>
    <message>
      <source>code {id}</source>
      <translation>code {id}</translation>
    </message>
    <message>
      <source>methodological</source>
      <translation>methodological</translation>
    </message>
    <message>
      <source>reflexive</source>
      <translation>reflexive</translation>
    </message>
    <message>
      <source>segment memo</source>
      <translation>segment memo</translation>
    </message>
    <message>
      <source>segment {id}</source>
      <translation>segment {id}</translation>
    </message>
    <message>
      <source>source {id}</source>
      <translation>source {id}</translation>
    </message>
    <message>
      <source>the project</source>
      <translation>the project</translation>
    </message>
    <message>
      <source>the selected segment</source>
      <translation>the selected segment</translation>
    </message>
  </context>
  <context>
    <name>MergeProject</name>
    <message>
      <source>&amp;Merge project…</source>
      <translation>&amp;Merge project…</translation>
    </message>
    <message>
      <source>Comparing the two copies…</source>
      <translation>Comparing the two copies…</translation>
    </message>
    <message>
      <source>Merge</source>
      <translation>Merge</translation>
    </message>
    <message>
      <source>Merge a coder's copy of this project</source>
      <translation>Merge a coder's copy of this project</translation>
    </message>
    <message>
      <source>Merge project</source>
      <translation>Merge project</translation>
    </message>
    <message>
      <source>Merging changes nothing until you press Merge. A backup of this project is taken first.</source>
      <translation>Merging changes nothing until you press Merge. A backup of this project is taken first.</translation>
    </message>
    <message>
      <source>Merging…</source>
      <translation>Merging…</translation>
    </message>
    <message>
      <source>Telaah projects (*.telaah)</source>
      <translation>Telaah projects (*.telaah)</translation>
    </message>
  </context>
  <context>
    <name>OpenChoice</name>
    <message>
      <source>Cancel</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <source>Open read-only</source>
      <translation>Open read-only</translation>
    </message>
    <message>
      <source>Project in use</source>
      <translation>Project in use</translation>
    </message>
    <message>
      <source>You can open it read-only to look at it without changing anything, or cancel and ask them to close it first.</source>
      <translation>You can open it read-only to look at it without changing anything, or cancel and ask them to close it first.</translation>
    </message>
    <message>
      <source>{path} is already open in Telaah by {user} on {host} (since {since}).</source>
      <translation>{path} is already open in Telaah by {user} on {host} (since {since}).</translation>
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
      <translation>Building the demo study…</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation type="vanished">Cancel</translation>
    </message>
    <message>
      <source>Import cancelled; nothing was changed.</source>
      <translation>Import cancelled; nothing was changed.</translation>
    </message>
    <message>
      <source>Import sources</source>
      <translation>Import sources</translation>
    </message>
    <message>
      <source>Importing {count} files…</source>
      <translation>Importing {count} files…</translation>
    </message>
    <message>
      <source>New informants: {labels}.</source>
      <translation>New informants: {labels}.</translation>
    </message>
    <message>
      <source>New project</source>
      <translation>New project</translation>
    </message>
    <message>
      <source>Recognise the text with OCR (Tesseract)? This takes a while per page; the text is marked as machine-made until you check it.</source>
      <translation>Recognise the text with OCR (Tesseract)? This takes a while per page; the text is marked as machine-made until you check it.</translation>
    </message>
    <message>
      <source>Save the demo study as</source>
      <translation>Save the demo study as</translation>
    </message>
    <message>
      <source>Scanned PDF</source>
      <translation>Scanned PDF</translation>
    </message>
    <message>
      <source>Telaah projects (*.telaah)</source>
      <translation>Telaah projects (*.telaah)</translation>
    </message>
    <message>
      <source>Texts and documents ({patterns});;All files (*)</source>
      <translation>Texts and documents ({patterns});;All files (*)</translation>
    </message>
    <message>
      <source>{count} sources imported.</source>
      <translation>{count} sources imported.</translation>
    </message>
  </context>
  <context>
    <name>ProjectWindows</name>
    <message>
      <source>Building the demo study…</source>
      <translation>Building the demo study…</translation>
    </message>
  </context>
  <context>
    <name>QFileDialog</name>
    <message>
      <source>&amp;Delete</source>
      <translation>&amp;Delete</translation>
    </message>
    <message>
      <source>&amp;Look in:</source>
      <translation>&amp;Look in:</translation>
    </message>
    <message>
      <source>&amp;New Folder</source>
      <translation>&amp;New Folder</translation>
    </message>
    <message>
      <source>&amp;Open</source>
      <translation>&amp;Open</translation>
    </message>
    <message>
      <source>&amp;Rename</source>
      <translation>&amp;Rename</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>&amp;Save</translation>
    </message>
    <message>
      <source>All Files (*)</source>
      <translation>All Files (*)</translation>
    </message>
    <message>
      <source>Back</source>
      <translation>Back</translation>
    </message>
    <message>
      <source>Create New Folder</source>
      <translation>Create New Folder</translation>
    </message>
    <message>
      <source>Detail View</source>
      <translation>Detail View</translation>
    </message>
    <message>
      <source>File &amp;name:</source>
      <translation>File &amp;name:</translation>
    </message>
    <message>
      <source>Files of &amp;type:</source>
      <translation>Files of &amp;type:</translation>
    </message>
    <message>
      <source>Forward</source>
      <translation>Forward</translation>
    </message>
    <message>
      <source>List View</source>
      <translation>List View</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Open</translation>
    </message>
    <message>
      <source>Parent Directory</source>
      <translation>Parent Directory</translation>
    </message>
    <message>
      <source>Save As</source>
      <translation>Save As</translation>
    </message>
    <message>
      <source>Show &amp;hidden files</source>
      <translation>Show &amp;hidden files</translation>
    </message>
  </context>
  <context>
    <name>QFileSystemModel</name>
    <message>
      <source>Computer</source>
      <translation>Computer</translation>
    </message>
    <message>
      <source>Date Modified</source>
      <translation>Date Modified</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>Size</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>Type</translation>
    </message>
  </context>
  <context>
    <name>QLineEdit</name>
    <message>
      <source>&amp;Copy</source>
      <translation>&amp;Copy</translation>
    </message>
    <message>
      <source>&amp;Paste</source>
      <translation>&amp;Paste</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>&amp;Redo</translation>
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Undo</translation>
    </message>
    <message>
      <source>Cu&amp;t</source>
      <translation>Cu&amp;t</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Delete</translation>
    </message>
    <message>
      <source>Select All</source>
      <translation>Select All</translation>
    </message>
  </context>
  <context>
    <name>QMessageBox</name>
    <message>
      <source>Hide Details...</source>
      <translation>Hide Details...</translation>
    </message>
    <message>
      <source>Show Details...</source>
      <translation>Show Details...</translation>
    </message>
  </context>
  <context>
    <name>QPlatformTheme</name>
    <message>
      <source>&amp;No</source>
      <translation>&amp;No</translation>
    </message>
    <message>
      <source>&amp;Yes</source>
      <translation>&amp;Yes</translation>
    </message>
    <message>
      <source>Apply</source>
      <translation>Apply</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Close</translation>
    </message>
    <message>
      <source>Discard</source>
      <translation>Discard</translation>
    </message>
    <message>
      <source>Help</source>
      <translation>Help</translation>
    </message>
    <message>
      <source>OK</source>
      <translation>OK</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Open</translation>
    </message>
    <message>
      <source>Reset</source>
      <translation>Reset</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Save</translation>
    </message>
  </context>
  <context>
    <name>QWidgetTextControl</name>
    <message>
      <source>&amp;Copy</source>
      <translation>&amp;Copy</translation>
    </message>
    <message>
      <source>&amp;Paste</source>
      <translation>&amp;Paste</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>&amp;Redo</translation>
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Undo</translation>
    </message>
    <message>
      <source>Copy &amp;Link Location</source>
      <translation>Copy &amp;Link Location</translation>
    </message>
    <message>
      <source>Cu&amp;t</source>
      <translation>Cu&amp;t</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Delete</translation>
    </message>
    <message>
      <source>Select All</source>
      <translation>Select All</translation>
    </message>
  </context>
  <context>
    <name>QuickCodeBox</name>
    <message>
      <source>Quick code</source>
      <translation>Quick code</translation>
    </message>
    <message>
      <source>Type a code name (typos are fine), then Enter</source>
      <translation>Type a code name (typos are fine), then Enter</translation>
    </message>
  </context>
  <context>
    <name>QuoteCheckDialog</name>
    <message>
      <source>&amp;Verify quotations in a draft…</source>
      <translation>&amp;Verify quotations in a draft…</translation>
    </message>
    <message>
      <source>Choose a thesis draft</source>
      <translation>Choose a thesis draft</translation>
    </message>
    <message>
      <source>Choose…</source>
      <translation>Choose…</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Close</translation>
    </message>
    <message>
      <source>Draft</source>
      <translation>Draft</translation>
    </message>
    <message>
      <source>Looking up each quotation…</source>
      <translation>Looking up each quotation…</translation>
    </message>
    <message>
      <source>Show in text</source>
      <translation>Show in text</translation>
    </message>
    <message>
      <source>Thesis draft (.docx)</source>
      <translation>Thesis draft (.docx)</translation>
    </message>
    <message>
      <source>Verify</source>
      <translation>Verify</translation>
    </message>
    <message>
      <source>Verify quotations</source>
      <translation>Verify quotations</translation>
    </message>
    <message>
      <source>Verify quotations in a draft</source>
      <translation>Verify quotations in a draft</translation>
    </message>
    <message>
      <source>Word document (*.docx)</source>
      <translation>Word document (*.docx)</translation>
    </message>
    <message>
      <source>{total} quotations: {exact} exact, {near} near, {missing} not found; {miscited} cite another informant than the one found.</source>
      <translation>{total} quotations: {exact} exact, {near} near, {missing} not found; {miscited} cite another informant than the one found.</translation>
    </message>
  </context>
  <context>
    <name>QuoteCheckModel</name>
    <message>
      <source>'{quote}' → source '{source}'</source>
      <translation>'{quote}' → source '{source}'</translation>
    </message>
    <message>
      <source>Cited</source>
      <translation>Cited</translation>
    </message>
    <message>
      <source>Differences</source>
      <translation>Differences</translation>
    </message>
    <message>
      <source>Exact</source>
      <translation>Exact</translation>
    </message>
    <message>
      <source>Found in</source>
      <translation>Found in</translation>
    </message>
    <message>
      <source>Informant matches</source>
      <translation>Informant matches</translation>
    </message>
    <message>
      <source>NO</source>
      <translation>NO</translation>
    </message>
    <message>
      <source>Near match</source>
      <translation>Near match</translation>
    </message>
    <message>
      <source>Not found</source>
      <translation>Not found</translation>
    </message>
    <message>
      <source>Not found in any transcript.</source>
      <translation>Not found in any transcript.</translation>
    </message>
    <message>
      <source>Paragraph</source>
      <translation>Paragraph</translation>
    </message>
    <message>
      <source>Quotation</source>
      <translation>Quotation</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>The citation names {cited}, but the quotation is from {found}.</source>
      <translation>The citation names {cited}, but the quotation is from {found}.</translation>
    </message>
    <message>
      <source>added: '{quote}'</source>
      <translation>added: '{quote}'</translation>
    </message>
    <message>
      <source>missing: '{source}'</source>
      <translation>missing: '{source}'</translation>
    </message>
    <message>
      <source>paragraph {number}</source>
      <translation>paragraph {number}</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>yes</translation>
    </message>
    <message>
      <source>{count} elision(s) …</source>
      <translation>{count} elision(s) …</translation>
    </message>
  </context>
  <context>
    <name>RecordingActions</name>
    <message>
      <source>&amp;Transcribe recording…</source>
      <translation type="vanished">&amp;Transcribe recording…</translation>
    </message>
    <message>
      <source>About {seconds} s left</source>
      <translation>About {seconds} s left</translation>
    </message>
    <message>
      <source>Browse…</source>
      <translation>Browse…</translation>
    </message>
    <message>
      <source>Choose the source whose recording to transcribe.</source>
      <translation>Choose the source whose recording to transcribe.</translation>
    </message>
    <message>
      <source>Download</source>
      <translation>Download</translation>
    </message>
    <message>
      <source>Download a model</source>
      <translation>Download a model</translation>
    </message>
    <message>
      <source>Downloading {name}…</source>
      <translation>Downloading {name}…</translation>
    </message>
    <message>
      <source>Draft transcript of {title}</source>
      <translation>Draft transcript of {title}</translation>
    </message>
    <message>
      <source>Draft transcript ready: {words} words in {seconds} s. It is marked machine-made until you correct it.</source>
      <translation>Draft transcript ready: {words} words in {seconds} s. It is marked machine-made until you correct it.</translation>
    </message>
    <message>
      <source>English</source>
      <translation>English</translation>
    </message>
    <message>
      <source>Folder of a Whisper model</source>
      <translation>Folder of a Whisper model</translation>
    </message>
    <message>
      <source>Guess from the recording</source>
      <translation>Guess from the recording</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>Import</translation>
    </message>
    <message>
      <source>Import &amp;recording…</source>
      <translation type="vanished">Import &amp;recording…</translation>
    </message>
    <message>
      <source>Import a recording</source>
      <translation>Import a recording</translation>
    </message>
    <message>
      <source>Import re&amp;cording…</source>
      <translation>Import re&amp;cording…</translation>
    </message>
    <message>
      <source>Indonesian</source>
      <translation>Indonesian</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Language</translation>
    </message>
    <message>
      <source>Model</source>
      <translation>Model</translation>
    </message>
    <message>
      <source>Model folder…</source>
      <translation>Model folder…</translation>
    </message>
    <message>
      <source>Model {name} is ready.</source>
      <translation>Model {name} is ready.</translation>
    </message>
    <message>
      <source>No model yet: choose a folder or download one</source>
      <translation>No model yet: choose a folder or download one</translation>
    </message>
    <message>
      <source>Playing recordings needs Qt Multimedia, which this installation of Telaah lacks.</source>
      <translation>Playing recordings needs Qt Multimedia, which this installation of Telaah lacks.</translation>
    </message>
    <message>
      <source>Recording (WAV, MP3, M4A, OGG, MP4)</source>
      <translation>Recording (WAV, MP3, M4A, OGG, MP4)</translation>
    </message>
    <message>
      <source>Recording imported as {title}.</source>
      <translation>Recording imported as {title}.</translation>
    </message>
    <message>
      <source>Recordings ({patterns});;All files (*)</source>
      <translation>Recordings ({patterns});;All files (*)</translation>
    </message>
    <message>
      <source>The recording stays on this computer: Telaah transcribes it here and sends nothing anywhere. Only the Download button connects to the internet, to fetch the model you chose, into {folder}.</source>
      <translation>The recording stays on this computer: Telaah transcribes it here and sends nothing anywhere. Only the Download button connects to the internet, to fetch the model you chose, into {folder}.</translation>
    </message>
    <message>
      <source>The result is a draft, split into paragraphs at pauses and marked machine-made until you have corrected it; add speaker labels yourself.</source>
      <translation>The result is a draft, split into paragraphs at pauses and marked machine-made until you have corrected it; add speaker labels yourself.</translation>
    </message>
    <message>
      <source>Times in the transcript ([hh:mm:ss], #hh:mm:ss-d#, SRT, WebVTT, oTranscribe) link its words to the recording.</source>
      <translation>Times in the transcript ([hh:mm:ss], #hh:mm:ss-d#, SRT, WebVTT, oTranscribe) link its words to the recording.</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Title</translation>
    </message>
    <message>
      <source>Tr&amp;anscription mode…</source>
      <translation>Tr&amp;anscription mode…</translation>
    </message>
    <message>
      <source>Transcribe</source>
      <translation>Transcribe</translation>
    </message>
    <message>
      <source>Transcribe a recording</source>
      <translation>Transcribe a recording</translation>
    </message>
    <message>
      <source>Transcribe recordin&amp;g…</source>
      <translation>Transcribe recordin&amp;g…</translation>
    </message>
    <message>
      <source>Transcribing on this computer…</source>
      <translation>Transcribing on this computer…</translation>
    </message>
    <message>
      <source>Transcript (optional)</source>
      <translation>Transcript (optional)</translation>
    </message>
    <message>
      <source>Transcript of the recording</source>
      <translation>Transcript of the recording</translation>
    </message>
    <message>
      <source>Transcription &amp;mode…</source>
      <translation type="vanished">Transcription &amp;mode…</translation>
    </message>
    <message>
      <source>Transcription cancelled; nothing was changed.</source>
      <translation>Transcription cancelled; nothing was changed.</translation>
    </message>
    <message>
      <source>Transcripts ({patterns});;All files (*)</source>
      <translation>Transcripts ({patterns});;All files (*)</translation>
    </message>
    <message>
      <source>none: transcribe it later</source>
      <translation>none: transcribe it later</translation>
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
      <translation>A person has corrected this transcript</translation>
    </message>
    <message>
      <source>Back three seconds</source>
      <translation>Back three seconds</translation>
    </message>
    <message>
      <source>Faster</source>
      <translation>Faster</translation>
    </message>
    <message>
      <source>Machine-made draft: correct it against the recording, then mark it as checked.</source>
      <translation>Machine-made draft: correct it against the recording, then mark it as checked.</translation>
    </message>
    <message>
      <source>Mark as checked</source>
      <translation>Mark as checked</translation>
    </message>
    <message>
      <source>Pause</source>
      <translation>Pause</translation>
    </message>
    <message>
      <source>Play</source>
      <translation>Play</translation>
    </message>
    <message>
      <source>Play faster</source>
      <translation>Play faster</translation>
    </message>
    <message>
      <source>Play more slowly</source>
      <translation>Play more slowly</translation>
    </message>
    <message>
      <source>Play or pause</source>
      <translation>Play or pause</translation>
    </message>
    <message>
      <source>Play or pause the recording</source>
      <translation>Play or pause the recording</translation>
    </message>
    <message>
      <source>Play passage</source>
      <translation>Play passage</translation>
    </message>
    <message>
      <source>Play the chosen coded segment or the selected words, then stop</source>
      <translation>Play the chosen coded segment or the selected words, then stop</translation>
    </message>
    <message>
      <source>Slower</source>
      <translation>Slower</translation>
    </message>
    <message>
      <source>−3 s</source>
      <translation>−3 s</translation>
    </message>
  </context>
  <context>
    <name>ReductionTab</name>
    <message>
      <source>Code summaries and coverage</source>
      <translation>Code summaries and coverage</translation>
    </message>
    <message>
      <source>Memos</source>
      <translation>Memos</translation>
    </message>
    <message>
      <source>Reduction: {done} of {total} segments condensed</source>
      <translation>Reduction: {done} of {total} segments condensed</translation>
    </message>
    <message>
      <source>Retrieved segments</source>
      <translation>Retrieved segments</translation>
    </message>
  </context>
  <context>
    <name>ReplacementList</name>
    <message>
      <source>Informant names become labels such as [Informan 3]; after writing, Telaah lists what it replaced (the list is not in the file).</source>
      <translation>Informant names become labels such as [Informan 3]; after writing, Telaah lists what it replaced (the list is not in the file).</translation>
    </message>
    <message>
      <source>Pseudonymise names, NIP, NIK, phone numbers and e-mail addresses</source>
      <translation>Pseudonymise names, NIP, NIK, phone numbers and e-mail addresses</translation>
    </message>
    <message>
      <source>Pseudonymised</source>
      <translation>Pseudonymised</translation>
    </message>
    <message>
      <source>{count} different text(s) were replaced in the export. The list below is shown here only; it is not in the file.</source>
      <translation>{count} different text(s) were replaced in the export. The list below is shown here only; it is not in the file.</translation>
    </message>
  </context>
  <context>
    <name>RetrievedSegments</name>
    <message>
      <source>(choose a code)</source>
      <translation>(choose a code)</translation>
    </message>
    <message>
      <source>Choose both codes for this query.</source>
      <translation>Choose both codes for this query.</translation>
    </message>
    <message>
      <source>Code</source>
      <translation>Code</translation>
    </message>
    <message>
      <source>Coder</source>
      <translation>Coder</translation>
    </message>
    <message>
      <source>Double-click a segment to read it in its transcript; press F2 to edit its paraphrase in the table.</source>
      <translation>Double-click a segment to read it in its transcript; press F2 to edit its paraphrase in the table.</translation>
    </message>
    <message>
      <source>Informant</source>
      <translation>Informant</translation>
    </message>
    <message>
      <source>Paraphrase</source>
      <translation>Paraphrase</translation>
    </message>
    <message>
      <source>Review</source>
      <translation>Review</translation>
    </message>
    <message>
      <source>Save paraphrase</source>
      <translation>Save paraphrase</translation>
    </message>
    <message>
      <source>Technique</source>
      <translation>Technique</translation>
    </message>
    <message>
      <source>Text</source>
      <translation>Text</translation>
    </message>
    <message>
      <source>The condensed statement of the selected segment, in your words</source>
      <translation>The condensed statement of the selected segment, in your words</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>Type</translation>
    </message>
    <message>
      <source>Words in the quote or paraphrase</source>
      <translation>Words in the quote or paraphrase</translation>
    </message>
    <message>
      <source>any code</source>
      <translation>any code</translation>
    </message>
    <message>
      <source>any coder</source>
      <translation>any coder</translation>
    </message>
    <message>
      <source>any informant</source>
      <translation>any informant</translation>
    </message>
    <message>
      <source>any status</source>
      <translation>any status</translation>
    </message>
    <message>
      <source>any technique</source>
      <translation>any technique</translation>
    </message>
    <message>
      <source>any type</source>
      <translation>any type</translation>
    </message>
    <message>
      <source>but not overlapping a segment of</source>
      <translation>but not overlapping a segment of</translation>
    </message>
    <message>
      <source>key informant</source>
      <translation>key informant</translation>
    </message>
    <message>
      <source>main informant</source>
      <translation>main informant</translation>
    </message>
    <message>
      <source>matching the filters</source>
      <translation>matching the filters</translation>
    </message>
    <message>
      <source>overlapping a segment of</source>
      <translation>overlapping a segment of</translation>
    </message>
    <message>
      <source>supporting informant</source>
      <translation>supporting informant</translation>
    </message>
    <message>
      <source>{shown} of {total} segments</source>
      <translation>{shown} of {total} segments</translation>
    </message>
  </context>
  <context>
    <name>ReviewFeedback</name>
    <message>
      <source>Bring the transcript forward with this segment current, ready to adjust (Ctrl+B) or recode.</source>
      <translation>Bring the transcript forward with this segment current, ready to adjust (Ctrl+B) or recode.</translation>
    </message>
    <message>
      <source>Closed</source>
      <translation>Closed</translation>
    </message>
    <message>
      <source>No feedback on your segments yet.</source>
      <translation>No feedback on your segments yet.</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Open</translation>
    </message>
    <message>
      <source>Show in text</source>
      <translation>Show in text</translation>
    </message>
    <message>
      <source>With your supervisor</source>
      <translation>With your supervisor</translation>
    </message>
    <message>
      <source>Your supervisor sent 1 segment back for revision. Show it now?</source>
      <translation>Your supervisor sent 1 segment back for revision. Show it now?</translation>
    </message>
    <message>
      <source>Your supervisor sent {count} segments back for revision. Show them now?</source>
      <translation>Your supervisor sent {count} segments back for revision. Show them now?</translation>
    </message>
    <message>
      <source>changed the segment</source>
      <translation>changed the segment</translation>
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
      <translation>Accepted</translation>
    </message>
    <message>
      <source>Code</source>
      <translation>Code</translation>
    </message>
    <message>
      <source>Coder</source>
      <translation>Coder</translation>
    </message>
    <message>
      <source>Informant</source>
      <translation type="vanished">Informant</translation>
    </message>
    <message>
      <source>Needs revision</source>
      <translation>Needs revision</translation>
    </message>
    <message>
      <source>Pending</source>
      <translation>Pending</translation>
    </message>
    <message>
      <source>Quote</source>
      <translation>Quote</translation>
    </message>
    <message>
      <source>Rejected</source>
      <translation>Rejected</translation>
    </message>
    <message>
      <source>Revised</source>
      <translation>Revised</translation>
    </message>
    <message>
      <source>Source</source>
      <translation type="vanished">Source</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Text</source>
      <translation type="vanished">Text</translation>
    </message>
    <message>
      <source>Where</source>
      <translation>Where</translation>
    </message>
  </context>
  <context>
    <name>ReviewPanel</name>
    <message>
      <source>Accept</source>
      <translation>Accept</translation>
    </message>
    <message>
      <source>Accept this segment</source>
      <translation>Accept this segment</translation>
    </message>
    <message>
      <source>Add comment</source>
      <translation>Add comment</translation>
    </message>
    <message>
      <source>Add your comment to the thread without a verdict</source>
      <translation>Add your comment to the thread without a verdict</translation>
    </message>
    <message>
      <source>All</source>
      <translation>All</translation>
    </message>
    <message>
      <source>Any status</source>
      <translation>Any status</translation>
    </message>
    <message>
      <source>Bring the transcript forward with this segment</source>
      <translation>Bring the transcript forward with this segment</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Close</translation>
    </message>
    <message>
      <source>Code</source>
      <translation>Code</translation>
    </message>
    <message>
      <source>Coder</source>
      <translation>Coder</translation>
    </message>
    <message>
      <source>Coders</source>
      <translation type="vanished">Coders</translation>
    </message>
    <message>
      <source>Comment (needed for 'needs revision' and 'rejected')</source>
      <translation type="vanished">Comment (needed for 'needs revision' and 'rejected')</translation>
    </message>
    <message>
      <source>Comment thread</source>
      <translation>Comment thread</translation>
    </message>
    <message>
      <source>Comments</source>
      <translation type="vanished">Comments</translation>
    </message>
    <message>
      <source>Comments (thread)</source>
      <translation type="vanished">Comments (thread)</translation>
    </message>
    <message>
      <source>Date</source>
      <translation type="vanished">Date</translation>
    </message>
    <message>
      <source>Export review summary</source>
      <translation>Export review summary</translation>
    </message>
    <message>
      <source>Export summary .docx…</source>
      <translation>Export summary .docx…</translation>
    </message>
    <message>
      <source>Informant</source>
      <translation>Informant</translation>
    </message>
    <message>
      <source>My &amp;feedback…</source>
      <translation>My &amp;feedback…</translation>
    </message>
    <message>
      <source>My feedback</source>
      <translation>My feedback</translation>
    </message>
    <message>
      <source>Needs revision</source>
      <translation>Needs revision</translation>
    </message>
    <message>
      <source>No comments yet.</source>
      <translation type="vanished">No comments yet.</translation>
    </message>
    <message>
      <source>Nothing to undo ({key})</source>
      <translation>Nothing to undo ({key})</translation>
    </message>
    <message>
      <source>Project</source>
      <translation type="vanished">Project</translation>
    </message>
    <message>
      <source>Quote</source>
      <translation type="vanished">Quote</translation>
    </message>
    <message>
      <source>Reject</source>
      <translation>Reject</translation>
    </message>
    <message>
      <source>Reject it, saying why in your comment</source>
      <translation>Reject it, saying why in your comment</translation>
    </message>
    <message>
      <source>Review</source>
      <translation>Review</translation>
    </message>
    <message>
      <source>Review &amp;queue…</source>
      <translation>Review &amp;queue…</translation>
    </message>
    <message>
      <source>Review queue</source>
      <translation>Review queue</translation>
    </message>
    <message>
      <source>Review summary</source>
      <translation type="vanished">Review summary</translation>
    </message>
    <message>
      <source>Saved to {path}</source>
      <translation>Saved to {path}</translation>
    </message>
    <message>
      <source>Segment</source>
      <translation type="vanished">Segment</translation>
    </message>
    <message>
      <source>Segment changed</source>
      <translation>Segment changed</translation>
    </message>
    <message>
      <source>Segment in its turn</source>
      <translation>Segment in its turn</translation>
    </message>
    <message>
      <source>Send it back to its coder with your comment</source>
      <translation>Send it back to its coder with your comment</translation>
    </message>
    <message>
      <source>Set back to pending</source>
      <translation>Set back to pending</translation>
    </message>
    <message>
      <source>Show in text</source>
      <translation>Show in text</translation>
    </message>
    <message>
      <source>Source and turn</source>
      <translation type="vanished">Source and turn</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Supervisor</source>
      <translation type="vanished">Supervisor</translation>
    </message>
    <message>
      <source>Take the segment's verdict back: it is pending again</source>
      <translation>Take the segment's verdict back: it is pending again</translation>
    </message>
    <message>
      <source>To review (pending or revised)</source>
      <translation>To review (pending or revised)</translation>
    </message>
    <message>
      <source>Total</source>
      <translation type="vanished">Total</translation>
    </message>
    <message>
      <source>Undo</source>
      <translation>Undo</translation>
    </message>
    <message>
      <source>Undo the last step</source>
      <translation>Undo the last step</translation>
    </message>
    <message>
      <source>Undo {step} ({key})</source>
      <translation>Undo {step} ({key})</translation>
    </message>
    <message>
      <source>Word document (*.docx)</source>
      <translation>Word document (*.docx)</translation>
    </message>
    <message>
      <source>Writing the review summary…</source>
      <translation>Writing the review summary…</translation>
    </message>
    <message>
      <source>You review as supervisor {name}.</source>
      <translation>You review as supervisor {name}.</translation>
    </message>
    <message>
      <source>Your comment (needed to send a segment back for revision or to reject it)</source>
      <translation>Your comment (needed to send a segment back for revision or to reject it)</translation>
    </message>
    <message>
      <source>Your reply to your supervisor</source>
      <translation>Your reply to your supervisor</translation>
    </message>
    <message>
      <source>changed the segment; it was: “{text}”</source>
      <translation type="vanished">changed the segment; it was: “{text}”</translation>
    </message>
    <message>
      <source>coder</source>
      <translation type="vanished">coder</translation>
    </message>
    <message>
      <source>para. {number}</source>
      <translation type="vanished">para. {number}</translation>
    </message>
    <message>
      <source>supervisor</source>
      <translation type="vanished">supervisor</translation>
    </message>
    <message>
      <source>turn {number}</source>
      <translation type="vanished">turn {number}</translation>
    </message>
    <message>
      <source>{count} segments</source>
      <translation type="vanished">{count} segments</translation>
    </message>
    <message>
      <source>{name} is a coder: verdicts are given by a supervisor; you can reply in the thread.</source>
      <translation>{name} is a coder: verdicts are given by a supervisor; you can reply in the thread.</translation>
    </message>
    <message>
      <source>{verdict} {words}</source>
      <translation>{verdict} {words}</translation>
    </message>
    <message>
      <source>“{words}” was changed by its coder after the queue showed it. Give the verdict on the segment as it is now?</source>
      <translation>“{words}” was changed by its coder after the queue showed it. Give the verdict on the segment as it is now?</translation>
    </message>
  </context>
  <context>
    <name>ReviewStart</name>
    <message>
      <source>Coder: {name}</source>
      <translation>Coder: {name}</translation>
    </message>
    <message>
      <source>Feedback from your supervisor</source>
      <translation>Feedback from your supervisor</translation>
    </message>
    <message>
      <source>Supervisor: {name}</source>
      <translation>Supervisor: {name}</translation>
    </message>
    <message>
      <source>changed the segment</source>
      <translation>changed the segment</translation>
    </message>
  </context>
  <context>
    <name>ReviewTexts</name>
    <message>
      <source>1 segment</source>
      <translation>1 segment</translation>
    </message>
    <message>
      <source>After revision</source>
      <translation>After revision</translation>
    </message>
    <message>
      <source>Before revision</source>
      <translation>Before revision</translation>
    </message>
    <message>
      <source>Changed the segment (was: “{text}”).</source>
      <translation>Changed the segment (was: “{text}”).</translation>
    </message>
    <message>
      <source>Judged: “{text}” as {code}</source>
      <translation>Judged: “{text}” as {code}</translation>
    </message>
    <message>
      <source>Memo</source>
      <translation>Memo</translation>
    </message>
    <message>
      <source>No comments yet.</source>
      <translation>No comments yet.</translation>
    </message>
    <message>
      <source>What the coder changed</source>
      <translation>What the coder changed</translation>
    </message>
    <message>
      <source>coder</source>
      <translation>coder</translation>
    </message>
    <message>
      <source>supervisor</source>
      <translation>supervisor</translation>
    </message>
    <message>
      <source>{count} segments</source>
      <translation>{count} segments</translation>
    </message>
    <message>
      <source>{length} characters</source>
      <translation>{length} characters</translation>
    </message>
  </context>
  <context>
    <name>ReviewWord</name>
    <message>
      <source>&amp;Import review from Word…</source>
      <translation>&amp;Import review from Word…</translation>
    </message>
    <message>
      <source>Added {comments} review comment(s) ({verdicts} with a verdict) and {suggestions} suggestion(s); {already} were already in the project.</source>
      <translation>Added {comments} review comment(s) ({verdicts} with a verdict) and {suggestions} suggestion(s); {already} were already in the project.</translation>
    </message>
    <message>
      <source>All</source>
      <translation>All</translation>
    </message>
    <message>
      <source>Code</source>
      <translation>Code</translation>
    </message>
    <message>
      <source>Coder</source>
      <translation>Coder</translation>
    </message>
    <message>
      <source>Could not place {count} comment(s):</source>
      <translation>Could not place {count} comment(s):</translation>
    </message>
    <message>
      <source>Export for review in &amp;Word…</source>
      <translation>Export for review in &amp;Word…</translation>
    </message>
    <message>
      <source>Export for review in Word</source>
      <translation>Export for review in Word</translation>
    </message>
    <message>
      <source>Import review from Word</source>
      <translation>Import review from Word</translation>
    </message>
    <message>
      <source>Informant</source>
      <translation>Informant</translation>
    </message>
    <message>
      <source>Reading the review document…</source>
      <translation>Reading the review document…</translation>
    </message>
    <message>
      <source>Supervisor</source>
      <translation>Supervisor</translation>
    </message>
    <message>
      <source>Word document (*.docx)</source>
      <translation>Word document (*.docx)</translation>
    </message>
    <message>
      <source>Writing the review document…</source>
      <translation>Writing the review document…</translation>
    </message>
    <message>
      <source>Wrote {segments} segment(s) from {sources} source(s) to {path}.</source>
      <translation>Wrote {segments} segment(s) from {sources} source(s) to {path}.</translation>
    </message>
  </context>
  <context>
    <name>SearchCoding</name>
    <message>
      <source>Code all hits</source>
      <translation>Code all hits</translation>
    </message>
    <message>
      <source>Code these {count} hits with '{code}'? Untick any that should not be coded. You can undo this afterwards.</source>
      <translation>Code these {count} hits with '{code}'? Untick any that should not be coded. You can undo this afterwards.</translation>
    </message>
    <message>
      <source>Code ticked hits</source>
      <translation>Code ticked hits</translation>
    </message>
  </context>
  <context>
    <name>SearchModel</name>
    <message>
      <source>Closest example</source>
      <translation>Closest example</translation>
    </message>
    <message>
      <source>In context</source>
      <translation>In context</translation>
    </message>
    <message>
      <source>Informant</source>
      <translation>Informant</translation>
    </message>
    <message>
      <source>Passage</source>
      <translation>Passage</translation>
    </message>
    <message>
      <source>Position</source>
      <translation>Position</translation>
    </message>
    <message>
      <source>Score</source>
      <translation>Score</translation>
    </message>
    <message>
      <source>Source</source>
      <translation>Source</translation>
    </message>
  </context>
  <context>
    <name>SearchPanel</name>
    <message>
      <source>&amp;Search the project…</source>
      <translation>&amp;Search the project…</translation>
    </message>
    <message>
      <source>Apply code {code}</source>
      <translation>Apply code {code}</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Close</translation>
    </message>
    <message>
      <source>Code</source>
      <translation>Code</translation>
    </message>
    <message>
      <source>Code all hits…</source>
      <translation>Code all hits…</translation>
    </message>
    <message>
      <source>Code suggestions</source>
      <translation>Code suggestions</translation>
    </message>
    <message>
      <source>Code this passage</source>
      <translation>Code this passage</translation>
    </message>
    <message>
      <source>Code {count} hits with {code}</source>
      <translation>Code {count} hits with {code}</translation>
    </message>
    <message>
      <source>Coding undone.</source>
      <translation>Coding undone.</translation>
    </message>
    <message>
      <source>Dismiss</source>
      <translation>Dismiss</translation>
    </message>
    <message>
      <source>Exact</source>
      <translation>Exact</translation>
    </message>
    <message>
      <source>Fuzzy (typos, spelling variants)</source>
      <translation>Fuzzy (typos, spelling variants)</translation>
    </message>
    <message>
      <source>Match case</source>
      <translation>Match case</translation>
    </message>
    <message>
      <source>Other changes came after this coding: take it back with Edit › Undo.</source>
      <translation>Other changes came after this coding: take it back with Edit › Undo.</translation>
    </message>
    <message>
      <source>Passages like the code's example and its segments, best first. Nothing is coded until you click.</source>
      <translation>Passages like the code's example and its segments, best first. Nothing is coded until you click.</translation>
    </message>
    <message>
      <source>Reading the texts…</source>
      <translation>Reading the texts…</translation>
    </message>
    <message>
      <source>Regular expression</source>
      <translation>Regular expression</translation>
    </message>
    <message>
      <source>Search</source>
      <translation>Search</translation>
    </message>
    <message>
      <source>Show in text</source>
      <translation>Show in text</translation>
    </message>
    <message>
      <source>Suggest passages</source>
      <translation>Suggest passages</translation>
    </message>
    <message>
      <source>Undo coding</source>
      <translation>Undo coding</translation>
    </message>
    <message>
      <source>Whole word</source>
      <translation>Whole word</translation>
    </message>
    <message>
      <source>Words to find</source>
      <translation>Words to find</translation>
    </message>
    <message>
      <source>{count} hits in {sources} sources</source>
      <translation>{count} hits in {sources} sources</translation>
    </message>
    <message>
      <source>{count} segments coded.</source>
      <translation>{count} segments coded.</translation>
    </message>
  </context>
  <context>
    <name>SegmentActions</name>
    <message>
      <source>Change code to {code}</source>
      <translation>Change code to {code}</translation>
    </message>
    <message>
      <source>Click a segment's stripe in the margin first.</source>
      <translation type="vanished">Click a segment's stripe in the margin first.</translation>
    </message>
    <message>
      <source>Code changed to {code}: {passage}</source>
      <translation>Code changed to {code}: {passage}</translation>
    </message>
    <message>
      <source>Delete segment of {code}</source>
      <translation>Delete segment of {code}</translation>
    </message>
    <message>
      <source>Edit memo of {code}</source>
      <translation>Edit memo of {code}</translation>
    </message>
    <message>
      <source>Memo saved for {code}: {passage}</source>
      <translation>Memo saved for {code}: {passage}</translation>
    </message>
    <message>
      <source>Move boundaries of {code}</source>
      <translation>Move boundaries of {code}</translation>
    </message>
    <message>
      <source>New bounds of {code}: {passage}</source>
      <translation>New bounds of {code}: {passage}</translation>
    </message>
    <message>
      <source>No more segments of {code}.</source>
      <translation>No more segments of {code}.</translation>
    </message>
    <message>
      <source>Put the cursor inside a coded passage first (or click a segment's stripe in the margin).</source>
      <translation>Put the cursor inside a coded passage first (or click a segment's stripe in the margin).</translation>
    </message>
    <message>
      <source>Segment deleted; Ctrl+Z brings it back.</source>
      <translation type="vanished">Segment deleted; Ctrl+Z brings it back.</translation>
    </message>
    <message>
      <source>Segment of {code} deleted ({passage}); Ctrl+Z brings it back.</source>
      <translation>Segment of {code} deleted ({passage}); Ctrl+Z brings it back.</translation>
    </message>
    <message>
      <source>Segment {number} of {total}: {code}</source>
      <translation type="vanished">Segment {number} of {total}: {code}</translation>
    </message>
    <message>
      <source>Segment {number} of {total}: {code} — {source}, {passage}</source>
      <translation>Segment {number} of {total}: {code} — {source}, {passage}</translation>
    </message>
    <message>
      <source>Select the new extent of the segment first.</source>
      <translation>Select the new extent of the segment first.</translation>
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
      <translation>Adjust bounds…</translation>
    </message>
    <message>
      <source>Change code…</source>
      <translation>Change code…</translation>
    </message>
    <message>
      <source>Delete segment</source>
      <translation>Delete segment</translation>
    </message>
    <message>
      <source>Edit memo…</source>
      <translation>Edit memo…</translation>
    </message>
    <message>
      <source>Segment here</source>
      <translation>Segment here</translation>
    </message>
    <message>
      <source>Segments here</source>
      <translation>Segments here</translation>
    </message>
    <message>
      <source>Show in review</source>
      <translation>Show in review</translation>
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
      <translation>Code</translation>
    </message>
    <message>
      <source>Coder</source>
      <translation>Coder</translation>
    </message>
    <message>
      <source>Informant</source>
      <translation>Informant</translation>
    </message>
    <message>
      <source>Paraphrase</source>
      <translation>Paraphrase</translation>
    </message>
    <message>
      <source>Place</source>
      <translation>Place</translation>
    </message>
    <message>
      <source>Quote</source>
      <translation>Quote</translation>
    </message>
    <message>
      <source>Review</source>
      <translation>Review</translation>
    </message>
    <message>
      <source>Source</source>
      <translation>Source</translation>
    </message>
    <message>
      <source>accepted</source>
      <translation>accepted</translation>
    </message>
    <message>
      <source>documentation</source>
      <translation>documentation</translation>
    </message>
    <message>
      <source>interview</source>
      <translation>interview</translation>
    </message>
    <message>
      <source>needs revision</source>
      <translation>needs revision</translation>
    </message>
    <message>
      <source>no informant linked</source>
      <translation>no informant linked</translation>
    </message>
    <message>
      <source>observation</source>
      <translation>observation</translation>
    </message>
    <message>
      <source>para. {number}</source>
      <translation>para. {number}</translation>
    </message>
    <message>
      <source>pending</source>
      <translation>pending</translation>
    </message>
    <message>
      <source>rejected</source>
      <translation>rejected</translation>
    </message>
    <message>
      <source>revised</source>
      <translation>revised</translation>
    </message>
    <message>
      <source>turn {number}</source>
      <translation>turn {number}</translation>
    </message>
    <message>
      <source>{count} segments — double-click one to read it in context.</source>
      <translation>{count} segments — double-click one to read it in context.</translation>
    </message>
  </context>
  <context>
    <name>SourceTreeModel</name>
    <message>
      <source>Date: {date}</source>
      <translation>Date: {date}</translation>
    </message>
    <message>
      <source>Documentation</source>
      <translation>Documentation</translation>
    </message>
    <message>
      <source>File: {name}</source>
      <translation>File: {name}</translation>
    </message>
    <message>
      <source>Interviews</source>
      <translation>Interviews</translation>
    </message>
    <message>
      <source>Machine-made transcript, not yet checked by a person</source>
      <translation>Machine-made transcript, not yet checked by a person</translation>
    </message>
    <message>
      <source>No informant</source>
      <translation>No informant</translation>
    </message>
    <message>
      <source>Observation</source>
      <translation>Observation</translation>
    </message>
    <message>
      <source>Segments</source>
      <translation>Segments</translation>
    </message>
    <message>
      <source>Source</source>
      <translation>Source</translation>
    </message>
    <message>
      <source>{count} coded segments</source>
      <translation>{count} coded segments</translation>
    </message>
    <message>
      <source>{count} words</source>
      <translation>{count} words</translation>
    </message>
    <message>
      <source>{title} (draft)</source>
      <translation>{title} (draft)</translation>
    </message>
  </context>
  <context>
    <name>SourcesDialog</name>
    <message>
      <source>&amp;Add…</source>
      <translation>&amp;Add…</translation>
    </message>
    <message>
      <source>&amp;Edit…</source>
      <translation>&amp;Edit…</translation>
    </message>
    <message>
      <source>&amp;Remove…</source>
      <translation>&amp;Remove…</translation>
    </message>
    <message>
      <source>Add informant</source>
      <translation>Add informant</translation>
    </message>
    <message>
      <source>Add informant {label}</source>
      <translation>Add informant {label}</translation>
    </message>
    <message>
      <source>Attributes</source>
      <translation>Attributes</translation>
    </message>
    <message>
      <source>Attributes (name=value; …)</source>
      <translation type="vanished">Attributes (name=value; …)</translation>
    </message>
    <message>
      <source>Changes to informants are stored at once; Edit ▸ Undo reverses them. Link a source to its informant on the Sources tab.</source>
      <translation>Changes to informants are stored at once; Edit ▸ Undo reverses them. Link a source to its informant on the Sources tab.</translation>
    </message>
    <message>
      <source>Date (YYYY-MM-DD)</source>
      <translation>Date (YYYY-MM-DD)</translation>
    </message>
    <message>
      <source>Edit informant {label}</source>
      <translation>Edit informant {label}</translation>
    </message>
    <message>
      <source>Edit ▸ Undo brings it back.</source>
      <translation>Edit ▸ Undo brings it back.</translation>
    </message>
    <message>
      <source>Id</source>
      <translation>Id</translation>
    </message>
    <message>
      <source>Informant</source>
      <translation>Informant</translation>
    </message>
    <message>
      <source>Informants</source>
      <translation>Informants</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Kind</translation>
    </message>
    <message>
      <source>Label</source>
      <translation type="vanished">Label</translation>
    </message>
    <message>
      <source>Link {source} to {informant}</source>
      <translation>Link {source} to {informant}</translation>
    </message>
    <message>
      <source>Pseudonym</source>
      <translation>Pseudonym</translation>
    </message>
    <message>
      <source>Remove informant</source>
      <translation>Remove informant</translation>
    </message>
    <message>
      <source>Remove informant {label}</source>
      <translation>Remove informant {label}</translation>
    </message>
    <message>
      <source>Remove informant {label}?</source>
      <translation>Remove informant {label}?</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>Role</translation>
    </message>
    <message>
      <source>Sources</source>
      <translation>Sources</translation>
    </message>
    <message>
      <source>Sources and informants</source>
      <translation>Sources and informants</translation>
    </message>
    <message>
      <source>Their values are in the form now: change what you want and press OK again.</source>
      <translation>Their values are in the form now: change what you want and press OK again.</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Title</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>Type</translation>
    </message>
    <message>
      <source>Unlink {source}</source>
      <translation>Unlink {source}</translation>
    </message>
    <message>
      <source>{count} source(s) are linked to {label}; remove anyway? They stay, without informant.</source>
      <translation>{count} source(s) are linked to {label}; remove anyway? They stay, without informant.</translation>
    </message>
    <message>
      <source>{count} summary-grid cell(s) written for {label} are deleted too.</source>
      <translation>{count} summary-grid cell(s) written for {label} are deleted too.</translation>
    </message>
    <message>
      <source>— no informant linked</source>
      <translation>— no informant linked</translation>
    </message>
  </context>
  <context>
    <name>SummaryGrid</name>
    <message>
      <source>({count} to summarise)</source>
      <translation>({count} to summarise)</translation>
    </message>
    <message>
      <source>Choose a cell to write its summary.</source>
      <translation>Choose a cell to write its summary.</translation>
    </message>
    <message>
      <source>Code</source>
      <translation>Code</translation>
    </message>
    <message>
      <source>Codes</source>
      <translation>Codes</translation>
    </message>
    <message>
      <source>No segments: no data is a finding too.</source>
      <translation>No segments: no data is a finding too.</translation>
    </message>
    <message>
      <source>Save summary</source>
      <translation>Save summary</translation>
    </message>
    <message>
      <source>Summary grid</source>
      <translation>Summary grid</translation>
    </message>
    <message>
      <source>Summary of what this informant says about this code</source>
      <translation>Summary of what this informant says about this code</translation>
    </message>
    <message>
      <source>{code} — {informant}: {count} segments</source>
      <translation>{code} — {informant}: {count} segments</translation>
    </message>
    <message>
      <source>⚠ May be stale: its segments changed after this summary was written.</source>
      <translation>⚠ May be stale: its segments changed after this summary was written.</translation>
    </message>
    <message>
      <source>⚠ marks a summary whose segments changed after it was written.</source>
      <translation>⚠ marks a summary whose segments changed after it was written.</translation>
    </message>
  </context>
  <context>
    <name>TeamWindow</name>
    <message>
      <source>Coder</source>
      <translation type="vanished">Coder</translation>
    </message>
  </context>
  <context>
    <name>TranscriptPanel</name>
    <message>
      <source>Documentation</source>
      <translation>Documentation</translation>
    </message>
    <message>
      <source>Interview</source>
      <translation>Interview</translation>
    </message>
    <message>
      <source>No source open</source>
      <translation>No source open</translation>
    </message>
    <message>
      <source>Observation</source>
      <translation>Observation</translation>
    </message>
    <message>
      <source>{count} coded segments</source>
      <translation>{count} coded segments</translation>
    </message>
    <message>
      <source>{count} words</source>
      <translation>{count} words</translation>
    </message>
  </context>
  <context>
    <name>TranscriptView</name>
    <message>
      <source>Choose a source on the left to read and code it.</source>
      <translation>Choose a source on the left to read and code it.</translation>
    </message>
    <message>
      <source>Coded by {coder}: only they can change it.</source>
      <translation>Coded by {coder}: only they can change it.</translation>
    </message>
    <message>
      <source>Copy</source>
      <translation>Copy</translation>
    </message>
    <message>
      <source>Read-only: codes cannot be applied</source>
      <translation>Read-only: codes cannot be applied</translation>
    </message>
    <message>
      <source>Select a passage to apply a code</source>
      <translation>Select a passage to apply a code</translation>
    </message>
    <message>
      <source>Select all</source>
      <translation>Select all</translation>
    </message>
    <message>
      <source>This project is open read-only.</source>
      <translation>This project is open read-only.</translation>
    </message>
  </context>
  <context>
    <name>TranscriptionMode</name>
    <message>
      <source>Applied. {count} coded segments could not be placed and carry a memo.</source>
      <translation>Applied. {count} coded segments could not be placed and carry a memo.</translation>
    </message>
    <message>
      <source>Applied: the transcript and its times are saved.</source>
      <translation>Applied: the transcript and its times are saved.</translation>
    </message>
    <message>
      <source>Apply to the source</source>
      <translation>Apply to the source</translation>
    </message>
    <message>
      <source>F4 play/pause · F3 back 3 s · F1 slower · F2 faster · Ctrl+T time mark · Ctrl+1 interviewer · Ctrl+2 informant. Saved as you type.</source>
      <translation>F4 play/pause · F3 back 3 s · F1 slower · F2 faster · Ctrl+T time mark · Ctrl+1 interviewer · Ctrl+2 informant. Saved as you type.</translation>
    </message>
    <message>
      <source>Faster</source>
      <translation>Faster</translation>
    </message>
    <message>
      <source>Informant</source>
      <translation>Informant</translation>
    </message>
    <message>
      <source>Interviewer</source>
      <translation>Interviewer</translation>
    </message>
    <message>
      <source>Play/pause</source>
      <translation>Play/pause</translation>
    </message>
    <message>
      <source>Slower</source>
      <translation>Slower</translation>
    </message>
    <message>
      <source>Time mark</source>
      <translation>Time mark</translation>
    </message>
    <message>
      <source>Transcription mode: {title}</source>
      <translation>Transcription mode: {title}</translation>
    </message>
    <message>
      <source>Your unsaved text from last time was restored.</source>
      <translation>Your unsaved text from last time was restored.</translation>
    </message>
    <message>
      <source>−3 s</source>
      <translation>−3 s</translation>
    </message>
  </context>
  <context>
    <name>TriangulationView</name>
    <message>
      <source>CSV table (*.csv)</source>
      <translation>CSV table (*.csv)</translation>
    </message>
    <message>
      <source>Choose a row to judge it.</source>
      <translation>Choose a row to judge it.</translation>
    </message>
    <message>
      <source>Convergence judgement</source>
      <translation>Convergence judgement</translation>
    </message>
    <message>
      <source>Double-click an evidence cell to see its segments. “No data” is a finding, not an error.</source>
      <translation>Double-click an evidence cell to see its segments. “No data” is a finding, not an error.</translation>
    </message>
    <message>
      <source>Excel workbook (*.xlsx)</source>
      <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
      <source>Export triangulation matrix</source>
      <translation>Export triangulation matrix</translation>
    </message>
    <message>
      <source>Exports {rows} rows: {group}</source>
      <translation>Exports {rows} rows: {group}</translation>
    </message>
    <message>
      <source>Export…</source>
      <translation>Export…</translation>
    </message>
    <message>
      <source>JSON data (*.json)</source>
      <translation>JSON data (*.json)</translation>
    </message>
    <message>
      <source>Layout</source>
      <translation>Layout</translation>
    </message>
    <message>
      <source>Rationale</source>
      <translation>Rationale</translation>
    </message>
    <message>
      <source>Rows</source>
      <translation>Rows</translation>
    </message>
    <message>
      <source>Save judgement</source>
      <translation>Save judgement</translation>
    </message>
    <message>
      <source>Suggested</source>
      <translation>Suggested</translation>
    </message>
    <message>
      <source>Use the suggestion</source>
      <translation>Use the suggestion</translation>
    </message>
    <message>
      <source>Why you judge this row differently (required)</source>
      <translation>Why you judge this row differently (required)</translation>
    </message>
    <message>
      <source>Word document (*.docx)</source>
      <translation>Word document (*.docx)</translation>
    </message>
    <message>
      <source>Writes the matrix shown: {scope}, {layout}.</source>
      <translation>Writes the matrix shown: {scope}, {layout}.</translation>
    </message>
    <message>
      <source>Writing the matrix…</source>
      <translation>Writing the matrix…</translation>
    </message>
    <message>
      <source>Your judgement</source>
      <translation>Your judgement</translation>
    </message>
    <message>
      <source>all code groups</source>
      <translation>all code groups</translation>
    </message>
    <message>
      <source>efforts</source>
      <translation>efforts</translation>
    </message>
    <message>
      <source>indicators</source>
      <translation>indicators</translation>
    </message>
    <message>
      <source>obstacles</source>
      <translation>obstacles</translation>
    </message>
    <message>
      <source>other codes</source>
      <translation>other codes</translation>
    </message>
    <message>
      <source>source triangulation (informants)</source>
      <translation>source triangulation (informants)</translation>
    </message>
    <message>
      <source>technique triangulation (interview, observation, documentation)</source>
      <translation>technique triangulation (interview, observation, documentation)</translation>
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
      <translation type="vanished">&lt;h3&gt;Telaah {version}&lt;/h3&gt;&lt;p&gt;A workbench for qualitative interview analysis: coding against a codebook, Miles &amp;amp; Huberman's data reduction, data display and conclusion drawing, triangulation, supervisor review and intercoder agreement.&lt;/p&gt;&lt;p&gt;Free software under the GNU GPL, version 3 or later. Telaah makes no network connections; a project stays in its own file or on your team's PostgreSQL server.&lt;/p&gt;</translation>
    </message>
    <message>
      <source>About Telaah</source>
      <translation type="vanished">About Telaah</translation>
    </message>
    <message>
      <source>Telaah user guide</source>
      <translation>Telaah user guide</translation>
    </message>
  </context>
  <context>
    <name>WelcomePanel</name>
    <message>
      <source>A .telaah file on this computer</source>
      <translation>A .telaah file on this computer</translation>
    </message>
    <message>
      <source>An empty project with Kasmir's codebook</source>
      <translation>An empty project with Kasmir's codebook</translation>
    </message>
    <message>
      <source>Every stage and window explained (F1)</source>
      <translation>Every stage and window explained (F1)</translation>
    </message>
    <message>
      <source>New project with the Kasmir codebook…</source>
      <translation type="vanished">New project with the Kasmir codebook…</translation>
    </message>
    <message>
      <source>New project…</source>
      <translation>New project…</translation>
    </message>
    <message>
      <source>No recent projects yet: the projects you open appear here.</source>
      <translation>No recent projects yet: the projects you open appear here.</translation>
    </message>
    <message>
      <source>Open project…</source>
      <translation>Open project…</translation>
    </message>
    <message>
      <source>Open the demo study</source>
      <translation>Open the demo study</translation>
    </message>
    <message>
      <source>Open the demo study…</source>
      <translation type="vanished">Open the demo study…</translation>
    </message>
    <message>
      <source>Recent projects</source>
      <translation>Recent projects</translation>
    </message>
    <message>
      <source>Six invented informants, coded by two coders</source>
      <translation>Six invented informants, coded by two coders</translation>
    </message>
    <message>
      <source>Telaah helps you code interview transcripts, observation notes and documents against a codebook, and compare coders.</source>
      <translation>Telaah helps you code interview transcripts, observation notes and documents against a codebook, and compare coders.</translation>
    </message>
    <message>
      <source>Then open demo.telaah here, or start Telaah with {command} to open the sample study directly.</source>
      <translation type="vanished">Then open demo.telaah here, or start Telaah with {command} to open the sample study directly.</translation>
    </message>
    <message>
      <source>Tip: once a project is open, drop .txt, .docx or .pdf files on the window to import them.</source>
      <translation>Tip: once a project is open, drop .txt, .docx or .pdf files on the window to import them.</translation>
    </message>
    <message>
      <source>To try Telaah with the sample study, run this command in a terminal:</source>
      <translation type="vanished">To try Telaah with the sample study, run this command in a terminal:</translation>
    </message>
    <message>
      <source>User guide</source>
      <translation>User guide</translation>
    </message>
    <message>
      <source>Version {version}</source>
      <translation>Version {version}</translation>
    </message>
    <message>
      <source>Welcome to Telaah</source>
      <translation>Welcome to Telaah</translation>
    </message>
  </context>
  <context>
    <name>Workspace</name>
    <message>
      <source>Blind coding: showing only your own segments.</source>
      <translation>Blind coding: showing only your own segments.</translation>
    </message>
    <message>
      <source>Change the segment's code</source>
      <translation>Change the segment's code</translation>
    </message>
    <message>
      <source>Now extend or shrink the selection (Shift+arrow keys or the mouse), then press Ctrl+B to set the new bounds.</source>
      <translation>Now extend or shrink the selection (Shift+arrow keys or the mouse), then press Ctrl+B to set the new bounds.</translation>
    </message>
    <message>
      <source>Quick code</source>
      <translation>Quick code</translation>
    </message>
    <message>
      <source>Segment memo</source>
      <translation type="vanished">Segment memo</translation>
    </message>
    <message>
      <source>Select a passage in the transcript first.</source>
      <translation>Select a passage in the transcript first.</translation>
    </message>
    <message>
      <source>Showing every coder's segments.</source>
      <translation>Showing every coder's segments.</translation>
    </message>
    <message>
      <source>The cursor is inside several segments:</source>
      <translation>The cursor is inside several segments:</translation>
    </message>
    <message>
      <source>Which segment?</source>
      <translation>Which segment?</translation>
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
      <translation>% agree</translation>
    </message>
    <message>
      <source>(did not code this source)</source>
      <translation>(did not code this source)</translation>
    </message>
    <message>
      <source>1 segment to review.</source>
      <translation>1 segment to review.</translation>
    </message>
    <message>
      <source>A segment of {coder} in {title} ({code}) was changed in the other copy; this project's version is kept: “{quote}”.</source>
      <translation>A segment of {coder} in {title} ({code}) was changed in the other copy; this project's version is kept: “{quote}”.</translation>
    </message>
    <message>
      <source>Accepted</source>
      <translation>Accepted</translation>
    </message>
    <message>
      <source>Added informant {id}.</source>
      <translation>Added informant {id}.</translation>
    </message>
    <message>
      <source>Added {comments} review comment(s) ({verdicts} with a verdict) and {suggestions} suggestion(s); {already} were already in the project.</source>
      <translation>Added {comments} review comment(s) ({verdicts} with a verdict) and {suggestions} suggestion(s); {already} were already in the project.</translation>
    </message>
    <message>
      <source>Added:</source>
      <translation>Added:</translation>
    </message>
    <message>
      <source>Agreement between {coders}</source>
      <translation>Agreement between {coders}</translation>
    </message>
    <message>
      <source>Agreement written to {path}.</source>
      <translation>Agreement written to {path}.</translation>
    </message>
    <message>
      <source>All codes</source>
      <translation>All codes</translation>
    </message>
    <message>
      <source>All codes: the units of every code pooled into one table.</source>
      <translation>All codes: the units of every code pooled into one table.</translation>
    </message>
    <message>
      <source>All sources compared; a coder who coded nothing in a source counts as 'not coded' there.</source>
      <translation>All sources compared; a coder who coded nothing in a source counts as 'not coded' there.</translation>
    </message>
    <message>
      <source>Appendix: codebook</source>
      <translation>Appendix: codebook</translation>
    </message>
    <message>
      <source>BP κ</source>
      <translation>BP κ</translation>
    </message>
    <message>
      <source>Band ({source})</source>
      <translation>Band ({source})</translation>
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
      <source>Changed informant {id}.</source>
      <translation>Changed informant {id}.</translation>
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
      <source>Code added: {path}.</source>
      <translation>Code added: {path}.</translation>
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
      <source>Coded {count} segment(s) from {path}.</source>
      <translation>Coded {count} segment(s) from {path}.</translation>
    </message>
    <message>
      <source>Coder</source>
      <translation>Coder</translation>
    </message>
    <message>
      <source>Coders</source>
      <translation>Coders</translation>
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
      <source>Comments (thread)</source>
      <translation>Comments (thread)</translation>
    </message>
    <message>
      <source>Computer software</source>
      <translation>Computer software</translation>
    </message>
    <message>
      <source>Copied the project to {path}.</source>
      <translation>Copied the project to {path}.</translation>
    </message>
    <message>
      <source>Could not place {count} comment(s):</source>
      <translation>Could not place {count} comment(s):</translation>
    </message>
    <message>
      <source>Created project {path}.</source>
      <translation>Created project {path}.</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>Definition</source>
      <translation>Definition</translation>
    </message>
    <message>
      <source>Differences (this project's version is kept):</source>
      <translation>Differences (this project's version is kept):</translation>
    </message>
    <message>
      <source>Disagreements: {count}</source>
      <translation type="vanished">Disagreements: {count}</translation>
    </message>
    <message>
      <source>Disagreements: {total}</source>
      <translation>Disagreements: {total}</translation>
    </message>
    <message>
      <source>Disagreements: {total} ({resolved} resolved, {open} open)</source>
      <translation>Disagreements: {total} ({resolved} resolved, {open} open)</translation>
    </message>
    <message>
      <source>Downloading the model {name} ({size} MB) into Telaah's data folder...</source>
      <translation>Downloading the model {name} ({size} MB) into Telaah's data folder...</translation>
    </message>
    <message>
      <source>Dry run: nothing was changed.</source>
      <translation>Dry run: nothing was changed.</translation>
    </message>
    <message>
      <source>Dry run: what merging {other} into {project} would do; nothing was changed.</source>
      <translation>Dry run: what merging {other} into {project} would do; nothing was changed.</translation>
    </message>
    <message>
      <source>Each coded segment is a comment in the margin: its first line (§ number · code · coder) must stay as it is. Reply to a comment to comment on that segment; start the reply with “setuju” or “ok”, “revisi” or “tolak” (or accept, revise, reject) to give a verdict. A new comment on uncoded text becomes a suggestion in the review queue: start it with the name of a code (for example “Kualitas: …”). Then save the file and send it back.</source>
      <translation type="vanished">Each coded segment is a comment in the margin: its first line (§ number · code · coder) must stay as it is. Reply to a comment to comment on that segment; start the reply with “setuju” or “ok”, “revisi” or “tolak” (or accept, revise, reject) to give a verdict. A new comment on uncoded text becomes a suggestion in the review queue: start it with the name of a code (for example “Kualitas: …”). Then save the file and send it back.</translation>
    </message>
    <message>
      <source>Each coded segment is a comment in the margin: its first line (§ number · code · coder) must stay as it is. Reply to a comment to comment on that segment; start the reply with “setuju” or “ok”, “revisi” or “tolak” (or accept, revise, reject) to give a verdict. Where several segments share a passage, start the reply with the segment's number (for example “§12 setuju”). A new comment on uncoded text becomes a suggestion in the review queue: start it with the name of a code (for example “Kualitas: …”). Then save the file and send it back.</source>
      <translation>Each coded segment is a comment in the margin: its first line (§ number · code · coder) must stay as it is. Reply to a comment to comment on that segment; start the reply with “setuju” or “ok”, “revisi” or “tolak” (or accept, revise, reject) to give a verdict. Where several segments share a passage, start the reply with the segment's number (for example “§12 setuju”). A new comment on uncoded text becomes a suggestion in the review queue: start it with the name of a code (for example “Kualitas: …”). Then save the file and send it back.</translation>
    </message>
    <message>
      <source>English definition</source>
      <translation>English definition</translation>
    </message>
    <message>
      <source>English name</source>
      <translation>English name</translation>
    </message>
    <message>
      <source>Example</source>
      <translation>Example</translation>
    </message>
    <message>
      <source>Exclude when</source>
      <translation>Exclude when</translation>
    </message>
    <message>
      <source>Exported {sources} source(s), {codes} code(s) and {segments} coded segment(s) to {path}.</source>
      <translation>Exported {sources} source(s), {codes} code(s) and {segments} coded segment(s) to {path}.</translation>
    </message>
    <message>
      <source>Figures</source>
      <translation>Figures</translation>
    </message>
    <message>
      <source>For {reviewer}, exported on {day}. Segments: {segments} in {sources} source(s).</source>
      <translation>For {reviewer}, exported on {day}. Segments: {segments} in {sources} source(s).</translation>
    </message>
    <message>
      <source>Formulas</source>
      <translation>Formulas</translation>
    </message>
    <message>
      <source>Formulas:</source>
      <translation>Formulas:</translation>
    </message>
    <message>
      <source>High percent agreement can come with a low kappa when most units are text that neither coder coded: agreeing on that much uncoded text is what chance alone would give, and kappa counts only the agreement beyond chance.</source>
      <translation>High percent agreement can come with a low kappa when most units are text that neither coder coded: agreeing on that much uncoded text is what chance alone would give, and kappa counts only the agreement beyond chance.</translation>
    </message>
    <message>
      <source>How to read the figures (all codes)</source>
      <translation>How to read the figures (all codes)</translation>
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
      <source>Imported {title}: {kind} of {duration} with {points} time mark(s).</source>
      <translation>Imported {title}: {kind} of {duration} with {points} time mark(s).</translation>
    </message>
    <message>
      <source>Include when</source>
      <translation>Include when</translation>
    </message>
    <message>
      <source>Intercoder agreement</source>
      <translation>Intercoder agreement</translation>
    </message>
    <message>
      <source>Interviews without a linked informant are not in this matrix: {titles}. Link each to its informant in Sources and informants.</source>
      <translation>Interviews without a linked informant are not in this matrix: {titles}. Link each to its informant in Sources and informants.</translation>
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
      <translation>Krippendorff, K. (2004). Content analysis: An introduction to its methodology (2nd ed.). Thousand Oaks, CA: Sage; α ≥ 0.800 to rely on the data, 0.667 ≤ α &lt; 0.800 for tentative conclusions only.</translation>
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
      <translation>Left out {count} item(s) Telaah cannot hold:</translation>
    </message>
    <message>
      <source>Linked {title} to informant {id}.</source>
      <translation>Linked {title} to informant {id}.</translation>
    </message>
    <message>
      <source>Memo</source>
      <translation>Memo</translation>
    </message>
    <message>
      <source>Merged {other} into {project}.</source>
      <translation>Merged {other} into {project}.</translation>
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
      <source>New sources and codes:</source>
      <translation>New sources and codes:</translation>
    </message>
    <message>
      <source>Not merged:</source>
      <translation>Not merged:</translation>
    </message>
    <message>
      <source>Not reported (—):</source>
      <translation>Not reported (—):</translation>
    </message>
    <message>
      <source>Not reported for this unit: only units someone coded are compared, so 'coded by neither' cannot occur and chance agreement is overstated (κ and α ≤ 0 whatever the coding). Read percent agreement and Brennan–Prediger, or the character unit with uncoded text included.</source>
      <translation>Not reported for this unit: only units someone coded are compared, so 'coded by neither' cannot occur and chance agreement is overstated (κ and α ≤ 0 whatever the coding). Read percent agreement and Brennan–Prediger, or the character unit with uncoded text included.</translation>
    </message>
    <message>
      <source>Not reported: Cohen's kappa compares exactly two coders; see Krippendorff's alpha.</source>
      <translation>Not reported: Cohen's kappa compares exactly two coders; see Krippendorff's alpha.</translation>
    </message>
    <message>
      <source>Nothing to add: this project already has everything the other copy has.</source>
      <translation>Nothing to add: this project already has everything the other copy has.</translation>
    </message>
    <message>
      <source>P_o = (1/N) Σ_u agreeing coder pairs_u / coder pairs_u over the N units with values from at least two coders; for two coders: units both coded or both left uncoded ÷ units</source>
      <translation>P_o = (1/N) Σ_u agreeing coder pairs_u / coder pairs_u over the N units with values from at least two coders; for two coders: units both coded or both left uncoded ÷ units</translation>
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
      <source>Photos: two coders' regions are the same unit when their rectangles overlap by at least half (intersection over union ≥ 0.5).</source>
      <translation>Photos: two coders' regions are the same unit when their rectangles overlap by at least half (intersection over union ≥ 0.5).</translation>
    </message>
    <message>
      <source>Project</source>
      <translation>Project</translation>
    </message>
    <message>
      <source>Quote</source>
      <translation>Quote</translation>
    </message>
    <message>
      <source>Reading per code</source>
      <translation>Reading per code</translation>
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
      <source>Removed Telaah's menu entry, icons and file type ({count} files).</source>
      <translation>Removed Telaah's menu entry, icons and file type ({count} files).</translation>
    </message>
    <message>
      <source>Removed informant {id}.</source>
      <translation>Removed informant {id}.</translation>
    </message>
    <message>
      <source>Removed informant {id}; {count} source(s) now have no informant.</source>
      <translation>Removed informant {id}; {count} source(s) now have no informant.</translation>
    </message>
    <message>
      <source>Replaced {count} different text(s):</source>
      <translation>Replaced {count} different text(s):</translation>
    </message>
    <message>
      <source>Resolved disagreement {key}: 1 consensus segment written for {coder}.</source>
      <translation>Resolved disagreement {key}: 1 consensus segment written for {coder}.</translation>
    </message>
    <message>
      <source>Resolved disagreement {key}: {count} consensus segment(s) written for {coder}.</source>
      <translation type="vanished">Resolved disagreement {key}: {count} consensus segment(s) written for {coder}.</translation>
    </message>
    <message>
      <source>Resolved disagreement {key}: {count} consensus segments written for {coder}.</source>
      <translation>Resolved disagreement {key}: {count} consensus segments written for {coder}.</translation>
    </message>
    <message>
      <source>Restored {path} from {backup}.</source>
      <translation>Restored {path} from {backup}.</translation>
    </message>
    <message>
      <source>Restored {path} from {backup}; the damaged file is kept as {kept}.</source>
      <translation>Restored {path} from {backup}; the damaged file is kept as {kept}.</translation>
    </message>
    <message>
      <source>Restored {path} from {backup}; the replaced state is kept in {safety}.</source>
      <translation>Restored {path} from {backup}; the replaced state is kept in {safety}.</translation>
    </message>
    <message>
      <source>Review of the coding: {project}</source>
      <translation>Review of the coding: {project}</translation>
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
      <source>Screenshot saved to {path}.</source>
      <translation>Screenshot saved to {path}.</translation>
    </message>
    <message>
      <source>Segments that could not be placed keep their coded text and carry a memo; re-place them in the coding view.</source>
      <translation>Segments that could not be placed keep their coded text and carry a memo; re-place them in the coding view.</translation>
    </message>
    <message>
      <source>Selected: {filters}.</source>
      <translation>Selected: {filters}.</translation>
    </message>
    <message>
      <source>Source added: {title}.</source>
      <translation>Source added: {title}.</translation>
    </message>
    <message>
      <source>Source and turn</source>
      <translation>Source and turn</translation>
    </message>
    <message>
      <source>Sources compared</source>
      <translation>Sources compared</translation>
    </message>
    <message>
      <source>Sources compared ({count}): {titles}</source>
      <translation>Sources compared ({count}): {titles}</translation>
    </message>
    <message>
      <source>Sources compared: those at least two of the coders coded (any code); in each, a coder who coded nothing there has no value (missing data).</source>
      <translation>Sources compared: those at least two of the coders coded (any code); in each, a coder who coded nothing there has no value (missing data).</translation>
    </message>
    <message>
      <source>Sources left out</source>
      <translation>Sources left out</translation>
    </message>
    <message>
      <source>Sources left out ({count}): {titles}</source>
      <translation>Sources left out ({count}): {titles}</translation>
    </message>
    <message>
      <source>Sources of the interpretation bands</source>
      <translation>Sources of the interpretation bands</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Supervisor</source>
      <translation>Supervisor</translation>
    </message>
    <message>
      <source>Telaah is in the applications menu; double-clicking a .telaah file opens it with: {command}</source>
      <translation>Telaah is in the applications menu; double-clicking a .telaah file opens it with: {command}</translation>
    </message>
    <message>
      <source>Telaah {version}, free software under the {licence} licence.</source>
      <translation>Telaah {version}, free software under the {licence} licence.</translation>
    </message>
    <message>
      <source>The citation names {cited}, but the quote is from {found}.</source>
      <translation>The citation names {cited}, but the quote is from {found}.</translation>
    </message>
    <message>
      <source>The code {path} is described differently in the other copy; this project's description is kept.</source>
      <translation>The code {path} is described differently in the other copy; this project's description is kept.</translation>
    </message>
    <message>
      <source>The code {path} is {other_path} in the other copy; it is kept as {path} and not added twice.</source>
      <translation>The code {path} is {other_path} in the other copy; it is kept as {path} and not added twice.</translation>
    </message>
    <message>
      <source>The conclusion on {target} differs in the other copy; this project's is kept.</source>
      <translation>The conclusion on {target} differs in the other copy; this project's is kept.</translation>
    </message>
    <message>
      <source>The informant {label} is described differently in the other copy; this project's details are kept.</source>
      <translation>The informant {label} is described differently in the other copy; this project's details are kept.</translation>
    </message>
    <message>
      <source>The memo “{title}” differs in the other copy; this project's text is kept.</source>
      <translation>The memo “{title}” differs in the other copy; this project's text is kept.</translation>
    </message>
    <message>
      <source>The summary of {code} differs in the other copy; this project's is kept.</source>
      <translation>The summary of {code} differs in the other copy; this project's is kept.</translation>
    </message>
    <message>
      <source>The summary of {code} for {informant} differs in the other copy; this project's is kept.</source>
      <translation>The summary of {code} for {informant} differs in the other copy; this project's is kept.</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>Total</translation>
    </message>
    <message>
      <source>Transcribed {source}: {words} words in {seconds} s ({factor}× real time). The draft is marked machine-made until you correct it.</source>
      <translation>Transcribed {source}: {words} words in {seconds} s ({factor}× real time). The draft is marked machine-made until you correct it.</translation>
    </message>
    <message>
      <source>Uncoded text excluded</source>
      <translation>Uncoded text excluded</translation>
    </message>
    <message>
      <source>Uncoded text included</source>
      <translation>Uncoded text included</translation>
    </message>
    <message>
      <source>Undefined: both coders gave every unit the same single value, so chance agreement P_e is 1 and the formula divides by zero.</source>
      <translation>Undefined: both coders gave every unit the same single value, so chance agreement P_e is 1 and the formula divides by zero.</translation>
    </message>
    <message>
      <source>Undefined: every value given is the same, so no disagreement is expected by chance (D_e = 0).</source>
      <translation>Undefined: every value given is the same, so no disagreement is expected by chance (D_e = 0).</translation>
    </message>
    <message>
      <source>Undefined: no unit has values from two or more coders.</source>
      <translation>Undefined: no unit has values from two or more coders.</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>Unit</translation>
    </message>
    <message>
      <source>Unit: character, uncoded text excluded. Per code, only the characters at least one coder coded with it are compared.</source>
      <translation>Unit: character, uncoded text excluded. Per code, only the characters at least one coder coded with it are compared.</translation>
    </message>
    <message>
      <source>Unit: character, uncoded text included. Per code, every character of the compared sources is coded or not coded by each coder; text no coder coded counts as agreement.</source>
      <translation>Unit: character, uncoded text included. Per code, every character of the compared sources is coded or not coded by each coder; text no coder coded counts as agreement.</translation>
    </message>
    <message>
      <source>Unit: informant. Per code, each informant (their compared sources together) is one unit; the code is present or absent for each coder. Sources without an informant (observation, documentation) are left out.</source>
      <translation>Unit: informant. Per code, each informant (their compared sources together) is one unit; the code is present or absent for each coder. Sources without an informant (observation, documentation) are left out.</translation>
    </message>
    <message>
      <source>Unit: segment. Two coders' segments of the same code in the same source are one unit when they overlap by at least {overlap} of the longer one (one-to-one, best overlap first); every unmatched segment is a unit its coder coded and the other coders did not.</source>
      <translation>Unit: segment. Two coders' segments of the same code in the same source are one unit when they overlap by at least {overlap} of the longer one (one-to-one, best overlap first); every unmatched segment is a unit its coder coded and the other coders did not.</translation>
    </message>
    <message>
      <source>Unit: source. Per code, each compared source is one unit; the code is present (applied at least once) or absent for each coder.</source>
      <translation>Unit: source. Per code, each compared source is one unit; the code is present (applied at least once) or absent for each coder.</translation>
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
      <source>Version {version}</source>
      <translation>Version {version}</translation>
    </message>
    <message>
      <source>Warning: {count} source(s) have no text: {names}</source>
      <translation>Warning: {count} source(s) have no text: {names}</translation>
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
      <source>Wrote {segments} segment(s) from {sources} source(s) for review to {path}.</source>
      <translation>Wrote {segments} segment(s) from {sources} source(s) for review to {path}.</translation>
    </message>
    <message>
      <source>accepted</source>
      <translation>accepted</translation>
    </message>
    <message>
      <source>almost perfect</source>
      <translation>almost perfect</translation>
    </message>
    <message>
      <source>attributes</source>
      <translation>attributes</translation>
    </message>
    <message>
      <source>changed the segment; it was: “{text}”</source>
      <translation>changed the segment; it was: “{text}”</translation>
    </message>
    <message>
      <source>character</source>
      <translation>character</translation>
    </message>
    <message>
      <source>codable</source>
      <translation>codable</translation>
    </message>
    <message>
      <source>code</source>
      <translation>code</translation>
    </message>
    <message>
      <source>code group</source>
      <translation>code group</translation>
    </message>
    <message>
      <source>coded by one side only</source>
      <translation>coded by one side only</translation>
    </message>
    <message>
      <source>coded segments</source>
      <translation>coded segments</translation>
    </message>
    <message>
      <source>coder</source>
      <translation>coder</translation>
    </message>
    <message>
      <source>coders</source>
      <translation>coders</translation>
    </message>
    <message>
      <source>codes</source>
      <translation>codes</translation>
    </message>
    <message>
      <source>colour</source>
      <translation>colour</translation>
    </message>
    <message>
      <source>comment</source>
      <translation>comment</translation>
    </message>
    <message>
      <source>conclusion</source>
      <translation>conclusion</translation>
    </message>
    <message>
      <source>conclusions</source>
      <translation>conclusions</translation>
    </message>
    <message>
      <source>condensed statement</source>
      <translation>condensed statement</translation>
    </message>
    <message>
      <source>date</source>
      <translation>date</translation>
    </message>
    <message>
      <source>definition</source>
      <translation>definition</translation>
    </message>
    <message>
      <source>do not use when</source>
      <translation>do not use when</translation>
    </message>
    <message>
      <source>end</source>
      <translation>end</translation>
    </message>
    <message>
      <source>error</source>
      <translation>error</translation>
    </message>
    <message>
      <source>example</source>
      <translation>example</translation>
    </message>
    <message>
      <source>fair</source>
      <translation>fair</translation>
    </message>
    <message>
      <source>informant</source>
      <translation>informant</translation>
    </message>
    <message>
      <source>informants</source>
      <translation>informants</translation>
    </message>
    <message>
      <source>it is anchored on a passage several segments share; reply to one segment's comment instead</source>
      <translation type="vanished">it is anchored on a passage several segments share; reply to one segment's comment instead</translation>
    </message>
    <message>
      <source>it is anchored on a passage several segments share; start the reply with the segment's number (for example “§12 setuju”)</source>
      <translation>it is anchored on a passage several segments share; start the reply with the segment's number (for example “§12 setuju”)</translation>
    </message>
    <message>
      <source>it is not anchored on the text of a transcript</source>
      <translation>it is not anchored on the text of a transcript</translation>
    </message>
    <message>
      <source>it is on uncoded text but names no code; start such a comment with a code's name (for example “Kualitas: …”)</source>
      <translation>it is on uncoded text but names no code; start such a comment with a code's name (for example “Kualitas: …”)</translation>
    </message>
    <message>
      <source>judgement</source>
      <translation>judgement</translation>
    </message>
    <message>
      <source>kind</source>
      <translation>kind</translation>
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
      <translation>memos</translation>
    </message>
    <message>
      <source>moderate</source>
      <translation>moderate</translation>
    </message>
    <message>
      <source>name</source>
      <translation>name</translation>
    </message>
    <message>
      <source>needs revision</source>
      <translation>needs revision</translation>
    </message>
    <message>
      <source>no accepted band; read it beside kappa</source>
      <translation>no accepted band; read it beside kappa</translation>
    </message>
    <message>
      <source>no informant linked</source>
      <translation>no informant linked</translation>
    </message>
    <message>
      <source>none</source>
      <translation>none</translation>
    </message>
    <message>
      <source>object</source>
      <translation>object</translation>
    </message>
    <message>
      <source>para. {number}</source>
      <translation>para. {number}</translation>
    </message>
    <message>
      <source>pending</source>
      <translation>pending</translation>
    </message>
    <message>
      <source>poor (below chance)</source>
      <translation type="vanished">poor (below chance)</translation>
    </message>
    <message>
      <source>poor, below chance</source>
      <translation>poor, below chance</translation>
    </message>
    <message>
      <source>presence</source>
      <translation>presence</translation>
    </message>
    <message>
      <source>project</source>
      <translation>project</translation>
    </message>
    <message>
      <source>pseudonym</source>
      <translation>pseudonym</translation>
    </message>
    <message>
      <source>rationale</source>
      <translation>rationale</translation>
    </message>
    <message>
      <source>reason</source>
      <translation>reason</translation>
    </message>
    <message>
      <source>rejected</source>
      <translation>rejected</translation>
    </message>
    <message>
      <source>reliable (0.800 or more)</source>
      <translation type="vanished">reliable (0.800 or more)</translation>
    </message>
    <message>
      <source>reliable, 0.800 or more</source>
      <translation>reliable, 0.800 or more</translation>
    </message>
    <message>
      <source>research question</source>
      <translation>research question</translation>
    </message>
    <message>
      <source>resolved</source>
      <translation>resolved</translation>
    </message>
    <message>
      <source>review comments and verdicts</source>
      <translation>review comments and verdicts</translation>
    </message>
    <message>
      <source>review status</source>
      <translation>review status</translation>
    </message>
    <message>
      <source>revised</source>
      <translation>revised</translation>
    </message>
    <message>
      <source>role</source>
      <translation>role</translation>
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
      <source>segment</source>
      <translation>segment</translation>
    </message>
    <message>
      <source>shortcut key</source>
      <translation>shortcut key</translation>
    </message>
    <message>
      <source>slight</source>
      <translation>slight</translation>
    </message>
    <message>
      <source>source</source>
      <translation>source</translation>
    </message>
    <message>
      <source>sources</source>
      <translation>sources</translation>
    </message>
    <message>
      <source>start</source>
      <translation>start</translation>
    </message>
    <message>
      <source>statement</source>
      <translation>statement</translation>
    </message>
    <message>
      <source>status</source>
      <translation>status</translation>
    </message>
    <message>
      <source>substantial</source>
      <translation>substantial</translation>
    </message>
    <message>
      <source>summaries</source>
      <translation>summaries</translation>
    </message>
    <message>
      <source>summary</source>
      <translation>summary</translation>
    </message>
    <message>
      <source>summary cell</source>
      <translation>summary cell</translation>
    </message>
    <message>
      <source>supervisor</source>
      <translation>supervisor</translation>
    </message>
    <message>
      <source>tactics</source>
      <translation>tactics</translation>
    </message>
    <message>
      <source>tentative conclusions only (0.667–0.800)</source>
      <translation type="vanished">tentative conclusions only (0.667–0.800)</translation>
    </message>
    <message>
      <source>tentative conclusions only, 0.667 to 0.800</source>
      <translation>tentative conclusions only, 0.667 to 0.800</translation>
    </message>
    <message>
      <source>text</source>
      <translation>text</translation>
    </message>
    <message>
      <source>the code it names is a category that cannot be applied</source>
      <translation>the code it names is a category that cannot be applied</translation>
    </message>
    <message>
      <source>the passage it is anchored on is no longer in the transcript</source>
      <translation>the passage it is anchored on is no longer in the transcript</translation>
    </message>
    <message>
      <source>the segment it answers is no longer in the project</source>
      <translation>the segment it answers is no longer in the project</translation>
    </message>
    <message>
      <source>title</source>
      <translation>title</translation>
    </message>
    <message>
      <source>triangulation judgement</source>
      <translation>triangulation judgement</translation>
    </message>
    <message>
      <source>turn {number}</source>
      <translation>turn {number}</translation>
    </message>
    <message>
      <source>type</source>
      <translation>type</translation>
    </message>
    <message>
      <source>unreliable (below 0.667)</source>
      <translation type="vanished">unreliable (below 0.667)</translation>
    </message>
    <message>
      <source>unreliable, below 0.667</source>
      <translation>unreliable, below 0.667</translation>
    </message>
    <message>
      <source>use when</source>
      <translation>use when</translation>
    </message>
    <message>
      <source>valence</source>
      <translation>valence</translation>
    </message>
    <message>
      <source>verdict</source>
      <translation>verdict</translation>
    </message>
    <message>
      <source>verdict scale</source>
      <translation>verdict scale</translation>
    </message>
    <message>
      <source>{band} ({source})</source>
      <translation>{band} ({source})</translation>
    </message>
    <message>
      <source>{coder} only</source>
      <translation>{coder} only</translation>
    </message>
    <message>
      <source>{code} — verdict: {verdict}; Telaah suggests: {suggested} ({rule})</source>
      <translation>{code} — verdict: {verdict}; Telaah suggests: {suggested} ({rule})</translation>
    </message>
    <message>
      <source>{count} hit(s).</source>
      <translation>{count} hit(s).</translation>
    </message>
    <message>
      <source>{count} segments to review.</source>
      <translation>{count} segments to review.</translation>
    </message>
    <message>
      <source>{source}: the transcript is marked as checked by a person.</source>
      <translation>{source}: the transcript is marked as checked by a person.</translation>
    </message>
    <message>
      <source>{source}: {total} segment(s): {unchanged} unchanged, {shifted} shifted, {edited} edited, {moved} moved, {unplaced} could not be placed.</source>
      <translation>{source}: {total} segment(s): {unchanged} unchanged, {shifted} shifted, {edited} edited, {moved} moved, {unplaced} could not be placed.</translation>
    </message>
    <message>
      <source>{title} has no informant now.</source>
      <translation>{title} has no informant now.</translation>
    </message>
    <message>
      <source>{title}: a segment of {coder} ({code}) could not be placed on this project's text and was not merged: “{quote}”.</source>
      <translation>{title}: a segment of {coder} ({code}) could not be placed on this project's text and was not merged: “{quote}”.</translation>
    </message>
    <message>
      <source>{title}: the text differs in the other copy; this project's text is kept and {count} segment(s) of the other copy were re-anchored onto it.</source>
      <translation>{title}: the text differs in the other copy; this project's text is kept and {count} segment(s) of the other copy were re-anchored onto it.</translation>
    </message>
    <message>
      <source>{total} quotation(s): {exact} exact, {near} near, {not_found} not found, {mismatched} citing another informant.</source>
      <translation>{total} quotation(s): {exact} exact, {near} near, {not_found} not found, {mismatched} citing another informant.</translation>
    </message>
    <message>
      <source>α</source>
      <translation>α</translation>
    </message>
    <message>
      <source>α = 1 − D_o/D_e = 1 − (n − 1)·o_(coded,not) / (n_coded·n_not), nominal; o = coincidences Σ_u n_u,coded·n_u,not / (m_u − 1) over units with m_u ≥ 2 values, n = all pairable values; a coder who did not see a unit is missing data</source>
      <translation>α = 1 − D_o/D_e = 1 − (n − 1)·o_(coded,not) / (n_coded·n_not), nominal; o = coincidences Σ_u n_u,coded·n_u,not / (m_u − 1) over units with m_u ≥ 2 values, n = all pairable values; a coder who did not see a unit is missing data</translation>
    </message>
    <message>
      <source>κ = (P_o − P_e) / (1 − P_e), P_e = p_A(coded)·p_B(coded) + p_A(not)·p_B(not), each coder's own share of the units (two coders, units both gave a value to)</source>
      <translation>κ = (P_o − P_e) / (1 − P_e), P_e = p_A(coded)·p_B(coded) + p_A(not)·p_B(not), each coder's own share of the units (two coders, units both gave a value to)</translation>
    </message>
    <message>
      <source>κ_BP = (P_o − 1/q) / (1 − 1/q) with q = 2 categories (coded, not coded), i.e. 2·P_o − 1</source>
      <translation>κ_BP = (P_o − 1/q) / (1 − 1/q) with q = 2 categories (coded, not coded), i.e. 2·P_o − 1</translation>
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
      <translation>'{key}' matches several {kind}s: {candidates}. Give the full path.</translation>
    </message>
    <message>
      <source>'{step}' was not undone: {who} changed the {field} of {kind} '{name}' at {when} (it is now '{theirs}'); undoing would overwrite it.</source>
      <translation>'{step}' was not undone: {who} changed the {field} of {kind} '{name}' at {when} (it is now '{theirs}'); undoing would overwrite it.</translation>
    </message>
    <message>
      <source>'{step}' was not undone: {who} deleted {kind} '{name}' at {when}.</source>
      <translation>'{step}' was not undone: {who} deleted {kind} '{name}' at {when}.</translation>
    </message>
    <message>
      <source>'{step}' was not undone: {who} has since commented on or judged the segment of '{code}' in '{source}'; undoing would delete or overrule that.</source>
      <translation>'{step}' was not undone: {who} has since commented on or judged the segment of '{code}' in '{source}'; undoing would delete or overrule that.</translation>
    </message>
    <message>
      <source>'{verdict}' is not on this project's verdict scale: {scale}.</source>
      <translation>'{verdict}' is not on this project's verdict scale: {scale}.</translation>
    </message>
    <message>
      <source>--code needs --coder NAME</source>
      <translation>--code needs --coder NAME</translation>
    </message>
    <message>
      <source>A '{status}' verdict needs a comment that tells the coder what to change.</source>
      <translation type="vanished">A '{status}' verdict needs a comment that tells the coder what to change.</translation>
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
      <source>Automatic transcription needs the optional part 'telaah[transcribe]'; install it with: pip install 'telaah[transcribe]'.</source>
      <translation>Automatic transcription needs the optional part 'telaah[transcribe]'; install it with: pip install 'telaah[transcribe]'.</translation>
    </message>
    <message>
      <source>GUID</source>
      <translation>GUID</translation>
    </message>
    <message>
      <source>Invalid {field}: '{value}' ({detail}).</source>
      <translation>Invalid {field}: '{value}' ({detail}).</translation>
    </message>
    <message>
      <source>No transcription model named '{name}'; known models: {known}.</source>
      <translation>No transcription model named '{name}'; known models: {known}.</translation>
    </message>
    <message>
      <source>No {kind} '{key}' in this project.</source>
      <translation>No {kind} '{key}' in this project.</translation>
    </message>
    <message>
      <source>Rejecting a segment needs a comment that tells the coder why.</source>
      <translation>Rejecting a segment needs a comment that tells the coder why.</translation>
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
      <source>Sending a segment back for revision needs a comment that tells the coder what to change.</source>
      <translation>Sending a segment back for revision needs a comment that tells the coder what to change.</translation>
    </message>
    <message>
      <source>Someone else saved this {kind} at the same moment; your change was not saved. Look at it again and repeat your change.</source>
      <translation>Someone else saved this {kind} at the same moment; your change was not saved. Look at it again and repeat your change.</translation>
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
      <source>The region x={x}, y={y}, width={w}, height={h} does not lie inside the picture (each value from 0 to 1, width and height above 0).</source>
      <translation>The region x={x}, y={y}, width={w}, height={h} does not lie inside the picture (each value from 0 to 1, width and height above 0).</translation>
    </message>
    <message>
      <source>The regular expression '{pattern}' is not valid ({detail}).</source>
      <translation type="vanished">The regular expression '{pattern}' is not valid ({detail}).</translation>
    </message>
    <message>
      <source>The regular expression '{pattern}' is not valid; check its brackets, parentheses and backslashes.</source>
      <translation>The regular expression '{pattern}' is not valid; check its brackets, parentheses and backslashes.</translation>
    </message>
    <message>
      <source>The segment “{segment}” was changed by its coder after the review queue showed it; look at it again before giving a verdict. Nothing was changed.</source>
      <translation>The segment “{segment}” was changed by its coder after the review queue showed it; look at it again before giving a verdict. Nothing was changed.</translation>
    </message>
    <message>
      <source>The source '{title}' has no recording; import one first.</source>
      <translation>The source '{title}' has no recording; import one first.</translation>
    </message>
    <message>
      <source>The source '{title}' is not a photo; regions can only be coded on photos.</source>
      <translation>The source '{title}' is not a photo; regions can only be coded on photos.</translation>
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
      <source>The verdict on “{segment}” cannot be undone: the segment's review status changed since it was given. Nothing was changed.</source>
      <translation>The verdict on “{segment}” cannot be undone: the segment's review status changed since it was given. Nothing was changed.</translation>
    </message>
    <message>
      <source>This verdict needs a comment that tells the coder what to change.</source>
      <translation>This verdict needs a comment that tells the coder what to change.</translation>
    </message>
    <message>
      <source>YYYY-MM-DD</source>
      <translation>YYYY-MM-DD</translation>
    </message>
    <message>
      <source>a code cannot merge into itself</source>
      <translation>a code cannot merge into itself</translation>
    </message>
    <message>
      <source>a code cannot move under itself</source>
      <translation>a code cannot move under itself</translation>
    </message>
    <message>
      <source>a code needs a name</source>
      <translation>a code needs a name</translation>
    </message>
    <message>
      <source>a code or a question</source>
      <translation>a code or a question</translation>
    </message>
    <message>
      <source>a share above 0 and at most 1, such as 0.9</source>
      <translation>a share above 0 and at most 1, such as 0.9</translation>
    </message>
    <message>
      <source>a whole number of characters from 0</source>
      <translation>a whole number of characters from 0</translation>
    </message>
    <message>
      <source>accepted coder</source>
      <translation>accepted coder</translation>
    </message>
    <message>
      <source>agreement unit</source>
      <translation>agreement unit</translation>
    </message>
    <message>
      <source>at least two different words, best first</source>
      <translation>at least two different words, best first</translation>
    </message>
    <message>
      <source>at most 40 characters</source>
      <translation>at most 40 characters</translation>
    </message>
    <message>
      <source>attributes</source>
      <translation>attributes</translation>
    </message>
    <message>
      <source>case</source>
      <translation>case</translation>
    </message>
    <message>
      <source>code</source>
      <translation>code</translation>
    </message>
    <message>
      <source>code field</source>
      <translation>code field</translation>
    </message>
    <message>
      <source>code group</source>
      <translation>code group</translation>
    </message>
    <message>
      <source>code name</source>
      <translation>code name</translation>
    </message>
    <message>
      <source>coder</source>
      <translation>coder</translation>
    </message>
    <message>
      <source>coder name</source>
      <translation>coder name</translation>
    </message>
    <message>
      <source>coder role</source>
      <translation>coder role</translation>
    </message>
    <message>
      <source>coding</source>
      <translation>coding</translation>
    </message>
    <message>
      <source>colour</source>
      <translation>colour</translation>
    </message>
    <message>
      <source>comment</source>
      <translation>comment</translation>
    </message>
    <message>
      <source>conclusion</source>
      <translation>conclusion</translation>
    </message>
    <message>
      <source>conclusion target</source>
      <translation>conclusion target</translation>
    </message>
    <message>
      <source>consensus coder</source>
      <translation>consensus coder</translation>
    </message>
    <message>
      <source>date</source>
      <translation>date</translation>
    </message>
    <message>
      <source>disagreement</source>
      <translation>disagreement</translation>
    </message>
    <message>
      <source>evidence role</source>
      <translation>evidence role</translation>
    </message>
    <message>
      <source>give --judgement</source>
      <translation>give --judgement</translation>
    </message>
    <message>
      <source>grouping</source>
      <translation>grouping</translation>
    </message>
    <message>
      <source>in-vivo code name</source>
      <translation>in-vivo code name</translation>
    </message>
    <message>
      <source>informant</source>
      <translation>informant</translation>
    </message>
    <message>
      <source>informant id</source>
      <translation>informant id</translation>
    </message>
    <message>
      <source>informant label</source>
      <translation type="vanished">informant label</translation>
    </message>
    <message>
      <source>informant type</source>
      <translation>informant type</translation>
    </message>
    <message>
      <source>it contains no codes</source>
      <translation>it contains no codes</translation>
    </message>
    <message>
      <source>it goes backwards or lies after the recording's end</source>
      <translation>it goes backwards or lies after the recording's end</translation>
    </message>
    <message>
      <source>it has no &lt;Codes&gt; element</source>
      <translation>it has no &lt;Codes&gt; element</translation>
    </message>
    <message>
      <source>it is already coded; transcribe a new recording instead</source>
      <translation>it is already coded; transcribe a new recording instead</translation>
    </message>
    <message>
      <source>it is empty</source>
      <translation>it is empty</translation>
    </message>
    <message>
      <source>it must be a name other than the coders compared</source>
      <translation>it must be a name other than the coders compared</translation>
    </message>
    <message>
      <source>judgement</source>
      <translation>judgement</translation>
    </message>
    <message>
      <source>memo title</source>
      <translation>memo title</translation>
    </message>
    <message>
      <source>memo type</source>
      <translation>memo type</translation>
    </message>
    <message>
      <source>merge</source>
      <translation>merge</translation>
    </message>
    <message>
      <source>merge a sub-code into its parent, not the reverse</source>
      <translation>merge a sub-code into its parent, not the reverse</translation>
    </message>
    <message>
      <source>name replacement</source>
      <translation>name replacement</translation>
    </message>
    <message>
      <source>name=value</source>
      <translation>name=value</translation>
    </message>
    <message>
      <source>name=value; …</source>
      <translation>name=value; …</translation>
    </message>
    <message>
      <source>needed with --source</source>
      <translation>needed with --source</translation>
    </message>
    <message>
      <source>no such turn</source>
      <translation>no such turn</translation>
    </message>
    <message>
      <source>note</source>
      <translation>note</translation>
    </message>
    <message>
      <source>one line only</source>
      <translation>one line only</translation>
    </message>
    <message>
      <source>one title per file</source>
      <translation>one title per file</translation>
    </message>
    <message>
      <source>original file</source>
      <translation>original file</translation>
    </message>
    <message>
      <source>overlap threshold</source>
      <translation>overlap threshold</translation>
    </message>
    <message>
      <source>parent</source>
      <translation>parent</translation>
    </message>
    <message>
      <source>presence by</source>
      <translation>presence by</translation>
    </message>
    <message>
      <source>project location</source>
      <translation>project location</translation>
    </message>
    <message>
      <source>region</source>
      <translation>region</translation>
    </message>
    <message>
      <source>region description</source>
      <translation>region description</translation>
    </message>
    <message>
      <source>research question</source>
      <translation>research question</translation>
    </message>
    <message>
      <source>resolution</source>
      <translation>resolution</translation>
    </message>
    <message>
      <source>search query</source>
      <translation>search query</translation>
    </message>
    <message>
      <source>segment</source>
      <translation>segment</translation>
    </message>
    <message>
      <source>segments</source>
      <translation>segments</translation>
    </message>
    <message>
      <source>selection</source>
      <translation>selection</translation>
    </message>
    <message>
      <source>shortcut</source>
      <translation>shortcut</translation>
    </message>
    <message>
      <source>source</source>
      <translation>source</translation>
    </message>
    <message>
      <source>source kind</source>
      <translation>source kind</translation>
    </message>
    <message>
      <source>source title</source>
      <translation>source title</translation>
    </message>
    <message>
      <source>status</source>
      <translation>status</translation>
    </message>
    <message>
      <source>tactics</source>
      <translation>tactics</translation>
    </message>
    <message>
      <source>the informant id is empty</source>
      <translation>the informant id is empty</translation>
    </message>
    <message>
      <source>they are not coded with the code being split</source>
      <translation>they are not coded with the code being split</translation>
    </message>
    <message>
      <source>time</source>
      <translation>time</translation>
    </message>
    <message>
      <source>titles</source>
      <translation>titles</translation>
    </message>
    <message>
      <source>two codes have the same GUID</source>
      <translation>two codes have the same GUID</translation>
    </message>
    <message>
      <source>use #RRGGBB</source>
      <translation>use #RRGGBB</translation>
    </message>
    <message>
      <source>use a .telaah file or a postgresql:// URL</source>
      <translation>use a .telaah file or a postgresql:// URL</translation>
    </message>
    <message>
      <source>user</source>
      <translation>user</translation>
    </message>
    <message>
      <source>valence</source>
      <translation>valence</translation>
    </message>
    <message>
      <source>verdict</source>
      <translation>verdict</translation>
    </message>
    <message>
      <source>verdict scale</source>
      <translation>verdict scale</translation>
    </message>
    <message>
      <source>x, y, w and h must be numbers from 0 to 1</source>
      <translation>x, y, w and h must be numbers from 0 to 1</translation>
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
      <source>{count} source(s) are linked to informant '{informant}'; nothing was removed. Link them to another informant first, or remove it anyway with --force (the sources stay, without informant).</source>
      <translation>{count} source(s) are linked to informant '{informant}'; nothing was removed. Link them to another informant first, or remove it anyway with --force (the sources stay, without informant).</translation>
    </message>
    <message>
      <source>{detail}</source>
      <translation>{detail}</translation>
    </message>
    <message>
      <source>{path} is damaged and cannot be read. Earlier states are kept as backups: 'telaah backup list {path}' lists them and 'telaah backup restore {path} 1' brings back the newest (the damaged file is kept aside).</source>
      <translation>{path} is damaged and cannot be read. Earlier states are kept as backups: 'telaah backup list {path}' lists them and 'telaah backup restore {path} 1' brings back the newest (the damaged file is kept aside).</translation>
    </message>
    <message>
      <source>{path} is open in Telaah by {user} on {host} (since {since}). Open it read-only, or close it there first.</source>
      <translation>{path} is open in Telaah by {user} on {host} (since {since}). Open it read-only, or close it there first.</translation>
    </message>
    <message>
      <source>{path} is open in this window; close it before replacing it with a backup.</source>
      <translation>{path} is open in this window; close it before replacing it with a backup.</translation>
    </message>
    <message>
      <source>{path} is open read-only; nothing can be changed in it now.</source>
      <translation>{path} is open read-only; nothing can be changed in it now.</translation>
    </message>
    <message>
      <source>{path} is the project that is open now; choose another file to import or to write to.</source>
      <translation>{path} is the project that is open now; choose another file to import or to write to.</translation>
    </message>
    <message>
      <source>{path} is this project itself; choose the other coder's copy to merge.</source>
      <translation>{path} is this project itself; choose the other coder's copy to merge.</translation>
    </message>
    <message>
      <source>{path}, line {line}: '{stamp}' is not a valid time (minutes and seconds go to 59).</source>
      <translation>{path}, line {line}: '{stamp}' is not a valid time (minutes and seconds go to 59).</translation>
    </message>
    <message>
      <source>{path}, line {line}: the time {time} comes before the time above it ({previous}); the times of a transcript must not go backwards.</source>
      <translation>{path}, line {line}: the time {time} comes before the time above it ({previous}); the times of a transcript must not go backwards.</translation>
    </message>
    <message>
      <source>{path}, line {line}: the time {time} lies after the end of the recording ({duration}).</source>
      <translation>{path}, line {line}: the time {time} lies after the end of the recording ({duration}).</translation>
    </message>
    <message>
      <source>{path}, line {line}: this is not a valid subtitle cue (expected a time line such as '00:00:01,000 --&gt; 00:00:04,000').</source>
      <translation>{path}, line {line}: this is not a valid subtitle cue (expected a time line such as '00:00:01,000 --&gt; 00:00:04,000').</translation>
    </message>
    <message>
      <source>{path}, row {row}: '{value}' in the column '{column}' is not one of: {allowed}.</source>
      <translation>{path}, row {row}: '{value}' in the column '{column}' is not one of: {allowed}.</translation>
    </message>
    <message>
      <source>{path}, row {row}: the column '{column}' is empty.</source>
      <translation>{path}, row {row}: the column '{column}' is empty.</translation>
    </message>
    <message>
      <source>{path}, row {row}: the id {key} appears twice.</source>
      <translation>{path}, row {row}: the id {key} appears twice.</translation>
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
      <source>{path}, row {row}: the row cannot be read as CSV; check its quotation marks.</source>
      <translation>{path}, row {row}: the row cannot be read as CSV; check its quotation marks.</translation>
    </message>
    <message>
      <source>{path}, row {row}: the row has {count} values but the header has {columns} columns.</source>
      <translation>{path}, row {row}: the row has {count} values but the header has {columns} columns.</translation>
    </message>
    <message>
      <source>{path}, row {row}: {detail}</source>
      <translation>{path}, row {row}: {detail}</translation>
    </message>
    <message>
      <source>{path}, row {row}: {problem} Nothing from the file was stored.</source>
      <translation>{path}, row {row}: {problem} Nothing from the file was stored.</translation>
    </message>
    <message>
      <source>{path}: '{encoding}' is not a text encoding Telaah knows; choose another one.</source>
      <translation>{path}: '{encoding}' is not a text encoding Telaah knows; choose another one.</translation>
    </message>
    <message>
      <source>{path}: OCR of page {page} failed; the PDF was not imported.</source>
      <translation>{path}: OCR of page {page} failed; the PDF was not imported.</translation>
    </message>
    <message>
      <source>{path}: OCR recognised no text on any page; the PDF was not imported.</source>
      <translation>{path}: OCR recognised no text on any page; the PDF was not imported.</translation>
    </message>
    <message>
      <source>{path}: Telaah cannot write '{suffix}' files here; use {allowed}.</source>
      <translation>{path}: Telaah cannot write '{suffix}' files here; use {allowed}.</translation>
    </message>
    <message>
      <source>{path}: Telaah produced a file that does not follow the REFI-QDA schema ({detail}); nothing was written. Please report this problem.</source>
      <translation type="vanished">{path}: Telaah produced a file that does not follow the REFI-QDA schema ({detail}); nothing was written. Please report this problem.</translation>
    </message>
    <message>
      <source>{path}: Telaah produced a file that does not follow the REFI-QDA schema; nothing was written. Please report this problem with the output of --verbose.</source>
      <translation>{path}: Telaah produced a file that does not follow the REFI-QDA schema; nothing was written. Please report this problem with the output of --verbose.</translation>
    </message>
    <message>
      <source>{path}: a file of that name already exists; choose another name.</source>
      <translation>{path}: a file of that name already exists; choose another name.</translation>
    </message>
    <message>
      <source>{path}: files of type '{suffix}' cannot be imported; use .txt or .docx.</source>
      <translation type="vanished">{path}: files of type '{suffix}' cannot be imported; use .txt or .docx.</translation>
    </message>
    <message>
      <source>{path}: files of type '{suffix}' cannot be imported; use .txt, .docx, .pdf or a JPEG, PNG or TIFF photo.</source>
      <translation>{path}: files of type '{suffix}' cannot be imported; use .txt, .docx, .pdf or a JPEG, PNG or TIFF photo.</translation>
    </message>
    <message>
      <source>{path}: files of type '{suffix}' cannot be used as a recording; use WAV, MP3, M4A, OGG or MP4.</source>
      <translation>{path}: files of type '{suffix}' cannot be used as a recording; use WAV, MP3, M4A, OGG or MP4.</translation>
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
      <source>{path}: no transcription model here (a Whisper model in CTranslate2 format has model.bin and config.json); choose another folder or download a model.</source>
      <translation>{path}: no transcription model here (a Whisper model in CTranslate2 format has model.bin and config.json); choose another folder or download a model.</translation>
    </message>
    <message>
      <source>{path}: not a usable codebook (the code '{code}' has isCodable='{value}', not true or false).</source>
      <translation>{path}: not a usable codebook (the code '{code}' has isCodable='{value}', not true or false).</translation>
    </message>
    <message>
      <source>{path}: not a usable codebook (the code '{code}' has the colour '{value}', not #RRGGBB).</source>
      <translation>{path}: not a usable codebook (the code '{code}' has the colour '{value}', not #RRGGBB).</translation>
    </message>
    <message>
      <source>{path}: not a usable codebook (the code on line {line} has no name).</source>
      <translation>{path}: not a usable codebook (the code on line {line} has no name).</translation>
    </message>
    <message>
      <source>{path}: not a usable codebook (the root element is &lt;{root}&gt;, not &lt;CodeBook&gt;).</source>
      <translation>{path}: not a usable codebook (the root element is &lt;{root}&gt;, not &lt;CodeBook&gt;).</translation>
    </message>
    <message>
      <source>{path}: not a usable codebook (the root element is in the namespace '{namespace}', not '{expected}').</source>
      <translation>{path}: not a usable codebook (the root element is in the namespace '{namespace}', not '{expected}').</translation>
    </message>
    <message>
      <source>{path}: not a usable codebook (two codes at the top level have the same name: '{first}' and '{second}').</source>
      <translation>{path}: not a usable codebook (two codes at the top level have the same name: '{first}' and '{second}').</translation>
    </message>
    <message>
      <source>{path}: not a usable codebook (two codes under '{parent}' have the same name: '{first}' and '{second}').</source>
      <translation>{path}: not a usable codebook (two codes under '{parent}' have the same name: '{first}' and '{second}').</translation>
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
      <source>{path}: the PDF has no text layer (it is a scan or holds only pictures); import it with OCR to recognise its text.</source>
      <translation>{path}: the PDF has no text layer (it is a scan or holds only pictures); import it with OCR to recognise its text.</translation>
    </message>
    <message>
      <source>{path}: the PDF has no text layer (it is a scan) and OCR needs Tesseract with its Indonesian data; install the packages tesseract-ocr and tesseract-ocr-ind.</source>
      <translation>{path}: the PDF has no text layer (it is a scan) and OCR needs Tesseract with its Indonesian data; install the packages tesseract-ocr and tesseract-ocr-ind.</translation>
    </message>
    <message>
      <source>{path}: the PDF has {pages} pages, more than the {limit} Telaah imports; split it into parts.</source>
      <translation>{path}: the PDF has {pages} pages, more than the {limit} Telaah imports; split it into parts.</translation>
    </message>
    <message>
      <source>{path}: the PDF holds a compressed stream that unpacks to more than {limit_mb} MB; it is refused as a possible decompression bomb.</source>
      <translation>{path}: the PDF holds a compressed stream that unpacks to more than {limit_mb} MB; it is refused as a possible decompression bomb.</translation>
    </message>
    <message>
      <source>{path}: the PDF is damaged or not a PDF file and cannot be read.</source>
      <translation>{path}: the PDF is damaged or not a PDF file and cannot be read.</translation>
    </message>
    <message>
      <source>{path}: the PDF is protected by a password; save a copy without the password and import that.</source>
      <translation>{path}: the PDF is protected by a password; save a copy without the password and import that.</translation>
    </message>
    <message>
      <source>{path}: the Word document is damaged or not a .docx file ({detail}).</source>
      <translation type="vanished">{path}: the Word document is damaged or not a .docx file ({detail}).</translation>
    </message>
    <message>
      <source>{path}: the Word document is damaged or not a .docx file; open it in Word, save it as .docx and import it again.</source>
      <translation>{path}: the Word document is damaged or not a .docx file; open it in Word, save it as .docx and import it again.</translation>
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
      <source>{path}: the XML is not valid (line {line}).</source>
      <translation>{path}: the XML is not valid (line {line}).</translation>
    </message>
    <message>
      <source>{path}: the XML is not valid ({detail}).</source>
      <translation type="vanished">{path}: the XML is not valid ({detail}).</translation>
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
      <translation type="vanished">{path}: the backup could not be made or restored ({detail}); the project is unchanged.</translation>
    </message>
    <message>
      <source>{path}: the backup could not be made or restored; the project is unchanged.</source>
      <translation>{path}: the backup could not be made or restored; the project is unchanged.</translation>
    </message>
    <message>
      <source>{path}: the coded selection '{selection}' [{start}, {end}) lies outside the text of source '{source}' ({length} characters); nothing was imported.</source>
      <translation type="vanished">{path}: the coded selection '{selection}' [{start}, {end}) lies outside the text of source '{source}' ({length} characters); nothing was imported.</translation>
    </message>
    <message>
      <source>{path}: the database server cannot be reached or refused the login ({detail}).</source>
      <translation type="vanished">{path}: the database server cannot be reached or refused the login ({detail}).</translation>
    </message>
    <message>
      <source>{path}: the database server cannot be reached or refused the login; check the address, user name and password.</source>
      <translation>{path}: the database server cannot be reached or refused the login; check the address, user name and password.</translation>
    </message>
    <message>
      <source>{path}: the disk is full; nothing was changed.</source>
      <translation>{path}: the disk is full; nothing was changed.</translation>
    </message>
    <message>
      <source>{path}: the entry '{entry}' is compressed {ratio}:1, more than the {limit}:1 an ordinary file reaches (a zip bomb); it was not opened.</source>
      <translation>{path}: the entry '{entry}' is compressed {ratio}:1, more than the {limit}:1 an ordinary file reaches (a zip bomb); it was not opened.</translation>
    </message>
    <message>
      <source>{path}: the export was cancelled; no file was written.</source>
      <translation>{path}: the export was cancelled; no file was written.</translation>
    </message>
    <message>
      <source>{path}: the file cannot be read ({detail}).</source>
      <translation type="vanished">{path}: the file cannot be read ({detail}).</translation>
    </message>
    <message>
      <source>{path}: the file cannot be read.</source>
      <translation>{path}: the file cannot be read.</translation>
    </message>
    <message>
      <source>{path}: the file cannot be written ({detail}); nothing was changed.</source>
      <translation type="vanished">{path}: the file cannot be written ({detail}); nothing was changed.</translation>
    </message>
    <message>
      <source>{path}: the file cannot be written; nothing was changed.</source>
      <translation>{path}: the file cannot be written; nothing was changed.</translation>
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
      <source>{path}: the file holds no sound track.</source>
      <translation>{path}: the file holds no sound track.</translation>
    </message>
    <message>
      <source>{path}: the file is empty (0 bytes); it holds no recording.</source>
      <translation>{path}: the file is empty (0 bytes); it holds no recording.</translation>
    </message>
    <message>
      <source>{path}: the file is not a JPEG, PNG or TIFF picture (or it is damaged), whatever its name says.</source>
      <translation>{path}: the file is not a JPEG, PNG or TIFF picture (or it is damaged), whatever its name says.</translation>
    </message>
    <message>
      <source>{path}: the file is {size_mb} MB, more than the limit of {limit_mb} MB.</source>
      <translation>{path}: the file is {size_mb} MB, more than the limit of {limit_mb} MB.</translation>
    </message>
    <message>
      <source>{path}: the file or its folder is read-only, so nothing can be saved there. Reading works; to work on it, copy it to a folder you can write to ('telaah copy').</source>
      <translation>{path}: the file or its folder is read-only, so nothing can be saved there. Reading works; to work on it, copy it to a folder you can write to ('telaah copy').</translation>
    </message>
    <message>
      <source>{path}: the folder does not exist; create it first or choose another folder.</source>
      <translation>{path}: the folder does not exist; create it first or choose another folder.</translation>
    </message>
    <message>
      <source>{path}: the folder {folder} does not exist; nothing was written.</source>
      <translation>{path}: the folder {folder} does not exist; nothing was written.</translation>
    </message>
    <message>
      <source>{path}: the picture has {megapixels} million pixels, more than the {limit} million Telaah accepts (a possible decompression bomb); scale it down first.</source>
      <translation>{path}: the picture has {megapixels} million pixels, more than the {limit} million Telaah accepts (a possible decompression bomb); scale it down first.</translation>
    </message>
    <message>
      <source>{path}: the project database reported a problem ({detail}); nothing was changed.</source>
      <translation type="vanished">{path}: the project database reported a problem ({detail}); nothing was changed.</translation>
    </message>
    <message>
      <source>{path}: the project database reported a problem; nothing was changed.</source>
      <translation>{path}: the project database reported a problem; nothing was changed.</translation>
    </message>
    <message>
      <source>{path}: the project was written by a newer version of Telaah (schema {found}); update Telaah to open it.</source>
      <translation>{path}: the project was written by a newer version of Telaah (schema {found}); update Telaah to open it.</translation>
    </message>
    <message>
      <source>{path}: the recording is damaged or cut off and cannot be played to its end.</source>
      <translation>{path}: the recording is damaged or cut off and cannot be played to its end.</translation>
    </message>
    <message>
      <source>{path}: the recording is encoded as '{codec}', which Telaah cannot play; convert it to MP3, M4A or WAV and import it again.</source>
      <translation>{path}: the recording is encoded as '{codec}', which Telaah cannot play; convert it to MP3, M4A or WAV and import it again.</translation>
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
      <source>{path}: the transcript holds no times to synchronise with the recording; use [hh:mm:ss], #hh:mm:ss-d#, SRT, WebVTT or an oTranscribe export.</source>
      <translation>{path}: the transcript holds no times to synchronise with the recording; use [hh:mm:ss], #hh:mm:ss-d#, SRT, WebVTT or an oTranscribe export.</translation>
    </message>
    <message>
      <source>{path}: the {kind} GUID {guid} is used twice ('{first}' and '{second}'); nothing was imported.</source>
      <translation>{path}: the {kind} GUID {guid} is used twice ('{first}' and '{second}'); nothing was imported.</translation>
    </message>
    <message>
      <source>{path}: there is no such backup; the project is unchanged.</source>
      <translation>{path}: there is no such backup; the project is unchanged.</translation>
    </message>
    <message>
      <source>{path}: this Word document was not written by 'telaah review export' (it has no Telaah segment marks); export a review document and send that one to the supervisor.</source>
      <translation>{path}: this Word document was not written by 'telaah review export' (it has no Telaah segment marks); export a review document and send that one to the supervisor.</translation>
    </message>
    <message>
      <source>{path}: this file is not a Telaah project (or it is damaged).</source>
      <translation>{path}: this file is not a Telaah project (or it is damaged).</translation>
    </message>
    <message>
      <source>{path}: this file is not a Telaah project ({detail}).</source>
      <translation type="vanished">{path}: this file is not a Telaah project ({detail}).</translation>
    </message>
    <message>
      <source>{path}: this is a folder, not a file.</source>
      <translation>{path}: this is a folder, not a file.</translation>
    </message>
    <message>
      <source>{path}: this is an old Word 97-2003 document (.doc); open it in Word, save it as .docx and import it again.</source>
      <translation>{path}: this is an old Word 97-2003 document (.doc); open it in Word, save it as .docx and import it again.</translation>
    </message>
    <message>
      <source>{path}: this is not a REFI-QDA project (.qdpx) archive ({detail}).</source>
      <translation type="vanished">{path}: this is not a REFI-QDA project (.qdpx) archive ({detail}).</translation>
    </message>
    <message>
      <source>{path}: this is not a REFI-QDA project (.qdpx) archive, or it is damaged.</source>
      <translation>{path}: this is not a REFI-QDA project (.qdpx) archive, or it is damaged.</translation>
    </message>
    <message>
      <source>{path}: this is not a text file (it contains binary data).</source>
      <translation>{path}: this is not a text file (it contains binary data).</translation>
    </message>
    <message>
      <source>{path}: this is not an ordinary file (a device, pipe or socket).</source>
      <translation>{path}: this is not an ordinary file (a device, pipe or socket).</translation>
    </message>
    <message>
      <source>{path}: this review document was exported from another project ({title}); import it into that project.</source>
      <translation type="vanished">{path}: this review document was exported from another project ({title}); import it into that project.</translation>
    </message>
    <message>
      <source>{path}: this review document was exported from another project; import it into that project.</source>
      <translation>{path}: this review document was exported from another project; import it into that project.</translation>
    </message>
    <message>
      <source>{path}: you are not allowed to read this file.</source>
      <translation>{path}: you are not allowed to read this file.</translation>
    </message>
    <message>
      <source>{path}: you are not allowed to write here; nothing was changed.</source>
      <translation>{path}: you are not allowed to write here; nothing was changed.</translation>
    </message>
    <message>
      <source>{path}: {count} coded selection(s) have positions Telaah cannot use: {not_number} not a number, {reversed} with the start after the end, {outside} outside the text (first: '{selection}' in source '{source}', start {start}, end {end}); nothing was imported.</source>
      <translation>{path}: {count} coded selection(s) have positions Telaah cannot use: {not_number} not a number, {reversed} with the start after the end, {outside} outside the text (first: '{selection}' in source '{source}', start {start}, end {end}); nothing was imported.</translation>
    </message>
    <message>
      <source>{path}: {detail}</source>
      <translation>{path}: {detail}</translation>
    </message>
    <message>
      <source>{path}: {element} '{name}' refers to a {kind} that does not exist ({guid}); nothing was imported.</source>
      <translation>{path}: {element} '{name}' refers to a {kind} that does not exist ({guid}); nothing was imported.</translation>
    </message>
    <message>
      <source>{who} changed the {field} of {kind} '{name}' at {when}, after you opened it: theirs is '{theirs}', yours is '{mine}'. Nothing was saved; keep yours, keep theirs or edit.</source>
      <translation>{who} changed the {field} of {kind} '{name}' at {when}, after you opened it: theirs is '{theirs}', yours is '{mine}'. Nothing was saved; keep yours, keep theirs or edit.</translation>
    </message>
    <message>
      <source>{who} deleted {kind} '{key}' at {when}; your change to it was not saved.</source>
      <translation>{who} deleted {kind} '{key}' at {when}; your change to it was not saved.</translation>
    </message>
  </context>
</TS>
