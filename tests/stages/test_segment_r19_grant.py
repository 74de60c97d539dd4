"""Round 19: licences and article counts on exported and modern pages. A notice repeated under every slide of a deck;
a chat export's channel topic stating a licence; a whole piece appended under "Up next" (infinite scroll) is an
article while a cut-off teaser is not; an issue's table of figures under its label is no article. Pages written in
our own words."""

from __future__ import annotations

from bench.labels import clean_through
from pipeline.records import Article
from pipeline.text import licence as lic


def articles(tmp_path, text: str) -> list[Article]:
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    return [a for a in clean_through([str(path)], "segment") if isinstance(a, Article)]


FOOT = "© 2024 Lantern Society · Workshop handout · Do not copy or pass on"
DECK = "\n\n".join([
    "Slide 1\nKeeping Bees in Town\nMarit Solberg",
    f"Slide 2\nRule 1\nPlace hives facing away from paths.\nNeighbours stay calm when flight lines clear them.\n{FOOT}",
    f"Slide 3\nRule 2\nGive water close by.\nBees visit ponds and pools otherwise, and people notice.\n{FOOT}",
    f"Slide 4\nRule 3\nInspect on warm afternoons.\nThe foragers are out, and the colony stays calmer.\n{FOOT}",
    f"Slide 5\nThank you\n{FOOT}",
])


def test_a_notice_repeated_under_every_slide_is_the_deck_s(tmp_path):
    [deck] = articles(tmp_path, DECK)
    assert deck.licence.tag == lic.ALL_RIGHTS_RESERVED


def test_a_line_said_twice_inside_the_text_is_no_running_footer(tmp_path):
    head, tail = DECK.split("Slide 4")
    [deck] = articles(tmp_path, head + "Slide 4" + tail.replace(FOOT, "Questions welcome."))
    assert deck.licence is None or deck.licence.tag == lic.NOASSERTION



def test_a_photographer_s_bare_credit_under_every_picture_is_no_running_footer(tmp_path):
    """A news story credits each photo "© NAME" under it: three photos, three credits, no licence for the text
    (SPEC: a © photo credit covers only the photo). A running footer says more: a year or words that reserve."""
    story = "\n\n".join([
        "Otters return to the mill stream",
        "After twenty quiet years, the river trust has counted three otter holts below the old weir.",
        "© Tomasz Wierzbicki",
        "Volunteers found fresh tracks on the gravel bar in March and set two cameras on the bank.",
        "© Tomasz Wierzbicki",
        "The footage shows a female and two cubs feeding at dusk, well away from the footpath.",
        "© Tomasz Wierzbicki",
        "The trust asks walkers to keep dogs on leads along this stretch until the autumn.",
    ])
    [article] = articles(tmp_path, story)
    assert article.licence is None or article.licence.tag == lic.NOASSERTION

CHAT = """==============================================================
Server: Window Box Growers
Channel: #ask-anything
Topic: Ask about small-space growing. Replies in this channel are shared under CC BY 4.0: credit the member by name.
==============================================================

[12-Mar-24 09:14 AM] pia.k
my chillies keep dropping flowers, any ideas?

[12-Mar-24 09:30 AM] Ruth Adeyemi
1. Shake the plant gently each morning so the flowers get pollinated.
2. Keep nights above twelve degrees; bring the pot in if you must.
3. Water deeply but less often, and let the top dry out in between.
"""


def test_a_chat_channel_s_topic_stating_a_licence_covers_its_replies(tmp_path):
    [thread] = articles(tmp_path, CHAT)
    assert thread.licence.tag == "CC-BY-4.0"


def test_a_topic_naming_no_licence_states_none(tmp_path):
    [thread] = articles(tmp_path, CHAT.replace("shared under CC BY 4.0: credit", "friendly: thank"))
    assert thread.licence is None or thread.licence.tag == lic.NOASSERTION


SCROLL = """Trail Journal
Hikes   Gear   Food

GEAR

Packing a Daypack That Works

Ines Barros
June 3, 2024

I have carried the same small pack for ten years. Here is how I load it so nothing digs in.

Heavy things go close to your back. A water bladder or a stove sits best against the frame.

Keep the rain shell at the top. When the shower comes you should not have to unpack anything.

Snacks go in the hip pockets. You will eat more often, and you will walk better for it.

Up next

FOOD

Trail Lunches That Keep

Tomas Lindqvist
June 1, 2024

A warm day in a pack ruins most sandwiches. These lunches survive a long day out.

Wraps beat bread: they do not squash, and they take fillings that keep.

Hard cheese keeps for days. Soft cheese turns in an afternoon of sun.

Freeze a bottle of water overnight and pack it next to the food. It cools the bag for hours.

Up next

WALKS

Five Coastal Walks for Winter

Aoife Brennan
May 29, 2024

The coast in winter is empty, wild and cheaper to reach. These five walks are worth the wind.

Loading…

About · Contact · Privacy
"""


