"""Outbound posts for the organisation's public pages (D3).

A post is drafted in Chaperone and screened as a public post (S1: identifying details are not
allowed); the pictures in it must each have photo consent for every child they show (S6); an
online presence manager other than the author approves it; only then can it be marked ready.
Every check runs again when it is approved and when it is marked ready, so a consent withdrawn
in between stops it.
"""

from __future__ import annotations

from django.db import transaction
from django.utils import timezone

from chaperone.audit import chain
from chaperone.audit.event_types import EventType
from chaperone.errors import InvalidInput, Refused
from chaperone.messaging.actions.send import clean_text
from chaperone.messaging.screening import screen_text
from chaperone.moderation.models import Post, PostVersion
from chaperone.orgs.models import Person
from chaperone.permissions import Action, require
from chaperone.policy import Reason

MAX_POST = 5000


def _clean(text: str) -> str:
    return clean_text(text, noun="post", limit=MAX_POST)


def _photos(actor: Person, photo_ids: list[int]):
    if not photo_ids:
        return []
    from chaperone.media.models import Photo

    photos = list(Photo.objects.filter(organisation_id=actor.organisation_id, pk__in=photo_ids))
    if len(photos) != len(set(photo_ids)):
        from chaperone.errors import NotFound

        raise NotFound("no such photo")
    return photos


def post_problems(post: Post) -> list[Reason]:
    """Everything that stops this post going out now: S1 findings and S6 consent."""
    version = post.latest
    reasons = [
        Reason(f.get("rule", "S1"), f"{f.get('category', '')}: {f.get('why', '')}")
        for f in version.screening.get("findings", [])
        if version.screening.get("decision") in ("block", "hold")
    ]
    if version.photo_ids:
        from chaperone.media.actions import photo_problems

        for photo in _photos(post.author, version.photo_ids):
            reasons.extend(photo_problems(photo, public=True))
    return reasons


def _new_version(actor: Person, post: Post, text: str, photo_ids: list[int]) -> PostVersion:
    _photos(actor, photo_ids)
    _, record = screen_text(text, "public_post", actor.organisation.screening_overrides)
    last = post.versions.order_by("-number").first()
    return PostVersion.objects.create(
        organisation_id=post.organisation_id,
        post=post,
        number=(last.number + 1) if last else 1,
        text=text,
        photo_ids=sorted(set(photo_ids)),
        screening=record,
        edited_by=actor,
    )


@transaction.atomic(durable=True)
def do_draft_post(
    actor: Person, *, text: str, photo_ids: list[int] = (), channel: str = ""
) -> Post:
    require(actor, Action.DRAFT_POST)
    text = _clean(text)
    post = Post.objects.create(
        organisation_id=actor.organisation_id, author=actor, channel=channel.strip()[:80]
    )
    version = _new_version(actor, post, text, list(photo_ids))
    chain.append(
        EventType.POST_DRAFTED,
        organisation=actor.organisation,
        actor=actor,
        obj=post,
        covers=[version],
        snapshot={"channel": post.channel},
    )
    return post


@transaction.atomic(durable=True)
def do_edit_post(actor: Person, post: Post, *, text: str, photo_ids: list[int] = ()) -> Post:
    require(actor, Action.DRAFT_POST, post, "post")
    if post.author_id != actor.pk:
        raise Refused(
            "only the author edits a draft",
            reasons=[Reason("D3", "the approver checks what the author wrote")],
        )
    post = Post.objects.select_for_update().get(pk=post.pk)
    version = _new_version(actor, post, _clean(text), list(photo_ids))
    if post.status != Post.Status.DRAFT:  # an edit needs approving again
        post.status = Post.Status.DRAFT
        post.approved_by = None
        post.approved_at = None
        post.save(update_fields=["status", "approved_by", "approved_at"])
    chain.append(
        EventType.POST_EDITED,
        organisation=post.organisation,
        actor=actor,
        obj=post,
        covers=[version],
        snapshot={"version": version.number},
    )
    return post


@transaction.atomic(durable=True)
def do_approve_post(actor: Person, post: Post) -> Post:
    require(actor, Action.APPROVE_POST, post, "post")
    post = Post.objects.select_for_update().get(pk=post.pk)
    if post.status != Post.Status.DRAFT:
        raise InvalidInput(f"this post is {post.status} already")
    problems = post_problems(post)
    if problems:
        raise Refused("the post cannot be approved yet", reasons=problems)
    post.status = Post.Status.APPROVED
    post.approved_by = actor
    post.approved_at = timezone.now()
    post.save(update_fields=["status", "approved_by", "approved_at"])
    chain.append(
        EventType.POST_APPROVED,
        organisation=post.organisation,
        actor=actor,
        obj=post,
        snapshot={"version": post.latest.number},
    )
    return post


@transaction.atomic(durable=True)
def do_mark_ready(actor: Person, post: Post) -> Post:
    require(actor, Action.DRAFT_POST, post, "post")
    post = Post.objects.select_for_update().get(pk=post.pk)
    if post.status != Post.Status.APPROVED:
        raise Refused(
            "only an approved post can be marked ready",
            reasons=[Reason("D3", "an online presence manager approves it first")],
        )
    problems = post_problems(post)
    if problems:
        raise Refused("the post cannot go out now", reasons=problems)
    post.status = Post.Status.READY
    post.ready_at = timezone.now()
    post.save(update_fields=["status", "ready_at"])
    chain.append(
        EventType.POST_READY,
        organisation=post.organisation,
        actor=actor,
        obj=post,
        snapshot={"version": post.latest.number},
    )
    return post
