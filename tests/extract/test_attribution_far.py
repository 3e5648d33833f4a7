"""Quote speakers the text gives far from the quote, or in an unusual shape: an
organisation behind "it said in a statement" when another one is named inside the
quote, a person introduced by an occupation ("a hydrologist at ..."), "the Thai
foreign minister" after someone else was named, and a garbled name a title vouches for."""
from __future__ import annotations

from handmade import build

from concord.document import Document
from concord.extract import extract_document, quotes


def _extract(text: str) -> Document:
    return extract_document(Document(source="test", text=text, published="2024-05-10"))


def _speakers(doc: Document) -> list[str | None]:
    return [(q.speaker or {}).get("name") for q in doc.quotes]


def test_it_said_skips_an_organisation_named_inside_the_quote():
    text = ("The Arakan Army said it had taken a border post near the river.\n\n"
            "“Neither the junta nor ASEAN can undo what happened on the ground,” it said in a statement.")
    doc = build(text, ORGANIZATION=[("Arakan Army",), ("ASEAN",)])
    quotes.annotate(doc, None)
    assert _speakers(doc) == ["Arakan Army"]


def test_a_person_introduced_by_an_occupation_is_found_and_speaks():
    text = ("Officials opened the new gauge station on Monday.\n\n"
            "Mariela Okonjo, a hydrologist at the basin authority who built the model, said the "
            "readings would be public. “Farmers downstream should see the water before it arrives,” "
            "she said.")
    doc = _extract(text)
    assert "Mariela Okonjo" in [e.name for e in doc.entities if e.type == "PERSON"]
    assert _speakers(doc) == ["Mariela Okonjo"]


def test_an_occupation_after_a_country_does_not_make_a_person():
    doc = _extract("Norway, a major seafood exporter, signed the deal in Oslo on Tuesday.")
    assert not [e for e in doc.entities if e.type == "PERSON"]


def test_the_demonym_and_title_pick_the_holder_not_the_last_person_named():
    text = ("Thai Foreign Minister Somchai Rattanakul met Malaysian Foreign Minister Aziz Rahman "
            "in Penang on Friday. Aziz praised the talks.\n\n"
            "“Our fishermen deserve one set of rules in these waters,” the Thai foreign minister said.")
    doc = _extract(text)
    assert _speakers(doc) == ["Somchai Rattanakul"]


def test_a_garbled_name_after_a_title_is_a_person_who_can_speak():
    text = ("Philippine Senator MARiIA DeLOSsANTOS-S opened the hearing on Monday.\n\n"
            "“We will not sign a treaty that nobody in the provinces has read,” the Philippine senator said.")
    doc = _extract(text)
    people = [e.name for e in doc.entities if e.type == "PERSON"]
    assert people == ["MARiIA DeLOSsANTOS-S"]
    assert _speakers(doc) == ["MARiIA DeLOSsANTOS-S"]
    assert any(f.kind == "garbled_name" for f in doc.flags)


def test_garbled_words_without_a_title_stay_out_of_the_entities():
    doc = _extract("Residents said the sign read HOtEL BAnGKOK before the storm damaged it.")
    assert not [e for e in doc.entities if e.type == "PERSON"]


def test_the_bloc_is_the_organisation_named_last_outside_quotes():
    text = ("The Pacific Islands Forum met in Suva on Monday.\n\n"
            "“No member will accept a base that the UN has not approved,” the bloc said in a statement.")
    doc = build(text, ORGANIZATION=[("Pacific Islands Forum",), ("UN",)])
    quotes.annotate(doc, None)
    assert _speakers(doc) == ["Pacific Islands Forum"]


def test_the_bloc_with_no_organisation_named_has_no_speaker():
    doc = build("“Every member must ratify the treaty before the end of the year,” the bloc said.")
    quotes.annotate(doc, None)
    assert _speakers(doc) == [None]
