"""People the entity step missed, as the speaker finder reads them.

`Speakers` (`speakers.py`) answers "who said this" from the document's entity
mentions; a speaker is sometimes a name those lack, and this mixin finds it in
the text around a cue:

- a name set off by commas after a title ("Minister for X, Jane Doe, said");
- a single capitalised word before a cue ("Jokowi told") or a surname of a
  known person ("Marcos" after "Ferdinand Marcos Jr.");
- a run of capitalised words that is neither covered by an entity nor a
  place, framework or thing ("the Trilateral Highway").

Such a person is a `_Ref`: an entity-like object known only by its ref (the
KB's when the name is unambiguous there, else a local ``p:`` id).
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Any

from concord.datafiles import load_json
from concord.extract.speaker_text import slug

__all__ = ["Candidate", "MissedNames", "strip_honorifics"]

_DATA = load_json("concord.extract", "quotes_cues.json")
_NON_PERSON_HEADS = frozenset(_DATA["non_person_heads"])
_NAME_TOKEN = r"[A-ZÀ-ÖØ-Þ\u0100-\u024F\u1E00-\u1EFF][\w’'.\-]*"
_TITLE_WORDS = (r"(?:[Mm]inister|[Pp]resident|[Ss]ecretary|[Aa]mbassador|[Cc]hair(?:man|woman|person)?|[Dd]irector|"
                r"[Ss]pokes(?:man|woman|person)|[Ee]nvoy|[Gg]overnor|[Cc]ounsel+or|[Ll]eader|[Hh]ead|[Cc]hief)")
_APPOSED = re.compile(r",\s+(?P<name>[A-Z][^\s,;.()“”\"]*(?:\s+[A-Z][^\s,;.()“”\"]*){1,4}),")
_TITLE_BEFORE = re.compile(_TITLE_WORDS + r"\b[^,.;\n“”\"]{0,60}$")
_ONE_NAME = re.compile(r"\b[A-ZÀ-ÖØ-Þ\u0100-\u024F\u1E00-\u1EFF][^\W\d_]{2,}\b")
_NAME_RUN = re.compile(rf"{_NAME_TOKEN}(?:\s+{_NAME_TOKEN})+")
_NOT_NAME_START = frozenset("The A An In On At As After Before While When However Meanwhile It This That "
                            "These Those He She They We I His Her Its Their Our But And For From With By "
                            "Speaking Addressing Given During".split())


def strip_honorifics(name: str) -> str:
    """`name` without honorifics ("H.E. Dr. Sok Siphana" → "Sok Siphana"); empty when only honorifics."""
    try:
        from concord.kb.normalize import strip_honorifics as strip
    except ImportError:                          # the KB package is optional for this module
        return name
    return strip(name).strip()


@dataclass(slots=True)
class _Ref:
    """A person known only by a ref (a name the entity step missed)."""
    value: dict
    type: str = "PERSON"
    mentions: tuple = ()

    @property
    def id(self) -> str:
        return self.value["id"]

    @property
    def name(self) -> str:
        return self.value["name"]

    def ref(self) -> dict:
        return dict(self.value)


@dataclass(slots=True)
class Candidate:
    start: int
    end: int
    kind: str                    # "person", "pronoun", "body", "name"
    ref: dict | None             # {"id", "name"} when known


class MissedNames:
    """Mixin of `Speakers`: reads `text`, `kb`, `_surnames`, `_others`, `_is_covered`."""

    text: str
    kb: Any

    def _apposed_names(self, people: list) -> list[tuple[int, int, Any]]:
        """"Singapore's Minister for Communications, Jane Doe, said": a name set off
        by commas after a title, which the entity step may have missed."""
        out = []
        for m in _APPOSED.finditer(self.text):
            s, e = m.span("name")
            if not _TITLE_BEFORE.search(self.text, max(0, m.start() - 70), m.start()):
                continue
            if any(ps < e and s < pe for ps, pe, _ in people) or not strip_honorifics(m.group("name")):
                continue
            out.append((s, e, _Ref(self._name_ref(m.group("name")))))
        return out

    def single_name(self, start: int, end: int) -> Candidate | None:
        """text[start:end] when it is one capitalised word that may be a name ("Jokowi")."""
        m = _ONE_NAME.fullmatch(self.text, start, end)
        if not m or m.group(0) in _NOT_NAME_START or not strip_honorifics(m.group(0)):
            return None
        return Candidate(start, end, "name", self._name_ref(m.group(0)))

    def _name_runs(self, start: int, end: int) -> list[Candidate]:
        """Capitalised word runs that look like people's names the entity step missed."""
        out = []
        for m in _ONE_NAME.finditer(self.text, start, end):
            ent = self._surnames.get(m.group(0))
            if ent is not None and not self._is_covered(m.start(), m.end()):
                out.append(Candidate(m.start(), m.end(), "person", ent.ref()))
        for m in _NAME_RUN.finditer(self.text, start, end):
            name = m.group(0).rstrip(".,’'")
            if not strip_honorifics(name):
                out.append(Candidate(m.start(), m.start() + len(name), "noun", None))   # "Samdech Thipadei wrote"
                continue
            first = name.split()[0]
            if name.split()[-1].lower() in _NON_PERSON_HEADS or self._other_thing(m.start(), m.start() + len(name)):
                continue                              # "the Trilateral Highway", a place, a framework
            if first in _NOT_NAME_START or self.text[max(0, m.start() - 4):m.start()].lower() == "the " \
                    or self._is_covered(m.start(), m.end()) \
                    or any(c.start < m.end() and m.start() < c.end for c in out):
                continue
            out.append(Candidate(m.start(), m.start() + len(name), "name", self._name_ref(name)))
        return out

    def _other_thing(self, start: int, end: int) -> bool:
        """A place, country or framework named at text[start:end] (document entities
        or the KB): not a person."""
        i = bisect.bisect_right(self._others, (end, end)) - 1
        while i >= 0 and self._others[i][1] > start:
            if self._others[i][0] < end:
                return True
            i -= 1
        if self.kb is None:
            return False
        try:
            hits = self.kb.lookup(self.text[start:end])
        except Exception:
            return False
        return bool(hits) and not any(e.type == "PERSON" for e in hits)

    def _name_ref(self, name: str) -> dict:
        if self.kb is not None:
            try:
                hits = [e for e in self.kb.lookup(name) if e.type == "PERSON"]
            except Exception:          # a KB that cannot look up must not stop quotes
                hits = []
            if len(hits) == 1:
                return hits[0].ref()
        return {"id": f"p:{slug(name)}", "name": name}
