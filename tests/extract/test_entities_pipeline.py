"""The Extractor: step order, missing steps, re-extraction, error reporting (issue 4)."""
from __future__ import annotations

import sys
import types

import pytest

from concord.document import Document, Entity
from concord.errors import ExtractionError
from concord.extract import Extractor, extract_document


class _NoKB:
    """A KB that must never be touched by the steps used in these tests."""


def _install_step(name: str, annotate) -> None:
    module = types.ModuleType(f"concord.extract.{name}")
    module.annotate = annotate
    sys.modules[module.__name__] = module


def test_missing_steps_are_skipped_and_present_ones_run_in_order():
    calls = []
    _install_step("_test_first", lambda doc, kb: calls.append("first"))
    _install_step("_test_second", lambda doc, kb: calls.append("second"))
    extractor = Extractor(_NoKB(), steps=("_test_first", "_test_not_written_yet", "_test_second"))
    extractor(Document(source="x", text="Nothing here."))
    assert calls == ["first", "second"]
    assert [name for name, _fn in extractor.steps] == ["_test_first", "_test_second"]


def test_re_extraction_replaces_previous_facts():
    _install_step("_test_adds", lambda doc, kb: doc.entities.append(Entity("x:1", "X", "PLACE")))
    doc = Document(source="x", text="Some text.")
    extractor = Extractor(_NoKB(), steps=("_test_adds",))
    extractor(doc)
    extractor(doc)
    assert len(doc.entities) == 1


def test_a_failing_step_names_itself_and_the_document():
    def boom(doc, kb):
        raise ValueError("bad offset")
    _install_step("_test_boom", boom)
    with pytest.raises(ExtractionError, match=r"doc-7.*'_test_boom'.*ValueError: bad offset"):
        Extractor(_NoKB(), steps=("_test_boom",))(Document(source="doc-7", text="x"))


def test_extract_document_uses_the_default_kb():
    doc = extract_document(Document(source="x", text="Cambodia and Laos signed a treaty."))
    assert {"Cambodia", "Laos"} <= {e.name for e in doc.entities}


def test_money_in_us_dollars_is_not_the_united_states():
    doc = Extractor(steps=("entities",))(Document(source="x", text="The loan of US$40 million helps Laos."))
    assert "United States" not in {e.name for e in doc.entities}


def test_large_shouting_input_stays_fast():
    import time
    text = ("CAMBODIA AND LAOS SIGN THE MEKONG WATER AGREEMENT AND THE RIVER INITIATIVE " * 3000)
    started = time.process_time()
    doc = Extractor(steps=("entities", "roles"))(Document(source="x", text=text))
    assert time.process_time() - started < 10
    assert {"Cambodia", "Laos"} <= {e.name for e in doc.entities}
