"""Read licence statements: copyright lines, reprint notices, Creative Commons statements, into a ``Licence``.

Pure helpers used by the segment stage. A page may carry several statements (a copyright line and a reprint
notice); :func:`combine` picks the strongest grant and takes the holder and year from the copyright line.

Which statement wins when a page carries several (:func:`combine`), and why:

- A grant (Creative Commons, public domain, a free-reprint notice) beats a bare copyright line: every licensed
  text is also someone's copyright, so "© 2019 Jane Doe" beside "licensed under CC BY 4.0" names the licensor.
- "Reprinted/used with permission" beats a copyright line ("© 2014 The Site" in the footer, "Copyright 2008 Jane
  Doe. Used with permission."): both give others no grant (the reuse answer is ``ask-permission`` either way), but
  the permission line says more: the page is not the holder and carries the text by the holder's leave.
- "Reprinted/used with permission" also beats a grant: a page that only borrows a text cannot license it to
  others, so a site-wide CC footer or a directory's reprint terms do not cover it. A wrong grant is worse than
  none.
- Of two grants (a site's CC footer and the article's own reprint notice), the stricter reuse answer wins.

Tags are SPDX identifiers where one exists (``CC-BY-4.0``, ``CC0-1.0``, ...) and otherwise one of the documented
``LicenseRef-*`` tags below (the README lists them with their meaning):

- ``LicenseRef-free-reprint``: the article-directory grant ("you may publish this article in its entirety provided
  the author's name, bio and links remain intact"); what must be kept is in ``conditions``.
- ``LicenseRef-used-with-permission``: the page republishes it with the holder's permission; no grant to others.
- ``LicenseRef-all-rights-reserved``: a bare copyright line (``© 2008 Jane Doe``), or "All rights reserved".
- ``LicenseRef-public-domain``: the author dedicates it to the public domain in words, not with CC0.
- ``LicenseRef-cc-<elements>-unversioned`` / ``LicenseRef-CC-...``: a Creative Commons licence named without a
  version, or a version SPDX has no identifier for. A country port SPDX has no id for is the plain id of its
  version (SPEC).
- ``NOASSERTION``: nothing is stated.
"""

from __future__ import annotations

import bisect
import calendar
import datetime
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, field

import ahocorasick

from ..records import Licence
from .dates import DATE, MONTH_STEMS, YEAR, iso_dates
from .gated import GatedAlternation, top_branches
from .languages import LANGUAGES, SCRIPT_FULL_STOPS, alternation, other_languages, word_patterns
from .languages import words as table_words

# What a licence asks lives in terms.py, so commands that only ask it compile none of the patterns here; re-exported.
from .terms import (  # noqa: F401
    ACTIVE_SCHEME,
    ALL_RIGHTS_RESERVED,
    ASK_PERMISSION,
    ASK_TAGS,
    ATTRIBUTION_CONDITIONS,
    CC_CONDITIONS,
    CONDITIONS,
    CREDIT_PERMISSION,
    DL_DE_ZERO,
    ELEMENT_WITH_CODE,
    EXCERPT_OK,
    FOLDS_TO_ASCII,
    FREE_REPRINT,
    FREE_TAGS,
    LAL_UNVERSIONED,
    MARKDOWN_LINK,
    MARKUP_CHARS,
    NOASSERTION,
    OGL_UNVERSIONED,
    PUBLIC_DOMAIN,
    REUSE_ANSWERS,
    REUSE_RANK,
    SPDX_LIKE,
    TAG,
    UNKNOWN,
    URL_UNSAFE,
    USED_WITH_PERMISSION,
    WEB_SCHEMES,
    WHOLE_ARTICLE_ONLY,
    WHOLE_ONLY_CONDITIONS,
    Reuse,
    _cc_conditions,
    _tag_and_conditions,
    attribution_missing,
    credit_line,
    gatable,
    is_attribution_licence,
    is_cc_by,
    is_gfdl,
    is_ogl,
    licence_flags,
    more_permissive,
    plain_credit,
    requires_attribution,
    reuse,
    web_url,
)

# Which statement wins when a page carries several: an explicit grant beats a bare copyright line (and of two grants
# the stricter one wins, see combine).
STRENGTH = {"cc": 5, "public-domain": 4, "reprint": 3, "permission": 2, "copyright": 1}
GRANT_KINDS = ("cc", "public-domain", "reprint")

_CC_ELEMENTS = ("BY", "BY-SA", "BY-NC", "BY-ND", "BY-NC-SA", "BY-NC-ND")
# SPDX ids for Creative Commons licences (unported versions, plus the ports SPDX lists).
SPDX_CC = frozenset(
    [f"CC-{e}-{v}" for e in _CC_ELEMENTS for v in ("2.0", "2.5", "3.0", "4.0")]
    + [f"CC-{e}-1.0" for e in _CC_ELEMENTS if e != "BY-NC-ND"]
    + ["CC0-1.0", "CC-PDDC", "CC-BY-2.5-AU", "CC-BY-3.0-AT", "CC-BY-3.0-AU", "CC-BY-3.0-DE", "CC-BY-3.0-IGO",
       "CC-BY-3.0-NL", "CC-BY-3.0-US", "CC-BY-NC-3.0-DE", "CC-BY-NC-ND-3.0-DE", "CC-BY-NC-ND-3.0-IGO",
       "CC-BY-NC-SA-2.0-DE", "CC-BY-NC-SA-2.0-FR", "CC-BY-NC-SA-2.0-UK", "CC-BY-NC-SA-3.0-DE",
       "CC-BY-NC-SA-3.0-IGO", "CC-BY-ND-3.0-DE", "CC-BY-SA-2.0-UK", "CC-BY-SA-2.1-JP", "CC-BY-SA-3.0-AT",
       "CC-BY-SA-3.0-DE", "CC-BY-SA-3.0-IGO"]
)

CC_URL = re.compile(
    r"creativecommons\.org/licen[cs]es/(?P<el>[a-z]+(?:-[a-z]+)*)/(?P<ver>\d\.\d)(?:/(?P<port>[a-z]{2,3})\b)?",
    re.I,
)
# The UK Open Government Licence by its name or its URL ("under the Open Government Licence v3.0", a gov.uk footer's
# rel=license link to ".../doc/open-government-licence/version/3/"); without a version it is the licence still
# (councils' pages say "under the terms of the Open Government Licence"): terms.OGL_UNVERSIONED. The name is
# capitalised as a name is: "the open government licence debate" is prose about it.
OGL = re.compile(r"\b(?-i:Open\s+Government\s+Licen[cs]e|OPEN\s+GOVERNMENT\s+LICEN[CS]E)\b"  # the name, not prose
                 r"(?:\s+for\s+public\s+sector\s+information)?"
                 r"(?:\s*\(?\s*(?:v(?:ersion)?\.?\s*(?P<ver>[123])(?:\.0)?|(?P<ver2>[123])\.0)\b)?"
                 r"|open-government-licen[cs]e/version/(?P<ver3>[123])\b", re.I)
# round 26: other countries' open-government licences by name or URL (SPDX ids in terms.NATIONAL_OPEN_LICENCES):
# Canada's ("Open Government Licence - Canada", its French name, open.canada.ca's URL: one version, 2.0), France's
# Licence Ouverte / Open Licence of Etalab (2.0, or no version: 1.0 was replaced in 2017), Germany's Datenlizenz
# Deutschland with attribution or Zero (version 2.0: "dl-de/by-2-0"), Norway's NLOD (1.0 or 2.0, named with its
# version). A name as a name is written; a version these ids do not have reads as no licence. Searched before OGL:
# Canada's name begins with the UK licence's.
NATIONAL_OGL = re.compile(
    r"(?P<ca>\b(?-i:Open\s+Government\s+Licen[cs]e|OPEN\s+GOVERNMENT\s+LICEN[CS]E)\s*[-\u2013\u2014:,]?\s*"
    r"(?-i:Canada|CANADA)\b|\b(?-i:Licence\s+du\s+gouvernement\s+ouvert)\s*[-\u2013\u2014:,]?\s*(?-i:Canada)\b"
    r"|open\.canada\.ca/\w+/open-government-licen[cs]e-canada)"
    r"|(?P<fr>\b(?-i:Licence\s+Ouverte|LICENCE\s+OUVERTE)\b(?:\s*/\s*(?-i:Open\s+Licen[cs]e))?"
    r"(?:\s*\(?(?:v(?:ersion)?\.?\s*)?(?P<frver>[12])\.0)?"
    r"|\betalab[-\s](?P<frver2>2)\.0\b|etalab\.gouv\.fr/(?:wp-content/uploads/\d+/\d+/)?(?:licence-ouverte|open-licen[cs]e))"
    r"|(?P<de>\b(?-i:Datenlizenz\s+Deutschland)\s*[-\u2013\u2014]?\s*(?P<dekind>Namensnennung|Zero)"
    r"\s*[-\u2013\u2014]?\s*(?:Version\s*)?(?P<dever>[12])\.0"
    r"|\bdl-de/(?P<dekind2>by|zero)-(?P<dever2>[12])-0\b|\bDL-DE-(?P<dekind3>BY|ZERO)-(?P<dever3>[12])\.0\b)"
    r"|(?P<no>\b(?-i:Norsk\s+lisens\s+for\s+offentlige\s+data|Norwegian\s+Licen[cs]e\s+for\s+Open\s+Government"
    r"\s+Data)\b(?:\s*\((?-i:NLOD)\))?\s*(?:v(?:ersion)?\.?\s*)?(?P<nover>[12])\.0"
    r"|\b(?-i:NLOD)[-\s]?(?P<nover2>[12])\.0\b|data\.norge\.no/nlod/\w+/(?P<nover3>[12])\.0)", re.I)


# Words one of NATIONAL_OGL's names or URLs holds, lowered: the statement gate's hints and find_cc's gate. (Canada's
# English name and URL hold the UK licence's own words, "government licen" / "government-licen", which both gates
# already list.)
NATIONAL_OGL_WORDS = ("gouvernement ouvert", "licence ouverte", "etalab", "datenlizenz", "dl-de", "nlod",
                      "offentlige data", "open government data")


def national_tag(match: re.Match[str]) -> str | None:
    """The SPDX id of a national open-government licence ``NATIONAL_OGL`` matched, or None for a version SPDX lacks.

    >>> [national_tag(NATIONAL_OGL.search(t)) for t in ("under the Open Government Licence – Canada",
    ...     "Licence Ouverte / Open Licence version 2.0", "dl-de/by-2-0",
    ...     "Datenlizenz Deutschland – Zero – Version 2.0", "Norsk lisens for offentlige data (NLOD) 2.0",
    ...     "Licence Ouverte v1.0")]
    ['OGL-Canada-2.0', 'etalab-2.0', 'DL-DE-BY-2.0', 'DL-DE-ZERO-2.0', 'NLOD-2.0', None]
    """
    if match["ca"]:
        return "OGL-Canada-2.0"
    if match["fr"]:
        return None if match["frver"] == "1" else "etalab-2.0"
    if match["de"]:
        kind = (match["dekind"] or match["dekind2"] or match["dekind3"]).lower()
        version = match["dever"] or match["dever2"] or match["dever3"]
        return None if version != "2" else ("DL-DE-BY-2.0" if kind in ("by", "namensnennung") else DL_DE_ZERO)
    return f"NLOD-{match['nover'] or match['nover2'] or match['nover3']}.0"


# round 20: the GNU Free Documentation License by its name or its short name, its version and "or any later version"
# after it ("under the terms of the GNU Free Documentation License, Version 1.3 or any later version published by the
# Free Software Foundation"): SPDX GFDL-1.3-or-later; a version alone is "-only"; no version lets a reader choose any
# (the licence's own words), GFDL-1.1-or-later. A name, capitalised: "free documentation" in prose is no licence.
GFDL = re.compile(r"\b(?:(?-i:GNU)\s+(?-i:Free\s+Documentation\s+Licen[cs]e|FREE\s+DOCUMENTATION\s+LICEN[CS]E)"
                  r"|(?-i:GNU\s+FDL|GFDL)\b)"
                  r"(?:\s*\(\s*(?-i:GFDL|FDL)\s*\))?(?:,?\s+(?:v(?:ersion)?\.?\s*)?(?P<ver>1\.[123])\b"
                  r"(?P<later>(?:,?\s+or\s+(?:\(at\s+your\s+option\)\s+)?(?:any\s+)?later(?:\s+version)?)?))?", re.I)
# round 22: the Free Art License by its English or French name ("under the Free Art License 1.3 (Licence Art Libre)",
# "Licence Art Libre 1.3"), the other name in brackets after it, its version after either (SPDX LAL-1.2, LAL-1.3); its
# short name with the version ("LAL 1.3": alone, "LAL" is an airport's code), its URL, and Copyleft Attitude, the
# collective that wrote it, as pages name it; without a version it is the licence still (terms.LAL_UNVERSIONED).
# Names, capitalised: "free art" in prose is no licence.
_LAL_NAME = r"(?-i:Free\s+Art\s+Licen[cs]e|FREE\s+ART\s+LICEN[CS]E|Licence\s+Art\s+Libre|LICENCE\s+ART\s+LIBRE)"
LAL = re.compile(rf"\b{_LAL_NAME}(?:\s*\(\s*(?:{_LAL_NAME}|(?-i:LAL))(?:\s+(?P<ver0>1\.[23]))?\s*\))?"
                 r"(?:,?\s+(?:v(?:ersion)?\.?\s*)?(?P<ver>1\.[23])\b)?"
                 r"|\b(?-i:LAL)[\s-]?(?P<ver2>1\.[23])\b|\bartlibre\.org/licen[cs]e/lal\b|\b(?-i:Copyleft\s+Attitude)\b")
CC_ZERO = re.compile(r"creativecommons\.org/publicdomain/zero/1\.0|\bCC0\b|\bCC[- ]?Zero\b", re.I)
# CC0 by its waiver sentence alone ("... has waived all copyright and related or neighboring rights to this work"),
# where a page shows the CC0 badge as an image: the sentence is CC0's own, and CC0 has one version.
CC_WAIVER = re.compile(r"\bwaived?\s+all\s+copyright\s+and\s+related\s+(?:(?:or|and)\s+neighbou?ring\s+)?rights\b",
                       re.I)
# Creative Commons named in words. The licence's elements, as its deeds name them in English and in the languages
# of the translated deeds (German, French, Spanish, Italian, Portuguese, Dutch, Polish, Swedish, Finnish, Czech,
# Hungarian, Turkish, Danish, Norwegian, Romanian), each to its code;
# "Attribution" (BY) in those languages opens the name. Old names count too: "NoDerivs", "No Derivative Works".
CC_ELEMENT_WORDS = (
    ("nc", r"Non[\s-]?Commercial|Nicht[\s-]?kommerziell|Pas\s+d['’]Utilisation\s+Commerciale|No\s?Comercial"
           r"|Non\s+commerciale|N[ãa]o\s?Comercial|Niet[\s-]?Commercieel|U[żz]ycie\s+niekomercyjne|Ickekommersiell"
           r"|Ei\s?Kaupallinen|Neu[žz][íi]vejte\s+komer[čc]n[ěe]|Ne\s+add\s+el!?|Gayri\s?Ticari|Ikke\s?Kommer[cs]iel"
           r"|Necomercial|Non[\s-]?Komersial"
           # the Chinese (simplified, traditional), Japanese and Korean deeds' names
           r"|非商业性使用|非商業性使用|非営利|비영리"
           # the Persian, Arabic, Hebrew, Thai, Bengali and Hindi names
           r"|غیر[\s\u200c]?تجاری|غير\s+(?:ال)?تجاري|(?:שימוש\s+)?לא\s+מסחרי|ไม่ใช้เพื่อการค้า|অবাণিজ্যিক"
           r"|गैर[\s-]?(?:व्यावसायिक|वाणिज्यिक)|नॉन[\s-]?कमर्शियल|अव्यावसायिक"
           # round 17: the Estonian, Latvian, Lithuanian, Slovenian, Croatian, Serbian, Macedonian, Russian,
           # Ukrainian and Greek deeds' names
           r"|Mitte[äa]riline(?:\s+eesm[äa]rk)?|Nekomerci(?:[āa]ls|nis|alno|jalno)|Некомерцијално|Некоммерческ\w*(?:\s+использовани\w*)?"
           r"|Некомерційн\w*|Μη\s+Εμπορική\s+Χρήση"),
    ("nd", r"No[\s-]?Deriv(?:ative)?(?:s|\s+Works)|Keine\s+Bearbeitung(?:en)?|Pas\s+de\s+Modification"
           r"|Sin\s?Obras?\s?Derivadas?|Sin\s?Deriva(?:das|r)|Non\s+opere\s+derivate|Sem\s?Deriva(?:[çc](?:õ|o)es|dos)"
           r"|Geen\s?Afgeleide\s?Werken|Bez\s+utwor[óo]w\s+zale[żz]nych|Inga\s+bearbetningar"
           r"|Ei\s?Muutoksia|Nezasahujte\s+do\s+d[íi]la|Ne\s+v[áa]ltoztasd!?|T[üu]retilemez|Ingen\s?Bearbe[ji]d"
           r"|F[ăa]r[ăa]\s?Derivate|Tanpa\s?Turunan"
           r"|禁止演绎|禁止改作|改変禁止|변경\s?금지"
           r"|(?:بدون|منع|عدم)\s+(?:ال)?اشتقاق|ללא\s+יצירות\s+נגזרות|ห้ามแก้ไข|অপরিবর্তিত|व्युत्पन्न\s+नहीं"
           r"|नो[\s-]?डेरिव्ह?\w*"
           r"|Tuletatud\s+teoste\s+keeld|Tuletiste\s+keeld|Bez\s+atvasin[āa]jumiem|(?:Jokių|Be)\s+i[šs]vestinių\s+kūrinių"
           r"|Brez\s+predelav|Bez\s+prerada|Без\s+прерада|Без\s+преработки|Без\s+производных|Без\s+похідних"
           r"|Όχι\s+Παράγωγα\s+Έργα"),
    ("sa", r"Share[\s-]?Alike|Weitergabe\s+unter\s+gleichen\s+Bedingungen|Partage\s+dans\s+les\s+M[êe]mes\s+Conditions"
           r"|Compartir\s?Igual|Condividi\s+allo\s+stesso\s+modo|Compartilha\s?Igual|Gelijk\s?Delen"
           r"|Na\s+tych\s+samych\s+warunkach|Dela\s?Lika"
           r"|Jaa\s?Samoin|Zachovejte\s+licenci|[ÍI]gy\s+add\s+tov[áa]bb!?|Ayn[ıi]\s?Lisansla\s?Payla[şs]"
           r"|Del\s?P[åa]\s?Samme\s?Vilk[åa]r|Partajare\s?Identic[ăa]|Berbagi\s?Serupa"
           r"|相同方式共享|相同方式分享|継承|동일\s?조건\s?변경\s?허락"
           r"|اشتراک[\s\u200c]?گذاری\s+(?:به\s+)?همانند|(?:الترخيص|المشاركة)\s+بالمثل|שיתוף\s+זהה"
           r"|อนุญาตแบบเดียวกัน|একই\s+শর্তে|समान\s+रूप\s+से\s+साझा|शे(?:अ|य)र[\s-]?अ(?:लाइक|लाईक)"
           r"|Jagamine\s+samadel\s+tingimustel|L[īi]dz[īi]gi|Analogiškas\s+platinimas|Tokia\s+pačia\s+licencija"
           r"|Deljenje\s+pod\s+enakimi\s+pogoji|Dijeli\s+pod\s+istim\s+uvjetima|Deliti\s+pod\s+istim\s+uslovima"
           r"|Делити\s+под\s+истим\s+условима|Сподели\s+под\s+исти\s+услови|На\s+тех\s+же\s+условиях"
           r"|Сохранение\s+условий|Поширення\s+на\s+тих\s+самих\s+умовах|Παρόμοια\s+Διανομή"),
)
CC_ELEMENT_CODES = tuple((code, re.compile(words, re.I)) for code, words in CC_ELEMENT_WORDS)
_WORD_ELEMENTS = "(?:(?:" + "|".join(words for _, words in CC_ELEMENT_WORDS) + r")[\w'’]*)"  # "commerciale"
_BY_WORDS = (r"(?:Attribution|Namensnennung|Paternit[ée]|Reconocimiento|Atribuci[óo]n|Attribuzione|Atribui[çc][ãa]o"
             r"|Naamsvermelding|Uznanie\s+autorstwa|Erk[äa]nnande|Nime[äa]|Uve[ďd]te\s+p[ůu]vod|Nevezd\s+meg!?|At[ıi]f"
             r"|Kreditering|Navngivelse|Atribuire|Atribusi|署名|姓名標示|表示|저작자\s?표시"
             # Persian, Arabic, Hebrew, Thai, Bengali, Hindi
             r"|نسبت[\s\u200c]?دادن|انتساب|نسب\s+المصنف|النسبة|ייחוס|แสดงที่มา|অ্যাট্রিবিউশন|श्रेय"
             # Marathi and Hindi write the English name in Devanagari ("अ‍ॅट्रिब्यूशन", "एट्रिब्यूशन")
             r"|(?:अ\u200d?ॅ|ॲ|ऍ|ए)ट्रिब्यू?शन"
             # round 17: Estonian, Latvian, Lithuanian, Slovenian, Croatian, Serbian, Macedonian, Russian, Ukrainian
             # and Greek
             r"|Autorile\s+viitamine|Atsauce|Priskyrimas|Priznanje\s+avtorstva|Imenovanje|Autorstvo|Ауторство"
             r"|Наведи\s+извор|Атрибуция|С\s+указанием\s+авторства|Указание\s+авторства|Зазначення\s+авторства"
             r"|Αναφορά\s+Δημιουργού"
             # round 20: the Indonesian deed's name, as Indonesian, Malay and Javanese pages write it
             r"|Atribusi)")
# "Attribution-NonCommercial", "Namensnennung - Nicht kommerziell", "Attribution, NonCommercial and ...", spaces
_CC_SEP = r"(?:\s*[-–—,،/+]\s*(?:and\s+)?|\s+and\s+|\s+)"
# The port a deed names after its version, for the ports SPDX lists (others keep their code in a LicenseRef).
CC_PORT_WORDS = {"united states": "us", "us": "us", "germany": "de", "deutschland": "de", "austria": "at",
                 "österreich": "at",
                 "netherlands": "nl", "nederland": "nl", "australia": "au", "england and wales": "uk",
                 "england & wales": "uk", "uk": "uk", "japan": "jp", "france": "fr", "igo": "igo", "polska": "pl",
                 "poland": "pl", "españa": "es", "spain": "es", "italia": "it", "italy": "it", "brasil": "br",
                 "brazil": "br", "schweiz": "ch", "switzerland": "ch", "canada": "ca", "new zealand": "nz"}
_PORT = r"(?P<port>United\s+States|US|Germany|Deutschland|Austria|Österreich|Netherlands|Nederland|Australia" \
        r"|England\s+(?:and|&)\s+Wales|UK|Japan|France|IGO|Polska|Poland|España|Spain|Italia|Italy|Brasil|Brazil" \
        r"|Schweiz|Switzerland|Canada|New\s+Zealand)\b"
_VERSION_TAIL = (r"(?:[\s,]+(?:International|Internationale?|Internacional|Internazionale|Internationaal"
                 r"|Mi[ęe]dzynarodowe|Kansainv[äa]linen|Mezin[áa]rodn[íi]|Nemzetk[öo]zi|Uluslararas[ıi]"
                 r"|Interna[țţt]ional[ăa]?|Internasional|Unported|Generic|بین[\s\u200c]?المللی|الدولية|בינלאומי|สากล|আন্তর্জাতিক"
                 r"|अंतरराष्ट्रीय|आंतरराष्ट्रीय))?"
                 r"(?:\s+(?:Public\s+)?(?:Licen[cs]e|Lizenz|Licencia|Licenza|Licen[çc]a|Licentie|Licencja|Licens))?"
                 r"(?:,?\s+v(?:ersion)?\.?)?\s*(?P<ver>\d[.٫]\d)?(?:(?<=\d)\s+" + _PORT + ")?"
                 # the version in another script's digits, then "International" after it ("۴٫۰ بین‌المللی")
                 r"(?:(?<=\d)\s+(?:بین[\s\u200c]?المللی|الدولية|בינלאומי|สากล|আন্তর্জাতিক|अंतरराष्ट्रीय|आंतरराष्ट्रीय))?")
CC_NAME_SCRIPTS = (r"کری[یِ]{0,2}تیو\s*کا?منز|المشاع\s+الإبداعي|קריא(?:יי)?טיב\s+קומונס|ครีเอทีฟ\s*คอมมอนส์"
                   r"|ক্রিয়েটিভ\s+কমন্স|क्रिएटिव(?:्ह)?\s+कॉमन्स")  # (Marathi: "क्रिएटिव्ह")
CC_NAME_WORDS = ("کامنز", "کامانز", "المشاع", "קומונס", "ครีเอทีฟ", "কমন্স", "कॉमन्स")  # each name holds one
CC_WORDS = re.compile(  # "Creative Commons Attribution-...", the licence's own name after "licensed under", or its
    # compound name alone ("an Attribution-NonCommercial-NoDerivatives licence": the hyphenated name is CC's own)
    # (the name and its licence word inflected: "Creative Commonsi litsentsi", "licencijom Creative Commons")
    rf"(?:(?:Creative\s+Commons(?:i|a|u|om)?(?:\s+\(CC\))?(?:\s+Lizenz|\s+licen[cs]e|\s+litsents\w{{0,3}}"
    rf"|\s+licenc\w{{0,4}}|\s+лиценц\w{{0,3}}|\s+ліценз\w{{0,3}}|\s+άδεια)?"
    # Creative Commons as the Chinese, Japanese and Korean deeds name it ("知识共享署名-非商业性使用 4.0")
    r"|知识共享|知識共享|創用\s?CC|クリエイティブ・コモンズ|크리에이티브\s*커먼즈(?:\s*라이선스)?"
    # ... and as Persian, Arabic, Hebrew, Thai, Bengali and Hindi pages write it, its name in quotes after it
    rf"|{CC_NAME_SCRIPTS})"
    rf"(?:\s*[:(–«\"“-]\s*|\s+|(?<=[^\x00-\u2fff])){_BY_WORDS}"
    # the Korean deed's compound name alone ("저작자표시-비영리-변경금지"), as a blog's licence box gives it
    r"|저작자\s?표시(?=\s*-\s*(?:비영리|변경\s?금지|동일\s?조건\s?변경\s?허락))"
    rf"|\blicen[cs]ed\s+under\s+(?:the\s+|an?\s+)?Attribution"
    # the hyphenated name alone, as a licence this text is under ("shared under an Attribution-NonCommercial ...") or
    # named as a licence ("... Attribution-NoDerivatives licence"); "Attribution-NonCommercial lets others ..." in a
    # post about licences is prose
    rf"|\bunder\s+(?:the\s+|an?\s+)?(?-i:Attribution)(?=\s*[-–]\s*{_WORD_ELEMENTS})"
    rf"|\b(?-i:Attribution)(?=(?:\s*[-–]\s*{_WORD_ELEMENTS})+\s+(?:\d\.\d\s+)?(?:International\s+)?"
    r"(?:licen[cs]e|Lizenz)))"
    rf"(?P<words>(?:{_CC_SEP}{_WORD_ELEMENTS})*)[»”\"]?" + _VERSION_TAIL,  # (the name in quotes: «...» 4.0)
    re.I,
)
CC_SHORT = re.compile(r"\b(?:CC|Creative\s+Commons)(?:\s+[Ll]icen[cs]es?)?(?:[- ]|\s*[(:]\s*)"
                      r"(?P<el>BY(?:[- ](?:NC|ND|SA)){0,2})(?:[ -](?P<ver>\d\.\d))?\b"
                      # a port after the version, in a footer's short form: "CC BY-NC-ND 3.0 DE"
                      r"(?:(?<=\d)[ -](?P<sport>DE|AT|AU|NL|US|UK|JP|FR|IGO|PL|ES|IT|BR|CH|CA|NZ)\b)?"
                      # in lower case only with a version: "user contributions licensed under cc by-sa 3.0"
                      r"|\b(?i:cc[- ](?P<lower>by(?:[- ](?:nc|nd|sa)){0,2})[ -](?P<lver>\d\.\d))\b"
                      # ... or hyphenated with an element: "cc by-nc-nd" (never "cc by email")
                      r"|\b(?i:cc[- ](?P<lower2>by(?:-(?:nc|nd|sa)){1,2}))\b(?![-.]\w)")
_NAME = r"(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3})"
# Who licenses the work: the licence chooser's "<Title> by <Name> is licensed under ...", the CC0 waiver
# "<Name> has waived all copyright ...", and the TASL credit line "Text: <Name>, CC BY 4.0" (CC_HOLDER below).
WAIVER_HOLDER = re.compile(rf"{_NAME}\s+has\s+waived\s+all\s+copyright")
# Where a run of a name's characters first holds a capital (WAIVER_HOLDER's name can start only there, see below)
RUN_CAPITAL = re.compile(r"(?<![\w'’.-])(?:(?![A-Z])[\w'’.-])*(?P<capital>[A-Z])")


class RunStartSearch:
    r"""A pattern opening on ``[A-Z][\w'’.-]*`` followed by a blank, searched from each run's first capital only.

    A match can start on any capital of a run of the name's characters, and from a later capital of the run it
    matches only if it also does from the first (the first word takes the rest of the run either way; a blank
    must follow it). So the leftmost match starts on a run's first capital, and ``search`` is ``match`` from each
    of those in turn: the same match as ``pattern.search``. Searched from every position, one run of 20,000
    capitals took WAIVER_HOLDER 9 s in segment alone (a CC line holding it); ``needs``: a word every match holds.

    >>> waiver = RunStartSearch(WAIVER_HOLDER, "waived")
    >>> waiver.search("xAnn Lee has waived all copyright")["name"], waiver.search("Ann Lee waived it") is None
    ('Ann Lee', True)
    """

    def __init__(self, pattern: re.Pattern[str], needs: str) -> None:
        self.pattern, self.needs = pattern, needs

    def search(self, text: str) -> re.Match[str] | None:
        if self.needs not in text:
            return None
        return next((m for run in RUN_CAPITAL.finditer(text) if (m := self.pattern.match(text, run.start("capital")))),
                    None)


CC_HOLDER = (
    re.compile(rf"\bby\s+{_NAME}\s+is\s+licen[cs]ed\b"),
    RunStartSearch(WAIVER_HOLDER, "waived"),
    re.compile(rf"\b(?:Text|Words|Article|Author)\s*:\s*{_NAME}\s*[,;]\s*(?:licen[cs]ed\s+(?:under\s+)?)?"
               r"(?:CC\b|Creative)"),
)


def _from_word_start(pattern: str) -> re.Pattern[str]:
    r"""Compile a case-insensitive ``pattern`` each of whose branches opens on a letter at a word's start behind a test
    of just that: a search then tries the branches where a word starts, not at every character, with the same
    matches (GRANT searches 2.2x faster, RESTRICT, WITHHELD and PERMISSION ~1.6x; tests/text/test_licence.py checks
    the branches' openings of every pattern compiled so).

    >>> _from_word_start(r"free\s+to|\bpass").search("a compass, free to go").group()
    'free to'
    """
    return re.compile(rf"\b(?=[a-z])(?:{pattern})", re.I)


def _gated_from_word_start(pattern: str) -> GatedAlternation:
    """:func:`_from_word_start`'s pattern searched with only the branches whose words a text holds (text/gated.py):
    the same matches, for the patterns asked of most lines that pass the licence gate, whose branches each hold a
    word most of those lines lack (WITHHELD: 2.6x faster on the real texts' lines asked, issue 19). A pattern whose
    match is read by its groups stays whole (a search without a branch lacks that branch's groups)."""
    return GatedAlternation(top_branches(pattern), re.I, head=r"\b(?=[a-z])")


# --- free-reprint grants, read one sentence at a time. A grant needs someone allowed (you, publishers, "feel free",
# "permission to"), a reuse verb and this text as its object ("this article", "my columns"; never "these tips" or
# "the content of your fridge"). A strong verb (publish, reprint, distribute) is a grant by itself; a weak one (use,
# share, post, include, run) only with a place to publish (newsletter, website, in print) or a term to keep (the
# author box), so "feel free to share this post with your friends" grants nothing.
_STRONG = r"(?:re-?)?publish|re-?print|reproduce|(?:re)?distribute|syndicate"
# "pass it along/on" is a weak verb too: a directory's pass-along box ("pass this article along in your ezine").
_WEAK = (r"use|re-?use|share|re-?post|post|include|run|photocopy|copy|print|e-?mail|circulate|forward|feature|carry"
         r"|place|add|pass|send|hand\s+(?:out|on|round)|give\s+away|pick\s+up")
# The passive participle of every verb above, as a notice's bare subject writes it ("may be reprinted", "may be
# shared"): the stem with -d/-ed, and a -y verb's -ied ("may be copied", "may be photocopied", "may be carried").
_PARTICIPLE = r"(?:(?:photo)?copied|carried|(?:" + _STRONG + "|" + _WEAK + r")[ed]*)"
_PARTICLE = r"(?:\s+(?:along|on))?"  # "pass along this article"; after the work: "pass this article along"
# The texts a notice may name as its own: an article and its kin, and the documents a club or a society hands out
# ("this FAQ", "this guide", "any item from the newsletter").
_TEXTS_NAMED = (r"(?:articles?|pieces?|posts?|columns?|essays?|contents?|text|stor(?:y|ies)|write-?ups?|materials?"
                r"|items?|FAQs?|guides?|handouts?|leaflets?|booklets?|(?:(?:tip|fact|info|advice|help|information)\s?)?sheets?|publications?|pages?"
                r"|reports?|reviews?|files?|documents?|brochures?|flyers?|pamphlets?"
                r"|features?|letters?|recipes?|poems?|tutorials?|lessons?|(?:press\s+|news\s+)?releases?"
                # the printable kin a how-to page hands out ("this checklist", "the worksheet", "my slides")
                r"|checklists?|worksheets?|printables?|planners?|infographics?|charts?|posters?|chapters?"
                r"|transcripts?|slides?|decks?"
                # round 20: a digest's or a round-up's name for itself ("run this roundup in your newsletter")
                r"|round-?ups?|digests?)")
_TEXTS = _TEXTS_NAMED
# ... or the texts of a place, as a directory's, a site's or a newsletter's terms name them: "articles in this
# directory", "any article in this issue", "the content on this site" (never "the content of your fridge").
_PLACE = (r"(?:(?:this|the|our|my)\s+(?:[\w-]+\s+)?(?:directory|site|web\s*site|blog|issue|newsletter|e-?zine|bulletin"
          r"|archive|section|column|magazine|digest|collection|library|page|feed|channel)\b"
          # or a newsletter, a magazine or a site by its name: "any item from the Chronicle"
          r"|(?:the\s+)?(?-i:[A-Z][\w'’-]+)(?:\s+(?-i:[A-Z][\w'’-]+)){0,3}\b)")
_WORK = (rf"(?:\b(?:(?:all|any|each|every|the)\s+(?:(?:of\s+)?(?:the|our|my)\s+)?)?{_TEXTS}\s+"  # the longer form first
         rf"(?:(?:published|posted|found|appearing|listed)\s+)?(?:(?:in|on|at|from|of)\s+{_PLACE}|here\b)"
         # "anything in the Bulletin", "everything on this site": every text the place carries
         rf"|\b(?:anything|everything)\s+(?:(?:published|printed|written)\s+)?(?:in|on|from)\s+{_PLACE}"
         # "any item", "all of our articles": every text the notice's page carries
         rf"|\b(?:all|any|each|every|individual)\s+(?:(?:of\s+)?(?:the|our|my|these)\s+)?{_TEXTS}\b"
         # "whole posts", "complete articles": every text the notice's page carries, kept whole
         rf"|\b(?:whole|entire|complete|full)\s+(?=[\w-]*s\b){_TEXTS}\b"
         # round 20: "repost the whole thing": this text, kept whole, in a poster's own words
         r"|\bthe\s+(?:whole|entire)\s+thing\b"
         # "either article above", "both pieces below": a newsletter's footer for the texts over it
         rf"|\b(?:either|both)\s+(?:(?:of\s+)?(?:the|our|my|these)\s+)?{_TEXTS}\s+(?:above|below)\b"
         r"|\b(?:this|these|my|our|the(?:\s+following)?)\s+(?:(?:free|entire|complete|whole|above|below|original)\s+"
         r"|(?!(?:other|same|next|last|first|best)\b)[\w-]+(?:['’]s)?\s+(?=(?:articles|posts|columns|essays|pieces)\b))?"
         rf"{_TEXTS}\b)")
# A publisher's name as a notice puts it before the texts it speaks for ("Harbour Council leaflets", "The Extension's
# materials"): one to five capitalised words, a possessive allowed.
_PUBLISHER = r"(?:(?:the\s+)?(?-i:[A-Z][\w&'’-]*)(?:\s+(?-i:[A-Z][\w&'’-]*)){0,4}\s+)?"
_WHO = (r"(?:you|anyone|everyone|readers?|(?:(?:e-?zine|newsletter|web\s*site|blog|site|online|print)\s+)?"
        r"(?:publishers?|editors?|owners?|webmasters?|bloggers?|aggregators?|newspapers?|magazines?|newsletters?"
        r"|e-?zines?|clubs?|societ(?:y|ies)|(?:web\s*)?sites?|blogs?|groups?|organi[sz]ations?|charit(?:y|ies)|schools?))")
# The nouns of leave a writer gives ("you have my permission", "... my blessing", "... our consent").
_LEAVE = r"(?:permission|blessing|consent|go-?ahead)"
_MAY = (r"(?:\s+(?:may|can)|(?:\s+are|['’]re)\s+(?:hereby\s+)?(?:allowed|free|welcome|permitted|invited|encouraged)"
        r"\s+to|\s+have\s+(?:my|our|full|the\s+author['’]s)?\s*(?:full\s+)?" + _LEAVE + r"\s+to"
        r"|\s+have\s+(?:the\s+|full\s+)?rights?\s+to)")
_VERBS = rf"(?:{_STRONG}|{_WEAK})(?:\s*(?:,|or|and|and/or|/)\s*(?:{_STRONG}|{_WEAK}))*"  # "forward or reprint"
NAMED_IT_GAP = 200  # the most characters between "this article" and "you may ... it" (see _GRANT)
# (Before _MAY's own blank run: "\s*," or blanks before "'re" only - the old "\s*,?" split a blank run between
# itself and _MAY's "\s+" every way, quadratic in one match: "aggregators" and 20 KB of spaces took 9 s. The same
# strings and matches.)
_GRANT = (
    rf"\b{_WHO}(?:\s*(?:,|and|or|&)\s*[\w-]+(?:\s+[\w-]+)?)?(?:\s*,|\s*(?=['’]))?{_MAY}\s+(?:freely\s+|also\s+)?"
    rf"(?P<a>{_VERBS}){_PARTICLE}\s+{_WORK}"
    rf"|\bfeel\s+free\s+to\s+(?P<b>{_VERBS}){_PARTICLE}\s+{_WORK}"
    # "Feel free to republish, just link back": a strong verb with no object in a notice
    rf"|\bfeel\s+free\s+to\s+(?P<l>{_STRONG})(?=\s*(?:[,.;:!]|$|\s+(?:it|with|as\s+long|so\s+long|provided|if)\b))"
    # "We encourage you to republish this article ..."
    rf"|\b(?:we|I)\s+(?:encourage|invite|allow|permit|welcome)\s+{_WHO}\s+to\s+(?P<m>{_VERBS}){_PARTICLE}\s+{_WORK}"
    # "Share this article: you may post it on your site ...": "it" is the text the sentence named before, at most
    # NAMED_IT_GAP characters before the leave (unbounded, the lazy run walked to the sentence's end from every
    # "this guide" of it: 44 KB of "this guide " took 15 s; the tuned parts and real texts hold one match, 82 long)
    rf"|\bthis\s+(?:[\w-]+\s+)?{_TEXTS}\b[^.!?]{{0,{NAMED_IT_GAP}}}?(?:\b{_WHO}{_MAY}|\bfeel\s+free\s+to)\s+(?:freely\s+|also\s+)?"
    rf"(?P<k>{_VERBS}){_PARTICLE}\s+(?:it|them)\b"
    # a box's imperative: "Pass this article along to your ezine readers, with this box": a grant only with its
    # terms or a strong verb (see find_grant), as "Share this article with a friend" is an invitation to read
    rf"|(?:^|(?<=[.!?:;]\s))(?:please\s+|go\s+ahead\s+and\s+)?(?P<j>{_VERBS}){_PARTICLE}\s+{_WORK}"
    # "You're welcome to pass this along ..., as long as this box comes with it" (a grant only with its terms)
    r"|\b(?P<j2>pass)\s+(?:this|it|them)\s+(?:along|on)\b"
    rf"|{_WORK}\s+(?:(?:may|can)\s+(?:be\s+)?(?:freely\s+)?(?:be\s+)?(?P<c>{_PARTICIPLE})\b"
    # "this article is free to reprint"
    rf"|(?:is|are)\s+(?:also\s+)?(?:royalty[\s-]+)?free\s+(?:to\s+(?P<f>{_STRONG}|{_WEAK})\b|for\s+(?P<f2>re-?publi(?:shing|cation)"
    r"|re-?print(?:ing)?|syndication|redistribution)\b"
    # "this essay is free for use in your ezine": a weak noun, a grant only with a place or terms
    r"|for\s+(?P<f3>(?:re-?)?use|sharing)\b))"
    r"|\bpermission\s+(?:(?:(?:is|has\s+been)\s+)?(?:hereby\s+)?(?:granted|given)\s+)?(?:for\s+you\s+)?to\s+(?:(?P<d>(?:re-?)?(?:print|publish))\b"
    # ("permission is given to pass this article on, by email or in print": the pass-along verbs too)
    rf"|(?P<d2>copy|(?:re)?distribute|reproduce|share|use|post|pass|forward|circulate){_PARTICLE}\s+"
    rf"(?:(?:and|or|,)\s+[\w-]+\s+)?{_WORK})"
    rf"|(?:^|(?<=[.!?]\s))(?:please\s+)?(?P<e>re-?print|re-?publish|distribute|syndicate)\s+(?:(?:it|this|{_WORK})\s+)?freely\b"
    # a notice's bare "Free to reprint with the author box."
    r"|(?:^|(?<=[.!?:]\s))(?:it\s+is\s+|it['’]s\s+)?free\s+to\s+(?P<g>re-?print|re-?publish|reproduce|redistribute"
    r"|syndicate)\b"
    # "OK to reprint, with the credit line": leave in plain words, the strong verb alone
    r"|(?:^|(?<=[.!?:]\s))(?:it\s+is\s+|it['’]s\s+)?(?:(?:perfectly|totally|absolutely)\s+)?(?:ok(?:ay)?|fine|alright)"
    r"\s+(?:for\s+you\s+)?to\s+(?P<o>reprint)\b"
    # "It's fine to republish this post elsewhere", "this piece is yours to run": ... or naming the text
    rf"|\b(?:it\s+is|it['’]s)\s+(?:(?:perfectly|totally|absolutely)\s+)?(?:ok(?:ay)?|fine|alright)\s+(?:for\s+you\s+)?"
    rf"to\s+(?P<o2>{_VERBS}){_PARTICLE}\s+{_WORK}"
    rf"|{_WORK}\s+(?:is|are)\s+yours\s+to\s+(?P<y>{_VERBS})\b"
    # "Happy for any of my posts to be copied anywhere ...", "I'm glad for you to reprint this column ...": leave in
    # a writer's own words, the text as its subject or the reader as its doer (weak verbs: terms or a place too)
    rf"|\b(?:happy|glad|pleased|delighted)\s+for\s+{_WHO}\s+to\s+(?P<p>{_VERBS}){_PARTICLE}\s+{_WORK}"
    rf"|\b(?:happy|glad|pleased|delighted)\s+for\s+{_WORK}\s+to\s+be\s+(?:freely\s+)?(?P<p2>{_PARTICIPLE})\b"
    # "No permission needed to reprint this article": leave given by saying none is needed
    r"|\bno\s+(?:prior\s+|further\s+|special\s+)?permission\s+(?:is\s+)?(?:needed|required|necessary)\s+(?:to|for\s+you\s+to)"
    rf"\s+(?P<n>{_VERBS}){_PARTICLE}\s+{_WORK}"
    r"|\bfree\s+reprint\s+rights\b|\breprint\s+(?:rights|permission)\s*(?:[:–-]|is)\s*(?:granted|included|yes|free)\b"
    rf"|{_WORK}\s+(?:is|are)\s+(?:freely\s+)?available\s+for\s+(?:free\s+)?(?P<i>re-?print(?:ing)?|re-?publi(?:cation"
    r"|shing)|syndication|redistribution)\b"
    # a directory's bare "Articles may be reprinted ...": a grant only with its terms (the bio, credit), as "Posts can
    # be published at a set time" is advice about blogging
    # ... with its publisher's name before the noun: "Glenmoor Extension materials may be copied ... with credit"
    rf"|(?:^|(?<=[.!?:]\s)){_PUBLISHER}(?P<h>{_TEXTS})\s+(?:may|can)\s+(?:be\s+)?(?:freely\s+)?(?:be\s+)?{_PARTICIPLE}\b"
)
GRANT = _from_word_start(_GRANT)
# GRANT's named groups, each the verb of one branch (find_grant reads the one that matched); of those, the branches
# that are a grant by their words alone ("permission to print", "free to reprint") and those whose weak verb counts
# only with a text named as a notice names it, or a box's terms ("feel free to use any post" is advice).
GRANT_GROUPS = ("a", "b", "c", "d", "d2", "e", "f", "f2", "f3", "g", "i", "j", "j2", "k", "l", "m", "n", "o", "o2",
                "p", "p2", "y")
STRONG_GROUPS = ("d", "f2", "g", "i", "o")
WEAK_GROUPS = ("a", "b", "c", "d2", "f3", "j", "m", "n", "o2", "p", "p2", "y")
WORK = _from_word_start(_WORK)
# The one text a statement is about, named in the singular ("this article", "this guest post"): never a page's or an
# issue's texts as a whole.
THIS_ARTICLE = re.compile(r"\bthis\s+(?:[\w-]+\s+)?(?:article|post|piece|column|essay|story)\b", re.I)
# More grants as usage pages and author boxes word them, read apart from GRANT (find_grant tries them only on lines
# holding their words). Each counts only in a sentence that neither limits nor refuses (find_grant's checks).
# "Reprints welcome, with the author box": the reprint itself is welcome (never "reprints of old maps are welcome
# additions": the word stands alone or with "are", and the terms or the sentence's end follow).
REPRINTS_WELCOME = re.compile(
    r"(?:^|(?<=[.!?:;]\s))(?:free\s+)?(?:reprints|republi(?:cation|shing)|syndication)\s+(?:(?:are|is)\s+)?"
    r"(?:always\s+|most\s+|very\s+)?(?:welcome[d]?|encouraged|permitted|allowed|invited)"
    r"(?=\s*(?:[,.;:!]|$|\s+(?:with|if|as\s+long|so\s+long|provided|but|except|in|on|for|under)\b))", re.I)
# "Reproduction is authorised provided the source is acknowledged": a grant only with its terms (conditions_of).
# "This information may be reproduced ... unchanged": a leaflet's notice naming itself, with a strong verb only ("You
# can use this information on your website" is advice).
INFORMATION_GRANT = re.compile(r"\bthis\s+information\s+(?:may|can)\s+(?:be\s+)?(?:freely\s+)?(?:re-?produced"
                               r"|re-?printed|re-?published|(?:re)?distributed|copied)\b", re.I)
REPRODUCTION_ALLOWED = re.compile(
    r"(?:^|(?<=[.!?:;]\s))(?:re-?production|re-?publication|reprinting|re-?distribution)(?:\s+of\s+[^.;!?]{1,60}?)?\s+"
    r"(?:is|are)\s+(?:hereby\s+|freely\s+)?(?:authori[sz]ed|permitted|allowed|welcome|encouraged)\b", re.I)
# A press office's release notice: the text is "free for publication" (SPEC-silent, labelled a free-reprint grant: the
# release is meant to be carried, whole), as a label above the headline ("FREE FOR PUBLICATION") or in the notes to
# editors ("This release is free for publication"); never negated ("not free for publication until 9 May").
FOR_PUBLICATION = ("for publication", "for republication")  # every match holds one
FREE_FOR_PUBLICATION = re.compile(r"\b(?:free|cleared|released)\s+for\s+(?:re-?)?publication\b", re.I)
# The author box's question and its answer: "Want to use this article on your site or in your ezine? You can, as long
# as you include this bio" (the mirror of ASK_FIRST's refusal). A grant with a place to publish or a strong verb in the
# question, and terms in the answer; "Want to use this recipe for a party? You can, as long as you double the flour"
# is kitchen advice.
ASKED = re.compile(
    r"\b(?:want|like|wish|hoping|planning|thinking\s+(?:of|about))\s+(?:to\s+)?(?P<verb>(?:re-?)?(?:shar|us|post|print"
    r"|publish|run|reproduc|distribut|forward|includ|featur|carr|syndicat)\w*)\s+"
    rf"(?:this|these|my|our|any\s+of\s+(?:my|our|these))\s+(?:[\w-]+\s+)?{_TEXTS}\b[^.;?!]{{0,80}}\?", re.I)
# ... or the readers it would reach, as a place names them: "share this tip sheet with your members", "forward it to
# your subscribers" (never "with your friends": a reader passing it on is no publisher).
ASKED_AUDIENCE = re.compile(r"\b(?:with|to|among)\s+(?:all\s+)?(?:your|their)\s+(?:own\s+)?(?:members|readers"
                            r"|subscribers|mailing\s+list|list|audience|clients|customers|congregation|staff"
                            r"|employees)\b", re.I)
ASKED_YES = re.compile(r"\s*(?:yes|sure|of\s+course|go\s+ahead|you\s+(?:can|may)|feel\s+free|please\s+do"
                       r"|by\s+all\s+means|no\s+problem)\b", re.I)
# --- Wordings in other languages, as site footers, notices and credit lines word them: one table per class, one row
# per wording (language, pattern), kept apart from the logic that reads them. Each table compiles into one pattern;
# the stems after each table are the gate: every match of every row holds one of them (tests/text/test_licence_abroad.py
# checks each row's examples), so a line without them never reaches the pattern.
#
# Grants: this text may be passed on, republished, reproduced (a free-reprint notice); never under a negation
# (FOREIGN_NO) and never in a sentence that limits (find_grant's checks).
GRANT_ABROAD = (
    ("de", r"\b(?:dieser|diese|der|die|das|alle|unsere|meine)\s+(?:Artikel|Texte?|Beitr[äa]ge?|Kolumnen?)\b"
           r"[^.!?]{0,80}?\b(?:darf|dürfen)\b[^.!?]{0,80}?\b(?:weiterverbreitet|verbreitet|veröffentlicht|nachgedruckt|kopiert"
           r"|vervielfältigt|übernommen|weitergegeben)\s+werden"),
    # "Sie dürfen diesen Text ... weitergeben und veröffentlichen"
    ("de", r"\b(?:Sie|ihr|du)\s+(?:dürfen|dürft|darfst)\s+(?:diesen|dieses|den|die|das|alle|unsere|meine)\s+"
           r"(?:Artikel|Texte?|Beitr[äa]ge?|Kolumnen?)\b[^.!?]{0,80}?\b(?:weitergeben|veröffentlichen|verbreiten"
           r"|weiterverbreiten|nachdrucken|kopieren|übernehmen|vervielfältigen)\b"),
    ("fr", r"\bvous\s+(?:pouvez|êtes\s+libres?\s+de)\s+(?:librement\s+)?(?:reproduire|republier|rediffuser|diffuser"
           r"|reprendre|copier)\s+(?:librement\s+)?(?:cet|ce|cette|ces|nos|mes)\s+(?:articles?|textes?|billets?"
           r"|chroniques?)\b"),
    ("es", r"(?<!\bno\s)\bse\s+permite\s+(?:la\s+)?(?:reproducci[óo]n|republicaci[óo]n|difusi[óo]n|publicaci[óo]n)\b"
           r"[^.!?]{0,40}?\b(?:de\s+)?(?:este|esta|estos|estas|los|las|nuestros|nuestras)\s+(?:art[íi]culos?|textos?"
           r"|notas?|contenidos?)\b"),
    # "É permitida a reprodução deste artigo, desde que citada a fonte"
    ("pt", r"\b(?:é|e)\s+permitid[ao]\s+(?:a\s+)?(?:reprodu[çc][ãa]o|republica[çc][ãa]o|divulga[çc][ãa]o|c[óo]pia)\b"
           r"[^.!?]{0,40}?\b(?:deste|desta|destes|destas|dos|das|nossos|nossas)\s+(?:artigos?|textos?|conte[úu]dos?"
           r"|mat[ée]rias?|posts?)\b"),
    # "È consentita la riproduzione di questo articolo purché si citi la fonte"
    ("it", r"\b(?:è|e['’])\s+(?:consentit[ao]|permess[ao]|autorizzat[ao])\s+(?:la\s+)?(?:riproduzione|ripubblicazione"
           r"|diffusione|pubblicazione)\b[^.!?]{0,40}?\b(?:di\s+)?(?:questo|questa|questi|queste|dei|degli|delle)\s+"
           r"(?:articol[oi]|test[oi]|contenut[oi]|post)\b"),
    # "Dit artikel mag vrij worden overgenomen, mits met bronvermelding"; "U mag deze tekst overnemen"
    ("nl", r"\b(?:dit|deze|onze|mijn|alle)\s+(?:artikel(?:en)?|tekst(?:en)?|blogs?|bijdragen?|columns?)\b[^.!?]{0,60}?"
           r"\b(?:mag|mogen)\b[^.!?]{0,40}?\b(?:overgenomen|gepubliceerd|verspreid|gekopieerd|gedeeld)\b"),
    ("nl", r"\b(?:u|je|jij)\s+(?:mag|mogen)\s+(?:dit|deze|onze|mijn)\s+(?:artikel(?:en)?|tekst(?:en)?|bijdragen?"
           r"|columns?)\b[^.!?]{0,60}?\b(?:overnemen|publiceren|verspreiden|kopiëren|delen)\b"),
    # The Russian and Ukrainian site footer: reprinting or copying the materials is allowed with a link to the source
    # ("Перепечатка материалов разрешена только с активной ссылкой на источник", "Передрук матеріалів дозволено
    # лише з посиланням на джерело"): a grant on terms, as "Reproduction of materials is allowed with a link to the
    # source" is in English (REPRODUCTION_ALLOWED). The link is the grant's term; without it ("разрешена только с
    # письменного согласия", only with written consent) the sentence grants nothing. Quoting ("цитирование") is not
    # reprinting.
    ("ru", r"\b(?:перепечатк|перепечатывани|воспроизведени|копировани|републикаци)\w*\b[^.!?]{0,60}?"
           r"\b(?:разрешен[аоы]?|допускается|возможн[аоы]?)\s+[^.!?]{0,50}?\b(?:гипер)?ссылк"),
    ("uk", r"\b(?:передрук|відтворенн|копіюванн|републікаці)\w*\b[^.!?]{0,60}?"
           r"\b(?:дозволено|дозволяється|дозволений|допускається|можлив(?:ий|е|о|а))\s+[^.!?]{0,50}?"
           r"\b(?:гіпер)?посилан"),
    # A Polish directory's terms: the article may be published (free of charge) elsewhere, on terms ("Artykuł można
    # bezpłatnie publikować na innych stronach pod warunkiem ...", "Możesz opublikować ten artykuł ..."); never "nie
    # można" (may not)
    ("pl", r"\b(?:artykuł|artykuły|tekst|teksty|wpis|wpisy)\s[^.!?]{0,60}?(?<!nie\s)\bmożna\s+"
           r"(?:\w+\s+){0,2}?(?:publikować|opublikować|przedrukować|przedrukowywać|rozpowszechniać|kopiować"
           r"|udostępniać)\b"
           r"|\b(?<!nie\s)możesz\s+(?:\w+\s+){0,2}?(?:publikować|opublikować|przedrukować)\s+(?:ten|te|nasze|moje)\s+"
           r"(?:artykuł|artykuły|tekst|teksty)\b"),
    # A French footer's leave: "Reproduction intégrale autorisée, à condition de citer …" (the noun and its leave, as
    # "Reproduction is authorised provided …" in English, REPRODUCTION_ALLOWED); at a sentence's start, never "non
    # autorisée" (FOREIGN_NO), never a part only ("partielle")
    ("fr", r"(?:^|(?<=[.!?:;]\s))(?:la\s+|toute\s+)?(?:reproduction|republication|rediffusion)"
           r"(?:\s+(?:intégrale|libre|gratuite|totale|complète))?(?:\s+(?:de|des|du)\s+[^.!?,]{1,60}?)?"
           r"\s+(?:est\s+)?(?:librement\s+)?(?:autorisée|permise)\b"),
    # A Hindi directory's terms: you may publish this article on your site, blog or e-magazine ("आप यह लेख ... प्रकाशित
    # कर सकते हैं"); a verb with "नहीं" (not) before "कर" never matches
    ("hi", r"(?:यह|ये|इस|इन)\s+(?:लेख|लेखों)\s[^।.!?]{0,80}?(?:प्रकाशित|पुनः\s*प्रकाशित|पुनर्प्रकाशित|छाप|साझा)\s+कर\s+"
           r"सकते\s+हैं"),
    # round 20: a Belarusian directory's terms: this article may (freely) be reprinted ("Гэты артыкул можна вольна
    # перадрукоўваць ..."), never "нельга" (may not) or under a negation (FOREIGN_NO's "не")
    ("be", r"(?<!\w)(?:артыкул|тэкст|матэрыял)\w*\s[^.!?]{0,60}?(?<!не\s)\bможна\s+(?:\w+\s+){0,2}?"
           r"(?:перадрукоўваць|перадрукаваць|публікаваць|апублікаваць|распаўсюджваць|размяшчаць|капіяваць)(?!\w)"),
)
GRANT_ABROAD_WORDS = ("darf", "dürf", "vous", "permite", "permitid", "consentit", "permess", "autorizzat", "mag ",
                      "mogen", "разрешен", "допуска", "возможн", "дозвол", "можлив", "można", "możesz",
                      "सकते", "autorisée", "permise", "можна")
# Refusals: like "All rights reserved", they need no object ("Nachdruck nur mit Genehmigung", "Reproduction interdite",
# "Prohibida su reproducción", "Riproduzione riservata", "Eftertryck förbjudet").
REFUSE_ABROAD = (
    ("de", r"\b(?:Nachdruck|Vervielfältigung|Weiterverbreitung|Veröffentlichung|Verbreitung|Kopie)\b[^.!?]{0,50}?"
           r"\bnur\s+mit\s+(?:\w+\s+){0,3}(?:Genehmigung|Zustimmung|Erlaubnis|Einwilligung)"),
    ("de", r"\b(?:darf|dürfen)\s+(?:\w+\s+){0,3}?nicht\s+(?:ohne\s+[^.!?]{0,40}?\s+)?(?:weiterverbreitet|verbreitet"
           r"|veröffentlicht|nachgedruckt|kopiert|vervielfältigt|übernommen|veröffentlichen|verbreiten|weitergeben"
           r"|nachdrucken|kopieren|übernehmen)\b"),
    # leave "after consultation" is leave to ask first ("Nachdruck nach vorheriger Rücksprache gestattet", "Nach
    # Absprache mit der Redaktion darf der Text ... veröffentlicht werden"): it grants nothing, as "only with" does
    ("de", r"\b(?:Nachdruck|Vervielfältigung|Weiterverbreitung|Veröffentlichung|Verbreitung|Kopie|Übernahme|darf"
           r"|dürfen)\w*\b[^.!?]{0,80}?\bnach\s+(?:vorheriger\s+|vorhergehender\s+)?(?:Rücksprache|Absprache"
           r"|Anfrage|Genehmigung|Zustimmung|Einwilligung)\b"
           r"|\bnach\s+(?:vorheriger\s+)?(?:Rücksprache|Absprache)\b[^.!?]{0,80}?\b(?:Nachdruck|darf|dürfen"
           r"|veröffentlich|kopie|verbreit|vervielf)\w*"),
    # "Die Weiterverwendung der Texte ist ohne Zustimmung nicht gestattet", "Jede Verwertung ... ist unzulässig"
    ("de", r"\b(?:Verwertung|Weiterverwendung|Weiterverwertung|Vervielfältigung|Weiterverbreitung|Verbreitung"
           r"|Übernahme|Kopie|Nachdruck)\w*\b[^.!?]{0,100}?\b(?:nicht\s+(?:gestattet|erlaubt|zulässig)|unzulässig"
           r"|untersagt|verboten)\b"),
    ("fr", r"\b(?:re)?production\s+(?:\w+\s+){0,3}?interdite\b"),
    # "Toute reproduction, même partielle, est interdite"
    ("fr", r"\breproduction\b[^.!?]{0,60}?\b(?:est|sont|strictement)\s+(?:strictement\s+)?interdites?\b"),
    ("fr", r"\bne\s+(?:pouvez|peut|peuvent|doit|doivent)\s+pas\s+(?:être\s+)?(?:reprodui|republi|copi|diffus)\w*"),
    ("es", r"\b(?:queda\s+)?prohibida\s+(?:su|la)\s+reproducci[óo]n\b"),
    ("es", r"\bno\s+se\s+permite\s+(?:la\s+)?(?:reproducci[óo]n|copia|republicaci[óo]n)\b"),
    # "É proibida a reprodução", "Reprodução proibida"
    ("pt", r"\b(?:proibid[ao]|vedad[ao])\s+(?:a\s+)?(?:sua\s+)?(?:reprodu[çc][ãa]o|c[óo]pia|republica[çc][ãa]o"
           r"|divulga[çc][ãa]o)\b|\b(?:reprodu[çc][ãa]o|c[óo]pia)\s+(?:\w+\s+){0,3}?proibid[ao]\b"),
    ("it", r"\briproduzione\s+(?:riservata|vietata)\b"),
    # "È vietata la riproduzione, anche parziale"
    ("it", r"\b(?:vietat[ao]|proibit[ao])\s+(?:la\s+)?(?:riproduzione|copia|diffusione|ripubblicazione)\b"),
    # "Niets uit deze publicatie mag worden overgenomen ...", "Overname van teksten is ... niet toegestaan"
    ("nl", r"\bniets\s+uit\s+(?:deze|dit|onze)\s+\w+\s+mag\s+(?:\w+\s+){0,4}?(?:overgenomen|verveelvoudigd|gekopieerd"
           r"|gepubliceerd|openbaar\s+gemaakt)\b"),
    ("nl", r"\b(?:overname|overnemen|kopiëren|kopieren|vermenigvuldiging|verspreiding)\b[^.!?]{0,80}?\bniet\s+"
           r"(?:toegestaan|toegelaten)\b"),
    # "Kopiowanie ... bez zgody autora zabronione"
    ("pl", r"\b(?:kopiowanie|powielanie|rozpowszechnianie|przedruk|publikowanie|wykorzystywanie)\b[^.!?]{0,80}?"
           r"\b(?:zabronion|wzbronion|zakazan|niedozwolon)\w*"),
    ("sv", r"\b(?:eftertryck|kopiering|återgivning)\b[^.!?]{0,40}?\bförbjud\w*"),
    # "Innholdet kan ikke gjengis uten skriftlig tillatelse", "Ettertrykk forbudt" (Norwegian); "Må ikke gengives
    # uden tilladelse", "Eftertryk forbudt" (Danish)
    ("no", r"\b(?:kan|må|skal)\s+ikke\s+(?:\w+\s+){0,2}?(?:gjengis|kopieres|publiseres|videreformidles)\b"
           r"|\b(?:ettertrykk|kopiering|gjengivelse)\b[^.!?]{0,60}?\b(?:forbudt|ikke\s+tillatt)\b"),
    ("da", r"\b(?:kan|må)\s+ikke\s+(?:\w+\s+){0,2}?(?:gengives|kopieres|offentliggøres)\b"
           r"|\b(?:eftertryk|kopiering|gengivelse)\b[^.!?]{0,60}?\b(?:forbudt|ikke\s+tilladt)\b"),
    # "Перепечатка материалов без разрешения запрещена"; and allowed only with (written) consent, which asks first
    # ("Перепечатка статей разрешена только с письменного согласия редакции": SPEC, as English "only with our
    # written permission")
    ("ru", r"\b(?:перепечатка|копирование|воспроизведение|распространение)\b[^.!?]{0,80}?(?:\bзапрещен\w*"
           r"|\bзапрещается|\bне\s+допускается"
           r"|\b(?:разрешен\w*|допускается|возможн\w*)\s+только\s+с\s+(?:\w+\s+){0,2}?(?:согласия|разрешения)\b)"),
    # "Передрук матеріалів без згоди редакції заборонено" (Ukrainian); "... дозволено лише з письмової згоди"
    ("uk", r"\b(?:передрук|копіюванн|відтворенн)\w*\b[^.!?]{0,80}?(?:\bзаборонен\w*|\bзабороняється"
           r"|\bне\s+(?:дозволяється|допускається|дозволено)"
           r"|\b(?:дозволен\w*|дозволяється|можлив\w*)\s+(?:лише|тільки)\s+з\s+(?:\w+\s+){0,2}?(?:дозволу|згоди)\b)"),
    # "Kopijuoti be raštiško leidimo draudžiama" (Lithuanian)
    ("lt", r"\b(?:kopijuoti|kopijavimas|platinti|platinimas|perspausdinti|perspausdinimas|skelbti)\b[^.!?]{0,80}?"
           r"\b(?:draudžiama|draudžiamas|negalima)(?!\w)"),
    # "Копирането на материали без разрешение е забранено" (Bulgarian)
    ("bg", r"(?<!\w)(?:копирането|препечатването|възпроизвеждането|разпространението|копиране|препечатване)(?!\w)"
           r"[^.!?]{0,80}?(?:забранено|забранява|не\s+се\s+разрешава|не\s+е\s+разрешено)"),
    # "Preuzimanje tekstova bez dozvole nije dozvoljeno", "Забрањено је копирање ..." (Serbian, Croatian, Bosnian)
    ("sr", r"(?<!\w)(?:kopiranje|preuzimanje|umnožavanje|prenošenje|копирање|преузимање|умножавање|преношење)(?!\w)"
           r"[^.!?]{0,80}?(?:zabranjeno|nije\s+dozvoljeno|забрањено|није\s+дозвољено)"
           r"|(?<!\w)(?:zabranjeno|забрањено)\s+(?:je\s+|је\s+)?(?:\w+\s+){0,2}?(?:kopiranje|preuzimanje|копирање"
           r"|преузимање)(?!\w)"),
    # "Bawal ang muling paglalathala nang walang pahintulot" (Tagalog: republishing without leave is forbidden)
    ("tl", r"\bbawal\s+(?:ang\s+)?(?:muling\s+)?(?:paglalathala|pagkopya|paglilimbag|pamamahagi|pagpapalathala)\b"),
    # "Queda prohibida la reproducció total o parcial" (Catalan)
    ("ca", r"\b(?:queda\s+)?prohibida\s+(?:la\s+)?(?:seva\s+)?reproducci[óo](?!\w)"
           r"|\breproducci[óo]\b[^.!?]{0,60}?\bprohibida\b"),
    # round 20: Pashto: republishing or copying (this writing) without (written) leave is forbidden ("د دې لیکنې بیا
    # خپرول ... له اجازې پرته منع دي")
    ("ps", r"(?<!\w)(?:خپرول|خپرونه|کاپي|نقلول|نقل)(?!\w)[^.!?۔]{0,80}?(?<!\w)منع\s+(?:دي|ده|دی)(?!\w)"),
    # round 21: Belarusian, as the Russian and Ukrainian rows read: reprinting or copying (the materials) is
    # forbidden, either order ("Перадрук матэрыялаў без дазволу рэдакцыі забаронены", "Забараняецца капіяванне ...")
    ("be", r"(?<!\w)(?:перадрук|капіяванн|узнаўленн|распаўсюджванн)\w*[^.!?]{0,80}?(?<!\w)(?:забаронен\w*"
           r"|забараняецца|не\s+(?:дазваляецца|дапускаецца|дазволены|дазволена))"
           r"|(?<!\w)(?:забаронена|забараняецца)\s+(?:\w+\s+){0,2}?(?:перадрук|капіяванн|узнаўленн)\w*"),
    # Tajik: using or publishing (the site's materials) only with (written) leave, or forbidden without it
    # ("Истифодаи маводи сомона танҳо бо иҷозати хаттии идора", "Нашри мавод бе иҷозат манъ аст")
    ("tg", r"(?<!\w)(?:истифода|нашр|нусхабардор|такрорнашр|интишор)\w*[^.!?]{0,80}?(?<!\w)(?:танҳо\s+бо\s+иҷозат"
           r"|бе\s+иҷозат\w*[^.!?]{0,40}?(?<!\w)(?:манъ|мамнӯъ|мумкин\s+нест))"),
)
REFUSE_ABROAD_WORDS = ("nachdruck", "vervielf", "verbreit", "veröffentlich", "kopie", "darf", "dürf", "verwert",
                       "verwend", "übernahme", "reproduc", "reprodu", "prohibid", "proibid", "vedad", "riproduz",
                       "vietat", "proibit", "niets uit", "overname", "overnemen", "kopi", "vermenigv", "verspreid",
                       "powiel", "rozpowsz", "przedruk", "publikow", "wykorzyst", "eftertryck", "kopiering",
                       "återgiv", "gjengi", "gengiv", "ettertrykk", "eftertryk", "publiseres", "videreformid",
                       "offentliggøres", "permite", "перепечат", "копирован", "воспроизвед", "распростран", "передрук",
                       "копіюван", "відтворен", "platint", "platinim", "perspaus", "skelbt", "копиран", "препечатв",
                       "възпроизв", "разпростран", "preuziman", "umnožav", "prenošen", "zabranjen",
                       "копирањ", "преузимањ", "умножав", "преношењ", "забрањен", "bawal", "منع",
                       "перадрук", "капіяванн", "узнаўленн", "распаўсюджванн", "истифода", "нусхабардор", "нашр")
# Credit lines saying the text is carried by the holder's leave ("used with permission"): no grant to others.
PERMISSION_ABROAD = (
    # "Abdruck mit freundlicher Genehmigung des Autors" (never "nur mit Genehmigung": that refuses)
    ("de", r"\b(?:Abdruck|Wiedergabe|Veröffentlichung|Zweitveröffentlichung|Übersetzung)\s+mit\s+(?:der\s+)?"
           r"(?:freundlicher\s+)?(?:Genehmigung|Erlaubnis|Zustimmung)\b"),
    ("de", r"\bmit\s+freundlicher\s+(?:Genehmigung|Erlaubnis)\b"),
    # "Reproduit avec l'aimable autorisation de l'auteur"
    ("fr", r"\b(?:reprodui|publié|republié|repris|traduit)\w*\s+avec\s+l['’](?:aimable\s+)?(?:autorisation|accord)\b"),
    ("fr", r"\bavec\s+l['’]aimable\s+autorisation\b"),
    ("es", r"\b(?:publicad|reproducid|republicad|traducid)[oa]s?\s+con\s+(?:el\s+|la\s+)?(?:amable\s+|expreso\s+"
           r"|expresa\s+)?(?:permiso|autorizaci[óo]n|consentimiento)\b"),
    ("pt", r"\b(?:publicad|reproduzid|republicad|traduzid)[oa]s?\s+com\s+(?:a\s+)?(?:gentil\s+|devida\s+|expressa\s+)?"
           r"(?:permiss[ãa]o|autoriza[çc][ãa]o)\b"),
    ("it", r"\bper\s+gentile\s+concessione\b"),
    ("it", r"\b(?:pubblicat|riprodott|ripubblicat|tradott)[oaie]\s+con\s+(?:il\s+|l['’])?(?:gentile\s+)?(?:permesso"
           r"|autorizzazione|consenso)\b"),
    ("nl", r"\b(?:overgenomen|gepubliceerd|herpubliceerd|vertaald|geplaatst)\s+met\s+(?:vriendelijke\s+)?"
           r"toestemming\b"),
    ("pl", r"\b(?:przedruk|publikacja|publikujemy|opublikowano|zamieszczono)\w*\s+za\s+(?:uprzejmą\s+)?zgodą\b"),
)
PERMISSION_ABROAD_WORDS = ("genehmigung", "erlaubnis", "zustimmung", "autoris", "autoriz", "permiso", "permiss",
                           "concessione", "permesso", "consenso", "toestemming", "zgod", "l'accord", "l’accord")
# The same leave in every language of the tables ("reproduzido aqui com autorização do autor", "dimuat ulang atas izin
# penulis", "Αναδημοσιεύεται με την άδεια του εκδότη"): the phrase wherever it stands in its sentence, with no verb
# asked (each language carries its text with its own verbs), unless a word of that sentence limits or refuses the
# leave ("only with the editor's consent", "without permission": REFUSE's, not a credit) (text/languages.py).
LEAVE_ABROAD = re.compile(rf"(?<!\w){alternation('permission', other_languages())}(?!\w)", re.I)
LEAVE_ABROAD_WORDS = table_words("permission", other_languages())  # the gate's words: the phrases themselves
LEAVE_LIMITED = re.compile(
    r"(?<!\w)(?:only|without|s[óo]|somente|apenas|solo|solamente|[úu]nicamente|seulement|uniquement|sans|nur|ohne"
    r"|alleen|zonder|tylko|wyłącznie|bez|pouze|jen|numai|doar|fără|endast|bara|utan|kun|uden|uten|vain|ilman|csak"
    r"|nélkül|sadece|yalnızca|olmadan|μόνο|χωρίς|απαγορε\w*|только|без|лише|тільки|hanya|tanpa|chỉ|không|sem|sin"
    r"|senza|ikke|ei|nu|nem|tilos|δεν|μην|tidak|jangan|dilarang"  # (the negations FOREIGN_NO lacks)
    r"|само|samo|jedino|tik|només|sense|забран\w*|zabranj\w*|draudžiam\w*"  # (Bulgarian, Serbian, Lithuanian, Catalan)
    # ... or that makes it a condition on any further use ("Dalsze rozpowszechnianie artykułu za zgodą wydawcy",
    # "Jede weitere Nutzung mit Genehmigung"): the reader's reuse, not this page's carrying
    r"|any|further|dalsze|dalsza|jakiekolwiek|każde|weitere|jede|toute|cualquier|qualquer|ogni|qualsiasi|verdere"
    r"|další|jakékoli|orice|varje|любое|дальнейшее|будь-яке|подальше|κάθε|setiap|mọi)(?!\w)"
    r"|のみ|以外|禁止|仅|僅|任何|금지|모든|فقط|بدون|أي|केवल|बिना", re.I)
# A credit line names whose leave it is (the author's, the publisher's: the tables' holder words, any case ending);
# the phrase in a story's sentence names someone else ("... konnte Johnson mit Zustimmung der EU ... ersetzen").
LEAVE_HOLDER = re.compile(rf"(?<!\w){alternation('holder', other_languages())}", re.I)
# A credit line stands alone or closes a short note: a paragraph of running text is not read for one.
LEAVE_MAX_WORDS = 60
# A grant in any language of the tables: one sentence naming the text (a stem: "artikeln", "articolele"), giving
# leave ("får", "pot fi", "boleh") and naming a reuse (a stem: "publicera", "preluate", "menerbitkan"), with nothing
# in it that limits or refuses (LEAVE_LIMITED, FOREIGN_NO): "Du får fritt publicera den här artikeln ...",
# "Articolele din acest buletin pot fi preluate integral ...". Each language's own rows (GRANT_ABROAD) stay.
def _word_table(kind: str, head: str = r"(?<!\w)", tail: str = "") -> GatedAlternation:
    """The tables' words of one kind in the other languages, each between ``head`` and ``tail``, as one
    case-insensitive alternation searched with only the words a text holds (text/gated.py): the same match as
    ``head + alternation(kind) + tail`` (an alternation's prefix and suffix are tried with each branch in turn), and a
    text none of whose words appear is not searched (on the real texts ~0.2 ms a text reaching _table_grant)."""
    return GatedAlternation((head + word + tail for word in word_patterns(kind, other_languages())), re.I)


GRANT_TEXT = _word_table("text_noun")
# (a leave word ends its word: "\w" sees no tsheg, the mark Tibetan writes after every syllable, so a syllable-aware
# end as well: after a tsheg only the particles that close the verb ("ཆོག་གི་རེད", may), a shad, a blank or the
# end; never a further syllable of a longer word, as the noun "ཆོག་མཆན" (permission) is)
SYLLABLE_END = r"(?!\w)(?!་(?!(?:གི|ཀྱི|གྱི|རེད|ཡིན|ཡོད)(?=[་།༎\s]|$)|[།༎\s]|$))"
GRANT_MAY = _word_table("may", tail=SYLLABLE_END)
GRANT_REUSE = _word_table("reuse")
GRANT_REUSE_WORDS = table_words("reuse", other_languages())  # a grant holds a reuse
# ... and the gate's share of them (its own bit, G_REUSE, with FOREIGN_STEMS' "reprodu" for the stems left out): never
# a stem English words hold ("republic" in "republican", "publica" in "publication", "dele" in "delete"), which
# would send every news line through the grant's patterns
ENGLISH_HOLDS = ("republican", "publication", "delete", "delegate", "reproduction")
GRANT_REUSE_GATE = tuple(w for w in GRANT_REUSE_WORDS if not any(w in e for e in ENGLISH_HOLDS))
# which languages a leave word belongs to ("får": Swedish; "må": Danish), so its sentence is asked for that
# language's limits only ("i sin helhet" is Swedish for "whole", "sin" Spanish for "without")
MAY_LANGUAGES: dict[str, tuple[str, ...]] = {}
for _code in other_languages():
    for _w in LANGUAGES[_code]["may"]:
        MAY_LANGUAGES[_w] = (*MAY_LANGUAGES.get(_w, ()), _code)
# ... and which languages a leave phrase belongs to ("le cead": Irish), so a credit line is asked for that language's
# limits as well as LEAVE_LIMITED's: "Ní féidir ... ach le cead an údair" (not ... but with the author's leave) asks
# the leave, it credits none, in a language LEAVE_LIMITED does not spell
LEAVE_LANGUAGES: dict[str, tuple[str, ...]] = {}
for _code in other_languages():
    for _w in LANGUAGES[_code]["permission"]:
        LEAVE_LANGUAGES[_w] = (*LEAVE_LANGUAGES.get(_w, ()), _code)
# (a limit word ends where a word ends, but the Russian and Ukrainian stems ("запрещ", "заборон") and the words of
# the scripts that write no spaces end anywhere)
_STEM_LIMITS = ("ru", "uk", "ja", "zh", "ko")
LIMITS_BY_LANGUAGE = {code: re.compile(rf"(?<!\w){alternation('limits', [code])}"
                                       + ("" if code in _STEM_LIMITS else r"(?!\w)"), re.I)
                      for code in other_languages()}
# a condition on any further use ("Jede weitere Nutzung ..."), in whatever language (LEAVE_LIMITED's determiners)
GRANT_ANY_FURTHER = re.compile(r"(?<!\w)(?:dalsze|dalsza|jakiekolwiek|każde|weitere|jede|toute|cualquier|qualquer"
                               r"|ogni|qualsiasi|verdere|další|jakékoli|orice|varje|любое|дальнейшее|будь-яке"
                               r"|подальше|κάθε|setiap|mọi)(?!\w)", re.I)
# Dedications of this text to the public domain; never under a negation (FOREIGN_NO), and only of the text itself: a
# few words between it and the dedication, never a clause about what it quotes ("Este texto cita obras que ...").
_GAP = r"(?:\s+(?!que\b|qui\b|che\b|dat\b|die\b|welche\b)[\w'’]+){0,4}?\s+"
# ... or the noun alone opening the notice, as a label does ("Texte versé dans le domaine public par son auteur",
# "Texto liberado al dominio público"): at the start of a sentence or of the line, never inside a clause
_BARE = r"(?:^|(?<=[.!?:;]\s))"
PUBLIC_ABROAD = (
    ("fr", rf"(?:\b(?:ce|cet|cette|mon|ma|notre)\s+|{_BARE})(?:texte|article|billet|document|ouvrage|œuvre|oeuvre"
           rf"|traduction){_GAP}(?:dans\s+le|au)\s+domaine\s+public\b"),
    ("es", rf"(?:\b(?:este|esta|mi|nuestro|nuestra)\s+|{_BARE})(?:texto|art[íi]culo|obra|entrada|documento"
           rf"|traducci[óo]n){_GAP}(?:en\s+el|al)\s+dominio\s+p[úu]blico\b"),
    ("pt", rf"(?:\b(?:este|esta|meu|minha|nosso|nossa)\s+|{_BARE})(?:texto|artigo|obra|documento|post"
           rf"|tradu[çc][ãa]o){_GAP}(?:em|no|ao)\s+dom[íi]nio\s+p[úu]blico\b"),
    ("it", rf"(?:\b(?:questo|questa|il\s+mio|la\s+mia)\s+|{_BARE})(?:testo|articolo|opera|post|documento"
           rf"|traduzione){_GAP}(?:rilasciat|dedicat|collocat)[oa]\s+(?:nel|in|al)\s+pubblico\s+dominio\b"),
    ("nl", rf"(?:\b(?:dit|deze|mijn|onze)\s+|{_BARE})(?:tekst|artikel|werk|document|vertaling){_GAP}"
           r"(?:in\s+het|tot\s+het)\s+publieke?\s+domein\b"),
    ("de", r"\b(?:dieser|diese|dieses|mein|meine|unser|unsere)\s+(?:Text|Artikel|Beitrag|Werk|Übersetzung)\w*"
           r"\s+(?:ist|sind|wird|werden)\s+(?:hiermit\s+)?gemeinfrei\b"),
    # an agency's notice for all its site carries ("Le contenu de ce site est dans le domaine public"), as PUBLIC's
    # English site branch reads it
    ("fr", r"\b(?:contenus?|informations?|textes?)\s+(?:de|du|sur)\s+(?:ce|notre)\s+site\b[^.;!?\n]{0,80}?"
           r"\b(?:est|sont)\s+(?:plac[ée]e?s?\s+|vers[ée]e?s?\s+)?(?:dans\s+le|du)\s+domaine\s+public\b"),
    ("es", r"\b(?:contenidos?|información|textos?)\s+(?:de|en)\s+(?:este|nuestro)\s+sitio(?:\s+web)?\b[^.;!?\n]{0,80}?"
           r"\b(?:es|son|está|están)\s+(?:en\s+el\s+|de\s+)dominio\s+p[úu]blico\b"),
    ("pt", r"\b(?:conteúdos?|informações|textos?)\s+(?:deste|do\s+nosso)\s+(?:site|sítio|portal)\b[^.;!?\n]{0,80}?"
           r"\b(?:é|são|está|estão)\s+(?:em|no)\s+dom[íi]nio\s+p[úu]blico\b"),
    ("it", r"\b(?:contenuti|testi|informazioni)\s+(?:di\s+questo|del\s+nostro)\s+sito\b[^.;!?\n]{0,80}?"
           r"\b(?:è|sono)\s+(?:nel|di)\s+pubblico\s+dominio\b"),
    ("de", r"\b(?:Inhalte|Texte)\s+(?:dieser|unserer)\s+(?:Web)?(?:seite|site)\b[^.;!?\n]{0,80}?"
           r"\b(?:ist|sind)\s+gemeinfrei\b"),
    # round 15: the same dedication in Romanian, Ukrainian, Greek, Swedish, Indonesian, Vietnamese and Georgian
    # ("Acest articol este în domeniul public", "Цей текст передано в суспільне надбання", "ეს ტექსტი ავტორმა
    # საზოგადოებრივ საკუთრებას გადასცა": the text named, a few words, the public domain's own noun)
    ("ro", rf"(?:\b(?:acest|această|acesta)\s+|{_BARE})(?:text|articol|material|traducere)\w*{_GAP}"
           r"(?:în\s+)?domeniul\s+public\b"),
    ("uk", rf"(?:(?<!\w)(?:цей|ця|цю|це|мій|моя|мою)\s+|{_BARE})(?:текст|статт|матеріал|переклад)\w*{_GAP}"
           r"(?:суспільн|публічн)\w*\s+(?:надбан|власніст|доме)\w*"),
    ("el", rf"(?:(?<!\w)(?:αυτό\s+το|το\s+παρόν|το)\s+|{_BARE})(?:κείμενο|άρθρο|έργο|μετάφραση)\w*{_GAP}"
           r"(?:(?:στο|στον|στη)\s+)?(?:δημόσιο\s+τομέα|κοινό\s+κτήμα)"),
    ("sv", rf"(?:\b(?:denna|detta|den\s+här|min|mitt)\s+|{_BARE})(?:text|artikel|inlägg|översättning)\w*{_GAP}"
           r"(?:till\s+)?(?:allmän\s+egendom|public\s+domain)\b"),
    ("id", rf"\b(?:artikel|tulisan|naskah|terjemahan)\s+ini{_GAP}(?:ke\s+|di\s+)?(?:domain|ranah)\s+publik\b"),
    ("vi", r"(?:bài\s+viết|bài\s+này|nội\s+dung\s+này|bản\s+dịch)(?:\s+\w+){0,6}?\s+(?:thuộc\s+)?"
           r"phạm\s+vi\s+công\s+cộng"),
    ("ka", rf"(?:ტექსტ|სტატი|ნაშრომ|თარგმან)\w*{_GAP}(?:საზოგადოებრივ\w*\s+საკუთრება|საჯარო\s+დომენ)\w*"),
    # round 16: Amharic ("ይህ ጽሑፍ ... ለሕዝብ ይዞታ ተሰጥቷል": this text is given to the public's holding), its words
    # separated by spaces or by the Ethiopic word space
    # (a word is what no separator is: "\S" would hold the Ethiopic word space too, and a run of them split every way)
    ("am", r"(?:ጽሑፍ|ጽሁፍ|ፅሁፍ|ጹሑፍ|መጣጥፍ|ትርጉም)\w*(?:[\s፡]+[^\s፡]+){0,6}?[\s፡]+[ለየ](?:ሕዝብ|ህዝብ)[\s፡]+(?:ይዞታ|ሀብት)"),
    # round 17: Punjabi and Hindi, the public domain's noun (or the English one in their script, often in brackets
    # after it) and the verb that dedicates or places the text there ("ਲੇਖਕ ਨੇ ਇਸ ਨੂੰ ਜਨਤਕ ਖੇਤਰ ਨੂੰ ਸਮਰਪਿਤ ਕੀਤਾ ਹੈ",
    # "यह लेख सार्वजनिक डोमेन में जारी किया गया है"): the act, never the noun alone ("public domain" as a topic)
    ("pa", r"(?:ਜਨਤਕ|ਪਬਲਿਕ)\s+(?:ਖੇਤਰ|ਡੋਮੇਨ)(?:\s*\([^()\n]{1,30}\))?(?:\s+[^\s()]+){0,2}?\s+"
           r"(?:ਸਮਰਪਿਤ|ਵਿੱਚ\s+(?:ਰੱਖਿਆ|ਜਾਰੀ)|ਨੂੰ\s+(?:ਦਿੱਤਾ|ਸੌਂਪਿਆ))"),
    ("hi", r"(?:सार्वजनिक|पब्लिक)\s+(?:डोमेन|क्षेत्र)(?:\s*\([^()\n]{1,30}\))?(?:\s+[^\s()]+){0,2}?\s+"
           r"(?:समर्पित|में\s+(?:रखा|जारी|दिया)|को\s+(?:दिया|सौंपा))"),
    # round 20: Lao, written without spaces between words: the text named (document, article, content, data, a
    # translation), a few words, "is" and the public's property ("ບົດຄວາມນີ້ ເປັນສົມບັດສາທາລະນະ"), never with "not"
    # (ບໍ່, FOREIGN_NO: spaced or not, "ບໍ່ໄດ້ເປັນ" too); every run bounded, no space to split at (r20-langs' and
    # r20-grant's rows, one)
    ("lo", r"(?:ບົດຄວາມ|ເອກະສານ|ຂໍ້ຄວາມ|ເນື້ອຫາ|ຂໍ້ມູນ|ບົດແປ)\S{0,30}(?:\s{1,3}\S{1,30}){0,3}?\s{0,3}(?:ເປັນ|ຢູ່ໃນ)"
           r"\s{0,3}ສົມບັດ\s{0,3}ສາທາລະນະ"),
    # round 21: Tajik, the text named, a few words, the public's property ("мулки умум", "моликияти ҷамъиятӣ"; the
    # English words in brackets after it, as often) and the verb that gives or places it there ("месупорад",
    # "гузошта шудааст", "аст"): an affirmative verb asked, as Tajik negates a verb with its prefix ("намесупорад"),
    # and never a text about the public domain ("дар бораи", "оид ба": about)
    ("tg", r"(?:(?<!\w)(?:матн|мақола|мавод|навишта|тарҷума)\w*)(?:\s+(?!бораи\b|оид\b|ҳақида\b)\w+){0,4}?\s+"
           r"(?:ба\s+)?(?:мулки\s+умум(?:ӣ)?"
           r"|моликияти\s+(?:умум|ҷамъият)\w*|домени\s+(?:умум|ҷамъият)\w*)(?:\s*\([^()\n]{1,30}\))?\s+"
           r"(?:ме)?(?:супор|супурд|гузор|гузошт|вогузор|дод|шуда|аст\b|мебошад)"),
    # round 22: Faroese: this article (text) is given to the public property ("Henda grein er givin í almenna ogn"):
    # this text named as its subject ("henda", "hesin", "hetta": this; or the text with its article opening the
    # sentence, "Greinin"), a few words, never texts in general ("Nógvar greinir eru í almenna ogn"); "ikki" (not)
    # undoes it (FOREIGN_NO)
    ("fo", rf"(?:\b(?:henda|hesin|hetta|hesi|hesar|mín|mítt|okkara)\s+|{_BARE})(?:grein|tekst|tilfar|skriv)\w*"
           r"(?:\s+[^\s.!?]+){0,4}?\s+(?:í|til)\s+almenna\s+ogn\b"),
    # ... and Hausa: this information (text, writing) belongs to everyone ("Bayanin nan na kowa ne"), the text named
    # with "this" ("nan", "wannan"); never negated ("ba na kowa ba ne": "ba" before it)
    ("ha", r"\b(?:bayani|labari|rubutu|takarda|littafi)\w*\s+(?:nan|wannan)\s+(?<!\bba\s)na\s+kowa\s+ne\b"),
    # round 24: Tamazight in Tifinagh: this article (text) is public property ("ⴰⴹⵔⵉⵙ ⴰⴷ ⵉⴳⴰ ⴰⵢⵍⴰ ⴰⵎⴰⵜⵓ"), the text
    # named with "this" (ⴰⴷ) and the verb "is" (ⵉⴳⴰ, ⵉⴳ), never negated ("ⵓⵔ ⵉⴳⵉ": FOREIGN_NO's ⵓⵔ)
    ("zgh", r"(?<!\w)(?:ⴰⵎⴰⴳⵔⴰⴷ|ⴰⴹⵔⵉⵙ|ⴰⵏⵙⵉⵙ)\s+ⴰⴷ\s+(?:ⵉⴳⴰ|ⵉⴳ|ⵉⵜⵜⵓⴼⴽⴰ\s+ⵉ)\s+(?:ⴰⵢⵍⴰ|ⵓⵢⵍⴰ)\s+(?:ⴰⵎⴰⵜⵓ|ⵓⵎⴰⵜⵓ)(?!\w)"),
    # round 25: Aymara: this writing is placed in the public domain, the Spanish words in an Aymara sentence ("aka
    # qillqatax dominio público ukan uchatawa"): the text named with "aka" (this), a few words, the domain and the
    # affirmative "-wa" of its verb (never the question "uchatati?" nor the negated "janiw … uchatäkiti", which
    # change the word itself); "taqinitakiwa" (it is for everyone) alone is no dedication: a talk is for everyone
    ("ay", r"(?<!\w)aka\s+(?:qillqat|yatichäw|arunak)\w*,?(?:\s+[^\s.!?]+){0,4}?\s+"
           r"dominio\s+p[úu]blico\s+uka(?:n|r|na)?\s+(?:uchatawa|uchatäskiwa|ukankiwa)"),
)
PUBLIC_ABROAD_WORDS = ("domaine public", "dominio p", "domínio p", "dominio público", "pubblico dominio", "publiek",
                       "gemeinfrei", "domeniul public", "надбан", "δημόσιο τομέα", "κοινό κτήμα", "allmän egendom",
                       "public domain", "publik", "công cộng", "საზოგადოებრივ", "საჯარო დომენ", "ሕዝብ", "ህዝብ",
                       "ਜਨਤਕ", "ਪਬਲਿਕ", "सार्वजनिक", "पब्लिक", "ສົມບັດ", "мулки умум", "моликияти", "домени",
                       "almenna ogn", "na kowa ne", "ⴰⵎⴰⵜⵓ", "ⵓⵎⴰⵜⵓ")


def _table(rows: tuple[tuple[str, str], ...]) -> GatedAlternation:
    """One case-insensitive pattern for a table's rows (searched with only the rows whose words a text holds: the
    same match as the whole alternation's, text/gated.py)."""
    return GatedAlternation((pattern for _, pattern in rows), re.I)


FOREIGN_GRANT, FOREIGN_REFUSE = _table(GRANT_ABROAD), _table(REFUSE_ABROAD)
PUBLIC_ABROAD_PATTERN = _table(PUBLIC_ABROAD)
# Words that undo a grant or a dedication in those languages (a negation, "only with permission", "without").
FOREIGN_NO = re.compile(r"\bnicht\b|\bkein\w*|\bnur\s+mit\s+(?:\w+\s+){0,2}(?:Genehmigung|Zustimmung|Erlaubnis"
                        # (and leave "after consultation", asked first: "nach Rücksprache", "nach Absprache")
                        r"|Einwilligung)|\bnach\s+(?:vorheriger\s+)?(?:Rücksprache|Absprache)\b"
                        # (French "ne" stands before its verb, never before a stop or a bracket: Hausa's "ne", is,
                        # ends a clause, "Bayanin nan na kowa ne.")
                        r"|\bohne\b|\bne\b(?![ \t]*[.:;,(!?]|[ \t]*$)|\bpas\b|\bsans\b|\bjamais\b"
                        r"|\bno\b|\bnunca\b|\bsin\b|\bprohibid\w*"
                        r"|\binterdit\w*|\bnão\b|\bnunca\b|\bsem\b|\bproibid\w*|\bnon\b|\bmai\b|\bsenza\b|\bvietat\w*"
                        r"|\bniet\b|\bgeen\b|\bnooit\b|\bzonder\b|\bnie\b|\bbez\b|\bzabronion\w*|\binte\b|\butan\b"
                        # Russian and Ukrainian: "not", "without", "forbidden", and the leave asked ("only with the
                        # editor's consent / permission": разрешения, согласия, дозволу, згоди)
                        # (never the Bulgarian credit's own noun, "с любезното разрешение(то)")
                        # (and Belarusian's "only with leave", толькі з дазволу: not the credit's own "з дазволу")
                        r"|\bне\b|\bни\b|\bбез\b|запрещ|заборон|\bсогласи|\bразрешени(?!е)|\bдозволу\b|\bзгод"
                        r"|\bтолькі\s+з\s+дазволу\b"
                        # Hindi's and Punjabi's "not" (after the verb: "समर्पित नहीं है"), and Lao's (ບໍ່, before it,
                        # spaced or not: "ບໍ່ ເປັນ", "ບໍ່ໄດ້ເປັນ"; Lao writes no spaces between words)
                        r"|नहीं|ਨਹੀਂ|ບໍ່"
                        # (and Faroese's "not" and "never", after the verb: "er ikki / aldri / ongantíð givin í
                        # almenna ogn")
                        r"|\bikki\b|\baldri\b|\bongantíð\b"
                        # (and Tamazight's "not", before the verb: "ⵓⵔ ⵉⴳⵉ", is not)
                        r"|(?<!\w)ⵓⵔ(?!\w)"
                        # Tajik's: "нест" (is not) and a verb or helper verb negated by its prefix "на-" ("супурда
                        # нашудааст", not given; "намебошад", is not; "намесупорад", does not give): the participle
                        # before a negated helper is denied with it
                        r"|\bнест\b|\bна(?:шуд|гашт|буд|дод|гузор|гузошт|супор|супурд|ме(?:бош|шав|супор|гузор|диҳ))\w*",
                        re.I)
# "Without changes" in a grant is one of its terms, not a limit: "sans aucune modification", "ohne Änderungen",
# "senza modifiche", "bez zmian", "değiştirilmeden" ask for the text whole, as "unchanged" does in English. Taken out
# of a grant's sentence before its limits are read (FOREIGN_NO's "sans", "ohne", "bez").
UNCHANGED_ABROAD = re.compile(
    r"(?<!\w)(?:sans\s+(?:aucune\s+)?(?:modification|changement|altération)s?"
    r"|ohne\s+(?:jede\s+)?(?:Änderung|Veränderung)(?:en)?"
    r"|sin\s+(?:ninguna\s+)?(?:modificaci[óo]n|cambio|alteraci[óo]n)(?:es|s)?"
    r"|sem\s+(?:qualquer\s+)?(?:modifica[çc](?:ão|ões)|altera[çc](?:ão|ões))"
    r"|senza\s+(?:alcuna\s+)?(?:modifiche|modifica|alterazioni)"
    r"|zonder\s+(?:enige\s+)?wijziging(?:en)?|bez\s+zmian|bez\s+úprav|beze\s+změn|utan\s+ändringar"
    r"|uden\s+ændringer|uten\s+endringer|ilman\s+muutoksia|változtatás\s+nélkül|fără\s+modificări"
    r"|değiştiril?meden|bez\s+(?:ikakvih\s+)?(?:izmjena|izmena|promjena|promena)|без\s+(?:икаквих\s+)?(?:измена|промена)"
    # ... and as a condition, "provided it is not modified" ("cu condiția să nu fie modificat", "desde que não seja
    # alterado", "a condición de que no se modifique", "purché non venga modificato", "à condition qu'il ne soit pas
    # modifié", "om den inte ändras", "asalkan tidak diubah", "không chỉnh sửa", "без змін", "χωρίς αλλαγές")
    r"|(?:să\s+)?nu\s+(?:fie|este|va\s+fi)\s+(?:modificat|schimbat|alterat)\w*"
    r"|não\s+(?:seja|for)\s+(?:modificad|alterad)\w*|no\s+(?:sea\s+|se\s+)(?:modifica|altera)\w*"
    r"|non\s+(?:sia|venga)\s+(?:modificat|alterat)\w*|ne\s+(?:soit|soient)\s+pas\s+modifié\w*"
    r"|inte\s+(?:ändras|förändras|redigeras)|tidak\s+(?:diubah|dimodifikasi)|tanpa\s+(?:perubahan|mengubah)"
    r"|không\s+(?:chỉnh\s+sửa|thay\s+đổi)|без\s+змін|без\s+змен|без\s+изменений|χωρίς\s+(?:αλλαγές|τροποποιήσεις)"
    r"|ცვლილებების\s+გარეშე"
    # round 29: Kabyle "without change", "war abeddel" ("war" is "without" alone, a limit: "war tasiregt")
    r"|war\s+(?:abeddel|asnifel)"
    # round 22: Malagasy "not changed (even by one word)", "tsy ovana na dia teny iray aza" ("aza" is "do not" alone)
    r"|tsy\s+ovai?na(?:\s+na\s+dia\s+[^,.;!?]{0,30}?\s+aza)?"
    # round 17: Albanian, Icelandic, Estonian, Macedonian ("pa ndryshime", "án breytinga", "muutmata kujul"), and
    # "only whole" as a term, not a limit ("vetëm të plotë", "nur vollständig", "uniquement dans son intégralité",
    # "solo en su totalidad", "solo integralmente", "apenas na íntegra")
    r"|pa\s+(?:asnjë\s+)?ndryshim\w*|án\s+breytinga|muutmata(?:\s+kujul)?|без\s+(?:никакви\s+)?(?:измени|промени)"
    r"|vetëm\s+(?:të\s+)?plot[ëe]?|nur\s+(?:vollständig|unverändert|ungekürzt)"
    r"|(?:seulement|uniquement)\s+(?:dans\s+(?:son|leur)\s+intégralité|en\s+(?:entier|intégralité))"
    r"|(?:sólo|solo|únicamente)\s+(?:en\s+su\s+totalidad|íntegr[oa]s?)"
    r"|(?:solo|soltanto|esclusivamente)\s+(?:integralmente|per\s+intero)"
    r"|(?:só|somente|apenas)\s+(?:na\s+íntegra|integralmente|por\s+inteiro))(?!\w)", re.I)


def without_unchanged(sentence: str) -> str:
    """``sentence`` with its "without changes" terms blanked (UNCHANGED_ABROAD), for reading a grant's limits.

    >>> without_unchanged("Reproduction autorisée sans aucune modification.")
    'Reproduction autorisée .'
    """
    return UNCHANGED_ABROAD.sub("", sentence) if UNCHANGED_ABROAD.search(sentence) else sentence


LEAVE_WORDS = ("welcome", "encourag", "permit", "allow", "invite", "authori")
# Stems that send a line on to the patterns (they join HINTS, the gate every line passes: few and specific).
FOREIGN_STEMS = ("reprodu", "riproduz", "nachdruck", "vervielf", "verbreit")
# Every word here costs each line a scan, so a row whose matches hold a hint already counted is left out: the French,
# Spanish, Italian and Portuguese refusals name the reproduction ("reprodu", "riproduz"), the Dutch ones and every
# Dutch grant go through the modal's gate ("mag worden overgenomen", MODAL_PARTNERS); "prohibi" is also English's
# "prohibit", "permiss" English's "permission" (HINTS). What is left: the leave's nouns (credit lines and refusals
# by leave), the verdicts without a copying noun ("vietata la copia"), the Polish and Swedish refusals, the
# dedications.
ABROAD_HINTS = ("genehmigung", "erlaubnis", "zustimmung", "autori", "permiso", "permiss", "permesso", "concessione",
                "toestemming", "zgod", "l'accord", "l’accord", "prohibi", "proibi", "unzuläss", "untersagt",
                "gestattet", "toegestaan", "zabronion", "vietat", "eftertryck", "förbjud", "domaine public", "dominio",
                "domínio", "publiek", "gemeinfrei", "bawal", "domeniul public", "allmän egendom", "domain publik",
                "ranah publik", "na kowa ne")  # (round 22: a Hausa dedication, "... nan na kowa ne")
# ... and the gate's words in Cyrillic (a line in another script meets them only if it is not ASCII): the reprint's
# and the copy's nouns of the Russian and Ukrainian grants and refusals
SCRIPT_HINTS = ("перепечат", "запрещ", "передрук", "воспроизвед", "відтворен", "копирован", "копіюван", "републик",
                "републік", "można", "możesz", "सकते", "知识共享", "知識共享", "創用", "クリエイティブ", "크리에이티브",
                "저작자", *CC_NAME_WORDS,
                "надбан", "δημόσιο τομέα", "κοινό κτήμα", "công cộng", "საზოგადოებრივ", "საჯარო დომენ",
                "ሕዝብ ይዞታ", "ህዝብ ይዞታ", "ਜਨਤਕ ਖੇਤਰ", "ਜਨਤਕ ਡੋਮੇਨ", "ਪਬਲਿਕ ਡੋਮੇਨ", "सार्वजनिक डोमेन",
                "सार्वजनिक क्षेत्र", "पब्लिक डोमेन", "ສົມບັດ", "мулки умум", "моликияти", "домени", "almenna ogn",
                "na kowa ne", "ⴰⵢⵍⴰ ⴰⵎⴰⵜⵓ", "ⵓⵢⵍⴰ ⵓⵎⴰⵜⵓ",  # (dedications)
                "перадрук", "منع")  # (round 20: the Belarusian grant's verb, the Pashto refusal's verdict)
# joined below by RESERVED_SCRIPTS
FOREIGN_MODALS = ("darf", "dürf", "mag ", "mogen")  # join HINTS with a participle only (MODAL_PARTNERS)
FOREIGN_WORDS = FOREIGN_STEMS + FOREIGN_MODALS + REFUSE_ABROAD_WORDS + GRANT_ABROAD_WORDS
# The texts named as a notice names its own ("this article", "the articles in this directory"); the looser names above
# ("any item", "the directory articles", "posts from Instagram") count with a strong verb or the terms of a box only,
# as "You can share any post from Instagram on your blog" is advice about social media.
WORK_NAMED = re.compile(
    rf"\b(?:(?:all|any|each|every|the)\s+(?:(?:of\s+)?(?:the|our|my)\s+)?)?{_TEXTS_NAMED}\s+"
    r"(?:(?:published|posted|found|appearing|listed)\s+)?(?:(?:in|on|at|from|of)\s+(?:this|the|our|my)\s+(?:[\w-]+\s+)?"
    r"(?:directory|site|web\s*site|blog|issue|newsletter|e-?zine|bulletin|archive|section|column|magazine|digest"
    r"|collection|library|page)\b|here\b)"
    r"|\b(?:this|these|my|our|the(?:\s+following)?)\s+(?:(?:free|entire|complete|whole|above|below|original)\s+"
    r"|[\w-]+['’]s\s+(?=(?:articles|posts|columns|essays|pieces)\b))?"
    rf"{_TEXTS_NAMED}\b", re.I)
# "it" for the text an earlier sentence of the notice named: "This article is copyrighted. You have my permission to
# use it ..., as long as it stays intact" (read only where "this article" comes before, see find_grant).
THIS_WORK = re.compile(rf"\bthis\s+(?:[\w-]+\s+)?{_TEXTS}\b", re.I)
NOTICE_WORDS = re.compile(r"©|\(c\)|\bcopyright|\blicen[cs]|\brights\b|\bpermission|\bre-?print|\bre-?publish"
                          r"|\bshare\s+this\b|\bfree\b", re.I)
GRANT_IT = re.compile(rf"(?:\b{_WHO}{_MAY}|\bfeel\s+free\s+to|\bpermission\s+to)\s+(?:freely\s+|also\s+)?"
                      rf"(?P<k>{_VERBS}){_PARTICLE}\s+(?:it|them)\b", re.I)
# Each branch of GRANT holds WORK, THIS_WORK ("this guide ... you may post it", as GRANT_IT's notice does), one of
# GRANT_ANCHORS ("permission to ...", "reprint rights"), GRANT_ANCHOR ("free to reprint", "freely", "pass this along")
# or GRANT_LEAD (a directory's bare "Articles may be ..."): searching those is far cheaper than GRANT, whose branches
# are tried at every position of a paragraph (scale corpus paragraphs that pass the word gates: GRANT 144-229 µs a
# line, WORK 30-50, GRANT_LEAD 8). A branch added to GRANT must hold one of them (tests/text/test_licence.py).
GRANT_ANCHORS = ("permission", "reprint")
GRANT_ANCHOR = re.compile(r"free(?:ly|\s+to|\s+reprint)|\bpass\s+(?:this|it|them)\s+(?:along|on)\b", re.I)
GRANT_LEAD = re.compile(rf"(?:^|(?<=[.!?:]\s)){_PUBLISHER}{_TEXTS}\s+(?:may|can)", re.I)
ANCHOR_WORDS = ("free", "pass")  # every match of GRANT_ANCHOR holds one (its branches open on them)
LEAD_WORDS = ("may", "can")  # ... and of GRANT_LEAD (it ends on one)
STRONG_VERB = re.compile(rf"\b(?:{_STRONG})", re.I)  # one of a list is enough: "forward or reprint"
GRANT_PLACE = re.compile(r"\b(?:news-?letters?|e-?zines?|web\s*sites?|sites?|blogs?|publications?|magazines?|journals?"
                         r"|e-?books?|in\s+print|electronically|online|free\s+of\s+charge|(?:at\s+)?no\s+(?:cost|charge))\b",
                         re.I)
# The words a leave given to the page may carry between its receiver and "permission" ("given us her kind
# permission"): only these, so "gave us and our readers permission" stays a grant to readers.
_LEAVE_WORDS = r"(?:(?:his|her|their|its|the|kind|kindly|full|written|express|generous)\s+)*"
# A sentence that limits or refuses: never a grant, whatever else it says. "May be reprinted with permission" (or
# "on request") asks first: it grants nothing.
NOT_A_GRANT = re.compile(r"\bpersonal\s+(?:and\s+non-?commercial\s+)?(?:use|study|reference)\b|\bprivate\s+use\b"
                         r"|\bfor\s+(?:your|their)\s+own\s+(?:use|reference|kitchen|home)\b|\bno\s+part\s+of\b"
                         # thanks for this page's leave ("our thanks to X for permission to reprint it")
                         r"|\bfor\s+(?:(?:their|his|her|its|the|kind|kindly|generous|generously|granting|giving)\s+)*"
                         r"(?:permission|consent)\s+to\b|\ballowed\s+us\s+to\b"
                         # the leave given to this page ("NAME has given us permission to reprint it": PERMISSION)
                         # (only a leave's own words between: "gave us and our readers permission" is a grant)
                         r"|\b(?:give[ns]?|gave|giving|grant(?:s|ed|ing)?)\s+(?:us|me)\s+" + _LEAVE_WORDS +
                         r"(?:permission|consent|blessing|go-?ahead)\s+to\b"
                         # a use kept inside a circle (a club, a class, an office) is no grant to the public
                         r"|\bfor\s+(?:(?:your|their|our|its|the)\s+)?(?:own\s+)?(?:club|classroom|class|school|church"
                         r"|group|team|internal|in-?house|office|members['’]?|educational|teaching|study|household|family)"
                         r"\s+(?:use|purposes?|reference|meetings?|members|only)\b"
                         r"|\bonly\s+(?:by|for|to)\s+(?:our|its|their|the(?:\s+club['’]s)?)\s+(?:own\s+)?(?:members|subscribers"
                         r"|staff|students|customers|clients)\b"
                         r"|\bfor\s+use\s+(?:in|by|with|within)\s+(?:your|the|their|our)\s+(?:own\s+)?(?:club|class(?:room)?"
                         r"|school|church|group|team|office|family|household|members)\b"
                         r"|\bonly\s+with\s+(?:(?:the|our|my|his|her|their)\s+)?(?:[\w-]+['’]s?\s+)?(?:prior\s+|express\s+)?"
                         r"(?:written\s+|express\s+)?(?:permission|consent)\b"
                         r"|\b(?:with|upon|on|by)\s+(?:the\s+)?(?:[\w-]+['’]s?\s+)?(?:(?:prior|written|express|explicit|"
                         r"kind)\s+)*(?:permission|consent|request|arrangement|agreement)\b"
                         r"|\b(?:must|should|has\s+to|needs?\s+to)\s+(?:first\s+)?be\s+(?:obtained|requested|sought)",
                         re.I)
# A reprint offered for a fee or under a bought licence ("For a fee, you may reprint ...", "If you buy a reprint
# licence, you may ...", "once you have paid the licence fee", "for $50"): nothing is given free (SPEC, round 25, the
# lead: the page's other statements decide, all rights reserved where it reserves, else NOASSERTION). The fee
# matters only where nothing in the sentence says the use is free: "free of charge; a fee applies only to print runs
# over 10,000", "no fee", "without paying a fee", "royalty-free" keep the grant (the fee is for something else).
# (what the holder is paid for the use, never what a reuser may not charge, "as long as nobody charges money for it",
# a non-commercial term of a free grant, nor what a resource box sells: "... my site, where you can buy my book")
PAID = re.compile(r"\b(?:fees?|royalt(?:y|ies))\b"
                  r"|\b(?:buy(?:s|ing)?|bought|purchas(?:e|es|ed|ing))\s+(?:(?:a|an|the|our|my|your)\s+)?(?:[\w-]+\s+)?"
                  r"(?:licen[cs]es?|rights|permissions?|reprints?)\b"
                  r"|\bfor\s+(?:(?:a|an|the)\s+(?:small\s+|modest\s+|one-?off\s+|flat\s+)?(?:charge|price|cost)\b"
                  r"|(?:just\s+|only\s+)?[$€£¥]\s?\d)", re.I)
UNPAID = re.compile(r"(?<!\bfeel\s)\bfree(?:ly)?\b|\bgratis\b|\broyalty[\s-]+free\b|\bcosts?\s+nothing\b"
                    r"|\b(?:no|without|zero)\s+(?:[\w-]+\s+){0,2}?(?:fees?|charges?|costs?|payments?|paying|royalt(?:y|ies))\b"
                    r"|\bat\s+no\s+(?:[\w-]+\s+)?(?:cost|charge)\b|\bnothing\s+to\s+pay\b"
                    # a fee waived ("fee waived for nonprofits", "fees are waived for schools")
                    r"|\b(?:fees?|charges?)\s+(?:(?:is|are|will\s+be|has\s+been|have\s+been)\s+)?waived\b"
                    # a fee the reuser may not charge, not one paid to the holder ("as long as you don't charge a
                    # fee for it", "may not charge readers a fee", "does not charge membership fees")
                    r"|(?:\bnot|n't|\bnever|\bno\s+one|\bnobody)\s+(?:\w+\s+)?charg(?:e|es|ing)\b"
                    r"|\bfor\s+[$€£¥]\s?0+(?:[.,]0+)?(?![\d.,]*\d)", re.I)  # "for $0"
# the clause holding the grant's verb ("you may reprint this article for $25" after "Free to read online;")
_GRANT_VERB = re.compile(rf"\b(?:{_STRONG})", re.I)


def _priced(clause: str) -> bool:
    """A clause naming a fee (:data:`PAID`) with nothing in it saying the use is free (:data:`UNPAID`)."""
    return PAID.search(clause) is not None and UNPAID.search(clause) is None


def sold(sentence: str) -> bool:
    """Whether a sentence offers its use for a fee or under a bought licence (:data:`PAID`), nothing saying the use
    is free (:data:`UNPAID`): no grant, whatever else it says. The clause holding the grant's verb decides: its own
    price sells the use whatever another clause calls free; a fee in another clause sells it unless the grant's
    clause (or the fee's own, "fees are waived") says free.

    >>> sold("For a fee, you may reprint this article."), sold("If you buy a reprint licence, you may reprint it.")
    (True, True)
    >>> sold("Free to reprint; a fee applies only to print runs over 10,000."), sold("Reprint it, no fee needed.")
    (False, False)
    >>> sold("Feel free to reprint this article for a fee of $40."), sold("You may reprint this article.")
    (True, False)
    >>> sold("Free to browse; you may republish this post for $30."), sold("You may republish it; fees are waived.")
    (True, False)
    >>> sold("You may republish it as long as you don't charge a fee."), sold("You may republish it for $0.")
    (False, False)
    """
    if PAID.search(sentence) is None:
        return False
    clauses = sentence.split(";")
    granting = [c for c in clauses if _GRANT_VERB.search(c)] or [sentence]
    if any(_priced(c) for c in granting):
        return True
    return any(_priced(c) for c in clauses) and not any(UNPAID.search(c) for c in granting)


# "You need permission to reprint this article" asks first; "no need to ask permission" does not.
NEEDS_PERMISSION = re.compile(r"\b(?:need|needs|require[sd]?|ask(?:ing)?(?:\s+for)?|obtain(?:ing)?|get|seek|request)\s+"
                              r"(?:(?:my|our|the|his|her|their|written|prior|express|explicit)\s+)*permission\b", re.I)
NO_NEED = re.compile(r"\bno\s+need\b|\b(?:no|without)\s+(?:(?:asking|seeking)\s+(?:for\s+)?)?(?:prior\s+)?permission\b"
                     r"|n['’]t\s+(?:need|have)\b|\b(?:not|never)\s+(?:need|have)\b|\bnot\s+(?:required|needed)\b", re.I)
# --- restrictive wordings beside a copyright line: "All rights reserved" and its relatives. Each names this text
# (or "any part", "in any form") so that "do not use bleach without gloves" stays advice.
_COPY_VERB = (r"(?:re-?)?(?:produced?|print(?:ed)?|publish(?:ed)?|post(?:ed)?)|cop(?:y|ied)|(?:re)?distributed?"
              r"|used?|shared?|transmit(?:ted)?|sold|sell|stored?")
# "do not copy ...", "may not be reproduced": open-ended, so it counts only when the sentence names this text
REFUSE = re.compile(
    r"\b(?:do\s+not|don['’]t|may\s+not|must\s+not|cannot|can\s*not|can['’]t|(?:is|are)\s+not\s+(?:allowed|permitted)"
    rf"\s+to|not\s+to(?=\s+be\b))\s+(?:be\s+)?(?:(?:{_COPY_VERB})\s*(?:,|or|and)\s+)*(?:{_COPY_VERB})\b",
    re.I,
)
# A grant's condition that the page be asked first: "if you ask us first", "once you have asked the editor", "as long
# as you email us first" (with a grant beside it, a limit all the same: restriction's "only" reading)
_ASKED_FIRST = (r"(?:never|not)\s+without\s+(?:first\s+)?asking\s+"
                r"(?:me|us|the\s+(?:author|editor|publisher|writer)s?)\b"
                r"|(?:if|once|after|provided(?:\s+that)?|as\s+long\s+as)\s+(?:you\s+)?(?:have\s+)?(?:first\s+)?"
                r"(?:ask(?:ed)?|asking|check(?:ed)?\s+with|checking\s+with)\s+(?:me|us|the\s+(?:author|editor|publisher"
                r"|writer)s?)\b"
                r"|(?:if|once|after|provided(?:\s+that)?|as\s+long\s+as)\s+(?:you\s+)?(?:have\s+)?(?:contact(?:ed)?"
                r"|e-?mail(?:ed)?|write\s+to|written\s+to)\s+(?:me|us|the\s+(?:author|editor|publisher|writer)s?)\s+first\b")
ASKED_FIRST = re.compile(rf"\b(?:{_ASKED_FIRST})", re.I)
# A use sent to a desk that sells or clears it ("This article is available for syndication. Contact our syndication
# desk.", "... through our licensing team"): offered on request, like "on request", it grants readers nothing.
DESK_REFERRAL = re.compile(r"\b(?:contact|e-?mail|call|write\s+to|ask|through|via)\s+(?:our|the|its)\s+"
                           r"(?:[\w-]+\s+){0,2}?"
                           r"(?:syndication|licen[cs]ing|licen[cs]es?|permissions?|rights|reprints?|sales)\s+"
                           r"(?:desk|team|department|dept|office|editors?|managers?)\b", re.I)
RESTRICT = _from_word_start(  # (whole: restriction reads its last branch's group, object2)
    rf"\bno\s+part\s+of\s+(?:this|the|these|our|my|any)\b[^.]{{0,40}}?\b(?:may|can|shall)\s+be\s+(?:{_COPY_VERB})\b"
    r"|\b(?:unauthori[sz]ed|illegal)\s+(?:re-?production|reprinting|republi(?:cation|shing)|copying|use|distribution"
    r"|duplication)\b"
    r"|\b(?:re-?production|republi(?:cation|shing)|reprinting|reprints|copying|re-?posting|re-?distribution|duplication"
    r"|re-?use)\b"
    r"[^.]{0,80}?"
    r"\b(?:prohibited|forbidden|not\s+(?:allowed|permitted)|(?<!not\s)(?<!n't\s)(?<!n’t\s)(?:requires?|needs?)\s+"
    r"(?:(?:[\w-]+['’]s|\w+)\s+){0,3}(?:permission|consent|approval|authori[sz]ation)"
    # "Reproduction of any article here is limited to the first 100 words": a quote, never the text
    r"|(?:is|are)\s+(?:strictly\s+)?limited\s+to\b)"
    r"|\bpermission\s+to\s+(?:re-?)?(?:print|publish|produce|post|use)\b[^.]{0,80}?\b(?:must|should|has\s+to|needs?\s+to)"
    r"\s+be\s+(?:obtained|requested|sought|granted\s+in\s+writing)"
    # ... "Written permission must be obtained before reprint": the permission first, what it is for after
    r"|\b(?:written|prior|express)\s+permission\s+(?:must|has\s+to|needs?\s+to)\s+be\s+obtained\b"
    r"|\bfor\s+(?:reprint|republication|reproduction|reuse)\s+(?:rights|permissions?)\b"
    # "This article ... is protected by international copyright laws": reserved in words
    rf"|\b(?:this|these|our|my)\s+(?:[\w-]+\s+)?{_TEXTS}\b[^.]{{0,60}}?\b(?:is|are)\s+protected\s+by\s+(?:[\w.]+\s+){{0,2}}"
    r"copyright\b"
    # a printable's refusal "not for republication" ("for personal use only" alone keeps copies private and grants
    # nothing, but refuses nothing in words either); a quote's allowance: "longer excerpts need my permission"
    r"|\bnot\s+for\s+(?:re-?sale\s+or\s+)?(?:republication|redistribution|reproduction|reprinting)\b"
    r"|\b(?:longer|larger|further|more)\s+(?:excerpts?|extracts?|quotes?|quotations?|portions?|passages?)\b[^.]{0,30}?"
    r"\b(?:need|needs|require|requires)\s+(?:(?:my|our|the\s+author['’]s|written|prior|express)\s+)*(?:permission"
    r"|consent)\b"
    r"|\b(?:ask|contact|check\s+with)\s+(?:me|us|the\s+(?:author|editor|publisher|writer|poster))\s+(?:first\s+)?"
    r"before\s+(?:re-?)?(?:publishing|printing|posting|using|reproducing|sharing|quoting|forwarding)\b"
    # ... "before you share this post": the verb's object names the text
    r"|\b(?:ask|contact|check\s+with)\s+(?:me|us|the\s+(?:author|editor|publisher))\s+(?:first\s+)?before\s+you\s+"
    r"(?:re-?)?(?:publish|print|post|use|reproduce|share|copy)\s+(?:this|these|my|our)\s+(?:[\w-]+\s+)?"
    r"(?:posts?|articles?|pieces?|essays?|columns?|recipes?|stor(?:y|ies)|texts?|guides?|writing)\b"
    # (the one asked reached at an address given on the way: "ask her at NAME@SITE before republishing it")
    r"|\b(?:ask|check)\s+(?:(?:me|us|her|him|them)\s+)?(?:(?:at|on|via)\s+[\w.+-]+@[\w.-]+\w\s+)?(?:first\s+)?"
    r"before\s+(?:re-?)?(?:publishing|printing|posting"
    r"|reproducing|copying|using)\s+(?:any\s+of\s+"
    # ("... before republishing anything from this blog": whatever it holds)
    r"(?:them|these|our|the)|it|them|this|these|our|my|any|anything)\b"
    r"|\b(?:contact|ask|e-?mail|write\s+to)\b[^.]{0,60}?\b(?:for|to\s+(?:request|ask\s+for|obtain))\s+"
    r"(?:reprint\s+)?(?:permission|rights)\b"
    # the holder keeps the rights: "the author retains all rights", "copyright remains with the writer"
    r"|\bretains?\s+(?:all\s+|the\s+|full\s+|their\s+|his\s+|her\s+)?(?:copyright|rights)\b"
    r"|\bcopyright\s+(?:remains|stays)\s+with\b|\ball\s+rights\s+(?:are\s+)?retained\b"
    # ... said of the text itself, as its writer's: "the words in this post remain her copyright" (a pronoun or the
    # writer named by role: "remain the photographers' copyright" is no writer's, nor a name, which a credit holds)
    r"|\b(?:remains?|stays?)\s+(?:her|his|my|our|the\s+(?:author|writer)['’]s)\s+(?:own\s+)?copyright\b"
    # a list's or a forum's footer: "Posts remain the property of their writers", "... the copyright of its poster"
    # (never an aggregator's "remain the property of their respective owners": it disowns what it collected)
    r"|\b(?:remains?|stays?)\s+the\s+(?:property|copyright)\s+of\s+(?:(?:their|its|the)\s+(?:respective\s+)?"
    r"(?:writers?|authors?|posters?|members?|contributors?)\b"
    # ... or of whoever wrote them, in words: "... stay the property of the people who wrote them"
    r"|(?:the\s+)?(?:people|persons?|members?|those|whoever)\s+(?:who\s+)?(?:wrote|posted|sent|write|post)\s+"
    r"(?:them|it|each|the\s+(?:posts?|messages?))\b)"
    rf"|\b(?:{_COPY_VERB}|forward(?:ed)?|send|sent)\b[^.]{{0,60}}?\b(?:(?:only\s+with|without)\s+"
    r"(?:(?:the|our|my|his|her|their)\s+)?(?:[\w-]+['’]s?\s+)?(?:prior\s+|express\s+)?(?:written\s+|express\s+)?"
    r"(?:permission|consent)\b"
    # "... without asking us first": the page itself is asked, as a holder is for permission; and the same leave as
    # the grant's condition, "... if you ask us first", "only once you have asked the editor"
    rf"|without\s+(?:first\s+)?asking\s+(?:me|us)\b|{_ASKED_FIRST})(?P<object2>)"
)
# A refusal worded as a request to ask the writer first, after the wish to copy this text that it answers, in one
# sentence or across a question: "Want to repost this article? Ask Dana first", "If you'd like to share this post,
# please ask me first". The one asked is the writer (me, us, the author, a name), never "your guests" or "them".
ASK_FIRST = re.compile(
    r"\b(?:want|like|wish|hoping|planning|thinking\s+(?:of|about))\s+(?:to\s+)?(?:re-?)?"
    r"(?:shar|us|post|print|publish|cop(?:y|i)|reproduc|distribut|forward)\w*\s+"
    r"(?:this|my|our|any\s+of\s+(?:my|our|these))\s+(?:[\w-]+\s+)?(?:posts?|articles?|pieces?|essays?|columns?"
    r"|recipes?|stor(?:y|ies)|text|guide|review|letter|tutorial)\b[^.;?!]{0,40}?[?,]\s*(?:then\s+)?(?:please\s+)?"
    r"(?:just\s+)?(?:ask|e-?mail|contact|message|write\s+to)\s+(?!(?:them|him|her|your|yourself|their|a|an|people|others|everyone|anyone)\b)"
    r"(?:me|us|the\s+(?:author|writer|editor)|(?!the\b)[\w'’-]+)\s+(?:first|before)\b"
    # ... or the ask first and the wish after it: "Please contact the Guild if you wish to use it elsewhere", "Email
    # me if you'd like to reprint this column" (the one asked never "your doctor"; "it" only with "elsewhere": "ask
    # us if you want to use it" may speak of a tool)
    r"|\b(?:ask|contact|e-?mail|message|write\s+to)\s+(?!(?:them|him|her|your|yourself|their|a|an|people|others"
    r"|everyone|anyone)\b)(?:me|us|the\s+[\w'’-]+(?:\s+[\w'’-]+)?|[\w'’-]+)\s+(?:first\s+)?if\s+you\s+"
    r"(?:would\s+like|['’]d\s+like|wish|want|hope|plan|intend)\s+to\s+(?:re-?)?"
    r"(?:shar|us|post|print|publish|cop(?:y|i)|reproduc|distribut)\w*\s+"
    r"(?:(?:it|them)\s+(?:elsewhere|anywhere\s+else|again)"
    r"|(?:this|these|my|our|the)\s+(?:[\w-]+\s+)?(?:posts?|articles?|pieces?|essays?|columns?|recipes?|stor(?:y|ies)"
    r"|text|guides?|guidance|leaflets?|letters?|tutorials?)\b)",
    re.I)
ASK_WORDS = ("ask", "mail", "contact", "message", "write to")  # every match of ASK_FIRST holds one
# A note's label at a line's or sentence's start ("Editor's note:", "Transcriber's Note:", "A note on copyright:"):
# a notice later in the same note belongs to the note, which is no body text.
# (Blanks before the label: spaces and tabs only. "\s*" there let each newline of a run start a scan of the whole
# run, quadratic in its length; a label after blank lines is found at its own line's start.)
NOTE_LABEL = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))[ \t]*(?:(?:[\w-]+['’]s|an?|the)\s+)?note(?:\s+on\s+[\w\s]{1,25}?)?"
                        r"\s*:", re.I)
# A grant withdrawn in words (SPEC r25 (q): "a later dated withdrawal of a grant ends it, its no-reprint words
# reserving all rights"): "I have withdrawn reprint permission for my articles", "the free-reprint licence for this
# post was revoked", "reprint rights to these articles have been rescinded", "the reprint offer below no longer
# applies". The verb of ending after its subject or auxiliary, so never a negated one ("I have not withdrawn", "has
# not been withdrawn") nor a grant merely changed ("reprint terms updated in 2021"). In WITHHELD below, so it counts
# where it names this text (RESTRICT_OBJECT); and it ends every grant stated beside it (:func:`without_withdrawn`).
# Seen on one page (holdout26 le03, a directory writer's dated notice over her old resource box): SPEC's wording.
_ENDED = r"(?:withdr[ae]wn?|withdraws?|revoked?|revokes|rescind(?:ed|s)?|retract(?:ed|s)?|cancell?(?:ed|s)?)"
_LEAVE_ENDED = (r"(?:permission|licen[cs]es?|grants?|offers?|consent|"
                r"(?:re-?print(?:ing)?|re-?publi\w+|re-?use|re-?production)\s+(?:rights|terms))")
_WITHDRAWN = (
    rf"\b(?:i|we|they|he|she|(?:the\s+)?(?:author|writer|editor|publisher)|has|have|had)\s+(?:(?:has|have|had)\s+)?"
    rf"(?:now\s+|since\s+|hereby\s+)?{_ENDED}\s+(?:[\w-]+\s+){{0,3}}?{_LEAVE_ENDED}\b"
    rf"|\b{_LEAVE_ENDED}\b[^.;]{{0,80}}?\b(?:(?:has|have|had)\s+been|is|are|was|were)\s+(?:now\s+)?{_ENDED}\b"
    rf"|\b{_LEAVE_ENDED}\b[^.;]{{0,80}}?\bno\s+longer\s+(?:applies|apply|stands?|holds?|valid|in\s+(?:force|effect))\b")
WITHDRAWN = _from_word_start(_WITHDRAWN)
# Leave withheld in words: "No permission is given to reproduce this article", "Permission to reprint this column
# has not been granted", "The author has not given permission for copies", "do not allow reprints", "Copies of this
# post are not permitted". Open-ended like REFUSE (counts only when the sentence names this text); it also keeps the
# grant words inside ("permission ... to reproduce this article") from reading as a grant.
WITHHELD = _gated_from_word_start(
    r"\bno\s+(?:\w+\s+)?permission\s+(?:is|has\s+been|was|will\s+be)\s+(?:given|granted)\b"
    r"|\bpermission\b[^.]{0,60}?\b(?:has|have|is|was|were|will)\s*(?:not|n['’]t)\s+(?:been\s+|be\s+)?"
    r"(?:given|granted)\b"
    r"|\b(?:has|have|had)\s*(?:not|n['’]t)\s+(?:given|granted)\s+(?:(?:any|their|his|her|my|our)\s+)?permission\b"
    r"|\b(?:does|do|did)\s*(?:not|n['’]t)\s+(?:allow|permit)\s+(?:any\s+)?(?:copies|copying|reprints?|reprinting"
    r"|republi(?:cation|shing)|re-?production|re-?posting)\b"
    r"|\b(?:copies|reprints|re-?production|republication)\s+of\b[^.]{0,40}?\b(?:is|are)\s+(?:not|no\s+longer)\s+"
    r"(?:permitted|allowed)\b"
    # "We do not grant permission to reprint ...", "We never give permission ...", "... is withheld / not available"
    r"|\b(?:(?:do|does|did|will|would|can|could)\s*(?:not|n['’]t)|never|no\s+longer)\s+(?:grant|give)s?\s+"
    r"(?:(?:any|our|my|their)\s+)?permission\b"
    r"|\bpermission\b[^.]{0,60}?\b(?:is|are|has\s+been|was)\s+(?:withheld|refused|denied|not\s+available|unavailable)\b"
    # "not available for reprint", "not free to republish", "not for reprint"
    r"|\bnot\s+(?:(?:available|free|open)\s+(?:for|to)|for)\s+(?:re-?print|re-?publi|re-?produc|syndicat)\w*"
    # "may no longer be reprinted", "no longer allow reprints"
    r"|\b(?:may|can)\s+no\s+longer\s+be\s+(?:re-?)?(?:print|publish|produc|post|cop(?:y|i)|shar|us)\w*"
    r"|\bno\s+longer\s+(?:allow|permit|accept)s?\s+(?:any\s+)?(?:copies|copying|reprints?|reprinting|republi\w+"
    r"|re-?production)\b"
    r"|\b(?:nobody|no\s+one|no-one)\s+(?:may|can|is\s+(?:allowed|permitted)\s+to)\s+(?:re-?)?(?:print|publish|produce"
    r"|post|copy|use|share|distribute)\b"
    rf"|{_WITHDRAWN}")
# Leave to republish named as such ("permission to reprint"): withheld, it needs no object (see restriction).
REPRINT_LEAVE = re.compile(r"\bpermission\s+to\s+(?:re-?print|re-?publish|reproduce|syndicate)\b", re.I)
# The open-ended wordings (REFUSE, "... without permission") count only when they name this text.
RESTRICT_OBJECT = re.compile(r"\b(?:this|these|our|my)\s+(?:\w+\s+)?(?:articles?|content|material|text|posts?|pages?"
                             r"|site|web\s*site|works?|publications?|newsletters?|columns?|essays?|pieces?|recipes?"
                             r"|stor(?:y|ies)|guides?|reviews?|tutorials?|blogs?|writing|words)\b"
                             rf"|\b{_TEXTS}\s+(?:(?:published|posted)\s+)?(?:in|on|at|from|of)\s+{_PLACE}"
                             # a notice's bare subject: "Content may not be copied without permission."
                             r"|(?:^|[,;:]\s)\s*(?:all\s+)?(?:content|contents|text|texts|material|articles|posts|recipes"
                             r"|columns)\s+(?:(?:and|&)\s+\w+\s+|here\s+|on\s+this\s+(?:site|blog)\s+)?(?:may|must|shall|cannot"
                             r"|can\s*not|can['’]t|is|are)\s+not\b"
                             r"|^\s*(?:all\s+)?(?:content|contents|text|texts|material|articles|posts|recipes|columns)\s+"
                             r"(?:(?:and|&)\s+\w+\s+)?(?:cannot|can['’]t)\b"
                             # the text put up elsewhere: "Do not repost elsewhere without the author's permission"
                             r"|\b(?:re-?)?(?:post|publish|print|produce|copy|share|distribute)\w*\s+(?:(?:it|them|this|these)"
                             r"\s+)?(?:elsewhere\b"
                             # ... or on other sites, in other publications: "do not share them on other websites"
                             r"|(?:on|to|in)\s+(?:other|another|any\s+other)\s+(?:web\s*)?(?:sites?|blogs?|pages?"
                             r"|publications?|news-?letters?|magazines?|groups?|forums?)\b)"
                             # the texts sent on to another publication: "send articles to other newsletters"
                             r"|\b(?:articles|posts|pieces|columns|stories|items|texts)\s+(?:to|in|on)\s+(?:other|another"
                             r"|any\s+other)\s+(?:publications?|news-?letters?|e-?zines?|(?:web\s*)?sites?|blogs?"
                             r"|magazines?|journals?|papers?)\b"
                             r"|\bany\s+(?:part|portion|form|means)\b|^\s*(?:do\s+not|don['’]t)\s+(?:re-?)?"
                             r"(?:produce|print|publish|copy|distribute)\s+without\b"
                             # a notice's terse imperative, a sentence alone: "Copyright 2019. Do not copy."
                             r"|^\s*(?:please\s+)?(?:do\s+not|don['’]t)\s+(?:re-?)?(?:produce|print|publish|post|copy"
                             r"|distribute)(?:\s+(?:it|this))?\s*[.!]?\s*$", re.I)
# The texts a credit line says were carried by leave: "reprinted with permission", "shown here with the author's
# permission", "reprinted from Hedgerow News with permission", "shared on Harbour Notes with the permission of
# its author", "reposted with the author's blessing".
# Whose leave a credit line names: one word with its possessive ("the author's", "Maria's"), or a full name of up to
# four words ("Ann van Loon's", "J. R. Hale's").
_POSSESSOR = r"(?:[\w.-]+\s+){0,3}[\w-]+['’]s?"
_BY_LEAVE = (r"used|reprinted|republished|published|reproduced|shared|posted|reposted|printed|appears?|included"
             r"|shown|featured|carried|presented|adapted|excerpted|syndicated|run|appearing")
# round 29: the leave given to the page that carries the text, named as its receiver ("us", "me"): "NAME has kindly
# given us her permission to reproduce it", "granted me permission to share it here" (the giver is the holder; a
# reader is given nothing, as with "allowed us to"); and "This article is licensed to Harbour Notes by its author": a
# licence to the one publisher that carries it, from its holder (never "licensed to you under ...", a grant to every
# reader, nor to everyone: "licensed to The Public by ..."), the holder named by "by" or by the © before it ("Text
# © NAME, licensed to Harbour Notes for publication": a licence to publish, given to that one publisher).
_PAGES_LEAVE = (
    r"\b(?:give[ns]?|gave|giving|grant(?:s|ed|ing)?)\s+(?:us|me)\s+" + _LEAVE_WORDS + r"(?:permission|consent|blessing"
    r"|go-?ahead)\s+to\s+(?:re-?print|(?:re-?)?publish|reproduce|re-?post|use|share|run|include|feature|carry)\b"
    r"|\blicen[cs]ed\s+to\s+(?!(?:the\s+)?(?:public|world|everyone|everybody|anyone|anybody|all|readers)\b)"
    r"(?:us|me|this\s+(?:web\s*)?(?:site|blog)|(?:the\s+)?(?!(?-i:You)\b)(?-i:[A-Z])[\w&'’.-]*"
    r"(?:\s+(?-i:[A-Z])[\w&'’.-]*){0,4})\s+(?:(?:by|from)\s+\S|for\s+(?:re-?)?publication\b)")
# Who lets the page carry a piece ("... let me share it here"): another person than the writer, as the words before
# "let" show: a pronoun for another ("she", "he", "they"), the holder by role ("the author"), a name (a capitalised
# word after a lower-case one, "our neighbour Hester"; a full name, "Hester Vale-Moran"; one name before "kindly"),
# or a verb that has its subject ("has kindly let", "agreed to let"), with an adverb or two between ("very kindly").
# The imperative has none of these ("so let me share it here", "now let me", "Please let me"): the writer's offer
# to her readers, which no one gave (precision first: "Ann let me share it here", one name opening the sentence
# with nothing after it, is left out with "So let me ...").
# (a name's word: never an imperative's opening word capitalised by mistake, "Okay So let me share it here")
# What the page is let do with the piece: one list for the permission pattern's "let" branch and its hint words.
LET_VERBS = ("reprint", "re-print", "publish", "republish", "re-publish", "reproduce", "repost", "re-post", "share",
             "run", "include", "feature")
_LET_NAME = r"(?!(?-i:So|Now|Then|Please|And|But|Just|Well|Here|Okay|Also|Do)\b)(?-i:[A-Z][a-z])[\w'’-]*"
_LET_ADVERBS = r"(?:(?:very|so|most|really|also|then)\s+)*(?:[a-z]+ly\s+)?"
_LET_GIVER = (
    r"(?:(?:(?:she|he|they|(?:the|her|his|their|its)\s+(?:author|writer|poet|artist|owner|creator|editor|publisher)"
    rf"|(?<=(?-i:[a-z]) ){_LET_NAME}(?:\s+{_LET_NAME})?|{_LET_NAME}\s+{_LET_NAME}"
    rf"|{_LET_NAME}(?=\s+(?:kindly|graciously|generously)\b))\s+{_LET_ADVERBS}"
    r"(?:(?:has|had|have)\s+" + _LET_ADVERBS + r")?|(?:has|had|have)\s+" + _LET_ADVERBS + r")"
    r"(?:(?:agreed|offered|consented)\s+to\s+)?|(?:agreed|offered|consented)\s+to\s+)")
# Where the page's own leave was stated: its leave yields to a licence or grant to readers in the same text ("NAME
# has given us permission to reprint this. You may republish it under CC BY 4.0").
PAGES_LEAVE = re.compile(_PAGES_LEAVE, re.I)
PERMISSION = _from_word_start(
    # "Our thanks to the Courier for permission to reprint this article": this page's leave, thanked for
    r"\bfor\s+(?:(?:their|his|her|its|the|kind|kindly|generous|generously|granting|giving)\s+)*(?:permission|consent)\s+"
    r"to\s+(?:re-?print|re-?publish|reproduce|re-?post|use|share|run|include|feature)\b"
    # "The author has kindly allowed us to republish this piece"
    r"|\b(?:(?:allow(?:ed|ing)|let|permit(?:ted|ting))\s+us\s+to|letting\s+us)\s+(?:re-?print|(?:re-?)?publish|reproduce|re-?post|use|share|run|include|feature)\b"
    # ... and with the bare verb after "let", someone else letting (_LET_GIVER): "She kindly agreed to let us reprint
    # it here", "NAME has kindly let me share them here"; never the writer's own offer to her readers, "Let me share
    # a few tips", "so let me share it here", "now let me share these here", which no one gave
    r"|\b" + _LET_GIVER + r"(?-i:let)\s+(?:me|us)\s+(?:" + "|".join(LET_VERBS) + r")\s+(?:it|this|these|them)\s+here\b"
    # round 29: the leave given to the page that carries the text, named as its receiver (_PAGES_LEAVE)
    r"|" + _PAGES_LEAVE +
    # round 20: the host's account of the leave asked and given ("she very kindly said yes when I asked if we could
    # share it here", "agreed when we asked whether we might reprint it")
    r"|\b(?:said\s+yes|agreed)\s+when\s+(?:I|we)\s+asked\s+(?:her\s+|him\s+|them\s+)?(?:if|whether)\s+(?:we|I)\s+"
    r"(?:could|might|may|can)\s+(?:re-?print|(?:re-?)?publish|reproduce|re-?post|share|run|include|feature)\b"
    rf"|\b(?:{_BY_LEAVE})\s+"
    r"(?:here\s+|below\s+|on\s+this\s+(?:site|blog)\s+|(?:here\s+)?(?:from|in|on)\s+[^.;:!?]{1,80}?,?\s+)?"
    r"(?:with|by)\s+(?:(?:the|his|her|their|its|our|my)\s+)?"
    # the giver by role or by name, a full name too ("with Ann van Loon's kind permission")
    rf"(?:{_POSSESSOR}\s+)?(?:kind\s+|express\s+|written\s+|generous\s+|full\s+)?(?:permission|consent|blessing"
    r"|go-ahead|(?<= )ok(?:ay)?)\b"
    r"|\b(?:used|reprinted|republished|reproduced|published|posted|reposted|shared|printed|appears?|run)\s+(?:here\s+)?"
    r"(?:by|under)\s+(?:special\s+)?(?:arrangement|agreement)\s+with\b"
    # the sharer's own words above what they carry: "Sharing this with permission from NAME", "Reposting the
    # following with the author's blessing"
    r"|\b(?:sharing|posting|re-?posting|re-?printing|re-?publishing|reproducing|running|including)\s+"
    r"(?:this|these|it|the\s+following|(?:this|her|his|their)\s+(?:[\w-]+\s+)?(?:recipe|post|piece|article|story"
    r"|letter|list|guide|column|essay|tips?))\s+(?:here\s+)?with\s+(?:(?:the|his|her|their|its)\s+)?"
    r"(?:[\w-]+['’]s?\s+)?(?:kind\s+|express\s+|written\s+|full\s+)?(?:permission|consent|blessing)\b"
    # ... and the verb's plain form after the leave the writer gave, his or hers by a pronoun ("he let me share it
    # here with his permission"; never a reader's "only share this with permission", which no one has given, nor
    # a reader's plan "I will share it with her permission at our club": _text_permission skips a plan, PLANNED)
    r"|\b(?:share|post|re-?post|re-?print|re-?publish|reproduce|run|include)\s+(?:it|this|these|them"
    r"|(?:this|her|his|their)\s+(?:[\w-]+\s+)?(?:recipe|post|piece|article|story|letter|list|guide|column|essay|tips?))"
    r"\s+(?:here\s+)?with\s+(?:his|her|their)\s+(?:kind\s+|express\s+|written\s+|full\s+)?(?:permission|consent"
    r"|blessing)\b"
    # "republished from The Desk under licence from its author" (a Creative Commons licence is named as one: find_cc)
    r"|\b(?:reprinted|republished|reproduced|published|posted|reposted)\s+(?:here\s+)?from\s+[^.;:!?]{1,80}?\s+"
    r"under\s+(?:a\s+|an\s+)?(?:special\s+)?licen[cs]e(?:\s+(?:from|with|by)\b|\s*[.;]|$)"
    # "Reprinted courtesy of the author", "Article courtesy of Harbour Gazette" (never "Photo courtesy of ...")
    r"|\b(?:used|reprinted|republished|reproduced|published|posted|reposted|shared|printed|appears?|run|articles?"
    r"|posts?|columns?|essays?|stor(?:y|ies)|pieces?)\s+(?:here\s+)?(?:by\s+)?courtesy\s+of\b"
    # ... and as other languages' credit lines say it (PERMISSION_ABROAD)
    + "".join(f"|{pattern}" for _, pattern in PERMISSION_ABROAD))
# --- a public-domain dedication in words: someone gives this text to the public domain ("I dedicate ...", "the
# author has placed this article in ..."), or "this article is public domain". "Many old recipes are in the public
# domain" says nothing about this text.
_PD_WORK = (r"(?:articles?|text|works?|posts?|essays?|pieces?|content|stor(?:y|ies)|writing|material|columns?"
            r"|guides?|recipes?|tutorials?|lists?|checklists?|pages?|documents?|booklets?|leaflets?|handouts?"
            r"|pamphlets?|tips|notes?|FAQs?|sheets?|translations?|transcriptions?|publications?|information"
            # the working documents a team or a maker publishes ("this playbook is in the public domain")
            r"|playbooks?|handbooks?|manuals?|templates?|workbooks?|worksheets?|primers?|walkthroughs?|explainers?)")
PUBLIC = re.compile(
    rf"(?:(?-i:\bI\b)|\b(?:we|the\s+author|it|hereby|(?:this|these|my|our)\s+(?:[\w-]+\s+)?{_PD_WORK}))[\s,]+"
    # (what is given may be named at length: "I place the text of this post in the public domain")
    r"(?:[\w-]+[\s,]+){0,3}?(?:dedicat\w*|plac\w*|releas\w*|put|puts|giv\w*|gave|donat\w*)\s+(?:[\w-]+\s+){0,8}?"
    r"(?:in|into|to)\s+the\s+public[\s-]+domain"
    # round 20: the giver named as anyone ("Ana Ruiz puts this piece in the public domain", "The club releases these
    # notes into ..."): the act's verb with this text as its object names what is given, whoever gives it
    rf"|\b(?:dedicates?|places?|releases?|puts|gives?)\s+(?:this|these|my|our|the\s+following)\s+(?:[\w-]+\s+)?"
    rf"{_PD_WORK}\s+(?:(?:here|hereby|now|freely)\s+)?(?:in|into|to)\s+the\s+public[\s-]+domain"
    # a work of the US federal government: in the public domain by law, as its pages say ("Content on this site is
    # a work of the U.S. federal government")
    # (a sentence is read alone, and "U.S. federal" may end one at its full stop: "the U.S." names it there)
    r"|\b(?:is|are)\s+(?:a\s+)?works?\s+of\s+the\s+(?:U\.\s?S\.(?!\s*[a-z])|(?:U\.\s?S\.|US|United\s+States)"
    r"(?:\s+federal)?\s+government\b)"
    # "Everything in this letter is copyright-free", "this guide is copyright free": no right claimed, for the text
    # (never what a text holds, as below: "many of the recipes in these notes are copyright-free")
    rf"|\b(?:(?:everything|all|anything)\s+(?:in|on)\s+this\s+[\w-]+|(?<!\bin\s)(?<!\bof\s)(?:this|these|my|our)\s+"
    rf"(?:[\w-]+\s+)?{_PD_WORK})"
    r"\s+(?:is|are)\s+(?:entirely\s+|completely\s+)?copyright[\s-]+free\b"
    # "this essay is (permanently) in the public domain", "the text of this booklet is ..."; never what a text
    # holds ("many of the quotes in this post are in the public domain": the quotes are)
    rf"|(?:(?<!\bin\s)(?<!\bof\s)(?<!\bon\s)(?<!\bfrom\s)\b(?:this|the\s+following|my|our)\s+(?:[\w-]+\s+)?{_PD_WORK}"
    rf"|\b(?:the\s+)?(?:text|content|words|wording|writing)\s+(?:of|in)\s+(?:this|my|our)\s+(?:[\w-]+\s+)?{_PD_WORK})"
    # a first predicate before the dedication: "this fact sheet is a publication of the Service and is in the public
    # domain" (a clause of a few words, within the sentence)
    r"(?:\s+(?:is|are)\s+[^.;!?\n]{1,80}?,?\s+and)?"
    r"\s+(?:is|are|has\s+been|have\s+been|was|were)\s+"
    r"(?:(?:hereby|now|permanently|irrevocably|entirely|wholly|fully|and|therefore|also)[\s,]+)*"
    r"(?:(?:placed\s+|released\s+|dedicated\s+)?(?:in(?:to)?\s+|to\s+)?(?:the\s+)?[\"“'‘]?public[\s-]+domain"
    # ... or its kind: "this fact sheet is a public domain publication of the Service", "is a public-domain work"
    rf"|an?\s+(?:[\w-]+\s+)?public[\s-]+domain\s+(?:[\w-]+\s+)?(?:publications?|{_PD_WORK})\b)"
    r"|\bpublic[\s-]+domain\s+dedication\b"
    # this text marked with the Public Domain Mark, by its name (capitals or "PDM"), or said, in the Mark's own
    # words, to be free of known copyright: "This transcription is marked with the Creative Commons Public Domain
    # Mark 1.0" (SPEC r24 (s): LicenseRef-public-domain); another work's Mark, named apart from this text, is not
    rf"|(?:(?<!\bin\s)(?<!\bof\s)(?<!\bon\s)(?<!\bfrom\s)\b(?:this|these|my|our|the\s+following)\s+(?:[\w-]+\s+)?"
    rf"{_PD_WORK})\s+(?:is|are|has\s+been|have\s+been)\s+(?:(?:hereby|now|also)\s+)?"
    r"(?:(?:marked|labell?ed|tagged|released|shared|published|offered)\s+(?:with|under)\s+(?:the\s+)?"
    r"(?:Creative\s+Commons\s+|CC\s+)?(?-i:Public\s+Domain\s+Mark|PUBLIC\s+DOMAIN\s+MARK|PDM)\b"
    r"|free\s+of\s+(?:all\s+)?known\s+copyright\s+restrictions\b)"
    # a publication dedicated by its own name, opening the sentence: "Hedgerow Notes is dedicated to the public
    # domain" (the act's verb only: "Old Almanac is in the public domain" may speak of another's work)
    r"|(?:^|(?<=[.!?]\s))(?-i:[A-Z][\w&'’-]*)(?:\s+(?-i:[A-Z][\w&'’-]*)){0,4}\s+(?:is|are)\s+"
    r"(?:(?:hereby|now|permanently|irrevocably)\s+)*(?:dedicated|released|placed)\s+(?:in(?:to)?|to)\s+the\s+"
    r"public[\s-]+domain\b"
    # a site's or an agency's notice for all it publishes: "(unless otherwise noted,) information, text and images on
    # this website were produced by ... and are in the public domain", "Content from our site is public domain"
    r"|\b(?:information|content|contents|text|texts|material|materials|works?|publications?|documents?)\b"
    r"[^.;!?\n]{0,60}?\b(?:on|of|in|from|at)\s+(?:this|our|the)\s+(?:web\s*)?site\b"
    # (never a relative clause picking some out: "works on this site that are in the public domain are marked")
    r"(?:(?!\b(?:that|which|whose)\b)[^.;!?\n]){0,80}?"
    r"\b(?:is|are)\s+(?:(?:also|generally|therefore|thus)\s+)?(?:in\s+the\s+)?public[\s-]+domain\b"
    # a blog's or a site's gift of all it publishes, by its name: "Every recipe on Dapur Mira is given to the public
    # domain" (the act's verb: "all the recipes in the book are in the public domain" may speak of older work)
    rf"|\b(?:every|each|all(?:\s+the)?)\s+{_PD_WORK}\s+(?:on|in|at|from)\s+[^.;!?\n]{{1,60}}?\s+(?:is|are)\s+"
    r"(?:(?:hereby|now|freely)\s+)?(?:given|dedicated|released|placed)\s+(?:in(?:to)?|to)\s+the\s+public[\s-]+domain\b"
    # no claim made at all: "No copyright is claimed on this text" (never "no copyright infringement intended")
    rf"|\bno\s+copyright\s+(?:is\s+|has\s+been\s+)?(?:claimed|asserted)\s+(?:on|for|in|over)\s+(?:this|these|my|our)\s+"
    rf"(?:[\w-]+\s+)?{_PD_WORK}\b",
    re.I,
)
# Besides "public" with "domain", a dedication holds one of these (PUBLIC's no-claim branch, PUBLIC_ABROAD's words).
PD_WORDS = ("no copyright", "known copyright", "no rights reserved", "copyright-free", "copyright free", "government",
            *PUBLIC_ABROAD_WORDS)
# A notice that opens with the words as a label: "Licence: public domain", or "Public domain." followed by what anyone
# may do with it ("copy it, print it"); a heading "Public domain: what it means" or a question is no dedication.
# "No rights reserved." opens such a notice as well (CC0's own tagline, the mirror of "All rights reserved").
PD_LABEL = re.compile(r"^\s*(?:(?P<named>(?:licen[cs]e|rights|copyright|status)\s*:)\s*)?"
                      r"(?:public[\s-]+domain|no\s+rights\s+(?:are\s+)?reserved|copyright[\s-]+free)\s*"
                      r"(?:(?(named)(?:[.!;]|$)|[.:;!–—-]))", re.I)
GIVE_AWAY = re.compile(r"\b(?:copy|print|use|share|reprint|republish|sell|change|adapt|translate|reuse|give)\s+"
                       r"(?:it|this|them|freely|away)\b", re.I)
HEADING_QUESTION = re.compile(r"\s*(?:what|why|how|when|who|which|where|is|are|can|does|do|should)\b", re.I)
# (a quantifier negates as "not" does: "Nothing on this blog is a work of the U.S. federal government", "None of
# these recipes are copyright-free", "Nobody may reprint this article")
QUANTIFIERS_NO = r"nothing|none|nobody|no[\s-]+one|neither"  # a quantifier's denial: its reach ends at "except"
NEGATION = re.compile(rf"\b(?:not|never|no\s+longer|{QUANTIFIERS_NO})\b|n['’]t\b", re.I)
# "All rights reserved", and as the footers of pages in other languages say it.
RESERVED_WORDINGS = (
    # (an OCR'd brochure's "A11 rights reserved": the l's read as ones, SPEC's misreads labelled as meant)
    ("en", r"\ba(?:ll|[l1I|]{2})\s+rights\s+reserved\b"),
    # "Writers keep the copyright in their letters", "Contributors retain copyright of their posts": the rights stay
    # with each writer (the mirror of "© their respective authors")
    ("en", r"\b(?:authors?|writers?|contributors?|creators?|posters?|members?|columnists?|correspondents?)\s+"
           r"(?:keep|keeps|retain|retains|hold|holds|own|owns)\s+(?:the\s+|full\s+|all\s+)?copyrights?\b"
           r"(?!\s+(?:law|laws|rules)\b)"),
    ("de", r"\balle\s+rechte\s+vorbehalten\b"),
    # "Alle Inhalte sind urheberrechtlich geschützt" (never "... sind nicht urheberrechtlich geschützt")
    ("de", r"\b(?:dieser|diese|dieses|alle|sämtliche|die|unsere)\s+(?:\w+\s+){0,2}?(?:Texte?|Inhalte?|Beitr[äa]ge?"
           r"|Artikel)\b[^.!?]{0,40}?\b(?:sind|ist)\s+urheberrechtlich\s+geschützt\b"),
    # ... never "some rights reserved" (a Creative Commons motto): "Certains droits réservés", "Algunos derechos ..."
    ("fr", r"(?<!certains\s)\b(?:tous\s+)?(?:les\s+)?droits\s+r[ée]serv[ée]s\b"),
    ("es", r"(?<!algunos\s)\b(?:todos\s+los\s+)?derechos\s+reservados\b"),
    ("pt", r"(?<!alguns\s)\b(?:todos\s+os\s+)?direitos\s+reservados\b"),
    ("it", r"(?<!alcuni\s)\b(?:tutti\s+i\s+)?diritti\s+(?:sono\s+)?riservati\b"),
    ("nl", r"\b(?:alle\s+rechten|auteursrecht(?:en)?)\s+voorbehouden\b"),
    ("pl", r"\b(?:(?:wszelkie|wszystkie)\s+prawa|prawa\s+autorskie)\s+(?:autorskie\s+)?zastrze[żz]one\b"),
    ("sv", r"\balla\s+r[äa]ttigheter\s+f[öo]rbeh[åa]llna\b|\bmed\s+ensamr[äa]tt\b"),
    ("da", r"\balle\s+rettigheder\s+forbeholdes\b"),
    ("no", r"\balle\s+rettigheter\s+forbeholdt\b"),
    ("fi", r"\bkaikki\s+oikeudet\s+pid[äa]tet[äa][äa]n\b"),
    ("cs", r"\bv[šs]echna\s+pr[áa]va\s+vyhrazena\b"),
    ("tr", r"\btüm\s+hakları\s+saklıdır\b"),
    ("ru", r"\bвсе\s+права\s+защищены\b"),
    ("el", r"\bμε\s+επιφύλαξη\s+παντός\s+δικαιώματος\b"),
    ("ja", r"無断(?:で)?(?:転載|複製)(?:を)?(?:禁止|禁じます)|禁無断転載"),
    # "版权所有", and whose the copyright is ("版权归作者所有": the copyright belongs to the authors)
    ("zh", r"版[权權](?:[归歸][^，。,；;\s]{1,12}?)?所有"),
    # "未经许可，不得转载", and whose leave and who may not ("未经作者书面许可，任何单位和个人不得转载")
    ("zh", r"未[经經][^，。,；;]{0,12}?(?:许可|許可|授权|授權|允许|允許|同意)[，,]?\s*[^。；;，,]{0,12}?"
           r"(?:不得|禁止|严禁|嚴禁)(?:转载|轉載|复制|複製)"),
    ("ko", r"무단\s*전재\s*및\s*재배포\s*금지"),
    # Tagalog ("Lahat ng karapatan ay nakalaan"), Swahili ("Haki zote zimehifadhiwa"), Malay ("Hak cipta terpelihara")
    ("tl", r"\blahat\s+ng\s+karapatan\s+(?:ay\s+)?(?:nakalaan|reserbado|nakareserba)\b"),
    ("sw", r"\bhaki\s+zote\s+zimehifadhiwa\b"),
    ("ms", r"\bhak\s+cipta\s+terpelihara\b"),
    # languages without a row in the language tables yet, as their sites' footers say it: Afrikaans, Galician,
    # Basque, Slovene and Croatian, Azerbaijani and Uzbek, Kazakh, Kyrgyz, Mongolian, Belarusian, Sinhala, Khmer
    ("af", r"\balle\s+regte\s+voorbehou\b"),
    ("gl", r"(?<!algúns\s)\b(?:todos\s+os\s+)?dereitos\s+reservados\b"),
    ("eu", r"\beskubide\s+guztiak\s+(?:erreserbatuta|gordeta)\b"),
    ("sl", r"\b(?:vse|sva)\s+prav(?:ice|a)\s+(?:so\s+)?(?:pridr[žz]an[ea]|zadr[žz]ana)\b"),
    ("az", r"\b(?:bütün|barcha)\s+(?:hüquqlar|huquqlar)[ıi]?\s+(?:qorunur|himoyalangan)\b"),
    ("kk", r"(?<!\w)барлық\s+құқықтар[ыы]?\s+қорғалған(?!\w)"),
    ("ky", r"(?<!\w)бардык\s+укуктар[ыы]?\s+корголгон(?!\w)"),
    ("mn", r"(?<!\w)бүх\s+эрх\s+(?:хуулиар\s+)?хамгаалагдсан(?!\w)"),
    ("be", r"(?<!\w)усе\s+правы\s+абаронены(?!\w)"),
    ("si", r"සියලු(?:ම)?\s+හිමිකම්\s+ඇවිරිණි"),
    ("km", r"រក្សា\s*សិទ្ធិ\s*គ្រប់\s*យ៉ាង"),
)
# The languages no row above words (Arabic, Hindi, Ukrainian, Romanian, Indonesian, Vietnamese ...): their phrase from
# the language tables (text/languages.py), so a language added there reaches this rule.
_WORDED = frozenset(code for code, _ in RESERVED_WORDINGS)
RESERVED_WORDINGS += tuple((code, rf"(?<!\w){alternation('rights_reserved', [code])}(?!\w)")
                           for code in LANGUAGES if code not in _WORDED)
# (searched with only the rows whose words a line holds: the same match, a fraction of the cost, text/gated.py)
RESERVED = GatedAlternation((pattern for _, pattern in RESERVED_WORDINGS), re.I)
# Every row of RESERVED_WORDINGS holds one of these; those outside ASCII are tested only on lines that are not ASCII
# (SCRIPT_HINTS: the gate's words in other scripts, which an ASCII line cannot hold).
RESERVED_WORDS = ("reserved", "copyright", "vorbehalten", "urheberrecht", "servés", "serves", "reservados", "riservati",
                  "karapatan", "zimehifadhiwa", "terpelihara", "voorbehou", "dereitos", "eskubide", "prav",
                  "huquqlar", "hüquqlar",
                  "voorbehouden", "zastrze", "förbeh", "forbeh", "ensamr", "oikeudet", "vyhrazen")
RESERVED_SCRIPTS = ("saklı", "защищ", "επιφύλαξη", "無断", "版权", "版權", "转载", "轉載", "复制", "複製", "무단",
                    "hüquqlar", "құқықтар", "укуктар", "хамгаалагдсан", "абаронены", "හිමිකම්", "សិទ្ធិ",
                    *(w for code in LANGUAGES if code not in _WORDED for w in LANGUAGES[code]["rights_reserved"]
                      if not w.isascii()))
# ... and the tables' phrases in Latin letters without accents ("toate drepturile rezervate", "hak cipta dilindungi")
RESERVED_WORDS += tuple(w for code in LANGUAGES if code not in _WORDED for w in LANGUAGES[code]["rights_reserved"]
                        if w.isascii())
SCRIPT_HINTS = SCRIPT_HINTS + RESERVED_SCRIPTS
COPYRIGHT = re.compile(
    # (an OCR'd "@" for the sign after the word, a year after it: "Copyright @ 1987 by ...", SPEC)
    r"(?:\bcopyright\b\s*(?:©|\(c\)|@(?=\s*(?:19|20)\d\d))?|©|\(c\)(?=\s*(?:19|20)\d\d)|\bcopr\.(?=\s*(?:19|20)\d\d))\s*"
    r"(?P<y1>(?:19|20)\d\d)?(?:\s*[-–]\s*(?:(?:19|20)?\d\d|present|now|today)\b)?[\s,]*(?:by\s+)?"
    r"(?P<holder>[^\n]*)",
    re.I,
)
# The lower-case words inside a name ("Maximilian von Ebersberg", "João Gonçalves da Silva").
NAME_PARTICLES = frozenset({"von", "van", "der", "den", "de", "da", "das", "dos", "do", "di", "du", "del", "della",
                            "la", "le", "y", "e", "bin", "ibn", "al", "el", "ten", "ter", "zu", "af", "op"})
# "(C) Marta Kowalczyk 2011", "(c) Marta Kowalczyk, 2011": the sign, a capitalised name, the year.
BARE_C = re.compile(r"\(c\)\s*(?P<name>[^\s(),][^\n(),]*?),?\s+(?P<year>(?:19|20)\d\d)\b", re.I)
# Where a republished text says where it first ran: it belongs with a "reprinted with permission" line.
PROVENANCE = re.compile(r"^[\[(]?\s*(?:(?:(?:this|the)\s+(?:piece|article|post|column|essay|story)\s+|it\s+)?"
                        r"(?:was\s+|has\s+)?(?:first|originally)\s+(?:appeared|published|printed|ran|posted|run)\b"
                        # "The original lives on the X site", "The original post can be found at ..."
                        r"|the\s+original(?:\s+(?:piece|article|post|column|essay|story|version))?\s+(?:lives|is|appears"
                        r"|appeared|ran|can\s+be\s+(?:found|read))\s+(?:on|at|in)\b)", re.I)
# ... and as a republished text says it in other languages ("Тази статия е публикувана първоначално в ...",
# "erstmals erschienen in", "publié initialement dans", "pirmą kartą paskelbta"): the word for "first" or
# "originally" anywhere in the lead before a "reprinted with permission" credit.
# (The words: languages.py, 'first_published'; Welsh's "gyntaf" is "ymddangosodd ... gyntaf", first appeared.)
# Japanese, Chinese and Korean write them inside a run of letters: no word's edge asked there.
GLUED_PROVENANCE = ("ja", "zh", "ko")
PROVENANCE_ABROAD = re.compile(
    rf"(?<!\w){alternation('first_published', [c for c in LANGUAGES if c not in GLUED_PROVENANCE])}(?!\w)"
    rf"|{alternation('first_published', GLUED_PROVENANCE)}", re.I)
# Where a share line starts after a statement on the same line ("... 4.0 License. Share this: Facebook Twitter").
# (A blank run around a separator is one run, "\s*(?:[,|·•/]\s*)?": the old "\s*[,|·•/]?\s*" split it every way
# within one match, so a licence line ending "Facebook" and 4,000 spaces took 0.5 s, 40 KB about a minute. The same
# strings and matches.)
SHARE_TAIL = re.compile(
    r"\b(?:Share\s+(?:this|it)(?:\s+(?:article|post|page|story))?\s*[:!]|Share\s+(?:on|via)\s*(?::\s*)?(?:Facebook"
    r"|Twitter|X\b|LinkedIn|Pinterest|E-?mail|WhatsApp|Reddit)|Like\s+this\s*:|Tweet\s+this\b|(?:Facebook|Twitter"
    r"|LinkedIn|Pinterest|Reddit|WhatsApp|Tumblr)(?:\s*(?:[,|·•/]\s*)?(?:Facebook|Twitter|LinkedIn|Pinterest|Reddit"
    r"|WhatsApp|Tumblr|E-?mail|Print)){2,})",
    re.I,
)
# A syndicated column's distribution credit after its copyright line ("© 2014 Ann Lee. Distributed by Lakeside
# Features Syndicate."): part of the notice (it says who sells the rights), never a grant.
# A copyright holder that distributes columns to many sites (a syndicate, a features agency, a wire service): its
# "© 2022 NAME Syndicate" under a column is the column's notice on whichever site runs it, never that site's mark.
SYNDICATE_HOLDER = re.compile(r"\b(?:Syndicate|Syndication|Features|Feature\s+Service|Content\s+Agency|News\s+Service"
                              r"|Wire\s+Service|Press\s+Association)\b", re.I)
# (?<!\s): a blank run from its start only (searched over 40 KB of blanks, from each position: 21 s). The same
# answers: a search's first match never starts after a blank (one start earlier matches too), and the notice's
# .match starts right after the stripped notice text, on a non-blank.
SYNDICATED = re.compile(r"(?<!\s)\s*(?:Distributed|Syndicated)\s+(?:by|through|via)\s+[^.!?\n]{2,80}"
                        r"(?:[.!?](?=\s|$)|$)", re.I)
# "... for letting us reprint this column": PERMISSION's leave without "to"
LETTING_US = ("letting us", "when i asked", "when we asked",  # (and the leave asked and given: PERMISSION)
              *(f"let {who} {verb}" for who in ("me", "us") for verb in LET_VERBS))
# Substring tests are much cheaper than the patterns, and most lines are body text: a line goes to the patterns only
# if it contains one of HINTS (or of SHAPED_HINTS in its shape, or a modal with its partner, below), or (a grant
# worded "you may use this article") one of GRANT_NOUNS with one of GRANT_WORDS.
HINTS = ("copyright", "©", "(c)", "copr.", "licen", "creative", "public domain", "public-domain", "publish", "rights",
         "work of the u", "works of the u", "gfdl", "gnu fdl",  # (round 20: US federal works, the GNU FDL by name)
         "art licen", "art libre", "artlibre", "lal 1.", "lal-1.", "lal1.", "copyleft attitude",  # (round 22: LAL)
         *NATIONAL_OGL_WORDS,  # (round 26: other countries' open-government licences)
         "distribut", "syndicat", "unauthori", "consent", "courtesy", "arrangement", "agreement", "waive", "blessing",
         "go-ahead", " us to", *LETTING_US, *FOR_PUBLICATION, "attribution", "forbid", *RESERVED_WORDS, *FOREIGN_STEMS,
         *ABROAD_HINTS)
# Hints that are also the inside or the start of everyday words ("cc" in "according", "pass" in "compass", "ok" in
# "Oktober", "print" in "blueprint"): a line holding one goes to the patterns only if it holds the hint as every
# pattern reads it: CC's short forms at a word's start, the grant's verbs "pass" ("passed", "pass or print"; never
# "passion") and "(re)print", the leave's "OK"/"okay". On real text these substrings alone sent 1 line in 40 to
# every pattern, which found nothing there.
SHAPED_HINTS = ("cc", "pass", " ok", "print")
SHAPED_HINT = re.compile(r"\b(?:cc|pass(?:[ed]*\b|or|and)|(?<= )ok(?:ay)?\b|(?:re-?)?print)")
# A refusal with a copy verb the hints lack ("Please do not copy this article"; REFUSE reads it).
# (each a negation's last letter and the verb: "not copy", "don't copy", "may not be reposted", "not for republication")
NEGATED_COPY = ("t cop", "t be cop", "t repost", "t be repost", "not for re")
# German's modal (FOREIGN_MODALS: "darf", "dürfen") is as common ("man darf nicht vergessen", "Bedarf"): it counts
# with a participle its grant or refusal needs ("... darf weiterverbreitet werden", see FOREIGN_GRANT and
# FOREIGN_REFUSE; "verbreit" and "vervielf" are hints themselves).
MODAL_PARTNERS = ("veröffentlicht", "nachgedruckt", "kopiert", "übernommen", "weitergegeben", "veröffentlichen",
                  "weitergeben", "nachdrucken", "kopieren", "übernehmen",
                  # ... and Dutch's ("mag", "mogen": "Dit artikel mag worden overgenomen", "U mag deze tekst delen")
                  "overgenomen", "gepubliceerd", "verspreid", "gekopieerd", "gedeeld", "overnemen", "publiceren",
                  "kopiëren", "delen", "verveelvoudigd")
GRANT_NOUNS = ("article", "content", "post", "piece", "column", "essay", "text", "stor", "material", "write", "item",
               "faq", "guide", "handout", "leaflet", "booklet", "sheet", "page", "report", "review", "feature",
               "letter", "recipe", "poem", "tutorial", "lesson", "checklist", "printable", "planner", "infographic",
               "chart", "poster", "chapter", "transcript", "slide", "deck", "round", "digest", "whole thing")
# every branch of PERMISSION holds one of these
PERMISSION_WORDS = ("permission", "consent", "courtesy", "arrangement", "agreement", "blessing", "go-ahead", " ok",
                    " us to", *LETTING_US, "under licen", "licensed to", "licenced to", *PERMISSION_ABROAD_WORDS)
# A branch of GRANT that names no work holds one of these ("permission to reprint", "Free to republish ...").
GRANT_VERBS = ("permission", "print", "publish", "reproduc", "distribut", "syndicat", "pass")  # "pass this along"
# Every CC pattern holds one of these: the URL or the name ("creative"), CC0, the waiver, the short form, or the
# licence's own name after "licensed under" ("attribution").
CC_GATE = ("creative", "cc0", "zero", "waive", "cc by", "cc-by", "attribution", "cc licen", "cc (", "cc:",
           "government licen", "government-licen",  # OGL's name and its URL
           *NATIONAL_OGL_WORDS,
           "documentation licen", "gfdl", "gnu fdl",  # the GNU FDL's (GFDL)
           "art licen", "art libre", "artlibre", "lal 1.", "lal-1.", "lal1.", "copyleft attitude",  # LAL
           # Creative Commons and the Korean deed's compound name in Chinese, Japanese and Korean (CC_WORDS)
           "知识共享", "知識共享", "創用", "クリエイティブ", "크리에이티브", "저작자", *CC_NAME_WORDS)
# Every branch of GRANT holds one of these (with one of GRANT_NOUNS, or "permission"/"reprint" in HINTS).
GRANT_WORDS = ("you", "anyone", "everyone", "reader", "publisher", "editor", "owner", "webmaster", "blogger", "free",
               "may", "can", "permission", "reprint", "aggregator", "newspaper", "magazine", "welcome", "allow",
               "permit", "invite", "encourage", "right", "happy", "glad", "pleased", "delighted",
               *("bio", "box", "byline", "credit", "name", "entire", "in full", "unchanged", "intact",
                 "signature"))  # J_TERMS
# What a box's imperative with a weak verb must ask to keep to be a grant: "Pass this article on with my bio".
# (a post's "signature": the writer's name signed under it, as a channel or a forum post carries it)
J_TERMS = re.compile(r"\bbio|\bbox\b|\bbyline|\bcredit|\bname\b|\bentire|\bin\s+full\b|\bunchanged\b|\bintact\b"
                     r"|\bsignature\b", re.I)
# Every branch of RESTRICT holds one of RESTRICT_WORDS, or "before" and one of RESTRICT_ASK; REFUSE holds a negation
# and counts with one of RESTRICT_NEGATED.
RESTRICT_WORDS = ("permission", "consent", "prohibit", "forbid", "unauthori", "illegal", "no part", "reprint", "withdr",
                  "revok", "rescind", "retract", "cancel", "no longer",
                  "republication", "reproduction", "reuse", "retain", "remains with", "stays with", "ask", " copyright",
                  "protected", "redistribution", "property of", "copyright of",
                  "check", "contact", "mail", "write", "written")  # (ask, "check with", ... : _ASKED_FIRST)
# REFUSE and WITHHELD hold one of these (WITHHELD's "permission" branches pass RESTRICT_WORDS' gate)
NEGATED_WORDS = ("not", "n't", "n’t", "never", "nobody", "no one", "no-one", "no longer")
RESTRICT_ASK = ("ask", "contact", "check")  # with "before": "ask me before publishing it elsewhere"
RESTRICT_NEGATED = ("this", "these", "our", "my", "any", "do not", "don't", "don’t", "content", "text", "material",
                    "article", "post", "recipe", "column")


# The gate's word lists, each a bit: every quiet line is asked ~180 words, and ``in`` word by word cost ~10 % of
# the chain on real text. One pass of an Aho-Corasick automaton (C, pyahocorasick) finds them all; each word's value
# is the mask of the lists that hold it, so a line's mask says which lists it meets, exactly as the ``in`` tests did.
GATE_LISTS = (GRANT_NOUNS, GRANT_WORDS, HINTS, SCRIPT_HINTS, SHAPED_HINTS, FOREIGN_MODALS, MODAL_PARTNERS,
              NEGATED_COPY, ASK_WORDS, ("first", "before", "elsewhere"), LEAVE_ABROAD_WORDS,
              (*GRANT_REUSE_GATE, *FOREIGN_STEMS))
(G_NOUNS, G_WORDS, G_HINTS, G_SCRIPT, G_SHAPED, G_MODALS, G_PARTNERS, G_NEGATED_COPY, G_ASK,
 G_FIRST, G_LEAVE, G_REUSE) = (1 << n for n in range(len(GATE_LISTS)))


def _gate_automaton(lists: tuple[tuple[str, ...], ...]) -> ahocorasick.Automaton:
    """An automaton whose every word's value is the mask of ``lists`` (bit n: the n-th list) that hold it."""
    masks: dict[str, int] = {}
    for n, words in enumerate(lists):
        for word in words:
            masks[word] = masks.get(word, 0) | 1 << n
    automaton = ahocorasick.Automaton()
    for word, mask in masks.items():
        automaton.add_word(word, mask)
    automaton.make_automaton()
    return automaton


GATE_WORDS = _gate_automaton(GATE_LISTS)


def gate_mask(lowered: str) -> int:
    """The mask of GATE_LISTS that hold a word found in ``lowered`` (0: none of them).

    >>> gate_mask("you may reprint this article") & G_NOUNS and gate_mask("you may") & G_WORDS != 0
    True
    >>> gate_mask("be kind to every customer.")
    0
    """
    mask = 0
    for _, bits in GATE_WORDS.iter(lowered):
        mask |= bits
    return mask


def passes_gate(text: str, lowered: str, mask: int | None = None) -> bool:
    """Can a pattern of ``find_statements`` match ``text``? Most lines are body text and hold none of the words:
    a line passes with a grant's noun and word, a hint (in another script only in a text that is not ASCII; a
    shaped hint in its shape), a German or Dutch modal with its participle, a negated copy verb, or "first"/"before"
    with an ask and a text named (ASK_FIRST). ``mask``: the line's :func:`gate_mask`, if the caller has it."""
    if mask is None:
        mask = gate_mask(lowered)
    return mask != 0 and bool(
        mask & G_NOUNS and mask & G_WORDS or mask & (G_HINTS | G_NEGATED_COPY | G_LEAVE | G_REUSE)
        or mask & G_SCRIPT and not text.isascii()
        or mask & G_SHAPED and SHAPED_HINT.search(lowered) is not None
        or mask & G_MODALS and mask & G_PARTNERS
        or mask & G_FIRST and mask & G_ASK and (mask & G_NOUNS or "elsewhere" in lowered))
THEIR_AUTHORS = re.compile(r"^(?:of\s+)?(?:their|the|its)\s+(?:respective\s+|individual\s+)?"
                           r"(?:authors?|writers?|owners?|contributors?|creators?)$", re.I)
# "This article is protected by copyright", "... is subject to copyright": rights reserved in words, no holder.
PROTECTED_BY = re.compile(r"\b(?:protected|covered)\s+by$|\bsubject\s+to$|\bis\s+under$", re.I)
MAX_HOLDER_WORDS = 6  # "Acme Widgets International Inc" fits; a sentence about copyright does not
# Signs of one text read as notices, at most: a footer holds two or three ("© X · Theme © Y · Powered by Z © Z"); each
# reads the rest of its line, so a line of 20,000 "© " took segment minutes (quadratic), 20 keep it linear.
MAX_SIGNS_TRIED = 20
DOMAIN = re.compile(r"^[\w-]+(?:\.[\w-]+)*\.(?:com|net|org|info|biz|co|us|uk|ca|au|de|cc|tv|me|io)\b", re.I)
# A footer's credit for the site's making after the holder, set off by a dot or a bar ("© NAME · design by THEME",
# "© NAME | Theme: X", "© NAME • Powered by WordPress"): the holder ends there. (A row of the site's links after
# the holder, "© 2017 Site · Privacy · Contact", is left as it was: the holder then reads as no person's name.)
SITE_CREDIT = (r"(?:(?:web\s*)?design(?:ed)?\s+by|theme\b|powered\s+by|built\s+(?:with|by|on)|hosted\s+(?:by|on|with)"
               r"|(?:web)?site\s+by|made\s+with)\b")
# (?<!\s): a blank run is tried from its start only (from each of its positions, 40 KB of spaces took 13-28 s).
# A hosted blog's footer row of the platform's legal links after the holder ("© 2025 NAME · Privacy ∙ Terms ∙
# Collection notice"): cut off before a trimmed footer line is read against the page's author (html_meta), while
# find_statements keeps such a row in the holder (a site's "© 2017 Site · Privacy · Contact" names no person).
SITE_LINKS_TAIL = re.compile(r"(?<!\s)\s+[·•∙|]\s+(?:privacy|terms|cookies?|imprint|impressum|datenschutz|legal"
                             r"|disclaimer|sitemap|accessibility|contact)\b.*$", re.I)
HOLDER_END = re.compile(r"(?<!\s)\s+(?:-|–|—|\|)\s|\.\s|\.$|;|\ball\s+rights\b|\bused\s+with\b|(?:https?://|www\.)"
                        rf"|(?<!\s)\s+[·•|]\s+(?={SITE_CREDIT})"
                        # a footer's middle dot before its refusal ("© 2023 Guild · Members only · Do not copy"):
                        # the parts between are the notice's words, not the holder's name (a bounded look ahead)
                        r"|(?<!\s)\s+[·•]\s(?=[^\n]{0,160}?\b(?:do\s+not|don['’]t|not\s+to\s+be|may\s+not)\b)", re.I)
SITE_CREDIT_TAIL = re.compile(rf"^[·•|]\s*{SITE_CREDIT}", re.I)  # what such a line has left after its notice
# A footer's link row after a bare sign ("© Cookie preferences · Advertise · Contact"): menu items, no holder.
LINK_ROW = re.compile(r"^[^·•|]{1,40}(?:\s+[·•|]\s+[^·•|]{1,40}){2,}$")

# Where a text goes online, as a grant limited to print names it ("not online", "not on your website")
_ONLINE = (r"(?:online|on\s+(?:the\s+)?(?:web|internet|any\s+website|websites?|a\s+website"
           r"|(?:your|a)\s+(?:web\s*site|site|blog)))")
# Reprint-notice wording -> machine-readable conditions (checked on the notice's own text).
CONDITION_CUES = (
    ("entire-article-only", re.compile(r"\bin\s+(?:its|their)\s+entirety\b|\bentire\s+article\b|\bin\s+full\b"
                                       # "as long as it is copied whole", "as long as you run it complete"
                                       r"|\b(?:copied|kept|reproduced|printed|passed\s+on|shared)\s+whole\b"
                                       r"|\b(?:run|print|use|publish|reprint|keep)\s+(?:it|them)\s+(?:complete|whole"
                                       r"|unabridged)\b", re.I)),
    ("no-modification", re.compile(r"\bwithout\s+(?:any\s+)?(?:changes|modifications?|alterations?|editing)\b"
                                   r"|\b(?:unchanged|unedited|unaltered)\b|\bas[\s-]is\b"  # "share it as is"
                                   r"|\bnot\s+(?:be\s+)?(?:changed|altered|edited|modified)\b"
                                   # "so long as not a word is changed"
                                   r"|\bnot\s+a\s+(?:single\s+)?word\s+(?:of\s+it\s+)?(?:is\s+|gets\s+)?(?:changed"
                                   r"|altered|edited)\b", re.I)),
    ("attribution-required", re.compile(r"\bauthor(?:'s|’s|s')?\s+name\b|\bbyline\b|\bcredit(?:ed)?\b|\battribution\b"
                                        r"|\bname\s+of\s+the\s+author\b|\b(?:author|writer)\s+is\s+(?:named|credited)\b"
                                        r"|\bnam(?:e|ing)\s+the\s+(?:\w+\s+)?(?:author|writer)\b"
                                        # "with my name on it", "with our name and logo on it"
                                        r"|\bwith\s+(?:my|our|his|her|their)\s+names?\b"
                                        # round 20: "just keep my name (and this line) with it"
                                        r"|\bkeep(?:s|ing)?\s+(?:my|our|his|her|their)\s+names?\b"
                                        # "as long as the author's signature stays under it"
                                        r"|\b(?:author|writer)(?:'s|’s|s')?\s+signature\b"
                                        # "provided the source is acknowledged", "citing the author", and as the
                                        # German, French and Spanish notices read say it
                                        r"|\backnowledg\w*|\b(?:cit(?:e|ing)|mention(?:ing)?)\s+the\s+(?:source|author)\b"
                                        r"|\bsource\s+is\s+(?:named|cited|credited|given|mentioned)\b|\bNennung\b"
                                        r"|\bQuellenangabe\b|\bcit(?:er|ant)\s+l['’]auteur|\bcitando\b|\bcitar\b",
                                        re.I)),
    ("keep-author-bio", re.compile(r"\bbio(?:graphy)?\b|\b(?:resource|this|author['’]?s?|bio)\s+box\b"
                                   # "include this paragraph with it", "with the closing paragraph attached"
                                   r"|\b(?:this|the\s+(?:closing|last|final))\s+paragraph\b"
                                   r"|\babout\s+the\s+author\b"
                                   # (a forum post's signature: "so long as this sig goes with it")
                                   r"|\bsignature\s+(?:box|file|block)\b|\b(?:this|my|the)\s+sig(?:nature)?\b"
                                   r"|\btag\s?line\b"
                                   r"|\bauthor\s+(?:information|info|box)\b", re.I)),
    # (and a Russian or Ukrainian footer's "(active) link to the source": ссылка, гиперссылка, посилання)
    ("keep-links", re.compile(r"\blinks?\b|\burls?\b|\bhyperlinks?\b|\bweb\s*(?:site\s+)?address\b"
                              r"|\b(?:гипер)?ссылк|\b(?:гіпер)?посилан", re.I)),
    ("keep-links-active", re.compile(r"\b(?:active|live|clickable|working)\b|\bактивн", re.I)),
    ("keep-copyright-notice", re.compile(r"\bcopyright\s+(?:notice|line|statement)\b", re.I)),
    ("non-commercial", re.compile(r"\bnon-?commercial\b|\bnot\s+(?:be\s+)?(?:sold|for\s+sale)\b|\bexcept\s+for\s+"
                                  r"commercial\b|\bno\s+commercial\b|\bthat\s+charge\b",
                                  re.I)),
    # a grant limited to a medium: "in print, but not online", "posting it online is not allowed", "online only"
    ("print-only", re.compile(rf"\b(?:in\s+)?print\s+only\b|\bonly\s+in\s+print\b|\bnot\s+{_ONLINE}\b"
                              # "... but please do not post it online", "... but it may not be posted on the web"
                              rf"|\b(?:do\s+not|don['’]t|may\s+not|must\s+not|cannot|can['’]t)\s+(?:be\s+)?"
                              rf"(?:post|publish|put|place|share|upload)(?:ed)?\s+(?:(?:it|them|this|these)\s+)?{_ONLINE}"
                              rf"|\b(?:posting|putting|publishing|placing|sharing)\s+(?:it|them|this|these|\w+\s+\w+)\s+"
                              rf"{_ONLINE}\s+is\s+not\s+(?:allowed|permitted)\b", re.I)),
    ("online-only", re.compile(r"\bonline\s+only\b|\bonly\s+online\b|\bnot\s+in\s+print\b"
                               # "... but do not print it in a magazine"
                               r"|\b(?:do\s+not|don['’]t|may\s+not|must\s+not|cannot|can['’]t)\s+(?:be\s+)?"
                               r"(?:re)?print(?:ed)?\s+(?:(?:it|them|this|these)\s+)?in\s+(?:a\s+|any\s+)?"
                               r"(?:printed\s+)?(?:print|magazines?|newspapers?|newsletters?|print\s+publications?)\b"
                               r"|\bnot\s+(?:in|for)\s+(?:print|printed)\s+(?:publications?|newsletters?|magazines?)\b",
                               re.I)),
    ("notify-author", re.compile(r"\bnotify\b|\blet\s+(?:me|us|the\s+author)\s+know\b|\bsend\s+(?:me|us)\s+a\s+"
                                 r"(?:copy|link|note)\b", re.I)),
)


@dataclass(slots=True)
class Statement:
    """One licence statement found in a line: its kind, the verbatim text and what it says."""

    kind: str  # cc (a public licence by name: CC, CC0, OGL) | public-domain | reprint | permission | copyright
    text: str
    tag: str
    holder: str | None = None
    year: int | None = None
    conditions: list[str] = field(default_factory=list)


def cc_tag(elements: str, version: str | None, port: str | None = None) -> str:
    """Return the SPDX id of a Creative Commons licence, or a documented ``LicenseRef-`` when SPDX has none. A
    country port SPDX lists keeps its id; one SPDX has no id for is the plain id of its version (SPEC, round 17: a
    ported licence is its version's licence; an Estonian or a Croatian port is CC-BY-SA-3.0).

    >>> cc_tag("by-sa", "4.0"), cc_tag("BY-NC-ND", "3.0", "de"), cc_tag("by", None)
    ('CC-BY-SA-4.0', 'CC-BY-NC-ND-3.0-DE', 'LicenseRef-cc-by-unversioned')
    >>> cc_tag("by-nd-nc", "2.0"), cc_tag("by", "3.0", "xx"), cc_tag("by-sa", "9.9")
    ('CC-BY-NC-ND-2.0', 'CC-BY-3.0', 'LicenseRef-CC-BY-SA-9.9')
    """
    parts = set(elements.upper().replace(" ", "-").split("-")) - {""}
    ordered = ["BY"] + [p for p in ("NC", "ND", "SA") if p in parts]
    base = "-".join(ordered)
    if version is None:
        return f"LicenseRef-cc-{base.lower()}-unversioned"
    plain = f"CC-{base}-{version}"
    ported = f"{plain}-{port.upper()}" if port else plain
    return ported if ported in SPDX_CC else plain if plain in SPDX_CC else f"LicenseRef-{plain}"


def _ascii_version(version: str | None) -> str | None:
    """A licence's version in ASCII digits and a full stop ("۴٫۰" is "4.0"), as SPDX writes it.

    >>> _ascii_version("۴٫۰"), _ascii_version("3.0"), _ascii_version(None)
    ('4.0', '3.0', None)
    """
    return None if version is None else "".join(str(int(c)) if c.isdigit() else "." for c in version)


def _waives(text: str) -> bool:
    """Tell whether ``text`` holds CC0's waiver sentence, not negated ("has not waived ...")."""
    m = CC_WAIVER.search(text)
    return m is not None and not NEGATION.search(text[max(0, m.start() - 24):m.start()])


# Every pattern that marks a public licence by name (find_cc reads each): where a statement's mark stands.
OPEN_MARKS = (CC_URL, CC_ZERO, CC_WAIVER, CC_WORDS, CC_SHORT, NATIONAL_OGL, OGL, GFDL, LAL)


def find_cc(text: str) -> Statement | None:
    """Find a Creative Commons licence or CC0 dedication in ``text`` (a URL, the licence name, or ``CC BY-SA 4.0``),
    or the other public licence SPDX names that pages state as CC's are stated, the UK Open Government Licence (its
    statements are of kind "cc": a public licence by name, read and placed as a CC licence is).

    >>> find_cc("Licensed under https://creativecommons.org/licenses/by-nc/4.0/ .").tag
    'CC-BY-NC-4.0'
    >>> s = find_cc("This work is licensed under a Creative Commons Attribution-ShareAlike 4.0 International License.")
    >>> s.tag, s.conditions
    ('CC-BY-SA-4.0', ['attribution-required', 'share-alike'])
    >>> find_cc("Released under CC0 1.0 Universal.").tag, find_cc("No licence here.") is None
    ('CC0-1.0', True)
    >>> find_cc("Hiring Well by Priya Natarajan is licensed under a Creative Commons Attribution 3.0 License.").holder
    'Priya Natarajan'
    >>> find_cc("Text: Rachel Stein, licensed CC BY-NC-ND 4.0.").holder
    'Rachel Stein'
    >>> find_cc("All content is available under the Open Government Licence v3.0, except where otherwise stated").tag
    'OGL-UK-3.0'
    >>> find_cc("You may re-use this information under the terms of the Open Government Licence.").tag
    'LicenseRef-ogl-uk-unversioned'
    >>> find_cc("Reproduced under the Open Government Licence - Canada.").tag  # not the UK's, whose name it begins with
    'OGL-Canada-2.0'
    >>> find_cc("You may copy it under the GNU Free Documentation License, Version 1.3 or any later version.").tag
    'GFDL-1.3-or-later'
    >>> find_cc("Copy it under the Free Art License 1.3 (Licence Art Libre).").tag, find_cc("Sous LAL 1.2.").tag
    ('LAL-1.3', 'LAL-1.2')

    """
    if gatable(text):  # exact gate: every CC pattern needs one of these
        lowered = text.lower()
        if not any(w in lowered for w in CC_GATE):
            return None
    m = CC_URL.search(text)
    if m:
        tag = cc_tag(m["el"], m["ver"], m["port"])
    elif CC_ZERO.search(text) or _waives(text):
        tag = "CC0-1.0"
    elif (m := CC_WORDS.search(text)) and (m["ver"] or not (
            (short := CC_SHORT.search(text)) and (short["ver"] or short["lver"]))):
        elements = "by" + "".join(f"-{code}" for code, words in CC_ELEMENT_CODES if words.search(m["words"]))
        port = CC_PORT_WORDS.get(" ".join(m["port"].lower().split())) if m["port"] else None
        tag = cc_tag(elements, _ascii_version(m["ver"]), port)
    elif m := CC_SHORT.search(text):  # the short form, or the one that gives the version ("CC BY-SA 4.0")
        if m["el"]:
            tag = cc_tag(m["el"], m["ver"], m["sport"].lower() if m["sport"] else None)
        else:
            tag = cc_tag(m["lower"], m["lver"]) if m["lower"] else cc_tag(m["lower2"], None)
    elif (m := NATIONAL_OGL.search(text)) and (national := national_tag(m)):
        tag = national
    elif m := OGL.search(text):
        version = m["ver"] or m["ver2"] or m["ver3"]
        tag = f"OGL-UK-{version}.0" if version else OGL_UNVERSIONED
    elif m := GFDL.search(text):
        tag = f"GFDL-{m['ver'] or '1.1'}-{'or-later' if m['later'] or not m['ver'] else 'only'}"
    elif m := LAL.search(text):
        version = m["ver"] or m["ver0"] or m["ver2"]
        tag = f"LAL-{version}" if version else LAL_UNVERSIONED
    else:
        return None
    holder = next((m["name"] for pattern in CC_HOLDER if (m := pattern.search(text))), None)
    return Statement("cc", text.strip(), tag, holder=holder, conditions=_cc_conditions(tag))


# What a site-wide licence line may be about: its texts ("Text on this blog", "All content", "Posts here") or, when
# it names no thing ("This blog is licensed ..."), the page; a line about pictures, code or the design ("Photos on
# this site are CC BY") licenses those, not the article.
NON_TEXT = re.compile(r"\b(?:photo(?:graph)?s?|images?|pictures?|illustrations?|artwork|drawings?|code|software"
                      r"|cartoons?|comics?|platforms?|scripts?|design|themes?|templates?|logos?|icons?|fonts?|music|audio|videos?|podcasts?|data"
                      r"|datasets?|maps?|graphics?|charts?|screenshots?|songs?|tracks?|clips?"
                      # figures: a data licence's usual subject ("Statistics: ...", "Statistiken: ...")
                      r"|statistics|statistik(?:en)?|statistiques?|estad[íi]sticas?"
                      # ... as German, French, Spanish, Italian, Dutch and Polish credit lines name them ("Foto:",
                      # "Titelbild:", "Bildnachweis:", "Beitragsbild", "Les photos de ce site", "Imagen:")
                      r"|fotos?|fotograf\w*|bild(?:er|nachweis|quelle|rechte)?|(?:titel|beitrags|header|vorschau|artikel|symbol|aufmacher)"
                      r"bild(?:er)?|abbildung(?:en)?"
                      r"|grafik(?:en)?|karten?|musik|imagen(?:es)?|immagin[ei]|afbeelding(?:en)?|zdj[ęe]cia?|obraz\w*"
                      r"|dessins?|illustrations?|cartes?"
                      # a recipe's printable card: a part of the page, its licence not the post's (SPEC: a recipe card)
                      r"|(?:recipe|printable)\s+cards?)\b", re.I)
TEXTISH = re.compile(r"\b(?:text|texts|content|writing|words|articles?|posts?|essays?|stor(?:y|ies)|columns?|material"
                     r"|recipes?(?!\s+cards?\b)|guides?|contributions?|transcripts?|transcriptions?|captions?|subtitles?"
                     r"|texte?|inhalte?|beitr[äa]ge?|artikel|textes|contenus?|billets?|contenidos?|textos?|art[íi]culos?"
                     r"|testi|articoli|contenuti|teksten|artykuły|treści)\b", re.I)
# A credit line's own words, wherever they stand in it: where a picture came from and whose work it is ("via
# Wikimedia Commons", "flickr.com", "(own work)", "Urheber:", "Credit:"). A licence in such a line is the picture's.
CREDIT_LINE = re.compile(r"\bvia\s+Wikimedia\b|\bWikimedia\s+Commons\b|\bflickr\b|\bunsplash\b|\bpixabay\b|\bpexels\b"
                         r"|\bown\s+work\b|\beigenes\s+Werk\b|\bUrheber(?:in)?\s*:|(?:^|[\s(|])(?:photo\s+|image\s+)?"
                         r"credits?\s*:", re.I)
# The sentence's subject is a picture, a song or a program: "All photos on this blog ...", "Die Bilder dieses
# Blogs ...", "Header photo: ...", "Cover picture by ...".
MEDIA_SUBJECT = re.compile(r"\W*(?:(?:all|the|my|our|these|this|die|der|das|alle|les|la|le|los|las|tutte|header|cover"
                           r"|top|featured|title|main|lead|feature|community|forum|board|blog|site)\s+)*"
                           + NON_TEXT.pattern.replace("\\b(?:", "(?:", 1), re.I)
# A picture's or a song's credit line: a name or a title and its licence mark, nothing else ("Leena Simon, CC-BY 4.0",
# "Birocratic – prismatic (CC BY)"); a text's credit says so ("Text: Rachel Stein, CC BY 4.0", see TEXTISH).
NAME_CREDIT = re.compile(r"^\s*(?!(?:licen[cs]e|lizenz|licencia|copyright|rights|status)\b)[A-Z][\w'’.-]*"
                         r"(?:\s+(?:[A-Z][\w'’.-]*|[–—-]|[a-z]+)){0,4}?\s*(?:,|[–—-]|\(|\[)\s*[(\[]?\s*$", re.I)
# A licence named for a non-text thing right before it ("ministries publish data under NLOD 2.0", "statistics are
# released under ..."), or named in a contrast ("Unlike government data under etalab-2.0, this article ..."): it
# licenses that thing, or the thing the sentence sets the text against, never this text.
NON_TEXT_UNDER = re.compile(NON_TEXT.pattern + r"\s+(?:(?:is|are|was|were)\s+)?(?:(?:\w+ly\s+)?(?:published|released"
                            r"|licen[cs]ed|available|shared|offered|distributed|made\s+available)\s+)?(?:under|with)"
                            r"\s+(?:the\s+|an?\s+)?(?:terms\s+of\s+(?:the\s+)?)?$", re.I)
CONTRAST_HEAD = re.compile(r"\W*(?:unlike|contrary\s+to|in\s+contrast\s+to|as\s+opposed\s+to|rather\s+than"
                           r"|im\s+gegensatz\s+zu|contrairement\s+(?:à|au|aux))\b", re.I)
# A licence mark under a negated verb: "... is not available under CC BY-SA", "posts may not be reused under ...".
NEGATED_LICENSING = re.compile(r"(?:\bnot|n['’]t|\bnever|\bno\s+longer)\s+(?:be\s+)?(?:\w+ly\s+)?(?:available"
                               r"|licen[cs]ed|released|published|shared|offered|re-?used|distributed|covered|placed"
                               r"|put)\b", re.I)
NAME_CREDIT_CHARS = 80  # "Firstname Lastname, " or "Artist – Title (": a credit's head is short
CREDIT_WORDS = ("wikimedia", "flickr", "unsplash", "pixabay", "pexels", "own work", "eigenes werk", "urheber", "credit")
# Prose explaining what a licence allows speaks of works in general ("a work", "your work", "works"), not of this
# page's text ("this post", "our articles", "everything on this blog").
GENERIC_WORK = re.compile(r"\b(?:an?|any|your|their|someone['’]s|others['’])\s+(?:creative\s+)?works?\b"
                          r"|\bworks\s+(?:of|by)\s+others\b", re.I)
THIS_TEXT = re.compile(r"\b(?:this|these|our|my|the\s+following)\s+(?:[\w-]+\s+)?(?:posts?|articles?|blog|site"
                       r"|web\s*site|texts?|content|essays?|pieces?|works?|writing|pages?|stor(?:y|ies)|columns?)\b"
                       r"|\b(?:everything|all)\s+(?:here|on\s+this)\b", re.I)
# A licence named as someone else's ("the credit their Creative Commons licence asks for"): not this text's.
THIRD_PARTY = re.compile(r"\b(?:their|his|her)(?:\s+own)?\s*$", re.I)
# A licence the reader may choose for what they themselves post (a terms page: "When you publish a recipe you may
# choose to share it under CC BY", "Members can opt to release their uploads under CC BY-SA"): it licenses what each
# user picks it for, never the page that says so. (A Q&A site's "user contributions licensed under CC BY-SA" is the
# licence of every answer on it, the page's own text: no choice is offered there.)
USERS_OWN = re.compile(r"\bwhen\s+you\s+(?:publish|post|upload|submit|contribute|add|create)\b"
                       r"|\b(?:you|users?|members?|contributors?|authors?|uploaders?|posters?)\s+(?:may|can|are\s+able\s+to)"
                       r"\s+(?:also\s+)?(?:choose|opt|elect|select|decide|pick)\b", re.I)

# A licence talked of, not stated (a page about licensing): its name opens the sentence and a verb describes it
# ("CC BY 4.0 lets others remix your work", "CC BY-NC means no one may sell it", "CC BY 4.0 is what most bloggers
# pick"), or someone picks it ("Most bloggers choose CC BY 4.0"), or the reader licenses their own texts with it
# ("To license your blog under CC BY 4.0, ..."). Read only where the sentence names no text of this page (THIS_TEXT:
# "CC BY 4.0 applies to this post", "I chose CC BY 4.0 for this blog" state it).
LICENCE_TALK = re.compile(r"(?:[^\s,;:]+\s+){0,6}?(?:lets|allows|permits|means|requires|asks|forbids|prohibits|gives"
                          r"|grants|stands\s+for|works\s+(?:well|best)|suits|is\s+(?:what|the\s+(?:most|best|least)"
                          r"|an?\s|one\s+of|popular|common|ideal|good|fine|best|better|often|usually|not\s+the))\b",
                          re.I)
LICENCE_CHOSEN = re.compile(r"\b(?:picks?|picked|choos(?:e|es|ing)|chose|recommends?|recommended|prefers?|preferred"
                            r"|suggests?|suggested|consider|compare)\s+(?:the\s+|a\s+|either\s+)?$", re.I)
READERS_OWN = re.compile(r"\b(?:licen[cs]e|release|publish|share|mark|label|tag|put|place|dedicate)\s+(?:all\s+|each\s+"
                         r"|every\s+)?(?:of\s+)?your\s+(?:own\s+)?[\w-]+", re.I)
OPENING_ARTICLE = re.compile(r"\s*(?:(?:the|a|an)\s*)?$", re.I)  # a head that leaves the name opening its sentence


def talks_of_licence(line: str, at: int) -> bool:
    """Tell whether the licence named at ``at`` is talked of, not stated for this text (:data:`LICENCE_TALK`).

    >>> talks_of_licence("CC BY 4.0 is what most bloggers pick.", 0), talks_of_licence("Most pick CC BY 4.0.", 10)
    (True, True)
    >>> talks_of_licence("CC BY 4.0 applies to this post.", 0), talks_of_licence("This post is CC BY 4.0.", 13)
    (False, False)
    """
    start = _sentence_start(line, at)
    sentence = line[start:_sentence_end(line, at)]
    if THIS_TEXT.search(sentence):
        return False
    head = line[start:at]
    return bool(OPENING_ARTICLE.match(head) and LICENCE_TALK.match(line, at) or LICENCE_CHOSEN.search(head)
                or READERS_OWN.search(head))


def licenses_text(line: str) -> bool:
    """Tell whether a Creative Commons line licenses the texts of the page: what comes before the licence names
    texts ("Text on this blog is ...") or names nothing at all ("Licence: CC BY 4.0"), never only pictures, code or
    the site's design.

    >>> licenses_text("Text on this blog is shared under a Creative Commons Attribution-ShareAlike license.")
    True
    >>> licenses_text("Photos by the author, CC BY 2.0."), licenses_text("Licence: CC BY-SA 4.0")
    (False, True)
    """
    statement = find_cc(line)
    if statement is None:
        return False
    at = min((m.start() for p in OPEN_MARKS if (m := p.search(line))), default=0)
    return not credits_other(line, at, anywhere=True)


# up to the last separator of a footer's row of items. From line starts only: a start inside a line whose own start
# failed fails too (``.*`` from the line's start reaches any later one), so the first match is the same; from each
# position, a 40 KB blank run inside a licence sentence took 25 s in boilerplate alone.
ROW_ITEM = re.compile(r"(?m)^.*\s[·•∙|]\s+")


def _mark_head(line: str, at: int) -> str:
    """What stands before the mark at ``at`` in its sentence, or in the bracket it opens inside ("... Text und
    Grafik ident (Foto: flickr.com – NAME – CC BY-ND 2.0)": the bracket's credit, not the sentence), or in the item
    of a footer's row of links and credits it stands in.

    >>> _mark_head("Text and art (Foto: Jo Li – CC BY)", 28), _mark_head("Jo Li (CC BY)", 7)
    ('Foto: Jo Li – ', 'Jo Li (')
    >>> _mark_head("Hill Board · Forum software © X", 28)
    'Forum software '
    """
    head = line[_sentence_start(line, at):at]
    if (row := ROW_ITEM.search(head)) is not None:  # a footer row's item: "Board · Community platform by X ©"
        head = head[row.end():]
    opened = max(head.rfind("("), head.rfind("["))
    if opened >= 0 and head[opened + 1:].strip() and not any(c in head[opened:] for c in ")]"):
        return head[opened + 1:]
    return head


# A sentence that opens on its negation, with no subject of its own ("Not covered by the Open Government Licence."):
# it goes on speaking of the sentence before it.
SUBJECTLESS = re.compile(r"\W*(?:(?:and|but|it\s+is|it['’]s|this\s+is)\s+)?(?:not|never)\b", re.I)


def _media_exempt(text: str, at: int) -> bool:
    """Whether the words at ``at`` that take something out of a licence ("not covered by the site licence") speak
    of a picture, a clip or a song, not of the text: their own sentence names one ("This video is not covered
    ..."), or it opens with no subject of its own right after a sentence that credits one ("Video © NAME, used with
    permission. Not covered by the Open Government Licence."): a media credit's exception, as a photo credit's
    licence is the photo's (SPEC round 22).

    >>> _media_exempt("Video © Kiln Films, used with permission. Not covered by the Open Government Licence.", 42)
    True
    >>> _media_exempt("This video is not covered by the site licence.", 14)
    True
    >>> _media_exempt("© 2024 Ann Lee. Not covered by the site licence.", 16)
    False
    >>> _media_exempt("This post is not covered by the site licence.", 13)
    False
    >>> _media_exempt("Video © Kiln Films. Not covered by the Open Government Licence, nor is this article.", 24)
    False
    """
    start = _sentence_start(text, at)
    if _credits_media(text, at):
        return True
    if start == 0 or not SUBJECTLESS.match(text, start):
        return False
    before = text[_sentence_start(text, start - 2):start]
    own = text[start:_sentence_end(text, at)]  # ("... and neither is this article": the text's own exception too)
    return bool(MEDIA_SUBJECT.match(before)) and not TEXTISH.search(before) and not TEXTISH.search(own)


# A footer's credit to whoever made the site's look or machinery ("Theme by NAME", "Theme: Meadow by NAME", "Site
# design by NAME", "Template: NAME"): the maker of a design, never a writer or a holder of the text.
MAKER_CREDIT = re.compile(r"\b(?:(?:word\s*press|blog|site|web\s*site)\s+)?(?:themes?|design(?:ed)?|templates?|skin"
                          r"|layout|web\s*design|development|developed)(?:\s*:\s*[^|·•\n.]{1,40}?)?\s*(?:\bby\b|:)\s*"
                          r"(?P<maker>[^|·•\n.©]{2,60})", re.I)

# The credits whose maker made only the look, never the text: a theme, a template, a skin.
THEME_WORD = re.compile(r"\b(?:themes?|templates?|skins?)\b", re.I)


def makers_notice(line: str, holder: str | None) -> bool:
    """Whether a copyright notice on ``line`` is the notice of the maker a theme or design credit on the same line
    names (:data:`MAKER_CREDIT`): "Theme by Corvid Works. © 2025 Corvid Works Ltd." covers the theme, not the text,
    and names no writer. Every word of the holder's name (less its legal form: :data:`HOLDER_FILLERS`) must be in
    the maker's: a site's own "© 2023 Fern Lane · Theme: Sela by Example Themes" stays the site's.

    >>> makers_notice("Theme by Corvid Works. © 2025 Corvid Works Ltd.", "Corvid Works Ltd")
    True
    >>> makers_notice("© 2023 Fern Lane · Powered by WordPress · Theme: Sela by Example Themes", "Fern Lane")
    False
    >>> makers_notice("Site design by Pixel Mill. © 2024 Ann Lee.", "Ann Lee"), makers_notice("© Ann Lee", None)
    (False, False)

    Only a theme, template or skin is the maker's own work: a design studio's or a cook's credit ("Site design by
    Pixel Mill. © Pixel Mill", "Recipe developed by NAME. © NAME") may be for the page's own text.

    >>> makers_notice("© 2025 Pixel Mill. Site design by Pixel Mill.", "Pixel Mill")
    False
    """
    if not holder or ("heme" not in line and "emplate" not in line and "kin" not in line):
        return False
    words = {w.casefold() for w in HOLDER_WORD.findall(holder)} - HOLDER_FILLERS
    return bool(words) and any(words <= {w.casefold() for w in HOLDER_WORD.findall(m["maker"])}
                               for m in MAKER_CREDIT.finditer(line) if THEME_WORD.search(m.group(), 0, m.start("maker")
                                                                                          - m.start()))


def writers_theme_notice(line: str, author: str | None) -> Statement | None:
    """The © a line sets beside a theme credit when the maker it credits is the piece's own ``author`` ("Theme by
    Ann Lee. © 2025 Ann Lee" under Ann Lee's byline): her own notice, which :func:`makers_notice` cannot tell from a
    theme maker's without the byline (the search reads one line alone), else ``None``. Whom a © names decides.

    >>> writers_theme_notice("Theme by Ann Lee. © 2025 Ann Lee", "Ann Lee").tag
    'LicenseRef-all-rights-reserved'
    >>> writers_theme_notice("Theme by Corvid Works. © 2025 Corvid Works", "Ann Lee") is None
    True
    """
    if not author or "©" not in line and "(c)" not in line.lower() and "opyright" not in line:
        return None
    notice = parse_copyright(line)
    if notice is None or not makers_notice(line, notice.holder) or not names_author(notice, author):
        return None
    notice.text = line
    return notice


def _credits_media(line: str, at: int, anywhere: bool = False) -> bool:
    """Tell whether what stands before ``at`` in its sentence credits a picture, a song or a program and no text:
    the sentence's subject is one ("Photo: © Ines Morata", "Die Bilder dieses Blogs stehen unter ...", "Cover
    picture by ...") or a colon's label ends on one ("Choosing a licence for your photos: CC BY-NC ..."). With
    ``anywhere`` (a line trimmed from the page's edges, where credits gather) naming one anywhere before the mark is
    enough; in the text, "Everything here, photos included, is CC BY" licenses the text with the photos.

    >>> _credits_media("Photo: © Ines Morata", 7), _credits_media("Text and photos © Ann Lee", 16)
    (True, False)
    >>> _credits_media("Everything here, photos too, is CC BY", 32)
    False
    """
    head = _mark_head(line, at)
    if anywhere:
        return bool(NON_TEXT.search(head)) and not TEXTISH.search(head)
    label = " ".join(head.rsplit(":", 1)[0].split()[-3:]) if ":" in head else ""
    return bool(MEDIA_SUBJECT.match(head) or (label and NON_TEXT.search(label))) and not TEXTISH.search(head)


def credits_other(line: str, at: int, anywhere: bool = False) -> bool:
    """Tell whether the licence mark or copyright sign at ``at`` speaks of something other than this text: a
    picture's, a song's or a program's credit ("Foto: Jonas Keller / flickr.com | CC BY 2.0", "Header photo: ...
    via Wikimedia Commons [CC BY-SA 4.0]", "Die Bilder dieses Blogs stehen unter ..."), a question about licences
    ("How does CC BY-SA differ from CC BY?") or someone else's licence ("... their Creative Commons licence asks
    for"). What its sentence names before the mark decides; a text named there ("Text and photos: CC BY") keeps it.

    >>> credits_other("Titelbild: Pixabay, CC0", 18), credits_other("Texte und Fotos: CC BY 4.0", 16)
    (True, False)
    >>> credits_other("How does CC BY-SA 4.0 differ? Let me explain.", 9)
    True
    >>> credits_other("Members can opt to release their uploads under CC BY 4.0.", 51)
    True
    >>> credits_other("Unlike the city's maps under CC BY, these posts are mine.", 28)
    True
    >>> credits_other("Our agency publishes data under CC BY 4.0.", 32), credits_other("Posts and data under CC BY", 20)
    (True, False)
    """
    head = _mark_head(line, at)
    if _credits_media(line, at, anywhere):
        return True
    end = _sentence_end(line, at)
    if line[end - 1:end] == "?" or THIRD_PARTY.search(head.rstrip(" ([")[-12:]) or USERS_OWN.search(head) or (
            NEGATION.search(head) and NEGATED_LICENSING.search(head)):
        return True
    if CONTRAST_HEAD.match(head) or NON_TEXT_UNDER.search(head) and not TEXTISH.search(head):
        return True  # "Unlike government data under etalab-2.0, ...", "Ministries publish data under NLOD 2.0"
    sentence = line[_sentence_start(line, at):end]
    if GENERIC_WORK.search(sentence) and not THIS_TEXT.search(sentence):
        return True  # what a licence allows in general: "Under a CC BY licence anyone may reuse a work if ..."
    if talks_of_licence(line, at):
        return True  # "CC BY 4.0 lets others ...", "Most bloggers pick CC BY 4.0": a page about licences
    if len(head) < NAME_CREDIT_CHARS and NAME_CREDIT.match(head) and not TEXTISH.search(head):
        return True  # "Leena Simon, CC-BY 4.0": whatever follows, the mark is the credit's
    lowered = line.lower()  # CREDIT_LINE's words first: most lines hold none
    return _has_any(lowered, CREDIT_WORDS) and bool(CREDIT_LINE.search(line)) and not TEXTISH.search(head)


def conditions_of(notice: str) -> list[str]:
    """Return the conditions a reprint notice sets, in a fixed order.

    >>> conditions_of("You may publish this article in its entirety provided the author's name, bio and links "
    ...               "remain intact and active.")
    ['entire-article-only', 'attribution-required', 'keep-author-bio', 'keep-links', 'keep-links-active']
    """
    return [name for name, cue in CONDITION_CUES if cue.search(notice)]


def parse_copyright(text: str) -> Statement | None:
    """Read a copyright clause: holder (name only; credentials cut) and year, with its verbatim text.

    >>> s = parse_copyright("Copyright 2008 by JoAnna Brandi. Used with permission.")
    >>> s.holder, s.year, s.text
    ('JoAnna Brandi', 2008, 'Copyright 2008 by JoAnna Brandi.')
    >>> s = parse_copyright("©Susan Dunn, MA Psychology, Coach, http://www.susandunn.cc . Helping people.")
    >>> s.holder, s.year, s.text
    ('Susan Dunn', None, '©Susan Dunn')
    >>> s = parse_copyright("ImproveHomeLife.com © 2005")
    >>> s.holder, s.year, s.text
    ('ImproveHomeLife.com', 2005, 'ImproveHomeLife.com © 2005')
    >>> parse_copyright("(c) 2001-2004 Acme Widgets Inc. All rights reserved.").holder
    'Acme Widgets Inc'
    >>> parse_copyright("Copyright laws protect writers.") is None
    True
    """
    if "©" not in text:  # exact gate: COPYRIGHT needs one of these (one lowering, the rare letters last)
        lowered = text.lower()
        if "copyright" not in lowered and "(c)" not in lowered and "copr." not in lowered and gatable(text):
            return None
    m = COPYRIGHT.search(text)
    if not m:
        return _bare_c(text)
    for _ in range(MAX_SIGNS_TRIED):  # each sign in turn: "Powered by phpBB © phpBB Limited. All posts are ..."
        if (found := _copyright_at(text, m)) is not None:
            return found
        if (m := COPYRIGHT.search(text, m.start() + 1)) is None:
            break
    return None


# The forum or blog software's credit before its own © in a page's footer ("SMF 2.0.11 | SMF © 2015, Simple
# Machines", "Powered by phpBB © phpBB Limited"): the © is the software maker's, shown on every site that runs it,
# never a word about a text on the page (the maker of one such package says as much on its own copyright page).
# The credit runs to the sign with no comma or dash between (after one, "Powered by WordPress – © 2021 Ann Lee", the
# © is the writer's), and a version's credit names its package again ("SMF 2.0.11 | SMF"; "Issue 2.3 - Spring ©" is
# no package).
SOFTWARE_CREDIT = re.compile(r"(?:\bpowered\s+by\s+(?:[^.!?;|·•,–—-]|(?<=\d)\.(?=\d)){1,40}"
                             r"|\b(?P<package>[A-Za-z][\w-]*)\s+v?\d+\.\d+(?:\.\d+)*\s*[|·•,-]\s*(?P=package)\s*)$",
                             re.I)


def _copyright_at(text: str, m: re.Match[str]) -> Statement | None:
    """parse_copyright's reading of one copyright sign ``m`` of ``text``.

    >>> _copyright_at("SMF 2.0.11 | SMF © 2015, Simple Machines", COPYRIGHT.search("SMF 2.0.11 | SMF © 2015")) is None
    True
    """
    if SOFTWARE_CREDIT.search(text, max(0, m.start() - 80), m.start()):
        return None  # the software's credit, not the page's notice
    rest = m["holder"]
    if not m["y1"] and not YEAR.search(rest) and LINK_ROW.match(rest.strip()):
        return None  # the sign before a menu of links names no one
    end = HOLDER_END.search(rest)
    clause = rest[: end.start()] if end else rest
    name = clause.split(",")[0].strip()
    year = m["y1"]
    if not year and (y := YEAR.search(name)):
        year, name = y.group(), YEAR.sub("", name).strip(" ,")
    start, stop = m.start(), m.start("holder") + len(clause.split(",")[0].rstrip())
    if not name:  # "ImproveHomeLife.com © 2005": the holder comes before the sign
        before = text[: m.start()].strip(" \t-–|:")
        if not before or len(before.split()) > MAX_HOLDER_WORDS:
            return None
        if PROTECTED_BY.search(before):  # "This article is protected by copyright.": reserved, no holder named
            return Statement("copyright", text[_sentence_start(text, m.start()):m.end()].strip(), ALL_RIGHTS_RESERVED,
                             year=int(year) if year else None, conditions=["permission-required"])
        if before.split()[-1][:1].islower() and not DOMAIN.match(before.split()[-1]):
            return None  # prose that ends on the word ("the essay is about copyright"): no holder before the sign
        name, start, stop = before, text.index(before), m.end("y1") if year else m.end()
    if THEIR_AUTHORS.match(name):  # "All articles © their authors": a notice that names no one
        return Statement("copyright", text[start:stop].strip(), ALL_RIGHTS_RESERVED, year=int(year) if year else None,
                         conditions=["permission-required"])
    if len(name.split()) > MAX_HOLDER_WORDS or not (name[0].isupper() or name[0].isdigit() or (
            name[0].isalpha() and name[0].lower() == name[0].upper())):  # a capital, a digit, or a caseless letter
        return None  # prose about copyright ("copyright laws protect ..."), not a notice
    if end and rest[end.start():].startswith(".") and "," not in clause:
        stop += 1  # keep the full stop that ends "Copyright 2008 by JoAnna Brandi."
    return Statement("copyright", text[start:stop].strip(), ALL_RIGHTS_RESERVED, holder=name,
                     year=int(year) if year else None, conditions=["permission-required"])


def is_site_holder(holder: str | None) -> bool:
    """Tell a website named as copyright holder (``ImproveHomeLife.com``) from a person or company.

    >>> is_site_holder("ImproveHomeLife.com"), is_site_holder("JoAnna Brandi"), is_site_holder(None)
    (True, False, False)
    """
    return bool(holder) and bool(DOMAIN.match(holder.strip()))


def _bare_c(text: str) -> Statement | None:
    """Read "(C) NAME YEAR" / "(c) NAME, YEAR": the sign, a name of capitalised words, the year.

    >>> s = _bare_c("(C) Marta Kowalczyk 2011")
    >>> s.holder, s.year, s.text
    ('Marta Kowalczyk', 2011, '(C) Marta Kowalczyk 2011')
    >>> _bare_c("(c) Leave it for 20 minutes, then add 2011 grams") is None
    True
    """
    m = BARE_C.search(text)
    if not m:
        return None
    words = m["name"].split()
    if not 1 <= len(words) <= MAX_HOLDER_WORDS or not all(w[0].isupper() or not w[0].isalpha() or (
            w in NAME_PARTICLES and 0 < k < len(words) - 1) for k, w in enumerate(words)):
        return None  # a lettered list item ("(c) Leave it for 20 minutes"), not a notice
    return Statement("copyright", text[m.start():m.end()].strip(), ALL_RIGHTS_RESERVED, holder=m["name"].strip(),
                     year=int(m["year"]), conditions=["permission-required"])


SENTENCE_END = re.compile(rf"[.!?{SCRIPT_FULL_STOPS}](?=\s)")


def _sentences(text: str) -> list[tuple[int, int]]:
    """Return the (start, end) offsets of the sentences of ``text`` (cut after ". ", "! ", "? ", and after the full
    stops of scripts that write their own: the danda of Devanagari and Gurmukhi, Urdu's and Ethiopic's).

    >>> t = "One. Two? Three"
    >>> [t[a:b] for a, b in _sentences(t)]
    ['One.', 'Two?', 'Three']
    >>> len(_sentences("ਪਹਿਲਾ ਵਾਕ। ਦੂਜਾ ਵਾਕ।"))
    2
    """
    spans, start = [], 0
    for m in SENTENCE_END.finditer(text):
        spans.append((start, m.end()))
        start = m.end() + 1
    if start < len(text):
        spans.append((start, len(text)))
    return [(a + len(text[a:b]) - len(text[a:b].lstrip()), b) for a, b in spans if text[a:b].strip()]


def find_grant(text: str, pronoun: bool = True, mask: int | None = None) -> int | None:
    """Return where the first sentence granting free reprint starts, or ``None`` (see ``GRANT``). With
    ``pronoun=False`` a grant of "it" does not count (beside a Creative Commons licence, "you may republish it with
    credit" restates that licence's terms).

    >>> find_grant("Thanks! Feel free to use this article in your ezine if the resource box stays.")
    8
    >>> find_grant("Feel free to share this post with your friends."), find_grant("You can use these tips today.")
    (None, None)
    >>> find_grant("Permission to reprint this article must be obtained in writing.") is None
    True
    """
    lowered = text.lower()
    more = _more_grants(text, lowered, gate_mask(lowered) if mask is None else mask)
    main = _grant_sentence(text, lowered, pronoun)
    return main if more is None else more if main is None else min(main, more)


def _grant_sentence(text: str, lowered: str, pronoun: bool) -> int | None:
    """find_grant's reading by ``GRANT`` (and ``GRANT_IT`` after a notice naming this text)."""
    ascii_ = gatable(text)
    if ascii_ and not any(w in lowered for w in GRANT_VERBS) and not (
            any(n in lowered for n in GRANT_NOUNS) and any(w in lowered for w in GRANT_WORDS)):
        return None  # exact gate: every branch of GRANT names the work, or holds one of these words
    # GRANT_ANCHOR and GRANT_LEAD, tried at every character, cost ~35 and ~20 us a line; each of their matches holds
    # the words tested before them (ANCHOR_WORDS, LEAD_WORDS), which most lines lack (87 % / 67 % of those here)
    if ascii_ and not _has_any(lowered, GRANT_ANCHORS) and not (
            _has_any(lowered, ANCHOR_WORDS) and GRANT_ANCHOR.search(text)) and not (
            _has_any(lowered, LEAD_WORDS) and GRANT_LEAD.search(text)) and not WORK.search(
            text) and not THIS_WORK.search(text):
        return None  # exact gate: each branch of GRANT (and GRANT_IT's notice) holds one of these
    if not GRANT.search(text) and not (GRANT_IT.search(text) and _names_work_in_notice(text)):
        return None  # one search of the whole text first: most lines hold no grant at all
    for start, end in _sentences(text):
        sentence = text[start:end]
        # each grant of the sentence in turn: a notice's label may word one that grants nothing alone ("Pass It
        # Along: You may place this piece in your newsletter ...")
        found = list(GRANT.finditer(sentence)) or (
            [m] if _names_work_in_notice(text[:start]) and (m := GRANT_IT.search(sentence)) else [])
        if not found or _limits(sentence) or WITHHELD.search(sentence) or _sent_to_desk(text, start, end):
            continue  # limited, refused or withheld, or offered through a desk
        if any(_grants_here(sentence, m, pronoun) for m in found):
            if found[0].re is GRANT_IT:  # the notice opens at the sentence naming what "it" is
                return max((a for a, b in _sentences(text[:start]) if _names_work_in_notice(text[a:b])), default=start)
            return start
    return None


def _sent_to_desk(text: str, start: int, end: int) -> bool:
    """Whether the sentence ``text[start:end]`` or the one after it sends the use to a desk (``DESK_REFERRAL``).
    A desk for another work only (:func:`_desk_for_other_work`: "Contact our licensing team for photos.") sends
    the text's use nowhere.

    >>> t = "This column is available for syndication. Contact our syndication desk for terms."
    >>> _sent_to_desk(t, 0, 41), find_grant(t) is None, find_grant("This column is free to reprint.")
    (True, True, 0)
    >>> _sent_to_desk("You may reprint this column. For images, contact our syndication desk.", 0, 28)
    False
    """
    own = DESK_REFERRAL.search(text, start, end)
    if own and not _desk_for_other_work(text[start:end], own.start() - start, clause=True):
        return True
    if not DESK_REFERRAL.search(text, end):
        return False  # no desk after the sentence: its next sentence need not be cut out
    rest = text[end:]
    following = next((rest[a:b] for a, b in _sentences(rest)), "")
    there = DESK_REFERRAL.search(following)
    return bool(there) and not _desk_for_other_work(following, there.start(), clause=False)


def _desk_for_other_work(sentence: str, desk: int, clause: bool) -> bool:
    """Whether the desk referral at ``desk`` in ``sentence`` is for another work than the text: its words name a
    picture, a video, a logo (``NON_TEXT``) and no text (``TEXTISH``). With ``clause``, the grant's own sentence:
    only the clause holding the desk, after a comma, semicolon or colon, counts, and with none the desk stays the
    text's (precision: "You may reprint articles and photos only through our licensing team" grants nothing).

    >>> _desk_for_other_work("For high-resolution images, contact our syndication desk.", 27, clause=False)
    True
    >>> _desk_for_other_work("Contact our syndication desk for the article and its photos.", 0, clause=False)
    False
    >>> s = "You may reprint essays and photos only through our licensing team."
    >>> _desk_for_other_work(s, s.index("through"), clause=True)
    False
    >>> s = "You may reprint this essay, but for the logos contact our permissions office."
    >>> _desk_for_other_work(s, s.index("contact"), clause=True)
    True
    """
    if clause:
        breaks = [sentence.rfind(mark, 0, desk) for mark in ",;:"]
        if max(breaks) < 0:
            return False
        sentence = sentence[max(breaks) + 1:]
    return NON_TEXT.search(sentence) is not None and TEXTISH.search(sentence) is None


def _grants_here(sentence: str, m: re.Match[str], pronoun: bool) -> bool:
    """Whether the grant ``m`` (GRANT's, or GRANT_IT's) of ``sentence`` stands: not negated before its verb
    ("You're not welcome to pass this on"), a weak verb only with a text named, terms or a place to publish. A
    notice's label ("Pass It On:", "Share this article:") grants only as the words after its colon do: no negation
    anywhere in them ("Pass It On: You may not place this piece ...")."""
    label = sentence[m.end():].lstrip().startswith(":")
    if NEGATION.search(sentence, 0, len(sentence) if label else m.end()):
        return False
    if m.re is GRANT_IT:
        group = "k"
    elif m["h"]:  # the bare subject: a grant only with its terms
        return bool(conditions_of(sentence))
    else:
        group = next((g for g in GRANT_GROUPS if m[g]), None)
    if group == "k" and not pronoun:
        return False
    verb = m[group] if group else "reprint"
    # the place must be where it goes ("in your newsletter"), not where it lives ("the posts on this blog")
    after = sentence[m.end():] if group else sentence
    # a picture's credit before the words ("Image credit: NAME (CC BY-NC-ND 2.0)" run into "Feel free to print the
    # chart ...") is no term of theirs: its "credit" asks nothing of whoever prints the chart
    terms = sentence[m.start():] if CREDIT_LINE.search(sentence, 0, m.start()) else sentence
    strong = group in STRONG_GROUPS or STRONG_VERB.search(verb)  # "permission to print": a grant alone
    if group in WEAK_GROUPS and not (strong or WORK_NAMED.search(m.group()) or J_TERMS.search(terms)):
        return False  # a loosely named text ("any post from Instagram") with a weak verb: advice, not a notice
    if group in ("j", "j2") and not (strong or J_TERMS.search(terms)):
        return False  # an imperative with a place only: "Post this article on your blog to remind yourself"
    return bool(strong or GRANT_PLACE.search(after) or conditions_of(terms))


def _limits(sentence: str, priced: bool = True) -> bool:
    """A sentence that limits or refuses, or asks first, or sells the use (``priced``, :func:`sold`): never a grant,
    whatever else it says. A dedication is asked with ``priced=False``: a gift to the public domain may speak of money
    ("copy it, sell it, pay no one") and stays a gift.

    >>> _limits("For a fee, you may reprint this article."), _limits("For a fee, you may reprint it.", priced=False)
    (True, False)
    """
    return bool(NOT_A_GRANT.search(sentence) or restriction(sentence) or (
        NEEDS_PERMISSION.search(sentence) and not NO_NEED.search(sentence)) or ASKED_FIRST.search(sentence)
        or priced and sold(sentence))


def _more_grants(text: str, lowered: str, mask: int = -1) -> int | None:
    """Where the first sentence granting reprint in one of the shapes read apart from ``GRANT`` starts: reprints
    welcome, reproduction authorised with its terms, the author box's question answered yes, a grant in German,
    French or Spanish; ``None`` if none.

    >>> _more_grants("Reprints welcome, with the author box.", "reprints welcome, with the author box.")
    0
    >>> t = "Want to use this recipe at a party? You can, as long as you double it."
    >>> _more_grants(t, t.lower()) is None
    True
    """
    ascii_ = gatable(text)
    # exact gates: each shape holds its words (REPRINTS_WELCOME a reprint and its welcome, REPRODUCTION_ALLOWED the
    # noun and its leave, INFORMATION_GRANT "this information", ASKED a question, FOREIGN_GRANT its modal)
    leave = not ascii_ or _has_any(lowered, LEAVE_WORDS)
    welcome = leave and (not ascii_ or _has_any(lowered, ("reprints", "republi", "syndicat")))
    allowed = leave and (not ascii_ or _has_any(lowered, ("reproduction", "republication", "reprinting",
                                                            "redistribution")))
    information = "this information" in lowered or not ascii_
    release = not ascii_ or _has_any(lowered, FOR_PUBLICATION)
    asked = "?" in text and (not ascii_ or _has_any(lowered, ("want", "like", "wish", "hoping", "planning",
                                                                "thinking")))
    foreign = not ascii_ or _has_any(lowered, GRANT_ABROAD_WORDS)
    tabled = bool(mask & G_REUSE) and _table_grant(text)  # (its stems' own test first: the gate's mask)
    if not (welcome and REPRINTS_WELCOME.search(text) or allowed and REPRODUCTION_ALLOWED.search(text) or (
            information and INFORMATION_GRANT.search(text)) or asked and ASKED.search(text) or (
            foreign and FOREIGN_GRANT.search(text)) or tabled or release and FREE_FOR_PUBLICATION.search(text)):
        return None  # one search of the whole text first, as for GRANT
    spans = _sentences(text)
    for n, (start, end) in enumerate(spans):
        sentence = text[start:end]
        if welcome and REPRINTS_WELCOME.search(sentence) and not NEGATION.search(sentence) and not _limits(sentence):
            return start
        if (allowed and REPRODUCTION_ALLOWED.search(sentence) and conditions_of(sentence) or (
                information and INFORMATION_GRANT.search(sentence))) and not NEGATION.search(
                sentence) and not _limits(sentence):
            return start
        if foreign and FOREIGN_GRANT.search(sentence) and not FOREIGN_NO.search(without_unchanged(sentence)) and not \
                _limits(sentence):
            return start
        if tabled and _table_grant(sentence) and not _limits(sentence):
            return start
        if release and (m := FREE_FOR_PUBLICATION.search(sentence)) and not NEGATION.search(
                sentence, 0, m.end()) and not _limits(sentence):
            return start
        if asked and n + 1 < len(spans) and (q := ASKED.search(sentence)) is not None:
            answer = text[spans[n + 1][0]:spans[n + 1][1]]
            if ASKED_YES.match(answer) and not NEGATION.search(answer) and not _limits(answer) and (
                    STRONG_VERB.search(q["verb"]) or GRANT_PLACE.search(sentence) or ASKED_AUDIENCE.search(sentence)
            ) and conditions_of(answer):
                return start
    return None


def _limited_in(text: str, code: str) -> bool:
    """Whether ``text`` holds a word that negates or limits a grant in language ``code`` (the tables' limits)."""
    return LIMITS_BY_LANGUAGE[code].search(text) is not None


def _table_grant(text: str) -> bool:
    """Whether ``text`` (a sentence, or a whole text as a first test) grants reprint in the language tables' words:
    the text named, leave given and a reuse named, nothing limiting or refusing it in the languages whose leave word
    it holds (GRANT_TEXT, GRANT_MAY, GRANT_REUSE; the tables' limits).

    >>> _table_grant("Artikeln får fritt publiceras på andra webbplatser om texten är oförändrad.")
    True
    >>> _table_grant("Artikeln får inte publiceras utan tillstånd."), _table_grant("Du får gärna ringa oss.")
    (False, False)
    >>> _table_grant("Articolul poate fi preluat, cu condiția să nu fie modificat.")
    True
    """
    # the rarest first (on the real texts a reuse is in 4 of 5 texts asked, the gate's stems: a text named in 1 of 8,
    # a leave in 1 of 17); each search costs about the same, a scan of the whole text
    if not ((may := GRANT_MAY.search(text)) and GRANT_TEXT.search(text) and GRANT_REUSE.search(text)):
        return False
    codes = MAY_LANGUAGES.get(may.group().lower(), ())
    terms = without_unchanged(text)  # "provided it is not modified": a term of the grant, no limit on it
    # (a leave phrase of the tables in the grant's sentence makes the leave its condition: "you may publish it with
    # the editors' leave" asks first, as English "only with our permission" does)
    return bool(codes) and not any(_limited_in(terms, code) for code in codes) and not GRANT_ANY_FURTHER.search(
        text) and not LEAVE_ABROAD.search(text)


def _names_work_in_notice(text: str) -> bool:
    """Tell whether a sentence of ``text`` names this text in a notice's words ("This article is protected by
    copyright."), so that a later "you may use it" speaks of it; "This guide shows how to lay a patio." does not.

    >>> _names_work_in_notice("This article is protected by copyright."), _names_work_in_notice("This guide helps.")
    (True, False)
    >>> _names_work_in_notice("This leaflet was written by Ann Lee for the Garden Society.")
    True
    """
    return any(THIS_WORK.search(text, a, b) and (NOTICE_WORDS.search(text, a, b) or WORK_CREDIT.search(text, a, b))
               for a, b in _sentences(text))


# A sentence crediting this text's making ("This leaflet was written by NAME for the Network", "This booklet is
# produced by the Society"): a notice's opening, as "This article is protected by copyright" is, so that a grant
# after it saying "you may copy it" speaks of that text.
WORK_CREDIT = re.compile(r"\b(?:was|is|were|are|has\s+been)\s+(?:(?:originally|first|kindly)\s+)?(?:written|produced"
                         r"|prepared|compiled|published|issued)\s+(?:by|for)\b", re.I)


def refuses(text: str) -> bool:
    """Tell whether ``text`` holds a sentence that refuses reuse of this text (see :func:`restriction`); "All rights
    reserved" alone does not count (a site's footer says it too).

    >>> refuses("© 2015 Green Rows Ltd. This page may not be reproduced."), refuses("© 2015 X. All rights reserved.")
    (True, False)
    """
    return any(restriction(text[a:b]) for a, b in _sentences(text)) or ASK_FIRST.search(text) is not None


def restriction(sentence: str) -> bool:
    """Tell whether a sentence refuses reuse of this text ("do not reproduce without written permission").

    >>> restriction("No part of this article may be reproduced."), restriction("Do not use bleach on wool.")
    (True, False)
    """
    m = RESTRICT.search(sentence)
    if m is not None and m["object2"] is None:
        return not _media_reserved(sentence, m)
    if m is not None and not NEGATION.search(sentence) and GRANT.search(sentence) and "only" not in m.group().lower() \
            and not ASKED_FIRST.search(m.group()):
        return False  # "may be freely copied without asking permission": none is needed ("only with", "if you ask
        # us first" ask it)
    withheld = WITHHELD.search(sentence) is not None
    if withheld and REPRINT_LEAVE.search(sentence):
        return True  # "Permission to republish is not granted": leave to republish is about this page's text
    refused = REFUSE.search(sentence) if m is None else None
    if refused is not None and not withheld and _medium_limit(sentence, refused):
        return False  # "You may reprint it in print, but do not post it online": the grant's medium, no refusal
    return (m is not None or refused is not None or withheld) and RESTRICT_OBJECT.search(sentence) is not None


SUBJECT_PLACE = re.compile(r"\b(?:in|on|of|from|at|within|throughout)\s", re.I)  # where a subject's things stand


def _media_reserved(sentence: str, m: re.Match[str]) -> bool:
    """Whether a refusal's sentence is about pictures, songs or code, not this text: its subject, before the
    refusal's words, is a NON_TEXT thing ("All photographs remain my copyright", "The photos in this post remain
    her copyright") and no text is named beside it. A site's CC default then still covers the words.

    >>> s = "All photographs remain my copyright."
    >>> _media_reserved(s, RESTRICT.search(s))
    True
    >>> s = "The words and photos in this post remain her copyright."
    >>> _media_reserved(s, RESTRICT.search(s))
    False
    >>> s = "The photos in this post remain her copyright."
    >>> _media_reserved(s, RESTRICT.search(s))
    True
    >>> s = "This post remains my copyright."
    >>> _media_reserved(s, RESTRICT.search(s))
    False
    """
    subject = sentence[:m.start()]
    named = SUBJECT_PLACE.split(subject, 1)[0]  # "the photos in this post": the post is where, not what
    return MEDIA_SUBJECT.match(subject) is not None and TEXTISH.search(named) is None


# What a refusal after a grant may leave out and still be only the grant's limit: one medium, the text named by a
# pronoun at most ("... but please do not post it online", "... but it may not be posted on the web", "... but do
# not print it in a magazine"). Anything more ("without permission", "or anywhere else") keeps it a refusal.
MEDIUM_CLAUSE = re.compile(rf"\s*(?:(?:it|them|this|these)\s+)?(?:{_ONLINE}|in\s+print|in\s+(?:a\s+|any\s+)?"
                           r"(?:printed\s+)?(?:magazines?|newspapers?|newsletters?|print\s+publications?))\s*(?:[.!;]\s*)?$",
                           re.I)


def _medium_limit(sentence: str, refused: re.Match[str]) -> bool:
    """Whether a refusal in a grant's sentence only confines the grant to one medium: a grant stands before it in
    the sentence and the refusal's clause names nothing but the other medium (:data:`MEDIUM_CLAUSE`); the grant
    then carries ``print-only`` or ``online-only`` (CONDITION_CUES), as "in print, but not online" does.

    >>> s = "You may reprint this article in print, but please do not post it online."
    >>> _medium_limit(s, REFUSE.search(s))
    True
    >>> s = "You may reprint this article in print, but do not post it online without asking."
    >>> _medium_limit(s, REFUSE.search(s))
    False
    >>> s = "Please do not post this article online."
    >>> _medium_limit(s, REFUSE.search(s))
    False
    """
    end = refused.end()
    clause = sentence[end:]
    cut = re.search(r"[,;:]", clause)
    if cut is not None or MEDIUM_CLAUSE.match(clause) is None:
        return False
    return find_grant(sentence[:refused.start()]) is not None


def find_public_domain(text: str) -> int | None:
    """Return where a sentence dedicating this text to the public domain starts, or ``None``.

    >>> find_public_domain("I dedicate this text to the public domain."), find_public_domain(
    ...     "Many old recipes are in the public domain.")
    (0, None)
    >>> find_public_domain("Public domain. Copy it, print it, give it away."), find_public_domain(
    ...     "Public domain: can you use it?"), find_public_domain("Licence: public domain")
    (0, None, 0)
    >>> find_public_domain("Every recipe on Tavola Nonna is given to the public domain."), find_public_domain(
    ...     "All the recipes in that old book are in the public domain.")
    (0, None)
    >>> find_public_domain("This essay is in the public domain in Canada only."), find_public_domain(
    ...     "This essay is in the public domain in every country.")
    (None, 0)
    """
    if (label := PD_LABEL.match(text)) is not None:
        rest = text[label.end():]
        if label["named"] or ("?" not in rest and GIVE_AWAY.search(rest) and not NEGATION.search(rest)
                              and not HEADING_QUESTION.match(rest)):  # "Public domain: what the term means"
            return 0
    abroad = _has_any(text.lower(), PUBLIC_ABROAD_WORDS) and PUBLIC_ABROAD_PATTERN.search(text) is not None
    if not abroad and not PUBLIC.search(text):
        return None
    for start, end in _sentences(text):
        sentence = text[start:end]
        m = PUBLIC.search(sentence)
        if m and not _negates(sentence[: m.end()]) and not _limits(sentence, priced=False) and not _kept_back(
                sentence, m.end()) and not _supposed(sentence, m.start()) and not TERRITORY_ONLY.match(
                sentence, m.end()):
            return start
        if abroad and (d := PUBLIC_ABROAD_PATTERN.search(sentence)) and not FOREIGN_NO.search(
                _dedication_clause(sentence, d.end())) and not _limits(sentence, priced=False) and not _supposed(
                sentence, d.start()):  # "Ce texte n'est pas dans le domaine public" is no dedication
            return start
    return None


# A public-domain status limited to one territory ("... free of known copyright restrictions in the United States
# only", "... public domain only in Canada"): elsewhere the text may be under copyright, and a wrong grant is worse
# than none, so it is no dedication. Read right after the dedication's words.
TERRITORY_ONLY = re.compile(
    r"[\s,]*(?:only\s+(?:in|within|outside(?:\s+of)?)\s+(?:the\s+)?(?-i:[A-Z])"
    r"|(?:in|within|outside(?:\s+of)?)\s+(?:the\s+)?(?-i:[A-Z][\w.]*)(?:\s+(?-i:[A-Z][\w.]*)){0,3}\s+only\b)", re.I)


# A dedication asked or supposed, not made: a sentence ending on a question mark of any script ("Is this text in the
# public domain?", Arabic "؟", Armenian "՞", Ethiopic "፧", the full-width "？"), or one whose dedication follows a
# word of supposing ("If this article is in the public domain, ...", "whether"; Tamazight's question particle ⵉⵙ and
# its "if", ⵎⴰⵔ, ⵉⵖ, ⵎⴽ/ⵎⴽⴰ). "Unless" stays out: "Unless noted, content on this site is in the public domain" is a
# site's notice, not a supposition.
QUESTION_END = re.compile(r"[?？؟՞፧][\s\"'”’»)]*$")
SUPPOSING = re.compile(r"(?<!\w)(?:if|whether|ⵉⵙ|ⵎⴰⵔ|ⵉⵖ|ⵎⴽ|ⵎⴽⴰ)(?!\w)", re.I)


def _supposed(sentence: str, at: int) -> bool:
    """Whether the dedication at ``at`` in ``sentence`` is asked or supposed (:data:`QUESTION_END`,
    :data:`SUPPOSING`), not made.

    >>> _supposed("Is this article in the public domain?", 3), _supposed("If this post is in the public domain, "
    ...     "copy it.", 3), _supposed("This post is in the public domain, if you wondered.", 0)
    (True, True, False)
    """
    return QUESTION_END.search(sentence) is not None or SUPPOSING.search(sentence, 0, at) is not None


# The Public Domain Mark's deed, as markup links it (rel=license, JSON-LD license): the work is marked free of known
# copyright (SPEC r24 (s): LicenseRef-public-domain, never CC-PDM-1.0, which the scorer refuses)
PD_MARK_URL = re.compile(r"creativecommons\.org/publicdomain/mark/\d\.\d", re.I)


def public_domain_mark(url: str) -> Statement | None:
    """The public-domain statement a link to the Public Domain Mark's deed makes, else ``None``.

    >>> public_domain_mark("https://creativecommons.org/publicdomain/mark/1.0/").tag
    'LicenseRef-public-domain'
    >>> public_domain_mark("https://creativecommons.org/publicdomain/zero/1.0/") is None
    True
    """
    return Statement("public-domain", url, PUBLIC_DOMAIN) if PD_MARK_URL.search(url) else None


def _dedication_clause(sentence: str, end: int) -> str:
    """The part of a sentence that a negation would undo a dedication ending at ``end`` in: the whole sentence,
    unless a colon after the dedication opens what it lets a reader do ("Texte versé dans le domaine public : vous
    pouvez le copier ... sans rien demander", where "sans" frees rather than refuses).

    >>> _dedication_clause("Texte versé dans le domaine public : vous pouvez le copier sans rien demander.", 34)
    'Texte versé dans le domaine public '
    >>> _dedication_clause("Ce texte est dans le domaine public, mais pas ses photos.", 35)
    'Ce texte est dans le domaine public, mais pas ses photos.'
    """
    colon = sentence.find(":", end)
    if colon < 0 or not FREEDOM_AFTER.match(sentence[colon + 1:]):
        return sentence
    return sentence[:colon]


# A later clause setting this page apart from a gift just named: "..., but the recipes on this blog are my own and
# all rights are reserved" (the gift was another site's), "..., while my own posts are all rights reserved".
KEPT_BACK = re.compile(r"[,;]\s*(?:but|while|whereas|though|although|however)\b(?P<rest>[^.;!?\n]*)", re.I)
OWN_PLACE = re.compile(r"\b(?:this|my|our)\s+(?:[\w-]+\s+)?(?:web\s*site|site|blog|page|pages)\b|\bmy\s+own\b", re.I)


def _kept_back(sentence: str, after: int) -> bool:
    """Whether a clause after ``after`` (the end of a public-domain gift) keeps this page's texts back: it names
    this page's own place or work and reserves their rights.

    >>> _kept_back("Every recipe on Nonna's Table is given to the public domain, but the recipes on this blog are my"
    ...            " own and all rights are reserved.", 40)
    True
    >>> _kept_back("Every recipe on this blog is given to the public domain, but please credit us.", 40)
    False
    """
    return any(OWN_PLACE.search(m["rest"]) and (RESERVED.search(m["rest"]) or RIGHTS_KEPT.search(m["rest"]))
               for m in KEPT_BACK.finditer(sentence, after))


RIGHTS_KEPT = re.compile(r"\brights\s+(?:are\s+|remain\s+)?reserved\b|\bcopyright(?:ed)?\b", re.I)


# What a dedication's colon opens when it lists a reader's freedoms: "you may ..." in the dedication's language.
# (?<!\s): a blank run from its start only (matched at a string's start, as it is, the same; searched, 40 KB of
# blanks took 75 s).
FREEDOM_AFTER = re.compile(r"(?<!\s)\s*(?:vous\s+pouvez|on\s+peut|tu\s+peux|puede[sn]?|podéis|pode[sm]?|potete|pu[oò]i"
                           r"|kunt\s+u|je\s+mag|u\s+mag|mag\s+je|puteți|можете|μπορείτε|du\s+får|ni\s+får"
                           r"|anda\s+boleh|bạn\s+có\s+thể|შეგიძლიათ)(?!\w)", re.I)


def _tail_end(text: str, begin: int) -> int:
    """Where a statement that runs to the end of its line ends: before a share line glued to it, if any."""
    m = SHARE_TAIL.search(text, begin)
    return m.start() if m and m.start() > begin else len(text)


def _sentence_start(text: str, pos: int) -> int:
    """Return where the sentence holding ``pos`` starts (after the previous ". ", "! " or "? ")."""
    head = text[:pos]
    cut = max(head.rfind(". "), head.rfind("! "), head.rfind("? "))
    return cut + 2 if cut >= 0 else 0


def _sentence_end(text: str, pos: int) -> int:
    """Return where the sentence holding ``pos`` ends (after its full stop), or the end of ``text``."""
    m = re.compile(r"[.!?](?=\s|$)").search(text, pos)
    return m.end() if m else len(text)


# A use still to come, in the words right before a leave's verb: "I will share it with her permission", "we hope to
# post it with his blessing". (Never "may be reprinted with permission": a passive's leave is the notice's own.)
PLANNED = re.compile(r"\b(?:will|shall|would|could|might|may|can|going\s+to|hope\s+to|plan\s+to|want\s+to"
                     r"|wish\s+to|intend\s+to)\s+$|\w['’]ll\s+$", re.I)


# A part of the article quoted from another work: a leave named after it is that work's ("The quotation above, from
# NAME's book, is used with her blessing"; SPEC-silent, decided as holdout20's quoted book excerpt is).
QUOTED_PART = re.compile(r"\b(?:quot(?:e|es|ation|ations)|epigraphs?|epigrams?|verses?|lines\s+(?:from|of)"
                         r"|passages?\s+(?:from|I\s+quote|we\s+quote|quoted))\b", re.I)
# Where a text noun only says where the other work stands ("the photo in this post", "the quote opening this
# article"): a place, not the subject of the leave.
TEXT_AS_PLACE = re.compile(r"\b(?:in|of|on|at|from|for|within|throughout|atop|above|below|under|opening|closing"
                           r"|heading|ending|starting|beginning)\s+(?:(?:the|this|that|these|our|my|his|her|their|its"
                           r"|today['’]s)\s+)?(?:[\w-]+\s+)?" + TEXTISH.pattern, re.I)

# The text named as a whole that shares the leave ("The photograph, like the rest of this article, is ...", "as with
# all of this post"): a subject beside the other work, not a place.
TEXT_AS_WHOLE = re.compile(r"\b(?:rest|all|remainder|whole|most)\s+of\s+(?:the|this|that|our|my|his|her|their|its)\s+"
                           r"(?:[\w-]+\s+)?" + TEXTISH.pattern, re.I)


def credits_other_work(head: str) -> bool:
    """Whether the words before a leave ("... used with permission") name another work than the text as what it is
    for: a picture, a program or a tune (:data:`NON_TEXT`), or a part quoted from another work
    (:data:`QUOTED_PART`), with no text noun as a subject beside it (a text noun saying where it stands, "in this
    post", is no subject: :data:`TEXT_AS_PLACE`).

    >>> credits_other_work("The photo in this post is "), credits_other_work("The quotation above is ")
    (True, True)
    >>> credits_other_work("This post and its photos are "), credits_other_work(""), credits_other_work("Text and "
    ...     "photos ")
    (False, False, False)
    """
    if not NON_TEXT.search(head) and not any(_quoted_part_named(head, m) for m in QUOTED_PART.finditer(head)):
        return False
    if TEXT_AS_WHOLE.search(head):  # "like the rest of this article": the text shares the leave
        return False
    return TEXTISH.search(TEXT_AS_PLACE.sub(" ", head)) is None


def _quoted_part_named(head: str, m: re.Match[str]) -> bool:
    """Whether a :data:`QUOTED_PART` word names a quoted part, not a word of a publication's capitalised name
    ("From Garden Quotes Weekly", "first ran in Verse and Vine"): lower case, or the head's first word.

    >>> [_quoted_part_named(h, QUOTED_PART.search(h)) for h in ("The quote above is ", "Quote: ", "In Verse and Vine ")]
    [True, True, False]
    """
    return m.group()[0].islower() or not head[:m.start()].strip()


def _text_permission(text: str, mask: int | None = None) -> re.Match[str] | None:
    """The first "used/reprinted with permission" of ``text`` that is about the text: a picture credit ("Photo used
    with permission of ...", "Image courtesy of ...") licenses the picture, not the article.

    >>> _text_permission("Photo used with permission of Ana Ruiz.") is None, bool(_text_permission(
    ...     "Reprinted with permission."))
    (True, True)
    >>> _text_permission("No article may be copied; cartoons used with permission.") is None
    True
    >>> _text_permission("I will share it with her permission at our club.") is None, bool(_text_permission(
    ...     "She let me share it here with her permission."))
    (True, True)
    >>> bool(_text_permission("Tekst przedrukowany tutaj za zgodą autorki.")), _text_permission(
    ...     "Przedruk tylko za zgodą redakcji."), _text_permission("Ustawę przyjęto za zgodą Senatu.")
    (True, None, None)
    """
    for m in PERMISSION.finditer(text):
        # (its own clause: "No article may be copied; cartoons used with permission" credits the cartoons)
        head = text[_sentence_start(text, m.start()):m.start()].rsplit("; ", 1)[-1]
        if PLANNED.search(head):
            continue  # "I will share it with her permission at our club": a leave yet to be asked, none given
        if not credits_other_work(head):
            return m
    if not (gate_mask(text.lower()) if mask is None else mask) & G_LEAVE or len(
            text.split(None, LEAVE_MAX_WORDS)) > LEAVE_MAX_WORDS:
        return None  # (the phrases' own test first: a line in another script passes the gates above without them)
    for m in LEAVE_ABROAD.finditer(text):
        # (the leave's words of another language: LEAVE_ABROAD)
        if (found := _leave_sentence(text, m)) is not None and not found[1] and LEAVE_HOLDER.search(found[0]):
            return m
    return None


def _leave_sentence(text: str, m: re.Match[str]) -> tuple[str, bool] | None:
    """The sentence of ``text`` holding the leave phrase ``m`` (LEAVE_ABROAD's), and whether a word of it limits or
    refuses the leave ("only with", "without", "any further use", in its own language too); ``None`` when a picture
    is named before it (the picture's credit).

    >>> _leave_sentence("Przedruk za zgodą autorki.", LEAVE_ABROAD.search("Przedruk za zgodą autorki."))
    ('Przedruk za zgodą autorki.', False)
    >>> _leave_sentence("Przedruk tylko za zgodą redakcji.", LEAVE_ABROAD.search("Przedruk tylko za zgodą redakcji."))
    ('Przedruk tylko za zgodą redakcji.', True)
    """
    start = _sentence_start(text, m.start())
    sentence = text[start:_sentence_end(text, m.end())]
    if NON_TEXT.search(text[start:m.start()]):
        return None
    return sentence, bool(LEAVE_LIMITED.search(sentence) or FOREIGN_NO.search(sentence) or any(
        _limited_in(sentence, code) for code in LEAVE_LANGUAGES.get(" ".join(m.group().lower().split()), ())))


def own_leave(text: str) -> Statement | None:
    """What a piece's own short line says of the leave it is carried by, in the words of another language
    (LEAVE_ABROAD), whether or not the line reads as a statement (the holder may be named in words the tables lack:
    "... le cead an ùghdair", Scottish Gaelic beside the Irish phrase; the refusal's verb may be one they lack): a
    leave given is used-with-permission, a leave limited or asked for ("only with the editor's leave") reserves the
    rights; else ``None``. Asked only where a grant would otherwise reach the piece (segment): either is narrower
    than the grant, and a wrong grant is worse than none.

    >>> own_leave("Tips.\\n\\nFirst printed in the Gazette. Athfhoilsithe le cead an scríbhneoir.").tag
    'LicenseRef-used-with-permission'
    >>> own_leave("Tips.\\n\\nNí féidir é a athfhoilsiú ach le cead.").tag, own_leave("Reprinted with thanks.")
    ('LicenseRef-all-rights-reserved', None)
    """
    for line in text.split("\n"):
        if not gate_mask(line.lower()) & G_LEAVE or len(line.split(None, LEAVE_MAX_WORDS)) > LEAVE_MAX_WORDS:
            continue
        for m in LEAVE_ABROAD.finditer(line):
            if (found := _leave_sentence(line, m)) is not None:
                sentence, limited = found
                return Statement("copyright" if limited else "permission", sentence.strip(),
                                 ALL_RIGHTS_RESERVED if limited else USED_WITH_PERMISSION,
                                 conditions=["permission-required"])
    return None


def _denied(text: str, mark: int) -> bool:
    """Whether the sentence holding a licence's name at ``mark`` denies it before the name ("we do not use the GNU
    Free Documentation License", "this article is not under CC BY-SA 4.0"); a site default's own "where not
    otherwise noted" denies nothing, nor an aside in brackets (the OGL's own "You may re-use this information (not
    including logos) ... under the terms of the Open Government Licence").

    >>> _denied("This article is not under the GFDL.", 28), _denied("Where not otherwise noted, text is CC BY.", 35)
    (True, False)
    >>> _denied("You may re-use this (not including logos) under CC BY.", 49)
    False
    >>> _denied("Ce texte n'est pas sous Licence Art Libre.", 24), _denied("Ce texte est sous Licence Art Libre.", 18)
    (True, False)
    """
    head = _blanked_asides(text[_sentence_start(text, mark):mark])
    return _denials(head, [len(head)])[0]


def _blanked_asides(sentence: str) -> str:
    """``sentence`` with its bracketed asides and a site default's "where not otherwise noted" blanked (spaces, so
    offsets hold): neither denies what the sentence names.

    >>> _blanked_asides("Use it (not the logos) under CC BY.")
    'Use it                 under CC BY.'
    """
    def blank(m: re.Match[str]) -> str:
        return " " * len(m.group())
    return ASIDE.sub(blank, SITE_DEFAULT.sub(blank, sentence))


def _first_stated_mark(text: str, mark: int) -> int | None:
    """The first licence mark after ``mark`` in its sentence that the sentence does not deny ("Nothing here is CC BY
    except this article, which is CC BY 4.0": the second), or ``None``; one scan of the sentence however many marks
    it names. A mark inside a bracketed aside is read apart from the sentence and never lifts its denial.

    >>> t = "Nothing on this site is CC BY 4.0 except this recipe, which is CC BY 4.0."
    >>> _first_stated_mark(t, t.find("CC BY")) == t.rfind("CC BY")
    True
    >>> _first_stated_mark("Nothing here is CC BY 4.0 except the logo, which is CC BY 4.0.", 16) is None
    True
    """
    start, close = _sentence_start(text, mark), _sentence_end(text, mark)
    sentence = _blanked_asides(text[start:close])
    later = sorted({m.start() - start for p in OPEN_MARKS for m in p.finditer(text, mark + 1, close)})
    later = [a for a in later if sentence[a] != " "]  # (an aside's mark is blanked with it)
    return next((a + start for a, denied in zip(later, _denials(sentence, later), strict=True) if not denied), None)


# (round 22) French negation's second word, which stands before what is denied ("ce texte n'est pas sous Licence Art
# Libre", "nous ne publions jamais sous CC BY"): the Free Art License is named in French too. Never FOREIGN_NO's
# "non" or "no", which open "non-commercial" and English sentences. (round 23) "ne ... plus / point / guère" too:
# "n'est plus sous Licence Art Libre" (no longer) denies today's licence.
NEGATION_BEFORE_NAME = re.compile(r"\b(?:pas|jamais)\b|\bn(?:e\s+|['’]\s*)(?:[\w'’-]+\s+){1,3}?(?:plus|point|guère)\b",
                                  re.I)  # (never English "plus" or "point": only after "ne"/"n'")
ASIDE = re.compile(r"\([^()]*\)")  # a bracketed aside, read apart from the sentence around it
# A quantifier's negation ends at its exception when the exception names this very text: "Nothing here is CC BY
# except this article, which is CC BY". An exception naming anything else ("except the quoted poem", "apart from the
# guest column") lifts nothing, and "but" is an exception only straight after its quantifier ("nothing but this
# recipe"), never a clause's conjunction ("Nobody may copy this article, but you can read about CC BY").
QUANTIFIER_NO = re.compile(rf"\b(?:{QUANTIFIERS_NO})\b", re.I)
EXCEPTION = re.compile(r"\b(?:except(?:\s+for)?|but(?:\s+for)?|other\s+than|apart\s+from|save\s+for)\b", re.I)
THIS_TEXT_NEXT = re.compile(rf"\s+(?:this|the\s+present)\s+(?:[\w-]+\s+)?(?:one|{_TEXTS})\b", re.I)


def _negates(head: str) -> bool:
    """Whether ``head`` (the words of a sentence before a licence or a dedication) negates what follows it; a
    quantifier's "nothing ... except this article" negates nothing after its exception.

    >>> _negates("Nothing here is free except this article, which is "), _negates("Nothing here is ")
    (False, True)
    >>> _negates("Nothing here is free except this article, which is not ")
    True
    >>> _negates("None of it except the quoted poem is "), _negates("Nobody may copy this article, but you read ")
    (True, True)
    """
    return _denials(head, [len(head)], french=False)[0]


def _denials(sentence: str, marks: list[int], french: bool = True) -> list[bool]:
    """For each of ``marks`` (offsets into ``sentence``, ascending), whether the words before it deny what stands
    there: a negation, French's "pas" (with ``french``), or a quantifier ("nothing", "none") whose last exception
    naming this text is not itself followed by a negation. One scan of ``sentence`` for every mark: the first
    negation and the last exception only move forward.

    >>> s = "Nothing here is CC BY, except this recipe, which is CC BY, not CC BY"
    >>> _denials(s, [16, 52, 63])
    [True, False, True]
    """
    negations = list(NEGATION.finditer(sentence))
    first = negations[0] if negations else None
    quantifier = first is not None and QUANTIFIER_NO.fullmatch(first.group()) is not None
    french_at = min((m.end() for m in NEGATION_BEFORE_NAME.finditer(sentence)), default=None) if french else None
    lifts = []  # where each exception naming this text ends: what follows it is stated
    if quantifier:
        for m in EXCEPTION.finditer(sentence, first.end()):
            if m.group()[:3].lower() == "but" and sentence[first.end():m.start()].strip():
                continue  # "but" after a clause is its conjunction
            if (this := THIS_TEXT_NEXT.match(sentence, m.end())) is not None:
                lifts.append(this.end())
    answers, k, j = [], -1, 0
    for mark in marks:
        if french_at is not None and french_at <= mark:
            answers.append(True)
            continue
        if first is None or first.end() > mark:
            answers.append(False)
            continue
        if not quantifier:
            answers.append(True)
            continue
        while k + 1 < len(lifts) and lifts[k + 1] <= mark:
            k += 1
        if k < 0:
            answers.append(True)
            continue
        while j < len(negations) and negations[j].start() < lifts[k]:
            j += 1
        answers.append(j < len(negations) and negations[j].end() <= mark)
    return answers


def _has_any(lowered: str, words: tuple[str, ...]) -> bool:
    """``any(w in lowered for w in words)`` without a generator: the gate of every line, a third faster. A long list
    is asked in one pass of an Aho-Corasick automaton (:func:`_words_automaton`), not word by word.

    >>> _has_any("keep it short", ("long", "short")), _has_any("keep it", ("long",))
    (True, False)
    >>> words = tuple(f"word{n}" for n in range(ANY_WORDS_AUTOMATON)) + ("short",)
    >>> _has_any("keep it short", words), _has_any("keep it", words)
    (True, False)
    """
    if len(words) >= ANY_WORDS_AUTOMATON:
        for _ in _words_automaton(words).iter(lowered):
            return True
        return False
    for word in words:
        if word in lowered:
            return True
    return False


# From this many words a list's ``in`` tests cost more than one automaton pass over the line (the gate-passing lines
# of the real texts and the scale pages, round 24: 103 words 2.4x slower word by word, 37 1.5x, 17 1.25x, 8 even).
ANY_WORDS_AUTOMATON = 16


@functools.cache  # one per list: the lists are the module's constants
def _words_automaton(words: tuple[str, ...]) -> ahocorasick.Automaton:
    """An automaton finding every word of ``words`` (none of them empty) in a text."""
    automaton = ahocorasick.Automaton()
    for word in words:
        automaton.add_word(word, 0)
    automaton.make_automaton()
    return automaton


# A licence sentence a page shows rather than states (a page about licensing shows its readers notices to copy): one
# in quotation marks with the page's own words around it ('Write a line such as "I place this text in the public
# domain." under the post'), or after an example's cue ("paste:", "for example", "such as", "e.g.", "like this:").
# It licenses nothing here: :func:`without_citations` blanks it before the search. A quote must hold a statement's
# verb, so a licence's name in quotes ('licensed under "Creative Commons Attribution 4.0"') stays the line's own.
# A quote opens after no letter, digit or "=" (never an inch mark, 12" pots, or a markup attribute), closes before none.
CITED_QUOTE = re.compile(r'(?<![\w=])(?:"(?P<a>[^"<>\n]{8,400})"|“(?P<b>[^”<>\n]{8,400})”|„(?P<c>[^“”<>\n]{8,400})[“”]'
                         r"|«(?P<d>[^»<>\n]{8,400})»|`(?P<e>[^`<>\n]{8,400})`)(?!\w)")
QUOTE_CHARS = ('"', "“", "„", "«", "`")  # every match of CITED_QUOTE opens on one
CITED_VERB = re.compile(r"\b(?:is|are|am|licen[cs]ed|released|placed?|dedicated?|waived?|may|can|reserved|granted"
                        r"|reprinted|used|free\s+to)\b", re.I)
EXAMPLE_CUE = re.compile(r"\b(?:paste|copy|insert|type)\s*:|\b(?:paste|copy|insert|add|include|put|write|type|use)\s+"
                         r"(?:this|these|the\s+following|(?:a|one|this|the)\s+(?:line|sentence|notice|text|wording)(?:\s+[\w'’-]+){0,8}?)\s*:"
                         r"|\b(?:for\s+example|for\s+instance|such\s+as|something\s+like|e\.\s?g\.|like\s+this\s*:"
                         r"|(?:an?\s+)?(?:example|sample|template)\s*:)", re.I)
EXAMPLE_WORDS = ("paste", "copy", "insert", "add", "include", "put", "write", "type", "use", "example", "instance",
                 "such as", "like", "e.g", "e. g", "sample", "template")  # every match of EXAMPLE_CUE holds one
# ... and a colon, or one of these (its cues written without one: "for example", "such as", "e.g."): most lines
# holding a cue's word ("use", "like") hold neither, and are not searched (the real texts: 7 in 8 of the lines asked)
EXAMPLE_COLONLESS = ("example", "instance", "such", "something", "e.")


def without_citations(text: str) -> str:
    """``text`` with the licence grants it cites blanked (spaces, so offsets hold): a quotation holding a
    statement's verb with other words of the line around it, and what follows an example's cue to the end of its
    clause (a semicolon, or its sentence's end). Only a grant is blanked: a cited span that refuses, limits or asks
    first and grants nothing is the page's own word (a condition quoted after its grant, 'on one condition: "it may
    not be sold"'; a refusal after "For example,"); a shown grant with its own limit ('"This post is CC BY 4.0,
    except where otherwise noted."') is still a grant shown.

    >>> without_citations('Add the line "This text is CC BY 4.0." under it.').split()
    ['Add', 'the', 'line', 'under', 'it.']
    >>> without_citations("To license your blog, paste: This work is licensed under CC BY 4.0").strip()
    'To license your blog, paste:'
    >>> without_citations('This essay is licensed under "Creative Commons Attribution 4.0".')
    'This essay is licensed under "Creative Commons Attribution 4.0".'
    >>> without_citations('Sow in 9" pots; this guide is CC BY 4.0 and 12" pots do too.')
    'Sow in 9" pots; this guide is CC BY 4.0 and 12" pots do too.'
    >>> without_citations('Reprint it on one condition: "it may not be sold or edited."')
    'Reprint it on one condition: "it may not be sold or edited."'
    >>> without_citations("Share it in print, such as school bulletins; posting online is not allowed.").split()
    ['Share', 'it', 'in', 'print,', 'such', 'as', ';', 'posting', 'online', 'is', 'not', 'allowed.']
    >>> without_citations('Paste this: "You may reprint this article only with the byline."').strip()
    'Paste this:'
    """
    lowered = text.lower()
    spans: list[tuple[int, int]] = []
    if _has_any(text, QUOTE_CHARS):
        for m in CITED_QUOTE.finditer(text):
            inside = m[m.lastgroup]
            if CITED_VERB.search(inside) and (text[:m.start()] + text[m.end():]).strip(" \t.,;:!?-–—()"):
                spans.append((m.start(), m.end()))
    if _has_any(lowered, EXAMPLE_WORDS) and (":" in text or not gatable(text) or _has_any(lowered, EXAMPLE_COLONLESS)):
        # each clause's end found once (a cue on every line of a long text stays linear): after a full stop, before
        # a semicolon; the first one a character past the cue's end closes its example
        stops = [(m.start(), m.start() if m.group() == ";" else m.end()) for m in CLAUSE_END.finditer(text)]
        starts = [a for a, _ in stops]
        closed: set[int] = set()  # a clause's first cue blanks to its end: a later cue in it adds nothing
        for m in EXAMPLE_CUE.finditer(text):
            k = bisect.bisect_left(starts, m.end() + 1)
            end = stops[k][1] if k < len(stops) else len(text)
            if end not in closed:
                closed.add(end)
                spans.append((m.end(), end))
    kept = [(a, b) for a, b in spans if not _refuses_or_limits(text[a:b]) or _holds_grant(text[a:b])]
    if not kept:
        return text
    parts, at = [], 0
    for a, b in sorted(kept):
        a = max(a, at)
        if b > a:
            parts += [text[at:a], " " * (b - a)]
            at = b
    return "".join(parts) + text[at:]


def _holds_grant(span: str) -> bool:
    """Whether a cited span names a licence or grants reuse itself, whatever limit it sets ("This post is CC BY 4.0
    unless stated otherwise", "You may reprint this article only if you keep the byline"): a grant shown.

    >>> _holds_grant("You may reprint this article only if you keep the byline."), _holds_grant("it may not be sold.")
    (True, False)
    """
    return find_cc(span) is not None or find_public_domain(span) is not None or find_grant(span) is not None


# Where a cited example ends: its clause's semicolon, or its sentence's full stop.
CLAUSE_END = re.compile(r"[.!?;](?=\s|$)")


def _refuses_or_limits(span: str) -> bool:
    """Whether a cited span says no, limits or asks first ("it may not be sold", "is not allowed", "only with our
    permission"): the page's own condition, never a grant it shows; "no permission needed" denies nothing.

    >>> _refuses_or_limits("it may not be sold."), _refuses_or_limits("This text is CC BY 4.0.")
    (True, False)
    >>> _refuses_or_limits("reprint freely, no permission needed.")
    False
    """
    shown = NO_NEED.sub(" ", span)
    return bool(NEGATION.search(shown) or LIMIT_WORD.search(shown) or WITHHELD.search(span) or _limits(span))


# A word that limits whatever it stands in ("only in print", "except for sale", "unless you ask", "with permission").
LIMIT_WORD = re.compile(r"\b(?:only|except|unless|permission|consent)\b", re.I)


def find_statements(text: str) -> list[Statement]:
    """Return every licence statement in ``text`` (one line or paragraph), strongest first.

    Statements found in the same text share one verbatim ``text``: the span from the first to the last of them
    (a grant usually runs to the end of its paragraph, since conditions follow it).

    >>> [(s.kind, s.text) for s in find_statements("Copyright 2008 by JoAnna Brandi. Used with permission.")]
    [('permission', 'Copyright 2008 by JoAnna Brandi. Used with permission.'), ('copyright', 'Copyright 2008 by \
JoAnna Brandi. Used with permission.')]
    >>> s = find_statements("Notice – You are allowed to publish this article in its entirety provided that "
    ...                     "author’s name, bio and website links must remain intact")[0]
    >>> s.tag, s.conditions, s.text[:30]
    ('LicenseRef-free-reprint', ['entire-article-only', 'attribution-required', 'keep-author-bio', \
'keep-links'], 'Notice – You are allowed to pu')
    >>> find_statements("Be kind to every customer.")
    []
    """
    kept = _long_statements_of(text) if len(text) > STATEMENT_CACHE_CHARS else _statements_of(text)
    # fresh statements each call, as the search makes them: callers set a statement's ``text`` to their own line
    return [Statement(s.kind, s.text, s.tag, s.holder, s.year, list(s.conditions)) for s in kept]


# The same line is asked for its statements by boilerplate, by segment's trailer and body scans and by the page's
# head and foot readings: 96 calls a document on the 1,170 real texts, 53 % of them a line asked before in the same
# document and 16 % one asked in an earlier one (issue 19). The search is a pure function of the text, so its
# answers are kept for the lines of a few pages (as attribution's line tests keep theirs).
STATEMENT_CACHE_LINES = 4096
STATEMENT_CACHE_CHARS = 1000  # longer texts are not kept among the lines: the memory stays a few MB whatever the input
# A longer text (a paragraph, a page's foot joined) is asked again within its document: segment's trailer scan and
# its notice reading ask the same joined text (755 asks of 379 texts on the real texts, 2.5 % of the chain's CPU):
# the last few are kept, so the memory is a few texts' whatever their length.
STATEMENT_CACHE_LONG_TEXTS = 8


@functools.lru_cache(maxsize=STATEMENT_CACHE_LINES)
def _statements_of(text: str) -> tuple[Statement, ...]:
    """:func:`find_statements`'s search, each answer kept (read only: :func:`find_statements` hands out copies)."""
    return tuple(_search_statements(text))


@functools.lru_cache(maxsize=STATEMENT_CACHE_LONG_TEXTS)
def _long_statements_of(text: str) -> tuple[Statement, ...]:
    """:func:`_statements_of` for a text longer than ``STATEMENT_CACHE_CHARS``, the last few kept."""
    return tuple(_search_statements(text))


# An apostrophe whose cp1252 byte was read as UTF-8 and lost (U+FFFD) between a word and the tail of a possessive or
# a contraction: "the author\ufffds permission", "don\ufffdt copy". The read stage sees the page before any repair.
LOST_APOSTROPHE = re.compile(r"(?<=[^\W\d_])\ufffd(?=(?:s|t|re|ve|ll|d|m)\b)")


def with_lost_apostrophes(text: str) -> str:
    """``text`` with each apostrophe lost to U+FFFD (:data:`LOST_APOSTROPHE`) written back as ’, one character for
    one: a statement read from it is read back from ``text`` at the same offsets. Any other U+FFFD stays.

    >>> with_lost_apostrophes("Reprinted with the author\ufffds permission. Cr\ufffdme fra\ufffdche, 12\ufffd15.")
    'Reprinted with the author’s permission. Cr\ufffdme fra\ufffdche, 12\ufffd15.'
    >>> [s.tag for s in find_statements("Reprinted with the author\ufffds permission.")]
    ['LicenseRef-used-with-permission']
    """
    return LOST_APOSTROPHE.sub("’", text) if "\ufffd" in text else text


def _search_statements(page_text: str) -> list[Statement]:
    """Every licence statement in ``page_text``, strongest first (:func:`find_statements`, without its memory); a
    statement the text only cites (quoted, or shown as an example: :func:`without_citations`) is none.

    >>> [s.tag for s in _search_statements('Write a line such as "I place this text in the public domain." below.')]
    []
    """
    text = with_lost_apostrophes(page_text)  # (the same offsets: what is found is read back from page_text)
    lowered = text.lower()
    mask = gate_mask(lowered)  # which gate lists the line meets, asked once (the tests below read it too)
    if not passes_gate(text, lowered, mask):  # the gate first: most lines are body text and hold none of the words
        return []
    if (shown := without_citations(text)) != text:  # (the same offsets: what is found is read back from page_text)
        text, lowered = shown, shown.lower()
        mask = gate_mask(lowered)
        if not passes_gate(text, lowered, mask):
            return []
    grant_words = bool(mask & G_NOUNS and mask & G_WORDS)
    found: list[tuple[int, int, Statement | None]] = []
    # Exact gates for the patterns below: each can match only if the lowered text holds its words.
    ascii_ = gatable(text)
    if cc := find_cc(text):
        patterns = (*OPEN_MARKS, *CC_HOLDER)
        at = [m.start() if (m := p.search(text)) else None for p in patterns]
        starts = [a for a in at if a is not None]
        marks = at[:len(OPEN_MARKS)]  # the mark itself, not its holder
        mark = min((a for a in marks if a is not None), default=min(starts))
        if _denied(text, mark):  # a later mark of its sentence past a quantifier's exception ("Nothing here is CC
            mark = _first_stated_mark(text, mark) or mark  # BY except this article, which is CC BY") is stated
        if credits_other(text, mark) or _denied(text, mark):  # a picture's credit, a question about licences,
            cc = None  # someone else's licence, or one denied
        else:
            begin = _sentence_start(text, min(starts))
            found.append((begin, _tail_end(text, begin), cc))
    if (not ascii_ or "public" in lowered and "domain" in lowered or _has_any(lowered, PD_WORDS)) and (
            begin := find_public_domain(text)) is not None:
        found.append((begin, _tail_end(text, begin), Statement("public-domain", "", PUBLIC_DOMAIN)))
    if (not ascii_ or grant_words or mask & G_REUSE or any(w in lowered for w in GRANT_VERBS)
            or _has_any(lowered, FOREIGN_WORDS) or _has_any(lowered, FOR_PUBLICATION)) and (
            begin := find_grant(text, pronoun=cc is None, mask=mask)) is not None:
        end = _tail_end(text, begin)
        notice = Statement("reprint", "", FREE_REPRINT, conditions=conditions_of(text[begin:end]))
        found.append((begin, end, notice))
    if (not ascii_ or mask & G_LEAVE or any(w in lowered for w in PERMISSION_WORDS)) and (
            m := _text_permission(text, mask)) and not (
            (cc is not None or any(f[2].kind == "reprint" for f in found)) and PAGES_LEAVE.match(text, m.start())):
        # (the page's own leave yields to a licence or grant to readers stated beside it: PAGES_LEAVE)
        found.append((_sentence_start(text, m.start()), _sentence_end(text, m.end()),
                      Statement("permission", "", USED_WITH_PERMISSION, conditions=["permission-required"])))
    restricted = []
    # (substring tests of the lowered line, as an alternation of the escaped words searched there was: the same
    # answer, the list's automaton ~10x faster than the engine over a line that passed the gate, issue 19)
    may_restrict = _has_any(lowered, RESTRICT_WORDS) or ("before" in lowered and _has_any(lowered, RESTRICT_ASK))
    negated = _has_any(lowered, NEGATED_WORDS)
    if not ascii_ or (may_restrict and (RESTRICT.search(text) or WITHHELD.search(text))) or (
            negated and _has_any(lowered, RESTRICT_NEGATED) and (REFUSE.search(text) or WITHHELD.search(text))):
        restricted = [(a, b) for a, b in _sentences(text) if restriction(text[a:b])]
    if (copyright_ := parse_copyright(text)) is not None and (_credits_media(text, text.find(copyright_.text))
                                                              or makers_notice(text, copyright_.holder)):
        copyright_ = None  # "Photo: © Ines Morata": the picture's copyright, not the text's (nor a theme's maker's)
    if copyright_ is not None:
        begin = text.find(copyright_.text)
        end = begin + len(copyright_.text)
        if (credit := SYNDICATED.match(text, end)) is not None:  # the column's distributor belongs to the notice
            end = credit.end()
        found.append((begin, end, copyright_))
    # "All rights reserved" (and "do not reproduce ...") is its own statement only without a copyright line; it
    # always counts in the text.
    if (not ascii_ or _has_any(lowered, RESERVED_WORDS) or not text.isascii() and _has_any(lowered, RESERVED_SCRIPTS)
            ) and (m := RESERVED.search(text)):
        restricted.append((_sentence_start(text, m.start()), _sentence_end(text, m.end())))
    if (not ascii_ or _has_any(lowered, FOREIGN_WORDS)) and (m := FOREIGN_REFUSE.search(text)) and not _credits_media(
            text, m.start()) and not any(a <= m.start() < b for a, b in restricted):  # "Die Fotos dürfen nicht ..."
        restricted.append((_sentence_start(text, m.start()), _sentence_end(text, m.end())))
    if (not ascii_ or "licen" in lowered or "creative" in lowered or "cc" in lowered) and (
            m := EXEMPT.search(text)) and not any(a <= m.start() < b for a, b in restricted) and not _media_exempt(
            text, m.start()):  # "Video © NAME, used with permission. Not covered by the site's licence."
        restricted.append((_sentence_start(text, m.start()), _sentence_end(text, m.end())))  # out of the site's licence
    if (not ascii_ or mask & G_ASK) and (m := ASK_FIRST.search(text)) and not any(a <= m.start() < b
                                                                                      for a, b in restricted):
        restricted.append((_sentence_start(text, m.start()), _sentence_end(text, m.end())))
    for n, (begin, end) in enumerate(sorted(restricted)):
        reserved = Statement("copyright", "", ALL_RIGHTS_RESERVED, conditions=["permission-required"])
        found.append((begin, end, reserved if copyright_ is None and n == 0 else None))
    if not found:
        return []
    begin = min(b for b, _, _ in found)
    if "note" in lowered:  # "Transcriber's note: <a remark>. <the notice>": the notice runs from the note's label
        begin = max((m.start() for m in NOTE_LABEL.finditer(text, 0, begin) if "\n" not in text[m.start():begin]),
                    default=begin)
    verbatim = page_text[begin: max(e for _, e, _ in found)].strip()
    statements = [s for _, _, s in found if s is not None]
    for statement in statements:
        statement.text = verbatim
    return sorted(statements, key=lambda s: -STRENGTH[s.kind])


# A statement that speaks for every text of a page that carries several (a newsletter issue's footer): it names the
# texts in the plural or the issue itself ("the articles in this issue", "any article in this newsletter", "all
# material in this ezine"). "You may reprint this article in your newsletter" speaks for one article.
ISSUE_SCOPE = re.compile(
    r"\b(?:all|any|each|every|either|both|individual)\s+(?:(?:of\s+)?(?:the|our|my)\s+)?(?:articles?|contents?|material|pieces?|columns?|recipes?"
    # "All words and pictures © NAME"
    r"|items?|entr(?:y|ies)|stor(?:y|ies)|posts?|features?|text|texts|words|writing)\b"
    r"|\b(?:the|these|our|my)\s+(?:[\w-]+\s+)?(?:articles|pieces|columns|stories|posts|features)\b"
    r"|(?:^|[^\w\s]\s*)articles\s+(?:in|on|from|of)\b"
    # whatever a publication holds, named by its title: "Anything in The Compost Heap may be reprinted ..."
    r"|\b(?:anything|everything)\s+(?:in|on|from)\s+(?:the\s+|this\s+|our\s+)?(?-i:[A-Z])"
    r"|\b(?:this|the|our)\s+(?:issue|newsletter|e-?zine|bulletin|digest|edition|mailing)\b"
    # the texts of the site the page belongs to: "Text and photographs on this blog ...", "Writing on Fern Hollow
    # ...", "The words of this site ..." (every article the page carries is one of them)
    r"|\b(?:text|texts|content|writing|words|posts|articles|recipes|items|entries)(?:\s+(?:and|&)\s+[\w-]+)?\s+(?:on|of|at|in|to)\s+"
    + _PLACE,
    re.I)


# The terms that make a footer's grant a publisher's reprint terms for every text it carries: the author's box kept
# (a directory's), or each piece printed whole or with its writer's name (a newsletter's "any article in this issue
# may be reprinted in full with the writer's name", SPEC r25 (s)); a bare "you may reprint any article" sets none.
REPRINT_TERMS = ("keep-author-bio", "entire-article-only", "attribution-required", "no-modification")


def site_wide_terms(statement: Statement, line: str) -> bool:
    """Whether a grant in a site's footer is the site's terms for every text it carries, as a CC licence for the
    site's texts there is: a public-domain statement naming the site's texts ("Content on this site is in the public
    domain", "Text on NAME.gov is a work of the U.S. federal government"), or a free-reprint grant that names the
    site's texts as a whole and sets a directory's or an issue's terms (:data:`REPRINT_TERMS`: the author's box or
    bio kept, "Articles in this directory may be republished ... with the About the Author box intact"; each piece
    whole, "Any article in this issue may be reprinted in full"). A grant of one thing ("you may forward this
    newsletter") stays the site's.

    >>> line = "Any article on Pet Notes may be reprinted free of charge, whole and with its author box."
    >>> site_wide_terms(find_statements(line)[0], line)
    True
    >>> line = "You may reprint any article on Pet Notes in your ezine, free of charge."
    >>> site_wide_terms(find_statements(line)[0], line)
    False
    >>> line = "Content on this site is in the public domain."
    >>> site_wide_terms(find_statements(line)[0], line)
    True
    >>> line = "Any article in this issue may be reprinted by other clubs, provided it is printed in full."
    >>> site_wide_terms(find_statements(line)[0], line)
    True
    """
    if statement.kind == "public-domain":  # (the site's texts named: "This text is public domain" in a footer may
        return ISSUE_SCOPE.search(line) is not None  # be any page's line, and a wrong grant is worse than none)
    return statement.kind == "reprint" and any(c in statement.conditions for c in REPRINT_TERMS) and (
        covers_issue(line) or any(ISSUE_SCOPE.search(m.group()) for m in GRANT.finditer(line)))  # (after a label:
    # "Free reprint rights: any article on SITE may be used ...")


def covers_issue(text: str) -> bool:
    """Tell whether a statement's words speak for every text of a page carrying several (see ``ISSUE_SCOPE``). A
    grant must name them as what it grants ("the articles in this issue may be used"), a licence before it names
    the licence ("All material in this newsletter is CC BY"); a restriction may name them anywhere. "You may
    reprint this article; our other articles are at ..." speaks for one article only: a wrong grant is worse than
    none.

    >>> covers_issue("Publishers: the articles in this issue may be used free of charge."), covers_issue(
    ...     "You may reprint this article in your newsletter if the bio stays. Our other articles are online.")
    (True, False)
    >>> covers_issue("All articles © their authors."), covers_issue("This post is CC BY 4.0, as are our stories.")
    (True, False)
    >>> covers_issue("Artykuły z tego biuletynu można przedrukować w całości."), covers_issue(
    ...     "Ten artykuł można przedrukować w całości. Zapraszamy do lektury tego biuletynu.")
    (True, False)
    """
    for a, b in _sentences(text):
        sentence = text[a:b]
        if (m := GRANT.search(sentence)) is not None:
            if ISSUE_SCOPE.search(m.group()):
                return True
            continue
        abroad = ISSUE_ABROAD.search(sentence)  # the issue named in another language: its grant names it anywhere
        if abroad and (_table_grant(sentence) or FOREIGN_GRANT.search(sentence)):
            return True
        sentence = sentence[m.end():] if (m := FIELD_LABEL.match(sentence)) else sentence
        marks = [m.start() for p in (*OPEN_MARKS, PUBLIC_WORDS, COPYRIGHT_SIGN)
                 if (m := p.search(sentence))]
        scope = ISSUE_SCOPE.search(sentence[: min(marks)]) or ISSUE_ABROAD.search(sentence[: min(marks)]) if (
            marks) else None
        if scope or ((restriction(sentence) or RESERVED.search(sentence)) and (ISSUE_SCOPE.search(sentence) or abroad)):
            return True
    return False


# The texts a statement names by their kind rather than as the page's whole ("Guest posts on Fern Row remain their
# writers' copyright", "Sponsored articles are not covered by ..."): a policy for the pieces of that kind only.
KIND_OF_TEXTS = re.compile(r"\b(?:guest|contributed|sponsored|syndicated|partner|third[\s-]party"
                           r"|(?:reader|member)s?['’]?)\s+(?:posts?|articles?|pieces?|columns?|contributions?|stor(?:y|ies)|features?|content"
                           r"|submissions?|writers?|authors?|contributors?|bloggers?)\b", re.I)


def names_a_kind(text: str) -> bool:
    """Whether a statement speaks for a kind of piece (guest posts, sponsored articles), not for every text a page
    carries: printed inside one piece (its writer's bio), it is that piece's own note, and the page's other pieces
    are not shown to be of the kind.

    >>> names_a_kind("Guest posts on Fern Row remain the copyright of their writers."), names_a_kind(
    ...     "Readers' stories are shared with permission."), names_a_kind("All posts on Fern Row are CC BY 4.0.")
    (True, True, False)
    """
    return KIND_OF_TEXTS.search(text) is not None


# A field's name before the statement it holds (a feed's "copyright:" or "channel.copyright:" element, a page's
# "Rights:" or "License:" line): a label, not a copyright mark standing before the statement's words of scope.
FIELD_LABEL = re.compile(r"\s*(?:[\w-]+\.)?(?:copyright|rights|licen[cs]e|dc\.rights)\s*:\s+", re.I)
# The issue named in another language ("Articolele din acest buletin pot fi preluate ...", "Nội dung bản tin được
# chia sẻ theo giấy phép CC BY-NC 4.0"): the tables' issue words (text/languages.py)
ISSUE_ABROAD = re.compile(rf"(?<!\w){alternation('issue', other_languages())}(?!\w)", re.I)
PUBLIC_WORDS = re.compile(r"\bpublic[\s-]+domain\b", re.I)
COPYRIGHT_SIGN = re.compile(r"©|\(c\)|\bcopyright\b", re.I)
KIND_OF_TAG = {FREE_REPRINT: "reprint", USED_WITH_PERMISSION: "permission", ALL_RIGHTS_RESERVED: "copyright",
               PUBLIC_DOMAIN: "public-domain"}


def statement_of(licence: Licence | None) -> Statement | None:
    """Turn a ``Licence`` read before (from a page's markup) back into a statement, so that :func:`combine` can
    weigh it against the text's own; ``None`` for no licence or a tag we cannot read.

    >>> s = statement_of(Licence(tag="CC-BY-SA-4.0", statement="rel=license"))
    >>> s.kind, s.tag, s.conditions
    ('cc', 'CC-BY-SA-4.0', ['attribution-required', 'share-alike'])
    >>> statement_of(Licence()) is None, statement_of(None) is None
    (True, True)
    """
    if licence is None or not isinstance(licence.tag, str):
        return None
    tag = licence.tag
    kind = "cc" if is_attribution_licence(tag) or tag in ("CC0-1.0", "CC-PDDC") else \
        KIND_OF_TAG.get(tag)  # (the public licences find_cc reads, of its kind)
    if kind is None:
        return None
    own = list(licence.conditions)
    conditions = sorted(set(own) | set(_cc_conditions(tag))) if kind == "cc" else own
    return Statement(kind, licence.statement or "", tag, holder=licence.holder, year=licence.year,
                     conditions=conditions)


# What a notice's own words may gloss: a public licence named, or the text given to the public domain ("This text is
# in the public domain: you may reprint it, translate it, use it for anything"): what it grants is the dedication's.
GLOSSED_KINDS = ("cc", "public-domain")


def glossed_licence(grant: Statement, others: list[Statement], page: str = "") -> bool:
    r"""Whether a reprint ``grant`` is the gloss of a public licence (CC, OGL) named in the same notice: the same
    text, or one holding the other (a notice read whole and its line read alone). A reprint grant in a notice of its
    own (an author's box beside a site's CC footer) is no gloss.

    ``page``: the text the statements were read from; there a notice wrapped over two lines (the first running on
    unfinished, "... shared under CC BY-SA 4.0:" / "you may copy, adapt and pass it on") is one notice too, though
    each line was read alone.

    >>> found = find_statements("Shared under CC BY 4.0: you may reprint this post in your newsletter.")
    >>> [glossed_licence(s, found) for s in found if s.kind == "reprint"]
    [True]
    >>> box, foot = "You may reprint this article in your ezine.", "Text here is CC BY 4.0."
    >>> glossed_licence(find_statements(box)[0], find_statements(box) + [find_cc(foot)])
    False
    >>> found = find_statements("I give this text to the public domain: you may reprint it in your newsletter.")
    >>> [glossed_licence(s, found) for s in found if s.kind == "reprint"]
    [True]
    >>> page = "Text here is CC BY 4.0:\nyou may reprint this article in your ezine."
    >>> glossed_licence(find_statements(box.lower())[0], [find_cc("Text here is CC BY 4.0:")], page)
    True
    """
    return grant.kind == "reprint" and any(
        s.kind in GLOSSED_KINDS and (s.text in grant.text or grant.text in s.text
                                     or _one_notice(s.text, grant.text, page)
                                     or _one_notice(grant.text, s.text, page)) for s in others)


def _one_notice(first: str, second: str, page: str) -> bool:
    """Whether ``second`` follows ``first`` on ``page`` as the rest of one notice: on the next line (or the next
    paragraph but one blank line), ``first`` running on unfinished (no full stop, question or exclamation mark)."""
    if not page or first.rstrip()[-1:] in ".!?":
        return False
    at = page.find(first)
    while at >= 0:
        rest = page[at + len(first):]
        gap = len(rest) - len(rest.lstrip())
        if rest[:gap].count("\n") in (1, 2) and rest[gap:].startswith(second):
            return True
        at = page.find(first, at + 1)
    return False


def without_glosses(statements: list[Statement], page: str = "") -> list[Statement]:
    """``statements`` less each reprint grant that glosses a public licence named in the same notice
    (:func:`glossed_licence`): the licence named decides, as the more specific statement."""
    if not any(s.kind in GLOSSED_KINDS for s in statements) or not any(s.kind == "reprint" for s in statements):
        return statements
    return [s for s in statements if not glossed_licence(s, statements, page)]


# A site's default licence, worded as one that yields to what a page says of itself: "Except where otherwise noted,
# content on this site is ...", "Unless otherwise stated", and as footers in other languages word it ("sauf mention
# contraire", "sofern nicht anders angegeben", "salvo indicación en contrario", "если не указано иное", "特に記載の
# ない限り", "除非另有说明"). Such a grant stands only where the article states nothing of its own.
SITE_DEFAULT_WORDINGS = (
    ("en", r"\b(?:except|save)\s+(?:where|when|as|if)\s+(?:\w+\s+){0,3}?(?:otherwise\s+)?(?:noted|stated|indicated"
           r"|specified|marked|mentioned|credited|declared)\b"
           r"|\bunless\s+(?:\w+\s+){0,3}?(?:otherwise\s+(?:noted|stated|indicated|specified|marked|mentioned|credited"
           r"|declared)|(?:noted|stated|indicated|specified|marked|mentioned)\s+otherwise"
           r"|(?:says?|states?|notes?|indicates?|specifies|marks?)\s+otherwise)\b"
           r"|\bwhere\s+not\s+otherwise\s+(?:noted|stated|indicated|specified)\b"
           r"|\bby\s+default\b(?=[^.!?]{0,80}?\b(?:licen[cs]|creative\s+commons|cc\b))"),
    ("de", r"\b(?:sofern|soweit|wenn|falls|wo)\s+(?:nicht|nichts)\s+(?:anders|anderes)\s+(?:\w+\s+){0,2}?"
           r"(?:angegeben|vermerkt|gekennzeichnet|angemerkt|ausgewiesen|erwähnt|genannt)\b"
           r"|\bvorbehaltlich\s+anderer\s+Angaben\b"),
    ("fr", r"\bsauf\s+(?:mention|indication|avis|précision)\s+(?:\w+\s+){0,2}?contraire\b"
           r"|\b(?:à\s+moins|sauf)\s+qu['’]il\s+(?:ne\s+)?soit\s+(?:indiqué|précisé|mentionné)\s+autrement\b"),
    ("es", r"\bsalvo\s+(?:que\s+se\s+indique\s+lo\s+contrario|(?:indicaci[óo]n|menci[óo]n|especificaci[óo]n|nota)\s+"
           r"(?:en\s+)?contrari[oa])\b"
           r"|\b(?:a\s+menos|excepto|salvo)\s+(?:que|donde|cuando)\s+se\s+(?:indique|especifique|mencione)\s+(?:lo\s+)?"
           r"(?:contrario|otra\s+cosa)\b"),
    ("pt", r"\b(?:salvo|exceto)\s+(?:(?:indica[çc][ãa]o|men[çc][ãa]o|nota)\s+em\s+contr[áa]rio|(?:onde|quando)\s+"
           r"(?:for\s+)?(?:indicado|especificado|mencionado|referido)\s+(?:o\s+)?contr[áa]rio)\b"
           r"|\ba\s+menos\s+que\s+(?:seja\s+)?(?:indicado|especificado|mencionado)\s+(?:o\s+)?contr[áa]rio\b"),
    ("it", r"\bsalvo\s+(?:diversa\s+(?:indicazione|specificazione)|indicazione\s+contraria|(?:ove|dove)\s+"
           r"(?:altrimenti|diversamente)\s+(?:indicato|specificato))\b"
           r"|\b(?:ove|dove|se)\s+non\s+(?:altrimenti|diversamente)\s+(?:indicato|specificato|segnalato)\b"),
    ("nl", r"\b(?:tenzij|behalve\s+waar)\s+anders\s+(?:vermeld|aangegeven|vermeldt|aangeduid)\b"),
    ("ca", r"\b(?:tret|llevat)\s+que\s+s['’]indiqui\s+(?:el\s+)?contrari\b"),
    ("pl", r"\b(?:o\s+ile|jeśli|jeżeli|chyba\s+że)\s+nie\s+(?:zaznaczono|wskazano|podano|napisano)\s+inaczej\b"),
    ("cs", r"\b(?:není-li|pokud\s+není|nen[íi]-li)\s+(?:\w+\s+)?uvedeno\s+jinak\b"),
    ("sv", r"\bom\s+inte\s+annat\s+(?:anges|framgår|står)\b|\bdär\s+inget\s+annat\s+anges\b"),
    ("da", r"\bmed\s*mindre\s+(?:andet|annet)\s+(?:er\s+)?(?:angivet|anført|oppgitt|angitt)\b"
           r"|\bhvis\s+ikke\s+(?:andet|annet)\s+er\s+(?:angivet|angitt|oppgitt)\b"),
    ("fi", r"\bellei\s+(?:toisin\s+)?(?:mainita|ilmoiteta|ole\s+mainittu)\s*(?:toisin)?\b"),
    ("hu", r"\beltérő\s+(?:jelzés|megjelölés)\s+hiányában\b|\bha\s+(?:másként|másképp)\s+nem\s+(?:jelöljük|jelezzük"
           r"|jelöltük)\b"),
    ("ro", r"\b(?:dacă|cu\s+excepția\s+cazului\s+în\s+care)\s+nu\s+(?:se\s+)?(?:specifică|menționează|precizează)\s+"
           r"altfel\b"),
    ("tr", r"\baksi\s+(?:belirtilmedikçe|belirtilmediği\s+sürece|belirtilmemişse)"),
    ("id", r"\bkecuali\s+(?:jika\s+)?(?:dinyatakan|disebutkan|ditandai)\s+lain\b"),
    ("vi", r"\btrừ\s+khi\s+(?:có\s+)?(?:ghi\s+chú|ghi|nêu|chú\s+thích)\s+(?:khác|rõ\s+khác)"),
    ("ru", r"\bесли\s+не\s+(?:указано|оговорено|отмечено|сказано)\s+(?:иное|иначе)"),
    ("uk", r"\bякщо\s+не\s+(?:зазначено|вказано|вказане|сказано)\s+(?:інше|інакше)"),
    ("bg", r"\bосвен\s+ако\s+не\s+е\s+(?:посочено|отбелязано|указано)\s+друго"),
    ("sr", r"\bосим\s+ако\s+није\s+(?:друкчије|другачије)\s+(?:наведено|назначено)"
           r"|\bosim\s+ako\s+nije\s+(?:drukčije|drugačije)\s+(?:navedeno|naznačeno)\b"),
    ("el", r"εκτός\s+(?:αν|εάν|εκεί\s+όπου)\s+(?:\S+\s+){0,2}?(?:αναφέρεται|δηλώνεται|σημειώνεται|ορίζεται)\s+"
           r"(?:διαφορετικά|αλλιώς)"),
    ("ja", r"特(?:に|段の)?(?:記載|断り|明記|表記|記述)(?:が|の)(?:ない|無い)(?:限り|場合)"
           r"|特記(?:の)?(?:ない|無い)限り"),
    ("zh", r"除(?:非)?(?:另有|特别|特別)(?:说明|說明|注明|註明|声明|聲明|标注|標註)"),
    ("ko", r"(?:별도|달리)(?:의)?\s*(?:표기|명시|언급|표시)(?:가|되지)\s*(?:없는|않는)\s*한"),
)
SITE_DEFAULT = re.compile("|".join(f"(?:{pattern})" for _, pattern in SITE_DEFAULT_WORDINGS), re.I)
# A grant that names the site or the blog as what it covers ("Content on this site is ...", "This blog is licensed
# ...", "site-wide"): the site's default; it yields to an article's own refusal in words.
SITE_SCOPE = re.compile(r"\b(?:this|the|our|my)\s+(?:[\w-]+\s+)?(?:web\s*site|site|blog|wiki|portal)\b"
                        r"|\bsite[- ]?wide\b|\b(?:site|blog)['’]?s?\s+(?:content|texts?|licen[cs]e)\b", re.I)
# An article's words taking itself out of the site's licence: "not covered by the site licence", "isn't released
# under the blog's Creative Commons licence", "not under the blog's licence", "is excluded from / an exception to the
# CC licence below".
EXEMPT = re.compile(r"(?:\bnot|n['’]t|\bnever)\s+(?:be\s+)?(?:covered|included|released|licen[cs]ed|available|shared"
                    r"|offered|published|part)\s+(?:by|under|in|of|with)\s+(?:(?:the|this|that|our|my|its)\s+"
                    # (or the site named in the possessive, no article: "not covered by Well Rested's CC licence")
                    r"(?:[\w-]+['’]s\s+)?|(?:[\w-]+\s+){0,2}?[\w-]+['’]s\s+)(?:[\w-]+\s+){0,3}?"
                    r"(?:licen[cs]e|creative\s+commons|cc\b)"
                    # "their posts are not under the blog's licence"
                    # (the site's, named so: "not under the Free Art License 1.3" only denies that licence)
                    r"|(?:\bnot|n['’]t|\bnever)\s+(?:be\s+)?under\s+(?:the|this|that|our|my|its)\s+"
                    r"(?:[\w-]+['’]s\s+|(?:web\s*)?(?:site|blog|wiki)\s+)(?:[\w-]+\s+){0,2}?(?:licen[cs]e|creative\s+commons|cc\b)"
                    r"|\b(?:excluded|exempt(?:ed)?)\s+from\s+(?:the|this|that|our|its)\s+(?:[\w-]+['’]s\s+)?"
                    r"(?:[\w-]+\s+){0,3}?(?:licen[cs]e|creative\s+commons|cc\b)"
                    r"|\b(?:licen[cs]e|creative\s+commons\s+(?:licen[cs]e\s+)?)\s+(?:\w+\s+){0,3}?(?:does|do)\s*(?:not|n['’]t)"
                    r"\s+(?:apply|cover|extend)\b", re.I)


def site_default(statement: Statement) -> bool:
    """Whether a grant is worded as the site's default, yielding to what a page says of itself
    (:data:`SITE_DEFAULT`: "Except where otherwise noted, ...", "Unless otherwise stated, ...", in many languages).

    >>> site_default(find_cc("Except where otherwise noted, content here is licensed CC BY-SA 4.0."))
    True
    >>> site_default(find_cc("This post is licensed CC BY-SA 4.0.")), site_default(find_cc("Texte sous CC BY 4.0, "
    ...     "sauf mention contraire."))
    (False, True)
    """
    return statement.kind in GRANT_KINDS and SITE_DEFAULT.search(statement.text) is not None


def reserves(statement: Statement) -> bool:
    """Whether a copyright statement reserves this text in words an article speaks of itself: it refuses reuse
    ("ask me before republishing it", "Reproduction ... is not permitted", in other languages too), or takes the
    text out of the site's licence ("not covered by the site licence"). A bare "© Name" or "All rights reserved"
    does not: every licensed text is someone's copyright, and a site's footer says so too.

    >>> reserves(find_statements("© 2021 Ada Kerr. Please ask me before republishing this post.")[0])
    True
    >>> reserves(find_statements("© 2021 Ada Kerr. All rights reserved.")[0])
    False
    """
    text = statement.text
    return statement.kind == "copyright" and (refuses(text) or FOREIGN_REFUSE.search(text) is not None
                                              or EXEMPT.search(text) is not None)


def yields_to(grant: Statement, reservation: Statement, site: bool = False, own: bool = False) -> bool:
    """Whether a grant gives way to an article's reservation (:func:`reserves`): a site's default licence stands
    only where the article states nothing of its own. A grant qualified as the site's default
    (:func:`site_default`), or one the page's markup carries for the whole site (``site``), yields to any
    reservation; one that names the site as its scope (:data:`SITE_SCOPE`) yields too. A grant the article makes
    of itself ("This post is CC BY") does not: its own words are weighed by :func:`combine` as before.

    >>> foot = find_cc("Unless otherwise stated, text on this site is CC BY 4.0.")
    >>> own = find_statements("© 2024 Ola Berg. Reproduction by other publications is not permitted.")[0]
    >>> yields_to(foot, own), yields_to(find_cc("This post is CC BY 4.0."), own)
    (True, False)

    Such a grant yields as well to the piece's own all-rights notice (:func:`own_reservation`), and to a notice
    the page's reading found to be the piece's own (``own``: a guest's © in her bio, segment).

    >>> named = find_cc("Unless otherwise stated, text on Backyard Post is CC BY 4.0.")
    >>> agency = find_statements("© 2025 Ostwind Presse GmbH. Alle Rechte vorbehalten.")[0]
    >>> yields_to(named, agency), yields_to(named, find_statements("© 2025 Ida Holm.")[0])
    (True, False)
    >>> yields_to(foot, agency)  # "this site" names no one: the notice may be the site's own footer
    False
    >>> yields_to(foot, find_statements("© 2025 Ida Holm.")[0], own=True)
    True
    """
    return (grant.kind in GRANT_KINDS and (reserves(reservation) or own or own_reservation(reservation, grant))
            and (site or site_default(grant) or SITE_SCOPE.search(grant.text) is not None))


# A grant's scope named only by pointing at it ("content on this site", "our blog"): it names no site whose words a
# holder's name could share (own_reservation)
NAMELESS_SCOPE = re.compile(r"\b(?:this|our|my)\s+(?:web\s*site|site|blog|wiki|portal)\b", re.I)
# Words of a holder's name that name no one in particular: its article and its legal form ("The", "GmbH").
HOLDER_FILLERS = frozenset({"the", "and", "ltd", "inc", "llc", "plc", "gmbh", "limited", "company", "sarl", "bv"})
HOLDER_WORD = re.compile(r"[^\W\d_]{3,}")


def own_reservation(statement: Statement, grant: Statement) -> bool:
    """Whether a copyright statement is the piece's own all-rights notice, which a site's default licence yields
    to: "© YEAR HOLDER" with all rights reserved in words (:data:`RESERVED`, in any language the tables word), its
    holder neither a web address nor the site the default speaks for (no word of the holder's name in the
    grant: "articles on Backyard Post are CC BY" beside "© Backyard Post Ltd. All rights reserved." is the site's
    own footer, its licence standing over it; SPEC: a site-wide licence covers its articles beside the site's ©).
    A syndicate's or agency's notice under the piece ("© 2025 Ostwind Presse GmbH. Alle Rechte vorbehalten.")
    is the piece's own (SPEC r24), and the owner's © beside her licence with all rights reserved in words is the
    narrower statement, which stands (SPEC r22, r23 (l)).

    >>> foot = find_cc("Unless marked otherwise, articles on Backyard Post are CC BY 4.0.")
    >>> own_reservation(find_statements("© 2025 Ostwind Presse GmbH. Alle Rechte vorbehalten.")[0], foot)
    True
    >>> own_reservation(find_statements("© 2025 Backyard Post Ltd. All rights reserved.")[0], foot)
    False
    >>> own_reservation(find_statements("© 2025 Ostwind Presse GmbH.")[0], foot)  # a bare ©: who licenses
    False

    A default that names its site only as "this site" names no one: an all-rights footer under it may be the
    site's own, so it is no proof of the piece's own notice (a notice the page's reading finds to be the piece's,
    a guest's in her bio, still outranks it: ``own`` in :func:`yields_to`).

    >>> nameless = find_cc("Unless otherwise noted, content on this site is licensed under CC BY 4.0.")
    >>> own_reservation(find_statements("© 2025 Greenway Gazette. All rights reserved.")[0], nameless)
    False
    >>> yields_to(nameless, find_statements("© 2025 Greenway Gazette. All rights reserved.")[0], own=True)
    True
    """
    holder = statement.holder
    if statement.kind != "copyright" or not holder or is_site_holder(holder) or RESERVED.search(statement.text) is None:
        return False
    if NAMELESS_SCOPE.search(grant.text):
        return False  # "content on this site is CC BY": no name to tell the site's own footer from anyone else's
    words = {w.casefold() for w in HOLDER_WORD.findall(holder)} - HOLDER_FILLERS
    return bool(words) and not words & {w.casefold() for w in HOLDER_WORD.findall(grant.text)}


def without_yielded(statements: list[Statement], site: tuple[Statement, ...] = (),
                    own: list[Statement] | tuple[Statement, ...] = ()) -> list[Statement]:
    """``statements`` less each grant that yields to an article's reservation among them (:func:`yields_to`);
    ``site``: the grants the page's markup carries for the whole site; ``own``: notices the page's reading found to
    be the piece's own (a guest's © in her bio). A wrong grant is worse than none.

    >>> found = [find_cc("Except where otherwise noted, this site is CC BY 4.0."),
    ...          *find_statements("Text © 2024 Ola Berg, not covered by the site licence.")]
    >>> [s.tag for s in without_yielded(found)]
    ['LicenseRef-all-rights-reserved']
    >>> bare = find_statements("© 2024 Ola Berg.")
    >>> [s.tag for s in without_yielded(found[:1] + bare)], [s.tag for s in without_yielded(found[:1] + bare, own=bare)]
    (['CC-BY-4.0', 'LicenseRef-all-rights-reserved'], ['LicenseRef-all-rights-reserved'])
    """
    reservations = [s for s in statements if s.kind == "copyright"]
    if not reservations:
        return statements
    if any(s.kind in GRANT_KINDS and not page_wide_grant(s) and not any(s is w for w in site) for s in statements):
        reservations = [r for r in reservations if reserves(r)]  # the piece grants itself: a notice reserving in
        # no words leaves the page's stricter terms to weigh beside that grant (combine), as without_page_grants does
    return [s for s in statements if not any(yields_to(s, r, any(s is w for w in site), any(r is o for o in own))
                                             for r in reservations)]


def page_wide_grant(statement: Statement) -> bool:
    """Whether a grant is worded for every text a page or site carries, not for one piece: a site's default
    (:func:`site_default`), a grant naming the site as its scope (:data:`SITE_SCOPE`), or a directory's terms for
    all its articles (:func:`site_wide_terms`: "Articles in our directory may be reprinted ... with the author's
    box").

    >>> page_wide_grant(find_statements("Any article on Pet Notes may be reprinted free, whole, with its bio.")[0])
    True
    >>> page_wide_grant(find_statements("You may reprint this article free of charge with my bio.")[0])
    False
    """
    return statement.kind in GRANT_KINDS and (site_default(statement) or SITE_SCOPE.search(statement.text) is not None
                                              or site_wide_terms(statement, statement.text))


def author_reserves(statement: Statement, author: str | None) -> bool:
    """Whether a statement is the piece's author's own all-rights line: a © naming the author (as the author field
    has her) with the words reserving every right ("© 2012 Ann Lee. All rights reserved.", in any language the
    tables know). A bare "© Ann Lee" reserves nothing in words (beside a grant it names who grants).

    >>> st = find_statements("© 2012 Ann Lee. All rights reserved.")[0]
    >>> author_reserves(st, "Ann Lee"), author_reserves(st, "Bo Tran"), author_reserves(st, None)
    (True, False, False)
    >>> author_reserves(find_statements("© 2012 Ann Lee.")[0], "Ann Lee")
    False
    """
    return names_author(statement, author) and RESERVED.search(statement.text) is not None


def names_author(statement: Statement, author: str | None) -> bool:
    """Whether a statement is a © naming the piece's author as the author field has her, bare or not.

    >>> names_author(find_statements("(c) Ann Lee 2012")[0], "Ann Lee"), names_author(find_statements(
    ...     "© 2012 Garden Post")[0], "Ann Lee")
    (True, False)
    """
    return (statement.kind == "copyright" and bool(author) and statement.holder is not None
            and statement.holder.strip().casefold() == str(author).strip().casefold())


def publishers_terms(statement: Statement) -> bool:
    """Whether a grant is a publisher's reprint terms for every text it carries (an issue's "any article in this
    issue may be reprinted in full", a directory's "articles here may be republished with the author's box":
    :func:`site_wide_terms`), as distinct from a site's default licence, which its owner's © beside it only signs.

    >>> publishers_terms(find_statements("Any article in this issue may be reprinted in full with its byline.")[0])
    True
    >>> publishers_terms(find_cc("Except where otherwise noted, content here is CC BY 4.0."))
    False
    """
    return statement.kind == "reprint" and site_wide_terms(statement, statement.text)


def without_page_grants(statements: list[Statement], author: str | None, items: bool = False) -> list[Statement]:
    """``statements`` less every page-wide grant (:func:`page_wide_grant`) where the piece's author reserves it in
    her own words (:func:`author_reserves`): her own notice outranks a directory's or a site's terms for all its
    texts (SPEC: "an author's all-rights line over a directory's terms in a footer"). A wrong grant is worse than
    none; a grant the piece makes of itself stays, for :func:`combine` to weigh, and then so do the page's: taking
    out a site's stricter terms would leave the piece's looser grant standing alone (a reprint note over a site's
    CC BY-NC-ND), so the page's terms go only where no grant of the piece's own remains.

    >>> found = [*find_statements("© 2012 Ann Lee. All rights reserved."), *find_statements(
    ...     "Articles in this directory may be reprinted free of charge with the author's box intact.")]
    >>> [s.kind for s in without_page_grants(found, "Ann Lee")], [s.kind for s in without_page_grants(found, "Bo")]
    (['copyright'], ['copyright', 'reprint'])
    >>> own = find_statements("You may reprint this article in your newsletter.")
    >>> [s.kind for s in without_page_grants(own + found, "Ann Lee")]
    ['reprint', 'copyright', 'reprint']

    On a page of several items (``items``: an issue), her bare © in her item outranks the issue's reprint terms
    for all its items too (:func:`publishers_terms`; SPEC: "her bare © in her item, box or bio too, over an
    issue-wide grant"), never a site's default licence, which her © beside it signs. A directory page of one
    article keeps its terms beside the author's bare © in her box (round 25's decision).

    >>> issue = find_statements("Any article in this issue may be reprinted in full with the writer's name.")
    >>> [s.kind for s in without_page_grants(find_statements("(c) Ann Lee 2012") + issue, "Ann Lee", items=True)]
    ['copyright']
    >>> [s.kind for s in without_page_grants(find_statements("(c) Ann Lee 2012") + issue, "Bo Tran", items=True)]
    ['copyright', 'reprint']
    >>> [s.kind for s in without_page_grants(find_statements("(c) Ann Lee 2012") + issue, "Ann Lee")]
    ['copyright', 'reprint']
    >>> site = [find_cc("Except where otherwise noted, posts here are CC BY 4.0.")]
    >>> [s.kind for s in without_page_grants(find_statements("© Ann Lee") + site, "Ann Lee", items=True)]
    ['copyright', 'cc']
    """
    if not any(author_reserves(s, author) for s in statements):
        if items and any(names_author(s, author) for s in statements):  # her bare © in her item of an issue:
            return [s for s in statements if not publishers_terms(s)]  # the issue's terms for all items miss it
        return statements
    kept = [s for s in statements if not page_wide_grant(s)]
    if any(s.kind in GRANT_KINDS for s in kept):
        return statements  # the piece grants itself: the stricter of its grant and the page's stands (combine)
    return kept


def withdraws(statement: Statement) -> bool:
    """Whether a statement withdraws a grant in words (:data:`WITHDRAWN`): a reservation that ends the grants
    stated beside it, not one more statement for :func:`combine` to weigh (SPEC r25 (q)).

    >>> withdraws(find_statements("Reprint permission for this article has been withdrawn.")[0])
    True
    >>> withdraws(find_statements("© 2021 Ada Kerr. All rights reserved.")[0])
    False
    """
    return statement.kind == "copyright" and WITHDRAWN.search(statement.text) is not None


def without_withdrawn(statements: list[Statement]) -> list[Statement]:
    """``statements`` less every grant where one of them withdraws leave (:func:`withdraws`): the resource box's
    old "you may reprint this article" stays on the page after its writer's "I have withdrawn reprint permission for
    my articles", and a wrong grant is worse than none. A grant merely restated or updated withdraws nothing.

    >>> box = find_statements("You may reprint this article in your ezine with this box intact.")
    >>> ended = find_statements("Reprint permission for this article has been withdrawn.")
    >>> [s.kind for s in without_withdrawn(box + ended)], [s.kind for s in without_withdrawn(box)]
    (['copyright'], ['reprint'])
    """
    if not any(withdraws(s) for s in statements):
        return statements
    return [s for s in statements if s.kind not in GRANT_KINDS]


# A licence keyed to the dates its texts were published (SPEC r25 (q)): "Posts published up to 31 December 2019:
# CC BY 4.0", "posts before 2020 are CC BY", "articles from 1 January 2020 onward: all rights reserved", "posts
# written in 2018 are public domain". The texts it speaks of, a publishing verb at will, then its bound and a date,
# a month or a year. A "© 2005-2021" names no texts and no bound: never a key.
_BOUND = (r"(?P<before>before|prior\s+to|earlier\s+than)"
          r"|(?P<until>up\s+to(?:\s+and\s+including)?|until|till|through|on\s+or\s+before)"
          r"|(?P<after>after|later\s+than)|(?P<since>from|since|starting(?:\s+(?:on|from|in))?|on\s+or\s+after|as\s+of)"
          r"|(?P<during>in|during)")
DATE_KEYED = re.compile(
    rf"\b{_TEXTS}\s+(?:(?:first\s+)?(?:published|written|posted|dated|added|created)\s+"
    rf"(?:(?:here|on\s+(?:this|the|my|our)\s+[\w-]+)\s+)?)?(?:{_BOUND})\s+(?P<when>{DATE}|(?:19|20)\d\d\b)", re.I)
MONTH_YEAR = re.compile(r"\b([a-z]{3})[a-z]*\.?,?\s+((?:19|20)\d\d)\b")


def day_span(when: str) -> tuple[datetime.date, datetime.date] | None:
    """The first and last day a date names: a full date its day, a month and year that month, a year alone that
    year; ``None`` for none of them.

    >>> day_span("31 December 2019"), day_span("Feb 2020")[1], day_span("2019")[0]
    ((datetime.date(2019, 12, 31), datetime.date(2019, 12, 31)), datetime.date(2020, 2, 29), datetime.date(2019, 1, 1))
    """
    lowered = when.lower()
    for day in iso_dates(lowered):
        try:
            one = datetime.date.fromisoformat(day)
        except ValueError:
            continue  # (the forms bound each number, not the calendar: "31 February")
        return one, one
    if (m := MONTH_YEAR.search(lowered)) and m[1] in MONTH_STEMS:
        year, month = int(m[2]), MONTH_STEMS.index(m[1]) + 1
        return datetime.date(year, month, 1), datetime.date(year, month, calendar.monthrange(year, month)[1])
    if (y := YEAR.search(when)) is not None:
        return datetime.date(int(y.group()), 1, 1), datetime.date(int(y.group()), 12, 31)
    return None


def date_scope(text: str) -> tuple[datetime.date | None, datetime.date | None] | None:
    """The first and last publishing day a statement keyed to dates covers (:data:`DATE_KEYED`; ``None`` for an
    open end), or ``None`` when it is keyed to none: it covers every text it speaks of.

    >>> date_scope("Posts published up to 31 December 2019: creativecommons.org/licenses/by/4.0/")
    (None, datetime.date(2019, 12, 31))
    >>> date_scope("Posts before 2020 are CC BY 4.0."), date_scope("Articles from 1 March 2021 onward: ask first.")
    ((None, datetime.date(2019, 12, 31)), (datetime.date(2021, 3, 1), None))
    >>> date_scope("© 2005-2021 Ann Lee. All rights reserved."), date_scope("This post is CC BY 4.0.")
    (None, None)
    """
    m = DATE_KEYED.search(text)
    span = day_span(m["when"]) if m is not None else None
    if m is None or span is None:
        return None
    first, last = span
    if m["before"]:
        return None, first - datetime.timedelta(days=1)
    if m["until"]:
        return None, last
    if m["after"]:
        return last + datetime.timedelta(days=1), None
    if m["since"]:
        return first, None
    return first, last


def for_post_dated(statements: list[Statement], posted: datetime.date | None) -> list[Statement]:
    """``statements`` less those keyed to dates (:func:`date_scope`) that leave out a post published on ``posted``:
    a date-keyed licence covers each post by its own date. A post with no date takes the narrower: a grant keyed to
    dates cannot be shown to reach it, a reservation keyed to dates still may (SPEC r25 (q)).

    >>> old, new = find_cc("Posts before 2020 are CC BY 4.0."), find_statements("Posts from 2020 on: all rights "
    ...                                                                          "reserved.")[0]
    >>> [s.tag for s in for_post_dated([old, new], datetime.date(2019, 5, 1))]
    ['CC-BY-4.0']
    >>> [s.tag for s in for_post_dated([old, new], datetime.date(2021, 5, 1))], [s.tag for s in for_post_dated(
    ...     [old, new], None)]
    (['LicenseRef-all-rights-reserved'], ['LicenseRef-all-rights-reserved'])
    """
    kept: list[Statement] = []
    for statement in statements:
        scope = date_scope(statement.text) if statement.kind != "permission" else None
        if scope is None:
            kept.append(statement)
        elif posted is None:
            if statement.kind not in GRANT_KINDS:
                kept.append(statement)
        elif (scope[0] is None or scope[0] <= posted) and (scope[1] is None or posted <= scope[1]):
            kept.append(statement)
    return kept


# A grant's own end date, in the sentence granting it: "may be reprinted free ... until 31 December 2020", "this offer
# expires on 1 March 2019", "reprint rights valid through 2018" (SPEC r27 (s): compared with the article's date). A
# bare year counts only where no noun follows it ("up to 2000 readers" is a count) and never after "up to".
GRANT_ENDS = re.compile(rf"\b(?P<cue>until|till|through|up\s+to(?:\s+and\s+including)?|expir(?:es|ing)(?:\s+on)?"
                        rf"|valid\s+(?:until|till|through|to)|ends?\s+on)\s+(?:the\s+end\s+of\s+)?"
                        rf"(?P<when>{DATE}|(?P<year>(?:19|20)\d\d)\b(?![-–/]?\s*(?-i:[a-z])))", re.I)
# What keeps an end date from being the grant's: a span it closes ("from 2010 through 2019"), or a clause about
# another thing between the grant and it ("..., which covers ...", "though the code it mentions expires ...").
NOT_THE_GRANTS_END = re.compile(r"\b(?:from|between|since)\s+\S+(?:\s+\S+){0,3}\s*$"
                                r"|\b(?:which|who|whose|though|although|but|while|whereas)\b", re.I)


def grant_end(sentence: str) -> datetime.date | None:
    """The last day a grant's own words give it (:data:`GRANT_ENDS`), or ``None``: a grant "until DATE" ends then.
    A negated one opens a time instead ("not to be published until 9 May": an embargo), and ends nothing; nor does
    a date that closes a span or stands in a clause about another thing (:data:`NOT_THE_GRANTS_END`).

    >>> grant_end("This article may be reprinted free of charge, with this box, until 31 December 2020.")
    datetime.date(2020, 12, 31)
    >>> grant_end("Reprint rights valid through 2018."), grant_end("You may reprint it. Not for use until 9 May 2021.")
    (datetime.date(2018, 12, 31), None)
    >>> grant_end("You may reprint this article in your newsletter.") is None
    True
    >>> grant_end("Reprint this post in club bulletins of up to 1500 members."), grant_end("Reprint it up to 2019.")
    (None, None)
    >>> grant_end("You may reprint this essay, which tracks prices from 2001 through 2009, in your newsletter.")
    >>> grant_end("Reprint this piece freely, but the coupon in it expires on 2 June 2021.")
    """
    for m in GRANT_ENDS.finditer(sentence):
        before = sentence[_sentence_start(sentence, m.start()):m.start()]
        if m["year"] and m["cue"].lower().startswith("up") or NOT_THE_GRANTS_END.search(before):
            continue
        if NEGATION.search(before):
            return None
        span = day_span(m["when"])
        return span[1] if span is not None else None
    return None


def without_ended(statements: list[Statement], posted: datetime.date | None,
                  sentence_of: Callable[[Statement], str] = lambda s: s.text) -> list[Statement]:
    """``statements`` less each grant whose own end date (:func:`grant_end`, read in ``sentence_of(statement)``: its
    whole sentence where a hard wrap cut the statement's line) falls before ``posted``, the article's date: a grant
    that ended before the article came out grants nothing (SPEC r27 (s)). With no date to compare, it stays.

    >>> box = find_statements("You may reprint this article free, with this box, until 31 December 2020.")
    >>> [s.kind for s in without_ended(box, datetime.date(2023, 10, 10))], len(without_ended(box, None))
    ([], 1)
    >>> [s.kind for s in without_ended(box, datetime.date(2020, 6, 1))]
    ['reprint']
    """
    if posted is None:
        return statements
    return [s for s in statements if s.kind not in GRANT_KINDS
            or (end := grant_end(sentence_of(s))) is None or posted <= end]


# A reservation for one use of the texts: text and data mining, or training AI models on them (SPEC r27 (r): all-rights
# words beside a bare ©, leaving a licence or grant as it is). The use named, and words reserving or refusing it.
TDM_USE = re.compile(r"\btext\s+(?:and|&)\s+data[\s-]+mining\b|\bdata[\s-]+mining\b|\bTDM\b|\bno-?ai\b"
                     r"|\b(?:train(?:ing)?|fine-?tun\w*)\b[^.;]{0,40}?\b(?:AI|artificial\s+intelligence|models?|LLMs?"
                     r"|machine[\s-]+learning)\b|\b(?:AI|machine[\s-]+learning|model)\s+training\b", re.I)
TDM_REFUSED = re.compile(r"\breserved?\b|\bprohibit\w*|\bforbid\w*|\bnot\s+(?:be\s+)?(?:permitted|allowed|used)\b"
                         r"|\b(?:may|must|shall)\s+not\b|\bopt(?:s|ed)?[\s-]+out\b|\bno\s+(?:content|text|part|use)\b",
                         re.I)
# ... said of the site's or the page's own texts, or by the site itself ("text and data mining of this site", "no
# content here", "we reserve", "rights ... reserved", "no AI training"): never an article's report of what others
# refuse ("authors say their books must not be used to train AI").
TDM_OWN = re.compile(r"\b(?:this|our|these)\s+(?:[\w-]+\s+)?(?:site|web\s*site|blog|page|content|texts?|articles?"
                     r"|posts?|works?|material|publication|newsletter|feed)\b|\b(?:content|texts?|articles?|posts?)"
                     r"\s+(?:here|on\s+this)\b|\bno\s+(?:content|text|part)\b|\bwe\s+(?:\w+\s+)?reserve\b"
                     r"|\breserved\b|\bno[\s-]+(?:AI|TDM)\b", re.I)


def tdm_reserved(line: str) -> bool:
    """Whether a line reserves text and data mining or AI training of the texts (:data:`TDM_USE`,
    :data:`TDM_REFUSED`): beside the site's bare ©, all-rights words (SPEC r27 (r)); beside a licence, nothing.

    >>> tdm_reserved("Text and data mining of this site is reserved under Article 4(3) of the EU directive.")
    True
    >>> tdm_reserved("No content here may be used to train AI models."), tdm_reserved("We use data mining tools.")
    (True, False)
    >>> tdm_reserved("Many poets insist their verse must not be used to train AI models.")  # a report of others'
    False
    """
    return bool(TDM_USE.search(line) and TDM_REFUSED.search(line) and TDM_OWN.search(line))


def combine_grants(grants: list[Statement]) -> Statement:
    """Of several grants (a site's CC footer, the article's reprint notice), the one whose reuse answer is stricter
    (a wrong grant is worse than none); of equals, the stronger kind, then the one whose version is known.

    A notice that names a public licence and says in its own words what the licence lets a reader do ("shared
    under CC BY-SA 4.0: you may copy, adapt and pass it on"; "may be re-used free of charge under the Open
    Government Licence") is one statement, not two: the licence it names is what it grants, and its words are the
    licence's gloss, not a second, stricter reprint grant (:func:`glossed_licence`).

    >>> cc, box = find_cc("Text here is CC BY 4.0."), find_statements("You may reprint this article in your ezine.")[0]
    >>> combine_grants([cc, box]).tag
    'LicenseRef-free-reprint'
    >>> combine_grants(find_statements("Shared under CC BY 4.0: you may reprint this post in your newsletter.")).tag
    'CC-BY-4.0'
    """
    grants = without_glosses(grants) or grants
    return min(grants, key=lambda s: (REUSE_RANK[reuse(Licence(tag=s.tag, conditions=s.conditions)).answer],
                                      -STRENGTH[s.kind], s.tag.endswith("-unversioned")))


def combine(statements: list[Statement]) -> Licence:
    """Turn the statements of one article (in page order) into its ``Licence``.

    The tag is the strongest statement's (of two grants, the stricter reuse answer's); holder and year come from
    the copyright line (a website named as holder is never taken); ``statement`` holds each verbatim text once, in
    page order; ``conditions`` are the strongest statement's (a permission line adds its copyright line's).

    >>> lic = combine(find_statements("Copyright 2008 by JoAnna Brandi. Used with permission."))
    >>> lic.tag, lic.holder, lic.year, lic.statement
    ('LicenseRef-used-with-permission', 'JoAnna Brandi', 2008, 'Copyright 2008 by JoAnna Brandi. Used with permission.')
    >>> combine([]).tag
    'NOASSERTION'
    """
    if not statements:
        return Licence()
    statements = without_yielded(statements)  # a site's default grant gives way to the article's reservation
    statements = without_withdrawn(statements)  # a grant its writer withdrew ends (SPEC r25 (q))
    best = max(statements, key=lambda s: STRENGTH[s.kind])
    grants = [s for s in statements if s.kind in GRANT_KINDS]
    if any(s.kind == "permission" for s in statements):  # borrowed by leave: no grant passes on (module docstring)
        best = next(s for s in statements if s.kind == "permission")
    elif len(grants) > 1:
        best = combine_grants(grants)
    holder = next((s.holder for s in statements if s.holder and not is_site_holder(s.holder)), None)
    year = next((s.year for s in statements if s.year), None)
    texts: list[str] = []
    for s in statements:
        if not any(s.text in t for t in texts):
            texts = [t for t in texts if t not in s.text] + [s.text]
    conditions: list[str] = []
    for s in statements:
        if s.kind == best.kind or (s.kind, best.kind) == ("copyright", "permission"):
            conditions += [c for c in s.conditions if c not in conditions]
    return Licence(tag=best.tag, holder=holder, year=year, statement="\n".join(texts), conditions=conditions)
