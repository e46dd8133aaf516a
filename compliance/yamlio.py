"""Safe YAML loading (never code) with the C loader when present, and pydantic errors in words.

``load_yaml(path)`` is the fast path (lists/*.yaml are read on every run). ``load_yaml(path,
lines=True)`` parses the same way but keeps the composed node tree long enough to note the line
of every key and list item, so ``validate(model, data, path, lines=...)`` can say
``rules/us.yaml:14: rules[3] ('US889A').severity: ...``. ``load_model(model, path)`` takes the
fast path and reads the file again with lines only when validation fails.
"""

from __future__ import annotations

import difflib
import enum
import re
import types
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Annotated, Any, Literal, TypeVar, Union, get_args, get_origin, overload

import yaml
from pydantic import BaseModel, ValidationError

from compliance.errors import DataError

M = TypeVar("M", bound=BaseModel)

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _CheckedLoader(_Loader):  # type: ignore[misc,valid-type]
    """The safe loader, where a value YAML cannot build (a date 2026-13-01) is an error with its line.

    Not for the fast path (each date would cost a Python call more): load_yaml uses it to find
    the line once the stock loader has failed with a bare ValueError, and for the located load.
    """


class _BadValue(yaml.constructor.ConstructorError):
    pass


def _timestamp(loader: Any, node: yaml.ScalarNode) -> Any:
    try:
        return yaml.constructor.SafeConstructor.construct_yaml_timestamp(loader, node)
    except ValueError as exc:
        raise _BadValue(None, None, f"{node.value!r} is not a valid date ({exc})", node.start_mark) from None


_CheckedLoader.add_constructor("tag:yaml.org,2002:timestamp", _timestamp)
_STR_TAG = "tag:yaml.org,2002:str"
_Loc = tuple[Any, ...]


class LineMap(dict[_Loc, int]):
    """Location tuple (``("rules", 3, "severity")``) -> 1-based line of that key or list item.

    ``()`` is the document itself. A node reached a second time through a YAML alias is not walked
    again: its location is in ``links``, pointing at the location where the anchored node was first
    seen, and ``line_for`` follows it. Use ``line_for`` rather than indexing for pydantic locations.
    """

    __slots__ = ("links",)

    def __init__(self) -> None:
        super().__init__()
        self.links: dict[_Loc, _Loc] = {}

    def line_for(self, loc: Sequence[Any]) -> int | None:
        """Line of the deepest part of ``loc`` that is in the file (a missing field: its parent).

        Segments that name nothing in the file (pydantic's union member tags, ``[key]``, a missing
        field) are skipped; an alias is followed to its anchor, so an error inside shared data names
        the line where that data is written.
        """
        here: _Loc = ()
        best = self.get(())
        for seg in loc:
            step = here + (seg,)
            try:
                line = self.get(step)
            except TypeError:        # an unhashable segment: names nothing in the file
                continue
            if line is None:
                continue
            best = line
            here = self.links.get(step, step)
        return best


@overload
def load_yaml(path: Path) -> Any: ...
@overload
def load_yaml(path: Path, *, lines: Literal[False]) -> Any: ...
@overload
def load_yaml(path: Path, *, lines: Literal[True]) -> tuple[Any, LineMap]: ...
def load_yaml(path: Path, *, lines: bool = False) -> Any:
    """The data of a one-document YAML file (safe tags only); with ``lines=True``, ``(data, LineMap)``.

    Raises DataError ``path[:line]: ...`` for an unreadable file or invalid YAML.
    """
    try:
        with path.open("rb") as fh:
            if not lines:
                try:
                    return yaml.load(fh, Loader=_Loader)  # noqa: S506 - SafeLoader: data only, never code
                except ValueError:      # a value that does not build: read again to name its line
                    fh.seek(0)
                    yaml.load(fh, Loader=_CheckedLoader)  # noqa: S506
                    raise
            return _load_located(fh)
    except OSError as exc:
        raise DataError(f"{path}: cannot read: {exc.strerror or exc}") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f":{mark.line + 1}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        what = "" if isinstance(exc, _BadValue) else "not valid YAML: "
        raise DataError(_one_line(f"{path}{where}: {what}{problem}")) from None
    except (ValueError, TypeError, OverflowError, RecursionError) as exc:   # what the constructors let out
        raise DataError(_one_line(f"{path}: not valid YAML: {exc}")) from None


def _load_located(stream: Any) -> tuple[Any, LineMap]:
    # What yaml.load does (compose, then construct with the safe constructor), keeping the nodes.
    loader = _CheckedLoader(stream)
    try:
        node = loader.get_single_node()
        if node is None:
            return None, LineMap()
        data = loader.construct_document(node)   # also flattens merge keys (<<) in the nodes
        return data, _line_map(loader, node)
    finally:
        loader.dispose()


