"""Reading the facts the policy engine needs about people and consents, in few queries."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from chaperone.orgs.models import ConsentEvent, Guardianship, Person
from chaperone.policy import Channel, ConsentFacts, PersonFacts, Role


def guardian_map(child_ids: Iterable[int]) -> dict[int, frozenset[int]]:
    out: dict[int, set[int]] = defaultdict(set)
    for child_id, guardian_id in Guardianship.objects.filter(
        child_id__in=list(child_ids)
    ).values_list("child_id", "guardian_id"):
        out[child_id].add(guardian_id)
    return {k: frozenset(v) for k, v in out.items()}


def people_facts(people: Iterable[Person]) -> dict[int, PersonFacts]:
    people = list(people)
    guardians = guardian_map(p.pk for p in people if p.role == Role.YOUNG_PERSON)
    return {p.pk: p.facts(guardians.get(p.pk, frozenset())) for p in people}


def current_consents(child_ids: Iterable[int]) -> dict[tuple[int, str], ConsentEvent]:
    """The latest consent event per (child, channel): the consent as it stands now."""
    latest: dict[tuple[int, str], ConsentEvent] = {}
    for event in ConsentEvent.objects.filter(child_id__in=list(child_ids)).order_by(
        "created_at", "id"
    ):
        latest[(event.child_id, event.channel)] = event
    return latest


def consent_facts(child_ids: Iterable[int]) -> ConsentFacts:
    granted = frozenset(
        (child_id, Channel(channel))
        for (child_id, channel), event in current_consents(child_ids).items()
        if event.granted
    )
    return ConsentFacts(granted)
