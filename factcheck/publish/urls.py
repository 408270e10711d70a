"""The one rule for every URL factcheck publishes: http(s) with a host, or nothing.

A claims file's ``url`` and ``review_url``, a source's ``url`` and ``archived_url`` and the
settings' ``author``/``publisher`` ``url`` are typed by people and arrive by pull request.
Every export (ClaimReview JSON-LD, its HTML script, JSON Lines) and both reports pass them
through ``safe_url``, so no ``javascript:``, ``data:`` or ``file:`` link is ever published.
"""

from __future__ import annotations

from urllib.parse import urlsplit


def safe_url(url: str | None) -> str | None:
    """``url`` if it is an http(s) link with a host, else None (no ``javascript:`` links)."""
    if not url:
        return None
    url = url.strip()
    if any(ord(ch) < 0x21 or ch in "<>\"'`" or 0x7F <= ord(ch) <= 0x9F for ch in url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return url
