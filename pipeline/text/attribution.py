"""Read who wrote an article: title, byline, the person's name apart from credentials, bio box, sign-off.

Pure helpers used by the segment stage (and by the boilerplate stage, which must never remove an attribution
line). The rule throughout: a name is taken only where the page says who wrote it (a byline, an "About the
Author" box, a copyright line naming a person); a website or company is never taken for an author, and what
cannot be read stays ``None``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..records import AuthorBio

# Words that make a "name" an organisation, a role or a website rather than a person.
NOT_A_PERSON = frozenset(
    "inc inc. llc ltd ltd. corp corp. co co. company staff team admin administrator editor editors webmaster "
    "guest anonymous unknown group press media news magazine network site website blog online services "
    "solutions international associates the and for of customer service".split()
)
NAME_PARTICLES = frozenset("de da di du del della der den van von la le st. bin al el y".split())
HONORIFICS = re.compile(r"^(?:Dr|Mr|Mrs|Ms|Miss|Prof|Professor|Rev|Sir|Dame)\.?\s+", re.I)
NAME_TOKEN = re.compile(r"^(?:[A-Z][a-zA-Z'’]*(?:-[A-Z][a-zA-Z'’]*)*\.?|[A-Z]\.(?:[A-Z]\.)*|Jr\.?|Sr\.?|II|III|IV)$")
POSTNOMINAL = re.compile(r"^(?:Ph\.?D\.?|M\.?D\.?|MBA|MA|MS|MSc|BA|BSc|CPA|RN|LCSW|CPC|PCC|MCC|Esq\.?)$")

BYLINE = re.compile(
    r"^\s*(?:(?:written|posted|submitted|contributed|authored)\s+by|article\s+by|by|author)\s*[:\-–—]?\s+"
    r"(?P<who>\S.*?)\s*$",
    re.I,
)
# "About the Author", "Resource Box", ... : the heading of the bio box, with or without its text on the line.
BIO_MARKER = re.compile(
    r"(?P<marker>About\s+the\s+Author|About\s+the\s+Writer|Author(?:'s|’s)?\s+Bio(?:graphy)?|Author\s+Resource"
    r"(?:\s+Box)?|Resource\s+Box|Author\s+Information|Author\s+Box)\s*(?:[:\-–—]+\s*|$)",
    re.I,
)
# Mid-line, only the capitalised heading followed by its colon or dash splits a glued paragraph.
INLINE_BIO_MARKER = re.compile(r"(?<=\S)\s+(?=(?:About the Author|About The Author|ABOUT THE AUTHOR|Resource Box)"
                               r"\s*[:\-–—])")
BIO_LEAD_NAME = re.compile(
    r"^(?P<name>(?:[A-Z][\w'’.-]*\s+){1,3}[A-Z][\w'’-]*)(?:,|\s+(?:is|was|has|lives|works|writes|runs|manages|"
    r"owns|teaches|helps|coaches|founded|holds|specializes|specialises|has\s+been|[a-z]{3,}s)\b)"
)
EMAIL = re.compile(r"(?:mailto:)?\b([\w.+-]+@[\w-]+(?:\.[\w-]+)+)\b", re.I)
URL = re.compile(r"\b(?:https?://|www\.)[^\s<>\"')\]]+", re.I)
VALEDICTION = re.compile(
    r"^(?:(?:warm(?:est)?|kind|best|warm\s+and\s+caring)\s+regards|regards|sincerely|yours(?:\s+truly)?|cheers|"
    r"best(?:\s+wishes)?|warmly|thanks|to\s+your\s+(?:success|health)|all\s+the\s+best|in\s+service)\s*[,.!]?$",
    re.I,
)
TITLE_TRAILER = re.compile(r"[\s.…|:\-–—]+$")
SENTENCE_END = re.compile(r"[.,;:]$")
SMALL_WORDS = frozenset("a an and as at but by for from in into nor of on or out over so the to up with vs via".split())
MAX_TITLE_WORDS = 16  # article titles in the seeds run 5-11 words; a 17-word line is a sentence
MAX_SIGNOFF_WORDS = 3
MAX_BYLINE_WORDS = 6  # "Written by the Acme Customer Support Team"; longer is a sentence starting with "By"


@dataclass(slots=True)
class Byline:
    """A byline read from a line: the person's name and the credentials written after it."""

    name: str
    credentials: str | None = None


