# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""Translations: Qt's tr() machinery, with the .qm files in resources/translations.

In a class derived from QObject use ``self.tr("text")``; elsewhere use
``translate("Context", "text")`` from here. ``pyside6-lupdate`` finds both
(``make translations`` refreshes resources/translations/*.ts and compiles
them); docs/translations.md says how to add a language.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.core.paths import resource


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the UI language (the text itself when there is no translation)."""
    return QCoreApplication.translate(context, text, disambiguation, n)


def install_translators(
    app: QCoreApplication, locale: QLocale | None = None, folder: Path | None = None
) -> list[QTranslator]:
    """Install Copydesk's translation and Qt's own (standard buttons) for ``locale``.

    ``locale`` defaults to the system's; ``folder`` to resources/translations.
    QTranslator tries the locale's UI languages in turn (``copydesk_pt_BR.qm``,
    then ``copydesk_pt.qm``). Returns the installed translators, parented to ``app``.
    """
    wanted = locale or QLocale.system()
    ours = folder or resource("translations")
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    installed: list[QTranslator] = []
    for name, directory in (("copydesk", str(ours)), ("qtbase", qt_folder)):
        translator = QTranslator(app)
        if translator.load(wanted, name, "_", directory) and app.installTranslator(translator):
            installed.append(translator)
        else:
            translator.deleteLater()
    return installed
