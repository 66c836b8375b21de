<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
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
      <source>Segment saved: {code} [{start}–{end}]</source>
      <translation>Segment saved: {code} [{start}–{end}]</translation>
    </message>
    <message>
      <source>Select a passage in the transcript first.</source>
      <translation>Select a passage in the transcript first.</translation>
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
    <name>CodebookPanel</name>
    <message>
      <source>Select a passage in the transcript, then double-click a code or press its key.</source>
      <translation>Select a passage in the transcript, then double-click a code or press its key.</translation>
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
      <translation>{verdict} — rule: {rule}</translation>
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
      <translation>all evidence positive, from {voices} voices</translation>
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
      <translation>net score {net} mapped evenly onto the scale</translation>
    </message>
    <message>
      <source>net score {net} ≤ −0.85 and no voice leans positive</source>
      <translation>net score {net} ≤ −0.85 and no voice leans positive</translation>
    </message>
    <message>
      <source>net score {net} ≥ −0.15: favourable evidence balances the rest</source>
      <translation>net score {net} ≥ −0.15: favourable evidence balances the rest</translation>
    </message>
    <message>
      <source>net score {net}: the evidence leans negative</source>
      <translation>net score {net}: the evidence leans negative</translation>
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
      <translation>no valenced evidence yet</translation>
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
      <translation>Cancel</translation>
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
      <translation>Pseudonymise names, NIP and phone numbers</translation>
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
      <source>Coder: {name}</source>
      <translation>Coder: {name}</translation>
    </message>
    <message>
      <source>Open project</source>
      <translation>Open project</translation>
    </message>
    <message>
      <source>Telaah projects (*.telaah);;All files (*)</source>
      <translation>Telaah projects (*.telaah);;All files (*)</translation>
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
      <source>Copy</source>
      <translation>Copy</translation>
    </message>
    <message>
      <source>Select a passage to apply a code</source>
      <translation>Select a passage to apply a code</translation>
    </message>
    <message>
      <source>Select all</source>
      <translation>Select all</translation>
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
    <name>WelcomePanel</name>
    <message>
      <source>Open project…</source>
      <translation>Open project…</translation>
    </message>
    <message>
      <source>Telaah helps you code interview transcripts, observation notes and documents against a codebook, and compare coders.</source>
      <translation>Telaah helps you code interview transcripts, observation notes and documents against a codebook, and compare coders.</translation>
    </message>
    <message>
      <source>Then open demo.telaah here, or start Telaah with {command} to open the sample study directly.</source>
      <translation>Then open demo.telaah here, or start Telaah with {command} to open the sample study directly.</translation>
    </message>
    <message>
      <source>To try Telaah with the sample study, run this command in a terminal:</source>
      <translation>To try Telaah with the sample study, run this command in a terminal:</translation>
    </message>
    <message>
      <source>Welcome to Telaah</source>
      <translation>Welcome to Telaah</translation>
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
      <source>Screenshot saved to {path}.</source>
      <translation>Screenshot saved to {path}.</translation>
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
</TS>
