"""Round 5 (issue 16): a list of signs or rules whose glyphs were lost in scraping, one stated rule a line, with no
verb telling the reader what to do ("A ring around the moon means …"). Pages written here in our own words after
the shape of real folklore and "signs" pages."""

from __future__ import annotations

from tests.conftest import tip_headlines as headlines

SIGNS = ("Old gardeners judged the coming frost without any app. A few of their signs still work.\n\n"
         "A clear sky after sunset lets the warmth of the soil escape into the night.\n\n"
         "Heavy dew on the lawn by evening points to a cold and still night ahead.\n\n"
         "Chimney smoke that sinks to the ground tells of damp, heavy air.\n\n"
         "Spiders spinning long webs in the morning usually mean a dry day.\n\n")


def test_a_run_of_stated_rules_under_an_introduction_gives_one_tip_each():
    assert headlines(SIGNS) == [
        "A clear sky after sunset lets the warmth of the soil escape into the night.",
        "Heavy dew on the lawn by evening points to a cold and still night ahead.",
        "Chimney smoke that sinks to the ground tells of damp, heavy air.",
        "Spiders spinning long webs in the morning usually mean a dry day."]


def test_a_news_report_in_short_paragraphs_gives_no_tips():
    report = ("The river rose by two metres overnight after three days of heavy rain.\n\n"
              "The council said the flood barrier on the quay held until the early morning.\n\n"
              "Residents of the lower streets were moved to the school hall before midnight.\n\n"
              "The road to the bridge remains closed while engineers inspect the damage.\n\n"
              "A spokesman told reporters that the water should fall by the weekend.\n\n")
    assert headlines(report) == []


def test_short_lines_in_the_first_person_are_a_story_not_rules():
    story = ("Our first winter in the cottage was a lesson in cold.\n\n"
             "My grandmother's kettle sat on the stove from dawn until late at night.\n\n"
             "Frost ferns covered the inside of the bedroom window every single morning.\n\n"
             "The pipes under my sink froze solid twice in the same week of January.\n\n")
    assert headlines(story) == []
