"""Storage: the ledger in SQLite (default) or PostgreSQL."""
from skyledger.store.ledger import ClaimFilter, Ledger

__all__ = ["ClaimFilter", "Ledger"]
