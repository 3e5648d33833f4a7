"""A real uvicorn server on 127.0.0.1 over a real SQLite store, for API and browser tests."""
from __future__ import annotations

import socket
import threading
import time

import pytest
import uvicorn

from concord.serve import create_app

TOKEN = "test-token-123"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def server(sample_store):
    """Base URL of a live server over the sample store (with an API token), and the docs."""
    store, docs = sample_store
    port = _free_port()
    config = uvicorn.Config(create_app(store.path, api_token=TOKEN), host="127.0.0.1", port=port,
                            log_level="warning")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not srv.started:
        if time.monotonic() > deadline:
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}", docs
    srv.should_exit = True
    thread.join(timeout=10)
