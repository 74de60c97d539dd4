"""Does a text advise at all? The document-level gate of the tips stage (issue 16).

The detectors find lists, sections and runs of paragraphs; a list is a tip list only on a page that advises. News
fact boxes, product specifications, programmes, lists of people, results tables, demands and interview questions
have the layout of tips without the voice: nobody is told what to do. The gate asks the page as a whole, once,
after the detectors: a page advises when its points tell the reader what to do (an imperative, a word to the
reader, an instruction in the infinitive), when it speaks to its reader throughout over points that are more than
data, or when it says it holds tips, a recipe or a count of points; a deals page's priced entries and a site's calls
to follow it ("See it now: …", "Follow them on …") are no advice, however often the page says "you". The rules read
the advice of English and of every language whose row in text/languages.py holds its commonest words and its words
for "you" (``function_words``, ``address``); a page in another is not judged, unless half its points are lines of
data (a results table's rows, a profile's facts), which are data in any language. One function, :func:`advises`,
asked once by the splitter.
"""

from __future__ import annotations

import functools
import re

from ...text.gated import WordGated
from ...text.languages import LANGUAGES, alternation, languages_with, words
from .detect import GROUP_HEAD_MAX_CHARS, _announces_ahead, _roster_line
from .paras import (
    gives_advice,
    habit_lead,
    has_words,
    heads_ingredients,
    lead_sentence,
    looks_imperative,
    normalise,
    reader_language,
    sentence_starts,
)
from .patterns import READER_LANGUAGES, SECOND_PERSON

ADVISING_POINTS_SHARE_INV = 3  # a third of the points telling the reader what to do make the page advise
ADDRESS_PER_WORDS = 110  # a page that says "you" once in this many words speaks to its reader (advice: 2-6 in 100)
LOUD_ADDRESS = 2  # ... and one that says it twice as often speaks to its reader even over a list of data
# The languages whose points the rules read for advice: English (imperatives, "you should") and every language
# whose row tells a body in it and holds its words to the reader (READER_LANGUAGES); a page in another is not judged
JUDGED_LANGUAGES = ("en", *READER_LANGUAGES)
ANNOUNCE_REACH = 600  # the opening of the body where a page says what it holds ("Mit diesen fünf Tipps …")
INTRO_MIN_LINE_WORDS = 5  # the introduction above the points is a sentence, not a column's label or a kicker
PROSE_LINE_WORDS = 8  # a paragraph of running prose, not a list's item, a name or a field: what tells the language
INFINITIVE_HEAD_MAX_WORDS = 6  # "Kredite vergleichen": an instruction's head is a few words; a longer sentence
# ending on an infinitive has a finite verb before it ("Der Urheber muss immer genannt werden.")

# The words for tips in every language of the tables ("tips", "Tipps", "conseils", "consejos"): a page whose
# title or opening names them announces advice. Matched at a word's start, so plurals and cases count.
TIP_WORD = WordGated(rf"(?<!\w){alternation('tips')}", re.IGNORECASE)
# A point numbered as a tip or a step in any language of the tables ("Step 2:", "Schritt 2:", "Βήμα 2:")
COUNTED_POINT = re.compile(rf"(?<!\w){alternation('counter')}\s*#?\d{{1,2}}\b", re.IGNORECASE)
# The longest counter word, in characters: the case-blind engine matches one character of the text to one of the
# pattern's, so a counter word's match is as long as the word
COUNTER_CHARS = max(map(len, words("counter")))
NUMBER_RUN = re.compile(r"\d+")


