"""YAML validation errors name the file, the line and, where it can, the likely intended word."""

from __future__ import annotations

import datetime as dt
import textwrap
from enum import StrEnum
from pathlib import Path
from typing import Literal

import pytest
from pydantic import BaseModel, ConfigDict, Field

from compliance.errors import DataError
from compliance.yamlio import LineMap, load_model, load_yaml, validate


class Level(StrEnum):
    PROHIBITED = "prohibited"
    RESTRICTED = "restricted"
    REVIEW = "review"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Source(_Strict):
    title: str
    url: str


class Rule(_Strict):
    code: str
    severity: Level
    kind: Literal["entity", "product"] = "entity"
    effective_from: dt.date | None = None
    sources: list[Source] = Field(default_factory=list)
    notes: dict[str, dt.date] = Field(default_factory=dict)


class Pack(_Strict):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    meta: Source = Field(alias="pack")
    rules: list[Rule]


RULES = """\
pack:
  title: Test pack
  url: https://example.org/pack
rules:
  - code: AAA1
    severity: prohibited
  - code: BBB2
    severity: review
    sources:
      - title: one
        url: https://example.org/1
      - title: two
        url: https://example.org/2
"""


def write(tmp_path: Path, text: str, name: str = "pack.yaml") -> Path:
    path = tmp_path / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def error_of(tmp_path: Path, text: str, model: type[BaseModel] = Pack) -> str:
    path = write(tmp_path, text)
    data, lines = load_yaml(path, lines=True)
    with pytest.raises(DataError) as exc:
        validate(model, data, path, lines)
    message = str(exc.value)
    assert "\n" not in message and "Traceback" not in message
    assert message.startswith(f"{path}:")
    return message


def line_of(text: str, needle: str) -> int:
    [line] = [n for n, row in enumerate(text.splitlines(), 1) if needle in row]
    return line


def test_valid_file_validates_and_maps_lines(tmp_path: Path) -> None:
    path = write(tmp_path, RULES)
    data, lines = load_yaml(path, lines=True)
    assert data == load_yaml(path)
    assert isinstance(lines, LineMap)
    assert validate(Pack, data, path, lines).rules[1].sources[1].title == "two"
    assert lines[("rules", 1, "severity")] == line_of(RULES, "severity: review")
    assert lines[("rules", 1, "sources", 1)] == line_of(RULES, "title: two")
    assert lines[("rules", 0)] == line_of(RULES, "code: AAA1")
    assert lines[()] == 1


def test_unknown_field_in_nested_list_item_names_its_line_and_the_field_meant(tmp_path: Path) -> None:
    text = RULES.replace("url: https://example.org/2", "ulr: https://example.org/2")
    message = error_of(tmp_path, text)
    assert message == (f"{tmp_path / 'pack.yaml'}:{line_of(text, 'ulr:')}: rules[1] ('BBB2').sources[1].ulr: "
                       "Extra inputs are not permitted; did you mean 'url'? (and 1 more problem(s))")


def test_unknown_top_level_field_hints_the_alias_yaml_uses(tmp_path: Path) -> None:
    text = RULES.replace("pack:", "pakc:")
    message = error_of(tmp_path, text)
    assert f":{line_of(text, 'pakc:')}: pakc: Extra inputs are not permitted; did you mean 'pack'?" in message


def test_unknown_field_far_from_any_known_one_gets_no_hint(tmp_path: Path) -> None:
    text = RULES.replace("    severity: review", "    severity: review\n    zzzzzz: 1")
    message = error_of(tmp_path, text)
    assert message.endswith(f":{line_of(text, 'zzzzzz')}: rules[1] ('BBB2').zzzzzz: Extra inputs are not permitted")


def test_bad_enum_value_names_its_line_and_the_closest_value(tmp_path: Path) -> None:
    text = RULES.replace("severity: prohibited", "severity: prohibitd")
    message = error_of(tmp_path, text)
    assert message == (f"{tmp_path / 'pack.yaml'}:{line_of(text, 'prohibitd')}: rules[0] ('AAA1').severity: "
                       "Input should be 'prohibited', 'restricted' or 'review', not 'prohibitd'; "
                       "did you mean 'prohibited'?")


def test_bad_literal_value_names_the_closest_value_whatever_the_case(tmp_path: Path) -> None:
    text = RULES.replace("severity: review", "severity: review\n    kind: Product")
    message = error_of(tmp_path, text)
    assert f":{line_of(text, 'kind:')}: rules[1] ('BBB2').kind: Input should be 'entity' or 'product'" in message
    assert message.endswith("not 'Product'; did you mean 'product'?")


def test_bad_date_names_its_line(tmp_path: Path) -> None:
    text = RULES.replace("severity: review", "severity: review\n    effective_from: 2026-1-1")
    message = error_of(tmp_path, text)
    assert f":{line_of(text, 'effective_from')}: rules[1] ('BBB2').effective_from: Input should be a valid date" \
        in message


def test_date_yaml_cannot_build_names_its_line_without_a_traceback(tmp_path: Path) -> None:
    text = RULES.replace("severity: review", "severity: review\n    effective_from: 2026-13-01")
    path = write(tmp_path, text)
    for located in (False, True):
        with pytest.raises(DataError) as exc:
            load_yaml(path, lines=located)
        assert str(exc.value) == (f"{path}:{line_of(text, 'effective_from')}: '2026-13-01' is not a valid date "
                                  "(month must be in 1..12)")


