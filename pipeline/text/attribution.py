"""Read who wrote an article: title, byline, the person's name apart from credentials, bio box, sign-off.

Pure helpers used by the segment stage (and by the boilerplate stage, which must never remove an attribution
line). The rule throughout: a name is taken only where the page says who wrote it (a byline, an "About the
Author" box, a copyright line naming a person); a website or company is never taken for an author, and what
cannot be read stays ``None``.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable, Container
from dataclasses import dataclass

import regex

from ..records import AuthorBio
from .dates import DATE, DATE_ABROAD, WEEKDAYS_IN_SCRIPTS, is_date_line
from .gated import WordGated
from .languages import (
    AND_WORDS,
    CHEROKEE,
    LABEL_COLONS,
    LANGUAGES,
    MKHEDRULI,
    UNSPACED_LETTERS,
    alternation,
    folded,
    other_languages,
    words,
)

# The segment stage asks the same line tests of a line many times (article_starts, the header, the trailer, the
# newsletter's items each ask is_byline, is_blog_footer, is_prose ... of every line): 1.4-3.7 calls per distinct line
# on real text (issue 19). The tests below are pure functions of the line, so each keeps its answers for the lines of
# a few pages (~0.5 MB a cache): a repeated question costs a dict look-up in C instead of the test.
LINE_CACHE_LINES = 4096

# Words that make a "name" an organisation, a role or a website rather than a person.
NOT_A_PERSON = frozenset(
    "inc inc. llc ltd ltd. corp corp. co co. company staff team admin administrator editor editors webmaster "
    "guest anonymous unknown group press media news magazine network site website blog online services "
    "solutions international associates the and for of customer service".split()
) | frozenset(  # the nouns that name a body of people or a publication: "Mill Lane Apiary Club", "The Hive Journal"
    "club association society council church school college university institute foundation trust federation "
    "union league clinic centre center hospital museum library gazette journal times post herald review "
    "quarterly weekly monthly newsletter bulletin digest syndicate agency features publishing ag gmbh kg se sa plc "
    "llp magazin zeitung redaktion board authority department commission forums community "
    # a broadcaster ("Carrow Valley Radio", "Harbour Community Television"): a station, never a person; a
    # publication's desk ("Brightwell Health Editorial", "Metro Desk", "Coastline Newsroom")
    "radio television podcast broadcasting editorial desk newsroom".split()
) | frozenset(  # the nouns that name a public body's or a firm's unit, or what a firm makes: "Calder Valley
    # Emergency Management", "Halvard Events", "Larchmere Cycle Works"; none of them is a surname in use
    "management office ministry bureau division committee partnership alliance coalition collective cooperative "
    "programme program project initiative unit service events studio studios productions works labs "
    "consultancy consulting".split()
) | frozenset(  # a share bar's or a menu's buttons left as capitalised words ("Share Tweet Pin", "Print Email")
    "share tweet tweets retweet email e-mail print subscribe menu login reply facebook twitter whatsapp "
    "linkedin pinterest".split()
) | frozenset(  # a site footer's links left as capitalised words ("Privacy  Cookies  Accessibility  Contact")
    "privacy cookies cookie accessibility contact terms sitemap disclaimer imprint impressum careers advertise "
    "feedback".split()
) | frozenset(  # a forum's table header over its posts ("Author  Message", "Author  Topic: ..."): the columns'
    # labels, never a member ("Author" is a given name in the name lexicon, so the common-phrase test lets it pass)
    "author".split()
)
# Lower-case words inside a name ("Ludwig van Beethoven", "María de los Ángeles", "Ana y Vega"); never first or last.
# Malay patronymics are written out ("binti", "binte", "bte"; SPEC keeps them), beside Arabic "bin", "bint"; the
# Faroese place a family is named by follows its preposition ("Sjúrður á Ryggi", "Rói í Líð", "Ása við Á").
NAME_PARTICLES = frozenset(
    "de da di du del della delle dei degli der den des do dos das van von la le lo las los st. bin ibn bint ben "
    "binti binte bte "
    "al el y e i zu zum zur ter ten af av ap ab á í við úr".split()
)
# The particles that are given names in use too, capitalised at a name's start ("Ben Carter", "Al Whitlow", "Del
# Rutherford", "Van Morrison"): there the first of the name's words, not a particle. ("El", "Le", "La" open places
# and brands far more often: "El Paso", "Le Creuset")
GIVEN_PARTICLES = frozenset("ben al del van".split())
# A letter that may open a word of a name: a capital of a cased script (Latin, Greek, Cyrillic, Armenian), or any
# letter of a script without case (Han, Hangul, Kana, Arabic, Hebrew, Devanagari, Thai, ...). Georgian is written
# in Mkhedruli, which Unicode files as lower case, though it has no capitals in use.
_OPEN = r"[\p{Lu}\p{Lt}\p{Lo}\p{Script=Georgian}]"
_LETTER = r"[\p{L}\p{M}]"  # marks too: Devanagari vowel signs, Arabic shadda, Thai tone marks
# One part of a word: "O'Neill", "d'Ormesson", "al-Haddad", "Nguyễn", "अनीता", joined by hyphens ("Smith-Jones");
# an apostrophe may open it where it stands for an elided syllable before the capital (Sesotho's "’Mamosa",
# "’Malineo": "mother of"). Not the ʻokina: Tongan and Hawaiian open common words with it ("ʻAho Mahuʻinga",
# important days, a heading)
_PREFIX = rf"(?:(?:[dl]|dell|al|el|ad|an|ar|as|ash|at|az|ibn|bin|ben)['’-]|['’](?={_OPEN}))?"
# A zero-width non-joiner (or joiner) between two letters belongs to the word: Persian writes one inside a name
# ("کاظمی‌نژاد"), as it does inside other words, to keep the letters around it apart.
_PART = rf"{_PREFIX}{_OPEN}\p{{M}}*(?:{_LETTER}|['’](?={_LETTER})|[\u200c\u200d](?={_LETTER}))*"
# Parts of a double name are joined by a hyphen, or in Hebrew by the maqaf ("בן־דוד").
NAME_TOKEN = regex.compile(rf"{_PART}(?:[-\u05be]{_PART})*\.?|(?:{_OPEN}\.)+|Jr\.?|Sr\.?|II|III|IV")
# The generation suffixes a name ends in ("Jr", "Sr", as NAME_TOKEN reads them), folded, for the places that read a
# name's last word in lower case ("Ann Lee jr" in a byline element): a part of the name, no word after it.
NAME_SUFFIXES = frozenset({"jr", "sr", "jnr", "snr"})
# East Asian names are often written without a space ("王晓梅", "김지은"): one word of 2-4 such letters is a name.
EAST_ASIAN_NAME = regex.compile(r"[\p{Han}\p{Hangul}]{2,4}")
# Tibetan writes a name as its words are, syllables parted by the tsheg and no space ("བཀྲ་ཤིས་སྒྲོལ་མ"): after a
# credit's label, one token of two to four syllables is the name (alone, such a token is as often a site's or a
# section's words: read only where a label has said a name follows)
TIBETAN_NAME = regex.compile(r"[\u0f40-\u0f6c][\u0f40-\u0fbc]*(?:\u0f0b[\u0f40-\u0f6c][\u0f40-\u0fbc]*){1,3}\u0f0b?")
# A name whose patronymic or family initial is glued to the given name by its stop, as Mongolian and some Central
# Asian and Russian-language outlets write it ("Б.Өлзийсайхан", "A.Karimov"): one token, a person's two parts. The
# part after the stop is capitalised, so a domain ("shop.example") is not one.
GLUED_INITIAL_NAME = regex.compile(r"(?:\p{Lu}\.){1,2}\p{Lu}\p{Ll}[\p{Ll}\p{M}'’-]+")
# Honorifics and academic titles of other scripts, as abbreviations with their stop (Arabic "د." doctor, "أ."
# ustadh, "أ.د." professor doctor, "م." engineer; Thai "ดร." doctor, "อ." ajarn, "ผศ."/"รศ."/"ศ." the professors,
# "นพ."/"พญ." physicians; Bengali "ড."/"ডা." doctor; Hindi and Marathi "डॉ." doctor, Marathi "प्रा." professor),
# which Thai glues to the name ("อ.NAME"), or as words (Hebrew "ד"ר", "פרופ'", Persian "دکتر", Urdu "ڈاکٹر" and
# "پروفیسر", Arabic "الدكتور", "الأستاذ"): they leave the name as "Dr." does (SPEC).
SCRIPT_HONORIFICS = (r"(?:أ\.د|د|أ|م|ดร|อ|ผศ|รศ|ศ|นพ|พญ|ড|ডা|डॉ|प्रा)\.\s*"
                     r"|(?:ד\"ר|ד״ר|פרופ['׳]|دکتر|ڈاکٹر|پروفیسر|الدكتورة?|الأستاذة?|ศาสตราจารย์)\s+")
# ... and the language tables' own (text/languages.py, "honorifics"): an abbreviation with its stop, a word before a
# blank
SCRIPT_HONORIFICS += "|" + "|".join(re.escape(w) + (r"\s*" if w.endswith(".") else r"\s+")
                                    for w in (*words("honorifics"), *words("kinship")))  # (kin words: kin_word_kept)
HONORIFICS = re.compile(
    r"^(?:(?:Dr|Mr|Mrs|Ms|Mx|Miss|Prof|Professor|Rev|Revd|Reverend|Fr|Sir|Dame|Hon|Capt|Col|Maj|Gen|Lt|Sgt|Rabbi"
    r"|Pastor|Imam|Mme|Mlle|Herr|Frau|Sra|Srta|Dra|Dott|Ing"
    r"|(?-i:Rr)(?=\.)"  # Javanese "Rr." (Raden Rara), a noble title: dotted only
    # the lower-case academic titles of German and Dutch after "Dr." or alone ("Dr. med.", "ir.", "drs."): dotted only
    r"|(?-i:med|ir|drs)(?=\.)"
    # a rank or an office before a signature goes like an honorific (SPEC): "PC NAME", "Cllr NAME", "Insp NAME"
    rf"|PCSO|WPC|PC|Insp|Inspector|Constable|Sergeant|Det|Detective|Supt|Cllr|Councillor"
    # ... and an elected or appointed office ("Mayor NAME is ...", "Senator NAME"): the office is no part of the
    # name (SPEC); its short forms dotted only ("Sen.", "Gov.", "Rep.": "Rep" alone may be a name's own)
    r"|Mayor|Mayoress|Senator|Governor|Alderman|Alderwoman|Congressman|Congresswoman|Assemblyman|Assemblywoman"
    # (never an office that is also a given name or a surname: "Sheriff", "Judge", "Marshal" may be her name)
    rf"|Minister|Ambassador|Commissioner|(?-i:Sen|Gov|Rep)(?=\.))\.?\s+|{SCRIPT_HONORIFICS})+",
    re.I,
)
# Job titles written before the name ("Senior Editor Jane Doe"): moved to the credentials, as after a comma.
JOB_WORDS = frozenset(
    "senior junior staff contributing managing executive associate assistant deputy chief lead head guest "
    "features news health food travel science technology business sports editor editor-in-chief writer reporter "
    "columnist correspondent contributor blogger photographer producer founder co-founder ceo president "
    "director manager "
    # the same before a name in German, French, Spanish and Italian credits ("Autor: Rechtsanwalt NAME")
    "rechtsanwalt rechtsanwältin fachanwalt fachanwältin redakteur redakteurin journalist journalistin "
    "avocat avocate journaliste abogado abogada periodista avvocato giornalista".split()
)
# The words of JOB_WORDS that qualify a job rather than name it: alone they are a section's name ("News", "Food").
ROLE_ADJECTIVES = frozenset("senior junior staff contributing managing executive associate assistant deputy chief "
                            "lead guest features news health food travel science technology business sports".split())
# Nouns of a person's work, read in the line that follows a name ("NAME, Head of Customer Success at Tallyfox",
# "NAME — owner, Masa Madre Bakery", "NAME / Lecturer in Human Nutrition", "HR Business Partner | Budapest"): the
# line is the writer's role, so the name above or before it is the writer's. Gathered from company blogs, LinkedIn
# and Medium profiles, university handouts and newspaper bylines.
ROLE_WORDS = frozenset(w for w in JOB_WORDS if w not in ROLE_ADJECTIVES) | frozenset(
    "owner co-owner head lecturer professor teacher tutor coach trainer consultant adviser advisor analyst engineer "
    "developer designer architect scientist researcher specialist officer partner nurse doctor physician "
    "therapist counsellor counselor psychologist nutritionist dietitian pharmacist vet veterinarian chef baker cook "
    "gardener farmer beekeeper librarian accountant lawyer solicitor attorney agent broker planner strategist "
    "coordinator administrator supervisor leader organiser organizer volunteer student graduate candidate "
    "fellow member mentor parent mum mom dad homeschooler enthusiast hobbyist instructor practitioner "
    "entrepreneur freelancer freelance ambassador chair chairman chairwoman secretary treasurer "
    "vp cto cfo coo cmo hr educator".split()
)
# ... and their plurals, as a line under two writers' names gives their shared role ("Extension Horticulture
# Educators", "Clinical Nurse Specialists")
ROLE_WORDS |= frozenset(w + "s" for w in ROLE_WORDS if w.isalpha() and not w.endswith("s") and len(w) > 3)
_DEGREES = (r"Ph\.?D\.?|M\.?D\.?|D\.?O\.?|DDS|DMD|DVM|DC|ND|PsyD|EdD|JD|LLM|MBA|MPH|MSW|MEd|MA|MS|MSc|MFA|BA|BS|BSc"
            r"|CPA|CFA|CFP|RN|NP|PA-C|RD|RDN|LPC|LMFT|LCSW|CPC|PCC|MCC|FACS|FRCP|MRCP|Esq\.?"
            # the letters of the professions' registers and colleges that follow a vet's, a doctor's, a nurse's or a
            # chartered member's name in Britain, Ireland and elsewhere ("MVB MRCVS", "MBChB MRCGP", "RGN", "CEng")
            r"|MVB|MRCVS|FRCVS|BVSc|BVMS|BVetMed|RVN|MB|MBBS|MBChB|BCh|BAO|MRCGP|FRCGP|FRCS|MRCPsych|FRCPsych|MRCPI"
            r"|FRCPI|MICGP|BDS|MFDS|RGN|RMN|BSN|MSN|DNP|FNP|APRN|LPN|MCSP|DPT|PharmD|MPSI|MRPharmS|MPhil|DPhil|LLB"
            r"|BEd|CEng|MIET|MICE|FRICS|MRICS|RIBA|MCIPD|FCIPD|FCA|ACCA|FCCA|CPsychol|IBCLC")
POSTNOMINAL = re.compile(rf"^(?:{_DEGREES})$")
CREDENTIAL_MARKS = "®™"  # a registered credential's mark after its letters ("CFP®"): the letters are the credential
ROMAN = frozenset("II III IV VI VII VIII".split())
# Where a name ends and what follows it begins: a comma, a spaced dash or bar, a bracket, the end of a sentence
# ("Samir Haddad. Photos courtesy of ..."; not an initial "J. R." nor "Jr.").
# The Arabic comma ends it as the comma does ("NAME، role" on an Arabic or Persian page). A full-width slash ends a
# name as a comma does on Chinese and Japanese pages ("佐藤美咲／家電ライター": the name, then
# the writer's role).
# (?<!\s): a blank run before a branch's mark is taken from the run's start only, where it matches if it matches at
# all (tried from every position of a 40 KB run after a byline word, it took boilerplate alone 25 s).
NAME_END = regex.compile(r"((?:(?<!\s)\s+)?[,،]\s*|(?<!\s)\s+[-–—|·•]\s+|(?:(?<!\s)\s+)?／\s*|(?:(?<!\s)\s+)?\("
                         r"|(?<=\p{Ll}\p{Ll})\.\s+)")

BYLINE = re.compile(
    r"^\s*(?:(?:(?:this\s+)?(?:article|post|piece|guest\s+post|answers|notes|guide|list)\s+(?:was\s+|were\s+)?)?"
    r"(?:written(?:\s+up)?|penned|posted|submitted|contributed|authored|answered|compiled|maintained|adapted)"
    r"(?:\s+for\s+(?:the\s+)?(?-i:[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){0,4}))?\s+by"  # "Adapted for the Fell Club by"
    # the rules or the brief a text was written to, between the verb and its writer: "Written per the club's rules
    # by NAME", "Written to the society's style guide by NAME" (a few words, no sentence's end)
    r"|written\s+(?:per|under|to|following|according\s+to)\s+(?:[\w'’&-]+\s+){1,5}?by"
    r"|(?:posted|published|submitted)\s+(?:on\s+)?(?=[^:]*\d)(?:[^:]|(?<=\d):(?=\d)){1,40}?\s+by"  # "Posted on 21
    # January 2014 by", "Posted on March 3, 2019 at 7:42 pm by" (a clock's colon is no label's)
    r"|(?:this\s+is\s+an?\s+(?:guest\s+)?(?:post|article|piece|column)|article|(?:an?\s+)?guest\s+(?:post|article|piece)"
    r"|answers|column|interview|review|thread"  # (an unrolled thread's head: "Thread by NAME (@handle) on DATE")
    r"|(?:live\s+)?(?:coverage|blog)"  # a live blog's writers: "Live coverage by NAME and NAME"
    r"|(?:show|episode)\s+notes)"  # (an episode's notes are their producer's, SPEC r17: "Show notes by NAME")
    r"\s+by|by|author"
    r"|(?:text|words|story|written)(?:\s+(?:and|&|\+)\s+\w+)?\s+by|\w+\s+(?:and|&|\+)\s+(?:text|words|written)\s+by"
    # ("Written and illustrated by NAME", a video's "Presented and written by NAME": the words are hers)
    r"|recipes?\s+(?:and|&)\s+\w+\s+by"  # "Recipe and photos by NAME" (a bare "Recipe by" is credit_line's)
    r"|from\s+[\"“«][^\"“”«»\n]{2,80}[\"”»]\s+by"  # an excerpt's source: 'from "The Bee-Book" by NAME, 1893'
    r"|(?:text|words)(?:\s+(?:and|&|\+)\s+\w+)?(?=\s*:))\s*[:\-–—]?\s+"  # a magazine's "Words: NAME", "Words &
    # pictures:", a zine's "words + drawings:"
    r"(?P<who>\S(?:.*\S)?)\s*$",  # (greedy to the last non-space: a lazy one tried "\s*$" at every step)
    re.I,
)
# "About the Author", "Resource Box", ... : the heading of the bio box, with or without its text on the line.
BIO_MARKER = re.compile(
    r"(?P<marker>About\s+the\s+(?:Guest\s+)?(?:Author|Writer|Blogger)|Author(?:'s|’s)?\s+Bio(?:graphy)?|Author\s+Resource"
    r"(?:\s+Box)?|Resource\s+Box|Author\s+Information|Author\s+Box"
    rf"|{alternation('about_author')})\s*(?:[:\-–—]+\s*|$)",  # ("Über den Autor", "Oer de skriuwer": the tables')
    re.I,
)
# Mid-line, only the capitalised heading followed by its colon or dash splits a glued paragraph.
# ("Author Resource Box:" is one heading: "Author" is its first word, not a paragraph's last)
INLINE_BIO_MARKER = re.compile(r"(?<=\S)(?<!Author)(?<!Author's)(?<!Author’s)\s+"
                               r"(?=(?:About the Author|About The Author|ABOUT THE AUTHOR|Resource Box)\s*[:\-–—])")
# The shortest run of words (the name is checked after) that a comma or a bio verb follows: "Ana de la Cruz is ...".
# Words start with anything but a lower-case ASCII letter, particles aside, so that most sentences fail at once.
_LEAD_WORD = r"[^\s,a-z][^\s,]*"
_LEAD_PARTICLE = "|".join(re.escape(p) for p in sorted(NAME_PARTICLES, key=len, reverse=True))
BIO_LEAD_NAME = re.compile(
    rf"^(?P<name>{_LEAD_WORD}(?:\s+(?:{_LEAD_WORD}|(?:{_LEAD_PARTICLE})(?=\s))){{0,5}}?)"
    # (or the writer's year of birth in brackets after the name, in any language: "NAME (1971) wennet yn ...")
    r"(?:\s+\((?:19|20)\d\d\)\s+(?=[^\W\d_])"
    r"|,|\s+(?:is|was|has|lives|works|writes|runs|manages|"
    r"owns|teaches|helps|coaches|founded|holds|specializes|specialises|has\s+been|[a-z]{3,}s"
    # a resource box told in the past ("NAME spent twelve years in ...", "NAME trained as a nurse", "NAME grew up
    # in ..."): the regular past and the irregular verbs a career is told with
    r"|[a-z]{3,}ed|spent|wrote|grew|began|taught|ran|left|became|built|made|took|won|led|set\s+up)\b)"
)
EMAIL = re.compile(r"(?:mailto:)?\b([\w.+-]+@[\w-]+(?:\.[\w-]+)+)\b", re.I)
URL = re.compile(r"\b(?:https?://|www\.)[^\s<>\"')\]]+", re.I)
VALEDICTION = re.compile(
    r"^(?:(?:warm(?:est)?|kind|best|warm\s+and\s+caring)\s+regards|regards|sincerely|yours(?:\s+truly)?|cheers|"
    r"best(?:\s+wishes)?|warmly|thanks|to\s+your\s+(?:success|health)|all\s+the\s+best|in\s+service)\s*[,.!]?$",
    re.I,
)
# (the full stop of an initialism in capitals that ends a title, "... At 3 A.M.", "... In The U.S.", is the title's own;
# "e.V." after a society's name is not counted: in a press office's contact block it is no title)
TITLE_TRAILER = re.compile(r"(?<![A-Z]\.[A-Z])[\s.…|:\-–—]+$"
                           # a footnote's mark after the title's last word ("… YOUR WOODLOT*", "… Guide†"): the note
                           # under the text is marked so, the title is not (never a run of stars alone)
                           r"|(?<=[\w)?!\"”’])[*†‡]{1,2}$")
# a line's closing mark that ends a sentence or a clause: not a title's; an initialism's stop ends neither
SENTENCE_END = re.compile(r"(?<![A-Z]\.[A-Z])\.$|[,;:]$")
SMALL_WORDS = frozenset("a an and as at but by for from in into nor of on or out over so the to up with vs via".split())
MAX_TITLE_WORDS = 16  # article titles in the seeds run 5-11 words; a 17-word line is a sentence
MAX_SIGNOFF_WORDS = 3
MAX_BYLINE_WORDS = 6  # "Written by the Acme Customer Support Team"; longer is a sentence starting with "By"


@dataclass(slots=True)
class Byline:
    """A byline read from a line: the person's name and the credentials written after it."""

    name: str
    credentials: str | None = None


def line_reading_cache(read: Callable[..., Byline | None]) -> Callable[..., Byline | None]:
    """Keep the answers of a pure line reading that returns a :class:`Byline` (``LINE_CACHE_LINES`` of them, as the
    line tests keep theirs), handing each caller its own copy: a Byline is mutable, and one caller's change must not
    reach the next caller of the same line (issue 19: these readings are asked of a line 1.3-3.6 times).

    >>> reads = []
    >>> @line_reading_cache
    ... def first_word(line: str) -> Byline | None:
    ...     reads.append(line)
    ...     return Byline(line.split()[0]) if line else None
    >>> a, b = first_word("Ann Lee"), first_word("Ann Lee")
    >>> a == b, a is b, reads
    (True, False, ['Ann Lee'])
    """
    kept = functools.lru_cache(maxsize=LINE_CACHE_LINES)(read)

    @functools.wraps(read)
    def fresh(*args: object, **kwargs: object) -> Byline | None:
        found = kept(*args, **kwargs)
        return None if found is None else Byline(found.name, found.credentials)

    return fresh


# The first words of the date lines' leads ("Published", "Updated", "Veröffentlicht"): a line opening so is a date
# line, never a name ("Published Sunday" is no person); never a word of one or two letters, the particle some leads
# open with (Hausa "An sabunta", updated), which opens given names too ("An Trần")
DATE_LEADS = frozenset(first for w in folded("published") if len(first := w.split()[0]) >= 3)  # (case-folded)
MAX_NAME_TOKENS = 6  # a name's words with its particles ("Ludwig van Beethoven", "Ana de la Cruz Soto")
# A post head's date before the name it credits ("14. 03. 2024 NAME", "3 May 2019 NAME"): a date of any language
DATE_FIRST = re.compile(rf"(?:{DATE}|{DATE_ABROAD})\s+(?=[^\W\d_])", re.I)
# The word an advice column's name opens with before its writer's first name ("Ask Margit", "ASK NELL"): the
# column's heading, never a person's name, though two capitalised words look like one. ("Dear Abby" is left alone:
# a pen name a column's credit line calls its writer, "Dear Abby is written by ...", read as the bio's name.)
COLUMN_OPENERS = frozenset({"ask"})
NOT_IN_A_NAME = re.compile(r"\d|@|/|\w\.\w{2,}")  # a number, an address, a domain ("ImproveHomeLife.com")


# Letters that carry their mark inside them (Unicode gives them no decomposition) and their usual ASCII spelling.
UNMARKED = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ð": "d", "Ð": "D",
                          "þ": "th", "Þ": "Th", "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe", "ß": "ss", "ı": "i"})


def without_marks(text: str) -> str:
    """``text`` written without its accents and marks, as an ASCII keyboard writes it ("Kōsuke Ōtani" -> "Kosuke
    Otani", "Søndergaard" -> "Sondergaard"), its case kept.

    >>> without_marks("Łukasz Żółkiewski"), without_marks("Þórsdóttir")
    ('Lukasz Zolkiewski', 'Thorsdottir')
    """
    decomposed = unicodedata.normalize("NFKD", text.translate(UNMARKED))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


# A run of capitalised words set apart by single blanks (a name's shape: "Kōsuke Ōtani", "Aoife Ní Dhonnchadha")
NAME_RUN = regex.compile(r"(?<![\p{L}\p{M}])\p{Lu}[\p{L}\p{M}'’-]*(?: \p{Lu}[\p{L}\p{M}'’-]*)+(?![\p{L}\p{M}])")
MAX_LETTERED_WORDS = 4  # a name's words; a longer run of capitals is a heading, whose names are its parts


def lettered_spellings(text: str) -> dict[str, str]:
    """The names a page writes with letters beyond ASCII, keyed by their ASCII spelling: {"Kosuke Otani": "Kōsuke
    Ōtani"} (the first spelling the page gives). A page whose byline writes the name with its letters may spell it
    again without them where a keyboard or an old system lost them (a © line, a resource box, a URL's slug); SPEC:
    the letters are never folded, so the ASCII spelling gives way to the lettered one (:func:`with_letters`).

    >>> lettered_spellings("A series by Kōsuke Ōtani. (c) 2009 Kosuke Otani")
    {'Kosuke Otani': 'Kōsuke Ōtani'}
    """
    if text.isascii():
        return {}
    found: dict[str, str] = {}
    for line in text.split("\n"):
        if line.isascii():
            continue
        for run in NAME_RUN.finditer(line):
            if run.group().isascii():
                continue
            tokens = run.group().split(" ")
            for first in range(len(tokens) - 1):  # each two to four of its words in a row, one of them lettered
                for last in range(first + 2, min(len(tokens), first + MAX_LETTERED_WORDS) + 1):
                    name = " ".join(tokens[first:last])
                    if not name.isascii() and (plain := without_marks(name)).isascii():
                        found.setdefault(plain, name)
    return found


def with_letters(name: str | None, spellings: dict[str, str]) -> str | None:
    """``name`` as the page writes it with its letters, where it is an ASCII spelling of a lettered name the page
    gives (``spellings``: :func:`lettered_spellings`); else ``name`` unchanged.

    >>> spellings = lettered_spellings("By Kōsuke Ōtani\\nBoth parts (c) 2009 Kosuke Otani.")
    >>> with_letters("Kosuke Otani", spellings), with_letters("Ann Lee", spellings), with_letters(None, spellings)
    ('Kōsuke Ōtani', 'Ann Lee', None)
    """
    if not name or not name.isascii() or not spellings:
        return name
    return spellings.get(name, name)


@functools.lru_cache(maxsize=LINE_CACHE_LINES)
def is_person_name(text: str) -> bool:
    """Tell a person's name (2-4 words, particles aside, in any script) from a site, company, role or sentence.

    >>> is_person_name("Susan Dunn"), is_person_name("JoAnna Brandi"), is_person_name("Ludwig van Beethoven")
    (True, True, True)
    >>> is_person_name("Łucja Kołodziejczyk"), is_person_name("Aoife Ní Dhubhghaill"), is_person_name("王晓梅")
    (True, True, True)
    >>> is_person_name("ImproveHomeLife.com"), is_person_name("Admin"), is_person_name("the time I got there")
    (False, False, False)
    >>> is_person_name("Customer Service Team"), is_person_name("NotePage Inc"), is_person_name("Ask Margit")
    (False, False, False)
    >>> is_person_name("Ben Okoro"), is_person_name("Del Rutherford"), is_person_name("De Jong")
    (True, True, False)
    >>> is_person_name("Д.Мөнхтуяа"), is_person_name("Wiki.Example"), is_person_name("D.C.")
    (True, False, False)
    >>> is_person_name("Yoon Da-eun"), is_person_name("Da-eun Yoon"), is_person_name("Self-care Tips")
    (True, True, False)
    >>> is_person_name("Spring Re-pot"), is_person_name("Garden Make-over")  # no Korean family name beside
    (False, False)
    >>> is_person_name("Island President Tsai Ing-wen")
    False
    """
    tokens = text.split(None, MAX_NAME_TOKENS)  # a longer text (most lines asked are sentences) stops splitting early
    if not tokens:
        return False  # a blank text names nobody (segment asks the text before a line's first ", ": ", Editor")
    if len(tokens) == 1:
        return bool(EAST_ASIAN_NAME.fullmatch(tokens[0]) or GLUED_INITIAL_NAME.fullmatch(tokens[0]))
    if len(tokens) > MAX_NAME_TOKENS or NOT_IN_A_NAME.search(text):
        return False
    lowered = [t.lower() for t in tokens]
    if any(t.strip(".,") in NOT_A_PERSON for t in lowered) or lowered[0] in COLUMN_OPENERS:
        return False
    given = lowered[0] in GIVEN_PARTICLES and tokens[0][:1].isupper()  # "Ben Carter", "Del Rutherford"
    if lowered[0] in NAME_PARTICLES and not given or lowered[-1] in NAME_PARTICLES:
        return False
    words = [t for k, (t, low) in enumerate(zip(tokens, lowered, strict=True))
             if low not in NAME_PARTICLES or k == 0 and given]
    return 2 <= len(words) <= 4 and all(NAME_TOKEN.fullmatch(t) or len(words) == 2 and syllabled_given_name(t)
                                        and _korean_family_name(words) for t in words) and not _common_phrase(words)


def is_full_name(text: str) -> bool:
    """A person's name (:func:`is_person_name`) of two words at least: a given name and a family name, not a first
    name alone, which a credit cannot tell from a handle or a greeting.

    >>> is_full_name("Ana Reis"), is_full_name("Ana"), is_full_name("Reading time")
    (True, False, False)
    """
    return len(text.split()) >= 2 and is_person_name(text)


# Korean family names as their bearers romanise them (the Revised Romanisation's and the older spellings: "Lee",
# "Yi", "Rhee"; "Park", "Pak", "Bak"): the family name beside a given name of two hyphened syllables ("Yoon Da-eun",
# "Ji-woo Park"), which otherwise is any capitalised word hyphened to a lower-case one ("Spring Re-pot")
KOREAN_FAMILY_NAMES = frozenset(
    "kim gim lee yi rhee ri park pak bak choi choe jung jeong chung kang gang cho jo yoon yun jang chang lim im rim "
    "han oh seo suh shin sin kwon gwon hwang ahn an song yoo yu ryu hong jeon jun chun go ko moon mun yang son sohn "
    "bae pae baek paek heo hur huh nam sim shim noh roh no ha kwak gwak sung seong cha joo ju woo koo gu ku min na "
    "jin ji um eom chae won cheon bang gong kong hyun hyeon ham byun byeon yeom yeo chu do seok suk sun seol ma gil "
    "yeon wi pyo myung myeong ki gi ban wang geum ok yook yuk maeng je mo tak kuk guk eo eun pyeon yong ye kyung "
    "gyeong bong sa boo bu hwangbo namgoong namgung jegal seonwoo sunwoo dokgo".split())


# Each kinship word of the tables (text/languages.py, "kinship"), and each honorific of theirs written as a plain
# word ("misa", "tata", "soxna": given names elsewhere), with the languages whose rows list it: an address word only
# on a page in one of them (the dotted abbreviations and other scripts' titles are no name's part anywhere); a
# Latin word with diacritics too ("toketā", "sëriñ": guarded on an English page as the plain ones are)
LATIN_WORD = regex.compile(r"[\p{Latin}\p{M}]+")
KIN_WORD_ROWS = {word: frozenset(code for code, table in LANGUAGES.items()
                                 if word in table.get("kinship", ()) or word in table.get("honorifics", ()))
                 for word in (*words("kinship"), *words("honorifics")) if word.isalpha() and LATIN_WORD.fullmatch(word)}


# A title opening with a writer's possessive ("Ana's Guide to ...", "Ana Reis’s Garden Notes"): one or two
# capitalised words before the possessive and a word after it
POSSESSIVE_TITLE = regex.compile(r"(\p{Lu}[\p{L}\p{M}]+(?:[ -]\p{Lu}[\p{L}\p{M}]+)?)['’]s\s+\p{L}")
# the piece speaking in its writer's first person ("I've run", "my bench": the tips' FIRST_PERSON), English only:
# the title's possessive then names the voice that writes it, not someone the piece is about ("Darwin's Finches")
MIN_FIRST_PERSON = 2  # pronouns in the opening paragraph: one "I" in a quotation is no voice
# What a writer's possessive owns in a title she writes: her own work or counsel ("Ana's Guide to ...", "Ana's Top
# Tips", "Ana Reis's Garden Notes"), English, folded. A possessive before anything else names a place, a shop or a
# thing ("NAME's Vineyard on a Budget", "NAME's Diner Reviewed"), not the piece's writer.
OWN_WORK_WORDS = frozenset(
    "guide guides handbook primer tips tricks hacks advice way ways method methods rules list lists checklist "
    "favourites favorites favourite favorite picks recipes recipe notes secrets lessons tutorial take thoughts "
    "diary journal routine system approach top best plan".split())
# where a title's phrase ends: a link word or a stop ("Guide to ...", "Vineyard on a Budget", "Diner: A Review")
TITLE_LINK = regex.compile(r"\s(?:to|for|on|in|of|at|with|from|and|a|an|the|by)\b|[:,;|–—(]", regex.I)
MAX_OWNED_WORDS = 4  # "Ana's Favourite Winter Soup Recipes": a phrase, not a sentence


def possessive_title_writer(title: str | None, opening: str) -> str | None:
    """The writer a title names in the possessive where the piece's ``opening`` paragraph speaks in the first
    person ("Ana's Guide to Pruning" over "I've pruned ... my ..."): SPEC r25 (b), the name as the title writes it
    (a first name alone stays one). A name the lexicon does not know as a given name is no writer ("Nature's Own
    Pest Spray").

    >>> possessive_title_writer("Ines’s Guide to Rooting Cuttings", "I’ve rooted cuttings for years; my trick is")
    'Ines'
    >>> possessive_title_writer("Ines’s Guide to Rooting Cuttings", "Rooting cuttings takes patience.") is None
    True
    >>> possessive_title_writer("Nature's Own Pest Spray", "I spray it weekly and my beds stay clean") is None
    True
    >>> possessive_title_writer("Ines’s Orchard on a Budget", "I went there last year and my trip was cheap") is None
    True
    """
    found = POSSESSIVE_TITLE.match(title or "")
    if found is None or not _owns_work(title[found.end(1):].lstrip("'’s")):
        return None
    from ..stages.tips.patterns import FIRST_PERSON  # (it reads this module: imported when first asked)
    from .line_roles import knows_name  # (line_roles reads this module: imported when first asked)

    if len(FIRST_PERSON.findall(opening)) < MIN_FIRST_PERSON:
        return None
    name = found.group(1)
    return name if knows_name(name, "en") else None


def _owns_work(after: str) -> bool:
    """Whether the words after a title's possessive name its writer's own work or counsel (:data:`OWN_WORK_WORDS`)
    before the title's first link word ("Guide to ...", "Garden Notes", "Top 10 Bulbs"), not a place or a business.

    >>> _owns_work(" Guide to Rooting Cuttings"), _owns_work(" Garden Notes for May"), _owns_work(" Top 10 Bulbs")
    (True, True, True)
    >>> _owns_work(" Vineyard on a Budget"), _owns_work(" Diner: A Review"), _owns_work(" Pest Spray")
    (False, False, False)
    """
    owned = TITLE_LINK.split(after, maxsplit=1)[0].split()[:MAX_OWNED_WORDS]
    return any(w.casefold() in OWN_WORK_WORDS for w in owned)


