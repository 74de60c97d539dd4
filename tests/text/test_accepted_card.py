"""A Q&A page scraped as text names its accepted (or best) answer's writer on a line under the site's mark, over the
answer's time stamp; SPEC makes that writer the page's author, never the asker whose name stands at the top. A
site that appends an honorific to every member ("さん", "様") adds no part of the name (issue 16, round 14)."""

from __future__ import annotations

from pipeline.text.attribution import accepted_card

PAGE = ["Why does my bread machine loaf sink in the middle?", "crumbly_kate", "2024/02/11 08:02",
        "It rises well and then caves in before the bake ends.", "3 answers", "{mark}", "{name}", "2024/02/11 09:15",
        "Too much yeast or too much water. Cut each by a fifth.", "Other answers", "breadhead99",
        "2024/02/11 10:40", "Buy a new machine."]


def card(mark: str, name: str):
    return accepted_card([line.format(mark=mark, name=name) for line in PAGE])


def test_the_name_under_the_mark_writes_the_page():
    assert card("Best answer", "Halldóra Sigurðardóttir").name == "Halldóra Sigurðardóttir"
    assert card("✓ Accepted answer", "loafwright").name == "loafwright"
    assert card("ベストアンサー", "こむぎ工房さん").name == "こむぎ工房"


def test_no_mark_no_card():
    assert card("Sorted by votes", "Halldóra Sigurðardóttir") is None


def test_a_sentence_about_the_best_answer_is_no_mark():
    assert card("I think the best answer is to buy a new machine.", "Halldóra Sigurðardóttir") is None
