"""Concerns, cases with their chronology, and contact notes (C1, C2). All append-only."""

from __future__ import annotations

from django.db import models
from django.utils import timezone

from chaperone.scoping import AppendOnlyModel


class Concern(AppendOnlyModel):
    """Who raised it, about whom, what (a frozen copy of the message and its context), when,
    category and urgency; and the lead it went to."""

    AUDIT_FIELDS = (
        "organisation",
        "source",
        "raised_by",
        "about",
        "message",
        "category",
        "urgency",
        "summary",
        "frozen_context",
        "routed_to",
        "created_at",
    )

    class Source(models.TextChoices):
        PERSON = "person"
        SCREENING = "screening"

    class Urgency(models.TextChoices):
        LOW = "low"
        MEDIUM = "medium"
        HIGH = "high"
        IMMEDIATE = "immediate"

    organisation = models.ForeignKey("orgs.Organisation", on_delete=models.PROTECT)
    source = models.CharField(max_length=12, choices=Source.choices)
    raised_by = models.ForeignKey(
        "orgs.Person", null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    about = models.ForeignKey(
        "orgs.Person", null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    message = models.ForeignKey(
        "messaging.Message", null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    category = models.CharField(max_length=40)
    urgency = models.CharField(max_length=10, choices=Urgency.choices, default=Urgency.MEDIUM)
    summary = models.TextField()
    frozen_context = models.JSONField(default=dict)
    routed_to = models.ForeignKey(
        "orgs.Person", null=True, on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        indexes = [models.Index(fields=["organisation", "created_at"])]

    def __str__(self) -> str:
        return f"concern {self.pk} ({self.category}, {self.urgency})"


class Case(AppendOnlyModel):
    """A concern a lead has opened. Its state is the last entry of its chronology."""

    AUDIT_FIELDS = ("organisation", "concern", "opened_by", "opened_at")

    organisation = models.ForeignKey("orgs.Organisation", on_delete=models.PROTECT)
    concern = models.OneToOneField(Concern, on_delete=models.PROTECT, related_name="case")
    opened_by = models.ForeignKey("orgs.Person", on_delete=models.PROTECT, related_name="+")
    opened_at = models.DateTimeField(default=timezone.now)

    def __str__(self) -> str:
        return f"case {self.pk}"


class CaseEntry(AppendOnlyModel):
    """One step on a case's chronology: a triage outcome, a note, a referral, a closure."""

    AUDIT_FIELDS = ("organisation", "case", "kind", "outcome", "text", "author", "created_at")

    class Kind(models.TextChoices):
        OPENED = "opened"
        TRIAGE = "triage"
        NOTE = "note"
        CLOSED = "closed"

    class Outcome(models.TextChoices):
        NONE = ""
        NO_FURTHER_ACTION = "no_further_action"
        MONITOR = "monitor"
        INTERNAL_ACTION = "internal_action"
        SOCIAL_CARE = "referral_childrens_social_care"
        POLICE = "referral_police"
        CEOP = "referral_ceop"
        LADO = "referral_designated_officer"

    organisation = models.ForeignKey("orgs.Organisation", on_delete=models.PROTECT)
    case = models.ForeignKey(Case, on_delete=models.PROTECT, related_name="entries")
    kind = models.CharField(max_length=10, choices=Kind.choices)
    outcome = models.CharField(max_length=40, choices=Outcome.choices, blank=True, default="")
    text = models.TextField(blank=True)
    author = models.ForeignKey("orgs.Person", on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["created_at", "id"]

    def __str__(self) -> str:
        return f"{self.kind} on case {self.case_id}"


class ContactNote(AppendOnlyModel):
    """A note on any contact (a message, a space, a person): part of the record (C2)."""

    AUDIT_FIELDS = ("organisation", "author", "person", "message", "space", "text", "created_at")

    organisation = models.ForeignKey("orgs.Organisation", on_delete=models.PROTECT)
    author = models.ForeignKey("orgs.Person", on_delete=models.PROTECT, related_name="+")
    person = models.ForeignKey(
        "orgs.Person", null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    message = models.ForeignKey(
        "messaging.Message", null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    space = models.ForeignKey(
        "messaging.Space", null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    text = models.TextField()
    created_at = models.DateTimeField(default=timezone.now)

    def __str__(self) -> str:
        return f"note {self.pk}"
