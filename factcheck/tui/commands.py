"""The command palette (ctrl+p): every action of the review screen, searchable by name,
and the layouts (remembered per user, like the theme Textual's own commands set)."""

from __future__ import annotations

from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Provider

LAYOUTS = {
    "Layout: by the terminal's width": "auto",
    "Layout: evidence stacked": "stacked",
    "Layout: supporting and contradicting side by side": "side-by-side",
    "Layout: three evidence columns": "three-columns",
}


class ReviewCommands(Provider):
    """Offers each described binding of the review screen as a command."""

    def _commands(self) -> list[tuple[str, str, str]]:
        from factcheck.tui.screens.review import ReviewScreen

        screen = self.screen
        if not isinstance(screen, ReviewScreen):
            return []
        return [(description, keys, f"{keys}") for keys, description in screen.help_rows()]

    def _run(self, description: str) -> None:
        from factcheck.tui.screens.review import ReviewScreen

        screen = self.screen
        if not isinstance(screen, ReviewScreen):
            return
        for bindings in screen._bindings.key_to_bindings.values():
            for binding in bindings:
                if binding.description == description and binding.action:
                    self.app.call_later(screen.run_action, binding.action)
                    return

    def _layout(self, layout: str) -> None:
        self.app.call_later(self.app.run_action, f"set_layout('{layout}')")

    async def discover(self) -> Hits:
        for title, layout in LAYOUTS.items():
            yield DiscoveryHit(title, partial(self._layout, layout), help="remembered for you")
        for description, keys, _ in self._commands():
            if self._runnable(description):
                yield DiscoveryHit(
                    description, partial(self._run, description), help=f"key: {keys}"
                )

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for title, layout in LAYOUTS.items():
            score = matcher.match(title)
            if score > 0:
                yield Hit(
                    score, matcher.highlight(title), partial(self._layout, layout), text=title
                )
        for description, keys, _ in self._commands():
            score = matcher.match(description)
            if score > 0 and self._runnable(description):
                yield Hit(
                    score,
                    matcher.highlight(description),
                    partial(self._run, description),
                    text=description,
                    help=f"key: {keys}",
                )

    def _runnable(self, description: str) -> bool:
        from factcheck.tui.screens.review import ReviewScreen

        screen = self.screen
        return isinstance(screen, ReviewScreen) and any(
            b.description == description and b.action
            for bs in screen._bindings.key_to_bindings.values()
            for b in bs
        )
