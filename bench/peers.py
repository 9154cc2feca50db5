"""Measure the benchmark's peers on a corpus (run by bench_screening.py inside bench/.venv).

bench/.venv/bin/python bench/peers.py CORPUS.jsonl [PASSES] [presidio]  ->  JSON on stdout

With "presidio" last, only Presidio is measured (the benchmark's later rounds).
"""

from __future__ import annotations

import json
import statistics
import sys
import time


def timings(fn, texts, passes=1):
    """One message at a time, the fastest of ``passes`` passes (the machine is shared: the
    fastest pass is the one least disturbed), with that pass's latencies."""
    best = None
    for _ in range(passes):
        lat = []
        t0 = time.perf_counter()
        for t in texts:
            s = time.perf_counter()
            fn(t)
            lat.append((time.perf_counter() - s) * 1000)
        total = time.perf_counter() - t0
        if best is None or total < best[0]:
            best = (total, lat)
    total, lat = best
    ordered = sorted(lat)
    return {
        "msg_per_s": len(texts) / total,
        "p50_ms": statistics.median(ordered),
        "p99_ms": ordered[int(len(ordered) * 0.99) - 1],
        "latencies_ms": lat,  # in the corpus's order, for the benchmark's p99 of message sizes
    }


def main() -> int:
    with open(sys.argv[1], encoding="utf-8") as fh:
        texts = [json.loads(line)["text"] for line in fh]
    passes = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    presidio_only = sys.argv[3:] == ["presidio"]
    out = {}
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider

    nlp = NlpEngineProvider(
        nlp_configuration={
            "nlp_engine_name": "no_op",
            "models": [{"lang_code": "en", "model_name": "no_op"}],
        }
    ).create_engine()
    analyzer = AnalyzerEngine(nlp_engine=nlp, supported_languages=["en"])
    analyzer.analyze(text="warm up 07700 900123", language="en")
    out["presidio"] = timings(lambda t: analyzer.analyze(text=t, language="en"), texts, passes)
    # Presidio has no vectorised batch: its batch engine loops over texts, so batch = single.
    out["presidio"]["batch_msg_per_s"] = out["presidio"]["msg_per_s"]
    if presidio_only:
        print(json.dumps(out))
        return 0

    from profanity_check import predict_prob

    predict_prob(["warm up"])
    # One message at a time it takes minutes per pass: one pass only.
    out["profanity_check"] = timings(lambda t: predict_prob([t]), texts)
    fastest = float("inf")
    for _ in range(passes):
        t0 = time.perf_counter()
        predict_prob(texts)
        fastest = min(fastest, time.perf_counter() - t0)
    out["profanity_check"]["batch_msg_per_s"] = len(texts) / fastest
    print(json.dumps(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
