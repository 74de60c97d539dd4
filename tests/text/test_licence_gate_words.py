"""The licence gate (issue 19, round 8): ``find_statements`` asks every line whether it holds one of ~180 words
before any pattern runs. ``passes_gate`` finds them all in one pass of an Aho-Corasick automaton; its answer must be
the word-by-word ``in`` tests' answer, on every line of the tunable real-page parts and on lines written to meet
each branch of the gate (and to just miss it)."""

from __future__ import annotations

from pathlib import Path

from pipeline.text import licence as lic

REALPAGES = Path(__file__).resolve().parent.parent / "fixtures" / "realpages"
TUNABLE = ("dev", "setapart", "dev3", "holdout2", "dev4", "dev6", "dev7", "holdout3", "dev5", "holdout4",
           "holdout5", "holdout6")  # never the validation or sealed parts


def _has(lowered: str, words: tuple[str, ...]) -> bool:
    return any(word in lowered for word in words)


def gate_by_words(text: str) -> bool:
    """The gate as it was written before the automaton: each list asked with ``in``."""
    lowered = text.lower()
    return (_has(lowered, lic.GRANT_NOUNS) and _has(lowered, lic.GRANT_WORDS) or _has(lowered, lic.HINTS)
            or not text.isascii() and _has(lowered, lic.SCRIPT_HINTS)
            or _has(lowered, lic.SHAPED_HINTS) and lic.SHAPED_HINT.search(lowered) is not None
            or _has(lowered, lic.FOREIGN_MODALS) and _has(lowered, lic.MODAL_PARTNERS)
            or _has(lowered, lic.NEGATED_COPY)
            or ("first" in lowered or "before" in lowered) and _has(lowered, lic.ASK_WORDS)
            and _has(lowered, lic.GRANT_NOUNS))


# Each branch met, and the near misses: a noun without a grant's word, a shaped hint out of its shape ("according",
# "compass", "Oktober", "blueprint"), a modal without its participle, an ask without "first"/"before", words that
# overlap ("publishers" holds "publish"; "copyrights" holds "copyright" and "rights"), other scripts in a Latin line.
EDGES = [
    "Be kind to every customer.", "The article is long.", "You can find it online.", "You may quote this article.",
    "Copyright 2020 by someone.", "(c) 2011", "All material is protected.", "According to the compass it was Oktober.",
    "The blueprint is attached.", "Feel free to pass it along.", "Okay, we passed.", "A CC BY 4.0 text.",
    "Das darf man nicht vergessen.", "Der Text darf kopiert werden.", "Dit artikel mag worden overgenomen.",
    "Please do not copy this.", "It must not be reposted.", "Not for republication.", "Ask me first.",
    "Ask first before you post the article.", "Contact us before reusing this text.", "Mail the editor before noon.",
    "Перепечатка запрещена.", "Все права защищены.", "無断転載を禁じます", "版權所有", "Tüm hakları saklıdır.",
    "İSTANBUL HABERLERİ", "ΟΔΥΣΣΕΑΣ ΣΑΣ", "Our publishers' copyrights.", "thanks for letting us run it", "",
    " ", "\u2028", "Bedarf an Material", "mag ", "the ok sign", "a okay deal", "Permission granted.",
]


def _lines() -> list[str]:
    pages = [path.read_text(encoding="utf-8") for part in TUNABLE
             for path in sorted((REALPAGES / part).glob("*.txt"))]
    return EDGES + [line.strip() for page in pages for line in page.split("\n")]


def test_the_automaton_answers_as_the_words_do():
    lines = _lines()
    assert len(lines) > 5000
    answers = [lic.passes_gate(line, line.lower()) for line in lines]
    assert answers == [gate_by_words(line) for line in lines]
    assert 0 < sum(answers) < len(lines)  # both answers are met


def test_each_gate_word_sets_the_bit_of_every_list_that_holds_it():
    for n, words in enumerate(lic.GATE_LISTS):
        for word in words:
            assert lic.gate_mask(word) & 1 << n, (n, word)


def test_edges_each_meet_the_branch_they_were_written_for():
    assert lic.passes_gate("Der Text darf kopiert werden.", "der text darf kopiert werden.")
    assert not lic.passes_gate("Das darf man nicht vergessen.", "das darf man nicht vergessen.")
    assert not lic.passes_gate("According to the compass it was Oktober.",
                               "according to the compass it was oktober.")
    assert lic.passes_gate("Перепечатка запрещена.", "перепечатка запрещена.")
    assert lic.passes_gate("Ask first before you post the article.", "ask first before you post the article.")


def test_long_word_lists_answer_as_the_in_tests():
    # a list of ANY_WORDS_AUTOMATON words or more is asked by one automaton pass (round 24): it must answer as the
    # word-by-word ``in`` tests do, for each of the module's long lists, on lines holding one of its words (at the
    # start, inside another word, at the end) and on lines holding none
    import random

    from pipeline.text import licence as lic

    lists = [v for v in vars(lic).values() if isinstance(v, tuple) and len(v) >= lic.ANY_WORDS_AUTOMATON
             and all(isinstance(w, str) and w for w in v)]
    assert len(lists) >= 5
    rng = random.Random(24)
    fillers = ["plant the beans", "zz", "ünïcode ẞtraße", "   ", "a", ""]
    for words in lists:
        for _ in range(40):
            word = rng.choice(words)
            line = rng.choice([f"{word} {rng.choice(fillers)}", f"x{word}y", f"{rng.choice(fillers)} {word}"])
            assert lic._has_any(line, words) is True
            quiet = rng.choice(fillers)
            assert lic._has_any(quiet, words) == any(w in quiet for w in words)
