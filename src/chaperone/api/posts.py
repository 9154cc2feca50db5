"""Outbound posts for the organisation's public pages (D3)."""

from __future__ import annotations

import datetime as dt

from ninja import Router, Schema, Status
from pydantic import Field

from chaperone.api.lookups import get_for
from chaperone.api.schemas import ErrorOut, In, ReasonOut
from chaperone.moderation import posts
from chaperone.moderation.models import Post
from chaperone.permissions import Action, require

router = Router(tags=["posts"])
ERRORS = {400: ErrorOut, 403: ErrorOut, 404: ErrorOut, 409: ErrorOut, 422: ErrorOut}


class PostIn(In):
    text: str = Field(min_length=1, max_length=5000)
    photo_ids: list[int] = Field(default_factory=list, max_length=20)
    channel: str = Field("", max_length=80)


class PostOut(Schema):
    id: int
    author_id: int
    channel: str
    status: str
    text: str
    version: int
    photo_ids: list[int]
    approved_by_id: int | None
    created_at: dt.datetime
    problems: list[ReasonOut]


def post_out(post: Post) -> dict:
    v = post.latest
    return {
        "id": post.pk,
        "author_id": post.author_id,
        "channel": post.channel,
        "status": post.status,
        "text": v.text,
        "version": v.number,
        "photo_ids": v.photo_ids,
        "approved_by_id": post.approved_by_id,
        "created_at": post.created_at,
        "problems": [r.as_dict() for r in posts.post_problems(post)],
    }


@router.post("/posts", response={201: PostOut, **ERRORS})
def draft(request, payload: PostIn):
    """Draft a post: it is screened as a public post and its pictures checked for consent."""
    post = posts.do_draft_post(
        request.user, text=payload.text, photo_ids=payload.photo_ids, channel=payload.channel
    )
    return Status(201, post_out(post))


@router.get("/posts", response={200: list[PostOut], **ERRORS})
def list_posts(request):
    require(request.user, Action.DRAFT_POST)
    qs = Post.objects.for_org(request.user.organisation_id).order_by("-pk")[:200]
    return [post_out(p) for p in qs]


@router.patch("/posts/{int:post_id}", response={200: PostOut, **ERRORS})
def edit(request, post_id: int, payload: PostIn):
    post = get_for(request.user, Post, post_id, "post")
    return post_out(
        posts.do_edit_post(request.user, post, text=payload.text, photo_ids=payload.photo_ids)
    )


@router.post("/posts/{int:post_id}/approve", response={200: PostOut, **ERRORS})
def approve(request, post_id: int):
    """An online presence manager other than the author approves; refused with the reasons
    while any identifying detail or missing photo consent remains."""
    post = get_for(request.user, Post, post_id, "post")
    return post_out(posts.do_approve_post(request.user, post))


@router.post("/posts/{int:post_id}/ready", response={200: PostOut, **ERRORS})
def ready(request, post_id: int):
    post = get_for(request.user, Post, post_id, "post")
    return post_out(posts.do_mark_ready(request.user, post))
