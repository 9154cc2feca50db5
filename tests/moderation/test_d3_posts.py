"""D3: outbound posts are drafted here, screened, approved by a presence manager, then ready."""

from __future__ import annotations

import pytest

from chaperone.audit.models import AuditEntry

pytestmark = pytest.mark.django_db


@pytest.fixture
def manager(cast):
    cast.staff_jordan.presence_manager = True
    cast.staff_jordan.save()
    return cast.staff_jordan


def test_d3_a_post_with_identifying_details_cannot_be_approved(api, cast, manager):
    alex = api(cast.coach_alex)
    r = alex.post(
        "/posts",
        {
            "text": "Well done Sam! Call his mum on 07700 900123 for tickets.",
            "channel": "club facebook page",
        },
    )
    assert r.status_code == 201
    post = r.json()
    assert post["status"] == "draft"
    assert "S1" in {p["rule"] for p in post["problems"]}
    refused = api(manager).post(f"/posts/{post['id']}/approve")
    assert refused.status_code == 409 and "S1" in {x["rule"] for x in refused.json()["reasons"]}
    fixed = alex.patch(f"/posts/{post['id']}", {"text": "Well done to the under-14s!"}).json()
    assert fixed["problems"] == [] and fixed["version"] == 2
    assert api(manager).post(f"/posts/{post['id']}/approve").json()["status"] == "approved"


def test_d3_the_author_cannot_approve_their_own_post_and_ready_needs_approval(api, cast, manager):
    alex = api(cast.coach_alex)
    post = alex.post("/posts", {"text": "Training resumes on Monday."}).json()
    assert alex.post(f"/posts/{post['id']}/approve").status_code == 403
    early = alex.post(f"/posts/{post['id']}/ready")
    assert early.status_code == 409 and early.json()["reasons"][0]["rule"] == "D3"
    api(manager).post(f"/posts/{post['id']}/approve")
    ready = alex.post(f"/posts/{post['id']}/ready")
    assert ready.status_code == 200 and ready.json()["status"] == "ready"
    assert AuditEntry.objects.filter(event_type__in=[820, 822, 823]).count() == 3


def test_d3_an_edit_after_approval_needs_approving_again(api, cast, manager):
    alex = api(cast.coach_alex)
    post = alex.post("/posts", {"text": "Match report to follow."}).json()
    api(manager).post(f"/posts/{post['id']}/approve")
    edited = alex.patch(f"/posts/{post['id']}", {"text": "Match report: we won 3-1."}).json()
    assert edited["status"] == "draft"
    assert alex.post(f"/posts/{post['id']}/ready").status_code == 409


def test_s6_a_post_with_a_photo_of_a_child_without_photo_consent_is_never_published(
    api, cast, manager
):
    import io

    from django.core.files.uploadedfile import SimpleUploadedFile
    from PIL import Image

    from chaperone.media.actions import do_upload_photo
    from chaperone.orgs.actions import do_record_consent

    buf = io.BytesIO()
    Image.new("RGB", (16, 16), "blue").save(buf, "JPEG")
    photo = do_upload_photo(
        cast.coach_alex, SimpleUploadedFile("team.jpg", buf.getvalue()), [cast.child_sam]
    )
    alex = api(cast.coach_alex)
    post = alex.post("/posts", {"text": "Our team at the tournament", "photo_ids": [photo.pk]})
    assert post.status_code == 201
    assert "Sam" in " ".join(p["why"] for p in post.json()["problems"])
    refused = api(manager).post(f"/posts/{post.json()['id']}/approve")
    assert refused.status_code == 409
    do_record_consent(cast.parent_jo, child=cast.child_sam, channel="photos", granted=True)
    assert api(manager).post(f"/posts/{post.json()['id']}/approve").status_code == 200
    do_record_consent(cast.parent_jo, child=cast.child_sam, channel="photos", granted=False)
    late = alex.post(f"/posts/{post.json()['id']}/ready")
    assert late.status_code == 409  # consent withdrawn after approval: it does not go out
