"""bench.html_sets.run_chain: stage options given to the chain reach the stage (the trafilatura-eval bench's
``BENCH_LINE_ROLES`` runs segment's learned line roles through them)."""

from bench import html_sets as H
from bench.bench_html_trafilatura_eval import chain_options
from pipeline.stages import segment

PAGE = H.Page(key="garden", truth={}, html=(
    b"<html><head><title>Watering Pots in Summer | Leafy Corner</title></head><body><article>"
    b"<h1>Watering Pots in Summer</h1><p>By Ona Vesterby</p>"
    b"<p>Pots dry out faster than beds, so check the soil with a finger each morning before you water.</p>"
    b"<p>Water deeply until it runs from the drainage hole, then let the top inch dry before the next round.</p>"
    b"</article></body></html>"))


def _modes_seen(monkeypatch, options):
    seen = []
    real = segment._learned_roles

    def spy(article, lines, record, mode, *rest, **kw):
        seen.append(mode)
        return real(article, lines, record, mode, *rest, **kw)

    monkeypatch.setattr(segment, "_learned_roles", spy)
    _, meta, _ = H.run_chain([PAGE], ["repair", "boilerplate", "segment"], options)
    assert "garden" in meta  # the page went through
    return seen


def test_run_chain_gives_segment_the_line_roles_mode(monkeypatch):
    assert set(_modes_seen(monkeypatch, chain_options("title")[0])) == {"title"}


def test_run_chain_without_options_keeps_segments_default(monkeypatch):
    assert _modes_seen(monkeypatch, chain_options(None)[0]) == []  # "off": the learned roles never run
