"""Raising a concern (anyone), the leads' concerns and cases with their chronology (C1), and a
person's page with contact notes (C2)."""

from __future__ import annotations

import datetime as dt

from django.contrib import messages as flash
from django.db.models import Q
from django.shortcuts import redirect
from django.views.decorators.http import require_http_methods, require_POST

from chaperone.api.lookups import get_for
from chaperone.cases import actions as cases
from chaperone.cases.models import Case, CaseEntry, Concern
from chaperone.errors import Forbidden, InvalidInput, NotFound
from chaperone.messaging.models import Membership
from chaperone.messaging.queries import spaces_of
from chaperone.orgs.models import Person
from chaperone.permissions import Action, can
from chaperone.policy import ORG_ADULT_ROLES, Role
from chaperone.web.forms import ROLE_LABELS
from chaperone.web.pages import page, render_page, when
from chaperone.web.safeguarding_forms import (
    OUTCOME_LABELS,
    URGENCY_LABELS,
    CaseEntryForm,
    ConcernForm,
    NoteForm,
)
from chaperone.web.views.spaces import _visible_message

KIND_LABELS = {
    CaseEntry.Kind.OPENED: "Case opened",
    CaseEntry.Kind.TRIAGE: "Triage decision",
    CaseEntry.Kind.NOTE: "Note",
    CaseEntry.Kind.CLOSED: "Case closed",
}


def known_people(me):
    """Whom ``me`` may name: everyone, for those who may list people; otherwise the
    organisation's adults and the people who share a space with them."""
    qs = Person.objects.for_org(me.organisation_id).filter(is_active=True).exclude(pk=me.pk)
    if not can(me, Action.LIST_PEOPLE):
        shared = Membership.objects.filter(space__in=spaces_of(me), left_at__isnull=True).values(
            "person_id"
        )
        qs = qs.filter(Q(role__in=list(ORG_ADULT_ROLES)) | Q(pk__in=shared))
    return qs.order_by("display_name", "pk")


def _latest(message) -> str:
    if message is None:
        return ""
    latest = message.versions.order_by("-number").first()
    return latest.body if latest else ""


def _int(value) -> int | None:
    return int(value) if value and value.isdigit() and len(value) < 18 else None


@page
@require_http_methods(["GET", "POST"])
def raise_concern(request):
    """Anyone, a young person first of all, tells the safeguarding lead what worries them."""
    me = request.user
    people = known_people(me)
    message_id = _int(request.GET.get("message") or request.POST.get("message"))
    message = _visible_message(me, message_id) if message_id else None
    about_id = _int(request.GET.get("about"))
    initial = {"about": about_id} if about_id and people.filter(pk=about_id).exists() else {}
    form = ConcernForm(request.POST or None, people=people, initial=initial)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            data = form.cleaned_data
            try:
                cases.do_raise_concern(
                    me,
                    summary=data["summary"],
                    about=data["about"],
                    message=message,
                    category=data["category"],
                    urgency=data["urgency"],
                )
            except InvalidInput as exc:
                form.add_error("summary", exc.detail[:1].upper() + exc.detail[1:] + ".")
                status = 400
            else:
                return redirect("web:concern_sent")
        else:
            status = 400
    return render_page(
        request,
        "web/concern_new.html",
        {
            "form": form,
            "message": message,
            "body": _latest(message),
            "nav": "concern",
        },
        status=status,
    )


@page
def concern_sent(request):
    return render_page(request, "web/concern_sent.html", {"nav": "concern"})


def _concern_row(c: Concern, case_ids: dict[int, int]) -> dict:
    return {
        "concern": c,
        "when": when(c.created_at),
        "urgency": URGENCY_LABELS.get(c.urgency, c.urgency),
        "case_id": case_ids.get(c.pk),
    }


@page
def concerns(request):
    """Every concern the lead may see, newest first, and whether it has a case."""
    me = request.user
    rows = list(
        cases.visible_concerns(me)
        .select_related("raised_by", "about", "routed_to")
        .order_by("-created_at", "-pk")[:200]
    )
    case_ids = dict(Case.objects.filter(concern__in=rows).values_list("concern_id", "pk"))
    return render_page(
        request,
        "web/concerns.html",
        {"rows": [_concern_row(c, case_ids) for c in rows], "nav": "concerns"},
    )


