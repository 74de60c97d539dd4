"""Learned line roles (issue 16): which name on a page is its author, which line its title.

Hand rules for titles and authors fitted the pages they were written against and moved the next hand's pages
little. This module states the question the other way round: enumerate every **candidate** by general shape tests
(a name span of 1-5 capitalised tokens in a short line of the article's head or tail, in a bio box, in the
markup's author field; a short line of the head, or the markup's title), describe each by **features** (where it
stands, the words just before and after it, the line's length, case and punctuation, whether the name recurs on
the page, what the neighbour lines look like), and let a logistic model trained on the labelled real-shaped pages
(``bench/train_line_roles.py``) score them. The weights are a table (``line_roles_table.py``), the inference here
is pure Python: a sum of the weights of a candidate's features.

No feature names one page's layout: a feature is a word next to the span ("prev=by"), a position bucket
("hpos=0"), a shape ("words=2", "end=."), or the verdict of one of the generic predicates of ``attribution``
(``is_byline``, ``is_date_line``, ``looks_like_title``, ...). ``rules=1`` marks the candidate today's rules chose:
present only when the model arbitrates over the rules (``arbiter=True``), never for the model alone.
"""

from __future__ import annotations

import functools
import math
import re
import unicodedata
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass

import regex

from . import licence as lic
from .attribution import (
    HONORIFICS,
    HOST_CREDIT,
    JOB_WORDS,
    MIN_COMMON_WORD_LETTERS,
    NAME_PARTICLES,
    NAME_TOKEN,
    NOT_A_LABEL,
    NOT_A_PERSON,
    NOT_WRITING,
    POSTED_BY_ABROAD,
    POSTNOMINAL,
    ROLE_WORDS,
    SMALL_WORDS,
    WRITING,
    bio_start,
    clean_title,
    credited_org,
    is_byline,
    is_meta_line,
    is_nav_line,
    is_person_name,
    is_prose,
    looks_like_title,
    may_be_title,
    name_line,
    normalise_case,
    parse_byline,
)
from .dates import YEAR, is_date_line

HEAD_LINES = 10  # the article's head: its first nonblank lines (site header, title, dek, byline, date)
TAIL_LINES = 10  # its tail: the last nonblank lines (sign-off, bio box, copyright, footer)
MAX_SHORT_WORDS = 14  # a line this short may be a byline, a signature or a name line: every span in it counts
LONG_LINE_LEAD = 6  # in a longer line (a bio sentence, a copyright notice) only spans within its first tokens count
MAX_SPAN = 5  # tokens in a name span, particles included ("María de los Ángeles Vega")
MAX_TITLE_CANDIDATE_WORDS = 25
TITLE_LINES = 25  # title candidates: the first nonblank lines (an aggregator's teasers may stand over the article)
# a list number or an issue's item label before a title ("2. EMAIL BEFORE BREAKFAST?", "ARTICLE 1: ...") and a
# Q&A page's "Q:": the title is what follows
TITLE_LABEL = re.compile(
    r"^(?:\d{1,2}[.)]|(?:article|item|story|feature)\s+\d{1,2}\s*[:.)-]|q(?:uestion)?\s*[:.])\s+(?=\S)", re.I)
EDGE = ".,;:!?()[]{}\"'“”‘’«»|·•*_"  # stripped off a token's ends before it is tested as a name word
DASHES = frozenset("-–—|·•/:»>")
TIME = re.compile(r"\b\d{1,2}[:.]\d\d\b")
COPYRIGHT = re.compile(r"©|\(c\)|\bcopyright\b", re.I)
LATIN = regex.compile(r"\p{Latin}")
# bounded: an unbounded local part rescans a 1 MB word from every position (quadratic; the fuzz corpus has one)
EMAIL_LOCAL = re.compile(r"([\w.+-]{1,64})@[\w-]{1,63}(?:\.[\w-]{1,63})+")


@dataclass(frozen=True, slots=True)
class Candidate:
    """One answer the model may give (the name or title as tipline writes it) and the features describing it."""

    value: str
    features: tuple[str, ...]


def _bucket(n: int, edges: Sequence[int]) -> str:
    """The first edge ``n`` does not exceed, else the last edge with a plus.

    >>> _bucket(3, (1, 2, 4, 8)), _bucket(9, (1, 2, 4, 8))
    ('4', '8+')
    """
    for edge in edges:
        if n <= edge:
            return str(edge)
    return f"{edges[-1]}+"


def _word(token: str) -> str:
    """A neighbouring token as a feature: lower case, digits as ``#``, punctuation kept when it is all there is.

    >>> _word("By"), _word("2019,"), _word("—"), _word("(Guest)")
    ('by', '#', '—', 'guest')
    """
    core = token.strip(EDGE)
    if not core:
        return token[:1]
    if any(ch.isdigit() for ch in core):
        return "#"
    return core.lower()


# What a name word written with a lower-case first letter opens with (``attribution._PREFIX``, Georgian): any other
# lower-case word is no name word, told without the full pattern (most words of a line are such words)
LOWER_NAME_OPENING = regex.compile(r"(?:[dl]|dell|al|el|ad|an|ar|as|ash|at|az|ibn|bin|ben)['’-]|\p{Script=Georgian}")


def _is_name_word(token: str) -> bool:
    first = token[:1]
    if not first.isalpha() or first.islower() and not LOWER_NAME_OPENING.match(token):
        return False
    return bool(NAME_TOKEN.fullmatch(token))


def _runs(tokens: list[str]) -> Iterable[tuple[int, int]]:
    """Maximal runs of name words (particles inside), cut at punctuation: token index ranges ``[a, b)``."""
    start = None
    for k, raw in enumerate(tokens):
        core = raw.strip(EDGE)
        word_ok = bool(core) and (_is_name_word(core) or (start is not None and core.lower() in NAME_PARTICLES))
        opens = raw[:1] in "([{\"“‘«"
        if word_ok and opens and start is not None:
            yield start, k
            start = None
        if not word_ok:
            if start is not None:
                yield start, k
            start = None
            continue
        if start is None:
            start = k
        if raw[-1:] in ",;:!?)]}\"”’»|" or (raw.endswith(".") and len(core) > 2):  # the span may end here, no further
            yield start, k + 1
            start = None
    if start is not None:
        yield start, len(tokens)


def name_spans(line: str, lead: int | None = None) -> list[tuple[int, int, str]]:
    """Every span of 1-5 tokens inside a run of capitalised words (not opening or closing on a particle) and the
    name it gives (edges stripped, capitals normalised), as ``(a, b, name)``; ``lead``: spans starting within the
    line's first ``lead`` tokens only.

    >>> [s[2] for s in name_spans("By ANA DE LA CRUZ") if s[0] == 1]
    ['Ana', 'Ana de la Cruz']
    >>> sorted({s[2] for s in name_spans("Posted by Zoé Lefèvre at 10:42 PM")})
    ['Lefèvre', 'Pm', 'Posted', 'Zoé', 'Zoé Lefèvre']
    """
    tokens = line.split()
    out = []
    for a, b in _runs(tokens):
        for i in range(a, b):
            if lead is not None and i >= lead:
                break
            if tokens[i].strip(EDGE).lower() in NAME_PARTICLES:
                continue
            for j in range(i + 1, min(b, i + MAX_SPAN) + 1):
                last = tokens[j - 1].strip(EDGE)
                if last.lower() in NAME_PARTICLES:
                    continue
                words = [t.strip(EDGE) for t in tokens[i:j]]
                if words[-1].endswith(".") and len(words[-1]) > 2:
                    words[-1] = words[-1].rstrip(".")
                out.append((i, j, normalise_case(" ".join(words))))
    return out


def _run_bounds(tokens: list[str]) -> dict[int, tuple[int, int]]:
    """For each token inside a run of name words, the run's ``[a, b)``."""
    return {k: (a, b) for a, b in _runs(tokens) for k in range(a, b)}


MAX_CACHED_LINE = 300  # characters: a longer line is described afresh (the cache holds short lines only)


def _line_flags(text: str) -> tuple[str, ...]:
    """The features of a line that any candidate on it shares."""
    return _cached_line_flags(text) if len(text) <= MAX_CACHED_LINE else _describe_line(text)


@functools.lru_cache(maxsize=4096)  # a page's lines are described for both roles; a site's chrome recurs
def _cached_line_flags(text: str) -> tuple[str, ...]:
    return _describe_line(text)


