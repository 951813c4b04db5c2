# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""The review report: what the desk did to an article, as plain data and as a document.

Storage fills a ``ReviewReport``; ``report_document`` turns it into the same
export tree articles use, so the HTML and PDF writers (and their escaping)
serve both. Times are shown as given, in their own time zone, to the minute.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from app.core.export.document import (
    ExportDocument,
    Heading,
    Inline,
    Inlines,
    ListItem,
    ListNode,
    Node,
    Paragraph,
    clean_text,
)


@dataclass(frozen=True, slots=True)
class ReportFinding:
    """A style or grammar finding and what became of it.

    ``outcome`` is "fixed", "dismissed" or "open"; ``reason`` says why it was
    dismissed (or how it was fixed); ``passage`` is the flagged text.
    """

    rule: str
    message: str
    outcome: str
    passage: str = ""
    reason: str = ""
    who: str = ""
    when: datetime | None = None
    severity: str = ""


@dataclass(frozen=True, slots=True)
class ReportQuote:
    """A quotation and its verification: ``status`` is e.g. "verified" or "unverified"."""

    text: str
    status: str
    verified_by: str = ""
    verified_at: datetime | None = None
    method: str = ""
    note: str = ""


@dataclass(frozen=True, slots=True)
class ReportSource:
    """A person or document quoted in the article, with the quotes attributed to it."""

    name: str
    description: str = ""
    quotes: tuple[ReportQuote, ...] = ()


@dataclass(frozen=True, slots=True)
class ReportTransition:
    """One step in the article's workflow: who moved it from one state to another, and when."""

    from_status: str
    to_status: str
    who: str
    when: datetime
    note: str = ""


@dataclass(frozen=True, slots=True)
class ReportOverride:
    """An approval given despite an open item (``item``), with the approver's reason."""

    item: str
    reason: str
    who: str
    when: datetime


@dataclass(frozen=True, slots=True)
class ReviewReport:
    """Everything the review report shows about one article."""

    title: str
    byline: str = ""
    dateline: str = ""
    status: str = ""
    article_id: int | None = None
    revision: int | None = None
    words: int | None = None
    generated: datetime | None = None
    findings: tuple[ReportFinding, ...] = ()
    sources: tuple[ReportSource, ...] = ()
    history: tuple[ReportTransition, ...] = ()
    overrides: tuple[ReportOverride, ...] = ()


def report_document(report: ReviewReport) -> ExportDocument:
    """The report as an export tree: summary, overrides, findings, sources, history."""
    title = clean_text(report.title).strip() or "Untitled article"
    body: list[Node] = [Paragraph(_runs(*_summary(report)))]
    body += _overrides(report.overrides)
    body += _findings(report.findings)
    body += _sources(report.sources)
    body += _history(report.history)
    return ExportDocument(
        title=f"Review report: {title}",
        author="",
        dateline="",
        headline=_runs(("Review report: ", False), (title, True)),
        byline=_runs((f"By {report.byline}", False)) if report.byline.strip() else (),
        body=tuple(body),
    )


def _runs(*pieces: tuple[str, bool]) -> Inlines:
    """Inlines from (text, emphasised) pairs, cleaned; empty texts dropped."""
    return tuple(Inline(clean_text(text), emphasis=em) for text, em in pieces if clean_text(text))


def _label(value: str) -> str:
    return clean_text(value).replace("_", " ").strip()


def _when(moment: datetime | None) -> str:
    if moment is None:
        return ""
    zone = moment.strftime("%Z")
    return moment.strftime("%Y-%m-%d %H:%M") + (f" {zone}" if zone else "")


def _by(who: str, when: datetime | None) -> str:
    parts = [part for part in (clean_text(who).strip(), _when(when)) if part]
    return f" ({', '.join(parts)})" if parts else ""


def _summary(report: ReviewReport) -> tuple[tuple[str, bool], ...]:
    facts = []
    if report.article_id is not None:
        facts.append(f"Article {report.article_id}")
    if report.revision is not None:
        facts.append(f"revision {report.revision}")
    if report.status:
        facts.append(f"status: {_label(report.status)}")
    if report.dateline:
        facts.append(f"dateline: {report.dateline}")
    if report.words is not None:
        facts.append(f"{report.words} words")
    if report.generated is not None:
        facts.append(f"report made {_when(report.generated)}")
    return ((" · ".join(facts) or "No details recorded.", False),)


