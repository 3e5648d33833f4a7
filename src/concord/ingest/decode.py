"""Bytes → text: find the encoding, decode, repair mojibake, normalise to NFC.

The encoding is chosen in the order browsers use, most trustworthy first:

    1. a byte-order mark (UTF-8, UTF-16, UTF-32)
    2. the charset the transport declared (HTTP ``Content-Type``, WARC record headers)
    3. the charset the document declares (``<meta charset>``, ``http-equiv``, XML prolog)
    4. strict UTF-8 (most of the web, and valid UTF-8 is almost never an accident)
    5. charset-normalizer's guess, except that a guess of some Western single-byte
       code page becomes cp1252: on short news texts it often says cp1250 for what is
       cp1252 (the Windows default on English and French news sites)
    6. cp1252 with latin-1 for its five undefined bytes, which never fails

A declared charset that does not decode the bytes cleanly is ignored (sites lie),
and ``iso-8859-1``/``ascii`` mean cp1252, as in the WHATWG encoding standard.

`repair_text` then fixes what decoding cannot: text that was already mojibake
before it was saved ("â€™" for "’"), with ftfy, and normalises to NFC. It keeps
curly quotes, ligatures, full-width letters and HTML entities as they are: only
the visible text's encoding is fixed, never its spelling.
"""
from __future__ import annotations

import codecs
import re
import unicodedata

import charset_normalizer
import ftfy

# Byte-order marks, longest first: the UTF-32-LE mark begins with the UTF-16-LE one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Labels that mean cp1252 in practice (WHATWG encoding standard).
_CP1252_ALIASES = {"latin_1", "ascii", "iso8859_1", "cp1252"}

# charset-normalizer guesses that we read as cp1252 instead (see the module docstring).
_WESTERN_GUESSES = {"cp1250", "cp1252", "latin_1", "iso8859_2", "iso8859_15", "iso8859_9",
                    "iso8859_10", "iso8859_13", "iso8859_14", "iso8859_16", "cp1254", "cp1257",
                    "mac_roman", "mac_latin2", "mac_iceland", "mac_turkish", "cp850", "cp437",
                    "cp858", "cp1125", "ascii"}

