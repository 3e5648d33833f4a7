"""`concord kb ...`: look up, query, validate and extend the knowledge base.

Thin on purpose: every answer comes from `concord.kb`; this module only picks
the KB directories, formats the answer (text or JSON) and chooses exit codes.
"""
from __future__ import annotations

import json
from pathlib import Path

import click

from concord.cli import main
from concord.kb.model import ATTR_ROLES, ID_ATTRS, ROLES

FORMAT = click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text",
                      show_default=True, help="Output as readable text or as JSON.")
ON = click.option("--on", "on", metavar="DATE", default=None,
                  help="Only what was true on this date: YYYY-MM-DD, YYYY-MM, YYYY or \"15 May 2025\".")


def _add_dirs(ctx: click.Context, _param, value: tuple[Path, ...]) -> None:
    # `--kb-dir` is accepted after the subcommand too ("kb show X --kb-dir D").
    if value:
        # ctx.obj is the group's dict (click hands it down), so this adds to the group's list.
        ctx.ensure_object(dict).setdefault("kb_dir", []).extend(value)


KB_DIR = click.option("--kb-dir", "sub_kb_dir", multiple=True, expose_value=False, callback=_add_dirs,
                      type=click.Path(file_okay=False, path_type=Path),
                      help="Extra KB directory (same as `concord kb --kb-dir`).")


@main.group("kb")
@click.option("--kb-dir", "kb_dir", multiple=True, type=click.Path(file_okay=False, path_type=Path),
              help="Extra KB directory whose *.jsonl files add or override entities (repeatable; "
                   "setting kb_dir).")
@click.pass_context
def kb_group(ctx: click.Context, kb_dir: tuple[Path, ...]) -> None:
    """The knowledge base: states, organisations, people, places and their dated relations."""
    ctx.obj = {"kb_dir": list(kb_dir)}


def _kb(ctx: click.Context):
    from concord.kb.load import load_kb
    from concord.settings import load_settings
    given = (ctx.obj or {}).get("kb_dir") or None
    settings = load_settings(overrides={"kb_dir": [str(d) for d in given] if given else None})
    return load_kb(settings.kb_dir)


def _emit(data, fmt: str, text_lines) -> None:
    if fmt == "json":
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        for line in text_lines():
            click.echo(line)


@kb_group.command("show")
@click.argument("name")
@ON
@FORMAT
@KB_DIR
@click.pass_context
def show_cmd(ctx: click.Context, name: str, on: str | None, fmt: str) -> None:
    """Show the entity named NAME (any alias) or with id NAME."""
    from concord.kb.query import show
    record = show(_kb(ctx), name, on)
    _emit(record, fmt, lambda: _show_lines(record))


def _show_lines(record: dict):
    refs = record.get("refs") or {}
    yield f"{record['name']} [{record['id']}] {record['type']}"
    if record.get("wikidata"):
        yield f"  wikidata: {record['wikidata']}"
    if record["aliases"]:
        yield f"  aliases: {'; '.join(record['aliases'])}"
    for key, value in record["attrs"].items():
        if key in ATTR_ROLES:
            continue        # read as memberships: listed below as "has <role>"
        if key == "chairs":
            yield from _chair_lines(record, refs)
        else:
            yield f"  {key}: {_attr_text(key, value, refs)}"
    for o in record["offices"]:
        yield f"  office: {o['title']} of {_named(o['of'])}, {_span(o)}  ({o['source']})"
    for m in record["memberships"]:
        yield f"  {m.get('role', 'member')} of {_named(m['of'])}, {_span(m)}  ({m['source']})"
    for m in record["members"]:
        note = f"  ({m['note']})" if m.get("note") else ""
        yield f"  has {m.get('role', 'member')}: {_named(m['member'])}, {_span(m)}{note}"
    for o in record["office_holders"]:
        yield f"  {o['title']}: {o['person']['name']}, {_span(o)}"
    if record["other_matches"]:
        yield f"  also named so: {', '.join(_named(e) for e in record['other_matches'])}"


def _named(ref: dict) -> str:
    return f"{ref['name']} [{ref['id']}]" if ref.get("name") else ref["id"]


def _label(entity_id: str, refs: dict) -> str:
    """"Name (ACRONYM) [id]" for an id named in attrs; the bare id when the KB lacks it."""
    ref = refs.get(entity_id) or {}
    if not ref.get("name"):
        return entity_id
    acronym = f" ({ref['acronym']})" if ref.get("acronym") else ""
    return f"{ref['name']}{acronym} [{entity_id}]"