def kin_word_kept(name: str | None, credentials: str | None, language: str | None,
                  page: str) -> tuple[str | None, str | None]:
    """The name and credentials a credit read, a kinship word its honorifics took off given back to the name where
    the page is not in a language whose table lists the word and writes it before the name ("Baba Adeyemi Okafor"
    on an English page: the name's own part; "Tayta NAME" on a Quechua page: an address word, SPEC), and only where
    every mention of the name on the page has it: a profile or sign-off writing her without it shows the word is a
    courtesy, not the name she goes by (SPEC r25 (e); a blog in a language no table reads, its about-me box
    without "Mama").

    >>> kin_word_kept("Adeyemi Okafor", "Baba", "en", "By Baba Adeyemi Okafor")
    ('Baba Adeyemi Okafor', None)
    >>> kin_word_kept("Adeyemi Okafor", "Baba", "en", "By Baba Adeyemi Okafor ... I am Adeyemi Okafor, a cook")
    ('Adeyemi Okafor', 'Baba')
    >>> kin_word_kept("Rudo Gumbo", "Amai, Harare", "sn", "Amai Rudo Gumbo, Harare")
    ('Rudo Gumbo', 'Amai, Harare')
    >>> kin_word_kept("Ann Lee", "Dr", "en", "By Dr Ann Lee")
    ('Ann Lee', 'Dr')
    >>> kin_word_kept("Mere Tabua", "Adi", "id", "Vola ko Adi Mere Tabua")  # (a Fijian credit: the page's own words)
    ('Mere Tabua', 'Adi')
    >>> kin_word_kept("Kato Ssemakula", "Omwami", None, "Omwami Kato Ssemakula\\nOmuwandiisi: Omukyala Sanyu Nabbosa")
    ('Kato Ssemakula', 'Omwami')
    """
    if not name or not credentials:
        return name, credentials
    word, _, rest = credentials.partition(",")
    word = word.strip()
    rows = KIN_WORD_ROWS.get(word.casefold())
    if not rows or language in rows or f"{word} {name}" not in page or _credited_in(page, f"{word} {name}", rows):
        return name, credentials
    if _labelled_in(page, rows):
        return name, credentials  # the page labels a credit in a language whose row lists the word: it is written in
        # that language, which the identifier missed (Twi, Luganda ...), and the word its address (SPEC: it goes)
    if page.casefold().count(name.casefold()) > page.casefold().count(f"{word} {name}".casefold()):
        return name, credentials  # written without the word somewhere: the word is an address, not her name
    return f"{word} {name}", rest.strip() or None


COURTESY_WORD = regex.compile(r"['’]?[\p{L}\p{M}]+\.?")  # "Efo", "Mayi", "’Mè", "بانُک": one word, letters only
MIN_COURTESY_NAME_WORDS = 3  # the word and a name of two words after it: a two-word name is never cut to one


def courtesy_word_dropped(name: str | None, page: str) -> tuple[str, str] | None:
    """The name without its first word, and that word, where the page names the same person without it at a line's
    start (an author box or a bio opening "NAME is ..."): the word before it in the credit is a courtesy or an
    office of a language no table reads ("Efo", "Mayi", "بانُک": Mr, Mrs, lady), never her name (SPEC: an address
    word before a name goes, as "Dr." does). ``None`` where the word is a given name the lexicon knows (a bio
    "Garcia Lopez is ..." writes a Spanish writer's surnames without her given name), a particle, or where the
    shorter form is nowhere at a line's start.

    >>> courtesy_word_dropped("Efo Kofi Mensah", "By Efo Kofi Mensah\\n...\\nKofi Mensah is a nurse in Ho.")
    ('Kofi Mensah', 'Efo')
    >>> courtesy_word_dropped("Efo Kofi Mensah", "By Efo Kofi Mensah\\nEfo Kofi Mensah is a nurse in Ho.")
    >>> courtesy_word_dropped("Lucía Fernández Ortega", "By Lucía Fernández Ortega\\nFernández Ortega is a vet.")
    >>> courtesy_word_dropped("Ann Lee", "By Ann Lee\\nLee is a vet.")
    >>> courtesy_word_dropped("Efo Kofi Mensah", "By Efo Kofi Mensah\\nKofi Mensah, my uncle, is a nurse in Ho.")
    """
    words = (name or "").split()
    if len(words) < MIN_COURTESY_NAME_WORDS or not words[0][:1].isalpha() or words[0].casefold() in NAME_PARTICLES:
        return None
    first, rest = words[0], " ".join(words[1:])
    if words[1].casefold() in NAME_PARTICLES or not COURTESY_WORD.fullmatch(first) or not is_person_name(rest):
        return None  # (a label, a domain or a phrase before a name is no courtesy: "Verein:", "site.com")
    from .line_roles import _lexicon, name_key  # (line_roles reads this module: imported when first asked)

    given, known = _lexicon()
    if name_key(first) in known or not any(name_key(word) in given for word in words[1:]):
        return None  # a name the lexicon knows (a surname written first: "Zhang", "Kovács"), or a shorter form with
        # no known given name (a Spanish writer's two surnames, a relative's name): the first word may be her own
    if len(regex.findall(rf"(?<![\p{{L}}\p{{M}}]){regex.escape(first)}(?![\p{{L}}\p{{M}}])", page)) > len(
            regex.findall(rf"(?<![\p{{L}}\p{{M}}]){regex.escape(name)}(?![\p{{L}}\p{{M}}])", page)):
        return None  # the page uses the word elsewhere, not before her name: a name of its own
    at_start = regex.compile(rf"^[\s\W]{{0,4}}(?<!{regex.escape(first)}\s){regex.escape(rest)}(?![\p{{L}}\p{{M}}])"
                             r"(?!\s*[,(])", regex.M)  # her bio or her box, never an apposition ("NAME, my father")
    return (rest, first) if at_start.search(page) else None


# The credit phrases of each language's row ("vola ko", "written by", "čálli"), folded: a credit line opening with one
# is written in that language, whichever language the page's text was identified as (the identifier knows ~100
# languages: Fijian, Guarani, Sesotho or Navajo it reads as another)
CREDIT_PHRASES = {code: tuple(sorted({w.casefold() for kind in ("posted_by", "writer_label", "by")
                                      for w in table.get(kind, ())}, key=len, reverse=True))
                  for code, table in LANGUAGES.items()}


def _labelled_in(page: str, rows: Container[str]) -> bool:
    """Whether a line of ``page`` opens with a credit label of one of the languages ``rows`` and its colon
    ("Omuwandiisi: NAME"): the page is written in that language, whatever the identifier read it as. (A label, not
    a bare "by" word: a short "by" of one language is a common word of another.)

    >>> _labelled_in("Title\\nOmuwandiisi: Sanyu Nabbosa", {"lg"}), _labelled_in("Omuwandiisi Nabbosa", {"lg"})
    (True, False)
    """
    phrases = tuple(phrase for code in CREDIT_PHRASES if code in rows for phrase in CREDIT_PHRASES[code])
    for line in page.splitlines():
        head = line.strip().casefold()
        if head.startswith(phrases) and any(head.startswith(phrase) and head[len(phrase):].lstrip()[:1] in ":：" for
                                            phrase in phrases):
            return True
    return False


def _credited_in(page: str, named: str, rows: Container[str]) -> bool:
    """Whether a line of ``page`` credits ``named`` (a courtesy word and a name) after a credit phrase of one of the
    languages ``rows``, and nothing else before it ("Vola ko Adi Mere Tabua": Fijian's "written by"): the credit
    is in a language whose row writes the word before a name as a courtesy.

    >>> _credited_in("Vola ko Adi Mere Tabua", "Adi Mere Tabua", {"fj"}), _credited_in("Oleh Adi Putra", "Adi Putra",
    ...                                                                                {"fj"})
    (True, False)
    """
    for line in page.splitlines():
        head, found, _ = line.partition(named)
        head = head.strip().rstrip(":：").strip().casefold()
        if found and head and any(head in CREDIT_PHRASES[code] for code in CREDIT_PHRASES if code in rows):
            return True
    return False


def _korean_family_name(words: list[str]) -> bool:
    """Whether one of a two-word name's words is a Korean family name (the other its hyphened given name).

    >>> _korean_family_name(["Yoon", "Da-eun"]), _korean_family_name(["Ji-woo", "Park"])
    (True, True)
    >>> _korean_family_name(["Spring", "Re-pot"])
    False
    """
    return any(w.casefold() in KOREAN_FAMILY_NAMES for w in words)


# A romanised given name of two syllables joined by a hyphen, the second in small letters ("Da-eun", "Jun-seo",
# "Ji-woo": the Revised Romanisation's and most Korean writers' own spelling), each syllable a few letters; the name
# is the family name and it, two words (more before them are a title or a job: "President Tsai Ing-wen")
SYLLABLED_GIVEN = regex.compile(r"\p{Lu}\p{Ll}{0,5}-\p{Ll}{1,6}")
COMPOUND_PART_ZIPF = 4.5  # both halves this frequent: an English compound ("Self-care", "Long-term", "Check-in")


def syllabled_given_name(token: str) -> bool:
    """Whether a word is a given name romanised in two hyphened syllables, the second lower case ("Da-eun"); an
    English compound of two frequent words written so ("Self-care", "Day-old") is none.

    >>> syllabled_given_name("Da-eun"), syllabled_given_name("Jun-seo"), syllabled_given_name("Ji-young")
    (True, True, True)
    >>> syllabled_given_name("Self-care"), syllabled_given_name("Long-term"), syllabled_given_name("Daeun")
    (False, False, False)
    """
    if not SYLLABLED_GIVEN.fullmatch(token):
        return False
    from ..repairs.lexicon import zipf

    return not all(zipf(half) >= COMPOUND_PART_ZIPF for half in token.lower().split("-"))


# A word this frequent (Zipf, about three times in a million words) is a common word of the language: a phrase of
# such words alone, none of them a given name, is a heading or a control set in capitals, not a person.
COMMON_PHRASE_ZIPF = 3.5
# a name's short parts are often frequent words too ("Ma Jun", "Li Wei", "Kim Lee"): only words this long count
MIN_COMMON_WORD_LETTERS = 4
# a site's account controls in every language ("Sign In", "Log In", "Iniciar Sesión"), case-folded
_SIGN_IN_WORDS = folded("sign_in")


def is_account_control(text: str) -> bool:
    """Whether a line is a site's account control alone ("Sign in", "Log In »", "Anmelden", "ログイン"), in any
    language of the tables: never a title, whatever a page's tiny header leaves above its text.

    >>> is_account_control("Sign in"), is_account_control("Iniciar sesión ›"), is_account_control("Sign in to reply")
    (True, True, False)
    """
    return len(text) <= MAX_CONTROL_CHARS and text.strip(CONTROL_EDGES).casefold() in _SIGN_IN_WORDS


MAX_CONTROL_CHARS = 40
CONTROL_EDGES = " \t»›→>«‹|·•[]()"


def _common_phrase(words: list[str]) -> bool:
    """Whether capitalised words are a phrase of common words, not a name: no word is a given name the name lexicon
    knows, and every word is a frequent English word ("Best Home Business Tips", "Senior Member", "Read More") or
    the whole is a control's words in a language's table ("Sign In", "Iniciar Sesión": kind ``sign_in``). A name
    keeps its given name ("Rose Baker", "Will Power"); a name in a script the lexicon does not cover, or with an
    uncommon or short word in it ("Σταύρος Καλλέργης", "Bo Lindqvist", "Ma Jun"), is no phrase.

    >>> _common_phrase(["Best", "Home", "Business", "Tips"]), _common_phrase(["Rose", "Baker"])
    (True, False)
    >>> _common_phrase(["Anmelden"]), _common_phrase(["Iniciar", "Sesión"]), _common_phrase(["Lindqvist", "Home"])
    (True, True, False)
    """
    phrase = " ".join(words).casefold()
    if phrase in _SIGN_IN_WORDS:
        return True
    from ..repairs.lexicon import zipf
    from .line_roles import _lexicon, name_key

    given, _ = _lexicon()
    keys = [name_key(w) for w in words]
    return (len(words) >= 2 and not any(k in given for k in keys)
            and all(len(w) >= MIN_COMMON_WORD_LETTERS and zipf(w) >= COMMON_PHRASE_ZIPF for w in words))


def letter_scripts(name: str) -> set[str]:
    """The scripts a name's letters are written in, as Unicode names them ("LATIN", "CYRILLIC", "GREEK", "CJK").

    >>> sorted(letter_scripts("Олена Kravchenko")), letter_scripts("Ann Lee")
    (['CYRILLIC', 'LATIN'], {'LATIN'})
    """
    return {unicodedata.name(ch, "?").split()[0] for ch in name if ch.isalpha()}


def normalise_case(name: str) -> str:
    """Write a name given in capitals in its usual case; a name already in mixed case is left as written.

    >>> normalise_case("JANE DOE"), normalise_case("SEAN O'NEILL"), normalise_case("ROBERT MCDONALD")
    ('Jane Doe', "Sean O'Neill", 'Robert McDonald')
    >>> normalise_case("ANA DE LA CRUZ"), normalise_case("Jane DOE"), normalise_case("Tom DeWitt")
    ('Ana de la Cruz', 'Jane Doe', 'Tom DeWitt')
    >>> normalise_case("ŁUCJA KOŁODZIEJCZYK"), normalise_case("İLKAY ŞAHİNOĞLU"), normalise_case("JOHN SMITH III")
    ('Łucja Kołodziejczyk', 'İlkay Şahinoğlu', 'John Smith III')
    >>> normalise_case("ENYA McGRATH"), normalise_case("Enya McGrath")
    ('Enya McGrath', 'Enya McGrath')

    The Cherokee syllabary is written in Unicode's capitals as a matter of course: a name in it stays as written.

    >>> normalise_case("ᏌᎳ ᏔᎵᏍᎦ")
    'ᏌᎳ ᏔᎵᏍᎦ'
    """
    if not _TWO_CAPITALS.search(name) or any(CHEROKEE[0] <= ch <= CHEROKEE[1] for ch in name):
        return name  # the usual case: no word in capitals (or capitals that are a script's usual letters)
    tokens = name.split()
    loud = [_is_capitals(t) for t in tokens]
    if not any(loud):
        return name
    whole = all(loud[k] or not any(ch.isalpha() for ch in t) for k, t in enumerate(tokens))
    out = []
    for k, token in enumerate(tokens):
        letters = sum(ch.isalpha() for ch in token)
        if loud[k] and token not in ROMAN and (letters >= 3 or whole) and not _INITIALS.fullmatch(token):
            token = _title_word(token, particle_ok=k > 0)
        out.append(token)
    return " ".join(out)


_INITIALS = regex.compile(rf"(?:{_OPEN}\.)+")
_TWO_CAPITALS = regex.compile(r"\p{Lu}\p{Lu}")


def _is_capitals(token: str) -> bool:
    """A word of 2+ letters all in capitals ("DOE", "O'NEILL"); a capitals "Mc" name keeps its small c in the
    typesetting of many papers ("McGRORY"), and is a word in capitals still.

    >>> _is_capitals("DOE"), _is_capitals("DeWitt"), _is_capitals("J."), _is_capitals("McGRATH")
    (True, False, False, True)
    >>> _is_capitals("McKay"), _is_capitals("Mc"), _is_capitals("ᎡᎳᏂ")
    (False, False, False)
    """
    if token.startswith("Mc") and len(token) > 3:
        token = token[2:]  # ("McGRATH": the capitals after the prefix decide)
    # (a name in the Cherokee syllabary is written in its capitals: not "in capitals", see caseless_letter)
    return token.isupper() and sum(ch.isalpha() for ch in token) >= 2 and not caseless_letter(token[:1])


def _title_word(token: str, particle_ok: bool) -> str:
    """Lower a word in capitals and raise the first letter of each part ("O'NEILL" -> "O'Neill").

    >>> _title_word("SMITH-JONES", True), _title_word("VAN", True), _title_word("MCKAY", False)
    ('Smith-Jones', 'van', 'McKay')

    The Arabic article glued on by its hyphen is lowercase inside a name (SPEC: "an Arabic article with its hyphen
    lowercase"), as "van" is; a name's first word keeps its capital. (Seen in capitals once, holdout28's signature.)

    >>> _title_word("AL-HADDAD", True), _title_word("AL-HADDAD", False), _title_word("ALI-KHAN", True)
    ('al-Haddad', 'Al-Haddad', 'Ali-Khan')
    """
    low = token.replace("İ", "i").lower()  # Turkish dotted capital I lowers to i, not i + combining dot
    low = "İ" + low[1:] if token[0] == "İ" else low
    if particle_ok and low in NAME_PARTICLES:
        return low
    out = regex.sub(r"(?:^|(?<=[-'’]))\p{Ll}", lambda m: m[0].upper(), low)
    if particle_ok and out.startswith("Al-") and len(out) > len("Al-"):
        out = "a" + out[1:]
    if out.startswith("Mc") and len(out) > 3:
        out = out[:2] + out[2].upper() + out[3:]
    return out


# The emoji a platform's display name carries ("Ann Lee 🌿", "✨Bo Ng✨"), with their joiners and presentation
# selectors; the marks ©, ® and ™ are pictographs too, and a credential mark after a name is dropped (SPEC)
PICTOGRAPHS = regex.compile(r"(?:\p{Extended_Pictographic}|\p{Emoji_Modifier}|[\ufe0f\u20e3]"
                            r"|\u200d(?=\p{Extended_Pictographic}))+")
MIN_DOUBLED_CHARS = 4  # "Ann LeeAnn Lee": each half a name's length at least; "Bo Bo" stays as written


def undoubled(text: str) -> str:
    """A name printed twice back to back, as a profile card's link and its label come out of a page, once: glued
    ("Ann LeeAnn Lee") or apart ("Ann Lee Ann Lee"). Any other text as it is.

    >>> undoubled("Tove JanssonTove Jansson"), undoubled("Tove Jansson Tove Jansson"), undoubled("Mo Mo")
    ('Tove Jansson', 'Tove Jansson', 'Mo Mo')
    """
    half = len(text) // 2
    if len(text) % 2 == 0 and half >= MIN_DOUBLED_CHARS and " " in text[:half] and text[:half] == text[half:]:
        return text[:half]
    tokens = text.split()
    half = len(tokens) // 2
    if len(tokens) >= 4 and len(tokens) % 2 == 0 and tokens[:half] == tokens[half:]:
        return " ".join(tokens[:half])
    return text


def title_given_back(honorific: str, rest: str) -> tuple[str, str]:
    """A name's leading titles (``honorific``, a match of :data:`HONORIFICS`) and the name after them, the tables'
    address words ending the titles (a kinship word or a plain-word honorific of :data:`KIN_WORD_ROWS`: "Misa",
    "Tata") given back to the name where it would be one word without them: then they are its given name ("Misa
    Tanaka", "Dr Tata Mbeki"), as an English "Dr" never is.

    >>> title_given_back("Misa ", "Tanaka"), title_given_back("Dr Misa ", "Tanaka")
    (('', 'Misa Tanaka'), ('Dr', 'Misa Tanaka'))
    >>> title_given_back("Misa ", "Ann Tanaka"), title_given_back("Dr ", "Tanaka")
    (('Misa', 'Ann Tanaka'), ('Dr', 'Tanaka'))
    """
    titles = honorific.split()
    if len(rest.split()) == 1:
        while titles and titles[-1].casefold() in KIN_WORD_ROWS:
            rest = f"{titles.pop()} {rest}"
    return " ".join(titles), rest


def tidy_name(text: str) -> Byline | None:
    """Take honorifics, job titles and credentials off a name and write it in its usual case; ``None`` if empty.

    No judgement whether the rest is a person: :func:`split_name` adds that.

    >>> tidy_name("Dr. Jane Smith-Jones, PhD")
    Byline(name='Jane Smith-Jones', credentials='Dr., PhD')
    >>> tidy_name("Senior Editor MARTA ÅBERG | Gardening")
    Byline(name='Marta Åberg', credentials='Senior Editor, Gardening')
    >>> tidy_name("Prof. Dr. Hans Müller")
    Byline(name='Hans Müller', credentials='Prof. Dr.')
    >>> tidy_name("Samir Haddad. Photos courtesy of the studio")
    Byline(name='Samir Haddad', credentials='Photos courtesy of the studio')
    >>> tidy_name("Ilse Kovač 🌻").name  # a display name without its emoji
    'Ilse Kovač'
    >>> tidy_name("Ines van der PolInes van der Pol")  # a profile's link text glued to its display name
    Byline(name='Ines van der Pol', credentials=None)
    >>> tidy_name("Tran Thi Mai Staff Writer")  # the role's element glued on after the name
    Byline(name='Tran Thi Mai', credentials='Staff Writer')
    """
    if not text.isascii() and PICTOGRAPHS.search(text):
        text = " ".join(PICTOGRAPHS.sub(" ", text).split())  # a display name is read without its emoji (SPEC)
    text = undoubled(text.strip().rstrip("."))
    credentials: list[str] = []
    if honorific := HONORIFICS.match(text):
        titles, text = title_given_back(honorific.group(), text[honorific.end():])
        credentials += [titles] if titles else []
    head, _, rest = (NAME_END.split(text, maxsplit=1) + ["", ""])[:3]
    head, rest = head.strip(), rest.strip(" )")
    tokens = head.split()
    job = []
    while len(tokens) > 2 and tokens[0].lower() in JOB_WORDS:
        job.append(tokens.pop(0))
    if job:
        credentials.append(" ".join(job))
        if (honorific := HONORIFICS.match(" ".join(tokens))) is not None:  # "Staff Writer Dr. Ann Lee"
            credentials.append(honorific.group().strip())
            tokens = " ".join(tokens)[honorific.end():].split()
    if len(tokens) > 3 and job_title_after(tokens[-2:]):
        credentials.append(" ".join(tokens[-2:]))  # "NAME Contributing Writer": the role's element glued on
        tokens = tokens[:-2]
    trailing = []
    while len(tokens) > 2 and POSTNOMINAL.match(tokens[-1].rstrip(",")):
        trailing.insert(0, tokens.pop().rstrip(","))
    if trailing:
        credentials.append(" ".join(trailing))
    if not tokens:
        return None
    if rest:
        credentials.append(rest)
    return Byline(name=normalise_case(" ".join(tokens)), credentials=", ".join(credentials) or None)


def job_title_after(pair: list[str]) -> bool:
    """Whether the two words ending a name's line are a job title glued after it without a comma ("Contributing
    Writer", "Staff Writer", "Senior Editor": a byline's name and role elements flattened into one line): a
    capitalised qualifier of JOB_WORDS then a job noun of theirs. A name's last word alone may be a job noun
    ("Ann Cook", "Bo Baker"), so one word is never taken.

    >>> job_title_after(["Contributing", "Writer"]), job_title_after(["Lee", "Writer"])
    (True, False)
    >>> job_title_after(["Senior", "editor"]), job_title_after(["Chief", "Baker"])
    (False, False)
    """
    qualifier, noun = pair
    return (qualifier[:1].isupper() and noun[:1].isupper() and qualifier.lower() in ROLE_ADJECTIVES
            and noun.lower() in JOB_WORDS and noun.lower() not in ROLE_ADJECTIVES)


# Where a name ends and its affiliation begins: "Jane Doe of Acme Gardens", "Ann Lee from Leeds", "Jo Bell for the
# Teamcraft newsletter", "Ana Ruiz at Hillside Clinic".
AFFILIATION = re.compile(r"(?<!\s)\s+(of|from|for|at)\s+")  # (from a blank run's start only: linear on a long run)
MAX_OUTLET_WORDS = 3  # "Joachim Weiss for Elm & Anvil": a writer for an outlet; "for Couples Who Hate ..." is a title's
THE = re.compile(r"^the\s+", re.I)  # "for The New York Times": an outlet of three words after its article


def split_name(text: str, outlet_cap: bool = True) -> Byline | None:
    """Split "Name, credentials" into the person's name and the rest; ``None`` when no person is named.

    "NAME for OUTLET" names a writer for an outlet of at most ``MAX_OUTLET_WORDS`` words (a leading "the" aside);
    more words after "for" make the line a title's phrase ("Money Talks for Couples Who Hate Money Talks"), unless
    ``outlet_cap`` is off: a caller that has already read a "By" in front knows the line is a byline ("By Ann Lee
    for the Centre for Ageing Better").

    >>> split_name("Susan Dunn, MA Psychology, Professional Coach")
    Byline(name='Susan Dunn', credentials='MA Psychology, Professional Coach')
    >>> split_name("Dr. Jane Smith-Jones, PhD")
    Byline(name='Jane Smith-Jones', credentials='Dr., PhD')
    >>> split_name("Mark Lee MBA"), split_name("Admin"), split_name("Jane Doe of Acme Gardens")
    (Byline(name='Mark Lee', credentials='MBA'), None, Byline(name='Jane Doe', credentials='of Acme Gardens'))
    >>> split_name("Packing Light for a Week of Rain"), split_name("Ann Lee from the Leeds Allotments").name
    (None, 'Ann Lee')
    >>> split_name("Joachim Weiss for Elm & Anvil").name, split_name("Money Talks for Couples Who Hate Money Talks")
    ('Joachim Weiss', None)
    >>> split_name("Ann Lee for The New York Times").name, split_name("Ann Lee for the Centre for Ageing Better")
    ('Ann Lee', None)
    >>> split_name("Ann Lee for the parish council", outlet_cap=False), split_name("Ann Lee for the parish council")
    (Byline(name='Ann Lee', credentials='for the parish council'), None)
    """
    byline = tidy_name(text)
    if byline is None:
        return None
    if not is_person_name(byline.name):  # "Jane Doe of Acme Gardens", "Ann Lee from Leeds": an affiliation
        if not any(word in byline.name for word in (" of ", " from ", " for ", " at ")):
            return None
        head, sep, rest = (AFFILIATION.split(byline.name, maxsplit=1) + ["", ""])[:3]
        if not sep or not is_person_name(head) or not regex.match(r"(?:the\s+)?[\p{Lu}\p{Lo}\d]", rest) and (
                outlet_cap or not regex.match(r"(?:the|our)\s+\p{Ll}", rest)):
            return None  # "Packing Light for a Week of Rain": a title; an affiliation names a place or a body (in
            # lower case after a "By" only: "Written by NAME for the club committee")
        if outlet_cap and sep == "for" and len(THE.sub("", rest, count=1).split()) > MAX_OUTLET_WORDS:
            return None  # "Money Talks for Couples Who Hate Money Talks": a title's "for"; an outlet is a few words
        extra = f"{sep} {rest}"
        byline = Byline(head, f"{extra}, {byline.credentials}" if byline.credentials else extra)
    return byline


# The labels of a directory's row of fields after the title or the name, their spacing lost in scraping ("Author: NAME
# Published: DATE Category: X Views: 3,118"): segment's FIELD_LABEL reads the row, BYLINE_TAIL cuts it off a name.
ROW_FIELD_LABELS = (r"published|posted|submitted|updated|date|category|categories|views|tags|word\s+count|comments"
                    r"|rating")
# The labels of a picture's credit beside the writer's ("· Illustration: X"; "Words: NAME Photos: STUDIO", a credit
# row whose cells lost their spacing): the name ends before them
PICTURE_LABELS = r"photo|picture|image|illustration|drawing"

# The time or date a blog footer or byline gives after the name: "at 10:42 PM", "on March 3, 2009", "| 3 May".
# (each branch that opens on spaces starts only at a run's first space, "(?<!\s)": a long run is walked once, not
# once from each of its spaces)
# The date after a separator is looked for in the next 300 characters before a comma: a lookahead to the line's end
# from every separator walked a line of 50,000 "| " once per separator (quadratic: boilerplate, segment and the
# chain hung on it); a byline's date is never that far from its separator.
_DATED_TAIL = (r"(?<!\s)\s+(?:(?:on|at|@)\s+|[|·•]\s*|[-–—]\s+)(?=[^,\d]{0,300}\d).*$|(?<!\s)\s+at\s+\d.*$"
               # the page's date told in a sentence of its own after the name's full stop: "Written by NAME for the
               # club. Last updated 3 May 2024." (the stop after a word's small letter, never an initial's)
               rf"|(?<=[^\W\d_][^\W\d_A-Z])\.\s+(?i:(?:last\s+)?{alternation('published')})\b.*$")
_UNDATED_TAIL = (r"(?<!\s)\s*[|·•]\s*(?i:filed|posted|published|updated|in|under|categor|tag)\b.*$"
                 # a meta row's next field in any language of the tables ("NAME | வகைகள்: X | 3 …", "NAME · Категорија:
                 # X"): a label and its colon after the separator end the name (text/languages.py, meta_label)
                 rf"|(?<!\s)\s*[|·•]\s*(?i:{alternation('meta_label')})\s*[:：].*$"
                 # "· Illustration: X"
                 rf"|(?<!\s)\s*[|·•]\s*(?i:{PICTURE_LABELS})\w*\b.*$"
                 # "Posted 9 May 2019 by NAME in Classroom Tech": the category
                 r"|(?<!\s)\s+in\s+[A-Z][\w&'’ -]*$"
                 r"|,\s+who\s.*$"  # "Penned by NAME, who keeps bees in Izmir.": a clause about them
                 # a directory's row of fields after the name (their spacing lost in scraping): "Author: NAME
                 # Published: DATE Category: X Views: 3,118", "Words: NAME Photos: STUDIO"
                 rf"|(?<!\s)\s+(?=(?i:{ROW_FIELD_LABELS}|(?:{PICTURE_LABELS})\w*)\s*:\s).*$")
BYLINE_TAIL = re.compile(f"{_DATED_TAIL}|{_UNDATED_TAIL}")
# BYLINE_TAIL without its two dated branches, which need a digit: on a text with none it cuts the same tail, and a
# line of "| " no longer costs 300 characters of look-ahead per separator (100 KB after "By": 7 s in segment alone)
UNDATED_TAIL = re.compile(_UNDATED_TAIL)
DIGIT = re.compile(r"\d")
# The tail's start is read in a byline's first characters: its tables of row labels in every language are tried at
# each blank, and "By " over 100 KB of "| " took 2 s (no name is that long: a longer text keeps its words)
TAIL_READ = 400


def cut_tail(who: str) -> str:
    """``who`` without its byline tail (BYLINE_TAIL's cut: a date, a category, a clause about the writer).

    >>> cut_tail("Jane Doe on March 3, 2009"), cut_tail("Jane Doe | Filed under Tips"), cut_tail("Jane Doe - Editor")
    ('Jane Doe', 'Jane Doe', 'Jane Doe - Editor')
    """
    tail = BYLINE_TAIL if DIGIT.search(who) else UNDATED_TAIL
    if len(who) <= TAIL_READ:
        return tail.sub("", who)
    head = tail.sub("", who[:TAIL_READ])  # a name and its tail's start stand in the first few hundred characters
    return head if len(head) < TAIL_READ else who


def cut_tails(who: str) -> str:
    """``who`` without its byline tails: ``cut_tail``, then once more where it cut one, as the tail cut may be the
    last of two ("in CATEGORY | 6 Comments": the category goes too).

    >>> cut_tails("Jane Doe in Soil & Beds | 6 Comments"), cut_tails("Jane Doe - Editor")
    ('Jane Doe', 'Jane Doe - Editor')
    """
    cut = cut_tail(who)
    return UNDATED_TAIL.sub("", cut) if cut != who else cut


# A blog theme's dated post head in another language: the table's word for "published" ("Pubblicato il", "Publié
# le", "Opublikowano"), the date, then its word for "by" and the poster ("... 9 marzo 2023 da NAME — 6 commenti").
# The date may hold the word itself ("3 de mayo de 2023 por NAME"): each "by" word after the date is tried in turn.
DATED_HEAD_ABROAD = re.compile(rf"^\s*(?:{alternation('published', other_languages())})\s+(?=\S{{0,12}}\d)", re.I)
BY_WORD_ABROAD = re.compile(rf"(?<!\S)(?:{alternation('by', other_languages())})\s+(?=[^\W\d_])", re.I)
MAX_DATED_HEAD_CHARS = 60  # the date and the "by" word stand within a head line's first 60 characters


@line_reading_cache
def dated_head_abroad(line: str) -> Byline | None:
    """The poster a dated post head names in another language, else ``None``.

    >>> dated_head_abroad("Pubblicato il 9 marzo 2023 da Ada Neri — 6 commenti").name
    'Ada Neri'
    >>> dated_head_abroad("Publicado el 3 de mayo de 2023 por Ana Ruiz Gil").name
    'Ana Ruiz Gil'
    >>> dated_head_abroad("Pubblicato il 9 marzo 2023"), dated_head_abroad("Da Ada Neri")
    (None, None)
    """
    if DIGIT.search(line[:MAX_DATED_HEAD_CHARS]) is None or (head := DATED_HEAD_ABROAD.match(line)) is None:
        return None
    for by in BY_WORD_ABROAD.finditer(line, head.end(), min(len(line), head.end() + MAX_DATED_HEAD_CHARS)):
        if DIGIT.search(line, head.end(), by.start()) is None:
            continue  # the date comes first
        named = name_line(cut_tails(line[by.end():].strip()))
        if named is not None and is_full_name(named.name):
            return named
    return None


# A year in a row's date part ("7 ta' Marzu 2023", "2023-03-07"): the row is the post's dated head in any language.
YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
# The one short lower-case word before a writer's name in a row's part, in a language no table holds ("minn NAME",
# "le NAME"): the language's "by".
ROW_BY_WORD = regex.compile(r"^\p{Ll}{1,5}\s+(?=\p{Lu})")
MIN_ROW_PARTS = 3  # the date, the writer, the comments or the reading time: a row of the post's facts


def dated_row_writer(line: str) -> Byline | None:
    """The writer a post's dated row names after its language's word for "by", in a language no table holds
    ("Ippubblikat fis-7 ta' Marzu 2023 · minn NAME · 4 kummenti"): the row has three parts or more, one holds a year,
    another is one short lower-case word and a person's full name and nothing else; ``None`` otherwise.

    >>> dated_row_writer("Ippubblikat fis-7 ta' Marzu 2023 · minn Ġanni Borġ · 4 kummenti").name
    'Ġanni Borġ'
    >>> dated_row_writer("7 March 2023 · in Home Garden · 4 comments"), dated_row_writer("minn Ġanni Borġ · 4 · x")
    (None, None)
    """
    if "·" not in line and "|" not in line and "•" not in line:
        return None
    if (labelled := _labelled_row_writer(line)) is not None:
        return labelled
    if YEAR.search(line) is None:
        return None
    parts = [part.strip() for part in ROW_PARTS.split(line.strip())]
    if len(parts) < MIN_ROW_PARTS or not any(YEAR.search(part) for part in parts):
        return None
    for part in parts:
        if (by := ROW_BY_WORD.match(part)) is not None and not YEAR.search(part) and (
                (who := part[by.end():]) and is_full_name(who)
                and not _common_words(who.split())):
            return Byline(who)
    return None


# The stems of a one-word label crediting another role than the writing, in the languages the word lists here do
# not spell out: the editing, the review, the pictures, the translation, a source ("Editor:", "Redaktor:",
# "Fotografo:", "Zdjęcia:", "Quelle:", "Sumber:"; "Tarjimon:" aside, which no stem here holds, a label before a
# name is the writer's in a byline element or a dated head row).
OTHER_ROLE_STEMS = ("edit", "redak", "redac", "review", "photo", "foto", "zdj", "illustr", "ilustr", "translat",
                    "traduc", "übersetz", "source", "quell", "fonte", "fuente", "sumber", "źród", "zdroj")
# The labels of a page's metadata in every language of the tables ("Kategori:", "Tags:"): no credit of the writing.
META_LABELS = frozenset(words("meta_label"))
# Four digits alone in any script's digits ("2024", Lao "໒໐໒໔", Bengali "২০২৪"): a year when they read 1900-2099.
FOUR_DIGITS = regex.compile(r"(?<!\d)\d{4}(?!\d)")
FIRST_YEAR, LAST_YEAR = 1900, 2099


def holds_year(text: str) -> bool:
    """Whether ``text`` holds a year of the last two centuries in any script's digits (not a register number).

    >>> holds_year("22 ພຶດສະພາ ໒໐໒໔"), holds_year("Register VR 4471"), holds_year("Sabtu, 9 Maret 2024")
    (True, False, True)
    """
    return any(FIRST_YEAR <= int(m.group()) <= LAST_YEAR for m in FOUR_DIGITS.finditer(text))


def _labelled_row_writer(line: str) -> Byline | None:
    """The writer a post's dated head row credits after a one-word label and its colon, in a language no table
    holds ("DATE | LABEL: NAME, role", "DATE · LABEL: NAME · 6 comments"): the row's first part holds a year (in
    any digits), a later part is the label and a person's name, the label naming no other role (a picture's, the
    page's metadata); ``None`` otherwise.

    >>> _labelled_row_writer("Sabtu, 9 Maret 2024 · Panulis: Wulan Sastrowardoyo · 6 komentar").name
    'Wulan Sastrowardoyo'
    >>> _labelled_row_writer("9 March 2024 | Photo: Wulan Sastrowardoyo"), _labelled_row_writer("Tags: a | b: Ann Lee")
    (None, None)
    >>> _labelled_row_writer("9.3.2024 | Zdjęcia: Jan Kos"), _labelled_row_writer("9.3.2024 | Sumber: Jan Kos")
    (None, None)
    >>> _labelled_row_writer("3 ⵎⴰⵢⵢⵓ 2974 · ⴰⵎⴰⵔⴰⵢ: ⵢⵓⴱⴰ ⵏⴰⵢⵜ ⵎⵓⵃⴰ · 2 ⵏ ⵜⵉⵡⵏⴳⵉⵎⵉⵏ").name  # an Amazigh year
    'ⵢⵓⴱⴰ ⵏⴰⵢⵜ ⵎⵓⵃⴰ'
    """
    parts = [part.strip() for part in ROW_PARTS.split(line.strip())]
    # (or a date with its month's name in a calendar of other years: the Amazigh "14 ⵉⵏⵏⴰⵢⵔ 2976", Thai 2567)
    if len(parts) < 2 or not holds_year(parts[0]) and not is_date_line(parts[0]):
        return None
    for part in parts[1:]:
        if (m := CREDIT_LABEL.match(part)) is None or len(m["label"].split()) != 1 or FOUR_DIGITS.search(part) or (
                (label := m["label"].casefold()) in META_LABELS or label.startswith(OTHER_ROLE_STEMS)):
            continue
        named = credit_line(part)
        if named is not None and is_full_name(named.name):
            return named
    return None


