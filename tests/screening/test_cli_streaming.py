"""The `chaperone screen` command: one answer per line, at once, whatever the line holds."""

from __future__ import annotations

import io
import json
import os
import select
import subprocess
import sys

import pytest

from chaperone.screening import cli
from chaperone.screening.types import Decision, ScreeningResult


def run(lines: str, *args: str) -> list[dict]:
    out = io.StringIO()
    assert cli.main(list(args), stdin=io.StringIO(lines), stdout=out) == 0
    return [json.loads(x) for x in out.getvalue().splitlines()]


def test_cli_a_blank_line_gets_an_error_line_so_answers_stay_in_step():
    out = run('{"id": 1, "text": "hi"}\n\n{"id": 2, "text": "hello"}\n')
    assert [o["id"] for o in out] == [1, None, 2]
    assert "error" in out[1] and "decision" in out[2]


@pytest.mark.parametrize(
    "line",
    ['{"id": NaN, "text": "hi"}', '{"id": 1, "text": "hi", "x": Infinity}', "[" * 100_000],
)
def test_cli_lines_that_are_not_strict_json_are_errors(line):
    [out] = run(line + "\n")
    assert out["id"] is None and out["error"].startswith("not valid JSON")


def test_cli_a_last_line_without_a_newline_is_answered():
    assert [o["id"] for o in run('{"id": 1, "text": "a"}\n{"id": 2, "text": "b"}')] == [1, 2]


class _Fussy:
    """A screener that fails on one text, as a bug in a detector would."""

    def __init__(self, *args, **kwargs):
        pass

    def screen(self, text, context=None):
        if text == "boom":
            raise RuntimeError("detector failed")
        return ScreeningResult(Decision.ALLOW, False, {}, (), ())

    def screen_batch(self, texts, context=None):
        return [self.screen(t, context) for t in texts]


def test_cli_a_text_that_breaks_the_engine_costs_only_its_own_answer(monkeypatch):
    from chaperone.screening import screener

    monkeypatch.setattr(screener, "Screener", _Fussy)
    lines = "".join(
        json.dumps({"id": i, "text": t}) + "\n" for i, t in enumerate(["a", "boom", "b"])
    )
    out = run(lines)
    assert [o["id"] for o in out] == [0, 1, 2]
    assert out[0]["decision"] == "allow" and out[2]["decision"] == "allow"
    assert out[1]["error"] == "screening failed: RuntimeError"


def test_cli_batches_take_only_the_lines_already_waiting():
    read_end, write_end = os.pipe()
    with os.fdopen(read_end, "rb") as raw:
        stream = io.TextIOWrapper(raw)
        os.write(write_end, b"1\n2\n3\n")
        batches = cli._batches(stream, 2)
        assert next(batches) == ["1", "2"]
        assert next(batches) == ["3"]  # not held back for a second line that has not come
        os.write(write_end, b"4\n")
        assert next(batches) == ["4"]
        os.write(write_end, b"5")
        os.close(write_end)
        assert list(batches) == [["5"]]


def _answer(proc, timeout=60.0) -> dict:
    ready, _, _ = select.select([proc.stdout], [], [], timeout)
    assert ready, "no answer: the command waited for more input before answering"
    return json.loads(proc.stdout.readline())


def test_cli_answers_each_line_before_the_next_arrives():
    """A program that writes one line and waits for its answer must get it."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "chaperone.screening", "--context", "public_post"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        bufsize=1,
    )
    try:
        proc.stdin.write(json.dumps({"id": "a", "text": "call 07700 900123"}) + "\n")
        proc.stdin.flush()
        first = _answer(proc)
        assert first["id"] == "a" and first["decision"] == "block"
        proc.stdin.write(json.dumps({"id": "b", "text": "see you on Saturday"}) + "\n")
        proc.stdin.flush()
        assert _answer(proc)["id"] == "b"
    finally:
        proc.stdin.close()
        proc.wait(timeout=60)
    assert proc.returncode == 0


def test_cli_help_names_the_options_the_code_has():
    proc = subprocess.run(
        [sys.executable, "-m", "chaperone.screening", "--help"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 0
    for word in ("--context", "--batch", "public_post", "staff_to_child", "error"):
        assert word in proc.stdout


def test_cli_invalid_utf8_does_not_stop_the_run():
    proc = subprocess.run(
        [sys.executable, "-m", "chaperone.screening"],
        input=b'{"id": 1, "text": "caf\xe9"}\n{"id": 2, "text": "ok"}\n',
        capture_output=True,
        timeout=60,
    )
    assert proc.returncode == 0
    assert [json.loads(x)["id"] for x in proc.stdout.decode().splitlines()] == [1, 2]
