"""Pages carrying more than one piece (round 16): a letters page whose signatures stand apart under each letter and
whose paper's footer follows the last one; a tag archive of whole posts under dated post heads in another language;
a forum digest of threads between rule lines, each headed by its question and its best answer's one-row card. All
text is our own."""

from __future__ import annotations

from pipeline.stages import segment as sg
from pipeline.text import licence as lic
from pipeline.text.attribution import accepted_card, dated_head_abroad, is_accepted_mark, parse_byline
from tests.conftest import segment_page

# a Danish letters page: the section's label and date, the rules for writing in, three letters each signed with the
# writer's name and town apart under the text, then a share row, a most-read list and the paper's notice
LETTERS_PAGE = """Vestkysten Avis
Nyheder  Sport  Debat  Kultur

DEBAT

Læserbreve
Udgivet: 2. april 2025

Skriv til os: højst 250 ord, fulde navn og by.

Tak til frivillige i svømmehallen

Hver lørdag står fire frivillige klar ved bassinet, så børnene kan lære at svømme. Ingen får en krone for det.

Merete Skovgaard, Ribe

Gode råd før du flytter i lejlighed

Vi er flyttet tre gange på fem år, og her er hvad vi har lært undervejs.

1. Mål dørene, før du køber møbler.
2. Tag billeder af måleren den dag, du får nøglerne.
3. Meld adresseændring en uge før flytningen.

Held og lykke med det hele.

Jens Holmgaard, Esbjerg

Cykelstien ved skolen er for smal

Om morgenen cykler hundrede børn på en sti, hvor to cykler knap kan passere. Kommunen har lovet en løsning.

Karen Dalsgaard, Bramming

Del: Facebook  E-mail  Kopier link

MEST LÆST
  Ny bro åbner i maj
  Havnen får nyt lys

© Vestkysten Avis A/S. Indholdet må ikke gengives uden skriftlig tilladelse.
"""


def test_each_signed_letter_is_a_piece_titled_by_its_headline():
    parts = segment_page(LETTERS_PAGE)
    assert [p.title for p in parts] == ["Tak til frivillige i svømmehallen", "Gode råd før du flytter i lejlighed",
                                       "Cykelstien ved skolen er for smal"]
    assert [p.author for p in parts] == ["Merete Skovgaard", "Jens Holmgaard", "Karen Dalsgaard"]


def test_the_papers_footer_is_no_part_of_the_last_letter_and_its_reservation_covers_all():
    parts = segment_page(LETTERS_PAGE)
    assert "MEST LÆST" not in parts[-1].text and "Kommunen" in parts[-1].text
    assert [p.licence.tag for p in parts] == [lic.ALL_RIGHTS_RESERVED] * 3


def test_a_columns_answer_under_a_readers_letter_is_no_footer():
    text = "I have kept bees for years and never seen them leave the hive so early in the day."
    lines = ["LETTERS", "", "Early Bees", "", text, "", "Ann Lee, Eastfield", "", "Late Bees", "", text, "",
             "Bo Lind, Norton", "", "Dear Bo,", "Give them a week."]
    assert sg._letters_foot(lines, [(0, 8), (8, len(lines))]) is None


def test_a_refusal_in_norwegian_and_danish_reserves():
    for line in ("© Avisa Nord AS. Innholdet kan ikke gjengis uten skriftlig tillatelse.",
                 "© Byavisen ApS. Eftertryk forbudt."):
        assert sg._reproduction_words(line), line


# an Italian tag archive: the blog's header, the archive's heading, two whole posts each under its title and a
# dated post head naming its writer, their category rows and comment counts, then the sidebar and the CC footer
TAG_ARCHIVE = """Il Barattolo
conserve e dispensa

Archivio tag: dispensa

Tre modi per conservare i legumi secchi

Pubblicato il 4 marzo 2024 da Livia Carbone — 2 commenti

I legumi secchi durano a lungo, ma solo se li trattiamo bene. Ecco cosa faccio io da quando ho la dispensa piccola.

1. Tienili al buio, in barattoli di vetro ben chiusi.
2. Scrivi la data sul coperchio.
3. Aggiungi una foglia di alloro contro gli insetti.

Categorie: Dispensa | Tag: legumi

2 commenti

Come asciugare i funghi in forno

Pubblicato il 12 febbraio 2024 da Teodoro Vinci — 5 commenti

Quando l'autunno porta più funghi di quanti se ne possano mangiare, il forno al minimo li salva tutti.

Tagliali a fette sottili e stendili senza sovrapporli. Lasciali in forno a cinquanta gradi per qualche ora.

Categorie: Dispensa | Tag: funghi

5 commenti

Quest'opera è distribuita con Licenza Creative Commons Attribuzione 4.0 Internazionale.
"""


