"""`tipline report`: content, determinism, self-containment, and how it looks in a real browser (headless Chromium)."""

from __future__ import annotations

import json
import re
import shutil
import struct
import subprocess
import sys
import zlib
from pathlib import Path

import pytest

from pipeline import report
from tests import corpus
from tests.conftest import CLEAN, ROOT, invoke

SECTIONS = ["Run summary", "Quality gate", "Plots", "Duplicate clusters", "Licences and attribution",
            "Find an article", "Articles: repairs before and after"]
PLOTS = ["plot-repairs", "plot-clusters", "plot-tips", "plot-licences"]


@pytest.fixture
def written(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    return corpus.build(tmp_path).write()


def make_report(runner, path: Path, out: Path, *args: str) -> str:
    result = invoke(runner, "report", str(path), "-o", str(out), *args)
    assert result.exit_code == 0, result.output
    return out.read_text(encoding="utf-8")


def test_report_has_every_section_and_plot(runner, written, tmp_path):
    html = make_report(runner, written, tmp_path / "report.html")
    for title in SECTIONS:
        assert f"<h2>{title}</h2>" in html
    for plot in PLOTS:
        figure = re.search(rf'<figure id="{plot}">(.*?)</figure>', html, re.S).group(1)
        assert figure.startswith("<svg") and "</svg>" in figure, plot
    assert html.count("<svg") == 4


def test_report_summary_clusters_and_licences(runner, written, tmp_path):
    html = make_report(runner, written, tmp_path / "report.html")
    assert '<div class="card"><b>5</b>inputs</div>' in html
    assert '<div class="card"><b>3</b>tips</div>' in html
    assert "<code>binary</code>" in html and "binary content (png)" in html  # rejected, with its reason
    row = re.search(r"<tr><td><code>cluster-a1a1a1a1a1a1a1a1</code></td>(.*?)</tr>", html, re.S).group(1)
    assert corpus.A_ID in row and corpus.D_ID in row and "overlap 0.93" in row and "minhash-jaccard" in row
    assert "LicenseRef-used-with-permission" in html and "NOASSERTION" in html
    assert re.search(rf"{corpus.C_ID}.*?{corpus.A_ID}.*?0\.60.*?containment", html, re.S)  # derived copy


def test_report_shows_each_repair_before_and_after(runner, written, tmp_path):
    html = make_report(runner, written, tmp_path / "report.html")
    article = re.search(rf'<details class="article" id="a-{corpus.A_ID}".*?</details>', html, re.S).group(0)
    assert "<del>.pany’s</del> <ins>company’s</ins>" in article
    assert "<del>long,repparttar 104500</del> <ins>long, the</ins>" in article
    assert "<code>stripped_com</code>" in article and "1 longer passage(s)" in article  # share links, counted
    assert "flag: attribution-missing" in html


def test_report_without_sources_says_so(runner, written, tmp_path):
    html = make_report(runner, written, tmp_path / "report.html", "--no-sources", "--max-articles", "1")
    assert "<del>" not in html and "--no-sources" in html
    assert "2 more article(s) not shown" in html


def test_report_is_byte_identical_across_runs_and_places(runner, written, tmp_path):
    first = make_report(runner, written, tmp_path / "a.html")
    moved = tmp_path / "elsewhere" / "clean"
    shutil.copytree(written, moved)
    assert make_report(runner, moved, tmp_path / "b.html") == first


def test_report_is_self_contained(runner, written, tmp_path):
    html = make_report(runner, written, tmp_path / "report.html")
    scripts = re.findall(r"<script[^>]*>", html)
    assert scripts == ['<script type="application/json" id="article-index">', "<script>"]  # data, and the filter
    csp = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]*)">', html).group(1)
    assert "default-src 'none'" in csp and f"script-src '{report._script_hash(report.FILTER_SCRIPT)}'" in csp
    assert report.FILTER_SCRIPT in html  # the script allowed is the one on the page
    assert "@import" not in html and "<img" not in html
    assert not re.search(r"\bsrc=", html)
    assert re.findall(r'<link[^>]*>', html) == ['<link rel="icon" href="data:,">']
    assert set(re.findall(r'href="([^"#][^"]*)"', html)) <= {"data:,"}  # only in-page anchors
    assert not re.search(r"url\((?!#)", html)


