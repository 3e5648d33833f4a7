"""Malay, Bruneian, Thai, Indonesian and Philippine honorifics before a name: the
person is found under the bare name (linked to the KB when known), the mention keeps
the honorifics as the article wrote them, and no honorific becomes a name of its own.
Names here are invented (checked absent from the KB) unless a KB person is meant."""
from __future__ import annotations

import pytest


def people(doc) -> dict[str, list[str]]:
    return {e.name: [m.text for m in e.mentions] for e in doc.entities if e.type == "PERSON"}


@pytest.mark.parametrize("honorific", [
    "Tan Sri", "Puan Sri", "Datuk", "Datuk Seri", "Datuk Seri Utama", "Dato'", "Dato' Sri", "Dato Seri",
    "Datin", "Datin Paduka", "Tun", "Toh Puan", "Tengku", "Tunku", "Raja", "Dr", "Pehin Dato Paduka",
    "Awang Haji", "Dayang Hajah", "Khun", "Pak", "Bu", "Ibu", "Sec.",
])
def test_the_bare_name_is_the_person_and_the_mention_keeps_the_honorific(extract, unknown, honorific):
    unknown("Rashidah Kamaluddin")
    text = f"Later that day {honorific} Rashidah Kamaluddin said the talks in Kuching had gone well."
    found = people(extract(text))
    assert list(found) == ["Rashidah Kamaluddin"], found
    assert found["Rashidah Kamaluddin"] == [f"{honorific} Rashidah Kamaluddin"]


def test_a_stack_of_honorifics_after_a_portfolio_title(extract, unknown):
    unknown("Hafizul Ariffin Osman")
    doc = extract("Investment Minister Tengku Datuk Seri Hafizul Ariffin Osman said exports would grow.")
    assert people(doc) == {"Hafizul Ariffin Osman": ["Tengku Datuk Seri Hafizul Ariffin Osman"]}


def test_an_honorific_word_does_not_join_the_name_of_a_kb_person(extract, kb):
    known = [e for e in kb.lookup("Mohamad Hasan") if e.type == "PERSON"]
    assert known, "test precondition: the KB knows Mohamad Hasan"
    doc = extract("Foreign Minister Datuk Seri Utama Mohamad Hasan opened the meeting in Putrajaya.")
    persons = [e for e in doc.entities if e.type == "PERSON"]
    assert [(e.id, e.name) for e in persons] == [(known[0].id, known[0].name)]
    assert persons[0].mentions[0].text == "Datuk Seri Utama Mohamad Hasan"


def test_brunei_honorifics_are_not_a_person(extract, unknown):
    unknown("Zulkarnain Matussin")
    doc = extract("Pehin Orang Kaya Awang Haji Zulkarnain Matussin chaired the session in Bandar Seri Begawan.")
    assert list(people(doc)) == ["Zulkarnain Matussin"]


def test_a_title_that_ends_in_an_honorific_word_stays_out_of_the_mention(extract):
    doc = extract("The Secretary General Ahmad Nizam Rusli arrived in Kota Kinabalu.")
    assert people(doc) == {"Ahmad Nizam Rusli": ["Ahmad Nizam Rusli"]}


def test_two_stacked_malay_titles_leave_no_honorific_in_the_name(extract, unknown):
    unknown("Hisham Rosli")
    doc = extract("Also present was Tan Sri Dato' Sri Hisham Rosli, the former envoy.")
    assert list(people(doc)) == ["Hisham Rosli"]


def test_a_title_cut_by_a_comma_still_ends_before_the_honorifics(extract, unknown):
    unknown("Hafizul Ariffin Osman")
    doc = extract("The Minister of Investment, Trade and Industry Tengku Datuk Seri Hafizul Ariffin Osman "
                  "said exports would grow.")
    assert list(people(doc)) == ["Hafizul Ariffin Osman"]
