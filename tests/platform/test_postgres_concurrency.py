"""Two server processes sending at once keep the audit chain valid (PostgreSQL)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

import pytest
from django.db import connection

from chaperone.audit.chain import verify
from chaperone.audit.models import AuditEntry
from chaperone.messaging.models import Message

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]

SENDER = textwrap.dedent(
    """
    import os, sys, django
    os.environ["DJANGO_SETTINGS_MODULE"] = "chaperone.test_settings"
    django.setup()
    from django.db import connection
    connection.settings_dict["NAME"] = sys.argv[1]
    from chaperone.messaging.actions import do_send_message
    from chaperone.messaging.models import Space
    from chaperone.orgs.models import Person
    space = Space.objects.get(pk=int(sys.argv[2]))
    who = Person.objects.get(pk=int(sys.argv[3]))
    for i in range(int(sys.argv[4])):
        do_send_message(who, space, f"message {i} from {who.display_name}")
    """
)


def test_m10_two_processes_sending_at_once_keep_the_chain_valid(api, cast):
    alex = api(cast.coach_alex)
    space = alex.post(
        "/spaces",
        {
            "kind": "group",
            "name": "Busy",
            "member_ids": [cast.staff_jordan.pk, cast.child_sam.pk, cast.child_leo.pk],
        },
    ).json()["id"]
    before = AuditEntry.objects.count()
    db_name = connection.settings_dict["NAME"]
    env = {**os.environ, "FREEZEGUN_OFF": "1"}
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", SENDER, db_name, str(space), str(who.pk), "25"],
            env=env,
            stderr=subprocess.PIPE,
            text=True,
        )
        for who in (cast.coach_alex, cast.staff_jordan)
    ]
    errors = [p.communicate(timeout=300)[1] for p in procs]
    assert all(p.returncode == 0 for p in procs), json.dumps(errors)[:2000]
    assert Message.objects.filter(space_id=space).count() == 50
    assert AuditEntry.objects.count() == before + 50
    result = verify()
    assert result.ok, result.problem