def test_report_of_the_foundation_output_needs_no_manifest(runner, written, tmp_path):
    (written / "manifest.json").unlink()
    html = make_report(runner, written / "articles.jsonl", tmp_path / "report.html")
    assert "No manifest.json" in html and "tipline report: articles.jsonl" in html


def test_report_usage_errors(runner, tmp_path):
    assert invoke(runner, "report", str(tmp_path / "missing"), "-o", str(tmp_path / "r.html")).exit_code == 2
    assert invoke(runner, "report", "-", "-o", str(tmp_path / "r.html")).exit_code == 2


def test_word_diff_keeps_short_changes_and_counts_long_passages():
    before = "Posted by admin " + "Digg " * 30 + "You play an important role in the .pany’s success."
    diff = report.word_diff(before, "You play an important role in the company’s success.", context=2)
    assert [(h.left, h.old, h.new, h.right) for h in diff.hunks] == [("… in the", ".pany’s", "company’s", "success.")]
    assert (diff.passages, diff.passage_words) == (1, 33)


# ------------------------------------------------------------------------------------------- in a real browser


def chromium() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        found = shutil.which(name)
        if found:
            return found
    return None


def browse(exe: str, url: str, profile: Path, *action: str) -> subprocess.CompletedProcess:
    """Open ``url`` in headless Chromium with the network unreachable and console messages logged to stderr."""
    cmd = [exe, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
           "--disable-component-update", "--disable-sync", "--no-first-run", f"--user-data-dir={profile}",
           "--host-resolver-rules=MAP * ~NOTFOUND",  # the page must not need the network
           "--enable-logging=stderr", "--v=0", "--window-size=1280,4200", *action, url]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=180)


def png_pixels(path: Path) -> tuple[int, int, bytes]:
    """Return width, height and the raw (filtered) scanline bytes of a PNG, with no imaging library."""
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, size = 8, b"", (0, 0)
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            size = struct.unpack(">II", body[:8])
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    return size[0], size[1], zlib.decompress(idat)


def assert_renders(page: Path, tmp_path: Path) -> str:
    """Open ``page`` in headless Chromium: every section renders, no console message, a screenshot is saved."""
    exe = chromium()
    if exe is None:
        pytest.skip("chromium is not installed; `make test` installs Debian's chromium with apt-get where it can "
                    "(root on Debian); elsewhere install Chromium to run this test")
    url = page.resolve().as_uri()
    dom = browse(exe, url, tmp_path / "profile-dom", "--dump-dom")
    assert dom.returncode == 0, dom.stderr[-2000:]
    for title in SECTIONS:
        assert f"<h2>{title}</h2>" in dom.stdout, title
    console = re.findall(r":CONSOLE[^\]]*\] (.*)", dom.stderr)
    assert console == [], console

    shot = tmp_path / "report.png"
    run = browse(exe, url, tmp_path / "profile-shot", f"--screenshot={shot}")
    assert run.returncode == 0 and shot.exists(), run.stderr[-2000:]
    assert re.findall(r":CONSOLE[^\]]*\] (.*)", run.stderr) == []
    width, height, pixels = png_pixels(shot)
    assert (width, height) == (1280, 4200)
    assert len(set(pixels[: 1 << 20])) > 16  # not a blank page: text, tables and charts give many values
    print(f"screenshot: {shot}")
    return dom.stdout


