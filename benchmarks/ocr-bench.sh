#!/usr/bin/env bash
# Runs the burned-in text accuracy harness and throughput benchmark (tables in ocr-scan/README.md).
# Usage: benchmarks/ocr-bench.sh [accuracy-repeats=2] [throughput-images=24]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -o -pl benchmarks -am compile
cp_file=$(mktemp)
trap 'rm -f "$cp_file"' EXIT
mvn -B -q -o -pl benchmarks -am dependency:build-classpath -Dmdep.outputFile="$cp_file" >/dev/null
# The reactor's own modules come from their target/classes, never from ~/.m2 snapshots.
deps=$(tr ':' '\n' < "$cp_file" | grep -v '/io/veil/' | paste -sd: -)
cp="$deps:rules/target/classes:deid/target/classes:ocr-scan/target/classes:qa-reports/target/classes:benchmarks/target/classes"
export OMP_THREAD_LIMIT=1
java -cp "$cp" veil.bench.ocr.OcrAccuracy "${1:-2}" 2> >(grep -v '^Error in' >&2)
echo
java -cp "$cp" veil.bench.ocr.OcrThroughput "${2:-24}" 2> >(grep -v '^Error in' >&2)
