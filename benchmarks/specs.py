"""Score an extractor against the Microsoft Recognizers-Text currency specs.

Usage::

    python -m benchmarks.specs [--lang English ...] [--show-misses N] [--json]
                               [--cases differ] [--predictor moneyparse|recognizers] [--check]

Reads ``../shared/specs/recognizers/NumberWithUnit/<Lang>/CurrencyModel.json`` (UTF-8, possibly
with a byte-order mark).  The rules of the score:

* **Gold** is every spec result with a numeric ``Resolution.value``.  Results without a value
  (a bare unit word, "dollar", "人民币") are *valueless*: they are not gold, and a prediction on
  exactly their span counts neither as a true nor as a false positive.
* **Spans** are compared on offsets.  The spec's ``End`` is inclusive and its ``Text`` is
  lower-cased (and for Chinese NFKC-folded: ``１欧元`` is written ``1欧元``).  When a result has no
  offsets, or its offsets do not cover its text, the text is looked up in the input (the
  occurrence nearest the given ``Start``); a result that cannot be placed is reported and left out.
* **Values**: a prediction agrees when its amount equals the gold value exactly (``Decimal``).
  Gold values may use a decimal comma ("12,345" in French is 12.345).  When the gold unit is a
  minor unit (Cent, Penny, Pence, Centavo, Céntimo, 分, 角, ...) the value counts minor units, and
  the prediction must give it in the major unit (50 cents -> 0.50).  A gold value written in
  exponent notation ("2.02107211321364E+23") is compared at its own number of digits.
* **Currency**: when the gold has ``isoCurrency`` the prediction must carry that code; when it
  only names a unit ("Dollar", "Livre", "Yuan Chinois") any code consistent with the name is
  accepted (:mod:`benchmarks.units`).
* A prediction is a true positive when span, value and currency all agree; every other prediction
  is a false positive; every gold result without a true positive is a miss.
* **Deliberate differences**: where the spec reads ``¥``/``￥`` as JPY in a Chinese sentence,
  moneyparse reads CNY.  Such results are listed by ``--cases differ`` and counted apart: neither
  gold nor error.

Every case of the files is scored, including those the spec marks ``NotSupported`` for some of
Recognizers' own builds: the marks describe those builds, not the text.
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Context, Decimal, InvalidOperation
from pathlib import Path

from benchmarks import Prediction, shared_path
from benchmarks.units import resolve_unit

__all__ = [
    "LANGUAGES",
    "SPEC_DIR",
    "TARGETS",
    "Case",
    "Gold",
    "LanguageScore",
    "Outcome",
    "currency_agrees",
    "load_cases",
    "main",
    "moneyparse_predictor",
    "parse_gold_value",
    "recognizers_predictor",
    "score_case",
    "score_language",
    "value_agrees",
]

SPEC_DIR: Path = shared_path("specs", "recognizers", "NumberWithUnit")

#: Every language of the spec directory, the targeted ones first.
LANGUAGES: tuple[str, ...] = (
    "English", "Chinese", "French", "Spanish", "Portuguese",
    "German", "Italian", "Dutch", "Swedish", "Turkish", "Hindi", "Japanese", "Korean",
)

#: Targets as (recall, precision) per language.
TARGETS: dict[str, tuple[float, float]] = {
    "English": (0.95, 0.90),
    "Chinese": (0.90, 0.90),
    "French": (0.85, 0.85),
    "Spanish": (0.85, 0.85),
    "Portuguese": (0.85, 0.85),
}

_YEN_SIGNS = ("¥", "￥")

Predictor = Callable[[str, str], list[Prediction]]


@dataclass(frozen=True, slots=True)
class Gold:
    """One spec result placed in its input: ``end`` exclusive; ``value`` None when valueless."""

    start: int
    end: int
    text: str
    value: Decimal | None
    value_text: str | None
    unit: str
    iso: str | None
    divisor: int = 1
    digits: int | None = None  # significant digits when the spec wrote the value in exponent form

    @property
    def span(self) -> tuple[int, int]:
        """``(start, end)`` with ``end`` exclusive."""
        return (self.start, self.end)


@dataclass(frozen=True, slots=True)
class Case:
    """One spec input with its gold results and the results that could not be placed."""

    language: str
    index: int
    text: str
    gold: tuple[Gold, ...]
    unplaced: tuple[str, ...] = ()
    not_supported: str = ""


@dataclass(frozen=True, slots=True)
class Outcome:
    """The score of one case: matched gold, misses, false positives, ignored and set-aside results."""

    case: Case
    true_positives: tuple[tuple[Gold, Prediction], ...] = ()
    misses: tuple[tuple[Gold, str], ...] = ()  # (gold, why: what was predicted on or near it)
    false_positives: tuple[tuple[Prediction, str], ...] = ()
    ignored: tuple[Prediction, ...] = ()  # predictions on valueless spans
    differs: tuple[tuple[Gold, Prediction | None], ...] = ()


@dataclass(slots=True)
class LanguageScore:
    """Totals of one language."""

    language: str
    cases: int = 0
    gold: int = 0
    predicted: int = 0
    tp: int = 0
    valueless: int = 0
    ignored: int = 0
    differs: int = 0
    unplaced: int = 0
    outcomes: list[Outcome] = field(default_factory=list)

    @property
    def fn(self) -> int:
        """Gold results missed."""
        return self.gold - self.tp

    @property
    def fp(self) -> int:
        """Predictions that are not true positives (ignored ones excluded)."""
        return self.predicted - self.tp

    @property
    def recall(self) -> float:
        """TP / gold (1.0 when there is no gold)."""
        return self.tp / self.gold if self.gold else 1.0

    @property
    def precision(self) -> float:
        """TP / predicted (1.0 when nothing was predicted)."""
        return self.tp / self.predicted if self.predicted else 1.0

    def meets(self, target: tuple[float, float] | None) -> bool | None:
        """Whether recall and precision reach ``target``; None when there is no target."""
        if target is None:
            return None
        return self.recall >= target[0] and self.precision >= target[1]


def parse_gold_value(value: str) -> tuple[Decimal, int | None]:
    """A spec value as a Decimal and, for exponent notation, its number of significant digits.

    A comma is always a decimal comma in the specs ("1,22", "125000,5"): values never group digits.
    """
    text = value.strip().replace(",", ".")
    number = Decimal(text)
    digits = len(number.as_tuple().digits) if "e" in text.lower() else None
    return number, digits


def value_agrees(amount: Decimal | None, gold: Gold) -> bool:
    """Whether a predicted ``amount`` (major units) equals the gold value (see module doc)."""
    if amount is None or gold.value is None:
        return False
    target = gold.value / gold.divisor if gold.divisor != 1 else gold.value
    if gold.digits is not None:
        try:
            return Context(prec=gold.digits).plus(amount) == target
        except InvalidOperation:
            return False
    return amount == target


def currency_agrees(codes: frozenset[str], gold: Gold) -> bool:
    """Whether the predicted ``codes`` fit the gold's ``isoCurrency`` or its unit name."""
    if gold.iso:
        return gold.iso in codes
    allowed = resolve_unit(gold.unit).codes
    if allowed is None:
        return True
    return bool(codes & allowed)


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold()


