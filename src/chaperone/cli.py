"""The ``chaperone`` command.

chaperone serve [--host H] [--port 8000] [--workers 2] [--no-worker]
                                 the web UI and API (gunicorn), with a task worker
chaperone demo                   load the demo organisation into an empty database
chaperone token create EMAIL     print a new API token for that person
chaperone audit verify           check the audit chain; non-zero at the first bad entry
chaperone screen [--context C]   screen JSON lines on standard input (no database needed)
chaperone release_held           release held messages whose time has come (a sweep)
chaperone send_notifications     send queued email that is due (a sweep)
chaperone <django command> ...   migrate, db_worker, rqworker, shell ...
"""

from __future__ import annotations

import os
import sys


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] == "screen":
        from chaperone.screening.cli import main as screen_main

        return screen_main(argv[1:])
    if not argv or argv[0] in ("-h", "--help"):
        print(__doc__.strip())
        return 0
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "chaperone.settings")
    from django.core.management import execute_from_command_line

    try:
        execute_from_command_line(["chaperone", *argv])
    except SystemExit as exc:
        return int(exc.code or 0) if not isinstance(exc.code, str) else 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
