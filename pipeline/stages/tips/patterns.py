"""Patterns and tables of the tips splitter, apart from its logic (as ftfy keeps its ``chardata``): list markers,
closing and guard cues, advice cues, expected counts, stop words. Data only: no function here."""

from __future__ import annotations

import re

from ...text.attribution import PAGE_COUNT
from ...text.dates import MONTH, MONTH_ABBREVIATIONS
from ...text.gated import WordGated
from ...text.languages import (
    GLOTTAL_MARKS,
    LANGUAGES,
    SCRIPT_FULL_STOPS,
    SENTENCE_OPENERS,
    UNSPACED_COMMA_LANGUAGES,
    UNSPACED_LETTERS,
    alternation,
    first_in_sequence,
    languages_with,
    other_languages,
    words,
)

NUMBER_WORDS = {
    w: i for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
        "seventeen eighteen nineteen twenty".split())
}
# ... and the ordinals of the language tables, first to tenth, that number a point beside a counter word ("Zano
# rekutanga:", "Беренсе кәңәш:"); a word two rows rank apart is left out
_ORDINAL_RANKS: dict[str, set[int]] = {}
for _code in languages_with("ordinals"):
    for _rank, _word in enumerate(LANGUAGES[_code]["ordinals"], start=1):
        _ORDINAL_RANKS.setdefault(_word, set()).add(_rank)
ORDINAL_WORDS = {w: min(ranks) for w, ranks in _ORDINAL_RANKS.items() if len(ranks) == 1}
COUNTED_WORDS = NUMBER_WORDS | ORDINAL_WORDS  # a counter's number in words: "Tip One:", "Zano rekutanga:"
_NUM_WORD = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
_ORD_WORD = "|".join(sorted(ORDINAL_WORDS, key=len, reverse=True))
# "Step 3:" and "Tip 3:" in the languages the pages come in ("Βήμα 3:", "Krok 3.", "Schritt 3:", "Bước 3:", "Langkah
# 3.", "コツ③"): a numbered point's marker wherever it is written; the counter words of the language tables
# (text/languages.py)
_FOREIGN_ITEM_WORDS = alternation("counter", other_languages())
# ... and the languages that write the ordinal number before the counter ("1. vinkki:", "2. tipp:", "3. adım:"), or
# the number with its ordinal's suffix after a hyphen (Turkmen "1-nji maslahat:", Azerbaijani "2-ci addım:"): the
# counter after "N." or "N-nji" is part of the marker, never the headline's first word
_COUNTERS = alternation("counter")
# a counter's number may be a circled digit ("コツ①", "Step ③"): how Japanese and Korean pages number their sections
CIRCLED_NUMBERS = "\u2460-\u2473"
# the full stops a script writes after a list's digit as "." is written: the danda (Bengali's and Hindi's "১।", "३।"),
# Urdu's full stop after its Extended Arabic-Indic digit ("۳۔"), Burmese's section mark after its own digit ("၃။") and
# the Tibetan shad after a Tibetan digit ("༣།")
SCRIPT_NUMBER_STOPS = "।۔။།"
_ITEM_WORDS = (r"tip|step|rule|secret|way|idea|lesson|habit|key|point|reason|mistake|strategy|method|technique|"
               rf"trick|hint|question|tactic|principle|myth|{_FOREIGN_ITEM_WORDS}")
# A numbered marker at the start of a line (or paragraph). Each alternative ends before the item's text.
# After the item word, "(?:\s*X)?\s*" and not "\s*X?\s*" (the same strings): the two "\s*" around an optional mark
# split a long blank run every way before giving up (quadratic on one line: "Consiglio" and 8,000 spaces, 5.5 s).
NUMBERED_LINE = re.compile(
    rf"""(?:
        (?-i:(?:[A-Z][\w'’-]*\s+){{0,2}})                                 # a topic first: Grocery Tip #2
        (?P<word>{_ITEM_WORDS})
            (?:\s*(?:\#|no\.\s*|number\s+|n\.?[ \t]?[º°]\.?[ \t]*|nr\.[ \t]*|núm\.[ \t]*))?     # Tip #2, Consejo n.º 2
            \s*(?P<n1>\d{{1,2}}(?!\d)|{_NUM_WORD}|{_ORD_WORD}|[{CIRCLED_NUMBERS}])\b
            (?:\s*/\s*\d{{1,2}}\b|\s+of\s+(?:\d{{1,2}}|{_NUM_WORD})\b)?       # Step 1/5, Step 2 of 5
            \s*(?:-{{2,3}}|[:.)\-–—])?\s*                               # Tip #1: / Step 1 - / Tip One. / Tip 1 --
      | \#\s?(?P<n2>\d{{1,2}})(?!\d)\s*(?:-{{2,3}}|[:.)\-–—])?\s*         # #1 / #1: / #1 - / #1 --
      | [^\W\d_]{{2,20}}[ \t]*\#[ \t]?(?P<n9>\d{{1,2}})(?!\d)[ \t]*[:.][ \t]+  # any word's counter: Myth #1: / Mito #2.
      | (?-i:(?:[A-Z][\w'’-]*\s+){{1,3}})\#\s?(?P<n7>\d{{1,2}})[:.]?[ \t]*(?=\n|$)  # a title line: Reader Letter #2
      | [\[(][ \t]?[^\W\d_]{{2,20}}[ \t]+(?P<n10>\d{{1,2}})[ \t]*(?:of|/)[ \t]*\d{{1,2}}[ \t]?[\])]\s*  # [Photo 2 of 6]
      | [(（](?P<n3>\d{{1,2}})[)）]\s*                                  # (1) / （1）
      | (?P<n4>\d{{1,2}})(?P<p4>\.\)|[.){SCRIPT_NUMBER_STOPS}])  # 1. / 1) / 1.) / glued 3.Being
            (?!\d)(?![ \t]{{0,2}}\d{{1,2}}\.(?:\s|$))
                                                  # (never a date's day and month: "23. 3. Lecture", "6. 4.")
            (?:\s+{_COUNTERS}\s*[:.\-–—]\s+|\s+|(?=[A-Z"“‘'(])|$)             # 1. vinkki: (the counter after)
                                                  # (a script's full stop after the digit: SCRIPT_NUMBER_STOPS)
      | (?P<n11>\d{{1,2}})-[^\W\d_]{{1,4}}\s+{_COUNTERS}\s*[:.\-–—]\s+    # 1-nji maslahat: (an ordinal's suffix)
      | (?P<n12>{_ORD_WORD})\s+{_COUNTERS}\s*[:.\-–—]\s+                # Беренсе кәңәш: (the ordinal in words)
      | (?P<n8>\d{{1,2}})(?P<p8>[．）])\s*(?=\S)                          # a Japanese page's full-width １． / 1）
      | (?P<n6>\d{{1,2}})/[ \t]+(?=\S)                                   # 1/ a thread's numbering
      | (?P<n5>\d{{1,2}})\s+[-–—:]\s+                                   # 1 - text
      | day[ \t]+(?P<n13>\d{{1,2}})(?!\d)[ \t]*[:\-–—][ \t]+              # a plan's day: Day 3 – / Day 3: (a mark
                                                  # after it, never "Day 3 was hard"; a week heads several days)
    )""",
    re.IGNORECASE | re.VERBOSE,
)
# List markers that number by other signs than digits, as (style, pattern); group "n" holds the sign: an emoji
# keycap digit (1️⃣), a circled digit (①, ❶, ➊), a Roman numeral (i. ii) (iii) IV.), a letter (a) (b) c. D.; a
# capital with a full stop is its own style, as "A." answer labels repeat it and never run A, B, C; "Q." is a
# question label, and an initial before another ("A. J. Cronin") is none). Tried after NUMBERED_LINE, in this order
# (roman before letters: "i." and "v." are numerals); a sign then needs a letter or a quote after it ("c. 1850" is
# a date). Together with NUMBERED_LINE and BULLET_LINE this is every list marker the splitter knows.
_ROMAN = r"(?:i{1,3}|iv|vi{0,3}|ix|x|I{1,3}|IV|VI{0,3}|IX|X)"
CJK_NUMERALS = "一二三四五六七八九十"  # their values: the position in this string, plus one
HEBREW_NUMERALS = "אבגדהוזחטי"  # alef to yod: their values the position in this string, plus one (as gematria counts)
_TEXT_AFTER = r"(?=[^\W\d_]|[\"“‘'(])"
ETHIOPIC_UNITS = "\u1369-\u1371"  # ፩ … ፱: 1-9, in code point order
ETHIOPIC_TENS = "\u1372-\u137a"  # ፲ … ፺: 10-90, in code point order
TIBETAN_DIGITS = "\u0f20-\u0f29"  # ༠ … ༩
TIBETAN_LETTERS = "\u0f40-\u0f6c"  # ཀ … the last consonant
SIGN_MARKERS = (
    ("keycap", re.compile(r"(?P<n>\d{1,2})\ufe0f?\u20e3\s*")),
    ("circled", re.compile(r"(?P<n>[\u2460-\u2473\u24f5-\u24fe\u2776-\u2793])\s*")),
    ("roman-paren", re.compile(rf"\(?(?P<n>{_ROMAN})\)\s*{_TEXT_AFTER}")),
    ("roman-dot", re.compile(rf"(?P<n>{_ROMAN})\.\s+{_TEXT_AFTER}")),
    ("alpha-paren", re.compile(rf"\(?(?P<n>[a-zA-Z])\)\s*{_TEXT_AFTER}")),
    ("alpha-dot", re.compile(rf"(?P<n>[a-z])\.\s+{_TEXT_AFTER}")),
    ("alpha-cap-dot", re.compile(rf"(?P<n>[A-PR-Z])\.\s+(?![A-Z]\.){_TEXT_AFTER}")),
    # Chinese and Japanese numerals with the enumeration comma or in brackets ("一、", "（三）"): how those pages
    # number their points and sections
    ("cjk-comma", re.compile(rf"(?P<n>[{CJK_NUMERALS}]{{1,3}})[、．]\s*(?=\S)")),
    ("cjk-paren", re.compile(rf"[(（](?P<n>[{CJK_NUMERALS}]{{1,3}})[)）]\s*(?=\S)")),
    # Hebrew letters in their alphabet's order ("א.", "ב)", "ג׳"): how Hebrew pages letter their points, as "a."
    # does in Latin; a blank and a Hebrew word must follow ("א.ב." are initials)
    ("hebrew", re.compile(rf"(?P<n>[{HEBREW_NUMERALS}])[.)׳']\s+(?=[\u05d0-\u05ea])")),
    # Ethiopic numerals ("፩.", "፯)", "፲፪."): how Amharic and Tigrinya pages number their points; a tens sign, then
    # a units sign (Unicode's Nº, not digits: "\d" never matches them)
    ("ethiopic", re.compile(rf"(?P<n>[{ETHIOPIC_TENS}]?[{ETHIOPIC_UNITS}]|[{ETHIOPIC_TENS}])[.)]\s*(?=\S)")),
    # Tibetan digits with a blank and no stop after them ("༢ ", "༡༠ "): how Tibetan pages number their points (with
    # a stop, "༢." or "༢།", they are NUMBERED_LINE's: "\d" matches them); a Tibetan letter must follow, so a year
    # ("༢༠༢༤ ལོ") is none
    ("tibetan", re.compile(rf"(?P<n>[{TIBETAN_DIGITS}]{{1,2}})[ \t]+(?=[{TIBETAN_LETTERS}])")),
)
ROMAN_VALUES = {"i": 1, "v": 5, "x": 10}
# The Somali alphabet's consonants in its own order (b, t, j, x, kh, d, r, s, sh, dh, c, g, f, q, k, l, m, n, w, h,
# y), its digraphs left out: a Somali page letters its points "b) t) j) x) d)", as a Latin one "a) b) c)"
SOMALI_LETTER_ORDER = "btjxdrscgfqklmnwhy"
# Chinese and Japanese write a phrase without spaces: "扉を開ける時間を短くする" is one "word" to WORD, so a list item
# of theirs is told by its letters (kana, CJK ideographs, Hangul), not by its count of words. Thai, Lao, Khmer and
# Burmese write no spaces between words either ("อย่าล้างผักก่อนเก็บ" is one "word"): their letters count alike.
UNSPACED_LETTER = re.compile(f"[{UNSPACED_LETTERS}\uac00-\ud7af]")  # and Hangul: a Korean phrase is one "word" too
CJK_ITEM_MIN_LETTERS = 4  # "壁から離す": a short phrase; one or two letters are a label or a name
# Symbols that open a line without being a bullet: a copyright line, a trade mark, a degree sign.
NOT_BULLET_SYMBOLS = frozenset("©®™℗°")
# A Markdown heading's hashes ("## "), before a numbered item's marker in a Markdown export.
MARKDOWN_HEADING = re.compile(r"#{2,6}[ \t]+")
# The markup a text export keeps around a heading: Markdown's hashes ("## Pick often", "## Pick often ##"), a wiki's
# equals signs ("== Carrots with onions =="), Markdown's bold ("**Backrest**"). The headline is the words inside.
HEADING_MARKUP = re.compile(r"^(?:#{2,6}[ \t]+(?P<h>.+?)(?:[ \t]+#+)?|(?P<e>={2,6})[ \t]*(?P<w>.+?)[ \t]*(?P=e)|"
                            r"(?P<s>\*\*|__)(?P<b>.+?)(?P=s))$")
# The circled digits' blocks, as (first character, its value): ① ⓵ ❶ ➀ ➊.
CIRCLED_BLOCKS = (("\u2460", 1), ("\u24f5", 1), ("\u2776", 1), ("\u2780", 1), ("\u278a", 1))
# Bullets that may touch their text (·Making; arrows, "→ Pick the best fruit"; U+F0B7 and U+F0A7: Symbol and
# Wingdings bullets a word processor's text export keeps as private-use characters) and ASCII/dash bullets that
# need a space (- item, not -5).
# "# " bullets only before a capital: "# connect the client" is a code comment; "o " too (a word processor's
# second-level bullet kept as a letter): "o dear" is no item. A scan's OCR reads a round bullet as "o" or as "e" (the
# repairs close the gap after it to one space), so "e" before a capital opens an item too (bullets need a run of two
# or more items of one glyph, which a wrapped line starting with another language's "e" hardly makes). A glyph's
# emoji presentation selector (U+FE0F: "✔️", "▪️", as phones and emoji pickers write them) is part of the marker.
BULLET_LINE = re.compile(r"(?P<b>[•·▪◦●■□►▸‣⁃✓✔➢➤○◆◇♦❖☐☑☒\uf0b7\uf0a7→⇒➔➜➙])\ufe0f?\s*|(?P<a>[-*+–—]|[#oe](?=\s+[A-Z])|"
                         r"\[[ xX✓✔]?\])\s+")  # a checklist's boxes too: "[ ] Turn it monthly", "☐ …"
