"""The rules of benchmarks.devsets (matching, counting, validation), on tiny made-up documents,
and one check that every committed dev set is well formed."""

from __future__ import annotations

import sys
from decimal import Decimal
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # the benchmarks package lives beside the tests, uninstalled
    sys.path.insert(0, str(ROOT))

from benchmarks import devsets  # noqa: E402
from moneyparse.mention import Mention, Pair  # noqa: E402

DOC = "The mill paid $5 million in 2019, up from $4 million, and Rmb8 a share."
#      0         1         2         3         4         5         6         7
#      0123456789012345678901234567890123456789012345678901234567890123456789012


def span(text: str, part: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(part, start + 1)
    return start, start + len(part)


def row(part: str, amount: str, currency: str, high: str | None = None, note: str = "", text: str = DOC) -> devsets.GoldRow:
    start, end = span(text, part)
    return devsets.GoldRow("d", start, end, part, Decimal(amount), None if high is None else Decimal(high), currency, "", note)


def mention(part: str, amount: str, currency: str, high: str | None = None, text: str = DOC) -> Mention:
    start, end = span(text, part)
    return Mention(start, end, part, Decimal(amount), currency, None if high is None else Decimal(high))


GOLD = [row("$5 million", "5000000", "USD"), row("$4 million", "4000000", "USD"), row("Rmb8", "8", "CNY")]


def score(predicted: list[Mention], gold: list[devsets.GoldRow] = GOLD) -> devsets.StyleScore:
    s = devsets.StyleScore("t")
    devsets.score_document("d", DOC, gold, predicted, s)
    return s


# --- matching and counting -----------------------------------------------------------------

def test_all_right_gives_full_recall_and_precision() -> None:
    s = score([mention("$5 million", "5000000", "USD"), mention("$4 million", "4000000", "USD"), mention("Rmb8", "8", "CNY")])
    assert (s.gold, s.predicted, s.correct, s.found) == (3, 3, 3, 3)
    assert s.recall == s.precision == s.found_rate == 1.0
    assert s.misses == []


def test_a_span_that_only_overlaps_still_matches() -> None:
    # "paid $5" and "5 million in" both overlap the gold "$5 million"
    s = score([Mention(9, 20, "paid $5 mil", Decimal(5000000), "USD")])
    assert s.correct == 1 and s.found == 1


def test_wrong_amount_is_a_wrong_value_and_counts_against_both_rates() -> None:
    s = score([mention("$5 million", "5", "USD"), mention("$4 million", "4000000", "USD"), mention("Rmb8", "8", "CNY")])
    assert (s.correct, s.wrong_value, s.wrong_currency, s.found) == (2, 1, 0, 3)
    assert s.recall == pytest.approx(2 / 3) and s.precision == pytest.approx(2 / 3)
    assert [m.kind for m in s.misses] == ["wrong value"]


def test_same_amount_other_currency_is_a_wrong_currency() -> None:
    s = score([mention("Rmb8", "8", "JPY")], gold=[row("Rmb8", "8", "CNY")])
    assert (s.correct, s.wrong_currency, s.wrong_value) == (0, 1, 0)
    assert s.misses[0].gold == "8 CNY" and s.misses[0].predicted == "8 JPY"


def test_a_missing_high_is_a_wrong_value() -> None:
    text = "between $5 and $6 billion"
    gold = [row("$5 and $6 billion", "5000000000", "USD", high="6000000000", text=text)]
    s = devsets.StyleScore("t")
    devsets.score_document("d", text, gold, [mention("$5 and $6 billion", "5000000000", "USD", text=text)], s)
    assert s.wrong_value == 1 and s.correct == 0


def test_a_change_read_as_one_range_leaves_both_rows_wrong() -> None:
    text = "rose from $2.10 to $2.45 a share"
    gold = [row("$2.10", "2.10", "USD", text=text), row("$2.45", "2.45", "USD", text=text)]
    merged = mention("$2.10 to $2.45", "2.10", "USD", high="2.45", text=text)
    s = devsets.StyleScore("t")
    devsets.score_document("d", text, gold, [merged], s)
    assert (s.gold, s.predicted, s.found, s.correct, s.wrong_value) == (2, 1, 2, 0, 2)


def test_one_prediction_is_matched_to_one_gold_row_only() -> None:
    text = "$2.10 to $2.45"
    gold = [row("$2.10", "2.10", "USD", text=text), row("$2.45", "2.45", "USD", text=text)]
    whole = Mention(0, len(text), text, Decimal("2.10"), "USD")
    s = devsets.StyleScore("t")
    devsets.score_document("d", text, gold, [whole], s)
    assert s.correct == 1 and s.predicted == 1 and s.recall == 0.5 and s.precision == 1.0


def test_exact_matches_are_taken_before_mere_overlaps() -> None:
    text = "$2.10 to $2.45"
    gold = [row("$2.10", "2.10", "USD", text=text), row("$2.45", "2.45", "USD", text=text)]
    # the first prediction overlaps both rows but is right only for the second
    wide = Mention(0, len(text), text, Decimal("2.45"), "USD")
    first = mention("$2.10", "2.10", "USD", text=text)
    s = devsets.StyleScore("t")
    devsets.score_document("d", text, gold, [wide, first], s)
    assert s.correct == 2


def test_spurious_and_missed() -> None:
    s = score([mention("2019", "2019", "USD")])
    assert (s.spurious, s.correct, s.found, s.predicted) == (1, 0, 0, 1)
    kinds = sorted(m.kind for m in s.misses)
    assert kinds == ["missed", "missed", "missed", "spurious"]


def test_unsure_rows_are_neither_gold_nor_error() -> None:
    gold = [row("$5 million", "5000000", "USD"), row("Rmb8", "8", "CNY", note="unsure: a share price")]
    s = score([mention("$5 million", "5000000", "USD"), mention("Rmb8", "9", "CNY")], gold=gold)
    assert (s.gold, s.unsure, s.predicted, s.correct, s.spurious, s.wrong_value) == (1, 1, 1, 1, 0, 0)


def test_qualifier_agreement_is_counted_among_correct_rows() -> None:
    text = "about $5"
    gold = [devsets.GoldRow("d", 6, 8, "$5", Decimal(5), None, "USD", "approx", "")]
    plain = Mention(6, 8, "$5", Decimal(5), "USD")
    s = devsets.StyleScore("t")
    devsets.score_document("d", text, gold, [plain], s)
    assert s.correct == 1 and s.qualifier_agree == 0


# --- pairs -----------------------------------------------------------------------------------

PAIR_TEXT = "It paid £8bn (Rmb72.5bn) for the mill."


def test_a_pair_is_found_when_both_sides_overlap_the_gold() -> None:
    a, b = mention("£8bn", "8000000000", "GBP", text=PAIR_TEXT), mention("Rmb72.5bn", "72500000000", "CNY", text=PAIR_TEXT)
    gp = devsets.GoldPair("d", span(PAIR_TEXT, "£8bn"), span(PAIR_TEXT, "Rmb72.5bn"))
    s = devsets.StyleScore("t")
    devsets.score_pairs("d", [gp], [Pair(a, b)], s)
    assert (s.pairs_gold, s.pairs_found, s.pair_docs, s.pair_docs_found, s.pairs_spurious) == (1, 1, 1, 1, 0)


def test_a_reversed_pair_is_not_found() -> None:
    a, b = mention("£8bn", "8000000000", "GBP", text=PAIR_TEXT), mention("Rmb72.5bn", "72500000000", "CNY", text=PAIR_TEXT)
    gp = devsets.GoldPair("d", span(PAIR_TEXT, "£8bn"), span(PAIR_TEXT, "Rmb72.5bn"))
    s = devsets.StyleScore("t")
    devsets.score_pairs("d", [gp], [Pair(b, a)], s)
    assert (s.pairs_found, s.pair_docs_found, s.pairs_spurious) == (0, 0, 1)


def test_pairs_in_a_document_without_gold_pairs_are_spurious() -> None:
    a, b = mention("£8bn", "8000000000", "GBP", text=PAIR_TEXT), mention("Rmb72.5bn", "72500000000", "CNY", text=PAIR_TEXT)
    s = devsets.StyleScore("t")
    devsets.score_pairs("d", [], [Pair(a, b)], s)
    assert (s.pairs_spurious, s.pair_docs) == (1, 0)


# --- files and validation ----------------------------------------------------------------

def write_set(tmp_path: Path, rows: list[str], doc: str = "Sales hit DM 5\nmln, up from 4 mln marks.", source: bool = True) -> Path:
    style = tmp_path / "wire"
    (style / "docs").mkdir(parents=True)
    (style / "docs" / "a.txt").write_text(doc, encoding="utf-8", newline="")
    (style / "gold.tsv").write_text("\t".join(devsets.HEADER) + "\n" + "".join(r + "\n" for r in rows), encoding="utf-8")
    if source:
        (style / "SOURCE.md").write_text("made up\n", encoding="utf-8")
    return style


GOOD_ROWS = ["a\t10\t18\tDM 5\\nmln\t5000000\t\tDEM\t\t", "a\t28\t39\t4 mln marks\t4000000\t\tDEM\t\t"]


def test_house_style_rows_and_line_break_wrong_values_are_counted_apart(tmp_path: Path) -> None:
    # "DM 5\nmln" holds no house word and a line break; "4 mln marks" is in the wire's house style
    style = write_set(tmp_path, GOOD_ROWS)
    wrong = lambda text: [Mention(10, 18, text[10:18], Decimal(5), "DEM"), Mention(28, 39, text[28:39], Decimal(4000000), "DEM")]  # noqa: E731
    s = devsets.score_style(style, predict=wrong, predict_pairs=lambda text: [])
    assert (s.house_gold, s.house_found, s.house_correct, s.break_wrong_value) == (1, 1, 1, 1)
    assert "house style" in devsets._table([s]) and "line break: 1" in devsets._table([s])
    missed = devsets.score_style(style, predict=lambda text: [], predict_pairs=lambda text: [])
    assert (missed.house_gold, missed.house_found, missed.house_correct, missed.break_wrong_value) == (1, 0, 0, 0)
    assert devsets.HOUSE_WORDS.search("5 mln dlrs") and devsets.HOUSE_WORDS.search("40 STG")
    assert not devsets.HOUSE_WORDS.search("5 remarks") and not devsets.HOUSE_WORDS.search("$5 million")


def test_text_cells_write_line_breaks_tabs_and_backslashes_escaped() -> None:
    assert devsets.unescape("DM 5\\nmln") == "DM 5\nmln"
    assert devsets.unescape("a\\tb\\\\n") == "a\tb\\n"


def test_a_clean_set_validates_and_scores(tmp_path: Path) -> None:
    style = write_set(tmp_path, GOOD_ROWS)
    assert devsets.validate_style(style) == []
    docs, gold, pairs = devsets.load_style(style)
    assert gold[0].text == docs["a"][10:18] == "DM 5\nmln" and pairs == []
    s = devsets.score_style(style, predict=lambda text: [Mention(10, 18, text[10:18], Decimal(5000000), "DEM")],
                            predict_pairs=lambda text: [])
    assert (s.gold, s.correct, s.predicted) == (2, 1, 1)


def test_documents_keep_their_own_line_breaks(tmp_path: Path) -> None:
    style = write_set(tmp_path, ["a\t10\t19\tDM 5\\r\\nmln\t5000000\t\tDEM\t\t"], doc="Sales hit DM 5\r\nmln.")
    # \r is not one of the escapes, so the cell does not equal the document: reported, not crashed
    problems = devsets.validate_style(style)
    assert len(problems) == 1 and "text" in problems[0]
    assert devsets.read_doc(style / "docs" / "a.txt") == "Sales hit DM 5\r\nmln."


@pytest.mark.parametrize(
    ("bad_row", "words"),
    [
        ("a\t10\t18\tDM 5\\nmX\t5000000\t\tDEM\t\t", "text"),
        ("a\t10\t18\tDM 5\\nmln\t5000000\t\tXYZ\t\t", "ISO 4217"),
        ("a\t10\t18\tDM 5\\nmln\t5000000\t4000000\tDEM\t\t", "below amount"),
        ("a\t10\t18\tDM 5\\nmln\t5000000\t\t\t\t", "note"),
        ("a\t10\t18\tDM 5\\nmln\t5000000\t\tDEM\tabout\t", "qualifier"),
        ("b\t10\t18\tDM 5\\nmln\t5000000\t\tDEM\t\t", "no document"),
        ("a\t10\t99\tDM 5\\nmln\t5000000\t\tDEM\t\t", "offsets"),
        ("a\t13\t18\t5\\nmln\t5000000\t\tDEM\t\t", "overlap"),
    ],
)
def test_validation_names_each_problem(tmp_path: Path, bad_row: str, words: str) -> None:
    style = write_set(tmp_path, [GOOD_ROWS[0], bad_row] if words == "overlap" else [bad_row])
    problems = devsets.validate_style(style)
    assert problems and any(words in p for p in problems), problems


def test_withdrawn_codes_are_accepted(tmp_path: Path) -> None:
    style = write_set(tmp_path, ["a\t28\t39\t4 mln marks\t4000000\t\tXEU\t\tmade up", "a\t10\t18\tDM 5\\nmln\t5000000\t\tFRF\t\t"])
    assert devsets.validate_style(style) == []


@pytest.mark.parametrize(
    "gold_text",
    [
        "doc\tstart\tend\ttext\tamount\n",  # wrong header
        "\t".join(devsets.HEADER) + "\na\t10\t18\tDM 5\\nmln\tfive\t\tDEM\t\t\n",  # amount not a number
        "\t".join(devsets.HEADER) + "\na\t10\t18\tDM 5\\nmln\tNaN\t\tDEM\t\t\n",  # not finite
        "\t".join(devsets.HEADER) + "\na\t10\t18\tDM 5\n",  # too few cells
    ],
)
def test_unreadable_gold_files_are_reported_with_their_line(tmp_path: Path, gold_text: str) -> None:
    style = write_set(tmp_path, [])
    (style / "gold.tsv").write_text(gold_text, encoding="utf-8")
    problems = devsets.validate_style(style)
    assert len(problems) == 1 and "gold.tsv:" in problems[0]


def test_pairs_must_name_gold_rows(tmp_path: Path) -> None:
    style = write_set(tmp_path, GOOD_ROWS)
    (style / "pairs.tsv").write_text("\t".join(devsets.PAIRS_HEADER) + "\na\t10\t18\t28\t39\t\na\t10\t18\t28\t40\t\n", encoding="utf-8")
    problems = devsets.validate_style(style)
    assert len(problems) == 1 and "(28, 40)" in problems[0]


def test_a_missing_source_file_is_reported(tmp_path: Path) -> None:
    style = write_set(tmp_path, GOOD_ROWS, source=False)
    assert any("SOURCE.md" in p for p in devsets.validate_style(style))


def test_the_command_validates_and_scores_a_root(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write_set(tmp_path, GOOD_ROWS)
    assert devsets.main(["--root", str(tmp_path), "--validate"]) == 0
    assert "wire: ok" in capsys.readouterr().out
    assert devsets.main(["--root", str(tmp_path), "--json"]) == 0
    assert '"style": "wire"' in capsys.readouterr().out
    assert devsets.main(["--root", str(tmp_path / "nowhere")]) == 2


# --- the committed sets ----------------------------------------------------------------------

COMMITTED = [d for root in devsets.DEFAULT_ROOTS.values() for d in devsets.style_dirs(root)]


#: Samples drawn while no pool of shop strings was left: fresh14 took the last 101 strings of the
#: first Wikivoyage source, fresh16 the whole of the second.
WITHOUT_SHOP = frozenset({"fresh15", "fresh17"})
#: Samples drawn while no pool of English news was left: fresh20 took the last 45 articles of the
#: first Wikinews export, fresh21 the whole of the second.
WITHOUT_NEWS_EN = frozenset(f"fresh{n}" for n in range(22, 36))


def test_dev_sets_are_committed() -> None:
    for name, root in devsets.DEFAULT_ROOTS.items():
        styles = {"wire", "wire-reuters", "news-zh"} | ({"shop"} if name not in WITHOUT_SHOP else set())
        styles |= {"news-en"} if name not in WITHOUT_NEWS_EN else set()
        assert styles <= {d.name for d in devsets.style_dirs(root)}, name


@pytest.mark.parametrize("style", COMMITTED, ids=[f"{d.parent.name}/{d.name}" for d in COMMITTED])
def test_every_committed_dev_set_validates(style: Path) -> None:
    assert devsets.validate_style(style) == []


def test_each_document_is_read_on_the_day_its_docs_tsv_gives(tmp_path: Path) -> None:
    doc = "The fee was 4 mln lira."
    row = "a\t12\t22\t4 mln lira\t4000000\t\tITL\t\t"
    style = write_set(tmp_path, [row], doc=doc)
    assert devsets.score_style(style, predict_pairs=lambda text: []).correct == 0  # no day: the lira of today
    (style / "docs.tsv").write_text("doc\tdate\ttitle\tsource\na\t1987-03-02\tfee\tmade up\n", encoding="utf-8")
    assert devsets.read_doc_dates(style / "docs.tsv") == {"a": devsets.date(1987, 3, 2)}
    assert devsets.score_style(style, predict_pairs=lambda text: []).correct == 1
    (style / "docs.tsv").write_text("doc\tdate\ttitle\tsource\na\t1990\tfee\tmade up\nb\t\tnone\tmade up\n", encoding="utf-8")
    assert devsets.read_doc_dates(style / "docs.tsv") == {"a": devsets.date(1990, 7, 1)}
    assert devsets.score_style(style, predict_pairs=lambda text: []).correct == 1
