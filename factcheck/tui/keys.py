"""Checking the user's keymap against the bindings that exist, with a "did you mean"."""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Mapping
from pathlib import Path

from textual.binding import Binding, BindingType
from textual.screen import Screen

from factcheck.tui.screens.claim_editor import ClaimEditorScreen, DeleteClaimScreen
from factcheck.tui.screens.conflict import ConflictScreen
from factcheck.tui.screens.help import HelpScreen
from factcheck.tui.screens.note import NoteScreen
from factcheck.tui.screens.source import SourceScreen
from factcheck.tui.widgets.evidence import EvidenceColumn

# Screens and widgets opened from the review, whose keys a keymap may remap too.
_OTHERS = (
    SourceScreen,
    HelpScreen,
    NoteScreen,
    ConflictScreen,
    ClaimEditorScreen,
    DeleteClaimScreen,
    EvidenceColumn,
)


def binding_ids(bindings: Iterable[BindingType]) -> set[str]:
    """The ids of these bindings (bindings written as tuples have none)."""
    return {b.id for b in bindings if isinstance(b, Binding) and b.id}


def review_binding_ids(screen: Screen[None]) -> set[str]:
    """Every binding id of the review: the screen's (verdict keys included) and its dialogs'."""
    ids = binding_ids(b for bs in screen._bindings.key_to_bindings.values() for b in bs)
    for holder in _OTHERS:
        ids |= binding_ids(holder.BINDINGS)
    return ids


def unknown_ids(keymap: Mapping[str, str], *, known: set[str], path: Path) -> list[str]:
    """One line per keymap entry naming no binding, with the closest id if there is one."""
    lines = []
    for binding_id in keymap:
        if binding_id in known:
            continue
        close = difflib.get_close_matches(binding_id, sorted(known), n=1)
        hint = f"; did you mean {close[0]!r}?" if close else "; f1 lists the ids"
        lines.append(f"{path}: no key has the id {binding_id!r}{hint}")
    return lines
