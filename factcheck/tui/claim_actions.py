"""The review screen's claim editing: add, change, split and delete claims (a, c, S, delete).

The changes are made by factcheck.claims_edit (text edits of the claims file,
verified, written atomically); here they are asked for in a dialog and then
taken in: the app's workspace and verdict store follow the file, the claims
list and detail are redrawn, and the changed claims' evidence is matched again
in the matching worker. Reading and writing the files runs in a thread (a
5,000-claim file takes a second or two); the dialog stays open until it is done.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Iterable
from typing import TYPE_CHECKING, ClassVar, cast

from textual.binding import Binding, BindingType
from textual.screen import Screen

from factcheck.claims_edit import (
    add_claim,
    delete_claim,
    edit_claim,
    refreshed_workspace,
    split_claim,
)
from factcheck.errors import FactcheckError
from factcheck.models import Claim
from factcheck.tui.screens.claim_editor import (
    ClaimDraft,
    ClaimEditorScreen,
    DeleteClaimScreen,
    EditMode,
)
from factcheck.workspace import CLAIMS_DIR

if TYPE_CHECKING:
    from factcheck.tui.app import ReviewApp
    from factcheck.tui.screens.review import ReviewScreen

# Where a claim added to a workspace without claims goes.
DEFAULT_CLAIMS_FILE = f"{CLAIMS_DIR}/claims.yaml"


class ClaimActions(Screen[None]):
    """The base of ReviewScreen that adds, changes, splits and deletes claims."""

    BINDINGS: ClassVar[list[BindingType]] = [
        # Not in the footer (it is full at 80 columns); in the help (F1) and ctrl+p.
        Binding("a", "add_claim", "Add a claim after this one", show=False, id="claim.add"),
        Binding("c", "change_claim", "Change the claim's text", show=False, id="claim.change"),
        Binding("S", "split_claim", "Split the claim in two or more", show=False, id="claim.split"),
        Binding("delete,D", "delete_claim", "Delete the claim", show=False, id="claim.delete"),
    ]

    @property
    def _review(self) -> ReviewScreen:
        return cast("ReviewScreen", self)

    @property
    def _app(self) -> ReviewApp:
        return cast("ReviewApp", self.app)

    # --- the actions -------------------------------------------------------------------------

    def action_add_claim(self) -> None:
        app, claim = self._app, self._review.current_claim
        if claim is not None:
            claims_path = claim.file
        elif app.workspace.claims_files:
            claims_path = app.workspace.claims_files[0].path
        else:
            claims_path = DEFAULT_CLAIMS_FILE
        after = claim.id if claim is not None and claim.file == claims_path else None

        async def submit(draft: ClaimDraft) -> str | None:
            def add() -> tuple[str, set[str]]:
                added = add_claim(
                    root=app.workspace.root,
                    claims_path=claims_path,
                    text=draft.text,
                    claim_id=draft.claim_id,
                    after=after,
                )
                return added.id, {added.id}

            return await self._apply(claims_path, add, removed=())

        self._edit(EditMode.ADD, claim, submit)

    def action_change_claim(self) -> None:
        claim = self._review.current_claim
        if claim is None:
            self.notify("No claim to change.", timeout=3)
            return

        async def submit(draft: ClaimDraft) -> str | None:
            def change() -> tuple[str, set[str]]:
                edit_claim(root=self._app.workspace.root, claim_id=claim.id, text=draft.text)
                return claim.id, {claim.id}

            return await self._apply(claim.file, change, removed=())

        self._edit(EditMode.CHANGE, claim, submit)

    def action_split_claim(self) -> None:
        claim = self._review.current_claim
        if claim is None:
            self.notify("No claim to split.", timeout=3)
            return

        async def submit(draft: ClaimDraft) -> str | None:
            def split() -> tuple[str, set[str]]:
                parts = split_claim(
                    root=self._app.workspace.root, claim_id=claim.id, parts=draft.parts
                )
                return claim.id, {part.id for part in parts}

            return await self._apply(claim.file, split, removed=())

        self._edit(EditMode.SPLIT, claim, submit)

    def action_delete_claim(self) -> None:
        claim = self._review.current_claim
        if claim is None:
            self.notify("No claim to delete.", timeout=3)
            return
        app = self._app
        claims = self._review.claim_list.claims
        index = next((i for i, c in enumerate(claims) if c.id == claim.id), 0)
        # The claim shown after the deletion: the next one, else the one before.
        neighbour = next((c.id for c in [*claims[index + 1 :], *claims[:index][::-1]]), None)

        async def submit() -> str | None:
            def remove() -> tuple[str, set[str]]:
                delete_claim(root=app.workspace.root, claim_id=claim.id)
                return neighbour or "", set()

            return await self._apply(claim.file, remove, removed={claim.id})

        def deleted(done: bool | None) -> None:
            if done:
                self.notify(f"Deleted {claim.id}.", timeout=3, markup=False)

        verdict = app.store.get(claim.id).verdict
        dialog = DeleteClaimScreen(claim=claim, verdict=verdict, submit=submit)
        self.app.push_screen(dialog, deleted)

    # --- doing it ----------------------------------------------------------------------------

    def _edit(
        self,
        mode: EditMode,
        claim: Claim | None,
        submit: Callable[[ClaimDraft], Awaitable[str | None]],
    ) -> None:
        taken = (c.id for c in self._app.workspace.claims)
        self.app.push_screen(
            ClaimEditorScreen(mode=mode, claim=claim, submit=submit, taken_ids=taken)
        )

    async def _apply(
        self,
        claims_path: str,
        change: Callable[[], tuple[str, set[str]]],
        *,
        removed: Iterable[str],
    ) -> str | None:
        """Make the change (in a thread), then take it in; the error message if it failed."""
        app = self._app
        try:
            focus, changed = await asyncio.to_thread(change)
            workspace = await asyncio.to_thread(
                refreshed_workspace, workspace=app.workspace, claims_path=claims_path
            )
        except FactcheckError as exc:
            return str(exc)
        except OSError as exc:  # a read-only folder, a full disk: nothing was written
            return f"cannot write {claims_path}: {exc.strerror or exc}"
        app.workspace = workspace
        app.store.follow_claims(workspace)
        for claim_id in {*changed, *removed}:
            app.evidence.pop(claim_id, None)  # found for a text the claim no longer has
        claims = [c for c in (workspace.claim(cid) for cid in sorted(changed)) if c is not None]
        if app.index is not None and claims:
            app.queue.add(app.job(claim) for claim in claims)
            app.start_matching()
        screen = self._review
        screen.refresh_list(keep=focus or None)
        screen.show_claim(screen.current_claim)
        screen.refresh_status()
        return None
