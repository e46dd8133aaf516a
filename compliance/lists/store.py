"""Load the curated list files and user lists into one validated, hashed ListSet."""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
from dataclasses import dataclass, field
from pathlib import Path

from compliance.errors import DataError
from compliance.lists.models import (
    Alias,
    AliasKind,
    Entity,
    Fingerprint,
    FingerprintFile,
    ListFile,
    Lookalike,
    Source,
)
from compliance.models import Severity
from compliance.resources import lists_dir
from compliance.yamlio import load_yaml, validate

FINGERPRINTS_FILE = "fingerprints.yaml"


@dataclass(frozen=True, slots=True)
class ListInfo:
    """A list as the report records it: identity, version and hash of the exact file used."""

    id: str
    title: str
    publisher: str
    version: str
    sha256: str
    entries: int
    path: str
    kind: str = "curated"   # curated | user | reference | official
    fetched_at: str = ""    # official snapshots: when downloaded or imported (ISO 8601 UTC)
    url: str = ""           # official snapshots: where it came from
    snapshot: str = ""      # official snapshots: the snapshot id in the store


@dataclass(slots=True)
class ListSet:
    infos: list[ListInfo] = field(default_factory=list)
    entities: dict[str, Entity] = field(default_factory=dict)
    lookalikes: list[Lookalike] = field(default_factory=list)
    fingerprints: list[Fingerprint] = field(default_factory=list)
    fingerprints_info: ListInfo | None = None
    #: severity chosen per entity by a user list
    user_severity: dict[str, Severity] = field(default_factory=dict)

    def add_entity(self, entity: Entity, path: Path) -> None:
        if entity.id in self.entities:
            raise DataError(f"{path}: entity id {entity.id!r} is defined twice")
        self.entities[entity.id] = entity

    def check_references(self, known_lists: set[str]) -> None:
        """Every relation target, look-alike and fingerprint names an entity that exists."""
        for e in self.entities.values():
            for r in e.relations:
                if r.target not in self.entities:
                    raise DataError(f"entity {e.id!r}: relation {r.type.value} names unknown entity "
                                    f"{r.target!r}")
            unknown = set(e.lists) - known_lists
            if unknown:
                raise DataError(f"entity {e.id!r}: unknown list(s) {sorted(unknown)}; known: "
                                f"{sorted(known_lists)}")
        for look in self.lookalikes:
            if look.entity is not None and look.entity not in self.entities:
                raise DataError(f"look-alike {look.id!r}: entity names unknown entity {look.entity!r}")
            for target in look.confusable_with:
                if target not in self.entities:
                    raise DataError(f"look-alike {look.id!r}: confusable_with names unknown entity "
                                    f"{target!r}")
        for fp in self.fingerprints:
            if fp.entity not in self.entities:
                raise DataError(f"fingerprint {fp.id!r}: unknown entity {fp.entity!r}")


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def load_curated(folder: Path | None = None) -> ListSet:
    """Every ``*.yaml`` list file in the folder plus the model-number fingerprints."""
    folder = folder or lists_dir()
    if not folder.is_dir():
        raise DataError(f"{folder}: curated list folder not found (is the package installed whole?)")
    result = ListSet()
    known: set[str] = set()
    files: dict[str, tuple[ListFile, Path, bytes]] = {}
    for path in sorted(folder.glob("*.yaml")):
        raw = path.read_bytes()
        data = load_yaml(path)
        if path.name == FINGERPRINTS_FILE:
            fps = validate(FingerprintFile, data, path)
            result.fingerprints.extend(fps.fingerprints)
            result.fingerprints_info = ListInfo("fingerprints", "Model-number fingerprints of covered "
                                                "makers' equipment", "compliance project",
                                                "", _sha256(raw), len(fps.fingerprints), str(path),
                                                kind="reference")
            continue
        lf = validate(ListFile, data, path)
        for entity in lf.entities:
            result.add_entity(entity, path)
        result.lookalikes.extend(lf.lookalikes)
        known.add(lf.meta.id)
        files[lf.meta.id] = (lf, path, raw)
    if not files:
        raise DataError(f"{folder}: no curated list files found")
    for list_id, (lf, path, raw) in files.items():
        # a list's entries may live in other files (Huawei, defined in ndaa-889.yaml, is on dod-1260h
        # too): they count as its entries and their content joins its hash, so a change to one shows
        own = {e.id for e in lf.entities}
        foreign = sorted((e for e in result.entities.values() if list_id in e.lists and e.id not in own),
                         key=lambda e: e.id)
        digest = _sha256(raw) if not foreign else _sha256(raw + b"\0" + "\n".join(
            e.model_dump_json() for e in foreign).encode())
        entries = len(own) + len(foreign) + len(lf.lookalikes)
        result.infos.append(ListInfo(list_id, lf.meta.title, lf.meta.publisher, lf.meta.version.isoformat(), digest,
                                     entries, str(path), kind="curated" if own or foreign else "reference"))
    if result.fingerprints_info is not None:
        newest = max(i.version for i in result.infos)
        fi = result.fingerprints_info
        result.fingerprints_info = ListInfo(fi.id, fi.title, fi.publisher, newest, fi.sha256,
                                            fi.entries, fi.path, kind="reference")
    result.check_references(known)
    return result

