"""The review screen's claim editing: add, change, split and delete claims (a, c, S, delete).

The changes are made by factcheck.claims.edit (text edits of the claims file,
verified, written atomically); here they are asked for in a dialog and then
taken in: the app's workspace and verdict store follow the file, the claims
list and detail are redrawn, and the changed claims' evidence is matched again
in the matching worker. Each edit goes on the review's one undo history
(``ctrl+z``), undone while the file still holds what the edit wrote. Reading and
writing the files runs in a thread (a 5,000-claim file takes a second or two);
the dialog stays open until it is done.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Iterable
from typing import ClassVar

from textual.binding import Binding, BindingType

from factcheck.claims import (
    ClaimsEdit,
    add_claim,
    cite_source,
    delete_claim,
    edit_claim,
    read_claims_text,
    refreshed_workspace,
    split_claim,
    undo_claims_edit,
)
from factcheck.errors import FactcheckError
from factcheck.tui.history import ClaimsStep, Step, StepKind
from factcheck.tui.screens.claim_editor import (
    ClaimDraft,
    ClaimEditorScreen,
    DeleteClaimScreen,
    EditMode,
)
from factcheck.tui.screens.review_base import ReviewBase
from factcheck.workspace import CLAIMS_DIR, Claim, Verdict, parse_claims

# Where a claim added to a workspace without claims goes.
DEFAULT_CLAIMS_FILE = f"{CLAIMS_DIR}/claims.yaml"


class ClaimActions(ReviewBase):
    """The part of ReviewScreen that adds, changes, splits and deletes claims."""

    BINDINGS: ClassVar[list[BindingType]] = [
        # Not in the footer (it is full at 80 columns); in the help (F1) and ctrl+p.
        Binding("a", "add_claim", "Add a claim after this one", show=False, id="claim.add"),
        Binding("c", "change_claim", "Change the claim's text", show=False, id="claim.change"),
        Binding("S", "split_claim", "Split the claim in two or more", show=False, id="claim.split"),
        Binding("delete,D", "delete_claim", "Delete the claim", show=False, id="claim.delete"),
    ]

    # --- the actions -------------------------------------------------------------------------

    def action_add_claim(self) -> None:
        session, claim = self.session, self.current_claim
        if claim is not None:
            claims_path = claim.file
        elif session.workspace.claims_files:
            claims_path = session.workspace.claims_files[0].path
        else:
            claims_path = DEFAULT_CLAIMS_FILE
        after = claim.id if claim is not None and claim.file == claims_path else None

        async def submit(draft: ClaimDraft) -> str | None:
            def add() -> tuple[str, set[str]]:
                added = add_claim(
                    root=session.workspace.root,
                    claims_path=claims_path,
                    text=draft.text,
                    claim_id=draft.claim_id,
                    after=after,
                )
                return added.id, {added.id}

            return await self.apply_edit(claims_path, add, removed=(), what="add a claim")

        self._edit(EditMode.ADD, claim, submit)

    def action_change_claim(self) -> None:
        claim = self.current_claim
        if claim is None:
            self.notify("No claim to change.", timeout=3)
            return

        async def submit(draft: ClaimDraft) -> str | None:
            def change() -> tuple[str, set[str]]:
                edit_claim(root=self.session.workspace.root, claim_id=claim.id, text=draft.text)
                return claim.id, {claim.id}

            return await self.apply_edit(
                claim.file, change, removed=(), what=f"change the text of {claim.id}"
            )

        self._edit(EditMode.CHANGE, claim, submit)

    def action_split_claim(self) -> None:
        claim = self.current_claim
        if claim is None:
            self.notify("No claim to split.", timeout=3)
            return

        async def submit(draft: ClaimDraft) -> str | None:
            def split() -> tuple[str, set[str]]:
                parts = split_claim(
                    root=self.session.workspace.root, claim_id=claim.id, parts=draft.parts
                )
                return claim.id, {part.id for part in parts}

            return await self.apply_edit(claim.file, split, removed=(), what=f"split {claim.id}")

        self._edit(EditMode.SPLIT, claim, submit)

    def action_delete_claim(self) -> None:
        claim = self.current_claim
        if claim is None:
            self.notify("No claim to delete.", timeout=3)
            return
        session = self.session
        claims = self.claim_list.claims
        index = next((i for i, c in enumerate(claims) if c.id == claim.id), 0)
        # The claim shown after the deletion: the next one, else the one before.
        neighbour = next((c.id for c in [*claims[index + 1 :], *claims[:index][::-1]]), None)

        async def submit() -> str | None:
            def remove() -> tuple[str, set[str]]:
                delete_claim(root=session.workspace.root, claim_id=claim.id)
                return neighbour or "", set()

            entry = session.store.get(claim.id)
            kept = ((claim.id, entry),) if not entry.is_empty else ()
            return await self.apply_edit(
                claim.file, remove, removed={claim.id}, what=f"delete {claim.id}", verdicts=kept
            )

        def deleted(done: bool | None) -> None:
            if done:
                self.notify(f"Deleted {claim.id} (ctrl+z undoes it).", timeout=4, markup=False)

        verdict = session.store.get(claim.id).verdict
        dialog = DeleteClaimScreen(claim=claim, verdict=verdict, submit=submit)
        self.app.push_screen(dialog, deleted)

    def cite(self, claim: Claim, source_id: str, *, whole_file: bool = False) -> None:
        """Cite a source for the claim (``sources:``), or for every claim of its file."""
        root = self.session.workspace.root
        ids = None if whole_file else [claim.id]
        what = f"cite {source_id} for " + (claim.file if whole_file else claim.id)

        cited: set[str] = set()

        def change() -> tuple[str, set[str]]:
            cited.update(
                cite_source(root=root, claims_path=claim.file, source_id=source_id, claim_ids=ids)
            )
            return claim.id, set(cited)

        async def run() -> None:
            error = await self.apply_edit(claim.file, change, removed=(), what=what)
            if error is not None:
                self.notify(error, severity="error", timeout=8, markup=False)
            elif not cited:
                self.notify(
                    f"Nothing to do: {source_id} is cited already.", timeout=4, markup=False
                )
            else:
                done = f"{len(cited)} claims" if whole_file else claim.id
                self.notify(
                    f"{source_id} cited for {done} (ctrl+z undoes it).", timeout=4, markup=False
                )

        self.run_worker(run(), group="cite")

    # --- doing it ----------------------------------------------------------------------------

    def _edit(
        self,
        mode: EditMode,
        claim: Claim | None,
        submit: Callable[[ClaimDraft], Awaitable[str | None]],
    ) -> None:
        taken = (c.id for c in self.session.workspace.claims)
        self.app.push_screen(
            ClaimEditorScreen(mode=mode, claim=claim, submit=submit, taken_ids=taken)
        )

    async def apply_edit(
        self,
        claims_path: str,
        change: Callable[[], tuple[str, set[str]]],
        *,
        removed: Iterable[str],
        what: str,
        verdicts: tuple[tuple[str, Verdict], ...] = (),
        redoing: bool = False,
    ) -> str | None:
        """Make the change (in a thread), then take it in; the error message if it failed.

        The edit goes on the undo history; ``change`` returns the claim to show and
        the claims whose text it changed.
        """
        root = self.session.workspace.root

        def recorded() -> tuple[str, set[str], ClaimsEdit]:
            before = read_claims_text(root=root, claims_path=claims_path)
            focus, changed = change()
            after = read_claims_text(root=root, claims_path=claims_path) or ""
            return focus, changed, ClaimsEdit(claims_path, before, after, what, verdicts)

        error = await self._take_in(claims_path, recorded, removed=removed)
        if isinstance(error, str):
            return error
        focus, _, edit = error
        if edit.before != edit.after:
            again = ClaimsStep(claims_path, change, frozenset(removed), verdicts)
            step = Step(StepKind.CLAIMS, focus, what, edit=edit, again=again)
            self.session.history.record(step, redoing=redoing)
        return None

    async def _take_in(
        self,
        claims_path: str,
        change: Callable[[], tuple[str, set[str], ClaimsEdit]],
        *,
        removed: Iterable[str],
    ) -> str | tuple[str, set[str], ClaimsEdit]:
        """Run ``change`` in a thread and show its outcome; the error message if it failed."""
        session = self.session
        try:
            focus, changed, edit = await asyncio.to_thread(change)
            workspace = await asyncio.to_thread(
                refreshed_workspace, workspace=session.workspace, claims_path=claims_path
            )
        except FactcheckError as exc:
            return str(exc)
        except OSError as exc:  # a read-only folder, a full disk: nothing was written
            return f"cannot write {claims_path}: {exc.strerror or exc}"
        session.workspace = workspace
        session.store.follow_claims(workspace)
        session.forget({*changed, *removed})  # found for a text the claim no longer has
        session.rematch(c for c in map(workspace.claim, sorted(changed)) if c is not None)
        self.refresh_list(keep=focus or None)
        self.show_claim(self.current_claim)
        self.refresh_status()
        return focus, changed, edit

    async def undo_claims_edit(self, step: Step) -> str | None:
        """Put the claims file back as it was before the step; the error message if not."""
        edit = step.edit
        assert edit is not None
        root = self.session.workspace.root
        current = self.current_claim
        before = _texts(edit.before, edit.path)
        after = _texts(edit.after, edit.path)
        gone = after.keys() - before.keys()  # claims the edit added

        def undo() -> tuple[str, set[str], ClaimsEdit]:
            undo_claims_edit(root=root, edit=edit)
            changed = {cid for cid, text in before.items() if after.get(cid) != text}
            focus = min(changed, key=list(before).index) if changed else ""
            return focus or (current.id if current else ""), changed, edit

        outcome = await self._take_in(edit.path, undo, removed=gone)
        if isinstance(outcome, str):
            return outcome
        if edit.verdicts:  # the deleted claim's verdict is back in its file: show it
            changed = self.session.store.reload()
            self.after_change(changed | {cid for cid, _ in edit.verdicts})
        return None

    async def redo_claims_edit(self, step: Step) -> str | None:
        """Make a claim edit again, as it was first made."""
        again = step.again
        assert again is not None
        return await self.apply_edit(
            again.path,
            again.change,
            removed=again.removed,
            what=step.description,
            verdicts=again.verdicts,
            redoing=True,
        )


def _texts(text: str | None, path: str) -> dict[str, str]:
    """Claim id -> text in a claims file's text (empty for no file)."""
    if text is None:
        return {}
    return {c.id: c.text for c in parse_claims(text, path=path).claims}
