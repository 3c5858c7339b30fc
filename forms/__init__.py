"""One module per official document type: marshmallow schema, Latvian labels, parsers.

The public face of `asistents.forms`: the registry of document types and their schemas,
the Latvian value parsers extractors call, and the required-document lists (data).
"""

from .disability_group import DISABILITY_GROUPS, parse_disability_group
from .hours import duration_hours, format_hours_lv, parse_hours, parse_time_range
from .institution_names import clean_institution_name
from .latvian_dates import (
    find_dates,
    format_date_lv,
    format_date_numeric,
    format_month_lv,
    format_period_numeric,
    parse_date,
    parse_month,
    readable_date,
    readable_month,
)
from .person_names import normalize_person_name, to_nominative
from .personal_code import (
    age_on,
    birth_date,
    is_valid_personal_code,
    is_valid_registration_number,
    normalize_personal_code,
    personal_code_problem,
)
from .registry import (
    ACTIVITY_KINDS,
    DOC_TYPES,
    SERVICE_KINDS,
    FormSpec,
    empty_fields,
    form_for,
    label_for,
    load_fields,
    validate_fields,
)
from .required_documents import (
    SITUATIONS,
    Requirement,
    load_required_documents,
    required_documents,
    situation_for,
)

__all__ = [
    "ACTIVITY_KINDS",
    "DISABILITY_GROUPS",
    "DOC_TYPES",
    "SERVICE_KINDS",
    "SITUATIONS",
    "FormSpec",
    "Requirement",
    "age_on",
    "birth_date",
    "clean_institution_name",
    "duration_hours",
    "empty_fields",
    "find_dates",
    "form_for",
    "format_date_lv",
    "format_date_numeric",
    "format_hours_lv",
    "format_month_lv",
    "format_period_numeric",
    "is_valid_personal_code",
    "is_valid_registration_number",
    "label_for",
    "load_fields",
    "load_required_documents",
    "normalize_person_name",
    "normalize_personal_code",
    "parse_date",
    "parse_disability_group",
    "parse_hours",
    "parse_month",
    "parse_time_range",
    "personal_code_problem",
    "readable_date",
    "readable_month",
    "required_documents",
    "situation_for",
    "to_nominative",
    "validate_fields",
]