def _place(text: str, result: dict[str, object]) -> tuple[int, int] | None:
    """The (start, exclusive end) of a spec result in ``text``; None when it cannot be found."""
    wanted = _fold(str(result.get("Text", "")))
    if not wanted:
        return None
    start = result.get("Start")
    end = result.get("End")
    if isinstance(start, int) and isinstance(end, int) and _fold(text[start : end + 1]) == wanted:
        return (start, end + 1)
    # Offsets absent or off: look the text up (NFKC/casefold keep the length of these inputs).
    folded = _fold(text)
    if len(folded) != len(text):
        folded = text.lower()
    hits = []
    at = folded.find(wanted)
    while at >= 0:
        hits.append(at)
        at = folded.find(wanted, at + 1)
    if not hits:
        # the spec sometimes trims a trailing space differently: try the stripped text
        stripped = wanted.strip()
        if stripped != wanted:
            return _place(text, {**result, "Text": stripped, "Start": None})
        return None
    anchor = start if isinstance(start, int) else 0
    best = min(hits, key=lambda h: abs(h - anchor))
    return (best, best + len(wanted))


def load_cases(language: str, spec_dir: Path | None = None) -> list[Case]:
    """The cases of ``language``'s CurrencyModel.json, gold placed in each input."""
    path = (spec_dir or SPEC_DIR) / language / "CurrencyModel.json"
    with path.open(encoding="utf-8-sig") as handle:
        raw = json.load(handle)
    cases: list[Case] = []
    for index, item in enumerate(raw):
        text = item["Input"]
        golds: list[Gold] = []
        unplaced: list[str] = []
        for result in item.get("Results", []):
            if result.get("TypeName", "currency") != "currency":
                continue
            resolution = result.get("Resolution") or {}
            span = _place(text, result)
            if span is None:
                unplaced.append(str(result.get("Text", "")))
                continue
            unit = str(resolution.get("unit") or "")
            raw_value = resolution.get("value")
            value: Decimal | None = None
            digits: int | None = None
            if raw_value not in (None, ""):
                value, digits = parse_gold_value(str(raw_value))
            golds.append(
                Gold(
                    start=span[0],
                    end=span[1],
                    text=text[span[0] : span[1]],
                    value=value,
                    value_text=None if raw_value is None else str(raw_value),
                    unit=unit,
                    iso=resolution.get("isoCurrency") or None,
                    divisor=resolve_unit(unit).divisor if unit else 1,
                    digits=digits,
                )
            )
        cases.append(
            Case(
                language=language,
                index=index,
                text=text,
                gold=tuple(golds),
                unplaced=tuple(unplaced),
                not_supported=str(item.get("NotSupported", "")),
            )
        )
    return cases