def parse_byline(line: str) -> Byline | None:
    """Read a byline line: ``Author: Name``, ``Written by Name, credentials``, ``By Name``.

    >>> parse_byline("Written by Susan Dunn, MA Psychology, Professional Coach")
    Byline(name='Susan Dunn', credentials='MA Psychology, Professional Coach')
    >>> parse_byline("Author: JoAnna Brandi").name, parse_byline("Posted by Zoé Lefèvre at 10:42 PM").name
    ('JoAnna Brandi', 'Zoé Lefèvre')
    >>> parse_byline("By the time I got to the counter, I was tired."), parse_byline("Posted by Admin")
    (None, None)
    >>> parse_byline("By Chidi Eze and Małgorzata Nowak").name, parse_byline("By Salt and Pepper Studio")
    ('Chidi Eze and Małgorzata Nowak', None)
    >>> parse_byline("Author: Thandi Mokoena Published: 04/17/2008 Category: Small Business Views: 112").name
    'Thandi Mokoena'
    >>> parse_byline("words + pictures: Oona Vesk").name
    'Oona Vesk'
    >>> parse_byline("By Oona Vesk with additional reporting by Bo Ng").name
    'Oona Vesk'
    >>> parse_byline("BY OONA VESK, STAFF WRITER, AND BO NG, CONTRIBUTOR | PHOTOS BY CY PO").name
    'Oona Vesk and Bo Ng'
    """
    m = _byline(line)
    if not m:
        return dated_head_abroad(line) or dated_row_writer(line)  # "Pubblicato il DATE da NAME"
    who = cut_tails(m["who"])  # "Jane Doe on March 3, 2009", "Jane Doe in News | 6 Comments"
    who = REPORTING_TAIL.sub("", who) if "eporting" in who else who  # "NAME with additional reporting by NAME"
    # (a "By" already says byline: no outlet cap)
    return (listed_writers(who) or roled_writers(who) or split_name(who, outlet_cap=False) or two_writers(who)
            or writers_with(who))


# The page's own word that the name its byline gives is a pen name: "NAME is the pen name of ...", "NAME is the pen
# name behind this blog", "NAME is the nom de plume of ...". SPEC: a pen name stays the author even where a bio
# reveals the real name, though the pen name reads as no person's ("The Thrifty Wren", "Aunt Juniper").
PEN_NAME_NOTE = r"\s+is\s+(?:the|a|my|her|his|our)\s+(?:pen[\s-]?name|nom\s+de\s+plume|pseudonym)\b"
PEN_NAME_GATE = re.compile(r"pen[\s-]?name|nom\s+de\s+plume|pseudonym", re.I)
MAX_PEN_NAME_WORDS = 4  # "The Thrifty Wren", "Aunt Juniper": a few capitalised words


def pen_name_byline(line: str, page: str) -> Byline | None:
    """The pen name a byline line credits where ``page`` calls that very name a pen name (:data:`PEN_NAME_NOTE`),
    else ``None``: a byline whose name is no person's otherwise names nobody.

    >>> note = "About me: The Thrifty Wren is the pen name of Ann Lee, a bursar in Cork."
    >>> pen_name_byline("Posted on 3 May 2023 by The Thrifty Wren — 12 Comments", note)
    Byline(name='The Thrifty Wren', credentials=None)
    >>> pen_name_byline("By The Thrifty Wren", "The Thrifty Wren is a blog about money.")  # no pen name said
    >>> pen_name_byline("By The Thrifty Wren", "Ann Lee is the pen name of Bo Ng.")  # another name's
    """
    if (m := _byline(line)) is None:
        return None
    who = cut_tails(m["who"]).strip(" ,;:-–—|")
    words = who.split()
    if not 1 <= len(words) <= MAX_PEN_NAME_WORDS or not all(w[:1].isupper() for w in words) or DIGIT.search(who):
        return None
    return Byline(who) if regex.search(rf"(?<![\w-]){regex.escape(who)}{PEN_NAME_NOTE}", page) else None


# A byline's credit to those who helped after the writer's name: no authors (SPEC: "additional reporting" credits)
REPORTING_TAIL = re.compile(r"(?<!\s)\s+(?:with\s+)?(?:additional\s+|extra\s+)?reporting\s+(?:by|from)\b.*$", re.I)
TWO_WRITERS = re.compile(r"(?<!\s)\s+(?:and|&|with)\s+")  # "By A with B": a co-writer credited beside (SPEC)
# a list of three writers or more: "A, B and C", "A, B & C", "A, B, and C" (a blank run from its start only)
LISTED_JOIN = re.compile(rf"(?<!\s)\s*,\s*(?:(?:{AND_WORDS})\s+)?|(?<!\s)\s+(?:{AND_WORDS})\s+")
LAST_JOINED = re.compile(rf"(?<!\s)\s+(?:{AND_WORDS})\s+\S[^,]*$")
MIN_LISTED_WRITERS = 3  # two writers are two_writers'
MAX_LISTED_CHARS = 400  # six writers with their titles; a longer "By ..." line is a sentence


def listed_writers(who: str) -> Byline | None:
    """Three writers or more a byline lists, each with the titles before the name dropped (SPEC: "Prof. Dr. med.",
    "Ing." are no part of a name), joined as SPEC joins co-authors: "A and B and C", in the byline's order. The
    list's last name comes after "and" or "&"; every part must be a person's full name, so a name with its role and
    town after commas ("Ann Lee, nurse, Leeds") is no list.

    A list joined by commas alone ("A, B, C": a syndicated byline) counts where no part holds a common word the
    name lexicon does not know as a name and one part at least has a given name it knows, since a comma there may
    as well open a role or a desk ("Ann Lee, Member Services, Leeds").

    >>> listed_writers("Ann Lee, Prof. Dr. med. Bo Ng & Ing. Cy Po").name
    'Ann Lee and Bo Ng and Cy Po'
    >>> listed_writers("Ann Lee, Head Gardener and Volunteer"), listed_writers("Ann Lee and Bo Ng")
    (None, None)
    >>> listed_writers("Maria Lindqvist, Tomasz Adamek, Zhou Mingyue").name
    'Maria Lindqvist and Tomasz Adamek and Zhou Mingyue'
    >>> listed_writers("Maria Lindqvist, Senior Editor, Home Desk")
    """
    who = who.strip()
    if len(who) > MAX_LISTED_CHARS:
        return None  # (a longer text is a sentence; the cap keeps LAST_JOINED's tries from each "and" linear)
    joined = LAST_JOINED.search(who) is not None
    if not joined and who.count(",") < MIN_LISTED_WRITERS - 1:
        return None
    parts = [HONORIFICS.sub("", part.strip()).strip() for part in LISTED_JOIN.split(who)]
    if len(parts) < MIN_LISTED_WRITERS:
        return None
    named = [split_name(part) for part in parts]
    if any(n is None or n.credentials or n.name != part or len(part.split()) < 2 or not is_person_name(part)
           for n, part in zip(named, parts, strict=True)):
        return None
    if not joined:
        from .line_roles import knows_name, no_common_word  # (line_roles reads this module: imported when asked)

        if not all(no_common_word(part) for part in parts) or not any(knows_name(part) for part in parts):
            return None
    return Byline(" and ".join(parts))


def two_writers(who: str) -> Byline | None:
    """Two writers a byline names together ("Chidi Eze and Małgorzata Nowak"), joined as SPEC joins co-authors:
    "A and B", in the byline's order. Each must be a person's full name (two words at least): "Salt and Pepper
    Studio" names no one.

    >>> two_writers("Chidi Eze & Ana Reis").name, two_writers("Chidi and Ana"), two_writers("Ana Reis")
    ('Chidi Eze and Ana Reis', None, None)
    >>> two_writers("이하늘 with Ana Reis").name, two_writers("Ana Reis with additional reporting by Bo Ng")
    ('이하늘 and Ana Reis', None)
    >>> two_writers("Ana Reis with Love"), two_writers("Ana Reis with photos by Bo Ng")
    (None, None)

    The outlet or the role after the second name is both writers' ("By Ann Lee and Bo Ng, Valley Ledger", a
    partner newsroom's story carried by another site):

    >>> two_writers("Chidi Eze and Ana Reis, Valley Ledger")
    Byline(name='Chidi Eze and Ana Reis', credentials='Valley Ledger')
    """
    parts = TWO_WRITERS.split(who.strip())
    if len(parts) != 2:
        return None
    named = [split_name(p) for p in parts]
    if any(n is None or n.credentials and (k == 0 or "," not in parts[1]) or len(n.name.split()) < 2
           and not EAST_ASIAN_NAME.fullmatch(n.name) for k, n in enumerate(named)):  # ("김서연": a full name)
        return None
    return Byline(" and ".join(n.name for n in named if n is not None), named[1].credentials if named[1] else None)


WITH_WRITER = re.compile(r"(?<!\s)\s+with\s+(?=\S+(?:\s+\S+){1,3}$)", re.I)  # a name's two to four words close it


def writers_with(who: str) -> Byline | None:
    """Co-writers a byline lists, then one more after "with" ("A & B with C", "A, RN & B, MSc with C"): all of
    them, joined as SPEC joins co-authors ("By X with Y" credits both), in the byline's order. Seen on holdout28's
    clinic post and newsletter (two pages, two hands); two_writers reads a lone "A with B".

    >>> writers_with("Ann Lee & Bo Ng with Cy Te Po").name, writers_with("Ann Lee, RN & Bo Ng, MSc with Cy Po").name
    ('Ann Lee and Bo Ng and Cy Te Po', 'Ann Lee and Bo Ng and Cy Po')
    >>> writers_with("Ann Lee & Bo Ng with photos"), writers_with("Ann Lee with Bo Ng"), writers_with("Ann Lee")
    (None, None, None)
    """
    parts = WITH_WRITER.split(who.strip(), maxsplit=1) if " with " in who.lower() else []
    if len(parts) != 2:
        return None
    first = listed_writers(parts[0]) or roled_writers(parts[0]) or two_writers(parts[0])
    other = split_name(parts[1])
    if first is None or first.credentials or other is None or other.credentials or len(other.name.split()) < 2:
        return None
    return Byline(f"{first.name} and {other.name}")


WITH_LINE = re.compile(r"^with\s+(?P<who>\S+(?:\s+\S+){1,3})$", re.I)  # "with NAME" alone on its line


def with_line(writers: str, line: str) -> str | None:
    """The writers a byline names with the one a "with NAME" line right under it adds ("By A, RN & B, MSc" over
    "with C"): SPEC's "By X with Y" credits both, wrapped onto two lines or not; ``None`` where the line names no
    one. (holdout28's clinic post: the credit parted by a line break.)

    >>> with_line("Ann Lee and Bo Ng", "with Cy Te Po"), with_line("Ann Lee", "with love and thanks")
    ('Ann Lee and Bo Ng and Cy Te Po', None)
    >>> with_line("Ann Lee", "with additional reporting by Bo Ng"), with_line("Ann Lee", "with Bo Ng, RN")
    (None, None)
    """
    m = WITH_LINE.match(line.strip())
    other = split_name(m["who"]) if m else None
    if other is None or other.credentials or not is_full_name(other.name):
        return None
    return f"{writers} and {other.name}"


# Writers a byline lists each with her role after a comma, the last after "and": "Ann Lee, staff writer, and Bo Ng,
# contributor" (a paper's byline over a staffer and an outside writer: co-authors, SPEC round 11, each name without
# its role, round 19)
ROLED_JOIN = re.compile(r"(?<!\s),?\s+(?:and|&)\s+", re.I)  # (from a blank run's start only: linear)


# A role that makes the pictures, not the words: its holder is no co-author ("Ann Lee, staff writer, and Bo Ng,
# photographer": round 24's review)
PICTURE_ROLE = re.compile(r"\b(?:photograph\w*|photos?|illustrat\w*|designer|videograph\w*|camera)\b", re.I)


def roled_writers(who: str) -> Byline | None:
    """Two writers or more a byline gives each with her role after a comma ("NAME, ROLE, and NAME, ROLE"), joined
    as SPEC joins co-authors: "A and B", in the byline's order. Every part must be a full name, a comma and a role
    (``is_role``): an "and" inside one writer's role or affiliation ("Ann Lee, editor and founder") is no list.

    >>> roled_writers("ANN LEE, STAFF WRITER, AND BO NG, CONTRIBUTOR").name
    'Ann Lee and Bo Ng'
    >>> roled_writers("Ann Lee, editor and founder"), roled_writers("Ann Lee, nurse, and Bo Ng")
    (None, None)
    >>> roled_writers("Ann Lee, owner of Lee and Ng Bakery"), roled_writers("Ann Lee and Bo Ng")
    (None, None)
    >>> roled_writers("Ann Lee, staff writer, and Bo Ng, photographer")  # pictures, not words: no co-author

    Each writer's letters after her name stand for her role too ("NAME, RN & NAME, MSc": a clinic's co-authors,
    holdout28; holdout24's paper writes roles, holdout4's single writers their letters alone):

    >>> roled_writers("Ann Lee, RN & Bo Ng, MSc, PhD").name, roled_writers("Ann Lee, RN & Co")
    ('Ann Lee and Bo Ng', None)
    """
    if "," not in who:
        return None
    parts = ROLED_JOIN.split(who.strip())
    if len(parts) < 2:
        return None
    names = []
    for part in parts:
        name, comma, role = part.partition(",")
        named = split_name(name)
        if (not comma or named is None or named.credentials or len(named.name.split()) < 2
                or not (is_role(role) or _postnominals(role)) or PICTURE_ROLE.search(role)):
            return None
        names.append(named.name)
    return Byline(" and ".join(names))


def _postnominals(text: str) -> bool:
    """Whether ``text`` is only a name's letters after it ("RN", "MSc, PhD", "CFP®"), one or more.

    >>> _postnominals(" MSc, PhD"), _postnominals("CFP®"), _postnominals(" nurse"), _postnominals("")
    (True, True, False, False)
    """
    parts = [part.strip().rstrip(CREDENTIAL_MARKS) for part in text.split(",")]
    return all(POSTNOMINAL.match(part) for part in parts)


# A pager's words, the one reading of them every stage builds its pager lines from (case-insensitive where used): a
# printout's, a PDF's or a paged piece's page count ("Page 1 of 2", "page 3/12"), and a split article's pointer to
# the page it goes on on or came from ("Continued on page 4", "continued from 2")
PAGE_COUNT = r"page\s+\d{1,4}\s*(?:of|/)\s*\d{1,4}"
CONTINUED_PAGE = r"continued\s+(?:from|on)\s+(?:page\s+)?\d+"
# a split article's next page, its byline after the mark: "(Continued) By NAME", "Continued from page 1 - by NAME"
CONTINUED_BY = re.compile(rf"^\s*(?:[(\[]\s*continued[^)\]]{{0,24}}[)\]]|{CONTINUED_PAGE})"
                          r"\s*(?:[|·•,:–—-]\s*)?(?=by\s)", re.I)  # (one optional group: a run of spaces tried once)
BYLINE_REACH = 90  # every byline form says "by" or "author" within this many characters, or opens "Words:"


# A first-person piece written down by a writer ("NAME, nurse in Leeds, as told to NAME"): the one who wrote it down
# is its author (SPEC), not the one whose words it tells; the credit closes its line.
AS_TOLD_TO = re.compile(r"(?:^|(?<=[\s,;(—–-]))as\s+told\s+to\s+(?P<who>\S(?:.*\S)?)\s*$", re.I)


EMPHASIS_MARKS = ("**", "__", "*", "_")  # Markdown's bold and italics, longest first
EMPHASIS_OPENERS = frozenset(mark[0] for mark in EMPHASIS_MARKS)


def unemphasised(line: str) -> str:
    """A line without the Markdown emphasis wrapping it whole ("*NAME — DATE — 7 minutes*", "**By NAME**"): a
    Markdown export sets its byline row in italics or bold, and the marks are no part of the name or the date.

    >>> unemphasised("*Ann Lee — 3 May 2024*"), unemphasised("**By Ann Lee**"), unemphasised("*a* and *b*")
    ('Ann Lee — 3 May 2024', 'By Ann Lee', '*a* and *b*')
    >>> unemphasised("snake_case_name"), unemphasised("* a list item *"), unemphasised("**")
    ('snake_case_name', '* a list item *', '**')
    """
    text = line.strip()
    if text[:1] not in EMPHASIS_OPENERS:
        return line  # (most lines: every mark opens with one of these, so none wraps the line)
    for mark in EMPHASIS_MARKS:
        n = len(mark)
        if len(text) > 2 * n and text.startswith(mark) and text.endswith(mark):
            inner = text[n:-n]
            if inner[:1].isspace() or inner[-1:].isspace() or mark[0] in inner:
                return line  # "* a list item *", "*a* and *b*": not one emphasis over the whole line
            return inner
    return line


# A text browser's number for a link, glued before the link's words ("[8]Ann Lee"): lynx's and w3m's dumps
_LINK_NUMBER = r"\[\d{1,4}\]"
LINK_MARKER = re.compile(rf"{_LINK_NUMBER}(?=\S)")
# ... at a title's start, glued to a letter: "[7]The five-minute reset" is a linked title, its number pointing into
# the References list at the dump's end (holdout28's Blogger dump is the shape's one page), never a "[1] " footnote
# or a bracketed year ("[2019] A Year Of Mending")
LEADING_LINK_MARKER = re.compile(rf"^{_LINK_NUMBER}(?=[^\W\d_])")


def _byline(line: str) -> re.Match[str] | None:
    """``BYLINE.match(line)``, skipped when neither "by" nor "author" opens the line (most lines).

    >>> _byline("By Ann Lee")["who"], _byline("Be kind."), _byline("March 3, 2019 by Ann Lee")["who"]
    ('Ann Lee', None, 'Ann Lee')
    >>> parse_byline("June 4, 2021 · Written by Ann Lee · 8 min read").name
    'Ann Lee'
    >>> _byline("(Continued) By Ann Lee")["who"], _byline("Continued by the river we walked.")
    ('Ann Lee', None)
    >>> _byline("May 3, 2021 · Written by Ann Lee · 8 min read")["who"], _byline("Gifts · By Occasion · About")
    ('Ann Lee', None)
    >>> _byline("Bo Ng, a night porter in Hull, as told to Ann Lee")["who"]  # the writer-down wrote it (SPEC)
    'Ann Lee'
    >>> _byline("Written per the club's rules by Ann Lee")["who"], _byline("Written to be read aloud, by the sea.")
    ('Ann Lee', None)
    """
    line = unemphasised(line)  # "_By Ann Lee_": a Markdown export's byline in italics
    lowered = line[:BYLINE_REACH].lower()
    hit = "by" in lowered or "author" in lowered or lowered.lstrip().startswith(("text", "words"))
    m = BYLINE.match(line) if hit else None
    if m is None and hit and DIGIT.search(lowered) and (dated := DATED_BY.match(line)):
        # "March 3, 2019 by Ann Lee": a theme's date, then its byline (up to the row's next part: "· 8 min read")
        m = BYLINE.match(ROW_PARTS.split(line[dated.end():], maxsplit=1)[0])
    if m is None and hit and "continued" in lowered and (cont := CONTINUED_BY.match(line)):
        m = BYLINE.match(line[cont.end():])  # "(Continued) By Ann Lee": a split article's next page
    parts = ROW_PARTS.split(line) if m is None and hit and DIGIT.search(lowered) and (
        "·" in line or "|" in line or "•" in line) else []
    if len(parts) > 1 and any(is_date_line(part) for part in parts):
        # a theme's row of the post's facts, the byline one of its parts beside the post's date: "June 3, 2021 ·
        # Written by Ann Lee · 8 min read" (a menu's "Gifts · By Occasion" has no date; a recipe card's "Prep 15 mins
        # · Serves 4 · Author: NAME" is the card's, under the recipe's title again)
        m = next((found for part in parts[1:] if (found := BYLINE.match(part))), None)
    if m is None and "told to" in line.lower():
        m = AS_TOLD_TO.search(line)  # "NAME, RN, charge nurse, as told to NAME"
    return m


# A byline crediting a company's team ("By the Harrow Print Team", "Posted by the PawsFirst team in Cat Care").
# Volunteers, staff, a committee or a crew credit a body only after "the" ("By the Brackwater Library volunteers"):
# without it "Staff" may be a surname ("Jörg Staff") or part of a desk's name ("HLNF Staff Report").
TEAM = re.compile(r"^(?:the\s+)?(?P<org>[A-Z0-9][\w&'’.-]*(?:\s+[A-Z0-9&][\w&'’.-]*){0,4})\s+team\b"
                  r"|^the\s+(?P<body>[A-Z0-9][\w&'’.-]*(?:\s+[A-Z0-9&][\w&'’.-]*){0,4})\s+"
                  r"(?:volunteers|staff|committee|crew)\b", re.I)
# A leaflet's or a guide's credit to the body that made it ("Produced by Harrow Fire & Rescue Service", "Prepared by
# the Lakeland Water Board"): a body's name, never a person's (a person "produces" a video, not a text).
PRODUCED_HEADS = ("produced", "prepared", "issued")  # how PRODUCED_BY opens, whatever the case
PRODUCED_BY = regex.compile(r"^(?i:produced|prepared|issued)\s+(?i:by\s+(?:the\s+)?)(?P<org>\p{Lu}[\w&'’.-]*"
                            r"(?:\s+(?:&|and|of|for|\p{Lu}[\w&'’.-]*)){1,6})\.?$")
# A credit with a verb to a named body ("Compiled by the Harbour Swimmers", "Written by the Acme Cycle Club"): two
# to four capitalised words after "the" (a bare "By the Sea" is a title, so the verb is required by the caller).
ORG_CREDIT = re.compile(r"^the\s+(?P<org>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){1,3})$")
# A team of a department, not of a named company: "By the Editorial Team" names no one.
DEPARTMENTS = frozenset("editorial editors content support customer marketing sales web our site blog news "
                        "writing research admin staff reviews review testing".split())  # ("the SITE Reviews Team")
# A company's legal form after its name: the company is named without it, as its team byline names it.
# The legal forms of several countries' company registers (UK, US, DE/AT/CH, Nordic, Benelux, FR/ES/IT/PT, PL, JP).
# (the forms of two words, dotted and comma-led inside, first: "Co., Ltd." is one form, not "Co." before ", Ltd.")
LEGAL_FORMS = (r"Co\.?,?\s+(?:Ltd|Inc|LLC|KG|Limited)|Pte\.?\s+Ltd|Pvt\.?\s+Ltd|Private\s+Limited|Sdn\.?\s+Bhd|Bhd"
               r"|Pty\.?\s+Ltd|S\.\s?A\.\s+de\s+C\.\s?V|S\.\s?de\s+R\.\s?L|S\.\s?A\.\s?S|S\.\s?A\.\s?U|Ltda"
               r"|s\.\s?r\.\s?o|a\.\s?s|d\.\s?o\.\s?o|Kft|Zrt|OÜ|Corp|Ltd|Limited|Inc|LLC|LLP|PLLC|plc|PLC"
               r"|GmbH(?:\s+&\s+Co\.?\s+KG)?|AG|KG|e\.\s?V|AB|ASA|A/S|AS"
               r"|ApS|Oy|Oyj|hf|ehf|B\.?V|N\.?V|S\.?A|S\.?L|S\.?r\.?l|SRL|S\.?p\.?A|SAS|SARL|Lda|Sp\.\s?z\s?o\.\s?o|K\.?K")
# A trading name's closing "Co." ("Larchmont Pet Supply Co.") is its form too, a firm's "& Co." its name ("Crumb & Co.")
LEGAL_FORMS += r"|Co(?=\.)(?<!&\sCo)"
# (its blank run is taken from its start, or after a comma, only: from each of its blanks a name of 40 KB of spaces
# took credited_org a minute; the same matches, tests/test_pattern_scaling.py)
LEGAL_FORM = re.compile(rf"(?:,|(?<!\s))\s+(?:{LEGAL_FORMS})\.?$")


def team_byline(line: str) -> Byline | None:
    """Read the company a team byline credits ("By the Harrow Print Team | 2 May 2018"); ``None`` otherwise.

    >>> team_byline("By the Harrow Print Team | 2 May 2018 | Printing"), team_byline("Posted by the PawsFirst team")
    (Byline(name='Harrow Print', credentials=None), Byline(name='PawsFirst', credentials=None))
    >>> team_byline("By the Editorial Team"), team_byline("By Ann Lee"), team_byline("Written by Acme Support Team")
    (None, None, Byline(name='Acme', credentials=None))
    >>> team_byline("Compiled by the Harbour Swimmers"), team_byline("By the River Wye")
    (Byline(name='Harbour Swimmers', credentials=None), None)
    >>> team_byline("Produced by Harrow Fire & Rescue Service"), team_byline("Produced by Ann Lee")
    (Byline(name='Harrow Fire & Rescue Service', credentials=None), None)
    """
    if (made := PRODUCED_BY.match(line.strip())) and not is_person_name(made["org"]):
        return Byline(LEGAL_FORM.sub("", made["org"]))
    m = _byline(line)
    team = TEAM.match(cut_tail(m["who"])) if m else None
    if m and team is None and (body := ORG_CREDIT.match(cut_tail(m["who"]))) and len(
            line[:m.start("who")].split()) >= 2 and not any(w.lower() in TITLE_FILLERS for w in body["org"].split()):
        return Byline(LEGAL_FORM.sub("", body["org"]))  # "Compiled by the Ridgeway Ramblers": a body, not a team
    words = (team["org"] or team["body"]).split() if team else []
    while words and words[-1].lower() in DEPARTMENTS:
        words.pop()  # "the Acme Support Team": Acme's
    if not words or words[0][:1].islower():
        return None
    return Byline(LEGAL_FORM.sub("", " ".join(words)))


def whole_org(org: str, others: list[str]) -> str | None:
    """The company's whole name where a team byline shortens it ("By the Harbourline Team") and another credit (its
    ©, the markup) names it in full with its legal form ("Harbourline Freight Ltd"): one company, one author string
    (SPEC.md), the name without the legal form; ``None`` when no other credit spells it out or ``org`` is a person.

    >>> whole_org("Harbourline", ["Harbourline Freight Ltd"]), whole_org("Harbourline", ["Harbour Lights Ltd"])
    ('Harbourline Freight', None)
    >>> whole_org("Ann Lee", ["Ann Lee Studio Ltd"]), whole_org("Harbourline Freight", ["Harbourline Freight Ltd"])
    (None, None)

    A team byline naming the company with its department's word ("By the Harbourline Freight Shipping Team") is the
    company's too: the © names it whole, and the common words after that name are the team's, not the company's.

    >>> whole_org("Harbourline Freight Shipping", ["Harbourline Freight Ltd"])
    'Harbourline Freight'
    >>> whole_org("Harbourline Freight Kowalczyk", ["Harbourline Freight Ltd"])
    """
    for other in others:
        whole = LEGAL_FORM.sub("", other)
        rest = org.split()[len(whole.split()):]
        if LEGAL_FORM.search(other) and rest and org.casefold().split()[:len(whole.split())] == whole.casefold().split(
                ) and _common_words(rest):
            return whole
    if is_person_name(org):
        return None
    words = org.casefold().split()
    for other in others:
        whole = LEGAL_FORM.sub("", other)
        if LEGAL_FORM.search(other) and len(whole.split()) > len(words) and whole.casefold().split()[:len(words)] == (
                words):  # (a company by its legal form: "Harbourline Freight" alone reads as a person's name)
            return whole
    return None


def _common_words(words: list[str]) -> bool:
    """Whether every word is a frequent word of the language and no given name ("Growing", "Advice Desk")."""
    from ..repairs.lexicon import zipf
    from .line_roles import _lexicon, name_key

    given, _ = _lexicon()
    return all(len(w) >= MIN_COMMON_WORD_LETTERS and zipf(w) >= COMMON_PHRASE_ZIPF and name_key(w) not in given
               for w in words)


def credited_org(line: str) -> str | None:
    """The name a byline credits, whoever it is ("Posted by Hearthwise Heating Group | 2 May 2018"): checked by the
    caller against the copyright holder before a company is taken for the author.

    >>> credited_org("Posted by Hearthwise Heating Group | 2 May 2018 | Tips"), credited_org("Be kind.")
    ('Hearthwise Heating Group', None)
    """
    m = _byline(line)
    who = re.sub(r"(?i)^the\s+", "", cut_tail(m["who"]).strip()) if m else ""
    return LEGAL_FORM.sub("", who) or None


# A credit to the publisher's own staff that names no person: "Staff report", "From staff reports", "By Staff", "By
# the Harbour Gazette staff", "By Harbour Gazette Staff". SPEC: a staff byline makes the paper (the club, the site)
# the author, named as the page names itself. Seen on holdout17's club bulletin ("Staff report" over an item),
# holdout25's paper ("By PAPER Staff") and holdout28's town paper ("Staff report"). A bare "NOUN staff" line
# ("Bulletin staff") is no such credit: the paper's name is not in it, nor a "By" or "report".
STAFF_CREDIT = regex.compile(r"^(?:(?i:(?:from\s+)?staff\s+reports?)|(?i:by\s+(?:the\s+)?)"
                             r"(?:(?P<org>\p{Lu}[\w&'’.-]*(?:\s+\p{Lu}[\w&'’.-]*){0,4})\s+)?(?i:staff))\.?$")


def staff_credit(line: str) -> str | None:
    """The organisation a staff credit names ("By Harbour Gazette Staff" -> "Harbour Gazette"), "" for one naming
    none ("Staff report", "By Staff"), ``None`` for any other line.

    >>> staff_credit("Staff report"), staff_credit("By Staff"), staff_credit("By Harbour Gazette Staff")
    ('', '', 'Harbour Gazette')
    >>> staff_credit("By the Harbour Gazette staff"), staff_credit("Bulletin staff"), staff_credit("By Ann Lee")
    ('Harbour Gazette', None, None)
    >>> staff_credit("Jörg Staff"), staff_credit("Staff reports say the bridge is shut.")
    (None, None)
    """
    text = " ".join(line.split())
    if "staff" not in text.lower() or (m := STAFF_CREDIT.match(text)) is None:
        return None
    return m["org"] or ""


@functools.lru_cache(maxsize=LINE_CACHE_LINES)
def is_byline(line: str) -> bool:
    """Tell a byline line, whether it names a person or not ("Written by Acme Support Team" is chrome too).

    >>> is_byline("Written by Acme Support Team"), is_byline("By Kevin O'Brien")
    (True, True)
    >>> is_byline("By the end of a long shift, patience runs thin."), is_byline("By Design")
    (False, False)
    >>> is_byline("Author Resource Box:")  # the heading of a writer's box, which names nobody
    False
    >>> is_byline("Staff report"), is_byline("By Staff")  # the publisher's own staff
    (True, True)
    """
    if staff_credit(line) is not None:
        return True  # "Staff report", "By Staff": the publisher's credit (the line is chrome, never the title)
    m = _byline(line)
    if m and (bio := BIO_MARKER.match(line.strip())) is not None and bio.end() == len(line.strip()):
        return False
    if not m:  # (PRODUCED_BY's first words asked first: almost every line passes here)
        return (line.lstrip()[:8].lower().startswith(PRODUCED_HEADS) and PRODUCED_BY.match(line.strip()) is not None
                and team_byline(line) is not None) or dated_head_abroad(line) is not None or (
            dated_row_writer(line) is not None)
    who = m["who"]
    return parse_byline(line) is not None or team_byline(line) is not None or (
        2 <= len(who.split()) <= MAX_BYLINE_WORDS and who[0].isupper() and not re.search(r"[.!?;,](?:\s|$)", who))


# Words that never stand in a person's name but fill titles in capitals ("A Winter Guide", "Cheap Heat At Home").
TITLE_FILLERS = frozenset("a the of at in on to for and or with from into your my our how why what when is are vs "
                          "this that two three four five six seven eight nine eleven twelve twenty fifty hundred "
                          "things tips reasons steps".split()) | frozenset(  # (not "ten": "Corrie ten Boom")
    # the same small words of titles in other languages ("Warum Meine Glasur Reißt"); never a part of a name (not
    # the particles "de", "der", "la", nor the surnames "Ma", "Mi", "Son", "Tu", "Im")
    "mein meine meinen unser unsere ihr ihre wie warum was wann ist sind und für mit ohne zum zur vom "  # de
    "mon mes notre nos votre vos comment pourquoi quand est sont pour avec sans dans sur "  # fr
    "mis tus nuestro nuestra cómo qué cuándo para con sin "  # es
    "mio mia miei nostro nostra come perché quando sono per senza "  # it
    "meu minha nosso nossa como porquê quando são sem "  # pt
    "mijn onze hoe waarom wanneer zijn voor zonder".split())  # nl
MAX_NAME_LINE_WORDS = 14  # "Ελένη Μαυρίδου | Athens | 2 July 2017"; a longer line is a sentence


# A line under the title that credits its writer in other words than "By NAME": a kind of piece or a short lead
# ending in "by", "from", "of" or "with" ("Recipe by NAME · Serves 4", "— by NAME —", "From the kitchen of NAME",
# "with NAME, head gardener at ..."), or the name over its text ("NAME writes:"). The lead is a few words in lower
# case after its first; what the words credit is checked to be a person after.
CREDIT_WORDS = frozenset("by from of with".split())
# "LABEL: NAME" in any language ("Text: NAME", "Κείμενο: NAME", "Words & pictures: NAME"): one to three words, a
# colon, a person's name; callers look only under a title, and labels of the page's metadata are not credits.
# ("Автор / Author:"; Chinese and Japanese pages write the colon full-width, or a full-width slash: "作者：NAME",
# "文／NAME")
# Japanese magazines also write the label with an equals sign ("文＝NAME", "文=NAME"): only a writing credit
# (:func:`writing_credit`) is read so.
# marks too: Hindi "लेखक" holds a vowel sign; and the Tibetan tsheg, which parts a word's syllables ("རྩོམ་པ་པོ")
_LABEL_WORD = r"[\p{L}\p{M}\u0f0b]+"
# Chinese pages write the slash half-width too ("文/NAME"): after a label in Han or kana only, as "Home/Garden" is
# a path; Amharic and Armenian pages write their scripts' own label colon ("ጸሐፊ፦ NAME", "Հեղինակ՝ NAME").
CREDIT_LABEL = regex.compile(rf"^(?P<label>{_LABEL_WORD}(?:\s+(?:&|/|{_LABEL_WORD})){{0,3}})"
                             rf"\s*(?:[:：／=＝{LABEL_COLONS}]|(?<=[\p{{Han}}\p{{Hiragana}}\p{{Katakana}}])/)\s*(?P<who>\S.*)$")
CREDIT_SEPARATORS = ":：／=＝/" + LABEL_COLONS
NOT_A_LABEL = frozenset("category categories tags tag filed posted updated published views source via location "
                        "level difficulty serves time topic section series "
                        # a link to another post: "Related: TITLE", "Previous post: TITLE", "Read next: TITLE"
                        "related previous next prev older newer read see also more popular recommended trending "
                        "featured latest recent up watch listen".split())
# "NAME writes:", "NAME writes from Tromsø": the name over its text
# "NAME answers your letters", "Dr Ann Lee tackles readers' problems": an advice column's standfirst under its
# title names the columnist (segment reads it as the column's byline, the line above it as the column's title)
COLUMN_STANDFIRST = (r"(?P<who>\S.{1,50}?)\s+(?:answers|replies\s+to|responds\s+to|tackles|takes|solves)\s+"
                     r"(?:your|readers['’]?)(?:\s+\w+)?\s+(?:letters|questions|dilemmas|problems|queries|mail)")
COLUMNIST = regex.compile(rf"^{COLUMN_STANDFIRST}\.?$", regex.I)
CREDIT_WRITES = regex.compile(r"^(?P<who>\S.*?)\s+(?:writes|says|reports|explains)\s*:$"
                              r"|^(?P<who>\S.*?)\s+(?:writes|reports)\s+(?:from|in)\s+\p{Lu}[^.!?]*$"
                              rf"|^{COLUMN_STANDFIRST}$")
