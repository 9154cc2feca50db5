"""Every endpoint refuses another organisation's user; bad input is a clear 4xx, never a 500."""

from __future__ import annotations

import json
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from chaperone.api import api as ninja_api
from chaperone.audit.models import AuditEntry
from chaperone.messaging.models import ContactApproval, Message

pytestmark = pytest.mark.django_db


@pytest.fixture
def world(api, cast):
    alex = api(cast.coach_alex)
    space = alex.post(
        "/spaces",
        {
            "kind": "group",
            "name": "Football",
            "member_ids": [cast.staff_jordan.pk, cast.child_sam.pk],
        },
    ).json()
    mid = alex.post(f"/spaces/{space['id']}/messages", {"body": "Training at 6"}).json()["id"]
    direct = alex.post(
        "/spaces/direct", {"person_id": cast.child_sam.pk, "purpose": "trial"}
    ).json()
    item = api(cast.child_sam).post("/reports", {"message_id": mid, "reason": "mean"}).json()
    api(cast.child_sam).post("/concerns", {"summary": "worried about a message"})
    concern = api(cast.dsl_priya).get("/concerns").json()[0]
    case = api(cast.dsl_priya).post(f"/concerns/{concern['id']}/case").json()
    post = alex.post("/posts", {"text": "Great match on Saturday!"}).json()
    photo = _photo(cast)
    return {
        "person_id": cast.child_sam.pk,
        "child_id": cast.child_sam.pk,
        "space_id": space["id"],
        "message_id": mid,
        "request_id": direct["approval"]["id"],
        "item_id": item["id"],
        "concern_id": concern["id"],
        "case_id": case["id"],
        "post_id": post["id"],
        "photo_id": photo.pk,
    }


def _photo(cast):
    import io

    from django.core.files.uploadedfile import SimpleUploadedFile
    from PIL import Image

    from chaperone.media.actions import do_upload_photo

    buf = io.BytesIO()
    Image.new("RGB", (8, 8), "green").save(buf, "JPEG")
    upload = SimpleUploadedFile("team.jpg", buf.getvalue(), content_type="image/jpeg")
    return do_upload_photo(cast.coach_alex, upload, [cast.child_sam])


BODIES = {
    "/api/v1/people": {"email": "x@y.example", "display_name": "X", "role": "staff"},
    "/api/v1/people/{child_id}/guardians": {"guardian_id": 1},
    "/api/v1/people/{child_id}/consents": {"channel": "messages", "granted": False},
    "/api/v1/spaces": {"kind": "group", "name": "x", "member_ids": []},
    "/api/v1/spaces/direct": {"person_id": 1, "purpose": "x"},
    "/api/v1/spaces/{space_id}/members": {"person_id": 1},
    "/api/v1/spaces/{space_id}/messages": {"body": "hello"},
    "/api/v1/spaces/{space_id}/contact-requests": {"purpose": "x"},
    "/api/v1/contact-requests/{request_id}/decision": {"approved": True},
    "/api/v1/messages/{message_id}": {"body": "changed"},
    "/api/v1/messages/{message_id}/release": {"reason": "x"},
    "/api/v1/review-queue/{item_id}/decision": {"decision": "remove", "reason": "x"},
    "/api/v1/cases/{case_id}/entries": {"kind": "note", "text": "x"},
    "/api/v1/posts/{post_id}": {"text": "changed"},
}


def _routes():
    schema = ninja_api.get_openapi_schema()
    for path, ops in schema["paths"].items():
        for method in ops:
            yield path, method


def test_every_endpoint_refuses_a_user_of_another_organisation(api, cast, world):
    olga = api(cast.other_admin_olga)
    before_messages = Message.objects.count()
    before_audit = AuditEntry.objects.filter(organisation=cast.coach_alex.organisation).count()
    checked = 0
    for path, method in _routes():
        params = re.findall(r"{(\w+)}", path)
        if not params:
            continue
        url = path.replace("/api/v1", "")
        for p in params:
            url = url.replace("{" + p + "}", str(world[p]))
        body = BODIES.get(path)
        r = (
            getattr(olga, method)(url, body)
            if method in ("post", "patch")
            else getattr(olga, method)(url)
        )
        assert r.status_code in (403, 404), (method, url, r.status_code, r.content[:200])
        checked += 1
    assert checked >= 14
    assert Message.objects.count() == before_messages
    assert (
        AuditEntry.objects.filter(organisation=cast.coach_alex.organisation).count() == before_audit
    )
    # Lists show only one's own organisation.
    assert {p["id"] for p in olga.get("/people").json()} == {
        cast.other_admin_olga.pk,
        cast.other_child_oscar.pk,
    }
    assert olga.get("/spaces").json() == []
    # And Riverside's people cannot reach Elsewhere's child.
    r = api(cast.coach_alex).post(
        "/spaces/direct", {"person_id": cast.other_child_oscar.pk, "purpose": "x"}
    )
    assert r.status_code == 404


