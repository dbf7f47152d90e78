"""The rejection filters for Chinese units that are money only in some company (分, 角, 元, 块),
and for the coin of nothing, 一毛 or 一分 under a negation ("不花一毛钱", :func:`_negated_coin`),
with their examples: :data:`ZH_FILTERS`, which :data:`moneyparse.filters.FILTERS` runs in its
order; their characters are data (``data/filters.toml``).
"""

from __future__ import annotations

import functools
import re

from moneyparse.filter_patterns import words as _words
from moneyparse.filter_types import Filter, Side, _always
from moneyparse.grammar import _HAN_LARGE_UNITS, _is_cjk
from moneyparse.grammar_zh import _HAN_NUMERALS, _HAN_UNITS
from moneyparse.hedges import _hedge
from moneyparse.lexicon import tables

__all__ = ["ZH_FILTERS", "ZH_FIRST"]


def _zh(name: str) -> frozenset[str]:
    """The characters of the list ``name`` ("filter.list") of data/filters.toml."""
    return _words().zh_units[name]


def _list_comma(text: str, start: int, end: int, number: str, marker: str, after: bool) -> bool:
    """A fullwidth comma groups thousands ("1，120亿元", "9，000万元") only after one to three
    digits: after more ("2019，120亿元") or after a decimal it is the comma of a sentence, and the
    amount is read from past it.  After 分别 ("respectively") it parts the members of a list
    ("两项分别为30，500元"), unless these are joined by 和 or 、 ("分别为1，120亿元和2，211亿元")."""
    lead = number.partition("\uff0c")[0]
    if "\uff0c" not in number:
        return False
    if not (len(lead) <= 3 and lead.isdigit()):
        return True
    clause = _CLAUSE_START.split(text[max(0, start - 40) : start])[-1]
    joiners = _zh("list_comma.joiners")
    return _RESPECTIVELY.search(clause) is not None and not (text[start - 1 : start] in joiners or text[end : end + 1] in joiners)


def _spaced_digits(text: str, start: int, end: int, number: str, marker: str, after: bool) -> bool:
    """"7 4 7 7 2 亿元": single digits each set apart by a space are one number, as a text taken
    from print sets them, only before a Chinese scale or name of money; before any other ("5 6
    dollars") they are read from past the first space, as before."""
    if _SPACED_DIGITS.fullmatch(number) is None:
        return False
    ch = text[start + len(number) : end].lstrip(" ")[:1]
    return not (_is_cjk(ch) and ch.isalpha())


#: Single digits set apart by single spaces, with decimals set so too: "7 4 7 7 2", "1 5 ．3".
_SPACED_DIGITS = re.compile(r"[0-9](?: [0-9])+(?: ?[.\uff0e] ?[0-9](?: [0-9])*)?")


#: What ends the clause before a number; and the words that announce a list of members.
_CLAUSE_START = re.compile("[。；;！？!?\n]")
_RESPECTIVELY = re.compile("分别|分別|依次")


def _han_name(marker: str) -> bool:
    """A name of money in Han characters ("美元", "港币")."""
    return _is_cjk(marker[:1])


def _name_before_date(text: str, start: int, end: int, number: str, marker: str, after: bool) -> bool:
    """"美元2019年走强", "港币10月起": a name before a year, a month or a day is the subject of
    the sentence, not the money of the number."""
    return not text[start:end].endswith(("元", "块"))


def _not_fen(text: str, start: int, end: int, number: str, marker: str, after: bool) -> bool:
    """"百分之三十", "十分重要", "五分钟", "9时50分", "52小時又40分": 分 is a fen only after a larger
    unit of the same money ("3元5角2分", "五元又五分"), before 钱 ("1分钱"), or in a series that ends
    in money ("提高3分、5分和1毛钱", "3分、5分钱")."""
    before = text[start - 1 : start]
    if before == "又" and text[start - 2 : start - 1] not in _zh("not_fen.after_unit"):
        before = ""  # "52小時又40分": 又 after hours joins minutes, after 元 ("五元又五分") fen
    return (
        before not in _zh("not_fen.after_unit")
        and text[end : end + 1] not in _zh("not_fen.money_after")
        and _FEN_SERIES.match(text, end) is None
    )


