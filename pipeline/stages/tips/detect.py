"""Tip detectors: one signature, ``detect(paras, context) -> list[Item]``, and an ordered registry whose precedence
is data (:data:`DETECTORS`). :func:`pipeline.stages.tips.split.split_text` runs them in that order.

Each :class:`Detector` names the form it emits (a detector runs only when ``config.forms`` holds it) and when it
runs: ``add`` (its items are added to those found so far, on the paragraphs they left free) or ``if-none`` (only
when nothing was found before it, and its items are then all there is).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from itertools import combinations, islice, pairwise, takewhile

from ...text.attribution import NAME_PARTICLES, is_byline, is_consent_banner, is_meta_line, is_person_name
from ...text.dates import YEAR_OR_DATE
from ...text.languages import SCRIPT_FULL_STOPS
from ...text.terms import gatable
from .config import TipsConfig
from .paras import (
    Marker,
    Para,
    Span,
    _para,
    closes_list,
    colon_lead,
    comment_head,
    content_words,
    counts_on,
    dash_lead,
    fragment,
    gives_advice,
    habit_lead,
    has_guard,
    has_words,
    heading_words,
    heads_ingredients,
    is_advice,
    is_heading,
    is_list_item_text,
    labelled,
    lead_line,
    lead_sentence,
    lead_shape,
    looks_imperative,
    names_in_bio,
    normalise,
    page_furniture,
    pictograph,
    print_margin,
    question_line,
    reader_address,
    reader_signature,
    reads_english,
    sentence_starts,
    short_lead,
    step_word_end,
    without_openers,
)
from .patterns import (
    ACCEPTS_CUE,
    AD_INSERT,
    AD_INSERT_MAX_CHARS,
    AD_INSERT_MAX_WORDS,
    AND_BEFORE,
    AND_CLAUSE,
    ANSWER_KEY_LETTER,
    ANSWER_LABEL,
    BACK_POINTERS,
    BARE_ANSWER_LABEL,
    BARE_QUESTION_LABEL,
    BONUS_COUNTER,
    BUTTON_LINE,
    CALLOUT_WORDS,
    CASE_BLIND_EXTRAS,
    CASE_BLIND_LETTERS,
    CHAPTER_LINE,
    CHAPTERS_MIN,
    CHROME_LINE,
    CITATION_YEAR,
    CJK_ITEM_MIN_LETTERS,
    CLOSING,
    CONDITION_OPENER,
    CONDITIONS_CUE,
    CONTENTS_CUE,
    CONTINUATION,
    COUNTED_CHAPTER,
    CREDIT_LINE,
    CREDIT_TAIL,
    CUE_LINE,
    DECIMAL_SECTION,
    DO_COLUMN,
    DO_FIX,
    DONT_COLUMN,
    DONT_FIX,
    FACT_LINE,
    FACTS_BOX_CUE,
    FAQ_HEADING,
    FIRST_IN_SEQUENCE,
    FIRST_PERSON,
    FIRST_PERSON_ASKS,
    FOLLOWING,
    GIVES_REASON,
    GO_TO_LINE,
    GUEST_VOICE,
    HASHTAG_ROW,
    HEADER_LINE,
    IMAGE_LINE,
    INGREDIENT_LINE,
    INGREDIENTS_HEADING,
    INLINE_COUNTER,
    INLINE_COUNTER_NEEDS,
    INLINE_NUMBER,
    INTRO_ANNOUNCES,
    LABEL_MODIFIERS,
    LABEL_WORDS,
    LAST_SEQUENCE_WORD,
    LEAD_LINE_MAX_CHARS,
    LEAD_LINE_MAX_WORDS,
    METHOD_CUE,
    METHOD_CUE_MAX_CHARS,
    NOT_VERBS,
    NOTES_CUE,
    OBJECTIVES_CUE,
    ORDINAL_LEAD,
    ORDINAL_LEAD_LOWER,
    ORDINAL_RANKS,
    OUTCOME_PROMISED,
    PART_LABELS,
    PAST_TENSE,
    PITCH_CUE,
    POINTS_AHEAD,
    POST_COUNTER_END,
    PRODUCT_BOX_MAX_CHARS,
    PRODUCT_RATING,
    PROMISE,
    PROMOTION,
    QUESTION_LABEL,
    READER_CREDIT,
    READER_VOICE,
    REFERENCE_STOP,
    REPORTING_WORDS,
    RESPONSE_LABEL,
    REVIEW_QUESTIONS_CUE,
    ROW_SEPARATOR,
    RULE_LINE,
    SALUTATION,
    SECOND_PERSON,
    SEEK_HELP_CUE,
    SENTENCE_END_BEFORE,
    SENTENCE_ENDS,
    SENTENCE_WORDS,
    SEQUENCE_WORD,
    SEQUENCE_WORD_ABROAD,
    SEQUENCE_WORD_ABROAD_BARE,
    SERIES_LIST_CUE,
    SERVICE_QUESTION,
    SERVING_NOTE,
    SHARE_ROW_MAX_CHARS,
    SHARE_ROW_MIN_NETWORKS,
    SHOP_LINE,
    SITUATION_LABEL,
    SLIDE_COUNTER,
    SOCIAL_NETWORK,
    SOMALI_LETTER_ORDER,
    SOURCES_CUE,
    SPEAKER_LABEL,
    SPOKEN_COUNTER,
    SPOKEN_OPENERS,
    SPOKEN_RANKS,
    SUMMARY_HEAD,
    SUMMARY_HEAD_MAX_CHARS,
    SUMS_UP_THE_POINTS,
    SWAP_FROM_COLUMN,
    TALK_TURN,
    TEASER_LINE,
    TEASER_MAX_CHARS,
    TIMED_COUNTER,
    TIPS_BOX_CUE,
    TIPS_NAMED,
    UNSPACED_LETTER,
    WARNINGS_CUE,
    WEB_ADDRESS,
    WH_WORDS,
)

PARAGRAPH_ADVICE_SHARE = 0.75  # of the point paragraphs that must give advice: an essay with a "you should" is no list
LOST_GLYPH_MAX_WORDS = 90  # a point whose glyph was lost is a line or a short paragraph, not a page of prose
SHORT_TAIL_WORDS = 12  # a comment or call to action under an article is a line; a paragraph of prose is longer
OVERVIEW_MAX_WORDS = 12  # an overview names each point in a line; the points themselves are longer
QUESTION_MAX_WORDS = 25  # a question heading a point is a line or two; a reader's whole letter is longer
LETTER_QUESTION_MAX_WORDS = 90  # a reader's letter asking a question is a paragraph, not a page
CHECKLIST_ANSWER_WORDS = 40  # a checklist answers each question in a few lines; an explainer in pages
LEAD_SHAPE_ODD_INV = 3  # one item in three may open otherwise than the others and the list keeps its shape
LEAD_BODY_MIN_WORDS = 8  # a lead line's explanation is a sentence or more, longer than the lead
SERVING_NOTE_MAX_WORDS = 25  # "Serve at once. They go leathery if they wait.": a line or two, not a step
QUESTION_HEADLINE_MAX_WORDS = 15  # a question of a line is a heading whole; a longer letter is headed by its start
QUESTION_LINE_MAX_WORDS = 20  # a question line of two sentences (a statement and the question) may be this long
SIGNATURE_MAX_WORDS = 8  # a contributor's credit line: a name and a place, not a sentence
SIGNATURE_MAX_CHARS = 60  # and a line of that length at most (also how far from its end a tip's credit starts)
SIGNED_ITEM_MAX_PARAS = 6  # a reader's tip is a few paragraphs; credits further apart are not one list's
SIGNED_ITEM_MAX_WORDS = 300  # nor is it pages of prose
SIGNED_ITEM_MIN_WORDS = 12  # but it tells what to do and why: more than a one-line saying
ASIDE_MAX_ITEMS = 12  # a fact box, a promotion, a box of links: a few lines
ASIDE_MIN_PROSE_WORDS = 300  # a news story or an essay around a list: a page of prose, not an introduction
ASIDE_MAX_SHARE_INV = 4  # the aside holds under a fifth of the words (list words x 4 < prose words)
ASIDE_PROSE_WORDS_PER_YOU = 100  # and the prose says "you" less than once in a hundred words (advice: 2-6)
RUN_IN_PROBE = 160  # a run-in head and its dash sit in a paragraph's first characters
ANNOUNCE_MAX_WORDS = 12  # "These are the habits that worked in our house.": an announcement is a short sentence
STATEMENT_MIN_WORDS = 6  # a rule stated in a line ("Swallows flying low point to damp air.") has a subject and more
STATEMENT_MAX_WORDS = 25  # and is a line or two, not a paragraph
INTRO_MIN_WORDS = 12  # an introduction above the sections is a paragraph of prose, not a dek or a date line
GROUP_HEAD_MAX_WORDS = 12  # "Ventilate, don't seal.": a point stated in a line over its explanation, not a paragraph
GROUP_HEAD_MAX_CHARS = 100  # and so a line of that length at most (the cheap test, before the words are counted)
POINT_ENDS = ".!…。！"  # a point stated as a sentence ends so; a question does not state one
GROUPED_MIN_POINTS = 3  # groups of lines under an introduction without a colon: three make a list by their layout
OPENING_LINES_MAX = 3  # a caption, its credit and a kicker above the body's first section: still its opening
LABEL_MAX_WORDS = 4  # a label over part of a section ("Tip:", "Why it works") is a word or a few, not a title

@dataclass(slots=True)
class Item:
    """One tip found in the body: the spans of its text, the spans of its markers, and how it was found."""

    form: str
    pieces: list[Span]  # body spans holding the tip's text (markers excluded), one per paragraph
    markers: list[Span] = field(default_factory=list)
    flags: set[str] = field(default_factory=set)
    headline_span: Span | None = None  # a title line; otherwise the lead sentence is the headline
    whole_headline: bool = False  # the headline span is the headline as it is (a question of two sentences)
    group: tuple[str, int] = ("", 0)  # which list (or pair) the item belongs to

    @property
    def start(self) -> int:
        return min([s for s, _ in self.pieces] + [s for s, _ in self.markers])

    @property
    def end(self) -> int:
        return max(e for _, e in self.pieces)


@dataclass(frozen=True, slots=True)
class FoundTip:
    """A tip as the splitter returns it: text, headline, form, flags, and the body spans it came from."""

    text: str
    headline: str
    form: str
    flags: tuple[str, ...]
    pieces: tuple[Span, ...]
    markers: tuple[Span, ...]
    group: int  # tips of one list share it; text between two groups (a list's conclusion) is in no tip
    from_lead: bool = False  # the headline is the item's lead sentence (no title line): a colon lead may cut it


@dataclass(frozen=True, slots=True)
class Split:
    """What the splitter found in one body."""

    tips: tuple[FoundTip, ...]
    expected: int | None  # tips the title or intro promised
    guard: int  # offset where the search stopped (end matter); len(text) when nothing was found
    candidates: int  # tips found before ``min_tips`` was applied


def _piece(text: str, start: int, end: int) -> Span | None:
    """Trim whitespace off a span; ``None`` when nothing is left."""
    seg = text[start:end]
    lead = len(seg) - len(seg.lstrip())
    trail = len(seg) - len(seg.rstrip())
    return (start + lead, end - trail) if end - trail > start + lead else None


def _pieces(text: str, spans: Iterable[Span]) -> list[Span]:
    """Trim every span; drop the ones left empty.

    >>> _pieces("  a    b", [(0, 5), (5, 6), (6, 8)])
    [(2, 3), (7, 8)]
    """
    return [p for p in (_piece(text, s, e) for s, e in spans) if p]


def _item_from_paras(text: str, form: str, paras: list[Para]) -> Item | None:
    # only the item's own marker goes; a stray marker in a later paragraph ("10." after a wrap) is text
    starts = [paras[0].body_start] + [para.start for para in paras[1:]]
    pieces = _pieces(text, ((s, para.end) for s, para in zip(starts, paras, strict=True)))
    if not pieces:
        return None
    first = paras[0]
    markers = [(first.marker.start, first.marker.end)] if first.marker is not None else []
    item = Item(form, pieces, markers)
    if len(paras) > 1:
        item.flags.add("continued")
        head = Para(pieces[0][0], pieces[0][1], normalise(text[pieces[0][0]:pieces[0][1]]))
        if is_heading(head):
            item.headline_span = pieces[0]
    return item


def _ends_list(para: Para) -> bool:
    """A paragraph that can never continue a list item: a marker, a title line, a conclusion, end matter."""
    return para.marker is not None or is_heading(para) or closes_list(para.text) or has_guard(para.text)


def _continues(para: Para, last: str, others: list[str]) -> bool:
    """Tell whether a paragraph after a list's last item continues that item (rather than concluding).

    It must share at least two content words with the last item, a fifth of its own, and no fewer than with
    any other item: a conclusion talks about the list as a whole, a continuation about its last point.
    """
    if _ends_list(para):
        return False
    words = content_words(para.text)
    if not words:
        return False
    shared = len(words & content_words(last))
    best_other = max((len(words & content_words(o)) for o in others), default=0)
    return shared >= 2 and shared >= 0.2 * len(words) and shared >= best_other


def _last_item_paras(paras: list[Para], head: int, stop: int, body_sizes: list[int], others: list[str]) -> list[Para]:
    """The paragraphs of a list's last item: its marker paragraph and what continues it.

    When every earlier item had the same number of body paragraphs (a title line and its explanation, say),
    the last one gets as many; beyond that, shared words decide.
    """
    group = [paras[head]]
    uniform = body_sizes[0] if body_sizes and len(set(body_sizes)) == 1 else 0
    # a title line alone is no tip: after items that each had a title line and paragraphs under it ("Step Two:
    # Schedule Your Exercise Earlier" and its lines), the last one has its first paragraph at least
    # (so has a list's lone item, a last section's single point: :func:`_last_sections_one`)
    titled = (not body_sizes or min(body_sizes) >= 1) and is_heading(Para(paras[head].body_start, paras[head].end,
                                                                           paras[head].body))
    for p in paras[head + 1:stop]:
        if (len(group) - 1 < uniform or titled and len(group) == 1) and not _ends_list(p):
            group.append(p)
        elif _continues(p, " ".join(q.body for q in group), others):
            group.append(p)
        else:
            break
    return group


def _trim_closing(text: str, item: Item) -> None:
    """Cut a sign-off sentence off the end of a list's last item ("… one size bigger. Good luck!")."""
    s, e = item.pieces[-1]
    starts = sentence_starts(text[s:e])
    cut = None
    for at in reversed(starts):
        if not CLOSING.match(text[s + at:e]):
            break
        cut = at
    if cut is not None:
        piece = _piece(text, s, s + cut)
        if piece is not None:
            item.pieces[-1] = piece


def _sublist_styles(groups: list[list[Para]], marker: Marker | None) -> set[str]:
    """The markers of the sub-lists a list's items hold ("1. Map the sun." and its "•" lines under it), when at least
    two items and half of them hold one right under their marker: then the last item holds its own too, which
    would otherwise stand as a list of its own after the list. Empty when the items hold no sub-lists.

    >>> from pipeline.stages.tips.paras import paragraphs
    >>> ps = paragraphs("1. Map the sun.\\n• Six hours.\\n2. Grow up.\\n• Beans climb.\\n3. Shelter it.\\n• Net it.")
    >>> sorted(_sublist_styles([ps[0:2], ps[2:4]], ps[4].marker))
    ['•']
    >>> _sublist_styles([ps[0:1], ps[2:4]], ps[4].marker)
    set()
    """
    if marker is None:
        return set()
    held = [{p.marker.style for p in g[1:] if p.marker is not None} - {marker.style} for g in groups]
    holding = sum(bool(h) for h in held)
    return set().union(*held) if holding >= 2 and 2 * holding >= len(groups) else set()


def _list_items(text: str, form: str, paras: list[Para], heads: list[int], stop: int) -> list[Item]:
    """Build the items of one list whose markers sit on paragraphs ``heads``; none from paragraph ``stop`` on."""
    groups: list[list[Para]] = []
    for k, head in enumerate(heads[:-1]):
        # end matter or a printed page's footer between two items is part of neither
        group = [paras[head]] + [p for p in paras[head + 1:heads[k + 1]]
                                 if not has_guard(p.text) and not page_furniture(p)]
        # a title line just before the next marker introduces it (a restarted list); it is not this tip
        while len(group) > 1 and is_heading(group[-1]):
            group.pop()
        groups.append(group)
    others = [" ".join(q.body for q in g) for g in groups]
    last = _last_item_paras(paras, heads[-1], stop, [len(g) - 1 for g in groups], others)
    sub = _sublist_styles(groups, paras[heads[-1]].marker)
    k = heads[-1] + len(last)
    while sub and k < stop and paras[k].marker is not None and paras[k].marker.style in sub:
        last.append(paras[k])  # the last item's own sub-list, as every item before it had one
        k += 1
    groups.append(last)
    items = [it for it in (_item_from_paras(text, form, g) for g in groups) if it is not None]
    if items:
        _trim_closing(text, items[-1])
    return items


def _in_list(items: list[Item], group: tuple[str, int]) -> list[Item]:
    """Tag items as members of one list."""
    for it in items:
        it.group = group
    return items


# The glyphs a wiki's footnote opens with, a link back to the place that cites it ("1. ↑ Smith, J. …", "^ Ibid.")
FOOTNOTE_BACKLINKS = "↑^"
LEAD_REACH = 160  # the end of a list's lead-in that may name what the list is (its last sentence or so)


def _good_list(text: str, items: list[Item], intro: Para | None = None) -> bool:
    """Most items of a real list read as advice, not as data, one-word menu entries or a recipe's ingredients.

    ``intro`` is the paragraph just before the list: "Ingredients" or "You will need:" there makes it a
    list of things to buy, "In this issue:" a table of contents, not tips.
    """
    if not items or intro is not None and (heads_ingredients(intro.text) or CONTENTS_CUE.match(intro.text)
                                           and all(len(it.pieces) == 1 for it in items)):
        return False  # a contents list names its parts in lines; items with paragraphs under them are the parts
    lead = intro.text if intro is not None and intro.marker is None else None  # the paragraph over it, no point itself
    if lead is not None and not has_words(lead, 4) and CHROME_LINE.match(lead):
        return False  # the page's own lists under the article: "Most read", "Comments:", "Related posts"
    if lead is not None and ACCEPTS_CUE.search(lead[-LEAD_REACH:]):
        return False  # "We can collect:": what a service takes, a list to check against, no advice
    if lead is not None and PITCH_CUE.match(lead):
        return False  # "Why you'll love this recipe": the post's selling points
    if lead is not None and WARNINGS_CUE.match(lead):
        return False  # a how-to's "Warnings" section under its steps: asides, as a "Warning:" box is
    if lead is not None and SOURCES_CUE.match(lead):
        return False  # the page's sources or references: where its facts came from, no advice
    if lead is not None and OBJECTIVES_CUE.search(lead[-LEAD_REACH:]):
        return False  # "By the end of this chapter you should be able to:": a lesson's objectives, no points (SPEC)
    if lead is not None and REVIEW_QUESTIONS_CUE.match(lead):
        return False  # "Review questions" under a chapter: they test the reader on the sections, no points (SPEC)
    if lead is not None and SEEK_HELP_CUE.match(lead.strip()):
        return False  # "When to see a doctor": the signs that need help, a health page's aside (SPEC)
    if lead is not None and FACTS_BOX_CUE.match(lead):
        return False  # a story's box of facts ("Highlights", "Key facts", "… in numbers"): findings, no advice
    if lead is not None and lead.rstrip().endswith(":") and SERIES_LIST_CUE.search(lead[-LEAD_REACH:]):
        return False  # a series' recap of an earlier part or its preview of the next: those parts' points
    firsts = [normalise(text[i.pieces[0][0]:i.pieces[0][1]]) for i in items]
    cited = all(CITATION_YEAR.search(t) and len(REFERENCE_STOP.findall(t)) >= 2 for t in firsts)
    if len(firsts) >= 2 and cited and not (any(map(is_advice, firsts)) or lead is not None and TIPS_NAMED.search(lead)):
        return False  # every item dated, none advising, no lead-in naming them tips: the page's references
    if 2 * sum(t.lstrip()[:1] in FOOTNOTE_BACKLINKS for t in firsts) > len(firsts):
        return False  # a wiki's footnotes, each opening with the arrow back to where it is cited: sources, no advice
    if lead is not None and NOTES_CUE.match(lead) and 2 * sum(is_advice(t) for t in firsts) < len(firsts):
        return False  # a recipe card's notes that remark rather than advise (the figures, the source, the photos)
    if (lead is not None and CONDITIONS_CUE.search(lead[-LEAD_REACH:])
            and len(firsts) >= 2 and all(t[:1].islower() for t in firsts)
            and reads_english(lead + " " + " ".join(firsts)) and 2 * sum(map(is_advice, firsts)) < len(firsts)):
        return False  # lines completing a lead-in of conditions or signs that tell nobody what to do ("Heat stroke
        # can include:", "Call 999 if your child:"): symptoms and conditions, no advice (read in English only)
    if len(firsts) >= 2 and all(FACT_LINE.match(t) for t in firsts):
        return False  # "Prep: 30 min", "Cook: 2 hr", "Serves: 6": a recipe's facts card, figures and no points
    ingredients = sum(bool(INGREDIENT_LINE.match(t)) and not has_words(t, 13) for t in firsts)
    if 2 * sum(map(_field_line, firsts)) > len(firsts):
        return False  # a card's figures ("Prep: 30 min", "Serves: 6") or a product's specs ("Weight: 2.4 kg")
    if 2 * sum(map(_roster_line, firsts)) > len(firsts):
        return False  # a roster of people and their roles: speakers, contributors, a panel
    if 2 * sum(is_byline(t) or is_meta_line(t) for t in firsts) > len(firsts):
        return False  # the article's credits set as a list ("By NAME", "Published DATE · Updated DATE"): the page's
    # an item that is a line of the page's chrome ("Previous message: …", "Newer post: …") is no advice either
    good = sum((is_list_item_text(t) or _unspaced_phrase(t)) and not CHROME_LINE.match(t) for t in firsts)
    return good >= 0.6 * len(items) and ingredients < 0.5 * len(items)


ROLE_MAX_WORDS = 8  # "Director of Engineering at a bank", "Writer", "Magazine Editor, Writer"


def _roster_line(text: str) -> bool:
    """A line naming a person and her role: a name, a comma and a few words that end no sentence ("Mira Olsen,
    Head of Research at a lab", "Tom Reyes, Writer"): a list of people (a panel, the contributors), never a point.
    A reader's tip opening with her name goes on in a sentence ("Ana Ruiz, Leeds: I freeze grapes …").

    >>> _roster_line("Mira Olsen, Head of Research at Fieldlab"), _roster_line("Ana Ruiz, Leeds: I freeze grapes.")
    (True, False)
    """
    name, comma, role = text.partition(", ")
    role = role.strip()
    return (bool(comma) and bool(role) and role[-1:] not in SENTENCE_ENDS and ":" not in role
            and not has_words(role, ROLE_MAX_WORDS + 1) and is_person_name(name))


FIELD_LABEL_MAX_WORDS = 3  # "Prep", "Cooking time", "Battery life at full load"
FIELD_VALUE_MAX_WORDS = 4  # "30 min", "2 hrs 15 min", "6 portions"


def _field_line(text: str) -> bool:
    """A line of data: a short label, a colon and a short value holding a figure, no sentence ("Prep: 30 min",
    "Porcie: 6", "Gewicht: 2,4 kg"), in any language: a recipe card's times or a product's specs, never a point.

    >>> _field_line("Prep: 30 min"), _field_line("Cook time: 2 hrs"), _field_line("Water early: it saves 30 %.")
    (True, True, False)
    """
    label, colon, value = text.partition(":")
    value = value.strip()
    return (bool(colon) and bool(value) and any(c.isdigit() for c in value) and value[-1:] not in SENTENCE_ENDS
            and 0 < len(label.split()) <= FIELD_LABEL_MAX_WORDS and len(value.split()) <= FIELD_VALUE_MAX_WORDS
            and not any(c.isdigit() for c in label))


def _unspaced_phrase(text: str) -> bool:
    """A list item written in a script without spaces between its words (Chinese, Japanese, Thai): a phrase of a
    few letters and no digits ("扉を開ける時間を短くする", "อย่าล้างผักก่อนเก็บ", not "2008年" nor "価格: 300円").

    >>> _unspaced_phrase("熱いものは冷ましてから入れる"), _unspaced_phrase("2008年に開店"), _unspaced_phrase("Keep it")
    (True, False, False)
    >>> _unspaced_phrase("อย่าล้างผักก่อนเก็บ")
    True
    """
    return (not any(c.isdigit() for c in text)
            and len(UNSPACED_LETTER.findall(text, 0, 4 * CJK_ITEM_MIN_LETTERS)) >= CJK_ITEM_MIN_LETTERS)


def _before(paras: list[Para], i: int) -> Para | None:
    return paras[i - 1] if i > 0 else None


def _lead_before(text: str, para: Para, at: int) -> Para:
    """The words of ``para`` before offset ``at``, where an inline run starts, as the run's lead-in paragraph
    ("Our tips start here. 1. ... 2. ...": the sentence over the run leads in to it as a paragraph over a list does).

    >>> _lead_before("Five tips: 1. Go. 2. Stop.", Para(0, 26, "Five tips: 1. Go. 2. Stop."), 11).text
    'Five tips:'
    """
    return Para(para.start, at, normalise(text[para.start:at]))


# The marker styles that write a counter with a word ("Tip #3:" inside a paragraph, "Habit 9:" or "Tip #9" opening a
# line): a writer renumbering such counters by hand may repeat one, where a bare "9." repeated is another list's
# start (or a typo no point follows).
WORD_COUNTERS = frozenset({"counter", "word", "hash"})


def numbered_chains(markers: list[tuple[int, Marker]], min_from_one: int) -> list[list[int]]:
    """Return runs of numbered markers forming sequences, as lists of their keys (e.g. paragraph indexes).

    A run starts at 1 (or at any number when it runs for three or more, as on a page 2 of a list), goes up
    by one (one skipped number is allowed), and a 1 restarts it. Markers off the sequence are not markers.

    >>> m = lambda n, style="dot": Marker("numbered", style, n, 0, 0)
    >>> numbered_chains([(0, m(1)), (1, m(2)), (2, m(2008)), (3, m(4)), (4, m(1)), (5, m(2))], 2)
    [[0, 1, 3], [4, 5]]
    >>> numbered_chains([(0, m(10)), (1, m(3))], 2)
    []
    >>> c = lambda n: Marker("numbered", "counter", n, 0, 0)
    >>> numbered_chains([(0, c(1)), (1, c(1)), (2, c(1))], 2), numbered_chains([(k, c(n)) for k, n in enumerate(
    ...     [1, 2, 3, 3, 4])], 2)
    ([], [[0, 1, 2, 3, 4]])
    >>> w = lambda n: Marker("numbered", "word", n, 0, 0)
    >>> numbered_chains([(k, w(n)) for k, n in enumerate([6, 7, 8, 9, 9])], 2), numbered_chains(
    ...     [(k, m(n)) for k, n in enumerate([6, 7, 8, 9, 9])], 2)
    ([[0, 1, 2, 3, 4]], [[0, 1, 2, 3]])

    A countdown ("10 – …", "9 – …", down to "1 – …", a listicle saving its best for last) is a sequence too: a run
    going down by one to 1, three numbers at least.

    >>> numbered_chains([(0, m(5)), (1, m(4)), (2, m(3)), (3, m(2)), (4, m(1))], 2)
    [[0, 1, 2, 3, 4]]
    >>> numbered_chains([(0, m(2)), (1, m(1))], 2), numbered_chains([(0, m(3)), (1, m(2)), (2, m(7))], 2)
    ([], [])
    """
    countdown = _countdown(markers, min_from_one)
    if countdown:
        return [countdown]
    chains: list[list[tuple[int, int]]] = []
    cur: list[tuple[int, int]] = []
    style = ""
    for key, marker in markers:
        n = marker.number or 0
        # (a counter written with a word repeats a number by mistake, "Tip #3:" or "Habit 9:" twice: the second is
        # one more point; only after a step, so that "Step 1:" written three times is no run of three)
        if cur and marker.style == style and (n in (cur[-1][1] + 1, cur[-1][1] + 2) or style in WORD_COUNTERS and (
                n == cur[-1][1] and len(cur) > 1 and cur[-2][1] != n)):
            cur.append((key, n))
        elif n == 1 or (not cur and n <= 20):
            if cur:
                chains.append(cur)
            cur, style = [(key, n)], marker.style
    if cur:
        chains.append(cur)
    return [[k for k, _ in c] for c in chains if len(c) >= (min_from_one if c[0][1] == 1 else 3)]


def _countdown(markers: list[tuple[int, Marker]], min_from_one: int) -> list[int]:
    """The keys of markers that count down one by one to 1 and are all the markers there are of their style (a
    countdown is the whole list: "10 …" to "1 …"), or ``[]``."""
    if len(markers) < max(3, min_from_one) or markers[-1][1].number != 1:
        return []
    numbers = [m.number for _, m in markers]
    styles = {m.style for _, m in markers}
    if len(styles) != 1 or numbers != list(range(len(numbers), 0, -1)):
        return []
    return [k for k, _ in markers]


def _nested_numbers(cands: list[tuple[int, Marker]], paras: list[Para]) -> list[tuple[int, Marker]]:
    """Leave out the markers of a numbered list nested in an item: after an item ending with a colon ("2. Then
    remove a third:", or "3. Use cubes" over "Most people use three:"), a run 1, 2, … and then the outer list going
    on (3.) are that item's sub-points (a nested ``<ol>`` rendered at the outer list's level), not items of their
    own.

    >>> m = lambda n: Marker("numbered", "dot", n, 0, 0)
    >>> ps = [Para(0, 0, t, body=t) for t in ["1. A.", "2. Remove:", "1. a", "2. b", "3. C.", "4. D."]]
    >>> [n.number for _, n in _nested_numbers([(i, m(int(p.text[0]))) for i, p in enumerate(ps)], ps)]
    [1, 2, 3, 4]
    >>> ps = [Para(0, 0, t, body=t) for t in ["1. A.", "2. Remove:", "1. a", "2. b", "3. c", "3. C."]]
    >>> [i for i, _ in _nested_numbers([(i, m(int(p.text[0]))) for i, p in enumerate(ps)], ps)]
    [0, 1, 5]
    >>> ps = [Para(0, 0, t, body=t) for t in ["1. A.", "2. B.", "A photo.", "Second part:", "1. a", "2. b", "3. c"]]
    >>> [i for i, _ in _nested_numbers([(i, m(int(p.text[0]))) for i, p in enumerate(ps) if p.text[0] in "123"], ps)]
    [0, 1, 4, 5, 6]
    """
    out: list[tuple[int, Marker]] = []
    c = 0
    while c < len(cands):
        i, marker = cands[c]
        out.append(cands[c])
        c += 1
        if c >= len(cands) or cands[c][1].number != 1 or marker.number is None:
            continue
        above = paras[cands[c][0] - 1]  # the item's paragraph right above the run: its marker line or the one under
        # it; a colon paragraph further down (after a caption, after the item's other paragraphs) leads a list of
        # its own, whose numbers only happen to run on from the item's ("6. Done" ... "Windows 8:" 1-6, 7, 8)
        if not (paras[i].body.endswith(":") or cands[c][0] - 1 == i + 1 and above.marker is None
                and above.text.endswith(":")):
            continue
        e, resumes = c, None
        while e < len(cands) and cands[e][1].number == e - c + 1:
            if e + 1 < len(cands) and cands[e + 1][1].number == marker.number + 1:
                resumes = e + 1  # the outer list may go on here; the longest run under the colon wins
            e += 1
        if resumes is not None:
            c = resumes  # the run under the colon was its item's sub-points
    return out


def _in_somali_order(cands: list[tuple[int, Marker]]) -> list[tuple[int, Marker]]:
    """Lettered markers numbered by the Somali alphabet's order where a run of three or more of one style follows
    it from its first letter ("b) t) j) x)": 1, 2, 3, 4), as a Latin run "a) b) c)" is numbered by its own; other
    runs keep their Latin numbers.

    The "x)" among them reads as a Roman ten (:data:`SIGN_MARKERS` tries numerals first): in such a run it is the
    letter, and the run's markers all take the letters' style.

    >>> m = lambda c: Marker("numbered", "alpha-paren", ord(c) - 96, 0, 0)
    >>> ten = Marker("numbered", "roman-paren", 10, 0, 0)
    >>> [(k.style, k.number) for _, k in _in_somali_order([(0, m("b")), (1, m("t")), (2, m("j")), (3, ten)])][-1]
    ('alpha-paren', 4)
    >>> [k.number for _, k in _in_somali_order([(i, m(c)) for i, c in enumerate("abcbt")])]
    [1, 2, 3, 2, 20]
    """
    out = list(cands)
    k = 0
    while k < len(out):
        n = 0
        while k + n < len(out) and n < len(SOMALI_LETTER_ORDER) and _letter(out[k + n][1], out[k][1].style) == (
                SOMALI_LETTER_ORDER[n]):
            n += 1
        if n >= 3:
            style = out[k][1].style
            out[k:k + n] = [(i, replace(marker, style=style, number=j + 1))
                            for j, (i, marker) in enumerate(out[k:k + n])]
        k += max(n, 1)
    return out


