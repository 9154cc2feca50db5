"""M10: the audit chain finds any change, deletion, insertion or reordering."""

from __future__ import annotations

import subprocess
import sys

import pytest
from django.core.management import CommandError, call_command
from django.db import connection

from chaperone.audit.chain import verify
from chaperone.audit.models import AuditEntry
from chaperone.messaging.models import MessageVersion

pytestmark = pytest.mark.django_db


@pytest.fixture
def history(api, cast):
    alex = api(cast.coach_alex)
    space = alex.post(
        "/spaces",
        {
            "kind": "group",
            "name": "Football",
            "member_ids": [cast.staff_jordan.pk, cast.child_sam.pk],
        },
    ).json()
    mid = alex.post(f"/spaces/{space['id']}/messages", {"body": "Training at 6"}).json()["id"]
    alex.patch(f"/messages/{mid}", {"body": "Training at 7"})
    return mid


def _raw(sql, params=()):
    """Change a row behind the application's back, as someone with the database file could."""
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SET session_replication_role = replica")  # bypass the triggers
        cursor.execute(sql, params)
        if connection.vendor == "postgresql":
            cursor.execute("SET session_replication_role = DEFAULT")


def test_m10_every_action_is_on_the_chain_and_verify_passes(history, capsys):
    kinds = set(AuditEntry.objects.values_list("event_type", flat=True))
    assert {100, 110, 200, 210, 300, 310, 400, 401} <= kinds
    result = verify()
    assert result.ok and result.checked == AuditEntry.objects.count()
    call_command("audit", "verify")
    assert f"{result.checked} entries checked" in capsys.readouterr().out


def test_m10_a_message_changed_behind_its_back_is_found(history):
    version = MessageVersion.objects.get(message_id=history, number=1)
    _raw(
        "UPDATE messaging_messageversion SET body = %s WHERE id = %s",
        ["Training cancelled", version.pk],
    )
    result = verify()
    assert not result.ok
    entry = AuditEntry.objects.get(seq=result.first_bad_seq)
    assert entry.event_type == 400 and "was changed" in result.problem
    with pytest.raises(CommandError, match=f"entry #{result.first_bad_seq}"):
        call_command("audit", "verify")


def test_m10_a_changed_entry_is_found(history):
    target = AuditEntry.objects.order_by("seq")[3]
    _raw("UPDATE audit_auditentry SET object_repr = 'nothing to see' WHERE id = %s", [target.pk])
    result = verify()
    assert not result.ok and result.first_bad_seq == target.seq


def test_m10_a_deleted_entry_is_found(history):
    target = AuditEntry.objects.order_by("seq")[5]
    _raw("DELETE FROM audit_auditentry WHERE id = %s", [target.pk])
    result = verify()
    assert not result.ok and result.first_bad_seq == target.seq


def test_m10_deleting_the_newest_entry_is_found(history):
    target = AuditEntry.objects.order_by("-seq").first()
    _raw("DELETE FROM audit_auditentry WHERE id = %s", [target.pk])
    assert not verify().ok


def test_m10_reordered_entries_are_found(history):
    a, b = AuditEntry.objects.order_by("seq")[2:4]
    _raw("UPDATE audit_auditentry SET seq = -1 WHERE id = %s", [a.pk])
    _raw("UPDATE audit_auditentry SET seq = %s WHERE id = %s", [a.seq, b.pk])
    _raw("UPDATE audit_auditentry SET seq = %s WHERE id = %s", [b.seq, a.pk])
    result = verify()
    assert not result.ok and result.first_bad_seq == a.seq


def test_m10_an_inserted_entry_is_found(history):
    last = AuditEntry.objects.order_by("-seq").first()
    forged = AuditEntry.objects.order_by("seq")[1]
    _raw(
        "INSERT INTO audit_auditentry (seq, organisation_id, event_type, actor_id, subject_id, "
        "object_type, object_id, object_repr, snapshot, record_hash, created_at, prev_hash, "
        "entry_hash) SELECT %s, organisation_id, event_type, actor_id, subject_id, object_type, "
        "object_id, object_repr, snapshot, record_hash, created_at, prev_hash, %s "
        "FROM audit_auditentry WHERE id = %s",
        [last.seq + 1, "f" * 64, forged.pk],
    )
    result = verify()
    assert not result.ok and result.first_bad_seq == last.seq + 1


def test_m10_the_command_exits_non_zero_on_a_broken_chain(history, tmp_path):
    # The real command in its own process, against a file database holding a broken chain.
    from django.conf import settings

    db = tmp_path / "chain.sqlite3"
    env = {
        **__import__("os").environ,
        "DATABASE_URL": f"sqlite:///{db}",
        "CHAPERONE_SECRET_KEY": "x",
        "DJANGO_SETTINGS_MODULE": "chaperone.settings",
    }
    run = [sys.executable, "-m", "chaperone"]
    subprocess.run([*run, "migrate", "-v0"], env=env, check=True)
    subprocess.run([*run, "demo"], env=env, check=True, capture_output=True)
    ok = subprocess.run([*run, "audit", "verify"], env=env, capture_output=True, text=True)
    assert ok.returncode == 0 and "entries checked" in ok.stdout
    import sqlite3

    con = sqlite3.connect(db)
    con.execute("UPDATE messaging_messageversion SET body = 'changed' WHERE id = 1")
    con.commit()
    con.close()
    bad = subprocess.run([*run, "audit", "verify"], env=env, capture_output=True, text=True)
    assert bad.returncode != 0 and "entry #" in bad.stderr
    assert settings.DATABASES  # the suite's own database is untouched


@pytest.mark.postgres
def test_m10_postgres_refuses_update_and_delete_on_the_records(history):
    from django.db import DatabaseError, transaction

    for sql in (
        "UPDATE audit_auditentry SET object_repr = 'x'",
        "DELETE FROM audit_auditentry",
        "UPDATE messaging_message SET kind = 'x'",
        "DELETE FROM messaging_message",
        "UPDATE messaging_messageversion SET body = 'x'",
        "DELETE FROM messaging_messageversion",
        "UPDATE orgs_consentevent SET granted = false",
    ):
        with (
            pytest.raises(DatabaseError, match="append-only record"),
            transaction.atomic(),
            connection.cursor() as cursor,
        ):
            cursor.execute(sql)
    assert verify().ok
