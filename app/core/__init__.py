# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""The headless engine: model, storage, importers, checks and exports. Never imports Qt."""
