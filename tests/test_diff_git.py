"""`factcheck diff` on real git repositories built in a temporary folder."""

from __future__ import annotations

import json
import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml

from factcheck.cli import main
from factcheck.diff.textconv import main as textconv_main
from factcheck.verdicts.files import serialize_verdicts
from factcheck.workspace.fileio import atomic_write
from factcheck.workspace.models import PinnedEvidence, Stance, Verdict, text_hash
from tests.conftest import REPO_ROOT

SCHEMA = json.loads((REPO_ROOT / "docs/schemas/diff-output.schema.json").read_text())
WORKFLOW = REPO_ROOT / "docs/ci/github-diff-comment.yml"
ACTION = REPO_ROOT / "action.yml"  # the workflow's steps run in this composite action


def action_steps() -> list[dict[str, Any]]:
    """The steps of action.yml that run in its diff-comment mode."""
    steps = yaml.safe_load(ACTION.read_text())["runs"]["steps"]
    return [s for s in steps if "check" not in str(s.get("if", "inputs.mode == 'check'"))]


RAIN = "It rained in Minsk on Monday."
SNOW = "Snow fell in Brest on Tuesday."
WIND = "A storm hit Gomel in March."
SOURCE = "---\ntitle: Weather\n---\nIt rained in Minsk on Monday. Snow fell in Brest.\n"
QUOTE = PinnedEvidence(
    source="weather",
    stance=Stance.SUPPORTS,
    quote="It rained in Minsk on Monday.",
    start=23,
    end=52,
)


