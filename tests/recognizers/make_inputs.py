#!/usr/bin/env python3
"""Builds the comparison input: one JSONL of {"id","text","lang","source"}.

Sources, in this order:
  gen     the generated corpus (gen_corpus --seed 7 --bytes 2M), given as argv[1]
  cases   every `case <name>: <text>` sentence of tests/cases/<lang>.txt
  corpus  the real article texts of examples/corpus/*.txt and tests/corpora/*/*.txt
          (language from the file name: 001_pt.txt)
  probe   the sentences of tests/recognizers/probes.tsv (<lang> TAB <text>)

Usage: make_inputs.py GENERATED.jsonl REPO_ROOT > inputs.jsonl
"""
import glob
import json
import os
import re
import sys


def main():
    gen_path, root = sys.argv[1], sys.argv[2]
    out = sys.stdout
    with open(gen_path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                d = json.loads(line)
                out.write(json.dumps({"id": d["id"], "text": d["text"], "lang": d["lang"], "source": "gen"},
                                     ensure_ascii=False) + "\n")
    case_re = re.compile(r"^case\s+(\S+)(?:\s+date=\S+)?:\s?(.*)$")
    for path in sorted(glob.glob(os.path.join(root, "tests/cases/*.txt"))):
        lang = os.path.splitext(os.path.basename(path))[0]
        with open(path, encoding="utf-8") as f:
            for line in f:
                m = case_re.match(line.rstrip("\n"))
                if m and m.group(2).strip():
                    out.write(json.dumps({"id": f"case:{lang}:{m.group(1)}", "text": m.group(2), "lang": lang,
                                          "source": "cases"}, ensure_ascii=False) + "\n")
    paths = sorted(glob.glob(os.path.join(root, "examples/corpus/*.txt")))
    paths += sorted(glob.glob(os.path.join(root, "tests/corpora/*/*.txt")))
    for path in paths:
        m = re.match(r"^\d+_([a-z]{2})\.txt$", os.path.basename(path))
        if not m:
            continue  # findings.expect and the like
        with open(path, encoding="utf-8") as f:
            text = f.read()
        rel = os.path.relpath(path, root)
        out.write(json.dumps({"id": rel, "text": text, "lang": m.group(1), "source": "corpus"},
                             ensure_ascii=False) + "\n")
    probes = os.path.join(root, "tests/recognizers/probes.tsv")
    with open(probes, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if line.strip() and not line.startswith("#"):
                lang, text = line.rstrip("\n").split("\t", 1)
                out.write(json.dumps({"id": f"probe:{lang}:{n}", "text": text, "lang": lang, "source": "probe"},
                                     ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
