"""Exchange rates cached from the central banks' feeds, and each feed's fetch status.

Revision ID: 0005_rates
Revises: 0004_open_recent
"""

import sqlalchemy as sa
from alembic import op

import agent_console.core.models

revision = "0005_rates"
down_revision = "0004_open_recent"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "exchange_rates",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("source", sa.String(length=40), nullable=False),
        sa.Column("base", sa.String(length=3), nullable=False),
        sa.Column("quote", sa.String(length=3), nullable=False),
        sa.Column("rate", sa.Float(), nullable=False),
        sa.Column("rate_date", sa.Date(), nullable=False),
        sa.Column("fetched_at", agent_console.core.models.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exchange_rates")),
        sa.UniqueConstraint("source", "base", "quote", "rate_date", name="uq_exchange_rates_published"),
    )
    op.create_index(op.f("ix_exchange_rates_rate_date"), "exchange_rates", ["rate_date"])
    op.create_table(
        "rate_fetches",
        sa.Column("source", sa.String(length=40), nullable=False),
        sa.Column("last_attempt_at", agent_console.core.models.UTCDateTime(timezone=True), nullable=True),
        sa.Column("last_success_at", agent_console.core.models.UTCDateTime(timezone=True), nullable=True),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("rates_date", sa.Date(), nullable=True),
        sa.PrimaryKeyConstraint("source", name=op.f("pk_rate_fetches")),
    )


def downgrade() -> None:
    op.drop_table("rate_fetches")
    op.drop_index(op.f("ix_exchange_rates_rate_date"), table_name="exchange_rates")
    op.drop_table("exchange_rates")
