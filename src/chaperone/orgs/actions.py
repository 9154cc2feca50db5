"""What changes organisations, people, guardianships, consents and tokens.

Every ``do_...`` runs in one durable transaction and writes its audit entries inside it.
"""

from __future__ import annotations

import datetime as dt

from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import IntegrityError, transaction
from django.utils import timezone

from chaperone.audit import chain
from chaperone.audit.event_types import EventType
from chaperone.errors import InvalidInput, Refused
from chaperone.orgs.models import ApiToken, ConsentEvent, Guardianship, Organisation, Person
from chaperone.permissions import Action, require
from chaperone.policy import Channel, Reason, Role
from chaperone.policy.facts import age_on


def _check_email(email: str) -> str:
    email = (email or "").strip().lower()
    try:
        validate_email(email)
    except ValidationError as exc:
        raise InvalidInput(f"{email!r} is not an email address") from exc
    return email


@transaction.atomic(durable=True)
def do_create_organisation(
    *, name: str, slug: str, admin_email: str, admin_name: str, admin_password: str | None = None
) -> tuple[Organisation, Person]:
    """A new organisation with its first admin (who then creates everyone else)."""
    if Organisation.objects.filter(slug=slug).exists():
        raise InvalidInput(f"an organisation called {slug!r} exists already")
    org = Organisation.objects.create(name=name, slug=slug)
    admin = Person.objects.create_user(
        _check_email(admin_email),
        password=admin_password,
        organisation=org,
        display_name=admin_name,
        role=Role.ADMIN,
    )
    chain.append(
        EventType.ORGANISATION_CREATED,
        organisation=org,
        actor=admin,
        obj=org,
        snapshot={"name": name, "slug": slug},
    )
    chain.append(
        EventType.PERSON_CREATED,
        organisation=org,
        actor=admin,
        obj=admin,
        snapshot={"role": admin.role},
    )
    return org, admin


def check_new_person(
    actor: Person, *, email: str, role: str, date_of_birth: dt.date | None, display_name: str
) -> str:
    require(actor, Action.CREATE_PERSON)
    email = _check_email(email)
    try:
        role = Role(role)
    except ValueError as exc:
        raise InvalidInput(f"unknown role {role!r}; one of {', '.join(Role)}") from exc
    if not display_name.strip():
        raise InvalidInput("a person needs a name")
    today = timezone.localdate()
    if role == Role.YOUNG_PERSON:
        if date_of_birth is None:
            raise InvalidInput("a young person needs a date of birth: rules change with age")
        if date_of_birth > today:
            raise InvalidInput("a date of birth cannot be in the future")
        if age_on(date_of_birth, today) >= 18:
            raise InvalidInput(
                "a member aged 18 or over is an adult participant, not a young person"
            )
    if (
        role == Role.ADULT_PARTICIPANT
        and date_of_birth is not None
        and age_on(date_of_birth, today) < 18
    ):
        raise InvalidInput("an adult participant must be 18 or over; add a young person")
    if Person.objects.filter(email=email).exists():
        raise InvalidInput(f"{email} already has an account")
    return email


@transaction.atomic(durable=True)
def do_create_person(
    actor: Person,
    *,
    email: str,
    display_name: str,
    role: str,
    date_of_birth: dt.date | None = None,
    phone: str = "",
    contact_email: str = "",
    password: str | None = None,
    email_copies: bool = False,
) -> Person:
    email = check_new_person(
        actor, email=email, role=role, date_of_birth=date_of_birth, display_name=display_name
    )
    if contact_email:
        contact_email = _check_email(contact_email)
    try:
        person = Person.objects.create_user(
            email,
            password=password,
            organisation_id=actor.organisation_id,
            display_name=display_name.strip(),
            role=role,
            date_of_birth=date_of_birth,
            phone=phone.strip(),
            contact_email=contact_email,
            email_copies=email_copies,
            created_by=actor,
        )
    except IntegrityError as exc:
        raise InvalidInput(f"{email} already has an account") from exc
    chain.append(
        EventType.PERSON_CREATED,
        organisation=actor.organisation,
        actor=actor,
        obj=person,
        subject=person if role == Role.YOUNG_PERSON else None,
        snapshot={"role": role},
    )
    return person


