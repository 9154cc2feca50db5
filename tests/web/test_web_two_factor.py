"""Optional two-factor sign-in for the organisation's adults (django-otp, TOTP)."""

from __future__ import annotations

import re
import time
from binascii import unhexlify

import pytest
from django.test import Client
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice

from chaperone.audit.event_types import EventType
from chaperone.audit.models import AuditEntry
from chaperone.web.views.account import SETUP_KEY
from tests.web.conftest import PASSWORD, shape, with_password

pytestmark = pytest.mark.django_db


def code_for(key_hex: str) -> str:
    totp = TOTP(unhexlify(key_hex))
    totp.time = time.time()
    return f"{totp.token():06d}"


def turn_on(client) -> str:
    r = client.get("/account/two-factor/")
    assert r.status_code == 200
    key = client.session[SETUP_KEY]
    r = client.post("/account/two-factor/", {"code": code_for(key)})
    assert r.status_code == 302, r.content.decode()
    return key


def test_setting_up_shows_a_qr_code_and_the_key_in_words(as_person, cast):
    r = as_person(cast.coach_alex).get("/account/two-factor/")
    page = r.content.decode()
    assert "Status: off" in page
    assert '<svg role="img" aria-label="QR code for your authenticator app"' in page
    assert re.search(r'<code class="key">([A-Z2-7]{4} ){7}[A-Z2-7]{4}</code>', page)
    assert not shape(r).unlabelled()
    assert not TOTPDevice.objects.exists()  # nothing stored until a code proves the app has it


def test_a_wrong_code_does_not_turn_it_on(as_person, cast):
    client = as_person(cast.coach_alex)
    client.get("/account/two-factor/")
    r = client.post("/account/two-factor/", {"code": "000000"})
    assert r.status_code == 400
    assert "did not match" in r.content.decode()
    assert not TOTPDevice.objects.exists()


def test_turning_it_on_is_recorded_and_keeps_this_session(as_person, cast):
    client = as_person(cast.coach_alex)
    turn_on(client)
    device = TOTPDevice.objects.get(user=cast.coach_alex)
    assert device.confirmed
    assert AuditEntry.objects.filter(event_type=EventType.TWO_FACTOR_ENABLED).count() == 1
    page = client.get("/account/two-factor/").content.decode()
    assert "Status: on" in page
    assert client.get("/").status_code == 200


def test_signing_in_then_asks_for_the_code_before_any_page(cast, clock):
    with_password(cast.coach_alex)
    setup = Client()
    setup.force_login(cast.coach_alex)
    key = turn_on(setup)
    clock.tick(31)  # the code used to turn it on cannot be used again

    client = Client()
    r = client.post("/login/", {"username": "alex@test.example", "password": PASSWORD})
    assert r.status_code == 302 and r["Location"] == "/login/code/"
    # Not signed in yet: pages and the API still say no.
    assert client.get("/").status_code == 302
    assert client.get("/api/v1/me").status_code == 401
    r = client.post("/login/code/", {"code": "123456"})
    assert r.status_code == 400 and "did not match" in r.content.decode()
    clock.tick(2)  # each wrong code makes the next try wait a little longer
    r = client.post("/login/code/", {"code": code_for(key)})
    assert r.status_code == 302 and r["Location"] == "/"
    assert client.get("/").status_code == 200


def test_the_code_step_expires(cast, clock):
    with_password(cast.coach_alex)
    setup = Client()
    setup.force_login(cast.coach_alex)
    key = turn_on(setup)
    client = Client()
    client.post("/login/", {"username": "alex@test.example", "password": PASSWORD})
    clock.tick(301)
    r = client.post("/login/code/", {"code": code_for(key)})
    assert r.status_code == 302 and r["Location"] == "/login/"
    assert client.get("/").status_code == 302


def test_a_session_without_the_code_is_signed_out_once_two_factor_is_on(as_person, cast):
    other_session = as_person(cast.coach_alex)
    assert other_session.get("/").status_code == 200
    turn_on(as_person(cast.coach_alex))
    r = other_session.get("/")
    assert r.status_code == 302 and r["Location"].startswith("/login/")
    assert other_session.get("/").status_code == 302


def test_without_two_factor_signing_in_needs_no_code(client, cast):
    with_password(cast.staff_jordan)
    r = client.post("/login/", {"username": "jordan@test.example", "password": PASSWORD})
    assert r["Location"] == "/"


def test_two_factor_is_for_the_organisations_adults(as_person, cast):
    assert as_person(cast.parent_jo).get("/account/two-factor/").status_code == 403
    assert as_person(cast.child_sam).get("/account/two-factor/").status_code == 403
    for person in (cast.dsl_priya, cast.admin_asha, cast.volunteer_chris):
        assert as_person(person).get("/account/two-factor/").status_code == 200
