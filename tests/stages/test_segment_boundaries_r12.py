"""Where one page's pieces begin (round 12): a message carried inside another message is no new piece.

Mail clients forward a message (a newsletter sent on to a friend with a line of their own) by setting the original's
head under a separator line in the client's language ("---------- Forwarded message ---------", "Begin forwarded
message:", "-------- Message transféré --------"), or, in some clients, under no separator at all, the outer subject
then reading "Fwd: X" over the original's "X". A list digest's reader took each such head for the next message of a
digest and cut the page in two. The carried message is the page's article; the outer head, the forwarder's note and
the separator are the mail's. Every page here is written in our own words.
"""

from __future__ import annotations

from pipeline.stages import segment as sg
from tests.conftest import segment_page

STORY = ("\nWindowsill Basil All Year\n\nA pot of basil from the supermarket is six plants crammed into one pot, "
         "and each of them is starving for light and room.\n\n"
         "1. Split the pot into three clumps the day you bring it home. Each clump gets its own pot and fresh "
         "compost.\n\n"
         "2. Water from below, into the saucer, and tip away what the compost has not taken after half an hour.\n\n"
         "3. Pinch out the tips every week, just above a pair of leaves, so the plant branches instead of "
         "flowering.\n\nHappy growing,\nMirela\n")


def _forward(separator: str, inner_keys: tuple[str, ...] = ("From", "Date", "Subject", "To"),
             outer_subject: str = "Fwd: Windowsill basil all year") -> str:
    inner = {"From": "Mirela Dragomir <mirela@herbletter.example>", "Date": "Tue, 4 Jun 2024 at 06:30",
             "Subject": "Windowsill basil all year", "To": "<oskar@post.example>"}
    return (f"Subject: {outer_subject}\nFrom: Oskar Lind <oskar@post.example>\nDate: Wed, 5 Jun 2024 at 19:02\n"
            "To: Ruth Abebe <ruth@post.example>\n\nRuth, here is the basil letter I told you about. Tip 2 saved "
            "mine.\nO.\n\n" + (f"{separator}\n" if separator else "")
            + "".join(f"{key}: {inner[key]}\n" for key in inner_keys) + STORY)


def test_a_forwarded_newsletter_under_a_client_s_separator_is_one_article_its_writer_s():
    for separator in ("---------- Forwarded message ---------", "Begin forwarded message:",
                      "-------- Message transféré --------", "-----Original Message-----"):
        [piece] = segment_page(_forward(separator, ("From", "Subject", "Date", "To")))
        assert (piece.title, piece.author) == ("Windowsill basil all year", "Mirela Dragomir"), separator
        assert "here is the basil letter" not in piece.text and "Split the pot" in piece.text


def test_a_forward_without_a_separator_is_known_by_its_subject_forwarding_the_inner_one():
    [piece] = segment_page(_forward("", outer_subject="Fw: Windowsill basil all year"))
    assert piece.author == "Mirela Dragomir" and "Pinch out the tips" in piece.text


def test_a_digest_s_reply_to_a_forwarded_message_stays_a_message_of_its_own():
    # the second head's subject marks a reply ("Re: X" under "Fwd: X"), and no separator stands over it
    digest = ("Message: 1\nFrom: Oskar Lind <oskar@post.example>\nSubject: Fwd: basil\n\n"
              "Passing this on from the herb letter, since several of you asked about basil dying on the sill in "
              "winter and this is the best answer I have read.\n\n------------------------------\n\n"
              "Message: 2\nFrom: Ruth Abebe <ruth@post.example>\nSubject: Re: Fwd: basil\n\n"
              "Thank you, Oskar. I split mine into three pots at the weekend and two of them have new leaves "
              "already, which is more than the whole pot managed all spring.\n")
    assert [a.author for a in segment_page(digest)] == ["Oskar Lind", "Ruth Abebe"]


