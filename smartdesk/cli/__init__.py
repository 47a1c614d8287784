"""The ``smartdesk`` command line: the GUI launcher and the headless subcommands.

``smartdesk [FILE] [--demo]`` starts the GUI; ``smartdesk COMMAND ...`` runs a
headless command. Each command lives in its own module and imports its heavy
libraries only when it runs, so ``smartdesk --help`` and the GUI start quickly.

Exit status: 0 success; 1 a damaged workshop file; 2 bad usage, bad input or a refusal,
with one line on stderr; 3 merge stopped on conflicts; 130 interrupted (Ctrl+C). A user error
never shows a traceback.
"""

from __future__ import annotations

import argparse
import difflib
import os
import sys
from collections.abc import Callable, Sequence

from smartdesk.cli import commands
from smartdesk.cli.display import missing_display
from smartdesk.cli.i18n import LANGUAGES, _, choose_language, translate, use_language
from smartdesk.cli.interrupts import ignore_interrupts
from smartdesk.cli.messages import sentence
from smartdesk.cli.streams import use_utf8_output
from smartdesk.domain.errors import WorkshopError

_PROG = "smartdesk"


class _OneLineParser(argparse.ArgumentParser):
    """argparse prints usage plus a message; the contract is one line on stderr."""

    def error(self, message: str) -> None:  # type: ignore[override]
        see = _("see {command} --help").format(command=self.prog)
        self.exit(2, f"{self.prog}: {message} ({see})\n")


def _gui_parser() -> argparse.ArgumentParser:
    parser = _OneLineParser(
        prog="smartdesk",
        description=_(
            "Plan a smart-place initiative in a workshop and export a committee briefing "
            "pack. With no command, opens the SmartDesk window."
        ),
        epilog=_commands_epilog(),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("file", nargs="?", metavar=_("FILE"), help=_("workshop file to open"))
    parser.add_argument("--demo", action="store_true", help=_("open a copy of the sample workshop"))
    parser.add_argument(
        "--quit-after-show",
        action="store_true",
        help=_("quit as soon as the window has been shown (smoke tests, benchmarks)"),
    )
    parser.add_argument("--version", action="store_true", help=_("show the version and exit"))
    parser.add_argument(
        "--lang",
        choices=LANGUAGES,
        help=_("the language of the messages, before any command: en (English) or cy (Welsh)"),
    )
    return parser


def _commands_epilog() -> str:
    lines = [_("commands (smartdesk COMMAND --help for each):")]
    for name, command in commands.COMMANDS.items():
        lines.append(f"  {name:<10} {_(command.summary)}")
    return "\n".join(lines)


def _command_parser(
    name: str, summary: str, configure: Callable[[argparse.ArgumentParser], None]
) -> argparse.ArgumentParser:
    parser = _OneLineParser(prog=f"smartdesk {name}", description=_(summary))
    configure(parser)
    return parser


def _silence_stdout() -> None:
    import os

    # Python flushes stdout again at exit; point it somewhere that accepts the bytes.
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


def main(argv: Sequence[str] | None = None) -> int:
    """Run SmartDesk with ``argv`` (default: the process's arguments); return the exit status.

    A headless command returns its status; the window, once closed, ends the process
    itself (see ``launch.exit_process``).
    """
    use_utf8_output()
    given = list(sys.argv[1:] if argv is None else argv)
    try:
        language, args = choose_language(given)
    except WorkshopError as error:
        print(f"smartdesk: {error}", file=sys.stderr)
        return 2
    use_language(language)
    if args and args[0] in commands.COMMANDS:
        return _run_command(args[0], args[1:])
    unknown = _unknown_command(args)
    if unknown is not None:
        print(f"smartdesk: {unknown}", file=sys.stderr)
        return 2
    options = _gui_parser().parse_args(given)  # the window reads --lang too
    if options.version:
        import smartdesk

        print(f"SmartDesk {smartdesk.__version__}")
        return 0
    no_display = missing_display()
    if no_display is not None:
        print(f"smartdesk: {translate(no_display)}", file=sys.stderr)
        return 2
    from smartdesk.gui.launch import exit_process, run_gui  # Qt only when the window is wanted

    status = run_gui(
        options.file,
        demo=options.demo,
        quit_after_show=options.quit_after_show,
        lang=options.lang,
    )
    exit_process(status)  # the window has closed: the process ends here


def _run_command(name: str, args: list[str]) -> int:
    command = commands.COMMANDS[name]
    try:
        configure, run = command.load()
        options = _command_parser(name, command.summary, configure).parse_args(args)
        status = run(options)
    except WorkshopError as error:
        print(f"smartdesk {name}: {sentence(translate(str(error)))}", file=sys.stderr)
        status = error.exit_code
    except KeyboardInterrupt:
        ignore_interrupts()
        print(f"smartdesk {name}: {_('interrupted')}", file=sys.stderr)
        status = 130
    except BrokenPipeError:
        # Output piped into e.g. `head`, which stopped reading: not an error.
        _silence_stdout()
        status = 0
    ignore_interrupts()  # the command is over: Ctrl+C now must not turn its status into -2
    return status


def _unknown_command(args: list[str]) -> str | None:
    """A message for ``smartdesk chek ...``: a word that is neither a command nor a file.

    A name with a dot or a folder in it, or one that exists, is a file for the window.
    """
    if not args or args[0].startswith("-"):
        return None
    word = args[0]
    if "." in word or os.sep in word or "/" in word or os.path.lexists(word):
        return None
    close = difflib.get_close_matches(word, commands.COMMANDS, n=1)
    if close:
        hint = _("did you mean '{command}'?").format(command=close[0])
    else:
        hint = _("see {command} --help").format(command=_PROG)
    return _("unknown command '{word}' ({hint})").format(word=word, hint=hint)