def _describe_line(text: str) -> tuple[str, ...]:
    words = text.split()
    flags = [f"words={_bucket(len(words), (1, 2, 3, 4, 6, 10, 14, 25))}"]
    if is_byline(text):
        flags.append("byline")
    if is_date_line(text):
        flags.append("dateline")
    elif YEAR.search(text) or TIME.search(text):
        flags.append("dated")
    if is_meta_line(text):
        flags.append("meta")
    if is_nav_line(text):
        flags.append("nav")
    if is_prose(text):
        flags.append("prose")
    if COPYRIGHT.search(text):
        flags.append("copyright")
    if "@" in text or "http" in text or "www." in text:
        flags.append("contact")
    if bio_start(text) is not None:
        flags.append("bio_heading")
    if text.isupper():
        flags.append("allcaps")
    last = text[-1:]
    flags.append(f"end={last if not last.isalnum() else ('a' if last.isalpha() else '#')}")
    return tuple(flags)


def first_paragraph(lines: Sequence[str]) -> int | None:
    """The index of the article's first paragraph: its first line of running text at least
    ``MIN_PARAGRAPH_WORDS`` long (a title, a byline, a dek and a notice stand above it; a share row, a comment count
    and a footer below).

    >>> first_paragraph(["Six Habits", "By Ann Lee", " ".join(["Text of the first paragraph runs on."] * 5)])
    2
    """
    for i, line in enumerate(lines):
        if len(line.split(None, MIN_PARAGRAPH_WORDS)) >= MIN_PARAGRAPH_WORDS and is_prose(line):
            return i
    return None


def paragraph_place(i: int, first: int | None, nonblank: Sequence[int]) -> str:
    """Where line ``i`` stands relative to the first paragraph (``first``) as a feature: above it (and how many
    nonblank lines above: a title stands right over its text or over a byline and a date), the paragraph itself,
    below it, or on a page without one.

    >>> paragraph_place(1, 5, [0, 1, 3, 5]), paragraph_place(5, 5, [0, 5]), paragraph_place(0, None, [0])
    ('para_above=2', 'para=self', 'para=none')
    """
    if first is None:
        return "para=none"
    if i == first:
        return "para=self"
    if i > first:
        return "para=below"
    between = sum(1 for j in nonblank if i < j <= first)
    return f"para_above={_bucket(between, (1, 2, 3, 5))}"


class _Page:
    """What the author candidates of one article read page-wide, each piece computed when first asked for: a page
    whose head and tail hold no candidate the fallback may name never pays for them."""

    def __init__(self, lines: Sequence[str], language: str | None = None) -> None:
        self.lines = lines
        self.language = language  # the article's language code, if told: the common words a name may not hold
        self.nonblank = [i for i, line in enumerate(lines) if line.strip()]

    @functools.cached_property
    def text(self) -> str:
        return "\n".join(self.lines)

    @functools.cached_property
    def folded(self) -> str:
        return self.text.casefold()

    @functools.cached_property
    def mails(self) -> str:
        """The e-mail local parts (a name recurring in an address)."""
        folded = self.folded
        return " ".join(m.group(1) for m in EMAIL_LOCAL.finditer(folded)) if "@" in folded else ""

    @functools.cached_property
    def copyright_text(self) -> str:
        if not COPYRIGHT.search(self.folded):
            return ""
        return " ".join(self.lines[i].casefold() for i in self.nonblank if COPYRIGHT.search(self.lines[i]))

    @functools.cached_property
    def first_paragraph(self) -> int | None:
        return first_paragraph(self.lines)

    @functools.cached_property
    def bio_from(self) -> int | None:
        """The rank among the nonblank lines of the bio box's heading, if any."""
        return next((k for k, i in enumerate(self.nonblank) if bio_start(self.lines[i]) is not None), None)

    def name_flags(self, value: str, markup: str | None) -> list[str]:
        flags = _name_flags(value, self.folded, self.mails, self.copyright_text, markup)
        if knows_name(value, self.language):  # a heading in a person's shape ("Seed Saving") has no given name
            flags.append("known_name")
        return flags

    @functools.cached_property
    def sentences(self) -> list[str]:
        """The lines longer than a credit line: the running text, where a name is written about."""
        return [line for line in self.lines if len(line.split(None, MAX_SHORT_WORDS)) > MAX_SHORT_WORDS]


# Words that make a capitalised span a credential, a job, a role, a credit for something other than the writing or
# a phrase ("MA Psychology", "Emotional Intelligence Coach", "Photo Editor", "By Author", "How To"): never in a name
# the fallback may give.
NOT_A_NAME_WORD = ROLE_WORDS | JOB_WORDS | NOT_WRITING | SMALL_WORDS | frozenset("author authors".split())


def may_name(value: str, page: _Page) -> bool:
    """Whether the fallback may give ``value`` as the author: a person's name by the project's own test, with no
    credential, job or role word, not a phrase whose every word the page also writes in lower case (a heading
    or a tag, "Bad Day", "Customer Care": a person's name is not a run of the article's common words), and one the
    name lexicon accepts (:func:`knows_name`: "Related Posts", "Sony Music", "Weitere Informationen" are no names).

    >>> page = _Page(["Bad Day", "", "It was a bad day for the customer.", "Susan Dunn, MA Psychology"])
    >>> [may_name(v, page) for v in ("Susan Dunn", "MA Psychology", "Emotional Intelligence Coach", "Bad Day")]
    [True, False, False, False]
    """
    if not is_person_name(value):
        return False
    words = [w.strip(EDGE) for w in value.split()]
    if any(POSTNOMINAL.match(w) or w.casefold() in NOT_A_NAME_WORD for w in words):
        return False
    if all(_written_lower(w.casefold(), page.text) for w in words if w.casefold() not in NAME_PARTICLES):
        return False
    return knows_name(value, page.language)


# A name word this frequent as a word of the page's language (or of English, the language of most page furniture)
# is a common word unless the lexicon knows it as a name: "Weitere", "Related", "Music", "Detective" (Zipf 3.5 is
# about three times in a million words; tuned on the dev two-thirds of ``bench/name_labels.json``)
COMMON_WORD_ZIPF = 3.5
# the alphabets the lexicon covers (``bench/build_name_lexicon.py``); a name in another script keeps the rules' tests
LEXICON_SCRIPT = regex.compile(r"[\p{Latin}\p{Cyrillic}\p{Greek}][\p{Latin}\p{Cyrillic}\p{Greek}\p{M}'’.]*")
INITIAL = regex.compile(r"\p{Lu}\.?")


@functools.lru_cache(maxsize=1)
def _lexicon() -> tuple[frozenset[str], frozenset[str]]:
    """The given names, and every name the common-word test lets through (given names and word-like surnames),
    case-folded: read from ``names_table`` when the fallback first asks (the CLI's start never pays for it)."""
    from . import names_table

    given = frozenset("".join(names_table.GIVEN).split())
    return given, given | frozenset("".join(names_table.SURNAMES_AS_WORDS).split())


def _name_words(value: str) -> list[str]:
    """The words of a credit the lexicon weighs: split at spaces and hyphens, edge punctuation off, particles
    ("van", "de") and initials left out."""
    words = [w.strip(EDGE) for part in value.split() for w in part.split("-")]
    return [w for w in words if w and w.casefold() not in NAME_PARTICLES and not INITIAL.fullmatch(w)]


def knows_name(value: str, language: str | None = None) -> bool:
    """Whether the name lexicon takes ``value`` for a person's name: in the alphabets it covers, one word is a
    known given name (any position: some languages write the family name first) and no word is a frequent word of
    ``language`` or English that is no known name; initials count as neither. A name in another script is taken.

    >>> [knows_name(v, "en") for v in ("Susan Dunn", "Related Posts", "True Detective", "Nikole Hannah-Jones")]
    [True, False, False, True]
    >>> [knows_name(v, "de") for v in ("Weitere Informationen", "Thomas Müller", "Die Förderung", "王晓梅")]
    [False, True, False, True]
    """
    words = _name_words(value)
    if not words or not all(LEXICON_SCRIPT.fullmatch(w) for w in words):
        return bool(words) or not value.strip()
    given, _ = _lexicon()
    if not any(name_key(w) in given for w in words):
        return False
    return no_common_word(value, language)


def no_common_word(value: str, language: str | None = None) -> bool:
    """Whether no word of ``value`` is a frequent word of ``language`` or English that the lexicon knows as no
    name: half of :func:`knows_name`, for a name whose given name the lexicon may not hold ("Zhou Mingyue") where
    a role or a desk in a name's place is what must be told apart ("Member Services", "Home Editor").

    >>> [no_common_word(v, "en") for v in ("Zhou Mingyue", "Ann Lee", "Member Services", "Home Editor")]
    [True, True, False, False]
    """
    words = _name_words(value)
    _, names = _lexicon()
    return not any(name_key(w) not in names and _common_word(w.casefold(), language) for w in words)


