"""Ministries named after their country, in every way news writes them.

"the Vietnamese Foreign Ministry", "Việt Nam's Foreign Ministry", "the Foreign
Ministry of Viet Nam" and "the Ministry of Foreign Affairs of Vietnam" are one
organisation. Its name is made canonical ("Ministry of Foreign Affairs of
Vietnam", with the KB name of the country) and linked to the KB when the KB has
it, so every form gets the same id.
"""
from __future__ import annotations

import re
from typing import Any

from concord.extract.names import Cand
from concord.link import KBView
from concord.link.fold import fold

__all__ = ["canonical_ministry", "lowercase_ministries"]

_FOREIGN = {"foreign ministry", "foreign affairs ministry", "ministry of foreign affairs",
            "ministry for foreign affairs", "mofa"}
_X_MINISTRY = re.compile(r"^([\w ]+?) [Mm]inistry$")
_OF_TAIL = re.compile(r"\s+of\s+(?:the\s+)?$")
_POSSESSIVE_GAP = re.compile(r"^['’]s?\s+$")


def _core_name(core: str) -> str:
    key = fold(core).strip()
    if key in _FOREIGN:
        return "Ministry of Foreign Affairs"
    m = _X_MINISTRY.match(core)
    if m:
        return f"Ministry of {m.group(1).strip()}"
    return core


def canonical_ministry(text: str, cand: Cand, kb_cands: list[Cand], view: KBView) -> list[Cand]:
    """Give a ministry candidate its country, canonical name and id.

    Returns the KB country candidates absorbed into the ministry's mention
    ("Việt Nam" in "Việt Nam's Foreign Ministry"), which the caller drops.
    """
    surface = text[cand.start:cand.end]
    country: Any = None
    core = surface
    absorbed: list[Cand] = []
    first, _, rest = surface.partition(" ")
    if rest and fold(first) in view.demonyms:
        country = view.get(view.demonyms[fold(first)])
        core = rest
    for kc in kb_cands:
        if kc.type != "COUNTRY":
            continue
        if cand.start <= kc.start and kc.end == cand.end:          # "... of Viet Nam"
            head = _OF_TAIL.split(text[cand.start:kc.start])[0]
            if head != text[cand.start:kc.start]:
                country, core = view.get(kc.kb_id), head
                absorbed.append(kc)
        elif kc.end <= cand.start and _POSSESSIVE_GAP.match(text[kc.end:cand.start]):
            country = view.get(kc.kb_id)                             # "Việt Nam's Foreign Ministry"
            cand.start = kc.start
            absorbed.append(kc)
    core = _core_name(core.strip())
    name = f"{core} of {country.name}" if country is not None else core
    linked = None
    if country is not None and core == "Ministry of Foreign Affairs":
        linked = view.foreign_ministries.get(country.id)
    linked = linked or view.link_name(name, ("ORGANIZATION",))
    if linked is None and country is None:
        linked = view.link_name(surface, ("ORGANIZATION",))
    cand.source = "ministry"
    cand.name = linked.name if linked is not None else name
    cand.kb_id = linked.id if linked is not None else None
    return absorbed


# The look-behind follows the capital (and spans it) so that the engine can skip to
# capitals at C speed rather than test the look-behind at every position.
_LOWER_MINISTRY = re.compile(
    r"([A-Z](?<![\w-][A-Z])[\w'’-]+)[ \t]+((?:(?:foreign|affairs|defen[cs]e|finance|interior|home|trade|"
    r"commerce|health|education|information|justice|agriculture|environment|economy|industry)[ \t]+){1,2}"
    r"ministry|ministry[ \t]+of[ \t]+foreign[ \t]+affairs)\b")


def lowercase_ministries(text: str, view: KBView, taken: bytearray) -> list[Cand]:
    """"the Cambodian foreign ministry", "Thailand's foreign ministry": a ministry
    named in lower case after its country's demonym or possessive."""
    out: list[Cand] = []
    if "ministry" not in text:                    # the common case, decided at C speed
        return out
    for m in _LOWER_MINISTRY.finditer(text):
        owner = m.group(1)
        bare = owner[:-2] if owner.endswith(("'s", "’s")) else owner.rstrip("'’")
        country_id = view.demonyms.get(fold(owner))
        if country_id is None:
            found = [e for e in view.kb.lookup(bare) if e.type == "COUNTRY"] if bare != owner else []
            country_id = found[0].id if found else None
        if country_id is None or any(taken[m.start(2):m.end()]):
            continue
        country = view.get(country_id)
        cand = Cand(m.start(), m.end(), "ORGANIZATION", "ministry")
        core = _core_name(m.group(2).title().replace("Of", "of"))
        name = f"{core} of {country.name}"
        linked = (view.foreign_ministries.get(country_id) if core == "Ministry of Foreign Affairs" else None) \
            or view.link_name(name, ("ORGANIZATION",))
        cand.name = linked.name if linked is not None else name
        cand.kb_id = linked.id if linked is not None else None
        out.append(cand)
    return out
