"""Round 25 (issue 16): authors on real-shaped text pages: a Q&A page whose editor's card and answerer's card stand
side by side (their columns run together line by line), a picture's caption bracketed over several lines crediting
the words, a credit naming the club a piece was adapted for before its adapter, a video's "Presented and written by"
credit, and a live blog's "Live coverage by" credit. Our own words (invented sites and people).

A wrong name is worse than none for a republisher: each rule has a test that the look-alike keeps its answer.
"""

from __future__ import annotations

from pipeline.text.attribution import accepted_answer_card, is_person_name, name_line, parse_byline
from tests.conftest import only_article as only
from tests.conftest import segment_page

POINTS = ("1. Sand the seat along the grain with a medium paper, then a fine one, and wipe off every trace of dust.\n\n"
          "2. Brush on a thin coat of oil, leave it ten minutes and rub off whatever has not soaked in.\n\n"
          "3. Let it cure for a full day before anyone sits on it, and add a second coat the day after.\n\n")


def test_the_answerers_column_of_two_side_by_side_cards_names_the_writer():
    lines = ["✓ Accepted", "Rub the rust off with wire wool and oil the blade.", "share  follow",
             "edited Apr 9 at 10:12 answered Apr 8 at 21:40", "Mirela Stoyan ♦ 88.4k Tobiah Wrenfield · 3,105 ● 7 ● 30"]
    assert accepted_answer_card(lines).name == "Tobiah Wrenfield"


def test_a_lone_answer_card_under_the_mark_keeps_its_name():
    lines = ["✓ Accepted", "Rub the rust off.", "answered Apr 8 at 21:40", "Tobiah Wrenfield · 3,105 ● 7 ● 30"]
    assert accepted_answer_card(lines).name == "Tobiah Wrenfield"


def _blog(opening: str) -> str:
    return ("Shed Weekends\nsmall jobs for a small shed\n\nHome | Projects | Contact\n\n"
            "Giving an Old Stool a Second Life\n\nposted by shed_admin\n\n"
            f"{opening}\n\nThis stool came from a skip with a split seat and four coats of paint on it, and an "
            "afternoon of work made it the best seat in the kitchen.\n\n" + POINTS)


def test_a_caption_bracketed_over_several_lines_credits_the_writer_it_names():
    caption = ("[Image: A pine stool with a freshly oiled seat on a garden path.\n"
               "Caption: The stool, rescued for nothing. Words and photos by Oriel Marchbank.\n"
               "Photo licensed CC BY 4.0]")
    assert only(_blog(caption)).author == "Oriel Marchbank"


def test_a_caption_crediting_the_pictures_alone_names_no_writer():
    caption = ("[Image: A pine stool with a freshly oiled seat on a garden path.\n"
               "Caption: The stool, rescued for nothing. Photo by Oriel Marchbank.\n"
               "Photo licensed CC BY 4.0]")
    assert only(_blog(caption)).author is None


def test_an_adapters_credit_naming_the_club_it_was_made_for_names_the_adapter():
    assert parse_byline("Adapted for the Heatherdale Walkers by Ossian Pellew").name == "Ossian Pellew"
    assert parse_byline("Written for The Marsh Gazette by Ossian Pellew").name == "Ossian Pellew"


def test_a_translators_credit_for_a_club_names_no_writer():
    assert parse_byline("Translated for the Heatherdale Walkers by Ossian Pellew") is None
    assert parse_byline("written for the children by Ossian Pellew") is None  # no body's name: a sentence


def test_a_credit_of_the_writing_beside_another_role_names_the_writer():
    assert parse_byline("Presented and written by Nkechi Obuya-Lund").name == "Nkechi Obuya-Lund"
    assert parse_byline("Written and illustrated by Nkechi Obuya-Lund").name == "Nkechi Obuya-Lund"
    assert parse_byline("Presented and filmed by Nkechi Obuya-Lund") is None  # no word of writing


def test_a_live_blogs_credit_names_both_writers():
    assert parse_byline("Live coverage by Saoirse Venn and Hamid Tabrizi").name == "Saoirse Venn and Hamid Tabrizi"
    assert parse_byline("Coverage by the local radio was thin.") is None


