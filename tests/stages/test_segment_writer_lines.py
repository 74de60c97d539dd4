"""Segment: the writer's line in the shapes fresh hands' pages brought (issue 16, round 4), each page our own words:
a profile block (name, role, date) above the title, a name with its role under the title, a role line under a bare
name, a hard-wrapped first paragraph right under the header.

Pages that differ only in their words stand as cases of one table per question asked (title and writer, writer
alone, title alone); each case's comment says the shape it reproduces."""

from __future__ import annotations

import pytest

from tests.conftest import only_article as segment

BODY = ("Most loading docks waste an hour a day on the same three mistakes, and none of them is the people.\n\n"
        "First, label the bays. A driver who has to ask where to go has already cost you ten minutes.\n")

LETTER = ("Sir,\n\nYour piece on market stalls praised their low prices. I have sold pottery at those markets for nine "
          "years, and low prices mean the maker is paid less than the cleaner.\n\nI ask only that you stop calling it "
          "a bargain.\n\n")

THREAD_POST = ("Plenty of new members ask the same thing, so here is what I tell everyone who writes to me.\n\n"
               "- Start with one bell of a moderate weight.\n- Learn the hinge before the swing.\n\n")

POST = ("A north-facing window gets no direct sun in winter. That does not mean the sill has to stay empty.\n\n"
        "Chives, mint and parsley all carry on slowly in the cold, and they ask for little water.\n\n")

GROUT = ("Dirty grout makes a clean bathroom look neglected. You need a paste, a brush and some patience.\n\n"
         "Mix three parts baking soda to one part water into a thick paste.\n")

RELEASE_BODY = ("HARBOUR TOWN, 3 April 2023 — The club will run free learn-to-row weeks this summer for adults "
                "who have never sat in a boat.\n\n\"We want the river to be for everyone,\" said club captain "
                "Ines Tavares.\n\n")

DOCKS = "Three Mistakes That Slow Every Loading Dock"
GROUT_TITLE = "How To Get Grout White Again"


