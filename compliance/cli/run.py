"""Run a typer command with our error handling: one line on stderr, exit 2 or 3, no traceback."""

from __future__ import annotations

import sys
import traceback

import typer
from typer.exceptions import TyperException

from compliance.errors import ComplianceError
from compliance.policy import ExitCode


def run(args: list[str]) -> int:
    from compliance.cli.app import app

    debug = "--debug" in args
    command = typer.main.get_command(app)
    try:
        result = command.main(args=args, prog_name="compliance", standalone_mode=False)
    except typer.Exit as exc:                     # --help, --version inside typer
        return int(getattr(exc, "exit_code", 0))
    except typer.Abort:
        print("compliance: aborted", file=sys.stderr)
        return int(ExitCode.USAGE)
    except TyperException as exc:                 # bad option value, missing argument
        show = getattr(exc, "show", None)
        if show is not None:
            show(file=sys.stderr)
        else:
            print(f"compliance: error: {exc}", file=sys.stderr)
        return int(ExitCode.USAGE)
    except ComplianceError as exc:
        if debug:
            traceback.print_exc()
        print(f"compliance: error: {exc}", file=sys.stderr)
        return int(ExitCode.USAGE)
    except KeyboardInterrupt:
        print("compliance: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:  # noqa: BLE001 - the one place a bug becomes exit code 3
        if debug:
            traceback.print_exc()
        print(f"compliance: internal error: {type(exc).__name__}: {exc} (run with --debug for the "
              "traceback, and please report it)", file=sys.stderr)
        return int(ExitCode.INTERNAL)
    return int(result or 0)
