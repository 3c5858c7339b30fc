"""The review desk in a real browser (Debian's Chromium driven by Playwright).

One server for the module (waitress, logins on) over the sample store; one browser; a context
per person. The tests run in file order on the same store: the last one brings every case of
the sample inbox to "ready for a decision" through the pages alone.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import sync_playwright
from review_sample import CHILD_CODE, build_sample_store

from asistents.review.app import DeskSettings, create_app
from asistents.review.auth import hash_password
from asistents.store import Store

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
PASSWORD = "pareiza-parole-123"


@dataclass
class Desk:
    url: str
    store: Store
    browser: Any

    def login(self, name: str, password: str = PASSWORD, *, images: bool = True) -> Any:
        """A new browser context logged in as `name`; returns its page. `images=False`: page
        images are not fetched (tests of the forms only; rendering them costs time)."""
        context = self.browser.new_context(viewport={"width": 1400, "height": 900})
        if not images:
            context.route("**/pages/*.jpg", lambda route: route.abort())
        page = context.new_page()
        page.goto(f"{self.url}/login")
        page.fill("input[name=name]", name)
        page.fill("input[name=password]", password)
        page.click("button.primary")
        assert page.url.rstrip("/") == self.url, page.content()
        return page

    def case_id(self, client: str) -> str:
        return next(s.case_id for s in self.store.case_summaries() if s.client_name == client)


@pytest.fixture(scope="module")
def desk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Desk]:
    if not CHROMIUM.exists():
        pytest.fail("Debian's chromium is not installed (bash scripts/setup.sh --tests)")
    from waitress import create_server

    root = tmp_path_factory.mktemp("desk")
    sample = build_sample_store(root)
    store = Store(sample.db_url)
    store.add_user("lietvede", "clerk", hash_password(PASSWORD))
    store.add_user("socdarbiniece", "social_worker", hash_password(PASSWORD))
    store.add_user("aizmaršīgais", "clerk", hash_password(PASSWORD))
    app = create_app(store, DeskSettings(login_required=True, cache_dir=root / "lapas"))
    server = create_server(app, host="127.0.0.1", port=0, threads=4)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield Desk(f"http://127.0.0.1:{server.effective_port}", store, browser)
        finally:
            browser.close()
            server.close()
            thread.join(timeout=5)
            store.close()


def field_row(page: Any, file: str, field: str) -> Any:
    document = page.locator("article.document", has=page.locator(f"h3:has-text('{file}')"))
    return document.locator(f"form.fieldrow[data-field='{field}']")


def test_a_doubtful_code_is_corrected_and_the_held_refusal_becomes_a_refusal(desk: Desk) -> None:
    page = desk.login("lietvede")
    case_id = desk.case_id("Emīlija Sproģe")
    page.click(f"text={case_id}")
    # The URL changes when the navigation commits, the title once the page is parsed: wait
    # for the page itself (on a loaded machine the title was read still empty).
    page.wait_for_url(f"**/cases/{case_id}")
    page.wait_for_load_state("domcontentloaded")
    assert page.url.endswith(f"/cases/{case_id}")
    assert page.title() == f"Lieta {case_id} · Pārskatīšana"  # no name in a title or URL
    row = field_row(page, "scan_0041.pdf", "client_personal_code")
    assert "doubtful" in (row.get_attribute("class") or "")
    assert "jāpārbauda" in page.inner_text("#assessment .result")
    facts = page.inner_text("#assessment .facts")  # the act by its name, not the data's key
    assert "Ministru kabineta 2012. gada 18. decembra noteikumi Nr. 942" in facts
    assert "mk942" not in facts
    assert page.locator("#findings .message", has_text="kontrolciparam").count() == 1

    row.locator("summary").click()
    row.locator("input[name=value]").fill("051016-20905")
    row.locator("button[value=set]").click()
    row = field_row(page, "scan_0041.pdf", "client_personal_code")
    assert "kontrolciparam" in row.locator(".field-error").inner_text()
    assert page.locator("#findings .message", has_text="kontrolciparam").count() == 1

    row.locator("input[name=value]").fill(CHILD_CODE)
    row.locator("input[name=why]").fill("pēc oriģināla")
    row.locator("button[value=set]").click()
    change = page.locator(".alert.change")
    assert "Labots lauks" in change.inner_text()
    assert "kontrolciparam" in change.locator("ul.closed").inner_text()
    assert "atteikt" in change.locator(".assessment-change strong").inner_text()
    assert page.locator("#findings .message", has_text="kontrolciparam").count() == 0
    assert page.inner_text("#assessment .result") == "atteikt"  # no longer held
    assert page.locator("#findings .pill.kind-ineligible").count() == 1

    page.reload()
    row = field_row(page, "scan_0041.pdf", "client_personal_code")
    assert row.locator(".shown").inner_text() == CHILD_CODE
    assert "051016-20901" in row.locator(".fix").inner_text()
    assert "lietvede" in row.locator(".fix").inner_text()
    # Dates read as official Latvian writes them; the correction box keeps the ISO value.
    assert re.search(r"\d{2}\.\d{2}\.\d{4}\. \d{2}:\d{2}", row.locator(".fix").inner_text())
    submitted = field_row(page, "scan_0041.pdf", "submitted_on")
    assert re.fullmatch(r"\d{2}\.\d{2}\.\d{4}\.", submitted.locator(".shown").inner_text())
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}",
                        submitted.locator("input[name=value]").get_attribute("value") or "")
    audit = page.locator("#audit tr.audit-field_corrected")
    assert audit.count() == 1 and "lietvede" in audit.inner_text()
    assert CHILD_CODE not in page.url
    page.context.close()


def test_a_doubtful_field_is_marked_on_the_page_image(desk: Desk) -> None:
    page = desk.login("lietvede")
    page.goto(f"{desk.url}/cases/{desk.case_id('Anna Kalniņa')}")
    document = page.locator("article.document", has=page.locator("h3:has-text('izziņa_skola.pdf')"))
    box = document.locator("svg.boxes rect[data-field='personal_code']")
    assert box.count() == 1
    image = document.locator("figure.page img").first
    image.scroll_into_view_if_needed()
    page.wait_for_function("img => img.complete && img.naturalWidth > 0",
                           arg=image.element_handle())
    assert image.evaluate("img => img.naturalWidth") == 1100
    page.context.close()


def test_a_value_below_the_confident_bar_asks_for_a_glance_but_blocks_nothing(desk: Desk) -> None:
    page = desk.login("lietvede", images=False)
    page.goto(f"{desk.url}/cases/{desk.case_id('Marta Ozoliņa')}")
    row = field_row(page, "apliecinajums.pdf", "hours_per_week")
    assert "glance" in (row.get_attribute("class") or "")
    assert "pārbaudiet · 85%" in row.locator(".conf").inner_text()
    heading = page.locator("h3:has-text('apliecinajums.pdf')")
    document = page.locator("article.document", has=heading)
    assert document.locator(".pill.glance").inner_text() == "pārbaudāmi lauki: 1"
    unsure = page.locator("#findings article.finding", has_text="Nedroši nolasīti")
    assert unsure.filter(has_text="apliecinajums.pdf").count() == 0

    row.locator("button[value=confirm]").click()
    row = field_row(page, "apliecinajums.pdf", "hours_per_week")
    assert "glance" not in (row.get_attribute("class") or "")
    assert "apstiprināts" in row.locator(".fix").inner_text()
    page.context.close()


def test_a_change_from_a_stale_page_is_refused_with_the_fresh_page(desk: Desk) -> None:
    case_id = desk.case_id("Jānis Bērziņš")
    first = desk.login("lietvede", images=False)
    second = desk.login("socdarbiniece", images=False)
    for page in (first, second):
        page.goto(f"{desk.url}/cases/{case_id}")
    first.fill("#findings form.resolve input[name=note]", "izziņa saņemta e-pastā 3. martā")
    first.click("#findings form.resolve button")
    assert "Atradums atrisināts" in first.inner_text(".alert.change")

    row = field_row(second, "dokuments.pdf", "phone")
    row.locator("summary").click()
    row.locator("input[name=value]").fill("29000000")
    with second.expect_response(lambda r: r.request.method == "POST") as answer:
        row.locator("button[value=set]").click()
    assert answer.value.status == 409
    assert "Jūsu izmaiņas nav saglabātas" in second.inner_text(".alert.stale")
    assert second.locator("#findings .resolution").count() == 1  # the fresh page
    application = next(d for d in desk.store.case_documents(case_id)
                       if d.display_name.endswith("/dokuments.pdf"))
    assert desk.store.corrections_for([application.sha256]) == {}
    first.context.close()
    second.context.close()


def test_a_clerk_cannot_mark_a_case_ready(desk: Desk) -> None:
    case_id = desk.case_id("Pēteris Liepa")  # nothing open
    page = desk.login("lietvede")
    page.goto(f"{desk.url}/cases/{case_id}")
    assert page.locator("#mark-ready").count() == 0
    assert "sociālais darbinieks" in page.inner_text(".readiness")
    token = page.locator("input[name=csrf_token]").first.get_attribute("value")
    version = page.locator("input[name=version]").first.get_attribute("value")
    answer = page.request.post(f"{desk.url}/cases/{case_id}/ready",
                               form={"csrf_token": token, "version": version, "ready": "1"})
    assert answer.status == 403
    assert not desk.store.case_summary(case_id).ready  # type: ignore[union-attr]
    page.context.close()


def test_a_post_without_a_csrf_token_is_refused(desk: Desk) -> None:
    case_id = desk.case_id("Pēteris Liepa")
    page = desk.login("socdarbiniece")
    page.goto(f"{desk.url}/cases/{case_id}")
    version = page.locator("input[name=version]").first.get_attribute("value")
    answer = page.request.post(f"{desk.url}/cases/{case_id}/ready",
                               form={"version": version, "ready": "1"})
    assert answer.status == 400
    assert "drošības pilnvaras" in answer.text()
    assert not desk.store.case_summary(case_id).ready  # type: ignore[union-attr]
    page.context.close()


def test_a_wrong_password_is_refused_and_repeated_failures_lock(desk: Desk) -> None:
    context = desk.browser.new_context()
    page = context.new_page()
    page.goto(f"{desk.url}/login")
    messages = []
    for _ in range(5):
        page.fill("input[name=name]", "aizmaršīgais")
        page.fill("input[name=password]", "nepareiza parole")
        page.click("button.primary")
        messages.append(page.inner_text(".alert.error"))
    assert messages[0] == "Nepareizs lietotāja vārds vai parole."
    assert "bloķēts" in messages[-1]
    page.fill("input[name=name]", "aizmaršīgais")
    page.fill("input[name=password]", PASSWORD)
    page.click("button.primary")
    assert "bloķēts" in page.inner_text(".alert.error")  # the right password waits too
    assert page.url.endswith("/login")
    page.goto(f"{desk.url}/")
    assert page.url.startswith(f"{desk.url}/login")  # nothing without logging in
    cookie = next(c for c in context.cookies() if c["name"] == "asistents_desk")
    assert cookie["httpOnly"] and cookie["sameSite"] == "Strict"
    context.close()


def test_pages_carry_the_security_headers(desk: Desk) -> None:
    page = desk.login("lietvede")
    answer = page.goto(f"{desk.url}/cases/{desk.case_id('Anna Kalniņa')}")
    headers = answer.headers
    assert "script-src 'self'" in headers["content-security-policy"]
    assert "unsafe-inline" not in headers["content-security-policy"]
    assert headers["x-frame-options"] == "DENY"
    assert headers["cache-control"] == "no-store"
    page.context.close()


def test_every_sample_case_is_brought_to_ready_through_the_pages(desk: Desk) -> None:
    page = desk.login("socdarbiniece", images=False)
    case_ids = [s.case_id for s in desk.store.case_summaries()]
    assert len(case_ids) == 14
    for case_id in case_ids:
        page.goto(f"{desk.url}/cases/{case_id}")
        for _ in range(20):  # what a person does: confirm what was read, resolve the rest
            doubtful = page.locator("form.fieldrow.doubtful button[value=confirm]")
            open_finding = page.locator("#findings form.resolve")
            if doubtful.count():
                doubtful.first.click()
            elif page.locator("#mark-ready[disabled]").count() and open_finding.count():
                open_finding.first.locator("input[name=note]").fill(
                    "pārbaudīts: dokuments pieprasīts, saņemts e-pastā")
                open_finding.first.locator("button").click()
            else:
                break
        page.click("#mark-ready")
        assert "gatava lēmumam" in page.inner_text(".alert.change"), case_id
    page.goto(f"{desk.url}/?status=ready")
    assert page.locator("#cases tbody tr[data-filter]").count() == 14
    counts = re.findall(r"Gatava lēmumam\s*(\d+)", page.inner_text(".tabs"))
    assert counts == ["14"]
    page.context.close()
