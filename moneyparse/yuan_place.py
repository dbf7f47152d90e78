"""Which dollar a bare 元 is: the money of the place a Chinese text is of.

The marker 元 says "dollar" or "yuan" in any Chinese text; which one depends on where the text is
from.  The mainland writes simplified characters; Taiwan, Hong Kong and Macau write traditional
ones.  So a reader of a bare 元 asks two things:

* the script: a text in simplified characters (国, 湾, 亿), or one that shows neither script, is of
  the mainland, or written for its readers: its 元 is the renminbi, even beside 香港, but in a
  sentence that names Taiwan and no other place (立法院, 台湾当局, 台北; not 台湾同胞, 台湾居民 or
  台湾地区, which are the mainland's own words): "立法院通过的预算为7,800亿元" is the Taiwan
  budget of a story written abroad for the mainland's readers.  Taiwan and another place in the
  sentence ("台湾对中国大陆的出口增加了300亿元") leave 元 with no currency.  But the mainland's text
  must be clear: where no character of either script stands near the amount, or one simplified
  character alone (:data:`_CLEAR`; a short line, a caption), a place word of Taiwan, Hong Kong or
  Macau in the sentence (香港, 澳門, 高雄; ``place`` rows) leaves 元 that place's money or the
  renminbi, and nothing says which: no currency ("香港一杯奶茶賣28元" has 賣, and is Hong Kong's;
  "香港一杯奶茶28元" and "在香港买一杯奶茶要28元" are unsure), while with no place word it stays
  the renminbi ("一杯奶茶28元"); a word of Taiwan the sentence reads (台北) says TWD still.  A text
  in traditional characters (國, 灣, 億) is of Taiwan, Hong Kong or Macau, or is an older or
  overseas text of the mainland, and the words it writes tell which;
* the place: in traditional script, the words of one place only (``data/yuan_places.tsv``: 臺灣,
  行政院, 新臺幣, 長照, 我國 for Taiwan; 香港, 港幣, 財政司 for Hong Kong; 澳門, 葡幣 for Macau;
  人民幣, 國務院, 北京 for the mainland) make 元 that place's money.  A body of Taiwan's state is
  such a word only if no other place has one of that name: 衛福部, 陸委會 and 主計總處 are, but not
  財政部 or 國防部, which the mainland's ministries are named too and Hong Kong's press writes
  bare, and 內政部 not after the name of a country (英國內政部).  So are the words of the Republic's
  public finance, which the others write otherwise: the taxes its revenue law shares out to the
  counties (統籌分配稅款), the cabinet's grants to them (一般性補助款; the mainland's are 转移支付),
  the surplus of a budget year (歲計賸餘; Hong Kong's is 盈餘), a plan of four years (中長程計畫);
  and the words of its care of its soldiers and of its schemes: its veterans (榮民, not after 繁
  or 光, whose 榮 ends a word: "繁榮民生") and their villages (眷村), its volunteer soldiers
  (志願役), its income tax (綜合所得稅; the mainland's is 个人所得税, Hong Kong's 薪俸稅);
  the names its schools bear there alone: its senior high and vocational schools together
  (高中職, not in "高中職位", senior and middle posts) and its universities and colleges
  (大專校院; the others write 大專院校 or 專上院校); the words of its central bank (存款準備率,
  where the mainland and Hong Kong's press write 存款準備金率; 重貼現率) and of its public works:
  the rivers and their branches its river bureaus keep (濁水溪, 大里溪; not a name Fujian's
  streams bear too, 新店溪, 烏溪) and its railway's lines after its name (鐵路山線, 臺鐵海線; the
  bare 山線 ends 松山線) or round the island (南迴鐵路, 北迴線; not 北迴歸線, the tropic), its
  floodways (二重疏洪道) and the scenic areas of its law of tourism (風景特定區; not the bare 大鵬灣,
  which is Mirs Bay of Hong Kong too);
  but not 縣市, which the mainland writes of its own counties and county cities too ("全省各縣市"),
  nor 中央政府 (Beijing, in Hong Kong's press) or 民進黨 (Japan's party of that name too).  The
  nearest say it: the words within :data:`~moneyparse.grammar.CONTEXT_WINDOW` characters of the
  amount, else those within :data:`~moneyparse.grammar.WIDE_WINDOW`, else those of the text's
  head (its title and first line) when the amount stands within a story's length of it.  A
  family of words too many to list is found by its form (``pattern`` rows: a fiscal year of the
  Republic's calendar, 八十三年度 or 113年度, or a year of three figures before its month,
  112年3月, which no other place writes; a provincial highway, 台1線 or 台一二○線, its number
  written figure by figure with a circle for nought).
  Taiwan's townships, towns, county cities and districts are place words by their full names,
  the mark of rank last (``local`` rows: 竹北市, 八里鄉, 中正區, and the names before the counties
  merged, 八里鄉 beside 八里區): a list of works of the president's release,
  "＊竹北市污水下水道系統工程（二十四億元）", names no other word of Taiwan.
  Only the names no other place writes with the same mark are listed: not Hong Kong's districts
  (東區, 南區, 北區, 中西區, 大埔), not a district, county, town or township of the mainland of the
  same name and rank (大安區 of Zigong, 中山區 of Dalian, 和平區 of Tianjin, 清水鎮), not a common
  word (大社區, "a large community"; 大園區, "a large park"; 新市區), so that "沙田區議會撥款三億元"
  and "大連市中山區投資三億元" stay with no currency.  The bare name (八里, 淡水, 水上) says
  nothing: it is a common word, or another place, as often.  A mark that begins a word with what
  follows ends no name (區 of 區域 and 區塊, 市 of 市場 and 市值, 鄉 of 鄉村, 鎮 of 鎮壓: "新興區域",
  "中國太保市值"), and a name that ends a mainland township's (東八里鄉) says nothing after it.
  Words of two places there (臺灣 and 香港, 新臺幣 and 人民幣), or of none at all, leave 元 with
  no currency: such a text is not of the mainland, and a wrong dollar is worse than none; but a
  text that names one place at least three times, and three times as often as all the others
  together, names the others in passing ("新加坡及香港的國際觀光客人數…" in a story of Taiwan's
  food fair), and is of that place when its word stands nearest the amount too.
  Where no place word stands in any window, the writing may still tell Taiwan's (``style``
  rows): words the others write otherwise that name no place, 計畫 ("a plan": Hong Kong's
  government and press and Macau write 計劃, the mainland 计划) and 身心障礙 (the name Taiwan's
  law gives disability; Hong Kong writes 殘疾), and the names of its own schemes and works
  (國內商港, a class of port of its law; 衛生掩埋場, a landfill, which Hong Kong calls 堆填區 and
  the mainland 卫生填埋场; 生育給付, a benefit of its labour insurance, the mainland's 生育津贴;
  經濟成長率, where the others write 增長 and 增长); and, by their form (``style_pattern`` rows), its
  writing of numbers: 兆 for a trillion after a numeral ("5兆元", "1兆2,000億元"; Hong Kong, Macau
  and the mainland write 萬億 and 万亿) and its official figures written one by one with 、 for
  the mark of thousands and a circle for nought ("五、○○○萬元", as its highway numbers are).  So
  a list line "＊港口擴建計畫（二十六億元）" and "身心障礙學生每年可獲三萬元補助" are Taiwan's.
  A word Taiwan writes but not it alone says nothing: 基本工資 (base pay, in Hong Kong and on the
  mainland), 扣除額 (Hong Kong's tax office writes it), 學雜費 and 低收入戶 (the mainland's
  学杂费 and 低收入户).  They say less than a place word: only in the line of the amount (within
  CONTEXT_WINDOW characters), and only where that line names no other money (美元, 港幣, 外幣, a
  sign) and no other country (``style_other`` rows: 美國, 日本, 大陸, 對岸, 外國, and the words of
  a federal state, 聯邦, 州政府): Taiwan's press abroad and its travellers write 計畫 too, of the
  money where they are.  The line must be of the traditional script itself, not only its
  neighbours: a page of prices puts other shops' lines, of other scripts, around it.  Taiwan's
  shops write words of their own too: its convenience stores (超商) and the chain it alone has
  (萊爾富), cash on pick-up there (取貨付款), home delivery (宅配), a coupon (折價券), "now you
  save" before the sum (現省$300), a price slashed (限量下殺!) and a count of pieces of a pack
  (12入), where Hong Kong writes 便利店, 貨到付款, 送貨上門, 優惠券 and 12件裝: so
  "萊爾富取貨付款 60 元" is TWD, and "OK便利店取貨 $20" (Hong Kong's Circle K) none.

The word speech says for 元, 块 (塊 in the traditional script: :data:`YUAN_MARKERS`), is read as
元 is: "一碗麵賣80塊" in a text of Taiwan is TWD, in one of Hong Kong HKD, and in one that names
no place gives no currency.  塊 is a character of the traditional script itself (the mainland
writes 块), so it tells the script where nothing around the amount does.

A bare "$" inside a line of Chinese (:func:`dollar_code`) is read by the place too: Chinese
writes the US dollar 美元, 美金 or US$, while the shops and papers of Taiwan and Hong Kong write
their own dollar "$" ("每月$990", "特價$350起", "定價1,200 現折$200").  In a text that is not in
simplified characters it is the dollar of the one place named nearest, if that is Taiwan or Hong
Kong, and no currency otherwise (no place, two places, Macau or the mainland); a text in
simplified characters, a line of Japanese or Korean, or one mostly of Latin letters keeps the
sign's usual reading.  Where no place is named, the words of Taiwan's writing in the line of
the "$" tell it as they tell a bare 元 (its other bare "$" prices are no other money): "原價$1,500
現省$300" and "折價券：$80" are TWD.  Such a "$" tells no dollar of another line
(:mod:`moneyparse.dollar_window`).  But a "$" price with 元 after it ("建議售價$3200元", "$350元起") is the
local dollar written twice, never the US dollar, wherever it stands: it is read by the place
named nearest in any line, and gives no currency in a text of simplified characters or where
the US is named.

Before the place, the words right around the amount may name its money
(:mod:`moneyparse.yuan_named`): a stock of renminbi named in its clause ("人民幣存款已突破三千億元")
and a series compared with one amount of a named money ("二千億人民幣，高於日本的九百億元") are in
that money, in any script; but in simplified script a series of another money than the
renminbi (or than Taiwan's, in a sentence of Taiwan) sets the script's reading against it, and
the amount gets no currency.

A name of money before the number says its money before any place does, a hedge between them or
not ("折合美元约5亿元", "折合日幣約168億元", "美元1100余万元"): the grammar reads it as the marker.

The script is counted around the amount, not in it, unless nothing around shows one: then the
numeral's own characters tell it, so "（十八億餘元）" in a list of works is a traditional text's,
and gives no currency where no place is named.  Every window is bounded, so that a stream read
in chunks gives the same answer as the whole text.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left
from collections.abc import Callable, Mapping

from moneyparse.grammar import CONTEXT_WINDOW, WIDE_WINDOW
from moneyparse.yuan_named import CHANGE_ENDS, LINK_ENDS, RENMINBI, money_codes, named_money
from moneyparse.yuan_table import YuanPlaces, yuan_places

__all__ = [
    "LOCAL_MARKERS", "YUAN_CODES", "YUAN_MARKERS", "YuanMarks", "YuanPlaces", "dollar_code", "in_chinese_line", "local_reader",
    "read_by_place", "yuan_code", "yuan_places",
]

#: The markers read as a bare 元 is: 元 itself, and 块, the word speech says for it, with 塊, its
#: traditional form ("一斤高麗菜賣到80塊" in a text of Taiwan is no renminbi).
YUAN_MARKERS = frozenset({"元", "块", "塊"})
#: The moneys a 元 is, by its place: the renminbi, and the dollars of Taiwan, Hong Kong and Macau;
#: the caller's ``assume`` may settle it to any of them (``{"元": "TWD"}``).
YUAN_CODES = frozenset({"CNY", "TWD", "HKD", "MOP"})
#: What a number a year of the calendar of the Republic of China begins with (民國101年, 民國七十年, 民國卅八年).
_NUMERAL = "0-9０-９〇零一二三四五六七八九十百廿卅"


@functools.cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The character classes of the two scripts, and one pattern of every place word."""
    table = yuan_places()
    forms = []
    for word in sorted(table.codes, key=len, reverse=True):
        form = re.escape(word)
        if word in table.unless_after:
            form = f"(?<![{''.join(sorted(table.unless_after[word]))}]){form}"
        if word in table.before_number:
            form = f"{form}(?=\\s*[{_NUMERAL}])"
        forms.append(form)
    forms[:0] = [f"(?P<p{i}>{form})" for i, (form, _code) in enumerate(table.patterns)]
    return (
        re.compile(f"[{''.join(sorted(table.traditional))}]"),
        re.compile(f"[{''.join(sorted(table.simplified))}]"),
        re.compile("|".join(forms)),
    )


