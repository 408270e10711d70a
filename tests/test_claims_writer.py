"""Appending claims keeps what a claims file already holds."""

from __future__ import annotations

from pathlib import Path


def test_rewriting_a_flow_list_keeps_the_file_fields(tmp_path: Path) -> None:
    """A `claims: [...]` file is rewritten whole; its url/published/author must survive."""
    from factcheck.claims.writer import append_claims
    from factcheck.workspace.load import parse_claims

    path = tmp_path / "c.yaml"
    path.write_text(
        "document: Draft\nurl: https://example.org/d\npublished: '2026-01-02'\n"
        "author: A. Writer\nreview_url: https://example.org/r\n"
        "claims: [{id: a, text: The sky is blue.}]\n"
    )
    result = append_claims(
        path=path, display_path="claims/c.yaml", claims=[("b", "Grass is green.")]
    )
    assert result.rewritten
    parsed = parse_claims(path.read_text(), path="claims/c.yaml")
    assert [c.id for c in parsed.claims] == ["a", "b"]
    text = path.read_text()
    for field in ("url: https://example.org/d", "author: A. Writer", "review_url:", "published:"):
        assert field in text
