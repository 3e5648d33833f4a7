"""Issue 5: one node per real-world thing across articles."""
from concord.graph import queries, save_facts
from concord.graph.events import dates_agree, series_and_ordinal


def test_two_reports_of_one_summit_become_one_event(sample_store):
    store, (a, b, c) = sample_store
    summits = queries.timeline(store, type="SUMMIT")["items"]
    assert len(summits) == 1
    profile = queries.event_profile(store, summits[0]["id"])
    assert {s["id"] for s in profile["sources"]} == {a.id, b.id}
    assert profile["date"] == "2023-09-05"            # the finer date wins
    assert profile["location_id"] == "Q3630"
    spoken = {q["text"] for q in profile["quotes"]}
    assert "Cambodia supports a stronger ASEAN" in spoken and len(spoken) == 2


def test_different_ordinals_or_contradicting_dates_stay_apart():
    assert series_and_ordinal("the 43rd ASEAN Summit") == ("asean summit", 43)
    assert series_and_ordinal("Seventh ASEAN-UN Workshop") == ("asean un workshop", 7)
    assert series_and_ordinal("ASEAN Summit 2023") == ("asean summit", None)
    assert dates_agree("2023-09", "2023-09-05") and not dates_agree("2023-09-05", "2023-09-06")


def test_a_summit_with_another_ordinal_is_a_new_node(sample_store):
    store, (a, _, _) = sample_store
    a.events[0].name = "44th ASEAN Summit"
    a.events[0].date = "2024-10-08"
    save_facts(store, a)
    assert queries.timeline(store, type="SUMMIT")["total"] == 2


def test_one_word_names_outside_the_kb_are_never_merged(sample_store):
    store, (a, b, _) = sample_store
    minhs = [row[0] for row in store.conn.execute(
        "SELECT id FROM graph_entities WHERE name = 'Minh'")]
    assert len(minhs) == 2 and all("@" in m for m in minhs)
    manet = [row[0] for row in store.conn.execute(
        "SELECT DISTINCT entity_id FROM graph_mentions WHERE text = 'Hun Manet'")]
    assert manet == ["p:hun-manet"]                    # a full name merges across articles


def test_reextracting_replaces_facts_without_duplicates(sample_store):
    store, (a, _, _) = sample_store
    before = store.conn.execute("SELECT COUNT(*) FROM graph_mentions").fetchone()[0]
    save_facts(store, a)
    save_facts(store, a)
    after = store.conn.execute("SELECT COUNT(*) FROM graph_mentions").fetchone()[0]
    assert before == after
    a.quotes.clear()
    save_facts(store, a)
    assert queries.quotes(store, speaker="p:joko-widodo")["total"] == 0
