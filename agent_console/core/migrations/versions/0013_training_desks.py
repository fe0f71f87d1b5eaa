"""training across desks

Revision ID: 0013_training_desks
Revises: 0012_training
A trainer starts a session for a trainee at another desk, and plays the customer from there:
sessions can wait for the trainee ("assigned"), the trainee's console publishes the live state
of the conversation on the session, and the trainer's side sends its lines and controls as
commands the trainee's console plays.

Create Date: 2026-11-24 04:00:00
"""

import sqlalchemy as sa
from alembic import op

import agent_console.core.models

revision = "0013_training_desks"
down_revision = "0012_training"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("training_sessions", sa.Column("state", sa.JSON(), nullable=True))
    op.create_index("ix_training_sessions_status", "training_sessions", ["status", "trainee_name"])
    op.create_table(
        "training_commands",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("by_name", sa.String(length=200), nullable=True),
        sa.Column("created_at", agent_console.core.models.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["training_sessions.id"],
            name=op.f("fk_training_commands_session_id_training_sessions"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_training_commands")),
    )
    op.create_index("ix_training_commands_session", "training_commands", ["session_id", "id"])


def downgrade() -> None:
    op.drop_index("ix_training_commands_session", table_name="training_commands")
    op.drop_table("training_commands")
    op.drop_index("ix_training_sessions_status", table_name="training_sessions")
    op.drop_column("training_sessions", "state")
