"""The money its own words name for a bare 元: before the place a text is of, three shapes of
Chinese tell the money of a bare 元 (or 块, 塊) by the words right around it.

* A stock or a flow of renminbi, counted in 元: the clause of the amount names 人民幣 (人民币)
  before it, and a noun of money counted in that money stands between them (存款, 貸款, 餘額,
  額度, 結算, 債券...: "人民幣存款已突破三千億元", "人民币贷款余额由5万亿元增加到6万亿元").
  The amount is renminbi in a text of Taiwan or Hong Kong too, and in a sentence of simplified
  script that names Taiwan.  The reach is the clause: from the name to the amount, no ，, ；, 。,
  ！, ？ nor a line break, and :data:`_REACH` characters at most.  What breaks it gives nothing
  more than the place would: another money named between (美元, 新臺幣, 港幣, 外幣, 外匯, a sign),
  a conversion (兌, 折合, 換算, 約合, 相當於), a word of the renminbi's value (匯率, 升值, 貶值),
  or 的, after which 人民幣 names what another noun is of ("開辦人民幣業務的銀行獲利增加五億元":
  the banks' profit, in the money of their place); and a clause whose renminbi is the object of
  a verb with no such noun ("民眾搶購人民幣總計百億元": what was paid, most likely in the
  local money) says nothing.  Only the renminbi: a bare 元 after 美元存款 is no dollar (元 is not the
  dollar's word for itself), and may as well be the local money the dollars were counted in.
* A series compared with one amount of a named money: the amount with its name, then, after a
  comma at most, a word of comparison (高於, 低於, 超過, 多於, 少於, 相當於, 不及, 比, 較...), and the
  bare amounts it is compared with, each after its owner and 的 or not, joined by 及, 與, 和, 、
  ("額度達二千億人民幣，高於日本的九百億元及韓國的六百億元": both of them renminbi).  The whole
  sentence must name that money alone: a second money named anywhere in it, a sign, 外幣 or an
  unknown name ending in 幣 (澳門幣) leaves the bare amounts as the place reads them.  A hedge
  written alone before an amount ("超過三百億元") is no comparison: the series needs the named
  amount right before the word.  Amounts compared the other way ("日本的九百億元，低於二千億人民幣")
  and series joined by a comma are left as they were: unsure, nothing more.
  In simplified script the series counts only where it agrees with the script: there a bare 元
  is the renminbi by the writing's own rule (the mainland names every other money each time), so
  a series compared with another money ("出口额300亿美元，高于去年同期的250亿元") sets two firm
  readings against each other: the script's renminbi, and the named money the writer may have
  meant and left unwritten (a like figure of the same trade a year before is seldom in another
  money).  Either may be wrong, and a wrong value is worse than none: the amount gets no currency
  (:func:`~moneyparse.yuan_place.yuan_code`).  A series of the renminbi there reads as before,
  and so does one of Taiwan's dollar in a sentence the place words already read as Taiwan's.
* A change of one amount of a named money: 由 or 從 (从), the amount with its name, a comma at
  most, a verb of change (降低, 提高, 增加, 減少, 調降, 調高, 調整, 下修, 放寬, 降, 增, 減, 升...)
  and 為, 到 or 至 right before the bare amount: the bare amount is the first one's new value, in
  the same money ("資本額由人民幣五百萬元，調降為八十萬元": renminbi in a text of Taiwan too).
  Only that shape: nothing but the comma between the named amount and the verb ("由人民幣五百萬元，
  補助則提高為八十萬元" is another clause, and says nothing), no amount whose change has no 由 or
  從, and no other money named in the sentence before the bare amount.  In simplified script it
  reads as a series does: another money than the renminbi against the script's gives nothing.

All three read a bounded window (a clause, a sentence of :data:`~moneyparse.grammar.CONTEXT_WINDOW`
characters at most), so a stream read in chunks gives the same answer as the whole text.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_right
from collections.abc import Iterable

from moneyparse.grammar import CONTEXT_WINDOW
from moneyparse.lexicon import tables

__all__ = ["CHANGE_ENDS", "LINK_ENDS", "RENMINBI", "money_codes", "named_money"]

#: A name of the renminbi that a clause may count its amounts in (not after 非: "非人民幣存款").
RENMINBI = re.compile("(?<!非)人民[幣币]")
#: The most characters from the end of the renminbi's name to the amount.
_REACH = 40
#: What ends a clause.
_CLAUSE_STOPS = "，,；;。！？!?\n"
#: What ends a sentence.
_SENTENCE_STOPS = ("。", "！", "？", "；", "\n")
#: A noun of money counted in the money named before it: deposits, loans, balances, quotas,
#: settlements, bonds, funds, remittances, notes, assets, business volume.
_COUNTED = re.compile(
    "存款|存貸款|存贷款|放款|貸款|贷款|儲蓄|储蓄|存量|餘額|余额|額度|额度|結算|结算|清算|債券|债券|資金|资金"
    "|匯款|汇款|現鈔|现钞|資產|资产|融資|融资|信貸|信贷|交易|業務量|业务量"
)
#: What breaks the reach of the renminbi's name: the end of a clause, 的, a conversion, a word of
#: the renminbi's value.  (Another money is found by :func:`_money_words`.)
_BREAKS = re.compile(f"[{_CLAUSE_STOPS}的兌兑]|折合|換算|换算|約合|约合|相當於|相当于|匯率|汇率|升值|貶值|贬值|升貶")
#: The last character of what may stand right before a bare amount of a compared series: the
#: owner's 的, a word of comparison (高於, 超過, 超越, 不及, 比, 較), a word that joins the series
#: (及, 與, 和, 、, 或, 跟) or a hedge (約, 逾, 近).  Any other, and the series is not asked.
LINK_ENDS = frozenset("的於于過过越及與与和、或跟比較较約约逾近")
#: The last character of a change right before its new amount: 為 (为), 到, 至.
CHANGE_ENDS = frozenset("為为到至")
#: The verbs of a change of an amount, in both scripts, the longest first in the pattern.
_CHANGE_VERBS = (
    "降低 提高 增加 減少 减少 調降 调降 調高 调高 調低 调低 調升 调升 調漲 调涨 調整 调整 上調 上调 下調 下调 下修 上修"
    " 放寬 放宽 提升 擴大 扩大 縮減 缩减 縮小 缩小 增長 增长 下降 上升 降 增 減 减 升 漲 涨 變更 变更 改"
).split()
#: The characters of a number as Chinese writes it, in digits, Han numerals or both, and the number.
_NUMERALS = "0-9０-９〇零一二兩两三四五六七八九十百千萬万億亿兆"
_NUM = f"[{_NUMERALS}][{_NUMERALS},.．]*"
#: The markers of a bare amount, and what may stand between its number and the marker.
_BARE = f"{_NUM}[餘余多]?[元块塊]"
_CMP = (
    "高於|高于|低於|低于|超過|超过|超越|多於|多于|少於|少于|大於|大于|小於|小于|不及|相當於|相当于|等於|等于|勝過|胜过|優於|优于"
    "|比|較|较"
)
_ADV = "[遠远略稍僅仅也亦均皆都更]?"
_CONJ = "以及|及|與|与|和|、|或|跟"
#: The owner of a compared amount: a few words, no number, no money, then 的 ("英國的", "去年同期的").
_OWNER = "(?:[^0-9０-９，,；;。！？!?\n元块塊幣币]{1,12}?的)?"
_HEDGE = "[約约逾近]?"
#: Markers that are bare amounts themselves, not names of one money.
_BARE_MARKERS = frozenset({"元", "块", "塊", "圆"})
#: Words and signs of money that no name of one currency tells: another money.
_OTHER_MONEY = "外幣|外币|外匯|外汇|[幣币鎊镑圓圆円$€£¥₩]|美金"
#: A Latin letter: before a "$", it names the dollar ("US$", "HK$", "NT$").
_LATIN_BEFORE = re.compile("[A-Za-z]")


@functools.cache
def _names() -> tuple[dict[str, str], dict[str, str]]:
    """The names of one money in Han characters that the tables know, written after the number
    ("億人民幣", "億美元", "萬元新臺幣") and before it ("新臺幣三億元"), each with its code."""
    han = re.compile("[\u4e00-\u9fff]+")
    t = tables()
    after = {k: v.codes[0] for k, v in t.suffix.items() if han.fullmatch(k) and len(v.codes) == 1 and k not in _BARE_MARKERS}
    before = {k: v.codes[0] for k, v in t.prefix.items() if han.fullmatch(k) and len(v.codes) == 1 and k not in _BARE_MARKERS}
    return after, before


def _alternation(words: Iterable[str]) -> str:
    """One alternation of ``words``, the longest first."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@functools.cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The pattern of a compared series that ends where a bare amount begins, and that of every
    word of money (a name of one money, or :data:`_OTHER_MONEY`)."""
    after, before = _names()
    explicit = f"(?:(?P<before>{_alternation(before)}){_HEDGE}{_NUM}[餘余多]?[元块塊]|{_NUM}[餘余多]?(?P<after>{_alternation(after)}))"
    series = re.compile(f"{explicit}[，,]?{_ADV}(?:{_CMP}){_OWNER}{_HEDGE}(?:{_BARE}(?:{_CONJ}){_OWNER}{_HEDGE})*\\Z")
    money = re.compile(f"{_alternation({**after, **before})}|{_OTHER_MONEY}|(?<![{_NUMERALS}餘余多])元")
    return series, money


@functools.cache
def _change_pattern() -> re.Pattern[str]:
    """The pattern of a change from a named amount that ends where its bare new amount begins."""
    after, before = _names()
    explicit = f"(?:(?P<before>{_alternation(before)}){_NUM}[餘余多]?[元块塊]|{_NUM}[餘余多]?(?P<after>{_alternation(after)}))"
    return re.compile(f"(?:由|從|从){explicit}[，,]?(?:{_alternation(_CHANGE_VERBS)})[為为到至]\\Z")


def money_codes(text: str, lo: int, hi: int, bare_sign: bool = False) -> set[str]:
    """The codes of the words of money in ``text[lo:hi]``; "" for a money no name tells (外幣, a
    sign, 澳門幣, 日圓, a 元 after no number: 美元 is a name, 元 of an amount none).  ``bare_sign``:
    a "$" with no Latin letter right before it is no word of money (the line of a "$" amount,
    whose other prices are in the same dollar: "原價$699 現省$100"; "US$", "HK$" still are)."""
    after, before = _names()
    codes = set()
    for m in _patterns()[1].finditer(text, lo, hi):
        if bare_sign and m.group() == "$" and not _LATIN_BEFORE.match(text, max(0, m.start() - 1), m.start()):
            continue
        codes.add(after.get(m.group()) or before.get(m.group()) or "")
    return codes


def named_money(text: str, ends: list[int], start: int) -> str:
    """The code of the bare 元 amount that begins at ``start`` by the words around it, by the rule
    of the module's docstring; "" where they do not say.  ``ends``: where each name of the
    renminbi in ``text`` (:data:`RENMINBI`) ends, in order."""
    if text[start - 1 : start] in LINK_ENDS:
        code = _compared(text, start)
        if code:
            return code
    elif text[start - 1 : start] in CHANGE_ENDS:
        code = _changed(text, start)
        if code:
            return code
    return _renminbi_counted(text, ends, start) if ends else ""


def _renminbi_counted(text: str, ends: list[int], start: int) -> str:
    """"CNY" when the clause of the amount at ``start`` names the renminbi before it with a noun of
    money counted in it between them, and nothing that breaks the reach; else ""."""
    i = bisect_right(ends, start)
    if not i or start - ends[i - 1] > _REACH:
        return ""
    at = ends[i - 1]
    if not _COUNTED.search(text, at, start) or _BREAKS.search(text, at, start):
        return ""
    return "CNY" if money_codes(text, at, start) <= {"CNY"} else ""


def _sentence_start(text: str, start: int) -> int:
    """Where the sentence of ``start`` begins, CONTEXT_WINDOW characters before it at most."""
    lo = max([text.rfind(c, max(0, start - CONTEXT_WINDOW), start) for c in _SENTENCE_STOPS]) + 1
    return max(lo, start - CONTEXT_WINDOW)


def _changed(text: str, start: int) -> str:
    """The code of the named amount that the bare amount at ``start`` is the new value of, by the
    shape of a change (由 + named amount + ，+ verb + 為), when the sentence names no other money
    before the bare amount; else ""."""
    lo = _sentence_start(text, start)
    found = _change_pattern().search(text, lo, start)
    if found is None:
        return ""
    after, before = _names()
    code = after[found["after"]] if found["after"] else before[found["before"]]
    return code if money_codes(text, lo, start) == {code} else ""


def _compared(text: str, start: int) -> str:
    """The code of the named amount that the bare amount at ``start`` is compared with, in a
    series after it, when the sentence names that money alone; else ""."""
    lo = _sentence_start(text, start)
    found = _patterns()[0].search(text, lo, start)
    if found is None:
        return ""
    after, before = _names()
    code = after[found["after"]] if found["after"] else before[found["before"]]
    ends = [i for i in (text.find(c, start, start + CONTEXT_WINDOW) for c in _SENTENCE_STOPS) if i >= 0]
    hi = min(ends, default=start + CONTEXT_WINDOW)
    return code if money_codes(text, lo, hi) == {code} else ""
