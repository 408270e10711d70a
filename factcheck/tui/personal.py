"""The reviewer's own settings in the app: theme, layout and keymap (never in the workspace).

They live in the user's config folder (``prefs``); a file that cannot be read or written is
said in a notification and the review goes on with the defaults.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from factcheck.tui.prefs import Prefs, load_keymap, load_prefs, save_prefs, with_layout
from factcheck.tui.watch import StoreKeeping


class PersonalSettings(StoreKeeping):
    """The part of ReviewApp that loads and saves the reviewer's theme, layout and keymap."""

    config_dir: Path
    prefs: Prefs
    keymap: dict[str, str]

    def load_prefs(self) -> None:
        """Take the saved theme and layout and the user's keymap; say what was not usable."""
        saved, problem = load_prefs(self.config_dir)
        keymap, problems = load_keymap(self.config_dir)
        for line in [*([problem] if problem else []), *problems]:
            self.notify(line, title="Your settings", severity="warning", timeout=10, markup=False)
        if saved.theme in self.available_themes:
            self.theme = saved.theme
        self.prefs = saved
        self.keymap = keymap
        if keymap:
            self.set_keymap(keymap)
        self.theme_changed_signal.subscribe(self, self._theme_changed)

    def _theme_changed(self, theme: object) -> None:
        self.save_prefs(replace(self.prefs, theme=self.theme))

    def save_prefs(self, chosen: Prefs) -> None:
        if chosen == self.prefs:
            return
        self.prefs = chosen
        problem = save_prefs(self.config_dir, chosen)
        if problem:
            self.notify(problem, severity="warning", timeout=8, markup=False)

    def action_set_layout(self, layout: str) -> None:
        """Lay the review out as chosen (auto: by the terminal's width) and remember it."""
        self.save_prefs(with_layout(self.prefs, layout))
        screen = self.review_screen
        if screen is not None:
            screen.apply_layout(layout)
