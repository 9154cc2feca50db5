"""Organisations, the people in them, guardianships and consents."""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets

from django.contrib.auth.base_user import AbstractBaseUser, BaseUserManager
from django.db import models
from django.utils.timezone import localdate, now

from chaperone.policy import Channel, OrgSettings, PersonFacts, Role
from chaperone.policy.facts import age_on
from chaperone.scoping import AppendOnlyModel, OrgManager, OrgQuerySet


def _default_days() -> list[int]:
    return list(range(7))


def _default_help_lines() -> list[dict[str, str]]:
    return [
        {"name": "NSPCC helpline", "phone": "0808 800 5000", "url": "https://www.nspcc.org.uk"},
        {"name": "Childline", "phone": "0800 1111", "url": "https://www.childline.org.uk"},
        {"name": "CEOP (report online abuse)", "phone": "", "url": "https://www.ceop.police.uk"},
    ]


class Organisation(models.Model):
    name = models.CharField(max_length=200)
    slug = models.SlugField(max_length=60, unique=True)
    timezone = models.CharField(max_length=64, default="Europe/London")
    office_start = models.TimeField(default=dt.time(8, 0))
    office_end = models.TimeField(default=dt.time(21, 0))
    office_days = models.JSONField(default=_default_days)
    contact_approval_days = models.PositiveSmallIntegerField(default=7)
    welfare_lead = models.ForeignKey(
        "orgs.Person", null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    help_lines = models.JSONField(default=_default_help_lines)
    screening_overrides = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField(default=now)

    def __str__(self) -> str:
        return self.name

    def contacts(self) -> list[dict[str, str]]:
        """Whom to contact, shown in every space (D2): the welfare lead, the organisation's own
        help lines, and always NSPCC and CEOP."""
        out = []
        if self.welfare_lead_id:
            lead = self.welfare_lead
            out.append(
                {
                    "name": f"{lead.display_name} (welfare lead)",
                    "phone": "",
                    "url": f"mailto:{lead.email}",
                }
            )
        out.extend(
            {"name": h.get("name", ""), "phone": h.get("phone", ""), "url": h.get("url", "")}
            for h in self.help_lines or []
        )
        names = " ".join(c["name"] for c in out).lower()
        for default in _default_help_lines():
            key = default["name"].split()[0].lower()
            if key in ("nspcc", "ceop") and key not in names:
                out.append(default)
        return out

    def policy_settings(self) -> OrgSettings:
        return OrgSettings(
            timezone=self.timezone,
            office_start=self.office_start,
            office_end=self.office_end,
            office_days=frozenset(int(d) for d in self.office_days),
            contact_approval_days=self.contact_approval_days,
        )


class PersonManager(BaseUserManager.from_queryset(OrgQuerySet)):
    use_in_migrations = True

    def create_user(self, email, password=None, **fields):
        if not email:
            raise ValueError("a person needs an email address to log in")
        person = self.model(email=self.normalize_email(email).lower(), **fields)
        if password:
            person.set_password(password)
        else:
            person.set_unusable_password()
        person.save(using=self._db)
        return person


class Person(AbstractBaseUser):
    """Anyone with an account: every account is made by the organisation (no self-registration)."""

    organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="people")
    email = models.EmailField(unique=True)
    display_name = models.CharField(max_length=120)
    role = models.CharField(max_length=20, choices=[(r.value, r.value) for r in Role])
    date_of_birth = models.DateField(null=True, blank=True)
    # A child's own contact details: visible to admins and the DSL only (M5).
    phone = models.CharField(max_length=40, blank=True)
    contact_email = models.EmailField(blank=True)
    email_copies = models.BooleanField(default=False)  # parents who chose copies by email (M2)
    # A deputy safeguarding lead: opens cases like the DSL, and takes concerns about the DSL (C1).
    deputy_lead = models.BooleanField(default=False)
    # An online presence manager ("designated person"): review queue, outbound posts (D1, D3).
    presence_manager = models.BooleanField(default=False)
    is_active = models.BooleanField(default=True)
    created_at = models.DateTimeField(default=now)
    created_by = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )

    objects = PersonManager()

    USERNAME_FIELD = "email"
    EMAIL_FIELD = "email"
    REQUIRED_FIELDS = ["display_name"]

    class Meta:
        indexes = [models.Index(fields=["organisation", "role"])]

    def __str__(self) -> str:
        return self.display_name

    @property
    def is_staff(self) -> bool:  # Django's admin flag; Chaperone has no Django admin
        return False

    def age(self, today: dt.date | None = None) -> int | None:
        if self.date_of_birth is None:
            return None
        return age_on(self.date_of_birth, today or localdate())

    def facts(self, guardian_ids: frozenset[int] | None = None) -> PersonFacts:
        if guardian_ids is None:
            guardian_ids = (
                frozenset(self.guardianships_as_child.values_list("guardian_id", flat=True))
                if self.role == Role.YOUNG_PERSON
                else frozenset()
            )
        return PersonFacts(
            id=self.pk,
            role=Role(self.role),
            date_of_birth=self.date_of_birth,
            guardian_ids=guardian_ids,
            name=self.display_name,
            active=self.is_active,
        )


