"""Office titles and their variants, read from ``data/titles.json``.

Titles are data so that a new variant ("Minister of Foreign Affairs and
International Cooperation") is one line in a JSON file. `Titles.canonical` maps any
variant to its canonical title; `Titles.counts_as` says which canonical titles an
office counts as for a given state or organisation, so that a "Deputy Prime
Minister cum Foreign Minister" is found among foreign ministers, and the US
Secretary of State too (but not a Cambodian Secretary of State).
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from concord.datafiles import load_json
from concord.errors import KnowledgeBaseError
from concord.kb.normalize import normalize_name


@dataclass(frozen=True, slots=True)
class Title:
    title: str
    single_holder: bool = False
    variants: tuple[str, ...] = ()
    includes: tuple[str, ...] = ()
    counts_as: dict[str, tuple[str, ...]] = field(default_factory=dict)


class Titles:
    """The title table: variant → canonical title, and what an office counts as."""

    def __init__(self, titles: list[Title]):
        self.by_title = {t.title: t for t in titles}
        self._canonical: dict[str, str] = {}
        self.clashes: list[str] = []   # variants claimed by two titles (reported by validate)
        for t in titles:
            for text in (t.title, *t.variants):
                key = normalize_name(text)
                known = self._canonical.get(key)
                if known and known != t.title:
                    self.clashes.append(f"title variant {text!r} belongs to both {known!r} and {t.title!r}")
                    continue
                self._canonical[key] = t.title

    def canonical(self, text: str) -> str:
        """The canonical title of any variant; an unknown title is returned as written."""
        return self._canonical.get(normalize_name(text), text.strip())

    def known(self, text: str) -> bool:
        return normalize_name(text) in self._canonical

    def normalised_variants(self) -> frozenset[str]:
        """Every title and variant, normalised ("prime minister", "fm"): for stripping titles from names."""
        return frozenset(self._canonical)

    def single_holder(self, title: str) -> bool:
        t = self.by_title.get(self.canonical(title))
        return bool(t and t.single_holder)

    def counts_as(self, title: str, of: str) -> set[str]:
        """Every canonical title that an office `title` held in `of` (an entity id) counts as."""
        first = self.canonical(title)
        seen: set[str] = set()
        todo = [first]
        while todo:
            name = todo.pop()
            if name in seen:
                continue
            seen.add(name)
            t = self.by_title.get(name)
            if t is None:
                continue
            todo.extend(t.includes)
            todo.extend(other for other, where in t.counts_as.items() if of in where)
        return seen

    def all_texts(self) -> list[str]:
        """Every title and variant as written, longest first (for matching in text)."""
        texts = {text for t in self.by_title.values() for text in (t.title, *t.variants)}
        return sorted(texts, key=len, reverse=True)


def read_titles(path: Path | None = None) -> Titles:
    """Read a titles file (the packaged one by default)."""
    if path is None:
        raw, where = None, "kb/data/titles.json"
    else:
        raw, where = path.read_text(encoding="utf-8"), str(path)
    try:
        entries = (load_json("concord.kb", "titles.json") if raw is None else json.loads(raw))["titles"]
        titles = [Title(title=e["title"], single_holder=bool(e.get("single_holder")),
                        variants=tuple(e.get("variants", ())), includes=tuple(e.get("includes", ())),
                        counts_as={k: tuple(v) for k, v in (e.get("counts_as") or {}).items()})
                  for e in entries]
    except (ValueError, KeyError, TypeError) as exc:
        raise KnowledgeBaseError(
            f"{where}: cannot read titles ({exc}); expected {{\"titles\": [{{\"title\", \"variants\"}}]}}") from exc
    return Titles(titles)


@lru_cache(maxsize=1)
def default_titles() -> Titles:
    return read_titles()