# A word this frequent in the text's language (or English) is a word of the language, not a name, when it opens
# a bare credit: German compounds and inflected adjectives ("Themenbereiche", "Nachhaltiger") run well below the
# 3.5 of COMMON_WORD_ZIPF, and the credit is kept when the lexicon knows one of its words as a given name anyway.
PHRASE_OPENER_ZIPF = 3.0
# ... and a given name this frequent as a word of the language is the word first ("Link", "Mark" in a heading):
# it vouches for no person ("Thomas", "Daniel", "Hans" run at 4.7-5.0 in German: a name before this only as a name)
GIVEN_AS_WORD_ZIPF = 5.5


def names_nobody(value: str, language: str | None = None) -> bool:
    """Whether a credit read from a bare line (no "by" word, no label) is a phrase of the language, not a person or
    an organisation: the lexicon knows none of its words as a given name, and its first word (particles aside) is
    a frequent word of ``language`` or English that is no known name ("Related Topics", "Latest Changes", "Small
    Notebook", "Über den Autor", "Mais Lidas"). A name whose given name is missing from the lexicon still opens
    with a rare word ("Kazım Türkmen", "Sunbeam Television"); a name in another script is never a phrase here.

    >>> [names_nobody(v, "de") for v in ("Verwandte Themenbereiche", "Letzte Änderungen", "Thomas Schulte")]
    [True, True, False]
    >>> [names_nobody(v, "en") for v in ("Sunbeam Television", "Dear Abby", "Garden Tools", "王晓梅")]
    [False, False, True, False]
    """
    words = _name_words(value)
    if not words or not all(LEXICON_SCRIPT.fullmatch(w) for w in words):
        return False
    given, names = _lexicon()
    for word in words:
        if name_key(word) in given and not _frequent(word.casefold(), language, GIVEN_AS_WORD_ZIPF):
            return False  # a given name vouches for a person
    first = words[0]  # (a name's short parts are often frequent words too: "Mei", "Reg", "Li")
    return (len(first) >= MIN_COMMON_WORD_LETTERS and name_key(first) not in names
            and _frequent(first.casefold(), language, PHRASE_OPENER_ZIPF))


def _frequent(word: str, language: str | None, floor: float) -> bool:
    from ..repairs.lexicon import zipf

    if zipf(word) >= floor:
        return True
    if not language or language == "en":
        return False
    try:
        return zipf(word, language) >= floor
    except LookupError:  # a language wordfreq does not know
        return False


# letters that carry their mark inside them (no decomposition strips it): folded to the base letter
FOLD_LETTERS = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ı": "i", "ħ": "h", "ŀ": "l"})


def name_key(word: str) -> str:
    """A name word as the lexicon stores it: case-folded, without accents (pages and lists write "Ciarán" and
    "Ciaran", "İlkay" and "Ilkay" alike).

    >>> name_key("Ciarán"), name_key("İLKAY"), name_key("Łucja"), name_key("Андрей")
    ('ciaran', 'ilkay', 'lucja', 'андреи')
    """
    decomposed = unicodedata.normalize("NFD", word.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).translate(FOLD_LETTERS)


def _common_word(word: str, language: str | None) -> bool:
    return _frequent(word, language, COMMON_WORD_ZIPF)


def _written_lower(word: str, text: str) -> bool:
    return bool(regex.search(rf"(?<!\w){regex.escape(word)}(?!\w)", text)) if word.islower() else False


# The word a credit puts before the writer's name inside a longer line ("Posted by NAME on 3 March in ...",
# "© 2019 NAME | Terms | ...", "Eingestellt von NAME um 21:03 ..."): "by" in the languages whose blog footers
# ``attribution`` reads, and the copyright mark; and what may follow the name there: the footer's "on"/"at" (its
# date), a separator, a date. A name that ends a sentence which runs on ("Copyright by NAME. Then ...") is the
# sentence's, as likely quoted from elsewhere as the page's credit: the rules, reading bylines of a few words, do
# not take it either.
CREDIT_BEFORE = frozenset(lead.split()[-1] for lead, _ in POSTED_BY_ABROAD) | frozenset(
    "by © (c) copyright".split())
CREDIT_AFTER = frozenset(alt.replace("\\.?", "") for _, at in POSTED_BY_ABROAD for alt in at.split("|")
                         if " " not in alt) | frozenset("on at in | — – - · • #".split())


def _credit_starts(text: str, tokens: list[str]) -> set[int]:
    """Where a longer line may credit its writer: its first token, the first after its bio heading, the first after
    a credit word (``CREDIT_BEFORE``) among its lead."""
    bio = bio_start(text) if tokens[0][:1] in "AaRr" else None  # (every bio heading opens "About", "Author", ...)
    starts = {0 if bio is None else len(text.split()) - len(bio.split())}
    for k, token in enumerate(tokens[:LONG_LINE_LEAD]):
        if token.casefold() in CREDIT_BEFORE and not (k and tokens[k - 1].strip(EDGE).casefold()
                                                       in OTHER_WORK):  # ("Editing by NAME": not the writer)
            # the name follows, or a year does first ("© 2019 NAME")
            year = k + 1 < len(tokens) and YEAR.fullmatch(tokens[k + 1].strip(EDGE)) is not None
            starts.add(k + 2 if year else k + 1)
    return starts


def _may_credit(text: str, tokens: list[str], short: bool) -> bool:
    """A cheap test before a line's spans are listed: two name words side by side (or one of a caseless script)
    where :func:`credited_span` looks: anywhere in a short line, at a credit's start in a longer one."""
    if not short:
        return any(_names_someone(tokens[k:k + 2]) for k in _credit_starts(text, tokens))
    return _names_someone(tokens)


def _names_someone(tokens: list[str]) -> bool:
    """Two name words side by side, or one of a script without capitals: the least a person's name takes."""
    after_name_word = False
    for token in tokens:
        core = token.strip(EDGE)
        if not _is_name_word(core):
            after_name_word = False
            continue
        if after_name_word or not core[:1].isupper():
            return True
        after_name_word = True
    return False


def _after_honorific(tokens: list[str]) -> int:
    """Where a bare name starts on its line: after a title ("Dr. NAME", "Prof. NAME"), else at 0."""
    return 1 if len(tokens) > 1 and HONORIFICS.match(tokens[0] + " ") else 0


# "NAME & The Rattlesnakes", "NAME and the Band", "NAME und die Band": an act's or a firm's name around a person's
ACT_JOINS = frozenset("& and und et y e".split())
ACT_ARTICLES = frozenset("the die der das les los las the his her seine ihre".split())


def _act_or_cut(tokens: list[str], a: int, b: int, value: str) -> bool:
    """Whether a span is part of an act's name ("NAME & The Rattlesnakes - Live") or a name cut after an initial
    ("George C." of "Linderman, George C.;", a commenter's "Ann L."): no writer's credit.

    >>> line = "12 May - Bo Lind & The Harbour Band - Live".split()
    >>> _act_or_cut(line, 3, 5, "Bo Lind"), _act_or_cut(["Linderman,", "George", "C.;"], 1, 3, "George C")
    (True, True)
    >>> _act_or_cut("By Bo Lind & Ann Lee".split(), 1, 3, "Bo Lind"), _act_or_cut(["Bo", "Lind"], 0, 2, "Bo Lind")
    (False, False)
    """
    words = value.split()
    if len(words) > 1 and INITIAL.fullmatch(words[-1]):
        return True
    return (b + 1 < len(tokens) and tokens[b].casefold() in ACT_JOINS
            and tokens[b + 1].strip(EDGE).casefold() in ACT_ARTICLES)


QUOTE_OPENINGS = "\"“„«‘'‚‹「『"


def _speaks(page: _Page, k: int) -> bool:
    """Whether the bare name on the ``k``-th nonblank line signs a quotation beside it: a testimonial's or a
    pull quote's speaker ("“We reach students ...” / NAME / Marketing Manager"): the line above, the one below or
    (under a short job line) the next opens with a quotation mark and runs longer than a credit line."""
    lines = [page.lines[page.nonblank[j]].strip() for j in (k - 1, k + 1, k + 2) if 0 <= j < len(page.nonblank)]
    return any(line[:1] in QUOTE_OPENINGS and len(line.split(None, MAX_SHORT_WORDS)) > MAX_SHORT_WORDS
               for line in lines)


