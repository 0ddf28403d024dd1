"""Figures for castgraph.ipynb: a shortest path as a chain and a show's
neighbourhood as rings, drawn with networkx and matplotlib.

People are blue circles, shows orange squares. Each function returns the
matplotlib figure and leaves saving and showing it to the caller.
"""

from __future__ import annotations

import math

import matplotlib.pyplot as plt
import networkx as nx
from matplotlib.lines import Line2D

KIND_COLOURS = {"person": "#4C72B0", "show": "#DD8452"}
KIND_SHAPES = {"person": "o", "show": "s"}
LABEL_BOX = {"facecolor": "white", "edgecolor": "none", "alpha": 0.8, "pad": 1}


def kind_legend(ax, loc, extra=()):
    """A legend of the node kinds, with extra handles after them."""
    handles = [Line2D([], [], marker=KIND_SHAPES[k], color="none", markerfacecolor=c, markeredgecolor="none",
                      markersize=10, label=k) for k, c in KIND_COLOURS.items()]
    ax.legend(handles=handles + list(extra), loc=loc, fontsize=9, frameon=False)


def draw_path(path, title):
    """A shortestPath answer as a chain: its nodes left to right and, on each
    step, the articles that back it."""
    g = nx.path_graph(len(path["nodes"]))
    pos = {i: (i, 0) for i in g.nodes}
    fig, ax = plt.subplots(figsize=(2.8 * len(path["nodes"]), 2.6))
    nx.draw_networkx_edges(g, pos, width=2, ax=ax)
    for kind in KIND_COLOURS:
        nodes = [i for i, n in enumerate(path["nodes"]) if n["kind"] == kind]
        nx.draw_networkx_nodes(g, pos, nodelist=nodes, node_color=KIND_COLOURS[kind],
                               node_shape=KIND_SHAPES[kind], node_size=900, ax=ax)
    nx.draw_networkx_labels(g, {i: (x, y - 0.35) for i, (x, y) in pos.items()},
                            labels={i: n["name"] for i, n in enumerate(path["nodes"])}, font_size=10, ax=ax)
    edge_labels = {(i - 1, i): ", ".join(sorted({e["article"] for e in n["evidence"]}))
                   for i, n in enumerate(path["nodes"]) if i > 0}
    nx.draw_networkx_edge_labels(g, pos, edge_labels=edge_labels, font_size=8, ax=ax)
    ax.set_title(title)
    ax.set_ylim(-0.7, 0.5)
    ax.set_xlim(-0.6, len(path["nodes"]) - 0.4)
    kind_legend(ax, "upper left")
    ax.axis("off")
    return fig


def radial_layout(g):
    """Positions for a neighbourhood graph: the node marked centre=True at the
    origin, its neighbours on the unit circle (ordered by credit, then name),
    every other node on a circle of radius 2, near the mean angle of its
    neighbours and at least a small gap from the next."""
    centre = next(n for n, d in g.nodes(data=True) if d.get("centre"))
    people = sorted(g.neighbors(centre), key=lambda p: (g.edges[centre, p]["credit"], p))
    pos = {centre: (0.0, 0.0)}
    angle = {}
    for i, p in enumerate(people):
        angle[p] = 2 * math.pi * i / len(people)
        pos[p] = (math.cos(angle[p]), math.sin(angle[p]))
    outer = [n for n in g if n not in pos]
    # Each outer show goes at the mean angle of its people, then spread out so none overlap.
    wanted = {}
    for s in outer:
        xs = [math.cos(angle[p]) for p in g.neighbors(s)]
        ys = [math.sin(angle[p]) for p in g.neighbors(s)]
        wanted[s] = math.atan2(sum(ys), sum(xs)) % (2 * math.pi)
    order = sorted(outer, key=lambda s: (wanted[s], s))
    gap = min(2 * math.pi / max(len(order), 1), 0.35)
    placed = []
    for s in order:
        a = wanted[s]
        if placed and a < placed[-1] + gap:
            a = placed[-1] + gap
        placed.append(a)
    # Centre the spread of each run of shows on the angles they wanted.
    shift = (sum(wanted[s] for s in order) - sum(placed)) / max(len(order), 1)
    for s, a in zip(order, placed):
        pos[s] = (2.0 * math.cos(a + shift), 2.0 * math.sin(a + shift))
    return pos


def draw_neighbourhood(g, title):
    """A show's neighbourhood (radial_layout's graph: nodes with a kind,
    edges with a credit, cast or crew) as rings around the show."""
    fig, ax = plt.subplots(figsize=(11, 9))
    pos = radial_layout(g)
    for credit, style in (("cast", "solid"), ("crew", "dashed")):
        edges = [(u, v) for u, v, d in g.edges(data=True) if d["credit"] == credit]
        nx.draw_networkx_edges(g, pos, edgelist=edges, style=style, edge_color="#777777", ax=ax)
    for kind in KIND_COLOURS:
        nodes = [n for n, d in g.nodes(data=True) if d["kind"] == kind]
        sizes = [1800 if g.nodes[n].get("centre") else 500 for n in nodes]
        nx.draw_networkx_nodes(g, pos, nodelist=nodes, node_color=KIND_COLOURS[kind],
                               node_shape=KIND_SHAPES[kind], node_size=sizes, ax=ax)
    labels = nx.draw_networkx_labels(g, {n: (x, y - 0.17) for n, (x, y) in pos.items()}, font_size=9, ax=ax,
                                     bbox=LABEL_BOX)
    centre = next(n for n, d in g.nodes(data=True) if d.get("centre"))
    labels[centre].set_position((0, -0.24))
    labels[centre].set_fontweight("bold")
    ax.set_title(title)
    kind_legend(ax, "upper left", [Line2D([], [], color="#777777", label="acts in"),
                                   Line2D([], [], color="#777777", linestyle="--", label="crew of")])
    ax.margins(0.12)
    ax.axis("off")
    return fig