def is_person_name(text: str) -> bool:
    """Tell a person's name (2-4 capitalised words) from a site, company, role or sentence.

    >>> is_person_name("Susan Dunn"), is_person_name("JoAnna Brandi"), is_person_name("Ludwig van Beethoven")
    (True, True, True)
    >>> is_person_name("ImproveHomeLife.com"), is_person_name("Admin"), is_person_name("the time I got there")
    (False, False, False)
    >>> is_person_name("Customer Service Team"), is_person_name("NotePage Inc")
    (False, False)
    """
    tokens = text.split()
    if not 2 <= len(tokens) <= 4 or re.search(r"\d|@|/|\w\.\w{2,}", text):
        return False
    if any(t.lower().strip(".,") in NOT_A_PERSON for t in tokens):
        return False
    if tokens[0].lower() in NAME_PARTICLES or not NAME_TOKEN.match(tokens[-1]):
        return False
    return all(NAME_TOKEN.match(t) or t.lower() in NAME_PARTICLES for t in tokens)


def split_name(text: str) -> Byline | None:
    """Split "Name, credentials" into the person's name and the rest; ``None`` when no person is named.

    >>> split_name("Susan Dunn, MA Psychology, Professional Coach")
    Byline(name='Susan Dunn', credentials='MA Psychology, Professional Coach')
    >>> split_name("Dr. Jane Smith-Jones, PhD")
    Byline(name='Jane Smith-Jones', credentials='Dr., PhD')
    >>> split_name("Mark Lee MBA"), split_name("Admin")
    (Byline(name='Mark Lee', credentials='MBA'), None)
    """
    text = text.strip().rstrip(".")
    head, _, rest = (re.split(r"(\s*,\s*|\s+[-–—|]\s+|\s*\()", text, maxsplit=1) + ["", ""])[:3]
    head, rest = head.strip(), rest.strip(" )")
    honorific = HONORIFICS.match(head)
    credentials = [honorific.group().strip()] if honorific else []
    if honorific:
        head = head[honorific.end():]
    tokens = head.split()
    trailing = []
    while len(tokens) > 2 and POSTNOMINAL.match(tokens[-1]):
        trailing.insert(0, tokens.pop())
    credentials += [" ".join(trailing)] if trailing else []
    name = " ".join(tokens)
    if not is_person_name(name):
        return None
    if rest:
        credentials.append(rest)
    return Byline(name=name, credentials=", ".join(credentials) or None)


def parse_byline(line: str) -> Byline | None:
    """Read a byline line: ``Author: Name``, ``Written by Name, credentials``, ``By Name``.

    >>> parse_byline("Written by Susan Dunn, MA Psychology, Professional Coach")
    Byline(name='Susan Dunn', credentials='MA Psychology, Professional Coach')
    >>> parse_byline("Author: JoAnna Brandi").name
    'JoAnna Brandi'
    >>> parse_byline("By the time I got to the counter, I was tired."), parse_byline("Posted by Admin")
    (None, None)
    """
    m = BYLINE.match(line)
    if not m:
        return None
    who = re.sub(r"\s+(?:on|at)\s+\w+\s+\d.*$", "", m["who"])  # "Jane Doe on March 3, 2009"
    return split_name(who)


def is_byline(line: str) -> bool:
    """Tell a byline line, whether it names a person or not ("Written by Acme Support Team" is chrome too).

    >>> is_byline("Written by Acme Support Team"), is_byline("By Kevin O'Brien")
    (True, True)
    >>> is_byline("By the end of a long shift, patience runs thin."), is_byline("By Design")
    (False, False)
    """
    m = BYLINE.match(line)
    if not m:
        return False
    who = m["who"]
    return parse_byline(line) is not None or (
        2 <= len(who.split()) <= MAX_BYLINE_WORDS and who[0].isupper() and not re.search(r"[.!?;,](?:\s|$)", who))


