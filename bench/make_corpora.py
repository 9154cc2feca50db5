"""Write the screening benchmark's corpora from the public data sets, the same files every time.

    python bench/make_corpora.py [--data ../shared/data] [--out bench/corpora]

Each file is JSON lines with a "text" each, for ``bench/bench_screening.py --corpus FILE``:

- ``cyberbullying.jsonl``, ``davidson.jsonl``: every tweet of the two tweet collections;
- ``pan12_segments.jsonl``: every PAN12 chat segment (a stretch of a chat run together, up to
  forty thousand characters: the longest texts the engine meets);
- ``uk_messages.jsonl``: the synthetic UK messages kept with the tests;
- ``chat_turns.jsonl``: every turn of the chat transcripts kept with the tests, one message a
  line, as a chat is screened;
- ``*_sample.jsonl``: 2,000 tweets of each collection and 300 chat segments, drawn with a fixed
  seed, for quicker runs.

The data itself is never committed; the output folder is ignored by git.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "screening" / "fixtures"

#: (file name, data set folder, CSV file, text column, texts in the seeded sample)
COLLECTIONS = (
    ("cyberbullying", "cyberbullying-tweets", "cyberbullying_tweets.csv", "tweet_text", 2000),
    ("davidson", "davidson-hate-offensive", "labeled_data.csv", "tweet", 2000),
    ("pan12_segments", "grooming-pan12-vtpan-val", "val_seg.csv", "segment", 300),
)
SEED = 1


def read_column(path: Path, column: str) -> list[str]:
    csv.field_size_limit(sys.maxsize)
    with path.open(encoding="utf-8", errors="replace", newline="") as fh:
        reader = csv.DictReader(fh)
        if column not in (reader.fieldnames or ()):
            raise ValueError(f"{path}: no column {column!r}")
        return [row[column] for row in reader if row.get(column)]


def write(path: Path, texts: list[str]) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for text in texts:
            fh.write(json.dumps({"text": text}) + "\n")
    print(f"{path}: {len(texts)} texts")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "corpora")
    args = parser.parse_args(argv)
    if not args.data.is_dir():
        parser.error(f"{args.data}: no such folder (the public data sets)")
    args.out.mkdir(parents=True, exist_ok=True)
    for name, folder, filename, column, sample in COLLECTIONS:
        try:
            texts = read_column(args.data / folder / filename, column)
        except (OSError, ValueError) as exc:
            parser.error(str(exc))
        write(args.out / f"{name}.jsonl", texts)
        write(args.out / f"{name}_sample.jsonl", random.Random(SEED).sample(texts, sample))
    uk = []
    for path in sorted(FIXTURES.glob("uk_messages_heldout*.jsonl")):
        uk += [json.loads(line)["text"] for line in path.open(encoding="utf-8") if line.strip()]
    write(args.out / "uk_messages.jsonl", uk)
    turns = []
    for name in ("im_chat_logs_heldout", "conversations_heldout", "conversations"):
        for line in (FIXTURES / f"{name}.jsonl").open(encoding="utf-8"):
            if line.strip():
                turns += [turn["text"] for turn in json.loads(line)["turns"]]
    for line in (FIXTURES / "uk_chat_turns_heldout.jsonl").open(encoding="utf-8"):
        if line.strip() and "text" in (item := json.loads(line)):
            turns.append(item["text"])
    write(args.out / "chat_turns.jsonl", turns)
    return 0


if __name__ == "__main__":
    sys.exit(main())
