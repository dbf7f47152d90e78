"""A bare 元 is the money of the place its text is of: in simplified characters, the mainland's
renminbi, but in a sentence that names Taiwan alone; in traditional characters, the dollar of the one place
whose words stand nearest (Taiwan, Hong Kong, Macau, or the mainland), and no currency at all when
two places are named there, or none.  塊, the word speech says for 元, is read so too, and so is
a bare "$" inside a line of Chinese that is not in simplified characters.  Every sentence is our own."""

from __future__ import annotations

import pytest

import moneyparse
from moneyparse.yuan_place import YuanMarks, yuan_code, yuan_places


def currencies(sentence: str) -> list[tuple[str, str]]:
    return [(m.text, m.currency) for m in moneyparse.extract(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("臺灣的交通建設，政府明年預計投入318億元。", [("318億元", "TWD")]),
        ("中華民國政府將提撥三百億元協助中小企業。", [("三百億元", "TWD")]),
        ("總統府今天宣布，每戶每年可領1.2萬至1.8萬元。", [("1.2萬至1.8萬元", "TWD")]),
        ("台灣的農民每公斤可多賺5元。", [("5元", "TWD")]),
        # the state's own bodies and schemes, with no name of the island
        ("行政院會今天通過特別條例，預計投入800億元。", [("800億元", "TWD")]),
        ("長照預算明年將達650億元，較前年增加兩成。", [("650億元", "TWD")]),
        ("總統表示，政府每個月補助家長5,000元。", [("5,000元", "TWD")]),
        ("民國112年的稅收超過3,000億元。", [("3,000億元", "TWD")]),
        # Taiwan's texts name the mainland as 中國 and 大陸 too: no word of the mainland's own
        ("臺灣對中國大陸的出口增加了300億元。", [("300億元", "TWD")]),
        # a year of the Republic's calendar with 年度, in figures or in words: its fiscal year
        ("按八十五年度的預算，差短約四千億元。", [("四千億元", "TWD")]),
        ("112年度中央政府總預算為2.8兆元。", [("2.8兆元", "TWD")]),
        ("９９年度的稅收為1.6兆元。", [("1.6兆元", "TWD")]),
        # a year of three figures before its month: the Republic's (2023 is its 112th year)
        ("112年3月起，每月補助5,000元。", [("5,000元", "TWD")]),
        ("１１３年１月的營收為300億元。", [("300億元", "TWD")]),
        # a provincial highway, the cabinet's ministries, its pension schemes and revenue law
        ("＊台九線拓寬工程（十二億元）", [("十二億元", "TWD")]),
        ("臺61線的改善工程共需45億元。", [("45億元", "TWD")]),
        ("各部會明年將投入300億元。", [("300億元", "TWD")]),
        ("國民年金的平均每月給付為3,628元，勞退則另計。", [("3,628元", "TWD")]),
        ("依照財劃法，中央明年將舉債5,000億元。", [("5,000億元", "TWD")]),
        ("搭乘捷運每趟平均花費30元。", [("30元", "TWD")]),
        # its conscript and alternative service, which no other place of the script has
        ("明年起義務役士兵的月薪將調高為2萬6,000元，這是多年來最大的調幅。", [("2萬6,000元", "TWD")]),
        ("服替代役的役男，每個月的薪資總額也會調整為2萬元。", [("2萬元", "TWD")]),
        # 臺 is the traditional script's alone (the simplified writes 台): a short sentence whose
        # other characters both scripts write is no simplified text of the mainland
        ("臺北的一支鉛筆賣三元五角。", [("三元五角", "TWD")]),
        ("臺中一碗麵賣80元。", [("80元", "TWD")]),
        # 我國 in traditional characters, the Republic's own "our country"; the island's chip
        # maker and its planning council, words no other place writes
        ("我國明年的國防預算將達到6,000億元，創下新高。", [("6,000億元", "TWD")]),
        ("台積電明年的資本支出約為3,000億元。", [("3,000億元", "TWD")]),
        ("經建會規劃的勞工住宅每坪售價六萬元。", [("六萬元", "TWD")]),
        # the state's agencies that no other place has a namesake of, its pay supplements, its
        # public preschools and its warships built at home
        ("衛福部明年將投入650億元於長期照顧。", [("650億元", "TWD")]),
        ("主計總處預估，明年稅收將達3.2兆元。", [("3.2兆元", "TWD")]),
        ("陸委會表示，相關經費約十億元。", [("十億元", "TWD")]),
        ("海巡署新建艦艇的經費為420億元。", [("420億元", "TWD")]),
        ("立法委員質詢時表示，預算增加了200億元。", [("200億元", "TWD")]),
        ("由經濟部次長陪同，參訪投資五十億元的新廠。", [("五十億元", "TWD")]),
        ("內政部表示，每戶補助三萬元。", [("三萬元", "TWD")]),
        ("戰鬥部隊加給將由每月4,000元提高到9,000元。", [("4,000元", "TWD"), ("9,000元", "TWD")]),
        ("公共化幼兒園每月收費不超過4,500元。", [("4,500元", "TWD")]),
        ("國艦國造的計畫將帶動800億元的產值。", [("800億元", "TWD")]),
    ],
)
def test_yuan_of_a_traditional_text_of_taiwan_is_twd(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert currencies(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("香港特區政府宣布向每名市民派發一萬元。", [("一萬元", "HKD")]),
        # Hong Kong's and the mainland's fiscal years are not the Republic's
        ("財政司司長在2024-25年度預算中撥款100億元。", [("100億元", "HKD")]),
        ("香港政府2023/24年度的開支為8,000億元。", [("8,000億元", "HKD")]),
        ("財政司司長表示，明年將撥款300億元興建房屋。", [("300億元", "HKD")]),
        ("澳門政府今年向每位居民發放一萬元。", [("一萬元", "MOP")]),
        # a traditional text of the mainland: its own bodies and cities
        ("北京市政府去年為興建地鐵投入300億元，這是歷來最多的一年。", [("300億元", "CNY")]),
        ("國務院決定撥款500億元支援災區重建。", [("500億元", "CNY")]),
    ],
)
def test_yuan_of_hong_kong_macau_and_the_mainland_in_traditional_characters(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert currencies(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the mainland's reports speak of Taiwan and Hong Kong in simplified characters
        ("我们将扩大对台湾同胞的惠及面，安排专项资金120亿元。", [("120亿元", "CNY")]),
        ("国务院决定向台湾地区受灾同胞捐助5000万元。", [("5000万元", "CNY")]),
        ("香港特区政府宣布的措施涉及资金300亿元。", [("300亿元", "CNY")]),
        # no script around the amount: the numeral's own is traditional (億), and no place is named
        ("十五億元", []),
        ("＊第二期堤防改善工程（十八億餘元）", []),
        ("十五亿元", [("十五亿元", "CNY")]),
        # a shop's line of traditional characters that names no place (買, 賣, 貨, 購: 买, 卖, 货, 购)
        ("買2箱 每箱650元 平均每罐27元", []),
        ("买2箱 每箱650元", [("650元", "CNY")]),
        ("工程花了十五元。", [("十五元", "CNY")]),
        # a named currency is that currency, wherever it stands
        ("臺灣民眾捐了人民幣300元。", [("人民幣300元", "CNY")]),
        ("香港旅客在臺灣花了新臺幣800元。", [("新臺幣800元", "TWD")]),
    ],
)
def test_simplified_text_and_named_currencies_keep_their_reading(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert currencies(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # two places named near: which dollar is unknown
        "臺灣旅客在香港花了800元。",
        "國務院台灣事務辦公室宣布投入20億元。",
        "台商在大陸投資人民幣100億元，其中新臺幣部分約20億元。",
        # traditional characters, and no place named (計劃: Hong Kong's and Macau's form of "plan")
        "這項計劃投入經費二十億元。",
        "中國的國內生產總值達到一百萬億元。",
        # words that look like a place's and are not: another country's president, 民國 inside a word
        "美國總統宣布，這項計畫將投入二十億元。",
        "這個移民國家的政府每年撥款五十億元。",
        # a year of four figures with 年度, years that pass (十年度過), a first-tier city
        "2023年度的預算為300億元。",
        "這三十年度過了許多難關，政府共投入二十億元。",
        "2012年3月起，每月補助5,000元。",
        "這座城市建於100年前，耗資五億元。",
        "歷經120年1個月，總共花費兩億元。",
        "電商平台一線城市的營業額達到五十億元。",
        # 我國 beside a word of another place: Hong Kong's or the mainland's "our country"
        "香港的官員說，我國今年撥款300億元。",
        "北京表示，我國今年撥款300億元。",
        # ministries another country's name ends before, in Hong Kong's press
        "美國內政部撥款五十億元整修國家公園。",
        "英國內政部宣布，每名申請人須繳付一千元。",
        "日本經濟部宣布，補助總額為二千億元。",
        "俄羅斯內政部表示，罰款最高五萬元。",
        # ministries of the mainland's names, written bare by Hong Kong's press; the mainland's
        # supervisory commission; the Republic's army of the mainland's history
        "國防部發言人表示，今年的國防預算為1.67萬億元。",
        "財政部公布，首季全國稅收達5萬億元。",
        "中紀委國家監委通報，涉案金額達三億元。",
        "國軍當年在徐州一役耗資三億元。",
        # 加給 as a verb ("forced on"); the words of Hong Kong's and Macau's own government
        "把責任強加給市民，每戶多付二千元。",
        "立法會財委會今天批出300億元撥款。",
        "特區政府宣布向每名市民派發一萬元。",
        "行政長官表示，政府將預留五百億元。",
        # a Taiwan agency beside Hong Kong: two places
        "衛福部與香港醫管局合作，投入三億元。",
        # words of Taiwan's government that others write too: the mainland's counties and county
        # cities, Beijing in Hong Kong's press, Japan's party of 2016, the mainland's history
        "全省各縣市今年共投入三十億元。",
        "縣市政府今年共投入三十億元。",
        "中央政府宣布撥款三十億元。",
        "民進黨黨首表示，每戶補助一萬元。",
        "國民黨政府當年撥款三億元。",
        # a word of Taiwan's public finance beside Hong Kong or the mainland: two places
        "一般性補助款共計三百億元，香港則另有撥款。",
        "統籌稅款分給北京以外的城市三百億元。",
    ],
)
def test_no_currency_rather_than_a_wrong_dollar(sentence: str) -> None:
    assert [m for m in moneyparse.extract(sentence) if m.marker == "元"] == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # simplified characters, a sentence that names Taiwan alone: its legislature, its
        # authorities, its capital, the island
        ("立法院通过的国防特别预算为7,800亿元，比原案少了三成。", [("7,800亿元", "TWD")]),
        ("台湾当局明年的预算将增加到3000亿元。", [("3000亿元", "TWD")]),
        ("台北市政府今年投入50亿元兴建住宅。", [("50亿元", "TWD")]),
        ("民进党政府提出的计划需要4年，共计275亿元。", [("275亿元", "TWD")]),
        # Taiwan named in another sentence, or in the mainland's own words: the renminbi
        ("台湾的预算增加了。全国的预算为300亿元。", [("300亿元", "CNY")]),
        ("台湾的预算增加了\n我们的预算为300亿元。", [("300亿元", "CNY")]),
        ("台湾海峡两岸的贸易额达到2000亿元。", [("2000亿元", "CNY")]),
        ("国务院台湾事务办公室宣布投入20亿元。", [("20亿元", "CNY")]),
        ("首批闽台融合发展项目完成投资超千亿元，台湾居民可以申请。", [("千亿元", "CNY")]),  # 闽: Fujian
        # Hong Kong alone says nothing: the mainland's reports name it beside their own money
        ("青海和香港的交流成果丰硕，全省引进资金600亿元。", [("600亿元", "CNY")]),
        # Taiwan and another place in the sentence: no currency
        ("台湾对中国大陆的出口增加了300亿元。", []),
        ("台湾当局宣布投入20亿元，香港则投入10亿元。", []),
        ("首批闽台融合发展项目完成投资超千亿元，台湾的企业可以申请。", []),
        ("福建对台湾的投资超过500亿元。", []),
    ],
)
def test_a_simplified_sentence_of_taiwan_is_twd(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert currencies(sentence) == expected
    pieces = [sentence[i : i + 7] for i in range(0, len(sentence), 7)]
    assert [(m.text, m.currency) for m in moneyparse.iter_extract(pieces)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the shares of the national taxes and the grants the Republic's revenue law gives its
        # counties, the surplus of its budget year, its plans of four years, its programme of 2017
        ("明年的普通統籌分配稅款將增加400億元，各地方政府都會受惠。", [("400億元", "TWD")]),
        ("中央對地方的一般性補助款，今年共計1,900億元。", [("1,900億元", "TWD")]),
        ("計畫型補助款今年減少了60億元。", [("60億元", "TWD")]),
        ("依財政收支劃分法，地方明年將多分得2,400億元。", [("2,400億元", "TWD")]),
        ("政府的歲計賸餘已連續三年超過千億元。", [("千億元", "TWD")]),
        ("這項中長程計畫四年共需180億元。", [("180億元", "TWD")]),
        ("前瞻基礎建設第一期的特別預算為1,070億元。", [("1,070億元", "TWD")]),
        # its central government's yearly budget, named after the amount and far from it
        ("每位長者每月多領三千元，而這一切都要等明年度的中央政府總預算審議通過。", [("三千元", "TWD")]),
        # a project's own total budget is any place's word
        ("這座新體育館的總預算為十二億元。", []),
        # its social housing; Hong Kong's is 社會房屋
        ("政府明年將撥補住宅基金，興辦社會住宅共150億元。", [("150億元", "TWD")]),
        ("社會房屋共享計劃再獲撥款五億元。", []),
        # the budget of its government's own services and its loans at a subsidised low rate
        ("明年我們增加40億元的公務預算，讓篩檢預算達到68億元。", [("40億元", "TWD"), ("68億元", "TWD")]),
        ("預計投入950億元，透過補助及低利貸款協助中小企業。", [("950億元", "TWD")]),
        ("政府提供低息貸款，總額五億元。", []),
    ],
)
def test_words_of_taiwans_public_finance_are_place_words(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert currencies(sentence) == expected
    pieces = [sentence[i : i + 5] for i in range(0, len(sentence), 5)]
    assert [(m.text, m.currency) for m in moneyparse.iter_extract(pieces)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # its veterans and their villages, its volunteer soldiers, the president's fund, its income
        # tax, its policy toward the south, its aircraft built at home, its public daycare
        ("安養榮民的生活津貼明年調高到一萬二千元。", [("一萬二千元", "TWD")]),
        ("這處眷村的改建共需九十億元。", [("九十億元", "TWD")]),
        ("志願役士兵的月薪將增加五千元。", [("五千元", "TWD")]),
        ("國務機要費每年約有四千萬元。", [("四千萬元", "TWD")]),
        ("年收入六十萬元以下的單身者免繳綜合所得稅。", [("六十萬元", "TWD")]),
        ("新南向辦公室的預算只有三百萬元。", [("三百萬元", "TWD")]),
        ("國機國造計畫明年再編列80億元。", [("80億元", "TWD")]),
        ("準公托每月的補助將提高到1萬元。", [("1萬元", "TWD")]),
        # 榮 that ends a word of its own before 民 names no veteran; a text of Hong Kong stays so
        ("為了繁榮民生，政府撥款三億元。", []),
        ("他們是光榮民族的後代，捐了五千元。", []),
        ("香港要繁榮民生，政府撥款三億元。", [("三億元", "HKD")]),
        # a veteran beside another place: no currency
        ("香港商人向榮民之家捐了三百萬元。", []),
    ],
)
def test_words_of_taiwans_veterans_and_schemes_are_place_words(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert currencies(sentence) == expected
    pieces = [sentence[i : i + 5] for i in range(0, len(sentence), 5)]
    assert [(m.text, m.currency) for m in moneyparse.iter_extract(pieces)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # its freeways by name and by number, and their interchanges
        ("中山高速公路拓寬工程再追加三十億元。", [("三十億元", "TWD")]),
        ("國道3號南下路段的改善經費約12億元。", [("12億元", "TWD")]),
        ("新建的東港交流道共花了八億元。", [("八億元", "TWD")]),
        # 交流 of "exchange" before 道德 names no road, and the mainland numbers its roads with 线
        ("兩岸學者交流道德教育的經驗，基金會捐了五十萬元。", []),
        ("國道102線的維修費用為三千萬元。", []),
        # its reservoirs, rivers, sewers and works against floods on hill slopes
        ("石門水庫清淤一年要花四億元。", [("四億元", "TWD")]),
        ("濁水溪的河堤工程總計二十億元。", [("二十億元", "TWD")]),
        ("污水下水道第五期建設計畫共三百億元。", [("三百億元", "TWD")]),
        ("治山防洪預算今年增為九十億元。", [("九十億元", "TWD")]),
        # Hong Kong's words for the same works leave its own money
        ("污水渠改善工程耗資九億元，香港市民受惠。", [("九億元", "HKD")]),
        # a freeway of Taiwan beside another place: no currency
        ("香港商人投資中山高速公路沿線的土地十億元。", []),
    ],
)
def test_names_of_taiwans_public_works_are_place_words(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert currencies(sentence) == expected
    pieces = [sentence[i : i + 5] for i in range(0, len(sentence), 5)]
    assert [(m.text, m.currency) for m in moneyparse.iter_extract(pieces)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the floodways of the Taipei basin, the highway of the east coast and its replacement
        ("二重疏洪道兩岸的自行車道再撥一億元。", [("一億元", "TWD")]),
        ("＊員山子分洪後續改善工程（三億餘元）", [("三億餘元", "TWD")]),
        ("蘇花改通車以後，沿線的觀光收益達十億元。", [("十億元", "TWD")]),
        ("蘇花公路的邊坡改善再編列四億元。", [("四億元", "TWD")]),
        # the scenic areas of its law of tourism, and the full name of Pingtung's national one
        ("縣級風景特定區的步道整修需要三千萬元。", [("三千萬元", "TWD")]),
        ("大鵬灣國家風景區的遊客中心改建花了兩億元。", [("兩億元", "TWD")]),
        # the bare 大鵬灣 is Mirs Bay of Hong Kong and Shenzhen too: it says nothing
        ("大鵬灣的漁民獲香港政府補助三百萬元。", [("三百萬元", "HKD")]),
        ("大鵬灣海域的養殖場投資了三億元。", []),
        # the joint name of the plain of Chiayi and Tainan
        ("＊嘉南地區的精神醫療設施擴充（四億元）", [("四億元", "TWD")]),
        ("嘉南大圳的渠道改善再投入八千萬元。", [("八千萬元", "TWD")]),
        # and of the region of Kaohsiung and Pingtung
        ("＊高屏地區的醫療設施擴充（三億元）", [("三億元", "TWD")]),
    ],
)
def test_taiwans_floodways_coast_highway_and_scenic_areas_are_place_words(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert currencies(sentence) == expected
    pieces = [sentence[i : i + 5] for i in range(0, len(sentence), 5)]
    assert [(m.text, m.currency) for m in moneyparse.iter_extract(pieces)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the branches of its rivers that its river bureaus keep, and its lesser central rivers
        ("＊筏子溪的護岸改善工程（六億餘元）", [("六億餘元", "TWD")]),
        ("大漢溪沿岸的自行車道共花了二億元。", [("二億元", "TWD")]),
        ("阿公店溪的整治經費約十五億元。", [("十五億元", "TWD")]),
        # the stream through Taichung that its works name
        ("＊麻園頭溪護岸及步道工程（一億二千萬元）", [("一億二千萬元", "TWD")]),
        # a stream whose name Fujian's and Zhejiang's streams bear too says nothing
        ("烏溪江的堤防加高工程需要三億元。", []),
        ("新店溪的清淤費用為一億元。", []),
        # its central bank's reserve ratio and rediscount rate; the mainland's ratio has 金
        ("央行調降存款準備率後，銀行體系多出八百億元的資金。", [("八百億元", "TWD")]),
        ("重貼現率調升半碼，房貸每月多繳五百元。", [("五百元", "TWD")]),
        ("人行下調存款準備金率，釋放資金一萬億元。", []),
        # the railway's mountain and sea lines, after its name, and the lines round the island
        ("鐵路海線的雙軌工程共需四十億元。", [("四十億元", "TWD")]),
        ("臺鐵山線的隧道改善經費約九億元。", [("九億元", "TWD")]),
        ("南迴鐵路電氣化的總經費為三百億元。", [("三百億元", "TWD")]),
        ("＊北迴線新城至和仁段改善（十二億元）", [("十二億元", "TWD")]),
        # 山線 of another line's name, the tropic, and a line beside Hong Kong say nothing
        ("登山線路的維修費用為三千萬元。", []),
        ("北迴歸線經過的農地每公頃補助三萬元。", []),
        ("南迴鐵路的車票，香港旅客多付了五十元。", []),
    ],
)
def test_taiwans_rivers_central_bank_and_railway_are_place_words(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert currencies(sentence) == expected
    pieces = [sentence[i : i + 5] for i in range(0, len(sentence), 5)]
    assert [(m.text, m.currency) for m in moneyparse.iter_extract(pieces)] == expected


@pytest.mark.xfail(
    strict=True,
    reason="漁港 is the mainland's word too and the names of Taiwan's two hundred fishing harbours are "
    "common village names there: a list line that names only a harbour gives no currency",
)
def test_a_list_line_that_names_only_a_fishing_harbour() -> None:
    assert currencies("＊推動烏石漁港整建（六千餘萬元）") == [("六千餘萬元", "TWD")]


def test_a_word_of_public_finance_counts_within_the_windows_only() -> None:
    # a paragraph of no place after the word: within the wide window it tells the place, read
    # whole or in pieces; further than that, and not in the text's head, it says nothing
    filler = "這是一段沒有地名的說明文字，" * 40  # 560 characters
    near = filler + "明年的統籌分配稅款將再增加。" + filler + "總額將達到3,000億元。"
    far = filler + "明年的統籌分配稅款將再增加。" + filler * 8 + "總額將達到3,000億元。"
    for text, expected in ((near, [("3,000億元", "TWD")]), (far, [])):
        assert currencies(text) == expected
        pieces = [text[i : i + 64] for i in range(0, len(text), 64)]
        assert [(m.text, m.currency) for m in moneyparse.iter_extract(pieces)] == expected


def test_a_list_line_of_taiwan_with_no_place_word_but_its_form_of_plan() -> None:
    # 計畫 is Taiwan's form of "plan": a line of a list of works in the president's release
    assert currencies("＊南部港口擴建計畫（二十六億元）") == [("二十六億元", "TWD")]
    assert currencies("＊南部港口擴建計劃（二十六億元）") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Taiwan's form of "plan" and its law's name of disability, in the line of the amount
        ("＊東部山區聯絡道路新闢計畫（十四億三千萬元）", [("十四億三千萬元", "TWD")]),
        ("這項計畫今年投入經費二十億元。", [("二十億元", "TWD")]),
        ("身心障礙學生每年可獲三萬元補助。", [("三萬元", "TWD")]),
        ("為提升照顧品質，今年對身心障礙機構的補助已達9億餘元。", [("9億餘元", "TWD")]),
        # a provincial highway written figure by figure, a circle or 〇 for nought, or in figures
        ("＊台一三○線拓寬工程（八億元）", [("八億元", "TWD")]),
        ("＊臺二〇線改善工程（五億元）", [("五億元", "TWD")]),
        ("＊台11線海岸段拓寬（六億元）", [("六億元", "TWD")]),
        # a place word says more than the writing: Hong Kong's word in the line, or two places
        ("＊港口擴建計畫（二十六億元），香港政府另撥三億元。", [("二十六億元", "HKD"), ("三億元", "HKD")]),
        ("香港與臺灣的身心障礙團體共獲五億元。", []),
        # another country, or another money, in the line: Taiwan's press abroad, its travellers
        ("本公司計畫赴美國投資三億元。", []),
        ("日本的身心障礙人士每月可領八萬元。", []),
        ("大陸的計畫經濟年代，工人月薪只有三十元。", []),
        ("市府計畫撥款三百萬元，每人再補助一千美元。", [("一千美元", "USD")]),
        # the line of the amount only: 計畫 in another paragraph says nothing
        ("這項計畫明年開始。\n經費共計二十億元。", []),
        # a nought begins no highway's number: no place word
        ("這台零線故障的機器修理費三千元。", []),
    ],
)
def test_taiwans_writing_tells_a_line_that_names_no_place(text: str, expected: list[tuple[str, str]]) -> None:
    assert currencies(text) == expected
    pieces = [text[i : i + 3] for i in range(0, len(text), 3)]
    assert [(m.text, m.currency) for m in moneyparse.iter_extract(pieces)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the words of Taiwan's shops in the line: its convenience stores' pick-up and cash on it,
        # the chain it alone has, home delivery, a coupon, goods near their date, a smashed price
        ("萊爾富取貨付款 60 元", [("60 元", "TWD")]),
        ("超商取貨運費 65 元，滿千免運", [("65 元", "TWD")]),
        ("7-11純取貨 55 元", [("55 元", "TWD")]),
        ("宅配運費 120 元", [("120 元", "TWD")]),
        ("會員折價券：$80", [("$80", "TWD")]),
        ("即期良品▼$150，售完為止", [("$150", "TWD")]),
        ("破盤價$399，今天最後一天", [("$399", "TWD")]),
        # its forms: "now you save" before the sum, a price slashed, a count of pieces of a pack
        ("原價$1,500 現省$300", [("$1,500", "TWD"), ("$300", "TWD")]),
        ("貓罐頭(85g*12入)特價 38元/罐", [("38元", "TWD")]),
        ("買兩盒再送$60的小點心，限量下殺!", [("$60", "TWD")]),
        # Hong Kong's and the mainland's words, or words both write: no currency, or the place named
        ("OK便利店取貨 $20", []),
        ("順豐到付，運費$30", []),
        ("滿$300免運費", []),
        ("香港門市自取，即減$50", [("$50", "HKD")]),
        ("超商取货付款 80元", [("80元", "CNY")]),
        ("现省50元", [("50元", "CNY")]),
        # the same characters as other words: the present provincial secretary, men who killed, an
        # entrance, a spot rate
        ("現省委書記宣布撥款三億元。", []),
        ("其手下殺人後逃走，懸紅五十萬元。", []),
        ("A1入口旁的攤位每件貨品50元", []),
        ("按即期匯率計算，每件貨品售300元。", []),
        # another country in the line
        ("日本超商取貨付款 300 元", []),
        # the line's own script: a neighbour's traditional characters do not make it Taiwan's
        ("國際機票\n宅配 80 元", []),
    ],
)
def test_words_of_taiwans_shops_tell_a_line_that_names_no_place(text: str, expected: list[tuple[str, str]]) -> None:
    assert currencies(text) == expected
    pieces = [text[i : i + 3] for i in range(0, len(text), 3)]
    assert [(m.text, m.currency) for m in moneyparse.iter_extract(pieces)] == expected