# A flowchart's go-to line: an answer, an arrow and the number of the box to go to ("YES -> go to Step 6", "No → 4",
# "Dry ⇒ see box 10"): the box holding it asks a question of the chart, it gives no advice (SPEC)
GO_TO_LINE = re.compile(r"(?:->|→|⇒|=>|➔|➜)[ \t]*(?:[^\W\d_]+[ \t]+){0,3}\d{1,2}\b")
# An answer key's line opens with the right option's letter after the question's number ("1 - b. Raw juices …",
# "3) a) Because …"): it marks the answer, and the list is the key, no more points (SPEC)
ANSWER_KEY_LETTER = re.compile(r"[a-dA-D][.)][ \t]")
# A checklist's boxes, ticked or not ("[ ]", "[x]", "☐", "☑"): one list's marker whatever its state (SPEC: each box line
# is a point, ticked or not), so they share one style
CHECKBOX = re.compile(r"\[[ xX✓✔]?\]|[☐☑☒]")
CHECKBOX_STYLE = "[ ]"
# What a list item may carry between its marker and its words, as a second marker (SPEC: a marker of any kind leaves
# the headline): a checklist's box ("• ☐ Store water", "1. [x] Book the van", "- ✓ Charge the phone") and a media
# locator, the place in the recording or the page the point is found at ("• [04:12] Use a shim", "2. (1:02:45) Ask
# early", "- 12:30 – Rest the dough": a bare time needs its dash, "• 12 eggs" or "• 9:30 start" are the item's words).
STACKED_MARKER = re.compile(r"(?:[☐☑☒□▢✓✔✗✘]|\[[ xX✓✔]?\]|[\[(]\d{1,2}(?::\d{2}){1,2}[\])]"
                            r"|\d{1,2}(?::\d{2}){1,2}[ \t]+[-–—])[ \t]+(?=\S)")
# A place in a recording at a paragraph's start ("[02:51] ", "(1:02:45) "): a video page's transcript stamps every
# paragraph so; a counter after it ("[02:51] Tip two: …") numbers a point as it would at the line's start.
MEDIA_LOCATOR = re.compile(r"[\[(]\d{1,2}(?::\d{2}){1,2}[\])][ \t]+")
# A list glyph the scrape could not encode (a bullet, an emoji), left as "?" before an item's first word ("? Ask to
# hear it run."): a marker, like the glyph it stood for; no sentence opens so. (The replacement character is a
# symbol and already a bullet glyph: paras.match_marker.)
LOST_GLYPH = re.compile(r"\?{1,3}[ \t]+(?=[\"“‘'(]?[A-Z])")
# A section's title glued to its first sentence by a lost line break ("Studded tyres are worth itMy first winter I
# slid …"): a title of a few words ending in a lowercase word of two letters or more (never a name's inner capital:
# "McDonald", "iPhone", "YouTube", "PowerPoint"), then the sentence's capital and a lowercase word.
GLUED_HEAD = re.compile(r"[A-Z][^\n.!?:;]{4,80}?\b[a-z]{2,}(?=[A-Z][a-z]*\s)")
# A number inside a paragraph, after a sentence end: ``people. 1. The job``; never ``3.5%`` or ``page 2.``.
# Led by its digit, so the engine skips to digits instead of trying the lookbehind at every character (2.4x on
# real text); the lookbehind, now over the digit too, asks what "(?<![\w.,$€£%])" before it asked.
INLINE_NUMBER = re.compile(r"(?P<n>\d(?<![\w.,$€£%]\d)\d?)[.)](?!\d)(?=\s*[\"“‘'(]?[A-Z])")
# A point's counter inside a paragraph, after a lead-in sentence ("… with what you grow. Tip #1: Only save …", "…
# ones. Schritt 2: …"): a counter word of any language (NUMBERED_LINE's), its number marked by "#" or followed by a
# colon or a dash, then the point's first letter. Asked only at a sentence's start (detect.inline_numbered), and a
# run of three is needed, as for inline digits. A "Bonus tip:" after the count is one more point marked like them.
INLINE_COUNTER = re.compile(
    rf"(?<![^\W\d_])(?:{_ITEM_WORDS})[ \t]*(?:\#[ \t]?(?P<n>\d{{1,2}})(?!\d)[ \t]*[:.\-–—]?"
    rf"|(?P<m>\d{{1,2}})(?!\d)[ \t]*[:\-–—])[ \t]+(?=[\"“‘'(]?[^\W\d_])",
    re.IGNORECASE,
)
# What every INLINE_COUNTER match holds, asked first (exactly: a paragraph without it holds no counter): "#" before
# a digit, or a digit, a colon or a dash and a space. A plain search finds it by literal characters, where the
# counter's own search tries its lookbehind and the counter words of every language at each character (1.1 s of
# the 1,170 real texts' 4.9 s of tips, issue 19); 2 % of their paragraphs hold it.
INLINE_COUNTER_NEEDS = re.compile(r"\#[ \t]?\d|\d[ \t]*[:\-–—][ \t]")
BONUS_COUNTER = re.compile(rf"(?:bonus|extra)[ \t-]?(?:{_ITEM_WORDS})[ \t]?[:\-–—][ \t]?(?=\S)", re.IGNORECASE)
SENTENCE_ENDS = ".!?…。！？"  # what a sentence ends with, in the scripts the pages come in
SENTENCE_END_BEFORE = re.compile(r"(?:^|[.!?:;…][\"”’')\]]*)\s*$")

ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "st", "jr", "sr", "vs", "etc", "e.g", "i.e", "inc", "ltd", "co", "no", "prof",
    "mt", "ft", "u.s", "a.m", "p.m", "approx", "dept", "fig", *MONTH_ABBREVIATIONS,
}
# A line that is only a length of time, a page's reading or listening time or a player's duration ("6 min", "12
# minutes", "4 min read"): the page's furniture, never a title over a point. (The units are the abbreviations many
# languages share, and English words.)
DURATION_LINE = re.compile(r"\d{1,3}(?:[.,]\d)?[ \t]*(?:min|mins|minutes?|hrs?|hours?|h|sec|secs|seconds?)\.?"
                           r"(?:[ \t]+(?:read|listen|watch))?", re.IGNORECASE)
SENTENCE_INSIDE = re.compile(r"[.!?]\s+[A-Z]")  # a sentence ends and another opens: a paragraph, no title line
# Where a sentence ends and the next opens: a full stop (any script's own: languages.SCRIPT_FULL_STOPS, Urdu's "۔",
# Ethiopic "።", Ol Chiki "᱾"; the danda, the Arabic question mark), a space, then what a sentence opens with in any
# script (languages.SENTENCE_OPENERS: a capital, a letter of a script without capitals, a digit), after an opening
# quote or a glottal stop letter ("ʻOku …"). "Βράστε το μείγμα. Αν η κρούστα …", "… في الصيف. الفلتر …", "… शुरू न
# करें। जो …" and "ᏚᏯ ᏗᎦᏓᎴᏍᏗ. ᏑᎾᎴ …" have two; "e.g. the" has one.
# (one branch, not two: a search tries every position, and a second branch there doubled its cost)
SENTENCE_BREAK = re.compile(rf"(?<=[.!?…؟{SCRIPT_FULL_STOPS}])[\"”’')\]]*\s+"
                            rf"(?=[\"“‘'(„«{GLOTTAL_MARKS}]?[{SENTENCE_OPENERS}])")
# Chinese and Japanese write no blank after a sentence: their full-width full stop, question and exclamation marks
# end it where a character of the next follows ("第一，行程要少一半。老人体力有限，…" has two sentences); a closing
# corner bracket or bracket after one closes a quotation inside the sentence ("「よし！」と言った。" is one).
# Asked only of a text holding one of the marks (FULL_WIDTH_ENDS).
FULL_WIDTH_ENDS = "。！？"
FULL_WIDTH_BREAK = re.compile(r"(?<=[。！？])(?=[^\s」』）)\]。！？、，])")

# A video's chapter line: its start time, then its title ("0:38 Soak the stone", "1:02:15 – Questions"), as a video
# description lists them. The times go up from the first.
CHAPTER_LINE = re.compile(r"(?P<time>(?:\d{1,2}:)?\d{1,2}:[0-5]\d)(?:[ \t]?[-–—|:.)])?[ \t]+"
                          r"(?P<title>[^\W\d_(\"“‘'][^\n]{0,100})")
CHAPTERS_MIN = 3  # a video's chapters: three at least, or it is a timestamp or two in a sentence

# A post's row of tags on a social platform ("#study tips #studyblr #uni life"): two tags or more and nothing else.
# It closes its post: what follows is another post (a reblog's, a reply's).
HASHTAG_ROW = re.compile(r"#[^\W\d_][^#\n]{0,40}(?:#[^\W\d_][^#\n]{0,40})+")

# Where a sentence ends in a text written all in lower case (a social post: "study in blocks. not your phone."): a
# full stop and a space before any letter. Asked only of a text opening in lower case.
LOWER_CASE_BREAK = re.compile(r"(?<=[.!?…])[\"”’')\]]*\s+(?=[\"“‘'(]?[^\W\d_])")

def _address_pattern(code: str) -> re.Pattern[str]:
    """A language's words to the reader (languages.py ``address``, whole words, any case), and its capitalised
    polite ones (``formal_address``) only inside a sentence: German "Sie" and "Ihr..." after a word or a comma
    (opening one, they are as likely "she", "they", "her").

    >>> bool(_address_pattern("de").search("Das können Sie tun.")), bool(_address_pattern("de").search("Sie kam."))
    (True, False)
    """
    row = LANGUAGES[code]
    pattern = rf"\b(?i:{alternation('address', [code])})\b"
    if row.get("formal_address"):
        formal = "|".join(re.escape(w.capitalize()) for w in words("formal_address", [code]))
        pattern += rf"|(?<=[\w,] )(?:{formal})\b"
    return re.compile(pattern)


SECOND_PERSON = _address_pattern("en")
# The same address to the reader in the other languages whose rows hold their commonest words and their words for
# "you" (languages.py ``function_words``, ``address``): a body reads as one of them when a fifth of its first words
# are that language's function words (the aside test, without_asides, and the tips gate read them).
READER_LANGUAGES: dict[str, tuple[frozenset[str], re.Pattern[str]]] = {
    code: (frozenset(LANGUAGES[code]["function_words"]), _address_pattern(code))
    for code in languages_with("function_words", "address")
}
# A speaker label opening a paragraph of an interview ("The Economist: …", "Mr Malone: …", "Q: …").
SPEAKER_LABEL = re.compile(r"^(?P<who>[A-Z][\w.'’]*(?:\s+[A-Z][\w.'’]*){0,3}|Q|A)\s*:\s+\S")
# A sequence word numbering a point in prose: "First, …", "Secondly, …", "Then I …", "After that we …", "To begin
# with, …" (SPEC: a phrase that only places the point in the order is a marker, like "1.").
SEQUENCE_WORD = re.compile(
    r"^(?:first(?:ly|\s+of\s+all)?|to\s+(?:begin|start)\s+with|second(?:ly)?|third(?:ly)?|fourth(?:ly)?|fifth(?:ly)?|sixth|seventh|next|then|after\s+that|also|finally|"
    r"lastly|last(?:\s+of\s+all)?|and\s+finally)(?:\s*,\s*|\s+(?=(?:I|we|you)\b))",
    re.IGNORECASE,
)
# The sequence word of the first point ("First, …", "Firstly, …", "Erstens, …", "Po pierwsze, …"): the paragraphs
# above it introduce the points.
# (The comma after it in any script: Latin's, the Arabic comma, the ideographic and full-width commas, the
# Ethiopic comma "፣" (Amharic, Tigrinya: "በመጀመሪያ፣ …") and the Burmese little section "၊", which parts a clause as
# a comma does; or a colon.)
SEQUENCE_COMMAS = ",،、，:：፣၊"
FIRST_IN_SEQUENCE = re.compile(rf"^{first_in_sequence()}\s*[{SEQUENCE_COMMAS}]\s*", re.IGNORECASE)
# The same words in the other languages of text/languages.py ("Po pierwsze,", "Em seguida,", "अंत में,", "أولاً:",
# "마지막으로 …"): a marker before its comma or colon (Korean, Japanese and Chinese may write none). Asked only when
# SEQUENCE_WORD did not match.
SEQUENCE_WORD_ABROAD = re.compile(
    rf"^(?:{alternation('sequence', other_languages())}\s*[{SEQUENCE_COMMAS}]\s*"
    rf"|{alternation('sequence', UNSPACED_COMMA_LANGUAGES)}\s+)",
    re.IGNORECASE,
)

# An ordinal opening a sentence of running prose ("First, stop coffee …", "Secondly, …", "Finally, …"): the
# points of an article that numbers them in words inside its paragraphs. Ranks come from ORDINAL_RANKS.
# The sequence words that say a point is the writer's last ("Finally, …", "Lastly, …", "Por último, …", "Enfin, …",
# "Na koniec …"): a paragraph after it is the conclusion, not another point.
LAST_SEQUENCE_WORD = re.compile(
    r"^(?:(?:and\s+)?finally|lastly|last(?:\s+of\s+all|\s+but\s+not\s+least)?|por\s+último|finalmente|enfin"
    r"|pour\s+finir|schließlich|zum\s+schluss|abschließend|infine|per\s+finire|tot\s+slot|ten\s+slotte|na\s+koniec"
    r"|wreszcie|slutligen|til\s+sidst|lopuksi|наконец|нарешті|son\s+olarak|în\s+final|τέλος|nakonec)\b\s*[,:]?\s+",
    re.IGNORECASE)
ORDINAL_LEAD = re.compile(r"(?P<w>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|finally|lastly)"
                          r"(?:ly)?\s*,\s*(?=\S)", re.IGNORECASE)
# A point's counter spoken as a clause of its own in a talk's transcript or subtitles ("Number one, count the days",
# "Habit two.", "Three, cook from the cupboard", "Four: tell them", "And the fifth one. Plan ahead."): the number
# in words, maybe after a filler and a counter noun, then a comma, a colon or a full stop (SPEC: a spoken counter is
# a marker, the headline is what follows)
_SPOKEN_NUMBERS = "one|two|three|four|five|six|seven|eight|nine|ten"
# an ordinal counts aloud only with its noun ("the fifth one", "the second habit"): "First, …" alone is prose's
# ordinal (detect.ordinal_sentences)
_SPOKEN_NOUN = "(?:one|thing|tip|habit|rule)"
_SPOKEN_ORDINALS = "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
# the nouns a talk counts its points with ("Habit two.", "Fix number three.")
_SPOKEN_COUNTER_NOUNS = "number|habit|tip|rule|step|point|thing|lesson|fix|way|idea|hack|trick"
# A video chapter's title that only counts a point and names it in a word or two ("Fix 1 – air the room", "Tip 3:
# lids"): a label of the point the talk makes aloud at that time, not the point
COUNTED_CHAPTER = re.compile(rf"(?:{_SPOKEN_COUNTER_NOUNS})[ \t]*(?:#|no\.?[ \t]*)?\d{{1,2}}\b", re.IGNORECASE)
# A timestamped show-notes line's start time ("05:20", "[1:02:45]"), then maybe a point's counter and its sign ("Tip
# 3 —", "Step 2:"): the line is a chapter, and a counted point where the counter is there
TIMED_COUNTER = re.compile(rf"[\[(]?(?:\d{{1,2}}:)?\d{{1,2}}:[0-5]\d[\])]?[ \t]*(?:[-–—|][ \t]*)?"
                           rf"(?P<counter>(?:{_SPOKEN_COUNTER_NOUNS})[ \t]*(?:#|no\.?[ \t]*)?\d{{1,2}}[ \t]*"
                           rf"[-–—:.)][ \t]*)?", re.IGNORECASE)
