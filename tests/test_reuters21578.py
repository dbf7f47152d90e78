"""The reader of the Reuters-21578 SGML files and the dev-set style whose documents stay outside
the repository, on a tiny collection of our own written in the same SGML."""

from __future__ import annotations

import os
import pickle
import sys
from decimal import Decimal
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # the benchmarks package lives beside the tests, uninstalled
    sys.path.insert(0, str(ROOT))

from benchmarks import devsets, reuters21578  # noqa: E402
from moneyparse.mention import Mention  # noqa: E402

FIRST = (
    '<!DOCTYPE lewis SYSTEM "lewis.dtd">\n'
    '<REUTERS TOPICS="YES" LEWISSPLIT="TRAIN" CGISPLIT="TRAINING-SET" OLDID="901" NEWID="7">\n'
    "<DATE> 2-MAR-1987 09:05:01.20</DATE>\n"
    "<TOPICS><D>acq</D></TOPICS>\n"
    "<UNKNOWN> \n&#5;&#5;&#5;F\n&#22;&#22;&#1;f0001&#31;reute\nu f BC-HARBOUR   03-02 0042</UNKNOWN>\n"
    "<TEXT>&#2;\n"
    "<TITLE>HARBOUR MILL &lt;HML.L> SELLS STAKE FOR 12.5 MLN STG</TITLE>\n"
    "<DATELINE>    LONDON, March 2 - </DATELINE><BODY>Harbour Mill &lt;HML.L> said it sold\n"
    "its stake for 12.5 mln stg, and Dobbs &amp; Co paid 1.4\n"
    "billion dlrs for the docks.\n"
    " Reuter\n"
    "&#3;</BODY></TEXT>\n"
    "</REUTERS>\n"
    '<REUTERS TOPICS="NO" LEWISSPLIT="TEST" CGISPLIT="TRAINING-SET" OLDID="902" NEWID="8">\n'
    "<DATE>12-MAR-1987 11:00:00.00</DATE>\n"
    '<TEXT TYPE="BRIEF">&#2;\n'
    "<TITLE>HARBOUR MILL SAYS NOTHING MORE</TITLE>\n"
    "</TEXT>\n"
    "</REUTERS>\n"
)
# a second file: a stray Latin-1 byte, a DEL reference, and money in marks and cents
SECOND = (
    '<REUTERS TOPICS="NO" LEWISSPLIT="TEST" CGISPLIT="TRAINING-SET" OLDID="903" NEWID="1001">\n'
    "<DATE> 9-APR-1987 16:20:00.00</DATE>\n"
    "<TEXT>&#2;\n"
    "<TITLE>LINDEN BAKERY RAISES DIVIDEND</TITLE>\n"
    "<BODY>Linden B\xe4ckerei paid DM 5 mln&#127; and\n"
    "a dividend of 55 cts.\n"
    " Reuter\n"
    "&#3;</BODY></TEXT>\n"
    "</REUTERS>\n"
    '<REUTERS TOPICS="NO" LEWISSPLIT="TEST" CGISPLIT="TRAINING-SET" OLDID="904" NEWID="1002">\n'
    "<DATE> 9-APR-1987 16:21:00.00</DATE>\n"
    "<TEXT>&#2;\n"
    "<TITLE>WEATHER</TITLE>\n"
    "<BODY>Rain fell on 12 days.\n &#3;</BODY></TEXT>\n"
    "</REUTERS>\n"
)
BODY_7 = (
    "Harbour Mill <HML.L> said it sold\n"
    "its stake for 12.5 mln stg, and Dobbs & Co paid 1.4\n"
    "billion dlrs for the docks.\n"
    " Reuter\n"
    "\x03"
)


@pytest.fixture
def collection(tmp_path: Path) -> Path:
    directory = tmp_path / "reuters"
    directory.mkdir()
    (directory / "reut2-000.sgm").write_bytes(FIRST.encode("latin-1"))
    (directory / "reut2-001.sgm").write_bytes(SECOND.encode("latin-1"))
    (directory / "README.txt").write_text("not a story file\n", encoding="ascii")
    return directory