def test_a_whole_piece_appended_under_up_next_is_an_article_and_a_cut_teaser_is_not(tmp_path):
    found = articles(tmp_path, SCROLL)
    assert [a.title for a in found] == ["Packing a Daypack That Works", "Trail Lunches That Keep"]


ISSUE = """MEADOW HOUSING CO-OP NEWS  |  Issue 9

------------------------------------------------------------

FIXING A DRIPPING TAP
By Nuno Ferreira, Maintenance Lead

A dripping tap wastes more water than most people think. Turn off the valve under the sink before you start.

Unscrew the handle, swap the washer for one the same size, and put it back together. Run the tap to check.

------------------------------------------------------------

SAVING ON HEATING
By Lale Demir, Treasurer

Bleed your radiators each autumn: trapped air stops them heating the top half of the panel.

Close your curtains at dusk. They hold in more warmth than you would expect from a piece of cloth.

------------------------------------------------------------

SERVICE CHARGES FOR 2024

Flat size Monthly
One bedroom 42.00
Two bedrooms 55.50
Three bedrooms 68.00

Charges are reviewed each spring.

------------------------------------------------------------

You may reprint either article above in full, with the writer's name.
"""


def test_an_issue_s_table_of_figures_under_its_label_is_no_article(tmp_path):
    found = articles(tmp_path, ISSUE)
    assert [a.title for a in found] == ["FIXING A DRIPPING TAP", "SAVING ON HEATING"]


DIGEST = """From: beekeepers-request@lists.example.org
Subject: Beekeepers Digest, Vol 4, Issue 2
Date: Mon, 3 Mar 2025 06:00:00 +0000

Today's Topics:

   1. Re: feeding in March (Ula Pettersen)
   2. Re: feeding in March (Hal Moreno)
   3. Club apiary open day (Beekeepers admin)
   4. Re: swarm traps (Ines Okonjo)

----------------------------------------------------------------------

Message: 1
Date: Sun, 2 Mar 2025 10:00:00 +0000
From: Ula Pettersen <ula@mail.example.org>
Subject: Re: [Beekeepers] feeding in March

Feed fondant, not syrup, while nights are still cold. The bees cannot dry syrup down when it is below ten degrees.

Heft the hive every week. A light hive in March starves faster than any other month.

Ula

------------------------------

Message: 2
Date: Sun, 2 Mar 2025 12:00:00 +0000
From: Hal Moreno <hal@mail.example.org>
Subject: Re: [Beekeepers] feeding in March

Agree with Ula on all of it.

------------------------------

Message: 3
Date: Sun, 2 Mar 2025 13:00:00 +0000
From: Beekeepers admin <beekeepers-owner@lists.example.org>
Subject: [Beekeepers] Club apiary open day

Open day at the club apiary on Saturday from ten. Bring a veil if you have one.

------------------------------

Message: 4
Date: Sun, 2 Mar 2025 15:00:00 +0000
From: Ines Okonjo <ines@mail.example.org>
Subject: Re: [Beekeepers] swarm traps

Hang traps by mid April, at head height or a little above, in light shade.

Use old comb in the trap. The smell of it draws scouts better than any lure you can buy.

Check them every few days once May comes, and move a caught swarm the same evening.

Ines

------------------------------

Posts to Beekeepers remain the property of their writers. Please ask the writer before quoting a post elsewhere.
"""


def test_a_digest_reads_as_its_threads_without_its_envelope_or_the_list_s_notice(tmp_path):
    found = articles(tmp_path, DIGEST)
    assert [(a.title, a.author) for a in found] == [("feeding in March", "Ula Pettersen"),
                                                    ("swarm traps", "Ines Okonjo")]


def test_a_list_footer_keeping_posts_their_writers_reserves_every_message(tmp_path):
    found = articles(tmp_path, DIGEST)
    assert [a.licence.tag for a in found] == [lic.ALL_RIGHTS_RESERVED] * 2