SPOKEN_COUNTER = re.compile(
    rf"(?:(?:and|so|okay|ok|right|now)[,.]?[ \t]+)?(?:the[ \t]+)?(?:(?:{_SPOKEN_COUNTER_NOUNS})"
    rf"[ \t]+)?(?:number[ \t]+)?(?:(?P<w>{_SPOKEN_NUMBERS})"
    rf"|(?P<o>{_SPOKEN_ORDINALS})(?=[ \t]+{_SPOKEN_NOUN}\b))(?:[ \t]+{_SPOKEN_NOUN})?[ \t]*"
    r"(?P<p>[,.:!])(?:\s+|$)",
    re.IGNORECASE)
SPOKEN_RANKS = {w: i % 10 + 1 for i, w in enumerate(f"{_SPOKEN_NUMBERS}|{_SPOKEN_ORDINALS}".split("|"))}
# A transcript turn's speaker label ("[04:12] Mai:", "Mai:") and a subtitle cue's number and timing lines ("14",
# "00:00:48,600 --> 00:00:52,950"): what stands before the spoken words
TALK_TURN = re.compile(r"(?:[\[(]\d{1,2}(?::\d{2}){1,2}[\])][ \t]*)?"
                           r"[A-Z][\w'’-]{0,30}(?:[ \t][A-Z][\w'’-]{0,30})?:[ \t]+")
_CUE_TIME = r"\d{1,2}:\d{2}:\d{2}[,.]\d{3}"
CUE_LINE = re.compile(rf"[ \t]*(?:\d{{1,5}}|{_CUE_TIME}[ \t]*-->[ \t]*{_CUE_TIME})[ \t]*(?:\n|$)")
# ... the same pattern, case-sensitive, for a text already lower-cased that holds none of CASE_BLIND_EXTRAS (see
# detect.ordinals_at_least: there its matches are ORDINAL_LEAD's in the text, at the same places)
ORDINAL_LEAD_LOWER = re.compile(ORDINAL_LEAD.pattern)
# The "and" a run-on point's ordinal may follow inside the paragraph ("... you won't. And sixth, put ..."): it goes
# with the marker (detect._run_on_ordinal; the ordinal itself is ORDINAL_LEAD's)
AND_BEFORE = re.compile(r"and\s+", re.IGNORECASE)
# The characters the case-blind engine takes for an ASCII letter that str.lower does not make that letter: dotted
# capital I ("İ", which lower-cases to two characters), dotless i ("ı") and long s ("ſ"), each with the letter it is
# read as (a Kelvin sign is not among them: str.lower makes it a k, as the engine reads it)
CASE_BLIND_LETTERS = {"İ": "i", "ı": "i", "ſ": "s"}
CASE_BLIND_EXTRAS = tuple(CASE_BLIND_LETTERS)
ORDINAL_RANKS = {w: i for i, w in enumerate("first second third fourth fifth sixth seventh eighth ninth tenth".split(),
                                            start=1)} | {"finally": 0, "lastly": 0}  # 0: the last point
# An offer to download ("Download our free checklist", "Download the PDF here") promotes; "Download everything the
# night before" is a point: the offer names itself within a few words.
_DOWNLOAD_OFFER = r"download\b(?=[^.!?\n]{0,40}\b(?:free|our|my|here|now|today|e-?book|pdf)\b)"
# Paragraphs that close a list (the conclusion, often pointing back at it: "With those to hand …", "Once you have
# these …"), promote something, or are page chrome ("Sign up for our newsletter" promotes; "Sign up for a 5k" is
# advice; "Want to share this post?", "Found this useful?" ask for a share).
CLOSING = re.compile(
    rf"""^\W*(?:so,?\s+)?(?:
        there\s+you\s+have\s+it|in\s+conclusion|in\s+summary|to\s+sum\s+(?:it\s+)?up|to\s+summari[sz]e|
        to\s+conclude|in\s+closing|all\s+in\s+all|(?:the\s+)?bottom\s+line|remember,|none\s+of\s+this|
        in\s+the\s+end\b|at\s+the\s+end\s+of\s+the\s+day|ultimately|overall,|hopefully|i\s+hope\b|
        hope\s+(?:this|that|these|it|some\s+of\s+this)\s+helps?\b|
        let\s+(?:me|us)\s+know\b|over\s+to\s+you\b|your\s+turn\b|welcome\s+(?:to|aboard|back|home)\b|
        armed\s+with\b|with\s+(?:these|those|all\s+(?:of\s+)?(?:this|that|these|those))\b|
        once\s+you(?:'ve|’ve|\s+have)\s+(?:these|those|them|all\s+(?:this|that))\b|give\s+(?:it|them|these|this)\s+a\s+(?:try|go|shot|whirl)\b|and\s+that(?:'s|’s|\s+is)\s+it\b|
        that(?:'s|’s)\s+a\s+wrap\b|(?:do|have)\s+you\s+(?:have|got)\s+(?:any\s+|a\s+|your\s+own\s+)?(?:other\s+|more\s+)?
            (?:tips?|ideas?|tricks?|suggestions?)\b|got\s+a\s+(?:tip|trick|question)\b|
        what\s+(?:are\s+|is\s+)?your\s+(?:own\s+|favou?rite\s+|best\s+|go-to\s+)?(?:tips?|tricks?|ideas?|advice)\b|
        whatever\s+you\b|whichever\s+you\b|good\s+luck|happy\s+[a-z]+ing\b|see\s+you\b|until\s+next\s+time|
        safe\s+travels?\b|take\s+care\b|bon\s+voyage\b|cheers\W*$|enjoy\W*$|
        thanks\s+for\s+reading|thank\s+you\s+(?:for|all|again|so\s+much)\b|thanks\s+(?:again|all|so\s+much)\b|that(?:'s|’s|\s+is)\s+(?:it|all|the\s+whole)\b|now\s+(?:go|get|you)\b|if\s+you\s+(?:follow|use|apply|implement|put)\b|by\s+following|
        (?:follow|use|try|put|apply|implement)\s+these\b|these\s+(?:tips|steps|ideas|simple|are)\b|
        if\s+you(?:\s+are|'re|’re)\s+looking|click\s+(?:here|below|on|the)\b|visit\s+(?:us|our|my|www|http)|
        for\s+more|learn\s+more|subscribe|
        (?:want|like|care)\s+to\s+share\b|share\s+this\s+(?:post|article|page|story|guide|list)\b|
        (?:enjoyed|liked|loved)\s+(?:this|the)\s+(?:post|article|read|guide|list)\b|
        (?:found|was|did\s+you\s+find)\s+this\s+(?:post\s+|article\s+|guide\s+|page\s+)?(?:useful|helpful)\b|
        if\s+you\s+(?:enjoyed|liked|found)\s+this\b|pin\s+(?:it|this)\s+for\s+later\b|spread\s+the\s+word\b|
        sign\s+up\b(?!\s+for\s+(?:a|an|one|something)\b)|
        contact\s+us|call\s+us|{_DOWNLOAD_OFFER}|
        get\s+your\s+free|about\s+the\s+author|copyright|©|\(c\)\s*\d|
        share\s+and\s+enjoy|tags:|leave\s+a\s+(?:comment|reply)|no\s+comments|post\s+a\s+comment|
        related\s+(?:posts|articles)|resources?\b|conclusion|summary|final\s+thoughts
    )""",
    re.IGNORECASE | re.VERBOSE,
)
# The closing cues that are the page's, not the writer's: a call to click, visit, subscribe, share or call, a copyright.
# Anywhere they stand, even right under a section's title ("For Firefox:" – "Click the button …"), they end a tip.
PROMOTION = re.compile(rf"^\W*(?:click|visit|subscribe|sign\s+up|contact\s+us|call\s+us|{_DOWNLOAD_OFFER}|"
                       r"get\s+your\s+free|for\s+more|learn\s+more|share\b|copyright|©|\(c\))", re.IGNORECASE)
CLOSING_ANYWHERE = re.compile(
    r"\b(?:these|the\s+above|those|all\s+of\s+these)\s+(?:\w+\s+)?(?:tips|steps|points|ideas|things|suggestions|"
    r"strategies|techniques|rules)\b|\beach\s+of\s+the\s+points\b|\b(?:most|any|all|none|some|two|three)\s+of\s+these\b|"
    r"\b(?:like|such\s+as)\s+these\b|"
    r"https?://|\bwww\.|[\w.+-]@[\w-]+\.\w",  # a link or an address to write to: the page's, not a point's
    re.IGNORECASE,
)
# A web address named in a line: a link, a host name ("shop.example", "www.site.example/offer"), in any alphabet. A
# stray line naming one, set between two points, is an advert or a spammer's link (detect._line_between_led_points).
# A host name starts only where no label, hyphen or dot stands before it: with "\b" there, each label of a long run
# ("ab-ab-ab-…", "a.a.a.…") was tried as a start and the run walked from each (quadratic: 36 kB cost seconds, a
# reviewer's round 29); now each run is walked once. ("1-shop.example" and "...shop.example" name none now.)
WEB_ADDRESS = re.compile(r"https?://|\bwww\.|(?<![\w.-])[^\W\d_][\w-]*(?:\.[\w-]+)*\.[^\W\d_]{2,}\b")
CLOSING_WORDS = ("tips", "steps", "points", "ideas", "things", "suggestions", "strategies", "techniques", "rules",
                 "http", "www.", "these", "@")
# Where a page's end matter starts: nothing at or after it can be a tip (used when boilerplate did not run). A blog's
# comment thread opens with a count line of its own ("4 thoughts on "…"", "6 replies", "12 Comments", "5 comments:").
# "back to page" opens at a line's start after any blanks, a "<" only after spaces or tabs: its own branch with its
# own "\s*", since a "\s*" behind the "[ \t]*" the others share re-walked a long blank run once per character that
# "[ \t]*" gave back (quadratic: 100 KB of spaces between two lines hung the stage run alone). Same language.
GUARD = re.compile(
    r"""(?:^|\n)(?:\s*back\s+to\s+page|[ \t]*(?:about\s+the\s+author|author\W*s?\s+(?:bio|resource)|resource\s+box|
        copyright\s*(?:©|\(c\)|\d{4}|by\b|of\b)|©|
        \(c\)\s*\d{4}|\(c\)\s+[^\n]{1,60}\b(?:19|20)\d\d\b|all\s+rights\s+reserved|share\s+and\s+enjoy|tags:|leave\s+a\s+(?:comment|reply)|
        no\s+comments:?|post\s+a\s+comment|related\s+(?:posts|articles)|<\s*back\s+to\s+page|
        republish\s+this\s+(?:article|story|post|piece)|   # a news site's republishing box under the article
        (?:recent|popular|latest)\s+posts[ \t]*(?=\n|$)|
        \d[\d.,]*(?:[ \t]?[km])?[ \t]+followers[ \t]*(?=\n|$)|   # a story platform's writer card under the text
        \d{1,4}\s+(?:thoughts?|comments?|responses?|replies)(?:\s+(?:on|to)\s+["“'‘«][^\n]{1,160}|\s*:)?[ \t]*(?=\n|$)))
      | \babout\s+the\s+author\s*[:\-–—]
      | \byou\s+(?:are|may\s+be)\s+(?:free|allowed|welcome)\s+to\s+(?:re)?publish
      | \b(?:is|are)\s+licen[sc]ed\s+under\b
      | \bused\s+with\s+permission\b""",
    re.IGNORECASE | re.VERBOSE,
)
# Every branch of GUARD holds one of these words (lower case; the rarer word of a branch): a body whose lower-cased
# text holds none cannot match it, and most bodies hold none, so the regex (an IGNORECASE alternation tried at every
# offset, ~20 % of the stage's CPU on real text) runs only where it can match. Change both together
# (tests/stages/test_tips.py checks one line per branch). IGNORECASE also matches CASE_BLIND_EXTRAS to ASCII letters,
# which lower() does not: a body holding one of them always runs the regex.
GUARD_WORDS = ("author", "resource", "copyright", "©", "(c)", "reserved", "enjoy", "tags:", "reply", "comment",
               "related", "page", "publish", "licen", "permission", "thought", "response", "replies", "posts",
               "followers")
# Where a match of GUARD can start: its first branch at the text's or a line's start ("^", "\n"), each other branch at
# one of these words (lower case), which it opens with and holds the second word of: a text lacking the second word
# is not asked there. Change with GUARD (tests/stages/tips/test_guard_starts.py reads its branches).
GUARD_HEADS = (("about", "author"), ("you", "publish"), ("is", "licen"), ("are", "licen"), ("used", "permission"))
GUARD_MIN_SHARE = 0.25  # a guard match in the first quarter is a header (bylines); the tail is what it protects

