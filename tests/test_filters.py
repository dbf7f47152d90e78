"""The rejection filters of the registry, each on its own examples.

Every filter declares texts it rejects and texts it keeps.  Each text is extracted from with the
dispatcher watched: for every candidate the reader hands it, the filters whose side, markers and
guards admit the candidate (worked out here from the registry, the slow way) and the filter that
rejects it (the dispatcher's answer).  A reject text must have a candidate that its filter rejects,
first of all the filters; a keep text must keep a mention while its filter rejects none of its
candidates.  A filter that never fires on its own examples fails.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass

import pytest

import moneyparse
from moneyparse import filter_patterns, filters, lexicon, reading
from moneyparse.filters import FILTERS, Filter, Side

#: Filters known not to fire on their own examples, with the reason (strict: one that fires fails).
NEVER_FIRES: dict[str, str] = {}


@dataclass(frozen=True)
class Seen:
    """One candidate as the filters saw it."""

    text: str  # the candidate, text[start:end]
    admitting: tuple[Filter, ...]  # the filters whose side, markers and guards admit it, in order
    firing: tuple[Filter, ...]  # of those, the ones whose test rejects it
    rejected_by: Filter | None  # the dispatcher's answer


def _admitting(text: str, start: int, end: int, number: str, marker: str, after: bool) -> tuple[Filter, ...]:
    """The filters that can apply to a candidate, from each filter's declaration alone."""
    return tuple(
        f
        for f in FILTERS
        if f.concerns(after, marker)
        and filters._admits(f.before, text[start - 1 : start])
        and filters._admits(f.follow, text[end : end + 1])
        and filters._admits(f.first, number[:1])
        and (f.within is None or f.within.search(text, start, end) is not None)
    )


def watched(text: str, monkeypatch: pytest.MonkeyPatch) -> tuple[list[moneyparse.Mention], list[Seen]]:
    """The mentions of ``text`` and every candidate the filters saw on the way."""
    seen: list[Seen] = []
    dispatch = filters._reject

    def spy(text: str, start: int, end: int, number: str, marker: str, after: bool) -> Filter | None:
        got = dispatch(text, start, end, number, marker, after)
        admitting = _admitting(text, start, end, number, marker, after)
        firing = tuple(f for f in admitting if f.test(text, start, end, number, marker, after))
        seen.append(Seen(text[start:end], admitting, firing, got))
        return got

    with monkeypatch.context() as patch:
        patch.setattr(reading, "_reject", spy)
        mentions = moneyparse.extract(text)
    return mentions, seen


def _shown(seen: list[Seen]) -> str:
    return ", ".join(f"{s.text!r} ({s.rejected_by.name if s.rejected_by else 'kept'})" for s in seen) or "none"


def _examples(kind: str) -> Iterator[object]:
    for f in FILTERS:
        for text in getattr(f, kind):
            marks = [pytest.mark.xfail(reason=NEVER_FIRES[f.name], strict=True)] if kind == "rejects" and f.name in NEVER_FIRES else []
            yield pytest.param(f, text, id=f"{f.name}:{text[:40]}", marks=marks)


def _each_filter() -> Iterator[object]:
    for f in FILTERS:
        marks = [pytest.mark.xfail(reason=NEVER_FIRES[f.name], strict=True)] if f.name in NEVER_FIRES else []
        yield pytest.param(f, id=f.name, marks=marks)


def test_names_are_unique_and_every_filter_has_examples_both_ways() -> None:
    names = [f.name for f in FILTERS]
    assert len(set(names)) == len(names), sorted(n for n in names if names.count(n) > 1)
    for f in FILTERS:
        assert f.rejects and f.keeps, f"{f.name} needs a text it rejects and a text it keeps"
        assert all(isinstance(t, str) and t for t in f.rejects + f.keeps), f.name
        assert f.side in (Side.BEFORE, Side.AFTER, Side.BOTH), f.name


def test_the_known_failures_name_registered_filters() -> None:
    assert set(NEVER_FIRES) <= {f.name for f in FILTERS}


