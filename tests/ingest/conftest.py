"""Fixtures for the reader tests: a real HTTP server on 127.0.0.1 serving tests/fixtures/ingest."""
from __future__ import annotations

import sys
import threading
from http.server import ThreadingHTTPServer
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))   # for `import ingest_support`

from ingest_support import Handler  # noqa: E402


class QuietServer(ThreadingHTTPServer):
    """Clients that hang up early (the timeout tests do) are expected: no traceback on
    stderr, where it would land in whatever later test captures the stream."""

    def handle_error(self, request, client_address):
        pass


@pytest.fixture
def http_base():
    """Base URL of a real HTTP server on 127.0.0.1 serving tests/fixtures/ingest."""
    server = QuietServer(("127.0.0.1", 0), Handler)
    server.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server.base
    server.shutdown()
    server.server_close()


