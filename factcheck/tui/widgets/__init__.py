"""Widgets of the review screen: claims list, claim detail, evidence columns, status line."""
