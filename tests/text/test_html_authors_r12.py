"""Authors read from HTML markup, round 12 (issue 16). Every page here is our own words."""

from __future__ import annotations

import pytest

from pipeline.text.html_meta import card_name
from tests.conftest import html_author as author_of

# Shape: a Q&A exchange whose accepted answer's signature card gives the answerer's name as a profile link, the
# same name again in a hidden microdata span, then the flair (score, badges and their counts).
QA = ("<html><head><title>Why does my sourdough go flat? - Baking Exchange</title></head><body>"
      "<h1>Why does my sourdough go flat overnight?</h1>"
      "<div class='question' itemscope itemtype='https://schema.org/Question'><div class='post-text'><p>My loaf rises"
      " well in the evening and has collapsed by morning, every time, whatever flour I use.</p></div>"
      "<div class='user-details' itemprop='author'><a href='/u/1'>pennyroyal</a>"
      "<span class='hidden' itemprop='name'>pennyroyal</span><span class='rep'>87</span></div></div>"
      "<div class='answer accepted-answer' itemprop='acceptedAnswer' itemscope itemtype='https://schema.org/Answer'>"
      "<div class='post-text'><p>It is over-proofing: the starter eats the flour before the oven sees it. Shape it"
      " later, or proof it in the fridge, and bake it straight from the cold.</p></div>"
      "<div class='user-details' itemprop='author'><a href='/u/2'>{name}</a>"
      "<span class='hidden' itemprop='name'>{name}</span>{flair}</div></div></body></html>")


@pytest.mark.parametrize(("name", "flair"), [
    ("Tuulikki Rantanen", "<span class='rep'>4,807</span> <span class='b'>●</span>3 <span class='b'>●</span>21"),
    ("crumb_and_crust", "<span class='rep'>12.9k</span> <span class='b'>♦</span><span>6</span>"),
    ("Оксана Левченко", "<span class='rep'>512</span>"),
])
def test_the_accepted_answerers_card_gives_the_name_once_without_its_flair(name, flair):
    assert author_of(QA.format(name=name, flair=flair)) == name


@pytest.mark.parametrize(("card", "name"), [
    ("Jana Horák Jana Horák 2,031 ● 3 ● 11", "Jana Horák"),
    ("ollie_k ollie_k 12.4k", "ollie_k"),
    ("user5521 ♦ 88", "user5521"),  # a login's own digits stay: the flair starts at a word that opens with one
])
def test_card_name(card, name):
    assert card_name(card) == name


def test_a_name_of_repeated_words_that_is_not_doubled_stays_whole():
    # the nearest thing: a name whose halves differ ("Anna Maria Lund"), or three words, is never halved
    assert card_name("Anna Maria Lund 40") == "Anna Maria Lund"
    assert card_name("Lee Lee Ann 7") == "Lee Lee Ann"


# Shape: a show's episode page (a podcast, a recorded talk): the markup's author is the show, a credit row names the
# host and the guest, the notes are the host's, and a box "About our guest" describes the guest who spoke.
SHOW = ("<html><head><title>Episode 12: Soil that holds water, with Bram Okafor | {show}</title>"
        "<meta name='author' content='{show}'></head><body><main><article>"
        "<p class='meta'>Episode 12 &middot; 3 March 2025 &middot; 38 min</p>"
        "<h1>Soil that holds water, with Bram Okafor</h1><p class='credits'>{credit}</p>"
        "<p>This week I talked to a market gardener who has not watered his beds since June, and I wanted to know"
        " how, because my own allotment turns to dust by the middle of every summer.</p>"
        "<ul><li>Mulch before the dry weeks, not during them.</li><li>Leave the roots of spent crops in the ground."
        "</li></ul><p>Thanks for listening. &mdash; Wen</p>"
        "<section class='bio'><h3>{box}</h3><p>Bram Okafor grows vegetables on two acres near Ely and teaches"
        " evening classes on soil.</p></section></article></main></body></html>")