def _attr_text(key: str, value, refs: dict) -> str:
    if isinstance(value, str) and key in ID_ATTRS:
        return _label(value, refs)
    if isinstance(value, dict):
        return ", ".join(f"{k} {_attr_text(k, v, refs)}" for k, v in value.items())
    if isinstance(value, list):
        return "; ".join(_attr_text(key, v, refs) for v in value)
    return str(value)


def _chair_lines(record: dict, refs: dict):
    """`attrs.chairs` (chair by calendar year) as one line a year, or the year of --on only."""
    if "chair_on" in record:
        year = record["on"][:4]
        found = "; ".join(_named(c["country"]) for c in record["chair_on"]) or "not recorded"
        yield f"  chair of {record['name']} in {year}: {found}"
        return
    yield "  chair by year:"
    for chair in sorted(record["attrs"]["chairs"], key=lambda c: c.get("year") or 0):
        note = f"  ({chair['note']})" if chair.get("note") else ""
        yield f"    {chair.get('year')}  {_label(chair.get('country', '?'), refs)}{note}"


def _span(item: dict) -> str:
    end = item.get("end") or (f"present? (checked to {item['checked_until']})" if item.get("checked_until")
                              else "present")
    return f"{item.get('start') or '?'} – {end}"


@kb_group.command("holders")
@click.argument("title")
@click.option("--of", "of", required=True, metavar="NAME", help="The state or organisation (name or id).")
@ON
@FORMAT
@KB_DIR
@click.pass_context
def holders_cmd(ctx: click.Context, title: str, of: str, on: str | None, fmt: str) -> None:
    """Who held office TITLE (any variant) in a state or organisation."""
    kb = _kb(ctx)
    pairs = kb.holders(title, of, on)
    data = [{"person": person.ref(), **office.to_dict()} for person, office in pairs]

    def lines():
        if not data:
            yield f"no holder of {title!r} in {of!r}" + (f" on {on}" if on else "") + " in the knowledge base"
        for row in data:
            yield f"{row['person']['name']} [{row['person']['id']}]  {row['title']}, {_span(row)}  ({row['source']})"
    _emit(data, fmt, lines)


@kb_group.command("members")
@click.argument("name")
@ON
@click.option("--role", type=click.Choice(ROLES), default="member", show_default=True,
              help="Kind of membership: full members, dialogue partners, observers, associates.")
@FORMAT
@KB_DIR
@click.pass_context
def members_cmd(ctx: click.Context, name: str, on: str | None, role: str, fmt: str) -> None:
    """The members of organisation or framework NAME."""
    kb = _kb(ctx)
    pairs = kb.members(name, on, role)
    data = [{"member": entity.ref(), "role": m.role, "start": m.start, "end": m.end, "source": m.source}
            for entity, m in pairs]

    def lines():
        if not data:
            yield f"no {role} of {name!r}" + (f" on {on}" if on else "") + " in the knowledge base"
        for row in data:
            yield f"{row['member']['name']} [{row['member']['id']}]  {_span(row)}"
    _emit(data, fmt, lines)


@kb_group.command("validate")
@FORMAT
@KB_DIR
@click.pass_context
def validate_cmd(ctx: click.Context, fmt: str) -> None:
    """Check the KB: schema, ids, shared aliases, overlapping terms, sources. Exit 1 on errors."""
    from concord.kb.validate import validate_dirs
    from concord.kb.load import data_dir
    from concord.settings import load_settings
    given = (ctx.obj or {}).get("kb_dir") or None
    dirs = load_settings(overrides={"kb_dir": [str(d) for d in given] if given else None}).kb_dir
    report = validate_dirs([data_dir(), *map(Path, dirs)])
    _emit(report.to_dict(), fmt, lambda: report.lines())
    if not report.ok:
        ctx.exit(1)


@kb_group.command("import-wikidata")
@click.argument("dump", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--classes", default=None, metavar="QIDS",
              help="Comma-separated P31 classes to keep (default: states, cities, organisations).")
@click.option("--out", "out", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write entities to this .jsonl file (default: standard output). Put it in a --kb-dir.")
def import_wikidata_cmd(dump: Path, classes: str | None, out: Path | None) -> None:
    """Convert entities of chosen classes from a Wikidata JSON dump (plain or .bz2), offline."""
    from concord.kb.wikidata import DEFAULT_CLASSES, import_dump
    wanted = [c.strip() for c in classes.split(",") if c.strip()] if classes else list(DEFAULT_CLASSES)
    records = import_dump(dump, wanted)
    if out is None:
        for record in records:
            click.echo(json.dumps(record, ensure_ascii=False))
        return
    count = 0
    with out.open("w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
            count += 1
    click.echo(f"wrote {count} entities to {out}", err=True)
