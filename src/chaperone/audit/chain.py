"""Appending to and verifying the audit chain (M10).

Each entry's hash covers its own fields and the previous entry's hash, so a changed, deleted,
inserted or reordered entry breaks the chain from that point. Entries about an immutable record
(a message version, a consent, a guardian link) also carry ``record_hash``, a hash of the record's
content: ``verify`` recomputes it from the row as it is now, and also checks that every such record
is covered by an entry, so a record changed, added or removed behind the application's back, or the
entry for the newest record deleted, is found as well.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass

from django.apps import apps
from django.db import connection, models, transaction
from django.utils import timezone

from chaperone.audit.event_types import EventType
from chaperone.audit.models import AuditEntry

GENESIS = "0" * 64
_PG_LOCK_KEY = 0x43686170  # "Chap": one advisory lock serialises appends across processes


def _canonical(value) -> object:
    if isinstance(value, dt.datetime):
        if timezone.is_naive(value):
            value = timezone.make_aware(value, dt.UTC)
        return value.astimezone(dt.UTC).isoformat(timespec="microseconds")
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): _canonical(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_canonical(v) for v in value]
    return value


def _digest(data: dict) -> str:
    text = json.dumps(_canonical(data), sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def record_fields(instance: models.Model) -> dict:
    """The content of an audited record: the fields its model lists in ``AUDIT_FIELDS``."""
    names: Iterable[str] = type(instance).AUDIT_FIELDS
    out = {}
    for name in names:
        field = instance._meta.get_field(name)
        out[name] = getattr(instance, field.attname)
    return out


def record_hash(instance: models.Model) -> str:
    return _digest(record_fields(instance))


def _object_type(instance: models.Model) -> str:
    return instance._meta.label_lower


def _entry_fields(entry: AuditEntry) -> dict:
    return {
        "seq": entry.seq,
        "organisation": entry.organisation_id,
        "event_type": entry.event_type,
        "actor": entry.actor_id,
        "subject": entry.subject_id,
        "object_type": entry.object_type,
        "object_id": entry.object_id,
        "object_repr": entry.object_repr,
        "snapshot": entry.snapshot,
        "record_hash": entry.record_hash,
        "created_at": entry.created_at,
        "prev_hash": entry.prev_hash,
    }


def entry_hash(entry: AuditEntry) -> str:
    return _digest(_entry_fields(entry))


def append(
    event_type: EventType,
    *,
    organisation,
    actor=None,
    subject=None,
    obj: models.Model | None = None,
    snapshot: dict | None = None,
    covers: Iterable[models.Model] = (),
) -> AuditEntry:
    """Add one entry at the head of the chain. Must run inside the action's transaction.

    ``obj`` is what the entry is about (its repr is kept so the entry still reads if the object
    is ever purged); ``covers`` are immutable records whose content the entry vouches for (each
    model lists its content in ``AUDIT_FIELDS``); ``obj`` is covered too when it has them.
    """
    if not connection.in_atomic_block:
        raise RuntimeError("audit entries are written inside the action's transaction")
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [_PG_LOCK_KEY])
    records = list(covers)
    if obj is not None and hasattr(obj, "AUDIT_FIELDS") and obj not in records:
        records.insert(0, obj)
    snap = dict(snapshot or {})
    if records:
        snap["covers"] = [[_object_type(r), str(r.pk), record_hash(r)] for r in records]
    head = AuditEntry.objects.order_by("-seq").values_list("seq", "entry_hash").first()
    seq, prev = (head[0] + 1, head[1]) if head else (1, GENESIS)
    entry = AuditEntry(
        seq=seq,
        organisation=organisation,
        event_type=int(event_type),
        actor=actor,
        subject=subject,
        object_type=_object_type(obj) if obj is not None else "",
        object_id=str(obj.pk) if obj is not None else "",
        object_repr=str(obj)[:200] if obj is not None else "",
        snapshot=_canonical(snap),
        record_hash=_digest({"covers": snap["covers"]}) if records else "",
        created_at=timezone.now(),
        prev_hash=prev,
    )
    entry.entry_hash = entry_hash(entry)
    entry.save()
    return entry


@dataclass(frozen=True)
class VerifyResult:
    ok: bool
    checked: int
    first_bad_seq: int | None = None
    problem: str = ""


def covered_models() -> list[type[models.Model]]:
    return [m for m in apps.get_models() if hasattr(m, "AUDIT_FIELDS")]


def verify(chunk: int = 2000) -> VerifyResult:
    """Walk the chain from the start; the first inconsistency wins."""
    prev = GENESIS
    expected = 1
    checked = 0
    covered: dict[str, dict[str, tuple[int, str]]] = {}
    with transaction.atomic():
        for entry in AuditEntry.objects.order_by("seq").iterator(chunk_size=chunk):
            if entry.seq != expected:
                what = "missing" if entry.seq > expected else "duplicated"
                return VerifyResult(False, checked, expected, f"entry #{expected} is {what}")
            if entry.prev_hash != prev:
                return VerifyResult(
                    False, checked, entry.seq, f"entry #{entry.seq} does not follow the one before"
                )
            if entry_hash(entry) != entry.entry_hash:
                return VerifyResult(
                    False,
                    checked,
                    entry.seq,
                    f"entry #{entry.seq} was changed after it was written",
                )
            for label, key, digest in entry.snapshot.get("covers", ()):
                covered.setdefault(label, {})[key] = (entry.seq, digest)
            prev = entry.entry_hash
            expected += 1
            checked += 1
        bad = _check_records(covered)
    if bad is not None:
        return VerifyResult(False, checked, bad[0], bad[1])
    return VerifyResult(True, checked)


def _check_records(covered: dict[str, dict[str, tuple[int, str]]]) -> tuple[int | None, str] | None:
    problems: list[tuple[int, str]] = []
    for model in covered_models():
        label = model._meta.label_lower
        wanted = covered.get(label, {})
        seen: set[str] = set()
        for instance in model._base_manager.order_by("pk").iterator(chunk_size=2000):
            key = str(instance.pk)
            seen.add(key)
            if key not in wanted:
                return (
                    None,
                    f"{label} {key} is not on the audit chain (added behind its back, "
                    "or its entry was removed)",
                )
            seq, expected_hash = wanted[key]
            if record_hash(instance) != expected_hash:
                problems.append((seq, f"{label} {key}, covered by entry #{seq}, was changed"))
        for key, (seq, _) in wanted.items():
            if key not in seen:
                problems.append((seq, f"{label} {key}, covered by entry #{seq}, is missing"))
    if problems:
        return min(problems)
    return None
