"""Round 27 (issue 16): authors on real-shaped pages. Our own words (invented sites and people).

A wrong name is worse than none for a republisher: each rule has a test that the look-alike keeps its answer.
"""

from __future__ import annotations

from tests.conftest import only_article as only


def _blog(note: str, bio: str = "") -> str:
    return ("The Windowsill Pantry\nSmall-space cooking from a flat in Leeds\n\n"
            "Guest post: Pickling Without a Cellar\n\nPosted by Tobias Wendt on 4 May 2026 | 3 comments\n\n"
            f"{note}\n\n"
            "Pickling needs far less room than people think: a shelf, three jars and a cool corner will do.\n\n"
            "Use jars with new lids\nOld lids lose their seal after a season, and a poor seal lets the brine spoil.\n\n"
            "Keep the brine strong\nA weak brine invites mould within the week, so measure the salt every time.\n\n"
            "Store them away from the oven\nHeat softens the vegetables and clouds the brine in a few days.\n\n"
            f"{bio}\n\nTags: guest posts, pickles\n")


NOTE_FIRST_NAME = ("A note from Tobias: I'm away at my sister's wedding, so I've handed the blog over for a week. "
                   "Priyanka teaches the preserving class at our library and has pickled beans for twenty years. "
                   "Over to her, and see you soon. - Tobias")
BIO = "Priyanka Raghavendran-Holt teaches preserving at the Kirkstall library. Text © 2026 Priyanka Raghavendran-Holt."


def test_a_hosts_note_naming_the_guest_by_first_name_credits_the_full_name_her_closing_bio_gives():
    # SPEC: a guest post is by the writer the text credits, over the posting line naming the host
    assert only(_blog(NOTE_FIRST_NAME, BIO)).author == "Priyanka Raghavendran-Holt"


def test_a_hosts_note_whose_guest_no_line_names_in_full_keeps_the_posting_line():
    # her first name alone names no writer: the posting account stays, no half-name is made up
    assert only(_blog(NOTE_FIRST_NAME)).author == "Tobias Wendt"


def test_a_hosts_note_asking_a_named_guest_credits_her():
    note = ("Tobias here. Readers keep asking me about pickling in a small kitchen, so I asked Priyanka "
            "Raghavendran-Holt, who teaches it at our library, to answer for me. Over to her.")
    assert only(_blog(note)).author == "Priyanka Raghavendran-Holt"


def test_an_opening_paragraph_naming_someone_without_handing_over_keeps_the_byline():
    # the host's own post mentions a friend: no "over to her", no asking her to write, no leave to share
    note = ("Tobias here. Priyanka Raghavendran-Holt runs the preserving class at our library, and she laughed at "
            "my first jars. These are the things I learned since.")
    assert only(_blog(note)).author == "Tobias Wendt"


def test_a_note_signed_by_someone_other_than_the_posting_host_credits_nobody_new():
    note = ("Guest post note: Priyanka Raghavendran-Holt runs the preserving class at our library and first wrote "
            "this for its newsletter. She kindly let me share it here. - Marguerite")
    assert only(_blog(note)).author == "Tobias Wendt"


def test_a_note_signed_by_the_host_sharing_a_guests_piece_credits_the_guest():
    note = ("Guest post note: Priyanka Raghavendran-Holt runs the preserving class at our library and first wrote "
            "this for its newsletter. She kindly let me share it here. - Tobias")
    assert only(_blog(note)).author == "Priyanka Raghavendran-Holt"


def _leaflet(credits: str) -> str:
    return ("HARROWGATE DISTRICT HOME ADVICE SERVICE\nHome Leaflet No. 7\n\nKeeping a Cold Loft Dry\n\n"
            f"{credits}\n\n"
            "Damp in a loft is nearly always warm air from the house meeting a cold roof, not rain getting in.\n\n"
            "1. Seal the hatch\nFit a draught strip round the loft hatch so warm air stays below.\n\n"
            "2. Keep the eaves open\nDo not push insulation into the eaves: the air must move through them.\n\n"
            "3. Vent the bathroom fan outside\nA fan that blows into the loft fills it with steam every morning.\n\n"
            "© Harrowgate District Home Advice Service 2024\n")


def test_a_writers_credit_joined_to_the_reviewers_on_one_line_still_credits_the_writer():
    # a PDF's text may join the control block's two lines: the reviewer is never the writer (SPEC)
    joined = ("Prepared by Rhiannon Ap Gwilym, Home Energy Adviser Reviewed by Dr Tobiah Penrose, "
              "District Health Office")
    assert only(_leaflet(joined)).author == "Rhiannon Ap Gwilym"


def test_a_reviewers_credit_alone_leaves_the_writer_unnamed():
    assert only(_leaflet("Reviewed by Dr Tobiah Penrose, District Health Office")).author != "Tobiah Penrose"


RULE = "-" * 50


def _thread(signature: str) -> str:
    posts = [
        ("kettle_novice", "Newbie | Posts: 3 | Joined: May 2024",
         "My rice always sticks to the bottom of the pan. What am I doing wrong?"),
        ("riceandshine", "Regular | Posts: 880 | Joined: Jan 2015",
         "Here is what fixed it for me:\n\n1) Rinse the rice until the water runs clear.\n\n"
         "2) Use a heavy pan with a tight lid.\n\n3) Leave it to rest off the heat for ten minutes.\n\n"
         f"Good luck!\n--\n{signature}"),
        ("pan_handler", "Member | Posts: 41 | Joined: Feb 2022", "+1 to the resting, it makes all the difference."),
    ]
    body = "".join(f"{RULE}\n{who}\n{card}\nPosted: Tue 4 Jun 2024, 18:0{n}\n\n{text}\n\n"
                   for n, (who, card, text) in enumerate(posts))
    return ("The Pantry Board - Home Cooking Forum\n\nTopic: Rice sticks to the pan every time\n\n"
            f"{body}{RULE}\nBoard index | All times are UTC\n")


def test_a_boards_rule_between_every_post_is_no_signature_rule_so_the_reply_with_the_points_is_found():
    # SPEC: a thread is read for its top reply; a post under a handle by the name its signature gives
    assert only(_thread("Wiremu Tane · cooking in a bedsit in Hull")).author == "Wiremu Tane"
