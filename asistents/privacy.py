"""Masking personal data before it reaches a log line or an error message."""

from __future__ import annotations

import re

_PERSONAL_CODE = re.compile(r"\b(\d{6})-?(\d)(\d{4})\b")


def mask_personal_code(code: str | None) -> str:
    """'120715-20014' -> '120715-*****': enough for a clerk to recognise, not enough to identify."""
    if not code:
        return "-"
    digits = re.sub(r"\D", "", code)
    if len(digits) != 11:
        return "***"
    return f"{digits[:6]}-*****"


def redact(text: str) -> str:
    """Mask every personal-code-shaped run of digits in free text (error messages, logs)."""
    return _PERSONAL_CODE.sub(lambda m: f"{m.group(1)}-*****", text)
