"""``chaperone screen``: JSON lines in, one JSON line out per input line, in order.

An input line is ``{"id": ..., "text": "..."}`` for a message or ``{"id": ..., "conversation":
[{"author": "...", "role": "adult|child|unknown", "text": "..."}, ...]}`` for a conversation.
A line that cannot be read (not JSON, not an object, no text, even a blank line) gets
``{"id": ..., "error": "..."}``, keeping the id when it could be read, and the run goes on.

Lines are screened in batches of up to ``--batch`` lines, but a batch never waits for input that
has not arrived: a program that writes one line and waits for its answer gets it at once, and a
file or a busy pipe is screened at full speed. Output is flushed after every batch.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import select
import sys
from collections import deque
from collections.abc import Iterator

from chaperone.screening.types import Context, Turn

BATCH = 256
ROLES = ("adult", "child", "unknown")

__all__ = ["main"]


def _no_constants(name: str):
    raise ValueError(f"{name} is not valid JSON")


def _parse(line: str):
    """(id, kind, payload) or (id, "error", message)."""
    if not line.strip():
        return None, "error", "empty line: expected a JSON object"
    try:
        item = json.loads(line, parse_constant=_no_constants)
    except (ValueError, RecursionError) as exc:
        return None, "error", f"not valid JSON: {exc}"
    if not isinstance(item, dict):
        return None, "error", "each line must be a JSON object"
    ident = item.get("id")
    if isinstance(ident, dict | list):
        ident = None
    if "text" in item:
        if not isinstance(item["text"], str):
            return ident, "error", '"text" must be a string'
        return ident, "text", item["text"]
    if "conversation" in item:
        turns = item["conversation"]
        if not isinstance(turns, list):
            return ident, "error", '"conversation" must be a list of turns'
        out = []
        for n, t in enumerate(turns):
            if not isinstance(t, dict) or not isinstance(t.get("text"), str):
                return ident, "error", f'turn {n} needs a "text" string'
            role = t.get("role", "unknown")
            out.append(
                Turn(str(t.get("author", "")), role if role in ROLES else "unknown", t["text"])
            )
        return ident, "conversation", out
    return ident, "error", 'a line needs "text" or "conversation"'


def _dump(obj) -> str:
    try:
        text = json.dumps(obj, ensure_ascii=False)
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:  # lone surrogates: escape them rather than write invalid UTF-8
        return json.dumps(obj, ensure_ascii=True)


def _failed(ident, exc: Exception) -> dict:
    return {"id": ident, "error": f"screening failed: {type(exc).__name__}"}


def _screen_texts(screener, texts: list[str], context: str) -> list:
    """Screen a batch; if the batch fails, screen its texts one by one so only the bad one
    answers with an error."""
    try:
        return screener.screen_batch(texts, context=context)
    except Exception:  # noqa: BLE001 - one bad text must not cost the others their answers
        out = []
        for text in texts:
            try:
                out.append(screener.screen(text, context=context))
            except Exception as exc:  # noqa: BLE001
                out.append(exc)
        return out


def _run_batch(screener, lines: list[str], context: str, out) -> None:
    parsed = [_parse(line) for line in lines]
    texts = [(i, p[2]) for i, p in enumerate(parsed) if p[1] == "text"]
    results: dict[int, dict] = {}
    if texts:
        screened = _screen_texts(screener, [t for _, t in texts], context)
        for (i, _), r in zip(texts, screened, strict=True):
            ident = parsed[i][0]
            results[i] = _failed(ident, r) if isinstance(r, Exception) else r.to_dict(ident)
    for i, (ident, kind, payload) in enumerate(parsed):
        if kind == "conversation":
            try:
                results[i] = screener.screen_conversation(payload, context=context).to_dict(ident)
            except Exception as exc:  # noqa: BLE001
                results[i] = _failed(ident, exc)
        elif kind == "error":
            results[i] = {"id": ident, "error": payload}
    out.write("".join(_dump(results[i]) + "\n" for i in range(len(parsed))))
    out.flush()


def _fd_of(stream) -> int | None:
    buffer = getattr(stream, "buffer", None)
    if buffer is None:
        return None
    try:
        return buffer.fileno()
    except (OSError, ValueError, io.UnsupportedOperation):
        return None


def _waiting(fd: int) -> bool:
    """Whether more input can be read from ``fd`` without blocking."""
    try:
        return bool(select.select([fd], [], [], 0)[0])
    except (OSError, ValueError):
        return False


def _decode(raw: bytes) -> str:
    return raw.decode("utf-8", errors="replace").removesuffix("\r")


def _batches(stdin, size: int) -> Iterator[list[str]]:
    """Lists of at most ``size`` input lines, each as soon as it can be formed without waiting
    for input that has not arrived yet."""
    fd = _fd_of(stdin)
    if fd is None:  # an in-memory text stream: everything is there already
        batch: list[str] = []
        for line in stdin:
            batch.append(line.removesuffix("\n"))
            if len(batch) >= size:
                yield batch
                batch = []
        if batch:
            yield batch
        return
    ready: deque[bytes] = deque()
    partial = b""
    ended = False
    while True:
        while not ended and (not ready or (len(ready) < size and _waiting(fd))):
            chunk = os.read(fd, 1 << 16)
            if not chunk:
                ended = True
                break
            *complete, partial = (partial + chunk).split(b"\n")
            ready.extend(complete)
        if not ready:
            if partial:
                yield [_decode(partial)]  # a last line without a newline
            return
        yield [_decode(ready.popleft()) for _ in range(min(size, len(ready)))]


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="chaperone screen",
        description=(
            "Screen messages and conversations read as JSON lines from standard input "
            '({"id": ..., "text": ...} or {"id": ..., "conversation": [{"author", "role", '
            '"text"}, ...]}) and write one JSON line per input line, in order, with the '
            "decision (allow, warn, hold, block), whether a concern is raised, the scores, "
            "identifying details and findings. A line that cannot be read gets "
            '{"id": ..., "error": ...} and the run goes on.'
        ),
    )
    parser.add_argument(
        "--context",
        default=Context.GROUP_MESSAGE.value,
        choices=[c.value for c in Context],
        help="where the texts are going; thresholds differ per context (default: group_message)",
    )
    parser.add_argument(
        "--batch",
        type=int,
        default=BATCH,
        metavar="N",
        help=(
            f"screen up to N lines together when they are already waiting (default {BATCH}); "
            "a line is never held back waiting for the next one"
        ),
    )
    return parser


def main(argv=None, stdin=None, stdout=None) -> int:
    args = _parser().parse_args(argv)
    stdin = sys.stdin if stdin is None else stdin
    stdout = sys.stdout if stdout is None else stdout
    from chaperone.screening.screener import Screener

    screener = Screener()
    size = max(1, args.batch)
    try:
        for lines in _batches(stdin, size):
            _run_batch(screener, lines, args.context, stdout)
    except BrokenPipeError:  # the reader went away (`| head`): stop quietly
        if stdout is sys.stdout:
            # so that the interpreter's final flush does not complain
            with contextlib.suppress(OSError, ValueError):
                os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    return 0
