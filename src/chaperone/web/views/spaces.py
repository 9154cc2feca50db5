"""My spaces, a space with its messages and send form, a message's versions, new spaces and
direct contact."""

from __future__ import annotations

from dataclasses import dataclass

from django.contrib import messages as flash
from django.shortcuts import redirect
from django.urls import reverse
from django.views.decorators.http import require_http_methods, require_POST

from chaperone.api.lookups import get_for
from chaperone.errors import Forbidden, InvalidInput, NotFound, Refused
from chaperone.messaging import actions
from chaperone.messaging.facts import active_memberships, current_approval
from chaperone.messaging.models import ContactApproval, Delivery, Message, Space
from chaperone.messaging.queries import space_messages, spaces_of, visible_messages
from chaperone.orgs.models import Person
from chaperone.permissions import Action, can, require
from chaperone.policy import ORG_ADULT_ROLES, DeliveryKind, DeliveryState, Role, SpaceKind
from chaperone.web import notices
from chaperone.web.forms import DirectForm, EditForm, MessageForm, PurposeForm, SpaceForm
from chaperone.web.pages import is_org_adult, page, render_page, when

SPACE_KIND_LABELS = {
    SpaceKind.GROUP: "Group",
    SpaceKind.ANNOUNCEMENT: "Announcements",
    SpaceKind.SUPERVISED: "Supervised contact",
    SpaceKind.STAFF_INBOX: "Staff inbox",
}
SPACE_ROLE_LABELS = {
    "manager": "manages this space",
    "member": "member",
    "second_adult": "second adult",
    "guardian": "parent or guardian",
}


@dataclass(frozen=True)
class Waiting:
    who: str
    state: str
    rule: str
    why: str
    until: str


@dataclass(frozen=True)
class Row:
    message: Message
    body: str
    version: int
    mine: bool
    can_edit: bool
    removed: bool
    waiting: tuple[Waiting, ...] = ()


@page
def home(request):
    me = request.user
    spaces = [
        {"space": s, "kind": SPACE_KIND_LABELS.get(SpaceKind(s.kind), s.kind)}
        for s in spaces_of(me)
    ]
    children, requests = [], []
    if me.role == Role.PARENT:
        children = list(
            Person.objects.for_org(me.organisation_id)
            .filter(guardianships_as_child__guardian=me)
            .order_by("display_name", "pk")
        )
        pending = (
            ContactApproval.objects.for_org(me.organisation_id)
            .filter(child__guardianships_as_child__guardian=me, approved__isnull=True)
            .select_related("child", "requested_by", "space")
            .order_by("requested_at", "pk")
        )
        requests = [a for a in pending if current_approval(a.space).pk == a.pk]
    waiting = []
    if is_org_adult(me):
        waiting = [
            _waiting(d) | {"space": d.message.space, "message_id": d.message_id}
            for d in Delivery.objects.for_org(me.organisation_id)
            .filter(message__sender=me, kind=DeliveryKind.RECIPIENT, state=DeliveryState.HELD)
            .select_related("recipient", "message__space")
            .order_by("release_at", "pk")[:50]
        ]
    return render_page(
        request,
        "web/home.html",
        {
            "spaces": spaces,
            "children": children,
            "requests": requests,
            "waiting": waiting,
            "nav": "home",
        },
    )


WAITING_STATES = {
    DeliveryState.HELD: "held",
    DeliveryState.WITHHELD: "not delivered",
    DeliveryState.STOPPED: "stopped before delivery",
}


def _waiting(d: Delivery) -> dict:
    state = "held for review" if d.held_for_review else WAITING_STATES.get(d.state, d.state)
    return {
        "who": d.recipient.display_name,
        "state": state,
        "rule": d.reason_rule,
        "why": d.reason_why,
        "until": when(d.release_at),
    }


