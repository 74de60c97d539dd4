"""E-mail issues read in the browser (round 15): items between ``<hr>`` rules, the issue's closing box of news or
offers under the last item, an issue-wide licence in the footer, a byline in another language with the writer's
role after a comma. All text is our own."""

from __future__ import annotations

from pipeline.records import Article
from pipeline.stages import read
from pipeline.stages import segment as sg
from pipeline.text.attribution import byline_abroad
from tests.conftest import through_stage

CONFIG = sg.SegmentConfig()

# one column: a greeting, a rule, a signed item, a rule, an unsigned item under its department's label, a rule, an
# events table and an offers list, the footer's copyright
RULED_ISSUE = """<html><head><title>The Tool Shed</title></head><body><table><tr><td>
<div class="header">THE TOOL SHED · Issue 12 · April</div>
<div class="content">
<p>Good morning from a wet yard! The new sharpening bench is in and the first courses start next week.</p>
<hr>
<h2>Four habits that keep a saw sharp</h2>
<p>by Ilse Brandvold, workshop lead</p>
<p>A saw loses its edge far faster from bad storage than from honest work, and these four habits fix most of it.</p>
<p><strong>Hang it, never drop it in a box.</strong> Teeth that knock against other steel go dull in a week.</p>
<p><strong>Wipe the blade after damp timber.</strong> Rust starts in the gullets and nobody sees it until late.</p>
<p><strong>Cut with the whole length.</strong> Short strokes wear the middle teeth and leave the ends untouched.</p>
<p><strong>Wax the sides now and then.</strong> A waxed blade runs cooler and binds less in green wood.</p>
<hr>
<p>Heard at the till</p>
<h2>The plane that came home</h2>
<p>Last winter a customer sold us his grandfather's plane, and in March his daughter came in looking for it.</p>
<p>It had not left the back shelf. She paid what he had been paid, and it went home wrapped in a tea towel.</p>
<hr>
<h3>Courses this month</h3>
<table><tr><td>Sat 5</td><td>Sharpening basics for beginners</td><td>£20</td></tr></table>
<h3>Offers</h3>
<ul><li>Ten per cent off all chisels this week</li><li>Free honing guide with any whetstone</li></ul>
</div>
<div class="footer"><em>Copyright © 2025 Tool Shed Supplies Ltd, All rights reserved.</em><br>
You get this letter because you joined at the counter.</div>
</td></tr></table></body></html>"""

# items in table cells: the first under the masthead and contents (its byline in Spanish with a role after the
# comma), a rule, the second signed with a dash line, a box of short news, the issue's CC licence in the footer
CELLED_ISSUE = """<html lang="es"><head><title>La Rueda — Número 9</title></head><body><table>
<tr><td><p><b>La Rueda</b></p><p>Boletín del club · Número 9 · mayo</p></td></tr>
<tr><td><p><strong>En este número:</strong> Tres ajustes antes de salir · Subida al puerto</p></td></tr>
<tr><td><h1>Tres ajustes antes de salir</h1>
<p>Escrito por Marta Gil Soto, responsable del taller del club</p>
<p>Cada domingo alguien descubre en la salida que algo roza, y casi siempre se ve en cinco minutos en casa.</p>
<ul><li><strong>Presión de las ruedas.</strong> Va impresa en el lateral de la cubierta, mírela antes de salir.</li>
<li><strong>Frenos que muerden.</strong> Apriete las manetas parado: nunca deben tocar el manillar.</li>
<li><strong>Cadena limpia.</strong> Si cruje, pásele un trapo y unas gotas de aceite, no más.</li></ul>
</td></tr>
<tr><td><hr></td></tr>
<tr><td><h2>Subida al puerto: una crónica</h2>
<p>Salimos doce desde la plaza poco después de las siete, con el cielo todavía gris y muchas ganas de subir.</p>
<p>Arriba llegamos todos, con una hora entre el primero y el último, y la bajada al sol valió cada curva.</p>
<p>— Rocío Paredes Lanz, vocal de la junta</p></td></tr>
<tr><td><div class="aside"><p><strong>Breves</strong></p><p>Asamblea: sábado 1, 18:00.<br>Cuotas: 30 €.</p></div>
</td></tr>
<tr><td><p>Este boletín se publica con licencia
<a href="https://creativecommons.org/licenses/by-nc/4.0/" rel="license">CC BY-NC 4.0</a>.</p>
<p>Club Ciclista del Valle · calle Mayor 3</p></td></tr>
</table></body></html>"""


def read_html(html: str) -> Article:
    return read.page_to_article("issue.html", html.encode("utf-8"), "html")


def test_items_between_rules_are_split_at_their_headings():
    parts, _ = through_stage(sg.STAGE, CONFIG, [read_html(RULED_ISSUE)])
    assert [p.title for p in parts] == ["Four habits that keep a saw sharp", "The plane that came home"]
    assert parts[0].author == "Ilse Brandvold"
    assert parts[1].author is None  # unsigned: the shop's copyright is no byline


