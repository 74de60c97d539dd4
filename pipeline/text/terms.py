"""What a licence asks: the conditions vocabulary, the one reuse answer, attribution, the credit line and licence
flags; the licence tags' constants; and ``gatable``, the exactness test of a substring gate.

Kept apart from ``licence`` (which reads statements with ~90 patterns, ~65 ms to compile) so that the commands and
stages that only ask what a licence asks (`check`, `tips`, `dedup`, the CLI's start) load none of those patterns;
``licence`` re-exports every name here (issue 19).
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from ..records import Licence

NOASSERTION = "NOASSERTION"
FREE_REPRINT = "LicenseRef-free-reprint"
USED_WITH_PERMISSION = "LicenseRef-used-with-permission"
ALL_RIGHTS_RESERVED = "LicenseRef-all-rights-reserved"
PUBLIC_DOMAIN = "LicenseRef-public-domain"

CC_CONDITIONS = {"BY": "attribution-required", "SA": "share-alike", "NC": "non-commercial", "ND": "no-modification"}
# The only characters outside ASCII that re.IGNORECASE matches to an ASCII letter (tests check all of Unicode).
FOLDS_TO_ASCII = frozenset("\u0130\u0131\u017f\u212a")  # İ ı ſ K (Kelvin sign)


# The UK Open Government Licence (SPDX OGL-UK-1.0 to 3.0, and ours for the licence named without its version): an
# attribution licence like CC BY (credit the source; adapt, excerpt, sell), so it asks and allows what CC BY does.
OGL_UNVERSIONED = "LicenseRef-ogl-uk-unversioned"


# Other countries' open-government licences, by SPDX's ids (round 26): Canada's, France's Licence Ouverte (Etalab),
# Germany's Datenlizenz Deutschland with attribution, Norway's NLOD. Each asks credit and allows adapting, excerpting
# and selling, as the UK's does. Germany's "Zero" variant asks nothing at all: a free tag, like CC0.
NATIONAL_OPEN_LICENCES = frozenset({"OGL-Canada-2.0", "etalab-2.0", "DL-DE-BY-2.0", "NLOD-1.0", "NLOD-2.0"})
DL_DE_ZERO = "DL-DE-ZERO-2.0"


def is_ogl(tag: str) -> bool:
    """Tell whether a tag names an Open Government Licence: the UK's, or another country's open-government licence
    (``NATIONAL_OPEN_LICENCES``), which ask and allow what it does.

    >>> is_ogl("OGL-UK-3.0"), is_ogl(OGL_UNVERSIONED), is_ogl("OGL-Canada-2.0"), is_ogl("NLOD-2.0")
    (True, True, True, True)
    >>> is_ogl("CC-BY-4.0"), is_ogl(DL_DE_ZERO)
    (False, False)
    """
    return tag.startswith("OGL-UK-") or tag == OGL_UNVERSIONED or tag in NATIONAL_OPEN_LICENCES


def is_gfdl(tag: str) -> bool:
    """Tell whether a tag names the GNU Free Documentation License (SPDX ``GFDL-1.3-or-later``, ``GFDL-1.2-only``):
    copying, changing and passing on with credit and the licence kept, as CC BY-SA asks.

    >>> is_gfdl("GFDL-1.3-or-later"), is_gfdl("CC-BY-SA-4.0")
    (True, False)
    """
    return tag.startswith("GFDL-")


# The Free Art License (Licence Art Libre, SPDX LAL-1.2 and LAL-1.3, and ours for the licence named without its
# version): copyleft like CC BY-SA, for any work (copy, change and pass on, crediting the authors, the copies and
# changes under the same licence).
LAL_UNVERSIONED = "LicenseRef-lal-unversioned"


def is_lal(tag: str) -> bool:
    """Tell whether a tag names the Free Art License (Licence Art Libre).

    >>> is_lal("LAL-1.3"), is_lal(LAL_UNVERSIONED), is_lal("GFDL-1.3-or-later")
    (True, True, False)
    """
    return tag.startswith("LAL-") or tag == LAL_UNVERSIONED


def is_copyleft(tag: str) -> bool:
    """Tell whether a tag names a copyleft licence SPDX lists apart from CC BY-SA (the GNU FDL, the Free Art
    License): credit asked and what is passed on kept under the licence, as CC BY-SA asks (SPEC: excerpt-ok).

    >>> is_copyleft("GFDL-1.2-only"), is_copyleft("LAL-1.3"), is_copyleft("CC-BY-SA-4.0")
    (True, True, False)
    """
    return is_gfdl(tag) or is_lal(tag)


def is_attribution_licence(tag: str) -> bool:
    """Tell whether a tag names a public licence whose elements are its conditions: CC BY and its kin, the Open
    Government Licence, the copyleft licences.

    >>> is_attribution_licence("CC-BY-NC-4.0"), is_attribution_licence("OGL-UK-3.0"), is_attribution_licence("LAL-1.3")
    (True, True, True)
    >>> is_attribution_licence("CC0-1.0"), is_attribution_licence("LicenseRef-free-reprint")
    (False, False)
    """
    return is_cc_by(tag) or is_ogl(tag) or is_copyleft(tag)


def _cc_conditions(tag: str) -> list[str]:
    if is_ogl(tag):
        return [CC_CONDITIONS["BY"]]
    if is_copyleft(tag):  # credit the authors, and what is passed on stays under the licence
        return [CC_CONDITIONS["BY"], CC_CONDITIONS["SA"]]
    found = set(re.findall(r"(?<![A-Z])(BY|SA|NC|ND)(?![A-Z])", tag.upper().removeprefix("LICENSEREF-")))
    return sorted(CC_CONDITIONS[e] for e in found)


def gatable(text: str) -> bool:
    """Tell whether a substring test on ``text.lower()`` is an exact gate for a case-insensitive pattern of
    ASCII words: the pattern can match only where the lowered text holds those words (true unless ``text`` has a
    character that re.IGNORECASE folds to an ASCII letter, such as the dotless ı).

    >>> gatable("It’s © 2009 – Jo"), gatable("Lıcensed")
    (True, False)
    """
    # four substring scans beat a set, and written out they beat any() over them (2.8x on non-ASCII text)
    return text.isascii() or ("\u0131" not in text and "\u0130" not in text and "\u017f" not in text
                              and "\u212a" not in text)  # FOLDS_TO_ASCII


# ------------------------------------------------------------------------------------------------ what a licence asks

# The conditions vocabulary: every condition a ``Licence`` carries (``CONDITION_CUES``, ``CC_CONDITIONS`` and the
# copyright/permission statements produce no other), what it asks of a republisher, and whether it asks to credit
# the author. This table is the one answer to "does this licence require attribution?" (README: Licences).
CONDITIONS: dict[str, tuple[str, bool]] = {
    "attribution-required": ("name the author (byline, author's name, credit, CC's BY)", True),
    # the bio (resource box) is where the author is named; keeping it is crediting the author
    "keep-author-bio": ("keep the author's bio or resource box", True),
    # links are the author's promotion, not a credit: a notice that also wants the name says so in words
    "keep-links": ("keep the links (usually the bio's)", False),
    "keep-links-active": ("keep those links clickable", False),
    # the notice names the copyright holder, who need not be the author (a site, a publisher)
    "keep-copyright-notice": ("keep the copyright line", False),
    "entire-article-only": ("republish the whole article, never an excerpt (so never a tip alone)", False),
    "no-modification": ("republish unchanged", False),
    "non-commercial": ("no commercial use", False),
    # a grant limited to a medium ("in print, but not online"): the republisher's medium must be the one it names
    "print-only": ("republish in print only, never online", False),
    "online-only": ("republish online only, never in print", False),
    "share-alike": ("republish under the same licence", False),
    "notify-author": ("tell the author where it is republished", False),
    "permission-required": ("no grant to others: ask the holder", False),
}
ATTRIBUTION_CONDITIONS = frozenset(name for name, (_, credit) in CONDITIONS.items() if credit)
FREE_TAGS = frozenset({"CC0-1.0", "CC-PDDC", PUBLIC_DOMAIN, DL_DE_ZERO})  # no condition at all
ASK_TAGS = frozenset({USED_WITH_PERMISSION, ALL_RIGHTS_RESERVED})  # no grant to others


def _tag_and_conditions(licence: Licence | dict | None) -> tuple[str, list[str]]:
    """Read a licence given as a ``Licence`` or as its dict (as written); anything else reads as no licence."""
    if isinstance(licence, Licence):
        tag, conditions = licence.tag, licence.conditions
    elif isinstance(licence, dict):
        tag, conditions = licence.get("tag"), licence.get("conditions")
    else:
        return NOASSERTION, []
    return (tag if isinstance(tag, str) else NOASSERTION,
            [c for c in conditions if isinstance(c, str)] if isinstance(conditions, list) else [])


def is_cc_by(tag: str) -> bool:
    """Tell whether a tag names a Creative Commons licence with the BY element (every CC licence but CC0).

    >>> is_cc_by("CC-BY-SA-4.0"), is_cc_by("LicenseRef-cc-by-unversioned"), is_cc_by("CC0-1.0")
    (True, True, False)
    """
    return tag.upper().removeprefix("LICENSEREF-").startswith("CC-BY")


def requires_attribution(licence: Licence | dict | None) -> bool:
    """Tell whether republishing under ``licence`` requires crediting the author: a CC BY tag, or a condition
    marked so in ``CONDITIONS`` (attribution-required, keep-author-bio). Conditions outside the vocabulary ask
    nothing.

    >>> requires_attribution({"tag": "CC-BY-4.0", "conditions": []})
    True
    >>> requires_attribution(Licence(tag=FREE_REPRINT, conditions=["attribution-required"]))
    True
    >>> requires_attribution({"tag": FREE_REPRINT, "conditions": ["keep-links"]})
    False
    >>> requires_attribution({"tag": "CC0-1.0", "conditions": []}), requires_attribution(None)
    (False, False)
    """
    tag, conditions = _tag_and_conditions(licence)
    return is_attribution_licence(tag) or not ATTRIBUTION_CONDITIONS.isdisjoint(conditions)


def attribution_missing(licence: Licence | dict | None, author: str | None, bio: object | None) -> bool:
    """Tell whether an article lost attribution its licence asks for: the licence requires attribution and no
    author is named, or it asks to keep the bio and there is none.

    >>> attribution_missing({"tag": FREE_REPRINT, "conditions": ["attribution-required"]}, None, None)
    True
    >>> attribution_missing({"tag": FREE_REPRINT, "conditions": ["attribution-required"]}, "Jane Doe", None)
    False
    >>> attribution_missing({"tag": FREE_REPRINT, "conditions": ["keep-links"]}, None, None)
    False
    """
    _, conditions = _tag_and_conditions(licence)
    return (requires_attribution(licence) and not author) or ("keep-author-bio" in conditions and bio is None)


# The reuse answer: may ONE tip of an article be republished alone? Strictest first; ``unknown`` (nothing stated,
# or terms we do not understand) is as strict as ``ask-permission``: neither is a grant.
ASK_PERMISSION, UNKNOWN, WHOLE_ARTICLE_ONLY, EXCERPT_OK = REUSE_ANSWERS = (
    "ask-permission", "unknown", "whole-article-only", "excerpt-ok")
REUSE_RANK = {ASK_PERMISSION: 0, UNKNOWN: 0, WHOLE_ARTICLE_ONLY: 1, EXCERPT_OK: 2}
# Conditions that keep a grant from covering an excerpt (CC's ND is listed as no-modification).
WHOLE_ONLY_CONDITIONS = frozenset({"entire-article-only", "no-modification"})


@dataclass(frozen=True, slots=True)
class Reuse:
    """The one reuse answer for a licence: may one tip of the article be republished alone, and on what terms.

    ``answer`` (strictest first): ``ask-permission`` (all rights reserved, used with permission: no grant to
    others), ``unknown`` (nothing stated, or terms not understood: no grant either), ``whole-article-only`` (a
    free-reprint grant or a CC ND licence: only the entire article may be republished, never a tip alone),
    ``excerpt-ok`` (public domain, CC0, a CC licence without ND: a tip may travel alone, on the listed terms).
    ``conditions``: the terms beside it, in the order of the ``CONDITIONS`` table (the CC elements of the
    tag are always listed, e.g. ``attribution-required``, ``non-commercial``, ``share-alike``).
    """

    answer: str
    conditions: tuple[str, ...]
    attribution: bool  # requires_attribution
    keep_bio: bool  # the author's bio travels with the text


def more_permissive(answer: str, than: str) -> bool:
    """Tell whether reuse answer ``answer`` allows more than ``than`` (``unknown`` and ``ask-permission`` tie).

    >>> more_permissive("excerpt-ok", "whole-article-only"), more_permissive("unknown", "ask-permission")
    (True, False)
    """
    return REUSE_RANK.get(answer, 0) > REUSE_RANK.get(than, 0)


def reuse(licence: Licence | dict | None) -> Reuse:
    """Decide how text under ``licence`` may be reused: the one answer every tip carries (``Tip.reuse``).

    >>> reuse({"tag": FREE_REPRINT, "conditions": ["entire-article-only", "keep-author-bio"]})
    Reuse(answer='whole-article-only', conditions=('keep-author-bio', 'entire-article-only'), attribution=True, \
keep_bio=True)
    >>> reuse(None).answer, reuse({"tag": "CC0-1.0"}).answer, reuse({"tag": USED_WITH_PERMISSION}).answer
    ('unknown', 'excerpt-ok', 'ask-permission')
    >>> reuse({"tag": "CC-BY-NC-4.0"}).conditions
    ('attribution-required', 'non-commercial')
    >>> reuse({"tag": "OGL-UK-3.0"})
    Reuse(answer='excerpt-ok', conditions=('attribution-required',), attribution=True, keep_bio=False)
    >>> reuse({"tag": "GFDL-1.3-or-later"}).answer, reuse({"tag": "LAL-1.3"}).answer
    ('excerpt-ok', 'excerpt-ok')
    >>> reuse({"tag": "OGL-Canada-2.0"}).conditions, reuse({"tag": DL_DE_ZERO}).answer
    (('attribution-required',), 'excerpt-ok')
    """
    tag, conditions = _tag_and_conditions(licence)
    cc = is_attribution_licence(tag)  # its elements are its conditions
    listed = set(conditions) | (set(_cc_conditions(tag)) if cc else set())
    if tag in ASK_TAGS or "permission-required" in listed:
        answer, listed = ASK_PERMISSION, {"permission-required"}
    elif tag == FREE_REPRINT or ((cc or tag in FREE_TAGS) and not WHOLE_ONLY_CONDITIONS.isdisjoint(listed)):
        answer = WHOLE_ARTICLE_ONLY
    elif cc or tag in FREE_TAGS:
        answer = EXCERPT_OK
    else:  # NOASSERTION, or a tag we cannot read: never a grant
        answer, listed = UNKNOWN, set()
    return Reuse(answer, tuple(c for c in CONDITIONS if c in listed), requires_attribution(licence),
                 "keep-author-bio" in conditions)


def licence_flags(licence: Licence | None) -> list[str]:
    """Flags a tip carries because of its licence.

    >>> licence_flags(Licence(tag=FREE_REPRINT, conditions=["entire-article-only", "keep-author-bio"]))
    ['licence-keep-author-bio', 'republish-whole-article-only']
    """
    if licence is None:
        return []
    flags = []
    decided = reuse(licence)
    if decided.answer == WHOLE_ARTICLE_ONLY or "entire-article-only" in licence.conditions:
        flags.append("republish-whole-article-only")  # a tip alone may not be republished under these terms
    if decided.keep_bio:
        flags.append("licence-keep-author-bio")
    return sorted(flags)


# ------------------------------------------------------------------------------------------------ the credit line

# The credit line says "Used with permission." on this narrower wording (not "published with permission").
CREDIT_PERMISSION = re.compile(r"\b(?:used|reprinted|republished)\s+(?:with|by)\s+(?:kind\s+)?permission\b", re.I)
SPDX_LIKE = re.compile(r"^(?!NOASSERTION$|NONE$|LicenseRef-)[A-Za-z0-9.+-]+$")


ELEMENT_WITH_CODE = re.compile(r"<(script|style)\b[^>]*>.*?(?:</\1\s*>|$)", re.I | re.S)
MARKDOWN_LINK = re.compile(r"!?\[([^\]]*)\]\((?:[^()]|\([^()]*\))*\)")
TAG = re.compile(r"<[^>]*>?")  # a tag, or an unclosed one running to the end
ACTIVE_SCHEME = re.compile(r"\b(?:javascript|vbscript|data|file|about)\s*:\S*", re.I)
MARKUP_CHARS = re.compile(r"[<>`*\[\]{}\\]|[\x00-\x1f\x7f]")
URL_UNSAFE = re.compile(r"[\s<>\"'`\\\x00-\x1f\x7f]")
WEB_SCHEMES = ("http", "https")


def without_markdown_links(text: str) -> str:
    """``MARKDOWN_LINK.sub(r"\\1", text)`` (each link its words), in linear time: every "[" before a "]" reads on to
    that "]" and meets the same rest, so where the first fails they all do and the search goes on after the "]".
    The plain ``sub`` read from every "[" to the next "]" (round 15: 20,000 "[" in an author's name, 2.2 s CPU
    through plain_credit, quadratic).

    >>> without_markdown_links("[Ann Lee](https://a.example/(x)) and ![pic](p.png) [not a link] [[a](b)")
    'Ann Lee and pic [not a link] [a'
    """
    out: list[str] = []
    kept = at = 0  # copied up to ``kept``; the search goes on at ``at``
    while (opening := text.find("[", at)) >= 0 and (closing := text.find("]", opening)) >= 0:
        start = opening - 1 if opening > at and text[opening - 1] == "!" else opening
        link = MARKDOWN_LINK.match(text, start)
        if link is None:
            at = closing + 1
            continue
        out += (text[kept:link.start()], link[1])
        kept = at = link.end()
    out.append(text[kept:])
    return "".join(out)


def plain_credit(text: str | None) -> str:
    """Return a name (author, holder) as plain text for the credit line: markup and active links removed.

    Entities are decoded first, so escaped markup cannot come back to life where the line is printed.

    >>> plain_credit('<a href="javascript:alert(1)">Ann <b>Lee</b></a>')
    'Ann Lee'
    >>> plain_credit("[Ann Lee](javascript:alert(1))"), plain_credit("Ann &lt;script&gt;x()&lt;/script&gt;Lee")
    ('Ann Lee', 'Ann Lee')
    >>> plain_credit("javascript:alert(1)"), plain_credit("JoAnna Brandi")
    ('', 'JoAnna Brandi')
    """
    if not text:
        return ""
    for _ in range(3):  # &amp;lt; is &lt; is <: decode until nothing changes
        decoded = html.unescape(text)
        if decoded == text:
            break
        text = decoded
    text = ELEMENT_WITH_CODE.sub(" ", text)
    text = without_markdown_links(text)
    text = TAG.sub(" ", text)
    text = ACTIVE_SCHEME.sub(" ", text)
    text = MARKUP_CHARS.sub(" ", text)
    return " ".join(text.split())


def web_url(url: str | None) -> str | None:
    """Return ``url`` when it is a plain http(s) URL with a host, else ``None`` (``javascript:``, ``data:``,
    scheme-relative, or holding spaces, quotes or angle brackets).

    >>> web_url("https://example.org/a?b=1&c=2"), web_url("javascript:alert(1)"), web_url("//evil.example")
    ('https://example.org/a?b=1&c=2', None, None)
    """
    if not url or len(url) > 2048 or URL_UNSAFE.search(url):
        return None
    try:
        parts = urlsplit(url)
        host = parts.hostname
    except ValueError:  # a malformed IPv6 host or port
        return None
    return url if parts.scheme.lower() in WEB_SCHEMES and host else None


def credit_line(author: str | None, licence: Licence | None, url: str | None = None) -> str:
    """Build the ready-to-print credit line of a tip from its author and licence; never invent a name.

    Rules: "By AUTHOR." (or "Author not named in the source."); then "Copyright YEAR by HOLDER." from the
    licence's holder and year (either alone when only one is known); "Licensed under TAG." for an SPDX
    licence; "Used with permission." when the verbatim statement says so; "Reprinted under the terms stated
    in the source." for a documented ``LicenseRef-…`` with nothing above; "Licence not stated." when the
    article carries no licence evidence at all; and "Source: URL." when the page's URL is known. The line is
    printed as is, so names are stripped of markup (:func:`plain_credit`) and only http(s) URLs are kept.

    >>> lic = Licence(tag="LicenseRef-used-with-permission", holder="JoAnna Brandi", year=2008,
    ...               statement="Copyright 2008 by JoAnna Brandi. Used with permission.")
    >>> credit_line("JoAnna Brandi", lic)
    'By JoAnna Brandi. Copyright 2008 by JoAnna Brandi. Used with permission.'
    >>> credit_line(None, None, "http://example.org/a")
    'Author not named in the source. Licence not stated. Source: http://example.org/a.'
    >>> credit_line("Ann Lee", Licence(tag="CC-BY-4.0"))
    'By Ann Lee. Licensed under CC-BY-4.0.'
    """
    name = plain_credit(author)
    parts = [f"By {name}." if name else "Author not named in the source."]
    rights: list[str] = []
    if licence is not None:
        holder = plain_credit(licence.holder)
        year = licence.year if isinstance(licence.year, int) and not isinstance(licence.year, bool) else None
        if holder and year:
            rights.append(f"Copyright {year} by {holder}.")
        elif holder:
            rights.append(f"Copyright {holder}.")
        elif year:
            rights.append(f"Copyright {year}.")
        if isinstance(licence.tag, str) and SPDX_LIKE.match(licence.tag):
            rights.append(f"Licensed under {licence.tag}.")
        if isinstance(licence.statement, str) and CREDIT_PERMISSION.search(licence.statement):
            rights.append("Used with permission.")
        if not rights and isinstance(licence.tag, str) and licence.tag.startswith("LicenseRef-"):
            rights.append("Reprinted under the terms stated in the source.")
    parts += rights or ["Licence not stated."]
    link = web_url(url)
    if link:
        parts.append(f"Source: {link}.")
    return " ".join(parts)