@page
@require_POST
def open_case(request, concern_id: int):
    me = request.user
    concern = get_for(me, Concern, concern_id, "concern")
    case = cases.do_open_case(me, concern)
    flash.success(request, "Case opened: the opening is on the record.")
    return redirect("web:case", case.pk)


def _moment(value) -> str:
    if not value:
        return ""
    try:
        return when(dt.datetime.fromisoformat(value))
    except (TypeError, ValueError):
        return str(value)


def _frozen(context: dict) -> dict | None:
    if not context or "message" not in context:
        return None
    m = context["message"]
    return {
        "sender": m.get("sender_name", ""),
        "space": m.get("space_name", ""),
        "sent": _moment(m.get("sent_at")),
        "versions": [
            {"number": v.get("number"), "body": v.get("body", ""), "at": _moment(v.get("at"))}
            for v in m.get("versions", [])
        ],
        "before": [
            {
                "sender": b.get("sender_name", ""),
                "body": b.get("body", ""),
                "at": _moment(b.get("sent_at")),
            }
            for b in context.get("before", [])
        ],
    }


@page
@require_http_methods(["GET", "POST"])
def case_page(request, case_id: int):
    """A case: the concern, the frozen copy of the message and its context, the chronology and
    a form for the next step. Every view is on the audit chain."""
    me = request.user
    case = get_for(me, Case, case_id, "case")
    form = CaseEntryForm(request.POST or None)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            data = form.cleaned_data
            try:
                cases.do_add_case_entry(
                    me, case, kind=data["kind"], outcome=data["outcome"], text=data["text"]
                )
            except InvalidInput as exc:
                field = "outcome" if "outcome" in exc.detail else None
                form.add_error(field, exc.detail[:1].upper() + exc.detail[1:] + ".")
                status = 400
            else:
                flash.success(request, "Added to the chronology.")
                return redirect("web:case", case.pk)
        else:
            status = 400
    cases.view_case(me, case)
    concern = Concern.objects.select_related("raised_by", "about", "routed_to").get(
        pk=case.concern_id
    )
    entries = [
        {
            "entry": e,
            "kind": KIND_LABELS.get(e.kind, e.kind),
            "outcome": OUTCOME_LABELS.get(e.outcome, e.outcome),
            "when": when(e.created_at),
        }
        for e in case.entries.select_related("author").order_by("created_at", "pk")
    ]
    closed = any(e["entry"].kind == CaseEntry.Kind.CLOSED for e in entries)
    return render_page(
        request,
        "web/case.html",
        {
            "case": case,
            "concern": concern,
            "raised": when(concern.created_at),
            "urgency": URGENCY_LABELS.get(concern.urgency, concern.urgency),
            "frozen": _frozen(concern.frozen_context),
            "entries": entries,
            "closed": closed,
            "form": None if closed else form,
            "nav": "concerns",
        },
        status=status,
    )


@page
@require_http_methods(["GET", "POST"])
def person_page(request, person_id: int):
    """A person: report them, raise a concern about them, and, for the organisation's adults,
    contact notes (C2)."""
    me = request.user
    person = get_for(me, Person, person_id, "person")
    if person.pk != me.pk and not known_people(me).filter(pk=person.pk).exists():
        raise NotFound("no such person")
    may_note = can(me, Action.ADD_CONTACT_NOTE)
    form = NoteForm(request.POST or None) if may_note else None
    status = 200
    if request.method == "POST":
        if form is None:
            raise Forbidden("contact notes are for the organisation's adults")
        if form.is_valid():
            try:
                cases.do_add_contact_note(me, text=form.cleaned_data["text"], person=person)
            except InvalidInput as exc:
                form.add_error("text", exc.detail[:1].upper() + exc.detail[1:] + ".")
                status = 400
            else:
                flash.success(request, "Note added to the record.")
                return redirect("web:person", person.pk)
        else:
            status = 400
    notes = []
    if may_note:
        notes = [
            {"note": n, "when": when(n.created_at)} for n in cases.visible_contact_notes(me, person)
        ]
    role = Role(person.role)
    return render_page(
        request,
        "web/person.html",
        {
            "person": person,
            "role": ROLE_LABELS.get(role, person.role),
            "form": form,
            "notes": notes,
        },
        status=status,
    )
