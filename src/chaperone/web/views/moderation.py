"""Reporting in one step (D2) and the review queue (D1)."""

from __future__ import annotations

from dataclasses import dataclass

from django.contrib import messages as flash
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.timesince import timesince
from django.views.decorators.http import require_http_methods, require_POST

from chaperone.api.lookups import get_for
from chaperone.cases.actions import leads
from chaperone.errors import InvalidInput, NotFound, Refused
from chaperone.messaging.models import Message, Space
from chaperone.moderation import actions as moderation
from chaperone.moderation.models import Reviewable, ReviewScore
from chaperone.orgs.models import Person
from chaperone.permissions import Action, require
from chaperone.web.pages import page, render_page, when
from chaperone.web.safeguarding_forms import DECISION_LABELS, ReportForm, ReviewForm
from chaperone.web.views.concerns import known_people
from chaperone.web.views.spaces import _visible_message

DONE_KEY = "web.report_done"


def _describe(target) -> str:
    if isinstance(target, Message):
        return f"a message from {target.sender.display_name} in {target.space.name}"
    if isinstance(target, Space):
        return f"the space {target.name}"
    return f"{target.display_name}"


def _back(target) -> str:
    if isinstance(target, Message):
        return reverse("web:space", args=[target.space_id]) + f"#m{target.pk}"
    if isinstance(target, Space):
        return reverse("web:space", args=[target.pk])
    return reverse("web:home")


def _body(target) -> str:
    if not isinstance(target, Message):
        return ""
    latest = max(target.versions.all(), key=lambda v: v.number, default=None)
    return latest.body if latest else ""


def _report(request, target, **which):
    me = request.user
    form = ReportForm(request.POST or None)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            try:
                moderation.do_report(me, reason=form.cleaned_data["reason"], **which)
            except InvalidInput as exc:
                form.add_error("reason", exc.detail[:1].upper() + exc.detail[1:] + ".")
                status = 400
            else:
                request.session[DONE_KEY] = {"what": _describe(target), "back": _back(target)}
                return redirect("web:report_sent")
        else:
            status = 400
    return render_page(
        request,
        "web/report.html",
        {"form": form, "what": _describe(target), "back": _back(target), "body": _body(target)},
        status=status,
    )


@page
@require_http_methods(["GET", "POST"])
def report_message(request, message_id: int):
    message = _visible_message(request.user, message_id)
    return _report(request, message, message=message)


@page
@require_http_methods(["GET", "POST"])
def report_space(request, space_id: int):
    space = get_for(request.user, Space, space_id, "space")
    require(request.user, Action.VIEW_SPACE, space, "space")
    return _report(request, space, space=space)


@page
@require_http_methods(["GET", "POST"])
def report_person(request, person_id: int):
    person = get_for(request.user, Person, person_id, "person")
    if not known_people(request.user).filter(pk=person.pk).exists():
        raise NotFound("no such person")
    return _report(request, person, person=person)


@page
def report_sent(request):
    """The kind confirmation: who will look at the report, and whom to talk to meanwhile."""
    done = request.session.pop(DONE_KEY, None) or {}
    return render_page(
        request,
        "web/report_sent.html",
        {
            "what": done.get("what", ""),
            "back": done.get("back", reverse("web:home")),
            "leads": [p.display_name for p in leads(request.user.organisation)],
        },
    )


@dataclass(frozen=True)
class QueueItem:
    item: Reviewable
    what: str
    body: str
    link: str
    waited: str
    since: str
    scores: tuple[ReviewScore, ...]
    form: ReviewForm
    refused: tuple = ()


def _queue_item(item: Reviewable, now, form=None, refused=()) -> QueueItem:
    body, link = "", ""
    if item.message_id:
        body = _body(item.message)
        what = _describe(item.message)
        link = reverse("web:message", args=[item.message_id])
    elif item.space_id:
        what = _describe(item.space)
        link = reverse("web:space", args=[item.space_id])
    else:
        what = f"the person {item.person.display_name}"
        link = reverse("web:person", args=[item.person_id])
    if form is None:
        form = ReviewForm(prefix=f"r{item.pk}", initial={"version": item.version})
    return QueueItem(
        item=item,
        what=what,
        body=body,
        link=link,
        waited=timesince(item.waiting_since, now),
        since=when(item.waiting_since),
        scores=tuple(
            sorted(item.scores.all(), key=lambda s: (s.created_at, s.pk)),
        ),
        form=form,
        refused=tuple(refused),
    )


def _render_queue(request, *, failed: Reviewable | None = None, form=None, refused=(), status=200):
    me = request.user
    items = list(moderation.queue(me).select_related("message__space", "person")[:200])
    now = timezone.now()
    rows = [
        _queue_item(i, now, *((form, refused) if failed is not None and i.pk == failed.pk else ()))
        for i in items
    ]
    if failed is not None and all(i.pk != failed.pk for i in items):
        # Decided by someone else meanwhile: still show it, with why the decision failed.
        failed.refresh_from_db()
        rows.insert(0, _queue_item(failed, now, form, refused))
    return render_page(
        request,
        "web/review_queue.html",
        {"rows": rows, "decisions": DECISION_LABELS, "nav": "review"},
        status=status,
    )


@page
def review_queue(request):
    """What waits for the designated people, oldest first, with how long each has waited."""
    return _render_queue(request)


@page
@require_POST
def review_decide(request, item_id: int):
    me = request.user
    item = get_for(me, Reviewable, item_id, "review item")
    require(me, Action.REVIEW, item, "review item")
    form = ReviewForm(request.POST, prefix=f"r{item.pk}")
    if not form.is_valid():
        return _render_queue(request, failed=item, form=form, status=400)
    data = form.cleaned_data
    try:
        moderation.do_review(
            me, item, decision=data["decision"], reason=data["reason"], version=data["version"]
        )
    except Refused as exc:
        # Say it next to the reason box when the reason is what is missing; a clash with
        # another moderator's decision is about the whole item.
        item.refresh_from_db()
        clash = item.version != data["version"]
        field = "reason" if not clash and not data["reason"].strip() else None
        form.add_error(field, exc.detail[:1].upper() + exc.detail[1:] + ".")
        return _render_queue(request, failed=item, form=form, refused=exc.reasons, status=409)
    except InvalidInput as exc:
        form.add_error(None, exc.detail[:1].upper() + exc.detail[1:] + ".")
        return _render_queue(request, failed=item, form=form, status=400)
    done = {
        "approve": "Approved: it goes to the people it was for.",
        "request_edit": "Edit asked for: the author is told why.",
        "remove": "Removed: hidden from its audience and kept on the record; the author, "
        "the people affected and the parents of the children involved are told why.",
        "dismiss": "Dismissed: the report is closed with nothing to do.",
    }[data["decision"]]
    flash.success(request, done)
    return redirect("web:review_queue")
