"""The key bar at the bottom: the keys in force, as many as fit, help and quit always shown.

Textual's Footer cuts its last keys off mid-word when the terminal is narrow
(``^p pale t te N`` at 80 columns), hiding the very keys that say how to get
help and how to leave. This bar drops whole entries instead, from the right,
and always keeps the help key (and quit) at the end. It shows the keys in
force, so a remapped key (the user's keymap) shows as remapped.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from textual.binding import Binding
from textual.content import Content
from textual.screen import Screen
from textual.widget import Widget

GAP = "  "


@dataclass(frozen=True)
class KeyEntry:
    """One key and what it does, as shown in the bar."""

    key: str
    description: str

    @property
    def width(self) -> int:
        return len(self.key) + 1 + len(self.description)

    def content(self) -> Content:
        return Content.assemble(
            Content.styled(self.key, "bold $accent"), " ", Content(self.description)
        )


def fit_entries(
    entries: Sequence[KeyEntry], always: Sequence[KeyEntry], width: int
) -> list[KeyEntry]:
    """The entries that fit in ``width``, in order, and then ``always`` (which always show).

    Whole entries are dropped from the right of ``entries``; an entry is never cut.
    """
    shown = list(always)
    used = sum(e.width for e in shown) + len(GAP) * max(0, len(shown) - 1)
    kept: list[KeyEntry] = []
    for entry in entries:
        extra = entry.width + len(GAP)
        if used + extra > width:
            break
        kept.append(entry)
        used += extra
    return [*kept, *shown]


class KeyBar(Widget):
    """One line of keys for the screen it is on; help and quit are always on it."""

    DEFAULT_CSS = """
    KeyBar { height: 1; background: $panel; padding: 0 1; }
    """

    def __init__(self, *, always: Sequence[str] = ("help", "quit"), id: str | None = None) -> None:
        super().__init__(id=id)
        self.always = tuple(always)  # the actions that are always shown, in this order

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def _bindings_changed(self, screen: Screen[object]) -> None:
        self.refresh()

    def entries(self) -> tuple[list[KeyEntry], list[KeyEntry]]:
        """(the shown keys in order, the keys always shown), from the bindings in force."""
        seen: dict[str, KeyEntry] = {}
        always: dict[str, KeyEntry] = {}
        # The screen's own keys before the app's (q before ctrl+q for Quit).
        active = sorted(
            self.screen.active_bindings.values(), key=lambda active: active[0] is self.app
        )
        for _node, binding, _enabled, _tooltip in active:
            if not binding.description:
                continue
            action = binding.action
            entry = KeyEntry(self._key(binding), binding.description)
            if action in self.always:
                always.setdefault(action, entry)
            elif binding.show and action not in seen:
                seen[action] = entry
        if self.app.ENABLE_COMMAND_PALETTE:
            palette_key = Binding(self.app.COMMAND_PALETTE_BINDING, "command_palette")
            seen["command_palette"] = KeyEntry(self._key(palette_key), "Palette")
        palette = seen.pop("command_palette", None)  # last: the least needed of the keys
        fixed = [always[a] for a in self.always if a in always]
        return [*seen.values(), *([palette] if palette else [])], fixed

    def _key(self, binding: Binding) -> str:
        return self.app.get_key_display(binding)

    def render(self) -> Content:
        entries, always = self.entries()
        shown = fit_entries(entries, always, self.size.width - 1)  # the last cell stays free
        return Content(GAP).join(entry.content() for entry in shown)