def test_carried_heads_hang_under_their_outer_message_in_the_digest_reader():
    lines = _forward("Begin forwarded message:").split("\n")
    [head] = sg.mail_messages(lines)
    assert head.sender == "Oskar Lind" and head.carried is not None and head.carried.sender == "Mirela Dragomir"
    # the same two heads with neither a separator nor a forwarding subject are two messages
    lines = _forward("", outer_subject="Windowsill basil all year").split("\n")
    assert [h.sender for h in sg.mail_messages(lines)] == ["Oskar Lind", "Mirela Dragomir"]


# A blog's front page (or a scraper's copy of two posts): each post under its title and a dated head line naming
# the poster, above it ("Posted by NAME on DATE | 2 Comments | Filed under: X") or below it ("Posted on DATE by NAME
# in X | 0 Comments"), the paragraphs hard-wrapped where the copy kept the lines' breaks.
FIRST_POST = ("Keeping Slugs Off Young Lettuce\n{head}\n\n"
              "Slugs find a row of seedlings within a night of planting, and a single evening can take the lot. "
              "A ring of grit or a copper strip slows them, but only a torch walk after dark really works.\n\n"
              "Go out an hour after sunset with a bucket and a torch, twice a week, and the numbers fall fast.\n\n"
              "Beer traps work too, but empty them every morning or the smell brings in more slugs than they "
              "catch, and keep the rim a finger above the soil so beetles do not fall in.\n\n")
SECOND_POST = ("{title}\n{head}\n\n"
               "The village hall car park is closed on Saturday while the\n"
               "council relines the spaces, so the plant sale moves to the\n"
               "school playground for one week only.\n\n"
               "Tables go up at nine and the sale runs until the plants are gone.\n")


def test_a_dated_post_head_under_a_later_title_opens_a_new_post():
    for first_head, second_head in (
            ("Posted on 3 May 2023 by Ilka Brandt in Veg | 4 Comments", "Posted on 1 May 2023 by Jonah Reyes in News"),
            ("Published 03/05/2023 by Ilka Brandt", "Published 01/05/2023 by Jonah Reyes · 0 comments")):
        page = FIRST_POST.format(head=first_head) + SECOND_POST.format(title="Plant Sale Moves For One Week",
                                                                     head=second_head)
        pieces = segment_page(page)
        assert [a.title for a in pieces] == ["Keeping Slugs Off Young Lettuce", "Plant Sale Moves For One Week"]
        assert "relines the spaces" in pieces[1].text and "relines" not in pieces[0].text


def test_a_post_head_above_the_title_ends_the_post_before_even_over_hard_wrapped_paragraphs():
    page = ("Posted by ilka on May 3, 2023 | 4 Comments | Filed under: Veg\n\n" + FIRST_POST.format(head="")
            + "Posted by jonah on May 1, 2023 | No Comments | Filed under: News\n\n"
            + SECOND_POST.format(title="Plant Sale Moves For One Week", head=""))
    assert [a.title for a in segment_page(page)] == ["Keeping Slugs Off Young Lettuce", "Plant Sale Moves For One Week"]


def test_a_sentence_about_posting_is_no_post_head():
    assert not sg._post_head("Posted on the hall door by the committee: the sale moves to the school.")
    page = FIRST_POST.format(head="") + ("The Notice On The Gate\nPosted on the gate by the committee, as every "
                                         "year.\n\nIt says the water goes off in October.\n")
    assert len(segment_page(page)) == 1