def test_the_issues_offers_under_the_last_item_are_not_its_text():
    parts, _ = through_stage(sg.STAGE, CONFIG, [read_html(RULED_ISSUE)])
    assert "chisels" not in parts[1].text and "Sharpening basics" not in parts[1].text
    assert "tea towel" in parts[1].text


def test_items_in_cells_with_a_news_box_and_an_issue_licence():
    parts, _ = through_stage(sg.STAGE, CONFIG, [read_html(CELLED_ISSUE)])
    assert [p.title for p in parts] == ["Tres ajustes antes de salir", "Subida al puerto: una crónica"]
    assert [p.author for p in parts] == ["Marta Gil Soto", "Rocío Paredes Lanz"]
    assert [p.licence.tag if p.licence else None for p in parts] == ["CC-BY-NC-4.0", "CC-BY-NC-4.0"]
    assert "Asamblea" not in parts[1].text


def test_a_page_with_rules_but_no_issue_mark_stays_one_article():
    page = RULED_ISSUE.replace("· Issue 12 ·", "·")
    parts, _ = through_stage(sg.STAGE, CONFIG, [read_html(page)])
    assert len(parts) == 1


def test_written_by_abroad_with_a_role_after_the_comma():
    assert byline_abroad("Γράφει η Ελένη Μαρκου, υπεύθυνη του κήπου").name == "Ελένη Μαρκου"
    assert byline_abroad("Escrito por Marta Gil Soto, responsable del taller").name == "Marta Gil Soto"
    assert byline_abroad("Escrito por la noche, cuando todos duermen") is None


# a plain-text issue of three items; the reprint note under them names two by their quoted titles
NAMED_GRANT_ISSUE = """THE KETTLE LETTER
Issue 14 · March

--------------------------------------------------
LEEKS IN POTS ALL WINTER
by Mira Stolz
--------------------------------------------------

A leek needs less room than people think, and a deep pot on a sunny step will
carry six of them from October to March without any fuss at all.

1. Choose a pot at least thirty centimetres deep.
2. Water them in well and then leave them alone.
3. Lift the biggest first so the rest can fatten.

--------------------------------------------------
DRYING BEANS ON THE VINE
by Oskar Lunde
--------------------------------------------------

Beans left on the plant until the pods rattle keep all winter in a jar, and
they cost nothing but a little patience in a wet September.

1. Leave the last pods on the plant until they rattle.
2. Shell them on a dry day and spread them on a tray.

--------------------------------------------------
NOTES FROM THE POTTING SHED
--------------------------------------------------

The shed roof is mended at last, and the spare seed trays are stacked by the
door for anyone who needs one this spring; take what you can carry home.

--------------------------------------------------
Reprints: you may reprint "Leeks In Pots All Winter" and "Drying Beans On The
Vine" in your own newsletter, as long as each article stays whole with its
author's name.

© 2024 The Kettle Letter
"""


def test_a_grant_naming_items_by_title_covers_those_items_only():
    from pipeline.records import Source
    source = Source(path="kettle.txt", sha256="ef" * 32, size=len(NAMED_GRANT_ISSUE), format="text")
    record = Article(id=Article.make_id(source), source=source, text=NAMED_GRANT_ISSUE)
    parts, _ = through_stage(sg.STAGE, CONFIG, [record])
    assert len(parts) == 3
    tags = [p.licence.tag if p.licence else None for p in parts]
    assert tags[:2] == ["LicenseRef-free-reprint", "LicenseRef-free-reprint"]
    assert tags[2] != "LicenseRef-free-reprint"  # not named: the grant does not reach it


def test_a_quoted_title_in_a_sentence_that_grants_nothing_gives_nothing():
    assert sg._named_grant('Last month\'s "Leeks In Pots All Winter" drew forty letters.',
                           {"leeksinpotsallwinter": 0}) is None


def test_a_department_label_over_a_readers_quoted_question_gives_the_question_as_title():
    lines = ["YOU ASKED", "", '"How do I stop slugs eating every seedling?"', " - Ros, Carlisle", "",
             "Three things have worked here, Ros:", "", " - Water in the morning, not at dusk.",
             " - Sow a few extra for the slugs.", " - Go out with a torch after rain."]
    parsed = sg.parse_article(lines, CONFIG, issue=True)
    assert parsed.title == "How do I stop slugs eating every seedling?"
    assert not any("Ros, Carlisle" in line for line in parsed.body)


def test_a_headline_over_a_quoted_question_keeps_its_headline():
    lines = ["Why Slugs Love Your Seedlings", "", '"How do I stop slugs eating every seedling?"', " - Ros, Carlisle",
             "", "Three things have worked here, Ros, and none of them costs a penny to try."]
    assert sg.parse_article(lines, CONFIG, issue=True).title == "Why Slugs Love Your Seedlings"