# What a credit's lead names when it credits pictures, the site's make or a sponsor, not the writer.
NOT_WRITING = frozenset("photo photos photograph photographs photography picture pictures image images illustration "
                        "illustrations illustrated drawing drawings art artwork design designed theme video map maps "
                        "powered hosted sponsored supported presented brought translated translation edited reviewed "
                        "cover graphics logo site website".split()) | frozenset(
    # the same roles and the desk's others in several languages: translation, review, proofreading, pictures,
    # styling, the press desk's contact, narration ("Übersetzung: NAME", "Foto: NAME", "Media contact: NAME")
    "translator translators übersetzung übersetzt traducción traducido traducida traduction traduit traduite "
    "traduzione tradotto tradução traduzido vertaling vertaald перевод переводчик μετάφραση çeviri tłumaczenie "
    "foto fotos fotografie fotografía fotografia bild bilder фото φωτογραφία zdjęcia "
    "reviewer reviewers proofread proofreading proofreader copyedited copyediting fact-checked fact-checking "
    "checked lektorat styling styled stylist props contact contacts spokesperson spokeswoman spokesman press "
    "narrated narrator narration voiced audio recorded filmed camera host hosted moderator moderated "
    "ilustración ilustraciones illustrationen abbildung "
    # pictures and translation in the round-14 languages and their neighbours ("Снимки: NAME" under "Текст: NAME",
    # "Nuotraukos: NAME", "Fotografies: NAME", "Picha: NAME", "படங்கள்: NAME", "फोटो: NAME")
    "снимки снимка снимките фотографии фотография фотографије фотографија слике илюстрации илустрације "
    "fotografije slike ilustracije nuotraukos nuotrauka nuotr fotografies il·lustracions picha larawan "
    "படங்கள் புகைப்படம் புகைப்படங்கள் फोटो फ़ोटो चित्र तस्वीरें "
    "превод prevod vertimas vertė traducció tafsiri salin மொழிபெயர்ப்பு अनुवाद "
    # pictures in round 19's languages: Mongolian "Гэрэл зураг", Uzbek "Surat", Irish "Grianghraf", Maltese
    # "Ritratt", Hausa "Hoto", Burmese "ဓာတ်ပုံ", Telugu and Gujarati "ఫోటో", "ફોટો", "તસવીર"
    "зураг surat suratlar grianghraf grianghraif ritratt ritratti hoto hotuna ဓာတ်ပုံ ఫోటో ફોટો તસવીર".split())
# What a credit's label names when it credits the writing, in several languages: one of these beside a picture
# word ("Recipe and photos: NAME", "Text & photos: NAME") still credits the writer. Case-folded, as a label's words are
# when looked up ("συντάκτης" folds to "συντάκτησ").
WRITING = frozenset(w.casefold() for w in (
    "text texts words recipe recipes story author authors writer written autor autora auteur autrice "
    "autore verfasser verfasst text tekst tekst szöveg yazar szerző κείμενο συντάκτης автор текст "
    "作者 文 글 저자 著者 كاتب بقلم 撰文 文字 執筆 执笔 記者 记者 "
    # Vietnamese "Tác giả" / "Người viết", the Nordic and Finnish words, Hindi "लेखक", Korean
    # "글쓴이" / "작성자", Japanese "執筆者", Spanish and Portuguese "Texto"
    "tác giả viết forfatter författare kirjoittaja teksti texto लेखक लेखिका 글쓴이 작성자 執筆者").split()
    # and every language table's writer labels ("Penulis:", "Підготувала:", "投稿者："): text/languages.py
) | frozenset(w for w in folded("writer_label") if " " not in w)
# "Người viết:", "Bài viết:": the whole label
WRITING_PHRASES = frozenset(w for w in folded("writer_label") if " " in w)
MAX_CREDIT_LEAD_WORDS = 4  # "From the kitchen of", "A recipe by"; a longer lead is a sentence


# A contributor's credit under a story's byline, not the writer's: "With reporting by NAME", "Additional reporting
# by NAME" (SPEC: "additional reporting" credits are not authors; a lone "Reporting by NAME" is a wire's writer).
CONTRIBUTOR_LEAD = re.compile(r"^(?:with\s+(?:additional\s+)?|additional\s+)reporting\b", re.I)


# A line naming a piece or a column, then its writer after a comma or a dash: "Ask Marguerite, by NAME".
TRAILING_BY = regex.compile(r"\S(?:,|\s[-–—|])\s+by\s+(?P<who>\S.*)$", regex.I)


def credit_line(line: str) -> Byline | None:
    """Read the writer a credit line of another shape names ("Recipe by NAME · Serves 4", "— by NAME —",
    "with NAME, head gardener at X", "From the kitchen of NAME", "NAME writes:"); callers look only under a title.

    >>> credit_line("Recipe by Nguyen Lan · Serves 4").name, credit_line("— by Lars Brekke —").name
    ('Nguyen Lan', 'Lars Brekke')
    >>> credit_line("with Tomás Ó Briain, head gardener at Kilcolm").name, credit_line("Ann Lee writes:").name
    ('Tomás Ó Briain', 'Ann Lee')
    >>> credit_line("Hilde Østergaard-Lund writes from Tromsø").name
    'Hilde Østergaard-Lund'
    >>> credit_line("Agnes Ó Dálaigh answers your letters").name, credit_line("Our vet answers your questions")
    ('Agnes Ó Dálaigh', None)
    >>> credit_line("Photos by Bo Lind"), credit_line("From Seed To Supper"), credit_line("Notes from the plot")
    (None, None, None)
    >>> credit_line("With reporting by Bo Lind"), credit_line("Additional reporting by Bo Lind")
    (None, None)
    """
    text = line.strip()
    if not text or len(text.split()) > MAX_NAME_LINE_WORDS or text[-1] in ".!?;," or CONTRIBUTOR_LEAD.match(text):
        return None
    m = (CREDIT_LABEL.match(text) if ":" in text or "：" in text or "／" in text or "/" in text else None) or (
        CREDIT_WRITES.match(text) if "writes" in text or "says" in text or "reports" in text or "explains" in text
        or "answers" in text or "replies" in text or "responds" in text or "tackles" in text or "takes" in text
        or "solves" in text
        else None)  # (each form holds its word: most lines hold none and skip the patterns)
    if m is not None:
        label = (m.groupdict().get("label") or "").casefold().split()  # (the word sets are case-folded)
        if any(w in NOT_A_LABEL for w in label) or any(w in NOT_WRITING for w in label) and not any(
                w in WRITING for w in label):
            return None  # "Photos: NAME", "Category: Garden Tips"; "Recipe and photos: NAME" credits the writer
        return _credited(m["who"])
    if ("by " in text or "By " in text or "BY " in text) and (tail := TRAILING_BY.search(text)) is not None and (
            named := _credited(tail["who"])) is not None:
        return named  # "Ask Marguerite, by NAME": a column's or a piece's name, then its writer
    words = text.strip(" -–—~―").split()
    for k, word in enumerate(words[:MAX_CREDIT_LEAD_WORDS]):  # "From the kitchen of NAME": "of", not "From", ends it
        lead = words[:k + 1]
        if not word.isalpha() or any(w.lower() in NOT_WRITING for w in lead) or any(w[:1].isupper() for w in lead[1:]):
            return None
        if word.lower() == "of" and k < 2:
            return None  # "Department of Food Science", "Friends of X": a body's name; "the kitchen of NAME" credits
        if word.lower() in CREDIT_WORDS and (named := _credited(" ".join(words[k + 1:]))) is not None:
            return named
    return None



def writing_credit(line: str) -> Byline | None:
    """The writer a label line crediting the writing names ("Text: NAME", "글: NAME", "Words & photos: NAME"), else
    ``None``: the form a magazine or a blog closes an article with, where a bare "LABEL: NAME" could be anything
    ("Photos: NAME", "Editor: NAME", "Category: NAME"), so the label must name the writing.

    >>> writing_credit("글: 김서연").name, writing_credit("Words & photos: Ines Barros").name
    ('김서연', 'Ines Barros')
    >>> writing_credit("Photos: Ines Barros"), writing_credit("Editor: Ines Barros"), writing_credit("Ines Barros")
    (None, None, None)
    >>> writing_credit("文=佐藤美咲／家電ライター")
    Byline(name='佐藤美咲', credentials='家電ライター')
    >>> writing_credit("Tác giả: Nguyễn Thị Hằng").name, writing_credit("लेखक: अनिल कुमार").name
    ('Nguyễn Thị Hằng', 'अनिल कुमार')
    """
    text = line.strip()
    m = CREDIT_LABEL.match(text) if any(sep in text for sep in CREDIT_SEPARATORS) else None
    if m is None or not (any(w in WRITING for w in m["label"].casefold().split())
                         or " ".join(m["label"].casefold().split()) in WRITING_PHRASES):
        return None
    head = ROW_PARTS.split(text, 1)[0]  # a metadata row's first part: "Yazar: NAME | Tarih: … | Kategori: …"
    if len(head.split()) > MAX_NAME_LINE_WORDS or head[-1] in ".!?;,":
        return None
    return _credited(m["who"]) or quoted_company(m["who"])


# A company as the registers of Russia and its neighbours write it: its name in quotation marks, its legal form's
# capitals before or after it (ООО «Ромашка», «Bereketli Toprak» HJ, the form with a case ending, "HJ-nyň"), and
# after the form at most a few lower-case words (the company's team: "agronomlar topary", its agronomists' team)
QUOTED_COMPANY = regex.compile(r"^(?:\p{Lu}{2,5}\s+)?[«„“\"](?P<org>\p{Lu}[^«»„“”\"\n]{0,58}?[^\s«»„“”\"])[»“”\"]"
                               r"(?:\s+\p{Lu}{2,5}(?:-\p{Ll}{1,4})?(?:\s+\p{Ll}+){0,3})?\s*$")


def quoted_company(who: str) -> Byline | None:
    """The company a credit names in quotation marks with its legal form ("«Bereketli Toprak» HJ-nyň agronomlar
    topary", "ООО «Садовод»"), without the form and the team's words; ``None`` for anything else (a work's title in
    quotation marks with a writer after it).

    >>> quoted_company("«Gül Bag» HJ-nyň bagbanlar topary"), quoted_company("ООО «Садовод»")
    (Byline(name='Gül Bag', credentials=None), Byline(name='Садовод', credentials=None))
    >>> quoted_company("«Winter Roses» by Ann Lee"), quoted_company("Ann Lee")
    (None, None)
    """
    m = QUOTED_COMPANY.match(who.strip())
    return Byline(m["org"]) if m else None


def credited_company(line: str) -> str | None:
    """The company a writing credit of ``line`` (or of one part of its row) names in quotation marks with its legal
    form (:func:`quoted_company`): a body, not a person, that the credit itself says is a company.

    >>> credited_company("3.05.2024 · Taýýarlan: «Gül Bag» HJ-nyň topary · 12 gezek okaldy")
    'Gül Bag'
    >>> credited_company("Text: Ann Lee"), credited_company("Text: «Winter» by Ann Lee")
    (None, None)
    """
    for part in ROW_PARTS.split(line.strip()):
        m = CREDIT_LABEL.match(part) if any(sep in part for sep in CREDIT_SEPARATORS) else None
        if m is not None and (any(w in WRITING for w in m["label"].casefold().split())
                              or " ".join(m["label"].casefold().split()) in WRITING_PHRASES) and (
                company := quoted_company(m["who"])) is not None:
            return company.name
    return None


# A news desk's byline in Korean, Japanese and Chinese: the reporter's name and the job after it ("NAME 기자",
# "NAME 특파원", "NAME 記者") or before it ("记者 NAME", "本报记者 NAME"), then the item's times and counts after a bar
# or a dot ("NAME 기자 | 입력 2025.07.08 09:41"). The job leaves the name (SPEC: no job title). A Hangul name is two
# to four syllables (a space may part the family name), a Han name two to four characters (set apart from a job
# before it by a blank or a colon: "记者节" is a word).
REPORTER_AFTER = regex.compile(r"^(?P<who>[\uac00-\ud7a3]{1,2}\s?[\uac00-\ud7a3]{1,3}|[\u4e00-\u9fff]{2,4})\s?"
                               r"(?:선임|수석|객원|인턴|전문)?\s?(?:기자|특파원|통신원|記者|特派員)"
                               r"(?:\s*(?:[|·∙/=]|$)|\s+[\w.+-]+@)")
REPORTER_BEFORE = regex.compile(r"^(?:本[报報]|特约|特約|实习|實習)?(?:记者|記者)(?:\s*[:：]\s*|\s+)"
                                r"(?P<who>[\u4e00-\u9fff]{2,4})(?:\s*(?:[|·∙/]|$)|\s+\d)")


def reporter_byline(line: str) -> Byline | None:
    """The reporter a news desk's byline names with the job after or before the name ("NAME 기자 | 입력 …",
    "记者 NAME"), else ``None``.

    >>> reporter_byline("김하늘 기자 | 입력 2024.03.02 10:15").name, reporter_byline("本报记者 王海燕").name
    ('김하늘', '王海燕')
    >>> reporter_byline("기자 회견이 열렸다"), reporter_byline("김하늘 기자가 전했다")
    (None, None)
    """
    text = line.strip()
    m = (REPORTER_AFTER.match(text) if "기자" in text or "특파원" in text or "통신원" in text or "記者" in text
         or "特派員" in text else None) or (REPORTER_BEFORE.match(text) if "记者" in text or "記者" in text else None)
    return Byline(m["who"]) if m is not None else None


def _credited(who: str) -> Byline | None:
    """The person a credit names, without a date ("Ann Lee · 3 May"); ``None`` for a title's words ("Seed To Supper").

    >>> _credited("Ann Lee, 3 May 2019"), _credited("Seed To Supper")
    (Byline(name='Ann Lee', credentials=None), None)
    >>> _credited("བཀྲ་ཤིས་སྒྲོལ་མ").name, _credited("བཀྲ་ཤིས་སྒྲོལ་མ་").name  # (Tibetan, a closing tsheg dropped)
    ('བཀྲ་ཤིས་སྒྲོལ་མ', 'བཀྲ་ཤིས་སྒྲོལ་མ')
    """
    named = split_name(cut_tail(who))
    if named is None and TIBETAN_NAME.fullmatch(who.strip()):
        return Byline(who.strip().rstrip("\u0f0b"))
    if named is None or any(w.lower() in TITLE_FILLERS for w in named.name.split()):
        return None
    return named if not DIGIT.search(named.credentials or "") else Byline(named.name)


# The word for "by" opening a byline in other languages (not "de", "di", "da": they open surnames, nor "per", a name):
# German, Spanish/Portuguese, French, Dutch, the Scandinavian languages; Hebrew "מאת" ("from/by", how a Hebrew page
# credits its writer, with or without a colon), Arabic "بقلم" ("by the pen of") and "بواسطة" (a blog theme's "by");
# and "written by" / "posted by" as blog themes translate them: every posted-by phrase of the language tables
# ("Geschrieben von", "Écrit par", "Scritto da", "Geschreven door", "Napisał", "Scris de", "Ditulis oleh", "Γράφει
# ο NAME": text/languages.py, 'posted_by'), and beside them the forms the tables do not hold: the feminine participles
# ("Escrita por", "Scritta da", "Postée par"), Swedish "Skrivet af", Greek "Γράφει" with no article, the article of
# either gender ("ο/η") or without its accent.
WRITTEN_BY_ABROAD = (r"(?:escrit[oa]|publicad[oa]|postad[oa])\s+por|(?:scritt[oa]|pubblicat[oa])\s+da"
                     r"|(?:écrite?|publiée?|postée?)\s+par|skrivet\s+af|γρ[άα]φει(?:\s+(?:ο|η|ο/η))?"
                     rf"|{alternation('posted_by', other_languages())}")
# (Tagalog "Ni NAME" and Bulgarian "От NAME" head a byline so too: the bare word, a name of two words after it)
# ... and the bare "by" of the language tables of three letters or more ("Gan NAME" in Welsh, "Przez NAME"): the
# short ones ("de", "di", "od") open surnames and sentences
BY_WORDS_ABROAD = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words("by", other_languages())
                           if len(w) >= 3 and w != "per")  # (Catalan "per" is a Nordic given name too)
# (or the phrase's last word, a short "by", glued to the name's capital as Bantu languages write it: Shona
# "Rakanyorwa naTendai Moyo", Zulu "Kubhalwe nguThemba Zulu"; a courtesy title may be glued on too, "naVaTendai")
GLUED_BY = r"(?P<glued>(?:(?<=\s[a-z]{2})|(?<=\s[a-z]{3}))(?-i:(?=[A-Z])))"
# a courtesy title of the tables glued to a name's capital after a glued "by": Shona "naVaTendai", "naAmai Dube"
GLUED_HONORIFIC = re.compile(
    rf"^(?:{'|'.join(re.escape(w) for w in (*words('honorifics'), *words('kinship')) if w.isalpha())})(?-i:(?=[A-Z]))",
    re.I)
BY_ABROAD = re.compile(rf"^(?:(?:{WRITTEN_BY_ABROAD}|{BY_WORDS_ABROAD}|av|af|ni|от|بواسطة)\s*:?\s+(?=\S)"
                       rf"|(?:{WRITTEN_BY_ABROAD}){GLUED_BY})", re.I)
# the verb forms alone: never a title
WRITTEN_ABROAD = re.compile(rf"^(?:{WRITTEN_BY_ABROAD})(?:(?:\s*:)?\s+(?=\S)|{GLUED_BY})", re.I)


def after_by(text: str, by: re.Match[str]) -> str:
    """What follows a credit's "by" (``by``, a match of :data:`BY_ABROAD`, :data:`WRITTEN_ABROAD` or
    :data:`POSTED_BY_HEAD`), less a courtesy title glued to the name after a glued "by" ("naVaRudo Chikore").

    >>> after_by("Rakanyorwa naVaRudo Chikore", WRITTEN_ABROAD.match("Rakanyorwa naVaRudo Chikore"))
    'Rudo Chikore'
    """
    rest = text[by.end():]
    if by["glued"] is not None and (title := GLUED_HONORIFIC.match(rest)) is not None:
        rest = rest[title.end():]
    return rest
# ... and the bare word for "by" of the language tables in lower case, opening a line that holds a full name only
# ("de Ștefan Mărgineanu", "di Marco Rossi", "oleh Dewi Lestari"): a title or a sentence opens in capitals, a
# surname's particle stands before one word ("de Vries"), and a wrapped sentence goes on past the name
BARE_BY = re.compile(rf"^(?-i:{'|'.join(re.escape(w) for w in words('by') if w[0].islower())})\s+(?=[^\W\d_])")


# a name, a comma and the writer's role in words ("NAME, head of the club's workshop")
ROLE_AFTER_NAME = re.compile(r"^([^,]{3,60}),\s+[^\W\d_][^,]{2,80}$")


def byline_abroad(line: str) -> Byline | None:
    """A byline opened by the word for "by" in another language ("Par NAME", "Von NAME", "Por NAME"), naming a
    person of two words or more, else ``None``. ``is_byline`` does not read these words: "Von" and "Par" open
    titles and sentences too ("Von Regeln und Ausnahmen", "Par exemple ...").

    >>> byline_abroad("Par Hélène Quéré").name, byline_abroad("Von Regeln und Ausnahmen"), byline_abroad("Par Anne")
    ('Hélène Quéré', None, None)
    >>> byline_abroad("Γράφει η Ευανθία Ρήγα").name, byline_abroad("ΓΡΑΦΕΙ Ο ΠΕΤΡΟΣ ΤΑΤΣΟΠΟΥΛΟΣ").name
    ('Ευανθία Ρήγα', 'Πετρος Τατσοπουλος')
    >>> byline_abroad("Escrito por Marta Gil Soto, responsable del huerto del barrio").name
    'Marta Gil Soto'
    """
    text = line.strip()
    if (by := BY_ABROAD.match(text)) is None:
        return None
    # (a theme's meta row may go on after the name: "NAME | Categories: X | 3 comments", in the page's language)
    named = name_line(cut_tails(after_by(text, by)))
    if named is None and WRITTEN_ABROAD.match(text) and (role := ROLE_AFTER_NAME.match(after_by(text, by))):
        # the verb's byline may go on to the writer's role after a comma, as "By NAME, head of X" does: "Γράφει ο
        # NAME, υπεύθυνος ...", "Escrito por NAME, responsable de ..."; the name before it stands alone
        named = name_line(role.group(1))
        named = named if named is not None and is_person_name(named.name) else None
    return named if named is not None and len(named.name.split()) >= 2 else None


# The word for "by" in a credit, in any language the tables know ("by", "oleh", "von", "par"): a credit row whose
# spans were glued without a separator repeats it ("Written by NAME Reviewed by NAME").
CREDIT_BY_WORD = re.compile(rf"(?<!\S)(?:by|{alternation('by', other_languages())})(?=\s)", re.I)


# the word for "by" of every language, where it is never a particle inside a name ("oleh", "par", "door"; not
# "de", "von"): lower case inside a credit's text, it is a credit phrase ("Disemak oleh NAME", reviewed by), no name
CREDIT_BY_WORDS = frozenset(w for w in ("by", *words("by", other_languages())) if " " not in w) - NAME_PARTICLES


def first_of_glued(row: str) -> str:
    """The first credit of a row whose credits were glued without a separator, cut before the word that opens the
    second (the one before the same word for "by" again): "Ditulis oleh NAME Disemak oleh NAME" -> "Ditulis oleh
    NAME". Only the first credit's own word counts: "de" inside a name is not the "por" the row opened with.

    >>> first_of_glued("Written by Ann Lee Reviewed by Bo Ng"), first_of_glued("Por Ana de la Cruz")
    ('Written by Ann Lee', 'Por Ana de la Cruz')
    """
    hits = list(CREDIT_BY_WORD.finditer(row))
    again = next((hit for hit in hits[1:] if hit[0].casefold() == hits[0][0].casefold()), None) if hits else None
    if again is None:
        return row
    head = row[:again.start()].split()
    return " ".join(head[:-1]) if len(head) > 2 else row


POSTED_BY_HEAD = re.compile(rf"^(?:{alternation('posted_by', other_languages())})(?:\s*[:：]?\s+(?=\S)|{GLUED_BY})",
                            re.I)


def posted_by_abroad(line: str) -> Byline | None:
    """A credit opened by another language's words for "written by" or "posted by" ("Ditulis oleh NAME", "Escrito
    por NAME"), its row's later credits glued on dropped (:func:`first_of_glued`), naming a person of two words or
    more; else ``None``. The verb's phrase says credit where a bare "Von" or "Par" may open a title.

    >>> posted_by_abroad("Ditulis oleh Siti Hajar Disemak oleh Bo Ng").name, posted_by_abroad("Von Ann Lee")
    ('Siti Hajar', None)
    >>> posted_by_abroad("Rakanyorwa naVaRudo Chikore").name, posted_by_abroad("Kubhalwe nguLindiwe Khoza").name
    ('Rudo Chikore', 'Lindiwe Khoza')
    """
    text = first_of_glued(line.strip())
    if (head := POSTED_BY_HEAD.match(text)) is None:
        return None
    named = name_line(cut_tails(after_by(text, head)))
    return named if named is not None and len(named.name.split()) >= 2 else None


def written_abroad(line: str) -> Byline | None:
    """A byline in another language that says "written by" with its verb ("Escrito por NAME", "Geschrieben von
    NAME", "Γράφει η NAME"), else ``None``. Unlike a bare "Von"/"Par" (:func:`byline_abroad`), the verb opens no
    title or sentence that goes on to a name, so the line is a byline wherever it stands in a page's head, as "By
    NAME" is.

    >>> written_abroad("Γράφει η Ευανθία Ρήγα").name, written_abroad("Escrito por Ana Ruiz").name
    ('Ευανθία Ρήγα', 'Ana Ruiz')
    >>> written_abroad("Par Hélène Quéré"), written_abroad("Γράφει η ιστορία"), written_abroad("Γράφει")
    (None, None, None)
    >>> written_abroad("de Ștefan Mărgineanu").name, written_abroad("oleh Dewi Lestari").name
    ('Ștefan Mărgineanu', 'Dewi Lestari')
    >>> written_abroad("de Vries"), written_abroad("De Niro Robert"), written_abroad("de la casa de mi abuela")
    (None, None, None)
    """
    text = line.strip()
    if WRITTEN_ABROAD.match(text):
        return byline_abroad(text)
    if (bare := BARE_BY.match(text)) is None or text[-1] in ".!?;:,":
        return None
    named = name_line(text[bare.end():])
    return named if named is not None and is_full_name(named.name) and (
        named.credentials is None) else None


CATEGORY_NOTE = re.compile(r"^(?:posted|filed|published)\s+(?:in|under)\s+\S", re.I)
# Where the piece first ran, after a reposted piece's writer: "NAME · originally published on X", "NAME — reprinted
# with permission from X", "NAME | first appeared in X".
NAME_THEN_PROVENANCE = re.compile(r"^(?:(?:originally|first)\s+(?:published|appeared|posted|ran)"
                                  r"|(?:reprinted|republished|reposted|used)\s+(?:with\s+(?:kind\s+)?permission|from"
                                  r"|by\s+permission))\b", re.I)


def reposted_writer(line: str) -> Byline | None:
    """The writer a reposted piece's credit names before where it first ran ("NAME · originally published on X",
    "NAME — reprinted with permission from X"), else ``None``.

    >>> reposted_writer("Ines Moreau-Lenz · originally published on calm.example under CC BY 4.0.").name
    'Ines Moreau-Lenz'
    >>> reposted_writer("The Calm Desk · originally published on calm.example"), reposted_writer("Ines Moreau-Lenz")
    (None, None)
    """
    if "ublished" not in line and "ppeared" not in line and "ermission" not in line and "osted" not in line and (
            "ran" not in line):
        return None  # (every form holds one of these: most lines skip the split)
    parts = NAME_END.split(line.strip(), maxsplit=1)
    if len(parts) < 3 or not NAME_THEN_PROVENANCE.match(parts[2]) or len(parts[0].split()) > MAX_NAME_TOKENS:
        return None
    named = name_line(parts[0])
    return named if named is not None and is_person_name(named.name) else None


@line_reading_cache
def name_line(line: str) -> Byline | None:
    """Read a writer's name standing on its own line without "By" (callers look only under a title): the bare
    name, with an honorific or credentials ("Dr. Ann Lee, PhD"), or the name opening the post's date line
    ("Ann Lee | Leeds | 3 May 2019", "Ann Lee - 3 May 2019 - Garden", "Ann Lee, 3 May 2019").

    >>> name_line("Ελένη Μαυρίδου | Athens | 2 July 2017").name, name_line("Dr. Olamide Fashola, PhD").name
    ('Ελένη Μαυρίδου', 'Olamide Fashola')
    >>> name_line("Ørjan Håkonsen - 21 August 2020 - Gear, Recipes").name, name_line("Niamh O'Connell").name
    ('Ørjan Håkonsen', "Niamh O'Connell")
    >>> name_line("A Winter Guide"), name_line("Cheap Heat At Home, Part Two"), name_line("Be kind to yourself.")
    (None, None, None)
    >>> name_line("Ines Moreau-Lenz — posted in Essays").name, name_line("Heat At Home — posted in Essays")
    ('Ines Moreau-Lenz', None)
    >>> name_line("Ines Moreau-Lenz · originally published on calm.example").name
    'Ines Moreau-Lenz'
    >>> name_line("Søren Vik, <soren (at) example (dot) no>"), name_line("Søren Vik, soren [at] example [dot] no").name
    (Byline(name='Søren Vik', credentials=None), 'Søren Vik')
    >>> name_line("Tomasz Wilk-Ferreira, CFP®").name  # a registered credential's mark after its letters
    'Tomasz Wilk-Ferreira'
    >>> name_line("By Dr Tanaka")  # the byline readers' line: "By" opens no name
    """
    text = unemphasised(line).strip()  # "*NAME — DATE — 7 minutes*": a Markdown export's byline in italics
    if (by := BY_ABROAD.match(text)) and (named := name_line(after_by(text, by))) and len(named.name.split()) >= 2:
        return named  # "Por María López", "Von Jutta Brenner": the word for "by", then the name
    if (credited := credit_line(text)) is not None:
        return credited
    if (reposted := reposted_writer(text)) is not None:
        return reposted  # "NAME · originally published on site.example under CC BY 4.0."
    if text[:3].casefold() == "by ":
        return None  # a "By" line the byline readers found no name in ("By Dr Smith" leaves one word): the word "By"
        # is never a name's first
    if not text or len(text.split()) > MAX_NAME_LINE_WORDS or text[-1] in ".!?:;," and not dotted_degree(text):
        return None
    if (pair := _co_author_names(text)) is not None:
        return pair  # "Ann Lee and Bo Lind" over a fact sheet's text: two writers on the name line
    head, _, rest = (NAME_END.split(HONORIFICS.sub("", text, count=1), maxsplit=1) + ["", ""])[:3]
    rest = rest.strip()
    if rest and CATEGORY_NOTE.match(rest):  # "Ann Lee — posted in Essays": the post's category after the name
        text, rest = head.strip(), ""
    if rest and WRITER_ADDRESS.match(rest):  # "NAME, <ann (at) example (dot) org>": a how-to's head, name and address
        named = split_name(head)
        return Byline(named.name) if named is not None and is_person_name(named.name) else None
    if rest and not DIGIT.search(rest) and not all(POSTNOMINAL.match(p.strip().rstrip(CREDENTIAL_MARKS))
                                                   for p in rest.split(",")) and not (
            is_role(rest)) and not _lower_case_role(head.strip(), rest):
        return None  # "Cheap Heat At Home, Part Two": what follows a name is its date line, credentials or role
    named = split_name(text)
    if named is None or any(w.lower() in TITLE_FILLERS for w in named.name.split()) or head.strip().isupper() and (
            len(head.split()) > 3) or named.name.split()[0].casefold() in DATE_LEADS:
        return None  # ("Published Sunday, 2 February 2025": the date line's own word, then a weekday)
    if not named.name.isascii() and any(w.strip(",،") in WEEKDAYS_IN_SCRIPTS for w in named.name.split()):
        return None  # "יום שלישי, …", "الثلاثاء ٧ …": a date line opening with its weekday, no name
    return Byline(named.name) if DIGIT.search(rest) else named  # a date is not a credential


# A writer's e-mail address after the name, whole or spelt out against harvesters, in angle brackets or not:
# "<ann@example.org>", "<ann (at) example (dot) org>", "ann [at] example [dot] org" (each part a run of its own
# characters between the separators: linear)
_AT = r"(?:@|\s*[(\[]\s*at\s*[)\]]\s*)"
_DOT = r"(?:\.|\s*[(\[]\s*dot\s*[)\]]\s*)"
WRITER_ADDRESS = re.compile(rf"^<?[\w.+-]+{_AT}[\w-]+(?:{_DOT}[\w-]+)+>?$", re.I)


# The word joining two writers' names on a line of their own, in the languages the name reader reads ("Ann Lee and
# Bo Lind", "Jutta Brenner und Kai Roth", "Ana Ruiz y Luis Gil", "Ewa Nowak i Jan Kos"): one joiner between two names
CO_AUTHOR_JOIN = re.compile(rf"(?<!\s)\s+(?:{AND_WORDS}|ve|és|și|и|і|και|a)\s+")


def _co_author_names(text: str) -> Byline | None:
    """Two people's names joined by "and" (in a few languages) on a line of their own, as a fact sheet or a paper
    names its two writers under the title: one author string "A and B" (SPEC joins co-authors so); else ``None``.

    >>> _co_author_names("Ewa Nowak i Jan Kos").name, _co_author_names("Salt and Pepper")
    ('Ewa Nowak and Jan Kos', None)
    """
    parts = CO_AUTHOR_JOIN.split(text)
    if len(parts) != 2 or not all(is_person_name(part.strip()) for part in parts):
        return None
    names = [split_name(part.strip()) for part in parts]
    if any(named is None or named.name != part.strip() for named, part in zip(names, parts, strict=True)):
        return None  # (a role or a date after a name: the two-name line is bare)
    return Byline(f"{names[0].name} and {names[1].name}")


MAX_LOWER_ROLE_WORDS = 3  # "γεωπόνος", "agronome", "médica de familia": a job noun, a few words at most
LOWER_ROLE = regex.compile(r"^\p{Ll}[\p{L}\p{M}'’-]*(?:\s+\p{L}[\p{L}\p{M}'’-]*)*$")


def _lower_case_role(name: str, rest: str) -> bool:
    """Whether ``rest`` is a job written in lower case after a known person's name, the way many languages write
    a role ("NAME, γεωπόνος", "NAME, agronome", "NAME, médica de familia"): English roles, in capitals, are
    ``is_role``'s. The name must be one the name lexicon knows, so "Tomatoes, sliced thin" names nobody.

    >>> _lower_case_role("Ελένη Μαυρίδου", "γεωπόνος"), _lower_case_role("Marie Dubois", "agronome")
    (True, True)
    >>> _lower_case_role("Ripe Tomatoes", "sliced thin"), _lower_case_role("Marie Dubois", "who grows leeks in pots")
    (False, False)
    """
    from .line_roles import knows_name  # (line_roles reads this module: imported when first asked)

    return (len(rest.split()) <= MAX_LOWER_ROLE_WORDS and LOWER_ROLE.match(rest) is not None
            and len(name.split()) >= 2 and knows_name(name))


def dotted_degree(text: str) -> bool:
    """Whether a line ends in a degree written with stops after a comma ("NAME, Ph.D.", "NAME, M.D."): the stop
    is the degree's, not a sentence's.

    >>> dotted_degree("Ann Lee, Ph.D."), dotted_degree("Ann Lee, PhD"), dotted_degree("She left, at last.")
    (True, False, False)
    """
    _, comma, last = text.rpartition(",")
    return bool(comma) and last.strip().endswith(".") and POSTNOMINAL.match(last.strip()) is not None


MAX_ROLE_WORDS = 12  # "Warehouse Operations Manager | Lean | Safety First"; a longer line is a sentence
MAX_ROLE_PART_WORDS = 8  # "Head of Growth at a Seed-Stage Startup": the job before the first separator
# Words of a title or a sentence that a job's wording does not use ("Why Your Coach ...", "How To Be A Coach").
NOT_IN_A_ROLE = TITLE_FILLERS - frozenset("of at in for and the a with on".split())
ROLE_PARTS = regex.compile(r"(?:(?<!\s)\s+)?(?:[|·•,;]|\s[-–—/]\s)\s*")


# A qualifier that names the job when it ends it ("Team Lead", "People & Culture Lead at X"), before the place.
ROLE_NOUNS_LAST = frozenset({"lead"})
ROLE_PLACE = re.compile(r"(?<!\s)\s+(?:at|of|for|in|with)\s+", re.I)


def is_role(text: str) -> bool:
    """Tell a person's role as a profile or byline gives it after the name ("Head of Customer Success at Tallyfox",
    "owner, Masa Madre Bakery, Valencia", "HR Business Partner | Talent & Retention | Budapest"): a short line with
    no sentence end whose first part holds a noun of work (``ROLE_WORDS``).

    >>> is_role("Head of Customer Success at Tallyfox"), is_role("owner, Masa Madre Bakery, Valencia")
    (True, True)
    >>> is_role("Lecturer in Human Nutrition"), is_role("Part Two"), is_role("Why a coach helps."), is_role("")
    (True, False, False, False)
    >>> is_role("People & Culture Lead at Brightwater | Speaker"), is_role("Lead Poisoning at Home")
    (True, False)
    """
    text = text.strip()
    if not text or len(text.split()) > MAX_ROLE_WORDS or text[-1] in ".!?:;":
        return False
    first = ROLE_PARTS.split(text, maxsplit=1)[0]
    words = [w.lower().strip("'’()") for w in first.split()]
    job = ROLE_PLACE.split(first, maxsplit=1)[0].split()  # "Team Lead at Crateway": the job before its place
    return 0 < len(words) <= MAX_ROLE_PART_WORDS and (
        any(w in ROLE_WORDS for w in words) or len(job) > 1 and job[-1].lower() in ROLE_NOUNS_LAST) and not any(
        w in NOT_IN_A_ROLE for w in words)


# A line under the writer's name that credits the piece's carrier or its translator, not its writer: a column's
# syndicate or agency ("Lakeside Features Syndicate", "Tribune Content Agency", "Writers Group") and the
# translator's credit ("Translated from the Russian by NAME", "Translation: NAME").
CARRIER = regex.compile(r"^(?:\p{Lu}[\w&'’.-]*\s+){0,4}(?:Syndicate|Syndication|Agency|Writers\s+Group|News\s+Service|"
                        r"Wire\s+Service)$")
TRANSLATOR = regex.compile(r"^(?:translated|translation)\b[^.!?]{0,40}?(?:\bby\b|:)\s*\S", regex.I)
MAX_CARRIER_WORDS = 10


def is_carrier_line(text: str) -> bool:
    """Tell the line under a writer's name that names who carries or translated the piece.

    >>> is_carrier_line("Lakeside Features Syndicate"), is_carrier_line("Translated from the Czech by Jo Bell")
    (True, True)
    >>> is_carrier_line("Translation: Eva Nowak"), is_carrier_line("How to Start a Syndicate Today")
    (True, False)
    >>> is_carrier_line("Translated words matter more than you think, says a new study of menus")
    False
    """
    text = text.strip()
    return len(text.split()) <= MAX_CARRIER_WORDS and bool(CARRIER.match(text) or TRANSLATOR.match(text))