def test_a_dollar_told_by_a_shops_words_tells_no_other_line() -> None:
    # a page of prices: the lines of Taiwan's shop are its dollar, a bare "$" of another line keeps
    # the sign's reading
    text = "組合價$1,800 現省$200\n折價券：$50\n$12.99\n$45.50"
    expected = [("$1,800", "TWD"), ("$200", "TWD"), ("$50", "TWD"), ("$12.99", "USD"), ("$45.50", "USD")]
    assert currencies(text) == expected
    assert [(m.text, m.currency) for m in moneyparse.iter_extract(text[i : i + 5] for i in range(0, len(text), 5))] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the names of Taiwan's own schemes and works: a class of port of its law, its landfills,
        # the benefits of its labour insurance, its word for the growth of the economy
        ("＊北部國內商港擴建工程（十二億餘元）", [("十二億餘元", "TWD")]),
        ("＊垃圾衛生掩埋場復育工程（三億四千萬元）", [("三億四千萬元", "TWD")]),
        ("每胎生育給付最高可領六萬元。", [("六萬元", "TWD")]),
        ("老年給付一次請領平均約一百五十萬元。", [("一百五十萬元", "TWD")]),
        ("失能給付每月最少四千元，明年起發放。", [("四千元", "TWD")]),
        ("今年經濟成長率可達3%，民間投資將增加二千億元。", [("二千億元", "TWD")]),
        # the budgets its special statutes allot beside the yearly one
        ("這項特別預算的第二期共編列八百億元。", [("八百億元", "TWD")]),
        ("海空戰力的國防特別預算分五年支出，每年約五百億元。", [("五百億元", "TWD")]),
        # its trillion, 兆, after a numeral, and every amount of the line with it
        ("國內投資突破五兆元，其中民間投資四千億元。", [("五兆元", "TWD"), ("四千億元", "TWD")]),
        ("四大銀行的資產合計1兆2,000億元。", [("1兆2,000億元", "TWD")]),
        # its official figures written one by one, 、 the mark of thousands, a circle for nought
        ("＊港區聯外道路工程（三、五○○萬元）", [("三、五○○萬元", "TWD")]),
        ("＊市區排水幹線（一二億三、○○○萬元）", [("一二億三、○○○萬元", "TWD")]),
        # 兆 of a unit, or of a name, and a trillion written as the others write it: nothing
        ("這座五兆瓦的電廠投資三億元。", []),
        ("李兆元先生去年捐出三百萬元。", []),
        ("本地生產總值達三萬億元，較去年增長3%。", []),
        # a list's number before a placeholder is no figure of Taiwan's writing
        ("三、○○○公司捐出一百萬元。", []),
        # another country or another money in the line, or the mainland by Taiwan's name of it
        ("美國的經濟成長率2%，聯邦預算達6兆元。", []),
        ("聯邦政府的經濟成長率預測上調，預算將達6兆元。", []),
        ("州政府的計畫撥款三億元。", []),
        ("日本政府的特別預算另有二十兆元。", []),
        ("對岸經濟成長率5%，生產總值達126兆元。", []),
        ("衛生掩埋場工程另需二百萬美元，地方再出五千萬元。", [("二百萬美元", "USD")]),
    ],
)
def test_taiwans_names_and_numbers_tell_a_line_that_names_no_place(text: str, expected: list[tuple[str, str]]) -> None:
    assert currencies(text) == expected
    pieces = [text[i : i + 3] for i in range(0, len(text), 3)]
    assert [(m.text, m.currency) for m in moneyparse.iter_extract(pieces)] == expected


