"""Issue 5: 'proposed' relations read from the text, with their evidence span."""
from concord.graph.relations import proposals

PERSON = ("p:hun-sen", "Hun Sen", "PERSON")
MAPI = ("fw:mapi", "Mekong-Asia Pacific Initiative", "FRAMEWORK")


def test_passive_and_active_proposals_are_found(make_doc):
    text = ("Delegates discussed the Mekong-Asia Pacific Initiative (MAPI) proposed by Prime Minister "
            "Hun Sen in Seoul. Later, Kao Kim Hourn launched the ASEAN Digital Masterplan in Jakarta.")
    doc = make_doc("p.txt", text, None, [
        (*PERSON, ["Hun Sen"]), (*MAPI, ["Mekong-Asia Pacific Initiative"]),
        ("p:kao-kim-hourn", "Kao Kim Hourn", "PERSON", ["Kao Kim Hourn"]),
        ("fw:adm", "ASEAN Digital Masterplan", "FRAMEWORK", ["ASEAN Digital Masterplan"])])
    found = proposals(doc)
    assert [(p, f) for p, f, _, _ in found] == [("p:hun-sen", "fw:mapi"), ("p:kao-kim-hourn", "fw:adm")]
    start, end = found[0][2], found[0][3]
    assert text[start:end].startswith("Mekong-Asia") and text[start:end].endswith("Hun Sen")


def test_names_in_separate_clauses_are_not_a_proposal(make_doc):
    text = ("Hun Sen spoke first. The Mekong-Asia Pacific Initiative was discussed later, and "
            "the plan proposed by officials was adopted.")
    doc = make_doc("q.txt", text, None, [(*PERSON, ["Hun Sen"]), (*MAPI, ["Mekong-Asia Pacific Initiative"])])
    assert proposals(doc) == []
