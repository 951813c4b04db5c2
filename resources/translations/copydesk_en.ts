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
        <source>Copydesk {version}</source>
        <translation>Copydesk {version}</translation>
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
    <name>AppearancePage</name>
    <message>
        <source>Follow the system</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <source>Colour theme</source>
        <translation>Colour theme</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Text size of the draft</source>
        <translation>Text size of the draft</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Theme:</translation>
    </message>
    <message>
        <source>Draft text &amp;size:</source>
        <translation>Draft text &amp;size:</translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <source>Approve “{title}”</source>
        <translation>Approve “{title}”</translation>
    </message>
    <message>
        <source>Approval checklist</source>
        <translation>Approval checklist</translation>
    </message>
    <message>
        <source>Reason for approving with open items</source>
        <translation>Reason for approving with open items</translation>
    </message>
    <message>
        <source>Reason for approving anyway (recorded in the report)</source>
        <translation>Reason for approving anyway (recorded in the report)</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>Approve with override</source>
        <translation>Approve with override</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Nothing is open.&lt;/b&gt; No error-level findings, every quote is verified and every note is resolved.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Nothing is open.&lt;/b&gt; No error-level findings, every quote is verified and every note is resolved.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open errors</source>
        <translation>Open errors</translation>
    </message>
    <message>
        <source>Quotes not verified</source>
        <translation>Quotes not verified</translation>
    </message>
    <message>
        <source>Unresolved notes</source>
        <translation>Unresolved notes</translation>
    </message>
    <message>
        <source>&lt;li&gt;… and {count} more&lt;/li&gt;</source>
        <translation>&lt;li&gt;… and {count} more&lt;/li&gt;</translation>
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
    <name>ConflictDialog</name>
    <message>
        <source>Saved by someone else</source>
        <translation>Saved by someone else</translation>
    </message>
    <message>
        <source>Differences between their version and yours</source>
        <translation>Differences between their version and yours</translation>
    </message>
    <message>
        <source>Lines starting with − are theirs only; + are yours only. Keep yours (theirs stays in the history) or load theirs (yours is copied to the clipboard).</source>
        <translation>Lines starting with − are theirs only; + are yours only. Keep yours (theirs stays in the history) or load theirs (yours is copied to the clipboard).</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Keep mine</translation>
    </message>
    <message>
        <source>Load theirs</source>
        <translation>Load theirs</translation>
    </message>
    <message>
        <source>(The texts are the same.)</source>
        <translation>(The texts are the same.)</translation>
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
    <name>EditingPage</name>
    <message>
        <source> seconds</source>
        <translation> seconds</translation>
    </message>
    <message>
        <source>Autosave interval in seconds</source>
        <translation>Autosave interval in seconds</translation>
    </message>
    <message>
        <source>&amp;Autosave every:</source>
        <translation>&amp;Autosave every:</translation>
    </message>
    <message>
        <source>Each autosave is a revision in the article's history.</source>
        <translation>Each autosave is a revision in the article's history.</translation>
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
    <name>ExportDialog</name>
    <message>
        <source>Word document (.docx)</source>
        <translation>Word document (.docx)</translation>
    </message>
    <message>
        <source>OpenDocument text (.odt)</source>
        <translation>OpenDocument text (.odt)</translation>
    </message>
    <message>
        <source>PDF (.pdf)</source>
        <translation>PDF (.pdf)</translation>
    </message>
    <message>
        <source>Web page (.html)</source>
        <translation>Web page (.html)</translation>
    </message>
    <message>
        <source>Markdown (.md)</source>
        <translation>Markdown (.md)</translation>
    </message>
    <message>
        <source>Plain text (.txt)</source>
        <translation>Plain text (.txt)</translation>
    </message>
    <message>
        <source>Export article</source>
        <translation>Export article</translation>
    </message>
    <message>
        <source>Export format</source>
        <translation>Export format</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Paper size</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>Include unresolved notes</source>
        <translation>Include unresolved notes</translation>
    </message>
    <message>
        <source>This article is approved: the export is final.</source>
        <translation>This article is approved: the export is final.</translation>
    </message>
    <message>
        <source>This article is not approved: the export is a proof marked “not approved”.</source>
        <translation>This article is not approved: the export is a proof marked “not approved”.</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Paper:</translation>
    </message>