@pytest.mark.xfail(
    strict=True,
    reason="扣除額 is written by Hong Kong's tax office of its salaries tax, 學雜費 and 低收入戶 by the "
    "mainland (学杂费, 低收入户), and the mainland's defence budget is written in bare 元 by Hong Kong's "
    "press: words Taiwan writes but not it alone tell no place, and a line that names nothing else "
    "gives no currency",
)
@pytest.mark.parametrize(
    "sentence",
    [
        "今年四項扣除額都提高了，月薪三萬元以下不必繳稅。",
        "私立大學的學雜費每年補助三萬五千元。",
        "低收入戶每人每月多領一千元。",
        "國防預算明年編列九千億元。",
    ],
)
def test_words_of_tax_school_aid_and_defence_that_are_not_taiwans_alone(sentence: str) -> None:
    assert [m.currency for m in moneyparse.extract(sentence)] == ["TWD"]


def test_table_of_forms_of_taiwans_writing() -> None:
    table = yuan_places()
    assert {code for _form, code in table.style_patterns} == {"TWD"}
    assert {table.style[w] for w in ("國內商港", "衛生掩埋場", "生育給付", "經濟成長率", "特別預算")} == {"TWD"}
    assert {table.style[w] for w in ("聯邦", "州政府", "對岸")} == {""}
    # written alike elsewhere: no word of Taiwan's writing
    assert not {"基本工資", "扣除額", "學雜費", "低收入戶", "中低收入戶", "建案", "國防", "郵政儲金"} & set(table.style)
    assert "郵政儲金" not in table.codes


