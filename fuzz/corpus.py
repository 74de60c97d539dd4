"""The adversarial corpus: named *triggers*, each writing a few hostile input files into a folder.

A trigger is a pure function of ``(folder, rng, scale)``: the same seed and scale give the same bytes, so a failure
found once is found again. The page text is our own words (shapes only, no third-party text). Every large input
is written streamed, a block at a time; compression bombs repeat one small compressed member, so a multi-GB line
costs a few MB on disk and milliseconds to make.
"""

from __future__ import annotations

import codecs
import gzip
import json
import os
import random
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import zstandard

PAGE = """Seven quiet habits for a tidier garden shed

Most sheds turn into a heap because nothing has a home. These habits cost little time and pay back every weekend.

1. Hang long tools on the wall. Rakes and hoes on two nails each stay dry and never trip anybody.
2. Keep seeds in a tin. A biscuit tin with paper envelopes keeps mice and damp away from next year's beans.
3. Label the shelves. A strip of tape and a marker save ten minutes of searching for twine.
4. Sweep once a week. Soil on the floor carries slugs indoors and rots the boards.
5. Oil the blades in autumn. A rag with a little oil keeps shears from rusting over winter.
6. Put the sharp things high. Saws and pruners belong above the reach of children and dogs.
7. Clear one shelf each season. What you did not touch for a year can go to a neighbour.

About the author: Ada Example grows leeks and writes about small gardens. You may reprint this article with
this box intact.
"""


@dataclass(frozen=True)
class Scale:
    """How big the large inputs are. ``CI`` keeps disk and time small; ``FULL`` is the issue's sizes."""

    word_bytes: int = 1 << 20  # the issue asks for 1 MB words and 1 MB dotted-token runs
    bomb_bytes: int = 4 << 30  # decompressed size of the one-line bombs: over any sane memory bound
    huge_line_bytes: int = 21 << 20  # just over the default --max-bytes (20 MB), so the limit must trip
    nesting: int = 100_000  # JSON nesting depth: far over Python's recursion limit (1000)
    run_bytes: int = 100_000  # a run of one character inside a text field (round 9: 100 KB of spaces hung segment)
    line_bytes: int = 1 << 20  # one text line of words with no newline
    short_lines: int = 50_000  # a text of this many short lines


FULL = Scale()
# CI: the same shapes; the bomb decompresses to 1 GiB (~1 MB on disk; still over the CI pass's 1 GiB
# address-space cap if held in memory, and half the time to stream through on a loaded runner), the long line
# still trips --max-bytes because the CI commands lower it.
CI = Scale(word_bytes=1 << 20, bomb_bytes=1 << 30, huge_line_bytes=3 << 20, nesting=100_000, run_bytes=100_000,
           line_bytes=1 << 20, short_lines=50_000)
CI_MAX_BYTES = 2 << 20  # --max-bytes the CI pass gives, so CI.huge_line_bytes is over it


Builder = Callable[[Path, random.Random, Scale], None]


@dataclass(frozen=True)
class Trigger:
    name: str
    build: Builder
    what: str  # one line for the report
    jsonl: bool = False  # holds JSONL inputs worth giving to read-jsonl, check and report


TRIGGERS: dict[str, Trigger] = {}


def trigger(name: str, what: str, jsonl: bool = False) -> Callable[[Builder], Builder]:
    def register(fn: Builder) -> Builder:
        TRIGGERS[name] = Trigger(name, fn, what, jsonl)
        return fn

    return register


# ------------------------------------------------------------------------------------------------ helpers


def _write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)