def _line_map(loader: Any, root: yaml.Node) -> LineMap:
    lines = LineMap()
    links = lines.links
    lines[()] = root.start_mark.line + 1
    seen: dict[int, _Loc] = {}
    stack: list[tuple[_Loc, yaml.Node]] = [((), root)]
    mapping, sequence = yaml.MappingNode, yaml.SequenceNode
    while stack:
        loc, node = stack.pop()
        first = seen.get(id(node))
        if first is not None:           # an alias of a node walked already
            links[loc] = first
            continue
        seen[id(node)] = loc
        children: list[tuple[_Loc, yaml.Node]] = []
        if type(node) is mapping:
            for key_node, value in node.value:
                if key_node.tag == _STR_TAG:
                    key = key_node.value
                else:
                    key = loader.construct_object(key_node, deep=True)
                    try:
                        hash(key)
                    except TypeError:
                        continue
                child = loc + (key,)
                lines[child] = key_node.start_mark.line + 1
                if type(value) is mapping or type(value) is sequence:
                    children.append((child, value))
        elif type(node) is sequence:
            for i, value in enumerate(node.value):
                child = loc + (i,)
                lines[child] = value.start_mark.line + 1
                if type(value) is mapping or type(value) is sequence:
                    children.append((child, value))
        stack += reversed(children)     # document order: an anchor is walked before its aliases
    return lines


def validate(model: type[M], data: Any, path: Path, lines: Mapping[_Loc, int] | None = None) -> M:
    """Validate ``data`` against ``model``; raise DataError naming the file, line and entry.

    ``lines``: the LineMap from ``load_yaml(path, lines=True)`` (or any location -> line mapping);
    without it the message has no line.
    """
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise DataError(describe_error(model, data, path, exc, lines)) from None


def load_model(model: type[M], path: Path) -> M:
    """``validate(model, load_yaml(path), path)`` with the line in the error, at no cost when valid.

    The file is parsed the fast way; only if validation fails is it read again with lines.
    """
    data = load_yaml(path)
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        lines: LineMap | None = None
        try:
            again, lines = load_yaml(path, lines=True)
            if again != data:        # the file changed in between: its lines are not this data's
                lines = None
        except DataError:
            lines = None
        raise DataError(describe_error(model, data, path, exc, lines)) from None


def describe_error(model: type[BaseModel], data: Any, path: Path, exc: ValidationError,
                   lines: Mapping[_Loc, int] | None = None) -> str:
    """One line: ``path[:line]: location: message[; did you mean ...?][ (and N more problem(s))]``."""
    err = _first_cause(exc.errors())
    loc = tuple(err["loc"])
    line = _line(lines, loc) if lines else None
    where = f"{path}:{line}" if line else f"{path}"
    more = f" (and {exc.error_count() - 1} more problem(s))" if exc.error_count() > 1 else ""
    return f"{where}: " + _one_line(f"{describe_location(data, loc)}: {_message(model, data, err)}{more}")


def _first_cause(errors: Sequence[Any]) -> Any:
    """The first error, unless it is a missing field another error spells wrong: then that one.

    ``ulr: x`` for ``url`` gives "url: Field required" before "ulr: Extra inputs are not permitted";
    the unknown field (with its "did you mean 'url'?") is the one to fix.
    """
    first = errors[0]
    loc = tuple(first["loc"])
    if first["type"] != "missing" or not loc or not isinstance(loc[-1], str):
        return first
    for err in errors[1:]:
        other = tuple(err["loc"])
        if (err["type"] == "extra_forbidden" and other[:-1] == loc[:-1] and isinstance(other[-1], str)
                and _did_you_mean(other[-1], [loc[-1]])):
            return err
    return first


def _line(lines: Mapping[_Loc, int], loc: _Loc) -> int | None:
    if isinstance(lines, LineMap):
        return lines.line_for(loc)
    for i in range(len(loc), -1, -1):       # a plain mapping: the nearest located parent
        try:
            line = lines.get(loc[:i])
        except TypeError:
            continue
        if line is not None:
            return line
    return None


def _message(model: type[BaseModel], data: Any, err: Any) -> str:
    msg = str(err["msg"])
    kind = err["type"]
    loc = tuple(err["loc"])
    try:
        if kind == "extra_forbidden" and loc and isinstance(loc[-1], str):
            present = _keys_at(data, loc[:-1])
            names = [n for n in _field_names(_types_at(model, loc[:-1])) if n not in present]
            return msg + _did_you_mean(loc[-1], names)
        if kind in ("enum", "literal_error"):
            value = err.get("input")
            allowed = _allowed_values(_types_at(model, loc)) or _quoted(err.get("ctx", {}).get("expected", ""))
            text = repr(value)
            got = f", not {text if len(text) <= 60 else text[:57] + '...'}"
            return msg + got + (_did_you_mean(value, allowed) if isinstance(value, str) else "")
    except Exception:       # a hint is a courtesy: never let it hide the error itself
        return msg
    return msg


