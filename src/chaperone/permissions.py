"""The one place that answers "may this actor do this to that?".

Rules of conduct (who may message whom, when) live in ``chaperone.policy``; this module decides
access: who may see or change which records. Everything is scoped to the actor's organisation
first: a record of another organisation is reported as not found, never as forbidden, so its
existence does not leak.
"""

from __future__ import annotations

from enum import StrEnum

from chaperone.errors import Forbidden, NotFound
from chaperone.policy import ORG_ADULT_ROLES, Role

MANAGERS = frozenset({Role.ADMIN, Role.DSL})
LEADS = frozenset({Role.DSL})


class Action(StrEnum):
    CREATE_PERSON = "create_person"
    LIST_PEOPLE = "list_people"
    VIEW_PERSON = "view_person"
    VIEW_CONTACT_DETAILS = "view_contact_details"  # M5
    LINK_GUARDIAN = "link_guardian"
    RECORD_CONSENT = "record_consent"
    VIEW_CONSENTS = "view_consents"
    CREATE_SPACE = "create_space"
    ADD_MEMBER = "add_member"
    VIEW_SPACE = "view_space"
    SEND = "send"
    EDIT_MESSAGE = "edit_message"
    VIEW_MESSAGE = "view_message"
    APPROVE_CONTACT = "approve_contact"
    OVERRIDE_QUIET_HOURS = "override_quiet_hours"
    VIEW_INBOX = "view_inbox"
    CREATE_TOKEN = "create_token"
    CHANGE_SETTINGS = "change_settings"
    VIEW_AUDIT = "view_audit"
    REPORT = "report"  # D2: anyone, a child first of all
    REVIEW = "review"  # D1: the designated people
    RAISE_CONCERN = "raise_concern"  # C1: anyone
    VIEW_CONCERNS = "view_concerns"
    OPEN_CASE = "open_case"  # C1: the DSL and deputies only
    ADD_CONTACT_NOTE = "add_contact_note"  # C2: the organisation's adults
    SET_UP_TWO_FACTOR = "set_up_two_factor"  # the organisation's adults
    DRAFT_POST = "draft_post"  # D3: the organisation's adults
    APPROVE_POST = "approve_post"  # D3: an online presence manager (or a lead), not the author


def same_org(actor, obj) -> bool:
    return getattr(obj, "organisation_id", None) == actor.organisation_id


def require_same_org(actor, obj, what: str = "record") -> None:
    if obj is None or not same_org(actor, obj):
        raise NotFound(f"no such {what}")


def _role(person) -> Role:
    return Role(person.role)


def is_lead(person) -> bool:
    """The DSL or a deputy: the people who hold concerns and cases."""
    return person.role == Role.DSL or bool(getattr(person, "deputy_lead", False))


def is_reviewer(person) -> bool:
    """The designated people of the review queue: leads and online presence managers."""
    return is_lead(person) or bool(getattr(person, "presence_manager", False))


def is_guardian_of(actor, child) -> bool:
    from chaperone.orgs.models import Guardianship

    return Guardianship.objects.filter(guardian_id=actor.pk, child_id=child.pk).exists()


def is_member(actor, space) -> bool:
    return space.memberships.filter(person_id=actor.pk, left_at__isnull=True).exists()


def can(actor, action: Action, target=None) -> bool:
    """True when ``actor`` may do ``action`` to ``target`` (same organisation assumed checked)."""
    if actor is None or not actor.is_authenticated or not actor.is_active:
        return False
    if target is not None and hasattr(target, "organisation_id") and not same_org(actor, target):
        return False
    role = _role(actor)
    match action:
        case Action.CREATE_PERSON | Action.LINK_GUARDIAN | Action.CHANGE_SETTINGS:
            return role in MANAGERS
        case Action.LIST_PEOPLE:
            return role in ORG_ADULT_ROLES
        case Action.VIEW_PERSON:
            return (
                role in ORG_ADULT_ROLES
                or target.role in ORG_ADULT_ROLES  # everyone may find the organisation's adults
                or target.pk == actor.pk
                or (role == Role.PARENT and is_guardian_of(actor, target))
            )
        case Action.VIEW_CONTACT_DETAILS:
            # M5: a child's own phone and email are for admins and the DSL (and the child and
            # their parents); staff and volunteers never see them.
            if target.role != Role.YOUNG_PERSON:
                return role in ORG_ADULT_ROLES or target.pk == actor.pk
            return (
                role in MANAGERS
                or target.pk == actor.pk
                or (role == Role.PARENT and is_guardian_of(actor, target))
            )
        case Action.RECORD_CONSENT:
            # A guardian gives consent for their own child; admins and the DSL record a consent
            # a guardian gave on paper, naming that guardian.
            return role in MANAGERS or (role == Role.PARENT and is_guardian_of(actor, target))
        case Action.VIEW_CONSENTS:
            return (
                role in ORG_ADULT_ROLES
                or target.pk == actor.pk
                or (role == Role.PARENT and is_guardian_of(actor, target))
            )
        case Action.CREATE_SPACE:
            return role in ORG_ADULT_ROLES
        case Action.ADD_MEMBER:
            return role in MANAGERS or (role in ORG_ADULT_ROLES and is_member(actor, target))
        case Action.VIEW_SPACE | Action.SEND:
            return is_member(actor, target) or (action == Action.VIEW_SPACE and is_lead(actor))
        case Action.VIEW_MESSAGE:
            from chaperone.messaging.models import Delivery

            return (
                is_lead(actor)
                or target.sender_id == actor.pk
                or is_member(actor, target.space)
                or Delivery.objects.filter(message=target, recipient=actor).exists()
            )
        case Action.EDIT_MESSAGE:
            return target.sender_id == actor.pk
        case Action.APPROVE_CONTACT:
            return role == Role.PARENT and is_guardian_of(actor, target.child)
        case Action.OVERRIDE_QUIET_HOURS:
            return role in LEADS
        case Action.VIEW_INBOX:
            return target.pk == actor.pk or (role == Role.PARENT and is_guardian_of(actor, target))
        case Action.CREATE_TOKEN:
            return target.pk == actor.pk or role == Role.ADMIN
        case Action.VIEW_AUDIT:
            return role in MANAGERS
        case Action.REPORT | Action.RAISE_CONCERN:
            return True
        case Action.REVIEW:
            return is_reviewer(actor)
        case Action.VIEW_CONCERNS:
            return is_lead(actor)
        case Action.OPEN_CASE:
            # A concern about a lead is for the other leads, never for the lead concerned.
            return is_lead(actor) and (target is None or target.about_id != actor.pk)
        case Action.ADD_CONTACT_NOTE | Action.DRAFT_POST | Action.SET_UP_TWO_FACTOR:
            return role in ORG_ADULT_ROLES
        case Action.APPROVE_POST:
            return is_reviewer(actor) and (target is None or target.author_id != actor.pk)
    return False


def require(actor, action: Action, target=None, what: str = "record") -> None:
    """Raise ``NotFound`` for another organisation's record, ``Forbidden`` for a refusal."""
    if target is not None and hasattr(target, "organisation_id"):
        require_same_org(actor, target, what)
    if not can(actor, action, target):
        raise Forbidden(f"you may not {action.value.replace('_', ' ')}")