@pytest.mark.parametrize(("show", "credit", "box"), [
    ("Plot Talk", "Hosted by Wen Castellano &middot; Guest: Bram Okafor", "About our guest"),
    ("The Green Hour", "Host: Wen Castellano | With: Bram Okafor", "About this guest"),
    ("Plot Talk", "Presented by Wen Castellano, with Bram Okafor", "About today's guest"),
])
def test_a_shows_host_writes_its_notes_not_the_guest_it_describes(show, credit, box):
    assert author_of(SHOW.format(show=show, credit=credit, box=box)) == "Wen Castellano"


def test_a_guest_box_without_a_host_credit_still_names_a_guest_writer():
    # the nearest thing: a blog's guest post, its box "About our guest" and no show's host anywhere
    html = SHOW.format(show="Plot Talk", credit="Filed under Soil", box="About our guest")
    assert author_of(html) == "Bram Okafor"


def test_a_body_hosting_the_show_is_no_host_credit():
    # "Hosted by the Riverside Library": a place or a body, not a person who writes the notes
    html = SHOW.format(show="Plot Talk", credit="Hosted by the Riverside Library", box="About the guest writer")
    assert author_of(html) == "Bram Okafor"


# Shape: a company blog's post put up by a CMS account ("Posted by NAME Events"), the markup naming the company,
# and the person who wrote it credited in a line of her own, often at the foot: "Recap written by NAME, role".
RECAP = ("<html><head><title>What we learned at the spring workshop | Fenmoor Tools</title>{ld}</head><body>"
         "<article><span class='posted-by'>Posted by <a href='/author/events'>{account}</a></span>"
         "<h1>What we learned at the spring workshop</h1>"
         "<p>Two hundred of you joined us for an afternoon on keeping hand tools sharp through a busy season, and"
         " our two trainers answered questions for an hour after the demonstrations ended.</p>"
         "<h3>1. Hone little and often</h3><p>A minute on the strop after each job saves an hour on the stones at"
         " the end of the month, and the edge never gets dull enough to tear the grain.</p>"
         "<p><em>{credit}</em></p></article></body></html>")
ORG_LD = ('<script type="application/ld+json">{"@type":"BlogPosting","headline":"What we learned",'
          '"author":{"@type":"Organization","name":"Fenmoor Tools Ltd"}}</script>')


@pytest.mark.parametrize(("ld", "account", "credit"), [
    ("", "Fenmoor Events", "Recap written by Nkechi Adeyemi-Hart, Customer Training at Fenmoor Tools."),
    ("", "Fenmoor Studio", "This summary was compiled by Nkechi Adeyemi-Hart, our workshop lead."),
    (ORG_LD, "Fenmoor Events", "Notes put together by Nkechi Adeyemi-Hart"),
])
def test_a_person_credited_beside_an_accounts_posted_by_wrote_it(ld, account, credit):
    assert author_of(RECAP.format(ld=ld, account=account, credit=credit)) == "Nkechi Adeyemi-Hart"


@pytest.mark.parametrize("credit", ["Photos by Nkechi Adeyemi-Hart.", "Thanks to everyone who came along!"])
def test_without_a_writing_credit_the_account_stands(credit):
    # the nearest thing: a picture's credit names a person who did not write it; no credit names nobody
    assert author_of(RECAP.format(ld="", account="Fenmoor Events", credit=credit)) == "Fenmoor Events"


# Shape: a feed reader's or a community site's page whose byline element gives the writer's handle with its mark
# (SPEC: a handle is written without "@" or "u/").
BYLINE_PAGE = ("<html><head><title>Keeping basil alive indoors</title>{meta}</head><body><article>"
               "<h1>Keeping basil alive indoors</h1><p class='byline'>{byline}</p>"
               "<p>Basil on a windowsill wants more light than a kitchen gives it in winter, so the plant grows tall"
               " and thin and drops its lower leaves long before you have eaten them.</p></article></body></html>")


@pytest.mark.parametrize(("byline", "name"), [("Author: @tomasz_grows", "tomasz_grows"),
                                              ("posted by u/sill.gardener", "sill.gardener"),
                                              ("by ＠mint-and-moss", "mint-and-moss")])
def test_a_bylines_handle_is_written_without_its_mark(byline, name):
    assert author_of(BYLINE_PAGE.format(meta="", byline=byline)) == name


