"""The reviewer's decisions: the ``VerdictStore`` (atomic writes, per-claim merge with other
editors, undo), reading and writing ``verdicts/*.yaml``, and the reviewer's identity.
"""
