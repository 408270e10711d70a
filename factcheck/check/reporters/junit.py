"""JUnit XML for GitLab, Jenkins and friends: one test case per claim.

Error findings are ``<failure>`` elements; warnings go to ``<system-out>`` so
they are visible without failing the case. Findings about a file rather than
a claim (invalid YAML, an orphan verdict) get a test case named after the file; a
finding in a verdict file about an existing claim (quote drift) fails that claim's case.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections import defaultdict

from factcheck.check.run import CheckResult, Finding, Severity
from factcheck.terminal import inert

SUITE_NAME = "factcheck check"


def xml_text(text: str) -> str:
    """Text that XML 1.0 can hold: control characters made visible, non-characters dropped."""
    return inert(text, keep_newlines=True).replace("\ufffe", "").replace("\uffff", "")


def _case(suite: ET.Element, classname: str, name: str, file: str, found: list[Finding]) -> int:
    case = ET.SubElement(
        suite, "testcase", classname=xml_text(classname), name=xml_text(name), file=xml_text(file)
    )
    errors = [f for f in found if f.severity is Severity.ERROR]
    warnings = [f for f in found if f.severity is Severity.WARNING]
    if errors:
        failure = ET.SubElement(
            case,
            "failure",
            type=errors[0].code,
            message=xml_text(f"{errors[0].title}: {errors[0].message}"),
        )
        failure.text = xml_text(
            "\n".join(f"{f.file}:{f.line}: {f.title}: {f.message}" for f in errors)
        )
    if warnings:
        out = ET.SubElement(case, "system-out")
        out.text = xml_text(
            "\n".join(f"{f.file}:{f.line}: warning {f.title}: {f.message}" for f in warnings)
        )
    return 1 if errors else 0


def render(result: CheckResult) -> str:
    """The JUnit XML document, with an XML declaration."""
    by_claim: dict[tuple[str, str], list[Finding]] = defaultdict(list)
    by_file: dict[str, list[Finding]] = defaultdict(list)
    claim_keys = {(c.file, c.id) for c in result.claims}
    home = {c.id: (c.file, c.id) for c in reversed(result.claims)}  # first claim of an id
    for f in result.findings:
        key = (f.file, f.claim_id or "")
        if key not in claim_keys and f.claim_id in home:
            key = home[f.claim_id]  # a verdict-file finding (quote drift) fails its claim
        if key in claim_keys:
            by_claim[key].append(f)
        else:
            by_file[f.file].append(f)
    root = ET.Element("testsuites", name=SUITE_NAME)
    suite = ET.SubElement(root, "testsuite", name=SUITE_NAME)
    failures = 0
    for claim in result.claims:
        found = by_claim.get((claim.file, claim.id), [])
        failures += _case(suite, claim.file, claim.id, claim.file, found)
    for file in sorted(by_file):
        failures += _case(suite, file, file, file, by_file[file])
    total = len(result.claims) + len(by_file)
    for element in (root, suite):
        element.set("tests", str(total))
        element.set("failures", str(failures))
        element.set("errors", "0")
    suite.set("skipped", "0")
    ET.indent(root)
    return ET.tostring(root, encoding="unicode", xml_declaration=True) + "\n"
