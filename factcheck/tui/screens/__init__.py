"""Screens of the review app: the review screen, a source, help, notes, conflicts."""
