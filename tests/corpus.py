"""A small, complete tipline output written for the gate and report tests: every rule passes on it as built.

It is what a full run (repair, boilerplate, licence, dedup, tips) would write for three pages plus a duplicate
and a rejected input, with lines from the seed pages. Tests change one thing (a defect) and rebuild, and the
manifest is rebuilt from the files, so that only the rule under test can fail.
"""

from __future__ import annotations

import copy
import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pipeline.io import dumps
from pipeline.records import Article, Cluster, Licence, Relation, Source, Tip, to_dict
from pipeline.text.licence import reuse

BRANDI = "JoAnna Brandi"
A_ID, B_ID, C_ID, D_ID = "a1a1a1a1a1a1a1a1", "b2b2b2b2b2b2b2b2", "c3c3c3c3c3c3c3c3", "d4d4d4d4d4d4d4d4"

# Before/after of the pages (the "before" files are written beside the output, so the report can compare).
PAGE_A = (
    "Author: JoAnna Brandi\n"
    "Here are 7 things that I think every customer service person needs to know.\n"
    "2. Be proud of what you do. You play an important role in the .pany’s success. Even if the wait times are "
    "long,repparttar 104500 customer can be won back.\n"
    "4. The customer is not always right. Sometimes they are wrong, sometimes they are mean.\n"
    "Share and Enjoy: Digg Sphinn del.icio.us Facebook Mixx Google Bookmarks BlinkList blogmarks Fark Faves "
    "LinkaGoGo LinkedIn\n"
    "Copyright 2008 by JoAnna Brandi. Used with permission.\n"
)
TEXT_A = (
    "Here are 7 things that I think every customer service person needs to know.\n"
    "2. Be proud of what you do. You play an important role in the company’s success. Even if the wait times "
    "are long, the customer can be won back.\n"
    "4. The customer is not always right. Sometimes they are wrong, sometimes they are mean."
)
PAGE_B = (
    "It's Still About Customer Service\n"
    "Written by Susan Dunn\n"
    "They can learn to make a positive connection with customers by simple techniques such as:\n"
    "·Making eye contact and smiling\n"
    "Notice – You are allowed to publish this article in its entirety provided that author’s name, bio and "
    "website links must remain intact.\n"
)
TEXT_B = "They can learn to make a positive connection with customers by simple techniques such as:\n• Making eye " \
         "contact and smiling"
PAGE_C = (
    "Customer Service Either you are a small business owner or the Manager of Customer Service.\n"
    "2. Be proud of what you do. You play an important role in the .pany’s success.\n"
)
TEXT_C = (
    "Customer Service Either you are a small business owner or the Manager of Customer Service.\n"
    "2. Be proud of what you do. You play an important role in the company’s success."
)


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@dataclass
class CleanDir:
    """Records and manifest parts of a small clean/ directory, editable before :meth:`write`."""

    root: Path
    articles: list[dict[str, Any]] = field(default_factory=list)
    tips: list[dict[str, Any]] = field(default_factory=list)
    extra_inputs: list[dict[str, Any]] = field(default_factory=list)
    raw_lines: dict[str, list[str]] = field(default_factory=dict)  # lines appended verbatim to a file

    @property
    def out(self) -> Path:
        return self.root / "clean"

    def article(self, record_id: str) -> dict[str, Any]:
        return next(a for a in self.articles if a["id"] == record_id)

    def inputs(self) -> list[dict[str, Any]]:
        entries = []
        for a in self.articles:
            if a["id"] in {e["id"] for e in entries}:
                continue
            src = a["source"]
            entries.append({"id": a["id"], "path": src["path"], "sha256": src["sha256"], "size": src["size"],
                            "format": src["format"], "encoding": "utf-8", "fate": "emitted", "emitted": [a["id"]]})
        for e in entries:
            del e["id"]
        return sorted(entries + copy.deepcopy(self.extra_inputs), key=lambda e: e["path"])

    def manifest(self, outputs: dict[str, Any]) -> dict[str, Any]:
        inputs = self.inputs()
        fates = [e["fate"] for e in inputs]
        return {
            "schema": "tipline.manifest/1",
            "tipline_version": "0.1.0",
            "options": {},
            "totals": {"inputs": len(inputs), "emitted": fates.count("emitted"), "duplicate": fates.count("duplicate"),
                       "rejected": fates.count("rejected"), "articles": len(self.articles), "tips": len(self.tips)},
            "inputs": inputs,
            "stages": {"read": {"total": 5, "forwarded": 4, "dropped": 1, "counters": {"format_txt": 4}}},
            "repairs": {},
            "learned": {},
            "outputs": outputs,
            "run": {"workers": 1},
        }

    def write(self) -> Path:
        """Write articles.jsonl, tips.jsonl and a manifest that accounts for them; return the directory."""
        self.out.mkdir(parents=True, exist_ok=True)
        outputs = {}
        for name, records in (("articles.jsonl", self.articles), ("tips.jsonl", self.tips)):
            lines = [dumps(r) for r in records] + self.raw_lines.get(name, [])
            data = "".join(line + "\n" for line in lines).encode("utf-8")
            (self.out / name).write_bytes(data)
            outputs[name] = {"sha256": sha(data), "bytes": len(data), "records": len(records)}
        (self.out / "manifest.json").write_text(json.dumps(self.manifest(outputs), indent=2, sort_keys=True) + "\n",
                                                encoding="utf-8")
        return self.out


