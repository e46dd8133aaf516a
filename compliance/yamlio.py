"""Safe YAML loading (never code) with the C loader when present, and pydantic errors in words."""

from __future__ import annotations

from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from compliance.errors import DataError

M = TypeVar("M", bound=BaseModel)

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(path: Path) -> Any:
    try:
        with path.open("rb") as fh:
            return yaml.load(fh, Loader=_Loader)  # noqa: S506 - SafeLoader: data only, never code
    except OSError as exc:
        raise DataError(f"{path}: cannot read: {exc.strerror or exc}") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f":{mark.line + 1}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise DataError(f"{path}{where}: not valid YAML: {problem}") from None


def validate(model: type[M], data: Any, path: Path) -> M:
    """Validate ``data`` against ``model``; raise DataError naming the file and the entry."""
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        raise DataError(f"{path}: {describe_location(data, err['loc'])}: {err['msg']}"
                        + (f" (and {exc.error_count() - 1} more problem(s))" if exc.error_count() > 1 else "")
                        ) from None


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