def test_bad_date_in_a_mapping_names_its_line(tmp_path: Path) -> None:
    text = RULES.replace("severity: review", "severity: review\n    notes:\n      a: 2026-01-01\n      b: soon")
    message = error_of(tmp_path, text)
    assert f":{line_of(text, 'b: soon')}: rules[1] ('BBB2').notes.b: Input should be a valid date" in message


def test_missing_required_field_names_the_line_of_the_item(tmp_path: Path) -> None:
    text = RULES.replace("    severity: review\n", "")
    message = error_of(tmp_path, text)
    assert message.endswith(f":{line_of(text, 'code: BBB2')}: rules[1] ('BBB2').severity: Field required")


def test_anchors_aliases_and_merge_keys_still_work(tmp_path: Path) -> None:
    text = """\
        pack: &src
          title: shared
          url: https://example.org/shared
        base: &base
          severity: review
        rules:
          - code: AAA1
            severity: prohibited
            sources: [*src, *src]
          - <<: *base
            code: BBB2
            sources:
              - *src
    """
    path = write(tmp_path, text)
    data, lines = load_yaml(path, lines=True)
    assert data == load_yaml(path)
    assert data["rules"][1] == {"severity": "review", "code": "BBB2", "sources": [data["pack"]]}
    data.pop("base")
    pack = validate(Pack, data, path, lines)
    assert [s.title for r in pack.rules for s in r.sources] == ["shared"] * 3
    # inside an alias the line is the one where the shared data is written
    assert lines.line_for(("rules", 0, "sources", 1, "url")) == 3
    assert lines.line_for(("rules", 1, "severity")) == 5


def test_error_inside_aliased_data_names_the_anchor_line(tmp_path: Path) -> None:
    text = """\
        shared:
          - &src
            title: shared
            ur: https://example.org/shared
        pack:
          title: p
          url: u
        rules:
          - code: AAA1
            severity: prohibited
            sources: [*src]
    """
    path = write(tmp_path, text)
    data, lines = load_yaml(path, lines=True)
    data.pop("shared")
    with pytest.raises(DataError) as exc:
        validate(Pack, data, path, lines)
    assert str(exc.value) == (f"{path}:4: rules[0] ('AAA1').sources[0].ur: Extra inputs are not permitted; "
                              "did you mean 'url'? (and 1 more problem(s))")
    assert lines.line_for(("rules", 0, "sources", 0)) == 2       # the anchored item, where it is written
    assert lines.line_for(("rules", 0, "sources")) == 11          # the key that uses the alias


def test_recursive_alias_does_not_hang(tmp_path: Path) -> None:
    path = write(tmp_path, "a: &x\n  - 1\n  - *x\n")
    data, lines = load_yaml(path, lines=True)
    assert data["a"][1] is data["a"]
    assert lines.line_for(("a", 1, 1, 1, 0)) == 2


def test_yaml_syntax_error_keeps_its_line(tmp_path: Path) -> None:
    text = RULES.replace("    severity: review", "    severity: [review")
    path = write(tmp_path, text)
    for located in (False, True):
        with pytest.raises(DataError) as exc:
            load_yaml(path, lines=located)
        message = str(exc.value)
        assert message.startswith(f"{path}:") and "not valid YAML" in message and "\n" not in message
        assert int(message[len(str(path)) + 1:].split(":")[0]) >= line_of(text, "[review")


def test_python_tags_are_refused_not_run(tmp_path: Path) -> None:
    path = write(tmp_path, "a: !!python/object/apply:os.system ['echo no']\n")
    for located in (False, True):
        with pytest.raises(DataError, match=r"pack\.yaml:1: not valid YAML"):
            load_yaml(path, lines=located)


def test_without_a_line_map_the_message_is_as_before_plus_the_hint(tmp_path: Path) -> None:
    path = write(tmp_path, RULES.replace("severity: prohibited", "severity: prohibitd"))
    with pytest.raises(DataError) as exc:
        validate(Pack, load_yaml(path), path)
    assert str(exc.value) == (f"{path}: rules[0] ('AAA1').severity: Input should be 'prohibited', 'restricted' "
                              "or 'review', not 'prohibitd'; did you mean 'prohibited'?")


def test_a_plain_mapping_of_lines_works_too(tmp_path: Path) -> None:
    path = write(tmp_path, RULES.replace("    severity: review\n", ""))
    with pytest.raises(DataError, match=r"pack\.yaml:7: rules\[1\] \('BBB2'\)\.severity: Field required"):
        validate(Pack, load_yaml(path), path, {("rules", 1): 7})


def test_load_model_names_the_line_only_when_needed(tmp_path: Path) -> None:
    assert load_model(Pack, write(tmp_path, RULES)).rules[0].code == "AAA1"
    text = RULES.replace("severity: prohibited", "severity: restrictd")
    path = write(tmp_path, text, "bad.yaml")
    with pytest.raises(DataError) as exc:
        load_model(Pack, path)
    assert str(exc.value).startswith(f"{path}:{line_of(text, 'restrictd')}: rules[0] ('AAA1').severity: ")
    assert str(exc.value).endswith("did you mean 'restricted'?")


def test_messages_are_one_line_even_when_the_input_is_not(tmp_path: Path) -> None:
    text = RULES.replace("severity: prohibited", 'severity: "prohib\\nited"')
    message = error_of(tmp_path, text)
    assert message.count("\n") == 0 and "'prohib\\nited'" in message
