#!/usr/bin/env python3
"""Merges dataset fragments (partial format-2 objects) into one format-2 dataset.

    python3 data/merge-fragments.py FRAGMENT.json... > data/tokayev-china-2025.json

Lists of objects with an `id` are joined in the order the fragments are given; an id given
twice is kept once if both are the same, and reported (the first is kept) if they differ.
`visit` and `investment_pattern` come from the first fragment that has them. A fragment's
top-level `places` is read as vocabulary places. Then run `visit-dash check` on the result.
"""

import json
import sys

LISTS = ["sources", "people", "companies", "context", "events",
         "agreements", "investments", "corridors", "quotes"]
VOCABULARY = ["sectors", "statuses", "places"]
SINGLE = ["visit", "investment_pattern"]
KNOWN = set(LISTS) | set(SINGLE) | {"format", "vocabulary", "places", "notes"}


def merge(into, items, where, problems):
    seen = {x.get("id"): x for x in into}
    for x in items:
        key = x.get("id")
        if key in seen:
            if seen[key] != x:
                problems.append(f"{where}: `{key}` differs from the one merged before; kept the first")
            continue
        seen[key] = x
        into.append(x)


def main(paths):
    out = {"format": 2}
    lists = {k: [] for k in LISTS}
    vocab = {k: [] for k in VOCABULARY}
    problems = []
    for path in paths:
        with open(path, encoding="utf-8") as f:
            frag = json.load(f)
        for key in frag:
            if key not in KNOWN:
                problems.append(f"{path}: unknown top-level key `{key}`; left out")
        if frag.get("format", 2) != 2:
            problems.append(f"{path}: format {frag['format']}; expected 2")
        for key in SINGLE:
            if key in frag:
                if key in out and out[key] != frag[key]:
                    problems.append(f"{path}: a second `{key}`; kept the first")
                out.setdefault(key, frag[key])
        for key in LISTS:
            merge(lists[key], frag.get(key, []), f"{path}: {key}", problems)
        for key in VOCABULARY:
            merge(vocab[key], frag.get("vocabulary", {}).get(key, []),
                  f"{path}: vocabulary.{key}", problems)
        merge(vocab["places"], frag.get("places", []), f"{path}: places", problems)
    ordered = {"format": 2}
    if "visit" in out:
        ordered["visit"] = out["visit"]
    ordered["sources"] = lists["sources"]
    ordered["vocabulary"] = vocab
    for key in ["people", "companies", "context"]:
        ordered[key] = lists[key]
    if "investment_pattern" in out:
        ordered["investment_pattern"] = out["investment_pattern"]
    for key in ["events", "agreements", "investments", "corridors", "quotes"]:
        ordered[key] = lists[key]
    json.dump(ordered, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    for p in problems:
        print(p, file=sys.stderr)
    return 0


if __name__ == "__main__":
    if len(sys.argv) < 2:
        print(__doc__.strip(), file=sys.stderr)
        sys.exit(2)
    sys.exit(main(sys.argv[1:]))
