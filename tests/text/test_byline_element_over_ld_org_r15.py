"""A company's blog whose JSON-LD gives the company ("@type": "Organization", its legal name) as the post's author,
while the post's byline element names a person in the page's language ("Av NAME, role", "Por NAME"): the person
wrote it (SPEC: an organisation in the markup is outranked by a visible person's byline). Round 15. Our own words."""

from __future__ import annotations

from pipeline.text.extract import html_to_text

PAGE = """<html lang="sv"><head><title>Så torkar du tvätten inomhus | Norrsken Hem</title>
<meta property="og:site_name" content="Norrsken Hem">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"BlogPosting",
"headline":"Så torkar du tvätten inomhus","author":{{"@type":"{kind}","name":"Norrsken Hem AB"}}}}</script>
</head><body><main><article><h1>Så torkar du tvätten inomhus</h1>
<div class="post-meta"><span class="byline">{byline}</span><span class="dates">Publicerad 3 mars 2024</span></div>
<div class="post-body"><p>På vintern hänger många tvätten inne, och fukten stannar i väggarna om man inte tänker efter.
Här är våra bästa råd för torr tvätt och torra väggar hela vintern, utan att elräkningen skenar iväg.</p>
<h2>Vädra kort och ofta</h2><p>Öppna fönstret helt i fem minuter morgon och kväll i stället för att ha det på glänt.</p>
<h2>Häng tvätten glest</h2><p>Luft mellan plaggen gör att de torkar på halva tiden och luktar bättre.</p>
</div></article></main></body></html>"""


def test_a_persons_byline_element_outranks_the_ld_organisation():
    page = PAGE.format(kind="Organization", byline="Av <strong>Maja Ekström-Lund</strong>, energirådgivare")
    assert html_to_text(page).author == "Maja Ekström-Lund"


def test_a_byline_naming_no_person_leaves_the_organisation():
    page = PAGE.format(kind="Organization", byline="Av redaktionen")
    assert html_to_text(page).author != "redaktionen"
