"""How publishers break a list of points (issue 16, round 17): a row of share buttons ends the article so a numbered
list under it is a comment's or a sidebar's; inserts between lost-glyph points; a nested numbered run; a contents
list over the takeaways. Our own words."""

from pipeline.stages.tips import split_text
from pipeline.stages.tips.detect import share_row
from pipeline.stages.tips.paras import Para


def _heads(text: str) -> list[str]:
    return [t.headline.rstrip(".") for t in split_text(text).tips]


def test_a_numbered_list_under_the_share_buttons_is_not_the_articles():
    text = ("Zimi su dugi, a biljke u stanu pate.\n\n1) Zalijevajte rjeđe. Zemlja zimi sporije se suši.\n\n"
            "2) Primaknite lonce prozoru. Svjetla je malo i svaki centimetar pomaže.\n\n"
            "3) Držite ih dalje od radijatora. Suhi zrak pali rubove listova.\n\n"
            "Sretno i do proljeća!\n\nPodijeli: Facebook Twitter Pinterest\n\nKomentari\n\n"
            "Vesna, 3. 12. 2021.\nJa bih dodala:\n1) kaktusi na hladno\n2) orhideje uz prozor")
    assert _heads(text) == ["Zalijevajte rjeđe", "Primaknite lonce prozoru", "Držite ih dalje od radijatora"]


def test_share_buttons_above_the_list_cut_nothing():
    text = ("Dijeli: Facebook WhatsApp Viber\n\nZimi su dugi, a biljke u stanu pate.\n\n"
            "1) Zalijevajte rjeđe. Zemlja zimi sporije se suši.\n\n"
            "2) Primaknite lonce prozoru. Svjetla je malo i svaki centimetar pomaže.\n\n"
            "3) Držite ih dalje od radijatora. Suhi zrak pali rubove listova.")
    assert len(_heads(text)) == 3


def test_share_rows():
    assert share_row(Para(0, 0, "Jaga Facebookis Jaga Twitteris"))
    assert share_row(Para(0, 0, "Share: Facebook | LinkedIn | Email"))
    assert not share_row(Para(0, 0, "Ask on Reddit and Facebook first."))
    assert not share_row(Para(0, 0, "Facebook"))


LED = ("Label the freezer bags: a date and a name save you a guessing game in March.",
       "Cool food before it goes in: warm dishes raise the temperature of everything around them.",
       "Freeze flat: a bag of soup laid flat freezes fast and stacks like a book.",
       "Keep a list on the door: cross off what you take out and you never buy a fourth bag of peas.",
       "Defrost in the fridge: a night on the shelf is slower than the worktop and far safer.")


def test_inserts_between_lost_glyph_points_part_no_run():
    text = ("A full freezer is cheap to run and quick to cook from, if you treat it right. Try the following:\n\n"
            + LED[0] + "\n\n" + LED[1] + "\n\nRelated: Our guide to batch cooking on a Sunday\n\n" + LED[2]
            + "\n\nArticle continues below\n\n" + LED[3]
            + "\n\nBest buy: Polarn chest freezer ★★★★☆ 4.5\n[See the price]\n\n"
            + "Quick tip: a freezer thermometer costs less than a pizza.\n\n" + LED[4]
            + "\n\nDo these and the freezer pays for itself.")
    assert _heads(text) == [t.split(":")[0] for t in LED]


def test_an_order_word_puts_the_last_point_last():
    points = ("Skip the starter kits. They bundle a pot you will not use and a bag of bad soil.",
              "Re-pot in spring. Roots wake then and forgive a clumsy hand.",
              "Mist-spray sparingly. Wet leaves in a cold room invite mould.",
              "Group the pots. A cluster holds its own damp air around the leaves.")
    text = ("Houseplants in a flat need less than you think. Keep these in mind:\n\n" + "\n\n".join(points)
            + "\n\nFinally, turn each pot a quarter every week. A plant leans towards its window.\n\n"
            + "That is all there is to it, and your plants will thank you.")
    heads = _heads(text)
    assert len(heads) == 5 and heads[-1] == "Turn each pot a quarter every week"