@pytest.mark.parametrize(("f", "text"), list(_examples("rejects")))
def test_each_filter_rejects_its_reject_texts(f: Filter, text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    _, seen = watched(text, monkeypatch)
    assert any(s.rejected_by is f for s in seen), f"{f.name} rejects nothing in {text!r}; candidates: {_shown(seen)}"


@pytest.mark.parametrize(("f", "text"), list(_examples("keeps")))
def test_each_filter_keeps_its_keep_texts(f: Filter, text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    mentions, seen = watched(text, monkeypatch)
    assert mentions, f"{text!r} keeps no mention; candidates: {_shown(seen)}"
    assert not any(s.rejected_by is f for s in seen), f"{f.name} rejects a candidate of {text!r}"
    assert not any(f in s.firing for s in seen), f"{f.name} would reject a candidate of {text!r} that another filter took first"


@pytest.mark.parametrize("f", list(_each_filter()))
def test_every_filter_fires_on_its_own_examples(f: Filter, monkeypatch: pytest.MonkeyPatch) -> None:
    fired = [text for text in f.rejects if any(s.rejected_by is f for s in watched(text, monkeypatch)[1])]
    assert fired, f"{f.name} never fires on its own examples: {f.rejects}"


@pytest.mark.parametrize("f", [f for f in FILTERS if f.test is not filters._always], ids=lambda f: f.name)
def test_a_keep_text_reaches_the_test_of_its_filter(f: Filter, monkeypatch: pytest.MonkeyPatch) -> None:
    # a near miss: the guards let a candidate through to the test, and the test keeps it (a
    # filter whose guards decide alone has nothing to be near, only texts that stay money)
    reached = [text for text in f.keeps if any(f in s.admitting for s in watched(text, monkeypatch)[1])]
    assert reached, f"no text {f.name} keeps gets past its guards: {f.keeps}"


def test_the_dispatch_answers_as_the_declarations_do(monkeypatch: pytest.MonkeyPatch) -> None:
    # the masks worked out per marker and per character give, for every candidate of every
    # example, the first filter of the registry whose guards and test reject it
    for f in FILTERS:
        for text in f.rejects + f.keeps:
            for s in watched(text, monkeypatch)[1]:
                first = s.firing[0] if s.firing else None
                assert s.rejected_by is first, (text, s.text, s.rejected_by, first)


def test_every_word_list_of_the_data_is_read_by_a_filter(monkeypatch: pytest.MonkeyPatch) -> None:
    data = lexicon.filter_words()
    assert set(data) <= {f.name for f in FILTERS}, "a table of filters.toml is named after no filter"
    read: set[tuple[str, str]] = set()

    class Watched(Mapping[str, tuple[str, ...]]):
        def __init__(self, name: str) -> None:
            self.name = name

        def __getitem__(self, key: str) -> tuple[str, ...]:
            read.add((self.name, key))
            return data[self.name][key]

        def __iter__(self) -> Iterator[str]:
            return iter(data[self.name])

        def __len__(self) -> int:
            return len(data[self.name])

    monkeypatch.setattr(filter_patterns, "filter_words", lambda: {name: Watched(name) for name in data})
    filter_patterns.words.cache_clear()
    try:
        filter_patterns.words()
    finally:
        filter_patterns.words.cache_clear()
    assert read == {(name, key) for name, lists in data.items() for key in lists}


def test_the_word_lists_are_read_only_tuples_of_words() -> None:
    data = lexicon.filter_words()
    for name, lists in data.items():
        for key, words in lists.items():
            assert isinstance(words, tuple) and words and all(isinstance(w, str) and w for w in words), (name, key)
    name, lists = next(iter(data.items()))
    with pytest.raises(TypeError):
        lists[next(iter(lists))] = ()  # type: ignore[index]
    with pytest.raises(TypeError):
        data[name] = {}  # type: ignore[index]


@pytest.mark.parametrize("toml", ["[video_lines]\nlines = [1080]\n", "[video_lines]\nlines = [\"\"]\n", "lines = [\"1080\"]\n"])
def test_a_word_list_of_anything_but_words_is_refused(toml: str, monkeypatch: pytest.MonkeyPatch) -> None:
    class Data:
        def joinpath(self, name: str) -> Data:
            return self

        def read_text(self, encoding: str) -> str:
            return toml

    lexicon.filter_words.cache_clear()
    monkeypatch.setattr(lexicon.resources, "files", lambda package: Data())
    try:
        with pytest.raises(ValueError, match="filters.toml"):
            lexicon.filter_words()
    finally:
        monkeypatch.undo()
        lexicon.filter_words.cache_clear()
