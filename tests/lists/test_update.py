"""`lists update` against a local HTTP server: good data installs; broken sources are refused and the
snapshot in use stays; one failing source does not stop the others; the exit code says what happened."""

from __future__ import annotations

import contextlib
import datetime as dt
import gzip
import http.server
import json
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from compliance.cli.run import run
from compliance.lists.download import UpdateOptions, update
from compliance.lists.snapshots import Store
from compliance.lists.sources import SOURCES

DATA = Path(__file__).resolve().parents[1] / "data" / "lists"
OFAC = DATA / "ofac"


def _gunzip(path: Path) -> bytes:
    return gzip.decompress(path.read_bytes())


def good_files() -> dict[str, bytes]:
    """URL path -> body, laid out as a mirror: /SOURCE/FILE."""
    sdn = OFAC / "ofac-sdn-2021-snapshot"
    cons = OFAC / "ofac-non-sdn-consolidated"
    return {
        "/ofac-sdn/sdn.csv": _gunzip(sdn / "sdn.csv.gz"),
        "/ofac-sdn/alt.csv": _gunzip(sdn / "alt.csv.gz"),
        "/ofac-sdn/add.csv": _gunzip(sdn / "add.csv.gz"),
        "/ofac-sdn/sdn_comments.csv": _gunzip(sdn / "sdn_comments.csv.gz"),
        "/ofac-cons/cons_prim.csv": _gunzip(cons / "cons_prim.csv.gz"),
        "/ofac-cons/cons_alt.csv": _gunzip(cons / "cons_alt.csv.gz"),
        "/ofac-cons/cons_add.csv": _gunzip(cons / "cons_add.csv.gz"),
        "/ofac-cons/cons_comments.csv": _gunzip(cons / "cons_comments.csv.gz"),
    }


