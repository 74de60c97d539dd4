"""Print layouts read as text (fact sheets, handouts, leaflets turned into text): a title broken over two lines, a
writer's block of name, degree, role and affiliation under it, a hard-wrapped first paragraph under the byline.

Every page here is written in our own words; each test names the shape it stands for.
"""

from __future__ import annotations

from pipeline.stages.segment import _affiliation, _wrapped_title
from pipeline.text.attribution import name_line
from tests.conftest import only_article as segment
from tests.conftest import segment_page

BODY = ("Onions keep for months when they go into store dry, cool and in the dark, and most losses begin in the\n"
        "first fortnight after lifting, while the necks are still green.\n\n"
        "Lift them on a dry morning and leave them on the bed for a day before bringing them in to finish.\n\n"
        "Check the stored bulbs every week and take out any that feel soft at the neck or smell sweet.\n")


def test_a_title_in_capitals_over_two_lines_under_a_running_head_is_one_title() -> None:
    page = ("COUNTY GROWERS ADVISORY SERVICE\nVegetable Leaflets Series\n\nKEEPING ONIONS SOUND\n"
            "THROUGH THE WINTER MONTHS\n\nOrla Brennock, Ph.D.\nSenior Lecturer in Crop Storage\n"
            "Department of Plant Science, University of Kelsbridge\n\n" + BODY)
    article = segment(page)
    assert article.title == "KEEPING ONIONS SOUND THROUGH THE WINTER MONTHS"
    assert article.author == "Orla Brennock"


def test_a_title_over_two_lines_in_another_script_above_a_labelled_credit() -> None:
    page = ("ОВОЧЕВА ДОРАДЧА СЛУЖБА\n\nЯК ЗБЕРІГАТИ ЦИБУЛЮ\nПРОТЯГОМ УСІЄЇ ЗИМИ\n\n"
            "Підготувала: Марта Ковальчук, агроном\n\n"
            "Цибуля добре зберігається кілька місяців, якщо її покласти сухою і в темне місце, а більшість\n"
            "Втрат починається в перші два тижні після збирання.\n\n"
            "Збирайте її в суху погоду і залиште на грядці на день, перш ніж занести до сараю.\n")
    article = segment(page)
    assert article.title == "ЯК ЗБЕРІГАТИ ЦИБУЛЮ ПРОТЯГОМ УСІЄЇ ЗИМИ"
    assert article.author == "Марта Ковальчук"


def test_wrapped_titles_against_other_two_line_blocks() -> None:
    assert _wrapped_title("STORING ROOT CROPS", "IN A COLD CELLAR")
    assert _wrapped_title("Running a Tool Library:", "Six Things We Learned")
    assert not _wrapped_title("THE PLOT POST", "ISSUE 9 · JUNE 2023")  # a masthead and its issue line
    assert not _wrapped_title("MARTA KOWAL", "STAFF WRITER")  # a name in capitals over its role
    assert not _wrapped_title("Storing Root Crops", "In A Cold Cellar")  # title case: may be a title over a dek
    assert not _wrapped_title("Tip:", "Label every crate")


def test_a_degree_written_with_stops_ends_a_name_line() -> None:
    assert name_line("Orla Brennock, Ph.D.").name == "Orla Brennock"
    assert name_line("Lift them on a dry day.") is None


def test_an_affiliation_line_is_no_writer_and_no_title() -> None:
    assert _affiliation("Department of Plant Science, University of Kelsbridge")
    assert _affiliation("Faculty of Agriculture")
    assert not _affiliation("Department stores open late on Thursdays.")


def test_a_chapter_number_over_an_excerpts_title_is_no_title() -> None:
    page = ("Books | Shop | Contact\n\nFROM OUR BOOKS\n\nChapter 6\nStoring Onions Without Losses\n\n"
            "Orla Brennock, agronome\n\n" + BODY)
    article = segment(page)
    assert article.title == "Storing Onions Without Losses"
    assert article.author == "Orla Brennock"


def test_a_role_in_lower_case_after_a_known_name_ends_a_name_line() -> None:
    assert name_line("Orla Brennock, agronome").name == "Orla Brennock"
    assert name_line("Sliced Tomatoes, lightly salted") is None


LETTER_ONE = ("Noisy Pipes At Night\n\n"
              "«Our heating pipes bang every night at two in the morning and wake the whole house. "
              "The landlord says it is normal. Is it?»\n"
              "Maren, Eastside\n\n"
              "Maren, it is common but not normal, and it can be fixed.\n\n"
              "First, ask the landlord to bleed the radiators: trapped air is the usual cause.\n\n"
              "Second, ask for the pipe clips to be checked where the pipes pass through the floor.\n\n"
              "Finally, keep a note of the nights it happens, so the engineer can see the pattern.\n\n")
LETTER_TWO = ("A Lodger Who Never Cleans\n\n"
              "«We took in a lodger to help with the rent, and the kitchen has not been clean since. "
              "How do I raise it without a row?»\n"
              "Tomasz K.\n\n"
              "Tomasz, write the house rules down and agree them together at the start of each month.\n\n"
              "First, list the jobs and who does them, and put the list on the fridge.\n\n"
              "Second, talk about it on a calm evening, never in the middle of a mess.\n\n")


def test_an_advice_columns_letters_between_divider_lines_are_articles_of_their_own() -> None:
    page = ("ASK THE TENANTS' DESK\nReaders write in, our adviser answers.\n\n* * *\n\n" + LETTER_ONE
            + "* * *\n\n" + LETTER_TWO)
    titles = [a.title for a in segment_page(page)]
    assert titles == ["Noisy Pipes At Night", "A Lodger Who Never Cleans"]


def test_sections_between_dividers_without_letters_stay_one_article() -> None:
    page = ("Keeping Pipes Quiet\n\n" + BODY + "\n* * *\n\nThe Second Part\n\n" + BODY)
    assert len(segment_page(page)) == 1


def test_the_answerer_a_columns_head_names_wrote_every_letters_answer() -> None:
    page = ("ASK THE TENANTS' DESK\nReaders write in, our adviser answers.\nAnswers: Ilse Marwick, housing adviser\n\n"
            "* * *\n\n" + LETTER_ONE + "* * *\n\n" + LETTER_TWO)
    assert [a.author for a in segment_page(page)] == ["Ilse Marwick", "Ilse Marwick"]