def counted_point(text: str) -> bool:
    r"""``COUNTED_POINT.search(text)``, asked only where a number stands (issue 19: the pattern tried its ninety
    words at every character of the body; on real texts ~1 ms a page, read in a quarter of that so).

    Every match ends in a run of digits, and its counter word ends where the blanks (and one "#") before that run
    begin: no counter word holds a digit or a "#", nor ends in a blank (checked at import; a counter of two words,
    "ndụmọdụ nke", holds one blank inside, read as one blank, as a page writes it). So the pattern is asked in the few
    characters from the word's earliest start to two digits past the run's start, once per run of digits. The
    look-behind still sees the text before the window; the window's end never stands where a match's closing
    ``\b`` is read (a match whose digits began inside the run would need a counter word right after a digit, and
    its ``(?<!\w)`` forbids that).

    >>> counted_point("Step 2: mix the flour."), counted_point("Schritt #3 — ruhen lassen"), counted_point("in 2019")
    (True, True, False)
    >>> counted_point("Step 123 of the tour"), counted_point("steps 2"), counted_point("Misstep 2")
    (False, False, False)
    """
    for run in NUMBER_RUN.finditer(text):
        first = run.start()
        word_end = first - (text[first - 1:first] == "#")
        while word_end and text[word_end - 1].isspace():  # str.isspace is the engine's \s
            word_end -= 1
        if COUNTED_POINT.search(text, max(0, word_end - COUNTER_CHARS), first + 3):
            return True
    return False


# (a counter of two words holds one blank between them, "ndụmọdụ nke": never at its end, where the blanks before the
# digits begin)
assert not any(ch.isdecimal() or ch == "#" for word in words("counter") for ch in word)
assert not any(word != word.strip() or "  " in word for word in words("counter"))
# The number words two to ten of each judged language, as whole words ("fünf Dinge"): asked in the page's own
# language only, since short count words are common words elsewhere ("on" is Turkish ten, "to" Danish two)
COUNT_WORDS = {code: re.compile(rf"(?<!\w){alternation('numbers', [code])}(?!\w)", re.IGNORECASE)
               for code in JUDGED_LANGUAGES}
# An instruction written in the infinitive, the way German guides head their points ("Kredite vergleichen", "Auf
# Siegel vertrauen"): the head ends on a verb in lower case, where a noun would be capitalised. Asked only of the
# languages that capitalise their nouns (a row with ``infinitive_endings``); elsewhere infinitives read as nouns.
INFINITIVE_END = {code: re.compile(rf"(?<![\w-])[^\W\d_A-ZÄÖÜ]+(?:{'|'.join(LANGUAGES[code]['infinitive_endings'])})"
                                   r"\W*$")
                  for code in languages_with("infinitive_endings")}
# An instruction opening with a verb form the row names ("Etiquetar cada envase", "Choisir un pot", "Gardez le
# couvercle", "Sprawdzić datę"): a capitalised first word ending in an infinitive's or an imperative's ending of the
# page's language after a stem of LEADING_VERB_STEM_LETTERS letters or more (shorter ones end so as often in nouns
# and pronouns: "Lugar", "Notre"), with more words after it
LEADING_VERB_STEM_LETTERS = 4


def _verb_endings(code: str) -> str:
    return alternation("leading_infinitive_endings", [code]) if not LANGUAGES[code].get("imperative_endings") else (
        f"(?:{alternation('leading_infinitive_endings', [code])}|{alternation('imperative_endings', [code])})")


LEADING_VERB = {code: re.compile(rf"^\W*[^\W\d_]{{{LEADING_VERB_STEM_LETTERS},}}{_verb_endings(code)}(?![^\W\d_])\s+\S")
                for code in languages_with("leading_infinitive_endings")}
# The languages whose instructions the rules read in full: English (imperatives, "you should") and the languages
# whose rows name the form of their instructions (the infinitive that ends a German head, "Kredite vergleichen").
# A page in another judged language is refused when its points are lines of data, or when they open as statements
# do (on an article or a pronoun) and the page gives no other sign of advice; else it passes: an instruction in it
# may be an imperative the rules cannot tell from a statement ("Deja de regar", "Meng groen en bruin").
INSTRUCTIONS_READ = ("en", *INFINITIVE_END)

