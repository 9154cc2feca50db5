import os
import signal
import subprocess
import sys
import time

from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Serve the web UI and API (gunicorn) with a task worker for held messages."

    def add_arguments(self, parser):
        parser.add_argument("--host", default="127.0.0.1")
        parser.add_argument("--port", type=int, default=8000)
        parser.add_argument("--workers", type=int, default=2)
        parser.add_argument("--no-worker", action="store_true", help="run no task worker here")

    def handle(self, *args, host, port, workers, no_worker, **options):
        from django.conf import settings

        env = dict(os.environ)
        procs = []
        web = [
            sys.executable,
            "-m",
            "gunicorn",
            "chaperone.wsgi:application",
            "--bind",
            f"{host}:{port}",
            "--workers",
            str(workers),
            "--access-logfile",
            "-",
            "--graceful-timeout",
            "10",
        ]
        procs.append(subprocess.Popen(web, env=env))
        backend = settings.TASKS["default"]["BACKEND"]
        if not no_worker and backend.startswith("django_tasks_db"):
            from chaperone.messaging.tasks import release_due_deliveries

            release_due_deliveries.enqueue()  # a sweep for anything held while nothing ran
            worker = [
                sys.executable,
                "-m",
                "chaperone",
                "db_worker",
                "--interval",
                "2",
                "--no-reload",
            ]
            procs.append(subprocess.Popen(worker, env=env))
        self.stdout.write(f"Chaperone is serving on http://{host}:{port}/ (Ctrl-C stops it)")
        try:
            while all(p.poll() is None for p in procs):
                time.sleep(0.5)
        except KeyboardInterrupt:
            pass
        finally:
            for p in procs:
                if p.poll() is None:
                    p.send_signal(signal.SIGTERM)
            for p in procs:
                try:
                    p.wait(timeout=15)
                except subprocess.TimeoutExpired:
                    p.kill()
        return None
