"""The reviewer's decisions: the ``VerdictStore`` (atomic writes, per-claim merge with other
editors, undo), reading and writing ``verdicts/*.yaml``, and the reviewer's identity.
"""

from factcheck.verdicts.files import VerdictFile, parse_verdicts, read_verdict_file
from factcheck.verdicts.reviewer import default_reviewer
from factcheck.verdicts.store import Change, ConflictError, StoreWriteError, VerdictStore
from factcheck.verdicts.sync import EMPTY, SyncedVerdictFile, put

__all__ = [
    "EMPTY",
    "Change",
    "ConflictError",
    "StoreWriteError",
    "SyncedVerdictFile",
    "VerdictFile",
    "VerdictStore",
    "default_reviewer",
    "parse_verdicts",
    "put",
    "read_verdict_file",
]
