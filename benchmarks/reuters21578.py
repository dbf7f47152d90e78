"""Read the story bodies of the Reuters-21578 collection from its SGML files.

The collection (Reuters newswire of 1987, "Reuters-21578, Distribution 1.0") may be shared for
research only, so none of its text is in this repository: the ``wire-reuters`` dev set holds only
annotations (document id, offsets, the money phrase, its value) and reads the stories from a copy
of the collection the user keeps elsewhere, given by ``--reuters DIR`` or ``$MONEYPARSE_REUTERS``.

What a document is (the offsets of the gold depend on every point of this):

* the files are ``reut2-000.sgm`` ... ``reut2-021.sgm`` in one directory, read as bytes and
  decoded as Latin-1, one character per byte (the collection is ASCII but for one stray byte);
* a story is a ``<REUTERS ...>`` element; its id is the ``NEWID`` attribute, as a decimal string;
* its document is the text between the first ``<BODY>`` and the next ``</BODY>`` inside the
  element, with ``&lt;``, ``&gt;`` and ``&amp;`` read as ``<``, ``>`` and ``&``, and each
  decimal character reference ``&#N;`` as the character N (so the closing ``&#3;`` becomes
  U+0003); nothing else changes: line breaks, indentation and trailing spaces are kept;
* a story without a ``<BODY>`` (a headline-only brief, an unprocessed table) has no document.

``python -m benchmarks.reuters21578 DIR --seed S --until N`` prints a seeded draw of the stories
whose body contains money (see :data:`MONEY`), as the dev sets were drawn.
"""

from __future__ import annotations

import argparse
import hashlib
import random
import re
import sys
from collections.abc import Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

__all__ = ["ENV", "MONEY", "CollectionError", "Story", "body_sha256", "decode", "draw", "read_collection", "read_file"]

ENV = "MONEYPARSE_REUTERS"
FILES = "reut2-*.sgm"

_STORY = re.compile(r"<REUTERS\b([^>]*)>(.*?)</REUTERS>", re.S)
_NEWID = re.compile(r'\bNEWID="(\d+)"')
_DATE = re.compile(r"<DATE>\s*(\d{1,2})-([A-Z]{3})-(\d{4})")
_BODY = re.compile(r"<BODY>(.*?)</BODY>", re.S)
_ENTITY = re.compile(r"&(lt|gt|amp|#\d+);")
_NAMED = {"lt": "<", "gt": ">", "amp": "&"}
_MONTHS = {m: k for k, m in enumerate("JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC".split(), 1)}

# The money filter of the draw: a sign or a prefix before a digit, or a number (with a scale
# word and up to two capitalised words such as "Canadian" or "U.S." between) before a money word.
_MONEY_WORDS = (
    r"dlrs?|dollars?|stg|sterling|pounds|pence|yen|marks|D-?marks|francs?|crowns|guilders?|lire|lira|"
    r"pesetas?|escudos?|schillings?|punts?|ECUs?|cts|cents?|rand|rupees?|pesos?|cruzados?|australs?|yuan|"
    r"riyals?|dinars?|drachmas?|kroner|kronor|won|ringgit|baht|shekels?|naira|zlotys?|rupiah"
)
MONEY = re.compile(
    r"(?:\$|\b(?:DM|dlrs|stg)\s?)\d"
    r"|\d(?:[\d,.]*\d)?(?:\s+(?:mln|bln|billion|million|trillion|thousand))?"
    r"\s+(?:[A-Z][A-Za-z.]*\s+){0,2}(?:" + _MONEY_WORDS + r")\b"
)


@dataclass(frozen=True, slots=True)
class Story:
    """One story of the collection: its id, file, date (``YYYY-MM-DD``) and body (``None`` if none)."""

    newid: str
    file: str
    date: str
    body: str | None


class CollectionError(FileNotFoundError):
    """The directory does not hold the collection's SGML files; carries the directory."""

    def __init__(self, directory: Path, problem: str) -> None:
        super().__init__(directory, problem)
        self.directory = directory
        self.problem = problem

    def __str__(self) -> str:
        return f"{str(self.directory)!r}: {self.problem}"


def decode(raw: str) -> str:
    """SGML text as the collection writes it -> plain text (``&lt;`` ``&gt;`` ``&amp;`` ``&#N;``)."""
    return _ENTITY.sub(lambda m: _NAMED.get(m.group(1)) or chr(int(m.group(1)[1:])), raw)


def _date(element: str) -> str:
    found = _DATE.search(element)
    if found is None or found.group(2) not in _MONTHS:
        return ""
    day, month, year = found.groups()
    return f"{year}-{_MONTHS[month]:02d}-{int(day):02d}"


def read_file(path: Path) -> Iterator[Story]:
    """The stories of one SGML file, in file order."""
    text = path.read_bytes().decode("latin-1")
    for element in _STORY.finditer(text):
        newid = _NEWID.search(element.group(1))
        if newid is None:
            continue
        body = _BODY.search(element.group(2))
        yield Story(newid.group(1), path.name, _date(element.group(2)), None if body is None else decode(body.group(1)))


def read_collection(directory: Path, newids: Collection[str] | None = None) -> dict[str, Story]:
    """The stories of the collection in ``directory`` (all, or those whose NEWID is named), by NEWID."""
    directory = Path(directory)
    if not directory.is_dir():
        raise CollectionError(directory, "no such directory")
    files = sorted(directory.glob(FILES))
    if not files:
        raise CollectionError(directory, f"no {FILES} files (the Reuters-21578 SGML files)")
    wanted = None if newids is None else frozenset(newids)
    return {
        story.newid: story
        for path in files
        for story in read_file(path)
        if wanted is None or story.newid in wanted
    }


def body_sha256(body: str) -> str:
    """The SHA-256 of a document's UTF-8 bytes: tells whether a copy of the collection is the one annotated."""
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def draw(stories: Iterable[Story], seed: str, until: int, exclude: Collection[str] = ()) -> list[str]:
    """A seeded draw: the NEWIDs of stories whose body matches :data:`MONEY`, sorted by NEWID,
    shuffled with ``random.Random(seed)``, taken in that order (skipping ``exclude``) until the
    pattern has matched at least ``until`` times in the stories taken."""
    pool = sorted(
        ((int(s.newid), s.newid, len(MONEY.findall(s.body))) for s in stories if s.body and s.newid not in exclude),
    )
    random.Random(seed).shuffle(pool)
    taken: list[str] = []
    matched = 0
    for _, newid, hits in pool:
        if hits == 0:
            continue
        if matched >= until:
            break
        taken.append(newid)
        matched += hits
    return taken


def main(argv: Sequence[str] | None = None) -> int:
    """Print a seeded draw of money stories, one NEWID a line."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.reuters21578", description=main.__doc__)
    parser.add_argument("directory", type=Path, help="the directory of the reut2-*.sgm files")
    parser.add_argument("--seed", required=True, help="seed of random.Random (a string)")
    parser.add_argument("--until", type=int, required=True, help="stop once the pattern matched this often")
    parser.add_argument(
        "--exclude", type=Path, action="append", default=[], help="a file of NEWIDs to leave out (first column; repeatable)"
    )
    args = parser.parse_args(argv)
    exclude: set[str] = set()
    for path in args.exclude:
        exclude.update(line.split("\t")[0].strip() for line in path.read_text(encoding="utf-8").splitlines())
    try:
        stories = read_collection(args.directory).values()
    except CollectionError as exc:
        print(exc, file=sys.stderr)
        return 2
    for newid in draw(stories, args.seed, args.until, exclude):
        print(newid)
    return 0


if __name__ == "__main__":
    sys.exit(main())
