"""Shared test set-up: which parts of the suite can run here, and naming those that cannot.

``CHAPERONE_REQUIRE_ALL=1`` (set by CI) turns a missing part into a failure instead of a skip.
"""

from __future__ import annotations

import os
import shutil
import socket

import pytest

REQUIRE_ALL = os.environ.get("CHAPERONE_REQUIRE_ALL") == "1"
NOT_RUN: dict[str, str] = {}


def _reachable(host: str, port: int) -> bool:
    try:
        with socket.create_connection((host, port), timeout=1):
            return True
    except OSError:
        return False


def on_postgres() -> bool:
    return os.environ.get("DATABASE_URL", "").startswith(("postgres://", "postgresql://"))


def chromium_path() -> str | None:
    return os.environ.get("CHAPERONE_CHROMIUM") or shutil.which("chromium")


def pytest_collection_modifyitems(config, items):
    missing: dict[str, str] = {}
    if not on_postgres():
        missing["postgres"] = (
            "PostgreSQL-only tests (database triggers, concurrent senders): the suite ran on "
            "SQLite; run `DATABASE_URL=postgresql://postgres@127.0.0.1:5432/chaperone make test`"
        )
    if chromium_path() is None:
        missing["browser"] = (
            "browser tests: Debian's chromium is not installed (apt-get install chromium)"
        )
    if not _reachable("127.0.0.1", 6379):
        missing["redis"] = "Redis tests: nothing answers on 127.0.0.1:6379"
    for item in items:
        for marker, why in missing.items():
            if marker in item.keywords:
                NOT_RUN[marker] = why
                item.add_marker(pytest.mark.skip(reason=why))


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    if not NOT_RUN:
        terminalreporter.write_line("Every part of the suite ran here.")
        return
    terminalreporter.section("parts of the suite not run here")
    for why in NOT_RUN.values():
        terminalreporter.write_line(f"- {why}")
    if REQUIRE_ALL and any(k != "postgres" for k in NOT_RUN):
        terminalreporter.write_line("CHAPERONE_REQUIRE_ALL=1: a missing part fails the run.")


def pytest_sessionfinish(session, exitstatus):
    # PostgreSQL-only tests run in CI's PostgreSQL pass; every other part must run everywhere.
    if REQUIRE_ALL and any(k != "postgres" for k in NOT_RUN) and session.exitstatus == 0:
        session.exitstatus = 1
