# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""Quoted sources in the app: the Sources panel, verification, notes comparison."""
