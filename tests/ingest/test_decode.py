"""Encodings: every common one decodes to the same visible text, NFC, mojibake repaired."""
from __future__ import annotations

import codecs
import unicodedata

import pytest

from concord.ingest import iter_inputs
from concord.ingest.decode import charset_from_content_type, codec_name, declared_charset, to_text
from ingest_support import settings

VIET = "HÀ NỘI — Bộ trưởng Ngoại giao phát biểu tại hội nghị “ASEAN+3” hôm thứ Hai."
WESTERN = "The minister’s visit to Hué — “historic”, said the café owner. Prix: 20 €"


@pytest.mark.parametrize("encode", [
    lambda s: s.encode("utf-8"),
    lambda s: codecs.BOM_UTF8 + s.encode("utf-8"),
    lambda s: s.encode("utf-16"),                 # Python writes a BOM
    lambda s: codecs.BOM_UTF16_BE + s.encode("utf-16-be"),
    lambda s: s.encode("utf-32"),
], ids=["utf8", "utf8-bom", "utf16", "utf16-be", "utf32"])
def test_unicode_encodings(encode):
    assert to_text(encode(VIET)) == VIET


def test_cp1252_without_declaration():
    assert to_text(WESTERN.encode("cp1252")) == WESTERN


def test_latin1_bytes_without_declaration():
    text = "Réunion à Genève: les délégués ont approuvé le texte final du communiqué."
    assert to_text(text.encode("latin-1")) == text


def test_html_meta_charset_is_obeyed():
    page = '<html><head><meta charset="tis-620"></head><body><p>{}</p></body></html>'
    body = "การประชุมสุดยอดอาเซียน"
    data = page.format(body).encode("tis-620")
    assert body in to_text(data)


def test_http_equiv_and_xml_prolog_declarations():
    assert declared_charset(b'<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">') \
        == "ISO-8859-1"
    assert declared_charset(b"<?xml version='1.0' encoding='windows-1252'?><rss/>") == "windows-1252"
    assert codec_name("ISO-8859-1") == "cp1252"   # as browsers read it (WHATWG)
    assert codec_name("no-such-charset") is None


def test_transport_charset_wins_over_a_wrong_meta():
    data = '<meta charset="utf-8"><p>Đà Nẵng</p>'.encode("utf-8")
    assert "Đà Nẵng" in to_text(data, charset_from_content_type("text/html; charset=utf-8"))
    koi = "<p>Москва</p>".encode("koi8-r")
    assert "Москва" in to_text(koi, "koi8-r")


def test_a_lying_declaration_is_ignored():
    data = '<meta charset="us-ascii"><p>Phnom Penh – Café</p>'.encode("utf-8")
    assert "Phnom Penh – Café" in to_text(data)


def test_mojibake_is_repaired_but_quotes_stay_curly():
    # UTF-8 read as cp1252 and saved again as UTF-8 ("â€™" for "’")
    broken = WESTERN.encode("utf-8").decode("cp1252", errors="_concord_latin1").encode("utf-8")
    assert "â€™" in broken.decode("utf-8")
    assert to_text(broken) == WESTERN


def test_visible_text_is_not_rewritten():
    text = "“Quoted” ‘words’ ﬁnance ＡＳＥＡＮ &amp; café\ttab"
    assert to_text(text.encode("utf-8")) == text


def test_nfc_and_line_ends():
    decomposed = unicodedata.normalize("NFD", VIET)
    assert decomposed != VIET
    assert to_text(decomposed.encode("utf-8")) == VIET
    assert to_text(b"one\r\ntwo\rthree\n") == "one\ntwo\nthree\n"
    assert to_text("a\u0000b\ufeffc\u0007".encode("utf-8")) == "abc"


@pytest.mark.parametrize("encoding", ["utf-16", "cp1252", "utf-8-sig"])
def test_files_in_each_encoding(tmp_path, encoding):
    text = "BANGKOK — The café talks on “water sharing” ended on Tuesday."
    path = tmp_path / "story.txt"
    path.write_bytes(text.encode(encoding))
    [doc] = list(iter_inputs([str(path)], settings()))
    assert doc.original == text and doc.format == "txt"


def test_utf16_json_lines(tmp_path):
    path = tmp_path / "wide.jsonl"
    path.write_bytes('{"text": "Hội nghị một"}\n{"text": "Hội nghị hai"}\n'.encode("utf-16"))
    docs = list(iter_inputs([str(path)], settings()))
    assert [d.original for d in docs] == ["Hội nghị một", "Hội nghị hai"]
    assert docs[1].source.endswith("#line=2")