@pytest.mark.xfail(
    strict=True,
    reason="郵政儲金 names the savings Taiwan's post keeps, but Macau's post office keeps savings by the "
    "same name (its 郵政儲金局), in a place whose 元 is the pataca: a line that names nothing else "
    "gives no currency",
)
def test_the_postal_savings_are_no_word_of_taiwan_alone() -> None:
    assert [m.currency for m in moneyparse.extract("從郵政儲金中撥出三百億元，低利貸給首購族。")] == ["TWD"]


@pytest.mark.xfail(
    strict=True,
    reason="財政部 and 國防部 are the names of the mainland's ministries too, which Hong Kong's press "
    "writes bare: a paragraph of Taiwan that names no other word of its own gives no currency",
)
def test_a_paragraph_of_taiwan_that_names_only_a_ministry_of_a_shared_name() -> None:
    assert currencies("依照財政部的估計，今年稅收將比預算多出3,000億元。") == [("3,000億元", "TWD")]


def test_a_simplified_sentence_is_read_within_a_bound() -> None:
    # a sentence longer than the near window: a Taiwan word beyond it says nothing
    filler = "这是一段很长的说明文字，" * 40  # 480 characters, no end of sentence
    assert currencies("台湾" + filler + "经费共计50亿元。") == [("50亿元", "CNY")]
    assert currencies("台湾" + filler[:300] + "经费共计50亿元。") == [("50亿元", "TWD")]