# A printed newsletter saved as text (a PDF's text layer): each item under its heading, signed on the next line by
# the writer's name and role ("NAME, Role"), its paragraphs hard-wrapped; an unsigned news item may close the issue,
# headed as the signed ones are.
def _printed_issue(first: str, second: str, tail: str = "") -> str:
    return ("THE PARISH PUMP                      Vol. 4, No. 2\n\n"
            f"{first}\n\nIngrid Solberg, Community Energy Adviser\n\n"
            "Most of the heat a terraced house loses in winter goes out through\n"
            "the roof and the gaps around doors, not through the walls.\n\n"
            "Fit a brush strip to the bottom of each outside door. It costs\n"
            "less than a takeaway and the draught stops the same evening.\n\n"
            "Page 2\n\n"
            f"{second}\n\nTeodor Vasile, Volunteer Coordinator, Repair Café\n\n"
            "Our monthly repair evening has now mended more than three hundred\n"
            "lamps, kettles and jackets since it opened in the church hall.\n\n"
            "Bring the item, the charger if it has one, and a little patience.\n" + tail)


def test_a_printed_issue_s_items_signed_with_a_name_and_a_role_are_its_articles():
    for first, second in (("KEEPING THE HEAT IN", "A YEAR OF MENDING"),
                          ("Keeping The Heat In", "A Year Of Mending")):
        pieces = segment_page(_printed_issue(first, second))
        assert [(a.title, a.author) for a in pieces] == [(first, "Ingrid Solberg"), (second, "Teodor Vasile")]


def test_an_unsigned_item_headed_like_the_signed_ones_closes_the_issue_as_its_own_article():
    tail = ("\nPage 3\n\nTHE HALL ROOF APPEAL REACHES ITS TARGET\n\n"
            "The appeal for the hall roof closed last month with every pound of\n"
            "the target raised, and the work starts after Easter.\n")
    pieces = segment_page(_printed_issue("KEEPING THE HEAT IN", "A YEAR OF MENDING", tail))
    assert [(a.title, a.author) for a in pieces][-1] == ("THE HALL ROOF APPEAL REACHES ITS TARGET", None)
    assert len(pieces) == 3


def test_a_section_label_after_the_signed_items_is_no_item_of_its_own():
    # a few words in capitals ("WHAT TO BRING") are a section's label: the items read as sections of one piece
    # (the page's sections, as before), never as an unsigned item
    tail = ("\nWHAT TO BRING\n\nThe item, its charger, and anything that came off it when it broke, in a bag.\n")
    pieces = segment_page(_printed_issue("KEEPING THE HEAT IN", "A YEAR OF MENDING", tail))
    assert "WHAT TO BRING" not in [a.title for a in pieces] and "anything that came off it" in pieces[-1].text


def test_a_name_and_role_line_needs_a_person_s_name():
    assert sg._name_and_role("Ingrid Solberg, Community Energy Adviser")
    assert not sg._name_and_role("Heat And Light, Explained") and not sg._name_and_role("Ingrid Solberg, who knows.")


# A recipe post's card under its story: the recipe's name again (often shorter than the post's title), a row of
# facts, then "Author: NAME": the same piece's card, not a second article.
STORY_POST = ("Plum Crumble Bars (Easy, One Tin)\nby Hanne Ulvestad · 3 September 2024\n\n"
              "Every September the tree by the shed drops more plums than we can eat, and these bars are how most "
              "of them leave the house, wrapped in paper for the neighbours.\n\n"
              "The trick is a base that is more shortbread than crumble, so the bars hold when you cut them warm.\n\n"
              "{card}\n{facts}{credit}\n\nINGREDIENTS\n250 g plain flour\n150 g butter\n500 g plums\n\n"
              "INSTRUCTIONS\n1. Rub the butter into the flour and press two thirds into the tin.\n"
              "2. Halve the plums and lay them cut side up over the base.\n"
              "3. Scatter the rest of the crumb over and bake for forty minutes.\n")


def test_a_recipe_card_repeating_the_post_s_title_stays_with_the_post():
    for card, facts, credit in (("Plum Crumble Bars", "Prep Time: 20 mins  Bake Time: 40 mins  Makes: 16\n",
                                 "Author: Hanne Ulvestad"),
                                ("PLUM CRUMBLE BARS (EASY, ONE TIN)", "", "Recipe by Hanne Ulvestad")):
        pieces = segment_page(STORY_POST.format(card=card, facts=facts, credit=credit))
        assert [a.title for a in pieces] == ["Plum Crumble Bars (Easy, One Tin)"], card
        assert "Halve the plums" in pieces[0].text