# A heading over the site's links to its other pages, under the article: "Recent Posts", "You May Also Like", "RELATED
# ADVICE", "More guides", a directory's "Pets Articles:", a blog's sidebar ("Categories", "Archives", "Blogroll"),
# and the same in the languages the pages come in ("Читайте
# також:", "Czytaj także", "Lesen Sie auch", "関連記事"). The lines under it are other pages' titles, never the
# article's points: the article ends at it. Matched against a whole short paragraph (MORE_READING_MAX_WORDS).
_MORE_READING_WORDS = r"""(?:
        you\s+(?:may|might|will|could)\s+also\s+(?:like|enjoy|be\s+interested\s+in)|also\s+read|see\s+also|
        related(?:\s+[^\W\d_]+){0,2}|            # "Related posts", "Related information", "Related help topics"
        (?:more|other|recent|latest|popular|similar|newer|older|recommended)\s+
            (?:posts?|articles?|stories|guides?|reads|reading|advice\s+articles|from\s+(?:this|the|our)\s+\w+)
            (?:\s+(?:by|from)\s+(?:this|the|our)\s+(?:author|writer|expert|contributor|blogger))?|  # a directory's
        read\s+(?:next|also|more\s+(?:posts|articles|stories))|more\s+to\s+read|keep\s+reading|
        (?:what\s+to\s+)?read\s+(?:this\s+)?next|up\s+next|more\s+like\s+this|further\s+reading|
        recommended\s+for\s+you|editor(?:'|’)?s\s+picks?|top\s+(?:posts|stories|articles)|
        from\s+the\s+archives?|categories|archives|blogroll|recent\s+comments|tag\s+cloud|
        (?-i:(?:[A-Z][\w&'’-]*\s+){1,3})articles|                                  # a directory's "Pets Articles:"
        czytaj\s+(?:też|także|również)|zobacz\s+(?:też|także|również)|
            (?:podobne|powiązane|najnowsze|ostatnie|popularne)\s+(?:wpisy|artykuły|posty)|           # Polish
        читайте\s+(?:також|ще|также|еще|ещё)|дивіться\s+також|смотрите\s+также|
            (?:схожі|останні|популярні|похожие|последние|популярные)\s+(?:статті|статьи|записи|публікації)|
        lesen\s+sie\s+(?:auch|mehr)|mehr\s+zum\s+thema|(?:ähnliche|verwandte|neueste|weitere)\s+(?:beiträge|artikel)|
        (?:à\s+|a\s+)?lire\s+aussi|voir\s+aussi|vous\s+aimerez\s+aussi|sur\s+le\s+même\s+sujet|
            (?:articles|billets)\s+(?:similaires|connexes|récents)|                                # French
        (?:lee|leer|leia|veja)\s+también|(?:leia|veja)\s+também|te\s+puede\s+interesar|
            (?:artículos|entradas|artigos)\s+(?:relacionad[oa]s|recientes|recentes|similares)|
        leggi\s+anche|articoli\s+(?:correlati|recenti|simili)|lees\s+ook|gerelateerde\s+artikelen|
        διαβάστε\s+(?:επίσης|ακόμα|ακόμη)|δείτε\s+επίσης|σχετικά\s+άρθρα|
        関連記事|おすすめ記事|人気記事|新着記事|あわせて読みたい|こちらもおすすめ|
        (?:přečtěte|čtěte)\s+si\s+(?:také|též|rovněž)|související\s+články|                    # Czech
        olvassa?\s+el\s+ezt\s+is|kapcsolódó\s+(?:cikkek|írások)|                               # Hungarian
        (?:bunu\s+da|ayrıca)\s+okuyun|ilgili\s+(?:yazılar|makaleler)|                          # Turkish
        lue\s+myös|aiheeseen\s+liittyv\w*|läs\s+(?:även|också)|læs\s+også|les\s+også|citește\s+și|
        още\s+от(?:\s+\w+)?|(?:прочетете|вижте)\s+(?:още|също)|свързани\s+(?:статии|публикации)|     # Bulgarian
        још\s+из(?:\s+\w+)?|прочитајте\s+(?:још|и)|сродни\s+(?:чланци|текстови)|                 # Serbian
            još\s+iz(?:\s+\w+)?|pročitajte\s+(?:još|i)|povezani\s+(?:članci|tekstovi)|
        daugiau\s+iš(?:\s+\w+)?|taip\s+pat\s+skaitykite|panaš(?:ūs|ios)\s+(?:straipsniai|temos|įrašai)|
        (?:també\s+)?et\s+pot\s+interessar|entrades\s+relacionades|llegiu\s+també|                # Catalan
        soma\s+pia|machapisho\s+(?:yanayohusiana|mengine)|basahin\s+din|                         # Swahili, Tagalog
            (?:mga\s+)?(?:iba\s+pang|kaugnay\s+na)\s+(?:balita|artikulo|akda)|
        தொடர்புடைய\s+பதிவுகள்|இதையும்\s+படியுங்கள்|यह\s+भी\s+पढ़ें|संबंधित\s+लेख|                   # Tamil, Hindi
            इसी\s+श्रेणी\s+के\s+अन्य\s+लेख|
        saistītie\s+raksti|lasiet\s+arī|(?:lasītākie|populārākie|jaunākie)(?:\s+raksti)?(?:\s+šonedēļ)?|   # Latvian
        súvisiace\s+(?:články|recepty)|prečítajte\s+si\s+(?:aj|tiež)|podobné\s+(?:články|recepty)|      # Slovak
            najčítanejšie(?:\s+články)?|
        darllenwch\s+hefyd|erthyglau\s+(?:perthnasol|eraill)|mwy\s+o(?:\s+[^\W\d_]+){1,3}|               # Welsh
        متعلقہ\s+مضامین|یہ\s+بھی\s+پڑھیں|संबंधित\s+पोस्ट|हे\s+(?:पण|देखील)\s+वाचा|लोकप्रिय\s+पोस्ट|   # Urdu, Marathi
        ተዛማጅ\s+ጽሑፎች|ተጨማሪ\s+ያንብቡ|կարդացեք\s+նաև|նմանատիպ\s+հոդվածներ                       # Amharic, Armenian
    )"""
# ... and the name of the category or the writer it names, quoted ('More from the category "Garden":', 'Още от
# категория „Градина“:')
_NAMED = r"""(?:\s*["“„«‘'][^"“”„«»‘’'\n]{1,40}["“”»’'])?"""
MORE_READING = re.compile(rf"^\W*{_MORE_READING_WORDS}{_NAMED}\W*$", re.IGNORECASE | re.VERBOSE)
# A teaser line set inside the article's running text: the same words as a label before another page's title ("Read
# also: Herbs on the sill", "Lesen Sie auch: …"), one such line or a few in a row. It parts no run of points: the
# article's paragraphs go on below it.
TEASER_MAX_CHARS = 400  # a few lines of titles, never a paragraph of the article
# (and every language table's "read also" lead before its colon: "Soma ne: …", Luganda's; languages.py, 'read_also';
# and a news site's "Read more:" before another story's title: before its colon it is a label, as "Related:" is, though
# alone as a heading it may be a link to the rest of this article, so it is no MORE_READING heading)
TEASER_LINE = re.compile(
    rf"\W*(?:{_MORE_READING_WORDS}|read\s+more|{alternation('read_also', other_languages())})\s*[:：]\s*\S[^\n]*",
    re.IGNORECASE | re.VERBOSE)
MORE_READING_MAX_CHARS = 40  # a heading of a few words, never a sentence that happens to open "Related …"
MORE_READING_TITLE_WORDS = 16  # a page's title under it is a line; a paragraph after it is the article going on

# Page furniture of a printed sheet dumped to text: a rule line ("-----", "* * *", "=====") parts paragraphs as a blank
# line does; a short paragraph ending in a page number ("Checklist v3, printed 12/02/2020   Page 1 of 2") is nobody's
# text, not part of the item it falls in.
# (box-drawing rules too: "────"; and a run of em or en dashes, "————", as a newsletter platform's scrape prints its
# horizontal rule: segment.RULE_LINE reads it so too)
RULE_LINE = re.compile(r"[ \t]*(?:[-=_*~─━═—–][ \t]*){3,}$")
RULE_CHARS = "-=_*~─━═—–"  # what a rule line opens with
PAGE_FOOTER = re.compile(rf"\b{PAGE_COUNT}\W*$", re.IGNORECASE)  # (the pager's words: text/attribution.py)
# A browser's print margins, copied with the text of a printed web page: the footer is the page's address and the
# sheet's count ("https://site.example/post 2/3"), the header the date and time printed and the page's title
# ("12/01/2026, 19:04 Title | Site", "4/15/25, 9:12 AM Title | Site"). They fall between any two lines, a point's
# too.
PRINT_MARGIN = re.compile(r"^(?:https?://\S+\s+\d{1,3}/\d{1,3}|\d{1,2}/\d{1,2}/\d{2,4},\s*\d{1,2}:\d{2}(?:\s*[AP]M)?"
                          r"\s+\S[^\n]*)$", re.IGNORECASE)
PRINT_MARGIN_MAX_CHARS = 240  # an address or a title with the date: a line, never a paragraph
PAGE_FOOTER_MAX_WORDS = 16
# A figure's placeholder or caption line a text scrape keeps where the picture stood ("Image: a raised bed …",
# "[Photo: NAME]", "Figure 2: …"): the page's picture, set between two points, parts neither them nor their block
IMAGE_LINE = re.compile(r"^\W{0,2}(?:image|photo|picture|figure|illustration|img)(?:[ \t]+\d{1,2})?[ \t]*:",
                        re.IGNORECASE)
# A row of a page's buttons, each label in its brackets as a text scrape prints them ("[Tweet] [Like] [Print this
# article]", "[ Home ] [ Submit ]"): the page's furniture, never a title over a point nor a point
BUTTON_ROW = re.compile(r"(?:\[[^\[\]\n]{1,48}\][ \t]*){2,}")
# A web page's pager, a row of page numbers and previous/next links ("Pages: 1 2 Next »", "« Previous 1 2 3"): the
# page's own furniture as a printed page's footer is.
PAGER = re.compile(r"^\W*(?=[^\n]*\d)(?=[^\n]*(?:\bpages?\b|\bprev(?:ious)?\b|\bnext\b|[«»‹›]))"
                   r"(?:(?:pages?\s*:|prev(?:ious)?|next|first|last|\d{1,3})\W*){2,}$", re.IGNORECASE)
PAGER_MAX_CHARS = 60  # a row of links, not a sentence
# A Q&A site's edit card printed before its answer card on the same line ("edited Feb 11 by NAME♦ answered Jan 5 at
# 08:02 NAME 12.4k"): the answer card is what follows it (split.first_answers_points).
EDIT_CARD = re.compile(r"^edited\s+(?=[^\n]{0,40}\d)[^\n]{3,40}?\s+by\s+[^\n]{1,60}?\s+(?=answered\b)", re.IGNORECASE)
# A forum post's stamp: when it was posted, then its number in the thread ("14 Oct 2026, 07:41   #3", vBulletin's
# "Old 02-23-2015, 06:41 PM   #1" after its old-post icon's alt text): the thread's furniture (paras.post_stamp). The
# date is a date line, or day, month and year parted by hyphens with the clock time, as vBulletin prints them.
POST_STAMP = re.compile(r"^(?:old\s+)?(?P<when>\S.{4,40}?)\s+#\d{1,5}\s*$", re.IGNORECASE)
HYPHEN_DATE_TIME = re.compile(r"^\d{1,2}-\d{1,2}-\d{2,4},?\s+\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?$", re.IGNORECASE)

# A comment's head under a post, a short line like a section title: a name saying ("Owen says:", "Priya K.
# said...") or a date to the minute ("Priya K. — 3 May 2022 at 18:40", "Owen · May 4, 2022, 7:02 PM").
COMMENT_SAYS = re.compile(r"^(?P<who>(?:\S+\s+){1,4}?)(?:says|said|wrote|writes|replies|replied)\s*(?::|\.\.\.|…)\s*",
                          re.IGNORECASE)
COMMENT_WHEN = re.compile(r"\b(?:19|20)\d\d\b.{0,12}\b\d{1,2}:\d{2}\s*(?:[ap]\.?\s?m\.?)?\s*$", re.IGNORECASE)
# Or a name and the day alone, as many comment threads print them ("Tomasz — April 15, 2022", "Priya R. · 3 May
# 2022"): a name of one to four capitalised words or initials, a dash, dot or bar, a full date and nothing after.
# The day must be there: "Week One — March 2023" titles a diary's section.
COMMENT_DAY = (rf"{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH},?\s+\d{{4}}"
               r"|\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d{2}-\d{2}")
COMMENT_DATED = re.compile(rf"^(?:[A-Z][\w'’.-]*\s+){{0,3}}[A-Z][\w'’.-]*\s*[—–·|-]\s*(?:{COMMENT_DAY})\W*$")
# The labels a post dates its own additions with, where a comment's head puts its writer's name ("Update — May 4,
# 2025", "EDIT: 3 May 2022 at 18:40", "Day 3 — …", "Addendum · …"): the post going on, not a reader answering.
ENTRY_LABEL_WORDS = frozenset("""update updated updates edit edited edits addendum correction corrected postscript ps
    day week month entry part""".split())

# The verbs a note about a writer puts after her name ("Nowak writes about …", "Ruiz has gardened …").
BIO_VERBS = frozenset("is was has writes wrote lives teaches works runs grows".split())
# An advertising insert between an article's paragraphs, a short line: a label ("ADVERTISEMENT", "Sponsored: …",
# "Continue reading below", "Trending: …") or a call to click (">>> Compare rates - click here <<<"). It parts no
# two points: the paragraphs around it are one run of text.
AD_INSERT = WordGated(r"^\W*(?:advertisement|advertising|sponsored\b|promoted\b|trending\s*:|"
                       r"(?:continue\s+reading|story\s+continues|article\s+continues)\s+below)"
                       r"|^>{2,}.*<{2,}\W*$|\bclick\s+here\b", re.IGNORECASE)
AD_INSERT_MAX_WORDS = 20  # a line, not a paragraph that happens to say "click here"
AD_INSERT_MAX_CHARS = 160  # and so a line of that length at most (the cheap test, before the words are counted)
# A row of share buttons: the names of social networks, each a brand spelt alike in every language and perhaps
# inflected ("Jaga Facebookis", "Споделете: Facebook Twitter Viber", "WhatsApp Facebook ਈਮੇਲ"). Under an
# article it marks the article's end: a list after it is a comment's, a sidebar's or another page's.
SOCIAL_NETWORK = re.compile(r"(?<!\w)(?:facebook|twitter|pinterest|whatsapp|linkedin|telegram|viber|reddit|tumblr|"
                            r"instagram|mastodon|bluesky|vkontakte|xing)", re.IGNORECASE)
SHARE_ROW_MAX_CHARS = 120  # a row of buttons is a line, not a sentence that names two networks
SHARE_ROW_MIN_NETWORKS = 2  # two networks at least: "Facebook" alone may be a sentence's word
# A shop's product box set between an article's points: a rating in stars or out of five ("★★★★☆ 4.6", "4.8/5") or
# a button line in brackets ("[Check price on Amazon]", "[ Zum Angebot ]"), whatever the language. It parts no two
# points: the run of points goes on under it.
PRODUCT_RATING = re.compile(r"[★☆⭐✩]{3}|(?<![\d.,])\d(?:[.,]\d)?\s?/\s?(?:5|10)(?![\d.,])")
BUTTON_LINE = re.compile(r"^\[[^\[\]\n]{1,48}\]$", re.MULTILINE)
PRODUCT_BOX_MAX_CHARS = 240  # a name, its rating and a button or two: a few short lines
# ... or an affiliate's shopping line in words, no sentence: a call to look up a price ("Recommended: Tarn 40L pack --
# check today's price", "See the latest price") or a price with the shop that sells at it ("… set of 4 -- $29.95 at
# packwell.com"). A point that names a price ends as a sentence does ("Buy a scale: about $15 at most shops.").
SHOP_LINE = re.compile(r"\b(?:check|see|view|compare)\s+(?:today['’]?s\s+|the\s+latest\s+|the\s+current\s+|latest\s+"
                       r"|current\s+|the\s+)?prices?\b|\b(?:buy|shop)\s+(?:it\s+)?now\b"
                       r"|[$£€]\s?\d+(?:[.,]\d{2})?\s+(?:at|on|from)\s+[\w-]+\.(?:com|net|org|co\.uk|shop|store)\b",
                       re.IGNORECASE)