def _pictures(value: str, text: str, page: _Page) -> bool:
    """Whether ``value`` on the line ``text`` credits the page's pictures: a caption's "... NAME 摄", or "© NAME"
    on several short lines (one a picture; the text's copyright stands once or twice)."""
    if any(w in PICTURE_MARKS for w in value.split()) or text.rsplit(None, 1)[-1] in PICTURE_MARKS:
        return True
    if not page.copyright_text or page.folded.count(value.casefold()) < PICTURE_COPYRIGHTS:
        return False
    key = value.casefold()
    credits = [i for i in page.nonblank if len(page.lines[i].split()) <= MAX_SHORT_WORDS
               and key in page.lines[i].casefold() and COPYRIGHT.search(page.lines[i])]
    return len(credits) >= PICTURE_COPYRIGHTS


SALUTATIONS = frozenset("dear hi hello liebe lieber cher chère chers querida querido caro cara beste".split())


def written_about(value: str, page: _Page) -> bool:
    """Whether the page's running text names ``value`` inside a sentence, whole or by its last word alone, after
    a word that is no credit word ("co-founder NAME said", "a conversation with NAME", "fehlen! NAME kann",
    "SURNAME said"). A person written about is the article's subject, interviewee or quoted expert; a writer
    seldom names themself in their text, except to sign it ("... next week. By NAME.", "in der Kategorie
    Neuheiten von NAME"), and a reader's letter greets the columnist ("Dear Mrs. SURNAME"). A line that opens
    with the name is a bio's ("NAME is a gardener ..."), not counted.

    >>> page = _Page(["Ann Lee", "", "The show ends in May, said the festival's director Bo Lind to the paper on"
    ...               " Monday. It was a long season and one of the best for years, by all counts. By Ann Lee."])
    >>> written_about("Bo Lind", page), written_about("Ann Lee", page)
    (True, False)
    >>> page = _Page(["Bo Lind", "", "The show ends in May, the festival's director told the paper on Monday. It"
    ...               " was a long season, Lind said, and one of the best for years, by all counts."])
    >>> written_about("Bo Lind", page)
    True
    """
    words = [w.strip(EDGE) for w in value.split()]
    surname = words[-1] if len(words) > 1 and len(words[-1]) > 1 else None
    if value not in page.text and (surname is None or surname not in page.text):
        return False
    names = regex.escape(value) + (f"|{regex.escape(surname)}" if surname else "")
    pattern = regex.compile(rf"(?<!\w)(?:{names})(?!\w)")
    for line in page.sentences:
        for match in pattern.finditer(line):
            before = [w.strip(EDGE) for w in line[:match.start()].split()]
            if not before or before[-1].casefold() in CREDIT_BEFORE or before[-1] == words[-2:][0]:
                continue  # a line's opening, a credit, the whole name's last word
            if len(before) > 1 and HONORIFICS.match(before[-1] + " ") and before[-2].casefold() in SALUTATIONS:
                continue
            return True
    return False
    pattern = regex.compile(rf"(?<!\w){regex.escape(value)}(?!\w)")
    for line in page.sentences:
        for match in pattern.finditer(line):
            before = line[:match.start()].split()
            if before and before[-1].strip(EDGE).casefold() not in CREDIT_BEFORE:
                return True
    return False


# A card names someone the page lists, not its writer: a press contact under its label or over the press desk's
# job, an imprint's owner over a street address ("Ansprechpartnerin / NAME / Pressesprecherin", "NAME / Heidjerweg
# 1"). Only these shapes: a bare name over a town or a role signs many a letter and column ("NAME / Kyoto", "NAME /
# Music Director", 15 of the tuned parts' 46 bare author lines stand over such a short line).
CONTACT_LABEL = frozenset("ansprechpartner ansprechpartnerin ansprechpartnerinnen ansprechperson kontakt kontakte "
                          "pressekontakt pressekontakte medienkontakt contact contacts contacto contactos contatto "
                          "contatti kontaktperson".split())
PRESS_DESK = regex.compile(r"\b(?:presse?sprecher(?:in)?|pressereferent(?:in)?|spokes(?:person|woman|man)"
                           r"|press\s+officer|media\s+relations|porte-parole|portavoz|medienreferent(?:in)?)\b",
                           regex.I)
MAX_CARD_WORDS = 4  # the line under a card's name: a job ("Pressesprecherin Windkraft Onshore"), a street
STREET_ADDRESS = regex.compile(r"^\p{L}[\p{L}.'’-]{2,40}(?:\s\p{L}[\p{L}.'’-]{1,20})?\s\d{1,4}\s?[a-z]?$")


def card(above: str, below: str) -> bool:
    """Whether a bare name between the lines ``above`` and ``below`` is a card's (:data:`CONTACT_LABEL`).

    >>> card("Ansprechpartnerin", "Bo Lind"), card("", "Pressesprecherin Windkraft"), card("", "Heidjerweg 1")
    (True, True, True)
    >>> card("", "Kyoto"), card("", "Music Director"), card("", "3 March 2019")
    (False, False, False)
    """
    if above.strip(EDGE + " ").casefold() in CONTACT_LABEL:
        return True
    short = 0 < len(below.split()) <= MAX_CARD_WORDS
    return short and (PRESS_DESK.search(below) is not None or STREET_ADDRESS.match(below) is not None
                      and not is_date_line(below))

# A picture's credit in Chinese and Japanese captions: the name, then "photographed" ("新华社记者 NAME 摄")
PICTURE_MARKS = frozenset("摄 攝 摄影 攝影 撮影".split())
PICTURE_COPYRIGHTS = 3  # "© NAME" on this many short lines credits the page's pictures, not its text


# Credits for a share of the work other than the writing, beside ``attribution.NOT_WRITING`` (which the rules read
# too): the wire desk's "Editing by", the translator, the panel's moderator, a picture's source, a contributor
# ("Übersetzer: NAME", "Moderation: NAME", "Bildquelle: NAME", "Mitarbeit: NAME"). Only the fallback reads these;
# before "by" only these count ("Presented by NAME", "Hosted by NAME" may still credit the writer)
OTHER_WORK = frozenset("edited editing editor editors übersetzer übersetzerin moderation moderatorin moderator "
                       "bildquelle bildquellen bildnachweis bildrechte mitarbeit".split())
FALLBACK_NOT_WRITING = NOT_WRITING | OTHER_WORK
# A list's item marker: a name right after it is an item of a list (a ranking, a line-up), not a credit
LIST_MARK = re.compile(r"^(?:\d{1,3}[.)]|[•·▪►*])$")


def _labels_no_writer(before: list[str]) -> bool:
    """Whether the words before a span label it as something other than the writer: a category, a tag, a source,
    a picture's credit, another share of the work ("Category: Garden Tips", "Photos: Bo Lind", "Posted in Garden
    Tips", "Editing by Bo Lind"), by ``attribution``'s tables of labels and ``FALLBACK_NOT_WRITING``; "Words &
    pictures: NAME" still credits the writer."""
    if before and before[-1].casefold() in ("in", "under"):
        return True
    if len(before) > 1 and before[-1].casefold() == "by" and before[-2].strip(EDGE).casefold() in OTHER_WORK:
        return True
    colon = next((k for k in range(len(before) - 1, -1, -1) if before[k].endswith(":")), None)
    if colon is None:
        return False
    label = [w.strip(EDGE).casefold() for w in before[:colon + 1]]
    return any(w in NOT_A_LABEL for w in label) or (
        any(w in FALLBACK_NOT_WRITING for w in label) and not any(w in WRITING for w in label))


def _quoted_or_listed(text: str, tokens: list[str], a: int, b: int) -> bool:
    """Whether a short line's span is a list's item ("7. NAME", "• NAME:"), an embedded post's signature
    ("— NAME (@handle) 3 May 2019") or a cited work's credit in brackets after its title ("Why it is hard (NAME —
    Review)"): a subject or someone quoted, not the page's writer."""
    if a == 1 and LIST_MARK.match(tokens[0]) or a and tokens[a].startswith("("):
        return True
    return text[:1] in "—–-" and any(t.startswith("(@") for t in tokens[b:])


BIO_LAST_LINES = 2  # a writer's bio in running text is among the article's last lines