def test_the_nearest_words_decide() -> None:
    filler = "這是一段很長的說明文字。" * 40  # 480 characters, beyond the near window
    # a Taiwan word beyond 400 characters, within 4,000: Taiwan still
    assert currencies("臺灣。" + filler + "經費共計50億元。") == [("50億元", "TWD")]
    # Hong Kong named far off, Taiwan near: Taiwan
    assert currencies("香港。" + filler + "行政院經費共計50億元。") == [("50億元", "TWD")]
    # the two named near: nothing, however far a third word stands
    assert currencies("臺灣。" + filler + "香港與澳門共計50億元。") == []


_TAIWAN = "臺灣的觀光產業持續成長，總統表示，臺灣的美食吸引許多旅客，臺北與高雄的夜市尤其熱鬧。"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Hong Kong named once in a text of Taiwan's words, Taiwan's nearest the amount: Taiwan
        (_TAIWAN + "新加坡與香港的旅客較多。總統指出，餐飲業的營業額為3,447億元。", [("3,447億元", "TWD")]),
        # the other place's word nearest the amount: no currency
        (_TAIWAN + "香港旅客在夜市平均花費800元。", []),
        (_TAIWAN + "新加坡與香港的旅客較多，餐飲業的營業額為3,447億元。", []),
        # two of Taiwan's words to one of Hong Kong's are not enough
        ("臺灣與香港的旅客人數相近，臺灣的夜市營業額為300億元。", []),
        # a text of Hong Kong that names Taiwan: Hong Kong's words nearest, and as many
        ("香港特區政府表示，香港與台灣的交流密切，台灣旅客去年在香港消費了50億元。", []),
        ("港府表示，香港的旅客去年在台灣、台北與高雄共消費了50億元，港人最愛台灣。", []),
    ],
)
def test_one_place_named_in_passing(text: str, expected: list[tuple[str, str]]) -> None:
    assert currencies(text) == expected
    pieces = [text[i : i + 9] for i in range(0, len(text), 9)]
    assert [(m.text, m.currency) for m in moneyparse.iter_extract(pieces)] == expected


