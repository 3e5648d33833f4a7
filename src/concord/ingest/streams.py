"""Byte streams as the readers need them: a head to sniff, a size limit, a byte count.

Inputs are streams, not whole files, so a large WARC or JSON Lines file is read a
record at a time, and a too-large single document is refused after reading at
most `max_bytes` + 1 bytes of it (or none, when its size is known up front).
"""
from __future__ import annotations

import io
import zlib
from dataclasses import dataclass
from typing import BinaryIO

from concord.errors import InputError

CHUNK = 1 << 16


@dataclass(slots=True)
class Opened:
    """An open input: its bytes and what is known before reading them."""
    stream: BinaryIO
    name: str                          # path or URL, for the extension
    size: int | None = None            # bytes, when known before reading (files, Content-Length)
    content_type: str | None = None    # HTTP Content-Type
    url: str | None = None             # final URL after redirects


class _Prefixed(io.RawIOBase):
    """`head` (already read to sniff the format) followed by the rest of `stream`."""

    def __init__(self, head: bytes, stream: BinaryIO, error: BaseException | None = None):
        self._head = memoryview(head)
        self._stream = stream
        self._error = error      # damage met while reading the head, raised after it

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        if self._head:
            n = min(len(buffer), len(self._head))
            buffer[:n] = self._head[:n]
            self._head = self._head[n:]
            return n
        if self._error is not None:
            raise self._error
        data = self._stream.read(len(buffer))
        buffer[:len(data)] = data
        return len(data)


def split_head(stream: BinaryIO, size: int) -> tuple[bytes, BinaryIO]:
    """The first `size` bytes (fewer at the end of the input), and a stream that
    still yields all of them, so sniffing costs no seek (stdin and URLs cannot)."""
    head, error = b"", None
    try:
        while len(head) < size:
            chunk = stream.read(min(size - len(head), 8192))
            if not chunk:
                return head, io.BytesIO(head)     # the whole input: no wrapper needed
            head += chunk
    except (EOFError, OSError, zlib.error) as exc:
        if not head:
            raise
        error = exc       # a truncated gzip: keep what came before the damage
    return head, io.BufferedReader(_Prefixed(head, stream, error), CHUNK)


def read_limited(stream: BinaryIO, max_bytes: int, what: str = "input") -> bytes:
    """All of `stream`, or an InputError as soon as it passes `max_bytes`."""
    parts, total = [], 0
    while True:
        chunk = stream.read(CHUNK)
        if not chunk:
            return b"".join(parts)
        total += len(chunk)
        if total > max_bytes:
            raise too_large(what, None, max_bytes)
        parts.append(chunk)


def too_large(what: str, size: int | None, max_bytes: int) -> InputError:
    amount = f"{_mb(size)}, more than" if size is not None else "more than"
    return InputError(
        f"{what} is {amount} the {_mb(max_bytes)} that max_bytes allows; "
        "split it, or raise max_bytes (CONCORD_MAX_BYTES or concord.toml)")


def _mb(size: int) -> str:
    return f"{size:,} bytes ({size / 2**20:.0f} MiB)" if size >= 2**20 else f"{size:,} bytes"


class CountingReader(io.RawIOBase):
    """Counts the bytes read through it: WARC damage shows as bytes no record used."""

    def __init__(self, stream: BinaryIO):
        self._stream = stream
        self.count = 0

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:
        data = self._stream.read(size)
        self.count += len(data)
        return data

    def readinto(self, buffer) -> int:
        data = self.read(len(buffer))
        buffer[:len(data)] = data
        return len(data)

    def tell(self) -> int:
        # warcio counts offsets itself when the stream cannot tell; ours must not pretend.
        raise io.UnsupportedOperation("tell")

    def rest(self) -> None:
        """Read (and count) whatever is left."""
        while self.read(CHUNK):
            pass
