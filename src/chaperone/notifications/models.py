"""The outbox: every email the platform means to send is a row here before it is sent, so a mail
server that is down delays a notification but never loses it."""

from __future__ import annotations

from django.db import models
from django.utils import timezone

from chaperone.scoping import OrgManager


class Notification(models.Model):
    class State(models.TextChoices):
        QUEUED = "queued"  # waiting to be sent, or to be tried again after a failure
        SENT = "sent"
        SKIPPED = "skipped"  # never sent, with the reason (no consent, no address, inactive)

    organisation = models.ForeignKey("orgs.Organisation", on_delete=models.PROTECT)
    recipient = models.ForeignKey(
        "orgs.Person", on_delete=models.PROTECT, related_name="notifications"
    )
    to_address = models.EmailField(blank=True)
    kind = models.CharField(max_length=40)
    subject = models.CharField(max_length=200)
    body = models.TextField()
    state = models.CharField(max_length=10, choices=State.choices, default=State.QUEUED)
    skip_reason = models.CharField(max_length=300, blank=True)
    attempts = models.PositiveIntegerField(default=0)
    last_error = models.CharField(max_length=500, blank=True)
    next_attempt_at = models.DateTimeField(default=timezone.now)
    sent_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    objects = OrgManager()

    class Meta:
        indexes = [models.Index(fields=["state", "next_attempt_at"])]
        ordering = ["created_at", "id"]

    def __str__(self) -> str:
        return f"{self.kind} to {self.recipient_id} ({self.state})"
