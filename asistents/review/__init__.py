"""The review desk: clerks and social workers check, correct and complete cases in a browser.

The pure layers (corrections on top of records, people's placements of documents, finding
resolutions, rechecking a case) import no web framework: intake and `case_file.load_case` use
them too. The web application itself is `asistents.review.app.create_app`.
"""

from .corrections import apply_corrections, corrected_record
from .resolutions import BLOCKING_KINDS, attach_resolutions, finding_key, open_findings

__all__ = [
    "BLOCKING_KINDS",
    "apply_corrections",
    "attach_resolutions",
    "corrected_record",
    "finding_key",
    "open_findings",
]
