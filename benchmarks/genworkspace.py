"""Generate large factcheck workspaces from real English text, for benchmarks/scale.py.

The text pool is every passage of the example sources (``sources/``) and, when present,
of ``../shared/eval/*/sources/*.txt`` (Wikipedia sentences and scientific abstracts).
That pool holds about 7,000 sentences, so a million passages are made by splicing:
the first part of one real sentence joined to the last part of another, which keeps
real vocabulary and word statistics while making (almost) every passage unique.
Sources hold about 100 passages each in paragraphs of three to five sentences.

Claims: half are paraphrases of passages picked at random from the generated sources
(words dropped, near-synonyms swapped, clauses reordered, shortened); the other half are
sentences held out of the corpus entirely (unrelated). ``truth.json`` beside ``claims/``
records the target passage of each paraphrase. Workspaces go under /tmp, never the repo.
"""

from __future__ import annotations

import json
import random
import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from factcheck.workspace.passages import split_passages
from factcheck.workspace.sourcefiles import load_sources
from factcheck.workspace.sources import read_source

REPO = Path(__file__).resolve().parent.parent
EVAL = REPO.parent / "shared" / "eval"
PASSAGES_PER_SOURCE = 100
HELD_OUT_SHARE = 0.05
SYNONYMS = {
    "increase": "rise",
    "increased": "rose",
    "large": "big",
    "big": "large",
    "said": "stated",
    "people": "persons",
    "because": "since",
    "however": "but",
    "show": "indicate",
    "shows": "indicates",
    "showed": "indicated",
    "found": "discovered",
    "many": "numerous",
    "important": "significant",
    "significant": "important",
    "reduce": "lower",
    "reduced": "lowered",
    "help": "assist",
    "began": "started",
    "start": "begin",
    "use": "employ",
    "used": "employed",
    "major": "main",
    "about": "around",
    "near": "close to",
    "high": "elevated",
    "small": "little",
    "country": "nation",
    "global": "worldwide",
    "world": "globe",
    "cause": "lead to",
    "caused": "led to",
    "risk": "danger",
    "study": "research",
    "patients": "sick people",
}


@dataclass(frozen=True)
class Generated:
    """What was generated: where, and how big."""

    root: Path
    sources: int
    passages: int
    chars: int
    claims: int


def sentence_pool() -> list[str]:
    """Real sentences: every passage of the seed and evaluation sources, one line each."""
    roots = [REPO]
    if EVAL.is_dir():
        roots += sorted(p for p in EVAL.iterdir() if (p / "sources").is_dir())
    pool: list[str] = []
    seen: set[str] = set()
    for root in roots:
        for source in load_sources(root).values():
            for passage in split_passages(source):
                line = " ".join(passage.text.split())
                if len(line) >= 40 and line not in seen and not passage.boilerplate:
                    seen.add(line)
                    pool.append(line)
    return pool


def splice(rng: random.Random, a: str, b: str) -> str:
    """The first part of sentence ``a`` joined to the last part of ``b``."""
    wa, wb = a.split(), b.split()
    head = wa[: max(3, rng.randint(len(wa) // 3, max(len(wa) // 3, 2 * len(wa) // 3)))]
    tail = wb[min(len(wb) - 3, rng.randint(len(wb) // 3, max(len(wb) // 3, 2 * len(wb) // 3))) :]
    text = " ".join(head + tail)
    if not text.endswith((".", "!", "?")):
        text += "."
    return text[0].upper() + text[1:]


def paraphrase(rng: random.Random, text: str) -> str:
    """A paraphrase a writer might make: reorder clauses, swap words, drop some, shorten."""
    text = " ".join(text.split()).rstrip(".")
    if ", " in text and rng.random() < 0.5:
        first, rest = text.split(", ", 1)
        text = f"{rest}, {first[0].lower()}{first[1:]}"
    words = []
    for word in text.split():
        bare = re.sub(r"\W", "", word.lower())
        if bare in SYNONYMS and rng.random() < 0.7:
            word = SYNONYMS[bare]
        elif len(bare) > 3 and rng.random() < 0.12:
            continue  # dropped
        words.append(word)
    words = words[: rng.randint(14, 30)]
    out = " ".join(words)
    return out[0].upper() + out[1:] + "."


def generate(root: Path, *, passages: int, claims: int = 1000, seed: int = 7) -> Generated:
    """Write a workspace of about ``passages`` passages and ``claims`` claims at ``root``."""
    rng = random.Random(seed)
    pool = sentence_pool()
    rng.shuffle(pool)
    held_out = pool[: int(len(pool) * HELD_OUT_SHARE)]
    corpus = pool[len(held_out) :]
    (root / "sources").mkdir(parents=True, exist_ok=True)
    (root / "claims").mkdir(parents=True, exist_ok=True)
    source_count = max(1, passages // PASSAGES_PER_SOURCE)
    chars = 0
    for s in range(source_count):
        paragraphs, left = [], PASSAGES_PER_SOURCE
        while left > 0:
            size = min(left, rng.randint(3, 5))
            paragraphs.append(
                " ".join(splice(rng, rng.choice(corpus), rng.choice(corpus)) for _ in range(size))
            )
            left -= size
        text = "\n\n".join(paragraphs) + "\n"
        chars += len(text)
        folder = root / "sources" / f"d{s // 1000:02d}"
        folder.mkdir(exist_ok=True)
        (folder / f"s{s:05d}.txt").write_text(text, encoding="utf-8")
    # Paraphrase targets: passages exactly as factcheck splits them.
    truth: dict[str, dict[str, object]] = {}
    entries = []
    files = sorted((root / "sources").rglob("*.txt"))
    for i in range(claims // 2):
        file = rng.choice(files)
        source_id = file.relative_to(root / "sources").as_posix().rsplit(".", 1)[0]
        source = read_source(file, source_id=source_id, path=f"sources/{source_id}.txt")
        target = rng.choice([p for p in split_passages(source) if len(p.text.split()) >= 8])
        claim_id = f"para-{i:04d}"
        entries.append({"id": claim_id, "text": paraphrase(rng, target.text)})
        truth[claim_id] = {"source": source_id, "start": target.start, "end": target.end}
    for i in range(claims - claims // 2):
        entries.append({"id": f"other-{i:04d}", "text": rng.choice(held_out)})
    rng.shuffle(entries)
    (root / "claims" / "bench.yaml").write_text(
        yaml.safe_dump({"claims": entries}, sort_keys=False, allow_unicode=True, width=1000),
        encoding="utf-8",
    )
    (root / "truth.json").write_text(json.dumps(truth), encoding="utf-8")
    total = sum(len(split_passages(read_source(f, source_id="x", path="x"))) for f in files[:20])
    estimate = total * source_count // min(20, source_count)
    return Generated(root, source_count, estimate, chars, claims)
