"""`asistents review`: the review desk in a browser; `asistents user ...`: who may use it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from ..errors import UsageError
from .options import db_option

DEFAULT_PORT = 8470


@click.command("review")
@db_option
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; anything but this computer (127.0.0.1) needs logins.")
@click.option("--port", type=click.IntRange(1, 65535), default=DEFAULT_PORT, show_default=True)
@click.option("--local-only-no-login", "no_login", is_flag=True,
              help="No login: whoever uses this computer is clerk and social worker. "
                   "Allowed only on 127.0.0.1.")
@click.option("--secure-cookies", is_flag=True,
              help="Served behind an https proxy: cookies only over https.")
@click.option("--cache-dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Where page images are kept (default: beside the store).")
def review_command(db_url: str | None, host: str, port: int, no_login: bool,
                   secure_cookies: bool, cache_dir: Path | None) -> None:
    """Start the review desk on the case store and print its address.

    Clerks compare doubtful fields with the page images and correct them, move documents
    between cases, resolve findings with a note; a social worker marks a case ready for a
    decision. Stop it with Ctrl+C.
    """
    from ..case_file import open_existing_store
    from ..review.app import DeskSettings, create_app, is_loopback, serve

    if no_login and not is_loopback(host):
        raise UsageError("--local-only-no-login is allowed only on 127.0.0.1: on any other "
                         "address users must log in (asistents user add NAME --role ...)")
    store = open_existing_store(db_url)
    if not no_login and not store.users():
        store.close()
        raise UsageError("no users yet: add one with `asistents user add NAME --role clerk` "
                         "(or use --local-only-no-login on 127.0.0.1)")
    _summarise_old_cases(store)
    app = create_app(store, DeskSettings(login_required=not no_login,
                                         secure_cookies=secure_cookies, cache_dir=cache_dir))
    shown = f"[{host}]" if ":" in host else host
    click.echo(f"Pārskatīšana: http://{shown}:{port}/  (store {store.display_url})")
    if no_login:
        click.echo("bez pieteikšanās: tikai šajā datorā (127.0.0.1)")
    try:
        serve(app, host, port)
    finally:
        store.close()


def _summarise_old_cases(store: Any) -> None:
    """Cases saved by an intake older than the desk have no list summary yet: make them."""
    from ..review.recheck import summary_of

    for case_id in store.cases_without_summary():
        contract = store.case(case_id)
        if contract:
            store.save_case_summary(case_id, summary_of(contract), changed=False)


@click.group("user")
def user_group() -> None:
    """Who may use the review desk: add, list, disable, enable, set a password."""


@user_group.command("add")
@click.argument("name")
@click.option("--role", type=click.Choice(["clerk", "social_worker", "admin"]), required=True)
@db_option
@click.password_option("--password", prompt="Parole", confirmation_prompt="Parole vēlreiz",
                       help="Asked for when not given (never put it on the command line).")
def user_add(name: str, role: str, db_url: str | None, password: str) -> None:
    """Add user NAME with a role; the password is asked for and stored as an argon2 hash."""
    from ..review.auth import hash_password
    from ..store import Store

    _check_password(password)
    with Store(db_url) as store:
        user = store.add_user(name, role, hash_password(password))
        store.audit("user_added", detail={"user": user.name, "role": role})
    click.echo(f"user {name} added ({role})")


@user_group.command("list")
@db_option
def user_list(db_url: str | None) -> None:
    """Every user, their role and whether they are disabled or locked."""
    from datetime import UTC, datetime

    from ..case_file import open_existing_store

    with open_existing_store(db_url) as store:
        now = datetime.now(UTC)
        for user in store.users():
            notes = []
            if user.disabled:
                notes.append("disabled")
            if user.locked_until and user.locked_until > now:
                notes.append(f"locked until {user.locked_until.astimezone():%H:%M}")
            click.echo(f"{user.name}\t{user.role}\t{', '.join(notes) or 'active'}")


@user_group.command("disable")
@click.argument("name")
@db_option
def user_disable(name: str, db_url: str | None) -> None:
    """Disable NAME: their sessions end at once and they cannot log in."""
    from ..case_file import open_existing_store

    with open_existing_store(db_url) as store:
        store.set_user_disabled(name, True)
        store.audit("user_disabled", detail={"user": name})
    click.echo(f"user {name} disabled")


@user_group.command("enable")
@click.argument("name")
@db_option
def user_enable(name: str, db_url: str | None) -> None:
    """Enable NAME again."""
    from ..case_file import open_existing_store

    with open_existing_store(db_url) as store:
        store.set_user_disabled(name, False)
        store.audit("user_enabled", detail={"user": name})
    click.echo(f"user {name} enabled")


@user_group.command("password")
@click.argument("name")
@db_option
@click.password_option("--password", prompt="Jaunā parole", confirmation_prompt="Parole vēlreiz")
def user_password(name: str, db_url: str | None, password: str) -> None:
    """Set a new password for NAME (also lifts a lock)."""
    from ..case_file import open_existing_store
    from ..review.auth import hash_password

    _check_password(password)
    with open_existing_store(db_url) as store:
        store.set_user_password(name, hash_password(password))
        store.audit("user_password_set", detail={"user": name})
    click.echo(f"password of {name} set")


def _check_password(password: str) -> None:
    if len(password) < 10:
        raise UsageError("a password has at least 10 characters")
