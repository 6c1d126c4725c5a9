#!/usr/bin/env python3
"""Error classes of the geocoder, before and after, from two GeoTune output files (docs/ACCURACY.md, issue 14).

Each gold toponym once, as the scorer matches it: right (within 161 km), no mention, a mention with no point,
oceans and seas, counties, regions without a country, a country's or first-level division's point off, a
borrowed (NEAR) point too far, else a wrong place. SUBSET "L" keeps the literal toponyms only.

    python3 scripts/geo-error-classes.py BEFORE.tsv AFTER.tsv [L] [../shared/data/geo-dev/geo-dev.jsonl]
"""
import json
import re
import sys
from collections import Counter

WATER = re.compile(r'Ocean|Sea\b|Atlantic|Pacific|Mediterranean|Gulf')


def error_class(toponym, km, mention, predicted):
    parts = predicted.split('/') if predicted else []
    code = parts[1] if len(parts) > 1 else ''
    feature = parts[2] if len(parts) > 2 else ''
    text = toponym['text'] if 'text' in toponym else ''
    if (mention == '-' or not predicted) and WATER.search(text):
        return 'oceans and seas'
    if mention == '-':
        return 'no mention'
    if not predicted:
        return 'mention with no point'
    if km < 161:
        return 'right'
    if WATER.search(text):
        return 'oceans and seas'
    if 'County' in text:
        return 'counties'
    gold_code = toponym.get('country_code', '')
    if not gold_code:
        return 'regions without a country'
    if feature == 'PCLI' and code == gold_code and km < 1500:
        return 'country point'
    if feature == 'ADM1' and code == gold_code and km < 600:
        return 'division point'
    return 'borrowed point too far (NEAR)' if feature == 'NEAR' else 'wrong place'


def classes(tsv, gold, subset):
    counts = Counter()
    for line in open(tsv, encoding='utf-8'):
        doc, _half, begin, text, kind, km, mention, predicted = line.rstrip('\n').split('\t')[:8]
        if subset and kind != subset:
            continue
        toponym = dict(gold[(doc, int(begin))], text=text)
        counts[error_class(toponym, float(km), mention, predicted)] += 1
    return counts


def main():
    args = sys.argv[1:]
    subset = args[2] if len(args) > 2 and args[2] in ('L', 'A') else None
    gold_file = next((a for a in args[2:] if a.endswith('.jsonl')), '../shared/data/geo-dev/geo-dev.jsonl')
    gold = {}
    for line in open(gold_file, encoding='utf-8'):
        d = json.loads(line)
        for t in d['toponyms']:
            gold[(d['id'], t['begin'])] = t
    before, after = classes(args[0], gold, subset), classes(args[1], gold, subset)
    for k in sorted(set(before) | set(after), key=lambda k: -before.get(k, 0)):
        print('| %s | %d | %d |' % (k, before.get(k, 0), after.get(k, 0)))


if __name__ == '__main__':
    main()
