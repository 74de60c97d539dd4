"""Tip shapes of round 25 (issue 16) that live in markup or in a script's own sentence stops, in our own words: a
list item opened by its own heading, a box classed "cta" that asks for nothing, and a tip's explanation sentence
after its first in Cherokee, Ol Chiki and Tongan text."""

from __future__ import annotations

from pipeline.stages.tips import split_text
from pipeline.stages.tips.paras import lead_sentence
from pipeline.text.extract import html_to_text


def _heads(html: str) -> list[str]:
    doc = html_to_text(html)
    return [t.headline for t in split_text(doc.text, leads=doc.leads).tips]


# --- <li><h3>point</h3><p>why</p></li>: the heading heads the item ---------------------------------------------------

HEADED_ITEMS = """<html><body><article><h1>Keeping a kettle clean</h1>
<p>Scale builds up fast in hard-water towns, and a furred kettle wastes power every time it boils.</p>
<ol>
<li><h3>Descale it monthly</h3><p>Half vinegar, half water, boiled and left an hour. Rinse it twice.</p></li>
<li><h3>Empty it after use</h3><p>Standing water leaves the most scale. Pour it on a plant.</p></li>
<li><h3>Fill only what you need</h3><p>Less water boils faster. It also leaves less behind.</p></li>
</ol></article></body></html>"""


def test_a_heading_opening_a_list_item_heads_the_item():
    doc = html_to_text(HEADED_ITEMS)
    assert "1. Descale it monthly" in doc.text  # the item's number goes on its heading, not on the paragraph
    assert "\n1. Half vinegar" not in doc.text
    assert _heads(HEADED_ITEMS) == ["Descale it monthly", "Empty it after use", "Fill only what you need"]


def test_a_heading_numbering_itself_keeps_its_own_number_only():
    page = HEADED_ITEMS.replace("<h3>Descale", "<h3>1. Descale").replace("<h3>Empty", "<h3>2. Empty").replace(
        "<h3>Fill", "<h3>3. Fill")
    doc = html_to_text(page)
    assert "1. 1. Descale" not in doc.text and "1. Descale it monthly" in doc.text
    assert _heads(page) == ["Descale it monthly", "Empty it after use", "Fill only what you need"]


# --- a "cta" box: a call to action only when it holds something to act on -----------------------------------------

BOXED_POINT = """<html><body><article><h1>Painting a hall in a day</h1>
<p>A hall is small, but its doors and corners make it slow. These habits keep the job to one day.</p>
<h2>Take the doors off</h2><p>Painting a door on its hinges doubles the drips and the time.</p>
<div class="cta-tip"><h2>Sand the skirting first</h2><p>Gloss will not bond to a shiny surface, so rough it up.</p></div>
<h2>Work from the top down</h2><p>Drips run down, so the ceiling comes first.</p>
</article></body></html>"""


def test_a_cta_classed_box_holding_no_control_is_the_posts_own():
    assert _heads(BOXED_POINT) == ["Take the doors off", "Sand the skirting first", "Work from the top down"]


def test_a_cta_box_with_a_button_is_still_a_call_to_action():
    page = BOXED_POINT.replace("so rough it up.</p>", "so rough it up.</p><button>Book a decorator</button>")
    assert "Sand the skirting first" not in html_to_text(page).text


def test_cta_inside_another_word_is_no_call_to_action():
    page = BOXED_POINT.replace('class="cta-tip"', 'class="dictation-note"')
    assert "Sand the skirting first" in html_to_text(page).text


# --- a script's own sentence stops and openings -------------------------------------------------------------------


def test_a_cherokee_tip_is_headed_by_its_first_sentence():
    # (made-up syllable strings: the shape is what counts, a full stop and a syllable after it)
    assert lead_sentence("ᏏᏆ ᎦᏙ ᏓᎾᎳ. ᎤᏍᏗ ᏗᏆᎵ.") == "ᏏᏆ ᎦᏙ ᏓᎾᎳ."


def test_an_ol_chiki_tip_is_headed_by_its_first_sentence_and_mucaad_ends_it():
    assert lead_sentence("ᱥᱮᱛᱟ ᱞᱟᱹᱜᱤᱫ ᱫᱟᱜ ᱮᱢ ᱢᱮ᱾ ᱱᱚᱣᱟ ᱫᱚ ᱵᱮᱥ ᱜᱮᱭᱟ᱾") == "ᱥᱮᱛᱟ ᱞᱟᱹᱜᱤᱫ ᱫᱟᱜ ᱮᱢ ᱢᱮ᱾"


def test_an_okina_before_the_capital_opens_a_tongan_sentence():
    assert lead_sentence("Inu ha vai ʻi he pongipongi. ʻOku lelei ia ki he sino.") == "Inu ha vai ʻi he pongipongi."


def test_numbered_points_in_a_script_without_capitals_keep_only_their_first_sentence():
    text = "\n".join(["Ko e ngaahi fale ʻo e kolo.", "", "1. Tāpuni ʻa e matapā. ʻOku mokomoko ai ʻa e fale.",
                      "2. Fufulu ho nima. ʻOku mahu ai ʻa e sino.", "3. Inu ha vai. ʻOku lelei ia."])
    assert [t.headline for t in split_text(text).tips] == ["Tāpuni ʻa e matapā.", "Fufulu ho nima.", "Inu ha vai."]
