"""Build the given-name lexicon (issue 16) and write it to ``pipeline/text/names_table.py``.

Source: the person providers of Faker (https://pypi.org/project/Faker/, MIT licence; the version is written into
the table's header): every locale's first names (male, female, unisex) and last names. Only the alphabets a
capitalised-words test misreads are kept (Latin, Cyrillic, Greek); names in other scripts stay with the rules'
shape tests. Two lists are written, folded as ``line_roles.name_key`` folds them (case, accents):

- ``GIVEN``: every given name (the fallback names only a span holding one);
- ``SURNAMES_AS_WORDS``: the surnames that are also frequent words in some language wordfreq knows (Zipf >=
  ``WORD_ZIPF_FLOOR``: "müller", "koch", "baker"), so the gate's "no common word" test does not reject them. Surnames
  that are no frequent word need no list: that test lets them through anyway.

Faker is needed only here, at build time (``pip install faker`` into a scratch venv or ``--faker-path`` a
folder holding its unpacked wheel), never at run time.

    python -m bench.build_name_lexicon [--faker-path DIR]           # write the table
    python -m bench.build_name_lexicon --check [--faker-path DIR]   # exit 1 when the table differs
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
from pathlib import Path

import regex

from bench.util import write_or_check
from pipeline.text.line_roles import name_key

TABLE = Path(__file__).resolve().parent.parent / "pipeline" / "text" / "names_table.py"
SCRIPTS = regex.compile(r"[\p{Latin}\p{Cyrillic}\p{Greek}][\p{Latin}\p{Cyrillic}\p{Greek}\p{M}'’.-]*")
# a surname at least this frequent as a word in one of these languages is listed; the gate's own threshold
# (``line_roles.COMMON_WORD_ZIPF``) is higher, so every surname it could reject is on the list
WORD_ZIPF_FLOOR = 3.0
WORD_LANGUAGES = ("en", "de", "fr", "es", "it", "nl", "pt", "pl", "sv", "da", "nb", "fi", "cs", "hu", "ro", "tr",
                  "ru", "uk", "bg", "el", "hr", "sr", "sk", "sl", "lt", "lv", "ca", "id", "ms", "vi", "tl")
LINE_CHARS = 108  # a table line's words (the line adds its indent and quotes)


def faker_names() -> tuple[str, set[str], set[str]]:
    """Faker's version and its given names and surnames in the kept scripts, as ``line_roles.name_key`` folds them
    (case and accents: "Ciarán" and "Ciaran" are one name)."""
    import faker
    import faker.providers.person as person

    given: set[str] = set()
    last: set[str] = set()
    for module in sorted(m.name for m in pkgutil.iter_modules(person.__path__)):
        provider = importlib.import_module(f"faker.providers.person.{module}").Provider
        for attr in sorted(dir(provider)):
            values = getattr(provider, attr)
            if not isinstance(values, (list, tuple, dict, set, frozenset)):
                continue
            target = (given if attr.startswith(("first_names", "middle_names")) else last if "last_names" in attr
                      else None)
            if target is not None:
                target.update(name_key(v) for v in values if isinstance(v, str) and SCRIPTS.fullmatch(v))
    version = getattr(faker, "VERSION", None) or getattr(faker, "__version__", "?")
    return str(version), given, last


def _words_line(words: list[str]) -> list[str]:
    """The words packed into chunks of at most ``LINE_CHARS`` characters (each a line of the table)."""
    chunks: list[str] = []
    for word in words:
        if chunks and len(chunks[-1]) + 1 + len(word) <= LINE_CHARS:
            chunks[-1] += " " + word
        else:
            chunks.append(word)
    return chunks


def build() -> str:
    import wordfreq

    version, given, last = faker_names()
    as_words = sorted(s for s in last - given if " " not in s and max(
        wordfreq.zipf_frequency(s, lang) for lang in WORD_LANGUAGES) >= WORD_ZIPF_FLOOR)
    lines = [
        '"""Given names and word-like surnames for the learned author fallback\'s person test (``line_roles``),',
        "written by ``python -m bench.build_name_lexicon``, never by hand.",
        "",
        f"Source: Faker {version} (https://pypi.org/project/Faker/, MIT licence, (c) Daniele Faraglia and its",
        "contributors): the first, middle and last names of every locale's person provider, in Latin, Cyrillic and",
        "Greek script, folded by line_roles.name_key (case, accents).",
        f"GIVEN: {len(given)} given names. SURNAMES_AS_WORDS: {len(as_words)} surnames that are also words of",
        f"Zipf >= {WORD_ZIPF_FLOOR} in one of {len(WORD_LANGUAGES)} languages (wordfreq). Space-separated strings,",
        "split into sets when first asked for (``line_roles._lexicon``): importing this module costs one string each.",
        '"""',
        "",
        "GIVEN = (",
        *(f'    "{chunk} "' for chunk in _words_line(sorted(given))),
        ")",
        "",
        "SURNAMES_AS_WORDS = (",
        *(f'    "{chunk} "' for chunk in _words_line(as_words)),
        ")",
        "",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.build_name_lexicon", description=__doc__.split("\n")[0])
    parser.add_argument("--faker-path", help="a folder holding the faker package (an unpacked wheel)")
    parser.add_argument("--check", action="store_true", help="exit 1 when the shipped table differs")
    args = parser.parse_args(argv)
    if args.faker_path:
        sys.path.insert(0, args.faker_path)
    return write_or_check(TABLE, build(), args.check, "python -m bench.build_name_lexicon")


if __name__ == "__main__":
    sys.exit(main())