</context>
<context>
    <name>FindReplaceDialog</name>
    <message>
        <source>Find and Replace</source>
        <translation>Find and Replace</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Find</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Replace with</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Match case</translation>
    </message>
    <message>
        <source>Whole words</source>
        <translation>Whole words</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Find:</translation>
    </message>
    <message>
        <source>Re&amp;place with:</source>
        <translation>Re&amp;place with:</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Find &amp;Next</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Find Pre&amp;vious</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Replace</translation>
    </message>
    <message>
        <source>Replace &amp;All</source>
        <translation>Replace &amp;All</translation>
    </message>
    <message>
        <source>“{needle}” was not found.</source>
        <translation>“{needle}” was not found.</translation>
    </message>
    <message>
        <source>Replaced {count} occurrence.</source>
        <translation>Replaced {count} occurrence.</translation>
    </message>
    <message>
        <source>Replaced {count} occurrences.</source>
        <translation>Replaced {count} occurrences.</translation>
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
    <name>GrammarPage</name>
    <message>
        <source>English (US)</source>
        <translation>English (US)</translation>
    </message>
    <message>
        <source>English (UK)</source>
        <translation>English (UK)</translation>
    </message>
    <message>
        <source>English (Australia)</source>
        <translation>English (Australia)</translation>
    </message>
    <message>
        <source>English (Canada)</source>
        <translation>English (Canada)</translation>
    </message>
    <message>
        <source>English (New Zealand)</source>
        <translation>English (New Zealand)</translation>
    </message>
    <message>
        <source>English (South Africa)</source>
        <translation>English (South Africa)</translation>
    </message>
    <message>
        <source>German (Germany)</source>
        <translation>German (Germany)</translation>
    </message>
    <message>
        <source>French</source>
        <translation>French</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Spanish</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Dutch</translation>
    </message>
    <message>
        <source>Portuguese (Portugal)</source>
        <translation>Portuguese (Portugal)</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Off</translation>
    </message>
    <message>
        <source>On this computer (Java 17 or newer; a one-time download of about 250 MB)</source>
        <translation>On this computer (Java 17 or newer; a one-time download of about 250 MB)</translation>
    </message>
    <message>
        <source>On the newsroom's LanguageTool server</source>
        <translation>On the newsroom's LanguageTool server</translation>
    </message>
    <message>
        <source>LanguageTool server address</source>
        <translation>LanguageTool server address</translation>
    </message>
    <message>
        <source>Language variant</source>
        <translation>Language variant</translation>
    </message>
    <message>
        <source>Picky: also LanguageTool's stricter style checks</source>
        <translation>Picky: also LanguageTool's stricter style checks</translation>
    </message>
    <message>
        <source>LanguageTool rules to leave out</source>
        <translation>LanguageTool rules to leave out</translation>
    </message>
    <message>
        <source>LanguageTool categories to leave out</source>
        <translation>LanguageTool categories to leave out</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Test Connection</translation>
    </message>
    <message>
        <source>Grammar check:</source>
        <translation>Grammar check:</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>Server &amp;address:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Leave out &amp;rules:</source>
        <translation>Leave out &amp;rules:</translation>
    </message>
    <message>
        <source>Leave out &amp;categories:</source>
        <translation>Leave out &amp;categories:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Grammar check ready.</source>
        <translation>Grammar check ready.</translation>
    </message>
    <message>
        <source>{variable}={value} is set on this computer: it decides the mode and the server address, whatever is chosen here.</source>
        <translation>{variable}={value} is set on this computer: it decides the mode and the server address, whatever is chosen here.</translation>
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
    <message>
        <source>Grammar: starting LanguageTool…</source>
        <translation>Grammar: starting LanguageTool…</translation>
    </message>
    <message>
        <source>Grammar: connecting…</source>
        <translation>Grammar: connecting…</translation>
    </message>
    <message>
        <source>Downloading LanguageTool…</source>
        <translation>Downloading LanguageTool…</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Check again</translation>
    </message>
    <message>
        <source>Download…</source>
        <translation>Download…</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Grammar check by LanguageTool: ready.</source>
        <translation>Grammar check by LanguageTool: ready.</translation>
    </message>
    <message>
        <source>Copydesk tries again in {seconds} seconds.</source>
        <translation>Copydesk tries again in {seconds} seconds.</translation>
    </message>
    <message>
        <source>The house-style findings are unaffected.</source>
        <translation>The house-style findings are unaffected.</translation>
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
    <name>Labels</name>
    <message>
        <source>Writer</source>
        <translation>Writer</translation>
    </message>
    <message>
        <source>Copy editor</source>
        <translation>Copy editor</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <source>writer</source>
        <translation>writer</translation>
    </message>
    <message>
        <source>copy editor</source>
        <translation>copy editor</translation>
    </message>
    <message>
        <source>editor</source>
        <translation>editor</translation>
    </message>
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
        <source>Send to copy desk</source>
        <translation>Send to copy desk</translation>
    </message>
    <message>
        <source>Return to writer</source>
        <translation>Return to writer</translation>
    </message>
    <message>
        <source>Send back to copy desk</source>
        <translation>Send back to copy desk</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>Reopen for copy edit</source>
        <translation>Reopen for copy edit</translation>
    </message>
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
        <source>Recording</source>
        <translation>Recording</translation>
    </message>
    <message>
        <source>Reporter's notes</source>
        <translation>Reporter's notes</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Public statement</source>
        <translation>Public statement</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
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
        <source>Rule &amp;Statistics…</source>
        <translation>Rule &amp;Statistics…</translation>
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
    <message>
        <source>&lt;p&gt;&lt;i&gt;Attach notes or a transcript to check this quote against them.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Attach notes or a transcript to check this quote against them.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Not found&lt;/b&gt; in {names}. Check the wording with the reporter.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Not found&lt;/b&gt; in {names}. Check the wording with the reporter.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Word for word</source>
        <translation>Word for word</translation>
    </message>
    <message>
        <source>Differs from the notes</source>
        <translation>Differs from the notes</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;{verdict}&lt;/b&gt; — found in “{name}” ({score} match).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;{verdict}&lt;/b&gt; — found in “{name}” ({score} match).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>notes: “{words}”</source>
        <translation>notes: “{words}”</translation>
    </message>
    <message>
        <source>Quote: “{words}”</source>
        <translation>Quote: “{words}”</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>(nothing)</translation>
    </message>
    <message>
        <source>quote “{quoted}”, notes “{notes}”</source>
        <translation>quote “{quoted}”, notes “{notes}”</translation>
    </message>
    <message>
        <source>Notes: {passage}</source>
        <translation>Notes: {passage}</translation>
    </message>
