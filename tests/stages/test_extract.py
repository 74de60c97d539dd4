import codecs

import pytest

from pipeline.stages.extract import ExtractError, decode, html_to_text, sniff_binary

TEXT = "Don’t panic — it’s “fine”. Café."


@pytest.mark.parametrize(
    "data, encoding, method",
    [
        (TEXT.encode("utf-8"), "utf-8", "utf-8"),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8-sig", "bom"),
        (codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), "utf-16", "bom"),
        (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "utf-16", "bom"),
        (codecs.BOM_UTF32_LE + TEXT.encode("utf-32-le"), "utf-32", "bom"),
        (TEXT.encode("cp1252"), "cp1252", "cp1252"),
    ],
)
def test_decode_recovers_the_text(data, encoding, method):
    out = decode(data)
    assert (out.text, out.encoding, out.method) == (TEXT, encoding, method)


def test_decode_uses_a_declared_charset():
    html = '<meta charset="koi8-r"><p>Привет</p>'.encode("koi8-r")
    out = decode(html)
    assert out.method == "declared" and "Привет" in out.text


def test_decode_keeps_mostly_utf8_text_with_a_stray_byte():
    data = ("é" * 200).encode("utf-8") + b"\xff" + b" end"
    out = decode(data)
    assert out.method == "utf-8-lossy" and out.replaced == 1 and out.text.endswith("\ufffd end")


def test_decode_normalises_newlines():
    assert decode(b"a\r\nb\rc").text == "a\nb\nc"


def test_bad_bom_is_an_error():
    with pytest.raises(ExtractError) as info:
        decode(codecs.BOM_UTF16_LE + b"\x00\xd8")  # lone surrogate
    assert info.value.reason == "bad_encoding"


def test_sniff_binary():
    assert sniff_binary(b"\x89PNG\r\n\x1a\n....") == "PNG image"
    assert sniff_binary(b"%PDF-1.4") == "PDF document"
    assert sniff_binary(b"text\x00more") == "NUL bytes"
    assert sniff_binary(codecs.BOM_UTF16_LE + "hi".encode("utf-16-le")) is None
    assert sniff_binary(b"plain") is None


def test_html_drops_chrome_and_keeps_structure():
    doc = html_to_text(
        "<html><head><title>Site | Tips</title><meta name=author content='Jane Roe'>"
        "<meta property='og:url' content='http://example.org/tips'><style>p{}</style></head><body>"
        "<header>Logo</header><nav><a>Home</a></nav><h1>Ten Tips</h1>"
        "<p>First   paragraph<br>second line.</p><ul><li>Alpha</li><li>Beta <b>bold</b></li></ul>"
        "<footer>© Site</footer><script>var x;</script><!-- hidden --></body></html>"
    )
    assert doc.title == "Ten Tips" and doc.author == "Jane Roe" and doc.url == "http://example.org/tips"
    assert doc.text.splitlines() == ["First paragraph", "second line.", "", "• Alpha", "• Beta bold"]
    for chrome in ("Logo", "Home", "© Site", "var x", "hidden"):
        assert chrome not in doc.text


def test_html_title_falls_back_to_title_tag():
    assert html_to_text("<title> Only  title </title><p>x</p>").title == "Only title"


def test_deeply_nested_html_does_not_crash():
    html = "<div>" * 5000 + "deep text" + "</div>" * 5000
    assert "deep text" in html_to_text(html).text