def _column(note: str) -> str:
    return ("THE VALE GAZETTE\nNews | Life | Sport\n\nDear Dilys: my son will not save a penny\n\n"
            "By Dilys Marchetti\n\n"
            f"{note}\n\nDear Dilys, my son is thirty and spends every penny he earns. How do I get him to save?\n\n"
            "Dilys replies: start by showing him what a small sum grows into over ten years.\n\n"
            "1. Ask him to name one thing he wants in a year, and price it together with him.\n\n"
            "2. Set up a standing order on payday so the money moves before he sees it.\n\n"
            "3. Praise the first month he sticks to it, and say nothing about the rest.\n\n")


def test_the_letter_a_column_answers_names_its_asker_not_the_columns_writer():
    assert only(_column("This week's letter is from Owen Pritchard, a retired postman in Rhyl.")).author == (
        "Dilys Marchetti")


def test_a_hosts_note_handing_the_post_to_a_guest_still_names_the_guest():
    assert only(_column("Today's post comes from Owen Pritchard, a retired postman in Rhyl.")).author == (
        "Owen Pritchard")


def test_a_capitalised_word_hyphened_to_a_small_one_is_no_name_without_a_korean_family_name():
    assert name_line("Spring Re-pot") is None
    assert not is_person_name("Winter Re-wire")
    assert name_line("Yoon Da-eun").name == "Yoon Da-eun"  # the family name beside: a given name of two syllables
    assert is_person_name("Ji-woo Park")


def test_an_excerpts_source_line_names_the_books_writer():
    assert parse_byline('from "The Orchard Almanack" by Ebenezer Troutbeck, 1887').name == "Ebenezer Troutbeck"
    assert parse_byline("From “Notes on Hives” by Ebenezer Troutbeck").name == "Ebenezer Troutbeck"
    assert parse_byline('"The Orchard Almanack" by Ebenezer Troutbeck is licensed under CC BY 4.0') is None


def _thread(thanks: str) -> str:
    rule = "-" * 60
    return ("lists.plotgroup.example Mailing List Archives\n[ Date Index ] [ Thread Index ]\n\n"
            f"{rule}\nFrom: Nerys Calloway <nerys@post.example>\nDate: Tue, 6 May 2025 07:42:10 +0100\n"
            "Subject: [plots] Aphids all over my broad beans - help?\n\nMorning all,\n\nThe tips of my broad beans "
            "are black with aphids again this year. Any ideas that do not need a spray?\n\nNerys\n"
            f"{rule}\nFrom: Idris Banerjee <idris@mail.example>\nDate: Tue, 6 May 2025 09:15:55 +0100\n"
            "Subject: Re: [plots] Aphids all over my broad beans - help?\n\nPinch the tops out, that is all I do.\n\n"
            f"Idris\n{rule}\nFrom: Tova Lindqvist <tova@mail.example>\nDate: Wed, 7 May 2025 21:03:47 +0100\n"
            "Subject: Re: [plots] Aphids all over my broad beans - help?\n\nHi Nerys,\n\nThis is what works on my "
            "plot:\n\n1. Pinch out the growing tips once the lowest pods have set, and burn them.\n\n"
            "2. Blast the colonies off with a jet of water from the hose every morning for a week.\n\n"
            "3. Sow a row of marigolds beside the beans to bring in the hoverflies that eat them.\n\nTova\n"
            f"{rule}\nFrom: Nerys Calloway <nerys@post.example>\nDate: Mon, 12 May 2025 18:26:02 +0100\n"
            f"Subject: Re: [plots] Aphids all over my broad beans - help?\n\n{thanks}\n\nN.\n{rule}\n\n"
            "Posts to this list stay the property of the people who wrote them.\n")


def test_a_list_archives_thread_is_the_reply_the_asker_says_worked():
    articles = segment_page(_thread("I did what Tova said and the beans are clean now. Thank you both!"))
    assert [a.author for a in articles] == ["Tova Lindqvist"]
    assert "hoverflies" in articles[0].text and "Any ideas" not in articles[0].text


def test_a_list_archives_thread_with_no_thanks_is_its_first_reply():
    assert [a.author for a in segment_page(_thread("The beans are clean now. Thank you all!"))] == ["Idris Banerjee"]


def _paper(byline: str) -> str:
    return ("THE RIVERSIDE POST\nNews | Money | Life\n\nFour ways to cut your water bill this summer\n\n"
            f"{byline}\n\nA hosepipe left running for an hour uses more water than a family of four does in a day.\n\n"
            "1. Water the garden in the evening, when less of it evaporates before the roots take it up.\n\n"
            "2. Fit a water butt to the downpipe and use the rain for the pots and the car.\n\n"
            "3. Take a four-minute shower and set a timer on your phone to keep to it.\n\n")


