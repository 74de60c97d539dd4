"""Asides and page chrome among points (issue 16, round 16): a "Pro tip:" callout between colon-led points, a
directory's "Other articles by this author" box, a site's cookie notice read as a section. Our own words."""

from pipeline.stages.tips import split_text
from pipeline.stages.tips.detect import _callout


def _heads(text: str) -> list[str]:
    return [t.headline.rstrip(".") for t in split_text(text).tips]


POINTS = ("Check the chain: a stretched chain skips under load and wears the sprockets with it.",
          "Spin the wheels: a wobble means a bent rim or loose spokes, and both cost money to put right.",
          "Squeeze the brakes: the levers should stop well short of the bars, with no sponginess at all.",
          "Look at the tyres: cracks in the sidewall mean new tyres, whatever the tread looks like.")


def test_a_callout_between_colon_led_points_is_an_aside():
    text = ("A used bike can be a bargain or a money pit. Here is what I look at first.\n\n" + "\n\n".join(POINTS[:2])
            + "\n\nPro tip: bring a friend who rides. A second pair of eyes sees what you miss.\n\n"
            + "\n\n".join(POINTS[2:]) + "\n\nNone of this takes long, and the good bikes will still be there.")
    heads = _heads(text)
    assert heads == ["Check the chain", "Spin the wheels", "Squeeze the brakes", "Look at the tyres"]


def test_a_list_whose_items_all_open_with_tip_keeps_them():
    text = ("Three small habits.\n\n• Tip: water in the morning.\n• Tip: mulch the beds in May.\n"
            "• Tip: pick the beans every other day.")
    assert len(_heads(text)) == 3


def test_callout_labels():
    assert _callout("Quick warning: the glue is flammable.")
    assert not _callout("Warn the neighbours: the drill is loud.")
    assert not _callout("The envelope method: cash in labelled envelopes.")


def test_a_directorys_other_articles_box_is_no_points():
    text = ("Damp walls have a cause you can find.\n\n1. Check the gutters after heavy rain.\n2. Clear the air bricks "
            "of leaves.\n3. Lower the soil outside below the damp course.\n\nArticle Source: example.org\n\n"
            "Other articles by this author:\n- Choosing a Dehumidifier\n- Why Windows Stream in Winter\n"
            "- Lime Plaster Explained")
    assert len(_heads(text)) == 3


def test_a_cookie_notice_read_as_a_section_is_no_point():
    body = "\n\n".join(f"{h}\n{b}" for h, b in (
        ("Keep the hall light on", "A lit hall stops trips at night, and a plug-in night light costs little to run."),
        ("Fit rails on both sides", "A rail on each side of the stairs gives a hand to hold whichever way you go."),
        ("Clear the floor", "Loose rugs and trailing cables are the commonest cause of falls at home."),
        ("Wear shoes that grip", "Socks on wooden stairs are a fall waiting to happen, so keep slippers by the bed.")))
    text = ("Cookies on the Hollin District Council website\nWe use some essential cookies to make this website work. "
            "Accept additional cookies Reject additional cookies View cookies\n\nHollin District Council\nMenu Search"
            "\n\nStaying safe on the stairs\n\nFalls are common and often avoidable. These are the changes our members "
            "say help most.\n\n" + body)
    heads = _heads(text)
    assert "Keep the hall light on" in heads
    assert not any("Cookies" in h for h in heads)