# A thread's post closing with its place in the thread ("… a sad monstera 💚 9/9", "… the cold pane. 2/9"): an
# unrolled thread keeps each post's counter at its end.
POST_COUNTER_END = re.compile(r"(?<![\w/])(?P<n>\d{1,2})\s?/\s?(?P<of>\d{1,2})[ \t]*$")
# An advice column: a reader's letter ("Dear Marta," … signed "Crowded in Kraków" or "– Tired Dad"), then the
# answer ("Dear Crowded," or "A:"). The letter asks; only the answer can hold tips.
SALUTATION = re.compile(r"^(?:dear|hi|hello)\s+(?P<name>[^\s,:!.]+(?:\s+[^\s,:!.]+){0,4})\s*[,:!]?", re.IGNORECASE)
# "Q:", "Question.", and numbered as a FAQ numbers them ("Q1.", "Q 2:", "A1:"); the number is the label's. A
# magazine's letters page prints its labels bare, a capital letter and a space ("Q My roses …" / "A Feed them …"):
# a capital Q before a capitalised word is no English sentence's start, a capital A is (BARE_ANSWER_LABEL, asked only
# under a bare Q).
QUESTION_LABEL = re.compile(r"^(?:q|question)(?:\s*\d{1,2}(?!\d))?\s*[:.\-–—]|^(?:q|question)$|^(?-i:Q)[ \t](?=[A-Z])",
                            re.IGNORECASE)
BARE_QUESTION_LABEL = re.compile(r"^Q[ \t](?=[A-Z])")
# A FAQ's question about the publisher's own service, not about what the reader should do (SPEC round 14:
# informational questions are not tips; round 18: nor questions about the FAQ itself): a price ("How much is
# membership?"), a timetable ("When does the Saturday ride leave?"), who wrote the page or whom to contact, the
# service booked or bought "with you" / "from us", where to buy a thing, or what a policy or guarantee covers.
# "How much water should I drink?" and "When do I prune?" ask for advice and are not among them. Asked only of a
# FAQ in its reader's voice (FIRST_PERSON_ASKS): a checklist of questions to ask a builder ("When does the work
# start?") is advice to ask them.
FIRST_PERSON_ASKS = re.compile(r"\b(?:I|my|me|I'm|I’m)\b")
# What a service runs on a timetable (SERVICE_QUESTION's "When does the NEXT course start?")
_SERVICE_THINGS = (r"(?:class|classes|course|courses|session|sessions|workshop|workshops|tour|tours|meeting|meetings"
                   r"|sale|shop|store|office|event|events|program|programme|camp|term|trip|trips|webinar|club|group"
                   r"|service|bus|train|ferry|boat|registration|enrolment|enrollment|walks?|rides?|hikes?|lessons?"
                   r"|outings?|market|library|clinic|pool|gym|collections?|deliver(?:y|ies)|pick-?ups?)\b")
SERVICE_QUESTION = re.compile(
    r"^[^\w\n]{0,8}(?:how\s+much\s+(?:is|are)\b|how\s+much\s+(?:does|do|will)\b[^?\n]{0,50}\bcosts?\b"
    # (a schedule is a service's: "your"/"our" one, or "the" with what a service runs; "When does the frost start in
    # my area?" asks about the world)
    r"|when\s+(?:does|do|is|are)\s+(?:(?:your|our)\b[^?\n]{0,40}|the\s+(?:[\w'’-]+\s+){0,3}" + _SERVICE_THINGS +
    r"[^?\n]{0,30})\b(?:leaves?|starts?|opens?|closes?|meets?|runs?"
    r"|begins?|finish(?:es)?)\b|what\s+time\s+(?:does|do|is|are)\b"
    # (whom to reach, by any verb of reaching: "Who do I ask for the key?", "Who should I ring about a missed bin?")
    r"|who\s+(?:wrote|writes|runs|are\s+you|is\s+behind)\b|who\s+(?:do|should|can|could)\s+(?:I|we)\s+"
    r"(?:contact|ask|call|ring|phone|email|e-mail|write\s+to|speak\s+to|talk\s+to|tell)\b"
    r"|(?:does|do|will|is|are)\s+(?:my|the|your|our|this)\b[^?\n]{0,50}\bcover(?:s|ed)?\b"
    # dealing with the service itself: "Can I book a lesson with you?", "Can I pay through you?" (never the
    # reader's own "How do I get my teenager to talk with us?")
    r"|[^?\n]{0,60}\b(?:book|buy|order|pay|join|sign\s+up|register|enrol|enroll|subscribe|rent|hire|shop)"
    r"(?:s|ed|ing)?\b[^?\n]{0,40}\b(?:with|from|through)\s+(?:you|us)\b[^?\n]{0,25}\?"
    # where to obtain a thing the publisher hands out or sells ("Where can I pick up a free pack?", "Where can I get
    # the newest copy?"; never "Where should I leave my bike?", which asks for advice)
    r"|where\s+(?:can|could|do|should)\s+(?:I|we)\s+(?:buy|order|purchase|get\s+hold\s+of|get|obtain|collect"
    r"|pick\s+up)\b"
    # what the publisher offers: "Do you offer weekend call-outs?", "Do you deliver?" (a verb of trade, never the
    # reader's "Do you need a permit?")
    r"|do\s+you\s+(?:offer|provide|deliver|ship|sell|stock|accept|charge|repair|work\s+on)\b"
    # what the publisher takes in: "Can I bring in parts I bought online?", "Can I bring a sick plant to the studio?"
    # (a club's "Can I bring my dog?" on its walks is left to the labels' older reading: a point)
    r"|can\s+(?:I|we)\s+bring\s+(?:in\b|[^?\n]{0,40}\bto\s+(?:your|our|the)\s+(?:studio|surgery|depot|centre|center|"
    + _SERVICE_THINGS + r"))"
    # the publisher's own hours and intake, and the reader's booking with it: "What are your opening hours?", "Are you
    # taking on new patients?", "How do I cancel an appointment?" (never "How do I move a sofa upstairs?")
    r"|what\s+are\s+your\s+(?:opening\s+|office\s+)?hours\b|(?:are|is)\s+(?:you|the\s+\w+)\s+(?:taking|accepting)\s+"
    r"(?:on\s+)?new\b|how\s+(?:do|can|should)\s+(?:I|we)\s+(?:cancel|reschedule|rebook|change|move|make|book)\b"
    r"[^?\n]{0,30}\b(?:appointments?|bookings?|reservations?|orders?|subscriptions?)\b"
    # how long the service takes: "How long does a full service take?" (never "How long does bread take to prove?")
    r"|how\s+long\s+(?:does|will)\s+(?:a|an|the|my|your)\s+(?:[\w'’-]+\s+){0,2}(?:" + _SERVICE_THINGS +
    r"|(?:repair|appointment|check-?up|fitting|installation|survey)s?\b)\s*(?:take|last)\b)",
    re.IGNORECASE,
)
ANSWER_LABEL = re.compile(r"^(?:a|answer|ans|reply|response)(?:\s*\d{1,2}(?!\d))?\s*[:.\-–—]|^(?:a|answer)$",
                          re.IGNORECASE)
BARE_ANSWER_LABEL = re.compile(r"^A[ \t](?=[A-Z])")  # "A Twice a year.": an answer only under a bare "Q"
LETTER_SIGNATURE = re.compile(
    r"^(?:[-–—~]+\s*\S|signed\b|sincerely\b|(?:\S+\s+){0,3}\S+\s+(?:in|from|of)\s+[A-Z]\S*(?:\s+\S+)?[.!]?$)",
    re.IGNORECASE,
)
FIRST_PERSON = re.compile(r"\b(?:I|my|me|I'm|I’m|I've|I’ve)\b")
# A question in the reader's voice ("Can I keep chickens?", "When will I go?", "How will you split the bills?"),
# asked before acting: first person singular, or a modal looking ahead. An interview asks its guest about her
# past and her work ("When did you start?", "What was the hardest part?") and has neither. A yes-or-no question
# to "you" ("Can you run forty minutes?", "Do your shoes have …?") is a check the reader makes on herself: an
# interviewer asks open questions.
READER_VOICE = re.compile(r"\b(?:I|I'm|I’m|I've|I’ve|I'd|I’d)(?![\w'’])|"
                          r"\b(?i:my|me|mine|myself|will|should|shall|must|need\s+to|ought\s+to)\b|(?i:'ll|’ll)\b|"
                          r"^(?i:can|could|do|does|have|has|are|is)\s+(?i:you|your)\b")
# An answer in the first person, singular or plural ("I started …", "We lost …", "our bakery"): a guest about herself.
GUEST_VOICE = re.compile(r"\b(?:I|I'm|I’m|I've|I’ve|I'd|I’d)(?![\w'’])|"
                         r"\b(?i:my|me|we|we're|we’re|we've|we’ve|our|us)\b")
# A reader's credit after a question ("… ready? - Tom, Aberystwyth"): it ends the question, not the headline's text.
# After a statement closing the question ("… compost? A friend says they are poisonous. — Ines, Coldbrook") the
# credit is a name: a capital after the dash, no sentence of its own.
READER_CREDIT = re.compile(r"[?]\s*[-–—]+\s*\S[^?]{0,60}$|[.!]\s*[–—]+\s*[A-Z][^?.!]{0,60}$")

# A contributor's credit closing a reader's tip, on its own line or after the tip's last sentence: a dash and a
# name ("-- Karl J., Phoenix", "— Mary", "~ Jo, by email"), or a name and where from on its own line ("Jeff,
# Bristol", "Carol, by email"). A newsletter of readers' tips signs every tip so.
_CREDIT_NAME = r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}"
_CREDIT_PLACE = r"(?:,\s*[\w'’. -]{2,30})?"
# After a dash a credit may also name a couple ("— Harold and June, Fairbank"), place the reader with "in"/"from"
# and a region after the town ("— Gerald in Dayton, Ohio"), or keep her anonymous ("— A reader in Carlow who asked
# me not to print her name"): the dash and the capital are the credit's mark, the words after it are no sentence.
_DASH_CREDIT = (rf"(?:{_CREDIT_NAME}(?:\s+(?:and|&)\s+{_CREDIT_NAME})?"
                r"(?:(?:,\s*|\s+(?:in|from|of)\s+)[\w'’. -]{2,30}(?:,\s*[\w'’. -]{2,30})?)?"
                r"|An?\s+(?:reader|listener|subscriber|member|neighbour|neighbor)\b[^.!?\n]{0,60})")
CREDIT_LINE = re.compile(rf"^(?:[-–—~]{{1,2}}\s*{_DASH_CREDIT}|{_CREDIT_NAME},\s*[\w'’. -]{{2,30}})"
                         r"(?<![a-z]{3}\.)\s*$")  # "However, it works." is a sentence, "Ann, St. Paul" a credit
CREDIT_TAIL = re.compile(rf"(?<=[.!?”\"’)])\s+[-–—~]{{1,2}}\s*{_DASH_CREDIT}\s*$")
# The two column labels of a do/don't table, each a cell of its own ("Do" / "Don't", "DO'S" / "DON'TS", "Do this" /
# "Not this"): a table of two columns whose header names them so is a table, though a text scrape kept no tab between
# its cells (a two-column table is otherwise read as a title line over its text: detect.table_rows).
DO_COLUMN = re.compile(r"^\W*(?:do|dos|do['’]s|do\s+this)\W*$", re.IGNORECASE)
# A problem's fix as a leaflet pairs it under the problem: a "Do:" line, then a "Don't:" line, each with its words
# after the label ("Do: fork in dry straw.", "Don't: add more grass."); the problem line above heads the pair (SPEC:
# a heading over its own Do/Don't pair heads that tip, as a problem heads its fix)
DO_FIX = re.compile(r"do[ \t]*:[ \t]+\S", re.IGNORECASE)
DONT_FIX = re.compile(r"(?:don['’]?t|do[ \t]+not|avoid)[ \t]*:[ \t]+\S", re.IGNORECASE)
DONT_COLUMN = re.compile(r"^\W*(?:don['’]?t|don['’]?ts|do\s+not|avoid|not\s+this)\W*$", re.IGNORECASE)
# A swap table's first column label, the habit to drop ("Instead of…", "Rather than", "Swap out", "Stop"): the column
# the header names as what to do then ("Try this", "Do this", DO_COLUMN or RESPONSE_LABEL) holds each row's point
SWAP_FROM_COLUMN = re.compile(r"^\W*(?:instead\s+of|rather\s+than|swap\s+out|stop(?:\s+doing)?|not\s+this)\W*$",
                              re.IGNORECASE)
SITUATION_LABEL = re.compile(
    r"^(?:when\s+(?:this|that|it|something\s+like\s+this)\s+happens|the\s+situation|situation|scenario)"
    r"(?P<rest>\s*(?:[.…:\-–—]\s*)*(?:(?<=[:\-–—]\s)|(?<=[:\-–—])|$).*)$",
    re.IGNORECASE | re.DOTALL,
)
RESPONSE_LABEL = re.compile(
    r"^(?:try\s+this|what\s+to\s+do|do\s+this\s+instead|do\s+this|here(?:'|’)?s\s+what\s+to\s+do|"
    r"what\s+you\s+can\s+do|the\s+solution|solution|response|instead)"
    r"(?P<rest>\s*(?:[.…:!\-–—]\s*)*(?:(?<=[:\-–—]\s)|(?<=[:\-–—])|$).*)$",
    re.IGNORECASE | re.DOTALL,
)

IMPERATIVES = set(
    """be do don't don’t dont never always keep make take try use ask listen remember avoid stop start get give
    find learn let put show smile treat focus set stay think know follow offer help call thank say tell check
    consider create build write read look pay respond answer apologize apologise own go choose hire train
    reward greet welcome empower practice practise prepare plan watch develop maintain handle bring ensure
    provide respect recognize recognise acknowledge accept admit allow aim avoid believe breathe celebrate
    communicate deliver encourage exceed explain hold include invest keep leave limit measure meet reply
    resolve return review seek share slow speak spend stick survey take talk tune understand value wait work
    please don't
    add agree bake buy carry clean clear compare cook cover cut decide dig drink drop eat feed fill fit fix fold
    forget freeze grab hang heat hide hire invite join jot label lift lock lower mix move negotiate open pack
    pick plant pour print protect prune pull push raise record reduce refuse rehearse relax remove repeat
    replace rinse rotate save schedule sell send serve sit skip sleep slice soak sort sow spread squeeze stand
    stir store stretch study swap switch teach test tidy tighten track trim turn unplug update vary warm wash
    wear weigh wipe wrap walk ride drive cycle swim jog water weed mulch chill boil fry peel chop rest""".split()
)
# Words after which an imperative's verb is followed (an object, a possessive, a particle, a preposition): "Split the
# ticket", "Match their savings", "Insulate beneath you", "Travel just after …", "End by putting …"; and first words
# that are never an imperative verb.
SEQUENCE_WORD_BARE = re.compile(r"^(?:first|then|next|finally|lastly|also|second|third)\s+", re.IGNORECASE)
# A verb after the first word makes that word its subject: "Water is scarce", "Rest helps".
AUXILIARIES = set("""is are was were has have had will would can could should may might must does did helps
    makes means""".split())
