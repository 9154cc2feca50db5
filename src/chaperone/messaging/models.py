"""Spaces, memberships, messages with their versions, and deliveries."""

from __future__ import annotations

from django.db import models
from django.utils import timezone

from chaperone.policy import DeliveryKind, DeliveryState, SpaceKind, SpaceRole
from chaperone.scoping import AppendOnlyModel, OrgManager


class Space(models.Model):
    organisation = models.ForeignKey("orgs.Organisation", on_delete=models.PROTECT)
    kind = models.CharField(max_length=20, choices=[(k.value, k.value) for k in SpaceKind])
    name = models.CharField(max_length=120)
    description = models.CharField(max_length=500, blank=True)
    support_service = models.BooleanField(default=False)  # DSL-approved, exempt from M2
    subject_child = models.ForeignKey(
        "orgs.Person", null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    child_initiated = models.BooleanField(default=False)
    created_by = models.ForeignKey("orgs.Person", on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(default=timezone.now)

    objects = OrgManager()

    def __str__(self) -> str:
        return self.name


class Membership(models.Model):
    """A person in a space. Leaving sets ``left_at``; the row stays for the record."""

    organisation = models.ForeignKey("orgs.Organisation", on_delete=models.PROTECT)
    space = models.ForeignKey(Space, on_delete=models.PROTECT, related_name="memberships")
    person = models.ForeignKey("orgs.Person", on_delete=models.PROTECT, related_name="memberships")
    space_role = models.CharField(
        max_length=20, choices=[(r.value, r.value) for r in SpaceRole], default=SpaceRole.MEMBER
    )
    added_by = models.ForeignKey("orgs.Person", on_delete=models.PROTECT, related_name="+")
    joined_at = models.DateTimeField(default=timezone.now)
    left_at = models.DateTimeField(null=True, blank=True)

    objects = OrgManager()

    class Meta:
        indexes = [models.Index(fields=["person", "left_at"])]

    def __str__(self) -> str:
        return f"{self.person} in {self.space}"


class ContactApproval(models.Model):
    """A request for direct contact with a child, with its stated purpose, and a parent's answer
    (M4). Each occasion is a new row; the newest row of a space is the one that counts."""

    organisation = models.ForeignKey("orgs.Organisation", on_delete=models.PROTECT)
    space = models.ForeignKey(Space, on_delete=models.PROTECT, related_name="approvals")
    requested_by = models.ForeignKey("orgs.Person", on_delete=models.PROTECT, related_name="+")
    child = models.ForeignKey("orgs.Person", on_delete=models.PROTECT, related_name="+")
    purpose = models.CharField(max_length=500)
    requested_at = models.DateTimeField(default=timezone.now)
    approved = models.BooleanField(null=True)  # None while waiting for a parent
    decided_by = models.ForeignKey(
        "orgs.Person", null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    expires_at = models.DateTimeField(null=True, blank=True)

    objects = OrgManager()

    def __str__(self) -> str:
        return f"contact with {self.child}: {self.purpose}"


class Message(AppendOnlyModel):
    """A message. Its text lives in its versions; nothing here ever changes (M9)."""

    AUDIT_FIELDS = ("organisation", "space", "sender", "kind", "redirected_from", "created_at")

    class Kind(models.TextChoices):
        MESSAGE = "message"
        AUTO_REPLY = "auto_reply"  # M8

    organisation = models.ForeignKey("orgs.Organisation", on_delete=models.PROTECT)
    space = models.ForeignKey(Space, on_delete=models.PROTECT, related_name="messages")
    sender = models.ForeignKey("orgs.Person", on_delete=models.PROTECT, related_name="+")
    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.MESSAGE)
    redirected_from = models.ForeignKey(
        Space, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        indexes = [models.Index(fields=["space", "created_at"])]

    def __str__(self) -> str:
        return f"message {self.pk} in space {self.space_id}"


class MessageVersion(AppendOnlyModel):
    """One version of a message's text. An edit adds a version; none is ever changed (M9)."""

    AUDIT_FIELDS = ("message", "number", "body", "edited_by", "screening", "created_at")

    organisation = models.ForeignKey("orgs.Organisation", on_delete=models.PROTECT)
    message = models.ForeignKey(Message, on_delete=models.PROTECT, related_name="versions")
    number = models.PositiveIntegerField()
    body = models.TextField()
    edited_by = models.ForeignKey("orgs.Person", on_delete=models.PROTECT, related_name="+")
    screening = models.JSONField(default=dict)  # the engine's decision and findings (S7)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["message", "number"], name="one_version_number")
        ]
        ordering = ["message_id", "number"]

    def __str__(self) -> str:
        return f"message {self.message_id} v{self.number}"


class Delivery(models.Model):
    """Who a message reached, as what, and when: one row per recipient (and copy)."""

    organisation = models.ForeignKey("orgs.Organisation", on_delete=models.PROTECT)
    message = models.ForeignKey(Message, on_delete=models.PROTECT, related_name="deliveries")
    recipient = models.ForeignKey(
        "orgs.Person", on_delete=models.PROTECT, related_name="deliveries"
    )
    kind = models.CharField(max_length=20, choices=[(k.value, k.value) for k in DeliveryKind])
    for_child = models.ForeignKey(
        "orgs.Person", null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    state = models.CharField(max_length=20, choices=[(s.value, s.value) for s in DeliveryState])
    reason_rule = models.CharField(max_length=10, blank=True)
    reason_why = models.CharField(max_length=300, blank=True)
    release_at = models.DateTimeField(null=True, blank=True)
    held_for_review = models.BooleanField(default=False)
    delivered_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    objects = OrgManager()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["message", "recipient"], name="one_delivery_each")
        ]
        indexes = [
            models.Index(fields=["recipient", "state"]),
            models.Index(fields=["state", "release_at"]),
        ]
        verbose_name_plural = "deliveries"

    def __str__(self) -> str:
        return f"{self.kind} of message {self.message_id} to {self.recipient_id}: {self.state}"
