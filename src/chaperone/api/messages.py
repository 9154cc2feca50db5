"""Sending, reading, editing (never deleting) messages, and inboxes."""

from __future__ import annotations

from ninja import Query, Router, Status

from chaperone.api.lookups import get_for
from chaperone.api.schemas import (
    EditIn,
    ErrorOut,
    InboxItemOut,
    MessageIn,
    MessageOut,
    OverrideIn,
    SendOut,
    VersionOut,
)
from chaperone.errors import Refused
from chaperone.messaging import actions
from chaperone.messaging.models import Delivery, Message, Space
from chaperone.messaging.queries import inbox_items as _inbox
from chaperone.messaging.queries import space_messages, visible_messages
from chaperone.orgs.models import Person
from chaperone.permissions import Action, require
from chaperone.policy import ORG_ADULT_ROLES, DeliveryKind, DeliveryState, decide_delete

router = Router(tags=["messages"])
ERRORS = {400: ErrorOut, 403: ErrorOut, 404: ErrorOut, 405: ErrorOut, 409: ErrorOut, 422: ErrorOut}


def send_out(actor: Person, result) -> dict:
    d = result.decision
    deliveries = result.deliveries
    show_ids = actor.role in ORG_ADULT_ROLES  # M7: families never see one another's details

    def held(state):
        return [
            {
                "person_id": x.recipient_id,
                "rule": x.reason_rule,
                "why": x.reason_why,
                "until": x.release_at,
            }
            for x in deliveries
            if x.state == state and (show_ids or x.kind == DeliveryKind.RECIPIENT)
        ]

    delivered = [x for x in deliveries if x.state == DeliveryState.DELIVERED]
    return {
        "id": result.message.pk if result.message else None,
        "status": result.status,
        "delivered_to": [x.recipient_id for x in delivered if x.kind == DeliveryKind.RECIPIENT],
        "copied_to": [
            x.recipient_id for x in deliveries if x.kind != DeliveryKind.RECIPIENT and show_ids
        ],
        "held": held(DeliveryState.HELD),
        "withheld": held(DeliveryState.WITHHELD),
        "reasons": [r.as_dict() for r in d.reasons],
        "warnings": [r.as_dict() for r in d.warnings],
        "redirected_to_space_id": result.redirected_to.pk if result.redirected_to else None,
        "auto_reply": result.auto_reply.versions.first().body if result.auto_reply else None,
    }


def message_out(m: Message, my_state: str | None = None) -> dict:
    versions = list(m.versions.all())
    latest = versions[-1]
    return {
        "id": m.pk,
        "space_id": m.space_id,
        "sender_id": m.sender_id,
        "sender_name": m.sender.display_name,
        "kind": m.kind,
        "body": latest.body,
        "version": latest.number,
        "created_at": m.created_at,
        "edited_at": latest.created_at if latest.number > 1 else None,
        "my_delivery": my_state,
    }


@router.post("/spaces/{int:space_id}/messages", response={201: SendOut, **ERRORS})
def send(request, space_id: int, payload: MessageIn):
    """Send a message. The answer says `delivered`, `held` (and until when), who received it and
    who was copied; a refusal is a 409 with the reasons, and nothing is written."""
    space = get_for(request.user, Space, space_id, "space")
    result = actions.do_send_message(
        request.user, space, payload.body, override_reason=payload.override_reason
    )
    return Status(201, send_out(request.user, result))


def _visible(actor: Person):
    return visible_messages(actor)


@router.get("/spaces/{int:space_id}/messages", response={200: list[MessageOut], **ERRORS})
def list_messages(
    request,
    space_id: int,
    limit: int = Query(50, ge=1, le=200),
    before_id: int | None = Query(None, gt=0, lt=2**62),
):
    space = get_for(request.user, Space, space_id, "space")
    require(request.user, Action.VIEW_SPACE, space, "space")
    messages = space_messages(request.user, space, limit=limit, before_id=before_id)
    mine = dict(
        Delivery.objects.filter(recipient=request.user, message__space=space).values_list(
            "message_id", "state"
        )
    )
    return [message_out(m, mine.get(m.pk)) for m in messages]


def _message_for(actor: Person, message_id: int) -> Message:
    message = get_for(actor, Message, message_id, "message")
    require(actor, Action.VIEW_MESSAGE, message, "message")
    if not _visible(actor).filter(pk=message.pk).exists():
        from chaperone.errors import NotFound

        raise NotFound("no such message")
    return message


@router.get("/messages/{int:message_id}", response={200: MessageOut, **ERRORS})
def get_message(request, message_id: int):
    return message_out(_message_for(request.user, message_id))


@router.patch("/messages/{int:message_id}", response={200: MessageOut, **ERRORS})
def edit_message(request, message_id: int, payload: EditIn):
    """Edit your own message: a new version; every earlier version is kept (M9)."""
    message = _message_for(request.user, message_id)
    actions.do_edit_message(request.user, message, payload.body)
    return message_out(Message.objects.get(pk=message.pk))


@router.get("/messages/{int:message_id}/versions", response={200: list[VersionOut], **ERRORS})
def versions(request, message_id: int):
    message = _message_for(request.user, message_id)
    return [
        {
            "number": v.number,
            "body": v.body,
            "edited_by_id": v.edited_by_id,
            "created_at": v.created_at,
            "screening": v.screening,
        }
        for v in message.versions.order_by("number")
    ]


@router.delete("/messages/{int:message_id}", response={405: ErrorOut, **ERRORS})
def delete_message(request, message_id: int):
    """Nothing is deleted (M9): this always refuses, and says why."""
    _message_for(request.user, message_id)
    decision = decide_delete(request.user.facts())
    err = Refused("messages are never deleted", reasons=decision.reasons)
    return Status(405, err.as_dict())


@router.post("/messages/{int:message_id}/release", response={200: dict, **ERRORS})
def override_release(request, message_id: int, payload: OverrideIn):
    """The DSL sends now what quiet hours hold, with a reason kept on the record (M6)."""
    message = get_for(request.user, Message, message_id, "message")
    released = actions.do_override_release(request.user, message, reason=payload.reason)
    return {"released": released}


@router.get("/inbox", response={200: list[InboxItemOut], **ERRORS})
def my_inbox(
    request,
    limit: int = Query(50, ge=1, le=200),
    before_id: int | None = Query(None, gt=0, lt=2**62),
):
    """What reached you, newest first; a parent's copies say which child they were for (M2).
    Messages still held (quiet hours, review) appear once they are delivered."""
    return _inbox(request.user, limit, before_id)


@router.get("/people/{int:person_id}/inbox", response={200: list[InboxItemOut], **ERRORS})
def inbox(
    request,
    person_id: int,
    limit: int = Query(50, ge=1, le=200),
    before_id: int | None = Query(None, gt=0, lt=2**62),
):
    """A person's inbox: your own, or your child's if you are their parent."""
    person = get_for(request.user, Person, person_id, "person")
    require(request.user, Action.VIEW_INBOX, person, "person")
    return _inbox(person, limit, before_id)