def is_deliberate_difference(case: Case, gold: Gold) -> bool:
    """The spec reads a yen sign as JPY in a Chinese sentence; moneyparse reads CNY there."""
    return case.language == "Chinese" and gold.iso == "JPY" and any(s in gold.text for s in _YEN_SIGNS)


def _codes(codes: frozenset[str]) -> str:
    if len(codes) > 4:
        return f"{len(codes)} codes"
    return "/".join(sorted(codes)) or "?"


def _describe(prediction: Prediction) -> str:
    codes = _codes(prediction.currencies)
    return f"{prediction.text!r}@{prediction.start}:{prediction.end}={prediction.amount} {codes}"


def score_case(case: Case, predictions: Sequence[Prediction]) -> Outcome:
    """Match ``predictions`` against the gold of ``case`` by the rules of the module doc."""
    by_span: dict[tuple[int, int], Gold] = {}
    for gold in case.gold:
        by_span.setdefault(gold.span, gold)
    tps: list[tuple[Gold, Prediction]] = []
    fps: list[tuple[Prediction, str]] = []
    ignored: list[Prediction] = []
    differs: dict[tuple[int, int], Prediction | None] = {
        g.span: None for g in case.gold if g.value is not None and is_deliberate_difference(case, g)
    }
    matched: set[tuple[int, int]] = set()
    wrong: dict[tuple[int, int], str] = {}
    for prediction in predictions:
        key = (prediction.start, prediction.end)
        gold = by_span.get(key)
        if gold is None:
            overlapping = [g for g in case.gold if g.start < prediction.end and prediction.start < g.end]
            fps.append((prediction, "overlaps " + repr(overlapping[0].text) if overlapping else "no gold here"))
            continue
        if gold.value is None:
            ignored.append(prediction)
            continue
        if key in differs:
            differs[key] = prediction
            continue
        if key in matched:
            fps.append((prediction, "duplicate"))
            continue
        if not value_agrees(prediction.amount, gold):
            reason = f"value {prediction.amount} != {gold.value_text} {gold.unit}"
        elif not currency_agrees(prediction.currencies, gold):
            reason = f"currency {_codes(prediction.currencies)} vs {gold.iso or gold.unit}"
        else:
            tps.append((gold, prediction))
            matched.add(key)
            continue
        fps.append((prediction, reason))
        wrong[key] = reason
    misses: list[tuple[Gold, str]] = []
    for gold in case.gold:
        if gold.value is None or gold.span in matched or gold.span in differs:
            continue
        if gold.span in wrong:
            why = wrong[gold.span]
        else:
            near = [p for p in predictions if p.start < gold.end and gold.start < p.end]
            why = ("span differs: " + ", ".join(_describe(p) for p in near)) if near else "not found"
        misses.append((gold, why))
    return Outcome(
        case=case,
        true_positives=tuple(tps),
        misses=tuple(misses),
        false_positives=tuple(fps),
        ignored=tuple(ignored),
        differs=tuple((g, differs[g.span]) for g in case.gold if g.span in differs),
    )


