"""Tests of castgraph_figures on small made-up graphs: no server needed."""

from __future__ import annotations

import math

import matplotlib

matplotlib.use("Agg")

import networkx as nx  # noqa: E402
import pytest  # noqa: E402

from castgraph_figures import draw_neighbourhood, draw_path, radial_layout  # noqa: E402


def neighbourhood() -> nx.Graph:
    """A show, three of its people and the other shows they are in."""
    g = nx.Graph()
    g.add_node("Home Show", kind="show", centre=True)
    for p, credit in (("Ada Field", "cast"), ("Bo Reyes", "cast"), ("Cy Lund", "crew")):
        g.add_node(p, kind="person", centre=False)
        g.add_edge("Home Show", p, credit=credit)
    for s, people in (("North", ["Ada Field"]), ("South", ["Ada Field", "Bo Reyes"]), ("West", ["Cy Lund"]),
                      ("East", ["Cy Lund"])):
        g.add_node(s, kind="show", centre=False)
        for p in people:
            g.add_edge(s, p, credit="cast")
    return g


def test_radial_layout_rings():
    g = neighbourhood()
    pos = radial_layout(g)
    assert set(pos) == set(g.nodes)
    assert pos["Home Show"] == (0.0, 0.0)
    for p in ("Ada Field", "Bo Reyes", "Cy Lund"):
        assert math.hypot(*pos[p]) == pytest.approx(1.0)
    for s in ("North", "South", "West", "East"):
        assert math.hypot(*pos[s]) == pytest.approx(2.0)
    # No two outer shows in one place, even West and East, which share
    # their one person and so want the same angle.
    outer = [pos[s] for s in ("North", "South", "West", "East")]
    for i, a in enumerate(outer):
        for b in outer[i + 1:]:
            assert math.dist(a, b) > 0.3


def test_radial_layout_outer_show_near_its_person():
    g = neighbourhood()
    pos = radial_layout(g)
    # North's one person is Ada Field: North is nearer to her than to Cy Lund.
    assert math.dist(pos["North"], pos["Ada Field"]) < math.dist(pos["North"], pos["Cy Lund"])


def test_draw_neighbourhood_labels_every_node():
    fig = draw_neighbourhood(neighbourhood(), "Home Show")
    texts = {t.get_text() for t in fig.axes[0].texts}
    assert set(neighbourhood().nodes) <= texts
    assert fig.axes[0].get_title() == "Home Show"


def test_draw_path_labels_nodes_and_steps():
    path = {"length": 2, "nodes": [
        {"kind": "person", "name": "Ada Field", "evidence": []},
        {"kind": "show", "name": "North", "evidence": [{"article": "a1"}, {"article": "a2"}]},
        {"kind": "person", "name": "Bo Reyes", "evidence": [{"article": "a2"}]},
    ]}
    fig = draw_path(path, "Shortest path, length 2")
    texts = [t.get_text() for t in fig.axes[0].texts]
    for name in ("Ada Field", "North", "Bo Reyes", "a1, a2", "a2"):
        assert name in texts
