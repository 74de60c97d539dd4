"""The split: guard the end matter, cut paragraphs, run the detectors in registry order, keep the tips."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable
from dataclasses import replace
from itertools import accumulate

from ...text.attribution import (
    ANSWERED_INLINE,
    VOTED_HEAD,
    dated_name,
    is_accepted_mark,
    is_answer_card,
    is_footer_chrome,
    most_thanked,
    most_voted,
)
from ...text.languages import alternation
from .config import DEFAULT_TIPS, TipsConfig
from .detect import (
    DETECTORS,
    GROUP_HEAD_MAX_WORDS,
    LEAD_BODY_MIN_WORDS,
    Context,
    FoundTip,
    Item,
    Split,
    before_share_row,
    bonus_after_points,
    counted_chapters,
    decimal_steps_within,
    faq_section,
    lead_points_around,
    sections_around,
    statement_sections_around,
    summary_boxes,
    within_slides,
    without_asides,
    without_callouts,
    without_card_method,
    without_consent_notices,
    without_lists_beside_points,
    without_overviews,
    without_quiz_furniture,
)
from .gate import INTRO_MIN_LINE_WORDS, advises
from .paras import (
    Para,
    _para,
    answer_start,
    capitalise_first,
    colon_lead,
    comment_head,
    count_abroad,
    dash_lead,
    expected_count,
    guard_matches,
    has_words,
    heading_words,
    headline_of,
    is_heading,
    lead_sentence,
    normalise,
    page_furniture,
    paragraphs,
    post_stamp,
    promised_count,
    sentence_starts,
    unlabelled,
)
from .patterns import (
    EDIT_CARD,
    GLUED_HEAD,
    GUARD_MIN_SHARE,
    LOST_GLYPH,
    MORE_READING,
    MORE_READING_MAX_CHARS,
    MORE_READING_TITLE_WORDS,
    QA_STAMP,
    SENTENCE_ENDS,
    SEQUENCE_WORD_ABROAD_BARE,
    TIME_SLOT,
)


def guard_offset(text: str, stops: Iterable[str] = ()) -> int:
    """Return where the body's end matter starts (licence, bio, "About the Author", share buttons), or its length.

    ``stops`` are texts known to be end matter (the article's licence statement, bio, sign-off).

    >>> body = "Intro. " * 20 + "1. Smile. 2. Listen. About the Author: Jo sells things."
    >>> body[guard_offset(body):][:16]
    'About the Author'
    """
    floor = int(len(text) * GUARD_MIN_SHARE)
    best = len(text)
    for m in guard_matches(text):
        at = m.start() + (len(m.group()) - len(m.group().lstrip()))
        line = text[at:text.find("\n", at) % (len(text) + 1)].strip()
        if len(line) >= 12 and len(running := running_footer(text, line[:60])) >= RUNNING_FOOTER_MIN:
            best = min(best, running[-1])  # a footer on every slide or page: the end matter is its last one
            break
        if at >= floor:
            best = min(best, at)
            break
    for stop in stops:
        probe = normalise(stop)[:60]
        if len(probe) < 12:
            continue
        if len(running := running_footer(text, probe)) >= RUNNING_FOOTER_MIN:
            best = min(best, running[-1])  # a footer on every slide or page: the end matter is its last one
            continue
        at = text.find(probe, floor)
        if at < 0:
            at = _find_loose(text, probe, floor)
        if at >= 0:
            best = min(best, at)
    return best


# A footnote's number glued to a title line's last word ("Try peppermint oil on your temples3", "… daily²"): after a
# small letter only, so a model or a dose ("Use SPF30", "Vitamin B12") keeps its number
FOOTNOTE_MARK = re.compile(r"(?<=[a-z])(?:\d{1,2}|[¹²³⁴⁵⁶⁷⁸⁹]{1,2})$")
RUNNING_FOOTER_MIN = 3  # the same licence line under three slides or pages at least: the deck's running footer


def running_footer(text: str, probe: str) -> list[int]:
    """Where a stop's text opens a line, each time (a slide deck's or a printed document's footer repeats it)."""
    found: list[int] = []
    at = text.find(probe)
    while at >= 0:
        if at == 0 or text[at - 1] == "\n":
            found.append(at)
        at = text.find(probe, at + len(probe))
    return found


def _find_loose(text: str, probe: str, floor: int) -> int:
    """Find ``probe`` in ``text`` from ``floor`` allowing any whitespace between its words."""
    pattern = r"\s+".join(re.escape(w) for w in probe.split())
    m = re.compile(pattern).search(text, floor)
    return m.start() if m else -1


INTRO_REACH = 3  # the introduction's paragraph is among the body's first few (a category or a date line over it)


def more_reading(text: str, paras: list[Para]) -> set[int]:
    """The indexes of the paragraphs that make up the site's links to its other pages: a heading such as "Recent
    Posts", "You May Also Like" or "Читайте також:" (:data:`MORE_READING`) and the title lines under it (each a line
    of one sentence at most, with or without a bullet). Those lines are other pages' titles: a list of them must not
    stand in for the article's own points, nor a title over a footer line pass for a section's heading. Only the
    block goes: a news page's "Read also" teaser sits between the article's paragraphs, which go on below it. Like
    the guard, a heading in the body's first quarter is no end matter (a dek, a contents box).

    >>> links = "Recent Posts\\n- Ten Ways With Leeks\\n- Why Mulch?"
    >>> t = "Sow thinly. " * 20 + "\\n\\n" + links + "\\n\\nThin the rows once they have two leaves, then water."
    >>> ps = paragraphs(t)
    >>> [ps[k].text for k in sorted(more_reading(t, ps))]
    ['Recent Posts', '- Ten Ways With Leeks', '- Why Mulch?']
    >>> t = "Sow thinly. " * 20 + "\\n\\n" + links + "\\n\\nPopular posts\\n1. Leeks In Pots\\n2. Seed Saving"
    >>> len(more_reading(t, paragraphs(t)))  # a second box stacked under the first, its titles numbered
    6
    >>> t = "Sow thinly.\\n\\nWater well.\\n\\nRelated posts are the best part of a blog."
    >>> more_reading(t, paragraphs(t))  # a sentence, not a heading
    set()
    """
    floor = len(text) * GUARD_MIN_SHARE
    drop: set[int] = set()
    # the cheap tests first (this runs on every paragraph): a short paragraph of its own, past the first quarter
    for k in [k for k, p in enumerate(paras) if len(p.text) <= MORE_READING_MAX_CHARS]:
        p = paras[k]
        if k in drop or p.marker is not None or p.start < floor or not MORE_READING.match(p.text):
            continue
        drop.add(k)
        k += 1
        glyph = paras[k].marker.style if k < len(paras) and paras[k].marker is not None else None
        while k < len(paras):
            if (len(paras[k].text) <= MORE_READING_MAX_CHARS and paras[k].marker is None
                    and MORE_READING.match(paras[k].text)):
                # a second box's heading right under the first box's titles ("Related posts" / its titles / "Most
                # read" / its numbered titles): its own list, with its own glyph
                drop.add(k)
                k += 1
                glyph = paras[k].marker.style if k < len(paras) and paras[k].marker is not None else None
                continue
            if not _link_title(paras[k], glyph):
                cut = _teaser_excerpt(paras, k) if k - 1 in drop else None
                if cut is None:
                    break
                drop.update(range(k, cut + 1))  # the opening of the page a title names, under it: no points
                k = cut + 1
                continue
            drop.add(k)
            k += 1
    return drop


TEASER_EXCERPT_REACH = 3  # a title's excerpt under a "You might also like" heading: a paragraph or a few, then "…"


def _teaser_excerpt(paras: list[Para], k: int) -> int | None:
    """The index of the last paragraph of the excerpt that starts at ``paras[k]``, under a linked page's title in a
    box of links: the opening of that page, cut off with an ellipsis ("… and sponge it on a little at a ...") within
    a few paragraphs (its own numbered lines among them); None when no paragraph so near ends so.

    >>> ps = paragraphs("Blot it first.\\n\\n1. Salt it. 2. Rinse it.\\n\\n3. Dab it with ...\\n\\nNext title")
    >>> _teaser_excerpt(ps, 0), _teaser_excerpt(ps, 3)
    (2, None)
    """
    for j in range(k, min(k + TEASER_EXCERPT_REACH, len(paras))):
        if paras[j].text.rstrip().endswith(("...", "…")):
            return j
    return None


def _link_title(para: Para, glyph: str | None = None) -> bool:
    """A line under a "Recent Posts" heading that names another page: an item of the box's list (whatever its items
    say, as long as they carry the box's own glyph, ``glyph``: a sidebar scraped between an article's points ends
    where the article's "Tip #3 - …" goes on) or a title, a line that ends no sentence with a full stop (a question
    may be one: "Can my landlord enter without notice?")."""
    body = para.body or para.text
    if para.marker is not None:
        return para.marker.style == glyph
    return body[-1:] != "." and not has_words(body, MORE_READING_TITLE_WORDS + 1) and not sentence_starts(body)


def _taken(paras: list[Para], items: list[Item]) -> set[int]:
    """Indexes of the paragraphs that items already cover (in whole or in part).

    >>> paras = paragraphs("Intro.\\n\\n1. Smile.\\n\\nMiddle.\\n\\n2. Listen.\\n\\nEnd.")
    >>> sorted(_taken(paras, [Item("numbered", [(11, 17)]), Item("numbered", [(30, 37)])]))
    [1, 3]
    >>> sorted(_taken(paras, [Item("numbered", [(0, 40)]), Item("numbered", [(9, 10)])]))
    [0, 1, 2, 3]
    """
    spans = sorted((it.start, it.end) for it in items)
    starts = [start for start, _ in spans]
    reach = list(accumulate((end for _, end in spans), max))  # the furthest end of the spans up to each one
    taken = set()
    for i, p in enumerate(paras):
        # the spans starting before the paragraph ends overlap it when the furthest of their ends is inside it
        k = bisect_left(starts, p.end)
        if k and reach[k - 1] > p.start:
            taken.add(i)
    return taken


def _after_time_slot(tip: FoundTip) -> FoundTip:
    """The tip headed by the action after a plan's time slot (:data:`TIME_SLOT`), in the page's case: the slot is
    the step's marker, as "Day 3:" is (SPEC r26 (v); holdout27's weekend budget plan).

    >>> t = lambda h: FoundTip(h, h, "paragraph", (), (), (), 0, True)
    >>> slot, plain = _after_time_slot(t("Sunday morning: list every payment.")), _after_time_slot(t("Sunday is slow."))
    >>> slot.headline, plain.headline
    ('list every payment.', 'Sunday is slow.')
    """
    m = TIME_SLOT.match(tip.headline) if tip.from_lead else None
    return tip if m is None else replace(tip, headline=tip.headline[m.end() + 1:].strip())


def _colon_leads(tips: list[FoundTip]) -> list[FoundTip]:
    """Cut each tip's headline to its colon lead (:func:`colon_lead`). A list most of whose items open with a
    colon lead ("Bio: …", "Profile pic: …", "Perform CPR on old content: …") is a list of leads: there a lead of
    one word or a name is one too, so the items of one list are headed alike.

    >>> t = lambda h: FoundTip(h, h, "bullet", (), (), (), 0, True)
    >>> [x.headline for x in _colon_leads([t("Bio: keep it short."), t("Profile pic: use a face."), t("Post.")])]
    ['Bio', 'Profile pic', 'Post.']
    >>> [x.headline for x in _colon_leads([t("Remember: water early."), t("Sow thinly."), t("Weed often.")])]
    ['Remember: water early.', 'Sow thinly.', 'Weed often.']
    >>> [x.headline for x in _colon_leads([t("Fixed: the login bug."), t("Fixed: a typo in the menu.")])]
    ['Fixed: the login bug.', 'Fixed: a typo in the menu.']

    A list three quarters of whose items open with a lead and a spaced dash ("Fix the tap – a washer costs
    pennies") is headed by those leads, as by colon leads (:func:`dash_lead`).

    >>> [x.headline for x in _colon_leads([t("Fix the tap – a washer is cheap."), t("Shower less – four minutes.")])]
    ['Fix the tap', 'Shower less']
    """
    tips = [_after_time_slot(t) for t in tips]
    listed: set[int] = set()
    dashed: set[int] = set()
    for group in {t.group for t in tips}:
        members = [t for t in tips if t.group == group and t.from_lead]
        if len(members) >= 2 and 2 * sum(colon_lead(t.headline, alone=False) != t.headline for t in members) \
                >= len(members):
            listed.add(group)
        if len(members) >= 2 and 4 * sum(dash_lead(t.headline) != t.headline for t in members) >= 3 * len(members):
            dashed.add(group)
    leads = [t.headline if not t.from_lead else dash_lead(t.headline, alone=False) if t.group in dashed
             else colon_lead(t.headline, alone=t.group not in listed) for t in tips]
    # a lead that heads several items of one list is a label ("Fixed: …", "Where: …"), not a point
    repeated = Counter((t.group, lead) for t, lead in zip(tips, leads, strict=True) if lead != t.headline)
    return [replace(t, headline=_unsequenced(lead)) if lead != t.headline and repeated[t.group, lead] == 1 else t
            for t, lead in zip(tips, leads, strict=True)]


def _unsequenced(lead: str) -> str:
    """A colon lead without the bare sequence word of another language opening it ("Спершу домовтеся з ним: …" ->
    "Домовтеся з ним"): the word only places the point in the order, a marker (SPEC); the lead stays whole if
    nothing but the word would be left.

    >>> _unsequenced("Спершу домовтеся з чоловіком"), _unsequenced("Apoi udați"), _unsequenced("Apoi")
    ('Домовтеся з чоловіком', 'Udați', 'Apoi')
    """
    bare = SEQUENCE_WORD_ABROAD_BARE.match(lead)
    return capitalise_first(lead[bare.end():]) if bare is not None else lead


def _bold_lead(piece: str, leads: frozenset[str]) -> str | None:
    """The bold lead a tip's first paragraph opens with when its words run on after it in the same sentence ("Dim
    the lights at the same time every evening." under ``<b>Dim the lights</b>``): the spec's headline is that lead.
    A lead ending with its own full stop or colon is already the first sentence or a colon lead.

    >>> _bold_lead("Dim the lights at nine, even on Fridays.", frozenset({"Dim the lights"}))
    'Dim the lights'
    >>> _bold_lead("Slurp it. Air spreads the oil.", frozenset({"Slurp it."})) is None
    True
    """
    for lead in leads:
        if piece.startswith(lead) and len(piece) > len(lead) and lead[-1:] not in ".:!?" \
                and (piece[len(lead)] in " ,;" or lead[-1:] in "-–—"):
            return lead
    return None


# A line's quote marks, one level or several (">> ", "> > " in a message forwarded twice), before its text or alone on
# an empty quoted line (">"): the quoted lines are one block, their blank lines blank
QUOTE_PREFIX = re.compile(r"^>(?:[ \t]?>)*(?:[ \t](?=\S)|[ \t]*$)", re.MULTILINE)
# A reply's attribution line over the message it quotes, in the mail clients' and forums' wordings ("On Mon, 3 May
# 2021 at 20:01, Jo <jo@x> wrote:", "Am 3. Mai schrieb Jo:" with the name after the verb, "Le 3 mai, Jo a écrit :",
# "Jo napisał(a):"): the lines quoted under it are the other writer's words, not the replying writer's points.
# (the verbs: languages.py, 'wrote')
REPLY_ATTRIBUTION = re.compile(
    rf"(?:\b{alternation('wrote')}[^\n:]{{0,80}}:"
    r"|\bquoting\b[^\n:]{0,80}:|\boriginally\s+posted\s+by\b[^\n]{0,80})\s*$", re.I)
QUOTED_LINE = re.compile(r">+(?:\s|$)")
REPLY_ATTRIBUTION_MAX_CHARS = 200  # an attribution is one line; a longer one is a sentence that ends on "said:"


def _quoted_reply_lines(lines: list[str]) -> set[int]:
    """The indexes of the lines a reply quotes from an earlier message: a run of lines opening with ">" directly
    under an attribution line (:data:`REPLY_ATTRIBUTION`), with that line itself."""
    drop: set[int] = set()
    for i, line in enumerate(lines[:-1]):
        if len(line) > REPLY_ATTRIBUTION_MAX_CHARS or not REPLY_ATTRIBUTION.search(line) \
                or not QUOTED_LINE.match(lines[i + 1]):
            continue
        drop.add(i)
        k = i + 1
        while k < len(lines) and QUOTED_LINE.match(lines[k]):
            drop.add(k)
            k += 1
    return drop


def unquoted(text: str) -> str:
    """The body with a plain-text export's quote marks at the lines' starts ("> Warm the bed first. …", as a mail
    client or a Markdown export renders a block set apart) turned into spaces of the same length: the lines' text is
    the article's own, a point or a paragraph like any other, and every span still points at the same characters.

    >>> unquoted("Rules:\\n> Sow late.\\n> Water early.") == "Rules:\\n  Sow late.\\n  Water early."
    True

    A message forwarded twice quotes at two levels, its empty quoted lines a quote mark alone: every level goes, and
    an empty quoted line is blank, so the points under the marks part as the writer parted them.

    >>> unquoted("Tips:\\n>> - Sow late.\\n>>\\n> > - Water early.\\n>").split("\\n")
    ['Tips:', '   - Sow late.', '  ', '    - Water early.', ' ']

    A reply quoting the message it answers under "On DATE, NAME wrote:" quotes another writer: those lines (and the
    attribution) become spaces, so the asker's own list is never the reply's points.

    >>> body = "Jo wrote:\\n> - sow late\\n\\nSow early."
    >>> unquoted(body).split(), len(unquoted(body)) == len(body)
    (['Sow', 'early.'], True)
    """
    if ">" not in text:
        return text  # the cheap test first: few bodies quote
    if "\n>" in text or text.startswith(">"):
        lines = text.split("\n")
        if drop := _quoted_reply_lines(lines):
            text = "\n".join(" " * len(line) if k in drop else line for k, line in enumerate(lines))
    return QUOTE_PREFIX.sub(_blanked, text) if "\n>" in text or text.startswith(">") else text


def _blanked(match: re.Match[str]) -> str:
    """As many spaces as the match has characters (every offset into the body stays the same)."""
    return " " * len(match.group())


TITLE_LINE_MIN_WORDS = 4  # a title the body repeats is a sentence's worth of words, not a caption's one or two


def _title_key(line: str) -> str:
    return " ".join(heading_words(line).casefold().split()).rstrip(".!:")


DOUBLED_MIN_WORDS = 4  # a paragraph's worth: a short line repeated ("Advertisement", "Step") is left to other rules


def _printed_once(paras: list[Para]) -> list[Para]:
    """The paragraphs without one the page or the scrape prints twice running (a reader view's lazy loading, a
    scraper's doubled block): it counts once, where first shown, so a doubled introduction stays the introduction
    and a doubled point or conclusion is no second paragraph (SPEC).

    >>> ps = paragraphs("Intro text about beds here.\\n\\nIntro text about beds here.\\n\\nDig the bed over now.")
    >>> [p.text for p in _printed_once(ps)]
    ['Intro text about beds here.', 'Dig the bed over now.']

    A list's items are doubles only where their numbers say so (:func:`_doubled_item`): two bullets alike are two
    points the writer set down, and a numbered item printed twice goes only where the list keeps another item.

    >>> ps = paragraphs("1. Sow the beans now.\\n\\n- Water the rows each evening.\\n- Water the rows each evening.")
    >>> len(_printed_once(ps))
    3
    """
    kept = paras[:1]
    for p in paras[1:]:
        if p.text == kept[-1].text and (p.marker is None) == (kept[-1].marker is None) \
                and has_words(p.text, DOUBLED_MIN_WORDS) and (p.marker is None or _doubled_item(p, paras)):
            continue
        kept.append(p)
    return kept


def _doubled_item(item: Para, paras: list[Para]) -> bool:
    """Whether a list item the same as the one before it is a scrape's double: only a numbered one (its number the
    same twice, "3." then "3."; "3." then "4." differ in their text already), and only where its list has an item
    of another number, so dropping it never leaves a list of one. A bullet carries no number to tell a double from
    a point the writer repeated on purpose: it stays.

    >>> ps = paragraphs("1. Dig the bed over.\\n2. Rake the soil fine.\\n2. Rake the soil fine.\\n\\n- Sow it.")
    >>> [_doubled_item(p, ps) for p in ps[2:]]
    [True, False]
    """
    marker = item.marker
    if marker is None or marker.number is None:
        return False
    return any(p.marker is not None and p.marker.style == marker.style and p.marker.number not in (None, marker.number)
               for p in paras)


def _under_title(paras: list[Para], title: str | None) -> list[Para]:
    """The paragraphs under a line that repeats the article's own title in the body's first half (an aggregator's
    reprint under its teasers, a page's heading kept in the body): the title heads the whole article, never one of
    its sections, and what stands above it (teasers, a kicker) is the page's, not the article's.

    >>> ps = paragraphs("Teaser one…\\n\\nFive Checks Before a Fire\\n\\nLook up the flue\\n\\nUse a torch.")
    >>> [p.text for p in _under_title(ps, "Five checks before a fire")]
    ['Look up the flue', 'Use a torch.']

    A title repeated under a pager heads the article's next page: the article stands above it too.

    >>> ps = paragraphs("1. Look up the flue.\\n\\nPages: [1] 2\\n\\nFive Checks Before a Fire\\n\\n2. Use a torch.")
    >>> len(_under_title(ps, "Five checks before a fire")) == len(ps)
    True
    """
    key = _title_key(title) if title else ""
    if len(key.split()) < TITLE_LINE_MIN_WORDS or not paras:
        return paras  # a word or two ("Vollbild", "Event Live") is as likely a menu's or a caption's line
    half = (paras[0].start + paras[-1].end) // 2
    if sum(p.marker is None and _title_key(p.text) == key for p in paras) >= RUNNING_FOOTER_MIN - 1:
        return paras  # the title on every page's header (a leaflet's running head): it heads no section
    for k, p in enumerate(paras):
        if p.start > half:
            break
        if p.marker is None and len(p.text) <= 2 * len(title) and _title_key(p.text) == key:
            if k > 0 and page_furniture(paras[k - 1]):
                continue  # under a pager ("Pages: [1] 2"): the next page's header, the article goes on under it
            return paras[k + 1:]
    return paras


def _unglued_heads(text: str, paras: list[Para]) -> list[Para]:
    """The paragraphs with a section title glued to its first sentence (:data:`GLUED_HEAD`) cut in two, the title
    a line of its own as the other sections' titles are: only among two or more sections headed by lines, and only
    where the title is two to twelve words and the text after it a sentence of its own.

    >>> t = "Dress in layers\\nThin ones work.\\n\\nFit studded tyresMy first winter I fell twice on the ice."
    >>> t += "\\n\\nKeep hands warm\\nMitts help."
    >>> [p.text for p in _unglued_heads(t, paragraphs(t))][2:4]
    ['Fit studded tyres', 'My first winter I fell twice on the ice.']
    """
    glued = [k for k, p in enumerate(paras) if p.marker is None and GLUED_HEAD.match(p.text) is not None]
    if not glued:
        return paras  # the cheap test first: a glued title is rare
    headed = sum(is_heading(p) and k + 1 < len(paras) and not is_heading(paras[k + 1])
                 for k, p in enumerate(paras))
    if headed < 2:
        return paras
    out = list(paras)
    for k in reversed(glued):
        p = paras[k]
        m = GLUED_HEAD.match(text, p.start, p.end)
        if m is None:
            continue  # the paragraph's text is normalised; its span in the body must open with the title too
        rest = text[m.end():p.end]
        if not has_words(m.group(), 2) or has_words(m.group(), GROUP_HEAD_MAX_WORDS + 1) or not has_words(
                rest, LEAD_BODY_MIN_WORDS) or not sentence_starts(rest) and rest.rstrip()[-1:] not in ".!?":
            continue
        out[k:k + 1] = [_para(text, p.start, m.end()), _para(text, m.end(), p.end)]
    return out


def _lost_glyph(text: str, item: Item) -> None:
    """Move a lost list glyph ("? Ask to hear it run.", :data:`LOST_GLYPH`) off an item's text into its markers:
    it is the item's marker, whichever detector found the item, and never its headline.

    >>> it = Item("bullet", [(0, 21)]); _lost_glyph("? Ask to hear it run.", it); it.pieces, it.markers
    ([(2, 21)], [(0, 2)])
    """
    start, end = item.pieces[0]
    if text[start:start + 1] != "?":  # the cheap test first: almost no item opens so
        return
    m = LOST_GLYPH.match(text, start, end)
    if m is not None and m.end() < end:
        item.pieces[0] = (m.end(), end)
        item.markers = [*item.markers, (start, m.end())]


OPENING_QUOTES = "\"“‘«„"
CLOSING_QUOTES = "\"”’»“"


def _quote_opened(sentence: str) -> str:
    """A tip given as a quotation ('"Run the first half slower than feels right. The crowd …"') opens its lead
    sentence with the quotation mark, whose close comes sentences later: the headline is the words, as a bold lead's
    would be. A quoted phrase closed inside the sentence ('"Buy nothing" days work.') keeps its marks.

    >>> _quote_opened("“Eat the breakfast you practised with."), _quote_opened('"Buy nothing" days work.')
    ('Eat the breakfast you practised with.', '"Buy nothing" days work.')
    >>> _quote_opened("“Carry your own gels: they may not agree with you.”")
    'Carry your own gels: they may not agree with you.'

    """
    if sentence[:1] not in OPENING_QUOTES:
        return sentence  # the cheap test first: almost no lead sentence opens with a quotation mark
    inner = sentence[1:].rstrip()
    if inner[-1:] in CLOSING_QUOTES:
        inner = inner[:-1]  # the quotation is this one sentence ("“Carry your own gels: … moment.”")
    return sentence if any(c in inner for c in CLOSING_QUOTES) else inner.lstrip()


def _pull_quote(text: str, item: Item) -> bool:
    """Tell whether an item is a pull quote: one paragraph wholly inside quotation marks whose words the article
    says again elsewhere, word for word (a magazine's or a blog platform's display quote, set between the points
    and repeating a sentence of one of them). A quotation found nowhere else is someone's words, and may be a point.

    >>> t = "Keep one tab open. The first hour sets the tone.\\n\\n“The first hour sets the tone.”"
    >>> _pull_quote(t, Item("paragraph", [(50, 81)])), _pull_quote(t, Item("paragraph", [(0, 18)]))
    (True, False)
    """
    if len(item.pieces) != 1:
        return False
    start, end = item.pieces[0]
    if text[start:start + 1] not in OPENING_QUOTES or text[end - 1:end] not in CLOSING_QUOTES:
        return False  # the cheap test first
    inner = " ".join(text[start + 1:end - 1].split())
    if len(inner.split()) < QUOTE_MIN_WORDS:
        return False
    rest = " ".join((text[:start] + "\n" + text[end:]).split())
    return inner in rest


QUOTE_MIN_WORDS = 3  # a quoted item is at least a clause; "Water well." may open two lists' items alike


def _quotes(text: str, item: Item, earlier: list[tuple[tuple[str, int], str, str]]) -> bool:
    """Tell whether an item repeats one of an earlier list's tips from its start: a forum reply quoting the answer's
    items ("Quote: Originally Posted by …", then "1. Open the tap fully …" cut where the quoter stopped, its lines
    wrapped anew), a recap repeating the points. The item's first paragraph, whitespace aside, opens that tip (but is
    not that tip's own first paragraph, and that paragraph ends a sentence: two methods may each have a step titled
    "Gather the seeds").

    >>> t = "Open the tap fully. Whatever is trapped drains. Open the tap fully. Whatever"
    >>> _quotes(t, Item("numbered", [(48, 76)], group=("numbered", 1)), [(("numbered", 0), t[:47], t[:47])])
    True
    >>> _quotes(t, Item("numbered", [(48, 76)], group=("numbered", 0)), [(("numbered", 0), t[:47], t[:47])])
    False
    """
    start, end = item.pieces[0]
    words = text[start:end].split()
    if len(words) < QUOTE_MIN_WORDS:
        return False
    opening = " ".join(words)
    # under a title line of its own the earlier tip is a section, and two methods' sections may be titled alike
    # ("Gather the seeds", "Don't Forget to Water" under "Don't Forget to Water Them"): only a paragraph is quoted
    return any(group != item.group and (said == opening or said.startswith(opening + " ") and first != opening
                                        and first[-1:] in SENTENCE_ENDS) for group, said, first in earlier)


# A forum post's number on a line of its own, where the post's header starts: "#3", "Post #3", "Reply #3", "Beitrag #3"
# (the header's lines may be joined to it: "#3 Old 06-07-2023, 10:22 PM …")
POST_NUMBER = re.compile(r"^(?:(?:post|reply|beitrag|antwort|message|mensaje)\s*)?#\s?\d{1,6}(?:\s|$)", re.I)


COMMENT_HEAD_MAX_WORDS = 12  # a name, a date and a time: a comment's head is a short line
COMMENT_HEADS_MIN = 2  # readers' comments under a post: two heads at least ("Jo - 3 May 2021 at 9:14 am", …)


def _reader_comment_head(line: str) -> bool:
    """A comment's head ("Jo K. - 3 May 2021 at 9:14 am", a date line under the name), not a Q&A site's
    stamp under a question or an answer ("asked Nov 18, 2024 at 7:41"): there the question and each answer are
    the page's posts (its accepted answer holds the tips), no comments under an article; a line of its own, not a
    newsletter's item opening "Kaveh writes: A rural brain drain …" (a real text's news digest).

    >>> _reader_comment_head("Jo K. - 3 May 2021 at 9:14 am"), _reader_comment_head("asked 3 May 2021 at 9:14")
    (True, False)
    """
    return not has_words(line, COMMENT_HEAD_MAX_WORDS + 1) and QA_STAMP.match(line) is None and comment_head(line)


def comments_start(paras: list[Para]) -> int | None:
    """The index of the first comment's head (:func:`comment_head`) under a post, where two or more heads follow a
    paragraph of the post's own prose: the comments section the scrape kept. ``None`` where the page opens with a
    head (a thread, every post a comment) or has fewer heads.

    >>> ps = paragraphs("Water less in winter. Plants rest.\\n\\nJo K. - 3 May 2021 at 9:14 am\\n\\n1. Lift "
    ...                 "the pot.\\n\\nAl - 4 May 2021 at 8:02 am\\n\\nThanks!")
    >>> comments_start(ps), comments_start(ps[1:])
    (1, None)
    """
    heads = [k for k, p in enumerate(paras) if p.marker is None and _reader_comment_head(p.text)]
    if len(heads) < COMMENT_HEADS_MIN or not any(has_words(p.text, INTRO_MIN_LINE_WORDS) and p.marker is None
                                                  and not comment_head(p.text) for p in paras[:heads[0]]):
        return None
    return heads[0]


def thanked_post(paras: list[Para]) -> list[Para]:
    """The paragraphs of a thread's most-thanked post (:func:`most_thanked`), from its number line ("#3") to its
    thanks line, where the page numbers its posts: the thread is read for that reply (SPEC), and the other posts
    (the question, a reply saying nothing, a later "what he said") hold none of its points. A page without thanks
    lines or post numbers keeps its paragraphs.

    >>> ps = paragraphs("#1\\nAny tips?\\n\\n#2\\nSow late.\\n\\n"
    ...                 "The Following 3 Users Say Thank You to Bo For This Useful Post:\\n\\n#3\\nThanks!")
    >>> [p.text for p in thanked_post(ps)]
    ['#2 Sow late.']
    """
    if len(paras) < 3:
        return paras
    thanked = most_thanked([p.text for p in paras])
    if thanked is None:
        return paras
    start = next((k for k in range(thanked.line - 1, -1, -1) if POST_NUMBER.match(paras[k].text.strip())), None)
    return paras if start is None else paras[start:thanked.line]


def voted_comment(paras: list[Para]) -> list[Para]:
    """The paragraphs of a link-sharing thread's most-voted comment (:func:`most_voted`), from its head to the next
    comment's head: the thread is read for its top comment (SPEC), and the post's question, a pinned notice, the
    replies under the comment and the other comments hold none of its points. A page without such heads keeps its
    paragraphs.

    >>> ps = paragraphs("Any habits?\\n\\n[–]bo_7 40 points 2 days ago\\n\\nCook twice.\\n\\n"
    ...                 "[–]ana_k 847 points 2 days ago\\n\\nShop less.\\n\\nPlan more.\\n\\n"
    ...                 "[–]op_1[S] 9 points 1 day ago")
    >>> [p.text for p in voted_comment(ps)]
    ['Shop less.', 'Plan more.']
    """
    if len(paras) < 3:
        return paras
    voted = most_voted([p.text for p in paras])
    if voted is None:
        return paras
    end = next((k for k in range(voted.line + 1, len(paras)) if VOTED_HEAD.match(paras[k].text.strip())), len(paras))
    return paras[voted.line + 1:end]


MAX_ANSWER_HEAD_CHARS = 120  # a name, a date, a count: a head line, not a paragraph


def accepted_answers_points(paras: list[Para], items: list[Item]) -> list[Item]:
    """The points of the answer a Q&A page marks accepted (or best), where points stand both above its mark (the
    top-voted answer's, sorted first) and under it: the first list under the mark is the accepted answer's, and
    SPEC reads the page for that answer. A page with no such mark, or with points only on one side of it, keeps
    its items.
    """
    if not items or len(paras) < 3:
        return items
    # the mark's line is asked by its words alone (a tick may read as a bullet: the marker is no test)
    mark = next((p.end for p in paras if is_accepted_mark(p.text)), None)
    if mark is None:
        return items
    under = [it for it in items if it.start >= mark]
    if not under:
        return items
    if not any(it.start < mark for it in items):
        # the accepted answer on top: its points end where the next answer's head stands (its writer's name with
        # the time it was posted, "NAME · DATE · 12 ▲"), whose list is another answer's, or the answer's comments
        # begin under their heading ("Comments (2):")
        head = next((p.start for p in paras if p.start > under[0].start and len(p.text) <= MAX_ANSWER_HEAD_CHARS
                     and (dated_name(p.text.strip()) is not None or is_footer_chrome(p.text.strip()))), None)
        return items if head is None else [it for it in items if it.start < head]
    return [it for it in under if it.group == under[0].group]


def _answer_card_line(line: str) -> bool:
    """A line holding a Q&A site's answer card: its date alone or with "by NAME", or with the name after the clock
    time ("answered Jan 5 at 08:02 NAME 12.4k"), an edit card before it or not ("edited Feb 11 by NAME answered …").

    >>> _answer_card_line("edited Feb 1 by Bo answered Jan 5 at 08:02 Ana Reis 12.4k"), _answer_card_line("I answered.")
    (True, False)
    """
    card = EDIT_CARD.sub("", line.strip(), count=1)
    return is_answer_card(card) or ANSWERED_INLINE.match(card) is not None


def first_answers_points(text: str, paras: list[Para], items: list[Item]) -> list[Item]:
    """The points of a Q&A site's chosen answer, where the site prints an answer card ("answered Feb 3 at 9:10 NAME
    4,102") at the end of each answer (or at the head of the next): the points after the first card under the first
    point are another answer's, and SPEC reads the page for the accepted answer, else the top one (sorted first; an
    accepted answer set lower, :func:`accepted_answers_points` has chosen already). A page with no card after its
    first point keeps its items.

    >>> t = "Any tips?\\n\\n• Vent it.\\n• Dry it.\\n\\nanswered Jan 5 at 9:10 Ana\\n\\n• Buy one.\\n• Empty it."
    >>> ps = paragraphs(t)
    >>> kept = first_answers_points(t, ps, [Item("bullet", [(p.start, p.end)]) for p in ps if p.marker is not None])
    >>> [t[it.start:it.end] for it in kept]
    ['• Vent it.', '• Dry it.']
    >>> t = t.replace("answered", "edited Jan 9 by Bo answered")
    >>> [t[it.start:it.end] for it in first_answers_points(t, paragraphs(t), [
    ...     Item("bullet", [(p.start, p.end)]) for p in paragraphs(t) if p.marker is not None])]
    ['• Vent it.', '• Dry it.']
    """
    if len(items) < 2:
        return items
    # (the card's line may close a paragraph of the site's buttons: "Share / Follow / edited … / answered …", and
    # an edit card may stand before it on its line: "edited Feb 11 by NAME answered Jan 5 at 08:02 NAME")
    card = next((p.start for p in paras if p.start >= items[0].end and p.marker is None and "nswered" in p.text
                 and any(map(_answer_card_line, text[p.start:p.end].splitlines()))), None)
    if card is None:
        return items
    kept = [it for it in items if it.end <= card]
    return kept or items


def first_posts_points(paras: list[Para], items: list[Item]) -> list[Item]:
    """The points of one post of a forum thread whose posts are parted by their stamps ("14 Oct 2026, 07:41 #3",
    :func:`post_stamp`): those of the post holding the first point, where later posts hold points too. SPEC reads a
    thread for one reply (the accepted one, else the top-ranked, else the earliest advising one), and the replies
    under it adding their own points give none; a page that marks or ranks another reply has been cut to it already
    (:func:`accepted_answers_points`, :func:`thanked_post`, :func:`voted_comment`).

    >>> t = "Any tips?\\n\\n2 May 2024, 20:05 #2\\n\\n• Vent it.\\n• Dry it.\\n\\n2 May 2024, 21:00 #3\\n\\n• Buy one."
    >>> ps = paragraphs(t)
    >>> kept = first_posts_points(ps, [Item("bullet", [(p.start, p.end)]) for p in ps if p.marker is not None])
    >>> [t[it.start:it.end] for it in kept]
    ['• Vent it.', '• Dry it.']
    """
    if len(items) < 2 or not any(post_stamp(p) for p in paras if p.end <= items[0].start):
        return items
    stamp = next((p.start for p in paras if p.start > items[0].start and post_stamp(p)), None)
    kept = [it for it in items if stamp is None or it.end <= stamp]
    return kept or items


def _detected(paras: list[Para], context: Context, forms: set[str]) -> list[Item]:
    """The items every detector finds, in the registry's precedence, without overviews and asides."""
    text, promised = context.text, context.promised
    items: list[Item] = []
    for detector in DETECTORS:  # the registry's order is the precedence
        if detector.form not in forms:
            continue
        if detector.when == "if-none":
            if not items:
                items = detector.detect(paras, context)
        else:
            taken = frozenset(_taken(paras, items)) if items else frozenset()
            items += detector.detect(paras, replace(context, taken=taken))
    items = without_asides(text, paras, without_overviews(text, sorted(items, key=lambda it: it.start)), promised)
    items = before_share_row(paras, without_consent_notices(text, without_callouts(text, items)))
    items = without_quiz_furniture(text, without_lists_beside_points(text, items, context.config.min_tips))
    items = without_card_method(text, paras, first_answers_points(text, paras, accepted_answers_points(paras, items)))
    items = counted_chapters(text, first_posts_points(paras, items))
    if "headed" in forms:
        items = (sections_around(paras, items, context) or statement_sections_around(paras, items, context)
                 or decimal_steps_within(paras, items, context) or items)
    if "paragraph" in forms:
        items = lead_points_around(paras, items, context) or items
    items = within_slides(text, items, context.config.min_tips)
    return bonus_after_points(text, paras, items)


def split_text(text: str, config: TipsConfig = DEFAULT_TIPS, title: str | None = None,
               stops: Iterable[str] = (), leads: Iterable[str] = ()) -> Split:
    """Split an article body into tips (see the module docstring for the rules).

    >>> s = split_text("Here are 3 tips.\\n1. Smile at people.\\n2. Listen to them.\\n3. Say thanks.\\nBye now!")
    >>> [(t.headline, t.form) for t in s.tips], s.expected
    ([('Smile at people.', 'numbered'), ('Listen to them.', 'numbered'), ('Say thanks.', 'numbered')], 3)
    >>> split_text("In 2008 we had 10 customers. Sales grew 3.5% a year.").tips
    ()
    """
    # a table copied as text keeps a tab between its cells (repairs.spacing): each cell read as a line of its own, as
    # a page's table reaches the reader (table_rows reads the rows), and every offset still the same
    text = unquoted(text)
    cell_ends = frozenset(k for k, ch in enumerate(text) if ch == "\t") if "\t" in text else frozenset()
    text = text.replace("\t", "\n")
    stop = guard_offset(text, stops)
    bold = frozenset(normalise(lead) for lead in leads if normalise(lead))  # an HTML page's bold leads
    # nothing at or after the end matter can be part of a tip: paragraphs are cut at the guard
    paras = [p if p.end <= stop else _para(text, p.start, stop, p.marker, p.indent)
             for p in _printed_once(paragraphs(text)) if p.start < stop]
    footers = {at for stop_text in [*stops, text[stop:].split("\n", 1)[0].strip()]
               if len(probe := normalise(stop_text)[:60]) >= 12 for at in running_footer(text, probe)}
    if len(footers) >= RUNNING_FOOTER_MIN:
        paras = [p for p in paras if p.start not in footers]  # the deck's footer under each slide is no one's text
    links = more_reading(text, paras)  # the site's "Recent Posts" under the article and their titles are no points
    # the paragraph after such a box starts a new block of running text, as the box did (a comment line under the
    # box is not the article's last paragraph)
    breaks = frozenset(paras[k + 1].start for k in links if k + 1 < len(paras) and k + 1 not in links)
    if links:
        paras = [p for k, p in enumerate(paras) if k not in links]
    paras = paras[answer_start(paras):]  # an advice column's letter asks; only its answer holds tips
    paras = thanked_post(paras)  # a thread whose members thank posts: only its most-thanked reply holds tips
    paras = voted_comment(paras)  # a thread whose readers vote on comments: only its most-voted one holds tips
    paras = _unglued_heads(text, _under_title(paras, title))
    forms = set(config.forms)
    # what the title or the introduction promises ("Four Signs …", "Ask yourself three questions"): the introduction
    # is the first paragraph, so a count inside a later point promises nothing
    promised = promised_count(title, paras[0].text if paras else None)
    # ... or in another language ("Sex råd …"), in its introduction's first paragraph of a few words (a category's
    # name may stand over it)
    abroad = count_abroad(title, next((p.text for p in paras[:INTRO_REACH] if len(p.text.split()) > 3), None))
    context = Context(text, config, promised=promised, leads=bold, breaks=breaks, promised_abroad=abroad,
                      cell_ends=cell_ends)
    faq = faq_section(paras)
    # a FAQ under the article's points is no more points (SPEC): the points are looked for around it, and the page
    # is read whole only when nothing is found there (a page that is mostly its FAQ)
    items = _detected(paras[:faq[0]] + paras[faq[1]:], context, forms) if faq is not None else []
    if len(items) < config.min_tips:
        items = _detected(paras, context, forms)
    boxed = summary_boxes(paras, items)
    if boxed:
        # a "Key takeaways" box restates the points: asked again without it, the article makes them elsewhere (its
        # sections, its paragraphs), or the box was its only list and stays
        again = _detected([p for p in paras if p.start not in boxed], context, forms)
        # (an episode's chapters are its contents, no restatement of the takeaways: the box stays)
        if len(again) >= config.min_tips and not all("chapters" in it.flags for it in again):
            items = again
    comments = comments_start(paras)
    if comments is not None and any(it.end > paras[comments].start for it in items):
        # readers' own tips in the comments under the post ("I'd add a couple of my own: 1. …") are not the
        # article's: asked again without the comments, the article makes its points above them, or it had none
        # there and the page (a thread of comments) keeps its answer
        again = _detected(paras[:comments], context, forms)
        if len(again) >= config.min_tips:
            items = again
    # the paragraph of prose above the points (a table's column labels or a kicker line are no introduction)
    intro = next((p.text for p in reversed(paras) if items and p.end <= items[0].start and p.marker is None
                  and has_words(p.text, INTRO_MIN_LINE_WORDS)), None)
    if not advises(text[:stop], ["\n\n".join(normalise(text[s:e]) for s, e in it.pieces) for it in items], title,
                   promised, intro):
        items = []  # the layout of tips on a page that advises nobody: a fact box, specifications, names, demands
    first = items[0].start if items else stop
    expected = expected_count(title, text[:first] if items else text[:stop][:600])
    tips = []
    seen: set[str] = set()
    earlier: list[tuple[tuple[str, int], str, str]] = []  # the tips kept so far: list, words, first paragraph
    groups: dict[tuple[str, int], int] = {}
    for it in items:
        _lost_glyph(text, it)
        lead = None
        tip_text = "\n\n".join(normalise(text[s:e]) for s, e in it.pieces)
        if not tip_text or tip_text in seen or _quotes(text, it, earlier) or _pull_quote(text, it):
            continue  # the same words twice in one article are one tip
        seen.add(tip_text)
        earlier.append((it.group, " ".join(tip_text.split()), " ".join(text[slice(*it.pieces[0])].split())))
        if it.headline_span is not None:
            span = text[it.headline_span[0]:it.headline_span[1]]
            headline = heading_words(normalise(span)) if it.whole_headline else lead_sentence(heading_words(span))
            headline = headline_of(headline)  # "7. Finally, ask a neighbour" over its text: the order word goes too
            headline = FOOTNOTE_MARK.sub("", headline)  # "… on your temples3": the heading's footnote (SPEC)
        elif (lead := _bold_lead(normalise(text[it.pieces[0][0]:it.pieces[0][1]]), bold) if bold else None):
            headline = lead  # the page's own lead: no colon or dash cuts it
        else:
            # a point said aloud runs on over a transcript's lines: its first sentence may end on a later one
            said = (" ".join(text[s:e] for s, e in it.pieces) if "spoken-counters" in it.flags
                    and text[it.pieces[0][0]:it.pieces[0][1]].rstrip()[-1:] not in SENTENCE_ENDS else None)
            headline = unlabelled(headline_of(_quote_opened(lead_sentence(
                said or text[it.pieces[0][0]:it.pieces[0][1]]))))
            if "sequenced" in it.flags and (bare := SEQUENCE_WORD_ABROAD_BARE.match(headline)):
                headline = capitalise_first(headline[bare.end():])  # "Затим припремите …"
            elif "spoken-counters" in it.flags:
                headline = capitalise_first(headline)  # "Number one, count the days …": the point, as a sentence
        group = groups.setdefault(it.group, len(groups))
        from_lead = it.headline_span is None and headline != lead
        tips.append(FoundTip(tip_text, headline, it.form, tuple(sorted(it.flags)), tuple(it.pieces),
                             tuple(it.markers), group, from_lead))
    tips = _colon_leads(tips)
    minimum = config.min_paragraph_tips if tips and all(t.form == "paragraph" for t in tips) else config.min_tips
    if len(tips) == 1 and "one-slide" in tips[0].flags:
        minimum = 1  # the one point a page of a paged listicle shows: the page's share of the list (detect.one_slide)
    found = len(tips)
    if found < minimum:
        tips = []
    return Split(tuple(tips), expected, stop, found)
