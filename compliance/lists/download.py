"""``lists update``: download each source's files, validate them, install them as a new snapshot.

Timeouts, retries with back-off, conditional requests (ETag / Last-Modified from the snapshot in
use), a length check against Content-Length, and one source's failure never stopping the others.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from compliance import __version__
from compliance.errors import DataError
from compliance.lists.snapshots import DEFAULT_MAX_SHRINK, Outcome, Snapshot, Store
from compliance.lists.sources import OfficialSource, SourceFile

#: A mirror of the official files, laid out as MIRROR/SOURCE/FILE (a corporate proxy, a test server).
MIRROR_ENV = "COMPLIANCE_MIRROR"

#: (source id, file name, bytes so far, total bytes or None)
ProgressFn = Callable[[str, str, int, int | None], None]


@dataclass(frozen=True, slots=True)
class UpdateOptions:
    timeout: float = 60.0
    retries: int = 3
    backoff: float = 2.0              # seconds before the 2nd attempt; doubles after
    mirror: str | None = None
    force: bool = False
    max_shrink: float = DEFAULT_MAX_SHRINK


class FetchError(Exception):
    """A file could not be downloaded whole; the message says why, in words."""


def file_url(source: OfficialSource, f: SourceFile, mirror: str | None) -> str:
    mirror = mirror if mirror is not None else os.environ.get(MIRROR_ENV) or None
    if mirror:
        return f"{mirror.rstrip('/')}/{source.id}/{f.name}"
    return f.url


def fetch(url: str, dest: Path, *, timeout: float, conditional: dict[str, str] | None = None,
          progress: Callable[[int, int | None], None] | None = None) -> dict[str, Any] | None:
    """Download ``url`` to ``dest``; None when the server says it has not changed (HTTP 304)."""
    headers = {"User-Agent": f"compliance/{__version__} (+list update)", "Accept-Encoding": "identity"}
    if conditional:
        if conditional.get("etag"):
            headers["If-None-Match"] = conditional["etag"]
        if conditional.get("last_modified"):
            headers["If-Modified-Since"] = conditional["last_modified"]
    request = urllib.request.Request(url, headers=headers)
    try:
        response = urllib.request.urlopen(request, timeout=timeout)  # noqa: S310 - https/http URLs only
    except urllib.error.HTTPError as exc:
        if exc.code == 304:
            return None
        raise FetchError(f"HTTP {exc.code} {exc.reason}") from None
    except urllib.error.URLError as exc:
        raise FetchError(f"cannot connect: {exc.reason}") from None
    except (TimeoutError, OSError) as exc:
        raise FetchError(f"no answer within {timeout:g} s" if isinstance(exc, TimeoutError) else str(exc)) from None
    with response:
        length_header = response.headers.get("Content-Length")
        total = int(length_header) if length_header and length_header.isdigit() else None
        got = 0
        try:
            with dest.open("wb") as out:
                while True:
                    block = response.read(1 << 16)
                    if not block:
                        break
                    out.write(block)
                    got += len(block)
                    if progress is not None:
                        progress(got, total)
        except (TimeoutError, OSError) as exc:
            raise FetchError(f"download broke off after {got:,} bytes ({exc or 'timed out'})") from None
        if total is not None and got != total:
            raise FetchError(f"download truncated: {got:,} of {total:,} bytes")
        if got == 0:
            raise FetchError("the server sent an empty file")
        return {"url": url, "etag": response.headers.get("ETag") or "",
                "last_modified": response.headers.get("Last-Modified") or ""}


def _fetch_with_retries(url: str, dest: Path, options: UpdateOptions, conditional: dict[str, str] | None,
                        progress: Callable[[int, int | None], None] | None) -> dict[str, Any] | None:
    delay = options.backoff
    for attempt in range(1, options.retries + 1):
        try:
            return fetch(url, dest, timeout=options.timeout, conditional=conditional, progress=progress)
        except FetchError as exc:
            permanent = str(exc).startswith("HTTP 4")
            if attempt == options.retries or permanent:
                tries = f" after {attempt} attempts" if attempt > 1 else ""
                raise FetchError(f"{url}: {exc}{tries}") from None
            time.sleep(delay)
            delay *= 2
    raise AssertionError("unreachable")


def update_source(store: Store, source: OfficialSource, options: UpdateOptions, *, now: dt.datetime,
                  progress: ProgressFn | None = None) -> Outcome:
    """Download, validate and install one source; never raises for a network or data problem."""
    previous: Snapshot | None = store.current_snapshot(source.id)
    staged = store.stage(source.id)
    meta: dict[str, dict[str, Any]] = {}
    not_modified = 0
    try:
        for f in source.files:
            url = file_url(source, f, options.mirror)
            prev_meta = previous.manifest["files"].get(f.name) if previous is not None else None
            conditional = None
            if prev_meta and prev_meta.get("url") == url:
                conditional = {"etag": prev_meta.get("etag", ""), "last_modified": prev_meta.get("last_modified", "")}
            show = (lambda got, total, name=f.name: progress(source.id, name, got, total)) if progress else None
            try:
                got = _fetch_with_retries(url, staged / f.name, options, conditional, show)
            except FetchError as exc:
                if not f.required and str(exc).split(": ", 1)[-1].startswith("HTTP 404"):
                    continue            # an optional file the publisher does not have today
                raise
            if got is None:
                assert previous is not None and prev_meta is not None
                shutil.copyfile(previous.path / f.name, staged / f.name)
                meta[f.name] = dict(prev_meta)
                not_modified += 1
            else:
                meta[f.name] = got
        if previous is not None and not_modified == len(meta):
            shutil.rmtree(staged, ignore_errors=True)
            return Outcome(source.id, "unchanged", f"not modified on the server: {previous.entries:,} entries, "
                           f"snapshot {previous.id}", previous)
    except FetchError as exc:
        shutil.rmtree(staged, ignore_errors=True)
        kept = f"; snapshot {previous.id} stays in use" if previous is not None else "; nothing installed"
        return Outcome(source.id, "failed", f"download failed: {exc}{kept}", previous)
    except OSError as exc:
        shutil.rmtree(staged, ignore_errors=True)
        return Outcome(source.id, "failed", f"cannot write to the list store: {exc}", previous)
    try:
        outcome = store.install(source, staged, meta, how="download", now=now, force=options.force,
                                max_shrink=options.max_shrink)
    except DataError as exc:
        outcome = Outcome(source.id, "refused", f"not installed: {exc.message}", previous)
    if outcome.status == "refused" and previous is not None and "stays in use" not in outcome.message:
        outcome.message += f"; snapshot {previous.id} stays in use"
    return outcome


def update(store: Store, sources: Sequence[OfficialSource], options: UpdateOptions, *,
           now: Callable[[], dt.datetime] = lambda: dt.datetime.now(dt.UTC),
           progress: ProgressFn | None = None) -> list[Outcome]:
    store.root.mkdir(parents=True, exist_ok=True)
    return [update_source(store, s, options, now=now(), progress=progress) for s in sources]
