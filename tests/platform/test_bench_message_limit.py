"""The benchmark's p99 of message-sized texts uses the platform's own limit."""

import importlib.util
from pathlib import Path

BENCH = Path(__file__).resolve().parents[2] / "bench" / "bench_screening.py"


def test_the_benchmarks_message_limit_is_the_longest_message_or_post_accepted():
    from chaperone.messaging.actions.send import MAX_BODY
    from chaperone.moderation.posts import MAX_POST

    spec = importlib.util.spec_from_file_location("bench_screening", BENCH)
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    assert bench.MESSAGE_LIMIT == MAX_BODY == MAX_POST