TITLE_AND_WRITER = [
    # a profile block (name, role, date, follow button) above the title names the writer
    pytest.param("Profiles  Jobs  Messages\n\nIngrid Solberg-Vik\nLogistics Coordinator | Cold Chain | Bergen\n"
                 "Published Mar 3, 2022\n+ Follow\n\nThree Mistakes That Slow Every Loading Dock\n\n" + BODY,
                 DOCKS, "Ingrid Solberg-Vik", id="profile-block-above-title"),
    # a blog's name over a date line is no profile: no writer
    pytest.param("Dockside Notes\nTuesday, 4 April 2017\n\nThree Mistakes That Slow Every Loading Dock\n\n" + BODY,
                 DOCKS, None, id="blog-name-over-date-is-no-profile"),
    # a name with its role under the title
    pytest.param("Blog / Warehouse tips\n\nThree Mistakes That Slow Every Loading Dock\n"
                 "Emeka Obi-Lawson, Head of Operations at Crateway\n6 min read · May 2021\n\n" + BODY,
                 DOCKS, "Emeka Obi-Lawson", id="name-with-role-under-title"),
    # a role line under the bare name, then a hard-wrapped first paragraph
    pytest.param("School of Logistics · Short Guides\nThree Mistakes That Slow Every Loading Dock\n\n"
                 "Emeka Obi-Lawson, PhD\nLecturer in Supply Chains\n\n"
                 "Most loading docks waste an hour a day on the same three\n"
                 "mistakes, and none of them is the people.\n\n"
                 "First, label the bays. A driver who has to ask where to go\nhas already cost you ten minutes.\n",
                 DOCKS, "Emeka Obi-Lawson", id="role-under-bare-name-hard-wrapped"),
    # a credit label (two scripts) over the title under the site's menu
    pytest.param("Dock Notes · Warehousing · Shop\n\nАвтор / Author: Вера Соколова\n14.03.2023\n\n"
                 "Three Mistakes That Slow Every Loading Dock\n\n" + BODY,
                 DOCKS, "Вера Соколова", id="credit-label-over-title"),
    # a recipe's credit over its facts (serves, time)
    pytest.param("Home  Recipes  About\n\nGinger Rice Porridge\nRecipe and photos: Nomvula Dube\n"
                 "Serves 2 · 25 minutes\n\n"
                 "This is the porridge we make when someone has a cold, and it is ready before the kettle cools "
                 "down.\n",
                 "Ginger Rice Porridge", "Nomvula Dube", id="recipe-credit-over-facts"),
    # a forum post without a number, signed with the poster's name under the posts
    pytest.param("Iron Forums > Training > Beginners\nRegister | Log in | Search\n\n"
                 "Sticky | Guide\nFirst Steps With A Kettlebell\n\n"
                 "swing_sanna\nJoined: Mar 2019  Posts: 1,208\nPosted: 02 Feb 2021, 19:44\n\n" + THREAD_POST
                 + "— Sanna Virtanen\n\nRe: First Steps With A Kettlebell\nbig_dave  Posted: 02 Feb 2021, 20:10\n"
                 "Thanks!\n",
                 "First Steps With A Kettlebell", "Sanna Virtanen", id="forum-post-signed-by-poster"),
    # a forum post numbered first (#1) with a signature under the rule
    pytest.param("Grow Forums > Vegetables\n\nThread: [GUIDE] Beans in the wet season\n\n"
                 "#1   Old 06-14-2015, 07:22 AM\n"
                 "abena_g\nSenior Member\nJoin Date: Feb 2012\nPosts: 2,318\n\n[GUIDE] Beans in the wet season\n\n"
                 + THREAD_POST + "__________________\nAbena Gyamfi | growing on a rooftop since 2009\n\n"
                 "#2   Old 06-14-2015, 09:05 AM\nfarm_kid\nMember\nJoin Date: Jan 2014\nPosts: 12\n\nGreat guide.\n",
                 "[GUIDE] Beans in the wet season", "Abena Gyamfi", id="forum-post-numbered-signature-under-rule"),
    # a printout's "Title :" label over its "By :" label
    pytest.param("[Print this page]   [Close window]\n\nTitle : How To Get Grout White Again\nBy : Ana Ruiz\n\n"
                 + GROUT,
                 GROUT_TITLE, "Ana Ruiz", id="printout-title-label"),
    # a web archive's toolbar and an old site's bracket menu over the title, the writer's line under it
    pytest.param("The Wayback Machine - http://web.archive.org/web/20040101000000/http://www.tiles.example/col.html"
                 "\n\n12 captures\n3 Jan 2004 - 9 Feb 2010\n\nTILE TALK ONLINE\n"
                 "[ Home ] [ Column ] [ Shop ] [ Mail us ]\n\n"
                 "How To Get Grout White Again\nAstrid Nygård writes from Bergen\n\n" + GROUT,
                 GROUT_TITLE, "Astrid Nygård", id="web-archive-toolbar-bracket-menu"),
    # a byline over the title under a section's head
    pytest.param("TILE CORNER  |  Tenants' Section\n\nBY ANA RUIZ\n\nHow To Get Grout White Again\n\n" + GROUT,
                 GROUT_TITLE, "Ana Ruiz", id="byline-over-title-under-section-head"),
    # Round 7 (issue 16): pages by other hands put more lines between the writer's bare name under the title and
    # the text: the translator's credit, the syndicate carrying a column, the platform showing the name twice above a
    # role ending in "Lead". None of them is the writer; the name above them is.
    # - a name over its translator's credit and a permission note
    pytest.param("Harbour Kitchen\n\nSalting Fish The Old Way\n\nМарина Соколова\n"
                 "Translated from the Russian by Ed Price\n"
                 "Translated and shared here with the writer's permission.\n\n" + BODY,
                 "Salting Fish The Old Way", "Марина Соколова", id="name-over-translators-credit"),
    # - a column's name over its syndicate line under a label
    pytest.param("Home > Advice\n\nASK NELL\nMy brother borrows and never returns\n\nNell Abernathy\n"
                 "Northgate Features Syndicate\nPublished 9:14 a.m. ET March 2, 2021\n\n" + BODY,
                 "My brother borrows and never returns", "Nell Abernathy", id="column-name-over-syndicate-line"),
    # - a name shown twice over a role ending in "Lead"
    pytest.param("Feed   Network   Jobs\n\nWhat Our Night Shift Taught Us\n\nTomasz Brzęczek-Hall\n"
                 "Tomasz Brzęczek-Hall\n"
                 "Warehouse Lead at Northrail | Mentor\nPublished Jan 9, 2024\n+ Follow\n\n" + BODY,
                 "What Our Night Shift Taught Us", "Tomasz Brzęczek-Hall", id="name-twice-over-role-ending-in-lead"),
    # a closing recipe credit under the method, over a please-link note
    pytest.param("Red Lentil Soup\n\nA cheap soup that freezes well and feeds four on a cold night.\n\n"
                 "Ingredients\n1 onion\n150 g red lentils\n\nMethod\n"
                 "1. Soften the onion in oil for eight minutes.\n"
                 "2. Add the lentils and stock and simmer until soft.\n\n"
                 "Recipe and photos by Farah Nasser.\n\nPlease link to this page rather than copying the recipe.\n",
                 "Red Lentil Soup", "Farah Nasser", id="closing-recipe-credit-under-method"),
    # Round 7 (issue 16): a printable leaflet "Produced by" its service: the title is the line above the credit, not
    # the credit
    pytest.param("[Print this page]   [Download PDF]\n\nTARNSIDE FIRE & RESCUE SERVICE\nSafer Homes · Leaflet 7\n\n"
                 "Kitchen Fire Safety Checklist\n\nProduced by Tarnside Fire & Rescue Service\n\n" + BODY
                 + "\n© 2024 Tarnside Fire & Rescue Service\n",
                 "Kitchen Fire Safety Checklist", "Tarnside Fire & Rescue Service", id="leaflet-produced-by-service"),
]


