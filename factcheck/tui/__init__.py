"""The Textual review screen (``factcheck review``).

Only this package imports Textual; the core never imports it. Build the app
with :func:`factcheck.tui.app.make_app`.
"""