def _quoted(text: str) -> str:
    """The text in curly quotes, unless it already opens with a quotation mark."""
    text = clean_text(text).strip()
    return text if text[:1] in "“‘«„\"'‹" else f"“{text}”"


def _section(title: str, level: int = 2) -> Heading:
    return Heading(level, (Inline(title),))


def _item(label: str, text: str) -> ListItem:
    return ListItem(_strong(label) + _runs((text, False)))


def _strong(label: str) -> Inlines:
    label = clean_text(label)
    return (Inline(label, strong=True),) if label else ()


def _overrides(overrides: tuple[ReportOverride, ...]) -> list[Node]:
    nodes: list[Node] = [_section("Approval overrides")]
    if not overrides:
        return [*nodes, Paragraph((Inline("None: the article was approved with nothing open."),))]
    items = [_item(f"{clean_text(o.item)}: ", f"{o.reason}{_by(o.who, o.when)}") for o in overrides]
    return [*nodes, ListNode(False, tuple(items))]


def _findings(findings: tuple[ReportFinding, ...]) -> list[Node]:
    nodes: list[Node] = [_section("Findings")]
    if not findings:
        return [*nodes, Paragraph((Inline("No findings were recorded."),))]
    for outcome in ("fixed", "dismissed", "open"):
        chosen = [f for f in findings if f.outcome.lower() == outcome]
        others = [f for f in findings if f.outcome.lower() not in ("fixed", "dismissed", "open")]
        if outcome == "open":
            chosen += others
        if not chosen:
            continue
        nodes.append(_section(f"{outcome.capitalize()} ({len(chosen)})", 3))
        nodes.append(ListNode(False, tuple(_finding_item(f) for f in chosen)))
    return nodes


def _finding_item(finding: ReportFinding) -> ListItem:
    text = clean_text(finding.message)
    if finding.passage:
        text += f" — {_quoted(finding.passage)}"
    if finding.reason:
        text += f". Reason: {clean_text(finding.reason)}"
    severity = f" [{_label(finding.severity)}]" if finding.severity else ""
    return _item(f"{finding.rule}{severity}: ", text + _by(finding.who, finding.when))


def _sources(sources: tuple[ReportSource, ...]) -> list[Node]:
    nodes: list[Node] = [_section("Sources and quotes")]
    if not sources:
        return [*nodes, Paragraph((Inline("No sources were recorded."),))]
    for source in sources:
        nodes.append(Heading(3, _runs((source.name or "Unnamed source", False))))
        if source.description:
            nodes.append(Paragraph(_runs((source.description, True))))
        if not source.quotes:
            nodes.append(Paragraph((Inline("No quotes attributed."),)))
            continue
        nodes.append(ListNode(False, tuple(_quote_item(q) for q in source.quotes)))
    return nodes


def _quote_item(quote: ReportQuote) -> ListItem:
    status = _label(quote.status) or "unknown"
    detail = _by(quote.verified_by, quote.verified_at)
    how = f", {clean_text(quote.method)}" if quote.method else ""
    note = f". {clean_text(quote.note)}" if quote.note else ""
    return ListItem(
        _runs((f"{_quoted(quote.text)} — ", False))
        + _strong(status)
        + _runs((f"{detail}{how}{note}", False))
    )


def _history(history: tuple[ReportTransition, ...]) -> list[Node]:
    nodes: list[Node] = [_section("History")]
    if not history:
        return [*nodes, Paragraph((Inline("No workflow steps were recorded."),))]
    items = []
    for step in history:
        label = f"{_when(step.when)}: "
        move = (
            f"{clean_text(step.who)} moved it"
            f" from {_label(step.from_status)} to {_label(step.to_status)}"
        )
        note = f" — {clean_text(step.note)}" if step.note else ""
        items.append(_item(label, move + note))
    return [*nodes, ListNode(True, tuple(items))]
