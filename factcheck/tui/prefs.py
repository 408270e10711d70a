"""The reviewer's own settings, kept per user and never in the workspace.

Two files in the user's config folder (``$XDG_CONFIG_HOME/factcheck/``, else
``~/.config/factcheck/``):

- ``review.yaml``: the theme and layout last chosen in the review (written by it);
- ``keymap.yaml``: the reviewer's own keys, binding id to keys, like posting's
  keymap (read only; ``factcheck review`` never writes it)::

      verdict.supported: "1"
      claims.next: "down,j"
      undo: "ctrl+u"

A file that cannot be read or is not what it should be is reported in one line
and left alone; the review opens with the defaults.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, replace
from pathlib import Path

import yaml

from factcheck.workspace import atomic_write

PREFS_FILE = "review.yaml"
KEYMAP_FILE = "keymap.yaml"
LAYOUTS = ("auto", "stacked", "side-by-side", "three-columns")


def config_dir() -> Path:
    """The user's factcheck config folder (it need not exist)."""
    base = os.environ.get("XDG_CONFIG_HOME", "").strip()
    root = Path(base) if base and Path(base).is_absolute() else Path.home() / ".config"
    return root / "factcheck"


@dataclass(frozen=True)
class Prefs:
    """What the reviewer chose last time: a theme name (None: the default) and a layout."""

    theme: str | None = None
    layout: str = "auto"


def _read_mapping(path: Path) -> tuple[dict[object, object], str | None]:
    """The file's top-level mapping (empty if there is no file), or an error line."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return {}, None
    except (OSError, UnicodeDecodeError) as exc:
        return {}, f"{path}: cannot read: {exc}"
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f":{mark.line + 1}" if mark is not None else ""
        return {}, f"{path}{line}: not valid YAML; ignored"
    if data is None:
        return {}, None
    if not isinstance(data, dict):
        return {}, f"{path}: expected a mapping of names to values; ignored"
    return data, None


def load_prefs(folder: Path) -> tuple[Prefs, str | None]:
    """The saved theme and layout, and a warning line if the file was not usable."""
    data, problem = _read_mapping(folder / PREFS_FILE)
    theme = data.get("theme")
    layout = data.get("layout")
    prefs = Prefs(
        theme=theme if isinstance(theme, str) and theme else None,
        layout=layout if isinstance(layout, str) and layout in LAYOUTS else "auto",
    )
    return prefs, problem


def save_prefs(folder: Path, prefs: Prefs) -> str | None:
    """Write the theme and layout; an error line if the folder cannot be written."""
    data = {"theme": prefs.theme, "layout": prefs.layout}
    text = "# Written by factcheck review: the theme and layout chosen last.\n"
    text += yaml.safe_dump({k: v for k, v in data.items() if v is not None}, sort_keys=False)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        atomic_write(folder / PREFS_FILE, text)
    except OSError as exc:
        return f"{folder / PREFS_FILE}: cannot save the theme and layout: {exc.strerror or exc}"
    return None


def load_keymap(folder: Path) -> tuple[dict[str, str], list[str]]:
    """Binding id -> keys from the user's keymap file, and a line per entry not taken."""
    path = folder / KEYMAP_FILE
    data, problem = _read_mapping(path)
    problems = [problem] if problem else []
    keymap: dict[str, str] = {}
    for binding_id, keys in data.items():
        if isinstance(keys, (int, float)) and not isinstance(keys, bool):
            keys = str(keys)  # 1: "1" written without quotes
        if not isinstance(binding_id, str) or not isinstance(keys, str) or not keys.strip():
            problems.append(f"{path}: {binding_id!r}: keys must be text like 'ctrl+s'; ignored")
            continue
        keymap[binding_id] = ",".join(k.strip() for k in keys.split(",") if k.strip())
    return keymap, problems


def with_layout(prefs: Prefs, layout: str) -> Prefs:
    """``prefs`` with another layout (one of LAYOUTS)."""
    if layout not in LAYOUTS:
        raise ValueError(f"unknown layout {layout!r}")
    return replace(prefs, layout=layout)
