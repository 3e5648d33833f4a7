from concord.document import Document, Entity, Mention, document_id


def test_document_id_is_stable_and_ignores_spacing_and_case():
    assert document_id("Hello  World\n") == document_id("hello world")
    assert document_id("Hello world") != document_id("Hello world!")
    assert document_id("x").startswith("d:") and len(document_id("x")) == 18


def test_record_round_trip_keeps_annotations():
    doc = Document(source="a.txt", text="Hun Sen spoke.")
    doc.assign_id()
    doc.entities.append(Entity(id="Q57788", name="Hun Sen", type="PERSON", wikidata="Q57788",
                               mentions=[Mention(0, 7, "Hun Sen")]))
    record = doc.to_record()
    back = Document.from_record(record)
    assert back.to_record() == record
    m = back.entities[0].mentions[0]
    assert back.text[m.start:m.end] == "Hun Sen"
