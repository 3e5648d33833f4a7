"""Shared fixtures and helpers of the extraction tests (`handmade.build`)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from concord.document import Document
from concord.extract import Extractor
from concord.kb import default_kb

sys.path.insert(0, str(Path(__file__).resolve().parent))   # for `from handmade import build`


@pytest.fixture(scope="module")
def kb():
    """The packaged knowledge base (a module may override it with a small one of its own)."""
    return default_kb()


@pytest.fixture(scope="module")
def extract(kb):
    """Run the entities step on a text: `extract(text, outlet=None) -> Document`. Every
    mention it returns is checked to be evidence: its span holds its text."""
    extractor = Extractor(kb, steps=("entities",))

    def run(text: str, outlet: str | None = None) -> Document:
        doc = extractor(Document(source="test", text=text, outlet=outlet))
        for entity in doc.entities:
            for m in entity.mentions:
                assert text[m.start:m.end] == m.text, f"{entity.name}: span {m.start}-{m.end} is not {m.text!r}"
        return doc
    return run


@pytest.fixture
def unknown(kb):
    """`unknown(*names)`: a test's precondition that invented names are not in the KB,
    so a KB that grows cannot make the test pass for the wrong reason."""
    def check(*names: str) -> None:
        for name in names:
            assert not kb.lookup(name), f"test precondition: {name!r} must not be in the KB"
    return check


@pytest.fixture(scope="module")
def roles(kb):
    """Run the entities and roles steps: `roles(text) -> [(person, title, organisation)]`.
    Every role's span is checked to lie in the text, and its title never to have been
    made an entity."""
    extractor = Extractor(kb, steps=("entities", "roles"))

    def run(text: str) -> list[tuple[str, str, str | None]]:
        doc = extractor(Document(source="test", text=text))
        names = {e.name for e in doc.entities}
        for role in doc.roles:
            assert 0 <= role.start < role.end <= len(text)
            assert role.title not in names
        return [(r.person["name"], r.title, r.organization and r.organization["name"]) for r in doc.roles]
    return run
