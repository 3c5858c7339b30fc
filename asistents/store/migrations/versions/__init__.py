"""Alembic revisions of the case store, oldest first (0001, 0002, ...)."""
