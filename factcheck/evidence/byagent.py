"""The doer a passive names after "by": "The beaver reintroduction was opposed by anglers"
is the anglers' side, not the farmers' union's ("The farmers' union backed the beaver
reintroduction"): an opposite said of another doer, no clash. Its subject is the claim's
object, so ``scope.acts_elsewhere`` takes the two for one act."""

from __future__ import annotations

from factcheck.evidence.scope import passive, subject_stems
from factcheck.evidence.sides import Side, clause_ends_before
from factcheck.workspace import STOP_WORDS

# How many words after "by" name the doer ("by [the local angling club]").
_AGENT_WORDS = 4


def agent_apart(claim: Side, k: int, passage: Side, i: int) -> bool:
    """Whether passage word ``i`` is a passive whose doer ("by anglers") is none of the
    claim's words, while the claim's word ``k`` is active, has a doer before it and acts
    on what the passive is said of. Not when the passive is said of the claim's doer:
    "The chief executive was dismissed by the board" is against "The chief executive
    resigned"."""
    words = passage.words
    if not passive(passage, i) or passive(claim, k):
        return False
    by = i + 1 if i + 1 < len(words) and words[i + 1].norm == "by" else -1
    doer = subject_stems(claim, k)
    if by < 0 or not doer or not doer.isdisjoint(subject_stems(passage, i)):
        return False
    agent = set()
    for j in range(by + 1, min(len(words), by + 1 + _AGENT_WORDS)):
        if clause_ends_before(passage, j):
            break
        if words[j].norm not in STOP_WORDS:
            agent.add(words[j].stem)
    return bool(agent) and agent.isdisjoint(claim.content_stems())