def _write_repeated(path: Path, head: bytes, block: bytes, total: int, tail: bytes = b"") -> None:
    """Write ``head``, then ``block`` repeated up to ``total`` bytes, then ``tail``: streamed, never in memory."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "wb") as fh:
        fh.write(head)
        left = total
        big = block * max(1, (1 << 16) // len(block))
        while left > 0:
            chunk = big[:left]
            fh.write(chunk)
            left -= len(chunk)
        fh.write(tail)


def _jsonl(rows: list[object]) -> bytes:
    return b"".join(json.dumps(r, ensure_ascii=False).encode("utf-8", "surrogatepass") + b"\n" for r in rows)


def _doc(i: int) -> dict[str, object]:
    return {"id": f"doc-{i}", "url": f"http://garden.example/{i}", "title": f"Shed habit {i}", "text": PAGE}


def _page_variant(rng: random.Random) -> str:
    """The page with its numbered lines shuffled: near-duplicates of each other, as scraped copies are."""
    lines = PAGE.splitlines()
    body = lines[4:11]
    rng.shuffle(body)
    return "\n".join(lines[:4] + body + lines[11:]) + "\n"


def valid_record() -> dict[str, object]:
    """One well-formed tipline article record, built by the package so it follows the current schema."""
    from pipeline.records import Article, Source, sha256_bytes, to_dict

    data = PAGE.encode("utf-8")
    source = Source(path="in/page.txt", sha256=sha256_bytes(data), size=len(data), format="txt",
                    encoding="utf-8", encoding_method="utf-8")
    return to_dict(Article(id=Article.make_id(source), source=source, text=PAGE.strip(), title=PAGE.splitlines()[0]))


def warc_record(payload: bytes, uri: str, length: int | str | None = None, rec_type: str = "response") -> bytes:
    """One WARC record around an HTTP response; ``length`` overrides the Content-Length (to lie)."""
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + payload
    declared = len(http) if length is None else length
    head = (
        f"WARC/1.0\r\nWARC-Type: {rec_type}\r\nWARC-Target-URI: {uri}\r\nWARC-Date: 2020-05-01T10:00:00Z\r\n"
        f"WARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-{zlib.crc32(uri.encode()):012d}>\r\n"
        f"Content-Type: application/http; msgtype=response\r\nContent-Length: {declared}\r\n\r\n"
    ).encode("ascii")
    return head + http + b"\r\n\r\n"


def _html(text: str) -> bytes:
    paras = "".join(f"<p>{p}</p>" for p in text.split("\n\n"))
    return f"<html><head><title>{text.splitlines()[0]}</title></head><body>{paras}</body></html>".encode()


def _gzip_member(data: bytes) -> bytes:
    return gzip.compress(data, compresslevel=9, mtime=0)


# ------------------------------------------------------------------------------------------------ triggers


@trigger("plain", "well-formed pages (.txt, .html, .jsonl, .warc): the control, and the input of the OUT cases",
         jsonl=True)
def _plain(d: Path, rng: random.Random, s: Scale) -> None:
    _write(d / "page.txt", _page_variant(rng).encode())
    _write(d / "page.html", _html(_page_variant(rng)))
    _write(d / "docs.jsonl", _jsonl([_doc(i) for i in range(3)]))
    _write(d / "crawl.warc", warc_record(_html(_page_variant(rng)), "http://garden.example/w"))


@trigger("long_word", "one 1 MB word with no space, in .txt and .html")
def _long_word(d: Path, rng: random.Random, s: Scale) -> None:
    _write_repeated(d / "long_word.txt", PAGE.encode() + b"\n", b"abcdefghij", s.word_bytes, b"\n")
    _write_repeated(d / "long_word.html", b"<html><body><p>Tip one.</p><p>", b"qwertyuiop", s.word_bytes,
                    b"</p></body></html>")


@trigger("wxr_unclosed", "a WordPress export saved as text whose 1 MB of <item>, <wp:author> or <title never close")
def _wxr_unclosed(d: Path, rng: random.Random, s: Scale) -> None:
    head = b'<?xml version="1.0"?>\n<rss xmlns:wp="http://wordpress.org/export/1.2/"><channel>\n'
    _write_repeated(d / "wxr_items.txt", head, b"<item>", s.word_bytes, b"\n")
    _write_repeated(d / "wxr_authors.txt", head, b"<wp:author>", s.word_bytes, b"\n")
    _write_repeated(d / "wxr_titles.txt", head + b"<item>", b"<title ", s.word_bytes, b"</item>\n")


@trigger("dotted_run", "a.b/a.b/... runs of 1 MB (dotted tokens without spaces)")
def _dotted(d: Path, rng: random.Random, s: Scale) -> None:
    _write_repeated(d / "dotted.txt", PAGE.encode() + b"\n", b"a.b/", s.word_bytes, b"\n")
    _write_repeated(d / "dotted_com.txt", b"Visit ", b"www.a.com.b.", s.word_bytes, b" today.\n")


@trigger("nul", "NUL bytes in text and \\u0000 escapes in JSON", jsonl=True)
def _nul(d: Path, rng: random.Random, s: Scale) -> None:
    _write(d / "nul.txt", PAGE.encode().replace(b"habits", b"hab\x00its"))
    _write(d / "nul_late.txt", PAGE.encode() * 200 + b"\x00tail\n")  # past the 64 KB binary sniff
    _write(d / "nul.jsonl", _jsonl([{"text": PAGE.replace("tin", "t\x00in")}, {"text": "\x00" * 100}]))


@trigger("lone_surrogate", "lone surrogates (\\ud800, \\udfff) in JSON string escapes", jsonl=True)
def _surrogate(d: Path, rng: random.Random, s: Scale) -> None:
    rows = [
        b'{"text": "' + PAGE.replace("\n", "\\n").encode() + b' \\ud800 end"}',
        b'{"text": "short", "title": "\\udfff title", "author": "\\ud83d"}',
        b'{"text": "pair split \\ud83d x \\ude00"}',
    ]
    _write(d / "surrogate.jsonl", b"\n".join(rows) + b"\n")
    record = valid_record()
    line = json.dumps(record, ensure_ascii=True).replace('"title": "', '"title": "\\udc80', 1)
    _write(d / "surrogate_record.jsonl", line.encode() + b"\n")


@trigger("deep_json", "JSON nested 100k deep (as a field and as the whole line)", jsonl=True)
def _deep(d: Path, rng: random.Random, s: Scale) -> None:
    n = s.nesting
    d.mkdir(parents=True, exist_ok=True)
    with open(d / "deep.jsonl", "wb") as fh:
        fh.write(b'{"text": "x y z", "meta": ' + b"[" * n + b"]" * n + b"}\n")
        fh.write(b"[" * n + b"]" * n + b"\n")
        fh.write(b'{"a":' * n + b"1" + b"}" * n + b"\n")


@trigger("wrong_types", "tipline records with wrong-typed, missing and absurd fields", jsonl=True)
def _wrong_types(d: Path, rng: random.Random, s: Scale) -> None:
    base = valid_record()
    mutations: list[tuple[str, object]] = [
        ("id", 12345), ("id", None), ("id", ["a"]), ("id", "x" * 5000), ("id", "../../etc/passwd"),
        ("text", None), ("text", 7), ("text", ["a", "b"]), ("text", {"t": 1}), ("source", "raw/a.txt"),
        ("source", None), ("source.size", "big"), ("source.size", -1), ("source.line", 1.5), ("source.part", -3),
        ("source.sha256", 0), ("source.format", ["txt"]), ("flags", "spun"), ("flags", [1, None]),
        ("scores", {"spun": "high"}), ("scores", [0.5]), ("repairs", {"x": "y"}), ("licence", "MIT"),
        ("licence", {"tag": 5}), ("cluster", {"id": 1}), ("duplicate_of", "abc"), ("tip_count", "7"),
        ("tip_count", -1), ("author_bio", ["x"]), ("title", 3.5), ("kind", "tip"), ("kind", None),
        ("schema", "tipline.article/999"), ("schema", 1), ("meta", "notadict"), ("removed_spans", [{"a": 1}]),
        ("unknown_field", {"deep": [1, 2]}),
    ]
    lines = []
    for i, (key, value) in enumerate(mutations):
        rec = json.loads(json.dumps(base))
        rec["id"] = f"{i:016x}"
        if "." in key:
            outer, inner = key.split(".")
            rec[outer][inner] = value
        else:
            rec[key] = value
        lines.append(json.dumps(rec))
    lines.append(json.dumps({k: v for k, v in base.items() if k != "source"}))
    lines.append(json.dumps({k: v for k, v in base.items() if k != "text"}))
    lines.append(json.dumps(base).replace('"size": ', '"size": NaN, "x": ', 1))
    lines.append(json.dumps(base).replace('"size": ', '"size": 1e999, "x": ', 1))
    lines.append(json.dumps(base).replace('"size": ', '"size": ' + "9" * 5000 + ', "x": ', 1))  # over int limit
    lines.append(json.dumps(base))
    lines.append(json.dumps(base))  # the same id twice
    foreign = [{"text": 5}, {"text": None}, {"text": ["a"]}, {"text": "ok", "title": ["x"]}, {"text": "ok", "id": 3},
               {"text": "ok", "date": {"y": 1}}, {"text": "ok", "url": 7}, {"text": "ok", "author": False},
               "just a string", 42, None, [1, 2], {"no_text": 1}]
    lines += [json.dumps(f) for f in foreign]
    lines.append('{"text": "unterminated')
    lines.append('{"text": "dup key", "text": 3}')
    _write(d / "records.jsonl", ("\n".join(lines) + "\n").encode())


@trigger("gzip_bomb", "a .jsonl.gz of a few MB holding one multi-GB line (no newline)", jsonl=True)
def _gzip_bomb(d: Path, rng: random.Random, s: Scale) -> None:
    block = 16 << 20
    member = _gzip_member(b'{"text": "' + b"a" * (block - 10))
    tail = _gzip_member(b'"}\n')
    n = max(1, s.bomb_bytes // block)
    with open(d / "bomb.jsonl.gz", "wb") as fh:
        for _ in range(n):
            fh.write(member)
        fh.write(tail)


@trigger("zstd_bomb", "a .jsonl.zst of a few hundred KB holding one multi-GB line", jsonl=True)
def _zstd_bomb(d: Path, rng: random.Random, s: Scale) -> None:
    block = 64 << 20
    frame = zstandard.ZstdCompressor(level=19).compress(b"a" * block)
    n = max(1, s.bomb_bytes // block)
    with open(d / "bomb.jsonl.zst", "wb") as fh:
        fh.write(zstandard.ZstdCompressor().compress(b'{"text": "'))
        for _ in range(n):
            fh.write(frame)
        fh.write(zstandard.ZstdCompressor().compress(b'"}\n'))


def _archives(rng: random.Random) -> dict[str, bytes]:
    rows = _jsonl([_doc(i) for i in range(20)])
    warc = b"".join(warc_record(_html(_page_variant(rng)), f"http://garden.example/{i}") for i in range(5))
    warc_gz = b"".join(_gzip_member(warc_record(_html(_page_variant(rng)), f"http://g.example/{i}"))
                       for i in range(5))
    return {
        "arch.jsonl.gz": _gzip_member(rows),
        "arch.jsonl.zst": zstandard.ZstdCompressor().compress(rows),
        "arch.warc": warc,
        "arch.warc.gz": warc_gz,
    }


@trigger("truncated_archive", "truncated .jsonl.gz, .jsonl.zst, .warc and .warc.gz", jsonl=True)
def _truncated(d: Path, rng: random.Random, s: Scale) -> None:
    for name, data in _archives(rng).items():
        for frac in (0.5, 0.97):
            cut = max(1, int(len(data) * frac))
            stem, _, ext = name.partition(".")
            _write(d / f"cut{int(frac * 100)}_{stem}.{ext}", data[:cut])
        _write(d / f"header_only_{name}", data[:12])


@trigger("warc_length_lie", "WARC records whose Content-Length lies (longer, shorter, negative, junk, 10^18)")
def _warc_lies(d: Path, rng: random.Random, s: Scale) -> None:
    page = _html(_page_variant(rng))
    true_len = len(warc_record(page, "u")) - len(page) - 4  # only to size the lies
    lies: list[int | str] = [true_len + 100_000, max(1, true_len // 3), 0, -5, "twelve", 10**18, 2**63, "1e9"]
    for i, lie in enumerate(lies):
        good = warc_record(_html(_page_variant(rng)), f"http://garden.example/ok{i}")
        bad = warc_record(page, f"http://garden.example/lie{i}", length=lie)
        _write(d / f"lie{i}.warc", bad + good)
        _write(d / f"lie{i}.warc.gz", _gzip_member(bad) + _gzip_member(good))


@trigger("fifo", "FIFOs, symlinks to FIFOs, dangling links and a link loop inside the input folder")
def _fifo(d: Path, rng: random.Random, s: Scale) -> None:
    d.mkdir(parents=True, exist_ok=True)
    _write(d / "ok.txt", PAGE.encode())
    os.mkfifo(d / "pipe.txt")
    os.mkfifo(d / "pipe.jsonl")
    os.symlink("pipe.txt", d / "link_to_pipe.html")
    os.symlink("missing.txt", d / "dangling.txt")
    os.symlink("loop.txt", d / "loop.txt")
    (d / "sub").mkdir(exist_ok=True)
    os.symlink("..", d / "sub" / "up")  # a directory cycle for a recursive walk


@trigger("bidi", "bidi overrides and isolates, zero-width and control characters in text, titles and names")
def _bidi(d: Path, rng: random.Random, s: Scale) -> None:
    marks = "\u202e\u202d\u2066\u2067\u2068\u2069\u200f\u200e\u200b\ufeff\u061c\u0085\u2028\u2029"
    text = "".join(ch + rng.choice(marks) if ch == " " and rng.random() < 0.3 else ch for ch in PAGE)
    _write(d / "bidi.txt", ("\u202eevil title\u202c\n" + text).encode())
    _write(d / "bidi.html", _html("\u202egnp.exe\u202c title\n\n" + text))
    _write(d / "bidi\u202ename.txt", PAGE.encode())


@trigger("odd_names", "file names with a newline, a bidi override, invalid UTF-8 bytes and a leading dash")
def _odd_names(d: Path, rng: random.Random, s: Scale) -> None:
    d.mkdir(parents=True, exist_ok=True)
    for name in (b"new\nline.txt", b"bad\xff\xfename.txt", b"-dash.txt", b"sp ace .html", b"tab\tname.jsonl"):
        data = PAGE.encode() if not name.endswith(b".jsonl") else _jsonl([_doc(1)])
        with open(os.path.join(os.fsencode(d), name), "wb") as fh:
            fh.write(data)


@trigger("binary", "binary files under text suffixes (random bytes, PNG, ELF, gzip-named-txt)", jsonl=True)
def _binary(d: Path, rng: random.Random, s: Scale) -> None:
    _write(d / "random.txt", rng.randbytes(50_000))
    _write(d / "random.jsonl", rng.randbytes(50_000))
    _write(d / "png.html", b"\x89PNG\r\n\x1a\n" + rng.randbytes(2000))
    _write(d / "elf.jsonl", b"\x7fELF" + rng.randbytes(2000))
    _write(d / "gz.txt", _gzip_member(PAGE.encode()))
    _write(d / "notgz.jsonl.gz", rng.randbytes(3000))
    _write(d / "notzst.jsonl.zst", rng.randbytes(3000))
    _write(d / "notwarc.warc", rng.randbytes(3000))


@trigger("empty", "empty files of every suffix, and archives of nothing", jsonl=True)
def _empty(d: Path, rng: random.Random, s: Scale) -> None:
    for name in ("e.txt", "e.html", "e.jsonl", "e.jsonl.gz", "e.jsonl.zst", "e.warc", "e.warc.gz"):
        _write(d / name, b"")
    _write(d / "ws.txt", b" \n\t\r\n  ")
    _write(d / "blank.jsonl", b"\n\n   \n")
    _write(d / "empty_member.jsonl.gz", _gzip_member(b""))
    _write(d / "empty_frame.jsonl.zst", zstandard.ZstdCompressor().compress(b""))
    _write(d / "empty.html", b"<html><body></body></html>")
    (d / "empty_dir").mkdir(exist_ok=True)


@trigger("huge_jsonl_line", "a plain .jsonl whose one line is over --max-bytes, then a good line", jsonl=True)
def _huge_line(d: Path, rng: random.Random, s: Scale) -> None:
    _write_repeated(d / "huge.jsonl", b'{"text": "', b"word ", s.huge_line_bytes, b'"}\n' + _jsonl([_doc(2)]))
    _write_repeated(d / "huge_nonl.jsonl", b'{"text": "', b"word ", s.huge_line_bytes, b'"}')


@trigger("invalid_utf8", "invalid UTF-8: overlong forms, lone continuation bytes, CESU surrogates, 0xFF", jsonl=True)
def _invalid_utf8(d: Path, rng: random.Random, s: Scale) -> None:
    bad = [b"\xc0\xaf", b"\x80\x80", b"\xed\xa0\x80", b"\xff\xfe", b"\xf4\x90\x80\x80", b"\xe2\x82"]
    text = PAGE.encode()
    for i, b in enumerate(bad):
        text = text.replace(b" the ", b" th" + b + b"e ", 1) if i % 2 else text.replace(b"a ", b"a" + b + b" ", 1)
    _write(d / "bad_utf8.txt", text)
    _write(d / "mostly_bad.txt", b"".join(rng.choice(bad) + b"ok " for _ in range(3000)))
    _write(d / "bad_utf8.jsonl", b'{"text": "caf\xe9 and \xff\xfe and \xc0\xaf"}\n{"text": "' + text.replace(
        b"\n", b"\\n") + b'"}\n')
    _write(d / "bad_utf8.html", b"<html><body><p>" + text + b"</p></body></html>")


@trigger("mixed_encodings", "UTF-8, cp1252, Latin-1, UTF-16 and a stray BOM mixed inside single files", jsonl=True)
def _mixed(d: Path, rng: random.Random, s: Scale) -> None:
    parts = PAGE.split("\n\n")
    encs = ["utf-8", "cp1252", "latin-1", "utf-8"]
    data = b"\n\n".join((p.replace("'", "\u2019") + " caf\u00e9").encode(encs[i % 4], "replace")
                        for i, p in enumerate(parts))
    _write(d / "mixed.txt", data)
    _write(d / "bom_then_cp1252.txt", codecs.BOM_UTF8 + "na\u00efve caf\u00e9 ".encode("cp1252") * 50)
    _write(d / "utf16_no_bom.txt", PAGE.encode("utf-16-le"))
    _write(d / "utf16_mid.txt", PAGE.encode() + codecs.BOM_UTF16_LE + PAGE.encode("utf-16-le"))
    _write(d / "declared_wrong.html",
           b'<html><head><meta charset="shift_jis"></head><body><p>' + PAGE.encode("cp1252", "replace") + b"</p>")
    _write(d / "declared_bogus.html", b'<meta charset="no-such-codec-x"><p>' + PAGE.encode() + b"</p>")
    _write(d / "mixed.jsonl", b'{"text": "caf\xc3\xa9"}\n{"text": "caf\xe9"}\n' + '{"text": "\u00e9"}\n'.encode(
        "utf-16"))


@trigger("many_duplicates", "hundreds of near-identical pages (dedup and the boilerplate learner under load)")
def _dups(d: Path, rng: random.Random, s: Scale) -> None:
    for i in range(300):
        _write(d / "dups" / f"{i:03d}.txt", _page_variant(rng).encode())


@trigger("bad_jsonl_lines", "a .jsonl of 3,000 malformed lines among good ones (one stderr line each?)", jsonl=True)
def _bad_lines(d: Path, rng: random.Random, s: Scale) -> None:
    junk = [b"{not json", b"[1, 2", b'"just a string"', b'{"text": 5}', b"\xff\xfe", b"null"]
    rows = [rng.choice(junk) for _ in range(3000)]
    _write(d / "bad_lines.jsonl", _jsonl([_doc(0)]) + b"\n".join(rows) + b"\n" + _jsonl([_doc(1)]))


@trigger("control_chars", "C0/C1 controls, form feeds, lone CRs and U+FFFD runs inside otherwise good text",
         jsonl=True)
def _controls(d: Path, rng: random.Random, s: Scale) -> None:
    ctl = [chr(c) for c in list(range(1, 9)) + [11, 12, 14, 27, 127] + list(range(0x80, 0xA0))] + ["\r", "\ufffd" * 50]
    text = "".join(ch + (rng.choice(ctl) if rng.random() < 0.05 else "") for ch in PAGE)
    _write(d / "ctl.txt", text.encode())
    _write(d / "ctl.jsonl", _jsonl([{"text": text, "title": "\x1b[31mred\x1b[0m"}]))


# ------------------------------------------------------------------------------------------------ hostile text fields
# Valid JSONL whose text (and title, author) fields carry the shapes that make a line pattern walk a long run once
# per position. Meant for the stage-alone commands (read-jsonl -> STAGE -> write): alone, a stage sees text no
# earlier stage has cleaned (repair collapses blank runs in the chain; segment alone does not get that help).
# Each record sits in its own file so a CI pass's --max-bytes (2 MB) never rejects it before the stage sees it.

BLANKS = {"spaces": " ", "tabs": "\t", "nbsp": "\u00a0", "ideographic": "\u3000"}
RUNS = {"letter": "a", "capital": "A", "digit": "7", "dash": "-", "equals": "=", "star": "*", "dot": ".",
        "punctuation": "!?", "a_space": "a ", "byline_word": "By ", "written_by": "Written by ", "pipe": "| ",
        "hash": "#", "underscore": "_", "tilde": "~"}


def _hostile(d: Path, name: str, text: str, **fields: object) -> None:
    """One record per file: a plain ``{"text": ...}`` line, or an article record when fields are given."""
    if fields:
        record = valid_record()
        record["text"] = text
        record.update(fields)
    else:
        record = {"id": name, "text": text}
    _write(d / f"{name}.jsonl", _jsonl([record]))


@trigger("blank_runs", "100 KB runs of spaces, tabs, NBSP, ideographic space in a header line, a body line and "
         "between lines", jsonl=True)
def _blank_runs(d: Path, rng: random.Random, s: Scale) -> None:
    head, rest = PAGE.split("\n", 1)
    for name, blank in BLANKS.items():
        run = blank * s.run_bytes
        _hostile(d, f"{name}_in_header", f"{head}{run}{head}\n{rest}")
        _hostile(d, f"{name}_in_body", PAGE.replace("Rakes and hoes", f"Rakes{run}and hoes"))
        _hostile(d, f"{name}_between_lines", PAGE.replace("\n\n", f"\n{run}\n", 1))
        _hostile(d, f"{name}_lines", PAGE + (blank * 50 + "\n") * (s.run_bytes // 51))
    _hostile(d, "newline_run", head + "\n" * s.run_bytes + rest)
    _hostile(d, "mixed_blanks", head + "".join(rng.choice(list(BLANKS.values()) + ["\n"])
                                               for _ in range(s.run_bytes)) + rest)


@trigger("long_runs", "100 KB runs of one letter, digits, punctuation, - = *, a byline word repeated, 'a ' "
         "repeated: alone, after a heading and after 'By'", jsonl=True)
def _long_runs(d: Path, rng: random.Random, s: Scale) -> None:
    head, rest = PAGE.split("\n", 1)
    for name, unit in RUNS.items():
        run = (unit * (s.run_bytes // len(unit) + 1))[:s.run_bytes]
        _hostile(d, f"{name}_line", f"{head}\n\n{run}\n{rest}")
        _hostile(d, f"{name}_after_by", f"{head}\nBy {run}\n{rest}")
        _hostile(d, f"{name}_in_header", f"{head} {run}\n{rest}")


@trigger("long_line", "a 1 MB text of words with no newline, and a 1 MB line of numbered tips", jsonl=True)
def _long_line(d: Path, rng: random.Random, s: Scale) -> None:
    words = PAGE.replace("\n", " ").split()
    text = " ".join(rng.choice(words) for _ in range(s.line_bytes // 6))
    _hostile(d, "words", text[:s.line_bytes])
    tips = " ".join(f"{i}. Keep seeds in a tin." for i in range(1, s.line_bytes // 25))
    _hostile(d, "numbered", tips[:s.line_bytes])


@trigger("many_lines", "50,000 short lines: one word, numbered tips, bullets, bylines, blank-separated", jsonl=True)
def _many_lines(d: Path, rng: random.Random, s: Scale) -> None:
    n = s.short_lines
    _hostile(d, "words", "\n".join(rng.choice(["Tip", "Sheds", "a", "Home", "-", "1."]) for _ in range(n)))
    _hostile(d, "numbered", "\n".join(f"{i}. Oil the blades." for i in range(1, n + 1)))
    _hostile(d, "bullets", "\n".join(f"* Sweep {i}" for i in range(n)))
    _hostile(d, "bylines", "\n".join(f"By Ada Example {i}" for i in range(n)))
    _hostile(d, "paragraphs", "\n\n".join(f"Heading {i}\nA short line." for i in range(n // 2)))


@trigger("mixed_scripts", "mixed scripts, control characters, bidi marks and escaped lone surrogates in long text",
         jsonl=True)
def _mixed_scripts(d: Path, rng: random.Random, s: Scale) -> None:
    pieces = ["garden ", "\u0441\u0430\u0434 ", "\u5ead\u56ed", "\u062d\u062f\u064a\u0642\u0629 ",
              "\u0917\u093e\u0930\u094d\u0921\u0928 ", "\u05d2\u05df ", "\u202e", "\u200f", "\u2066",
              "\x01", "\x1b", "\x7f", "\u0085", "\u2028", "\ufeff", "\ufffd", "\n", "By ", "\u00a9 ", "1. "]
    text = "".join(rng.choice(pieces) for _ in range(s.run_bytes // 4))
    _hostile(d, "mixed", text)
    _hostile(d, "mixed_article", text, title=text[:5000], author=text[:200])
    line = json.dumps({"id": "surrogates", "text": PAGE}, ensure_ascii=True)
    esc = "\\ud800 \\udfff x \\ud83d" * (s.run_bytes // 30)
    _write(d / "surrogates.jsonl", line.replace("Seven quiet", esc + "Seven quiet", 1).encode() + b"\n")


@trigger("huge_fields", "a 1 MB title and author, empty and missing text, wrong-typed fields, in article records",
         jsonl=True)
def _huge_fields(d: Path, rng: random.Random, s: Scale) -> None:
    big = ("Seven quiet habits " * (s.line_bytes // 19 + 1))[:s.line_bytes]
    _hostile(d, "huge_title", PAGE, title=big)
    _hostile(d, "huge_author", PAGE, author=big)
    _hostile(d, "blank_title", PAGE, title=" " * s.run_bytes, author="\u00a0" * s.run_bytes)
    _write(d / "empty_fields.jsonl", _jsonl([{"text": ""}, {"text": " "}, {"text": "\n" * 10}, {"id": "no-text"},
                                             {"text": None}, {"text": 5}, {"text": ["a"]}, {"title": "t"}]))


# ------------------------------------------------------------------------------------------------ cue lines

# The lines the attribution, licence, forum and tips rules look at (round 10's note: the corpus had none, and by hand
# boilerplate alone took 33.7 s on such lines followed by 40 KB of spaces and 20,000 tabs). Our own words, the
# shapes of real pages' lines: copyright notices, bylines, credits, licence and reprint sentences, forum heads and
# replies, a signature rule, resource-box headings, numbered tip lines.
CUE_LINES: dict[str, str] = {
    "copyright_sign": "\u00a9 2024 Ada Example. All rights reserved.",
    "copyright_word": "Copyright (c) 2019-2024 Ada Example, Example Press Ltd",
    "c_in_parens": "(C) Ada Example 2024",
    "by": "By Ada Example",
    "by_affiliation": "By Ada Example, Garden Editor, Example Weekly",
    "posted_by": "Posted by Ada Example at 10:15 AM",
    "written_by": "Written by Ada Example on March 3, 2024",
    "distributed_by": "Distributed by Example Features Syndicate.",
    "contributed_by": "Contributed by Ada Example | 12 comments",
    "licence_cc": "This article is licensed under a Creative Commons Attribution-ShareAlike 4.0 International License.",
    "licence_reprint": "You may reprint this article in your newsletter as long as the author box stays intact.",
    "permission": "Reprinted with permission of the author. Do not reproduce without written permission.",
    "public_domain": "This work is dedicated to the public domain.",
    "topic": "Topic: Seven quiet habits for a tidier garden shed  (Read 1,482 times)",
    "thread": "Re: Seven quiet habits for a tidier garden shed",
    "post_stats": "Posts: 1,204 | Joined: March 2019 | Location: Leeds",
    "reply": "Reply #3 on: March 3, 2024, 10:15:02 AM",
    "quote": "Quote from: Ada Example on March 3, 2024",
    "signature_rule": "\u2014\u2014\u2014\u2014\u2014\u2014",
    "signature_dashes": "-- ",
    "about_author": "About the Author",
    "resource_box": "Resource Box:",
    "author_bio": "Ada Example is the founder of Example Gardens and writes about small sheds.",
    "tip_hash": "Tip #3: Keep seeds in a tin.",
    "tip_paren": "3) Keep seeds in a tin.",
    "step": "Step 3 - Keep seeds in a tin",
    "share": "Share this: Facebook | Twitter | Email | Print",
    "dateline": "March 3, 2024 | 4 min read | Gardening",
}
# What each cue line is put beside: blank runs (the lead's shape: 40 KB of spaces, then 20,000 tabs), runs of one
# character, and the cue's own first word repeated.
CUE_BLANKS: dict[str, str] = {
    "spaces_tabs": " " * 40_000 + "\t" * 20_000, "nbsp": "\u00a0" * 40_000, "ideographic": "\u3000" * 40_000,
    "blank_lines": " \n" * 20_000, "newlines": "\n" * 40_000, "tab_lines": "\t\n" * 20_000,
}
CUE_RUNS: dict[str, str] = {"dash": "-", "pipe": "| ", "dot": ".", "copyright": "\u00a9 ", "letter": "a",
                            "equals": "=", "comma": ", "}


PLACES = ("head_after", "head_before", "foot_after", "foot_before")


def _around(cue: str, run: str, where: str) -> str:
    """``cue`` with ``run`` after it (on its line, or on the lines below) or before it, at the page's head or foot."""
    head, rest = PAGE.split("\n", 1)
    if where == "head_after":
        return f"{head}\n{cue}{run}\n{rest}"
    if where == "head_before":
        return f"{head}\n{run}{cue}\n{rest}"
    if where == "foot_after":
        return f"{PAGE}\n{cue}{run}"
    return f"{PAGE}\n{run}{cue}\n"  # foot_before


