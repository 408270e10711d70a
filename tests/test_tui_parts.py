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


def test_the_key_bar_drops_whole_entries_and_keeps_help_and_quit() -> None:
    from factcheck.tui.widgets.keybar import KeyEntry, fit_entries

    entries = [KeyEntry("s", "Supported"), KeyEntry("r", "Refuted"), KeyEntry("p", "Pin")]
    always = [KeyEntry("f1", "Help"), KeyEntry("q", "Quit")]
    assert fit_entries(entries, always, 200) == [*entries, *always]
    # "s Supported  f1 Help  q Quit" is 28 wide: r Refuted does not fit, nor does p Pin after it.
    assert fit_entries(entries, always, 30) == [entries[0], *always]
    assert fit_entries(entries, always, 5) == always


def test_the_status_line_leaves_out_the_least_needed_parts_first() -> None:
    from factcheck.tui.widgets.status import fit_parts, progress_parts
    from factcheck.workspace import VerdictLabel

    scale = [VerdictLabel("refuted", "Refuted", "r", "red", 1, "False")]
    parts = progress_parts(
        {"reviewed": 3, "refuted": 2, "stale": 1},
        total=24,
        scale=scale,
        reviewer="Ada Lovelace",
        matching=(5, 24),
        filter_name="pending",
    )
    wide = fit_parts(parts, 500).plain
    assert wide == (
        "factcheck review  3 of 24 reviewed · 2 refuted · 1 stale  │ showing pending"
        "  │ matching 5/24  │ reviewer Ada Lovelace"
    )
    narrow = fit_parts(parts, 60).plain
    assert narrow.startswith("3 of 24 reviewed") and "showing pending" in narrow
    assert len(narrow) <= 60 and "factcheck review" not in narrow
    assert fit_parts(parts, 20).plain == "3 of 24 reviewed"
