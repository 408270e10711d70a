"""The workspace's files: finding and loading a workspace (claims, sources, settings), the
domain types, safe YAML, source decoding and front matter, passages with exact spans, and
the text normalising every other domain shares. Every error is one line naming file and line.
"""

import importlib
from typing import TYPE_CHECKING

from factcheck.workspace.dates import check_date, date_problem, iso_date
from factcheck.workspace.fileio import (
    RefusedFile,
    atomic_write,
    make_folder,
    read_file_bytes,
    read_file_text,
    remove_file,
    resolve_path,
    utc_now,
)
from factcheck.workspace.load import (
    CLAIM_ID,
    CLAIMS_DIR,
    VERDICTS_DIR,
    ClaimsFile,
    Workspace,
    find_workspace,
    load_claims,
    load_workspace,
    parse_claims,
)
from factcheck.workspace.models import (
    Claim,
    Cue,
    CueKind,
    Evidence,
    Passage,
    PinnedEvidence,
    Source,
    SourceMeta,
    Stance,
    Verdict,
    text_hash,
)
from factcheck.workspace.passages import passage_spans, sentence_spans, split_passages
from factcheck.workspace.settings import (
    SETTINGS_FILE,
    SemanticMode,
    Settings,
    VerdictLabel,
    load_settings,
)
from factcheck.workspace.sourcecache import (
    SourceRecords,
    begins_as_loaded,
    read_source_text,
    text_size,
)
from factcheck.workspace.sourcefiles import (
    SOURCE_ID,
    SOURCES_DIR,
    InsideCheck,
    SkippedSource,
    relative_name,
    source_files,
    too_large,
    validate_source_id,
)
from factcheck.workspace.sources import (
    LEADING_DATE,
    META_FIELDS,
    SOURCE_SUFFIXES,
    decode_source,
    decode_source_bytes,
    front_matter,
    parse_source,
)
from factcheck.workspace.text import (
    ASCII_WORD,
    STOP_WORDS,
    WORD,
    ascii_lowered,
    normalize,
    normalize_for_slices,
    stem,
    terms,
    word_spans,
    word_terms,
)
from factcheck.workspace.yamlio import YamlDoc, dump_yaml, parse_yaml

if TYPE_CHECKING:
    from factcheck.workspace.scaffold import (
        DEFAULT_REF,
        DEFAULT_REPO,
        Ci,
        Outcome,
        Scaffold,
        check_target,
        git_config_line,
        git_top,
        require_git,
        scaffold_workspace,
        set_git_driver,
    )

# Made on first use: only ``factcheck init`` scaffolds, and the module's imports
# (subprocess, importlib.resources) are a hundredth of a second of every other command.
_SCAFFOLD = {
    "DEFAULT_REF",
    "DEFAULT_REPO",
    "Ci",
    "Outcome",
    "Scaffold",
    "check_target",
    "git_config_line",
    "git_top",
    "require_git",
    "scaffold_workspace",
    "set_git_driver",
}


def __getattr__(name: str) -> object:
    """Import ``scaffold`` when one of its names is first asked for."""
    if name not in _SCAFFOLD:  # also how ``from factcheck.workspace import x`` finds a module
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.scaffold"), name)
    globals()[name] = value
    return value


__all__ = [
    "ASCII_WORD",
    "CLAIMS_DIR",
    "CLAIM_ID",
    "DEFAULT_REF",
    "DEFAULT_REPO",
    "LEADING_DATE",
    "META_FIELDS",
    "SETTINGS_FILE",
    "SOURCES_DIR",
    "SOURCE_ID",
    "SOURCE_SUFFIXES",
    "STOP_WORDS",
    "VERDICTS_DIR",
    "WORD",
    "Ci",
    "Claim",
    "ClaimsFile",
    "Cue",
    "CueKind",
    "Evidence",
    "InsideCheck",
    "Outcome",
    "Passage",
    "PinnedEvidence",
    "RefusedFile",
    "Scaffold",
    "SemanticMode",
    "Settings",
    "SkippedSource",
    "Source",
    "SourceMeta",
    "SourceRecords",
    "Stance",
    "Verdict",
    "VerdictLabel",
    "Workspace",
    "YamlDoc",
    "ascii_lowered",
    "atomic_write",
    "begins_as_loaded",
    "check_date",
    "check_target",
    "date_problem",
    "decode_source",
    "decode_source_bytes",
    "dump_yaml",
    "find_workspace",
    "front_matter",
    "git_config_line",
    "git_top",
    "iso_date",
    "load_claims",
    "load_settings",
    "load_workspace",
    "make_folder",
    "normalize",
    "normalize_for_slices",
    "parse_claims",
    "parse_source",
    "parse_yaml",
    "passage_spans",
    "read_file_bytes",
    "read_file_text",
    "read_source_text",
    "relative_name",
    "remove_file",
    "require_git",
    "resolve_path",
    "scaffold_workspace",
    "sentence_spans",
    "set_git_driver",
    "source_files",
    "split_passages",
    "stem",
    "terms",
    "text_hash",
    "text_size",
    "too_large",
    "utc_now",
    "validate_source_id",
    "word_spans",
    "word_terms",
]
