"""training sessions

Revision ID: 0012_training
Revises: 0011_attachment_content
Role-play sessions, kept in the training sandbox database: the scenario as played, the
transcript, the ending, the automatic checks and the trainer's review and comments.

Create Date: 2026-11-24 03:00:00
"""

import sqlalchemy as sa
from alembic import op

import agent_console.core.models

revision = "0012_training"
down_revision = "0011_attachment_content"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "training_sessions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("scenario_id", sa.String(length=100), nullable=False),
        sa.Column("scenario_title", sa.String(length=300), nullable=False),
        sa.Column("scenario_text", sa.Text(), nullable=False),
        sa.Column("mode", sa.String(length=16), nullable=False),
        sa.Column("trainee_name", sa.String(length=200), nullable=False),
        sa.Column("trainee_agent_id", sa.Integer(), nullable=True),
        sa.Column("trainer_name", sa.String(length=200), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("interaction_id", sa.Integer(), nullable=True),
        sa.Column("started_at", agent_console.core.models.UTCDateTime(timezone=True), nullable=False),
        sa.Column("ended_at", agent_console.core.models.UTCDateTime(timezone=True), nullable=True),
        sa.Column("ending", sa.String(length=100), nullable=True),
        sa.Column("ending_kind", sa.String(length=20), nullable=True),
        sa.Column("disposition", sa.String(length=100), nullable=True),
        sa.Column("points", sa.Integer(), nullable=True),
        sa.Column("max_points", sa.Integer(), nullable=True),
        sa.Column("checks", sa.JSON(), nullable=False),
        sa.Column("transcript", sa.JSON(), nullable=False),
        sa.Column("review_id", sa.Integer(), nullable=True),
        sa.Column("trainer_comments", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["interaction_id"],
            ["interactions.id"],
            name=op.f("fk_training_sessions_interaction_id_interactions"),
        ),
        sa.ForeignKeyConstraint(
            ["review_id"], ["reviews.id"], name=op.f("fk_training_sessions_review_id_reviews")
        ),
        sa.ForeignKeyConstraint(
            ["trainee_agent_id"], ["agents.id"], name=op.f("fk_training_sessions_trainee_agent_id_agents")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_training_sessions")),
    )
    op.create_index(op.f("ix_training_sessions_scenario_id"), "training_sessions", ["scenario_id"])
    op.create_index("ix_training_sessions_trainee", "training_sessions", ["trainee_name", "started_at"])


def downgrade() -> None:
    op.drop_index("ix_training_sessions_trainee", table_name="training_sessions")
    op.drop_index(op.f("ix_training_sessions_scenario_id"), table_name="training_sessions")
    op.drop_table("training_sessions")
