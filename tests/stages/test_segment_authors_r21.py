"""Round 21 (issue 16): authors on real-shaped pages of several kinds: a Q&A card on one line, a show's host, a
copy's source credit. Our own words (invented sites and people).

A wrong name is worse than none for a republisher: each rule has a test that the look-alike names nobody.
"""

from __future__ import annotations

from tests.conftest import only_article as only

TIPS = ("Open the window for ten minutes each morning so the damp air can leave the room before it settles.\n\n"
        "Wipe the glass dry with an old towel while the condensation is still fresh and easy to lift.\n\n"
        "Keep the furniture a hand's width from the outside walls so the air can move behind it.\n\n")


def _qa_page(card: str) -> str:
    return ("How do I stop my shed door swelling shut every winter?\n\n"
            "The door sticks from October to March and I have to kick it open. It is a plain pine door.\n\n"
            "asked Oct 3 at 8:15 Bram Oosterhuis 54\n\n2 Answers\n\n✓ Accepted answer\n\n9\n\n"
            "Bare pine drinks water, so the fix is to keep the water out and give the door room to move.\n\n"
            + TIPS + card + "\n\n31\n\nJust plane it down. Worked for me.\n\n"
            "answered Oct 3 at 9:02 fenceman 1,204\n")


def test_a_one_line_answer_card_under_the_accepted_mark_names_its_answerer_not_the_next_vote_count():
    assert only(_qa_page("answered Oct 3 at 10:41 Фёдор Гринёв 3,118")).author == "Фёдор Гринёв"


def test_a_one_line_answer_card_may_name_a_handle():
    assert only(_qa_page("answered Oct 3 at 10:41 shed_doctor 3,118")).author == "shed_doctor"


def test_a_vote_count_under_a_card_is_never_the_answerer():
    assert only(_qa_page("answered Oct 3 at 10:41")).author != "31"


def _show(credit: str) -> str:
    return ("Fenwick Sound 101.2 FM\nListen live   Schedule   Contact\n\n"
            "THE GARDEN HOUR\nSlugs, snails and a wet May\n\n"
            "Broadcast: Saturday 4 May 2024, 09:00-10:00\n" + credit + "\n\n"
            "This transcript was typed from the broadcast for listeners who are hard of hearing.\n\n" + TIPS +
            "Transcript prepared by the Fenwick Sound access team.\n\n"
            "© Fenwick Sound Radio 2024. Transcripts may not be copied or republished.\n")


def test_a_show_s_presenter_is_the_author_of_its_transcript_not_its_guest_nor_the_station():
    assert only(_show("Presented by Eirlys Gwynedd-Parry, with guest Kwabena Osei, allotment officer")).author == (
        "Eirlys Gwynedd-Parry")


def test_a_station_holding_the_copyright_is_no_person():
    assert only(_show("Listen again for 30 days")).author != "Fenwick Sound Radio"


def test_a_body_presenting_a_show_is_no_host():
    assert only(_show("Presented by the Fenwick Allotment Society")).author is None


def _copy(credit: str) -> str:
    return ("TopHomeTricksToday.example\nBest Tips Everyday!!\nHOME  DIY  GARDEN\n\n"
            "7 Clever Ways to Keep Condensation Off Your Windows\n\n"
            "Posted by admin | May 2, 2024 | Cleaning | 0 Comments\n\n"
            "Every winter the bedroom windows run with water by morning. Here is what finally worked for us.\n\n"
            + TIPS + credit + "\n\nTags: damp, windows\n\n"
            "Copyright © 2024 TopHomeTricksToday.example - All Rights Reserved.\n")


def test_a_copy_posted_by_an_account_is_by_the_writer_its_source_line_names():
    assert only(_copy("Source: Wiktoria Hallberg-Nunes, The Dry Sill Diaries")).author == "Wiktoria Hallberg-Nunes"


def test_a_source_line_naming_a_body_or_a_site_names_no_writer():
    assert only(_copy("Source: Fenwick Valley Housing Association")).author is None
    assert only(_copy("Source: drysill.example")).author is None


def test_a_bare_source_line_may_name_a_publication_named_like_a_person():
    assert only(_copy("Source: Tidy Homemaking")).author is None


