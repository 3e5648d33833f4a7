"""What the user named → byte streams: files, directories, globs, ``-`` and URLs.

`expand` turns each argument into `Target`s (or `Failure`s for names that lead
nowhere) without opening anything, so a missing file or an empty glob is reported
in the order given. `open_target` opens one target as an `Opened` stream with what
the transport knows about it (size, declared Content-Type, final URL).
"""
from __future__ import annotations

import glob
import io
import os
import sys
from dataclasses import dataclass
from typing import Iterable, Iterator

from concord.document import Failure
from concord.errors import InputError
from concord.ingest.fetch import is_url, open_url
from concord.ingest.streams import Opened

STDIN = "<stdin>"
_GLOB_CHARS = set("*?[")


@dataclass(slots=True)
class Target:
    kind: str          # "file", "stdin" or "url"
    value: str         # path or URL
    source: str        # how Documents name it


def expand(paths: Iterable[str]) -> Iterator[Target | Failure]:
    """Each argument as the inputs it names, in the order given (directories sorted)."""
    for arg in paths:
        arg = os.fspath(arg)
        if arg == "-":
            yield Target("stdin", "-", STDIN)
        elif is_url(arg):
            yield Target("url", arg, arg)
        elif os.path.isdir(arg):
            yield from _walk(arg)
        elif os.path.lexists(arg) or not (_GLOB_CHARS & set(arg)):
            yield Target("file", arg, arg)
        else:
            yield from _glob(arg)


def _glob(pattern: str) -> Iterator[Target | Failure]:
    matches = sorted(glob.glob(pattern, recursive=True))
    if not matches:
        yield Failure(pattern, "no file matches this pattern; check it, and quote it so "
                               "that the shell passes it on unexpanded")
    for match in matches:
        if os.path.isdir(match):
            yield from _walk(match)
        elif not _hidden(os.path.basename(match)):
            yield Target("file", match, match)


def _walk(root: str) -> Iterator[Target | Failure]:
    """Every non-hidden file under `root`, depth first, names sorted, so runs repeat."""
    errors: list[OSError] = []
    for folder, dirs, files in os.walk(root, onerror=errors.append):
        while errors:
            yield _dir_failure(errors.pop(0))
        dirs[:] = sorted(d for d in dirs if not _hidden(d))
        for name in sorted(files):
            if not _hidden(name):
                path = os.path.join(folder, name)
                if os.path.isfile(path):
                    yield Target("file", path, path)
                elif os.path.exists(path):   # opening a FIFO would wait for a writer forever
                    yield Failure(path, "not a regular file (a pipe, socket or device); name it "
                                        "on its own to read it")
    for error in errors:
        yield _dir_failure(error)


def _dir_failure(error: OSError) -> Failure:
    where = error.filename or "?"
    return Failure(str(where), f"cannot list this directory: {error.strerror or error}; "
                               "check that it exists and that you may read it")


def _hidden(name: str) -> bool:
    return name.startswith(".")


def open_target(target: Target, timeout: float) -> Opened:
    """Open one target for reading; raises InputError with a reason a user can act on."""
    if target.kind == "stdin":
        if sys.stdin is None or sys.stdin.closed:
            raise InputError("there is no standard input to read (it is closed)", source=STDIN)
        stream = getattr(sys.stdin, "buffer", None)
        if stream is None:   # a text stream put in place of stdin (tests, embedding)
            stream = io.BytesIO(sys.stdin.read().encode("utf-8"))
        return Opened(stream, name="")
    if target.kind == "url":
        return open_url(target.value, timeout)
    return _open_file(target.value)


def _open_file(path: str) -> Opened:
    try:
        stream = open(path, "rb")
        size = os.fstat(stream.fileno()).st_size
    except FileNotFoundError:
        raise InputError("no such file; check the path", source=path) from None
    except PermissionError:
        raise InputError("permission denied; check the file's permissions or run as a user "
                         "who may read it", source=path) from None
    except OSError as exc:
        raise InputError(f"cannot open: {exc.strerror or exc}", source=path) from None
    return Opened(stream, name=path, size=size)