def test_a_second_recipe_under_its_own_title_and_byline_is_still_a_second_article():
    page = STORY_POST.format(card="Damson Gin For Christmas", facts="", credit="By Jonas Halvorsen")
    page = page.replace("INGREDIENTS", "A bottle started now is ready by December, and the damsons after it make a "
                        "fine jam, so nothing goes to waste.\n\nINGREDIENTS")
    assert [a.title for a in segment_page(page)] == ["Plum Crumble Bars (Easy, One Tin)", "Damson Gin For Christmas"]


# A plain-text ezine whose items stand between rule lines, one signed and one not (a reader's question answered by
# the issue): the issue's contents list naming both says they are its pieces.
def _ezine(contents: str, first_box: str, second_box: str) -> str:
    rule = "-" * 48
    return ("=" * 48 + "\n   THE WINDOW BOX LETTER  --  Issue #12\n" + "=" * 48 + "\n\n"
            "A short one this month: the printer at the library broke, so no pictures.\n\n"
            f"{contents}\n\n{rule}\n{first_box}\n\nby Leontyne Achterberg\n\n"
            "Herbs on a north sill grow slowly, but they grow, and the leaves are softer than any from the shop.\n\n"
            "Parsley copes best. Sow it thickly, keep it damp, and cut from the outside of the clump.\n\n"
            "Chives come next; they want a deeper pot than you think and a feed in spring.\n\n"
            f"{rule}\n{second_box}\n\nQ. Why do my basil leaves go black at the edges in October? -- Reader, Derby\n\n"
            "A. Cold glass. Basil hates anything below ten degrees, and a leaf touching the pane at night is "
            "colder than that. Move the pot back a hand's width from the window and the new leaves stay green.\n\n"
            f"{rule}\nCopyright (c) 2024 The Window Box Letter\n")


def test_an_ezine_s_contents_list_naming_its_boxed_items_makes_each_a_piece_signed_or_not():
    rule = "-" * 48
    for contents, first_box, second_box in (
            ("IN THIS ISSUE\n  1. Growing: Herbs For A North Sill\n  2. Your Letters: Why Basil Leaves Turn Black",
             f"1. GROWING\n{rule}\n\nHERBS FOR A NORTH SILL",
             f"2. YOUR LETTERS\n{rule}\n\nWHY BASIL LEAVES TURN BLACK"),
            ("In this issue: Herbs for a north sill · Why basil leaves turn black",
             "HERBS FOR A NORTH SILL", "WHY BASIL LEAVES TURN BLACK")):
        pieces = segment_page(_ezine(contents, first_box, second_box))
        assert [(a.title, a.author) for a in pieces] == [("HERBS FOR A NORTH SILL", "Leontyne Achterberg"),
                                                          ("WHY BASIL LEAVES TURN BLACK", None)], contents
        assert "Move the pot back" in pieces[1].text and "Move the pot back" not in pieces[0].text


def test_without_a_contents_list_one_signed_box_and_one_unsigned_stay_one_piece():
    pieces = segment_page(_ezine("Thank you for reading.", "HERBS FOR A NORTH SILL", "WHY BASIL LEAVES TURN BLACK"))
    assert len(pieces) == 1


def test_contents_entries_lose_their_numbers_labels_and_page_leaders():
    lines = ["Inside this edition", "Keeping Warm Cheaply ........ 2", "3. Letters: Damp In The Hall", "", "Text."]
    assert [key for _, key in sg._contents_entries(lines, [0, 1, 2, 4])] == ["keeping warm cheaply",
                                                                              "damp in the hall"]