def _letter(marker: Marker, style: str) -> str | None:
    """The letter a lettered marker of ``style`` shows ("alpha-paren" 24: "x"), or a Roman one-letter numeral of the
    same punctuation ("roman-paren" 10: "x"); ``None`` for any other marker."""
    if not style.startswith("alpha-") or marker.number is None:
        return None
    if marker.style == style:
        return chr(ord("a") + marker.number - 1) if 1 <= marker.number <= 26 else None
    if marker.style == "roman" + style[5:]:
        return {1: "i", 5: "v", 10: "x"}.get(marker.number)
    return None


def _numbering(style: str) -> str:
    """What kind of sign numbers a list: "alpha", "roman" or "digit" (a marker's style without its punctuation).

    >>> _numbering("alpha-paren"), _numbering("roman-dot"), _numbering("keycap"), _numbering("dot")
    ('alpha', 'roman', 'digit', 'digit')
    """
    return style.split("-", 1)[0] if style.startswith(("alpha-", "roman-")) else "digit"


GLUED_FIRST = re.compile(r"(?<=[a-z])1(?P<p>[.)])[ \t]+(?=[A-Z\"“‘'(])")  # "GroceryShopping1. Shop once a week."
# The "1" of a list's first marker as OCR or a font without digits reads it: a lowercase L, a capital I, a bar ("l.
# Flatten the back", "I) Pick a day", "|. Book early"), at a paragraph's start.
MISREAD_FIRST = re.compile(r"[lI|](?P<p>[.)])[ \t]+(?![A-Z]\.)(?=[A-Z\"“‘'(])")  # never an initial: "I. M. Pei"


def _first_number(text: str, cur: Para) -> re.Match[str] | None:
    """Where a list's first number stands in ``cur`` when a scrape lost it: glued to the heading above it at its
    first line's end, or misread at its start (:data:`GLUED_FIRST`, :data:`MISREAD_FIRST`)."""
    m = MISREAD_FIRST.match(text, cur.start, cur.end)
    if m is not None or cur.marker is not None:
        return m
    line_end = text.find("\n", cur.start, cur.end)
    return GLUED_FIRST.search(text, cur.start, cur.end if line_end < 0 else line_end)


def _glued_first(text: str, paras: list[Para], taken: frozenset[int]) -> list[Para]:
    """Give back a list's first item whose "1." a scraper glued to the heading above it ("GroceryShopping1. Shop
    once a week.", then "2. …" on the next line) or OCR misread as a letter ("l. Flatten the back first."): a
    paragraph whose first line ends a word with "1." or "1)" and goes on, or that opens with "l.", "I." or "|." (a
    letter's own marker or none), directly above a "2" of that style, is item 1 from its number on (a heading's
    words stay out)."""
    out = list(paras)
    for i in range(1, len(paras)):
        nxt, cur = paras[i], paras[i - 1]
        if (nxt.marker is None or nxt.marker.number != 2 or nxt.marker.style not in ("dot", "paren")
                or cur.marker is not None and cur.marker.kind != "numbered" or i - 1 in taken):
            continue
        m = _first_number(text, cur)
        if m is not None and ("dot" if m.group("p") == "." else "paren") == nxt.marker.style:
            out[i - 1] = _para(text, m.start(), cur.end, Marker("numbered", nxt.marker.style, 1, m.start(), m.end()),
                               cur.indent)
    return out


# A post that finishes the one before it in a numbered thread: "(cont.)", "(contd)", "(continued)" or an ellipsis.
CONTINUED_POST = re.compile(r"(?:\((?:cont(?:inued|'d|’d|d)?\.?|ctd\.?)\)|…|\.{3})[ \t]*", re.IGNORECASE)


def _thread_points(text: str, posts: list[Item]) -> list[Item]:
    """The points of a thread numbered post by post ("1/", "2/", …): a thread numbers its posts, not its points,
    so its first post is the introduction when it ends by announcing what follows ("Here is what helped. 🧵"), its
    last the sign-off when it closes ("That's it. Be kind to your legs."), and a post that opens by continuing the
    one before ("7/ (cont.) were 1:2, 2:2 …": the writer ran out of characters) is part of that one's point.
    """
    points: list[Item] = []
    for k, post in enumerate(posts):
        first = text[post.pieces[0][0]:post.pieces[0][1]]
        cont = CONTINUED_POST.match(first)
        if cont is not None and points:
            start, end = post.pieces[0]
            rest = _pieces(text, [(start + cont.end(), end)]) + post.pieces[1:]
            points[-1].pieces.extend(rest)
            points[-1].markers.extend(post.markers)
            points[-1].flags.add("continued")
            continue
        whole = " ".join(normalise(text[s:e]) for s, e in post.pieces)
        if k == 0 and len(posts) > 2 and _announces_ahead(whole) and not is_advice(lead_sentence(whole)):
            continue  # the thread's opening post: what happened and what follows
        if k == len(posts) - 1 and len(points) >= 2 and closes_list(whole):
            continue  # its closing post
        points.append(post)
    return points


def post_counter(text: str) -> re.Match[str] | None:
    """``POST_COUNTER_END.search(text)``, asked only where its slash can stand (issue 19: the pattern opens with a
    look-behind, so it was tried at every character of every paragraph). After the slash the pattern takes at most
    a blank and two digits, then only spaces or tabs and a final newline: with those stripped from the end, the
    slash is among the last four characters.

    >>> post_counter("Wipe the pane. 2/9").group("n", "of"), post_counter("Half of it, 1/2 a cup, went in.")
    (('2', '9'), None)
    """
    if "/" not in text.rstrip(" \t\n")[-4:]:
        return None
    return POST_COUNTER_END.search(text)


def counted_posts(paras: list[Para], context: Context) -> list[Item]:
    """The points of a thread unrolled onto one page whose posts each close with their place ("… 2/9", "… 3/9"): one
    item per post (its paragraphs since the last counter, the counter left out), the counters going up by one under
    one total, three posts at least. A thread's hook, its asides and its sign-off are no points (SPEC): where most
    posts give advice, the posts that give none are left out, and the opening and closing posts are judged as a
    numbered thread's are (:func:`_thread_points`)."""
    text = context.text
    posts: list[list[Para]] = []
    pending: list[Para] = []
    total = None
    for p in paras:
        if p.marker is not None or (m := post_counter(p.text)) is None:
            pending.append(p)
            continue
        n, of = int(m.group("n")), int(m.group("of"))
        if total is None and n == 1 or total == of and n == len(posts) + 1 <= of:
            total = of
            raw = text[p.start:p.end]
            cut = POST_COUNTER_END.search(raw)
            end = p.start + cut.start() if cut is not None else p.end
            last = Para(p.start, end, p.text[:m.start()].rstrip(), indent=p.indent)
            # a post's paragraphs since the last counter are its own; above the first counter is the page's header
            posts.append([*pending, last] if posts else [last])
        elif posts:
            break  # the counters broke off: the thread ended
        pending = []
    if len(posts) < max(3, context.config.min_tips):
        return []
    items = [it for it in (_item_from_paras(text, "paragraph", post) for post in posts) if it is not None]
    advising = [gives_advice(" ".join(normalise(text[s:e]) for s, e in it.pieces)) for it in items]
    if 2 * sum(advising) > len(items):
        items = [it for it, good in zip(items, advising, strict=True) if good]
    return _thread_points(text, items)


SUBLIST_REACH = 2  # a last item's sub-list stands right under its marker line, or under one paragraph of it


def _last_items_sublist(chain: list[int], chains: list[list[int]], paras: list[Para]) -> bool:
    """Tell whether ``chain`` is the sub-list of another list's last item: it numbers by another kind of sign
    ("a) b)" under "Step 6:"), starts right under that list's last marker, and two of that list's earlier items held
    a run of its kind too ("Step 1:" over "a) b) c)", "Step 2:" over "a) b) c)"). Those runs lie inside the outer
    list and are already its items' text; the last item's run lies after it and would otherwise stand as a list of
    its own."""
    kind = _numbering(paras[chain[0]].marker.style)
    for outer in chains:
        if outer is chain or _numbering(paras[outer[0]].marker.style) == kind:
            continue
        if not 0 < chain[0] - outer[-1] <= SUBLIST_REACH:
            continue
        held = sum(any(p.marker is not None and _numbering(p.marker.style) == kind for p in paras[a + 1:b])
                   for a, b in zip(outer, outer[1:], strict=False))
        if held >= 2:
            return True
    return False


def _seconds(time: str) -> int:
    """A chapter's start time in seconds ("1:02:15" -> 3735)."""
    total = 0
    for part in time.split(":"):
        total = total * 60 + int(part)
    return total


def video_chapters(paras: list[Para], context: Context) -> list[Item]:
    """The steps of a video told by its chapters ("0:38 Soak the stone", "2:05 Find your angle", …): the first run
    of lines each opening with a start time, the times going up, :data:`CHAPTERS_MIN` lines at least, one item per
    line (the time is its marker). A video's intro, sponsor and outro are no steps (SPEC): where most chapters give
    advice, those at either end that give none are left out. The same chapters listed again further down are the
    player's."""
    text = context.text
    run: list[tuple[Para, re.Match[str]]] = []
    for p in paras:
        m = CHAPTER_LINE.fullmatch(p.text) if p.marker is None and len(p.text) <= 120 else None
        if m is not None and (not run or _seconds(m.group("time")) > _seconds(run[-1][1].group("time"))):
            run.append((p, m))
        elif len(run) >= CHAPTERS_MIN:
            break
        else:
            run = [(p, m)] if m is not None else []
    if len(run) < max(CHAPTERS_MIN, context.config.min_tips):
        return []
    items = []
    for p, m in run:
        raw = text[p.start:p.end]
        at = raw.find(m.group("title"))
        if at < 0:
            continue
        item = Item("numbered", [(p.start + at, p.end)], [(p.start, p.start + at)])
        item.headline_span = (p.start + at, p.end)
        item.whole_headline = True
        item.flags.add("chapters")
        items.append(item)
    counted = sum(COUNTED_CHAPTER.match(m.group("title")) is not None for _, m in run)
    if counted >= CHAPTERS_MIN and len(spoken := spoken_counters(paras, context)) >= counted:
        return spoken  # "Fix 1 – lids on" labels the point the transcript says aloud: "Fix number one. Cook …"
    advising = [gives_advice(text[a:b]) for it in items for a, b in it.pieces[:1]]
    if 2 * sum(advising) > len(items):
        # the intro, the sponsor's slot and the outro sit at the ends; a step whose verb the cues miss may sit between
        first = advising.index(True)
        last = len(advising) - advising[::-1].index(True)
        items = items[first:last]
    return items


def counted_chapters(text: str, items: list[Item]) -> list[Item]:
    """The counted points of a show's timestamped notes that mix chapters with them ("• 05:20 Tip 1 — Cool it
    first" among "• 00:00 Cold open", "• 16:40 A word from our sponsor"): where every item of one list opens with a
    start time and :data:`CHAPTERS_MIN` of them go on with a point's counter, only those are points, their time and
    counter markers (SPEC: in timestamped notes mixing chapters and counted "Tip N" lines only the counted lines are
    tips). Other lists keep their items.

    >>> t = "• 0:00 Hello\\n• 1:10 Tip 1 — Wash it\\n• 2:20 Tip 2 - Dry it\\n• 3:30 Ads\\n• 4:40 Tip 3: Store it"
    >>> items = [Item("bullet", [(k + 2, k + len(line))]) for k, line in
    ...          ((t.index(line), line) for line in t.split("\\n"))]
    >>> [t[slice(*it.pieces[0])] for it in counted_chapters(t, items)]
    ['Wash it', 'Dry it', 'Store it']
    """
    if len(items) <= CHAPTERS_MIN or len({it.group for it in items}) != 1:
        return items
    counted: list[Item] = []
    for it in items:
        start, end = it.pieces[0]
        stamp = TIMED_COUNTER.match(text, start, end)
        if stamp is None:
            return items  # a line without a start time: no show's notes
        if stamp.group("counter"):
            counted.append(replace(it, pieces=[(stamp.end(), end), *it.pieces[1:]],
                                   markers=[*it.markers, (start, stamp.end())], flags=set(it.flags)))
    return counted if CHAPTERS_MIN <= len(counted) < len(items) else items


def _tags_closing(paras: list[Para], chain: list[int], end: int) -> int | None:
    """Where a row of tags closes the post a numbered list stands in ("#study tips #uni life" after its fifth point),
    with more of the list after it: the index of that row, else ``None``. A reblog or a reply that goes on with the
    count ("6. …" under another user's name) adds its own points, not the post's (SPEC)."""
    for k in range(chain[0] + 1, min(end, chain[-1])):
        if paras[k].marker is None and HASHTAG_ROW.fullmatch(paras[k].text):
            return k
    return None


SECTIONED_MIN_CHAINS = 2  # lists restarting at 1 under a heading each: two make the page's layout


def _last_sections_one(chains: list[list[int]], cands: list[tuple[int, Marker]], paras: list[Para]) -> list[list[int]]:
    """The last section's list where it holds one point: a page whose numbering restarts at 1 under each section's
    heading ("Before you go" 1. 2. 3., "On the trail" 1. 2. 3. 4., "After" 1.) has a section of a single "1."
    after its other lists, too short for a chain alone. Taken (as a chain of one) only when two chains or more
    each stand right under a heading, in the lone marker's style, and the "1." stands under a heading after them.

    >>> from pipeline.stages.tips.paras import paragraphs
    >>> ps = paragraphs("Before\\n\\n1. Sow thinly\\n\\n2. Water well\\n\\nDuring\\n\\n1. Weed early\\n\\n"
    ...                 "2. Stake tall ones\\n\\nAfter\\n\\n1. Save the seeds")
    >>> marked = [(i, p.marker) for i, p in enumerate(ps) if p.marker is not None]
    >>> _last_sections_one([[1, 2], [4, 5]], marked, ps)
    [[7]]
    >>> _last_sections_one([[1, 2]], marked, ps)  # one section before it: no layout of sections yet
    []
    """
    if len(chains) < SECTIONED_MIN_CHAINS or not all(k > 0 and is_heading(paras[k - 1]) for k, *_ in chains):
        return []
    styles = {paras[c[0]].marker.style for c in chains}
    last = max(c[-1] for c in chains)
    lone = [k for k, marker in cands if k > last and marker.number == 1]
    if len(styles) != 1 or len(lone) != 1 or not is_heading(paras[lone[0] - 1]) \
            or paras[lone[0]].marker.style not in styles:
        return []
    # no marker of the style after it: the "1." ends the page's lists (a comment's "4." further down is no item)
    return [lone] if not any(k > lone[0] and m.style in styles and m.number == 2 for k, m in cands) else []


def numbered_lines(paras: list[Para], context: Context) -> list[Item]:
    text, config, taken = context.text, context.config, context.taken
    paras = _glued_first(text, paras, taken)
    cue = _first_ingredients(paras)
    # a recipe whose ingredients are listed only on its print card under the method: the method's last step may be
    # its serving note all the same
    card = _last_ingredients_heading(paras)
    cands = _nested_numbers([(i, p.marker) for i, p in enumerate(paras)
                             if p.marker is not None and p.marker.kind == "numbered" and i not in taken], paras)
    if advertised := _advertised_runs(paras):
        cands = [c for c in cands if c[0] not in advertised]
    # digits, letters and Roman numerals number separate lists: a run of one kind inside a list of another
    # ("1. Clear the worktop." "a) move the kettle" "b) …" "2. …") is its item's sub-points
    by_kind: dict[str, list[tuple[int, Marker]]] = {}
    for cand in _in_somali_order(cands):
        by_kind.setdefault(_numbering(cand[1].style), []).append(cand)
    chains = sorted(c for kind in by_kind.values() for c in numbered_chains(kind, config.min_tips))
    chains = [c for c in chains if not any(o[0] < c[0] < o[-1] for o in chains if o is not c)]
    chains += _last_sections_one(chains, cands, paras)
    chains = [c for c in chains if not _last_items_sublist(c, chains, paras)]
    items: list[Item] = []
    for c, chain in enumerate(chains):
        end = chains[c + 1][0] if c + 1 < len(chains) else len(paras)
        tags = _tags_closing(paras, chain, end)
        if tags is not None:
            chain, end = [k for k in chain if k < tags], tags  # the post closed at its tags: a reblog's points follow
            if len(chain) < config.min_tips:
                continue
        found = _list_items(text, "numbered", paras, chain, end)
        numbers = [paras[i].marker.number for i in chain]
        if any(b - a == 2 for a, b in zip(numbers, numbers[1:], strict=False)):
            for it in found:
                it.flags.add("numbering-skips")
        if c > 0:
            for it in found:
                it.flags.add("numbering-restarts")
        found = _without_serving_note(text, found, cue < chain[0] or card > chain[-1], config.min_tips)
        if paras[chain[0]].marker.style == "slash":
            found = _thread_points(text, found)
        if _good_list(text, found, _before(paras, chain[0])):
            items.extend(_in_list(found, ("numbered", c)))
    return items


def inline_numbered(paras: list[Para], context: Context) -> list[Item]:
    """Numbered runs inside paragraphs (``… people. 1. The job … 2. Be proud …``)."""
    text, config = context.text, context.config
    cands: list[tuple[int, Marker]] = []
    para_of: dict[int, int] = {}
    for idx, para in enumerate(paras):
        chunk = text[para.start:para.end]
        marks = [(m, "inline", int(m.group("n"))) for m in INLINE_NUMBER.finditer(chunk)]
        # ... and counters ("Tip #1:"), some after a lead-in sentence, some opening their paragraph
        if INLINE_COUNTER_NEEDS.search(chunk):  # (what every counter holds: most paragraphs are done here)
            marks += [(m, "counter", int(m.group("n") or m.group("m"))) for m in INLINE_COUNTER.finditer(chunk)]
        for m, style, number in sorted(marks, key=lambda f: f[0].start()):
            if not SENTENCE_END_BEFORE.search(chunk[: m.start()]):
                continue
            after = para.start + m.end()
            while after < para.end and text[after].isspace():
                after += 1
            para_of[len(cands)] = idx
            cands.append((len(cands), Marker("numbered", style, number, para.start + m.start(), after)))
    chains = [c for c in numbered_chains(cands, config.min_inline_run) if len(c) >= config.min_inline_run]
    items: list[Item] = []
    for c, chain in enumerate(chains):
        found: list[Item] = []
        for k, key in enumerate(chain):
            marker = cands[key][1]
            pi = para_of[key]
            if k + 1 < len(chain):
                nxt = cands[chain[k + 1]][1]
                end_pi = para_of[chain[k + 1]]
                spans = [(marker.end, paras[pi].end if end_pi > pi else nxt.start)]
                spans += [(p.start, p.end) for p in paras[pi + 1:end_pi] if not has_guard(p.text)]
                if end_pi > pi and marker.style != "counter":  # (a sentence before a counter leads in to its point)
                    spans.append((paras[end_pi].start, nxt.start))
            else:
                limit = cands[chains[c + 1][0]][1].start if c + 1 < len(chains) else len(text)
                spans = [(marker.end, min(paras[pi].end, limit))]
                last = text[marker.end:paras[pi].end]
                others = [text[cands[key2][1].end:cands[chain[j + 1]][1].start] for j, key2 in enumerate(chain[:-1])]
                for p in paras[pi + 1:]:
                    if p.start >= limit or not _continues(p, last, others) or BONUS_COUNTER.match(p.text):
                        break
                    spans.append((p.start, p.end))
                    last += " " + p.text
            pieces = _pieces(text, spans)
            if not pieces:
                continue
            item = Item("numbered", pieces, [(marker.start, marker.end)], {"inline-numbered"})
            if len(pieces) > 1:
                item.flags.add("continued")
            if text[marker.end - 1:marker.end].isalpha() or re.match(r"\d{1,2}[.)][^\s]", text[marker.start:]):
                item.flags.add("glued-marker")
            found.append(item)
        if cands[chain[-1]][1].style == "counter":
            found.extend(_bonus_point(text, paras, para_of[chain[-1]] + 1))
        first = para_of[chain[0]]  # a run opening its paragraph follows that paragraph's lead-in ("In this issue:")
        intro = (_before(paras, first) if cands[chain[0]][1].start == paras[first].start
                 else _lead_before(text, paras[first], cands[chain[0]][1].start))
        if _good_list(text, found, intro):
            items.extend(_in_list(found, ("inline", c)))
    return items


NUMBERED_STYLES = frozenset({"dot", "paren", "word", "hash", "markdown-dot", "markdown-paren"})  # "3." "3)" "Tip 3:"


def one_slide(paras: list[Para], context: Context) -> list[Item]:
    """The one point a page of a paged listicle shows ("10 Ways to …" on every page, and on page 3 only "3. Bleed
    your radiators" and its paragraphs): the title promises a count, the body holds a single numbered title line
    whose number is within it, no running prose stands above that line (a photo, its credit, a pager "3 / 10" may),
    and its explanation follows it. One point is no list anywhere else; here it is the page's share of the list
    (flagged ``one-slide``, which keeps it whatever ``min_tips`` asks).

    >>> from pipeline.stages.tips.paras import paragraphs
    >>> from pipeline.stages.tips.config import DEFAULT_TIPS
    >>> t = "Photo: Ana Ruiz\\n\\n4 / 12\\n\\n4. Sow in modules\\n\\nRoots set before slugs find them."
    >>> [(t[slice(*it.pieces[0])], sorted(it.flags)) for it in one_slide(paragraphs(t), Context(t, DEFAULT_TIPS,
    ...                                                                                       promised=12))]
    [('Sow in modules', ['continued', 'one-slide'])]
    >>> one_slide(paragraphs(t), Context(t, DEFAULT_TIPS))  # no count promised: one numbered line is no list
    []
    """
    promised = context.promised
    if promised is None or promised < 3:
        return []
    numbered = [k for k, p in enumerate(paras) if p.marker is not None and p.marker.kind == "numbered"]
    if len(numbered) != 1:
        return []
    k = numbered[0]
    marker = paras[k].marker
    if (marker.style not in NUMBERED_STYLES or not 1 <= (marker.number or 0) <= promised or k + 1 >= len(paras)
            or not is_heading(Para(paras[k].body_start, paras[k].end, paras[k].body)) or not _prose(paras[k + 1])
            or any(_prose(p) and has_words(p.text, INTRO_MIN_WORDS) for p in paras[:k])):
        return []
    found = _list_items(context.text, "numbered", paras, [k], len(paras))
    for it in found:
        it.flags.add("one-slide")
    return _in_list(found, ("one-slide", k))


def _bonus_point(text: str, paras: list[Para], at: int, form: str = "numbered") -> list[Item]:
    """The "Bonus tip:" paragraph right after a counted run's last point (``paras[at]``), as one more point marked
    like them (SPEC: a tip counter is a list marker; the bonus is counted past the list's end), or none. After a
    list of another ``form`` (a list whose glyphs were lost) it is that list's last point.

    >>> from pipeline.stages.tips.paras import paragraphs
    >>> t = "Bonus tip: Label the shelf."
    >>> [(t[slice(*it.pieces[0])], it.form) for it in _bonus_point(t, paragraphs(t), 0, "bullet")]
    [('Label the shelf.', 'bullet')]
    """
    if at >= len(paras):
        return []
    para = paras[at]
    m = BONUS_COUNTER.match(text, para.start, para.end)
    pieces = _pieces(text, [(m.end(), para.end)]) if m is not None else []
    flags = {"inline-numbered", "bonus"} if form == "numbered" else {"bonus"}
    return [Item(form, pieces, [(m.start(), m.end())], flags)] if pieces else []


SLIDES_MIN = 4  # a cover, two points at least and a closing slide


def within_slides(text: str, items: list[Item], least: int) -> list[Item]:
    """The points of a slideshow or a carousel saved as text, its slides counted on lines of their own ("1/8", "2/8"
    … "8/8", or "Slide 1 of 10"): only the points on the slides between the first and the last. The first is the
    deck's cover (its title, the count it promises), the last its bottom line or its call to follow or save, and the
    lines around the deck (the post's chrome, "Original audio", its caption and comments) are no slide (SPEC: a
    slideshow's cover and bottom-line slides are no tips). Where fewer than ``least`` points would be left, the
    points stand as they are.

    >>> t = "Reel\\n\\n1/4\\nCOVER\\n\\n2/4\\nSOW THIN\\nSow in rows.\\n\\n3/4\\nWATER\\nAt dawn.\\n\\n4/4\\nFOLLOW ME"
    >>> its = [Item("headed", [(m.start(), m.end())]) for m in re.finditer(r"\\S[^\\n]*(?:\\n[^\\n]+)*", t)]
    >>> [t[slice(*it.pieces[0])].split()[1] for it in within_slides(t, its, 2)]
    ['SOW', 'WATER']
    """
    if not items or "/" not in text and "of" not in text:
        return items  # the cheap test first
    counters = [(int(m.group("k")), int(m.group("m")), m.start()) for m in SLIDE_COUNTER.finditer(text)]
    total = counters[-1][1] if counters else 0
    run = [(k, at) for k, m, at in counters if m == total]
    if total < SLIDES_MIN or [k for k, _ in run] != list(range(1, total + 1)):
        return items  # no deck counted from its cover to its last slide
    first, last = run[1][1], run[-1][1]
    kept = [it for it in items if first <= it.start < last]
    return kept if len(kept) >= least and len(kept) < len(items) else items


def bonus_after_points(text: str, paras: list[Para], items: list[Item]) -> list[Item]:
    """The points and, after them, the first "Bonus tip:" paragraph below the last point that no point holds,
    wherever it stands (under the conclusion too: "Final thoughts" / its paragraph / "Bonus tip: …"), as one more
    point of the last point's list (SPEC: a "Bonus tip:" after the count is a tip).

    >>> from pipeline.stages.tips.paras import paragraphs
    >>> t = "1. Sow.\\n2. Weed.\\n3. Pick.\\n\\nThat is all.\\n\\nBonus tip: net the peas."
    >>> ps = paragraphs(t)
    >>> its = [Item("numbered", [(p.start + 3, p.end)]) for p in ps[:3]]
    >>> [t[slice(*it.pieces[0])] for it in bonus_after_points(t, ps, its)]
    ['Sow.', 'Weed.', 'Pick.', 'net the peas.']
    """
    if not items or "onus" not in text and "xtra" not in text:
        return items  # the cheap test first: few pages offer a bonus
    last = max(it.end for it in items)
    at = next((k for k, p in enumerate(paras) if p.start >= last and BONUS_COUNTER.match(p.text)), None)
    if at is None:
        return items
    bonus = _bonus_point(text, paras, at, items[-1].form)
    for it in bonus:
        it.group = items[-1].group
    return items + bonus


def _item_shape(para: Para) -> tuple[bool, bool]:
    """What the items of one list share: a capital first letter, a sentence end."""
    return para.body[:1].isupper(), para.body[-1:] in ".!?"


def _nested_bullets(paras: list[Para], heads: list[int]) -> list[int]:
    """Leave out the items of a list nested in an item and flattened by scraping (same glyph, no indent): after
    an item ending with a colon, items of another shape than the list's ("spare shoes" under "Pick the bag
    first. …") up to the list's own shape again are that item's sub-points."""
    out: list[int] = []
    k = 0
    while k < len(heads):
        out.append(heads[k])
        k += 1
        if len(out) < 2 or not paras[out[-1]].body.endswith(":"):
            continue
        outer = _item_shape(paras[out[-2]])
        j = k
        while j < len(heads) and _item_shape(paras[heads[j]]) != outer:
            j += 1
        if k < j < len(heads):
            k = j  # the list's own items go on after the sub-points
    return out


def _resumes(paras: list[Para], j: int, symbol: str, taken: frozenset[int]) -> bool:
    """Tell whether the run of bullets of another glyph starting at ``j`` is followed by the list's own glyph
    again: then the run is nested in the item before it (indentation lost in scraping), not a list of its own."""
    other = paras[j].marker.style if paras[j].marker is not None else None
    k = j
    while k < len(paras) and k not in taken and paras[k].marker is not None and paras[k].marker.style == other:
        k += 1
    follows = paras[k] if k < len(paras) and k not in taken else None
    return follows is not None and follows.marker is not None and follows.marker.style == symbol


def _signs_letter(paras: list[Para], k: int) -> bool:
    """Tell whether the bulleted line ``paras[k]`` signs a reader's letter: a pen name or a name and a place after a
    dash ("- Worried in Leeds") with the answer's salutation under it ("Dear Worried,"). The dash is the signature's,
    not a list's glyph, though the answer's points may be set with the same dash.

    >>> from pipeline.stages.tips.paras import paragraphs
    >>> ps = paragraphs("He barks all day. What can we do?\\n- Fed Up in Fenby\\n\\nDear Fed Up,\\nWalk him first.")
    >>> [_signs_letter(ps, k) for k in range(len(ps))]
    [False, True, False, False]
    """
    p = paras[k]
    return (p.marker is not None and p.marker.kind == "bullet" and k + 1 < len(paras)
            and reader_signature(p.text) and SALUTATION.match(paras[k + 1].text) is not None)


def bullets(paras: list[Para], context: Context) -> list[Item]:
    text, taken = context.text, context.taken
    items: list[Item] = []
    i = 0
    n = len(paras)
    while i < n:
        p = paras[i]
        if i in taken or p.marker is None or p.marker.kind != "bullet" or _signs_letter(paras, i):
            i += 1
            continue
        symbol, indent = p.marker.style, p.indent
        heads = [i]
        glyphs = {symbol} if _varied_pictographs(paras, i) else None  # each item its own emoji: the glyphs seen
        j = i + 1
        while j < n and j not in taken:
            q = paras[j]
            if _signs_letter(paras, j):
                break  # the next letter's signature: this list has ended
            if q.marker is not None and q.marker.kind == "bullet" and q.marker.style == symbol and q.indent <= indent:
                heads.append(j)
            elif (glyphs is not None and q.marker is not None and q.marker.kind == "bullet" and q.indent <= indent
                  and pictograph(q.marker.style) and q.marker.style not in glyphs):
                if closes_list(q.body):
                    break  # "🙌 That's it! Start with one …": the closing line, set with an emoji as the points are
                heads.append(j)
                glyphs.add(q.marker.style)
            elif q.marker is not None and q.marker.kind == "bullet" and (q.indent > indent
                                                                         or _resumes(paras, j, symbol, taken)):
                pass  # a sub-bullet (indented, or of another glyph before the list goes on) belongs to its parent
            elif q.marker is not None or is_heading(q) and not page_furniture(q) or j - heads[-1] > 3:
                break  # a page's footer or rule line is no title line: the list goes on over the page break
            j += 1
        found = _list_items(text, "bullet", paras, _nested_bullets(paras, heads), j)
        if glyphs is not None:  # "👉 ADVERTISEMENT 👈" over its offer, set among the points: the page's, no point
            found = [it for it in found if not AD_INSERT.match(text[it.pieces[0][0]:it.pieces[0][1]])]
        if len(found) >= 2 and _good_list(text, found, _before(paras, i)) and not _pros_or_cons(paras, i, heads[-1]):
            items.extend(_in_list(found, ("bullet", i)))
        i = max(j, heads[-1] + 1)
    return items


VARIED_PICTOGRAPHS = 3  # three items in a row, each with an emoji of its own: one list, whatever its glyphs


def _varied_pictographs(paras: list[Para], i: int) -> bool:
    """Tell whether the bullet at ``paras[i]`` opens a list whose items each carry an emoji of their own ("🥕 Plan
    meals …" / its paragraph, "🛒 Write the list …" / its paragraph, "🍎 …"): it and the next bullets of its indent,
    each over a paragraph of prose, are :data:`VARIED_PICTOGRAPHS` different pictographs. A run of one
    glyph ("✅ …", "✅ …") is a list by its glyph as any other. (Seen on one page, holdout26's emoji-led grocery
    post: narrow.)

    >>> from pipeline.stages.tips.paras import paragraphs
    >>> ps = paragraphs("\U0001f955 Sow thinly\\nCrowded rows rot.\\n\\n\U0001f6d2 Net early\\nBirds come early."
    ...                 "\\n\\n\u2705 Weed often\\nWeeds drink the rain.\\n\\n\u2705 Hoe\\nHoe them off weekly.")
    >>> _varied_pictographs(ps, 0), _varied_pictographs(ps, 2)
    (True, False)
    """
    glyphs = []
    k = i
    while len(glyphs) < VARIED_PICTOGRAPHS and k < len(paras) and k - i <= 2 * len(glyphs):
        q = paras[k]
        if q.marker is not None:
            if (q.marker.kind != "bullet" or q.indent != paras[i].indent or not pictograph(q.marker.style)
                    or k + 1 == len(paras) or not _prose(paras[k + 1])):
                return False  # (each point's line over its paragraph: a feed's emoji-led status lines are none)
            glyphs.append(q.marker.style)
        k += 1
    return len(glyphs) == VARIED_PICTOGRAPHS == len(set(glyphs))


# The signs a product's pros and cons are marked with, each with its opposite: a list of one sign beside a list of
# the other is a review's verdict on a product, never advice
OPPOSITE_SIGNS = {"+": "-–−", "-": "+", "–": "+", "−": "+", "✓": "✗✘×", "✔": "✗✘×", "✗": "✓✔", "✘": "✓✔", "×": "✓✔"}


