"""Quote attribution on shapes the seed texts do not show: names inside the quote,
things that look like names, "she said" after someone of the other gender, and
"it said in a statement"."""
from __future__ import annotations

import re
from types import SimpleNamespace

from concord.document import Document, Entity, Mention
from concord.extract import quotes
from concord.extract.speakers import Speakers


class _KB:
    """The few KB calls the speaker code makes: genders by id, nothing to look up."""

    def __init__(self, genders: dict[str, str]):
        self.genders = genders

    def get(self, id):
        if id not in self.genders:
            return None
        return SimpleNamespace(id=id, type="PERSON", attrs={"gender": self.genders[id]})

    def lookup(self, name):
        return []


def build(text, **groups):
    ents = []
    for typ, names in groups.items():
        for name, *forms in names:
            ent = Entity(id="x:" + name.lower().replace(" ", "-"), name=name, type=typ)
            for form in sorted([name, *forms], key=len, reverse=True):
                for m in re.finditer(re.escape(form), text):
                    if not any(x.start <= m.start() < x.end for x in ent.mentions):
                        ent.mentions.append(Mention(m.start(), m.end(), form))
            ent.mentions.sort(key=lambda m: m.start)
            ents.append(ent)
    return Document(source="test", text=text, entities=ents)


def speaker_of(text, kb=None, **groups):
    doc = build(text, **groups)
    quotes.annotate(doc, kb)
    assert len(doc.quotes) == 1, doc.quotes
    return doc.quotes[0].speaker["name"] if doc.quotes[0].speaker else None


def test_she_skips_a_nearer_man_known_to_the_kb():
    text = ("Kavita Rao, the trade secretary, opened the session with Daniel Okoro. "
            "Okoro thanked the hosts. “We cannot wait for the next flood to share data,” she said.")
    kb = _KB({"x:kavita-rao": "female", "x:daniel-okoro": "male"})
    assert speaker_of(text, kb, PERSON=[("Kavita Rao",), ("Daniel Okoro", "Okoro")]) == "Kavita Rao"


def test_forms_of_address_give_the_gender_without_a_kb():
    text = ("Mrs Amara Silva chaired the panel beside Mr Hugo Brandt. Mr Brandt spoke first. "
            "“Every delta town needs an early warning siren,” she said.")
    people = [("Amara Silva",), ("Hugo Brandt", "Brandt")]
    assert speaker_of(text, None, PERSON=people) == "Amara Silva"


def test_a_pronoun_the_text_itself_gives_keeps_the_nearest_person():
    # the text calls the person "his" in the same sentence: the slip is the text's, the referent stays
    text = ("Mrs Amara Silva met Mr Hugo Brandt. In his speech, Mrs Silva praised the river pact. "
            "“The pact is the start, not the end of our work,” he said.")
    people = [("Amara Silva", "Mrs Silva"), ("Hugo Brandt",)]
    assert speaker_of(text, None, PERSON=people) == "Amara Silva"


def test_it_said_in_a_statement_is_the_organisation_of_the_previous_sentence():
    text = ("The Karen National Union condemned the shelling of two villages. "
            "“These attacks on farmers must stop at once,” it said in a statement.")
    assert speaker_of(text, None, ORGANIZATION=[("Karen National Union",)]) == "Karen National Union"


def test_a_name_inside_the_quote_never_speaks_it():
    text = "The envoy arrived late. “Hanoi and Vientiane must finish the rail link this year,” said the envoy."
    doc = build(text, PLACE=[("Hanoi",), ("Vientiane",)])
    quotes.annotate(doc, None)
    assert doc.quotes and all((q.speaker or {}).get("name") not in ("Hanoi", "Vientiane") for q in doc.quotes)


def test_a_thing_named_before_the_cue_is_not_a_speaker():
    text = "“Goods will cross three borders in two days,” the Trilateral Highway report said."
    assert speaker_of(text) != "Trilateral Highway"


def test_speakers_read_gender_from_forms_of_address():
    doc = build("Daw Khin Lay and U Aung Min met.", PERSON=[("Khin Lay",), ("Aung Min",)])
    sp = Speakers(doc)
    genders = {ent.name: sp.gender_of(ent) for ent in doc.entities}
    assert genders == {"Khin Lay": "female", "Aung Min": "male"}


def test_he_said_never_points_at_a_person_named_inside_the_quote():
    text = "Dr Lena Park opened the session. “Samak Wongsa deserves the credit for this idea,” she said."
    people = [("Lena Park",), ("Samak Wongsa",)]
    assert speaker_of(text, None, PERSON=people) == "Lena Park"


def test_she_said_after_another_woman_is_named_is_not_the_previous_speaker():
    text = ("“Our ports must open to every flag,” Ines Moreau told the conference.\n\n"
            "Kavita Rao said her country agreed. “Open ports make safer seas,” she said.")
    doc = build(text, PERSON=[("Ines Moreau",), ("Kavita Rao",)])
    kb = _KB({"x:ines-moreau": "female", "x:kavita-rao": "female"})
    quotes.annotate(doc, kb)
    assert [q.speaker["name"] for q in doc.quotes] == ["Ines Moreau", "Kavita Rao"]
