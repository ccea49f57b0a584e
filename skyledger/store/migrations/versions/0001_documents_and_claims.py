"""Documents and claims, with full-text search over documents.

Revision ID: 0001
Revises:
"""
import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "documents",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("url", sa.Text),
        sa.Column("source", sa.String(200)),
        sa.Column("title", sa.Text),
        sa.Column("published", sa.Date),
        sa.Column("lang", sa.String(8)),
        sa.Column("unsupported", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("origin", sa.Text),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("extractor", sa.String(40)),
        sa.Column("ingested_at", sa.DateTime, server_default=sa.func.now()),
    )
    op.create_index("ix_documents_source", "documents", ["source"])
    op.create_index("ix_documents_published", "documents", ["published"])
    op.create_index("ix_documents_lang", "documents", ["lang"])
    op.create_table(
        "claims",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("document_id", sa.String(32), sa.ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("date", sa.Date),
        sa.Column("attacker", sa.String(2)),
        sa.Column("target", sa.String(2)),
        sa.Column("weapon", sa.String(20)),
        sa.Column("weapon_type", sa.String(40)),
        sa.Column("metric", sa.String(10)),
        sa.Column("outcome", sa.String(10)),
        sa.Column("count", sa.Integer),
        sa.Column("qualifier", sa.String(10)),
        sa.Column("region", sa.String(8)),
        sa.Column("population", sa.String(10)),
        sa.Column("claimant", sa.String(200)),
        sa.Column("span_start", sa.Integer),
        sa.Column("span_end", sa.Integer),
        sa.Column("sentence_start", sa.Integer),
        sa.Column("sentence_end", sa.Integer),
        sa.Column("sentence", sa.Text),
        sa.Column("details", sa.JSON),
    )
    op.create_index("ix_claims_document_id", "claims", ["document_id"])
    op.create_index("ix_claims_region", "claims", ["region"])
    op.create_index("ix_claims_kind_date", "claims", ["kind", "date"])

    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        # External-content FTS5 index over documents, kept in step by triggers.
        op.execute(
            "CREATE VIRTUAL TABLE documents_fts USING fts5("
            "title, text, content='documents', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2')"
        )
        op.execute(
            "CREATE TRIGGER documents_ai AFTER INSERT ON documents BEGIN "
            "INSERT INTO documents_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text); END"
        )
        op.execute(
            "CREATE TRIGGER documents_ad AFTER DELETE ON documents BEGIN "
            "INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text); END"
        )
        op.execute(
            "CREATE TRIGGER documents_au AFTER UPDATE ON documents BEGIN "
            "INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text); "
            "INSERT INTO documents_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text); END"
        )
    elif dialect == "postgresql":
        op.execute(
            "CREATE INDEX ix_documents_fts ON documents USING GIN "
            "(to_tsvector('simple', coalesce(title, '') || ' ' || text))"
        )


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for trigger in ("documents_ai", "documents_ad", "documents_au"):
            op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
        op.execute("DROP TABLE IF EXISTS documents_fts")
    op.drop_table("claims")
    op.drop_table("documents")