def test_every_endpoint_needs_a_login(client, cast, world):
    for path, method in _routes():
        url = path
        for p in re.findall(r"{(\w+)}", path):
            url = url.replace("{" + p + "}", str(world[p]))
        r = getattr(client, method)(url, content_type="application/json")
        assert r.status_code == 401, (method, url)
        assert r.json()["detail"]


def test_openapi_schema_is_served(client):
    r = client.get("/api/v1/openapi.json")
    assert r.status_code == 200 and r.json()["info"]["title"] == "Chaperone"


@pytest.mark.parametrize(
    "raw,status",
    [
        ("{not json", 400),
        ('{"body": 12}', 422),
        ('{"body": ""}', 422),
        ('{"body": "hi", "extra": 1}', 422),
        ('{"body": ["a"]}', 422),
        ("[]", 422),
        ('{"body": "' + "x" * 6000 + '"}', 422),
        ('{"body": "' + "x" * 300_000 + '"}', 413),
        ('{"body": "nul \\u0000 inside"}', 400),
    ],
)
def test_bad_input_to_send_is_a_clear_4xx_and_changes_nothing(api, cast, world, raw, status):
    before = Message.objects.count()
    r = api(cast.coach_alex).post(f"/spaces/{world['space_id']}/messages", raw=raw)
    assert r.status_code == status, r.content[:300]
    assert r.json()["detail"]
    assert Message.objects.count() == before


@pytest.mark.parametrize(
    "url",
    [
        "/spaces/0/messages",
        "/spaces/99999999/messages",
        "/spaces/99999999999999999999999/messages",
        "/spaces/abc/messages",
        "/people/-1",
        "/messages/1e9",
    ],
)
def test_unknown_ids_are_404(api, cast, url):
    r = api(cast.coach_alex).get(url)
    assert r.status_code == 404


def test_bad_values_are_explained(api, cast):
    admin = api(cast.admin_asha)
    r = admin.post("/people", {"email": "not-an-email", "display_name": "X", "role": "staff"})
    assert r.status_code == 400 and "email" in r.json()["detail"]
    r = admin.post("/people", {"email": "a@b.example", "display_name": "X", "role": "wizard"})
    assert r.status_code == 400 and "role" in r.json()["detail"]
    r = admin.post("/people", {"email": "y@b.example", "display_name": "Y", "role": "young_person"})
    assert r.status_code == 400 and "date of birth" in r.json()["detail"]
    r = admin.post(
        "/people",
        {
            "email": "z@b.example",
            "display_name": "Z",
            "role": "young_person",
            "date_of_birth": "2999-01-01",
        },
    )
    assert r.status_code == 400
    r = admin.post(
        "/people",
        {
            "email": "w@b.example",
            "display_name": "W",
            "role": "young_person",
            "date_of_birth": "13/01/2012",
        },
    )
    assert r.status_code == 422
    r = admin.post(
        f"/people/{cast.child_sam.pk}/consents",
        {"channel": "carrier-pigeon", "granted": True, "given_by_id": cast.parent_jo.pk},
    )
    assert r.status_code == 400 and "channel" in r.json()["detail"]
    r = api(cast.coach_alex).post(
        "/people", {"email": "q@b.example", "display_name": "Q", "role": "staff"}
    )
    assert r.status_code == 403


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4)
    ),
    max_leaves=10,
)


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    payload=st.dictionaries(
        st.sampled_from(
            [
                "body",
                "kind",
                "name",
                "member_ids",
                "person_id",
                "purpose",
                "channel",
                "granted",
                "approved",
                "override_reason",
            ]
        ),
        json_values,
        max_size=4,
    )
)
def test_any_json_body_gets_an_answer_below_500(api, cast, world, payload):
    alex = api(cast.coach_alex)
    for path in (
        "/spaces",
        "/spaces/direct",
        f"/spaces/{world['space_id']}/messages",
        f"/people/{cast.child_sam.pk}/consents",
        f"/contact-requests/{world['request_id']}/decision",
    ):
        r = alex.post(path, raw=json.dumps(payload))
        assert r.status_code < 500, (path, payload, r.content[:300])
    assert ContactApproval.objects.count() >= 1
