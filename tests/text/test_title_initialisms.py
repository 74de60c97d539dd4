"""A title may end in an initialism's full stop ("... At 3 A.M.", "... In The U.S."): that stop is the title's own,
not a sentence's end (round 9); a directory's "Article Title:" label is no part of the title. Our own words."""

from __future__ import annotations

from pipeline.text.attribution import clean_title, is_prose, looks_like_title, may_be_title


def test_a_title_ending_in_an_initialism_is_still_a_title():
    for title in ("Why Night Nurses Eat Breakfast At 7 P.M.", "Six Cheap Road Trips Across The U.S."):
        assert looks_like_title(title) and may_be_title(title)
        assert not is_prose(title)


def test_its_stop_stays_on_the_title():
    assert clean_title("Why Night Nurses Eat Breakfast At 7 P.M.") == "Why Night Nurses Eat Breakfast At 7 P.M."
    assert clean_title("Why Night Nurses Eat Breakfast At 7 P.M. |") == "Why Night Nurses Eat Breakfast At 7 P.M."
    assert clean_title("Why Night Nurses Eat Breakfast.") == "Why Night Nurses Eat Breakfast"


def test_a_sentence_still_ends_at_its_stop():
    assert not looks_like_title("We Finally Ate Breakfast At 7 P.M. And Slept.")
    assert is_prose("We did not get home from the ward until after 7 P.M. most nights that winter, so dinner moved.")
    # a society's legal form in lower case ("e.V.") is no initialism of a title's words
    assert not looks_like_title("Verein Deutscher Gartenfreunde e.V.")


def test_a_directory_s_article_title_field_label_is_not_the_title_s():
    assert clean_title("Article Title: Rain Barrels For Small Roofs") == "Rain Barrels For Small Roofs"
    assert clean_title("Post title: Rain Barrels For Small Roofs") == "Rain Barrels For Small Roofs"
    assert clean_title("Article Titles Explained") == "Article Titles Explained"
