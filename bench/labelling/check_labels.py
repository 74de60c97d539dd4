"""A blind writer's labels checked against the label form, before they are joined (prints counts and problems only,
never page text, so the lead can run it on a part that is sealed to him).

    python -m bench.labelling.check_labels tests/fixtures/realpages/holdout23 a
"""

from __future__ import annotations

import json
import sys
import unicodedata
from pathlib import Path

from bench.real_pages import LABEL_TAG, reuse_from_tag

WHY_NO_ARTICLE = ("teaser", "no article", "articles []", "not articles")
FIELDS = {"title", "author", "licence", "reuse", "tips"}


def problems(labels: dict, pages: set[str]) -> list[str]:
    """What is wrong with one hand's ``labels`` (keys starting ``_`` are notes) for the page files ``pages``.

    >>> ok = {"title": "T", "author": None, "licence": "CC-BY-4.0", "reuse": "excerpt-ok", "tips": ["Do it"]}
    >>> problems({"_about": "x", "a.txt": {"type": "t", "shape": "s", "articles": [ok]}}, {"a.txt"})
    []
    >>> for problem in problems({"a.txt": {"type": "t", "shape": "s", "articles": [dict(ok, reuse="unknown")]}},
    ...                         {"a.txt", "b.txt"}):
    ...     print(problem)
    labels without page: []; pages without label: ['b.txt']
    a.txt[0]: reuse 'unknown' but the spec maps CC-BY-4.0 to 'excerpt-ok'

    A country port takes SPDX's id for it (SPEC, round 18):

    >>> problems({"a.txt": {"type": "t", "shape": "s", "articles": [dict(ok, licence="CC-BY-SA-3.0-DE")]}}, {"a.txt"})
    []
    """
    found = []
    keys = {k for k in labels if not k.startswith("_")}
    if keys != pages:
        found.append(f"labels without page: {sorted(keys - pages)}; pages without label: {sorted(pages - keys)}")
    for name in sorted(keys):
        label = labels[name]
        if not (label.get("type") and label.get("shape") and isinstance(label.get("articles"), list)):
            found.append(f"{name}: needs type, shape and an articles list")
            continue
        if not label["articles"] and not any(w in label["shape"].lower() for w in WHY_NO_ARTICLE):
            found.append(f"{name}: no article, and the shape does not say why ('no article' / 'teasers only')")
        for i, art in enumerate(label["articles"]):
            if set(art) != FIELDS:
                found.append(f"{name}[{i}]: fields must be exactly title, author, licence, reuse, tips")
                continue
            if not LABEL_TAG.fullmatch(art["licence"]):
                found.append(f"{name}[{i}]: licence tag {art['licence']!r} is not of the spec's form")
            elif art["reuse"] != reuse_from_tag(art["licence"]):
                found.append(f"{name}[{i}]: reuse {art['reuse']!r} but the spec maps {art['licence']} to "
                             f"{reuse_from_tag(art['licence'])!r}")
            for text in (art["title"], art["author"], *art["tips"]):
                if text is not None and (text != unicodedata.normalize("NFC", text) or text != text.strip()):
                    found.append(f"{name}[{i}]: {text[:40]!r} is not NFC or has outer spaces")
    return found


def main(argv: list[str]) -> int:
    directory, hand = Path(argv[0]), argv[1]
    labels = json.loads((directory / f"labels-{hand}.json").read_text(encoding="utf-8"))
    pages = {p.name for p in directory.iterdir() if p.suffix in (".txt", ".html") and p.name[1:2] == hand}
    keys = [k for k in labels if not k.startswith("_")]
    articles = sum(len(labels[k].get("articles") or []) for k in keys)
    print(f"{len(keys)} pages ({sum(k.endswith('.html') for k in keys)} HTML), {articles} articles, "
          f"{len({labels[k].get('type') for k in keys})} types")
    found = problems(labels, pages)
    print("\n".join(found) or "form OK")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
