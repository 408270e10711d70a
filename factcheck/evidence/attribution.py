"""Attribution cues: a quote the claim gives to one person and the source to another."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from factcheck.evidence.lexicon import SPEECH_VERBS
from factcheck.evidence.sides import Side
from factcheck.workspace import STOP_WORDS, Cue, CueKind, Passage

# A name: one to three capitalised words. Written with its first capital outside the
# repeat (the same strings, found in the same order as "(?:[A-Z]\w+\s+){0,2}[A-Z]\w+"), so
# the regex engine scans for a capital letter; a pattern that opens with an optional repeat
# or a word boundary is tried at every character. Each verb, and "according", is looked for
# as a literal, with its word boundary looked behind it.
_NAME = r"([A-Z](?:[\w'-]+\s+[A-Z]){0,2}[\w'-]+)"
_SPEAKER_BEFORE = re.compile(_NAME + r"\s+(?:" + "|".join(SPEECH_VERBS) + r")\b")
_VERB_AFTER = "|".join(rf"{verb}(?<!\w{verb})" for verb in SPEECH_VERBS)
_SPEAKER_AFTER = re.compile(r"(?:" + _VERB_AFTER + r")\s+" + _NAME)
_ACCORDING = re.compile(r"according(?<!\waccording) to\s+" + _NAME)


def _speakers(text: str) -> list[tuple[str, int, int]]:
    found = []
    for pattern in (_SPEAKER_BEFORE, _SPEAKER_AFTER, _ACCORDING):
        for m in pattern.finditer(text):
            name = m.group(1)
            if name.split()[0].lower() in STOP_WORDS:
                continue
            found.append((name, m.start(1), m.end(1)))
    return found


@lru_cache(maxsize=1024)
def _quoted_speaker(claim_text: str) -> str | None:
    """The speaker a claim quotes, if it quotes anyone (asked once per passage assessed)."""
    if not re.search(r"[\"“‘']", claim_text):
        return None  # no quote: its speakers need not be read
    speakers = _speakers(claim_text)
    if not speakers:
        return None
    return speakers[0][0]


def attribution_cues(claim: Side, passage: Side, context: Sequence[Passage]) -> list[Cue]:
    """A quote the claim puts in one person's mouth that the source gives to another.

    ``context`` is read only when the claim quotes someone, so it may be built lazily.
    """
    claim_speaker = _quoted_speaker(claim.text)
    if claim_speaker is None:
        return []
    # The passage itself names a speaker, else the sentence before or after it does.
    for text, offset in [(passage.text, passage.offset)] + [(p.text, p.start) for p in context]:
        speakers = _speakers(text)  # three patterns over the text: read once
        theirs = [s for s in speakers if s[0] != claim_speaker]
        names = {n for n, _, _ in speakers}
        if any(claim_speaker.split()[-1] in n for n in names):
            return [Cue(CueKind.ATTRIBUTION, claim_speaker, claim_speaker, False)]
        if theirs:
            name, start, end = theirs[0]
            return [
                Cue(CueKind.ATTRIBUTION, claim_speaker, name, True, offset + start, offset + end)
            ]
    return []