# Common irregular past forms: "I went …", "We had …" open a story's paragraphs, not parallel points.
PAST_TENSE = set(
    """was were had did went came saw got made took gave found thought knew told said felt left kept began ran
    sat stood wrote read bought brought taught caught sold spent lost met paid put heard held let meant could
    would should might""".split()
)
# What a lead fragment ("A paper map.", "Spaced repetition.") never holds: a subject pronoun or an auxiliary,
# the marks of a whole sentence ("It felt generous.", "So I stopped.").
SENTENCE_WORDS = set(
    """i we you he she it they there this is are was were be been am has have had do does did will would can
    could should may might must shall won't can't don't doesn't didn't isn't aren't wasn't weren't i'm it's
    that's there's we're they're you're""".split()
)
# A lead before a colon ("Go vertical: a trellis …") is two to ten words: a bold lead's length; a longer clause
# before a colon is a sentence that goes on, not a lead. Its last word is never a label noun ("Pro tip:", "Quick
# note:") nor a verb of saying ("She always said: …"): those introduce the point, they do not state it.
COLON_LEAD_MAX_WORDS = 10
# A spaced dash after an item's lead ("Fix the tap – a washer costs pennies", "Fix the tap - …"), or a run-in
# head's full stop and dash ("To Set the Colour of Prints.—Before the first washing …").
# (a dash typed as two or three hyphens, as plain text writes an em dash: "Rest the dough --- an hour is enough")
DASH_LEAD = re.compile(r" (?:-{2,3}|[–—-]) |\.[ \t]?[–—][ \t]?(?=\S)")
LABEL_WORDS = frozenset("""tip tips note notes hint hints warning caution reminder example examples bonus update
    important step steps rule answer question problem solution result results summary why how""".split())
# The label nouns of a callout set apart from the points ("Pro tip:", "Note:", "Quick warning:"): an aside, not a point
# (SPEC), where the points around it do not open so.
CALLOUT_WORDS = frozenset("tip tips note notes hint hints warning caution reminder bonus important nb".split())
# The words that may stand before a label noun and leave it a label ("Pro tip:", "The golden rule:", "One more
# note:"); any other word before it names something ("The two-minute rule:", "The envelope method:") and makes a lead.
LABEL_MODIFIERS = frozenset("""a an the my our your one another more final last first quick pro top bonus extra golden
    important key big simple little useful handy main general safety side expert editor's editor’s quick short
    small good great best common typical frequent""".split())
# Titles that name a part of an article rather than a point of it ("Background", "The basics", "Overview").
PART_LABELS = frozenset("""introduction intro overview background context basics preface foreword prologue
    contents conclusion""".split())
SAYING_WORDS = frozenset("""said says say saying asked asks ask wrote writes write told tells tell explained explains
    added adds noted notes replied replies put puts""".split())
# A first-person clause before a colon that only frames what follows: its object a word pointing ahead ("I tell every
# new trainee the same thing: …", "Here's what I do: …", "We always say this: …", "My rule is simple: …"): the words
# after the colon are the point, so the clause is no lead (SPEC: a first-person frame is no lead)
# (the writer speaking: "readers ask us this: …" reports what others ask)
FRAME_PERSON = re.compile(r"\b(?:I|my|we|our)\b", re.IGNORECASE)
FRAME_END = re.compile(r"(?:\b(?:the\s+)?(?:same|one|only|first|main|big|real)\s+thing|\bthis|\bthat|\bthe\s+following"
                       r"|\bwhat\s+(?:i|we)\s+(?:do|did|say|said|tell\s+\w+|told\s+\w+)|\b(?:is|was)\s+simple)$",
                       re.IGNORECASE)
# Words that open a speaker's own words after a name and a colon ("Maria Lopez: I freeze grapes …").
SPOKEN_OPENERS = frozenset("I I'm I’m I've I’ve I'd I’d We We're We’re My Our".split())
# Words that open a wh-clause: "What you eat." with a full stop is a noun phrase (a point's lead), not a question.
WH_WORDS = frozenset("what which where when how who whom whose why whether".split())
# A plan's time slot before its action ("Saturday morning: gather the statements …", "Evening: lay out the kit"):
# the slot is a marker, the action after it the headline in the page's case (SPEC r26 (v)). English words only.
TIME_SLOT = re.compile(
    r"^(?:(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)days?(?:\s+(?:morning|afternoon|evening|night))?|"
    r"(?:early\s+|late\s+|mid-?)?(?:morning|afternoon|evening|night|lunchtime|bedtime)|the\s+night\s+before|"
    r"(?:day|week|month)\s+(?:\d{1,2}|one|two|three|four|five|six|seven))(?=:\s+\S)", re.IGNORECASE)
# A Q&A site's stamp under a question or an answer ("asked Nov 18, 2024 at 7:41", "Answered 3 May at 9:02"): the
# page's own posts, no reader's comment under an article.
QA_STAMP = re.compile(r"^(?:asked|answered|edited|modified)\b", re.IGNORECASE)
# Page chrome that looks like a title line or a short sentence: never a section title nor a point.
CHROME_LINE = re.compile(
    r"^\W*(?:posted\s+(?:on|by|in|at)|published\s+(?:on|by|in)|filed\s+(?:under|in)|written\s+by|(?:last\s+)?updated\b|"
    r"comments?\b|leave\s+a\s+(?:comment|reply)|\d+\s+(?:thoughts|comments|responses|replies|likes|shares|views|restacks)\b|skip\s+to|newer\s+post|"
    r"older\s+post|(?:previous|prev|next)\s+(?:post|message|article|entry|story|topic|thread)\b|read\s+more|continue\s+reading|you\s+may\s+also|related\s+(?:posts|articles)|interview\s+by|"
    r"photos?\s+(?:by|courtesy)|back\s+to\s+top|more\s+(?:in|from|on)\s+[^.!?]{1,40}:?$|see\s+also|>|"
    r"like\s+this\s*:|like\s+loading|related\W*$|most\s+(?:read|popular|viewed|shared|commented)\W*$|"
    r"(?:popular|trending)(?:\s+(?:now|today|this\s+week|posts|stories|articles))?\W*$|read\s+next\W*$|"
    r"(?:top|featured|popular|our)\s+(?:authors|contributors|writers|experts)\W*$|"  # a directory's sidebar of names
    r"(?:latest|recent|newest|top|featured)\s+(?:posts|articles|stories|news)\W*$|"  # and its box of links
    r"(?:sidebar|side\s+bar|widgets?)\W*$|"  # a scrape's label over the blog's side column ("SIDEBAR")
    r"listen\s+to\s+(?:this\s+)?(?:article|page|story|post)\b|"  # an audio player's row above the introduction
    r"(?:share|reply|print|e-?mail|menu|home|tags|categories|subscribe|follow\s+us|sign\s+up)"
    r"(?:\s+(?:this|to|on|via|with\s+a\s+friend)\b|\s*[:|·]|\W*$))",
    re.IGNORECASE,
)
# A page's header line, above the introduction: never a section's title. Parts joined by a middle dot, a bullet or a
# bar ("Insights · Soil Health", "Published 14 March 2023 · Updated 2 April 2023", "6 min read | Money"), a
# translator's credit ("Translated from the Polish by …"), a newsletter platform's banner ("Discover more from …"),
# a publication date without "on" ("Published 3 May 2021").
# Two parts of a row set apart by a bar or a middle dot ("Tap covers £3.99 | Valves £8.50", "Share · Print")
ROW_SEPARATOR = re.compile(r"\S[ \t]+[|·][ \t]+(?=\S)")
HEADER_LINE = re.compile(r"\S[ \t]+[·•|›»][ \t]+\S|^\W*(?:translated\s+(?:from|by)\b|discover\s+more\s+from\b|"
                         r"(?:published|updated|posted)\s+\d)", re.IGNORECASE)
# Counts a verb takes for its object ("Knock four posts in", "Cut six stems"); after a name they are its number
# ("Stage four is …"), which the word after them tells.
NUMBER_OBJECTS = frozenset("one two three four five six seven eight nine ten".split())
VERB_OBJECTS = set(
    """a an the your you yourself yourselves it them him her me us one two three four five six seven eight nine ten
    some any every each all this that these those more less no out up down off back away over on in at by with to
    for from about around into onto through before after until only just early late often again together yourself
    what how where when whether if whatever whichever wherever whenever
    as fewer plenty something someone anything nothing everything people things time once twice daily weekly
    slowly their our his my its beneath under below above across along behind inside outside near against
    without between within toward towards beside""".split()
)
# A closing sentence's promise ("Give it a year and you will surprise yourself.", "Stick with it, and you'll sleep
# through by spring", "Do this once and the rest of the day tends to follow"): after items of a lead and its
# explanation, a paragraph of such sentences concludes. The result may be the reader's or a thing's (a short noun
# phrase after "the" or "your", or "it" and "they"), said with "will" or "tends to".
PROMISE = re.compile(r"\band\s+(?:you|it|they|(?:the|your)(?:\s+[^\W\d_]+){1,5}?)"
                     r"(?:'ll|’ll|\s+will|\s+won't|\s+won’t|\s+tends?\s+to)\b", re.IGNORECASE)
# Words a conclusion opens with to point back at a list as a whole ("It took three weeks.", "Nobody remembers whether
# the bread was perfect.", "Those four saved the harvest."): after items that open with none of them, such a
# paragraph is no item.
BACK_POINTERS = frozenset("it they this that these those nobody everybody everyone none all".split())
# An outcome promised to the reader, the way a conclusion closes a list of steps: "Get these right and you may be
# spreading your own compost by summer", "Look after them like this and you will find …" (an instruction, then
# "and you will …"), or a sentence that is wholly the reader's future ("Whatever your time, you will have gone from
# the sofa to five kilometres"). After points none of which is so worded, a last paragraph opening so concludes
# (SPEC: a closer stating an outcome or encouragement is the conclusion). English words only.
OUTCOME_PROMISED = re.compile(
    r"(?P<after_instruction>\band\s+you(?:['’]ll|\s+will|\s+may|\s+might)\s+(?:soon\s+|quickly\s+|probably\s+)?\w+)"
    r"|^(?:[^,.!?]{1,40},\s+)?you(?:['’]ll|\s+will)\s+(?:have|be|find|see|notice|wonder)\b", re.I)
# Words by which an instruction before "and you will …" points back at the points as a whole ("Get these right",
# "Look after them like this", "Do all of this"): only such an instruction sums the points up. One with an action of
# its own ("Harvest from the top and you will soon have twice the leaves") is one more point that adds its outcome.
SUMS_UP_THE_POINTS = re.compile(r"\b(?:this|these|those|them|all|everything)\b", re.I)
NOT_VERBS = set(
    """a an the this that these those it its it's he she they we i you my your our their his her there here what
    when where which who why how if so and but or nor then now once after before while because although though
    since until as at by for from in into of on onto to with without about above below over under most many much
    some any all both each every either neither none no not nothing everything something someone everyone anyone
    one two three four five six seven eight nine ten other another such same than too very just only also even
    still yet already always never often sometimes usually perhaps maybe indeed however therefore thus first
    second third next last finally mr mrs ms dr people person men women children kids time life today tomorrow
    yesterday morning evening night week year day through across along among around behind beside between beyond
    despite during except inside near outside past toward towards upon within via per like unlike according due
    plus several few whether thankfully""".split()
)
# Nouns of a time after "next", "the first", "the last": "next week", "the first time", "the last night" tell when,
# they count no point; so do they with a count before them ("the last three weeks", "the next few days").
_WHEN_NOUNS = (r"(?:(?:\d{1,3}|a\s+few|few|several|couple\s+of|two|three|four|five|six|seven|eight|nine|ten|"
               r"twelve)\s+)?"
               r"(?:years?|weeks?|months?|times?|days?|seasons?|mornings?|evenings?|nights?|weekends?|hours?|minutes?|"
               r"fortnights?|spring|summer|autumn|winter|fall)\b")
ADVICE_LEAD = re.compile(
    r"^(?:first(?:ly)?\b|first\s+off|second(?:ly)?\b|third(?:ly)?\b|(?:fourth|fifth|sixth|seventh)(?:ly)?\b|"
    rf"next\b(?!\s+{_WHEN_NOUNS})|"
    r"then\b|after\s+that\b|another\b|also\b|"
    r"additionally\b|"
    # "The first time I led a group …", "The last night of the trip …": a time told, not a point counted
    rf"finally\b|lastly\b|last\s+but|the\s+(?:first|next|last|final)\b(?!\s+{_WHEN_NOUNS})|above\s+all\b|"
    r"one\s+of\s+the\b|"
    # "One way to save is to …", "A good idea is to …", "Your best bet is to …": the advice is after "is to"
    r"(?:one|a|an|the|your|my)\s+(?:\w+\s+){0,2}?(?:way|idea|thing|trick|option|bet|approach)\b[^.!?]{0,40}?"
    r"\bis\s+to\b)",
    re.IGNORECASE,
)
# A word or clause that may open an advice sentence before its verb: "So open the curtains", "Then, ask …",
# "If it rains, …", "On days off, …".
ADVICE_OPENER = re.compile(r"^(?:so|and|then|just|simply|instead|also|now|but|if\s+you\s+can)\b,?\s+|"
                           r"^(?:if|when|where|once|before|after|while|whenever|as\s+soon\s+as|until)\b[^,;.]{3,80},\s*|"
                           # a short phrase of time or place before the verb: "On days off, shift …", "In winter, …"
                           r"^(?:on|in|at|during|for|by|over|at\s+least\s+on)\s+[^,;.]{3,30},\s*",
                           re.IGNORECASE)
ADVICE_ANYWHERE = WordGated(
    r"\byou\s+(?:\w+ly\s+)?(?:should|must|need\s+to|have\s+to|ought\s+to|want\s+to|will\s+want\s+to)\b|"
    r"\byou(?:'ll|’ll)\s+want\s+to\b|\byou\s+(?:might|may)\s+(?:also\s+|even\s+)?want\s+to\b|"
    r"\bit\s+(?:helps|pays)\s+to\b|\b(?:i|we)\s+(?:\w+ly\s+)?(?:recommend|suggest|advise)\b|"
    r"\bit(?:'s|’s|\s+is)\s+(?:\w+\s+)?(?:important|essential|vital|crucial|key|wise|best|a\s+good\s+idea|"
    r"critical|necessary)\s+(?:to|that)\b|\bmake\s+sure\b|\bbe\s+sure\s+to\b|\bremember\s+to\b|"
    r"\bdon(?:'|’)?t\s+forget\b",
    re.IGNORECASE,
)

