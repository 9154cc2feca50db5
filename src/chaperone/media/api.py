"""Photos (S6): upload, read, show, agree. Mounted under /api/v1."""

from __future__ import annotations

import datetime as dt

from django.http import HttpResponse
from ninja import File, Router, Schema, Status
from ninja.files import UploadedFile

from chaperone.api.lookups import get_for
from chaperone.api.schemas import ErrorOut, ReasonOut
from chaperone.errors import InvalidInput, NotFound, Refused
from chaperone.media import actions
from chaperone.media.actions import MAX_DEPICTED
from chaperone.media.models import Photo
from chaperone.orgs.models import Person

router = Router(tags=["photos"])
ERRORS = {400: ErrorOut, 403: ErrorOut, 404: ErrorOut, 409: ErrorOut, 422: ErrorOut}


class SubjectOut(Schema):
    child_id: int
    name: str
    agreed_at: dt.datetime | None


class PhotoOut(Schema):
    id: int
    uploaded_by_id: int
    width: int
    height: int
    content_type: str
    sha256: str
    created_at: dt.datetime
    depicted: list[SubjectOut]
    visible: bool
    problems: list[ReasonOut]


def photo_out(photo: Photo) -> dict:
    problems = actions.photo_problems(photo)
    return {
        "id": photo.pk,
        "uploaded_by_id": photo.uploaded_by_id,
        "width": photo.width,
        "height": photo.height,
        "content_type": photo.content_type,
        "sha256": photo.sha256,
        "created_at": photo.created_at,
        "depicted": [
            {"child_id": s.child_id, "name": s.child.display_name, "agreed_at": s.agreed_at}
            for s in photo.subjects.select_related("child").order_by("id")
        ],
        "visible": not problems,
        "problems": [r.as_dict() for r in problems],
    }


def _ids(values: list[str]) -> list[int]:
    out = []
    for value in values:
        for part in value.replace(" ", "").split(","):
            if not part:
                continue
            if not part.isdigit() or len(part) > 18:
                raise InvalidInput(f"depicted_ids: {part[:20]!r} is not an id")
            out.append(int(part))
    if len(out) > MAX_DEPICTED:
        raise InvalidInput(f"name at most {MAX_DEPICTED} children in one picture")
    return out


def _photo(request, photo_id: int) -> Photo:
    photo = get_for(request.user, Photo, photo_id, "photo")
    if not actions.can_see(request.user, photo):
        raise NotFound("no such photo")
    return photo


@router.post("/photos", response={201: PhotoOut, **ERRORS})
def upload(request, file: UploadedFile = File(...)):
    """Upload a picture (multipart ``file``) naming the children in it (``depicted_ids``: ids,
    repeated or comma-separated). Location and camera metadata are removed."""
    depicted = [
        get_for(request.user, Person, pk, "person")
        for pk in _ids(request.POST.getlist("depicted_ids"))
    ]
    photo = actions.do_upload_photo(request.user, file, depicted)
    return Status(201, photo_out(photo))


@router.get("/photos/{int:photo_id}", response={200: PhotoOut, **ERRORS})
def detail(request, photo_id: int):
    """A photo's record and why, if so, it may not be shown."""
    return photo_out(_photo(request, photo_id))


@router.get("/photos/{int:photo_id}/image", response={409: ErrorOut, 404: ErrorOut})
def image(request, photo_id: int):
    """The picture itself, only while every child in it has consent (and agreed, if a peer
    posted it); otherwise 409 with the reasons."""
    photo = _photo(request, photo_id)
    problems = actions.photo_problems(photo)
    if problems:
        raise Refused("this picture cannot be shown", reasons=problems)
    with photo.file.open("rb") as fh:
        data = fh.read()
    response = HttpResponse(data, content_type=photo.content_type)
    response["Cache-Control"] = "no-store"  # a withdrawn consent hides it at once
    response["Content-Disposition"] = f'inline; filename="photo-{photo.pk}"'
    return response


@router.post("/photos/{int:photo_id}/agree", response={200: PhotoOut, **ERRORS})
def agree(request, photo_id: int):
    """A child named in a picture another young person posted agrees to it (S6)."""
    photo = _photo(request, photo_id)
    actions.do_agree_to_photo(request.user, photo)
    return photo_out(photo)
