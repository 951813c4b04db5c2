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
        <source>No finding at the cursor; F8 goes to the next.</source>
        <translation>No finding at the cursor; F8 goes to the next.</translation>
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