#: The rest of a series of counts of fen that ends in money: "、5分和1毛钱", "、5分钱", "和2角".
_FEN_SERIES = re.compile(
    "(?:[、和及与與或][0-9一二两兩三四五六七八九十]{1,3}分)*"
    "[、和及与與或][0-9一二两兩三四五六七八九十]{1,3}(?:分[钱錢]|[毛角元块塊])"
)


def _delta(text: str, start: int, end: int, number: str, marker: str, after: bool) -> bool:
    """"长三角", "珠三角": the deltas of the Yangtze and the Pearl River, not three jiao; nor the
    regions named for a triangle ("金三角", "中三角"), nor an iron triangle of three partners
    ("铁三角"), nor the tip of an iceberg ("冰山一角")."""
    return not number.isdigit() and text[end : end + 1] not in _zh("delta.money_after")


def _jiao_word(text: str, start: int, end: int, number: str, marker: str, after: bool) -> bool:
    """"三角贸易", "三角关系", "八角茴香": a count of 角 in Han numerals, with no larger unit of money
    before it ("三元五角"), that goes on into a word is 角 of a shape or a corner, no jiao; the jiao
    is followed by 钱, a smaller coin, a price per unit, a hedge or punctuation ("五角一斤")."""
    return not any(c.isdigit() for c in number) and text[start - 1 : start] not in _zh("not_fen.after_unit")


def _jiao_word_next(ch: str) -> bool:
    """What goes on a word after a count of 角: a Han character that goes on no amount of jiao."""
    return _is_cjk(ch) and ch.isalpha() and ch not in _zh("jiao_word.money_after")


def _yuan_word(text: str, start: int, end: int, number: str, marker: str, after: bool) -> bool:
    """"二元论", "三元桥", "一元素", "六元环", "四元数", "二元结构", "三元东桥": one Han numeral and
    元 begin a word, no money; so do 多 or 余 and 元 after any number ("一百多元素", more than a
    hundred elements; "10多元化", diversified).  After any number, digits too, 元 that begins a
    word no amount goes on with is no money: "3元素" (three elements), "12元件" (twelve parts),
    "3元老" (three founding elders), and so 元首, 元旦, 元宵, 元帥, 元兇, 元朝; but a longer word whose
    second character goes on after money is money's ("10元素菜", "5元首付", "10元老人票",
    "1萬元老農津貼").  首 is told by the character after it: 元首 is a head of state ("G20元首會議") unless 首 begins a word
    of its own with that character, "first" or "head" of something, which money goes before: 首都
    (a capital: "1200元首都通", a pass of the capital), 首次, 首批, 首期, 首付, 首獎, 首爾 (Seoul)."""
    if _yuan_word_any(text, end) or _version_year(text, end, number):
        return True
    one = len(number) == 1 and not number.isdigit()
    return (one or text[end - 2 : end - 1] in "多余") and (
        text[end : end + 1] in _zh("yuan_word.word_after")
        or any(text.startswith(word, end) for word in _zh("yuan_word.words_after"))
    )


def _yuan_word_any(text: str, end: int) -> bool:
    """Whether 元 ending at ``end`` begins a word that no amount goes on with, after any number.
    After 億 or 兆, 朝 is "toward", not the Yuan dynasty, which no count of hundreds of millions
    goes before ("3,800億元朝三個方向使用"; but "十萬元朝大軍", a hundred thousand of its troops)."""
    if text[end : end + 1] == "朝" and text[end - 2 : end - 1] in _DYNASTY_NOT_AFTER:
        return False
    if text[end : end + 1] == "首":
        return text[end + 1 : end + 2] not in _zh("yuan_word.first_after")
    return text[end : end + 1] in _zh("yuan_word.words_any") and text[end : end + 2] not in _zh("yuan_word.words_any_unless")


#: A version number: digits, a point and one zero ("2.0", "4.0").
_VERSION = re.compile(r"[0-9]+[.．]0")


def _version_year(text: str, end: int, number: str) -> bool:
    """"都更2.0元年" (the first year of urban renewal 2.0): 元年, the first year, after a version
    number is no money; a price goes on with 年 only when 年 begins a word that money goes before
    ("3.0元年費", an annual fee of 3 yuan; "100元年费" after any other number is money)."""
    return (
        text.startswith("年", end)
        and _VERSION.fullmatch(number) is not None
        and text[end + 1 : end + 2] not in _zh("yuan_word.year_money_after")
    )


#: The large units that 元朝, the Yuan dynasty, never follows.
_DYNASTY_NOT_AFTER = frozenset("億亿兆")


