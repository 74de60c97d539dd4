"""Dates as pages write them, in one place: the month and weekday names (English's here, the other languages' read
from their rows in languages.py), the patterns of a date line and of a date inside text, and the reading of a date
into ISO 8601.

Tables first (the words, as data), then the patterns built from them, then the functions: ftfy's split of its
character tables (``chardata``) from the fixes that use them. Callers look for dates with different strictness
on purpose (a line that is only a date, a date glued before a title, any date near a page's edges, a paragraph
that opens with one); each variant is named below with why it differs.

>>> is_date_line("Posted on March 3rd, 2009"), normalise_date("March 15, 2008"), list(iso_dates("12 feb. 2010"))
(True, '2008-03-15', ['2010-02-12'])
"""

from __future__ import annotations

import datetime
import functools
import re
from collections.abc import Iterator

from .languages import LANGUAGES
from .languages import words as table_words

# ------------------------------------------------------------------------------------------------------- tables
# English months by their first three letters, in calendar order: a stem's index + 1 is its month's number. A
# loose date names its month by any word opening with one ("Sept.", "Febr").
MONTH_STEMS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
# English month and weekday names as a precise date line spells them, full or abbreviated (regex alternations)
MONTH_NAMES = (r"Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?"
               r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?")
WEEKDAY_NAMES = r"Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun"
# The names of other languages, full names only, as blogs and CMSs write a date header ("Montag, 4. April 2011",
# "lunes, 4 de abril de 2011", "четвер, 14 березня 2024 р."; the months in the case a date writes them: Finnish
# partitive, Czech, Polish, Lithuanian, Ukrainian and Greek genitive): the rows of the language tables
# (languages.py, 'weekdays' and 'months'), each name once.
# The weekday names of the languages written in other scripts, as a date line opens with them ("יום שלישי, …",
# "الثلاثاء ٧ …", "বুধবার, ১২ …", "วันอังคาร ที่ 3 …", "2025年7月8日（火曜日）"): a word of a name never, so a line
# opening with one is the date, not a writer's name line. Hebrew names a weekday as "day" and its ordinal
# ("יום שני", the ordinal a given name too): its noun for "day" stands for all seven. They stay out of the date
# patterns (DATE_ABROAD), which read the spaced scripts' dates only.
WEEKDAYS_IN_SCRIPTS_LANGUAGES = ("he", "ar", "fa", "bn", "hi", "th", "ko", "ja", "zh")
WEEKDAYS_ABROAD = table_words("weekdays", [code for code in LANGUAGES if code not in WEEKDAYS_IN_SCRIPTS_LANGUAGES])
WEEKDAYS_IN_SCRIPTS = frozenset(table_words("weekdays", WEEKDAYS_IN_SCRIPTS_LANGUAGES))
MONTHS_ABROAD = table_words("months")
# The date forms strptime reads after the ISO and RFC 2822 forms (normalise_date): month names, then slashes.
NAMED_MONTH_FORMATS = ("%B %d, %Y", "%b %d, %Y", "%d %B %Y", "%d %b %Y", "%B %d %Y", "%b %d %Y", "%Y/%m/%d")

# ----------------------------------------------------------------------------------------------------- patterns
_ONE_OF = "|".join
_STEMS = _ONE_OF(MONTH_STEMS)
_DIGIT = re.compile(r"\d")
WEEKDAY = rf"(?:{WEEKDAY_NAMES})(?:day)?\.?"
MONTH = rf"(?:{MONTH_NAMES})\.?"
# A precise English date (match case-insensitively): a month's name with its day and year, a day before its
# month, ISO, numbers with dots or slashes, or a month and year alone ("July 2021" under a byline).
DATE = (rf"(?:{WEEKDAY},?\s+)?(?:{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
        rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH},?\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}[./]\d{{1,2}}[./]\d{{2,4}}"
        rf"|{MONTH}\s+\d{{4}})")