def test_a_kinship_word_before_a_name_on_a_page_in_another_language_is_part_of_the_name():
    assert only(_paper("By Baba Tunde Adewale-Kuti")).author == "Baba Tunde Adewale-Kuti"
    assert only(_paper("By Mama Efua Mensah-Boateng")).author == "Mama Efua Mensah-Boateng"


def test_a_title_before_a_name_still_goes_on_any_page():
    assert only(_paper("By Dr Tunde Adewale-Kuti")).author == "Tunde Adewale-Kuti"


def test_a_kinship_word_in_its_own_languages_text_is_an_address_word():
    from pipeline.text.attribution import kin_word_kept

    assert kin_word_kept("Rufaro Chikore", "Amai", "sn", "Yakanyorwa naAmai Rufaro Chikore") == ("Rufaro Chikore",
                                                                                               "Amai")
    assert kin_word_kept("Rufaro Chikore", "Amai", "en", "By Amai Rufaro Chikore") == ("Amai Rufaro Chikore", None)


def test_a_best_answer_label_of_the_tables_marks_the_chosen_reply():
    from pipeline.text.attribution import accepted_card, is_accepted_mark

    assert is_accepted_mark("✔ JIBU BORA — imechaguliwa na muulizaji")
    assert not is_accepted_mark("Majibu borahisi")  # the words whole, not inside others
    lines = ["✔ Jibu bora", "Zawadi Mwakalinga (@zawadi_m) · 3 Julai 2025, 16:31", "Funika chakula vizuri."]
    assert accepted_card(lines).name == "Zawadi Mwakalinga"


def test_a_forum_sites_own_copyright_is_no_writer_where_a_chosen_reply_is_signed():
    page = ("Mazungumzo ya Nyumbani — jukwaa la wazazi\nIngia | Jisajili\n\n"
            "Swali: Ninawezaje kuhifadhi chakula bila friji wakati wa joto?\n\n"
            "neema_k · 3 Julai 2025, 14:22\nJoto ni kali sana hapa na umeme hukatika kila siku. Nifanye nini?\n\n"
            "✔ JIBU BORA\nZawadi Mwakalinga (@zawadi_m) · 3 Julai 2025, 16:31\nMama yangu alinifundisha hivi:\n\n"
            "1. Pika chakula cha siku moja tu, usipike kingi kitakachobaki usiku mzima.\n"
            "2. Weka chungu kidogo ndani ya chungu kikubwa chenye mchanga wenye maji.\n"
            "3. Hifadhi unga na mchele katika vyombo vilivyofungwa vizuri.\n\n"
            "© 2025 Mazungumzo ya Nyumbani. Haki zote zimehifadhiwa.\n")
    assert only(page).author == "Zawadi Mwakalinga"


def _carousel(card: str) -> str:
    return ("Pixlane\nLog in   Sign up\n\n" + card + "\nOriginal audio\n\n1/5\nBILLS TOO HIGH?\n3 fixes that work\n\n"
            "2/5\nREAD THE METER EVERY MONDAY\nWrite the number on the fridge. You cannot cut what you never see, "
            "and a weekly reading shows the waste at once.\n\n"
            "3/5\nWASH AT THIRTY DEGREES\nMost loads come out just as clean, and the machine uses half the power it "
            "needs for a hot wash.\n\n"
            "4/5\nLIDS ON EVERY PAN\nThe water boils sooner and the hob can go down a notch once it does.\n\n"
            "5/5\nSAVE THIS FOR LATER\n\nwynne.saves 3 fixes that cut my energy bill\n\nThis is the one you asked "
            "for after my stories last week, and none of it costs a penny to start.\n\n© 2026 Pixlane\n")


def test_a_social_posts_profile_card_names_its_maker_by_the_display_name():
    assert only(_carousel("wynne.saves\nBethan Wynne-Adeyemi 💡\nFollow")).author == "Bethan Wynne-Adeyemi"


def test_a_profile_card_without_a_follow_button_names_no_one_by_this_rule():
    assert only(_carousel("wynne.saves\nBethan Wynne-Adeyemi 💡")).author != "Bethan Wynne-Adeyemi"