def _source(root: Path, name: str, page: str) -> Source:
    data = page.encode("utf-8")
    path = root / "raw" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return Source(path=str(path), sha256=sha(data), size=len(data), format="txt", encoding="utf-8",
                  encoding_method="utf-8")


def _tip(article: Article, position: int, of: int, headline: str, text: str, form: str = "numbered") -> Tip:
    licence = copy.deepcopy(article.licence)
    credit = f"By {article.author}. {licence.statement}" if article.author else None
    decided = reuse(licence)
    return Tip(id=Tip.make_id(article.id, text), article_id=article.id, position=position, of=of, headline=headline,
               text=text, form=form, source=article.source, author=article.author, licence=licence,
               reuse=decided.answer, reuse_conditions=list(decided.conditions), attribution=credit,
               repairs=dict(article.repairs))


def build(root: Path) -> CleanDir:
    """Return the fixture (not yet written) under ``root``: three articles, three tips, a duplicate, a reject."""
    a = Article(
        id=A_ID, source=_source(root, "a.txt", PAGE_A), text=TEXT_A, title="7 Things Every Customer Service Person "
        "Needs to Know", author=BRANDI, language="en",
        licence=Licence(tag="LicenseRef-used-with-permission", holder=BRANDI, year=2008,
                        statement="Copyright 2008 by JoAnna Brandi. Used with permission.",
                        conditions=["attribution-required"]),
        repairs={"stripped_com": 1, "repparttar": 1}, removed={"share_links": 1, "byline": 1}, tip_count=2,
        cluster=Cluster(id="cluster-" + A_ID, canonical=A_ID, size=2, members=[A_ID, D_ID],
                        member_sources=[str(root / "raw" / "a.txt"), str(root / "raw" / "d.txt")]),
    )
    b = Article(
        id=B_ID, source=_source(root, "b.txt", PAGE_B), text=TEXT_B, title="It's Still About Customer Service",
        author="Susan Dunn", language="en",
        licence=Licence(tag="LicenseRef-free-reprint", holder="Susan Dunn", statement=PAGE_B.splitlines()[-1],
                        conditions=["entire-article-only", "keep-author-bio", "keep-links"]),
        repairs={"glued_bullet": 1}, removed={"byline": 1, "licence_notice": 1}, tip_count=1,
    )
    c = Article(
        id=C_ID, source=_source(root, "c.txt", PAGE_C), text=TEXT_C, title="Are You A Customer Service Person",
        author=BRANDI, language="en", licence=Licence(), flags=["attribution-missing"], repairs={"stripped_com": 1},
        derived_from=Relation(id=A_ID, overlap=0.6, method="containment"), tip_count=0,
    )
    tips = [
        _tip(a, 1, 2, "Be proud of what you do.", TEXT_A.splitlines()[1].removeprefix("2. ")),
        _tip(a, 2, 2, "The customer is not always right.", TEXT_A.splitlines()[2].removeprefix("4. ")),
        _tip(b, 1, 1, "Making eye contact and smiling", "Making eye contact and smiling", form="bullet"),
    ]
    fixture = CleanDir(root=root, articles=[to_dict(r) for r in (a, b, c)], tips=[to_dict(t) for t in tips])
    duplicate = _source(root, "d.txt", PAGE_A.replace("Author: JoAnna Brandi\n", ""))
    fixture.extra_inputs = [
        {"path": duplicate.path, "sha256": duplicate.sha256, "size": duplicate.size, "format": "txt",
         "encoding": "utf-8", "fate": "duplicate", "emitted": [],
         "duplicates": [{"id": D_ID, "duplicate_of": A_ID, "overlap": 0.93, "method": "minhash-jaccard"}]},
        {"path": str(root / "raw" / "e.txt"), "sha256": sha(b"\x89PNG"), "size": 4, "format": "txt",
         "encoding": None, "fate": "rejected", "emitted": [], "reason": "binary",
         "rejected": [{"reason": "binary", "stage": "read", "detail": "binary content (png), not a text page"}]},
    ]
    return fixture