def _rows(me, space) -> list[Row]:
    msgs = space_messages(me, space, limit=100)
    waiting: dict[int, list[Waiting]] = {}
    if is_org_adult(me):
        # A member of staff sees which deliveries of their own messages have not gone, and why.
        for d in (
            Delivery.objects.filter(
                message__in=[m for m in msgs if m.sender_id == me.pk], kind=DeliveryKind.RECIPIENT
            )
            .exclude(state=DeliveryState.DELIVERED)
            .select_related("recipient")
            .order_by("pk")
        ):
            waiting.setdefault(d.message_id, []).append(Waiting(**_waiting(d)))
    removed = set()
    if msgs:
        removed = set(
            Message.objects.filter(pk__in=[m.pk for m in msgs], removal__isnull=False).values_list(
                "pk", flat=True
            )
        )
    rows = []
    for m in msgs:
        latest = list(m.versions.all())[-1]
        rows.append(
            Row(
                message=m,
                body=latest.body,
                version=latest.number,
                mine=m.sender_id == me.pk,
                can_edit=can(me, Action.EDIT_MESSAGE, m) and m.kind == Message.Kind.MESSAGE,
                removed=m.pk in removed,
                waiting=tuple(waiting.get(m.pk, ())),
            )
        )
    return rows


def _approval_state(approval: ContactApproval | None) -> dict | None:
    if approval is None:
        return None
    if approval.approved is None:
        state = "waiting for a parent's answer"
    elif approval.approved:
        state = f"approved until {when(approval.expires_at)}" if approval.expires_at else "approved"
    else:
        state = "declined by a parent"
    return {"approval": approval, "state": state, "requested": when(approval.requested_at)}


def _may_ask_again(me, space, approval) -> bool:
    if space.kind != SpaceKind.SUPERVISED or space.child_initiated or not is_org_adult(me):
        return False
    if not can(me, Action.SEND, space):
        return False
    from django.utils import timezone

    return (
        approval is None
        or approval.approved is False
        or (approval.expires_at is not None and approval.expires_at <= timezone.now())
    )


@page
@require_http_methods(["GET", "POST"])
def space_page(request, space_id: int):
    me = request.user
    space = get_for(me, Space, space_id, "space")
    require(me, Action.VIEW_SPACE, space, "space")
    form = MessageForm(request.POST or None)
    notice, status = None, 200
    if request.method == "POST":
        if form.is_valid():
            try:
                result = actions.do_send_message(
                    me,
                    space,
                    form.cleaned_data["body"],
                    override_reason=form.cleaned_data["override_reason"],
                )
            except Refused as exc:
                notice, status = notices.refused(exc.reasons), 409
            except InvalidInput as exc:
                form.add_error("body", exc.detail.capitalize() + ".")
                status = 400
            else:
                request.session[notices.SESSION_KEY] = {
                    "space": space.pk,
                    **notices.after_send(me, result).to_session(),
                }
                return redirect(reverse("web:space", args=[space.pk]) + "#notice")
        else:
            status = 400
    else:
        saved = request.session.pop(notices.SESSION_KEY, None)
        if saved and saved.pop("space", None) == space.pk:
            notice = notices.SendNotice.from_session(saved)
    approval = current_approval(space)
    members = [
        {
            "person": m.person,
            "role": SPACE_ROLE_LABELS.get(m.space_role, m.space_role),
            "manager": m.space_role == "manager",
        }
        for m in active_memberships(space).order_by("person__display_name", "pk")
    ]
    return render_page(
        request,
        "web/space.html",
        {
            "space": space,
            "kind": SPACE_KIND_LABELS.get(SpaceKind(space.kind), space.kind),
            "members": members,
            "managers": [m["person"].display_name for m in members if m["manager"]],
            "rows": _rows(me, space),
            "form": form,
            "can_send": can(me, Action.SEND, space),
            "can_override": can(me, Action.OVERRIDE_QUIET_HOURS),
            "notice": notice,
            "approval": _approval_state(approval),
            "ask_again": PurposeForm() if _may_ask_again(me, space, approval) else None,
        },
        status=status,
    )


@page
@require_POST
def ask_again(request, space_id: int):
    me = request.user
    space = get_for(me, Space, space_id, "space")
    form = PurposeForm(request.POST)
    if not form.is_valid():
        flash.error(request, "Say what the contact is for: a parent approves that purpose.")
    else:
        try:
            actions.do_request_contact_again(me, space, purpose=form.cleaned_data["purpose"])
        except (Refused, InvalidInput) as exc:
            flash.error(request, _words(exc))
        else:
            flash.success(request, "Asked again: the child's parents will see your request.")
    return redirect("web:space", space.pk)


def _words(exc) -> str:
    text = exc.detail[:1].upper() + exc.detail[1:]
    if exc.reasons:
        text += ": " + "; ".join(f"{r.rule}: {r.why}" for r in exc.reasons)
    return text