def _first_word(cue: str) -> str:
    return (cue.split() or ["x"])[0] + " "


@trigger("cue_blank_runs", "each byline, \u00a9, licence, forum, signature, resource-box and tip line at a page's head "
         "and foot, followed or preceded by 40-60 KB blank runs (spaces then tabs, NBSP, U+3000, blank lines)",
         jsonl=True)
def _cue_blank_runs(d: Path, rng: random.Random, s: Scale) -> None:
    for name, cue in CUE_LINES.items():
        blanks = list(CUE_BLANKS.items())
        rng.shuffle(blanks)  # a different pairing of cue, run and place per seed (four of the six runs per cue)
        for where, (run_name, run) in zip(PLACES, blanks[:4], strict=True):
            _hostile(d, f"{name}_{run_name}_{where}", _around(cue, run[:s.run_bytes], where))
        _hostile(d, f"{name}_blank_run_inside", cue.replace(" ", " " * (s.run_bytes // 2), 1) + "\n" + PAGE)


@trigger("cue_char_runs", "each cue line followed by 40 KB of one character (-, |, ., \u00a9, a, =, ', ') and by "
         "its own first word repeated, at a page's head and foot", jsonl=True)
def _cue_char_runs(d: Path, rng: random.Random, s: Scale) -> None:
    size = min(s.run_bytes, 40_000)
    for name, cue in CUE_LINES.items():
        runs = list(CUE_RUNS.items())
        rng.shuffle(runs)
        units = [*runs[:2], ("own_word", _first_word(cue))]
        for (run_name, unit), where in zip(units, ("head_after", "foot_after", "head_after"), strict=True):
            run = (unit * (size // len(unit) + 1))[:size]
            _hostile(d, f"{name}_{run_name}_{where}", _around(cue + " ", run, where))


@trigger("cue_many_lines", "each cue line 2,000 times, one a line, and alternating with blank lines and a short "
         "sentence", jsonl=True)
def _cue_many_lines(d: Path, rng: random.Random, s: Scale) -> None:
    n = max(1, s.short_lines // 25)
    for name, cue in CUE_LINES.items():
        _hostile(d, f"{name}_lines", PAGE + "\n" + "\n".join([cue] * n))
        _hostile(d, f"{name}_spaced", "\n\n".join(f"{cue}\nKeep seeds in a tin {i}." for i in range(n // 2)))


HTML_CUES: dict[str, str] = {
    "meta_author": '<meta name="author" content="Ada Example">',
    "meta_licence": '<link rel="license" href="https://creativecommons.org/licenses/by/4.0/">',
    "byline_span": '<span class="byline">By <a href="/ada" rel="author">Ada Example</a></span>',
    "copyright_p": '<p class="copyright">&copy; 2024 Ada Example. All rights reserved.</p>',
    "time": '<time datetime="2024-03-03T10:15:00Z">March 3, 2024</time>',
    "author_box": '<div class="author-box"><h4>About the Author</h4><p>Ada Example writes about sheds.</p></div>',
    "forum_post": '<div class="post"><div class="poster">Ada Example<br>Posts: 12</div><div class="subject">Re: '
                  'Seven quiet habits</div></div>',
}


def _cue_page(cue: str, filler: str, depth: int) -> bytes:
    """A page whose head and foot hold ``cue``, wrapped in ``depth`` nested tags, beside ``filler``."""
    title, body = PAGE.split("\n", 1)
    paras = "".join(f"<p>{p}</p>" for p in body.split("\n\n"))
    nested = "<div><span>" * depth + cue + filler + "</span></div>" * depth
    head_cue = cue if cue.startswith(("<meta", "<link")) else ""
    return (f"<html><head><title>{title}</title>{head_cue}{filler}</head><body><h1>{title}</h1>{nested}{paras}"
            f"{cue}{filler}{nested}</body></html>").encode()


@trigger("cue_html", "HTML pages whose bylines, author meta, licence links, \u00a9 footers, dates, author boxes and "
         "forum posts sit inside 2,000 nested tags and beside 40 KB blank runs or 5,000 empty tags")
def _cue_html(d: Path, rng: random.Random, s: Scale) -> None:
    size = min(s.run_bytes, 40_000)
    fillers = {"spaces": " " * size, "tabs_lines": "\t\n" * (size // 2), "nbsp": "&nbsp;" * (size // 6),
               "empty_tags": "<span></span>" * (size // 13), "brs": "<br>" * (size // 4)}
    for name, cue in HTML_CUES.items():
        for filler_name, filler in fillers.items():
            _write(d / f"{name}_{filler_name}.html", _cue_page(cue, filler, 0))
        _write(d / f"{name}_nested.html", _cue_page(cue, "", 2_000))


# ------------------------------------------------------------------------------------------------ random bytes


def random_file(d: Path, name: str, data: bytes) -> None:
    """A file of arbitrary bytes (drawn by hypothesis) under a suffix tipline reads."""
    _write(d / name, data)


def build(names: list[str], d: Path, seed: int, scale: Scale) -> None:
    """Write the inputs of the named triggers into ``d``, each into its own sub-folder (so names never clash)."""
    d.mkdir(parents=True, exist_ok=True)
    for name in names:
        (d / name).mkdir(parents=True, exist_ok=True)
        TRIGGERS[name].build(d / name, random.Random(f"{seed}:{name}"), scale)
