"""The CI gate (``factcheck check``): the rules (FC codes), evidence drift, the result cache and
the reporters (text, GitHub annotations, JSON, JUnit).
"""
