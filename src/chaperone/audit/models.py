"""The audit chain: an append-only, hash-chained log (M10)."""

from __future__ import annotations

from django.db import models

from chaperone.audit.event_types import EventType
from chaperone.scoping import AppendOnlyModel


class AuditEntry(AppendOnlyModel):
    """One event. Never updated, never deleted, never cascaded (and on PostgreSQL the database
    itself refuses UPDATE and DELETE). ``entry_hash`` covers every field and the previous entry's
    hash; ``record_hash`` covers the content of the record the entry is about, so a record changed
    behind the application's back is found too."""

    seq = models.BigIntegerField(unique=True)
    organisation = models.ForeignKey(
        "orgs.Organisation", null=True, on_delete=models.PROTECT, related_name="+"
    )
    event_type = models.PositiveSmallIntegerField(choices=[(e.value, e.name) for e in EventType])
    actor = models.ForeignKey(
        "orgs.Person", null=True, on_delete=models.PROTECT, related_name="audit_acted"
    )
    subject = models.ForeignKey(
        "orgs.Person", null=True, on_delete=models.PROTECT, related_name="audit_concerning"
    )
    object_type = models.CharField(max_length=60, blank=True)
    object_id = models.CharField(max_length=40, blank=True)
    object_repr = models.CharField(max_length=200, blank=True)
    snapshot = models.JSONField(default=dict)
    record_hash = models.CharField(max_length=64, blank=True)
    created_at = models.DateTimeField()
    prev_hash = models.CharField(max_length=64)
    entry_hash = models.CharField(max_length=64, unique=True)

    class Meta:
        ordering = ["seq"]
        indexes = [
            models.Index(fields=["organisation", "event_type"]),
            models.Index(fields=["object_type", "object_id"]),
        ]
        verbose_name_plural = "audit entries"

    def __str__(self) -> str:
        return f"#{self.seq} {EventType(self.event_type).name} {self.object_repr}"