def _yuan_word_next(ch: str) -> bool:
    """What may begin the rest of a word that a numeral and 元 begin."""
    return ch != "" and (
        ch == "年" or ch in _zh("yuan_word.word_after") or ch in _zh("yuan_word.words_any")
        or any(word[0] == ch for word in _zh("yuan_word.words_after"))
    )


def _kuai_measure(text: str, start: int, end: int, number: str, marker: str, after: bool) -> bool:
    """"3块金牌" (three gold medals): 块 before a noun counts pieces, and so does 块 said twice
    ("一塊一塊賣掉", piece by piece); money goes on with 钱, a jiao digit, a hedge or punctuation.
    A count in digits after 块 goes on the money ("3块5", three and a half yuan) unless a unit of
    measure follows it: "200塊15瓦的面板" are two hundred panels of 15 watts each, "3块2公斤的冰"
    three blocks of ice of 2 kilograms; so a number of pieces, not of yuan."""
    ch = text[end : end + 1]
    if text.startswith(number + marker, end):
        return True  # "一塊一塊賤賣掉": piece by piece
    if ch.isdigit():
        size = _COUNT_AFTER.match(text, end)
        rest = text[size.end() : size.end() + 4] if size else ""
        return (rest[:1].isascii() and rest[:1].isalpha()) or any(rest.startswith(unit) for unit in _zh("kuai_measure.measure_after"))
    return _is_cjk(ch) and ch.isalpha() and ch not in _zh("kuai_measure.money_after")


#: A count in digits after 块, with its decimals and a space: "15", "2.5 ".
_COUNT_AFTER = re.compile(r"[0-9０-９]+(?:[.．][0-9０-９]+)? ?")


def _kuai_bare_yuan(text: str, start: int, end: int, number: str, marker: str, after: bool) -> bool:
    """"三块元宝" (three ingots): 块 is the measure word of a named money only ("一百塊美元");
    before a bare 元 or 块 it counts pieces of something else."""
    return text[end - len(marker) - 1 : end - len(marker)] in ("块", "塊")


def _scale_level(text: str, start: int, end: int, number: str, marker: str, after: bool) -> bool:
    """"8个万亿元级产业集群", "兆元產業": a scale alone before 元 and 级, 产业 (an industry), 企业
    (a company) or 俱乐部 (a club) names a class of size, no amount."""
    return set(number) <= _HAN_UNITS and any(text.startswith(word, end) for word in _zh("scale_level.level_after"))


#: What a page leaves between a number and its scale where a line breaks or a link was taken out.
_CUT = " \t\r\n\u00a0\u3000\u200b\u200c\u200d\u2060\ufeff"


def _scale_cut_off(text: str, start: int, end: int, number: str, marker: str, after: bool) -> bool:
    """"国内生产总值达到74.4\n\u200b\n万亿元": a scale with no numeral of its own, parted from the
    number before it by blanks and zero-width characters only, is that number's scale cut off by the
    page.  Read alone ("破万亿元" is one 万亿) it would be a wrong value, 1 for 74.4, and across
    a blank line the two make no phrase: nothing."""
    if not set(number) <= _HAN_UNITS:
        return False
    i = start
    while i > 0 and start - i < 8 and text[i - 1] in _CUT:
        i -= 1
    ch = text[i - 1 : i]
    return i < start and (ch.isdigit() or ch in _HAN_DIGITS or ch in _HAN_UNITS)


def _vague_count(text: str, start: int, end: int, number: str, marker: str, after: bool) -> bool:
    """"数十亿美元", "几百万美元", "数以千万美元计": a scale written with no digit, after 数 or 几
    (several) or 数以, is a count of that scale nobody gives, as "billions of dollars" is, no
    amount; 数 that ends a word ("总数十亿美元", the total) says nothing of the number."""
    if any(text.endswith(by, 0, start) for by in _zh("vague_count.several_by")):
        return True
    return text[start - 1 : start] in _zh("vague_count.several") and text[max(0, start - 2) : start] not in _zh("vague_count.count_words")


#: The "and more" written after a number or its scale, and the digits of a numeral.
#: The Han digits, whose place a digit glued after them goes on (not a unit: "二十5" is no numeral either way).
_HAN_DIGITS = frozenset("〇○零一二两兩三四五六七八九")
_MORE_OR_DIGIT = frozenset("多余餘0123456789零〇○一二两兩三四五六七八九十百千拾佰仟")


