"""Foreign-script spam goes; foreign-language passages that belong to the article stay. The texts are written
for these tests (the spam shapes follow the seed pages: a keyword glued to the title, a heading with links)."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from pipeline.repairs import repair_article, repair_text, spam
from pipeline.repairs.spam import fix_foreign_spam

INTRO = ("Every good customer service team learns to slow down. When a caller is upset, the first job is to "
         "listen, and the second is to say back what you heard, so that the caller knows the message arrived.")


@pytest.mark.parametrize("ending", [
    # an English article that ends with a short poem in Chinese, quoted in full
    "My grandmother kept a short poem on her counter, and I end with it:\n\n"
    "春风吹过小河边\n客人来了笑开颜\n一杯清茶慢慢品\n好话一句暖三天",
    # ... or with two closing lines in Russian
    "A colleague from Kazan likes to close her training with these lines:\n\n"
    "Спокойный голос решает половину проблемы.\nХороший ответ приходит вовремя.",
    # ... or with a poem under its own heading in Chinese, which ends with a colon like a spam heading does
    "The night shift wrote its own short poem:\n\n夜班小诗：\n窗外细雨落\n灯下守电话",
    # ... or with a single line in Greek
    "We printed our motto on every mug in the office:\n\nΗ υπομονή είναι δύναμη.",
])
def test_a_closing_passage_in_another_script_survives(ending):
    text = f"{INTRO}\n{ending}"
    assert fix_foreign_spam(text, english=True) == (text, [])
    assert repair_text(text)[0] == text


def test_a_wholly_russian_article_is_left_alone():
    text = ("Хороший сотрудник службы поддержки умеет слушать. Когда клиент расстроен, сначала нужно "
            "выслушать его, а потом повторить услышанное, чтобы клиент понял: его услышали.\n"
            "Спокойный голос решает половину проблемы.\nХороший ответ приходит вовремя.")
    result = repair_article(text, "Служба поддержки: пять правил")
    assert (result.text, result.title, result.counts) == (text, "Служба поддержки: пять правил", {})
    assert result.language == "ru"


def test_real_spam_still_goes():
    text = (f"{INTRO} 相关的主题文章:\n网络营销 http://www.example.cn/1.html\n手机 http://www.example.cn/2.html")
    assert repair_text(text)[0] == INTRO
    assert repair_article(INTRO, "Five Rules for the Help Desk-网络营销2012").title == "Five Rules for the Help Desk"
    links = f"{INTRO}\n网络营销 手机 北京 http://www.example.cn/3.html\n汽车配件 http://www.example.cn/4.html"
    assert repair_text(links)[0] == INTRO  # a closing block of foreign link lines, without a heading


def test_a_trailer_after_damaged_english_goes_in_one_repair():
    """The trailer rule waits for English before the heading; ``repparttar .pany’s`` hides it until the marker
    and .com fixes mend it, so the first repair kept the links and a second one removed them (hypothesis found
    it: repairs must be idempotent). foreign_spam runs again after the mending fixes."""
    text = ("• Tweet\nYour team plays a big part in repparttar .pany’s growth. Pass it on: ©Ann Lowe, MBA, Career "
            "Coach, http://www.annlowe.cc . 相关的主题文章:\n婚纱摄影 http://www.286313.cn/713.html\n"
            "巴雷特 http://www.822550.cn/736.html")
    once, plan = repair_text(text)
    assert "http://www.286313.cn" not in once and "the company’s growth" in once
    assert repair_text(once)[0] == once
    assert [name for name, _ in plan].count("foreign_spam") == 1  # the second run removed them, the first nothing


class _CountedLines(Sequence):
    """A text's lines that count the lines read and refuse to be sliced (a slice copies every line it spans)."""

    def __init__(self, lines: list[str], reads: list[int]) -> None:
        self.lines, self.reads = lines, reads

    def __len__(self) -> int:
        return len(self.lines)

    def __getitem__(self, k):
        if isinstance(k, slice):
            raise AssertionError("the neighbour walk sliced the lines")
        self.reads[0] += 1
        return self.lines[k]


def test_advert_lines_of_a_long_text_are_found_in_linear_work(monkeypatch):
    """Each advert line's English neighbours are looked for by walking outward from it: over a text of thousands of
    advert lines the lines read stay a few per line (the walk once copied every line above and below each advert)."""
    reads = [0]
    walk = spam._english_beside
    monkeypatch.setattr(spam, "_english_beside", lambda lines, k, step: walk(_CountedLines(lines, reads), k, step))
    block = "Water the ferns on Fridays.\n\nкупить дёшево http://shop.example\n\n"
    for copies in (500, 2000):
        reads[0] = 0
        text = block * copies + "Water the ferns on Fridays."
        found = spam._link_lines(text)
        assert [c.before for c in found] == ["купить дёшево http://shop.example\n"] * copies
        lines = text.count("\n") + 1
        assert reads[0] <= 2 * lines, (copies, reads[0])  # two steps each way per advert, never the whole text
