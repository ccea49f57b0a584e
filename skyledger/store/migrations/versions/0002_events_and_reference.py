"""Events reconciled from claims, per-night figures, reference data, near-duplicate groups.

Revision ID: 0002
Revises: 0001
"""
import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # One row per document: its MinHash signature and the near-duplicate group
    # (syndicated copies of one story) it belongs to.
    op.create_table(
        "document_groups",
        sa.Column("document_id", sa.String(32), sa.ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("group_id", sa.String(32), nullable=False),
        sa.Column("signature", sa.LargeBinary, nullable=False),
    )
    op.create_index("ix_document_groups_group_id", "document_groups", ["group_id"])

    # One attack: attacker -> target on a date, one group of compatible weapons,
    # national (region null) or one region's part of it (part_of: the national event).
    # The id is a hash of those five, so re-running reconciliation updates in place.
    op.create_table(
        "events",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("date", sa.Date, nullable=False),
        sa.Column("attacker", sa.String(2), nullable=False),
        sa.Column("target", sa.String(2), nullable=False),
        sa.Column("weapon_group", sa.String(20), nullable=False),
        sa.Column("region", sa.String(8)),
        sa.Column("part_of", sa.String(32)),
        sa.Column("weapons", sa.Text, nullable=False),  # ",drone,missile," for filtering
        sa.Column("documents", sa.Integer, nullable=False),  # distinct stories (near-duplicates count once)
        sa.Column("claims", sa.Integer, nullable=False),
        sa.Column("conflicts", sa.Integer, nullable=False),
        sa.Column("digest", sa.String(32), nullable=False),  # tells an updated event from an unchanged one
        sa.Column("updated_at", sa.DateTime, server_default=sa.func.now()),
    )
    op.create_index("ix_events_date", "events", ["date"])
    op.create_index("ix_events_sides_date", "events", ["attacker", "target", "date"])
    op.create_index("ix_events_region", "events", ["region"])

    # The figure shown for each weapon/metric/region of an event, with every
    # other figure for the same quantity kept beside it (JSON list).
    op.create_table(
        "event_figures",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("event_id", sa.String(32), sa.ForeignKey("events.id", ondelete="CASCADE"), nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("weapon", sa.String(20), nullable=False),
        sa.Column("weapon_type", sa.String(40)),
        sa.Column("metric", sa.String(10), nullable=False),
        sa.Column("region", sa.String(8)),
        sa.Column("count", sa.Integer, nullable=False),
        sa.Column("qualifier", sa.String(10), nullable=False),
        sa.Column("claim_id", sa.String(32), nullable=False),
        sa.Column("document_id", sa.String(32), nullable=False),
        sa.Column("claimant", sa.String(200)),
        sa.Column("source", sa.String(200)),
        sa.Column("tier", sa.Integer, nullable=False),
        sa.Column("conflict", sa.Boolean, nullable=False),
        sa.Column("alternatives", sa.JSON, nullable=False),
    )
    op.create_index("ix_event_figures_event_id", "event_figures", ["event_id"])

    op.create_table(
        "event_claims",
        sa.Column("event_id", sa.String(32), sa.ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("claim_id", sa.String(32), sa.ForeignKey("claims.id", ondelete="CASCADE"), primary_key=True),
    )
    op.create_index("ix_event_claims_claim_id", "event_claims", ["claim_id"])

    # Per night, side and weapon class: the figures the series are drawn from.
    # source "ledger" is written by reconciliation, "reference" by import-reference.
    op.create_table(
        "night_figures",
        sa.Column("source", sa.String(20), primary_key=True),
        sa.Column("date", sa.Date, primary_key=True),
        sa.Column("attacker", sa.String(2), primary_key=True),
        sa.Column("target", sa.String(2), primary_key=True),
        sa.Column("weapon", sa.String(20), primary_key=True),
        sa.Column("launched", sa.Integer),
        sa.Column("defeated", sa.Integer),
        sa.Column("lost", sa.Integer),
        sa.Column("hit", sa.Integer),
        sa.Column("provenance", sa.JSON),  # per metric: the claims or reference rows behind the figure
    )

    # Casualties reconciled per day, region and outcome (children are a subset: kept out).
    op.create_table(
        "casualty_figures",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("date", sa.Date, nullable=False),
        sa.Column("region", sa.String(8)),
        sa.Column("outcome", sa.String(10), nullable=False),
        sa.Column("count", sa.Integer, nullable=False),
        sa.Column("qualifier", sa.String(10), nullable=False),
        sa.Column("claim_id", sa.String(32), nullable=False),
        sa.Column("document_id", sa.String(32), nullable=False),
        sa.Column("claimant", sa.String(200)),
        sa.Column("source", sa.String(200)),
        sa.Column("conflict", sa.Boolean, nullable=False),
        sa.Column("alternatives", sa.JSON, nullable=False),
    )
    op.create_index("ix_casualty_figures_date", "casualty_figures", ["date"])

    # The rows of an imported reference file, kept as read (with their line numbers).
    op.create_table(
        "reference_rows",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("reference", sa.String(40), nullable=False),
        sa.Column("line", sa.Integer, nullable=False),
        sa.Column("date", sa.Date, nullable=False),
        sa.Column("time_start", sa.String(20)),
        sa.Column("time_end", sa.String(20)),
        sa.Column("model", sa.String(120), nullable=False),
        sa.Column("weapon", sa.String(20), nullable=False),
        sa.Column("weapon_type", sa.String(40)),
        sa.Column("role", sa.String(20), nullable=False),  # strike / tactical / reconnaissance
        sa.Column("scope", sa.String(20), nullable=False),  # national / regional / other
        sa.Column("launched", sa.Integer),
        sa.Column("defeated", sa.Integer),
        sa.Column("lost", sa.Integer),
        sa.Column("target", sa.Text),
        sa.Column("source", sa.Text),
    )
    op.create_index("ix_reference_rows_date", "reference_rows", ["date"])

    # Small key/value state: what the ledger held at the last reconciliation.
    op.create_table(
        "reconcile_state",
        sa.Column("key", sa.String(40), primary_key=True),
        sa.Column("value", sa.Text),
    )


def downgrade() -> None:
    for table in ("reconcile_state", "reference_rows", "casualty_figures", "night_figures", "event_claims",
                  "event_figures", "events", "document_groups"):
        op.drop_table(table)
