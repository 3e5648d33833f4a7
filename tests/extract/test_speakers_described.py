"""Speakers named by what they are: "the tycoon said" is the last person the text
described as a tycoon ("property tycoon X", "X, a local tycoon,"), not merely the
last person named; an organisation given with its acronym in brackets ("the Ministry
of X (MOX) said") speaks a quote before it. Names are invented (absent from the KB)."""
from __future__ import annotations

from concord.document import Document
from concord.extract import extract_document


def quotes(text: str) -> list[tuple[str, str | None]]:
    doc = extract_document(Document(source="test", text=text))
    return [(q.text.split()[0], (q.speaker or {}).get("name")) for q in doc.quotes]


def test_the_noun_points_back_to_the_person_it_described(unknown):
    unknown("Vicente Balagtas", "Mara Quijano", "Dario Lunas")
    text = ("Property tycoon Vicente Balagtas bought the island in 2019. Mara Quijano, a political analyst "
            "at a Cebu think tank, doubted the plan. Officials later met Senator Dario Lunas in Iloilo.\n"
            "\"Resorts like this one bring jobs to every family on the coast,\" the tycoon said.\n"
            "\"Nobody has shown me a single study of the reef,\" the analyst said.")
    assert quotes(text) == [("Resorts", "Vicente Balagtas"), ("Nobody", "Mara Quijano")]


def test_a_noun_nobody_was_described_with_falls_back_to_the_last_person(unknown):
    unknown("Ong Siew Lan")
    text = ("Ong Siew Lan toured the plant on Monday.\n"
            "\"We expect the second line to open by the end of the year,\" the economist said.")
    assert quotes(text) == [("We", "Ong Siew Lan")]


def test_an_organisation_with_its_acronym_in_brackets_speaks(unknown):
    unknown("Ministry of Ports and Shipping", "MPS")
    text = ("\"All ferries will stay in harbour until the storm has passed,\" the Ministry of Ports and "
            "Shipping (MPS) said in a statement on Sunday.")
    [(first, speaker)] = quotes(text)
    assert first == "All" and speaker and speaker.startswith("Ministry of Ports and Shipping")


def test_an_organisation_then_more_words_is_not_the_speaker(unknown):
    unknown("Marisol Tan", "Ministry of Ports and Shipping")
    text = ("\"The harbour will open again on Friday morning,\" a source at the Ministry of Ports and "
            "Shipping close to Marisol Tan said.")
    [(first, speaker)] = quotes(text)
    assert speaker != "Ministry of Ports and Shipping"


def test_an_appositive_without_an_article_describes_too_but_a_clause_does_not(unknown):
    unknown("Mara Quijano", "Jose Ruiz", "Ana Reyes")
    text = ("Mara Quijano, senior analyst at a Cebu think tank, doubted the plan. Jose Ruiz, who met the "
            "analyst, left early. Ana Reyes stayed.\n"
            "\"Nobody has shown me a single study of the reef,\" the analyst said.")
    assert quotes(text) == [("Nobody", "Mara Quijano")]
