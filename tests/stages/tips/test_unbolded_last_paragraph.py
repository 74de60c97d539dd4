"""Round 10 (issue 16): on an HTML page that sets each point paragraph's lead in bold, a last paragraph without a bold
lead is not one of the points, however it opens ("Give it a month. If nothing changes …", an imperative like the
points). Round 8 read the page's bold as evidence *for* a short last point; the converse was known only for colon
and dash leads. Pages written here in our own words."""

from __future__ import annotations

from pipeline.stages.tips import split_text
from pipeline.text.extract import html_to_text

ANSWER = """<html><body><article>
<p>DEAR WORRIED: Your neighbour is not being unreasonable, and neither are you. Here is where I would start.</p>
<p><b>Knock on the door first.</b> A note through the letterbox reads as a complaint; a face at the door reads as a
neighbour. Go on a weekday evening, not at the height of the noise.</p>
<p><b>Name one thing you want.</b> "Could the music stop by eleven on weeknights?" is an answer someone can say yes
to. "Could you be quieter?" is not.</p>
<p><b>Offer something back.</b> Tell them when your own builders are coming, or swap phone numbers so they can
text you when your dog barks.</p>
<p><b>Write down the dates.</b> If you ever need the council, a plain diary of nights and times is worth more than
any recording.</p>
<p>{last}</p>
</article></body></html>"""
POINTS = ["Knock on the door first.", "Name one thing you want.", "Offer something back.", "Write down the dates."]


def _headlines(last: str) -> list[str]:
    doc = html_to_text(ANSWER.format(last=last))
    return [t.headline for t in split_text(doc.text, leads=doc.leads).tips]


def test_a_last_paragraph_the_page_does_not_bold_closes_the_points():
    last = ("Give it a month. If the noise has not changed by then, the council's noise team takes calls in the "
            "evening, and they would rather hear from you early than late.")
    assert _headlines(last) == POINTS


def test_a_last_point_the_page_bolds_stays_a_point():
    last = ("<b>Keep it friendly.</b> Whatever happens, say hello on the stairs; you will live next to each other "
            "for years.")
    assert _headlines(last) == [*POINTS, "Keep it friendly."]
