"""``factcheck.yaml``: the verdict scale, matching thresholds, review and check options.

Every key is optional; a workspace without the file gets the defaults below.
Unknown keys are errors, so a typo never silently does nothing.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import Any

from factcheck.errors import WorkspaceError
from factcheck.workspace.fileio import read_file_text
from factcheck.workspace.yamlio import YamlDoc, parse_yaml

SETTINGS_FILE = "factcheck.yaml"


@dataclass(frozen=True)
class VerdictLabel:
    """One step of the verdict scale.

    ``key`` is what is written to verdict files, ``shortcut`` the key that
    sets it in the review screen, ``rating`` its ClaimReview ``ratingValue``
    (higher is truer) and ``alternate_name`` the ClaimReview ``alternateName``.
    """

    key: str
    label: str
    shortcut: str
    color: str
    rating: int
    alternate_name: str


DEFAULT_SCALE: tuple[VerdictLabel, ...] = (
    VerdictLabel("supported", "Supported", "s", "green", 4, "True"),
    VerdictLabel("mixed", "Mixed", "m", "yellow", 3, "Mixture"),
    VerdictLabel("not-enough-evidence", "Not enough evidence", "n", "grey", 2, "Unproven"),
    VerdictLabel("refuted", "Refuted", "r", "red", 1, "False"),
)


class SemanticMode(Enum):
    """``matching.semantic``: fuse sentence embeddings into retrieval (auto: when installed)."""

    AUTO = "auto"
    ON = "on"
    OFF = "off"


@dataclass(frozen=True)
class Settings:
    """The workspace's settings, defaults filled in."""

    scale: tuple[VerdictLabel, ...] = DEFAULT_SCALE
    # A passage must score at least this (0-100) to count as evidence.
    min_score: float = 50.0
    top_k: int = 5
    # Sources larger than this (MiB, 2**20 bytes) are skipped with a warning: a 50 MiB text is
    # millions of words and takes about half a minute and 300 MB to index (docs/robustness.md).
    max_source_mb: float = 50.0
    semantic: SemanticMode = SemanticMode.AUTO
    reviewer: str | None = None
    auto_advance: bool = True
    check_select: tuple[str, ...] = ()
    check_ignore: tuple[str, ...] = ()
    # `check` only: its own unsourced threshold (None: min_score), and the verdicts that
    # record a reviewed claim as having no source (so FC001 accepts it).
    check_min_score: float | None = None
    check_unsourced_verdicts: tuple[str, ...] = ("not-enough-evidence",)
    # archive.url: the newsroom archive (PostgreSQL; docs/archive.md), never with a password.
    archive_url: str | None = None
    publisher: dict[str, str] = field(default_factory=dict, compare=False)
    author: dict[str, str] = field(default_factory=dict, compare=False)

    def label(self, key: str | None) -> VerdictLabel | None:
        """The scale entry for a verdict key, or None when the key is unknown."""
        for entry in self.scale:
            if entry.key == key:
                return entry
        return None


_KEY = re.compile(r"^[a-z0-9][a-z0-9_.-]*$")


def _expect(doc: YamlDoc, value: Any, kind: type | tuple[type, ...], what: str, *path: Any) -> Any:
    if not isinstance(value, kind) or (
        isinstance(value, bool) and kind in (int, float, (int, float))
    ):
        names = kind.__name__ if isinstance(kind, type) else " or ".join(k.__name__ for k in kind)
        raise WorkspaceError(
            f"{what} must be {names}, not {type(value).__name__}",
            path=SETTINGS_FILE,
            line=doc.line(*path),
        )
    return value


def _parse_scale(doc: YamlDoc, raw: Any) -> tuple[VerdictLabel, ...]:
    _expect(doc, raw, list, "scale", "scale")
    if not raw:
        raise WorkspaceError(
            "scale must list at least one verdict", path=SETTINGS_FILE, line=doc.line("scale")
        )
    labels: list[VerdictLabel] = []
    allowed = {"key", "label", "shortcut", "color", "rating", "alternate_name"}
    for i, item in enumerate(raw):
        _expect(doc, item, dict, f"scale entry {i + 1}", "scale", i)
        unknown = sorted(set(item) - allowed)
        if unknown:
            raise WorkspaceError(
                f"unknown field {unknown[0]!r} in scale entry",
                path=SETTINGS_FILE,
                line=doc.line("scale", i, unknown[0]),
            )
        key = _expect(doc, item.get("key"), str, "scale key", "scale", i, "key")
        if not _KEY.match(key):
            raise WorkspaceError(
                f"scale key {key!r} must be lower-case letters, digits, - _ .",
                path=SETTINGS_FILE,
                line=doc.line("scale", i, "key"),
            )
        shortcut = str(item.get("shortcut", key[0]))
        labels.append(
            VerdictLabel(
                key=key,
                label=str(item.get("label", key.replace("-", " ").capitalize())),
                shortcut=shortcut,
                color=str(item.get("color", "white")),
                rating=int(
                    _expect(
                        doc, item.get("rating", len(raw) - i), int, "rating", "scale", i, "rating"
                    )
                ),
                alternate_name=str(item.get("alternate_name", item.get("label", key))),
            )
        )
    keys = [label.key for label in labels]
    shortcuts = [label.shortcut for label in labels]
    for values, what in ((keys, "key"), (shortcuts, "shortcut")):
        dupes = sorted({v for v in values if values.count(v) > 1})
        if dupes:
            raise WorkspaceError(
                f"scale {what} {dupes[0]!r} is used twice",
                path=SETTINGS_FILE,
                line=doc.line("scale"),
            )
    return tuple(labels)


