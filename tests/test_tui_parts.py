"""The review screen's pure parts: the evidence queue, claim filters, literal display text."""

from __future__ import annotations

from factcheck.tui import filters
from factcheck.tui.display import LiteralText, highlighted, literal, one_line
from factcheck.tui.jobs import EvidenceJob, EvidenceQueue
from factcheck.workspace.models import Claim, Cue, CueKind
from factcheck.workspace.settings import DEFAULT_SCALE


def claim(claim_id: str, text: str = "text") -> Claim:
    return Claim(id=claim_id, text=text, file="claims/a.yaml", line=1)


def test_queue_takes_the_preferred_claim_first_then_in_order() -> None:
    queue = EvidenceQueue()
    queue.add(EvidenceJob(claim(c), ()) for c in "abcd")
    queue.prefer("c")
    taken = [queue.take() for _ in range(5)]
    assert [job.claim.id if job else None for job in taken] == ["c", "a", "b", "d", None]


def test_a_newer_job_replaces_the_queued_one() -> None:
    queue = EvidenceQueue()
    queue.add([EvidenceJob(claim("a"), ()), EvidenceJob(claim("b"), ())])
    queue.add([EvidenceJob(claim("a"), ("src@0-5",))])
    first, second = queue.take(), queue.take()
    assert first is not None and second is not None
    assert (first.claim.id, second.claim.id) == ("b", "a")
    assert second.dismissed == ("src@0-5",)
    assert second.key != EvidenceJob(claim("a"), ()).key  # results for old dismissals differ


def test_filters_by_text_and_verdict() -> None:
    claims = [claim("one", "Missile over Brest"), claim("two", "Talks in Gomel"), claim("three")]
    state = {
        "one": filters.ClaimState(verdict="refuted", stale=False),
        "two": filters.ClaimState(verdict="supported", stale=True),
        "three": filters.ClaimState(verdict=None, stale=False),
    }

    def shown(**options: str) -> list[str]:
        found = filters.visible_claims(claims, state=lambda c: state[c.id], **options)
        return [c.id for c in found]

    assert shown(text="GOMEL") == ["two"]
    assert shown(text="thr") == ["three"]  # ids match too
    assert shown(verdict=filters.PENDING) == ["three"]
    assert shown(verdict="refuted") == ["one"]
    assert shown(verdict=filters.STALE) == ["two"]
    order = filters.verdict_filters(DEFAULT_SCALE)
    assert order[:2] == ("all", "pending") and order[-1] == "stale"
    assert filters.filter_title("not-enough-evidence", DEFAULT_SCALE) == "Not enough evidence"


def test_next_pending_never_wraps_round() -> None:
    claims = [claim(c) for c in "abcd"]
    pending = {"a", "c"}.__contains__
    assert filters.next_pending(claims, after=0, is_pending=lambda c: pending(c.id)) == 2
    assert filters.next_pending(claims, after=2, is_pending=lambda c: pending(c.id)) is None
    assert filters.next_pending(claims, after=None, is_pending=lambda c: pending(c.id)) == 0
    assert filters.next_pending(claims, after=1, is_pending=lambda c: False) is None


def test_markup_and_escapes_stay_literal() -> None:
    text = "[bold]x[/bold] and [/x] \x1b[31mred"
    content = literal(text)
    assert content.plain == "[bold]x[/bold] and [/x] \\x1b[31mred"
    assert not content.spans
    assert one_line("a\nb\x1b[0m\u202e", 40) == "a b\\x1b[0m\\u202e"


def test_highlight_offsets_survive_escaped_characters() -> None:
    text = "\x1b[31m two missiles"  # the escape grows from 1 to 4 characters when shown
    base = 100
    start = base + text.index("two")
    cue = Cue(
        CueKind.NUMBER, claim="three", source="two", conflict=True, start=start, end=start + 3
    )
    content = highlighted(text, base=base, cues=[cue])
    [span] = content.spans
    assert content.plain[span.start : span.end] == "two"
    shown = LiteralText(text)
    assert shown.text[shown.offset(len(text) - 8) :] == "missiles"