</context>
<context>
    <name>NotesDialog</name>
    <message>
        <source>Attach notes or a transcript</source>
        <translation>Attach notes or a transcript</translation>
    </message>
    <message>
        <source>Reporter's notes</source>
        <translation>Reporter's notes</translation>
    </message>
    <message>
        <source>Name of the notes</source>
        <translation>Name of the notes</translation>
    </message>
    <message>
        <source>Notes or transcript text</source>
        <translation>Notes or transcript text</translation>
    </message>
    <message>
        <source>Paste the transcript or notes here, or load a file.</source>
        <translation>Paste the transcript or notes here, or load a file.</translation>
    </message>
    <message>
        <source>&amp;Load from file…</source>
        <translation>&amp;Load from file…</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Load notes</source>
        <translation>Load notes</translation>
    </message>
    <message>
        <source>Documents (*.txt *.md *.docx *.odt *.html);;All files (*)</source>
        <translation>Documents (*.txt *.md *.docx *.odt *.html);;All files (*)</translation>
    </message>
    <message>
        <source>There is nothing to attach yet.</source>
        <translation>There is nothing to attach yet.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Rule packs</source>
        <translation>Rule packs</translation>
    </message>
    <message>
        <source>Grammar</source>
        <translation>Grammar</translation>
    </message>
    <message>
        <source>Editing</source>
        <translation>Editing</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Appearance</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <source>Preference sections</source>
        <translation>Preference sections</translation>
    </message>
    <message>
        <source>Grammar: off</source>
        <translation>Grammar: off</translation>
    </message>
    <message>
        <source>Your name and role were not saved: {error}</source>
        <translation>Your name and role were not saved: {error}</translation>
    </message>
    <message>
        <source>Rules folder</source>
        <translation>Rules folder</translation>
    </message>
    <message>
        <source>{folder} cannot be made: {reason}.</source>
        <translation>{folder} cannot be made: {reason}.</translation>
    </message>
    <message>
        <source>Your rules folder is {folder}.</source>
        <translation>Your rules folder is {folder}.</translation>
    </message>
    <message>
        <source>Asking LanguageTool…</source>
        <translation>Asking LanguageTool…</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Who is working?</source>
        <translation>Who is working?</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Your name</translation>
    </message>
    <message>
        <source>Your role</source>
        <translation>Your role</translation>
    </message>
    <message>
        <source>Copydesk records your name with every save, decision and approval.</source>
        <translation>Copydesk records your name with every save, decision and approval.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>Your name</source>
        <translation>Your name</translation>
    </message>
    <message>
        <source>Your role on the desk</source>
        <translation>Your role on the desk</translation>
    </message>
    <message>
        <source>Choose a role…</source>
        <translation>Choose a role…</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Saves, decisions and approvals are recorded under this name.</source>
        <translation>Saves, decisions and approvals are recorded under this name.</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>Writers send drafts to the desk; copy editors return or pass them; editors approve.</source>
        <translation>Writers send drafts to the desk; copy editors return or pass them; editors approve.</translation>
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
    <name>RuleStatsDialog</name>
    <message>
        <source>All time</source>
        <translation>All time</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Last 90 days</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <source>Rule Statistics</source>
        <translation>Rule Statistics</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Rules with the desk's decisions</source>
        <translation>Rules with the desk's decisions</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation>Fixed</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Dismissed</translation>
    </message>
    <message>
        <source>Switched off</source>
        <translation>Switched off</translation>
    </message>
    <message>
        <source>Fixed share</source>
        <translation>Fixed share</translation>
    </message>
    <message>
        <source>Reasons given</source>
        <translation>Reasons given</translation>
    </message>
    <message>
        <source>&amp;Decisions made:</source>
        <translation>&amp;Decisions made:</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <source>{reason} ({count})</source>
        <translation>{reason} ({count})</translation>
    </message>
    <message>
        <source>Rules with decisions: {rules}. Findings fixed: {fixed}; dismissed: {dismissed}. A rule mostly dismissed for one reason is one to reword, narrow or switch off.</source>
        <translation>Rules with decisions: {rules}. Findings fixed: {fixed}; dismissed: {dismissed}. A rule mostly dismissed for one reason is one to reword, narrow or switch off.</translation>
    </message>
    <message>
        <source>No findings have been fixed or dismissed in this period.</source>
        <translation>No findings have been fixed or dismissed in this period.</translation>
    </message>
    <message>
        <source>The figures could not be read: {reason}</source>
        <translation>The figures could not be read: {reason}</translation>
    </message>