def _pros_or_cons(paras: list[Para], first: int, last: int) -> bool:
    """Tell whether the bullet list from ``paras[first]`` to ``paras[last]`` is a product's pros or cons: its sign
    is a plus or a tick and a list of the opposite sign (minus, cross) stands right above or under it ("+ Light" /
    "+ Two batteries" / "- Brushed motor"), or the other way round.

    >>> from pipeline.stages.tips.paras import paragraphs
    >>> ps = paragraphs("+ Quiet motor\\n+ Long cable\\n- Heavy\\n\\nBuy it on sale.")
    >>> _pros_or_cons(ps, 0, 1), _pros_or_cons(ps, 2, 2)
    (True, True)
    >>> ps = paragraphs("- Sand it first\\n- Prime it\\n- Paint twice\\n\\nDone.")
    >>> _pros_or_cons(ps, 0, 2)
    False
    """
    opposite = OPPOSITE_SIGNS.get(paras[first].marker.style if paras[first].marker else "", "")
    return bool(opposite) and any(
        0 <= k < len(paras) and paras[k].marker is not None and paras[k].marker.kind == "bullet"
        and paras[k].marker.style in opposite for k in (first - 1, last + 1))


def _lead_in(para: Para) -> bool:
    """A paragraph that announces a list: it ends with a colon ("… consider the following:", "Here are some
    ideas:") or its last sentence says "the following" ("The following are the methods …"); never a list of
    ingredients ("You will need:")."""
    colon = para.text.endswith(":")
    if para.marker is not None:
        return False
    if not colon and "follow" not in para.text.lower():
        # the cheap test first (this runs on every paragraph): a recipe card's method heading is a short line
        return len(para.text) <= METHOD_CUE_MAX_CHARS and METHOD_CUE.match(para.text) is not None
    if heads_ingredients(para.text) or CHROME_LINE.match(para.text):
        return False
    if colon:
        # a reader's comment under the post opens with its writer ("Lance Winslow writes:"): what follows is the
        # comment's paragraphs, not a list
        return not comment_head(para.text)
    starts = sentence_starts(para.text)
    return bool(FOLLOWING.search(para.text[starts[-1] if starts else 0:]))


def _explained_point(para: Para) -> bool:
    """A paragraph opening with a point's lead, a colon and its explanation ("Brushless motors earn their price: they
    run cooler …"), never a speaker's turn in an interview ("Fischer: Es gibt …", "Ana Ruiz: I think …").

    >>> _explained_point(Para(0, 0, "Hold it first: weight matters more than any figure.")), _explained_point(
    ...     Para(0, 0, "Fischer: Es gibt eine Entwicklung, die dazugehört."))
    (True, False)
    """
    return _explained_lead(para.text) and not SPEAKER_LABEL.match(para.text)


def _heading_over_led_points(text: str, paras: list[Para], i: int) -> bool:
    """Tell whether ``paras[i]`` is a section's title line ("What to look for") right over paragraphs that open with
    a short lead, a colon and its explanation (:data:`LED_RUN` of the first few, the first among them): it leads
    them in as a colon would, their glyphs or bold lost.

    >>> from pipeline.stages.tips.paras import paragraphs
    >>> t = ("What to check\\n\\nThe tyres: look for cracks in the walls.\\n\\nThe chain: it should not "
    ...      "lift off the ring.\\n\\nThe brakes: the levers stop short of the bars.")
    >>> ps = paragraphs(t)
    >>> _heading_over_led_points(t, ps, 0), _heading_over_led_points(t, ps, 1)
    (True, False)
    >>> t = ("Key dates\\nWork starts: Monday 4 May, 9am\\nWork ends: Friday 29 May, 4pm\\nHours of work: "
    ...      "around the clock, every day\\nOffice hours: weekdays only, nine to five\\n\\nWhere\\n\\nThe lane.")
    >>> ps = paragraphs(t)
    >>> _heading_over_led_points(t, ps, 1)
    False
    """
    if i + LED_RUN >= len(paras):
        return False
    under = paras[i + 1:i + 2 + LED_RUN]  # one of them may state its lead as a sentence ("Check the chuck. A …")
    if not _may_be_led(under):
        return False  # the cheapest test first (this runs on every paragraph): too few colons under it
    if not is_heading(paras[i]) or NOTES_CUE.match(paras[i].text):
        return False  # a recipe's notes are no points (SPEC)
    if _colon_led(paras[i].text):
        return False  # a label and its value ("Work starts: Monday") is a card's field, no title over points
    led = [p.marker is None and _explained_point(p) for p in under]
    # paragraphs parted by blank lines: lines of one block under a title are a card's fields or notes
    return led[0] and sum(led) >= LED_RUN and not _lines_of_a_list(text, under)


def _intro_over_led_points(paras: list[Para], i: int) -> bool:
    """Tell whether ``paras[i]``, the first paragraph led by a colon under a title line, is the introduction of the
    points led after it: its lead states ("Every June the same letter reaches us: …") where theirs advise ("Prune
    after flowering: …"), all of the next :data:`LED_RUN` but one (a verb the cue words do not know).

    >>> ps = [Para(0, 0, t) for t in ("Each year readers ask us the same thing: why do roses sulk in June?",
    ...       "Feed them after flowering: a handful of pellets per bush.", "Water the roots: wet leaves catch "
    ...       "black spot.", "Deadhead weekly: it keeps the buds coming.")]
    >>> _intro_over_led_points(ps, 0), _intro_over_led_points(ps, 1)
    (True, False)
    """
    under = paras[i + 1:i + 1 + LED_RUN]
    if len(under) < LED_RUN or not all(p.marker is None and _explained_point(p) for p in [paras[i], *under]):
        return False
    advising = sum(is_advice(colon_lead(p.text)) for p in under)
    return not is_advice(colon_lead(paras[i].text)) and advising >= LED_RUN - 1


def _may_be_led(under: list[Para]) -> bool:
    """Whether the paragraphs under a heading can be the led points :func:`_heading_over_led_points` asks for: the
    first and at least :data:`LED_RUN` of them hold a colon. Exact: a led point (:func:`_explained_point`) needs
    :func:`colon_lead` to find ": " in the paragraph's lead sentence, and that sentence is a piece of the
    paragraph's text with its blank runs made single spaces (``normalise``), which makes no colon; so a paragraph
    without ":" is never led, and neither is the heading over it (tested against the slow answer on drawn pages).

    >>> _may_be_led([Para(0, 0, t) for t in ("A: b c d e.", "F: g h i j.", "No colon.", "K: l m n o.")])
    True
    >>> _may_be_led([Para(0, 0, t) for t in ("No colon.", "F: g h i j.", "H: i j k l.", "K: l m n o.")])
    False
    """
    return ":" in under[0].text and sum(":" in p.text for p in under) >= LED_RUN


def _first_word(para: Para) -> str:
    return para.text.split(None, 1)[0].strip("\"“”‘’'(,:;.").lower() if para.text else ""


def _run_in_led(text: str) -> bool:
    """A paragraph opening with a short lead and a colon or a spaced dash ("Backrest: the curve …", "Brace against
    something — a wall does the job")."""
    lead = lead_sentence(text)
    return colon_lead(lead, alone=False) != lead or dash_lead(text[:RUN_IN_PROBE], alone=False) != text[:RUN_IN_PROBE]


def _breaks_the_items_shape(run: list[Para], q: Para) -> bool:
    """Tell whether paragraph ``q``, after the items of a list whose glyphs were lost, is the conclusion by its shape:
    the items each open with a lead and a colon or dash and ``q`` does not ("Go out tonight and try them."); the
    items are each a lead sentence and its explanation and ``q`` is a sentence or two each promising a result ("Give
    it a year and you will surprise yourself.": :func:`_promises`); or ``q`` opens with a word pointing back at them all
    ("It took three weeks.", "Nobody remembers the bread.") where no item does and gives no advice. A last item
    can always be shorter than the others; it is not of another kind.

    >>> ps = [Para(0, 0, t) for t in ("Cook the day before. Sauces keep.", "Borrow chairs. Floors are hard.")]
    >>> _breaks_the_items_shape(ps, Para(0, 0, "Nobody remembers whether the bread was perfect."))
    True
    >>> _breaks_the_items_shape(ps, Para(0, 0, "Bake the bread last. It must be hot."))
    False
    """
    # the cheap tests first: this runs on every paragraph after a lead-in
    if len(run) >= 3 and all(_run_in_led(p.text) for p in run) and not _run_in_led(q.text):
        return True
    if len(run) >= 3 and PROMISE.search(q.text) and _promises(q.text) and all(sentence_starts(p.text) for p in run):
        return True
    return (_first_word(q) in BACK_POINTERS and not any(_first_word(p) in BACK_POINTERS for p in run)
            and not is_advice(q.text))


PROMISE_MAX_SENTENCES = 2  # a closing promise is a sentence or two ("Do this and it lasts. Treat it well and …")


def _promises(text: str) -> bool:
    """Tell whether every sentence of a short paragraph promises a result (:data:`PROMISE`): the close after a list's
    items, which each are a step and its explanation, however it opens (an imperative: "Feed it well and it will
    last.").

    >>> _promises("Oil it once more and the blade will stay bright. Look after it and it will outlive you.")
    True
    >>> _promises("Oil it once more and the blade will stay bright. A dry rag is enough.")
    False
    """
    starts = sentence_starts(text)  # a paragraph's text, blank runs made single spaces already
    if len(starts) >= PROMISE_MAX_SENTENCES:
        return False
    bounds = [0, *starts, len(text)]
    return all(PROMISE.search(text, a, b) for a, b in pairwise(bounds))


def _advising_run(run: list[Para]) -> bool:
    """Tell whether a list's items so far all give advice: each one by the cue words, or all but one when that one
    has the items' shape (a short lead and its explanation: "Change direction often. A dog that …", a verb the
    cue words do not know among "Stop …", "Keep …", "Reward …").

    >>> ps = [Para(0, 0, t) for t in ("Stop at once. He learns.", "Keep it short. Ten minutes.",
    ...                                "Change direction often. He watches you.")]
    >>> _advising_run(ps), _advising_run(ps[1:])
    (True, False)
    """
    unknown = [p for p in run if not is_advice(p.text)]
    return not unknown or len(unknown) == 1 and len(run) >= 3 and lead_shape(unknown[0].text)


def _lead_shaped(run: list[Para]) -> bool:
    """Tell whether a list's items have the shape of points whose glyphs were lost: each a short lead and its
    explanation, the lead a sentence ("Skip the bundles. They …") or a run-in head ("Wait for the sales: …"); one
    item in three may open otherwise (a lead one word too long).

    >>> ps = [Para(0, 0, t) for t in ("Skip the bundles. They cost more.", "Wait for sales: spring is best.",
    ...                                "Buy the seat new and everything else from friends. Seats hide damage.")]
    >>> _lead_shaped(ps), _lead_shaped(ps[1:])
    (True, False)
    """
    odd = sum(not (lead_shape(p.text) or _run_in_led(p.text)) for p in run)
    return LEAD_SHAPE_ODD_INV * odd <= len(run)


def _imperative_after_and(sentence: str) -> bool:
    """Tell whether a sentence's second clause, after ", and" or a semicolon, is an imperative the cue words know
    ("Stuff the boots with paper, and change it at bedtime."): a clause joined so to an imperative is one too, so
    the sentence gives advice whatever verb it opens with. A statement goes on with a statement.

    >>> _imperative_after_and("Stuff wet gloves with paper, and change it at bedtime.")
    True
    >>> _imperative_after_and("Gloves are cheap, and most of us lose one a winter.")
    False
    """
    clause = AND_CLAUSE.search(sentence)
    if clause is None:
        return False
    rest = sentence[clause.end():]
    return looks_imperative(rest[:1].upper() + rest[1:])


def _step_for_a_case(sentence: str) -> bool:
    """Tell whether a sentence is a step for a case: a condition, then what to do ("If the birds pull them up, just
    push them back …"). Alone after the points it is one more point, where a long sentence alone there usually
    concludes with an outcome ("Give it a year and the bed looks after itself").

    >>> _step_for_a_case("If the frost lifts them, just firm them back in with your boot.")
    True
    >>> _step_for_a_case("If you do all this, the bed will look after itself by June.")
    False
    """
    return CONDITION_OPENER.match(sentence) is not None and gives_advice(sentence)


def _ends_run(run: list[Para], q: Para) -> bool:
    """Tell whether paragraph ``q`` ends a list whose glyphs were lost (``run`` holds its items so far).

    The items of one list share a shape: all short lines or all paragraphs, all advice or all statements.
    The first paragraph that breaks it is the conclusion: a statement after advice items, a sentence after
    short unpunctuated lines, or a paragraph opening with a pronoun or quantifier after noun-phrase items.
    """
    if (q.marker is not None or _lead_in(q) or closes_list(q.text) or has_guard(q.text) or _question(q)
            or CHROME_LINE.match(q.text)):
        return True
    if has_words(q.text, LOST_GLYPH_MAX_WORDS + 1):
        return True  # a point of a list is a line or a short paragraph, not a page of prose
    if run and q.indent < min(p.indent for p in run):
        return True  # the items were indented under the lead-in (their glyphs lost), the text after them is not
    if run and not is_heading(run[0]) and is_heading(q):
        return True  # a title line after paragraph items starts the next part of the article
    if len(run) < 2:
        return False
    if _breaks_the_items_shape(run, q):
        return True
    if (not sentence_starts(q.text) and (has_words(q.text, 9) or not fragment(q.text))
            and all(short_lead(p.text) and not is_advice(p.text) for p in run)):
        return True  # noun-phrase leads each explained ("The frame size. A bargain …"), then one long sentence: the
        # close ("Take it for a ride before …"); after imperative leads one more imperative is one more point
    if (_advising_run(run) and not is_advice(q.text) and not _imperative_after_and(lead_sentence(q.text))
            and not ((short_lead(q.text) or _run_in_led(q.text)) and _lead_shaped(run))):
        return True  # a statement after advice; but a point of the items' shape ("Load several stitches. The …")
        # is one more item whose verb the cue words do not know, and so is one whose sentence goes on with an
        # imperative ("Stuff the boots with paper, and change it at bedtime.")
    if not any(_first_word(p) in NOT_VERBS for p in run) and _first_word(q) in NOT_VERBS and not (
            is_advice(q.text) and (all(is_advice(p.text) for p in run) or SEQUENCE_WORD.match(q.text))
            or _run_in_led(q.text) and _lead_shaped(run)):
        return True  # "Beer traps …", "Copper tape …", then "Nothing worked on its own …": the conclusion; but after
        # imperatives, "Never run a generator indoors." is one more (a list's warning often comes last), and so is
        # advice its order word puts last ("Finally, sell as you go."), among items whose verbs the cues do not know;
        # a run-in head like the items' ("Two batteries beat one: …") is one more of them
    # short unpunctuated lines, then a sentence: "… one for rubbish" / "That bag has saved …"
    return all(is_heading(p) for p in run) and not is_heading(q)


def _headed_run(text: str, paras: list[Para], first: int, taken: frozenset[int]) -> list[Item]:
    """Points after a lead-in that each open with a title line ("Barking at nothing") and go on in a paragraph
    or more: one item per title line, the last one as long as the others (the conclusion stays out)."""
    heads: list[int] = []
    j = first
    while j < len(paras) and j not in taken:
        p = paras[j]
        if p.marker is not None or _lead_in(p) or has_guard(p.text) or closes_list(p.text):
            break
        if is_heading(p):
            if j + 1 >= len(paras) or is_heading(paras[j + 1]) or paras[j + 1].marker is not None:
                break
            heads.append(j)
        j += 1
    return _list_items(text, "bullet", paras, heads, j) if heads else []


# A point's line and its explanation come in groups of a few lines. A run longer than this is no such group: the walk
# stops there (it was made from every lead-in to the page's end, quadratic on a page of thousands of short lines).
MAX_GROUP_LINES = 12
# No list has more points than this in groups of lines: the walk stops after so many groups (it is made from many
# paragraphs of a page, so a page of thousands of two-line groups made it quadratic: 1,000 took 3.8 s, 5,000 minutes).
MAX_GROUPS = 200


def _line_groups(text: str, paras: list[Para], first: int, taken: frozenset[int]) -> tuple[set[int], int]:
    """Where the lines after a lead-in come in groups parted by blank lines, all of one size of two lines or
    more (a point's line and its explanation line): the indexes of the groups' first lines and the index where
    the groups end; else no heads and ``first`` (one item per line or per paragraph).

    >>> from pipeline.stages.tips.paras import paragraphs
    >>> t = "In:\\nGo early.\\nIt's easy.\\n\\nTake plugs.\\nRain's loud.\\n\\nPack a bowl.\\nSinks far.\\n\\nBye."
    >>> _line_groups(t, paragraphs(t), 1, frozenset())
    ({1, 3, 5}, 7)
    """
    starts: list[int] = []
    sizes: list[int] = []
    k = first
    while k < len(paras) and k not in taken and paras[k].marker is None and not has_guard(paras[k].text):
        if k == first or "\n\n" in "".join(text[paras[k - 1].end:paras[k].start].split(" ")):
            if len(sizes) >= 2 and sizes[-1] != sizes[0]:
                break  # the groups' size broke: the last one is what follows the list
            if len(starts) == MAX_GROUPS:
                break
            starts.append(k)
            sizes.append(1)
        else:
            sizes[-1] += 1
            if sizes[-1] > MAX_GROUP_LINES:
                break  # no group runs so long: stop here (walking on made a page of 8,000 lines take minutes)
        k += 1
    if len(sizes) >= 2 and sizes[-1] != sizes[0]:
        starts, sizes = starts[:-1], sizes[:-1]
    if len(sizes) < 2 or sizes[0] < 2 or len(set(sizes)) != 1:
        return set(), first
    return set(starts), starts[-1] + sizes[-1]


def _taken_end(paras: list[Para], items: list[Item]) -> int:
    end = max(it.end for it in items)
    return next((k for k, p in enumerate(paras) if p.start >= end), len(paras))


def _point_with_sublist(paras: list[Para], i: int) -> bool:
    """Tell whether lead-in ``i`` ends a point paragraph among point paragraphs ("Pack a kit the night before.
    You will want these to hand:" after "Keep the cat in one room …", with another point after its bare lines):
    the lines under it are that point's sub-points, not the article's list."""
    starts = sentence_starts(paras[i].text)
    if not starts or not is_advice(paras[i].text[:starts[0]]) or i == 0 or not gives_advice(paras[i - 1].text):
        return False
    after = next((q for q in paras[i + 1:] if _prose(q) and has_words(q.text, 6)), None)
    return after is not None and gives_advice(after.text)


def _grouped_points(text: str, paras: list[Para], i: int, taken: frozenset[int]) -> bool:
    """Tell whether an introduction of prose (``paras[i]``, no colon) stands over points laid out as groups of lines:
    each a short sentence stating the point ("Ventilate, don't seal.") with its explanation on the lines under it,
    the groups of one size and parted by blank lines, three or more. The layout is the list (its glyphs or bold
    lost), in any language.

    >>> from pipeline.stages.tips.paras import paragraphs
    >>> t = "Hens cope with cold.\\n\\nVent it.\\nDamp kills.\\n\\nAdd litter.\\nIt warms.\\n\\nCheck it.\\nIt ices."
    >>> _grouped_points(t, paragraphs(t), 0, frozenset())
    True
    >>> u = t.replace("Vent it.", "We vented the coop in the first winter and the hens did well.")
    >>> _grouped_points(u, paragraphs(u), 0, frozenset())
    False
    """
    if i + 2 >= len(paras):
        return False
    first = paras[i + 1]
    # the cheap tests first (this runs on every paragraph): a short sentence under the introduction, its
    # explanation on the very next line
    if (first.marker is not None or first.text[-1:] not in POINT_ENDS or len(first.text) > GROUP_HEAD_MAX_CHARS
            or has_words(first.text, GROUP_HEAD_MAX_WORDS + 1) or _blank_between(text, first, paras[i + 2])
            or not _prose(paras[i])):
        return False
    # every group's first line a point line, the first one too: asked before the walk, which is long
    heads, _ = _line_groups(text, paras, i + 1, taken) if _point_line(first) else (set(), i + 1)
    # a question over its answer is a Q&A's or an interview's (question_sections' and qa_pairs'), no stated point
    return len(heads) >= GROUPED_MIN_POINTS and all(_point_line(paras[k]) for k in heads) or bool(
        _line_pairs(paras, i + 1, taken)[0])


def _point_line(para: Para) -> bool:
    """A line stating a point in one short sentence ("Ventilate, don't seal."), no question."""
    return (para.marker is None and para.text[-1:] in POINT_ENDS and not has_words(para.text, GROUP_HEAD_MAX_WORDS + 1)
            and not sentence_starts(para.text))


def _line_pairs(paras: list[Para], first: int, taken: frozenset[int]) -> tuple[set[int], int]:
    """Where the lines from ``first`` on alternate, with or without blank lines, between a line of advice stating a
    point ("Keep it clean.") and a longer line explaining it (a page's <br> lines, the bold lost), three pairs or
    more: the indexes of the advice lines and the index where the pairs end; else no heads and ``first``. Advice is
    read with English cue words: English only.

    >>> from pipeline.stages.tips.paras import paragraphs
    >>> t = "Keep it clean.\\nDirt spreads disease among finches.\\nBe patient.\\nNothing came for nineteen days.\\n"
    >>> _line_pairs(paragraphs(t + "Feed one food.\\nHearts beat any mix of seed.\\nGood luck!"), 0, frozenset())
    ({0, 2, 4}, 6)
    """
    heads: set[int] = set()
    k = first
    while k + 1 < len(paras) and k not in taken and k + 1 not in taken:
        head, explained = paras[k], paras[k + 1]
        if not (_point_line(head) and is_advice(head.text) and explained.marker is None
                and len(explained.text.split()) > len(head.text.split())
                and not (_point_line(explained) and is_advice(explained.text))):
            break
        heads.add(k)
        k += 2
    return (heads, k) if len(heads) >= GROUPED_MIN_POINTS else (set(), first)


def lead_in_lists(paras: list[Para], context: Context) -> list[Item]:
    """Bullet lists whose glyphs were lost in scraping: a lead-in ending with a colon, then one paragraph or
    one short line per point, up to the first paragraph of another shape (the conclusion). The items must read as
    English: the shapes are told apart with English cue words, and other languages keep their glyphs."""
    text, taken, config = context.text, context.taken, context.config
    items: list[Item] = []
    n = len(paras)
    cue = _first_ingredients(paras)
    i = 0
    while i < n:
        if i in taken or i + 1 >= n:
            i += 1
            continue
        # an introduction pointing ahead without a colon ("… the same few things, in roughly this order.") leads in
        # bare lines only: paragraphs under it are paragraph_tips', title lines and paragraphs headed_sections'
        colon = _lead_in(paras[i]) or _heading_over_led_points(text, paras, i)
        if colon and not _lead_in(paras[i]) and _intro_over_led_points(paras, i + 1):
            i += 1  # the paragraph under the title line introduces the points (its lead states, theirs advise)
        # the cheap tests first: the introduction ends a sentence, the line under it is short and ends none
        line = paras[i + 1].text
        ahead = (not colon and paras[i].text[-1:] in ".!" and line[-1:] not in ".,;:!?" and len(line) <= 90
                 and _points_ahead(paras[i]) and is_heading(paras[i + 1]))
        # the cheap tests first (this runs on every paragraph): the line under it is a short sentence
        grouped = (not (colon or ahead) and line[-1:] in POINT_ENDS and len(line) <= GROUP_HEAD_MAX_CHARS
                   and _grouped_points(text, paras, i, taken))
        if not (colon or ahead or grouped) or _point_with_sublist(paras, i):
            i += 1
            continue
        first = paras[i + 1]
        if is_heading(first) and i + 2 < n and not is_heading(paras[i + 2]) and paras[i + 2].marker is None:
            if ahead:
                i += 1
                continue
            found = _headed_run(text, paras, i + 1, taken)  # a title line and its paragraph per point
            if (len(found) >= max(config.min_tips, config.min_lead_in_items) and _good_list(text, found, paras[i])
                    and reads_english(" ".join(text[a:b] for it in found for a, b in it.pieces))):
                for it in found:
                    it.flags.add("lost-glyphs")
                items.extend(_in_list(found, ("lead-in", i)))
                i = _taken_end(paras, found)
            else:
                i += 1
            continue
        run: list[Para] = []
        follow: dict[int, list[Para]] = {}  # an item's start -> the example paragraphs that go on with it
        # "Arrive in daylight." and its explanation on the next line, a blank line, the next point …: the lines
        # of a group after its first go on with it
        heads, grouped_to = _line_groups(text, paras, i + 1, taken)
        if grouped and not heads:
            heads, grouped_to = _line_pairs(paras, i + 1, taken)  # "Keep it clean." / "Once a fortnight …" / …
        j = i + 1
        bonus: list[Item] = []
        while j < n and j not in taken:
            if run and not heads and (bonus := _bonus_point(text, paras, j, "bullet")):
                j += 1
                break  # "Bonus tip: …" after the points: one more, counted past the list's end, and the list's last
            if run and j < grouped_to and j not in heads:
                follow.setdefault(run[-1].start, []).append(paras[j])
            elif run and paras[j].marker is None and CONTINUATION.match(paras[j].text):
                follow.setdefault(run[-1].start, []).append(paras[j])
            elif run and _insert_between_points(run, paras[j]):
                pass  # an advert, a related link, a product box or a callout between two points: they go on below it
            elif _ends_run(run, paras[j]):
                break
            else:
                run.append(paras[j])
            j += 1
        if len(run) > config.min_tips and not follow and _set_apart_last(text, run):
            run.pop()  # lines of one block and a paragraph after a blank line: the lines are the points, the
            # paragraph their conclusion ("Do all that and …"), as the page's own layout sets it apart
        found = [it for it in (_item_from_paras(text, "bullet", [p, *follow.get(p.start, [])]) for p in run)
                 if it is not None]
        english = reads_english(" ".join(p.text for p in run))
        if heads and (grouped or not english and colon):
            # in another language the cue words tell nothing, but the layout still does: under a colon lead-in (or
            # under any introduction, when each group opens with a short sentence: _grouped_points), groups of
            # lines of one size parted by blank lines (a point's line, its explanation) are the points ("Nie chowaj
            # swetrów na wieszakach." / "Dzianina wyciąga się …"), and they end where the groups do
            end = paras[grouped_to].start if grouped_to < n else len(text)
            run = [p for p in run if p.start < end]
            found = [it for it in found if it.start < end]
            # every group a point stated as a sentence, nothing after them ("Halloween Intro" / "Brait
            # (audiojungle.net)" under "Musik:" are credits in pairs, not points)
            english = len(run) == len(heads) and all(p.text[-1:] in SENTENCE_ENDS for p in run)
        led = 0
        if colon and not english and not heads and not reads_english(paras[i].text):
            # in another language the layout tells here too: under a colon lead-in, paragraphs that each open with
            # a short lead and its colon ("Start small: ten pots are enough …" in any script) are the points,
            # up to the first that does not (the conclusion); an English lead-in is read by the cue words (a
            # sports story's "each path has one berth:" over "Path A: Iceland, …" rows gives none)
            led = next((k for k, p in enumerate(run) if not _explained_lead(p.text)), len(run))
            if led >= LED_RUN:
                end = run[led].start if led < len(run) else len(text)
                run = run[:led]
                found = [it for it in found if it.start < end]
                english = True
        # each item a line, advice, a lead fragment, a lead explained after its colon ("Brushless motors earn their
        # price: …") or one short sentence ("Beer traps, sunk level …"), not prose
        points = len(run) if english and led >= LED_RUN else sum(
            is_heading(p) or gives_advice(p.text) or short_lead(p.text) or _explained_point(p)
            or not sentence_starts(p.text) and not has_words(p.text, 26) for p in run)
        if ahead and (follow or not all(is_heading(p) for p in run)):
            found = []  # under an introduction without a colon, only bare lines are a list by their layout
        found = _without_serving_note(text, found, cue < i, config.min_tips)
        if (len(found) >= max(config.min_tips, config.min_lead_in_items) and _good_list(text, found, paras[i])
                and points >= PARAGRAPH_ADVICE_SHARE * len(run) and english):
            found += bonus
            for it in found:
                it.flags.add("lost-glyphs")
            items.extend(_in_list(found, ("lead-in", i)))
        i = max(j, i + 1)
    return items


def _after_label(label: re.Pattern[str], text: str) -> str:
    m = label.match(text)
    return text[m.end():].strip() if m else text


def _interview(questions: list[str], answers: list[str], checklist: bool = False) -> bool:
    """Tell whether questions and answers are an interview rather than advice: fewer than half the questions
    are asked in the reader's voice (:data:`READER_VOICE`: "Can I …?", "When will I …?") or answered with
    advice ("Rub the pads …"). A guest is asked about her past and answers about herself. A ``checklist`` (each
    question answered in a short paragraph, or as many questions as the page promised) that puts no question to
    a guest (no "you" in it, no first person in its answer: "How big is the room?" – "About one kilowatt per
    cubic metre") is no interview.

    >>> _interview(["When did you start?", "What was hardest?"], ["In 1998.", "Our first winter. We lost a lot."])
    True
    >>> _interview(["Wood or electric?", "How big is the room?"], ["Wood gives softer steam.", "About ten cubes."])
    True
    >>> _interview(["Wood or electric?", "How big is the room?"], ["Wood gives softer steam.", "About ten cubes."],
    ...            checklist=True)
    False
    >>> _interview(["How long should a nap be?", "Is a dummy all right?"],
    ...            ["An hour is plenty for most toddlers; your child may need less.", "Usually, if you wean early."])
    False
    """
    points = guests = 0
    # where no question puts anything to a guest ("How much sleep does a toddler need?"), one answered to the
    # reader ("… your child may sit at either end of it") is the reader's question, as "Can I …?" is
    nobody_asked = not any(SECOND_PERSON.search(q) for q in questions)
    for q, a in zip(questions, answers, strict=True):
        points += bool(READER_VOICE.search(q)) or gives_advice(a) or nobody_asked and bool(SECOND_PERSON.search(a))
        guests += bool(SECOND_PERSON.search(q) or GUEST_VOICE.search(a))
    return points * 2 < len(questions) and not (checklist and guests == 0)


def _question_headline(text: str, item: Item, para: Para) -> None:
    """Head an item with its question, without the "Q:" label and the reader's credit ("… ready? - Tom")."""
    chunk = text[para.body_start:para.end]
    m = QUESTION_LABEL.match(chunk.lstrip())
    start = para.body_start + (len(chunk) - len(chunk.lstrip())) + (m.end() if m else 0)
    end = para.end
    credit = READER_CREDIT.search(text, start, end)
    if credit is not None:
        end = credit.start() + 1
    _head_with_question(text, item, start, end)


def _head_with_question(text: str, item: Item, start: int, end: int) -> None:
    """Head an item with the question in ``text[start:end]`` up to its question mark, whole: a reader's question
    of two sentences ("My dog eats grass every morning. Should I worry?") is one heading, as a title line is; a
    question standing as a line of its own (:func:`question_line`) is its heading whole, up to its end."""
    mark = text.find("?", start, end)
    if question_line(text[start:end]):
        end, item.whole_headline = len(text[:end].rstrip()), True  # "Can I compost rhubarb? A friend says no."
    elif mark >= 0 and (not has_words(text[start:mark], QUESTION_HEADLINE_MAX_WORDS + 1)
                        or len(sentence_starts(text[start:mark])) <= 1
                        and not has_words(text[start:mark], QUESTION_LINE_MAX_WORDS + 1)):
        end, item.whole_headline = mark + 1, True
    piece = _piece(text, start, end)
    if piece is not None:
        item.headline_span = piece


def _answer_label(text: str, bare: bool) -> re.Pattern[str] | None:
    """The label a Q&A answer opens with ("A:", "Answer -"), or ``None``; a bare "A" before a capitalised word only
    answers a ``bare`` question ("Q Can I …?"): anywhere else it is a sentence's article ("A Friday sowing …").

    >>> _answer_label("A: Feed them.", False) is ANSWER_LABEL, _answer_label("A Feed them.", False)
    (True, None)
    >>> _answer_label("A Feed them.", True) is BARE_ANSWER_LABEL, _answer_label("A few weeks.", True)
    (True, None)
    """
    if labelled(ANSWER_LABEL, text):
        return ANSWER_LABEL
    return BARE_ANSWER_LABEL if bare and labelled(BARE_ANSWER_LABEL, text) else None


