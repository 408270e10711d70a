"""Verdict and claim changes between two git revisions: reading both sides, the change list, and
the text, Markdown and git textconv views of it.
"""
