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
<div class="cta-tip"><h2>Sand the skirting first</h2><p>Gloss will not bond to a shiny surface, so sand it.</p></div>
<h2>Work from the top down</h2><p>Drips run down, so the ceiling comes first.</p>
</article></body></html>"""


def test_a_cta_classed_box_holding_no_control_is_the_posts_own():
    assert _heads(BOXED_POINT) == ["Take the doors off", "Sand the skirting first", "Work from the top down"]


def test_a_cta_box_with_a_button_is_still_a_call_to_action():
    page = BOXED_POINT.replace("so sand it.</p>", "so sand it.</p><button>Book a decorator</button>")
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


# --- a gallery whose captions are its text ------------------------------------------------------------------------

SLIDES = [("Mulch the beds in autumn", "A layer of leaves keeps the frost off the roots and feeds the soil."),
          ("Sow green manure in bare patches", "Clover or rye holds the soil together over the wet months."),
          ("Stack the pruned wood in a corner", "Beetles and frogs winter in it, and they eat the slugs in spring."),
          ("Leave the seed heads standing", "Finches feed on them all winter, and the frost on them looks fine.")]


def _gallery(slides=SLIDES) -> str:
    figures = "".join(
        f'<figure class="slide"><span class="count">{k} / {len(slides)}</span><img src="/p{k}.jpg" alt="">'
        f"<figcaption>{head}. {why}</figcaption><small class=\"credit\">Photo: Pia Brandt</small></figure>"
        for k, (head, why) in enumerate(slides, 1))
    return (f"<html><body><article><h1>Four jobs for a wildlife garden in autumn</h1><p class='dek'>Short days, "
            f"big rewards.</p><div class='slides'>{figures}</div></article></body></html>")


def test_a_gallery_whose_captions_hold_the_text_gives_one_tip_a_caption():
    doc = html_to_text(_gallery())
    assert "Photo: Pia Brandt" not in doc.text and "1 / 4" not in doc.text  # a slide's credit and counter
    assert [h.rstrip(".") for h in _heads(_gallery())] == [head for head, _ in SLIDES]


def test_captions_under_the_pictures_of_a_prose_page_stay_chrome():
    prose = "".join(f"<p>{why} {why} {why}</p>" for _, why in SLIDES * 2)
    page = _gallery().replace("<div class='slides'>", f"{prose}<div class='slides'>")
    assert "Mulch the beds in autumn" not in html_to_text(page).text


# --- a step pager: one step a section, each with its own prev/next links ------------------------------------------

def _pager(steps: list[tuple[str, str]]) -> str:
    sections = "".join(
        f'<section class="step" id="s{k}"><p class="step-pager">Step {k} of {len(steps)}</p><h2>{head}</h2>'
        f"<p>{text}</p><div class=\"step-nav\"><a href=\"#s{k - 1}\">← Back</a> <a href=\"#s{k + 1}\">Next step →"
        f"</a></div></section>" for k, (head, text) in enumerate(steps, 1))
    return (f"<html><body><article><h1>Bleeding a radiator</h1><p>A cold top on a radiator means air is trapped in "
            f"it, and letting it out takes ten minutes and a key.</p>{sections}</article></body></html>")


STEPS = [("Turn the heating off", "Hot water sprays, so let the system cool for an hour first."),
         ("Hold a cloth under the valve", "A little dirty water comes out with the air."),
         ("Open the valve a quarter turn", "Close it as soon as water, not air, comes out."),
         ("Check the boiler pressure", "Top it up to the mark on the gauge if it has dropped.")]


def test_a_step_pager_gives_one_tip_a_step():
    assert _heads(_pager(STEPS)) == [head for head, _ in STEPS]


# --- a swap table: "Instead of…" | "Try this" | a third column ----------------------------------------------------

SWAPS = [("Boiling a full kettle for one cup", "Boil only the water you need", "about £10"),
         ("Washing at sixty degrees", "Wash at thirty for everyday loads", "about £25"),
         ("Leaving the oven door shut to cool", "Open the oven door after cooking in winter", "about £5"),
         ("Charging phones overnight", "Unplug chargers once the battery is full", "about £3")]


def _swap_table(first: str = "Instead of…", second: str = "Try this") -> str:
    rows = "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td></tr>" for a, b, c in SWAPS)
    return (f"<html><body><main><h1>Small swaps for a smaller bill</h1><p>None of these costs anything, and together "
            f"they add up over a year of bills.</p><table><thead><tr><th>{first}</th><th>{second}</th><th>Saving a "
            f"year</th></tr></thead><tbody>{rows}</tbody></table><p>Figures are rough and depend on your tariff."
            f"</p></main></body></html>")


def test_a_swap_table_row_is_headed_by_what_to_do_instead():
    assert _heads(_swap_table()) == [b for _, b, _ in SWAPS]



def test_a_do_dont_table_is_still_headed_by_its_first_column():
    rows = "".join(f"<tr><td>{b}</td><td>{a}</td><td>It adds up.</td></tr>" for a, b, _ in SWAPS)
    page = _swap_table().split("<table>")[0] + (f"<table><thead><tr><th>Do</th><th>Don't</th><th>Why</th></tr>"
                                                 f"</thead><tbody>{rows}</tbody></table></main></body></html>")
    assert _heads(page) == [b for _, b, _ in SWAPS]