@pytest.fixture(autouse=True)
def _isolated_git(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No user or system git config leaks into these repositories (or the commands run)."""
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", str(tmp_path / "gitconfig"))
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    for name in ("GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE"):
        monkeypatch.delenv(name, raising=False)


class Repo:
    """A git repository in tmp_path, with a workspace at ``root / prefix``."""

    def __init__(self, top: Path, prefix: str = "") -> None:
        self.top = top
        self.ws = top / prefix if prefix else top
        top.mkdir(parents=True, exist_ok=True)
        self.git("init", "-q", "-b", "main")

    def git(self, *args: str, cwd: Path | None = None) -> str:
        done = subprocess.run(
            ["git", "-c", "user.name=Test", "-c", "user.email=test@example.com", *args],
            cwd=cwd or self.top,
            capture_output=True,
            text=True,
            check=True,
        )
        return done.stdout

    def write(self, rel: str, text: str) -> None:
        path = self.ws / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")

    def claims(self, name: str, claims: dict[str, str]) -> None:
        body = "".join(f"  - id: {cid}\n    text: {json.dumps(t)}\n" for cid, t in claims.items())
        self.write(f"claims/{name}.yaml", "claims:\n" + body)

    def verdicts(self, name: str, entries: dict[str, Verdict]) -> None:
        atomic_write(self.ws / f"verdicts/{name}.yaml", serialize_verdicts(entries))

    def commit(self, message: str) -> str:
        self.git("add", "-A")
        self.git("commit", "-q", "-m", message)
        return self.git("rev-parse", "HEAD").strip()


def reviewed(label: str, text: str, **fields: object) -> Verdict:
    values: dict[str, object] = {
        "verdict": label,
        "reviewer": "Ada",
        "reviewed_at": "2026-11-22T10:00:00Z",
        "claim_hash": text_hash(text),
    }
    values.update(fields)
    return Verdict(**values)  # type: ignore[arg-type]


def factcheck(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, cwd: Path, *args: str
) -> tuple[int, str, str]:
    monkeypatch.chdir(cwd)
    code = main(["diff", *args])
    out, err = capsys.readouterr()
    return code, out, err


def base_repo(tmp_path: Path, prefix: str = "") -> Repo:
    repo = Repo(tmp_path / "repo", prefix)
    repo.write("sources/weather.md", SOURCE)
    repo.claims("wx", {"rain": RAIN, "snow": SNOW, "wind": WIND, "gone": "The sea froze."})
    repo.verdicts(
        "wx",
        {
            "rain": reviewed("supported", RAIN, evidence=(QUOTE,)),
            "snow": reviewed("mixed", SNOW, note="Only Brest."),
            "gone": reviewed("refuted", "The sea froze."),
        },
    )
    repo.commit("first review")
    return repo


def feature_branch(repo: Repo) -> None:
    """On branch feature: every kind of change, committed."""
    repo.git("checkout", "-q", "-b", "feature")
    repo.claims(
        "wx",
        {
            "rain": RAIN,
            "snow-brest": SNOW,  # renamed from snow
            "wind": "A storm hit Gomel in April.",  # text edited
            "new": "Minsk has a metro.",  # added; "gone" removed
        },
    )
    repo.verdicts(
        "wx",
        {
            "rain": reviewed(
                "refuted",
                RAIN,
                reviewer="Grace",
                reviewed_at="2026-11-23T08:00:00Z",
                dismissed=("weather@0-10",),
            ),
            "snow-brest": reviewed("mixed", SNOW, note="Only Brest; Minsk unknown."),
            "wind": reviewed("supported", WIND),
            "new": reviewed("supported", "Minsk has a metro."),
        },
    )
    repo.commit("second review")


def test_every_kind_of_change_between_two_branches(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    repo = base_repo(tmp_path)
    feature_branch(repo)

    code, out, err = factcheck(capsys, monkeypatch, repo.top, "main", "feature")
    assert (code, err) == (0, "")
    assert "factcheck diff main (" in out.splitlines()[0]
    assert "verdict:   supported → refuted  by Grace, 2026-11-23T08:00:00Z" in out
    assert "unpinned:  - weather@23-52 (supports): “It rained in Minsk on Monday.”" in out
    assert "dismissed: + weather@0-10" in out
    assert "renamed snow → snow-brest" in out
    assert "note:      “Only Brest.” → “Only Brest; Minsk unknown.”" in out
    assert "text:      A storm hit Gomel in [-March.-] {+April.+}" in out
    assert "stale:     the verdict was given on another text" in out
    assert "+ new  added" in out and "- gone  removed" in out
    assert out.rstrip().splitlines()[-1] == (
        "4 verdicts changed, 1 claim added, 1 claim removed, 1 claim renamed, "
        "1 claim text changed, 1 verdict now stale, 1 evidence passage unpinned, "
        "1 dismissal changed, 1 note changed"
    )
    assert "\x1b[" not in out  # piped: no colour

    code, markdown, _ = factcheck(
        capsys, monkeypatch, repo.top, "main", "feature", "--format", "markdown"
    )
    assert code == 0
    assert "(`rain`) | supported → **refuted** | Grace, 2026-11-23T08:00:00Z |" in markdown
    assert "(`new`) | none → **supported** | Ada, 2026-11-22T10:00:00Z |" in markdown
    assert "(`gone`) | refuted → **none** | Ada, 2026-11-22T10:00:00Z |" in markdown
    assert "A storm hit Gomel in ~~March.~~ **April.**" in markdown
    assert "**`snow-brest`** · renamed from snow" in markdown
    assert "- unpinned `weather@23-52` (supports)\n  > It rained in Minsk on Monday." in markdown

    code, raw, _ = factcheck(capsys, monkeypatch, repo.top, "main", "feature", "--format", "json")
    data = json.loads(raw)
    jsonschema.Draft202012Validator(SCHEMA).validate(data)
    assert data["base"]["commit"] == repo.git("rev-parse", "main").strip()
    assert data["head"]["revision"] == "feature"
    by_id = {c["id"]: c for c in data["changes"]}
    assert set(by_id) == {"rain", "snow-brest", "wind", "new", "gone"}
    assert by_id["snow-brest"]["old_id"] == "snow" and by_id["snow-brest"]["status"] == "renamed"
    assert by_id["wind"]["stale"] is True and by_id["wind"]["old_text"] == WIND
    assert by_id["rain"]["dismissed"] == {"added": ["weather@0-10"], "removed": []}


def test_default_is_the_branch_against_its_merge_base_plus_uncommitted_work(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    repo = base_repo(tmp_path)
    repo.git("checkout", "-q", "-b", "feature")
    repo.verdicts(
        "wx",
        {
            "rain": reviewed("supported", RAIN, evidence=(QUOTE,)),
            "snow": reviewed("refuted", SNOW, note="Only Brest."),
            "gone": reviewed("refuted", "The sea froze."),
        },
    )
    repo.commit("snow refuted")
    # Meanwhile main moves on; its change must not show on the branch.
    repo.git("checkout", "-q", "main")
    repo.claims("other", {"main-only": "Main has this claim."})
    repo.commit("main: another claims file")
    repo.git("checkout", "-q", "feature")
    # Uncommitted work shows too: the default head is the working tree.
    repo.verdicts(
        "wx",
        {
            "rain": reviewed("mixed", RAIN, evidence=(QUOTE,)),
            "snow": reviewed("refuted", SNOW, note="Only Brest."),
            "gone": reviewed("refuted", "The sea froze."),
        },
    )
    status_before = repo.git("status", "--porcelain")
    head_before = repo.git("rev-parse", "HEAD")

    code, out, err = factcheck(capsys, monkeypatch, repo.top)
    assert (code, err) == (0, "")
    assert "merge base with main" in out.splitlines()[0] and "working tree" in out.splitlines()[0]
    assert "verdict:   mixed → refuted" in out
    assert "verdict:   supported → mixed" in out
    assert "main-only" not in out
    # Reading revisions changed nothing in the repository.
    assert repo.git("status", "--porcelain") == status_before
    assert repo.git("rev-parse", "HEAD") == head_before

    # After merging main into the branch, main's claim still is not the branch's change.
    repo.commit("rain mixed")
    repo.git("merge", "-q", "--no-edit", "main")
    code, out, _ = factcheck(capsys, monkeypatch, repo.top)
    assert code == 0 and "main-only" not in out
    assert "verdict:   supported → mixed" in out
    code, out, _ = factcheck(capsys, monkeypatch, repo.top, "HEAD~1", "HEAD")
    assert "main-only" in out and "+ main-only  added" in out
    assert out.rstrip().splitlines()[-1] == "1 claim added"


def test_on_a_repository_without_a_default_branch_the_base_is_head(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    repo = base_repo(tmp_path)
    repo.git("branch", "-m", "main", "trunk")
    repo.verdicts("wx", {"rain": reviewed("mixed", RAIN)})
    code, out, err = factcheck(capsys, monkeypatch, repo.top)
    assert code == 0
    assert "no default branch found" in err and "comparing with HEAD" in err
    assert "verdict:   supported → mixed" in out


def test_workspace_in_a_subfolder_by_option_positional_or_cwd(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    repo = base_repo(tmp_path, prefix="docs/fc")
    first = repo.git("rev-parse", "HEAD").strip()
    repo.verdicts("wx", {"rain": reviewed("refuted", RAIN)})
    repo.commit("rain refuted")
    expected = "verdict:   supported → refuted"
    for cwd, args in (
        (repo.top, ("HEAD~1", "HEAD", "-C", "docs/fc")),
        (repo.top, ("HEAD~1", "HEAD", "docs/fc")),
        (repo.top, (first, "docs/fc")),  # BASE, then the folder: HEAD is the working tree
        (repo.ws, ("HEAD~1", "HEAD")),
        (repo.ws / "claims", ("HEAD~1",)),
    ):
        code, out, err = factcheck(capsys, monkeypatch, cwd, *args)
        assert (code, err) == (0, ""), args
        assert expected in out, args
        assert "in docs/fc" in out.splitlines()[0]
    code, raw, _ = factcheck(capsys, monkeypatch, repo.ws, "HEAD~1", "HEAD", "--format", "json")
    assert json.loads(raw)["workspace"] == "docs/fc/"


def test_a_name_that_is_both_folder_and_revision_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    repo = base_repo(tmp_path, prefix="fc")
    repo.git("branch", "fc")
    code, out, err = factcheck(capsys, monkeypatch, repo.top, "main", "fc")
    assert code == 2 and out == ""
    assert err == (
        "factcheck: 'fc' is both a folder and a revision: use -C fc for the workspace, "
        "or fc^{commit} for the revision\n"
    )
    code, _, err = factcheck(capsys, monkeypatch, repo.top, "main", "fc^{commit}", "-C", "fc")
    assert (code, err) == (0, "")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("nope", "HEAD"), "factcheck: unknown revision 'nope'\n"),
        (("HEAD", "HEAD~5"), "factcheck: unknown revision 'HEAD~5'\n"),
        (
            ("a", "b", "c", "d"),
            "factcheck: too many arguments: expected [BASE [HEAD]] [WORKSPACE]\n",
        ),
        (("HEAD", "-C", "missing"), "factcheck: not a folder: missing\n"),
        (
            ("HEAD", "-C", "sources"),
            "factcheck: not a workspace: sources (a workspace has a claims/ folder)\n",
        ),
    ],
)
def test_bad_revisions_and_arguments_are_one_line_exit_2(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    args: tuple[str, ...],
    message: str,
) -> None:
    repo = base_repo(tmp_path)
    code, out, err = factcheck(capsys, monkeypatch, repo.top, *args)
    assert (code, out, err) == (2, "", message)


def test_not_a_git_repository(
    make_workspace: object,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    ws = tmp_path / "plain"
    (ws / "claims").mkdir(parents=True)
    (ws / "claims/a.yaml").write_text("claims:\n  - id: a\n    text: A.\n")
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path))
    code, out, err = factcheck(capsys, monkeypatch, ws, "HEAD")
    assert code == 2 and out == ""
    assert err.startswith("factcheck: not a git repository: ") and err.count("\n") == 1


def test_a_file_that_does_not_parse_at_one_revision(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    repo = base_repo(tmp_path)
    repo.write("claims/wx.yaml", "claims:\n  - id: rain\n    text: [unclosed\n")
    repo.commit("broken")
    repo.claims("wx", {"rain": RAIN})
    repo.commit("fixed")
    code, out, err = factcheck(capsys, monkeypatch, repo.top, "HEAD~1", "HEAD")
    assert code == 2 and out == ""
    assert err.startswith("factcheck: HEAD~1:claims/wx.yaml:")
    assert err.split(":")[3].isdigit() and "invalid YAML" in err and err.count("\n") == 1
    repo.write("verdicts/wx.yaml", "rain:\n  verdict: refuted\n  colour: red\n")
    repo.commit("bad verdict field")
    code, _, err = factcheck(capsys, monkeypatch, repo.top, "HEAD~1", "HEAD")
    assert code == 2
    assert (
        err == "factcheck: HEAD:verdicts/wx.yaml:3: rain: unknown field 'colour' "
        "(known: verdict, reviewer, reviewed_at, claim_hash, evidence, dismissed, note)\n"
    )
    # The working tree side names the plain path.
    repo.verdicts("wx", {"rain": reviewed("refuted", RAIN)})
    repo.commit("fixed verdicts")
    repo.write("verdicts/wx.yaml", "rain: [\n")
    code, _, err = factcheck(capsys, monkeypatch, repo.top, "HEAD")
    assert code == 2 and err.startswith("factcheck: verdicts/wx.yaml:")


def test_shallow_clone_without_the_base_says_to_fetch_more_history(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    repo = base_repo(tmp_path)
    feature_branch(repo)
    repo.git("checkout", "-q", "main")
    repo.verdicts("wx", {"rain": reviewed("mixed", RAIN)})
    repo.commit("main moves on")
    clone = tmp_path / "clone"
    subprocess.run(
        [
            "git",
            "clone",
            "-q",
            "--depth",
            "1",
            "--no-single-branch",
            "--branch",
            "feature",
            f"file://{repo.top}",
            str(clone),
        ],
        check=True,
        capture_output=True,
    )
    code, out, err = factcheck(capsys, monkeypatch, clone, "HEAD~1", "HEAD")
    assert (code, out) == (2, "")
    assert err == (
        "factcheck: unknown revision 'HEAD~1' "
        "(this is a shallow clone; fetch more history: git fetch --unshallow)\n"
    )
    code, out, err = factcheck(capsys, monkeypatch, clone)  # the default base needs a merge base
    assert code == 2
    assert "no merge base of HEAD and origin/HEAD" in err and "git fetch --unshallow" in err


@pytest.mark.slow
def test_git_diff_uses_factcheck_as_textconv_driver(tmp_path: Path) -> None:
    repo = base_repo(tmp_path)
    repo.write(".gitattributes", "verdicts/*.yaml diff=factcheck\n")
    python = shlex.quote(sys.executable)
    # As documented: git config diff.factcheck.textconv "factcheck diff --textconv".
    repo.git("config", "diff.factcheck.textconv", f"{python} -m factcheck diff --textconv")
    repo.verdicts(
        "wx",
        {
            "rain": reviewed("refuted", RAIN, evidence=(QUOTE,), reviewer="Grace"),
            "snow": reviewed("mixed", SNOW, note="Only Brest.\nSecond line."),
            "gone": reviewed("refuted", "The sea froze."),
        },
    )
    repo.commit("rain refuted")
    diff = repo.git("diff", "HEAD~1", "HEAD", "--", "verdicts/wx.yaml")
    changed = [
        line for line in diff.splitlines() if line[:1] in "+-" and line[:3] not in ("+++", "---")
    ]
    assert changed == [
        "-rain: supported",
        "-  reviewed by Ada, 2026-11-22T10:00:00Z",
        "+rain: refuted",
        "+  reviewed by Grace, 2026-11-22T10:00:00Z",
        "+        Second line.",
    ]
    assert "--no-textconv" not in diff
    # The light driver (the factcheck-textconv script) prints exactly the same.
    repo.git("config", "diff.factcheck.textconv", f"{python} -m factcheck.diff.textconv")
    assert repo.git("diff", "HEAD~1", "HEAD", "--", "verdicts/wx.yaml") == diff
    log = repo.git("log", "-p", "--format=%s", "--", "verdicts/wx.yaml")
    assert "+rain: refuted" in log and "+  evidence supports weather@23-52:" in log
    assert "+rain: supported" in log  # the first commit, shown as a summary too
    # A verdict file that does not parse is shown as is instead of breaking git diff.
    repo.write("verdicts/wx.yaml", "rain: [\n")
    broken = repo.git("diff", "--", "verdicts/wx.yaml")
    assert "+# factcheck: not a valid verdict file" in broken and "+rain: [" in broken
    assert "-rain: refuted" in broken


def test_textconv_refuses_revisions(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    file = tmp_path / "v.yaml"
    file.write_text(serialize_verdicts({"a": reviewed("supported", RAIN)}))
    assert main(["diff", "--textconv", str(file)]) == 0
    assert capsys.readouterr().out.startswith("a: supported\n  reviewed by Ada")
    assert main(["diff", "HEAD", "--textconv", str(file)]) == 2
    assert capsys.readouterr().err == "factcheck: --textconv takes one file and no revisions\n"
    assert textconv_main([str(file)]) == 0
    assert capsys.readouterr().out.startswith("a: supported\n")
    assert textconv_main([]) == 2 and textconv_main([str(tmp_path / "missing")]) == 2
    assert capsys.readouterr().err.endswith("missing: cannot read: No such file or directory\n")


def test_newcomer_changes_two_verdicts_in_the_example(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from factcheck.verdicts.store import VerdictStore
    from factcheck.workspace.load import load_workspace

    repo = Repo(tmp_path / "example")
    for name in ("claims", "sources", "verdicts"):
        if (REPO_ROOT / name).is_dir():
            shutil.copytree(REPO_ROOT / name, repo.top / name)
    if (REPO_ROOT / "factcheck.yaml").is_file():
        shutil.copy(REPO_ROOT / "factcheck.yaml", repo.top / "factcheck.yaml")
    repo.write(".gitignore", ".factcheck/\n")
    repo.commit("the example workspace")

    workspace = load_workspace(repo.top)
    store = VerdictStore.open(workspace=workspace, reviewer="New Person")
    first, second = workspace.claims[0], workspace.claims[-1]
    targets = {}
    for claim in (first, second):
        new = "mixed" if store.get(claim.id).verdict != "mixed" else "refuted"
        targets[claim.id] = (store.get(claim.id).verdict or "none", new)
        store.set_verdict(claim.id, new)
    store.flush()
    repo.commit("two verdicts changed")

    code, markdown, err = factcheck(
        capsys, monkeypatch, repo.top, "HEAD~1", "HEAD", "--format", "markdown"
    )
    assert (code, err) == (0, "")
    rows = [
        line
        for line in markdown.splitlines()
        if line.startswith("| ") and "| --- |" not in line and not line.startswith("| Claim |")
    ]
    assert len(rows) == 2
    for claim_id, (old, new) in targets.items():
        assert any(f"(`{claim_id}`) | {old} → **{new}** | New Person, " in row for row in rows)
    assert "**Summary:** 2 verdicts changed." in markdown
    assert "#### Changed claims (2)" in markdown


def test_colour_on_a_terminal_only(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    repo = base_repo(tmp_path)
    repo.verdicts("wx", {"rain": reviewed("mixed", RAIN)})
    monkeypatch.setenv("FORCE_COLOR", "1")
    code, out, _ = factcheck(capsys, monkeypatch, repo.top, "HEAD")
    assert code == 0 and "\x1b[1m" in out


def test_github_workflow_runs_the_diff_and_updates_one_comment() -> None:
    workflow = yaml.safe_load(WORKFLOW.read_text())
    triggers = workflow.get("on", workflow.get(True))  # YAML 1.1 reads `on` as True
    assert "pull_request" in triggers
    steps = [step for job in workflow["jobs"].values() for step in job["steps"]]
    [action] = [s for s in steps if str(s.get("uses", "")).startswith("OWNER/factcheck@")]
    assert action["with"]["mode"] == "diff-comment"
    scripts = "\n".join(
        str(step.get("run", "")) + str(step.get("with", {})) for step in action_steps()
    )
    assert 'factcheck diff "origin/$BASE_REF" HEAD' in scripts and "--format markdown" in scripts
    assert "<!-- factcheck-diff -->" in scripts
    [diff_step] = [s for s in action_steps() if "factcheck diff" in str(s.get("run", ""))]
    assert diff_step["env"]["BASE_REF"] == "${{ github.base_ref }}"
    checkout = next(s for s in steps if str(s.get("uses", "")).startswith("actions/checkout"))
    assert checkout["with"]["fetch-depth"] == 0
    permissions = (
        workflow.get("permissions") or next(iter(workflow["jobs"].values()))["permissions"]
    )
    assert permissions["pull-requests"] == "write"


def test_help_mentions_the_defaults(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["diff", "--help"])
    assert exit_info.value.code == 0
    out = capsys.readouterr().out
    assert "merge base" in out and "--textconv" in out and "-C DIR" in out


def test_no_traceback_for_a_non_utf8_file_at_a_revision(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    repo = base_repo(tmp_path)
    (repo.ws / "claims/bad.yaml").write_bytes(b"claims:\n  - id: x\n    text: \xff\xfe\n")
    repo.commit("latin-1 by mistake")
    code, _, err = factcheck(capsys, monkeypatch, repo.top, "HEAD~1", "HEAD")
    assert (code, err) == (2, "factcheck: HEAD:claims/bad.yaml:3: not UTF-8 text\n")


def test_duplicate_claim_ids_at_a_revision(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    repo = base_repo(tmp_path)
    repo.claims("more", {"rain": "Another rain claim."})
    repo.commit("duplicate id")
    code, out, err = factcheck(capsys, monkeypatch, repo.top, "HEAD~1", "HEAD")
    assert (code, out) == (2, "")
    assert err == (
        "factcheck: HEAD:claims/wx.yaml:2: duplicate claim id 'rain' (also claims/more.yaml:2)\n"
    )


def test_diff_reads_raw_yaml_even_with_the_textconv_driver_configured(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    repo = base_repo(tmp_path)
    repo.write(".gitattributes", "verdicts/*.yaml diff=factcheck\n")
    repo.git("config", "diff.factcheck.textconv", "false")  # would fail if git ran it
    repo.verdicts("wx", {"rain": reviewed("mixed", RAIN)})
    repo.commit("rain mixed")
    code, out, err = factcheck(capsys, monkeypatch, repo.top, "HEAD~1", "HEAD")
    assert (code, err) == (0, "")
    assert "verdict:   supported → mixed" in out


def test_an_ascii_only_stdout_gets_no_traceback(tmp_path: Path) -> None:
    repo = base_repo(tmp_path)
    repo.claims("wx", {"rain": "Il a plu à Minsk → lundi."})
    env = {**os.environ, "PYTHONIOENCODING": "ascii"}
    for fmt in ("text", "json"):
        done = subprocess.run(
            [sys.executable, "-m", "factcheck", "diff", "HEAD", "--format", fmt],
            cwd=repo.top,
            env=env,
            capture_output=True,
            text=True,
            encoding="ascii",
            check=False,
        )
        assert (done.returncode, done.stderr) == (0, ""), done.stderr
        if fmt == "json":
            assert json.loads(done.stdout)["changes"][0]["text"] == "Il a plu à Minsk → lundi."
        else:
            assert "{+Il a plu ?+} Minsk" in done.stdout and " ? working tree" in done.stdout


def test_unchanged_files_are_skipped_but_never_change_the_answer(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    repo = base_repo(tmp_path)
    # A verdict kept in another claims file's verdict file (a hand edit): that file
    # does not change, but the claim it judges does.
    repo.claims("other", {"metro": "Minsk has a metro."})
    repo.verdicts("keeper", {"metro": reviewed("supported", "Minsk has a metro.")})
    # A file broken at both revisions alike is not a change, so it is not read.
    repo.write("claims/broken.yaml", "claims: [\n")
    repo.commit("other files")
    repo.claims("other", {"metro": "Minsk has two metro lines."})
    repo.commit("metro text edited")
    code, out, err = factcheck(capsys, monkeypatch, repo.top, "HEAD~1", "HEAD")
    assert (code, err) == (0, ""), err
    assert "text:      Minsk has [-a metro.-] {+two metro lines.+}" in out
    assert "stale:" in out  # found only by reading verdicts/keeper.yaml, which did not change
    assert out.rstrip().splitlines()[-1] == "1 claim text changed, 1 verdict now stale"


def test_a_workspace_folder_named_like_a_glob_is_read_literally(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    repo = base_repo(tmp_path, prefix="fc [draft]*")
    repo.write("../fc [draft]x/claims/decoy.yaml", "claims:\n  - id: decoy\n    text: Decoy.\n")
    repo.verdicts("wx", {"rain": reviewed("refuted", RAIN)})
    repo.commit("rain refuted")
    code, out, err = factcheck(capsys, monkeypatch, repo.ws, "HEAD~1", "HEAD")
    assert (code, err) == (0, "")
    assert "verdict:   supported → refuted" in out and "decoy" not in out


@pytest.mark.parametrize(
    ("comments", "expected"),
    [
        ([], [["create", 7, None]]),
        (
            [
                {"id": 1, "user": {"type": "User"}, "body": "<!-- factcheck-diff --> quoted"},
                {"id": 2, "user": {"type": "Bot"}, "body": "other bot"},
                {"id": 3, "user": {"type": "Bot"}, "body": "<!-- factcheck-diff -->\nold"},
            ],
            [["update", None, 3]],
        ),
    ],
)
def test_workflow_script_updates_its_own_comment_or_creates_one(
    tmp_path: Path, comments: list[dict[str, object]], expected: list[list[object]]
) -> None:
    node = shutil.which("node")
    if node is None:
        pytest.skip("node is not installed")
    script = next(s for s in action_steps() if "github-script" in str(s.get("uses")))["with"][
        "script"
    ]
    (tmp_path / "factcheck-diff.md").write_text("<!-- factcheck-diff -->\nbody", encoding="utf-8")
    harness = (
        "process.env.FACTCHECK_DIFF = 'factcheck-diff.md';\n"
        "const calls = [];\n"
        f"const existing = {json.dumps(comments)};\n"
        "const github = {paginate: async () => existing, rest: {issues: {listComments() {},\n"
        "  updateComment: async (a) => calls.push(['update', a.issue_number ?? null,"
        " a.comment_id, a.body]),\n"
        "  createComment: async (a) => calls.push(['create', a.issue_number,"
        " a.comment_id ?? null, a.body])}}};\n"
        "const context = {repo: {owner: 'o', repo: 'r'}, issue: {number: 7}};\n"
        f"(async () => {{\n{script}\n}})().then(() => console.log(JSON.stringify(calls)));\n"
    )
    (tmp_path / "run.js").write_text(harness, encoding="utf-8")
    done = subprocess.run(
        [node, "run.js"], cwd=tmp_path, capture_output=True, text=True, check=True
    )
    calls = json.loads(done.stdout)
    assert [call[:3] for call in calls] == expected
    assert all(call[3] == "<!-- factcheck-diff -->\nbody" for call in calls)


def test_exit_code_says_whether_anything_changed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    repo = base_repo(tmp_path)
    assert factcheck(capsys, monkeypatch, repo.top, "HEAD", "--exit-code")[0] == 0
    repo.verdicts("wx", {"rain": reviewed("mixed", RAIN)})
    assert factcheck(capsys, monkeypatch, repo.top, "HEAD", "--exit-code")[0] == 1
    assert factcheck(capsys, monkeypatch, repo.top, "HEAD")[0] == 0


def test_workflow_shell_step_writes_the_comment_with_its_marker(tmp_path: Path) -> None:
    """The action's own `run:` script, with its environment as Actions sets it, in a clone."""
    repo = base_repo(tmp_path)
    repo.git("checkout", "-q", "-b", "pr")
    repo.verdicts("wx", {"rain": reviewed("refuted", RAIN, reviewer="Grace")})
    repo.commit("rain refuted")
    clone = tmp_path / "ci"
    subprocess.run(
        ["git", "clone", "-q", "--branch", "pr", f"file://{repo.top}", str(clone)],
        check=True,
        capture_output=True,
    )
    [step] = [s for s in action_steps() if "factcheck diff" in str(s.get("run", ""))]
    summary = tmp_path / "summary.md"
    env = {
        **os.environ,
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}",
        "GITHUB_STEP_SUMMARY": str(summary),
        "RUNNER_TEMP": str(clone),
        "BASE_REF": "main",
        "FACTCHECK_WORKSPACE": ".",
        "FACTCHECK_ARGS": "",
    }
    subprocess.run(["bash", "-e", "-c", step["run"]], cwd=clone, env=env, check=True)
    comment = (clone / "factcheck-diff.md").read_text(encoding="utf-8")
    assert comment.startswith("<!-- factcheck-diff -->\n### factcheck: claims and verdicts")
    assert "(`rain`) | supported → **refuted** | Grace, 2026-11-22T10:00:00Z |" in comment
    assert summary.read_text(encoding="utf-8") == comment


def test_a_verdict_file_that_is_a_fifo_is_refused_not_taken_for_absent(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Skipping it would report every verdict of the file as removed."""
    repo = base_repo(tmp_path)
    verdicts = repo.ws / "verdicts" / "wx.yaml"
    verdicts.unlink()
    os.mkfifo(verdicts)
    code, out, err = factcheck(capsys, monkeypatch, repo.top)
    assert (code, out) == (2, "")
    assert err == ("factcheck: verdicts/wx.yaml: a FIFO, not a regular file; refusing to read it\n")