def _str_tuple(doc: YamlDoc, value: Any, what: str, *path: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [v.strip() for v in value.split(",") if v.strip()]
    _expect(doc, value, list, what, *path)
    return tuple(str(v) for v in value)


def _str_map(doc: YamlDoc, value: Any, what: str, *path: Any) -> dict[str, str]:
    if isinstance(value, str):
        return {"name": value}
    _expect(doc, value, dict, what, *path)
    return {str(k): str(v) for k, v in value.items()}


def parse_settings(text: str) -> Settings:
    """Parse the text of ``factcheck.yaml``."""
    doc = parse_yaml(text, file=SETTINGS_FILE)
    raw = doc.data
    if raw is None:
        return Settings()
    _expect(doc, raw, dict, "factcheck.yaml", ())
    sections = {"scale", "matching", "review", "check", "publisher", "author", "archive"}
    unknown = sorted(set(raw) - sections)
    if unknown:
        raise WorkspaceError(
            f"unknown setting {unknown[0]!r} (known: {', '.join(sorted(sections))})",
            path=SETTINGS_FILE,
            line=doc.line(unknown[0]),
        )
    values: dict[str, Any] = {}
    if "scale" in raw:
        values["scale"] = _parse_scale(doc, raw["scale"])
    known = {
        "matching": {"min_score", "top_k", "max_source_mb", "semantic"},
        "review": {"reviewer", "auto_advance"},
        "check": {"select", "ignore", "min_score", "unsourced_verdicts"},
        "archive": {"url"},
    }
    for section, keys in known.items():
        if section not in raw or raw[section] is None:
            continue
        body = _expect(doc, raw[section], dict, section, section)
        bad = sorted(set(body) - keys)
        if bad:
            raise WorkspaceError(
                f"unknown setting {section}.{bad[0]} (known: {', '.join(sorted(keys))})",
                path=SETTINGS_FILE,
                line=doc.line(section, bad[0]),
            )
    matching = raw.get("matching") or {}
    if "min_score" in matching:
        score = _expect(
            doc, matching["min_score"], (int, float), "min_score", "matching", "min_score"
        )
        if not 0 <= score <= 100:
            raise WorkspaceError(
                "matching.min_score must be between 0 and 100",
                path=SETTINGS_FILE,
                line=doc.line("matching", "min_score"),
            )
        values["min_score"] = float(score)
    if "top_k" in matching:
        top_k = _expect(doc, matching["top_k"], int, "top_k", "matching", "top_k")
        if top_k < 1:
            raise WorkspaceError(
                "matching.top_k must be at least 1",
                path=SETTINGS_FILE,
                line=doc.line("matching", "top_k"),
            )
        values["top_k"] = top_k
    if "max_source_mb" in matching:
        limit = _expect(
            doc,
            matching["max_source_mb"],
            (int, float),
            "max_source_mb",
            "matching",
            "max_source_mb",
        )
        if isinstance(limit, bool) or not limit > 0:
            raise WorkspaceError(
                "matching.max_source_mb must be a number of MiB above 0",
                path=SETTINGS_FILE,
                line=doc.line("matching", "max_source_mb"),
            )
        values["max_source_mb"] = float(limit)
    if "semantic" in matching:
        # YAML 1.1 reads a bare on / off as true / false.
        mode = {True: "on", False: "off"}.get(matching["semantic"], matching["semantic"])
        if mode not in {m.value for m in SemanticMode}:
            raise WorkspaceError(
                "matching.semantic must be auto, on or off",
                path=SETTINGS_FILE,
                line=doc.line("matching", "semantic"),
            )
        values["semantic"] = SemanticMode(mode)
    review = raw.get("review") or {}
    if review.get("reviewer") is not None:
        values["reviewer"] = str(review["reviewer"])
    if "auto_advance" in review:
        values["auto_advance"] = bool(
            _expect(doc, review["auto_advance"], bool, "auto_advance", "review", "auto_advance")
        )
    check = raw.get("check") or {}
    if "select" in check:
        values["check_select"] = _str_tuple(doc, check["select"], "check.select", "check", "select")
    if "ignore" in check:
        values["check_ignore"] = _str_tuple(doc, check["ignore"], "check.ignore", "check", "ignore")
    if "min_score" in check:
        score = _expect(doc, check["min_score"], (int, float), "min_score", "check", "min_score")
        if not 0 <= score <= 100:
            raise WorkspaceError(
                "check.min_score must be between 0 and 100",
                path=SETTINGS_FILE,
                line=doc.line("check", "min_score"),
            )
        values["check_min_score"] = float(score)
    if "unsourced_verdicts" in check:
        values["check_unsourced_verdicts"] = _str_tuple(
            doc,
            check["unsourced_verdicts"],
            "check.unsourced_verdicts",
            "check",
            "unsourced_verdicts",
        )
    archive = raw.get("archive") or {}
    if archive.get("url") is not None:
        values["archive_url"] = str(_expect(doc, archive["url"], str, "url", "archive", "url"))
    if raw.get("publisher") is not None:
        values["publisher"] = _str_map(doc, raw["publisher"], "publisher", "publisher")
    if raw.get("author") is not None:
        values["author"] = _str_map(doc, raw["author"], "author", "author")
    return Settings(**values)


def load_settings(root: Path) -> Settings:
    """Load ``factcheck.yaml`` from a workspace root; defaults when it is absent."""
    path = root / SETTINGS_FILE
    if not os.path.lexists(path):
        return Settings()
    return parse_settings(read_file_text(path, rel=SETTINGS_FILE))
