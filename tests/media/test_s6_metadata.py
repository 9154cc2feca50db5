"""S6: an upload keeps its pixels and loses its location and camera data."""

import io

import pytest
from PIL import Image

from chaperone.media.actions import do_upload_photo
from chaperone.media.models import Photo
from tests.media.conftest import jpeg_with_exif, upload_of

pytestmark = pytest.mark.django_db


def test_the_test_picture_really_carries_metadata():
    im = Image.open(io.BytesIO(jpeg_with_exif()))
    exif = im.getexif()
    assert exif[0x010F] == "SpyCam Ltd"
    assert exif.get_ifd(0x8825)
    assert b"Elm Road" in jpeg_with_exif()


def test_gps_and_camera_make_are_gone_after_upload(cast, photos):
    r = photos(cast.coach_alex).upload(jpeg_with_exif(), depicted=[cast.child_sam])
    assert r.status_code == 201, r.content
    body = r.json()
    assert (body["width"], body["height"]) == (64, 48)
    assert [d["child_id"] for d in body["depicted"]] == [cast.child_sam.pk]

    photo = Photo.objects.get(pk=body["id"])
    with photo.file.open("rb") as fh:
        stored = fh.read()
    for needle in (b"SpyCam", b"Model X", b"Elm Road", b"Exif", b"xmpmeta", b"2026:11:20"):
        assert needle not in stored
    im = Image.open(io.BytesIO(stored))
    exif = im.getexif()
    assert 0x010F not in exif and 0x8825 not in exif
    assert not exif.get_ifd(0x8825)
    assert "exif" not in im.info and "xmp" not in im.info
    assert im.getpixel((10, 10))[0] > 150  # still the same picture


def test_the_action_strips_metadata_too(cast):
    photo = do_upload_photo(cast.coach_alex, upload_of(jpeg_with_exif()), [])
    with photo.file.open("rb") as fh:
        assert b"SpyCam" not in fh.read()
    assert len(photo.sha256) == 64
