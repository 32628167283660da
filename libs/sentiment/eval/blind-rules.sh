#!/bin/sh
# The sentiment rules as they were when each blind tuning set was first run (before any round tuned on it), for
# alert-cv.ts --blind-rules: libs/sentiment/src and lexicon of those commits, under eval/.blind-rules/ (not committed).
# The commits are those of libs/journal/eval/blind-rules.sh but for tuning-5, whose first sentiment run was on 5ecff50
# (eval/calls-tuning-5.before-tuning.txt); each lies before the first sentiment change of its round.
set -e
cd "$(dirname "$0")"
for pair in tuning-4:31ef548 tuning-5:5ecff50 tuning-6:8a18882 tuning-7:1b4d7b0 tuning-8:bc28372; do
  fold=${pair%%:*}; commit=${pair#*:}
  rm -rf ".blind-rules/$fold" && mkdir -p ".blind-rules/$fold"
  git -C "$(git rev-parse --show-toplevel)" archive "$commit" libs/sentiment/src libs/sentiment/lexicon | tar -x -C ".blind-rules/$fold" --strip-components=2
done
