"""Photos and the children they show (S6)."""

from __future__ import annotations

from django.db import models
from django.utils import timezone

from chaperone.scoping import OrgManager


class Photo(models.Model):
    """A picture as stored: re-encoded on upload, so it carries no location or camera data."""

    organisation = models.ForeignKey("orgs.Organisation", on_delete=models.PROTECT)
    uploaded_by = models.ForeignKey("orgs.Person", on_delete=models.PROTECT, related_name="+")
    file = models.FileField(upload_to="photos/%Y/%m/", max_length=200)
    content_type = models.CharField(max_length=40, default="image/jpeg")
    width = models.PositiveIntegerField()
    height = models.PositiveIntegerField()
    sha256 = models.CharField(max_length=64)
    created_at = models.DateTimeField(default=timezone.now)

    objects = OrgManager()

    def __str__(self) -> str:
        return f"photo {self.pk} ({self.width}x{self.height})"


class PhotoSubject(models.Model):
    """A child named as shown in a photo; ``agreed_at`` is the child's own agreement, needed when
    another young person posted the picture (S6)."""

    photo = models.ForeignKey(Photo, on_delete=models.PROTECT, related_name="subjects")
    child = models.ForeignKey("orgs.Person", on_delete=models.PROTECT, related_name="+")
    agreed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["photo", "child"], name="one_subject_per_child")
        ]

    def __str__(self) -> str:
        return f"{self.child_id} in photo {self.photo_id}"