def _broken_numeral(text: str, start: int, end: int, number: str, marker: str, after: bool) -> bool:
    """"2 兆6,000 多億元", "1億 5,000萬元": text taken from a page sets spaces inside a numeral,
    and what the scan finds after a space is only its tail: after a large unit, a number is the
    rest of a bigger one; a large unit alone after a number or 多 is its scale.  Read alone, either
    would be a wrong value, so the tail gives nothing.  So are digits glued to a large unit before
    them ("3兆4160 億元"), digits glued to Han digits before them, the tail of a numeral written
    in two scripts ("一三八０億元" would read 0), and a small unit after digits and a space ("3 億5 千萬元")."""
    lead = text[max(0, start - 4) : start].rstrip(" \u00a0\u3000")
    head = text[start : start + 1]
    if not lead or lead == text[max(0, start - 4) : start]:
        glued = lead[-1:]
        if head.isdigit():
            return glued in _HAN_LARGE_UNITS or glued in _HAN_DIGITS
        return head in _HAN_LARGE_UNITS and glued in _MORE_OR_DIGIT
    unit = head in _HAN_LARGE_UNITS or (head in "十百千拾佰仟" and lead[-1].isdigit())
    return lead[-1] in _HAN_LARGE_UNITS or (unit and lead[-1] in _MORE_OR_DIGIT)


#: The rest of a numeral after a blank: digits, grouped or not, or Han digits, then a unit, "and more" or 元
#: ("新臺幣3億 5,000萬元", "人民币3亿 5千万元", "新臺幣2億 500 萬元"); not a year or a count ("3億 2021年").
_NUMERAL_GOES_ON = re.compile(
    r"[ \u00a0\u3000]{1,2}[0-9〇○零一二两兩三四五六七八九][0-9,，.]*[ \u00a0\u3000]?[十百千拾佰仟万萬亿億多余餘元]"
)


def _broken_head(text: str, start: int, end: int, number: str, marker: str, after: bool) -> bool:
    """"新臺幣3億 5,000萬元": the head of a numeral a space parts, its marker before it, ending in a large
    unit, with the rest of the numeral after the space.  Read alone it is a wrong value (300 million for
    350 million), and its tail gives nothing either (:func:`_broken_numeral`)."""
    return text[end - 1 : end] in _HAN_LARGE_UNITS and _NUMERAL_GOES_ON.match(text, end) is not None


@functools.cache
def _yuan_names() -> tuple[str, ...]:
    """The names of money that end in 元 ("日元", "港元", "新加坡元"), and its signs that do ("加元")."""
    t = tables()
    return tuple(sorted({m for m in (*t.names, *t.suffix) if len(m) > 1 and m.endswith("元")}))


def _bare_yuan_first(text: str, start: int, end: int, number: str, marker: str, after: bool) -> bool:
    """"佐佐木元一行", "周元三": Chinese writes the count before 元 ("一元", "三元"), so 元 alone before
    a number in Han numerals goes on a name or a word, no money.  元 that ends another name of
    money ("日元三千", "新加坡元3000") is that money's, not the yuan's: read alone, it would be the
    wrong money, and gives nothing."""
    if number[:1] in _HAN_NUMERALS:
        return True
    return any(len(name) <= start + 1 and text.startswith(name, start + 1 - len(name)) for name in _yuan_names())


#: The digits of the units place: 几 after one of them is no "and some" ("一几元").
_UNIT_DIGITS = frozenset("123456789１２３４５６７８９一二两兩三四五六七八九壹贰貳叁參肆伍陆陸柒捌玖")


#: "And some" written inside a candidate: the guard of ``some_after_units``.
_SOME = re.compile("[几幾]")


def _some_after_units(text: str, start: int, end: int, number: str, marker: str, after: bool) -> bool:
    """"50幾億元", "十几万元", "廿幾萬元": 几 (幾) says "and some" after a number whose last place is
    ten or more; after a digit of the units ("一几元", "5几亿元") it goes on no number a reader
    knows, and the amount would be a guess."""
    some = text.find("幾", start, end)
    if some < 0:
        some = text.find("几", start, end)
    return some > start and text[some - 1] in _UNIT_DIGITS


_A, _B, _BOTH = Side.AFTER, Side.BEFORE, Side.BOTH

