"""Screening speed: Chaperone's whole engine against Presidio's pattern recognisers and
alt-profanity-check, measured in one run on one corpus.

    python bench/bench_screening.py [--messages 20000] [--passes 3] [--corpus FILE]

The corpus is generated chat messages, or with ``--corpus`` your own: a file of JSON lines with
a "text" each, as ``chaperone screen`` reads. Longer texts, and texts full of handles and abuse,
cost every engine more: the ratios are what to compare. The peers run in bench/.venv (created
from bench/requirements.txt on first use), never in the product's environment. Prints messages
per second for batches and for one message at a time, p50 and p99 latency, and the ratios
Chaperone / peer.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
#: The longest message or post the platform accepts (``messaging.actions.send.MAX_BODY``).
MESSAGE_LIMIT = 5000
BENCH_VENV = ROOT / "bench" / ".venv"
sys.path.insert(0, str(ROOT / "src"))

WORDS = [
    "see",
    "you",
    "at",
    "training",
    "tomorrow",
    "great",
    "game",
    "today",
    "well",
    "done",
    "everyone",
    "can",
    "i",
    "bring",
    "my",
    "friend",
    "what",
    "time",
    "is",
    "the",
    "match",
    "kit",
    "is",
    "in",
    "the",
    "hall",
    "thanks",
    "coach",
    "lol",
    "that",
    "was",
    "so",
    "funny",
    "who",
    "is",
    "coming",
    "on",
    "saturday",
    "bus",
    "leaves",
    "at",
    "nine",
    "bring",
    "water",
    "and",
    "a",
    "packed",
    "lunch",
]


def corpus(n: int, seed: int = 11) -> list[str]:
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        words = rng.choices(WORDS, k=rng.randint(4, 18))
        r = rng.random()
        if r < 0.08:
            words.insert(rng.randint(0, len(words)), f"07700 900{rng.randint(100, 999)}")
        elif r < 0.14:
            words.insert(
                rng.randint(0, len(words)), f"NE{rng.randint(1, 20)} {rng.randint(1, 9)}AB"
            )
        elif r < 0.18:
            words += ["add", "me", "on", "snap"]
        elif r < 0.21:
            words += ["you", "are", "a", "stupid", "loser"]
        out.append(" ".join(words).capitalize())
    return out


def read_corpus(path: Path) -> list[str]:
    """The "text" of every line of a JSON-lines file; a line without one is an error."""
    texts = []
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
            except ValueError as exc:
                raise ValueError(f"line {n} is not JSON ({exc})") from None
            if not isinstance(item, dict) or not isinstance(item.get("text"), str):
                raise ValueError(f'line {n} has no "text" string')
            texts.append(item["text"])
    if not texts:
        raise ValueError("no messages in the file")
    return texts


def ensure_peers() -> Path:
    python = BENCH_VENV / "bin" / "python"
    if not python.exists():
        subprocess.run([sys.executable, "-m", "venv", str(BENCH_VENV)], check=True)
        subprocess.run(
            [
                str(python),
                "-m",
                "pip",
                "install",
                "-q",
                "-r",
                str(ROOT / "bench" / "requirements.txt"),
            ],
            check=True,
        )
    return python


def measure_chaperone(texts: list[str]) -> dict:
    """One pass over ``texts`` in batches of 256 and one a message at a time."""
    from chaperone.screening import Screener

    screener = Screener()
    screener.screen_batch(texts[:256])  # warm up
    t0 = time.perf_counter()
    for i in range(0, len(texts), 256):
        screener.screen_batch(texts[i : i + 256])
    batch = time.perf_counter() - t0
    lat = []
    t0 = time.perf_counter()
    for t in texts:
        s = time.perf_counter()
        screener.screen(t)
        lat.append((time.perf_counter() - s) * 1000)
    total = time.perf_counter() - t0
    ordered = sorted(lat)
    return {
        "batch_msg_per_s": len(texts) / batch,
        "msg_per_s": len(texts) / total,
        "p50_ms": statistics.median(ordered),
        "p99_ms": p99(ordered),
        "latencies_ms": lat,  # in the corpus's order
    }


def p99(ordered: list[float]) -> float:
    """The 99th percentile of latencies sorted from the least."""
    return ordered[int(len(ordered) * 0.99) - 1]


def measure_peers(corpus: Path, presidio_only: bool = False) -> dict:
    command = [str(ensure_peers()), str(ROOT / "bench" / "peers.py"), str(corpus), "1"]
    done = subprocess.run(
        command + (["presidio"] if presidio_only else []),
        check=True,
        capture_output=True,
        text=True,
    )
    return json.loads(done.stdout)


def fastest(runs: list[dict]) -> dict:
    """The least disturbed of several runs: the fastest batch pass, and the fastest pass one
    message at a time with that pass's latencies."""
    best = dict(max(runs, key=lambda r: r["msg_per_s"]))
    best["batch_msg_per_s"] = max(r["batch_msg_per_s"] for r in runs)
    return best


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--messages", type=int, default=20000, help="generated messages (default 20000)"
    )
    parser.add_argument(
        "--passes",
        type=int,
        default=3,
        help="rounds, each a pass over the corpus per engine in turn; the fastest counts "
        "(default 3)",
    )
    parser.add_argument(
        "--message-limit",
        type=int,
        default=MESSAGE_LIMIT,
        metavar="CHARS",
        help="the longest text a message can be; where a corpus holds longer texts, the p99 of "
        f"those within it is printed as well (default {MESSAGE_LIMIT:,}, the platform's limit for "
        "a message or a post)",
    )
    parser.add_argument(
        "--corpus",
        type=Path,
        metavar="FILE",
        help='JSON lines with a "text" each, measured in place of the generated chat messages',
    )
    args = parser.parse_args(argv)
    if args.corpus is None:
        texts = corpus(args.messages)
        described = f"{len(texts)} generated chat messages"
    else:
        try:
            texts = read_corpus(args.corpus)
        except (OSError, ValueError) as exc:
            parser.error(f"{args.corpus}: {exc}")
        described = f"{len(texts)} messages from {args.corpus.name}"
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as fh:
        for t in texts:
            fh.write(json.dumps({"text": t}) + "\n")
    # Rounds, each engine in turn, rather than every pass of one engine and then every pass of
    # the other: the machine is shared, and a busy spell then slows both alike.
    peers = measure_peers(Path(fh.name))
    presidio_runs = [peers["presidio"]]
    ours_runs = [measure_chaperone(texts)]
    for _ in range(args.passes - 1):
        presidio_runs.append(measure_peers(Path(fh.name), presidio_only=True)["presidio"])
        ours_runs.append(measure_chaperone(texts))
    ours = fastest(ours_runs)
    peers["presidio"] = fastest(presidio_runs)
    rows = [
        ("Chaperone, whole engine", ours),
        ("Presidio, pattern recognisers", peers["presidio"]),
        ("alt-profanity-check", peers["profanity_check"]),
    ]
    print(
        f"{described}, one machine, one run of {args.passes} rounds, each engine in turn; each "
        "figure is the fastest round's (alt-profanity-check: the first round's)\n"
    )
    print("| engine | batch msg/s | one at a time msg/s | p50 | p99 |")
    print("|---|---|---|---|---|")
    for name, r in rows:
        print(
            f"| {name} | {r['batch_msg_per_s']:,.0f} | {r['msg_per_s']:,.0f} | "
            f"{r['p50_ms']:.3f} ms | {r['p99_ms']:.3f} ms |"
        )
    sized = [i for i, t in enumerate(texts) if len(t) <= args.message_limit]
    if len(sized) < len(texts):
        # The texts a person could send as one message: the longer ones (whole chat logs, in
        # some corpora) are refused before screening, at any speed.
        print(
            f"\n{len(texts) - len(sized):,} of the {len(texts):,} texts are longer than a message "
            f"can be ({args.message_limit:,} characters). The other {len(sized):,}, one at a "
            "time:\n"
        )
        print("| engine | p50 | p99 |")
        print("|---|---|---|")
        for name, r in rows[:2]:
            within = sorted(r["latencies_ms"][i] for i in sized)
            print(f"| {name} | {statistics.median(within):.3f} ms | {p99(within):.3f} ms |")
    print()
    for name, r in rows[1:]:
        print(
            f"Chaperone / {name}: batch {ours['batch_msg_per_s'] / r['batch_msg_per_s']:.1f}x, "
            f"one at a time {ours['msg_per_s'] / r['msg_per_s']:.1f}x"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