@pytest.mark.parametrize("byline", ["Contact: tomasz@grows.example", "by @7"])
def test_an_address_or_a_bare_number_is_no_handle(byline):
    assert author_of(BYLINE_PAGE.format(meta="", byline=byline)) is None


def test_a_meta_fields_handle_is_not_read_as_the_writer():
    # the nearest thing: a handle in a meta field is as often the site's own account ("@GreenSillMag")
    assert author_of(BYLINE_PAGE.format(meta="<meta name='author' content='@GreenSillMag'>", byline="")) is None


# Shape: a how-to page whose only credit is the box under it, classed as the writer's bio, its heading run into
# the bio's first sentence.
BOX_PAGE = ("<html><head><title>Fixing a sticky drawer runner</title></head><body><article>"
            "<h1>Fixing a sticky drawer runner</h1><p>A drawer that sticks halfway is nearly always a runner that has"
            " dried out or a screw that has worked loose, and both take ten minutes with a screwdriver.</p>"
            "<div class='{cls}'>{box}</div></article></body></html>")


@pytest.mark.parametrize(("cls", "box"), [
    ("author-bio", "About the writer Kwame Mensah-Boateng has fitted kitchens in Accra for twenty years."),
    ("writer-description", "About the author: Signe Halvorsen restores old furniture in Bergen and teaches it."),
    ("author-tagline", "About the author &mdash; Kwame Mensah-Boateng is a joiner who writes our repair column."),
])
def test_an_author_box_classed_as_a_bio_names_its_writer(cls, box):
    assert author_of(BOX_PAGE.format(cls=cls, box=box)) in ("Kwame Mensah-Boateng", "Signe Halvorsen")


def test_a_bio_box_without_its_heading_names_nobody():
    # the nearest thing: a tagline classed as a description, no heading saying whose it is
    html = BOX_PAGE.format(cls="author-bio", box="Kwame Mensah-Boateng has fitted kitchens in Accra since 2004.")
    assert author_of(html) is None


# Shape: a community thread whose opening post asks for advice, the JSON-LD posting naming the asker, the replies
# below in a comment tree sorted best first (SPEC: a thread is read for its top reply's writer).
THREAD = ("<html><head><title>{title} : r/smallkitchens</title>"
          '<script type="application/ld+json">{{"@type":"{kind}","headline":"{title}",'
          '"author":{{"@type":"Person","name":"{asker}"}}}}</script></head><body>'
          "<div class='post'><span class='posted-by'>Posted by u/{asker}</span><h1>{title}</h1>"
          "<p>My kitchen is two metres of counter and one shelf, and I keep buying gadgets that end up in a box under"
          " the bed. What should I keep out, and what should go?</p></div>"
          "<div class='{tree}'><div class='comment'><a class='comment-author'>{first}</a>"
          "<p>Keep out only what you touch every day. Everything else lives in one crate you have to fetch.</p></div>"
          "<div class='comment'><a class='comment-author'>{second}</a><p>Hooks under the shelf doubled my space."
          "</p></div></div></body></html>")


@pytest.mark.parametrize(("title", "kind", "tree", "first", "second"), [
    ("What do you keep on a tiny counter?", "DiscussionForumPosting", "comment-tree", "oat_and_ember", "hookwise"),
    ("Tiny counter: what earns its place?", "SocialMediaPosting", "replies", "[deleted]", "Halvor Brekke"),
    ("What do you keep on a tiny counter?", "DiscussionForumPosting", "discussion", "crumbless", "oat_and_ember"),
])
def test_a_thread_that_asks_is_read_for_its_top_reply(title, kind, tree, first, second):
    expected = second if first == "[deleted]" else first
    html = THREAD.format(title=title, kind=kind, tree=tree, first=first, second=second, asker="pantry_mouse")
    assert author_of(html) == expected


def test_a_thread_that_does_not_ask_keeps_its_poster():
    # the nearest thing: a thread whose opening post is the piece itself (a write-up, no question): its poster wrote it
    html = THREAD.format(title="How I fitted a kitchen into two metres", kind="DiscussionForumPosting",
                         tree="comment-tree", first="oat_and_ember", second="hookwise", asker="pantry_mouse")
    assert author_of(html) == "pantry_mouse"


