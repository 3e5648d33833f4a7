"""Extraction: entities, roles, quotes, events and credibility flags.

`Extractor(kb)` is a callable ``doc -> doc``. It runs the steps of `STEPS` in
order; each step is a module of this package with a function
``annotate(doc: Document, kb) -> None`` that adds its annotations to the
document. A step whose module is not there (yet) is skipped, so the pipeline
always runs. Annotations are reset first, so extracting a document again
replaces its facts instead of adding to them.

    from concord.extract import extract_document
    doc = extract_document(doc)          # default knowledge base
"""
from __future__ import annotations

import importlib
from types import ModuleType
from typing import Any, Callable

from concord.document import Document
from concord.errors import ExtractionError

__all__ = ["Extractor", "extract_document", "STEPS"]

# Order matters: roles need entities; quotes need people; events need entities
# and dates; flags look at everything before them.
STEPS: tuple[str, ...] = ("entities", "roles", "quotes", "events", "flags")


def _load_step(name: str) -> Callable[[Document, Any], None] | None:
    """The `annotate` function of step `name`, or None when the module is absent."""
    module_name = f"{__name__}.{name}"
    try:
        module: ModuleType = importlib.import_module(module_name)
    except ModuleNotFoundError as exc:
        if exc.name == module_name:      # only the step itself missing; real import bugs surface
            return None
        raise
    return getattr(module, "annotate", None)


class Extractor:
    """Runs the extraction steps on a document.

    `kb` is a `concord.kb.KnowledgeBase`; None loads `concord.kb.default_kb()`
    on first use, so building an Extractor is cheap.
    """

    def __init__(self, kb: Any = None, steps: tuple[str, ...] = STEPS):
        self._kb = kb
        self._step_names = steps
        self._steps: list[tuple[str, Callable[[Document, Any], None]]] | None = None

    @property
    def kb(self) -> Any:
        if self._kb is None:
            from concord.kb import default_kb
            self._kb = default_kb()
        return self._kb

    @property
    def steps(self) -> list[tuple[str, Callable[[Document, Any], None]]]:
        if self._steps is None:
            loaded = ((name, _load_step(name)) for name in self._step_names)
            self._steps = [(name, fn) for name, fn in loaded if fn is not None]
        return self._steps

    def __call__(self, doc: Document) -> Document:
        doc.entities, doc.roles, doc.quotes, doc.events, doc.flags = [], [], [], [], []
        kb = self.kb
        for name, annotate in self.steps:
            try:
                annotate(doc, kb)
            except ExtractionError:
                raise
            except Exception as exc:  # a bug in one step must name the step and the document
                raise ExtractionError(
                    f"{doc.source or doc.id}: extraction step {name!r} failed: "
                    f"{type(exc).__name__}: {exc}; please report this document"
                ) from exc
        return doc


_DEFAULT: Extractor | None = None


def extract_document(doc: Document, kb: Any = None) -> Document:
    """Extract everything from `doc` (default knowledge base unless `kb` is given)."""
    global _DEFAULT
    if kb is not None:
        return Extractor(kb)(doc)
    if _DEFAULT is None:
        _DEFAULT = Extractor()
    return _DEFAULT(doc)