QUOTED_LEAD_REACH = 60  # a reader's name and town before their own words ("Ana Ruiz, Leeds: I ...")
DATA_MAX_WORDS = 4  # a label, a name or a value: a few words and no full stop ("Keine Vorkasse", "NISSAN SENTRA")
# The marks that end a sentence, in the scripts the tables meet (the ideographic full stop, the danda, Urdu's and
# Ethiopic's full stops, Arabic's question mark): a point ending on one is a sentence, never a line of data, in a
# script with no blanks between its words too ("窓を開けて換気する。" is one "word" by blanks)
POINT_ENDS = ".!?…。！？।؟۔።"
WORD_AT_START = re.compile(r"[^\W\d_]+")  # a point's first word (read at its start only: match, never search)
# A field of a record: a label of a few words, a colon, a short value ("Level: 70", "Brennweite in mm: 180")
# (looser than the detector's _field_line, which wants a figure in the value: the gate weighs a whole page's
# points, and a game guide's "Name: …" and "Reward: EXP: …" fields are data too; joined, they turned one such
# guide on the real texts from 0 tips into 105 and a loan page with spec lines from 16 into 0)
FIELD = re.compile(r"^[^\W\d][^:.!?]{0,30}:[ \t]*[^.!?\n]{0,40}$")
# ... and a field whose value runs a little longer, as a date with its proviso does ("Order in force until: Friday
# 3 May 2024 (to allow for delays)"): asked only with a figure in the value (:func:`_figure_field`)
FIGURE_FIELD = re.compile(r"^[^\W\d][^:.!?]{0,30}:[ \t]*[^.!?\n]{0,70}$")
# A heading of a job advertisement's section alone on its line ("Key responsibilities", "Wir bieten:"): two of them
# make the page a vacancy (:func:`is_vacancy`)
VACANCY_HEADING = re.compile(rf"^[ \t]*({alternation('vacancy')})[ \t]*(?::[ \t]*)?$", re.IGNORECASE | re.MULTILINE)
VACANCY_SECTIONS_MIN = 2
# A price in the line ("for $19.99", "ab 94,00 €", "£12"): a shop's or a deal's item
PRICE = re.compile(r"[$£€]\s?\d|(?<![\d.,])\d[\d.,]{0,12}\s?(?:€|EUR\b|USD\b)")  # (bounded: a run of digits is
# tried once, from its start)
# An offer's term, in English: a card's or a shop's reward, put as an imperative of gain and an amount ("Earn 60,000
# bonus points", "Get 20% more value", "Enjoy 3X miles"): what the reader is given, never what to do. (A gain of a
# thing that is no reward is advice: "Get 8 hours of sleep".)
OFFER_TERM = re.compile(r"^\W*(?:earn|get|enjoy|receive)\s+(?:up\s+to\s+)?[$£€]?\d[\d,.]*\s?(?:%|x\b|k\b)?\s*"
                        r"(?:[^\W\d_]+\s+)?(?:(?:bonus\s+)?points?|miles|cash\s*back|more|off|back|bonus|credits?|"
                        r"rewards?)\b", re.IGNORECASE)
# A score, a time, a measured result or a date in a line ("12,45", "3:1", "2.04 m", "14/05", "1998"), or a figure
# ending it ("Anna Berg 3"): a results table's or a record's figure, in any script
SCORE_OR_DATE = re.compile(r"\d[.,:/\u2013-]\d|(?<!\d)(?:1[89]|20)\d\d(?!\d)|(?<![^\W\d_])\d{1,4}\W{0,2}$")
# The asker of an English question speaking of themselves: a reader's letter ("How do I …", "my tomatoes")
ASKER = re.compile(r"\b(?:I|my|me|we|our)\b")
# A point opening with an English gerund and what it takes ("Watering in the morning", "Going out with a torch")
GERUND_LEAD = re.compile(r"^\W*[A-Z][a-z]+ing\s+(?!(?:is|are|was|were|has|had)\b)[a-z]")
# An English how-to title: it opens with a gerund or "How to" ("Building A Garden Bench", "Reading The Sky")
HOW_TO_TITLE = re.compile(r"^\W*(?:how\s+to\b|[A-Z][a-z]+ing\b)")