def test_the_head_of_a_text_tells_its_place_within_a_story() -> None:
    filler = "這是一段很長的說明文字。" * 400  # 4,800 characters, beyond the wide window
    text = "臺灣經濟報告\n" + filler + "經費共計50億元。"
    assert currencies(text) == [("50億元", "TWD")]
    # a stream in chunks gives the same, the head being in its first buffer
    pieces = [text[i : i + 333] for i in range(0, len(text), 333)]
    assert [(m.text, m.currency) for m in moneyparse.iter_extract(pieces)] == [("50億元", "TWD")]
    # further than a story's length, the head says nothing
    far = "臺灣經濟報告\n" + filler * 2 + "經費共計50億元。"
    assert currencies(far) == []
    assert yuan_code(YuanMarks(far), len(far) - 6, len(far) - 1) == ""


def test_evidence_says_what_decided() -> None:
    found = moneyparse.extract("行政院今天宣布投入50億元，國務院也宣布投入20億元。" + "這是說明。" * 100 + "北京市撥款30億元。")
    assert [(m.text, m.currency, m.evidence, m.alternatives) for m in found] == [
        ("30億元", "CNY", moneyparse.Evidence.CONTEXT, ()),
    ]
    (m,) = moneyparse.extract("行政院今天宣布將投入50億元。")
    assert (m.currency, m.evidence, m.alternatives) == ("TWD", moneyparse.Evidence.CONTEXT, ("CNY",))
    (m,) = moneyparse.extract("国务院今天宣布投入50亿元。")
    assert (m.currency, m.evidence) == ("CNY", moneyparse.Evidence.MARKER)


def test_assumption_settles_yuan() -> None:
    assert [m.currency for m in moneyparse.extract("臺灣政府投入242億元。", assume={"*": "CNY"})] == ["CNY"]
    # a text that names no place: the caller may say which
    assert [m.currency for m in moneyparse.extract("這項計畫投入經費二十億元。", assume={"元": "CNY"})] == ["CNY"]


def test_table_of_places() -> None:
    table = yuan_places()
    assert not table.traditional & table.simplified
    assert {table.codes[w] for w in ("臺灣", "香港", "澳門", "國務院")} == {"TWD", "HKD", "MOP", "CNY"}
    assert "總統" in table.unless_after and "民國" in table.before_number
    assert {code for _form, code in table.patterns} == {"TWD"}
    # words of Taiwan's government that another place writes of its own are no place words
    assert not {"縣市", "各縣市", "縣政府", "中央政府", "國民黨", "民進黨", "財政部"} & set(table.codes)


