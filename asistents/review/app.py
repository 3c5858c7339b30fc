"""The review desk's web application (Flask), its security settings and how it is served.

Flask because it is small, server-rendered and has a maintained ecosystem for what a desk with
health data needs: Flask-WTF's CSRFProtect (a token on every form, a POST without one is
refused), signed HttpOnly SameSite=Strict session cookies, Jinja autoescaping; argon2-cffi
hashes passwords; waitress serves it (pure Python, threads, no compiler, runs on Windows too).
See docs/design.md for the choice.
"""

from __future__ import annotations

import ipaddress
import logging
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any

from flask import Flask, g, render_template, request
from flask_wtf.csrf import CSRFError, CSRFProtect
from werkzeug.wrappers import Response

from ..case_checks import CheckSettings
from . import auth, pages
from .desk import Desk
from .page_images import PageImages

log = logging.getLogger(__name__)

# No inline script or style anywhere: the pages load /static only.
CONTENT_SECURITY_POLICY = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
    "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
)


@dataclass(frozen=True)
class DeskSettings:
    """How the desk runs; the `review` command's options map onto these."""

    login_required: bool = True
    secure_cookies: bool = False  # served behind https: cookies only over https
    cache_dir: Path | None = None  # page images; default: next to a SQLite store
    checks: CheckSettings = field(default_factory=CheckSettings)


def create_app(store: Any, settings: DeskSettings | None = None) -> Flask:
    """The desk over an open `Store`."""
    settings = settings or DeskSettings()
    app = Flask(__name__, static_folder="static", template_folder="templates")
    app.config.update(
        SECRET_KEY=store.review_secret(),
        STORE=store,
        DESK=Desk(store, settings.checks),
        PAGE_IMAGES=PageImages(settings.cache_dir or default_cache_dir(store)),
        LOGIN_REQUIRED=settings.login_required,
        LOCAL_ACTOR=None if settings.login_required else auth.local_actor(),
        SESSION_COOKIE_NAME="asistents_desk",
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Strict",
        SESSION_COOKIE_SECURE=settings.secure_cookies,
        PERMANENT_SESSION_LIFETIME=timedelta(hours=auth.SESSION_HOURS),
        # A page left open over lunch still submits: the token lives as long as the session.
        WTF_CSRF_TIME_LIMIT=None,
        WTF_CSRF_SSL_STRICT=settings.secure_cookies,
        MAX_CONTENT_LENGTH=1 << 20,  # forms only; nothing is uploaded
        TEMPLATES_AUTO_RELOAD=False,
    )
    CSRFProtect(app)
    app.jinja_env.trim_blocks = True
    app.jinja_env.lstrip_blocks = True
    app.before_request(auth.load_actor)
    app.after_request(_security_headers)
    app.register_blueprint(auth.blueprint)
    app.register_blueprint(pages.blueprint)
    pages.install_filters(app)

    @app.errorhandler(CSRFError)
    def csrf_refused(error: CSRFError) -> tuple[str, int]:
        log.warning("a POST without a valid CSRF token was refused")
        return render_template(
            "error.html", title="Forma nav derīga",
            message="Formai trūkst drošības pilnvaras vai tā ir novecojusi. "
                    "Atveriet lapu no jauna un atkārtojiet darbību.",
        ), 400

    @app.errorhandler(404)
    def not_found(error: Exception) -> tuple[str, int]:
        return render_template("error.html", title="Nav atrasts",
                               message="Šādas lapas nav."), 404

    @app.errorhandler(413)
    def too_large(error: Exception) -> tuple[str, int]:
        return render_template("error.html", title="Pārāk liels pieprasījums",
                               message="Forma ir pārāk liela."), 413

    @app.errorhandler(500)
    def failed(error: Exception) -> tuple[str, int]:
        return render_template("error.html", title="Kļūda",
                               message="Radās kļūda; izmaiņas nav saglabātas. "
                                       "Atveriet lapu no jauna."), 500

    return app


def default_cache_dir(store: Any) -> Path:
    """Page images beside a SQLite store (the same data, the same protection), else in the
    user's cache folder."""
    from sqlalchemy.engine import make_url

    url = make_url(store.url)
    if url.get_backend_name() == "sqlite" and url.database and url.database != ":memory:":
        return Path(url.database).expanduser().resolve().parent / ".asistents-lapas"
    return Path.home() / ".cache" / "asistents" / "lapas"


def is_loopback(host: str) -> bool:
    """True for 127.0.0.0/8, ::1 and localhost: reachable only from this computer."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def serve(app: Flask, host: str, port: int, *, threads: int = 4) -> None:  # pragma: no cover
    """Serve with waitress until interrupted."""
    from waitress import serve as waitress_serve

    waitress_serve(app, host=host, port=port, threads=threads, ident="asistents")


def _security_headers(response: Response) -> Response:
    headers = response.headers
    headers["Content-Security-Policy"] = CONTENT_SECURITY_POLICY
    headers["X-Frame-Options"] = "DENY"
    headers["X-Content-Type-Options"] = "nosniff"
    headers["Referrer-Policy"] = "no-referrer"
    headers["Cross-Origin-Opener-Policy"] = "same-origin"
    headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()"
    if request.path.startswith("/static/"):
        headers["Cache-Control"] = "public, max-age=3600"
    else:
        # Pages and page images carry personal data: never kept by the browser or a proxy.
        headers["Cache-Control"] = "no-store"
        headers["Pragma"] = "no-cache"
    if g.get("actor") is not None:
        headers["Vary"] = "Cookie"
    return response


__all__ = ["CONTENT_SECURITY_POLICY", "DeskSettings", "create_app", "is_loopback", "serve"]
