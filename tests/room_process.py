"""``smartdesk room`` in a subprocess on 127.0.0.1, for the CLI, browser and load tests.

Every wait is bounded, and the process is always ended (SIGKILL if it does not stop)
when the ``with`` block is left, whatever happened inside it.
"""

from __future__ import annotations

import dataclasses
import json
import os
import queue
import signal
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

PROJECT_ROOT = Path(__file__).resolve().parents[1]
START_SECONDS = 60.0  # Qt's first import on a busy machine


@dataclasses.dataclass
class RunningRoom:
    process: subprocess.Popen[str]
    url: str  # http://127.0.0.1:PORT/
    code: str
    output: list[str]  # every stdout line so far

    def stop(self, sig: int = signal.SIGINT, wait: float = 30.0) -> tuple[int, str, str]:
        """Send ``sig`` and wait for the end: exit status, rest of stdout, stderr."""
        self.process.send_signal(sig)
        out, err = self.process.communicate(timeout=wait)
        return self.process.returncode, "".join(self.output) + out, err


def start_process(path: Path, *extra: str) -> subprocess.Popen[str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(PROJECT_ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    env["PYTHONUNBUFFERED"] = "1"
    return subprocess.Popen(
        [sys.executable, "-m", "smartdesk", "room", str(path), *extra],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
        env=env,
    )


@contextmanager
def running_room(path: Path) -> Iterator[RunningRoom]:
    """Start ``smartdesk room PATH --host 127.0.0.1 --port 0`` and yield it once it listens."""
    process = start_process(path, "--host", "127.0.0.1", "--port", "0")
    try:
        lines = _read_until_code(process)
        url = next(line.strip() for line in lines if line.strip().startswith("http://"))
        code = next(
            line.split(":", 1)[1].strip() for line in lines if line.startswith("Join code:")
        )
        yield RunningRoom(process, url, code, lines)
    finally:
        if process.poll() is None:
            process.kill()
        process.wait(timeout=30)
        for stream in (process.stdout, process.stderr):
            if stream is not None:
                stream.close()


def _read_until_code(process: subprocess.Popen[str]) -> list[str]:
    lines: queue.Queue[str | None] = queue.Queue()
    assert process.stdout is not None
    stdout = process.stdout

    def pump() -> None:
        for line in iter(stdout.readline, ""):
            lines.put(line)
            if line.startswith("Press Ctrl+C"):
                break
        else:
            lines.put(None)

    threading.Thread(target=pump, daemon=True).start()
    seen: list[str] = []
    deadline = time.monotonic() + START_SECONDS
    while time.monotonic() < deadline:
        try:
            line = lines.get(timeout=max(0.1, deadline - time.monotonic()))
        except queue.Empty:
            break
        if line is None:
            break
        seen.append(line)
        if line.startswith("Press Ctrl+C"):
            return seen
    process.kill()
    _, err = process.communicate(timeout=30)
    raise AssertionError(f"smartdesk room did not start: {''.join(seen)}{err}")


def call(
    url: str,
    method: str = "GET",
    body: object = None,
    token: str | None = None,
    raw: bytes | None = None,
) -> tuple[int, Any]:
    """One request to the room server: status and the JSON body (None if not JSON)."""
    data = raw if raw is not None else None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(url, data=data, method=method)
    request.add_header("Content-Type", "application/json")
    if token is not None:
        request.add_header("Authorization", f"Bearer {token}")
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            status, payload = response.status, response.read()
    except urllib.error.HTTPError as error:
        status, payload = error.code, error.read()
    try:
        return status, json.loads(payload)
    except ValueError:
        return status, None