def bio_place(page: _Page, k: int) -> bool:
    """Whether the ``k``-th nonblank line, a longer line opening with a name, stands where a writer's bio does: at
    or above the first paragraph (a bio opening the article), among the last ``BIO_LAST_LINES`` lines, or under a
    bio box's heading. A longer line opening with a name inside the running text is a person quoted or written
    about ("NAME, chief executive of ..., said ...", "NAME, a teacher at ..., told ...").

    >>> text = "has run the allotment shop for years and writes its newsletter every month for the members"
    >>> filler = " ".join(["The leaves go into a wire cage in the corner and rot down to mould."] * 2)
    >>> page = _Page(["Leaf Mould", "", f"Bo Lind, who chairs the society, said {text}", "", filler,
    ...               "", filler, "", f"Ann Lee {text}"])
    >>> bio_place(page, 1), bio_place(page, 4)
    (True, True)
    >>> page = _Page(["Leaf Mould", "", filler, "", f"Bo Lind, who chairs the society, said {text}", "",
    ...               filler, "", filler, "", f"Ann Lee {text}"])
    >>> bio_place(page, 2), bio_place(page, 5)
    (False, True)
    """
    nonblank = page.nonblank
    first = page.first_paragraph
    return (first is None or nonblank[k] <= first or k >= len(nonblank) - BIO_LAST_LINES
            or page.bio_from is not None and k >= page.bio_from)


def credited_span(text: str, tokens: list[str], a: int, b: int, short: bool) -> bool:
    """Whether the span of tokens ``[a, b)`` stands where a page credits its writer: anywhere in a short line (a
    byline, a signature, a name line); in a longer line at its start (a bio's "NAME is ...") or right after a bio
    box's heading ("About the Author: NAME ..."), or after a credit word when a footer's words follow it ("Posted
    by NAME on 3 March ..."). A name elsewhere in a sentence is its subject or a reference.

    >>> credited_span("About the Author - Ann Lee runs a bakery in Leeds and writes guides", [], 4, 6, False)
    True
    >>> line = "Posted by Ann Lee on 3 March 2019 in Baking, Bread and Sourdough Starters".split()
    >>> credited_span(" ".join(line), line, 2, 4, False), credited_span(" ".join(line), line, 10, 11, False)
    (True, False)
    >>> line = "Copyright 2008 by Ann Lee. Then the sentence goes on and on about other things".split()
    >>> credited_span(" ".join(line), line, 3, 5, False)
    False
    """
    if short:
        return not (_labels_no_writer(tokens[:a]) or _quoted_or_listed(text, tokens, a, b))
    bio = bio_start(text)
    if a == (0 if bio is None else len(text.split()) - len(bio.split())):
        return True
    if a not in _credit_starts(text, tokens) or tokens[b - 1][-1:] in ".,;:!?":
        return False
    words = text.split()  # (``tokens`` may be the line's lead only)
    return b >= len(words) or _word(words[b]) in CREDIT_AFTER


def read_by_rules(text: str) -> bool:
    """Whether the rules have a reading of their own for the line ``text`` that names someone and refuses it
    wherever it stands: a show's host credit without a guest ("Presented by NAME", ``HOST_CREDIT``: as often a
    sponsor's label), or a licence or permission notice (a grant's credit instruction, "Republish this: credit it
    as by NAME"; a copyright line is no such reading, its holder may be the writer). The fallback speaks only where
    the rules found nobody: a line they read and did not take was refused for a reason of theirs, and the model,
    blind to that reason, would undo it.

    >>> read_by_rules("Presented by Bo Lind"), read_by_rules("Bo Lind"), read_by_rules("© 2024 Bo Lind")
    (True, False, False)
    >>> read_by_rules("Republish this story: credit it as by Bo Lind, The Ledger.")
    True
    """
    if HOST_CREDIT.match(text) is not None:
        return True
    return any(s.kind != "copyright" for s in lic.find_statements(text))


# An account's handle alone on its line ("wynne.saves", "@ann_grows"): a dot, an underscore or a digit in one token
ACCOUNT_HANDLE = regex.compile(r"^@?(?=[\w.]*\p{L})(?=[\w.]*[._\d])[\w.]{3,30}$")


def refused_in_place(text: str, above: str, below: str, chrome: Collection[str]) -> bool:
    """Whether the rules would refuse the short line ``text`` (between the nonblank lines ``above`` and ``below``)
    by where it stands: a byline they read (``parse_byline``) in the header they set aside (``chrome``: a teaser's
    "By NAME | 4 min read" over the featured piece) or with the text going on under it (a sentence longer than a
    credit line: no closing credit), or a display name under an account's handle in that header (a profile card
    with no follow button: ``segment`` names its maker only with one).

    >>> refused_in_place("By Bo Lind | 4 min read", "A Teaser", "", {"By Bo Lind | 4 min read"})
    True
    >>> refused_in_place("Written by Bo Lind.", "", "So we kept one copy at home and one at my sister's house, and "
    ...                  "checked all of them every month without fail.", ())
    True
    >>> refused_in_place("Text: Bo Lind", "The end.", "", ()), refused_in_place("Bo Lind", "wynne.saves", "", ())
    (False, False)
    >>> refused_in_place("Bo Lind", "wynne.saves", "", {"Bo Lind", "wynne.saves"})
    True
    """
    if text in chrome and ACCOUNT_HANDLE.match(above) is not None and above in chrome:
        return True
    if parse_byline(text) is None:
        return False
    return text in chrome or len(below.split(None, MAX_SHORT_WORDS)) > MAX_SHORT_WORDS


def credits_a_body(lines: Sequence[str], head: Sequence[int]) -> bool:
    """Whether a line of the article's head (the indexes ``head``) credits a body, not a person ("By the Courier
    Home Desk", "By the Allotment Society Staff", ``credited_org``): the page says who wrote it, and the fallback
    names nobody else from its lines (a person a closing note names wrote something else, or is the desk's
    subject).

    >>> credits_a_body(["Jam for Winter", "By the Courier Home Desk", "Rinse the jars."], [0, 1, 2])
    True
    >>> credits_a_body(["Jam for Winter", "By Bo Lind", "Rinse the jars."], [0, 1, 2])
    False
    """
    return any((org := credited_org(lines[i].strip())) is not None and not is_person_name(org) for i in head)


