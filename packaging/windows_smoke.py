"""The command line on Windows with Welsh and emoji text: console, piped and redirected.

    python packaging/windows_smoke.py                      # python -m smartdesk
    python packaging/windows_smoke.py --cli dist/SmartDesk/smartdesk-cli.exe

``packaging/windows-check.sh`` runs it with the Windows CPython under Wine. Each
command runs in a temporary folder with its own per-user folders; text output is
checked when written to a file (as ``> out.txt`` does: Windows Python used the ANSI
code page there), through a pipe, and, when this script's own output is a console,
straight to the console. Covers ``demo``, ``new --from-json``, ``check``, ``appraise``
(text and ``--json``), ``review``, ``import`` (CSV in UTF-8 and Windows-1252),
``export --json/--xlsx/--docx`` (``--pdf`` unless ``--no-pdf``), ``scrub``, and the
lock: one left by a process that has ended is cleared, a live one refused. Exits 1 on
the first failure, printing the command and its output.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

WELSH = "Gwasanaeth ŵyr ŷd"
EMOJI = "Bws 🚌 a chaffi ☕"
TIMEOUT_S = 300  # matplotlib's first font scan under Wine is slow


class SmokeFailure(Exception):
    """A command did not do what it should."""


class Runner:
    """Runs ``smartdesk`` commands in ``work`` with per-user folders under it."""

    def __init__(self, cli: list[str], work: Path) -> None:
        self.cli = cli
        self.work = work
        home = work / "home"
        self.env = dict(os.environ)
        for name in ("PYTHONUTF8", "PYTHONIOENCODING", "PYTHONPATH"):
            self.env.pop(name, None)  # the defaults Windows users have
        # platformdirs on Windows reads these, not %APPDATA% (tests/conftest.py too).
        self.env["WIN_PD_OVERRIDE_APPDATA"] = str(home / "Roaming")
        self.env["WIN_PD_OVERRIDE_LOCAL_APPDATA"] = str(home / "Local")
        self.env["MPLCONFIGDIR"] = str(home / "matplotlib")
        self.console = sys.stdout.isatty()

    def __call__(
        self, *args: str | Path, expect: int = 0, text_in_output: str = "", again: bool = False
    ) -> str:
        """Run one command redirected to a file; return its stdout text.

        ``again``: a read-only command is run piped, and on the console, too.
        """
        command = [*self.cli, *map(str, args)]
        shown = " ".join(str(part) for part in args)
        out, err = self.work / "out.txt", self.work / "err.txt"
        with out.open("wb") as stdout, err.open("wb") as stderr:
            status = subprocess.run(
                command,
                stdout=stdout,
                stderr=stderr,
                cwd=self.work,
                env=self.env,
                timeout=TIMEOUT_S,
            ).returncode
        redirected = _decode(out.read_bytes(), shown, "stdout")
        errors = _decode(err.read_bytes(), shown, "stderr")
        _judge(shown, status, expect, redirected, errors, text_in_output)
        if again:
            piped = subprocess.run(
                command, capture_output=True, cwd=self.work, env=self.env, timeout=TIMEOUT_S
            )
            _judge(
                f"{shown} | more",
                piped.returncode,
                expect,
                _decode(piped.stdout, shown, "piped stdout"),
                _decode(piped.stderr, shown, "piped stderr"),
                text_in_output,
            )
            if self.console:  # the console shows it; only the status can be checked here
                print(f"      {shown} on the console:", flush=True)
                shown_status = subprocess.run(
                    command, cwd=self.work, env=self.env, timeout=TIMEOUT_S
                ).returncode
                _judge(f"{shown} (console)", shown_status, expect, "", "", "")
        return redirected


def _decode(data: bytes, shown: str, what: str) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise SmokeFailure(f"{shown}: {what} is not UTF-8 ({error})") from None


def _judge(shown: str, status: int, expect: int, out: str, err: str, wanted: str) -> None:
    if status != expect or "Traceback" in err or (wanted and wanted not in out):
        raise SmokeFailure(
            f"{shown}\n  exit status {status}, expected {expect}"
            + (f"; output should hold {wanted!r}" if wanted else "")
            + f"\n  stdout: {out.strip()[:2000]}\n  stderr: {err.strip()[:2000]}"
        )


def _write_lock(workshop: Path, pid: int) -> Path:
    lock = workshop.with_name(f"~${workshop.name}.lock")
    now = datetime.now(UTC).replace(microsecond=0).isoformat()
    raw = {"app": "SmartDesk", "user": "sam", "machine": platform.node(), "pid": pid}
    lock.write_text(json.dumps({**raw, "time": now}), encoding="utf-8")
    return lock


def smoke_test(cli: list[str], *, with_pdf: bool, say: Callable[[str], None] = print) -> None:
    """Run every check; raise SmokeFailure on the first failure."""
    with tempfile.TemporaryDirectory(prefix="smartdesk-win-smoke-") as tmp:
        work = Path(tmp)
        run = Runner(cli, work)
        say(f"  ok  {run('--version').strip()}")
        run("demo", "demo.smartdesk", text_in_output="demo.smartdesk")
        run("export", "demo.smartdesk", "--json", "demo.json")
        data = json.loads((work / "demo.json").read_text(encoding="utf-8"))
        data["options"][0]["name"], data["options"][1]["name"] = WELSH, EMOJI
        (work / "cymraeg.json").write_text(json.dumps(data, ensure_ascii=False), "utf-8")
        workshop = work / "Gweithdy ŵ 🚌.smartdesk"  # a space and non-ASCII, as Explorer passes
        run("new", workshop.name, "--from-json", "cymraeg.json", text_in_output=workshop.name)
        say("  ok  demo, export --json, new --from-json (Welsh and emoji names)")
        run("check", workshop.name, text_in_output="sound SmartDesk workshop", again=True)
        run("appraise", workshop.name, text_in_output=WELSH, again=True)
        report = json.loads(
            run("appraise", workshop.name, "--json", text_in_output=EMOJI, again=True)
        )
        if {WELSH, EMOJI} - {row["name"] for row in report["ranking"]}:
            raise SmokeFailure("appraise --json lost the Welsh or emoji names")
        run("review", workshop.name, text_in_output="", again=True)
        run("review", workshop.name, "--json", again=True)
        say("  ok  check, appraise (text, --json), review: UTF-8 to file, pipe and console")

        header = "Name,Organisation,Email\n"
        (work / "utf8.csv").write_bytes((header + "Siôn Ŵyn,Cyngor 🚌,s@example.org\n").encode())
        (work / "cp1252.csv").write_bytes((header + "Siân Jones,Café Ltd,\n").encode("cp1252"))
        run("import", workshop.name, "--stakeholders", "utf8.csv", text_in_output="utf8.csv")
        run("import", workshop.name, "--stakeholders", "cp1252.csv", text_in_output="Imported 1")
        say("  ok  import CSV in UTF-8 and Windows-1252")

        kinds = [("--json", "out.json", b"{"), ("--xlsx", "out.xlsx", b"PK\x03\x04")]
        kinds.append(("--docx", "out.docx", b"PK\x03\x04"))
        if with_pdf:
            kinds.append(("--pdf", "out.pdf", b"%PDF-"))
        for option, name, magic in kinds:
            run("export", workshop.name, option, name)
            if not (work / name).read_bytes().startswith(magic):
                raise SmokeFailure(f"export {option} wrote something else")
        exported = json.loads((work / "out.json").read_text(encoding="utf-8"))
        if not {"Siôn Ŵyn", "Siân Jones"} <= {row["name"] for row in exported["stakeholders"]}:
            raise SmokeFailure("the imported Welsh or Windows-1252 names did not survive")
        say(f"  ok  export {' '.join(option for option, _n, _m in kinds)}")

        run("scrub", workshop.name, text_in_output="Removed the email and phone")
        say("  ok  scrub")

        ended = subprocess.run(
            [sys.executable, "-c", "import os; print(os.getpid())"],
            capture_output=True,
            text=True,
            check=True,
        )
        stale = _write_lock(workshop, int(ended.stdout))
        run("scrub", workshop.name)
        if stale.exists():
            raise SmokeFailure("the stale lock of an ended process was left behind")
        with subprocess.Popen([sys.executable, "-c", "import time; time.sleep(120)"]) as live:
            try:
                _write_lock(workshop, live.pid)
                run("scrub", workshop.name, expect=2)
            finally:
                live.kill()
        say("  ok  lock: an ended process's lock cleared, a live one refused")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cli", type=Path, help="a bundled smartdesk-cli.exe to test")
    parser.add_argument("--no-pdf", action="store_true", help="skip export --pdf")
    options = parser.parse_args()
    for stream in (sys.stdout, sys.stderr):  # a failure may quote Welsh text: never crash
        stream.reconfigure(encoding="utf-8", errors="replace")  # type: ignore[union-attr]
    cli = [str(options.cli.resolve())] if options.cli else [sys.executable, "-m", "smartdesk"]
    print(f"Windows smoke test of {' '.join(cli)} (console: {sys.stdout.isatty()})")
    try:
        smoke_test(cli, with_pdf=not options.no_pdf)
    except (SmokeFailure, subprocess.TimeoutExpired) as failure:
        print(f"WINDOWS SMOKE TEST FAILED: {failure}", file=sys.stderr)
        return 1
    print("Windows smoke test passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