# A site's call to its visitor, in English: to buy where a link goes ("See it now: Amazon", "Get it at Walmart"), to
# follow or reach the site or a person it features ("Follow them on GitHub", "Contact us"), to come back or read on
# ("Check back soon", "Read more here", "Stay tuned"). Its imperative is the page's chrome, never advice: a featured
# profile's, a shop's or a foundation's page ends in a few of them. The same words are everyday advice when the
# sentence goes on to the reader's own world ("Read more to your child", "Get them at the library", "Join us in
# making bedtime a reading time: …"), so the call counts only as a whole line, or followed by a link's word ("now",
# "here", "soon"), a colon and a name or a link (": Amazon"), a named place after "on", "at", "from" or "via" ("on
# Instagram", "at Harbourline"; a capital, case-sensitive), or the site's own "our" or "us" ("Get in touch with our
# team", "Stay up-to-date on our work").
SITE_CALL = re.compile(r"(?<!\w)(?:(?:see|get|buy|shop)\s+(?:it|them|this)|(?:buy|shop)\s+now|"
                       r"follow\s+(?:us|me|them|him|her)|(?:contact|join)\s+us|get\s+in\s+touch|check\s+back|"
                       r"stay\s+(?:up[\s-]to[\s-]date|tuned|connected)|read\s+(?:further|more))\b"
                       r"(?:[ \t]*(?:in[ \t]+)?(?:now|here|soon|today|online|below)\b|[ \t]*:[ \t]*(?-i:[A-Z0-9])|"
                       r"[ \t]*:?[ \t]*https?:|[ \t]+(?:on|at|from|via)[ \t]+(?-i:[A-Z])|"
                       r"[ \t]+(?:[^\W\d_]+[ \t]+)?(?:our|us)\b|"
                       r"[^\w\n]*$)",
                       re.IGNORECASE | re.MULTILINE)

# An English introduction's last sentence pointing at what follows ("Here they are:", "A few of them still work.")
POINTING_WORD = re.compile(r"\b(?:these|here|following|few)\b", re.IGNORECASE)

# A quantity a recipe measures out ("200 g", "1,5 l", "2 EL", "1 tsp", "180 °C", "300 Gramm"): mass, volume, spoons,
# heat, in symbols and abbreviations or in the words of every row that spells them (languages.py ``measures``)
MEASURE = re.compile(r"(?<![\w.,])\d+(?:[.,]\d+)?\s?(?:k?g|[mcd]?l|oz|lbs?|tbsp|tsp|EL|TL|°\s?[CF]?|"
                     rf"(?i:{alternation('measures')}))(?![^\W\d_])")
RECIPE_MIN_MEASURES = 3  # an ingredient list measures several things; a spec sheet's weight is one line
# (counted as distinct quantities: a product page repeating its one weight, or a results table naming its two
# implements' weights again and again, measures out nothing)

# A line of a terminal session or a code block ("$ make", "sudo apt …", "./configure", "#!/bin/sh", "```", a
# blog's "[sourcecode]"): a page that holds one walks its reader through a technical task.
CODE_LINE = re.compile(r"^[ \t]*(?:\$ \S|sudo \S|\./\S|#!/|```|\[(?:sourcecode|code)\b)", re.MULTILINE)


def distinct_measures(text: str) -> set[str]:
    """The different quantities a text measures out (:data:`MEASURE`), blanks and case aside: a recipe's list
    names several, a spec sheet one weight however often it repeats it.

    >>> sorted(distinct_measures("200 g flour, 2 tbsp oil, 200g sugar, 1 tsp salt"))
    ['1tsp', '200g', '2tbsp']
    >>> len(distinct_measures("Only 68 grams! ... The 68 grams harness ... weighs 68 grams."))
    1
    """
    return {"".join(m.split()).lower() for m in MEASURE.findall(text)}


def _address(language: str) -> re.Pattern[str]:
    return SECOND_PERSON if language == "en" else READER_LANGUAGES[language][1]


