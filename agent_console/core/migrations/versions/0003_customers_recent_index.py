"""Index customers by (last_activity_at, id) so search can stop at the first matches.

Revision ID: 0003_recent
Revises: 0002_search
"""

import sqlalchemy as sa
from alembic import op

revision = "0003_recent"
down_revision = "0002_search"
branch_labels = None
depends_on = None


NOT_NULL = sa.text("merged_into_id IS NOT NULL")


def upgrade() -> None:
    op.create_index("ix_customers_recent", "customers", ["last_activity_at", "id"])
    op.drop_index("ix_customers_last_activity_at", table_name="customers")
    # Partial, so that "merged_into_id IS NULL" (every live customer) never picks this index.
    op.drop_index("ix_customers_merged_into_id", table_name="customers")
    op.create_index(
        "ix_customers_merged_into_id",
        "customers",
        ["merged_into_id"],
        sqlite_where=NOT_NULL,
        postgresql_where=NOT_NULL,
    )


def downgrade() -> None:
    op.drop_index("ix_customers_merged_into_id", table_name="customers")
    op.create_index("ix_customers_merged_into_id", "customers", ["merged_into_id"])
    op.create_index("ix_customers_last_activity_at", "customers", ["last_activity_at"])
    op.drop_index("ix_customers_recent", table_name="customers")
