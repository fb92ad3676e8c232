#!/usr/bin/env bash
# Side by side, in one run: claimcheck's number layer (examples/quantities.rs)
# against the Microsoft Recognizers-Text number model (Python, PyPI
# recognizers-text-suite==1.0.2a2 with emoji==0.6.0), on the same articles.
# Prints throughput and agreement tables (also written to $WORK/report.md).
#
#   tests/recognizers/compare.sh
#
# Environment: PYTHON (default python3, 3.8 to 3.11 known to work),
# WORK (default target/recognizers: the venv and every generated file; never
# committed), BYTES (generated corpus size, default 2M), EXAMPLES (per kind, 10).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
work=${WORK:-$root/target/recognizers}
python=${PYTHON:-python3}
bytes=${BYTES:-2M}
examples=${EXAMPLES:-10}
venv=$work/venv
run=$work/run
mkdir -p "$work" "$run"
cd "$root"

stamp=$venv/.claimcheck-recognizers-text-suite-1.0.2a2
if [ ! -e "$stamp" ]; then
  echo "== creating $venv and installing recognizers-text-suite==1.0.2a2 emoji==0.6.0" >&2
  rm -rf "$venv"
  "$python" -m venv "$venv"
  "$venv/bin/pip" install --quiet --disable-pip-version-check recognizers-text-suite==1.0.2a2 emoji==0.6.0
  touch "$stamp"
fi

echo "== building the examples" >&2
cargo build --quiet --release --example gen_corpus --example quantities

echo "== generating the articles" >&2
cargo run --quiet --release --example gen_corpus -- --seed 7 --bytes "$bytes" --out "$run/gen.jsonl"
"$venv/bin/python" "$here/make_inputs.py" "$run/gen.jsonl" "$root" > "$run/inputs.jsonl"

echo "== Recognizers-Text (number model)" >&2
"$venv/bin/python" "$here/recognizers.py" "$run/inputs.jsonl" > "$run/recognizers.jsonl"

echo "== claimcheck (read_quantities)" >&2
cargo run --quiet --release --example quantities -- "$run/inputs.jsonl" > "$run/claimcheck.jsonl"

echo "== report" >&2
"$venv/bin/python" "$here/report.py" "$run/inputs.jsonl" "$run/recognizers.jsonl" "$run/claimcheck.jsonl" \
  --examples "$examples" | tee "$work/report.md"
echo "(report written to ${work#"$root"/}/report.md; outputs in ${run#"$root"/}/)" >&2
