"""The JSON report; its shape is docs/schemas/check-output.schema.json (version 1)."""

from __future__ import annotations

import json
from typing import Any

from factcheck.check.run import CheckResult
from factcheck.terminal import inert_json

SCHEMA_VERSION = 1


def to_data(result: CheckResult) -> dict[str, Any]:
    """The report as plain data, in the documented shape."""
    return {
        "version": SCHEMA_VERSION,
        "summary": {
            "claims": len(result.claims),
            "errors": result.errors,
            "warnings": result.warnings,
            "exit_code": result.exit_code,
        },
        "findings": [
            {
                "code": f.code,
                "name": f.name,
                "severity": f.severity.value,
                "file": f.file,
                "line": f.line,
                "claim": f.claim_id,
                "message": f.message,
            }
            for f in result.findings
        ],
    }


def render(result: CheckResult) -> str:
    """The report as indented JSON, one trailing newline."""
    return inert_json(json.dumps(to_data(result), ensure_ascii=False, indent=2)) + "\n"
