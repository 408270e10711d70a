"""Matching across forked workers: results in claim order, a worker that dies is a one-line
error (never a run that waits for it forever), and no semaphores means matching in-process."""

from __future__ import annotations

import os

import pytest

from factcheck.errors import FactcheckError
from factcheck.evidence import batchmatch
from factcheck.workspace import Claim

CLAIMS = [Claim(id=f"c{i}", text=f"claim {i}", file="claims/c.yaml", line=i) for i in range(60)]

pytestmark = pytest.mark.skipif(not batchmatch.can_fork(), reason="needs fork and two cores")


def _length(claim: Claim) -> int:
    return len(claim.text)


def _dies_on_c7(claim: Claim) -> int:
    if claim.id == "c7":
        os._exit(1)  # as a worker killed by the system (out of memory) or by hand
    return len(claim.text)


def test_results_come_back_in_claim_order() -> None:
    found = batchmatch.evidence_in_processes(claims=CLAIMS, find=_length)
    assert found == [len(c.text) for c in CLAIMS]


def test_a_worker_that_dies_is_an_error() -> None:
    with pytest.raises(FactcheckError, match="worker process died"):
        batchmatch.evidence_in_processes(claims=CLAIMS, find=_dies_on_c7)


def test_no_semaphores_means_matching_in_process(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_semaphores(*args: object, **kwargs: object) -> None:
        raise OSError(30, "Read-only file system")  # a read-only /dev/shm

    monkeypatch.setattr(batchmatch, "ProcessPoolExecutor", no_semaphores)
    assert batchmatch.evidence_in_processes(claims=CLAIMS, find=_length) is None