@pytest.mark.parametrize(("page", "title", "writer"), TITLE_AND_WRITER)
def test_the_title_and_the_writer_of_a_page(page, title, writer):
    article = segment(page)
    assert (article.title, article.author) == (title, writer)


WRITER = [
    # a translator's note names the writer (whose leave it has), not the translator who signs it
    pytest.param("Three Mistakes That Slow Every Loading Dock\n\nTranslator's note: this first ran in Norwegian in "
                 "2020. It is reproduced here with the kind permission of its author, Sigrid Aasen-Moe. — Paul Grey"
                 "\n\n" + BODY,
                 "Sigrid Aasen-Moe", id="translators-note-names-writer"),
    # a reader's letter signed under a rule line (a name in another script, then the town)
    pytest.param("Readers' Letters\n\nPottery Is Not A Bargain\n\n" + LETTER
                 + "——————\n鈴木花子\nNagoya\n\nLetters may be cut.\n",
                 "鈴木花子", id="letter-signed-under-rule"),
    # an author box headed by the name completes a handle's byline
    pytest.param("Window Green\n\nHerbs On A Cold Sill\n\nPosted on 3 November 2021 by marit_s\n\n" + POST
                 + "About Marit Sæther\nMarit grows herbs on a fourth-floor sill in Trondheim.\n"
                 "View all posts by marit_s\n",
                 "Marit Sæther", id="author-box-completes-handle-byline"),
    # a profile under "About Me" completes a first-name footer
    pytest.param("Herbs On A Cold Sill\n\n" + POST + "Posted by Zeynep at 9:14 PM\nLabels: herbs, winter\n\n"
                 "3 comments:\nDeniz said... Lovely!\n\nAbout Me\nZeynep Aydoğan\nTeacher and balcony gardener.\n",
                 "Zeynep Aydoğan", id="about-me-completes-first-name-footer"),
    # "About Us" names the site, no writer
    pytest.param("Herbs On A Cold Sill\n\n" + POST + "About Us\nWindow Green is a small seed shop in Leeds.\n",
                 None, id="about-us-names-no-writer"),
    # a news release is written by its issuer, not its media contact
    pytest.param("FOR IMMEDIATE RELEASE\n\nRowing Club Opens Free Weeks For Adults\n\n" + RELEASE_BODY
                 + "Media contact:\nOwen Price, Communications Officer\npress@rowing.example\n\n"
                 "Issued by the Harbour Town Rowing Association. This release may be reproduced in full.\n###\n",
                 "Harbour Town Rowing Association", id="release-issuer-not-media-contact"),
    # a news release's masthead named again in the text is its writer
    pytest.param("HARBOUR RESCUE SERVICE\nNEWS RELEASE  ·  No. 2024-007  ·  19 January 2024\n\n"
                 "Stay Off The Ice Until It Is Ready\n\nWith hard frost forecast, Harbour Rescue Service is reminding "
                 "residents that frozen ponds are rarely as safe as they look.\n\n-ends-\n",
                 "Harbour Rescue Service", id="release-masthead-named-in-text"),
    # an "Issued by" line outside a release names no one
    pytest.param("Rowing Club Opens Free Weeks For Adults\n\n" + RELEASE_BODY
                 + "Issued by the Harbour Town Rowing Club.\n",
                 None, id="issued-by-outside-release-names-no-one"),
    # Round 7 (issue 16): a closing paragraph about the writer in the shapes other hands wrote:
    # - the columnist who "writes the ... column" under a first-name sign-off
    pytest.param("Ask Bogdan - questions about money\n\n\"How do I start saving?\" - Leah, Hull\n\n" + BODY
                 + "\nBogdan\n\nBogdan Petrescu writes the Ask Bogdan column for Coinwise every Thursday. Send your "
                 "question through the form below.\n",
                 "Bogdan Petrescu", id="columnists-closing-line-under-first-name"),
    # - the host's "Our guest this week, NAME, is ..." over the site's call for more guest writers
    pytest.param("Guest post: Rainy Walks With Toddlers\n\n" + BODY
                 + "\nOur guest this week, Mirela Kovač, is a childminder in Split and writes at rainywalks.example."
                 "\n\nWant to write for Little Muddy Boots? Read our guidelines.\n",
                 "Mirela Kovač", id="hosts-closing-line-about-guest"),
    # Round 7 (issue 16): a FAQ "By the ... volunteers" under the title
    pytest.param("Common questions about borrowing tools\n\n"
                 "By the Millbrook Tool Library volunteers · updated May 2024\n\n" + BODY,
                 "Millbrook Tool Library", id="faq-by-librarys-volunteers"),
    # Round 7 (issue 16): a news release's boilerplate paragraph "About X: the X supplies ..." names its issuer
    # even when it runs long
    pytest.param("FOR IMMEDIATE RELEASE\n3 June 2024\n\nSix Ways To Save Water This Summer\n\n" + BODY
                 + "\nAbout Fenmoor Water Board: the Board supplies drinking water to 400,000 homes across the fens "
                 "and is owned by the councils it serves, which appoint its members every four years after a public "
                 "vote on the budget and the plans for new reservoirs.\n",
                 "Fenmoor Water Board", id="release-issuer-in-long-about-paragraph"),
    # a profile's full name completes a first-name blog footer
    pytest.param("Keeping Cool Without A Fan\n\n" + BODY + "\nPosted by Rosalind at 4:37 PM\n\nAbout Me\n"
                 "Rosalind Achterberg\nI write about small houses.\n",
                 "Rosalind Achterberg", id="profiles-full-name-completes-footer"),
    # Round 7 (issue 16): a Q&A page's answer card: "answered DATE" over the answerer's name, tagline and
    # reputation, then the comments; the answerer wrote the piece
    pytest.param("Why does my kitchen drain smell in summer?\n\n" + BODY
                 + "\nanswered Jun 2 '21 at 09:12\nKemal Aydın-Roth\nPlumber, 20 years in homes\n"
                 "8.1k ● 2 ● 30\n\nComments:\n- Fixed it, thanks! – asker\n",
                 "Kemal Aydın-Roth", id="qa-answer-card-names-answerer"),
]


