"""The review screen's claim editing: add, change, split and delete claims (a, c, S, delete).

The changes are made by factcheck.claims.edit (text edits of the claims file,
verified, written atomically); here they are asked for in a dialog and then
taken in: the app's workspace and verdict store follow the file, the claims
list and detail are redrawn, and the changed claims' evidence is matched again
in the matching worker. ``u`` undoes the last claim edit (``ctrl+z`` stays the
verdicts' undo) while the file still holds what the edit wrote. Reading and
writing the files runs in a thread (a 5,000-claim file takes a second or two);
the dialog stays open until it is done.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Iterable
from typing import TYPE_CHECKING, ClassVar, cast

from textual.binding import Binding, BindingType
from textual.screen import Screen

from factcheck.claims import (
    ClaimsEdit,
    add_claim,
    delete_claim,
    edit_claim,
    read_claims_text,
    refreshed_workspace,
    split_claim,
    undo_claims_edit,
)
from factcheck.errors import FactcheckError
from factcheck.tui.screens.claim_editor import (
    ClaimDraft,
    ClaimEditorScreen,
    DeleteClaimScreen,
    EditMode,
)
from factcheck.workspace import CLAIMS_DIR, Claim, Verdict, parse_claims

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
        Binding("u", "undo_claim_edit", "Undo the last claim edit", show=False, id="claim.undo"),
    ]

    def __init__(
        self, name: str | None = None, id: str | None = None, classes: str | None = None
    ) -> None:
        super().__init__(name, id, classes)
        self.claim_edits: list[ClaimsEdit] = []  # undone by u, most recent last
        self._undoing = False

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

            return await self._apply(claims_path, add, removed=(), what="add a claim")

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

            return await self._apply(
                claim.file, change, removed=(), what=f"change the text of {claim.id}"
            )

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

            return await self._apply(claim.file, split, removed=(), what=f"split {claim.id}")

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

            entry = app.store.get(claim.id)
            kept = ((claim.id, entry),) if not entry.is_empty else ()
            return await self._apply(
                claim.file, remove, removed={claim.id}, what=f"delete {claim.id}", verdicts=kept
            )

        def deleted(done: bool | None) -> None:
            if done:
                self.notify(f"Deleted {claim.id} (u undoes it).", timeout=4, markup=False)

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
        what: str | None = None,
        verdicts: tuple[tuple[str, Verdict], ...] = (),
    ) -> str | None:
        """Make the change (in a thread), then take it in; the error message if it failed.

        With ``what`` (a description) the edit is recorded for ``u`` to undo.
        """
        app = self._app
        root = app.workspace.root

        def recorded() -> tuple[str, set[str], ClaimsEdit]:
            before = read_claims_text(root=root, claims_path=claims_path)
            focus, changed = change()
            after = read_claims_text(root=root, claims_path=claims_path) or ""
            return focus, changed, ClaimsEdit(claims_path, before, after, what or "", verdicts)

        try:
            focus, changed, edit = await asyncio.to_thread(recorded)
            workspace = await asyncio.to_thread(
                refreshed_workspace, workspace=app.workspace, claims_path=claims_path
            )
        except FactcheckError as exc:
            return str(exc)
        except OSError as exc:  # a read-only folder, a full disk: nothing was written
            return f"cannot write {claims_path}: {exc.strerror or exc}"
        if what is not None and edit.before != edit.after:
            self.claim_edits.append(edit)
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

    def action_undo_claim_edit(self) -> None:
        if self._undoing:
            return
        if not self.claim_edits:
            self.notify("No claim edit to undo (ctrl+z undoes verdicts).", timeout=3)
            return
        self._undoing = True
        self.run_worker(self._undo(self.claim_edits[-1]), group="claim-undo")

    async def _undo(self, edit: ClaimsEdit) -> None:
        app = self._app
        root = app.workspace.root
        current = self._review.current_claim

        gone: set[str] = set()  # claims the edit added: filled in by undo(), in the thread

        def undo() -> tuple[str, set[str]]:
            undo_claims_edit(root=root, edit=edit)
            before = _texts(edit.before, edit.path)
            after = _texts(edit.after, edit.path)
            gone.update(after.keys() - before.keys())
            changed = {cid for cid, text in before.items() if after.get(cid) != text}
            focus = min(changed, key=list(before).index) if changed else ""
            return focus or (current.id if current else ""), changed

        try:
            error = await self._apply(edit.path, undo, removed=gone)
        finally:
            self._undoing = False
        if error is not None:
            self.notify(error, severity="error", timeout=8, markup=False)
            return
        self.claim_edits.pop()
        if edit.verdicts:  # the deleted claim's verdict is back in its file: show it
            changed = app.store.reload()
            app.after_change(changed | {cid for cid, _ in edit.verdicts})
        self.notify(f"Undone: {edit.description}", timeout=3, markup=False)


def _texts(text: str | None, path: str) -> dict[str, str]:
    """Claim id -> text in a claims file's text (empty for no file)."""
    if text is None:
        return {}
    return {c.id: c.text for c in parse_claims(text, path=path).claims}
