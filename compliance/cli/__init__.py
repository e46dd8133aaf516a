"""Command-line entry point: fast --version, then typer; errors mapped to exit codes in one place."""

from __future__ import annotations

import sys

from compliance import __version__


def main(argv: list[str] | None = None) -> int:
    """Run the CLI and return (and exit with) its exit code."""
    args = list(sys.argv[1:] if argv is None else argv)
    if args in (["--version"], ["-V"]):
        # answered before importing typer, rich or pydantic: --version must cost < 0.25 s
        print(f"compliance {__version__}")
        return _exit(0, argv)
    from compliance.cli.run import run

    return _exit(run(args), argv)


def _exit(code: int, argv: list[str] | None) -> int:
    if argv is None:
        sys.exit(code)
    return code
