<?xml version='1.0' encoding='UTF-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Diagnostics copied to the clipboard: paste them into your report.</source>
        <translation>Diagnostics copied to the clipboard: paste them into your report.</translation>
    </message>
    <message>
        <source>About Copydesk</source>
        <translation>About Copydesk</translation>
    </message>
    <message>
        <source>Editorial review for newsrooms.</source>
        <translation>Editorial review for newsrooms.</translation>
    </message>
    <message>
        <source>Free software under the Apache License 2.0. © 2026 Copydesk developers.</source>
        <translation>Free software under the Apache License 2.0. © 2026 Copydesk developers.</translation>
    </message>
    <message>
        <source>Rule packs: {packs} with {rules} rules</source>
        <translation>Rule packs: {packs} with {rules} rules</translation>
    </message>
    <message>
        <source>Rule packs: none installed</source>
        <translation>Rule packs: none installed</translation>
    </message>
    <message>
        <source>Pack</source>
        <translation>Pack</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Rules</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>bundled</source>
        <translation>bundled</translation>
    </message>
    <message>
        <source>your rules folder</source>
        <translation>your rules folder</translation>
    </message>
    <message>
        <source>Copy &amp;Diagnostics</source>
        <translation>Copy &amp;Diagnostics</translation>
    </message>
    <message>
        <source>Copy versions, settings and recent log lines for a bug report</source>
        <translation>Copy versions, settings and recent log lines for a bug report</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copied</translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <source>Settings could not be saved: {reason}.</source>
        <translation>Settings could not be saved: {reason}.</translation>
    </message>
</context>
<context>
    <name>ArticleController</name>
    <message>
        <source>Opening {name}…</source>
        <translation>Opening {name}…</translation>
    </message>
    <message>
        <source>Cannot open this file</source>
        <translation>Cannot open this file</translation>
    </message>
    <message>
        <source>{name} could not be opened.</source>
        <translation>{name} could not be opened.</translation>
    </message>
    <message>
        <source>Pasted text</source>
        <translation>Pasted text</translation>
    </message>
    <message>
        <source>Nothing to paste</source>
        <translation>Nothing to paste</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Copydesk could not save.</source>
        <translation>Copydesk could not save.</translation>
    </message>
    <message>
        <source>{problem} Your text is still open here.</source>
        <translation>{problem} Your text is still open here.</translation>
    </message>
    <message>
        <source>The library could not be read.</source>
        <translation>The library could not be read.</translation>
    </message>
    <message>
        <source>Library problem</source>
        <translation>Library problem</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Edited</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>{problem} Your text was copied to the clipboard.</source>
        <translation>{problem} Your text was copied to the clipboard.</translation>
    </message>
</context>
<context>
    <name>ArticlesModel</name>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>In copy edit</source>
        <translation>In copy edit</translation>
    </message>
    <message>
        <source>Returned to writer</source>
        <translation>Returned to writer</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exported</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Words</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>By {byline}</source>
        <translation>By {byline}</translation>
    </message>
    <message>
        <source>{count} words</source>
        <translation>{count} words</translation>
    </message>
</context>
<context>
    <name>DraftEditor</name>
    <message>
        <source>Draft text</source>
        <translation>Draft text</translation>
    </message>
    <message>
        <source>Open a draft (Ctrl+O), drop a file here, or paste text.</source>
        <translation>Open a draft (Ctrl+O), drop a file here, or paste text.</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <source>Something went wrong</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <source>Copydesk ran into a problem it did not expect, so what you asked for may not have been done.

If it happens again, choose Help &gt; Copy Diagnostics and send the text to whoever looks after Copydesk at your desk.

Technical detail: {detail}</source>
        <translation>Copydesk ran into a problem it did not expect, so what you asked for may not have been done.

If it happens again, choose Help &gt; Copy Diagnostics and send the text to whoever looks after Copydesk at your desk.

