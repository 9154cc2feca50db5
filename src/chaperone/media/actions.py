"""Uploading photos, naming the children in them, and deciding whether they may be shown (S6).

A picture is shown or published only while every child it names has a current parental
"photos" consent (M3); one a young person posted of another child also needs that child's own
agreement. Consent is read at the moment of showing, so a withdrawal hides the picture at once.
"""

from __future__ import annotations

import uuid

from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone

from chaperone.audit import chain
from chaperone.audit.event_types import EventType
from chaperone.errors import Forbidden, InvalidInput
from chaperone.media.images import MAX_BYTES, clean_image
from chaperone.media.models import Photo, PhotoSubject
from chaperone.orgs.facts import current_consents, guardian_map
from chaperone.orgs.models import Person
from chaperone.policy import ORG_ADULT_ROLES, Channel, Reason, Role

MAX_DEPICTED = 50


def _read(uploaded_file) -> bytes:
    size = getattr(uploaded_file, "size", None)
    if size is not None and size > MAX_BYTES:
        raise InvalidInput(f"the file is too large: at most {MAX_BYTES // (1024 * 1024)} MB")
    data = uploaded_file.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise InvalidInput(f"the file is too large: at most {MAX_BYTES // (1024 * 1024)} MB")
    return data


@transaction.atomic(durable=True)
def do_upload_photo(actor: Person, uploaded_file, depicted: list[Person]) -> Photo:
    """Store a picture without its metadata, naming the children it shows."""
    if not actor.is_active:
        raise Forbidden("this account is not active")
    children = list({p.pk: p for p in depicted}.values())
    if len(children) > MAX_DEPICTED:
        raise InvalidInput(f"name at most {MAX_DEPICTED} children in one picture")
    for child in children:
        if child.organisation_id != actor.organisation_id:
            raise InvalidInput("a depicted person is not in this organisation")
        if child.role != Role.YOUNG_PERSON:
            raise InvalidInput(f"{child} is not a young person: name the children shown")
    image = clean_image(_read(uploaded_file))
    photo = Photo(
        organisation_id=actor.organisation_id,
        uploaded_by=actor,
        content_type=image.content_type,
        width=image.width,
        height=image.height,
        sha256=image.sha256,
    )
    photo.file.save(f"{uuid.uuid4().hex}.{image.extension}", ContentFile(image.data), save=False)
    photo.save()
    now = timezone.now()
    for child in children:
        # A young person who posts a picture of themselves agrees to it by posting it.
        PhotoSubject.objects.create(
            photo=photo, child=child, agreed_at=now if child.pk == actor.pk else None
        )
    chain.append(
        EventType.PHOTO_UPLOADED,
        organisation=actor.organisation,
        actor=actor,
        obj=photo,
        snapshot={"sha256": photo.sha256, "depicted": sorted(c.pk for c in children)},
    )
    return photo


@transaction.atomic(durable=True)
def do_agree_to_photo(child: Person, photo: Photo) -> PhotoSubject:
    """A child agrees to a picture another young person posted of them (S6)."""
    subject = (
        PhotoSubject.objects.select_for_update()
        .filter(photo=photo, child=child, photo__organisation_id=child.organisation_id)
        .first()
    )
    if subject is None:
        raise Forbidden("only a child named in the picture can agree to it")
    if subject.agreed_at is None:
        subject.agreed_at = timezone.now()
        subject.save(update_fields=["agreed_at"])
        chain.append(
            EventType.PHOTO_AGREED,
            organisation=child.organisation,
            actor=child,
            subject=child,
            obj=photo,
            snapshot={"photo": photo.pk},
        )
    return subject


def photo_problems(photo: Photo, public: bool = False) -> list[Reason]:
    """Why the picture may not be shown (or, with ``public``, published): one reason per missing
    consent or agreement, naming the child. Empty means it may be."""
    subjects = list(photo.subjects.select_related("child"))
    if not subjects:
        return []
    consents = current_consents([s.child_id for s in subjects])
    uploader = photo.uploaded_by
    by_peer = uploader.role == Role.YOUNG_PERSON
    verb = "published" if public else "shown"
    reasons = []
    for s in subjects:
        name = s.child.display_name
        event = consents.get((s.child_id, Channel.PHOTOS.value))
        if event is None or not event.granted:
            reasons.append(
                Reason(
                    "M3",
                    f"{name} has no current parental consent for photos, so the picture "
                    f"cannot be {verb}",
                )
            )
        if by_peer and s.child_id != uploader.pk and s.agreed_at is None:
            reasons.append(
                Reason(
                    "S6",
                    f"{name} has not agreed to this picture another young person posted",
                )
            )
    return reasons


def can_see(actor: Person, photo: Photo) -> bool:
    """Who may look at a photo's record: the organisation's adults, whoever uploaded it, the
    children it names and their parents."""
    if photo.organisation_id != actor.organisation_id or not actor.is_active:
        return False
    if actor.role in ORG_ADULT_ROLES or actor.pk == photo.uploaded_by_id:
        return True
    child_ids = list(photo.subjects.values_list("child_id", flat=True))
    if actor.pk in child_ids:
        return True
    if actor.role == Role.PARENT:
        return any(actor.pk in g for g in guardian_map(child_ids).values())
    return False