class YuanMarks:
    """Where the characters of each script and the place words stand in one text, found in one pass
    each when its first bare 元 asks, so that every amount after it counts its windows by bisection
    rather than by reading them again (a table of a thousand amounts in traditional script would
    otherwise read 8,000 characters an amount)."""

    __slots__ = ("old", "new", "places", "ends", "codes", "text", "said", "renminbi", "style")

    def __init__(self, text: str) -> None:
        self.text = text
        self.said: list[tuple[int, int, str]] | None = None  # the simplified place words, when asked
        self.style: list[tuple[int, int, str]] | None = None  # the words of a place's writing, when asked
        traditional, simplified, words = _patterns()
        table = yuan_places()
        codes, patterns = table.codes, table.patterns
        self.old = [m.start() for m in traditional.finditer(text)]
        self.new = [m.start() for m in simplified.finditer(text)]
        found = [
            (m.start(), m.end(), patterns[int(m.lastgroup[1:])][1] if m.lastgroup else codes[m.group()])
            for m in words.finditer(text)
        ]
        local = _local_names(text)
        if local:
            found = sorted(found + local)
        self.places = [a for a, _b, _c in found]
        self.ends = [b for _a, b, _c in found]
        self.codes = [c for _a, _b, c in found]
        self.renminbi = [m.end() for m in RENMINBI.finditer(text)]  # where each name of the renminbi ends

    def script_counts(self, lo: int, start: int, end: int, hi: int) -> tuple[int, int]:
        """How many characters of the traditional and of the simplified script stand in
        ``[lo, start)`` and ``[end, hi)``."""
        return _count(self.old, lo, start) + _count(self.old, end, hi), _count(self.new, lo, start) + _count(self.new, end, hi)

    def named(self, lo: int, hi: int) -> set[str]:
        """The codes of the place words that stand wholly in ``[lo, hi)``."""
        found: set[str] = set()
        for i in range(bisect_left(self.places, lo), bisect_left(self.places, hi)):
            if self.ends[i] <= hi:
                found.add(self.codes[i])
                if len(found) > 1:
                    break  # two places: enough to say
        return found

    def written(self, lo: int, hi: int) -> set[str]:
        """The codes of the words of a place's writing (``style`` rows; "" for another country's
        name) that stand wholly in ``[lo, hi)``."""
        if self.style is None:
            self.style = _written_words(self.text)
        style = self.style
        return {code for _a, b, code in style[bisect_left(style, (lo,)) : bisect_left(style, (hi,))] if b <= hi}

    def dominant(self, lo: int, hi: int, start: int, end: int) -> str:
        """The code of the place whose words stand in ``[lo, hi)`` at least :data:`_DOMINANT` times
        and as many times over all the others' together, and nearest the amount at ``[start, end)``;
        else "" (two places, neither of them the text's)."""
        tally: dict[str, int] = {}
        nearest, code = hi - lo, ""
        for i in range(bisect_left(self.places, lo), bisect_left(self.places, hi)):
            if self.ends[i] <= hi:
                tally[self.codes[i]] = tally.get(self.codes[i], 0) + 1
                off = start - self.ends[i] if self.ends[i] <= start else self.places[i] - end
                if off < nearest:
                    nearest, code = off, self.codes[i]
        top = tally.get(code, 0)
        return code if top >= _DOMINANT and top >= _DOMINANT * (sum(tally.values()) - top) else ""

    def sentence_code(self, start: int, end: int) -> str | None:
        """The code the simplified place words of the sentence of ``[start, end)`` say, by the rule
        of the module's docstring: that of Taiwan's words alone, "" beside another place's, else
        None.  The sentence ends at 。, ！, ？, ；, a line break, or CONTEXT_WINDOW characters off."""
        text = self.text
        if self.said is None:
            table = yuan_places().sentence
            said = [(m.start(), m.end(), table[m.group()]) for m in _sentence_words().finditer(text)]
            # (only a word of Taiwan says anything: a text with none, as most are, is read no more)
            self.said = said if any(code for _a, _b, code in said) else []
        if not self.said:
            return None
        lo, hi = _sentence(text, start, end)
        said = self.said
        named = {code for _a, b, code in said[bisect_left(said, (lo,)) : bisect_left(said, (hi,))] if b <= hi}
        if "" in named and len(named) > 1:
            return ""
        return named.pop() if len(named) == 1 and "" not in named else None


