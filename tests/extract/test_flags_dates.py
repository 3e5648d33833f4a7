"""kb_conflict: which date an office claim is checked on, honorifics between title
and name, and offices with no state named."""
from __future__ import annotations

import json

import pytest

from concord.document import Document, Role
from concord.extract import flags
from concord.kb import load_kb


@pytest.fixture
def kb(tmp_path):
    def fm(start, end):
        return [{"title": "Foreign Minister", "of": "Q1", "start": start, "end": end, "source": "test"}]
    rows = [
        {"id": "Q1", "type": "COUNTRY", "name": "Freedonia", "aliases": []},
        {"id": "p:old-holder", "type": "PERSON", "name": "Rufus Tan", "offices": fm("1999-01-01", "2003-12-31")},
        {"id": "p:ana-lim", "type": "PERSON", "name": "Ana Lim", "attrs": {"gender": "female"},
         "offices": fm("2018-01-01", "2022-12-31")},
        {"id": "p:tomas-reyes", "type": "PERSON", "name": "Tomas Reyes", "attrs": {"gender": "male"},
         "offices": fm("2023-01-01", None)},
    ]
    (tmp_path / "test.jsonl").write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    return load_kb([tmp_path], include_default=False)


def run(text, kb, published, roles=()):
    doc = Document(source="test", text=text, published=published, roles=list(roles))
    flags.annotate(doc, kb)
    return [f for f in doc.flags if f.kind == "kb_conflict"]


def role(text, name, pid, org=None):
    start = text.index(name)
    return Role(person={"id": pid, "name": name}, title="Foreign Minister",
                organization=org, start=start, end=start + len(name))


def test_a_date_of_another_sentence_does_not_date_the_claim(kb):
    text = ("The river fund was launched in November 2000 by three states.\n"
            "Freedonia's foreign minister, Tomas Reyes, said it had done well.")
    assert run(text, kb, "2024-05-02") == []


def test_a_date_another_verb_governs_in_the_same_sentence_does_not_count(kb):
    text = "Freedonia's foreign minister, Tomas Reyes, praised the fund launched in November 2000."
    assert run(text, kb, "2024-05-02") == []


def test_a_year_in_the_same_sentence_dates_the_claim(kb):
    text = "In 2020, Freedonia's foreign minister, Ana Lim, opened the border talks."
    assert run(text, kb, "2024-05-02") == []


def test_an_honorific_between_title_and_name_is_still_checked(kb):
    text = "Freedonia's foreign minister, Datuk Seri Ana Lim, opened the border talks."
    found = run(text, kb, "2024-05-02")
    assert len(found) == 1 and "Tomas Reyes" in found[0].message


def test_an_office_with_no_state_named_is_checked_against_the_persons_own_office(kb):
    text = "Foreign Minister Datuk Seri Ana Lim met traders in the port on Monday."
    found = run(text, kb, "2024-05-02", [role(text, "Ana Lim", "p:ana-lim")])
    assert len(found) == 1 and "Freedonia" in found[0].message


def test_no_holder_on_record_for_that_date_gives_no_flag(kb):
    text = "Freedonia's foreign minister, Ana Lim, opened the border talks."
    assert run(text, kb, "1990-05-02") == []