# The same dates in other languages: a day, its month, a year ("Montag, 4. April 2011", "2011年4月4日",
# "วันศุกร์ที่ 14 พฤษภาคม พ.ศ. 2564").
# (the word before the day's number: German "den", French "le", ..., Lao "ທີ", the ordinal's word: "ວັນພຸດ ທີ 22 ...";
# the digits any script's: Lao writes its own, "໒໒ ພຶດສະພາ ໒໐໒໔", and "\d" reads them)
DATE_ABROAD = (rf"(?:(?:{_ONE_OF(WEEKDAYS_ABROAD)}),?\s+)?(?:(?:den|le|el|il|o|ທີ)\s+)?\d{{1,2}}\.?(?:º|er)?\s+"
               # (the year's noun may follow, abbreviated: "2024 р.", "2024 г.", "2024 r."; the day joined to its
               # month by a word, Spanish "de", Papiamento "di", French "d'", Maltese "ta'", Hausa "ga": "7 ta' Marzu
               # 2023", "13 di mart 2025")
               rf"(?:de\s+|di\s+|d['’]|ta['’]\s+|ga\s+)?(?:{_ONE_OF(MONTHS_ABROAD)})(?:\s+de)?,?\s+\d{{4}}(?:\s?[ргrm]\.)?"
               # the month first, as English writes it ("ஜூலை 21, 2023", "Hulyo 9, 2024")
               rf"|(?:(?:{_ONE_OF(WEEKDAYS_ABROAD)}),?\s+)?(?:{_ONE_OF(MONTHS_ABROAD)})\s+\d{{1,2}},?\s+\d{{4}}"
               r"|\d{4}\s*[年년]\s*\d{1,2}\s*[月월]\s*\d{1,2}\s*[日일](?:\s*\(?\w{1,3}\)?)?"  # "... (月)", "월요일"
               r"|วัน\S*\s*\d{1,2}\s+\S+\s+(?:พ\.ศ\.\s*)?\d{4}"
               # the year first with its noun, then the day joined to its month by a hyphen, as Kyrgyz and Kazakh
               # pages write a date ("2023-жылдын 3-октябры", "2023 жылғы 3 қазан")
               rf"|\d{{4}}-?\s?(?:жылдын|жылы|жылғы|жыл|ж\.)\s+\d{{1,2}}[-\s](?:{_ONE_OF(MONTHS_ABROAD)})"
               # the month by its number between Hmong's words for month ("Lub 3 Hlis Ntuj", the third month), then
               # the day after "Tim" ("Hnub Plaub, Lub 3 Hlis Ntuj Tim 13, 2025", Thursday, 13 March 2025)
               rf"|(?:(?:{_ONE_OF(WEEKDAYS_ABROAD)}),?\s+)?lub\s+\d{{1,2}}\s+hlis(?:\s+ntuj)?\s+tim\s+\d{{1,2}},?\s+\d{{4}}"
               # year, month and day with full stops, as Korean and Hungarian pages write them ("2024. 7. 9.")
               r"|\d{4}\.\s?\d{1,2}\.\s?\d{1,2}\."
               # ... and day, month and year so, spaced, as Czech and Slovak pages do ("14. 3. 2024")
               r"|\d{1,2}\.\s?\d{1,2}\.\s?\d{4}")
# A date line, the strictest variant: the whole line is a date (after "Posted on", "Updated:"), with its time
# at most. A line that only also holds a date is text, a byline or a meta line (attribution, segment).
# Each blank run is taken whole ("\s++", "\s*+"): what follows each is never blank ("on", a colon, a date's first
# character, "am"/"pm" or the line's end), so a whole run is the only split that can match. The plain spelling split
# a run after the cue word between "\s+", "\s*" and "\s*" every way (round 15: "Posted", 2,000 spaces and a digit,
# 13 s CPU), and a run after a time between "\s*" and "\W*".
_DATE_LINE = (r"^(?:(?:posted|published|updated|last\s+updated|submitted|date)(?:\s++on)?\s*+:?\s*+)?(?:{})"
              r"(?:,?\s*(?:at\s+)?\d{{1,2}}[:.]\d{{2}}\s*+(?:[ap]\.?m\.?)?)?\W*$")
DATE_LINE = re.compile(_DATE_LINE.format(DATE), re.I)
# A year of the 20th or 21st century on its own ("© 2014", "June 2019"): what a copyright line or a credit dates by.
YEAR = re.compile(r"\b(?:19|20)\d\d\b")
DATE_LINE_ABROAD = re.compile(_DATE_LINE.format(DATE_ABROAD), re.I)  # tried after DATE_LINE: rarer, and longer
# A day and its month alone on a line, no year ("18 Mar", "Mar 4th"): a blog's date stamp over a post's title (a
# theme that prints the year only in the archive). Alone on its line only: a sentence never ends at a bare date.
YEARLESS_DATE_LINE = re.compile(rf"^(?:{WEEKDAY},?\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH}|{MONTH}\s+\d{{1,2}}"
                                r"(?:st|nd|rd|th)?)$", re.I)