def _minor_han(marker: str) -> bool:
    """A name of a minor unit in Han characters: "毛", "角", "分", "美分", "便士"."""
    found = tables().names.get(marker)
    return found is not None and found.minor > 0 and _is_cjk(marker[:1])


#: What ends a clause, read back from a coin; and how far back a negation reaches inside it.
_ZH_CLAUSE_EDGE = re.compile("[，。；！？、：,;!?:\n（）()“”「」『』]")
_ZH_NEGATION_REACH = 12


def _negated_coin(text: str, start: int, end: int, number: str, marker: str, after: bool) -> bool:
    """"政府不花一毛钱", "他没花一分钱", "一分钱也不给", "一毛钱都没有", "一毛不拔": 一 of a minor unit
    (毛, 角, 分, 美分 ...) with a negation (不, 没, 沒, 无, 無, 未, 别, 別) before it in its clause,
    within twelve characters and with no 了 nor a verb of saying or knowing between ("我不知道他涨了
    一毛钱": the rise is real), or right after it (钱 and 也 or 都 may stand between) is an idiom of
    nothing at all, no amount.  A negation character that begins or ends a word of another sense
    negates nothing ("未来每股配发一元": the future; "分别提高一分钱": respectively; "不断", "不少").
    A real amount stays: a bound ("不到一毛钱", "一毛钱不到", "不足一毛钱": less than a dime, a figure
    the sentence gives as a ceiling, as "less than a penny" is), a sum that a negation after it
    judges ("涨一毛钱不算多": a rise of a dime is not much), the coin of a sum of larger units
    ("一块一毛钱"), a count in digits ("没花1分钱") and one with no negation ("每斤涨了一毛钱")."""
    if number != "一" or text[start - 1 : start] in _zh("not_fen.after_unit") or _hedge(text, start) is not None:
        return False
    at = end
    while text[at : at + 1] in _zh("negated_coin_zh.before_negation"):
        at += 1
    if at - end <= 2 and text[at : at + 1] in _zh("negated_coin_zh.negations"):
        return _negating(text, at) and not any(text.startswith(word, at) for word in _zh("negated_coin_zh.judgments_after"))
    clause_start = max(0, start - _ZH_NEGATION_REACH)
    edges = list(_ZH_CLAUSE_EDGE.finditer(text, clause_start, start))
    if edges:
        clause_start = edges[-1].end()
    for i in range(start - 1, clause_start - 1, -1):
        if any(text.startswith(word, i) for word in _zh("negated_coin_zh.stops")):
            return False
        if text[i] in _zh("negated_coin_zh.negations") and _negating(text, i):
            return True
    return False


def _negating(text: str, at: int) -> bool:
    """Whether the negation character at ``at`` negates an act: it begins no bound ("不到") and
    is no part of a word of another sense ("未来", "分别", "不得不")."""
    if any(text.startswith(word, at) for word in _zh("negated_coin_zh.comparisons")):
        return False
    return not any(
        text.startswith(word, at - i) for word in _zh("negated_coin_zh.not_negating") for i, ch in enumerate(word) if ch == text[at]
    )


#: The Chinese filter that runs before every other: it reads a number set apart by spaces again
#: from past its first space, which the filters of digits glued to a word must not see first
#: ("1983 1 French franc": "3 1" is no number, "1 French franc" is).
ZH_FIRST: tuple[Filter, ...] = (
    Filter("spaced_digits", _A, _spaced_digits, first="0123456789", read_again=True,
           rejects=("He paid 5 6 dollars.",), keeps=("国内生产总值达到7 4 7 7 2 亿元。",)),
)

