"""S6: files that are not pictures, too large, or decompression bombs are refused clearly."""

import io

import pytest
from PIL import Image

from chaperone.media.images import MAX_BYTES
from chaperone.media.models import Photo

pytestmark = pytest.mark.django_db


def _png(size) -> bytes:
    out = io.BytesIO()
    Image.new("1", size).save(out, format="PNG", optimize=True)
    return out.getvalue()


def test_a_text_file_is_refused(cast, photos):
    r = photos(cast.coach_alex).upload(b"hello, not a picture\n", name="a.jpg")
    assert r.status_code == 400
    assert "not a picture" in r.json()["detail"]
    assert Photo.objects.count() == 0


def test_a_decompression_bomb_is_refused(cast, photos):
    bomb = _png((30_000, 30_000))  # 900 million pixels in a small file
    assert len(bomb) < 1024 * 1024
    r = photos(cast.coach_alex).upload(bomb, name="bomb.png", content_type="image/png")
    assert r.status_code == 400
    assert "too large" in r.json()["detail"]
    assert Photo.objects.count() == 0


def test_a_file_over_the_size_limit_is_refused(cast, photos):
    r = photos(cast.coach_alex).upload(b"\xff\xd8" + b"0" * MAX_BYTES, name="big.jpg")
    assert r.status_code == 400
    assert "too large" in r.json()["detail"]


def test_a_truncated_picture_is_refused(cast, photos):
    out = io.BytesIO()
    Image.new("RGB", (200, 200), (1, 2, 3)).save(out, format="JPEG")
    r = photos(cast.coach_alex).upload(out.getvalue()[:300])
    assert r.status_code == 400


def test_bad_depicted_ids_are_refused(cast, photos):
    client = photos(cast.coach_alex).api.client
    from tests.media.conftest import jpeg_with_exif, upload_of

    r = client.post(
        "/api/v1/photos", data={"file": upload_of(jpeg_with_exif()), "depicted_ids": "1;drop"}
    )
    assert r.status_code == 400
    assert "depicted_ids" in r.json()["detail"]
