#!/usr/bin/env python3
"""Runs the Microsoft Recognizers-Text number model (Python, 1.0.2a2) over JSONL.

Input: {"id","text","lang",...} per line. Output, per document in a language
the number model supports: {"id","lang","culture","bytes","seconds","numbers"}
with numbers as {"value","text","start","end"}: `value` the resolution as a
float (its decimal comma read; null if it does not parse), `start`/`end` CHARACTER offsets into the
text, end exclusive (Recognizers itself reports an inclusive end; we add 1).
`seconds` is the time in model.parse alone. A summary goes to stderr.

Culture codes: pt-br, es-es, it-it, en-us, fr-fr, de-de. In the Python
package 1.0.2a2 only English, French, Portuguese and Spanish (of these) have
a number model; it-it and de-de exist only by falling back to the English
model, which would read "100.000" as 100, so they are skipped, as is
Indonesian (no Recognizers culture at all). The skipped languages are
listed on stderr.

Usage: recognizers.py INPUT.jsonl > OUTPUT.jsonl
"""
import json
import sys
import time

from recognizers_number import NumberRecognizer

CULTURES = {"pt": "pt-br", "es": "es-es", "it": "it-it", "en": "en-us", "fr": "fr-fr", "de": "de-de", "id": None}
WARMUP = {
    "pt": "A Embraer entregou 120 mil peças, 1,5 milhão e cento e vinte.",
    "es": "Se vendieron 100.000 chips, 1,5 millones y ciento veinte.",
    "it": "Sono stati venduti 100.000 chip e 1,5 milioni.",
    "en": "They sold 100,000 chips, 1.5 million and one hundred twenty.",
    "fr": "Ils ont vendu 100 000 puces, 1,5 million et cent vingt.",
    "de": "Sie verkauften 100.000 Chips und 1,5 Millionen.",
}


def to_float(v):
    """The resolution value as a float. Recognizers writes it with the
    culture's decimal mark ("11,2" in es-es, fr-fr, pt-br), scale applied."""
    if v is None:
        return None
    for s in (v, v.replace(",", ".")):
        try:
            return float(s)
        except ValueError:
            pass
    return None


def main():
    recognizer = NumberRecognizer()
    models, skipped = {}, {}
    for lang, culture in CULTURES.items():
        if culture is None:
            skipped[lang] = "no Recognizers culture"
            continue
        try:
            models[lang] = recognizer.get_number_model(culture, fallback_to_default_culture=False)
        except ValueError:
            skipped[lang] = f"no number model for {culture} in this package (only the English fallback)"
            continue
        models[lang].parse(WARMUP[lang])  # untimed warm-up
    for lang, why in skipped.items():
        print(f"recognizers: skipping {lang}: {why}", file=sys.stderr)

    docs = nbytes = found = 0
    total = 0.0
    out = sys.stdout
    with open(sys.argv[1], encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            d = json.loads(line)
            model = models.get(d["lang"])
            if model is None:
                continue
            text = d["text"]
            t = time.perf_counter()
            results = model.parse(text)
            dt = time.perf_counter() - t
            numbers = []
            for r in results:
                start, end = r.start, r.end + 1
                # Recognizers lowercases its copy of the text; check the offsets anyway.
                if text[start:end].lower() != r.text.lower():
                    print(f"recognizers: {d['id']}: offsets {start}..{end} give {text[start:end]!r}, not {r.text!r}",
                          file=sys.stderr)
                numbers.append({"value": to_float((r.resolution or {}).get("value")), "text": text[start:end],
                                "start": start, "end": end})
            b = len(text.encode("utf-8"))
            docs += 1
            nbytes += b
            found += len(numbers)
            total += dt
            out.write(json.dumps({"id": d["id"], "lang": d["lang"], "culture": CULTURES[d["lang"]], "bytes": b,
                                  "seconds": dt, "numbers": numbers}, ensure_ascii=False) + "\n")
    mbps = nbytes / 1e6 / total if total > 0 else float("inf")
    print(f"recognizers: {docs} documents, {nbytes} bytes, {found} numbers, {total:.3f} s extracting, {mbps:.3f} MB/s",
          file=sys.stderr)


if __name__ == "__main__":
    main()
