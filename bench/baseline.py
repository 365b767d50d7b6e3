#!/usr/bin/env python3
"""The peer: the census a data scientist would write with pandas and networkx, for the benchmark.

Reads one snapshot of Hub-API JSON Lines (gzip) and the organisation registry, and computes what
`modelcensus shares --by country` (uploader and origin views, 30-day downloads) and
`modelcensus families --top 20` compute, so that both can be timed on the same file and checked
against each other first (bench/run.sh compares them at 100k models before timing anything).

    bench/baseline.py models_2025-12-01.jsonl.gz data/organizations.csv > peer.json
"""
import json
import sys
from collections import defaultdict

import networkx as nx
import pandas as pd

RELATIONS = ("finetune", "adapter", "quantized", "merge")


def parents_of(tags):
    """Base models a model declares in its tags, each once, typed ones first (as ModelCensus reads them)."""
    typed, untyped = [], []
    for tag in tags if isinstance(tags, list) else []:
        if not tag.startswith("base_model:"):
            continue
        rest = tag[len("base_model:"):]
        relation, _, name = rest.partition(":")
        if name and relation in RELATIONS:
            if name not in typed:
                typed.append(name)
        elif rest not in untyped:
            untyped.append(rest)
    return typed + [name for name in untyped if name not in typed]


def main(snapshot, registry_csv):
    models = pd.read_json(snapshot, lines=True, compression="gzip")
    registry = pd.read_csv(registry_csv)
    registry["key"] = registry["namespace"].str.lower()
    country_of = dict(zip(registry["key"], registry["country"]))

    models["namespace"] = models["id"].str.split("/").str[0]
    models["downloads"] = models["downloads"].fillna(0).astype("int64")
    models["country"] = models["namespace"].str.lower().map(country_of).fillna("UNKNOWN")
    uploader = models.groupby("country")["downloads"].sum()

    # Lineage: an edge per declared parent, matched regardless of case; missing parents are roots.
    by_lower = {}
    for model_id in sorted(models["id"]):
        by_lower.setdefault(model_id.lower(), model_id)
    graph = nx.DiGraph()
    graph.add_nodes_from(models["id"])
    for model_id, tags in zip(models["id"], models["tags"]):
        for parent in parents_of(tags):
            resolved = by_lower.get(parent.lower(), parent)
            if resolved != model_id:
                graph.add_edge(model_id, resolved)
    # Cycles: the smallest id of each cycle drops its edge into the cycle.
    for cycle in list(nx.simple_cycles(graph)):
        smallest = min(cycle)
        position = cycle.index(smallest)
        following = cycle[(position + 1) % len(cycle)]
        if graph.has_edge(smallest, following):
            graph.remove_edge(smallest, following)
    roots = {}
    for node in reversed(list(nx.topological_sort(graph))):
        parents = list(graph.successors(node))
        roots[node] = {node} if not parents else set().union(*(roots[parent] for parent in parents))

    origin = defaultdict(float)
    family_root = defaultdict(float)
    family_derivatives = defaultdict(float)
    for model_id, namespace, downloads in zip(models["id"], models["namespace"], models["downloads"]):
        model_roots = roots[model_id]
        for root in model_roots:
            credit = downloads / len(model_roots)
            origin[country_of.get(root.split("/")[0].lower(), "UNKNOWN")] += credit
            if root == model_id:
                family_root[root] += downloads
            else:
                family_derivatives[root] += credit
    families = sorted(
        ((root, family_root.get(root, 0) + credit) for root, credit in family_derivatives.items()),
        key=lambda family: (-family[1], family[0]),
    )[:20]
    json.dump(
        {
            "uploader": {country: int(value) for country, value in uploader.items()},
            "origin": dict(origin),
            "families": families,
        },
        sys.stdout,
        indent=1,
        sort_keys=True,
    )
    print()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
