#!/usr/bin/env python3
"""Writes species-names.tsv and type-names.tsv: every species' and type's name in every
language PokeAPI has, for finding a Pokemon by its name in any language offline.

Run by hand (never by the build) over a PokeAPI data tree laid out as api/v2/<endpoint>/<id>.json
or .json.gz -- ../shared/pokeapi or a mirror of the live API:

    resources/names/generate.py /path/to/pokeapi

Output (UTF-8, tab-separated, one header line naming the columns):
    id  slug  <language code>...   PokeAPI's language codes (en, de, fr, ja-hrkt, ...)
A cell is empty where PokeAPI has no name in that language.
"""
import glob
import gzip
import json
import os
import sys

# The order languages appear in the header; any other code PokeAPI has is appended sorted.
PREFERRED = ["en", "de", "fr", "es", "es-419", "it", "ja-hrkt", "ja", "ja-roma", "roomaji",
             "ko", "zh-hant", "zh-hans", "cs"]


def load(path):
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as f:
        return json.load(f)


def resources(root, endpoint):
    seen = {}
    for path in glob.glob(os.path.join(root, "api", "v2", endpoint, "*.json*")):
        stem = os.path.basename(path).split(".")[0]
        if stem.isdigit():
            seen[int(stem)] = path
    for key in sorted(seen):
        yield load(seen[key])


def clean(text):
    # Tabs and newlines would break the table; PokeAPI's names have none, but be sure.
    return " ".join(text.split())


def write_table(root, endpoint, out_path):
    rows = []
    codes = set()
    for doc in resources(root, endpoint):
        names = {}
        for entry in doc.get("names", []):
            code = entry["language"]["name"]
            names.setdefault(code, clean(entry["name"]))
        codes.update(names)
        rows.append((doc["id"], doc["name"], names))
    order = [c for c in PREFERRED if c in codes] + sorted(codes - set(PREFERRED))
    with open(out_path, "w", encoding="utf-8", newline="\n") as out:
        out.write("\t".join(["id", "slug"] + order) + "\n")
        for id_, slug, names in rows:
            out.write("\t".join([str(id_), slug] + [names.get(c, "") for c in order]) + "\n")
    print(f"{out_path}: {len(rows)} rows, {len(order)} languages, "
          f"{os.path.getsize(out_path)} bytes", file=sys.stderr)


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    root = sys.argv[1]
    here = os.path.dirname(os.path.abspath(__file__))
    write_table(root, "pokemon-species", os.path.join(here, "species-names.tsv"))
    write_table(root, "type", os.path.join(here, "type-names.tsv"))


if __name__ == "__main__":
    main()