# A date glued before a title at a page's top ("09 Sep 09 Brush Up ...", boilerplate's title_date): the month a
# capitalised stem and the match case-sensitive, and a capital, digit or quote after it, so that a sentence
# opening with a lowercase date ("may 5 2009 was ...") is never cut. ("Sept" needs no alternative of its own: the
# letters after a stem are free.)
TITLE_MONTH = rf"(?:{_ONE_OF(s.capitalize() for s in MONTH_STEMS)})[a-z]*\.?"
TITLE_DATE = re.compile(
    rf"^\s*(?:\d{{1,2}}[ ./-]{TITLE_MONTH}[ ./-]\d{{2,4}}|{TITLE_MONTH} \d{{1,2}},? \d{{4}}|\d{{4}}-\d{{2}}-\d{{2}}"
    rf"|\d{{1,2}}/\d{{1,2}}/\d{{2,4}})\s+(?=[A-Z0-9\"“'‘])"
)
# Dates anywhere in running text, on lowercased text (dedup's evidence of which copy came first): full dates only,
# of years 1900-2099, a month by any word opening with its stem. Each with the groups of its year, month and day.
_TEXT_MONTH = rf"\b({_STEMS})[a-z]*\.?"
TEXT_DATES = (
    (re.compile(r"\b((?:19|20)\d\d)[-/.](0?[1-9]|1[0-2])[-/.](0?[1-9]|[12]\d|3[01])(?:\b|t\d)"), (1, 2, 3)),
    # day first, as "Last updated: 17/02/2013" (a month-first date with both numbers <= 12 is read day first)
    (re.compile(r"\b(0?[1-9]|[12]\d|3[01])[/.](0?[1-9]|1[0-2])[/.]((?:19|20)\d\d)\b"), (3, 2, 1)),
    (re.compile(r"\b(0?[1-9]|1[0-2])/(1[3-9]|2\d|3[01])/((?:19|20)\d\d)\b"), (3, 1, 2)),
    (re.compile(_TEXT_MONTH + r"\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+((?:19|20)\d\d)\b"), (3, 1, 2)),
    (re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _TEXT_MONTH + r",?\s+((?:19|20)\d\d)\b"), (3, 2, 1)),
)
# The loosest: a paragraph or heading that opens with a year or a date, the year optional after a month ("May 12:
# ...", "1998 was ..."), so that a tip is never read into a dated diary entry or a timeline's step (tips).
YEAR_OR_DATE = re.compile(
    rf"^\W*(?:(?:1[89]|20)\d\d\b|\d{{1,2}}[/.-]\d{{1,2}}[/.-]\d{{2,4}}|(?:{_STEMS})[a-z]*\.?\s+\d{{1,4}}\b"
    rf"|\d{{1,2}}\s+(?:{_STEMS})[a-z]*\b)",
    re.IGNORECASE,
)
# An ISO day at the start of a value (a source's own date, already normalised)
ISO_DAY = re.compile(r"(19|20)\d\d-\d\d-\d\d")
# The months' abbreviations a sentence splitter must not end a sentence at ("Jan. 5"): "may" is a word, not one.
MONTH_ABBREVIATIONS = frozenset({*MONTH_STEMS, "sept"} - {"may"})


# ---------------------------------------------------------------------------------------------------- functions
# A page's date lines are asked again by many readers (segment's header, meta rows and posts, attribution's bylines
# and titles, the line roles: ~37 call sites): 4.3 calls per distinct line on the scale pages, 1.8 on the real
# texts (issue 19). The test is a pure function of the line, so its answers are kept for the lines of a few pages,
# as attribution's line tests keep theirs.
DATE_LINE_CACHE_LINES = 4096


