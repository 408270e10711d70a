"""Claims files as editors change them: editing in place (add, split, merge, delete with undo),
keeping the file's layout, and extracting check-worthy claims from drafts.
"""

from factcheck.claims.cite import cite_source
from factcheck.claims.drafts import read_draft
from factcheck.claims.edit import (
    add_claim,
    delete_claim,
    edit_claim,
    refreshed_workspace,
    split_claim,
)
from factcheck.claims.extract import DEFAULT_MIN_SCORE, ProposedClaim, extract_claims
from factcheck.claims.ids import claim_id
from factcheck.claims.undo import ClaimsEdit, read_claims_text, undo_claims_edit
from factcheck.claims.writer import NewClaim, append_claims

__all__ = [
    "DEFAULT_MIN_SCORE",
    "ClaimsEdit",
    "NewClaim",
    "ProposedClaim",
    "add_claim",
    "append_claims",
    "cite_source",
    "claim_id",
    "delete_claim",
    "edit_claim",
    "extract_claims",
    "read_claims_text",
    "read_draft",
    "refreshed_workspace",
    "split_claim",
    "undo_claims_edit",
]
