"""The plan of a Spark run: which inputs go to which shard, and which shards are done.

Runs on the driver and needs no Spark. Inputs are listed with the same rules as
`concord ingest` (`concord.ingest.sources.expand`: files, folders, globs, URLs),
then spread over a fixed number of shards by a stable hash of their name, so the
same input lands in the same shard on every run and every machine (Python's own
``hash()`` changes between processes, so it is not used).

The output folder records its shard count in ``_manifest.json``; each finished
shard leaves a marker ``_shards/part-NNNNN.json`` naming the inputs it covered
(with size and modification time) and the configuration that produced it. A
shard is done when its marker matches what it would cover now, which makes a
rerun skip finished work and redo only shards whose inputs or configuration
changed (a new Concord version, another --kb-dir, a file edited or added).
"""
from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable

from concord import __version__
from concord.document import Failure
from concord.errors import ConfigError
from concord.settings import Settings

MANIFEST = "_manifest.json"
MARKERS = "_shards"
RECORDS = "records"
FAILURES = "failures"
LISTING_FAILURES = "part-listing.jsonl"
LAYOUT_VERSION = 1
FILES_PER_SHARD = 100            # default shard size for large inputs sets
SHARDS_PER_CORE = 4              # default floor: enough tasks to balance uneven files


@dataclass(frozen=True, slots=True)
class Input:
    """One input file or URL as the executors will read it."""
    source: str                  # the name records carry (absolute path, or URL)
    size: int | None = None      # None for URLs
    mtime_ns: int | None = None

    def key(self) -> list:
        return [self.source, self.size, self.mtime_ns]


def list_inputs(paths: Iterable[str]) -> tuple[list[Input], list[Failure]]:
    """Every input the paths name, as absolute paths (executors do not share the
    driver's working directory), and a Failure for each name that leads nowhere."""
    from concord.ingest.sources import expand

    paths = [_local(str(p)) for p in paths]
    check_paths(paths)
    inputs: list[Input] = []
    failures: list[Failure] = []
    for target in expand(paths):
        if isinstance(target, Failure):
            failures.append(target)
        elif target.kind == "url":
            inputs.append(Input(target.value))
        else:
            path = os.path.abspath(target.value)
            try:
                st = os.stat(path)
            except OSError as exc:
                failures.append(Failure(target.source, f"cannot read: {exc.strerror or exc}; "
                                                       "check the path and its permissions"))
                continue
            inputs.append(Input(path, st.st_size, st.st_mtime_ns))
    return inputs, failures


def check_paths(paths: Iterable[str]) -> None:
    """ConfigError for a name executors cannot read (before any Spark starts)."""
    for arg in paths:
        _check_supported(_local(str(arg)))


def _local(arg: str) -> str:
    # file:///data/x is the path /data/x, as Spark users often write it.
    return arg[len("file://"):] if arg.startswith("file:///") else arg


def _check_supported(arg: str) -> None:
    if arg == "-":
        raise ConfigError("standard input ('-') cannot be read on Spark: executors run on other "
                          "machines; save it to a file on a shared filesystem and name that file")
    scheme = arg.split("://", 1)[0].lower() if "://" in arg else None
    if scheme and scheme not in ("http", "https"):
        raise ConfigError(f"{arg}: {scheme}:// paths are not read directly; spark-extract reads "
                          "files on a filesystem every executor mounts at the same path (local disk "
                          "in local mode, NFS, a FUSE mount such as /dbfs or s3fs) and http(s) URLs")


def shard_of(source: str, shards: int) -> int:
    """The shard of an input: a stable hash of its name, the same on every machine."""
    digest = hashlib.sha256(source.encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big") % shards


def default_shards(inputs: int, parallelism: int) -> int:
    """Enough shards to keep every core busy, with about FILES_PER_SHARD files each
    for large sets, so that one failed task costs little to redo."""
    wanted = max(SHARDS_PER_CORE * parallelism, -(-inputs // FILES_PER_SHARD))
    return max(1, min(inputs, wanted))


def assign(inputs: list[Input], shards: int) -> dict[int, list[Input]]:
    """Inputs by shard, in the order they were listed (so records inside a part are in input order)."""
    plan: dict[int, list[Input]] = {shard: [] for shard in range(shards)}
    for item in inputs:
        plan[shard_of(item.source, shards)].append(item)
    return plan


def run_config(settings: Settings) -> dict[str, Any]:
    """What, besides the inputs, decides a shard's output: a change means redo."""
    return {"layout": LAYOUT_VERSION, "concord": __version__,   # the extractor is versioned with Concord
            "kb_dir": [os.path.abspath(d) for d in (settings.kb_dir or ())],
            "max_bytes": int(settings.max_bytes)}


# -- the output folder --------------------------------------------------------

def part_name(shard: int) -> str:
    return f"part-{shard:05d}.jsonl"


def marker_path(out_dir: Path, shard: int) -> Path:
    return out_dir / MARKERS / f"part-{shard:05d}.json"


def read_marker(out_dir: Path, shard: int) -> dict | None:
    try:
        return json.loads(marker_path(out_dir, shard).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None     # absent or cut short by a crash: the shard is redone


def is_done(marker: dict | None, inputs: list[Input], config: dict) -> bool:
    return (marker is not None and marker.get("config") == config
            and marker.get("inputs") == [i.key() for i in inputs])


def resolve_shards(out_dir: Path, requested: int | None, inputs: int, parallelism: int) -> int:
    """The folder's shard count: kept from its manifest, else `requested` or the default."""
    manifest = out_dir / MANIFEST
    if manifest.is_file():
        try:
            known = int(json.loads(manifest.read_text(encoding="utf-8"))["shards"])
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise ConfigError(f"{manifest}: unreadable manifest ({exc}); remove {out_dir} "
                              "or choose another --out") from exc
        if requested is not None and requested != known:
            raise ConfigError(f"{out_dir} was written with {known} partitions, not {requested}: "
                              f"rerun with --partitions {known} (or without it) to resume, "
                              "or choose another --out")
        return known
    shards = requested if requested is not None else default_shards(inputs, parallelism)
    if shards < 1:
        raise ConfigError(f"--partitions must be at least 1, got {shards}")
    write_if_changed(manifest, json.dumps({"layout": LAYOUT_VERSION, "shards": shards}) + "\n")
    return shards


def write_if_changed(path: Path, text: str) -> bool:
    """Write atomically, and only when the content differs, so a rerun that has
    nothing new to say leaves the folder untouched (same bytes, same times)."""
    try:
        if path.read_text(encoding="utf-8") == text:
            return False
    except OSError:
        pass
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
        tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, path)
    except OSError as exc:
        raise ConfigError(f"cannot write {path}: {exc.strerror or exc}; check that the output "
                          "folder is writable, or choose another --out") from exc
    return True