def _thread(reply: str, signature: str) -> str:
    def head(who: str, day: int) -> str:
        return f"Re: Seedlings keep falling over - help\nby {who} » Tue Mar {day}, 2024 9:12 pm\n\n"

    def card(who: str, posts: int) -> str:
        return f"{who}\nPosts: {posts}\nJoined: Mon Jan 04, 2016 11:18 am\n\n"

    return ("Leafmould Forum - growing from seed\nFAQ   Search   Members   Login\n\n"
            "Board index ‹ Seeds ‹ Indoor sowing\n\nSeedlings keep falling over - help\n\n"
            "Seedlings keep falling over - help\nby pip_and_pot » Tue Mar 5, 2024 8:01 pm\n\n"
            "My tomato seedlings grow tall and thin and then flop over. What am I doing wrong??\n\n"
            + card("pip_and_pot", 3) + head("rootbound", 5) + "lol mine too\n\n" + card("rootbound", 911)
            + head("trowel_tess", 6) + reply + "\n\n" + signature + card("trowel_tess", 2048)
            + head("pip_and_pot", 7) + "Thank you, moved them to the windowsill.\n\n" + card("pip_and_pot", 3)
            + "Board index   The team   All times are UTC\nPowered by phpBB® Forum Software © phpBB Limited\n")


ADVICE = ("Leggy seedlings are reaching for light, so the fix is more light and less warmth, not more water. "
          "Here is what I do every spring with a few hundred trays:\n\n"
          "  Move the trays to the brightest window you have, or hang a cheap grow light a hand's width above them.\n"
          "  Turn the trays a quarter turn every morning so they do not all lean one way.\n"
          "  Keep them cooler at night once they are up; a warm room makes soft, stretched stems.\n"
          "  Brush your hand over the tops once a day, which makes the stems thicker and sturdier.\n"
          "  Bury the floppy ones deeper when you pot them on; tomatoes root along the buried stem.\n\n"
          "Most of them will stand up within a week once the light is right.")


def test_the_long_reply_of_a_headed_thread_is_credited_to_the_name_signed_under_its_rule():
    article = only(_thread(ADVICE, "--\nTeodora Wiśniewska-Hale | seed swap organiser, Hebden (now in Otley)\n\n"))
    assert article.author == "Teodora Wiśniewska-Hale"


def test_the_long_reply_without_a_signature_is_credited_to_its_handle():
    assert only(_thread(ADVICE, "")).author == "trowel_tess"


def test_no_reply_is_credited_when_no_reply_stands_out():
    assert only(_thread("Try a grow light, it helped mine a bit.", "")).author == "pip_and_pot"


def _carded_thread(reply: str) -> str:
    def card(who: str, rank: str, posts: int, n: int) -> str:
        return f"{who}\n{rank}\nPosts: {posts}\n« Reply #{n} on: March 0{n + 2}, 2016, 09:14:22 PM »\n"

    return ("Hearth Talk Forums > Stoves > Wood burners\nWelcome, Guest. Please login or register.\n\n"
            "Author Topic: Stove glass goes black within a day  (Read 1,204 times)\n\n"
            "ember_ellie\nNewbie\nPosts: 3\n« on: March 02, 2016, 09:14:22 PM »\n"
            "The glass on my new stove turns black within a day. Is the stove faulty?\n\n"
            + card("flue_fergus", "Global Moderator", 4870, 1) + reply + "\n\n"
            + card("ember_ellie", "Newbie", 3, 2) + "Thanks, dry logs fixed it!\n\n"
            + card("logpile77", "Full Member", 211, 3) + "Good write up.\n\n"
            "SMF 2.0.11 | SMF © 2015, Simple Machines\n")


def test_a_card_over_each_post_thread_is_read_for_its_long_reply_signed_under_the_rule():
    reply = ADVICE + "\n\n--\nФёдор Гринёв\nIf it burns, it can burn clean.\n"
    assert only(_carded_thread(reply)).author == "Фёдор Гринёв"


def test_a_sponsor_s_presented_by_label_naming_no_guest_is_no_host():
    assert only(_show("Presented by Harlow Sapphire")).author != "Harlow Sapphire"