#: The Chinese filters, in the order :data:`moneyparse.filters.FILTERS` runs them.
ZH_FILTERS: tuple[Filter, ...] = (
    Filter("name_before_date", _B, _name_before_date, markers=_han_name, follow=lambda ch: ch in _zh("name_before_date.date_after"),
           rejects=("港币2019年起与美元挂钩。",), keeps=("他付港币300元月租。",)),
    # "人民币兑美元7.1元", "人民幣兌美元約7.1": the name after 兑 (against) is the second money of a
    # rate, and the number is counted in the first (对 says "to" or "against": left alone)
    Filter("rate_pair", _B, _always, markers=_han_name, before="兑兌",
           rejects=("人民币兑美元约7.1元。", "人民幣兌美元約7.1。"), keeps=("折合美元约5亿元。", "他对美元约1100万的投资不满。")),
    Filter("list_comma", _A, _list_comma, first=str.isdigit, read_again=True,
           rejects=("2019，120亿元用于建设。", "两项分别为30，500元。"),
           keeps=("用于积累的部分为1，120亿元。", "两者分别为1，120亿元和2，211亿元。")),
    # "五角大楼", "五角星", "五角形", "长江三角洲" (a delta), "三角函数": 角 of a shape, no jiao
    Filter("not_jiao", _BOTH, _always, markers=("角",), follow="大星形洲函",
           rejects=("五角大楼发表了声明。", "城市群位于珠江三角洲。"), keeps=("这支笔卖五角钱。",)),
    # "1月1日元旦", "2月15日元宵节": a day of the month, then 元旦 (New Year's Day) or 元宵, no yen;
    # "7月30日圓滿落幕" (closed on 30 July, fulfilled): the day, then 圓滿 (complete); "3日幣值" the
    # day, then 幣值 or 币价 (the value or price of a currency)
    Filter("new_year_day", _A, _always, markers=("日元", "日圓", "日圆", "日幣", "日币"), follow="旦宵滿满值价價",
           rejects=("活动在1月1日元旦举行。", "2月15日元宵节放假。", "運動會已於7月30日圓滿落幕。", "会议于5日圆满结束。",
                    "新台幣在12月3日幣值大跌。"),
           keeps=("门票是1000日元。", "價格為30日圓。", "日本將賠償10億日幣。")),
    Filter("not_fen", _A, _not_fen, markers=("分",),
           rejects=("这占了百分之三十。", "这件事十分重要。", "五分钟后车就到了。", "他晚9时50分到达。"),
           keeps=("找了他3元5角2分。", "一块零五分也是钱。", "这枚硬币是1分钱。", "每斤分别提高3分、5分和1毛钱。")),
    Filter("delta", _A, _delta, markers=("角",), before=lambda ch: ch in _zh("delta.place_before"),
           rejects=("长三角一体化加快推进。", "三市共建创新“金三角”。", "三人组成了铁三角。", "查出的问题只是冰山一角。"),
           keeps=("每斤价格增长5角。", "其中三角钱是税。")),
    Filter("jiao_word", _A, _jiao_word, markers=("角",), follow=_jiao_word_next,
           rejects=("这是三角贸易的格局。", "两国处在三角关系之中。", "菜里放了八角茴香。"),
           keeps=("面值5角的硬币很少见。", "白菜卖五角一斤。", "一斤葱涨了三角，不多。", "每斤价格增长5角左右。")),
    Filter("yuan_word", _A, _yuan_word, markers=("元",), follow=_yuan_word_next,
           rejects=("笛卡尔是二元论者。", "车到三元桥就停。", "铁是一种金属元素，另一元素是碳。", "已知的有一百多元素。",
                    "要推动10多元化经营。", "四元数不满足交换律。", "这是一种三元结构。", "车过了三元东桥。", "形成全球性的三元經濟體。",
                    "解一个二元一次方程。", "他提出二元并存的看法。", "這是一組二元聯立方程式。", "先解这个三元方程组。",
                    "他住在三元村。", "香客到三元廟參拜。", "成功要靠3元素。", "這台機器有12元件。", "公司的3元老都退休了。",
                    "二十國集團20元首會晤。", "这是一种民族一元文化。", "他信奉二元主义。",
                    "今年是工業4.0元年。"),
           keeps=("一支笔卖三元。", "这个项目花了二十元论证费。", "一份午饭要10多元。", "一斤卖三元，并且包邮。",
                  "车票三元一次。", "东西卖三元东西便宜。", "一盘卖10元素菜。", "老人票是10元老人专用。",
                  "他每月領3000元老農津貼。", "票价降到5元首次低于成本。",
                  "基隆到臺北用1200元首都通。", "机票从800元首尔出发。", "彩票中了5万元首奖。",
                  "这笔3,800亿元朝三个方向使用。", "门票一元，文化中心免费。",
                  "这张卡收100元年费。", "会员收3.0元年费。")),
    Filter("kuai_measure", _A, _kuai_measure, markers=("块", "塊"), follow=lambda ch: _is_cjk(ch) or ch.isdigit(),
           rejects=("她获得3块金牌。", "他把公司一块一块卖掉。", "屋顶装了200塊15瓦的面板。", "冰柜里有3块2公斤的冰。",
                    "工地运来40块2.5 m的板。"),
           keeps=("一斤苹果卖3块钱。", "一杯茶卖三块五。", "每人交了10块，够了。", "一杯茶卖3块5。", "白菜3块5一斤。")),
    Filter("kuai_bare_yuan", _A, _kuai_bare_yuan, markers=("元", "圆", "圓", "块", "塊"),
           rejects=("桌上放着三块元宝。", "他吃了两塊元寶形的糕。"), keeps=("他带了一百块美元。", "一斤苹果卖3块钱。", "门票是三元。")),
    Filter("broken_numeral", _A, _broken_numeral, before=lambda ch: ch in _HAN_LARGE_UNITS or ch in _MORE_OR_DIGIT or ch in " \u00a0\u3000",
           first=lambda ch: ch in _HAN_LARGE_UNITS or ch.isdigit() or ch in _MORE_OR_DIGIT,
           rejects=("收入达到3兆2,000 億元。", "收入达到3 億5 千萬元。", "預算1億 5,000萬元。", "臺灣招商已超過一三八０億元。"),
           keeps=("行政院預算為 5,000萬元。", "臺北年收入2 億元。", "收入达到3 兆2,000 多億元。")),
    Filter("broken_head", _B, _broken_head, markers=lambda m: m == "NT$" or any(_is_cjk(ch) for ch in m), follow=" \u00a0\u3000",
           rejects=("預算新臺幣3億 5,000萬元。", "投资人民币3亿 5千万元。", "補助新臺幣2億 500 萬元。"),
           keeps=("預算新臺幣3億元。", "預算新臺幣3億 2021年起編列。", "預算為新臺幣3億 ，另有補助。")),
    Filter("scale_level", _A, _scale_level, markers=("元",),
           follow=lambda ch: any(word[0] == ch for word in _zh("scale_level.level_after")),
           rejects=("全省拥有8个万亿元级产业集群。", "该省要培育一批千亿元产业。"),
           keeps=("全省有3万亿元级别的投资。", "该省电子信息产业产值达3万亿元产业规模。", "营收首次突破百亿元。")),
    Filter("scale_cut_off", _A, _scale_cut_off, before=_CUT, first=lambda ch: ch in _HAN_UNITS,
           rejects=("国内生产总值达到74.4\n\u200b\n万亿元，增长6.7%。", "总额为3\n\n亿元。"),
           keeps=("国内生产总值达到74.4 万亿元。", "营收首次突破\n万亿元。", "总额为3亿元。")),
    Filter("vague_count", _BOTH, _vague_count, before="数數几幾以", first=lambda ch: ch in _HAN_UNITS,
           rejects=("他们为这座桥花了数十亿美元。", "合同价值几百万美元。", "损失数以千万美元计。"),
           keeps=("援助的总数十亿美元已到位。", "他们为这座桥花了十亿美元。", "数据显示三千万美元已到账。")),
    Filter("bare_yuan_first", _B, _bare_yuan_first, markers=("元",),
           rejects=("日本的佐佐木元一行抵達臺北。", "周元三在北京开了店。", "他借了日元三千。", "他借了新加坡元3000。"),
           keeps=("他借了美元一百万。", "单价：元120。")),
    Filter("some_after_units", _BOTH, _some_after_units, within=_SOME,
           rejects=("这笔钱是5几亿美元。", "桌上放着一几元钱。"),
           keeps=("这笔钱是50几亿美元。", "一件衣服卖十几美元。", "这个项目花了二十几万美元。")),
    Filter("negated_coin_zh", _A, _negated_coin, markers=_minor_han, first="一",
           rejects=("政府不花一毛钱就保住了银行。", "政府不花一毛錢就保住了銀行。", "他没花一分钱。", "她沒拿公司一分錢。",
                    "一分钱也不给他。", "一毛錢都沒有了。", "他一毛不拔。", "别多收一分钱。"),
           keeps=("每度电成本不到一毛钱。", "成本一毛钱不到。", "每斤涨一毛钱不算多。", "我不知道他每斤涨了一毛钱。",
                  "未来每斤涨一毛钱。", "价格分别提高一分钱和两分钱。",
                  "票价是一块一毛钱。", "他没花1分钱。", "每斤涨了一毛钱。")),
)
