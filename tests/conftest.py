"""Shared test fixtures. Tests build small inputs by hand; the seed articles are read
from ../shared/eval/dev/ only when present, and tests that need them skip otherwise."""
from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED_DEV = REPO.parent / "shared" / "eval" / "dev"


@pytest.fixture
def dev_set() -> Path:
    """The seed articles and their gold answers; skips when they are not beside the repo."""
    if not (SHARED_DEV / "texts").is_dir():
        pytest.skip("../shared/eval/dev is not present")
    return SHARED_DEV


@pytest.fixture
def repo_root() -> Path:
    return REPO


# -- a small graph built by hand, shared by the graph, serve and export tests ----------

def _mentions(text: str, surface: str):
    from concord.document import Mention
    found, start = [], text.find(surface)
    while start >= 0:
        found.append(Mention(start, start + len(surface), surface))
        start = text.find(surface, start + len(surface))
    assert found, f"{surface!r} not in text"
    return found


def annotated_doc(source: str, text: str, published: str | None, entities, events=(), quotes=(),
                  roles=(), flags=()):
    """A Document as the extractor would leave it. `entities`: (id, name, type, [surfaces]);
    `events`: (id, type, name, surface, date, location ref or None, [participant ids]);
    `quotes`: (surface, speaker id or None); `roles`: (person id, title, org id or None, surface)."""
    from concord.document import Document, Entity, Event, Flag, Quote, Role
    doc = Document(source=source, original=text, text=text, published=published,
                   title=text.split(".")[0][:60], format="txt")
    doc.assign_id()
    names = {}
    for eid, name, etype, surfaces in entities:
        mentions = [m for s in surfaces for m in _mentions(text, s)]
        doc.entities.append(Entity(id=eid, name=name, type=etype, mentions=mentions))
        names[eid] = name
    ref = lambda eid: {"id": eid, "name": names.get(eid, eid)}  # noqa: E731
    for eid, etype, name, surface, date, location, participants in events:
        start = text.index(surface)
        doc.events.append(Event(id=eid, type=etype, name=name, date=date,
                                date_precision={10: "day", 7: "month", 4: "year"}.get(len(date or ""), None),
                                location=ref(location) if location else None,
                                participants=[ref(p) for p in participants], start=start,
                                end=start + len(surface)))
    for surface, speaker in quotes:
        start = text.index(surface)
        doc.quotes.append(Quote(text=surface, start=start, end=start + len(surface),
                                speaker=ref(speaker) if speaker else None, cue="said"))
    for person, title, org, surface in roles:
        start = text.index(surface)
        doc.roles.append(Role(person=ref(person), title=title, organization=ref(org) if org else None,
                              start=start, end=start + len(surface)))
    for kind, message in flags:
        doc.flags.append(Flag(kind=kind, message=message))
    return doc


SUMMIT_REPORT_A = (
    "Leaders gathered for the 43rd ASEAN Summit in Jakarta on 5 September 2023. "
    "Indonesian President Joko Widodo chaired the meeting. "
    "“We must keep the region a place of peace,” Joko Widodo said. "
    "Cambodia was represented by Prime Minister Hun Manet. Minh, an aide, took notes.")
SUMMIT_REPORT_B = (
    "The 43rd ASEAN Summit opened in Jakarta with a call for unity. "
    "Hun Manet told reporters that “Cambodia supports a stronger ASEAN”. "
    "Another official, Minh, spoke to the press about <script>alert('x')</script> rumours.")
MEKONG_REPORT = (
    "Foreign ministers of the Mekong-Lancang Cooperation met in Chiang Mai in August 2023. "
    "Cambodia and Thailand backed new water data sharing.")


def build_sample_docs():
    """Two reports of one summit (to be merged), one unrelated meeting; two different 'Minh's."""
    a = annotated_doc(
        "a.txt", SUMMIT_REPORT_A, "2023-09-06",
        [("Q7768", "ASEAN", "ORGANIZATION", ["ASEAN"]), ("Q3630", "Jakarta", "PLACE", ["Jakarta"]),
         ("p:joko-widodo", "Joko Widodo", "PERSON", ["Joko Widodo"]), ("Q424", "Cambodia", "COUNTRY", ["Cambodia"]),
         ("p:hun-manet", "Hun Manet", "PERSON", ["Hun Manet"]), ("p:minh", "Minh", "PERSON", ["Minh"])],
        events=[("e:a1", "SUMMIT", "43rd ASEAN Summit", "43rd ASEAN Summit", "2023-09-05", "Q3630",
                 ["Q7768", "Q424"])],
        quotes=[("We must keep the region a place of peace", "p:joko-widodo")],
        roles=[("p:hun-manet", "Prime Minister", "Q424", "Prime Minister Hun Manet")])
    b = annotated_doc(
        "b.txt", SUMMIT_REPORT_B, "2023-09-05",
        [("Q7768", "ASEAN", "ORGANIZATION", ["ASEAN"]), ("Q3630", "Jakarta", "PLACE", ["Jakarta"]),
         ("p:hun-manet", "Hun Manet", "PERSON", ["Hun Manet"]), ("p:minh", "Minh", "PERSON", ["Minh"])],
        events=[("e:b1", "SUMMIT", "The 43rd ASEAN Summit", "43rd ASEAN Summit", "2023-09", "Q3630", ["Q7768"])],
        quotes=[("Cambodia supports a stronger ASEAN", "p:hun-manet")],
        flags=[("garbled_name", "a name looks garbled")])
    c = annotated_doc(
        "c.txt", MEKONG_REPORT, "2023-08-20",
        [("fw:lmc", "Lancang-Mekong Cooperation", "FRAMEWORK", ["Mekong-Lancang Cooperation"]),
         ("Q424", "Cambodia", "COUNTRY", ["Cambodia"]), ("Q869", "Thailand", "COUNTRY", ["Thailand"]),
         ("place:chiang-mai", "Chiang Mai", "PLACE", ["Chiang Mai"])],
        events=[("e:c1", "MEETING", "Mekong-Lancang Cooperation Foreign Ministers' Meeting",
                 "Foreign ministers of the Mekong-Lancang Cooperation met", "2023-08", "place:chiang-mai",
                 ["Q424", "Q869"])])
    return [a, b, c]


@pytest.fixture
def sample_store(tmp_path):
    """A real SQLite store holding the hand-built sample documents and their facts."""
    from concord.pipeline import store_document
    from concord.store import Store
    store = Store(tmp_path / "sample.db")
    docs = build_sample_docs()
    for doc in docs:
        store_document(store, doc)
    yield store, docs
    store.close()


@pytest.fixture
def make_doc():
    """`annotated_doc` for tests that build their own annotated documents."""
    return annotated_doc