#: How many times the words of one place stand, and how many times over the other places' words,
#: for a text that names another place in passing to be of that one.
_DOMINANT = 3
#: What ends a sentence of Chinese text.
_STOPS = ("。", "！", "？", "；", "\n")


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the sentence of ``text[start:end]``: from after the last of :data:`_STOPS`
    before it to the first after it, CONTEXT_WINDOW characters off at most."""
    lo = max([text.rfind(c, max(0, start - CONTEXT_WINDOW), start) for c in _STOPS]) + 1
    hi = min([i for i in (text.find(c, end, end + CONTEXT_WINDOW) for c in _STOPS) if i >= 0], default=end + CONTEXT_WINDOW)
    return max(lo, start - CONTEXT_WINDOW), hi


@functools.cache
def _sentence_words() -> re.Pattern[str]:
    """One pattern of every simplified place word, each but before the words it says nothing
    before ("台湾" but "台湾同胞")."""
    table = yuan_places()
    forms = []
    for word in sorted(table.sentence, key=len, reverse=True):
        unless = table.unless_before.get(word)
        forms.append(re.escape(word) + (f"(?!{'|'.join(map(re.escape, unless))})" if unless else ""))
    return re.compile("|".join(forms))


@functools.cache
def _style_words() -> re.Pattern[str]:
    """One pattern of the forms of the ``style_pattern`` rows, each in its group (``s0``, ``s1``...),
    then of the words of the ``style`` and ``style_other`` rows, the longest first."""
    table = yuan_places()
    forms = [f"(?P<s{i}>{form})" for i, (form, _code) in enumerate(table.style_patterns)]
    forms += map(re.escape, sorted(table.style, key=len, reverse=True))
    return re.compile("|".join(forms) or "(?!)")


def _written_words(text: str) -> list[tuple[int, int, str]]:
    """Where the words and forms of the ``style``, ``style_pattern`` and ``style_other`` rows stand
    in ``text``, with their codes; none at all in a text with no word or form of a place's writing
    (most are: they read no more)."""
    table = yuan_places()
    style, patterns = table.style, table.style_patterns
    found = [
        (m.start(), m.end(), patterns[int(m.lastgroup[1:])][1] if m.lastgroup else style[m.group()])
        for m in _style_words().finditer(text)
    ]
    return found if any(code for _a, _b, code in found) else []


@functools.cache
def _local_marks() -> tuple[re.Pattern[str], tuple[int, ...]]:
    """The pattern of a mark of rank that may end a local name (not 區 of 區域, 市 of 市場), and the
    lengths of the names, longest first."""
    table = yuan_places()
    ends = sorted({name[-1] for name in table.local})
    forms = []
    for end in ends:
        unless = table.local_unless_before.get(end)
        forms.append(re.escape(end) + (f"(?![{''.join(sorted(unless))}])" if unless else ""))
    return re.compile("|".join(forms) or "(?!)"), tuple(sorted({len(name) for name in table.local}, reverse=True))


def _local_names(text: str) -> list[tuple[int, int, str]]:
    """Where the local names of ``data/yuan_places.tsv`` stand in ``text``, with their codes: found
    from their last character back, so that four hundred names cost one scan for four characters,
    not one branch each at every character."""
    table = yuan_places()
    marks, sizes = _local_marks()
    local, unless = table.local, table.unless_after
    found = []
    for m in marks.finditer(text):
        end = m.end()
        for size in sizes:
            start = end - size
            code = local.get(text[start:end]) if start >= 0 else None
            if code is not None:
                if not (start and text[start - 1] in unless.get(text[start:end], ())):
                    found.append((start, end, code))
                break
    return found


def _count(positions: list[int], lo: int, hi: int) -> int:
    """How many of the sorted ``positions`` lie in ``[lo, hi)``."""
    return bisect_left(positions, hi) - bisect_left(positions, lo) if hi > lo else 0


def _scripts(marks: YuanMarks, start: int, end: int) -> tuple[int, int]:
    """How many characters of the traditional and of the simplified script stand within
    CONTEXT_WINDOW characters of the amount at ``[start, end)``; when none do, how many stand in
    the amount itself ("（十八億餘元）" of a list of works, "八十塊")."""
    old, new = marks.script_counts(max(0, start - CONTEXT_WINDOW), start, end, end + CONTEXT_WINDOW)
    if not old and not new:
        old, new = _count(marks.old, start, end), _count(marks.new, start, end)
    return old, new


def yuan_code(marks: YuanMarks, start: int, end: int, head: int = 0) -> str | None:
    """The code of a bare 元 (or 块, 塊: :data:`YUAN_MARKERS`) of the amount at ``[start, end)`` of
    the text ``marks`` indexes: the money its own words name, a stock of renminbi or a series
    compared with a named amount (:func:`~moneyparse.yuan_named.named_money`), in any script
    (in simplified script a series of another money than the sentence reads gives ""); else, by
    the rule of the module's docstring, in a text that is not in traditional characters,
    what the sentence says (:meth:`YuanMarks.sentence_code`; None: the renminbi, as the marker
    says), else the code of the one place whose words stand nearest, else that of the words of
    Taiwan's writing in the line (:func:`_written_code`), else "" (no currency).
    ``head``: how many characters of the text's head may tell the place, 0 for none (a stream's
    later buffer, an amount far into the text)."""
    # (cheap tests first: most texts name no renminbi, and most amounts follow no word of a series)
    ask = marks.renminbi or marks.text[start - 1 : start] in LINK_ENDS or marks.text[start - 1 : start] in CHANGE_ENDS
    named = named_money(marks.text, marks.renminbi, start) if ask else ""
    old, new = _scripts(marks, start, end)
    if old <= new:
        code = marks.sentence_code(start, end)
        if code is None and new < _CLEAR and _names_own_dollar(marks, start, end):
            code = ""  # (no script to say the mainland's, and a place of its own dollar named: unsure)
        if named not in ("", "CNY"):
            # (a series of another money against the script's renminbi: unsure, no currency)
            return named if named == code else ""
        # (the renminbi named where the marker says it already: the marker's reading, as before)
        return named if named and code is not None else code
    if named:
        return named
    code = _place_code(marks, start, end, head)
    if code is not None:
        return code
    # (the words of a place's writing, found once: a text with none asks no more)
    if marks.style is None:
        marks.style = _written_words(marks.text)
    return _written_code(marks, start, end)


#: How many characters of the simplified script near an amount, and more than of the traditional,
#: make its text clearly the mainland's: none, or one alone (a short line's only word, "买"), say
#: too little to read 元 as the renminbi beside the name of a place of another money.
_CLEAR = 2


def _names_own_dollar(marks: YuanMarks, start: int, end: int) -> bool:
    """Whether the sentence of the amount at ``[start, end)`` names Taiwan, Hong Kong or Macau by a
    place word (``place`` rows: 香港, 澳門, 高雄), a place whose 元 is its own dollar."""
    lo, hi = _sentence(marks.text, start, end)
    return bool(marks.named(lo, hi) - {"CNY"})


def _written_code(marks: YuanMarks, start: int, end: int, sign: bool = False) -> str:
    """The code the words of one place's writing say for the amount at ``[start, end)``, by the rule
    of the module's docstring: its line, CONTEXT_WINDOW characters either side at most, holds
    them, more characters of the traditional script than of the simplified one (the line's own,
    not a neighbour's of another shop or text), no name of another country and no money but that
    place's besides the amount's own (``sign``: for a "$" amount, a bare "$" of another price of
    the line is its own); else ""."""
    if not marks.style:
        return ""
    text = marks.text
    lo = max(text.rfind("\n", max(0, start - CONTEXT_WINDOW), start) + 1, start - CONTEXT_WINDOW)
    stop = text.find("\n", end, end + CONTEXT_WINDOW)
    hi = stop if stop >= 0 else end + CONTEXT_WINDOW
    written = marks.written(lo, hi)
    if len(written) != 1 or "" in written:
        return ""
    old, new = marks.script_counts(lo, start, end, hi)
    if old <= new:
        return ""
    code = written.pop()
    # (the amount's own marker is none of the line's other money: "取貨付款 60 元", its 元 after a blank)
    return code if money_codes(text, lo, start, sign) | money_codes(text, end, hi, sign) <= {code} else ""


def _place_code(marks: YuanMarks, start: int, end: int, head: int) -> str | None:
    """The code of the one place whose words stand nearest the amount at ``[start, end)``, in the
    near window, the wide one, or the text's head; "" for two places, None for none."""
    lo, hi = max(0, start - CONTEXT_WINDOW), end + CONTEXT_WINDOW
    windows = [(lo, hi), (max(0, start - WIDE_WINDOW), end + WIDE_WINDOW)]
    if head:
        windows.append((0, head))
    for a, b in windows:
        named = marks.named(a, b)
        if named:
            return named.pop() if len(named) == 1 else marks.dominant(a, b, start, end)
    return None


#: The dollars of the places whose Chinese writes a bare "$" for its own money.
_LOCAL_DOLLARS = frozenset({"TWD", "HKD"})
#: A Han character (the unified ideographs, their extension A and the compatibility block).
_HAN = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
#: Kana and hangul: a line of Japanese or Korean, whose Han says nothing of a Chinese place.
_KANA_HANGUL = re.compile("[\u3040-\u30ff\u3130-\u318f\uac00-\ud7af]")
#: A word of Latin letters: a brand or a word of English counts as one, as a Han character does.
_LATIN_WORD = re.compile("[A-Za-z]+")
#: The words of the US and its dollar: a "$" in their sentence may be theirs.
_US = re.compile(r"美[國国元金股]|US\$|USD|華爾街|紐約")
#: What may stand between a Han word and the sign before it: blanks ("大\u00a0$630"), a colon ("售價：
#: $500"), and the marks and brackets a shop's Chinese line sets before a price ("良品▼$299", "【$99】").
_BEFORE_SIGN = " \t\u00a0\u3000:：▼▲►★☆●◆■【「『《〈（"
#: The blanks between the amount and a Han word after it, three at most, as far as a bound is read ("$720  起").
_AFTER_SIGN = " \u00a0\u3000"


def in_chinese_line(text: str, start: int, end: int) -> bool:
    """Whether the amount at ``[start, end)`` stands inside a line of Chinese: a Han character
    right before it (but for blanks and a colon) or right after it (but for blanks), no kana or
    hangul on its line, and no fewer Han characters than words of Latin letters there ("每月$990",
    "定價1,200 現折$200", "特價$350元起/盒", a brand and a verb: "GOMAJI拿 $100"; not "the dish 牛肉麵
    $5 at the night market")."""
    i = start - 1
    while i >= max(0, start - 3) and text[i] in _BEFORE_SIGN:
        i -= 1
    j = end + len(ahead := text[end : end + 3]) - len(ahead.lstrip(_AFTER_SIGN))
    if not ((i >= 0 and _HAN.match(text, i)) or _HAN.match(text, j)):
        return False
    lo = text.rfind("\n", max(0, start - CONTEXT_WINDOW), start) + 1
    hi = text.find("\n", end, end + CONTEXT_WINDOW)
    line = text[max(lo, start - CONTEXT_WINDOW) : start] + text[end : hi if hi >= 0 else end + CONTEXT_WINDOW]
    return not _KANA_HANGUL.search(line) and len(_HAN.findall(line)) >= len(_LATIN_WORD.findall(line))


def dollar_code(marks: YuanMarks, start: int, end: int, head: int = 0) -> str | None:
    """The code of a bare "$" of the amount at ``[start, end)`` that stands inside a line of
    Chinese not in simplified characters.

    Chinese writes the US dollar as 美元, 美金 or US$; a bare "$" glued to a Chinese word is the
    money of the place the text is of, and the places whose texts write it so are Taiwan and Hong
    Kong (in traditional characters): "每月$990" of a shop of Taipei is TWD, "$350元起" too,
    "入場費$120" beside 港鐵 HKD.  Which one is told as for a bare 元 (the module's docstring): the
    place whose words stand nearest, else the words of Taiwan's writing in its line ("現省$300");
    none, or two places, or another place (the mainland, Macau)
    give "" (no currency: a wrong dollar is worse than none), and so does a sentence that names
    the US or its dollar ("臺灣的消費者在美國網站買了$999的手機": the US price, most likely).
    None where the rule does not hold and the sign is read as elsewhere: a "$" not glued to Han,
    or in a line of Japanese or Korean, or mostly of Latin letters ("the dish 牛肉麵 $5"), or in a
    text of simplified characters (the mainland's, whose own money is no dollar: its "$" is
    another country's, most often the US dollar).  A "$" with 元 (or 块) after the number
    ("$3200元") is read by the place wherever it stands, and never falls back on the sign's
    reading: it is the local dollar written twice, and Chinese writes the US dollar 美元."""
    twice = marks.text[end - 1 : end] in YUAN_MARKERS
    if not twice and not in_chinese_line(marks.text, start, end):
        return None
    old, new = _scripts(marks, start, end)
    if new > old:
        return "" if twice else None
    lo, hi = _sentence(marks.text, start, end)
    if _US.search(marks.text, lo, hi):
        return ""  # "在美國網站買了$999的手機": the US price, most likely
    code = _place_code(marks, start, end, head)
    if code is None:
        # (no place named: the words of Taiwan's writing in the line, "7-11取貨付款 $60", as for 元)
        if marks.style is None:
            marks.style = _written_words(marks.text)
        code = _written_code(marks, start, end, sign=True)
    return code if code in _LOCAL_DOLLARS else ""


#: The markers read by the place of a Chinese text: 元, 块 and 塊, the tenths 角 and 毛 written alone ("只漲五毛錢"),
#: and "$" inside a line of Chinese.
LOCAL_MARKERS = YUAN_MARKERS | {"$", "角", "毛"}


def local_reader(
    text: str, start: int, end: int, marker: str, codes: tuple[str, ...], assume: Mapping[str, str] | None
) -> Callable[[YuanMarks, int, int, int], str | None] | None:
    """The reader of the place of the amount at ``[start, end)`` of ``text``, written with
    ``marker`` of ``codes``: :func:`yuan_code` for a bare 元 or 塊, or 角 or 毛 alone (markers of the
    renminbi alone), :func:`dollar_code` for a "$" inside a line of Chinese or with 元 after its number
    ("$3200元"); None for any other, and where the caller assumes the marker's currency
    (``assume``, checked: a marker's own key, "元" for 塊 too, or "*" where it can mean the sign's
    code)."""
    if marker != "$":
        if codes != ("CNY",) or assume and ("元" in assume or marker in assume or "*" in assume):
            return None
        return yuan_code
    if assume and ("$" in assume or assume.get("*") in codes):
        return None
    return dollar_code if read_by_place(text, start, end) else None


def read_by_place(text: str, start: int, end: int) -> bool:
    """Whether the "$" amount at ``[start, end)`` is read by the place (:func:`dollar_code`): it
    stands inside a line of Chinese, or has 元 after its number ("$3200元", in any line)."""
    return text[end - 1 : end] in YUAN_MARKERS or in_chinese_line(text, start, end)
