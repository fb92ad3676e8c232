#!/usr/bin/env python3
"""Compares the numbers read by Recognizers-Text and by claimcheck.

Usage: report.py INPUTS.jsonl RECOGNIZERS.jsonl CLAIMCHECK.jsonl [--examples N]

Only documents both sides read (the languages Recognizers has a number model
for) are counted. Recognizers offsets are characters, claimcheck offsets are
UTF-8 bytes: Recognizers spans are converted to bytes with the document text.

Matching, per document: the spans of both sides form a graph (an edge when
two spans overlap); each connected component is one comparison unit:
  same       both sides found a number there and read the same values
             (claimcheck's values: `value`, plus `high` for a range; the
             Recognizers values of the component; as sets, relative
             tolerance 1e-9)
  different  both found a number there but read different values
  only_rec   only Recognizers found a number there
  only_cc    only claimcheck found a quantity there
"""
import json
import sys
from collections import Counter, defaultdict

KINDS = ("same", "different", "only_rec", "only_cc")


def load(path):
    with open(path, encoding="utf-8") as f:
        return {d["id"]: d for d in (json.loads(line) for line in f if line.strip())}


def byte_offsets(text):
    """char index -> byte offset, for 0..len(text) inclusive."""
    offs, b = [0] * (len(text) + 1), 0
    for i, ch in enumerate(text):
        offs[i] = b
        b += len(ch.encode("utf-8"))
    offs[len(text)] = b
    return offs


def close(a, b):
    if a is None or b is None:
        return False
    return a == b or abs(a - b) <= 1e-9 * max(abs(a), abs(b))


def same_values(xs, ys):
    return all(any(close(x, y) for y in ys) for x in xs) and all(any(close(x, y) for x in xs) for y in ys)


