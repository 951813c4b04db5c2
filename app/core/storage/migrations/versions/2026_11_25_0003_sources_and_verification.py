# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""The source directory, quote verifications, and notes/transcripts attached to articles.

Revision ID: 0003_sources
Revises: 0002_decisions
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003_sources"
down_revision = "0002_decisions"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sources",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("name_key", sa.String(length=300), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("role", sa.String(length=300), nullable=False),
        sa.Column("affiliation", sa.String(length=300), nullable=False),
        sa.Column("contact", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("updated_by", sa.String(length=200), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sources")),
        sa.UniqueConstraint("name_key", name=op.f("uq_sources_name_key")),
    )
    op.create_table(
        "quote_verifications",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("quote_key", sa.String(length=64), nullable=False),
        sa.Column("quote_text", sa.Text(), nullable=False),
        sa.Column("speaker", sa.String(length=300), nullable=False),
        sa.Column("status", sa.String(length=32), nullable=False),
        sa.Column("method", sa.String(length=32), nullable=False),
        sa.Column("evidence_url", sa.Text(), nullable=False),
        sa.Column("evidence_name", sa.String(length=300), nullable=False),
        sa.Column("evidence_data", sa.LargeBinary(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("made_by", sa.String(length=200), nullable=False),
        sa.Column("made_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["articles.id"],
            name=op.f("fk_quote_verifications_article_id_articles"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_quote_verifications")),
    )
    op.create_index(
        op.f("ix_quote_verifications_article_id"), "quote_verifications", ["article_id"]
    )
    op.create_index(op.f("ix_quote_verifications_quote_key"), "quote_verifications", ["quote_key"])
    op.create_table(
        "notes_documents",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("added_by", sa.String(length=200), nullable=False),
        sa.Column("added_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["articles.id"],
            name=op.f("fk_notes_documents_article_id_articles"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_notes_documents")),
    )
    op.create_index(op.f("ix_notes_documents_article_id"), "notes_documents", ["article_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_notes_documents_article_id"), table_name="notes_documents")
    op.drop_table("notes_documents")
    op.drop_index(op.f("ix_quote_verifications_quote_key"), table_name="quote_verifications")
    op.drop_index(op.f("ix_quote_verifications_article_id"), table_name="quote_verifications")
    op.drop_table("quote_verifications")
    op.drop_table("sources")
