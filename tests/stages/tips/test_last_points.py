"""Round 9 (issue 16): a list's last point was lost on pages by two more hands. A headed section whose text opens
as a close might ("Get it in writing" over "Whatever you agree, make sure …") was dropped, as its one paragraph
was read as the conclusion; and in a list whose glyphs were lost, a last imperative opening with "Never" or "Always"
(a list's warning often comes last) was read as the conclusion, those words not being verbs. Pages written here in
our own words."""

from __future__ import annotations

from tests.conftest import tip_headlines

SECTIONS = ("Few tenants ask for a lower rent at renewal, yet many who ask get one. Here is how they go about it.\n\n"
            "Learn what similar flats cost\nAn evening on the listing sites tells you what a fair rent would be.\n\n"
            "Write two months ahead\nAn early letter gives the landlord time to price an empty flat.\n\n"
            "Offer a longer lease\nA two-year term is worth money to a landlord who dreads finding new tenants.\n\n"
            "Get it in writing\nWhatever you agree, have it put in the new contract before the old one runs out.\n\n")


def test_a_sections_own_text_may_open_as_a_close_might():
    assert tip_headlines(SECTIONS + "None of this is sure to work. But asking costs you nothing.\n") == [
        "Learn what similar flats cost", "Write two months ahead", "Offer a longer lease", "Get it in writing"]


def test_a_call_to_click_under_a_title_still_ends_the_sections():
    body = SECTIONS.replace("Whatever you agree, have it put", "Click here to download our letter, and put it")
    assert "Get it in writing" not in tip_headlines(body)


LOST_GLYPHS = ("Storms take the power out every winter, and the families who cope planned an hour for it in autumn. "
               "Before the first one, consider the following:\n\n"
               "Keep a torch in every room. A hook by the door, so nobody hunts in a drawer in the dark.\n\n"
               "Charge the phones when a storm is forecast. A full power bank refills a phone twice.\n\n"
               "Fill a few bottles with water. A pump on a well stops with the power.\n\n"
               "{last}\n\n"
               "An hour of planning now makes the next cut an inconvenience rather than a crisis.\n")


def test_a_last_point_opening_with_never_is_a_point():
    body = LOST_GLYPHS.format(last="Never run a generator indoors. Fumes have no smell, and they kill.")
    assert tip_headlines(body)[-1] == "Never run a generator indoors."


def test_a_last_point_opening_with_always_is_a_point():
    body = LOST_GLYPHS.format(last="Always tell a neighbour you are on your own. Someone should knock on your door.")
    assert tip_headlines(body)[-1] == "Always tell a neighbour you are on your own."


def test_a_statement_opening_with_such_a_word_still_closes_the_list():
    body = LOST_GLYPHS.format(last="Nothing of this costs much. A torch and a bottle are all it takes.")
    assert len(tip_headlines(body)) == 3


COMMUTE = ("My only study time for two years was the train, forty minutes each way, and it was enough. Here is how.\n\n"
           "Give each trip one job\nMornings for new words, evenings for going over them again.\n\n"
           "Download everything the night before\nThe signal dies in the cutting, so the lessons live on the phone.\n\n"
           "Mouth the sentences\nEven silently, saying them fixes them better than listening.\n\n"
           "Forgive the missed days\nA day off is fine; a week off is how a habit dies.\n\n"
           "{close}\n")


def test_a_point_that_says_download_is_a_point():
    body = COMMUTE.format(close="Eighty minutes a day is more than three hundred hours a year.")
    assert tip_headlines(body)[1] == "Download everything the night before"


def test_an_offer_to_download_still_closes_the_points():
    body = COMMUTE.format(close="Download our free phrase cards here.")
    assert tip_headlines(body)[-1] == "Forgive the missed days"
    assert "Download our free phrase cards here" not in " ".join(tip_headlines(body))