</context>
<context>
    <name>RulesPage</name>
    <message>
        <source>no rules</source>
        <translation>no rules</translation>
    </message>
    <message>
        <source>cannot be read ({error})</source>
        <translation>cannot be read ({error})</translation>
    </message>
    <message>
        <source>an error (must be resolved or overridden to approve)</source>
        <translation>an error (must be resolved or overridden to approve)</translation>
    </message>
    <message>
        <source>a warning</source>
        <translation>a warning</translation>
    </message>
    <message>
        <source>a suggestion</source>
        <translation>a suggestion</translation>
    </message>
    <message>
        <source>not flagged</source>
        <translation>not flagged</translation>
    </message>
    <message>
        <source>Rule packs</source>
        <translation>Rule packs</translation>
    </message>
    <message>
        <source>Pack</source>
        <translation>Pack</translation>
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
        <source>Open Rules &amp;Folder</source>
        <translation>Open Rules &amp;Folder</translation>
    </message>
    <message>
        <source>Rules switched off</source>
        <translation>Rules switched off</translation>
    </message>
    <message>
        <source>Rule packs in use (your packs add to or replace bundled ones):</source>
        <translation>Rule packs in use (your packs add to or replace bundled ones):</translation>
    </message>
    <message>
        <source>Add your desk's own packs (.toml) to your rules folder.</source>
        <translation>Add your desk's own packs (.toml) to your rules folder.</translation>
    </message>
    <message>
        <source>&amp;Switched off, one rule id or prefix per line:</source>
        <translation>&amp;Switched off, one rule id or prefix per line:</translation>
    </message>
    <message>
        <source>A prefix switches off a family (house.cliche); lt. ids are LanguageTool's.</source>
        <translation>A prefix switches off a family (house.cliche); lt. ids are LanguageTool's.</translation>
    </message>
    <message>
        <source>How to flag an anonymous source</source>
        <translation>How to flag an anonymous source</translation>
    </message>
    <message>
        <source>&amp;Anonymous sources (“a senior official”):</source>
        <translation>&amp;Anonymous sources (“a senior official”):</translation>
    </message>
    <message>
        <source>bundled</source>
        <translation>bundled</translation>
    </message>
    <message>
        <source>yours</source>
        <translation>yours</translation>
    </message>
    <message>
        <source>No rule packs found</source>
        <translation>No rule packs found</translation>
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
<context>
    <name>messages</name>
    <message>
        <source>Export article</source>
        <translation>Export article</translation>
    </message>
    <message>
        <source>Save the review report</source>
        <translation>Save the review report</translation>
    </message>
    <message>
        <source>Web page (*.html);;PDF (*.pdf)</source>
        <translation>Web page (*.html);;PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Download LanguageTool?</source>
        <translation>Download LanguageTool?</translation>
    </message>
    <message>
        <source>Grammar checking on this computer needs LanguageTool ({size}).</source>
        <translation>Grammar checking on this computer needs LanguageTool ({size}).</translation>
    </message>
    <message>
        <source>It is downloaded once, from the address language-tool-python uses, checked against its published checksum, and kept for later. Your drafts stay on this computer. You can cancel the download from the status bar.</source>
        <translation>It is downloaded once, from the address language-tool-python uses, checked against its published checksum, and kept for later. Your drafts stay on this computer. You can cancel the download from the status bar.</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Download</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Not now</translation>
    </message>
    <message>
        <source>Grammar check unavailable</source>
        <translation>Grammar check unavailable</translation>
    </message>
</context>
</TS>