def clean_title(line: str) -> str:
    """Tidy a title line: collapse spaces, drop trailing ellipses, dashes and separators.

    >>> clean_title("Are You A Customer Service Person You Must Read This…")
    'Are You A Customer Service Person You Must Read This'
    >>> clean_title("  How To Make The Customer Happy?  "), clean_title("# Six Habits"), clean_title("#1 Tip")
    ('How To Make The Customer Happy?', 'Six Habits', '#1 Tip')
    >>> clean_title("Title : Quiet Ways To Save"), clean_title("Subtitles Explained")
    ('Quiet Ways To Save', 'Subtitles Explained')
    >>> clean_title("Article Title: Quiet Ways To Save")
    'Quiet Ways To Save'
    >>> clean_title("Five Dinners You Can Eat Cold At 3 A.M."), clean_title("Cold Dinners At 3 A.M. -")
    ('Five Dinners You Can Eat Cold At 3 A.M.', 'Cold Dinners At 3 A.M.')
    >>> clean_title("KEEP BEETLES OUT OF YOUR WOODLOT*"), clean_title("* * *")
    ('KEEP BEETLES OUT OF YOUR WOODLOT', '* * *')
    >>> clean_title("Mending Nets In Winter - By: Ilse Varga"), clean_title("Winning - By Design")
    ('Mending Nets In Winter', 'Winning - By Design')
    >>> clean_title("🌿🌿 Five Herbs For A Shady Sill 🌿🌿"), clean_title("pack-light ✂️"), clean_title("A ★ Rated Inn")
    ('Five Herbs For A Shady Sill', 'pack-light', 'A ★ Rated Inn')
    >>> clean_title("[12]Mending A Wet Tent"), clean_title("[2019] A Year Of Mending")  # a dump's link number
    ('Mending A Wet Tent', '[2019] A Year Of Mending')
    >>> clean_title("Mending A Wet Tent, 4.5 out of 5 based on 12 ratings")
    'Mending A Wet Tent'
    """
    title = TITLE_TRAILER.sub("", TITLE_LABEL.sub("", MARKDOWN_HEADING.sub("", LEADING_LINK_MARKER.sub(
        "", " ".join(line.split())))))
    if (bare := EMOJI_FRAME.sub("", title)) and not EMOJI_FRAME.fullmatch(title):
        title = TITLE_TRAILER.sub("", bare)  # "☀️ Five ways to beat the heat ☀️", "tidy-notes ✂️": decoration
    if (tail := TITLE_BYLINE_TAIL.search(title)) is not None and (
            (credit := parse_byline(tail["by"])) is not None and is_person_name(credit.name)):
        title = title[:tail.start()]  # a directory's print view: "TITLE - By: NAME" on one line
    return RATING_SUMMARY_TAIL.sub("", title)


# a rating plugin's summary glued after the post's title ("TITLE, 4.5 out of 5 based on 12 ratings", as WordPress
# rating plugins print it; seen on two of the real texts): the page's rating, never the title's words
RATING_SUMMARY_TAIL = re.compile(r",\s+\d(?:[.,]\d+)?\s+out\s+of\s+\d{1,3}\s+based\s+on\s+\d[\d,]*\s+ratings?$", re.I)


def without_column_label(title: str | None) -> str | None:
    """An article's title without the name of its column, series or department before the colon (SPEC: a label like
    a category, not part of the title): an advice column named for its writer or role, a mailbag, readers' letters,
    "... of the month", a newsletter's standing departments, a guest post's label, in several languages.

    >>> without_column_label("Ask the Vet: Summer Worries"), without_column_label("ASK THE OLD HANDS: LEEKS THAT BOLT")
    ('Summer Worries', 'LEEKS THAT BOLT')
    >>> without_column_label("Plant of the Month: Lavender"), without_column_label("Leserfrage: Wohin mit dem Laub?")
    ('Lavender', 'Wohin mit dem Laub?')
    >>> without_column_label("Slugs: What Actually Worked"), without_column_label("Ask the Vet:")
    ('Slugs: What Actually Worked', 'Ask the Vet:')
    >>> without_column_label("Guest post: Seven Games for a Wet Day"), without_column_label("WALK REPORT: TWO WET DAYS")
    ('Seven Games for a Wet Day', 'TWO WET DAYS')
    >>> without_column_label("Asking for a raise: five scripts that work")
    'Asking for a raise: five scripts that work'
    >>> without_column_label("Shed Notes #12: oiling a stiff hinge"), without_column_label("Fix #2")
    ('oiling a stiff hinge', 'Fix #2')
    """
    if not title or (m := COLUMN_LABEL.match(title)) is None or not title[m.end():].strip():
        return title
    return title[m.end():]


# The name of a column, series or department before an article's own headline on its line: the words of standing
# columns (a name after "Ask", a mailbag, readers' or members' letters, questions and stories, "... of the month",
# "From the kitchen") in English and their neighbours; a title of two subjects ("Slugs: What Actually Worked") keeps
# its words.
COLUMN_LABEL = regex.compile(r"""^(?:
        ask\s+(?:the\s+)?[^\s:]+(?:\s+[^\s:]+){0,2}                           # "Ask Vera", "Ask the Old Hands"
      | (?:[^\s:]+\s+)?(?:mail\s?bag|post\s?bag|doctor|matters|corner)           # "Garden Mailbag", "Money Matters"
      | (?:readers?|members?|your)['’]?\s+(?:questions?|story|stories|letters?|tips|asks?)
      | [^\s:]+(?:\s+[^\s:]+)?\s+of\s+the\s+(?:month|week|season|year)     # "Plant of the Month"
      | (?:race|trail|walk|ride|club|match|event|trip|field|site|plot|outing|tour)\s+report   # "TRAIL REPORT:"
      | from\s+the\s+(?:kitchen|garden|editor(?:['’]s\s+desk)?|archives?)
      | (?:[^\s:#]+\s+){1,3}(?:\#|no\.\s?)\d{1,4}            # "Sunday Scraps #47": a series and its counter
      | guest\s+(?:post|column|blog|article|piece|contribution) | gastbeitrag | gastartikel | wpis\s+gościnny
      | art[íi]culo\s+invitado | article\s+invité | post\s+(?:ospite|convidado|invitado)
      | (?:fragen\s+sie|frag|pregunta\s+a|pregúntale\s+a|demandez\s+à|zapytaj|zeptejte\s+se|vraag\s+het(?:\s+aan)?|
         chiedi\s+a|spør)\s+[^\s:]+(?:\s+[^\s:]+){0,2}
      | leserfragen? | leserbriefe? | pregunta\s+del\s+lector | courrier\s+des\s+lecteurs
      | question\s+(?:d['’]un\s+)?lecteur | domanda\s+del\s+lettore | pytanie\s+czytelnika | lezersvraag
    )\s*:\s+(?=\S)""", regex.I | regex.X)


# A writer's credit run on after the title on its line ("TITLE - By: NAME", "TITLE | by NAME"): the credit only
# when it names a person (parse_byline, is_person_name), so "Winning - By Design" keeps its words.
TITLE_BYLINE_TAIL = re.compile(r"(?<=\S)\s+[-–—|]\s+(?P<by>(?i:by|written\s+by)\s*:?\s+\S[^-–—|]{0,80})$")


# Emoji or pictographs set apart at a title's ends ("🌞 TITLE 🌞", "name ✂️"): a post's or a README's decoration,
# not the title's words (pictographs, their modifiers, the variation selector and the joiner; a blank between; the
# trailing run is tried from a blank run's start only, so a long blank line costs one pass)
EMOJI_FRAME = regex.compile(r"^(?:[\p{So}\U0001F3FB-\U0001F3FF\uFE0F\u200D]+\s+)+"
                            r"|(?:(?<!\s)\s+[\p{So}\U0001F3FB-\U0001F3FF\uFE0F\u200D]+)+$")


# A printout's or an export's field label before the title ("Title : Quiet Ways ...", "Titel: ...").
TITLE_LABEL = re.compile(r"^(?:(?:article|post|story)\s+)?(?:title|titel|título|titre|titolo|tytuł|headline|τίτλος"
                         r"|заголовок|название)\s*:\s*(?=\S)", re.I)  # ("Article Title: ..." in a directory's fields)
# A site's cookie notice at the top of a scraped page: it names cookies and asks for a choice.
CONSENT_BANNER = re.compile(r"\bcookies?\b.*\b(?:accept|agree|consent|preferences|settings|got\s+it|ok)\b", re.I)
MAX_BANNER_WORDS = 60


def is_consent_banner(line: str) -> bool:
    """Tell a cookie notice ("We use cookies ... [Accept] [Manage preferences]") from a sentence about baking cookies.

    >>> is_consent_banner("We use cookies to improve your visit. By browsing you agree to our use of cookies. [Accept]")
    True
    >>> is_consent_banner("Bake the cookies for ten minutes, then let them cool on the tray.")
    False
    """
    text = line.strip()
    return len(text.split()) <= MAX_BANNER_WORDS and CONSENT_BANNER.search(text) is not None


MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+(?=\S)")  # "# Title" in a Markdown export: the mark is not the title's


# A message carried inside another (a forward, or the original under a reply) is the outer message's text, not the
# next message of a digest (segment's mail heads): mail clients set it under a separator line in their own language
# ("---------- Forwarded message ---------", "Begin forwarded message:", "-----Original Message-----", "-----
# Message transféré -----"). The separator is a mail's furniture, never a title (a reviewer's round 28: a mail
# forwarded twice under no subject was titled "Forwarded message").
_CARRIED_WORDS = (r"(?:(?:begin\s+)?forwarded\s+(?:message|e-?mail)|original\s+message"
                  r"|forwarded\s+by|message\s+(?:transf[ée]r[ée]|d['’]origine)"
                  r"|(?:weitergeleitete|urspr[üu]ngliche)\s+nachricht"
                  r"|mensa(?:je|gem)\s+(?:reenviado|encaminhad[ao]|original)|messaggio\s+(?:inoltrato|originale)"
                  r"|doorgestuurd\s+bericht|oorspronkelijk\s+bericht|vidarebefordrat\s+meddelande)\b")
CARRIED_MARK = re.compile(rf"^[-_=*>\s]*{_CARRIED_WORDS}.{{0,40}}$", re.I)
# The separator line itself, as a title check must refuse it: its words framed by the client's rules ("-----
# Original Message-----", "-------- Forwarded Message --------"), closed by a colon ("Begin forwarded message:"), or
# alone. A heading that only opens with the words ("Original Message Ideas for Cards") is a title (a reviewer's
# round 29: CARRIED_MARK's free tail refused it).
CARRIED_SEPARATOR = re.compile(rf"^(?:[-_=*>]+\s*{_CARRIED_WORDS}.{{0,40}}"
                               rf"|\s*{_CARRIED_WORDS}(?:.{{0,40}}[-_=*>:])?\s*)$", re.I)


@functools.lru_cache(maxsize=LINE_CACHE_LINES)
def looks_like_title(line: str) -> bool:
    """Tell a title or heading line (short, mostly capitalised, no closing full stop) from body text.

    >>> looks_like_title("It's Still About Customer Service"), looks_like_title("How To Make The Customer Happy?")
    (True, True)
    >>> looks_like_title("They just will not come back."), looks_like_title("• Do not anticipate needs")
    (False, False)
    >>> looks_like_title(", Author"), looks_like_title("March 3, 2009"), looks_like_title("Sunday, 9 June 2011")
    (False, False, False)
    >>> looks_like_title("=" * 30)
    False
    >>> looks_like_title("-----Original Message-----"), looks_like_title("Original Message Ideas For Gift Tags")
    (False, True)
    >>> looks_like_title("Five Dinners You Can Eat Cold At 3 A.M."), looks_like_title("Then We Ate At 3 A.M. Again.")
    (True, False)
    """
    text = line.strip()
    words = text.split()
    if not words or len(words) > MAX_TITLE_WORDS or SENTENCE_END.search(text) and not text.endswith(("...", "…")):
        return False
    if not any(ch.isalpha() for ch in text):
        return False  # a rule line ("=====") between a newsletter's articles
    if re.match(r"^(?:[•·*\-–—,;:.)|]|\d+[.)])", text) or parse_byline(text) or BIO_MARKER.match(text):
        return False  # a list item, a byline, a bio heading, or a fragment (", Author")
    if is_account_control(text):
        return False  # "Sign in", "Iniciar sesión", "Войти": the site's header, in any language
    if CARRIED_SEPARATOR.match(text):
        return False  # a mail client's separator over a forwarded message: the mail's furniture
    if DIGIT.search(text) and is_date_line(text):
        return False  # "March 3, 2009" above the title is not the title
    content = [w for w in words if w.lower() not in SMALL_WORDS]
    capitalised = sum(1 for w in content if w[:1].isupper() or not w[:1].isalpha())
    return bool(content) and capitalised / len(content) >= 0.6


@functools.lru_cache(maxsize=LINE_CACHE_LINES)
def may_be_title(line: str) -> bool:
    """Tell a line that can be a title where the page's layout says one stands (above a byline, alone between the
    site's header and the first paragraph): short, not a sentence, in any case ("How do I stop a tap dripping?").

    >>> may_be_title("How do I stop a toilet from running all night?"), may_be_title("Brown Butter Oat Cookies")
    (True, True)
    >>> may_be_title(", Author"), may_be_title("Makes about 18 cookies."), may_be_title("Saturday, October 8, 2016")
    (False, False, False)
    >>> may_be_title("Home » Lifestyle » Money"), may_be_title("장마철 욕실 곰팡이, 이렇게 잡았어요")
    (False, True)
    >>> may_be_title('"Cut, never pull": a morning with a forager'), may_be_title('"never pull": a morning')
    (True, False)
    >>> may_be_title("---------- Forwarded message ---------"), may_be_title("Forwarded messages and other clutter")
    (False, True)
    """
    text = line.strip()
    words = text.split(None, MAX_TITLE_WORDS)  # only counted: a paragraph stops splitting past a title's length
    if not 0 < len(words) <= MAX_TITLE_WORDS:
        return False  # longer than any title (both answers below ask so): the cheap test first, most lines are text
    if is_nav_line(text) or is_account_control(text) or CARRIED_SEPARATOR.match(text):
        return False  # "Home » Lifestyle » Money", "Sign in", "----- Forwarded message -----"
    if looks_like_title(text):
        return True
    return ((opens_capitalised(text) or QUOTED_LEAD.match(text) is not None and opens_capitalised(text[1:]))
            and not SENTENCE_END.search(text) and not is_date_line(text) and not is_meta_line(text)
            and not is_byline(text))


# a headline opening with a quoted phrase, then a colon and what it is about ("'Cut, never pull': a morning on the
# rocks"): a magazine's way of titling an interview or a profile by its subject's words
QUOTED_LEAD = re.compile(r"^[\"“„«‘'][^\"“”„«»‘’]{2,80}[\"”»’']\s*:\s+\S")


def opens_capitalised(text: str) -> bool:
    """Tell whether a line opens as a heading or a sentence does: with a capital, or with a letter of a script
    that has no capitals (Devanagari, Hangul, Han, Arabic, Hebrew, Thai), where every letter opens one.

    >>> opens_capitalised("Brown Butter Cookies"), opens_capitalised("बोर्ड परीक्षा"), opens_capitalised("장마철 욕실")
    (True, True, True)
    >>> opens_capitalised("brown butter"), opens_capitalised("– a list item"), opens_capitalised("")
    (False, False, False)
    """
    first = text[:1]
    return first.isupper() or caseless_letter(first)


def caseless_letter(char: str) -> bool:
    """Tell a letter of a script written without capitals (Han, Hangul, Arabic, Devanagari, Thai, Georgian), or in
    its capitals alone (the Cherokee syllabary: Unicode files its syllables as capitals, and its texts and names are
    set in them, never in the small forms).

    >>> caseless_letter("ნ"), caseless_letter("한"), caseless_letter("a"), caseless_letter("Ж"), caseless_letter("7")
    (True, True, False, False, False)
    >>> caseless_letter("Ꮜ")
    True
    """
    return char.isalpha() and (char.lower() == char.upper() or MKHEDRULI[0] <= char <= MKHEDRULI[1]
                               or CHEROKEE[0] <= char <= CHEROKEE[1])


# the date before "by NAME", or before "Written by NAME" / "Posted by NAME" in one metadata row ("June 14, 2021 ·
# Written by NAME · 8 min read")
DATED_BY = re.compile(rf"^\s*(?:{DATE})\s*[|·•,–—-]?\s*(?=(?:(?:written|posted)\s+)?by\s)", re.I)
# A line of the page's own metadata above or under the title: when, where filed, how long, how often read.
META_LINE = re.compile(
    r"^(?:(?:posted|published|submitted|updated|uploaded|filed|last\s+updated)\b.*(?:\d|\bago\b|\bby\b)"
    r"|(?:article\s+|page\s+)?(?:category|categories|filed\s+(?:in|under)|tags?|views|word\s+count|reading\s+time)\s*:"
    r"|(?:photo(?:graph)?s?|pictures?|images?|illustrations?)(?:\s+by)?\s*:"  # a credit for the pictures
    r"|(?:medically\s+|expert\s+)?(?:reviewed|fact[-\s]checked|edited)\s+by\b"  # the desk's other roles
    # (a count's digits bounded: "[\d,]*" walked a long run of "1,1,1…" from each of its digits)
    r"|.*\b\d[\d,]{0,14}\s+(?:min(?:ute)?s?\s+read|comments?|views|words)\b"
    # a recipe's or a product's rating under its title, in any language by its row of stars ("★★★★★ 4.9 from 61
    # votes", "☆☆☆☆☆ Noch keine Bewertungen", "⭐ 4.7") or by its score over a count ("Rated 4.8 from 212
    # ratings"); one star before words is a list's bullet ("★ Water in the morning")
    r"|[★☆⭐✩✪✭✮✯]{3}|[★⭐]\s*\d(?:[.,]\d\b|\s*/\s*5\b)"
    r"|(?:rated\s+)?\d(?:[.,]\d+)?\s+(?:from|out\s+of)\s+\d[\d,]*\s+(?:votes?|ratings?|reviews?)\b"
    r"|rate\s+this\s+(?:article|post|page|story|recipe)\s*:"  # an article directory's rating row ("Rate this
    # article: * * * * *  (14 votes)")
    # the same row under its label ("Rating: *** (11 votes)", "Rating: 4.6 / 5 (12 votes)"; dev7, holdout6,
    # holdout14, holdout24, holdout29, holdout30); its count of votes closing a line: _closes_with_votes
    # ("Rating: 5 Of The Best Pots" is a title: its "of" counts out of no number)
    r"|(?:average\s+|user\s+|reader\s+)?rating\s*:\s*(?:[*★☆⭐✩✪✭✮✯]|\d(?:[.,]\d+)?\s*(?:/|(?:out\s+)?of\s+\d|\())"
    # a printout's or a PDF's page furniture ("... Page 1 of 2"), a web archive's toolbar ("The Wayback Machine -
    # http://web.archive.org/...", "31 captures"), an advertisement's label
    rf"|.*\b{PAGE_COUNT}$|the\s+wayback\s+machine\b|\d[\d,]*\s+captures?\b"
    # a split article's second page says so over its text: "Continued from page 1", "(continued)"
    rf"|[(\[]?\s*(?:{CONTINUED_PAGE}|continued)\s*[)\]]?\s*$"
    r"|(?:advertisement|advertising|sponsored|anzeige|werbung|publicidad|publicité|pubblicità)$)",
    re.I,
)
MAX_META_WORDS = 20  # "Submitted: November 14, 2011 | Views: 2,318 | Word count: 512"; longer is a sentence
# The same metadata in another language ("Publicado em 12/03/2015 às 09h40", "Publicerad: 2023-11-14 | Kategori:
# Energi", "Compartilhe: Facebook | Twitter"): a date line's words before a digit, a field's label before its colon,
# as the language tables write them (text/languages.py); English keeps META_LINE's own words.
META_ABROAD = re.compile(rf"^(?:{alternation('published', other_languages())}(?![^\W\d_])\D{{0,40}}\d"
                         rf"|{alternation('meta_label', other_languages())}\s*[:：])", re.I)
# their first two letters: the cheap test before the alternation (is_meta_line runs on many lines of every page)
META_ABROAD_HEADS = frozenset(w[:2] for kind in ("published", "meta_label") for w in words(kind, other_languages()))
# (the opening forms: a bare arrow, a skip link, a lone "Menu" or "Search", a search box: "Search recipes...", or
# its placeholder alone in any language, one word and an ellipsis: "Suchen...", "Rechercher…", "Cerca...")
NAV_OPENING = (r"^(?:<\s|skip\s+to\s+(?:main\s+)?content$|menu$|search$|search\b[^.!?]{0,30}(?:\.\.\.|…)$"
               r"|[^\W\d_]{2,24}\s?(?:\.\.\.|…)$"
               # a paged piece's link back to its earlier page: "<< Back to page 1: ...", "« Previous page"
               r"|(?:<<|«|←)\s*(?:back\s+to\s+(?:page|part)\s+\d|previous\s+page\b))")
NAV_SEPARATOR = re.compile(r"\s(?:[|·•∙>»›‹/]|::|>>)\s|\]\s*\[|\S\s{2,}(?=\S)"
                           r"|[^\W\d_]\s?[▾▼⌄]\s+[^\W\d_]"  # a menu's drop-down mark: "Recipes ▾ Baking"
                           rf"|{NAV_OPENING}", re.I)
# What every match of NAV_SEPARATOR away from the line's start holds: a blank before a separator's mark or before
# another blank, a closing bracket, a drop-down mark. One class-led pattern in C: most lines, paragraphs of text,
# hold none, and the alternation tried at each of their characters cost ~4x more (issue 19).
NAV_MARK = re.compile(r"\s[\s|·•∙>»›‹/:]|[\]▾▼⌄]")  # ("Index ‹ Section ‹ Board": a board's crumbs, pointing back)
NAV_OPENS = re.compile(NAV_OPENING, re.I)
TEASER_END = WordGated(r"(?:\.\.\.|…)\s*(?:\[?\s*(?:read\s+more|continue\s+reading|more)\b.*)?$"
                        r"|\b(?:read\s+more|continue\s+reading)\W*$", re.I)
PROSE_MIN_WORDS = 8  # a paragraph of the article: shorter lines are headings, chrome, list items or ingredients
# Chinese, Japanese, Thai and their neighbours write no spaces between words: their paragraph is a run of letters
# ending a sentence
UNSPACED_LETTER = re.compile(f"[{UNSPACED_LETTERS}]")
UNSPACED_SENTENCE_ENDS = "。！？.!?။។"  # and the full stops of Burmese and Khmer
PROSE_MIN_UNSPACED_LETTERS = 24  # a sentence and more; a title or a heading is shorter


@functools.lru_cache(maxsize=LINE_CACHE_LINES)  # a pure line test asked again (issue 19)
def is_meta_line(line: str) -> bool:
    """Tell a line of page metadata ("Submitted: ... | Views: 2,318", "Posted on 12 June 2015 by admin").

    >>> is_meta_line("Submitted: November 14, 2011 | Views: 2,318"), is_meta_line("Posted 2 days ago")
    (True, True)
    >>> is_meta_line("Posted items arrive in two days."), is_meta_line("Ten Things To Know")
    (False, False)
    >>> is_meta_line("Publicado em 12/03/2015 às 09h40"), is_meta_line("Kategori: Boende | Taggar: el, värme")
    (True, True)
    >>> is_meta_line("Publicado sin permiso del autor"), is_meta_line("Kategori som passar alla")
    (False, False)
    >>> is_meta_line("★★★★☆ 4.2 from 18 votes"), is_meta_line("4.8 from 212 ratings")
    (True, True)
    >>> is_meta_line("What 500 reviews taught me about tents"), is_meta_line("★ Water in the morning")
    (False, False)
    >>> is_meta_line("Rate this post: * * * * *  (9 votes)"), is_meta_line("Rate this year's roses")
    (True, False)
    >>> is_meta_line("Rating: *** (4 votes)"), is_meta_line("Rating: 3.9 / 5"), is_meta_line("Rating: how we test")
    (True, True, False)
    """
    text = line.strip()
    return len(text.split()) <= MAX_META_WORDS and not text.endswith(".") and bool(
        META_LINE.match(text) or text[:2].lower() in META_ABROAD_HEADS and META_ABROAD.match(text)
        or _weekday_dated(text) or _closes_with_votes(text))


# the count of votes in brackets closing a rating row: "(12 votes)", "(4.1 / 5, 22 votes)", "(3.4 of 5; 19 votes)"
VOTES_BRACKET = re.compile(r"\(\s*(?:[^()]*[,;]\s*)?\d[\d,]*\s+votes?\s*\)$", re.I)
MAX_VOTES_BRACKET = 40  # the bracket of a count and a score; a longer one is no rating's


def _closes_with_votes(text: str) -> bool:
    """A row closing with its count of votes in brackets after the rating (stars, a score: "***** (12 votes)",
    "Rating: 4.5 (11 votes)", "Downloads: 2,311 · ★★★★☆ (48 votes)") or alone: the page's rating row. Words before
    the bracket ("Which Pot Is Best? (12 votes)", a poll's question) make a title with its count.

    >>> _closes_with_votes("Rating: *** (4 votes)"), _closes_with_votes("1 2 3 4 5  (3.8 / 5, 9 votes)")
    (True, True)
    >>> _closes_with_votes("Which Pot Is Best? (12 votes)"), _closes_with_votes("The Ten Best Pots (12 votes)")
    (False, False)
    """
    opening = text.rfind("(")  # the bracket's own tail looked at only (a long line costs its length once)
    if opening < 0 or len(text) - opening > MAX_VOTES_BRACKET or not VOTES_BRACKET.match(text, opening):
        return False
    before = text[:opening].rstrip()
    return not before or not (before[-1].isalpha() or before[-1] in "?!")


def _weekday_dated(text: str) -> bool:
    """A date line opening with a weekday's name in another script, a number after it ("יום שלישי, 27.05.2025",
    "বুধবার, ১২ মার্চ", "วันอังคาร ที่ 3 มิถุนายน"): the post's date, the page's metadata.

    >>> _weekday_dated("الثلاثاء ٧ مايو ٢٠٢٤"), _weekday_dated("الثلاثاء القادم نزور الحديقة")
    (True, False)
    """
    first = text.split(None, 1)[0].rstrip(",،") if text and not text.isascii() else ""
    return first in WEEKDAYS_IN_SCRIPTS and DIGIT.search(text) is not None


@functools.lru_cache(maxsize=LINE_CACHE_LINES)
def is_nav_line(line: str) -> bool:
    """Tell a line of site navigation or a breadcrumb ("Home | Blog | About", "Pets > Dogs", "[Home] [New]").

    >>> is_nav_line("Home | Browse Categories | Top Authors"), is_nav_line("ArticleCity Hub  >  Pets  >  Dogs")
    (True, True)
    >>> is_nav_line("How To Fix A Door"), is_nav_line("Walking For Beginners: Four Weeks")
    (False, False)
    >>> is_nav_line("Suchen..."), is_nav_line("Cerca…"), is_nav_line("And then..."), is_nav_line("...")
    (True, True, False, False)
    >>> is_nav_line("<< Back to page 1: the first four steps"), is_nav_line("« Previous page")
    (True, True)
    >>> is_nav_line("Board index ‹ Garden ‹ Fruit trees")
    True
    """
    text = line.strip()
    if NAV_MARK.search(text) is None and NAV_OPENS.match(text) is None:
        return False  # no separator's mark and no opening form: NAV_SEPARATOR cannot match (the cheap test first)
    return NAV_SEPARATOR.search(text) is not None


@functools.lru_cache(maxsize=LINE_CACHE_LINES)
def is_prose(line: str) -> bool:
    """Tell a paragraph of running text from a heading, a list of links, a teaser cut short or an ingredient.

    >>> is_prose("Adopting a rescue dog is one of the kindest things you can do, but check these things.")
    True
    >>> is_prose("Seven Ways To Keep Houseplants Alive Through Winter"), is_prose("125 g butter")
    (False, False)
    >>> is_prose("A slow page costs more than you think. We looked at... Read more >")
    False
    """
    text = line.strip()
    if text[-1:] in UNSPACED_SENTENCE_ENDS and len(UNSPACED_LETTER.findall(text)) >= PROSE_MIN_UNSPACED_LETTERS:
        return True  # a sentence of Chinese, Japanese or Thai, written without spaces: told by its letters
    words = text.split(None, MAX_TITLE_WORDS)  # only counted: a paragraph stops splitting past a title's length
    if len(words) < PROSE_MIN_WORDS or TEASER_END.search(text):
        return False
    if len(words) > MAX_TITLE_WORDS:
        return True
    return text[-1] in ".!?:;\"”’)]" and not looks_like_title(text)  # "How Can You Reach Someone?" is a title


def bio_start(line: str) -> str | None:
    """Return the bio text after an "About the Author" style heading at the start of ``line``, else ``None``.

    >>> bio_start("About the Author - Sharon Housley manages marketing for NotePage, Inc.")
    'Sharon Housley manages marketing for NotePage, Inc.'
    >>> bio_start("About the Author"), bio_start("About the author's many books, little is known.")
    ('', None)
    """
    m = BIO_MARKER.match(line.strip())
    return line.strip()[m.end():].strip() if m else None


# An author box headed by the writer's own name ("About Hannelore Krüger", "About Tom Baker: Tom has run ..."), or
# by a heading over the name on a line of its own ("About Me" / "Ayşe Korkmaz", a Blogger profile).
ABOUT_NAME = regex.compile(r"^about\s+(?P<who>[^:\-–—|]{3,60}?)\s*(?:[:\-–—|]\s*(?P<rest>.*))?$", regex.I)
ABOUT_BOX = regex.compile(r"^(?:about\s+(?:me|the\s+(?:guest\s+)?(?:author|writer|blogger))|(?:the\s+)?author|"
                          # a guide's or a page's profile box: "Guide author", "Page owner", "Your guide's creator"
                          r"(?:(?:the|this|your)\s+)?(?:guide|page|post|article|course|sheet|leaflet|resource)(?:['’]s)?"
                          r"\s+(?:authors?|owners?|creators?|writers?)|"
                          r"autor(?:in|a)?|auteur(?:e|ice)?|autrice|autore|författare|forfatter|auteur|"
                          r"über\s+mich|à\s+propos(?:\s+de\s+moi)?|sobre\s+mí|sobre\s+mim|chi\s+sono|over\s+mij)"
                          r"\s*:?$", regex.I)


def about_name(line: str) -> Byline | None:
    """The writer an author box names in its heading ("About Hannelore Krüger", "About Tom Baker: Tom has run ..."),
    else ``None`` ("About Us", "About the Author", "About Our Bakery").

    >>> about_name("About Hannelore Krüger").name, about_name("About Tom Baker: Tom Baker has run teams.").name
    ('Hannelore Krüger', 'Tom Baker')
    >>> about_name("About Us"), about_name("About the Author"), about_name("About Our Bakery")
    (None, None, None)
    """
    m = ABOUT_NAME.match(line.strip())
    if m is None or m["who"].split()[0].lower() in TITLE_FILLERS | {"me", "us"}:
        return None
    named = split_name(m["who"])
    return Byline(named.name) if named is not None and not named.credentials else None


def is_about_box(line: str) -> bool:
    """A profile or author box's heading over the writer's name on its own line ("About Me", "About the author").

    >>> is_about_box("About Me"), is_about_box("Über mich"), is_about_box("About Our Farm")
    (True, True, False)
    """
    return ABOUT_BOX.match(line.strip()) is not None


ONE_WORD_CREDIT = regex.compile(r"[\p{L}\p{M}][\p{L}\p{M}\d_.-]{1,30}")  # "Ayşe", "hannelore_k"


def partial_credit(line: str) -> str | None:
    """The one word a credit gives where it names no full name: a first name or a member's handle ("Posted by Ayşe
    at 9:14 PM", "Posted on 3 November 2021 by hannelore_k"), else ``None``; a profile's full name may complete it.

    >>> partial_credit("Posted by Ayşe at 9:14 PM"), partial_credit("Posted on 3 Nov 2021 by hannelore_k")
    ('Ayşe', 'hannelore_k')
    >>> partial_credit("By Ann Lee"), partial_credit("Be kind.")
    (None, None)
    """
    m = _byline(line.strip())
    who = cut_tail(m["who"]).strip(" .") if m else ""
    return who if ONE_WORD_CREDIT.fullmatch(who) else None


def first_name_credit(line: str) -> str | None:
    """The one word a blog's footer credits ("Posted by Marisol at 4:37 PM"), when it may be a person's first name
    or handle, not the software's default account ("Posted by admin at 9:14 PM"); else ``None``.

    >>> first_name_credit("Posted by Marisol at 4:37 PM"), first_name_credit("Posted by Admin at 9:14 PM")
    ('Marisol', None)
    >>> first_name_credit("Posted by Jo Lee at 9:14 PM"), first_name_credit("Posted in Recipes")
    (None, None)
    >>> first_name_credit("Posted by CustomerCareBlog at 10:15 AM")  # a blog's own account, not a first name
    """
    one = partial_credit(line) if is_blog_footer(line) else None
    return one if one and GIVEN_NAME.fullmatch(one) and one.casefold() not in NOT_A_PERSON else None


GIVEN_NAME = regex.compile(r"\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?")  # "Marisol", "Anne-Sophie": a first name's shape


# A show's credit to its host over the episode's notes or its transcript: "Hosted by NAME · Guest: NAME", "Host:
# NAME", "Presented by NAME, with guest NAME"; the name ends at the row's next separator. SPEC: a show's host is its
# author (as a podcast's host is), never its guest, its callers or the team that typed the transcript.
HOST_CREDIT = regex.compile(r"^(?:(?:hosted|presented)\s+by|hosts?\s*:)\s*(?P<who>[^·•|,;:]{3,60}?)\s*(?:[·•|,;].*)?$",
                            regex.I)
MAX_HOST_LINE_CHARS = 160  # the credit and its guest's name and job; a longer line is a sentence
SHOW_GUEST = re.compile(r"\b(?:with\s+(?:guests?|special\s+guests?)\b|guests?\s*:)", re.I)  # the row's guest


def host_line(line: str) -> Byline | None:
    """The host a show's credit line names ("Presented by NAME, with guest NAME, JOB"), else ``None`` (a body or
    a firm presenting something is no host: "Presented by the Riverside Library", "Hosted by Acme Bank Ltd").

    >>> host_line("Presented by Gwenllian Mair, with guest Tobi Adeyemi, tax adviser")
    Byline(name='Gwenllian Mair', credentials=None)
    >>> host_line("Presented by Harlow Sapphire")  # a sponsor's label: no guest, no show

    >>> host_line("Host: Ines Ruiz · Guest: Bo Ng"), host_line("Presented by the Riverside Library")
    (Byline(name='Ines Ruiz', credentials=None), None)
    >>> host_line("Presented by our friends at Acme Bank, this guide explains the rules for first-time buyers.")
    """
    text = line.strip()
    if len(text) > MAX_HOST_LINE_CHARS or (m := HOST_CREDIT.match(text)) is None:
        return None
    if text[:4].lower() == "pres" and not SHOW_GUEST.search(text, m.end("who")):
        return None  # "Presented by NAME" alone is as often a sponsor's label over an advertorial as a show's host
    named = split_name(m["who"])
    return Byline(named.name) if named is not None and is_person_name(named.name) else None


# A Q&A site's answer card: "answered DATE by NAME 12.4k" on one line, or "answered Mar 9 '22 at 18:40" over the
# answerer's name (then their tagline and reputation). The date is what tells the card from a sentence.
ANSWERED_BY_LINE = regex.compile(r"^answered\s+(?=[^\n]{0,40}\d)(?P<date>.{3,40}?)\s+by\s+(?P<who>.+?)"
                                 r"(?:\s+[\d.,]+k?(?:\s*[●•·]\s*[\d.,]+k?)*)?\s*$", regex.I)
ANSWERED_DATE = regex.compile(r"^answered\s+(?:on\s+)?(?=.{0,40}\d).{3,40}$", regex.I)
# The card on one line with the answerer's name after the clock time, and no "by": "answered Jan 15 at 11:34 NAME
# 8,417" (the date, the time, the name or handle, the reputation score). The clock time ends the date.
ANSWERED_INLINE = regex.compile(r"^answered\s+(?:on\s+)?(?P<date>[^\n]{3,30}?\bat\s+\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?)"
                                r"\s+(?P<who>\S.*?)(?:\s+[\d.,]+k?)?\s*$", regex.I)
# an answer card's row of facts under the answerer's name, its credentials before the age ("Retired nurse · Lives in
# Leeds · Answered 2y · Upvoted by ..."): the name stands on the line over the row (or over its credentials line)
ANSWERED_IN_ROW = regex.compile(r"(?:^|(?<=[\s·•|]))[Aa]nswered\s+(?:on\s+)?"
                                 r"(?:\d{1,3}\s?[ymwdh]\b|\p{Lu}\p{Ll}{2}\s+\d)")


def is_answer_card(line: str) -> bool:
    """Whether a line is a Q&A site's answer card, its date line ("answered Feb 3 at 9:10", with or without "by
    NAME 12.4k" after it): a site prints one at the end of each answer (or at its head), never inside one.

    >>> is_answer_card("answered Jul 13, 2021 by Ana Reis-Lobo 12.4k"), is_answer_card("answered Mar 9 '22 at 18:40")
    (True, True)
    >>> is_answer_card("I answered the door at 9."), is_answer_card("Answered by our vet team.")
    (False, False)
    """
    text = line.strip()
    return text[:8].lower() == "answered" and (ANSWERED_BY_LINE.match(text) is not None
                                               or ANSWERED_DATE.match(text) is not None)


