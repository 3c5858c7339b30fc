"""Issuing what a social service signs: decisions (with the safety checks) and plans."""

from .blockers import blockers
from .decisions import CaseOutcome, default_start, file_stem, grant_terms, issue_decisions

__all__ = ["CaseOutcome", "blockers", "default_start", "file_stem", "grant_terms",
           "issue_decisions"]