@pytest.mark.parametrize(("page", "writer"), WRITER)
def test_the_writer_of_a_page(page, writer):
    assert segment(page).author == writer


TITLE = [
    # a cookie notice and an advertisement label over the title
    pytest.param("We use cookies to make this site work. By browsing on you agree to our use of cookies. [Accept] "
                 "[Settings]\n\nHOMEFIXHUB\nCleaning | Kitchen | Bathroom | Deals\n\nAdvertisement\n\n"
                 "How To Get Grout White Again\n\n" + GROUT,
                 GROUT_TITLE, id="cookie-notice-and-advert-label"),
    # a PDF's page furniture ("Page 1 of 2") under a capitals title
    pytest.param("GROUT CARE CHECKLIST\n\nFor tenants and landlords                         Page 1 of 2\n\n" + GROUT,
                 "GROUT CARE CHECKLIST", id="pdf-page-furniture"),
    # a headline over its dek under a release's media contact
    pytest.param("FOR IMMEDIATE RELEASE\n\nMedia contact: Ciara Byrne, Communications Officer\n\n"
                 "CITY TILE COUNCIL URGES TENANTS TO CLEAN GROUT MONTHLY\n\n"
                 "Two simple habits could halve mould in rented bathrooms, council says\n\n" + GROUT,
                 "CITY TILE COUNCIL URGES TENANTS TO CLEAN GROUT MONTHLY", id="headline-over-dek"),
    # a title over a dek sentence and a byline with a role
    pytest.param("BLOG  ›  HOW-TO\n\nHow To Get Grout White Again\nA short guide for new tenants.\n"
                 "Written by Ana Ruiz, Head of Content\n8 min read\n\n" + GROUT,
                 GROUT_TITLE, id="title-over-dek-sentence"),
]


