"""compliance.changes: the sheet files a branch changed, in a real temporary git repository."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from compliance.changes import changed_sheets
from compliance.errors import UsageError

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


def git(repo: Path, *args: str) -> str:
    done = subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@example.com", "-c", "commit.gpgsign=false",
                           *args], cwd=repo, capture_output=True, text=True, check=True)
    return done.stdout


@pytest.fixture()
def repo(tmp_path: Path) -> Path:
    """main: a.csv, old.xlsx, notes.txt, sub/b.csv; branch 'work' starts there."""
    root = tmp_path / "purchases"
    (root / "sub").mkdir(parents=True)
    git(root, "init", "-q", "-b", "main")
    for name in ("a.csv", "old.xlsx", "notes.txt", "sub/b.csv", "gone.csv"):
        (root / name).write_text("Supplier\nStaples\n")
    git(root, "add", ".")
    git(root, "commit", "-q", "-m", "base")
    git(root, "checkout", "-q", "-b", "work")
    return root


def test_committed_uncommitted_and_new_sheet_files(repo: Path) -> None:
    (repo / "a.csv").write_text("Supplier\nHikvision\n")
    git(repo, "commit", "-q", "-am", "a changed")            # committed on the branch
    (repo / "sub" / "b.csv").write_text("Supplier\nZTE\n")   # changed, not committed
    (repo / "new.XLSX").write_text("x")                      # new, untracked (suffix in capitals)
    (repo / "notes.txt").write_text("not a sheet\n")         # not a sheet suffix
    (repo / "gone.csv").unlink()                             # deleted: nothing to screen
    (repo / "~$a.xlsx").write_text("lock")                   # Excel's lock file
    (repo / ".gitignore").write_text("ignored.csv\n")
    (repo / "ignored.csv").write_text("x")
    assert changed_sheets("main", [Path(".")], cwd=repo) == [Path("a.csv"), Path("new.XLSX"), Path("sub/b.csv")]
    assert changed_sheets("main", [Path("sub")], cwd=repo) == [Path("sub/b.csv")]      # within the given paths
    assert changed_sheets("HEAD", [Path(".")], cwd=repo) == [Path("new.XLSX"), Path("sub/b.csv")]


def test_only_what_the_branch_changed_not_what_main_did_since(repo: Path) -> None:
    git(repo, "checkout", "-q", "main")
    (repo / "old.xlsx").write_text("changed on main after the branch left")
    git(repo, "commit", "-q", "-am", "main moves on")
    git(repo, "checkout", "-q", "work")
    assert changed_sheets("main", [Path(".")], cwd=repo) == []      # REF...HEAD: the merge base, as a PR shows


def test_from_a_subfolder_paths_are_relative_to_it(repo: Path) -> None:
    (repo / "sub" / "b.csv").write_text("Supplier\nZTE\n")
    (repo / "a.csv").write_text("Supplier\nHikvision\n")
    assert changed_sheets("main", [Path(".")], cwd=repo / "sub") == [Path("b.csv")]
    assert changed_sheets("main", [Path("..")], cwd=repo / "sub") == [repo.resolve() / "a.csv", Path("b.csv")]


@pytest.mark.parametrize(("ref", "message"), [("no-such-branch", "no such commit"), ("--output=x", "give a git ref")])
def test_bad_ref(repo: Path, ref: str, message: str) -> None:
    with pytest.raises(UsageError, match=message):
        changed_sheets(ref, [Path(".")], cwd=repo)


def test_not_a_repository(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="not a git repository"):
        changed_sheets("main", [Path(".")], cwd=tmp_path)
