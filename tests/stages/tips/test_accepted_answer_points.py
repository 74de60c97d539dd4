"""A Q&A page sorted by votes shows the top-voted answer first and the accepted one under it, each with its own
list. SPEC reads a Q&A page for its accepted answer, so the page's tips are the first list under the accepted mark
("✓ Accepted", "Best answer", "ベストアンサー" …), not the top-voted answer's points above it (issue 16, round 14).
Our own words."""

from __future__ import annotations

from pipeline.stages.tips import split_text

PAGE = """My sourdough starter smells of nail varnish remover by the evening. Is it ruined, and what should I change?

12

It is hungry, that is all. You have three levers:

• feed it more often,
• feed it more flour,
• or keep it somewhere cooler.

Any of them works on its own.

answered Mar 3 at 9:12 loafing_about

{mark}

Nothing is ruined: the smell is the yeast running out of food. What fixed mine:

1. Feed it twice a day. Every twelve hours keeps it from going hungry between feeds.
2. Discard all but a spoonful before feeding. A small starter eats a big feed more slowly.
3. Move the jar off the top of the fridge. The warmth there makes it eat through a feed in hours.

Give it a week of this and it will smell of yoghurt again.

4

I just bought a new one.
"""


def test_the_accepted_answers_list_is_the_pages_points():
    for mark in ("✓ Accepted", "Accepted answer", "Best answer", "✔ ベストアンサー"):
        tips = split_text(PAGE.format(mark=mark)).tips
        assert [t.headline for t in tips] == [
            "Feed it twice a day.", "Discard all but a spoonful before feeding.",
            "Move the jar off the top of the fridge."], mark


def test_without_a_mark_the_top_answers_list_is_the_pages_points():
    # (SPEC: "on a Q&A page only the top answer's tips count"; its answer card closes it: round 21)
    tips = split_text(PAGE.format(mark="")).tips
    assert [t.headline for t in tips] == ["feed it more often,", "feed it more flour,", "or keep it somewhere cooler."]


def test_without_a_mark_or_an_answer_card_both_answers_lists_stay():
    assert len(split_text(PAGE.format(mark="").replace("answered Mar 3 at 9:12 loafing_about", "")).tips) == 6
