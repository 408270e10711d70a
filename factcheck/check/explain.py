"""``factcheck check --explain CODE``: what a rule checks, why it matters and how to fix it.

Like ``ruff rule F401``: the text a reviewer needs when a finding's code is all
they have, with no trip to the docs. docs/check.md holds the same descriptions.
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass

from factcheck.check.rules import RULES, Rule, suggest_code
from factcheck.errors import FactcheckError


@dataclass(frozen=True)
class Explanation:
    """The long form of a rule: what it checks, why it matters, how to fix a finding."""

    what: str
    why: str
    fix: str


EXPLANATIONS: dict[str, Explanation] = {
    "FC001": Explanation(
        what="The claim cites no source, or none of its cited sources has a passage scoring at "
        "least the threshold for it (--min-score, else check.min_score, else "
        "matching.min_score), and no pinned evidence backs it. Passages the reviewer dismissed "
        "for the claim do not count.",
        why="A published claim nobody can trace to a source is the first thing a reader or a "
        "correction request will ask about. Catching it before publication is the point of "
        "the check.",
        fix="Add `sources: [id]` to the claim, citing a file under sources/ that supports it, "
        "or pin evidence for it in `factcheck review`. A claim a reviewer looked at and found "
        "no source for can be given the verdict not-enough-evidence (check.unsourced_verdicts). "
        "`factcheck extract --cite SOURCE` cites a source for every claim it writes.",
    ),
    "FC002": Explanation(
        what="The claim cites a source id with no file under sources/. The message suggests "
        "the closest existing id.",
        why="A citation that leads nowhere is a broken footnote: the claim looks sourced but "
        "is not.",
        fix="Correct the id (a source's id is its path under sources/ without the extension), "
        "or bring the source in with `factcheck add FILE`.",
    ),
    "FC003": Explanation(
        what="A quote pinned in verdicts/ is no longer in its source: the source was edited or "
        "replaced, or it is gone. Re-wrapping, line endings, curly quotes and dashes are not "
        "drift; a changed word or number is.",
        why="The verdict rests on words the source no longer says. A reader following the "
        "evidence would not find it.",
        fix="Open the claim in `factcheck review`, check the verdict against what the source "
        "now says and pin the current text (or restore the source).",
    ),
    "FC004": Explanation(
        what="The claim's text changed since its verdict was given (the verdict's claim_hash "
        "is of another text). A warning; an error with --strict.",
        why="A verdict on an earlier wording may not hold for the new one: one changed number "
        "can turn a supported claim into a refuted one.",
        fix="Review the claim again in `factcheck review`; giving the verdict again records "
        "the current text.",
    ),
    "FC005": Explanation(
        what="verdicts/<name>.yaml holds a verdict for a claim id that claims/<name>.yaml does "
        "not have: the claim was deleted, renamed or moved to another claims file (the "
        "message says where). A warning; an error with --strict.",
        why="An orphaned verdict is review work that no longer counts, and a renamed claim "
        "shows as unreviewed.",
        fix="Move the entry to the verdict file of the claims file that now holds the claim "
        "(under its new id), or delete it.",
    ),
    "FC006": Explanation(
        what="Two claims share an id. Ids are unique across the workspace.",
        why="Verdicts, evidence and reports are keyed by id: two claims with one id share one "
        "verdict, which is right for at most one of them.",
        fix="Rename one of them (ids hold letters, digits, - _ .).",
    ),
    "FC007": Explanation(
        what="A claims, verdict or source file cannot be read: invalid YAML (or front matter), "
        "not UTF-8, a link outside the workspace. Always on.",
        why="A file the check cannot read would otherwise pass silently, with every claim in "
        "it unchecked.",
        fix="Fix the file at the line the message names; `factcheck check` reports every other "
        "file meanwhile.",
    ),
    "FC008": Explanation(
        what="A file reads as YAML but does not fit its format: an unknown field, a missing "
        "text, a citation that is not a source id, a verdict not on the scale, two source "
        "files with the same id. Always on.",
        why="A field factcheck does not know is a typo it would otherwise ignore: a misspelt "
        "`source:` leaves the claim unsourced without saying why.",
        fix="Correct the field or value the message names; docs/formats.md describes each file.",
    ),
    "FC009": Explanation(
        what="Only with --require-verdicts: the claim has no verdict.",
        why="For a fact-check about to be published, every claim must have been reviewed.",
        fix="Give the claim a verdict in `factcheck review`.",
    ),
    "FC010": Explanation(
        what="Only with --fail-on: the claim's verdict is one of those listed, e.g. "
        "--fail-on refuted,mixed.",
        why="A draft must not publish a claim its own fact-check found false.",
        fix="Correct or remove the claim in the draft and its claims file, then review it again.",
    ),
    "FC011": Explanation(
        what="The claim cites a source that was not read: it is larger than "
        "matching.max_source_mb (in MiB). A claim whose cited sources were not all read never "
        "counts as sourced. Always on.",
        why="Otherwise padding a source past the limit would pass the gate with nothing checked.",
        fix="Cite a shorter source (an excerpt of the long one), or raise matching.max_source_mb "
        "in factcheck.yaml.",
    ),
}


def find_rule(code: str) -> Rule:
    """The rule named by ``code`` (``FC001``) or by its name (``unsourced``), any case.

    An unknown code is a FactcheckError that suggests the closest one.
    """
    wanted = code.strip()
    for rule in RULES:
        if wanted.upper() == rule.code or wanted.lower() == rule.name:
            return rule
    raise FactcheckError(f"unknown rule code {wanted!r}{suggest_code(wanted)}")


WIDTH = 80


def _paragraph(text: str) -> list[str]:
    return textwrap.wrap(text, width=WIDTH, initial_indent="  ", subsequent_indent="  ")


def explain(code: str) -> str:
    """The explanation of the rule ``code`` (or its name) as plain text for a terminal."""
    rule = find_rule(code)
    found = EXPLANATIONS.get(rule.code)
    summary = rule.summary[:1].upper() + rule.summary[1:] + "."
    lines = [f"{rule.code} {rule.name} ({rule.severity.value})", "", summary]
    if found is not None:
        lines += ["", "What it checks", *_paragraph(found.what), ""]
        lines += ["Why it matters", *_paragraph(found.why), ""]
        lines += ["How to fix it", *_paragraph(found.fix)]
    lines += ["", f"More in docs/check.md; turn it off with --ignore {rule.code}."]
    return "\n".join(lines) + "\n"
