"""Round 16's cheap exact gates in attribution's thread readers (issue 19): each answers as the full test did."""

from __future__ import annotations

import itertools

from pipeline.text import attribution as at

CARD = ["lina_04", "Nowicjusz", "03-02-2025 19:45", "Hallo zusammen."]


def test_card_without_stats_reads_its_stamp_two_lines_under():
    assert at.post_card_name(CARD, 0, stats=False) == "lina_04"
    # the stamp one line lower, or the name too near the end of the lines: no card (the gate and the full test agree)
    assert at.post_card_name(["lina_04", "Nowicjusz", "Neu hier", "03-02-2025 19:45"], 0, stats=False) is None
    assert at.post_card_name(CARD[:2], 0, stats=False) is None
    assert at.post_card_name(CARD, 2, stats=False) is None


def test_card_gate_leaves_the_stats_reading_alone():
    # with stats, a card over its post count needs no stamp (the gate is asked only without stats)
    assert at.post_card_name(["Offline Rosa Kemp", "Member", "Posts: 31", "Hello."], 0) == "Rosa Kemp"


def test_card_gate_on_every_order_of_a_cards_lines():
    lines = ["lina_04", "Nowicjusz", "03-02-2025 19:45", "Hallo.", "Ole Brandt", "Experte", "04-02-2025 08:10"]
    for order in itertools.permutations(lines, 4):
        texts = list(order)
        for k in range(len(texts)):
            got = at.post_card_name(texts, k, stats=False)
            if got is not None:  # a card found has its clock two lines under its name
                assert ":" in texts[k + 2]
    assert at.post_card_name(lines, 4, stats=False) == "Ole Brandt"


def test_accepted_mark_counts_words_up_to_its_limit_only():
    twelve = "✓ Accepted " + " ".join(["word"] * 10)
    assert at.is_accepted_mark(twelve)
    assert not at.is_accepted_mark(twelve + " more")  # thirteen words: a sentence, not a label
    assert at.is_accepted_mark("  ✔ Best answer  ")  # blanks around the label are no words


def test_thread_readers_lower_case_once_and_still_read_capitals():
    heads = at.voted_heads(["[–]ana_k 847 POINTS 3 months ago", "Text.", "[–]bo_7 12 Votes 2 days ago"])
    assert [v.name for v in heads] == ["ana_k", "bo_7"]
    thanks = "The Following 4 Users Say THANK You to Rosa Kemp For This Useful Post:"
    thanked = at.most_thanked(["#2", "Sow late.", thanks])
    assert thanked is not None and thanked.name == "Rosa Kemp"


def test_accepted_answer_gate_answers_as_the_three_readers():
    from pipeline.stages.segment import _accepted_answer

    pages = [
        ["Any fix?", "✓ Accepted", "Ines Dorado", "12 March 2024", "Use less."],
        ["Post by: bo » 2024-07-09", "Hi?", "✔ Best answer", "Post by: Ana Reis » 2024-07-10", "Do X."],
        ["Offline Ana Ruiz", "Global Moderator", "*****", "Posts: 4120", "Re: Pots", "✔ Best answer"],
        ["Any fix?", "Ines Dorado", "12 March 2024", "The accepted answer covers the basics. Two more:"],
        ["", "   ", "Plain text with no mark."],
    ]
    for page in pages:
        expected = at.accepted_card(page) or at.accepted_reply(page) or at.accepted_post(page)
        assert _accepted_answer(page) == expected
    assert _accepted_answer(pages[0]) is not None and _accepted_answer(pages[3]) is None


ALL_CHARACTERS = "".join(chr(i) for i in range(0x110000) if not 0xD800 <= i < 0xE000)


def test_note_gate_rests_on_the_engine_facts_it_states():
    import regex

    from pipeline.text.languages import other_languages, words

    # every character the pattern's blank matches is one str.split splits at
    assert all(c.isspace() for c in regex.findall(r"\s", ALL_CHARACTERS))
    phrases = words("posted_by", other_languages())
    assert all(not c.isspace() or c == " " for phrase in phrases for c in phrase)  # words stand between spaces
    # every character case-blind matching pairs with a phrase word's letter folds as that letter does (the gate
    # asks every word of a phrase, round 24)
    letters = {c for p in phrases for c in p} - {" "} | {c for first in at.NOTE_PHRASES for c in first}
    for letter in letters:
        for c in regex.findall("(?i)" + regex.escape(letter), ALL_CHARACTERS):
            assert at.note_fold(c) == at.note_fold(letter), (letter, c)


def test_note_gate_answers_as_the_pattern():
    import random

    from pipeline.text.languages import other_languages, words

    nouns = ["texto", "Artikel", "post", "TEKST", "yazı", "article"]
    phrases = [p for p in words("posted_by", other_languages())][:40] + ["escrito por", "YAZAN", "yazan"]
    fillers = ["este", "a fost", "Ana Souza", "Ion Popa", "İpek Işık", "and", "the text", "by", "was"]
    rng = random.Random(16)
    found = 0
    for _ in range(3000):
        parts = [rng.choice(nouns + phrases + fillers) for _ in range(rng.randint(1, 7))]
        parts = [p.upper() if rng.random() < 0.2 else p for p in parts]
        text = " ".join(parts) + rng.choice(["", ".", " und mehr."])
        matched = at.NOTE_WRITTEN_BY.search(text) is not None
        found += matched
        if matched:
            assert at.may_note_writer(text), text
        assert at.written_by_note(text) == _written_by_note_ungated(text)
    assert found > 100  # the draw reaches the pattern often


def _written_by_note_ungated(text: str):
    for m in at.NOTE_WRITTEN_BY.finditer(text):
        words = m["who"].split()
        while words and words[-1][:1].islower():
            words.pop()
        who = " ".join(words)
        if who and at.is_person_name(who) and len(words) <= at.MAX_BYLINE_WORDS:
            return at.split_name(who)
    return None


def test_note_gate_reads_capitals_and_turns_plain_english_away():
    assert at.written_by_note("ESTE TEXTO FOI ESCRITO POR Ana Souza Lima.").name == "Ana Souza Lima"
    assert at.written_by_note("This post was written by our team and the text was posted by Ana Lee.") is None


def test_note_gate_asks_every_word_of_a_phrase():
    # a phrase's first word alone is no match: its other words must stand in the text too, in any case
    assert at.may_note_writer("Dieser Text wurde GESCHRIEBEN VON Jonas Brandt.")
    assert not at.may_note_writer("Geschrieben steht es im Buch, sagt Jonas.")
    assert at.written_by_note("Geschrieben steht es im Buch, sagt Jonas.") is None
    # the words need not stand together for the gate (the pattern then decides): the gate only turns texts away
    assert at.may_note_writer("Von Jonas ist es geschrieben worden.")
    # a text the pattern reads is never turned away
    assert at.written_by_note("Nota: este texto foi escrito por Marta Quintela Dias.").name == "Marta Quintela Dias"
