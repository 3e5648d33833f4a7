"""A light, offline language guess: the script for non-Latin writing, otherwise the
share of frequent function words (``data/stopwords.json``).

It reads only the first words of a text, so it costs little per document, and
answers None rather than guess on a text too short or too mixed to tell.
"""
from __future__ import annotations

import re
from functools import lru_cache

from concord.datafiles import load_json

SAMPLE_CHARS = 700       # some 120 words: enough to decide, cheap on long articles
MIN_WORDS = 5
MIN_SHARE = 0.12         # function words are 25-50% of running text in the listed languages
SCRIPT_SHARE = 0.3       # share of letters in one script that decides alone

_PUNCTUATION = ".,;:!?\"'()[]{}“”‘’«»—–-…*/|"


_LETTER = re.compile(r"[^\W\d_]")


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, list[str]], dict[str, re.Pattern], re.Pattern]:
    data = load_json("concord.clean", "stopwords.json")
    index: dict[str, list[str]] = {}
    for lang, words in data["stopwords"].items():
        for word in words:
            index.setdefault(word, []).append(lang)
    classes = {lang: "".join(f"{chr(lo)}-{chr(hi)}" for lo, hi in spans) for lang, spans in data["scripts"].items()}
    scripts = {lang: re.compile(f"[{cls}]") for lang, cls in classes.items()}
    return index, scripts, re.compile(f"[{''.join(classes.values())}]")


def _by_script(sample: str) -> str | None:
    """The language of a non-Latin script when its letters dominate (regexes, not a
    per-character loop: this runs on every document)."""
    index, scripts, any_script = _tables()
    if not any_script.search(sample):
        return None
    letters = len(_LETTER.findall(sample))
    counts = {lang: len(pattern.findall(sample)) for lang, pattern in scripts.items()}
    if counts.get("ja", 0) > 0.05 * letters:
        return "ja"       # Japanese mixes kana with Chinese characters
    lang, n = max(counts.items(), key=lambda item: item[1])
    return lang if n and n >= SCRIPT_SHARE * letters else None


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language ("en", "vi", "km", ...), or None."""
    sample = text[:SAMPLE_CHARS]
    if not sample.isascii():
        by_script = _by_script(sample)
        if by_script:
            return by_script
    # str.split and strip: a word regex costs more than everything else in cleaning a text.
    words = [w.strip(_PUNCTUATION) for w in sample.casefold().split()]
    words = [w for w in words if w and not w[0].isdigit()]
    if len(words) < MIN_WORDS:
        return None
    index = _tables()[0]
    hits: dict[str, int] = {}
    for word in words:
        for lang in index.get(word, ()):
            hits[lang] = hits.get(lang, 0) + 1
    if not hits:
        return None
    lang, n = max(hits.items(), key=lambda item: item[1])
    return lang if n >= MIN_SHARE * len(words) else None
