"""Alembic environment: runs on the connection that skyledger hands over."""
from alembic import context

from skyledger.store.schema import Base

config = context.config
connection = config.attributes["connection"]
context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