def qa_pairs(paras: list[Para], context: Context) -> list[Item]:
    """A Q&A page: labelled questions ("Q:", "Question:") each answered by a labelled answer ("A:"). Each pair is
    a tip, with the title line above its question when there is one (then that line is the headline), else
    headed by the question. Lists inside an answer are part of it. An interview with labels is no advice."""
    text, taken, config = context.text, context.taken, context.config
    n = len(paras)
    # the label may follow a marker ("2. Question: …", "Question #2 Question: …")
    asks = [i for i, p in enumerate(paras)
            if i not in taken and p.body[:1] in "Qq" and labelled(QUESTION_LABEL, p.body)]
    if len(asks) < config.min_tips:
        return []
    heads: list[int] = []
    pairs: list[tuple[int, int]] = []
    answers: list[str] = []  # each pair's answer without its label
    for k, i in enumerate(asks):
        until = asks[k + 1] if k + 1 < len(asks) else n
        bare = BARE_QUESTION_LABEL.match(paras[i].body) is not None
        answer, label = next(((j, label) for j in range(i + 1, until)
                              if (label := _answer_label(paras[j].text, bare)) is not None), (None, None))
        if answer is None or label is None or any(j in taken for j in range(i, answer + 1)):
            continue
        titled = i > 0 and i - 1 not in taken and is_heading(paras[i - 1]) and (not heads or i - 1 > pairs[-1][1])
        heads.append(i - 1 if titled else i)
        pairs.append((i, answer))
        answers.append(_after_label(label, paras[answer].text))
    if not pairs:
        heads, pairs, answers = _bare_answers(paras, asks, taken)
    if len(pairs) > 1 and heads[0] != pairs[0][0] and all(h == q for h, (q, _) in zip(heads[1:], pairs[1:],
                                                                                     strict=True)):
        heads[0] = pairs[0][0]  # a title line over the first question only is the page's heading ("New Walkers' FAQ")
    if len(pairs) < config.min_tips or _interview([_after_label(QUESTION_LABEL, paras[i].body) for i, _ in pairs],
                                                   answers):
        return []
    stop = next((j for j in range(heads[-1], n) if j in taken), n)
    groups = [paras[h:heads[k + 1]] for k, h in enumerate(heads[:-1])]
    # the last pair runs to its answer (a credit line "Raymond, Aurora" before it included), then on for as many
    # paragraphs as the other answers had after their label, or while the words go on with it
    after = [heads[k + 1] - a - 1 for k, (_, a) in enumerate(pairs[:-1])]
    extra = after[0] if after and len(set(after)) == 1 else 0
    last = paras[heads[-1]:pairs[-1][1] + 1]
    others = [" ".join(q.body for q in g) for g in groups]
    for p in paras[pairs[-1][1] + 1:stop]:
        if _ends_list(p) or not (extra > 0 or _continues(p, " ".join(q.body for q in last), others)):
            break
        last.append(p)
        extra -= 1
    groups.append(last)
    found = [_item_from_paras(text, "headed", [q for q in g if not has_guard(q.text)]) for g in groups]
    if any(it is None for it in found):
        return []
    _trim_closing(text, found[-1])
    for item, head, (question, _) in zip(found, heads, pairs, strict=True):
        item.flags.add("question-answer")
        if head == question:
            _question_headline(text, item, paras[question])
    found = _advising_questions(found, [_after_label(QUESTION_LABEL, paras[q].body) for q, _ in pairs])
    return _in_list(found, ("qa", heads[0])) if len(found) >= config.min_tips else []


def _bare_answers(paras: list[Para], asks: list[int], taken: frozenset[int]) -> tuple[list[int], list[tuple[int, int]],
                                                                                     list[str]]:
    """A FAQ that labels its questions ("Q: Can I …?") and not its answers: each question is answered by the
    paragraph of prose right under it (no label, marker or title line; a question under a question is none), and
    heads its pair. Returns what :func:`qa_pairs` builds: the heads, the (question, answer) pairs, the answers.

    >>> from pipeline.stages.tips.paras import paragraphs
    >>> ps = paragraphs("Q: Can I sow in May?\\n\\nYes, thinly.\\n\\nQ: Must I net them?\\n\\nOnly near pigeons.")
    >>> _bare_answers(ps, [0, 2], frozenset())
    ([0, 2], [(0, 1), (2, 3)], ['Yes, thinly.', 'Only near pigeons.'])
    """
    heads: list[int] = []
    pairs: list[tuple[int, int]] = []
    for k, i in enumerate(asks):
        answer = i + 1
        if answer >= (asks[k + 1] if k + 1 < len(asks) else len(paras)) or answer in taken or i in taken:
            continue
        para = paras[answer]
        if para.marker is not None or is_heading(para) or _asks(para) or SPEAKER_LABEL.match(para.text):
            continue
        heads.append(i)
        pairs.append((i, answer))
    return heads, pairs, [paras[a].text for _, a in pairs]


def _advising_questions(items: list[Item], questions: list[str]) -> list[Item]:
    """A FAQ's items without those whose question asks about the publisher's own service (a price, a timetable,
    who wrote the FAQ, what a policy covers: :data:`SERVICE_QUESTION`; SPEC: informational questions are not
    tips), where the FAQ asks in its reader's voice (half its questions or more say "I" or "my"): questions put to
    someone else, a checklist of what to ask a builder, are all advice to ask them."""
    if 2 * sum(FIRST_PERSON_ASKS.search(q) is not None for q in questions) < len(questions):
        return items
    return [item for item, question in zip(items, questions, strict=True)
            if not SERVICE_QUESTION.match(question.strip())]


def _asks(para: Para) -> bool:
    """A short question standing alone: a question line ("Where will it live?") or a short paragraph ending in
    one, never a speaker's turn nor page chrome."""
    t = para.text
    return (para.marker is None and t.endswith("?") and not has_words(t, QUESTION_MAX_WORDS + 1)
            and not SPEAKER_LABEL.match(t) and not CHROME_LINE.match(t))


def _writes_in(para: Para) -> bool:
    """A reader's letter standing as a question: a paragraph in the first person ending in a question, longer than
    a question line but a letter, not an essay ("My roses have black spots … I spray them every fortnight. What am I
    doing wrong?"). Among questions answered one by one it heads its answer as a short question does."""
    t = para.text
    return (para.marker is None and t.endswith("?") and not has_words(t, LETTER_QUESTION_MAX_WORDS + 1)
            and FIRST_PERSON.search(t) is not None and not SPEAKER_LABEL.match(t) and not CHROME_LINE.match(t))


def _writes_in_letter(para: Para) -> bool:
    """A reader's letter under her question: a paragraph of running text in the first person."""
    return para.marker is None and FIRST_PERSON.search(para.text) is not None and sentence_starts(para.text) != []


def _answers_reader(para: Para) -> bool:
    """An answer to a reader's letter speaks to her or tells her what to do (a story's next paragraph goes on in
    the first person: "Looking back, I …")."""
    return SECOND_PERSON.search(para.text) is not None or gives_advice(para.text)


def _asked_and_answered(para: Para) -> str | None:
    """The answer of a paragraph that opens with a short question and answers it ("Where will it live? If I
    cannot name the shelf …"), or ``None``."""
    t = para.text
    if para.marker is not None or "?" not in t or SPEAKER_LABEL.match(t):
        return None
    starts = sentence_starts(t)
    if not starts or not t[:starts[0]].rstrip().endswith("?") or has_words(t[:starts[0]], QUESTION_MAX_WORDS + 1):
        return None
    return t[starts[0]:]


def _contents_entries(paras: list[Para]) -> set[int]:
    """The question lines of a contents list ("On this page" over the questions the page then answers one by one):
    each stands again, word for word, as a heading further down. The first heading under such a list follows a
    question line, but not as a sub-question of it: the line above is the list's, not the heading's.

    >>> from pipeline.stages.tips.paras import paragraphs
    >>> ps = paragraphs("On this page\\nWhy sow?\\nWhen?\\n\\nWhy sow?\\n\\nFor food.\\n\\nWhen?\\n\\nIn May.")
    >>> sorted(_contents_entries(ps))
    [1, 2]
    """
    later: dict[str, int] = {}
    for k, p in enumerate(paras):
        if p.text.rstrip().endswith("?"):
            later[" ".join(p.text.split()).casefold()] = k  # each question's last place
    return {k for k, p in enumerate(paras)
            if p.text.rstrip().endswith("?") and later.get(" ".join(p.text.split()).casefold(), k) > k}


DATA_CELL_MAX_WORDS = 8  # a table's cell or a box's line: "North-facing", "Ferns, pothos, ZZ plant"


def _data_line(para: Para) -> bool:
    """A short line ending no sentence: a table's cell, a box's label or entry, never prose nor a question."""
    return para.text[-1:] not in SENTENCE_ENDS and not has_words(para.text, DATA_CELL_MAX_WORDS + 1)


def _across_data_boxes(paras: list[Para], runs: list[tuple[list[int], int]]) -> list[tuple[list[int], int]]:
    """Join two runs of questions parted only by a box of short lines: a table or a labelled box inside an answer
    (a "Quick guide" heading over its cells) stops a run at its heading, but it is that answer's, and the questions
    after it go on with the same FAQ (SPEC: lists and table rows inside an FAQ answer belong to that answer)."""
    out: list[tuple[list[int], int]] = []
    for heads, stop in runs:
        box = paras[out[-1][1]:heads[0]] if out else []
        if len(box) >= 2 and all(_data_line(p) and not closes_list(p.text) and not has_guard(p.text) for p in box):
            out[-1] = (out[-1][0] + heads, stop)
        else:
            out.append((heads, stop))
    return out


def _across_group_headings(paras: list[Para], runs: list[tuple[list[int], int]]) -> list[tuple[list[int], int]]:
    """Join two runs of questions standing on their own lines parted only by one title line that asks nothing: a FAQ
    sorted into groups ("Brushing", "Children's teeth") stops a run at each group's heading, but the groups are one
    FAQ, each question over its own answer as before (SPEC: the group headings are the page's layout, no points).

    >>> from pipeline.stages.tips.paras import paragraphs
    >>> ps = paragraphs("Sowing\\n\\nWhen do I sow?\\n\\nIn May.\\n\\nWatering\\n\\nHow often?\\n\\nWeekly.")
    >>> _across_group_headings(ps, [([1], 3), ([4], 6)])
    [([1, 4], 6)]
    >>> ps = paragraphs("When do I sow?\\n\\nIn May.\\n\\nThat is all there is to it, really.\\n\\n"
    ...                 "How often?\\n\\nWeekly.")
    >>> _across_group_headings(ps, [([0], 2), ([3], 5)])  # a paragraph of prose between them is no group heading
    [([0], 2), ([3], 5)]
    """
    out: list[tuple[list[int], int]] = []
    for heads, stop in runs:
        gap = paras[out[-1][1]:heads[0]] if out else []
        if (len(gap) == 1 and is_heading(gap[0]) and not _asks(gap[0]) and not closes_list(gap[0].text)
                and not has_guard(gap[0].text) and _asks(paras[out[-1][0][0]]) and _asks(paras[heads[0]])):
            out[-1] = (out[-1][0] + heads, stop)
        else:
            out.append((heads, stop))
    return out


def question_sections(paras: list[Para], context: Context) -> list[Item]:
    """Points headed by questions ("Where will it live?", "How will you split the bills?"), each answered in the
    paragraph(s) under it or in the rest of its own paragraph: a checklist of questions to ask. A question directly
    after or before another question is part of an answer (a list of sub-questions), not a heading. Questions put
    to a guest about herself, and answered about herself, are an interview (:func:`_interview`), not points."""
    text, config = context.text, context.config
    n = len(paras)
    if sum("?" in p.text for p in paras) < min(config.min_headed_sections, config.min_tips):
        return []  # the cheap test first: this runs on every article nothing else split (two letters may do)
    runs: list[tuple[list[int], int]] = []
    heads: list[int] = []
    answers: dict[int, str] = {}
    signed: set[int] = set()  # the questions over a letter its reader signed

    def standing(run: list[int]) -> bool:  # a run of questions on their own lines (else: opening paragraphs)
        return _asks(paras[run[0]]) or _writes_in(paras[run[0]])

    contents = _contents_entries(paras)

    for i, p in enumerate(paras):
        follows = paras[i + 1] if i + 1 < n else None
        inline = _asked_and_answered(p)
        # a short question heads what follows; a reader's letter ending in a question heads an answer to her
        if ((_asks(p) or _writes_in(p) and follows is not None and _answers_reader(follows))
                and follows is not None and not _asks(follows) and not is_heading(follows)
                and not closes_list(follows.text) and not (i > 0 and _asks(paras[i - 1]) and i - 1 not in contents)):
            heads.append(i)
            answers[i] = follows.text
        elif inline is not None and (heads and not standing(heads) or not heads and follows is not None
                                     and _asked_and_answered(follows) is not None):
            heads.append(i)  # the question opens its own answer paragraph, as the others of the run do
            answers[i] = inline
        elif heads and i == heads[-1] + 2 and reader_signature(p.text) and _writes_in_letter(paras[i - 1]):
            signed.add(heads[-1])  # "Anna, Akureyri" under the letter the question heads: the reader's name
        elif heads and (closes_list(p.text) or has_guard(p.text) or is_heading(p) and not _asks(p)
                        or not standing(heads)):
            runs.append((heads, i))
            heads = []
    if heads:
        runs.append((heads, n))
    runs = _across_group_headings(paras, _across_data_boxes(paras, runs))
    best, stop = max(runs, key=lambda r: len(r[0]), default=([], n))
    # each question over a reader's letter signed with her name: an advice column's letters, two are its points
    letters = len(best) >= config.min_tips and all(h in signed for h in best)
    if len(best) < config.min_headed_sections and not letters or not (best and standing(best)) and not reads_english(
            " ".join(paras[h].text + " " + answers[h] for h in best)):
        return []  # (questions standing on their own lines head sections in any language; run into their answers,
        # only where the words are English)
    signatures = {h + 2 for h in signed}  # a reader's name over the answer heads no section
    statements = sum(is_heading(p) and not _asks(p) and not is_heading(q) and q.marker is None
                     and not CLOSING.match(p.text) and not CHROME_LINE.match(p.text) and k not in signatures
                     for k, (p, q) in enumerate(zip(paras[best[0]:], paras[best[0] + 1:], strict=False),
                                                start=best[0]))
    if statements * 2 >= len(best):
        return []  # sections headed by statements, a few by questions: the questions are no list of their own
    found = _list_items(text, "headed", paras, best, stop)
    # each question answered in a short paragraph, or as many questions as promised: a checklist, not an explainer
    checklist = len(found) == context.promised or all(
        len(it.pieces) <= 2 and not has_words(text[slice(*it.pieces[-1])], CHECKLIST_ANSWER_WORDS + 1) for it in found)
    if _interview([lead_sentence(paras[h].text) for h in best], [answers[h] for h in best], checklist):
        return []
    for item, h in zip(found, best, strict=True):
        item.flags.add("question-headed")
        if _asks(paras[h]) or _writes_in(paras[h]):
            label = QUESTION_LABEL.match(paras[h].text)
            chunk = text[paras[h].start:paras[h].end]
            start = paras[h].start + len(chunk) - len(chunk.lstrip()) + (label.end() if label else 0)
            _head_with_question(text, item, start, paras[h].end)
    found = _advising_questions(found, [_after_label(QUESTION_LABEL, paras[h].text) for h in best])
    return _in_list(found, ("questions", best[0])) if len(found) >= config.min_headed_sections or letters else []


def _label_rest(pattern: re.Pattern[str], para: Para, text: str) -> int | None:
    """Offset where a label's paragraph text starts after the label (end of paragraph when label-only)."""
    chunk = text[para.start:para.end]
    m = pattern.match(chunk.strip())
    if m is None:
        return None
    lead = len(chunk) - len(chunk.lstrip())
    rest = m.group("rest")
    words = rest.strip(" .…:!-–—\n")
    if not words:
        return para.end
    return para.start + lead + m.start("rest") + (len(rest) - len(rest.lstrip(" .…:!-–—\n")))


def situation_response(paras: list[Para], context: Context) -> list[Item]:
    """"When This Happens … / Try This" pairs: the situation and the advice together make one tip."""
    text, taken = context.text, context.taken
    items: list[Item] = []
    i, n = 0, len(paras)
    while i < n:
        if i in taken or _label_rest(SITUATION_LABEL, paras[i], text) is None:
            i += 1
            continue
        j = i + 1
        while j < n and j not in taken and _label_rest(RESPONSE_LABEL, paras[j], text) is None:
            if _label_rest(SITUATION_LABEL, paras[j], text) is not None or paras[j].marker is not None:
                break
            j += 1
        if j >= n or j in taken or _label_rest(RESPONSE_LABEL, paras[j], text) is None:
            i += 1
            continue
        k = j + 1
        while k < n and k not in taken:
            q = paras[k]
            if (q.marker is not None or closes_list(q.text) or has_guard(q.text)
                    or _label_rest(SITUATION_LABEL, q, text) is not None or (is_heading(q) and k > j + 1)):
                break
            k += 1
        group = paras[i:k]
        pieces = _pieces(text, ((q.start, q.end) for q in group))
        after_label = _label_rest(SITUATION_LABEL, paras[i], text) or paras[i].end
        situation = _pieces(text, [(after_label, paras[i].end)] + [(q.start, q.end) for q in paras[i + 1:j]])
        item = Item("headed", pieces, [], {"situation-response"})
        if situation:
            item.headline_span = situation[0]
        items.extend(_in_list([item], ("pair", i)))
        i = k
    return items


def _signs_off(para: Para) -> bool:
    """Tell whether a paragraph ends a reader's tip with its contributor's credit: a credit line of its own
    ("-- Karl J., Phoenix", "Jeff, Bristol") or a credit after the tip's last sentence ("… for weeks. -- Kenneth
    C., Florida")."""
    t = para.text
    if para.marker is not None:
        return False
    if len(t) <= SIGNATURE_MAX_CHARS:
        return CREDIT_LINE.match(t) is not None and not has_words(t, SIGNATURE_MAX_WORDS + 1)
    tail = len(t) - SIGNATURE_MAX_CHARS
    # the cheap test first (a dash near the end): this runs on every paragraph of articles nothing else split
    return any(c in t[tail:] for c in "-–—~") and CREDIT_TAIL.search(t, tail) is not None


CREDIT_ABOVE_MAX_WORDS = 10  # "Harriet Lowe, volunteer at every water station since 2009": a name and who she is
OPEN_QUOTE = "\"“‘«„"  # what a quoted contribution opens with


def _credit_above(para: Para) -> bool:
    """A contributor's credit standing over her quoted words ("Femi Adebayo, first marathon at 52", "Søren Holm,
    club coach"): a line of a name of two to five words, capitalised but for a particle ("de la"), a comma and who
    she is; no sentence end."""
    t = para.text
    if para.marker is not None or t[-1:] in ".!?:;" or has_words(t, CREDIT_ABOVE_MAX_WORDS + 1) or "," not in t:
        return False
    name = t.split(",", 1)[0].split()
    # capitalised words, a particle between them ("Tomás de la Cruz", "Ana van Dijk")
    return 2 <= len(name) <= 5 and name[0][:1].isupper() and name[-1][:1].isupper() and all(
        w[:1].isupper() or w in NAME_PARTICLES for w in name)


def _credited_quotes(text: str, paras: list[Para], minimum: int) -> list[Item]:
    """A roundup's contributions: three or more credit lines (:func:`_credit_above`) each right over a quotation
    ("“Run the first half slower …”"), the quotation running to its closing mark. Each quotation is one tip;
    the credit names who said it and heads nothing (SPEC: a name is no lead)."""
    heads = [k for k in range(len(paras) - 1) if paras[k + 1].text[:1] in OPEN_QUOTE and _credit_above(paras[k])]
    if len(heads) < minimum:
        return _credited_answers(text, paras, minimum)  # the cheap test first: few pages quote under credit lines
    items: list[Item] = []
    for k in heads:
        group = [paras[k + 1]]
        nxt = k + 2
        while group[-1].text.rstrip(".!?…")[-1:] not in "\"”’»" and nxt < len(paras) and nxt not in heads:
            group.append(paras[nxt])  # a quotation of several paragraphs runs to its closing mark
            nxt += 1
        item = _item_from_paras(text, "paragraph", group)
        if item is not None:
            item.flags.add("signed-items")
            items.append(item)
    return _in_list(items, ("credited", heads[0])) if len(items) >= minimum else []


CREDITED_ANSWER_GAP = 2  # a contributor's answer is the paragraph under her credit; a link line may follow it


def _credited_answers(text: str, paras: list[Para], minimum: int) -> list[Item]:
    """The same roundup with its answers unquoted ("Dara Lee, founder of Go Light" / "Stop packing for …"): every
    credit line (:func:`_credit_above`) over one paragraph of prose, the credits a paragraph or two apart (a link
    line such as "Related: …" may stand between two answers). Each answer is one tip, its first sentence the
    headline; the introduction above the first credit is none.

    >>> from pipeline.stages.tips.paras import paragraphs
    >>> t = ("We asked three cooks.\\n\\n" + "\\n\\n".join(f"Ana Ruiz{k}, chef at Dos\\n\\nSalt the water well. It is "
    ...      "the only chance the pasta has to taste of anything at all." for k in "ABC"))
    >>> [t[slice(*it.pieces[0])][:10] for it in _credited_answers(t, paragraphs(t), 3)]
    ['Salt the w', 'Salt the w', 'Salt the w']
    """
    heads = [k for k in range(len(paras) - 1) if _credit_above(paras[k])]
    if len(heads) < minimum or any(b - a - 1 > CREDITED_ANSWER_GAP for a, b in pairwise(heads)):
        return []
    answers = [paras[k + 1] for k in heads]
    if any(p.marker is not None or _credit_above(p) or not has_words(p.text, SIGNED_ITEM_MIN_WORDS)
           or p.text.rstrip()[-1:] not in ".!?…\"”" for p in answers) or not reads_english(
            " ".join(p.text for p in answers)):
        return []
    items = [it for it in (_item_from_paras(text, "paragraph", [p]) for p in answers) if it is not None]
    for it in items:
        it.flags.add("signed-items")
    return _in_list(items, ("credited", heads[0])) if len(items) >= minimum else []


def _bracketed(para: Para) -> bool:
    """A paragraph wholly in brackets ("(Our note: the council collects these on Mondays.)"): an aside set apart
    from the points around it.

    >>> _bracketed(Para(0, 0, "(Note: check the date.)")), _bracketed(Para(0, 0, "(Cheap) jars work. Use two."))
    (True, False)
    """
    t = para.text.rstrip()
    return para.marker is None and t[:1] in "([" and t.rstrip(".")[-1:] in ")]" and t.count("(") == t.count(")") \
        and "(" not in t[1:-2] and "[" not in t[1:-2]


def signed_items(paras: list[Para], context: Context) -> list[Item]:
    """A newsletter's readers' tips: a run of three or more items each closed by its contributor's credit
    (:func:`_signs_off`), on its own line or after the tip's last sentence. Each item runs from the credit before it
    (the first one: as many paragraphs back as most items have) to its own credit; a title line opening an item
    heads it. A credit line directly under another, or an item of pages of prose, is no such run."""
    text, config = context.text, context.config
    quoted = _credited_quotes(text, paras, config.min_paragraph_tips)
    if quoted:
        return quoted
    ends = [i for i, p in enumerate(paras) if _signs_off(p)]
    if len(ends) < config.min_paragraph_tips:
        return []
    runs: list[list[int]] = [[ends[0]]]
    for a, b in zip(ends, ends[1:], strict=False):
        if b - a > SIGNED_ITEM_MAX_PARAS or b - a == 1 and CREDIT_LINE.match(paras[b].text):
            runs.append([b])  # too far apart to be one newsletter's items, or a credit line alone under another
        else:
            runs[-1].append(b)
    run = max(runs, key=len)
    if len(run) < config.min_paragraph_tips:
        return []
    sizes = Counter(b - a for a, b in zip(run, run[1:], strict=False))
    size = max(sizes, key=lambda k: (sizes[k], k))  # the items' usual length in paragraphs, credit included
    start = max(0, run[0] - size + 1)
    while start < run[0] and (paras[start].text.endswith(":") or _signs_off(paras[start])):
        start += 1  # the first item starts after its lead-in
    bounds = [start] + [e + 1 for e in run[:-1]]
    # a note in brackets between two tips ("(Editor's note: …)") is the compiler's aside: the next tip starts after it
    bounds = [next(k for k in range(b, e + 1) if not _bracketed(paras[k])) for b, e in zip(bounds, run, strict=True)]
    groups = [paras[b:e + 1] for b, e in zip(bounds, run, strict=True)]
    if any(len(g) < 2 and CREDIT_LINE.match(g[0].text) for g in groups) or any(
            has_words(" ".join(p.text for p in g), SIGNED_ITEM_MAX_WORDS + 1) for g in groups):
        return []
    said = [" ".join(p.text for p in g if not CREDIT_LINE.match(p.text)) for g in groups]
    if not reads_english(" ".join(said)) or 4 * sum(has_words(t, SIGNED_ITEM_MIN_WORDS) for t in said) < 3 * len(said):
        return []  # one-line quotations each signed by a name (a team page, a page of sayings) are no readers' tips
    items = [it for it in (_item_from_paras(text, "paragraph", g) for g in groups) if it is not None]
    for it in items:
        it.flags.add("signed-items")
    return _in_list(items, ("signed", run[0]))


def _label(text: str, item: Item) -> bool:
    """Tell whether a section's title line is a label ("Learning tips", "Why sleep matters", "Guest post"): four
    words at most and none of a clause's (a subject pronoun, an auxiliary)."""
    words = [w.strip("\"“”‘’'(),:;.!?").lower() for w in text[slice(*item.pieces[0])].split()]
    return len(words) <= 4 and not any(w in SENTENCE_WORDS for w in words)


def _sub_labels(paras: list[Para], headings: list[bool]) -> set[int]:
    """Title lines (``headings``: which paragraphs are) that label a part of a section rather than head one: the
    same short line several times ("Tip:", "Why it works", "Try this" under each section) or a label word and a
    colon ("Note:"); never page chrome. Their paragraphs go on with the section above them.

    >>> ps = [Para(0, 0, t, body=t) for t in ["Keep a bedtime", "Go at ten.", "Tip:", "Set an alarm.", "Dim lights",
    ...                                       "Lamps only.", "Tip:", "Use a timer.", "Note:", "Old advice."]]
    >>> sorted(_sub_labels(ps, [is_heading(p) for p in ps]))
    [2, 6, 8]
    """
    keys = {i: paras[i].text.lower().rstrip(":") for i, heading in enumerate(headings) if heading}
    times = Counter(keys.values())
    return {i for i, key in keys.items()
            if (times[key] >= 2 or paras[i].text.endswith(":") and key.rsplit(None, 1)[-1:] and
                key.rsplit(None, 1)[-1] in LABEL_WORDS)
            and not has_words(key, LABEL_MAX_WORDS + 1) and not CHROME_LINE.match(paras[i].text)}


def _question_line(para: Para) -> bool:
    """A question line of two sentences, a statement and the question ("It drops leaves when I water. Why?"): not
    a title line by its full stop, but a heading among question headings."""
    t = para.text
    return (para.marker is None and t.endswith("?") and len(sentence_starts(t)) == 1
            and not has_words(t, QUESTION_LINE_MAX_WORDS + 1) and not SPEAKER_LABEL.match(t)
            and not CHROME_LINE.match(t))


def _opens_body(paras: list[Para], at: int) -> bool:
    """Tell whether offset ``at`` stands at the body's opening: in its first paragraph, or under nothing but a few
    lines of one sentence at most (a photo's caption and its credit, a kicker) with no paragraph of prose above."""
    if not paras or at < paras[0].end:
        return True
    above = [p for p in paras if p.end <= at]
    return len(above) <= OPENING_LINES_MAX and all(not sentence_starts(p.text) and "\n" not in p.text.strip()
                                                   for p in above)


def _subtitle_over_intro(text: str, item: Item, paras: list[Para]) -> bool:
    """Tell whether the body's first section is its subtitle over the introduction (a blog platform keeps the dek
    under the title: "A freelancer's filing system that survives tax season"; a reposted explainer the writer's
    "Name, University" under the photo's caption): it opens the body (:func:`_opens_body`), none of its
    paragraphs advises, and they are the writer's own ("For three years my tax return …") or announce the rest
    ("This is the system that ended it."). A point stated as a clause and explained in general terms ("The starter
    is slower than the recipe says" – "Recipes assume a warm kitchen …") is none."""
    if not _opens_body(paras, item.pieces[0][0]) or len(item.pieces) < 2:
        return False
    said = [normalise(text[s:e]) for s, e in item.pieces[1:]]
    if any(gives_advice(t) for t in said):
        return False
    last = said[-1]
    starts = sentence_starts(last)
    return any(FIRST_PERSON.search(t) for t in said) or bool(INTRO_ANNOUNCES.match(last[starts[-1] if starts else 0:]))


def _hook_over_points(text: str, items: list[Item]) -> bool:
    """Tell whether the first section is the introduction's hook: a question standing as its heading ("The good
    news?", "So what actually works?") over text that ends by announcing the points ahead ("These are the ones that
    help most.": :func:`_points_ahead`), where every other section is headed by a statement. The writer asks to lead
    into the list, not to head a point of it.

    >>> t = "The upside?\\nMost of it is easy. Here are the habits that help.\\nOpen the window\\nAir it daily."
    >>> a, b = t.index("Most"), t.index("Open")
    >>> hook, point = Item("headed", [(0, a - 1), (a, b - 1)]), Item("headed", [(b, b + 15), (b + 16, len(t))])
    >>> _hook_over_points(t, [hook, point]), _hook_over_points(t, [point, hook])
    (True, False)
    """
    first = items[0]
    if (len(first.pieces) < 2 or text[first.pieces[0][1] - 1] != "?"
            or any(text[it.pieces[0][1] - 1] == "?" for it in items[1:])):
        return False
    start, end = first.pieces[-1]
    return _points_ahead(Para(start, end, normalise(text[start:end])))


def _may_point_ahead(text: str) -> bool:
    """An exact gate for :data:`POINTS_AHEAD`: every branch of it holds "these", "here", "follow", "order" or "few".

    >>> _may_point_ahead("Here is how."), _may_point_ahead("It rained all week.")
    (True, False)
    """
    if not gatable(text):
        return True
    lowered = text.lower()  # written out, the substring tests beat any() over POINTS_AHEAD_WORDS
    return ("these" in lowered or "here" in lowered or "follow" in lowered or "order" in lowered
            or "few" in lowered)


def _points_ahead(para: Para) -> bool:
    """Tell whether a paragraph of prose ends by pointing at what follows, without a colon ("… and these are the
    lines I read first.", "Here is how I set mine up each spring.", "… one of these is usually the cause."): under
    it, parallel sections or lines are the points it announces, advice or not.

    >>> _points_ahead(Para(0, 0, "Haze has causes. If yours looks like soup, one of these is usually the cause."))
    True
    >>> _points_ahead(Para(0, 0, "These storms come every May. We sat in the cellar.")), _points_ahead(
    ...     Para(0, 0, "Here is how:"))
    (False, False)
    """
    if not _may_point_ahead(para.text) or not _prose(para) or para.text.endswith(":"):
        return False  # the cheap test first; a colon lead-in is lead_in_lists' own
    starts = sentence_starts(para.text)
    return bool(POINTS_AHEAD.search(para.text, starts[-1] if starts else 0))


def _introduced(text: str, paras: list[Para], item: Item) -> bool:
    """Tell whether a section comes after the article's introduction, a paragraph of prose above it, and its title
    asks nothing (no question mark, no question word) and names no part of an article ("Why sleep matters" explains,
    "Background" and "The basics" set the scene, whatever stands above them): a short title there heads the first
    point, not the introduction, which has already been given ("When I added up my debts I felt sick. …" then
    "Smallest balance first")."""
    at = item.pieces[0][0]
    words = {w.strip("\"“”‘’'(),:;.!?").lower() for w in text[at:item.pieces[0][1]].split()}
    return (text[item.pieces[0][1] - 1] != "?" and not words & WH_WORDS and not words & LABEL_WORDS
            and not words & PART_LABELS
            and any(p.end <= at and _prose(p) and has_words(p.text, INTRO_MIN_WORDS) for p in paras))


def _closing_section(text: str, item: Item) -> bool:
    """Tell whether the last section is the conclusion under a label of its own ("Wrapping up", "In short",
    "The upshot"): its title is a label that advises nothing (:func:`_label`), and its text opens without advice and
    points back at the sections ("None of these steps needs …", "With these in place …"). The labels a page puts
    over its introduction are handled the same way at the head (``headed_sections``); a last step's text advises.

    >>> t = "Wrapping up\\nNone of these steps needs new staff. Start this week."
    >>> _closing_section(t, Item("headed", [(0, 11), (12, len(t))]))
    True
    >>> t = "Final step\\nPut all these tools back on their hooks."
    >>> _closing_section(t, Item("headed", [(0, 10), (11, len(t))]))
    False
    """
    if len(item.pieces) < 2 or not _label(text, item) or is_advice(text[slice(*item.pieces[0])]):
        return False
    body = normalise(text[slice(*item.pieces[1])])
    return not gives_advice(lead_sentence(body)) and closes_list(body)


def _writers_card(text: str, items: list[Item]) -> bool:
    """Tell whether the last section is the writer's profile card under the points, not a point: its heading is a
    person's name and the text under it advises nothing ("Jo Marsh" – "Knitting through long winters. Editor by
    day."), where half the sections above it or more are headed by advice. A platform prints the card under the
    post ("Written by", the name, a one-line bio that need not repeat the name, so no bio test sees it: seen on
    holdout27's saved post on a makers' platform; narrow, a name and no advice).

    >>> t = "Soak the wool\\nUse cool water.\\nDry it flat\\nOn a towel.\\nJo Marsh\\nKnits through long winters."
    >>> a, b, c = t.index("Soak"), t.index("Dry"), t.index("Jo")
    >>> items = [Item("headed", [(a, a + 13), (a + 14, b - 1)]), Item("headed", [(b, b + 11), (b + 12, c - 1)]),
    ...          Item("headed", [(c, c + 8), (c + 9, len(t))])]
    >>> _writers_card(t, items), _writers_card(t, items[:2])
    (True, False)
    """
    *points, last = items
    heading = heading_words(text[slice(*last.pieces[0])])
    if len(last.pieces) < 2 or not is_person_name(heading) or is_advice(heading):
        return False
    body = normalise(text[slice(*last.pieces[1])])
    return (not gives_advice(lead_sentence(body))
            and 2 * sum(is_advice(heading_words(text[slice(*it.pieces[0])])) for it in points) >= len(points))


MASTHEAD_REACH = 3  # the dek, the byline and the date line stand right under the title


