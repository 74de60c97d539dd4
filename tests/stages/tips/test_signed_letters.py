"""Round 9 (issue 16): an advice column that prints two readers' letters, each under its question line and signed
with the reader's name and town ("Pavel, Brno", "Name withheld"), then answers each: the two questions are its
tips (SPEC: a question heading is the question whole when it is a line). Two questions without letters signed
under them stay an essay's sections. Written in our own words after the shape of real newspaper agony-aunt
columns."""

from __future__ import annotations

from pipeline.stages.tips.config import TipsConfig
from pipeline.stages.tips.detect import Context, question_sections
from pipeline.stages.tips.paras import paragraphs, reader_signature
from tests.conftest import tip_headlines as headlines

COLUMN = ("Ask Ilse: a noisy neighbour, and a wedding I can't afford\n\n"
          "Ilse Vandermeer answers your letters\n\n"
          "The flat above mine plays music until two every morning. How do I complain without starting a war?\n"
          "I have lived here six years and never had a problem before. The new tenants are young and friendly, "
          "and I am afraid of becoming the grumpy old man of the building.\n"
          "Pavel, Brno\n\n"
          "You can be friendly and still ask for sleep. Knock on a weekend afternoon, not at two in the morning, "
          "and ask for one thing: quiet after midnight on weeknights. Most people agree when asked kindly.\n\n"
          "My oldest friend is getting married abroad and I cannot afford to go. Do I tell her the truth?\n"
          "She has asked me to be a bridesmaid. The flights alone are a month's rent, and I have been dreading "
          "the conversation for weeks.\n"
          "Name withheld\n\n"
          "Yes, and soon. A friend of thirty years would rather hear it now than guess at it later. Offer what "
          "you can give: a dress fitting, a speech by video, a dinner when she is back.\n\n"
          "Write to Ilse at the address below. Letters may be edited for length.\n")


def test_two_signed_letters_are_the_columns_points():
    assert headlines(COLUMN) == [
        "The flat above mine plays music until two every morning. How do I complain without starting a war?",
        "My oldest friend is getting married abroad and I cannot afford to go. Do I tell her the truth?"]


def test_two_questions_without_signed_letters_are_no_list_of_questions():
    def questions(text: str) -> int:
        return len(question_sections(paragraphs(text), Context(text=text, config=TipsConfig())))

    assert questions(COLUMN) == 2
    assert questions(COLUMN.replace("Pavel, Brno\n", "").replace("Name withheld\n", "")) == 0


def test_a_signature_is_a_name_and_a_place_or_a_pen_name():
    assert reader_signature("Pavel, Brno") and reader_signature("Name withheld")
    assert reader_signature("Worried in Wexford")
    assert not reader_signature("Quiet after midnight, please.")
    assert not reader_signature("More from the magazine")
