"""Trains the redaction recogniser (a linear-chain CRF) and writes it in the form recogniser.ts reads.

    python train-recogniser.py DATA.jsonl OUT.tsv [--c1 0.05 --c2 0.01]

DATA.jsonl comes from export-recogniser-data.ts (tuning sets only). Needs python-crfsuite
(`pip install python-crfsuite==0.9.12`); L-BFGS with L1 and L2 regularisation is deterministic,
so the same data gives the same model. L1 keeps the model small: most features end at weight 0.
"""
import argparse
import json
import os
import tempfile

import pycrfsuite

# Chosen by cross-validation over the tuning sets (eval/cross-validate.ts), never on a held-out set.
C1, C2, ITERATIONS = 0.05, 0.01, 200

def main(data_path: str, out_path: str, c1: float, c2: float) -> None:
    trainer = pycrfsuite.Trainer(verbose=False)
    with open(data_path, encoding="utf-8") as data:
        for line in data:
            row = json.loads(line)
            trainer.append(row["features"], row["labels"])
    trainer.set_params({"c1": c1, "c2": c2, "max_iterations": ITERATIONS, "feature.possible_transitions": True})
    with tempfile.TemporaryDirectory() as scratch:
        binary = os.path.join(scratch, "model.crfsuite")
        trainer.train(binary)
        tagger = pycrfsuite.Tagger()
        tagger.open(binary)
        info = tagger.info()
        tagger.close()
    labels = sorted(info.labels.keys(), key=lambda label: (label != "O", label))
    index = {label: i for i, label in enumerate(labels)}
    transitions = [info.transitions.get((a, b), 0.0) for a in labels for b in labels]
    weights: dict[str, list[str]] = {}
    for (feature, label), weight in sorted(info.state_features.items()):
        if abs(weight) >= 0.001:
            weights.setdefault(feature, []).append(f"{index[label]}:{weight:.3f}")
    with open(out_path, "w", encoding="utf-8") as out:
        out.write("#labels\t" + "\t".join(labels) + "\n")
        out.write("#transitions\t" + "\t".join(f"{w:.3f}" for w in transitions) + "\n")
        for feature, cells in weights.items():
            out.write(feature + "\t" + "\t".join(cells) + "\n")
    print(f"{len(weights)} features, {len(labels)} labels -> {out_path}")

if __name__ == "__main__":
    parser = argparse.ArgumentParser(description="Train the redaction recogniser.")
    parser.add_argument("data")
    parser.add_argument("out")
    parser.add_argument("--c1", type=float, default=C1, help="L1 weight (the shipped model: the default)")
    parser.add_argument("--c2", type=float, default=C2, help="L2 weight")
    args = parser.parse_args()
    main(args.data, args.out, args.c1, args.c2)
