#!/usr/bin/env python3
"""Classes of the quote misses, from QuoteTune's prediction file (docs/ACCURACY.md, issue 19).

A gold attribution that no predicted row overlaps is "none"; one that a row overlaps below the scorer's 0.5
(shared length over the longer span) is a boundary error, which costs one false positive and one miss. Boundary
errors are split by the nearest row: L (ours longer) or S (ours shorter), and where they part: same start (the
tail is wrong), same end (the head is wrong), contains / inside, other.

    python3 scripts/quote-error-classes.py PRED.tsv [../shared/data/quotes-dev/quotes-dev.jsonl]
"""
import collections
import json
import sys


def ratio(a, b):
    shared = min(a[1], b[1]) - max(a[0], b[0])
    return max(0, shared) / max(a[1] - a[0], b[1] - b[0])


def boundary_class(g, p):
    if p[1] - p[0] > g[1] - g[0]:
        where = ('same start' if abs(p[0] - g[0]) <= 2 else 'same end' if abs(p[1] - g[1]) <= 2
                 else 'contains' if p[0] <= g[0] and p[1] >= g[1] else 'other')
        return 'L:' + where
    where = ('same start' if abs(p[0] - g[0]) <= 2 else 'same end' if abs(p[1] - g[1]) <= 2
             else 'inside' if p[0] >= g[0] and p[1] <= g[1] else 'other')
    return 'S:' + where


def main():
    pred_file = sys.argv[1]
    gold_file = sys.argv[2] if len(sys.argv) > 2 else '../shared/data/quotes-dev/quotes-dev.jsonl'
    pred = collections.defaultdict(list)
    for line in open(pred_file, encoding='utf-8'):
        f = line.rstrip('\n').split('\t')
        pred[f[0]].append((int(f[1]), int(f[2])))
    counts = collections.Counter()
    for line in open(gold_file, encoding='utf-8'):
        doc = json.loads(line)
        rows = pred[doc['id']]
        for q in doc['quotes']:
            g = (q['begin'], q['end'])
            best = max(rows, key=lambda p: ratio(g, p), default=None)
            r = ratio(g, best) if best else 0
            if r >= 0.5:
                continue
            counts['none' if r == 0 else boundary_class(g, best)] += 1
    for k, n in counts.most_common():
        print('| %s | %d |' % (k, n))


if __name__ == '__main__':
    main()
