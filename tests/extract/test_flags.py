"""Flags: garbled names and statements the knowledge base contradicts; clean text stays clean."""
from __future__ import annotations

import json

import pytest

from concord.document import Document
from concord.extract import flags
from concord.extract.flags import garbled_names, is_garbled_word
from concord.kb import load_kb


@pytest.mark.parametrize("word", ["HAhHAApMsANN", "tHaIlAnD", "PrAyUtH", "ChAnOcHa"])
def test_garbled_words(word):
    assert is_garbled_word(word)


@pytest.mark.parametrize("word", ["McDonald", "iPhone", "BioNTech", "KazMunayGas", "ASEAN", "MoUs",
                                  "NGOs", "PhD", "YouTube", "VnExpress", "DeSantis", "Nguyễn", "HÀ", "LinkedIn"])
def test_real_words_are_not_garbled(word):
    assert not is_garbled_word(word)


def test_garbled_flag_spans_the_whole_name_run():
    text = "The envoy, SOMCHAI PrAyUtHaNoN- KHAMSING, arrived late.\nOthers came early."
    found = garbled_names(text)
    assert len(found) == 1
    f = found[0]
    assert f.kind == "garbled_name" and text[f.start:f.end] == "SOMCHAI PrAyUtHaNoN- KHAMSING"
    assert "PrAyUtHaNoN" in f.message and "stray hyphen" in f.message


def test_clean_text_has_no_garbled_flags():
    text = ("Nguyễn Thị Thanh Hà met McKinsey partners and ASEAN officials in HÀ NỘI; "
            "the iPhone maker and BioNTech signed MoUs with VinFast and PetroVietnam.")
    assert garbled_names(text) == []


@pytest.fixture
def kb(tmp_path):
    people = [
        {"id": "Q1", "type": "COUNTRY", "name": "Freedonia", "aliases": []},
        {"id": "p:ana-lim", "type": "PERSON", "name": "Ana Lim", "attrs": {"gender": "female"},
         "offices": [{"title": "Foreign Minister", "of": "Q1", "start": "2018-01-01", "end": "2022-12-31",
                      "source": "test"}]},
        {"id": "p:tomas-reyes", "type": "PERSON", "name": "Tomas Reyes", "attrs": {"gender": "male"},
         "offices": [{"title": "Foreign Minister", "of": "Q1", "start": "2023-01-01", "end": None,
                      "source": "test"}]},
    ]
    (tmp_path / "test.jsonl").write_text("\n".join(json.dumps(p) for p in people), encoding="utf-8")
    return load_kb([tmp_path], include_default=False)


def run(text, kb, published=None):
    doc = Document(source="test", text=text, published=published)
    flags.annotate(doc, kb)
    return doc.flags


def test_wrong_office_holder_on_the_publication_date(kb):
    text = "Freedonia's foreign minister, Ana Lim, opened the talks.\nThe talks went well."
    found = run(text, kb, "2024-03-01")
    assert [f.kind for f in found] == ["kb_conflict"]
    assert "Tomas Reyes" in found[0].message and "2024-03-01" in found[0].message


def test_right_office_holder_is_not_flagged(kb):
    text = "Freedonia's foreign minister, Ana Lim, opened the talks.\nShe spoke first."
    assert run(text, kb, "2020-06-01") == []


def test_date_stated_in_the_text_is_used_without_publication_date(kb):
    text = "On 4 May 2019, Freedonia's foreign minister, Tomas Reyes, opened the talks."
    assert [f.kind for f in run(text, kb)] == ["kb_conflict"]
    text_ok = "On 4 May 2024, Freedonia's foreign minister, Tomas Reyes, opened the talks."
    assert run(text_ok, kb) == []


def test_pronoun_contradicting_the_holder_gender_is_flagged(kb):
    text = "Freedonia's foreign minister, Bo Kwan, opened the talks. She praised the hosts."
    found = run(text, kb, "2024-03-01")
    assert [f.kind for f in found] == ["kb_conflict", "kb_conflict"]
    assert text[found[1].start:found[1].end] == "She"


def test_former_and_deputy_roles_are_not_checked(kb):
    text = ("Freedonia's former foreign minister, Ana Lim, spoke.\n"
            "Freedonia's deputy foreign minister, Bo Kwan, listened.")
    assert run(text, kb, "2024-03-01") == []


def test_offices_the_kb_knows_nothing_about_are_not_flagged(kb):
    text = "Freedonia's trade minister, Bo Kwan, spoke. Ruritania's foreign minister, Ana Lim, listened."
    assert run(text, kb, "2024-03-01") == []


def test_no_kb_means_no_kb_flags():
    assert run("Freedonia's foreign minister, Ana Lim, opened the talks.", None, "2024-03-01") == []


def test_roles_from_the_role_step_are_checked(kb):
    from concord.document import Role
    text = "Foreign Minister Ana Lim of Freedonia opened the talks."
    doc = Document(source="test", text=text, published="2024-03-01",
                   roles=[Role({"id": "p:ana-lim", "name": "Ana Lim"}, "Foreign Minister",
                               {"id": "Q1", "name": "Freedonia"}, 0, 37)])
    flags.annotate(doc, kb)
    assert [f.kind for f in doc.flags] == ["kb_conflict"]
    assert (doc.flags[0].start, doc.flags[0].end) == (0, 37)


def test_a_statement_about_the_time_is_not_checked_against_today(kb):
    text = "Freedonia's foreign minister, Ana Lim, then led the delegation."
    assert run(text, kb, "2024-03-01") == []


def test_hashtags_handles_and_addresses_are_not_garbled_names():
    text = "Supporters used #FreeTheMyanmarPeople and @StopTheWarNowGroup; see www.KhmerNewsOnLineToday.com."
    assert garbled_names(text) == []


def _people_doc(text, published, *people):
    from concord.document import Entity, Mention
    ents = []
    for pid, name in people:
        ent = Entity(id=pid, name=name, type="PERSON")
        i = text.find(name)
        while i >= 0:
            ent.mentions.append(Mention(i, i + len(name), name))
            i = text.find(name, i + 1)
        ents.append(ent)
    return Document(source="test", text=text, published=published, entities=ents)


def test_pronoun_contradicting_a_known_gender_is_flagged(kb):
    doc = _people_doc("Ana Lim opened the trade fair in the morning. “Exports will rise,” he said.",
                      "2020-05-01", ("p:ana-lim", "Ana Lim"))
    flags.annotate(doc, kb)
    assert [f.kind for f in doc.flags] == ["kb_conflict"]
    assert doc.text[doc.flags[0].start:doc.flags[0].end] == "he"


def test_pronoun_after_two_people_is_not_judged(kb):
    doc = _people_doc("Ana Lim met Tomas Reyes in the morning. He said the talks went well.",
                      "2020-05-01", ("p:ana-lim", "Ana Lim"), ("p:tomas-reyes", "Tomas Reyes"))
    flags.annotate(doc, kb)
    assert doc.flags == []


def test_a_year_nearby_does_not_date_the_office(kb):
    text = "Ties were set up in 2019. Freedonia's foreign minister, Tomas Reyes, spoke today."
    assert run(text, kb, "2024-03-01") == []