class Server:
    """Serves ``files``; ``behaviour`` per path: 'slow' (never answers in time), 'cut' (sends less than
    Content-Length), 404, or bytes to send instead. Records request headers per path."""

    def __init__(self) -> None:
        self.files: dict[str, bytes] = good_files()
        self.behaviour: dict[str, object] = {}
        self.requests: list[tuple[str, dict[str, str]]] = []
        outer = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:
                pass

            def do_GET(self) -> None:  # noqa: N802 - http.server's name
                outer.requests.append((self.path, dict(self.headers)))
                how = outer.behaviour.get(self.path)
                body = outer.files.get(self.path)
                if how == "slow":
                    time.sleep(1.5)
                if how == 404 or body is None:
                    self.send_error(404)
                    return
                etag = f'"{hash(body) & 0xFFFFFFFF:x}"'
                if self.headers.get("If-None-Match") == etag and how is None:
                    self.send_response(304)
                    self.end_headers()
                    return
                if isinstance(how, bytes):
                    body = how
                self.send_response(200)
                self.send_header("Content-Length", str(len(body)))
                self.send_header("ETag", etag)
                self.end_headers()
                with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                    self.wfile.write(body[: len(body) // 2] if how == "cut" else body)

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self) -> Server:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def server() -> Iterator[Server]:
    with Server() as s:
        yield s


def opts(server: Server, **kw: object) -> UpdateOptions:
    return UpdateOptions(timeout=kw.pop("timeout", 5.0), retries=kw.pop("retries", 2), backoff=0.0,  # type: ignore[arg-type]
                         mirror=server.url, **kw)  # type: ignore[arg-type]


OFAC_SOURCES = [SOURCES["ofac-sdn"], SOURCES["ofac-cons"]]
NOW = dt.datetime(2026, 11, 22, 12, 0, tzinfo=dt.UTC)


def test_good_data_installs_and_records_provenance(server: Server, tmp_path: Path) -> None:
    store = Store(tmp_path)
    outcomes = update(store, OFAC_SOURCES, opts(server), now=lambda: NOW)
    assert [o.status for o in outcomes] == ["installed", "installed"], [o.message for o in outcomes]
    current = store.current()
    assert current["ofac-sdn"].entries == 8976 and current["ofac-cons"].entries == 442
    manifest = current["ofac-sdn"].manifest
    assert manifest["files"]["sdn.csv"]["url"] == f"{server.url}/ofac-sdn/sdn.csv"
    assert manifest["files"]["sdn.csv"]["etag"]
    assert manifest["fetched_at"] == "2026-11-22T12:00:00Z"
    assert len(manifest["sha256"]) == 64
    # files are stored unchanged
    assert (current["ofac-sdn"].path / "sdn.csv").read_bytes() == server.files["/ofac-sdn/sdn.csv"]


def test_second_update_uses_conditional_requests(server: Server, tmp_path: Path) -> None:
    store = Store(tmp_path)
    update(store, OFAC_SOURCES[:1], opts(server), now=lambda: NOW)
    server.requests.clear()
    outcomes = update(store, OFAC_SOURCES[:1], opts(server), now=lambda: NOW + dt.timedelta(days=1))
    assert outcomes[0].status == "unchanged"
    assert all("If-None-Match" in headers for _, headers in server.requests)
    assert len(store.history("ofac-sdn")) == 1


@pytest.mark.parametrize("case", ["truncated", "cut-download", "empty", "html", "wrong-format", "timeout",
                                  "missing"])
def test_broken_source_is_refused_and_old_snapshot_kept(server: Server, tmp_path: Path, case: str) -> None:
    store = Store(tmp_path)
    update(store, OFAC_SOURCES, opts(server), now=lambda: NOW)
    before = store.current()
    sdn = server.files["/ofac-sdn/sdn.csv"]
    path = "/ofac-sdn/sdn.csv"
    server.behaviour[path] = {
        "truncated": sdn[: len(sdn) // 3],           # the server sends a short file with a matching length
        "cut-download": "cut",                       # the connection drops before Content-Length
        "empty": b"",
        "html": b"<!DOCTYPE html><html><body>Service unavailable</body></html>\r\n",
        "wrong-format": b"name,address,country\r\nACME,1 Main St,US\r\n",
        "timeout": "slow",
        "missing": 404,
    }[case]
    outcomes = update(store, OFAC_SOURCES, opts(server, timeout=0.5, retries=1), now=lambda: NOW + dt.timedelta(1))
    sdn_outcome, cons_outcome = outcomes
    assert sdn_outcome.status in ("refused", "failed"), sdn_outcome.message
    assert "stays in use" in sdn_outcome.message
    assert cons_outcome.ok, "one source failing must not stop the others"
    assert store.current()["ofac-sdn"].id == before["ofac-sdn"].id
    assert not list((tmp_path / "snapshots" / "ofac-sdn").glob(".staging-*")), "staging folder left behind"


def test_shrinking_list_needs_force(server: Server, tmp_path: Path) -> None:
    store = Store(tmp_path)
    update(store, OFAC_SOURCES[:1], opts(server), now=lambda: NOW)
    lines = server.files["/ofac-sdn/sdn.csv"].split(b"\r\n")
    server.files["/ofac-sdn/sdn.csv"] = b"\r\n".join(lines[:5000] + [b"\x1a"])   # a complete but shorter file
    refused = update(store, OFAC_SOURCES[:1], opts(server), now=lambda: NOW + dt.timedelta(1))[0]
    assert refused.status == "refused" and "shrink" in refused.message
    forced = update(store, OFAC_SOURCES[:1], opts(server, force=True), now=lambda: NOW + dt.timedelta(2))[0]
    assert forced.status == "installed" and store.current()["ofac-sdn"].entries == 5000


def test_cli_exit_codes(server: Server, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    base = ["lists", "update", "ofac-sdn", "ofac-cons", "--data-dir", str(tmp_path), "--mirror", server.url,
            "--retries", "1", "--timeout", "5"]
    assert run(base) == 0
    out = capsys.readouterr().out
    assert "ofac-sdn: installed" in out and "ofac-cons: installed" in out
    server.behaviour["/ofac-cons/cons_prim.csv"] = 404
    server.files["/ofac-sdn/sdn.csv"] += b"\r\n"          # a new version of the SDN file
    assert run(base) == 1
    out = capsys.readouterr().out
    assert "ofac-cons: failed" in out and "HTTP 404" in out and "stays in use" in out
    assert "ofac-sdn: unchanged" in out or "ofac-sdn: installed" in out
    assert run(["lists", "update", "nonsense", "--data-dir", str(tmp_path)]) == 2


def test_lists_shows_installed_and_warns_when_stale(server: Server, tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    update(Store(tmp_path), OFAC_SOURCES[:1], opts(server), now=lambda: NOW - dt.timedelta(days=30))
    assert run(["lists", "--data-dir", str(tmp_path), "--json"]) == 0
    rows = {r["id"]: r for r in json.loads(capsys.readouterr().out)["lists"]}
    sdn = rows["ofac-sdn"]
    assert sdn["entries"] == 8976 and sdn["sha256"] and sdn["fetched_at"].startswith("2026-10-23")
    assert "maximum" in sdn["warning"]
    assert "not installed" in rows["csl"]["warning"]
    assert rows["ndaa-889"]["kind"] == "curated"