@pytest.mark.slow  # a browser
def test_report_renders_in_headless_chromium(runner, written, tmp_path):
    page = tmp_path / "report.html"
    make_report(runner, written, page)
    dom = assert_renders(page, tmp_path)
    assert dom.count("<svg") == 4 and "<del>.pany’s</del>" in dom
    body = re.search(r'<tbody id="index-rows">(.*?)</tbody>', dom, re.S).group(1)
    assert body.count("<tr>") == 3 and "3 of 3 article(s) match" in dom  # the script ran: every article listed


@pytest.mark.slow  # a browser
def test_report_filter_finds_an_article_beyond_the_detailed_ones(seeds_run, tmp_path):
    """The filter (given in the URL, #q=...) searches every article, also those not shown in detail."""
    exe = chromium()
    if exe is None:
        pytest.skip("chromium is not installed")
    page = seeds_run / "report.html"
    report_of(seeds_run, "--max-articles", "1")
    dom = browse(exe, page.resolve().as_uri() + "#q=susan%20dunn", tmp_path / "profile", "--dump-dom")
    assert dom.returncode == 0 and re.findall(r":CONSOLE[^\]]*\] (.*)", dom.stderr) == [], dom.stderr[-2000:]
    body = re.search(r'<tbody id="index-rows">(.*?)</tbody>', dom.stdout, re.S).group(1)
    rows = re.findall(r"<tr>(.*?)</tr>", body)
    assert len(rows) == 1 and "Susan Dunn" in rows[0] and "It's Still About Customer Service" in rows[0], rows
    assert "1 of 6 article(s) match" in dom.stdout


@pytest.mark.slow  # a browser
def test_committed_report_renders_in_headless_chromium(tmp_path):
    assert_renders(CLEAN / "report.html", tmp_path)


# ------------------------------------------------------------------------------------------------ crafted records


def tipline_report(path: Path, out: Path, *args: str) -> subprocess.CompletedProcess:
    """The real command in a subprocess: an internal error (exit 70) or a memory blow-up shows as it would."""
    return subprocess.run([sys.executable, "-m", "pipeline", "report", str(path), "-o", str(out), *args],
                          capture_output=True, text=True, cwd=Path(__file__).resolve().parent.parent, timeout=120)


def craft(written: Path, record_id: str | None = None, **fields) -> Path:
    """Change fields of an article of ``written``'s articles.jsonl (the first unless ``record_id`` is given;
    ``a__b`` reaches field b of object a)."""
    path = written / "articles.jsonl"
    lines = path.read_text(encoding="utf-8").splitlines()
    at = next(i for i, line in enumerate(lines) if record_id is None or json.loads(line)["id"] == record_id)
    record = json.loads(lines[at])
    for name, value in fields.items():
        *outer, last = name.split("__")
        node = record
        for key in outer:
            node = node[key]
        node[last] = value
    lines[at] = json.dumps(record, ensure_ascii=False)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_report_draws_dollars_in_labels_as_text(written, tmp_path):
    labels = {"$x^$": 2, "a$b$c": 1, r"$\foo$": 3}  # math text would fail on two, italicise one
    craft(written, repairs=[{"name": n, "count": c} for n, c in labels.items()])
    result = tipline_report(written, tmp_path / "r.html")
    assert result.returncode == 0, result.stderr
    html = (tmp_path / "r.html").read_text(encoding="utf-8")
    figure = re.search(r'<figure id="plot-repairs">(.*?)</figure>', html, re.S).group(1)
    for label in ("$x^$", "a$b$c", r"$\foo$"):
        assert f">{label}</text>" in figure, label  # drawn as the text it is


