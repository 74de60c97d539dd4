"""Text helpers and paragraphs: normalising, lead sentences, advice cues, and an article body cut into
:class:`Para` s with their list markers (hard-wrapped lines joined)."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import islice

from ...text.attribution import caseless_letter
from ...text.dates import YEAR_OR_DATE, is_date_line
from ...text.languages import SCRIPT_FULL_STOPS, number_words, other_languages
from ...text.terms import gatable
from .patterns import (
    ABBREVIATIONS,
    ADVICE_ANYWHERE,
    ADVICE_LEAD,
    ADVICE_OPENER,
    ANSWER_LABEL,
    AUXILIARIES,
    BIO_VERBS,
    BULLET_LINE,
    BUTTON_ROW,
    CASE_BLIND_EXTRAS,
    CHECKBOX,
    CHECKBOX_STYLE,
    CHROME_LINE,
    CIRCLED_BLOCKS,
    CJK_ITEM_MIN_LETTERS,
    CJK_NUMERALS,
    CLOSING,
    CLOSING_ANYWHERE,
    CLOSING_WORDS,
    CODE_LINE,
    COLON_LEAD_MAX_WORDS,
    COMMENT_DATED,
    COMMENT_SAYS,
    COMMENT_WHEN,
    CONTINUATION,
    COUNT_NOUN_WORDS,
    COUNTED_WORDS,
    COUNTS_ON,
    CUE_LINE,
    DASH_LEAD,
    DURATION_LINE,
    ENTRY_LABEL_WORDS,
    EXPECTED_COUNT,
    FIRST_PERSON,
    FRAME_END,
    FRAME_PERSON,
    FULL_WIDTH_BREAK,
    FULL_WIDTH_ENDS,
    GUARD,
    GUARD_HEADS,
    GUARD_WORDS,
    HABIT_ADVERBS,
    HABIT_CHANGE_VERBS,
    HABIT_CONNECTIVE,
    HABIT_NOUN_LEAD,
    HEADING_MARKUP,
    HEBREW_NUMERALS,
    HYPHEN_BREAK,
    HYPHEN_DATE_TIME,
    IMPERATIVES,
    INGREDIENTS_CUE,
    INLINE_ANSWER,
    LABEL_MODIFIERS,
    LABEL_WORDS,
    LEAD_LINE_MAX_CHARS,
    LEAD_LINE_MAX_WORDS,
    LEADING_COUNT,
    LETTER_SIGNATURE,
    LOWER_CASE_BREAK,
    MARKDOWN_HEADING,
    MEDIA_LOCATOR,
    MONEY,
    NOT_BULLET_SYMBOLS,
    NOT_VERBS,
    NUMBER_OBJECTS,
    NUMBER_WORDS,
    NUMBERED_LINE,
    PAGE_FOOTER,
    PAGE_FOOTER_MAX_WORDS,
    PAGER,
    PAGER_MAX_CHARS,
    PAST_TENSE,
    POST_STAMP,
    PRINT_MARGIN,
    PRINT_MARGIN_MAX_CHARS,
    QUESTION_LABEL,
    QUESTION_LINE_SENTENCES,
    QUESTION_LINE_WORDS,
    READER_CREDIT,
    READER_LANGUAGES,
    ROMAN_VALUES,
    RULE_CHARS,
    RULE_LINE,
    SALUTATION,
    SAYING_WORDS,
    SCRIPT_NUMBER_STOPS,
    SECOND_PERSON,
    SENTENCE_BREAK,
    SENTENCE_INSIDE,
    SENTENCE_WORDS,
    SEQUENCE_WORD,
    SEQUENCE_WORD_ABROAD,
    SEQUENCE_WORD_BARE,
    SIGN_MARKERS,
    SIGNATURE_MAX_WORDS,
    SPOKEN_OPENERS,
    STACKED_MARKER,
    STANCE_VERBS,
    STOPWORDS,
    TOP_BLANK,
    UNSPACED_LETTER,
    VERB_OBJECTS,
    WH_WORDS,
    WITHHELD,
    WORD,
)

Span = tuple[int, int]
LOWER_CASE_SCRIPTS_END = "\u0530"  # the scripts whose writers capitalise a sentence: Latin, Greek, Cyrillic
LEAD_CACHE_PARAGRAPHS = 2048  # paragraphs whose lead sentence and advice test are remembered (~1 MB of text)
# The detectors ask the same paragraph's words again and again (each detector walks every paragraph): normalise,
# has_words and sentence_starts are pure functions of their text, asked 1.7-2 times per distinct text on real text
# (issue 19), so each remembers the texts of a few pages.
TEXT_CACHE_PARAGRAPHS = 4096


@functools.lru_cache(maxsize=TEXT_CACHE_PARAGRAPHS)
def normalise(text: str) -> str:
    """Collapse every run of whitespace (newlines and no-break spaces included) to one space.

    A line broken after a hyphen inside a word ("bad-\\nmouths") is joined without a space.

    >>> normalise("  Be proud\\n of what\\u00a0 you do. ")
    'Be proud of what you do.'
    >>> normalise("someone who bad-\\n  mouths you")
    'someone who bad-mouths you'
    """
    if "-\n" in text or "- \n" in text:
        text = HYPHEN_BREAK.sub("", text)
    return " ".join(text.split())


@functools.lru_cache(maxsize=TEXT_CACHE_PARAGRAPHS)
def heads_ingredients(text: str) -> bool:
    """Whether a paragraph heads a recipe's ingredients or a kit list (:data:`INGREDIENTS_CUE`): asked of every
    paragraph by several detectors and the gate, 3 times per distinct paragraph on real text (issue 19).

    >>> heads_ingredients("Ingredients (serves 4):"), heads_ingredients("What you'll need:")
    (True, True)
    >>> heads_ingredients("You'll need to call ahead first.")
    False
    """
    return INGREDIENTS_CUE.match(text) is not None


def may_guard(text: str) -> bool:
    """Tell whether :data:`GUARD` can match ``text`` at all: a cheap exact gate before the regex (False only when
    no branch's word is in the text).

    >>> may_guard("Smile. Listen. Say thanks."), may_guard("Text ... About the Author"), may_guard("ſhare")
    (False, True, True)
    """
    lowered = text.lower()
    for word in GUARD_WORDS:  # plain loops, not any() over generators: this runs on most paragraphs
        if word in lowered:
            return True
    for fold in CASE_BLIND_EXTRAS:
        if fold in text:
            return True
    return False


_LINE_BLANKS = re.compile(r"\n?[ \t]*")  # a line start and the spaces and tabs after it
_BLANKS = re.compile(r"\s*")


def _dead_blanks(text: str, at: int) -> int:
    """Where the blanks after the failed line start ``at`` end, when a blank other than a space or tab follows its
    spaces and tabs; else -1. There only GUARD's "back to page" branch can match (every other opens with a word, a
    digit, "<" or "©"), and it matches only where those blanks end: so a later line start inside them, whose own
    spaces and tabs end inside them too, fails as this one did. Skipping those keeps a run of 50,000 blank lines
    from being walked to its end from each of them (quadratic)."""
    after = _LINE_BLANKS.match(text, at).end()
    if after < len(text) and text[after].isspace():
        return _BLANKS.match(text, after).end()
    return -1


def guard_matches(text: str) -> Iterator[re.Match[str]]:
    """``GUARD.finditer(text)`` behind :func:`may_guard`, the pattern asked only where a match can start (a line's
    start, or a word of :data:`GUARD_HEADS`): the engine would try its IGNORECASE alternation at every offset of the
    body. Matching at each such offset from where the last match ended gives finditer's matches, as no offset
    skipped can start one. A text holding a character IGNORECASE folds to an ASCII letter (``CASE_BLIND_EXTRAS``) is
    searched whole, as its lowered text may not be where the pattern matches.

    >>> [m.group().strip() for m in guard_matches("Body.\\nAbout the Author\\nJo is licensed under it.")]
    ['About the Author', 'is licensed under']
    """
    if not may_guard(text):
        return
    for fold in CASE_BLIND_EXTRAS:
        if fold in text:
            yield from GUARD.finditer(text)
            return
    lowered = text.lower()
    starts = [0]
    at = text.find("\n")
    while at >= 0:
        starts.append(at)
        at = text.find("\n", at + 1)
    for head, word in GUARD_HEADS:
        if word in lowered:
            at = lowered.find(head)
            while at >= 0:
                starts.append(at)
                at = lowered.find(head, at + 1)
    end = 0
    dead = -1  # a line start that failed left blanks up to here: later line starts inside them fail too
    for at in sorted(starts):
        if at < end:
            continue
        if at < dead and _LINE_BLANKS.match(text, at).end() < dead:
            continue
        if m := GUARD.match(text, at):
            yield m
            end = m.end()
        elif text[at:at + 1] == "\n":
            dead = _dead_blanks(text, at)


def has_guard(text: str) -> bool:
    """``GUARD.search(text)`` as a bool, behind its exact gate :func:`may_guard` (the detectors ask it of most
    paragraphs).

    >>> has_guard("About the Author: Jo writes."), has_guard("About the garden")
    (True, False)
    """
    return may_guard(text) and GUARD.search(text) is not None


def sentence_starts(text: str) -> list[int]:
    """Return the offsets in ``text`` where a sentence after the first starts (``Mrs.``, ``J.`` do not end one).

    >>> sentence_starts("Repot in spring. Mrs. Lee agrees. Good luck!")
    [17, 34]
    >>> sentence_starts("One.\\nTwo.")
    [5]
    """
    return list(_sentence_starts(text))  # a fresh list: a caller may change its own


@functools.lru_cache(maxsize=TEXT_CACHE_PARAGRAPHS)
def _sentence_starts(text: str) -> tuple[int, ...]:
    out = []
    for m in SENTENCE_BREAK.finditer(text):
        before = text[: m.start()].rstrip("\"”’')]")
        if _abbreviated(before, before.rsplit(None, 1)[-1] if before.split() else ""):
            continue
        out.append(m.end())
    full_width = _full_width_starts(text)
    return tuple(sorted({*out, *full_width})) if full_width else tuple(out)


def _full_width_starts(text: str) -> list[int]:
    """Where a Chinese or Japanese sentence after the first starts, with no blank after the full-width mark ending
    the one before (:data:`FULL_WIDTH_BREAK`); ``[]`` in a text without such a mark.

    >>> _full_width_starts("先浇水。再施肥！好吗？"), _full_width_starts("Water first. Then feed.")
    ([4, 8], [])
    """
    if not any(mark in text for mark in FULL_WIDTH_ENDS):
        return []
    return [m.end() for m in FULL_WIDTH_BREAK.finditer(text)]


INITIAL_LETTERS = 2  # a piece of an initialism: "U.S.", "e.g.", the Assamese "ও.আৰ.এছ." (ORS), its syllables


def _abbreviated(before: str, word: str) -> bool:
    """Whether the full stop ending ``before`` (its last word ``word``) ends an abbreviation, not a sentence: a word
    of :data:`ABBREVIATIONS` ("Mrs."), a single letter ("J."), or an initialism of short pieces between stops in any
    script ("U.S.", "ও.আৰ.এছ.", ORS in Assamese: a vowel sign is no letter of its own).

    >>> _abbreviated("Ask Mrs.", "Mrs."), _abbreviated("Give ও.আৰ.এছ.", "ও.আৰ.এছ."), _abbreviated("Rest.", "Rest.")
    (True, True, False)
    >>> _abbreviated("in 2019.", "2019."), _abbreviated("he left.it", "left.it")
    (False, False)
    """
    last = word.rstrip(".").lower()
    if not before.endswith(".") or not last:
        return False
    pieces = last.split(".")
    return last in ABBREVIATIONS or (len(last) == 1 and last.isalpha()) or len(pieces) >= 2 and all(
        piece and len([ch for ch in piece if ch.isalpha()]) <= INITIAL_LETTERS and (
            all(ch.isalpha() or unicodedata.category(ch).startswith("M") for ch in piece)) for piece in pieces)


# A block's tests ask for the same paragraph's lead sentence again and again (72 % of the calls on real text, in
# _point_block's counters and tests): a pure function of the text, remembered for the paragraphs of a few pages.
@functools.lru_cache(maxsize=LEAD_CACHE_PARAGRAPHS)
def lead_sentence(text: str) -> str:
    """Return the first sentence of ``text`` (abbreviations such as ``Mrs.`` do not end a sentence).

    >>> lead_sentence("Be proud of what you do. You play an important role.")
    'Be proud of what you do.'
    >>> lead_sentence("Mrs. Jones just pulled into your parking lot. She is a customer.")
    'Mrs. Jones just pulled into your parking lot.'
    >>> lead_sentence("Making eye contact and smiling")
    'Making eye contact and smiling'

    A text opening in lower case is written so throughout (a social post): its sentences open in lower case too.

    >>> lead_sentence("teach it to the cat. say it out loud, e.g. at night.")
    'teach it to the cat.'
    """
    text = normalise(text)
    # (Latin, Greek and Cyrillic writers capitalise a sentence: Georgian letters count as lower case but have no
    # capitals in running text, so a Georgian sentence opening is no sign of a lower-case post)
    breaks = LOWER_CASE_BREAK if text[:1].islower() and text[:1] < LOWER_CASE_SCRIPTS_END else SENTENCE_BREAK
    # a Chinese or Japanese sentence ends at its full-width mark, a blank after it or none (and a blank-ended one
    # before it ends the lead there)
    full_width = _full_width_starts(text)
    end = full_width[0] if full_width else len(text)
    for m in breaks.finditer(text, 0, end):
        before = text[: m.start()].rstrip("\"”’')]")
        if _abbreviated(before, before.rsplit(" ", 1)[-1]):
            continue
        return text[: m.start()].strip()
    return text[:end].strip()


def step_word_end(text: str) -> int:
    """Where the text after a step's or tip's own number starts when ``text`` opens with one and its mark ("Step 2:
    Melt …", "Étape 2 : Faire …", "Tip 4 - …"), else 0.

    >>> step_word_end("Étape 2 : faire fondre le beurre."), step_word_end("Step 2 of the plan was hard.")
    (10, 0)
    """
    step = NUMBERED_LINE.match(text) if text[:1].isalpha() else None
    if step is None or not step.group("word") or text[:step.end()].rstrip()[-1:] not in ":.)-–—" or not has_words(
            text[step.end():], 2):
        return 0
    return step.end()


def headline_of(sentence: str) -> str:
    """Return a tip's headline from its lead sentence, without the sequence word that numbers it in prose
    ("First, talk to him" -> "Talk to him"; "Then I check the fridge" -> "I check the fridge"): the word is the
    point's marker, as "1." is. A lead such as "Plan ahead: spend ten minutes …" stays whole (the point is
    the sentence).

    >>> headline_of("First, talk to your husband."), headline_of("After that I write the list.")
    ('Talk to your husband.', 'I write the list.')
    >>> headline_of("Then look at what the job is worth."), headline_of("Then it rained.")
    ('Look at what the job is worth.', 'Then it rained.')
    >>> headline_of("First off it’s important to know."), headline_of("Finally, ")
    ('First off it’s important to know.', 'Finally, ')
    >>> headline_of("Em seguida, vejo os folhetos."), headline_of("Segundo o jornal, choveu.")
    ('Vejo os folhetos.', 'Segundo o jornal, choveu.')

    A step's or tip's own number inside a bulleted item ("• Step 2: Melt the butter", "- Étape 2 : Faire fondre …")
    is its marker too (SPEC lists "Step 3:" among the markers a headline drops), whatever glyph stands before it.

    >>> headline_of("Étape 2 : faire fondre le beurre."), headline_of("Step 2 of the plan was hard.")
    ('Faire fondre le beurre.', 'Step 2 of the plan was hard.')
    """
    if at := step_word_end(sentence):
        sentence = sentence[at:]
        sentence = capitalise_first(sentence)
    m = SEQUENCE_WORD.match(sentence)
    if m is None:
        m = SEQUENCE_WORD_BARE.match(sentence)  # "Then look at …": no comma, but a verb follows
        if m is not None and not looks_imperative(sentence[m.end():]):
            return sentence
    if m is None:
        m = SEQUENCE_WORD_ABROAD.match(sentence)  # "Po drugie, wietrz …", "أولاً: نظّفي …": the same marker abroad
    if m is None or not (has_words(sentence[m.end():], 2) or _unspaced_clause(sentence[m.end():])):
        return sentence
    rest = sentence[m.end():]
    return capitalise_first(rest)


def _unspaced_clause(text: str) -> bool:
    """Whether ``text`` opens with a clause written without spaces between its words (Chinese, Japanese, Thai): a
    few such letters, which :func:`has_words` counts as one word ("行程要少一半。" after "第一，").

    >>> _unspaced_clause("行程要少一半。"), _unspaced_clause("好。"), _unspaced_clause("Go.")
    (True, False, False)
    """
    return len(UNSPACED_LETTER.findall(text, 0, 4 * CJK_ITEM_MIN_LETTERS)) >= CJK_ITEM_MIN_LETTERS


def capitalise_first(text: str) -> str:
    """``text`` with its first letter a capital, as a headline opens, unless its script writes none (Georgian's
    letters have capitals in Unicode that its texts never use).

    >>> capitalise_first("faire fondre"), capitalise_first("ისწავლეთ ყოველდღე")
    ('Faire fondre', 'ისწავლეთ ყოველდღე')
    """
    return text if caseless_letter(text[:1]) else text[:1].upper() + text[1:]


# The Bengali-Assamese visarga ("ঃ"), a letter that Assamese and Bengali writers also set after a clause as a colon
# ("পানী উতলাই খাওকঃ খোৱাপানী …", boil the water: …): where it ends a word before a blank, it separates as ": " does,
# unless the word is an adverb it ends as a letter ("অন্ততঃ", at least; "ক্ৰমশঃ", gradually: the suffixes "-তঃ" and
# "-শঃ"), a prefix written apart ("পুনঃ", re-; "অতঃ", thus) or an abbreviation ("ডাঃ", Dr.: two letters at most)
VISARGA = "\u0983"
VISARGA_COLON = re.compile(r"(?<=[^\W\d_]\u0983)[ \t]")
VISARGA_LETTER_ENDINGS = ("তঃ", "শঃ")
VISARGA_PREFIXES = ("পুনঃ", "অতঃ")


def visarga_colon(sentence: str) -> int:
    """Where the first visarga set as a colon stands in ``sentence`` (:data:`VISARGA`), else -1.

    >>> visarga_colon("পানী উতলাই খাওকঃ খোৱাপানী ৰাখক।"), visarga_colon("অন্ততঃ দহ মিনিট উতলাওক।")
    (15, -1)
    >>> visarga_colon("ডাঃ নীলিমা দাস"), visarga_colon("ক্ৰমশঃ কমাওক, তাৰ পিছত বন্ধ কৰকঃ ভাল হ'ব।")
    (-1, 31)
    """
    for m in VISARGA_COLON.finditer(sentence):
        word = sentence[:m.start()].rsplit(None, 1)[-1]
        if len(word) > 3 and not word.endswith(VISARGA_LETTER_ENDINGS) and word not in VISARGA_PREFIXES:
            return m.start() - 1
    return -1


def colon_lead(sentence: str, alone: bool = True) -> str:
    """Return a sentence's lead when it opens with a short clause and a colon before its explanation ("Go
    vertical: a trellis holds twenty pots" -> "Go vertical"), else the sentence: a lead ending in a colon is the
    item's lead, bold or not (tests/fixtures/realpages/SPEC.md), so an article exported as HTML with the clause in
    bold and as text with the bold lost gives one headline. A label word ("Remember:", "Pro tip:", "For example:")
    and a saying ("My grandmother always said: …") are no lead; nor is a name ("Maeve Byrne: …"). Not ``alone``
    (in a list of colon leads) a single word and a name are leads too ("Bio: …"); a saying, a label noun and a
    speaker's own words ("Maria Lopez: I freeze …") still are none.

    >>> colon_lead("Go vertical: a trellis holds twenty pots."), colon_lead("Remember: the soil is cold.")
    ('Go vertical', 'Remember: the soil is cold.')
    >>> colon_lead("Pro tip: freeze the butter."), colon_lead("He always said: never water at noon.")
    ('Pro tip: freeze the butter.', 'He always said: never water at noon.')
    >>> colon_lead("They watch the calendar: school holidays, paydays and events."), colon_lead("Jo Byrne: Yes.")
    ('They watch the calendar', 'Jo Byrne: Yes.')
    >>> colon_lead("Bio: keep it short and clear."), colon_lead("Bio: keep it short and clear.", alone=False)
    ('Bio: keep it short and clear.', 'Bio')
    >>> colon_lead("Maria Lopez: I freeze grapes.", alone=False)
    'Maria Lopez: I freeze grapes.'
    >>> colon_lead("Tie each word to a landmark: I still see the windmill when I hear it.")
    'Tie each word to a landmark'
    >>> colon_lead("Use the same route as a memory palace: I tied each new word to a landmark.", alone=False)
    'Use the same route as a memory palace'

    A label noun is a label only with nothing but a generic word before it ("Quick tip:", "The golden rule:"); a
    named rule or method is a lead ("The ten-second rule: …"); and a lead that opens with an imperative verb is
    no saying even when it ends on one ("Water less than the label says: …").

    >>> colon_lead("The golden rule: never water at noon."), colon_lead("The ten-second rule: drop it, bin it.")
    ('The golden rule: never water at noon.', 'The ten-second rule')
    >>> colon_lead("Do what the packet says: sow thinly."), colon_lead("My mother says: sow thinly.")
    ('Do what the packet says', 'My mother says: sow thinly.')

    A first-person clause pointing ahead only frames the point after it (:data:`FRAME_END`).

    >>> colon_lead("I tell every trainee the same thing: lift with your knees.")
    'I tell every trainee the same thing: lift with your knees.'
    >>> colon_lead("We water at dawn: the leaves dry by noon.")
    'We water at dawn'
    """
    at = sentence.find(": ")
    if at < 0 and VISARGA in sentence:
        at = visarga_colon(sentence)
    if at < 0:
        return sentence
    lead = sentence[:at].rstrip()
    words = [w.strip("\"“”‘’'(),;.!?").lower() for w in lead.split()]
    rest = sentence[at + 2:].split(None, 1)
    named = sum(w[:1].isupper() for w in lead.split()) * 2 >= len(words)  # "Maria Lopez", "Jo van der Berg"
    if rest and rest[0] in SPOKEN_OPENERS and named:
        return sentence  # "Maria Lopez: I freeze grapes …": a speaker and her words, no lead and its explanation
        # ("Use the route as a memory palace: I tied words to landmarks" is a lead, its example in the first person)
    if (not words or len(words) > COLON_LEAD_MAX_WORDS or not has_words(sentence[at + 2:], 2)
            or not has_words(lead, 1) or lead.count("(") != lead.count(")")
            or words[-1] in SAYING_WORDS and not looks_imperative(lead)  # "Do what the label says: …" is a lead
            or words[-1] in LABEL_WORDS and all(w in LABEL_MODIFIERS for w in words[:-1])
            or CONTINUATION.match(lead)
            or FRAME_END.search(lead) and FRAME_PERSON.search(lead)):  # "I tell them this: …"
        return sentence  # also "1.1: Added …" (no word) and "Heat the oven (fan: 180 °C)" (inside brackets)
    if alone and (len(words) < 2 or all(w[:1].isupper() for w in lead.split()) and len(words) <= 3):
        return sentence
    return lead


def dash_lead(sentence: str, alone: bool = True) -> str:
    """Return a sentence's lead before a spaced dash ("Fix the dripping tap – a new washer costs pennies" -> "Fix
    the dripping tap") or a run-in head's full stop and dash ("To Set the Colour.—Steep the garment …" -> "To Set the
    Colour"), else the sentence. Only a list whose items mostly open so is read this way
    (:func:`pipeline.stages.tips.split._colon_leads`): there the dash does what a colon or a lost bold does; in
    one sentence alone a dash is as often an aside ("Keep it short – nobody reads long emails"). Not ``alone`` (in
    such a list) one word is a lead too ("Woollens.—Never wring them").

    >>> dash_lead("Fix the dripping tap – a new washer costs pennies."), dash_lead("Shorten it — four minutes.")
    ('Fix the dripping tap', 'Shorten it')
    >>> dash_lead("Tap – it drips."), dash_lead("Keep a jug in the fridge."), dash_lead("Ink Spots.—Cover with salt.")
    ('Tap – it drips.', 'Keep a jug in the fridge.', 'Ink Spots')
    >>> dash_lead("Woollens.—Never wring them.", alone=False), dash_lead("Woollens.—Never wring them.")
    ('Woollens', 'Woollens.—Never wring them.')
    """
    m = DASH_LEAD.search(sentence)
    if m is None:
        return sentence
    lead = sentence[:m.start()].rstrip()
    words = [w.strip("\"“”‘’'(),;.!?").lower() for w in lead.split()]
    if (len(words) < (2 if alone else 1) or len(words) > COLON_LEAD_MAX_WORDS or not has_words(sentence[m.end():], 2)
            or lead.count("(") != lead.count(")") or words[-1] in SAYING_WORDS or words[-1] in LABEL_WORDS
            or SENTENCE_BREAK.search(lead)):
        return sentence
    return lead


def content_words(text: str) -> set[str]:
    """Return the content words of ``text`` as crude stems (first six letters), stopwords left out.

    >>> sorted(content_words("You have the power to spread positivity"))
    ['positi', 'power', 'spread']
    >>> content_words("positive") == content_words("positivity")
    True
    """
    out = set()
    for w in WORD.findall(text.lower()):
        if w not in STOPWORDS and len(w) >= 4:
            out.add(w[:6])
    return out


@functools.lru_cache(maxsize=TEXT_CACHE_PARAGRAPHS)
def has_words(text: str, n: int) -> bool:
    """Tell whether ``text`` has at least ``n`` words (of :data:`WORD`), reading no further than the n-th.

    >>> has_words("Be kind, be brief.", 4), has_words("Be kind, be brief.", 5), has_words("", 0)
    (True, False, True)
    """
    return n <= 0 or next(islice(WORD.finditer(text), n - 1, None), None) is not None


def reads_english(text: str, sample: int = 400) -> bool:
    """Tell whether a body reads as English: a fifth of its first ``sample`` words are common English function
    words (English prose has 35-45 %, German or French text under 10 %). The splitter's cue words are English.

    >>> reads_english("Keep the bedroom cool and dark, and stop looking at screens an hour before bed.")
    True
    >>> reads_english("Die meisten Somalier wollen nicht zurück. Ihre Heimat ist zerstört.")
    False
    """
    words = _first_words_lowered(text, sample)
    return bool(words) and sum(map(STOPWORDS.__contains__, words)) >= 0.2 * len(words)


def reader_address(text: str, sample: int = 400) -> re.Pattern[str] | None:
    """How a body addresses its reader: the second-person words of the language it reads in (English, or one of
    :data:`READER_LANGUAGES`: a fifth of its first ``sample`` words are that language's function words), None for a
    language the tables do not know.

    >>> reader_address("Keep the bedroom cool and dark, and stop screens an hour before bed.") is SECOND_PERSON
    True
    >>> bool(reader_address("Die meisten Somalier wollen nicht zurück, und die Heimat ist zerstört.").search(
    ...     "Das können Sie tun."))
    True
    >>> reader_address("Mae'r ardd yn hyfryd yn y gwanwyn bob blwyddyn.") is None
    True
    """
    language = reader_language(text, sample)
    return None if language is None else SECOND_PERSON if language == "en" else READER_LANGUAGES[language][1]


def reader_language(text: str, sample: int = 400) -> str | None:
    """The language a body reads in, of those whose address to the reader the tables know ("en" or a code of
    :data:`READER_LANGUAGES`): a fifth of its first ``sample`` words are that language's function words; else None.

    >>> reader_language("Keep the bedroom cool and dark."), reader_language("Die Heimat ist nicht zerstört.")
    ('en', 'de')
    """
    if reads_english(text, sample):
        return "en"
    words = _first_words_lowered(text, sample)  # (the same words reads_english read: kept, not read again)
    for code, (function_words, _) in READER_LANGUAGES.items():
        if words and sum(map(function_words.__contains__, words)) >= 0.2 * len(words):
            return code
    return None


# The detectors ask reads_english of the texts they join (a run of paragraphs, a list's items), ~4 a body, a fifth of
# them a text asked before (the same run asked by two detectors, a body asked again without its FAQ); the gate asks
# reader_language of the body, which reads_english read first. The first words of the last few texts are kept.
FIRST_WORDS_CACHE_TEXTS = 64


@functools.lru_cache(maxsize=FIRST_WORDS_CACHE_TEXTS)
def _first_words_lowered(text: str, n: int) -> tuple[str, ...]:
    """:func:`_first_words` in lower case, each answer kept (the same text is asked again, see above).

    >>> _first_words_lowered("Be Kind, be brief.", 3)
    ('be', 'kind', 'be')
    """
    return tuple(map(str.lower, _first_words(text, n)))


def _first_words(text: str, n: int) -> list[str]:
    """The first ``n`` words of ``text`` (of :data:`WORD`), read from a growing prefix, not the whole text.

    A word cut by the prefix's end can only be the prefix's last match, so more than ``n`` matches (or the whole
    text) make the first ``n`` exact. Callers pass bodies joined from many paragraphs; ``n`` words are ~1 % of one.

    >>> _first_words("Be kind, be brief. " * 400, 3), len(_first_words("ab " * 5000, 400))
    (['Be', 'kind', 'be'], 400)
    """
    size = 8 * n + 64
    while True:
        words = WORD.findall(text, 0, size)
        if len(words) > n or size >= len(text):
            return words[:n]
        size *= 2


def looks_imperative(sentence: str) -> bool:
    """Tell whether a sentence opens with a verb in the imperative: a known one ("Keep …", "Don't …"), or any
    plain word followed by what a verb takes and a noun rarely does ("Split the ticket", "End by putting …").

    >>> looks_imperative("Split the ticket."), looks_imperative("End by putting one thing back.")
    (True, True)
    >>> looks_imperative("Daylight is the strongest signal."), looks_imperative("Clutter rarely arrives at once.")
    (False, False)
    >>> looks_imperative("Most of us know it."), looks_imperative("Beer traps, sunk level with the soil.")
    (False, False)
    >>> looks_imperative("Water deeply twice a week."), looks_imperative("Water is scarce in July.")
    (True, False)
    >>> looks_imperative("Maeve: The gutter idea is brilliant."), looks_imperative("Remember: the soil is cold.")
    (False, True)
    >>> looks_imperative("Wish me luck!"), looks_imperative("Tell us how it went.")
    (False, False)
    >>> looks_imperative("Catch whatever water you can.")
    True
    >>> looks_imperative("Match their savings."), looks_imperative("Insulate beneath you.")
    (True, True)
    >>> looks_imperative("Knock four posts into the ground."), looks_imperative("Stage four is the hard one.")
    (True, False)
    """
    words = sentence.split(None, 2)
    if not words:
        return False
    first = words[0].strip("\"“”‘’'(,:;").lower()
    second = words[1].strip("\"“”‘’'(,:;.").lower() if len(words) > 1 else ""
    if second in ("me", "us"):
        return False  # "Wish me luck!", "Tell me how it goes", "Call us today": a request to the writer, not advice
    if first in IMPERATIVES:
        return second not in AUXILIARIES  # "Water the beds", not "Water is scarce"
    if len(words) < 2 or not first.isalpha() or first in NOT_VERBS or first.endswith(("ly", "ing", "ed")):
        return False
    if first.endswith("s") and not first.endswith(("ss", "us")):
        return False  # "Problems with …", "Things like …": a plural noun, or a verb with a subject before it
    # "Maeve: The idea is brilliant", "Q: The leaves …": a name or label before a colon, not a verb
    if second not in VERB_OBJECTS or words[0].endswith((",", ":")):
        return False
    # "Knock four posts in" is a verb and its count; "Stage four is the hard one" a name and its number
    return second not in NUMBER_OBJECTS or len(words) < 3 or words[2].split(None, 1)[0].lower() not in AUXILIARIES


def _asks_writer(sentence: str) -> bool:
    """A known imperative put to the writer ("Tell me …", "Let us know …", "Send me …").

    >>> _asks_writer("Tell me early if something is worrying you."), _asks_writer("Tell him the truth.")
    (True, False)
    """
    words = sentence.split(None, 2)
    return (len(words) > 2 and words[0].strip("\"“”‘’'(").lower() in IMPERATIVES
            and words[1].strip(",.").lower() in ("me", "us"))


@functools.lru_cache(maxsize=LEAD_CACHE_PARAGRAPHS)  # asked again for 46 % of its paragraphs
def is_advice(text: str) -> bool:
    """Tell whether a lead sentence gives advice: an imperative, an enumeration word, or "you should"-style.

    >>> is_advice("Don’t bring your stress to the customers."), is_advice("First off it’s important to know.")
    (True, True)
    >>> is_advice("You basically need to have the patience of a saint."), is_advice("Customer skills matter.")
    (True, False)
    """
    sentence = lead_sentence(text)
    return (looks_imperative(sentence) or bool(ADVICE_LEAD.match(sentence))
            or bool(ADVICE_ANYWHERE.search(sentence)))


def without_openers(sentence: str) -> str:
    """The sentence without the words that open advice before its verb (:data:`ADVICE_OPENER`): a conjunction or
    adverb ("So", "Just"), a condition or a phrase of time. Openers stack only behind a clause ("If the birds pull
    them up, just push them back …": the condition, then "just"); two bare words in a row ("But and also …") are
    scraped word salad, not a sentence, and keep the second.

    >>> without_openers("If the frost lifts the sets, just firm them back in.")
    'firm them back in.'
    >>> without_openers("So just ask."), without_openers("But and also the staff there.")
    ('just ask.', 'and also the staff there.')
    """
    once = ADVICE_OPENER.sub("", sentence, count=1)
    opener = sentence[:len(sentence) - len(once)]
    return ADVICE_OPENER.sub("", once, count=1) if has_words(opener, 2) else once


@functools.lru_cache(maxsize=LEAD_CACHE_PARAGRAPHS)  # asked again for 29 % of its paragraphs (issue 19)
def gives_advice(text: str) -> bool:
    """Tell whether a paragraph gives advice in its first or second sentence (see :func:`is_advice`): a point
    paragraph says what to do up front, stated outright or right after the point it makes; advice further
    down a paragraph is an aside.

    >>> gives_advice("Daylight is the strongest signal. So open the curtains as soon as you wake.")
    True
    >>> gives_advice("He never wore gloves. He said the bees could tell when you were nervous.")
    False
    >>> gives_advice("We tell a story. In 2008 we had ten staff. Smile at people.")
    False
    >>> gives_advice("Research first: know what the company sells before you dial.")
    True
    >>> gives_advice("Tell me early if it worries you. A word helps."), gives_advice("Tell me how it goes.")
    (True, False)
    >>> gives_advice("You will have more beans than you can eat by August. Welcome to the site.")
    False
    >>> gives_advice("If the frost lifts the sets, just firm them back in with a boot heel.")
    True
    """
    norm = normalise(text)
    starts = sentence_starts(norm)
    if starts and _asks_writer(norm[:starts[0]]):
        return True  # a request the paragraph goes on to explain is the writer's advice about herself ("Tell me
        # early if something worries you. A word at the gate …"); "Tell me how it goes." alone is a sign-off
    for at in [0, *starts[:1]]:
        if at and CLOSING.match(norm[at:]):
            continue  # "… by August. Welcome to the site.": a greeting or a wish closes, it tells nobody what to do
        sentence = without_openers(norm[at:])
        if is_advice(norm[at:]) or is_advice(sentence[:1].upper() + sentence[1:]):
            return True
    lead = colon_lead(lead_sentence(norm))
    if lead != lead_sentence(norm):  # "Research first: know what …": the lead's explanation says what to do
        rest = norm[len(lead) + 1:].lstrip()
        return is_advice(rest[:1].upper() + rest[1:])
    return False


def habit_lead(text: str) -> bool:
    """Tell whether a paragraph opens with a habit the writer keeps or took up, the point of a personal-experience
    advice piece ("We cook double and freeze half.", "I stopped going to the shop more than once a week.", "And we
    eat the leftovers …", "Another habit is to look high and low …"): "I" or "we" and a verb in the present tense, or
    a verb of change and the habit it took up, or a habit named before "is to". A story's openings are in the past
    ("We walked home.", "I stopped at the bakery."); a stance is no habit ("I believe …", "We expect …").

    >>> habit_lead("We cook double and freeze half. It saves time."), habit_lead("I also stopped shopping hungry.")
    (True, True)
    >>> habit_lead("Finally, we plan one leftovers night a week."), habit_lead("The biggest change was to cook.")
    (True, True)
    >>> habit_lead("We walked home in the rain."), habit_lead("I stopped at the bakery on the way.")
    (False, False)
    >>> habit_lead("We believe this grant fills a gap."), habit_lead("The bus was late again.")
    (False, False)
    >>> habit_lead("And I feed the hens at dusk."), habit_lead("And I fed the hens at dusk.")
    (True, False)
    >>> habit_lead("Another change was packing lunch at night."), habit_lead("The change was amazing for us.")
    (True, False)
    """
    sentence = lead_sentence(text)
    if HABIT_NOUN_LEAD.match(sentence):
        return True
    m = SEQUENCE_WORD.match(sentence)
    if m is not None:
        sentence = sentence[m.end():]
    sentence = HABIT_CONNECTIVE.sub("", sentence, count=1)
    words = [w.strip("\"“”‘’'(),;:.!?").lower() for w in sentence.split(None, 5)[:5]]
    if len(words) < 3 or words[0] not in ("i", "we"):
        return False
    k = 1
    while k < len(words) - 1 and words[k] in HABIT_ADVERBS:
        k += 1
    verb, after = words[k], words[k + 1] if k + 1 < len(words) else ""
    if verb in HABIT_CHANGE_VERBS:  # "I stopped going …", "We started shopping …", "I gave up sugar"
        return after.endswith("ing") or after == "to" or verb == "gave" and after == "up"
    past = verb.endswith("ed") and not verb.endswith("eed")  # "We walked", not "I bleed", "we feed"
    return verb.isalpha() and not past and verb not in PAST_TENSE and verb not in STANCE_VERBS


def counts_on(text: str) -> bool:
    """Tell whether a paragraph opens by counting on from a point made before it ("Next is the fall.", "Then there
    are undersized downpipes.", "Another habit is …"): the paragraph above it made the first point.

    >>> counts_on("Next is the fall. Gutters need a slope."), counts_on("Then there are the downpipes.")
    (True, True)
    >>> counts_on("Nextdoor's tree drops leaves."), counts_on("The most common cause is a blockage.")
    (False, False)
    """
    return COUNTS_ON.match(text) is not None


def question_line(text: str) -> bool:
    """Tell whether a reader's question is a line to be read whole as its heading (tests/fixtures/realpages/SPEC.md):
    a question and a statement or two around it, at most :data:`QUESTION_LINE_SENTENCES` sentences and
    :data:`QUESTION_LINE_WORDS` words ("Our kitten bites during play. She draws blood. Will she grow out of it?",
    "Can I compost rhubarb leaves? A friend says they are poisonous."); a longer letter is headed by its start.

    >>> question_line("Our kitten bites us during play. She draws blood. Will she grow out of it?")
    True
    >>> question_line("Can I compost rhubarb leaves? A friend says they are poisonous.")
    True
    >>> question_line("We moved in May. The garden is clay. It floods. The hedge is dying. What first?")
    False
    >>> question_line("My neighbour's ash tree has not been cut back for ten years and is taller than our house. "
    ...               "Can I trim the branches over my side myself?")
    True
    >>> question_line("My neighbour's ash tree drops seeds over the whole of my vegetable patch every autumn, and "
    ...               "the seedlings come up in their hundreds by spring, long after I have dug the beds over and "
    ...               "sown. What can I do?")
    False
    """
    text = normalise(text)
    return ("?" in text and not has_words(text, QUESTION_LINE_WORDS + 1)
            and len(sentence_starts(text)) < QUESTION_LINE_SENTENCES)


def reader_signature(line: str) -> bool:
    """Tell whether a line signs a reader's letter in an advice column: a name and a place ("Anna, Akureyri", "Tom
    from Leeds"), a pen name after a dash ("— Tired Dad") or a withheld name ("Name withheld"), a line of at most
    :data:`SIGNATURE_MAX_WORDS` words with no sentence in it.

    >>> reader_signature("Anna, Akureyri"), reader_signature("Name withheld"), reader_signature("— Tired Dad")
    (True, True, True)
    >>> reader_signature("Thanks for reading."), reader_signature("Popular this week"), reader_signature("Anna")
    (False, False, False)
    """
    line = line.strip()
    if not line or has_words(line, SIGNATURE_MAX_WORDS + 1) or line[-1:] in ".!?:;" and not line.endswith("."):
        return False
    if WITHHELD.match(line) or LETTER_SIGNATURE.match(line) and line.split()[-1][:1].isupper():
        return True  # "Worried in Wexford", not "More from the magazine"
    name, comma, place = line.partition(", ")
    return bool(comma) and all(w[:1].isupper() for w in (name + " " + place).split()) and "," not in place


def lead_line(para: Para) -> bool:
    """Tell whether a paragraph is a point's lead standing as a line of its own, its bold lost ("Ventilate, don't
    seal.", "Check the water twice a day."): one short sentence (two to :data:`LEAD_LINE_MAX_WORDS` words) ending in
    a full stop or an exclamation mark, no list marker. A question or a line ending in a colon leads something else.

    >>> lead_line(Para(0, 0, "Ventilate, don't seal.")), lead_line(Para(0, 0, "Feed a handful of grain at dusk."))
    (True, True)
    >>> lead_line(Para(0, 0, "Should I move it?")), lead_line(Para(0, 0, "Try these:")), lead_line(Para(0, 0, "Go."))
    (False, False, False)
    >>> lead_line(Para(0, 0, "It rained. We stayed in."))
    False
    """
    t = para.text
    # the cheap tests first (a line's length before its words): this runs on every paragraph nothing else split
    return (len(t) <= LEAD_LINE_MAX_CHARS and para.marker is None and t[-1:] in ".!" and t[:1].isupper()
            and has_words(t, 2)
            and not has_words(t, LEAD_LINE_MAX_WORDS + 1) and not sentence_starts(t))


def lead_shape(text: str) -> bool:
    """Tell whether a paragraph opens with a sentence of eight words or fewer and goes on after it.

    >>> lead_shape("Slurp it. Air spreads the oil."), lead_shape("Slurp it.")
    (True, False)
    """
    starts = sentence_starts(normalise(text))
    return bool(starts) and not has_words(normalise(text)[:starts[0]], 9)


def short_lead(text: str) -> bool:
    """Tell whether a paragraph opens with a short lead sentence (eight words or fewer) and goes on: the shape
    of a point whose bold lead or bullet was lost ("A paper map. Phones run out of battery …").

    >>> short_lead("A paper map. Phones run out of battery."), short_lead("A paper map.")
    (True, False)
    >>> short_lead("I pay a little under half what I paid three years ago. None of it is fare dodging.")
    False
    >>> short_lead("It felt generous. It was a leak."), short_lead("Thanks so much, Kate! Comments are open.")
    (False, False)
    >>> short_lead("What you eat. Dining cars are rare."), short_lead("What do you eat? Not much.")
    (True, False)
    """
    norm = normalise(text)
    starts = sentence_starts(norm)
    if not starts or has_words(norm[:starts[0]], 9):
        return False
    return fragment(norm[:starts[0]].rstrip())


def fragment(lead: str) -> bool:
    """Tell whether a short sentence is a fragment (a noun phrase: "A paper map.", "Which berth you want.") rather
    than a whole sentence ("It felt generous.", "So I stopped.", "Thanks so much!", "Buy slowly and you win.").

    >>> fragment("The service history."), fragment("Buy slowly and the car will repay you.")
    (True, False)
    """
    words = [w.strip("\"“”‘’'(),:;.").lower() for w in lead.split()]
    if not words:
        return False
    if words[0] in WH_WORDS and lead[-1:] == "." and "," not in lead:
        return True  # "Which berth you want.", "How you get back.": a wh-clause ending in a full stop is a noun phrase
    return (lead[-1:] not in "!?" and not CHROME_LINE.match(lead) and not any(w in SENTENCE_WORDS for w in words)
            and not any(w.endswith("ed") for w in words[1:]))


def is_list_item_text(text: str) -> bool:
    """Tell whether a list item reads as advice rather than data (a date, a price, one word of a menu).

    >>> is_list_item_text("Making eye contact and smiling"), is_list_item_text("Coffee: $2.50")
    (True, False)
    >>> is_list_item_text("2008: opened our second store"), is_list_item_text("Digg")
    (False, False)
    >>> is_list_item_text("handle.close()"), is_list_item_text("# close it again")
    (False, False)
    """
    words = WORD.findall(text)
    if len(words) < 2 or YEAR_OR_DATE.match(text) or CODE_LINE.search(text):
        return False
    return not (MONEY.search(text) and len(words) <= 4)  # "Coffee: $2.50" is a price, not a tip


def closes_list(text: str) -> bool:
    """Tell whether a paragraph is a conclusion, a promotion or page chrome rather than part of a tip.

    >>> closes_list("So there you have it – a short story."), closes_list("Remember, the customer is the reason.")
    (True, True)
    >>> closes_list("You have the power to spread positivity.")
    False

    A point that opens with advice and names "these things" or a link only in its explanation is still a point
    ("Ask before you spray. Several of us keep bees, so we agree these things between us.").

    >>> closes_list("Ask before you spray. We agree these things between us."), closes_list("Try these ideas today.")
    (False, True)
    """
    if CLOSING.match(text):
        return True
    m = CLOSING_ANYWHERE.search(text) if _may_close(text) else None
    if m is None:
        return False
    starts = sentence_starts(text)
    return not (starts and m.start() >= starts[0] and is_advice(text))


def _may_close(text: str) -> bool:
    """An exact gate for :data:`CLOSING_ANYWHERE`: every branch of it holds one of :data:`CLOSING_WORDS`.

    >>> _may_close("Try THESE IDEAS today"), _may_close("Smile at every customer.")
    (True, False)
    """
    if not gatable(text):
        return True
    lowered = text.lower()
    return any(word in lowered for word in CLOSING_WORDS)


def expected_count(*texts: str | None) -> int | None:
    """Return the number of tips a title or intro promises ("7 things", "Top 5", "five ways"), or ``None``.

    >>> expected_count(None, "so herewith are 7 things that I think every customer service person needs")
    7
    >>> expected_count("Top 5 Customer Care Tips"), expected_count("Five simple ways to keep customers")
    (5, 5)
    >>> expected_count("Whether you deal with 10 customers or 200 customers a day") is None
    True
    """
    for text in texts:
        if not text or not _may_count(text):
            continue
        for m in EXPECTED_COUNT.finditer(text):
            raw = (m.group("n") or m.group("t")).lower()
            n = int(raw) if raw.isdigit() else NUMBER_WORDS[raw]
            if n >= 2:
                return n
    return None


def _may_count(text: str) -> bool:
    """An exact gate for :data:`EXPECTED_COUNT` (issue 19): its first branch ends in one of its nouns, its second
    opens with "top" and a blank, so a text whose lowered form holds neither cannot match (where lowering is an
    exact gate: :func:`gatable`). The pattern has no first character the engine can skip to, and the text before
    a page's first point can be long: most hold none of the nouns.

    >>> _may_count("Seven Ways To Rest"), _may_count("TOP 5"), _may_count("On the laptop."), _may_count("Rest.")
    (True, True, False, False)
    """
    if not gatable(text):
        return True
    lowered = text.lower()
    return any(noun in lowered for noun in COUNT_NOUN_WORDS) or TOP_BLANK.search(lowered) is not None


def promised_count(title: str | None, intro: str | None) -> int | None:
    """Return how many points a page promises: :func:`expected_count` of its title or introduction, or the count
    its title opens with ("Three Spices Every Beginner Should Buy"; not "Three Days In Kyoto").

    >>> promised_count("Three Spices Every Beginner Should Buy", None), promised_count("Three Days In Kyoto", None)
    (3, None)
    >>> promised_count("Our New Bathroom", "Ask yourself three questions before you buy."), promised_count(None, None)
    (3, None)
    """
    found = expected_count(title, intro)
    if found is None and title:
        m = LEADING_COUNT.match(title)
        raw = m.group("n").lower() if m else ""
        found = (int(raw) if raw.isdigit() else NUMBER_WORDS[raw]) if raw else None
    return found if found is None or found >= 2 else None


# A count opening a title or an introduction in another language: a digit or a number word of the language tables,
# then a word ("Sex råd från …", "Cinco consejos para …", "7 խորհուրդ"): the page promises that many points
_NUMBERS_ABROAD = number_words(other_languages())
COUNT_ABROAD = re.compile(r"^\W*(?P<n>\d{1,2}|[^\W\d_]+(?:'[^\W\d_]+)?(?: na)?)\s+(?=[^\W\d_])")


def count_abroad(title: str | None, intro: str | None) -> int | None:
    """How many points a title or an introduction in another language opens by promising, else ``None``.

    >>> count_abroad("Så sänker du elräkningen", "Sex råd från våra rådgivare."), count_abroad("Fünf Regeln", None)
    (6, 5)
    >>> count_abroad("Vinterns bästa råd", "Vi har samlat det viktigaste."), count_abroad(None, "7 խորհուրդ")
    (None, 7)
    """
    for line in (title, intro):
        m = COUNT_ABROAD.match(line or "")
        if m is None:
            continue
        raw = m.group("n").lower()
        value = int(raw) if raw.isdecimal() else _NUMBERS_ABROAD.get(raw)
        if value is not None and 2 <= value <= 12:
            return value
    return None


# ------------------------------------------------------------------------------------------------ paragraphs


@dataclass(frozen=True, slots=True)
class Marker:
    """A list marker at the start of a paragraph: what it is and where the item's own text starts."""

    kind: str  # "numbered" | "bullet"
    style: str  # numbered: "dot", "paren", "word", "hash", "dash", "slash"; bullet: the bullet character
    number: int | None
    start: int  # absolute offset of the marker
    end: int  # absolute offset where the item text starts


@dataclass(slots=True)
class Para:
    """A paragraph of the body: its span, normalised text, and list marker if any."""

    start: int
    end: int
    text: str
    marker: Marker | None = None
    indent: int = 0
    body: str = ""  # the normalised text after the list marker

    @property
    def body_start(self) -> int:
        return self.marker.end if self.marker is not None else self.start


def _para(text: str, start: int, end: int, marker: Marker | None = None, indent: int = 0) -> Para:
    """Build a paragraph of ``text[start:end]``."""
    whole = normalise(text[start:end])
    if marker is None:  # the body is the whole paragraph: normalise it once
        return Para(start, end, whole, marker, indent, whole)
    return Para(start, end, whole, marker, indent, normalise(text[marker.end:end]))


def _verb_and_number(line: str, m: re.Match[str]) -> bool:
    """Whether a counter spelled in lower case runs on into the sentence with no mark after it ("Step one foot back
    into a short lunge", "Point two fingers at the floor"): an imperative and its object, not "Step one:" or "Tip
    One." numbering an item (a digit, "Step 2 Mix …", numbers whatever follows).

    >>> from .patterns import NUMBERED_LINE
    >>> [_verb_and_number(t, NUMBERED_LINE.match(t)) for t in ("Step one foot back.", "Step one: mix.", "Step 2 Mix.")]
    [True, False, False]
    """
    word = m.group("n1")
    if not word or not word.isalpha() or not word.islower():
        return False
    rest = line[m.end("n1"):].lstrip()
    return bool(rest) and rest[:1] not in ":.)-–—" and rest[:1].islower()


def _bare_marker(text: str, start: int, end: int) -> Marker | None:
    """Return the list marker at ``text[start:end]``'s start, or ``None``.

    >>> m = match_marker("Tip #2: Smile.", 0, 14); (m.kind, m.style, m.number, m.end)
    ('numbered', 'word', 2, 8)
    >>> match_marker("3.Being good", 0, 12).number, match_marker("·Making eye contact", 0, 19).style
    (3, '·')
    >>> match_marker("3.5% more", 0, 9), match_marker("2008. A year", 0, 12), match_marker("-5 degrees", 0, 10)
    (None, None, None)
    >>> m = match_marker("1.) Use coupons.", 0, 16); (m.style, m.number, m.end)
    ('dot', 1, 4)
    >>> match_marker("2/ Be specific.", 0, 15).style, match_marker("1/2 cup flour", 0, 13)
    ('slash', None)
    >>> signs = ("(b) Go.", "iii. Go.", "2\ufe0f\u20e3 Go.")
    >>> [(m.style, m.number) for m in (match_marker(t, 0, len(t)) for t in signs)]
    [('alpha-paren', 2), ('roman-dot', 3), ('keycap', 2)]
    >>> match_marker("c. 1850 it was built", 0, 20), match_marker("A. J. Cronin wrote it.", 0, 22)
    (None, None)
    >>> m = match_marker("## 2. Automate it", 0, 17); (m.style, m.number, m.end)
    ('markdown-dot', 2, 6)
    >>> match_marker("\U0001f539 Start small", 0, 13).kind, match_marker("\u00a9 2009 Jo Smith", 0, 15)
    ('bullet', None)
    """
    line = text[start:end]
    if line[:2] == "##":  # a Markdown heading numbered as an item ("## 2. Automate it"): its hashes are markup
        heading = MARKDOWN_HEADING.match(line)
        inner = match_marker(text, start + heading.end(), end) if heading is not None else None
        if inner is not None and inner.kind == "numbered":
            return Marker(inner.kind, "markdown-" + inner.style, inner.number, start, inner.end)
    m = NUMBERED_LINE.match(line)
    if m is not None and _verb_and_number(line, m):
        m = None  # "Step one foot back into a lunge": the item word is the sentence's verb, the number its object
    if m is not None:
        if m.group("n1"):
            raw, style = m.group("n1").lower(), "word"
        elif m.group("n2") or m.group("n7") or m.group("n9"):
            raw, style = m.group("n2") or m.group("n7") or m.group("n9"), "hash"
        elif m.group("n10"):
            raw, style = m.group("n10"), "counted"  # a counter in brackets with its total: "[Photo 2 of 6]"
        elif m.group("n3"):
            raw, style = m.group("n3"), "paren"
        elif m.group("n4"):
            # "1.)" is a dot too, and so is a script's own full stop after the digit ("३।", "၃။")
            stop = m.group("p4")
            raw, style = m.group("n4"), "dot" if stop in (".", ".)") or stop in SCRIPT_NUMBER_STOPS else "paren"
        elif m.group("n11"):
            raw, style = m.group("n11"), "dot"  # "1-nji maslahat:": an ordinal, as "1. adım:" is
        elif m.group("n12"):
            raw, style = m.group("n12").lower(), "word"  # "Беренсе кәңәш:": the ordinal in words, then the counter
        elif m.group("n13"):
            raw, style = m.group("n13"), "word"  # "Day 3 –": a plan's day counter, as "Step 3:" (SPEC r25 (m))
        elif m.group("n6"):
            raw, style = m.group("n6"), "slash"
        elif m.group("n8"):
            raw, style = m.group("n8"), "dot" if m.group("p8") == "．" else "paren"  # full-width: １． / 1）
        else:
            raw, style = m.group("n5"), "dash"
        number = (int(raw) if raw.isdecimal() else sign_number("circled", raw) if raw.isdigit()  # "コツ③"
                  else COUNTED_WORDS[raw])
        return Marker("numbered", style, number, start, start + m.end())
    head = line[:6]
    if (")" in head or "." in head or "\u20e3" in head or "\u2460" <= head[:1] <= "\u2793" or "、" in head
            or "）" in head or "．" in head or "\u1369" <= head[:1] <= "\u137a"  # the gate of SIGN_MARKERS
            or "\u0f20" <= head[:1] <= "\u0f29"):  # (a Tibetan digit: its bare marker has no stop)
        for style, pattern in SIGN_MARKERS:
            m = pattern.match(line)
            if m is not None and line[m.end():].strip():
                return Marker("numbered", style, sign_number(style, m.group("n")), start, start + m.end())
    b = BULLET_LINE.match(line)
    if b is not None and line[b.end():].strip():
        glyph = b.group("b") or b.group("a")
        style = CHECKBOX_STYLE if CHECKBOX.fullmatch(glyph) else glyph  # "[x]" continues a list of "[ ]"
        return Marker("bullet", style, None, start, start + b.end())
    if pictograph(line[:1]):
        # a pictograph before a space ("🔹 Start with …", "✅ Book early"): an emoji bullet, whichever one
        after = 1 + (line[1:2] == "\ufe0f")
        if line[after:after + 1] in (" ", "\t") and line[after:].strip():
            return Marker("bullet", line[0], None, start, start + len(line[:after]) + 1)
    return None


def pictograph(char: str) -> bool:
    """Tell whether ``char`` is a pictograph a page may set before a line as its bullet ("🔹", "✅", "⚡"): a symbol
    of Unicode's "other symbol" class, not one of the signs a line opens with as words (:data:`NOT_BULLET_SYMBOLS`).

    >>> pictograph("\u26a1"), pictograph("\u2022"), pictograph("a"), pictograph("")
    (True, False, False, False)
    """
    return char > "\u2000" and unicodedata.category(char) == "So" and char not in NOT_BULLET_SYMBOLS


STACKABLE = frozenset("☐☑☒□▢✓✔✗✘[(0123456789")  # what a second marker opens with (STACKED_MARKER's gate)


def _counter_after_locator(text: str, start: int, end: int) -> Marker | None:
    """A numbered marker after a place in a recording ("[02:51] Tip two: hold the angle"): a transcript stamps each
    paragraph with its time, and the spoken counter after the stamp numbers the point; the stamp is part of the
    marker. A stamp before plain words marks nothing (a transcript's every paragraph has one).

    >>> t = "[02:51] Tip two: hold the angle."; m = _counter_after_locator(t, 0, len(t)); (m.number, t[m.end:])
    (2, 'hold the angle.')
    >>> _counter_after_locator("[02:51] Hi, welcome back.", 0, 25)
    """
    stamp = MEDIA_LOCATOR.match(text, start, end)
    if stamp is None:
        return None
    inner = _bare_marker(text, stamp.end(), end)
    if inner is None or inner.kind != "numbered":
        return None
    return Marker(inner.kind, inner.style, inner.number, start, inner.end)


def match_marker(text: str, start: int, end: int) -> Marker | None:
    """Return the list marker at ``text[start:end]``'s start (:func:`_bare_marker`), or ``None``; a second marker
    right after it (a checklist's box, a recording's time, :data:`STACKED_MARKER`) is part of it, so the item's
    text, and its headline, open with the item's own words.

    >>> t = "• ☐ Store water for three days."; t[match_marker(t, 0, len(t)).end:]
    'Store water for three days.'
    >>> t = "3. (1:02:45) Ask before you cut."; m = match_marker(t, 0, len(t)); (m.number, t[m.end:])
    (3, 'Ask before you cut.')
    >>> t = "- 12 eggs, beaten"; t[match_marker(t, 0, len(t)).end:]
    '12 eggs, beaten'
    """
    found = _line_marker(text[start:end])
    if found is None or start == 0:
        return found
    return Marker(found.kind, found.style, found.number, found.start + start, found.end + start)


@functools.lru_cache(maxsize=TEXT_CACHE_PARAGRAPHS)
def _line_marker(line: str) -> Marker | None:
    """:func:`match_marker` of a whole line, remembered: every pattern it asks reads the line alone (a match
    anchored at its start, a look-ahead that stops at its end), so the answer is the line's, shifted by where the
    line stands. ``paragraphs`` and ``_starts_item`` ask each line again (issue 19: half the calls on real texts);
    a ``Marker`` is frozen, so the remembered one is safe to hand out."""
    return _find_marker(line, 0, len(line))


def _find_marker(text: str, start: int, end: int) -> Marker | None:
    """:func:`match_marker`, read afresh."""
    marker = _bare_marker(text, start, end)
    if marker is None and text[start:start + 1] in ("[", "("):
        marker = _counter_after_locator(text, start, end)
    if (marker is not None and marker.number is not None and marker.end < end
            and text[marker.end:end].strip() == str(marker.number)):
        # "1. 1" and the step's text on the next line: a wiki's step number drawn again beside the list's own, so
        # the line is the marker alone
        return Marker(marker.kind, marker.style, marker.number, marker.start, end)
    if marker is None or marker.end >= end or text[marker.end] not in STACKABLE:
        return marker  # the cheap test first: almost no item carries a second marker
    m = STACKED_MARKER.match(text, marker.end, end)
    if m is None or not text[m.end():end].strip():
        return marker
    return Marker(marker.kind, marker.style, marker.number, marker.start, m.end())


def lone_bullet(text: str, start: int, end: int) -> Marker | None:
    """A bullet glyph alone on its line ("▸", "•"), its item's text on a later line: how an HTML e-mail's table
    (the glyph in one cell, the text in the next) or a page builder's icon list comes out as text.

    >>> lone_bullet("\u25b8", 0, 1).style, lone_bullet("-", 0, 1), lone_bullet("\u00a9", 0, 1)
    ('\u25b8', None, None)
    """
    glyph = text[start:end].strip().removesuffix("\ufe0f")
    if len(glyph) != 1 or glyph in "-*+#o" or glyph in NOT_BULLET_SYMBOLS:
        return None
    if not (BULLET_LINE.match(glyph + " x") or glyph > "\u2000" and unicodedata.category(glyph) == "So"):
        return None
    return Marker("bullet", glyph, None, start, end)


def sign_number(style: str, sign: str) -> int:
    """The number a :data:`SIGN_MARKERS` sign stands for.

    >>> sign_number("alpha-paren", "c"), sign_number("roman-dot", "iv"), sign_number("circled", "\u2462")
    (3, 4, 3)
    >>> sign_number("keycap", "2"), sign_number("roman-paren", "IX"), sign_number("circled", "\u278b")
    (2, 9, 2)
    >>> [sign_number("cjk-comma", n) for n in ("三", "十", "十二", "二十", "二十三")]
    [3, 10, 12, 20, 23]
    >>> [sign_number("ethiopic", n) for n in ("\u1369", "\u136f", "\u1372", "\u1372\u136a", "\u1373\u136b")]
    [1, 7, 10, 12, 23]
    >>> sign_number("tibetan", "\u0f23"), sign_number("tibetan", "\u0f21\u0f22")
    (3, 12)
    """
    if style in ("keycap", "tibetan"):  # (int reads any script's decimal digits: "༣" is 3)
        return int(sign)
    if style == "circled":
        first, value = max(b for b in CIRCLED_BLOCKS if b[0] <= sign)
        return ord(sign) - ord(first) + value
    if style == "hebrew":
        return HEBREW_NUMERALS.index(sign) + 1
    if style == "ethiopic":  # "፯" 7, "፲" 10, "፲፪" 12: a tens sign and a units sign add up
        return sum(ord(c) - 0x1368 if c <= "\u1371" else (ord(c) - 0x1371) * 10 for c in sign)
    if style.startswith("alpha"):
        return ord(sign.lower()) - ord("a") + 1
    if style.startswith("cjk"):  # "三" 3, "十" 10, "十二" 12, "二十" 20, "二十三" 23
        digits = [CJK_NUMERALS.index(c) + 1 for c in sign]
        if 10 not in digits:
            return digits[-1]
        tens = digits.index(10)
        return (digits[tens - 1] if tens else 1) * 10 + (digits[tens + 1] if tens + 1 < len(digits) else 0)
    values = [ROMAN_VALUES[c] for c in sign.lower()]
    return sum(-v if v < w else v for v, w in zip(values, values[1:] + [0], strict=True))


def _first_word(line: str) -> str:
    parts = line.split(None, 1)
    return parts[0] if parts else ""


def _starts_item(line: str) -> bool:
    """Tell whether a line starts with a list marker (``_starts_item("1. Smile")`` is True)."""
    stripped = line.lstrip()
    return match_marker(stripped, 0, len(stripped)) is not None


def wrap_width(lines: list[str]) -> int | None:
    """Return the width ``lines`` were hard-wrapped at, or ``None`` when lines are whole paragraphs.

    A break is "forced" when the next line's first word would not have fitted on the line; hard-wrapped
    text is mostly forced breaks at a width of a typical terminal or e-mail.

    >>> import textwrap
    >>> wrap_width(textwrap.wrap("Be proud of what you do. " * 20, 60)) in range(55, 61)
    True
    >>> wrap_width(["A whole paragraph on one line.", "Another one.", "And a third one here.", "Four."]) is None
    True
    >>> wrap_width(["Keep a fixed bedtime, even at weekends.", "Make the room dark and cool, and quiet.",
    ...             "Put the phone away an hour before bed.", "Write down worries early in the evening."]) is None
    True
    """
    lengths = sorted(len(line.rstrip()) for line in lines if line.strip())
    if len(lengths) < 4:
        return None
    # the width is the longest lines' length, but a few lines left whole (a paragraph pasted unwrapped into a
    # wrapped text: "… and consider the following:" at 104 characters among lines of 60) stand above it: the
    # lengths a little further down are asked next
    tried: set[int] = set()
    breaks: list[tuple[int, bool]] | None = None  # read once, on the first width tried (issue 19)
    for share in WRAP_WIDTH_SHARES:
        width = lengths[min(len(lengths) - 1, int(len(lengths) * share))]
        if width in tried or not 30 <= width <= 120:
            continue
        tried.add(width)
        if breaks is None:
            breaks = line_breaks(lines)
        if _wrapped_at(breaks, width):
            return width
    return None


WRAP_WIDTH_SHARES = (0.95, 0.9, 0.8)  # where in the sorted line lengths the wrapping width may stand


def line_breaks(lines: list[str]) -> list[tuple[int, bool]]:
    """The breaks between ``lines`` that may be a wrapping decision, each as the width the next line's first word
    would have needed on the line above, and whether the break stands inside a sentence. A break before a list
    marker or after a bare marker is structure, not a wrapping decision, and a blank line is no break. What
    :func:`_wrapped_at` counts at each width :func:`wrap_width` tries: the same for every width, so read once.

    >>> line_breaks(["Be proud of what", "you do. Smile.", "", "1. Sow late.", "Then water."])
    [(20, True)]
    """
    breaks = []
    for a, b in zip(lines, lines[1:], strict=False):
        if a.strip() and b.strip() and not _starts_item(b) and not _starts_item(a + " x"):
            breaks.append((len(a.rstrip()) + 1 + len(_first_word(b)),
                           not (a.rstrip()[-1:] in ".!?" and b.lstrip()[:1].isupper())))
    return breaks


def _wrapped_at(breaks: list[tuple[int, bool]], width: int) -> bool:
    """Tell whether most breaks (:func:`line_breaks`) are forced at ``width`` (see :func:`wrap_width`)."""
    pairs = forced = 0
    mid_sentence = [0, 0]  # (pairs, forced) of breaks inside a sentence
    for needed, inside in breaks:
        is_forced = needed > width
        pairs += 1
        forced += is_forced
        if inside:
            mid_sentence[0] += 1
            mid_sentence[1] += is_forced
    # A break where a sentence ends and the next opens is a wrap or one point per line: it counts only when the
    # width also breaks some sentence in its middle (lines that each end a sentence, of even length, are one point
    # per line, no hard wrapping).
    if not mid_sentence[1]:
        pairs, forced = mid_sentence
    return forced >= 2 and forced >= 0.5 * pairs


# Words a point never ends on ("… by post, by phone or", "… the desk of"): a line ending on one runs on, a wrap.
RUN_ON_WORDS = frozenset("a an the and or nor but of to with from for at by as than that into onto my your our their "
                         "his her its".split())
LIST_UNDER_COLON_MIN_LINES = 2  # a list has two points at least; one line under a colon is a sentence's wrap
# A line this many times the wrap width was never wrapped at it: a paragraph left whole (lines the wrap made stand
# at most 1.15 times the width read from them on the tuned pages, whole ones from 1.17 to 6 times)
WHOLE_LINE_WIDTHS = 1.5
# A line this share of the wrap width long was filled by the wrap: a wrapping tool or a writer that breaks before
# the last word that would fit leaves it a little short of the width read from the longest lines
NEAR_WIDTH = 0.85


def _bare_point(line: str) -> bool:
    """A line that reads as one point of a list whose glyphs were lost, not as a piece of wrapped prose: it opens in
    lower case, holds no sentence end and ends on a word that may close a clause, with no punctuation after it."""
    stripped = line.strip()
    if not stripped[:1].islower() or not stripped[-1:].isalnum():
        return False
    if any(c in ".!?…" and stripped[k + 1:k + 2].isspace() for k, c in enumerate(stripped)):
        return False
    return stripped.rsplit(None, 1)[-1].lower() not in RUN_ON_WORDS


def _points_under_colon(lines: list[str], width: int) -> set[int]:
    """The lines that start a paragraph of their own in text hard-wrapped at ``width`` because they are a list's
    points under a colon lead-in, and the line that closes that list.

    A short list whose bullets were lost in scraping ("… keep ours calm:" and then one lower-case point a line) has
    lines of even length whose breaks a wrap width explains half the time by chance. Wrapped prose, though, ends its
    sentence, and the width explains every break inside it: a run of two lines or more under a colon, none of them
    ending or holding a sentence, that ends where the text, a blank line, a list marker or a line opening with a
    capital does, was never one sentence when it has a break the width does not explain, or when the colon's own
    line is far longer than the width (a paragraph left whole, whose sentence no wrapped line goes on with).

    >>> sorted(_points_under_colon(["Keep ours calm:", "pack the bag early", "freeze the bottles", "That works."], 24))
    [1, 2, 3]
    >>> _points_under_colon(["Keep ours calm:", "pack the bag early", "freeze the bottles", "That works."], 20)
    set()
    >>> sorted(_points_under_colon(["Two habits keep ours calm:", "pack the bag early", "freeze the bottles"], 17))
    [1, 2]

    A sentence that ends under them, and a line ending on a word that runs on, are prose:

    >>> _points_under_colon(["The rule is simple:", "water the beds early", "every day in summer",
    ...                      "before the sun is up."], 30), _points_under_colon(["Reach us:", "by post or",
    ...                      "in person at the desk of", "Mrs Lee in room four."], 30)
    (set(), set())
    """
    out: set[int] = set()
    i = 0
    while i < len(lines):
        if not lines[i].rstrip().endswith(":"):
            i += 1
            continue
        j = i + 1
        while j < len(lines) and _bare_point(lines[j]):
            j += 1
        closed = j == len(lines) or not lines[j].strip() or lines[j].lstrip()[:1].isupper() or _starts_item(lines[j])
        breaks = zip(lines[i + 1:j], lines[i + 2:j + 1], strict=False)
        unexplained = any(b.strip() and len(a.rstrip()) + 1 + len(_first_word(b)) <= width for a, b in breaks)
        whole = len(lines[i].rstrip()) > WHOLE_LINE_WIDTHS * width
        if closed and (unexplained or whole) and j - i - 1 >= LIST_UNDER_COLON_MIN_LINES:
            out.update(range(i + 1, min(j + 1, len(lines))))
        i = max(j, i + 1)
    return out


OPENING_MARKS = "\"“‘'(«„"  # what may stand before a line's first word: an opening quote or bracket


def _opens_in_lower_case(line: str) -> bool:
    """Whether a line's first word, after any opening quote or bracket, opens in lower case: a sentence the line above
    left open runs on over the break ('… a long sausage or a\\n"snake" stops the draught'), in any script with case.

    >>> _opens_in_lower_case('  "snake" stops it'), _opens_in_lower_case("(and dry)"), _opens_in_lower_case('"Snake"')
    (True, True, False)
    """
    return line.lstrip().lstrip(OPENING_MARKS)[:1].islower()


def _quote_left_open(line: str) -> bool:
    """Whether a line ends inside a quotation it opened ('… make it specific. "Could you sit with'): the break
    under it runs the quoted words on, whatever case the next line opens in ("Mum on Tuesday?")."""
    return line.count('"') % 2 == 1 or line.count("“") > line.count("”")


def _title_line(line: str, width: int | None) -> bool:
    """A short line without a sentence end: a title or label, never the middle of a wrapped paragraph."""
    stripped = line.strip()
    short = width is None or len(stripped) <= 0.6 * width
    return short and bool(stripped) and stripped[-1] not in ".,;!?" and len(stripped.split()) <= 8


def paragraphs(text: str) -> list[Para]:
    """Split a body into paragraphs, joining hard-wrapped lines and a marker alone on its line with its text.

    A blank line ends a paragraph, a list marker starts one, and otherwise each line is its own paragraph
    unless the text is hard-wrapped (then a forced break continues the paragraph), the line goes on with a
    sentence the line before left open, or the line is indented under a list item. A rule line ("-----": a
    printed page's break, a Markdown rule) is a paragraph of its own, never a wrap of the lines around it.

    >>> [p.text for p in paragraphs("Intro line.\\n1.\\nBe proud.\\n\\n• Smile\\n  at people.\\nEnd.")]
    ['Intro line.', '1. Be proud.', '• Smile at people.', 'End.']
    >>> [p.text for p in paragraphs("• Smile at people.\\n-----\\n• Listen.")]
    ['• Smile at people.', '-----', '• Listen.']
    >>> [p.text for p in paragraphs('Be specific. "Could you sit with\\nDad on Friday?" works.\\nNext point.')]
    ['Be specific. "Could you sit with Dad on Friday?" works.', 'Next point.']
    """
    lines = text.split("\n")
    spans: list[Span] = []
    pos = 0
    for line in lines:
        spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    width = wrap_width(lines)
    # (a wrap width explains the breaks of a short list by chance: its points under a colon stand apart)
    apart = _points_under_colon(lines, width) if width is not None else set()
    out: list[Para] = []
    cur: list[Span] = []
    marker: Marker | None = None
    indent = 0
    after_lead_in = False  # inside a run of lines under a lead-in
    rule_before = False  # the last line was a rule ("-----")

    def close() -> None:
        nonlocal cur, marker
        if cur:
            s, e = cur[0][0], cur[-1][1]
            out.append(_para(text, s, e, marker, indent))
        cur, marker = [], None

    for k, ((s, e), line) in enumerate(zip(spans, lines, strict=True)):
        stripped = line.strip()
        if not stripped:
            if cur and marker is not None and not text[marker.end:cur[-1][1]].strip():
                continue  # a marker alone on its line waits for its text, even across a blank line
            close()
            continue
        lead = len(line) - len(line.lstrip())
        # a lone bullet is one glyph, with its variation selector at most: a longer line is never one (most lines)
        found = match_marker(text, s + lead, e) or (lone_bullet(text, s + lead, e) if len(stripped) <= 2 else None)
        rule = line[lead:lead + 1] in RULE_CHARS and RULE_LINE.match(line) is not None  # the cheap test first
        ruled, rule_before = rule or rule_before and bool(cur), rule
        if cur and found is not None and width is not None and not ruled:
            prev = text[cur[-1][0]:cur[-1][1]].rstrip()
            # "… sales grew by\n10. Then …": a wrap put a number at the line start mid-sentence; not a marker
            # (the sentence is open when the line ends in anything but closing punctuation: "3.5%", "grew by")
            if prev[-1:] not in ".!?:;…\"”’')]" and len(prev) + 1 + len(_first_word(line)) > width:
                found = None
        if cur and found is None and not ruled:
            prev = text[cur[-1][0]:cur[-1][1]]
            marker_only = marker is not None and not text[marker.end:cur[-1][1]].strip()
            wrapped = width is not None and len(prev.rstrip()) + 1 + len(_first_word(line)) > width
            if wrapped and prev.rstrip()[-1:] in ".!?”\"" and _title_line(line, width):
                wrapped = False  # "… the company.\nTry This": a title after a finished sentence, not a wrap
            elif (not wrapped and width is not None and len(prev.rstrip()) >= NEAR_WIDTH * width
                  and (k + 1 == len(lines) or not lines[k + 1].strip()) and not _title_line(line, width)):
                wrapped = True  # a block's last line under a line filled nearly to the width: the wrap broke early
                # ("… into the basement.\nA ladder and an hour is all it needs.\n\n"), a paragraph's end
            # a sentence running on over the break is a wrap whatever the width: "… customer\ncare is …"; but
            # in text that is not hard-wrapped, the lines under a lead-in ("… my routine:") are its list
            listed = width is None and (prev.rstrip().endswith(":") or after_lead_in)
            wrapped = wrapped or not listed and (prev.rstrip()[-1:] in ",;:–—-" or prev.rstrip()[-1:].isalnum()) \
                and (_opens_in_lower_case(line) or _quote_left_open(prev))
            hanging = marker is not None and lead > indent
            if k in apart:
                wrapped = hanging = False
            if marker_only or wrapped or hanging:
                cur.append((s, e))
                continue
            after_lead_in = listed
        elif not cur:
            after_lead_in = False
        close()
        cur, marker, indent = [(s, e)], found, lead
    close()
    return _answers_apart(text, out)


def _answers_apart(text: str, paras: list[Para]) -> list[Para]:
    """Cut a labelled question from the answer that runs on in its paragraph ("Q: Can I compost rhubarb? A: Yes
    …", or glued by a scrape: "… — Gareth, emailA: Afternoon sun …"): two turns of a Q&A, each its own paragraph.

    >>> [p.text for p in _answers_apart("Q: Can I sow peas now? A: Yes, in pots.", [_para(
    ...     "Q: Can I sow peas now? A: Yes, in pots.", 0, 39)])]
    ['Q: Can I sow peas now?', 'A: Yes, in pots.']
    >>> t = "Q: Is my lilac sulking? — Gareth, emailA: It wants sun."
    >>> [p.text for p in _answers_apart(t, [_para(t, 0, len(t))])]
    ['Q: Is my lilac sulking? — Gareth, email', 'A: It wants sun.']
    >>> t = "Q: What is plan A: the cheap one?"
    >>> [p.text for p in _answers_apart(t, [_para(t, 0, len(t))])]
    ['Q: What is plan A: the cheap one?']
    """
    if "A:" not in text:
        return paras  # the cheap test first: this runs on every body
    out: list[Para] = []
    for p in paras:
        m = None
        if p.marker is None and p.text[:1] in "Qq" and QUESTION_LABEL.match(p.text):
            asked = text.find("?", p.start, p.end)
            m = INLINE_ANSWER.search(text, asked, p.end) if asked >= 0 else None
        if m is None:
            out.append(p)
            continue
        out.append(_para(text, p.start, m.start()))
        out.append(_para(text, m.end(), p.end))
    return out


def comment_head(text: str) -> bool:
    """Tell whether a title line heads a reader's comment: a name saying (every word of it capitalised, "Priya K.
    says:", "Owen said..."), a date to the minute ("Owen · May 4, 2022, 7:02 PM") or a name and the day
    ("Tomasz — April 15, 2022").

    >>> comment_head("Priya K. says:"), comment_head("Owen — 3 May 2022 at 18:40"), comment_head("What he said:")
    (True, True, False)
    >>> comment_head("Priya R. — April 14, 2022"), comment_head("Week One — March 2022")
    (True, False)
    >>> comment_head("Update — June 2, 2024"), comment_head("EDIT - 3 May 2022 at 18:40")
    (False, False)
    """
    m = COMMENT_SAYS.match(text)
    if m is not None:
        return all(not w[:1].islower() for w in m.group("who").split())
    if any(word.strip(":.").lower() in ENTRY_LABEL_WORDS for word in text.split(None, 1)[:1]):  # "Update — May 4,
        return False  # 2025" dates the post's own addition (an edit, a diary's day): a label where a name stands
    return COMMENT_WHEN.search(text) is not None or COMMENT_DATED.match(text) is not None


def names_in_bio(head: str, body: str) -> bool:
    """Tell whether a title line is a person's name over a note about them (an author box under the article:
    "Benedikt Schäfer" over "Benedikt Schäfer has gardened on a balcony …"; "Ana Ruiz" over "Ruiz writes about
    …"): two to four capitalised words, and the first sentence under it names the same person by the whole name
    or the last word of it. A point's heading names no one, so its paragraph never opens on its words this way.

    >>> names_in_bio("Benedikt Schäfer", "Benedikt Schäfer has gardened in Leipzig for years.")
    True
    >>> names_in_bio("Ana Ruiz", "A cook and teacher, Ruiz writes about bread.")
    True
    >>> names_in_bio("Water Deeply", "Water deeply once a week."), names_in_bio("Use Sharp Tools", "Dull Tools slip.")
    (False, False)
    """
    if not body.startswith(head + " ") and head.rsplit(None, 1)[-1] + " " not in body:
        return False  # the cheap test first: this runs on every title line over a paragraph
    words = head.split()
    if not 2 <= len(words) <= 4 or not all(w[:1].isupper() and w.rstrip(".").replace("-", "").replace("'", "")
                                           .replace("’", "").isalpha() for w in words):
        return False
    first = lead_sentence(body)
    if first.startswith(head + " "):
        return True
    at = first.find(words[-1] + " ")
    while at >= 0:
        after = first[at + len(words[-1]) + 1:].split(None, 1)
        if (at == 0 or not first[at - 1].isalnum()) and after and after[0] in BIO_VERBS:
            return True
        at = first.find(words[-1] + " ", at + 1)
    return False


def page_furniture(para: Para) -> bool:
    """A printed page's footer or header line ("Fire checklist, printed 12/02/2020 Page 1 of 2"), a rule line or a
    forum post's stamp (its date and time, then its number in the thread: "14 Oct 2026, 07:41 #3"): nobody's text,
    so no part of the list item it falls in and no heading over a section.

    >>> page_furniture(Para(0, 0, "Fire checklist v3, printed 12/02/2020 Page 1 of 2")), page_furniture(
    ...     Para(0, 0, "Read the rules on page 4 of 12.")), page_furniture(Para(0, 0, "-" * 40))
    (True, False, True)
    >>> [page_furniture(Para(0, 0, t)) for t in ("Pages: 1 2 Next \u00bb", "\u00ab Previous 1 2 3", "Next steps")]
    [True, True, False]
    >>> page_furniture(Para(0, 0, "3 May 2024, 21:15 #7")), page_furniture(Para(0, 0, "Bring a torch #7"))
    (True, False)
    >>> page_furniture(Para(0, 0, "[Like] [Share] [Print]")), page_furniture(Para(0, 0, "[Note] Sow thinly."))
    (True, False)
    """
    if post_stamp(para):
        return True
    return para.marker is None and (RULE_LINE.match(para.text) is not None
                                    or BUTTON_ROW.fullmatch(para.text) is not None
                                    or bool(PAGE_FOOTER.search(para.text))
                                    and not has_words(para.text, PAGE_FOOTER_MAX_WORDS + 1)
                                    and para.text[-1:] not in ".!?"
                                    or len(para.text) <= PAGER_MAX_CHARS and PAGER.match(para.text) is not None
                                    or print_margin(para))


def print_margin(para: Para) -> bool:
    """A browser's print header or footer line inside a printed page's text (:data:`PRINT_MARGIN`).

    >>> print_margin(Para(0, 0, "https://site.example/a 2/3")), print_margin(Para(0, 0, "3/4/25, 9:02 AM Tips | Site"))
    (True, True)
    >>> print_margin(Para(0, 0, "On 3/4/25, 9:02 AM we met."))
    False
    """
    return para.text[:1] in "0123456789hH" and len(para.text) <= PRINT_MARGIN_MAX_CHARS and bool(
        PRINT_MARGIN.match(para.text))


def post_stamp(para: Para) -> bool:
    """A forum post's stamp line: when it was posted, then its number in the thread (:data:`POST_STAMP`).

    >>> post_stamp(Para(0, 0, "3 May 2024, 21:15   #7")), post_stamp(Para(0, 0, "Old 11-04-2019, 08:30 PM  #2"))
    (True, True)
    >>> post_stamp(Para(0, 0, "Bring a torch #7")), post_stamp(Para(0, 0, "3 May 2024, 21:15"))
    (False, False)
    """
    if para.marker is not None or (m := POST_STAMP.match(para.text)) is None:
        return False
    return is_date_line(m["when"]) or HYPHEN_DATE_TIME.match(m["when"]) is not None


def _short(para: Para, words: int = 7) -> bool:
    return not has_words(para.text, words + 1)


def answer_start(paras: list[Para]) -> int:
    """Return the index of the first paragraph of an advice column's answer, or 0 when the body is no column.

    A column opens with a reader's letter (a salutation "Dear Marta," or a "Q:" in the first paragraphs, and
    first-person text) and answers it after a second salutation ("Dear Crowded,"), an "A:" label, or the
    letter's signature line ("Crowded in Kraków", "– Tired Dad"). The answer starts after a salutation or a
    signature on its own line, and at an "A:" paragraph (its text is the answer's).

    >>> ps = lambda text: paragraphs(text.replace("|", "\\n\\n"))
    >>> answer_start(ps("Dear Marta,|My flat is small and I am tired.|Tired in Oslo|Dear Tired,|Try it."))
    4
    >>> answer_start(ps("Q: My flat is small. What do I do?|A: Move the desk.|And buy a lamp."))
    1
    >>> answer_start(ps("Dear reader,|This is a guide.|Good Habits|Keep a diary."))
    0
    >>> answer_start(ps("Q: Can I sow peas now?|A: Yes.|Q: And beans?|A: Wait a month."))
    0

    A letter asks before any list: a greeting over an issue's list of points ("Hi all,", "1. Sow thinly.", …) opens
    a newsletter, whatever question and signature come further down.

    >>> t = "Hi all,|I sowed late.|1. Sow thinly.|2. Water well.|Any questions?|– Jo|"
    >>> answer_start(ps(t + "Next month we look at keeping pots watered through a heatwave, and at shade."))
    0
    """
    if sum(labelled(QUESTION_LABEL, p.body) for p in paras) >= 2:
        return 0  # several labelled questions: a Q&A page, each question answered in turn, not one letter
    opening = next((i for i, p in enumerate(paras[:3])
                    if p.marker is None and (QUESTION_LABEL.match(p.text) or SALUTATION.match(p.text) and _short(p))),
                   None)
    if opening is None:
        return 0
    first_person = asks = False
    for i in range(opening + 1, len(paras)):
        p = paras[i]
        if p.marker is not None and not asks:
            return 0  # a list before any question: the greeting opened a newsletter or a guide, not a reader's letter
        if ANSWER_LABEL.match(p.text):
            return i if has_words(ANSWER_LABEL.sub("", p.text, count=1), 1) else i + 1
        if not first_person:
            first_person = bool(FIRST_PERSON.search(p.text))
            asks = "?" in p.text
            continue
        asks = asks or "?" in p.text
        if SALUTATION.match(p.text):
            return i + 1 if _short(p) else i
        if asks and _short(p, 6) and LETTER_SIGNATURE.match(p.text):
            follows = paras[i + 1] if i + 1 < len(paras) else None
            at = i + 2 if follows is not None and SALUTATION.match(follows.text) and _short(follows) else i + 1
            # an open letter signed at its end has no answer after the signature: it is the article
            return at if any(has_words(q.text, 12) for q in paras[at:]) else 0
    return 0


# The link a wiki prints after each section heading ("Method[edit]", "Method [edit source]"): no word of the heading
# (the same link patterns.WIKI_EDIT_LINK lets the list cues' headings end on)
WIKI_EDIT_LINKS = ("edit", "edit source")


def _without_edit_link(line: str) -> str:
    """``line`` without a wiki's edit link at its end.

    >>> _without_edit_link("Cut back hard[edit]"), _without_edit_link("Pots [ edit source ]")
    ('Cut back hard', 'Pots')
    >>> _without_edit_link("A [b]")
    'A [b]'
    """
    end = line.rstrip()
    start = end.rfind("[")
    if not end.endswith("]") or start <= 0 or " ".join(end[start + 1:-1].split()).lower() not in WIKI_EDIT_LINKS:
        return line
    return end[:start].rstrip()


def heading_words(line: str) -> str:
    """A heading line without the markup a text export keeps around it (:data:`HEADING_MARKUP`): the headline a
    reader sees is the heading's words, as an HTML page shows them.

    >>> heading_words("## Pick often"), heading_words("== Carrots with onions =="), heading_words("**Backrest**")
    ('Pick often', 'Carrots with onions', 'Backrest')
    >>> heading_words("Cloud base"), heading_words("### Seat depth ###"), heading_words("== Unclosed")
    ('Cloud base', 'Seat depth', '== Unclosed')
    >>> heading_words("Lift the tubers[edit]")
    'Lift the tubers'
    """
    line = _without_edit_link(line)
    m = HEADING_MARKUP.match(line) if line[:1] in "#=*_" else None
    if m is None:
        return line
    inner = (m.group("h") or m.group("w") or m.group("b")).strip()
    return inner or line


def unlabelled(headline: str) -> str:
    """A headline without a question label and the reader's credit after the question.

    >>> unlabelled("Question: Do slugs mind copper tape? -Ron"), unlabelled("Quiet evenings help.")
    ('Do slugs mind copper tape?', 'Quiet evenings help.')
    """
    m = QUESTION_LABEL.match(headline) if headline[:1] in "Qq" else None
    if m is None or not has_words(headline[m.end():], 1):
        return headline
    headline = headline[m.end():].strip()
    credit = READER_CREDIT.search(headline)
    return headline[:credit.start() + 1] if credit else headline


def labelled(label: re.Pattern[str], text: str) -> bool:
    """Tell whether a paragraph opens with a Q&A label (:data:`QUESTION_LABEL`, :data:`ANSWER_LABEL`) and goes on.

    >>> labelled(QUESTION_LABEL, "Q: How high should my saddle be?"), labelled(QUESTION_LABEL, "Questions")
    (True, False)
    """
    m = label.match(text)
    return m is not None and has_words(text[m.end():], 1)


def is_heading(para: Para) -> bool:
    """Tell whether a paragraph is a short title line (no list marker, no sentence inside).

    >>> is_heading(Para(0, 0, "Performance Prompts")), is_heading(Para(0, 0, "Be proud of what you do."))
    (True, False)
    >>> is_heading(Para(0, 0, "7 min")), is_heading(Para(0, 0, "7 min read")), is_heading(Para(0, 0, "7 hills"))
    (False, False, True)
    """
    t = para.text
    if para.marker is not None or not t:
        return False
    if len(t) > 90 or len(t.split()) > 12:  # the length first: most paragraphs are longer than a title
        return False
    if t[-1] in f".,;。{SCRIPT_FULL_STOPS}" and not t.endswith(("...", ". . .", "…")):
        return False  # a Chinese or Japanese sentence ends with "。", a Hindi one with "।": no title line either
    if t[-1] in ")]" and t.rstrip(")]")[-1:] in ".;。":
        return False  # "(I always do that one first.)": a sentence in brackets, an aside, no title line
    if "-->" in t and CUE_LINE.match(t):
        return False  # a subtitle cue's timing ("00:00:03,000 --> 00:00:04,000"): when words are said, no title
    if t[0] in "QqAaRr" and (labelled(QUESTION_LABEL, t) or labelled(ANSWER_LABEL, t)):
        return False  # "Q: Is my garlic ready? - Tom": a labelled turn of a Q&A, not a title line
    if t[0].isdigit() and DURATION_LINE.fullmatch(t):
        return False  # "6 min" under "Listen to this article": the player's duration, no title over the introduction
    return not SENTENCE_INSIDE.search(t)