def _point_advises(point: str, language: str) -> bool:
    """Tell whether one point tells the reader what to do: advice as English writes it (an imperative, "you
    should"), a word to the reader in the page's language, or a German instruction in the infinitive. A question
    asks (an interview's, a quiz's): it tells nobody anything.

    >>> _point_advises("Kredite vergleichen: die Zinsen schwanken stark.", "de")
    True
    >>> _point_advises("Der Urheber muss bei allen Lizenzen genannt werden.", "de")
    False
    >>> _point_advises("Wie sieht dein Alltag aus?", "de"), _point_advises("Anna Berg, editor", "en")
    (False, False)
    >>> _point_advises("Desk lamp, brass\\nBuy it now for $39.99", "en")
    False
    """
    point = point.strip()
    first = point.split("\n", 1)[0].rstrip()
    if first.endswith("?"):
        # a reader's own question answered below it ("Q: When should I cut back lavender? A: …") asks for advice;
        # an interview's or a quiz's asks the other way
        return language == "en" and "\n" in point and bool(ASKER.search(first))
    lead = lead_sentence(first).strip()
    if not lead or lead.endswith("?"):
        return False
    if _shop_entry(point, language):
        return False  # a deal's entry or a site's call: its imperative is a shop's ("Buy it now for $24.99")
    if gives_advice(first) or _address(language).search(lead):
        return True
    under = point[len(first):].strip()
    if under and gives_advice(under.split("\n", 1)[0]):
        return True  # a heading over an instruction ("Ankle circles" over "Lift one heel and draw circles")
    head = lead.split(":", 1)[0] if ":" in lead[:GROUP_HEAD_MAX_CHARS] else lead  # "Grübeln verhindern: Vorsorgen …"
    if language in LEADING_VERB and LEADING_VERB[language].match(lead) and lead[:1].isupper():
        return True  # an instruction opening with its verb ("Etiquetar cada envase", "Gardez le couvercle")
    return (language in INFINITIVE_END and len(head.split()) <= INFINITIVE_HEAD_MAX_WORDS
            and bool(INFINITIVE_END[language].search(head)))


# advises asks a body's points whether they are a shop's entries, then each again (stripped) in _point_advises, and
# English ones whether they are the site's calls: both pure functions of the point, each answer kept for the last
# few points (issue 19: the gate asked them twice per point)
POINT_CACHE = 256


@functools.lru_cache(maxsize=POINT_CACHE)
def _site_call(point: str) -> bool:
    r"""An English point whose heading or the line under it is the site's call to its visitor (:data:`SITE_CALL`):
    a link to a shop, an invitation to follow or to come back.

    >>> _site_call("See it now: Northwind Store"), _site_call("Stay in touch\n\nFollow us on Mastodon.")
    (True, True)
    >>> _site_call("See a doctor now if the rash spreads."), _site_call("Check the label before you buy.")
    (False, False)
    """
    lines = point.strip().split("\n\n", 2)
    return any(SITE_CALL.search(line) for line in lines[:2])


def _sentences(text: str) -> list[str]:
    """The sentences of a paragraph (:func:`sentence_starts`).

    >>> _sentences("Rice is cheap. A bag costs $8.")
    ['Rice is cheap. ', 'A bag costs $8.']
    """
    bounds = [0, *sentence_starts(text), len(text)]
    return [text[start:end] for start, end in zip(bounds, bounds[1:], strict=False) if start < end]


def _priced_entry(point: str, language: str) -> bool:
    r"""A point that is a shop's item: a price on one of its first two lines, in a sentence that tells the reader
    nothing to do (an item's name and its price, "Desk lamp, brass, for $39.99"; "Prices range from $9 to $12"), or
    under a line that names an item and nothing more ("Seat pad, grey" over "Order now for $19.99"). A
    point that opens telling the reader what to do, or speaking to them, is advice that names a price ("Buy rice in
    big bags. A 10 kg bag costs $8."), and a sentence that does so is a call to buy (:func:`_site_call` reads
    those), so neither is an item.

    >>> _priced_entry("Desk lamp, brass, for $39.99\n\nIts arm bends both ways.", "en")
    True
    >>> _priced_entry("Buy oats in big bags. A 5 kg bag costs about $6.", "en")
    False
    >>> _priced_entry("Seat pad, grey\nOrder now for $19.99", "en")
    True
    """
    lines = point.strip().split("\n", 2)[:2]
    lead = lead_sentence(lines[0]).lstrip()
    if gives_advice(lead) or _address(language).match(lead):
        return False  # it opens telling the reader what to do, or speaking to them ("You pay less in bulk: …")
    if len(lines) == 2 and _data_point(lines[0]) and PRICE.search(lines[1]):
        return True  # an item's name over its price, whatever the price's line says ("Seat pad\nOrder now for $19")
    return any(PRICE.search(sentence) and not gives_advice(sentence)
               for line in lines for sentence in _sentences(line))


