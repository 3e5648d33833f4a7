"""Entity edges met in real articles: a demonym before a place word ("the Chinese
border"), a portfolio before a title ("External Affairs Minister X"), a country that
belongs inside an institution's name ("National University of Timor-Leste")."""
from __future__ import annotations

from concord.document import Document
from concord.extract import extract_document


def entities(text: str) -> list[tuple[str, str]]:
    doc = extract_document(Document(source="test", text=text))
    return [(e.name, e.type) for e in doc.entities]


def test_a_demonym_before_a_place_word_is_not_a_place():
    found = entities("Trucks queued at the Chinese border while farmers in Thai Binh province waited.")
    assert ("Chinese", "PLACE") not in found
    assert ("Thai Binh", "PLACE") in found


def test_a_portfolio_before_a_title_is_not_a_person():
    found = entities("Budgets grew again. The External Affairs Minister will take part in the forum.")
    assert not [name for name, typ in found if typ == "PERSON"]


def test_a_country_stays_inside_a_national_institution_s_name():
    found = entities("Lecturers at the National University of Samoa joined the study.")
    assert ("National University of Samoa", "ORGANIZATION") in found
    assert ("National University", "ORGANIZATION") not in found


def test_a_longer_office_name_still_gives_its_country():
    found = entities("The Office of the National Water Resources of Thailand released the figures.")
    assert ("Thailand", "COUNTRY") in found


def test_a_place_joined_by_and_to_a_place_after_in_is_a_place_too():
    found = entities("Growers in Bac Lieu and Soc Trang lost their crops to salt water.")
    assert ("Bac Lieu", "PLACE") in found and ("Soc Trang", "PLACE") in found


def test_a_name_before_area_is_a_place():
    assert ("Phum Sre Kor", "PLACE") in entities("Shelling was reported across the Phum Sre Kor area overnight.")