Technical detail: {detail}</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Suggestion</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Confused words</source>
        <translation>Confused words</translation>
    </message>
    <message>
        <source>Redundancy</source>
        <translation>Redundancy</translation>
    </message>
    <message>
        <source>Wordiness</source>
        <translation>Wordiness</translation>
    </message>
    <message>
        <source>Clichés</source>
        <translation>Clichés</translation>
    </message>
    <message>
        <source>Repetition</source>
        <translation>Repetition</translation>
    </message>
    <message>
        <source>Punctuation</source>
        <translation>Punctuation</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Numbers</translation>
    </message>
    <message>
        <source>Consistency</source>
        <translation>Consistency</translation>
    </message>
    <message>
        <source>Spelling</source>
        <translation>Spelling</translation>
    </message>
    <message>
        <source>Grammar</source>
        <translation>Grammar</translation>
    </message>
    <message>
        <source>Readability</source>
        <translation>Readability</translation>
    </message>
    <message>
        <source>Quotes and sources</source>
        <translation>Quotes and sources</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Suggestion (style)</source>
        <translation>Suggestion (style)</translation>
    </message>
    <message>
        <source>Inconsistent spelling</source>
        <translation>Inconsistent spelling</translation>
    </message>
    <message>
        <source>Suggested: {options}</source>
        <translation>Suggested: {options}</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <source>Words</source>
        <translation>Words</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Finding</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <source>All severities</source>
        <translation>All severities</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Errors</translation>
    </message>
    <message>
        <source>Errors and warnings</source>
        <translation>Errors and warnings</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Suggestions</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Ignored here</source>
        <translation>Ignored here</translation>
    </message>
    <message>
        <source>Ignored in this article</source>
        <translation>Ignored in this article</translation>
    </message>
    <message>
        <source>Rule turned off</source>
        <translation>Rule turned off</translation>
    </message>
    <message>
        <source>Fix applied</source>
        <translation>Fix applied</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>Dismissed findings</source>
        <translation>Dismissed findings</translation>
    </message>
    <message>
        <source>Undo dismissal</source>
        <translation>Undo dismissal</translation>
    </message>
    <message>
        <source>Undo the selected dismissal</source>
        <translation>Undo the selected dismissal</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Dismissed</translation>
    </message>
    <message>
        <source>Show severities</source>
        <translation>Show severities</translation>
    </message>
    <message>
        <source>Show category</source>
        <translation>Show category</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>Filter by rule or message</source>
        <translation>Filter by rule or message</translation>
    </message>
    <message>
        <source>Filter findings by rule or message</source>
        <translation>Filter findings by rule or message</translation>
    </message>
    <message>
        <source>The selected finding: explanation, suggestions, source</source>
        <translation>The selected finding: explanation, suggestions, source</translation>
    </message>
    <message>
        <source>Select a finding to see why it was flagged.</source>
        <translation>Select a finding to see why it was flagged.</translation>
    </message>
    <message>
        <source>&amp;Apply suggested fix</source>
        <translation>&amp;Apply suggested fix</translation>
    </message>
    <message>
        <source>No findings</source>
        <translation>No findings</translation>
    </message>
    <message>
        <source>Findings grouped by category</source>
        <translation>Findings grouped by category</translation>
    </message>
    <message>
        <source>&amp;Apply: “{words}”</source>
        <translation>&amp;Apply: “{words}”</translation>
    </message>
    <message>
        <source>&amp;Apply: delete</source>
        <translation>&amp;Apply: delete</translation>
    </message>
    <message>
        <source>{count} errors</source>
        <translation>{count} errors</translation>
    </message>
    <message>
        <source>{count} warnings</source>
        <translation>{count} warnings</translation>
    </message>
    <message>
        <source>{count} suggestions</source>
        <translation>{count} suggestions</translation>
    </message>
    <message>
        <source>Dismissed ({count})</source>
        <translation>Dismissed ({count})</translation>
    </message>
    <message>
        <source>Replace with “{words}”</source>
        <translation>Replace with “{words}”</translation>
    </message>
    <message>
        <source>Delete these words</source>
        <translation>Delete these words</translation>
    </message>
    <message>
        <source>Ignore here…</source>
        <translation>Ignore here…</translation>
    </message>
    <message>
        <source>Ignore in this article…</source>
        <translation>Ignore in this article…</translation>
    </message>
    <message>
        <source>Turn this rule off…</source>
        <translation>Turn this rule off…</translation>
    </message>