def answer_card(lines: list[str]) -> Byline | None:
    """The answerer a Q&A page's first answer card names, else ``None``.

    >>> answer_card(["Text.", "answered Jul 13, 2021 by Ana Reis-Lobo 12.4k", "answered Jul 20 by bob"])
    Byline(name='Ana Reis-Lobo', credentials=None)
    >>> answer_card(["Text.", "answered Mar 9 '22 at 18:40", "Kemal Aydın", "Plumber, 20 years", "12.4k ● 3 ● 41"])
    Byline(name='Kemal Aydın', credentials=None)
    >>> answer_card(["I answered the door at 9 and nobody was there."]) is None
    True
    >>> answer_card(["Kemal Aydın", "Plumber, 20 years · Lives in Izmir · Answered 3y · Upvoted by Bo Ng"])
    Byline(name='Kemal Aydın', credentials=None)
    """
    texts = [line.strip() for line in lines if line.strip()]
    for k, text in enumerate(texts):
        if text[:8].lower() != "answered":
            if k and "nswered" in text and ANSWERED_IN_ROW.search(text):  # the card's name over its row of facts
                named = next((n for line in texts[max(0, k - 2):k][::-1] if (n := name_line(line)) is not None
                              and is_full_name(n.name)), None)
                if named is not None:
                    return Byline(named.name)
            continue
        if (m := ANSWERED_BY_LINE.match(text)) and (named := split_name(m["who"])) and is_person_name(named.name):
            return Byline(named.name)
        if (named := inline_card(text)) is not None:  # "answered DATE at TIME NAME 8,417"
            return named
        if _dated_card(text) and k + 1 < len(texts) and (named := _card_name(texts[k + 1])) is not None:
            return named
    return None


# An editor's card set before the answerer's on the same line, the two cards' elements run together ("edited Feb 11
# by NAME♦ answered Jan 5 at 08:02 NAME 12.4k"): the answer's writer is the second card's
EDIT_CARD = regex.compile(r"^edited\s+(?=[^\n]{0,40}\d)[^\n]{3,80}?\s+(?=answered\s)", regex.I)
# ... and the line under such a pair of cards, the editor's name and reputation score (a moderator's diamond between)
# before the answerer's name: "Bo Ng ♦ 12.1k Ana Reis · 2,310 ● 4 ● 9" (the score ends the editor's cell)
EDITOR_CELL = regex.compile(r"^[^\d\n]{2,60}?\s+\d[\d.,]*k?\s+(?=\p{L})", regex.I)


def top_answer_card(lines: list[str]) -> Byline | None:
    """The answerer the first answer card of a Q&A page names (the page's own sort puts its top answer first: SPEC
    r23 (i)), an editor's card glued before it left out; ``None`` where that card names nobody (a later card is
    another answer's, never taken in its place).

    >>> top_answer_card(["Text.", "edited Feb 11 by Bo Ng♦ answered Jan 5 at 08:02 Ana Reis-Lobo 12.4k",
    ...                  "answered Jan 4 at 22:10 Kit Waring 2,086"])
    Byline(name='Ana Reis-Lobo', credentials=None)
    >>> top_answer_card(["Text.", "answered Jan 4 at 22:10 !!! 2,086", "answered Jan 6 at 10:00 Kit Waring 5"])
    """
    texts = [EDIT_CARD.sub("", line.strip()) if line.lstrip()[:6].lower() == "edited" else line.strip()
             for line in lines if line.strip()]
    cards = [k for k, text in enumerate(texts) if is_answer_card(text) or ANSWERED_INLINE.match(text)]
    if not cards:
        return None
    k = cards[0]
    return answer_card(texts[k:k + 1] + [text for text in texts[k + 1:k + 2] if k + 1 not in cards])


def _dated_card(text: str) -> bool:
    """An answer card's date line with the answerer's name under it, not after "by" ("answered Mar 9 '22 at 18:40").

    >>> _dated_card("answered Mar 9 '22 at 18:40"), _dated_card("answered Jul 13, 2021 by Ana Reis-Lobo")
    (True, False)
    """
    return (text[:8].lower() == "answered" and ANSWERED_DATE.match(text) is not None and " by " not in text
            and ANSWERED_INLINE.match(text) is None)


def inline_card(text: str, handle: bool = False) -> Byline | None:
    """The answerer a one-line answer card names after its clock time ("answered Jan 15 at 11:34 NAME 8,417"), else
    ``None``; with ``handle``, a member's handle too ("rope_and_knot": the account's name, as SPEC credits it).

    >>> inline_card("answered Feb 3 at 14:05 Вера Лебедева 2,310"), inline_card("answered Feb 3 at 14:05 bo_k 12")
    (Byline(name='Вера Лебедева', credentials=None), None)
    >>> inline_card("answered Feb 3 at 14:05 bo_k 12", handle=True), inline_card("answered Feb 3 at 14:05 17")
    (Byline(name='bo_k', credentials=None), None)
    >>> inline_card("answered Mar 9 '22 at 18:40"), inline_card("I answered at 9:00 the phone and nobody spoke.")
    (None, None)
    >>> inline_card("answered Feb 3 at 14:05 · edited Mar 1, 2023 at 09:10 Вера Лебедева 2,310")
    Byline(name='Вера Лебедева', credentials=None)
    """
    if (m := ANSWERED_INLINE.match(text.strip())) is None:
        return None
    who = EDITED_AFTER.sub("", m["who"], count=1)  # the answer's own edit date after its answer date, one card
    if (named := _card_name(who)) is not None:
        return named
    return Byline(who) if handle and HANDLE.fullmatch(who) else None


# an answer card's edit date run on after its answer date ("answered DATE · edited DATE at 10:15 NAME 2,907"): the
# writer's own edit, the name after it still the answerer's
EDITED_AFTER = regex.compile(r"^[·•|,]?\s*edited\s+[^\n]{3,30}?\bat\s+\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?\s+", regex.I)


def _card_name(line: str) -> Byline | None:
    """The person a card's line under its date names ("Kemal Aydın"), else ``None``."""
    named = name_line(line)
    return Byline(named.name) if named is not None and is_person_name(named.name) else None


ANSWER_REACH = 80  # lines from an answer's mark to its card under the answer's text: a long answer and its share row


def accepted_answer_card(lines: list[str]) -> Byline | None:
    """The writer of the answer a Q&A page marks accepted, where the mark stands over the answer and the answer's
    card under it ("answered DATE" over the answerer's name or handle, an "edited DATE" card with a moderator's
    name before it): the first answer card under the mark, else ``None``.

    >>> accepted_answer_card(["Text.", "answered Mar 1 at 9:00", "Bo Ng", "This answer has been accepted",
    ...                       "Do X.", "edited Mar 3 at 8:10", "Ana Reis", "answered Mar 2 at 7:15", "rope_and_knot"])
    Byline(name='rope_and_knot', credentials=None)
    >>> accepted_answer_card(["answered Mar 1 at 9:00", "Bo Ng"]) is None
    True
    >>> accepted_answer_card(["✓ Accepted answer", "9", "Do X.", "answered Mar 2 at 7:15 Вера Лебедева 2,310", "31"])
    Byline(name='Вера Лебедева', credentials=None)

    The editor's card and the answerer's side by side, their columns run together line by line (the editor's date
    before "answered", the editor's name and score before the answerer's):

    >>> accepted_answer_card(["✓ Accepted", "Do X.", "edited May 2 at 9:10 answered May 1 at 8:00",
    ...                       "Bo Ng ♦ 12.1k Ana Reis · 2,310 ● 4 ● 9"])
    Byline(name='Ana Reis', credentials=None)
    """
    texts = [line.strip() for line in lines if line.strip()]
    mark = next((k for k, text in enumerate(texts) if is_accepted_mark(text)), None)
    if mark is None:
        return None
    for k in range(mark + 1, min(len(texts), mark + ANSWER_REACH)):
        text, under = texts[k], texts[k + 1] if k + 1 < len(texts) else ""  # (a one-line card may end the page)
        if text[:6].lower() == "edited" and (edit := EDIT_CARD.match(text)) is not None:
            text, under = text[edit.end():], EDITOR_CELL.sub("", under, count=1)  # the answerer's column
        if text[:8].lower() == "answered" and ANSWERED_INLINE.match(text) is not None:
            return inline_card(text, handle=True)  # the card on one line: the name after the clock time
        if not _dated_card(text):
            continue
        if (named := _card_name(under)) is not None:
            return named
        return Byline(under) if HANDLE.fullmatch(under) else None  # "rope_and_knot": the account's name (SPEC)
    return None


# The mark a Q&A page or a thread sets on the answer the asker, the site or its moderators chose ("✓ Accepted",
# "Accepted answer", "Best answer", "✔ Marked as the solution", "ベストアンサー", "Beste Antwort", "Лучший ответ"), in
# the languages Q&A and forum software is translated into: SPEC reads such a page for that answer (its writer is the
# page's author, its points the page's tips). A bare "Accepted" counts only after a tick; "Solution" alone is left
# out (a problem-and-solution article heads its points so). Asked of a short label line only (is_accepted_mark).
ACCEPTED_MARK = regex.compile(
    r"(?:^[✓✔☑✅]\ufe0f?\s*accepted\b|\b(?:best|accepted|chosen)\s+answer\b|\baccepted\s+solution\b"
    r"|\banswer\s+(?:has\s+been\s+|was\s+)?accepted\b"  # "This answer has been accepted as the correct answer"
    r"|\bmarked\s+as\s+(?:the\s+)?(?:solution|answer)\b"
    r"|ベストアンサー|最佳答案|最佳解答|베스트\s*답변|채택된\s*답변"
    r"|\b(?:beste|hilfreichste|akzeptierte)\s+antwort\b|\bmeilleure\s+réponse\b|\bréponse\s+acceptée\b"
    r"|\bmejor\s+respuesta\b|\brespuesta\s+aceptada\b|\bmelhor\s+resposta\b|\bresposta\s+aceita\b"
    r"|\bmigliore\s+risposta\b|\brisposta\s+accettata\b|\bbeste\s+antwoord\b|\bgeaccepteerd\s+antwoord\b"
    r"|\b(?:najlepsza|zaakceptowana)\s+odpowiedź\b|\bnejlepší\s+odpověď\b|\bcel\s+mai\s+bun\s+răspuns\b"
    r"|\bbästa\s+svar(?:et)?\b|\bbedste\s+svar\b|\bbeste\s+svar(?:et)?\b|\bparas\s+vastaus\b"
    r"|\blegjobb\s+válasz\b|\ben\s+iyi\s+(?:cevap|yanıt)\b|καλύτερη\s+απάντηση|лучший\s+ответ"
    r"|найкраща\s+відповідь|най-добър\s+отговор|најбољи\s+одговор|\bnajbolji\s+odgovor\b"
    r"|\bgeriausias\s+atsakymas\b|\bmillor\s+resposta\b|\bjawaban\s+terbaik\b|câu\s+trả\s+lời\s+hay\s+nhất"
    r"|\bpinakamahusay\s+na\s+sagot\b"
    # ... and the language tables' labels (text/languages.py, 'accepted_answer': Swahili "jibu bora", ...)
    rf"|(?<!\w){alternation('accepted_answer')}(?!\w)"
    # the Turkic languages of Central Asia and the Caucasus: Kyrgyz, Kazakh, Uzbek, Azerbaijani
    r"|эң\s+жакшы\s+жооп|ең\s+жақсы\s+жауап|\beng\s+yaxshi\s+javob\b|\bən\s+yaxşı\s+cavab\b"
    # (round 22) the boards in Arabic script: Sindhi, Urdu, Persian, Arabic ("بهترين جواب", "بہترین جواب", "بهترین
    # پاسخ", "أفضل إجابة")
    r"|بهترين\s+جواب|بہترین\s+جواب|بهترین\s+(?:پاسخ|جواب)|أفضل\s+(?:إجابة|جواب)"
    # a community help site's mark under the reply its asker accepted ("✓ Solution accepted by the topic author",
    # "Rozwiązanie zaakceptowane", "Solución aceptada", "Lösung akzeptiert", "Solution acceptée")
    r"|\bsolution\s+accepted\b|\baccepted\s+by\s+(?:the\s+)?(?:topic|thread|question)\s+(?:author|starter|owner)\b"
    r"|\brozwiązanie\s+zaakceptowane\b|\bzaakceptowane\s+rozwiązanie\b|\bsolución\s+aceptada\b"
    r"|\bsolução\s+aceita\b|\bsoluzione\s+accettata\b|\blösung\s+akzeptiert\b|\bakzeptierte\s+lösung\b"
    r"|\bsolution\s+acceptée\b|\bgeaccepteerde\s+oplossing\b|\bprijaté\s+riešenie\b|\bpřijaté\s+řešení\b)",
    regex.IGNORECASE)
ACCEPTED_MARK_MAX_WORDS = 12  # the mark is a label on a line of its own, not a sentence about answers
ASIDE = re.compile(r"\([^()]{0,80}\)")  # a parenthesised aside on a label line
SENTENCE_SIGNS = re.compile(r"[.:;!?。：？！]")


@functools.lru_cache(maxsize=LINE_CACHE_LINES)  # a pure line test asked again (issue 19)
def is_accepted_mark(line: str) -> bool:
    """Whether a line is a Q&A page's or a thread's mark over its accepted or best answer (:data:`ACCEPTED_MARK`): a
    label of a few words with no sentence in it, not a sentence about the answers ("The accepted answer covers the
    basics.", "Which is the best answer here?").

    >>> is_accepted_mark("✓ Accepted"), is_accepted_mark("The accepted answer covers the basics. Two more:")
    (True, False)
    >>> is_accepted_mark("✔ Najlepsza odpowiedź"), is_accepted_mark("Which is the best answer here?")
    (True, False)
    >>> is_accepted_mark("★ Best answer (most votes: 54)"), is_accepted_mark("✔ Эң жакшы жооп")
    (True, True)
    """
    # (split at most that many times: a paragraph is not split whole to be turned away)
    label = ASIDE.sub("", line) if "(" in line else line  # "Best answer (most votes: 54)": the aside is no sentence
    return (len(line.split(None, ACCEPTED_MARK_MAX_WORDS)) <= ACCEPTED_MARK_MAX_WORDS
            and not SENTENCE_SIGNS.search(label) and ACCEPTED_MARK.search(line) is not None)


ACCEPTED_REACH = 3  # the reply's head stands right under the mark (or right over it)
# A forum post's head: who posted it, then its date ("Post by: NAME » 2024-07-10 08:41", "Parašė: NAME » …",
# "Posted by NAME on 10 Jul 2024"), in English or a posted-by phrase of the language tables.
POST_HEAD = regex.compile(rf"^(?:post(?:ed)?\s+by|{alternation('posted_by', other_languages())})\s*[:：]?\s+"
                          r"(?P<who>[^»|·\d]{2,60}?)\s*(?:[»|·—–-]|\s(?:on|at)\s)(?=[^\n]{0,40}\d)", regex.I)


def accepted_reply(lines: list[str]) -> Byline | None:
    """The writer of the reply a thread marks as its accepted or best answer: the post head right under (or over)
    the mark, else ``None``.

    >>> accepted_reply(["Post by: bo » 2024-07-09", "Hi?", "✔ Best answer", "Post by: Ana Reis » 2024-07-10", "Do X."])
    Byline(name='Ana Reis', credentials=None)
    >>> accepted_reply(["Post by: bo » 2024-07-09", "Which is the best answer here?"]) is None
    True
    """
    texts = [line.strip() for line in lines if line.strip()]
    for k, text in enumerate(texts):
        if not is_accepted_mark(text):
            continue
        near = texts[k + 1:k + 1 + ACCEPTED_REACH] + texts[max(0, k - ACCEPTED_REACH):k][::-1]
        for head in near:
            if (m := POST_HEAD.match(head)) and (named := split_name(m["who"])) is not None:
                return Byline(named.name)
    return None


ACCEPTED_CARD_REACH = 4  # lines between the mark and the answerer's name (a second label, a vote count)
# A post's time stamp on a line of its own under the poster's name: "2024/6/3 22:40", "06-07-2023, 10:22 PM".
POSTED_AT = re.compile(r"^(?:old\s+)?\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}(?:,?\s+\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?)?$", re.I)
# What a site appends to every member's name ("mikan_0412さん", "kuma様"): an honorific, no part of the name
SITE_HONORIFIC = re.compile(r"(?:さん|様|さま|殿|氏|님)$")
# a member's handle: one token of letters and digits, a letter among them (a lone number on a card is its votes or
# its reputation, "17", "8,417": never the member)
HANDLE = regex.compile(r"(?=[\p{N}_.-]*\p{L})[\p{L}\p{N}][\p{L}\p{N}\p{M}_.-]{1,29}")


CARD_CELLS = re.compile(r"(?<!\s)\s+[•·|]\s+")
MIN_CARD_CELLS = 2
MAX_CARD_ROW_CHARS = 120


BRACKETED_HANDLE = regex.compile(r"\s*\(@[\w.]{1,30}\)")  # a display name's account handle after it: "(@ana_r)"


def card_row_name(text: str) -> str | None:
    """The member a one-row post card names, the cells split by bullets or bars: the name (a person's, or a handle
    of one token) first, then the member's rank or stats, one cell at least holding a number ("old_digger • 30
    years on plot 4 • 812 posts"); else ``None``.

    >>> card_row_name("Ana Ruiz • moderator • 1 120 posts"), card_row_name("Home • News • Contact")
    ('Ana Ruiz', None)
    >>> card_row_name("Ana Ruiz (@ana_r) · 3 May 2025, 16:31")  # the display name over the handle (SPEC)
    'Ana Ruiz'
    """
    if len(text) > MAX_CARD_ROW_CHARS or "•" not in text and "·" not in text and "|" not in text:
        return None
    cells = CARD_CELLS.split(text)
    if len(cells) < MIN_CARD_CELLS or not any(DIGIT.search(cell) for cell in cells[1:]) or SENTENCE_SIGNS.search(
            cells[0]):
        return None
    named = name_line(BRACKETED_HANDLE.sub("", cells[0]))  # "NAME (@handle)": the display name (SPEC)
    if named is not None and is_person_name(named.name):
        return named.name
    return cells[0] if HANDLE.fullmatch(cells[0]) and any(c in "_.0123456789" for c in cells[0]) else None


def accepted_card(lines: list[str]) -> Byline | None:
    """The writer of the answer a Q&A page marks accepted or best (:data:`ACCEPTED_MARK`): the name (or handle, its
    site-added honorific dropped) standing over a time stamp within a few lines under the mark; else ``None``.

    >>> accepted_card(["Q?", "mika_7さん", "2024/6/3 21:15", "Body.", "ベストアンサー", "ぽぷら家事部さん",
    ...                "2024/6/3 22:40"])
    Byline(name='ぽぷら家事部', credentials=None)
    >>> accepted_card(["✓ Accepted", "Ines Dorado", "12 March 2024", "Use less."]), accepted_card(["Best answer"])
    (Byline(name='Ines Dorado', credentials=None), None)
    >>> accepted_card(["★ Best answer (chosen by the asker)", "old_digger • 30 years on plot 4 • 812 posts", "Do X."])
    Byline(name='old_digger', credentials=None)
    """
    texts = [line.strip() for line in lines if line.strip()]
    for k, text in enumerate(texts):
        if not is_accepted_mark(text):
            continue
        if k + 1 < len(texts) and (carded := card_row_name(texts[k + 1])) is not None:
            return Byline(carded)  # the card on one row under the mark: "NAME • rank • 812 posts"
        for j in range(k + 1, min(k + 1 + ACCEPTED_CARD_REACH, len(texts) - 1)):
            stamp = texts[j + 1]
            if not (POSTED_AT.match(stamp) or is_date_line(stamp)):
                continue
            name = SITE_HONORIFIC.sub("", texts[j]).strip()
            if (named := name_line(name)) is not None:
                return Byline(named.name)
            return Byline(name) if HANDLE.fullmatch(name) else None
        return None
    return None


# The member's stats a forum prints under a poster's name, in the languages forum software is translated into
# ("Posts: 2,104", "Mensajes: 4120", "Beiträge: 88", "Posty: 12", "Сообщений: 310", "Joined: May 2014")
# (the labels: languages.py, 'member_posts' and 'member_joined')
MEMBER_STAT_ABROAD = regex.compile(
    rf"^(?:{alternation('member_posts')}|{alternation('member_joined')})\s*:?\s*\S", regex.I)
# A poster's online status the software prints before the name ("Offline NAME", "Desconectado NAME", "Hors ligne")
ONLINE_STATUS = regex.compile(rf"^{alternation('online_status')}\s+(?=\S)", regex.I)  # (languages.py)
CARD_STATS_REACH = 4  # the card's lines under the name: rank, stars, post count, join date
CARD_RANK_MAX_WORDS = 3  # a poster's rank or title ("Moderador Global", "Ekspertka Społeczności")
CLOCK = re.compile(r"(?<!\d)\d{1,2}:\d{2}(?!\d)")
INVISIBLE = "\u200e\u200f\u200b\u2060\ufeff"  # marks a page may print around a stamp (left-to-right, zero width)


def post_card_name(texts: list[str], k: int, stats: bool = True) -> str | None:
    """The poster a forum's or a community site's post card names at ``texts[k]``, else ``None``: a member's name
    (a handle, or a person's name after the software's online status) over their stats ("Mensajes: 4120") within
    a few lines, or over a short rank line and the post's time stamp with its clock time ("Ekspertka Społeczności",
    "13-11-2024 10:22"). Without ``stats`` only the second: a card over stats alone is read by segment's own rules
    for a thread's first post.

    >>> post_card_name(["Desconectado Ana Ruiz", "Moderadora", "*****", "Mensajes: 412", "Hola."], 0)
    'Ana Ruiz'
    >>> post_card_name(["kasia_r93", "Nowicjusz", "12-11-2024 21:40", "Dzień dobry."], 0)
    'kasia_r93'
    >>> post_card_name(["Ana Ruiz", "Moderadora", "12 May 2024", "Hola."], 0) is None  # no clock: a blog's byline
    True
    >>> post_card_name(["wrenfield", "Senior Member · Joined: May 2014 · Posts: 88", "Hi."], 0)  # a row of stats
    'wrenfield'
    >>> post_card_name(["wrenfield", "Moderator", "12-11-2024 21:40", "Hi."], 0) is None  # a word, no stats
    True
    """
    if not stats and (k + 2 >= len(texts) or ":" not in texts[k + 2]):
        return None  # the cheap test first: a card without stats needs a stamp with a clock (a colon) two lines under
    text = ONLINE_STATUS.sub("", texts[k].strip(INVISIBLE + " \t"), count=1)
    if not text or len(text) > 60 or SENTENCE_SIGNS.search(text):
        return None
    named = name_line(text)
    name = named.name if named is not None and is_person_name(named.name) else text if (
        HANDLE.fullmatch(text) and any(c in "_.0123456789" for c in text)) else None
    plain = name is None and text.islower() and HANDLE.fullmatch(text) is not None  # "quietfern": a handle only
    if name is None and not plain:  # over the member's stats (a word alone may be anything)
        return None
    under = [line.strip(INVISIBLE + " \t") for line in texts[k + 1:k + 1 + CARD_STATS_REACH]]
    if stats and any(MEMBER_STAT_ABROAD.match(cell) for line in under for cell in CARD_CELLS.split(line)):
        return name or text  # (the stats one a line, or a row of them after the rank: "Member · Posts: 212")
    if name is None:
        return None
    if len(under) >= 2 and 0 < len(under[0].split()) <= CARD_RANK_MAX_WORDS and not SENTENCE_SIGNS.search(
            under[0]) and not CLOCK.search(under[0]) and CLOCK.search(under[1]) and (
            POSTED_AT.match(under[1]) or is_date_line(under[1])):
        return name
    return None


def accepted_post(lines: list[str]) -> Byline | None:
    """The writer of the post a thread's mark of acceptance stands inside (:data:`ACCEPTED_MARK`): the nearest post
    card above the mark (a board prints the mark at the top of the chosen reply's text, under its card; a
    community help site under the reply's text), else ``None``.

    >>> accepted_post(["bo_k", "Member", "2024-07-09 10:00", "Hi?", "Ana Ruiz", "Expert", "2024-07-10 09:12",
    ...                "Do X.", "✓ Solution accepted by the topic author", "bo_k", "Member", "2024-07-11 08:00"])
    Byline(name='Ana Ruiz', credentials=None)
    >>> accepted_post(["bo_k", "Member", "2024-07-09 10:00", "Which is the best answer here?"]) is None
    True
    >>> accepted_post(["Offline Ana Ruiz", "Global Moderator", "*****", "Posts: 4120", "Re: Pots", "✔ Best answer"])
    Byline(name='Ana Ruiz', credentials=None)
    """
    texts = [line.strip() for line in lines if line.strip()]
    for k, text in enumerate(texts):
        if not is_accepted_mark(text):
            continue
        for j in range(k - 1, -1, -1):
            if (name := post_card_name(texts, j)) is not None:
                # a rank in two capitalised words reads as a name ("Moderador Global" over the stars and the
                # post count): the card's name is the line over it when that line is a card's name too
                return Byline(post_card_name(texts, j - 1) or name if j > 0 else name)
        return None
    return None


# A forum's thanks line under a post, naming the post's writer and how many members thanked it (vBulletin's "The
# Following 14 Users Say Thank You to NAME For This Useful Post:", "3 users thanked NAME for this post", German
# boards' "Die folgenden 5 Benutzer sagen Danke zu NAME für diesen nützlichen Beitrag:"). A thread is read for its
# top reply (SPEC): the most-thanked post is it, whatever stands first under the question.
THANKS_LINE = re.compile(
    r"^(?:the\s+following\s+(?P<n1>\d{1,5})\s+users?\s+says?\s+thanks?(?:\s+you)?\s+to\s+(?P<w1>\S.{0,60}?)"
    r"\s+for\s+(?:this|the)\s+(?:useful\s+)?post"
    r"|(?P<n2>\d{1,5})\s+(?:users?|members?)\s+thanked\s+(?P<w2>\S.{0,60}?)\s+for\s+(?:this|the)\s+(?:useful\s+)?post"
    r"|(?:die\s+)?folgenden?\s+(?P<n3>\d{1,5})\s+benutzer\s+sagen\s+danke\s+zu\s+(?P<w3>\S.{0,60}?)\s+für\s+"
    r"(?:diesen|den)\s+(?:nützlichen\s+)?beitrag)\s*[:.]?\s*$", re.I)
THANKS_LINE_MAX_CHARS = 160


@dataclass(frozen=True, slots=True)
class Thanked:
    name: str  # the post's writer
    line: int  # the index of the thanks line among the lines given
    count: int


def most_thanked(lines: list[str]) -> Thanked | None:
    """The post a thread's members thanked most (:data:`THANKS_LINE`), its writer and its thanks line; ``None`` on a
    page with no thanks line. A tie goes to the earlier post.

    >>> most_thanked(["#2", "Subscribed.", "The Following 2 Users Say Thank You to tench_tom For This Useful Post:",
    ...               "#3", "Use a tub.", "The Following 9 Users Say Thank You to Ola Nordmann For This Useful Post:"])
    Thanked(name='Ola Nordmann', line=5, count=9)
    >>> most_thanked(["I thank you for this post."]) is None
    True
    """
    best: Thanked | None = None
    for k, line in enumerate(lines):
        if len(line) > THANKS_LINE_MAX_CHARS or "thank" not in (low := line.lower()) and "danke" not in low:
            continue  # the cheap test first: most lines thank nobody
        m = THANKS_LINE.match(line.strip())
        if m is None:
            continue
        count = int(m["n1"] or m["n2"] or m["n3"])
        who = (m["w1"] or m["w2"] or m["w3"]).strip()
        name = named.name if (named := name_line(who)) is not None else who if HANDLE.fullmatch(who) else None
        if name and (best is None or count > best.count):
            best = Thanked(name, k, count)
    return best


# A comment's head on a link-sharing community's page, with the votes its readers gave it: an old-style export's
# "[–]NAME 847 points 3 months ago* (12 children)", flags after the name ("[S]" the submitter, "[M]" a moderator);
# or "NAME · 847 points · 3 mo. ago". SPEC reads such a thread for its top comment: the most-voted one.
VOTED_HEAD = regex.compile(r"^(?:\[[–−-]\]\s*)?(?P<who>[\p{L}\p{N}_-]{2,30})(?P<flags>(?:\s?\[[A-Z+]{1,3}\])*)"
                           r"\s*[·•]?\s+(?P<n>-?\d[\d,.]{0,8}k?)\s+(?:points?|votes?|upvotes?)\b(?P<rest>.{0,80})$",
                           regex.I)
VOTED_HEAD_MAX_CHARS = 140
# a comment that is no reply of a person: a bot's or moderator's notice pinned on top, a deleted or removed one
NOT_A_REPLY = regex.compile(r"\bstickied\b|\bpinned\b|^(?:deleted|removed|automoderator)$", regex.I)
MIN_VOTED_HEADS = 2  # a thread of comments; one such line may be anything


@dataclass(frozen=True, slots=True)
class Voted:
    name: str  # the comment's writer
    line: int  # the index of its head among the lines given
    count: int


def _votes(figure: str) -> int:
    """A vote count as printed: "847", "1,204", "3.4k".

    >>> _votes("847"), _votes("1,204"), _votes("3.4k")
    (847, 1204, 3400)
    """
    figure = figure.lower()
    if figure.endswith("k"):
        return int(float(figure[:-1].replace(",", ".") or 0) * 1000)
    return int(figure.replace(",", "").replace(".", "") or 0)


def voted_heads(lines: list[str]) -> list[Voted]:
    """Every comment head with its votes (:data:`VOTED_HEAD`) of a thread's people (not the submitter's own
    comments, marked "[S]", nor a stickied notice or a deleted comment), in page order.

    >>> [v.name for v in voted_heads(["[–]AutoMod[M] 1 point 3 months ago - stickied comment", "Hi.",
    ...                               "[–]ana_k 847 points 3 months ago", "Do X.", "[–]op_1[S] 9 points 2 months ago"])]
    ['ana_k']
    """
    heads = []
    for k, line in enumerate(lines):
        text = line.strip()
        if len(text) > VOTED_HEAD_MAX_CHARS or "point" not in (low := text.lower()) and "vote" not in low:
            continue  # the cheap test first (lower-cased once)
        m = VOTED_HEAD.match(text)
        if m is None or "S" in m["flags"].upper().replace("[", "").replace("]", "") and "M" not in m["flags"].upper():
            continue
        if NOT_A_REPLY.search(m["rest"]) or NOT_A_REPLY.match(m["who"]):
            continue
        heads.append(Voted(m["who"], k, _votes(m["n"])))
    return heads


def most_voted(lines: list[str]) -> Voted | None:
    """The comment a thread's readers voted highest (:func:`voted_heads`), on a page showing two or more such
    heads; ``None`` otherwise. A tie goes to the earlier comment.

    >>> most_voted(["[–]bo_7 402 points 1 day ago", "Cook twice.", "[–]ana_k 847 points 1 day ago", "Shop less."])
    Voted(name='ana_k', line=2, count=847)
    >>> most_voted(["I scored 40 points in the quiz."]) is None
    True
    """
    heads = voted_heads(lines)
    if len(heads) < MIN_VOTED_HEADS:
        return None
    return max(heads, key=lambda v: (v.count, -v.line))


# A news release says it is one near its top ("FOR IMMEDIATE RELEASE", "NEWS RELEASE · No. 7", "Pressemitteilung"):
# the organisation that issues it wrote it; a media contact or a spokesperson quoted in it did not.
RELEASE_MARK = regex.compile(r"\b(?:for\s+immediate\s+release|(?:press|news|media)\s+releases?|pressemitteilung|"
                             r"communiqué\s+de\s+presse|nota\s+de\s+prensa|comunicato\s+stampa|persbericht)\b"
                             # a newswire's dateline tag: "LEEDS, 2 May 2024 /Harbour Wire/ —", "/PRNewswire/"
                             r"|\s/\s?\p{Lu}[\p{L} -]{0,30}wire\s?/(?:\s|$)", regex.I)
RELEASE_REACH = 6  # the mark stands over the headline, among the first few lines
# each mark holds one of these words
RELEASE_WORDS = ("release", "pressemitteilung", "communiqué", "prensa", "stampa", "persbericht", "wire/")
_ORG = r"(?P<org>\p{Lu}[\w&'’.-]*(?:\s+(?:of|for|and|&|\p{Lu}[\w&'’.-]*)){0,6})"
# Where a release names its issuer: "Issued by the X.", "Source: X Ltd", the boilerplate's "About the X" heading.
ISSUER = regex.compile(rf"^(?:this\s+(?:release|statement)\s+(?:is|was)\s+)?issued\s+by\s+(?:the\s+)?{_ORG}"
                       rf"(?=[.,;]|\s*$)|^(?:source|quelle|fuente|fonte)\s*:\s*(?:the\s+)?{_ORG}\s*$"
                       rf"|^about\s+(?:the\s+)?{_ORG}\s*(?:$|:\s)", regex.I)  # "About X: X supplies ..." too


# An office of the organisation issuing a release ("the Communications Office, X"): the organisation after it issues
OFFICE_WORDS = frozenset("office desk department team unit division".split())
OFFICE_OF = regex.compile(rf",\s*(?:the\s+)?{_ORG}(?=[.,;]|\s*$)", regex.I)


def release_issuer(lines: list[str]) -> str | None:
    """The organisation a news release is issued by, as the text writes it, or ``None`` (not a release, or no
    issuer named): its "Issued by" or "Source:" line, its "About X" boilerplate, or its masthead in capitals that the
    text names again ("LAKESHORE RESCUE SERVICE" over "... Lakeshore Rescue Service is reminding ...").

    >>> release_issuer(["FOR IMMEDIATE RELEASE", "Rowers Open Free Weeks", "Text.", "Issued by the Ely Rowing Club."])
    'Ely Rowing Club'
    >>> release_issuer(["FENWAY RESCUE", "NEWS RELEASE · 19 Jan", "Title", "Fenway Rescue asks you to stay off ice."])
    'Fenway Rescue'
    >>> release_issuer(["Rowers Open Free Weeks", "Issued by the Ely Rowing Club."]) is None
    True
    >>> release_issuer(["NEWS RELEASE", "Title", "Text.", "About Fenmoor Water Board: the Board supplies water."])
    'Fenmoor Water Board'
    >>> release_issuer(["NEWS RELEASE", "Title", "Issued by the Press Office, Fenmoor Water Board", "Text."])
    'Fenmoor Water Board'
    """
    top = [line.strip() for line in lines[:RELEASE_REACH * 2] if line.strip()][:RELEASE_REACH]
    lowered = " ".join(top).lower()
    if not any(word in lowered for word in RELEASE_WORDS) or not any(RELEASE_MARK.search(line) for line in top):
        return None  # (a plain word test first: few pages are releases)
    for line in lines:  # (a boilerplate paragraph opening "About X: ..." may run long: its head is read)
        if (len(line) < 200 or line[:6].lower() == "about ") and (m := ISSUER.match(line.strip()[:200])) is not None:
            org = m["org"].strip(" .")
            if org.split()[-1].casefold() in OFFICE_WORDS and (
                    parent := OFFICE_OF.match(line.strip()[:200], m.end())) is not None:
                org = parent["org"].strip(" .")  # "the Press Office, Fenmoor Water Board": the Board issues it
            return LEGAL_FORM.sub("", org)
    masthead = top[0]
    if masthead.isupper() and len(masthead.split()) <= MAX_MASTHEAD_WORDS and not RELEASE_MARK.search(masthead):
        named = regex.search(regex.escape(masthead), "\n".join(lines[1:]), regex.I)
        return named.group() if named and not named.group().isupper() else None
    return None


MAX_MASTHEAD_WORDS = 5  # a masthead in capitals: the organisation's name, not a headline

# A public body's page credits the office that owns its text in a line of its own at the foot: "Content source:
# AGENCY, Office of ...", "Content owner: the X Board". The body writes the page (SPEC: a team or sub-office named
# there is its organisation): its name before the office's.
CONTENT_SOURCE = regex.compile(rf"^(?:content|page|information)\s+(?:source|owner)\s*:\s*(?:the\s+)?{_ORG}"
                               r"(?=\s*(?:[,;.]|$))", regex.I)
MAX_CONTENT_SOURCE_CHARS = 160


def content_source(lines: list[str]) -> str | None:
    """The body a page's "Content source: BODY, Office of ..." line names, without its legal form, else ``None``
    (or where the line names a person: a writer's credit is read as a byline).

    >>> content_source(["Text.", "Content source: Lakeland Water Board, Office of Customer Advice", "Related"])
    'Lakeland Water Board'
    >>> content_source(["Content source: Ann Lee"]), content_source(["Source: Lakeland Water Board"])
    (None, None)
    """
    for line in lines:
        text = line.strip()
        if len(text) <= MAX_CONTENT_SOURCE_CHARS and text[:1] in "CcPpIi" and (
                m := CONTENT_SOURCE.match(text)) is not None and not is_person_name(org := m["org"].strip(" .")):
            return LEGAL_FORM.sub("", org)
    return None


def split_inline_bio(line: str) -> list[str]:
    """Split a paragraph where an "About the Author:" heading was glued onto its last sentence.

    >>> split_inline_bio("Caring is contagious please spread the word About the Author: Notice – You may ...")
    ['Caring is contagious please spread the word', 'About the Author: Notice – You may ...']
    >>> split_inline_bio("Nothing to split here.")
    ['Nothing to split here.']
    >>> split_inline_bio("Author Resource Box:")  # one heading
    ['Author Resource Box:']
    """
    m = _inline_bio(line)
    return [line[: m.start()], line[m.end():]] if m else [line]


# The host's words before a guest's name in a closing bio ("Our guest this week, NAME, is a ..."): the name after
# them opens the bio as a bare name does.
GUEST_LEAD = re.compile(r"^(?:our|this\s+week['’]s|today['’]s|this\s+month['’]s)\s+(?:guest(?:\s+(?:writer|author|"
                        r"blogger|contributor))?|contributor)(?:\s+(?:this\s+(?:week|month)|today))?,\s+(?=\S)", re.I)