# --- reading the SGML ------------------------------------------------------------------------

def test_a_body_is_the_text_between_its_tags_with_entities_read_and_line_breaks_kept(collection: Path) -> None:
    stories = reuters21578.read_collection(collection)
    assert stories["7"].body == BODY_7
    assert stories["7"].body.index("1.4\nbillion dlrs") > 0  # the hard wrap is kept


def test_every_story_is_read_with_its_file_and_date_and_a_brief_has_no_body(collection: Path) -> None:
    stories = reuters21578.read_collection(collection)
    assert sorted(stories, key=int) == ["7", "8", "1001", "1002"]
    assert (stories["8"].file, stories["8"].date, stories["8"].body) == ("reut2-000.sgm", "1987-03-12", None)
    assert (stories["1001"].file, stories["1001"].date) == ("reut2-001.sgm", "1987-04-09")


def test_bytes_are_latin_1_and_character_references_become_their_characters(collection: Path) -> None:
    body = reuters21578.read_collection(collection)["1001"].body
    assert body is not None
    assert body.startswith("Linden B\u00e4ckerei paid DM 5 mln\x7f and\n")
    assert body.endswith("\x03")


def test_only_the_stories_asked_for_are_returned(collection: Path) -> None:
    assert list(reuters21578.read_collection(collection, {"1001", "99"})) == ["1001"]


@pytest.mark.parametrize(
    ("raw", "text"),
    [
        ("A &lt;B> &amp; C &gt; D", "A <B> & C > D"),
        ("end&#3;", "end\x03"),
        ("&amp;lt; is read once", "&lt; is read once"),
        ("&nbsp; and & alone stay", "&nbsp; and & alone stay"),
    ],
)
def test_decode(raw: str, text: str) -> None:
    assert reuters21578.decode(raw) == text


def test_a_directory_without_the_files_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(reuters21578.CollectionError) as missing:
        reuters21578.read_collection(tmp_path / "nowhere")
    assert missing.value.directory == tmp_path / "nowhere" and "no such directory" in str(missing.value)
    with pytest.raises(reuters21578.CollectionError) as empty:
        reuters21578.read_collection(tmp_path)
    assert "reut2-*.sgm" in str(empty.value)
    assert isinstance(empty.value, FileNotFoundError)
    again = pickle.loads(pickle.dumps(empty.value))
    assert (again.directory, again.problem) == (empty.value.directory, empty.value.problem)


def test_the_digest_tells_one_text_from_another() -> None:
    assert reuters21578.body_sha256(BODY_7) == reuters21578.body_sha256(BODY_7[:-1] + "\x03")
    assert reuters21578.body_sha256(BODY_7) != reuters21578.body_sha256(BODY_7.replace("1.4\n", "1.4 "))
    assert len(reuters21578.body_sha256("")) == 64


# --- the draw ----------------------------------------------------------------------------------

def test_the_money_pattern() -> None:
    found = [m.group(0) for m in reuters21578.MONEY.finditer(BODY_7 + " DM 5 mln, 55 cts, 3 Danish crowns, 9 pct")]
    assert found == ["12.5 mln stg", "1.4\nbillion dlrs", "DM 5", "55 cts", "3 Danish crowns"]


def test_the_draw_takes_money_stories_only_and_is_the_same_for_one_seed(collection: Path) -> None:
    stories = list(reuters21578.read_collection(collection).values())
    drawn = reuters21578.draw(stories, "seed", until=100)
    assert sorted(drawn) == ["1001", "7"]  # the brief has no body, the weather story no money
    assert reuters21578.draw(stories, "seed", until=100) == drawn
    assert reuters21578.draw(stories, "seed", until=1) == drawn[:1]
    assert reuters21578.draw(stories, "seed", until=100, exclude={"7"}) == ["1001"]