_META_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]*\bencoding\s*=\s*["']([A-Za-z0-9_.:-]+)""")
_CONTENT_TYPE_CHARSET = re.compile(r"""charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.IGNORECASE)

# Mojibake of UTF-8 read as cp1252/latin-1, looked for in the UTF-8 bytes of the text
# (regexes over bytes are several times faster than over non-ASCII str): a lead
# character Â..ô followed by what was a continuation byte (U+0080..U+00BF or one of
# cp1252's letters and punctuation in 0x80..0x9F), or a C1 control. Only texts that
# show it pay for ftfy.
_MOJIBAKE = re.compile(
    rb"\xc3[\x82-\xb4](?:\xc2[\x80-\xbf]|\xc5[\x92\x93\xa0\xa1\xb8\xbd\xbe]|\xc6\x92"
    rb"|\xcb[\x86\x9c]|\xe2\x80[\x93\x94\x98-\x9e\xa0-\xa2\xa6\xb0\xb9\xba]|\xe2\x82\xac"
    rb"|\xe2\x84\xa2)")
_C1_CONTROL = re.compile(rb"\xc2[\x80-\x9f]")
# (Two patterns, each starting with a literal byte, because re then skips ahead with a
# fast byte search: one pattern with a top-level "|" is ten times slower on big pages.)
# Controls that are never visible text (tab, newline and form feed are kept).
_CONTROLS = re.compile("[\u0000-\u0008\u000b\u000e-\u001f\u007f\ufeff]")
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13)) + b"\x7f"

_FTFY = ftfy.TextFixerConfig(
    unescape_html=False, fix_latin_ligatures=False, fix_character_width=False,
    uncurl_quotes=False, fix_line_breaks=False, normalization="NFC", explain=False)

HEAD_BYTES = 4096   # where a document must declare its charset (HTML allows 1024)


def codec_name(label: str | None) -> str | None:
    """The Python codec for a charset label, or None when the label is unknown."""
    if not label:
        return None
    try:
        name = codecs.lookup(label.strip().strip("\"'")).name.replace("-", "_")
    except LookupError:
        return None
    return "cp1252" if name in _CP1252_ALIASES else name


def charset_from_content_type(content_type: str | None) -> str | None:
    """The charset parameter of a ``Content-Type`` header value, if any."""
    match = _CONTENT_TYPE_CHARSET.search(content_type or "")
    return match.group(1) if match else None


def bom_encoding(data: bytes) -> str | None:
    """The encoding a byte-order mark at the start of `data` announces."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    return None


def looks_utf16(head: bytes) -> str | None:
    """UTF-16 without a BOM: every other byte of ASCII-range text is NUL."""
    sample = head[:4096]
    if len(sample) < 16 or b"\x00" not in sample:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > 0.9 * len(odd) and even.count(0) < 0.1 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.9 * len(even) and odd.count(0) < 0.1 * len(odd):
        return "utf-16-be"
    return None


def declared_charset(head: bytes) -> str | None:
    """The charset a document declares in its first bytes (XML prolog or HTML meta)."""
    head = head[:HEAD_BYTES]
    match = _XML_ENCODING.search(head) or _META_CHARSET.search(head)
    return match.group(1).decode("ascii") if match else None


def decode_bytes(data: bytes, declared: str | None = None) -> str:
    """Decode `data` to text (no repair; see `to_text` for both)."""
    return _decode(data, declared)[0]


def _decode(data: bytes, declared: str | None) -> tuple[str, bytes | None]:
    """The text, and the input's bytes when they are its UTF-8 (so repair need not
    encode it again), with the encoding chosen as the module docstring describes."""
    bom = bom_encoding(data)
    if bom:
        mark = next(b for b, n in _BOMS if n == bom)
        return data[len(mark):].decode(bom, errors="replace"), None
    wide = looks_utf16(data)
    if wide:
        return data.decode(wide, errors="replace"), None
    for label in (declared, declared_charset(data)):
        name = codec_name(label)
        if name and not name.startswith("utf_16"):   # UTF-16 without a BOM: a copied header
            text = _try_decode(data, name)
            if text is not None:
                return text, data if name == "utf_8" else None
    text = _try_decode(data, "utf_8")
    if text is not None:
        return text, data
    best = charset_normalizer.from_bytes(data[:65536]).best()
    name = codec_name(best.encoding) if best is not None else None
    if name and name not in _WESTERN_GUESSES:
        return data.decode(name, errors="replace"), None
    return data.decode("cp1252", errors="_concord_latin1"), None


def repair_text(text: str) -> str:
    """Repair mojibake, drop invisible control characters, unify line ends, NFC."""
    return _repair(text, None)


def to_text(data: bytes, declared: str | None = None) -> str:
    """Decode and repair: the text of an input as Concord keeps it."""
    return _repair(*_decode(data, declared))


def _repair(text: str, utf8: bytes | None) -> str:
    if "\r" in text:
        text, utf8 = text.replace("\r\n", "\n").replace("\r", "\n"), None
    if text.isascii():
        return _drop_controls(text, utf8 or text.encode("ascii"))
    raw = utf8 or text.encode("utf-8", "surrogatepass")
    if _MOJIBAKE.search(raw) or _C1_CONTROL.search(raw):
        text = ftfy.fix_text(text, _FTFY)
        raw = text.encode("utf-8", "surrogatepass")
    text = _drop_controls(text, raw)
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return text


def _drop_controls(text: str, raw: bytes) -> str:
    if len(raw.translate(None, _CONTROL_BYTES)) != len(raw) or "\ufeff" in text:
        return _CONTROLS.sub("", text)
    return text


def _try_decode(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def _latin1_fallback(error: UnicodeDecodeError) -> tuple[str, int]:
    """cp1252 leaves five bytes undefined; read them as latin-1 (C1 controls)."""
    chunk = error.object[error.start:error.end]
    return chunk.decode("latin-1"), error.end


codecs.register_error("_concord_latin1", _latin1_fallback)
