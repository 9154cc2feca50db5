"""Fetch a record by id for an actor: another organisation's id is simply not found."""

from __future__ import annotations

from chaperone.errors import NotFound


def get_for(actor, model, pk: int, what: str):
    if not isinstance(pk, int) or pk <= 0 or pk >= 2**62:
        raise NotFound(f"no such {what}")
    obj = model.objects.filter(pk=pk, organisation_id=actor.organisation_id).first()
    if obj is None:
        raise NotFound(f"no such {what}")
    return obj
