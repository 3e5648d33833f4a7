"""Issue 5: the queries shared by the CLI, the REST API and the web interface."""
import pytest

from concord.graph import NotFound, queries


def test_full_text_search_finds_articles_and_entities(sample_store):
    store, (a, b, c) = sample_store
    found = queries.search(store, "water data")
    assert [d["id"] for d in found["documents"]["items"]] == [c.id]
    assert "[" in found["documents"]["items"][0]["snippet"]
    names = {e["name"] for e in queries.search(store, "Hun Man")["entities"]}
    assert "Hun Manet" in names
    assert queries.search(store, "   ")["documents"]["total"] == 0
    assert queries.search(store, 'quote" OR (')["documents"]["total"] == 0    # no FTS syntax error


def test_entity_profile_gathers_offices_events_quotes_and_companions(sample_store):
    store, (a, b, c) = sample_store
    profile = queries.entity_profile(store, "p:hun-manet")
    assert {"Prime Minister"} <= {o["title"] for o in profile["offices"]}
    assert [e["type"] for e in profile["events"]] == ["SUMMIT"]
    assert profile["quotes"][0]["text"] == "Cambodia supports a stronger ASEAN"
    assert {d["id"] for d in profile["documents"]} == {a.id, b.id}
    assert "Q7768" in {e["id"] for e in profile["co_occurring"]}
    with pytest.raises(NotFound):
        queries.entity_profile(store, "p:nobody")


def test_an_office_stated_in_many_articles_is_listed_once(sample_store, make_doc):
    from concord.pipeline import store_document
    store, _ = sample_store
    for day in ("2023-10-02", "2023-11-14"):
        text = f"Prime Minister Hun Manet met investors in Phnom Penh on {day}."
        doc = make_doc(f"pm-{day}.txt", text, day, [("p:hun-manet", "Hun Manet", "PERSON", ["Hun Manet"]),
                                                    ("Q424", "Cambodia", "COUNTRY", [])],
                       roles=[("p:hun-manet", "Prime Minister", "Q424", "Prime Minister Hun Manet")])
        store_document(store, doc)
    stated = [o for o in queries.entity_profile(store, "p:hun-manet")["offices"]
              if o["document_id"] and o["title"] == "Prime Minister"]
    assert len(stated) == 1
    assert stated[0]["articles"] == 3 and stated[0]["published"] == "2023-11-14"   # the latest is the evidence


def test_timeline_filters_by_entity_type_and_period(sample_store):
    store, _ = sample_store
    assert [e["type"] for e in queries.timeline(store)["items"]] == ["MEETING", "SUMMIT"]
    assert queries.timeline(store, entity="Q869")["total"] == 1
    assert queries.timeline(store, framework="fw:lmc")["items"][0]["type"] == "MEETING"
    assert queries.timeline(store, date_from="2023-09")["total"] == 1
    assert queries.timeline(store, date_to="2023-08")["total"] == 1
    assert queries.timeline(store, type="summit", date_to="2022")["total"] == 0


def test_quote_search_by_speaker_name_words_and_period(sample_store):
    store, _ = sample_store
    assert queries.quotes(store, speaker="Joko Widodo")["total"] == 1
    assert queries.quotes(store, q="stronger")["items"][0]["speaker_id"] == "p:hun-manet"
    assert queries.quotes(store, date_from="2023-09-06")["total"] == 1
    page = queries.quotes(store, limit=1)
    assert page["total"] == 2 and len(page["items"]) == 1


def test_neighbourhood_links_entities_and_events(sample_store):
    store, _ = sample_store
    graph = queries.neighbourhood(store, "Q424")
    ids = {n["id"] for n in graph["nodes"]}
    assert "Q869" in ids                           # co-occurs in the Mekong article
    labels = {e["label"] for e in graph["edges"]}
    assert "took_part_in" in labels and "co_occurs" in labels
    assert any(n["kind"] == "event" for n in graph["nodes"])


def test_flagged_documents_and_document_view(sample_store):
    store, (a, b, c) = sample_store
    flagged = queries.flagged_documents(store)
    assert [d["id"] for d in flagged["items"]] == [b.id]
    view = queries.document_view(store, a.id)
    assert view["text"] == a.text and view["provenance"][0]["source"] == "a.txt"


def test_snippet_marks_the_words_around_the_first_match():
    text = "Opening words. " + "filler " * 40 + "The Mekong River Commission met in Vientiane. " + "more " * 40
    cut = queries.snippet(text, ["Mekong", "Vient"])
    assert "[Mekong]" in cut and "[Vientiane]" in cut
    assert cut.startswith("… ") and cut.endswith(" …") and len(cut) < 200
    assert queries.snippet("short text", []) == "short text"