def clean_title(line: str) -> str:
    """Tidy a title line: collapse spaces, drop trailing ellipses, dashes and separators.

    >>> clean_title("Are You A Customer Service Person You Must Read This…")
    'Are You A Customer Service Person You Must Read This'
    >>> clean_title("  How To Make The Customer Happy?  ")
    'How To Make The Customer Happy?'
    """
    return TITLE_TRAILER.sub("", " ".join(line.split()))


def looks_like_title(line: str) -> bool:
    """Tell a title or heading line (short, mostly capitalised, no closing full stop) from body text.

    >>> looks_like_title("It's Still About Customer Service"), looks_like_title("How To Make The Customer Happy?")
    (True, True)
    >>> looks_like_title("They just will not come back."), looks_like_title("• Do not anticipate needs")
    (False, False)
    """
    text = line.strip()
    words = text.split()
    if not words or len(words) > MAX_TITLE_WORDS or SENTENCE_END.search(text) and not text.endswith(("...", "…")):
        return False
    if re.match(r"^(?:[•·*\-–—]|\d+[.)])", text) or parse_byline(text) or BIO_MARKER.match(text):
        return False
    content = [w for w in words if w.lower() not in SMALL_WORDS]
    capitalised = sum(1 for w in content if w[:1].isupper() or not w[:1].isalpha())
    return bool(content) and capitalised / len(content) >= 0.6


def bio_start(line: str) -> str | None:
    """Return the bio text after an "About the Author" style heading at the start of ``line``, else ``None``.

    >>> bio_start("About the Author - Sharon Housley manages marketing for NotePage, Inc.")
    'Sharon Housley manages marketing for NotePage, Inc.'
    >>> bio_start("About the Author"), bio_start("About the author's many books, little is known.")
    ('', None)
    """
    m = BIO_MARKER.match(line.strip())
    return line.strip()[m.end():].strip() if m else None


def split_inline_bio(line: str) -> list[str]:
    """Split a paragraph where an "About the Author:" heading was glued onto its last sentence.

    >>> split_inline_bio("Caring is contagious please spread the word About the Author: Notice – You may ...")
    ['Caring is contagious please spread the word', 'About the Author: Notice – You may ...']
    >>> split_inline_bio("Nothing to split here.")
    ['Nothing to split here.']
    """
    m = _inline_bio(line)
    return [line[: m.start()], line[m.end():]] if m else [line]


def name_in_bio(text: str) -> Byline | None:
    """Read the author's name from the start of a bio ("Sharon Housley manages ...", "Susan Dunn, MA, ...").

    >>> name_in_bio("Sharon Housley manages marketing for NotePage, Inc.")
    Byline(name='Sharon Housley', credentials=None)
    >>> name_in_bio("Susan Dunn, MA Psychology, Emotional Intelligence Coach, http://www.susandunn.cc . Helping")
    Byline(name='Susan Dunn', credentials='MA Psychology, Emotional Intelligence Coach')
    >>> name_in_bio("Our company sells paging software.") is None
    True
    """
    m = BIO_LEAD_NAME.match(text.strip())
    if not m or not is_person_name(m["name"]):
        return None
    after = text.strip()[m.end("name"):]
    credentials = None
    if after.startswith(","):
        creds = re.split(r",?\s*(?:https?://|www\.|\.\s)", after[1:], maxsplit=1)[0].strip(" ,")
        credentials = creds if 0 < len(creds.split()) <= 10 else None
    return Byline(name=m["name"], credentials=credentials)


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
    if not words or len(words) > MAX_SIGNOFF_WORDS or not all(NAME_TOKEN.match(w.rstrip(",")) for w in words):
        return False
    known = {t.lower() for name in names for t in name.split()}
    return all(w.rstrip(",").lower() in known for w in words)


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
