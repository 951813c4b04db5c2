# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""The one exception export raises: a message a copy editor understands."""

from __future__ import annotations


class ExportProblem(Exception):
    """An export that could not be written, with a one-line reason in plain words.

    ``str(problem)`` is that line; it never contains a traceback or a
    library's internal wording.
    """