</context>
<context>
    <name>GrammarController</name>
    <message>
        <source>about 250 MB</source>
        <translation>about 250 MB</translation>
    </message>
    <message>
        <source>Grammar check stopped: {error}</source>
        <translation>Grammar check stopped: {error}</translation>
    </message>
</context>
<context>
    <name>GrammarStatus</name>
    <message>
        <source>Grammar checking is off.</source>
        <translation>Grammar checking is off.</translation>
    </message>
    <message>
        <source>LanguageTool answered in {seconds} seconds.</source>
        <translation>LanguageTool answered in {seconds} seconds.</translation>
    </message>
    <message>
        <source>Java is ready. LanguageTool is not on this computer yet ({size}); Copydesk asks before downloading it.</source>
        <translation>Java is ready. LanguageTool is not on this computer yet ({size}); Copydesk asks before downloading it.</translation>
    </message>
    <message>
        <source>Java and LanguageTool {version} are ready on this computer.</source>
        <translation>Java and LanguageTool {version} are ready on this computer.</translation>
    </message>
    <message>
        <source>Grammar: off</source>
        <translation>Grammar: off</translation>
    </message>
    <message>
        <source>Grammar check cancelled</source>
        <translation>Grammar check cancelled</translation>
    </message>
    <message>
        <source>LanguageTool download cancelled</source>
        <translation>LanguageTool download cancelled</translation>
    </message>
    <message>
        <source>LanguageTool on this computer runs on Java 17 or newer. Install it (Debian or Ubuntu: the package default-jre-headless; Windows and macOS: adoptium.net), then choose Retry; or use your newsroom's LanguageTool server in Preferences.</source>
        <translation>LanguageTool on this computer runs on Java 17 or newer. Install it (Debian or Ubuntu: the package default-jre-headless; Windows and macOS: adoptium.net), then choose Retry; or use your newsroom's LanguageTool server in Preferences.</translation>
    </message>
</context>
<context>
    <name>GrammarStatusBar</name>
    <message>
        <source>Grammar check status</source>
        <translation>Grammar check status</translation>
    </message>
    <message>
        <source>Grammar check progress</source>
        <translation>Grammar check progress</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Cancel the grammar check</source>
        <translation>Cancel the grammar check</translation>
    </message>
    <message>
        <source>Try the grammar check again</source>
        <translation>Try the grammar check again</translation>
    </message>
    <message>
        <source>LanguageTool %v of %m MB</source>
        <translation>LanguageTool %v of %m MB</translation>
    </message>
    <message>
        <source>Cancel the LanguageTool download</source>
        <translation>Cancel the LanguageTool download</translation>
    </message>
    <message>
        <source>Grammar %v of %m</source>
        <translation>Grammar %v of %m</translation>
    </message>