def author_candidates(lines: Sequence[str], markup_author: str | None = None, rules: str | None = None,
                      arbiter: bool = False, fallback: bool = False, title: str | None = None,
                      language: str | None = None, chrome: Collection[str] = ()) -> list[Candidate]:
    """The author candidates of one article's lines: name spans in its head and tail (short lines whole, longer
    lines' first tokens), the markup's author, and (``arbiter``) the rules' answer. ``fallback``: only the
    candidates the fallback may name (:func:`may_name`, :func:`credited_span`), none from the line that is the
    article's ``title``, from a line the rules read themselves (:func:`read_by_rules`) or refuse where it stands
    (:func:`refused_in_place`, ``chrome`` the lines they set aside as the site's header: a teaser's byline, a
    profile card over a post), and none at all on a page whose head credits a body (:func:`credits_a_body`); a line
    without one is not described at all, so a page whose head and tail credit nobody costs little. ``language``: the
    article's, for the name lexicon's common words.

    >>> cands = author_candidates(["How To Feed A Starter", "By Zofia Wiśniewska", "", "Feed it daily."])
    >>> [c.value for c in cands if "prev=by" in c.features]
    ['Zofia', 'Zofia Wiśniewska']
    """
    page = _Page(lines, language)
    nonblank = page.nonblank
    described: dict[str, list[str]] = {}  # a name's page-wide features, once per name
    # a line of a short article is in the zone it stands nearer to: the head's top or the tail's bottom
    near_top = (len(nonblank) + 1) // 2  # nonblank lines
    head = nonblank[:min(HEAD_LINES, near_top)]
    tail = nonblank[max(near_top, len(nonblank) - TAIL_LINES):]
    markup = normalise_case(" ".join(markup_author.split())) if markup_author else None
    rules_value = rules
    out: list[Candidate] = []
    seen_rules = False
    if fallback and credits_a_body(lines, head):
        return out
    for zone, indexes in (("head", head), ("tail", tail)):
        for rank, i in enumerate(indexes if zone == "head" else reversed(indexes)):
            text = lines[i].strip()
            tokens = text.split(None, MAX_SHORT_WORDS)  # a long paragraph is not split further than this
            short = len(tokens) <= MAX_SHORT_WORDS
            if not short:  # only the lead's spans count: read no further than the longest of them
                tokens = tokens[:LONG_LINE_LEAD + MAX_SPAN]
            if fallback and (not _may_credit(text, tokens, short) or clean_title(text) == title
                             or read_by_rules(text)):
                continue
            spans = name_spans(" ".join(tokens), None if short else LONG_LINE_LEAD)
            if fallback:
                k = rank if zone == "head" else len(nonblank) - 1 - rank
                around = [lines[nonblank[j]].strip() if 0 <= j < len(nonblank) else "" for j in (k - 1, k + 1)]
                if short and refused_in_place(text, *around, chrome):
                    continue
                spans = [s for s in spans if credited_span(text, tokens, s[0], s[1], short) and may_name(s[2], page)
                         and not written_about(s[2], page) and not _pictures(s[2], text, page)
                         and not _act_or_cut(tokens, s[0], s[1], s[2])
                         and not (short and s[0] == _after_honorific(tokens) and s[1] == len(tokens)
                                  and (card(*around) or _speaks(page, k)))
                         and (short or s[0] != 0 or bio_place(page, k))]
            if not spans:
                continue
            flags = _line_flags(text)
            k = rank if zone == "head" else len(nonblank) - 1 - rank  # the line's rank among the nonblank ones
            prev_line = lines[nonblank[k - 1]].strip() if k else ""
            next_line = lines[nonblank[k + 1]].strip() if k + 1 < len(nonblank) else ""
            context = [f"{zone}|{f}" for f in flags]
            context.append(f"{zone}pos={_bucket(rank, (0, 1, 2, 3, 5))}")
            if i and not lines[i - 1].strip():
                context.append("blank_above")
            if i + 1 < len(lines) and not lines[i + 1].strip():
                context.append("blank_below")
            if prev_line and looks_like_title(prev_line):
                context.append("under_titlelike")
            if next_line and is_date_line(next_line):
                context.append("over_dateline")
            bio_from = page.bio_from
            if bio_from is not None and k >= bio_from:
                context.append("in_bio" if k > bio_from else "on_bio_heading")
            if not short:
                context.append("long_line")
            context.append(paragraph_place(i, page.first_paragraph, nonblank))
            named = name_line(text) if short else None
            bounds = _run_bounds(tokens)
            for a, b, value in spans:
                prev = _word(tokens[a - 1]) if a else "^"
                prev2 = _word(tokens[a - 2]) if a > 1 else "^"
                nxt = _word(tokens[b]) if b < len(tokens) else "$"
                after = tokens[b - 1][-1:] if tokens[b - 1][-1:] in EDGE else ""
                feats = list(context)
                feats += [f"prev={prev}", f"prev2={prev2}", f"next={nxt}", f"after={after}",
                          f"{zone}|prev={prev}", f"{zone}|next={nxt}", f"ntok={b - a}"]
                run_a, run_b = bounds.get(a, (a, b))
                if b < run_b:
                    feats.append("grows_right")  # "Eamon Ó" inside "Eamon Ó Flaithearta": the name goes on
                if a > run_a:
                    feats.append("grows_left")
                if b - a > 1:
                    feats.append(f"first={_word(tokens[a])}")  # "Dear Tom", "About Declan", "Posted By"
                if a == 0 and b == len(tokens):
                    feats.append(f"{zone}|whole")
                elif a == 0:
                    feats.append("opens_line")
                if value not in described:
                    described[value] = page.name_flags(value, markup)
                feats += described[value]
                if named is not None and named.name == value:
                    feats.append("name_line")
                if arbiter and rules_value is not None and value == rules_value:
                    feats.append("rules=1")
                    seen_rules = True
                out.append(Candidate(value, tuple(feats)))
    if markup and (not fallback or may_name(markup, page)):
        feats = ["src=meta", *page.name_flags(markup, None)]
        if arbiter and markup == rules_value:
            feats.append("rules=1")
            seen_rules = True
        out.append(Candidate(markup, tuple(feats)))
    if arbiter and rules_value is not None and not seen_rules:
        feats = ["src=rules", "rules=1", *page.name_flags(rules_value, markup)]
        out.append(Candidate(rules_value, tuple(feats)))
    return out


def _name_flags(value: str, folded: str, mails: str, copyright_text: str, markup: str | None) -> list[str]:
    """What the page says elsewhere of a name: how often it recurs, in a copyright line, an e-mail, the markup."""
    key = value.casefold()
    words = value.split()
    flags = [f"recur={_bucket(folded.count(key), (1, 2, 3))}"]
    if is_person_name(value):
        flags.append("person")
    if any(w.casefold().strip(".") in NOT_A_PERSON for w in words):
        flags.append("org_word")
    if HONORIFICS.match(value + " "):
        flags.append("honorific")
    if any(w.casefold() in JOB_WORDS for w in words):
        flags.append("job_word")
    if len(words) == 1:
        flags.append("one_word")
    if value.isupper():
        flags.append("caps")
    if key in copyright_text:
        flags.append("in_copyright")
    if len(words) > 1 and words[-1].casefold() in mails:
        flags.append("in_email")
    if markup is not None:
        flags.append("is_markup" if key == markup.casefold() else "not_markup")
    if not LATIN.match(value):
        flags.append("script=other")
    return flags


def title_candidates(lines: Sequence[str], markup_title: str | None = None, rules: str | None = None,
                     arbiter: bool = False, fallback: bool = False,
                     chrome: Collection[str] = ()) -> list[Candidate]:
    """The title candidates of one article's lines: each short line of its head, the markup's title, and
    (``arbiter``) the rules' answer. ``fallback``: only lines where a title may stand (:func:`fallback_head`;
    ``chrome``: the lines the rules set aside as the site's header).

    >>> [c.value for c in title_candidates(["Home | Blog", "Six Habits", "By Ann Lee", "", "Text of it here."])]
    ['Home | Blog', 'Six Habits', 'By Ann Lee', 'Text of it here']
    """
    nonblank = [i for i, line in enumerate(lines) if line.strip()]
    head = nonblank[:TITLE_LINES]
    allowed = set(fallback_head(lines, head, chrome)) if fallback else None
    markup = clean_title(markup_title) if markup_title else None
    markup_key = markup.casefold() if markup else None
    markup_words = set(markup_key.split()) if markup_key else set()
    out: list[Candidate] = []
    seen_rules = False
    passed_meta = 0
    first = first_paragraph(lines)
    folded = "\n".join(lines).casefold()
    for rank, i in enumerate(head):
        text = lines[i].strip()
        words = text.split()
        if len(words) > MAX_TITLE_CANDIDATE_WORDS or allowed is not None and i not in allowed:
            continue
        label = TITLE_LABEL.match(text)
        value = clean_title(text[label.end():] if label else text)
        if not value:
            continue
        feats = list(_line_flags(text))
        feats.append(f"pos={_bucket(rank, (0, 1, 2, 3, 4, 6, 10, 15))}")
        if label:
            feats.append("labelled")
        if is_meta_line(text) or is_date_line(text):
            passed_meta += 1
        feats.append(f"content_pos={_bucket(rank - passed_meta, (0, 1, 2, 3, 6, 10))}")
        if looks_like_title(text):
            feats.append("looks_like_title")
        if may_be_title(text):
            feats.append("may_be_title")
        content = [w for w in words if w[:1].isalpha()]
        if content and not any(w[:1].isupper() or w[:1].islower() for w in content):
            feats.append("capital_share=uncased")  # a script without capitals: the share says nothing
        elif content:
            share = sum(w[:1].isupper() for w in content) / len(content)
            feats.append(f"capital_share={'high' if share >= 0.8 else 'mid' if share >= 0.5 else 'low'}")
        feats += _title_shape(text, words, value, folded)
        feats.append(paragraph_place(i, first, nonblank))
        if text.startswith("#"):
            feats.append("markdown_heading")
        if re.match(r"^(?:\d{1,2}[.)]|[-*•])\s", text):
            feats.append("list_item")
        k = rank
        below = [lines[j].strip() for j in nonblank[k + 1:k + 3]]
        above = lines[nonblank[k - 1]].strip() if k else ""
        if below and (is_byline(below[0]) or name_line(below[0]) is not None):
            feats.append("over_byline")
        elif len(below) > 1 and (is_byline(below[1]) or name_line(below[1]) is not None):
            feats.append("over_byline2")
        if below and (is_date_line(below[0]) or is_meta_line(below[0])):
            feats.append("over_date")
        if below and is_prose(below[0]):
            feats.append("over_prose")
        if above and (is_byline(above) or name_line(above) is not None):
            feats.append("under_byline")
        if above and is_nav_line(above):
            feats.append("under_nav")
        if i and not lines[i - 1].strip():
            feats.append("blank_above")
        if i + 1 < len(lines) and not lines[i + 1].strip():
            feats.append("blank_below")
        if markup_key is not None:
            key = value.casefold()
            if key == markup_key:
                feats.append("markup=eq")
            elif key and key in markup_key:
                feats.append("markup=inside")
            else:
                shared = len(set(key.split()) & markup_words) / max(1, len(set(key.split())))
                feats.append(f"markup_overlap={'high' if shared >= 0.8 else 'some' if shared >= 0.4 else 'none'}")
        variants = title_variants(value)
        if arbiter and rules is not None and value == rules:
            feats.append("rules=1")
            seen_rules = True
        out.append(Candidate(value, tuple(feats)))
        for kinds, inner in variants:
            extra = ["rules=1"] if arbiter and rules is not None and inner == rules else []
            seen_rules = seen_rules or bool(extra)
            out.append(Candidate(inner, (*(f for f in feats if f != "rules=1"), f"variant={kinds}", *extra)))
    if markup:
        feats = ["src=meta", *_line_flags(markup)]
        if any(c.value.casefold() == markup_key for c in out):
            feats.append("markup_in_text")
        if arbiter and markup == rules:
            feats.append("rules=1")
            seen_rules = True
        out.append(Candidate(markup, tuple(feats)))
    if arbiter and rules is not None and not seen_rules:
        out.append(Candidate(rules, ("src=rules", "rules=1", *_line_flags(rules))))
    return out


