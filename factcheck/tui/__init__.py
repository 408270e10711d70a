"""The Textual review screen (``factcheck review``).

Only this package imports Textual; the core never imports it. ``make_app`` builds the app,
for ``factcheck review`` and the tests alike.
"""

from factcheck.tui.app import make_app
from factcheck.tui.session import ArchiveSource

__all__ = ["ArchiveSource", "make_app"]
