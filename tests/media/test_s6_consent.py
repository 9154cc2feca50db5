"""S6 and M3: a picture is shown only while every child in it has photo consent, and a young
person's picture of another child also needs that child's own agreement."""

import pytest

from chaperone.media.actions import do_agree_to_photo, photo_problems
from chaperone.media.models import Photo
from chaperone.orgs.actions import do_record_consent
from tests.media.conftest import jpeg_with_exif

pytestmark = pytest.mark.django_db


def _upload(photos, who, depicted):
    r = photos(who).upload(jpeg_with_exif(), depicted=depicted)
    assert r.status_code == 201, r.content
    return r.json()["id"]


def test_without_photo_consent_the_image_is_never_served(cast, photos):
    pid = _upload(photos, cast.coach_alex, [cast.child_sam])
    r = photos(cast.coach_alex).get(f"/photos/{pid}/image")
    assert r.status_code == 409
    body = r.json()
    assert body["detail"]
    assert [x["rule"] for x in body["reasons"]] == ["M3"]
    assert "Sam" in body["reasons"][0]["why"]
    assert not r.get("Content-Type", "").startswith("image/")

    meta = photos(cast.coach_alex).get(f"/photos/{pid}").json()
    assert meta["visible"] is False and meta["problems"] == body["reasons"]


def test_consent_shows_it_and_withdrawal_hides_it_at_once(cast, photos):
    pid = _upload(photos, cast.coach_alex, [cast.child_sam, cast.child_leo])
    do_record_consent(cast.parent_jo, child=cast.child_sam, channel="photos", granted=True)
    r = photos(cast.coach_alex).get(f"/photos/{pid}/image")
    assert r.status_code == 409
    assert ["Leo" in x["why"] for x in r.json()["reasons"]] == [True]

    do_record_consent(cast.parent_kim, child=cast.child_leo, channel="photos", granted=True)
    r = photos(cast.coach_alex).get(f"/photos/{pid}/image")
    assert r.status_code == 200
    assert r["Content-Type"] == "image/jpeg"
    assert r["Cache-Control"] == "no-store"
    assert r.content.startswith(b"\xff\xd8")

    do_record_consent(cast.parent_kim, child=cast.child_leo, channel="photos", granted=False)
    r = photos(cast.coach_alex).get(f"/photos/{pid}/image")
    assert r.status_code == 409
    assert photo_problems(Photo.objects.get(pk=pid), public=True)


def test_a_picture_of_nobody_named_is_shown(cast, photos):
    pid = _upload(photos, cast.coach_alex, [])
    assert photos(cast.coach_alex).get(f"/photos/{pid}/image").status_code == 200


def test_a_peer_photo_needs_the_childs_own_agreement(cast, photos):
    do_record_consent(cast.parent_kim, child=cast.child_leo, channel="photos", granted=True)
    do_record_consent(cast.parent_jo, child=cast.child_sam, channel="photos", granted=True)
    pid = _upload(photos, cast.child_sam, [cast.child_sam, cast.child_leo])

    r = photos(cast.coach_alex).get(f"/photos/{pid}/image")
    assert r.status_code == 409
    [reason] = r.json()["reasons"]
    assert reason["rule"] == "S6" and "Leo" in reason["why"]

    # Only a child named in it can agree.
    assert photos(cast.child_mia).post(f"/photos/{pid}/agree").status_code == 404
    assert photos(cast.coach_alex).post(f"/photos/{pid}/agree").status_code == 403

    r = photos(cast.child_leo).post(f"/photos/{pid}/agree")
    assert r.status_code == 200, r.content
    assert r.json()["visible"] is True
    assert photos(cast.coach_alex).get(f"/photos/{pid}/image").status_code == 200


def test_a_peer_photo_needs_the_parents_consent_as_well(cast, photos):
    pid = _upload(photos, cast.child_sam, [cast.child_leo])
    photo = Photo.objects.get(pk=pid)
    do_agree_to_photo(cast.child_leo, photo)
    rules = [r.rule for r in photo_problems(photo)]
    assert rules == ["M3"]
    assert photos(cast.coach_alex).get(f"/photos/{pid}/image").status_code == 409


def test_another_organisations_photo_is_not_found(cast, photos):
    pid = _upload(photos, cast.coach_alex, [])
    for path in (f"/photos/{pid}", f"/photos/{pid}/image"):
        assert photos(cast.other_admin_olga).get(path).status_code == 404


def test_another_organisations_child_cannot_be_named(cast, photos):
    r = photos(cast.coach_alex).upload(jpeg_with_exif(), depicted=[cast.other_child_oscar])
    assert r.status_code == 404
    assert Photo.objects.count() == 0
