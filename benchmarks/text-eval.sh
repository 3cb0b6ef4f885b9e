#!/bin/sh
# Accuracy (recall, token precision per category) and throughput of the report text scanner on
# synthetic chest X-ray reports; see deid/README-text.md. Options: --reports N --seed S --threads T
# --seconds S --show-misses (prints synthetic misses and false alarms).
set -e
cd "$(dirname "$0")/.."
mvn -B -q -o -pl benchmarks -am package dependency:build-classpath -DskipTests -Dmdep.outputFile=target/classpath.txt
exec java -cp "benchmarks/target/classes:$(cat benchmarks/target/classpath.txt)" veil.bench.text.TextEvalMain "$@"
