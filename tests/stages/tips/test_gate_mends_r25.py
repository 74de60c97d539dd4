"""The tips gate's round-25 rules (pipeline/stages/tips/gate.py) kept from refusing advice (made-up pages, review of
round 25): a price named inside a tip is no shop's item, an everyday imperative is no site's call, and a short
instruction in a language the gate cannot read is no line of data. Each case has its negation: the shop's items,
the site's calls and the results table are still refused."""

import pytest

from pipeline.stages.tips.gate import advises

_THRIFT_TIPS = ["Buy lentils in sacks. A 5 kg sack costs about $9 and feeds a family for weeks.",
                "Visit the bakery at closing time. A loaf drops to $1 and keeps in the freezer.",
                "Pick up whole pumpkins at $2 each and roast the seeds too.",
                "Cook once, eat twice: a pot of soup is lunch for three days."]
_SHOP_ITEMS = ["Harrow Steel Kettle for $34.99\n\nIt boils a litre in three minutes.",
               "Bramble Oat Flakes, 5 kg, $11.50\n\nA sack that lasts the winter.",
               "Linden Bread Tin, $8\n\nNon-stick, with a lid."]


@pytest.mark.parametrize("points, advising", [(_THRIFT_TIPS, True), (_SHOP_ITEMS, False)])
def test_a_price_inside_a_tip_is_no_shop_item(points, advising):
    opening = "Feeding a household on little money takes a plan more than it takes sacrifice, as our readers know."
    assert advises("\n\n".join([opening, *points]), points) is advising


_GARDEN_TIPS = ["Read more about your soil before you buy any feed: a test kit tells you what it lacks.",
                "Get them at the seed swap. Neighbours trade cuttings there every spring.",
                "Join us in keeping a garden diary: note what flowered and when."]
_SITE_CALLS = ["Want to hear more from Tove Haller? Follow her on Pixelgram.",
               "Check back in soon for the next interview in the series.",
               "Questions about the project? Get in touch with our editors."]


@pytest.mark.parametrize("points, advising", [(_GARDEN_TIPS, True), (_SITE_CALLS, False)])
def test_an_everyday_imperative_is_no_site_call(points, advising):
    opening = "Tove Haller has kept the same allotment for thirty years and still learns something every season."
    assert advises("\n\n".join([opening, *points]), points) is advising


_SHORT_BULLETS = ["Kylvä siemenet keväällä", "Kastele illalla", "Peitä taimet yöksi", "Kitke rikat viikoittain"]
_SCORE_LINES = ["Aarne Salo 3", "Veli Koivu 2", "Ilkka Rinne 0", "Juho Lahti 1"]


@pytest.mark.parametrize("points, advising", [(_SHORT_BULLETS, True), (_SCORE_LINES, False)])
def test_short_lines_in_an_unread_language_are_data_only_by_their_form(points, advising):
    opening = ("Kevät on puutarhurin kiireisintä aikaa, ja pienetkin teot näkyvät syksyllä sadossa ja kukissa "
               "koko pihalla.")
    assert advises("\n\n".join([opening, *points]), points) is advising
