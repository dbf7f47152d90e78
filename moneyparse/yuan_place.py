"""元 written alone in text of Taiwan: the New Taiwan dollar, not the renminbi.

The marker 元 says "dollar" or "yuan" in any Chinese text; which one depends on where the text is
from.  A text of Taiwan names Taiwan, its state or its money in traditional characters (臺灣,
中華民國, 新臺幣, 總統府); a text of the mainland writes them in simplified characters (台湾,
中华民国) when it speaks of Taiwan at all, and names the mainland, its state or its money (中国,
人民币, 国务院).  So 元 is read as TWD when the window around it holds one of the first words
and none of the second; otherwise as before, CNY.
"""

from __future__ import annotations

from moneyparse.grammar import CONTEXT_WINDOW

__all__ = ["taiwan_yuan"]

#: Words, written in traditional characters only, that name Taiwan, its state or its money.
_TAIWAN = ("臺灣", "台灣", "中華民國", "新臺幣", "新台幣", "總統府", "臺北", "台北市政府")
#: Words that name the mainland, its state or its money, or another place that writes 元, in
#: either script: with one of them near, nothing says that 元 is Taiwan's.
_ELSEWHERE = (
    "中国", "中國", "人民币", "人民幣", "国务院", "國務院", "大陆", "大陸", "内地", "內地", "中共", "全国", "全國",
    "香港", "港元", "港幣", "港币", "澳門", "澳门", "澳元", "美元", "日圓", "日元",
)


def taiwan_yuan(text: str, start: int, end: int) -> bool:
    """Whether 元 of the amount at ``text[start:end]`` is the New Taiwan dollar: the window of
    :data:`~moneyparse.grammar.CONTEXT_WINDOW` characters either side names Taiwan in traditional
    characters and names neither the mainland nor another place or currency."""
    window = text[max(0, start - CONTEXT_WINDOW) : end + CONTEXT_WINDOW]
    return any(word in window for word in _TAIWAN) and not any(word in window for word in _ELSEWHERE)