@pytest.mark.parametrize("form", ["[台臺", "(台)1線", ""])
def test_a_pattern_row_that_cannot_be_read_is_an_error(form: str) -> None:
    from moneyparse.errors import DataTableError
    from moneyparse.packs import DataRow
    from moneyparse.yuan_table import _pattern

    row = DataRow("yuan_places.tsv", 7, ("pattern", "TWD", form))
    with pytest.raises(DataTableError) as caught:
        _pattern(row, form)
    assert caught.value.line == 7 and repr(form) in str(caught.value)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a line of a list of works that names a township, a town, a district or a county city
        ("＊竹東鎮自來水管線汰換工程（十五億元）", [("十五億元", "TWD")]),
        ("＊興建萬巒鄉公有零售市場（三億餘元）", [("三億餘元", "TWD")]),
        ("＊朴子市排水改善計畫（二億元）", [("二億元", "TWD")]),
        ("中正區的老舊公寓每坪售價八十萬元。", [("八十萬元", "TWD")]),
        ("那瑪夏區的道路重建經費為二十億元。", [("二十億元", "TWD")]),
        # a name of before the counties merged (汐止鎮 of 臺北縣, a 區 of 新北市 now)
        ("汐止鎮的堤防加高工程需要十二億元。", [("十二億元", "TWD")]),
        # the district's chief and the township's folk are the place's still
        ("萬華區長表示，這項工程將花費五億元。", [("五億元", "TWD")]),
    ],
)
def test_a_township_or_district_of_taiwan_is_a_place_word(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert currencies(sentence) == expected
    pieces = [sentence[i : i + 2] for i in range(0, len(sentence), 2)]
    assert [(m.text, m.currency) for m in moneyparse.iter_extract(pieces)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Hong Kong's districts and rural committees, some of the same names as Taiwan's
        ("沙田區議會撥款三億元興建單車徑。", []),
        ("香港沙田區議會撥款三億元興建單車徑。", [("三億元", "HKD")]),
        ("東區區議會通過撥款三億元。", []),
        ("中西區的商舖租金每月十萬元。", []),
        ("大埔鄉事委員會獲撥款三百萬元。", []),
        # the mainland's districts and towns, in traditional characters, named as Taiwan's are
        ("大連市中山區今年投資三億元興建學校。", []),
        ("吉林省大安市的大安區居民每人獲發五百元。", []),
        ("天津市和平區撥款三億元興建學校。", [("三億元", "CNY")]),
        ("惠陽淡水鎮的新樓盤每平方米八千元。", []),
        ("河北省東八里鄉撥款三億元修橋。", []),
        # common words that end in a mark of rank, or begin a word with what follows it
        ("新興區域的投資達三億元。", []),
        ("大社區的管理費每月五百元。", []),
        ("這個新市區的建設耗資五十億元。", []),
        ("中國太保市值達三千億元。", []),
        ("成功鎮壓之後，當局撥款三億元。", []),
        ("住在山上鄉下的老人每月領三千元。", []),
    ],
)
def test_names_of_other_places_and_common_words_say_nothing(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert currencies(sentence) == expected


@pytest.mark.xfail(
    strict=True,
    reason="a town's bare name (淡水, 水上) is a common word too (fresh water, on the water): only the "
    "name with its mark of rank (淡水區, 水上鄉) is a place word",
)
def test_a_list_line_that_names_a_town_without_its_rank() -> None:
    assert currencies("＊淡水漁港第二期擴建工程（九億餘元）") == [("九億餘元", "TWD")]


@pytest.mark.xfail(
    strict=True,
    reason="a paragraph of the president's release that names no place at all, in its words nor by a "
    "township's name, gives no currency: nothing in it tells it from a text of Hong Kong",
)
def test_a_paragraph_of_taiwan_with_no_place_word() -> None:
    assert currencies("三、提撥二百億元，以低利率貸給受災的中小企業。") == [("二百億元", "TWD")]


@pytest.mark.parametrize(
    "names",
    ["竹北", "臺東市", "竹北縣", "阿里山大鄉"],
)
def test_a_local_row_that_cannot_be_read_is_an_error(names: str) -> None:
    from moneyparse.errors import DataTableError
    from moneyparse.packs import DataRow
    from moneyparse.yuan_table import _check_local

    row = DataRow("yuan_places.tsv", 9, ("local", "TWD", f"竹東鎮 {names}"))
    with pytest.raises(DataTableError) as caught:
        _check_local(row, yuan_places().codes)
    assert caught.value.line == 9 and repr(names) in str(caught.value)


def test_table_of_local_names() -> None:
    table = yuan_places()
    assert {table.local[w] for w in ("竹北市", "八里鄉", "八里區", "中正區")} == {"TWD"}
    # shared with Hong Kong, the mainland or a common word: not listed
    assert not {"東區", "中西區", "大埔鄉", "大安區", "中山區", "和平區", "淡水鎮", "大社區", "太保市"} & set(table.local)
    assert table.unless_after["八里鄉"] == frozenset("東")
    assert "域" in table.local_unless_before["區"] and "場" in table.local_unless_before["市"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # 塊, the word speech says for 元, in the traditional script: the place's money, as 元 is
        ("臺灣的農民說，一斤高麗菜現在只賣十五塊。", [("十五塊", "TWD")]),
        ("香港的茶餐廳一杯奶茶賣二十八塊。", [("二十八塊", "HKD")]),
        # no place named: no currency, whether the words around or 塊 itself tell the script
        ("這碗牛肉麵賣一百二十塊。", []),
        ("一杯奶茶十五塊", []),
        # 块 in simplified characters stays the renminbi, but in a sentence of Taiwan alone
        ("这碗面卖十五块。", [("十五块", "CNY")]),
        ("一杯奶茶十五块", [("十五块", "CNY")]),
        ("台北的一碗面卖八十块。", [("八十块", "TWD")]),
        # 塊 before a name of money is its measure word: that money
        ("臺灣的國民所得當年只有三百塊美元。", [("三百塊美元", "USD")]),
    ],
)
def test_kuai_is_read_as_a_bare_yuan(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert currencies(sentence) == expected
    pieces = [sentence[i : i + 3] for i in range(0, len(sentence), 3)]
    assert [(m.text, m.currency) for m in moneyparse.iter_extract(pieces)] == expected


def test_a_caller_who_assumes_yuan_settles_kuai() -> None:
    assert [m.currency for m in moneyparse.extract("這碗牛肉麵賣一百二十塊。", assume={"元": "CNY"})] == ["CNY"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a "$" glued to Chinese of the traditional script is the dollar of the place named
        ("臺灣的健身房每月$990起。", [("$990", "TWD")]),
        ("新竹的民宿一晚$2,800元起。", [("$2,800元", "TWD")]),
        ("臺北門市售價：$1,280", [("$1,280", "TWD")]),
        ("香港的戲院門票$120。", [("$120", "HKD")]),
        ("臺灣的夜市\n會員價$350", [("$350", "TWD")]),
        # no place, two places, or a place whose money is no such dollar: no currency
        ("會員價$350，限量供應。", []),
        ("每月$990", []),
        ("臺灣與香港的會員每月$990。", []),
        ("澳門的酒店每晚$900。", []),
        ("北京的酒店每晚$900。", []),
        # a sentence that names the US or its dollar: its price, perhaps
        ("臺灣的消費者在美國網站買了$999的手機。", []),
        ("臺灣的房東每月收US$900，另收$500清潔費。", [("US$900", "USD")]),
        ("臺灣的健身房每月$990起。美國的更貴。", [("$990", "TWD")]),
        # simplified characters, Japanese, a line mostly of English, a "$" not glued to Han: as before
        ("这款手机在美国售价$999。", [("$999", "USD")]),
        ("東京の店で約$100でした。", [("$100", "USD")]),
        ("The night market sells 臭豆腐 $3 a plate.", [("$3", "USD")]),
        ("臺灣 visitors paid $40 each.", [("$40", "USD")]),
        # a brand in Latin letters is one word beside the Han of its line, no line of English
        ("臺北門市的GOMAJI拿$100。", [("$100", "TWD")]),
        ("GOMAJI拿 $100", []),
        # a web page's no-break spaces between the Han and the sign are blanks too
        ("(原價：\u00a0大\u00a0$720\u00a0/\u00a0小 $450)", []),
        ("臺北店\u00a0$720\u00a0起", [("$720", "TWD")]),
        ("The stall sells 臭豆腐\u00a0$3 a plate.", [("$3", "USD")]),
        # the marks and brackets of a shop's line between the Han and the sign
        ("臺北店限定▼$299UP★新品上市", [("$299", "TWD")]),
        ("限時特價【$99】", []),
        ("香港門市★$88", [("$88", "HKD")]),
        ("The stall ★$3 a plate.", [("$3", "USD")]),
        # a dollar with its own mark is that dollar
        ("臺灣的房東每月收US$900。", [("US$900", "USD")]),
        ("香港的戲院門票NT$500。", [("NT$500", "TWD")]),
    ],
)
def test_a_dollar_sign_in_chinese_is_the_places_dollar(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert currencies(sentence) == expected
    pieces = [sentence[i : i + 4] for i in range(0, len(sentence), 4)]
    assert [(m.text, m.currency) for m in moneyparse.iter_extract(pieces)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "$" and 元 both: the local dollar written twice, read by the place in any line
        ("臺灣的茶行禮盒$1,680元起。", [("$1,680元", "TWD")]),
        ("臺灣 visitors paid $40元 each at the night market.", [("$40元", "TWD")]),
        ("香港 cinemas charge $120元 a seat.", [("$120元", "HKD")]),
        # no place in Chinese words, or the US named, or simplified characters: no currency, never USD
        ("建議售價　$2400元", []),
        ("The night market sells 臭豆腐 $30元 a plate.", []),
        ("Tea sets from $880元 while stocks last.", []),
        ("臺灣的消費者在美國網站買了$999元的手機。", []),
        ("这款手机在美国售价$999元。", []),
    ],
)
def test_a_dollar_sign_with_yuan_after_is_never_the_us_dollar(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert currencies(sentence) == expected
    pieces = [sentence[i : i + 4] for i in range(0, len(sentence), 4)]
    assert [(m.text, m.currency) for m in moneyparse.iter_extract(pieces)] == expected


def test_a_dollar_sign_with_yuan_after_is_not_turned_to_the_us_dollar_by_the_lines_around() -> None:
    # country words make a bare "$" a New Taiwan dollar, and a "$" no amount near writes out is
    # then read as the US one; "$880元" writes the local dollar out itself
    text = "Taiwan's tea farms sell through the island's shops.\n臺灣 visitors paid $880元 for a tin."
    assert currencies(text) == [("$880元", "TWD")]


# 起 after a "$" price, glued or past blanks (three at most, as far as the bound is read), is a
# shop's "from": a lower bound, in the dollar of the place named; the sign with 起 alone after it
# is in a line of Chinese still, and with no place named it gives nothing, glued or spaced alike
# (a line of a page whose shop is unknown), never the US dollar
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("臺北的民宿每晚$720起", [("$720", "TWD", "at_least")]),
        ("臺北的民宿每晚 $720 起", [("$720", "TWD", "at_least")]),
        ("臺北的民宿\n$720 起\n含早餐", [("$720", "TWD", "at_least")]),
        ("香港的酒店\n$880\u00a0起", [("$880", "HKD", "at_least")]),
        ("臺北的民宿\n$720\u00a0 起", [("$720", "TWD", "at_least")]),
        # 起 that more Han carries on is a word of its own: "founded on", no bound
        ("臺北的小店靠 $3,000 起家", [("$3,000", "TWD", None)]),
        ("$720 起", []),
        ("$720起", []),
        ("Rooms\n$720 起", []),
        ("$720  起", []),
    ],
)
def test_qi_after_a_dollar_price_is_a_lower_bound_spaced_or_glued(sentence: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert [(m.text, m.currency, m.qualifier) for m in moneyparse.extract(sentence)] == expected


def test_a_caller_who_assumes_the_dollar_settles_it() -> None:
    assert [m.currency for m in moneyparse.extract("會員價$350，限量供應。", assume={"$": "USD"})] == ["USD"]
    assert [m.currency for m in moneyparse.extract("會員價$350，限量供應。", assume={"*": "TWD"})] == ["TWD"]
    # "*" of a code the sign cannot mean settles nothing: the place still does
    assert [m.currency for m in moneyparse.extract("香港的戲院門票$120。", assume={"*": "CNY"})] == ["HKD"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the names Taiwan's schools bear there alone
        ("政府明年起補助高中職學生每學期5,000元。", [("5,000元", "TWD")]),
        ("大專校院的學生每年可申請三萬元獎學金。", [("三萬元", "TWD")]),
        # 高中職 that is "senior and middle posts", or 高 of 提高: no word of Taiwan
        ("公司高中職位的月薪約八萬元。", []),
        ("提高中職員工的薪資每月三千元。", []),
        ("香港的高中職業教育每年撥款三億元。", [("三億元", "HKD")]),
    ],
)
def test_words_of_taiwans_schools_are_place_words(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert currencies(sentence) == expected


@pytest.mark.xfail(
    strict=True,
    reason="基本工資 is the name of Taiwan's statutory minimum wage, but Hong Kong, Macau and the mainland "
    "write it for the base pay of a wage; 租屋族 (renters) is Taiwan's word but not its alone: neither "
    "tells the place, and a paragraph that names nothing else gives no currency",
)
@pytest.mark.parametrize("sentence", ["我們連續調漲基本工資，每月增加了一千元。", "單身的租屋族年收入五十萬元以下免稅。"])
def test_words_of_wages_and_rent_that_are_not_taiwans_alone(sentence: str) -> None:
    assert [m.currency for m in moneyparse.extract(sentence)] == ["TWD"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a short notice whose only characters of a script are words of benefits and prices
        ("香港居民每人可領二千元。", [("二千元", "HKD")]),
        ("香港的病人每次看醫生付五十元。", [("五十元", "HKD")]),
        ("澳門長者每年可獲發九千元。", [("九千元", "MOP")]),
        ("香港的舊樓每呎一萬元。", [("一萬元", "HKD")]),
        # the same words in simplified characters, beside the mainland's city: the renminbi
        ("北京居民每人可领二千元。", [("二千元", "CNY")]),
        ("北京的病人每次看医生付五十元。", [("五十元", "CNY")]),
    ],
)
def test_words_of_benefits_and_prices_tell_the_script(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert currencies(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # no character of either script, or one simplified alone: a place of its own dollar named
        # in the sentence leaves 元 unsure
        ("香港一碗雲吞麵45元", []),
        ("在香港买一碗云吞面要45元", []),
        ("香港居民每人可领二千元。", []),
        ("高雄一碗米糕35元", []),
        ("澳门一份猪扒包40元", []),
        ("香港和北京一碗麵45元", []),
        # one word of the traditional script tells Hong Kong's
        ("香港一碗雲吞麵賣45元", [("45元", "HKD")]),
        # no place word: the renminbi, as the marker says
        ("一碗米糕35元", [("35元", "CNY")]),
        ("北京一碗炸醬麵25元", [("25元", "CNY")]),
        # Taiwan's words that the sentence of a simplified text reads
        ("台北一碗米糕35元", [("35元", "TWD")]),
        # a text clearly of the mainland names Hong Kong beside its own money
        ("香港和内地的经贸合作项目资金达到120亿元。", [("120亿元", "CNY")]),
        ("在香港买一碗云吞面要45元，这个价格比深圳贵。", [("45元", "CNY")]),
        # the renminbi named in its clause, whatever the script
        ("香港的人民幣存款8000亿元", [("8000亿元", "CNY")]),
    ],
)
def test_a_thin_script_beside_a_place_of_its_own_dollar_is_unsure(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert currencies(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a provincial highway with 廿 for twenty, and the county roads by number
        ("＊台廿六線拓寬工程（九億元）", [("九億元", "TWD")]),
        ("＊一四九線拓寬工程（三億二千萬元）", [("三億二千萬元", "TWD")]),
        ("縣道一一〇線的邊坡改善需要八千萬元。", [("八千萬元", "TWD")]),
        ("172縣道的拓寬工程共需四億元。", [("四億元", "TWD")]),
        ("縣道172的拓寬工程共需四億元。", [("四億元", "TWD")]),
        # the tiers of cities, a line of three other figures and the mainland's roads say nothing
        ("一二三線城市的房價，每平方米漲了一千元。", []),
        ("二三四線的商場租金每月五千元。", []),
        ("沿著三一八線，這家旅館每晚收費三百元。", []),
        ("國道102線的維修費用為三千萬元。", []),
        # the allowance of elderly farmers, right after the amount too
        ("退休的果農每個月可以領到8000元老農津貼。", [("8000元", "TWD")]),
        ("老年農民福利津貼每月再加發五百元。", [("五百元", "TWD")]),
        ("香港的退休漁民每月可領三千元生果金，也有人申請老農津貼。", []),
    ],
)
def test_taiwans_roads_and_farmers_allowance_are_place_words(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert currencies(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # 毛 and 角 alone are tenths of the 元 of the place, as 元 and 塊 are
        ("臺北一瓶米酒只從10塊錢漲到10塊5毛，只漲五毛錢。", [("10塊", "TWD"), ("10塊5毛", "TWD"), ("五毛", "TWD")]),
        ("行政院說，公車票價只漲五毛錢。", [("五毛", "TWD")]),
        ("香港的巴士車費加價五毛。", [("五毛", "HKD")]),
        ("一斤葱涨了三角。", [("三角", "CNY")]),
        # a traditional sentence that names no place: no currency rather than the renminbi
        ("這杯茶只漲五毛錢。", []),
    ],
)
def test_tenths_of_a_yuan_are_read_by_the_place_as_the_yuan(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert currencies(sentence) == expected