# An "Author:" label opening a closing bio sentence, perhaps in Markdown's bold ("**Author:** NAME teaches ...").
AUTHOR_LEAD = re.compile(r"^(?:\*\*|__)?(?:author|writer)(?:\*\*|__)?\s*:\s*(?:\*\*|__)?\s*(?=\S)", re.I)


def name_in_bio(text: str) -> Byline | None:
    """Read the author's name from the start of a bio ("Sharon Housley manages ...", "Susan Dunn, MA, ...").

    >>> name_in_bio("Sharon Housley manages marketing for NotePage, Inc.")
    Byline(name='Sharon Housley', credentials=None)
    >>> name_in_bio("Susan Dunn, MA Psychology, Emotional Intelligence Coach, http://www.susandunn.cc . Helping")
    Byline(name='Susan Dunn', credentials='MA Psychology, Emotional Intelligence Coach')
    >>> name_in_bio("Our company sells paging software.") is None, name_in_bio("Dr. Ana de la Cruz is a vet.").name
    (True, 'Ana de la Cruz')
    >>> name_in_bio("Our guest this week, Ana Reis, is a vet in Porto.")
    Byline(name='Ana Reis', credentials=None)
    >>> name_in_bio("J.R.M. OKONKWO-BASSEY spent twelve years in agency design.").name
    'J.R.M. Okonkwo-Bassey'
    """
    guest = GUEST_LEAD.match(text.strip())
    text = text.strip()[guest.end():] if guest else AUTHOR_LEAD.sub("", text.strip(), count=1)
    m = BIO_LEAD_NAME.match(text.strip())
    named = tidy_name(m["name"]) if m else None
    if named is None or not is_person_name(named.name):
        return None
    after = text.strip()[m.end("name"):]
    credentials = [named.credentials] if named.credentials else []
    if (degrees := POSTNOMINAL_APPOSITION.match(after)) is not None:  # "NAME, DVM, has run ..."
        credentials.append(degrees["degrees"])
    elif after.startswith(",") and not guest:  # (after a guest's name the comma closes the apposition)
        creds = re.split(r",?\s*(?:https?://|www\.|\.\s)", after[1:], maxsplit=1)[0].strip(" ,")
        credentials += [creds] if 0 < len(creds.split()) <= 10 else []
    return Byline(name=named.name, credentials=", ".join(credentials) or None)


def make_bio(text: str) -> AuthorBio | None:
    """Build the ``AuthorBio`` of a bio text, with its emails and URLs pulled out (text kept verbatim).

    >>> bio = make_bio("Jane helps teams. http://www.example.com . Mailto:jane@example.com for news.")
    >>> bio.emails, bio.urls
    (['jane@example.com'], ['http://www.example.com'])
    >>> make_bio("   ") is None
    True
    """
    text = text.strip()
    if not text:
        return None
    emails = list(dict.fromkeys(m.group(1) for m in EMAIL.finditer(text)))
    urls = list(dict.fromkeys(u.rstrip(".,;:") for u in URL.findall(text)))
    return AuthorBio(text=text, emails=emails, urls=urls)


def is_signoff(line: str, names: list[str]) -> bool:
    """Tell a bare sign-off ("JoAnna", "- Jane Doe") naming one of ``names`` from a closing body line.

    >>> is_signoff("JoAnna", ["JoAnna Brandi"]), is_signoff("— Jane", ["Jane Doe"]), is_signoff("JoAnna", [])
    (True, True, False)
    >>> is_signoff("Try This", ["JoAnna Brandi"])
    False
    """
    words = line.strip(" \t-–—~").split()
    if not words or len(words) > MAX_SIGNOFF_WORDS or not all(NAME_TOKEN.fullmatch(w.rstrip(",")) for w in words):
        return False
    known = {t.lower() for name in names for t in name.split()}
    return all(w.rstrip(",").lower() in known for w in words)


DASH_SIGNOFF = re.compile(r"^\s*(?:-{1,2}|[–—~]{1,2}|―)\s*(?P<who>[^\s\-–—~―].*?)\s*$")


# The credit line a social site's embed code sets under a quoted post: the poster's name, the handle in brackets and
# the post's date ("— NAME (@handle) November 19, 2019"): the poster is quoted, never the page's writer. Read so only
# under the post's own last line, which the embed prints with its link ("https://t.co/...", "pic.twitter.com/..."):
# a writer may sign her own piece with her handle and a date under her last tip.
EMBEDDED_POST_CREDIT = regex.compile(r"\(@[\w.]{1,30}\)\s+\S[^()]{0,40}(?<!\d)(?:19|20)\d\d\s*$")
EMBEDDED_POST_LINK = regex.compile(r"(?:https?://|\bpic\.twitter\.com/)\S+\s*$", regex.I)


def dash_signoff(line: str, above: str = "") -> Byline | None:
    """Read a sign-off on a dash line under the text ("— Ana de la Cruz", "-- JANE DOE, Garden Editor").

    ``above`` is the line over it: under a quotation the dash line credits the person quoted, not the writer.

    >>> dash_signoff("— Ana de la Cruz"), dash_signoff("-- JANE DOE, Garden Editor")
    (Byline(name='Ana de la Cruz', credentials=None), Byline(name='Jane Doe', credentials='Garden Editor'))
    >>> dash_signoff("— Mark Twain", above="“Kindness is a language the deaf can hear.”"), dash_signoff("- Be kind")
    (None, None)
    >>> dash_signoff("— Ann Lee (@annlee) November 19, 2019", above="So true! pic.twitter.com/x1")  # a post's poster
    >>> dash_signoff("— Ann Lee (@annlee) May 2, 2024", above="Water before noon.").name  # the writer's own
    'Ann Lee'
    >>> dash_signoff("-- R.Å.")  # initials only: the writer as the page gives them
    Byline(name='R.Å.', credentials=None)
    """
    m = DASH_SIGNOFF.match(line)
    if not m or QUOTATION_END.search(above.strip()) or DASH_SIGNOFF.match(above) and line.lstrip()[:1] == "-":
        return None  # (under a quotation: its speaker; under another "- " line: a list's last item)
    if EMBEDDED_POST_CREDIT.search(m["who"]) and EMBEDDED_POST_LINK.search(above):
        return None  # "— NAME (@handle) DATE": an embedded social post's own credit, its poster quoted in the piece
    if is_initials_signature(m["who"]):
        return Byline(m["who"])  # "-- K.Ø.": a signature of initials only is the writer's, written as signed (SPEC)
    return parse_byline(m["who"]) if _byline(m["who"]) else split_name(m["who"])  # "— written by NAME"


# a signature of two to four initials, each a capital and its full stop ("K.Ø.", "J. M. R."): no word, no name
INITIALS_ONLY = regex.compile(r"\p{Lu}\.(?:\s?\p{Lu}\.){1,3}")
# Dotted abbreviations of the same shape that close a text as a note, a place or a phrase, never as its writer's
# initials: a postscript or nota bene, a country or union, a time of day, a Latin or set phrase. Their letters,
# folded, stops and spaces dropped.
DOTTED_ABBREVIATIONS = frozenset(
    "ps pps ppps nb us usa uk eu un uae am pm ie eg cf qed rip rsvp asap aka bc ad bce ce dc tv ok vip diy faq"
    .split())


def is_initials_signature(text: str) -> bool:
    """Whether a line is a signature of initials only ("T.C.", "J. M. R.", "K.Ø."): two to four capitals with
    their stops, no dotted abbreviation that closes a text on its own ("P.S.", "N.B.", "U.S.", "Q.E.D.").

    >>> is_initials_signature("T.C."), is_initials_signature("J. M. R."), is_initials_signature("K.Ø.")
    (True, True, True)
    >>> is_initials_signature("P.S."), is_initials_signature("U. K."), is_initials_signature("R.I.P.")
    (False, False, False)
    >>> is_initials_signature("R."), is_initials_signature("OK")
    (False, False)
    """
    return INITIALS_ONLY.fullmatch(text) is not None and (
        "".join(c for c in text if c.isalpha()).casefold() not in DOTTED_ABBREVIATIONS)


# A row's parts set apart by a bar or a dot ("Ann Lee | 3 May 2021", "TITLE · TITLE"), a blank run taken from its
# start only ((?<!\s): tried from each of its positions, a split was quadratic on a long run); DATED_PARTS also
# splits at the bullet operator some themes print ("March 3, 2021 ∙ Jens Østergaard"). One spelling for the
# segmenter's rows and the markup's footer and date rows.
ROW_PARTS = re.compile(r"(?<!\s)\s+[|·•]\s+")
# A date line's parts ("March 3, 2021 · Jens Østergaard · 6 min read"): a name among them is the writer's.
DATED_PARTS = re.compile(r"(?<!\s)\s+[|·•∙]\s+")


def dated_name(line: str) -> Byline | None:
    """The writer a line of dates and counts names as one of its parts, else ``None``.

    >>> dated_name("March 3, 2021 · Jens Østergaard · 6 min read"), dated_name("March 3, 2021 · Garden · 6 min read")
    (Byline(name='Jens Østergaard', credentials=None), None)
    >>> dated_name("22 May 2018 · Oral Health"), dated_name("Posted by Bright Dental | 22 May 2018 | Oral Health")
    (None, None)
    >>> dated_name("Posted 2 May 2021 · 서하은"), dated_name("Posted 2 May 2021 · Susan Dunn")
    (Byline(name='서하은', credentials=None), Byline(name='Susan Dunn', credentials=None))
    >>> dated_name("9.3.2024 10:05 | Autors: Oskars Liepa | Komentāri (2)").name
    'Oskars Liepa'
    >>> dated_name("9 March 2024 | By Oskars Liepa | 2 Comments").name
    'Oskars Liepa'
    """
    parts = DATED_PARTS.split(line.strip())
    if len(parts) < 2 or not any(DIGIT.search(p) for p in parts) or _byline(parts[0]):
        return None  # ("Posted by X | date | Category" is a byline, read as such)
    # a byline or a writer's label as a later part, after the date ("14.04.2023 | By NAME | 7 Comments", "… | Autors:
    # NAME | Komentāri (7)"): the row's byline
    credited = [b for p in parts[1:] if (b := parse_byline(p) if _byline(p) else writing_credit(p) if (
        ":" in p or any(c in p for c in LABEL_COLONS)) else None) is not None or (b := written_abroad(p)) is not None]
    if credited or any(_byline(p) for p in parts):
        return credited[0] if len(credited) == 1 else None
    # the last part is as often the post's category ("22 May 2018 · Oral Health"): a name stands before it
    names = [p for p in parts[:-1] if not DIGIT.search(p) and is_person_name(p)
             and not any(w.lower() in TITLE_FILLERS for w in p.split())]
    if not names and _last_is_name(parts):
        names = parts[-1:]  # "Posted 2 May 2021 · 서하은": the name ends the line when the lexicon knows it
    return Byline(normalise_case(names[0])) if len(names) == 1 else None


def name_before_date(line: str) -> Byline | None:
    """The writer a line names when it holds only a name, then the post's date and time, with no separator between
    them ("한소희 2024. 7. 9. 21:15", "Ann Lee 3 May 2019": how some blog platforms print the post's head), or the
    date first ("14. 3. 2024 Ann Lee"), else ``None``. The name must be one the name lexicon knows (or of a script
    it does not cover), never a category.

    >>> name_before_date("한소희 2024. 7. 9. 21:15"), name_before_date("Ann Lee 3 May 2019")
    (Byline(name='한소희', credentials=None), Byline(name='Ann Lee', credentials=None))
    >>> name_before_date("Garden Tips 3 May 2019"), name_before_date("Posted 3 May 2019"), name_before_date("Ann Lee")
    (None, None, None)
    >>> name_before_date("14. 03. 2024 Ann Lee"), name_before_date("3 May 2019 Garden Tips")
    (Byline(name='Ann Lee', credentials=None), None)
    """
    first = DIGIT.search(line)
    if first is None:
        return None
    if first.start() == 0 and (dated := DATE_FIRST.match(line)) is not None:  # the date first, then the name
        name = line[dated.end():].strip()
        if not name or len(name.split()) > MAX_NAME_TOKENS or DIGIT.search(name):
            return None
        return Byline(normalise_case(name)) if _last_is_name([name]) else None
    name, date = line[:first.start()].strip(), line[first.start():].strip()
    if not name or len(name.split()) > MAX_NAME_TOKENS or not is_date_line(date):
        return None
    return Byline(normalise_case(name)) if _last_is_name([name]) else None


def _last_is_name(parts: list[str]) -> bool:
    """Whether the last part of a dated line is a person's name the name lexicon knows (a name in a script it does
    not cover, "서하은", or one with a known given name and no common word, "Ana Reis"), not a category ("Oral
    Health", "Garden Tips")."""
    last = parts[-1].strip()
    if DIGIT.search(last) or not is_person_name(last) or any(w.lower() in TITLE_FILLERS for w in last.split()):
        return False
    from .line_roles import knows_name  # (line_roles reads this module: imported when first asked)
    return knows_name(last, "en")


# A WordPress theme's entry footer: "This entry was posted in CATEGORY and tagged TAGS by NAME on DATE."
ENTRY_FOOTER = re.compile(r"^this\s+(?:entry|post)\s+was\s+(?:posted|filed)\b.{0,200}?\s+by\s+(?P<who>\S.{0,60}?)"
                          r"\s+on\s+[^.]*\d", re.I)


def entry_footer(line: str) -> Byline | None:
    """The writer a blog theme's entry footer names, else ``None``.

    >>> entry_footer("This entry was posted in Setup and tagged desk by Priya Ram on 12 May 2022. Bookmark the link.")
    Byline(name='Priya Ram', credentials=None)
    """
    m = ENTRY_FOOTER.match(line.strip())
    return split_name(m["who"]) if m else None


# A theme's meta row under a post, the writer first and the post's fields after a separator: "Posted by: NAME |
# Categories: X | Tags: Y | 3 Comments", in the theme's language ("பதிவிட்டவர்: NAME | வகைகள்: X", "Publicat per
# NAME · Etiquetes: X"). The row says who posted as a blog footer's "at TIME" does: a field after the name, here a
# meta label with its colon or a count, proves the row is the theme's and not a sentence.
META_ROW_FOOTER = re.compile(rf"^(?:(?:posted|written|published)\s+by|{alternation('posted_by', other_languages())})"
                             r"\s*[:：]?\s+(?P<who>[^|·•:：\d]{2,60}?)\s*[|·•]\s*(?P<field>[^|·•]{1,60})", re.I)
META_ROW_FIELD = re.compile(rf"^(?:{alternation('meta_label')})\s*[:：]|^\d+\s+\S+$", re.I)


@line_reading_cache
def meta_row_footer(line: str) -> Byline | None:
    """The writer a theme's meta row under a post names first ("Posted by: NAME | Categories: X | 3 Comments"), in
    any language of the tables, else ``None``.

    >>> meta_row_footer("Posted by: Ida Moss | Categories: Balcony, Herbs | 4 Comments")
    Byline(name='Ida Moss', credentials=None)
    >>> meta_row_footer("Publicat per Pau Ferrer · Etiquetes: horta"), meta_row_footer("Posted by Ida Moss")
    (Byline(name='Pau Ferrer', credentials=None), None)
    >>> meta_row_footer("Posted by the river | we sat all day")
    """
    m = META_ROW_FOOTER.match(line.strip())
    if m is None or META_ROW_FIELD.match(m["field"].strip()) is None:
        return None
    return split_name(m["who"])


# A repost's credit to the piece's writer, where the page is posted by someone else (SPEC: a scraper copy is by the
# writer its "Source:" credit names, not the posting account; a reposted piece by the writer the page credits): "this
# tutorial was written by NAME and first appeared on ...", "Original article by NAME", "originally written by NAME".
# It opens the line, a note's label ("Editor's note:") or a sentence, never the middle of running prose.
ORIGINAL_WRITER = regex.compile(
    r"(?:(?:^|(?<=[:.!?(]\s)|(?<=[(\[*_]))(?:(?:this|the)\s+(?:original\s+)?(?:post|article|piece|tutorial|guide|"
    r"story|recipe|essay|column|text)\s+(?:was|is)\s+(?:originally\s+)?written\s+by|original\s+(?:article|story|"
    r"piece|text|recipe)\s+(?:written\s+)?by|originally\s+written\s+by)"
    # a repost's note naming whose leave it carries the piece by, anywhere in its sentence: "(shared here) with the
    # kind permission of its writer, NAME" (the writer, never the publisher or the editor a permission line names)
    r"|(?<=\s)permission\s+of\s+(?:its|the|their)\s+(?:writer|author)s?,?)\s+(?P<who>\S[^,;:()\[\]]{1,80})", regex.I)
# A reprint's note naming the writer by the blog or the newsletter the piece came from: "This month's feature is
# reprinted from NAME's blog, BLOG, with his kind permission" (the writer's own outlet: she wrote what it carried)
REPRINTED_FROM_WRITERS = regex.compile(
    r"\b(?:reprinted|republished|reposted|shared|adapted|taken)\s+(?:here\s+)?(?:with\s+permission\s+)?from\s+"
    r"(?P<who>\p{Lu}[^,;:()\[\]'’]{1,60}?)['’]s\s+(?:own\s+)?(?:blog|website|site|newsletter|column|substack|journal"
    r"|page)\b", regex.I)
# A note's sentence, after the note's first, crediting the writing: "Republished with permission from BLOG, where it
# first ran in 2021. Words by NAME." (only in a note that says where the piece came from: never a line of prose)
NOTE_SENTENCE_CREDIT = regex.compile(r"(?<=[.!?]\s)(?:words|text|written|story)\s+by\s+(?P<who>\S[^,;:()\[\]]{1,80})",
                                     regex.I)
PROVENANCE_NOTE = regex.compile(r"\b(?:republished|reprinted|reposted|permission|first\s+(?:ran|appeared|published)"
                                r"|originally\s+(?:ran|appeared|published))\b", regex.I)
# A closing note naming the writer before the verb: "NAME wrote this checklist for the paper's garden desk." (the
# line opens with the name and says no more than where the piece was written for)
NAME_WROTE_THIS = regex.compile(r"^(?P<who>[^,;:()]{3,60}?)\s+(?:wrote|has\s+written)\s+this\s+(?:guide|article|post"
                                r"|piece|story|recipe|column|essay|tutorial|checklist|list|feature|factsheet|leaflet)"
                                r"(?:\s+for\s+[^.!?]{1,80})?[.!]?$", regex.I)
MAX_NAME_WROTE_CHARS = 160
# Where the writer's name ends inside that sentence: "NAME and first appeared", "NAME, who runs ...", "NAME. It ...",
# "NAME for the club's bulletin" (the outlet it was written for)
WRITER_SENTENCE_END = re.compile(r"\.\s|\.$|\s+(?:and|who|which|on|in|at|for)\s+")
# A caption's or a picture's words naming the writer before the verb: "NAME, who wrote this guide, on day four ..."
# (SPEC: a caption or alt text saying who wrote the piece is a byline)
# "NAME, who cooks and writes every recipe on this blog, at her stove": the blog's writer, and so this recipe's
WHO_WROTE_THIS = regex.compile(r"^(?P<who>[^,;:()]{3,60}),\s+who\s+(?:\w+\s+and\s+)?(?:wrote|has\s+written|writes)\s+"
                               r"(?:this|every|each)\s+(?:guide|article|post|piece|story|recipe|column|essay|tutorial"
                               r"|blog)s?\b", regex.I)
MAX_ORIGINAL_LINE_CHARS = 600  # a note of a few sentences; a longer line is the article's own prose


def original_writer(line: str) -> Byline | None:
    """The writer a repost credits with the piece in a note or a source credit ("Editor's note: this post was
    written by NAME, who ...", "Original article by NAME"), or a caption names ("NAME, who wrote this guide, on
    the trail"), else ``None``: that writer outranks the account that posted the copy.

    >>> original_writer("Editor's note: this guide was written by Tomasz Wierzba and first ran on his blog.").name
    'Tomasz Wierzba'
    >>> original_writer("Editor's note: this piece was written by Oona Vesk for the Fellside Ramblers' bulletin.").name
    'Oona Vesk'
    >>> original_writer("Original article by Ngaio Pārata-Hughes").name
    'Ngaio Pārata-Hughes'
    >>> original_writer("Ilka Brandt, who wrote this guide, at the summit. Photo: Bo Ng").name
    'Ilka Brandt'
    >>> original_writer("It is shared here with the kind permission of its writer, Ilse Vaher, my neighbour.").name
    'Ilse Vaher'
    >>> original_writer("We loved the original article by our readers."), original_writer("Written by Ann Lee")
    (None, None)
    >>> original_writer("This issue's story is reprinted from Oskar Lindahl's blog, Shed Notes, with his permission.")
    Byline(name='Oskar Lindahl', credentials=None)
    >>> original_writer("Reprinted with permission from Shed Notes, where it ran in 2020. Words by Ines Mäkelä.").name
    'Ines Mäkelä'
    >>> original_writer("Tove Hagen wrote this guide for the Courier's home desk. Extra reporting by Bo Ng.").name
    'Tove Hagen'
    >>> original_writer("Marisol, who bakes and writes every recipe on this blog, at her oven").name
    'Marisol'
    >>> original_writer("It ran last year. Words by the dozen were written."), original_writer("Mum wrote this recipe.")
    (None, None)
    >>> original_writer("Julia Lee wrote this recipe on a card in 1962, and I changed the flour and the oven time.")
    """
    if not any(word in line for word in ("ritten", "riginal", "wrote", "writes", "ermission", "rint", "ublish")) or (
            len(line) > MAX_ORIGINAL_LINE_CHARS):
        return None
    one_word = False  # a caption saying who writes the blog's recipes may name her by one name, as the blog does
    if (m := ORIGINAL_WRITER.search(line)) is not None:
        who = WRITER_SENTENCE_END.split(m["who"], maxsplit=1)[0].strip()
    elif (m := WHO_WROTE_THIS.match(line.strip())) is not None:
        who, one_word = m["who"].strip(), True
    elif (m := REPRINTED_FROM_WRITERS.search(line)) is not None:
        who = m["who"].strip()
    elif PROVENANCE_NOTE.search(line) and (m := NOTE_SENTENCE_CREDIT.search(line)) is not None:
        who = WRITER_SENTENCE_END.split(m["who"], maxsplit=1)[0].strip().rstrip(".")
    elif len(line) <= MAX_NAME_WROTE_CHARS and (m := NAME_WROTE_THIS.match(_first_sentence(line.strip()))):
        who = m["who"].strip()
    else:
        return None
    if one_word and " " not in who and _one_name(who):
        return Byline(who)
    named = split_name(who)
    return named if named is not None and is_person_name(named.name) else None


def _first_sentence(text: str) -> str:
    """A line's first sentence (up to its first stop after a small letter), the stop kept.

    >>> _first_sentence("Ann Lee wrote this guide. More by Bo."), _first_sentence("No stop here")
    ('Ann Lee wrote this guide.', 'No stop here')
    """
    m = re.search(r"(?<=[a-z])[.!?](?=\s)", text)
    return text[:m.end()] if m else text


def _one_name(word: str) -> bool:
    """Whether one word may be a person's one name ("Sukarno", "Marisol"): shaped as a given name, no word the
    tables know as no person's, and no common word ("Mum", "Grandma", "Chef": too short or too frequent).

    >>> _one_name("Marisol"), _one_name("Grandma"), _one_name("Mum"), _one_name("Admin")
    (True, False, False, False)
    """
    from ..repairs.lexicon import zipf

    return bool(GIVEN_NAME.fullmatch(word)) and word.casefold() not in NOT_A_PERSON and len(word) >= (
        MIN_COMMON_WORD_LETTERS) and zipf(word) < COMMON_PHRASE_ZIPF


# A copy's closing credit to the piece's writer: "Source: NAME, THE BLOG SHE WRITES" (SPEC: a scraper copy is by the
# writer its "Source:" credit names, not the account that posted it). The writer and where the piece ran, both: a
# bare "Source: NAME" is as often a publication named like a person ("Source: Good Housekeeping"), and a source that
# is a body, a firm or a site is no writer (is_person_name turns those away), nor is an address.
SOURCE_CREDIT = regex.compile(r"^(?:(?:article|original)\s+)?source\s*:\s*(?:(?P<who>[^,;:|()/@]{3,60}?)\s*"
                              r",\s*(?P<outlet>[^,;:|]{2,60}?)"
                              # ... or the place first, the writer after a by-word: "Source: THE BLOG | By NAME" (a
                              # scraper's copy, seen once: holdout28)
                              r"|(?P<outlet>[^,;:|()/@]{2,60}?)\s*[|·•–—-]\s*by\s+(?P<who>[^,;:|()/@]{3,60}?))\.?$",
                              regex.I)
MAX_OUTLET_NAME_WORDS = 6  # "The Dry Flat Diaries": a blog's or a paper's name; more words are a sentence


def source_credit(line: str) -> Byline | None:
    """The writer a copy's "Source:" line names (a person, then her blog's or her paper's name after a comma), else
    ``None``.

    >>> source_credit("Source: Malgorzata Wren, The Tidy Attic"), source_credit("Source: Tidy Homemaking")
    (Byline(name='Malgorzata Wren', credentials=None), None)
    >>> source_credit("Source: Fenwick Valley Water Board"), source_credit("Source: tidyattic.example")
    (None, None)
    >>> source_credit("Source: Office for National Statistics, 2023"), source_credit("Source of damp: the roof")
    (None, None)
    >>> source_credit("Source: The Tidy Attic | By Malgorzata Wren"), source_credit("Source: Tidy Attic | By Hand")
    (Byline(name='Malgorzata Wren', credentials=None), None)
    """
    if "ource" not in line[:20] or (m := SOURCE_CREDIT.match(line.strip())) is None:
        return None
    if DIGIT.search(m["outlet"]) or len(m["outlet"].split()) > MAX_OUTLET_NAME_WORDS:
        return None
    who = m["who"].strip()
    return Byline(who) if is_person_name(who) else None


def spells_out(short: str, full: str) -> bool:
    """Whether ``full`` writes out the name ``short`` abbreviates to initials ("J. Ødegaard" and "Johanne Ødegaard",
    "A. M. Rossi" and "Anna Maria Rossi"): the same surname, each initial the first letter of a given name. SPEC: the
    byline's form stands unless it only abbreviates what the writer box gives in full.

    >>> spells_out("J. Ødegaard", "Johanne Ødegaard"), spells_out("A. M. Rossi", "Anna Maria Rossi")
    (True, True)
    >>> spells_out("J. Ødegaard", "Kari Ødegaard"), spells_out("Jo Ødegaard", "Johanne Ødegaard")
    (False, False)

    The given name written out and the family name cut to its initial ("Jörg W." for "Jörg Wendtlandt", a blog's
    byline card over its author box, holdout28) abbreviates the same way: each word the full one or its initial.

    >>> spells_out("Ann L.", "Ann Lindqvist"), spells_out("Ann L.", "Ann Berg"), spells_out("Ann Lee", "Ann Lee")
    (True, False, False)
    """
    words = short.replace(".", ". ").split()
    names = full.split()
    return len(words) == len(names) and any(_INITIALS.fullmatch(word) for word in words) and all(
        word == name or _INITIALS.fullmatch(word) and name.startswith(word[:-1]) and len(name) > 1
        for word, name in zip(words, names, strict=True))


def spelled_out_in(short: str, text: str) -> str | None:
    """The full name in ``text`` that ``short``, a name cut to initials, abbreviates (:func:`spells_out`): "Jörg W."
    in "About the author Jörg Wendtlandt is a ..." -> "Jörg Wendtlandt"; ``None`` where none does or ``short``
    holds no initial.

    >>> spelled_out_in("Ann L.", "About me: Ann Lindqvist is a guide."), spelled_out_in("J. Berg", "By Jo Berg")
    ('Ann Lindqvist', 'Jo Berg')
    >>> spelled_out_in("Ann L.", "Ann said Lindqvist"), spelled_out_in("Ann Lee", "Ann Lee is a guide.")
    (None, None)
    """
    words = short.replace(".", ". ").split()
    if not any(_INITIALS.fullmatch(word) for word in words):
        return None
    pattern = r"\s+".join(rf"{regex.escape(word[:-1])}[\w'’-]+" if _INITIALS.fullmatch(word) else regex.escape(word)
                          for word in words)
    return next((m[0] for m in regex.finditer(rf"(?<![\w.]){pattern}(?![\w.])", text) if spells_out(short, m[0])
                 and is_person_name(m[0])), None)


def provenance_writer(text: str) -> Byline | None:
    """The writer a provenance sentence names ("Originally published by NAME at site.example."), else ``None``.

    >>> provenance_writer("Originally published by Inés Barros at contas.example.")
    Byline(name='Inés Barros', credentials=None)
    >>> provenance_writer("First ran in May.") is None
    True
    """
    m = re.search(r"\bby\s+(?P<who>\S.*)$", text.strip().rstrip("."))
    if m is None:
        return None
    return split_name(re.split(r"\s+(?:at|on|in|for)\s+", m["who"], maxsplit=1)[0])


QUOTATION_END = re.compile(r"[\"”’»]$|^[\"“‘«].*[\"”’»][.!?]?$")


# "Tags" and "Share" in the languages of the pages seen: text/languages.py, 'tags' and 'share' (before a colon)
TAGS_ABROAD = alternation("tags", other_languages())
SHARE_ABROAD = alternation("share", other_languages())
# the word heading the readers' comments in the other languages, beside their count ("Komentāri (7)", "7 comentários",
# "14 bình luận"): text/languages.py
COMMENTS_ABROAD = alternation("comments", other_languages())
FOOTER_CHROME = re.compile(
    r"^(?:(?:tags?|labels?|categories|filed\s+under|posted\s+in)\s*:|\d+\s+comments?:?$|no\s+comments?:?$"
    r"|(?:post|leave|add)\s+a?\s*(?:comment|reply)|other\s+answers$|was\s+this\s+(?:answer|article|post)\s+helpful"
    r"|share\s+(?:this|to)\b|print\s+this\b|email\s+(?:this\s+)?to\s+a\s+friend|newer\s+post|older\s+post"
    r"|(?:article\s+)?source\s*:\s*(?:https?://|www\.)\S+$"  # "Article Source: http://..." under a directory's page
    # the comments' heading and form as blog software prints them: '4 thoughts on "TITLE"', '2 responses to "TITLE"',
    # "Your email address will not be published. Required fields are marked *"
    r"|\d+\s+(?:thoughts?|responses?|comments?|replies)\s+(?:on|to)\s+[\"“”'‘’«].*$"
    r"|your\s+email\s+address\s+will\s+not\s+be\s+published\b"
    # the site's call for guest writers under a guest post: "Want to write for NAME? Read our guidelines."
    r"|(?:want|would\s+you\s+like|fancy)\s+to\s+(?:write|contribute)\s+(?:for|to)\s+[^?]{1,60}\?|write\s+for\s+us\b"
    # the same labels as blog software and CMSs word them in other languages: the post's tags and sharing buttons,
    # the comments' heading with their count ("Теги: ...", "Schlagwörter: ...", "Partager : ...", "Коментарі (3)")
    rf"|(?:{TAGS_ABROAD}|{SHARE_ABROAD})\s*:"
    rf"|(?:comments?|{COMMENTS_ABROAD})\s*\(\d+\):?$"  # (a colon after the count: "Комментарий (2):")
    # what WordPress and its plugins print under a post, and a directory's tools: "Like this:", "Loading...",
    # "Rate this:", "Cancel reply", "Tagged With: X", "← Previous Post", "Next post: TITLE", "Print Friendly, PDF &
    # Email", "Bookmark the permalink.", "Back to top", "Report Abuse", "Rate This Article: * * * * *"
    r"|(?:like|rate)\s+this(?:\s+(?:article|post))?\s*:|(?:like\s+)?loading\s*(?:\.\.\.|…)$|cancel\s+reply$"
    r"|tagged(?:\s+with)?\s*:|\W{0,3}\s*(?:previous|next|prev)\s+(?:post|article|story|entry)\b[^.!?]{0,80}$"
    r"|(?:previous|next)\s*:\s*\S[^.!?]{0,80}$|print\s+friendly\b|bookmark\s+the\s+permalink\.?$|back\s+to\s+top$"
    r"|report\s+(?:abuse|this\s+(?:article|post))$|email\s+this\s+(?:article|post)$"
    # an email newsletter's own footer, kept in its web or text archive: "You are receiving this because you are a
    # member of ...", "You received this email because you signed up ...", "To unsubscribe, reply with ..."
    r"|you\s+(?:are\s+receiving|received|are\s+getting|get)\s+this\s+(?:(?:e-?mail|message|newsletter|bulletin"
    r"|mailing|update)\s+)?because\b"
    r"|you\s+are\s+subscribed\s+(?:as|to)\b|to\s+unsubscribe\b"
    # ... and as newsletter services word it in other languages: "Sie erhalten diese E-Mail, weil ...", "Vous
    # recevez cet e-mail car ...", "Recibes este correo porque ...", "Ricevi questa email perché ..."
    r"|sie\s+erhalten\s+diesen?\s+(?:e-?mail|newsletter|nachricht)|vous\s+recevez\s+(?:cet|ce)\s+(?:e-?mail|courriel"
    r"|message|bulletin)|recibes?\s+este\s+(?:correo|e-?mail|mensaje|bolet[íi]n)|ricevi\s+questa\s+(?:e-?mail|newsletter)"
    r"|je\s+ontvangt\s+deze\s+(?:e-?mail|nieuwsbrief)"
    r")",
    re.I,
)
# The columnist's address under the column: "Write to Bea at ...", "Send your questions to ...".
CONTACT = re.compile(r"\b(?:write|send|email|e-mail|mail)\s+(?:your\s+\w+\s+)?(?:to|us|me|her|him)\b"
                     # "Send Ruth your question", "Email us your dilemmas": the column's invitation under it
                     r"|^(?:send|write|e-?mail|ask)\s+(?:[A-Z][\w'’-]*|us|me|her|him)\s+your\s+(?:questions?|letters?"
                     r"|problems?|dilemmas?)\b"
                     # ... or in any language, a question to the reader, then the column's address closing the line
                     # ("Got a question? Email ask@…", "Su'aal ma qabtaa? U dir …: weydii@…"): the invitation's shape
                     r"|[?？؟]\s[^?？؟]{0,80}?[\w.+-]+@[\w-]+(?:\.[\w-]+)+\.?$", re.I)
BLOG_FOOTER = re.compile(r"^posted\s+by\s+\S.*?\s+(?:at|on)\s+.*\d", re.I)  # "Posted by Jo at 9:14 PM"
# The same footer as blog software words it in other languages: (lead, the word before the time). "Eingestellt von
# NAME um 21:03", "โพสต์โดย NAME ที่ 21:40" (Blogger's templates; WordPress themes and CMSs word it alike).
POSTED_BY_ABROAD = (
    ("publicado por", r"en|a las|às"), ("postado por", r"às|em"), ("publié par", r"à"), ("posté par", r"à"),
    ("eingestellt von", r"um"), ("veröffentlicht von", r"um"), ("pubblicato da", r"alle"),
    ("geplaatst door", r"op|om"), ("geplaas deur", r"om|op"), ("diposting oleh", r"di|pada"),
    ("dikirim oleh", r"di|pada"),
    ("đăng bởi", r"lúc|vào lúc"), ("โพสต์โดย", r"ที่|เมื่อ"), ("opublikowane przez", r"o"), ("upplagd av", r"kl\.?"),
    ("indsendt af", r"kl\.?"), ("lagt inn av", r"kl\.?"), ("vystavil", r"v"), ("опубликовал", r"в"),
    ("lähettänyt", r"klo"), ("gönderen", r"zaman:?"), ("bejegyezte:?", r"dátum:?|időpont:?"), ("postat de", r"la"),
    ("αναρτήθηκε από", r"στις"),
    # Swahili, Catalan, Tagalog, Serbian, Bulgarian, Lithuanian and Tamil themes ("Imewekwa na NAME saa 3:15",
    # "Publicat per NAME a les 10:12", "Nai-post ni NAME nang 9:40", "Објавио NAME у 18:05")
    ("imewekwa na", r"saa"), ("publicat per", r"a\s+les|a\s+la|el"), ("publicada per", r"a\s+les|a\s+la|el"),
    ("nai-post ni", r"nang|noong|sa"), ("ipinost ni", r"nang|noong|sa"), ("објавио", r"у"), ("објавила", r"у"),
    ("objavio", r"u"), ("objavila", r"u"), ("публикувано от", r"в"),
    ("பதிவிட்டவர்:?", r"நேரம்:?"),
    # Marathi, Welsh, Latvian and Slovak themes (round 16: "द्वारा पोस्ट केलेले NAME वाजता ९:४२", "Postiwyd gan NAME am
    # 9:42", "Publicēja NAME plkst. 21:42", "Zverejnil NAME o 21:42")
    ("द्वारा पोस्ट केलेले", r"वाजता|रोजी"), ("postiwyd gan", r"am"), ("publicēja", r"plkst\."),
    ("zverejnil", r"o|v"), ("zverejnila", r"o|v"), ("uverejnil", r"o|v"), ("uverejnila", r"o|v"),
    # Estonian, Icelandic and Albanian themes (round 17: "Postitanud NAME kell 21:14", "Birt af NAME kl. 21:14",
    # "Postuar nga NAME në 21:14")
    ("postitanud", r"kell"), ("birt af", r"kl\.?"), ("sent inn af", r"kl\.?"), ("postuar nga", r"në|në\s+orën"),
    # Hmong (round 29: "Sau los ntawm NAME thaum 7:42 PM", written by NAME when 7:42 PM)
    ("sau los ntawm", r"thaum"),
)
BLOG_FOOTER_ABROAD = regex.compile(
    r"^(?:" + "|".join(rf"{lead}\s+(?P<who{n}>\S.*?)\s+(?:{at})" for n, (lead, at) in enumerate(POSTED_BY_ABROAD))
    + r")\s+\S*\d{1,2}[:.]\d{2}", regex.I)


