"""The individual social rehabilitation plan of a family assistant client, as template values.

The tasks are those the social worker's opinion names, each placed in an area of the
Ministry of Welfare's task list (`family_tasks.yaml`) with what the client does and what the
family assistant does with the client; the hours of the decision are shared among them; the
plan is reviewed every few months and at the end of the term.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml
from marshmallow import Schema, ValidationError, fields, validate

from ..errors import ConfigError
from ..forms.latvian_dates import format_date_numeric
from ..rules.terms import add_months
from .latvian import date_genitive, date_locative, figure, period_text, quantity
from .municipality import Municipality

PLAN_TEMPLATE = "rehabilitacijas_plans.docx"
_FILE = "asistents/generate/family_tasks.yaml"


def _text() -> fields.String:
    return fields.String(required=True, validate=validate.Length(min=1))


class _AreaSchema(Schema):
    name = _text()
    keywords = fields.List(fields.String(validate=validate.Length(min=2)), required=True,
                           validate=validate.Length(min=1))
    client = _text()
    assistant = _text()


class _OtherSchema(Schema):
    name = _text()
    client = _text()
    assistant = _text()


class _TasksSchema(Schema):
    source = _text()
    review_every_months = fields.Integer(required=True, validate=validate.Range(min=1, max=12))
    goals = fields.Dict(keys=fields.String(), values=fields.String(
        validate=validate.Length(min=1)), required=True)
    areas = fields.List(fields.Nested(_AreaSchema), required=True,
                        validate=validate.Length(min=1))
    other = fields.Nested(_OtherSchema, required=True)
    not_done = _text()


@lru_cache(maxsize=1)
def task_list() -> dict[str, Any]:
    """family_tasks.yaml, checked once."""
    text = resources.files("asistents.generate").joinpath("family_tasks.yaml").read_text("utf-8")
    try:
        return dict(_TasksSchema().load(yaml.safe_load(text)))
    except (yaml.YAMLError, ValidationError) as exc:
        raise ConfigError(f"invalid: {exc}", file=_FILE) from None


def task_area(task: str) -> dict[str, str]:
    """The area of the Ministry's list a task named in an opinion belongs to."""
    data = task_list()
    folded = task.casefold()
    for area in data["areas"]:
        if any(keyword.casefold() in folded for keyword in area["keywords"]):
            return dict(area)
    return dict(data["other"])


def share_hours(total: float, count: int) -> list[Decimal]:
    """`total` weekly hours shared among `count` tasks in half hours, the first ones first:
    10 over 3 -> 3.5, 3.5, 3."""
    if count <= 0:
        return []
    halves = int(Decimal(str(total)) * 2)
    base, extra = divmod(halves, count)
    return [Decimal(base + (1 if i < extra else 0)) / 2 for i in range(count)]


def review_dates(start: date, end: date, every_months: int) -> list[date]:
    """Reviews every `every_months` from the start, and one on the last day of the term."""
    dates = []
    step = every_months
    while (day := add_months(start, step)) < end:
        dates.append(day)
        step += every_months
    dates.append(end)
    return dates


@dataclass(frozen=True)
class PlanInputs:
    """What a plan is made from: the client, the grant decision and the opinion's tasks."""

    client_name: str
    client_code: str
    address: str | None
    category_label: str
    decision_number: str
    decision_date: date
    period_start: date
    period_end: date
    hours_per_week: float
    opinion_date: date | None
    tasks: tuple[str, ...]
    category: str


def plan_context(inputs: PlanInputs, municipality: Municipality, made_on: date
                 ) -> dict[str, Any]:
    """The template values of the plan."""
    data = task_list()
    shares = share_hours(inputs.hours_per_week, len(inputs.tasks))
    until = format_date_numeric(inputs.period_end)
    tasks = []
    for n, (task, share) in enumerate(zip(inputs.tasks, shares, strict=True), start=1):
        area = task_area(task)
        tasks.append({"n": f"{n}.", "task": task, "area": area["name"],
                      "client": area["client"], "assistant": area["assistant"],
                      "until": until, "hours": figure(share)})
    signer = municipality.signer("plan")
    goal = data["goals"].get(inputs.category)
    if not goal:
        raise ConfigError(f"goals.{inputs.category}: missing", file=_FILE)
    opinion = (f"{date_genitive(inputs.opinion_date)} atzinums" if inputs.opinion_date
               else None)
    return {
        "municipality": municipality.context(),
        "client": {"name": inputs.client_name, "personal_code": inputs.client_code,
                   "address": inputs.address},
        "plan": {
            "category": inputs.category_label,
            "decision": f"{date_genitive(inputs.decision_date)} lēmums Nr. "
                        f"{inputs.decision_number}",
            "period": period_text(inputs.period_start, inputs.period_end),
            "total": quantity(inputs.hours_per_week),
            "total_figure": figure(inputs.hours_per_week),
            "opinion": opinion,
            "goal": goal,
            "tasks_source": data["source"],
            "tasks": tasks,
            "not_done": data["not_done"],
            "reviews": [{"n": f"{n}.", "date": format_date_numeric(day)}
                        for n, day in enumerate(review_dates(
                            inputs.period_start, inputs.period_end,
                            data["review_every_months"]), start=1)],
            "date": date_locative(made_on),
        },
        "signer": {"name": signer.name, "position": signer.position},
    }


def plan_must_contain(inputs: PlanInputs) -> list[str]:
    """What the finished plan must be seen to say."""
    return [inputs.client_name, inputs.client_code, inputs.decision_number, *inputs.tasks]


__all__ = ["PLAN_TEMPLATE", "PlanInputs", "plan_context", "plan_must_contain", "review_dates",
           "share_hours", "task_area", "task_list"]
