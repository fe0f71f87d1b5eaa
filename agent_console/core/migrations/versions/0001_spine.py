"""spine: customers, identities, interactions, events

Revision ID: 0001_spine
Revises: (none)
Create Date: 2026-11-23 18:31:19.750681
"""

import sqlalchemy as sa
from alembic import op

import agent_console.core.models

revision = "0001_spine"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table(
        "agents",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("email", sa.String(length=320), nullable=True),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("locale", sa.String(length=35), nullable=False),
        sa.Column("timezone", sa.String(length=64), nullable=False),
        sa.Column("team", sa.String(length=100), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", agent_console.core.models.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agents")),
        sa.UniqueConstraint("email", name=op.f("uq_agents_email")),
    )
    op.create_table(
        "customers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("display_name", sa.String(length=300), nullable=False),
        sa.Column("given_name", sa.String(length=150), nullable=True),
        sa.Column("family_name", sa.String(length=150), nullable=True),
        sa.Column("language", sa.String(length=35), nullable=True),
        sa.Column("country", sa.String(length=2), nullable=True),
        sa.Column("timezone", sa.String(length=64), nullable=True),
        sa.Column("name_key", sa.String(length=300), nullable=False),
        sa.Column("search_text", sa.Text(), nullable=False),
        sa.Column("merged_into_id", sa.Integer(), nullable=True),
        sa.Column("last_activity_at", agent_console.core.models.UTCDateTime(timezone=True), nullable=True),
        sa.Column("created_at", agent_console.core.models.UTCDateTime(timezone=True), nullable=False),
        sa.Column("attributes", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["merged_into_id"], ["customers.id"], name=op.f("fk_customers_merged_into_id_customers")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_customers")),
    )
    with op.batch_alter_table("customers", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_customers_last_activity_at"), ["last_activity_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_customers_merged_into_id"), ["merged_into_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_customers_name_key"), ["name_key"], unique=False)

    op.create_table(
        "identities",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("value", sa.String(length=320), nullable=False),
        sa.Column("match_key", sa.String(length=320), nullable=True),
        sa.Column("raw_value", sa.String(length=320), nullable=True),
        sa.Column("label", sa.String(length=100), nullable=True),
        sa.Column("verified", sa.Boolean(), nullable=False),
        sa.Column("created_at", agent_console.core.models.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customers.id"], name=op.f("fk_identities_customer_id_customers")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_identities")),
        sa.UniqueConstraint("kind", "value", name="uq_identities_kind_value"),
    )
    with op.batch_alter_table("identities", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_identities_customer_id"), ["customer_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_identities_match_key"), ["match_key"], unique=False)

    op.create_table(
        "merge_dismissals",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("customer_a_id", sa.Integer(), nullable=False),
        sa.Column("customer_b_id", sa.Integer(), nullable=False),
        sa.Column("agent_id", sa.Integer(), nullable=True),
        sa.Column("created_at", agent_console.core.models.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["agent_id"], ["agents.id"], name=op.f("fk_merge_dismissals_agent_id_agents")
        ),
        sa.ForeignKeyConstraint(
            ["customer_a_id"], ["customers.id"], name=op.f("fk_merge_dismissals_customer_a_id_customers")
        ),
        sa.ForeignKeyConstraint(
            ["customer_b_id"], ["customers.id"], name=op.f("fk_merge_dismissals_customer_b_id_customers")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_merge_dismissals")),
        sa.UniqueConstraint("customer_a_id", "customer_b_id", name="uq_merge_dismissals_pair"),
    )
    op.create_table(
        "merges",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("source_id", sa.Integer(), nullable=False),
        sa.Column("target_id", sa.Integer(), nullable=False),
        sa.Column("agent_id", sa.Integer(), nullable=True),
        sa.Column("reason", sa.String(length=300), nullable=False),
        sa.Column("moved", sa.JSON(), nullable=False),
        sa.Column("merged_at", agent_console.core.models.UTCDateTime(timezone=True), nullable=False),
        sa.Column("undone_at", agent_console.core.models.UTCDateTime(timezone=True), nullable=True),
        sa.Column("undone_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["agent_id"], ["agents.id"], name=op.f("fk_merges_agent_id_agents")),
        sa.ForeignKeyConstraint(["source_id"], ["customers.id"], name=op.f("fk_merges_source_id_customers")),
        sa.ForeignKeyConstraint(["target_id"], ["customers.id"], name=op.f("fk_merges_target_id_customers")),
        sa.ForeignKeyConstraint(["undone_by_id"], ["agents.id"], name=op.f("fk_merges_undone_by_id_agents")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_merges")),
    )
    with op.batch_alter_table("merges", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_merges_source_id"), ["source_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_merges_target_id"), ["target_id"], unique=False)

    op.create_table(
        "interactions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("channel", sa.String(length=16), nullable=False),
        sa.Column("subject", sa.String(length=500), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("queue", sa.String(length=100), nullable=False),
        sa.Column("assigned_agent_id", sa.Integer(), nullable=True),
        sa.Column("identity_id", sa.Integer(), nullable=True),
        sa.Column("external_thread_id", sa.String(length=500), nullable=True),
        sa.Column("opened_at", agent_console.core.models.UTCDateTime(timezone=True), nullable=False),
        sa.Column("closed_at", agent_console.core.models.UTCDateTime(timezone=True), nullable=True),
        sa.Column("last_activity_at", agent_console.core.models.UTCDateTime(timezone=True), nullable=False),
        sa.Column("last_preview", sa.String(length=300), nullable=False),
        sa.Column("unread", sa.Boolean(), nullable=False),
        sa.Column("is_training", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["assigned_agent_id"], ["agents.id"], name=op.f("fk_interactions_assigned_agent_id_agents")
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customers.id"], name=op.f("fk_interactions_customer_id_customers")
        ),
        sa.ForeignKeyConstraint(
            ["identity_id"], ["identities.id"], name=op.f("fk_interactions_identity_id_identities")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_interactions")),
    )
    with op.batch_alter_table("interactions", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_interactions_assigned_agent_id"), ["assigned_agent_id"], unique=False
        )
        batch_op.create_index("ix_interactions_customer", ["customer_id", "opened_at"], unique=False)
        batch_op.create_index("ix_interactions_inbox", ["status", "last_activity_at", "id"], unique=False)

    op.create_table(
        "drafts",
        sa.Column("interaction_id", sa.Integer(), nullable=False),
        sa.Column("agent_id", sa.Integer(), nullable=True),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("channel", sa.String(length=16), nullable=True),
        sa.Column("updated_at", agent_console.core.models.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["agent_id"], ["agents.id"], name=op.f("fk_drafts_agent_id_agents")),
        sa.ForeignKeyConstraint(
            ["interaction_id"], ["interactions.id"], name=op.f("fk_drafts_interaction_id_interactions")
        ),
        sa.PrimaryKeyConstraint("interaction_id", name=op.f("pk_drafts")),
    )
    op.create_table(
        "events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("interaction_id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("channel", sa.String(length=16), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("direction", sa.String(length=16), nullable=False),
        sa.Column("author_agent_id", sa.Integer(), nullable=True),
        sa.Column("author_name", sa.String(length=300), nullable=False),
        sa.Column("subject", sa.String(length=500), nullable=True),
        sa.Column("body_text", sa.Text(), nullable=False),
        sa.Column("body_html", sa.Text(), nullable=True),
        sa.Column("language", sa.String(length=35), nullable=True),
        sa.Column("occurred_at", agent_console.core.models.UTCDateTime(timezone=True), nullable=False),
        sa.Column("created_at", agent_console.core.models.UTCDateTime(timezone=True), nullable=False),
        sa.Column("external_id", sa.String(length=500), nullable=True),
        sa.Column("duration_seconds", sa.Integer(), nullable=True),
        sa.Column("delivery_status", sa.String(length=16), nullable=True),
        sa.Column("meta", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["author_agent_id"], ["agents.id"], name=op.f("fk_events_author_agent_id_agents")
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customers.id"], name=op.f("fk_events_customer_id_customers")
        ),
        sa.ForeignKeyConstraint(
            ["interaction_id"], ["interactions.id"], name=op.f("fk_events_interaction_id_interactions")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_events")),
        sa.UniqueConstraint("channel", "external_id", name="uq_events_channel_external_id"),
    )
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.create_index("ix_events_interaction", ["interaction_id", "occurred_at"], unique=False)
        batch_op.create_index("ix_events_timeline", ["customer_id", "occurred_at", "id"], unique=False)

    op.create_table(
        "attachments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("filename", sa.String(length=500), nullable=False),
        sa.Column("mime_type", sa.String(length=200), nullable=False),
        sa.Column("size_bytes", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=True),
        sa.Column("storage_path", sa.String(length=1000), nullable=True),
        sa.ForeignKeyConstraint(["event_id"], ["events.id"], name=op.f("fk_attachments_event_id_events")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attachments")),
    )
    with op.batch_alter_table("attachments", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_attachments_event_id"), ["event_id"], unique=False)


def downgrade() -> None:

    with op.batch_alter_table("attachments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_attachments_event_id"))

    op.drop_table("attachments")
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.drop_index("ix_events_timeline")
        batch_op.drop_index("ix_events_interaction")

    op.drop_table("events")
    op.drop_table("drafts")
    with op.batch_alter_table("interactions", schema=None) as batch_op:
        batch_op.drop_index("ix_interactions_inbox")
        batch_op.drop_index("ix_interactions_customer")
        batch_op.drop_index(batch_op.f("ix_interactions_assigned_agent_id"))

    op.drop_table("interactions")
    with op.batch_alter_table("merges", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_merges_target_id"))
        batch_op.drop_index(batch_op.f("ix_merges_source_id"))

    op.drop_table("merges")
    op.drop_table("merge_dismissals")
    with op.batch_alter_table("identities", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_identities_match_key"))
        batch_op.drop_index(batch_op.f("ix_identities_customer_id"))

    op.drop_table("identities")
    with op.batch_alter_table("customers", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_customers_name_key"))
        batch_op.drop_index(batch_op.f("ix_customers_merged_into_id"))
        batch_op.drop_index(batch_op.f("ix_customers_last_activity_at"))

    op.drop_table("customers")
    op.drop_table("agents")