class Guardianship(AppendOnlyModel):
    """A parent or guardian linked to a child. Links are a record: never edited or deleted."""

    AUDIT_FIELDS = ("organisation", "guardian", "child", "relationship", "created_at")

    organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT)
    guardian = models.ForeignKey(
        Person, on_delete=models.PROTECT, related_name="guardianships_as_guardian"
    )
    child = models.ForeignKey(
        Person, on_delete=models.PROTECT, related_name="guardianships_as_child"
    )
    relationship = models.CharField(max_length=40, default="parent")
    created_at = models.DateTimeField(default=now)
    created_by = models.ForeignKey(Person, on_delete=models.PROTECT, related_name="+")

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["guardian", "child"], name="one_link_per_pair")
        ]

    def __str__(self) -> str:
        return f"{self.guardian} is {self.relationship} of {self.child}"


class ConsentEvent(AppendOnlyModel):
    """One grant or withdrawal of consent, by a guardian, for one child and channel (M3).

    The current consent is the latest event for the pair; the events are its full history.
    """

    AUDIT_FIELDS = (
        "organisation",
        "child",
        "channel",
        "granted",
        "given_by",
        "scope",
        "created_at",
    )

    organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT)
    child = models.ForeignKey(Person, on_delete=models.PROTECT, related_name="consent_events")
    channel = models.CharField(max_length=20, choices=[(c.value, c.value) for c in Channel])
    granted = models.BooleanField()
    given_by = models.ForeignKey(Person, on_delete=models.PROTECT, related_name="+")
    recorded_by = models.ForeignKey(Person, on_delete=models.PROTECT, related_name="+")
    scope = models.CharField(max_length=300, blank=True)
    created_at = models.DateTimeField(default=now)

    class Meta:
        indexes = [models.Index(fields=["child", "channel", "created_at"])]
        ordering = ["created_at", "id"]

    def __str__(self) -> str:
        verb = "granted" if self.granted else "withdrew"
        return f"{self.given_by} {verb} {self.channel} for {self.child}"


class ApiToken(models.Model):
    """A bearer token for the API. Only a hash is stored; the token is shown once."""

    organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT)
    person = models.ForeignKey(Person, on_delete=models.PROTECT, related_name="api_tokens")
    prefix = models.CharField(max_length=12)
    key_hash = models.CharField(max_length=64, unique=True)
    label = models.CharField(max_length=100, blank=True)
    created_at = models.DateTimeField(default=now)
    revoked_at = models.DateTimeField(null=True, blank=True)

    objects = OrgManager()

    def __str__(self) -> str:
        return f"{self.prefix}… for {self.person}"

    @staticmethod
    def hash_key(key: str) -> str:
        return hashlib.sha256(key.encode()).hexdigest()

    @staticmethod
    def new_key() -> str:
        return "chp_" + secrets.token_urlsafe(32)
