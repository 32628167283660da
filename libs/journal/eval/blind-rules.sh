#!/bin/sh
# The rules as they were when each blind tuning set was first run (before any round tuned on it), for
# topic-cv.ts --blind-rules: libs/journal/src and taxonomy of those commits, under eval/.blind-rules/ (not committed).
set -e
cd "$(dirname "$0")"
for pair in tuning-4:31ef548 tuning-5:53b8818 tuning-6:8a18882 tuning-7:1b4d7b0 tuning-8:bc28372; do
  fold=${pair%%:*}; commit=${pair#*:}
  rm -rf ".blind-rules/$fold" && mkdir -p ".blind-rules/$fold"
  git -C "$(git rev-parse --show-toplevel)" archive "$commit" libs/journal/src libs/journal/taxonomy | tar -x -C ".blind-rules/$fold" --strip-components=2
done
