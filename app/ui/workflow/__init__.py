# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""The desk's workflow in the app: state changes, notes on text, history, export."""
