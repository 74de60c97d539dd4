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
from tests.conftest import CLEAN, invoke

SECTIONS = ["Run summary", "Quality gate", "Plots", "Duplicate clusters", "Articles: repairs before and after"]
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
    assert "<script" not in html and "@import" not in html and "<img" not in html
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