</context>
<context>
    <name>LegendView</name>
    <message>
        <source>Legend of the marks in the editor</source>
        <translation>Legend of the marks in the editor</translation>
    </message>
    <message>
        <source>sample</source>
        <translation>sample</translation>
    </message>
    <message>
        <source>quoted words</source>
        <translation>quoted words</translation>
    </message>
    <message>
        <source>Direct quotation (not restyled)</source>
        <translation>Direct quotation (not restyled)</translation>
    </message>
    <message>
        <source>noted words</source>
        <translation>noted words</translation>
    </message>
    <message>
        <source>A note for the writer</source>
        <translation>A note for the writer</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <source>Filter articles</source>
        <translation>Filter articles</translation>
    </message>
    <message>
        <source>Articles in the library</source>
        <translation>Articles in the library</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Copydesk</source>
        <translation>&amp;About Copydesk</translation>
    </message>
    <message>
        <source>Copy &amp;Diagnostics</source>
        <translation>Copy &amp;Diagnostics</translation>
    </message>
    <message>
        <source>Copy versions, settings and recent log lines for a bug report</source>
        <translation>Copy versions, settings and recent log lines for a bug report</translation>
    </message>
    <message>
        <source>Open &amp;Log Folder</source>
        <translation>Open &amp;Log Folder</translation>
    </message>
    <message>
        <source>Drafts (*.txt *.md *.markdown *.docx *.odt *.html *.htm);;All files (*)</source>
        <translation>Drafts (*.txt *.md *.markdown *.docx *.odt *.html *.htm);;All files (*)</translation>
    </message>
    <message>
        <source>Copydesk</source>
        <translation>Copydesk</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Library</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>Workflow</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legend</translation>
    </message>
    <message>
        <source>Word count and readability</source>
        <translation>Word count and readability</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <source>New Article from &amp;Clipboard</source>
        <translation>New Article from &amp;Clipboard</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>Review Re&amp;port…</source>
        <translation>Review Re&amp;port…</translation>
    </message>
    <message>
        <source>S&amp;witch User…</source>
        <translation>S&amp;witch User…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Select &amp;All</translation>
    </message>
    <message>
        <source>&amp;Find and Replace…</source>
        <translation>&amp;Find and Replace…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Find &amp;Next</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>Pre&amp;ferences…</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Review</translation>
    </message>
    <message>
        <source>&amp;Next Finding</source>
        <translation>&amp;Next Finding</translation>
    </message>
    <message>
        <source>&amp;Previous Finding</source>
        <translation>&amp;Previous Finding</translation>
    </message>
    <message>
        <source>&amp;Fix or Dismiss…</source>
        <translation>&amp;Fix or Dismiss…</translation>
    </message>
    <message>
        <source>&amp;Apply Suggested Fix</source>
        <translation>&amp;Apply Suggested Fix</translation>
    </message>
    <message>
        <source>Show &amp;Findings</source>
        <translation>Show &amp;Findings</translation>
    </message>
    <message>
        <source>&amp;Add Note to Selection…</source>
        <translation>&amp;Add Note to Selection…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;Library</translation>
    </message>
    <message>
        <source>F&amp;indings Panel</source>
        <translation>F&amp;indings Panel</translation>
    </message>
    <message>
        <source>&amp;Sources Panel</source>
        <translation>&amp;Sources Panel</translation>
    </message>
    <message>
        <source>&amp;Workflow Panel</source>
        <translation>&amp;Workflow Panel</translation>
    </message>
    <message>
        <source>L&amp;egend</source>
        <translation>L&amp;egend</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;In</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>Zoom In</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom &amp;Out</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Actual Size</translation>
    </message>
    <message>
        <source>Open a draft</source>
        <translation>Open a draft</translation>
    </message>
    <message>
        <source>Opened “{title}”.</source>
        <translation>Opened “{title}”.</translation>
    </message>
    <message>
        <source>{title} ({status}) — Copydesk</source>
        <translation>{title} ({status}) — Copydesk</translation>
    </message>
    <message>
        <source>{sentences} sentences · Flesch reading ease {score}</source>
        <translation>{sentences} sentences · Flesch reading ease {score}</translation>
    </message>
    <message>
        <source>{count} findings ({errors} errors)</source>
        <translation>{count} findings ({errors} errors)</translation>
    </message>
    <message>
        <source>No finding at the cursor; F8 goes to the next.</source>
        <translation>No finding at the cursor; F8 goes to the next.</translation>
    </message>
</context>
<context>
    <name>NotesComparison</name>
    <message>
        <source>differs from the notes</source>
        <translation>differs from the notes</translation>
    </message>
    <message>
        <source>not in the notes</source>
        <translation>not in the notes</translation>
    </message>
    <message>
        <source>left out without an ellipsis</source>
        <translation>left out without an ellipsis</translation>
    </message>
    <message>
        <source>editor's insertion</source>
        <translation>editor's insertion</translation>
    </message>
    <message>
        <source>stands for words left out</source>
        <translation>stands for words left out</translation>
    </message>
</context>
<context>
    <name>ReviewController</name>
    <message>
        <source>Ignore here</source>
        <translation>Ignore here</translation>
    </message>
    <message>
        <source>Why is this right here? (optional)</source>
        <translation>Why is this right here? (optional)</translation>
    </message>
    <message>
        <source>Ignore in this article</source>
        <translation>Ignore in this article</translation>
    </message>
    <message>
        <source>Why? (optional)</source>
        <translation>Why? (optional)</translation>
    </message>
    <message>
        <source>Turn this rule off</source>
        <translation>Turn this rule off</translation>
    </message>
    <message>
        <source>Why turn this rule off? (optional)</source>
        <translation>Why turn this rule off? (optional)</translation>
    </message>
    <message>
        <source>The style check stopped: {error}</source>
        <translation>The style check stopped: {error}</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>No findings.</translation>
    </message>
    <message>
        <source>The text has changed there; the findings will update in a moment.</source>
        <translation>The text has changed there; the findings will update in a moment.</translation>
    </message>
    <message>
        <source>No suggested fix here.</source>
        <translation>No suggested fix here.</translation>
    </message>
    <message>
        <source>Not recorded: {error}</source>
        <translation>Not recorded: {error}</translation>
    </message>
