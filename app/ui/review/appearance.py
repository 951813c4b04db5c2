# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""How findings look: underline style by category, colour by severity; one legend for all.

Colours were chosen to stay readable on both the light and the dark palette.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap, QTextCharFormat

from app.core.model import Finding
from app.ui.i18n import translate

Underline = QTextCharFormat.UnderlineStyle

SEVERITY_COLOURS = {
    "error": QColor("#d7263d"),
    "warning": QColor("#e07b00"),
    "suggestion": QColor("#2f7fd8"),
    "info": QColor("#8a8f98"),
}
# English labels, translated when shown: severity_label() and category_label().
SEVERITY_LABELS = {
    "error": QT_TRANSLATE_NOOP("Findings", "Error"),
    "warning": QT_TRANSLATE_NOOP("Findings", "Warning"),
    "suggestion": QT_TRANSLATE_NOOP("Findings", "Suggestion"),
    "info": QT_TRANSLATE_NOOP("Findings", "Information"),
}
SEVERITY_ORDER = ("error", "warning", "suggestion", "info")
CATEGORY_LABELS = {
    "confusable": QT_TRANSLATE_NOOP("Findings", "Confused words"),
    "redundancy": QT_TRANSLATE_NOOP("Findings", "Redundancy"),
    "wordiness": QT_TRANSLATE_NOOP("Findings", "Wordiness"),
    "cliche": QT_TRANSLATE_NOOP("Findings", "Clichés"),
    "repetition": QT_TRANSLATE_NOOP("Findings", "Repetition"),
    "punctuation": QT_TRANSLATE_NOOP("Findings", "Punctuation"),
    "numbers": QT_TRANSLATE_NOOP("Findings", "Numbers"),
    "consistency": QT_TRANSLATE_NOOP("Findings", "Consistency"),
    "spelling": QT_TRANSLATE_NOOP("Findings", "Spelling"),
    "grammar": QT_TRANSLATE_NOOP("Findings", "Grammar"),
    "readability": QT_TRANSLATE_NOOP("Findings", "Readability"),
    "quotes": QT_TRANSLATE_NOOP("Findings", "Quotes and sources"),
    "other": QT_TRANSLATE_NOOP("Findings", "Other"),
}
_CATEGORY_UNDERLINES = {
    "spelling": Underline.SpellCheckUnderline,
    "grammar": Underline.WaveUnderline,
    "confusable": Underline.WaveUnderline,
    "consistency": Underline.DashUnderline,
    "readability": Underline.DotLine,
}


def severity_label(severity: str) -> str:
    """``severity`` ("error") as the user reads it ("Error"); an unknown one as it is."""
    label = SEVERITY_LABELS.get(severity)
    return translate("Findings", label) if label else severity


def category_label(category: str) -> str:
    """``category`` ("cliche") as the user reads it ("Clichés"); an unknown one titled."""
    label = CATEGORY_LABELS.get(category)
    return translate("Findings", label) if label else category.title()


def underline_for(category: str, severity: str) -> Underline:
    if category in _CATEGORY_UNDERLINES:
        return _CATEGORY_UNDERLINES[category]
    return Underline.WaveUnderline if severity in ("error", "warning") else Underline.DotLine


def severity_colour(severity: str) -> QColor:
    return SEVERITY_COLOURS.get(severity, SEVERITY_COLOURS["info"])


_ICONS: dict[str, QIcon] = {}


def severity_icon(severity: str) -> QIcon:
    """A small filled dot in the severity's colour, for lists."""
    icon = _ICONS.get(severity)
    if icon is None:
        pixmap = QPixmap(12, 12)
        pixmap.fill(QColor(0, 0, 0, 0))
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(severity_colour(severity))
        painter.drawEllipse(1, 1, 10, 10)
        painter.end()
        icon = _ICONS[severity] = QIcon(pixmap)
    return icon


def finding_format(finding: Finding, *, current: bool = False) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setUnderlineStyle(underline_for(finding.category, finding.severity))
    fmt.setUnderlineColor(severity_colour(finding.severity))
    if current:
        highlight = QColor(severity_colour(finding.severity))
        highlight.setAlpha(60)
        fmt.setBackground(highlight)
    return fmt


def quote_format() -> QTextCharFormat:
    fmt = QTextCharFormat()
    tint = QColor("#3aa6a0")
    tint.setAlpha(38)
    fmt.setBackground(tint)
    return fmt


def note_format() -> QTextCharFormat:
    fmt = QTextCharFormat()
    tint = QColor("#f2c200")
    tint.setAlpha(70)
    fmt.setBackground(tint)
    return fmt


@dataclass(frozen=True, slots=True)
class LegendEntry:
    label: str
    underline: Underline
    colour: QColor


def legend() -> list[LegendEntry]:
    """What each mark in the editor means, for the legend panel."""
    entries = [
        LegendEntry(severity_label(s), Underline.WaveUnderline, SEVERITY_COLOURS[s])
        for s in ("error", "warning")
    ]
    entries.append(
        LegendEntry(
            translate("Findings", "Suggestion (style)"),
            Underline.DotLine,
            SEVERITY_COLOURS["suggestion"],
        )
    )
    entries.append(
        LegendEntry(
            translate("Findings", "Spelling"),
            Underline.SpellCheckUnderline,
            SEVERITY_COLOURS["error"],
        )
    )
    entries.append(
        LegendEntry(
            translate("Findings", "Inconsistent spelling"),
            Underline.DashUnderline,
            SEVERITY_COLOURS["warning"],
        )
    )
    entries.append(LegendEntry(severity_label("info"), Underline.DotLine, SEVERITY_COLOURS["info"]))
    return entries


def tooltip_html(finding: Finding) -> str:
    """The finding as a tooltip: message, explanation, suggestions, source link."""
    parts = [f"<b>{html.escape(finding.message)}</b>"]
    if finding.explanation:
        parts.append(html.escape(finding.explanation))
    if finding.replacements:
        options = ", ".join(f"“{html.escape(r)}”" for r in finding.replacements[:5])
        parts.append(translate("Findings", "Suggested: {options}").format(options=options))
    label = severity_label(finding.severity)
    source = ""
    if finding.url.startswith(("http://", "https://")):
        link = html.escape(finding.url, quote=True)
        source = f' · <a href="{link}">{translate("Findings", "source")}</a>'
    parts.append(f"<small>{label} · {html.escape(finding.rule)}{source}</small>")
    return "<p>" + "</p><p>".join(parts) + "</p>"