def score_language(language: str, predictor: Predictor, cases: Iterable[Case] | None = None) -> LanguageScore:
    """Score ``predictor`` over every case of ``language``."""
    score = LanguageScore(language=language)
    for case in load_cases(language) if cases is None else cases:
        predictions = predictor(case.text, language)
        outcome = score_case(case, predictions)
        score.cases += 1
        score.unplaced += len(case.unplaced)
        score.valueless += sum(1 for g in case.gold if g.value is None)
        score.differs += len(outcome.differs)
        score.gold += sum(1 for g in case.gold if g.value is not None) - len(outcome.differs)
        score.tp += len(outcome.true_positives)
        score.ignored += len(outcome.ignored)
        score.predicted += len(predictions) - len(outcome.ignored) - sum(
            1 for _, p in outcome.differs if p is not None
        )
        score.outcomes.append(outcome)
    return score


def moneyparse_predictor(text: str, language: str) -> list[Prediction]:
    """moneyparse.extract's mentions of ``text`` as predictions (the language is not passed on)."""
    import moneyparse

    return [Prediction.from_mention(m) for m in moneyparse.extract(text)]


_CULTURES = {
    "English": "en-us", "Chinese": "zh-cn", "French": "fr-fr", "Spanish": "es-es",
    "Portuguese": "pt-br", "German": "de-de", "Italian": "it-it", "Dutch": "nl-nl",
    "Swedish": "sv-se", "Turkish": "tr-tr", "Hindi": "hi-in", "Japanese": "ja-jp", "Korean": "ko-kr",
}


def recognizers_predictor(text: str, language: str) -> list[Prediction]:
    """Recognizers-Text's own Python build (``recognizers-text-suite``) on ``text``, for comparison."""
    from benchmarks.peers import recognizers_currency

    return recognizers_currency(text, _CULTURES.get(language, "en-us"))


def _row(score: LanguageScore) -> str:
    target = TARGETS.get(score.language)
    verdict = {None: "", True: "ok", False: "BELOW"}[score.meets(target)]
    target_text = f"{target[0]:.2f}/{target[1]:.2f}" if target else "-"
    return (
        f"{score.language:<11}{score.cases:>6}{score.gold:>6}{score.predicted:>6}{score.tp:>6}"
        f"{score.fn:>6}{score.fp:>6}{score.recall:>8.3f}{score.precision:>8.3f}  {target_text:<10}{verdict}"
    )


