"""outcome team

Revision ID: 0008_outcome_team
Revises: 0007_outcomes
Create Date: 2026-11-23 21:59:12.544671

Outcomes keep the agent's team at contact time, and the KPI rollup gains a "team" dimension.
Existing outcomes take their agent's current team (the best that is known).
"""

import sqlalchemy as sa
from alembic import op

revision = "0008_outcome_team"
down_revision = "0007_outcomes"
branch_labels = None
depends_on = None

# The rollup's sums as of this revision (written out: a migration does not follow later code).
_SUMS = """COUNT(*), SUM(CASE WHEN resolved THEN 1 ELSE 0 END), COUNT(csat),
SUM(CASE WHEN csat >= 4 THEN 1 ELSE 0 END), COUNT(nps), SUM(CASE WHEN nps >= 9 THEN 1 ELSE 0 END),
SUM(CASE WHEN nps <= 6 THEN 1 ELSE 0 END), COUNT(ces), COALESCE(SUM(ces), 0),
COALESCE(SUM(handle_seconds), 0), COUNT(first_response_seconds), COALESCE(SUM(first_response_seconds), 0),
COUNT(resolution_seconds), COALESCE(SUM(resolution_seconds), 0),
SUM(CASE WHEN first_contact THEN 1 ELSE 0 END), SUM(CASE WHEN fcr THEN 1 ELSE 0 END),
SUM(CASE WHEN repeat THEN 1 ELSE 0 END)"""
_COLUMNS = (
    "day, dim, item, n, resolved, csat_n, csat_pos, nps_n, nps_pro, nps_det, ces_n, ces_sum, handle_sum, "
    "frt_n, frt_sum, res_n, res_sum, first_n, fcr_n, repeat_n"
)


def upgrade() -> None:
    op.add_column("outcomes", sa.Column("team", sa.String(length=100), nullable=True))
    op.execute("UPDATE outcomes SET team = (SELECT team FROM agents WHERE agents.id = outcomes.agent_id)")
    op.execute(
        f"INSERT INTO kpi_daily ({_COLUMNS}) SELECT day, 'team', COALESCE(team, ''), {_SUMS} "
        "FROM outcomes GROUP BY day, COALESCE(team, '')"
    )


def downgrade() -> None:
    op.execute("DELETE FROM kpi_daily WHERE dim = 'team'")
    with op.batch_alter_table("outcomes", schema=None) as batch_op:
        batch_op.drop_column("team")
