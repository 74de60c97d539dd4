"""A content site's JSON-LD may give its own organisation as a post's author ("@type": "Organization") under a name
that reads like a person's, while the only person credited is in a sentence at the article's foot ("This guide was
written by NAME, a ..., and reviewed by ..."). The credit in the text names the writer (SPEC: the site's team or
organisation in JSON-LD is outranked; a reviewer is no author). Issue 16, round 14. Our own words and names."""

from __future__ import annotations

from pipeline.text.extract import html_to_text

PAGE = """<html><head><title>Three stretches for tight calves - Steady Feet</title>
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"Article",
"headline":"Three stretches for tight calves","author":{{"@type":"{kind}","name":"Steady Feet"}}}}</script>
</head><body><main><article><h1>Three stretches for tight calves</h1>
<p>Tight calves pull on the heel and the arch, and most of us never stretch them after a walk. Ten minutes a day
of these three moves loosens them within a fortnight, and none of them needs any equipment at all.</p>
<h3>1. Wall lean</h3><p>Stand facing a wall with one foot back and the heel down, and lean in slowly until the back
of the calf pulls. Hold for thirty seconds on each side.</p>
<h3>2. Step drop</h3><p>Stand on a stair on the balls of your feet and let your heels sink below the step. Hold the
banister for balance and rise again after twenty seconds.</p>
<h3>3. Towel pull</h3><p>Sit with your legs straight, loop a towel round one foot and draw the toes towards you
without bending the knee. Hold, release and switch sides.</p>
<footer class="entry-footer"><p>This guide was written by Oluwaseun Adebayo-Hart, a sports therapist in Leeds, and
reviewed by Dr Ines Carvalho.</p></footer>
</article></main></body></html>"""


def test_the_foot_credit_names_the_writer_over_the_ld_organisation():
    assert html_to_text(PAGE.format(kind="Organization")).author == "Oluwaseun Adebayo-Hart"


def test_without_a_credit_in_the_text_the_organisation_stays():
    page = PAGE.format(kind="Organization")
    page = page[:page.index('<footer class="entry-footer">')] + "</article></main></body></html>"
    assert html_to_text(page).author == "Steady Feet"