@functools.lru_cache(maxsize=POINT_CACHE)
def _shop_entry(point: str, language: str) -> bool:
    r"""A point that is a shop's or a site's entry, not a word to the reader: a shop's priced item
    (:func:`_priced_entry`, "Desk lamp for $39.99") or, in English, the site's call to its visitor
    (:func:`_site_call`) or an offer's term (:data:`OFFER_TERM`, "Earn 5X points on rides").

    >>> _shop_entry("Desk lamp, brass, for $39.99\n\nIts arm bends both ways.", "de")
    True
    >>> _shop_entry("Buy the lamp second-hand.\n\nA good one lasts for decades.", "en")
    False
    >>> _shop_entry("Skip the cut fruit. A whole melon is $3, the cut tub $7.", "en")
    False
    >>> _shop_entry("Earn 40,000 bonus points on the card.", "en"), _shop_entry("Get 8 hours of sleep.", "en")
    (True, False)
    """
    return _priced_entry(point, language) or language == "en" and (_site_call(point)
                                                                    or OFFER_TERM.match(point) is not None)


def _opens_on_a_common_word(point: str, language: str) -> bool:
    """A point whose first word is one of its language's commonest words (an article, a pronoun, a preposition:
    languages.py ``function_words``): a statement's opening, where an instruction opens on its verb ("Deja de
    regar", "Meng groen en bruin").

    >>> _opens_on_a_common_word("les participants à une grève", "fr"), _opens_on_a_common_word("Deja de regar", "es")
    (True, False)
    """
    first = WORD_AT_START.match(point.strip())
    return first is not None and first.group(0).lower() in READER_LANGUAGES[language][0]


def _prose(paragraph: str) -> bool:
    """A paragraph of running prose: words enough for a sentence, opening with a letter (not a list's marker, a
    number or a price), so a list of names, prices or results says nothing of the page's language."""
    paragraph = paragraph.lstrip()
    return paragraph[:1].isalpha() and has_words(paragraph, PROSE_LINE_WORDS)


def _explained(point: str) -> bool:
    """A point that runs on past its line (a paragraph under it, a second sentence) or asks the reader's question
    (a FAQ's): more than a name, a field, a price or an option, which are lines."""
    point = point.strip()
    return "\n" in point or point.endswith("?") or bool(sentence_starts(normalise(point)))


def _practice(point: str) -> bool:
    """An English point that names a practice, the writer's or in general: a habit ("We cook double and freeze
    half.") or a gerund ("Watering in the morning, so the soil is dry by night.").

    >>> _practice("Watering in the morning instead of the evening."), _practice("Morning is the best time.")
    (True, False)
    >>> _practice("Ana Ruiz, Leeds: I freeze chopped chives in ice cubes.")  # a reader's habit, signed before it
    True
    """
    quoted = point.split(":", 1)[1].strip() if ":" in point[:QUOTED_LEAD_REACH] else ""
    return habit_lead(point) or bool(GERUND_LEAD.match(point)) or bool(quoted and habit_lead(quoted))


def _introduces(intro: str, language: str) -> bool:
    """Tell whether the paragraph above the points advises ("Watch for these:"), speaks to the reader, counts them
    ("Here are four favourites.") or announces them ("Here is what goes in my bag:", "… one of these is usually
    the cause.")."""
    starts = sentence_starts(intro)
    last = intro[starts[-1] if starts else 0:]
    return (looks_imperative(last) or bool(COUNT_WORDS[language].search(intro))
            or _announces_ahead(intro.rstrip(":")) or bool(language == "en" and POINTING_WORD.search(last)))


def _answered_question(point: str) -> bool:
    """A point that asks a question and answers it below ("When does the heating have to be on?" and a paragraph):
    a FAQ's entry."""
    point = point.strip()
    return "\n" in point and point.split("\n", 1)[0].rstrip().endswith("?")


def _figure_field(point: str) -> bool:
    """A point that is a field holding a figure, on one line: a label, a colon and a short value with a number in it
    ("Closure ends: Friday 26 April, 4pm", "Order valid until: 3 May 2024"). Its label may open on a word that is
    also a verb ("Order", "Check-in"), but a date, a time or an amount after it is data, never an instruction.

    >>> _figure_field("Order valid until: Friday 3 May 2024"), _figure_field("Water early: the roots drink first")
    (True, False)
    >>> _figure_field("Feed them weekly: it keeps 2 of 3 plants alive.")
    False
    """
    line = point.strip()
    return "\n" not in line and FIGURE_FIELD.match(line) is not None and any(
        c.isdigit() for c in line.split(":", 1)[1])


