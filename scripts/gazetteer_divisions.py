"""Divisions for scripts/build-gazetteer.py, from the npm package @countrystatecity/countries 1.0.9 (the
countries-states-cities database of dr5hn; ODbL 1.0, see models/geo/README.md)."""
import json
import math
import re
import tarfile
from collections import defaultdict

# Compass and centre words: a division named by them alone ("Centre", "Northwest": Cameroon's regions) is no name
# news writes alone for it, and they begin many other names ("Northwest Cancer Centre").
COMPASS = r"(?:North|South|East|West|Central|Centre|Mid|Middle|Far|Upper|Lower|Northern|Southern|Eastern|Western" \
          r"|Northeastern|Northwestern|Southeastern|Southwestern|North[- ]?East|North[- ]?West|South[- ]?East" \
          r"|South[- ]?West|Northwest|Northeast|Southwest|Southeast|Capital)"
# Common nouns that end a division's name after its compass word ("East End", "Upper River", "Eastern Cape"): the
# shared part is then no proper name of a region.
GENERIC = {"end", "hill", "hills", "river", "sea", "coast", "cape", "highlands", "lowlands", "island", "islands",
           "isles", "province", "region", "territory", "side", "bank", "valley", "lake", "lakes", "mountains",
           "peninsula", "district", "state", "county", "governorate", "department"}


# Landform and region nouns that some divisions are named by alone ("Gulf" of Papua New Guinea, "Lakes" of South
# Sudan, "Littoral" of Cameroon, "Midlands" of Zimbabwe): news writes them for other things ("the Gulf").
LANDFORMS = {"bay", "delta", "forest", "gulf", "islands", "lakes", "littoral", "maritime", "midlands", "plateau",
             "plateaux", "savanes", "lagunes", "montagnes", "coast", "river", "valley", "highlands", "lowlands",
             "mountains", "hills", "plains", "desert", "border", "borders", "interior"}


def common_noun(name):
    """Whether a division's name is compass words or one landform noun alone: no name news uses bare for it."""
    return compass_only(name) or name.casefold() in LANDFORMS


def with_type(name, kind):
    """A division named by a common noun alone takes its kind ("Gulf Province", "Centre Region", "Lakes State"), as
    news writes it when it means the division; other names stay."""
    return name + " " + kind.split()[-1].title() if common_noun(name) and kind else name


def odbl_divisions(tarball):
    """Every country's divisions (dist/data/<Country-CC>/states.json: first-level divisions and, for some
    countries, second-level ones such as British counties and unitary authorities), in the shape of
    country-state-city's state.json: name, isoCode, countryCode, latitude, longitude. Sorted by file name so the
    output does not depend on the tarball's member order."""
    out = []
    with tarfile.open(tarball) as tar:
        for m in sorted(tar.getmembers(), key=lambda m: m.name):
            if re.fullmatch(r"package/dist/data/[^/]+/states\.json", m.name):
                for d in json.loads(tar.extractfile(m).read().decode("utf-8")):
                    # One name has stray tabs ("Trashi Yangtse\t\t"): whitespace runs become one space.
                    out.append({"name": with_type(" ".join(d["name"].split()), d.get("type") or ""), "isoCode": d["iso2"] or "",
                                "countryCode": d["country_code"], "latitude": d["latitude"],
                                "longitude": d["longitude"]})
    return out


def compass_only(name):
    """Whether a division is named by compass or centre words alone ("Centre", "North West", "Far North")."""
    return re.fullmatch(COMPASS + r"(?:[ -]" + COMPASS + r")*", name) is not None


def compass_unions(states, taken):
    """The region that two or more divisions of one country make up when they share a name after (or before) a
    compass word: East and West Sussex make Sussex, North and West Northamptonshire (split in 2021)
    Northamptonshire, Cheshire East and Cheshire West and Chester Cheshire, North and South Holland Holland. The
    region lies at the plain centre of its divisions' points. Left out: a shared part that is a common noun
    (GENERIC), a compass word, or already the name of a country or division (`taken`: "Austria" of Upper and Lower
    Austria, "Macedonia"). Yields (country code, name, latitude, longitude)."""
    groups = defaultdict(list)
    for s in states:
        m = (re.fullmatch(COMPASS + r" (.+)", s["name"])
             or re.fullmatch(r"(.+?) " + COMPASS + r"(?: and .+)?", s["name"]))
        if m:
            groups[(s["countryCode"], m.group(1))].append(s)
    for (cc, base), members in sorted(groups.items()):
        key = " ".join(base.casefold().replace("-", " ").split())
        if (len(members) < 2 or key.split()[-1] in GENERIC or compass_only(base) or key in taken
                or not base[0].isupper()):
            continue
        yield (cc, base, sum(float(s["latitude"]) for s in members) / len(members),
               sum(float(s["longitude"]) for s in members) / len(members))


# A direction adjective's noun form, which news writes for the UN's subregions ("North Africa", "East Asia").
DIRECTION_NOUNS = {"Northern": "North", "Southern": "South", "Eastern": "East", "Western": "West",
                   "South-Eastern": "Southeast", "Middle": "Central"}


def subregions(tarball, countries, taken):
    """The UN's geographic subregions as the package's countries.json files its countries ("Northern Africa",
    "South-Eastern Asia", "Caribbean"; dist/data/countries.json, field subregion), each at the centre of its
    member countries' points on the sphere (`countries`: ISO code -> (latitude, longitude, population)), with
    their summed population, and with the noun form of a leading direction as an alternate ("North Africa",
    "Southeast Asia", "Central Africa" for Middle Africa). A name that is already a country's, a continent's or a
    division's (`taken`: "South America", "Micronesia", "South Africa" for Southern Africa) is left out. Yields
    (name, alternates, latitude, longitude, population)."""
    with tarfile.open(tarball) as tar:
        listed = json.loads(tar.extractfile("package/dist/data/countries.json").read().decode("utf-8"))
    members = defaultdict(list)
    for c in listed:
        if c.get("subregion") and c["iso2"] in countries:
            members[c["subregion"]].append(countries[c["iso2"]])
    for name, points in sorted(members.items()):
        first, _, rest = name.partition(" ")
        names = [name] + ([DIRECTION_NOUNS[first] + " " + rest] if first in DIRECTION_NOUNS else [])
        names = [n for n in names if " ".join(n.casefold().replace("-", " ").split()) not in taken]
        if names:
            lat, lon = sphere_centre([(p[0], p[1]) for p in points])
            yield names[0], names[1:], lat, lon, sum(p[2] for p in points)


def sphere_centre(points):
    """The centre of points on the sphere (mean of their unit vectors), right across the antimeridian too."""
    x = sum(math.cos(math.radians(la)) * math.cos(math.radians(lo)) for la, lo in points)
    y = sum(math.cos(math.radians(la)) * math.sin(math.radians(lo)) for la, lo in points)
    z = sum(math.sin(math.radians(la)) for la, _ in points)
    return math.degrees(math.atan2(z, math.hypot(x, y))), math.degrees(math.atan2(y, x))
