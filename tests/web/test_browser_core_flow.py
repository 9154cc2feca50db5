"""The core flow in Debian's chromium against a real server: a coach sends to a group and reads
"delivered"; a parent reads the copy on their child's page and withdraws consent; the coach's
next message names the child as not reached under M3. Then two-factor sign-in, end to end."""

from __future__ import annotations

import re
import time
from base64 import b32decode

import pytest
from django_otp.oath import TOTP

from tests.conftest import chromium_path
from tests.web.conftest import PASSWORD, with_password

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

CHROMIUM_ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture
def clock():
    """The real clock: a live server runs in its own thread, so time is not frozen here; the
    organisation's hours cover the whole day instead (``all_day_hours``)."""
    yield None


@pytest.fixture
def browser(monkeypatch):
    from django.db import connections
    from playwright.sync_api import sync_playwright

    # Playwright's sync API keeps an event loop in this thread; the test's own database calls
    # are still synchronous (Django documents this switch for exactly this case).
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
        try:
            yield chromium
        finally:
            chromium.close()
            # The test's own queries ran while Playwright's event loop was set, on connections
            # the test database's teardown cannot see: left open, PostgreSQL refuses to drop
            # the database ("being accessed by other users").
            connections.close_all()


def sign_in(browser, live_server, email: str, *, phone=False):
    context = browser.new_context(
        viewport={"width": 390, "height": 844} if phone else {"width": 1280, "height": 900}
    )
    page = context.new_page()
    page.set_default_timeout(15_000)
    page.goto(f"{live_server.url}/login/")
    page.get_by_label("Email address").fill(email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    return page


def test_core_flow_send_copy_withdraw_and_m3(browser, live_server, cast, all_day_hours):
    with_password(cast.coach_alex)
    with_password(cast.parent_jo)

    # Alex, at a desk, opens a group space with Jordan, Sam and Leo.
    alex = sign_in(browser, live_server, "alex@test.example")
    alex.get_by_role("heading", name="Hello, Alex").wait_for()
    alex.get_by_role("link", name="New space").click()
    alex.get_by_label("Group: several members talking").check()
    alex.get_by_label("Name").fill("Under-15s football")
    for name in ("Jordan (staff)", "Sam (young person, 14)", "Leo (young person, 17)"):
        alex.get_by_label(name).check()
    alex.get_by_role("button", name="Create space").click()
    alex.get_by_role("heading", name=re.compile("Under-15s football")).wait_for()

    alex.get_by_label("Your message").fill("Well played today, everyone. Kit is in the store.")
    alex.get_by_role("button", name="Send").click()
    notice = alex.locator("#notice")
    notice.wait_for()
    assert "Delivered" in notice.inner_text()
    assert "Not reached" not in notice.inner_text()
    assert alex.get_by_text("Well played today, everyone.").count() == 1

    # Jo, on a phone, reads the copy on Sam's page and withdraws Sam's messages consent.
    jo = sign_in(browser, live_server, "jo@test.example", phone=True)
    jo.get_by_role("link", name="Sam: messages and consents").click()
    jo.get_by_role("heading", name="Every message sent to Sam").wait_for()
    assert jo.get_by_text("Well played today, everyone. Kit is in the store.").count() == 1
    jo.get_by_role("button", name="Withdraw consent for Messages on Chaperone").click()
    jo.get_by_text("is withdrawn for Sam").wait_for()
    row = jo.get_by_role("row", name=re.compile("Messages on Chaperone"))
    assert "Off" in row.inner_text()
    assert jo.get_by_text(re.compile("Jo withdrew consent for messages on chaperone")).count() == 1

    # Alex's next message: Sam is not reached, under M3.
    alex.get_by_label("Your message").fill("Training moves indoors.")
    alex.get_by_role("button", name="Send").click()
    notice = alex.locator("#notice")
    notice.wait_for()
    text = notice.inner_text()
    assert "Not reached" in text
    assert re.search(r"M3\s+Sam: no parent's consent", text), text

    # Jo sees the first message only: the second never went to Sam.
    jo.reload()
    assert jo.get_by_text("Training moves indoors").count() == 0
    jo.context.close()
    alex.context.close()


def test_skip_link_is_the_first_stop_and_becomes_visible(browser, live_server, cast):
    with_password(cast.parent_jo)
    page = sign_in(browser, live_server, "jo@test.example", phone=True)
    page.get_by_role("heading", name="Hello, Jo").wait_for()
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.textContent")
    assert focused.strip() == "Skip to main content"
    box = page.get_by_role("link", name="Skip to main content").bounding_box()
    assert box is not None and box["y"] >= 0
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"
    # On a phone the page does not scroll sideways (reflow, WCAG 1.4.10).
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    page.context.close()


def test_two_factor_turned_on_then_asked_at_sign_in(browser, live_server, cast):
    with_password(cast.coach_alex)
    page = sign_in(browser, live_server, "alex@test.example")
    page.get_by_role("link", name="Two-factor sign-in").click()
    assert page.get_by_role("img", name="QR code for your authenticator app").count() == 1
    key = page.locator("code.key").inner_text().replace(" ", "")
    secret = b32decode(key + "=" * (-len(key) % 8))

    def code(offset=0):
        totp = TOTP(secret)
        totp.time = time.time() + offset
        return f"{totp.token():06d}"

    page.get_by_label("6-digit code from your authenticator app").fill(code())
    page.get_by_role("button", name="Turn on two-factor sign-in").click()
    page.get_by_text("Status: on").wait_for()
    page.get_by_role("button", name=re.compile("Sign out")).click()

    page.get_by_label("Email address").fill("alex@test.example")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.get_by_role("heading", name="Enter your code").wait_for()
    # The code used to turn it on cannot be used again: the next one (30 s on) is accepted,
    # as an app allows one step of clock drift.
    page.get_by_label("6-digit code from your authenticator app").fill(code(30))
    page.get_by_role("button", name="Continue").click()
    page.get_by_role("heading", name="Hello, Alex").wait_for()
    page.context.close()
