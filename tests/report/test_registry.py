"""The format registry: one interface, every format listed once, --format parsing."""

from __future__ import annotations

import pytest

from compliance.errors import UsageError
from compliance.pipeline import Report
from compliance.report import FORMATS, RenderOptions, parse_formats
from tests.golden.regenerate import in_repo

ALL = ["table", "json", "csv", "xlsx", "html", "sarif", "junit", "markdown"]


def test_every_format_is_registered_once() -> None:
    assert list(FORMATS) == ALL
    assert len({f.SUFFIX for f in FORMATS.values()}) == len(FORMATS)


@pytest.mark.parametrize("name", ALL)
def test_each_format_renders_the_type_it_declares(samples: Report, name: str) -> None:
    fmt = FORMATS[name]
    assert (fmt.NAME, bool(fmt.SUFFIX), bool(fmt.DESCRIPTION)) == (name, True, True)
    with in_repo():
        out = fmt.render(samples, RenderOptions(input=samples.inputs[0].path))
    assert isinstance(out, bytes if fmt.BINARY else str) and out
    assert fmt.PER_INPUT is (name == "xlsx")


def test_parse_formats_keeps_order_and_drops_repeats() -> None:
    assert [f.NAME for f in parse_formats(" Table,json,SARIF,json ")] == ["table", "json", "sarif"]


@pytest.mark.parametrize(("text", "expected"), [("sarf", "did you mean 'sarif'"), ("json,", "empty"),
                                                ("pdf", "choose from table, json")])
def test_parse_formats_rejects_unknown_names(text: str, expected: str) -> None:
    with pytest.raises(UsageError) as info:
        parse_formats(text)
    assert expected in str(info.value)
