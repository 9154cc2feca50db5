"""The review queue (D1): one reviewable per target, a score row per detector hit or report, and
a history row per decision. Removals hide a message from its audience and keep it (M9)."""

from __future__ import annotations

from django.db import models
from django.utils import timezone

from chaperone.scoping import AppendOnlyModel, OrgManager


class Reviewable(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending"
        APPROVED = "approved"
        EDIT_REQUESTED = "edit_requested"
        REMOVED = "removed"
        DISMISSED = "dismissed"  # a report looked at and found to need nothing

    class Target(models.TextChoices):
        MESSAGE = "message"
        SPACE = "space"
        PERSON = "person"

    organisation = models.ForeignKey("orgs.Organisation", on_delete=models.PROTECT)
    target_type = models.CharField(max_length=10, choices=Target.choices)
    message = models.ForeignKey(
        "messaging.Message", null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    space = models.ForeignKey(
        "messaging.Space", null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    person = models.ForeignKey(
        "orgs.Person", null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.PENDING)
    version = models.PositiveIntegerField(default=1)  # two moderators cannot overwrite each other
    created_at = models.DateTimeField(default=timezone.now)
    waiting_since = models.DateTimeField(default=timezone.now)
    decided_at = models.DateTimeField(null=True, blank=True)

    objects = OrgManager()

    class Meta:
        indexes = [models.Index(fields=["organisation", "status", "waiting_since"])]
        constraints = [
            models.UniqueConstraint(
                fields=["message"],
                condition=models.Q(message__isnull=False),
                name="one_reviewable_per_message",
            ),
            models.UniqueConstraint(
                fields=["space"],
                condition=models.Q(space__isnull=False),
                name="one_reviewable_per_space",
            ),
            models.UniqueConstraint(
                fields=["person"],
                condition=models.Q(person__isnull=False),
                name="one_reviewable_per_person",
            ),
        ]

    def __str__(self) -> str:
        return f"review of {self.target_type} ({self.status})"

    @property
    def target(self):
        return self.message or self.space or self.person


class ReviewScore(AppendOnlyModel):
    """Why an item is in the queue: a detector's finding or a person's report."""

    class Source(models.TextChoices):
        SCREENING = "screening"
        REPORT = "report"

    organisation = models.ForeignKey("orgs.Organisation", on_delete=models.PROTECT)
    reviewable = models.ForeignKey(Reviewable, on_delete=models.PROTECT, related_name="scores")
    source = models.CharField(max_length=12, choices=Source.choices)
    rule = models.CharField(max_length=10, blank=True)
    category = models.CharField(max_length=40, blank=True)
    score = models.FloatField(default=0.0)
    why = models.CharField(max_length=1000)
    reporter = models.ForeignKey(
        "orgs.Person", null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)

    def __str__(self) -> str:
        return f"{self.source} {self.rule} {self.category}"


class ReviewAction(AppendOnlyModel):
    """One decision on an item, with the reason given (the item's history)."""

    organisation = models.ForeignKey("orgs.Organisation", on_delete=models.PROTECT)
    reviewable = models.ForeignKey(Reviewable, on_delete=models.PROTECT, related_name="actions")
    action = models.CharField(max_length=20)
    actor = models.ForeignKey("orgs.Person", on_delete=models.PROTECT, related_name="+")
    reason = models.CharField(max_length=1000, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    def __str__(self) -> str:
        return f"{self.action} by {self.actor_id}"


class MessageRemoval(AppendOnlyModel):
    """A moderator's removal: the message is hidden from its audience; the DSL and the record
    keep it (M9)."""

    AUDIT_FIELDS = ("organisation", "message", "removed_by", "reason", "created_at")

    organisation = models.ForeignKey("orgs.Organisation", on_delete=models.PROTECT)
    message = models.OneToOneField(
        "messaging.Message", on_delete=models.PROTECT, related_name="removal"
    )
    removed_by = models.ForeignKey("orgs.Person", on_delete=models.PROTECT, related_name="+")
    reason = models.CharField(max_length=1000)
    created_at = models.DateTimeField(default=timezone.now)

    def __str__(self) -> str:
        return f"removal of message {self.message_id}"


class Post(models.Model):
    """A post for the organisation's public pages and accounts (D3): drafted here, screened,
    checked against photo consent, approved by an online presence manager, then marked ready."""

    class Status(models.TextChoices):
        DRAFT = "draft"
        APPROVED = "approved"
        READY = "ready"

    organisation = models.ForeignKey("orgs.Organisation", on_delete=models.PROTECT)
    author = models.ForeignKey("orgs.Person", on_delete=models.PROTECT, related_name="+")
    channel = models.CharField(max_length=80, blank=True)  # which page or account it is for
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.DRAFT)
    approved_by = models.ForeignKey(
        "orgs.Person", null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    approved_at = models.DateTimeField(null=True, blank=True)
    ready_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    objects = OrgManager()

    def __str__(self) -> str:
        return f"post {self.pk} ({self.status})"

    @property
    def latest(self) -> PostVersion:
        return self.versions.order_by("-number").first()


class PostVersion(AppendOnlyModel):
    """One version of a post's text and pictures, with its screening."""

    AUDIT_FIELDS = ("post", "number", "text", "photo_ids", "screening", "edited_by", "created_at")

    organisation = models.ForeignKey("orgs.Organisation", on_delete=models.PROTECT)
    post = models.ForeignKey(Post, on_delete=models.PROTECT, related_name="versions")
    number = models.PositiveIntegerField()
    text = models.TextField()
    photo_ids = models.JSONField(default=list)
    screening = models.JSONField(default=dict)
    edited_by = models.ForeignKey("orgs.Person", on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["post", "number"], name="one_post_version_number")
        ]

    def __str__(self) -> str:
        return f"post {self.post_id} v{self.number}"
