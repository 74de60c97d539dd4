"""Repairs of scraping damage: small pure fixes, each returning the new text and the changes it made.

:data:`FIXES` lists them in the order they run; the order matters and is this:

0. ``quoted_printable`` a mail body saved still in its transfer encoding (``=E2=80=93``, soft breaks ``=`` at a
                    line's end), where its header says so or the marks are unmistakable — first, so every fix after
                    it sees the characters the bytes stood for.
1. ``invisible``    no-break spaces, zero-width characters, soft hyphens, NUL — before ftfy, so
                    ftfy judges each line as a second run will see it; the ones that may be bytes of mojibake
                    (after ``Â``, ``Ã`` …) are left to ftfy.
2. ``unicode``      ftfy, line by line: mojibake (also doubly encoded, in any code page ftfy knows), HTML
                    entities, C1 controls as cp1252 punctuation, ligatures, NFC — before everything else,
                    because every later pattern assumes real characters.
   ``invisible``    again, for what decoding revealed (``â€…`` is a four-per-em space).
3. ``mac_roman``    ``itís``/``itÕs`` → ``it’s``: letters ftfy cannot tell from real ones.
4. ``spaces``       runs of spaces and blank lines, so later patterns see one space and one blank line.
5. ``csv_quotes``   ``""give""`` → ``"give"``.
6. ``foreign_spam`` title suffixes and trailers in another script — before glue and marker fixes look at the
                    words they are glued to.
7. ``page_junk``    ``Advertisement``, ``Add to My Yahoo!``, ``… Read More``.
8. ``markers``      ``repparttar`` and learned marker tokens → the word they replaced.
9. ``line_breaks``  a learned bare line break standing for a word → that word.
10. ``hard_wrap``   lines wrapped at 60–80 columns rejoined — after 9, which needs the original breaks.
    ``line_end_hyphen`` a word a typeset page broke at a line end (``some-`` / ``where``) mended where the hard
                    wrap left the break (short lines, list items) — after 10, whose joins mend their own.
11. ``stripped_com`` ``.pany`` → ``company``; ``pany`` → ``company`` where the dot went too (two kinds in a text).
    ``ocr_letters`` ``rnushroom`` → ``mushroom``, ``oi1`` → ``oil``, ``H0ME`` → ``HOME``: OCR's ``rn`` for ``m``
                    and digits for letters, only in a word wordfreq has never seen that a reading makes a word in
                    use — after 10, which joins the words it reads (two passes, one for each damage).
12. ``glued``       ``3.Being`` → ``3. Being``, ``job.Be`` → ``job. Be``, glued headings and bylines.
13. ``foreign_spam`` again, for trailers the first run had to leave: it removes a trailer only after English
                    text, and damage (``repparttar .pany’s``) can hide the English until 8–11 mend it, so without
                    this a second repair would remove what the first kept (repairs must be idempotent).
14. ``spaces`` again, to tidy what removals left (a run of spaces, a blank line too many).

Fixes marked English-only are skipped for an article that is not English (``language.py`` judges it once
the encoding is fixed), which repair never alters beyond encoding and whitespace. Detection (``detect.py``)
runs on the repaired text.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from .base import Change, FixResult, replay
from .detect import scores
from .dotcom import fix_dotless_com, fix_stripped_com
from .encoding import fix_csv_quotes, fix_mac_roman, fix_quoted_printable, fix_unicode
from .glue import fix_glued, split_title_byline
from .junk import fix_page_junk
from .language import Language, identify
from .markers import BUILTIN_MARKERS, Marker, fix_line_break_marker, fix_markers
from .ocr import fix_ocr_digits, fix_ocr_letters
from .spacing import fix_hard_wrap, fix_invisible, fix_line_end_hyphen, fix_spaces
from .spam import fix_foreign_spam, fix_title_spam

__all__ = ["FIXES", "FIX_NAMES", "Change", "Context", "Repaired", "repair_article", "repair_text", "replay_plan"]


@dataclass(frozen=True, slots=True)
class Context:
    """What a repair needs beyond the text: the markers to undo and the word bare line breaks stand for."""

    markers: tuple[Marker, ...] = BUILTIN_MARKERS
    line_break_word: str | None = None
    # The dot-less stripped "com" tokens the article's text showed ("pany"): its title is mended alike, though
    # alone it is too short to show the damage twice.
    dotless_com: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class Fix:
    name: str  # what --no-fix takes
    apply: Callable[[str, Context], FixResult]
    english_only: bool
    title: bool  # also applied to the title


FIXES = (
    Fix("quoted_printable", lambda t, c: fix_quoted_printable(t), False, False),
    Fix("invisible", lambda t, c: fix_invisible(t), False, True),
    Fix("unicode", lambda t, c: fix_unicode(t), False, True),
    Fix("invisible", lambda t, c: fix_invisible(t), False, True),
    Fix("mac_roman", lambda t, c: fix_mac_roman(t), True, True),
    Fix("spaces", lambda t, c: fix_spaces(t), False, True),
    Fix("csv_quotes", lambda t, c: fix_csv_quotes(t), False, True),
    Fix("foreign_spam", lambda t, c: fix_foreign_spam(t, english=True), True, False),
    Fix("page_junk", lambda t, c: fix_page_junk(t), True, False),
    Fix("markers", lambda t, c: fix_markers(t, c.markers), True, True),
    Fix("line_breaks", lambda t, c: fix_line_break_marker(t, c.line_break_word), True, False),
    Fix("hard_wrap", lambda t, c: fix_hard_wrap(t, c.line_break_word is not None), True, False),
    Fix("line_end_hyphen", lambda t, c: fix_line_end_hyphen(t), True, False),
    Fix("stripped_com", lambda t, c: fix_stripped_com(t), True, True),
    Fix("stripped_com", lambda t, c: fix_dotless_com(t, c.dotless_com), True, True),  # "pany": the dot gone too
    Fix("ocr_letters", lambda t, c: fix_ocr_letters(t), True, True),
    Fix("ocr_letters", lambda t, c: fix_ocr_digits(t), True, True),  # (its digits: a pass of its own, own offsets)
    Fix("glued", lambda t, c: fix_glued(t), True, False),
    Fix("foreign_spam", lambda t, c: fix_foreign_spam(t, english=True), True, False),
    Fix("spaces", lambda t, c: fix_spaces(t), False, True),
)
FIX_NAMES = tuple(dict.fromkeys(f.name for f in FIXES))
Plan = list[tuple[str, list[Change]]]  # (fix name, its changes), in the order the fixes ran
_MOVED = "moved from the title"  # the text side of a byline moved out of the title: counted once, on the title


def repair_text(text: str, context: Context = Context(), disabled: frozenset[str] = frozenset(),
                english: bool | None = None) -> tuple[str, Plan]:
    """Run every enabled fix over ``text`` in order; return the result and the plan of changes.

    >>> repair_text("Byrepparttar time the .pany’s  job.Be proud")[0]
    'By the time the company’s job. Be proud'
    """
    text, plan, _ = _repair(text, context, disabled, english)
    return text, plan


def _repair(text: str, context: Context, disabled: frozenset[str], english: bool | None
            ) -> tuple[str, Plan, Language]:
    """Run the fixes; the language is judged once the encoding is fixed, before the first English-only fix,
    so that a second run judges the same text the same way (``english`` overrides the English decision)."""
    plan: Plan = []
    language: Language | None = None
    for fix in FIXES:
        if fix.english_only and language is None:
            language = identify(text)
            if english is not None:
                language = Language(language.code, english)
        if fix.name in disabled or fix.english_only and not language.english:  # type: ignore[union-attr]
            continue
        text, changes = fix.apply(text, context)
        if changes:
            plan.append((fix.name, changes))
    return text, plan, language or identify(text)


def repair_title(title: str, context: Context = Context(), disabled: frozenset[str] = frozenset(),
                 english: bool = True) -> tuple[str, Plan]:
    """Repair a title: the fixes marked for titles, with the title form of the foreign-spam fix.

    >>> repair_title("Are You A Customer Service Person You Must Read This…-巴雷特m82a1")[0]
    'Are You A Customer Service Person You Must Read This…'
    """
    plan: Plan = []
    for fix in FIXES:
        if fix.name in disabled or fix.english_only and not english:
            continue
        if fix.name == "foreign_spam":
            title, changes = fix_title_spam(title)
        elif fix.title:
            title, changes = fix.apply(title, context)
        else:
            continue
        if changes:
            plan.append((fix.name, changes))
    return title, plan


def replay_plan(text: str, plan: Plan) -> str:
    """Apply a recorded plan to the original text: it must give the repaired text again.

    >>> text = "Byrepparttar time the .pany’s job.Be proud"
    >>> fixed, plan = repair_text(text)
    >>> replay_plan(text, plan) == fixed
    True
    """
    for _, changes in plan:
        text = replay(text, changes)
    return text


@dataclass(slots=True)
class Repaired:
    """The outcome of repairing one article: new fields, counts by repair, flags, scores and the plans."""

    text: str
    title: str | None
    counts: dict[str, int]
    flags: list[str] = field(default_factory=list)
    scores: dict[str, float] = field(default_factory=dict)
    text_plan: Plan = field(default_factory=list)
    title_plan: Plan = field(default_factory=list)
    english: bool = True
    language: str | None = None  # ISO 639-1, None when undecided


def repair_article(text: str, title: str | None, context: Context = Context(),
                   disabled: frozenset[str] = frozenset(), spun_threshold: float = 0.5,
                   deletion_threshold: float = 0.5) -> Repaired:
    """Repair an article's text and title and score what cannot be repaired (a pure function).

    >>> r = repair_article("The customer is right.Byrepparttar 104500 time you know.", "Tips巴雷特m82a1")
    >>> r.text, r.title, r.counts
    ('The customer is right. By the time you know.', 'Tips巴雷特m82a1', {'glued_sentence': 1, 'repparttar': 1})
    >>> r = repair_article("Smile at every customer you meet today.", "Secrets of HappinessWritten by Jane Doe")
    >>> r.title, r.text, r.counts
    ('Secrets of Happiness', 'Written by Jane Doe\\nSmile at every customer you meet today.', {'glued_byline': 1})
    """
    new_text, text_plan, language = _repair(text, context, disabled, None)
    english = language.english
    new_title, title_plan = (title, [])
    if title is not None:
        dotless = frozenset(c.before for name, changes in text_plan if name == "stripped_com" for c in changes
                            if "." not in c.before)
        new_title, title_plan = repair_title(title, replace(context, dotless_com=dotless) if dotless else context,
                                             disabled, english)
        if "glued" not in disabled and english:
            old_title = new_title
            new_title, byline = split_title_byline(old_title)
            if byline:  # a byline glued to the title belongs at the head of the text
                title_plan.append(("glued", [Change("glued_byline", old_title[len(new_title):], "", len(new_title))]))
                text_plan.append(("glued", [Change("glued_byline", "", f"{byline}\n", 0, _MOVED)]))
                new_text = f"{byline}\n{new_text}"
    counts: Counter = Counter()
    for _, changes in text_plan + title_plan:
        counts.update(c.name for c in changes if c.detail != _MOVED)
    result = Repaired(new_text, new_title, dict(sorted(counts.items())), text_plan=text_plan, title_plan=title_plan,
                      english=english, language=language.code)
    if english:
        spun, deletions = scores(new_text)
        result.scores = {"spun": spun, "suspected_deletions": deletions}
        if result.scores["spun"] >= spun_threshold:
            result.flags.append("spun")
        if result.scores["suspected_deletions"] >= deletion_threshold:
            result.flags.append("suspected-deletions")
    return result