def _record_point(point: str) -> bool:
    """A point that is one line of a record, known by its form in any language: a field ("Level: 70"), a price
    ("Mouse for $19.99"), a score, a time or a date ("Aino Virtanen 12,45"), or a person and their role ("Kathy
    Marsh, Lead Engineer at Foo"). Shortness alone is no sign of data where the rules cannot read the words: a
    short instruction is short too ("Пейте больше воды").

    >>> [_record_point(p) for p in ("Level: 70", "Mouse for $19.99", "Aino Virtanen 12,45", "Kathy Marsh, Editor")]
    [True, True, True, True]
    >>> _record_point("Закрывайте окна днём"), _record_point("Ana Ruiz, Leeds: I freeze chopped chives.")
    (False, False)
    >>> _record_point("Ida Lund 3"), _record_point("Пейте 2 литра воды в жару")
    (True, False)
    """
    line = point.strip()
    if not line or "\n" in line:
        return False  # a paragraph under it: a heading and its explanation, not a line of data
    # (a person, then a colon and a sentence, is someone's quoted point: "Ana Ruiz, Leeds: I freeze chives.": the
    # list detector's roster reader says which)
    return (FIELD.match(line) is not None or PRICE.search(line) is not None
            or line[-1] not in POINT_ENDS and SCORE_OR_DATE.search(line) is not None or _roster_line(line))



def _record_lines(points: list[str]) -> int:
    """How many of the points are lines of a record, told by their form in any language: a field, a price, a score
    or a date, a person and their role (:func:`_record_point`), or a short line standing over a paragraph of prose
    that is the next point (a news ticker's "vor 3 Stunden" over its item, a name over a match report): a label of
    that paragraph. A short line over another short line is a list's item, perhaps an instruction.

    >>> _record_lines(["Ida Lund 3", "Bo Ek 1", "Sov länge"])
    2
    >>> _record_lines(["igår", "Laget förlorade matchen mot grannstaden efter en jämn första period.", "Sov länge"])
    1
    """
    return sum(_record_point(point) or _data_point(point) and at + 1 < len(points) and _prose(points[at + 1])
               for at, point in enumerate(points))


def _data_point(point: str) -> bool:
    """A point that is a line of data, not a sentence: a label, a name or a value of a few words ("Default",
    "NISSAN SENTRA", "Keine Vorkasse"), or a line of a record (:func:`_record_point`: a field, a price, a score or
    a date, a person and their role).

    >>> [_data_point(p) for p in ("Default", "Level: 70", "Kathy Marsh, Lead Engineer", "Mouse for $19.99")]
    [True, True, True, True]
    >>> [_data_point(p) for p in ("Three tops that go with everything", "Not updating it after a divorce.")]
    [False, False]
    >>> _data_point("Ana Ruiz, Leeds: I freeze chopped chives in ice cubes.")
    False
    """
    line = point.strip()
    words = line.split()
    if not words or "\n" in line:
        return False  # a paragraph under it: a heading and its explanation, not a line of data
    if len(words) <= DATA_MAX_WORDS and line[-1] not in POINT_ENDS:
        return True
    return FIELD.match(line) is not None or PRICE.search(line) is not None or _roster_line(line)


def is_vacancy(text: str) -> bool:
    r"""A job advertisement: :data:`VACANCY_SECTIONS_MIN` of its lines are the headings of a vacancy's sections
    ("Key responsibilities", "What we offer", "Ihr Profil"; languages.py ``vacancy``), each alone on its line.

    >>> is_vacancy("We are growing.\n\nYour profile\n\n• Five years in sales\n\nWhat we offer:\n\n• A car")
    True
    >>> is_vacancy("Your profile\n\nKeep your profile photo recent and your headline short.")
    False
    """
    return len({m.group(1).lower() for m in VACANCY_HEADING.finditer(text)}) >= VACANCY_SECTIONS_MIN


