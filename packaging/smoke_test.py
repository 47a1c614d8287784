"""Smoke-test a built SmartDesk bundle: the same checks on Linux, Windows and macOS.

    python packaging/smoke_test.py dist/SmartDesk            # Linux, Windows
    python packaging/smoke_test.py dist/SmartDesk.app        # macOS

Runs the *bundled* executables, never the checkout: ``--version``, ``demo``, ``check``,
``appraise``, ``export --json``, ``export --pdf`` (skipped with a notice while the
briefing pack does not exist yet), ``--docx``/``--xlsx`` when offered, and the window
with ``--quit-after-show`` under ``QT_QPA_PLATFORM=offscreen``. Every command runs in a
temporary folder with its own per-user folders, so nothing is written anywhere else.
Exits 1 on the first failure, printing the command and its output.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TIMEOUT_S = 180  # generous: a cold first run builds matplotlib's font cache


class SmokeFailure(Exception):
    """A bundled command did not do what it should."""


@dataclass(frozen=True)
class Executables:
    """The two programs in a bundle: the windowed GUI and the console CLI."""

    gui: Path
    cli: Path


def find_executables(bundle: Path) -> Executables:
    """Locate SmartDesk and smartdesk-cli in a one-folder bundle or a macOS .app."""
    bundle = bundle.resolve()  # commands run in a temporary folder
    folder = bundle / "Contents" / "MacOS" if bundle.suffix == ".app" else bundle
    suffix = ".exe" if sys.platform == "win32" else ""
    found = Executables(folder / f"SmartDesk{suffix}", folder / f"smartdesk-cli{suffix}")
    for path in (found.gui, found.cli):
        if not path.is_file():
            raise SmokeFailure(f"{path} is missing from the bundle")
    return found


def isolated_env(home: Path) -> dict[str, str]:
    """An environment whose per-user folders all sit under ``home``."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONUTF8="1")
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
        env[name] = str(home / name.lower())
    if sys.platform == "win32":  # platformdirs uses these on Windows
        env["APPDATA"] = env["LOCALAPPDATA"] = str(home / "appdata")
    elif sys.platform == "darwin":  # and HOME/Library on macOS
        env["HOME"] = str(home)
    # Whatever the caller's Python set up must not leak into the frozen program.
    for name in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV"):
        env.pop(name, None)
    return env


def run(command: list[str | Path], cwd: Path, env: dict[str, str], expect: int = 0) -> str:
    """Run one bundled command; return its stdout, or raise SmokeFailure."""
    shown = " ".join(str(part) for part in command)
    result = subprocess.run(
        [str(part) for part in command],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        timeout=TIMEOUT_S,
    )
    if result.returncode != expect:
        raise SmokeFailure(
            f"{shown}\n  exit status {result.returncode}, expected {expect}\n"
            f"  stdout: {result.stdout.strip()}\n  stderr: {result.stderr.strip()}"
        )
    if "Traceback" in result.stderr:
        raise SmokeFailure(f"{shown}\n  printed a traceback:\n{result.stderr}")
    return result.stdout


def expected_version() -> str:
    """The version in pyproject.toml, which ``--version`` must report."""
    import tomllib

    with (ROOT / "pyproject.toml").open("rb") as handle:
        return str(tomllib.load(handle)["project"]["version"])


def smoke_test(bundle: Path, *, with_pdf: bool, say: Callable[[str], None] = print) -> None:
    """Run every check against ``bundle``; raise SmokeFailure on the first failure."""
    exe = find_executables(bundle)
    with tempfile.TemporaryDirectory(prefix="smartdesk-smoke-") as tmp:
        work = Path(tmp)
        env = isolated_env(work / "home")
        workshop = work / "demo.smartdesk"

        version = run([exe.cli, "--version"], work, env).strip()
        wanted = f"SmartDesk {expected_version()}"
        if version != wanted:
            raise SmokeFailure(f"--version printed {version!r}, pyproject.toml says {wanted!r}")
        say(f"  ok  --version: {version}")

        run([exe.cli, "demo", workshop], work, env)
        if not workshop.is_file():
            raise SmokeFailure("demo reported success but wrote no file")
        say(f"  ok  demo: {workshop.stat().st_size} bytes")

        say(f"  ok  check: {run([exe.cli, 'check', workshop], work, env).strip()}")
        run([exe.cli, "appraise", workshop, "--json"], work, env)
        say("  ok  appraise --json")

        exported = work / "demo.json"
        run([exe.cli, "export", workshop, "--json", exported], work, env)
        data = json.loads(exported.read_text(encoding="utf-8"))
        if not isinstance(data, dict) or not data:
            raise SmokeFailure("export --json wrote something that is not a workshop object")
        say(f"  ok  export --json: {exported.stat().st_size} bytes, keys {sorted(data)[:4]}...")

        if with_pdf:
            pack = work / "demo.pdf"
            run([exe.cli, "export", workshop, "--pdf", pack], work, env)
            if pack.read_bytes()[:5] != b"%PDF-":
                raise SmokeFailure("export --pdf wrote a file that is not a PDF")
            say(f"  ok  export --pdf: {pack.stat().st_size} bytes")
        else:
            say("  --  export --pdf skipped: smartdesk/reports/pack.py is not there yet")

        # Office formats, once the export command offers them.
        export_help = run([exe.cli, "export", "--help"], work, env)
        for option in ("--docx", "--xlsx"):
            if option not in export_help:
                say(f"  --  export {option} skipped: the export command has no {option} yet")
                continue
            office = work / f"demo.{option[2:]}"
            run([exe.cli, "export", workshop, option, office], work, env)
            if office.read_bytes()[:4] != b"PK\x03\x04":
                raise SmokeFailure(f"export {option} wrote a file that is not an Office document")
            say(f"  ok  export {option}: {office.stat().st_size} bytes")

        run([exe.gui, "--demo", "--quit-after-show"], work, env)
        say("  ok  GUI --demo --quit-after-show (offscreen)")
        run([exe.gui, workshop, "--quit-after-show"], work, env)
        say("  ok  GUI FILE --quit-after-show (offscreen)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bundle", type=Path, help="dist/SmartDesk or dist/SmartDesk.app")
    parser.add_argument("--no-pdf", action="store_true", help="skip export --pdf")
    options = parser.parse_args()
    with_pdf = not options.no_pdf and (ROOT / "smartdesk" / "reports" / "pack.py").is_file()
    print(f"Smoke test of {options.bundle}")
    try:
        smoke_test(options.bundle, with_pdf=with_pdf)
    except (SmokeFailure, subprocess.TimeoutExpired) as failure:
        print(f"SMOKE TEST FAILED: {failure}", file=sys.stderr)
        return 1
    print("Smoke test passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
