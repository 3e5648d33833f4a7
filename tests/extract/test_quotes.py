"""Quotes: marks, speech versus titles, attribution shapes, pronouns, continuations.

Inputs are short articles written for these tests; entities are built by hand so
the quote step is tested on its own.
"""
from __future__ import annotations

import re

from concord.document import Document, Entity, Mention
from concord.extract import quotes
from concord.extract.quotes import find_quote_spans, reported_speech


def build(text: str, people=(), orgs=()) -> Document:
    """A document whose entities are every occurrence of the given names."""
    ents = []
    for typ, group in (("PERSON", people), ("ORGANIZATION", orgs)):
        for name, *forms in group:
            ent = Entity(id="p:" + name.lower().replace(" ", "-"), name=name, type=typ)
            for form in sorted([name, *forms], key=len, reverse=True):
                for m in re.finditer(re.escape(form), text):
                    if not any(x.start <= m.start() < x.end for x in ent.mentions):
                        ent.mentions.append(Mention(m.start(), m.end(), form))
            ent.mentions.sort(key=lambda m: m.start)
            ents.append(ent)
    return Document(source="test", text=text, entities=ents)


def run(text, people=(), orgs=(), kb=None, **kw):
    doc = build(text, people, orgs)
    quotes.annotate(doc, kb, **kw)
    return doc.quotes


def speakers(qs):
    return [(q.text.split()[0], q.speaker["name"] if q.speaker else None) for q in qs]


def test_after_quote_pronoun_and_inverted_name():
    text = ("Foreign Minister Retno Marsudi met her Chinese counterpart in Jakarta.\n"
            "\"We agreed to deepen maritime cooperation this year,\" she said.\n"
            "\"Indonesia will keep working with every partner,\" said Marsudi.")
    qs = run(text, people=[("Retno Marsudi", "Marsudi")])
    assert speakers(qs) == [("We", "Retno Marsudi"), ("Indonesia", "Retno Marsudi")]
    assert [q.cue for q in qs] == ["said", "said"]
    assert all(text[q.start:q.end] == q.text for q in qs)


def test_before_quote_and_partial_quotes_in_one_sentence():
    text = ("Opening the session, Prime Minister Anutin Charnvirakul stressed “closer links between "
            "border provinces” and promised “faster customs checks for farm goods,” officials said.")
    qs = run(text, people=[("Anutin Charnvirakul",)])
    assert [q.text for q in qs] == ["closer links between border provinces", "faster customs checks for farm goods"]
    assert all(q.speaker["name"] == "Anutin Charnvirakul" for q in qs)


def test_stated_that_with_a_name_the_entity_step_missed():
    text = "Laos' deputy minister, Khamphao Ernthavanh, stated that “our railway will carry more freight next year.”"
    qs = run(text)
    assert len(qs) == 1 and qs[0].speaker["name"] == "Khamphao Ernthavanh" and qs[0].cue == "stated"


def test_organisation_speaker_resolved_from_earlier_name():
    text = ("The Ministry of Foreign Affairs of Thailand issued a note on Monday.\n"
            "“Thailand supports a peaceful settlement through dialogue,” the ministry said in a statement.")
    qs = run(text, orgs=[("Ministry of Foreign Affairs of Thailand",)])
    assert qs[0].speaker == {"id": "p:ministry-of-foreign-affairs-of-thailand",
                             "name": "Ministry of Foreign Affairs of Thailand"}


def test_scare_quotes_titles_and_short_phrases_are_not_speech():
    text = ("Delegates met at the “Lancang-Mekong Water Resources Forum” in Kunming.\n"
            "A panel titled “rivers without borders in a warming world” drew students.\n"
            "The so-called “win-win” model was discussed, as was the ‘Green Corridor’ plan.\n"
            "The “One Village One Product” scheme also featured.")
    assert run(text) == []


def test_pronoun_follows_the_subject_of_the_last_sentence_naming_a_person():
    text = ("Malaysian minister Zambry Abdul Kadir welcomed envoy Maria Theresa Lazaro on Friday.\n"
            "He later told reporters: “The strait must stay open to all shipping lanes.”")
    qs = run(text, people=[("Zambry Abdul Kadir",), ("Maria Theresa Lazaro",)])
    assert speakers(qs) == [("The", "Zambry Abdul Kadir")]


def test_pronoun_gender_skips_a_person_the_kb_knows_as_other():
    class KB:
        def get(self, id):
            class E:
                attrs = {"gender": "male" if id == "p:sok-chenda" else "female"}
            return E()
    text = ("Sok Chenda met Nguyen Thi Hoa in Phnom Penh.\n"
            "“Our trade will double within five years,” she said.")
    qs = run(text, people=[("Sok Chenda",), ("Nguyen Thi Hoa",)], kb=KB())
    assert qs[0].speaker["name"] == "Nguyen Thi Hoa"


def test_quote_after_a_colon_sentence_runs_over_paragraphs():
    text = ("Kao Kim Hourn, the bloc's secretary-general, set out three priorities:\n"
            "“First, we need to finish the digital economy agreement on time.\n"
            "Second, we must train more young people for the jobs that agreement creates.\n"
            "Third, every member should share data on floods and droughts.”\n"
            "The meeting ended at noon.")
    qs = run(text, people=[("Kao Kim Hourn",)])
    assert len(qs) == 1
    assert qs[0].text.startswith("First, we need") and qs[0].text.rstrip(".").endswith("droughts")
    assert qs[0].speaker["name"] == "Kao Kim Hourn"