@pytest.mark.parametrize("fields, message", [
    ({"cluster": {"id": "c" * 16, "canonical": corpus.A_ID, "size": "many"}}, "cluster.size"),
    ({"tip_count": 3e8}, "tip_count"),
    ({"tip_count": 300000000}, "tip_count"),
    ({"repairs": [{"name": "stripped_com", "count": 10**400}]}, "repairs.stripped_com"),
    ({"flags": "not a list"}, "flags"),
    ({"source__path": 7}, "source.path"),
])
def test_report_skips_an_invalid_record_in_one_line(written, tmp_path, fields, message):
    craft(written, **fields)
    result = tipline_report(written, tmp_path / "r.html")
    assert result.returncode == 1, result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 2 and lines[1].startswith("tipline report: wrote"), lines
    assert re.match(rf"tipline report: .*articles\.jsonl:1: record skipped: {re.escape(message)}\b", lines[0]), lines
    html = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert "1 invalid record(s) skipped" in html and '<div class="card"><b>2</b>articles</div>' in html


def test_report_bounds_the_tips_histogram(written, tmp_path):
    craft(written, corpus.C_ID, tip_count=9999)  # valid (no tips written), but one bar per count: 10,000 bars
    result = tipline_report(written, tmp_path / "r.html")
    assert result.returncode == 0, result.stderr
    figure = re.search(r'<figure id="plot-tips">(.*?)</figure>',
                       (tmp_path / "r.html").read_text(encoding="utf-8"), re.S).group(1)
    assert f"{report.MAX_TIP_BINS}+" in figure and figure.count("<text") < 120


