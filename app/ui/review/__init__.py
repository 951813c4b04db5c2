# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""Reviewing findings in the app: live checks, the findings panel, decisions."""
