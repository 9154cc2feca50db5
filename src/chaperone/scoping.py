"""Every record belongs to one organisation, and every query says which."""

from __future__ import annotations

from django.db import models


class OrgQuerySet(models.QuerySet):
    def for_org(self, organisation) -> OrgQuerySet:
        org_id = getattr(organisation, "pk", organisation)
        return self.filter(organisation_id=org_id)


class OrgManager(models.Manager.from_queryset(OrgQuerySet)):
    pass


class AppendOnlyQuerySet(OrgQuerySet):
    """Rows that are a record: they are added, never updated in bulk, never deleted (M9)."""

    def delete(self):
        raise PermissionError("records are never deleted (M9)")

    def update(self, **kwargs):
        raise PermissionError("records are never changed once written (M9)")


class AppendOnlyManager(models.Manager.from_queryset(AppendOnlyQuerySet)):
    pass


class AppendOnlyModel(models.Model):
    """A model whose rows are written once and never changed or deleted (M9, M10)."""

    objects = AppendOnlyManager()

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        if not self._state.adding:
            raise PermissionError(f"{type(self).__name__} rows are never changed (M9)")
        kwargs["force_insert"] = True
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise PermissionError(f"{type(self).__name__} rows are never deleted (M9)")
