# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""The Qt desktop app. Depends on app.core; never the other way round."""
