import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

import chaperone.urls  # noqa: F401 - the API's schemas are built before any test freezes the clock
from tests.platform.conftest import *  # noqa: F403


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


def jpeg_with_exif(size=(64, 48)) -> bytes:
    """A JPEG carrying GPS coordinates, a camera make and model, and XMP."""
    im = Image.new("RGB", size, (200, 30, 30))
    exif = Image.Exif()
    exif[0x010F] = "SpyCam Ltd"  # Make
    exif[0x0110] = "Model X"  # Model
    exif[0x0132] = "2026:11:20 10:00:00"  # DateTime
    gps = {1: "N", 2: (51.0, 30.0, 12.0), 3: "W", 4: (0.0, 7.0, 40.0)}
    exif[0x8825] = gps  # GPSInfo
    out = io.BytesIO()
    im.save(out, format="JPEG", exif=exif, xmp=b"<x:xmpmeta>Home, 12 Elm Road</x:xmpmeta>")
    return out.getvalue()


def upload_of(data: bytes, name="photo.jpg", content_type="image/jpeg"):
    return SimpleUploadedFile(name, data, content_type=content_type)


class PhotoApi:
    def __init__(self, api, person):
        self.api = api(person)

    def upload(self, data: bytes, depicted=(), name="photo.jpg", content_type="image/jpeg"):
        return self.api.client.post(
            "/api/v1/photos",
            data={
                "file": upload_of(data, name, content_type),
                "depicted_ids": ",".join(str(p.pk) for p in depicted),
            },
        )

    def get(self, path):
        return self.api.get(path)

    def post(self, path, body=None):
        return self.api.post(path, body)


@pytest.fixture
def photos(api):
    return lambda person: PhotoApi(api, person)
