"""An ordered list prints its items as the browser numbers them (issue 16, round 14: a how-to whose numbered steps
carry a lettered sub-list of smaller moves). ``<ol type="a">``, an inline ``list-style-type`` and ``<ol start>``
decide the numbers, so a lettered sub-list under step 2 never reads as the steps restarting at 1, and the tips
under the page stay the steps. Our own words."""

from __future__ import annotations

from pipeline.stages.tips import split_text
from pipeline.text.extract import html_to_text

STEPS = """<html><head><title>Hanging a Heavy Mirror</title></head><body><article>
<h1>Hanging a Heavy Mirror</h1>
<p>A mirror that falls takes the skirting board with it. Take your time over the fixings and it will hang for
decades without a wobble, whatever the wall behind it is made of.</p>
<ol>
<li><p><b>Find out what the wall is made of.</b> Knock along it and drill a small test hole behind where the
mirror will hang.</p></li>
<li><p><b>Mark the fixing points with tape.</b> Pencil on tape is easy to see and leaves no mark behind.</p>
<ol type="a">
<li>Measure the distance between the hanging rings on the back of the mirror.</li>
<li>Copy that distance onto the tape with a spirit level under it.</li>
</ol></li>
<li><p><b>Drill and plug both holes.</b> Use plugs rated for at least twice the mirror's weight.</p></li>
<li><p><b>Hang the mirror with a helper.</b> One of you holds, the other guides the rings onto the screws.</p></li>
</ol>
</article></body></html>"""


def test_a_lettered_sub_list_prints_its_letters():
    text = html_to_text(STEPS).text
    assert "a. Measure the distance" in text and "b. Copy that distance" in text
    assert "1. Measure" not in text


def test_the_steps_not_the_lettered_moves_are_the_tips():
    tips = split_text(html_to_text(STEPS).text).tips
    assert [t.headline.rstrip(".") for t in tips] == [
        "Find out what the wall is made of", "Mark the fixing points with tape", "Drill and plug both holes",
        "Hang the mirror with a helper"]


def test_start_and_inline_styles_number_the_items():
    text = html_to_text(STEPS.replace('<ol type="a">', '<ol style="list-style-type: lower-roman">')
                        .replace("<ol>\n<li><p><b>Find", '<ol start="3">\n<li><p><b>Find')).text
    assert "i. Measure the distance" in text and "ii. Copy that distance" in text
    assert "3. Find out what the wall is made of." in text