@functools.lru_cache(maxsize=DATE_LINE_CACHE_LINES)
def is_date_line(line: str) -> bool:
    """Tell a line that is only a date ("March 3, 2009", "Posted on 2010-05-01", "Thursday, 9 June 2011").

    >>> is_date_line("March 3, 2009"), is_date_line("Wednesday, 12 September 2012"), is_date_line("March Madness")
    (True, True, False)
    >>> is_date_line("Montag, 4. April 2011"), is_date_line("2011年4月4日"), is_date_line("We met in May 2009.")
    (True, True, False)
    >>> is_date_line("2024. 7. 9. 21:15"), is_date_line("2024. 07. 09."), is_date_line("2024. 7 tips")
    (True, True, False)
    >>> is_date_line("14. 03. 2024"), is_date_line("3. 5. 12 tips")
    (True, False)
    >>> is_date_line("tiistai 14. marraskuuta 2023"), is_date_line("středa 5. června 2024")
    (True, True)
    >>> is_date_line("18 Mar"), is_date_line("Mar 4th"), is_date_line("18 Marbles"), is_date_line("4 Ways")
    (True, True, False, False)
    """
    if _DIGIT.search(line) is None:
        return False  # every date form holds a digit: most lines fail here at once
    text = line.strip()
    return (DATE_LINE.match(text) is not None or DATE_LINE_ABROAD.match(text) is not None
            or YEARLESS_DATE_LINE.match(text) is not None)


def month_number(word: str) -> int:
    """The number of the month a word names by its stem (English), or of a month given as digits.

    >>> month_number("Sept."), month_number("february"), month_number("07")
    (9, 2, 7)
    """
    return int(word) if word.isdigit() else MONTH_STEMS.index(word[:3].lower()) + 1


def iso_dates(text: str) -> Iterator[str]:
    """Every full date in lowercased running ``text`` (:data:`TEXT_DATES`), as ``YYYY-MM-DD`` (not checked against
    the calendar: the forms bound each number), pattern by pattern.

    >>> list(iso_dates("posted on march 3rd, 2009; updated 2011-7-19"))
    ['2011-07-19', '2009-03-03']
    >>> list(iso_dates("in 2009 we sold 3 cars."))
    []
    """
    for pattern, (y, m, d) in TEXT_DATES:
        for match in pattern.finditer(text):
            yield f"{match.group(y)}-{month_number(match.group(m)):02d}-{int(match.group(d)):02d}"


def normalise_date(value: str | None) -> str | None:
    """Return ``value`` as ISO 8601 (``YYYY-MM-DD``, or ``YYYY-MM-DDTHH:MM:SSZ`` in UTC), or ``None`` when it is
    no date tipline can read.

    A time with a zone or offset is converted to UTC; a time without one is in an unknown zone, so only its date
    is kept. Epoch seconds (9-10 digits) and milliseconds (12-13 digits) are UTC; 8 digits are ``YYYYMMDD``.

    >>> normalise_date("2008-03-15T10:30:00+02:00"), normalise_date("2008-03-15T10:30:00")
    ('2008-03-15T08:30:00Z', '2008-03-15')
    >>> normalise_date("1205577000"), normalise_date("1205577000000"), normalise_date("20080315")
    ('2008-03-15T10:30:00Z', '2008-03-15T10:30:00Z', '2008-03-15')
    >>> normalise_date("Sat, 15 Mar 2008 10:30:00 GMT"), normalise_date("March 15, 2008")
    ('2008-03-15T10:30:00Z', '2008-03-15')
    >>> normalise_date("last Tuesday"), normalise_date(""), normalise_date("2008-02-30")
    (None, None, None)
    """
    text = (value or "").strip()
    if not text:
        return None
    when = _parse_date(text)
    if when is None or not 1 <= when.year <= 9999:
        return None
    if isinstance(when, datetime.datetime):
        if when.tzinfo is None:
            return when.date().isoformat()
        return when.astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    return when.isoformat()


def _parse_date(text: str) -> datetime.date | None:
    if text.isdigit():
        if len(text) == 8:
            try:
                return datetime.date(int(text[:4]), int(text[4:6]), int(text[6:]))
            except ValueError:
                return None
        if len(text) in (9, 10, 12, 13):
            seconds = int(text) / (1000 if len(text) >= 12 else 1)
            return datetime.datetime.fromtimestamp(seconds, datetime.timezone.utc)
        return None
    iso = text[:-1] + "+00:00" if text[-1:] in "Zz" else text  # Python 3.10 reads no "Z"
    try:
        if len(iso) == 10:
            return datetime.date.fromisoformat(iso)
        return datetime.datetime.fromisoformat(iso)
    except ValueError:
        pass
    import email.utils  # here: 15 ms of import that only an RFC 2822 date needs (not `tipline --help`)

    try:
        return email.utils.parsedate_to_datetime(text)  # RFC 2822 (mail, RSS, HTTP); naive when "-0000"
    except (TypeError, ValueError, IndexError):
        pass
    for fmt in NAMED_MONTH_FORMATS:
        try:
            return datetime.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    return None