_USER_COLUMNS = {"name", "aliases", "country", "severity", "note"}


def load_user_list(path: Path, into: ListSet) -> None:
    """A user blocklist CSV: name, aliases (';'-separated), optional country, severity, note."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise DataError(f"{path}: user list not found") from None
    except OSError as exc:
        raise DataError(f"{path}: cannot read user list: {exc.strerror or exc}") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        if not _cp1252_ok(raw):
            raise DataError(f"{path}: user list is not UTF-8 or cp1252 text") from None
        text = raw.decode("cp1252")
    reader = csv.DictReader(io.StringIO(text, newline=""))
    headers = {(h or "").strip().lower(): h for h in reader.fieldnames or []}
    if "name" not in headers:
        raise DataError(f"{path}: user list needs a 'name' column (columns: name, aliases, country, "
                        f"severity, note); found {sorted(h for h in headers if h)}")
    unknown = set(headers) - _USER_COLUMNS - {""}
    if unknown:
        raise DataError(f"{path}: unknown user list column(s) {sorted(unknown)}; expected "
                        f"{sorted(_USER_COLUMNS)}")
    list_id = "user-" + "".join(c if c.isalnum() else "-" for c in path.stem.lower()).strip("-")
    source = Source(title=f"user list {path.name}", as_of=_mtime_date(path))
    count = 0
    for line_no, row in enumerate(reader, start=2):
        get = {k: (row.get(orig) or "").strip() for k, orig in headers.items() if orig is not None}
        name = get.get("name", "")
        if not name:
            if any(get.values()):
                raise DataError(f"{path}, row {line_no}: 'name' is empty")
            continue
        sev_text = get.get("severity", "").lower() or Severity.PROHIBITED.value
        try:
            severity = Severity(sev_text)
        except ValueError:
            raise DataError(f"{path}, row {line_no}, column 'severity': {sev_text!r} is not one of "
                            f"{[s.value for s in Severity]}") from None
        country = get.get("country", "").upper() or None
        if country is not None and (len(country) != 2 or not country.isalpha()):
            raise DataError(f"{path}, row {line_no}, column 'country': use a two-letter ISO code, "
                            f"not {country!r}")
        aliases = [Alias(name=name, kind=AliasKind.DISTINCTIVE)]
        aliases += [Alias(name=a.strip()) for a in get.get("aliases", "").split(";") if a.strip()]
        count += 1
        entity = Entity(id=f"{list_id}-{count}", name=name, country=country, lists=[list_id],
                        aliases=aliases, sources=[source], note=get.get("note") or None)
        into.add_entity(entity, path)
        into.user_severity[entity.id] = severity
    if count == 0:
        raise DataError(f"{path}: user list has no entries")
    into.infos.append(ListInfo(list_id, f"User list {path.name}", "user", _mtime_date(path).isoformat(),
                               _sha256(raw), count, str(path), kind="user"))


def _cp1252_ok(raw: bytes) -> bool:
    try:
        raw.decode("cp1252")
    except UnicodeDecodeError:
        return False
    return True


def _mtime_date(path: Path) -> dt.date:
    return dt.datetime.fromtimestamp(path.stat().st_mtime, tz=dt.UTC).date()