def _visible_message(me, message_id: int) -> Message:
    message = get_for(me, Message, message_id, "message")
    require(me, Action.VIEW_MESSAGE, message, "message")
    if not visible_messages(me).filter(pk=message.pk).exists():
        raise NotFound("no such message")
    return message


@page
@require_http_methods(["GET", "POST"])
def message_page(request, message_id: int):
    """A message's versions, oldest first; its author may add a new version. Nothing is ever
    deleted (M9)."""
    me = request.user
    message = _visible_message(me, message_id)
    versions = list(message.versions.select_related("edited_by").order_by("number"))
    can_edit = can(me, Action.EDIT_MESSAGE, message) and message.kind == Message.Kind.MESSAGE
    form = EditForm(request.POST or None, initial={"body": versions[-1].body}) if can_edit else None
    reasons, status = (), 200
    if request.method == "POST":
        if form is None:
            raise Forbidden("only the author of a message edits it")
        if form.is_valid():
            try:
                version = actions.do_edit_message(me, message, form.cleaned_data["body"])
            except Refused as exc:
                reasons, status = exc.reasons, 409
            except InvalidInput as exc:
                form.add_error("body", exc.detail.capitalize() + ".")
                status = 400
            else:
                flash.success(
                    request,
                    f"Saved as version {version.number}. Earlier versions are kept and shown.",
                )
                return redirect(reverse("web:space", args=[message.space_id]) + f"#m{message.pk}")
        else:
            status = 400
    return render_page(
        request,
        "web/message.html",
        {
            "message": message,
            "versions": versions,
            "form": form,
            "refused": reasons,
            "removed": Message.objects.filter(pk=message.pk, removal__isnull=False).exists(),
            "can_view_space": can(me, Action.VIEW_SPACE, message.space),
        },
        status=status,
    )


def _people_for(me):
    qs = Person.objects.for_org(me.organisation_id).filter(is_active=True).exclude(pk=me.pk)
    if not can(me, Action.LIST_PEOPLE):
        qs = qs.filter(role__in=list(ORG_ADULT_ROLES))
    return qs.order_by("display_name", "pk")


@page
@require_http_methods(["GET", "POST"])
def direct(request):
    """Ask for one-to-one contact: with a child this is a supervised space with a second adult
    and the child's parents, or a refusal that says why (M1, M4)."""
    me = request.user
    form = DirectForm(request.POST or None, people=_people_for(me))
    reasons, status = (), 200
    if request.method == "POST":
        if form.is_valid():
            try:
                space = actions.do_open_direct(
                    me, form.cleaned_data["person"], purpose=form.cleaned_data["purpose"]
                )
            except Refused as exc:
                reasons, status = exc.reasons, 409
            except InvalidInput as exc:
                form.add_error(None, exc.detail)
                status = 400
            else:
                if space.kind == SpaceKind.SUPERVISED:
                    flash.info(
                        request,
                        "This is a supervised space: a second adult and the young person's "
                        "parents are in it too, so no adult and child talk alone (M1).",
                    )
                return redirect("web:space", space.pk)
        else:
            status = 400
    return render_page(
        request,
        "web/direct.html",
        {"form": form, "refused": reasons, "nav": "direct"},
        status=status,
    )


@page
@require_http_methods(["GET", "POST"])
def new_space(request):
    me = request.user
    require(me, Action.CREATE_SPACE)
    form = SpaceForm(request.POST or None, people=_people_for(me))
    reasons, status = (), 200
    if request.method == "POST":
        if form.is_valid():
            try:
                space = actions.do_create_space(
                    me,
                    kind=form.cleaned_data["kind"],
                    name=form.cleaned_data["name"],
                    description=form.cleaned_data["description"],
                    # The organisation's adults first, so that no step of adding the members
                    # leaves one adult alone with one young person (M1).
                    members=sorted(
                        form.cleaned_data["members"], key=lambda p: p.role not in ORG_ADULT_ROLES
                    ),
                )
            except Refused as exc:
                reasons, status = exc.reasons, 409
            except InvalidInput as exc:
                form.add_error(None, exc.detail)
                status = 400
            else:
                flash.success(request, f"{space.name} is ready.")
                return redirect("web:space", space.pk)
        else:
            status = 400
    return render_page(
        request,
        "web/space_new.html",
        {"form": form, "refused": reasons, "nav": "new_space"},
        status=status,
    )