</context>
<context>
    <name>SourcesController</name>
    <message>
        <source>Looking for quotes…</source>
        <translation>Looking for quotes…</translation>
    </message>
    <message>
        <source>Quotes could not be analysed: {error}</source>
        <translation>Quotes could not be analysed: {error}</translation>
    </message>
    <message>
        <source>larger than 20 MB</source>
        <translation>larger than 20 MB</translation>
    </message>
    <message>
        <source>Evidence not attached</source>
        <translation>Evidence not attached</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>No quotes found.</source>
        <translation>No quotes found.</translation>
    </message>
    <message>
        <source>{sources} sources: {named} named, {anonymous} anonymous; {people} people, {organisations} organisations. {verified} of {direct} direct quotes verified.</source>
        <translation>{sources} sources: {named} named, {anonymous} anonymous; {people} people, {organisations} organisations. {verified} of {direct} direct quotes verified.</translation>
    </message>
</context>
<context>
    <name>SourcesModel</name>
    <message>
        <source>Not verified</source>
        <translation>Not verified</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verified</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>Disputed</translation>
    </message>
    <message>
        <source>No speaker named</source>
        <translation>No speaker named</translation>
    </message>
    <message>
        <source>Source and quotes</source>
        <translation>Source and quotes</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>{verified}/{total} verified</source>
        <translation>{verified}/{total} verified</translation>
    </message>
    <message>
        <source>reported: </source>
        <translation>reported: </translation>
    </message>
    <message>
        <source>{status} by {who}</source>
        <translation>{status} by {who}</translation>
    </message>
</context>
<context>
    <name>SourcesPanel</name>
    <message>
        <source>No quotes yet.</source>
        <translation>No quotes yet.</translation>
    </message>
    <message>
        <source>Sources and their quotes</source>
        <translation>Sources and their quotes</translation>
    </message>
    <message>
        <source>Select a quote to verify it, or a source to edit.</source>
        <translation>Select a quote to verify it, or a source to edit.</translation>
    </message>
    <message>
        <source>Attach &amp;notes or transcript…</source>
        <translation>Attach &amp;notes or transcript…</translation>
    </message>
    <message>
        <source>Attach notes or a transcript to check quotes against</source>
        <translation>Attach notes or a transcript to check quotes against</translation>
    </message>
    <message>
        <source>No notes attached.</source>
        <translation>No notes attached.</translation>
    </message>
    <message>
        <source>Verification status</source>
        <translation>Verification status</translation>
    </message>
    <message>
        <source>How it was verified</source>
        <translation>How it was verified</translation>
    </message>
    <message>
        <source>Evidence link</source>
        <translation>Evidence link</translation>
    </message>
    <message>
        <source>https://… (recording, statement, email archive)</source>
        <translation>https://… (recording, statement, email archive)</translation>
    </message>
    <message>
        <source>Evidence file</source>
        <translation>Evidence file</translation>
    </message>
    <message>
        <source>Attach &amp;file…</source>
        <translation>Attach &amp;file…</translation>
    </message>
    <message>
        <source>Verification note</source>
        <translation>Verification note</translation>
    </message>
    <message>
        <source>&amp;Record verification</source>
        <translation>&amp;Record verification</translation>
    </message>
    <message>
        <source>The quote compared with the attached notes</source>
        <translation>The quote compared with the attached notes</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>&amp;How:</translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation>&amp;Link:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote:</translation>
    </message>
    <message>
        <source>Kind of source</source>
        <translation>Kind of source</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Role or title</source>
        <translation>Role or title</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>Affiliation</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Notes about the source</source>
        <translation>Notes about the source</translation>
    </message>
    <message>
        <source>Save to the &amp;directory</source>
        <translation>Save to the &amp;directory</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <source>Affiliation:</source>
        <translation>Affiliation:</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>Contact:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <source>{count} notes document attached.</source>
        <translation>{count} notes document attached.</translation>
    </message>
    <message>
        <source>{count} notes documents attached.</source>
        <translation>{count} notes documents attached.</translation>
    </message>
    <message>
        <source>Direct quote</source>
        <translation>Direct quote</translation>
    </message>
    <message>
        <source>Reported speech</source>
        <translation>Reported speech</translation>
    </message>
    <message>
        <source>no speaker named</source>
        <translation>no speaker named</translation>
    </message>
    <message>
        <source>{status} by {who}, {when}</source>
        <translation>{status} by {who}, {when}</translation>
    </message>
    <message>
        <source>file: {name}</source>
        <translation>file: {name}</translation>
    </message>
    <message>
        <source>Never verified.</source>
        <translation>Never verified.</translation>
    </message>
    <message>
        <source>Attach evidence</source>
        <translation>Attach evidence</translation>
    </message>