def test_quote_paragraphs_each_opened_are_one_quote():
    text = ("Thongloun Sisoulith spoke last.\n"
            "“Laos will host the leaders with pride and care.\n"
            "“We ask every partner to join the new power grid,” he said.")
    qs = run(text, people=[("Thongloun Sisoulith",)])
    assert len(qs) == 1 and qs[0].text.startswith("Laos will host")
    assert qs[0].speaker["name"] == "Thongloun Sisoulith"


def test_unattributed_quote_paragraph_continues_the_previous_speaker():
    text = ("Envoy Ahmad Fauzi spoke at the event, and he called for calm at sea.\n"
            "“Restraint is the only path that keeps trade moving through these waters.”\n"
            "“No country gains from a closed sea lane,” Fauzi said.")
    qs = run(text, people=[("Ahmad Fauzi", "Fauzi")])
    assert speakers(qs) == [("Restraint", "Ahmad Fauzi"), ("No", "Ahmad Fauzi")]


def test_quote_with_no_speaker_named_has_none():
    text = "A sign at the gate read: “Visitors must register before entering the compound.”"
    qs = run(text)
    assert len(qs) == 1 and qs[0].speaker is None


def test_apostrophes_are_not_quote_marks():
    text = "Vietnam’s and the Philippines’ officials met at Manila’s port; the states’ ministers agreed."
    assert find_quote_spans(text) == []


def test_single_quotes_as_speech():
    text = "‘We will not accept any change to the border by force,’ said Marcos."
    qs = run(text, people=[("Ferdinand Marcos", "Marcos")])
    assert speakers(qs) == [("We", "Ferdinand Marcos")]


def test_reported_speech_is_indirect_and_only_added_on_request():
    text = ("Prabowo Subianto said the navy would buy two more frigates.\n"
            "He called for joint patrols in the Malacca Strait.")
    assert run(text, people=[("Prabowo Subianto",)]) == []
    qs = run(text, people=[("Prabowo Subianto",)], reported=True)
    assert [q.direct for q in qs] == [False, False]
    assert [q.speaker["name"] for q in qs] == ["Prabowo Subianto", "Prabowo Subianto"]
    assert qs[0].text.startswith("the navy would buy") and qs[1].text.startswith("joint patrols")


def test_reported_speech_function_skips_sentences_with_direct_quotes():
    doc = build("Lee said “the port will reopen on Monday after repairs”.", people=[("Lee",)])
    assert reported_speech(doc) == []


def test_pronoun_prefers_the_speaker_over_an_earlier_object():
    text = ("After talks with envoy Julie Bishop, Penny Wong said Canberra backed the plan.\n"
            "“Australia will keep funding the regional health fund,” she said.")
    qs = run(text, people=[("Julie Bishop",), ("Penny Wong",)])
    assert qs[0].speaker["name"] == "Penny Wong"


def test_surname_alone_before_the_cue_is_the_known_person():
    text = ("Prime Minister Hun Manet met investors on Tuesday.\n"
            "“Cambodia is open for business in every province,” Manet told the audience.")
    qs = run(text, people=[("Hun Manet",)])
    assert qs[0].speaker["name"] == "Hun Manet" and qs[0].cue == "told"


def test_unnamed_speakers_stay_unnamed_and_the_minister_is_resolved():
    text = ("Trade Minister Tengku Zafrul Aziz met exporters in Penang.\n"
            "“We expect chip exports to grow again next quarter,” the minister said.\n"
            "Analysts called the forecast “a bold but reasonable bet on global demand”.")
    qs = run(text, people=[("Tengku Zafrul Aziz",)])
    assert speakers(qs) == [("We", "Tengku Zafrul Aziz"), ("a", None)]


def test_interrupted_quote_gives_two_parts_with_one_speaker():
    text = "“Thailand has always backed dialogue,” Sihasak said, “and will keep doing so for as long as it takes.”"
    qs = run(text, people=[("Sihasak Phuangketkeow", "Sihasak")])
    assert [q.speaker["name"] for q in qs] == ["Sihasak Phuangketkeow"] * 2
    assert qs[1].text.startswith("and will keep")


def test_long_apposition_between_quote_and_cue():
    text = ("“The two neighbours gain most when their border stays open to trade,” Kin Phea, director of "
            "the International Relations Institute of Cambodia at the Royal Academy, told reporters.")
    qs = run(text, people=[("Kin Phea",)], orgs=[("International Relations Institute of Cambodia",)])
    assert qs[0].speaker["name"] == "Kin Phea" and qs[0].cue == "told"


def test_headline_quote_after_a_colon():
    text = "Anwar Ibrahim: ‘Malaysia will not take sides’\nThe prime minister spoke in Putrajaya."
    qs = run(text, people=[("Anwar Ibrahim",)])
    assert speakers(qs) == [("Malaysia", "Anwar Ibrahim")]


def test_he_added_continues_the_previous_quote_speaker():
    text = ("Sonexay Siphandone welcomed the leaders in Vientiane.\n"
            "“Laos is proud to host every one of you this week,” Sonexay said.\n"
            "Prime Minister Hun Manet also spoke.\n"
            "“Cambodia stands ready to work with all members,” the Prime Minister wrote.\n"
            "“Unity keeps the region at the centre of its own affairs,” he added.")
    qs = run(text, people=[("Sonexay Siphandone", "Sonexay"), ("Hun Manet",)])
    assert [q.speaker["name"] for q in qs] == ["Sonexay Siphandone", "Hun Manet", "Hun Manet"]


def test_labelling_verbs_are_cues_for_partial_quotes():
    text = "Minister Sugiono labelled the agreement “a turning point for the whole region”."
    qs = run(text, people=[("Sugiono",)])
    assert speakers(qs) == [("a", "Sugiono")] and qs[0].cue == "labelled"