def _score_dict(score: LanguageScore, with_cases: bool) -> dict[str, object]:
    data: dict[str, object] = {
        "language": score.language,
        "cases": score.cases,
        "gold": score.gold,
        "predicted": score.predicted,
        "tp": score.tp,
        "fn": score.fn,
        "fp": score.fp,
        "recall": round(score.recall, 4),
        "precision": round(score.precision, 4),
        "target": TARGETS.get(score.language),
        "meets_target": score.meets(TARGETS.get(score.language)),
        "valueless_gold": score.valueless,
        "ignored_predictions": score.ignored,
        "deliberate_differences": score.differs,
        "unplaced_gold": score.unplaced,
    }
    if with_cases:
        data["misses"] = [
            {"input": o.case.text, "gold": g.text, "start": g.start, "end": g.end,
             "value": g.value_text, "unit": g.unit, "iso": g.iso, "why": why}
            for o in score.outcomes for g, why in o.misses
        ]
        data["false_positives"] = [
            {"input": o.case.text, "text": p.text, "start": p.start, "end": p.end,
             "amount": None if p.amount is None else str(p.amount),
             "currencies": sorted(p.currencies), "why": why}
            for o in score.outcomes for p, why in o.false_positives
        ]
        data["differs"] = [
            {"input": o.case.text, "gold": g.text, "iso": g.iso,
             "predicted": None if p is None else sorted(p.currencies)}
            for o in score.outcomes for g, p in o.differs
        ]
    return data


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point; returns the exit status (1 with --check when a target is missed)."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.specs", description=__doc__.split("\n\n")[0])
    parser.add_argument("--lang", nargs="+", default=None, help="languages (default: the five with targets; 'all')")
    parser.add_argument("--show-misses", type=int, default=0, metavar="N", help="list N misses and N false positives per language")
    parser.add_argument("--json", action="store_true", help="print JSON instead of the table")
    parser.add_argument("--cases", choices=["differ"], default=None, help="list the deliberate differences from the spec")
    parser.add_argument("--predictor", choices=["moneyparse", "recognizers"], default="moneyparse")
    parser.add_argument("--check", action="store_true", help="exit 1 when a language misses its target")
    args = parser.parse_args(argv)

    if not SPEC_DIR.is_dir():
        print(f"specs not found at {SPEC_DIR}", file=sys.stderr)
        return 2
    languages = list(TARGETS) if not args.lang else (list(LANGUAGES) if args.lang == ["all"] else args.lang)
    unknown = [lang for lang in languages if not (SPEC_DIR / lang / "CurrencyModel.json").is_file()]
    if unknown:
        print(f"no CurrencyModel.json for {unknown!r} under {SPEC_DIR}", file=sys.stderr)
        return 2
    predictor: Predictor = moneyparse_predictor if args.predictor == "moneyparse" else recognizers_predictor
    try:
        scores = [score_language(lang, predictor) for lang in languages]
    except ImportError as error:
        print(f"cannot run the {args.predictor} predictor: {error}", file=sys.stderr)
        return 2

    if args.json:
        payload = {"predictor": args.predictor, "spec_dir": str(SPEC_DIR),
                   "languages": [_score_dict(s, with_cases=bool(args.show_misses or args.cases)) for s in scores]}
        print(json.dumps(payload, ensure_ascii=False, indent=2))
    else:
        print(f"Recognizers-Text currency specs, predictor: {args.predictor}")
        print(f"{'language':<11}{'cases':>6}{'gold':>6}{'pred':>6}{'TP':>6}{'FN':>6}{'FP':>6}{'recall':>8}{'prec.':>8}  {'target':<10}")
        for score in scores:
            print(_row(score))
        valueless = sum(s.valueless for s in scores)
        ignored = sum(s.ignored for s in scores)
        differs = sum(s.differs for s in scores)
        unplaced = sum(s.unplaced for s in scores)
        print(
            f"not counted: {valueless} valueless spec results (bare unit words; {ignored} predictions on them ignored), "
            f"{differs} deliberate differences (yen sign read as CNY in Chinese text; --cases differ), "
            f"{unplaced} spec results without a place in their input"
        )
        for score in scores if args.show_misses else ():
            _print_errors(score, args.show_misses)
        if args.cases == "differ":
            _print_differs(scores)
    if args.check and any(s.meets(TARGETS.get(s.language)) is False for s in scores):
        return 1
    return 0


def _print_errors(score: LanguageScore, limit: int) -> None:
    misses = [(o, g, why) for o in score.outcomes for g, why in o.misses]
    fps = [(o, p, why) for o in score.outcomes for p, why in o.false_positives]
    print(f"\n== {score.language}: {len(misses)} misses, {len(fps)} false positives")
    for outcome, gold, why in misses[:limit]:
        print(f"  FN #{outcome.case.index} {gold.text!r} = {gold.value_text} {gold.iso or gold.unit}: {why}")
        print(f"       in {outcome.case.text!r}")
    for outcome, prediction, why in fps[:limit]:
        print(f"  FP #{outcome.case.index} {_describe(prediction)}: {why}")
        print(f"       in {outcome.case.text!r}")


def _print_differs(scores: list[LanguageScore]) -> None:
    rows = [(s.language, o, g, p) for s in scores for o in s.outcomes for g, p in o.differs]
    yen = [
        (o, g) for s in scores if s.language == "Chinese" for o in s.outcomes
        for g in o.case.gold if any(sign in g.text for sign in _YEN_SIGNS)
    ]
    agreeing = [f"{g.text!r} ({g.iso or g.unit})" for o, g in yen if g.iso != "JPY"]
    print(f"\n== deliberate differences: {len(rows)} (the spec reads a yen sign as JPY in a Chinese sentence)")
    if any(s.language == "Chinese" for s in scores):
        print(f"  Chinese results written with a yen sign: {len(yen)}; read as CNY by the spec too: {', '.join(agreeing) or 'none'}")
    for language, outcome, gold, prediction in rows:
        ours = "not found" if prediction is None else "/".join(sorted(prediction.currencies))
        print(f"  {language} #{outcome.case.index} {gold.text!r}: spec {gold.iso}, moneyparse {ours}  in {outcome.case.text!r}")


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
