"""Tip shapes of round 24 (issue 16), text-shaped pages, in our own words: a numbered heading line opening with an
order word over its paragraph, a reader's letter signed after a dash over an answer whose points use the same dash,
and an HTML call-to-action box set between the point headings."""

from __future__ import annotations

from pipeline.stages.tips import split_text
from pipeline.text.extract import html_to_text

# --- "7. Finally, ..." as a heading line over its paragraph -------------------------------------------------------

ORDERED_HEADINGS = "\n\n".join([
    "Leaving a bike outside for a winter is hard on it. Here is what I do every November.",
    "1. Wash the salt off the frame\nRoad salt eats paint and chain alike. A bucket of warm water and a soft brush "
    "are enough.",
    "2. Oil the chain twice\nOnce after washing, once the next day when the links have dried through.",
    "3. Finally, cover the saddle\nA plastic bag and an elastic band keep the foam from soaking up rain all winter.",
    "It takes an hour, and the bike is still rideable in March.",
])


def test_an_order_word_opening_a_heading_line_goes_like_a_number():
    heads = [t.headline for t in split_text(ORDERED_HEADINGS).tips]
    assert heads == ["Wash the salt off the frame", "Oil the chain twice", "Cover the saddle"]


# --- a reader's letter signed after a dash, the answer's points set with the same dash -----------------------------

SIGNED_LETTER = "\n\n".join([
    "Dear Pia,\nOur cat scratches the new sofa every night and ignores the post we bought. What can we try?\n"
    "- Clawed in Carrowmore",
    "Dear Clawed,\nCats scratch to stretch and to leave their scent, so the aim is to move the habit, not stop it.",
    "- Put the post beside the sofa: the spot she already uses is the one she wants.",
    "- Rub a little catnip on it: most cats take the hint within days.",
    "- Cover the arms for a month: a throw or double-sided tape makes the old spot dull.",
    "Best wishes,\nPia",
])


def test_a_dash_signature_over_the_answer_is_no_point():
    heads = [t.headline for t in split_text(SIGNED_LETTER).tips]
    assert heads == ["Put the post beside the sofa", "Rub a little catnip on it", "Cover the arms for a month"]


# --- a call-to-action box between the point headings --------------------------------------------------------------

CTA_PAGE = """<html><body><article>
<h1>Painting a small room in a weekend</h1>
<p>We paint a hundred rooms a year. These are the habits that save us the most time.</p>
<h2>Empty the room completely</h2><p>Working around a sofa doubles the time and the drips.</p>
<h2>Tape only the edges you cannot cut in</h2><p>Good tape is slow to lay; a steady brush is faster.</p>
<div class="cta-box"><h3>Short on time?</h3><p>Our crew can paint a bedroom in a day. <a href="/book">Book now</a></p></div>
<h2>Paint the ceiling first</h2><p>Drips run down, so start at the top.</p>
</article></body></html>"""


def test_a_call_to_action_box_between_the_points_is_no_point():
    doc = html_to_text(CTA_PAGE)
    assert "Short on time?" not in doc.text
    heads = [t.headline for t in split_text(doc.text, leads=doc.leads).tips]
    assert heads == ["Empty the room completely", "Tape only the edges you cannot cut in", "Paint the ceiling first"]
