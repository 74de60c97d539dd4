"""Round 24's review, finding (9), in our own words: the foreign-advert rule took a quoted line of another script
for an advert when it held a span of years or a number, and dropped it from the English article."""

from __future__ import annotations

from pipeline.repairs.spam import fix_foreign_spam

ARTICLE = ("My grandmother kept one rule for the garden, and I still hear it every spring.\n"
           "{line}\n"
           "She grew potatoes on the same slope for fifty years and never once bought seed.")


def test_a_quoted_line_with_a_span_of_years_stays():
    text = ARTICLE.format(line="«Земля любит терпеливых», бабушка Аня, 1931-2004")
    assert fix_foreign_spam(text)[0] == text


def test_a_quoted_line_with_a_number_in_it_stays():
    text = ARTICLE.format(line="«Одно доброе поле кормит 1 000 000 птиц», говорила она")
    assert fix_foreign_spam(text)[0] == text


def test_an_unquoted_advert_with_a_phone_number_still_goes():
    text = ARTICLE.format(line="семена недорого звоните 8-800-555-01-02")
    cleaned, changes = fix_foreign_spam(text)
    assert "8-800" not in cleaned and [c.name for c in changes] == ["foreign_spam"]


def test_a_quoted_advert_with_a_link_still_goes():
    text = ARTICLE.format(line="«семена недорого» http://seeds.example/ru")
    assert "seeds.example" not in fix_foreign_spam(text)[0]
