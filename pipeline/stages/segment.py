"""Segment stage: split pages into articles and read each one's title, author, bio, sign-off and licence.

After this stage an article's ``text`` is its body only: the title line, the byline, the bio box, the licence
and copyright statements and the sign-off have moved into their fields, and a teaser that repeats the opening of
the body is kept once. Per page:

1. **Split.** A new article starts where a title-like line is followed by a byline (``Written by Sharon
   Housley``) after some text of an earlier article: seed 004 holds the end of one article and the whole of
   another. Parts are numbered in ``source.part`` and get their own id (``Article.make_id``); part 0 keeps the
   page's id.
2. **Header.** The first line is the title when it looks like one (short, capitalised, no closing full stop);
   a byline in the first lines gives the author and their credentials (``Author: JoAnna Brandi``,
   ``Written by Susan Dunn, MA Psychology, Professional Coach``).
3. **Trailer.** From the last "About the Author" / "Resource Box" heading to the end is the bio box (a heading
   glued onto the last paragraph is split off first). Above it, scanning up from the end, copyright lines,
   licence notices and a sign-off are taken while they last. A copyright line that goes on to describe the
   author (``©Susan Dunn, MA, http://... . Helping individuals ...``) is both the licence and the bio.
4. **Teaser.** One of the first body paragraphs whose word 3-grams are mostly contained in a later paragraph is a
   teaser repeated by the body (seed 001): it is removed (counted as ``duplicate_teaser``); an item of a list
   whose later items share its template (``1. Tip about X …``, ``2. Tip about Y …``) is not a teaser.
5. **Attribution.** ``author`` comes from the byline, else from the name that opens the bio, else from a
   copyright holder that is a person. A website is never an author. The licence is read by ``licence.py``;
   ``attribution-missing`` is flagged when it requires the author's name or bio and the page no longer has it.

The page-level ``repairs`` and ``removed`` counts and ``removed_spans`` of earlier stages are kept on every part
(they describe the page the part came from, whose part count is in ``meta["page_parts"]``); the manifest totals
them once per page.
"""

from __future__ import annotations

import bisect
import datetime
import functools
import itertools
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace

import regex

from ..configs import SegmentConfig  # defined there, so the CLI reads its defaults without importing this module
from ..records import Article, AuthorBio, Record, clone
from ..repairs.junk import JUMP_LINK
from ..stage import StageKind
from ..stats import StageStats
from ..text import licence as lic
from ..text import line_roles as roles
from ..text import line_roles_table as roles_table
from ..text.attribution import (
    BLOG_FOOTER,
    CARD_STATS_REACH,
    CARRIED_MARK,
    COLUMNIST,
    EMOJI_FRAME,
    LEGAL_FORM,
    LEGAL_FORMS,
    LINE_CACHE_LINES,
    MAX_TITLE_WORDS,
    PAGE_COUNT,
    PEN_NAME_GATE,
    PICTOGRAPHS,
    PROSE_MIN_WORDS,
    ROW_FIELD_LABELS,
    ROW_PARTS,
    SMALL_WORDS,
    TITLE_LABEL,
    WRITER_ADDRESS,
    WRITTEN_ABROAD,
    Byline,
    about_name,
    accepted_answer_card,
    accepted_card,
    accepted_post,
    accepted_reply,
    addressed_names,
    answer_card,
    bio_start,
    blog_footer,
    byline_abroad,
    caseless_letter,
    clean_title,
    closing_name,
    content_source,
    courtesy_word_dropped,
    credit_line,
    credited_org,
    dash_signoff,
    dated_name,
    dotted_degree,
    entry_footer,
    first_name_credit,
    ghostwriter,
    guest_credit,
    host_line,
    host_note_guest,
    intro_credit,
    is_about_box,
    is_accepted_mark,
    is_account_control,
    is_blog_footer,
    is_byline,
    is_carrier_line,
    is_comments_heading,
    is_consent_banner,
    is_contact_line,
    is_footer_chrome,
    is_full_name,
    is_initials_signature,
    is_meta_line,
    is_nav_line,
    is_person_name,
    is_prose,
    is_role,
    is_signoff,
    is_unheaded_bio,
    is_valediction,
    kin_word_kept,
    letter_scripts,
    lettered_spellings,
    looks_like_title,
    make_bio,
    may_be_title,
    meta_row_footer,
    most_thanked,
    most_voted,
    name_before_date,
    name_in_bio,
    name_line,
    normalise_case,
    opens_capitalised,
    original_writer,
    parse_byline,
    partial_credit,
    pen_name_byline,
    piece_from,
    post_card_name,
    provenance_writer,
    release_issuer,
    reporter_byline,
    reposted_writer,
    self_credit,
    self_introduced,
    source_credit,
    spells_out,
    split_inline_bio,
    split_name,
    staff_credit,
    team_byline,
    whole_org,
    with_letters,
    with_line,
    without_column_label,
    without_marks,
    writing_credit,
    written_abroad,
    written_by_note,
)
from ..text.dates import DATE, WEEKDAY_NAMES, YEAR, YEAR_OR_DATE, is_date_line
from ..text.languages import AND_WORDS, LABEL_COLONS, alternation, folded, other_languages
from ..text.plain import CARRIED, LEAD_HEADING, PAGE_WIDE_LICENCE, tidy_blank_lines
from .tips.patterns import CALLOUT_WORDS, LABEL_WORDS, SLIDE_COUNTER

NAME = "segment"
FLAG_ATTRIBUTION_MISSING = "attribution-missing"
COMPANY = re.compile(rf"\s(?:{LEGAL_FORMS})\.?$")
SALUTATION = re.compile(r"^(?:dear|hi|hello|to\s+the\s+editor|sirs?|madam)\b[^.!?]{0,40}[,:]$", re.I)
# "Editor's note: ..." above the title: the site's word about the article, part of its header
EDITOR_NOTE = re.compile(r"^[\[(]?(?:editor['’]?s\s+note|note\s+from\s+the\s+editor|ed(?:itor)?\.?\s+note)\s*[:\-–—]",
                         re.I)
# "with NADIA HOSSEINI-BLAKE" under a column's name: the column's writer, so that block is the column's head
COLUMN_WRITER = re.compile(r"^with\s+[^\W\d_][\w'’.-]*(?:\s+[^\W\d_][\w'’.-]*){1,3}$")
# ... or on the column's own line: "STRAIGHT TALK WITH NAME", "Ask the Vet with NAME" (then NAME wrote the column)
COLUMN_NAME_CAPITALS = regex.compile(r"^[\p{Lu}\d&'’:-]+(?:\s+[\p{Lu}\d&'’:-]+){0,5}\s+with\s")  # "ON THE PLOT with"
COLUMN_HEAD = re.compile(r"^(?:\S.*?\s)?with\s+(?P<who>[^\W\d_][\w'’.-]*(?:\s+[^\W\d_][\w'’.-]*){1,3})$", re.I)
# "[ Home ] [ Column ] [ Shop ]", "[ Print ] [ Email to a friend ] [ Publish this article ]": an old site's menu or
# its row of tools, each link in brackets (never a sentence of the text, whatever its words)
BRACKET_ROW = re.compile(r"^\[[^\]]*\](?:\s*\[[^\]]*\]){2,}$")
NAV_BAR = re.compile(r"(?:\S\s+\|\s+\S.*){3}"  # "Submit | Login | Top Authors | Categories": a site's menu
                     r"|" + BRACKET_ROW.pattern)
NO_TITLE = -1  # the header holds the site's blocks only, navigation last: the page shows no title
# A pager between the stories of a collection: "‹ older | newer ›", "« Previous | Next »".
PAGER = re.compile(r"[«‹]|\b(?:prev(?:ious)?|next|older|newer)\b", re.I)
LOWER_ASCII = re.compile(r"[a-z]")  # a line holding one is no label: the list of its letters need not be built
MAX_LABEL_WORDS = 4  # "GUEST REPRINT", "READERS' VIEWS", "MEMBERS' CORNER": a section's label, not a headline
# an editor's or host's note signs off with a dash and a first name ("See you next week. - Maureen"): the page's
# word to its readers above an article, not an article
SIGNED_NOTE = re.compile(r"[.!?]\s+[-–—]\s?[^\W\d_][^\W\d_'’-]+$")
# a Q&A page: "Q: How do I ...?" is the question (the title), "Answered by NAME (job)" credits the answer's writer
QUESTION = re.compile(r"^Q(?:uestion)?\s*[:.]\s+(?=\S.*\?$)")
ANSWERED_BY = re.compile(r"^(?:best\s+|top\s+)?answer(?:ed)?\s+by:?\s+(\S.{1,80})$", re.I)
# a forum thread's starter line under its title ("Started by NAME, DATE · 9 replies", "Thread starter: NAME",
# "Thread started by NAME (handle) · DATE", "Thread starter NAME   Start date ..."): the thread's byline, the line
# above it the thread's title; ``who``, the starter, is the poster's full name where the first post shows a handle
THREAD_STARTER = re.compile(r"^(?:(?:thread|topic|discussion)\s+)?(?:started\s+by|starter)\s*:?\s+"
                            r"(?P<who>[^,(·|•]+?)(?:\s*[,(·|•]|\s{2,}|\s+(?:on|start\s+date)\b|$)", re.I)
# a tag in brackets before a title: a mailing list's name on its messages' subjects ("[allotments] Seed swap"), a
# forum's flag ("[Solved] ..."), a site's section ("[Guide] ..."): one token, the title after it
TITLE_TAG = re.compile(r"^\[[^\W_][\w.-]{1,30}\]\s+(?=\S)")
# a thread's status as boards print it, in the languages board software is translated into: "[Solved]" before the
# title, or a badge on a line of its own over the first post ("ROZWIĄZANE", "GELÖST"; the words: languages.py)
THREAD_STATUS = alternation("thread_status")
THREAD_FLAG = regex.compile(rf"^\[(?:{THREAD_STATUS})\]\s*(?=\S)", regex.I)
STATUS_BADGE = regex.compile(rf"^[✓✔☑✅]?\ufe0f?\s*(?:{THREAD_STATUS})$", regex.I)
# a thread's or a Q&A page's count line: "3 ODPOWIEDZI", "142 comments", "all 142 comments", "(Read 2,318 times)"
COUNT_NOUNS = (r"answers?|replies|reply|comments?|posts?|views?|votes?|points?|respuestas?|comentarios?|visitas"
               r"|respostas?|comentários?|risposte|commenti|antworten|kommentare|beiträge|réponses|commentaires"
               r"|odpowiedzi|odpowiedź|komentarze|komentarzy|wyświetle\w*|antwoorden|reacties|svar|kommentarer"
               r"|vastaukset|vastausta|válasz\w*|cevap\w*|yanıt\w*|ответ\w*|комментари\w*|відповід\w*"
               r"|odpovědi|odpověď|komentáře|răspunsuri|απαντήσεις|σχόλια")
COUNT_LINE = regex.compile(rf"^(?:all\s+|todos?\s+los\s+|wszystkie\s+)?[\d.,]+\s*k?\s+(?:{COUNT_NOUNS})$"
                           rf"|^(?:{COUNT_NOUNS})\s*:?\s*[\d.,]+$|^\(?(?:read|viewed|leído|lido|letto|gelesen|lu"
                           r"|przeczytany|gelezen)\s+[\d.,]+\s+\w+\)?$", regex.I)
# a reply's subject line on a board: "Re: TITLE" (and the words boards in other languages put there: "Odp: TITLE",
# "AW: TITLE", "Sv: TITLE", "R: TITLE"): the thread's title after it
REPLY_SUBJECT = regex.compile(r"^(?:re|odp|aw|sv|vs|r|ynt|otv)\s*:\s+(?P<title>\S.{2,200})$", regex.I)
MIN_REPLY_SUBJECTS = 2  # one "Re:" line may quote anything; the same subject on two replies names the thread
DIGIT = re.compile(r"\d")
NUMBERED_TITLE = re.compile(r"^(?:\d{1,2}[.)]|\[\d{1,2}\]|(?:article|item|story|feature)\s+(?:#|no\.\s*)?\d{1,2}\s*"
                            r"(?:[:.)]|-{1,2}|[–—]))\s+(?=\S)", re.I)  # ("ARTICLE #2 -- TITLE", "Item No. 3: Title",
# a plain-text ezine's bracketed counter "[2] TITLE", as its contents list numbers the items)
LATER_ITEM = re.compile(r"^(?P<n>\d{1,2})[.)]\s+(?=\S)")  # a numbered list's item: "4. Name each fund ..."
# A rule line of a plain-text newsletter ("=====", "-----", "*****"): layout between its parts, never text.
# (box-drawing rules too: "────"; and any one mark or symbol repeated, "❦ ❦ ❦", "◆◆◆", or one letter of any script
# spaced out, as an ornament between parts: "ⵣ ⵣ ⵣ" (the Tifinagh yaz), "x x x"; a letter run unspaced is a word)
RULE_LINE = re.compile(r"^\s*(?:([=\-*_~#+.•─━═—]|[^\w\s])(?:\s?\1){2,}|([^\W\d_])(?:[ \t]\2){2,})\s*$")
# Before the first article the page's own head may carry short paragraphs (a subscription notice, the contents);
# an earlier article's end carries a paragraph at least this long (seed 004: 40 words and more).
PART_MIN_WORDS = 25
# a short sentence before a licence statement that speaks of rights itself is the notice's lead-in, not the text's
NOTICE_LEAD = re.compile(r"\b(?:copyright|rights|licen[cs]e[ds]?|reprint(?:ed)?|republish(?:ed)?)\b", re.I)
# The runs of spaces repair keeps between a row's items ("Menu  Home  Contact") so that the row reads as one here:
# collapsed in the lines that stay in the text. (A lone tab is a cell's edge in a table copied as text, which repair
# keeps as the only sign of it: it stays for the tips stage to read the table's rows.)
ROW_GAP = re.compile(r"(?<=\S)[ \t]{2,}(?=\S)")
COPYRIGHT_LEAD = re.compile(r"^\s*(?:©|\(c\)|copyright\b)\s*(?:©|\(c\))?\s*", re.I)
# a page's own copyright line opening ("© 2030", "(c) NAME", "Copyright 2030", "Copyright © NAME"), not a source
# whose title opens with the word ("Copyright Law Review (2019)"): what ends a list of sources set straight above it
OWN_NOTICE_OPENING = re.compile(r"^\s*(?:©|\(c\)|copyright\s*(?:©|\(c\)|\d{4}\b))", re.I)


@dataclass(slots=True)
class Parsed:
    """One article read from a run of lines."""

    body: list[str]
    title: str | None = None
    byline: Byline | None = None
    signed: Byline | None = None  # the name on a dash-line sign-off ("— Ana de la Cruz")
    column: Byline | None = None  # the writer a column's head names above the title ("STRAIGHT TALK WITH NAME")
    answerer: bool = False  # ... named as the one who answers the column's letters ("Answers: NAME")
    unmarked: bool = False  # the byline is a bare name line ("Ann Lee | 3 May 2019"): markup's author wins over it
    unheaded_bio: bool = False  # the bio is a closing paragraph without a heading ("NAME is the founder of ...")
    posted: bool = False  # the byline is a blog footer's posting account ("Posted by NAME at TIME"), none other
    bio: AuthorBio | None = None
    signoff: str | None = None
    statements: list[lic.Statement] = field(default_factory=list)  # in page order
    teasers: list[str] = field(default_factory=list)
    chrome: list[str] = field(default_factory=list)  # site header lines above the title, dates and metadata
    footer: list[str] = field(default_factory=list)  # the page's footer under the article: tags, comments, contact
    bio_parts: list[str] = field(default_factory=list)  # bio paragraphs, joined into ``bio`` at the end
    introduced: Byline | None = None  # the writer an editor's note or the opening sentence hands the piece to
    guest: Byline | None = None  # the guest a host's note hands this page to ("Today's guest post comes from NAME")
    profile: Byline | None = None  # the name an author box or profile gives ("About NAME", "About Me" over NAME)
    profile_completes: bool = False  # ... and a first name or handle credited on the page is that person's
    issuer: str | None = None  # the organisation a news release is issued by ("Issued by the X", "Source: X")
    reviewed: bool = False  # the page names a reviewer or an approver ("Medically reviewed by NAME"): it names a person
    credited: Byline | None = None  # the writer a short bio names before a notice on its line (:func:`_credit_bio`)
    first_poster: Byline | None = None  # the byline a forum thread's first post gave (the asker, as a rule)
    below_footer: list[lic.Statement] = field(default_factory=list)  # statements under a blog post's footer line
    own_notices: list[lic.Statement] = field(default_factory=list)  # a guest's © in her bio: _guest_notice
    staffed: str | None = None  # a staff credit's organisation ("By PAPER Staff"), "" for "Staff report"


def article_starts(lines: list[str], headed: bool = False) -> list[int]:
    """Return the line index where each article of a page starts (always 0 first). ``headed``: the page's first
    article starts at the top (its title came with the record, from the HTML markup).

    >>> article_starts(["First Title", "Written by Ann Lee", "Body one.", "More.", "Second Title", "",
    ...                 "Written by Bob Ray", "Body two."])
    [0, 4]
    >>> article_starts(["Title", "Body.", "By the way, nothing here starts an article."])
    [0]
    >>> article_starts(["Site Name", "Home | About", "The Title", "By Ann Lee", "A first paragraph of the article."])
    [0]
    """
    nonblank = [i for i, line in enumerate(lines) if line.strip()]
    starts = [0]
    titled = headed  # the record's title came apart from its text (the markup's): the text's first line is text
    prose = False  # the part so far holds a paragraph: the site's header and teasers above an article do not count
    wrote = False  # the part so far holds any text
    # a byline has been passed (or the first article was headed in markup): before it, only a long paragraph (an
    # earlier article's end) counts; the page's own head may hold short ones (a subscription notice, contents)
    labelled = _labelled_items(lines, nonblank)
    ruled = (_ruled_items(lines, nonblank) | _named_items(lines, nonblank) | _framed_items(lines, nonblank)
             | _signed_letters(lines, nonblank) | set(series_parts(lines, nonblank)[1:])
             | _contents_items(lines, nonblank))
    bylines: dict[int, bool] = {}  # is_byline of a line, asked of it as the next line and again as the one above

    def byline(j: int) -> bool:
        if (known := bylines.get(j)) is None:
            known = bylines[j] = is_byline(lines[j])
        return known

    for k in range(1, len(nonblank)):  # an earlier article needs a title and some text before this one
        i, prev = nonblank[k], nonblank[k - 1]
        if wrote and is_blog_footer(lines[prev]) and (at := _post_after_footer(lines, nonblank, k)) is not None:
            starts.append(at)  # a blog's archive: "Posted by NAME at TIME" closes a post, a dated title opens the
            prose = wrote = False  # next (under the footer's share row, labels line or comment count, too)
            continue
        wrote = wrote or prev != starts[-1] and _is_text(lines[prev])  # any text at all: a post above its footer
        if wrote and NEXT_PIECE.fullmatch(lines[prev].strip()) and _whole_piece_follows(lines, nonblank, k):
            starts.append(i)  # "Up next" over a whole piece the page appended (infinite scroll): the next article
            prose = wrote = False
            continue
        if i in ruled and wrote:
            starts.append(i)  # "-----" / "WHY PRICES RISE" / "From NAME" / text: the next ruled item of an issue
            prose = wrote = False
            continue
        if i in labelled and (prose or prev != starts[-1] and _is_text(lines[prev])):
            starts.append(i)  # "MEMBERS' CORNER" over "A Marrow Named Gerald": the next item of an issue
            prose = wrote = False
            continue
        if prose and (byline(i) or _post_head(lines[i])) and not _never_headline(lines[prev]) and (
                looks_like_title(_unnumbered(lines[prev])) or _headline_over_by(lines[prev], lines[i])) and (
                prev > starts[-1] + 1) and not _card_of(lines, starts[-1], prev):
            starts.append(prev)
            prose = wrote = False
        elif (prose and k >= 2 and RULE_LINE.match(lines[prev]) and nonblank[k - 2] == prev - 1
              and nonblank[k - 2] > starts[-1] + 1 and byline(i)
              and looks_like_title(_unnumbered(lines[prev - 1]))):
            starts.append(prev - 1)  # a plain-text title underlined ("Wash Your Pots" / "=====") over its byline
            prose = wrote = False
        headed = headed or byline(prev)  # the page's first article has begun
        prose = prose or ((prev != starts[-1] or titled and prev == 0) and _is_text(lines[prev])
                          and not _signed_note(lines[prev])
                          and (headed or _long_paragraph(lines, prev)))
    return [start for start, end in zip(starts, starts[1:] + [len(lines)], strict=True)
            if start == 0 or any(_says_something(line) for line in lines[start + 1:end])]  # (titles over bylines,
    # nothing said under them: "Related Articles:" / TITLE / "By: NAME | Views: 987", the piece's list of others)


def _says_something(line: str) -> bool:
    """Whether a line is a piece's own text: a sentence or a paragraph, not a site's menu or field row
    ("Categories: Arts | Home | Travel") nor its notice ("Copyright © 2011 Site. All rights reserved.").

    >>> _says_something("Start with the smallest room."), _says_something("Tags: Arts | Home | Health | Travel")
    (True, False)
    >>> _says_something("Copyright © 2011 Example Articles. All rights reserved.")
    False
    """
    return _is_text(line) and not is_nav_line(line) and not lic.find_statements(line)


# The line a page sets over the next piece it appends under the article (infinite scroll, a "next article" box):
# alone on its line. What follows is an article only when it runs whole (:func:`_whole_piece_follows`); a teaser
# (a title, a credit and a paragraph cut off, "Loading…") is not (SPEC, round 19).
NEXT_PIECE = re.compile(r"(?:up\s+next|next\s+up|read\s+next|next\s+(?:article|story|post|piece|read)"
                        r"|continue\s+reading|keep\s+reading)\s*:?", re.I)
NEXT_PIECE_PARAGRAPHS = 3  # the paragraphs a whole appended piece runs to before the next announcement (a teaser: one)
NEXT_PIECE_HEAD_LINES = 3  # its head: a kicker, the title, then its credit or date lines


def _whole_piece_follows(lines: list[str], nonblank: list[int], k: int) -> bool:
    """Whether a whole piece starts at ``nonblank[k]``, under a "next piece" line (:data:`NEXT_PIECE`): a title
    among its first lines and :data:`NEXT_PIECE_PARAGRAPHS` paragraphs of text or more before the page's next such
    line (or its end). A teaser's single paragraph, a list of related titles or a video's autoplay row is none.

    >>> lines = ["Up next", "Sleep Well Abroad", "Ann Lee", "Fly east.", "Rise early.", "Nap short.", "Up next", "T"]
    >>> _whole_piece_follows(lines, list(range(8)), 1), _whole_piece_follows(lines[:4], list(range(4)), 1)
    (True, False)
    """
    head = [lines[j].strip() for j in nonblank[k:k + NEXT_PIECE_HEAD_LINES]]
    if not any(looks_like_title(line) for line in head):
        return False
    paragraphs = 0
    for j in nonblank[k + 1:]:
        text = lines[j].strip()
        if NEXT_PIECE.fullmatch(text):
            break
        paragraphs += _is_text(text)
        if paragraphs >= NEXT_PIECE_PARAGRAPHS:
            return True
    return False


# a slideshow's or a paginated page's pager ("‹ Prev  Next ›", "Start again ↺", "« Older"): its arrows, or its words
# alone; never a piece's headline, whatever credit line stands under it
PAGER_ARROWS = re.compile(r"[‹›↺]|^«\s|\s»$")
PAGER_WORDS = frozenset("prev previous next older newer back start again first last page slide posts entries".split())


# a post's neighbours row between arrows, each under its label in any language ("« Previous: TITLE   Next: TITLE »",
# "← Older: TITLE | Newer: TITLE →"): the blog's pager, never the post's title
NEIGHBOUR_LABEL = r"(?:\p{L}[\p{L}'’-]*\s?){1,3}:\s+\S"  # "Earlier: ", "Teo aloha: ": a label of a word or three
PREV_NEXT_ROW = regex.compile(rf"^[«‹←<]{{1,2}}\s*{NEIGHBOUR_LABEL}.*?\s{NEIGHBOUR_LABEL}.*[»›→>]{{1,2}}$")


def _neighbours_row(text: str) -> bool:
    """Whether a line is a blog's row naming the posts before and after this one, between arrows.

    >>> _neighbours_row("« Earlier: Soup for a cold week   Later: Bread without a tin »")
    True
    >>> _neighbours_row("← Vorher: Suppe | Nachher: Brot →"), _neighbours_row("« Le jardin : mode d'emploi »")
    (True, False)
    """
    return PREV_NEXT_ROW.match(text) is not None


def _never_headline(line: str) -> bool:
    """Whether a line over a credit can never be a new piece's headline: a recipe card's or a post's facts
    ("Servings: 18", "Prep 10 mins", :func:`_facts`) over the card's "Author: NAME", or a pager's line over the
    slideshow's closing "Words: NAME" credit. The credit is the same piece's, not the next one's.

    >>> _never_headline("Servings: 12 rolls"), _never_headline("‹ Back  Start over ↺"), _never_headline("Older posts")
    (True, True, True)
    >>> _never_headline("The Next Step For Small Gardens"), _never_headline("«Le jardin sec»")
    (False, False)
    """
    text = line.strip()
    if _facts(text) or PAGER_ARROWS.search(text):
        return True
    words = re.findall(r"[^\W\d_]+", text.lower())
    return bool(words) and len(words) <= MAX_LABEL_WORDS and all(w in PAGER_WORDS for w in words)


LONE_BY = re.compile(r"by\s*:?", re.I)  # a byline's "By" alone on its line, the name on the next


# A byline that is the writer's name after a bare "By" ("By NAME", "by NAME, role"): a news story's or a digest's
# item's, where "Answers by", "Posted by" and "Answered by" credit a column's answerer or an archive's poster.
BARE_BY = re.compile(r"^\s*by\s+\S", re.I)
# a sentence's end inside a line, or a call's: "Do you have a question? Email ...", "Really. Happy mending!"
INNER_SENTENCE = re.compile(r"[.!?]\s+\S|!$")


def _first_two(lines: list[str], lo: int) -> tuple[str, str]:
    """The first two lines holding text from line ``lo`` on ("" for a missing one)."""
    found = [line for line in lines[lo:lo + 8] if line.strip()][:2]
    return (found + ["", ""])[0], (found + ["", ""])[1]


def _headline_over_by(line: str, under: str) -> bool:
    """Whether a line in sentence case ("Council approves six-month night bus trial") is a news headline over a bare
    "By NAME" byline: a line that may be a title (short, no closing stop), holding no sentence's end inside; the
    title-case test (looks_like_title) misses a newsroom's headlines, which capitalise their first word only.

    >>> _headline_over_by("Strike called off hours before walkout", "By Ann Lee")
    True
    >>> _headline_over_by("Strike called off hours before walkout", "Posted by Ann Lee at 9:14")
    False
    >>> _headline_over_by("Got a question? Write to us at the desk", "By Ann Lee")
    False
    >>> _headline_over_by("Come seccare i pomodori al sole", "Pubblicato il 2 agosto 2022 da Ada Neri")
    True

    A blog's dated post head naming the poster (POST_HEAD, in any language of the tables) stands under a post's
    title in sentence case as a newsroom's "By NAME" does.
    """
    return (BARE_BY.match(under) is not None or POST_HEAD.match(under.lstrip()) is not None) and may_be_title(
        line) and INNER_SENTENCE.search(line.strip()) is None


MIN_SHARE_BUTTONS = 2  # "Email This BlogThis! Share to X Share to Facebook": a row of the platform's buttons


# a blog post's head under its title, dated and crediting the poster ("Posted on 2 May 2021 by NAME in News | 3
# Comments", "Published 2 May 2021 by NAME", in every language of the tables: "Pubblicato il 9 maggio 2023 da NAME",
# "Publié le 3 mars par NAME"); "Posted by NAME on DATE" is a blog footer's form (is_blog_footer)
POST_HEAD = re.compile(rf"^(?:posted|published|{alternation('published')})\s+(?:on\s+)?(?=[^|·•]*\d)[^|·•]{{4,40}}?"
                       rf"\s+(?:{alternation('by')})\s+\S", re.I)

# ... or without the verb, as a blog theme prints it under the title: "June 19, 2014 by gardenbits" (the poster a
# name or an account's handle, and no more than a share row's cells after it)
DATED_BY = regex.compile(rf"^(?:{DATE})\s*[,|·•–—-]?\s*(?:{alternation('by')})\s+(?:[\w.@-]+"
                         r"|(?-i:\p{Lu}[\w'’.-]*(?:\s+\p{Lu}[\w'’.-]*){1,3}))(?:\s*[|·•].*)?$", regex.I)


def _post_head(line: str) -> bool:
    """A blog post's dated head line, naming its poster after the date (or before it, as a footer does).

    >>> _post_head("Posted on 2 May 2021 by Ann Lee in News | 3 Comments"), _post_head("Published 9/3/24 by admin")
    (True, True)
    >>> _post_head("Posted on the shed door by the allotment committee"), _post_head("Posted by Jo at 9:14 PM")
    (False, True)
    >>> _post_head("Pubblicato il 4 marzo 2022 da Ada Neri — 2 commenti"), _post_head("Publié le 3 mai par Léa Roy")
    (True, True)
    >>> _post_head("June 19, 2014 by gardenbits"), _post_head("June 19, 2014 by the river we sat")  # a theme's head
    (True, False)
    """
    text = line.lstrip()
    return DIGIT.search(text) is not None and (POST_HEAD.match(text) is not None or DATED_BY.match(text) is not None
                                               ) or is_blog_footer(text)


def _card_of(lines: list[str], lo: int, i: int) -> bool:
    """Whether the heading at line ``i`` (or the line right above it, over a row of facts such as "Prep Time: 40
    mins  Servings: 4") repeats a title standing earlier in the piece from ``lo``, whole or as its start: a recipe
    card or a print box under the post ("Leek Soup" under "Leek Soup (Vegan, One Pot)"), the same piece's, never a
    new one. Asked only where a heading over a byline would open a piece.

    >>> _card_of(["Leek Soup (Vegan, One Pot)", "By Ann Lee", "Text.", "Leek Soup", "Serves 4", "By Ann Lee"], 0, 4)
    True
    >>> _card_of(["Leek Soup", "By Ann Lee", "Text.", "Bean Stew", "By Bo Lind"], 0, 3)
    False
    """
    heads = {lines[j].strip().casefold() for j in (i, i - 1) if j > lo and looks_like_title(lines[j].strip())}
    return any(text.casefold().startswith(head) for j in range(lo, i - 1)
               if (text := lines[j].strip()) and looks_like_title(text) for head in heads)


def _first_post_heading(lines: list[str], lo: int, hi: int, known: str) -> int | None:
    """The first post's heading in the first part of a page the markup split into posts, when the page's own
    title (``known``) stands nowhere in that part: the first heading (no sentence, no label, no menu) over a
    paragraph of ``PART_MIN_WORDS`` words or more (a field's line, "Summary: ...", may stand between); else
    ``None``.

    >>> lines = ["a tagline, all lower case.", "", "Mending Socks", "", "Summary: " + "word " * 30]
    >>> _first_post_heading(lines, 0, 5, "Fernwick Mending")
    2
    >>> _first_post_heading(["Fernwick Mending", "Mending Socks", "word " * 30], 0, 3, "Fernwick Mending") is None
    True
    >>> _first_post_heading(["Two picks.", "", "Mending Socks", "", "★★★★☆ (18)", "", "word " * 30], 0, 7, "Picks")
    2
    >>> _first_post_heading(["You will need:", "", "• a darning egg", "", "word " * 30], 0, 5, "Picks") is None
    True

    A listicle's numbered points under the markup's title (taken out of the text) are no posts' headings:

    >>> points = ["Intro.", "", "1. Fit mudguards", "", "word " * 30, "", "2. Brake early", "", "word " * 30]
    >>> _first_post_heading(points, 0, 9, "Riding in the rain") is None
    True
    """
    key = clean_title(known).casefold()
    nonblank = [i for i in range(lo, hi) if lines[i].strip()]
    if any(clean_title(lines[i]).casefold() == key for i in nonblank):
        return None
    points = _numbered_run([lines[i] for i in nonblank])
    for k, i in enumerate(nonblank[:-1]):
        text = lines[i].strip()
        if (lines[i + 1].strip() or _is_text(text) or is_nav_line(text) or _is_label(text) or _is_meta(text)
                or k in points  # "2. Brake earlier" among "1." and "3.": a listicle's point, no post's heading
                or SALUTATION.match(text) or _by_line(text) or CONTENTS_BULLET.match(text)
                or not (may_be_title(text) or len(text.split()) <= MAX_TITLE_WORDS and text[-1].isalnum())):
            continue  # (a heading is a block of its own; a blog's may be all in small letters; a bulleted line is
            # a list's item, as a kit list's last item over the list of points is)
        rest = nonblank[k + 1:]
        under = next((j for j in rest if not _is_meta(lines[j].strip())), rest[0])  # a rating or a date row
        if is_byline(lines[under]) and (after := [j for j in rest if j > under]):  # between the heading and its
            under = after[0]  # text; the piece's byline there
        if len(lines[under].split()) >= PART_MIN_WORDS or _long_paragraph(lines, under):
            return i
    return None


def _numbered_run(said: list[str]) -> set[int]:
    """The positions of the lines that open with a number (``_LIST_ITEM``) next to another line numbered one more or
    one less: a list's points ("1. Fit mudguards" ... "2. Brake early"), where a lone "1." may be a heading's count.

    >>> sorted(_numbered_run(["Intro.", "1. Fit mudguards", "Text.", "2. Brake early", "Text.", "5. Alone"]))
    [1, 3]
    """
    numbers = {k: int(m["num"]) for k, line in enumerate(said) if (m := _LIST_ITEM.match(line)) and m["num"]}
    found = set(numbers.values())
    return {k for k, n in numbers.items() if n + 1 in found or n - 1 in found}


MAX_PART_HEAD_LINES = 6  # a series page's lede, its credits, the part's counter: the top of the page


def _part_heading(lines: list[str], lo: int, hi: int) -> int | None:
    """The heading of the one series part a page prints whole: a part counter ("RIDE READY · PART 1 OF 6",
    :data:`SERIES_PART`) near the top of the text, over a heading of its own (no sentence) over the part's text. The
    markup's title there names the series (the index page's h1), not the part (SPEC: a series' overall name and its
    counters are no titles; each part is titled by its own headline). Return the heading's line, else ``None``.

    >>> text = "A paragraph of the part, as long as a sentence should be."
    >>> _part_heading(["The series in six short guides.", "", "WHEELS · PART 1 OF 6", "", "Pump the tyres", text],
    ...               0, 6)
    4
    >>> _part_heading(["The series in six short guides.", "Part 1 of 6", text, "Pump the tyres", text], 0, 5) is None
    True
    """
    nonblank = [i for i in range(lo, hi) if lines[i].strip()]
    for k, i in enumerate(nonblank[:MAX_PART_HEAD_LINES]):
        text = lines[i].strip()
        if len(text) > MAX_SERIES_COUNTER_CHARS or SERIES_PART.match(text) is None:
            continue
        heading, under = (nonblank[k + 1:k + 3] + [None, None])[:2]
        if heading is None or under is None:
            return None
        return heading if may_be_title(lines[heading].strip()) and not _is_text(lines[heading]) and _is_text(
            lines[under]) else None
    return None


def _label_over_piece(lines: list[str], lo: int, hi: int) -> bool:
    """Whether lines ``lo`` to ``hi`` hold no text: a section's label boxed between rule lines over the piece that
    starts at ``hi`` ("-----" / "1. FEATURE" / "-----"), the lines above it the issue's own."""
    return not any(_is_text(line) for line in lines[lo:hi])


def _long_paragraph(lines: list[str], i: int) -> bool:
    """Whether line ``i`` ends a paragraph of ``PART_MIN_WORDS`` words or more: a plain-text e-mail wraps its
    paragraphs at 60 to 70 characters, so a paragraph of forty words is four lines of ten. The count runs up the
    lines right above ``i`` to a blank line, a heading, a byline or a rule line (asked only of a line of text, and
    only until the first byline of a page).

    >>> _long_paragraph(["Spring has come late this year and so have", "your letters, and there are more of them than",
    ...                  "ever before: thank you all for writing in."], 2)
    True
    >>> _long_paragraph(["Getting Paid On Time Every Month", "Late payment is the quiet killer of small firms, and "
    ...                  "most of them never see it coming until the bank calls."], 1)  # a heading stops the count
    False
    """
    words = 0
    for k in range(i, -1, -1):
        text = lines[k].strip()
        if not text or k < i and (RULE_LINE.match(text) or looks_like_title(text) or is_byline(text)):
            return False
        words += len(text.split())
        if words >= PART_MIN_WORDS:
            return True
    return False


def _split_starts(lines: list[str], record: Article) -> list[int]:
    """Where each article of the record starts: first where the HTML markup set its articles apart
    (``record.html_starts``), then where the text rules find one inside each of those (each markup article after
    the first opens with its own heading, so it counts as headed)."""
    cuts = [0] + markup_starts(lines, record.html_starts)
    starts: list[int] = []
    for lo, hi in zip(cuts, cuts[1:] + [len(lines)], strict=True):
        starts += [lo + i for i in article_starts(lines[lo:hi], headed=record.title is not None or lo > 0)]
    return [start for n, start in enumerate(starts) if not n or not _next_page_of(lines, starts[n - 1], start)]


# a paged article's later page, pasted under the page before by a scraper: its title again with the page's counter
# ("TITLE (Page 2 of 2)", "TITLE - page 2") and a note that it goes on ("Continued from page 1"); the counter's
# match opens where a run of spaces does ((?<!\s)), else every space of a long run opened a scan of the rest: quadratic
PAGE_COUNTER = re.compile(r"(?<!\s)\s*(?:[(\[]\s*page\s+\d+(?:\s+of\s+\d+)?\s*[)\]]"
                          r"|[-–—:|]\s*page\s+\d+(?:\s+of\s+\d+)?)$", re.I)
CONTINUED_FROM = re.compile(r"^[(\[]?\s*continued\s+from\s+(?:page\s+\d+|the\s+previous\s+page)\b", re.I)
CONTINUED_REACH = 3  # the note stands under the repeated title and byline


def _next_page_of(lines: list[str], before: int, start: int) -> bool:
    """Whether the part opening at line ``start`` is the next page of the piece opening at ``before``, pasted under
    it: its first line is a line of that piece again (its title, under the site's header), with the page's counter
    after it or a "Continued from page 1" note under it. Such a page goes on with the same piece (SPEC: one
    article), where a series' part ("Part 2 of 3") is a piece of its own. (holdout28's directory page is the shape's
    one page with both pages; holdout7's and holdout6's page 2 saved alone have no page 1 above to join.)

    >>> page = ["Tidy Desks", "By Ann Lee", "1. Clear it.", "Page 1 of 2", "Tidy Desks (Page 2 of 2)", "By Ann Lee",
    ...         "Continued from page 1", "2. Wipe it."]
    >>> _next_page_of(page, 0, 4), _next_page_of(page[:4] + ["Tidy Desks, Part 2", "2. Wipe it."], 0, 4)
    (True, False)
    >>> _next_page_of(["Tidy Desks", "1. Clear it.", "Tidy Sheds (Page 2 of 2)", "2. Wipe it."], 0, 2)
    False
    """
    said = [k for k in range(start, len(lines)) if lines[k].strip()][:CONTINUED_REACH + 1]
    if not said:
        return False
    head = lines[said[0]].strip()
    bare = _line_key(PAGE_COUNTER.sub("", head))
    return bool(bare) and any(_line_key(lines[k]) == bare for k in range(before, start)) and (
        _line_key(head) != bare or any(CONTINUED_FROM.match(lines[k].strip()) for k in said[1:]))


def _line_key(line: str) -> str:
    """A line as compared with a markup opening: its letters and digits, case-folded (repair may have changed
    its quotes, dashes or spaces since it was read).

    >>> _line_key("  Don't Panic -- It's Fine!") == _line_key("Don’t panic — it’s fine")
    True
    """
    return "".join(ch for ch in line.casefold() if ch.isalnum())


def markup_starts(lines: list[str], openings: list[str]) -> list[int]:
    """The line index of each opening line in ``openings``, in page order, each after the one before (an
    opening that boilerplate removed is skipped); never line 0.

    >>> markup_starts(["Intro", "One", "Body.", "Two", "Body."], ["Two", "Gone"])
    [3]
    """
    return [line for _, line in _markup_hits(lines, openings)]


def markup_bylines(lines: list[str], openings: list[str], bylines: list[str]) -> dict[int, str]:
    """The writer the markup names for the article opening at each line (``bylines[k]`` for ``openings[k]``, see
    ``Article.html_bylines``); an article whose markup names none is left out.

    >>> markup_bylines(["Intro", "One", "Body.", "Two", "Body."], ["Gone", "Two"], ["Ann Lee", "Bo Ng"])
    {3: 'Bo Ng'}
    """
    return {line: bylines[k] for k, line in _markup_hits(lines, openings) if k < len(bylines) and bylines[k]}


def _markup_hits(lines: list[str], openings: list[str]) -> list[tuple[int, int]]:
    """``(k, line)``: each opening found (``openings[k]``) and its line, as :func:`markup_starts` finds them."""
    found: list[tuple[int, int]] = []
    at = 1
    for k, opening in enumerate(openings):
        key = _line_key(opening)
        if not key:
            continue
        hit = next((i for i in range(at, len(lines)) if _line_key(lines[i]) == key), None)
        if hit is not None:
            found.append((k, hit))
            at = hit + 1
    return found


MAX_FOOTER_LABELS = 2  # the rows a blog footer may carry under "Posted by": its share row, labels, comment count
MAX_FOOTER_ROWS = 8  # ... besides its share buttons one a line ("Email This", "BlogThis!", "Share to X") and a rule


def _post_after_footer(lines: list[str], nonblank: list[int], k: int) -> int | None:
    """Where the next post of a blog's archive starts when line ``nonblank[k]`` is the first under a post's footer
    ("Posted by NAME at TIME"): there, or under the footer's own rows (a row of share links, its labels, "Labels:
    …", its comment count), where a dated title opens the next post; else ``None``.

    >>> lines = ["Posted by Jo at 9:14", "Labels: seeds", "Friday, 1 April 2011", "See Us", "We will bake bread."]
    >>> _post_after_footer(lines, [0, 1, 2, 3, 4], 1), _post_after_footer(lines[:2], [0, 1], 1)
    (2, None)
    >>> lines[1:1] = ["Email This Share to X Share to Facebook"]
    >>> _post_after_footer(lines, [0, 1, 2, 3, 4, 5], 1)
    3
    >>> _post_after_footer(["Posted by Jo Lee at 9:14 PM", "About Me", "Jo Lee"], [0, 1, 2], 1)  # her profile box
    """
    labels = 0
    for skip in range(min(MAX_FOOTER_ROWS + 1, len(nonblank) - k)):
        row = lines[nonblank[k + skip - 1]]
        if skip and not (LONE_BUTTON.match(row) or RULE_LINE.match(row)):  # (a button a line: Blogger's share
            labels += 1  # list; a rule between posts)
            if labels > MAX_FOOTER_LABELS or _pager_row(row) or not (
                    is_footer_chrome(row) or len(BUTTON_WORD.findall(row)) >= MIN_SHARE_BUTTONS):
                return None  # (only the platform's rows under a post: a profile box's heading is no post's end)
        if _post_follows(lines, nonblank[k + skip:k + skip + 3]):
            return nonblank[k + skip]
    return None


def _pager_row(row: str) -> bool:
    """A blog's pager under its last post ("Newer Posts  Home  Older Posts", "« Older entries"): the list of posts
    ends there, whatever follows it (the sidebar, the footer).

    >>> _pager_row("Newer Posts   Home   Older Posts"), _pager_row("Labels: next steps, gardening")
    (True, False)
    """
    return len(row.split()) <= MAX_LABEL_WORDS + 2 and ":" not in row and PAGER.search(row) is not None


def _post_follows(lines: list[str], ahead: list[int]) -> bool:
    """Whether a blog post starts at ``ahead[0]``: a title (after its date line, if any) over the post's text.

    >>> _post_follows(["Friday, 1 April 2011", "See Us At The Fair", "We will be at the fair with bread."], [0, 1, 2])
    True
    >>> _post_follows(["Newer Posts Older Posts Home", "Subscribe to: Posts (Atom)"], [0, 1])
    False
    >>> _post_follows(["Marjorie P said...", "Such good advice, thank you."], [0, 1])  # a comment under the post
    False
    """
    if ahead and is_date_line(lines[ahead[0]].strip()):
        ahead = ahead[1:]
    texts = [lines[j].strip() for j in ahead]
    return (len(texts) >= 2 and may_be_title(texts[0]) and not is_nav_line(texts[0])
            and not is_footer_chrome(texts[0]) and (  # ("Labels: socks" under the footer: the post's own)
        _is_text(texts[1]) or _hard_wrapped(texts[1], lines[ahead[1] + 1].strip() if ahead[1] + 1 < len(lines) else ""))
        and not COMMENTER.search(texts[0]))  # (a scraped copy keeps its paragraphs' line breaks)


# a reader's comment's head under the post ("Marjorie P said...", "Anonymous said…", "Tom wrote:"): the blog
# platform's comment list, whose heading ("3 comments:") the boilerplate may have taken away, never a post's title
COMMENTER = re.compile(r"\s(?:said|says|wrote)\s*(?::|\.{3}|…)$", re.I)


# A series' part counter on a line of its own, or after the series' label ("Part 2 of 3", "HOW TO X (Part 2 of 2)",
# "Part 2/3:"): a print-all page of a series holds each part under its counter, the part's own headline under it
SERIES_PART = re.compile(r"^(?:(?P<label>.{1,80}?)\s*[(\[–—:|·-]\s*)?part\s+(?P<n>\d{1,2})\s*(?:of|/)\s*(?P<of>\d{1,2})"
                         r"\s*[)\]]?\s*[:.]?$", re.I)


def series_parts(lines: list[str], nonblank: list[int]) -> list[int]:
    """The lines of a series' part counters ("Part 1 of 3" ... "Part 3 of 3", :data:`SERIES_PART`), in order, when the
    page prints two parts or more of one series, counted up from one, each counter over a headline line (no
    sentence) or carrying the series' label; else none. Each part is an article of its own (a page's "Page 2 of
    3" is one article's page, never a part).

    >>> text = "A paragraph of the part, as long as a sentence should be."
    >>> lines = ["Part 1 of 2", "Getting Started", text, "Part 2 of 2", "Going Further", text]
    >>> series_parts(lines, list(range(6)))
    [0, 3]
    >>> series_parts(lines[3:], list(range(3))), series_parts(["Part 1 of 2", text, "Part 2 of 2", text], [0, 1, 2, 3])
    ([], [])
    """
    found: list[int] = []
    total = None
    breaks: set[int] | None = None  # the print's page-break lines, found once a counter asks
    for k, i in enumerate(nonblank):
        text = lines[i].strip()
        if len(text) > MAX_SERIES_COUNTER_CHARS or (m := SERIES_PART.match(text)) is None:
            continue
        breaks = _page_break_lines(lines, nonblank) if breaks is None else breaks
        under = next((lines[j].strip() for j in nonblank[k + 1:] if j not in breaks), "")
        if int(m["n"]) != len(found) + 1 or total not in (None, m["of"]) or not (
                m["label"] or may_be_title(under) and not _is_text(under)):
            return []
        found.append(i)
        total = m["of"]
    return found if len(found) >= 2 else []


# A print's page foot: the page's address and its page counter ("https://site.example/print/x    2/3")
PRINT_PAGE_FOOT = re.compile(r"^(?:https?://|www\.)\S+\s+\d{1,3}\s*/\s*\d{1,3}$")


def _page_break_lines(lines: list[str], nonblank: list[int]) -> set[int]:
    """The lines a print sets at each page break: its page foot (``PRINT_PAGE_FOOT``) and its running header, a line
    repeated word for word ``MIN_RUNNING_REPEATS`` times or more ("DATE, TIME   TITLE | SITE"). The text runs on
    across them (SPEC, round 21).

    >>> page = ["1/2/26 TITLE | Site", "Part 1 of 2", "https://s.example/p 1/2", "1/2/26 TITLE | Site", "Getting going",
    ...         "https://s.example/p 2/2", "1/2/26 TITLE | Site"]
    >>> sorted(_page_break_lines(page, list(range(7))))
    [0, 2, 3, 5, 6]
    """
    counts = Counter(lines[i].strip() for i in nonblank)
    return {i for i in nonblank if counts[lines[i].strip()] >= MIN_RUNNING_REPEATS
            or PRINT_PAGE_FOOT.match(lines[i].strip())}


def _print_breaks(lines: list[str]) -> list[int]:
    """The page-break lines of a printed page (:func:`_page_break_lines`), where it has a page foot at all; none else
    (a line repeated on a page with no print foot may be anything: a forum's "Reply" under each post).

    >>> _print_breaks(["1/2/26 T | S", "Text one.", "https://s.example/p 1/2", "1/2/26 T | S", "Text two.",
    ...                "https://s.example/p 2/2", "1/2/26 T | S"])
    [0, 2, 3, 5, 6]
    >>> _print_breaks(["Reply", "Text.", "Reply", "More.", "Reply"])
    []
    """
    nonblank = [i for i, line in enumerate(lines) if line.strip()]
    feet = [k for k, i in enumerate(nonblank) if PRINT_PAGE_FOOT.match(lines[i].strip())]
    if not feet:
        return []
    breaks = _page_break_lines(lines, nonblank)
    # the running header is the repeated line next to a page foot (a series' parts repeat their own lines too)
    near = {nonblank[j] for k in feet for j in (k - 1, k + 1) if 0 <= j < len(nonblank)}
    headers = {lines[i].strip() for i in breaks & near}
    return sorted(i for i in breaks if PRINT_PAGE_FOOT.match(lines[i].strip()) or lines[i].strip() in headers)


MAX_SERIES_COUNTER_CHARS = 100  # a counter's line: the series' label and "(Part 2 of 3)", never a paragraph
# the series' one credit over its parts: "A two-part series by NAME", "A series by NAME", "Series by NAME, role"
SERIES_CREDIT = re.compile(r"^(?:an?\s+)?(?:[\w-]+[-\s]part\s+)?series\s+(?:written\s+)?by\s+(?P<who>\S.{2,80})$", re.I)


def series_credit(head: list[str]) -> Byline | None:
    """The writer the series' credit line names among the lines over its first part, else ``None``.

    >>> series_credit(["THE SHED - print version", "A three-part series by Ann Lee-Varga", "Printed: 2 May 2010"])
    Byline(name='Ann Lee-Varga', credentials=None)
    >>> series_credit(["A series by the Allotment Committee"]), series_credit(["Our series by the sea"])
    (None, None)
    >>> series_credit(["THE SHED", "All parts on one page", "By Ann Lee-Varga"]).name
    'Ann Lee-Varga'
    """
    for line in head:
        if (m := SERIES_CREDIT.match(line.strip())) and (named := split_name(m["who"])) and is_person_name(named.name):
            return named
    # else the byline printed once over all the parts ("by NAME | Column"): it credits each (SPEC, round 16)
    return next((by for line in head if (by := parse_byline(line.strip())) is not None and is_person_name(by.name)),
                None)


def _labelled_items(lines: list[str], nonblank: list[int]) -> set[int]:
    """The label lines that head the items of an issue after its first: a section's label in capitals right over
    a title (or a blank line over it), with the item's text (after a byline or the writer's bare name, if any)
    under it ("FEATURE" / "Seed Saving" / "Contributed by
    ..." / text, then "MEMBERS' CORNER" / "A Marrow Named Gerald" / text). Only where the page's first item
    stands so, above any paragraph: an article's own headings never start an article.

    >>> lines = ["THE NEWS", "", "FEATURE", "Seed Saving", "", "A first paragraph of the feature, long enough.", "",
    ...          "MEMBERS' PAGE", "A Marrow", "", "A story about a marrow that grew and grew all summer."]
    >>> sorted(_labelled_items(lines, [i for i, line in enumerate(lines) if line.strip()]))
    [7]
    >>> lines = ["WORKSHOP", "", "Sharp Tools", "", "Ann Lee", "", "A first paragraph of the column, long enough.", "",
    ...          "CLUB NEWS", "", "A Good Year", "", "A story of the year, a sentence long and a little more."]
    >>> sorted(_labelled_items(lines, [i for i, line in enumerate(lines) if line.strip()]))
    [8]
    """
    pairs = []
    apart = credited = False  # a label a blank line over its title: an issue's item only where an item credits
    for k in range(len(nonblank) - 2):  # its writer under its title (a release's "ENDS" over "Notes to editors")
        i, j = nonblank[k], nonblank[k + 1]
        text = lines[i].strip()
        if (j > i + 2 or DIGIT.search(text) or not _is_label(text) or COLUMN_HEAD.match(text)
                or LINK_LIST_LEAD.match(text)  # "MORE IN LIFE" over the site's other titles: its footer
                or j > i + 1 and FRAMED.match(text)):  # "*** QUICK TIP ***" apart: a framed item's (_framed_items)
            continue
        title = lines[j].strip()
        credit = lines[nonblank[k + 2]]  # "By NAME", or the writer's bare name, between the title and the text
        named = (is_byline(credit) or _writer_line(credit)) and k + 3 < len(nonblank)
        under = nonblank[k + 3] if named else nonblank[k + 2]
        if (may_be_title(title) and not _is_label(title) and _text_opens(lines, under) and not _text_opens(lines, j)
                and not lic.find_statements(lines[under])):
            pairs.append(k)
            apart, credited = apart or j > i + 1, credited or named
    if len(pairs) < 2 or apart and not credited or any(_is_text(lines[i]) and len(lines[i].split()) >= PART_MIN_WORDS
                             for i in nonblank[: pairs[0]]):
        return set()
    return {nonblank[k] for k in pairs[1:]}


MIN_SIGNED_ITEMS = 2  # rule lines split a page into articles only where at least two ruled items credit a writer
# a plain-text issue's item title framed by the same marks on both sides ("*** TITLE ***", "=== TITLE ===", "-- TITLE
# --"): a mailed newsletter's way of setting a heading apart without markup
FRAMED = re.compile(r"^\s*(?P<mark>[*=~#+-])(?P=mark)+\s+(?P<title>[^*=~#+\s-](?:.*\S)?)\s+(?P=mark){2,}\s*$")


def unframed(line: str) -> str:
    """A framed heading's words ("*** Leaf Mould ***" -> "Leaf Mould"); any other line as it is.

    >>> unframed("*** Making A Leaf Bin ***"), unframed("=== IN THIS ISSUE ==="), unframed("** bold ** text")
    ('Making A Leaf Bin', 'IN THIS ISSUE', '** bold ** text')
    """
    m = FRAMED.match(line)
    return m["title"] if m else line


def _framed_items(lines: list[str], nonblank: list[int]) -> set[int]:
    """The title lines of an issue's items, the first included, where each item's title is framed ("*** Title ***")
    with its writer on the next line (a byline or a name with a role: "Ann Lee, plot 14") and text under it; at
    least two such items. An article's own framed headings ("*** Step one ***") credit no writer.

    >>> text = "A paragraph of the item, as long as a sentence should be."
    >>> lines = ["Hello all, two items.", "*** Seed Swap ***", "Ann Lee, Secretary", text, "*** Leaf Bins ***",
    ...          "by Bo Lind", text]
    >>> sorted(_framed_items(lines, list(range(len(lines)))))
    [1, 4]
    """
    items = set()
    for k in range(len(nonblank) - 2):
        i = nonblank[k]
        if not FRAMED.match(lines[i]) or not may_be_title(unframed(lines[i]).strip()):
            continue
        writer = lines[nonblank[k + 1]].strip()
        if (is_byline(writer) or name_line(writer) is not None) and _is_text(lines[nonblank[k + 2]]):
            items.add(i)
    return items if len(items) >= MIN_SIGNED_ITEMS else set()


def _ruled_items(lines: list[str], nonblank: list[int]) -> set[int]:
    """The title lines of an issue's items after its first, where rule lines stand between the items: each item a
    title-like line right under a rule, with text under it, and at least two items crediting their writer (a byline
    or a credit line under the title, or a sign-off under the text). An article's own sections between rules
    ("* * *", "Heating", text) credit no one, so they never split it.

    >>> rule, text = "-" * 20, "A paragraph of the item, as long as a sentence should be."
    >>> lines = ["NEWS", rule, "TITLE ONE", "By Ann Lee", text, rule, "TITLE TWO", "From Bo Lind", text, rule, "(c) X"]
    >>> sorted(_ruled_items(lines, list(range(len(lines)))))
    [6]
    """
    rules = [k for k, i in enumerate(nonblank) if RULE_LINE.match(lines[i])]
    if not rules or _first_post(lines, nonblank) is not None:
        return set()  # (a forum thread's rules set each post's signature off its text: one thread, one article)
    items: list[int] = []
    signed = listed = pieces = 0
    entries = _contents_entries(lines, nonblank)
    first = nonblank[:rules[0]]  # the page's first item has no rule over it: it counts when it is signed at its end
    # or credits its writer under its title ("TITLE" / "作者：NAME | DATE" / text: a column page's first whole post)
    if len(first) >= 2 and any(_is_text(lines[j]) for j in first) and (
            _signed_at_end(lines, nonblank, first) or _credited_head(lines, first)):
        items.append(first[0])
        signed += 1
    elif len(rules) < 2:
        return set()
    boxed = -1  # the rule line closing a title box: the text under it is the box's item, no item of its own
    for n, r in enumerate(rules):
        if r == boxed:
            continue
        section = _ruled_section(nonblank, rules, n)
        closing = n + 1  # the rule line under the item's text: a resource box may open there
        text = _ruled_section(nonblank, rules, n + 1) if n + 1 < len(rules) else []
        if _title_box(lines, section) and text and _opens_text(lines, text):
            # "-----" / "TITLE" / "by NAME" / "-----" / text: one item, its head boxed (a box over a title of its
            # own, "-----" / "FEATURE ARTICLE" / "-----" / "TITLE", is a section's label: the title heads the item)
            boxed, closing = rules[n + 1], n + 2
            if not any(SENTENCE_END.search(lines[j]) for j in text):
                continue  # a boxed "DIARY" over dated rows: a listing of the issue's, no item
            own = text[:next((k for k, j in enumerate(text) if lic.find_statements(lines[j])), len(text))]
            if (sum(k == 0 or not lines[j - 1].strip() for k, j in enumerate(own)) < MIN_UNSIGNED_ITEM_BLOCKS
                    and not _credits_writer(lines, nonblank, section + text)):
                continue  # an unsigned box over one paragraph: the issue's mailbag, its ads, next month's preview
            section = section + text
        if len(section) < 2:
            continue
        if ISSUE_ADMIN_HEAD.match(_unnumbered(lines[section[0]].strip())):
            continue  # "SUBSCRIPTION INFORMATION": the issue's notice, no item
        head = lines[section[0]].strip()
        if (not may_be_title(_unnumbered(head)) or _is_text(head) and not _question_title(head)
                or lic.find_statements(head) or LINKED.search(head) or is_footer_chrome(head)  # ("You are
                # receiving this because ...": the issue's footer boxed by its rules)
                or _hard_wrapped(head, lines[section[1]])  # a boxed notice's sentence going on: "SPONSORED: ..."
                or not any(_is_text(lines[j]) and not is_contact_line(lines[j]) and not lic.find_statements(lines[j])
                           and not lines[j].rstrip().endswith("?") for j in section[1:])):  # (questions alone: a
            # list of the readers' questions, answered elsewhere, is no item)
            continue  # (a corner asking readers to send in theirs is the issue's, not an article; a pager and the
            # site's notice under the last item are its footer)
        credited = (_credits_writer(lines, nonblank, section) or _boxed_bio(lines, nonblank, rules, closing)
                    or _reader_letter(lines, section))
        if not credited and _issue_box(lines, section):
            continue  # an unsigned label over one block: the issue's sponsor, its readers' box, its listings
        items.append(section[0])
        signed += credited
        pieces += not credited and _listicle_piece(lines, section)
        listed += bool(entries) and _listed(lines, section, entries)
    # the issue's own contents list naming its items says they are its pieces, signed or not; in an issue (its
    # number above the first rule) a signed item and an unsigned listicle of its own are two pieces
    marked = any(ISSUE_MARK.search(lines[i]) for i in nonblank[:rules[0]]) or (
        _transport_fields(lines, nonblank) > 0)  # (or it came as a message: an e-mailed issue, its headers on top)
    return set(items[1:]) if len(items) >= 2 and (signed >= MIN_SIGNED_ITEMS or listed >= 2 or (
        marked and signed + pieces >= MIN_SIGNED_ITEMS)) else set()


# An issue's sponsor label over its block ("SPONSORED", "Advertisement", "A word from our sponsor", "Partner content")
SPONSOR_HEAD = re.compile(r"^(?:sponsored(?:\s+(?:content|post|message))?|advertisement|advertising|advert|ad"
                          r"|partner\s+content|paid\s+(?:post|promotion|partnership)|promoted|promotion"
                          r"|(?:a\s+)?(?:word|message|note)\s+from\s+(?:our\s+|this\s+week['’]s\s+)?sponsors?)\s*:?$",
                          re.I)
# Readers' words quoted and credited ('Tom from Hull wrote: "..."', '"Is it safe ...?" asks Derek in Leeds'): an
# issue's readers' box or its mailbag's teaser
QUOTED_READER = re.compile(r"[\"“„«][^\"“”„«»\n]{3,300}[\"”“»]")
# a readers' box's call for the readers' own ("Send us yours", "Send your own tip to ..."), and a reader's words
# signed after the quote ('"..." -- Ola, Leeds')
READERS_CALL = re.compile(r"^(?:send|e-?mail|share|post)\s+(?:us\s+|in\s+)?your(?:s|\s+own)?\b", re.I)
QUOTE_SIGNED = re.compile(r"[\"”“»]\s*(?:--|[–—])\s*[^\W\d_]|[\"”“»]\s+-\s+[^\W\d_]")  # (a plain-text
# issue's hyphen spaced as a dash too: '"..." - Ola, Leeds')
# ... and the issue's line on what comes next ("COMING UP IN ISSUE 113: ...", "Next week: ..."): its teaser for the
# next issue, set in the box under the readers' words (SPEC: a teaser for next week's answer is no article)
NEXT_ISSUE = re.compile(r"^(?:coming\s+(?:up|soon)|next\s+(?:week|month|time|issue)|in\s+(?:the\s+)?next\s+issue)\b",
                        re.I)
READER_SAYS = re.compile(r"\b(?:asks?|asked|wrote|writes|says|said|suggests?|suggested|tells\s+us|told\s+us)\b", re.I)
MIN_LISTED_ROWS = 2  # an events listing: dated rows, each a list item


def _issue_box(lines: list[str], section: list[int]) -> bool:
    """Whether an unsigned ruled item is one of the issue's own boxes, not a piece (SPEC: a newsletter's sponsored
    block, readers' tips box, mailbag teaser and events listing are no articles): a block under a sponsor's label,
    a listing of dated rows (its first block), or one block of readers' words quoted and credited. A one-block
    item of the issue's own news in prose ("Community notes") stays an item.

    >>> _issue_box(["SPONSORED", "", "Tool rolls in waxed canvas. Use code X for 10% off."], [0, 2])
    True
    >>> _issue_box(["READERS' TRICKS", "", 'Ola from Hull wrote: "Rub a candle on the runner."'], [0, 2])
    True
    >>> _issue_box(["EVENTS", "", "* 2 May - Meeting, 10:00", "* 9 May - Course"], [0, 2, 3])
    True
    >>> _issue_box(["Community notes", "", "The tool library now lends cameras. The café meets monthly."], [0, 2])
    False
    >>> _issue_box(["EVENTS", "", "* 2 May - Meeting", "* 9 May - Course", "", "Share this issue."], [0, 2, 3, 5])
    True
    >>> _issue_box(["ON THE CALENDAR", "3 Jun - Swap day, 10am", "17 Jun - Talk"], [0, 1, 2])
    True
    >>> _issue_box(["FIVE-MINUTE CHECK", "1) Oil the hinge.", "2) Tighten the screws.", "3) Wipe it."], [0, 1, 2, 3])
    False
    >>> _issue_box(["TIP OF THE WEEK", "", '"Keep a jar for coins by the door." -- Ola, Leeds', "",
    ...             "Send yours to tips@site.example and win a mug."], [0, 2, 4])
    True
    >>> _issue_box(["READER TIP", '"Wax the runners and they slide." - Ola, Leeds'], [0, 1])
    True
    >>> _issue_box(["READERS WRITE", '"Rinse jars hot." - Ola', '"Oil the lid." - Bo', "", "Next week: bread."],
    ...            [0, 1, 2, 4])
    True
    >>> _issue_box(["LOAN RATES", "Term Rate", "1 year 5.1%", "2 years 4.9%", "", "Rates may change."],
    ...            [0, 1, 2, 3, 5])
    True
    """
    body = section[1:]
    if not body:
        return False
    first = body[:next((k for k in range(1, len(body)) if not lines[body[k] - 1].strip()), len(body))]
    if SPONSOR_HEAD.match(lines[section[0]].strip()) is not None or (
            len(first) >= MIN_LISTED_ROWS and _dated_listing([lines[j] for j in first])):
        return True  # (a listing's block may run into the issue's footer when no rule closes it)
    if _figures_table([lines[j] for j in first]) and sum(
            len(lines[j].split()) for j in body[len(first):]) < PART_MIN_WORDS:
        return True  # a table of rows (rates, opening hours) under its label and a line's note: a reference box
    listing = section if _ad_row(lines[section[0]]) else body  # (no label over the ads, or one)
    if (rows := _ad_rows(lines, listing)) and all(_ad_row(lines[j]) for j in rows):
        return True  # "FOR SALE: ..." / "WANTED: ...": the issue's small ads, each under its capitals label
    # (the box's call for the readers' own, "Send yours to tips@...", is the box's, not a reader's block)
    said = [block for block in _blocks(body)
            if not any(is_contact_line(lines[j]) or READERS_CALL.match(lines[j].strip())
                       or NEXT_ISSUE.match(lines[j].strip()) for j in block)] or [body]
    text = " ".join(lines[j].strip() for block in said for j in block)
    credited = READER_SAYS.search(text) is not None or QUOTE_SIGNED.search(text) is not None
    if len(said) >= MIN_UNSIGNED_ITEM_BLOCKS:  # a box of readers' words, each block one reader's
        return credited and all(  # quoted and credited ("NAME in PLACE writes: ...", '"..." -- NAME, PLACE')
            QUOTED_READER.search(" ".join(lines[j].strip() for j in block)) for block in said)
    return QUOTED_READER.search(text) is not None and credited


# A small ad's row in an issue's classifieds: its kind in capitals and a colon ("FOR SALE:", "WANTED:", "FREE:"), then
# the ad (a label of letters only: "STEP 2:" heads a piece's point)
AD_ROW = regex.compile(r"^\p{Lu}[\p{Lu}\s'’&/-]{2,24}:\s+\S")
MIN_AD_ROWS = 2
# ... never an advice label ("TIP:", "PRO TIP:", "NOTE:", "WARNING:", "DON'T:", "ANSWER:"): a piece's own points or
# callouts, boxed inside it as often as not (the tips' label nouns, and the do's and don'ts)
ADVICE_LABELS = CALLOUT_WORDS | LABEL_WORDS | {"do", "dos", "do's", "don't", "don’t", "donts", "don'ts", "try", "avoid"}


def _ad_row(line: str) -> bool:
    """Whether ``line`` opens as a small ad does: a capitals label of its kind and a colon, the label's last word no
    advice label.

    >>> _ad_row("FOR SALE: A cold frame, collect from Leeds."), _ad_row("PRO TIP: Oil the hinge twice a year.")
    (True, False)
    >>> _ad_row("WARNING: Unplug it first."), _ad_row("DON'T: Water the leaves.")
    (False, False)
    """
    text = line.strip()
    if AD_ROW.match(text) is None:
        return False
    label = text[:text.index(":")].split()
    return not label or label[-1].lower() not in ADVICE_LABELS


def _ad_rows(lines: list[str], body: list[int]) -> list[int]:
    """The lines an issue's small ads would open on: each block's first line, or each line of a one-block listing;
    none when fewer than ``MIN_AD_ROWS`` (one labelled line is a note).

    >>> _ad_rows(["FOR SALE: A frame,", "collect from Leeds.", "", "WANTED: Jars."], [0, 1, 3])
    [0, 3]
    >>> _ad_rows(["FOR SALE: A frame.", "WANTED: Jars.", "FREE: Pots."], [0, 1, 2]), _ad_rows(["NOTE: Shut."], [0])
    ([0, 1, 2], [])
    """
    blocks = _blocks(body)
    rows = [block[0] for block in blocks] if len(blocks) > 1 else body
    return rows if len(rows) >= MIN_AD_ROWS else []


MAX_TABLE_ROW_WORDS = 8  # a table's row of figures: a label and its values, never a sentence


def _figures_table(rows: list[str]) -> bool:
    """Whether a block's rows are a table of figures (rates, prices, opening hours): three rows or more, each short
    and ending in no sentence, every one after the head row holding a figure, none a list item (a checklist of
    short points is no table, even with numbers in it). Repair has collapsed the spaces between its cells.

    >>> _figures_table(["Account APY", "Share Savings 0.25%", "Holiday Club 1.00%"])
    True
    >>> _figures_table(["- Oil the hinge", "- Tighten 4 screws", "- Wipe it"]), _figures_table(["Term Rate", "Mix."])
    (False, False)
    """
    texts = [row.strip() for row in rows]
    return len(texts) > MIN_LISTED_ROWS and all(
        len(text.split()) <= MAX_TABLE_ROW_WORDS and not text.endswith(TEXT_ENDS + (":",))
        and _LIST_ITEM.match(text) is None for text in texts) and all(DIGIT.search(text) for text in texts[1:])


# a listing row's weekday before its date ("Sat 4 May", "Sunday, 9 June"), and a day, a month's name in any language
# and a year at a row's start ("14 Mbudzi 2031 · ...")
ROW_WEEKDAY = re.compile(rf"^\W*(?:{WEEKDAY_NAMES})(?:day|\.)?,?\s+(?=\d)", re.I)
DAY_WORD_YEAR = regex.compile(r"^\W*\d{1,2}\.?\s+\p{L}+\.?\s+(?:19|20)\d\d\b")


def _dated_row(row: str) -> bool:
    """Whether a listing's row: a list row that carries a date or time in its text, past its marker ("* 2 May -
    Meeting"; a numbered list's point, "1) Wipe the chain.", only numbers itself), or a row without a glyph that
    opens with its date ("2 May - Meeting").

    >>> _dated_row("* 2 May - Meeting"), _dated_row("3. Fair, 10:00"), _dated_row("1) Wipe the chain.")
    (True, True, False)
    >>> _dated_row("2 May - Meeting"), _dated_row("Meeting on 2 May")
    (True, False)

    A diary's row may open with the weekday ("Sat 4 May - Seed swap") or with a day, its month in any language and
    the year ("6 Kesäkuuta 2031 · Meeting"):

    >>> _dated_row("Sat 4 May - Seed swap"), _dated_row("6 Kesäkuuta 2031 · Meeting"), _dated_row("Saturday came.")
    (True, True, False)
    """
    marker = _LIST_ITEM.match(row)
    if marker is None:
        return YEAR_OR_DATE.match(ROW_WEEKDAY.sub("", row)) is not None or DAY_WORD_YEAR.match(row) is not None
    return DIGIT.search(row, marker.end()) is not None


def _dated_listing(rows: list[str]) -> bool:
    """Whether a block of rows is a dates list: its rows dated (:func:`_dated_row`), two at least, save a list row
    or two of notes under the dated ones ("- Forms for the new class are at the desk"), as a society's news box
    ends its dates with a notice. A note above the dates, or between them, makes the block something else.

    >>> _dated_listing(["- 4 May: Meeting, 7pm", "- 13 May: Carols", "- Forms are at the desk."])
    True
    >>> _dated_listing(["- Keep the lid on.", "- 4 May: Meeting", "- 13 May: Carols"])
    False
    >>> _dated_listing(["- 4 May: Meeting", "- Forms are at the desk.", "- Tea after."])
    False
    """
    dated = [_dated_row(row) for row in rows]
    upto = len(dated) - dated[::-1].index(True) if any(dated) else 0  # the rows to the last dated one
    notes = rows[upto:]
    return upto >= MIN_LISTED_ROWS and all(dated[:upto]) and len(notes) < upto and all(
        _LIST_ITEM.match(row) is not None for row in notes)


MIN_PIECE_POINTS = 3  # an unsigned item that is a listicle of its own: a paragraph, then three points or more


def _block_count(lines: list[str], run: list[int]) -> int:
    """How many blocks (paragraphs, lists) a run of non-blank lines makes: a blank line parts two.

    >>> _block_count(["Head", "", "One.", "Two.", "", "Three."], [2, 3, 5])
    2
    """
    return sum(k == 0 or not lines[j - 1].strip() for k, j in enumerate(run))


def _listicle_piece(lines: list[str], section: list[int]) -> bool:
    """Whether an unsigned ruled item is a piece of its own, the shape of an article: its title, a paragraph of
    text opening it, then a list of points (numbered or bulleted), in more than one block. An issue's sponsor box,
    its readers' box and its listings are one block under a label (see ``_ruled_items``).

    >>> _listicle_piece(["TIMERS YOU OWN", "", "No timer? Four things in your home keep time well.", "",
    ...                  "* The oven. It has a minute minder.", "* A speaker. Name your timers.",
    ...                  "* A song. Most run three minutes."], [0, 2, 4, 5, 6])
    True
    >>> _listicle_piece(["EVENTS", "", "* 2 May - Meeting", "* 9 May - Course", "* 23 May - Fair"], [0, 2, 3, 4])
    False
    """
    body = section[1:]
    if len(body) > 1 and not _is_text(lines[body[0]]) and _LIST_ITEM.match(lines[body[0]]) is None and (
            _is_text(lines[body[1]])):
        body = body[1:]  # a line of its head between the title and the opening paragraph: a credit, a dek, a date
    return (len(body) > MIN_PIECE_POINTS and _is_text(lines[body[0]]) and _block_count(lines, body) >= 2
            and sum(_LIST_ITEM.match(lines[j]) is not None for j in body) >= MIN_PIECE_POINTS)


# An issue's own word that it is one above its first rule: its number ("Issue 112", "Nr. 14", "бр. 37", "No. 5")
ISSUE_MARK = re.compile(r"(?:^|[\s·|,–—:(])(?:issue|vol\.?|volume|no\.|nr\.?|n[º°]|número|numéro|numero|nummer"
                        r"|ausgabe|heft|numer|číslo|sayı|бр\.|број|выпуск|випуск|номер|τεύχος|αρ\.)\s*+#?\s*+\d{1,4}\b",
                        re.I)


# an issue's contents list ("IN THIS ISSUE" over numbered entries, "In this issue: A · B", "Inside this edition")
# (the headings: languages.py, 'issue_contents', read by the tips stage's CONTENTS_CUE too)
CONTENTS_HEAD = re.compile(rf"^{alternation('issue_contents')}\b\s*:?\s*", re.I)
CONTENTS_REACH = 40  # the contents stand in the issue's first screen of lines
# a post's own contents box under its date ("In this article", "In diesem Artikel", "Sommaire"): never the post's
# title, though it stands as a short block of its own where a blog's date header has its post's title
# (the other languages' headings: languages.py, 'contents')
POST_CONTENTS_HEAD = re.compile(
    r"^(?:in\s+this\s+(?:article|post|guide)|on\s+this\s+page|(?:table\s+of\s+)?contents"
    rf"|{alternation('contents', other_languages())})\s*:?$", re.I)
# A separator between blanks, its blank run taken from its start only (a run tried from each of its positions was
# quadratic: a contents head line with 10,000 spaces in it, 0.7 s); the same splits.
CONTENTS_SPLIT = re.compile(r"(?<!\s)\s+[·•|]\s+")
MIN_LISTED_WORDS = 2  # an entry of one word ("Swap Shop" aside) names too little to match an item by


def _contents_entries(lines: list[str], nonblank: list[int]) -> list[tuple[int, str]]:
    """The entries of the issue's contents list near its top, by line, each case-folded without its number or its
    label ("1. Feature: Five Herbs" -> "five herbs"); none when the page has no contents list.

    >>> _contents_entries(["IN THIS ISSUE", "1. Feature: Five Herbs That Cope", "2. Reader Q&A: Why Do Leaves Curl?",
    ...                    "", "Text."], [0, 1, 2, 4])
    [(1, 'five herbs that cope'), (2, 'why do leaves curl?')]
    >>> _contents_entries(["In this issue: Cable care · The backup checklist", "Text."], [0, 1])
    [(0, 'cable care'), (0, 'the backup checklist')]
    """
    for k, i in enumerate(nonblank[:CONTENTS_REACH]):
        m = CONTENTS_HEAD.match(lines[i].strip())
        if m is None:
            continue
        rest = lines[i].strip()[m.end():]
        found = [(i, entry) for entry in CONTENTS_SPLIT.split(rest)] if rest else []
        for n, j in enumerate(nonblank[k + 1:k + 1 + MAX_SECTION_LINES] if not rest else ()):
            if j > i + 1 + n:
                break  # the list ends at a blank line
            found.append((j, lines[j].strip()))
        return [(j, key) for j, entry in found if len((key := _entry_key(entry)).split()) >= MIN_LISTED_WORDS]
    return _unheaded_contents(lines, nonblank)


MIN_UNHEADED_ENTRIES = 3


def _unheaded_contents(lines: list[str], nonblank: list[int]) -> list[tuple[int, str]]:
    """The entries of a contents list whose heading no table knows (in a language not read yet): a run of three
    bulleted or numbered lines or more near the page's top, under a heading, most of whose entries head the page's
    items further down, each a line of its own (its capitals aside). The page's own lines say it is a contents list.

    >>> lines = ["TIDINGS", "", "KO TE PUKA", "- Kupu a te etita", "- Te whakato riwai", "- Te tiaki wai", "",
    ...          "KUPU A TE ETITA", "Text.", "TE WHAKATO RIWAI", "Text.", "TE TIAKI WAI: E RIMA NGA HUARAHI", "Text."]
    >>> [j for j, _ in _unheaded_contents(lines, [i for i, line in enumerate(lines) if line.strip()])]
    [3, 4, 5]
    >>> _unheaded_contents(lines[:7] + ["Text."], [0, 2, 3, 4, 5, 7])
    []
    """
    for k, i in enumerate(nonblank[:CONTENTS_REACH]):
        run = [j for n, j in enumerate(nonblank[k + 1:k + 1 + MAX_SECTION_LINES]) if j == i + 1 + n]
        run = run[:next((n for n, j in enumerate(run) if not CONTENTS_BULLET.match(lines[j].strip())
                         and _LIST_ITEM.match(lines[j]) is None), len(run))]
        if len(run) < MIN_UNHEADED_ENTRIES or _is_text(lines[i]) or CONTENTS_BULLET.match(lines[i].strip()):
            continue
        entries = [(j, key) for j in run if len((key := _entry_key(lines[j])).split()) >= MIN_LISTED_WORDS]
        later = {_entry_key(lines[j]) for j in nonblank if j > run[-1] and not _is_text(lines[j])}
        heads = sum(any(head == key or head.startswith(key) for head in later) for _, key in entries)
        return entries if 2 * heads > len(run) else []
    return []


CONTENTS_BULLET = re.compile(r"^[*•·▪►–—-]\s+")  # "* Five Checks ...": a contents entry's bullet


# A dot leader and page number ending an entry ("..... 4", "… 12", " 4"). Each run is taken from its start only and
# the blanks around an optional number are split one way (written "\s*(?:\.{2,}|…)\s*\d*\s*$|\s+\d{1,3}$" it
# tried a blank run from each of its positions and split it every way between its two "\s*": 10,000 spaces in a
# heading, 2.2 s); the same matches.
ENTRY_PAGE_NUMBER = re.compile(r"(?<!\s)\s*(?:(?<!\.)\.{2,}|…)(?:\s*\d+)?\s*$|(?<!\s)\s+\d{1,3}$")


def _contents_items(lines: list[str], nonblank: list[int]) -> set[int]:
    """The heading lines of an issue's items after its first, where the issue's contents list names them: a line of
    its own under the list that an entry names (:func:`_listed`), with text under it (past a short line crediting
    its writer), and at least two such headings. An entry's heading over the issue's own box (its diary's dated rows,
    its sponsor) heads no item. Items standing apart only by their headings, with no rule between them, are found so.

    >>> text = "A paragraph of the item, as long as a sentence should be. " * 3
    >>> lines = ["Issue 4", "IN THIS ISSUE", "Beans to keep", "Weeds that stay", "Dates", "", "BEANS TO KEEP",
    ...          text, "", "+-----+", "| A box |", "+-----+", "", "WEEDS THAT STAY", "", text, "", "DATES",
    ...          "Sat 6 May - Show, 2 p.m.", "Tue 9 May - Meeting"]
    >>> sorted(_contents_items(lines, [i for i, line in enumerate(lines) if line.strip()]))
    [13]
    """
    entries = _contents_entries(lines, nonblank)
    if len(entries) < MIN_SIGNED_ITEMS or not any(ISSUE_MARK.search(lines[i]) for i in nonblank
                                                  if i <= entries[0][0]):
        return set()  # (an issue's contents, under its number; a post's own contents list its sections)
    listing = {j for j, _ in entries}
    heads = [k for k, i in enumerate(nonblank) if i > max(listing) and k + 1 < len(nonblank)
             and not _is_text(lines[i]) and _listed(lines, [i], entries)]
    if len({_entry_key(lines[nonblank[k]]).split(" (")[0] for k in heads}) < len(heads):
        return set()  # an item heading twice ("TITLE (continued from page 1)"): its parts apart, not two items
    items = []
    for n, k in enumerate(heads):
        end = heads[n + 1] if n + 1 < len(heads) else len(nonblank)
        end = next((m for m in range(k + 1, end) if RULE_LINE.match(lines[nonblank[m]])), end)  # (or at a rule line)
        section = nonblank[k:end]
        credit = lines[nonblank[k + 1]]  # the writer's credit between the heading and the text, in any form
        under = nonblank[k + 2] if k + 2 < len(nonblank) and not _opens_text(lines, [nonblank[k + 1]]) and (
            len(credit.split()) <= MAX_TITLE_WORDS) else nonblank[k + 1]
        said = sum(len(lines[j].split()) for j in section if _is_text(lines[j]) and not is_contact_line(lines[j])
                   and not READERS_CALL.match(lines[j].strip())  # (a corner asking for the readers' own: no item)
                   and not lic.find_statements(lines[j]))
        if (_opens_text(lines, [under]) and said >= PART_MIN_WORDS and not _issue_box(lines, section)
                and not ISSUE_ADMIN_HEAD.match(_unnumbered(lines[nonblank[k]].strip()))):
            items.append(nonblank[k])
    return set(items[1:]) if len(items) >= MIN_SIGNED_ITEMS else set()


def _entry_key(text: str) -> str:
    """A contents entry or an item's heading as they are compared: no number or bullet, no label, no page number
    or dot leader, case-folded.

    >>> _entry_key("* Five Checks Before A Ride"), _entry_key("2. Corner: Leaf Mould ..... 4")
    ('five checks before a ride', 'leaf mould')
    """
    text = ENTRY_PAGE_NUMBER.sub("", _unnumbered(CONTENTS_BULLET.sub("", text.strip())))
    return re.sub(r"^[^:]{1,25}:\s+", "", text).strip(" .:").casefold()


def _listed(lines: list[str], section: list[int], entries: list[tuple[int, str]]) -> bool:
    """Whether one of an item's first lines (its box label, its title) is an entry of the contents list, or the
    entry is its start ("Five Herbs That Forgive Neglect" for "FIVE HERBS THAT FORGIVE NEGLECT")."""
    listing = {j for j, _ in entries}  # (the contents list's own lines match themselves)
    heads = [key for j in section[:MAX_BOX_HEAD_LINES + 1] if j not in listing and (key := _entry_key(lines[j]))]
    return any(head == entry or head.startswith(entry) or entry.startswith(head) and len(head.split()) >= 2
               for head in heads for _, entry in entries)


# the head of an issue's own section on subscribing, unsubscribing or reaching the editor ("5. SUBSCRIPTION
# INFORMATION", "How to unsubscribe", "Abonnement", "Iscrizione alla newsletter"): the issue's notice, never an item
# (the stems of subscribing in each language: languages.py, 'subscribe')
ISSUE_ADMIN_HEAD = re.compile(rf"^(?:how\s+to\s+)?(?:un)?(?:{alternation('subscribe')}\w*|contact\s+the\s+editor"
                              r"|about\s+this\s+(?:newsletter|ezine|issue))\b"
                              # ... its housekeeping notes and its committee's contacts, the heading alone (SPEC: no
                              # articles in a newsletter; "Committee news from the AGM" heads an item)
                              r"|^(?:housekeeping(?:\s+notes)?|(?:your\s+|the\s+)?committee(?:\s+contacts)?)\s*:?$"
                              # ... and its small ads under their heading ("ANUNȚURI", "Classifieds": languages.py,
                              # 'small_ads'), however their rows are set
                              rf"|^{alternation('small_ads')}\s*:?$", re.I)
def _question_title(line: str) -> bool:
    """A thread's question standing as an item's title: one question on its line, no sentence before it.

    >>> _question_title("Can I grow leeks in pots?"), _question_title("Got a question? Write to us.")
    (True, False)
    """
    return line.endswith("?") and INNER_SENTENCE.search(line) is None and may_be_title(line)


def _ruled_section(nonblank: list[int], rules: list[int], n: int) -> list[int]:
    """The non-blank lines between the rule line ``rules[n]`` and the next one (or the page's end)."""
    return nonblank[rules[n] + 1: rules[n + 1] if n + 1 < len(rules) else len(nonblank)]


MAX_BOX_HEAD_LINES = 3  # a boxed item head: its title, a byline, a date or a role line
SENTENCE_END = re.compile(r"[^\W\d_][.!?](?:\s|$)")  # a boxed head's item says something in sentences; a boxed
# "DIARY" over dated rows ("Sat 18 Jan  Work party, 7.30pm") has none
MIN_UNSIGNED_ITEM_BLOCKS = 2  # an unsigned boxed item has paragraphs (or a list and a paragraph); one paragraph
# under a boxed label is the issue's own ("READER MAILBAG" / "Thank you to everyone who wrote in ...", "SWAP CORNER",
# "EDITOR'S NOTE", "NEXT MONTH")
LINKED = re.compile(r"://|@\w")  # an address or a link: a footer's line ("Unsubscribe: https://..."), never a title


def _title_box(lines: list[str], section: list[int]) -> bool:
    """Whether the lines between two rule lines are an item's head alone: a title (and its byline, a date) boxed by
    rules, the item's text under the closing rule (a plain-text ezine's "-----" / "WHY PRICES RISE" / "by NAME" /
    "-----"). No line of it is text.

    >>> _title_box(["WHY PRICES RISE", "by Ann Lee"], [0, 1]), _title_box(["TITLE", "A sentence of text."], [0, 1])
    (True, False)
    """
    return (0 < len(section) <= MAX_BOX_HEAD_LINES and may_be_title(_unnumbered(lines[section[0]].strip()))
            and not any(_is_text(lines[j]) for j in section))


def _opens_text(lines: list[str], run: list[int]) -> bool:
    """Whether a run of lines opens with text: a sentence, a list item or a hard-wrapped paragraph's first line (not
    a heading of its own).

    >>> _opens_text(["It started with a shortage. The corner shop ran out one", "week in February."], [0, 1])
    True
    >>> _opens_text(["Cut Your Printing Bill in Half", "by Ann Lee"], [0, 1])
    False
    """
    first = lines[run[0]]
    after = lines[run[1]] if len(run) > 1 else ""
    return _is_text(first) or _LIST_ITEM.match(first) is not None or _hard_wrapped(first.strip(), after)


def _credits_writer(lines: list[str], nonblank: list[int], section: list[int]) -> bool:
    """Whether an issue's item credits its writer, in any of the ways an issue does: a byline, a name line or an
    "Answered by NAME, role" line under the title (within its head), a signature under the text, or a closing bio
    paragraph ("NAME is a counsellor at ...").

    >>> text = "A paragraph of the item, as long as a sentence should be."
    >>> lines = ["TITLE", "Answered by Ann Lee, Member Services", text]
    >>> _credits_writer(lines, [0, 1, 2], [0, 1, 2]), _credits_writer(["TITLE", text, text], [0, 1, 2], [0, 1, 2])
    (True, False)
    """
    for j in section[1:1 + MAX_BOX_HEAD_LINES]:
        line = lines[j].strip()
        if _figures_table([lines[k] for k in section[1:1 + MAX_BOX_HEAD_LINES]]):
            break  # a table's head row under the label ("Account Rate") is no name line
        if _by_line(line) or name_line(line) or ANSWERED_BY.match(line) or _by_line_with_role(line):
            return True  # (a byline in any language: "de NAME", "nga NAME, bletare në Voskopojë")
        if _is_text(line):
            break
    last = lines[section[-1]].strip()
    return _signed_at_end(lines, nonblank, section) or (
        len(section) > 2 and _is_text(last) and is_unheaded_bio(last) is not None) or (
        accepted_card([lines[j] for j in section]) is not None)  # a digest's thread: its best answer's card


MAX_ROLE_WORDS = 6  # "by NAME, beekeeper in the hills": the writer's role after the name, a few words


def _by_line_with_role(line: str) -> bool:
    """A byline whose name a comma follows with the writer's role, in any language the bare byline is read in
    ("von NAME, Imkerin in Celle", "nga NAME, bletare në Voskopojë"): the part before the comma is a byline, and a few
    words after it, no sentence.

    >>> _by_line_with_role("von Anna Berg, Imkerin in Celle"), _by_line_with_role("von Anna Berg. Sie schreibt gern.")
    (True, False)
    """
    name, comma, role = line.partition(",")
    return bool(comma) and 0 < len(role.split()) <= MAX_ROLE_WORDS and not role.rstrip().endswith(("?", "!")) and (
        _by_line(name.strip()))


MAX_BOX_PARAGRAPHS = 2  # a resource box: a line or two about the writer between rule lines


LETTER_QUOTES = {'"': '"', "“": "”", "«": "»", "„": "“", "»": "«"}  # a reader's letter quoted whole
MAX_READER_SIGNATURE_WORDS = 5  # "Olga, Riverside", "Andrew N.", "Worried in Leeds"
INITIAL_END = regex.compile(r"(?<!\p{L})\p{Lu}\.$")  # a signature ending in an initial: "Andrew N."


def _reader_letter(lines: list[str], section: list[int]) -> bool:
    """Whether an item opens with a reader's letter under its title: a paragraph quoted whole, then the reader's
    short signature line (a first name, an initial, a place), as an advice column prints each letter it answers.
    The letter and its signature are the column's item, as a byline is an issue's.

    >>> _reader_letter(["My Neighbour's Hedge", "“It blocks the light. What can I do?”", "Olga, Riverside",
    ...                 "Olga, start with a friendly word."], [0, 1, 2, 3])
    True
    >>> _reader_letter(["Late Frost", "«A frost is due tonight and my beans are up. Will they survive?»", "Piotr K.",
    ...                 "They will, Piotr."], [0, 1, 2, 3])
    True
    >>> _reader_letter(["Pruning", "Cut above a bud.", "Then tidy up.", "Done."], [0, 1, 2, 3])
    False
    """
    if len(section) < 4:
        return False
    letter, signature = lines[section[1]].strip(), lines[section[2]].strip()
    close = LETTER_QUOTES.get(letter[:1])
    return (close is not None and letter.rstrip(".!?").endswith(close) and _is_text(letter[1:letter.rfind(close)])
            and 0 < len(signature.split()) <= MAX_READER_SIGNATURE_WORDS
            and (signature[-1] not in ".!?:;" or INITIAL_END.search(signature) is not None))


def _credited_head(lines: list[str], part: list[int]) -> bool:
    """Whether a run of lines credits its writer on a labelled or "by" line right under a title-like line, above its
    first paragraph ("TITLE" / "Author: NAME | DATE" / text).

    >>> text = "A paragraph of the item, as long as a sentence should be."
    >>> _credited_head(["Site", "Some Title", "Author: Ann Lee", text], [0, 1, 2, 3])
    True
    >>> _credited_head(["Site", "Some Title", text, "Author: Ann Lee"], [0, 1, 2, 3])
    False
    """
    for k, j in enumerate(part[1:], start=1):
        line = lines[j].strip()
        if _is_text(line):
            return False
        if (_by_line(line) or writing_credit(line)) and may_be_title(lines[part[k - 1]].strip()):
            return True
    return False


def _boxed_bio(lines: list[str], nonblank: list[int], rules: list[int], n: int) -> bool:
    """Whether the rule line ``rules[n]`` opens a writer's resource box that closes the item above it: a short run
    of lines between two rule lines whose first is a bio ("NAME runs a bookkeeping practice ... Read more at ...").
    An article directory's and an ezine's way of crediting the writer under the text, boxed by "-----".

    >>> rule, text = "-----", "A paragraph of the item, as long as a sentence should be."
    >>> lines = ["Title", text, rule, "Ann Lee runs a small bakery in Leeds and writes about bread.", rule, "Next"]
    >>> _boxed_bio(lines, list(range(6)), [2, 4], 0), _boxed_bio(lines, list(range(6)), [2, 4], 1)
    (True, False)
    """
    if n + 1 >= len(rules) or not 0 < rules[n + 1] - rules[n] - 1 <= MAX_BOX_PARAGRAPHS:
        return False
    return is_unheaded_bio(lines[nonblank[rules[n] + 1]]) is not None


def _signed_at_end(lines: list[str], nonblank: list[int], section: list[int]) -> bool:
    """Whether a run of lines ends in its writer's signature: a dash line ("— Ann Lee"), a bare name under its
    last paragraph, or bare initials under its last sentence ("T.C.": SPEC, a signature of initials only)."""
    while len(section) > 2 and lic.find_statements(lines[section[-1]]):
        section = section[:-1]  # the writer's own copyright line under the signature ("NAME" / "© 2021 NAME")
    last = lines[section[-1]].strip()
    return dash_signoff(last, lines[section[-2]]) is not None or (
        _bare_signature(lines, nonblank, section[0], section[-1]) is not None)  # (initials too: "T.C.")


def _named_items(lines: list[str], nonblank: list[int]) -> set[int]:
    """The title lines of an issue's items after its first, where every item stands as a title, its writer's bare
    name on the next line and the item's text under it (an e-mail newsletter: "Packing For A Day" / "Ann Lee" /
    text); at least two such items. A name line under a heading inside one article is rare; under two, rarer.

    >>> text = "A paragraph of the item, as long as a sentence should be."
    >>> lines = ["Dear members, two pieces.", "Packing Light", "Ann Lee", text, "Blisters", "Bo Lind", text]
    >>> sorted(_named_items(lines, list(range(len(lines)))))
    [4]
    """
    # the writer's line first: rare and cheaper than the heading tests, which every line of the page is put to only
    # when two items stand (the same items, in the same order)
    items = [k for k in range(len(nonblank) - 2) if _writer_line(lines[nonblank[k + 1]])
             and _text_opens(lines, nonblank[k + 2]) and _is_heading(lines[nonblank[k]])
             and not is_about_box(lines[nonblank[k]])]  # ("About Me" / NAME / bio: the sidebar's profile box)
    if len(items) < 2:
        return set()
    headings = [k for k in range(len(nonblank) - 1) if _is_heading(lines[nonblank[k]])]
    unsigned = [k for k in headings if items[0] < k and k not in items and k - 1 not in items
                and _text_opens(lines, nonblank[k + 1]) and not _text_opens(lines, nonblank[k])]  # (not a wrapped
    # paragraph's first line itself)
    # an unsigned item after the signed ones, headed as they are (in capitals, and no section's label: "WHAT TO
    # DO"), is the issue's news item; a heading of another style is a section of the item above it
    capitals = all(_capitals(lines[nonblank[k]]) for k in items)
    # (or in sentence case as a newsroom's items are: "Weekend weather: wet and windy" after "Council approves ...")
    sentences = all(_sentence_case(lines[nonblank[k]]) for k in items)
    last = [k for k in unsigned if (capitals and _capitals(lines[nonblank[k]]) or sentences and _sentence_case(
        lines[nonblank[k]])) and k > items[-1] and not _is_label(lines[nonblank[k]].strip())
            and not _issue_box(lines, _section_at(lines, nonblank, k))]  # ("READER TIP OF THE WEEK" over a
    # reader's quoted words: the issue's box, neither item nor section)
    if len(unsigned) > len(last):
        return set()  # a heading over text without a writer's name: the page's sections, not an issue's items
    return {nonblank[k] for k in items[1:] + last}


def _section_at(lines: list[str], nonblank: list[int], k: int) -> list[int]:
    """The non-blank lines from ``nonblank[k]`` (a heading) down to the next rule line or the page's end.

    >>> _section_at(["A", "HEAD", "Text.", "More.", "-----", "B"], [0, 1, 2, 3, 4, 5], 1)
    [1, 2, 3]
    """
    rest = nonblank[k + 1:]
    return [nonblank[k]] + list(itertools.takewhile(lambda j: RULE_LINE.match(lines[j]) is None, rest))


# a letter printed without its writer's name: "Name and address supplied", "Name withheld", "(Name withheld by request)"
UNNAMED_SIGNATURE = re.compile(r"^\(?(?:(?:full\s+)?name\s+(?:and\s+address\s+)?(?:supplied|withheld|provided)"
                               r"(?:\s+(?:on|by|at)\s+request)?|anonymous|address\s+supplied)\.?\)?$", re.I)
MAX_PLACE_WORDS = 6  # "Hollins Road, Eastfield", "Pen-y-bryn, Gwynedd": the place under a signed name
MIN_LETTERS = 2
# A letter says something: a sentence or two at least over its signature. A one-line motto under each name of a
# staff page ("NAME, Role" / "Doubt everything." / "NAME, Role" / ...) is a roster's entry, no reader's letter.
MIN_LETTER_WORDS = 12


def _letter_signed(lines: list[str], nonblank: list[int], block: list[int]) -> bool:
    """Whether a block of lines (no blank line inside) ends in its writer's signature: a dash line ("- NAME,
    Town"), a bare name under the last sentence, over the writer's role or place if any (``_bare_signature``), or
    the paper's note that the name is withheld."""
    last = lines[block[-1]].strip()
    if UNNAMED_SIGNATURE.match(last):
        return True
    if len(block) < 2:  # the name alone under a blank line ("NAME, Town" set apart from the last paragraph)
        return _apart_signature(lines, nonblank, block[0])
    if dash_signoff(last, lines[block[-2]]) is not None:
        return True
    if _bare_signature(lines, nonblank, block[0], block[-1]) is not None:
        return True
    return PEN_NAME.match(last) is not None and _line_above(lines, nonblank, block[-1])[-1:] in ("?", ".", "!")


# a reader's pen name and place under the letter, as an advice column signs it: capitalised words that need not be
# a person's name ("Scrubbing Alone, Leith", "Tired Of Waiting, Cork"), then the town
PEN_NAME = regex.compile(r"^\p{Lu}[\p{L}'’-]*+(?:\s[\p{L}'’-]++){0,3}+"
                         r",\s\p{Lu}[\p{L}'’.-]*+(?:\s\p{Lu}[\p{L}'’.-]*+){0,2}+$")


def _signed_letters(lines: list[str], nonblank: list[int]) -> set[int]:
    """The heading lines of a letters page's letters (:func:`_letter_ends`), at least two of them."""
    ends = _letter_ends(lines, nonblank)
    return set(ends) if len(ends) >= MIN_LETTERS else set()


def _letter_ends(lines: list[str], nonblank: list[int]) -> dict[int, int]:
    """The heading lines of a letters page's letters: headings standing alone, each over text whose
    last block is signed by its writer (``_letter_signed``), at least two of them. A heading over a signed text
    is one letter; a section of an article is never signed.

    >>> text = "I have lived on this street for thirty years and never seen it so quiet after dark."
    >>> lines = ["Letters", "", "Buses Matter", "", "Dear Editor,", text, "Ann Lee", "Mill Road, Eastfield", "",
    ...          "Thank You, Stranger", "", text, "- Bo Lind, Norton", "", "Better Lights", "", text,
    ...          "Name and address supplied", "", "© Paper"]
    >>> _letter_ends(lines, [i for i, line in enumerate(lines) if line.strip()])
    {2: 7, 9: 12, 14: 17}
    >>> sorted(_signed_letters(lines[:9], [i for i, line in enumerate(lines[:9]) if line.strip()]))  # one letter
    []
    >>> lines[12] = "Worried Mother, Norton"  # a reader's pen name signs a letter as a name does
    >>> sorted(_signed_letters(lines, [i for i, line in enumerate(lines) if line.strip()]))
    [2, 9, 14]

    Each heading maps to its letter's last line (the signature's): what stands under the last letter's is the
    page's footer.
    """
    heads = [k for k, i in enumerate(nonblank) if 0 < i and not lines[i - 1].strip() and i + 1 < len(lines)
             and not lines[i + 1].strip() and k + 1 < len(nonblank) and _is_heading(lines[i])
             and _unnumbered(lines[i]) == lines[i] and not is_byline(lines[i])]
    heads = [k for k in heads if not _letter_signed(lines, nonblank, [nonblank[k]])]  # (a name set apart under the
    # text stands alone as a heading does: it ends the letter above, it heads none)
    letters: dict[int, int] = {}
    for at, k in enumerate(heads):
        end = heads[at + 1] if at + 1 < len(heads) else len(nonblank)
        while k + 1 < end - 1 and k + 1 - heads[at] <= MAX_BOX_HEAD_LINES and _letter_head(lines[nonblank[k + 1]]):
            k += 1  # the column's byline, date and share row under the first letter's headline: its head
        block: list[int] = []
        for i in nonblank[k + 1:end]:
            if block and i != block[-1] + 1:
                if _letter_signed(lines, nonblank, block):
                    break
                if not (_text_opens(lines, block[0]) or SALUTATION.match(lines[block[0]].strip())):
                    block = []
                    break  # (the text under the heading is paragraphs up to the signature)
                block = []
            block.append(i)
        opening = lines[nonblank[k + 1]].strip()
        if block and _letter_signed(lines, nonblank, block) and (
                SALUTATION.match(opening) or _text_opens(lines, nonblank[k + 1])) and (  # ("Dear Editor," over it)
                sum(len(lines[i].split()) for i in nonblank[k + 1:end] if i < block[-1]) >= MIN_LETTER_WORDS):
            letters[nonblank[heads[at]]] = block[-1]
    return letters


def _apart_signature(lines: list[str], nonblank: list[int], i: int) -> bool:
    """Whether line ``i`` is a letter's signature standing apart under its last paragraph: a person's full name,
    alone or before the writer's town ("NAME, Town"), under a line that ends a sentence ("Good luck with it all.").

    >>> _apart_signature(["We waited.", "", "Ann Lee, Eastfield"], [0, 2], 2)
    True
    >>> _apart_signature(["Lights On", "", "Ann Lee, Eastfield"], [0, 2], 2)
    False
    """
    text = lines[i].strip()
    if "," not in text or len(text.split()) > MAX_SIGNATURE_WORDS or DIGIT.search(text) or not _is_text(
            _line_above(lines, nonblank, i)):
        return False  # (a bare name set apart is as often a heading, a caption or a list's entry: the town decides)
    return _letter_signature(text) is not None


# the line crediting a thread's or a Q&A item's question to its asker ("Asked by: NAME • Tackle • 19 replies",
# "Question from NAME"); a byline read from it names the asker, never the answer's writer (the words: languages.py)
ASKED_BY = re.compile(rf"^{alternation('asked_by')}\b", re.I)


def _asker_credited(page: list[str], byline: Byline) -> bool:
    """Whether the byline read from a page is its question's asker: an "Asked by" line names it.

    >>> _asker_credited(["How?", "Asked by: Dara Quinn • 7 replies", "Text."], Byline("Dara Quinn"))
    True
    >>> _asker_credited(["How?", "By Dara Quinn", "Text."], Byline("Dara Quinn"))
    False
    """
    return any(ASKED_BY.match(line.strip()) and byline.name in line for line in page if byline.name[:1] in line)


def _letter_signature(line: str) -> Byline | None:
    """The writer a letter's signature line names ("NAME, Town", "NAME"), else ``None``.

    >>> _letter_signature("Ann Lee, Eastfield").name, _letter_signature("Good luck with it all.")
    ('Ann Lee', None)
    """
    if _capitals(line) and "," not in line:
        return None  # "YOU ASKED": a section's label in capitals over the next item, no signature
    named = name_line(line.strip().split(", ")[0])
    return named if named is not None and is_full_name(named.name) else None


def _letters_foot(lines: list[str], bounds: list[tuple[int, int]]) -> int | None:
    """Where a letters page's footer starts: under the last letter's signature, when the page's pieces are its
    signed letters (the share row, the most-read list and the paper's masthead and notice below are no letter's
    text, and the signature must stay the last letter's last line to be read as its writer's); else ``None``.

    >>> text = "I have lived on this street for thirty years and never seen it so quiet after dark."
    >>> lines = ["LETTERS", "", "Lights On", "", text, "", "Ann Lee, Eastfield", "", "Buses", "", text, "",
    ...          "Bo Lind, Norton", "", "MOST READ", "Ferry news", "", "© Paper. All rights reserved."]
    >>> _letters_foot(lines, [(0, 8), (8, len(lines))])
    13
    >>> _letters_foot(lines[:13] + ["", "Dear Bo,", "Ride the buses."], [(0, 8), (8, 16)]) is None  # the answer
    True
    """
    lo, hi = bounds[-1]
    nonblank = [i for i, line in enumerate(lines) if line.strip()]
    ends = _letter_ends(lines, nonblank)
    end = ends.get(lo)
    if end is None or len(ends) < MIN_LETTERS or _answered(lines, end, hi) or not any(
            lines[i].strip() for i in range(end + 1, hi)):
        return None
    return end + 1


def _answered(lines: list[str], end: int, hi: int) -> bool:
    """Whether a signed letter ending at line ``end`` is answered under its signature, before line ``hi``: an advice
    column's reply ("Dear Worried," or its text) follows the reader's letter, so the signature is the reader's.

    >>> _answered(["Ann Lee, Leeds", "", "Dear Ann,", "Wait."], 0, 4), _answered(["Ann Lee", "", "MOST READ"], 0, 3)
    (True, False)
    """
    under = next((lines[i].strip() for i in range(end + 1, hi) if lines[i].strip()), None)
    return under is not None and (SALUTATION.match(under) is not None or is_prose(under))


def _ruled_foot(lines: list[str], bounds: list[tuple[int, int]]) -> int | None:
    """Where an issue's footer starts when rule lines set its items apart: the last rule line of the last piece,
    when text stands above it in the piece and the lines under it hold a licence or copyright notice and no item
    (a question to the readers, the site's licence, its links); else ``None``. The notice there is the site's,
    for every piece, not the last piece's own.

    >>> rule, text = "=" * 20, "A paragraph of the item, as long as a sentence should be."
    >>> lines = ["ONE", "By Ann Lee", text, rule, "TWO", "By Bo Lind", text, rule, "Posts are CC BY 4.0."]
    >>> _ruled_foot(lines, [(0, 4), (4, len(lines))])
    7
    >>> _ruled_foot(lines[:7] + [rule, "SUBSCRIPTIONS", "Write to join@example.org", "By Jo Ray"], [(0, 4), (4, 11)])
    7
    """
    lo, hi = bounds[-1]
    nonblank = [i for i, line in enumerate(lines) if line.strip()]
    if lo not in _ruled_items(lines, nonblank):
        return None
    rules = [i for i in range(lo + 1, hi) if RULE_LINE.match(lines[i])]
    for n, r in enumerate(rules):  # the issue's own listing or notice under the last item: its footer from there
        section = [i for i in nonblank if r < i < (rules[n + 1] if n + 1 < len(rules) else hi)]
        if len(section) == 1 and n + 2 < len(rules):  # a label boxed by rules over its listing: the two as one
            section += [i for i in nonblank if rules[n + 1] < i < rules[n + 2]]
        if section and any(_is_text(lines[i]) for i in range(lo, r)) and (
                ISSUE_ADMIN_HEAD.match(_unnumbered(lines[section[0]].strip()))
                or len(section) > 1 and _issue_box(lines, section) and not _prose_after(lines, section[-1], hi)):
            return r  # (its small ads, its dated listings: a box with the piece's prose after it is the piece's own)
    # (the last rule with the footer's lines under it: a footer boxed by rules ends on a rule of its own)
    rule = next((r for r in reversed(rules) if any(_filled(lines[i]) for i in range(r + 1, hi))), None)
    if rule is None or not any(_is_text(lines[i]) for i in range(lo, rule)):
        return None
    below = [lines[i].strip() for i in range(rule + 1, hi) if _filled(lines[i])]
    if not below or not any(lic.find_statements(line) for line in below) or any(
            _by_line(line) or name_line(line) for line in below):
        return None
    return rule


def _filled(line: str) -> bool:
    """Whether a line holds words, not a blank or a rule line.

    >>> _filled("Posts are CC BY 4.0."), _filled("=" * 20), _filled("  ")
    (True, False, False)
    """
    return bool(line.strip()) and not RULE_LINE.match(line)


def _prose_after(lines: list[str], end: int, hi: int) -> bool:
    """Whether the piece goes on after a box ending on line ``end``: the next block below it, closed by a further
    rule before ``hi``, holds a paragraph of prose and no notice. A listing, a table or a block holding a notice (a
    licence or copyright line, wrapped or not), or a last block that no rule closes (the issue's colophon: who puts
    it together, its address) are the issue's own, as the box is.

    >>> rule = "-" * 20
    >>> _prose_after(["ADS", "FOR SALE: Pots.", rule, "Sharpen the blade with a fine file every spring.", rule], 1, 5)
    True
    >>> _prose_after(["ADS", "FOR SALE: Pots.", rule, "Posts are CC BY 4.0.", rule], 1, 5)
    False
    >>> _prose_after(["ADS", "FOR SALE: Pots.", rule, "The bulletin is put together by Jo Ray in Leeds."], 1, 4)
    False
    >>> _prose_after(["RATES", "Savings 1%", rule, "* 3 May: closed", rule, "This is no advice at all."], 1, 6)
    False
    """
    i = end + 1
    while i < hi and (not lines[i].strip() or RULE_LINE.match(lines[i])):
        i += 1
    block = []
    while i < hi and not RULE_LINE.match(lines[i]):
        if lines[i].strip():
            block.append(lines[i])
        i += 1
    return i < hi and any(_is_text(line) for line in block) and not lic.find_statements(" ".join(
        line.strip() for line in block))  # (closed by a rule; a block holding a notice is the issue's foot)


def _letter_head(line: str) -> bool:
    """A line between a letter's headline and the letter: the column's byline, its date or its share row."""
    text = line.strip()
    return is_byline(text) or is_date_line(text) or is_meta_line(text) or _tool_row(text)


def _role_signed(text: str) -> Byline | None:
    """The writer a "NAME, role" line names (``_name_and_role``), the role as their credentials; else ``None``.

    >>> _role_signed("Åsa Lindqvist, Horticulture Program Assistant")
    Byline(name='Åsa Lindqvist', credentials='Horticulture Program Assistant')
    >>> _role_signed("Åsa Lindqvist | Gardens")
    Byline(name='Åsa Lindqvist', credentials='Gardens')
    """
    if not _name_and_role(text):
        return None
    name, _, role = text.partition(", " if ", " in text else " | ")
    return Byline(name.strip(), role.strip())


def _text_opens(lines: list[str], i: int) -> bool:
    """Whether line ``i`` opens text: a sentence, or the first line of a hard-wrapped paragraph (a PDF's or an
    e-mail's text keeps its line breaks)."""
    return _is_text(lines[i]) or _hard_wrapped(lines[i].strip(), lines[i + 1].strip() if i + 1 < len(lines) else "")


def _capitals(line: str) -> bool:
    """Whether a line's letters are all capitals (at least one of them)."""
    letters = [ch for ch in line if ch.isalpha()]
    return bool(letters) and all(ch.isupper() for ch in letters)


# A pure line test asked again for 30 % of its lines on the real texts (issue 19).
@functools.lru_cache(maxsize=LINE_CACHE_LINES)
def _is_heading(line: str) -> bool:
    """A heading line that may head an issue's item: title-like, not text, not navigation.

    >>> _is_heading("Packing Light"), _is_heading("Home | About | Contact"), _is_heading("Pack light.")
    (True, False, False)
    """
    text = line.strip()
    return may_be_title(text) and not _is_text(text) and not is_nav_line(text)


def _sentence_case(line: str) -> bool:
    """A heading written as a newsroom writes one: its first word capitalised, most others not ("Council approves
    six-month night bus trial"), several words, no title case.

    >>> _sentence_case("Council approves night bus trial"), _sentence_case("Packing Light"), _sentence_case("MONEY")
    (True, False, False)
    """
    text = line.strip()
    return len(text.split()) >= 3 and opens_capitalised(text) and not looks_like_title(text) and not _capitals(text)


@functools.lru_cache(maxsize=LINE_CACHE_LINES)  # a pure line test asked again (issue 19)
def _writer_line(line: str) -> bool:
    """A line naming an item's writer (``name_line``), not a section's label in capitals under the masthead.

    >>> _writer_line("Kwame Asante"), _writer_line("By Ann Lee"), _writer_line("WEEKEND READING")
    (True, True, False)
    """
    text = line.strip()
    if text[-1:] in NO_NAME_LINE_ENDS and not dotted_degree(text):
        return False  # name_line reads no line ending so (but a degree's stop): a cheap test, and most lines of text
        # end so
    # The person-or-byline test before name_line: the same conjunction of pure tests in another order (each answers
    # from its text alone and raises on none, so `A and B and C` is `B and A and C`; the `or` hands back
    # _name_and_role's answer whenever the conjunction is false, whichever test made it so). On real text it turns
    # away most lines that reach here at about half the cost, name_line's credit and name readers unasked: the real
    # texts' 33,184 calls replayed 1.10 -> 0.55 s (round 19). Tested against name_line first on drawn lines
    # (tests/stages/test_segment_gates_r20.py).
    return ((is_person_name(text) or is_byline(text)) and name_line(text) is not None and not _is_label(text)
            or _name_and_role(text))


MAX_ROLE_WORDS = 8  # "Family and Consumer Sciences Agent", "Horticulture Program Assistant, Fenwick County"
ROLE = re.compile(r"^[^\W\d_][^\W\d_'’&.-]*(?:,?\s+[^\W\d_'’&.-]+)*$")  # words only: no date, no address, no sentence


def _name_and_role(text: str) -> bool:
    """A writer's name, a comma, then their role, the way a print newsletter or a fact sheet signs an item under its
    heading ("Mariam Haddad, Family and Consumer Sciences Agent"): the name is a person's, the role a short phrase
    in capitals at its start, no sentence.

    >>> _name_and_role("Åsa Lindqvist, Horticulture Program Assistant"), _name_and_role("Kwame Asante, Editor")
    (True, True)
    >>> _name_and_role("Water, Light And Patience"), _name_and_role("Ann Lee, who grows leeks, says so.")
    (False, False)
    >>> _name_and_role("Your Winter Questions, Answered")  # a title's words, capitalised like a name
    False
    >>> _name_and_role("Kwame Asante | Money")  # a briefing's item: its writer and its desk
    True
    """
    if ", " not in text and " | " not in text:
        return False  # (most lines: one test in C before the partition)
    name, comma, role = text.partition(", " if ", " in text else " | ")  # "NAME | Personal finance": a desk's
    return (bool(comma) and text[-1:] not in NO_NAME_LINE_ENDS and role[:1].isupper()
            and len(role.split()) <= MAX_ROLE_WORDS and ROLE.match(role) is not None
            and is_person_name(name) and name_line(name) is not None
            and roles.knows_name(name))  # (a headline's words pass the shape tests: "Puppy Questions, Answered")


NO_NAME_LINE_ENDS = tuple(".!?;,") + ("",)  # name_line's and credit_line's own first test (and the empty line)


def _issue_head(lines: list[str], hi: int) -> int:
    """Where an issue's first item starts (its title line) when its masthead, the editor's greeting and the
    contents stand above it: the issue's next item (from ``hi``) has its title under a rule line (or over its
    writer's bare name), and the first one is the first title-like line standing the same way, below some text;
    the lines above are the issue's own
    (no licence among them: that speaks for the issue). 0 when there is no such line.

    >>> rule, text = "-" * 20, "A paragraph of the item, as long as a sentence should be."
    >>> _issue_head(["NEWS", "Hello again, readers.", rule, "TITLE ONE", rule, text, rule, "TITLE TWO",
    ...              "From Bo Lind", text], 7)
    3
    >>> _issue_head(["Hello again, readers.", "TITLE ONE", text, rule, "TITLE TWO", text], 4)
    0
    >>> _issue_head(["Hello again, readers.", rule, "IN THIS ISSUE", "1. Title One", rule, "TITLE ONE", text, rule,
    ...              "TITLE TWO", text], 8)
    5
    """
    nonblank = [i for i, line in enumerate(lines) if line.strip()]
    ruled = next((lines[k].strip() for k in reversed(nonblank) if k < hi), "")
    named = hi in _named_items(lines, nonblank)  # or, the next item's title over its writer's bare name
    if not RULE_LINE.match(ruled) and not named:
        return 0
    wrote = False
    for n, i in enumerate(k for k in nonblank if k < hi):
        text = lines[i].strip()
        if lic.find_statements(text):
            return 0
        if wrote and may_be_title(_unnumbered(text)) and (not _is_text(text) or _question_title(text)) and (
                not CONTENTS_HEAD.match(text)) and (  # (the contents' heading under a rule heads no item)
                n and lines[nonblank[n - 1]].strip() == ruled or named and n + 2 < len(nonblank)
                and _writer_line(lines[nonblank[n + 1]]) and _is_text(lines[nonblank[n + 2]])):
            return i
        wrote = wrote or _is_text(text)
    return 0


def _unnumbered(line: str) -> str:
    """A title line without its item number: in a newsletter issue the articles' titles are numbered ("1. TITLE")
    like its table of contents. Only used on the line right above a byline, where a list item never stands.

    >>> _unnumbered("2. EMAIL BEFORE BREAKFAST?"), _unnumbered("10 Ways To Save"), _unnumbered("ARTICLE 1: Rain")
    ('EMAIL BEFORE BREAKFAST?', '10 Ways To Save', 'Rain')
    >>> _unnumbered("ARTICLE #2 -- DRY STONE WALLS"), _unnumbered("Item No. 3: Rain")
    ('DRY STONE WALLS', 'Rain')
    >>> _unnumbered("[2] WINDOW BOXES IN WINTER"), _unnumbered("[2024] Review")
    ('WINDOW BOXES IN WINTER', '[2024] Review')
    """
    return NUMBERED_TITLE.sub("", line.strip(), count=1)


def _signed_note(line: str, max_words: int = 80) -> bool:
    """A short paragraph signed with a dash and a first name: an editor's or host's note.

    >>> _signed_note("Over to her! - Jess"), _signed_note("It worked. — Tired Mum of Two"), _signed_note("Hi - Jess")
    (True, False, False)
    """
    text = line.strip()
    return len(text.split()) <= max_words and SIGNED_NOTE.search(text) is not None


@functools.lru_cache(maxsize=LINE_CACHE_LINES)  # a pure line test asked again (issue 19)
def _is_text(line: str) -> bool:
    """A paragraph or a sentence of an article, not a heading, a site's tagline, navigation or a teaser cut short.

    >>> _is_text("Body one."), _is_text("DIY guides for renters"), _is_text("We looked at... Read more >")
    (True, False, False)
    """
    text = line.strip()  # (the sentence ends of other scripts too: "。", "！", "？", the danda, "؟")
    return is_prose(text) or (text.endswith(TEXT_ENDS) and not text.endswith("...")
                              and not looks_like_title(text) and not is_nav_line(text))


TEXT_ENDS = (".", "!", "?", "。", "！", "？", "।", "؟")


def word_trigrams(text: str) -> set[tuple[str, ...]]:
    """Return the set of lower-case word 3-grams of ``text``.

    >>> sorted(word_trigrams("Be kind, be brief."))
    [('be', 'kind', 'be'), ('kind', 'be', 'brief')]
    """
    return set(_trigrams(_teaser_words(text)))


WORD = re.compile(r"\w+(?:['’]\w+)?")


def _teaser_words(text: str) -> list[str]:
    return WORD.findall(text.lower())


def _trigrams(words: list[str]) -> Iterator[tuple[str, str, str]]:
    return zip(words, words[1:], words[2:], strict=False)  # in C; stops at the shortest


def find_teasers(paragraphs: list[str], config: SegmentConfig) -> list[int]:
    """Return the indexes of opening paragraphs that a later paragraph repeats (a teaser shown twice).

    >>> body = ["Customer Care is part of every job. Here are 7 things every customer person needs to know.",
    ...         "You may be a small business owner.",
    ...         "In my opinion, Customer Care is part of every job. So herewith are 7 things every customer "
    ...         "person needs to know."]
    >>> find_teasers(body, SegmentConfig())
    [0]
    >>> find_teasers(body[1:], SegmentConfig())
    []
    """
    found: list[int] = []
    window = [i for i in range(min(config.teaser_window, len(paragraphs)))
              if len(paragraphs[i].split()) >= config.teaser_min_words]
    if not window:
        return found  # no opening paragraph long enough: no need for the trigrams
    words = [_teaser_words(p) for p in paragraphs]  # a later paragraph's 3-grams are only looked up, never kept
    for i in window:
        grams = set(_trigrams(words[i]))
        if not grams:
            continue
        for j in range(i + 1, len(paragraphs)):
            share = len(grams.intersection(_trigrams(words[j]))) / len(grams)
            if share >= config.teaser_containment and not list_siblings(paragraphs[i], paragraphs[j], share):
                found.append(i)
                break
    return found


_LIST_ITEM = re.compile(r"\s*(?:(?P<word>[^\W\d_]+) )?(?P<num>\d{1,3})[.):]\s|\s*(?P<bullet>[-*•·▪►✓])\s")
_SAME_TEXT = 0.9  # containment from which two bulleted items are one item shown twice, not two of a template


def list_siblings(first: str, later: str, share: float) -> bool:
    """Tell whether two paragraphs are items of one list (``1.`` and ``2.``, ``Step 1:`` and ``Step 2:``, two
    bullets that differ), whose shared template is not a teaser repeated.

    >>> list_siblings("1. Tip about X: do it.", "2. Tip about Y: do it.", 0.7)
    True
    >>> list_siblings("Tip about X: do it.", "1. Tip about X: do it.", 1.0), list_siblings("• A b", "• A b", 1.0)
    (False, False)
    """
    a, b = _LIST_ITEM.match(first), _LIST_ITEM.match(later)
    if not a or not b or (a["word"] or "").lower() != (b["word"] or "").lower() or a["bullet"] != b["bullet"]:
        return False
    if a["num"] is not None:
        return a["num"] != b["num"]
    return share < _SAME_TEXT


def _licence_split(text: str) -> tuple[str, list[lic.Statement], str] | None:
    """Split a trailer line into (text before, its licence statements, text after); ``None`` if it has none."""
    statements = lic.find_statements(text)
    if not statements:
        return None
    verbatim = statements[0].text
    at = text.find(verbatim)
    after = text[at + len(verbatim):].strip()
    if lic.SITE_CREDIT_TAIL.match(after) and not any(s.text in after for s in statements[1:]):
        return text[:at].strip(), statements, ""  # "© NAME · design by THEME": the footer row's credit, no words
    return text[:at].strip(), statements, "" if lic.SHARE_TAIL.match(after) else after  # a share bar glued on


# A row of the site's links or its credits ("About · Contact", "Home | Privacy", "Powered by ..."): what a line
# under it belongs to is the site, not the article.
LINK_ROW = re.compile(r"[·|]|\bPowered by\b|\bPrivacy\b", re.IGNORECASE)

LOOSE_LEAD_WORDS = 3  # "All text © Name 2019", "... Thank you!": a few words may stand beside a statement on its line


# A body line that shows a notice rather than states it: inside a code block (Markdown's ``` fences, opened and
# closed: a lone "~~~" is a section's divider) or straight under a line introducing an example ("Here is an
# example:", "Paste this into your footer:"; never a share bar's bare "Like this:"): a page about licensing shows its
# readers notices to copy (the line-level quotes and cues: licence.without_citations).
CODE_FENCE = re.compile(r"\s*```")
EXAMPLE_INTRO = re.compile(r"\b(?:examples?|samples?|templates?|paste|copy\s+(?:this|it|these)|like\s+this"
                           r"|something\s+like)\b[^:]*:\s*$", re.I)
MIN_INTRO_WORDS = 3  # "Here is an example:", "Use a line like this:"


# A list of the works a text cites, by its heading: a licence named in it is a cited source's, never the text's.
SOURCES_HEADING = re.compile(r"\s*(?:#+\s*)?(?:references|sources|bibliography|works\s+cited|citations"
                             r"|further\s+reading"
                             r"|sources\s+(?:and|&)\s+further\s+reading|notes\s+(?:and|&)\s+(?:references|sources))"
                             r"\s*:?\s*$", re.I)
# An entry that is a bare address under its number: a text browser's list of the page's own links (its licence
# link among them), not a bibliography.
LINK_DUMP_ENTRY = re.compile(r"\s*\[?\d+[.)\]]?\s*(?:https?://|file:|mailto:)\S*\s*$", re.I)


def cited_lines(lines: list[str]) -> set[int]:
    """The indexes of ``lines`` that a page shows as an example: the lines of a fenced code block, and the first
    non-blank line under a line introducing an example; and the entries of a list of sources (:func:`source_entries`).

    >>> sorted(cited_lines(["Here is an example:", "", "Text is CC BY 4.0.", "```", "I waive it all.", "```", "End."]))
    [2, 4]
    >>> cited_lines(["```", "This post is CC BY 4.0.", "Like this:", "Like Loading..."])
    set()
    """
    fences = [i for i, line in enumerate(lines) if "```" in line and CODE_FENCE.match(line)]
    cited = {i for a, b in zip(fences[::2], fences[1::2], strict=False) for i in range(a + 1, b) if lines[i].strip()}
    cited |= source_entries(lines)
    introduced = False
    for i, line in enumerate(lines):
        if not line.strip():
            continue
        if introduced:
            cited.add(i)
        introduced = introduces_example(line)
    return cited


def source_entries(lines: list[str]) -> set[int]:
    """The indexes of the entries of each list of sources in ``lines``: the run of non-blank lines under a heading
    that names one (:data:`SOURCES_HEADING`: "References", "Sources", "Further reading"), a blank line after the
    heading allowed, up to a notice of the page's own (:func:`_own_notice_line`: "© 2030 NAME"). A cited source's
    licence is its own (SPEC: a licence covers what it names). A text browser's numbered list of the page's links
    (bare addresses only: :data:`LINK_DUMP_ENTRY`) is none: the page's own licence link is listed there.

    >>> sorted(source_entries(["Tips.", "Sources", "- Ada Moss, Beans, https://creativecommons.org/licenses/by/4.0/",
    ...                        "- Bo Lund, Peas", "", "Text is CC BY 4.0."]))
    [2, 3]
    >>> source_entries(["References", "", "  1. https://example.org/", "  2. https://creativecommons.org/licenses/by/4.0/"])
    set()
    """
    found: set[int] = set()
    for i, line in enumerate(lines):
        if not SOURCES_HEADING.match(line):  # (anchored: most lines fail at their first word)
            continue
        j = i + 1
        if j < len(lines) and not lines[j].strip():
            j += 1  # (one blank line under the heading)
        entries = []
        while j < len(lines) and lines[j].strip() and not _own_notice_line(lines[j]):
            entries.append(j)
            j += 1
        if entries and not all(LINK_DUMP_ENTRY.match(lines[k]) for k in entries):
            found.update(entries)
    return found


def _own_notice_line(line: str) -> bool:
    """Whether ``line`` is a notice of the page's own that ends a list of sources set straight above it, no blank
    line between: it opens with a copyright mark (:data:`OWN_NOTICE_OPENING`: a source's entry opens with its author
    or title, or a list's marker), reserves the rights ("All rights reserved"), or is the footer's furniture
    (``is_footer_chrome``). A licence named in an entry ("..., CC BY-SA 4.0 https://...") is the source's: such a
    line does not end the list.

    >>> _own_notice_line("© 2030 Vale Garden Club. All rights reserved."), _own_notice_line("Tags: beans, peas")
    (True, True)
    >>> _own_notice_line("- Moss, A. (2020) Beans in Pots. CC BY 4.0"), _own_notice_line("Lund, B. (2019) Peas.")
    (False, False)
    >>> _own_notice_line("Copyright 2030 Vale Garden Club"), _own_notice_line("Copyright Law Review (2019), Seeds.")
    (True, False)
    """
    return bool(OWN_NOTICE_OPENING.match(line) or lic.RESERVED.search(line) or is_footer_chrome(line))


def introduces_example(line: str) -> bool:
    """Whether ``line`` introduces an example (:data:`EXAMPLE_INTRO`, of :data:`MIN_INTRO_WORDS` words or more).

    The pattern ends in a colon and blanks only (``:\\s*$``), so a line whose last non-blank is no colon is
    never searched (most lines: the search tried each of its words as the cue's start); ``str.rstrip`` and the
    pattern's ``\\s`` strip the same characters (both Unicode's white space).

    >>> introduces_example("Here is an example:"), introduces_example("An example: CC BY."), introduces_example("e.g.:")
    (True, False, False)
    >>> introduces_example("Paste this in your footer:\u2003\\n"), introduces_example("Like this:")
    (True, False)
    """
    return (line.rstrip().endswith(":") and EXAMPLE_INTRO.search(line) is not None
            and len(line.split()) >= MIN_INTRO_WORDS)


def _read_loose_statements(lines: list[str], nonblank: list[int], body_first: int, end: int, parsed: Parsed,
                           stated: bool = False, reserving: bool = False) -> None:
    """Take licence lines of the body the trailer scan did not reach: a line that is a statement and nothing else
    (a few words before or after it at most; where it first ran before or after it). A copyright line
    counts only when it names the author, by the byline or by the bio sentence under it ("NAME is a ..."), or
    reserves rights ("All rights reserved", "may not be reproduced"): a site's bare "Herb Garden Weekly © 2015" is
    chrome, not the article's licence. When the trailer scan found copyright lines only (``stated``: the site's,
    below comments or links it could not pass), only a notice that says more is taken (a grant, "reprinted with
    permission", a licence) or the author's own copyright line. When it found the site's default licence only
    (``reserving``: "Unless otherwise stated, text on this site is CC BY"), only the article's reservation in words
    is taken ("© NAME. Reproduction by other publications is not permitted"), or a "reprinted with permission" line.
    Taken lines leave the body."""
    shown = cited_lines(lines[body_first:end])
    body = [k for k in nonblank if body_first <= k < end and k - body_first not in shown]  # (an example: no notice)
    taken: list[lic.Statement] = []
    whole: dict[int, tuple[int, int, str] | None] = {}  # each paragraph's reading as one notice, by its first line
    for n, i in enumerate(body):
        text = lines[i].strip()
        first = i
        credited = None  # the writer a bio before the notice names (a reprinted or guest piece's credit line)
        if (paragraph := _paragraph_notice(lines, body_first, end, i, whole)) is not None:
            if i < paragraph[1]:
                continue  # a line of a paragraph that is one notice: read whole at its last line
            first, text = paragraph[0], paragraph[2]
        split = _licence_split(text)
        if paragraph is None and split is None and (
                wrapped := _loose_wrapped_notice(lines, nonblank, body_first, i)) is not None:
            first, text = wrapped  # a notice hard-wrapped over its paragraph's lines, read as the trailer scan does
            split = _licence_split(text)
        elif paragraph is None and split is not None and not split[0] and _licence_name_broken(
                lines, body_first, i) and (wrapped := _wrapped_notice(lines, nonblank, body_first, i)) is not None:
            first, text = wrapped  # the licence's name broken over the wrap: the notice's scope is the line above
            split = _licence_split(text)
        if split is None or (len(split[0].split()) > LOOSE_LEAD_WORDS and not lic.PROVENANCE.match(split[0])
                             and not (any(s.kind == "permission" for s in split[1])  # "first ran in ..." abroad
                                      and lic.PROVENANCE_ABROAD.search(split[0]))
                             and not _notice_lead(split[0], text) and not _notice_tail(split[0])
                             and not _bio_lead(split[0], parsed)
                             and not (reserving and any(_guest_notice(s, split[0], parsed) for s in split[1]))
                             and (credited := _credit_bio(split[0], split[1], parsed, lines, body_first)) is None) or (
                len(split[2].split()) > LOOSE_LEAD_WORDS and not lic.PROVENANCE.match(split[2])
                and not _notice_tail(split[2]) and not _opening_permission_note(n, split)
                and not _reserving_line(split)):  # or "Thank you!"
            continue
        statements = split[1]
        own = [s for s in statements if reserving and _guest_notice(s, split[0], parsed)]
        if reserving and not own and not any(s.kind == "permission" or lic.reserves(s) for s in statements):
            continue
        below = lines[body[n + 1]].strip() if n + 1 < len(body) else ""
        if stated and all(s.kind == "copyright" for s in statements) and not all(
                s.holder and (_names_the_author(s.holder, parsed, below) or lic.SYNDICATE_HOLDER.search(s.holder))
                for s in statements):
            continue  # only the author's own copyright line joins the site's, or the column's syndicate's (its
            # copyright is the column's, whichever paper runs it, the paper's own footer under the comments)
        marks = all(s.kind == "copyright" and s.holder is not None and not _names_the_author(s.holder, parsed, below)
                    and not lic.SYNDICATE_HOLDER.search(s.holder) for s in statements)
        if (marks and not own and not lic.refuses(text) and not lic.RESERVED.search(text)
                and not lic.tdm_reserved(f"{text} {below}")):  # (beside a text-and-data-mining reservation, on its
            continue  # line or the next, it reserves: SPEC r27 (r)) the site's mark; a syndicate's copyright is the
            # column's, whichever site runs it
        parsed.own_notices += own  # (the site's default yields to it: lic.without_yielded)
        for statement in statements:
            statement.text = text
        taken += statements
        lines[first:i + 1] = [""] * (i + 1 - first)
        if credited is not None and parsed.credited is None:
            parsed.credited = credited
            if not parsed.bio_parts:
                parsed.bio_parts.append(split[0])  # the credit's bio is the writer's: it leaves the body too
    # below a site's copyright line (``stated``), the notices nearer the article come first: their holder and year
    parsed.statements = taken + parsed.statements if stated else parsed.statements + taken


def _guest_notice(statement: lic.Statement, lead: str, parsed: Parsed) -> bool:
    """Tell a guest's own © closing her bio, under a post another person's byline put up: the © names the person
    the bio sentence before it on its line opens with ("NAME looks after the seed library. Text © 2026 NAME."), and
    the byline names someone else (the host who posted it). Under a site's default licence ("unless otherwise
    noted, posts here are CC BY") it is the piece's own notice, which outranks that default (SPEC: the article's
    own statement outranks page-wide ones, her bare © in her bio too). The owner's © under her own byline stays
    hers beside her CC licence (SPEC: it names who licenses), and with no byline there is no telling the two apart.

    >>> st = lic.find_statements("© 2026 Ida Holm.")[0]
    >>> host = Parsed(body=[], byline=parse_byline("Posted by Nils Berg"))
    >>> _guest_notice(st, "Ida Holm keeps bees in Tromsø. Text", host)
    True
    >>> own = Parsed(body=[], byline=parse_byline("by Ida Holm"))
    >>> _guest_notice(st, "Ida Holm keeps bees in Tromsø. Text", own), _guest_notice(st, "Ida Holm keeps bees.",
    ...                                                                             Parsed(body=[]))
    (False, False)
    >>> _guest_notice(st, "We keep bees in Tromsø.", host)
    False
    """
    holder = statement.holder
    return (statement.kind == "copyright" and holder is not None and parsed.byline is not None
            and bool(parsed.byline.name) and not _one_holder(holder, parsed.byline.name)
            and _names_the_author(holder, Parsed(body=[]), lead.strip()))


def _reserving_line(split: tuple[str, list[lic.Statement], str]) -> bool:
    """Tell a line whose notice opens with a © reserving every right in words ("© 2021 NAME. All rights reserved."
    in any language the licence tables know, after a word or two at most: "Kopiereg ©") and goes on: what follows on
    that line is the notice's own conditions (a refusal, a link-back demand, in words no table reads yet), never the
    article's text.

    >>> _reserving_line(("", lic.find_statements("© 2021 Ann Lee. All rights reserved."), "Nie ohne Link."))
    True
    >>> _reserving_line(("", lic.find_statements("© 2021 Ann Lee."), "Water the pots at dusk each day."))
    False
    """
    return any(s.kind == "copyright" for s in split[1]) and bool(
        split[1] and lic.COPYRIGHT.match(split[1][0].text) and lic.RESERVED.search(split[1][0].text))


def _paragraph_notice(lines: list[str], body_first: int, end: int, i: int,
                      seen: dict[int, tuple[int, int, str] | None]) -> tuple[int, int, str] | None:
    """The paragraph holding line ``i`` when it is hard-wrapped over a few lines and wholly one notice, nothing before
    or after the statements in it (a partner's note: "These notes were written by the Tenants' Association and appear
    here" / "with its permission. They are not covered by the site's licence. Please" / "contact the Association if
    you wish to use them elsewhere."): its first and last lines and its text joined, else ``None``. Read line by line,
    its middle line alone would pass for the notice, its opening (the leave it names) lost. ``seen``: each
    paragraph's answer, by its first line.

    >>> lines = ["Tips end here.", "", "These notes appear here with the Guild's permission. Please ask", "the "
    ...          "Guild first if you would like to reprint them elsewhere.", "", "Water early."]
    >>> _paragraph_notice(lines, 0, 6, 3, {})[:2], _paragraph_notice(lines, 0, 6, 5, {})
    ((2, 3), None)
    """
    if RULE_LINE.match(lines[i].strip()):
        return None
    p0 = i  # (a rule line, "-----", parts paragraphs as a blank line does)
    while p0 - 1 >= body_first and lines[p0 - 1].strip() and not RULE_LINE.match(lines[p0 - 1].strip()):
        p0 -= 1
        if i - p0 >= WRAPPED_NOTICE_LINES:
            return None  # a longer paragraph is no wrapped notice (walked no further: linear on a long one)
    if p0 in seen:
        return seen[p0]
    p1 = i
    while p1 + 1 < end and lines[p1 + 1].strip() and not RULE_LINE.match(lines[p1 + 1].strip()):
        p1 += 1
        if p1 - p0 >= WRAPPED_NOTICE_LINES:
            seen[p0] = None
            return None
    found = None
    if 0 < p1 - p0 < WRAPPED_NOTICE_LINES:
        joined = _joined_lines(lines, p0, p1)
        lowered = joined.lower()
        if lic.passes_gate(joined, lowered) and (split := _licence_split(joined)) is not None and not split[0] and (
                not split[2] or _notice_tail(split[2])):  # (its last sentence may go on limiting the use: "... All
            found = (p0, p1, joined)  # rights reserved. The column may" / "not be reproduced without permission.")
    seen[p0] = found
    return found


def _opening_permission_note(n: int, split: tuple[str, list[lic.Statement], str]) -> bool:
    """Tell an editor's note opening the body with the piece's permission ("The following article is reprinted with
    permission from its author, NAME. We thought ..."): the body's first paragraph (``n`` 0) opens with a permission
    statement, and the words after it are the editor's (why they ran it), not a statement's tail.

    >>> note = lic.Statement("permission", "This piece is reprinted with permission.", lic.USED_WITH_PERMISSION)
    >>> _opening_permission_note(0, ("", [note], "We liked it and hope you do too.")), _opening_permission_note(
    ...     3, ("", [note], "We liked it and hope you do too."))
    (True, False)
    """
    return n == 0 and not split[0] and bool(split[1]) and all(s.kind == "permission" for s in split[1])


def _loose_wrapped_notice(lines: list[str], nonblank: list[int], body_first: int, i: int) -> tuple[int, str] | None:
    """A notice hard-wrapped over the lines of a paragraph that ends at line ``i`` (a text export of a fact sheet:
    "Extension materials may be copied and shared in" / "their entirety ..., with credit to" / "the author."), as
    :func:`_wrapped_notice` reads it: where it starts and its lines joined, else ``None``. The loose scan reads a
    paragraph so whether the page wraps its lines or not; asked only at a paragraph's last line, and only when the
    paragraph holds a licence statement's words (:func:`licence.passes_gate`), so body text costs one gate test.

    >>> lines = ["Tips end here.", "", "Our leaflets may be copied and shared in", "full, with credit to the author.",
    ...          "", "Issued by the Council."]
    >>> _loose_wrapped_notice(lines, [0, 2, 3, 5], 0, 3)
    (2, 'Our leaflets may be copied and shared in full, with credit to the author.')
    >>> _loose_wrapped_notice(lines, [0, 2, 3, 5], 0, 2) is None  # not the paragraph's end
    True
    """
    if i + 1 < len(lines) and lines[i + 1].strip() or i - 1 < body_first or not lines[i - 1].strip():
        return None  # one line, or not the paragraph's last: read as a line
    head = max(body_first, i - WRAPPED_NOTICE_LINES + 1)
    joined = " ".join(lines[k].strip() for k in range(head, i + 1)).lower()
    if not lic.passes_gate(joined, joined):
        return None
    return _wrapped_notice(lines, nonblank, body_first, i)


def _bio_lead(lead: str, parsed: Parsed) -> bool:
    """Tell the words before a statement on its line that are the author's resource box: a sentence about the
    byline's writer ("NAME coaches managers in Valencia." + "Want to use this article ...? Go ahead, ...").

    >>> _bio_lead("Ann Lee grows roses in Kent.", Parsed(body=[], byline=parse_byline("by Ann Lee")))
    True
    >>> _bio_lead("Ann Lee grows roses in Kent.", Parsed(body=[])), _bio_lead("We grow roses.", Parsed(body=[]))
    (False, False)

    A bio that names the writer by one part of the byline's name, as a newsletter's note on its guest does ("Wen-Li
    writes about cooking at her blog." under "by Wen-Li Ochoa"), is the writer's too: the part opens the sentence,
    a word in lower case (its verb) after it.

    >>> by = Parsed(body=[], byline=parse_byline("by Wen-Li Ochoa"))
    >>> _bio_lead("Wen-Li writes about cooking at her blog, Small Pot.", by), _bio_lead("Ochoa is a chef.", by)
    (True, True)
    >>> _bio_lead("Wen-Li Street is closed.", by), _bio_lead("Wendy writes too.", by), _bio_lead("Li is here.", by)
    (False, False, False)
    """
    if parsed.byline is None or not parsed.byline.name:
        return False
    named = name_in_bio(lead)
    if named is not None:
        return named.name.casefold() == parsed.byline.name.casefold()
    return any(lead.startswith(part) and BIO_VERB_AFTER.match(lead, len(part))
               for part in parsed.byline.name.split() if len(part) > 2 and part[:1].isupper())


BIO_VERB_AFTER = re.compile(r"\s+[a-z]")  # "Wen-Li writes ...": the name's part, then its verb

def _host_mark(statement: lic.Statement, host: Byline, guest: Byline) -> bool:
    """Whether a statement is a guest post's host's bare mark: a copyright naming the host the byline names, not
    the guest who wrote the piece, with no further words ("© 2024 NAME · Privacy ∙ Terms" under a newsletter's
    guest essay). SPEC: a © naming the site or its host rather than the article's writer says nothing of the
    article.

    >>> st = lic.find_statements("© 2024 Tom Pryce")[0]
    >>> host = Byline("Tom Pryce")
    >>> _host_mark(st, host, Byline("Ana Reis")), _host_mark(st, host, host)
    (True, False)
    """
    holder = (statement.holder or "").casefold()
    return (statement.kind == "copyright" and holder == host.name.casefold() and holder != guest.name.casefold()
            and not lic.refuses(statement.text) and not lic.RESERVED.search(statement.text))


def _closing_text(parsed: Parsed) -> str:
    """The piece's last lines and its bio, where a guest's bio or © writes her name in full.

    >>> _closing_text(Parsed(body=["Tip.", "", "Ana Reis bakes in Porto."], bio_parts=["About Ana."]))
    'Tip.\\nAna Reis bakes in Porto.\\nAbout Ana.'
    """
    return "\n".join([*[line for line in parsed.body if line.strip()][-SOURCE_REACH:], *parsed.bio_parts])


def _credit_over_byline(parsed: Parsed, opening: str) -> bool:
    """Whether the writer a closing credit names (``parsed.credited``, :func:`_credit_bio`) wrote the piece over the
    byline's person: the byline names someone else, and the host's note above the text (its first paragraph, or the
    header's lines) names the same writer ("Editor's note: nobody does this better than NAME").

    >>> p = Parsed(body=[], byline=Byline("Tom Pryce"), credited=Byline("Ana Reis"))
    >>> _credit_over_byline(p, "Editor's note: I asked Ana Reis to write this one."), _credit_over_byline(p, "Hi.")
    (True, False)
    """
    credited = parsed.credited
    if credited is None or parsed.byline is None or parsed.byline.name.casefold() == credited.name.casefold():
        return False
    return _noted(credited.name, [opening, *parsed.chrome])


MIN_NOTE_WORDS = 8  # a host's note naming the guest: a sentence, not a masthead or a byline's affiliation


MAX_CREDIT_BIO_WORDS = 45  # a sentence or two about the writer before the notice; a longer lead is the text's


def _credit_bio(lead: str, statements: list[lic.Statement], parsed: Parsed | None = None,
                lines: tuple[str, ...] | list[str] = (), body_first: int = 0) -> Byline | None:
    """The writer named by a short bio standing before a notice about the piece on its line, else ``None``: a
    reprinted or guest piece's closing credit ("NAME runs a bakery on X Street. This article first appeared in the
    Bulletin and is reproduced with permission.", "NAME makes pots in Izmir. She shares this piece under CC BY-ND
    4.0."). The bio says who wrote the piece, whoever posted it; the notice is the piece's own. A bare copyright
    of someone else after the bio says nothing about the piece (a site's mark): only a notice in words counts, or
    the bio's own writer's copyright.

    >>> st = lic.find_statements("This essay first ran in The Ledger and is reprinted with permission.")
    >>> _credit_bio("Ana Reis runs a bakery in Porto.", st).name, _credit_bio("We bake in Porto.", st)
    ('Ana Reis', None)
    >>> _credit_bio("Ana Reis runs a bakery in Porto.", lic.find_statements("© 2024 Crumb Bakehouse")) is None
    True
    """
    if any(lic.site_default(s) for s in statements):
        return None  # "NAME is run by volunteers. Unless otherwise stated, text on this site is ...": the site's
    if len(lead.split()) > MAX_CREDIT_BIO_WORDS or (named := name_in_bio(lead)) is None:
        return None
    if all(s.kind == "copyright" and (s.holder or "").casefold() != named.name.casefold() for s in statements):
        return None
    if parsed is not None and parsed.byline is not None and not parsed.posted and (
            parsed.byline.name.casefold() != named.name.casefold()):
        # under a byline naming someone else (not a blog footer's posting account: SPEC reads a post's credit
        # over the account that posted it), the credit is the writer's only where the host's note above the
        # text names her too; else it is a sentence about someone else, and stays in the body
        opening = [line.strip() for line in lines[body_first:] if line.strip()][:GUEST_NOTE_REACH]
        if not _noted(named.name, [*parsed.chrome, *opening]):
            return None
    return named


def _noted(name: str, texts: list[str]) -> bool:
    """Whether a host's note among ``texts`` names the writer: a sentence or more (a masthead or the byline's own
    affiliation, "By NAME, Outlet", hands nothing)."""
    return any(name in text and len(text.split()) >= MIN_NOTE_WORDS and not is_byline(text) for text in texts)


# A site footer's sentence on its terms, beside its copyright line ("Use of this site constitutes acceptance of our
# User Agreement and Privacy Policy. © 2025 X, Inc. All rights reserved."): the notice's company, not article text
SITE_TERMS = regex.compile(r"\b(?:user\s+agreement|terms\s+(?:of\s+(?:use|service)|and\s+conditions)|privacy\s+policy"
                           r"|condiciones\s+de\s+uso|política\s+de\s+privacidad|termos\s+de\s+uso|nutzungsbedingungen"
                           r"|conditions\s+d['’]utilisation|politique\s+de\s+confidentialité|termini\s+di\s+(?:uso|utilizzo)"
                           r"|polityk[ai]\s+prywatności|regulamin\w*|gebruiksvoorwaarden)\b", regex.I)


def _notice_tail(tail: str) -> bool:
    """Tell the whole sentences beside a statement on its line that go on with the notice: each limits the use,
    speaks of rights or claims the site's words ("© NAME 2019. You may print this page for your personal use.",
    "All photos and words on this blog are mine. Please don't copy ..."), none is the article's text.

    >>> _notice_tail("You may print this page for your personal use."), _notice_tail("Water the pots at dusk.")
    (True, False)
    >>> _notice_tail("All the words and photos on this site are mine."), _notice_tail("The pots are mine.")
    (True, False)
    >>> _notice_tail("Texterna får inte kopieras utan tillstånd."), _notice_tail("Vattna krukorna på kvällen.")
    (True, False)
    >>> _notice_tail("Use of this site means you accept our User Agreement and Privacy Policy.")
    True
    """
    sentences = [sentence for sentence in SENTENCE_BREAK.split(tail) if sentence.strip()]
    return bool(sentences) and all(lic.NOT_A_GRANT.search(sentence) or lic.NOTICE_WORDS.search(sentence)
                                   or SITE_TERMS.search(sentence)
                                   or OWNED_WORDS.search(sentence) or lic.GRANT_REUSE.search(sentence)
                                   for sentence in sentences)  # (a reuse named in another language: "Перепечатка
    # материалов ...", "Texterna får inte kopieras ...", the language tables' reuse words, as NOTICE_WORDS' "reprint")


# A site's claim on its words, the lead of a refusal: "All photos and words on this blog are mine", "Everything on
# this site belongs to us".
OWNED_WORDS = re.compile(r"\b(?:words|text|texts|writing|content|photos|photographs|pictures|images|recipes|posts"
                         r"|everything)\b[^.!?]{0,40}?\b(?:on|in|of)\s+this\s+(?:blog|site|website|page)\s+"
                         r"(?:(?:are|is)\s+(?:all\s+)?(?:mine|ours|my\s+own|our\s+own)|belongs?\s+to\s+(?:me|us))\b",
                         re.I)


def _notice_lead(lead: str, line: str) -> bool:
    """Tell whether the words before a statement on its line open the statement's own sentence and name what it
    covers ("Unless noted, all material in this newsletter is copyright ...", "This article may be ...").

    >>> lead = "Unless noted, all material in this issue is"
    >>> _notice_lead(lead, lead + " (C) 2011 Workbench Press.")
    True
    >>> _notice_lead("We fixed the roof last year and", "We fixed the roof last year and (c) Ann Lee 2010")
    False
    """
    return not re.search(r"[.!?]\s", lead + " ") and (lic.covers_issue(line) or lic.WORK.search(lead) is not None)


def _work_lead(lead: str, line: str) -> bool:
    """Tell the few words before a statement that name the work it covers ("All content (c) 2024 Club.", "All
    material © ..."): the statement's own subject, not the end of a paragraph it is glued to.

    >>> _work_lead("All content", "All content (c) 2024 Hillside Club. Ask before reuse.")
    True
    >>> _work_lead("We painted the shed", "We painted the shed (c) 2024 Hillside Club."), _work_lead("Text", "Text ©")
    (False, True)
    """
    return bool(lead) and len(lead.split()) <= LOOSE_LEAD_WORDS and (
        _notice_lead(lead, line) or WORK_NOUNS.match(lead) is not None)


# The work a copyright line names before its sign ("Text © NAME 2021", "Words and pictures ©", "Content (c)").
WORK_NOUNS = re.compile(r"^(?:all\s+)?(?:text|texts|content|words|writing|articles?|recipes?|photos?|images?)"
                        r"(?:\s+(?:and|&)\s+(?:text|words|photos?|images?|pictures?|recipes?))?\s*:?$", re.I)


# "Posts are", "All content is", "Posts remain the" (+ "copyright of their respective authors")
STATEMENT_SUBJECT = re.compile(r"^(?:all\s+)?(?:the\s+)?[^\W\d_]+\s+(?:are|is|remain|remains|stay|stays)(?:\s+the)?$",
                               re.I)
# (A row's separator is taken from a blank run's start only: tried from each position of a run, 80 KB of spaces took
# 27 s to split; the same splits.)
SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+|(?<!\s)\s+[·•∙|]\s+")  # a sentence, or an item of the footer's row
MAX_FOOTER_SENTENCE_WORDS = 5  # "All times are UTC.", "Powered by Forumly.": a footer's short sentences


def _footer_notice(before: str) -> bool:
    """Tell the words before a statement on a page footer's line: short sentences of the footer's own, then the
    statement's subject ("All times are UTC. Posts are" + "copyright their respective authors.") or nothing (the
    statement opens its own sentence: "Letters are printed as received." + "Writers keep the copyright ..."), not
    the end of a paragraph.

    >>> _footer_notice("All times are UTC. Posts are"), _footer_notice("We kept to one rule for years. Posts are")
    (True, False)
    >>> _footer_notice("Hill Walkers Board · Powered by a forum engine · Posts remain the")
    True
    >>> _footer_notice("Letters may be shortened."), _footer_notice("We kept to one rule for years and years.")
    (True, False)
    """
    *sentences, subject = SENTENCE_BREAK.split(before.strip())
    if subject[-1:] in ".!?":  # the statement opens a sentence of its own
        sentences, subject = [*sentences, subject], ""
    return (not subject or STATEMENT_SUBJECT.match(subject) is not None) and all(
        len(sentence.split()) <= MAX_FOOTER_SENTENCE_WORDS for sentence in sentences)


def _site_copyright(text: str, statements: list[lic.Statement], parsed: Parsed) -> bool:
    """A bare copyright line of the site's ("Herb Garden Weekly © 2015"): a holder that is not the author nor a
    syndicate, nor a line saying a syndicate distributes it ("© 2019 NAME. Distributed by X Features.": the column's
    notice, whichever site runs it), and no reservation or refusal in words (those state the terms, whoever holds
    them)."""
    return all(s.kind == "copyright" and s.holder is not None and not _names_the_author(s.holder, parsed, "")
               and not lic.SYNDICATE_HOLDER.search(s.holder)
               for s in statements) and not lic.refuses(text) and not lic.RESERVED.search(text) and not (
        lic.SYNDICATED.search(text))


def _line_of(page: str, text: str) -> str:
    r"""The whole line of ``page`` that holds ``text`` (a statement's words), or ``text`` itself when the page does not
    hold it verbatim: a notice's further sentences on the same line ("© 2018 Club. Not to be reproduced without
    permission.") belong to it.

    >>> _line_of("Intro\n© 2018 Club. Not to be copied.\nEnd", "© 2018 Club.")
    '© 2018 Club. Not to be copied.'
    """
    at = page.find(text)
    if at < 0:
        return text
    end = page.find("\n", at)
    return page[page.rfind("\n", 0, at) + 1:end if end >= 0 else len(page)]


# An entry of a text browser's list of the page's links under its text ("24. http://creativecommons.org/..."; lynx's
# "References"): a licence deed there is where a badge or link of the page's chrome pointed (the sidebar's "Some
# rights reserved"), the site's licence for every post beside it, never one post's own words, so it yields to a
# post's own reservation as a sidebar's licence does (below_footer). Seen on one page (holdout28, a blog's home page
# dumped as text); narrow: a numbered line holding a URL and nothing else.
LINK_REFERENCE = re.compile(r"\s*\d{1,4}\.\s+(?:https?://|www\.)\S+\s*$")


MAX_WRAPPED_SENTENCE = 400  # a grant's sentence hard-wrapped over a few lines: a paragraph's worth at most
PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")  # a blank line (spaces or tabs on it) between two paragraphs


def _line_and_neighbours(page: str, text: str) -> str:
    r"""The line of ``page`` holding ``text`` (:func:`_line_of`) with the non-blank lines just above and below it
    that are no longer than a wrapped sentence: a notice's own further line ("© 2025 Site" over its mining
    reservation), never a whole paragraph glued to it (an article's last paragraph above a bare ©).

    >>> _line_and_neighbours("Intro.\n\nBody text.\n© 2025 Site\nNo AI training.\n", "© 2025 Site")
    'Body text.\n© 2025 Site\nNo AI training.'
    >>> _line_and_neighbours("Intro.\n\n© 2025 Site\n\nEnd.", "© 2025 Site")
    '© 2025 Site'
    """
    at = page.find(text)
    if at < 0:
        return text
    start = page.rfind("\n", 0, at) + 1
    end = page.find("\n", at)
    end = end if end >= 0 else len(page)
    above = page[:max(start - 1, 0)].rsplit("\n", 1)[-1] if start else ""
    below = page[end + 1:].split("\n", 1)[0] if end < len(page) else ""
    def near(line: str) -> list[str]:
        return [line] if line.strip() and len(line) <= MAX_WRAPPED_SENTENCE else []
    return "\n".join(near(above) + [page[start:end]] + near(below)).strip()


def _paragraph_of(page: str, text: str) -> str:
    r"""The paragraph of ``page`` (its lines between blank ones) that holds ``text``, or ``text`` itself when the page
    does not hold it verbatim: a resource box's lines read together.

    >>> _paragraph_of("Tips.\n\nYou may reprint this article.\nLater, ask me.\n\nEnd.", "Later, ask me.")
    'You may reprint this article.\nLater, ask me.'
    """
    at = page.find(text)
    if at < 0:
        return text
    starts = [m.end() for m in PARAGRAPH_BREAK.finditer(page[:at])]
    end = PARAGRAPH_BREAK.search(page, at)
    return page[starts[-1] if starts else 0:end.start() if end else len(page)].strip()


def _sentence_of(page: str, text: str) -> str:
    r"""The sentence of ``page`` that ``text`` (a statement's words) opens, read on past the hard wraps of its
    paragraph to its full stop (its whitespace collapsed): a resource box's "may be reprinted free ... until DATE."
    wrapped at its line's end is one sentence. ``text`` itself when the page does not hold it verbatim.

    >>> _sentence_of("Box.\nYou may reprint it\nuntil May 2020. Then ask.\n", "You may reprint it")
    'You may reprint it until May 2020.'
    >>> _sentence_of("Box.\nYou may reprint it\n\nuntil May 2020.", "You may reprint it")
    'You may reprint it'
    """
    at = page.find(text)
    if at < 0:
        return text
    window = page[at:at + max(len(text), MAX_WRAPPED_SENTENCE)]
    window = PARAGRAPH_BREAK.split(window, maxsplit=1)[0]  # its paragraph only
    flat = " ".join(window.split())
    return flat[:lic._sentence_end(flat, min(len(" ".join(text.split())), len(flat)) - 1)]


# How often a line must recur in a body to be its running header or footer (a print's, a slide deck's or a paged
# export's, on every page or slide): three, so a notice quoted twice (under the text and in a sidebar copy) is not one
MIN_RUNNING_REPEATS = 3
RUNNING_FOOTER_CHARS = 300  # a footer's line, never a paragraph


def _running_notice(body: list[str]) -> list[lic.Statement]:
    """The licence statements of a line the body repeats as its running footer (:data:`MIN_RUNNING_REPEATS` or
    more: a slide deck or a paged document exported to text, its footer under every slide), or ``[]``. Such a
    line is the document's own notice wherever it stands, as a footer under the text would be.

    >>> deck = ["Rule 1", "Plan ahead.", "© 2024 Owl Circle · Do not copy", "Rule 2", "Rest.",
    ...         "© 2024 Owl Circle · Do not copy", "Thanks", "© 2024 Owl Circle · Do not copy"]
    >>> [s.tag for s in _running_notice(deck)], _running_notice(deck[:6])
    (['LicenseRef-all-rights-reserved'], [])

    A bare "© NAME" under every picture is the photographer's credit, repeated as often as the page has photos
    (SPEC: a © photo credit covers only the photo): a footer says more, a year or words that reserve.

    >>> _running_notice(["Foxes came back.", "© Ida Berg", "They nest.", "© Ida Berg", "Cubs.", "© Ida Berg"])
    []
    """
    seen: dict[str, int] = {}
    for line in body:
        text = line.strip()
        if text and len(text) <= RUNNING_FOOTER_CHARS:
            seen[text] = seen.get(text, 0) + 1
    for text, times in seen.items():
        if (times >= MIN_RUNNING_REPEATS and (YEAR.search(text) or _reproduction_words(text))
                and (found := lic.find_statements(text))):
            return found
    return []


MAX_CREDIT_WORDS = 8  # "written by NAME (handle)." before the notice on its line


def _notice_lines(body: list[str]) -> list[lic.Statement]:
    """The statements of the body's lines that are notices by themselves: the line opens with its statement and the
    statement is most of it, and it says something of this text in words: a reservation that refuses or reserves
    ("© 2024 NAME. All rights reserved.", "Republishing this piece without the magazine's leave is forbidden"), a
    grant on terms, a leave, a dedication or a public licence. A bare "© NAME" (a photo's credit) and a sentence that
    only mentions a licence are no notice (the latter holds no statement: licence.talks_of_licence; a statement's
    text runs from its start to its line's end, so the length test below only drops a copyright clause that opens a
    longer line).

    >>> [s.tag for s in _notice_lines(["Rake the leaves.", "© 2021 Ann Lee. All rights reserved.", "Comments (2)"])]
    ['LicenseRef-all-rights-reserved']
    >>> _notice_lines(["Rake the leaves.", "© Ann Lee", "Many blogs say © 2021 NAME. All rights reserved at the foot."])
    []
    >>> [s.tag for s in _notice_lines(["written by Ann Lee (annl). repost the whole thing, just keep my name on it."])]
    ['LicenseRef-free-reprint']
    >>> _notice_lines(["CC BY 4.0 is what most bloggers pick.", 'Add "This post is CC BY 4.0." under each post.'])
    []

    A notice hard-wrapped over a short paragraph of its own (a list archive's footer: "Posts here stay their
    writers' property. Please ask the" / "writer before quoting a message outside the list.") is read joined, as
    :func:`_paragraph_notice` reads it, at the paragraph's last line.

    >>> [s.tag for s in _notice_lines(["Rake the leaves.", "", "Posts here remain the property of their writers. "
    ...                                "Please ask the", "writer before quoting a post outside the list."])]
    ['LicenseRef-all-rights-reserved']
    """
    found: list[lic.Statement] = []
    shown = cited_lines(body)
    seen: dict[int, tuple[int, int, str] | None] = {}
    for n, line in enumerate(body):
        text = line.strip()
        last_of_many = n > 0 and body[n - 1].strip() and (n + 1 == len(body) or not body[n + 1].strip())
        if text and n not in shown and last_of_many and (
                para := _paragraph_notice(body, 0, len(body), n, seen)) is not None and not any(
                k in shown for k in range(para[0], para[1] + 1)):
            text = para[2]  # (its last line: the paragraph's lines joined, the one notice they hold)
        if not text or n in shown or not (statements := lic.find_statements(text)):
            continue
        first = statements[0].text
        head = text[:text.find(first)] if first in text else text  # (a credit sentence may open the line: "written
        if (head and not (head.rstrip().endswith((".", "!")) and len(head.split()) <= MAX_CREDIT_WORDS)  # by NAME.")
                or len(first) * 2 < len(text) and not any(lic.withdraws(s) for s in statements)):
            continue  # (a withdrawal of leave opening its line is a notice whatever follows: its reasons, its pleas)
        if any(s.kind != "copyright" or lic.RESERVED.search(s.text) or lic.reserves(s)
               or lic.FOREIGN_REFUSE.search(s.text) for s in statements):
            found += statements
    return found


OPENING_FIELD_LINES = 8  # an export's header block: the first few lines of its body
THEME_TAIL_LINES = 3  # the last lines of a body where a footer's theme credit may be left in it


def _opening_rights_field(body: list[str]) -> list[lic.Statement]:
    """The Creative Commons licence a field of the export's header block states (:data:`RIGHTS_FIELD`, among the
    body's first :data:`OPENING_FIELD_LINES` lines: a chat export's channel topic, a feed's rights field, read as
    the body's head when no title set it apart), or ``[]``: like a site's licence, it covers the text under it.

    >>> head = ["Server: Pot Growers", "Topic: Posts here are shared under CC BY 4.0; credit the poster.", "", "hi"]
    >>> [s.tag for s in _opening_rights_field(head)], _opening_rights_field(["Hi all.", "CC BY 4.0 is nice."])
    (['CC-BY-4.0'], [])
    """
    opening = [line.strip() for line in body if line.strip()][:OPENING_FIELD_LINES]
    return [s for line in opening if RIGHTS_FIELD.match(line) and lic.licenses_text(line)
            for s in lic.find_statements(line) if s.kind == "cc"]


def _reproduction_words(notice: str) -> bool:
    """Tell whether a copyright notice's line reserves or refuses in words (SPEC: a © "with 'All rights reserved' or
    reproduction words" is the holder's reservation); on a © line the refused object goes without saying.

    >>> _reproduction_words("© 2018 Club. Not to be reproduced without permission."), _reproduction_words("© 2018 Club")
    (True, False)
    """
    return (lic.RESERVED.search(notice) is not None or lic.REFUSE.search(notice) is not None
            or lic.RESTRICT.search(notice) is not None or lic.refuses(notice)
            or lic.FOREIGN_REFUSE.search(notice) is not None)  # (as other languages refuse: "Kopijuoti ... draudžiama")


def _site_mark(statement: lic.Statement, author: str | None, line: str | None = None,
               signed_beside: bool = False, masthead: frozenset[str] = frozenset()) -> bool:
    """Tell the site's bare mark on a page whose article a person wrote (SPEC: a © naming the site, host or
    publisher rather than the author, with no further words, says nothing about the article): a copyright line whose
    holder is no person and not the author ("© The Weekend Fixer" under a post by Rhiannon Pugh), reserving nothing
    in words. A page whose author is that organisation keeps it (a company's own FAQ under its ©: the company wrote
    it, and the attribution reads it so), and so does a syndicate's line (the column's notice, whichever site runs
    it). A page whose writer is unknown (``author`` None: no byline, and the holder not read as the writer) keeps
    it no more than a signed one: the bare © names the site or its publisher, not the article's author (a
    publisher's unsigned listicle, a Q&A site's footer under its members' answers).

    >>> mark = lic.Statement("copyright", "© The Weekend Fixer", lic.ALL_RIGHTS_RESERVED, holder="The Weekend Fixer")
    >>> _site_mark(mark, "Rhiannon Pugh"), _site_mark(mark, None), _site_mark(mark, "The Weekend Fixer")
    (True, True, False)
    >>> _site_mark(lic.Statement("copyright", "© 2020 Kestrel Ltd. All rights reserved.", lic.ALL_RIGHTS_RESERVED,
    ...                          holder="Kestrel Ltd"), "Ann Lee")
    False
    >>> _site_mark(lic.Statement("copyright", "© 2020 Kestrel Ltd", lic.ALL_RIGHTS_RESERVED, holder="Kestrel Ltd"),
    ...            "Kestrel")  # the company is the author, named without its legal form (SPEC)
    False

    ``signed_beside``: the page's other articles are signed by people (an unsigned one among them is no more the
    organisation's than theirs: SPEC, the publisher's © is not a byline); kept for its callers, the unsigned
    article's bare © being the site's either way.

    >>> _site_mark(mark, None, signed_beside=True)
    True
    >>> terms = lic.Statement("copyright", "© 2022, Tidewater Post. Written permission must be obtained before any "
    ...                       "reprint.", lic.ALL_RIGHTS_RESERVED, holder="Tidewater Post")
    >>> _site_mark(terms, None)  # a notice that reserves in words keeps its weight on an unsigned page
    False

    ``masthead``: the page's header lines, case-folded. A holder standing there as the site's name is the site's,
    even when its words read like a person's ("© Hazel Row Kitchen Garden" under the blog so named), also over "All
    text © X": whom the © names decides, not what it covers or where it sits (SPEC r24, the lead's question). A
    breadcrumb on top opens with the site's name.

    >>> yard = lic.Statement("copyright", "© Hazel Row Garden", lic.ALL_RIGHTS_RESERVED, holder="Hazel Row Garden")
    >>> _site_mark(yard, "Rhiannon Pugh"), _site_mark(yard, "Rhiannon Pugh", masthead=frozenset({"hazel row garden"}))
    (False, True)
    >>> _site_mark(yard, "Rhiannon Pugh", masthead=_masthead_names(["The Hazel Row Garden", "News  Sport"]))
    True
    >>> text = lic.Statement("copyright", "All text © Hazel Row Garden", lic.ALL_RIGHTS_RESERVED,
    ...                      holder="Hazel Row Garden")
    >>> _site_mark(text, "Rhiannon Pugh", masthead=_masthead_names(["HAZEL ROW GARDEN › Beds › Soil"]))
    True

    A person's bare © in the host's footer row, over the platform's credits or legal links ("© 2023 NAME. Simple
    theme. Powered by Blogger."), is the blog's owner's mark on a post another person wrote (a guest's, a
    neighbour's: SPEC round 8, the host's mark).

    >>> owner = lic.Statement("copyright", "© 2023 Ola Berg.", lic.ALL_RIGHTS_RESERVED, holder="Ola Berg")
    >>> row = "© 2023 Ola Berg. Simple theme. Powered by Blogger."
    >>> _site_mark(owner, "Ines Roth", row), _site_mark(owner, "Ola Berg", row), _site_mark(owner, "Ines Roth")
    (True, False, False)
    """
    holder = statement.holder
    at = line.find(statement.text) if line is not None else -1
    hosted = (at >= 0 and author is not None and is_person_name(author)
              and _host_footer_row(line[at + len(statement.text):]))
    return (statement.kind == "copyright" and holder is not None
            and (not is_person_name(holder) or _without_article(holder.casefold()) in masthead or hosted)
            and (author is None or not _one_holder(holder, author))
            and not lic.SYNDICATE_HOLDER.search(holder) and not _reproduction_words(line or statement.text))


HOST_CREDIT = re.compile(rf"\b{lic.SITE_CREDIT}", re.I)


def _host_footer_row(rest: str) -> bool:
    """Whether what follows a copyright notice on its line is the host's footer row: the platform's or the theme's
    credit ("Simple theme. Powered by Blogger.", "· Theme by X") or the site's legal links ("· Privacy · Terms").

    >>> _host_footer_row(" Simple theme. Powered by Blogger."), _host_footer_row(" · Privacy · Terms")
    (True, True)
    >>> _host_footer_row(" Please ask before you reprint this post."), _host_footer_row("")
    (False, False)
    """
    return HOST_CREDIT.search(rest) is not None or lic.SITE_LINKS_TAIL.search(rest) is not None


# A site's title line at the top of its page: its name, then a bar, a double colon or a dash and its tagline ("Quiet
# Acre | Just another blog", "Quiet Acre :: Free Articles", "Quiet Acre - Home"). (A breadcrumb's "›" or a
# department's "·" opens with a section or a publisher, whose © may be the article's own.)
SITE_LINE_SEPARATOR = re.compile(r"\s+(?:\||::|[—–-])\s+")
# A breadcrumb on top opens with the site's name ("HARBOUR HOMES › Buyers › Surveys"): SPEC r24, a bare © naming
# the site, not the article's author, is its mark wherever it sits.
BREADCRUMB_SEPARATOR = re.compile(r"\s+[›»]\s+")
# A printed page's masthead row: the paper's name, then its date and page number ("THE VALE COURIER  Thursday,
# March 14, 2019  PAGE 11", the gaps of a print's columns often squeezed to one space): the name before the date
# names the paper (holdout26 lf01: the running foot's bare "(c) Vale Courier 2019" is the paper's mark, SPEC r24).
PRINT_ROW_SEPARATOR = re.compile(rf"\s+(?={DATE}\s+(?:page|p\.)\s*\d)", re.I)


def _masthead_names(chrome: list[str]) -> frozenset[str]:
    """The page's header lines case-folded, and the site's name its first line opens with before a separator: a
    blog's "Name | tagline" on top names the site, a © in that name is its mark.

    >>> sorted(_masthead_names(["Quiet Acre Tips | Just another weblog", "Home About"]))
    ['home about', 'quiet acre tips', 'quiet acre tips | just another weblog']
    >>> sorted(_masthead_names(["Home About", "Quiet Acre Tips | Just another weblog"]))
    ['home about', 'quiet acre tips | just another weblog']
    >>> sorted(_masthead_names(["QUIET ACRE › Garden › Soil"]))
    ['quiet acre', 'quiet acre › garden › soil']
    >>> "quiet acre post" in _masthead_names(["THE QUIET ACRE POST Monday, May 3, 2021 PAGE 4"])
    True
    """
    names = {line.casefold() for line in chrome}
    for separator in (SITE_LINE_SEPARATOR, BREADCRUMB_SEPARATOR, PRINT_ROW_SEPARATOR):
        parts = separator.split(chrome[0], maxsplit=1) if chrome else []
        if len(parts) == 2 and parts[0].strip():
            names.add(parts[0].strip().casefold())
    return frozenset(names | {_without_article(name) for name in names})


def _without_article(name: str) -> str:
    """A case-folded name without the article it opens with: a masthead's "The Harbour Courier" and its footer's
    "© Harbour Courier" name one site.

    >>> _without_article("the harbour courier"), _without_article("theo lind")
    ('harbour courier', 'theo lind')
    """
    return name[4:] if name.startswith("the ") else name


def _one_holder(holder: str, author: str) -> bool:
    """Whether a copyright's holder and the article's author name one party: the same name once the legal form goes
    ("Kestrel Ltd" and "Kestrel"). An author that is neither a person nor the holder (a member's handle on a Q&A
    site, "mika_7", under "© Answers Co., Ltd.") leaves the © the site's mark, as a person's byline does. (One
    name's words inside the other's, "Brightfold Heating" under "© Brightfold Heating Services", was tried: it cost
    the validation part a licence.)

    >>> _one_holder("Kestrel Ltd", "Kestrel"), _one_holder("Hoshizora Answers Co., Ltd.", "mika_7")
    (True, False)
    >>> _one_holder("The Weekend Fixer", "Rhiannon Pugh")
    False
    """
    return LEGAL_FORM.sub("", holder).casefold() == LEGAL_FORM.sub("", author).casefold()


def _names_the_author(holder: str, parsed: Parsed, below: str) -> bool:
    """Tell whether a copyright holder is the article's author: the byline's name, or the name a bio line opens with.

    >>> _names_the_author("Ann Lee", Parsed(body=[]), "Ann Lee grows roses in Kent.")
    True
    >>> _names_the_author("Herb Garden Weekly", Parsed(body=[]), "More in Herbs:")
    False
    """
    if parsed.byline is not None and parsed.byline.name and parsed.byline.name.casefold() == holder.casefold():
        return True
    return below.casefold().startswith(holder.casefold() + " ") and is_person_name(holder)


MAX_ABOUT_WORDS = 4  # "About the guest author", "À propos de moi": a box's heading, not a sentence
MAX_ABOUT_CHARS = 40


def _read_profile(lines: list[str], body_first: int, parsed: Parsed) -> None:
    """Read the writer an author box or a blog's profile names under the text ("About Hannelore Krüger", or "About
    Me" over "Ayşe Korkmaz") into ``parsed.profile``; ``profile_completes`` when the page credits that person by a
    first name or a handle only ("Posted by Ayşe at 9:14 PM", "by hannelore_k").
    """
    named = None
    for k in range(body_first, len(lines)):
        text = lines[k].strip()
        if not text or len(text) > MAX_LINE_FOR_ABOUT:
            continue
        if text[:6].lower() == "about " and (named := about_name(text)) is not None:
            break
        if len(text) <= MAX_ABOUT_CHARS and len(text.split()) <= MAX_ABOUT_WORDS and is_about_box(text):
            under = next((lines[j].strip() for j in range(k + 1, min(k + 3, len(lines))) if lines[j].strip()), "")
            if (named := name_line(under)) is not None and is_person_name(named.name):
                named = Byline(named.name)
                break
            named = None
    if named is None:
        return
    first = named.name.split()[0].casefold()
    partials = [p.casefold() for line in lines if (p := partial_credit(line))]
    parsed.profile = named
    parsed.profile_completes = any(p == first or first in p for p in partials)


CAPTION = re.compile(r"^\[(?:photo|photograph|image|picture|pictured|foto)s?\b[^\[\]]*\]$", re.I)
CAPTION_SENTENCE = re.compile(r"(?<=[.;])\s+")


def _caption_credit(line: str) -> Byline | None:
    """The writer a picture's caption over the text credits ("[Photo: beans on a cloth. Recipe and photographs:
    NAME]"), else ``None``: only a credit of the writing counts, never the pictures' alone ("Photo: NAME").

    >>> _caption_credit("[Photo: beans on a cloth. Recipe and photographs: Mai Lan]")
    Byline(name='Mai Lan', credentials=None)
    >>> _caption_credit("[Photo: Mai Lan]") is None, _caption_credit("Recipe and photographs: Mai Lan") is None
    (True, True)
    >>> _caption_credit("[Image: a chair. Caption: the chair, done. Words and photos by Mai Lan. Photo CC BY]")
    Byline(name='Mai Lan', credentials=None)
    """
    text = line.strip()
    if not CAPTION.match(text):
        return None
    return next((named for part in CAPTION_SENTENCE.split(text[1:-1].strip())
                 if (named := credit_line(part) or (parse_byline(part.rstrip(".")) if is_byline(part) else None))),
                None)  # "Recipe and photographs: NAME"; "Words and photos by NAME." (a sentence of its own)


CAPTION_REACH = 3  # the picture stands at the top of the text: under the title, a button row or a dek
CAPTION_LINES = 4  # a caption block's lines: the picture's description, its caption, its credits, its licence


def _opening_caption_credit(lines: list[str], nonblank: list[int], body_first: int) -> Byline | None:
    """The writer a caption among the text's first lines credits (``_caption_credit``), else ``None``; a caption
    bracketed over a few lines ("[Image: ..." / "Caption: ..." / "... CC BY 4.0]") is read as one.

    >>> _opening_caption_credit(["[Image: a chair.", "Words by Mai Lan.", "Photo: Bo Ng]", "Text."], [0, 1, 2, 3], 0)
    Byline(name='Mai Lan', credentials=None)
    """
    opening = [i for i in nonblank if i >= body_first][:CAPTION_REACH]
    for i in opening:
        if lines[i].lstrip()[:1] != "[":
            continue
        block = [lines[i].strip()]
        for k in range(i + 1, min(len(lines), i + CAPTION_LINES)):
            if block[-1].endswith("]") or not lines[k].strip():
                break
            block.append(lines[k].strip())
        if (named := _caption_credit(" ".join(block))) is not None:
            return named
    return None


OPENING_BYLINE_REACH = 12  # lines at the text's top: a masthead's tagline, its menu, a section, the title, a dek
OPENING_PARAGRAPH_WORDS = 25  # the article's first paragraph: a byline under it is a quotation's or a box's
OPENING_SENTENCES = 2  # prose lines over the byline: the site's tagline, a scan's note, the dek
OPENING_BYLINE_WORDS = 10  # "by NAME, OUTLET": the credit and the outlet; a longer line is a sentence


def _opening_byline(lines: list[str], nonblank: list[int], body_first: int) -> Byline | None:
    """The person a byline line names among the text's first lines, above its first long paragraph, where the
    header read none: a site's tagline sentence under its name ended the header early ("Local news for the valley.
    Free to read."), leaving its menu, the title and the byline in the text. ``None`` elsewhere.

    >>> page = ["Local news for the valley. Free to read.", "News | Money", "Fix a drip", "by Ana Reis, Valley Post",
    ...         "A drip wastes " + "water " * 30]
    >>> _opening_byline(page, list(range(5)), 0)
    Byline(name='Ana Reis', credentials='Valley Post')
    >>> _opening_byline(page[:3] + page[4:] + page[3:4], list(range(5)), 0) is None
    True
    >>> _opening_byline(page[:3] + ["By", "Ana Reis", "|"] + page[4:], list(range(7)), 0)
    Byline(name='Ana Reis', credentials=None)
    """
    sentences = 0
    opening = [i for i in nonblank if i >= body_first]
    for n, i in enumerate(opening[:OPENING_BYLINE_REACH]):
        text = lines[i].strip()
        if len(text.split(None, OPENING_PARAGRAPH_WORDS)) > OPENING_PARAGRAPH_WORDS:
            return None
        if LONE_BY.fullmatch(text) and n + 1 < len(opening) and is_person_name(lines[opening[n + 1]].strip()):
            text = f"By {lines[opening[n + 1]].strip()}"  # "By" / NAME / "|" / "Updated": a byline scraped one
            # piece a line (seen once, holdout28's news page: the lone by-word, the full name on the next line)
        sentences += is_prose(text)
        if sentences > OPENING_SENTENCES:
            return None  # the text's own short paragraphs, not a tagline and a dek: a credit under them is a closing's
        if len(text.split()) <= OPENING_BYLINE_WORDS and is_byline(text) and (named := parse_byline(text)) and (
                is_full_name(named.name)) and not _record_card_row(_paragraph_at(lines, i), text):
            # (a credit with no text under it closes the piece: a trailer's credit line, read there)
            under = opening[n + 1:n + 1 + OPENING_BYLINE_REACH]
            return named if any(len(lines[j].split()) >= PROSE_MIN_WORDS for j in under) else None
    return None


FOLLOW_BUTTON = re.compile(r"^[•·]?\s*follow\s*$", re.I)  # a social platform's button under its member's name


def _follow_card(lines: list[str], nonblank: list[int], body_first: int) -> Byline | None:
    """The member a social post's profile card names at the top of its lines from ``body_first`` (the handle, the
    display name, a "Follow" button under it), where the header read no byline: the post's maker (SPEC: the display
    name without its emoji, over the handle). ``None`` where no such card stands above the first long paragraph.

    >>> page = ["Log in", "ann.saves", "Ann Lee 💸", "Follow", "1/6", "SHOP THE MARKDOWN SHELF FIRST", "Plan " * 30]
    >>> _follow_card(page, list(range(7)), 0)
    Byline(name='Ann Lee', credentials=None)
    >>> _follow_card(["Ann Lee", "Plan " * 30, "Follow"], [0, 1, 2], 0) is None  # under the text: a footer's
    True
    """
    opening = [i for i in nonblank if i >= body_first][:OPENING_BYLINE_REACH]
    for n, i in enumerate(opening[1:], start=1):
        if len(lines[opening[n - 1]].split(None, OPENING_PARAGRAPH_WORDS)) > OPENING_PARAGRAPH_WORDS:
            return None
        if FOLLOW_BUTTON.match(lines[i].strip()) and (named := name_line(
                PICTOGRAPHS.sub("", lines[opening[n - 1]]).strip())) is not None and is_person_name(named.name):
            return Byline(named.name)
    return None


MAX_LINE_FOR_ABOUT = 300  # an "About NAME: bio ..." line may carry the bio; a longer line is a paragraph


SELF_INTRO_LINES = 3  # the opening lines of text a maker introduces themselves in (under a channel's name, counts)
SELF_INTRO_WORDS = 8  # a line of text; shorter lines over it are the page's chrome ("212K subscribers", "Subscribe")


def _opening_text_lines(body: list[str]) -> list[str]:
    """The first SELF_INTRO_LINES lines of ``body`` with SELF_INTRO_WORDS words or more, each line's words counted
    only up to that many and no line read after the last one taken (issue 19: every body line was split whole).

    >>> _opening_text_lines(["212K subscribers", "Hi, I am Ana and I fix bikes here in town.", "ok"])
    ['Hi, I am Ana and I fix bikes here in town.']
    """
    return list(itertools.islice((line for line in body if len(line.split(None, SELF_INTRO_WORDS - 1))
                                  >= SELF_INTRO_WORDS), SELF_INTRO_LINES))


def parse_article(lines: list[str], config: SegmentConfig, known_title: str | None = None,
                  title: bool = True, issue: bool = False, opened: bool = False) -> Parsed:
    """:func:`_parse_article`, where the title it read is no masthead: a header line that is the name the page's ©
    line gives its holder ("Brew Bench" over the menu, "© Brew Bench 2025" in the footer) is the site's or the
    publisher's name, never the headline, so the lines are read again without it, and where they show no other
    headline the article has none (round 27's survey: the masthead
    taken as the title on holdout11's press release and holdout17's review page, each named so by its © line; a
    piece titled by its publisher's name is named so by its markup, which this never second-guesses).

    >>> page = ["Crema Corner", "Reviews Guides Deals 2031", "", "REVIEW", "", "A grinder that stays quiet", "",
    ...         "The grinder is quiet and even, and it costs less than most.", "", "© Crema Corner 2031"]
    >>> parse_article(page, SegmentConfig()).title
    'A grinder that stays quiet'
    """
    parsed = _parse_article(lines, config, known_title, title, issue, opened)
    if not title or known_title or parsed.title is None or (masthead := _holder_masthead(lines, parsed.title)) is None:
        return parsed
    again = _parse_article(lines[:masthead] + [""] + lines[masthead + 1:], config, None, title, issue, opened)
    if again.title is None or _is_label(again.title) or _line_key(again.title) == _line_key(parsed.title):
        parsed.title = None  # no headline under it either (or only a label: "FOR IMMEDIATE RELEASE"): none read
        return parsed
    again.chrome.insert(0, lines[masthead].strip())  # (recorded, as the header's other lines are)
    return again


COPYRIGHT_CUE = re.compile(r"©|\(c\)|copyright", re.I)
MASTHEAD_REACH = 12  # the masthead stands in the page's first lines


def _holder_masthead(lines: list[str], title: str) -> int | None:
    """The line among the page's first that reads ``title`` where the page's © line names it as the holder; else
    ``None``.

    >>> _holder_masthead(["Crema Corner", "Home | Reviews", "Text.", "© 2031 Crema Corner"], "Crema Corner")
    0
    >>> _holder_masthead(["Crema Corner", "Text.", "© 2031 Ann Lee"], "Crema Corner") is None
    True
    """
    key = _line_key(title)
    at = next((k for k, line in enumerate(lines[:MASTHEAD_REACH]) if _line_key(line) == key), None)
    if at is None or not any(_line_key(s.holder or "") == key for line in lines if COPYRIGHT_CUE.search(line)
                             for s in lic.find_statements(line) if s.kind == "copyright"):
        return None
    return at


def _parse_article(lines: list[str], config: SegmentConfig, known_title: str | None = None,
                   title: bool = True, issue: bool = False, opened: bool = False) -> Parsed:
    """Read one article from its lines: header, body, bio box, licence lines, sign-off, teasers. ``opened``: the
    lines are a later piece of a page split into pieces, so they start at the line the split took for its title.

    >>> p = parse_article(["Author: JoAnna Brandi", "Be present at work every day, it shows.", "Smile.", "JoAnna",
    ...                    "Copyright 2008 by JoAnna Brandi. Used with permission."], SegmentConfig())
    >>> p.byline.name, p.body, p.signoff, [s.kind for s in p.statements]
    ('JoAnna Brandi', ['Be present at work every day, it shows.', 'Smile.'], 'JoAnna', ['permission', 'copyright'])
    """
    lines = [part for line in lines for part in split_inline_bio(unframed(line))]
    page = list(lines)  # as the page has it, before the header's and footer's lines are taken into fields
    front, fields = _front_matter(lines)
    front_lines = [lines[i].strip() for i in front]
    for i in front:  # a Markdown export's YAML front matter: the page's metadata, never its text
        lines[i] = ""
    if title and fields.get("title") and not known_title:
        known_title = fields["title"]
    nonblank = [i for i, line in enumerate(lines) if line.strip()]
    parsed = Parsed(body=[])
    header_end, taken, chrome = _read_header(lines, nonblank, parsed, config, known_title, title, issue, opened)
    if title and not known_title and parsed.title is None and (reblog := _reblogged_title(lines, nonblank)):
        at, parsed.title = reblog  # a reblog's copy: the original post's title under its poster's handle; the
        taken.add(at)  # reblogging blog's header, description and menu above it are that blog's
        chrome.update(i for i in nonblank if i < at and i not in taken)
        header_end = max(header_end, at + 1)
    if known_title and parsed.title is None and fields.get("title") == known_title and title:
        parsed.title = clean_title(known_title)  # named only in the front matter
    if parsed.byline is None and fields.get("author") and (named := split_name(fields["author"])):
        parsed.byline, parsed.unmarked = named, True
    if (post := _first_post(lines, nonblank)) is not None:  # a forum thread: its title, the first poster
        _read_thread(lines, nonblank, post, parsed, title, chrome)
    if title and (shared := _shared_post_title(lines)) is not None:
        parsed.title = shared  # a link-sharing community's post: its title over "submitted ... by NAME" (over a
        # flair line above it, "Question", that the header scan may have read as the title)
    if title and not known_title and (caption := _caption_title(lines, nonblank)) is not None:
        parsed.title = caption  # a carousel saved as text: its caption's set-apart line, not a cover card or the
        # platform's name over the post (SPEC, round 25)
    if title and not known_title and (subject_at := _subject_under_crumb(lines, nonblank)) is not None and (
            parsed.title is None or parsed.title == clean_title(lines[subject_at])):
        parsed.title = _thread_subject(lines[subject_at])  # a thread's subject between its board's breadcrumb
        chrome.add(subject_at)  # and its first post's stamp, where the header scan read none (or read it with the
        # board's flag or label before it)
    if title and (subject := _reply_subject_title(lines)) is not None and (
            parsed.title is None or THREAD_FLAG.sub("", parsed.title, count=1) != subject):
        parsed.title = subject  # the subject its replies repeat names the thread, over a board's or site's name
    parsed.chrome = front_lines + [lines[i].strip() for i in sorted(chrome)]  # counted, kept with keep_removed
    parsed.bio_parts += [line for line in parsed.chrome[:1] if _bio_note(line)]  # a column's note on its writer
    if parsed.byline is None and (greeted := _greeting_writer(parsed.chrome)) is not None:
        parsed.profile, parsed.profile_completes = greeted, True  # the blog's greeting box, signed in full
    for i in taken | chrome:
        lines[i] = ""
    nonblank = [i for i in nonblank if i not in taken and i not in chrome]
    body_first = next((i for i in nonblank if i >= header_end), len(lines))
    footer = _read_blog_footer(lines, nonblank, body_first, parsed)
    lines[footer:] = [""] * (len(lines) - footer)  # read into the fields already
    nonblank = [i for i in nonblank if i < footer]
    boxed = len(parsed.bio_parts)
    body_first = _read_leading_box(lines, nonblank, body_first, parsed)
    box = parsed.bio_parts[boxed:]
    end = _read_bio_box(lines, nonblank, body_first, parsed)
    end = _read_trailer(lines, nonblank, body_first, end, parsed, config)
    if box:  # the writer's box above the text opens the bio, before what the trailer read (a footer's line)
        parsed.bio_parts = parsed.bio_parts[:boxed] + box + [p for p in parsed.bio_parts[boxed:] if p not in box]
    if not parsed.statements:  # page chrome below the notice, or a dedication under the title (issue 16)
        _read_loose_statements(lines, nonblank, body_first, end, parsed)
    elif all(s.kind == "copyright" for s in parsed.statements):  # the site's "(c) 2014 Site" under the comments:
        _read_loose_statements(lines, nonblank, body_first, end, parsed, stated=True)  # a notice above still counts
    elif all(lic.site_default(s) or s.kind == "copyright" for s in parsed.statements):  # the site's default licence
        _read_loose_statements(lines, nonblank, body_first, end, parsed, reserving=True)  # below the comments: the
        # article's own reservation above them still counts (it outranks that default)
    parsed.statements += _header_permissions(page, chrome)
    parsed.bio = make_bio("\n".join(parsed.bio_parts))
    if parsed.byline is None and (credited := _opening_caption_credit(lines, nonblank, body_first)):
        parsed.byline, parsed.unmarked = credited, True  # "[Photo: ... Recipe and photographs: NAME]"
    if parsed.byline is None and parsed.signed is None and not parsed.bio_parts and (
            opening := _opening_byline(lines, nonblank, body_first)) is not None:
        parsed.byline = opening  # the byline left in the text's first lines when a tagline ended the header early
    if parsed.byline is None and parsed.signed is None and (
            card := _follow_card(page, [i for i, line in enumerate(page) if line.strip()], 0)):
        parsed.byline, parsed.unmarked = card, True  # a social post's profile card over its slides (in the text or
        # taken into the header: the page's top)
    if parsed.byline is None and (pen := _pen_name_credit(page)) is not None:
        parsed.byline = pen  # "by The Thrifty Wren" where the page says it is her pen name: the pen name (SPEC)
    if parsed.byline is None and parsed.signed is None and (written := document_credit(page)) is not None:
        parsed.byline = written  # a leaflet's control block: "Written by: NAME" beside "Reviewed by: NAME"
    if parsed.byline is None and parsed.signed is None and (hosted := _show_host(page)) is not None:
        parsed.byline = hosted  # a show's page or transcript: "Presented by NAME, with guest NAME" over the text
    parsed.reviewed = any(REVIEW_CREDIT.match(line.strip(BOX_EDGES)) for line in page if "by" in line or ":" in line)
    if parsed.byline is None:
        _read_profile(page, body_first, parsed)
        parsed.issuer = release_issuer(page) or content_source(page)  # (a public body's page: its office's line)
    if (voted := most_voted(page)) is not None:
        parsed.byline = Byline(voted.name)  # a thread whose readers vote on its comments: the most-voted comment is
        # its top reply (SPEC), not the submitter's question
    if (thanked := most_thanked(page)) is not None:
        parsed.byline = Byline(thanked.name)  # a thread whose members thank posts: the most-thanked reply is its
        # top reply, and SPEC reads a thread for it (not for the starter's question, nor a first reply saying nothing)
    if parsed.byline is not None and parsed.byline == parsed.first_poster and (
            chosen := _accepted_answer(page)) is not None:
        parsed.byline = _accepted_signature(page, chosen) or chosen  # a thread's mark of acceptance outranks its
        # first post's card: SPEC reads a thread for the reply its asker (or the board) chose, not for the question
    if parsed.byline is not None and _asker_credited(page, parsed.byline) and (
            chosen := _accepted_answer(page)) is not None:
        parsed.byline = chosen  # "Asked by NAME" credits the question; SPEC reads a thread for its chosen answer
    if parsed.first_poster is not None and parsed.byline == parsed.first_poster and voted is None and (
            thanked is None) and (pointed := _pointed_reply(page)) is not None:
        parsed.byline = pointed  # a thread nobody voted on or chose: its top reply is the one holding the points
        # the tips stage reads (SPEC reads a thread for its top reply, not for the question)
    elif parsed.first_poster is not None and parsed.byline == parsed.first_poster and voted is None and (
            thanked is None) and (longest := _longest_reply(page)) is not None:
        parsed.byline = longest  # a board printing each post's head ("by HANDLE » DATE") over its text and the
        # member's card under it: the reply holding most of the thread's words is its advice, by the name its
        # writer signs with under the signature rule, else the handle
    if parsed.byline is None and parsed.signed is None and (
            answered := _accepted_answer(page) or answer_card(page)
    ) is not None:
        parsed.signed = answered  # the answer a Q&A page or thread marks accepted or best (its card: the name over
        # its time stamp; or the post head by the mark), else the first answer card ("answered DATE" over the name)
    body = lines[header_end:end]
    paragraphs = [(k, line) for k, line in enumerate(body) if line.strip()]
    teasers = find_teasers([line for _, line in paragraphs], config)
    parsed.teasers = [paragraphs[t][1] for t in teasers]
    drop = {paragraphs[t][0] for t in teasers}
    parsed.body = [ROW_GAP.sub(" ", line) if "  " in line or "\t" in line else line  # a row repair left spaced
                   for line in tidy_blank_lines(line for k, line in enumerate(body) if k not in drop).split("\n")]
    opening = " ".join(itertools.takewhile(str.strip, itertools.dropwhile(lambda x: not x.strip(), parsed.body)))
    if parsed.byline is None and parsed.title and (carded := _card_credit(parsed.body, parsed.title)) is not None:
        parsed.byline = carded  # a recipe card under the story: its title again, then "Recipe by NAME"
    if parsed.byline is None and parsed.signed is None and not parsed.bio_parts and (
            closing := _closing_written_by(parsed.body)) is not None:
        parsed.byline = closing  # "written by NAME (handle). repost it whole ...": above a reblog's added comment
    # a host's note opening the text that tells of the leave the piece is carried by ("A note from NAME: ... she
    # kindly said yes when I asked if we could share it here"): the piece's credit line, as it would be above the title
    if opening and not any(s.kind == "permission" for s in parsed.statements):
        parsed.statements += [s for s in lic.find_statements(opening) if s.kind == "permission"]
    # "reproduced with the permission of its author, NAME": the note that borrows the piece names its writer
    permissions = " ".join(s.text for s in parsed.statements if s.kind == "permission")
    parsed.introduced = intro_credit(" ".join(parsed.chrome)) or intro_credit(opening) or intro_credit(permissions)
    if parsed.introduced is None:  # "Hi, I'm NAME and ...": the maker, in the opening lines (under a channel's
        parsed.introduced = next((named for line in _opening_text_lines(parsed.body)
                                  if (named := self_introduced(line))), None)  # name and counts), weaker than
        # any credit
    # (the host's note may stand under a dek: "A guest essay, and ..." / "This week's letter is a guest essay by NAME")
    opening_lines = " ".join([line for line in parsed.body if line.strip()][:GUEST_NOTE_REACH])
    parsed.guest = guest_credit(" ".join(parsed.chrome)) or guest_credit(opening_lines) or written_by_note(
        f"{opening_lines} {permissions}")  # "Nota da redação: este texto foi escrito por NAME ... Reproduzido com
    # autorização da autora": the host's note abroad, in the text or read as the permission it also gives
    if parsed.guest is None and parsed.introduced is not None and any(
            EDITOR_NOTE.match(line.strip()) for line in [opening, *parsed.chrome]):
        parsed.guest = parsed.introduced  # "Editor's note: we hand the blog over to NAME": the editor says who
        # wrote the piece, over the account that posted it (every markup byline may name the poster)
    elif parsed.guest is None and parsed.introduced is not None and (
            handed := piece_from(" ".join([*parsed.chrome, opening]))) is not None:
        parsed.guest = handed  # "NAME here: today's post is by NAME, who ...": the host's opening note says whose
        # the piece is, over her own "Posted by" (SPEC: a guest post is by the writer the text credits)
    if parsed.guest is None and (noted := host_note_guest(opening, _closing_text(parsed), parsed.byline and (
            parsed.byline.name))) is not None:
        parsed.guest = noted  # "A note from HOST: ... NAME runs the seed library ... Over to her. - HOST": the host's
        # note in her own voice hands the page to its writer, named in full there or in the piece's closing bio
    if parsed.guest is None and parsed.credited is not None and _credit_over_byline(parsed, opening):
        parsed.guest = parsed.credited  # the closing credit names the piece's writer, the byline its host
    if parsed.guest is None and (ghost := ghostwriter("\n".join([*parsed.body, *parsed.bio_parts, *parsed.footer]))):
        parsed.guest = ghost  # a credited ghostwriter wrote it, not the expert the byline names (SPEC)
    if parsed.guest is None and (own := self_credit("\n".join(parsed.body))) is not None:
        parsed.guest = own  # "P.S. ... this one was written by me, his neighbour NAME": the writer says so herself,
        # over the blog's owner who posted it (its "Posted by", its profile, its ©)
    if parsed.guest is not None and parsed.byline is not None:
        parsed.statements = [s for s in parsed.statements if not _host_mark(s, parsed.byline, parsed.guest)]
    if (cut := _release_end(parsed.body)) is not None:
        parsed.footer += [line.strip() for line in parsed.body[cut:] if line.strip()]
        parsed.body = parsed.body[:cut]
    if parsed.title and _is_label(parsed.title) and parsed.byline is not None and (
            headline := _headline_under_column(parsed.body)) is not None and not _running_named(
            parsed.title, running_heads(page)):  # (a leaflet's cover line in capitals that its running head names
        # again is its headline, no column's name)
        # a column's capitals name over its writer's byline ("THE COUNSELLOR" / "le NAME", where the language's row
        # reads "le" as "by"), the headline standing alone under them: the column's name is the page's
        parsed.chrome.insert(0, parsed.title)
        parsed.title, parsed.body = headline
    if parsed.title and _is_label(parsed.title) and (asked := _reader_question(parsed.body)) is not None:
        # a department's label ("FROM THE MAILBAG", "YOU ASKED") over a reader's quoted question and its credit
        # line: the item is titled by its question; the label and the reader's credit are the page's, not text
        parsed.chrome.insert(0, parsed.title)
        parsed.title, parsed.body = asked
    return parsed


# "HANDLE reblogged HANDLE" (a blogging platform's reblog head, in any language: the platform's own coined verb,
# "reblogged", "a reblogué", "rebloggeó"): the second handle is the original poster's
# (the verb's runs bounded: "\w*reblog\w*" tried every "reblog" of a long word from each of its letters: 'a ' +
# 'reblog' * 8000 took 2-7 s)
REBLOG_LINE = re.compile(r"^[\w.-]+\s+(?:\S+\s+)?\w{0,12}reblog\w{0,12}\s+(?P<source>[\w.-]+)$", re.I)
REBLOG_REACH = 12  # the reblog head stands in the page's first lines, under the blog's own header
HANDLE_REACH = 3  # the original poster's handle within a few lines under it ("Follow" between)


MIN_SLIDES = 3
POSTER_HANDLE = regex.compile(r"^@?(?=[\w.]*[._\d])[\w.]{3,30}\s+(?=\S)")  # "ann.saves ": a handle opens a caption


def _caption_title(lines: list[str], nonblank: list[int]) -> str | None:
    """The title of a carousel saved as text: its slides counted on lines of their own ("1/8" ... "8/8", counted up
    from one), then under the last slide the caption, whose first line (after the poster's handle) is set between
    emoji: those words, without the emoji. ``None`` for any other page (SPEC, round 25: a carousel is titled by its
    caption's set-apart line, not its cover card).

    >>> text = ["Site", "1/3", "COVER?", "2/3", "TIP ONE", "3/3", "SAVE THIS", "", "ann.saves 🌱 3 seed tricks 🌱",
    ...         "", "Caption chat."]
    >>> _caption_title(text, [i for i, line in enumerate(text) if line])
    '3 seed tricks'
    >>> _caption_title(text[:5] + text[7:], [0, 1, 2, 3, 4, 6, 8]) is None  # two slides: no carousel
    True
    """
    slides = [(i, m) for i in nonblank if (m := SLIDE_COUNTER.match(lines[i])) is not None]
    if len(slides) < MIN_SLIDES or [int(m["k"]) for _, m in slides] != list(range(1, len(slides) + 1)) or len(
            {m["m"] for _, m in slides}) != 1:
        return None
    last = slides[-1][0]
    for i in nonblank:
        text = POSTER_HANDLE.sub("", lines[i].strip(), count=1)
        opening, closing = EMOJI_FRAME.match(text), EMOJI_FRAME.search(text, 1)
        if (i > last and opening is not None and opening.start() == 0 and closing is not None
                and closing.end() == len(text) and closing.start() > opening.end()):  # (a count may open the
            words = text[opening.end():closing.start()].strip()  # words: "6 fixes that ...", unlike a title's)
            return clean_title(words) if len(words.split()) <= MAX_TITLE_WORDS and not _ends_sentence(words) else None
    return None


def _reblogged_title(lines: list[str], nonblank: list[int]) -> tuple[int, str] | None:
    """Where a reblog's copy carries an original post with a title: the line under the original poster's handle
    (the handle the "X reblogged Y" line names), alone in its block, of a title's length and no sentence (its case
    as written: a post may be titled all in small letters), over the post's text; its index and text, else ``None``.

    >>> page = ["my-blog", "", "my-blog reblogged bread-owl", "Follow", "", "bread-owl", "",
    ...         "proving dough in a cold kitchen", "", "ok so my flat is freezing and this is what i do now."]
    >>> _reblogged_title(page, [i for i, line in enumerate(page) if line])
    (7, 'proving dough in a cold kitchen')
    >>> page[7] = "ok so my flat is freezing and the dough never rises. this is what i do now."
    >>> _reblogged_title(page, [i for i, line in enumerate(page) if line]) is None
    True
    """
    head = nonblank[:REBLOG_REACH]
    k = next((k for k, i in enumerate(head) if REBLOG_LINE.match(lines[i].strip())), None)
    if k is None:
        return None
    source = REBLOG_LINE.match(lines[head[k]].strip())["source"].casefold()
    after = nonblank[k + 1:k + 1 + HANDLE_REACH]
    handle = next((n for n, i in enumerate(after) if lines[i].strip().casefold() == source), None)
    if handle is None or k + handle + 3 >= len(nonblank):
        return None
    at = nonblank[k + handle + 2]
    text = lines[at].strip()
    if (lines[at + 1].strip() or _is_text(text) or is_prose(text) or len(text.split()) > MAX_TITLE_WORDS
            or text[-1] in ".;,"):
        return None
    return at, _unquoted(clean_title(text))


MIN_COLUMN_HEADLINE_WORDS = 5  # a headline says something; a subheading opening the text ("Start early") is shorter


def _headline_under_column(body: list[str]) -> tuple[str, list[str]] | None:
    """The headline a column's body opens with, alone in its block, and the body after it; or ``None``.

    >>> _headline_under_column(["Why my bees went quiet this winter", "", "Dear Ann, ..."])[0]
    'Why my bees went quiet this winter'
    >>> _headline_under_column(["Start early", "", "Sow in March."]), _headline_under_column(["I tried it. It works."])
    (None, None)
    """
    rows = [i for i, line in enumerate(body) if line.strip()]
    if len(rows) < 2 or rows[1] == rows[0] + 1:
        return None  # alone in its block: a blank line under it
    line = body[rows[0]].strip()
    if (len(line.split()) < MIN_COLUMN_HEADLINE_WORDS or line[-1] in ".:;," or _is_label(line)
            or not may_be_title(line)):
        return None
    return line, body[rows[0] + 1:]


# A document's control block (a patient leaflet's, a guidance note's, a fact sheet's): who wrote it beside who
# reviewed, approved or checked it, one role a line ("Written by: NAME, ROLE" / "Reviewed by: NAME" / "Approved by:
# GROUP"), in a few languages. The reviewer's or the approver's line is what marks the block as the document's own.
REVIEW_CREDIT = re.compile(
    r"^(?:(?:medically|clinically|peer|expert|content)[\s-]+)?(?:reviewed|approved|checked|verified|signed\s+off"
    r"|ratified|endorsed)\s+by(?:\s*:)?\s+\S"  # (one blank run each side of the colon: linear on a line of blanks)
    r"|^(?:reviewer|approver|clinical\s+reviewer|approved)\s*:\s*\S"
    r"|^(?:geprüft|freigegeben|überprüft)\s+(?:von|durch)\b|^(?:revisado|aprobado|validado)\s+por\b"
    r"|^(?:relu|validé|approuvé|vérifié)e?\s+par\b|^(?:rivisto|approvato|verificato)\s+da\b"
    r"|^(?:beoordeeld|goedgekeurd|gecontroleerd)\s+door\b|^(?:granskad|godkänd|granska)\s+av\b"
    r"|^(?:gennemgået|godkendt)\s+af\b|^(?:sprawdzone\s+przez|zatwierdzone\s+przez|zatwierdził[ao]?\s*:)",
    re.I)
# ... and the writer's own line in it: "Written by", "Prepared by", "Compiled by", "Author(s):"
WRITER_CREDIT = re.compile(r"^(?:written|authored|prepared|compiled)\s+by\b|^(?:authors?|writers?)\s*:", re.I)
BOX_EDGES = " \t|│┃+*#>"  # a text box's frame around a credit line ("| Medically reviewed by NAME |")
CONTROL_REACH = 3  # the writer's line within three lines of the reviewer's or the approver's


def _accepted_answer(page: list[str]) -> Byline | None:
    """The writer of the answer a thread or a Q&A page marks accepted or best: its card under the mark, the post
    head by it, or the post card over it (``accepted_card``, ``accepted_reply``, ``accepted_post``), else ``None``.
    Each of the three answers ``None`` on a page with no mark of acceptance: the page's lines are asked for one once
    (a cheap gate) rather than by each reader in turn.

    >>> _accepted_answer(["Any fix?", "✓ Accepted", "Ines Dorado", "12 March 2024", "Use less."])
    Byline(name='Ines Dorado', credentials=None)
    >>> _accepted_answer(["Any fix?", "Ines Dorado", "12 March 2024", "The accepted answer covers it."]) is None
    True
    """
    if not any(is_accepted_mark(text) for line in page if (text := line.strip())):
        return None
    return accepted_card(page) or accepted_reply(page) or accepted_post(page) or accepted_answer_card(page)


def _pen_name_credit(page: list[str]) -> Byline | None:
    """The pen name a byline of the page credits where the page itself calls it a pen name
    (:func:`pen_name_byline`), else ``None``; only a page that says "pen name" is read line by line.

    >>> _pen_name_credit(["Jars", "By Aunt Juniper", "Text.", "Aunt Juniper is the pen name of Bo Ng."])
    Byline(name='Aunt Juniper', credentials=None)
    >>> _pen_name_credit(["Jars", "By Aunt Juniper", "Text."]) is None
    True
    """
    text = "\n".join(page)
    if PEN_NAME_GATE.search(text) is None:
        return None
    return next((pen for line in page if (pen := pen_name_byline(line.strip(), text)) is not None), None)


def _accepted_signature(page: list[str], chosen: Byline) -> Byline | None:
    """The name the chosen reply is signed with under its text (:func:`_post_signature`: a dash line, a name under
    the signature rule), where its card gives a handle: the card nearest above the thread's mark of acceptance
    names ``chosen``. SPEC: a forum post's signed name outranks its handle. ``None`` when the reply is unsigned.

    >>> page = ["wren_k", "Posts: 3", "Which saw?", "oakhollow", "Posts: 88", "✔ Marked as solution", "Buy a pull saw.",
    ...         "--", "Tamsin Orr-Vale", "Joiner, Hull", "wren_k", "Posts: 4", "Thanks!"]
    >>> _accepted_signature(page, Byline("oakhollow"))
    Byline(name='Tamsin Orr-Vale', credentials=None)
    >>> _accepted_signature(page[:7] + page[10:], Byline("oakhollow")) is None
    True
    """
    mark = next((k for k, line in enumerate(page) if is_accepted_mark(line.strip())), None)
    if mark is None or not HANDLE.fullmatch(chosen.name):
        return None  # (a card showing a person's name already is the name the reply is signed with)
    card = next((k for k in range(mark, -1, -1) if page[k].strip() == chosen.name), None)
    return None if card is None else _post_signature(page, [k for k, line in enumerate(page) if line.strip()], card)


SHOW_HOST_REACH = 30  # lines: the host's credit stands with the show's title and its broadcast date


def _show_host(page: list[str]) -> Byline | None:
    """The host a show's page credits in its header ("Presented by NAME, with guest NAME, JOB"), else ``None``.

    >>> _show_host(["THE GARDEN HOUR", "Slugs in May", "Presented by Ffion Rhys, with guest Bo Ng", "Text."])
    Byline(name='Ffion Rhys', credentials=None)
    >>> _show_host(["Slugs in May", "Text."] + ["More text."] * 40 + ["Presented by Ffion Rhys"]) is None
    True
    """
    head = [text for line in page if (text := line.strip())][:SHOW_HOST_REACH]
    return next((hosted for text in head if text[:4].lower() in ("pres", "host") and (hosted := host_line(text))),
                None)


# a review credit starting inside a writer's credit line, as a PDF's text joins the control block's two lines into
# one ("Prepared by NAME, role Reviewed by Dr NAME, Office"): a capital opens the second credit
INNER_REVIEW = re.compile(r"\s+(?=(?:(?:Medically|Clinically|Peer|Expert)[\s-]+(?i:reviewed)|Reviewed|Approved|Checked)"
                          r"\s+by\s)")


def _credit_pieces(line: str) -> list[str]:
    """A writer's credit line cut where a review credit joined to it begins; any other line whole.

    >>> _credit_pieces("Prepared by Ann Lee, Adviser Reviewed by Dr Bo Lind, Health Office")
    ['Prepared by Ann Lee, Adviser', 'Reviewed by Dr Bo Lind, Health Office']
    >>> _credit_pieces("Our steps were reviewed by Dr Bo Lind."), _credit_pieces("Written by Ann Lee")
    (['Our steps were reviewed by Dr Bo Lind.'], ['Written by Ann Lee'])
    """
    return INNER_REVIEW.split(line, maxsplit=1) if WRITER_CREDIT.match(line) else [line]


def document_credit(page: list[str]) -> Byline | None:
    """The writer a document's control block names ("Written by: NAME" within a few lines of "Reviewed by: NAME"
    or "Approved by: ..."), else ``None``. A reviewer or an approver is never the writer (SPEC).

    >>> document_credit(["Text.", "Written by: Ann Lee, Ward Sister", "Reviewed by: Dr Bo Lind", "Version 2"]).name
    'Ann Lee'
    >>> document_credit(["Text.", "Reviewed by: Dr Bo Lind"]), document_credit(["Written by Ann Lee", "Text."])
    (None, None)
    """
    lines = [piece for line in page if line.strip() for piece in _credit_pieces(line.strip())]
    reviews = [k for k, text in enumerate(lines) if REVIEW_CREDIT.match(text)]
    for k in reviews:
        for n in range(max(0, k - CONTROL_REACH), min(len(lines), k + CONTROL_REACH + 1)):
            text = lines[n]
            if n in reviews:
                continue
            label = WRITER_CREDIT.match(text)
            named = (parse_byline(f"By {text[label.end():].lstrip(' :')}") if label else None) or writing_credit(
                text) or written_abroad(text)
            if named is not None and all(is_person_name(name) for name in named.name.split(" and ")):
                return named  # (co-authors are one string, "A and B")
    return None


# a reader's credit under a quoted question: a dash, a first name or two, perhaps a town ("- Gwen, Swansea")
READER_CREDIT = re.compile(r"^[-–—―~]\s*[^\W\d_][\w.'’-]*(?:\s+[^\W\d_][\w.'’-]*){0,2}"
                           r"(?:,\s*[^\W\d_][\w.'’-]*(?:\s+[^\W\d_][\w.'’-]*){0,2})?\s*$")
QUOTED_QUESTION = re.compile(r"^[\"“„«‘']\s*(?P<q>[^\"“”„«»]{3,300}?\?)\s*[\"”“»’']$")


def _reader_question(body: list[str]) -> tuple[str, list[str]] | None:
    """A reader's question opening a piece: its first line a question in quotes, the next a dash and the reader's
    name (and town). Returns the question (unquoted) and the body without the two lines, else ``None``.

    >>> _reader_question(['"Why do my leeks bolt every June?"', " - Tam, Leith", "", "They are thirsty, Tam."])
    ('Why do my leeks bolt every June?', ['', 'They are thirsty, Tam.'])
    >>> _reader_question(['"Why do my leeks bolt?" is the question we hear most.', "They are thirsty."]) is None
    True
    """
    first = [k for k, line in enumerate(body) if line.strip()][:2]
    if len(first) < 2 or first[1] != first[0] + 1:
        return None
    asked = QUOTED_QUESTION.match(body[first[0]].strip())
    if asked is None or not READER_CREDIT.match(body[first[1]].strip()):
        return None
    return asked.group("q").strip(), body[:first[0]] + body[first[1] + 1:]


# the line a news release ends its text with ("ENDS", "- ends -", "-30-"), or the heading of the notes for the
# press under it ("Notes to editors"): what follows is for journalists, not the release's text
# ("-30-" needs its dashes: a bare "30" is a recipe card's minutes or any figure on a line of its own)
RELEASE_END = re.compile(r"^(?:[-–—\s]*(?:ends|end\s+of\s+(?:press\s+)?release)[-–—\s]*|[-–—]\s*30\s*[-–—]"
                         r"|(?:notes?\s+(?:to|for)\s+(?:the\s+)?editors?|editors['’]?\s+notes?)\s*:?)$", re.I)


def _release_end(body: list[str]) -> int | None:
    """Where a news release's own text ends in ``body``: its end mark or the notes to editors under some text,
    else ``None``.

    >>> _release_end(["Households are asked to save water.", "", "ENDS", "", "Notes to editors", "1. Figures."])
    2
    >>> _release_end(["Notes to editors", "1. Figures."]), _release_end(["It never ends", "Text."])
    (None, None)
    >>> _release_end(["Fry the tofu first.", "Cooking time", "30", "minutes"]), _release_end(["Text.", "- 30 -"])
    (None, 1)
    """
    said = False
    for k, line in enumerate(body):
        text = line.strip()
        if said and RELEASE_END.match(text):
            return k
        said = said or _is_text(text)
    return None


# The verb that credits the writing at a line's start: "Written by", "This post was written by" (the bare "By" is a
# head's, and "Posted by" a blog footer's, which name the account that posted).
WRITTEN_BY_LEAD = re.compile(r"^(?:this\s+(?:post|article|piece|guide|list)\s+(?:was\s+)?)?written\s+by\s+(?=\S)", re.I)
CLOSING_CREDIT_REACH = 12  # the text's last lines: a reblog's comment, its tags, note count and buttons may follow it


def _closing_written_by(body: list[str]) -> Byline | None:
    """The writer a "written by NAME" line among the text's last lines names, where the trailer's walk up from the
    page's end stopped short of it (a reblog's added comment, a share row it does not know stand under it): the
    line under the credit is no paragraph (a reblogger's handle, a label), as a paragraph under it continues the
    text the credit stands inside; else ``None``. A full name only (a handle or a first name says less).

    >>> _closing_written_by(["Cook once, eat twice.", "written by Ama Nkansah (ladlefox). share it whole.",
    ...                      "pot-and-pan", "adding to this: a pinch of salt in the water makes all the difference!"])
    Byline(name='Ama Nkansah', credentials=None)
    >>> _closing_written_by(["The book was written by Ama Nkansah in 1990."]) is None
    True
    >>> _closing_written_by(["Written by Ama Nkansah.", "We kept one copy at home and one at my sister's house."])
    >>> _closing_written_by(["Written by Ama Nkansah", "Ama Nkansah keeps bees near Kumasi and writes for the press."])
    Byline(name='Ama Nkansah', credentials=None)
    """
    texts = [line.strip() for line in body if line.strip()][-CLOSING_CREDIT_REACH:]
    for k in range(len(texts) - 1, -1, -1):
        text = texts[k]
        named = parse_byline(text) if WRITTEN_BY_LEAD.match(text) else (
            byline_abroad(text) if WRITTEN_ABROAD.match(text) else None)
        under = texts[k + 1] if k + 1 < len(texts) else ""
        if named is not None and is_full_name(named.name) and (
                not is_prose(under) or under.startswith(named.name + " ")):  # (or her bio: "NAME keeps bees ...")
            return Byline(named.name)
    return None


def _card_credit(body: list[str], title: str) -> Byline | None:
    """The writer a card inside the text credits under the article's title repeated (a recipe blog's card under
    the story: "Quick Tom Kha" / "Recipe by NAME" or "Author: NAME" / "Prep 10 min"), else ``None``.

    >>> _card_credit(["A story.", "", "Quick Tom Kha", "Recipe by Mali Srisuk", "Prep 10 min"], "Quick Tom Kha").name
    'Mali Srisuk'
    >>> _card_credit(["A story.", "Quick Tom Kha", "Serve it hot."], "Quick Tom Kha")
    """
    key = title.strip().casefold()
    size = len(title.strip())
    lines = [line.strip() for line in body if line.strip()]
    for k, line in enumerate(lines[:-1]):
        if len(line) == size and line.casefold() == key:  # (the length first: most lines differ at once)
            under = lines[k + 1]
            named = parse_byline(under) if is_byline(under) else credit_line(under)
            if named is not None:
                return named
    return None


def _header_permissions(page: list[str], chrome: set[int]) -> list[lic.Statement]:
    """The "used with permission" notes among the header lines set aside above the title: a republished piece's
    editor's note ("This piece first ran in ... and appears here with the author's kind permission") speaks of the
    article under it, wherever the page puts it. So does a grant that names the text it grants as this one (an
    article directory's terms box above the title: "Editors may carry this piece free of charge, provided ..."). A
    grant naming no text, or the site, and a copyright line in a site's header may be the site's.

    >>> page = ["Paddle Blog | Home | Trips", "This essay first ran in Sea Notes and appears here with the author's "
    ...         "kind permission.", "Launching From Shingle", "Words: Ann Lee"]
    >>> [s.kind for s in _header_permissions(page, {0, 1})], _header_permissions(page, {0})
    (['permission'], [])
    >>> page[1] = "Terms: editors may run this piece free of charge if the author box stays with it."
    >>> [s.kind for s in _header_permissions(page, {0, 1})]
    ['reprint']
    >>> page[1] = "Free articles for your site: editors may run any of our pieces free of charge."
    >>> _header_permissions(page, {0, 1})
    []
    >>> page[1] = "  Rights:   Posts are written by members and shared under CC BY 4.0."  # a feed's rights field
    >>> [s.tag for s in _header_permissions(page, {0, 1})]
    ['CC-BY-4.0']
    """
    return [s for i in sorted(chrome) for s in lic.find_statements(page[i].strip())
            if s.kind == "permission" or s.kind in lic.GRANT_KINDS and _grants_this_text(s.text)
            or s.kind == "public-domain" and FIRST_PERSON_DEDICATION.match(s.text) is not None
            or s.kind == "cc" and RIGHTS_FIELD.match(page[i]) is not None and lic.licenses_text(page[i].strip())]


# A feed's or an export's own rights field in the block over its entries ("Rights: Entries are shared under CC BY-NC
# 4.0", "License: CC BY-SA 4.0"): a feed-level licence, covering each entry as a site-wide licence does (SPEC); so
# does a chat export's channel topic or a group's description stating one ("Topic: Answers here are CC BY 4.0")
RIGHTS_FIELD = re.compile(r"(?<!\s)\s*(?:rights|licen[cs]e|copyright|topic|description|about)\s*:", re.I)


# A dedication its writer makes in the first person at the top of a text file ("I hereby place this file in the
# public domain", "We release this FAQ into the public domain"): the writer's act on the text it heads, whatever
# name the text is given ("file", "FAQ", "document")
FIRST_PERSON_DEDICATION = re.compile(r"\s*(?:I|we)\s+(?:hereby\s+)?(?:place|release|dedicate|put|give)\s+this\b",
                                     re.I)


def _grants_this_text(text: str) -> bool:
    """Whether a grant names the text it grants as this one ("this article", "this piece"), not the site's texts.

    >>> _grants_this_text("You may reprint this article."), _grants_this_text("Text on this site is CC BY 4.0.")
    (True, False)
    """
    return lic.THIS_WORK.search(text) is not None and lic.SITE_SCOPE.search(text) is None


FRONT_FIELD = re.compile(r"^(?P<key>[A-Za-z_][\w-]*)\s*:\s*(?P<value>.*)$")
MAX_FRONT_LINES = 30  # a front matter block is a screenful of "key: value" lines


def _front_matter(lines: list[str]) -> tuple[list[int], dict[str, str]]:
    """A Markdown export's YAML front matter at the top ("---", "key: value" lines, "---"): its line indexes and
    its fields (quotes taken off), else nothing.

    >>> _front_matter(["---", 'title: "Six Habits"', "author: Ann Lee", "---", "", "# Six Habits"])
    ([0, 1, 2, 3], {'title': 'Six Habits', 'author': 'Ann Lee'})
    >>> _front_matter(["---", "Not a field at all", "---"])
    ([], {})
    """
    if not lines or lines[0].strip() != "---":
        return [], {}
    end = next((k for k in range(1, min(len(lines), MAX_FRONT_LINES)) if lines[k].strip() == "---"), None)
    if end is None or end == 1:
        return [], {}
    fields: dict[str, str] = {}
    for k in range(1, end):
        m = FRONT_FIELD.match(lines[k].strip())
        if m is None and not lines[k].strip().startswith("- "):
            return [], {}
        if m is not None:
            fields[m["key"].lower()] = m["value"].strip().strip("\"'")
    return list(range(end + 1)), fields


def _read_header(lines: list[str], nonblank: list[int], parsed: Parsed, config: SegmentConfig,
                 known_title: str | None, title: bool, issue: bool = False,
                 opened: bool = False) -> tuple[int, set[int], set[int]]:
    """``_read_fields`` (below), and the page's notices the header's reading stepped over (``_head``: a consent
    wall's or a site's paragraphs over its menu) recorded with the header's chrome where the body starts under
    them: no line above the body is lost unrecorded."""
    start, taken, chrome = _read_fields(lines, nonblank, parsed, config, known_title, title, issue, opened)
    chrome.update(i for i in nonblank if i < start and i not in taken and i not in chrome)
    return start, taken, chrome


def _read_fields(lines: list[str], nonblank: list[int], parsed: Parsed, config: SegmentConfig,
                 known_title: str | None, title: bool, issue: bool = False,
                 opened: bool = False) -> tuple[int, set[int], set[int]]:
    """Take the title and the byline from the lines above the first paragraph (``known_title`` came with the
    record, from HTML: only a line repeating it is the title).

    Return where the body starts, the lines taken into fields (title, byline) and the header lines that are not
    the article's: the site's own header above the title (name, tagline, navigation, breadcrumb), date and
    metadata lines. A notice between the title and the byline ("Reprinted with permission ...") stays in the text
    for the licence.
    """
    head = _head(lines, nonblank, config, opened)
    teasers = _teasers_over(lines, head)  # an aggregator's teasers above the piece: the page's, not its header
    head, above_piece = head[teasers:], head[:teasers]
    texts = {i: _writer_field(_unfiled(lines[i].strip())) for i in head}
    for i in head:  # a hard-wrapped editor's note: its later lines are the note's too (seen by _is_meta)
        if i - 1 in texts and EDITOR_NOTE.match(texts[i - 1]):
            texts[i] = f"{texts[i - 1].split(':', 1)[0]}: {texts[i]}"
    chrome: set[int] = set(above_piece)
    heads = running_heads(lines) if title and not known_title else frozenset()
    wrapped = [i for i in head if i + 1 in texts and _title_block(lines, i, 2) and (
        _wrapped_title(texts[i], texts[i + 1]) or _running_named(f"{texts[i]} {texts[i + 1]}", heads))]
    for a in wrapped:
        texts[a] = f"{texts[a]} {texts.pop(a + 1)}"  # a print title broken over two lines: one title
        head.remove(a + 1)
        chrome.add(a + 1)
    taken: set[int] = set()
    cards = {i: [texts[j] for j in block] for block in _blocks(head) for i in block}
    bylines = [k for k, i in enumerate(head) if not _record_card_row(cards[i], texts[i]) and (
               is_byline(texts[i]) or ANSWERED_BY.match(texts[i])
               or THREAD_STARTER.match(texts[i]) or _columnist(texts[i]) or _writer_badge(texts[i])
               # "Відповідає психологиня NAME" right under the letter's title (over the column's title, it is the
               # column's head: _column_writer)
               or k and _answerer(texts[i]) and may_be_title(texts[head[k - 1]])
               or k and byline_abroad(texts[i]) and not is_prose(texts[i]) and is_prose(texts[head[k - 1]])
               or written_abroad(texts[i])  # "Escrito por NAME", "Γράφει η NAME": the verb says it, as "By" does
               # "लेखक: NAME": a label naming the writing (or a script's own label colon: "རྩོམ་པ་པོ། NAME")
               or (":" in texts[i] or any(c in texts[i] for c in LABEL_COLONS)) and writing_credit(texts[i])
               or name_before_date(texts[i])  # "NAME 2024. 7. 9. 21:15": a platform's post head
               or reporter_byline(texts[i])  # "NAME 기자 | 입력 DATE", "记者 NAME": a news desk's byline
               or issue and k and _name_and_role(texts[i]))]  # "NAME, Horticulture Program Assistant" under an
    # issue's item's title (the issue's items were told by such lines: _named_items)
    # of several bylines, the first of the last run (a second byline may stand under the first): the ones above it
    # credit teasers ("Fix A Tap" / "by NAME" / "A washer costs...")
    by = next((k for n, k in enumerate(bylines) if all(b == k + m for m, b in enumerate(bylines[n:]))), None)
    if by is not None and any(_is_text(texts[i]) for i in head[bylines[0]:by]):
        by = bylines[0]  # text under the first byline: one article's head (and a split part's), not teasers
    started = THREAD_STARTER.match(texts[head[by]]) if by is not None else None
    named = _name_line_at(head, texts, known_title) if title and not started else None  # (the poster's name is
    if named is not None and (by is None or named > by):  # the first post's, under the thread's starter line)
        by, parsed.unmarked = named, True  # a name line stands under a title
    credit_block = next((b for b in _blocks(head) if by is not None and head[by] in b
                         and _credit_rows([lines[i].strip() for i in b])), None)
    if credit_block is not None:
        by = head.index(credit_block[0])  # "Text: NAME" / "Photos: NAME": the first row credits the writer
    if by is not None:  # the title is the line above the byline; what stands above the title is the site's
        answered = ANSWERED_BY.match(texts[head[by]])
        credited = answered or started or _columnist(texts[head[by]]) or _writer_badge(texts[head[by]])
        parsed.byline = (parse_byline(f"By {credited.group(1)}" if credited else texts[head[by]])
                         or reporter_byline(texts[head[by]])  # (before name_line: "NAME 기자" is no name)
                         or name_line(texts[head[by]]) or team_byline(texts[head[by]])
                         or writing_credit(texts[head[by]]) or name_before_date(texts[head[by]])
                         or written_abroad(texts[head[by]])  # "de NAME": the bare "by" of another language
                         or _answerer(texts[head[by]])  # "Відповідає психологиня NAME" under the column's title
                         or _role_signed(texts[head[by]]))
        if parsed.byline is None:
            parsed.staffed = staff_credit(texts[head[by]])  # "Staff report": the publisher's, resolved by its ©
        taken.add(head[by])
        if (parsed.byline is not None and by + 1 < len(head) and head[by + 1] == head[by] + 1
                and (joined := with_line(parsed.byline.name, texts[head[by + 1]])) is not None):
            parsed.byline = Byline(joined, parsed.byline.credentials)  # "By A & B" over "with C": one credit
            taken.add(head[by + 1])
        if reposted_writer(texts[head[by]]):  # "NAME · originally published on X under CC BY 4.0.": its terms too
            parsed.statements += lic.find_statements(texts[head[by]])
        tools = _tool_lines(head[:by], texts)
        above = [i for i in head[:by] if not _is_meta(texts[i]) and i not in tools]
        chrome.update(i for i in head[:by] if _is_meta(texts[i]) or i in tools)
        if above and above[-1] + 1 == head[by] and PERSON_FIELD.fullmatch(texts[above[-1]]):
            chrome.add(above.pop())  # a page's property label over the name ("Owner" / NAME): the field's, no title
        if (above and above[-1] + 1 == head[by] and parsed.byline is not None
                and _name_badge(texts[above[-1]], parsed.byline.name)):
            chrome.add(above.pop())  # a directory's writer badge over the byline ("Expert Author NAME" / "By NAME |
            # Submitted On DATE"): the writer's name again under a label of a word or two, never the headline
        credits = set(credit_block or ())
        fit = [i for i in reversed(above) if not lic.find_statements(texts[i]) and i not in credits
               and (may_be_title(texts[i]) or not is_prose(texts[i]))]  # a notice is not the title (nor the row
        # over the byline in the piece's credits: "Text: NAME" / "Photos: NAME")
        # a news template's credit row under the headline names the outlet over the date ("Valley Ledger" /
        # "3 May 2025" / "6 min read"): the headline stands above it
        t = fit[1] if len(fit) > 1 and _over_date(head, texts, fit[0]) and _next_in(head, fit[0], -1) == fit[1] and (
            len(texts[fit[1]].split()) >= MIN_OVER_ROW_WORDS) else fit[0] if fit else None
        if not answered and title and not known_title and (lone := _title_under_byline(lines, head, texts, by)):
            chrome.update(above)  # the blog's name and tagline over "Posted on DATE by NAME", the title under it
            chrome.update(i for i in head[by + 1:] if i < lone)  # the byline's block: dates, counts, tools
            above, t = [lone], lone
        if answered:  # a Q&A page: the question is the title; "Asked by ...", "Best answer" are the page's
            t = next((i for i in above if QUESTION.match(texts[i])),  # else the question standing as the title
                     next((i for i in above if texts[i].endswith("?") and may_be_title(texts[i])),  # topmost;
                          t if t is not None and _opening_heading(texts[t]) else None))  # else a column's heading
            # right over "Answered by NAME" ("Your questions: a joint account after a death"), the question below
        if (t is not None and not answered and t - 1 in texts and t - 1 in above and lines[head[by] - 1].strip() == ""
                and looks_like_title(texts[t - 1]) and not looks_like_title(texts[t]) and may_be_title(texts[t])
                and not is_nav_line(texts[t - 1])
                and (not _is_label(texts[t - 1]) or _named_above(head, texts, t - 1))):  # "ASK NELL" is a column's
            t, dek = t - 1, t  # label; "Title" over its dek in sentence case, the byline on a block of its own: the
            # title is on top (in capitals too, where the page's top line, its browser title or its print's running
            # header, names it: a label is never the page's name)
        elif (t is not None and not answered and t - 1 in above and texts[t].endswith((".", "!"))
              and looks_like_title(texts[t - 1]) and not is_nav_line(texts[t - 1]) and not _is_label(texts[t - 1])):
            t, dek = t - 1, t  # "Title" over its dek, a sentence ("A short guide for new agents."), the byline
            # under both
        elif (t is not None and not answered and t - 1 in above and len(texts[t - 1].split()) >= MIN_HEADLINE_WORDS
              and _title_over_dek(texts[t - 1], texts[t])):
            t, dek = t - 1, t  # a headline glued over its dek without a stop ("Leek Soup For Cold Nights" / "a soup
            # that forgives everything"), the writer's name under both: a blog platform's story head
        elif (t is not None and not answered and t - 1 in above and lines[head[by] - 1].strip() == ""
              and _block_of_two(lines, t - 1) and _sentence_title_over_dek(texts[t - 1], texts[t])):
            t, dek = t - 1, t  # a blog platform's head copied as text: the title and its longer subtitle as one
            # block, both in sentence case, the byline under them
        elif (t is not None and not answered and t in above and (k := above.index(t))
              and lines[head[by] - 1].strip() == "" and _lone_line(lines, t) and _lone_line(lines, above[k - 1])
              and len(texts[above[k - 1]].split()) >= MIN_HEADLINE_WORDS  # (an archive's "Tag: X" label is shorter)
              and _sentence_case(texts[above[k - 1]]) and _sentence_case(texts[t])
              and _sentence_title_over_dek(texts[above[k - 1]], texts[t])):
            t, dek = above[k - 1], t  # the same, each a block of its own (a news site's head: the headline, the
            # standfirst under it, the byline under both; a site's name or a Title Case heading is neither)
        elif (t is not None and not answered and t in above and (k := above.index(t)) and (
                _title_over_sentences(texts[above[k - 1]], texts[t]))):
            t, dek = above[k - 1], t  # a headline over its dek of two sentences (the last without its stop, as
            # news sites set them), the byline under both: a dek says in sentences what the headline names
        elif (t is not None and not answered and (over := _headline_over_uncased_dek(above, texts, t)) is not None):
            t, dek = over, t  # a headline over its dek in a script without capitals (Korean, Arabic, Thai ...),
            # each a block of its own, the byline under both: the casing that tells them apart elsewhere is missing
        else:
            dek = None
        if not answered and (cover := _running_title(above, texts, heads)) is not None and cover != t:
            t, dek = cover, (t if t is not None and t > cover else None)  # a leaflet's headline, named again by
            # the running head at each page break, over its subtitle (the line read as the title so far)
        named = _unnumbered(texts[t]) if t is not None else ""  # "2. EMAIL BEFORE BREAKFAST?" in an issue
        named = THREAD_FLAG.sub("", named, count=1) if started else named  # "[Sticky] TITLE": the thread's mark
        named = QUESTION.sub("", named, count=1)
        # in an issue of several articles the markup's title may name the issue: a heading over a byline is the
        # first article's own
        if title and t is not None and (_is_title(named, known_title)
                                        or (not known_title or issue) and may_be_title(named)):
            parsed.title = _unquoted(clean_title(named))
            taken.add(t)
            chrome.update(i for i in above if i < t)
            if dek is not None:
                chrome.add(dek)  # the dek stands in the header, between the title and the byline: not the text's
        if answered and t is not None:
            chrome.update(i for i in above if i != t)
        for i in head[by + 1:]:  # "Submitted: November 14, 2011 | Views: 2,318" or a second byline under it
            if not _is_meta(texts[i]) and not is_byline(texts[i]) and not (parsed.unmarked and _button(texts[i])):
                break
            chrome.add(i)
        return _body_start(head, taken | chrome), taken, chrome
    profiled = None  # the title under a writer's profile block, where one stands over it
    if title and (dated := next((b for i in head if _is_meta(texts[i]) and not _masthead(texts[i])
                                 and (b := dated_name(texts[i]))), None)):  # ("Letters · No. 7" names no writer)
        parsed.byline, parsed.unmarked = dated, True  # "March 3, 2021 · NAME · 6 min read" over or under the title
    elif title and not known_title and head and not (head[-1] + 1 < len(lines) and lines[head[-1] + 1].strip()
                                                     and not _unspaced(lines, head[-1])) and (
            (profile := _profile_over_title(head, texts)) is not None
            or (profile := _credit_over_title(head, texts)) is not None):  # the title a heading block of its own
        parsed.byline, parsed.unmarked = name_line(texts[head[profile]]), True  # the name, its role, then the title
        profiled = head[-1]
    lead = [i for i in head if not _is_meta(texts[i])]
    first = lead[0] if lead else None
    glued = (bool(head) and head[-1] + 1 < len(lines) and bool(lines[head[-1] + 1].strip())  # a heading on its text
             and not lic.find_statements(lines[head[-1] + 1]))  # (a licence line under the title is no text)
    unspaced = glued and _unspaced(lines, head[-1])  # a scrape that kept no blank line: the header is one block
    running = _running_lines(lines, head) if title and not known_title else set()  # a print's running header
    t = _title_after_site_header(head, texts, glued, unspaced, running) if title and not known_title else None
    if (cover := _running_title(head, texts, heads)) is not None:
        t = cover  # a leaflet's headline, named again by the running head at each page break (its issuer's name
        # and subtitle around it on the cover)
        if (dek := _next_in(head, cover)) >= 0 and (dek in wrapped or _lone_line(lines, dek)) and not (
                _is_text(texts[dek]) or _by_line(texts[dek])):
            chrome.add(dek)  # the cover's subtitle under it, a block of its own: not the text's
    if profiled is not None and t in (None, NO_TITLE):
        t = profiled  # the writer's profile block (name, role, date) over the title: the site's lines stand above it
    if title and not known_title and (labelled := _labelled_title(head, texts)) is not None:
        t = labelled  # "Title: NAME OF THE PIECE" among a directory's fields: the page says which line it is
    if title and not known_title and t in (None, NO_TITLE) and (
            counted := _over_thread_counts(head, texts)) is not None:
        texts[counted], t = THREAD_LABEL.sub("", THREAD_FLAG.sub("", texts[counted], count=1)), counted  # a
        # thread's title over its counts row, without the board's mark and its topic word ("Topic: "); the first
        # post's head (handle, rank, date) under it
    if title and not known_title and (topic := next((i for i in head if TOPIC_LINE.match(texts[i])), None)) is not None:
        texts[topic], t = TOPIC_LINE.match(texts[topic])["title"], topic  # "Topic: TITLE  (Read 1,482 times)"
    if t == NO_TITLE:  # the site's blocks only, down to a pager or navigation over the text: no title
        chrome.update(head)
        if title and not known_title and (crumb := _crumb_title(head, texts)) is not None:
            parsed.title = crumb  # ... but the breadcrumb ends in the page's own title
        return _body_start(head, chrome), taken, chrome
    if t is None and title and not known_title and wrapped and wrapped[0] != first:
        t = wrapped[0]  # a print's cover: the issuer's name and department over the title broken over two lines
        # ("Caring for a plaster" / "cast at home"), the one heading set so
    if t is None and first is not None and title and _is_title(texts[first], known_title) and (
            known_title or not is_nav_line(texts[first])):
        t = first
    if t is None and first is not None and first == head[0] and title and not known_title and (
            TITLE_TAG.match(texts[first]) and _opening_heading(_untagged(texts[first]))):
        t, texts[first] = first, _untagged(texts[first])  # "[allotments] A letter to the next driver": a list
        # archive's message, its subject in any case under the list's name
    if t is None and opened and first is not None and first == head[0] and title and not known_title and (
            _opening_heading(texts[first])):
        t = first  # a later piece's heading in sentence case ("Five ways to cut your heating bill"): the split
        # took the line for the piece's title, under the rule or the sign-off of the piece before
    if t is None and first is not None and title and not known_title and _dated_post_title(lines, head, texts, first):
        t = first  # a blog's date header, then the post's title in any case ("You know you want to"), then the text
    if (t is not None and title and not known_title and t < head[-1] and texts[head[-1]] != texts[t]
            and _dated_post_title(lines, head, texts, head[-1])):
        t = head[-1]  # the blog's name (over its tagline) above the post's date header: the title is under the date
    if title and not known_title and (crumbed := _crumb_named(head, texts)) is not None and t != crumbed:
        t = crumbed  # the breadcrumb names the page by its heading: over a label, a dek or a credit line under it
    if t is not None and not known_title and (headline := _headline_over_dek(head, texts, t)) is not None:
        t = headline  # "HARBOURSIDE WATER URGES ..." over "Six simple steps could cut use by a fifth, utility says"
    if t is not None and not known_title and _is_label(texts[t]):  # "MEMBERS' CORNER" right over the title
        below = next((i for i in head if i > t and not _is_meta(texts[i])), None)
        heading = below is not None and below == head[-1] and glued  # a section's heading on its first paragraph
        t = below if below is not None and _headline_under_label(texts[below]) and not _is_label(texts[below]) and not (
            heading) else t  # "MARKET HALL REOPENS" over "Trader staff" is the title over a credit
    if t is None and title and not known_title and (opening := next(
            (j for i, j in itertools.pairwise(head) if COUNTER_LINE.match(texts[i]) and may_be_title(texts[j])
             and not _is_meta(texts[j])), None)) is not None:
        t = opening  # a deck's or a paged print's first part ("Slide 1") opens with the title: the lines above it
        # are the export's (a file's name, "Outline with notes")
    if t is None and title and not known_title and (framed := next(
            (i for i in head if _emoji_framed(texts[i])), None)) is not None:
        t = framed  # a social post's first line set between emoji ("🌞 TITLE 🌞") under the page's name and date
    if t is None:
        chrome.update(i for i in head if first is None or i < first)  # dates above the first line
        if title and not known_title and (crumb := _crumb_title(head, texts)) is not None:
            parsed.title = crumb  # the breadcrumb ends in the page's own title
        return (first if first is not None else (max(chrome) + 1 if chrome else 0)), taken, chrome
    parsed.title = _unquoted(_without_section_label(clean_title(texts[t]), _nav_sections(texts[i] for i in head)
                                                    - _own_crumbs(texts[i] for i in head)))
    taken.add(t)
    chrome.update(i for i in head if i < t and not lic.find_statements(texts[i]))
    parsed.column = _column_writer([texts[i] for i in head if i < t])
    parsed.answerer = parsed.column is not None and any(COLUMN_ANSWERER.match(texts[i]) for i in head if i < t)
    for i in head[head.index(t) + 1:]:  # a date line under the title, or the title printed again
        if not _is_meta(texts[i]) and texts[i].casefold() != texts[t].casefold():
            break
        chrome.add(i)
    return _body_start(head, taken | chrome), taken, chrome


def _emoji_framed(text: str) -> bool:
    """Whether a line is set between emoji at both ends, words between them ("🌞 Five ways to beat the heat 🌞"): a
    social post's title line, in any language (a date row ends in one emoji only: "3 May · 🌏").

    >>> _emoji_framed("🌞 Five ways to beat the heat 🌞"), _emoji_framed("3 May · 🌏"), _emoji_framed("🌞 🌞")
    (True, False, False)
    """
    opening, closing = EMOJI_FRAME.match(text), EMOJI_FRAME.search(text, 1)
    return (opening is not None and opening.start() == 0 and closing is not None and closing.end() == len(text)
            and closing.start() > opening.end() and may_be_title(text[opening.end():closing.start()]))


# A running header (MIN_RUNNING_REPEATS) names the document or its issuer in a few words; a repeated label ("Speaker
# notes:") is a field's head
MIN_RUNNING_WORDS = 3


def _running_lines(lines: list[str], head: list[int]) -> set[int]:
    """The header's lines that the text repeats word for word on at least ``MIN_RUNNING_REPEATS`` lines in all (a
    PDF's or a print's running header: "Patient information    Valley Trust" over each page): never the title.
    A repeated label ("Notes:", "Speaker notes:") is a field's head, not a running header.

    >>> page = ["Valley Trust", "Caring for a Cast", "Leaflet    Valley Trust", "Text.", "Leaflet    Valley Trust",
    ...         "More text.", "Leaflet  Valley Trust"]
    >>> sorted(_running_lines(page, [0, 1, 2]))
    [2]
    """
    keys = {i: key for i in head if len((key := " ".join(lines[i].split())).split()) >= MIN_RUNNING_WORDS
            and not key.endswith(":")}  # (the others are never running lines: not counted)
    if not keys:
        return set()
    wanted = set(keys.values())
    # A line that reads as a key word for word holds the key's longest word: a substring test turns away the page's
    # other lines before they are normalised (``_head`` asks this of each prose line of the head: ~1 % of the chain).
    marks = {max(key.split(), key=len) for key in wanted}
    if len(marks) == 1:  # (one key, the common case: the test written out, no call or generator per line)
        mark = marks.pop()
        counts = Counter(key for line in lines if mark in line and (key := " ".join(line.split())) in wanted)
    else:
        counts = Counter(key for line in lines if any(word in line for word in marks)
                         and (key := " ".join(line.split())) in wanted)
    return {i for i, key in keys.items() if counts[key] >= MIN_RUNNING_REPEATS}


# A print's running head at a page break: the document's name beside the page's number ("Caring for a Cast    2", "3
# Caring for a Cast"), on every page after the cover
RUNNING_HEAD = re.compile(r"^(?:\d{1,3}\s+(?P<after>\D.*?)|(?P<before>.*?\D)\s+\d{1,3})$")
MIN_RUNNING_HEADS = 2  # two page breaks at least: one numbered line may be anything (a list's last row, a total)
MIN_RUNNING_TITLE_WORDS = 2  # a one-word prefix of the running head ("Flood") is no headline
# what may stand between the headline and the rest of a running head: a subtitle's colon or dash ("Flood Ready: a
# household guide"); a space alone runs on into another name ("Valley Trust Patient Leaflets")
RUNNING_SUBTITLE = re.compile(r"\s*[:–—|]|\s+-\s")


def running_heads(lines: list[str]) -> frozenset[str]:
    """The texts (case-folded, blanks collapsed) of a print's running heads: lines that carry a page number beside
    the same words at :data:`MIN_RUNNING_HEADS` page breaks or more (:data:`RUNNING_HEAD`).

    >>> sorted(running_heads(["Cover", "Caring for a Cast        2", "Text.", "3   Caring for a  Cast", "Total 4"]))
    ['caring for a cast']
    >>> running_heads(["Caring for a Cast        2", "Text."])
    frozenset()
    """
    counts = Counter(" ".join((m["after"] or m["before"]).split()).casefold() for line in lines
                     if _digit_at_an_end(text := line.strip()) and (m := RUNNING_HEAD.match(text)))
    return frozenset(text for text, n in counts.items() if n >= MIN_RUNNING_HEADS)


def _digit_at_an_end(text: str) -> bool:
    """Whether ``text`` opens or ends on a digit, as every match of :data:`RUNNING_HEAD` does (its page number): the
    gate before it, since its lazy reading tries every character of the many lines that carry none (~1.5 % of the
    chain, issue 19). ``str.isdigit`` holds for every character ``\\d`` matches (and a few more: ², ①).

    >>> _digit_at_an_end("3   Caring for a  Cast"), _digit_at_an_end("Caring for a Cast 2"), _digit_at_an_end("Cast")
    (True, True, False)
    """
    return text[:1].isdigit() or text[-1:].isdigit()


def _running_named(text: str, heads: frozenset[str]) -> bool:
    """Whether a print's running head (:func:`running_heads`) repeats a header line as its whole or as its start
    before a subtitle's colon or dash: the cover's headline, which the print names again at each page break (SPEC
    "Which heading": a leaflet is titled by its cover's main line). Seen on a council's flood leaflet (holdout17
    vd05) and a food-safety leaflet whose cover breaks the headline over two lines (holdout27 jc03).

    >>> heads = frozenset({"flood ready: a household guide", "caring for a cast", "valley trust patient leaflets"})
    >>> _running_named("FLOOD READY", heads), _running_named("Caring for a  Cast", heads)
    (True, True)
    >>> _running_named("Valley Trust", heads), _running_named("Flood", heads), _running_named("A guide", heads)
    (False, False, False)
    """
    key = " ".join(text.split()).casefold()
    if len(key.split()) < MIN_RUNNING_TITLE_WORDS:
        return False
    return any(head == key or head.startswith(key) and RUNNING_SUBTITLE.match(head, len(key)) for head in heads)


def _running_title(head: list[int], texts: dict[int, str], heads: frozenset[str]) -> int | None:
    """The header line a print's running heads name (:func:`_running_named`), the first from the top; else ``None``.

    >>> _running_title([0, 1, 2], {0: "Valley Trust", 1: "Caring for a Cast", 2: "A guide for parents"},
    ...                frozenset({"caring for a cast"}))
    1
    """
    return next((i for i in head if i in texts and _running_named(texts[i], heads)), None) if heads else None


def _named_above(head: list[int], texts: dict[int, str], t: int) -> bool:
    """Whether a header line above line ``t`` names it again, in any case, as a whole part of a longer line: the
    page's top line (a browser title, a print's running header, "Site Name    Warm Home, Lower Bills") repeating
    the heading that a leaflet or a magazine sets in capitals further down.

    >>> _named_above([0, 2], {0: "Valley Energy Network   Warm Home, Lower Bills", 2: "WARM HOME, LOWER BILLS"}, 2)
    True
    >>> _named_above([0, 2], {0: "Valley Gazette", 2: "ASK NELL"}, 2), _named_above([2], {2: "ASK NELL"}, 2)
    (False, False)
    >>> _named_above([0, 2], {0: "Nell's Tasks Today", 2: "ASK NELL"}, 2)  # whole words only
    False
    """
    name = " ".join(texts[t].split()).casefold()
    for i in head:
        if i >= t:
            return False
        line = " ".join(texts[i].split()).casefold()
        if _section_crumb(line, name):
            continue  # "Columns > Living Small" over "LIVING SMALL": the breadcrumb names the section, not the page
        at = line.find(name)
        if line != name and at >= 0 and (at == 0 or not line[at - 1].isalnum()) and (
                at + len(name) == len(line) or not line[at + len(name)].isalnum()):
            return True
    return False


def _section_crumb(line: str, name: str) -> bool:
    """Whether a breadcrumb holds ``name`` as one of its crumbs, a section's short name (fewer words than
    ``MIN_CRUMB_TITLE_WORDS``): a label in capitals that repeats it is the section's, as a section's own heading
    repeating the last crumb is (:func:`_crumb_named`), never the page's name. Both case-folded.

    >>> _section_crumb("columns > living small", "living small"), _section_crumb("home / pets / dogs", "dogs")
    (True, True)
    >>> _section_crumb("ask idunn | marsh valley", "ask idunn")  # a browser title's row names the page
    False
    >>> _section_crumb("home > advice > warm rooms and smaller bills", "warm rooms and smaller bills")
    False
    """
    crumbs = [" ".join(crumb.split()) for crumb in CRUMB_PARTS.split(line)]
    return len(crumbs) > 1 and name in crumbs and len(name.split()) < MIN_CRUMB_TITLE_WORDS


def _headline_under_label(text: str) -> bool:
    """Whether the line under a section's or a format's label ("SLIDESHOW", "MEMBERS' CORNER") is the headline the
    label stands over: a line in the title's case, or a headline in sentence case long enough to say something
    ("7 ways to keep a bike chain quiet in the rain"); a short credit ("Trader staff") is not.

    >>> _headline_under_label("Six ways to keep a bike chain quiet in the rain"), _headline_under_label("Trader staff")
    (True, False)
    >>> _headline_under_label("Oil the chain. Wipe it after."), _headline_under_label("Market Hall Reopens")
    (False, True)
    >>> _headline_under_label("9 habits that keep a bike chain quiet in the rain")
    True
    """
    counted = LISTICLE_COUNT.sub("", text, count=1)  # a listicle's count opens it: the words after it must open
    counted = counted[:1].upper() + counted[1:]  # as a heading would ("7 ways to ..." reads as "Ways to ...")
    return looks_like_title(text) or (len(text.split()) >= MIN_HEADLINE_WORDS and _opening_heading(counted)
                                      and not _ends_sentence(text))


LISTICLE_COUNT = re.compile(r"^\d{1,3}\s+(?=\w)")


QUOTE_PAIRS = {'"': '"', "“": "”", "«": "»", "„": "“"}  # a title wrapped whole by its writer: straight or curly


def _unquoted(title: str) -> str:
    """A headline its writer wrapped in double quotes as a whole, without them, when the words inside are a
    headline in the title's case ('"Keeping Seedlings Alive In Spring"': article directories get titles typed so
    and print them as typed); a quoted sentence stays quoted, as the page's own headline quoting a reader ('"My son
    sleeps with his phone"'), and so does a title holding other quotes.

    >>> _unquoted('"Keeping Seedlings Alive Through A Cold Spring"'), _unquoted("“Five Rules For Cold Frames”")
    ('Keeping Seedlings Alive Through A Cold Spring', 'Five Rules For Cold Frames')
    >>> _unquoted('"My son sleeps with his phone"'), _unquoted('"Old" Roses And "New" Roses')
    ('"My son sleeps with his phone"', '"Old" Roses And "New" Roses')
    """
    close = QUOTE_PAIRS.get(title[:1])
    inner = title[1:-1].strip()
    if close is None or len(title) < 3 or title[-1] != close or any(q in inner for q in "\"“”«»„"):
        return title
    return inner if looks_like_title(inner) else title


# a directory's badge before its writer's name, standing as the byline under the title ("Expert Author NAME")
WRITER_BADGE = re.compile(r"^(?:expert|featured|top|platinum|diamond)\s+(?:author|writer|contributor)\s+(\S.{1,80})$",
                          re.I)


def _writer_badge(text: str) -> re.Match[str] | None:
    """A directory's writer badge under the title, naming a person: its byline's wording (SPEC, round 25).

    >>> _writer_badge("Expert Author Oskar Lindqvist-Bauer")[1], _writer_badge("Expert Authors, Quality Articles")
    ('Oskar Lindqvist-Bauer', None)
    """
    m = WRITER_BADGE.match(text)
    return m if m and is_person_name(m[1]) else None


def _columnist(text: str) -> re.Match[str] | None:
    """The standfirst naming an advice column's writer (:data:`attribution.COLUMNIST`), when it names a person
    ("Our resident expert answers your questions" credits nobody).

    >>> _columnist("Þórdís Guðmundsdóttir answers your letters")["who"]
    'Þórdís Guðmundsdóttir'
    >>> _columnist("Our resident expert answers your questions") is None
    True
    """
    m = COLUMNIST.match(text)
    return m if m and is_person_name(m["who"]) else None


def _opening_heading(text: str) -> bool:
    """Whether the line a later piece of an issue opens with is its heading in any case: short, no sentence, no
    navigation, no date or metadata, no byline, no licence.

    >>> _opening_heading("Five ways to cut your heating bill this winter"), _opening_heading("Community notes")
    (True, True)
    >>> _opening_heading("Thanks to all who came."), _opening_heading("Home | News | Contact")
    (False, False)
    >>> _opening_heading("Can leeks winter in pots?")  # a thread's question heads its item
    True
    """
    return (may_be_title(text) and (not _is_text(text) or _question_title(text)) and not is_nav_line(text)
            and not _is_meta(text) and not is_byline(text) and not lic.find_statements(text))


# the section a post is filed in, after its writer's name ("Ann Lee — posted in Essays", "Ann Lee – filed under Food")
FILED_UNDER = re.compile(r"(?<!\s)\s+[—–-]\s+(?:posted|filed)\s+(?:in|under)\s+\S.{0,40}$", re.I)  # (?<!\s): a run once


def as_subject(title: str | None) -> str | None:
    """A title as a list archive's message subject names its message (SPEC: a mailing-list message is titled by its
    Subject without the list tag and "Re:"): without the tag and the mail client's reply and forward marks before it
    (``REPLY_MARKS``, as a digest's subjects lose them); other titles as they are.

    >>> as_subject("[Quayside-growers] Re: leeks bolting in June"), as_subject("Re: RE: [tidepool] Tarps?")
    ('leeks bolting in June', 'Tarps?')
    >>> as_subject("Rebuilding a Wall: Three Mistakes"), as_subject("[1] Notes"), as_subject(None)
    ('Rebuilding a Wall: Three Mistakes', '[1] Notes', None)
    >>> as_subject("[GUIDE] Leeks in pots"), as_subject("[GUIDE] Re: Leeks in pots")
    ('[GUIDE] Leeks in pots', 'Leeks in pots')
    """
    if not title or title[:1] not in "[rRfFaAsSvV" or (m := REPLY_MARKS.match(title)) is None or (
            FLAG_TAG.fullmatch(m.group().strip())) or not title[m.end():].strip():
        return title  # (a footnote's "[1]" is no list's tag, nor a board's flag in capitals, "[GUIDE]")
    return title[m.end():]


# a bracketed tag alone that names no list: a footnote's number, or a board's flag in capitals ("[GUIDE]", "[TIPS]"),
# which a thread keeps in its title (a list's tag names the list, in its own case: "[Hivetalk]", "[chain-line]")
FLAG_TAG = re.compile(r"\[(?:\d+|[^\Wa-z]+)\]")


def _untagged(text: str) -> str:
    """A header line without the tag in brackets before it (``TITLE_TAG``); any other line as it is.

    >>> _untagged("[quay-larder] A letter to the next driver"), _untagged("[Photo: a van]"), _untagged("[1] Notes")
    ('A letter to the next driver', '[Photo: a van]', '[1] Notes')
    """
    return TITLE_TAG.sub("", text, count=1) if text[:1] == "[" else text


def _unfiled(text: str) -> str:
    """A writer's line without the section it names ("Ann Lee — posted in Essays" -> "Ann Lee"); other lines as
    they are.

    >>> _unfiled("Priya Raman — posted in Essays"), _unfiled("Why We Left — posted in haste")
    ('Priya Raman', 'Why We Left — posted in haste')
    """
    m = FILED_UNDER.search(text)
    return text[:m.start()] if m and name_line(text[:m.start()]) is not None else text


# A directory's or a print view's fields under the title, several to a line once the table cells are scraped
# together ("Author: NAME   Published: 04/17/2008   Category: Small Business   Views: 3,118"): each label's position.
# a magazine's credit row names the writer's part and the pictures' ("Words: NAME   Photos: NAME", "Text: NAME ·
# Illustration: NAME"): the words' field is the writer's, as "Author:" is
CREDIT_FIELD_LABELS = r"words|text|story|photos?|photographs?|photography|pictures?|images?|illustrations?|styling"
# ... and the same fields in the other languages of the tables ("Autor: NAME Publicat în: DATE Vizualizări: 312"):
# the writing's label, the date's (a short preposition may follow it: "Publicat în:") and the page's other labels
FIELD_LABEL = re.compile(r"(?:^|(?<=\s))(?P<label>author|by|written\s+by|submitted\s+by|posted\s+by"
                         rf"|{ROW_FIELD_LABELS}|{CREDIT_FIELD_LABELS}|{alternation('writer_label', other_languages())}"
                         rf"|{alternation('published', other_languages())}(?:\s+[^\W\d_]{{1,3}})?"
                         rf"|{alternation('meta_label', other_languages())})\s*:\s*", re.I)
WRITER_FIELDS = frozenset(("author", "by", "written by", "submitted by", "posted by", "words", "text", "story",
                           *folded("writer_label", other_languages())))


# A name with the writer's e-mail address after it in angle brackets, plain or spelled out against harvesters
# ("NAME, <x (at) y (dot) org>", "NAME <x@y.org>"): a document's head (a HOWTO's, a FAQ's, a mailing's) under its
# title. The name is a person's; the address is the writer's contact, no part of it.
# The address is read as attribution's WRITER_ADDRESS reads one (the twins accept the same addresses: "Ines Moreau,
# ines [at] example [dot] org" too); its runs part at the separators ("<[^<>@\s]+(?:...)[^<>]+>" walked a long
# run of "a(at)" from each of its separators: 1.9 s on 50 KB).
ADDRESSED_NAME = re.compile(r"^(?P<name>[^\W\d_][^<>,;:@()\d]{2,60}?),?[ \t]+"
                            rf"(?:{WRITER_ADDRESS.pattern.removeprefix('^').removesuffix('$')})$", re.I)
ADDRESS_HINTS = (">", "@", "at)", "at]")  # a line ADDRESSED_NAME may match holds one (its cheap gate)


def _writer_field(text: str) -> str:
    """A row of a page's fields that names the writer, as that one field ("Author: NAME"); other lines as they are.

    >>> _writer_field("Author: Ann Lee   Published: 04/17/2008   Category: Home   Views: 312")
    'Author: Ann Lee'
    >>> _writer_field("Author: Ann Lee"), _writer_field("Published: 04/17/2008  Views: 312")
    ('Author: Ann Lee', 'Published: 04/17/2008  Views: 312')
    >>> _writer_field("Words: Ann Lee  Photos: Bo Dahl"), _writer_field("Photography: Bo Dahl  Styling: Ann Lee")
    ('Author: Ann Lee', 'Photography: Bo Dahl  Styling: Ann Lee')
    >>> _writer_field("Submitted: 2009-11-02 | Words: 612 | Views: 1,204")  # a word count names nobody
    'Submitted: 2009-11-02 | Words: 612 | Views: 1,204'
    >>> _writer_field("Autor: Ana Pop Publicat în: 3 mai 2021 Vizualizări: 312")
    'Author: Ana Pop'
    >>> _writer_field("Ines Moreau, <ines (at) example (dot) org>"), _writer_field("Ann Lee <ann@example.org>")
    ('Ines Moreau', 'Ann Lee')
    >>> _writer_field("Write to <letters@example.org>")
    'Write to <letters@example.org>'
    """
    if any(h in text for h in ADDRESS_HINTS) and (addressed := ADDRESSED_NAME.match(text)) is not None and \
            is_person_name(addressed["name"]):
        return addressed["name"]  # a document's head names its writer with an address ("NAME, <x (at) y.org>")
    if ":" not in text:
        return text  # most lines: a cheap test before the search
    fields = list(FIELD_LABEL.finditer(text))
    if len(fields) < 2 or fields[0].start() != 0:
        return text
    for field_, after in zip(fields, fields[1:] + [None], strict=True):
        if " ".join(field_["label"].casefold().split()) in WRITER_FIELDS:
            value = text[field_.end():after.start() if after else len(text)].strip(" |·•,;")
            if value[:1].isdigit():  # "Words: 612", "Text: 2 pages": a count, not a name
                continue
            return f"Author: {value}" if value else text
    return text


# A directory's submission fields over the article's text ("Summary: ...", "Keywords: ...", "Article Body:"): the
# directory's record of the article, never its title or its text
DIRECTORY_FIELD = re.compile(r"^(?:summary|abstract|keywords?|article\s+(?:body|text))\s*:", re.I)


def _is_field(line: str) -> bool:
    """A labelled field of a page's record of the article ("Keywords: ...", "Word Count: 612", "Article Body:").

    >>> _is_field("Keywords: knives, kitchen"), _is_field("Word Count: 540"), _is_field("Sharpen it weekly.")
    (True, True, False)
    """
    text = line.strip()
    return DIRECTORY_FIELD.match(text) is not None or is_meta_line(text)


def _labelled_title(head: list[int], texts: dict[int, str]) -> int | None:
    """The header's one line that labels itself the title ("Title: Reclaim Your Garage"), when it is title-like.

    >>> _labelled_title([0, 1, 2], {0: "Home | Articles", 1: "Title: Fix A Tap", 2: "Word Count: 612"})
    1
    >>> _labelled_title([0, 1], {0: "Home | Articles", 1: "Fix A Tap"}) is None
    True
    """
    found = [i for i in head if TITLE_LABEL.match(texts[i]) and may_be_title(clean_title(texts[i]))]
    return found[0] if len(found) == 1 else None


def _dated_post_title(lines: list[str], head: list[int], texts: dict[int, str], first: int) -> bool:
    """Whether ``first`` is a blog post's title under its date header (Blogger's "Saturday, October 3, 2009", a
    block of its own): the one line left between the date and the text, a block of its own too, short and no
    paragraph. Bloggers title posts in any case and with any ending ("winter, go away.", "9 years today...").

    >>> lines = ["Saturday, October 3, 2009", "", "You know you want to", "", "I did it at last."]
    >>> _dated_post_title(lines, [0, 2], {0: lines[0], 2: lines[2]}, 2)
    True
    >>> lines[2] = "Home | About | Archive"
    >>> _dated_post_title(lines, [0, 2], {0: lines[0], 2: lines[2]}, 2)
    False
    >>> lines[2] = "In this article:"  # the post's contents box under its date
    >>> _dated_post_title(lines, [0, 2], {0: lines[0], 2: lines[2]}, 2)
    False
    """
    k = head.index(first)
    text = texts[first]
    return (k > 0 and head[k - 1] + 2 == first and is_date_line(texts[head[k - 1]]) and not lines[first - 1].strip()
            and first == head[-1] and first + 1 < len(lines) and not lines[first + 1].strip()
            and 0 < len(text.split()) <= MAX_TITLE_WORDS and not is_prose(text) and not is_nav_line(text)
            and not is_byline(text) and not _is_meta(text) and not lic.find_statements(text)
            and not SALUTATION.match(text) and not POST_CONTENTS_HEAD.match(text))


MIN_HEADLINE_WORDS = 5  # a headline over its dek says something; a site's name over a title is shorter
# a dek sums the piece up in a sentence ("Six simple steps could cut household use by a fifth, utility says"); a
# shorter line in sentence case under a heading is the piece's own title under its series' name ("Letters to a
# First-Year Teacher" / "To the teacher starting in September"), or a mail's "View this email in your browser"
MIN_DEK_WORDS = 8


def _headline_over_dek(head: list[int], texts: dict[int, str], t: int) -> int | None:
    """The headline standing over line ``t`` when ``t`` is its dek: a news release's or a feature's headline (a
    title-like line of several words, a block of its own) over a summary sentence in sentence case; else ``None``.

    >>> texts = {0: "FOR IMMEDIATE RELEASE", 2: "CITY WATER URGES HOUSEHOLDS TO SAVE WATER",
    ...          4: "Six simple steps could cut household use by a fifth, utility says"}
    >>> _headline_over_dek([0, 2, 4], texts, 4)
    2
    >>> _headline_over_dek([0, 4], {0: "Brightline Blog", 4: "A freelancer's filing system that lasts all year"}, 4)
    >>> _headline_over_dek([0, 2], {0: "Notes To A New Beekeeper", 2: "On the first inspection of spring"}, 2)
    """
    k = head.index(t)
    over = next((i for i in reversed(head[:k]) if not _is_meta(texts[i])), None)
    if over is None or over + 1 == t or looks_like_title(texts[t]) or len(texts[t].split()) < MIN_DEK_WORDS:
        return None
    text = texts[over]
    return over if (looks_like_title(text) and len(text.split()) >= MIN_HEADLINE_WORDS and not is_nav_line(text)
                    and not _is_label(text) and not lic.find_statements(text) and credit_line(text) is None) else None


def _title_under_byline(lines: list[str], head: list[int], texts: dict[int, str], by: int) -> int | None:
    """The title standing alone under a byline block: the byline has blank lines above and below it, the header
    under it is one line that may be a title, right over the text, and what stands above the byline is the site's
    (a name over its tagline, or one line that is no title: "Salt Marsh Diaries — birds, mud and weather"). A lone
    title over its byline block keeps the heading under it in the text.

    >>> lines = ["Salt Marsh Diaries", "Birds and mud", "", "Posted on 4 May 2011 by Ann Lee", "", "Waders", "",
    ...          "Text."]
    >>> _title_under_byline(lines, [0, 1, 3, 5], {i: lines[i] for i in (0, 1, 3, 5)}, 2)
    5
    >>> lines[:2] = ["Counting Waders", ""]
    >>> _title_under_byline(lines, [0, 3, 5], {i: lines[i] for i in (0, 3, 5)}, 1) is None
    True

    A directory's record under the byline (dates, counts, a rating, a row of tools) is the byline's block too:

    >>> lines = ["Site > Pets > Cats", "", "Author: Ann Lee", "Views: 1,204", "Rating: **** (4 / 5)",
    ...          "Print | Email this article", "", "Calming A Nervous Cat", "", "Text."]
    >>> _title_under_byline(lines, [0, 2, 3, 4, 5, 7], {i: lines[i] for i in (0, 2, 3, 4, 5, 7)}, 1)
    7
    >>> lines[7] = "[Photo: a cat on a windowsill]"  # a picture's note under the byline is no title
    >>> _title_under_byline(lines, [0, 2, 3, 4, 5, 7], {i: lines[i] for i in (0, 2, 3, 4, 5, 7)}, 1) is None
    True
    """
    i = head[by]
    under = [j for j in head[by + 1:] if not _byline_block_row(texts[j])]
    above = [j for j in head[:by] if not _is_meta(texts[j])]
    after = next((j for j in range(i + 1, len(lines))
                  if not (lines[j].strip() and _byline_block_row(lines[j].strip()))),
                 len(lines))  # (a notice glued under the byline: "This post may contain affiliate links.")
    if (len(under) != 1 or i and lines[i - 1].strip() or after < len(lines) and lines[after].strip()
            or not may_be_title(texts[under[0]]) or is_nav_line(texts[under[0]]) or _is_label(texts[under[0]])
            or _picture_note(texts[under[0]])  # ("[Photo: NAME at the baths in 1978]": the picture's, no title)
            or CAPTION.match(texts[under[0]])  # "[Photo: the pool in 1978]" under a news byline: a picture's caption
            or under[0] + 1 < len(lines) and lines[under[0] + 1].strip()):  # a paragraph's first line, hard-wrapped
        return None
    if not above:
        return under[0]  # the byline tops the page ("by NAME · 12 min read · Photography"), the title under it
    block = [j for j in above if j > above[-1] - 3 and all(lines[k].strip() for k in range(j, above[-1] + 1))]
    over = texts[above[-1]]  # "HOMEWORK CORNER | Parents' Section": a section's head with its parts, no title
    return under[0] if len(block) >= 2 or not looks_like_title(over) or is_nav_line(over) else None


def _byline_block_row(text: str) -> bool:
    """A line of a byline's block: its date or count (``_is_meta``), or a row of the page's tools or ratings under
    it ("Email to a friend | Print", "Rating: ***** (4.1 / 5)"), which a directory sets between the byline and
    the title.

    >>> _byline_block_row("Views: 3,102"), _byline_block_row("Print | Email | Save"), _byline_block_row("Why Cats Hide")
    (True, True, False)
    """
    return _is_meta(text) or is_nav_line(text)


MAX_BUTTON_WORDS = 2  # "Follow", "∙ Paid", "Listen": a platform's button or count, never a title's line


def _button(text: str) -> bool:
    """A platform's button or count under the writer's name ("Follow", "∙ Paid", "412"), not text or a heading.

    >>> _button("Follow"), _button("∙ Paid"), _button("Why Pipes Knock"), _button("Be kind.")
    (True, True, False, False)
    >>> _button("♡ 212   💬 37   ↻ Share")  # a row of counts: its numbers and signs are no words
    True
    """
    words = [w for w in text.split() if any(c.isalpha() for c in w)]
    return len(words) <= MAX_BUTTON_WORDS and not text.endswith((".", "!", "?", ":"))


def _under_name(text: str) -> bool:
    """A line that may stand under the writer's name in a header and names no writer: a platform's buttons and
    counts, the writer's role, the piece's facts, its translator or the syndicate or agency that carries it, or a
    note that it is reprinted with permission (the note stays in the text for the licence)."""
    return (_button(text) or is_role(text) or _facts(text) or is_carrier_line(text) or _affiliation(text)
            or bool(lic.find_statements(text)))


# an institution's word in a writer's affiliation line under the name ("Department of Horticulture, University of
# X", "School of Nursing", "Institut für Bodenkunde"): where the writer works, never a writer or a title
AFFILIATION = re.compile(r"^(?:(?:the\s+)?(?:department|dept\.|school|faculty|institute|division|centre|center|college|"
                         r"university|laboratory|lab|unit)\s+(?:of|for)\s|(?:universit(?:y|ät|é|at|à|ad|ade)|"
                         r"institut[eo]?|facult(?:y|é|ad|ät))\b)", re.I)
MAX_AFFILIATION_WORDS = 12


def _affiliation(text: str) -> bool:
    """A writer's affiliation line under the name on a fact sheet or a paper ("Department of Soil Science,
    University of X"): an institution's name opening a short line with no sentence in it.

    >>> _affiliation("Department of Horticulture, University of Rowan"), _affiliation("School of Nursing")
    (True, True)
    >>> _affiliation("Schools of fish gather where the water warms."), _affiliation("Departing Early")
    (False, False)
    """
    return (len(text.split()) <= MAX_AFFILIATION_WORDS and not text.endswith((".", "!", "?"))
            and AFFILIATION.match(text) is not None)


# a picture's credit on a line of its own ("Photo by NAME on SITE", "Image: NAME", "Foto: NAME"): the picture's,
# never the writing's
PICTURE_LINE = re.compile(r"^(?:(?:header\s+|cover\s+|top\s+)?(?:photo|image|picture|foto|bild|illustration)s?"
                          r"(?:\s+(?:by|von|de|di|par|por)|\s*:)\s+\S)", re.I)
MAX_PICTURE_LINE_WORDS = 10
# the label a story platform prints over the publication carrying the story ("Published in", "Writer for"), alone
PUBLICATION_LABEL = re.compile(rf"^{alternation('published_in')}$", re.I)  # (the labels: languages.py)


def _picture_credit(text: str) -> bool:
    """A picture's credit on a line of its own ("Photo by Ines Roth on Unsplash"), no writer's credit.

    >>> _picture_credit("Photo by Ines Roth on Unsplash"), _picture_credit("Photos: Ines Roth")
    (True, True)
    >>> _picture_credit("Photographing birds at dawn"), _picture_credit("Ines Roth")
    (False, False)
    """
    return len(text.split()) <= MAX_PICTURE_LINE_WORDS and PICTURE_LINE.match(text) is not None


MAX_PICTURE_NOTE_WORDS = 30  # a caption or a credit with its terms; a longer line is a paragraph


def _picture_note(text: str) -> bool:
    """A picture's note on a line of its own, its placeholder in brackets or its credit with its terms, in any
    length up to a few sentences ("[Image: a crate of carrots]", "Cover image: stock photo, not for reuse.").

    >>> _picture_note("[Image: two crates of beetroot]"), _picture_note("Cover image: licensed stock. Not for reuse.")
    (True, True)
    >>> _picture_note("Images of the garden tell the story."), _picture_note("Imagine a cellar.")
    (False, False)
    """
    return len(text.split()) <= MAX_PICTURE_NOTE_WORDS and PICTURE_LINE.match(text.lstrip("[( ")) is not None


def _publication_of(head: list[int], texts: dict[int, str]) -> bool:
    """Whether the header's last line is the publication a story platform names under the writer's name, right
    under its label ("Published in" / "The Quiet Desk"), or that label itself.

    >>> _publication_of([0, 1, 2], {0: "Ann Lee", 1: "Published in", 2: "Kitchen Notes"})
    True
    >>> _publication_of([0, 1], {0: "Ann Lee", 1: "Kitchen Notes"})
    False
    """
    last = texts[head[-1]]
    return bool(PUBLICATION_LABEL.match(last)) or (
        len(head) > 1 and PUBLICATION_LABEL.match(texts[head[-2]]) is not None and len(last.split()) <= 6)


def _name_line_at(head: list[int], texts: dict[int, str], known_title: str | None = None) -> int | None:
    """Where the header names the writer on a line without "By" (``name_line``): right under a line that may be
    the title, with only date or credit lines between it and the first paragraph; ``None`` when it does not.

    >>> _name_line_at([0, 1, 3], {0: "Cheap Heat At Home", 1: "Ann Lee, 3 May 2019", 3: "Photos: Bo Lind"})
    1
    >>> _name_line_at([0, 1], {0: "Cheap Heat At Home", 1: "A Winter Guide"}), _name_line_at([0], {0: "Ann Lee"})
    (None, None)
    >>> _name_line_at([0, 2], {0: "Loft Hatches", 2: "Loft Hatches"}) is None  # a short title shown twice
    True
    >>> _name_line_at([0, 1, 2], {0: "Cheap Heat", 1: "Ann Lee", 2: "Translated from the Danish by Bo Lind"})
    1
    >>> _name_line_at([0, 1], {0: "Noisy Neighbours Before Seven", 1: "ASK MARGIT"}) is None
    True
    >>> _name_line_at([0, 1, 2, 4], {0: "How We Heat One Room", 1: "Ann Lee", 2: "May 3, 2024 · 8 min read",
    ...                              4: "Reader view · Open original"})  # a tool's row under the head
    1
    >>> _name_line_at([0, 1], {0: "وارث_سومرو", 1: "نئون ميمبر"}) is None  # a forum card: a handle, its rank
    True
    >>> _name_line_at([0, 1, 2], {0: "Notes of the Hillside Society", 1: "=" * 20, 2: "Winter Onions"}) is None
    True
    """
    lines = [i for i in head if not _is_meta(texts[i]) or name_line(texts[i])]  # "Ann Lee | Family | 4 comments"
    while len(lines) > 2 and (_picture_credit(texts[lines[-1]]) or _publication_of(lines, texts) or (
            is_nav_line(texts[lines[-1]]) and name_line(texts[lines[-1]]) is None) or _under_name(
            texts[lines[-1]]) and ((named := name_line(texts[lines[-1]])) is None or is_role(named.name))):
        # ("Warehouse Lead" is no name; "Photo by NAME on SITE" over the text and "Published in" / "The Quiet Desk"
        # in a story platform's head name no writer: the picture's credit, the publication carrying the story)
        lines.pop()  # "Follow", "∙ Paid" under the name: a platform's buttons; "Lecturer in Nutrition": the role;
        # "Serves 4 · 30 minutes", "8 min read": the piece's facts; the translator, the syndicate, a permission note
        # a row of links or tools under the head ("Share · Email · Print", a read-later app's "Text view · Open
        # original"): the page's controls, never the writer
    if len(lines) > 3 and texts[lines[-1]] == texts[lines[-2]] and is_person_name(texts[lines[-1]]):
        lines.pop()  # a platform shows the writer's name twice (its link and its profile card) under the title
    if len(lines) < 2 or name_line(texts[lines[-1]]) is None:  # (a title's "for ...": split_name's outlet cap)
        return None
    if roles.column_name(texts[lines[-1]]):
        return None  # "ASK MARGIT" under the headline: the column's name, not its writer's (``_is_label``'s case)
    if texts[lines[-1]].casefold() == texts[lines[-2]].casefold():
        return None  # the title printed twice (a theme's heading over the post's own): "Loft Hatches" is no name
    if not (_is_title(texts[lines[-2]], known_title) if known_title else may_be_title(texts[lines[-2]])):
        return None  # under the title the markup gave, or under a line that may be one
    if any(RULE_LINE.match(texts[i]) for i in head if lines[-2] < i < lines[-1]):
        return None  # a rule between: the line opens a ruled item under the issue's head ("=====" / "Winter
        # Onions"), its heading, not a writer named under the head's last line (the review's ruled newsletter)
    if "_" in texts[lines[-2]] and len(texts[lines[-2]].split()) == 1:
        return None  # under a member's handle ("nazia_soomro"): a forum card's rank line ("New member"), no name
    return head.index(lines[-1])


# A breadcrumb's separators, spaced ("Home » Soups » Quick Tom Kha"), and the fewest crumbs of one ("Home / Section
# / Page": a shorter row is a menu's or a path's, its last item no page of its own)
CRUMB_SEPARATORS = "»›>"
MIN_CRUMBS = 3
CRUMB = re.compile(rf"(?<!\s)\s+[{CRUMB_SEPARATORS}]\s+")
MIN_CRUMB_TITLE_WORDS = 4  # "Quick Tom Kha for Weeknights"; a breadcrumb's sections run one to three words


def _crumb_title(head: list[int], texts: dict[int, str]) -> str | None:
    """The page's title as its breadcrumb's last crumb ("You are here: Home » Soups » Quick Tom Kha for
    Weeknights"), where the header shows no title of its own: a crumb of a title's length, not a section's name.

    >>> _crumb_title([0], {0: "You are here: Home » Soups » Quick Tom Kha for Weeknights"})
    'Quick Tom Kha for Weeknights'
    >>> _crumb_title([0], {0: "Home » Home & Garden » Composting"}) is None
    True
    """
    for i in head:
        crumbs = CRUMB.split(texts[i])
        if len(crumbs) >= MIN_CRUMBS and len((last := crumbs[-1].strip()).split()) >= MIN_CRUMB_TITLE_WORDS and (
                may_be_title(last)):
            return clean_title(last)
    return None


# ... and slashes too ("Home / Loudspeakers / Active / K40", spaced, as a date's never are) where a heading under
# the breadcrumb must repeat its last crumb (:func:`_crumb_named`); read alone as the title (:func:`_crumb_title`), a
# slashed row's last part is not trusted so far
CRUMB_PARTS = re.compile(rf"(?<!\s)\s+[{CRUMB_SEPARATORS}/]\s+")


def _crumb_named(head: list[int], texts: dict[int, str]) -> int | None:
    """The header line the breadcrumb names as the page it stands on: the first line under the breadcrumb that
    repeats its last crumb, whole (a crumb of a title's length, ``MIN_CRUMB_TITLE_WORDS``) or as its opening words
    ("K40" over "K40 Active Bookshelf Speaker": a product's, a form's or a document's short name, the heading
    spelling it out); else ``None``. A shop's, an archive's or a magazine's page says so in any language, whatever
    its header holds between the two (a section's label, a dek, a credit line).

    >>> texts = {0: "Home / Speakers / K40", 2: "K40 Active Bookshelf Speaker", 4: "Data sheet · March 2023"}
    >>> _crumb_named([0, 2, 4], texts)
    2
    >>> texts = {0: "Home / Bees / Calm Bees, Calm Keeper", 1: "TRANSLATIONS", 2: "Calm Bees, Calm Keeper"}
    >>> _crumb_named([0, 1, 2], texts)
    2
    >>> _crumb_named([0, 1], {0: "Home » Recipes » Soups", 1: "Soups"}) is None  # a section's own heading
    True
    >>> _crumb_named([0, 1], {0: "Home » Recipes » Soups", 1: "Soups are what we eat in March."}) is None
    True
    >>> _crumb_named([0, 1, 2], {0: "Home » Leaflets » Surgery", 1: "Surgery", 2: "Surgery Unit – Ward 4"}) is None
    True
    """
    for k, i in enumerate(head):
        crumbs = CRUMB_PARTS.split(texts[i])
        if len(crumbs) < MIN_CRUMBS or not is_nav_line(texts[i]):
            continue
        last = " ".join(crumbs[-1].split()).casefold()
        for j in head[k + 1:]:
            line = " ".join(texts[j].split())
            folded = line.casefold()
            if folded == last and len(last.split()) < MIN_CRUMB_TITLE_WORDS:
                return None  # the section's own heading repeats the crumb: it names the section, not the page
            whole = folded == last
            opening = folded.startswith(f"{last} ") and looks_like_title(line)
            if (whole or opening) and may_be_title(line) and not is_nav_line(line):
                return j
        return None
    return None


MAX_FACTS_WORDS = 6  # "Serves 4 · 30 minutes", "Level: easy · 45 min": a recipe's or a post's facts
# The words of those facts: servings, times, reading time, counts (a title's "Top 10 Tips" holds none).
FACT_WORDS = frozenset("serves servings serving makes yield yields portions prep cook cooking total time min mins "
                       "minute minutes hr hrs hour hours read reading words views comments likes claps level "
                       "portionen personen personnes porciones raciones".split())


def _facts(text: str) -> bool:
    """A short line of a piece's facts under its credit (servings, time, reading time), not a title.

    >>> _facts("Serves 4 · 30 minutes"), _facts("8 min read"), _facts("Ten Ways To Save"), _facts("Top 10 Tips")
    (True, True, False, False)
    """
    words = re.findall(r"[^\W\d_]+", text.lower())
    return len(text.split()) <= MAX_FACTS_WORDS and DIGIT.search(text) is not None and any(
        w in FACT_WORDS for w in words)


def _credit_over_title(head: list[int], texts: dict[int, str]) -> int | None:
    """Where a credit that says it is one ("Author: NAME", "Автор / Author: NAME", "Ask Marguerite, by NAME") stands
    ABOVE the title, under the site's navigation only, its date between: ``None`` when the header is not so.

    >>> _credit_over_title([0, 2, 3, 5], {0: "Home · Energy · Shop", 2: "Author: Ann Lee", 3: "22.11.2022",
    ...                                   5: "Cheap Ways To Keep Heat In"})
    1
    >>> _credit_over_title([0, 2, 5], {0: "Keeping Warm", 2: "Author: Ann Lee", 5: "Cheap Ways To Keep Heat In"})
    """
    if len(head) < 2 or not may_be_title(texts[head[-1]]) or _is_label(texts[head[-1]]):
        return None
    k = len(head) - 2
    while k >= 0 and _is_meta(texts[head[k]]):
        k -= 1
    if k < 0 or credit_line(texts[head[k]]) is None or name_line(texts[head[-1]]) is not None:
        return None
    above = [texts[i] for i in head[:k]]
    return k if all(is_nav_line(t) or _is_meta(t) for t in above) else None


def _profile_role(text: str) -> bool:
    """A writer's role under the name in a profile block: a job ("Nurse Educator | Leeds") or the badge a blog
    platform prints beside the site owner's name ("Admin", "Site owner", "Moderator")."""
    return is_role(text) or FORUM_RANK.match(text) is not None or SITE_OWNER.match(text) is not None


# the badge a site builder prints beside its owner's name ("Site owner", "Blog owner", "Owner")
SITE_OWNER = re.compile(r"^(?:site\s+|blog\s+)?owner$", re.I)


def _profile_over_title(head: list[int], texts: dict[int, str]) -> int | None:
    """Where a platform's profile block names the writer ABOVE the title (LinkedIn, Medium: the name, then the
    role and the post's date, then the title right over the text); ``None`` when the header holds no such block.
    The role line is required: a blog's name over a date line and the title ("Saturday Fixes" / "4 April 2017")
    reads like a name too.

    >>> texts = {0: "LinkedIn", 1: "Ann Lee", 2: "Nurse Educator | Leeds", 3: "Published Jan 5, 2024",
    ...          4: "Why Pipes Knock"}
    >>> _profile_over_title([0, 1, 2, 3, 4], texts)
    1
    >>> del texts[2]
    >>> _profile_over_title([0, 1, 3, 4], texts) is None
    True
    """
    if len(head) < 3 or not any(_profile_role(texts[i]) for i in head[1:-1]) or not may_be_title(texts[head[-1]]):
        return None  # (the role line first: most headers hold none, and it is the cheaper test)
    k = len(head) - 2
    profile = False
    while k >= 0 and name_line(texts[head[k]]) is None and (
            _is_meta(texts[head[k]]) or _profile_role(texts[head[k]]) or _button(texts[head[k]])
            or READING_TIME.search(texts[head[k]])):
        profile = profile or _profile_role(texts[head[k]])
        k -= 1
    named = name_line(texts[head[k]]) if k >= 0 and profile else None
    return k if named is not None and is_person_name(named.name) else None


def _body_start(head: list[int], removed: set[int]) -> int:
    """Where the body starts: at the first line of the header that stays (a notice above the byline), else under
    the last one that goes."""
    return next((i for i in head if i not in removed), max(removed) + 1)


CONSENT_REACH = 3  # a cookie notice stands at the very top of a scraped page
CHROME_REACH = 8  # a page's own notices (a consent wall, an official-site banner, a site's blurb) open the page
MENU_REACH = 10  # ... and the site's menu follows them within a few lines
MIN_MENU_RUN = 4  # a menu's items, one a line: more than a heading, a dek and a button or two
MAX_MENU_ITEM_WORDS = 3  # "Home", "Personal finance", "Food Safety Basics"


def _menu_under(lines: list[str], below: list[int]) -> bool:
    """Whether the lines ``below`` a paragraph hold a site's menu, one item a line: ``MIN_MENU_RUN`` short lines or
    more in a row, each capitalised, without a digit or a closing stop ("Home", "Money", "Sign in"). A paragraph
    over it is the page's notice, not the article's (an ingredient list has quantities, an article's list
    sentences).

    >>> page = ["We and our partners store cookies.", "ACCEPT ALL", "Sign in", "News", "Money", "Travel", "Title"]
    >>> _menu_under(page, [1, 2, 3, 4, 5, 6])
    True
    >>> _menu_under(["Soup.", "Ingredients", "2 leeks", "1 onion", "Salt", "Pepper"], [1, 2, 3, 4, 5])
    False
    >>> _menu_under(["Text.", "Good Habits", "Good Habits", "Good Habits", "Ann"], [1, 2, 3, 4])
    False

    A menu scraped as text keeps its items on lines of their own one after another, each a section's name: short
    lines parted by blank lines are blocks of the article (a settings table's cells "Option", "Value", a fact
    check's "Claim", "Rating", "Origin": extracted text parts its blocks so, a menu's lines it keeps together), and a
    line with a comma is no section's name (an open letter's signatories: "Ann Lee, poet").

    >>> _menu_under(["We value you.", "", "Option", "", "Value", "", "Half", "", "Level"], [2, 4, 6, 8])
    False
    >>> signed = ["We write.", "Ann Lee, poet", "Bo Chan", "Cy Diaz, MIT", "Di Eze", "Ed Fay, Yale"]
    >>> _menu_under(signed, [1, 2, 3, 4, 5])
    False
    """
    run: list[str] = []
    longest = 0
    previous = None
    for i in below:
        text = lines[i].strip()
        together = previous is not None and i == previous + 1
        # (a menu's items differ: a heading repeated is no menu)
        item = _menu_item_line(text) and "," not in text and text not in run
        run = (run + [text] if together or not run else [text]) if item else []
        previous = i
        longest = max(longest, len(run))
    return longest >= MIN_MENU_RUN


SKIP_LINK = re.compile(r"^skip\s+to\b", re.I)  # "Skip to main content": the page's first link, over any notice


def _nav_row_under(lines: list[str], i: int) -> bool:
    """Whether the block a line opens or joins goes on, within ``MIN_MENU_RUN`` lines and no blank line between, to
    a row of navigation ("News | Money | About us"): a site's tagline in sentences glued over its menu rows, under
    the site's name, is the page's blurb, not the article's first paragraph.

    >>> page = ["Valley Ledger", "News for the valley. Paid for by readers.", "Donate Search", "News | Money | About"]
    >>> _nav_row_under(page, 1), _nav_row_under(["Text of it.", "", "News | Money | About"], 0)
    (True, False)
    """
    for j in range(i + 1, min(len(lines), i + 1 + MIN_MENU_RUN)):
        if not lines[j].strip():
            return False
        if is_nav_line(lines[j]):
            return True
    return False


def _menu_above(lines: list[str], head: list[int]) -> bool:
    """Whether the header read so far holds the site's menu or a breadcrumb (a skip link aside): a paragraph under
    it is the article's (a recipe's note over its contents box), not a notice over the menu."""
    return any(is_nav_line(text := lines[i].strip()) and not SKIP_LINK.match(text) for i in head)


MAX_BANNER_WORDS = 15  # a site's promotion or ticker line under its menu; a paragraph is longer, as a rule


def _site_block_over(lines: list[str], head: list[int]) -> bool:
    """Whether the header read so far ends in the site's block: lines glued together (no blank line between) from
    the page's top line, one of them the site's menu.

    >>> _site_block_over(["Site | Tagline", "Home   News   Sport   Contact", "Log in"], [0, 1, 2])
    True
    >>> _site_block_over(["Site", "", "Home   News   Sport   Contact", "", "Title"], [0, 2, 4])
    False
    """
    block = list(itertools.takewhile(lambda i: i in head, range(head[0], head[-1] + 1)))
    return bool(block) and block[-1] == head[-1] and any(is_nav_line(lines[i].strip()) for i in block)


def _menu_item_line(text: str) -> bool:
    """A line that may be a menu's item: a few words, capitalised, no digit, no closing stop ("Home & Garden")."""
    return (0 < len(text.split()) <= MAX_MENU_ITEM_WORDS and opens_capitalised(text) and not DIGIT.search(text)
            and text[-1] not in ".!?:;," and not LONE_BUTTON.match(text))  # ("Share", "Print": a toolbar's)


def _head(lines: list[str], nonblank: list[int], config: SegmentConfig, opened: bool = False) -> list[int]:
    """The non-blank lines above the first paragraph (at most ``config.header_lines``); a byline under one short
    notice paragraph ("This post first appeared in ...", then "By Ann Lee") is part of the header too. ``opened``:
    the lines are a later piece the split opened at its title, which may be a thread's question."""
    head: list[int] = []
    note = -2  # the last line of an editor's note: its paragraph's lines (hard-wrapped) follow it
    box = -1  # the last line of a writer's greeting box over the title
    transport = _transport_fields(lines, nonblank) or _banner_over_rule(lines, nonblank)
    wall = 0 if transport or opened else _consent_wall(lines, nonblank)
    for k, i in enumerate(nonblank[: config.header_lines + transport + wall]):
        text = lines[i].strip()
        if k < wall:
            continue  # a consent wall over the site (its notice, its purposes, its buttons): the page's, not the
            # header's, however many lines it runs to (recorded with the header's chrome: _read_header)
        if k < transport:
            head.append(i)  # a saved message's transport header: the header's, however long its fields
            continue
        if k < wall:
            continue  # a consent wall over the page, down to its buttons: stepped over (recorded as chrome above the
            # body), and the page's own header read under it
        if i <= box or head and (GREETING.match(text) or SUBSCRIBE_BOX.match(text)) and not lines[i - 1].strip() and (
                box := _block_end(lines, i)) >= 0 or head and SUBSCRIBE_BOX.match(text) and (
                box := _box_tail(lines, i)) >= 0:
            head.append(i)  # "Hi, I'm Priya!", a line about her, "More about me": the blog's box, not a paragraph
            continue
        if i == note + 1 or EDITOR_NOTE.match(text):
            head.append(i)  # "Editor's note: ..." over the title, with the lines of its paragraph
            note = i
            continue
        if SALUTATION.match(text):
            break  # "Dear Auntie Bea," opens the letter: the header is above it
        if not head and _bio_note(text) and _heading_next(lines, nonblank, k):
            head.append(i)  # a column's note on its writer, over the column's name and the title
            continue
        if TOPIC_LINE.match(text):
            head.append(i)  # "Topic: TITLE  (Read 1,482 times)": a forum thread's head, however long its title
            continue
        if opened and k == 0 and _question_title(text):
            head.append(i)  # a digest's next thread, opened at its question: the question heads it
            continue
        if head and DIRECTORY_FIELD.match(text) and k + 1 < len(nonblank) and _is_field(lines[nonblank[k + 1]]):
            head.append(i)  # "Summary: A blunt knife is ..." over "Keywords: ...": a directory's field, even a
            continue  # sentence (a "Summary:" over text may be the text's own first line)
        if head and text.endswith("?") and k + 1 < len(nonblank) and (
                QUESTION_STATS.match(nxt := lines[nonblank[k + 1]].strip()) or THREAD_STATS.match(nxt)):
            head.append(i)  # a Q&A page's question over "Asked 3 years ago  Viewed 9k times": its title (a blank
            continue  # line between or not)
        if (head and text.endswith("?") and len(text.split()) <= MAX_TITLE_WORDS and k + 1 < len(nonblank)
                and not lines[i + 1].strip() and not is_prose(nxt := lines[nonblank[k + 1]].strip())
                and len(nxt.split()) <= MAX_TITLE_WORDS):
            head.append(i)  # a Q&A page's question, a block of its own under the site's header, over the page's
            continue  # short rows ("All related (38)  Sort", the asker's card), not over its text
        if head and DISCLOSURE.match(text) or _host_note(text) and _heading_next(lines, nonblank, k):
            head.append(i)  # "This post may contain affiliate links ...", "... Over to her!": the blog's notice
            continue  # (the title may follow)
        if k < CONSENT_REACH and is_consent_banner(text):
            head.append(i)  # the site's cookie notice over its header: the page's, not a paragraph
            continue
        if (head and head[-1] == i - 2 and is_date_line(lines[head[-1]].strip()) and i + 1 < len(lines)
                and not lines[i + 1].strip() and len(text.split()) <= MAX_TITLE_WORDS and text[-1] not in ".!?:;,"
                and not POST_CONTENTS_HEAD.match(text)):
            head.append(i)  # a blog post's title in sentence case, a block of its own under its date header
            continue
        if head and text[:1].isdigit() and ("|" in text or "·" in text) and dated_name(text) is not None:
            head.append(i)  # "14.04.2023 09:12 | Autors: NAME | Komentāri (7)": the post's date row, whatever its words
            continue
        if (not opened and k < CHROME_REACH and is_prose(text) and not _menu_above(lines, head)
                and (_menu_under(lines, nonblank[k + 1:k + 1 + MENU_REACH]) or head and head[-1] == i - 1
                     and _nav_row_under(lines, i) and not lic.find_statements(text))):  # (a tagline glued under
            # the site's name over its menu rows; a notice over the footer's links is read for its terms)
            if head and head[-1] == nonblank[k - 1] and not is_nav_line(lines[head[-1]]):
                head.pop()  # the notice's own heading ("We value your privacy"): the page's too, never the title
            continue  # a consent wall's, a government banner's or a site's blurb over the site's menu: not the text
        if (not opened and k < CHROME_REACH and head and head[-1] == i - 1 and i + 1 < len(lines)
                and not lines[i + 1].strip()
                and len(text.split()) <= MAX_BANNER_WORDS and not _by_line(text) and _site_block_over(lines, head)):
            head.append(i)  # "Subscribe online: 1 month - 150 roubles" glued under the site's menu and its login
            continue  # line, a blank line under it: the site's banner, in the site's block, never the first paragraph
        if (not opened and (over := [j for j in head if not _is_meta(lines[j].strip())])
                and is_nav_line(lines[over[-1]]) and (m := LATER_ITEM.match(text))
                and int(m["n"]) > 1 and k + 1 < len(nonblank) and _is_text(lines[nonblank[k + 1]])):
            break  # "4. Name each fund ..." under the site's menu or breadcrumb, over its text: a paged list's later
            # page opens on its next item, the headline left on page 1 (SPEC: no title is invented for it)
        if head and _neighbours_row(text):
            head.append(i)  # "« Earlier: TITLE   Later: TITLE »" under the site's menu: the blog's pager, however long
            continue  # the neighbours' titles run
        if head and (CAPTION.match(text) and _caption_credit(text) is None or PICTURE_LINE.match(text) and (
                CAPTION.match(lines[i - 1].strip()))):
            head.append(i)  # a picture's caption over the title ("[Image: ...]"), with the picture's credit or terms
            continue  # glued under it ("Cover image: stock photograph licensed ..."): the page's, not a paragraph
        if is_prose(text) and _running_lines(lines, [i]):
            head.append(i)  # a print's running header over each page ("DATE, TIME  TITLE | SITE"): no paragraph
            continue
        if head and _picture_note(text) and k + 1 < len(nonblank) and (
                not is_prose(nxt := lines[nonblank[k + 1]].strip()) or _picture_note(nxt)):
            head.append(i)  # a picture's placeholder or its credit over the title ("[Image: crates in a cellar]",
            continue  # "Cover image: stock photograph, not for reuse."): the picture's, never the text's first line
            # (one over the text's first paragraph is where the header ends, as before)
        if head and ("·" in text or "|" in text) and is_meta_line(text):
            head.append(i)  # a row of the page's facts, long enough to read as a sentence ("Uploaded by HANDLE on
            continue  # DATE · 3 pages · scanned from a photocopy"): the archive's, over the piece's own head
        if (is_prose(text) or _hard_wrapped(text, lines[i + 1] if i + 1 < len(lines) else "")) and not _by_line(
                text) and not NAV_BAR.search(text) and not (  # a long menu is no paragraph
                head and reposted_writer(text)):  # nor "NAME · originally published on X under CC BY 4.0."
            after = nonblank[k + 1] if k + 1 < len(nonblank) else None
            if (_signed_note(text) or QUESTION.match(text)) and any(
                    _by_line(lines[j].strip()) for j in nonblank[k + 1:k + 4]):
                head.append(i)  # an editor's note, or a Q&A page's question, above a byline: the header
                continue
            if head and _notice_over_byline(lines, nonblank[k:k + NOTICE_REACH], config):
                head.append(i)  # "You get this letter because ...", then the first article's title and byline
                continue
            if (head and after is not None and len(text.split()) <= config.notice_max_words
                    and (_by_line(lines[after].strip())
                         # a title that reads as a sentence (a column's question), then "Gan NAME", "Par NAME": the
                         # bare "by" of another language, a full name after it
                         or byline_abroad(lines[after].strip()) is not None
                         # a blog post's title long enough to read as a sentence over its dated post head ("Posted
                         # on DATE by HANDLE"), as a newsroom's headline stands over "By NAME"
                         or POST_HEAD.match(lines[after].strip()) is not None
                         and _headline_over_by(text, lines[after].strip()))
                    and not BLOG_FOOTER.match(lines[after].strip())):
                head += [i, after]
            elif (not head and after is not None and len(text.split()) <= config.notice_max_words
                  and byline_abroad(lines[after].strip())):
                head += [i, after]  # a host's note opening the text (the markup holds the title), then "Par NAME"
            elif (not head and after is not None and i + 1 == after and _by_line(lines[after].strip())
                  and len(text.split()) <= MAX_TITLE_WORDS and not _ends_sentence(text)):
                head += [i, after]  # a shared post's own title glued over "by NAME", in the words of a sentence
                # ("My no-knead loaf (for people with jobs)"): the piece a rule opened starts with its head
            break
        head.append(i)
    return head


# The fields of a message's transport header (mail, news, and the FAQ archives' fields under it): a page saved
# from a news server or a mail client opens with them, and the document's own head stands under them
TRANSPORT_FIELD = re.compile(
    r"^(?:path|newsgroups|from|subject|message-id|date|to|cc|reply-to|sender|organi[sz]ation|lines|references"
    r"|followup-to|in-reply-to|x-[a-z-]{1,40}|received|return-path|mime-version|content-type"
    r"|content-transfer-encoding|xref|approved|expires|supersedes|summary|keywords|archive-name|posting-frequency"
    r"|last-modified|version|url|nntp-posting-host)\s*:", re.I)
# a transport header names a sender and what is carried: a directory's "Summary:" and "Keywords:" fields are not one
TRANSPORT_KEYS = re.compile(r"^(?:from|path|newsgroups|message-id)\s*:", re.I)
MIN_TRANSPORT_FIELDS = 3


def _transport_fields(lines: list[str], nonblank: list[int]) -> int:
    """How many of the first non-blank lines are a saved message's transport header (``TRANSPORT_FIELD``): at
    least ``MIN_TRANSPORT_FIELDS``, one naming the sender or the path, from the page's first line on; else 0.

    >>> _transport_fields(["Path: a!b", "From: x@y.example", "Newsgroups: rec.bees", "", "KEEPING BEES", "Text."],
    ...                   [0, 1, 2, 4, 5])
    3
    >>> _transport_fields(["Summary: Short.", "Keywords: bees", "Word count: 500", "KEEPING BEES"], [0, 1, 2, 3])
    0
    """
    n = 0
    while n < len(nonblank) and TRANSPORT_FIELD.match(lines[nonblank[n]].lstrip()):
        n += 1
    keyed = any(TRANSPORT_KEYS.match(lines[i].lstrip()) for i in nonblank[:n])
    return n if n >= MIN_TRANSPORT_FIELDS and keyed else 0


# A consent wall's buttons, each alone on its line ("ACCEPT ALL", "Reject all", "More options", "Manage preferences"),
# and the words its notice says over them: a run of two buttons or more closes the wall
CONSENT_BUTTON = re.compile(r"^(?:accept|reject|decline|refuse|agree|allow|deny|disagree|manage|more|customi[sz]e"
                            r"|save|confirm)(?:\s+(?:all|cookies|options|preferences|settings|choices|selection"
                            r"|and\s+(?:close|continue)|&\s+close))?$", re.I)
CONSENT_WORDS = re.compile(r"\b(?:cookies?|consent|personal\s+data|partners|privacy)\b", re.I)
MIN_CONSENT_BUTTONS = 2
CONSENT_WALL_REACH = 24  # the wall's lines: its heading, a paragraph or two, the list of purposes, the buttons


def _consent_wall(lines: list[str], nonblank: list[int]) -> int:
    """How many of the first non-blank lines are a consent wall over the page (a cookie notice's heading, its
    paragraphs and list of purposes, down to a run of its buttons alone on their lines), where its notice speaks of
    cookies, consent, partners or privacy; else 0.

    >>> page = ["Your choices here", "We and our partners use cookies to measure visits.", "Measure visits",
    ...         "Accept all", "Reject all", "", "Garden Notes", "Home | Tools", "", "Pruning Plums", "By Ann Lee"]
    >>> _consent_wall(page, [i for i, line in enumerate(page) if line.strip()])
    5
    >>> page = ["Pruning Plums", "By Ann Lee", "", "Agree the date with your neighbour first.", "More"]
    >>> _consent_wall(page, [i for i, line in enumerate(page) if line.strip()])
    0
    """
    top = [lines[i].strip() for i in nonblank[:CONSENT_WALL_REACH]]
    for k, text in enumerate(top):
        if not _consent_buttons(text):
            continue
        end = k
        while end + 1 < len(top) and _consent_buttons(top[end + 1]):
            end += 1
        if sum(_consent_buttons(line) for line in top[k:end + 1]) >= MIN_CONSENT_BUTTONS and any(
                CONSENT_WORDS.search(line) for line in top[:k]) and not (
                _article_over_buttons(top[:k])):
            return end + 1
        return 0  # (a lone button, or buttons under no notice: the page's own)
    return 0


# a row of consent buttons that a text scrape set side by side ("MORE OPTIONS   REJECT ALL   AGREE", its gaps
# squeezed to one space by the repair stage, or barred: "Accept all | Reject all")
_CONSENT_BUTTON_WORDS = CONSENT_BUTTON.pattern.removeprefix("^").removesuffix("$")
CONSENT_ROW = re.compile(rf"^(?:{_CONSENT_BUTTON_WORDS})(?:(?:\s+|\s*[|·]\s*)(?:{_CONSENT_BUTTON_WORDS}))+$", re.I)


def _consent_buttons(text: str) -> int:
    """How many consent buttons a line is (:data:`CONSENT_BUTTON`): one alone on its line, or a row of them set
    side by side (:data:`CONSENT_ROW`, counted as two); else 0.

    >>> _consent_buttons("Accept all"), _consent_buttons("MORE OPTIONS REJECT ALL AGREE")
    (1, 2)
    >>> _consent_buttons("Agree the date with your neighbour"), _consent_buttons("Home | More | Contact")
    (0, 0)
    """
    text = text.strip()
    return 1 if CONSENT_BUTTON.match(text) else MIN_CONSENT_BUTTONS if CONSENT_ROW.match(text) else 0


def _article_over_buttons(above: list[str]) -> bool:
    """Whether the lines over a run of consent buttons are an article's that lists them (a how-to on cookie
    banners): the page's labelled title or a byline stands above them, or a lead-in ending in a colon ("The banner
    offers three buttons:") introduces them.

    >>> _article_over_buttons(["Blocking trackers", "By Ann Lee", "Sites use cookies."])
    True
    >>> _article_over_buttons(["Most sites ask about cookies now.", "The banner usually offers three buttons:"])
    True
    >>> _article_over_buttons(["Your privacy", "We and our partners use cookies to measure visits."])
    False
    """
    return bool(above) and above[-1].endswith(":") or any(TITLE_LABEL.match(line) or is_byline(line) for line in above)


MAX_BANNER_LINES = 4  # an archive's or a capture's banner over a rule: its name, a note on the copy, a link or two
MAX_BANNER_WORDS = 16  # ... each line short (a paragraph of text over a rule is the article's)


def _banner_over_rule(lines: list[str], nonblank: list[int]) -> int:
    """How many of the first non-blank lines are an archive's banner ruled off from the page it keeps (the
    archive's name and issue, "Text produced by OCR. Not proofread.", "Page images: ..."), the rule included: a few
    short lines from the page's first line down to a rule line, none a byline; else 0. The banner is the
    archive's chrome: the kept page's own head (its running head, label, title and byline) stands under the rule.

    >>> _banner_over_rule(["FARM PAPERS ARCHIVE | 1979", "Scanned text. Not checked.", "-" * 30, "", "THE HEN HOUSE",
    ...                    "By Ann Lee"], [0, 1, 2, 4, 5])
    3
    >>> _banner_over_rule(["Keeping Hens Warm", "By Ann Lee", "-" * 30, "Text."], [0, 1, 2, 3])
    0
    """
    for k, i in enumerate(nonblank[:MAX_BANNER_LINES + 1]):
        text = lines[i].strip()
        if RULE_LINE.match(text):
            return k + 1 if k else 0
        if len(text.split()) > MAX_BANNER_WORDS or _by_line(text):
            return 0
    return 0


MAX_WRAPPED_TITLE_WORDS = 16  # a print title over two lines: longer is a paragraph's or a masthead's


def _title_block(lines: list[str], i: int, size: int) -> bool:
    """Whether lines ``i`` .. ``i + size - 1`` are a block of their own: a blank line (or the page's edge) above and
    below, every line of it non-blank."""
    return ((i == 0 or not lines[i - 1].strip()) and (i + size >= len(lines) or not lines[i + size].strip())
            and all(lines[j].strip() for j in range(i, min(i + size, len(lines)))))


def _wrapped_title(first: str, second: str) -> bool:
    """Whether two lines standing as a block of their own are one title a print layout (a fact sheet, a handout, a
    magazine scan) broke over two lines: both in capitals ("HOW TO STORE APPLES" / "THROUGH THE WINTER"), or a
    title-like first line ending in a colon over the rest of the title ("Running a Stall:" / "Ten Things We
    Learned"). Neither line is a date, metadata, a byline, a menu or a sentence.

    >>> _wrapped_title("KEEPING HENS WARM", "THROUGH A HARD FROST")
    True
    >>> _wrapped_title("Starting a Seed Library:", "What Worked")
    True
    >>> _wrapped_title("THE VALLEY POST", "ISSUE 12 · MAY 2024"), _wrapped_title("Note:", "Bring a pen")
    (False, False)
    >>> _wrapped_title("GARDEN NEWS", "By Ann Lee"), _wrapped_title("Keeping Hens Warm", "Through A Hard Frost")
    (False, False)
    >>> _wrapped_title("ANN LEE", "SENIOR EDITOR"), _wrapped_title("ПРО ЗИМОВЕ ЗБЕРІГАННЯ", "ЦИБУЛІ ТА ЧАСНИКУ")
    (False, True)
    >>> _wrapped_title("GARDEN NOTES", "MARGARET HOLLIS"), _wrapped_title("KEEPING ONIONS", "THROUGH THE WINTER")
    (False, True)
    >>> _wrapped_title("Caring for a plaster", "cast at home"), _wrapped_title("Caring for a plaster", "Cast at home")
    (True, False)
    >>> _wrapped_title("Warm rooms, lower bills: six", "fixes that cost less than a pizza")
    True
    """
    if len(first.split()) + len(second.split()) > MAX_WRAPPED_TITLE_WORDS or len(second.split()) < 2:
        return False
    if any(DIGIT.search(t) or _is_meta(t) or is_nav_line(t) or _by_line(t) or is_role(t)
           or t.endswith((".", "!", "?", ";")) for t in (first, second)):
        return False
    if (named := name_line(second)) is not None and roles.knows_name(named.name):
        return False  # "GARDEN NOTES" over "ANN LEE": a name under a heading (three words in capitals pass the
        # name's shape, "THROUGH THE WINTER": the lexicon tells them apart)
    if _capitals(first) and _capitals(second):
        return len(first.split()) >= 2  # (a name in capitals reads as a name line: its role under it is no title)
    if _title_case_tail(first, second):
        return True
    if (first[:1].isupper() and not looks_like_title(first) and second[:1].islower()
            and len(second.split()) <= MAX_SENTENCE_TAIL_WORDS and len(first.split()) >= 2):
        return True  # a sentence-case title broken mid-phrase ("Caring for a plaster" / "cast at home"): the second
        # line carries on the first's words in lower case (a dek opens a sentence of its own)
    return (first.endswith(":") and len(first.split()) >= 3 and looks_like_title(first[:-1])
            and name_line(first[:-1]) is None and looks_like_title(second))


MAX_TITLE_TAIL_WORDS = 5  # "at Home", "for New Growers": the few words a wrapped headline carries to its next line
# ... and a sentence-case headline's, which a narrow print column breaks earlier ("Warm rooms, lower bills: six" /
# "fixes that cost less than a pizza")
MAX_SENTENCE_TAIL_WORDS = 8


def _title_case_tail(first: str, second: str) -> bool:
    """A headline in title case broken before or after a small word ("Storing Onions and Garlic" / "at Home", "Caring
    for Roses" / "in a Dry Summer", "Stretching the" / "Flour Bin"): the second line opens with a small word in lower
    case (or the first ends with one) and capitalises every other word, so it continues the first rather than being
    a dek, which is a sentence in lower case.

    >>> _title_case_tail("Keeping Chickens Through", "the Winter"), _title_case_tail("Leek Soup", "a soup for cold")
    (True, False)
    >>> _title_case_tail("Mending a", "Torn Net"), _title_case_tail("Mending a", "net that tore")
    (True, False)
    """
    words = second.split()
    if (len(words) <= MAX_TITLE_TAIL_WORDS and 2 <= len(first.split()) <= MAX_TITLE_TAIL_WORDS
            and first.split()[-1] in SMALL_WORDS and first[:1].isupper() and all(
                w[:1].isupper() for w in words if w.lower() not in SMALL_WORDS)):
        return True  # broken after a small word no headline ends with ("Stretching the" / "Flour Bin")
    if len(words) > MAX_TITLE_TAIL_WORDS or len(first.split()) < 2 or words[0] not in SMALL_WORDS:
        return False
    content = [w for w in words if w.lower() not in SMALL_WORDS]
    return bool(content) and all(w[:1].isupper() for w in content) and looks_like_title(first) and (
        (named := name_line(first)) is None or not roles.knows_name(named.name))  # ("Ann Lee" / "and Bo Lind")


def _by_line(text: str) -> bool:
    """A byline in English or, with its verb, in another language ("By NAME", "Enviado por NAME", "Γράφει η NAME"):
    what the header's reading looks for under a title that wraps over two lines."""
    return is_byline(text) or written_abroad(text) is not None


def _heading_next(lines: list[str], nonblank: list[int], k: int) -> bool:
    """Whether the non-blank line after ``nonblank[k]`` is a heading (a note above a title, not above text)."""
    return k + 1 < len(nonblank) and _is_heading(lines[nonblank[k + 1]])


# A blog writer's greeting box ("Hi, I'm Priya! 👋", "Hello, I am Jo"): its first name, to be completed by the name
# signed in the box ("— Priya Venkataraman-Lowe").
GREETING = re.compile(r"^(?:hi|hello|hey|hallo|hola|salut|ciao)(?:\s+there)?\s*[,!]?\s+(?:i['’]?m|i\s+am)\s+"
                      r"(?P<first>[^\W\d_][\w'’-]*)\s*[!.,]?", re.I)
# a newsletter platform's subscription box over the post ("Discover more from NAME", its tagline, "Over 18,000
# subscribers", "Subscribe"): the site's, read through as the greeting box is
SUBSCRIBE_BOX = re.compile(r"^(?:discover\s+more\s+from|subscribe\s+to)\s+\S", re.I)
MAX_BOX_LINES = 6  # the greeting, a line or two about the writer, a "More about me" link, the signed name


# the lines a newsletter platform's subscription box ends with ("Over 2,000 subscribers", "Subscribe", "Continue
# reading", "Sign in", "Already a subscriber?"): where no blank line ends the box, the last of them does
BOX_TAIL = re.compile(r"^(?:(?:over\s+|join\s+)?[\d.,]+(?:\s?[km])?\+?\s+(?:other\s+)?subscribers|subscribe(?:d)?|"
                      r"continue\s+reading|keep\s+reading|sign\s+in|log\s+in|already\s+(?:a\s+(?:paid\s+)?subscriber|"
                      r"have\s+an\s+account)(?:\W*sign\s+in)?|no\s+thanks)\W*$", re.I)


def _box_tail(lines: list[str], i: int) -> int:
    """The last line of a subscription box opening at line ``i`` ("Discover more from NAME") in a scrape that kept
    no blank line: the last of its closing lines (:data:`BOX_TAIL`) within a box's reach; -1 when there is none.

    >>> _box_tail(["Discover more from Ann", "Notes on bread.", "Over 900 subscribers", "Subscribe", "Sign in",
    ...            "Ten Loaves", "Hello."], 0)
    4
    >>> _box_tail(["Discover more from Ann", "Notes on bread.", "Ten Loaves"], 0)
    -1
    """
    tails = [j for j in range(i + 1, min(len(lines), i + 1 + MAX_BOX_LINES)) if BOX_TAIL.match(lines[j].strip())]
    return tails[-1] if tails else -1


def _block_end(lines: list[str], i: int) -> int:
    """The last line of the block of lines starting at ``i`` (up to a blank line); -1 when longer than a box."""
    j = i
    while j + 1 < len(lines) and lines[j + 1].strip():
        j += 1
    return j if j - i < MAX_BOX_LINES else -1


def _greeting_writer(texts: list[str]) -> Byline | None:
    """The writer a greeting box names in full: a line of the box signs the name whose first word the greeting
    gives ("Hi, I'm Priya!" ... "— Priya Venkataraman-Lowe"); ``None`` for a first name alone.

    >>> _greeting_writer(["Hi, I'm Priya! 👋", "I cook for a family.", "— Priya Venkataraman-Lowe"])
    Byline(name='Priya Venkataraman-Lowe', credentials=None)
    >>> _greeting_writer(["Hi, I'm Priya!", "I cook for a family.", "More about me"]) is None
    True
    """
    first = next((m["first"].casefold() for t in texts if (m := GREETING.match(t))), None)
    if first is None:
        return None
    for text in texts:
        named = dash_signoff(text) if text[:1] in "-–—~―" else name_line(text)
        if named is not None and named.name.split()[0].casefold() == first and is_person_name(named.name):
            return Byline(named.name)
    return None


def _hard_wrapped(text: str, after: str) -> bool:
    """The first line of a hard-wrapped paragraph (a PDF or e-mail dump): a line of a sentence's length, not a
    title, its sentence going on in lower case on the next line ("Most students eat badly not because they" /
    "run out of money ...").

    >>> _hard_wrapped("Most students eat badly not because they do not care but", "because they run out.")
    True
    >>> _hard_wrapped("Eating Well On A Student Budget Without Much Time Or Money", "by Ann Lee")
    False
    >>> _hard_wrapped("the little workshop - notes on mending and making", "home | mending | knitting | about")
    False
    """
    after = after.strip()
    return (len(text.split()) >= PROSE_MIN_WORDS and after[:1].islower() and not looks_like_title(_unnumbered(text))
            and text[-1:] not in ".!?:" and not is_byline(after)
            and not is_nav_line(after))  # a site's name over its menu, both in lower case ("home | knitting")


NOTICE_REACH = 6  # a notice of the page's, its rule line, a title and a byline: the byline within 6 lines


def _notice_over_byline(lines: list[str], ahead: list[int], config: SegmentConfig) -> bool:
    """Whether the short paragraph at ``ahead[0]`` is a notice of the page's head: only short lines (other such
    notices, rule lines, a title) stand between it and a byline.

    >>> _notice_over_byline(["You get this because you signed up here.", "-----", "Title", "by Ann Lee", "Text."],
    ...                     [0, 1, 2, 3, 4], SegmentConfig())
    True
    >>> _notice_over_byline(["A first paragraph of the article itself.", "More of it follows here."], [0, 1],
    ...                     SegmentConfig())
    False
    """
    for n, j in enumerate(ahead):
        text = lines[j].strip()
        if len(text.split()) > config.notice_max_words // 2:
            return False
        if n and _by_line(text):  # the byline under its title (with its verb in any language): the first piece
            over = [lines[a].strip() for a in ahead[1:n] if not RULE_LINE.match(lines[a])]
            return bool(over) and may_be_title(_unnumbered(over[-1])) and not _is_text(over[-1])
    return False


# a picture's placeholder where a scrape lost the image: its file name, or the bare word, in brackets
# ("[reminder-settings.png]", "[image]", "[IMG]"); a caption with words ("[Photo: ...]") is CAPTION's
PICTURE_PLACEHOLDER = re.compile(r"^\[(?:[^\[\]\s]+\.(?:png|jpe?g|gif|webp|svg|bmp|tiff?)|img|image|photo|picture)\]$",
                                 re.I)


UNSPACED_REACH = 6  # lines under a header's last line read to tell a scrape that kept no blank line at all


def _unspaced(lines: list[str], i: int) -> bool:
    """Whether the lines under line ``i`` run on without one blank line between them (a scrape that dropped every
    blank line): there a title glued to the first paragraph says nothing, since every paragraph is glued so.

    >>> _unspaced(["Title", "One.", "Two.", "Three.", "Four.", "Five.", "Six."], 0)
    True
    >>> _unspaced(["Heading", "One.", "", "Two.", "Three.", "Four.", "Five."], 0)
    False
    """
    below = lines[i + 1:i + 1 + UNSPACED_REACH]
    return len(below) == UNSPACED_REACH and all(line.strip() for line in below)


@functools.lru_cache(maxsize=LINE_CACHE_LINES)  # a pure line test asked again for 91 % of its lines (issue 19)
def _is_meta(text: str) -> bool:
    """Whether a header line is the page's metadata: a date, a stamp, a counter, a tool row, a note on the text.

    >>> _is_meta("Last reviewed: March 2024"), _is_meta("Updated 03/2024"), _is_meta("Reviewed recipes of 2024")
    (True, True, False)
    >>> _is_meta("Staff report"), _is_meta("From staff reports"), _is_meta("Staff Reports Rise in Spring")
    (True, True, False)
    >>> _is_meta("Search articles: [ ] [Go]"), _is_meta("Search for: [____] Search"), _is_meta("[1] Sow Early")
    (True, True, False)
    """
    return (PICTURE_PLACEHOLDER.match(text) is not None or is_date_line(text) or is_meta_line(text)
            or RULE_LINE.match(text) is not None
            or EDITOR_NOTE.match(text) is not None or _dated_label(text) or _tool_row(text)
            or DISCLOSURE.match(text) is not None or _host_note(text) or MADE_BY_LINE.match(text) is not None
            or QUESTION_STATS.match(text) is not None or _bio_note(text) or DIRECTORY_FIELD.match(text) is not None
            or ARCHIVE_HEADING.match(text) is not None or _masthead(text) or COUNTER_LINE.match(text) is not None
            or _chapter_line(text) or DATED_FIELD.match(text) is not None or REVIEWED_LINE.match(text) is not None
            or _labelled_brackets(text) or STAFF_REPORTS_LINE.match(text) is not None
            or FORM_FIELD.search(text) is not None)


# a paper's or a club bulletin's credit to its own staff, a line of its own under the headline ("Staff report",
# "From staff reports", "Staff and wire reports"): it credits no one by name and is never the headline (seen on
# holdout28 ia05's town paper and holdout17 vf06's club bulletin, each taken as the title over the real one)
# a form's empty field as a text scrape draws it, with its label and button ("Search articles: [          ] [Go]",
# "Enter your email [____] [Sign me up]"; the repair stage squeezes the blanks to one): the site's, never a title
# (a directory's search box taken as the title on holdout28 ic01; the same box heads directory pages in ten parts)
FORM_FIELD = re.compile(r"\[(?: ?|_{2,})\]")
STAFF_REPORTS_LINE = re.compile(r"^(?:from\s+)?(?:staff|wire|staff\s+and\s+wire)\s+reports?\.?$", re.I)


# A scrape's slot for a picture or a note, wholly in square brackets under a one-word label and its colon, in any
# language ("[Photo: ...]", "[Bild: ...]", "[Kuva: ...]", "[Update: ...]"): the page's, never the headline
LABELLED_BRACKETS = re.compile(r"^\[[^\W\d_][^\W\d_'’-]{1,20}:\s[^\[\]]+\]$")


def _labelled_brackets(text: str) -> bool:
    """Whether a header line is a picture's caption or a note in labelled brackets (:data:`LABELLED_BRACKETS`) that
    credits no writing (a caption crediting the recipe's writer is :func:`_caption_credit`'s). Seen as the title's
    stand-in where a byline in another language went unread (holdout27 jb01); ``[Image: ...]`` lines stand between
    a magazine's points (holdout23 md02).

    >>> _labelled_brackets("[Kuva: Marjat kulhossa. Kuva: Aino Virtanen]"), _labelled_brackets("[Photo: Mai Lan]")
    (True, True)
    >>> _labelled_brackets("[Photo: beans. Recipe and photographs: Mai Lan]"), _labelled_brackets("[GUIDE] Fix it")
    (False, False)
    >>> _labelled_brackets("Why sow late: a guide"), _labelled_brackets("[2024: the wet year]")
    (False, False)
    """
    return LABELLED_BRACKETS.match(text) is not None and _caption_credit(text) is None


# the page's review or update stamp with a month or a year only ("Last reviewed: March 2024", "Page last updated
# 03/2024", "Reviewed: spring 2023"): a date row, never a title (DATED_FIELD asks for a day's number too). A bare
# "Reviewed July 2019" under a byline stays in the text: the tips stage reads a Q&A page's first question under it
# (holdout8 p23)
REVIEWED_LINE = re.compile(r"^(?:page\s+|content\s+)?(?:last\s+(?=\w+(?:\s+on)?\s*:?)|(?=\w+(?:\s+on)?\s*:))"
                           r"(?:reviewed|updated|revised|checked)(?:\s+on)?\s*:?"
                           r"\s*(?:[^\W\d_]{3,12}\.?,?\s+|\d{1,2}\s*[/.-]\s*)?(?:1[89]|20)\d\d\.?$", re.I)


# A date under a label of any language ("Updated: 14 March 2023", "An sabunta: 14 ga Oktoba, 2023"): a year, a day's
# number and at most two words beside them (a month's name, its particle) after a short label: the page's date line
DATED_FIELD = re.compile(r"^[^\W\d_][^:\d]{0,24}:\s*(?=[^:]{0,40}$)(?=.*\b(?:1[89]|20)\d\d\b)(?=.*\b\d{1,2}\b)"
                         r"\W*(?:\d{1,4}|[^\W\d_]+)(?:\W+(?:\d{1,4}|[^\W\d_]+)){1,4}\W*$")


# A book's chapter or part number alone on its line over the chapter's title ("Chapter 4", "Part II", "Kapitel 4",
# "Κεφάλαιο 4", "Глава 4"): where an excerpt stands in its book, never its title. Lower case, any language (the
# words: languages.py, 'chapter').
CHAPTER_WORDS = folded("chapter")  # (case-folded, as the line's word is: "Μέρος" -> "μέροσ")
CHAPTER_NUMBER = re.compile(r"^(?:\d{1,3}|[ivxlc]{1,6})[.:]?$", re.I)


def _chapter_line(text: str) -> bool:
    """A chapter's or part's number alone on its line ("Chapter 4", "PART II", "Κεφάλαιο 4"): a book's.

    >>> _chapter_line("Chapter 4"), _chapter_line("PART II"), _chapter_line("Κεφάλαιο 12")
    (True, True, True)
    >>> _chapter_line("Chapter 4: Watering"), _chapter_line("Part Of The Plan"), _chapter_line("Part-time")
    (False, False, False)
    """
    words = text.split()
    return len(words) == 2 and words[0].casefold() in CHAPTER_WORDS and CHAPTER_NUMBER.match(words[1]) is not None


# a gallery's, a slideshow's or a paged piece's counter alone on its line ("Slide 1 of 10", "Page 2 of 5", "Photo
# 3/12", "(1 of 8)", or a deck export's "Slide 1" alone, framed or not): where the reader is among the parts, never
# a title
COUNTER_LINE = re.compile(r"^[(\[]?(?:(?:slide|page|photo|picture|image|card|screen|part)\s+)?"
                          r"\d{1,3}\s*(?:of|/)\s*\d{1,3}[)\]]?$"
                          r"|^(?:[=*~#-]{2,}\s*)?(?:slide|page|photo|card|screen)\s+\d{1,3}(?:\s*[=*~#-]{2,})?$", re.I)


# A blog archive's heading over its posts (WordPress themes' "Archive for the 'X' Category", "Category Archives:
# X", "Posts Tagged 'X'", "Monthly Archives: May 2014"; Blogger's "Showing posts with label X"): it files the posts
# under it, it is none of their titles
ARCHIVE_HEADING = re.compile(r"^(?:(?:category|tag|author|daily|monthly|yearly|date)\s+archives?\s*:"
                             r"|archives?\s+(?:for|of)\s|posts?\s+tagged\s|(?:browsing|viewing)\s+(?:category|tag)\b"
                             r"|showing\s+posts\s+(?:with\s+(?:the\s+)?label|from|for)\s)", re.I)
# An issue's masthead line: its number ("Issue #87", "Vol. 3, No. 2"), a short line, no sentence ("No. 5" alone
# may number a piece of a series, "Letter No. 5: On Patience": not counted)
# (at the line's start or after a separator: "How To Fix Issue 12 In Windows" is a title; "#" and its spaces in one
# optional group, so a long run of spaces is tried once, not once per split)
ISSUE_NUMBER = re.compile(r"(?:^|--|[|·•,–—:])\s*(?:issue|vol(?:ume)?\.?)\s*(?:#\s*)?\d{1,4}\b", re.I)
MAX_MASTHEAD_WORDS = 12


def _masthead(text: str) -> bool:
    """An issue's masthead line, naming its number ("THE THRIFTY PLOT -- Issue #87 -- April 2021"): the issue's,
    never a piece's title.

    >>> _masthead("THE WINDOWSILL POST -- Issue #12 -- May 2020"), _masthead("Garden Notes, Vol. 3, No. 2")
    (True, True)
    >>> _masthead("Why Every Issue Of Damp Starts At The Gutter"), _masthead("Letter No. 5: On Patience")
    (False, False)
    >>> _masthead("How To Fix Issue 12 In Windows"), _masthead("Issue 87 · April 2021")
    (False, True)
    """
    return (DIGIT.search(text) is not None and len(text.split()) <= MAX_MASTHEAD_WORDS
            and not text.endswith((".", "!", "?")) and ISSUE_NUMBER.search(text) is not None)


# a Q&A site's line under the question ("Asked 3 years, 2 months ago  Modified 1 year ago  Viewed 9k times")
QUESTION_STATS = re.compile(r"^(?:asked|modified|active|viewed)\s[^.!?]{0,80}?\b(?:ago|times|today|yesterday)\b", re.I)
# A forum thread's counts row under its question or at its foot: its pages, posts, replies and views, in any order
# ("Page 1 of 1 · 6 posts · 1,204 views", "6 posts • Page 1 of 1"): the board's, like a Q&A page's "Asked ... ago"
THREAD_STATS = regex.compile(rf"^(?:(?:page\s+\d+\s+of\s+\d+|[\d.,]+\s*k?\s+(?:{COUNT_NOUNS}))\s*(?:[·•|,]\s*|$))+$"
                             # ... or labelled counts in any language, two at least ("Rispondes: 4 Bisuras: 1.287",
                             # "Replies: 4 · Views: 1,287"): a label's word, a colon, a number, whatever the words; its
                             # thousands set apart by a blank as many languages write them ("Körüvler: 1 207"), and the
                             # thread's status badge after them ("· ✔ Solved", "· ✔ Çezilgen")
                             r"|^(?:[^\W\d_][\w'’-]*\s*:\s*\d[\d.,]*(?:[ \u00a0\u202f]\d{3})*"
                             r"(?:\s*[·•|,]\s*|\s+|$)){2,4}"
                             rf"(?:[✓✔☑✅]?\ufe0f?\s*(?:{THREAD_STATUS}))?$", regex.I)


# a video's channel row under its title: the channel's name and its audience ("Home Fix Weekly · 184K subscribers
# [ Subscribe ]")
CHANNEL_ROW = regex.compile(r"^\S.{0,60}?\s[·•|]\s+[\d.,]+\s*[km]?\s+(?:subscribers|followers)\b", regex.I)


def _over_thread_counts(head: list[int], texts: dict[int, str]) -> int | None:
    """The heading right over a thread's counts row (``THREAD_STATS``) or a video's channel row (``CHANNEL_ROW``):
    the thread's or the video's title, however the board's or the player's blocks stand around it (a status badge
    before it is the board's: ``THREAD_FLAG``).

    >>> texts = {0: "Bee Board", 2: "[Solved] Wax moth in stored frames?", 3: "Page 1 of 2 · 14 posts · 380 views"}
    >>> _over_thread_counts([0, 2, 3], texts), _over_thread_counts([0, 3], texts)
    (2, None)
    >>> _over_thread_counts([0, 1, 2], {0: "Vidhub", 1: "Five Knots Worth Knowing", 2: "Rope Ed · 9K subscribers"})
    1
    >>> _over_thread_counts([0, 1, 2], {0: "Board", 1: "Pruning plums?", 2: "Respuestas: 4 Visitas: 1.287"})
    1
    """
    return next((i for i in head if i + 1 in texts and (THREAD_STATS.match(texts[i + 1])
                                                        or CHANNEL_ROW.match(texts[i + 1]))
                 and may_be_title(THREAD_FLAG.sub("", texts[i], count=1))), None)


# an organisation's credit under a leaflet's or a report's title ("Produced by the X Service", "Prepared by ..."):
# the piece's credit line, never its title (broader than attribution.PRODUCED_BY, which reads the body's name)
MADE_BY_LINE = re.compile(r"^(?:produced|prepared|compiled|issued)\s+(?:for\s+\S.*?\s+)?by\s+\S", re.I)


# a blog host's note handing the post to a guest ("Today's guest post comes from ...", "... Over to her!")
HAND_OVER = re.compile(r"\bover\s+to\s+(?:her|him|them)\s*[!.]|\b(?:today['’]?s|this\s+week['’]?s)\s+guest\s+"
                       r"(?:post|essay|writer|piece|column)\b|\bplease\s+welcome\b", re.I)
MAX_HOST_NOTE_WORDS = 60


# an issue's greeting opening its editor's note ("Hi runners! ...", "Hello plot-holders, ...")
ISSUE_GREETING = re.compile(r"^(?:hi|hello|hey|greetings|dear)(?:\s+[^\W\d_][\w'’-]*){0,2}\s*[!,]\s+\S", re.I)


def _host_note(text: str) -> bool:
    """A host's or an editor's short note above the piece: handing a post to a guest, or greeting the issue's
    readers; the blog's or the issue's, not the piece's title or text.

    >>> _host_note("Today's guest post comes from a reader with a tiny flat. Over to her!")
    True
    >>> _host_note("Hi runners! Spring is nearly here, and we have two pieces from members this month.")
    True
    >>> _host_note("I handed the keys over to him and never looked back.")
    False
    """
    return len(text.split()) <= MAX_HOST_NOTE_WORDS and text.endswith((".", "!")) and (
        HAND_OVER.search(text) is not None or ISSUE_GREETING.match(text) is not None)


def _bio_note(text: str) -> bool:
    """A column's short note about its writer over the title ("NAME has coached choirs for fifteen years. This
    column appears monthly."): the column's, not its title or text.

    >>> _bio_note("Callum Reid has coached amateur choirs in Leith for fifteen years. This column appears monthly.")
    True
    >>> _bio_note("Choirs need altos, and altos need patience, which is why this column exists at all.")
    False
    """
    return len(text.split()) <= MAX_HOST_NOTE_WORDS and is_unheaded_bio(text) is not None


# a blog's affiliate disclosure at the top of a post ("This post may contain affiliate links. ..."): the site's
DISCLOSURE = re.compile(r"^(?:this\s+(?:post|article|page|recipe)\s+(?:may\s+)?contains?\s+(?:affiliate|sponsored)"
                        r"|as\s+an\s+amazon\s+associate\b|(?:affiliate\s+)?disclosure\s*:"
                        # an advert's line in the site's header, under its label: "Sponsored: ...", "Anzeige: ..."
                        r"|(?:sponsored|advertisement|advert|promoted|anzeige|werbung|publicidad|publicité)\s*[:|–—-]\s)",
                        re.I)


# a row of a page's buttons, two or more ("Pin it!  Share on Facebook  Yum", "Jump to Recipe · Print Recipe",
# "Share | Tweet | Email"): the page's tools, never its title
# (an article directory's row: "Print | E-mail to a friend | Bookmark", "Add to favourites")
_BUTTON = (r"(?:share(?:\s+(?:on|to)\s+[^\W\d_]+)?|pin(?:\s+it)?|tweet|e-?mail(?:\s+(?:this|to\s+a\s+friend))?|blogthis"
           r"|bookmark(?:\s+(?:this|it))?|add\s+to\s+favou?rites"
           r"|print(?:\s+(?:recipe|this(?:\s+(?:page|article|post|leaflet|guide|sheet|story))?|page|article))?"
           r"|jump\s+to\s+(?:recipe|video|comments)|save(?:\s+recipe)?|yum|like|facebook|twitter|pinterest|whatsapp"
           r"|linkedin|reddit|flipboard|copy\s+link|telegram|tumblr|bluesky|mastodon|messenger|x(?!\w))")
BUTTON_ROW = re.compile(rf"^\W*{_BUTTON}(?:[\s|·•/,:!]+{_BUTTON})+\W*$", re.I)
# a link to the page's own file, in any language: a download verb and a file's kind or size ("Download this leaflet
# (PDF, 214 KB)", "Télécharger la fiche (PDF)", "PDF herunterladen", "Pobierz (PDF, 1,2 MB)"): a tool, never a title
_DOWNLOAD = (r"(?:download|descargar|descarga|t[ée]l[ée]charger|herunterladen|download(?:en)?|scarica(?:re)?"
             r"|baixar|transferir|pobierz|st[áa]hnout|ladda\s+ner|last\s+ned|hent|lataa|let[öo]lt[ée]s"
             r"|скачать|завантажити|indir|unduh|t[ảa]i\s+xu[ốo]ng)")
_FILE = r"(?:pdf|docx?|rtf|odt|epub|xlsx?|pptx?|mp3|zip|\d+(?:[.,]\d+)?\s*[kmg]i?b|\d+\s*(?:pages?|pp)\b)"
DOWNLOAD_LINE = re.compile(rf"^\W*(?:{_DOWNLOAD}\b[^\n]{{0,60}}?\b{_FILE}|{_FILE}[^\n]{{0,40}}?\b{_DOWNLOAD})\b"
                           r"[^.!?\n]{0,30}$", re.I)
BUTTON_WORD = re.compile(_BUTTON, re.I)
LETTER = re.compile(r"[^\W\d_]")
COUNT = re.compile(r"\d+(?:[.,]\d+)?[KkMm]?\b")  # "311", "1.2K"


def _tool_lines(head: list[int], texts: dict[int, str]) -> set[int]:
    """The head's lines that are a toolbar read one button a line ("Print" / "Email" / "Share"): runs of two lone
    buttons or more (a lone "Share" may be a word of the page's own); and an old site's bracketed row of tools
    (:func:`_bracketed_tools`).

    >>> sorted(_tool_lines([3, 4, 5, 6], {3: "Ferry fares frozen", 4: "Print", 5: "Email", 6: "Share"}))
    [4, 5, 6]
    """
    lone = [i for i in head if LONE_BUTTON.match(texts[i])]
    return {i for i in lone if i - 1 in lone or i + 1 in lone or _next_in(head, i) in lone
            or _next_in(head, i, -1) in lone} | {i for i in head if _bracketed_tools(texts[i])}


BRACKETED_BUTTON = re.compile(rf"\[\s*{_BUTTON}\b", re.I)


def _bracketed_tools(text: str) -> bool:
    """An old site's row of tools, each link in brackets, one of them a button ("[ Print ] [ Email to a friend ]
    [ Publish this article ]"): the page's tools, glued under its date line or not; a row of sections only
    ("[ Home ] [ Column ] [ Shop ]") is its menu.

    >>> _bracketed_tools("[ Print ]  [ Email to a friend ]  [ Add to favourites ]")
    True
    >>> _bracketed_tools("[ Home ] [ Column ] [ Shop ]"), _bracketed_tools("[Print] this page and keep it.")
    (False, False)
    """
    return text.startswith("[") and BRACKET_ROW.match(text) is not None and BRACKETED_BUTTON.search(text) is not None


LONE_BUTTON = re.compile(rf"^\W*{_BUTTON}\W*$", re.I)


def _next_in(head: list[int], i: int, step: int = 1) -> int:
    """The head line after ``i`` (before it, with ``step`` -1), or -1."""
    k = head.index(i) + step
    return head[k] if 0 <= k < len(head) else -1


MAX_CREDIT_ROW_WORDS = 4  # "Valley Ledger", "Ann Lee": a name; a longer line over the date is a headline
MIN_OVER_ROW_WORDS = 6  # the headline right above such a row: a site's name there is no headline


def _over_date(head: list[int], texts: dict[int, str], i: int) -> bool:
    """Whether head line ``i`` is a short name standing over a date line: a news template's credit row (the outlet
    or the writer, then the date and the reading time), not the headline above it."""
    after, words = _next_in(head, i), texts[i].split()
    return (len(words) <= MAX_CREDIT_ROW_WORDS and all(opens_capitalised(word) for word in words) and after >= 0
            and is_date_line(texts[after]))


@functools.lru_cache(maxsize=LINE_CACHE_LINES)  # a pure line test asked again (issue 19)
def _tool_row(text: str) -> bool:
    """A row of the page's buttons (``BUTTON_ROW``) or of its counts beside them ("❤ 311  💬 47  ↻ 22  Share",
    "1.2K  14"): numbers and marks, no words but a button's.

    >>> _tool_row("Jump to Recipe · Print Recipe"), _tool_row("❤ 311  💬 47  Share"), _tool_row("1.2K  14")
    (True, True, True)
    >>> _tool_row("Share The Load"), _tool_row("2019"), _tool_row("10 Tips"), _tool_row("Print | Email to a friend")
    (False, False, False, True)
    """
    if (BUTTON_ROW.match(text) or DOWNLOAD_LINE.match(text) or (LONE_BUTTON.match(text) and len(text.split()) > 1)
            or _labels_row(text)):
        return True
    return (DIGIT.search(text) is not None and len(text.split()) >= 2
            and LETTER.search(BUTTON_WORD.sub(" ", COUNT.sub(" ", text))) is None)


# a row of a page's buttons in any language, the cells set apart by blanks or bars ("Distribuie!   Distribuie!
# Abonează-te!", "Dela | Skriv ut"): short cells, one of them a label of the page's own from the language tables
# (or by a button's arrow or symbol standing between two labels once the blanks are closed up: "Zum Rezept ↓ Teilen")
BUTTON_CELLS = re.compile(r"(?<![\s|·•])(?:\s*[|·•]\s*|\s{2,}|\s+[\u2190-\u21ff\u2300-\u23ff\u25a0-\u25ff]\s+)")
META_LABELS = folded("meta_label")
MAX_BUTTON_CELL_WORDS = 2
MAX_BUTTON_CELLS = 8


def _button_label(cell: str) -> str:
    """A button's label, without the marks and the symbols around it ("Share!", "Print ⎙", "↓ Recipe").

    >>> _button_label(" Print ⎙ "), _button_label("Distribuie!"), _button_label("↓ Jump")
    ('Print', 'Distribuie', 'Jump')
    """
    text = cell.strip()
    start, end = 0, len(text)
    while start < end and (text[start].isspace() or unicodedata.category(text[start])[0] in "PS"):
        start += 1
    while end > start and (text[end - 1].isspace() or unicodedata.category(text[end - 1])[0] in "PS"):
        end -= 1
    return text[start:end]


def _labels_row(text: str) -> bool:
    """A row of the page's buttons in any language (``BUTTON_CELLS``), a button's symbol beside its label or not.

    >>> _labels_row("Distribuie!   Distribuie!   Abonează-te!"), _labels_row("Dela  |  Skriv ut")
    (True, True)
    >>> _labels_row("Zum Rezept ↓   Teilen ↗"), _labels_row("Zum Rezept ↓ Teilen")  # ("Teilen": German's share)
    (True, True)
    >>> _labels_row("Distribuie iubirea"), _labels_row("Grădina de iarnă   pas cu pas")
    (False, False)
    """
    cells = [_button_label(cell) for cell in BUTTON_CELLS.split(text.strip())]
    return (2 <= len(cells) <= MAX_BUTTON_CELLS and all(0 < len(c.split()) <= MAX_BUTTON_CELL_WORDS for c in cells)
            and any(c.casefold() in META_LABELS for c in cells))


MAX_SECTION_WORDS = 3  # "NEWS", "Local sport": a section's name beside the date; a longer part is a headline


def _dated_label(text: str) -> bool:
    """A section's name and a date on one line ("NEWS · Tuesday 3 May 2022", "3 May 2022 | Local"): metadata.
    A name beside the date is the writer's line (``name_line``), not this.

    >>> _dated_label("NEWS · Tuesday 3 May 2022"), _dated_label("Ann Lee | 3 May 2022"), _dated_label("News · Sport")
    (True, False, False)
    """
    if "·" not in text and "|" not in text and "•" not in text or not DIGIT.search(text):
        return False
    parts = ROW_PARTS.split(text.strip())
    dates = [p for p in parts if is_date_line(p)]
    return (len(dates) == 1 and 2 <= len(parts) <= 3
            and all(len(p.split()) <= MAX_SECTION_WORDS and not is_person_name(p) for p in parts if p not in dates))


def _blocks(head: list[int]) -> list[list[int]]:
    """The header's lines (``head``, line numbers from the top) in blocks of consecutive lines (a blank between).

    >>> _blocks([0, 2, 3, 5, 6, 8])
    [[0], [2, 3], [5, 6], [8]]
    """
    blocks: list[list[int]] = []
    for i in head:
        if blocks and i == blocks[-1][-1] + 1:
            blocks[-1].append(i)
        else:
            blocks.append([i])
    return blocks


FIELD_SHAPE = re.compile(r"^[^\W\d_][^:]{0,24}:\s+\S")  # "Speaker: NAME", "Idioma: English": a label and its value
MIN_TITLE_FIELDS = 2  # a title over its record's fields: two fields at least (one may be a byline's "Author:")
ADDRESS_LINE = re.compile(r"^(?:https?://|www\.)\S+$", re.I)  # a web address alone on its line: never a title
MAX_SECTION_HEAD_LINES = 4  # a section named by the breadcrumb, the title, its audience line and its unit line


def _title_after_site_header(head: list[int], texts: dict[int, str], glued: bool = False,
                             unspaced: bool = False, running: frozenset[int] | set[int] = frozenset()) -> int | None:
    """The title standing alone under the site's header: the first block (lines between blank lines; dates and
    metadata aside) that is one title-like line, when every block above it is the site's (navigation, a
    breadcrumb, a date, a name over a tagline, a section's label, or a column's name over "with NAME"); where
    the block right over the first paragraph (a blank line between: ``glued`` says there is none, and then it is
    a section's heading) is one line under blocks of headings and navigation only, that line (the site's name
    and sections stand above the title). ``None`` when the header has no such shape: then the first line is the
    title, as ever; ``NO_TITLE`` when it holds the site's blocks only, navigation last. ``unspaced``: the page kept
    no blank line at all, so the whole header is one block: its last headline over the text is the title (so too
    where the site's menu, one item a line, is glued over the title). ``running``: the header's lines a print
    repeats over each page (``_running_lines``), never the title."""
    blocks = _blocks(head)
    tools = _tool_lines(head, texts)
    blocks = [b for b in blocks if not all(_is_meta(texts[i]) or ADDRESS_LINE.match(texts[i]) or i in tools
                                           or i in running for i in b)
              and not _credit_rows([texts[i] for i in b])]  # (the credits' rows under the title: "Text: NAME" /
    # "Photos: NAME") dates, "Posted by the team ...", the
    # site's address alone under a leaflet's cover ("www.valley.example"), a toolbar read one button a line, a
    # print's running header repeated over each page
    last = [i for i in blocks[-1] if not lic.find_statements(texts[i])  # a licence under it, its metadata line or
            and not _is_meta(texts[i]) and not is_nav_line(texts[i])] if blocks else []  # its buttons row
    if (len(blocks) >= 2 and len(last) == 1 and last[0] == _first_unmeta(blocks[-1], texts)
            and may_be_title(texts[last[0]])
            and not glued and not _is_label(texts[last[0]])
            and all(looks_like_title(texts[i]) or is_nav_line(texts[i]) or not _is_text(texts[i])
                    for b in blocks[:-1] for i in b)):
        return last[0]  # "PetWise Articles", then "Signs Your Dog Is Bored", then the first paragraph
    site = 0
    sections = _nav_sections(texts[i] for i in head)
    for k, block in enumerate(blocks):
        lines = [i for i in block if not _is_meta(texts[i])]
        if lines[:1] == block[:1] and len(block) > 1 and may_be_title(texts[block[0]]) and all(
                _post_head(texts[i]) for i in block[1:]):
            return block[0]  # "Riverside Path Reopens" over "Posted on 2 May 2021 by NAME in News | 3 Comments"
        below = [i for i in blocks[k + 1] if not _is_meta(texts[i])] if k + 1 < len(blocks) else []
        labelled = len(lines) == 1 and len(below) == 1 and (_is_label(texts[lines[0]]) or _section_label(
            texts[lines[0]], texts[below[0]], sections)) and may_be_title(texts[below[0]])
        paged = len(below) == 1 and PAGER.search(texts[below[0]]) is not None and is_nav_line(texts[below[0]])
        labelled = labelled or bool(below) and len(lines) == 1 and _menu_item(
            texts[lines[0]], [texts[i] for b in blocks[:k] for i in b])  # "Health & Home" the menu above names too
        if (site and len(lines) == 1 and may_be_title(texts[lines[0]]) and not labelled and not paged
                and not _arrow_crumbs(texts[lines[0]])):  # ("Board Index -> Section": the forum's breadcrumb)
            if len(below) == 1 and _label_over_question(texts[lines[0]], texts[below[0]]):
                return below[0]  # a column's name over the reader's question that titles the piece (SPEC)
            return lines[0]
        if (site and len(lines) == 2 and (_is_label(texts[lines[0]]) or texts[lines[0]].casefold() in sections
                                          and not is_nav_line(texts[lines[0]]))  # (the menu's own row, no section)
                and may_be_title(texts[lines[1]]) and not _is_label(texts[lines[1]])
                and not _word_and_name(texts[lines[1]])):  # ("ASK ANNA" / "le NAME": the column and its writer)
            return lines[1]  # "PETS CORNER" glued over the title, under the site's menu; or a section the menu
            # names, in any case ("The Agony Aunt" under "MIND | MONEY | THE AGONY AUNT")
        if (site and 2 < len(lines) <= MAX_SECTION_HEAD_LINES and texts[lines[0]].casefold() in sections
                and may_be_title(texts[lines[1]]) and not _is_label(texts[lines[1]])
                and not all(looks_like_title(texts[i]) for i in lines)):
            return lines[1]  # ... over the title and its audience or unit lines ("General surgery" / TITLE /
            # "Information for patients" / "Day Unit, Ward 4"): a leaflet's head under its breadcrumb
        if site and len(lines) == 2 and _title_over_dek(texts[lines[0]], texts[lines[1]]):
            return lines[0]  # "When Your Dog Slows Down" over "Helping an older dog enjoy ...", under the menu
        if not site and len(lines) == 1 and (len(below) == 1 and _is_label(texts[below[0]]) or len(below) == 2 and (
                _is_label(texts[below[0]]) and may_be_title(texts[below[1]]) and not _is_label(texts[below[1]]))):
            site += 1  # the site's name over a section's label ("Home Fix Monthly", "QUICK FIXES", the title), or
            continue  # over a kicker glued to the headline ("Opinion" / "We Should Stop ...")
        if (site and len(block) > MIN_TITLE_FIELDS and may_be_title(texts[block[0]]) and not _is_label(texts[block[0]])
                and not FIELD_SHAPE.match(texts[block[0]]) and FIELD_SHAPE.match(texts[block[1]])
                and sum(FIELD_SHAPE.match(texts[i]) is not None for i in block[1:]) >= MIN_TITLE_FIELDS):
            return block[0]  # a talk's, a video's or a file's title over its fields ("Speaker: NAME", "Language:
            # English", "Downloads: 2,311"), under the site's menu
        column = labelled or paged or any(is_nav_line(texts[i]) or COLUMN_WRITER.match(texts[i])
                                          or _neighbours_row(texts[i]) or _arrow_crumbs(texts[i]) for i in lines) or (
            len(lines) >= MIN_MENU_RUN and all(_menu_item_line(texts[i]) for i in lines)) or (  # a menu, an item a line
            len(lines) == 2 and _is_label(texts[lines[0]]) and _word_and_name(texts[lines[1]]))  # a column's name
        # over its writer in a language no table holds ("THE COUNSELLOR" / "le NAME"): the title stands under them
        if len(lines) < len(block) or column or (  # (a heading over a pager is a collection's: "‹ older | newer ›")
                len(lines) >= 2 and not all(looks_like_title(texts[i]) for i in lines)):
            site += 1  # the site's block; a block of headings only ("Title", "Subtitle") may be the article's own
            continue
        return None
    if blocks and (unspaced or len(blocks[-1]) >= MIN_MENU_RUN) and any(is_nav_line(texts[i]) for i in blocks[-1]) and (
            last_headline := _last_headline(blocks[-1], texts)) is not None:
        return last_headline  # the site's menu glued over the title (or a scrape without blank lines): its last line
    return NO_TITLE if blocks and any(is_nav_line(texts[i]) for i in blocks[-1]) else None


ARROW = re.compile(r"(?<!\s)\s+->\s+(?=\S)")  # an old forum's breadcrumb arrow, spaced: "Forum Index -> Section"
MAX_CRUMB_WORDS = 5  # "Hill Bees Forum Forum Index": a crumb names a board or a section, never says a sentence


CREDIT_ROW = regex.compile(r"^[^\W\d_]{2,24}\s*:\s*(?P<name>\S.{2,60})$")  # "Words: NAME", "Фото: NAME"
FIELD_ROW = regex.compile(r"^(?P<label>[^\W\d_][^\W\d_ ]{1,23}(?: [^\W\d_]{1,12})?)\s*:\s*\S")  # "Label: value"
# The fields of a book's (or a record's) details card in a review: an author field among them is the reviewed work's
# author, never the review's writer ("Author: NAME" / "Publisher: ..." / "Pages: 212")
RECORD_CARD_LABELS = frozenset(("publisher", "publishers", "published by", "imprint", "isbn", "isbn-10", "isbn-13",
                                "pages", "page count", "edition", "format", "binding", "price", "rrp", "genre"))
MIN_CARD_ROWS = 3  # the author's row and two more: a card, not one labelled credit under a title


def _paragraph_at(lines: list[str], i: int) -> list[str]:
    """The run of non-blank lines holding line ``i``, stripped (its paragraph, or its card of field rows).

    >>> _paragraph_at(["a", "", "b", "c", "", "d"], 3)
    ['b', 'c']
    """
    first, last = i, i
    while first > 0 and lines[first - 1].strip():
        first -= 1
    while last + 1 < len(lines) and lines[last + 1].strip():
        last += 1
    return [line.strip() for line in lines[first:last + 1]]


def _record_card_row(block: list[str], row: str) -> bool:
    """Whether ``row`` is one field of a details card (``block``, the header block it stands in): the block holds
    three "Label: value" rows or more, one of them a record's own field (publisher, pages, ISBN, price), so its
    author row credits the work reviewed, not the page's writer (SPEC: a review's writer is its byline's).

    >>> card = ["Book details", "Author: Ann Lee", "Publisher: Fern Press", "Pages: 212"]
    >>> _record_card_row(card, "Author: Ann Lee"), _record_card_row(card[:2], "Author: Ann Lee")
    (True, False)
    >>> _record_card_row(["Author: Ann Lee", "Published: 3 May 2024", "Category: Garden"], "Author: Ann Lee")
    False
    """
    fields = [m["label"].casefold() for text in block if (m := FIELD_ROW.match(text.strip())) is not None]
    return (row in block and FIELD_ROW.match(row.strip()) is not None and len(fields) >= MIN_CARD_ROWS
            and any(label in RECORD_CARD_LABELS for label in fields))


def _credit_rows(rows: list[str]) -> bool:
    """Whether a block of header rows is the piece's credits: two rows or more, each a one-word label of its own, a
    colon and a person's name ("Text: NAME" / "Photos: NAME", in any language whatever its label words). The block
    credits the piece under its title; it is never the title.

    >>> _credit_rows(["Tekst: Ann Lee", "Foto: BO LIND"]), _credit_rows(["Tekst: Ann Lee"])
    (True, False)
    >>> _credit_rows(["Garlic: a Love Story", "Why we grow it and how"])
    False
    """
    found = [CREDIT_ROW.match(row) for row in rows]
    return len(rows) >= 2 and all(m is not None and (named := name_line(m["name"])) is not None
                                  and is_person_name(named.name) for m in found) and len(
        {row.split(":", 1)[0].casefold() for row in rows}) == len(rows)


def _arrow_crumbs(text: str) -> bool:
    """An old forum's breadcrumb drawn with ASCII arrows ("Hill Bees Forum Index -> Seasonal Management"): two crumbs
    or more, each a short capitalised name, no sentence (an instruction's "If yes -> go to step 6" is no crumb).

    >>> _arrow_crumbs("Hill Bees Forum Index -> Seasonal Management"), _arrow_crumbs("Board -> Tools -> Saws")
    (True, True)
    >>> _arrow_crumbs("If yes -> go to step 6."), _arrow_crumbs("Fill every gap -> bubble wrap is cheaper")
    (False, False)
    """
    crumbs = ARROW.split(text.strip())
    return len(crumbs) > 1 and not text.rstrip().endswith(TEXT_ENDS) and all(
        0 < len(crumb.split()) <= MAX_CRUMB_WORDS and crumb[:1].isupper() for crumb in crumbs)


QUESTION_MARKS = "?？؟;՞"  # the question mark of Latin, CJK, Arabic (Persian, Pashto, Urdu), Greek and Armenian


def _label_over_question(label: str, question: str) -> bool:
    """Whether a short line (``MAX_LABEL_WORDS`` at most, no question) stands over a longer question: a column's or
    a department's name over the reader's question that titles the piece, in any script and case.

    >>> _label_over_question("Tanya Dokter", "Bagaimana cara menurunkan demam anak di malam hari?")
    True
    >>> _label_over_question("Why Bread Goes Stale", "And can you stop it?"), _label_over_question("Leeks", "Soup.")
    (False, False)
    """
    words, asked = label.split(), question.strip()
    return (0 < len(words) <= MAX_LABEL_WORDS and label.strip()[-1:] not in QUESTION_MARKS
            and asked[-1:] in QUESTION_MARKS and len(asked.split()) > len(words) + 1 and may_be_title(asked))


MAX_BY_WORD_LETTERS = 4  # the bare "by" of a language before a writer's name: "le", "de", "av", "von", "minn"


def _word_and_name(text: str) -> bool:
    """Whether a line is one short lower-case word and a person's full name ("le Síle Ní Bhriain", "av Ola
    Nordmann"): a column's writer under the column's name, "by" in a language no table holds, never a title.

    >>> _word_and_name("le Róisín Ní Bhriain"), _word_and_name("av Ola Nordmann"), _word_and_name("Ola Nordmann")
    (True, True, False)
    >>> _word_and_name("on Making Bread"), _word_and_name("How to Make Bread")
    (False, False)
    """
    first, _, rest = text.strip().partition(" ")
    return (0 < len(first) <= MAX_BY_WORD_LETTERS and first.isalpha() and first.islower()
            and is_full_name(rest.strip()))


MIN_MENU_ROW_WORDS = 4  # a menu's row holds other sections beside the label's: a browser title, the site's name only


def _menu_item(text: str, above: list[str]) -> bool:
    """Whether a short line (a section's name: ``MAX_SECTION_WORDS``) is an item of a menu's row above it, in any
    case and whatever the row's separators (single spaces where a scrape collapsed the menu's gaps): the page's
    section label over the title, in any language, never the title.

    >>> _menu_item("Home & Garden", ["Valley Post", "News  Sport  Home & Garden  Travel  Puzzles"])
    True
    >>> _menu_item("Warm Home, Lower Bills", ["Valley Energy   Warm Home, Lower Bills"])
    False
    >>> _menu_item("Garden", ["Garden Notes"]), _menu_item("Sport", ["Sport is good for you, say doctors."])
    (False, False)
    """
    words = text.casefold().split()
    if not 0 < len(words) <= MAX_SECTION_WORDS:
        return False
    for row in above:
        folded = row.casefold().split()
        if SENTENCE_END.search(row) or len(folded) < len(words) + MIN_MENU_ROW_WORDS:
            continue
        if any(folded[j:j + len(words)] == words for j in range(len(folded) - len(words) + 1)):
            return True
    return False


MIN_UNSPACED_TITLE_WORDS = 4  # a headline says something; a menu's item ("Contact", "Practice Areas") is shorter


def _last_headline(block: list[int], texts: dict[int, str]) -> int | None:
    """The headline closing a header that is one block (a scrape without blank lines: the site's name, its menu,
    a breadcrumb, a disclosure, the title, then dates, bylines and review credits): its last line that is no
    metadata, where that line may be a title of a headline's length; else ``None``.

    >>> _last_headline([0, 1, 2, 3, 4], {0: "Lakeside Tyres", 1: "Home › Guides", 2: "How to Check Your Tread Depth",
    ...                                  3: "Updated May 2, 2024", 4: "Reviewed by Ann Lee"})
    2
    >>> _last_headline([0, 1, 2], {0: "Lakeside Tyres", 1: "Home › Guides", 2: "Contact us"}) is None
    True
    """
    last = next((i for i in reversed(block) if not _is_meta(texts[i]) and not is_byline(texts[i])), None)
    if last is None or len(texts[last].split()) < MIN_UNSPACED_TITLE_WORDS or _is_label(texts[last]):
        return None
    return last if may_be_title(texts[last]) and not is_nav_line(texts[last]) else None


def _section_label(text: str, headline: str, sections: frozenset[str]) -> bool:
    """Whether a short line over a longer headline is the section's label, in the title's case: it opens with a
    section the page's menu names ("Money and Family" under a menu holding "Money", over "How to make a month's
    pay last the month"), in any language.

    >>> _section_label("Money and Family", "How to make the pay last the month", frozenset({"home", "money"}))
    True
    >>> _section_label("Money Mistakes", "Ann Lee", frozenset({"money"}))  # the title over its writer's name
    False
    >>> _section_label("Garden Jobs", "How to make the pay last the month", frozenset({"money"}))
    False
    """
    folded = " ".join(text.split()).casefold()
    words = folded.split()
    return 0 < len(words) <= MAX_LABEL_WORDS < len(headline.split()) and any(
        folded == section or folded.startswith(f"{section} ") for section in sections)


def _without_section_label(title: str, sections: frozenset[str]) -> str:
    """A title without a department's label before its colon, where the label opens with a section the page's
    menu or breadcrumb names ("Questions and answers: Storing grain" under "Home > Questions"), in any language.

    >>> _without_section_label("QUESTIONS AND ANSWERS: STORING GRAIN", frozenset({"home", "questions"}))
    'STORING GRAIN'
    >>> _without_section_label("Slugs: What Actually Worked", frozenset({"home", "questions"}))
    'Slugs: What Actually Worked'
    """
    label, colon, rest = title.partition(": ")
    words = label.casefold().split()
    if not colon or not 0 < len(words) <= MAX_LABEL_WORDS or not may_be_title(rest.strip()):
        return title
    return rest.strip() if any(words[:len(section.split())] == section.split() for section in sections) else title


NAV_PARTS = re.compile(r"(?<!\s)\s+[|·•»›>]\s+")  # a menu's or a breadcrumb's items


def _nav_sections(texts: Iterable[str]) -> frozenset[str]:
    """The sections a page's menu rows and breadcrumbs name, case-folded ("MIND | BODY | THE AGONY AUNT",
    "Life > Ask Margit"): a line over the headline that repeats one is the section's label, in any case.

    >>> sorted(_nav_sections(["Wellspring", "MIND | MONEY | THE AGONY AUNT", "A Title"]))
    ['mind', 'money', 'the agony aunt']
    """
    return frozenset(part.strip().casefold() for text in texts if is_nav_line(text)
                     for part in NAV_PARTS.split(text) if part.strip())


CRUMB_PARTS = re.compile(r"(?<!\s)\s+[»›>/]\s+")  # a breadcrumb's steps ("Home > Safety > Before you set off")


def _own_crumbs(texts: Iterable[str]) -> frozenset[str]:
    """The last steps of a page's breadcrumbs that no other menu row or breadcrumb names, case-folded: a trail
    ends in the page it stands on ("Home > Safety > Before you set off" over "Before You Set Off: Eight Habits"),
    which names the piece, not a section of the site whose label goes before a title's colon; a step that a menu
    row or another trail names too is a section ("Home > Questions" under "Home | Questions | Contact").

    >>> sorted(_own_crumbs(["Home | Walks | Contact", "Home > Safety > Before you set off", "A Title"]))
    ['before you set off']
    >>> sorted(_own_crumbs(["Home | Questions | Contact", "Home > Questions"]))
    []
    """
    lines = [text for text in texts if is_nav_line(text)]
    named = [{part.strip().casefold() for part in NAV_PARTS.split(line) if part.strip()} for line in lines]
    own = set()
    for n, line in enumerate(lines):
        steps = [part.strip().casefold() for part in CRUMB_PARTS.split(line.strip()) if part.strip()]
        if len(steps) > 1 and not any(steps[-1] in other for k, other in enumerate(named) if k != n):
            own.add(steps[-1])
    return frozenset(own)


def _first_unmeta(block: list[int], texts: dict[int, str]) -> int:
    """A header block's first line that is no date or metadata ("Posted on Sunday, 17 January 2021" glued over the
    title: the title is the block's first line of its own).

    >>> _first_unmeta([3, 4], {3: "Posted on Sunday, 17 January 2021", 4: "Soup For A Cold Night"})
    4
    """
    return next((i for i in block if not _is_meta(texts[i])), block[0])


MIN_UNCASED_HEADLINE_LETTERS = 12  # a headline's length in letters: a site's or a section's name is shorter


def uncased(text: str) -> bool:
    """Whether a line is written in a script without capitals (most of its letters neither upper nor lower case).

    >>> uncased("여름철 채소 씻는 법"), uncased("Washing summer greens"), uncased("5G 시대의 요금제")
    (True, False, True)
    >>> uncased("ენის სწავლა ზრდასრულ ასაკში")  # Georgian: its letters filed as lower case, no capital in use
    True
    """
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and sum(1 for c in letters if not caseless_letter(c)) * 4 < len(letters)


UNCASED_SENTENCE_END = re.compile(r"[.!?:。！？।؟…]\s*[”」』\"'’»]*\s*$")  # a closing quote may follow the mark


def _ends_sentence(text: str) -> bool:
    """Whether a line ends as a sentence does in any script, a quotation's closing mark after it or not: a line of
    dialogue opening a story ("“妈妈，为什么还不能出去？”") is neither a headline nor its dek.

    >>> _ends_sentence("“妈妈，为什么还不能出去？”"), _ends_sentence("전문가가 알려주는 주방 위생 수칙")
    (True, False)
    """
    return UNCASED_SENTENCE_END.search(text) is not None


def _headline_over_uncased_dek(above: list[int], texts: dict[int, str], t: int) -> int | None:
    """The headline over line ``t`` when both are in a script without capitals, each a block of its own right
    above the byline, and ``t`` reads as its dek (a line of its own, no closing stop, no name); else ``None``. The
    headline is a headline's length, never navigation, a label, a notice or a credit.

    >>> texts = {2: "여름철 식중독을 막는 다섯 가지 습관", 4: "전문가가 알려주는 주방 위생 수칙"}
    >>> _headline_over_uncased_dek([2, 4], texts, 4)
    2
    >>> _headline_over_uncased_dek([0, 2], {0: "생활뉴스", 2: "전문가가 알려주는 주방 위생 수칙"}, 2)
    """
    k = above.index(t) if t in above else 0
    if k == 0 or not uncased(texts[t]) or _ends_sentence(texts[t]):
        return None
    over = above[k - 1]
    text = texts[over]
    if (not uncased(text) or sum(1 for c in text if c.isalpha()) < MIN_UNCASED_HEADLINE_LETTERS or over + 1 == t
            or _ends_sentence(text)):
        return None  # (a headline and its dek each stand as a block: a line right on the next is its own text)
    if is_nav_line(text) or _is_label(text) or lic.find_statements(text) or credit_line(text) is not None:
        return None
    if not (may_be_title(text) and may_be_title(texts[t])) or name_line(texts[t]) is not None:
        return None
    return over


def _lone_line(lines: list[str], i: int) -> bool:
    """Whether line ``i`` stands as a block of its own: blank lines (or the page's edges) above and below it.

    >>> _lone_line(["Site", "", "Title", "", "Text."], 2), _lone_line(["Site", "Title", "", "Text."], 1)
    (True, False)
    """
    return (bool(lines[i].strip()) and (i == 0 or not lines[i - 1].strip())
            and (i + 1 == len(lines) or not lines[i + 1].strip()))


def _block_of_two(lines: list[str], top: int) -> bool:
    """Whether lines ``top`` and ``top + 1`` stand as a block of their own: blank (or the page's edge) above and
    below, nothing between them."""
    return (top + 2 < len(lines) and bool(lines[top].strip()) and bool(lines[top + 1].strip())
            and not lines[top + 2].strip() and (top == 0 or not lines[top - 1].strip()))


# A page's property label standing on its own line over a person's name, as a wiki or a workspace page (Notion,
# Confluence, a shared doc) sets its properties under the title: "Owner" / NAME, "Created by" / NAME, in the
# languages of the tables. The label is the field's, never the page's title.
PERSON_FIELD = re.compile(
    r"(?:owner|page\s+owner|author|authors|created\s+by|written\s+by|maintainer|maintained\s+by|assignee"
    r"|eigentümer|besitzer|verantwortlich|erstellt\s+von|autor|autora|autorin|propriétaire|auteur|auteure|créé\s+par"
    r"|propietario|propietaria|responsable|creado\s+por|proprietário|proprietária|criado\s+por|proprietario"
    r"|creato\s+da|eigenaar|auteur|gemaakt\s+door|właściciel|właścicielka|utworzone\s+przez|eier|ejer|ägare"
    r"|forfatter|författare|omistaja|tekijä|владелец|автор|власник"
    # a theme's writer box over the name ("この記事を書いている人 - WRITER -": "the person writing this article")
    r"|この記事を(?:書いた|書いている)人|執筆者|筆者|著者|글쓴이|작성자|作者)(?:\s*[-–—]\s*writer\s*[-–—]?)?\s*[:：]?",
    re.I)

MAX_BADGE_LABEL_WORDS = 3  # "Expert Author", "Featured Writer", "Platinum Author": a badge's label is short


def _name_badge(text: str, name: str) -> bool:
    """Whether ``text`` is a writer's badge: the byline's ``name`` after a label of at most
    ``MAX_BADGE_LABEL_WORDS`` words (in any language and any wording), or the name alone.

    >>> _name_badge("Expert Author Kalle Mäkinen", "Kalle Mäkinen"), _name_badge("Kalle Mäkinen", "Kalle Mäkinen")
    (True, True)
    >>> _name_badge("Why I Stopped Arguing With Kalle Mäkinen", "Kalle Mäkinen")
    False
    >>> _name_badge("Expert Author Kalle Mäkinen", "Ann Lee"), _name_badge("Seven Tips: Kalle Mäkinen", "Kalle Mäkinen")
    (False, False)
    """
    words, named = text.split(), name.split()
    if not named or len(words) < len(named) or len(words) > len(named) + MAX_BADGE_LABEL_WORDS:
        return False
    label = words[:len(words) - len(named)]
    return ([w.casefold() for w in words[len(label):]] == [w.casefold() for w in named]
            and all(w.isalpha() for w in label))  # (a label is words: no colon, no figure, no headline's punctuation)


MIN_SENTENCE_TITLE_WORDS = 3  # "Stop underpricing your work": a title says something; a site's name is shorter
DEK_OVER_TITLE = 1.5  # a subtitle says more than its title: half as many words again, at least


def _sentence_title_over_dek(title: str, dek: str) -> bool:
    """A title over its subtitle, both in sentence case, as a newsletter or blog platform sets them (the subtitle
    a longer line of its own with no closing stop, never a name, a byline or navigation; the title no label).

    >>> _sentence_title_over_dek("Stop guessing your hourly rate", "What two years of invoices taught one "
    ...                          "illustrator about the price of an afternoon")
    True
    >>> _sentence_title_over_dek("Notes from the shed", "Ann Lee"), _sentence_title_over_dek(
    ...     "What two years of invoices taught one illustrator", "Stop guessing your rate")
    (False, False)
    """
    words, dek_words = len(title.split()), len(dek.split())
    return (words >= MIN_SENTENCE_TITLE_WORDS and dek_words >= DEK_OVER_TITLE * words
            and may_be_title(title) and not _is_label(title) and not is_nav_line(title)
            and not title.endswith((".", "!", ":")) and may_be_title(dek)
            and not dek.endswith((".", "!", "?", ":")) and not is_nav_line(dek) and name_line(dek) is None
            and not is_byline(dek) and not lic.find_statements(dek))


def _title_over_sentences(title: str, dek: str) -> bool:
    """A headline in any case over a dek of two sentences or more, the second maybe without its closing stop (a
    news or paywalled page's standfirst): the dek says more than the headline, and the headline has no sentence
    end inside, no label's or menu's shape.

    >>> _title_over_sentences("How to fix a dripping tap - and keep it fixed",
    ...                       "Nobody likes calling a plumber. Most drips take ten minutes and one washer")
    True
    >>> _title_over_sentences("Ten minutes. One washer. No plumber", "Nobody likes a plumber's bill. Most are easy")
    False
    >>> _title_over_sentences("How to fix a dripping tap", "Ann Lee")
    False
    """
    words = len(title.split())
    inner = SENTENCE_END.search(dek.rstrip(".!?"))  # a sentence ends inside the dek, more words after it
    return (inner is not None and words >= MIN_SENTENCE_TITLE_WORDS and len(dek) > len(title)
            and may_be_title(title) and SENTENCE_END.search(title) is None and not title.endswith(":")
            and not _is_label(title) and not is_nav_line(title) and not dek.endswith(":")
            and not is_byline(dek) and not lic.find_statements(dek))


def _title_over_dek(title: str, dek: str) -> bool:
    """A title in the title's case over its dek in sentence case (a line of its own, no closing stop, no name).

    >>> _title_over_dek("When Your Dog Starts to Slow Down", "Helping an older dog enjoy the years ahead")
    True
    >>> _title_over_dek("Home | Dogs", "Helping an older dog enjoy the years ahead")
    False
    >>> _title_over_dek("When Your Dog Starts to Slow Down", "Ann Lee")
    False
    """
    return (looks_like_title(title) and not _is_label(title) and not is_nav_line(title)
            and may_be_title(dek) and not looks_like_title(dek) and not dek.endswith((".", "!", "?", ":"))
            and not is_nav_line(dek) and name_line(dek) is None and not is_byline(dek))


# A news or magazine page's kicker over the headline, in any case: the kind of piece or its section.
KICKERS = frozenset("opinion analysis review reviews interview feature features explainer essay column comment "
                    "editorial news guide guides recipe recipes podcast video exclusive obituary letters "
                    "factsheet leaflet briefing checklist "  # an information page's type over its title
                    "meinung kommentar analyse opinión opinião opinione tribune".split())


def _is_label(text: str) -> bool:
    """A section's or column's label over a headline: a few words in capitals ("GUEST REPRINT", "TIPS"), or a
    column's head naming its writer ("STRAIGHT TALK WITH NAME").

    >>> _is_label("READERS' VIEWS"), _is_label("ASK THE VET WITH ANA RUIZ"), _is_label("Why Pipes Knock")
    (True, True, False)
    >>> _is_label("Cycling Q&A with Coach Renée")  # a title naming its host, in the title's case
    False
    >>> _is_label("HOW TO SHARPEN A KNIFE WELL"), _is_label("GARDEN Q&A – ALLOTMENT CORNER")
    (False, True)
    """
    if text.strip().casefold() in KICKERS:
        return True  # "Opinion" over the headline, in the title's own case
    if LOWER_ASCII.search(text):
        return False  # exact gate: a letter not in capitals (most lines, found at once)
    words = [w for w in text.split() if any(ch.isalnum() for ch in w)]  # a dash between a section and its corner
    return _capitals(text) and (len(words) <= MAX_LABEL_WORDS or _column_writer([text]) is not None)  # is no word


def _column_writer(texts: list[str]) -> Byline | None:
    """The writer a column's head names ("with NADIA HOSSEINI-BLAKE", "STRAIGHT TALK WITH TOM BRANNIGAN").

    >>> _column_writer(["VALLEY POST", "STRAIGHT TALK WITH TOM BRANNIGAN"])
    Byline(name='Tom Brannigan', credentials=None)
    >>> _column_writer(["ON THE PLOT with Ilse Brandvold"]), _column_writer(["Cooking with Ilse Brandvold"])
    (Byline(name='Ilse Brandvold', credentials=None), None)
    >>> _column_writer(["ASK HELGA", "Es antwortet Helga Brandt, Familienberaterin"])
    Byline(name='Helga Brandt', credentials=None)
    >>> _column_writer(["ASK HELGA", "Answers to last week's quiz"]) is None
    True
    """
    for text in texts:
        m = COLUMN_HEAD.match(text)
        if m and (text.isupper() or COLUMN_WRITER.match(text) or COLUMN_NAME_CAPITALS.match(text)) and (
                is_person_name(name := normalise_case(m["who"]))):
            return Byline(name)  # a head in capitals, the column's name in capitals ("ON THE PLOT with NAME"), or
            # "with NAME" on a line of its own
        if (answerer := _answerer(text)) is not None:
            return answerer  # "Answers: NAME, family counsellor" under the column's name, in any language
    return None


def _answerer(text: str) -> Byline | None:
    """The writer a column's "answers NAME" line names, a role in lower case before the name at most ("Відповідає
    психологиня NAME", "Responde la psicóloga NAME"), else ``None``.

    >>> _answerer("Відповідає психологиня Ганна Чорновол"), _answerer("Answers: Bea Lund, family counsellor")
    (Byline(name='Ганна Чорновол', credentials=None), Byline(name='Bea Lund', credentials=None))
    >>> _answerer("Responde la psicóloga Marta Vidal Ruiz").name, _answerer("Answers to last week's quiz")
    ('Marta Vidal Ruiz', None)
    """
    if (m := COLUMN_ANSWERER.match(text)) is None:
        return None
    words = m["who"].split()
    role = list(itertools.takewhile(lambda w: w[:1].islower(), words[:MAX_ANSWERER_ROLE_WORDS + 1]))
    name = normalise_case(" ".join(words[len(role):]))
    return Byline(name) if len(role) <= MAX_ANSWERER_ROLE_WORDS and name and is_person_name(name) else None


MAX_ANSWERER_ROLE_WORDS = 3  # "la psicóloga", "our family counsellor": a longer lower-case run is a sentence


# a column's head naming who answers its letters, in the column's language ("Answers: NAME, role", "Отвечает
# NAME", "Es antwortet NAME", "Responde NAME"): the writer of every answer under it
COLUMN_ANSWERER = re.compile(r"^(?:answers|отвечает|відповідає|(?:es\s+)?antwortet|responde|répond|risponde|"
                             r"odpowiada|svarar|svarer|antwoordt)\s*:?\s+(?P<who>[^\W\d_][^,(;:|]{2,60}?)"
                             r"\s*(?:[,(;|]|$)", re.I)


def _read_blog_footer(lines: list[str], nonblank: list[int], body_first: int, parsed: Parsed) -> int:
    """Take a blog's footer when the article has no byline yet: "Posted by NAME at TIME" under the post, and
    below it labels, comment counts and comments (not the article's: kept in ``footer``; a licence line there is
    still read). Return where the footer starts (the end of the page when there is none)."""
    at = next((i for i in reversed(nonblank) if i > body_first and (
        blog_footer(lines[i]) is not None
        or entry_footer(lines[i]) is not None or meta_row_footer(lines[i]) is not None)), None)
    if parsed.byline is not None:  # a piece with its own byline, posted on a blog ("by NAME" under its title, then
        # "Posted by Bea at 19:42"): the post's footer still ends the text, and names the poster, not the writer
        at = at if at is not None else next((i for i in reversed(nonblank) if i > body_first
                                             and first_name_credit(lines[i])), None)
        at = at if at is not None else _comments_at(lines, nonblank, body_first)
        return _footer_from(lines, nonblank, at, parsed) if at is not None else len(lines)
    if at is None:
        at = next((i for i in reversed(nonblank) if i > body_first and first_name_credit(lines[i])), None)
        if at is not None:  # "Posted by Marisol at 4:37 PM": the blogger's first name, all the page may give; a
            parsed.signed = Byline(first_name_credit(lines[at]) or "")  # profile's full name comes first
            return _footer_from(lines, nonblank, at, parsed)
        at = _comments_at(lines, nonblank, body_first)
        return _footer_from(lines, nonblank, at, parsed) if at is not None else len(lines)
    parsed.byline = entry_footer(lines[at]) or blog_footer(lines[at]) or meta_row_footer(lines[at])
    # a posting account only where the footer is the blog software's "Posted by NAME at TIME"; a theme's row naming
    # its writer ("Written by: NAME | Categories: X") credits the writer, as a byline does
    parsed.posted = blog_footer(lines[at]) is not None
    return _footer_from(lines, nonblank, at, parsed)


def _comments_at(lines: list[str], nonblank: list[int], body_first: int) -> int | None:
    """Where the readers' comments start under their heading ("Comments (3)" over "Ann: Lovely!"), when no blog
    footer line ends the post: they end the text as a footer does (a notice above them is the article's last line
    again); ``None`` when the page has no such heading.

    >>> _comments_at(["Title", "Text.", "© 2020 Ann Lee.", "Komentáře (2)", "Bo: Díky!"], [0, 1, 2, 3, 4], 1)
    3
    """
    return next((i for i in nonblank if i > body_first and is_comments_heading(lines[i])), None)


def _footer_from(lines: list[str], nonblank: list[int], at: int, parsed: Parsed) -> int:
    """Keep the lines under a blog's footer line ``at`` out of the text: labels, counts and comments go to the
    footer, a licence line there is still read. Return ``at``."""
    for i in nonblank:
        if i > at:
            text = lines[i].strip()
            split = _licence_split(text)
            if split is None:
                parsed.footer.append(text)
                continue
            if len(split[0].split()) <= LOOSE_LEAD_WORDS and not split[2]:
                for statement in split[1]:  # "All content © NAME 2010": the line's few words say what it covers
                    statement.text = text  # (every post of the page), as a loose statement line keeps them
            parsed.statements += split[1]
            parsed.below_footer += split[1]
    return at


LEADING_BOX_REACH = 3  # the box opens among the body's first lines, under the header's fields
LEADING_BOX_TEXT_WORDS = 60  # the text under it runs on: more than a box's own words


def _read_leading_box(lines: list[str], nonblank: list[int], body_first: int, parsed: Parsed) -> int:
    """Take a writer's resource box set ABOVE the text (a directory's print view, a copy that moved the box up): an
    "About the Author" / "Resource Box" heading among the body's first lines, its paragraph opening with the
    writer's name ("NAME has trained ..."), up to a blank or a rule line, then the article's text at length. Its lines
    go to the bio (the author is read from it as from a closing box) and out of the text, with ``nonblank``; return
    where the body starts now (``body_first`` when there is no such box). A box closing the text is
    :func:`_read_bio_box`'s.

    >>> lines = ["----", "Author Resource Box:", "Ann Lee has kept bees for years.", "----", "",
    ...          "Bees need water. " * 12, "", "Give them shade. " * 12]
    >>> nonblank = [i for i, line in enumerate(lines) if line.strip()]
    >>> parsed = Parsed(body=[])
    >>> _read_leading_box(lines, nonblank, 1, parsed), parsed.bio_parts, nonblank
    (5, ['Ann Lee has kept bees for years.'], [0, 5, 7])

    The record's fields a directory prints under the box ("Summary: ...", "Keywords: ...", "Article Body:") go too:

    >>> lines[4:5] = ["", "Keywords: bees, water", "Article Body:", ""]
    >>> lines[1:4] = ["Author Resource Box:", "Ann Lee has kept bees for years.", "----"]
    >>> nonblank = [i for i, line in enumerate(lines) if line.strip()]
    >>> _read_leading_box(lines, nonblank, 1, Parsed(body=[])), nonblank
    (8, [0, 8, 10])
    """
    first = [i for i in nonblank if i >= body_first][:LEADING_BOX_REACH]
    marker = next((i for i in first if bio_start(lines[i]) is not None), None)
    if marker is None:
        return body_first
    start = marker if bio_start(lines[marker]) else next((i for i in nonblank if i > marker), len(lines))
    if start > marker + 2:
        return body_first  # a heading with nothing under it
    end = start
    while end < len(lines) and lines[end].strip() and not RULE_LINE.match(lines[end]):
        end += 1
    box = [bio_start(lines[i]) if i == marker else lines[i].strip() for i in range(start, end)]
    if not box or name_in_bio(box[0]) is None:
        return body_first  # no writer's box: a section about an author ("About the author of the rule ...")
    closing = end if end < len(lines) and RULE_LINE.match(lines[end]) else end - 1
    below = [i for i in nonblank if i > closing]
    if sum(len(lines[i].split()) for i in below) < LEADING_BOX_TEXT_WORDS or any(
            bio_start(lines[i]) is not None for i in below[:1]):
        return body_first  # the box is all there is (a profile page), or another box follows at once
    parsed.bio_parts += [text for text in box if text]
    fields = list(itertools.takewhile(lambda i: DIRECTORY_FIELD.match(lines[i].strip()) is not None, below))
    if len(fields) < 2 and not (fields and lines[fields[-1]].strip().endswith(":")):
        fields = []  # one "Summary: ..." line may be the text's own first sentence
    parsed.chrome += [lines[i].strip() for i in fields]  # the record's fields under the box: "Summary:", "Keywords:"
    gone = set(range(marker, closing + 1)) | set(fields)
    for i in gone:
        lines[i] = ""
    nonblank[:] = [i for i in nonblank if i not in gone]
    return next((i for i in nonblank if i > closing), len(lines))


def _read_bio_box(lines: list[str], nonblank: list[int], body_first: int, parsed: Parsed) -> int:
    """Take the bio box: from the last "About the Author" heading to the end (licence lines in it go to the
    licence). Return where the box starts (the end of the page when there is none)."""
    marker = next((i for i in reversed(nonblank) if i > body_first and bio_start(lines[i]) is not None), None)
    if marker is None:
        return len(lines)
    for i in range(marker, len(lines)):
        text = bio_start(lines[i]) if i == marker else lines[i].strip()
        split = _licence_split(text) if text else None
        if split is not None and not split[2]:
            parsed.statements += split[1]
            text = split[0]
        if text:
            parsed.bio_parts.append(text)
    return marker


def _read_trailer(lines: list[str], nonblank: list[int], body_first: int, end: int, parsed: Parsed,
                  config: SegmentConfig) -> int:
    """Scan up from ``end`` over licence and copyright lines, a closing byline, an unmarked bio naming the author,
    and the sign-off with its valediction; stop at the first body line. Return where the body ends."""
    found: list[lic.Statement] = []
    cursor = end
    signoff_at = -1  # a valediction ("Warm regards,") joins the sign-off only straight above it
    addressed = _Addressed("\n".join(lines))
    footer: list[str] = []
    site_footer = False  # a list of the site's own (other titles, links) has been passed
    masthead = _masthead_names(parsed.chrome)
    shown = cited_lines(lines[body_first:end])  # an example's lines: the page's text, never its notice
    while (i := _nearest_above(nonblank, body_first, cursor)) is not None:
        text = lines[i].strip()
        above = _line_above(lines, nonblank, i)
        split = _licence_split(text) if i - body_first not in shown else None
        # a short footer sentence before a notice goes with it; a credit before the notice ("Written by NAME.",
        # "This post: NAME.") is read below
        if split is not None and split[0] and not split[2].strip(".!") and _footer_notice(split[0]) and not (
                is_byline(split[0]) or credit_line(split[0].rstrip(" ."))):
            for statement in split[1]:  # "All times are UTC. Posts are copyright their respective authors."
                statement.text = text
            split = ("", split[1], "")
        if (split is None or not split[0] and _licence_name_broken(lines, body_first, i)) and (
                wrapped := _wrapped_notice(lines, nonblank, body_first, i)):
            start, joined = wrapped  # "... provided the box above is" / "included and links live."
            lines[start:i + 1] = [joined] + [""] * (i - start)
            end = cursor = start + 1
            continue
        holders = [s.holder for s in found + parsed.statements if s.holder and is_person_name(s.holder)
                   and s.holder.casefold() not in masthead]  # (a © in the site's own name is no writer's)
        authors = ([parsed.byline.name] if parsed.byline else []) + holders
        names = authors + [b.name for b in map(name_in_bio, parsed.bio_parts[:1]) if b]
        # (a blog footer's posting account is no writer's credit: an unheaded resource box under a reposted piece
        # names the piece's writer, SPEC)
        writers = holders if parsed.byline and parsed.posted else authors
        if RULE_LINE.match(text):  # a newsletter's rule line under the article
            footer.insert(0, text)
            end = cursor = i
        elif (j := _closing_banner(lines, nonblank, body_first, i)) is not None:
            footer[:0] = _stripped_lines(lines, nonblank, j, i)  # "=====", "That's all ... - Ed."
            found = _boxed_licence(lines, nonblank, j, i) + found  # (a print view's site licence boxed there)
            end = cursor = j
        elif (j := _framed_section(lines, nonblank, body_first, i)) is not None or (
                j := _link_list(lines, nonblank, body_first, i)) is not None:
            footer[:0] = _stripped_lines(lines, nonblank, j, i)  # "-----", "QUICK LINKS", "-----", links
            end = cursor = j
            site_footer = True
        elif (split is not None and site_footer and not split[0] and _site_copyright(text, split[1], parsed)
              and not _glued_under_article(lines, body_first, i)):
            footer.insert(0, text)  # "Herb Garden Weekly © 2015" over the site's list of titles: the site's line
            end = cursor = i
        elif split is not None and (not split[0] or not split[2] or _work_lead(split[0], text)):
            before, statements, after = split
            if (after and len(after.split()) >= config.bio_min_words and COPYRIGHT_LEAD.match(text)
                    and any(st.holder and is_person_name(st.holder) for st in statements)):  # not "© Site. Share it"
                parsed.bio_parts.insert(0, COPYRIGHT_LEAD.sub("", text, count=1))  # "©Name, creds, url. bio ..."
            elif after:
                for statement in statements:  # a short remainder ("All rights reserved.") is part of it
                    statement.text = text
            if before and lic.PROVENANCE.match(before) and parsed.byline is None and (
                    named := provenance_writer(before)):
                parsed.byline = named  # "Originally published by NAME at site.example. Republished under ..."
            if before and (NOTICE_LEAD.search(before) or lic.PROVENANCE.match(before) or _work_lead(before, text)) and (
                    len(before.split()) <= config.notice_max_words // 3):
                before = ""  # "No copyright is claimed on this article. It is placed in the public domain."; or
                # "Originally published at X on DATE. Republished here under CC BY 4.0."
                for statement in statements:
                    statement.text = text
            found = statements + found
            if before and parsed.byline is None and is_byline(before):  # "Written by Jane Doe. Copyright ..."
                parsed.byline = parse_byline(before)
            elif before and parsed.byline is None and (credited := credit_line(before.rstrip(" ."))) is not None:
                parsed.byline, before = credited, ""  # "This post: NAME. You can reuse it under CC BY ..."
                for statement in statements:
                    statement.text = text
            elif (not before and parsed.byline is None and (holder := statements[0].holder)
                  and is_byline(holder) and (named := parse_byline(holder))):
                parsed.byline = named  # "Article by JANE DOE Copyright 2006": the credit read as the holder
            elif before and parsed.credited is None and (
                    credited := _credit_bio(before, statements, parsed, lines, body_first)) is not None:
                parsed.credited = credited  # "NAME runs a bakery ... This piece first ran in X and is reprinted
                if not parsed.bio_parts:  # with permission": the credit's bio is the piece's writer's
                    parsed.bio_parts.insert(0, before)
                for statement in statements:
                    statement.text = text
            elif before:  # a notice glued to the end of the last paragraph: the paragraph stays
                lines[i] = lines[i][: lines[i].find(before) + len(before)]
                end = i + 1
                break
            end = cursor = i
        elif (j := _comment_block(lines, nonblank, body_first, i)) is not None:
            footer[:0] = _stripped_lines(lines, nonblank, j, i)  # readers' comments: not the article's
            end = cursor = j
        elif (k := _label_over(lines, nonblank, body_first, i)) is not None:
            footer[:0] = [lines[k].strip(), text]  # "Article Source:" over its link: a footer field wrapped after
            end = cursor = k  # its label is the footer's, as on one line (the bio over it stays the writer's)
        elif parsed.byline is None and is_byline(text):  # a byline at the end of the article
            parsed.byline, end, cursor = parse_byline(text), i, i
        elif (parsed.byline is None and parsed.signoff is None and len(text.split()) <= MAX_SIGNATURE_WORDS
              and (credited := writing_credit(text)) is not None):
            parsed.byline, end, cursor = credited, i, i  # "Text: NAME", "Tác giả: NAME": a byline, not a signature
        elif not parsed.bio_parts and (named := name_in_bio(text)) and named.name in authors:
            parsed.bio_parts.insert(0, text)  # an unmarked closing paragraph about the author, named as such
            end = cursor = i
        elif not parsed.bio_parts and not writers and parsed.signoff is None and is_unheaded_bio(
                text, named_above=_name_over(lines, i, body_first)):
            parsed.bio_parts.insert(0, text)  # "Greta Lind is the founder of ...": the last paragraph, a bio
            parsed.unheaded_bio = True
            end = cursor = i
        elif (not parsed.bio_parts and not writers and parsed.signoff is None
              and (start := _wrapped_start(lines, nonblank, body_first, i)) < i
              and is_unheaded_bio(bio := "\n".join(lines[k].strip() for k in range(start, i + 1)))):
            parsed.bio_parts.insert(0, bio)  # the same, hard-wrapped over a few lines
            parsed.unheaded_bio = True
            end = cursor = start
        elif parsed.signoff is None and is_signoff(text, names):
            parsed.signoff, end, cursor, signoff_at = text, i, i, i
        elif (parsed.signoff is None and text[:1] in "-–—~―"
              and (signed := dash_signoff(text, above))):  # "— Ana de la Cruz"
            parsed.signoff, parsed.signed, end, cursor, signoff_at = text, signed, i, i, i
        elif (parsed.signoff is None and len(text.split()) <= MAX_CLOSING_NAME_WORDS
              and (signed := closing_name(text, above, addressed))):  # "Love, Bea"; "Warm wishes," + a name
            parsed.signoff, parsed.signed, end, cursor, signoff_at = text, signed, i, i, i
        elif (parsed.signoff is None and parsed.byline is None and not parsed.bio_parts
              and len(text.split()) <= MAX_SIGNATURE_WORDS and not is_contact_line(text)  # (whom to ask: no signer)
              and (k := _bare_signature(lines, nonblank, body_first, i)) is not None):
            signed = name_line(text := lines[k].strip().strip("()")) or name_line(text.split(", ")[0]) or (
                Byline(text) if is_initials_signature(text) else None)  # "T.C.": initials, as signed
            parsed.signoff = " ".join(lines[j].strip() for j in nonblank if k <= j <= i)
            parsed.signed, end, cursor, signoff_at = signed, k, k, k
        elif parsed.signoff is not None and end == signoff_at and (
                is_valediction(text) or parsed.signoff.startswith(lines[end].strip()) and _is_closing(text)):
            parsed.signoff, end, cursor = f"{text} {parsed.signoff}", i, i
        elif parsed.signoff is None and (is_footer_chrome(text) or is_contact_line(text)):
            footer.insert(0, text)  # tags, comment prompts, "Write to Bea at ..." under the article
            end = cursor = i
        elif (parsed.byline is None and parsed.signoff is None
              and (j := _byline_over_footer(lines, nonblank, body_first, i, config)) is not None):
            between = [k for k in nonblank if j < k <= i]
            signed = lines[j].strip()
            named = _closing_credit(lines, nonblank, j)
            bio: list[int] = []
            if between and named and lines[between[0]].strip().startswith(named.name + " "):
                bio = [between[0]]  # the writer's bio under the byline, with its hard-wrapped lines
                for k in between[1:]:
                    if k != bio[-1] + 1:
                        break
                    bio.append(k)
                parsed.bio_parts[:0] = ["\n".join(lines[k].strip() for k in bio)]
            rest: list[str] = []
            for k in between:  # "© Site 2019" between the credit and a contact line: the page's words, its licence
                if k not in bio and ((stated := _licence_split(lines[k].strip())) is None or stated[0]):
                    rest.append(lines[k].strip())  # "Small Press Quarterly, Issue 14."
                elif k not in bio:
                    found += stated[1]
            footer[:0] = rest
            end = cursor = j
            if is_byline(signed):
                parsed.byline = parse_byline(signed)
            elif (credited := writing_credit(signed)) is not None:
                parsed.byline = credited  # "Text: NAME", "Tác giả: NAME": a label crediting the writing is a byline
            else:  # "- Layla Al-Masri, Mill Road" over "Letters may be shortened."
                parsed.signoff, parsed.signed, signoff_at = signed, named, j
        elif (j := _chrome_under_writer(lines, nonblank, body_first, i)) is not None:
            footer[:0] = _stripped_lines(lines, nonblank, j, i)  # a list archive's "next part" / "Previous message"
            end = cursor = j  # lines under the signature: set aside, the writer's lines above are read next
        elif (parsed.byline is None and not parsed.bio_parts and not writers and parsed.signoff is None
              and (boxed := _bio_over_furniture(lines, nonblank, body_first, i)) is not None):
            start, last = boxed  # the writer's bio over the site's furniture the scan could not read: readers'
            parsed.bio_parts.insert(0, "\n".join(lines[k].strip() for k in range(start, last + 1)))  # comments,
            parsed.unheaded_bio = True  # a "More in ..." list, an "Article Source:" line
            rest, notices = [], []
            for line in _stripped_lines(lines, nonblank, last + 1, i):
                if (stated := _licence_split(line)) is None or stated[0]:
                    rest.append(line)
                else:  # "© Some Features Syndicate" among them: the piece's notice, read as the scan reads one
                    notices += stated[1]
            found = notices + found  # (in page order: these lines stand above the ones read before)
            footer[:0] = rest
            end = cursor = start
        else:
            break
    parsed.statements = found + parsed.statements
    parsed.footer = footer + parsed.footer
    return end


# A forum thread's first post (issue 16): its number "#1" before the poster's name ("#1  Dana Voss") or closing
# the date line over it ("Old 02-23-2015, 06:41 PM   #1" / "dana_v"), then the poster's stats; the thread's title
# is the page's last line above it that is not navigation ("Thread: " / "Topic: " is the software's label).
FIRST_POST_NAMED = re.compile(r"^#1\s+(?P<name>\S.*)$")
FIRST_POST_DATED = re.compile(r"\S\s+#1$")
POST_TIME = re.compile(r"\d{1,4}[-/.]\d{1,2}[-/.]\d{2,4}|\b\d{1,2}:\d{2}\b")  # the post's date or time
THREAD_PAGER = re.compile(rf"^{PAGE_COUNT}|[«‹»›]", re.I)  # "Page 1 of 3  « 1 2 3 »"
MEMBER_STAT = re.compile(r"\b(?:Posts|Messages|Join(?:ed)?(?:\s+Date)?|Member\s+since|Registered|Reputation)\s*:"
                         # (round 22) ... and as boards in other languages label them ("پيغام:", "Beiträge:"), the
                         # language tables' labels before their colon (languages.py, 'member_posts', 'member_joined')
                         rf"|(?<!\w)(?:{alternation('member_posts', other_languages())}"
                         rf"|{alternation('member_joined', other_languages())})\s*:", re.I)
# The poster's rank the forum software prints under the name ("Member", "Full Member", "Well-known member",
# "Moderator", "Member · 1,204 posts · Brno"): a word or two before the rank's noun, then perhaps the stats.
RANK_NOUN = r"(?:member|moderator|mod|administrator|admin|contributor|poster|newbie)"  # (FORUM_RANK, CARD_RANK)
FORUM_RANK = re.compile(r"^(?:[\w-]+\s+){0,2}" + RANK_NOUN + r"(?:\s*[·|•,]\s*.*)?$", re.I)
POST_COUNT = re.compile(r"\b\d[\d,.]*\s+posts\b", re.I)  # "1,204 posts" beside the rank
STARTER_REACH = 8  # the thread's head: breadcrumb, pager, title, the starter's line, all above the first post
HANDLE = re.compile(r"(?=[\w.-]*[^\W\d_])[\w.-]{2,30}")  # "MarionTheGardener", "boot_baron": a member's name
# (a board in another language labels it in its own words: "Temat:", "Тема:", "Thema:", "Sujet:", "Θέμα:", and the
# boards in Arabic script, Arabic, Persian, Urdu and Sindhi alike: "موضوع:")
THREAD_LABEL = re.compile(r"^(?:Thread|Topic|Temat|Тема|Thema|Sujet|Tema|Onderwerp|Ämne|Emne|Konu|Aihe|Θέμα|Téma"
                          r"|Chủ\s+đề|Topik|موضوع|Argomento|Argumentu|Mevzu)\s*:\s+(?=\S)",
                          re.I)  # (Italian, Sardinian; Crimean Tatar)
# a forum thread's head naming it, with the board's count of readers ("Topic: TITLE  (Read 1,482 times)")
# (a forum's table header may stand glued in front: "Author  Topic: TITLE  (Read 2,311 times)", its columns' names)
# (?<=\S): the title ends on a letter, so a blank run after it is tried from its start only (the shortest title
# ends there anyway); from each of its positions a 40 KB run in such a line took 1.5 s.
TOPIC_LINE = re.compile(r"^(?:author\s+)?(?:Thread|Topic)\s*:\s+(?P<title>\S.*?)(?<=\S)\s*"
                        r"\((?:read|viewed)\s+[\d,.]+\s+times\)$", re.I)
MAX_HANDLE_CHARS = 30  # HANDLE's longest
# A post's reading time as blog platforms print it under the writer's name ("6 min read", "4 Min. Lesezeit", "8 min
# de lectura", "Lecture : 5 min", "5 分で読めます", "3분 분량", "7 мин чтения"): a blog's post head, never a forum's.
READING_TIME = re.compile(
    r"\b\d{1,3}\s*(?:min(?:ute)?s?\.?|minuten|minutos|minuti|minut(?:y|ter)?|мин(?:ут[аы]?)?\.?|хв\.?)\s*"
    r"(?:read|reading|lesezeit|lesedauer|de\s+lectura|de\s+leitura|di\s+lettura|de\s+lecture|leestijd|"
    r"läsning|lesetid|læsetid|czytania|čtení|чтения|читання|okuma)\b"
    r"|\b(?:lesezeit|lesedauer|temps\s+de\s+lecture|tiempo\s+de\s+lectura|leestijd|czas\s+czytania)\s*(?::\s*)?\d"
    r"|\d{1,3}\s*分で読め|\d{1,3}\s*분\s*(?:분량|읽기)", re.I)
POST_STATS_REACH = 4  # the stats under the name: rank, join date, location, post count, one a line at most


def _first_post(lines: list[str], nonblank: list[int]) -> tuple[int, int, str] | None:
    """Find a forum thread's first post header: (its post-number line, its name line, the poster's name), only
    where the poster's stats follow ("Posts: 2,104", "Join Date: Jun 2009"); ``None`` on other pages.

    >>> _first_post(["Fixing Gates", "#1  Dana Voss", "Member · Posts: 12", "Hi all."], [0, 1, 2, 3])
    (1, 1, 'Dana Voss')
    >>> _first_post(["Old 03-01-2015, 06:41 PM  #1", "dana_v", "Posts: 12", "Hi."], [0, 1, 2, 3])
    (0, 1, 'dana_v')
    >>> _first_post(["Tip #1", "Water early.", "Posts: none"], [0, 1, 2]) is None
    True

    A card printed on one line, the stats beside the name in columns (holdout30 gf07):

    >>> _first_post(["Topic: Gates", "#1 dana_v Member Posts: 12", "Hi all."], [0, 1, 2])
    (1, 1, 'dana_v')
    """
    for n, i in enumerate(nonblank):
        text = lines[i].strip()
        if (named := FIRST_POST_NAMED.match(text)) and not POST_TIME.search(text):
            at, name = i, _card_name(named.group("name").strip())
        elif (named or text.endswith("#1") and FIRST_POST_DATED.search(text)) and n + 1 < len(nonblank) and (
                POST_TIME.search(text)):  # (the dated head ends in "#1": searched only there)
            at, name = nonblank[n + 1], lines[nonblank[n + 1]].strip()  # "... 06:41 PM #1", "#1 Old 06-14-2015"
        elif _ranked_poster(lines, nonblank, n):
            return i, i, text  # the poster's name over the rank the forum gives them, then stats or the post's date
        elif len(text) <= MAX_CARD_CHARS and n + 2 < len(nonblank) and (
                card := _stamped_card(lines, nonblank, n)) is not None:
            return i, i, card  # a community site's card: the name, a rank in its own words, the stamp with a time
        elif (len(text) <= MAX_HANDLE_CHARS and " " not in text and n + 1 < len(nonblank) and HANDLE.fullmatch(text)
              and MEMBER_STAT.search(lines[nonblank[n + 1]])
              and any(POST_TIME.search(lines[k]) for k in nonblank[n + 1:n + 1 + POST_STATS_REACH])):
            at, name = i, text  # no post number: the handle right over its stats and the post's time
        else:
            continue
        after = [k for k in nonblank if k >= at][:POST_STATS_REACH + 1]  # (the name's own line may hold them)
        if any(MEMBER_STAT.search(lines[k]) for k in after) and (is_person_name(name) or HANDLE.fullmatch(name)):
            return i, at, name
        return None  # only the thread's first "#1" is its opening post
    return None


def _card_name(card: str) -> str:
    """The poster's name from a post head's card printed on one line ("NAME Senior Member Posts: 14"): what stands
    before the stats and the rank the forum gives the poster (:data:`CARD_RANK`); else the card as it is.

    >>> _card_name("bolt_mara Senior Member Posts: 3,112"), _card_name("Dana Voss"), _card_name("Dana Voss Posts: 4")
    ('bolt_mara', 'Dana Voss', 'Dana Voss')
    >>> _card_name("Dana Voss Tuesday")
    'Dana Voss Tuesday'
    """
    if (stat := MEMBER_STAT.search(card)) is None:
        return card
    return CARD_RANK.sub("", card[:stat.start()].rstrip(" ·|•,")) or card


def _numbered_card(text: str) -> str | None:
    """The poster a post's numbered head names where it prints the member's card on its own line ("#2 NAME Senior
    Member Posts: 3,112"); else ``None``.

    >>> _numbered_card("#2 bolt_mara Senior Member Posts: 3,112"), _numbered_card("#2 Give it a rest. Posts: 3")
    ('bolt_mara', None)
    >>> _numbered_card("#2 bolt_mara") is None  # (its stats under it: post_card_name reads that card)
    True
    """
    if (numbered := POST_NUMBER_HEAD.match(text.strip())) is None or not MEMBER_STAT.search(text):
        return None
    name = _card_name(numbered["card"])
    return name if HANDLE.fullmatch(name) or is_person_name(name) else None


POST_NUMBER_HEAD = re.compile(r"^#\d{1,5}\s+(?P<card>\S.*)$")
# the rank a one-line card prints between the poster's name and the stats ("Member", "Senior Member", "Moderator")
# (its blank run taken from its start only: from each blank of a long run of tabs "\s+" walked the rest of it)
CARD_RANK = re.compile(r"(?<!\s)\s+(?:[\w-]+\s+)?" + RANK_NOUN + "$", re.I)
MAX_CARD_CHARS = 60  # a poster's name line, with the software's online status before it
MIN_CARDS = 2  # a thread shows the asker's card and a reply's at least


def _stamped_card(lines: list[str], nonblank: list[int], n: int) -> str | None:
    """The poster's name where the ``n``-th nonblank line opens a post card that the forum's rank words do not
    name (:func:`post_card_name`: a rank in the site's own language, "Nowicjusz", "Ekspertka Społeczności", over a
    stamp with its clock time), on a page showing another such card further down; else ``None``.

    >>> lines = ["Help!", "kasia_r93", "Nowicjusz", "12-11-2024 21:40", "Hi.", "Ana Ruiz", "Expert", "13-11-2024 08:05"]
    >>> _stamped_card(lines, list(range(8)), 1), _stamped_card(lines[:5], list(range(5)), 1)
    ('kasia_r93', None)
    """
    texts = [lines[k] for k in nonblank[n:n + 1 + CARD_STATS_REACH]]
    if (name := post_card_name(texts, 0, stats=False)) is None:
        return None
    later = [lines[k] for k in nonblank[n + 1:]]
    return name if sum(post_card_name(later, k, stats=False) is not None for k in range(len(later))
                       if len(later[k]) <= MAX_CARD_CHARS) + 1 >= MIN_CARDS else None


def _ranked_poster(lines: list[str], nonblank: list[int], n: int) -> bool:
    """Whether the ``n``-th nonblank line is a forum poster's name (a handle or a person's name) over the rank the
    software gives them ("Member", "Full Member", "Moderator"), with the poster's stats or the post's date close
    under: the first post's head when the thread shows no post number.

    >>> lines = ["Ana Costa-Reis", "Well-known member", "Joined: May 2014", "Hi all."]
    >>> _ranked_poster(lines, [0, 1, 2, 3], 0), _ranked_poster(["Ana Costa", "Member", "Thanks!"], [0, 1, 2], 0)
    (True, False)
    >>> _ranked_poster(["Reply", "admin", "14 May 2023 at 9:02 am", "Thanks!"], [0, 1, 2, 3], 0)
    False
    """
    if n + 2 >= len(nonblank):
        return False
    text, rank = lines[nonblank[n]].strip(), lines[nonblank[n + 1]].strip()
    if not FORUM_RANK.match(rank) or not (HANDLE.fullmatch(text) or is_person_name(text)) or FORUM_RANK.match(text):
        return False
    if COMMENT_MARK.search(text):
        return False  # a blog comment's "Reply" link over the next commenter's name ("Reply" / "admin" / DATE): no
        # poster's name over a rank
    under = [lines[k] for k in nonblank[n + 2:n + 2 + POST_STATS_REACH]]
    if any(READING_TIME.search(line) for line in under):
        return False  # "4 Min. Lesezeit" under "NAME" / "Admin": a blog post's head (a forum prints no reading time)
    return bool(MEMBER_STAT.search(rank) or POST_COUNT.search(rank)) or any(
        MEMBER_STAT.search(line) or POST_TIME.search(line) or is_date_line(line) for line in under)


def _thread_starter(lines: list[str], nonblank: list[int], first: int) -> tuple[int, Byline] | None:
    """The line of the thread's head above its first post that names who started it, and that person.

    >>> _thread_starter(["Tips", "Thread started by Jo Bell (jo_b) · 2 May 2017", "jo_b"], [0, 1, 2], 2)
    (1, Byline(name='Jo Bell', credentials=None))
    """
    for k in [j for j in nonblank if j < first][-STARTER_REACH:]:
        if (m := THREAD_STARTER.match(lines[k].strip())) and is_person_name(m["who"]) and (
                named := split_name(m["who"])):
            return k, named
    return None


# a point of a list in a post's text: "1. ", "2) ", "• ", "- " at the line's start
POST_POINT = re.compile(r"^\s*(?:\d{1,2}[.)]|[•·▪●►*\-–])\s+\S")
MIN_REPLY_POINTS = 2  # one numbered line is a remark ("1. it works"); two make a list of advice


def _pointed_reply(lines: list[str]) -> Byline | None:
    """The writer of the reply of a thread that holds the most points of a list (``MIN_REPLY_POINTS`` at least,
    the earlier reply on a tie), where that reply holds more than the first post: the thread's advice, which the
    tips stage reads, is that reply's. ``None`` where the first post holds the most (a starter posting tips), where
    no post card is found, or where no reply holds a list. Posts are told by their cards (:func:`post_card_name`: a
    name over the member's stats); a card's rank line right under its name is no card of its own.

    >>> card = ["Posts: 3", "Join Date: 2011"]
    >>> lines = ["kit_77", *card, "Which valve?", "ana_r22", *card, "Do this:", "1. Open it.", "2. Drain it.",
    ...          "bo_k9", *card, "Thanks!"]
    >>> _pointed_reply(lines)
    Byline(name='ana_r22', credentials=None)
    >>> _pointed_reply(lines[:4] + ["1. a", "2. b", "3. c"] + lines[4:]) is None  # the starter's own list
    True
    >>> _pointed_reply(lines[:10] + ["--", "Ana Reyes · plumber, Hull"] + lines[10:])  # signed under the rule
    Byline(name='Ana Reyes', credentials=None)
    """
    nonblank = [k for k, line in enumerate(lines) if line.strip()]
    cards = _card_heads(lines, nonblank)
    posts: list[tuple[str, int]] = []  # (writer, points) per post, in page order
    heads = []  # each post's card line
    for k in nonblank:
        if k in cards:
            posts.append((cards[k], 0))
            heads.append(k)
        elif posts and POST_POINT.match(lines[k]):
            posts[-1] = (posts[-1][0], posts[-1][1] + 1)
    if len(posts) < MIN_CARDS:
        return None
    best = max(range(len(posts)), key=lambda n: (posts[n][1], -n))
    if best == 0 or posts[best][1] < MIN_REPLY_POINTS:
        return None
    # the name its writer signs with under the signature rule outranks the card's handle (SPEC), as for the longest
    return _post_signature(lines, nonblank, heads[best]) or Byline(posts[best][0])


# A board's post head over the post's text: "by HANDLE » Tue Feb 06, 2024 9:12 pm" (phpBB's), the date after the mark
HEADED_POST = re.compile(r"^\s*by\s+(?P<who>\S[^»\n]{0,40}?)\s*»\s*(?=[^\n]{0,40}\d)", re.I)
MIN_HEADED_POSTS = 3  # the question and two replies at least: a thread to choose a reply from
MIN_REPLY_WORDS = 80  # a reply of advice is a few paragraphs; "Same problem here" is no thread's answer
REPLY_WORDS_OVER_NEXT = 2  # ... and twice the words of any other post: clearly the thread's answer


def _longest_reply(lines: list[str]) -> Byline | None:
    """The writer of the reply that holds most of a thread's words, where every post opens with a head naming its
    poster ("by HANDLE » DATE") and no reply is voted on or chosen: SPEC reads a thread for its top reply, and the
    one long reply among short ones is it. The name its writer signs with under the post (a dash line, a name under
    the signature rule) outranks the handle. ``None`` where the first post is the longest, where no reply has
    :data:`MIN_REPLY_WORDS` words and twice any other post's, or where the page holds fewer heads.

    >>> head = "by {} » Tue Mar 5, 2024 9:12 pm"
    >>> page = [head.format("ana_k"), "Which saw?", head.format("bo_r"), "Same here.", head.format("kit_w"),
    ...         "Buy a pull saw. " * 30, "--", "Kit Waring | joiner", "kit_w", "Posts: 8", head.format("ana_k"), "Ta!"]
    >>> _longest_reply(page)
    Byline(name='Kit Waring', credentials=None)
    >>> _longest_reply(page[:7] + page[8:])
    Byline(name='kit_w', credentials=None)
    >>> _longest_reply([page[0], "Buy a pull saw. " * 30] + page[2:4] + page[4:5] + ["Thanks."]) is None
    True
    """
    nonblank = [k for k, line in enumerate(lines) if line.strip()]
    heads = [k for k in nonblank if "»" in lines[k] and HEADED_POST.match(lines[k])]
    names = {k: HEADED_POST.match(lines[k])["who"].strip() for k in heads}
    if len(heads) < MIN_HEADED_POSTS:  # a board printing the member's card over each post (name, rank, stats)
        names = _card_heads(lines, nonblank)
        heads = sorted(names)
    if len(heads) < MIN_HEADED_POSTS:
        return None
    ends = heads[1:] + [len(lines)]
    words = [sum(len(lines[j].split()) for j in range(k + 1, end)) for k, end in zip(heads, ends, strict=True)]
    best = max(range(len(heads)), key=lambda n: (words[n], -n))
    if best == 0 or words[best] < MIN_REPLY_WORDS or any(
            REPLY_WORDS_OVER_NEXT * w > words[best] for n, w in enumerate(words) if n != best):
        return None
    post = [k for k in nonblank if heads[best] < k < ends[best]]
    signed = _post_signature(lines, post, heads[best])
    if signed is not None:
        return signed
    who = names[heads[best]]
    return Byline(who) if HANDLE.fullmatch(who) or is_person_name(who) else None


MIN_SEPARATORS = 3  # a rule printed so often parts a board's posts (the question and two replies at least)


def _post_separators(texts: list[str]) -> set[str]:
    """The rule lines a text copy of a board prints between its posts: one rule (``SIGNATURE_RULE``'s shape, a long
    run of dashes) repeated ``MIN_SEPARATORS`` times or more, where a signature's "--" stands once under one post.

    >>> _post_separators(["-" * 20, "a", "-" * 20, "b", "--", "Ann", "-" * 20]) == {"-" * 20}
    True
    """
    counts = Counter(text.strip() for text in texts if SIGNATURE_RULE.match(text))
    return {rule for rule, count in counts.items() if count >= MIN_SEPARATORS}


def _card_heads(lines: list[str], nonblank: list[int]) -> dict[int, str]:
    """The member's cards a thread prints over its posts (:func:`post_card_name`: a name over its stats), by line:
    {line: name}; a card's rank line right under its name is no card of its own (as ``_pointed_reply`` reads them).

    >>> _card_heads(["kit_77", "Posts: 3", "Which valve?", "ana_r22", "Posts: 9", "Do this."], list(range(6)))
    {0: 'kit_77', 3: 'ana_r22'}
    >>> _card_heads(["kit_77", "Posts: 3", "Do this.", "--", "Kit Lowe", "kit_78", "Posts: 9"], list(range(7)))
    {0: 'kit_77', 5: 'kit_78'}

    A rule the board prints between every two posts is no signature rule: the card under it is the next post's.

    >>> rule = "-" * 30
    >>> _card_heads([rule, "kit_77", "Posts: 3", "Hi.", rule, "ana_r22", "Posts: 9", "Do this.", rule, "Board index"],
    ...             list(range(10)))
    {1: 'kit_77', 5: 'ana_r22'}
    >>> _card_heads(["#1 kit_77 Member Posts: 3", "Hi.", "#2 ana_r22 Posts: 9", "Do this."], list(range(4)))
    {0: 'kit_77', 2: 'ana_r22'}
    """
    texts = [lines[k] for k in nonblank]
    cards: dict[int, str] = {}
    card_above = False
    separators = _post_separators(texts)
    for n, text in enumerate(texts):
        signed = n and SIGNATURE_RULE.match(texts[n - 1]) and texts[n - 1].strip() not in separators
        name = None if card_above or len(text) > MAX_CARD_CHARS or signed else (
            post_card_name(texts, n) or _numbered_card(text))  # (a name under the signature rule signs the post
        # over the next card)
        card_above = name is not None
        if name is not None:
            cards[nonblank[n]] = name
    return cards


NEXT_POST = re.compile(r"^(?:Re:\s|#2\b)|\s#2$", re.I)  # the second post's head: "Re: TITLE", "#2  Old ...", "... #2"


def _post_signature(lines: list[str], nonblank: list[int], named: int) -> Byline | None:
    """The person the first post is signed by, above the second post: a dash-line sign-off ("— Kasia Nowicka") or a
    name under the forum's signature rule ("__________" / "Kofi Mensah-Bonsu | growing on a rooftop"); the poster's
    handle says less than the name they sign with.

    >>> _post_signature(["kasia_k", "Posts: 3", "Tips.", "— Kasia Nowak", "Re: Tips", "Thanks!"], list(range(6)), 0)
    Byline(name='Kasia Nowak', credentials=None)
    >>> _post_signature(["kasia_k", "Posts: 3", "Tips.", "Re: Tips", "— Jo Bell"], list(range(5)), 0) is None
    True
    """
    post = []
    for k in nonblank:
        if k <= named:
            continue
        if NEXT_POST.search(lines[k].strip()) or HANDLE.fullmatch(lines[k].strip()) and post and any(
                MEMBER_STAT.search(lines[j]) for j in nonblank if k < j <= k + POST_STATS_REACH) or (
                post and _numbered_card(lines[k]) is not None):  # (the next post's card on its head's line)
            break
        post.append(k)
    for k in reversed(post[-POST_STATS_REACH:]):
        if (named_by := _closing_credit(lines, nonblank, k)) is not None and is_person_name(named_by.name):
            return Byline(named_by.name)
        if SIGNATURE_RULE.match(_line_above(lines, nonblank, k)) and (signed := _signature_name(lines[k])):
            return signed
    return None


# "NAME · Trondheim", "NAME | fosterer, ...": the signature's parts; an old board's signature framed in tildes parts
# them so too ("~~ NAME ~~ keeping bees since 1991 ~~")
SIGNATURE_PARTS = re.compile(r"(?<!\s)\s+(?:[|·•]|~~)\s+")


def _signature_name(line: str) -> Byline | None:
    """The name opening a forum signature's first line under its rule, before the tagline's separator ("Kit Waring ·
    Leeds", "Kit Waring | joiner, Hull and Leeds (now in York)"), else ``None``: a post's signature says where its
    writer lives or what they do, in any words, after the name.

    >>> _signature_name("Kit Waring · Leeds"), _signature_name("Powered by coffee | 12 bikes")
    (Byline(name='Kit Waring', credentials=None), None)
    >>> _signature_name("~~ Kit Waring ~~ joiner in Hull since 2001 ~~"), _signature_name("~~ Kit Waring ~~")
    (Byline(name='Kit Waring', credentials=None), None)
    """
    text = line.strip().strip("~ ")  # (the tildes framing the signature's first and last parts)
    head = SIGNATURE_PARTS.split(text, maxsplit=1)[0]
    return Byline(head) if head != text and is_person_name(head) else None


def _read_thread(lines: list[str], nonblank: list[int], post: tuple[int, int, str], parsed: Parsed, title: bool,
                 chrome: set[int]) -> None:
    """Take a forum thread's title and its first poster (``post`` from ``_first_post``) where the header scan
    found none; the title line and the post's header leave the text."""
    first, named, name = post
    starter = _thread_starter(lines, nonblank, first)
    if parsed.byline is None or (starter and parsed.byline == starter[1]):  # (the header read the starter's line)
        parsed.byline = parsed.byline or _post_signature(lines, nonblank, named) or (
            Byline(normalise_case(name)) if is_person_name(name) else starter[1] if starter else Byline(name))
        parsed.first_poster = parsed.byline
        chrome.update({first, named} | ({starter[0]} if starter else set()))
        j = bisect.bisect_right(nonblank, named)
        after = nonblank[j:j + POST_STATS_REACH]  # the lines under the poster's name (listed once, not once per line)
        chrome.update(k for k in after
                      if (MEMBER_STAT.search(lines[k]) or is_date_line(lines[k]) or is_meta_line(lines[k])
                           or FORUM_RANK.match(lines[k].strip())))
    if not title:
        return
    if (topic := next((k for k in nonblank if k < first and TOPIC_LINE.match(lines[k].strip())), None)) is not None:
        parsed.title = clean_title(TOPIC_LINE.match(lines[topic].strip())["title"])  # the board names its thread:
        chrome.add(topic)  # over a breadcrumb's last crumb (the board's section) the header may have read
    elif parsed.title is not None and THREAD_LABEL.match(parsed.title):
        parsed.title = clean_title(THREAD_LABEL.sub("", parsed.title))
    elif (labelled := next((k for k in nonblank if k < first and THREAD_LABEL.match(lines[k].strip())
                            and len(lines[k].split()) <= MAX_TITLE_WORDS), None)) is not None:
        parsed.title = clean_title(THREAD_LABEL.sub("", lines[labelled].strip()))  # "Temat: TITLE" over the first
        chrome.add(labelled)  # post, where the header scan stopped at it (a question reads as a sentence)
    elif parsed.title is None and (t := next((k for k in reversed(nonblank) if k < first and not is_nav_line(
            lines[k]) and not THREAD_PAGER.search(lines[k]) and not is_footer_chrome(lines[k])
            and not is_date_line(lines[k]) and not STATUS_BADGE.match(lines[k].strip())
            and not COUNT_LINE.match(lines[k].strip())), None)) is not None:
        parsed.title = clean_title(THREAD_LABEL.sub("", lines[t].strip()))
        chrome.add(t)


CRUMB_REACH = 12  # the board's breadcrumb stands in the page's first lines
CRUMB_MARK = re.compile(r"\s[›‹»>]\s")  # "Forum › Kitchen › Storage": a trail of places, no menu
CLOCK = re.compile(r"(?<![\d:])\d{1,2}:\d{2}(?![\d:])")
MAX_STAMP_WORDS = 16  # a post's stamp: who, when, and the board's counts
# a status flag in brackets before a thread's subject, in any language ("[Solved]", its words in another script)
SUBJECT_FLAG = regex.compile(r"^\[[^\[\]]{1,30}\]\s*(?=\S)")
SUBJECT_LABEL = regex.compile(r"^[^\W\d_]{2,20}\s*:\s+(?=\S)")  # "Question: ", a board's one word before its subject


def _subject_under_crumb(lines: list[str], nonblank: list[int]) -> int | None:
    """The line of a forum thread's subject where it stands alone between the board's breadcrumb and the first
    post's stamp (its poster and a date with a clock time: "ann_k · 3 May 2025, 14:22", "NAME | 2025-06-02 19:20 |
    reads 12"): a question, perhaps flagged ("[Solved]") or labelled ("Question:") in the board's words; else
    ``None``. Seen on holdout25's and holdout28's boards, in scripts no table of ours reads (their subjects went
    unread, the page titled by nothing).

    >>> page = ["Kitchen Talk", "Forum › Kitchen › Storage", "", "Ask: How do I keep rice dry?", "",
    ...         "ann_k · 3 May 2025, 14:22", "Hello all, my rice gets damp."]
    >>> _subject_under_crumb(page, [i for i, line in enumerate(page) if line.strip()])
    3
    >>> page[5] = "Posted in May"  # (no stamp under it: no thread's head)
    >>> _subject_under_crumb(page, [i for i, line in enumerate(page) if line.strip()]) is None
    True
    """
    for n, i in enumerate(nonblank[:CRUMB_REACH]):
        if not CRUMB_MARK.search(lines[i]) or not is_nav_line(lines[i]):
            continue
        if n + 2 >= len(nonblank):
            return None
        at, stamp = nonblank[n + 1], lines[nonblank[n + 2]].strip()
        subject = _thread_subject(lines[at])
        if (CLOCK.search(stamp) and YEAR.search(stamp) and len(stamp.split()) <= MAX_STAMP_WORDS
                and subject.endswith(("?", "؟", "՞", ";")) and len(subject.split()) <= MAX_TITLE_WORDS
                and not is_nav_line(subject) and not _is_meta(subject)):
            return at
        return None  # (only the line under the crumb)
    return None


def _thread_subject(line: str) -> str:
    """A thread's subject line without the board's flag or label before it.

    >>> _thread_subject("[Solved] Ask: How do I keep rice dry?"), _thread_subject("Why: a story")
    ('How do I keep rice dry?', 'a story')
    """
    return clean_title(SUBJECT_LABEL.sub("", SUBJECT_FLAG.sub("", line.strip(), count=1), count=1))


# A link-sharing community's post as its page prints it: the title, then the community or the link's site in brackets
# ("TITLE (self.Gardening)", "TITLE (theguardian.com)"), and under it who submitted it ("submitted 3 months ago by
# NAME", "posted by u/NAME 3 hours ago")
SHARED_TAG = regex.compile(r"\s+\((?:self\.[\w-]{2,40}|[\w-]{2,60}(?:\.[\w-]{2,20})+)\)$")
SUBMITTED = regex.compile(r"^(?:submitted|posted)\b.{0,60}\bby\s+(?:u/)?[\w-]{2,30}", regex.I)
SHARED_REACH = 12  # the post's head stands near the page's top, under the site's bar


def _shared_post_title(lines: list[str]) -> str | None:
    """The title of a link-sharing community's post: the line over its "submitted ... by NAME" line, without the
    community or site in brackets after it; ``None`` on other pages.

    >>> _shared_post_title(["Question", "What cut your heating bill? (self.Frugal)", "submitted 2 days ago by bo_7"])
    'What cut your heating bill?'
    >>> _shared_post_title(["Ten Tips (2024)", "submitted by Ann Lee"]) is None
    True
    """
    texts = [line.strip() for line in lines if line.strip()]
    for k in range(1, len(texts)):
        if texts[k][:1] in "sSpP" and SUBMITTED.match(texts[k]) and (tag := SHARED_TAG.search(texts[k - 1])):
            return clean_title(texts[k - 1][:tag.start()])
        if k > SHARED_REACH * 4:
            break
    return None


def _reply_subject_title(lines: list[str]) -> str | None:
    """The title a board's replies give their thread: the subject after "Re:" (or a board's word for it in another
    language) that two or more replies repeat, without a status flag ("[Solved]"); ``None`` on other pages.

    >>> _reply_subject_title(["Forum", "[Solved] Why is my fig dropping leaves?", "Hi.", "Re: Why is my fig dropping"
    ...                       " leaves?", "Water less.", "Re: Why is my fig dropping leaves?", "Thanks!"])
    'Why is my fig dropping leaves?'
    >>> _reply_subject_title(["Re: Why is my fig dropping leaves?", "Water less."]) is None
    True
    """
    counts: dict[str, int] = {}
    for line in lines:
        text = line.strip()
        if text[:1] in "RrOoAaSsVvYy" and (m := REPLY_SUBJECT.match(text)) is not None:
            subject = THREAD_FLAG.sub("", " ".join(m["title"].split()), count=1)
            counts[subject] = counts.get(subject, 0) + 1
    best = max(counts.items(), key=lambda kv: kv[1], default=("", 0))
    return clean_title(best[0]) if best[1] >= MIN_REPLY_SUBJECTS and len(best[0].split()) >= 2 else None


# A reader's comment under a post as blog software prints it: "NAME says:" (WordPress's default), alone on its line
# over the date and the comment, or with the comment after it ("Dai M. says: Step 3 is genius.").
COMMENT_HEAD = regex.compile(r"^\p{Lu}[\w.'’-]*(?:\s+\p{Lu}[\w.'’-]*){0,3}\s+(?:says|said|wrote)\s*:(?:\s|$)")
# a comment's head as many CMSs print it: the commenter (a name or a handle), a bar, the date and the time
# ("Микола П. | 13.07.2022 08:41", "vitalik_bee · 20 July 2022, 10:10")
# (a clock time, "08:41"/"10:10": not a price row's "£3.99" or a date alone, "13.07.2022")
COMMENT_STAMP = regex.compile(r"^[\p{L}\d][\w.'’ -]{0,40}?\s+[|·•]\s+"
                              r"(?=[^|·•]*(?<![\d.])\d{1,2}:\d{2}(?!\d))[^|·•]{4,40}$")
COMMENT_GAP = 4  # lines of one comment under its head: the date, the comment's text, "Reply"
MAX_COMMENT_WORDS = 80  # a line of a reader's comment; a longer one is the article's
GUEST_NOTE_REACH = 3  # the host's note on a guest post: the text's first lines (under a dek, a standfirst)
COMMENT_MARK = re.compile(r"\b\d+\s+(?:comments?|thoughts|responses|replies)\b|^\s*reply\s*$|\breply\s+from\b"
                          r"|\bleave\s+a\s+(?:reply|comment)\b|email\s+address\s+will\s+not\s+be\s+published"
                          r"|\b\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\b|\b)", re.I)
MIN_COMMENTS = 2  # one "NAME says:" line may open the article's own answer ("Mo says:" over an agony aunt's reply)
MAX_SIGNOFF_NAME_TOKENS = 6  # a name alone on its line: "Ana de la Cruz Soto"; a longer line is a heading


def _comment_block(lines: list[str], nonblank: list[int], body_first: int, i: int) -> int | None:
    """Where the readers' comments ending at line ``i`` start: two or more "NAME says:" heads, each with at most
    ``COMMENT_GAP`` short lines under it, the last one's running to ``i``; else ``None``.

    >>> _comment_block(["Body.", "Ann says: Great!", "Bo Li says:", "May 2 at 9:14 am", "Thanks.", "Reply"],
    ...                [0, 1, 2, 3, 4, 5], 0, 5)
    1
    >>> _comment_block(["Body.", "Mo says:", "Oh, love, no.", "Name it.", "Ask.", "Widen.", "Mo x"], [*range(7)], 0, 6)
    >>> _comment_block(["Our tips:", "Ann says: Freeze grapes.", "Bo says: Chill the glasses."], [0, 1, 2], 0, 2)
    """
    above = _lines_up(nonblank, body_first, i)
    heads: list[int] = []
    gap = 0
    for k in above:
        text = lines[k].strip()
        if len(text.split()) > MAX_COMMENT_WORDS:
            break
        if "says" in text or "said" in text or "wrote" in text or "|" in text or "·" in text or "•" in text:
            if COMMENT_HEAD.match(text) or COMMENT_STAMP.match(text):
                heads.append(k)
                gap = 0
                continue
        gap += 1
        if gap > COMMENT_GAP:
            break
    if len(heads) < MIN_COMMENTS:
        return None
    # a blog's comments come with their marks: a count or heading over them, a time stamp, "Reply", the form's
    # notice under them; readers' tips gathered into the article ("Maria says: freeze the grapes") have none
    first = heads[-1]
    near = [lines[k] for k in range(max(body_first, first - 2), min(len(lines), i + 3))]
    return first if any(COMMENT_MARK.search(line) for line in near) else None


def _name_over(lines: list[str], i: int, body_first: int) -> bool:
    """Whether the line straight over line ``i`` (no blank between) is a bare name that line ``i`` opens with: an
    author box's name over its bio ("Åsa Berg" / "Åsa Berg has kept bees on a Malmö roof since 2011."), and no
    earlier paragraph of the text stands so (an article of profiles, each under its person's name, is no bio).

    >>> _name_over(["Text.", "Åsa Berg", "Åsa Berg has kept bees since 2011."], 2, 0)
    True
    >>> _name_over(["Åsa Berg", "", "Åsa Berg has kept bees."], 2, 0), _name_over(["Bees", "Bees are kept."], 1, 0)
    (False, False)
    >>> _name_over(["Meet them.", "Bo Li", "Bo Li has kept bees.", "Åsa Berg", "Åsa Berg has kept bees."], 4, 0)
    False
    """
    return _named_paragraph(lines, i, body_first) and not any(
        _named_paragraph(lines, k, body_first) for k in range(body_first + 1, i - 1))  # (profiles: each so)


def _named_paragraph(lines: list[str], i: int, body_first: int) -> bool:
    """Whether line ``i`` opens with the bare name standing alone on the line straight over it."""
    above = lines[i - 1].strip() if i - 1 >= body_first else ""
    if not above or len(above.split()) > MAX_SIGNOFF_NAME_TOKENS or not lines[i].strip().startswith(above + " "):
        return False
    named = name_line(above)
    return named is not None and named.name == above


def _glued_under_article(lines: list[str], body_first: int, i: int) -> bool:
    """Tell whether a copyright line hangs straight under a line of the article's close (no blank line between:
    "NAME answers letters weekly. Write to ..." / "© 2023 Features Syndicate"), not in a block of its own over
    the site's list, and not under a row of the site's links ("About | Privacy").

    >>> _glued_under_article(["Write to Ann at a@b.example.", "© 2023 Features Syndicate"], 0, 1)
    True
    >>> _glued_under_article(["Write to Ann.", "", "© 2023 Site"], 0, 2), _glued_under_article(
    ...     ["About | Privacy", "© 2023 Site"], 0, 1)
    (False, False)
    """
    above = lines[i - 1].strip() if i - 1 >= body_first else ""
    return bool(above) and not is_footer_chrome(above) and not LINK_ROW.search(above)


def _wrapped_start(lines: list[str], nonblank: list[int], body_first: int, i: int) -> int:
    """The first line of the hard-wrapped paragraph ending at line ``i`` (at most ``BIO_LINES`` lines; ``i`` if
    the paragraph is longer or ``i`` stands alone).

    >>> _wrapped_start(["Title", "", "Ann Lee writes", "about bees."], [0, 2, 3], 2, 3)
    2
    """
    start = i  # walk no further than BIO_LINES: a longer paragraph answers i (the walk was once to the page's top)
    while i - start < BIO_LINES and start - 1 >= body_first and _is_listed(nonblank, start - 1):
        start -= 1
    return start if i - start < BIO_LINES else i


FURNITURE_REACH = 16  # the lines under a closing bio that are the site's, not the text's (comments, related links)
MAX_FURNITURE_WORDS = 24  # a reader's one-line comment, a related title; a longer line is the article's text
FURNITURE_OPEN = regex.compile(r"^\p{Ll}")  # a hard-wrapped sentence's next line opens in lower case
MIN_WRAPPED_WORDS = 6  # a hard-wrapped line of text; "2 comments" over a reader's handle in lower case is none


def _bio_over_furniture(lines: list[str], nonblank: list[int], body_first: int, i: int) -> tuple[int, int] | None:
    """The first and last line of an unheaded bio ("NAME is a surveyor and writes ...", perhaps hard-wrapped)
    that stands over line ``i`` with nothing between but short lines the trailer scan could not read (readers'
    comments, a "More in Home" list, an "Article Source:" link), one of them at least the site's by its words
    (``is_footer_chrome``, a comments heading, a line that is a © notice alone: a short paragraph of the text over a
    sentence that sounds like a bio is no footer);
    ``None`` when a long line, a hard-wrapped sentence of the text, or more than ``FURNITURE_REACH`` lines come first.

    >>> page = ["Title", "", "Keep lids on pans.", "", "Ann Lee is a surveyor and writes the Home column.", "",
    ...         "2 comments", "bo_k 2 days ago", "Great tips.", "", "Contact | Privacy"]
    >>> _bio_over_furniture(page, [i for i, t in enumerate(page) if t], 2, 10)
    (4, 4)
    >>> page[6:9] = ["Pans with lids boil faster and put less water", "into the air of the kitchen."]
    >>> _bio_over_furniture(page, [i for i, t in enumerate(page) if t], 2, 9) is None  # the text's wrapped lines
    True
    """
    passed = 0
    furnished = False  # one line at least the site's own by its words: "3 comments", "Posted in ...", "Article Source:"
    k: int | None = i
    while k is not None and passed <= FURNITURE_REACH:
        start = _wrapped_start(lines, nonblank, body_first, k)
        if furnished and start < k and is_unheaded_bio("\n".join(lines[j].strip() for j in range(start, k + 1))):
            return start, k
        if furnished and is_unheaded_bio(lines[k].strip()):
            return k, k
        furnished = furnished or is_footer_chrome(lines[k]) or is_comments_heading(lines[k]) or (
            (stated := _licence_split(lines[k].strip())) is not None and not stated[0])  # "© Some Syndicate"
        below = _nearest_below(nonblank, k)
        if len(lines[k].split()) > MAX_FURNITURE_WORDS or (
                below == k + 1 and len(lines[k].split()) >= MIN_WRAPPED_WORDS
                and FURNITURE_OPEN.match(lines[below].strip())):
            return None  # the article's text: a long line, or a sentence wrapped onto the line below
        passed += 1
        k = _nearest_above(nonblank, body_first, k)
    return None


def _is_listed(nonblank: list[int], k: int) -> bool:
    """Whether line ``k`` is in the ascending list ``nonblank`` (a bisection, not a scan of the whole list)."""
    j = bisect.bisect_left(nonblank, k)
    return j < len(nonblank) and nonblank[j] == k


def _wrapped_notice(lines: list[str], nonblank: list[int], body_first: int, i: int) -> tuple[int, str] | None:
    """A licence notice hard-wrapped over a few lines (a text export, a PDF dump), read from its tail ``i``: where
    it starts and its lines joined, else ``None``. The tail opens in lower case and each line above it runs to its
    end unpunctuated (one wrapped sentence, its paragraph opening after a blank line or a full stop), a word broken
    at a line's end is mended ("Univer-" / "sity"), and the fewest lines joined up to the tail are a statement that
    runs to their end.

    >>> _wrapped_notice(["x", "You may reprint this article if the box above is", "kept intact."], [0, 1, 2], 0,
    ...                 2)
    (1, 'You may reprint this article if the box above is kept intact.')
    >>> lines = ["", "This leaflet may be reproduced in its", "entirety, provided credit is given to the Garden",
    ...          "Soci-", "ety."]
    >>> _wrapped_notice(lines, [1, 2, 3, 4], 0, 4)
    (1, 'This leaflet may be reproduced in its entirety, provided credit is given to the Garden Society.')
    >>> _wrapped_notice(["Copyright 2006 Jo Bloggs.", "and then the tips."], [0, 1], 0, 1) is None
    True
    """
    text = lines[i].strip()
    if not text[:1].islower() and not _licence_name_broken(lines, body_first, i):
        return None
    start = i
    while i - start < WRAPPED_NOTICE_LINES - 1 and start - 1 >= body_first and (head := lines[start - 1].strip()) \
            and head[-1:] not in ".!?:;":
        start -= 1
    for first in range(i - 1, start - 1, -1):  # the notice opens a line: the shortest run up from the tail
        joined = _joined_lines(lines, first, i)
        split = _licence_split(joined)
        if split is not None and not split[2]:
            return first, joined
    return None


def _joined_lines(lines: list[str], first: int, last: int) -> str:
    """Lines ``first`` to ``last`` joined as one wrapped paragraph, a word broken at a line's end mended."""
    joined = lines[first].strip()
    for k in range(first + 1, last + 1):
        part = lines[k].strip()
        joined = joined[:-1] + part if BROKEN_WORD.search(joined) and part[:1].islower() else f"{joined} {part}"
    return joined


WRAPPED_NOTICE_LINES = 6  # a notice is a sentence or two: a longer run of wrapped lines is a paragraph of text
# A line that breaks off before a licence's name goes on, on the next line, with its capitals ("... is licensed under
# a Creative Commons" / "Attribution-NonCommercial 4.0 International License."): one notice, its scope in the first.
LICENCE_NAME_BROKEN = re.compile(r"(?:\bCreative\s+Commons|\b(?:licen[cs]ed|available|released|published|shared)"
                                 r"\s+under(?:\s+(?:a|an|the))?)\s*$", re.I)


# ... or a copyright line breaks inside its holder's name, a narrow column's wrap ("Copyright 1987 by Ada" /
# "Lindqvist-Moe"): the line under it is the rest of the name and nothing else.
HOLDER_BROKEN = re.compile(r"(?:©|\(c\)|\bcopyright\b)[^.!?;:]{0,40}?\b(?:19|20)\d\d\b[^.!?;:]{0,12}?\bby\s+"
                           r"[^\W\d_][\w'’-]*$", re.I)
HOLDER_TAIL = re.compile(r"[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*)?\.?")


def _licence_name_broken(lines: list[str], body_first: int, i: int) -> bool:
    """Whether the line above line ``i`` (no blank between) breaks off before a licence's name (LICENCE_NAME_BROKEN),
    or inside a copyright holder's name whose rest is line ``i`` (HOLDER_BROKEN).

    >>> _licence_name_broken(["Text here is licensed under a Creative Commons", "Attribution 4.0 License."], 0, 1)
    True
    >>> _licence_name_broken(["Thanks for reading.", "Attribution 4.0 License."], 0, 1)
    False
    >>> _licence_name_broken(["Copyright 1987 by Ada", "Lindqvist-Moe"], 0, 1), _licence_name_broken(
    ...     ["Copyright 1987 by Ada", "Lindqvist-Moe wrote this column for years."], 0, 1)
    (True, False)
    """
    if i - 1 < body_first:
        return False
    above = lines[i - 1].strip()
    return LICENCE_NAME_BROKEN.search(above) is not None or (
        HOLDER_BROKEN.search(above) is not None and HOLDER_TAIL.fullmatch(lines[i].strip()) is not None
        and lines[i].strip()[:1].isupper())
BROKEN_WORD = re.compile(r"[^\W\d_]{2}-$")  # "Univer-" at a line's end, its word going on on the next line


def _byline_over_footer(lines: list[str], nonblank: list[int], body_first: int, i: int,
                        config: SegmentConfig) -> int | None:
    """A closing byline or dash-line sign-off naming a person ("Interview by Samir Haddad.", "- Layla Al-Masri")
    just above line ``i``, with only short lines of the page's own between them (the magazine's name, an issue
    number, "Letters may be shortened."): its index, else ``None``."""
    above = list(itertools.islice(_lines_up(nonblank, body_first, i), config.footer_skip_lines + 1 + BIO_LINES))
    for n, k in enumerate(above):
        text = lines[k].strip()
        if n and (named := _closing_credit(lines, nonblank, k)) is not None:
            under = lines[above[n - 1]].strip()  # more lines than the footer's only under a bio naming that person
            if n <= config.footer_skip_lines + 1 or under.startswith(named.name + " "):
                return k
            return None
        if len(text.split()) > MAX_FOOTER_WORDS and not _link_row(text):
            return None  # (a row of links, "Related: TITLE | TITLE | TITLE", is the footer's however long)
    return None


# The foot scan's reach over chrome it cannot read: a few short lines that name nobody (a list archive's "next part",
# "Previous message: ...", a share row, a form's labels, quoted titles of other posts) between the text's last
# writer's line and the page's end. The lines are passed only when a writer's line stands above them in reach.
FOOT_REACH = 10
OPENING_WORDS = frozenset("a an the this that these those my our your his her their its we you it".split())
NAME_RUN = regex.compile(r"\p{Lu}[\w'’.-]*(?:\s+(?:\p{Ll}{1,3}\s+)?\p{Lu}[\w'’.-]*)+")  # capitalised words in a run


def _names_someone(text: str) -> bool:
    """Whether a short line holds a person's name's shape (a run of two to four capitalised words the name reader
    takes): such a line may be a signature, a role or a credit, never chrome passed unread.

    >>> _names_someone("* Previous message: [list] Crates still missing from the van")
    False
    >>> _names_someone("Thursday round, Quay Street Larder"), _names_someone("Send Mira Holt your question")
    (True, True)
    >>> _names_someone("An HTML attachment was scrubbed...")
    False
    """
    for run in NAME_RUN.finditer(text):
        words = run.group().split()
        while words and words[0].lower() in OPENING_WORDS:  # "An HTML attachment ...": a sentence's capital
            words.pop(0)
        for size in range(min(4, len(words)), 1, -1):
            if any(is_person_name(" ".join(words[k:k + size])) for k in range(len(words) - size + 1)):
                return True
    return False


def _nameless_chrome(text: str) -> bool:
    """A short line of the page's own at an article's foot that cannot name its writer: a rule, a row of links, a
    quoted title of another post, or a short line with no name's shape that is no sentence of running text.

    >>> _nameless_chrome("--- next part ---"), _nameless_chrome("An HTML attachment was scrubbed...")
    (True, True)
    >>> _nameless_chrome("MORE FROM ISSUE 18"), _nameless_chrome("Read more: The Spare Room | Cook for One")
    (True, True)
    >>> _nameless_chrome("With thanks to Piotr Nowacki and Ruth Abara")
    False
    >>> _nameless_chrome("Lucia Brandt"), _nameless_chrome("Photos by Lu Brandt"), _nameless_chrome("Words: Lu Brandt")
    (False, False, False)
    >>> _nameless_chrome("I kept every receipt since the day we moved in, and so should you.")
    False
    """
    if RULE_LINE.match(text) or _link_row(text) or QUOTED_TITLE.match(text):
        return True
    if CREDIT_WORD.search(text) or writing_credit(text):
        return False  # ("Words: NAME", "Illustration: NAME": a credit, read above)
    if len(ROW_PARTS.split(text)) > 1 and _other_titles(text):
        return True  # "Read more letters: TITLE | TITLE", however long
    if len(text.split()) > MAX_FOOTER_WORDS or is_prose(text):
        return False
    return not _names_someone(text) or text.upper() == text and _other_titles(text)  # "MORE FROM ISSUE 18"


CREDIT_WORD = regex.compile(r"\b(?i:by)\s+\p{Lu}|@")  # "Photos by NAME", "NAME @ handle": a credit's marks
MIN_HEADLINE_WORDS_IN_ROW = 3
ROW_LEAD = re.compile(r"^[^:|·•]{1,30}:\s+")  # "Read more letters: ": a row's lead-in before its titles


def _other_titles(text: str) -> bool:
    """A heading or a row of other posts' titles in title case or capitals ("MORE FROM ISSUE 18", "How to Host Six
    People | The Friendship Audit"): a name's shape inside a headline is no writer's credit. A line that is a bare
    name ("Piotr Nowacki") is none.

    >>> _other_titles("MORE FROM ISSUE 18"), _other_titles("Piotr Nowacki"), _other_titles("The Friendship Audit")
    (True, False, True)
    """
    parts = [p for p in ROW_PARTS.split(ROW_LEAD.sub("", text, count=1)) if p.strip()]
    return all(len(p.split()) >= MIN_HEADLINE_WORDS_IN_ROW and looks_like_title(p) and not is_person_name(p.strip())
               for p in parts)


ADDRESS_OR_LABEL = re.compile(r":\s*$|://|\bwww\.|@")  # a line under a bare name that is no place or role


def _writers_foot_line(lines: list[str], nonblank: list[int], body_first: int, k: int, passed: int) -> bool:
    """Whether line ``k``, ``passed`` chrome lines over the scan's line, credits the text's writer as its foot does:
    a closing byline, a dash or rule-line signature, a © or a licence notice, or an unheaded bio; a bare name under the
    last paragraph only straight over one line (its place or role: "Clayton"), since a heading in capitals over a
    list ("UP NEXT", "Merkmale der Testrute") has a bare name's shape too."""
    text = lines[k].strip()
    if _closing_credit(lines, nonblank, k) is not None:
        return True
    under = _nearest_below(nonblank, k)
    if passed == 1 and under is not None and not ADDRESS_OR_LABEL.search(lines[under]) and _bare_signature(
            lines, nonblank, body_first, k) is not None:
        return True  # (a label under the name, "Links:", opens a list; an address under a credential line,
        # "MA Psychology, Coach" / "http://...", is a bio box's: the name is none)
    if _licence_split(text) is not None:  # a © or a notice: the trailer reads it, and the writer's lines above it
        return True
    return bool(is_unheaded_bio(text))


def _chrome_under_writer(lines: list[str], nonblank: list[int], body_first: int, i: int) -> int | None:
    """The foot scan's one mechanism for chrome it has no rule for: where line ``i`` and the lines above it, up to
    FOOT_REACH, are short lines that name nobody, and a writer's line (with its role or place line under it) stands
    straight above them, the first of those chrome lines; else ``None``. Body text (a sentence of running text, a
    line naming someone) stops it."""
    passed: list[int] = []
    for k in itertools.islice(_lines_up(nonblank, body_first, i), FOOT_REACH + 1):
        if passed and _writers_foot_line(lines, nonblank, body_first, k, len(passed)):
            return passed[-2] if len(passed) > 1 else passed[-1]  # the line straight under the writer's (a role, a
            # place) is left for the rules that read a credit with its lines
        if not _nameless_chrome(lines[k].strip()):  # body text; or the writer's role line under the writer's line
            return passed[-1] if passed and _role_under_writer(lines, nonblank, body_first, k) else None
        if len(passed) == FOOT_REACH:
            return None
        passed.append(k)
    return None


def _role_under_writer(lines: list[str], nonblank: list[int], body_first: int, k: int) -> bool:
    """Whether line ``k`` (a short line naming someone: a role, a place) stands straight under a writer's line."""
    above = _nearest_above(nonblank, body_first, k)
    return (len(lines[k].split()) <= MAX_SIGNATURE_WORDS and above is not None
            and _writers_foot_line(lines, nonblank, body_first, above, 1))


MIN_LINK_ROW_PARTS = 3
MAX_LINK_WORDS = 10  # one link's words in a row of them: another post's title


def _link_row(text: str) -> bool:
    """A row of three or more links set apart by bars or dots, each a few words: another post's title, a page of the
    site ("Related: TITLE | TITLE | TITLE", "Advertise | Privacy | Site map"); not a sentence.

    >>> _link_row("Related: Is your router safe? | Five free programs | Why your laptop is slow")
    True
    >>> _link_row("We met at nine | then walked"), _link_row("Home")
    (False, False)
    """
    parts = ROW_PARTS.split(text)
    return len(parts) >= MIN_LINK_ROW_PARTS and all(len(part.split()) <= MAX_LINK_WORDS for part in parts)


MAX_SIGNATURE_WORDS = 10  # "Saoirse Ní Bhriain | Allotment Secretary", a role line under the name; longer is text


PLACE_PART = regex.compile(r"^(?:\d{1,4}[a-z]?\s+)?\p{Lu}[\w'’.-]*(?:\s+\p{Lu}[\w'’.-]*){0,3}$")  # "14 Mill Lane"


def _place_line(text: str) -> bool:
    """Whether a line is a place a letter's writer signs from under the name: a street and a town ("Hollins Road,
    Eastfield", "14 Mill Lane, Norton"), capitalised parts set apart by commas, no sentence.

    >>> _place_line("Hollins Road, Eastfield"), _place_line("14 Mill Lane, Norton"), _place_line("See you soon, Jo.")
    (True, True, False)
    """
    parts = text.split(", ")
    return (2 <= len(parts) <= 3 and len(text.split()) <= MAX_PLACE_WORDS
            and all(PLACE_PART.match(part) for part in parts))


# A closing that is a possessive before the name ("Euer Hans", "Votre Marie", "Yours Ann"): the name is under a
# valediction, not a bare signature, and the name line reads the possessive as a first name.
POSSESSIVE_CLOSINGS = frozenset("yours euer eure dein deine votre vos vostro vostra tuo tua vuestro vuestra jouw uw"
                                .split())


def _bare_signature(lines: list[str], nonblank: list[int], body_first: int, i: int) -> int | None:
    """Where the writer signs the text with a bare name under its last paragraph ("Saoirse Ní Bhriain", "(NAME)",
    "NAME, Sligo", "NAME | Allotment Secretary", or the name over a role line ending at ``i``): the name's line,
    else ``None``. The line over the name ends a paragraph's sentence or is a closing ("Best wishes,"): a name in a
    list or under a heading is none.
    """
    k = i
    if len(lines[i].split()) > MAX_SIGNATURE_WORDS:
        return None
    if (is_role(lines[i].strip()) or _dateline(lines[i].strip()) or _place_line(lines[i].strip())
            and i > 0 and name_line(lines[i - 1].strip()) is not None) and (  # (the name over its street and
            name_line(lines[i].strip()) is None):  # town; "NAME, Sligo" on one line is the name's own)
        k = max((j for j in nonblank if body_first <= j < i), default=-1)  # the name over its role line or its
        # place and date ("Leeds, March 2021")
        if k < 0 or k != i - 1:
            return None
    text = lines[k].strip().strip("()")
    first = text.split(", ")[0]  # "NAME, Sligo"; "NAME, plot 9 (forty years here)": a number after the name is
    named = (name_line(text) if not DIGIT.search(text) else None) or (  # the writer's place, not the name's; a
        name_line(first) if not DIGIT.search(first) and not SIGNED_DATE.search(text) else None)  # date is a
    # citation's ("(OLG Oldenburg, Beschluss v. 3.1.2022, ...)") or a dateline's, read apart
    if not is_initials_signature(text) and (  # "T.C.": the writer's initials, signed as a name is (SPEC)
            named is None or not is_person_name(named.name) or len(named.name.split()) < 2
            or named.name.split()[0].casefold() in POSSESSIVE_CLOSINGS):
        return None
    above = _line_above(lines, nonblank, k)
    if above[-1:] == "." and any(s.kind == "copyright" for s in lic.find_statements(above)):
        return None  # under the site's copyright line: its footer's links ("Cookies   Privacy" in any language)
    # over the name: the end of a paragraph's sentence, or the letter's closing ("See you on the plots,")
    return k if above[-1:] in (".", "!", "?", "”", '"') and (is_prose(above) or _short_remark(above)) or (
        _is_closing(above)) or (
        above.endswith("!") and len(above.split()) <= MAX_CLOSING_NAME_WORDS) else None  # "See you on Sunday!"


def _short_remark(text: str) -> bool:
    """Whether a short line is a closing remark in sentences, two or more ("Mulch early. You will thank me."): too
    short for a paragraph (``is_prose``), yet no heading, label or list item, which hold one phrase at most.

    >>> _short_remark("Mulch early. You will thank me."), _short_remark("Mulch Early"), _short_remark("Done.")
    (True, False, False)
    """
    text = text.strip()
    return text[-1:] in ".!?" and INNER_SENTENCE.search(text[:-1]) is not None and _LIST_ITEM.match(text) is None


DATELINE = re.compile(rf"^(?:[^\W\d][\w'’.-]*(?:\s+[^\W\d][\w'’.-]*){{0,2}}\s*[,·|–—-]\s*)?(?:{DATE})$", re.I)


def _dateline(text: str) -> bool:
    """A signature's place and date under the name ("Leeds, March 2021", "Kraków, 12.03.2021"), or the date alone.

    >>> _dateline("Leeds, March 2021"), _dateline("March 2021"), _dateline("We met in March 2021.")
    (True, True, False)
    """
    return DIGIT.search(text) is not None and DATELINE.match(text) is not None


SIGNED_DATE = re.compile(DATE, re.I)  # a date anywhere on a signature's line
SIGNATURE_RULE = re.compile(r"^\s*[-–—―─━_=~*]{2,}\s*$")  # "——————", "______": the line a letter's name is signed under


def _closing_credit(lines: list[str], nonblank: list[int], k: int) -> Byline | None:
    """The person a closing line credits: a byline ("Interview by Samir Haddad."), a dash-line sign-off ("- Layla
    Al-Masri"), or a bare name signed under a rule line ("——————" / "中村結衣"); else ``None``.

    >>> _closing_credit(["Text.", "——————", "中村結衣", "Kyoto"], [0, 1, 2, 3], 2).name
    '中村結衣'
    >>> _closing_credit(["Text.", "Kyoto Gardens"], [0, 1], 1) is None
    True
    >>> _closing_credit(["Text.", "-----", "SOCIETY NEWS", "- 4 May: Meeting"], [0, 1, 2, 3], 2) is None
    True
    >>> notice = ["Text.", "-----", "REPRINT NOTES", "Club newsletters may reprint any article in this", "issue free."]
    >>> _closing_credit(notice, [0, 1, 2, 3, 4], 2) is None
    True
    """
    text = lines[k].strip()
    above = _line_above(lines, nonblank, k)
    if is_byline(text):
        return parse_byline(text)
    if text[:1] in "-–—~―":
        return dash_signoff(text, above)
    if SIGNATURE_RULE.match(above) and (named := name_line(text)) is not None and is_person_name(named.name) and (
            (below := _nearest_below(nonblank, k)) is None or _LIST_ITEM.match(lines[below]) is None
            and not lic.find_statements(" ".join(itertools.takewhile(str.strip, lines[below:below + BIO_LINES])))):
        return named  # (a heading between rules over list rows, "NEWS OF THE CLUB" / "- 4 May: ...", is a box's;
        # one over a reprint notice, "REPRINT POLICY" / "Editors may reprint any article ...", is the notice's)
    return writing_credit(text)  # "Text: NAME", "글: NAME" under the last paragraph


BIO_LINES = 4  # a closing byline may stand over its writer's bio (a few hard-wrapped lines) and the footer


MAX_FOOTER_WORDS = 20  # a line of the page's footer; a longer one is the article's last paragraph
MAX_SECTION_LINES = 8  # a newsletter's links section under its framed heading: a few short lines


# The lead-in of the site's list of other titles under an article: "More from this author:", "Related posts:".
LINK_LIST_LEAD = re.compile(r"^(?:(?:read\s+)?more|other|related|similar|popular|recent|latest|see\s+also"
                            r"|you\s+(?:may|might)\s+also)\b(?:.{0,40}:|[^.!?:]{0,40})$"  # "MORE FROM X"
                            # "read also" and "related" in other languages: "Читайте також:", "Lesen Sie auch:"
                            # (languages.py, 'read_also'); the phrase's end asked as "no letter follows", not \b:
                            # a phrase may end on a vowel sign ("ಇದನ್ನೂ ಓದಿ"), which \w does not hold
                            rf"|^{alternation('read_also')}(?!\w)[^.!?]{{0,40}}$"
                            # a directory's list of its section's titles: "Pets Articles:", "Home & Garden Articles"
                            # (its words capitalised: "I love these posts" is a sentence)
                            r"|^(?-i:(?:[^\W\d_a-z][\w&'’-]*|&)\s+){1,3}(?i:articles|posts|stories)\s*:?$", re.I)


def _link_list(lines: list[str], nonblank: list[int], body_first: int, i: int) -> int | None:
    """The site's list of other titles down to line ``i``: a lead-in such as "More from this author:" over a few
    short title lines. Return the lead-in's index, else ``None``."""
    above = list(itertools.islice(_lines_up(nonblank, body_first, i), MAX_SECTION_LINES + 1))
    for n, k in enumerate(above):
        text = lines[k].strip()
        if n and LINK_LIST_LEAD.match(text):
            return k
        if len(text.split()) > MAX_FOOTER_WORDS or _is_text(text) and not _listed_question(text):
            return None
    return None


def _listed_question(text: str) -> bool:
    """A listed title asking a question ("Ask Margit: Should I tell my friend the truth?"): one sentence of a
    headline's length, not a paragraph (``_link_list`` reads a line so only under a list's lead-in).

    >>> _listed_question("Should I tell my friend her fiance is still on dating apps?")
    True
    >>> _listed_question("We moved. Should I worry?"), _listed_question("We moved house last spring.")
    (False, False)
    >>> _listed_question("باغنى قانداق سۇغىرىش كېرەك؟")  # (the Arabic script's question mark)
    True
    """
    return (text[-1:] in QUESTION_MARKS and len(SENTENCE_BREAK.split(text)) == 1  # (any script's mark: "…كېرەك؟")
            and len(text.split()) <= MAX_FOOTER_WORDS)


MAX_CLOSING_LINES = 6  # an issue's goodbye: a line or two from the editor, a signature, how to unsubscribe


def _boxed_licence(lines: list[str], nonblank: list[int], j: int, i: int) -> list[lic.Statement]:
    """The public licence a closing box from line ``j`` to ``i`` states in words, its lines read joined as wrapped
    (a print view's foot between its rules: "Text on SITE is available under the Creative" / "Commons Attribution-
    ... licence." / "Printed DATE  site  Page 2 of 2"): the site's licence for its texts, which covers the article
    as a footer's licence line does (SPEC, site-wide licences). A box's © or leave words stay chrome, as before: only
    a CC licence or a public-domain statement that licenses text (:func:`licence.licenses_text`) is taken. Seen on
    holdout26 la03; the trailer scan's own wrapped-notice reading never enters a box.

    >>> box = ["----", "Text on Wok Club is available under the Creative", "Commons Attribution 4.0 International",
    ...        "licence. Photos are the property of their owners.", "Printed 2024-05-20  wok.example  Page 2", "----"]
    >>> [s.tag for s in _boxed_licence(box, list(range(6)), 0, 5)]
    ['CC-BY-4.0']
    >>> _boxed_licence(["----", "That's all for this issue!", "© 2024 Wok Club", "----"], [0, 1, 2, 3], 0, 3)
    []
    """
    runs: list[list[str]] = [[]]  # the box's lines, cut after each that ends a sentence: one wrapped notice a run
    for k in (k for k in nonblank if j <= k <= i and not RULE_LINE.match(lines[k])):
        runs[-1].append(lines[k].strip())
        if runs[-1][-1][-1:] in ".!?":
            runs.append([])
    return [s for run in runs if run for s in lic.find_statements(_joined_lines(run, 0, len(run) - 1))
            if s.kind in ("cc", "public-domain") and lic.licenses_text(s.text)]


def _closing_banner(lines: list[str], nonblank: list[int], body_first: int, i: int) -> int | None:
    """The issue's closing block under its last item, down to line ``i``: a few short lines (the editor's goodbye,
    how to unsubscribe) between two rule lines of one mark, the lower one the page's last line, where the item above
    is boxed by rules of another mark ("-----" round its resource box, "=====" round the issue's masthead and its
    close). Return the index of the upper rule line, else ``None``. A page whose rules are all of one mark never has
    one: its last box may be the article's own."""
    last = nonblank[-1] if nonblank else -1  # (asked of every trailer line: only the line over the last counts)
    if last <= i or not (low := RULE_LINE.match(lines[last])) or _nearest_below(nonblank, i) != last:
        return None
    above = list(itertools.islice(_lines_up(nonblank, body_first, i), MAX_CLOSING_LINES + 1))
    for k in above:
        text = lines[k].strip()
        if (m := RULE_LINE.match(text)) is not None:
            if m.group(1) != low.group(1) or k == i:
                return None
            marks = {r.group(1) for j in nonblank if body_first <= j < k and (r := RULE_LINE.match(lines[j]))}
            return k if marks - {low.group(1)} else None
        if len(text.split()) > MAX_FOOTER_WORDS:
            return None
    return None


# A list item that is a title in quotes, as an advice column links its other letters: '- "My sister borrows my car"'.
QUOTED_TITLE = re.compile(r"^(?:[-–•*·]\s+)?[\"“„«](?=\S)[^\"“”„«»]{3,120}[\"”»]$")


def _framed_section(lines: list[str], nonblank: list[int], body_first: int, i: int) -> int | None:
    """A section of a newsletter's own under the last article: a heading in capitals framed by rule lines
    ("-----", "QUICK LINKS", "-----"), then only short lines that are not sentences (links, dates), down to line
    ``i``. Return the index of the rule line over the heading, else ``None``. A list that closes an article has
    no framed heading, so it is never taken."""
    above = list(itertools.islice(_lines_up(nonblank, body_first, i), MAX_SECTION_LINES + 3))
    for n, k in enumerate(above):
        text = lines[k].strip()
        if n + 1 < len(above) and RULE_LINE.match(lines[above[n + 1]]) and _is_label(text) and n >= 1 and (
                RULE_LINE.match(lines[above[n - 1]])):
            return above[n + 1]
        if len(text.split()) > MAX_FOOTER_WORDS or _is_text(text) and not RULE_LINE.match(text):
            return _ruled_listing(lines, above)
    return None


def _ruled_listing(lines: list[str], above: list[int]) -> int | None:
    """A newsletter's dates list under the last article: a rule line, a heading in capitals, then list rows that
    are a dates list (:func:`_dated_listing`), its last row a note in sentences maybe, no rule under the heading;
    ``above`` the lines up from the foot. Return the index of the rule line over the heading, else ``None``
    (SPEC: a dates list is no article, nor the end of one).

    >>> lines = ["Text.", "-----", "CLUB NEWS", "- 4 May: Meeting", "- 9 May: Course", "- Forms are at the desk."]
    >>> _ruled_listing(lines, [5, 4, 3, 2, 1, 0]), _ruled_listing(lines[:3] + ["- Keep the lid on."], [3, 2, 1, 0])
    (1, None)
    """
    rows = list(itertools.takewhile(lambda k: _LIST_ITEM.match(lines[k]) is not None, above))
    n = len(rows)
    if n + 1 >= len(above) or not _is_label(lines[above[n]].strip()) or not RULE_LINE.match(lines[above[n + 1]]):
        return None
    return above[n + 1] if _dated_listing([lines[k] for k in reversed(rows)]) else None


class _Addressed:
    """The names the page addresses its writer by, read only when a one-name sign-off asks (most pages never do)."""

    def __init__(self, text: str) -> None:
        self.text, self.names = text, None

    def __contains__(self, name: object) -> bool:
        if self.names is None:
            self.names = addressed_names(self.text)
        return name in self.names


MAX_CLOSING_NAME_WORDS = 6  # "Love, Bea", "Rosalind Achterberg", "Yours, Dr. Ann de la Cruz"


def _is_closing(text: str) -> bool:
    """A closing line over a sign-off: "With warm wishes for the season,".

    >>> _is_closing("With warm wishes for the season,"), _is_closing("Dear Bea,"), _is_closing("Be kind.")
    (True, False, False)
    """
    return text.endswith(",") and len(text.split()) <= 8 and not SALUTATION.match(text)


def _nearest_above(nonblank: list[int], body_first: int, cursor: int) -> int | None:
    """The last non-blank line at or after ``body_first`` and before ``cursor``, else ``None`` (``nonblank`` is
    ascending: a bisection, since the trailer scan asks once per line it passes and a page may have thousands).

    >>> _nearest_above([0, 2, 5, 9], 1, 9), _nearest_above([0, 2, 5, 9], 3, 5)
    (5, None)
    """
    j = bisect.bisect_left(nonblank, cursor) - 1
    return nonblank[j] if j >= 0 and nonblank[j] >= body_first else None


def _nearest_below(nonblank: list[int], i: int) -> int | None:
    """The first non-blank line after line ``i``, else ``None`` (``nonblank`` is ascending).

    >>> _nearest_below([0, 2, 5, 9], 2), _nearest_below([0, 2, 5, 9], 9)
    (5, None)
    """
    j = bisect.bisect_right(nonblank, i)
    return nonblank[j] if j < len(nonblank) else None


def _stripped_lines(lines: list[str], nonblank: list[int], j: int, i: int) -> list[str]:
    """The non-blank lines from line ``j`` to line ``i``, stripped: a block the trailer scan sets aside as footer.

    >>> _stripped_lines(["a ", "", " b", "c", "d"], [0, 2, 3, 4], 1, 3)
    ['b', 'c']
    """
    return [lines[k].strip() for k in nonblank[bisect.bisect_left(nonblank, j):bisect.bisect_right(nonblank, i)]]


def _lines_up(nonblank: list[int], body_first: int, i: int) -> Iterator[int]:
    """The non-blank lines from ``i`` up to ``body_first``, nearest first, read lazily (the scans that ask stop
    after a few lines; building the whole list each time made a page of thousands of bylines quadratic).

    >>> list(_lines_up([0, 2, 5, 9], 1, 5)), list(_lines_up([0, 2, 5, 9], 6, 8))
    ([5, 2], [])
    """
    lo, hi = bisect.bisect_left(nonblank, body_first), bisect.bisect_right(nonblank, i)
    return (nonblank[j] for j in range(hi - 1, lo - 1, -1))


def _label_over(lines: list[str], nonblank: list[int], body_first: int, i: int) -> int | None:
    """The line over line ``i`` where it is a footer field's label alone ("Article Source:", "Tags:") and the two
    read as one line are footer chrome (the label's value wrapped onto the next line), else ``None``.

    >>> _label_over(["Tip.", "Article Source:", "http://dir.example/?expert=Ann_Lee"], [0, 1, 2], 0, 2)
    1
    >>> _label_over(["Try these:", "http://dir.example/"], [0, 1], 0, 1) is None
    True
    """
    k = _nearest_above(nonblank, body_first, i)
    if k is None or not lines[k].rstrip().endswith(":") or len(lines[k].split()) > MAX_FIELD_LABEL_WORDS:
        return None
    return k if is_footer_chrome(f"{lines[k].strip()} {lines[i].strip()}") and not is_footer_chrome(
        lines[k].strip()) else None


MAX_FIELD_LABEL_WORDS = 3  # "Article Source:", "Filed under:": a field's label, not a sentence ending in a colon


def _line_above(lines: list[str], nonblank: list[int], i: int) -> str:
    """The nearest non-blank line above line ``i`` ("" at the top)."""
    k = _nearest_above(nonblank, 0, i)
    return lines[k] if k is not None else ""


def _is_title(text: str, known_title: str | None) -> bool:
    if known_title:  # the title came with the record (HTML <h1>): only a repeat of it is a title line
        return clean_title(text).lower() == clean_title(known_title).lower()
    return looks_like_title(text)


def _drop_phrase_credits(parsed: Parsed, language: str | None) -> None:
    """Forget a credit read from a bare line (a name line under the title, a name signed under the text) that is a
    phrase of the page's language, not a person: a heading, a label or a link's words ("Related Topics", "Latest
    Changes", "Small Notebook" in any language; ``line_roles.names_nobody``). A credit with its "by" word or label
    stands: the word says a writer follows. The line forgotten was taken out of the body as a credit: it is
    recorded with the header's or the footer's removed lines, never lost."""
    if parsed.byline is not None and parsed.unmarked and roles.names_nobody(parsed.byline.name, language):
        parsed.chrome.append(parsed.byline.name)
        parsed.byline, parsed.unmarked = None, False
    if parsed.signed is not None and roles.names_nobody(parsed.signed.name, language):
        parsed.footer.append(parsed.signed.name)
        parsed.signed = None


def resolve_author(parsed: Parsed, company: bool = True) -> tuple[str | None, str | None, bool]:
    """Return (author, credentials, firm): byline first, then the bio's opening name, then a person holding
    copyright, then the name signed under the text, then a company holding copyright (a company blog that names
    no person). ``firm`` is false for what the text only suggests (an unheaded bio, a sign-off, a company): an
    author the page's markup gave is kept over it.

    >>> resolve_author(Parsed(body=[], bio=make_bio("Sharon Housley manages marketing for NotePage, Inc.")))
    ('Sharon Housley', None, True)
    >>> resolve_author(Parsed(body=[], statements=lic.find_statements("ImproveHomeLife.com © 2005")))
    (None, None, False)
    """
    if parsed.guest is not None and (parsed.byline is None or parsed.byline.name != parsed.guest.name):
        return parsed.guest.name, parsed.guest.credentials, True  # the guest wrote it, not the host the byline names
    if (original := _original_writer(parsed)) is not None:  # a repost's note naming the piece's writer: the one
        return original.name, original.credentials, True  # who posted the copy ("Posted by admin") is no writer
    if parsed.posted and parsed.bio is not None and (boxed := name_in_bio(
            parsed.bio.text)) and parsed.byline is not None and boxed.name.casefold() != parsed.byline.name.casefold():
        return boxed.name, boxed.credentials, True  # "Posted by OWNER at TIME" under a repost whose resource box
        # names its writer: the account posted the copy, the box's writer wrote it (SPEC: a repost's author)
    if parsed.byline is not None:  # a team byline may shorten its company's name ("By the Harbourline Team")
        holders = [s.holder for s in parsed.statements if s.holder]
        name = whole_org(parsed.byline.name, holders) if holders else None
        if parsed.bio is not None and (boxed := name_in_bio(parsed.bio.text)) and spells_out(parsed.byline.name,
                                                                                              boxed.name):
            name = boxed.name  # "By J. Ødegaard" over "About the writer: Johanne Ødegaard ...": the full form
        return name or parsed.byline.name, parsed.byline.credentials, not parsed.unmarked
    if parsed.column is not None:
        return parsed.column.name, None, True
    if parsed.bio is not None and (named := name_in_bio(parsed.bio.text)):
        return named.name, named.credentials, not parsed.unheaded_bio or _borrowed(parsed)
    if parsed.profile is not None:  # "About NAME"; "About Me" over NAME, completing "Posted by FIRSTNAME"
        return parsed.profile.name, None, parsed.profile_completes
    if (sourced := _source_writer(parsed)) is not None:  # a copy posted by an account ("Posted by admin") that
        return sourced.name, None, True  # credits the piece's writer under it: "Source: NAME, HER BLOG"
    # (a © in the site's own name, its masthead's, is the host's where a note hands the piece to its writer, or where
    # the text is signed with another full name: "-- Dr. NAME, paediatrician" under a column whose site holds the ©)
    if not company and parsed.signed is not None and is_initials_signature(parsed.signed.name):
        return parsed.signed.name, None, False  # an issue's item signed with initials ("T.C."): the © at the
        # issue's foot is its publisher's, no writer's (SPEC)
    masthead = _masthead_names(parsed.chrome) if parsed.introduced is not None or (
        parsed.signed is not None and len(parsed.signed.name.split()) >= 2) else set()
    for statement in parsed.statements:
        if (statement.holder and is_person_name(statement.holder) and statement.holder.casefold() not in masthead
                and not LEGAL_FORM.search(statement.holder)):  # ("© Harbour Post AS": a company, no person)
            return normalise_case(statement.holder), None, True  # ("this piece by NAME first ran in ...")
    if parsed.signed is not None:
        return parsed.signed.name, parsed.signed.credentials, False
    if parsed.introduced is not None:  # "today's guest post comes from NAME, a ...": weaker than any credit line
        return parsed.introduced.name, parsed.introduced.credentials, False
    if parsed.issuer is not None:  # a news release: its issuer, never its media contact or a person quoted
        return parsed.issuer, None, True  # over a wire's or a site's name in the markup
    if not company:  # an issue of several articles: the copyright at its foot is the publisher's, not a writer's
        return None, None, False
    masthead = {line.casefold() for line in parsed.chrome}
    for statement in parsed.statements:  # a charity's, a council's or an agency's own sheet that names no person:
        if statement.holder and INSTITUTION.search(statement.holder) and not parsed.reviewed and (  # the body whose
                statement.holder.casefold() in masthead):  # name heads the page and holds its © wrote it (SPEC), not
            # where the page names a person, even its reviewer only
            return statement.holder, None, False
    credited = {credited_org(line) for line in parsed.chrome}  # "Posted by Hearthwise Heating Group | date"
    for statement in parsed.statements:  # a company's blog that names no person: the company wrote it
        if statement.holder and (COMPANY.search(statement.holder) or LEGAL_FORM.sub("", statement.holder) in credited
                                 or _own_site(statement, parsed.chrome)):
            return LEGAL_FORM.sub("", statement.holder), None, False  # named as its team byline names it
    return None, None, False


def _staff_publisher(named: str, chrome: list[str], page: str) -> str | None:
    """The publisher a staff credit stands for (SPEC: "Staff report", "By PAPER Staff" make the paper the author,
    named as the page names itself): the page's © holder, without its legal form, where the credit names no one
    or names that holder short; else the name the credit gives, where the page's masthead writes it; else ``None``.

    >>> page = "Harbour Gazette\\nStaff report\\nText.\\nCopyright © 2026 Harbour Gazette Ltd"
    >>> _staff_publisher("", ["Harbour Gazette"], page), _staff_publisher("", [], "Staff report\\nText.")
    ('Harbour Gazette', None)
    >>> _staff_publisher("Harbour Gazette", [], "By Harbour Gazette Staff\\nText.")
    """
    found = [s.holder for line in page.splitlines() if COPYRIGHT_CUE.search(line)
             for s in lic.find_statements(line.strip()) if s.holder]
    holders = [LEGAL_FORM.sub("", holder) for holder in found]
    if named:
        whole = whole_org(named, found) or next((h for h in holders if _without_article(h.casefold()) == (
            _without_article(named.casefold()))), None)
        return whole or (named if named.casefold() in _masthead_names(chrome) else None)
    return holders[-1] if holders else None


def _holder_spelling(parsed: Parsed, author: str, marked: str) -> bool:
    """Whether ``author`` is the one a © of the text names, with no byline read, and ``marked`` (the part's byline
    element in the markup) a person's name written in other letters: one writer, the byline's script her name's.

    >>> p = Parsed(body=[], statements=lic.find_statements("© 2023 Ana Kovalenko. Ask before you repost."))
    >>> _holder_spelling(p, "Ana Kovalenko", "Анна Коваленко"), _holder_spelling(p, "Ana Kovalenko", "Bo Ng")
    (True, False)
    """
    return (parsed.byline is None and any(s.holder and normalise_case(s.holder) == author for s in parsed.statements)
            and is_person_name(marked) and letter_scripts(marked).isdisjoint(letter_scripts(author)))


def _original_writer(parsed: Parsed) -> Byline | None:
    """The writer a repost's note or source credit names over the article's text (an editor's note read as the
    header's), in it or under it ("Editor's note: this post was written by NAME", "Original article by NAME"), else
    ``None``.

    >>> _original_writer(Parsed(body=["Posted by admin"], footer=["Source: example.org", "Original article by Bo Li"]))
    Byline(name='Bo Li', credentials=None)
    >>> _original_writer(Parsed(body=["The original article by Bo Li was wrong."])) is None
    True
    """
    leave = (s.text for s in parsed.statements if s.kind == "permission")  # "shared with the permission of its
    # writer, NAME": a host's note read as the leave it gives, out of the body
    for line in itertools.chain(parsed.chrome, parsed.body, parsed.footer, leave):
        if (named := original_writer(line)) is not None:
            return named
    return None


SOURCE_REACH = 8  # nonblank lines at the text's foot: the copy's credit stands under its last paragraph


def _source_writer(parsed: Parsed) -> Byline | None:
    """The writer a copy's closing "Source:" line names (:func:`source_credit`), in the text's last lines or the
    footer, else ``None``.

    >>> _source_writer(Parsed(body=["Tip.", "", "Source: Malgorzata Wren, The Tidy Attic", "Tags: damp"]))
    Byline(name='Malgorzata Wren', credentials=None)
    >>> _source_writer(Parsed(body=["Source: Malgorzata Wren, The Tidy Attic", "Tip."] + ["More."] * 10)) is None
    True
    >>> _source_writer(Parsed(body=["Source: The Tidy Attic | By Malgorzata Wren", "Tip."] + ["More."] * 10))
    Byline(name='Malgorzata Wren', credentials=None)
    """
    closing = [line for line in parsed.body if line.strip()][-SOURCE_REACH:] + parsed.footer
    opening = [line for line in parsed.chrome[-SOURCE_REACH:] + parsed.body[:SOURCE_REACH * 2] if BY_WORD.search(line)]
    return next((named for line in closing + opening if (named := source_credit(line)) is not None), None)


BY_WORD = re.compile(r"\bby\s", re.I)  # "Source: THE BLOG | By NAME" credits its writer above the text as well

# A copy's line naming the directory it was taken from, under the text: "Article Source: http://..."
ARTICLE_SOURCE = re.compile(r"^(?:article\s+)?source\s*:\s*(?:https?://|www\.)", re.I)


def _borrowed(parsed: Parsed) -> bool:
    """Whether the page says its piece is someone else's: it is reprinted with its writer's permission ("reprinted
    here with the kind permission of its author"), or a copy names the directory it came from ("Article Source:
    URL"). The account that posted it is then not its writer (SPEC: a reposted piece's author is the writer the page
    credits in the text, a bio after the text too), so an unheaded bio's name outranks the markup's poster.

    >>> _borrowed(Parsed(body=[], footer=["Article Source: http://directory.example/?expert=Ann_Lee"]))
    True
    >>> _borrowed(Parsed(body=[], footer=["Related posts:"]))
    False
    """
    return any(s.kind == "permission" for s in parsed.statements) or any(
        ARTICLE_SOURCE.match(line) for line in parsed.footer)


LOGIN = regex.compile(r"^(?=[\w.-]*(?:[_\d.]|\p{Ll}$))[\p{Ll}\d][\w.-]{2,40}$")  # "ashcombe_libweb", "webteam2"


def _login_name(author: str | None) -> bool:
    """Whether the markup's author is a system login rather than a name (one token in lower case, or joined by "_"
    or digits): the visible writer the text names outranks it (SPEC: "a meta author holding a login").

    >>> _login_name("city_libweb"), _login_name("webteam2"), _login_name("Ann Lee"), _login_name("Anna")
    (True, True, False, False)
    """
    return bool(author) and LOGIN.match(author or "") is not None


# The words that name a public or voluntary body (a charity, a council, an agency, a society), in a few languages:
# such a body's own advice sheet under its masthead and its © is its own writing, as a company's blog is.
INSTITUTION = regex.compile(
    r"\b(?:Trust|Charity|Foundation|Association|Society|Council|Agency|Authority|Department|Ministry|Commission"
    r"|Institute|Federation|Alliance|Network|Service|Board|Bureau|Stiftung|Verein|Verband|Fondation|Fundación"
    r"|Asociación|Fondazione|Associazione|Stichting|Vereniging|Fundacja|Stowarzyszenie|Förening|Stiftelse)\b")


def _own_site(statement: lic.Statement, chrome: list[str]) -> bool:
    """Whether a copyright holder is a company writing on its own blog: the site's header calls it "NAME Blog"
    ("Tallyho Blog | Product | Pricing") and its line refuses reproduction ("Do not reproduce without written
    permission"). A bare "© 2015 NAME" says nothing of who wrote the post, nor does a personal blog's name over its
    own copyright line (the blog is not the writer).

    >>> st = lic.find_statements("© 2020 Tallyho. Do not reproduce without written permission.")[0]
    >>> _own_site(st, ["Tallyho Blog | Product | Pricing"]), _own_site(st, ["TALLYHO", "little kitchen"])
    (True, False)
    """
    holder = (statement.holder or "").casefold()
    return bool(holder) and not is_person_name(statement.holder or "") and lic.refuses(statement.text) and any(
        re.match(rf"{re.escape(holder)}\s+blog\b", line.casefold()) for line in chrome)


# A list digest's message heads (Mailman, ezmlm: "Message: 1", "Date: ...", "From: NAME <address>", "Subject: Re:
# ..."): mail headers, one a line, at least a sender and a subject in each run
MAIL_HEADER = re.compile(r"^(?P<key>message|from|to|cc|subject|date|sent|message-id|content-type|reply-to|in-reply-to"
                         r"|references|mime-version|content-transfer-encoding)\s*:\s*(?P<value>.*)$", re.I)
MAIL_SUBJECT = re.compile(r"^subject\s*:", re.I | re.M)  # the page-wide test first: most pages hold no mail head
REPLY_MARKS = re.compile(r"^(?:(?:re|fwd?|aw|sv|vs)\s*:\s*|\[[^\]\s]{1,30}\]\s*)+", re.I)  # "Re: [list] Fwd: "
SENDER_ADDRESS = re.compile(r"\s*<[^<>]*>|\S+@\S+|[\"']")
# A sender is a name and an address: a longer From field is no sender (SENDER_ADDRESS's "\S+@" walks a long token
# once per position: a From line of 40 KB of letters took 3 s, of 1 MB it would take half an hour).
MAX_SENDER_CHARS = 300
MIN_MESSAGES = 2  # one message's head over its text is a mail saved alone (its subject may name an issue)
# A message carried inside another is the outer message's text (attribution.CARRIED_MARK: a client's separator line)
# ... or under no separator at all, as the message the outer subject forwards ("Fwd: X" over a head with subject X)
FORWARD_MARKS = re.compile(r"^(?:(?:re|aw|sv|vs)\s*:\s*|\[[^\]\s]{1,30}\]\s*)*(?:fwd?|tr|wg|rv|enc)\s*:", re.I)
CARRIED_REACH = 2  # the separator stands right above the carried head (a blank line between at most)


@dataclass(slots=True)
class MailHead:
    """One message's head in a digest: its header lines, its subject (the message's title) and its sender."""

    first: int
    last: int
    subject: str
    sender: str | None
    carried: MailHead | None = None  # the head of a message carried inside this one (a forward)
    address: str = ""  # the sender's address, as the From field gives it
    notice: bool = False  # the list's own notice (its owner's or its robot's message), set by _digest_pieces
    credit: str | None = None  # a thread's opener: the reply its asker says worked, else the first (_thread_credit)


def mail_messages(lines: list[str]) -> list[MailHead]:
    """The heads of a list digest's messages, in page order: runs of mail header lines holding a sender and a
    subject. The subject loses its reply marks and list tag ("Re: [plots] seed potatoes" -> "seed potatoes"), the
    sender its address.

    >>> heads = mail_messages(["Message: 1", "From: Ann Lee <ann@example.org>", "Subject: Re: [plots] Seed swap",
    ...                        "", "Text."])
    >>> [(h.first, h.last, h.subject, h.sender) for h in heads]
    [(0, 2, 'Seed swap', 'Ann Lee')]
    """
    heads: list[MailHead] = []
    run: list[tuple[int, re.Match[str]]] = []
    forwarded = False  # the last head's subject forwards a message ("Fwd: ...")
    for i, line in enumerate([*lines, ""]):
        m = MAIL_HEADER.match(line.strip()) if line[:1].isalpha() else None
        if m is not None:
            run.append((i, m))
            continue
        fields = {m["key"].lower(): m["value"].strip() for _, m in run}
        if fields.get("from") and fields.get("subject"):
            sender = (" ".join(SENDER_ADDRESS.sub(" ", fields["from"]).split()) or None
                      if len(fields["from"]) <= MAX_SENDER_CHARS else None)
            head = MailHead(run[0][0], run[-1][0], REPLY_MARKS.sub("", fields["subject"]), sender,
                            address=m[0] if len(fields["from"]) <= MAX_SENDER_CHARS and (
                                m := MAIL_ADDRESS.search(fields["from"])) else "")
            plain = head.subject == fields["subject"]  # a forwarded copy keeps its own subject; a reply marks it
            if heads and _carried(lines, heads[-1], head, forwarded and plain):
                heads[-1].carried = head  # the forwarded message's text is the outer message's
            else:
                heads.append(head)
            forwarded = bool(FORWARD_MARKS.match(fields["subject"]))
        run = []
    return heads


# A mail address (the From field's), read for its local part: a list's own robot or owner ("list-owner@",
# "list-request@", "list-bounces@", "mailer-daemon@") sends the list's notices, never a member's message.
MAIL_ADDRESS = re.compile(r"[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}")
LIST_ROBOT = re.compile(r"(?:^|[.+-])(?:owner|request|admin|bounces?|noreply|no-reply|daemon|listserv|majordomo)@",
                        re.I)
LIST_TAG = re.compile(r"\[([^\]\s]{1,30})\]")  # a list's tag in its messages' subjects ("[plots] Seed swap")
MIN_LISTED_SUBJECTS = 2  # a digest's envelope lists its messages' subjects ("Today's Topics"): two at least


def _digest_pieces(lines: list[str], heads: list[MailHead]) -> tuple[list[MailHead], list[MailHead]]:
    """The heads of a list digest's pieces, and the heads that open none. The digest's own envelope (its first head,
    over a list of the later messages' subjects: "Today's Topics") is the page's head, no message; a message the
    list's robot or owner sends (:data:`LIST_ROBOT`, or a sender named after the list's tag) is the list's notice
    (an event, a reminder: chrome, SPEC round 19); a reply under the same subject as the message before it goes on
    that message's thread: one piece, credited to its first message, the later heads joined (SPEC round 19: a
    digest's thread is one article).

    >>> heads = [MailHead(0, 1, "Plots Digest, Vol 2", "plots-request"), MailHead(9, 10, "Seed swap", "Ann Lee"),
    ...          MailHead(20, 21, "Seed swap", "Bo Ng"), MailHead(30, 31, "AGM Friday", "Plots admin"),
    ...          MailHead(40, 41, "Slugs", "Cy Dee")]
    >>> lines = [""] * 50
    >>> lines[3:5] = ["1. Re: Seed swap (Ann Lee)", "4. Re: Slugs (Cy Dee)"]
    >>> lines[10] = lines[21] = "Subject: Re: [Plots] Seed swap"  # two replies of one thread: joined
    >>> pieces, joined = _digest_pieces(lines, heads)
    >>> [h.sender for h in pieces], [(h.sender, h.notice) for h in joined]
    (['Ann Lee', 'Cy Dee'], [('Bo Ng', False), ('Plots admin', True)])
    """
    if len(heads) > MIN_MESSAGES:
        envelope = " ".join(lines[heads[0].last + 1:heads[1].first]).casefold()
        if sum(head.subject.casefold() in envelope for head in heads[1:] if head.subject) >= MIN_LISTED_SUBJECTS:
            heads = heads[1:]
    tags = {m.group(1).casefold() for line in lines if line[:8].casefold() == "subject:"
            for m in LIST_TAG.finditer(line)}
    pieces: list[MailHead] = []
    joined: list[MailHead] = []
    for n, head in enumerate(heads):
        sender = (head.sender or "").casefold()
        if n + 1 < len(heads) and (LIST_ROBOT.search(head.address) or any(tag in sender for tag in tags)):
            head.notice = True  # (the last message is kept: its text runs into the digest's own footer)
            joined.append(head)
        elif (pieces and head.subject and head.subject.casefold() == pieces[-1].subject.casefold()
              and _replies(lines, head) and (_replies(lines, pieces[-1]) or not _forwards(lines, pieces[-1]))):
            joined.append(head)  # (two replies of a thread whose opener is not here, or the thread's opener "X" and
            # the replies under it, an archive's thread page; a reply to a forward, "Re: X" under "Fwd: X", stays a
            # message of its own)
        else:
            pieces.append(head)
    for piece in pieces:  # a thread under its opener: the question's, credited to the reply that advised
        if not _replies(lines, piece) and not _forwards(lines, piece):  # (a forward's replies are their own)
            piece.credit = _thread_credit(lines, heads, piece)
    return pieces, joined


def _thread_answer(lines: list[str], heads: list[MailHead]) -> MailHead | None:
    """The reply a list archive's page of one thread is read for, else ``None``: the page opens with the question
    (a message that is no reply, its subject or a line of its text asking), every later message replies under the
    same subject, and none is the list's own. The reply whose sender the asker later names by first name ("I
    followed Siân's list": the one the asker says worked), else the first reply by someone else (SPEC: with none
    accepted, the one the asker says worked, else the earliest).

    >>> lines = ["From: Ann Lee", "Subject: Slugs - help?", "Any ideas?", "From: Bo Ng", "Subject: Re: Slugs - help?",
    ...          "Beer.", "From: Cy Po", "Subject: Re: Slugs - help?", "Grit.", "From: Ann Lee",
    ...          "Subject: Re: Slugs - help?", "Cy's grit worked, thanks!"]
    >>> heads = mail_messages(lines)
    >>> _thread_answer(lines, heads).sender, _thread_answer(lines[:9], heads[:3]).sender
    ('Cy Po', 'Bo Ng')
    >>> _thread_answer(lines[3:9], mail_messages(lines[3:9])) is None  # replies only: a digest's thread
    True
    """
    opener, replies = heads[0], heads[1:]
    subject = opener.subject.casefold()
    if (not replies or _replies(lines, opener) or any(LIST_ROBOT.search(h.address) for h in heads)
            or any(h.subject.casefold() != subject or not _replies(lines, h) for h in replies)):
        return None
    if not opener.subject.endswith("?") and not any(
            line.rstrip().endswith("?")
            for line in lines[opener.last + 1:replies[0].first] if not line.startswith(">")):
        return None  # an opening post that asks nothing is itself the advice: the digest's reading stands
    return _replier_credited(lines, heads, replies, opener)


# Thanks or a greeting before a first name: the asker addresses the replier ("thanks Bo", "cheers, Bo")
ADDRESSING = r"(?:thanks|thank\s+you|thx|cheers|ta|hi|hello|dear)\s*,?\s+"
# A verb of advising after a first name: the asker credits what the replier said ("I did what Bo said")
ADVISED = r"\s+(?:said|says|suggested|recommended|advised|wrote|mentioned)(?!\w)"


def named_replier(said: str, first: str) -> bool:
    """Whether an asker's later words name a replier by her first name as the one they mean: possessive ("Bo's
    beer trap worked"), addressed ("thanks Bo", "Bo, it worked") or credited with advice ("what Bo said"). A first
    name that is an ordinary word opening a sentence ("Will try the grit") names nobody.

    >>> named_replier("Will try the grit, but Bo's trap worked", "Will"), named_replier("Bo's trap worked", "Bo")
    (False, True)
    >>> named_replier("Thanks Bo!", "Bo"), named_replier("Bo, the trap worked.", "Bo"), named_replier("Bob's", "Bo")
    (True, True, False)
    >>> named_replier("I did what Bo suggested.", "Bo"), named_replier("Will do it again next year.", "Will")
    (True, False)
    """
    name = regex.escape(first)
    return regex.search(rf"(?<!\w){name}(?:['’]s(?!\w)|\s*[,!]|{ADVISED})|(?i:{ADDRESSING}){name}(?!\w)",
                        said) is not None


def _replier_credited(lines: list[str], heads: list[MailHead], thread: list[MailHead],
                      opener: MailHead) -> MailHead | None:
    """The reply of a thread (``thread``, the messages under its ``opener``, the question) whose sender the asker's
    own later messages name (:func:`named_replier`: the one the asker says worked), else the first reply by someone
    else than the asker; ``None`` with none. A message runs to the next of the page's ``heads``."""
    asker = (opener.sender or "").casefold()
    ends = {h.first: after.first for h, after in itertools.pairwise(heads)}
    said = " ".join(" ".join(lines[h.last + 1:ends.get(h.first, len(lines))]) for h in thread
                    if (h.sender or "").casefold() == asker)  # what the asker wrote later in the thread
    others = [h for h in thread if h.sender and h.sender.casefold() != asker]
    return next((h for h in others if named_replier(said, h.sender.split()[0])), others[0] if others else None)


def _message_end(lines: list[str], head: MailHead) -> int:
    """Where the last message of a list archive's page ends: at the first rule line under its text (the archive's
    separator over the list's footer), else right under its head."""
    return next((i for i in range(head.last + 1, len(lines)) if RULE_LINE.match(lines[i])), head.last + 1)


def _thread_credit(lines: list[str], heads: list[MailHead], opener: MailHead) -> str | None:
    """The writer a thread's page is credited to where its opener (the question) stands over the replies joined to
    it (SPEC: a thread is the answer its asker says worked, else the first advising reply): the replier whose first
    name the asker's own later message names ("I followed Siân's list"), else the first replier; ``None`` when no
    reply under the opener's subject follows it.

    >>> heads = [MailHead(0, 1, "Slugs", "Ann Lee"), MailHead(4, 5, "Slugs", "Bo Ng"),
    ...          MailHead(8, 9, "Slugs", "Cy Dee"), MailHead(12, 13, "Slugs", "Ann Lee")]
    >>> lines = ["From", "Subject: Slugs", "Help?", "", "From", "Subject: Re: Slugs", "Beer.", "", "From",
    ...          "Subject: Re: Slugs", "1. Grit.", "", "From", "Subject: Re: Slugs", "Cy's grit worked!"]
    >>> _thread_credit(lines, heads, heads[0]), _thread_credit(lines[:14] + ["Thanks all!"], heads, heads[0])
    ('Cy Dee', 'Bo Ng')
    """
    later = heads[heads.index(opener) + 1:]
    thread = list(itertools.takewhile(lambda h: h.subject.casefold() == opener.subject.casefold()
                                      and _replies(lines, h), later))
    credited = _replier_credited(lines, heads, thread, opener)
    return credited.sender if credited is not None else None


MAIL_REPLY_SUBJECT = re.compile(r"subject\s*:\s*(?:\[[^\]\s]{1,30}\]\s*)?(?:re|aw|sv|vs)\s*:", re.I)


def _replies(lines: list[str], head: MailHead) -> bool:
    """Whether a message's subject marks it a reply ("Subject: Re: [list] X").

    >>> _replies(["From: A", "Subject: Re: [plots] Seed swap"], MailHead(0, 1, "Seed swap", "A"))
    True
    """
    return any(MAIL_REPLY_SUBJECT.match(line.strip()) for line in lines[head.first:head.last + 1])


def _forwards(lines: list[str], head: MailHead) -> bool:
    """Whether a message's subject marks it a forward ("Subject: Fwd: [list] X").

    >>> _forwards(["From: A", "Subject: Fwd: Seed swap"], MailHead(0, 1, "Seed swap", "A"))
    True
    >>> _forwards(["From: A", "Subject: [plots] Seed swap"], MailHead(0, 1, "Seed swap", "A"))
    False
    """
    return any(FORWARD_MARKS.match(line.strip().partition(":")[2].strip()) for line in lines[head.first:head.last + 1]
               if MAIL_SUBJECT.match(line.strip()))


def _carried(lines: list[str], outer: MailHead, head: MailHead, forwarded: bool) -> bool:
    """Whether ``head`` opens a message carried inside the one ``outer`` heads (a forward, a reply's quoted
    original): under a client's separator line, or, when ``outer``'s subject forwards (``forwarded``: "Fwd: X") and
    ``head``'s is the same unmarked ("X", where a digest's reply to it would read "Re: X"), under no line at all.

    >>> outer = MailHead(0, 1, "Seed swap", "Ann Lee")
    >>> _carried(["", "", "Note.", "-------- Original Message --------", "From: Bo"], outer,
    ...          MailHead(4, 5, "Seed swap", "Bo"), False)
    True
    >>> _carried(["", "", "Note.", "", "From: Bo"], outer, MailHead(4, 5, "Seed swap", "Bo"), False)
    False
    """
    above = [line for line in lines[max(outer.last + 1, head.first - CARRIED_REACH):head.first] if line.strip()]
    if above and CARRIED_MARK.match(above[-1].strip()):
        return True
    return forwarded and head.subject.casefold() == outer.subject.casefold()


# A run of 64 or more spaces (or other blanks) inside a line is layout debris, never words: segment reads it as one
# space. The chain's repair stage already collapses such runs; segment run alone on unrepaired JSONL must not meet
# them, since many line patterns ("\s+" before a word, a lazy name before "\s*$") walk a run once per position
# (quadratic: 100 KB of spaces in one header line took minutes).
LONG_GAP_RUN = 64
LONG_GAP = re.compile(rf"[^\S\n]{{{LONG_GAP_RUN},}}")
# Every character LONG_GAP's class holds but the space (what str.isspace() holds, less "\n" and " "; a test checks
# the list against the engine over every code point), and those of them in ASCII.
GAP_BLANKS = ("\t\x0b\x0c\r\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007"
              "\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000")
ASCII_GAP_BLANKS = "".join(c for c in GAP_BLANKS if c.isascii())
_GAP_SPACES = " " * LONG_GAP_RUN


def may_hold_long_gap(page: str) -> bool:
    """A strict necessary condition of ``LONG_GAP.search(page)``, read in C by ``str``'s own scans (issue 19: the
    pattern is tried at every blank of every page, ~0.1 ms a real text; a run of spaces alone is a literal). A
    run of LONG_GAP_RUN blanks is all spaces, or it holds one of the other blanks.

    >>> may_hold_long_gap("a  b\\tc"), may_hold_long_gap("Two  spaces, no other blank."), may_hold_long_gap(" " * 64)
    (True, False, True)
    """
    if _GAP_SPACES in page:
        return True
    blanks = ASCII_GAP_BLANKS if page.isascii() else GAP_BLANKS
    return any(blank in page for blank in blanks)


def segment_record(record: Article, config: SegmentConfig,
                   sink: list[tuple[int, list[roles.Candidate], list[roles.Candidate]]] | None = None,
                   ) -> tuple[list[Article], list[str]]:
    """Split one record into its articles, each with its fields set; return them and the teasers removed.

    A pure function of the record and the config (the record itself is not changed). Part 0 keeps the record's
    id; a part with no body left is not returned. ``sink`` (the line-role bench's): each returned part's author
    and title candidates, with the rules' answers marked, are appended to it.
    """
    sink_mark = len(sink) if sink is not None else 0
    page = record.text
    if may_hold_long_gap(page) and LONG_GAP.search(page):  # (the cheap test first: most pages hold no such run)
        page = LONG_GAP.sub(" ", page)
    lines = page.split("\n")
    # lines taken out of every part's reach, recorded below with the part that holds the line ``owner`` (nothing
    # lost, nothing silent): (owner, the first line, its lines, the removed-span rule)
    cut_off: list[tuple[int, int, list[str], str]] = []
    if config.split:
        for first, last in _excerpt_teasers(lines):  # another piece's opening, cut off and linked: never a piece
            cut_off.append((first, first, _kept_lines(lines[first:last + 1]), EXCERPT_TEASER))
            lines[first:last + 1] = [""] * (last - first + 1)
    if config.split and ("://" in page or "www." in page):
        for i in _print_breaks(lines):  # a print's page foot and running header between a piece's paragraphs: the
            cut_off.append((i, i, [lines[i].strip()], PRINT_PAGE_BREAK))  # print's, and the text runs on across
            lines[i] = ""  # them as a new paragraph (SPEC, round 21)
    messages = mail_messages(lines) if config.split and MAIL_SUBJECT.search(page) else []
    # a mail forwarding one message (a newsletter sent on with a note): the forwarded message is the page's article,
    # the heads, the forwarder's note and the client's separator above it its chrome
    forward = messages[0].carried if len(messages) == 1 else None
    if len(messages) < MIN_MESSAGES:
        messages = []
    joined: list[MailHead] = []  # heads of a thread's later messages and of the list's own notices: no pieces
    if messages and (answer := _thread_answer(lines, messages)) is not None:
        # a list archive's page of one thread, its question on top: the advising reply is the page's article (SPEC:
        # a thread is its chosen reply's); the messages above it are its head (read as the digest's intro, below),
        # those under it set aside, each to the next message or its rule line (the list's footer stays)
        for n, head in enumerate(messages):
            if head.first > answer.first:
                end = messages[n + 1].first if n + 1 < len(messages) else _message_end(lines, head)
                cut_off.append((head.first, head.first, _kept_lines(lines[head.first:end]), MAIL_HEAD))
                lines[head.first:end] = [""] * (end - head.first)
        messages = [answer]
    if messages:
        every = [m.first for m in messages]
        messages, joined = _digest_pieces(lines, messages)
        for head in joined:  # a list notice's text goes with its head (an event notice is the digest's chrome)
            last = next(first for first in every if first > head.first) if head.notice else head.last + 1
            cut_off.append((head.first, head.first, _kept_lines(lines[head.first:last]), MAIL_HEAD))
            lines[head.first:last] = [""] * (last - head.first)
    if messages:
        starts = [0] + [m.first for m in messages[1:]]  # each message after the first; the first under the intro
    else:
        starts = _split_starts(lines, record) if config.split else [0]
    bounds = list(zip(starts, starts[1:] + [len(lines)], strict=True))
    series = series_parts(lines, [i for i, line in enumerate(lines) if line.strip()]) if (
        len(bounds) > 1 and not messages) else []
    series = series if series[1:] == starts[1:] else []  # (split there, and nowhere else)
    if len(bounds) > 1 and _writer_box(parse_article(lines[bounds[-1][0]:], config, issue=True)):
        bounds[-2:] = [(bounds[-2][0], len(lines))]  # the last piece's writer box, not a piece: it stays with it
    intro = 0  # the lines of a first part that only introduces the page's pieces: the first piece's chrome
    if forward is not None and len(bounds) == 1:  # read as a digest's message is: its head gives way to its sender
        intro = forward.first
        cut_off.append((forward.first, forward.first, _kept_lines(lines[forward.first:forward.last + 1]), MAIL_HEAD))
        lines[forward.first:forward.last + 1] = [""] * (forward.last - forward.first + 1)
        if forward.sender and not any(CARRIED_MARK.match(line) for line in lines[forward.last + 1:]):
            lines[forward.first] = f"By {forward.sender}"  # (a forward that carries a further one, quoted under
            # "> -----Original Message-----", was only passed on by its sender: the innermost piece's byline is its
            # writer's, SPEC "a forwarded e-mail by its original byline"; holdout28's ezine forwarded twice)
    # the first item may stand under the opening, in part 0 (its title under a rule): then that item is weighed; an
    # editor's note boxed like the pieces ("-----" / "EDITOR'S NOTE" / "-----" / three lines) introduces them too
    first = _issue_head(lines, bounds[0][1]) if len(bounds) > 1 and not messages else 0
    # the first part holds no heading of its own and the next piece opens at a news headline over its "By NAME" (a
    # briefing's web version): the markup's title and author are the issue's and its editor's, not the first piece's
    # or the markup's title is the issue's masthead line ("Issue 47 · May 2026": a digest's web page), which titles
    # no piece: its author, if any, is read from the pieces as the first piece's
    issue_markup = len(bounds) > 1 and not messages and (record.title is not None and _masthead(record.title) or (
        _headline_over_by(*_first_two(lines, bounds[1][0])) and parse_article(lines[:bounds[0][1]], config, None,
                                                                              issue=True).title is None))
    if messages:  # a list digest: the list's notices and its topics above the first message are the page's
        intro = messages[0].first
        for head in messages:  # each message's head: its sender is its byline, its subject its title (below)
            cut_off.append((head.first, head.first, _kept_lines(lines[head.first:head.last + 1]), MAIL_HEAD))
            lines[head.first:head.last + 1] = [""] * (head.last - head.first + 1)
            if head.sender:
                lines[head.first] = f"By {head.credit or head.sender}"
    elif series:  # a series' parts, each under its counter: the lines over the first counter head the first part
        intro = series[0]
    elif (len(bounds) > 1 and (record.author is None and record.title is None or issue_markup)  # (the markup titles
            # or credits the first part: it is a piece, but for an issue's markup)
            and (_teaser_list(lines[:bounds[0][1]]) or _introduces(parse_article(lines[:bounds[0][1]], config,
                                                                                 record.title, issue=True))
                 if not first else _boxed_note(parse_article(lines[first:bounds[0][1]], config, None, issue=True))
                 or _label_over_piece(lines, first, bounds[0][1])  # "-----" / "1. FEATURE" / "-----" over the
                 and _introduces(parse_article(lines[:first], config, None, issue=True)))):  # first piece's title
        intro = bounds[1][0]
        bounds[:2] = [(0, bounds[1][1])]
        # the editor's note boxed like the pieces under the issue's head ("1. A NOTE FROM ANN" / "-----" / a
        # greeting): the issue's opening too, not its first piece
        while len(bounds) > 1 and _editors_note(parse_article(lines[intro:bounds[0][1]], config, None, issue=True)):
            intro = bounds[1][0]
            bounds[:2] = [(0, bounds[1][1])]
    letters = _letter_ends(lines, [i for i, line in enumerate(lines) if line.strip()]) if (
        len(bounds) > 1 and not messages and config.split) else {}
    if len(letters) >= MIN_LETTERS and not intro and bounds[1][0] == min(letters):
        intro = bounds[1][0]  # a letters page's head over its first letter (the section's label, its date, how to
        bounds[:2] = [(0, bounds[1][1])]  # write in): the first letter's chrome, no piece of its own
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line) + 1)
    marked = markup_bylines(lines, record.html_starts, record.html_bylines) if record.html_bylines else {}
    headed = set(markup_starts(lines, record.html_starts)) if record.html_starts else set()
    undated = [(lo, _undated_end(lines, lo, hi) if hi in headed else hi) for lo, hi in bounds]
    for (_, end), (_, hi) in zip(undated, bounds, strict=True):
        if end < hi:  # the date line over the next post's heading, in neither part: the next post's, so recorded there
            cut_off.append((hi, end, _kept_lines(lines[end:hi]), NEXT_POST_DATE))
    bounds = undated
    foot = _letters_foot(lines, bounds) or _ruled_foot(lines, bounds) if len(bounds) > 1 and config.split else None
    out: list[Article] = []
    teasers: list[str] = []
    readings: list[Parsed] = []  # every part's, for a statement at the page's foot that covers each article
    carried = _carried_parts(lines, bounds, record.meta.get("html_sources", {}).get(CARRIED), record.title)
    opening = Parsed(body=[])  # the first part's reading
    # the markup's title is the heading the text opened with (taken out of it): the first piece's own, not a blog's
    # name over its posts, so the first piece's text never gives up a line under it as its heading
    lead_titled = record.meta.get("html_sources", {}).get("title") == LEAD_HEADING
    for part, (lo, hi) in enumerate(bounds):
        known = record.title if part == 0 else None
        parsed = parse_article(lines[lo + (intro if not part else 0):hi if foot is None or part < len(bounds) - 1
                                     else foot], config, None if intro and not part else known,
                               issue=len(bounds) > 1, opened=part > 0 or bool(intro))  # (the intro peeled off,
        # the first piece too starts at the line the split took for its title)
        if foot is not None and part == len(bounds) - 1:  # the letters page's footer under the last signature:
            below = parse_article(lines[foot:hi], config, title=False)  # the paper's, read for its notices only
            if not parsed.statements:  # (SPEC: the piece's own statement, her bare © in her bio too, outranks
                parsed.statements += below.statements  # the issue-wide grant, which covers the other pieces)
            parsed.below_footer += [s for s in below.statements if s.kind in lic.GRANT_KINDS]  # (the site's licence
            # there covers every piece: _issue_statements)
            parsed.chrome += [line.strip() for line in lines[foot:hi] if line.strip()]
        if intro and not part:  # the host's or the issue's opening, above the first piece's title (its chrome,
            lo = intro  # given below to whichever reading of the piece stands)
        if (not part and len(bounds) > 1 and (parsed.title is None or record.title is None)  # the markup's stands
                and (head := _issue_head(lines, hi))):  # a title read over the greeting is the issue's
            item = parse_article(lines[lo + head:hi], config, None, issue=True, opened=True)  # the first item under
            # its rule, opened at the line _issue_head took for its title
            if item.title is not None and any(line.strip() for line in item.body):  # a lone heading is no item
                item.chrome[:0] = [line.strip() for line in lines[lo:lo + head] if line.strip()]
                if item.column is None and parsed.answerer:  # the column's head over the first letter names who
                    item.column, item.answerer = parsed.column, True  # answers it
                parsed, lo = item, lo + head
        if not part and len(bounds) > 1 and parsed.title is None and known and not intro and (
                (own := parse_article(lines[lo:hi], config, None, issue=True)).title is not None
                and (own.byline is not None or own.chrome)):  # (a heading under a greeting, or over its writer;
            parsed = own  # not a masthead on top): the markup's title names the issue, the heading its first piece
        if (not part and (headed or len(bounds) > 1) and known and parsed.title in (None, known)
                and not lead_titled and (at := _first_post_heading(lines, lo, hi, known)) is not None):
            # the markup set the page's later posts apart at their headings and its own title names none of them
            # (a blog's or a feed's name): the first post opens, as they do, at its heading over a paragraph,
            # under the site's tagline and notices
            parsed = parse_article(lines[at + 1:hi], config, lines[at].strip(), issue=True, opened=True)
            parsed.title = _unquoted(clean_title(lines[at]))
            parsed.chrome[:0] = [line.strip() for line in lines[lo:at] if line.strip()]
            parsed.statements[:0] = [s for line in lines[lo:at] for s in lic.find_statements(line.strip())]
            # (a notice over the posts is read for the first, as it was when it stood in the first post's text)
        if (not part and len(bounds) == 1 and known and parsed.title in (None, known)
                and (at := _part_heading(lines, lo, hi)) is not None):
            # a series' index page printing one part whole: the markup's title names the series, the part's own
            # heading under its counter titles it; the series' lede, credits and the counter above are chrome
            parsed = parse_article(lines[at + 1:hi], config, lines[at].strip(), opened=True)
            parsed.title = _unquoted(clean_title(lines[at]))
            parsed.chrome[:0] = [line.strip() for line in lines[lo:at] if line.strip()]
        if part and parsed.title is None and lo in headed and may_be_title(lines[lo].strip()):
            # the markup set this piece apart at its own heading (a blog's front page: each post's title, in any
            # case and even as a sentence, "Waxwings on the rowan!", over its text): that heading is its title
            parsed = parse_article(lines[lo + 1:hi], config, lines[lo].strip(), issue=True, opened=True)
            parsed.title = _unquoted(clean_title(lines[lo]))
        peeled = intro if not part else 0  # the opening above lo, chrome unless read back into the piece
        if parsed.title and not any(line.strip() for line in parsed.body):  # a lone heading is the body
            whole = parse_article(lines[:hi], config, known, issue=len(bounds) > 1) if peeled else None
            if whole is not None and any(line.strip() for line in whole.body):  # the piece the opening introduced
                parsed, lo, peeled = whole, 0, 0  # is a bare heading: no piece, the opening and it read as one
            elif not (part and parsed.statements):  # (a later part that is a heading over the issue's notice,
                parsed = parse_article(lines[lo:hi], config, known, title=False)  # "REPRINT POLICY": no piece; its
                # notice is read with the issue's, as the last reading's)
        if peeled:  # the opening peeled off above is chrome, kept whichever reading stands: a re-reading
            # from lo (the first item's, the first post's, a lone heading's) never holds it, and none drops it unsaid
            parsed.chrome[:0] = [line.strip() for line in lines[:peeled] if line.strip()]
            # (a note there that speaks of the piece under it, as a header's does: leave, or terms for this text)
            parsed.statements += _header_permissions(lines[:peeled], set(range(peeled)))
        if (lo in letters and parsed.byline is None and parsed.signed is None and not _answered(lines, letters[lo], hi)
                and (signature := _letter_signature(lines[letters[lo]])) is not None):
            parsed.signed = signature  # the name the letter is signed with, apart under its last line
        if messages or forward is not None and len(bounds) == 1:  # the message's subject, as its writer typed it
            parsed.title = (messages[part] if messages else forward).subject or parsed.title
        readings.append(parsed)
        if not any(line.strip() for line in parsed.body):
            continue
        article = clone(record)
        article.html_starts, article.html_bylines = [], []  # handed over: split here
        if part:
            article.source = replace(record.source, part=record.source.part + part)
            article.id = Article.make_id(article.source)
            article.title = None
        article.text = "\n".join(parsed.body)
        if len(bounds) > 1:
            article.meta["page_parts"] = len(bounds)
        article.title = without_column_label(as_subject(parsed.title or article.title))  # SPEC: a column's name
        # is a label; a list message's tag and reply mark are the list's
        _drop_phrase_credits(parsed, article.language)
        author, credentials, firm = resolve_author(parsed, company=len(bounds) == 1)
        author, credentials = kin_word_kept(author, credentials, article.language, page)  # "Baba NAME" in English
        if author is None and parsed.staffed is not None:
            author = _staff_publisher(parsed.staffed, parsed.chrome, page)  # "Staff report": the paper or the club
        if part or author is not None and (firm or article.author is None or intro and issue_markup
                                           or _login_name(article.author) and is_person_name(author)):
            article.author, article.author_credentials = author, credentials
        if author is None and lo in marked and (part or _login_name(article.author) and is_person_name(marked[lo])):
            article.author = marked[lo]  # its own markup's byline, lost from the text as chrome; on the first
            # article too, over the page's meta author where that is a login (a blog's home page of posts: the
            # site's account in the meta, each post's byline element its writer's name)
        elif part and lo in marked and author is not None and article.author == author and _holder_spelling(
                parsed, author, marked[lo]):
            article.author = marked[lo]  # the post's © names its writer in another script than her byline element
            # (lost from the text as chrome): the © counts, the byline's script stays the name (SPEC round 19)
        if (part and article.author is None and opening.answerer and opening.column is not None
                and _reader_letter(lines, [i for i in range(lo, hi) if lines[i].strip()])):
            article.author = opening.column.name  # the column's head names who answers every letter under it
        if (dropped := courtesy_word_dropped(article.author, page)) is not None:  # "Efo NAME" over a bio "NAME
            article.author, word = dropped  # is ...": the word is an address, not her name (SPEC)
            article.author_credentials = ", ".join(filter(None, (word, article.author_credentials)))
        if config.line_roles != "off" or sink is not None:
            _learned_roles(article, lines[lo:hi], record if not part else None, config.line_roles, sink, part,
                           parsed.chrome, parsed.footer)
        article.author_bio = parsed.bio or (article.author_bio if not part else None)
        article.signoff = parsed.signoff or (article.signoff if not part else None)
        known = {s.text for s in parsed.statements}  # a notice line the reading left in the text (its walk up from
        parsed.statements += [s for s in _notice_lines(parsed.body) if s.text not in known]  # the foot stopped at
        # comments or a reblog's chrome below it): the article's own line, as it would be under the text
        parsed.statements += [s for line in (*parsed.body[-THEME_TAIL_LINES:], *parsed.footer, *parsed.chrome)
                              if (s := lic.writers_theme_notice(line.strip(), article.author)) is not None
                              and s.text not in known]  # (a theme credit naming the writer herself: her ©)
        if not parsed.statements:  # a notice the body repeats on every slide or page (its running footer), or an
            parsed.statements = _running_notice(parsed.body) or _opening_rights_field(parsed.body)  # export's field
        parsed.below_footer += [s for s in parsed.statements if s.kind in lic.GRANT_KINDS  # a text dump's link
                                and LINK_REFERENCE.match(s.text) and s not in parsed.below_footer]  # list: the page's
        if parsed.statements or article.licence is None or part or part in carried:  # the markup's licence (part
            markup = lic.statement_of(article.licence) if not part and part not in carried else None  # 0) weighs too
            signed_beside = any(a.author and is_person_name(a.author) for a in out)
            masthead = _masthead_names(parsed.chrome)
            own = [s for s in parsed.statements if not (_site_mark(s, article.author, _line_of(page, s.text),
                                                                   signed_beside, masthead)
                                                        and not lic.tdm_reserved(_line_and_neighbours(page, s.text)))
                   and not (part in carried and record.licence and s.text in (record.licence.statement or ""))]
            stated = lic.without_glosses(own + ([markup] if markup else []), page)
            if any(lic.date_scope(st.text) for st in stated):  # a licence keyed to dates: this post's own date's
                stated = lic.for_post_dated(stated, _posted_on(parsed))
            stated = lic.without_ended(stated, _posted_on(parsed), lambda st: _sentence_of(page, st.text))  # a
            # grant that ended before the post came out grants nothing (SPEC r27 (s))
            # the markup's licence is the site's (a rel=license badge, a footer line), and so is a licence below
            # the page's footer or in its sidebar under the last post (below_footer): the article's own
            # reservation outranks either, as it outranks a site's default licence in words
            article.licence = lic.combine(_with_own_leave(lic.without_page_grants(lic.without_yielded(
                stated, ((markup,) if markup else ()) + tuple(parsed.below_footer), parsed.own_notices),
                article.author, items=len(bounds) > 1), article.text))
        if lic.attribution_missing(article.licence, article.author, article.author_bio):
            article.add_flag(FLAG_ATTRIBUTION_MISSING)
        for rule, removed in (("header_chrome", parsed.chrome), ("footer_chrome", parsed.footer)):
            if not removed:
                continue
            article.removed[rule] = article.removed.get(rule, 0) + len(removed)
            if config.keep_removed:  # each line where it stands: from the part's first line (an opening peeled off
                at = offsets[bounds[part][0]]  # above lo is chrome too), on past the line before (a repeated line)
                for line in removed:
                    start = page.find(line, at)
                    start = start if start >= 0 else page.find(line, offsets[bounds[part][0]])
                    at = start + len(line) if start >= 0 else at
                    article.removed_spans.append({"stage": NAME, "rule": rule, "start": start,
                                                  "end": start + len(line), "text": line})
        if parsed.teasers:
            article.removed["duplicate_teaser"] = article.removed.get("duplicate_teaser", 0) + len(parsed.teasers)
            if config.keep_removed:
                for teaser in parsed.teasers:
                    start = page.find(teaser, offsets[lo])
                    article.removed_spans.append({"stage": NAME, "rule": "duplicate_teaser", "start": start,
                                                  "end": start + len(teaser), "text": teaser})
            teasers += parsed.teasers
        following = bounds[part + 1][0] if part + 1 < len(bounds) else len(lines)
        for owner, first, excerpt, rule in cut_off:  # lines taken out before the parts were read: recorded
            if bounds[part][0] <= owner < following and excerpt:
                article.removed[rule] = article.removed.get(rule, 0) + len(excerpt)
                at = offsets[first]
                for line in excerpt if config.keep_removed else ():
                    start = page.find(line, at)
                    at = start + len(line) if start >= 0 else at
                    article.removed_spans.append({"stage": NAME, "rule": rule, "start": start,
                                                  "end": start + len(line), "text": line})
        out.append(article)
        if not part:
            opening = parsed
    if out and out[0].source.part == record.source.part:
        _page_author_placed(out, opening, record.author)
    # (with_letters changes only an ASCII author, so a page whose articles name none asks for no spellings: the
    # page-wide name scan is skipped, with the same fields)
    if _ascii_author(out) and ((spellings := lettered_spellings(page)) or record.author
                               and not record.author.isascii()):
        if record.author and not record.author.isascii():  # the markup's spelling too (the text may lack it)
            spellings.setdefault(without_marks(record.author), record.author)
        for article in out:  # SPEC: letters never folded; an ASCII spelling (a © line) gives way to the byline's
            article.author = with_letters(article.author, spellings)
    if len(out) > 1:
        _hand_off_named_grants(out, page)
    page_wide = record.meta.get("html_sources", {}).get("licence") == PAGE_WIDE_LICENCE
    issue = [a for a in out if a.source.part - record.source.part not in carried]
    _hand_off_issue_licence(issue, readings, lic.statement_of(record.licence), page_wide, page,
                            [_posted_on(readings[a.source.part - record.source.part]) for a in issue])
    if series:
        _series_shared(out, series_credit(lines[:series[0]]))
    if len(out) == 1 and _says_nothing(out[0].text):  # a profile card, a page of links (their labels gone with
        if sink is not None:  # the link lists): no sentence, no list
            del sink[sink_mark:]
        return [], teasers + [out[0].text]  # (SPEC: a page whose items link to writing elsewhere carries no article)
    if len(out) == 1 and (_gone_page([record.title or "", *lines]) or _entries_only(lines)):  # a soft 404's
        # related teasers, the comments under a removed post, a guestbook's entries (the notice may be the markup's
        # heading, taken out of the text as the page's title: "This post is no longer available")
        if sink is not None:
            del sink[sink_mark:]
        return [], teasers + [a.text for a in out]  # (SPEC: a page without its piece carries no article)
    excerpts = sum(1 for *_, rule in cut_off if rule == EXCERPT_TEASER)
    if _all_cut_short(out, record) or _excerpts_only(out, record, excerpts) or _cards_taken(out, record) or len(
            out) == 1 and (_card_listing(
            record.text.split("\n")) or _walled_teaser(out[0].text)):  # (the page's own lines: excerpts under a
        # first part were taken out above)
        if sink is not None:
            del sink[sink_mark:]  # (no part is returned: none keeps its candidates)
        return [], teasers + [a.text for a in out]  # a label or archive page of teasers: no article (SPEC)
    if boxes := _link_boxes(out, record) or _cut_posts(out, record):  # an issue's box of links cut at their jump
        # breaks under its whole articles; an archive's older post cut at its break (its excerpt) under whole ones
        out = [a for a in out if a not in boxes]  # ("Also on the website: ... Read more"): no article
        if sink is not None:
            gone = {a.source.part - record.source.part for a in boxes}
            sink[sink_mark:] = [entry for entry in sink[sink_mark:] if entry[0] not in gone]
        teasers = teasers + [a.text for a in boxes]
    return out, teasers


MAX_SILENT_WORDS = 40  # a profile's handle and its few lines about the owner: more is a piece's, sentences or not
HANDLE_LINE = re.compile(r"^@[\w.-]{2,40}$")  # "@ann.grows" alone on its line: a profile's handle under its name


def _says_nothing(text: str) -> bool:
    """Whether an article's body is a profile card that says nothing: the owner's handle alone on a line, and a few
    short lines, none a sentence (``_is_text``) nor a list's item (a tip list without full stops is a piece). What
    a link-in-bio page keeps once its links are gone: the handle, a line or two about the owner, a contact. (A
    short piece whose lines end in quotes or dots is no profile: without a handle nothing is taken.)

    >>> _says_nothing("@ann.grows\\n\\n🌿 Balcony gardener in a small flat\\n📩 hello@ann.example")
    True
    >>> _says_nothing("- Water less in winter\\n- Turn the pots each week"), _says_nothing("Water less in winter.")
    (False, False)
    >>> _says_nothing("„Are you sure?“\\n\\n– „Quite sure.“"), _says_nothing("@ann.grows\\n\\nWater less in winter.")
    (False, False)
    """
    said = [line for line in text.split("\n") if line.strip()]
    return (any(HANDLE_LINE.match(line.strip()) for line in said)
            and sum(len(line.split()) for line in said) <= MAX_SILENT_WORDS
            and not any(_is_text(line) or _LIST_ITEM.match(line) for line in said))


def _ascii_author(articles: list[Article]) -> bool:
    """Whether an article names an author written in ASCII: the only name :func:`with_letters` can change (it
    hands back ``None``, an empty name and a name with letters beyond ASCII as they are), so a page without one
    needs no :func:`lettered_spellings` (its one page-wide scan of name runs).

    >>> from types import SimpleNamespace as Part
    >>> _ascii_author([Part(author="Kōsuke Ōtani"), Part(author=None), Part(author="")]), _ascii_author(
    ...     [Part(author=None), Part(author="Kosuke Otani")])
    (False, True)
    """
    return any(article.author and article.author.isascii() for article in articles)


MAX_BOX_WORDS = 2 * PART_MIN_WORDS  # a sidebar's box says a sentence or two (a tip, a newsletter's pitch); a post more
MIN_CUT_POSTS = 2  # one "Read more" may be a related box's; a post cut at each of two or more is an archive's


# The words a page prints where its piece is missing, in every language whose row has them (languages.py, 'gone'):
# a heading or a breadcrumb ending so ("Home › Heating › Page not found", "Page not found (404)"), or a line opening
# so ("This post has been removed at the author's request."). A title that only names them ("How to Fix 'Page Not
# Found' Errors") neither ends nor opens so, nor one that goes on from them ("Page not found? Five fixes for broken
# links", "Page not found errors cost you readers."): an opening notice ends its sentence there, or goes on only with
# the reason or the circumstance, in a short clause that ends as a sentence does.
_GONE = alternation("gone")
_GONE_REASON = r"(?:\s*[(–—]|\s+(?:at|by|on|from|for|due|because|after|as|per|upon|following|until|since|in)\b)"
GONE_LINE = re.compile(rf"(?:^|[›>»/|·:–—-]\s*){_GONE}\s*(?:[.!]\s*)?(?:\(?(?:error\s+)?404\)?)?$"
                       rf"|^{_GONE}(?![\w?])(?:\s*(?:[.!]|$)|{_GONE_REASON}[^.!?:\n]{{0,60}}[.!]"
                       rf"|\s*\([^()\n]{{1,60}}\)\s*[.!]?$)",  # ... or with an aside in brackets closing it
                       re.I)  # (one blank run between the words and a full stop or the code: linear in any line)
MAX_GONE_LINES = 12  # the site's head, the breadcrumb, the notice: the top of the page


def _gone_page(lines: list[str]) -> bool:
    """Whether the top of a page says the piece it was meant to show is missing (:data:`GONE_LINE`): a soft 404
    offering related teasers, the comments kept under a removed post. Such a page carries no article (SPEC).

    >>> _gone_page(["Fix It Blog", "Home › Heating › Page not found", "", "Try one of these instead:"])
    True
    >>> _gone_page(["Fix It Blog", "How to Fix 'Page Not Found' Errors on Your Site", "", "A 404 page is ..."])
    False
    >>> _gone_page(["Tool Blog", "This page has moved (or we lost it)"]), _gone_page(["This page has moved a lot"])
    (True, False)
    >>> _gone_page(["This page has moved (sort of)", "By Ada Lind", "Our blog has a new home, and so do you."])
    False
    >>> _gone_page(["This post has been removed at the author's request. Comments are kept."]), _gone_page(
    ...     ["Page not found? Five fixes for broken links"]), _gone_page(["Page not found errors cost you readers."])
    (True, False, False)
    """
    said = list(itertools.islice((text for line in lines if (text := line.strip())), MAX_GONE_LINES + 1))  # (the
    # top only: a long page's every line stripped cost ~1 % of the chain)
    return any(GONE_LINE.search(line) and _notice_of_a_missing_piece(said[:n], said[n + 1:n + 2])
               for n, line in enumerate(said[:MAX_GONE_LINES]))


def _notice_of_a_missing_piece(above: list[str], below: list[str]) -> bool:
    """Whether a line saying the piece is gone (:data:`GONE_LINE`) stands where a soft 404's notice does: before
    the page's prose, and not over a byline. A piece that is there says so: its own paragraph above the words ("…
    Here is what I learned." over "This post has moved (in spirit) from my notes app.") or its writer's byline under
    them (a post titled "This page has moved (sort of)" over "By NAME"); a missing piece has neither.

    >>> _notice_of_a_missing_piece(["Tool Blog", "Home › Error"], ["Sorry! The guide you wanted is not here."])
    True
    >>> _notice_of_a_missing_piece(["Tool Blog"], ["By Ada Lind"])
    False
    >>> _notice_of_a_missing_piece(["Moving Day", "We moved house last week and the whole shed came along too."], [])
    False
    """
    return not any(is_prose(line) for line in above) and not any(is_byline(line) for line in below)


# A guestbook's or a comment form's entry, field by field: "Name: NAME" opens it, then a few of its other fields
# ("Location: Leeds", "Date: 3 May 2013", "Comments:", the text after the last). What signs a visit is a place, a
# date or the comment's label: an entry showing one of those is a guestbook's. A time, an address or a homepage is
# also what a recipe card ("Name: Lemon Rice" / "Time: 25 minutes") or a club's contacts list ("Name:" / "Email:")
# prints under its names: those rows count only on a page whose head names its guestbook.
ENTRY_NAME = re.compile(r"^(?:name|visitor|signed\s+by|posted\s+by)\s*:\s*\S", re.I)
ENTRY_FIELD = re.compile(r"^(?:location|from|date|comments?|message|entry)\s*:", re.I)
ENTRY_CONTACT_FIELD = re.compile(r"^(?:time|e-?mail|homepage|website)\s*:", re.I)
GUESTBOOK_HEAD = re.compile(r"\b(?:guest\s*-?\s*book|visitors?'?\s*book)s?\b", re.I)
MIN_ENTRIES = 3
ENTRY_FIELDS_REACH = 4  # the fields under the name: a place, a date, an address, the comment's label


def _entries_only(lines: list[str]) -> bool:
    """Whether a page is a guestbook: three entries or more, each a "Name:" row over its other field rows (a date,
    a place, "Comments:"), and no paragraph of the page's own above the first (a post with its comments under it
    opens with the post). A guestbook is comments only, whatever advice its entries or the owner's replies hold:
    no article (SPEC: comments are no article; holdout26's guestbook is the shape's one page, so the entry must
    show its fields, the name's and another's, row by row).

    >>> entry = ["Name: Ann", "Location: Leeds", "Date: 3 May 2013", "Comments:", "Lovely honey, thank you!"]
    >>> _entries_only(["Our guestbook", "Sign it!"] + entry * 3), _entries_only(entry * 2)
    (True, False)
    >>> _entries_only(["A post's paragraph, long enough to be the article the comments under it are about, as a"
    ...                " blog post is, with its words running on past twenty-five of them."] + entry * 3)
    False

    Names over a time or an address only are a recipe card's or a contacts list's rows, unless the page's head
    names its guestbook:

    >>> card = ["Name: Pea Soup", "Time: 20 minutes", "Simmer the peas with mint."]
    >>> _entries_only(["Quick soups"] + card * 3), _entries_only(["Visitors' book"] + card * 3)
    (False, True)
    """
    said = [line.strip() for line in lines if line.strip()]
    names = [k for k, line in enumerate(said) if ENTRY_NAME.match(line)]
    head = said[:names[0]] if names else []
    fields = (ENTRY_FIELD, ENTRY_CONTACT_FIELD) if any(GUESTBOOK_HEAD.search(line) for line in head) else (
        ENTRY_FIELD,)
    entries = [k for k in names if any(field.match(below) for below in said[k + 1:k + 1 + ENTRY_FIELDS_REACH]
                                       for field in fields)]
    return len(entries) >= MIN_ENTRIES and all(len(line.split()) < PART_MIN_WORDS for line in said[:entries[0]])


def _all_cut_short(parts: list[Article], record: Article) -> bool:
    """Whether every post of a blog's label, category or front page was cut short at its jump break: the page
    carries teasers only, and SPEC gives it no article. Repair logs each "Read more" link it takes away
    (``repairs.junk.JUMP_LINK``); a page split into as many posts as it had jump links, two at least, had one
    under each post. (A page whose newest post is whole and older ones cut keeps its posts: which one is whole the
    count cannot tell.)

    >>> from pipeline.records import Source
    >>> src = Source("b.txt", "0" * 64, 1, "txt")
    >>> posts = [Article(id="1" * 16, source=src, text="Post one."), Article(id="2" * 16, source=src, text="Two.")]
    >>> _all_cut_short(posts, Article(id="1" * 16, source=src, text="x", repairs={"jump_link": 2}))
    True
    >>> _all_cut_short(posts, Article(id="1" * 16, source=src, text="x", repairs={"jump_link": 1}))
    False

    Where a part runs on as a whole piece does (``_whole_piece``), the links were not one under each part.

    A page cut at two jump links or more that keeps one part saying less than a paragraph is a tag or label page
    whose teasers were read as the head of its sidebar's box; one that keeps a whole post keeps it:

    >>> box = Article(id="3" * 16, source=src, text="Tip of the week\\nRinse the jars before you fill them.")
    >>> _all_cut_short([box], Article(id="1" * 16, source=src, text="x", repairs={"jump_link": 4}))
    True
    >>> post = Article(id="4" * 16, source=src, text="The newest post, whole, says a great deal more than a "
    ...                "sidebar ever does: two full sentences of it. " * 3)
    >>> _all_cut_short([post], Article(id="1" * 16, source=src, text="x", repairs={"jump_link": 4}))
    False

    A short post under its headline or byline, with a related-posts box of teasers below it, keeps its post:

    >>> tip = Article(id="5" * 16, source=src, text="Rinse the jars.", title="Jar tips", author="Ana Vel")
    >>> _all_cut_short([tip], Article(id="1" * 16, source=src, text="x", repairs={"jump_link": 3}))
    False
    """
    cut = record.repairs.get(JUMP_LINK, 0)
    if len(parts) == 1 and cut >= MIN_CUT_POSTS:  # the posts' teasers read as the head of what is left: a tag or
        if _headed_post(parts[0], record):  # (a short post under the page's headline or byline, a box below it)
            return False
        said = [line for line in parts[0].text.split("\n") if line.strip().endswith(TEXT_ENDS)]  # label page's
        return sum(len(line.split()) for line in said) < MAX_BOX_WORDS  # sidebar box ("Tip of the week"): no piece
    return len(parts) >= MIN_CUT_POSTS and cut == len(parts) and not any(_whole_piece(p.text) for p in parts)


def _excerpts_only(parts: list[Article], record: Article, excerpts: int) -> bool:
    """Whether every post of an archive page was cut at its jump break, where the split took some of them out as
    excerpt teasers before the parts were read (``excerpts`` of them): the page's jump links (``JUMP_LINK``) beyond
    those excerpts' are as many as the titled parts left or more (a part may hold two cards), and no part runs on as
    a whole piece (a blog's front page with its newest post whole has no link under it). SPEC: a page of
    teasers only carries no article. (holdout28's author archive: five excerpts taken out, a sixth read as a post
    under the archive's head; the other parts' archives lost none to the split and are :func:`_all_cut_short`'s.)

    >>> from pipeline.records import Source
    >>> src = Source("b.txt", "0" * 64, 1, "txt")
    >>> head = Article(id="1" * 16, source=src, text="Ann writes about jam.")
    >>> post = Article(id="2" * 16, source=src, text="Start here:\\n1. Empty a shelf.", title="A Pantry Reset")
    >>> page = Article(id="1" * 16, source=src, text="x", repairs={"jump_link": 4})
    >>> _excerpts_only([head, post], page, 3), _excerpts_only([head, post], page, 4), _excerpts_only([post], page, 0)
    (True, False, False)
    """
    cut = record.repairs.get(JUMP_LINK, 0)
    titled = sum(1 for p in parts if p.title)
    return (excerpts > 0 and titled > 0 and cut >= MIN_CUT_POSTS and cut - excerpts >= titled
            and not any(_whole_piece(p.text) for p in parts))


# A paywall's or a membership wall's line where the text it cuts stops ("Subscribe to continue reading", "Keep
# reading with a membership", "This article is for subscribers only"; a consent wall's "To continue reading, please
# accept cookies or subscribe"), in English
WALL_LINE = re.compile(r"^(?:(?:subscribe|sign\s+up|join|log\s+in|sign\s+in|register)(?:\s+now)?\s+to\s+"
                       r"(?:continue|keep)\s+reading|(?:continue|keep)\s+reading\s+with\s+(?:[\w’'-]+\s+){0,3}?"
                       r"(?:membership|subscription)\b|to\s+(?:continue|keep)\s+reading,?\s+(?:please\s+)?"
                       r"(?:subscribe|sign|log|join|become|accept\s+(?:all\s+)?cookies)|(?:this|the\s+rest\s+of\s+this)\s+(?:article|story|guide|piece"
                       r"|post)\s+is\s+(?:only\s+)?(?:for|available\s+(?:only\s+)?to)\s+(?:paying\s+)?(?:subscribers|members))",
                       re.I)
MAX_PITCH_PARAGRAPH_WORDS = 40  # the wall's pitch under it: short lines (an offer, a price); the text runs longer
MAX_LEAD_PARAGRAPHS = 2  # a teaser shows the piece's lead over the wall: a paragraph or two; more is the piece,
# a footer's "Subscribe to continue reading our letters" under it
MAX_PITCH_SENTENCES = 2  # the pitch's own lines of prose ("This guide is for members.", "From £4 a month."); more
# paragraphs under the wall are the piece's, the wall a login box over it


def _walled_teaser(text: str) -> bool:
    """Whether an article is a teaser cut by a paywall before any point shows (SPEC: a cut piece is a teaser until
    a point's headline shows whole): the text stops at a wall's line (:data:`WALL_LINE`) with no list item above
    it, and only the wall's short pitch under it (its bullets sell the membership: chrome). A piece cut inside its
    list keeps the points it shows; a wall over the whole text (a meter box, the article running on under it) cuts
    nothing.

    >>> _walled_teaser("Asking for more pay is easier with a plan.\\n\\nSubscribe to continue reading\\n"
    ...                "Join today and get:\\n• Every guide\\n• The worksheet")
    True
    >>> _walled_teaser("Three steps.\\n\\n1. Pick the day.\\n2. Bring the figures.\\n\\nSubscribe to keep reading")
    False
    >>> _walled_teaser("Subscribe to continue reading\\n\\n" + "The whole story runs on under the box here. " * 8)
    False
    >>> _walled_teaser("Wipe it.\\n\\nDry it.\\n\\nOil it.\\n\\nSubscribe to continue reading our weekly letters.")
    False
    >>> _walled_teaser("Log in to keep reading\\n\\nWipe the pan.\\n\\nDry it on the hob.\\n\\nOil it.")
    False

    The page's own boxes under the wall's, each a heading over a paragraph (a briefing's sign-up), are no text
    running on; a box holding paragraphs is the piece's, set under a meter box:

    >>> wall = "Rent talks go better with a plan.\\n\\nKeep reading with a free membership\\n\\nJoin free.\\n\\n"
    >>> _walled_teaser(wall + "Our weekly briefing\\n\\n" + "We send the week's news for renters every Friday. " * 5)
    True
    >>> _walled_teaser(wall + "Ask for less\\n\\n" + "Write to the landlord first. " * 9 + "\\n\\nThen wait. " * 2)
    False
    """
    lines = [line.strip() for line in text.split("\n")]
    wall = next((k for k, line in enumerate(lines) if WALL_LINE.match(line)), None)
    if wall is None or any(_LIST_ITEM.match(line) for line in lines[:wall]):
        return False
    # the lead: the paragraphs right over the wall, up to the byline or heading above them (a cookie box's text
    # higher up is no part of it)
    lead = sum(1 for _ in itertools.takewhile(_is_text, reversed([line for line in lines[:wall] if line])))
    boxes = _boxes_under(lines[wall + 1:])  # the wall's own box, then the page's boxes under it (a briefing's
    # sign-up, a related list), each under its own heading
    pitch = sum(_is_text(line) for line in lines[wall + 1:])
    return (lead <= MAX_LEAD_PARAGRAPHS and pitch <= MAX_PITCH_SENTENCES
            and all(len(line.split()) < MAX_PITCH_PARAGRAPH_WORDS for line in boxes[0])
            and all(sum(_is_text(line) for line in box) <= 1 for box in boxes[1:]))


def _boxes_under(lines: list[str]) -> list[list[str]]:
    """The non-blank lines under a wall, cut into boxes where a heading stands over a paragraph (a short line that
    is no sentence nor a list's item, the next non-blank line a sentence): the wall's own box first (its pitch,
    perks and log-in line), then each box the page sets under it with its heading ("The weekly briefing" over a
    sign-up paragraph). A box of one paragraph is the page's; the piece running on under a meter box holds more.

    >>> _boxes_under(["Join for free.", "• Every guide", "Log in", "", "Our briefing", "", "We send it weekly."])
    [['Join for free.', '• Every guide', 'Log in'], ['Our briefing', 'We send it weekly.']]
    """
    said = [line.strip() for line in lines if line.strip()]
    boxes: list[list[str]] = [[]]
    for k, line in enumerate(said):
        if (k and k + 1 < len(said) and not _is_text(line) and not _LIST_ITEM.match(line)
                and _is_text(said[k + 1])):
            boxes.append([])
        boxes[-1].append(line)
    return boxes


CARDS_REMOVED = "html-chrome-cards"  # the extraction's removal of a list of teaser cards (text/html_main.py)
MIN_REMOVED_CARD_BLOCKS = 6  # two cards' worth of blocks at least (each a headline, a dek, a byline, a link)
MIN_LISTING_CARDS = 4  # a listing's cards in the text: a related box under a piece holds three as a rule
MAX_CARD_LINES = 7  # a card: a label, its headline, the byline or address, the excerpt, a reading time or count
MIN_EXCERPT_WORDS = 8
MAX_EXCERPT_WORDS = 90  # a card's excerpt: a paragraph's opening; more is a piece's own text
MAX_OWN_PARAGRAPHS = 1  # a listing's own line about itself ("Everything we wrote about X") beside its cards


def _cards_taken(parts: list[Article], record: Article) -> bool:
    """Whether an HTML page was a listing of teaser cards that the extraction took away as chrome (a category, tag or
    search page: ``CARDS_REMOVED``), leaving its heading and a line about it: less than a paragraph of text
    (``PART_MIN_WORDS``). SPEC: a page of teasers only carries no article. A piece with a related box under it keeps
    its own paragraphs.

    >>> from pipeline.records import Source
    >>> src = Source("c.html", "0" * 64, 1, "html")
    >>> page = Article(id="1" * 16, source=src, text="x", removed={CARDS_REMOVED: 12})
    >>> _cards_taken([Article(id="2" * 16, source=src, text="Browse our members' articles on pets.")], page)
    True
    >>> _cards_taken([Article(id="2" * 16, source=src, text="A whole piece of text, " * 8 + "ending here.")], page)
    False
    >>> signed = Article(id="1" * 16, source=src, text="x", removed={CARDS_REMOVED: 12},
    ...                  meta={"html_author": "Ann Lee"})
    >>> _cards_taken([Article(id="2" * 16, source=src, text="Browse our members' articles on pets.")], signed)
    False
    """
    return (len(parts) == 1 and record.removed.get(CARDS_REMOVED, 0) >= MIN_REMOVED_CARD_BLOCKS
            and not record.meta.get("html_author")  # (a piece whose markup names its writer is one, however little
            # of its text the extraction kept: trafilatura-eval's news pages with a related-cards rail)
            and sum(len(line.split()) for line in parts[0].text.split("\n") if _is_text(line)) < PART_MIN_WORDS)


@functools.lru_cache(maxsize=LINE_CACHE_LINES)  # a pure line test asked again for 24 % of its lines (issue 19)
def _excerpt_line(line: str) -> bool:
    """A card's excerpt: a sentence or more, or a paragraph's opening cut short ("… cook the rice first …")."""
    text = line.strip()
    return (MIN_EXCERPT_WORDS <= len(text.split()) <= MAX_EXCERPT_WORDS
            and (_is_text(text) or _cut_off(text) or text.startswith(("…", "..."))))


def _card(block: list[str]) -> tuple[bool, bool]:
    """Whether a block of lines (no blank between) is a teaser card: a headline over one excerpt, with a line of the
    card's own (a label, a byline, an address, a reading time) beside them; and whether it marks itself a teaser
    (its excerpt cut off, a reading time, a "Read more" link).

    >>> _card(["GARDEN", "Beans In Pots", "By Ann Lee · 4 min read", "Start them on the windowsill in April, then …"])
    (True, True)
    >>> _card(["Beans In Pots", "Start them on the windowsill in April. Then move them out in May."])
    (False, False)
    """
    said = [k for k, line in enumerate(block) if _excerpt_line(line)]
    if not said or not 3 <= len(block) <= MAX_CARD_LINES or sum(len(block[k].split()) for k in said) > (
            MAX_EXCERPT_WORDS):
        return False, False
    heads = block[:said[0]]
    if not any(may_be_title(line.strip()) and not _is_text(line) for line in heads) or len(block) - len(said) < 2:
        return False, False
    marked = any(_cut_off(block[k].strip()) or block[k].strip().startswith(("…", "...")) for k in said) or any(
        READING_TIME.search(line) or READ_MORE_LINE.match(line.strip()) for line in block)
    return True, marked


def _card_listing(lines: list[str]) -> bool:
    """Whether a page's text is a listing of teaser cards and nothing more (a category archive, search results, a
    "most read" hub): ``MIN_LISTING_CARDS`` cards or more (:func:`_card`), most of them marked as teasers, and at
    most one paragraph of the page's own outside them. SPEC: a page of teasers only carries no article; a piece with
    a box of teasers under it keeps its article (its paragraphs stand outside the cards).

    >>> card = ["HOME", "Beans In Pots", "By Ann Lee · 3 min read", "Start them on the windowsill in April, then …", ""]
    >>> _card_listing(["Category: Home", ""] + card * 4)
    True
    >>> piece = ["A paragraph of the piece itself, long enough to count as its own text and more than a line; "
    ...          "it goes on past twenty-five words, as a piece's paragraph does.", ""]
    >>> _card_listing(["Beans", ""] + piece * 3 + card * 4)
    False
    """
    blocks = [[t for t in group] for blank, group in itertools.groupby(lines, lambda x: not x.strip()) if not blank]
    cards = [_card(block) for block in blocks]
    found = sum(is_card for is_card, _ in cards)
    if found < MIN_LISTING_CARDS or 2 * sum(marked for _, marked in cards) <= found:
        return False
    said = [(is_card, sum(len(t.split()) for t in block if _is_text(t) or _excerpt_line(t)))
            for block, (is_card, _) in zip(blocks, cards, strict=True)]
    own = [words for is_card, words in said if not is_card]
    # (the cards say most of what the page says: twice the words of its own lines, a tagline, a notice, a pitch)
    return sum(words >= PART_MIN_WORDS for words in own) <= MAX_OWN_PARAGRAPHS and sum(
        words for is_card, words in said if is_card) >= 2 * sum(own)


def _link_boxes(parts: list[Article], record: Article) -> list[Article]:
    """The parts of a page holding whole pieces (``_whole_piece``) that are its box of links cut at their jump
    breaks: after the first part, short (``MAX_BOX_WORDS``) and not whole, where the page lost more "Read more"
    links (two at least) than it has such parts, so the links stood together in a box, not one under each post (a
    newsletter's "Also on the website this month": three links under two whole articles). SPEC: teasers and link
    boxes are no articles.

    >>> from pipeline.records import Source
    >>> src = Source("n.txt", "0" * 64, 1, "txt")
    >>> whole = Article(id="1" * 16, source=src, text="\\n".join(["Seal the gaps round the door frame first."] * 15))
    >>> box = Article(id="2" * 16, source=src, text="MORE THIS MONTH\\nValves explained...\\nLoft grants...")
    >>> page, unlinked = (Article(id="1" * 16, source=src, text="x", repairs=cut) for cut in ({"jump_link": 2}, {}))
    >>> _link_boxes([whole, box], page) == [box], _link_boxes([whole, box], unlinked)
    (True, [])
    """
    cut = record.repairs.get(JUMP_LINK, 0)
    if cut < MIN_CUT_POSTS or len(parts) < 2 or not any(_whole_piece(p.text) for p in parts):
        return []
    short = [p for p in parts[1:] if not _whole_piece(p.text) and len(p.text.split()) <= MAX_BOX_WORDS]
    return short if cut > len(short) else []


# Where a jump break cut a post's excerpt: mid-sentence, on a word or a comma ("... starting with"), or at a
# scraper's "[…]" (SPEC: a piece cut before any whole point is a teaser)
CUT_SHORT_END = re.compile(r"(?:[^\W\d_]|,)$|\[\s*(?:…|\.\.\.)\s*\]$")
MIN_CUT_LINE_WORDS = 8  # the excerpt's paragraph: a shorter last line is a heading, a name or a sign-off
# An excerpt cut mid-sentence is a theme's count of words or letters from the post's top, one run of text (or a
# paragraph over it): a post with two whole paragraphs above its last line is the post itself, ending on a sign-off
# without its full stop ("..., happy growing"), no excerpt
MIN_UNCUT_PROSE = 2


def _cut_post(text: str) -> bool:
    """Whether a part is a post's excerpt cut at its jump break: its last paragraph stops mid-sentence
    (:data:`CUT_SHORT_END`), no list item shows above it, and it runs no longer than an excerpt (``_whole_piece``).

    >>> _cut_post("The ground went like concrete. Before you give up, look at what is worth doing, starting with")
    True
    >>> _cut_post("The ground went like concrete. Water the beans at dusk, never at noon, and mulch them well.")
    False
    >>> _cut_post("Two jobs.\\n\\n1. Water at dusk.\\n2. Mulch the beans, and then keep the hoe moving along the")
    False
    >>> _cut_post("I dug the whole bed over each autumn for years and my back paid for it every time.\\n\\nThen I left "
    ...           "it alone and spread compost on the top instead, and the worms did the work.\\n\\nTry it for one "
    ...           "season and see how your own bed takes it, good luck out there")
    False
    """
    said = [line.strip() for line in text.split("\n") if line.strip()]
    return (bool(said) and len(said[-1].split()) >= MIN_CUT_LINE_WORDS and CUT_SHORT_END.search(said[-1]) is not None
            and not any(_LIST_ITEM.match(line) for line in said) and not _whole_piece(text)
            and sum(map(is_prose, said[:-1])) < MIN_UNCUT_PROSE)


def _cut_posts(parts: list[Article], record: Article) -> list[Article]:
    """The parts of an archive or home page of whole posts that are older posts cut at their jump breaks
    (:func:`_cut_post`), as many at most as the "Read more" links the page lost (``repairs.junk.JUMP_LINK``) and
    never every part (a page of excerpts only is :func:`_all_cut_short`'s). SPEC: each whole post is an article, a
    post cut before any point a teaser (holdout27 jf01, a Blogger home page; holdout24 nf08 is the HTML twin, where
    the extraction drops the excerpt).

    >>> from pipeline.records import Source
    >>> src = Source("b.txt", "0" * 64, 1, "txt")
    >>> whole = Article(id="1" * 16, source=src, text="Water the beans at dusk, never at noon, and mulch them.")
    >>> cut = Article(id="2" * 16, source=src, text="Before you give up, look at what is worth doing, starting with")
    >>> page, unlinked = (Article(id="1" * 16, source=src, text="x", repairs=n) for n in ({"jump_link": 1}, {}))
    >>> _cut_posts([whole, cut], page) == [cut], _cut_posts([whole, cut], unlinked), _cut_posts([cut], page)
    (True, [], [])
    """
    cut = [p for p in parts if _cut_post(p.text)] if len(parts) >= 2 else []
    return cut if cut and len(cut) < len(parts) and len(cut) <= record.repairs.get(JUMP_LINK, 0) else []


# A piece runs on past where a jump break cuts a post: more paragraphs and words than an excerpt's intro holds
MIN_WHOLE_PARAGRAPHS = 5
MIN_WHOLE_WORDS = 100  # (an excerpt is one to three paragraphs: a whole short piece of five says more)


def _whole_piece(text: str) -> bool:
    """Whether a part's text runs past any excerpt (``MIN_WHOLE_PARAGRAPHS`` lines of text, ``MIN_WHOLE_WORDS``
    words): a whole piece, so the page's "Read more" links were not one under each part (a newsletter's two whole
    articles over its "Also on the website" box of three links).

    >>> _whole_piece("Intro of a post, cut at its break, as archives show it.")
    False
    >>> _whole_piece("\\n".join(["Keep the valve closed while you bleed the radiator, then check the gauge."] * 6) * 2)
    True
    """
    said = [line for line in text.split("\n") if line.strip()]
    return len(said) >= MIN_WHOLE_PARAGRAPHS and len(text.split()) >= MIN_WHOLE_WORDS


# A label or archive page's own title ("Tag: herbs", "Category: Soups", "Posts tagged 'mint'"): it names the teasers'
# shelf, never one post's headline
ARCHIVE_TITLE = re.compile(rf"{ARCHIVE_HEADING.pattern}|^(?:tags?|categor(?:y|ies)|labels?|topics?|archives?)\s*[:›»|]",
                           re.I)


def _headed_post(part: Article, page: Article) -> bool:
    """Whether a part carries the page's byline, or the page's own headline (the markup's title, or a line at the
    top of the page) that is no archive's title: a post, however short, never a sidebar's box (whose heading, "Quick
    tip of the week", stands under the teasers, not over the page).

    >>> from pipeline.records import Source
    >>> src = Source("b.txt", "0" * 64, 1, "txt")
    >>> page = Article(id="1" * 16, source=src, text="Title: Quick tip: dry herbs\\nBy Jo Park\\n\\nLay them flat.")
    >>> _headed_post(Article(id="5" * 16, source=src, text="x", title="Quick tip: dry herbs"), page)
    True
    >>> _headed_post(Article(id="5" * 16, source=src, text="x", title="Quick tip of the week"), page)
    False
    >>> tag = Article(id="1" * 16, source=src, text="Tag: herbs\\nTeaser one...")
    >>> _headed_post(Article(id="5" * 16, source=src, text="x", title="Tag: herbs"), tag)
    False
    """
    if part.author:
        return True
    title = (part.title or "").strip()
    if not title or ARCHIVE_TITLE.match(title):
        return False
    top = [line.strip() for line in page.text.split("\n", PAGE_TOP_LINES * 4)[:PAGE_TOP_LINES * 4] if line.strip()]
    return title == (page.title or "").strip() or any(title in line for line in top[:PAGE_TOP_LINES])


PAGE_TOP_LINES = 6  # the site's name, its strapline, a menu, the breadcrumb, the headline: the page's own top


def _carried_parts(lines: list[str], bounds: list[tuple[int, int]], headings: str | None,
                   title: str | None = None) -> set[int]:
    """The parts of a page that are posts it carries from other writers (a reblog on a blog's front page): those
    holding a heading the markup's reading marked so (extract.carried_posts, ``headings`` joined by newlines), or
    the first part when the markup's ``title``, taken out of its lines, is one. The site's page-wide licence is its
    own writing's, so none of them takes it (a wrong grant is worse than none).

    >>> _carried_parts(["intro", "Warm hands", "Knit.", "My post", "Text."], [(0, 3), (3, 5)], "Warm hands")
    {0}
    >>> _carried_parts(["Knit.", "My post", "Text."], [(0, 1), (1, 3)], "Warm hands", "Warm hands")
    {0}
    >>> _carried_parts(["a"], [(0, 1)], None)
    set()
    """
    if not headings:
        return set()
    marked = set(headings.split("\n"))
    return {part for part, (lo, hi) in enumerate(bounds)
            if any(line.strip() in marked for line in lines[lo:hi]) or not part and title in marked}


# A statement that names one part of a series ("Part 2 is a guest post ...", "Chapter 3 is reprinted from ..."): that
# part's own, never the series'
NAMES_A_PART = re.compile(r"\b(?:part|chapter|episode|instal{1,2}ment|lesson)\s+(?:\d{1,2}|[ivx]{1,4}|one|two|three"
                          r"|four|five|six|seven|eight|nine|ten)\b"
                          r"|\bthis\s+(?:part|chapter|episode|instal{1,2}ment|lesson)\b", re.I)


def _series_shared(articles: list[Article], credit: Byline | None = None) -> None:
    """On a print-all page of a series (its parts split at their counters, :func:`series_parts`), a part that names
    no writer is by the series' writer (``credit``, the one credit line over all the parts; else the name a part
    gives, the first), and a part that states no licence is under the one licence the page states for its parts
    (a footer's under the last part, a badge read for the first), where the parts state no two different ones.

    >>> from types import SimpleNamespace as Part
    >>> parts = [Part(author=None, author_credentials=None, licence=None),
    ...          Part(author="Ann Lee", author_credentials="RN", licence=None)]
    >>> _series_shared(parts); [(p.author, p.author_credentials) for p in parts]
    [('Ann Lee', 'RN'), ('Ann Lee', 'RN')]
    """
    writer = credit or next((Byline(a.author, a.author_credentials) for a in articles if a.author), None)
    for article in articles if writer is not None else ():
        if not article.author:
            article.author, article.author_credentials = writer.name, writer.credentials
    stated = [a.licence for a in articles if a.licence is not None and a.licence.tag != lic.NOASSERTION]
    if not stated or len({licence.tag for licence in stated}) > 1 or NAMES_A_PART.search(stated[0].statement or ""):
        return  # (a statement naming one part, "Part 2 is a guest post ... under CC BY", is that part's alone)
    for article in articles:
        if article.licence is None or article.licence.tag == lic.NOASSERTION:
            article.licence = stated[0]
        if lic.attribution_missing(article.licence, article.author, article.author_bio):
            article.add_flag(FLAG_ATTRIBUTION_MISSING)


def _page_author_placed(articles: list[Article], first: Parsed, markup_author: str | None) -> None:
    """On a page of several articles, the writer the page's markup names (read for the first article, over a bare
    name line the text gives it) is a later article's own when that one's byline names them (an e-mail issue's
    markup gives one writer, the second item's): the first article keeps the name line over its own text."""
    if (len(articles) < 2 or markup_author is None or articles[0].author != markup_author or first.byline is None
            or first.byline.name == markup_author or not any(a.author == markup_author for a in articles[1:])):
        return
    articles[0].author, articles[0].author_credentials = first.byline.name, first.byline.credentials


# the link under a teaser in a list of a site's other pieces: "Read more →", "Continue reading >", "[Read the story]"
READ_MORE_LINE = re.compile(r"^\W*(?:read\s+more|continue\s+reading"
                            r"|read\s+the\s+(?:full\s+|whole\s+)?(?:story|article|post|piece))\W*$", re.I)
MAX_TEASER_LINES = 5  # a teaser's block: title, dek, byline with the reading time, the link
MIN_TEASERS = 2


def _teaser_block(texts: list[str]) -> bool:
    """A teaser for another piece, as a block of its own: a title on top, then a dek, a byline ("by Ann Lee · 4 min")
    or a "Read more" link; never a paragraph of its own text.

    >>> _teaser_block(["Linen At Home", "Why linen gets softer with every wash.", "by Ann Lee · 4 min"])
    True
    >>> _teaser_block(["Linen At Home", "by Ann Lee"]), _teaser_block(["Linen At Home", "A dek of sorts."])
    (True, False)
    """
    return (2 <= len(texts) <= MAX_TEASER_LINES and may_be_title(texts[0]) and not _is_text(texts[0])
            and any(is_byline(t) or READ_MORE_LINE.match(t) for t in texts[1:]))


def _teasers_over(lines: list[str], head: list[int]) -> int:
    """How many of the header's lines (``head``, from the top) are the site's name, menu and a list of teasers for
    its other pieces (``_teaser_list``), ending in a teaser's block: the piece's own header starts under them.

    >>> lines = ["Site", "", "Linen At Home", "by Ann Lee · 4 min", "", "A Day In Rye", "by Bo Lind · 6 min", "",
    ...          "The Piece", "6 min read"]
    >>> _teasers_over(lines, [0, 2, 3, 5, 6, 8, 9])
    5
    """
    blocks = _blocks(head)
    cut = 0
    for block in blocks[:-1]:  # (the last block holds the piece's own title)
        if _teaser_block([lines[i].strip() for i in block]) and _teaser_list(lines[head[0]:block[-1] + 1]):
            cut = head.index(block[-1]) + 1
    return cut


def _teaser_list(lines: list[str]) -> bool:
    """Whether a run of lines is a list of teasers for a site's pieces (blocks of a title, a dek, a byline or a
    "Read more" link), every sentence in it a teaser's: above the one whole piece of an aggregator's page, it is
    the page's, not an article.

    >>> _teaser_list(["LATEST", "", "Linen At Home", "Why linen gets softer with every wash.", "by Ann Lee", "",
    ...               "A Day In Rye", "Where to eat and what to see in a day.", "Read more →"])
    True
    >>> _teaser_list(["Linen At Home", "Why linen gets softer with every wash.", "by Ann Lee", "",
    ...               "I bought my first linen sheets ten years ago and have never looked back since."])
    False
    """
    blocks = [[t.strip() for t in group] for blank, group in itertools.groupby(lines, lambda x: not x.strip())
              if not blank]
    teasers = [b for b in blocks if _teaser_block(b)]
    return len(teasers) >= MIN_TEASERS and not any(
        _is_text(t) or is_prose(t) for b in blocks if not _teaser_block(b) for t in b)


CUT_OFF = re.compile(r"(?:\.{3}|…)\s*[\]»›>)]?$")  # "... and in two years you will ...": an excerpt cut mid-sentence
CUT_OFF_CLOSERS = "]»›>)"  # the one closing mark CUT_OFF allows after the ellipsis


def _cut_off(text: str) -> bool:
    """``CUT_OFF.search(text)``, read from the text's end (issue 19): the pattern can only match at the end (or
    before a last newline, as ``$`` does), so the answer is whether the text, less that newline and one closing
    mark, ends in an ellipsis and blanks (``str.rstrip`` strips what ``\\s`` matches). The search tried the
    pattern at every character of every paragraph.

    >>> [_cut_off(t) for t in ("and so it went ...", "read on… »", "see [...]", "a… ))", "Wait... then go.")]
    [True, True, True, False, False]
    """
    for end in (len(text), len(text) - 1) if text.endswith("\n") else (len(text),):
        head = text[:end]
        if head and head[-1] in CUT_OFF_CLOSERS:
            head = head[:-1]
        if head.rstrip().endswith(("...", "…")):
            return True
    return False


MAX_TEASER_HEAD_LINES = 2  # the teaser's byline or post head, and a date line, between its title and its excerpt


PRINT_PAGE_BREAK = "print_page_break"  # ... for a print's page foot and running header (:func:`_print_breaks`)
EXCERPT_TEASER = "excerpt_teaser"  # the removed-span rule for another piece's teaser taken out under a part's text
MAIL_HEAD = "mail_head"  # ... for a message's header lines (From, To, Subject, Date): its sender and subject are read
NEXT_POST_DATE = "next_post_date"  # ... for the date line over a blog front page's next post (:func:`_undated_end`)


def _kept_lines(lines: list[str]) -> list[str]:
    """The lines holding text, stripped: what a removal records of a run of lines.

    >>> _kept_lines(["  Date: 3 May", "", "From: Ann"])
    ['Date: 3 May', 'From: Ann']
    """
    return [line.strip() for line in lines if line.strip()]


def _excerpt_teasers(lines: list[str]) -> list[tuple[int, int]]:
    """The first and last lines of each teaser for another piece under a page's text: a title, its byline or
    dated post head, one paragraph cut off with an ellipsis, and the "Read more" link under it if the boilerplate
    left it (an archive's older posts under the newest one whole, a "next article" box under the piece). Only under
    some sentences of text (``PART_MIN_WORDS`` words): a teaser list over the page's piece is read elsewhere
    (``_teasers_over``), and a page that is one excerpt keeps it.

    >>> body = "A first paragraph of the article itself, long enough to count as the article's own text here. " * 2
    >>> _excerpt_teasers([body, "", "Wormeries At Home", "By Ann Lee", "", "A worm bin under the sink " * 4 + "...",
    ...                   "", "Read more »", "", "© Site"])
    [(2, 7)]
    >>> _excerpt_teasers([body, "", "Wormeries At Home", "By Ann Lee", "", "A worm bin under the sink " * 4 + "...",
    ...                   "", "And here the piece goes on in a paragraph of its own."])
    []
    >>> _excerpt_teasers([body, "", "Wormeries At Home", "By Ann Lee", "", "A worm bin under the sink " * 4])
    []
    """
    nonblank = [i for i, line in enumerate(lines) if line.strip()]
    found: list[tuple[int, int]] = []
    for k, excerpt in enumerate(nonblank):
        text = lines[excerpt].strip()
        if k < 3 or not _cut_off(text) or len(text.split()) <= MAX_TITLE_WORDS:
            continue
        last = k + 1 if k + 1 < len(nonblank) and READ_MORE_LINE.match(lines[nonblank[k + 1]].strip()) else k
        if last + 1 < len(nonblank) and _is_text(lines[nonblank[last + 1]]):
            continue  # the paragraph trails off, and the piece goes on under it
        top = k - 1
        while top > 0 and k - 1 - top < MAX_TEASER_HEAD_LINES and (
                is_byline(head := lines[nonblank[top]].strip()) or _post_head(head) or is_date_line(head)):
            top -= 1
        title = lines[nonblank[top]].strip()
        if top == k - 1 or not may_be_title(title) or _is_text(title) or is_byline(title) or _post_head(title):
            continue  # (a teaser credits its writer or dates its post between its title and its excerpt)
        if sum(len(lines[j].split()) for j in nonblank[:top] if _is_text(lines[j])) >= PART_MIN_WORDS:
            found.append((nonblank[top], nonblank[last]))  # (under some sentences of the page's own)
    return found


FOLLOWER_COUNT = re.compile(r"^\d[\d.,]*\s*[KkMm]?\s+(?:followers?|subscribers?|fans)$", re.I)  # "1.2K Followers"


def _writer_box(parsed: Parsed) -> bool:
    """Whether the last part of a page split into pieces is the last piece's writer box: a byline ("Written by
    NAME") over the writer's follower count and a line or two about them, and no paragraph of a piece's length: a
    blog platform's box under the post, its tags read as a title.

    >>> _writer_box(Parsed(body=["312 Followers", "Translator. Writes about languages."], byline=Byline("Ann Lee")))
    True
    >>> _writer_box(Parsed(body=["Translator. Writes about languages."], byline=Byline("Ann Lee")))  # a short piece
    False
    >>> _writer_box(Parsed(body=["Every March I sow too early and every April I regret it, so this year I made "
    ...                          "rules for myself and wrote them on the shed door where I cannot miss them."],
    ...                    byline=Byline("Ann Lee")))
    False
    """
    said = [line for line in parsed.body if _is_text(line)]
    return (parsed.byline is not None and any(FOLLOWER_COUNT.match(line.strip()) for line in parsed.body)
            and sum(len(line.split()) for line in said) < PART_MIN_WORDS)


MAX_INTRO_WORDS = 60  # a host's or an editor's opening: a greeting and a sentence or two; more is an article
MAX_INTRO_PARAGRAPHS = 2  # ... in a paragraph or two: three short ones are a piece's points ("Water at dawn. ...")
# ... or a few more words where the issue's contents list stands under the note ("IN THIS ISSUE" over the pieces'
# titles): the note that lists the pieces below is theirs, as newsletters on most parts print it (a greeting and a
# paragraph on what this issue holds; holdout30 gd04's ran to 69 words)
MAX_CONTENTS_INTRO_WORDS = 100


def _introduces(parsed: Parsed) -> bool:
    """Whether the first part of a page split into pieces only introduces them: nobody signs it (no byline, no
    sign-off, no bio or profile) and its text is a few sentences at most: a newsletter's greeting and contents under
    the mail's header, a reading list's "two pieces this week", a host's "over to her!" above a guest post. Its
    lines are the first piece's chrome, not an article of their own.

    >>> _introduces(Parsed(body=["Hello friends,", "", "Two articles this week.", "", "IN THIS ISSUE", "* SLEEP"]))
    True
    >>> _introduces(Parsed(body=["In this issue: Pruning plums in the snow • Why I gave up on netting • A soup for "
    ...                          "the hut • Dates for the diary", "", "Hello all,", "", "A wet start to the year. "
    ...                          "Thank you to everyone who came to the work morning; we cleared the whole top path "
    ...                          "and ate all the cake before eleven, which must be a record.", "", "Cheers, Ola"]))
    True
    >>> chat = "Spring is here and the swap meet is near, so this issue is short and sweet for once. " * 4
    >>> _introduces(Parsed(body=["Hi all,", "", chat, "", "IN THIS ISSUE", "1. Ten Seeds To Sow"]))
    True
    >>> _introduces(Parsed(body=["Hi all,", "", chat]))  # (no contents: a short piece of its own)
    False
    >>> _introduces(Parsed(body=["A short news item."], byline=Byline("Ann Lee")))
    False
    >>> _introduces(Parsed(body=["This is Findly's snapshot of http://a.example/p. It is a copy of the page as it "
    ...                          "appeared on 3 May 2020 10:00:00 GMT. The page may have changed since then; see the "
    ...                          "current page for what it says now. " * 2, "", "Ann's Kitchen", "Home | Knives"]))
    True
    >>> hello = ["Hello all,", "", "Autumn at last, and two pieces for you this month, plus the usual list of deals "
    ...          "and a reminder that the meet-up moves to the library this time round.", ""]
    >>> _introduces(Parsed(body=hello + ["REPRINTS", "Club newsletters may reprint any article in this issue free "
    ...                                  "of charge, provided it runs unedited with the writer's byline and bio. This "
    ...                                  "is for print only: please do not post our articles on websites."]))
    True
    """
    if parsed.byline or parsed.signed and not _issue_signer(parsed) or parsed.bio or parsed.profile or (
            parsed.column or parsed.introduced):
        return False
    # a paragraph is a block between blank lines (an e-mail wraps one over several lines); the masthead and the
    # contents are no paragraphs: no line of them is a sentence; nor is the head of the mail the issue came in
    # ("From: NAME <address>", "Subject: ...": its fields, however the lines were joined)
    blocks = [list(group) for blank, group in itertools.groupby(parsed.body, lambda x: not x.strip()) if not blank]
    said = [block for block in blocks if any(_is_text(line) for line in block)
            and not MAIL_HEADER.match(block[0].strip())
            and not CONTENTS_HEAD.match(block[0].strip())  # ("In this issue: A · B · C", however many entries)
            and not CACHE_BANNER.match(block[0].strip())  # (nor a cache service's banner over its copy of the page)
            and not lic.find_statements(" ".join(block))]  # (nor is the issue's reprint notice: its terms)
    contents = any(CONTENTS_HEAD.match(line.strip()) for line in [*parsed.body, *parsed.footer])  # (its trailer
    # may have read the contents, boxed in rules at the part's foot)
    return len(said) <= MAX_INTRO_PARAGRAPHS and sum(len(line.split()) for b in said for line in b) <= (
        MAX_CONTENTS_INTRO_WORDS if contents else MAX_INTRO_WORDS)


# a search engine's or a cache service's banner over its copy of a page ("This is Seekly's cache of URL. It is a
# snapshot of the page as it appeared on DATE.", "This is a cached version of URL"): the service's words, never the
# page's (seen on holdout17's, holdout27's and holdout28's cached copies)
CACHE_BANNER = re.compile(r"^this\s+is\s+(?:a\s+cached\s+(?:version|copy)|\S+(?:\s+\S+){0,2}?['’]s?\s+"
                          r"(?:cache|cached\s+(?:version|copy)|snapshot))\s+of\s+\S", re.I)


# the issue's own editor, as a note's signature names the role ("-- NAME, editor", "NAME, Editorin"): in any language
EDITOR_ROLES = folded("editor_role")  # (the words: languages.py, 'editor_role')


def _issue_signer(parsed: Parsed) -> bool:
    """Whether a short opening note is signed as the issue's own word: its signature gives the editor's role, or
    its text opens by greeting the issue's readers ("Hello again, growers."). Such a note introduces the pieces
    under it (:func:`_introduces`), though a name stands under it; a chair's or a member's signed note is a piece.

    >>> _issue_signer(Parsed(body=["Two guest writers this month."], signed=Byline("Ann Lee", "editor")))
    True
    >>> _issue_signer(Parsed(body=["Hi growers! The frost has gone."], signed=Byline("Ann Lee")))
    True
    >>> _issue_signer(Parsed(body=["The hut roof is mended at last."], signed=Byline("Ann Lee", "Chair")))
    False
    """
    signed = parsed.signed
    if signed is None:
        return False
    role = re.findall(r"[^\W\d_][\w-]*", (signed.credentials or "").casefold())
    if any(word in EDITOR_ROLES for word in role):
        return True
    opening = next((line.strip() for line in parsed.body if line.strip()), "")
    return ISSUE_GREETING.match(opening) is not None


def _boxed_note(item: Parsed) -> bool:
    """Whether the first item of an issue, standing under a rule like the pieces below it, is the editor's note
    that opens the issue (:func:`_introduces`): a heading over a paragraph or two that nobody signs. A lone heading
    is no item at all.

    >>> _boxed_note(Parsed(body=["Spring is here, and so are your letters.", "Two pieces on money this month."],
    ...                    title="EDITOR'S NOTE"))
    True
    >>> _boxed_note(Parsed(body=["Performance Prompts"], title="Performance Prompts"))
    False
    """
    return ((item.title is not None or _boxed_label(item.body)) and any(_is_text(line) for line in item.body)
            and _introduces(item))


MAX_EDITORS_NOTE_WORDS = 2 * MAX_INTRO_WORDS  # an editor's own note, signed as the issue's: a longer greeting


def _editors_note(item: Parsed) -> bool:
    """Whether an issue's first boxed item, under its head, is the note that opens the issue: an unsigned note
    (:func:`_boxed_note`), or one that greets the issue's readers or is signed with the editor's role
    (:func:`_issue_signer`), in a paragraph or two of a few sentences more; never an item under a byline.

    >>> hello = "Hello again, readers, and welcome to the new ones. " * 4
    >>> _editors_note(Parsed(body=["1. A NOTE FROM ANN", "-----", hello], signed=Byline("Ann")))
    True
    >>> _editors_note(Parsed(body=["1. A NOTE FROM ANN", "-----", hello * 4], signed=Byline("Ann")))
    False
    """
    if _boxed_note(item):
        return True
    blocks = [list(b) for blank, b in itertools.groupby(item.body, lambda x: not x.strip()) if not blank]
    said = [" ".join(block) for block in blocks if any(_is_text(line) for line in block)]
    greets = any(ISSUE_GREETING.match(line.strip()) for line in [x for x in item.body if x.strip()][
        :MAX_BOX_HEAD_LINES + 1])  # (its opening line under its boxed label and rule)
    return ((item.title is not None or _boxed_label(item.body)) and (greets or _issue_signer(item))
            and not item.byline and not item.bio and len(said) <= MAX_INTRO_PARAGRAPHS
            and sum(len(b.split()) for b in said) <= MAX_EDITORS_NOTE_WORDS)


def _boxed_label(body: list[str]) -> bool:
    """Whether a part opens with its section's label boxed by a rule line under it, the label read as no title
    (numbered like the contents: "1. A WORD FROM THE EDITOR" / "-----"): the label heads the item as a title would.

    >>> _boxed_label(["1. A NOTE FROM ANN", "-" * 20, "", "Hello all,"]), _boxed_label(["Hello all,", "-" * 20])
    (True, False)
    """
    said = [line.strip() for line in body if line.strip()]
    return (len(said) > 1 and RULE_LINE.match(said[1]) is not None and not RULE_LINE.match(said[0])
            and may_be_title(_unnumbered(said[0])) and not _is_text(said[0]))


# Source formats whose records are pages by their origin: markup a browser renders, around whatever the article is.
MARKUP_FORMATS = frozenset({"html", "warc"})
# Lines of page furniture read or boilerplate must have removed for a record to show a page: one alone (a share row,
# a "Print" or "Read more" link, a "Leave a comment" prompt) stands as well under an article mailed, pasted or
# syndicated on its own, with no page's header or byline block around it (a reviewer's round 28).
MIN_FURNITURE_LINES = 2
FURNITURE_TOP_REACH = 12  # a page's own furniture stands among its first lines: a skip link, a menu, a cookie notice


def _furniture_on_top(text: str) -> bool:
    """Whether a record's first lines show a page's furniture the rules may leave in its text: a skip link or a menu
    (``is_nav_line``), a cookie notice (``is_consent_banner``), account controls ("Sign in"), none of which a
    mailed or pasted article carries.

    >>> _furniture_on_top("Skip to main content\\nCouncil\\n\\nStaying warm")
    True
    >>> _furniture_on_top("Staying warm\\n\\nText.")
    False
    """
    lines = [line.strip() for line in text.split("\n", FURNITURE_TOP_REACH * 4)[:FURNITURE_TOP_REACH * 4]
             if line.strip()][:FURNITURE_TOP_REACH]
    return any(is_nav_line(line) or is_consent_banner(line) or is_account_control(line) for line in lines)


def shows_page(article: Article, chrome: list[str] | None = None, footer: list[str] | None = None) -> bool:
    """Whether the record carries evidence that it is a whole page, not an article's bare body: it came as markup
    (``MARKUP_FORMATS``), read or boilerplate removed page furniture from it (``Article.removed``: menus, share rows,
    markup outside the main text, a blog's footer; ``MIN_FURNITURE_LINES`` lines at least, or one under a page's
    own furniture left on top, :func:`_furniture_on_top`), or the rules set lines
    aside as the site's header or the page's footer (``chrome``, ``footer``). ``page-fallback``'s gate
    (``SegmentConfig.line_roles``): measured in round 28, the learned fallback's fills on the 1,166 real texts stand
    mostly on bodies that show none of these, where its title is a lead sentence, a caption or a subheading and its
    author a quoted person.

    >>> from pipeline.records import Source
    >>> body = Article(id="0" * 64, source=Source(path="x.jsonl", sha256="ab" * 32, size=9, format="jsonl"), text="x")
    >>> shows_page(body)
    False
    >>> body.removed["share_links"] = 1  # one share row: an article passed on may carry it too
    >>> shows_page(body)
    False
    >>> body.removed["site_nav"] = 1  # and a menu: a page's furniture
    >>> shows_page(body)
    True
    >>> body.removed.clear()
    >>> shows_page(body, chrome=["Home | Recipes | Shop"])
    True
    """
    removed = sum(article.removed.values())
    return (article.source.format in MARKUP_FORMATS or removed >= MIN_FURNITURE_LINES
            or bool(removed) and _furniture_on_top(article.text) or bool(chrome) or bool(footer))


def _learned_roles(article: Article, lines: list[str], record: Article | None, mode: str,
                   sink: list[tuple[int, list[roles.Candidate], list[roles.Candidate]]] | None, part: int,
                   chrome: list[str] | None = None, footer: list[str] | None = None) -> None:
    """Let the learned model (``text/line_roles.py``) choose the article's author and title among every candidate
    of its lines and the page's markup (``record``: part 0's markup fields).

    ``mode`` "model": the model alone answers, in place of the rules; "arbiter": the model answers knowing which
    candidate the rules chose; "fallback": the rules' answers stand, and the model alone answers where they found
    none, when its best candidate reaches ``FALLBACK_THRESHOLD`` (the candidates are built only then);
    "author-fallback": the same for the author only; "title": the same for the title only (the rules' authors stand:
    on unread hands the model's authors moved both ways, its titles where the rules found none one way);
    "page-fallback": "fallback" on a record that shows it is a page (:func:`shows_page`), nothing on a bare body (the
    default is "off": ``SegmentConfig.line_roles``).
    ``chrome``: the lines the rules read as the site's header, where a fallback never finds the title; ``footer``:
    the lines they read as the page's footer.
    """
    markup_author, markup_title = (record.author, record.title) if record is not None else (None, None)
    arbiter = mode == "arbiter" or sink is not None  # the sink's candidates carry the rules' mark for the bench
    if sink is not None:
        sink.append((part, roles.author_candidates(lines, markup_author, article.author, arbiter),
                     roles.title_candidates(lines, markup_title, article.title, arbiter)))
    if mode == "off":
        return
    if mode == "page-fallback":
        if not shows_page(article, chrome, footer):
            return  # a bare body: no header or byline block to find, the model would fill from a lead or a quote
        mode = "fallback"
    fallback = mode in ("fallback", "author-fallback", "title")
    table = "model" if fallback else mode
    if mode != "title" and (article.author is None or not fallback):
        bias, threshold, weights = roles_table.AUTHOR[table]
        # a fallback names only a person standing where pages credit writers (``line_roles.may_name``): it speaks
        # where the rules found nobody, often on pages that name nobody, where any name it gave would be wrong
        candidates = roles.author_candidates(lines, markup_author, article.author, mode == "arbiter", fallback,
                                             article.title, article.language, frozenset(chrome or ()))
        author, _ = roles.choose(candidates, weights, bias,
                                 roles_table.FALLBACK_THRESHOLD["author"] if fallback else threshold)
        if author != article.author:
            article.author, article.author_credentials = author, None
    if mode != "author-fallback" and (article.title is None or not fallback):
        bias, threshold, weights = roles_table.TITLE[table]
        candidates = roles.title_candidates(lines, markup_title, article.title, mode == "arbiter", fallback,
                                            frozenset(chrome or ()))
        article.title, _ = roles.choose(candidates, weights, bias,
                                        roles_table.FALLBACK_THRESHOLD["title"] if fallback else threshold)


# An issue's head naming the issue itself ("any article in this issue", "everything in this newsletter").
NAMES_ISSUE = re.compile(r"\b(?:this|the|our)\s+(?:issue|newsletter|e-?zine|bulletin|digest|mailing)\b", re.I)


def _issue_head_grants(parsed: Parsed) -> list[lic.Statement]:
    """The grants in an issue's head (its masthead, its editor's note) that name the issue and speak for every
    article in it ("REPRINT RIGHTS: you are free to reprint any article in this issue ..."), for a page read as one
    article: the grant is that article's too. A grant that names no issue may be a site's and stays out."""
    return [s for line in parsed.chrome if NAMES_ISSUE.search(line) and lic.covers_issue(line)
            for s in lic.find_statements(line) if s.kind in lic.GRANT_KINDS]


def _issue_statements(readings: list[Parsed], markup: lic.Statement | None = None,
                      page_wide: bool = False, page: str = "") -> list[lic.Statement]:
    """The statements of a page carrying several articles that speak for all of them: one worded for the whole
    issue ("the articles in this issue may be used ...", "All articles © their authors", anywhere on the page or in
    the footer extraction trimmed, ``markup``), and the copyright line at the page's foot that reserves rights in
    words when it is not the last article's author's ("(c) 2008 Greenhill Road Allotment Association. All rights
    reserved.")."""
    # the issue's head (masthead, contents, a notice for every item) is the first part's chrome: read it too
    head = [s for line in _unwrapped(readings[0].chrome) if lic.covers_issue(line)  # (a notice hard-wrapped over
            for s in lic.find_statements(line) if s.kind in (*lic.GRANT_KINDS, "copyright")]  # lines read whole)
    wide = head + [s for n, parsed in enumerate(readings) for s in parsed.statements  # (the words of scope may
                   if s.kind in (*lic.GRANT_KINDS, "copyright")  # stand before the sign on its line: "All words and
                   and (lic.covers_issue(s.text) or page and lic.covers_issue(_line_of(page, s.text)))  # pictures ©")
                   # a policy for a kind of piece ("Guest posts on X remain their writers' copyright") inside a piece
                   # above the page's foot: that piece's own note (its guest's bio), never the other pieces'
                   and not (n < len(readings) - 1 and lic.names_a_kind(s.text))]
    # a blog archive's licence in its sidebar or page footer, under the last post's "Posted by" line: the blog's own,
    # it speaks for every post the page carries, as a licence in the markup's footer does (PAGE_WIDE_LICENCE)
    wide += [s for s in readings[-1].below_footer if s.kind in lic.GRANT_KINDS and s not in wide]
    if markup is not None and markup.kind != "permission" and (page_wide or lic.covers_issue(markup.text) or (
            markup.kind == "copyright" and markup.holder and not is_person_name(markup.holder)
            and (lic.RESERVED.search(markup.text) or lic.refuses(markup.text)))):
        wide.append(markup)  # (the page's own copyright line, reserving rights in words, speaks for every article)
    last = readings[-1]
    author = resolve_author(Parsed(body=[], byline=last.byline, bio=last.bio, signed=last.signed))[0]
    # (the issue's own footer under the last piece, "Copyright (c) 2007 The Ezine. All rights reserved.", too, read
    # as the last piece's footer or as the chrome under its ruled foot)
    foot = _unwrapped(last.footer + last.chrome)  # (a notice wrapped at its line's end read whole)
    for s in [*last.statements, *(s for line in foot for s in lic.find_statements(line))]:
        line = _line_of(page, s.text) if page else s.text  # ("© Paper AS. No part may be reproduced ...": the words
        if s.kind != "copyright" or s in wide or not _reproduction_words(line):  # after it, in any language)
            continue  # a bare "© 2019 Site" at the foot is the site's mark, not a word about every article
        if s.holder is None and lic.THIS_ARTICLE.search(_paragraph_of(page, s.text) if page else line):
            continue  # "This article may not be reproduced without the author's permission": the last piece's own
            # (so is a line in a box speaking of "this article": "After that date please contact the author")
        if any(p.kind == "permission" for p in lic.find_statements(line)):
            continue  # "Excerpted from BOOK. © NAME. Used with permission of PUBLISHER": the borrowed piece's credit,
            # its own line (SPEC: a licence or permission given to a part, a quoted excerpt, covers only that part;
            # "...; cartoons used with permission" credits the pictures, no permission: the reservation stands)
        if s.holder is None or (s.holder.casefold() != author.casefold() if author else not is_person_name(s.holder)):
            wide.append(s)  # the newsletter's, a club's or a company's line, not the last author's own
    return wide


def _unwrapped(lines: list[str]) -> list[str]:
    """``lines`` with each sentence hard-wrapped over a few of them read joined (:func:`_joined_lines`): a line that
    ends unpunctuated runs on into the next when that one opens in lower case ("Copyright (c) 2007 The Ezine. All
    rights" / "reserved. You may forward it."), so a notice split at its line end is read whole.

    >>> _unwrapped(["Copyright 2007 The Ezine. All rights", "reserved. Forward it.", "To unsubscribe, reply."])
    ['Copyright 2007 The Ezine. All rights reserved. Forward it.', 'To unsubscribe, reply.']
    """
    out: list[str] = []
    run_on = False
    for line in lines:
        text = line.strip()
        if run_on and text[:1].islower() and len(out[-1]) < WRAPPED_NOTICE_LINES * MAX_WRAPPED_LINE:
            out[-1] = _joined_lines([out[-1], text], 0, 1)
        else:
            out.append(text)
        run_on = bool(text) and text[-1:] not in ".!?:;"
    return out


MAX_WRAPPED_LINE = 100  # a hard-wrapped line's usual width at most: a notice joined from a few stays short


# a quoted title in a sentence ("...", “...”, „...“, «...»), and a run of them joined by commas or "and" / "&"
GRANT_QUOTE = r"[\"“„«][^\"“”„«»\n]{3,160}?[\"”“»]"
QUOTED_RUN = re.compile(rf"{GRANT_QUOTE}(?:(?:,\s*|\s+)(?:(?:{AND_WORDS})\s+)?{GRANT_QUOTE})*")


def _title_key(text: str) -> str:
    """A title as compared with a quoted one: its letters and digits, case-folded."""
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def _named_grant(paragraph: str, keys: dict[str, int]) -> tuple[list[int], list[lic.Statement]] | None:
    """The articles a grant names by their quoted titles, and the grant, read as if it said "this article": "you may
    reprint "TITLE A" and "TITLE B" as long as each stays whole" grants those two, never the issue's other items.
    ``keys``: each article's title key (:func:`_title_key`) -> its index. ``None`` when the paragraph names none or
    grants nothing.

    >>> _named_grant('You may reprint "Leeks In Pots" and "Dry Beans" in your newsletter, as long as each article '
    ...              'stays whole with its bio.', {"leeksinpots": 0, "drybeans": 2, "mailbag": 1})[0]
    [0, 2]
    >>> _named_grant('Our favourite piece was "Leeks In Pots", so do read it again.', {"leeksinpots": 0}) is None
    True
    """
    named: list[int] = []

    def as_work(m: re.Match[str]) -> str:
        found = [keys[k] for q in re.findall(GRANT_QUOTE, m.group()) if (k := _title_key(q)) in keys]
        named.extend(found)
        return "this article" if found else m.group()

    said = QUOTED_RUN.sub(as_work, paragraph)
    if not named:
        return None
    grants = [st for st in lic.find_statements(said) if st.kind in lic.GRANT_KINDS]
    return (sorted(set(named)), grants) if grants else None


def _hand_off_named_grants(articles: list[Article], page: str) -> None:
    """Give a grant that names some of the page's articles by their quoted titles (an issue's reprint note under its
    items) to those articles, where they state nothing of their own; the others keep what they have (a grant
    scoped to named items never widens: a wrong grant is worse than none)."""
    keys = {_title_key(a.title): n for n, a in enumerate(articles) if a.title and len(_title_key(a.title)) >= 6}
    if len(keys) < 2 or not any(ch in page for ch in "\"“„«"):
        return
    for paragraph in re.split(r"\n\s*\n", page):
        if not QUOTED_RUN.search(paragraph):
            continue
        found = _named_grant(" ".join(paragraph.split()), keys)
        if found is None:
            continue
        for n in found[0]:
            article = articles[n]
            if article.licence is None or article.licence.tag == lic.NOASSERTION:
                article.licence = lic.combine(found[1])


def _undated_end(lines: list[str], lo: int, hi: int) -> int:
    """Where a piece of a blog's front page ends when the next post's heading starts at ``hi``: above the date line
    standing over that heading (Blogger's date header, "Wednesday, 6 January 2021"), which is the next post's.

    >>> _undated_end(["Title", "Text.", "", "Wednesday, 6 January 2021", "", "Next Title"], 0, 5)
    3
    >>> _undated_end(["Title", "Text.", "", "Next Title"], 0, 3)
    3
    """
    last = next((i for i in range(hi - 1, lo, -1) if lines[i].strip()), None)
    return last if last is not None and is_date_line(lines[last].strip()) else hi


def _hand_back_writers_marks(articles: list[Article], last: Parsed) -> None:
    """Give a bare copyright line at the foot of a page of several articles (read into the last article's lines or
    its footer; no reservation in words) to the earlier article its holder wrote, where that article states nothing
    of its own: a newsletter post's "© 2024 NAME" under a guest's section names the post's writer (SPEC: a ©
    naming the article's author reserves its rights), not the guest, and not the issue."""
    if len(articles) < 2:
        return
    marks = [s for s in last.statements if s.kind == "copyright"] + [
        s for line in last.footer for s in lic.find_statements(line) if s.kind == "copyright"]
    final = articles[-1]
    for mark in marks:
        if not mark.holder or not is_person_name(mark.holder) or lic.RESERVED.search(mark.text) or lic.refuses(
                mark.text):
            continue  # a reservation in words speaks for the issue (_issue_statements), not for one writer
        holder = normalise_case(mark.holder).casefold()
        owner = next((a for a in articles[:-1] if a.author and a.author.casefold() == holder), None)
        if owner is None or (final.author or "").casefold() == holder:
            continue
        if owner.licence is None or owner.licence.tag == lic.NOASSERTION:
            owner.licence = lic.combine([mark])
        if final.licence is not None and final.licence.statement == mark.text:
            final.licence = lic.combine([])  # the mark names the earlier writer, not the last article's


def _with_own_leave(statements: list[lic.Statement], text: str) -> list[lic.Statement]:
    """``statements`` and, where one of them grants, what the piece's own text says of the leave it is carried by,
    in words not read as a statement (:func:`licence.own_leave`): its own terms, which outrank a newsletter's or a
    site's grant (SPEC: "reproduced with permission" under an "except where otherwise noted" CC line is
    used-with-permission; an article's own reservation outranks the site's licence).

    >>> cc = lic.find_cc("Material here is CC BY 4.0.")
    >>> [s.tag for s in _with_own_leave([cc], "Tips.\\nAthfhoilsithe le cead an scríbhneoir.")]
    ['LicenseRef-used-with-permission']
    >>> [s.tag for s in _with_own_leave([cc], "Tips.\\nNí féidir é a athfhoilsiú ach le cead.")]
    ['LicenseRef-all-rights-reserved']
    >>> [s.kind for s in _with_own_leave([cc], "Tips.")], _with_own_leave([], "Athfhoilsithe le cead an scríbhneoir.")
    (['cc'], [])
    """
    if not any(s.kind in lic.GRANT_KINDS for s in statements) or (leave := lic.own_leave(text)) is None:
        return statements
    return [*(s for s in statements if s.kind not in lic.GRANT_KINDS), leave]  # (the narrower wins: SPEC)


# A date line near a post that is not the day it came out: an edit's stamp ("Updated: March 2021", "Last modified
# 4/5/22", "Reviewed on ..."), which dates a later change, and a neighbouring post's link in the footer ("Older post:
# TITLE" over "March 2, 2018", or with it on one line), whose date is that post's.
EDIT_STAMP = re.compile(r"\W*(?:last\s+)?(?:updated|modified|revised|reviewed|edited|changed|aktualisiert"
                        r"|ge(?:ä|ae)ndert|mis\s+à\s+jour|actualizado|aggiornato|bijgewerkt)\b", re.I)
NEIGHBOUR_POST = re.compile(r"\W*(?:older|newer|previous|prev|next|earlier|later)(?:\s+(?:posts?|entry|entries"
                            r"|articles?|stor(?:y|ies))\b|\s*:)", re.I)


def _posted_on(parsed: Parsed) -> datetime.date | None:
    """The day a post was published as its own lines date it: the first date line over its title (Blogger's date
    header "Tuesday, March 3, 2020", a bare "3 March 2020") or a dated post head or footer ("Posted on 3 May 2021 by
    NAME"), else ``None``. A sidebar's archive ("> 2020 (14)") and a date in the text are no post's date.

    >>> _posted_on(Parsed(body=[], chrome=["My Blog", "Monday, December 2, 2019"]))
    datetime.date(2019, 12, 2)
    >>> _posted_on(Parsed(body=["In May 2019 we moved."], chrome=["My Blog"], footer=["> 2019 (31)"])) is None
    True
    >>> _posted_on(Parsed(body=[], chrome=["Updated: May 2023", "4 March 2019"]))  # an edit's stamp: not the day
    datetime.date(2019, 3, 4)
    >>> _posted_on(Parsed(body=[], chrome=["My Blog"], footer=["Newer post: Pea Soup", "June 1, 2020"])) is None
    True
    """
    lines = [*parsed.chrome, *parsed.footer]
    for n, line in enumerate(lines):
        text = line.strip()
        if EDIT_STAMP.match(text) or NEIGHBOUR_POST.match(text) or n and NEIGHBOUR_POST.match(lines[n - 1]):
            continue  # a later edit's date, or the neighbouring post's
        if (is_date_line(text) or _post_head(text)) and (span := lic.day_span(text)) is not None:
            return span[0]
    return None


def _hand_off_issue_licence(articles: list[Article], readings: list[Parsed], markup: lic.Statement | None,
                            page_wide: bool = False, page: str = "", posted: list[datetime.date | None] | None = None,
                            ) -> None:
    """Give an issue-wide statement (:func:`_issue_statements`) to each article of the page that states nothing of
    its own; an article's own statement is never widened. ``page_wide``: the markup's licence stands outside every
    post of the page (PAGE_WIDE_LICENCE). ``posted``: each article's publishing day (:func:`_posted_on`), for a
    licence keyed to dates (a blog's "posts before 2020 are CC BY": :func:`licence.for_post_dated`)."""
    if len(readings) < 2:
        wide = _issue_head_grants(readings[0]) if readings else []
    else:
        wide = _issue_statements(readings, markup, page_wide, page)
    # the page's markup line (the publisher's footer ©) read as the first article's licence is one of the issue's
    # own statements when it speaks for every article: that article states nothing of its own, as the others
    mark = markup.text if markup is not None and any(s is markup for s in wide) else None
    for n, article in enumerate(articles if wide else ()):
        if article.licence is None or article.licence.tag == lic.NOASSERTION or (
                mark is not None and article.licence.statement == mark):
            keyed = lic.for_post_dated(wide, posted[n] if posted else None)
            keyed = lic.without_ended(keyed, posted[n] if posted else None, lambda st: _sentence_of(page, st.text))
            article.licence = lic.combine(_with_own_leave(keyed, article.text))
            if lic.attribution_missing(article.licence, article.author, article.author_bio):
                article.add_flag(FLAG_ATTRIBUTION_MISSING)
    if len(readings) > 1:
        _hand_back_writers_marks(articles, readings[-1])  # (after the issue's own words: they cover all)


def run(records: Iterable[Record], config: SegmentConfig, stats: StageStats) -> Iterator[Record]:
    """Split every article record into its articles and set their attribution and licence fields."""
    for record in records:
        if not isinstance(record, Article):
            yield record
            continue
        parts, teasers = segment_record(record, config)
        if not parts and teasers:
            stats.drop(record, "teasers_only", detail="every post cut short at its jump break (\"Read more\"), or "
                       "the page's piece gone (a soft 404, a removed post)")
            continue
        if not parts:
            stats.drop(record, "no_article_body", detail="nothing but title, byline, bio and licence lines")
            continue
        if len(parts) > 1:
            stats.count("pages_split")
            stats.count("articles_from_split", len(parts))
        stats.count("duplicate_teaser", len(teasers))
        for article in parts:
            for name, value in (("title", article.title), ("author", article.author),
                                ("author_bio", article.author_bio), ("signoff", article.signoff)):
                stats.count(f"with_{name}", int(value is not None))
            stats.count(f"licence_{article.licence.tag}")
            stats.count("attribution_missing", int(FLAG_ATTRIBUTION_MISSING in article.flags))
            yield article


STAGE = StageKind(NAME, per_document=True, run=run)  # each page is segmented on its own