def advises(text: str, points: list[str], title: str | None = None, promised: int | None = None,
            intro: str | None = None) -> bool:
    r"""Tell whether a body whose detectors found ``points`` (each point's text) advises its reader; only then are
    they tips. A page that says it holds tips, a recipe, a walk-through at a terminal, or a count of points ("Six
    Habits …") is not judged, nor one without prose, nor one in a language the tables do not read unless half its
    points are lines of data.
    Otherwise its points decide: half of them a shop's priced entries or a site's calls make it no advice; a third of
    them telling the reader what to do make it advise; half of them lines of data (names, fields, values, prices)
    make it a list of data; else it advises when it speaks to its reader (says "you" once in
    :data:`ADDRESS_PER_WORDS` words), or when its points are a writer's habits, and not when it says "you" nowhere,
    as a report does. The language is told from the prose paragraphs: a list of names says nothing of it.

    >>> advises("The club met on Friday and named the winners of the year.\n\nAnna Berg\n\nLars Holm",
    ...         ["Anna Berg", "Lars Holm"])
    False
    >>> advises("A few habits help the garden through the year.\n\nWater in the morning.\n\nMulch the beds.",
    ...         ["Water in the morning.", "Mulch the beds."])
    True
    """
    if points and is_vacancy(text):
        return False  # a job advertisement: its lists are duties, requirements, perks and application steps
    if not points or promised is not None or counted_point(text):
        return True  # a count promised ("Six Habits …"), or points numbered as tips or steps ("Schritt 2:")
    prose = "\n\n".join(p for p in re.split(r"\n\s*\n", text) if _prose(p))
    language = reader_language(prose)
    judged = language in JUDGED_LANGUAGES
    if judged and COUNT_WORDS[language].search(title or ""):
        return True  # the title counts its points ("fünf Dinge, die ich gerne früher gewusst hätte")
    opening = normalise(text[:ANNOUNCE_REACH])
    if TIP_WORD.search(title or "") or TIP_WORD.search(opening) or title and gives_advice(title):
        return True  # the page says it holds tips, or its title advises ("What renters should know")
    if (any(heads_ingredients(line.strip()) for line in text.splitlines())
            or len(distinct_measures(text)) >= RECIPE_MIN_MEASURES):
        return True  # a recipe (its "Ingredients" heading may have gone as a line many pages repeat): the method
    if CODE_LINE.search(text):
        return True  # a walk-through at a terminal: its steps are a reader's, whoever the prose says did them
    if not judged:
        # a language whose advice the rules cannot read: not judged, unless half its points are lines of a record
        # (a results table's rows, a profile's fields), known by their form in any language; a short line there
        # may be an instruction as well as a label. A page with no prose at all (a bare checklist) has nothing to
        # weigh its lines against, and is not judged
        return not prose or 2 * _record_lines(points) < len(points)
    if 2 * sum(_shop_entry(p, language) for p in points) >= len(points):
        return False  # a shop's or a deals page's entries, or a site's calls to follow it: nobody is advised
    if ADVISING_POINTS_SHARE_INV * sum(_point_advises(p, language) and not _figure_field(p)
                                       and not (language == "en" and _site_call(p)) for p in points) >= len(points):
        return True
    said = len(_address(language).findall(text)) * ADDRESS_PER_WORDS / max(1, len(text.split()))
    if 2 * sum(map(_data_point, points)) >= len(points):
        return said >= LOUD_ADDRESS  # names, fields, values: data, unless the page talks to its reader throughout
    if language not in INSTRUCTIONS_READ and 2 * sum(_opens_on_a_common_word(p, language)
                                                     for p in points) < len(points):
        return True  # sentences in a language whose imperatives the rules cannot read: not judged further, unless
        # they open as statements do, on an article or a pronoun ("les participants …", "une caisse qui …")
    if intro and _introduces(intro, language):
        return True  # its introduction advises, or announces the points ("Here is what I look at first.")
    if 2 * sum(map(_answered_question, points)) >= len(points):
        return True  # a FAQ: its answers are the points
    if said >= 1:
        return True  # it speaks to its reader
    return language == "en" and (HOW_TO_TITLE.match(title or "") is not None
                                 or ADVISING_POINTS_SHARE_INV * sum(map(_practice, points)) >= len(points))
