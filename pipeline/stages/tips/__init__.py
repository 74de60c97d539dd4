"""Tips stage: split each article's body into self-contained, attributed, licence-tagged tips.

The splitter is a set of pure functions over an article's body text. It finds what an editor would call
the tips of an article, in this order of evidence:

1. **numbered** lists at line start (``1.``, ``1)``, ``(1)``, ``Tip #1:``, ``Step 1 -``, ``#1``), and numbered
   runs inside one paragraph (``… people. 1. The job … 2. Be proud … 3.Being good …``). Numbers must form a
   sequence (1, 2, 3 …; one skipped number and restarts at 1 are allowed), so ``in 2008``, ``10 customers`` or
   ``3.5%`` never start a tip;
2. **bullet** lists (``•``, ``·``, ``-``, ``*``, ``–`` …; the reader renders HTML ``<ul>`` items as ``• `` lines
   and ``<ol>`` items as ``1. `` lines);
3. "When this happens … / Try this" pairs and **headed** sections (a short title line and its paragraphs);
4. **paragraph** tips, only when nothing above was found and the article reads as one piece of advice per
   paragraph; the introduction and the conclusion are left out.

Paragraphs between two items belong to the earlier one; paragraphs after the last item stay with it while
they continue it (no closing cue, shared words), and stop at the conclusion. Hard-wrapped lines are joined
first (a line break is a wrap when the next word would not have fitted on the line).

Everything works on character offsets into the body, so each tip is a set of spans of the body: its text is
those spans, whitespace-normalised, minus the list marker; nothing is invented and nothing inside a list is
lost. A guard stops the search at the first licence statement, bio or "About the Author" marker, so no
tip carries boilerplate even when the boilerplate stage did not run.

The package keeps patterns and tables (``patterns.py``) apart from the logic: ``paras.py`` cuts the body into
paragraphs, ``detect.py`` holds the detectors (one signature) and their ordered registry ``DETECTORS`` (the
precedence above, as data), ``split.py`` runs them; the stage (``run``) and its declaration are here.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace

from ...records import Article, Licence, Record, Tip
from ...stage import StageKind
from ...stats import StageStats
from ...text.terms import credit_line, licence_flags, reuse
from .config import FORMS, TipsConfig
from .detect import DETECTORS, Context, Detector, FoundTip, Item, Split
from .paras import closes_list, lead_sentence, normalise, paragraphs
from .patterns import GUARD
from .split import guard_offset, split_text

__all__ = ["DETECTORS", "FORMS", "GUARD", "NAME", "STAGE", "Context", "Detector", "FoundTip", "Item", "Split",
           "TipsConfig", "closes_list", "credit_line", "guard_offset", "lead_sentence", "licence_flags", "normalise",
           "paragraphs", "run", "split_article", "split_text", "stops_of"]

NAME = "tips"


def _copy_licence(licence: Licence | None) -> Licence | None:
    return None if licence is None else replace(licence, conditions=list(licence.conditions))


def stops_of(article: Article) -> list[str]:
    """Texts of the article known to be end matter: they end the search for tips."""
    stops = []
    if article.licence is not None and article.licence.statement:
        stops.append(article.licence.statement)
    if article.author_bio is not None and article.author_bio.text:
        stops.append(article.author_bio.text)
    if article.signoff:
        stops.append(article.signoff)
    if article.author:
        stops.append(f"About {article.author}")  # a blog's author box: "About Maren Olsen" and her bio
    return stops


def split_article(article: Article, config: TipsConfig) -> tuple[Article, list[Tip], Split]:
    """Return the article with ``tip_count``/``expected_tip_count`` set, its tips, and the raw split."""
    split = split_text(article.text, config, article.title, stops_of(article), article.html_leads)
    decided = reuse(article.licence)
    out = replace(article, flags=list(article.flags), tip_count=len(split.tips), expected_tip_count=split.expected,
                  reuse=decided.answer, reuse_conditions=list(decided.conditions), html_leads=[])  # handed over
    if split.expected is not None and split.tips and split.expected != len(split.tips):
        out.add_flag("tips-fewer-than-expected" if len(split.tips) < split.expected else "tips-more-than-expected")
    credit = credit_line(article.author, article.licence, article.source.url)
    # attribution-inherited travels with the tips: their author came from the original, and dedup must know it
    extra = licence_flags(article.licence) + [f for f in article.flags if f == "attribution-inherited"]
    keep_bio = article.licence is not None and decided.keep_bio
    tips = []
    for position, found in enumerate(split.tips, start=1):
        tips.append(Tip(
            id=Tip.make_id(article.id, found.text),
            article_id=article.id,
            position=position,
            of=len(split.tips),
            headline=found.headline,
            text=found.text,
            form=found.form,
            source=replace(article.source),
            author=article.author,
            licence=_copy_licence(article.licence),
            reuse=decided.answer,
            reuse_conditions=list(decided.conditions),
            attribution=credit,
            flags=sorted(set(found.flags) | set(extra)),
            repairs=dict(article.repairs),
            author_bio=replace(article.author_bio, emails=list(article.author_bio.emails),
                               urls=list(article.author_bio.urls)) if keep_bio and article.author_bio else None,
        ))
    return out, tips, split


def run(records: Iterable[Record], config: TipsConfig, stats: StageStats) -> Iterator[Record]:
    """Yield each article (with its tip counts) followed by its tips; other records pass through."""
    for record in records:
        if not isinstance(record, Article):
            stats.count("passed_through")
            yield record
            continue
        article, tips, split = split_article(record, config)
        stats.count("articles")
        stats.count("tips", len(tips))
        if tips:
            stats.count("articles_with_tips")
        elif split.candidates:
            stats.count("too_few_tips")
        if split.guard < len(record.text):
            stats.count("stopped_at_end_matter")
        if split.expected is not None:
            stats.count("expected_count_stated")
            if tips and split.expected != len(tips):
                stats.count("expected_count_mismatch")
        for tip in tips:
            stats.count(f"form_{tip.form}")
        yield article
        yield from tips


STAGE = StageKind(NAME, per_document=True, run=run)  # each article is split on its own
