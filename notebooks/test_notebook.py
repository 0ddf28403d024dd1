"""Runs castgraph.ipynb against a graph that is not the demo's.

The graph is made from testdata/other-graph.jsonl, made-up facts about shows
and people the sample articles never name: `castgraph load` puts them in a
new data directory and `castgraph serve` serves it on a free loopback port.
The notebook must run top to bottom and pick what it shows from that graph.

The castgraph binary is CASTGRAPH_BIN (scripts/notebook sets it), else
`castgraph` on the PATH; with neither, the test is skipped. Run it with
`pytest notebooks/test_notebook.py` from the repository's root or from
notebooks/.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import time
from pathlib import Path

import nbformat
import pytest
import requests

import execute

HERE = Path(__file__).resolve().parent
NOTEBOOK = HERE / "castgraph.ipynb"
FACTS = HERE / "testdata" / "other-graph.jsonl"


def castgraph_bin() -> str:
    if os.environ.get("CASTGRAPH_BIN"):
        return os.environ["CASTGRAPH_BIN"]
    found = shutil.which("castgraph")
    if found is None:
        pytest.skip("no castgraph binary: set CASTGRAPH_BIN (scripts/notebook does) or put castgraph on the PATH")
    return found


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def other_graph(tmp_path_factory) -> str:
    """The URL of a castgraph serving the made-up facts."""
    binary = castgraph_bin()
    tmp = tmp_path_factory.mktemp("other-graph")
    data = tmp / "data"
    load = subprocess.run([binary, "load", "--data", str(data), str(FACTS)], capture_output=True, text=True)
    assert load.returncode == 0, f"castgraph load failed:\n{load.stdout}\n{load.stderr}"

    port = free_port()
    url = f"http://127.0.0.1:{port}/graphql"
    log = open(tmp / "server.log", "w")
    server = subprocess.Popen([binary, "serve", "--data", str(data), "--addr", f"127.0.0.1:{port}"],
                              stdout=log, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 30
        while True:
            if server.poll() is not None:
                pytest.fail(f"castgraph serve exited with {server.returncode}:\n{(tmp / 'server.log').read_text()}")
            try:
                requests.post(url, json={"query": "{ stats { people } }"}, timeout=2).raise_for_status()
                break
            except requests.RequestException:
                if time.monotonic() > deadline:
                    pytest.fail(f"castgraph serve did not answer at {url} within 30s:\n{(tmp / 'server.log').read_text()}")
                time.sleep(0.2)
        yield url
    finally:
        server.terminate()
        server.wait(timeout=10)
        log.close()


def printed(nb) -> str:
    """Everything the notebook's cells printed."""
    return "".join(o.get("text", "") for c in nb.cells if c.cell_type == "code" for o in c.outputs
                   if o.get("output_type") == "stream")


def test_notebook_runs_on_another_graph(other_graph, tmp_path, monkeypatch):
    figures = tmp_path / "figures"
    monkeypatch.setenv("CASTGRAPH_URL", other_graph)
    monkeypatch.setenv("CASTGRAPH_FIGURES", str(figures))
    monkeypatch.setenv("MPLBACKEND", "Agg")
    out = tmp_path / "castgraph.ipynb"

    code = execute.main([str(NOTEBOOK), str(out), "--timeout", "120"])
    nb = nbformat.read(out, as_version=4)
    text = printed(nb)
    errors = [f"{o['ename']}: {o['evalue']}" for c in nb.cells if c.cell_type == "code" for o in c.outputs
              if o.get("output_type") == "error"]
    assert code == 0, f"the notebook failed on another graph: {errors}\nit printed:\n{text}"

    # What it picked comes from this graph: the most credited show, the two
    # shows sharing the most actors, the most credited actor and crew member,
    # and two people six steps apart.
    for line in [
        "show:          Harbour Lights",
        "two shows:     Harbour Lights and The Glass Orchard",
        "actor:         Ada Quill",
        "crew member:   Ruth Calder",
        "path between:  Iris Kemp and Tomas Reyne",
        "sample data:   False",
        "linking actors: Ada Quill, Tomas Reyne",
        "length: 6",
        "other shows: Night Ferry, Paper Moons, The Glass Orchard",
        "20 credits of 11 people on 7 shows",
    ]:
        assert line in text, f"{line!r} not in what the notebook printed:\n{text}"
    for name in ["All of Us Are Dead", "Squid Game", "Roh Jae-won", "Minami Hamabe"]:
        assert name not in text, f"the notebook printed the demo's {name!r} on another graph:\n{text}"
    assert sorted(p.name for p in figures.glob("*.png")) == ["most-connected.png", "neighbourhood.png", "shortest-path.png"]
