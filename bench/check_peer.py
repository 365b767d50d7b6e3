#!/usr/bin/env python3
"""Checks that the peer (bench/baseline.py) gives ModelCensus's figures before it is timed.

    bench/check_peer.py DIR    # DIR holds uploader.json, origin.json, families.json and peer.json
"""
import json
import math
import sys


def close(a, b):
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-6)


def main(directory):
    peer = json.load(open(f"{directory}/peer.json"))
    problems = []
    for view in ("uploader", "origin"):
        ours = {row["key"]: row["downloads"] for row in json.load(open(f"{directory}/{view}.json"))["rows"]}
        theirs = {key: value for key, value in peer[view].items() if value}
        ours = {key: value for key, value in ours.items() if value}
        if set(ours) != set(theirs) or any(not close(ours[key], theirs[key]) for key in ours):
            problems.append(f"{view}: ModelCensus {ours} but the peer {theirs}")
    families = json.load(open(f"{directory}/families.json"))["families"]
    ours = [(family["root"], family["rootDownloads"] + family["derivativeDownloads"]) for family in families]
    theirs = [tuple(family) for family in peer["families"]]
    if [root for root, _ in ours] != [root for root, _ in theirs] or any(
        not close(a[1], b[1]) for a, b in zip(ours, theirs)
    ):
        problems.append(f"families: ModelCensus {ours[:5]}... but the peer {theirs[:5]}...")
    if problems:
        print("\n".join(problems), file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main(sys.argv[1])
