"""Photos (S6): upload naming the young people shown, a photo's page that shows the picture only
while every child in it has consent (and, if another young person posted it, has agreed), and a
young person's agreement."""

from __future__ import annotations

from django.contrib import messages as flash
from django.db.models import Q
from django.http import HttpResponse
from django.shortcuts import redirect
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from chaperone.api.lookups import get_for
from chaperone.errors import InvalidInput, NotFound, Refused
from chaperone.media import actions as media
from chaperone.media.models import Photo
from chaperone.orgs.models import Person
from chaperone.policy import Role
from chaperone.web.pages import page, render_page, when
from chaperone.web.safeguarding_forms import PhotoForm
from chaperone.web.views.concerns import known_people


def _photo(me, photo_id: int) -> Photo:
    photo = get_for(me, Photo, photo_id, "photo")
    if not media.can_see(me, photo):
        raise NotFound("no such photo")
    return photo


def _children_for(me):
    """The young people ``me`` may name in a picture: those they may name at all, and
    themselves."""
    return (
        Person.objects.for_org(me.organisation_id)
        .filter(is_active=True, role=Role.YOUNG_PERSON)
        .filter(Q(pk__in=known_people(me).values("pk")) | Q(pk=me.pk))
        .order_by("display_name", "pk")
    )


@page
def photos(request):
    """Pictures I posted and pictures that name me."""
    me = request.user
    mine = (
        Photo.objects.for_org(me.organisation_id)
        .filter(Q(uploaded_by=me) | Q(subjects__child=me))
        .distinct()
        .order_by("-created_at", "-pk")[:100]
    )
    rows = [
        {"photo": p, "when": when(p.created_at), "problems": media.photo_problems(p)} for p in mine
    ]
    return render_page(request, "web/photos.html", {"rows": rows, "nav": "photos"})


@page
@require_http_methods(["GET", "POST"])
def upload_photo(request):
    me = request.user
    form = PhotoForm(request.POST or None, request.FILES or None, people=_children_for(me))
    status = 200
    if request.method == "POST":
        if form.is_valid():
            try:
                photo = media.do_upload_photo(
                    me, form.cleaned_data["file"], list(form.cleaned_data["depicted"])
                )
            except InvalidInput as exc:
                form.add_error("file", exc.detail[:1].upper() + exc.detail[1:] + ".")
                status = 400
            else:
                flash.success(
                    request, "Uploaded. Location and camera details were removed from the file."
                )
                return redirect("web:photo", photo.pk)
        else:
            status = 400
    return render_page(
        request, "web/photo_new.html", {"form": form, "nav": "photos"}, status=status
    )


@page
def photo_page(request, photo_id: int):
    me = request.user
    photo = _photo(me, photo_id)
    subjects = list(photo.subjects.select_related("child").order_by("child__display_name", "pk"))
    mine = next((s for s in subjects if s.child_id == me.pk), None)
    return render_page(
        request,
        "web/photo.html",
        {
            "photo": photo,
            "uploaded": when(photo.created_at),
            "subjects": [{"subject": s, "agreed": when(s.agreed_at)} for s in subjects],
            "problems": media.photo_problems(photo),
            "may_agree": mine is not None and mine.agreed_at is None,
            "nav": "photos",
        },
    )


@page
@require_GET
def photo_image(request, photo_id: int):
    """The picture itself, only while nothing stands in the way; read at the moment of showing,
    so a withdrawn consent hides it at once."""
    photo = _photo(request.user, photo_id)
    problems = media.photo_problems(photo)
    if problems:
        raise Refused("this picture cannot be shown", reasons=problems)
    with photo.file.open("rb") as fh:
        data = fh.read()
    response = HttpResponse(data, content_type=photo.content_type)
    response["Cache-Control"] = "no-store"
    response["Content-Disposition"] = f'inline; filename="photo-{photo.pk}"'
    return response


@page
@require_POST
def agree_to_photo(request, photo_id: int):
    me = request.user
    photo = _photo(me, photo_id)
    media.do_agree_to_photo(me, photo)
    flash.success(
        request, "Thank you: you agreed to this picture. You can ask staff to take it down."
    )
    return redirect("web:photo", photo.pk)