def _did_you_mean(word: str, choices: Sequence[str]) -> str:
    folded = {c.casefold(): c for c in choices if isinstance(c, str)}
    near = difflib.get_close_matches(word.casefold(), list(folded), n=1)
    return f"; did you mean {folded[near[0]]!r}?" if near else ""


def _quoted(expected: str) -> list[str]:
    """``'a', 'b' or 'c'`` (pydantic's ``expected``) -> [a, b, c]."""
    return re.findall(r"'((?:[^'\\]|\\.)*)'", expected)


def _keys_at(data: Any, loc: _Loc) -> set[Any]:
    node = data
    for key in loc:
        try:
            node = node[key]
        except (IndexError, KeyError, TypeError):
            return set()
    return set(node) if isinstance(node, dict) else set()


def _flat(annotations: Sequence[Any]) -> list[Any]:
    """Annotated and unions unwrapped, None dropped."""
    out: list[Any] = []
    todo = list(annotations)
    while todo:
        t = todo.pop(0)
        origin = get_origin(t)
        if origin is Annotated:
            todo.insert(0, get_args(t)[0])
        elif origin is Union or origin is types.UnionType:
            todo[:0] = get_args(t)
        elif t is not type(None):
            out.append(t)
    return out


def _field(model: type[BaseModel], key: str) -> Any:
    for name, info in model.model_fields.items():
        if key in (name, info.alias, info.validation_alias):
            return info.annotation
    return None


def _types_at(model: type[BaseModel], loc: _Loc) -> list[Any]:
    """The types pydantic validates at ``loc`` inside ``model`` (several for a union); [] if unknown."""
    current: list[Any] = [model]
    for seg in loc:
        flat = _flat(current)
        nxt: list[Any] = []
        for t in flat:
            origin = get_origin(t) or t
            args = get_args(t)
            if isinstance(t, type) and issubclass(t, BaseModel):
                if isinstance(seg, str) and (ann := _field(t, seg)) is not None:
                    nxt.append(ann)
            elif isinstance(origin, type) and issubclass(origin, Mapping):
                if len(args) == 2:
                    nxt.append(args[1])
            elif isinstance(origin, type) and issubclass(origin, (list, tuple, set, frozenset, Sequence)) \
                    and not issubclass(origin, (str, bytes)) and isinstance(seg, int):
                if origin is tuple and args and args[-1] is not Ellipsis:
                    if seg < len(args):
                        nxt.append(args[seg])
                elif args:
                    nxt.append(args[0])
        if not nxt:
            # pydantic names the member of a union it tried ('Rule', 'function-after[...]'): skip it
            if isinstance(seg, str) and ("[" in seg or any(getattr(t, "__name__", None) == seg for t in flat)):
                continue
            return []
        current = nxt
    return _flat(current)


def _field_names(found: Sequence[Any]) -> list[str]:
    names: list[str] = []
    for t in found:
        if isinstance(t, type) and issubclass(t, BaseModel):
            for name, info in t.model_fields.items():
                key = info.validation_alias if isinstance(info.validation_alias, str) else info.alias or name
                if key not in names:
                    names.append(key)
    return names


def _allowed_values(found: Sequence[Any]) -> list[str]:
    values: list[str] = []
    for t in found:
        if isinstance(t, type) and issubclass(t, enum.Enum):
            values += [m.value for m in t if isinstance(m.value, str)]
        elif get_origin(t) is Literal:
            values += [v for v in get_args(t) if isinstance(v, str)]
    return values


def _one_line(text: str) -> str:
    return " ".join(text.split()) if ("\n" in text or "\r" in text) else text


def describe_location(data: Any, loc: tuple[Any, ...]) -> str:
    """'entities[3] (id 'hikvision').aliases[0].kind' from a pydantic error location."""
    parts: list[str] = []
    node = data
    for key in loc:
        if isinstance(key, int):
            parts[-1:] = [f"{parts[-1] if parts else ''}[{key}]"]
            try:
                node = node[key]
            except (IndexError, KeyError, TypeError):
                node = None
            if isinstance(node, dict):
                ident = node.get("id") or node.get("code") or node.get("name")
                if ident:
                    parts[-1] += f" ({ident!r})"
        else:
            parts.append(str(key))
            node = node.get(key) if isinstance(node, dict) else None
    return ".".join(parts) or "top level"
