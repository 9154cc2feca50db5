"""A parent's pages: every copy sent to their child (M2), the child's consents per channel with
their history (M3), and answers to requests for direct contact (M4)."""

from __future__ import annotations

from django.contrib import messages as flash
from django.shortcuts import redirect
from django.views.decorators.http import require_POST

from chaperone.api.lookups import get_for
from chaperone.errors import InvalidInput, Refused
from chaperone.messaging import actions
from chaperone.messaging.models import ContactApproval, Delivery
from chaperone.messaging.queries import copies_for_child, latest_bodies
from chaperone.orgs import actions as org_actions
from chaperone.orgs.facts import current_consents
from chaperone.orgs.models import ConsentEvent, Person
from chaperone.permissions import Action, can, require
from chaperone.policy import Channel, DeliveryKind, DeliveryState
from chaperone.web.forms import CHANNEL_LABELS, ConsentForm, DecisionForm
from chaperone.web.pages import page, render_page, when


@page
def child_page(request, child_id: int):
    me = request.user
    child = get_for(me, Person, child_id, "person")
    require(me, Action.VIEW_INBOX, child, "person")
    require(me, Action.VIEW_CONSENTS, child, "person")
    copies = list(copies_for_child(me, child)[:200])
    bodies = latest_bodies(copies)
    # What became of the child's own copy: a parent reads at once what quiet hours hold (M6).
    theirs = {
        d.message_id: d
        for d in Delivery.objects.filter(
            recipient=child, message_id__in=[c.message_id for c in copies]
        )
    }
    waiting = (
        Delivery.objects.filter(
            recipient=me, kind=DeliveryKind.PARENT_COPY, for_child=child, state=DeliveryState.HELD
        )
        .order_by("release_at")
        .values_list("release_at", flat=True)
    )
    current = current_consents([child.pk])
    consents = []
    for channel in Channel:
        event = current.get((child.pk, channel.value))
        consents.append(
            {
                "channel": channel.value,
                "label": CHANNEL_LABELS[channel],
                "on": bool(event and event.granted),
                "event": event,
            }
        )
    history = (
        ConsentEvent.objects.filter(child=child)
        .select_related("given_by", "recorded_by")
        .order_by("-created_at", "-pk")
    )
    return render_page(
        request,
        "web/child.html",
        {
            "child": child,
            "copies": [
                {
                    "delivery": d,
                    "body": bodies.get((d.message_id, d.latest)),
                    "edited": d.latest > 1,
                    "child_state": _child_state(child, theirs.get(d.message_id)),
                }
                for d in copies
            ],
            "waiting": [when(at) if at else "" for at in waiting],
            "consents": consents,
            "history": [
                {"event": e, "label": CHANNEL_LABELS.get(Channel(e.channel), e.channel)}
                for e in history
            ],
            "can_record": can(me, Action.RECORD_CONSENT, child),
            "nav": f"child-{child.pk}",
        },
    )


def _child_state(child, delivery: Delivery | None) -> str:
    name = child.display_name
    if delivery is None:
        return ""
    if delivery.state == DeliveryState.DELIVERED:
        return f"{name} has it."
    if delivery.state == DeliveryState.HELD and delivery.release_at:
        why = f"{delivery.reason_rule}: {delivery.reason_why}"
        return f"{name} gets it {when(delivery.release_at)} ({why})."
    if delivery.state == DeliveryState.HELD:
        return f"Waiting for a review before {name} gets it."
    return f"Not delivered to {name} ({delivery.reason_rule}: {delivery.reason_why})."


@page
@require_POST
def record_consent(request, child_id: int):
    me = request.user
    child = get_for(me, Person, child_id, "person")
    form = ConsentForm(request.POST)
    if not form.is_valid():
        flash.error(request, "Choose a channel and whether to grant or withdraw consent.")
        return redirect("web:child", child.pk)
    channel = Channel(form.cleaned_data["channel"])
    granted = form.cleaned_data["granted"]
    try:
        org_actions.do_record_consent(me, child=child, channel=channel, granted=granted)
    except (Refused, InvalidInput) as exc:
        flash.error(request, exc.detail[:1].upper() + exc.detail[1:] + ".")
    else:
        label = CHANNEL_LABELS[channel].lower()
        if granted:
            flash.success(request, f"Consent for {label} is on for {child.display_name}.")
        else:
            flash.success(
                request,
                f"Consent for {label} is withdrawn for {child.display_name}: contact through "
                "this channel stopped at once, including anything waiting to be delivered.",
            )
    return redirect("web:child", child.pk)


@page
@require_POST
def decide_contact(request, request_id: int):
    me = request.user
    approval = get_for(me, ContactApproval, request_id, "contact request")
    form = DecisionForm(request.POST)
    if not form.is_valid():
        flash.error(request, "Choose approve or decline.")
        return redirect("web:home")
    try:
        approval = actions.do_decide_contact(me, approval, approved=form.cleaned_data["approved"])
    except (Refused, InvalidInput) as exc:
        flash.error(request, exc.detail[:1].upper() + exc.detail[1:] + ".")
    else:
        if approval.approved:
            flash.success(
                request,
                f"Approved: {approval.requested_by.display_name} may contact "
                f"{approval.child.display_name} for “{approval.purpose}” until "
                f"{when(approval.expires_at)}. You are in that space and see every message.",
            )
        else:
            flash.success(request, "Declined: no direct contact will happen for this request.")
    return redirect("web:home")
