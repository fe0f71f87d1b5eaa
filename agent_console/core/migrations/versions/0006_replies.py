"""canned replies

Revision ID: 0006_replies
Revises: 0005_rates
Create Date: 2026-11-23 19:46:26.693664
"""

import sqlalchemy as sa
from alembic import op

import agent_console.core.models

revision = "0006_replies"
down_revision = "0005_rates"
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table(
        "replies",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("category", sa.String(length=50), nullable=False),
        sa.Column("channels", sa.JSON(), nullable=False),
        sa.Column("placeholders", sa.JSON(), nullable=False),
        sa.Column("source_locale", sa.String(length=35), nullable=False),
        sa.Column("source_version", sa.Integer(), nullable=False),
        sa.Column("usage_count", sa.Integer(), nullable=False),
        sa.Column("archived", sa.Boolean(), nullable=False),
        sa.Column("updated_at", agent_console.core.models.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_replies")),
        sa.UniqueConstraint("key", name=op.f("uq_replies_key")),
    )
    op.create_table(
        "reply_variants",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("reply_id", sa.Integer(), nullable=False),
        sa.Column("locale", sa.String(length=35), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("tags", sa.JSON(), nullable=False),
        sa.Column("source_version", sa.Integer(), nullable=False),
        sa.Column("edited", sa.Boolean(), nullable=False),
        sa.Column("updated_at", agent_console.core.models.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["reply_id"], ["replies.id"], name=op.f("fk_reply_variants_reply_id_replies")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reply_variants")),
        sa.UniqueConstraint("reply_id", "locale", name="uq_reply_variants_reply_locale"),
    )
    with op.batch_alter_table("reply_variants", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_reply_variants_reply_id"), ["reply_id"], unique=False)

    op.create_table(
        "reply_usages",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("reply_id", sa.Integer(), nullable=False),
        sa.Column("interaction_id", sa.Integer(), nullable=True),
        sa.Column("agent_id", sa.Integer(), nullable=True),
        sa.Column("locale", sa.String(length=35), nullable=False),
        sa.Column("fallback", sa.Boolean(), nullable=False),
        sa.Column("used_at", agent_console.core.models.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["agent_id"], ["agents.id"], name=op.f("fk_reply_usages_agent_id_agents")),
        sa.ForeignKeyConstraint(
            ["interaction_id"], ["interactions.id"], name=op.f("fk_reply_usages_interaction_id_interactions")
        ),
        sa.ForeignKeyConstraint(["reply_id"], ["replies.id"], name=op.f("fk_reply_usages_reply_id_replies")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reply_usages")),
    )
    with op.batch_alter_table("reply_usages", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_reply_usages_interaction_id"), ["interaction_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_reply_usages_reply_id"), ["reply_id"], unique=False)


def downgrade() -> None:

    with op.batch_alter_table("reply_usages", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_reply_usages_reply_id"))
        batch_op.drop_index(batch_op.f("ix_reply_usages_interaction_id"))

    op.drop_table("reply_usages")
    with op.batch_alter_table("reply_variants", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_reply_variants_reply_id"))

    op.drop_table("reply_variants")
    op.drop_table("replies")
