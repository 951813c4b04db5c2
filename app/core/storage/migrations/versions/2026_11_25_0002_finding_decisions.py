# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""Decisions about findings: dismissals, rules turned off, suggestions applied.

Revision ID: 0002_decisions
Revises: 0001_articles
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002_decisions"
down_revision = "0001_articles"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "finding_decisions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("rule", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("anchor_text", sa.Text(), nullable=False),
        sa.Column("context_before", sa.String(length=200), nullable=False),
        sa.Column("context_after", sa.String(length=200), nullable=False),
        sa.Column("replacement", sa.Text(), nullable=False),
        sa.Column("message", sa.Text(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("made_by", sa.String(length=200), nullable=False),
        sa.Column("made_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("undone_by", sa.String(length=200), nullable=False),
        sa.Column("undone_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["articles.id"],
            name=op.f("fk_finding_decisions_article_id_articles"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_finding_decisions")),
    )
    op.create_index(op.f("ix_finding_decisions_article_id"), "finding_decisions", ["article_id"])
    op.create_index(op.f("ix_finding_decisions_rule"), "finding_decisions", ["rule"])


def downgrade() -> None:
    op.drop_index(op.f("ix_finding_decisions_rule"), table_name="finding_decisions")
    op.drop_index(op.f("ix_finding_decisions_article_id"), table_name="finding_decisions")
    op.drop_table("finding_decisions")
