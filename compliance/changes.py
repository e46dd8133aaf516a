"""Which sheet files changed in git since a ref (`compliance screen --changed-since REF`)."""

from __future__ import annotations

import subprocess
from collections.abc import Sequence
from pathlib import Path

from compliance.errors import UsageError
from compliance.pipeline import FOLDER_SUFFIXES


def _run(args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    try:
        return subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, check=False)
    except FileNotFoundError:
        raise UsageError("--changed-since: git is not installed (or not on PATH)") from None


def _git(args: list[str], cwd: Path) -> str:
    done = _run(args, cwd)
    if done.returncode != 0:
        first = next((line for line in done.stderr.splitlines() if line.strip()), "git failed")
        raise UsageError(f"--changed-since: git {args[0]}: {first.removeprefix('fatal: ').strip()}")
    return done.stdout


def changed_sheets(ref: str, within: Sequence[Path], cwd: Path | None = None) -> list[Path]:
    """Sheet files changed since ``ref`` under the given paths: existing files only, sorted.

    Changed means: in ``git diff REF...HEAD`` (what the branch changed since it left REF, the way a
    pull request shows it), or changed in the working tree or the index, or new and not ignored.
    Deleted files are left out: there is nothing left to screen.
    """
    here = (cwd or Path.cwd()).resolve()
    if not ref.strip() or ref.startswith("-"):
        raise UsageError(f"--changed-since {ref!r}: give a git ref such as origin/main or HEAD~3")
    top = Path(_git(["rev-parse", "--show-toplevel"], here).strip())
    if _run(["rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}"], here).returncode != 0:
        raise UsageError(f"--changed-since {ref!r}: no such commit, branch or tag in this repository",
                         hint="in a shallow CI clone, fetch it first: git fetch origin main")
    names: set[str] = set()
    names.update(_git(["diff", "--name-only", "--diff-filter=d", "-z", f"{ref}...HEAD", "--"], top).split("\0"))
    names.update(_git(["diff", "--name-only", "--diff-filter=d", "-z", "HEAD", "--"], top).split("\0"))
    names.update(_git(["ls-files", "--others", "--exclude-standard", "-z"], top).split("\0"))
    roots = [(p if p.is_absolute() else here / p).resolve() for p in within]
    for root in roots:
        if not root.exists():
            raise UsageError(f"{root}: no such file or folder")
    out: list[Path] = []
    for name in sorted(n for n in names if n):
        path = top / name
        if path.suffix.lower() not in FOLDER_SUFFIXES or not path.is_file():
            continue
        if any(part.startswith("~$") for part in path.parts):   # Excel's lock files
            continue
        if any(path == root or root in path.parents for root in roots):
            out.append(_shown(path, here))
    return out


def _shown(path: Path, here: Path) -> Path:
    """Relative to the current folder when inside it: reports then name files as people typed them."""
    try:
        return path.relative_to(here)
    except ValueError:
        return path