# What a forum, a mailing list or a print layout writes around a title: a one- or two-word label and a colon
# ("Thread: ...", "Re: ..."), a bracketed tag ("[Sticky] ...", "[list-name] ..."), a counter in brackets at its
# end ("... (Read 1,482 times)", "... (3 replies)"), and quotes or a row of symbols on both sides ("*** ... ***",
# "== ... ==", '"..."'). Stripped, they give the title as a further candidate (the model weighs both: "Stretching:
# Before or After?" is a title whose colon is its own).
#
# "wrapped" reads a line as an opening quote or symbol run, the title (as short as it can be), and a closing quote
# or run of the same symbol. Spelt plainly, ``^(?P<w>Q|(S)\2*)\s*(?P<in>.+?)\s*(?:Q|\2+)$``, it tried every split
# of a symbol run between opener, title and closer, each title end re-reading the run after it: cubic at its one
# position (1,000 "*" and a letter: 8.7 s; round 12's pattern probe). The same reading, linear:
# - _WRAPPED_TITLE takes the opening run and the blanks after it whole (possessive), and grows the title a blank run,
#   a run of the opener's symbol or one other character at a time, so each title end (where the closer is tried) is
#   a run's edge; the closer's blanks and symbol run are possessive too (what follows them is never blank nor that
#   symbol, so giving some back never helped);
# - _WRAPPED_BARE gives the plain spelling's answer where that needed a shorter opener or fewer blanks: lines that
#   are only an opener, blanks and a closer ("***", "* *", '"  "'), whose title is one symbol or blank; it is tried
#   only on such lines (the lookahead), where every try fails or ends at once.
# tests/test_pattern_scaling.py checks the two against the plain spelling on every short line of their marks.
_QUOTE = "[\"“”'‘’«»]"
_SYMBOL = "(?P<s>[*=~#_+-])"
_WRAPPED_TITLE = (rf"(?P<w>{_QUOTE}|{_SYMBOL}(?P=s)*+)\s*+(?P<in>.(?>[^\S\n]++|(?P=s)++|.)*?)"
                  rf"\s*+(?:{_QUOTE}|(?P=s)++)$")
_WRAPPED_BARE = (rf"(?=(?:{_QUOTE}\s*+{_QUOTE}|{_SYMBOL}(?P=s)*+\s*+(?:{_QUOTE}|(?P=s)*+))\n?\Z)"
                 rf"(?P<w>{_QUOTE}|{_SYMBOL}(?P=s)*)\s*(?P<in>.)\s*+(?:{_QUOTE}|(?P=s)++)$")
TITLE_WRAPPERS = (
    ("label", regex.compile(r"^(?:(?:[\p{L}]+\s)?[\p{L}]+:\s+)+(?=\S)")),  # ("Subject: Re: ...")
    ("tag", regex.compile(r"^\[[^\]]{1,30}\]\s*(?=\S)")),
    ("counter", regex.compile(r"\s*\([^()]*\d[^()]*\)$")),
    ("wrapped", regex.compile(rf"^(?:{_WRAPPED_TITLE}|{_WRAPPED_BARE})")),
)


def title_variants(value: str) -> list[tuple[str, str]]:
    """The title inside a line's wrappers (``TITLE_WRAPPERS``), each wrapper stripped in turn, as ``(kinds,
    title)`` pairs; none when the line has no wrapper.

    >>> title_variants("Topic: Storing Apples (Read 312 times)")
    [('label', 'Storing Apples (Read 312 times)'), ('label+counter', 'Storing Apples')]
    >>> title_variants("== Cheap Cold Frames =="), title_variants("Cheap Cold Frames")
    ([('wrapped', 'Cheap Cold Frames')], [])
    """
    out: list[tuple[str, str]] = []
    kinds: list[str] = []
    current = value
    for kind, pattern in TITLE_WRAPPERS:
        m = pattern.search(current)
        if m is None:
            continue
        inner = m["in"] if kind == "wrapped" else current[:m.start()] + current[m.end():]
        inner = inner.strip()
        if len(inner.split()) < MIN_FALLBACK_TITLE_WORDS or inner == current:
            continue
        kinds.append(kind)
        current = inner
        out.append(("+".join(kinds), current))
    return out


def _title_shape(text: str, words: list[str], value: str, folded: str) -> list[str]:
    """A head line's shape beyond its words: how many of its tokens hold no letter (a counter row, a pager, a
    share bar: "❤ 311 · 47 · Share", "Page 1 of 3 1 2 3 Next »"), whether it opens with a label and a colon
    ("Thread: ...", "Pages: [1]") or a bracketed tag ("[Sticky] ..."), and how often the page writes it (a site's
    chrome recurs; an article's title may stand again in a breadcrumb or its markup).

    >>> _title_shape("Page 1 of 3 1 2 3 Next »", "Page 1 of 3 1 2 3 Next »".split(), "Page 1 of 3", "")
    ['noletter=many', 'recur=0']
    >>> _title_shape("Thread: Six Habits", ["Thread:", "Six", "Habits"], "Thread: Six Habits", "thread: six habits")
    ['noletter=0', 'label_colon', 'recur=1']
    """
    noletter = sum(1 for w in words if not any(ch.isalpha() for ch in w))
    flags = [f"noletter={'0' if not noletter else 'one' if noletter == 1 else 'many'}"]
    head = words[0] if words else ""
    if head.endswith(":") and len(words) > 1 or text[:1] == "[" and "]" in text[1:30]:
        flags.append("label_colon" if head.endswith(":") else "bracket_tag")
    flags.append(f"recur={_bucket(folded.count(value.casefold()), (0, 1, 2))}")
    return flags


MIN_PARAGRAPH_WORDS = 25  # a line this long is a paragraph of the text (a one-line notice or advert is shorter)
# an advice column's own name, alone or over its tagline ("Ask Amy", "Dear Margit", "Ask the Vet - pet questions
# answered"): the column's, standing over each of its letters; the letter's headline, if any, is another line
# ("Ask Amy: Wife wonders what's next" keeps its headline after the colon, so it is no column name)
COLUMN_NAME = regex.compile(r"^(?:ask|dear|frag(?:en\s+sie)?|liebe[r]?|querid[ao]|ch[èe]re?)\s+(?P<the>the\s+)?"
                            r"(?P<who>(?-i:\p{Lu})[\p{L}'’.-]*(?:\s+(?-i:\p{Lu})[\p{L}'’.-]*){0,2})(?:\s+[-–—|]\s+\S.*)?$",
                            regex.I)


def column_name(text: str) -> bool:
    """Whether a line is an advice column's name (``COLUMN_NAME``): "Ask" or "Dear" before a role ("the Vet"), an
    honorific ("Dr. Becker") or a name the lexicon knows ("Ask Margit"); "Ask Yourself Why" is a headline.

    >>> [column_name(t) for t in ("Ask Margit", "Ask the Vet - pets", "Frag Dr. Becker", "Ask Yourself Why")]
    [True, True, True, False]
    """
    m = COLUMN_NAME.match(text)
    if m is None:
        return False
    return bool(m["the"]) or HONORIFICS.match(m["who"]) is not None or knows_name(m["who"])


