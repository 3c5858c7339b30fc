"""Alembic migrations of the case store; run by asistents.store.migrate, no alembic.ini needed."""
