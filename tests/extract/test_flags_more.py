"""Flags: names an OCR garbled with digits for letters, and which date an office claim
is judged on when the article gives no publication date."""
from __future__ import annotations

import json
from dataclasses import replace

import pytest

from concord.document import Document, Event
from concord.extract import flags
from concord.extract.flags import digit_garbled, digit_suspect
from concord.kb import load_kb


@pytest.mark.parametrize("word", ["B0UNPHENG", "S1SOUVANH", "Khamt4y", "Pr1ncess", "Sr1", "Dat0"])
def test_digits_for_letters_make_a_word_suspect(word):
    assert digit_suspect(word)


@pytest.mark.parametrize("word", ["G20", "5G", "MH17", "A350", "H7N9", "B2B", "CO2", "U19", "N95", "F35A",
                                  "COVID", "2024", "4x4", "3rd", "ASEAN"])
def test_model_numbers_and_groupings_are_not_suspect(word):
    assert not digit_suspect(word)


def test_a_name_with_digits_for_letters_is_flagged_with_its_span():
    text = "Lao minister B0UNPHENG S1SOUVANH met donors.\nLater, Dr Khamt4y Sr1 spoke."
    found = digit_garbled(text)
    assert [text[f.start:f.end] for f in found] == ["B0UNPHENG S1SOUVANH", "Dr Khamt4y Sr1"]
    assert all(f.kind == "garbled_name" and "digit" in f.message for f in found)


def test_one_capitalised_word_with_a_digit_inside_is_enough():
    text = "The envoy PHOUTHAVONG arrived; the permit named KHAMPH0UI as driver."
    found = digit_garbled(text)
    assert [text[f.start:f.end] for f in found] == ["KHAMPH0UI"]


def test_clean_text_with_numbers_codes_and_brands_is_not_flagged():
    text = ("After COVID-19, the G20 and the ADMM-Plus met; RCEP, 5G, the A320neo, flight MH370, "
            "H5N1 cases, L3Harris radars, an iPhone15, CO2 levels, PM2.5, the U23 team, B2B sales, "
            "the 47th Summit and 2023's 3rd quarter were all discussed in Hà Nội.")
    doc = Document(source="test", text=text)
    flags.annotate(doc, None)
    assert doc.flags == []


# ----- kb_conflict dates ---------------------------------------------------------
@pytest.fixture
def kb(tmp_path):
    def fm(start, end):
        return [{"title": "Foreign Minister", "of": "Q1", "start": start, "end": end, "source": "test"}]
    rows = [
        {"id": "Q1", "type": "COUNTRY", "name": "Ruritania", "aliases": []},
        {"id": "p:lena-voss", "type": "PERSON", "name": "Lena Voss", "offices": fm("2015-01-01", "2019-12-31")},
        {"id": "p:karl-brand", "type": "PERSON", "name": "Karl Brand", "offices": fm("2020-01-01", None)},
    ]
    (tmp_path / "test.jsonl").write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    return load_kb([tmp_path], include_default=False)


def conflicts(doc, kb):
    flags.annotate(doc, kb)
    return [f for f in doc.flags if f.kind == "kb_conflict"]


def test_without_a_publication_date_a_date_elsewhere_does_not_judge_the_claim(kb):
    opening = "Traders crowd the river market every morning.\n" * 6      # no date in the opening lines
    text = (opening + "Ruritania's foreign minister, Karl Brand, spoke about the market.\n"
            "Border trade there began on 3 March 2016, after years of talks.")
    assert conflicts(Document(source="test", text=text), kb) == []


def test_a_date_in_the_opening_lines_is_the_articles_date(kb):
    text = ("On 2 June 2017, the ministry issued a statement on the river market.\n"
            "Ruritania's foreign minister, Karl Brand, said trade would grow.")
    found = conflicts(Document(source="test", text=text), kb)
    assert len(found) == 1 and "2017-06-02" in found[0].message


def test_the_publication_date_still_judges_the_claim(kb):
    text = "Ruritania's foreign minister, Lena Voss, spoke about the market."
    found = conflicts(Document(source="test", text=text, published="2023-04-02"), kb)
    assert len(found) == 1 and "Karl Brand" in found[0].message


def test_the_date_of_the_event_in_the_sentence_is_also_weighed(kb):
    # published in 2023, but the sentence is about a meeting of 2018, when Voss held the office
    text = "At the 4th River Dialogue, Ruritania's foreign minister, Lena Voss, spoke about the market."
    ev = Event(id="e:4th-river-dialogue-2018", type="DIALOGUE", name="4th River Dialogue", date="2018-06-02",
               date_precision="day", location=None, start=7, end=25)
    doc = Document(source="test", text=text, published="2023-04-02", events=[ev])
    assert conflicts(doc, kb) == []
    doc = Document(source="test", text=text, published="2023-04-02", events=[replace(ev, date="2022-06-02")])
    assert len(conflicts(doc, kb)) == 1           # wrong on both dates: flagged


def test_a_dateline_date_is_the_articles_own_date(kb):
    text = "OSLO, 4 May 2021 (NTB) -- Ruritania's foreign minister, Lena Voss, spoke about the market."
    found = conflicts(Document(source="test", text=text), kb)
    assert len(found) == 1 and "2021-05-04" in found[0].message


def test_a_zero_for_an_o_inside_a_name_is_enough_but_a_company_name_is_clean():
    text = "The envoy Pr4k S0khonn met L3Harris staff and A350 pilots."
    assert [text[f.start:f.end] for f in digit_garbled(text)] == ["Pr4k S0khonn"]
    assert digit_garbled("Officials from L3Harris and Web3Auth met in Perth.") == []


@pytest.mark.parametrize("code", ["7fee1f9a24ad465b", "u00a0Mekong", "9Dash", "Ref1a2b3c"])
def test_codes_and_hashes_are_not_suspect(code):
    assert digit_suspect(code) is None
