"""find_grant's gate before GRANT (issue 19, round 5): GRANT_ANCHOR and GRANT_LEAD, tried at every character of a
line, are asked only on a line holding their words (ANCHOR_WORDS, LEAD_WORDS). Exact by construction (every match
of either pattern holds one of its words: read from the patterns' branches) and on data (every candidate line of
the tunable real-page parts and the seed pages gets the same answer with every pattern tried)."""

from __future__ import annotations

from pathlib import Path

from pipeline.text import licence as lic
from tests.text.test_licence import _required, _top_branches

ROOT = Path(__file__).resolve().parent.parent.parent
REALPAGES = ROOT / "tests" / "fixtures" / "realpages"
TUNABLE = ("dev", "setapart", "dev3", "holdout2", "dev4", "dev6", "dev7")  # never the validation or sealed parts


def _pages() -> list[str]:
    pages = [path.read_text(encoding="utf-8") for part in TUNABLE for path in sorted((REALPAGES / part).glob("*.txt"))]
    return pages + [path.read_text(encoding="utf-8") for path in sorted((ROOT / "raw").glob("*")) if path.is_file()]


def test_every_match_of_the_anchor_and_the_lead_holds_their_words():
    for branch in _top_branches(lic.GRANT_ANCHOR.pattern):  # "free(...)" and "\bpass\s+..."
        assert any(_required(branch).removeprefix(r"\b").lower().startswith(word) for word in lic.ANCHOR_WORDS), branch
    assert lic.GRANT_LEAD.pattern.endswith(r"\s+(?:may|can)") and set(lic.LEAD_WORDS) == {"may", "can"}
    for line in ("Free to reprint.", "Please PASS THIS ALONG.", "Articles CAN be shared", "Articles MAY be used"):
        assert lic.GRANT_ANCHOR.search(line) or lic.GRANT_LEAD.search(line), line
        assert lic._has_any(line.lower(), lic.ANCHOR_WORDS + lic.LEAD_WORDS), line


def test_the_grant_gate_s_word_tests_change_no_answer_on_the_tunable_parts(monkeypatch):
    lines = sorted({line for page in _pages() for line in page.split("\n")
                    if lic._has_any(line.lower(), lic.GRANT_NOUNS) and lic._has_any(line.lower(), lic.GRANT_WORDS)})
    assert len(lines) > 200
    gated = [lic.find_grant(line) for line in lines]
    assert any(g is not None for g in gated)
    monkeypatch.setattr(lic, "gatable", lambda text: False)  # every pattern tried, no substring gate
    assert [lic.find_grant(line) for line in lines] == gated