def test_the_askers_own_reply_is_not_the_top_reply():
    html = THREAD.format(title="What do you keep on a tiny counter?", kind="DiscussionForumPosting",
                         tree="comment-tree", first="pantry_mouse", second="hookwise", asker="pantry_mouse")
    assert author_of(html) == "hookwise"


# Shape: a public body's guidance page whose metadata list says which body it comes from, no person named anywhere
# (SPEC: the organisation is the author of what is wholly its own).
GUIDANCE = ("<html><head><title>Clearing snow from your path - Civic Portal</title></head><body><main>"
            "<span class='caption'>Guidance</span><h1>Clearing snow from your path</h1>"
            "<dl class='metadata'><dt>{label}</dt><dd><a href='/org/x'>{body}</a></dd><dt>Published</dt>"
            "<dd>2 December 2024</dd></dl>"
            "<p>You can clear snow and ice from the pavement outside your home yourself. Start early, while the snow is"
            " fresh and easier to move, and use salt on the cleared path so it does not refreeze overnight.</p>"
            "</main></body></html>")


@pytest.mark.parametrize(("label", "body", "author"), [
    ("From:", "Department for Highways and Winter Resilience", "Department for Highways and Winter Resilience"),
    ("Published by", "Harrowgate Borough Council", "Harrowgate Borough Council"),
    ("Produced by:", "Fenland Roads Agency Ltd", "Fenland Roads Agency"),
])
def test_a_publications_metadata_names_the_body_it_comes_from(label, body, author):
    assert author_of(GUIDANCE.format(label=label, body=body)) == author


def test_a_person_in_the_from_cell_is_not_taken_for_a_body():
    assert author_of(GUIDANCE.format(label="From:", body="Maren Solberg")) is None


def test_a_from_line_outside_a_metadata_list_names_nobody():
    # the nearest thing: a forwarded note's "From:" paragraph, not a definition term
    page = GUIDANCE.replace("<dt>{label}</dt>", "<p>{label}</p>")
    html = page.format(label="From:", body="Harrowgate Borough Council")
    assert author_of(html) is None


# Shape: a leaflet converted to HTML whose <meta name="author"> holds the converting account's login, shown nowhere
# on the page, and whose small print says which body produced it (SPEC: the body's own page, no person named).
LEAFLET = ("<html><head><title>Keeping cool in a heatwave</title><meta name='author' content='{login}'></head><body>"
           "<p>Keeping cool in a heatwave</p><p>Drink water through the day, even when you do not feel thirsty, and"
           " keep curtains closed on the sunny side of the house in the afternoon.</p><p>Check on neighbours who"
           " live alone, and never leave a child or a pet in a parked car.</p><p>{foot}</p></body></html>")


@pytest.mark.parametrize(("login", "foot", "body"), [
    ("mhollis", "© 2024. Published by Harrowgate Borough Council. Free to copy for community use.",
     "Harrowgate Borough Council"),
    ("pdfuser", "Leaflet HW-3. Issued by the Fenland Roads and Health Agency; reviewed yearly.",
     "Fenland Roads and Health Agency"),
])
def test_an_unshown_login_gives_way_to_the_body_that_produced_the_leaflet(login, foot, body):
    assert author_of(LEAFLET.format(login=login, foot=foot)) == body


def test_a_login_the_page_shows_stays_the_writer():
    # the nearest thing: a blogger who signs with the login the markup gives
    html = LEAFLET.format(login="mhollis", foot="Posted by mhollis. Published by Harrowgate Borough Council.")
    assert author_of(html) == "mhollis"


def test_a_colophon_naming_a_person_is_no_producing_body():
    assert author_of(LEAFLET.format(login="mhollis", foot="Produced by Maren Solberg.")) == "mhollis"


def test_card_name_is_linear_on_a_long_blank_run():
    # (REPUTATION, which card_name replaces, sat in test_pattern_scaling's list of separators for this reason)
    import time

    start = time.process_time()
    assert card_name("Ann Lee" + " " * 40_000 + "12 ● 3") == "Ann Lee"
    assert card_name("a" + " \t" * 20_000) == "a"
    assert time.process_time() - start < 1.0