</context>
<context>
    <name>WorkflowController</name>
    <message>
        <source>What should the writer look at? (recorded in the history)</source>
        <translation>What should the writer look at? (recorded in the history)</translation>
    </message>
    <message>
        <source>A note for the copy desk (optional)</source>
        <translation>A note for the copy desk (optional)</translation>
    </message>
    <message>
        <source>What changed? (optional)</source>
        <translation>What changed? (optional)</translation>
    </message>
    <message>
        <source>Why reopen it? (optional)</source>
        <translation>Why reopen it? (optional)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>Add a note</translation>
    </message>
    <message>
        <source>Select the words the note is about first.</source>
        <translation>Select the words the note is about first.</translation>
    </message>
    <message>
        <source>Note for the writer</source>
        <translation>Note for the writer</translation>
    </message>
    <message>
        <source>Your note:</source>
        <translation>Your note:</translation>
    </message>
    <message>
        <source>Resolve note</source>
        <translation>Resolve note</translation>
    </message>
    <message>
        <source>How was it resolved? (optional)</source>
        <translation>How was it resolved? (optional)</translation>
    </message>
    <message>
        <source>Final exported to {path}.</source>
        <translation>Final exported to {path}.</translation>
    </message>
    <message>
        <source>Proof (not approved) exported to {path}.</source>
        <translation>Proof (not approved) exported to {path}.</translation>
    </message>
    <message>
        <source>Review report saved to {path}.</source>
        <translation>Review report saved to {path}.</translation>
    </message>
    <message>
        <source>That did not work.</source>
        <translation>That did not work.</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Not done</translation>
    </message>
</context>
<context>
    <name>WorkflowPanel</name>
    <message>
        <source>Approved with override</source>
        <translation>Approved with override</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Reopened</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exported</translation>
    </message>
    <message>
        <source>No article open.</source>
        <translation>No article open.</translation>
    </message>
    <message>
        <source>S&amp;witch user…</source>
        <translation>S&amp;witch user…</translation>
    </message>
    <message>
        <source>Notes on the text</source>
        <translation>Notes on the text</translation>
    </message>
    <message>
        <source>&amp;Add note to selection</source>
        <translation>&amp;Add note to selection</translation>
    </message>
    <message>
        <source>&amp;Resolve</source>
        <translation>&amp;Resolve</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>Re&amp;open</translation>
    </message>
    <message>
        <source>Notes for the writer</source>
        <translation>Notes for the writer</translation>
    </message>
    <message>
        <source>The article's history</source>
        <translation>The article's history</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>Review re&amp;port…</source>
        <translation>Review re&amp;port…</translation>
    </message>
    <message>
        <source>Status: &lt;b&gt;{status}&lt;/b&gt;</source>
        <translation>Status: &lt;b&gt;{status}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>You: {name} ({role})</source>
        <translation>You: {name} ({role})</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>resolved</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>(its words were deleted)</source>
        <translation>(its words were deleted)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Copydesk cannot start</source>
        <translation>Copydesk cannot start</translation>
    </message>
</context>
</TS>