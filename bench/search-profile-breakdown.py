#!/usr/bin/env python3
"""Groups an async-profiler collapsed-stack file of the search benchmark into the query's stages.

Usage: bench/search-profile-breakdown.py FILE.collapsed
A stack counts for the first group, in the order below, that any of its frames belongs to (the
rescoring runs inside the title stage, so it is looked for first). Only the thread that searches
(SearchPaired's main thread, SearchBenchmark's pool thread, the engine's slice threads) is counted when the file has thread
frames: the JIT compiler's and GC's samples are left out.
"""
import re
import sys
from collections import Counter

GROUPS = [
    ("rescoring the title stage's best", r"QueryRescorer|Ranking[./]rescore|Ranking[./]lambda\$rescore"),
    ("highlighting", r"uhighlight[./]"),
    ("query planning", r"QueryPlanner|PlanCache"),
    ("sample for total and facets", r"MatchSample"),
    ("facet counts", r"SortedSetDocValuesFacetCounts|LuceneEngine[./]facets"),
    ("stored fields of the hits", r"LuceneEngine[./]hits"),
    ("title stage", r"Ranking[./]rankTitled"),
    ("ranking all (<= 20,000)", r"Ranking[./]rank\b|Ranking[./]rank;"),
    ("weights", r"Ranking[./]weigh"),
    # a slice thread's stack starts at the executor: a ranked search's slice (title stage or ranking all)
    ("a slice of the title stage or of ranking all (slice threads)", r"^\[search-slice.*IndexSearcher"),
]
COMPILED = [(name, re.compile(pattern)) for name, pattern in GROUPS]


def main(path):
    counts = Counter()
    for line in open(path, encoding="utf-8", errors="replace"):
        stack, _, count = line.rstrip("\n").rpartition(" ")
        if not stack or not count.isdigit():
            continue
        first = stack.split(";")[0]
        if first.startswith("[") and not (first.startswith("[main") or first.startswith("[pool-") or first.startswith("[search-slice")):
            continue
        name = next((name for name, pattern in COMPILED if pattern.search(stack)), "other")
        counts[name] += int(count)
    total = sum(counts.values())
    print(f"samples: {total:,}")
    for name, count in counts.most_common():
        print(f"  {100.0 * count / total:5.1f} %  {name}")


if __name__ == "__main__":
    main(sys.argv[1])