MIN_FALLBACK_TITLE_WORDS = 2  # one word over a text is a label, a caption's credit or a box's heading ("Labels")


def _runs_on(text: str, lines: Sequence[str], i: int) -> bool:
    """Whether line ``i`` is the first line of a hard-wrapped sentence: no stop at its end and the next line going
    on in lower case ("In a world where energy must be managed" / "carefully, the company presents ...")."""
    after = lines[i + 1].strip() if i + 1 < len(lines) else ""
    return bool(after) and after[:1].islower() and text[-1:] not in ".!?:;"


MIN_LEAD_SENTENCE_WORDS = 8  # a line this long ending as a sentence opens the text: no title stands under it
MAX_ABBREVIATION_CHARS = 4  # a capitalised last word this short before its stop is an abbreviation ("Co.", "Inc.")


def ends_as_sentence(text: str) -> bool:
    """Whether a line ends as a sentence does, with a full stop after a word: a lead sentence, a caption, a
    standfirst. Of the 1,713 titles labelled on the tuned parts (round 28) none stands in a line ending so, while the
    title fallback's fills on real texts that do were lead sentences and standfirsts. An ellipsis, an abbreviation
    with inner stops ("3 a.m.", "U.S.") or a short capitalised one ("& Co.") is no sentence's end.

    >>> [ends_as_sentence(t) for t in ("The council voted to close the pool.", "Six Ways to Save Water",
    ...                                "Dinner at 3 a.m.", "Kitchens & Co.", "What comes next...")]
    [True, False, False, False, False]
    """
    words = text.split()
    last = words[-1] if words else ""
    return (last.endswith(".") and "." not in last[:-1]
            and not (last[:1].isupper() and len(last) <= MAX_ABBREVIATION_CHARS))


MAX_STOPPED_HEADLINE_WORDS = 9  # a headline may end with a stop ("We Tried It. It Works."); a lead sentence runs longer
MAX_LABEL_WORDS = 4  # a post's label between its headline and its text ("filed in Kitchen") is this short
MAX_LINES_UNDER_HEADLINE = 2  # a byline, a date or a label between a headline and the text's first paragraph


def _title_cased(text: str) -> bool:
    """Whether every word of a line but the small ones is capitalised (a headline's Title Case; a sentence
    capitalises its first word only).

    >>> _title_cased("Stop Salting Your Pasta Water Late."), _title_cased("Stop salting your pasta water late.")
    (True, False)
    """
    content = [w for w in text.split() if w.lower().strip(".,:;!?") not in SMALL_WORDS]
    return len(content) >= 2 and all(w[:1].isupper() or not w[:1].isalpha() for w in content)


def _post_fact(text: str) -> bool:
    """Whether a line is a post's facts the title fallback passes over: a date, a byline, a post's meta line or
    an advice column's name (what the rules' own tests call so is no title)."""
    return is_date_line(text) or is_meta_line(text) or is_byline(text) or column_name(text)


def stopped_headline(lines: Sequence[str], i: int, chrome: Collection[str] = ()) -> bool:
    """Whether line ``i``, though it ends as a sentence, is a headline: in Title Case, or short, standing alone
    under the page's furniture (a navigation row or the site's header above it) and directly over the text's first
    paragraph (a blank line, or a byline, date or label, between). A lead sentence or standfirst is longer, in
    sentence case, and stands in the text, with no menu above it.

    >>> menu, text = "Home | Garden | Shop", "Most roses sulk in their first spring, and a little patience pays."
    >>> stopped_headline([menu, "", "We pruned ten roses. Two lived.", "", "filed in Garden", "", text], 2)
    True
    >>> stopped_headline(["We pruned ten roses. Two lived.", "", text], 0)
    False
    >>> stopped_headline(["Why We Pruned Every Rose In The Garden Before The First Frost.", "", text], 0)
    True
    >>> stopped_headline([menu, "", "We pruned ten roses in the garden before the frost came.", "", text], 2)
    False
    """
    text = lines[i].strip()
    if any(lines[k].strip() for k in (i - 1, i + 1) if 0 <= k < len(lines)):
        return False  # a headline stands alone: this runs among a paragraph's or a list's lines
    if _title_cased(text) and not text.isupper():
        return True  # (a line in capitals is a blurb's cry or a label, no case to read)
    if len(text.split()) > MAX_STOPPED_HEADLINE_WORDS:
        return False  # a lead sentence
    if not any(lines[k].strip() in chrome or is_nav_line(lines[k].strip()) for k in range(i)):
        return False  # a bare text's first short sentence is its lead
    under = [line.strip() for line in lines[i + 1:] if line.strip()][:MAX_LINES_UNDER_HEADLINE + 1]
    for n, line in enumerate(under):
        if len(line.split()) >= MIN_LEAD_SENTENCE_WORDS and is_prose(line):
            return True  # (the text's first lines: a paragraph, or its lead sentence standing alone)
        if n == MAX_LINES_UNDER_HEADLINE or not (_post_fact(line) or (
                len(line.split()) <= MAX_LABEL_WORDS and not ends_as_sentence(line))):
            return False
    return False


def fallback_head(lines: Sequence[str], head: Sequence[int], chrome: Collection[str] = ()) -> list[int]:
    """The head lines where the title fallback may find a title the rules did not: above the article's first
    paragraph (a title stands over the text: a sign-off's name under it is no title), and never a line the rules
    read as the site's header (``chrome``: a collection's name over a pager, a share row) or a row of navigation
    links. The fallback speaks where the rules found no title, often on pages that show none, where any line it
    took would be wrong. Nor a line that ends as a sentence (:func:`ends_as_sentence`), nor one under the text's
    first sentence (a line of ``MIN_LEAD_SENTENCE_WORDS`` ending so: the text has begun); round 28: on real texts
    the fallback's titles were mostly such lead sentences, standfirsts and captions.

    >>> lines = ["Home | Stories", "Tales of the Estate", "« previous | next »",
    ...          "A first paragraph of the story, and long enough to be one: it runs on for a while and tells of "
    ...          "the winter the mill closed.", "Maria"]
    >>> [lines[i] for i in fallback_head(lines, range(5), chrome={"Tales of the Estate"})]
    []
    >>> [lines[i] for i in fallback_head(lines, range(5))]
    ['Tales of the Estate']
    """
    out = []
    for i in head:
        text = lines[i].strip()
        words = [w for w in text.split() if any(ch.isalnum() for ch in w)]  # ("• Label" is one word)
        sentence = ends_as_sentence(text) and not stopped_headline(lines, i, chrome)
        if len(words) >= MIN_PARAGRAPH_WORDS and is_prose(text) or (
                len(words) >= MIN_LEAD_SENTENCE_WORDS and sentence and text not in chrome):
            break  # the text has begun: its first paragraph, or a first sentence standing alone as its lead
        if text in chrome or is_nav_line(text) or _post_fact(text):
            continue  # (what the rules' own tests call a date, a post's facts or a byline is no title)
        if len(words) < MIN_FALLBACK_TITLE_WORDS or _runs_on(text, lines, i) or sentence:
            continue  # (a line ending as a sentence is the text's lead or a caption, not its title)
        out.append(i)
    return out


def probability(candidate: Candidate, weights: dict[str, float], bias: float) -> float:
    """The model's probability that ``candidate`` is the answer: the logistic of its features' summed weights.

    >>> round(probability(Candidate("Ann Lee", ("prev=by",)), {"prev=by": 2.0}, -2.0), 2)
    0.5
    """
    z = bias + sum(weights.get(f, 0.0) for f in candidate.features)
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def choose(candidates: Sequence[Candidate], weights: dict[str, float], bias: float,
           threshold: float) -> tuple[str | None, float]:
    """The best-scored candidate's value and probability, or ``None`` when no candidate reaches ``threshold``.
    A value standing at several places keeps its best score; ties go to the earlier candidate.

    >>> w = {"prev=by": 3.0}
    >>> choose([Candidate("Home", ()), Candidate("Ann Lee", ("prev=by",))], w, -1.0, 0.5)
    ('Ann Lee', 0.8807970779778823)
    >>> choose([Candidate("Home", ())], w, -1.0, 0.5)
    (None, 0.2689414213699951)
    """
    best, best_p = None, 0.0
    for candidate in candidates:
        p = probability(candidate, weights, bias)
        if p > best_p:
            best, best_p = candidate.value, p
    return (best if best_p >= threshold else None), best_p