@transaction.atomic(durable=True)
def do_link_guardian(
    actor: Person, *, guardian: Person, child: Person, relationship: str = "parent"
) -> Guardianship:
    require(actor, Action.LINK_GUARDIAN)
    require(actor, Action.VIEW_PERSON, guardian, "person")
    require(actor, Action.VIEW_PERSON, child, "person")
    if child.role != Role.YOUNG_PERSON:
        raise InvalidInput(f"{child} is not a young person")
    if guardian.role != Role.PARENT:
        raise InvalidInput(f"{guardian} is not a parent or guardian (role {guardian.role})")
    if Guardianship.objects.filter(guardian=guardian, child=child).exists():
        raise InvalidInput(f"{guardian} is already linked to {child}")
    link = Guardianship.objects.create(
        organisation_id=actor.organisation_id,
        guardian=guardian,
        child=child,
        relationship=(relationship or "parent").strip()[:40],
        created_by=actor,
    )
    chain.append(
        EventType.GUARDIAN_LINKED,
        organisation=actor.organisation,
        actor=actor,
        subject=child,
        obj=link,
        snapshot={"guardian": guardian.pk, "child": child.pk},
    )
    return link


@transaction.atomic(durable=True)
def do_record_consent(
    actor: Person,
    *,
    child: Person,
    channel: str,
    granted: bool,
    given_by: Person | None = None,
    scope: str = "",
) -> ConsentEvent:
    """A guardian grants or withdraws consent for one channel (M3).

    A withdrawal stops contact at once: deliveries to the child that are waiting (quiet hours)
    through that channel are stopped in the same transaction.
    """
    require(actor, Action.RECORD_CONSENT, child, "person")
    try:
        channel = Channel(channel)
    except ValueError as exc:
        raise InvalidInput(f"unknown channel {channel!r}; one of {', '.join(Channel)}") from exc
    if child.role != Role.YOUNG_PERSON:
        raise InvalidInput(f"{child} is not a young person: consents are for children")
    given_by = given_by or actor
    if not Guardianship.objects.filter(guardian=given_by, child=child).exists():
        raise Refused(
            f"{given_by} is not a guardian of {child}",
            reasons=[Reason("M3", "only a child's parent or guardian gives or withdraws consent")],
        )
    event = ConsentEvent.objects.create(
        organisation_id=actor.organisation_id,
        child=child,
        channel=channel,
        granted=granted,
        given_by=given_by,
        recorded_by=actor,
        scope=scope.strip()[:300],
    )
    chain.append(
        EventType.CONSENT_GRANTED if granted else EventType.CONSENT_WITHDRAWN,
        organisation=actor.organisation,
        actor=actor,
        subject=child,
        obj=event,
        snapshot={"channel": channel.value, "granted": granted, "given_by": given_by.pk},
    )
    if not granted and channel == Channel.MESSAGES:
        from chaperone.messaging.actions.release import stop_waiting_deliveries

        stop_waiting_deliveries(
            child, actor=actor, reason=Reason("M3", "the parent's consent was withdrawn")
        )
    return event


@transaction.atomic(durable=True)
def do_create_token(actor: Person, person: Person, label: str = "") -> tuple[ApiToken, str]:
    """A new API token for ``person``; the key is returned once and only its hash is kept."""
    require(actor, Action.CREATE_TOKEN, person, "person")
    key = ApiToken.new_key()
    token = ApiToken.objects.create(
        organisation_id=person.organisation_id,
        person=person,
        prefix=key[:10],
        key_hash=ApiToken.hash_key(key),
        label=label[:100],
    )
    chain.append(
        EventType.TOKEN_CREATED,
        organisation=person.organisation,
        actor=actor,
        obj=token,
        snapshot={"person": person.pk, "prefix": token.prefix},
    )
    return token, key


def person_for_token(key: str) -> Person | None:
    if not key or len(key) > 200:
        return None
    token = (
        ApiToken.objects.select_related("person")
        .filter(key_hash=ApiToken.hash_key(key), revoked_at__isnull=True)
        .first()
    )
    if token is None or not token.person.is_active:
        return None
    return token.person
