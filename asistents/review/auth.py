"""Who is at the desk: passwords (argon2), logins with a lock after failures, server sessions.

A session is a random id in an HttpOnly, SameSite=Strict cookie (signed by Flask); the store
keeps only the id's SHA-256, so logging out, an expired session or a disabled user ends it on
the server. Five failed logins in a row lock the user for fifteen minutes (a lock survives a
restart: it is in the store). Roles are checked on the server for every action: a social
worker does a clerk's work too and alone marks a case ready for a decision; an admin manages
users from the command line and reads the whole audit log.

Without login (`--local-only-no-login`, only on a loopback address) the operator at the
computer is the one user, `<system user> (vietējais)`, acting as clerk and social worker.
"""

from __future__ import annotations

import getpass
import hashlib
import secrets
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from functools import wraps
from typing import Any, TypeVar
from urllib.parse import urlsplit

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from flask import (
    Blueprint,
    current_app,
    g,
    redirect,
    render_template,
    request,
    session,
    url_for,
)
from werkzeug.wrappers import Response

from .desk import Actor

LOCK_AFTER_FAILURES = 5
LOCK_MINUTES = 15
SESSION_HOURS = 10  # a working day and a bit; then log in again

ROLE_GRANTS = {
    "clerk": frozenset({"clerk"}),
    "social_worker": frozenset({"clerk", "social_worker"}),
    "admin": frozenset({"clerk", "admin"}),
}

_hasher = PasswordHasher()
# Verified against when the user does not exist, so a wrong name costs as long as a wrong
# password and the answer time does not tell which names exist.
_DUMMY_HASH = _hasher.hash("not a password of anyone")

F = TypeVar("F", bound=Callable[..., Any])

blueprint = Blueprint("auth", __name__)


def hash_password(password: str) -> str:
    """An argon2id hash of `password` (argon2-cffi's current defaults)."""
    return _hasher.hash(password)


def local_actor() -> Actor:
    """The operator at the computer, when the desk runs without login on 127.0.0.1."""
    return Actor(f"{getpass.getuser()} (vietējais)", frozenset({"clerk", "social_worker"}))


def load_actor() -> None:
    """Before every request: who is asking (g.actor), or None when nobody is logged in."""
    if not current_app.config["LOGIN_REQUIRED"]:
        g.actor = current_app.config["LOCAL_ACTOR"]
        return
    g.actor = None
    sid = session.get("sid")
    if isinstance(sid, str):
        user = current_app.config["STORE"].session_user(_sid_hash(sid))
        if user is not None:
            g.actor = Actor(user.name, ROLE_GRANTS.get(user.role, frozenset()))


def login_required(view: F) -> F:
    """The view needs a logged-in user (always true without login)."""

    @wraps(view)
    def checked(*args: Any, **kwargs: Any) -> Any:
        if g.get("actor") is None:
            if request.method == "GET":
                return redirect(url_for("auth.login", next=request.full_path.rstrip("?")))
            return render_template("error.html", title="Jāpiesakās",
                                   message="Sesija beigusies: piesakieties vēlreiz."), 401
        return view(*args, **kwargs)

    return checked  # type: ignore[return-value]


def role_required(role: str) -> Callable[[F], F]:
    """The view needs `role` (checked on the server, whatever the page showed)."""

    def decorate(view: F) -> F:
        @wraps(view)
        def checked(*args: Any, **kwargs: Any) -> Any:
            actor = g.get("actor")
            if actor is None or not actor.may(role):
                return render_template("error.html", title="Nav tiesību",
                                       message="Jūsu lomai šī darbība nav atļauta."), 403
            return view(*args, **kwargs)

        return checked  # type: ignore[return-value]

    return decorate


@blueprint.route("/login", methods=["GET", "POST"])
def login() -> Any:
    if not current_app.config["LOGIN_REQUIRED"]:
        return redirect(url_for("pages.cases"))
    next_page = _safe_next(request.values.get("next"))
    if request.method == "GET":
        return render_template("login.html", next=next_page, error=None)
    store = current_app.config["STORE"]
    name = request.form.get("name", "").strip()
    password = request.form.get("password", "")
    error, status = _check_login(store, name, password)
    if error is not None:
        return render_template("login.html", next=next_page, error=error, name=name), status
    user = store.user(name)
    sid = secrets.token_urlsafe(32)
    store.start_session(user.id, _sid_hash(sid), _now() + timedelta(hours=SESSION_HOURS))
    session.clear()  # nothing from before the login survives it
    session["sid"] = sid
    session.permanent = True
    store.audit("login", detail={"by": user.name})
    return redirect(next_page or url_for("pages.cases"), code=303)


@blueprint.route("/logout", methods=["POST"])
def logout() -> Response:
    sid = session.get("sid")
    store = current_app.config["STORE"]
    if isinstance(sid, str):
        store.end_session(_sid_hash(sid))
    actor = g.get("actor")
    if actor is not None and current_app.config["LOGIN_REQUIRED"]:
        store.audit("logout", detail={"by": actor.name})
    session.clear()
    return redirect(url_for("auth.login"), code=303)


def _check_login(store: Any, name: str, password: str) -> tuple[str | None, int]:
    """(None, 200) when the name and password are right; else the message and status."""
    wrong = "Nepareizs lietotāja vārds vai parole."
    user = store.user(name) if name else None
    if user is None or user.disabled:
        _verify(_DUMMY_HASH, password)
        store.audit("login_failed", detail={"by": name[:64] or "-"})
        return wrong, 401
    if user.locked_until is not None and user.locked_until > _now():
        store.audit("login_locked", detail={"by": user.name})
        return _locked_message(user.locked_until), 429
    if not _verify(user.password_hash, password):
        until = _now() + timedelta(minutes=LOCK_MINUTES)
        failures = store.login_failed(user.id, lock_after=LOCK_AFTER_FAILURES, lock_until=until)
        store.audit("login_failed", detail={"by": user.name, "failures": failures})
        if failures >= LOCK_AFTER_FAILURES:
            return _locked_message(until), 429
        return wrong, 401
    rehash = hash_password(password) if _hasher.check_needs_rehash(user.password_hash) else None
    store.login_succeeded(user.id, rehash)
    return None, 200


def _verify(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def _locked_message(until: datetime) -> str:
    local = until.astimezone().strftime("%H:%M")
    return (f"Pārāk daudz neveiksmīgu mēģinājumu: lietotājs bloķēts līdz {local} "
            f"({LOCK_MINUTES} min). Mēģiniet vēlreiz vēlāk vai vērsieties pie administratora.")


def _safe_next(target: str | None) -> str | None:
    """Only a path on this site: a login link must not send the user elsewhere."""
    if not target:
        return None
    parts = urlsplit(target)
    if parts.scheme or parts.netloc or not target.startswith("/") or target.startswith("//"):
        return None
    return target


def _sid_hash(sid: str) -> str:
    return hashlib.sha256(sid.encode("utf-8")).hexdigest()


def _now() -> datetime:
    return datetime.now(UTC)


__all__ = [
    "LOCK_AFTER_FAILURES",
    "LOCK_MINUTES",
    "ROLE_GRANTS",
    "blueprint",
    "hash_password",
    "load_actor",
    "local_actor",
    "login_required",
    "role_required",
]