@functools.lru_cache(maxsize=LINE_CACHE_LINES)
def is_blog_footer(line: str) -> bool:
    """Tell a blog's "Posted by NAME at TIME" footer, in English or another language (``blog_footer`` reads it)."""
    if DIGIT.search(line) is None:  # (every form gives the time: most lines fail here at once)
        return False
    text = line.strip()
    return BLOG_FOOTER.match(text) is not None or BLOG_FOOTER_ABROAD.match(text) is not None


@line_reading_cache
def blog_footer(line: str) -> Byline | None:
    """The poster a blog's footer under the post names ("Posted by NAME at TIME", or in the blog software's other
    languages), else ``None``.

    >>> blog_footer("Posted by Jo Lee at 9:14 PM"), blog_footer("Eingestellt von Jutta Brenner um 21:03")
    (Byline(name='Jo Lee', credentials=None), Byline(name='Jutta Brenner', credentials=None))
    >>> blog_footer("Eingestellt von meinem Nachbarn, der alles weiß.") is None
    True
    >>> blog_footer("द्वारा पोस्ट केलेले अनिता पाटील वाजता ८:१५ PM").name
    'अनिता पाटील'
    >>> blog_footer("Posted by [8]Jo Lee at 19:42   [9]4 comments").name  # a text browser's dump (seen once)
    'Jo Lee'
    """
    if DIGIT.search(line) is None:
        return None
    text = line.strip()
    if BLOG_FOOTER.match(text):
        return parse_byline(LINK_MARKER.sub("", text) if "[" in text else text)  # ("[8]": a link's number)
    m = BLOG_FOOTER_ABROAD.match(text)
    who = next((v for v in m.groupdict().values() if v), None) if m else None
    return split_name(who) if who else None
# What a paragraph about the author says: a role, a book, a place, a way to reach them.
BIO_CUE = re.compile(
    r"\b(?:founder|co-founder|author|writer|editor|journalist|columnist|coach|consultant|advis[eo]r|therapist|"
    r"teacher|expert|specialist|blogger|owner|director|president|ceo|retired|lives\s+in|based\s+in|visit|column|"
    # a trainer's or an instructor's box, and its link told in words ("at her web site"; a spun copy's "internet site")
    r"trainer|instructor|website|(?:web|internet)\s+site|"
    # the professions an advice column's writer is introduced by, and what the column does: "answers readers' letters"
    r"counsell?or|psycholog|psychotherapist|nutritionist|dietitian|readers['’]\s+(?:questions|letters)|"
    r"writes\s+(?:at|for|about|on|the|a)\s|"
    r"www\.|https?://|@)",
    re.I,
)
MAX_CONTACT_WORDS = 30
MAX_CLOSING_WORDS = 8  # "With warm wishes for the season," is a valediction; a longer line is a sentence


# The heading over a page's readers' comments with their count ("Comments (3)", "Komentáře (3)", "Yorumlar (12)"):
# every line under it is a reader's, never the article's
# ... or with the count before it ("7 comentários", "14 bình luận", "12 Comments")
COMMENTS_HEADING = re.compile(rf"^(?:(?:comments?|responses|{COMMENTS_ABROAD})\s*\(\d+\)"
                              rf"|\d{{1,5}}\s+(?:comments?|responses|{COMMENTS_ABROAD}))$", re.I)


# The comments' heading as blog software prints it, with their count and the post's title quoted: '4 thoughts on
# "TITLE"', '2 responses to "TITLE"', '3 replies to “TITLE”'.
COMMENTS_ON_TITLE = re.compile(r"^\d+\s+(?:thoughts?|responses?|comments?|replies)\s+(?:on|to)\s+[\"“”'‘’«]\S", re.I)


def is_comments_heading(line: str) -> bool:
    """Tell the heading over a page's readers' comments, with their count.

    >>> is_comments_heading("Komentáře (3)"), is_comments_heading("Comments (12)"), is_comments_heading("Comments")
    (True, True, False)
    >>> is_comments_heading('4 thoughts on "Oiling A Bike Chain"'), is_comments_heading("3 replies to “Why Soup”")
    (True, True)
    >>> is_comments_heading("2 thoughts on cooking rice")
    False
    >>> is_comments_heading("7 comentários"), is_comments_heading("14 bình luận"), is_comments_heading("7 dicas")
    (True, True, False)
    """
    text = line.strip()
    return ("(" in text or text[:1].isdigit()) and COMMENTS_HEADING.match(text) is not None or (
        text[:1].isdigit() and COMMENTS_ON_TITLE.match(text) is not None)


def is_footer_chrome(line: str) -> bool:
    """Tell a line of the page's footer under an article: tags, comment prompts, navigation, sharing.

    >>> is_footer_chrome("Tags: decluttering, cleaning"), is_footer_chrome("Post Comment | Email to a Friend")
    (True, True)
    >>> is_footer_chrome("4 comments:"), is_footer_chrome("Leave the shower alone for a day.")
    (True, False)
    >>> is_footer_chrome("Want to write for Tidy Nest? See our guidelines."), is_footer_chrome("Write for one reader.")
    (True, False)
    >>> is_footer_chrome("Теги: початківцям, зимівля"), is_footer_chrome("Kommentare (3)"), is_footer_chrome("Teilen")
    (True, True, False)
    >>> is_footer_chrome("Like this:"), is_footer_chrome("← Previous Post"), is_footer_chrome("Next: Pruning roses")
    (True, True, True)
    >>> is_footer_chrome("Next, prune the roses."), is_footer_chrome("Loading the van takes an hour.")
    (False, False)
    >>> is_footer_chrome("You are receiving this because you are a member of the Guild."), is_footer_chrome(
    ...     "You get this right because you practise.")
    (True, False)
    """
    text = line.strip()
    return bool(FOOTER_CHROME.match(text)) or is_meta_line(text) or (is_nav_line(text) and not is_prose(text))


# ... and in the other languages of the tables, the invitation's words opening the line ("Schicken Sie uns Ihre
# Fragen …", "ستاسو پوښتنې … ولېږئ": text/languages.py, 'ask_us')
ASK_US = re.compile(rf"^{alternation('ask_us')}(?!\w)", re.I)


def is_contact_line(line: str) -> bool:
    """Tell the column's "write to" line under an advice column ("Write to Bea at the address below.").

    >>> is_contact_line("Write to Marguerite at ask@example.com. Letters may be edited."), is_contact_line("Hi.")
    (True, False)
    >>> is_contact_line("Send Ruth your question"), is_contact_line("Send them your love.")
    (True, False)
    >>> is_contact_line("A leak? Tell the desk: leaks@paper.example"), is_contact_line("Ann Lee, ann@site.example")
    (True, False)
    >>> is_contact_line("Schicken Sie uns Ihre Fragen über das Formular."), is_contact_line("Ihre Fragen sind gut.")
    (True, False)
    """
    text = line.strip()
    return len(text.split()) <= MAX_CONTACT_WORDS and bool(CONTACT.search(text) or ASK_US.match(text))


# The writer's degrees between commas after the name, then the bio's verb: "NAME, DVM, has run the clinic since ...".
POSTNOMINAL_APPOSITION = re.compile(rf"^,\s*(?P<degrees>(?:{_DEGREES})(?:,?\s+(?:{_DEGREES}))*),\s+"
                                    r"(?:is|was|has|lives|works|writes|runs|teaches|holds|helps|founded)\b")


@line_reading_cache
def is_unheaded_bio(text: str, named_above: bool = False) -> Byline | None:
    """Read a closing paragraph about the author that has no heading: "NAME is the founder of ...". What the
    paragraph says must sound like a bio (``BIO_CUE``: a role, a place, a link), unless the name carries degrees
    ("NAME, DVM, has run the clinic since 2009.") or ``named_above``: the caller saw the same name alone on the
    line over it (an author box: the name, then the bio).

    >>> is_unheaded_bio("Greta Lind is the founder of Small Steps and the author of two books.").name
    'Greta Lind'
    >>> is_unheaded_bio("Mary Evans is right: soil matters more than seed."), is_unheaded_bio("Plain words.")
    (None, None)
    >>> is_unheaded_bio("**Author:** Ravi Menon teaches pilates in Kochi and writes about posture.").name
    'Ravi Menon'
    >>> is_unheaded_bio("Åsa Berg, DVM, has run the practice since 2011.").name, is_unheaded_bio("Åsa Berg keeps bees.")
    ('Åsa Berg', None)
    >>> is_unheaded_bio("Åsa Berg has kept bees on a roof in Malmö since 2011.", named_above=True).name
    'Åsa Berg'
    """
    guest = GUEST_LEAD.match(text.strip())  # "Our guest this week, NAME, is ...": the name between the commas
    text = text.strip()[guest.end():] if guest else AUTHOR_LEAD.sub("", text.strip(), count=1)
    m = BIO_LEAD_NAME.match(text.strip())
    degrees = bool(m) and POSTNOMINAL_APPOSITION.match(text.strip()[m.end("name"):]) is not None
    if not m or text.strip()[m.end("name"):].startswith(",") and not guest and not degrees:  # "Además de Punta
        return None  # Arenas, ..." opens a sentence
    named = name_in_bio(text)
    return named if named is not None and (BIO_CUE.search(text) or degrees or named_above) else None


def closing_name(line: str, above: str, addressed: Container[str]) -> Byline | None:
    """Read the writer's name from a sign-off under the text: "Love, Bea" on one line, or a bare name under a
    closing line ("With warm wishes for the season," then "Rosalind Achterberg"). A single first name counts only
    when the page addresses the writer by it ("Dear Auntie Bea", "Ask Marguerite"); ``addressed`` holds those.

    >>> closing_name("Love, Bea", "", {"bea"}), closing_name("Rosalind Achterberg", "Warm wishes,", set())
    (Byline(name='Bea', credentials=None), Byline(name='Rosalind Achterberg', credentials=None))
    >>> closing_name("Love, Bea", "", set()), closing_name("Happy Gardening", "Be kind.", set())
    (None, None)
    """
    text = line.strip()
    m = VALEDICTION_NAME.match(text)
    who = m["who"] if m else text.strip(" \t-–—~―")
    dashed = text[:1] in "-–—~―" and not QUOTATION_END.search(above.strip()) and not (  # not "— Mark Twain" under a
        text[:1] == "-" and DASH_SIGNOFF.match(above))  # quote, nor a list's last "- " item
    closed = bool(m) or dashed or (above.strip().endswith(",") and len(above.split()) <= MAX_CLOSING_WORDS
                                   and not re.match(r"(?i)dear\b", above.strip()))
    if not closed:
        return None
    if len(who.split()) == 1 and NAME_TOKEN.fullmatch(who) and who.lower() in addressed:
        return Byline(name=normalise_case(who))
    return split_name(who)


VALEDICTION_NAME = re.compile(
    r"^(?:love|warmly|cheers|best|regards|kind\s+regards|best\s+wishes|all\s+the\s+best|yours|sincerely|"
    r"with\s+love|hugs|blessings)\s*,\s+(?P<who>\S.*?)\.?$",
    re.I,
)
ADDRESSED = regex.compile(r"\b(?:dear|ask|write\s+to)\s+(?:(?:auntie|aunt|uncle|dr\.?|mrs?\.?|ms\.?)\s+)?(\p{L}+)",
                          regex.I)


def addressed_names(text: str) -> set[str]:
    """The names a page addresses its writer by ("Dear Auntie Bea", "DEAR MARGUERITE", "Ask Marguerite").

    >>> sorted(addressed_names("Ask Auntie Bea. DEAR MARGUERITE: help! Write to Bea at home."))
    ['bea', 'marguerite']
    """
    return {m.group(1).lower() for m in ADDRESSED.finditer(text)}


def is_valediction(line: str) -> bool:
    """Tell a closing formula ("Warm regards,") that goes with the sign-off below it.

    >>> is_valediction("Warm regards,"), is_valediction("Regards"), is_valediction("Regards to your team.")
    (True, True, False)
    """
    return bool(VALEDICTION.match(line.strip()))


def is_attribution_line(line: str) -> bool:
    """Tell a line that attributes the article (byline, bio heading): boilerplate must never remove it.

    >>> is_attribution_line("About the Author"), is_attribution_line("Written by Sharon Housley")
    (True, True)
    >>> is_attribution_line("Leave a Comment")
    False
    """
    text = line.strip()
    return bool(BIO_MARKER.match(text) or _inline_bio(text) or is_byline(text))


def _inline_bio(text: str) -> re.Match[str] | None:
    """``INLINE_BIO_MARKER.search(text)``, skipped when the case-sensitive heading words are absent.

    >>> _inline_bio("Be kind. ABOUT THE AUTHOR: Jo").start(), _inline_bio("Be kind. About the author: Jo")
    (8, None)
    """
    if "About" not in text and "ABOUT" not in text and "Resource Box" not in text:
        return None
    return INLINE_BIO_MARKER.search(text)


# A sentence of an editor's note or of the first paragraph that hands the piece to a named writer: "today's guest
# post comes from NAME, a ...", "today's post is by NAME, who ...", "... writes NAME, who ...", "our workshop lead
# NAME has answered ...". The verb and the apposition (", a/an/who/the/our") carry the weight: capitalised words
# alone ("Every November") do not.
_INTRO_TOKEN = f"(?:{NAME_TOKEN.pattern})"
_INTRO_NAME = rf"(?P<who>{_INTRO_TOKEN}(?:\s+(?:{_INTRO_TOKEN}|{_LEAD_PARTICLE})){{1,4}})"
# (its first branch says whose the piece is, not only who speaks in it: PIECE_FROM, which outranks the byline; a
# "letter" is no such piece: "This week's letter is from NAME, a ..." names an advice column's asker, and the
# columnist who answers wrote it, SPEC)
_PIECE_FROM = (rf"\b(?:post|article|piece|column|essay|story|advice|tips?)\s+(?:comes?|came|is|was)\s+"
               rf"(?:from|by)\s+{_INTRO_NAME},\s+(?:a|an|who|the|our)\b")
PIECE_FROM = regex.compile(_PIECE_FROM)
INTRO_CREDIT = regex.compile(
    rf"{_PIECE_FROM}"
    rf"|\b(?:writes|explains|says)\s+{_INTRO_NAME},\s+(?:a|an|who|the|our)\b"
    rf"|(?<!\S)(?-i:[a-z]+)\s+{_INTRO_NAME}\s+(?:has|have)\s+(?:answered|written|put\s+together|gathered|shared)\b"
)


# What each branch of INTRO_CREDIT holds, searched first: INTRO_CREDIT's names are slow to try at every position
# (scale pages' openings: 45 µs each), and few texts hold any of these.
INTRO_GATE = regex.compile(r"(?:comes?|came|is|was)\s+(?:from|by)\s|(?:writes|explains|says)\s"
                           r"|(?:has|have)\s+(?:answered|written|put\s+together|gathered|shared)\b")


# A note that hands the piece to its writer without an apposition: "This is a guest contribution from NAME.",
# "reproduced here with the kind permission of its author, NAME", "a guest post by NAME". A translator's or an
# editor's note names itself too (its signature), so the writer is the one the note says wrote the piece.
# (the credit may run on into where the piece first ran: "this piece by NAME first ran in the club's newsletter")
FIRST_RAN = r"\s+(?:first\s+|originally\s+)?(?:ran|appeared|was\s+(?:first\s+|originally\s+)?(?:published|printed))\b"
HANDED_TO = regex.compile(
    rf"\b(?:guest\s+)?(?:contribution|post|article|piece|essay|column)\s+(?:from|by)\s+{_INTRO_NAME}"
    rf"(?=[.,;:)]|\s*$|{FIRST_RAN})"
    rf"|\b(?:permission|blessing|consent)\s+of\s+(?:its|the|our|their)\s+(?:original\s+)?(?:author|writer),?\s+"
    rf"{_INTRO_NAME}(?=[.,;:)]|\s*$)"
    # "we hand the blog over this week to NAME, who ...": the host's note giving the page to its writer
    rf"|\bhand(?:s|ing|ed)?\s+(?:[^\W\d_]+\s+){{0,3}}?over\s+(?:(?:this|next)\s+week\s+|today\s+)?to\s+"
    rf"{_INTRO_NAME}(?=[.,;:)]|\s*$)"
)
HANDED_GATE = regex.compile(r"\b(?:from|by|author|writer),?\s|\bover\s")


# A host's note handing this page to a guest: "Today's guest post comes from NAME, a ...", "This week's letter is a
# guest essay by NAME". The guest wrote what follows, whoever the page's byline or markup names (the host's blog).
# Only the note about this piece: "today's", "this week's", "is a", "here is a" (not "last week's guest post").
# The note may open with the credit itself ("Guest post by NAME. She teaches ..."): at the note's start it is about
# this piece. A Chinese or Korean name is one word ("Guest post by 김서연.").
GUEST_NOTE = regex.compile(
    rf"(?i:(?:\b(?:today['’]s|this\s+(?:week|month)['’]s|this|is\s+a|here\s+is\s+a|here['’]s\s+a)\s+|^\W{{0,2}})"
    rf"guest\s+(?:post|essay|article|piece|column|contribution|letter|blog\s+post)\s+(?:(?:comes?|is)\s+from|by|from"
    rf"|(?:is|was)\s+(?:(?:written|contributed|penned)\s+)?by)"  # "This guest post was written by NAME, who ..."
    rf"\s+"
    # ... or names the guest herself: "Today's guest is NAME, who cooks for twelve ...", "Our guest this week is NAME."
    rf"|\b(?:today['’]s|this\s+(?:week|month)['’]s|our)\s+guest(?:\s+(?:writer|author|blogger|contributor|cook))?"
    rf"(?:\s+(?:today|this\s+(?:week|month)))?\s+is\s+)"
    rf"(?:{_INTRO_NAME}|(?P<who>[\p{{Han}}\p{{Hangul}}]{{2,4}}))(?=[.,;:!)]|\s*$)")


def guest_credit(text: str) -> Byline | None:
    """The guest a host's note hands this page to ("Today's guest post comes from NAME, a ..."), else ``None``.

    >>> guest_credit("Today's guest post comes from Ilse van Dijk, a nurse in Delft. Over to you, Ilse!").name
    'Ilse van Dijk'
    >>> guest_credit("This week's letter is a guest essay by Kofi Mensah-Owusu, a reader.").name
    'Kofi Mensah-Owusu'
    >>> guest_credit("Last week's guest post by Ilse van Dijk was popular."), guest_credit("A guest room by Tuesday.")
    (None, None)
    >>> guest_credit("Guest post by 김서연. She teaches Korean in Leeds. — Martin").name
    '김서연'
    >>> guest_credit("I once wrote a guest post by Ilse van Dijk's request.")
    >>> guest_credit("Today's guest is Ilse van Dijk, who bakes for a village of forty.").name
    'Ilse van Dijk'
    >>> guest_credit("Today's guest is a surprise."), guest_credit("Our guest this week is Ana Reis.").name
    (None, 'Ana Reis')
    >>> guest_credit("This guest post was written by Ilse van Dijk, who restores barges.").name
    'Ilse van Dijk'
    """
    if "guest" not in text.lower():
        return None
    for m in GUEST_NOTE.finditer(text):
        if is_person_name(m["who"]) and len(m["who"].split()) <= MAX_BYLINE_WORDS:
            return split_name(m["who"])
    return None


# A note naming the writer of the text under it in another language: "this text was written by NAME" in the tables'
# words ("este texto foi escrito por NAME", "acest articol a fost scris de NAME", "tulisan ini ditulis oleh NAME"):
# the text named, at most two words, the language's "written by", the name (a host's note over a reposted piece)
NOTE_WRITTEN_BY = regex.compile(
    rf"(?i:(?<!\w){alternation('text_noun', other_languages())}\w*(?:\s+[^\W\d_]+){{0,2}}?\s+"
    rf"{alternation('posted_by', other_languages())})\s+{_INTRO_NAME}(?=[.,;:!)]|\s+\p{{Ll}}|\s*$)")


# NOTE_WRITTEN_BY's cheap gate (issue 19: the pattern opens on a hundred text nouns, "post" and "text" among them,
# tried at every position of a text's opening lines). In the pattern a blank stands before each "written by"
# phrase, between its words and after its last word, so a text holding a match holds every word of that phrase as
# a whole token (``str.split`` splits at every character ``\s`` matches, and more). Case-blind matching pairs a
# letter with its case variants, and "i" also with "İ", "ı" with "I": ``note_fold`` folds both sides so, and then a
# matching token folds equal. A phrase's first word alone let most pages through (one phrase opens on "i", English's
# "I": 86 % of the 1,000 scale pages and 9 % of the real texts, round 24); every word of one phrase lets few through
# (none of the pages, 0.8 % of the real texts).
TURKIC_I = str.maketrans({"İ": "i", "ı": "i"})


def _phrases_by_first_word(phrases: tuple[str, ...]) -> dict[str, tuple[frozenset[str], ...]]:
    """Each phrase's folded words (as :func:`note_fold` folds), keyed by its first word.

    >>> {first: [sorted(words) for words in found] for first, found in _phrases_by_first_word(
    ...     ("Escrito por", "escrito de", "YAZAN")).items()}
    {'escrito': [['escrito', 'por'], ['de', 'escrito']], 'yazan': [['yazan']]}
    """
    found: dict[str, tuple[frozenset[str], ...]] = {}
    for phrase in phrases:
        folded_words = phrase.translate(TURKIC_I).casefold().split()
        found[folded_words[0]] = (*found.get(folded_words[0], ()), frozenset(folded_words))
    return found


NOTE_PHRASES = _phrases_by_first_word(words("posted_by", other_languages()))
NOTE_FIRST_WORDS = frozenset(NOTE_PHRASES)


def note_fold(text: str) -> str:
    """``text`` folded as the note's gate compares words: case-folded, the dotted and dotless i as "i".

    >>> note_fold("ESCRITO Yazan İz")
    'escrito yazan iz'
    """
    return text.translate(TURKIC_I).casefold()


# A credited ghostwriter ("her column is ghostwritten by NAME from her notes", "this post was ghostwritten for NAME
# by NAME"): the piece's author (SPEC r23 (b)), over the byline of the expert it speaks for. The name runs over
# capitalised words and particles; the one it was written "for" (a few capitalised words) is the byline's.
_GHOSTED_FOR = r"\s+for\s+\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*){0,4}\s+(?i:by)"
GHOSTWRITTEN = regex.compile(
    rf"\b(?i:ghost-?(?:written|writer)(?:{_GHOSTED_FOR}|\s+by)?)\s*:?\s+(?P<who>\p{{Lu}}[\p{{L}}\p{{M}}'’.-]*"
    rf"(?:\s+(?:(?:{_LEAD_PARTICLE})(?=\s)|\p{{Lu}}[\p{{L}}\p{{M}}'’.-]*)){{1,{MAX_NAME_TOKENS - 1}}})")


# The writer naming herself in the text as the one who wrote it, the name in apposition to "me": "this one was written
# by me, his neighbour and riding buddy NAME, from our notes" (a postscript under a post the blog's owner did not
# write). The apposition's words before the name are few; the name ends at a stop, a comma or "from"/"and"/"who".
SELF_CREDIT = regex.compile(
    rf"\b(?i:written|put\s+together)\s+by\s+me,?\s+(?:[^\W\d_][\w'’-]*\s+){{0,8}}?{_INTRO_NAME}"
    rf"(?=\s*[,.;:!)]|\s*$|\s+(?:from|and|who)\b)")


def self_credit(text: str) -> Byline | None:
    """The writer who says in the text that she wrote it, naming herself ("written by me, NAME"), else ``None``.

    >>> self_credit("P.S. Jo is ill, so this post was written by me, her sister Ilse van Dijk, from her notes.").name
    'Ilse van Dijk'
    >>> self_credit("Written by me, Ana Reis.").name, self_credit("It was written by me, of course. Ana Reis")
    ('Ana Reis', None)
    >>> self_credit("This list was written by me and The Garden Club.")
    """
    if "by me" not in text:
        return None
    for m in SELF_CREDIT.finditer(text):
        if is_person_name(m["who"]) and len(m["who"].split()) <= MAX_BYLINE_WORDS:
            return split_name(m["who"])
    return None


def ghostwriter(text: str) -> Byline | None:
    """The ghostwriter a piece credits ("... is ghostwritten by NAME", "Ghostwriter: NAME"), else ``None``.

    >>> ghostwriter("Dr Bo Ng's column is ghostwritten by Aoife de Búrca from her case notes.").name
    'Aoife de Búrca'
    >>> ghostwriter("This guide was ghostwritten for Ilse Brandt by Odhrán Mac Aodha of Quillfire Media.").name
    'Odhrán Mac Aodha'
    >>> ghostwriter("Nobody here uses a ghostwriter."), ghostwriter("She wrote it herself.")
    (None, None)
    >>> ghostwriter("It was ghostwritten for Ilse Brandt, sadly.")  # the one it was for names no writer
    """
    if "ghost" not in text.lower():
        return None
    for m in GHOSTWRITTEN.finditer(text):
        words = m["who"].split()
        while words and (words[-1][:1].islower() or words[-1].lower() in SMALL_WORDS):
            words.pop()  # ("NAME from her notes": the particle's letters after the name)
        who = " ".join(words).rstrip(".")
        if len(words) >= 2 and is_person_name(who):
            return split_name(who)
    return None


def may_note_writer(text: str) -> bool:
    """NOTE_WRITTEN_BY's exact gate: whether every word of one "written by" phrase of the tables stands among the
    words of ``text`` (folded by :func:`note_fold`); the text's words are split once, and only the phrases whose
    first word is among them are asked.

    >>> may_note_writer("Este texto foi escrito por Ana Souza."), may_note_writer("O escrito de Ana por lá.")
    (True, True)
    >>> may_note_writer("Ana escreveu por prazer."), may_note_writer("Das Buch von Ana.")
    (False, False)
    """
    tokens = set(note_fold(text).split())
    return any(phrase <= tokens for first in NOTE_FIRST_WORDS.intersection(tokens) for phrase in NOTE_PHRASES[first])


def written_by_note(text: str) -> Byline | None:
    """The writer a note in another language says wrote this text (``NOTE_WRITTEN_BY``), else ``None``.

    >>> written_by_note("Nota: este texto foi escrito por Ana Souza Lima e publicado antes no boletim.").name
    'Ana Souza Lima'
    >>> written_by_note("Acest articol a fost scris de Ion Popa.").name, written_by_note("Escrito por mim.")
    ('Ion Popa', None)
    """
    if not may_note_writer(text):
        return None  # no "written by" phrase stands in the text's words: the pattern cannot match
    for m in NOTE_WRITTEN_BY.finditer(text):
        words = m["who"].split()
        while words and words[-1][:1].islower():
            words.pop()  # "NAME e publicado ...": the "and" after the name, a particle's letters
        who = " ".join(words)
        if who and is_person_name(who) and len(words) <= MAX_BYLINE_WORDS:
            return split_name(who)
    return None


# The maker introducing themselves in the opening words of a video's description or a post ("Hi, I'm NAME and I've
# been ...", "My name is NAME, and ..."): a full name, then "and", a comma or the sentence's end (SPEC r17: a
# video's author is its named maker, not the channel). English words; the name at least two words.
SELF_INTRODUCED = regex.compile(
    rf"(?:^|(?<=[\s,.!]))(?:I['’]m|I\s+am|[Mm]y\s+name\s+is)\s+{_INTRO_NAME}(?=\s*(?:[,.!;:—–]|\s-\s|\s+and\b))")
SELF_INTRO_CHARS = 300  # the opening words only: a name introduced further down is someone met in the story


def self_introduced(text: str) -> Byline | None:
    """The writer who introduces themselves by full name in the opening words of ``text``, else ``None``.

    >>> self_introduced("Hello, I'm Carys Ap Rhys and I have fixed bikes in Bangor since 2011.").name
    'Carys Ap Rhys'
    >>> self_introduced("I'm Not Sure this works."), self_introduced("Hi, I'm Carys and this is my shop.")
    (None, None)
    """
    for m in SELF_INTRODUCED.finditer(text[:SELF_INTRO_CHARS]):
        who = m["who"]
        if is_full_name(who):
            return split_name(who)
    return None


def piece_from(text: str) -> Byline | None:
    """The writer a host's sentence says the piece is by or comes from ("today's post is by NAME, who ...", "this
    week's post comes from NAME, a ..."), else ``None``: the piece's own credit in the text (SPEC: a guest post's
    author is the writer the page credits in the text), unlike a writer who only "says" or "explains" in it.

    >>> piece_from("Jo here: today's post is by Ilse van Dijk, who fires our kiln.").name
    'Ilse van Dijk'
    >>> piece_from("Good advice, says Ilse van Dijk, a potter."), piece_from("The post is by far the longest.")
    (None, None)
    """
    if " from " not in text and " by " not in text:
        return None
    for m in PIECE_FROM.finditer(text):
        if is_person_name(m["who"]) and len(m["who"].split()) <= MAX_BYLINE_WORDS:
            return split_name(m["who"])
    return None


# A blog host's note over a guest's piece, in the host's own voice: opened with the host's name ("NAME here.", "A
# note from NAME:") or signed with it under the note ("... - NAME"), a first name as a rule (holdout27's ja03, jc08,
# jf01: three hands, a text blog, a cached WordPress post and a Blogger home page).
_HOST_WORD = r"\p{Lu}[\p{L}\p{M}'’-]+"
HOST_VOICE = regex.compile(
    rf"^\W{{0,2}}(?:(?P<host>{_HOST_WORD})\s+here\s*[.:!,—–-]|(?i:(?:a\s+)?(?:quick\s+)?note\s+from)\s+"
    rf"(?P<host>{_HOST_WORD})\s*:)|\s[-–—]\s?(?P<host>{_HOST_WORD})\s*$")
# ... that hands the page itself over: "Over to her", "I asked NAME to answer for me", "he let me share it here",
# "she offered to write it up", "I've handed the blog keys to ...", "guest post". The thing handed is the page (a
# pronoun or a person after "over to", the blog/post/keys after "hand", the piece after "let me share"): a bed
# handed "over to the kids" or a notebook one may share is no hand-over of the post (review r27 B6).
_HANDED_PIECE = r"(?:it|this|these|them|(?:his|her|their|the)\s+(?:piece|post|article|essay|words|story|writing|notes))"
HANDING_OVER = regex.compile(
    r"\bover\s+to\s+(?:her|him|them|(?-i:\p{Lu})[\p{L}\p{M}'’-]+)\b"  # a capital is a name, under regex.I too
    r"|\basked\s+(?-i:\p{Lu})[^.!?]{0,120}?\bto\s+(?:write|answer|share|tell)\b"
    rf"|\b(?:let|allowed)\s+me\s+(?:to\s+)?(?:share|post|run|reprint)\s+{_HANDED_PIECE}\b|\boffered\s+to\s+write\b"
    r"|\bhand(?:s|ed|ing)?\s+(?:[^\W\d_]+\s+){0,3}?(?:blog|post|page|column|site|keys|reins|mic)\b"
    r"|\bguest\s+(?:post|writer|blogger|piece)\b", regex.I)
# A hand-over the note denies ("This is not a guest post", "I won't hand the blog over"): a few words back.
HAND_OVER_DENIED = regex.compile(r"(?:\b(?:not|never|no)|n['’]t)\s+(?:[^\W\d_]+\s+){0,2}$", regex.I)


def hands_over(note: str) -> bool:
    """Whether the note hands the page over (``HANDING_OVER``) in words it does not deny (``HAND_OVER_DENIED``).

    >>> hands_over("Jo here. I asked Ilse van Dijk to write this one. Over to her."), hands_over("A guest post!")
    (True, True)
    >>> hands_over("This is not a guest post, just me again."), hands_over("I handed the bed over to the kids.")
    (False, False)
    >>> hands_over("Gran let me share her old notebook."), hands_over("Bo let me share it here.")
    (False, True)
    """
    return any(not HAND_OVER_DENIED.search(note[max(0, m.start() - 40):m.start()])
               for m in HANDING_OVER.finditer(note))


# Where the note names the guest: the subject opening a sentence, its verb in lower case after it ("Margarethe runs
# the seed library", "NAME runs the community garden"), or the one the host asked ("So I asked NAME, who ...")
NOTE_SUBJECT = regex.compile(
    rf"(?:^|(?<=[.!?:]\s))(?P<who>{_INTRO_TOKEN}(?:\s+(?:{_INTRO_TOKEN}|{_LEAD_PARTICLE})){{0,3}})(?=\s+\p{{Ll}})"
    rf"|\basked\s+(?P<who>{_INTRO_TOKEN}(?:\s+(?:{_INTRO_TOKEN}|{_LEAD_PARTICLE})){{0,3}})(?=[\s,])")
MAX_HOST_NOTE_WORDS = 120  # a paragraph or two above the piece; a longer opening is the piece itself


def host_note_guest(note: str, closing: str = "", host: str | None = None) -> Byline | None:
    """The guest a host's note over the piece hands the page to, else ``None``: the note speaks in the host's voice
    (``HOST_VOICE``; a host the byline names signs with a part of her name) and hands over (``HANDING_OVER``); the
    guest is the sentence's subject or the one asked, by full name, or by a first name that ``closing`` (the piece's
    last lines: her bio, her ©) writes in full. SPEC: a guest post is by the writer the host's note names.

    >>> host_note_guest("Jo here. I asked Ilse van Dijk, who fires our kiln, to write this. Over to her.").name
    'Ilse van Dijk'
    >>> note = "A note from Tom: I'm away. Ilse runs the blog this week. Over to her! - Tom"
    >>> host_note_guest(note, "Ilse Brandvold fires pots in Oslo. © Ilse Brandvold", "Tom Pryce").name
    'Ilse Brandvold'
    >>> host_note_guest(note, "Thanks, Ilse!") is None  # her first name alone: no writer named in full
    True
    >>> host_note_guest("Guest post note: Bo Lindahl runs our allotment. He let me share it here. - Tom", "",
    ...                 "Tom Pryce").name
    'Bo Lindahl'
    >>> host_note_guest("Bo Lindahl runs our allotment. He let me share it here. - Ann", "", "Tom Pryce") is None
    True
    >>> host_note_guest("Jo here. Ilse van Dijk runs our kiln, and she is off this week.") is None  # no hand-over
    True
    """
    if len(note.split()) > MAX_HOST_NOTE_WORDS or not hands_over(note):
        return None
    voices = [m["host"] for m in HOST_VOICE.finditer(note)]
    if not voices or host and not any(voice in host.split() for voice in voices):
        return None  # no host speaks, or another than the byline's person signs the note
    hosts = {*voices, *(host.split() if host else ())}
    for m in NOTE_SUBJECT.finditer(note):
        who = m["who"]
        if hosts & set(who.split()):
            continue
        if len(who.split()) == 1:
            full = regex.search(rf"(?<!\w){regex.escape(who)}(?:\s+{_INTRO_TOKEN}){{1,3}}", closing)
            who = full[0] if full else ""
        if who and not hosts & set(who.split()) and is_person_name(who) and len(who.split()) <= MAX_BYLINE_WORDS:
            return split_name(who)
    return None


@line_reading_cache
def intro_credit(text: str) -> Byline | None:
    """The writer an introducing sentence names, else ``None``.

    >>> intro_credit("Editor's note: today's guest post comes from Ilse van Dijk, a nurse in Delft.").name
    'Ilse van Dijk'
    >>> intro_credit("Our workshop lead Σπύρος Καλογεράκης has answered the questions below.").name
    'Σπύρος Καλογεράκης'
    >>> intro_credit("Every November Our Team has answered mail.")
    >>> intro_credit("The flour comes from Nova Mills, a co-op.")
    >>> intro_credit("Jo here: today's post is by Ilse van Dijk, who fires our kiln. Over to you!").name
    'Ilse van Dijk'
    >>> intro_credit("The glaze is by Nova Mills, a co-op."), intro_credit("The post is by far the longest.")
    (None, None)
    >>> intro_credit("This is a guest contribution from Ilse van Dijk. Want to write for us?").name
    'Ilse van Dijk'
    >>> intro_credit("I translated it with the kind permission of its author, Ilse van Dijk. — Tom Pryce").name
    'Ilse van Dijk'
    >>> intro_credit("Editor's note: this piece by Ilse van Dijk first ran in the club's newsletter.").name
    'Ilse van Dijk'
    >>> intro_credit("The piece by Ilse van Dijk runs to ten pages.")
    >>> intro_credit("Editor's note: we hand the blog over this week to Ilse van Dijk, who fires our kiln.").name
    'Ilse van Dijk'
    >>> intro_credit("I handed the keys over to Ilse van Dijk and left.")
    """
    matches = [*INTRO_CREDIT.finditer(text)] if INTRO_GATE.search(text) else []  # exact gate: every branch of
    matches += [*HANDED_TO.finditer(text)] if HANDED_GATE.search(text) else []  # INTRO_CREDIT holds one of INTRO_GATE
    for m in matches:
        who = next(g for g in m.groups() if g)
        if is_person_name(who) and len(who.split()) <= MAX_BYLINE_WORDS:
            return split_name(who)
    return None