COUNT_NOUNS = (r"tips|things|ways|steps|rules|secrets|reasons|keys|ideas|mistakes|habits|questions|lessons|"
               r"strategies|tactics|techniques|signs|tricks|points|principles|facts|myths|commandments|hints|"
               r"suggestions|methods|elements|factors|pillars|essentials|truths|traits|skills|areas|"
               r"do(?:'|’)?s\s+and\s+don(?:'|’)?ts")
EXPECTED_COUNT = re.compile(
    rf"\b(?:top\s+)?(?P<n>\d{{1,2}}|{_NUM_WORD})\s+(?:[\w'’-]+\s+){{0,3}}?(?:{COUNT_NOUNS})\b|\btop\s+(?P<t>\d{{1,2}}|"
    rf"{_NUM_WORD})\b",
    re.IGNORECASE,
)
# What every match of EXPECTED_COUNT holds, lower-cased: one of its nouns (the do's-and-don'ts noun by its end), or
# "top" and a blank. A text whose lowered form holds none cannot match (tips.paras.expected_count's gate, issue 19).
COUNT_NOUN_WORDS = (*(w for w in COUNT_NOUNS.split("|") if w.isalpha()), "donts", "don'ts", "don’ts")
TOP_BLANK = re.compile(r"top\s")  # asked of the lowered text: a literal start the engine skips to
# A title that opens with its count ("Three Spices Every Beginner Should Buy", "7 Plants For Shade", "The Five Best
# …"): a listicle promises that many points whatever its noun; a span of time ("Three Days In Kyoto") is a story's.
LEADING_COUNT = re.compile(
    rf"^\W*(?:the\s+)?(?:top\s+)?(?P<n>\d{{1,2}}|{_NUM_WORD})\s+(?!(?:days?|nights?|weeks?|months?|years?|hours?|"
    rf"minutes?|decades?|times?|generations?|seasons?)\b)[^\W\d_]",
    re.IGNORECASE,
)
# A paragraph that goes on with the point before it instead of making its own: an example or a rewording
# ("For example, if Monday's roast …", "For instance …", "In other words …", "Example: …").
CONTINUATION = re.compile(r"^\W*(?:for\s+(?:example|instance)\b|e\.\s?g\.|as\s+an\s+example\b|"
                          r"to\s+give\s+an\s+example\b|in\s+other\s+words\b|examples?\s*:)", re.IGNORECASE)
# An introduction's last sentence announcing what follows: "This is the system that ended it.", "These are the
# lessons that kept me going.", "Here's what works.", "Most did nothing. These did."
INTRO_ANNOUNCES = re.compile(r"(?:this|these|here)(?:'s|’s|\s+(?:is|are|did|do|work|worked|help|helped)\b)",
                             re.IGNORECASE)
# Words of a news report's attribution ("the council said", "according to"): a line holding one reports, it states no
# rule (a rule "tells of damp air" too, so "tells" is not one of them).
REPORTING_WORDS = frozenset("said says told according reported reports claimed claims added".split())
# A sentence that gives its own reason ("Enjoy the last kilometre, because you only run your first race once"): after
# points of a lead and its explanation, a last paragraph of one such sentence is one more point, the lead and the why
# joined in one sentence; a closing line encourages or sums up ("Do all that and …", "Be patient with yourself").
# A sentence opening with its condition ("If the birds pull them up, …", "When it rains, …"): a step for a case
CONDITION_OPENER = re.compile(r"(?:if|when|whenever|once|should)\s", re.IGNORECASE)
GIVES_REASON = re.compile(r"\b(?:because|so\s+that)\b", re.IGNORECASE)
# An introduction's last sentence pointing at what follows without a colon: "these are the lines I read first",
# "one of these is usually the cause", "Here is how I set mine up", "the same few things, in roughly this order".
# Only where parallel sections or lines follow it does it announce a list.
# "These" alone mostly points back ("rejected these accusations", "These teams meet again"): only "these are", "one
# of these" point ahead.
POINTS_AHEAD = re.compile(r"\bthese\s+(?:are|were)\b|\bone\s+of\s+these\b|\bhere(?:'s|’s|\s+(?:is|are)\b)|"
                          r"\bthe\s+following\b|\bthis\s+order\b|\bfew\s+things\b|\bas\s+follows\b", re.IGNORECASE)
# Every branch of POINTS_AHEAD holds "these", "here", "follow", "order" or "few" (detect._may_point_ahead gates it on
# them): change both together.
# A lead-in that names its list without a colon: "The following are the methods that helped most."
FOLLOWING = re.compile(r"\bthe\s+following\s+(?:are|is|were|will|can|may|might|should|have|has)\b|"
                       r"\bthe\s+following\W*$|\bas\s+follows\b", re.IGNORECASE)
# Recipe ingredient lines ("2 onions, chopped", "1 tsp salt", "½ cup milk", "salt and pepper to taste") and the
# headings or lead-ins that introduce them: a recipe's ingredients are not tips, its method steps are.
_UNITS = (r"g|kg|mg|ml|cl|dl|l|oz|lbs?|cups?|c|tbsp|tbs|tsp|tablespoons?|teaspoons?|ounces?|pounds?|grams?|kilos?|"
          r"kilograms?|litres?|liters?|pints?|quarts?|cloves?|pinch(?:es)?|handfuls?|cans?|tins?|jars?|slices?|sticks?|"
          r"bunch(?:es)?|sprigs?|heads?|packets?|packs?|dash(?:es)?|knobs?|drops?|sheets?|stalks?|leaves|large|medium|"
          r"small|whole|fresh")
INGREDIENT_LINE = re.compile(
    rf"""^\W*(?:
        (?:\d+(?:[.,/]\d+)?|[½¼¾⅓⅔⅛])(?:\s*[½¼¾⅓⅔⅛]|\s+\d/\d)?(?:\s*(?:-|–|to)\s*\d+)?\s*(?:(?:{_UNITS})\b\.?)?
            \s*(?-i:[a-z(])
      | (?:a|an|one|two|three|half\s+a|a\s+few|some)\s+(?:{_UNITS})\b(?:\s+of)?\s+[a-z]
      | [^\n]{{0,60}}\b(?:to\s+taste|for\s+(?:frying|serving|dusting|greasing|garnish))\b
    )""",
    re.IGNORECASE | re.VERBOSE,
)
# The words of another language for a kind (text/languages.py), each ending where a word ends (in Chinese and
# Japanese, which write no spaces, where the table's word ends).
_SPACED = tuple(code for code in other_languages() if code not in UNSPACED_COMMA_LANGUAGES)
# A sequence word of another language opening a paragraph with no comma after it ("Затим припремите …", "Danach
# prüfen Sie …"): many languages write none there. Alone it may open a story's sentence as well ("Затим смо …"), so
# it is read only inside a run of paragraphs that the writer numbers so, some of them with the comma
# (detect._sequenced_points), and there it goes from the headline as the comma form does.
SEQUENCE_WORD_ABROAD_BARE = re.compile(rf"^(?:{alternation('sequence', _SPACED)})\s+(?=[^\W\d_])", re.IGNORECASE)


def _abroad(kind: str) -> str:
    """One kind's words in every other language, as a pattern."""
    return (rf"(?:{alternation(kind, _SPACED)}(?![^\W\d_])|{alternation(kind, UNSPACED_COMMA_LANGUAGES)})")


# (A wiki's section heading keeps its edit link: "Things you'll need[edit]", "Sources [edit source]": the headings'
# cues below end on it.)
WIKI_EDIT_LINK = r"(?:\[\s*edit(?:\s+source)?\s*\]\s*)?"
INGREDIENTS_CUE = re.compile(
    r"^\W*(?:(?:the\s+)?ingredients?\b[^.!?]{0,40}|(?:what\s+|(?:things|items|tools|equipment|materials|supplies)\s+)?"
    # (a qualifier after "need" only before a colon: "What you'll need before you start:" heads a list, "You'll need to
    # call ahead" is a sentence)
    r"you(?:'ll|’ll|\s+will)?\s+need(?:\s+[^.!?:\n]{1,30}(?=:))?|(?:tools|equipment|materials|supplies|gear|kit)(?:\s+(?:and|&)\s+\w+)?"
    r"(?:\s+(?:in|for|used\s+in)\s+this\s+\w+)?|shopping\s+list|"
    # a kit list's heading in its other wording: "What to bring", "Things to take with you", "What to have to hand"
    r"(?:what|things|items)\s+to\s+(?:bring|take\s+(?:along|with\s+you)|have\s+(?:to|on|at)\s+hand)"
    r"(?:\s+(?:along|with\s+you))?|"
    # ... and in the writer's own voice: "What I carry for the journey", "What we pack for a market morning",
    # "What's in my bag", "My kit list"
    r"what\s+(?:I|we)\s+(?:carry|pack|take|bring)(?:\s+(?:along|with\s+(?:me|us)))?"
    r"(?:\s+(?:for|on)\s+(?:the|a|my|our|each|every)(?:\s+\w+){1,3})?|what(?:'|’|\s+i)s\s+in\s+my\s+(?:bag|kit|pack|rucksack|backpack)"
    r"|my\s+(?:kit|packing|gear)\s+list|"
    r"for\s+the\s+(?!(?:best|most|next|first|last|same|rest)\b)(?:\w+\s+){0,2}\w+\s*:"
    # "Zutaten", "Ingrédients (pour 6)", "Składniki:", "材料（2人分）": the heading in the page's language
    rf"|{_abroad('ingredients')}[^.!?]{{0,40}})"
    # a qualifier in brackets before the colon: "You will need (for most of the jobs below):"
    # (one run of blanks between any two of its parts: adjacent runs split a long blank run every way)
    rf"(?:\s*\([^()\n]{{0,80}}\))?\s*(?::\s*)?{WIKI_EDIT_LINK}$",
    re.IGNORECASE,
)
# The heading over a recipe's ingredients by that word alone ("Ingredients", "Zutaten (für 4)"): a page that
# heads its ingredients twice gives the recipe twice, the second time on its print card (detect.without_card_method)
# (the word alone, a serving note in brackets at most: "Ingredients for the filling" heads one part of one recipe)
INGREDIENTS_HEADING = re.compile(rf"^\W*(?:ingredients|{_abroad('ingredients')})(?:[ \t]*\([^()\n]{{0,40}}\))?"
                                 r"[ \t]*:?$", re.IGNORECASE)
# A list's lead-in naming what a service takes ("We can collect:", "We accept:", "Items we take:", "What can go in your
# brown bin:", "Accepted materials:"): the list under it is data a reader checks against, like ingredients, no advice.
ACCEPTS_CUE = re.compile(
    r"(?:\bwe\s+(?:can|will|do)?\s*(?:collect|accept|take|recycle|pick\s+up)"
    r"|\b(?:items|things|materials|what)\s+we\s+(?:can\s+)?(?:collect|accept|take|recycle)"
    r"|\bwhat\s+can\s+go\s+in(?:to)?\b[^.!?:]{0,30}"  # ("what goes in my bag:" is a packing list, advice)
    r"|\baccepted\s+(?:items|materials|waste)|\b(?:can|cannot|can['’]t)\s+go\s+in(?:to)?\b[^.!?:]{0,30})\s*:\s*$",
    re.IGNORECASE,
)
# The lead-in of a lesson's or a chapter's learning objectives ("By the end of this chapter you should be able to:",
# "After reading this unit you will:", "In this lesson you'll learn how to:", "Learning objectives", "What you will
# learn"): the list under it names what the reader will be able to do, a preview of the sections, no points (SPEC:
# learning objectives are no tips)
_LESSON = r"(?:chapter|section|unit|lesson|module|course|guide|book|part|session|workshop|tutorial)"
OBJECTIVES_CUE = re.compile(
    rf"(?:\b(?:by\s+the\s+end\s+of|after\s+(?:reading|completing|finishing|working\s+through))\s+this\s+{_LESSON}\b"
    r"[^.!?:\n]{0,50}?\b(?:be\s+able\s+to|know\s+how\s+to|will|should|can)"
    rf"|\b(?:in\s+this\s+{_LESSON}\s*,?\s*)?you\s*(?:will|'ll|’ll)\s+learn(?:\s+how)?(?:\s+to)?"
    r"|^\W*(?:learning\s+(?:objectives|outcomes|goals|aims)|objectives|what\s+you\s*(?:will|'ll|’ll)\s+learn))"
    r"\s*:?\s*$",
    re.IGNORECASE,
)
# The heading over a lesson's or a chapter's questions for the reader ("Review questions", "Questions for review",
# "Check your understanding", "Test yourself", "Self-check"): the questions test what the sections taught, they
# advise nobody (SPEC: review questions are no tips)
REVIEW_QUESTIONS_CUE = re.compile(
    r"^\W*(?:(?:review|revision|self[- ]?(?:check|test)|discussion|study|end[- ]of[- ]chapter)\s+questions|"
    r"questions\s+(?:for|to)\s+(?:review|revision|discussion|think\s+about)|check\s+your\s+(?:understanding|knowledge|progress)|"
    r"test\s+yourself|self[- ]?(?:check|test|assessment))\s*:?\s*$",
    re.IGNORECASE,
)
# A slide's counter on a line of its own in a slideshow or a carousel saved as text ("2/8", "3 / 9", "Slide 4 of
# 10"): the deck's place in its run of slides
SLIDE_COUNTER = re.compile(r"^[ \t]*(?:slide[ \t]+)?(?P<k>\d{1,2})[ \t]*(?:/|of)[ \t]*(?P<m>\d{1,2})[ \t]*$",
                           re.IGNORECASE | re.MULTILINE)
# A how-to's closing box of extra tips, headed by the word alone ("Tips", "Tipps:", "Conseils[edit]"; words:
# languages.py, 'tips'): after the numbered steps it holds the asides SPEC sets apart, as its "Warnings" box does
TIPS_BOX_CUE = re.compile(rf"^\W*{alternation('tips')}[^\W\d_]*\s*(?::\s*)?{WIKI_EDIT_LINK}$", re.IGNORECASE)
# A year of publication in a reference ("2019;14(2):88-97", "3rd edn, 2022."): a list whose every item holds one and
# none advises is the page's references, numbered as its footnotes are, no points
CITATION_YEAR = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")
# A reference's parts end at full stops ("Author. Title. Journal. 2019;4:1-9."), never a decimal point ("3.5%")
REFERENCE_STOP = re.compile(r"\.(?!\d)")
# A lead-in that names its list as tips ("Our shop tips start here.", "Five tips:"): whatever its items hold, the
# writer offers them as points, never as the page's references
TIPS_NAMED = re.compile(rf"\b{alternation('tips')}", re.IGNORECASE)
# The heading of a health page's "see a doctor" aside ("When to see a doctor", "When to call your GP the same day",
# "When to get help"): the list under it names the signs that need help, the aside SPEC sets apart from the tips
# ... or the same aside as a lead-in line over its list ("Get medical help right away if someone has", "Call your vet
# at once if you see:", "Ring 999 when"): whom to call, then the condition the list spells out
SEEK_HELP_CUE = re.compile(r"^\W*(?:when\s+(?:to|should\s+(?:i|you))\s+(?:see|call|contact|phone|ring|get|seek|visit)\b"
                           r"[^.!\n]{0,60}|(?:get|seek|call|see|contact|phone|ring)\s+(?:[^\W\d_]+\s+){0,3}?"
                           r"(?:help|doctor|gp|physician|nurse|pharmacist|vet|ambulance|emergency\s+services|\d{3})\b"
                           r"[^.!?\n]{0,40}\b(?:if|when)\b[^.!?\n]{0,60})$", re.IGNORECASE)