def components(rec, cc):
    """Connected components of the overlap graph; items are ('r'|'c', span dict)."""
    items = [("r", s) for s in rec] + [("c", s) for s in cc]
    parent = list(range(len(items)))

    def find(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, (_, a) in enumerate(items):
        for j in range(i + 1, len(items)):
            b = items[j][1]
            if a["bstart"] < b["bend"] and b["bstart"] < a["bend"]:
                parent[find(i)] = find(j)
    groups = defaultdict(list)
    for i, it in enumerate(items):
        groups[find(i)].append(it)
    return sorted(groups.values(), key=lambda g: min(s["bstart"] for _, s in g))


def fmt_num(v):
    if v is None:
        return "?"
    return str(int(v)) if v == int(v) and abs(v) < 1e18 else repr(v)


def main():
    args = sys.argv[1:]
    n_examples = 10
    if "--examples" in args:
        i = args.index("--examples")
        n_examples = int(args[i + 1])
        del args[i:i + 2]
    inputs, rec_out, cc_out = (load(p) for p in args)

    langs = sorted({d["lang"] for d in rec_out.values()})
    counts = {lang: Counter() for lang in langs}
    by_source = defaultdict(Counter)
    tput = {lang: Counter() for lang in langs}
    examples = {k: [] for k in KINDS[1:]}
    for doc_id, r in rec_out.items():
        c, d = cc_out.get(doc_id), inputs[doc_id]
        if c is None:
            sys.exit(f"report: {doc_id} missing from the claimcheck output")
        lang, text = d["lang"], d["text"]
        raw = text.encode("utf-8")
        offs = byte_offsets(text)
        rec = [dict(n, bstart=offs[n["start"]], bend=offs[n["end"]]) for n in r["numbers"]]
        cc = [dict(q, bstart=q["start"], bend=q["end"]) for q in c["quantities"]]
        for q in cc:  # byte offsets must give the text claimcheck reports
            assert raw[q["bstart"]:q["bend"]].decode("utf-8") == q["text"], (doc_id, q)
        t = tput[lang]
        t["docs"] += 1
        t["bytes"] += r["bytes"]
        t["rec_s"] += r["seconds"]
        t["cc_s"] += c["seconds"]
        t["rec_n"] += len(rec)
        t["cc_n"] += len(cc)
        for group in components(rec, cc):
            rs = [s for k, s in group if k == "r"]
            cs = [s for k, s in group if k == "c"]
            if rs and cs:
                cvals = [s["value"] for s in cs] + [s["high"] for s in cs if s.get("high") is not None]
                kind = "same" if same_values(cvals, [s["value"] for s in rs]) else "different"
            else:
                kind = "only_rec" if rs else "only_cc"
            counts[lang][kind] += 1
            by_source[d.get("source", "?")][kind] += 1
            if kind != "same":
                lo = min(s["bstart"] for _, s in group)
                hi = max(s["bend"] for _, s in group)
                ctx = raw[max(0, lo - 40):hi + 40].decode("utf-8", "ignore").replace("\n", " ")
                examples[kind].append({
                    "lang": lang, "id": doc_id, "source": d.get("source", "?"), "context": ctx,
                    "rec": [(s["text"], fmt_num(s["value"])) for s in rs],
                    "cc": [(s["text"], fmt_num(s["value"]) + ("–" + fmt_num(s["high"]) if s.get("high") else ""))
                           for s in cs],
                })

    print("## Throughput (extraction only, warm, same documents)\n")
    print("| lang | docs | MB | Recognizers MB/s | claimcheck MB/s | ratio (claimcheck / Recognizers) |")
    print("|---|---:|---:|---:|---:|---:|")
    tot = Counter()
    for lang in langs + ["all"]:
        t = tput[lang] if lang != "all" else tot
        if lang != "all":
            tot.update(t)
        mb = t["bytes"] / 1e6
        rm, cm = mb / t["rec_s"], mb / t["cc_s"]
        name = f"**{lang}**" if lang == "all" else lang
        print(f"| {name} | {t['docs']} | {mb:.2f} | {rm:.3f} | {cm:.2f} | {cm / rm:.0f}× |")

    def table(rows, head):
        print(f"| {head} | Recognizers numbers | claimcheck quantities | same value | different value "
              f"| only Recognizers | only claimcheck | same / both found |")
        print("|---|---:|---:|---:|---:|---:|---:|---:|")
        for name, k, nums in rows:
            both = k["same"] + k["different"]
            share = f"{100 * k['same'] / both:.1f}%" if both else "–"
            print(f"| {name} | {nums[0]} | {nums[1]} | {k['same']} | {k['different']} | {k['only_rec']} "
                  f"| {k['only_cc']} | {share} |")

    print("\n## Agreement on the values read, per language\n")
    rows = [(lang, counts[lang], (tput[lang]["rec_n"], tput[lang]["cc_n"])) for lang in langs]
    all_k = sum((counts[lang] for lang in langs), Counter())
    rows.append(("**all**", all_k, (tot["rec_n"], tot["cc_n"])))
    table(rows, "lang")
    print("\nPer source (gen = generated corpus, cases = tests/cases sentences, corpus = real articles, "
          "probe = tests/recognizers/probes.tsv):\n")
    print("| source | same value | different value | only Recognizers | only claimcheck |")
    print("|---|---:|---:|---:|---:|")
    for src in sorted(by_source):
        k = by_source[src]
        print(f"| {src} | {k['same']} | {k['different']} | {k['only_rec']} | {k['only_cc']} |")

    titles = {"different": "Both found, different value", "only_rec": "Only Recognizers",
              "only_cc": "Only claimcheck"}
    for kind in KINDS[1:]:
        pool = examples[kind]
        # Probes and real articles first, then case sentences, then generated texts;
        # one example per distinct reading; languages in turn.
        order = {"probe": 0, "corpus": 1, "cases": 2, "gen": 3}
        seen, per_lang = set(), defaultdict(list)
        for e in sorted(pool, key=lambda e: (order.get(e["source"], 4), e["id"])):
            key = (e["lang"], tuple(e["rec"]), tuple(x[0] for x in e["cc"]))
            if key not in seen:
                seen.add(key)
                per_lang[e["lang"]].append(e)
        chosen = []
        while len(chosen) < n_examples and any(per_lang.values()):
            for lang in langs:
                if per_lang[lang] and len(chosen) < n_examples:
                    chosen.append(per_lang[lang].pop(0))
        print(f"\n## {titles[kind]}: {len(pool)} in all; {len(chosen)} examples, distinct readings, "
              f"probes, real articles, case sentences, generated texts in that order\n")
        for e in chosen:
            rec = "; ".join(f"{t!r}={v}" for t, v in e["rec"]) or "–"
            cc = "; ".join(f"{t!r}={v}" for t, v in e["cc"]) or "–"
            print(f"- [{e['lang']}] `{e['id']}`: …{e['context']}…  \n  Recognizers: {rec}  \n  claimcheck: {cc}")


if __name__ == "__main__":
    main()