def test_a_dated_post_head_abroad_names_the_poster():
    assert dated_head_abroad("Pubblicato il 4 marzo 2024 da Livia Carbone — 2 commenti").name == "Livia Carbone"
    assert parse_byline("Publicado el 9 de junio de 2023 por Rosa Vidal Mena").name == "Rosa Vidal Mena"
    assert dated_head_abroad("Pubblicato il 4 marzo 2024") is None
    assert dated_head_abroad("Da Livia Carbone") is None


def test_a_tag_archive_of_whole_posts_gives_each_post_its_title_and_writer():
    parts = segment_page(TAG_ARCHIVE)
    assert [p.title for p in parts] == ["Tre modi per conservare i legumi secchi", "Come asciugare i funghi in forno"]
    assert [p.author for p in parts] == ["Livia Carbone", "Teodoro Vinci"]


# an English forum digest: the compiler's banner, two threads between rule lines, each titled by its question, the
# asker's line, the question, the best-answer mark (an aside in brackets) and the answerer's card on one row, then
# the forum's licence for its members' posts under the last rule
DIGEST = """Riverbank Anglers Forum » Digest

THIS WEEK'S BEST ANSWERS
Picked by moderator reel_tom • 3 June 2025

Two threads from the week with answers worth keeping.

==================================================

How do I stop my line tangling on a spinning reel?

Asked by: pike_pete • Tackle • 19 replies

Every third cast the line comes off in loops and knots itself. What am I doing wrong?

★ Best answer (chosen by the asker)
coarse_carol • 22 years fishing • 3 410 posts

It is almost always how the line went on. Try these:

1. Fill the spool to two millimetres below the lip, no more.
2. Close the bail arm by hand, never by turning the handle.
3. Wet the line before the first cast of the day.

==================================================

Is a night permit worth it on a small lake?

Asked by: Dara Quinn • Permits • 7 replies

The club sells a night permit for twenty pounds more. Is it worth it for a lake of four acres?

★ Best answer (most votes: 31)
Ines Marlow • club secretary • 980 posts

Yes, if you fish for carp: the big fish feed after dark on small waters, and the banks are quiet.

Bring a head torch with a red setting so you do not spook the fish or your neighbours.

==================================================

Members' posts on Riverbank Anglers Forum are shared under CC BY-SA 4.0.
"""


def test_a_one_row_card_under_a_best_answer_mark_names_the_answerer():
    assert is_accepted_mark("★ Best answer (most votes: 31)")
    assert accepted_card(["★ Best answer", "coarse_carol • 22 years fishing • 3 410 posts", "Text."]).name == (
        "coarse_carol")
    assert accepted_card(["★ Best answer", "Home • Forums • Help", "Text."]) is None


def test_a_digest_of_threads_gives_one_piece_per_question_by_its_best_answerer():
    parts = segment_page(DIGEST)
    assert [p.title for p in parts] == ["How do I stop my line tangling on a spinning reel?",
                                       "Is a night permit worth it on a small lake?"]
    assert [p.author for p in parts] == ["coarse_carol", "Ines Marlow"]
    assert [p.licence.tag for p in parts] == ["CC-BY-SA-4.0", "CC-BY-SA-4.0"]


# a plain-text ezine: two ruled items, each signed, then its own subscription section and a question list
RULED_EZINE = """==================================================
THE WOODPILE LETTER -- Issue 12
==================================================

--------------------------------------------------
1. SPLITTING LOGS WITHOUT TEARS
--------------------------------------------------
by Hanne Lysgaard

A maul does the work an axe only pretends to do, and a chopping block at knee height saves your back.
Split green wood in winter: it parts more cleanly when the sap is down.

--------------------------------------------------
2. STACKING FOR THE WIND
--------------------------------------------------
by Piet Moerman

A stack dries from the side the wind reaches, so face the open ends to the prevailing weather.
Leave a hand's width between rows and cover the top only.

--------------------------------------------------
READERS ASK
--------------------------------------------------
Is birch worth burning?
How long should oak season?

--------------------------------------------------
3. SUBSCRIPTION INFORMATION
--------------------------------------------------
To join, write to join@woodpile.example
This letter is sent to its readers free each month.
"""


def test_an_issues_subscription_section_and_its_unanswered_questions_are_no_items():
    parts = segment_page(RULED_EZINE)
    assert [p.title for p in parts] == ["SPLITTING LOGS WITHOUT TEARS", "STACKING FOR THE WIND"]
    assert [p.author for p in parts] == ["Hanne Lysgaard", "Piet Moerman"]


def test_a_police_officers_rank_goes_from_the_name():
    from pipeline.text.attribution import name_line

    assert name_line("PC Aled Morgan").name == "Aled Morgan"
    assert parse_byline("By Cllr Ruth Obi").name == "Ruth Obi"


def test_a_walk_report_label_before_the_colon_is_no_part_of_the_title():
    from pipeline.text.attribution import without_column_label

    assert without_column_label("TRIP REPORT: FOUR NIGHTS ON THE COAST") == "FOUR NIGHTS ON THE COAST"
    assert without_column_label("Progress report: where the money went") == "Progress report: where the money went"
