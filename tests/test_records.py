import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipeline import io
from pipeline.records import (
    Article,
    AuthorBio,
    Licence,
    Relation,
    Source,
    Tip,
    content_id,
    from_dict,
    to_dict,
)


def make_source(**kw) -> Source:
    base = dict(path="raw/a.txt", sha256="a" * 64, size=10, format="txt")
    base.update(kw)
    return Source(**base)


def test_article_id_depends_on_content_not_path():
    a = Article.make_id(make_source(path="x.txt"))
    b = Article.make_id(make_source(path="elsewhere/y.txt"))
    c = Article.make_id(make_source(sha256="b" * 64))
    d = Article.make_id(make_source(part=1))
    assert a == b
    assert len({a, c, d}) == 3


def test_nested_fields_round_trip():
    art = Article(
        id=content_id("x"), source=make_source(url="http://example.org/a"), text="Body.", title="T",
        author="Ann Lee", author_bio=AuthorBio("Ann writes.", emails=["a@b.c"], urls=["http://b.c"]),
        licence=Licence(tag="LicenseRef-free-reprint", holder="Ann Lee", year=2008, statement="Reprint ok.",
                        conditions=["keep-author-bio"]),
        derived_from=Relation(id=content_id("y"), overlap=0.6, method="containment"),
        repairs={"repparttar": 3}, flags=["spun"],
    )
    back = from_dict(json.loads(io.dumps(art)))
    assert back == art
    assert isinstance(back.licence, Licence) and isinstance(back.source, Source)


def test_from_dict_rejects_unknown_fields_and_missing_required():
    d = to_dict(Article(id="1" * 16, source=make_source(), text="x"))
    d["colour"] = "red"
    with pytest.raises(ValueError, match="unknown field.*colour"):
        from_dict(d)
    with pytest.raises(ValueError, match="bad article record"):
        from_dict({"kind": "article", "id": "1" * 16})


def test_add_repairs_and_flags_are_tidy():
    art = Article(id="1" * 16, source=make_source(), text="x")
    art.add_repairs({"a": 2, "b": 0})
    art.add_repairs({"a": 1})
    art.add_flag("spun")
    art.add_flag("spun")
    art.add_flag("attribution-missing")
    assert art.repairs == {"a": 3}
    assert art.flags == ["attribution-missing", "spun"]


texts = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1)


@given(text=texts, title=st.none() | texts, part=st.integers(min_value=0, max_value=50),
       counts=st.dictionaries(st.from_regex(r"[a-z_]{1,12}", fullmatch=True), st.integers(1, 10**6)))
def test_jsonl_round_trip_any_text(text, title, part, counts):
    source = make_source(part=part)
    art = Article(id=Article.make_id(source), source=source, text=text, title=title, repairs=counts)
    tip = Tip(id=Tip.make_id(art.id, text), article_id=art.id, position=1, of=1, headline=text[:20], text=text,
              form="paragraph", source=source)
    for record in (art, tip):
        line = io.dumps(record)
        assert "\n" not in line
        assert io.loads_record(line) == record


def _rich_article():
    from pipeline.records import Article, AuthorBio, Cluster, Licence, Relation, Source

    return Article(
        id="a" * 16, source=Source("raw/a.txt", "0" * 64, 3, "txt", line=2, part=1), text="Body.", title="T",
        author_bio=AuthorBio("Jo writes.", ["jo@x.org"], ["http://x.org"]),
        licence=Licence("CC-BY-4.0", "Jo", 2009, "s", ["attribution-required"]), flags=["spun"],
        scores={"spun": 0.5}, repairs={"mojibake": 2}, removed={"tags_line": 1},
        removed_spans=[{"stage": "boilerplate", "rule": "tags_line", "start": 0, "end": 3, "text": "x"}],
        cluster=Cluster("c", "a" * 16, 2, ["a", "b"], ["x", "y"]), duplicate_of=Relation("b" * 16, 0.9, "m"),
        meta={"page_parts": 2, "html_sources": {"title": "h1", "author": "byline"}},
    )


def test_to_dict_is_asdict_but_for_the_typed_forms():
    """Every field in dataclass order, a hand-off (between stages) only while it holds something; mappings
    become sorted {name, count|value} lists; meta has every declared key (null when absent), so two runs' columns
    agree."""
    import dataclasses

    from pipeline.records import Meta, from_dict, to_dict

    a = _rich_article()
    hand_offs = [f.name for f in dataclasses.fields(a) if f.metadata.get("hand_off")]
    assert hand_offs == ["html_starts", "html_bylines", "html_leads"]
    assert not set(hand_offs) & set(to_dict(a))  # empty: not written
    a.html_starts, a.html_bylines = ["Second Title"], ["Bo Ng"]
    a.html_leads = ["Lower the lamps"]
    got, plain = to_dict(a), dataclasses.asdict(a)
    assert got["html_starts"] == ["Second Title"] and got["html_bylines"] == ["Bo Ng"]
    assert got["html_leads"] == ["Lower the lamps"]
    assert list(got) == list(plain)
    typed = {"scores", "repairs", "removed", "meta"}
    assert {k: v for k, v in got.items() if k not in typed} == {k: v for k, v in plain.items() if k not in typed}
    assert got["repairs"] == [{"name": "mojibake", "count": 2}] and got["scores"] == [{"name": "spun", "value": 0.5}]
    assert list(got["meta"]) == list(Meta.__annotations__)
    assert got["meta"]["page_parts"] == 2 and got["meta"]["site_name"] is None
    assert got["meta"]["html_sources"] == [{"name": "author", "value": "byline"}, {"name": "title", "value": "h1"}]
    assert got["removed_spans"][0]["rule"] == "tags_line"
    assert from_dict(json.loads(json.dumps(got))) == a


def test_undeclared_meta_key_fails_when_written_naming_it():
    from pipeline.records import to_dict

    a = _rich_article()
    a.meta["colour"] = "red"
    with pytest.raises(ValueError, match="meta: undeclared key.*colour.*pipeline.records.Meta"):
        to_dict(a)


def test_first_version_records_are_read_and_come_out_current():
    from pipeline.records import ARTICLE_SCHEMA, from_dict, to_dict

    old = to_dict(_rich_article()) | {"repairs": {"mojibake": 2}, "meta": {"page_parts": 2},
                                      "schema": "tipline.article/1"}
    again = from_dict(old)
    assert again.repairs == {"mojibake": 2} and again.meta == {"page_parts": 2} and again.schema == ARTICLE_SCHEMA


def test_clone_is_a_deep_copy_sharing_nothing_mutable():
    import copy

    from pipeline.records import clone

    a = _rich_article()
    b = clone(a)
    assert b == a == copy.deepcopy(a)
    b.licence.conditions.append("x")
    b.meta["html_sources"]["title"] = "og:title"
    b.cluster.members.append("c")
    b.author_bio.emails.clear()
    assert a == _rich_article()