def test_the_draw_command_prints_one_id_a_line(collection: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    (tmp_path / "taken.txt").write_text("7\n", encoding="utf-8")
    assert reuters21578.main([str(collection), "--seed", "s", "--until", "9", "--exclude", str(tmp_path / "taken.txt")]) == 0
    assert capsys.readouterr().out == "1001\n"
    assert reuters21578.main([str(tmp_path / "nowhere"), "--seed", "s", "--until", "9"]) == 2
    assert "no such directory" in capsys.readouterr().err


# --- a dev-set style read from the collection ------------------------------------------------

def gold_line(doc: str, body: str, part: str, amount: str, currency: str, note: str = "") -> str:
    start = body.index(part)
    text = part.replace("\n", "\\n")
    return f"{doc}\t{start}\t{start + len(part)}\t{text}\t{amount}\t\t{currency}\t\t{note}"


def external_set(root: Path, collection: Path, digest_7: str | None = None, rows: list[str] | None = None) -> Path:
    style = root / "wire-reuters"
    style.mkdir(parents=True)
    stories = reuters21578.read_collection(collection)
    body_1001 = stories["1001"].body or ""
    listing = [
        f"7\treut2-000.sgm\t1987-03-02\t{digest_7 or reuters21578.body_sha256(BODY_7)}",
        f"1001\treut2-001.sgm\t1987-04-09\t{reuters21578.body_sha256(body_1001)}",
    ]
    (style / "docs.tsv").write_text("\t".join(devsets.EXTERNAL_HEADER) + "\n" + "\n".join(listing) + "\n", encoding="utf-8")
    if rows is None:
        rows = [
            gold_line("7", BODY_7, "12.5 mln stg", "12500000", "GBP"),
            gold_line("7", BODY_7, "1.4\nbillion dlrs", "1400000000", "USD"),
            gold_line("1001", body_1001, "DM 5 mln", "5000000", "DEM"),
            gold_line("1001", body_1001, "55 cts", "0.55", "USD", "unsure: made up"),
        ]
    (style / "gold.tsv").write_text("\t".join(devsets.HEADER) + "\n" + "\n".join(rows) + "\n", encoding="utf-8")
    (style / "SOURCE.md").write_text("made up\n", encoding="utf-8")
    return style


@pytest.fixture(autouse=True)
def no_collection_in_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(reuters21578.ENV, raising=False)


def test_the_external_style_validates_against_the_collection(tmp_path: Path, collection: Path) -> None:
    style = external_set(tmp_path / "sets", collection)
    assert devsets.validate_style(style, external=collection) == []
    docs, gold, _ = devsets.load_style(style, collection)
    assert docs["7"] == BODY_7 and sorted(docs) == ["1001", "7"]
    assert gold[1].text == "1.4\nbillion dlrs" == docs["7"][gold[1].start : gold[1].end]


def test_without_the_collection_the_gold_is_still_checked_but_not_its_texts(tmp_path: Path, collection: Path) -> None:
    wrong_text = gold_line("7", BODY_7, "12.5 mln stg", "12500000", "GBP").replace("12.5 mln stg", "12.5 mln STG")
    style = external_set(tmp_path / "sets", collection, rows=[wrong_text])
    assert devsets.validate_style(style) == []  # the text cannot be compared without the collection
    assert any("text" in p for p in devsets.validate_style(style, external=collection))
    bad_code = gold_line("7", BODY_7, "12.5 mln stg", "12500000", "STG")
    unlisted = gold_line("7", BODY_7, "12.5 mln stg", "12500000", "GBP").replace("7", "9", 1)
    style2 = external_set(tmp_path / "sets2", collection, rows=[bad_code, unlisted])
    problems = devsets.validate_style(style2)
    assert len(problems) == 2 and "ISO 4217" in problems[0] and "not listed in docs.tsv" in problems[1]


def test_a_different_copy_of_the_collection_is_refused(tmp_path: Path, collection: Path) -> None:
    style = external_set(tmp_path / "sets", collection, digest_7="0" * 64)
    problems = devsets.validate_style(style, external=collection)
    assert len(problems) == 1 and "'7' differs from the one annotated" in problems[0]
    with pytest.raises(devsets.DevSetError, match="differs from the one annotated"):
        devsets.score_style(style, external=collection)


def test_a_story_missing_from_the_collection_is_named(tmp_path: Path, collection: Path) -> None:
    style = external_set(tmp_path / "sets", collection)
    (collection / "reut2-001.sgm").unlink()
    problems = devsets.validate_style(style, external=collection)
    assert len(problems) == 1 and "'1001' is not in the collection given" in problems[0]


def test_scoring_reads_the_documents_from_the_collection(tmp_path: Path, collection: Path) -> None:
    style = external_set(tmp_path / "sets", collection)

    def predict(text: str) -> list[Mention]:
        if "12.5 mln stg" not in text:
            return []
        start = text.index("12.5 mln stg")
        return [Mention(start, start + 12, "12.5 mln stg", Decimal(12500000), "GBP")]

    s = devsets.score_style(style, predict=predict, external=collection)
    assert (s.docs, s.gold, s.unsure, s.correct, s.predicted) == (2, 3, 1, 1, 1)
    aside = devsets.score_style(style, predict=predict, external=collection, set_aside=["made", "DEM"])
    assert (aside.gold, aside.unsure) == (3, 1)  # notes are searched, not currencies; unsure stays unsure
    no_break = devsets.score_style(style, predict=predict, external=collection, set_aside=[""])
    assert (no_break.gold, no_break.unsure, no_break.correct) == (0, 4, 0)


def test_without_a_directory_the_style_is_skipped_with_one_line(
    tmp_path: Path, collection: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    style = external_set(tmp_path / "sets", collection)
    with pytest.raises(devsets.DocumentsElsewhere):
        devsets.load_style(style)
    assert devsets.main(["--root", str(tmp_path / "sets")]) == 2
    out = capsys.readouterr()
    assert out.out == ""
    assert out.err.count("\n") == 1 and "wire-reuters: skipped" in out.err and "--reuters DIR" in out.err


def test_the_command_reads_the_collection_from_the_option_or_the_environment(
    tmp_path: Path, collection: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    external_set(tmp_path / "sets", collection)
    root = str(tmp_path / "sets")
    assert devsets.main(["--root", root, "--validate"]) == 0
    assert "wire-reuters: ok (texts and offsets not checked" in capsys.readouterr().out
    assert devsets.main(["--root", root, "--validate", "--reuters", str(collection)]) == 0
    assert "wire-reuters: ok\n" in capsys.readouterr().out
    assert devsets.main(["--root", root, "--json", "--reuters", str(collection)]) == 0
    assert '"style": "wire-reuters"' in capsys.readouterr().out
    monkeypatch.setenv(reuters21578.ENV, str(collection))
    assert devsets.main(["--root", root]) == 0
    assert "wire-reuters" in capsys.readouterr().out
    monkeypatch.setenv(reuters21578.ENV, str(tmp_path / "nowhere"))
    assert devsets.main(["--root", root]) == 1
    assert "cannot read the Reuters-21578 collection" in capsys.readouterr().err


# --- the committed set, against the real collection when it is here ----------------------------

REAL = os.environ.get(reuters21578.ENV, "")


@pytest.mark.skipif(not REAL, reason=f"the Reuters-21578 collection is not here (set ${reuters21578.ENV} to its directory)")
def test_the_committed_wire_reuters_set_matches_the_collection() -> None:
    assert devsets.validate_style(devsets.DEFAULT_ROOTS["dev"] / "wire-reuters", external=Path(REAL)) == []
