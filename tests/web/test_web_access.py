"""Every page: scoped to the organisation (another organisation's id is a 404), whom to contact
on every page (D2), and the shape WCAG 2.2 AA asks of it (language, skip link, landmarks, one
h1, a label for every control)."""

from __future__ import annotations

import pytest

from chaperone.messaging.actions import do_open_direct, do_send_message
from chaperone.messaging.facts import current_approval
from tests.web.conftest import football, shape

pytestmark = pytest.mark.django_db


@pytest.fixture
def world(cast, all_day_hours):
    space = football(cast)
    message = do_send_message(cast.coach_alex, space, "Kit is in the store.").message
    supervised = do_open_direct(cast.coach_alex, cast.child_sam, purpose="county trial")
    return {
        "space": space,
        "message": message,
        "supervised": supervised,
        "approval": current_approval(supervised),
    }


def pages_for(cast, world):
    s, m = world["space"], world["message"]
    return {
        "coach_alex": [
            "/",
            f"/spaces/{s.pk}/",
            f"/messages/{m.pk}/",
            "/direct/",
            "/spaces/new/",
            "/account/two-factor/",
            f"/spaces/{world['supervised'].pk}/",
        ],
        "parent_jo": ["/", f"/children/{cast.child_sam.pk}/", f"/spaces/{world['supervised'].pk}/"],
        "child_sam": ["/", f"/spaces/{s.pk}/", "/direct/"],
        "dsl_priya": ["/", f"/spaces/{s.pk}/", "/account/two-factor/"],
    }


def check_shape(response, url):
    html = response.content.decode()
    page = shape(response)
    assert '<html lang="en-GB">' in html, url
    assert '<meta name="viewport" content="width=device-width, initial-scale=1">' in html, url
    assert page.has("a", href="#main", **{"class": "skip-link"}), url
    assert page.has("main", id="main"), url
    assert page.has("header", **{"class": "site-header"}), url
    assert page.has("aside", **{"aria-labelledby": "contacts-title"}), url
    assert page.h1 == 1, url
    assert not page.unlabelled(), (url, page.unlabelled())
    assert "/static/web/site.css" in html, url


def test_every_page_has_the_accessible_shape_and_whom_to_contact(as_person, cast, world):
    for who, urls in pages_for(cast, world).items():
        client = as_person(getattr(cast, who))
        for url in urls:
            r = client.get(url)
            assert r.status_code == 200, (who, url, r.status_code)
            check_shape(r, url)
            html = r.content.decode()
            assert "Priya (welfare lead)" in html, url
            assert 'href="mailto:priya@test.example"' in html, url
            assert 'href="tel:08088005000"' in html and "0808 800 5000" in html, url
            assert "CEOP" in html, url


def test_the_sign_in_pages_have_the_shape_and_the_national_help_lines(client, cast):
    r = client.get("/login/")
    check_shape(r, "/login/")
    assert "NSPCC" in r.content.decode() and "CEOP" in r.content.decode()


def test_an_organisations_help_lines_are_shown_and_unsafe_links_dropped(as_person, cast):
    from chaperone.orgs.models import Organisation

    Organisation.objects.filter(pk=cast.admin_asha.organisation_id).update(
        help_lines=[
            {
                "name": "Riverside pastoral team",
                "phone": "01632 960123",
                "url": "javascript:alert(1)",
            },
            {"name": "NSPCC helpline", "phone": "0808 800 5000", "url": "https://www.nspcc.org.uk"},
        ]
    )
    html = as_person(cast.parent_jo).get("/").content.decode()
    assert "Riverside pastoral team" in html and 'href="tel:01632960123"' in html
    assert "javascript:" not in html
    assert "CEOP" in html  # always shown, even when the organisation does not list it


def test_the_stylesheet_is_served(client, cast):
    r = client.get("/static/web/site.css")
    assert r.status_code == 200
    css = b"".join(r.streaming_content) if r.streaming else r.content
    assert b":focus-visible" in css and b".skip-link:focus" in css


def test_another_organisations_ids_are_not_found(as_person, cast, world):
    olga = as_person(cast.other_admin_olga)
    s, m, a = world["space"], world["message"], world["approval"]
    for url in (
        f"/spaces/{s.pk}/",
        f"/messages/{m.pk}/",
        f"/children/{cast.child_sam.pk}/",
    ):
        r = olga.get(url)
        assert r.status_code == 404, url
        assert "Not found" in r.content.decode()
    for url, data in (
        (f"/spaces/{s.pk}/", {"body": "hello"}),
        (f"/messages/{m.pk}/", {"body": "changed"}),
        (f"/spaces/{world['supervised'].pk}/ask-again/", {"purpose": "x"}),
        (f"/children/{cast.child_sam.pk}/consents/", {"channel": "messages", "granted": "no"}),
        (f"/contact-requests/{a.pk}/decision/", {"approved": "yes"}),
    ):
        assert olga.post(url, data).status_code == 404, url
    r = olga.post("/direct/", {"person": cast.child_sam.pk, "purpose": "x"})
    assert r.status_code == 400  # not among the people Olga can choose
    a.refresh_from_db()
    assert a.approved is None


def test_pages_need_sign_in(client, cast, world):
    for url in ("/", f"/spaces/{world['space'].pk}/", "/direct/", "/account/two-factor/"):
        r = client.get(url)
        assert r.status_code == 302 and r["Location"].startswith("/login/?next="), url
