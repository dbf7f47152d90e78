"""The tests of the rejection filters for Chinese units that are money only in some company (分,
角, 元, 块): registered, with their examples, in :data:`moneyparse.filters.FILTERS`; their characters
are data (``data/filters.toml``).
"""

from __future__ import annotations

from moneyparse.filter_patterns import words as _words
from moneyparse.grammar import _is_cjk

__all__: list[str] = []


#: Han numerals that may stand as a scale alone ("万亿元级" counts no yuan).
_HAN_SCALES = frozenset("十百千万萬亿億兆")


def _zh(name: str) -> frozenset[str]:
    """The characters of the list ``name`` ("filter.list") of data/filters.toml."""
    return _words().zh_units[name]


def _not_fen(text: str, start: int, end: int, number: str, marker: str, after: bool) -> bool:
    """"百分之三十", "十分重要", "五分钟", "9时50分": 分 is a fen only after a larger unit of the same
    money ("3元5角2分") or before 钱 ("1分钱")."""
    before = text[start - 1 : start]
    return before not in _zh("not_fen.after_unit") and text[end : end + 1] not in _zh("not_fen.money_after")


def _delta(text: str, start: int, end: int, number: str, marker: str, after: bool) -> bool:
    """"长三角", "珠三角": the deltas of the Yangtze and the Pearl River, not three jiao."""
    return not number.isdigit() and text[end : end + 1] not in _zh("delta.money_after")


def _yuan_word(text: str, start: int, end: int, number: str, marker: str, after: bool) -> bool:
    """"二元论", "三元桥", "一元素", "六元环": one Han numeral and 元 begin a word, no money; so
    do 多 or 余 and 元 after any number ("一百多元素", more than a hundred elements; "10多元化",
    diversified)."""
    one = len(number) == 1 and not number.isdigit()
    return (one or text[end - 2 : end - 1] in "多余") and text[end : end + 1] in _zh("yuan_word.word_after")


def _kuai_measure(text: str, start: int, end: int, number: str, marker: str, after: bool) -> bool:
    """"3块金牌" (three gold medals): 块 before a noun counts pieces; money goes on with 钱, a
    jiao digit, a hedge or punctuation."""
    ch = text[end : end + 1]
    return _is_cjk(ch) and ch.isalpha() and ch not in _zh("kuai_measure.money_after")


def _scale_level(text: str, start: int, end: int, number: str, marker: str, after: bool) -> bool:
    """"8个万亿元级产业集群": a scale alone before 元级 names a class of size, no amount."""
    return set(number) <= _HAN_SCALES and text[end : end + 1] in _zh("scale_level.level_after")