# A how-to's closing callout section ("Warnings", "Cautions", "Safety warnings"; a wiki's keeps its "[edit]"): its
# list is the asides SPEC sets apart from the points ("Warning:" boxes), never more steps. In a few languages (their
# words: languages.py, 'warnings').
WARNINGS_CUE = re.compile(rf"^\W*(?:(?:safety\s+)?(?:warnings?|cautions?)|{alternation('warnings', other_languages())})"
                          rf"\s*(?::\s*)?{WIKI_EDIT_LINK}$", re.IGNORECASE)
# The heading of a page's list of sources or references ("Sources", "References[edit]", "Quellen:"), alone on its line
# (words: languages.py, 'sources'): the list under it credits where the facts came from, it holds no advice.
SOURCES_CUE = re.compile(rf"^\W*{alternation('sources')}\s*(?::\s*)?{WIKI_EDIT_LINK}$", re.IGNORECASE)
# The heading of a page's FAQ after its points ("Frequently asked questions", "FAQs", "Common questions", "Your
# questions answered", "Questions we get asked", "FAQ about composting"), alone on its line: what follows answers
# readers' questions, no more points (SPEC round 14).
FAQ_HEADING = re.compile(r"^\W*(?:faqs?|frequently\s+asked\s+questions|(?:common|reader'?s'?|your)\s+questions"
                         r"(?:\s+answered)?|questions\s+and\s+answers|q\s?&\s?a"
                         r"|questions\s+(?:we|you|people|readers|customers)\s+(?:often\s+)?(?:get\s+)?ask(?:ed)?)"
                         r"\s*(?:\(faqs?\))?"
                         r"(?:\s+(?:about|on)\s+[^.!?:\n]{1,40})?\s*:?$",
                         re.IGNORECASE)
# The heading of a box of facts ("Highlights", "Key facts", "At a glance", "The repairs in numbers", "Auf einen Blick"),
# alone on its line or closing a short one (words: languages.py, 'facts_box'): figures and findings, no advice.
FACTS_BOX_CUE = re.compile(rf"^\W*(?:[^\W\d][^.!?:\n]{{0,40}}\s)?{alternation('facts_box')}\s*(?::\s*)?$",
                           re.IGNORECASE)
# An English lead-in whose lines complete a condition or a list of signs ("Call 999 if your headache:", "Signs of heat
# exhaustion can include:", "Get help when the child:"): what follows are symptoms and conditions, not steps
CONDITIONS_CUE = re.compile(r"(?:\b(?:if|when|unless)\b[^.!?:]{0,60}|\b(?:include|includes|including|signs?|symptoms?)"
                            r"\b[^.!?:]{0,30}):\s*$", re.IGNORECASE)
# A recipe card's heading over its method ("Instructions", "Method", "Directions", "Preparation"): a line alone that
# announces the steps under it as surely as a lead-in ending with a colon does (their numbers are often lost).
METHOD_CUE = re.compile(r"^\W*(?:instructions|method|directions|preparation|steps)\s*:?\s*$", re.IGNORECASE)
METHOD_CUE_MAX_CHARS = 16  # the heading alone: "Instructions:" and no more
# A recipe's serving note ("Serve warm …", "To serve, …", "Best eaten the same day", "Eat them warm", "Keeps for
# three days in a tin"): after the method, not a step of it.
SERVING_NOTE = re.compile(r"^\W*(?:to\s+serve\b|serve\b|enjoy\b|(?:best|lovely|delicious)\s+(?:eaten|served|enjoyed)\b|"
                          r"eat\s+(?:them|it)\s+(?:warm|hot|cold|straight|at\s+once|the\s+same\s+day)\b|"
                          r"(?:they|it)\s+keeps?\s+for\b"
                          # "Servir tiède …", "Podawać z …", "Servieren Sie …": the same note in the page's language
                          rf"|{_abroad('serve')})", re.IGNORECASE)
# A recipe post's pitch over a list of selling points ("Why you'll love this recipe", "Why this recipe works",
# "Reasons to make these"): the post's praise of itself, never its tips.
PITCH_CUE = re.compile(r"^\W*(?:why\s+(?:you(?:'ll|’ll|\s+will)\s+love|this\s+(?:\w+\s+)?works|i\s+love)\b"
                       r"|reasons\s+to\s+(?:love|make|try)\b)[^.!?]{0,40}[:?!]?\s*$", re.IGNORECASE)
# A recipe card's notes heading ("Notes", "Recipe Notes", "Cook's notes"): its lines are tips only where they
# advise; remarks on the nutrition figures, the recipe's source or the photos are none.
# A line of a recipe's or a product's facts card: a label, a colon and a figure with its unit ("Prep: 30 min",
# "Serves: 6", "Príprava: 30 min", "Porcie: 6", "Calories: 240 kcal"), in any language. A list of nothing else states
# figures, no points.
FACT_LINE = re.compile(r"^[^\W\d_](?:[^\W\d_]|[ '’-]){0,30}\s?[:：]\s*(?:ca\.?\s*|~\s*)?\d[\d.,/–-]{0,8}"
                       r"(?:\s?[^\W\d_]{1,8}\.?){0,2}$")
NOTES_CUE = re.compile(r"^\W*(?:(?:recipe|cook['’]?s|kitchen)\s+)?notes?\s*:?\s*$", re.IGNORECASE)
# A table of contents ("In this issue:", "Contents", "In this episode", "On this page"): the list under it names
# articles, an episode's topics or a guide's parts; it gives no advice. (an issue's headings: languages.py,
# 'issue_contents', read by segment's CONTENTS_HEAD too; a post's, an episode's and a guide's own, English here as in
# segment's POST_CONTENTS_HEAD)
CONTENTS_CUE = re.compile(rf"^\W*(?:{alternation('issue_contents')}|in\s+this\s+(?:episode|guide|article|post|video|"
                          r"chapter)|on\s+this\s+page|what\s+we\s+cover(?:ed)?)\s*:?\s*$", re.IGNORECASE)
# A list's lead-in that recaps an earlier part of a series or announces the next one ("Quick recap, in case you missed
# it, we looked at:", "Coming in part 3:", "Next week:", "Im nächsten Teil:"): that list is another part's points,
# never this article's tips.
SERIES_LIST_CUE = re.compile(
    r"\b(?:recap|in\s+case\s+you\s+missed|previously\s+(?:on|in)|(?:in|from)\s+part\s+(?:\d{1,2}|one|two|three|four)\b"
    r"[^:]{0,40}(?:covered|looked|saw|talked|learned)|coming\s+(?:up\s+)?(?:in\s+(?:part|the\s+next)\b|next)|in\s+(?:the\s+)?next\s+"
    r"(?:part|post|issue|instal+ment|episode)|next\s+(?:week|issue|part|instal+ment)\s*:"
    r"|last\s+(?:week|time|issue|part)[^:]{0,60}\bwe\s+(?:looked\s+at|covered|talked\s+about)"
    rf"|{alternation('series_part', other_languages())})", re.I)  # (other languages: languages.py, 'series_part')
# A line of program code: a call "name(", an assignment " = ", a trailing brace, a comment mark (a trailing
# semicolon is also how French and some English lists end their items).
CODE_LINE = re.compile(r"[A-Za-z_]\(|\s=\s|[{}]\s*$|^\s*(?:#|//)")
MONEY = re.compile(r"[$€£¥]\s?\d|\d(?:[.,]\d+)?\s?(?:usd|eur|gbp|dollars|euros|pounds)\b", re.IGNORECASE)
# A word: two or more letters, where the vowel signs and points of Indic, Arabic, Hebrew, Thaana and Thai writing
# (combining marks, which \w leaves out) are part of the word they sit in ("दिन", "نظّفي", "ފެން" are one word each,
# not two or three; Thaana writes a vowel sign, a fili, or the sukun after every consonant).
_MARKS = ("\u0300-\u036f\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u07a6-\u07b0\u0900-\u0963"
          "\u0971-\u0dff\u0e31\u0e34-\u0e3a\u0e47-\u0e4e")
# (two letters first, the marks' branch only where a mark follows a letter: most words are read as before, at ~1.3x
# the old pattern's cost rather than ~1.8x for one alternation per character)
WORD = re.compile(rf"[^\W\d_]{{2,}}(?:[{_MARKS}]+[^\W\d_]*)*|[^\W\d_][{_MARKS}](?:[^\W\d_]|[{_MARKS}])*")
HYPHEN_BREAK = re.compile(r"(?<=[^\W\d_]-)[ \t]*\n\s*(?=[a-z])")
STOPWORDS = set(
    """a an the and or but if so to of in on at by for with from as is are was were be been being it its it's
    this that these those you your yours you're we our us they them their he she his her i me my mine not no
    do does did don't can can't could would should will just very more most some any all each every than then
    there here what when where which who whom why how have has had also only even into out up down over about
    again such own same other too really well much many make made get got one""".split()
)
# The writer's habits, one per paragraph of a personal-experience advice piece (paras.habit_lead): a connective
# before the subject ("And we eat …", "Now I …") is no part of the habit; the adverbs may stand between the subject
# and its verb ("I also stopped …"); a verb of change takes a habit ("I stopped going …", "We started shopping …",
# "I began checking …"); a noun names the habit before "is to"/"was to" ("Another habit is to look …", "The most
# important change was to shop …").
HABIT_CONNECTIVE = re.compile(r"^(?:and|so|but|now|these\s+days|nowadays)\b,?\s+", re.IGNORECASE)
HABIT_ADVERBS = frozenset("also now always never just still usually even only rarely seldom often".split())
HABIT_CHANGE_VERBS = frozenset("stopped started began quit switched gave learned learnt".split())
# Present-tense verbs of a writer's stance or report, not a habit ("I believe …", "We expect …", "I mean …").
STANCE_VERBS = frozenset("""am are have do think know feel believe mean hope want need expect guess suppose say
    love like look can could will would may might must should""".split())
# (the habit named with "is to" and a verb, or with a verb's -ing form and what it takes: "Another change was writing
# the list before dinner"; never an adjective in -ing, "The change was amazing for us", nor "nothing")
HABIT_NOUN_LEAD = re.compile(r"^(?:(?:the|my|our|one|another|a|an)\s+)(?:[\w-]+\s+){0,3}?"
                             r"(?:habit|change|rule|step|thing|trick|fix|move|difference|shift)\s+(?:is|was)\s+"
                             r"(?:to\s+[a-z]|(?!(?:no|some|any|every)thing\b)[a-z]+ing\s+"
                             r"(?!(?:for|to|in|of|on|at|and|but|or|with|as|that|than|when|because|so)\b)[a-z'’\"“])",
                             re.IGNORECASE)
# A point that counts on from one before it ("Next is the fall.", "Then there are …", "Another habit is …", "The
# second cause …", "Secondly, …"): the paragraph above it is a point too, never the introduction.
COUNTS_ON = re.compile(r"^\W*(?:next|then|another|also|second(?:ly)?|one\s+more|the\s+(?:next|second|other)|"
                       r"a\s+second|after\s+that)\b", re.IGNORECASE)
# The second clause of a sentence, after ", and" or a semicolon ("Stuff the boots with paper, and change it …").
AND_CLAUSE = re.compile(r",\s+and\s+(?=\w)|;\s+(?=\w)")
# A document's subsection number before its title ("3.1. Find the worst wobble first", "2.4 Check the dish"): the
# section's number, a full stop and the subsection's.
DECIMAL_SECTION = re.compile(r"^(?P<section>\d{1,2})\.(?P<sub>\d{1,2})\.?\s+(?=\S)")
# A reader's question standing as a line is read whole as its heading: a question and a statement or two around it,
# at most this many sentences and words (the labelled question lines run to 29 words, a magazine's letter of a
# statement and a question, and to three sentences; a longer letter is headed by its first sentence).
QUESTION_LINE_SENTENCES = 3
QUESTION_LINE_WORDS = 30
# A reader's letter in an advice column is signed in a short line: a name and a place, a pen name, or a name withheld.
SIGNATURE_MAX_WORDS = 5
WITHHELD = re.compile(r"^\W*(?:name\s+(?:and\s+address\s+)?withheld|anonymous)\b", re.IGNORECASE)
# A point's lead standing as a line over its explanation, the bold lost ("Check the water twice a day." then the
# paragraph on the next line): a short sentence of at most this many words.
LEAD_LINE_MAX_WORDS = 12
LEAD_LINE_MAX_CHARS = 120  # and so a line of that length at most (the cheap test, before the words are counted)
# An answer running on in its question's paragraph: "… now? A: Yes …", or glued by a scrape to the reader's credit
# ("… — Gareth, emailA: Afternoon sun …"); an "A:" inside a word's run of capitals or after a space mid-sentence
# with no question before it is no label (read only after the question's "?").
INLINE_ANSWER = re.compile(r"(?:(?<=[?.!”\"'])[ \t]+|(?<=[a-z])[ \t]*)(?=A:[ \t]+[A-Z0-9“\"'])")


# A heading over a box that sums the article's points up ("Key takeaways", "TL;DR", "In short", "まとめ", "Das
# Wichtigste in Kürze", "En resumen"): the list under it restates the points the sections make, so it is counted as
# no points of its own when the article makes them elsewhere. In the languages the pages come in; a whole short line,
# an emoji or a colon around it allowed.
SUMMARY_HEAD = re.compile(
    r"""^[^\w\n]{0,4}(?:
        (?:the\s+|my\s+|our\s+)?key\s+(?:takeaways?|points|lessons)|(?:quick\s+|the\s+)?takeaways?|tl(?:\s*;)?\s*dr|
        in\s+(?:short|brief|a\s+nutshell|summary)|(?:a\s+)?(?:quick\s+)?(?:(?:chapter|section|unit|lesson|module)\s+)?
        (?:summary|recap)|summing\s+up|
        the\s+short\s+version|at\s+a\s+glance|the\s+gist|"""
    + alternation("summary", other_languages())  # (the other languages' headings: languages.py, 'summary')
    + r"""
    )\s*(?:[:：]\s*)?$""",
    re.IGNORECASE | re.VERBOSE,
)
SUMMARY_HEAD_MAX_CHARS = 40  # such a heading is a few words: the cheap test before the pattern