@pytest.mark.parametrize(("page", "title"), TITLE)
def test_the_title_of_a_page(page, title):
    assert segment(page).title == title


def test_a_bare_name_over_its_copyright_line():
    # (a holder's name with a particle, "(C) Inês Moura da Costa 2016", is licence.py's to read: helper licence4)
    page = "Pottery Is Not A Bargain\n\n" + LETTER + "Inês Moura-Costa\n(C) Inês Moura-Costa 2016\n"
    article = segment(page)
    assert article.author == "Inês Moura-Costa"
    assert article.licence.tag == "LicenseRef-all-rights-reserved"


def test_a_row_of_reaction_counts_under_the_name():
    # Round 7 (issue 16): a row of reaction counts between the writer's bare name and the text is neither
    page = ("Quiet Rooms\n\nHow We Cut Our Heating Bill\n\nHaruto Mbeki\nFeb 2, 2024\n\n♥ 48   💬 12   ↻ Share\n\n"
            + BODY)
    article = segment(page)
    assert (article.title, article.author) == ("How We Cut Our Heating Bill", "Haruto Mbeki")
    assert "Share" not in article.text


def test_a_blog_footer_with_a_first_name_only():
    page = ("Keeping Cool Without A Fan\n\n" + BODY + "\nPosted by Rosalind at 4:37 PM\nLabels: home, summer\n\n"
            "2 comments:\n\nBea said...\nThanks!\n")
    article = segment(page)
    assert article.author == "Rosalind" and "Bea said" not in article.text


# Round 7 (issue 16): a labelled credit glued before the licence on the last line ("This post: NAME. You can reuse
# it under CC BY ...") names the writer; the licence is still read.
def test_a_labelled_credit_before_the_licence_on_the_last_line():
    page = ("Finding Newts Without Harm\n\n" + BODY + "\nThis post: Sigrid Aaltonen. You can reuse it under a Creative "
            "Commons Attribution 4.0 licence; please credit me and link back.\n")
    article = segment(page)
    assert article.author == "Sigrid Aaltonen" and article.licence.tag == "CC-BY-4.0"
    assert "Sigrid" not in article.text