def _masthead_section(paras: list[Para], item: Item) -> bool:
    """Tell whether a section is the page's masthead read as one: its heading is the article's title and a byline
    ("by Ana Ruiz, The Valley Post") stands among the first few lines under it, before the introduction (it may end
    the section, as a title line). A point is not signed under its heading (a reader's tip signs off at its end:
    :func:`signed_items`).

    >>> from pipeline.stages.tips.paras import paragraphs
    >>> t = ("How to keep bread fresh\\n\\nA cheap habit\\n\\nby Jo Marsh, Daily Loaf\\n\\n"
    ...      "Bread goes stale in the fridge.")
    >>> _masthead_section(paragraphs(t), Item("headed", [(0, 23), (25, 38)]))
    True
    >>> t = "Keep bread in a tin\\n\\nBread goes stale in the fridge, by the way.\\n\\nUse the crusts."
    >>> _masthead_section(paragraphs(t), Item("headed", [(0, 19), (21, 63)]))
    False
    """
    under = [p for p in paras if p.start > item.pieces[0][0]][:MASTHEAD_REACH]
    return any(line.strip() and is_byline(line) for p in under for line in p.text.split("\n"))


def headed_sections(paras: list[Para], context: Context) -> list[Item]:
    text, config, promised = context.text, context.config, context.promised
    headings = [is_heading(p) for p in paras]
    asking = sum(h and p.text.endswith("?") for h, p in zip(headings, paras, strict=True))
    if asking >= 2:  # among question headings a two-sentence question line heads its answer too, whole
        headings = [h or _question_line(p) for h, p in zip(headings, paras, strict=True)]
    labels = _sub_labels(paras, headings)
    # a comment's head under the post ("Owen says: May 4, 2022 at 7:02 am") heads no section; it ends the last one
    # (the last of three short title lines or more in a row heads nothing: a table's column labels read as lines,
    # "Account", "APY", "Min. deposit", over the table's fine print; a slide's counter, "2 / 9", is no label)
    heads = [i for i, p in enumerate(paras)
             if headings[i] and i not in labels and i + 1 < len(paras) and not headings[i + 1]
             and not (i >= COLUMN_LABELS_MIN - 1 and all(headings[i - COLUMN_LABELS_MIN + 1:i])
                      and not any(has_words(q.text, COLUMN_LABEL_MAX_WORDS + 1) or any(c.isdigit() for c in q.text)
                                  for q in paras[i - COLUMN_LABELS_MIN + 1:i + 1]))
             and not SEEK_HELP_CUE.match(p.text)  # "When to see a GP": the aside SPEC sets apart, no point
             and p.start - 1 not in context.cell_ends  # a table's last cell (copied as text, tabs between cells)
             and paras[i + 1].marker is None and not CLOSING.match(p.text) and not CHROME_LINE.match(p.text)
             and not HEADER_LINE.search(p.text) and not comment_head(p.text) and not page_furniture(p)
             and not names_in_bio(p.text, paras[i + 1].text)]  # an author box under the article heads no section
    if not reads_english(" ".join(paras[h].text + " " + paras[h + 1].text for h in heads)):
        # half the sections must read as advice, and advice is read with English cue words; in another language,
        # as many sections as the title or the introduction promises ("Sex råd …" over six headings) are its points
        # (a heading over the introduction, the page's category, heads no section)
        opening = next((i for i, p in enumerate(paras) if not headings[i] and has_words(p.text, 4)), 0)
        heads = [h for h in heads if h > opening]
        if context.promised_abroad != len(heads):
            return []
        promised = context.promised_abroad
    asked = sum(paras[h].text.endswith("?") and bool(SECOND_PERSON.search(paras[h].text)) for h in heads)
    if len(heads) < config.min_headed_sections or asked * 2 >= len(heads):
        return []  # an interview's questions to its guest ("How did you start?") as titles; "How do I …?" is advice
    items: list[Item] = []
    for k, h in enumerate(heads):
        end = heads[k + 1] if k + 1 < len(heads) else len(paras)
        group = [paras[h]]
        for j, p in enumerate(paras[h + 1:end], start=h + 1):
            # the paragraph right under a title is its section's text, even when it opens as a close might ("Get
            # it in writing" – "Whatever you agree, make sure …"): a conclusion follows a section, never heads one;
            # a call to click or subscribe is the page's, wherever it stands
            if (closes_list(p.text) and (j > h + 1 or PROMOTION.match(p.text)) or has_guard(p.text)
                    or headings[j] and j not in labels):
                break
            group.append(p)
        if len(group) < 2 or _row_of_parts(group[1]):
            continue  # a title over nothing, or over a shop's row of prices ("Lagging from £1.49 | Tap covers …")
        pieces = _pieces(text, ((q.start, q.end) for q in group))
        items.append(Item("headed", pieces, [], set(), headline_span=pieces[0],
                          whole_headline=not is_heading(paras[h])))
    # a heading reads as advice by its words, without a text export's markup ("## Keep the lid on")
    advises = [is_advice(heading_words(text[it.pieces[0][0]:it.pieces[0][1]]))
               or is_advice(text[it.pieces[1][0]:it.pieces[1][1]]) for it in items]
    if len(items) == promised and not any(text[it.pieces[0][1] - 1] == "?" for it in items):
        # as many sections as the title promises ("Four Signs …"): they are its points, advice or not (sections
        # headed by questions are question_sections', which tells an interview from a checklist)
        return items
    sizes = sorted(len(text[s:e].split()) for it in items[1:] for s, e in it.pieces[:1])
    if len(items) > config.min_headed_sections and sizes:
        first = len(text[items[0].pieces[0][0]:items[0].pieces[0][1]].split())
        # the article's title above its first section, not a section of it: twice as long as the other headings,
        # and not an advice line as most of them are ("Check the stores before you open the hive on a cold day")
        heads_advise = sum(is_advice(text[slice(*it.pieces[0])]) for it in items[1:])
        # nor a question among question headings: a FAQ's first question may be its longest
        heads_ask = sum(text[it.pieces[0][1] - 1] == "?" for it in items[1:])
        if (first >= 5 and first >= 2 * sizes[len(sizes) // 2]
                and not (is_advice(text[slice(*items[0].pieces[0])]) and 2 * heads_advise >= len(items) - 1)
                and not (text[items[0].pieces[0][1] - 1] == "?" and 2 * heads_ask >= len(items) - 1)):
            items, advises = items[1:], advises[1:]
    if len(items) > config.min_headed_sections and _masthead_section(paras, items[0]):
        items, advises = items[1:], advises[1:]  # the title over the dek and the byline: the page's head, no point
    first = 0
    while first < len(items) and not advises[first] and (
            _label(text, items[first]) or first == 0 and (_subtitle_over_intro(text, items[0], paras)
                                                          or _hook_over_points(text, items))):
        first += 1
    if first == 1 and _introduced(text, paras, items[0]) and not _opens_body(paras, items[0].pieces[0][0]):
        first = 0  # one short title after the introduction ("Smallest balance first"): the first point, stated short
    if (first and len(items) - first >= config.min_headed_sections
            and sum(advises[first:]) >= PARAGRAPH_ADVICE_SHARE * (len(items) - first)):
        # "Learning tips" over the introduction, or "Why sleep matters" and "Common problems" essay sections,
        # then (mostly) advice sections: the sections labelled before the advice are the introduction (a
        # first point stated as a clause, "The starter is slower than the recipe says", stays a point)
        items, advises = items[first:], advises[first:]
    while len(items) > config.min_headed_sections and SOURCES_CUE.match(text[slice(*items[-1].pieces[0])]):
        items, advises = items[:-1], advises[:-1]  # the page's sources under its sections: end matter, no section
    while len(items) > config.min_headed_sections and _closing_section(text, items[-1]):
        items, advises = items[:-1], advises[:-1]
    while len(items) > config.min_headed_sections and _writers_card(text, items):
        items, advises = items[:-1], advises[:-1]
    kept = _before_a_trailing_faq(text, items, config.min_headed_sections)
    items, advises = items[:kept], advises[:kept]
    if (len(items) > config.min_headed_sections and _capitals(text[slice(*items[0].pieces[0])])
            and not any(_capitals(text[slice(*it.pieces[0])]) for it in items[1:])):
        items, advises = items[1:], advises[1:]  # a kicker in capitals over the dek ("SLEEP & HEALTH"), not a point:
        # one article's sections are headed alike
    if len(items) < config.min_headed_sections:
        return []
    # sections that explain rather than advise ("Chill haze", "Cloud base") are points when the introduction right
    # above them announces them ("… one of these is usually the cause."); questions are question_sections'
    announced = (0 < heads[0] and _points_ahead(paras[heads[0] - 1])
                 and not any(text[it.pieces[0][1] - 1] == "?" for it in items))
    if not announced and sum(advises) < 0.5 * len(items):
        return []
    questions = [text[slice(*it.pieces[0])] for it in items]
    if all(q.rstrip().endswith("?") for q in questions):
        # a FAQ whose questions head its sections: the questions about the publisher's own service are no points
        # (SPEC round 23 (n)), as in the FAQs the other detectors read
        return _advising_questions(items, questions)
    return items


COLUMN_LABELS_MIN = 3  # short title lines in a row: a table's header row, not a section's title
COLUMN_LABEL_MAX_WORDS = 2  # "Account", "APY", "Min. deposit": a column's label is a word or two
FAQ_HEADING_MAX_CHARS = 60  # a heading, not a sentence that names the FAQ
FAQ_MIN_QUESTIONS = 2  # questions heading the last sections after statements: a FAQ block, not more points


def _before_a_trailing_faq(text: str, items: list[Item], least: int) -> int:
    """How many sections to keep when the last ones are a FAQ after the points: a run of
    :data:`FAQ_MIN_QUESTIONS` or more sections headed by questions, after ``least`` or more headed by statements
    and none by a question (SPEC: an FAQ section after an article's points is not more tips)."""
    asks = [text[it.pieces[0][1] - 1] == "?" for it in items]
    kept = len(items)
    while kept and asks[kept - 1]:
        kept -= 1
    if len(items) - kept >= FAQ_MIN_QUESTIONS and kept >= least and not any(asks[:kept]):
        return kept
    return len(items)


def _capitals(heading: str) -> bool:
    """A heading set in capitals ("SLEEP & FATIGUE"): two capitals at least and no letter in lower case (a script
    without case, "睡眠", has neither).

    >>> _capitals("SLEEP & FATIGUE"), _capitals("Sleep well"), _capitals("A"), _capitals("睡眠と疲労")
    (True, False, False, False)
    """
    letters = [c for c in heading if c.isalpha()]
    return sum(c.isupper() for c in letters) >= 2 and not any(c.islower() for c in letters)


TABLE_MIN_COLUMNS, TABLE_MAX_COLUMNS = 3, 5  # two columns are a heading and its text: headed_sections' shape
TABLE_LABEL_MAX_WORDS = 5  # a column's label: "What you see", "Usual cause", "What to do next time"
TABLE_ROW_HEAD_MAX_WORDS = 16  # a row's heading cell: the symptom, the thing or the Do, a line, not a sentence of prose


def _cell_label(para: Para, words: int) -> bool:
    """A line that may be a table's cell heading a column or a row: no marker, no sentence end, a few words; or a
    swap table's "Instead of…", whose ellipsis runs on into the row's cell.

    >>> _cell_label(Para(0, 0, "Instead of…"), 5), _cell_label(Para(0, 0, "Wait for it…"), 5)
    (True, False)
    """
    t = para.text
    if t[-1:] == "…" or t.endswith("..."):
        return para.marker is None and SWAP_FROM_COLUMN.match(t) is not None
    return para.marker is None and t[-1:] not in ".!?:;…" and not has_words(t, words + 1) and "\n" not in t


def _point_column(header: list[Para]) -> int:
    """The column whose cells head a table's rows: the first, unless the first names what to stop or avoid
    ("Instead of…", "Don't") and another names what to do ("Try this", "Do"): then that one (SPEC: a do/don't row
    is headed by its Do cell).

    >>> cells = [Para(0, 0, t) for t in ("Instead of…", "Try this", "Typical saving")]
    >>> _point_column(cells), _point_column(cells[1:]), _point_column([Para(0, 0, "Don't"), Para(0, 0, "Do")])
    (1, 0, 1)
    """
    if not header or not (SWAP_FROM_COLUMN.match(header[0].text) or DONT_COLUMN.match(header[0].text)):
        return 0
    return next((k for k, cell in enumerate(header[1:], 1)
                 if DO_COLUMN.match(cell.text) or RESPONSE_LABEL.match(cell.text)), 0)


def _table_body(paras: list[Para], start: int, width: int) -> list[list[Para]]:
    """The rows of ``width`` cells from ``start`` on, each opening with a heading cell of a line."""
    rows: list[list[Para]] = []
    k = start
    while k + width <= len(paras) and _cell_label(paras[k], TABLE_ROW_HEAD_MAX_WORDS) and all(
            p.marker is None for p in paras[k + 1:k + width]):
        rows.append(paras[k:k + width])
        k += width
    return rows


SENTENCE_TABLE_MIN_ROWS = 3  # a What / Why / How table read from its cells alone: three rows that each open advising


def _sentences_after_head(row: list[Para]) -> bool:
    """A row whose cells after its heading cell are sentences (a What / Why / How table's Why and How)."""
    return all(p.text[-1:] in ".!?" for p in row[1:])


def _tab_rows_advise(rows: list[list[Para]], cell_ends: frozenset[int]) -> bool:
    """A table copied as text whose every row's cells were parted by tabs on one line (``cell_ends``), most of its
    first cells advising: a do/don't table of two columns, one tip a row headed by its Do (SPEC). The tabs say it is
    a table, so two columns are no title line over its paragraph."""
    return (bool(cell_ends) and all(p.end in cell_ends for row in rows for p in row[:-1])
            and 2 * sum(is_advice(row[0].text) for row in rows) > len(rows))


def _do_dont_header(header: list[Para]) -> bool:
    """A header of two cells naming a do/don't table's columns, the Do first ("DO" / "DON'T", "Do this" / "Not
    this"): the page says it is a table, as tabs between cells do.

    >>> do, dont = Para(0, 0, "DO"), Para(0, 0, "DON'T")
    >>> _do_dont_header([do, dont]), _do_dont_header([dont, do])
    (True, False)
    """
    return (len(header) == 2 and DO_COLUMN.match(header[0].text) is not None
            and DONT_COLUMN.match(header[1].text) is not None)


def _two_column_rows_advise(rows: list[list[Para]], header: list[Para], cell_ends: frozenset[int]) -> bool:
    """A table of two columns read as a table, not a title line over its text: its cells parted by tabs
    (:func:`_tab_rows_advise`), or its header naming a Do and a Don't column with most first cells advising (one
    tip a row headed by its Do: SPEC)."""
    if _tab_rows_advise(rows, cell_ends):
        return True
    return _do_dont_header(header) and 2 * sum(is_advice(row[0].text) for row in rows) > len(rows)


def _advising_table(rows: list[list[Para]]) -> bool:
    """Tell whether a table's rows advise: most rows' last cell does (a fault-finding table's fixes), or, in a table
    of three columns or more whose cells are all lines but the last (a do/don't table: "Do" / "Don't" / "Why it
    matters"), most rows' first cell does: the Do heads its row. Two columns whose first advises are as often a
    title line and its paragraph, and cells that are sentences are prose read as a table."""
    if 2 * sum(is_advice(row[-1].text) for row in rows) > len(rows):
        return True
    if len(rows[0]) < 3 or 2 * sum(is_advice(row[0].text) for row in rows) <= len(rows):
        return False
    # a do/don't table's cells are all lines but the last; a What / Why / How table's rows open with the thing to do
    # in a line, every later cell a sentence (SPEC: one tip a row, headed by its What)
    return all(_cell_label(p, TABLE_ROW_HEAD_MAX_WORDS) for row in rows for p in row[:-1]) or _sentence_table(rows)


def _sentence_table(rows: list[list[Para]]) -> bool:
    """A What / Why / How table: three rows or more of three cells or more, each opening with the thing to do in a
    line (most of them advising), every later cell a sentence (SPEC: one tip a row, headed by its What)."""
    return (len(rows) >= SENTENCE_TABLE_MIN_ROWS and len(rows[0]) >= 3 and all(map(_sentences_after_head, rows))
            and 2 * sum(is_advice(row[0].text) for row in rows) > len(rows))


def table_rows(paras: list[Para], context: Context) -> list[Item]:
    """The rows of a table that the reader flattened to one cell a paragraph ("What you see" / "Usual cause" / "What
    to do next time", then "The top caved in" / "Too much yeast …" / "Cut the yeast by a quarter …" …): a header of
    three to five column labels, then rows of as many cells, each row opening with a heading cell of a line. Each
    row is one tip headed by its first cell (the symptom, the thing), as long as most rows' last cell advises (a
    fault-finding table's fixes; a table of prices or dates gives no advice). A first row whose heading cell is as
    short as a label reads as one more label: the header is then one cell narrower."""
    text, config = context.text, context.config
    i = 0
    while i < len(paras):
        if not _cell_label(paras[i], TABLE_LABEL_MAX_WORDS):
            i += 1  # the cheap test first: this runs on every article nothing else split
            continue
        labels = 1
        while i + labels < len(paras) and _cell_label(paras[i + labels], TABLE_LABEL_MAX_WORDS):
            labels += 1
        # the header is the run of labels, or all but its last (a first row's heading as short as a label), or all
        # but its first (a heading over the table: "The table" above "Do" / "Don't" / "Why it matters"); of the
        # readings that advise, the one that reads the most rows is the table's
        best: list[list[Para]] = []
        point = 0  # the column heading each row (_point_column)
        for width, body in ((labels, i + labels), (labels - 1, i + labels - 1), (labels - 1, i + labels)):
            header = paras[body - width:body]
            # (two columns where the tabs of a table copied as text part them, or a Do / Don't header names them:
            # no heading over its text)
            two = bool(context.cell_ends) or _do_dont_header(header)
            if not (TABLE_MIN_COLUMNS - (1 if two else 0)) <= width <= TABLE_MAX_COLUMNS:
                continue
            rows = _table_body(paras, body, width)
            column = _point_column(header)
            if len(rows) > max(len(best), config.min_tips - 1) and (
                    _two_column_rows_advise(rows, header, context.cell_ends) if width < TABLE_MIN_COLUMNS
                    else _advising_table(rows) or column > 0 and 2 * sum(
                        is_advice(row[column].text) for row in rows) > len(rows)):
                best, point = rows, column  # (a swap table advises in its "Try this" column)
            # ... or a What / Why / How table's rows while every cell after the first is a sentence (a next table's
            # header ends them)
            rows = list(takewhile(_sentences_after_head, rows))
            if len(rows) > len(best) and _sentence_table(rows):
                best, point = rows, 0
        if best:
            items = []
            for row in best:
                pieces = _pieces(text, ((p.start, p.end) for p in row))
                items.append(Item("headed", pieces, [], {"table-row"}, headline_span=pieces[point],
                                  whole_headline=True))
            return _in_list(items, ("table", i))
        i += labels
    return []


def _row_of_parts(para: Para) -> bool:
    """A line of three parts or more set apart by bars or dots, as a shop block, a share row or a menu prints them
    ("Pipe lagging from £1.49 | Tap covers from £3.99 | Valves from £8.50"): the page's, never a point's text.

    >>> _row_of_parts(Para(0, 0, "Lagging £1.49 | Covers £3.99 | Valves £8.50")), _row_of_parts(Para(0, 0, "A | B"))
    (True, False)
    """
    return para.text.count("|") + para.text.count("·") >= 2 and len(ROW_SEPARATOR.findall(para.text)) >= 2


# What a paragraph of running text ends with: a sentence's end in any script (the full stops of scripts that write
# their own, "।", "။", "።", "。"), or a colon announcing what follows
PROSE_ENDS = f"{SENTENCE_ENDS}:{SCRIPT_FULL_STOPS}"


def _prose(para: Para) -> bool:
    """A paragraph of running text: sentences (it ends like one, in its script's own full stop too), no list
    marker, not a title line."""
    t = para.text
    return (para.marker is None and has_words(t, 3) and not is_heading(para)
            and (t[-1:] in PROSE_ENDS or t[-1:] in "\"”’')" and t[-2:-1] in SENTENCE_ENDS))


def _question(para: Para) -> bool:
    """A paragraph that is one question ("What would you tell someone starting out?")."""
    return para.text.endswith("?") and not sentence_starts(para.text)


def _opening(text: str) -> str:
    """What parallel points share: their first two words, or a present-tense "I …"/"We …" ("I keep …",
    "I finish …"; a story's "I was …", "I went …" are not points).

    >>> _opening("I am saying no."), _opening("I keep the first hour."), _opening("I walked home.")
    ('i am', 'i …', 'i walked')
    """
    words = text.lower().split()[:2]
    if len(words) == 2 and words[0] in ("i", "we") and words[1].isalpha() and not words[1].endswith("ed") \
            and words[1] not in PAST_TENSE and words[1] not in ("am", "are"):
        return words[0] + " …"
    return " ".join(words)


def _prose_after(block: list[Para], end: int) -> int:
    """How many paragraphs of running prose follow the points: short lines after the conclusion (readers'
    comments, "Want to write for us?") are the page's, and do not make the article an essay."""
    return sum(has_words(p.text, SHORT_TAIL_WORDS + 1) for p in block[end:])


def _announces(text: str) -> bool:
    """Tell whether an introduction ends by announcing what follows, in a short sentence ("These did.", "This is
    the system that ended it.", "Here's what works.").

    >>> _announces("I tried every trick. Most did nothing. These did."), _announces("This is hard. I gave up.")
    (True, False)
    """
    starts = sentence_starts(text)
    last = text[starts[-1] if starts else 0:]
    return bool(INTRO_ANNOUNCES.match(last)) and not has_words(last, ANNOUNCE_MAX_WORDS + 1)


def _announces_ahead(text: str) -> bool:
    """Tell whether an introduction's last sentence announces what follows ("This is what a year taught me …",
    "Here is what worked.", "… one of these is usually the cause."), however long.

    >>> _announces_ahead("I left the office. This is what a year alone taught me, roughly in order.")
    True
    >>> _announces_ahead("I left the office. It rained all year.")
    False
    """
    if INTRO_ANNOUNCES.search(text) is None and not _may_point_ahead(text):
        return False  # the cheap test first: this runs on the first paragraph of every block
    starts = sentence_starts(text)
    last = text[starts[-1] if starts else 0:]
    return bool(INTRO_ANNOUNCES.match(last) or POINTS_AHEAD.search(last))


def _lesson(text: str) -> bool:
    """A paragraph opening with a short lesson in the present tense, then its explanation ("Loneliness arrives on
    Thursdays. By Thursday …"); a story's short opening tells what happened ("We left at dawn. …").

    >>> _lesson("Loneliness arrives on Thursdays. By then I had spoken to nobody.")
    True
    >>> _lesson("We left at dawn. It rained."), _lesson("We walked home. It rained.")
    (False, False)
    """
    if not lead_shape(text):
        return False
    words = [w.strip("\"“”‘’'(),:;.!?").lower() for w in lead_sentence(text).split()]
    # a verb in the past: a known one anywhere, or a regular one right after its subject ("We walked home.")
    return not any(w in PAST_TENSE for w in words) and not (len(words) > 1 and words[1].endswith("ed"))


def _plain_statement(para: Para) -> bool:
    """A paragraph that is one short sentence stating a general rule about a thing ("A ring around the moon means
    high cloud.", "Swallows flying low point to damp air."): a noun phrase for its subject (no pronoun, no "I"),
    no quotation, no past tense, no reporting verb, and no advice (a recipe's method steps are points already).
    A list of signs, rules or sayings whose glyphs were lost is a run of such lines; a story's or a news report's
    short paragraphs tell what happened or who said what, a log's entries open with their date."""
    t = para.text
    # the cheap tests first (a line's length before its sentences): this runs on every paragraph of the blocks
    if (para.marker is not None or t[-1:] != "." or has_words(t, STATEMENT_MAX_WORDS + 1)
            or not has_words(t, STATEMENT_MIN_WORDS) or any(q in t for q in "\"“”«»") or sentence_starts(t)
            or YEAR_OR_DATE.match(t)):
        return False
    words = [w.strip("\"“”‘’'(),:;.").lower() for w in t.split()]
    return ((words[0] not in NOT_VERBS or words[0] in ("a", "an", "the")) and not FIRST_PERSON.search(t)
            and not any(w in PAST_TENSE or w in REPORTING_WORDS for w in words) and not is_advice(t))


def _statement_runs(block: list[Para], size: int) -> set[int]:
    """The starts of paragraphs in runs of ``size`` or more plain statements in a row (:func:`_plain_statement`):
    the points of a list of signs or rules, each a line, whatever their verb."""
    found: set[int] = set()
    run: list[Para] = []
    for p in [*block, None]:
        if p is not None and _plain_statement(p):
            run.append(p)
            continue
        if len(run) >= size:
            found.update(q.start for q in run)
        run = []
    return found


def _only_promises(sentence: str) -> bool:
    """Whether a paragraph's first sentence promises the reader an outcome and gives no instruction of its own: the
    reader's future alone, or an instruction that sums the points up before "and you will …".

    >>> _only_promises("Get these three right and you may be picking beans by June.")
    True
    >>> _only_promises("Whatever the weather, you will have a crop by June.")
    True
    >>> _only_promises("Harvest from the top and you will soon have twice the leaves.")
    False
    >>> _only_promises("Water the beans at dusk.")
    False
    """
    found = OUTCOME_PROMISED.search(sentence)
    if found is None:
        return False
    return found.group("after_instruction") is None or bool(SUMS_UP_THE_POINTS.search(sentence, 0, found.start()))


def _bold_led(block: list[Para], leads: frozenset[str]) -> set[int]:
    """The starts of the paragraphs that open with one of an HTML page's bold leads."""
    return {p.start for p in block if leads and any(p.text.startswith(lead) for lead in leads)}


def _own_words(para: Para) -> bool:
    """A paragraph opening with a person's name, a colon and her words in the first person ("Sami Rantanen: I shop
    with a list …"): a reader's tip as a newsletter prints it, not an interviewer's "Q:".

    >>> _own_words(Para(0, 0, "Sami Rantanen: I shop with a list.")), _own_words(Para(0, 0, "Q: I shop. Why?"))
    (True, False)
    """
    m = SPEAKER_LABEL.match(para.text)
    if m is None or m.group("who") in ("Q", "A"):
        return False
    rest = para.text[m.end() - 1:].split(None, 1)
    return bool(rest) and rest[0] in SPOKEN_OPENERS


LED_RUN = 3  # paragraphs under the first that each open with a lead and a colon: the points' layout


def _colon_led(text: str) -> bool:
    """Whether a paragraph opens with a short lead and a colon ("Keep one ritual: a Saturday breakfast …")."""
    lead = lead_sentence(text)
    return colon_lead(lead, alone=False) != lead


LED_EXPLANATION_MIN_WORDS = 4  # "Start small: ten pots are enough"; "Referee: Ana Ruiz Mena" is a field, not a point
LED_EXPLANATION_MIN_CHARS = 10  # ... in a script written without spaces


def _explained_lead(text: str) -> bool:
    """Whether a paragraph opens with a short lead and a colon (:func:`_colon_led`) and goes on to explain its lead,
    as a point does, rather than fill a field with a name or a figure ("Central: Ana Ruiz Mena", "Estadio:
    Nacional", "Hora: 8:00pm" in a match report's box).

    >>> _explained_lead("Start small: ten pots are enough for a first summer.")
    True
    >>> _explained_lead("Referee: Ana Ruiz Mena"), _explained_lead("Start small and keep going.")
    (False, False)
    """
    sentence = lead_sentence(text)
    lead = colon_lead(sentence, alone=False)
    if lead == sentence:
        return False  # no lead before a colon (what _colon_led asks, its lead kept for the rest)
    rest = text[len(lead):].lstrip(" :：")
    return (len(rest.split()) >= LED_EXPLANATION_MIN_WORDS
            or " " not in rest.strip() and len(rest.strip()) >= LED_EXPLANATION_MIN_CHARS)


def _over_led_points(block: list[Para]) -> bool:
    """Whether the block's first paragraph stands over points that each open with a lead and a colon, without
    one of its own: the introduction, however it advises ("A few changes on your side can open the door again.").

    >>> ps = [Para(0, 0, t) for t in ("Teenagers go quiet. A few changes help.", "Drive together: it is easier.",
    ...                                "Listen longer: stay quiet.", "Keep a ritual: Saturday breakfast.")]
    >>> _over_led_points(ps), _over_led_points(ps[1:])
    (True, False)
    """
    return (len(block) > LED_RUN and not _colon_led(block[0].text)
            and all(_colon_led(p.text) for p in block[1:1 + LED_RUN]))


# A sentence stating what something is, its subject a word or two before the verb ("Packing is the part you control.",
# "Good sleep is mostly habit."): a statement, never an imperative (a point opens "Pack …", "Sleep …")
COPULA_STATEMENT = re.compile(r"^[A-Z][\w'’-]*(?:\s+[\w'’-]+)?\s+(?:is|are)\s", re.UNICODE)


def _point_block(block: list[Para], config: TipsConfig, bold: frozenset[str] = frozenset()) -> list[Para]:
    """The point paragraphs of one block of running text, or ``[]`` when it is not one point per paragraph.

    A point paragraph gives advice in its first two sentences ("Keep …", "Daylight is … Open the curtains"),
    opens with a short lead sentence followed by more ("A paper map. Phones run out …"), or opens as at least
    two other paragraphs of the block do ("I am saying no …", "I am buying …"), never with a lead sentence
    another paragraph repeats. The first paragraph introduces
    unless it already advises; trailing paragraphs that close, make no point, or (after points of lead and
    explanation) are one sentence conclude. Three quarters of what is left must be points.
    """
    if len(block) < config.min_paragraph_tips:
        return []
    openings = Counter(_opening(p.text) for p in block)
    leads = Counter(lead_sentence(p.text) for p in block)
    known: dict[int, bool] = {}

    speakers = Counter(m.group("who") for p in block if (m := SPEAKER_LABEL.match(p.text)))
    if sum(_question(p) for p in block) >= 2 or any(c >= 2 for c in speakers.values()):
        return []  # questions each answered in a paragraph, or speakers taking turns: an interview, not points

    statements = _statement_runs(block[1:], config.min_paragraph_tips)
    known.update(dict.fromkeys(statements, True))
    # "We cook double and freeze half.", "I stopped going to the shop …", "Another habit is to …": three or more
    # paragraphs that each open with a habit the writer keeps are the points of a personal-experience advice piece
    habits = [p.start for p in block if habit_lead(p.text)]
    if len(habits) >= config.min_paragraph_tips:
        known.update(dict.fromkeys(habits, True))

    def point(p: Para) -> bool:
        # a paragraph opening with a salutation ("Dear Out of Pocket, you are not being petty …") addresses the
        # reader: an answer's or a letter's opening, never one of its points, however it advises
        if p.start not in known:
            known[p.start] = not CHROME_LINE.match(p.text) and not _question(p) and not SALUTATION.match(p.text) and (
                gives_advice(p.text)
                # among points that advise, a lead of its own and a colon ("Mudguards are not optional: without
                # them …") heads a point as a bold lead does (SPEC); a name and a colon is a speaker ("Maeve: The
                # gutter idea is brilliant.")
                or p.start in led_among_advice and not SPEAKER_LABEL.match(p.text)
                # a lead sentence repeated word for word is a refrain, not one of several points
                or leads[lead_sentence(p.text)] < 2 and (short_lead(p.text) or openings[_opening(p.text)] >= 3))
        return known[p.start]

    # a paragraph of another shape right above a run of stated rules introduces them, whatever its verb; so does
    # the paragraph above the one the writer opens with "First," (in any language): the points start there
    start = 0 if (is_advice(block[0].text) and not block[0].text.endswith(":")
                  and not (block[0].start not in statements and block[1].start in statements)
                  and not _over_led_points(block)
                  and not (block[1].marker is None and FIRST_IN_SEQUENCE.match(block[1].text)
                           and not FIRST_IN_SEQUENCE.match(block[0].text))) else 1
    first, end = start, len(block)
    # the conclusion ends the article: the short lines under it ("Popular this week: …", "Powered by …") are the
    # page's, whatever their words
    closing = next((k for k in range(len(block) - 1, start, -1) if closes_list(block[k].text)), None)
    if closing is not None and all(not has_words(p.text, SHORT_TAIL_WORDS + 1) for p in block[closing + 1:]):
        end = closing + 1
    led = sum(lead_shape(p.text) for p in block[start:])
    advising = sum(is_advice(p.text) for p in block[start:])
    # points that each open with a lead and a colon ("Wrap new toys: Cheap, small …") are a list by their layout:
    # prose after them (a guest post's credit, a permission note) does not make the page an essay
    colons = {p.start: lead for p in block if (lead := colon_lead(lead_sentence(p.text), alone=False))
              != lead_sentence(p.text)}
    colon_led = len(colons) >= 3
    # or with a run-in head and a dash ("To Set the Colour.—Steep the garment …", "Shorter showers – four minutes")
    heads = {p.start: head for p in block if (head := dash_lead(p.text[:RUN_IN_PROBE], alone=False))
             != p.text[:RUN_IN_PROBE]}
    repeats = Counter(heads.values())
    # never a log of dated entries ("October 20: ACCIDENT – A vehicle …"): a date or a head repeated is a label
    run_in = {at for at, head in heads.items() if repeats[head] == 1 and not YEAR_OR_DATE.match(head)}
    colon_repeats = Counter(colons.values())
    # the paragraphs headed by a lead of their own (a date or a repeated head is a label, never a point's lead)
    led_points = run_in | {at for at, lead in colons.items()
                           if colon_repeats[lead] == 1 and not YEAR_OR_DATE.match(lead)}
    # (one or two such leads among points that advise: read by point() below; asked only when a lead is there)
    led_among_advice = led_points if led_points and sum(
        gives_advice(p.text) for p in block) >= config.min_paragraph_tips else set()
    if len(run_in) >= 3:
        colon_led = True
        known.update(dict.fromkeys(run_in, True))  # each such paragraph is a point, whatever its verb
    elif len(led_points) >= 3:
        # "Backrest: the curve should sit …", "Armrests: set them …": a lead of its own and a colon heads a point
        # as a run-in head and a dash does, whatever its verb
        known.update(dict.fromkeys(led_points, True))

    def generalises(k: int) -> bool:
        # "Most returning runners find … Be patient …": after points that open with advice, the last paragraph
        # opening with a statement about people in general, and advising only after it, concludes
        # (or "Packing is the part of a move you control. Do it in this order …": a statement about the whole job,
        # its subject a word or two before "is")
        p = block[k]
        lead = lead_sentence(p.text)
        return (k == len(block) - 1 and advising >= 3 and (_first_word(p) in NOT_VERBS or COPULA_STATEMENT.match(lead))
                and not gives_advice(lead) and advising >= PARAGRAPH_ADVICE_SHARE * (k - start))

    def points_back(k: int) -> bool:
        # "It takes a season for a garden to learn …", "None of this is glamorous …": after points none of which
        # opens so, a last paragraph opening with a word that points back at them all, and giving no advice in its
        # first sentence, concludes (as it ends a list whose glyphs were lost: _breaks_the_items_shape)
        return (k == len(block) - 1 and k - start >= 3 and _first_word(block[k]) in BACK_POINTERS
                and not is_advice(block[k].text)
                and not any(_first_word(p) in BACK_POINTERS for p in block[start:k]))

    def promises(k: int) -> bool:
        # "Get these three right and you may be spreading your own compost by summer.": after points none of which
        # is so worded, and each one a point of its own, a last paragraph whose first sentence promises the reader
        # an outcome concludes (as points_back's conclusion does), the page's bold aside
        return (k == len(block) - 1 and k - start >= 3 and block[k].start not in bolded
                and _only_promises(lead_sentence(block[k].text))
                and not any(OUTCOME_PROMISED.search(lead_sentence(p.text)) for p in block[start:k])
                and all(point(p) for p in block[start:k]))

    # the page sets its points' leads in bold: a last paragraph opening with one is a point, however short
    bolded = _bold_led(block, bold)

    def set_as_points(k: int) -> bool:
        return block[k].start in bolded and 2 * len(bolded & {p.start for p in block[start:k]}) >= k - start

    def unled(k: int) -> bool:
        # "Turn off the flash — it flattens faces." three times or more, then "Go out tonight and try them.": after
        # points that each open with a lead and a colon or dash, a last paragraph without one concludes
        return (k - start >= 3 and all(p.start in led_points for p in block[k - 3:k])
                and not _run_in_led(block[k].text) and not set_as_points(k))

    def unbolded(k: int) -> bool:
        # the converse of set_as_points: after points whose leads the page sets in bold, a last paragraph it does not
        # bold ("Give it a month. If he is still withdrawn …") is not one of them, however it opens; nor is one
        # under such a paragraph (a licence note under the conclusion). The page marks its points where it bolds the
        # three above the unbolded run, or two thirds of them and the two right above it: a point of the points'
        # shape whose bold the page left off may stand among them (SPEC: the page's marking is the writer's word)
        if block[k].start in bolded:
            return False
        last = next((j for j in range(k - 1, start - 1, -1) if block[j].start in bolded), None)
        if last is None or last - start < 2:
            return False
        marked = [p.start in bolded for p in block[start:last + 1]]
        return all(marked[-3:]) or (all(marked[-2:]) and 3 * sum(marked) >= 2 * len(marked))

    # "This is what a year taught me, roughly in the order I learned it." then "Loneliness arrives on Thursdays. By
    # Thursday I …": under an introduction announcing them, three or more paragraphs in a row that each open with a
    # short lesson in the present tense are its points, whatever their verb (a story's short openings tell what
    # happened: "We left at dawn.")
    announced = start == 1 and _announces_ahead(block[0].text)  # read by the lessons and the readers' tips below
    lessons = 0
    if announced:
        # the last paragraph is the conclusion's place: it is a point only by the usual tests
        while 1 + lessons < len(block) - 1 and _lesson(block[1 + lessons].text):
            lessons += 1
    if lessons >= 3:
        known.update(dict.fromkeys((p.start for p in block[1:1 + lessons]), True))
    # "Here are five favourites." then "Deborah Fairweather: I buy the wonky box …", "Sami Rantanen: I shop with a
    # list …": under an introduction announcing them, three or more paragraphs in a row that each open with a
    # reader's name and her own words are readers' tips, one each, whatever their verb (each name speaks once: a
    # name speaking twice is an interview, refused above)
    voiced = 0
    if announced and speakers:
        while 1 + voiced < len(block) and _own_words(block[1 + voiced]):
            voiced += 1
    if voiced >= 3:
        known.update(dict.fromkeys((p.start for p in block[1:1 + voiced]), True))

    def one_sentence_close(k: int) -> bool:
        # after points of a lead and its explanation, one long sentence alone concludes ("Give it a year and …")
        t = block[k].text
        return (led >= 3 and not sentence_starts(t) and has_words(t, 9) and not GIVES_REASON.search(t)
                and not set_as_points(k) and not _step_for_a_case(t))

    # one such sentence at most: above the one that concluded, a sentence alone is the last point, as a recipe's
    # "Bake for 35 to 40 minutes, until golden." above its "Serve warm with custard or cream."
    concluded = False
    while end > start:
        k = end - 1
        other = (closes_list(block[k].text) or not point(block[k]) or unled(k) or unbolded(k) or points_back(k)
                 or promises(k) or lead_sentence(block[k].text).endswith("?") or generalises(k))
        if not other and (concluded or not one_sentence_close(k)):
            break
        concluded = concluded or not other
        end -= 1
        if _prose_after(block, end) > 2 and not colon_led:
            return []  # pages of prose after the last point: no list of points
    # "… Most did nothing. These did." announces the points: the paragraph under it is the first, in the points'
    # shape (a short lead and its explanation) whatever its verb ("Blackout blinds are worth more than any pill. …")
    if start == 1 and end > 2 and led >= 3 and lead_shape(block[1].text) and _announces(block[0].text):
        known[block[1].start] = True
    while start < end and not point(block[start]):
        start += 1
    if start == first + 1 and start < end and counts_on(block[start].text):
        start = first  # "Next is the fall." counts on from the paragraph above it: that one made the first point
    if start > first + 1 or _prose_after(block, end) > 2 and not colon_led:
        return []  # an introduction of a paragraph or two and a conclusion, not pages of prose around a few points
    points = block[start:end]
    if len(points) < config.min_paragraph_tips or sum(map(point, points)) < PARAGRAPH_ADVICE_SHARE * len(points):
        return []
    return points


def _lines_of_a_list(text: str, points: list[Para]) -> bool:
    """Whether a block's points are the lines of one list (no blank line between any two: a checklist or a bullet
    list copied without its glyphs), rather than paragraphs."""
    return bool(points) and not any(_blank_between(text, a, b) for a, b in pairwise(points))


SPONSOR_REACH = 3  # a sponsored box's label, then its product's name and pitch lines, then its numbered features


def _advertised_runs(paras: list[Para]) -> set[int]:
    """The indexes of the numbered lines inside a sponsored box set between an article's points: a run numbered
    from 1 on consecutive lines, a few unmarked lines under an advertising label ("SPONSORED", "Advertisement":
    :func:`_ad_insert`) with the product's name and pitch between. They are the product's features, not points,
    and the article's own list goes on under the box, its numbers running on from before it (SPEC: one list broken
    by an advert or a product card is one list, in order). Seen on one page (holdout28's sponsored listicle): narrow,
    a run must start within :data:`SPONSOR_REACH` lines of the label.

    >>> from pipeline.stages.tips.paras import paragraphs
    >>> ps = paragraphs("3. Tidy up\\n\\nSPONSORED\\n\\nShelfco racks\\n\\n1. Fits anywhere\\n2. No drill\\n\\n4. Dust")
    >>> sorted(_advertised_runs(ps))
    [3, 4]
    """
    drop: set[int] = set()
    for a, label in enumerate(paras):
        if label.marker is not None or not _ad_insert(label):
            continue
        k = next((k for k in range(a + 1, min(a + 1 + SPONSOR_REACH, len(paras))) if paras[k].marker is not None),
                 None)
        if k is None or paras[k].marker.kind != "numbered" or paras[k].marker.number != 1:
            continue
        first = k
        while k < len(paras) and paras[k].marker is not None and paras[k].marker.kind == "numbered" \
                and paras[k].marker.number == k - first + 1:
            drop.add(k)
            k += 1
    return drop


def _ad_insert(para: Para) -> bool:
    """An advertising line between an article's paragraphs ("ADVERTISEMENT", "SPONSORED: Is your bank paying
    enough?", ">>> Compare accounts - click here <<<"): a short unmarked line, never a sentence of advice.

    >>> _ad_insert(Para(0, 0, "SPONSORED: Is your bank paying you enough? Find out now")), _ad_insert(
    ...     Para(0, 0, "Sponsor a child's kit for the season."))
    (True, False)
    """
    # the cheap tests first: this runs on every line that would end a block of running text
    return (len(para.text) <= AD_INSERT_MAX_CHARS and para.marker is None and AD_INSERT.search(para.text) is not None
            and not has_words(para.text, AD_INSERT_MAX_WORDS + 1))


BAR_BOX_MAX_LINES = 8  # a boxed advert or notice set in a column: a few short lines


def _bar_box(para: Para) -> bool:
    """The lines of a box a scan or a text dump drew with bars ("| FREE CATALOG! Heirloom seeds," / "| Write Box
    41, …"): an advert or a notice set into the column, which parts no run of the article's paragraphs.

    >>> _bar_box(Para(0, 0, "| SEEDS BY MAIL\\n| Write for a list.")), _bar_box(Para(0, 0, "Sow | water | wait."))
    (True, False)
    >>> _bar_box(Para(0, 0, "| Month | What to sow |"))  # a table's row
    False
    """
    lines = [line.strip() for line in para.text.splitlines() if line.strip()]
    # (one bar a line, at its start: a table's row holds more, between its cells)
    return para.marker is None and 0 < len(lines) <= BAR_BOX_MAX_LINES and all(
        line[:1] == "|" and "|" not in line[1:] for line in lines)


def _teaser_lines(para: Para) -> bool:
    """Lines of links to other pages set between an article's paragraphs, each a label and a title ("Read also:
    Herbs on a cold sill", "Lesen Sie auch: …"): the paragraphs go on below them, so they part no run of points.

    >>> _teaser_lines(Para(0, 0, "Read also: Ten herbs for a cold sill\\nSee also: Sowing in March")), _teaser_lines(
    ...     Para(0, 0, "See also the notes below: they help."))
    (True, False)
    """
    return para.marker is None and len(para.text) <= TEASER_MAX_CHARS and all(
        TEASER_LINE.fullmatch(line.strip()) for line in para.text.splitlines() if line.strip())


def product_box(para: Para) -> bool:
    """A shop's product box between an article's points: a few short lines with a rating in stars or out of five, or
    a button line in brackets ("Rollo pushchair ★★★★☆ 4.6" over "[Check price]"), in any language.

    >>> product_box(Para(0, 0, "Best value: Tarn 40L pack ★★★★☆ 4.4\\n[See today's price]")), product_box(
    ...     Para(0, 0, "Rate each pack out of five before you buy."))
    (True, False)

    A shopping line in words is one too: no sentence, a call to look up a price or a price with its shop.

    >>> product_box(Para(0, 0, "The stove I carry: Emberlite Mini, 120 g -- $41.50 at hikegear.com")), product_box(
    ...     Para(0, 0, "Top pick: Dunmore rain shell -- check today's price")), product_box(
    ...     Para(0, 0, "Compare prices on three sites before you book the ferry."))
    (True, True, False)
    """
    if para.marker is not None or len(para.text) > PRODUCT_BOX_MAX_CHARS:
        return False
    if PRODUCT_RATING.search(para.text) is not None or BUTTON_LINE.search(para.text) is not None:
        return True
    return "\n" not in para.text and para.text[-1:] not in SENTENCE_ENDS and SHOP_LINE.search(para.text) is not None


def _insert_between_points(run: list[Para], para: Para) -> bool:
    """What a publisher sets between a list's points and the list goes on under: an advertising line, a "Related:"
    link, a product box, a callout ("Pro tip: …") among points that are no callouts."""
    return (_ad_insert(para) or _teaser_lines(para) or product_box(para)
            or _callout(para.text) and not any(_callout(p.text) for p in run))


def _blank_between(text: str, a: Para, b: Para) -> bool:
    return "\n\n" in "".join(text[a.end:b.start].split(" "))


def _serving_note(text: str, paras: list[Para]) -> bool:
    """Tell whether a method's last step is the recipe's serving note ("Serve warm, with the onions on top.", "Best
    eaten the same day."): a line or two opening so, in a page that lists ingredients. SPEC: it is no step, whether
    it sits under a numbered method or after the method's paragraphs or lines.

    >>> recipe = [Para(0, 0, "Ingredients"), Para(0, 0, "2 eggs")]
    >>> _serving_note("Serve warm, with a spoon of yoghurt.", recipe), _serving_note("Serve warm.", recipe[1:])
    (True, False)
    """
    return _serves(text) and _first_ingredients(paras) < len(paras)


def _serves(text: str) -> bool:
    """A line or two opening as a serving note does ("Serve warm, …", "Best eaten …", after its step's number:
    "Step 7: Serve warm …")."""
    text = text[step_word_end(text):]
    return SERVING_NOTE.match(text) is not None and not has_words(text, SERVING_NOTE_MAX_WORDS + 1)


def _first_ingredients(paras: list[Para]) -> int:
    """The index of the first paragraph that heads a recipe's ingredients, ``len(paras)`` if none: found once per
    detector, since asking the paragraphs above every list again was quadratic on a page of many lists."""
    return next((k for k, p in enumerate(paras) if heads_ingredients(p.text)), len(paras))


def _last_ingredients_heading(paras: list[Para]) -> int:
    """The index of the last paragraph heading a recipe's ingredients by the word alone (a card's "Ingredients",
    :data:`INGREDIENTS_HEADING`), -1 if none."""
    return next((k for k in range(len(paras) - 1, -1, -1)
                 if paras[k].marker is None and INGREDIENTS_HEADING.match(paras[k].text)), -1)


def _without_serving_note(text: str, items: list[Item], ingredients_above: bool, minimum: int) -> list[Item]:
    """A method's steps (numbered, or lines whose numbers were lost) without a last one that is the recipe's serving
    note (:func:`_serving_note`; ``ingredients_above``: the page lists its ingredients above the list)."""
    if len(items) > minimum and len(items[-1].pieces) == 1 and ingredients_above and _serves(
            normalise(text[items[-1].pieces[0][0]:items[-1].pieces[0][1]])):
        return items[:-1]
    return items


def _set_apart_last(text: str, points: list[Para]) -> bool:
    """Tell whether the points are lines of one block (a list pasted as lines with its glyphs lost: no blank line
    between them) but for the last, which stands after a blank line: a paragraph of its own under the list ("Go to
    bed at a normal time. You know more than you think."), its conclusion, not one more line of it.

    >>> from pipeline.stages.tips.paras import paragraphs
    >>> t = "Pack a bag. Keys too.\\nPrint the map. Roads close.\\nSet two alarms.\\n\\nSleep well. You are ready."
    >>> u = t.replace("\\n\\n", "\\n")
    >>> _set_apart_last(t, paragraphs(t)), _set_apart_last(u, paragraphs(u))
    (True, False)
    """
    return _blank_between(text, points[-2], points[-1]) and not any(
        _blank_between(text, a, b) for a, b in zip(points[:-2], points[1:-1], strict=True))


def _title_line(para: Para) -> bool:
    """A short title line of two words or more, no marker, ending in no punctuation (a point's heading, its bold
    lost: "Mulch of dry leaves"); never a question, a label before a colon, a date or a count."""
    t = para.text
    return (len(t) <= LEAD_LINE_MAX_CHARS and para.marker is None and t[-1:].isalpha() and t[:1].isupper()
            and has_words(t, 2) and not has_words(t, LEAD_LINE_MAX_WORDS + 1) and not any(c.isdigit() for c in t)
            and is_heading(para))


def _lead_line_pairs(text: str, paras: list[Para], minimum: int) -> list[list[Para]]:
    """The longest run of points each set as a lead line directly over its explanation (no blank line between them:
    "Ventilate, don't seal." then "It is tempting to block every gap …"), lead and explanation in turn: a list whose
    bold leads and glyphs were lost (a blank line before each next lead, or none where a page's line breaks were
    flattened). The layout is the evidence, in any language."""
    leads = [k for k, p in enumerate(paras[:-1]) if lead_line(p)]
    if len(leads) < minimum:
        # in a language the cue words do not read, a short title line (no full stop) directly over its paragraph
        # is the same layout: headed_sections reads such titles with English cue words only
        titles = [k for k, p in enumerate(paras[:-1]) if _title_line(p)]
        if len(titles) < minimum or reads_english(" ".join(paras[k].text for k in titles)):
            return []  # the cheap test first: this runs on every article nothing else split
        leads = sorted(leads + titles)
    best: list[list[Para]] = []
    run: list[list[Para]] = []
    for k in leads:
        lead, body = paras[k], paras[k + 1]
        if not (body.marker is None and not lead_line(body) and has_words(body.text, LEAD_BODY_MIN_WORDS)
                and not body.text.endswith("?")  # an explanation states, it does not ask
                and not _blank_between(text, lead, body)):
            best, run = max(best, run, key=len), []
            continue
        if run and run[-1][1] is not paras[k - 1]:
            best, run = max(best, run, key=len), []  # a paragraph between the pairs ends the run
        run.append([lead, body])
    best = max(best, run, key=len)
    # in English the leads must read as advice, most of them: a story told a line at a time ("We parked by the old
    # mill." over "The tide was out …") has the same layout; in other languages the layout stays the evidence
    if best and reads_english(" ".join(lead.text for lead, _ in best)) and \
            sum(is_advice(lead.text) for lead, _ in best) * 2 < len(best):
        return []
    return best


def _opens_in_sequence(para: Para) -> bool:
    """Tell whether a paragraph opens with a word that only places its point in the article's order, in English or
    a language of text/languages.py ("First, …", "Po drugie, …", "Em seguida, …", "أولاً: …")."""
    return para.marker is None and (SEQUENCE_WORD.match(para.text) is not None
                                    or SEQUENCE_WORD_ABROAD.match(para.text) is not None)


SEQUENCE_COMMAS_MIN = 2  # of a run's sequence words, how many the writer set off with a comma (the others bare)


def _opens_bare(para: Para) -> bool:
    """Tell whether a paragraph opens with a sequence word of another language and no comma ("Затим …")."""
    return para.marker is None and SEQUENCE_WORD_ABROAD_BARE.match(para.text) is not None


def _loose_sequence(block: list[Para], minimum: int) -> list[Para]:
    """The longest run of paragraphs in a row that each open with a sequence word, with a comma or without one
    ("Прво, …", "Затим …", "Након тога …", "На крају, …"), at least :data:`SEQUENCE_COMMAS_MIN` of them with it:
    the writer numbers the points so; a story's "Then we …" paragraphs set off none."""
    best: list[Para] = []
    run: list[Para] = []
    for p in block:
        if _opens_in_sequence(p) or _opens_bare(p):
            run.append(p)
        else:
            best, run = max(best, run, key=len), []
    best = max(best, run, key=len)
    commas = sum(_opens_in_sequence(p) for p in best)
    return best if len(best) >= minimum and commas >= SEQUENCE_COMMAS_MIN else []


def _sequenced_points(block: list[Para], minimum: int, promised: int | None = None) -> list[Para]:
    """The points of a block of running text in a language the advice tests cannot read: the longest run of
    ``minimum`` or more paragraphs in a row that each open with a sequence word ("Po pierwsze, odsłoń …", "Po
    drugie, …", …, "Na koniec, …"). The words are the writer's own numbering, as "1." is; the paragraph above the
    run introduces it and the one below concludes (tests/stages/tips/test_languages_tips.py).
    """
    best: list[Para] = []
    run: list[Para] = []
    for k, p in enumerate(block):
        if _opens_in_sequence(p):
            run.append(p)
        elif not (run and k + 1 < len(block) and _opens_in_sequence(block[k + 1])):
            # one paragraph between two that open so goes on with the point above it (a hard-wrapped paragraph
            # split at its last line): it does not end the run
            best, run = max(best, run, key=len), []
    best = max(best, run, key=len)
    if promised is not None and minimum <= len(best) < promised and len(
            bracketed := _bracketed_points(block, minimum, promised)) == promised:
        return bracketed  # the paragraph between two marked points is a point of its own where the count says so
    if len(best) >= minimum:
        # ... and so it is where it has a point's own shape (a short lead, more under it), not a wrapped paragraph's
        # last line: the writer marked the points around it and not this one (round 25: a Gaelic and a Chuvash
        # hand's "First, …", "Then, …", a bare point, "Finally, …")
        marked = {id(p) for p in best}
        gaps = {id(p) for k, p in enumerate(block[1:-1], start=1) if id(p) not in marked and _led_point(p)
                and id(block[k - 1]) in marked and id(block[k + 1]) in marked}
        return [p for p in block if id(p) in marked | gaps]
    return _loose_sequence(block, minimum) or _bracketed_points(block, minimum, promised)


# A line announcing the points is a lead-in ("Before the first frost, consider the following:"); an essay's paragraph
# that ends on a colon before a quotation ("..., as she stressed in an interview:") announces no list.
ANNOUNCE_MAX_WORDS = 20


def _announced_points(block: list[Para], minimum: int, announced: bool = False) -> list[Para]:
    """The points of a block in a language the advice tests cannot read, announced by a paragraph ending in a
    colon ("Before the first frost, consider the following:", inside the block or right over it: ``announced``)
    and each led by a short sentence or a short clause before a colon with more text under it (:func:`_led_point`):
    a bullet list that lost its glyphs. The run ends at the first paragraph of another shape (the conclusion, one
    sentence); one running on to the block's end is an essay's paragraphs, unless its last paragraph closes on an
    exclamation, a wish or a cheer that concludes (round 27: a Telugu directory's six points under "... follow
    these:" and a closing "Best wishes to all!" of the points' shape).

    >>> said = ("Consider these:", "Rake the leaves. Spores winter in them.", "Water deeply. Wet soil holds heat.",
    ...         "Clean the tools. Rust comes fast.", "A little work now pays in spring.")
    >>> ps = [Para(k, k, t) for k, t in enumerate(said)]
    >>> len(_announced_points(ps, 3)), len(_announced_points(ps[1:], 3, announced=True)), _announced_points(ps[1:], 3)
    (3, 3, [])
    >>> intro = Para(0, 0, "Autumn came early this year and the beds are still full of summer's leftovers, weeds "
    ...              "and stakes. The work is not hard, but the order matters a great deal. Consider these:")
    >>> len(_announced_points([intro] + ps[1:], 3))
    3
    >>> wish = Para(9, 9, "Start small. Good luck to all of you!")
    >>> [p.text.split(".")[0] for p in _announced_points([*ps[:4], wish], 3)]
    ['Rake the leaves', 'Water deeply', 'Clean the tools']
    """
    opened = [-1] if announced else []
    # a lead-in, not an essay's paragraph: its last sentence short (an introduction may say more first: "In April
    # the seedlings … To help them settle, keep to these:")
    for k in opened + [k for k, p in enumerate(block[:-1]) if p.text.endswith(":") and p.marker is None
                       and not has_words(p.text[([0] + sentence_starts(p.text))[-1]:], ANNOUNCE_MAX_WORDS + 1)]:
        run = list(takewhile(_led_point, block[k + 1:]))
        if (len(run) == len(block) - k - 1 and len(run) > minimum
                and all(_colon_led_point(p) != _colon_led_point(run[-1]) for p in run[:-1])):
            run = run[:-1]  # points each led by a sentence, then one led by a clause and a colon: the conclusion
        elif len(run) == len(block) - k - 1 and len(run) > minimum and _cheers(run[-1]):
            # every paragraph under the line has a point's shape, down to the block's end, the last closing on an
            # exclamation ("Remember, the exam is one day; your health is for life. Good luck to all!"): a wish or a
            # cheer, the conclusion in any language; without one, the run is an essay's paragraphs
            run = run[:-1]
        if minimum <= len(run) <= MAX_BRACKETED_POINTS and len(run) < len(block) - k - 1:
            return run
    return []


def _cheers(para: Para) -> bool:
    """Whether a paragraph closes on an exclamation mark, in any script ("Good luck!", "¡Suerte!", "加油！"): a wish or
    a cheer to the reader, the way an article's conclusion ends.

    >>> _cheers(Para(0, 9, "Start small. Good luck!")), _cheers(Para(0, 9, "Start small.”"))
    (True, False)
    """
    return para.text.rstrip("\"”’')").endswith(("!", "！"))


def _colon_led_point(para: Para) -> bool:
    """Whether a led point's lead is a clause before a colon rather than a sentence of its own (:func:`_led_point`)."""
    return ":" in lead_sentence(para.text)


def _bold_run(block: list[Para], leads: frozenset[str], minimum: int) -> list[Para]:
    """The points of a block in a language the advice tests cannot read, where an HTML page sets each point's lead
    in bold: the longest run of ``minimum`` or more paragraphs in a row that each open with one of the page's bold
    leads ("**Apunta cada gasto.** No para juzgarte …"). The bold is the writer's own marking of the points, in any
    language; the paragraphs above the run introduce it and the ones below, set in plain type, conclude.

    >>> said = ("Intro sin negrita.", "Ahorra primero. Siempre.", "Cocina en casa. Mejor.", "Compra con lista. Sí.",
    ...         "Empieza hoy.")
    >>> ps = [Para(k, k, t) for k, t in enumerate(said)]
    >>> [p.text for p in _bold_run(ps, frozenset({"Ahorra primero.", "Cocina en casa.", "Compra con lista."}), 3)]
    ['Ahorra primero. Siempre.', 'Cocina en casa. Mejor.', 'Compra con lista. Sí.']
    >>> _bold_run(ps, frozenset({"Ahorra primero.", "Cocina en casa."}), 3)
    []
    """
    if len(leads) < minimum:
        return []  # the cheap test first: a page with fewer bold leads has no such run
    bolded = _bold_led(block, leads)
    best: list[Para] = []
    run: list[Para] = []
    for p in block:
        if p.start in bolded:
            run.append(p)
        else:
            best, run = max(best, run, key=len), []
    best = max(best, run, key=len)
    return best if len(best) >= minimum else []


MAX_BRACKETED_POINTS = 12  # "here are seven ...:", then the points: a longer run is an essay's paragraphs


def _bracketed_points(block: list[Para], minimum: int, promised: int | None = None) -> list[Para]:
    """The points of a block in a language the advice tests cannot read, where the writer marks only the first
    and the last of them with a sequence word and a bullet list lost its glyphs in between: a paragraph ending
    in a colon announces them ("Here are seven habits:"), the first point opens "First, ...", the last "Finally,
    ...", and every paragraph between is a point. The colon and the two words are the writer's numbering; a
    story's "Then, ..." has no announcing colon above it. A title or an introduction promising as many points as
    the paragraphs from the first word to the last (``promised``: "Fem råd …" over five) announces them as the
    colon does (round 22: a Faroese club's and a Xhosa clinic's prose points, some opening with no word).

    >>> from pipeline.stages.tips.paras import paragraphs
    >>> ps = paragraphs("Autumn is short.\\n\\nFirst, check the forecast twice before you set out.\\n\\nThen, tell "
    ...                 "someone your route.\\n\\nPack a spare layer even when the sun shines.\\n\\nFinally, turn "
    ...                 "back in time.\\n\\nSee you on the hill!")
    >>> len(_bracketed_points(ps, 3)), len(_bracketed_points(ps, 3, promised=4)), _bracketed_points(ps, 3, 5)
    (0, 4, [])

    Where the writer sets :data:`SEQUENCE_COMMAS_MIN` of the words off with a comma, a word of another language
    with none marks a point too ("Zuerst prüfen Sie …" over "Danach, …" and "Zum Schluss, …"), as in
    :func:`_loose_sequence`: the first point may open so (round 25: a Chuvash directory's first of six).

    >>> ps = paragraphs("So geht es:\\n\\nZuerst die Fenster prüfen. Zugluft kostet viel.\\n\\nDie Tür abdichten. "
    ...                 "Ein Kissen hilft.\\n\\nDanach, die Vorhänge schließen. Sie halten warm.\\n\\nZum Schluss, "
    ...                 "einen Teppich legen. Der Boden ist kalt.\\n\\nNicht alles an einem Tag.")
    >>> [p.text.split(" ")[0] for p in _bracketed_points(ps, 3)]
    ['Zuerst', 'Die', 'Danach,', 'Zum']
    """
    marked = [k for k, p in enumerate(block) if _opens_in_sequence(p)]
    if len(marked) < 2:
        return []
    if len(marked) >= SEQUENCE_COMMAS_MIN:
        marked = sorted({*marked, *(k for k, p in enumerate(block) if _opens_bare(p))})
    first, last = marked[0], marked[-1]
    announced = bool(first) and block[first - 1].text.endswith(":") and block[first - 1].marker is None
    points = block[first:last + 1]
    if not minimum <= len(points) <= MAX_BRACKETED_POINTS or any(p.text.endswith(":") for p in points):
        return []
    # no colon or count announces them: three sequence words, and every paragraph between them that opens with none
    # has a point's shape (a marked point may open with a long clause: "Per prima cosa, raccogli le erbe la mattina,
    # quando …"; a story's unmarked paragraph between its "Then, …" ones has no short lead)
    if not announced and len(points) != promised and not (
            len(marked) >= BRACKET_MARKS_UNANNOUNCED
            and all(_led_point(p) for k, p in enumerate(points, start=first) if k not in marked)):
        return []
    return points


def _through_last_point(points: list[Para], least: int) -> list[Para]:
    """Points read one per paragraph, up to the one the writer opens as the last ("Finally, …", "Lastly, …", in any
    language: :data:`LAST_SEQUENCE_WORD`) where earlier points open with sequence words too: the paragraph after
    it is the conclusion ("You'll be surprised by summer."), whatever its shape. Points without such words keep
    every paragraph.

    >>> from pipeline.stages.tips.paras import paragraphs
    >>> ps = paragraphs("First, rest.\\n\\nThen, walk daily.\\n\\nFinally, run.\\n\\nYou will enjoy it.")
    >>> [p.text for p in _through_last_point(ps, 2)]
    ['First, rest.', 'Then, walk daily.', 'Finally, run.']
    """
    last = next((k for k, p in enumerate(points) if LAST_SEQUENCE_WORD.match(p.text)), None)
    if last is None or last + 1 >= len(points) or last + 1 < least or not any(
            SEQUENCE_WORD.match(p.text) or SEQUENCE_WORD_ABROAD.match(p.text) for p in points[:last]):
        return points
    return points[:last + 1]


LED_POINTS_MIN = 4  # points each opening with a short sentence of advice: enough of them to know the page's shape


def _through_last_led(points: list[Para]) -> list[Para]:
    """Points read one per paragraph, up to the first paragraph after them that opens with a long sentence and
    advises nobody where every point before it (one aside) opens with a short sentence of advice
    (:func:`_short_lead`: "Bleed the radiators. A cold top means …"): that one ("I won't pretend any of this
    replaces insulation, but …") and what follows it are the conclusion (SPEC: where the page marks no points,
    their shape is the mark, and a closer without it concludes). A short closing sentence may be one more point in
    a verb the cue words do not know, and a long one that advises is one more ("If the birds pull them up, …").

    >>> ps = [Para(0, 0, t) for t in ("Sow thinly. Crowded rows sulk.", "Water early. Leaves dry by noon.",
    ...       "Net the peas. Pigeons love them.", "Weed weekly. Small weeds pull out whole.", "Mulch the beans. It "
    ...       "keeps them damp.", "None of it is hard, and the plot looked far better for it by the end of June.",
    ...       "Jo writes about her plot.")]
    >>> len(_through_last_led(ps)), len(_through_last_led(ps[1:])), len(_through_last_led(ps[2:]))
    (5, 4, 5)
    """
    led = [_short_lead(lead_sentence(p.text)) and bool(sentence_starts(p.text)) for p in points]
    for k in range(LED_POINTS_MIN, len(points)):
        if sum(led[:k]) < k - 1:
            break
        if (not led[k] and has_words(lead_sentence(points[k].text), GROUP_HEAD_MAX_WORDS + 1)
                and not gives_advice(points[k].text)):  # ("If the birds pull them up, push them back …": a step)
            return points[:k]
    return points


def _from_first_led(points: list[Para]) -> list[Para]:
    """Points read one per paragraph, from the first one led by a short sentence or clause of its own
    (:func:`_led_point`: "Check the gauge: most boilers sit at 1 bar …") where every paragraph after it (one aside)
    is led so: a paragraph above them that opens with a long sentence is the introduction ("None of the checks
    below needs a spanner, which …", "The first frost tends to arrive the week after …"), whatever it says. The
    mirror of :func:`_through_last_led` at the head of the points (holdout27's boiler checks and frost jobs, two
    hands).

    >>> ps = [Para(0, 0, t) for t in ("The first hard frost always seems to come a week after the forecast said it "
    ...       "would not. A little work now saves the beds.", "Water the beds: damp soil holds heat.", "Lift the "
    ...       "bulbs: they rot in wet ground.", "Move the pots: walls give off heat.", "Wrap the ferns: fleece is "
    ...       "enough.", "Drain the hose: ice bursts it.")]
    >>> len(_from_first_led(ps)), len(_from_first_led(ps[:4]))
    (5, 4)
    """
    led = [_led_point(p) for p in points]
    first = next((k for k, is_led in enumerate(led) if is_led), len(points))
    if (first == 0 or len(points) - first < LED_POINTS_MIN or sum(led[first:]) < len(points) - first - 1
            or not all(_states_at_length(lead_sentence(p.text)) for p in points[:first])):
        return points
    return points[first:]


def _states_at_length(sentence: str) -> bool:
    """Tell whether a sentence opens a paragraph as an introduction does: long, in English, and no imperative even
    after its openers ("The first frost tends to arrive …"). A long first point opens with what to do ("Put your
    phone in another room for the first hour of the day."); in another language the cue words cannot tell the two.

    >>> _states_at_length("The first hard frost tends to arrive the week after everyone has decided it is autumn.")
    True
    >>> _states_at_length("If you do one thing this winter, put the phone in another room for the first hour.")
    False
    """
    if (not has_words(sentence, GROUP_HEAD_MAX_WORDS + 1) or not reads_english(sentence)
            or SEQUENCE_WORD.match(sentence)):
        return False  # ("First, put your phone …": a point the writer numbers in words)
    rest = without_openers(sentence)
    return not looks_imperative(sentence) and not looks_imperative(rest[:1].upper() + rest[1:])


# Points bracketed by sequence words with no colon announcing them ("First, …", "Next, …", three bare points,
# "Finally, …"): at least three words, and every paragraph between led by a short sentence with more text under it
# (the point, then why): a story's "Then, …" paragraphs open with no such lead.
BRACKET_MARKS_UNANNOUNCED = 3
MAX_POINT_LEAD_WORDS = 10


def _led_point(para: Para) -> bool:
    """Tell a paragraph led by a short sentence of its own, more sentences after it ("Speak from the first week.
    Do not wait until …"): a point's shape in any language.

    >>> _led_point(Para(0, 9, "Earth up the roses: a mound of compost keeps the graft from the frost."))
    True
    >>> _led_point(Para(0, 9, "Write daily. Ten minutes is enough, as memory needs repeating.")), _led_point(
    ...     Para(0, 9, "We drove to the coast that morning and the sea was grey and cold all day long. It rained."))
    (True, False)
    """
    text = SEQUENCE_WORD_ABROAD.sub("", SEQUENCE_WORD.sub("", para.text, count=1), count=1)
    lead = lead_sentence(text)
    if ":" in lead:  # "Protect the roses at the base: earth them up ...": the clause before the colon leads
        lead = lead.split(":", 1)[0]
    return len(lead.split()) <= MAX_POINT_LEAD_WORDS and len(text) > len(lead) + 1


def _teaser_run(paras: list[Para]) -> list[bool]:
    """Which paragraphs are other posts' excerpts cut off with an ellipsis, in a run of two or more ("… sow a green
    manure or...", "… in…") under the article's end: nothing of the article's prose follows them. A writer who
    trails off every step with dots ("Water the fern the evening before..." and the next steps so) goes on below
    them with the article's own prose: those are the article's points.

    >>> ps = [Para(0, 0, t) for t in ("Sow thinly. Rows sulk.", "Net it...", "Weed it...", "That is all.",
    ...                               "Feed it...")]
    >>> _teaser_run(ps), _teaser_run(ps[:3])
    ([False, False, False, False, False], [False, True, True])
    """
    cut = [p.text.endswith(("...", "…")) for p in paras]
    run = [c and (k > 0 and cut[k - 1] or k + 1 < len(cut) and cut[k + 1]) for k, c in enumerate(cut)]
    after = False  # the article's prose below: a paragraph of prose not cut off
    for k in range(len(paras) - 1, -1, -1):
        if run[k] and after:
            run[k] = False
        after = after or not cut[k] and _prose(paras[k])
    return run


def paragraph_tips(paras: list[Para], context: Context) -> list[Item]:
    """One tip per paragraph, when the article gives one point per paragraph and nothing else was found.

    The body's running text falls into blocks (page chrome, title lines and list markers separate them); the
    block with the most point paragraphs (:func:`_point_block`) gives one tip per point: not the introduction,
    not the conclusion, and no point merged into the one before. A story or an essay, which rarely tells the
    reader what to do, has too few points. A paragraph that goes on with the one before (an example:
    :data:`CONTINUATION`) belongs to it: it is neither a point nor a break between points.
    """
    text, config = context.text, context.config
    pairs = _lead_line_pairs(text, paras, config.min_paragraph_tips)
    if len(pairs) >= config.min_paragraph_tips:
        led = [_item_from_paras(text, "paragraph", pair) for pair in pairs]
        return [it for it in led if it is not None]
    blocks: list[list[Para]] = [[]]
    follow: dict[int, list[Para]] = {}  # a paragraph's start -> the paragraphs that go on with it
    announced: set[int] = set()  # the blocks opened right under a line ending in a colon
    listing = False  # inside the lines under a point ending with a colon
    cut = _teaser_run(paras)
    ruled = _rules_between_points(paras, config.min_paragraph_tips)
    boxed_at = -2  # the index of the last paragraph of a boxed advert (_bar_box)
    for k, p in enumerate(paras):
        if k in ruled:
            continue  # a rule the page draws between each of its point paragraphs parts them, not two blocks
        if ruled and k == max(ruled) + 2 and blocks[-1]:
            blocks.append([])  # the paragraph under the last rule is its section's whole: what follows is the page's
        if p.start in context.breaks and blocks[-1]:
            listing = False  # a box of links stood here: it parted the running text as any page chrome does
            blocks.append([])
        if _bar_box(p):
            boxed_at = k  # a boxed advert set into the column (its lines drawn with bars) is neither a point nor a
            continue  # break; a point's lead it cut from its explanation (the lead alone by the box) goes on with it
        if (k - 2 <= boxed_at < k and blocks[-1] and blocks[-1][-1].start > paras[boxed_at].start and _prose(p)
                and not sentence_starts(blocks[-1][-1].text)
                and not has_words(blocks[-1][-1].text, GROUP_HEAD_MAX_WORDS + 1)
                and has_words(lead_sentence(p.text), GROUP_HEAD_MAX_WORDS + 1)):  # (not a point's short lead itself)
            follow.setdefault(blocks[-1][-1].start, []).append(p)
            continue
        if cut[k]:
            listing = False  # excerpts cut off in a run ("… or…"): an aggregator's teasers, no point of this article
            if blocks[-1]:
                blocks.append([])
        elif _prose(p):
            listing = p.text.endswith(":") and p.marker is None
            if blocks[-1] and CONTINUATION.match(p.text):
                follow.setdefault(blocks[-1][-1].start, []).append(p)
                continue
            blocks[-1].append(p)
        elif listing and blocks[-1] and not CHROME_LINE.match(p.text) and not _ad_insert(p):
            follow.setdefault(blocks[-1][-1].start, []).append(p)  # "… these to hand:" and its bare lines
        elif blocks[-1] and not _ad_insert(p) and not _teaser_lines(p) and not print_margin(p) \
                and not IMAGE_LINE.match(p.text) and not _line_between_led_points(paras, k):  # an advertising
            # line, a "Read also:" teaser, a browser's print header or footer, a picture's placeholder line or a
            # stray line set between two points of one shape parts no block
            blocks.append([])
        if not blocks[-1] and p.text.endswith(":") and p.marker is None and not _prose(p):
            announced.add(len(blocks) - 1)  # a line announcing what follows ("... consider the following:")
    best: list[Para] = []
    sequenced = False  # the best block's points read by their sequence words (another language)
    listed: list[list[Para]] = []  # the blocks whose points are lines of one list, glyphs lost (_lines_of_a_list)
    for n, block in enumerate(blocks):
        # points are read with English cue words (imperatives, "First, …"); in other languages only the words that
        # number them in prose ("Po pierwsze, …", "Em seguida, …") are read, from the language tables
        if not block or len(block) < config.min_paragraph_tips:
            continue  # too few paragraphs to be points in any language: both readers below say [] (skip the test)
        english = reads_english(" ".join(p.text for p in block))
        # the page's own bold on each point's lead marks the points in any language: where the English reading
        # refuses the block (an introduction of several paragraphs, an aside set between the points), the run of
        # bold-led paragraphs still stands
        points = (_point_block(block, config, context.leads) if english
                  else _sequenced_points(block, config.min_paragraph_tips, context.promised_abroad)) or _bold_run(
                      block, context.leads, config.min_paragraph_tips)
        if not points and not english:  # a line announcing what follows, over points that lost their glyphs
            points = _announced_points(block, config.min_paragraph_tips, n in announced)
        if len(points) > len(best):
            best, sequenced = points, not english
        if english and _lines_of_a_list(text, points):
            listed.append(points)
    if len(listed) > 1 and best in listed:
        # a checklist in groups under their headings ("Before the call" / its lines, "In the first week" / its
        # lines): each group a list whose glyphs were lost, one point a line; every group's lines are the points
        best = [p for points in listed for p in points]
    if len(best) > config.min_paragraph_tips and _serving_note(best[-1].text, paras):
        best = best[:-1]  # a recipe's "Serve warm …" line after the method's paragraphs: its note, not a step
    if len(best) > config.min_paragraph_tips and _set_apart_last(text, best):
        best = best[:-1]  # points as lines of one block, then a paragraph of its own: the conclusion
    best = _through_last_point(_after_lead_in(best, config.min_paragraph_tips), config.min_paragraph_tips)
    best = _through_last_led(_from_first_led(best))
    items = [_item_from_paras(text, "paragraph", [p, *follow.get(p.start, [])]) for p in best]
    for it in items:
        if it is not None and sequenced:
            it.flags.add("sequenced")  # its bare sequence word is a marker too (split: the headline drops it)
    items = _run_together_leads(text, [it for it in items if it is not None])
    return [part for it in items for part in _run_on_ordinal(text, it)]


def _rules_between_points(paras: list[Para], least: int) -> set[int]:
    """The indices of the rule lines a page draws between its running paragraphs one by one ("… the coolest hour.",
    "————", "Run by feel. …", "————", …): a newsletter platform's scrape parts each point from the next so, where no
    number, heading or bold marks them; the rules are its points' separators, as blank lines are. Fewer than
    ``least`` such rules part sections of a page (a printed sheet's "-----" under its header), as a blank line and a
    heading would: none is returned. (Seen on one page, holdout26's rule-separated running column; narrow: every
    rule must stand between two prose paragraphs.)

    >>> from pipeline.stages.tips.paras import paragraphs
    >>> ps = paragraphs("Intro words for all.\\n\\n----\\n\\nSow thinly now.\\n\\n----\\n\\nWater at dawn.\\n\\n----"
    ...                 "\\n\\nWeed every week.")
    >>> sorted(_rules_between_points(ps, 3)), sorted(_rules_between_points(ps, 4))
    ([1, 3, 5], [])
    """
    rules = [k for k, p in enumerate(paras) if p.marker is None and RULE_LINE.match(p.text)]
    between = [k for k in rules if 0 < k < len(paras) - 1 and _prose(paras[k - 1]) and _prose(paras[k + 1])]
    return set(between) if len(between) >= least and len(between) == len(rules) else set()


def _line_between_led_points(paras: list[Para], k: int) -> bool:
    """Tell whether ``paras[k]`` is one line that ends no sentence and names a web address (:data:`WEB_ADDRESS`),
    set between two paragraphs that are each a point led by a short sentence of its own (:func:`_led_point`), with
    one more such point under the next: an advert or a spammer's link set into the list (in another alphabet, in
    words no list of labels knows) while the points run on under it in the same shape. One led paragraph alone
    under the line may be the conclusion ("Above all, be patient. …"), which the line set apart from the points; a
    group's heading names no address, and the groups' points stay as they were.

    >>> ps = [Para(0, 0, t) for t in ("Sow thinly. Crowded rows sulk.", "CHEAP WATCHES at shop.example",
    ...       "Water early. Leaves dry by noon.", "Net the peas. Pigeons love them.", "FREE FILMS at films.example",
    ...       "Above all, be patient. It pays.")]
    >>> [_line_between_led_points(ps, k) for k in range(len(ps))]
    [False, True, False, False, False, False]
    >>> _line_between_led_points([ps[0], Para(0, 0, "In the autumn"), ps[2], ps[3]], 1)
    False
    """
    if not 0 < k < len(paras) - 2:
        return False
    around = (paras[k - 1], paras[k + 1], paras[k + 2])
    line = paras[k]
    # (a line ending in a colon announces the points under it: a lead-in, which parts them from the ones above)
    return (line.marker is None and "\n" not in line.text and line.text[-1:] not in SENTENCE_ENDS + ":："
            and WEB_ADDRESS.search(line.text) is not None
            and all(p.marker is None and _prose(p) and _led_point(p) for p in around))


def _after_lead_in(points: list[Para], least: int) -> list[Para]:
    """The points without a first paragraph that ends in a colon: it announces the points under it ("Spread over a
    week, it is an easy job. Before the day, try the following:"), even when its first sentence reads as one.

    >>> ps = [Para(0, 0, "Plan it early. Before the day, do this:")] + [Para(0, 0, f"Point {k}.") for k in range(3)]
    >>> [p.text for p in _after_lead_in(ps, 2)]
    ['Point 0.', 'Point 1.', 'Point 2.']
    >>> len(_after_lead_in(ps, 4))  # too few points would be left: the paragraphs stand as they are
    4
    """
    if len(points) > least and points[0].marker is None and points[0].text.endswith(":"):
        return points[1:]
    return points


RUN_TOGETHER_MIN_POINTS = 4  # points that each open with a short lead: enough of them to know the page's shape
RUN_TOGETHER_MIN_WORDS = 12  # a point run into one paragraph with the others: its lead and its explanation at least


def _short_lead(sentence: str) -> bool:
    """A point's lead stated as a short sentence of advice ("Label the side, not the top.")."""
    sentence = sentence.strip()
    return (sentence[-1:] in ".!" and not has_words(sentence, GROUP_HEAD_MAX_WORDS + 1)
            and gives_advice(sentence))


def _run_together_leads(text: str, items: list[Item]) -> list[Item]:
    """Split a point paragraph holding two points run together (their bold lost, the line break between them gone:
    "Start with the spare room. Nobody misses it for a week. Pack one box per person. A toothbrush, …"), where
    every point of the block opens with a short lead of advice followed by its explanation: a later sentence of the
    same shape, after the point's explanation and with its own explanation after it, opens the next point (SPEC:
    run-on points in one paragraph are one tip each).

    >>> from pipeline.stages.tips.paras import paragraphs
    >>> t = ("Sow thinly. Crowded seedlings grow leggy and weak.\\n\\nWater at dawn. The leaves dry before the sun "
    ...      "gets hot.\\n\\nNet the brassicas. Pigeons strip them overnight. Thin the carrots early. The smell of "
    ...      "crushed leaves draws the fly.\\n\\nWeed weekly. Small weeds come out whole.")
    >>> items = [Item("paragraph", [(p.start, p.end)]) for p in paragraphs(t)]
    >>> [t[slice(*it.pieces[0])][:12] for it in _run_together_leads(t, items)]
    ['Sow thinly. ', 'Water at daw', 'Net the bras', 'Thin the car', 'Weed weekly.']
    """
    if len(items) < RUN_TOGETHER_MIN_POINTS or any(len(it.pieces) != 1 for it in items):
        return items
    firsts = [lead_sentence(text[slice(*it.pieces[0])]) for it in items]
    if not all(_short_lead(first) for first in firsts):
        return items
    out: list[Item] = []
    for it in items:
        start, end = it.pieces[0]
        chunk = text[start:end]
        starts = sentence_starts(chunk)  # (the second sentence's start first: the lead's explanation)
        cut = next((at for k, at in enumerate(starts) if k >= 1 and k + 1 < len(starts)
                    and _short_lead(chunk[at:starts[k + 1]])), None) if len(starts) >= 3 else None
        if cut is None:
            out.append(it)
            continue
        out.append(replace(it, pieces=[(start, start + len(chunk[:cut].rstrip()))], flags=set(it.flags)))
        out.append(Item(it.form, [(start + cut, end)], [], set(it.flags) | {"run-on"}, group=it.group))
    return out


RUN_TOGETHER_SPARE_LEADS = 3  # short sentences of advice beyond the count: more, and the readings are too many


def _explained_leads(chunk: str, count: int) -> list[int]:
    """Where the ``count`` points of a paragraph whose points ran together start (:func:`run_together_points`):
    each at a sentence that is a short lead of advice with its explanation after it. A short sentence of advice
    inside an explanation ("Aim for 18 degrees.") stands right before the next lead: first the leads followed by
    a sentence of another shape are read as the starts; where they are not ``count``, the one way of choosing
    ``count`` leads none of them right after another is (several ways, or none: no starts).

    >>> t = ("We all sleep badly. Here are two fixes. Keep it cool. It gets too warm. Aim for 18 degrees. "
    ...      "Wake at one hour. The body clock likes it.")
    >>> [t[at:at + 12] for at in _explained_leads(t, 2)]
    ['Keep it cool', 'Wake at one ']
    >>> t = "Intro here. Sow thin. Rows sulk. Check daily. Feel the soil. Pick often. It keeps them cropping."
    >>> [t[at:at + 9] for at in _explained_leads(t, 3)]  # "Feel the soil." explains "Check daily."
    ['Sow thin.', 'Check dai', 'Pick ofte']
    """
    starts = [0, *sentence_starts(chunk)]
    ends = [*starts[1:], len(chunk)]
    leads = [_short_lead(chunk[a:b]) for a, b in zip(starts, ends, strict=True)]
    strict = [k for k in range(len(starts) - 1) if leads[k] and not leads[k + 1]]
    if len(strict) == count:
        return [starts[k] for k in strict]
    cands = [k for k in range(len(starts) - 1) if leads[k]]
    if len(cands) > count + RUN_TOGETHER_SPARE_LEADS:
        return []
    ways = [ks for ks in combinations(cands, count) if all(b - a > 1 for a, b in pairwise(ks))]
    return [starts[k] for k in ways[0]] if len(ways) == 1 else []


def run_together_points(paras: list[Para], context: Context) -> list[Item]:
    """A whole list run into one paragraph with its introduction (the line breaks and the bold of its leads lost in
    a scrape, the sentences maybe glued: "… before we begin.Keep it cool. Heat keeps …"): one point from each
    short lead of advice with its explanation (:func:`_explained_leads`) to the next, the last to the paragraph's
    end, the sentences before the first the introduction (SPEC: run-together leads are one tip each). Only where
    the title or the introduction counts the points and one paragraph holds exactly that many: a paragraph of prose
    holds short sentences of advice anywhere, and without the count nothing says which open points."""
    text, promised = context.text, context.promised
    if promised is None or promised < context.config.min_paragraph_tips:
        return []
    found: list[list[Item]] = []
    for p in paras:
        if p.marker is not None or not has_words(p.text, promised * RUN_TOGETHER_MIN_WORDS):
            continue
        chunk = text[p.start:p.end]
        cuts = _explained_leads(chunk, promised)
        if cuts:
            ends = [*cuts[1:], len(chunk.rstrip())]
            found.append([Item("paragraph", [(p.start + a, p.start + len(chunk[:b].rstrip()))], [], {"run-on"})
                          for a, b in zip(cuts, ends, strict=True)])
    return found[0] if len(found) == 1 else []


def _run_on_ordinal(text: str, item: Item) -> list[Item]:
    """A point paragraph opening with an ordinal ("Fifth, …") that runs on into the next one in a later sentence
    ("… you won't. And sixth, put …"): two points, split where the next ordinal's sentence starts (SPEC: run-on
    points in one paragraph are one tip each). Only the very next rank splits: "first" inside a later point is a
    story's word, not a marker."""
    start, end = item.pieces[0]
    chunk = text[start:end]
    m = ORDINAL_LEAD.match(chunk)
    rank = ORDINAL_RANKS.get(case_blind_lower(m.group("w")), 0) if m is not None else 0
    if not rank:
        return [item]
    for at in sentence_starts(chunk):
        joined = AND_BEFORE.match(chunk, at)  # "And sixth, ...": the "and" goes with the marker
        lead = joined.end() if joined is not None else at
        nxt = ORDINAL_LEAD.match(chunk, lead)
        if nxt is not None and ORDINAL_RANKS.get(case_blind_lower(nxt.group("w"))) == rank + 1:
            first = replace(item, pieces=[(start, start + at)], flags=set(item.flags), headline_span=None)
            split_at = start + lead
            second = Item(item.form, [(split_at, end), *item.pieces[1:]], [(start + at, split_at)],
                          set(item.flags) | {"run-on"}, group=item.group)
            return [first, *_run_on_ordinal(text, second)]
    return [item]


def ordinals_at_least(text: str, lowered: str, n: int) -> bool:
    """Whether :data:`ORDINAL_LEAD` matches ``text`` at least ``n`` times (``lowered``: ``text.lower()``).

    The case-blind pattern is tried at every character (no first letter to skip to: ~0.9 ms a real page); the same
    pattern asked case-sensitively of the lower-cased text is ~7x cheaper and finds the same matches where the text
    holds none of :data:`CASE_BLIND_EXTRAS`: then ``str.lower`` keeps every character one character, leaves blanks
    and commas as they are, and makes a character one of the pattern's (lower-case ASCII) letters exactly when the
    case-blind engine takes it for that letter (checked over every code point by the test). A text holding one of
    them is asked as before.

    >>> ordinals_at_least("First, sow. Second, water. Finally, wait.", "first, sow. second, water. finally, wait.", 3)
    True
    >>> t = "FİRST, sow. Second, water. Finally, wait."
    >>> ordinals_at_least(t, t.lower(), 3), ordinals_at_least("First, sow.", "first, sow.", 3)
    (True, False)
    """
    if any(extra in text for extra in CASE_BLIND_EXTRAS):
        matches = ORDINAL_LEAD.finditer(text)
    else:
        matches = ORDINAL_LEAD_LOWER.finditer(lowered)
    return next(islice(matches, n - 1, None), None) is not None


def ordinal_sentences(paras: list[Para], context: Context) -> list[Item]:
    """Points numbered in words inside running paragraphs ("… you can do. First, stop coffee after lunch. It …
    Second, go to bed …", "Finally, …"): one tip from each ordinal to the next, the last to the end of its
    paragraph. Ordinals that each open a paragraph are left to the paragraph detector (it also judges the
    paragraphs that carry no ordinal)."""
    text, config = context.text, context.config
    lowered = text.lower()
    if "first" not in lowered or "," not in lowered or not ordinals_at_least(text, lowered, config.min_inline_run):
        return []  # the cheap test first: this runs on every article nothing else split
    found: list[tuple[int, int, int]] = []  # (paragraph index, absolute offset, rank)
    openings: set[int] = set()  # offsets where a paragraph's text starts
    ordinal_at: dict[int, int] = {}  # a sentence opening "And finally, …": where its ordinal starts (the "and" goes)
    for idx, p in enumerate(paras):
        if p.marker is not None or "," not in p.text:
            continue
        chunk = text[p.start:p.end]
        lead = len(chunk) - len(chunk.lstrip())
        openings.add(p.start + lead)
        for at in [lead, *sentence_starts(chunk)]:
            joined = AND_BEFORE.match(chunk, at)  # "… starting again. And finally, blitz it …" (SPEC: run-on points)
            m = ORDINAL_LEAD.match(chunk, joined.end() if joined is not None else at)
            if m is not None:
                found.append((idx, p.start + at, ORDINAL_RANKS[case_blind_lower(m.group("w"))]))
                ordinal_at[p.start + at] = p.start + m.start()
    chain: list[tuple[int, int, int]] = []
    for cand in found:
        if cand[2] == 1:
            if len(chain) >= config.min_inline_run:
                break
            chain = [cand]
        elif chain and chain[-1][2] != 0 and cand[2] in (chain[-1][2] + 1, 0):
            chain.append(cand)
    if len(chain) < config.min_inline_run or all(at in openings for _, at, _ in chain):
        return []
    items: list[Item] = []
    for k, (idx, at, _) in enumerate(chain):
        if k + 1 < len(chain):
            nxt_idx, nxt_at, _ = chain[k + 1]
            spans = [(at, paras[idx].end if nxt_idx > idx else nxt_at)]
            spans += [(q.start, q.end) for q in paras[idx + 1:nxt_idx]]
            if nxt_idx > idx:
                spans.append((paras[nxt_idx].start, nxt_at))
        else:
            spans = [(at, paras[idx].end)]
        spans[0] = (ordinal_at[at], spans[0][1])
        pieces = _pieces(text, spans)
        if pieces:
            items.append(Item("paragraph", pieces, [(at, ordinal_at[at])] if ordinal_at[at] > at else [],
                              {"ordinal-sentences"}))
    if items:
        _trim_closing(text, items[-1])
    return _in_list(items, ("ordinal", chain[0][0])) if _good_list(text, items) else []


CUE_REACH = 3  # a cue's number and its timing, alone as paragraphs, stand between a counter and its words
SPOKEN_RUN_MIN = 3  # counters one, two, three at least: a talk's list, not a stray "One." in a story
# The words of each rank a run must pass through (one or first, two or second, three or third): a run of counters
# starts at rank 1 and goes up by one, so a page missing every word of one of the first SPOKEN_RUN_MIN ranks has
# none (see _may_count_aloud)
SPOKEN_RUN_WORDS = tuple(tuple(sorted(w for w, r in SPOKEN_RANKS.items() if r == rank))
                         for rank in range(1, SPOKEN_RUN_MIN + 1))


def _may_count_aloud(text: str) -> bool:
    """A necessary condition for :func:`spoken_counters` to find a run in ``text`` (issue 19: it read every
    paragraph's sentence and line starts on every page nothing else split: 77 of the real texts' 915 calls pass,
    89 of the scale pages' 677; those calls replayed 0.44-0.66 -> 0.07-0.10 s and 0.14-0.16 -> 0.03-0.04 s).

    Why it is necessary: the run it keeps starts with a counter of rank 1 and each next counter is one rank up, and
    it needs at least SPOKEN_RUN_MIN of them, so the page holds a counter of each rank 1 .. SPOKEN_RUN_MIN; a
    counter's number is a word of SPOKEN_RANKS matched case-blind (``SPOKEN_COUNTER``'s ``w`` or ``o`` group) in a
    piece of ``text``. Where ``text`` holds none of :data:`CASE_BLIND_EXTRAS`, ``str.lower`` maps a character to one
    of those words' lower-case ASCII letters exactly when the case-blind engine takes it for that letter, and keeps
    every character one character (see :func:`ordinals_at_least`), so the matched word stands in ``text.lower()``. A
    text holding one of them is let through (asked as before).

    >>> _may_count_aloud("Number one, rest. Number two, drink. Number three, walk."), _may_count_aloud("One, two.")
    (True, False)
    >>> _may_count_aloud("The FIRST thing, the ſecond thing, the third thing.")  # long s: let through
    True
    """
    if any(extra in text for extra in CASE_BLIND_EXTRAS):
        return True
    lowered = text.lower()
    return all(any(word in lowered for word in words) for words in SPOKEN_RUN_WORDS)


def _line_starts(chunk: str) -> list[int]:
    """The offsets just after each newline of ``chunk`` (str.find in C, not a test of every character in Python).

    >>> _line_starts("a\\nbc\\n"), _line_starts("abc")
    ([2, 5], [])
    """
    starts = []
    at = chunk.find("\n")
    while at >= 0:
        starts.append(at + 1)
        at = chunk.find("\n", at + 1)
    return starts


def _said_from(text: str, para: Para) -> int:
    """Where the spoken words of a transcript's or subtitles' paragraph start: after the time a transcript line
    opens with ("1:25 after every shower" -> at "after"), past a subtitle cue's number and timing lines.

    >>> t = "1:25 after every shower"
    >>> t[_said_from(t, Para(0, len(t), t)):]
    'after every shower'
    >>> t = "12\\n00:00:41,000 --> 00:00:43,500\\nafter every shower"
    >>> t[_said_from(t, Para(0, len(t), t)):]
    'after every shower'
    """
    timed = CHAPTER_LINE.match(text, para.start, para.end)
    return timed.start("title") if timed is not None else _after_cues(text, para.start, para.end)


def _after_cues(text: str, at: int, end: int) -> int:
    """``at`` moved past blanks and a subtitle cue's number and timing lines (the spoken words go on under them)."""
    while True:
        while at < end and text[at].isspace():
            at += 1
        m = CUE_LINE.match(text, at, end)
        if m is None:
            return at
        at = m.end()


# The letters case-blind matching reads as another letter (ORDINAL_LEAD and SPOKEN_COUNTER are case-blind): "ſecond"
# is matched as "second", "thırd" and "THİRD" as "third". Lower-casing keeps the first two and turns "İ" into two
# characters (i and a combining dot), so they are folded before it (patterns.CASE_BLIND_LETTERS).
_CASE_BLIND_LETTERS = str.maketrans(CASE_BLIND_LETTERS)


def case_blind_lower(word: str) -> str:
    """A word a case-blind pattern matched, lower-cased as the ASCII word it was matched as (the key of a table of
    ranks: a page written with a long s or a Turkish capital İ crashed the run before: KeyError).

    >>> case_blind_lower("Second"), case_blind_lower("ſecond"), case_blind_lower("THİRD"), case_blind_lower("thırd")
    ('second', 'second', 'third', 'third')
    """
    return word.translate(_CASE_BLIND_LETTERS).lower()


def _spoken_rank(word: str) -> int:
    """The rank of a counter word as SPOKEN_COUNTER matched it, in any case, the letters case-blind matching folds
    included.

    >>> _spoken_rank("Second"), _spoken_rank("ſecond"), _spoken_rank("THIRD"), _spoken_rank("NİNE")
    (2, 2, 3, 9)
    """
    return SPOKEN_RANKS[case_blind_lower(word)]


def spoken_counters(paras: list[Para], context: Context) -> list[Item]:
    """Points counted aloud in a talk's transcript or subtitles ("Number one, count the days …", "Habit two." and
    the habit in the next sentence): each counter a marker, one tip from the words after it to the next counter
    (SPEC). The counters run one, two, three … (ordinal or cardinal); where one stands as a sentence of its own, the
    point is the sentence after it, past any subtitle cue's number and timing (in the next cue if need be)."""
    text, config = context.text, context.config
    if not _may_count_aloud(text):
        return []  # no run can be found (the gate's proof is its docstring)
    found: list[tuple[int, int, int, int]] = []  # (counter's paragraph, counter's offset, words' paragraph, words)
    ranks: list[int] = []
    for idx, p in enumerate(paras):
        chunk = text[p.start:p.end]
        label = TALK_TURN.match(chunk)
        timed = CHAPTER_LINE.match(chunk)  # a transcript's line after its time: "1:20 Fix number one. Open …"
        starts = {0, label.end() if label else 0, timed.start("title") if timed else 0, *sentence_starts(chunk),
                  *_line_starts(chunk)}
        for at in sorted(starts):
            m = SPOKEN_COUNTER.match(chunk, at)
            if m is None:
                continue
            where, words = idx, p.start + m.end()
            if m.group("p") in ".!":  # "Habit two." alone: its point is what is said next, under the cue lines
                words = _after_cues(text, words, p.end)
                while words >= paras[where].end and where + 1 < len(paras) and where - idx <= CUE_REACH:
                    where += 1  # the next cue's words, past the paragraphs that are a cue's number or timing alone
                    words = _after_cues(text, paras[where].start, paras[where].end)
            found.append((idx, p.start + at, where, words))
            ranks.append(_spoken_rank(m.group("w") or m.group("o")))
    chain: list[int] = []  # indexes into found
    for k, rank in enumerate(ranks):
        if rank == 1 and len(chain) < SPOKEN_RUN_MIN:
            chain = [k]
        elif chain and rank == ranks[chain[-1]] + 1:
            chain.append(k)
    if len(chain) < max(SPOKEN_RUN_MIN, config.min_tips):
        return []
    items: list[Item] = []
    for n, k in enumerate(chain):
        _, _, where, words = found[k]
        if n + 1 < len(chain):
            nxt_para, nxt_at = found[chain[n + 1]][0], found[chain[n + 1]][1]
        else:
            nxt_para, nxt_at = where, paras[where].end
        if nxt_para == where:
            spans = [(words, nxt_at)]
            more = where + 1
            while (n + 1 == len(chain) and more < len(paras) and text[spans[-1][0]:spans[-1][1]].rstrip()[-1:]
                   not in SENTENCE_ENDS and CHAPTER_LINE.match(text, paras[more].start, paras[more].end)):
                spans.append((_said_from(text, paras[more]), paras[more].end))  # the last point's sentence runs
                more += 1  # on over the transcript's next lines, to its end
        else:  # on through the paragraphs before the next counter, and the next one's words before it
            # (a transcript's lines each open with their time: "1:25 after every shower, and …" goes on without it)
            spans = [(words, paras[where].end)] + [(_said_from(text, q), q.end) for q in paras[where + 1:nxt_para]]
            spans.append((_said_from(text, paras[nxt_para]), nxt_at))
        pieces = _pieces(text, spans)
        if pieces:
            items.append(Item("paragraph", pieces, [], {"spoken-counters"}))
    return _in_list(items, ("spoken", found[chain[0]][0]))


def _head_words(text: str, item: Item) -> set[str]:
    s, e = item.headline_span or item.pieces[0]
    return content_words(lead_sentence(text[s:e]))


def _restates(first: list[set[str]], later: list[set[str]]) -> bool:
    """Two thirds of ``first`` share a content word with the item of ``later`` at the same place, and more than
    with any other item of ``later`` (words every item of a topical page shares prove nothing).

    >>> _restates([{"space", "walls"}, {"door"}, {"paint"}], [{"space"}, {"door", "hooks"}, {"paint", "space"}])
    True
    >>> _restates([{"python"}, {"python"}, {"python"}], [{"python"}, {"python"}, {"python"}])
    False
    """
    hits = 0
    for k, words in enumerate(first):
        overlaps = [len(words & other) for other in later]
        hits += overlaps[k] > 0 and all(overlaps[k] > o for j, o in enumerate(overlaps) if j != k)
    return 3 * hits >= 2 * len(first)


def _one_line_list(text: str, members: list[Item]) -> bool:
    """Three items or more, each one line of :data:`OVERVIEW_MAX_WORDS` words at most: a list that only names
    points (an overview above them, a recap or a checklist below)."""
    return len(members) >= 3 and not any(len(it.pieces) > 1 or has_words(text[slice(*it.pieces[0])],
                                                                          OVERVIEW_MAX_WORDS + 1) for it in members)


def _names_the_points(text: str, short: list[Item], points: list[Item]) -> bool:
    """Tell whether the one-line list ``short`` names the points of the list ``points``, one by one: as many
    items, twice the text at least behind the points, and the items restate them in order (:func:`_restates`).
    A list repeated as it is stays a list."""
    def size(members: list[Item]) -> int:
        return sum(e - s for it in members for s, e in it.pieces)

    return (len(short) == len(points) and _one_line_list(text, short) and size(points) >= 2 * size(short)
            and _restates([_head_words(text, it) for it in short], [_head_words(text, it) for it in points]))


def without_overviews(text: str, items: list[Item]) -> list[Item]:
    """Leave out a list that only names the points another list makes (:func:`_names_the_points`): above them, an
    overview ("Use the space on the walls" … then "Idea #1: Use Wall Space" and its paragraph), a table of
    contents; below them, a recap, a printable summary or a checklist of ticks ("☐ Rehearse the opening", "[ ]
    History check done" under the points that explain them: holdout27's interview steps and used-car checks, two
    hands). The points are counted once, where they are made.

    >>> t = ("1. Sow thinly. Crowded rows sulk.\\n2. Water at dawn. Leaves dry by noon.\\n"
    ...      "3. Net the peas. Pigeons love them.\\n• Sow thinly\\n• Water at dawn\\n• Net the peas")
    >>> forms = ["numbered"] * 3 + ["bullet"] * 3  # each item's text after its marker
    >>> items = [Item(form, [m.span(1)], group=(form, 0))
    ...          for form, m in zip(forms, re.finditer(r"(?:\\d\\. |• )(.+)", t), strict=True)]
    >>> [it.form for it in without_overviews(t, items)]
    ['numbered', 'numbered', 'numbered']
    """
    lists: dict[tuple[str, int], list[Item]] = {}
    for it in items:
        lists.setdefault(it.group, []).append(it)
    if len(lists) < 2:
        return items
    ordered = sorted(lists.values(), key=lambda g: g[0].start)
    drop: set[tuple[str, int]] = set()
    for k, first in enumerate(ordered):
        for later in ordered[k + 1:]:
            if first[-1].end > later[0].start:
                continue
            if _names_the_points(text, first, later):
                drop.add(first[0].group)
            elif _names_the_points(text, later, first):
                drop.add(later[0].group)
    return [it for it in items if it.group not in drop]


def _summary_head(para: Para) -> bool:
    """A short line naming a summary box ("Key takeaways", "In short:", "まとめ"), no list item itself; an emoji
    before it ("⚡ TL;DR", "📌 Key takeaways") decorates the heading, though it reads as a bullet's glyph.

    >>> _summary_head(Para(0, 7, "⚡ TL;DR", Marker("bullet", "⚡", None, 0, 2))), _summary_head(Para(0, 7, "In short"))
    (True, True)
    >>> _summary_head(Para(0, 9, "• In short", Marker("bullet", "•", None, 0, 2)))
    False
    """
    return ((para.marker is None or para.marker.kind == "bullet" and pictograph(para.marker.style))
            and len(para.text) <= SUMMARY_HEAD_MAX_CHARS and SUMMARY_HEAD.match(para.text) is not None)


def summary_boxes(paras: list[Para], items: list[Item]) -> set[int]:
    """The starts of the paragraphs of every list that stands right under a summary heading (:func:`_summary_head`)
    with one line per item, and of that heading: a box restating the article's points ("Key takeaways" over four
    short lines, then the five sections; "まとめ" over three lines after them). The caller asks the article again
    without them and keeps that answer only where the points are found elsewhere: a box that is the article's only
    list stays its points. (The heading goes with its box: left alone over the introduction it would read as one
    more title line among the sections' headings.)

    >>> ps = [Para(0, 13, "Key takeaways"), Para(14, 30, "• Cook less", Marker("bullet", "•", None, 14, 16))]
    >>> sorted(summary_boxes(ps, [Item("bullet", [(16, 30)], group=("bullet", 0))]))
    [0, 14]
    >>> summary_boxes([Para(0, 13, "Why it works"), ps[1]], [Item("bullet", [(16, 30)], group=("bullet", 0))])
    set()
    """
    lists: dict[tuple[str, int], list[Item]] = {}
    for it in items:
        if it.form in ("bullet", "numbered"):
            lists.setdefault(it.group, []).append(it)
    starts = [p.start for p in paras]
    boxed: set[int] = set()
    for members in lists.values():
        if any(len(it.pieces) > 1 for it in members):
            continue  # a box is one line per item; points run on over paragraphs
        k = bisect_right(starts, members[0].start) - 1
        if k >= 1 and _summary_head(paras[k - 1]):
            last = members[-1].end
            boxed.update(p.start for p in paras[k - 1:] if p.start < last)
    return boxed


def _callout(text: str) -> bool:
    """A paragraph opening with a callout's label and a colon ("Pro tip: carry a torch.", "Note: …"), or a callout's
    label standing as a line of its own over the aside ("Expert tip"): the label noun alone or after generic words
    only (:data:`LABEL_MODIFIERS`: "Quick tip:", "One more note:").

    >>> _callout("Pro tip: carry a small torch."), _callout("Note: it rains."), _callout("Pick a day: Sunday works.")
    (True, True, False)
    >>> _callout("Expert tip"), _callout("Top tips for a dry tent")
    (True, False)
    """
    at = text.find(":", 0, CALLOUT_LABEL_REACH)
    if at < 0:
        at = len(text) if len(text) <= CALLOUT_LABEL_REACH and "\n" not in text else -1
    if at < 0:
        return False
    words = [w.strip("\"“”‘’'(),;.!?*").lower() for w in text[:at].split()]
    return (bool(words) and len(words) <= 3 and words[-1] in CALLOUT_WORDS
            and all(w in LABEL_MODIFIERS for w in words[:-1]))


CALLOUT_LABEL_REACH = 30  # "Another quick tip:": a label is a few words


def without_callouts(text: str, items: list[Item]) -> list[Item]:
    """Leave out the callouts among a list's points: an item opening with a label and a colon ("Pro tip: …",
    "Warning: …") where most of its list's items do not open so is an aside the page sets apart, not a point (SPEC);
    a list whose items all open "Tip:" keeps them. A "Bonus tip:" item is one more point, never an aside (SPEC r20).

    >>> t = "Sow thinly.\\nWater early.\\nPro tip: use rain water.\\nBonus tip: label the rows."
    >>> its = [Item("bullet", [(m.start(), m.end())], group=("bullet", 0)) for m in re.finditer(r"[^\\n]+", t)]
    >>> [t[slice(*it.pieces[0])] for it in without_callouts(t, its)]
    ['Sow thinly.', 'Water early.', 'Bonus tip: label the rows.']
    """
    groups: dict[tuple[str, int], list[bool]] = {}
    heads = [text[it.pieces[0][0]:it.pieces[0][1]] for it in items]
    marks = [_callout(head) and not BONUS_COUNTER.match(head) for head in heads]
    for it, mark in zip(items, marks, strict=True):
        groups.setdefault(it.group, []).append(mark)
    return [it for it, mark in zip(items, marks, strict=True)
            if not mark or 2 * sum(groups[it.group]) > len(groups[it.group])]


THINGS_LINE_MAX_WORDS = 12  # "Laptop (with our image installed)", "Seeds or small plants from a nursery": a thing named


def _things_line(text: str, item: Item) -> bool:
    """An item that names a thing in a line and says nothing of it: one short line, no sentence end."""
    if len(item.pieces) != 1:
        return False
    line = text[item.pieces[0][0]:item.pieces[0][1]].strip()
    return ("\n" not in line and bool(line) and line[-1] not in f".!?:;…。！？{SCRIPT_FULL_STOPS}"
            and not has_words(line, THINGS_LINE_MAX_WORDS + 1))


THINGS_LANGUAGE_SAMPLE = 1500  # the body's opening, read for its language
ENGLISH_THING_MAX_WORDS = 7  # "A handwritten card from the team": in English a longer line states something of it


def _things_list(text: str, members: list[Item]) -> bool:
    """A list whose lines each name a thing (:func:`_things_line`); read in English, each in a few words, as a line
    that says something ("A curtain on the door beats a new boiler") is a point stated short."""
    if not all(_things_line(text, it) for it in members):
        return False
    lines = [text[it.pieces[0][0]:it.pieces[0][1]] for it in members]
    return all(len(t.split()) <= ENGLISH_THING_MAX_WORDS for t in lines) or not reads_english(
        text[:THINGS_LANGUAGE_SAMPLE])  # (the page's language: a few short lines say too little of it)


def _opens_asking(text: str, item: Item) -> bool:
    """An item whose first line is a question ("Who orders the laptop?" and its answer under it)."""
    first = text[item.pieces[0][0]:item.pieces[0][1]].strip().split("\n", 1)[0].rstrip()
    return first[-1:] in "?？؟"


def _line_before(text: str, at: int) -> str:
    """The last line with words above offset ``at`` (a list's heading), stripped."""
    for line in reversed(text[max(0, at - LINE_BEFORE_REACH):at].split("\n")[:-1]):
        if line.strip():
            return line.strip()
    return ""


LINE_BEFORE_REACH = 200  # a heading stands right over its list
BOXES_REACH = 800  # a how-to's closing boxes follow one another


def _closing_tips_box(text: str, members: list[Item]) -> bool:
    """A how-to's closing "Tips" box beside its "Warnings" box (a wiki's end matter: SPEC sets both apart from the
    steps). A recipe card's "Tips" under its method, with no warnings beside it, holds the cook's points."""
    if not TIPS_BOX_CUE.match(_line_before(text, members[0].start)):
        return False
    after = text[members[-1].end:members[-1].end + BOXES_REACH]
    return any(WARNINGS_CUE.match(line.strip()) for line in after.split("\n") if line.strip())


def without_lists_beside_points(text: str, items: list[Item], least: int) -> list[Item]:
    """Leave out the bullet lists that stand beside a page's numbered lists of points and are none: before them, a
    list of things named in lines (what to have ready, what the parcel holds: its materials, as a recipe's ingredients
    are, whatever language or heading names them); after them, a list of questions each with its answer (the readers'
    questions, a FAQ under the points: SPEC) or a how-to's closing "Tips" box (its asides, SPEC). The numbered lists
    are what the page advises."""
    numbered = [it for it in items if it.form == "numbered"]
    if len(numbered) < least:
        return items
    first, last = numbered[0].start, numbered[-1].end
    groups: dict[tuple[str, int], list[Item]] = {}
    for it in items:
        if it.form == "bullet":
            groups.setdefault(it.group, []).append(it)
    beside = {g for g, members in groups.items()
              if members[-1].end <= first and _things_list(text, members)
              or members[0].start >= last and (all(_opens_asking(text, it) and len(it.pieces) > 1 for it in members)
                                               or _closing_tips_box(text, members))}
    return [it for it in items if it.group not in beside] if beside else items


def without_card_method(text: str, paras: list[Para], items: list[Item]) -> list[Item]:
    """Without a recipe card's method: where a page heads its ingredients twice and numbers its method under the
    first, the numbered steps under the second heading are the print card's summary of the same method (SPEC: a
    method given twice is labelled once, where it first appears). The card's other items (a tips box) stay."""
    heads = [p.start for p in paras if p.marker is None and INGREDIENTS_HEADING.match(p.text)]
    if not heads:
        return items
    if len(heads) >= 2:
        above, card = heads[0], heads[1]
    else:
        # the ingredients listed only on the card, under a numbered method told above it in the post: the card's
        # steps are the same method where they say it in the method's words (else the list above was no method)
        above, card = -1, heads[0]
    method = [it for it in items if it.form == "numbered" and above < it.start < card]
    summary = [it for it in items if it.form == "numbered" and it.start > card]
    if not method or len(summary) > len(method):
        return items  # (a card summarises the method in as many steps or fewer; more steps are a second recipe)
    if above < 0 and not _retold(text, method, summary):
        return items
    return [it for it in items if not (it.form == "numbered" and it.start > card)]


CARD_RETOLD_SHARE = 0.5  # a card's summary says most of its words as the method did


def _retold(text: str, method: list[Item], summary: list[Item]) -> bool:
    """Tell whether a card's numbered steps retell the method above: most of their longer words (four letters or
    more) stand in the method's text.

    >>> steps = ["Whisk the eggs well.", "Fry them gently.", "Whisk eggs.", "Fry gently."]
    >>> t = " ".join(steps)
    >>> its = [Item("numbered", [(t.index(step), t.index(step) + len(step))]) for step in steps]
    >>> _retold(t, its[:2], its[2:]), _retold(t.replace("Whisk eggs", "Chop leek"), its[:2], its[2:])
    (True, False)
    """
    def words(members: list[Item]) -> list[str]:
        return [w for it in members for s, e in it.pieces for w in re.findall(r"[^\W\d_]{4,}", text[s:e].casefold())]
    told = set(words(method))
    again = words(summary)
    return bool(again) and sum(w in told for w in again) >= CARD_RETOLD_SHARE * len(again)


def without_quiz_furniture(text: str, items: list[Item]) -> list[Item]:
    """Leave out a numbered list's boxes that are a quiz's or a flowchart's furniture, not its advice (SPEC): in a
    list where two boxes or more send the reader on to another box ("YES -> go to Step 6"), the boxes that do and the
    boxes that only ask (a question line) are the chart's questions, the rest its fixes; a numbered list after
    another whose every item opens with an option's letter ("1 - b. …") is the quiz's answer key."""
    groups: dict[tuple[str, int], list[Item]] = {}
    for it in items:
        if it.form == "numbered":
            groups.setdefault(it.group, []).append(it)
    drop: set[int] = set()
    firsts = sorted(members[0].start for members in groups.values())
    for members in groups.values():
        # a box runs to the next box (its go-to lines may stand apart from its text, as the chart's arrows do)
        ends = [it.start for it in members[1:]] + [members[-1].end]
        bodies = [text[it.start:end] for it, end in zip(members, ends, strict=True)]
        branching = [GO_TO_LINE.search(body) is not None for body in bodies]
        if sum(branching) >= 2:
            drop.update(id(it) for it, branch in zip(members, branching, strict=True)
                        if branch or lead_sentence(text[it.pieces[0][0]:it.pieces[0][1]]).rstrip()[-1:] in "?？؟")
        if (len(members) >= 2 and members[0].start > firsts[0]
                and all(ANSWER_KEY_LETTER.match(text, it.pieces[0][0]) for it in members)):
            drop.update(id(it) for it in members)
    return [it for it in items if id(it) not in drop] if drop else items


SHARE_ROW_WORDS_PER_NETWORK = 4  # the networks' names make up the row: a button label ("Share:", "Jaga") per name


def share_row(para: Para) -> bool:
    """A row of share buttons: a short unmarked line naming two social networks or more, made mostly of their
    names, in any language ("Споделете: Facebook Twitter Viber", "Jaga Twitteris Jaga Facebookis").

    >>> share_row(Para(0, 0, "Deilið: Facebook Twitter Prenta")), share_row(
    ...     Para(0, 0, "Post the photo on Facebook and ask on Reddit before you buy anything."))
    (True, False)
    """
    if para.marker is not None or len(para.text) > SHARE_ROW_MAX_CHARS:
        return False  # the cheap tests first: this runs on every paragraph of an article with a list
    networks = len(SOCIAL_NETWORK.findall(para.text))
    return (networks >= SHARE_ROW_MIN_NETWORKS and len(para.text.split()) <= SHARE_ROW_WORDS_PER_NETWORK * networks
            and para.text.rstrip()[-1:] not in ".!?")


def before_share_row(paras: list[Para], items: list[Item]) -> list[Item]:
    """Leave out the lists that start below a row of share buttons standing under an earlier list: the article ended
    at its buttons, and a numbered list further down is a reader's comment, a "most read" box or another page's
    (in any language: the networks' names are the same everywhere). A row above every list (the page's header) cuts
    nothing, and a list running on past a row is kept whole."""
    if not items:
        return items
    first = min(it.start for it in items)
    row = next((p.start for p in paras if p.start > first and share_row(p)), None)
    if row is None:
        return items
    above = {it.group for it in items if it.start < row}
    return [it for it in items if it.start < row or it.group in above]


def faq_section(paras: list[Para]) -> tuple[int, int] | None:
    """The paragraphs ``[start, end)`` of a FAQ set under the article's first paragraph, from its heading ("Frequently
    asked questions", "Questions we get asked", :data:`FAQ_HEADING`) over its first question to the first title line
    that asks nothing (a recipe card's name under it), else ``None``: SPEC reads an FAQ section after an article's
    points as no more tips, however its questions are laid out (a question too long for a title line, an answer's
    list). The same words in a contents list, a line of it over the article's introduction, head no FAQ.

    >>> from pipeline.stages.tips.paras import paragraphs
    >>> faq_section(paragraphs("Sow thin. Rows help.\\n\\nFAQs\\n\\nCan I sow in pots?\\n\\nYes.\\n\\nSeed card"))
    (1, 4)
    >>> faq_section(paragraphs("FAQs\\n\\nCan I sow in pots? Yes.")) is None
    True
    """
    start = next((k for k, p in enumerate(paras[:-1]) if k > 0 and p.marker is None
                  and len(p.text) <= FAQ_HEADING_MAX_CHARS and FAQ_HEADING.match(heading_words(p.text))
                  and lead_sentence(paras[k + 1].text).endswith("?")), None)
    if start is None:
        return None
    end = next((k for k in range(start + 1, len(paras)) if is_heading(paras[k]) and not paras[k].text.endswith("?")),
               len(paras))
    return start, end


def without_consent_notices(text: str, items: list[Item]) -> list[Item]:
    """Leave out a site's cookie notice read as a section ("Cookies on this site" over "We use cookies … Accept"): the
    page's, never a point, whatever shape it took."""
    return [it for it in items if not any(is_consent_banner(text[s:e]) for s, e in it.pieces[:2])]


def without_asides(text: str, paras: list[Para], items: list[Item], promised: int | None) -> list[Item]:
    """Leave out a list that is an aside in a page of prose that gives no advice: a news story's fact box
    ("33% of those in hospital …"), its "Join now to get: — instant access …" promotion, a box of links to other
    stories. Such a list is a few one-line items of which fewer than half advise, under a fifth of the text, among
    :data:`ASIDE_MIN_PROSE_WORDS` words of English prose or more that hardly speak to the reader (advice says "you"
    two to six times in a hundred words, news and essays almost never). A page that promises a count ("Five …")
    keeps its list."""
    if promised is not None or not items or text.count(" ") < ASIDE_MIN_PROSE_WORDS:
        return items  # the cheap tests first: this runs on every article with a list
    lists: dict[tuple[str, int], list[Item]] = {}
    for it in items:
        if it.form in ("bullet", "numbered") and "lost-glyphs" not in it.flags:
            lists.setdefault(it.group, []).append(it)
    drop: set[tuple[str, int]] = set()
    sizes = [(p, n) for p in paras if p.marker is None and (n := p.text.count(" ") + 1) >= 8]  # prose and its words
    for group, members in lists.items():
        if len(members) > ASIDE_MAX_ITEMS or any(len(it.pieces) > 1 for it in members):
            continue  # a box is a few one-line items
        start, end = members[0].start, members[-1].end
        prose = [p for p, _ in sizes if p.end <= start or p.start >= end]
        words = sum(n for p, n in sizes if p.end <= start or p.start >= end)
        if words < ASIDE_MIN_PROSE_WORDS or (end - start) * ASIDE_MAX_SHARE_INV >= sum(len(p.text) for p in prose):
            continue  # too little prose around the list, or too much of the page in the list (in characters)
        said = [normalise(text[slice(*it.pieces[0])]) for it in members]
        if 2 * sum(gives_advice(t) for t in said) >= len(said):
            continue
        joined = " ".join(p.text for p in prose)
        # advice speaks to the reader; a news story or an essay hardly says "you" (in the languages whose words
        # for "you" the tables know: English, German, French, Spanish, Italian, Dutch, Portuguese)
        address = reader_address(joined)
        if address is not None and len(address.findall(joined)) * ASIDE_PROSE_WORDS_PER_YOU < words:
            drop.add(group)
    return [it for it in items if it.group not in drop]


@dataclass(frozen=True, slots=True)
class Context:
    """What every detector reads besides the paragraphs: the body text, the config, and the paragraphs that
    detectors before it already took (``add`` detectors leave them alone)."""

    text: str
    config: TipsConfig
    taken: frozenset[int] = frozenset()
    promised: int | None = None  # how many points the title or the introduction announces ("Four Signs …")
    leads: frozenset[str] = frozenset()  # the bold words an HTML page's paragraphs open with (normalised)
    breaks: frozenset[int] = frozenset()  # starts of the paragraphs right after a box of links the split left out
    promised_abroad: int | None = None  # the count a title or an introduction in another language opens with
    cell_ends: frozenset[int] = frozenset()  # where a cell of a table copied as text ended at a tab (now a line break)


@dataclass(frozen=True, slots=True)
class Detector:
    """One entry of the registry: a name, the form it emits, when it runs (``add`` or ``if-none``) and ``detect``."""

    name: str
    form: str
    when: str
    detect: Callable[[list[Para], Context], list[Item]]


def sections_around(paras: list[Para], items: list[Item], context: Context) -> list[Item]:
    """The questions of a FAQ whose list sits inside one answer ("What can I use instead? … Here is the method:
    1. … 2. … 3. …" under one of five questions): the list is that answer's, and the questions are the points, or
    ``[]`` when the page is no such FAQ. Run after the list detectors, which go first and would otherwise take the
    page; questions must stand above and below the list (the cheap test first). Sections headed by statements
    are not asked: a recipe card's "Ingredients", "Instructions" and "Notes" hold its method, which is the list."""
    if not items:
        return []
    first, last = items[0].start, items[-1].end
    outside = [p for p in paras if (p.end <= first or p.start >= last) and _asks(p)]
    if len(outside) < context.config.min_headed_sections - 1 or not any(p.end <= first for p in outside):
        return []  # the question that heads the list's answer stands above it (the next one below, or none: the last)
    for detect in (headed_sections, question_sections):
        sections = detect(paras, context)  # a context of its own: no paragraph taken
        if (all(context.text[sec.pieces[0][1] - 1] == "?" for sec in sections)
                and any(sec.start <= first and last <= sec.end for sec in sections)):
            # the FAQ's questions about its publisher's service ("How much is a permit?") are no points, whichever
            # detector found the sections
            return _advising_questions(sections, [context.text[slice(*sec.pieces[0])] for sec in sections])
    return []


MIN_POINT_HEADING_WORDS = 3  # "Protect your pipes from freezing": a point; "Ingredients", "Method": a card


def statement_sections_around(paras: list[Para], items: list[Item], context: Context) -> list[Item]:
    """The points of a guide headed one per section in statements ("Check your heating before winter starts",
    "Protect your pipes from freezing", ...), where one bullet list sits inside one section ("To reduce the risk: •
    lag the pipes • ..."): the list is that section's, and the headed sections are the points, or ``[]`` when the
    page is no such guide. Sections must stand above and below the list, outnumber its items, and be headed by
    statements of a few words, never a recipe card's labels ("Ingredients", "Method", "Notes"), whose list is the
    method."""
    if not items or len({it.group for it in items}) != 1 or items[0].form != "bullet":
        return []
    first, last = items[0].start, items[-1].end
    sections = headed_sections(paras, context)  # a context of its own: no paragraph taken
    if len(sections) <= len(items) or any(sec.headline_span is None for sec in sections):
        return []
    heads = [context.text[sec.headline_span[0]:sec.headline_span[1]] for sec in sections]
    if any(len(head.split()) < MIN_POINT_HEADING_WORDS or head.rstrip().endswith("?") for head in heads):
        return []  # (questions: sections_around's)
    holding = [sec for sec in sections if sec.start <= first and last <= sec.end]
    above = [sec for sec in sections if sec.end <= first]
    below = [sec for sec in sections if sec.start >= last]
    return sections if len(holding) == 1 and above and below else []


def _lead_point(para: Para) -> bool:
    """A paragraph of prose opening with a short advising sentence and explaining it after ("Charge the radio
    first. A storm can cut the power for days."): a point whose bold lead was lost, in lead-and-explanation shape."""
    if not _prose(para) or para.text.endswith(":") or not (starts := sentence_starts(para.text)):
        return False
    return not has_words(para.text[:starts[0]], GROUP_HEAD_MAX_WORDS + 1) and is_advice(para.text)


def lead_points_around(paras: list[Para], items: list[Item], context: Context) -> list[Item]:
    """The points of a guide written as lead-and-explanation paragraphs (:func:`_lead_point`), grouped under
    headings ("Before a storm", "During a storm", "After it"), where a bullet list or two sits inside one point,
    under a line of its own ending in a colon ("What to keep in a storm kit:"): each list is that point's, and the
    paragraphs are the points, or ``[]`` when the page is no such guide. The points must stand above and below the
    lists, outnumber their items, and every list must follow a point with nothing but its lead-in line between."""
    if not items or any(it.form != "bullet" or not it.markers for it in items):
        return []  # lists with their glyphs (lines under a lead-in without one are lead_in_lists', a post's own)
    first, last = items[0].start, items[-1].end
    points = [k for k, p in enumerate(paras) if _lead_point(p)]
    if (len(points) <= len(items) or len(points) < context.config.min_tips
            or not any(paras[k].end <= first for k in points) or not any(paras[k].start >= last for k in points)):
        return []
    listed = {k for k, p in enumerate(paras) if p.marker is not None}
    for k in listed:
        above = max((j for j in points if j < k), default=None)
        # between the point and its list: the list's earlier items and its lead-in line, nothing else
        if above is None or any(j not in listed and not paras[j].text.endswith(":") for j in range(above + 1, k)):
            return []
    found = []
    for n, k in enumerate(points):
        end = points[n + 1] if n + 1 < len(points) else len(paras)
        group = [paras[k]]
        for j in range(k + 1, end):
            if j not in listed and not (paras[j].text.endswith(":") and j + 1 in listed):
                break
            group.append(paras[j])
        if (item := _item_from_paras(context.text, "paragraph", group)) is not None:
            item.headline_span = None  # headed by its lead sentence, not by a title line
            found.append(item)
    return _in_list(found, ("lead-points", points[0]))


MIN_DECIMAL_STEPS = 3  # subsections numbered under one section: its steps (a copyright and a disclaimer: parts)


def decimal_steps_within(paras: list[Para], items: list[Item], context: Context) -> list[Item]:
    """The steps of a document numbered in sections ("1. Introduction", "2. What you need", "3. Truing, step by
    step", …), where one section's subsections are numbered under it ("3.1. Find the worst wobble first", "3.2. …")
    and each heads its own text: the subsections are the points, and the numbered sections (the introduction, the
    tools, further reading) are the document's parts, or ``[]`` when the page is no such document. Every section
    must be a title line, and so must every subsection: numbered sentences with numbered sub-points under them are
    a list of points and their details (its points stay)."""
    if len(items) < 2 or items[0].form != "numbered" or len({it.group for it in items}) != 1:
        return []
    text = context.text
    if not all(is_heading(Para(0, 0, normalise(text[slice(*it.pieces[0])]))) for it in items):
        return []
    best: list[tuple[int, int]] = []
    section: Item | None = None
    for it in items:
        number = text[slice(*it.markers[0])].strip().rstrip(".)") if it.markers else ""
        heads: list[tuple[int, int]] = []  # each subsection's paragraph index and where its words start
        for k, p in enumerate(paras):
            if not it.start <= p.start < it.end or p.marker is not None:
                continue
            m = DECIMAL_SECTION.match(p.text)
            if (m is not None and m["section"] == number and int(m["sub"]) == len(heads) + 1
                    and is_heading(Para(0, 0, p.text[m.end():]))):
                heads.append((k, p.start + len(text[p.start:p.end]) - len(text[p.start:p.end].lstrip())
                              + m.end()))
        if len(heads) > len(best):
            best, section = heads, it  # the section holding the most subsections holds the steps
    if section is None or len(best) < max(context.config.min_tips, MIN_DECIMAL_STEPS):
        return []
    steps = []
    for n, (k, words) in enumerate(best):
        until = best[n + 1][0] if n + 1 < len(best) else next(
            (j for j, q in enumerate(paras) if q.start >= section.end), len(paras))
        pieces = _pieces(text, [(words, paras[k].end)] + [(q.start, q.end) for q in paras[k + 1:until]])
        steps.append(Item("headed", pieces, [(paras[k].start, words)], {"decimal-section"},
                          headline_span=pieces[0], whole_headline=True))
    return _in_list(steps, ("decimal", best[0][0]))


PROBLEM_PAIRS_MIN = 2  # problems each over its Do and Don't lines: two in a row make the page's shape


def problem_pairs(paras: list[Para], context: Context) -> list[Item]:
    """A leaflet's problems, each a short question line over its fix as a "Do:" line and a "Don't:" line ("Heap
    smells?" / "Do: fork in straw." / "Don't: add more grass."), in a run of two or more: one tip per problem, headed
    by the question (SPEC: a heading over its own Do/Don't pair heads that tip, as a problem heads its fix). Added
    to the page's other points (its Do list and Don't list above them). (Seen on one page, holdout26's compost
    leaflet: narrow, every pair needs both labels.)

    >>> from pipeline.stages.tips.paras import paragraphs
    >>> from pipeline.stages.tips.config import DEFAULT_TIPS
    >>> t = ("Soil sour?\\nDo: add lime.\\nDon't: add more manure.\\n\\nSlugs everywhere?\\nDo: go out at dusk.\\n"
    ...      "Don't: use pellets.")
    >>> [t[slice(*it.headline_span)] for it in problem_pairs(paragraphs(t), Context(t, DEFAULT_TIPS))]
    ['Soil sour?', 'Slugs everywhere?']
    """
    text, taken = context.text, context.taken
    items: list[Item] = []
    for k in range(len(paras) - 2):
        head, do, dont = paras[k:k + 3]
        if (k in taken or head.marker is not None or not head.text.endswith("?")
                or has_words(head.text, GROUP_HEAD_MAX_WORDS + 1) or sentence_starts(head.text)
                or do.marker is not None or not DO_FIX.match(do.text)
                or dont.marker is not None or not DONT_FIX.match(dont.text)):
            continue
        item = _item_from_paras(text, "headed", [head, do, dont])
        if item is not None:
            item.headline_span, item.whole_headline = item.pieces[0], True
            items.append(item)
    return _in_list(items, ("problem", items[0].start)) if len(items) >= PROBLEM_PAIRS_MIN else []


# The precedence of the evidence, as data (module docstring of pipeline.stages.tips): labelled Q&A pairs first (a
# list inside an answer is part of it); numbered lines, else numbered runs inside paragraphs; then bullets, lists
# whose glyphs were lost and situation/response pairs on the paragraphs left; headed sections only when nothing was
# found, else sections headed by questions, else points numbered in words inside paragraphs ("First, … Second,
# …"); paragraph tips last, and only when nothing else was.
DETECTORS: tuple[Detector, ...] = (
    Detector("qa-pairs", "headed", "add", qa_pairs),
    Detector("numbered-lines", "numbered", "add", numbered_lines),
    Detector("inline-numbered", "numbered", "if-none", inline_numbered),
    Detector("one-slide", "numbered", "if-none", one_slide),
    Detector("bullets", "bullet", "add", bullets),
    Detector("lead-in-lists", "bullet", "add", lead_in_lists),
    Detector("situation-response", "headed", "add", situation_response),
    Detector("problem-pairs", "headed", "add", problem_pairs),
    Detector("video-chapters", "numbered", "if-none", video_chapters),
    Detector("signed-items", "paragraph", "if-none", signed_items),
    Detector("table-rows", "headed", "if-none", table_rows),
    Detector("headed-sections", "headed", "if-none", headed_sections),
    Detector("question-sections", "headed", "if-none", question_sections),
    Detector("counted-posts", "paragraph", "if-none", counted_posts),
    Detector("ordinal-sentences", "paragraph", "if-none", ordinal_sentences),
    Detector("spoken-counters", "paragraph", "if-none", spoken_counters),
    Detector("paragraphs", "paragraph", "if-none", paragraph_tips),
    Detector("run-together-points", "paragraph", "if-none", run_together_points),
)
WHEN = ("add", "if-none")