def test_report_leaves_out_a_crafted_manifest_in_one_line(written, tmp_path):
    manifest = json.loads((written / "manifest.json").read_text(encoding="utf-8"))
    manifest["inputs"] = [{"path": "x.txt", "duplicates": "many"}]
    (written / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    result = tipline_report(written, tmp_path / "r.html")
    assert result.returncode == 1, result.stderr
    [line, _] = result.stderr.splitlines()
    assert "manifest.json: manifest skipped: inputs.0" in line
    assert "No manifest.json" in (tmp_path / "r.html").read_text(encoding="utf-8")


# ------------------------------------------------------------------------------------------- real runs, parsed


SEED_TIPS = "001_cea7fd3a209b6896.txt"  # seven numbered tips, "Copyright 2008 by JoAnna Brandi. Used with permission."
SEED_SPLIT = "004_5be31a17305c0e76.txt"  # one page, two articles: its repairs (repparttar 30) belong to the page


def parse(html: str):
    from lxml import html as lxml_html

    return lxml_html.fromstring(html)


def text_of(node) -> str:
    return " ".join(node.text_content().split())


@pytest.fixture(scope="module")
def seeds_run(tmp_path_factory) -> Path:
    """The seeds run as `make clean-data` runs them: from the folder holding raw/, so source paths are relative."""
    base = tmp_path_factory.mktemp("seeds")
    shutil.copytree(ROOT / "raw", base / "raw")
    proc = subprocess.run([sys.executable, "-m", "pipeline", "--no-progress", "run", "raw", "clean"], cwd=base,
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    return base


@pytest.fixture(scope="module")
def dup_run(tmp_path_factory) -> Path:
    """The seeds plus three copies: two near-duplicates (one word changed: two article clusters) and one rewrite (a
    word changed on every line: kept, derived from its original, sharing two tips with it)."""
    base = tmp_path_factory.mktemp("dups")
    shutil.copytree(ROOT / "raw", base / "raw")
    for name in ("001_cea7fd3a209b6896", "002_7dca9ea3ca8daa6e", "003_c110c95d04de709f"):
        text = (base / "raw" / f"{name}.txt").read_text(encoding="utf-8")
        if name.startswith("002"):
            text = "\n".join(line.replace("customer", "client", 1) for line in text.split("\n"))
        else:
            text = text.replace("customer", "client", 1)
        (base / "raw" / f"copy_{name}.txt").write_text(text, encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "pipeline", "--no-progress", "run", "raw", "clean"], cwd=base,
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    return base


def report_of(base: Path, *args: str, cwd: Path | None = None) -> str:
    out = base / "report.html"
    proc = subprocess.run([sys.executable, "-m", "pipeline", "report", str(base / "clean"), "-o", str(out), *args],
                          cwd=cwd or base, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    return out.read_text(encoding="utf-8")


def svg_texts(page, plot: str) -> list[str]:
    texts = page.xpath(f'//figure[@id="plot-{plot}"]//*[local-name()="text"]')
    return [" ".join(t.text_content().split()) for t in texts]


def test_report_counts_a_split_page_repairs_once(seeds_run):
    manifest = json.loads((seeds_run / "clean" / "manifest.json").read_text(encoding="utf-8"))
    page = parse(report_of(seeds_run))
    labels = svg_texts(page, "repairs")
    assert manifest["repairs"]["repparttar"] == 30
    assert "30" in labels and "60" not in labels, labels  # the page's 30, not 30 per article of it
    total = sum(map(int, manifest["repairs"].values()))
    assert f"{total} changes" in text_of(page.get_element_by_id("plot-repairs"))


def test_report_shows_each_articles_tips_with_form_and_attribution(seeds_run):
    page = parse(report_of(seeds_run))
    article = next(d for d in page.xpath('//details[@class="article"]') if SEED_TIPS in text_of(d))
    rows = article.xpath('.//table[@class="tips"]//tr[td]')
    assert len(rows) == 7
    assert [text_of(r.xpath("td")[1]) for r in rows] == ["numbered"] * 7
    assert text_of(rows[0].xpath("td")[2]).startswith("You chose this job")
    assert "By JoAnna Brandi. Copyright 2008 by JoAnna Brandi. Used with permission." in text_of(article)


def test_report_licence_table_quotes_the_matched_statement(seeds_run):
    page = parse(report_of(seeds_run))
    table = page.get_element_by_id("licence-table")
    rows = {text_of(r.xpath("td")[0]): r for r in table.xpath(".//tr[td]")}
    row = rows["LicenseRef-used-with-permission"]
    assert "Copyright 2008 by JoAnna Brandi. Used with permission." in text_of(row.xpath("td")[1])
    # articles, tips: seed 001 (7 tips) and seed 000, its spun copy, which carries the strictest licence of its
    # cluster (issue 16) with the 3 tips left after tip dedup
    assert [text_of(td) for td in row.xpath("td")[2:4]] == ["2", "10"]
    assert "NOASSERTION" in rows and "(no statement found)" in text_of(rows["NOASSERTION"])


def test_report_shows_no_internal_stage_names(seeds_run):
    html = report_of(seeds_run)
    assert "dedup#2" not in html
    stages = text_of(parse(html).get_element_by_id("stages"))
    assert "dedup (articles)" in stages and "dedup (tips)" in stages


def test_report_keeps_article_and_tip_clusters_apart(dup_run):
    page = parse(report_of(dup_run))
    articles = page.get_element_by_id("article-clusters")
    assert len(articles.xpath(".//tr[td]")) == 2  # two copies dropped as duplicates: two clusters of two
    tips = page.get_element_by_id("tip-clusters")
    rows = tips.xpath(".//tr[td]")
    # one row per pair of inputs that share tips (not one row per shared tip), each with its count
    assert len(rows) == 2, [text_of(r) for r in rows]
    assert [int(text_of(r.xpath("td")[2])) for r in rows] == [2, 2]
    inputs = [[text_of(c) for c in r.xpath("td[1]/code")] for r in rows]
    # source paths are relative to the input root (issue 18)
    assert ["002_7dca9ea3ca8daa6e.txt", "copy_002_7dca9ea3ca8daa6e.txt"] in inputs, inputs
    tip_records = [json.loads(line) for line in (dup_run / "clean" / "tips.jsonl").read_text().splitlines()]
    assert sum(1 for t in tip_records if (t.get("cluster") or {}).get("canonical") == t["id"]) == 4
    figure = page.get_element_by_id("plot-clusters")
    assert "article" in text_of(figure).lower()


def test_report_indexes_every_article_for_the_filter(seeds_run):
    page = parse(report_of(seeds_run, "--max-articles", "1"))
    assert page.xpath('//input[@id="filter"]')
    index = json.loads(page.get_element_by_id("article-index").text)
    articles = [json.loads(line) for line in (seeds_run / "clean" / "articles.jsonl").read_text().splitlines()]
    assert len(index["rows"]) == len(articles) == 6  # all of them, though one is shown in detail
    ids = {row[index["fields"].index("id")] for row in index["rows"]}
    assert ids == {a["id"] for a in articles}
    assert len(page.xpath('//details[@class="article"]')) == 1


def test_report_finds_sources_from_another_directory_with_source_root(seeds_run, tmp_path):
    away = report_of(seeds_run, cwd=tmp_path)
    assert "<del>" not in away and "Before/after not available" in away
    found = report_of(seeds_run, "--source-root", str(seeds_run), cwd=tmp_path)
    assert "<del>" in found
    assert found == report_of(seeds_run)  # the same page as from where the run was made


def test_report_joins_the_input_root_a_manifest_records(seeds_run, tmp_path):
    """Outputs whose source paths are relative to the input root (recorded once, as the manifest's root): found
    from the run's folder, and from anywhere with --source-root."""
    moved = tmp_path / "v2"
    shutil.copytree(seeds_run / "clean", moved / "clean")
    shutil.copytree(seeds_run / "raw", moved / "raw")
    lines = []
    for line in (moved / "clean" / "articles.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        record["source"]["path"] = record["source"]["path"].removeprefix("raw/")
        lines.append(json.dumps(record, ensure_ascii=False))
    (moved / "clean" / "articles.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    manifest = json.loads((moved / "clean" / "manifest.json").read_text(encoding="utf-8"))
    manifest["root"] = "raw"
    (moved / "clean" / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    assert "<del>" in report_of(moved)
    assert "<del>" not in report_of(moved, cwd=tmp_path)
    assert "<del>" in report_of(moved, "--source-root", str(moved), cwd=tmp_path)
    assert "<del>" in report_of(moved, "--source-root", str(moved / "raw"), cwd=tmp_path)


def test_report_gate_says_a_share_failure_once(seeds_run):
    page = parse(report_of(seeds_run, "--max-noassertion-share", "0.1"))
    row = next(r for r in page.get_element_by_id("check").xpath(".//tr[td]") if "noassertion-share" in text_of(r))
    items = row.xpath(".//li")
    assert len(items) == 1 and "3 of 6 articles" in text_of(items[0]), [text_of(i) for i in items]


def test_report_reads_and_validates_each_record_once(written, monkeypatch):
    """The report rides on the gate's pass: each file is read once and each record schema-checked once."""
    from pipeline import check
    from pipeline.configs import ReportConfig

    reads, validations = [], []
    iter_lines, schema_errors = check.iter_lines, check.rules.schema_errors
    monkeypatch.setattr(check, "iter_lines", lambda path, *a: reads.append(path) or iter_lines(path, *a))
    monkeypatch.setattr(check.rules, "schema_errors",
                        lambda record, kind, **kw: validations.append(record.get("id")) or schema_errors(record, kind,
                                                                                                       **kw))
    html = report.build(check.resolve(str(written)), ReportConfig(), check.CheckConfig())
    assert "Quality gate" in html
    assert sorted(reads) == sorted(set(reads)) and len(reads) == 2  # articles.jsonl and tips.jsonl, once each
    assert len(validations) == len(set(validations)) > 0


def test_report_validates_records_itself_when_the_gate_ignores_the_schema(written):
    from pipeline import check
    from pipeline.configs import ReportConfig

    craft(written, tip_count="three")
    skipped: list[str] = []
    report.build(check.resolve(str(written)), ReportConfig(), check.CheckConfig(ignore=("schema",)), skipped)
    assert len(skipped) == 1 and "articles.jsonl:1: record skipped: tip_count" in skipped[0], skipped
