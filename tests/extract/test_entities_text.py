"""Shared text helpers: sentence and paragraph spans, word tokens (issue 4)."""
from __future__ import annotations

from concord.extract.text import paragraphs, sentence_of, sentences, tokens


def _sents(text: str) -> list[str]:
    return [text[s:e] for s, e in sentences(text)]


def test_abbreviations_and_initials_do_not_end_sentences():
    text = ("H.E. Dr. Chan Dara met Mr. Lee on Aug. 3 in Manila. John F. Kennedy was "
            "mentioned. The U.S. envoy left at 5 p.m. on Friday.")
    assert _sents(text) == [
        "H.E. Dr. Chan Dara met Mr. Lee on Aug. 3 in Manila.",
        "John F. Kennedy was mentioned.",
        "The U.S. envoy left at 5 p.m. on Friday.",
    ]


def test_dotted_acronym_before_a_sentence_opener_ends_the_sentence():
    assert _sents("Ties with the U.S. The next day, talks resumed.") == [
        "Ties with the U.S.", "The next day, talks resumed."]


def test_closing_quotes_and_line_breaks():
    text = "He said: \u201cWe agree.\u201d Then he left\nA headline without a stop\n\nNext paragraph."
    assert _sents(text) == ["He said: \u201cWe agree.\u201d", "Then he left",
                            "A headline without a stop", "Next paragraph."]


def test_paragraphs_are_non_blank_lines():
    text = "First para.\n\n  Second para.\nThird.\n"
    assert [text[s:e] for s, e in paragraphs(text)] == ["First para.", "Second para.", "Third."]


def test_tokens_keep_offsets_and_abbreviation_dots():
    text = "H.E. Dr. Sok spoke. ASEAN-UN ties."
    toks = tokens(text)
    assert all(text[t.start:t.end] == t.text for t in toks)
    assert [t.text for t in toks] == ["H.E.", "Dr.", "Sok", "spoke", ".", "ASEAN-UN", "ties", "."]


def test_sentence_of_finds_the_containing_span():
    spans = [(0, 10), (11, 20), (22, 30)]
    assert sentence_of(spans, 0) == 0
    assert sentence_of(spans, 15) == 1
    assert sentence_of(spans, 29) == 2
