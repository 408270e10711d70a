"""The JSON Schemas in docs/schemas agree with the loader on real and broken files."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml

from tests.conftest import REPO_ROOT

SCHEMAS = REPO_ROOT / "docs" / "schemas"


def _jsonable(value: Any) -> Any:
    """YAML dates become strings, as editors' YAML 1.2 plugins read them."""
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_jsonable(v) for v in value]
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return value


def _validator(name: str) -> jsonschema.Draft202012Validator:
    schema = json.loads((SCHEMAS / name).read_text())
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


@pytest.mark.parametrize("path", sorted((REPO_ROOT / "claims").glob("*.yaml")), ids=str)
def test_example_claims_validate(path: Path) -> None:
    _validator("claims.schema.json").validate(_jsonable(yaml.safe_load(path.read_text())))


def test_example_verdicts_validate() -> None:
    validator = _validator("verdicts.schema.json")
    for path in sorted((REPO_ROOT / "verdicts").glob("*.yaml")):
        validator.validate(_jsonable(yaml.safe_load(path.read_text()) or {}))


def test_example_front_matter_validates() -> None:
    validator = _validator("source-front-matter.schema.json")
    for path in sorted((REPO_ROOT / "sources").rglob("*.txt")):
        text = path.read_text()
        if text.startswith("---"):
            block = text.split("---", 2)[1]
            validator.validate(_jsonable(yaml.safe_load(block)))


def test_documented_settings_example_validates() -> None:
    docs = (REPO_ROOT / "docs" / "formats.md").read_text()
    block = docs.split("## Settings: `factcheck.yaml`", 1)[1].split("```yaml\n", 1)[1]
    example = yaml.safe_load(block.split("```", 1)[0])
    _validator("settings.schema.json").validate(_jsonable(example))
    # And the loader accepts the documented example too.
    from factcheck.workspace.settings import parse_settings

    settings = parse_settings(block.split("```", 1)[0])
    assert settings.scale[0].key == "supported"


@pytest.mark.parametrize(
    "bad",
    [
        {"claims": [{"text": "no id"}]},
        {"claims": [{"id": "a", "text": "x", "soruces": []}]},
        {"claims": [{"id": "a b", "text": "x"}]},
        {"title": "x", "claims": []},
    ],
)
def test_schema_rejects_what_the_loader_rejects(bad: dict[str, Any]) -> None:
    from factcheck.errors import WorkspaceError
    from factcheck.workspace.load import parse_claims

    assert not _validator("claims.schema.json").is_valid(bad)
    with pytest.raises(WorkspaceError):
        parse_claims(yaml.safe_dump(bad), path="claims/x.yaml")
