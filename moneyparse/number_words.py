"""The words numbers are spelled with, language by language: the pieces of French, Spanish,
Portuguese, Italian, German, Dutch, Swedish, Turkish and Hindi numbers, the words that join them,
and the words for a decimal mark and zero.

:mod:`moneyparse.spelled` reads numbers with them; :mod:`moneyparse.grammar` builds the scan's
pattern of spelled numbers from :func:`spelled_pieces`.  Data only: nothing here reads a text.
"""

from __future__ import annotations

import re

__all__ = ["DECIMAL_WORDS", "ZERO_WORDS", "nukta_forms", "spelled_pieces"]


# Each language has a lexicon of the pieces its numbers are written with, whether set apart by
# spaces and hyphens ("cinq millions", "vingt-et-un", "beş milyon") or glued into one word
# ("achtundsiebzig", "quarantacinque", "vijfenveertig", "fyrtiofem").

#: A piece's kind: a value added in, hundred (multiplies what comes before it), or a power of ten
#: of three or more (multiplies everything before it that is smaller).
_ADD, _HUNDRED, _POWER = 0, 1, 2
#: Hindi alone: a fraction, in quarters (see _HINDI_QUARTERS).
_QUARTER = 3
#: The decimal mark spoken as a word ("zwei Komma fünf"), and zero, which stands only before it
#: ("null Komma zwei") or among the digits after it ("zwölf Komma null fünf").
_POINT, _ZERO = 4, 5
#: A half: alone before a power ("medio millón", "eine halbe Million"), after a joiner ("un
#: milliard et demi", "un millón y medio", "två och en halv miljon"); value 1.  A half that adds to
#: the count before it ("bir buçuk milyon", "zweieinhalb"): value 2.  One and a half as one word
#: ("anderthalb", "anderhalf"): value 3.
_HALF = 6


def _lexicon(
    adds: str, hundreds: str, powers: str, points: str = "", zeros: str = "", halves: str = ""
) -> dict[str, tuple[int, int]]:
    """A language's pieces: ``adds`` as ``"word=value word=value ..."``, the words for hundred,
    the words of powers of ten as ``"word=exponent ..."``, the words for a decimal mark and for
    zero, and its halves as ``"word=kind ..."`` (see :data:`_HALF`)."""
    pieces = {word: (_ADD, value) for word, value in _pairs(adds)}
    pieces.update((word, (_HUNDRED, 2)) for word in hundreds.split())
    pieces.update((word, (_POWER, exp)) for word, exp in _pairs(powers))
    pieces.update((word, (_POINT, 0)) for word in points.split())
    pieces.update((word, (_ZERO, 0)) for word in zeros.split())
    pieces.update((word, (_HALF, kind)) for word, kind in _pairs(halves))
    return pieces


def _pairs(spec: str) -> list[tuple[str, int]]:
    """``"million=6 millions=6"`` as ``[("million", 6), ("millions", 6)]``."""
    return [(word, int(number)) for word, number in (item.split("=") for item in spec.split())]


#: Per language: its pieces and the words that join them ("und", "y", "och").  A joiner of a glued
#: language may also stand inside a word ("acht|und|siebzig", "vijf|en|veertig").
_SPELLED: dict[str, tuple[dict[str, tuple[int, int]], tuple[str, ...]]] = {
    "fr": (
        _lexicon(
            "un=1 une=1 deux=2 trois=3 quatre=4 cinq=5 six=6 sept=7 huit=8 neuf=9 dix=10 onze=11 "
            "douze=12 treize=13 quatorze=14 quinze=15 seize=16 vingt=20 trente=30 quarante=40 "
            "cinquante=50 soixante=60 quatre-vingt=80 quatre-vingts=80 septante=70 huitante=80 "
            "octante=80 nonante=90",
            "cent cents",
            "mille=3 mil=3 million=6 millions=6 milliard=9 milliards=9",
            "virgule",
            "zéro zero",
            "demi=1 demie=1",
        ),
        ("et",),
    ),
    "es": (
        _lexicon(
            "un=1 uno=1 una=1 dos=2 tres=3 cuatro=4 cinco=5 seis=6 siete=7 ocho=8 nueve=9 diez=10 "
            "once=11 doce=12 trece=13 catorce=14 quince=15 dieciséis=16 dieciseis=16 diecisiete=17 "
            "dieciocho=18 diecinueve=19 veinte=20 veintiuno=21 veintiún=21 veintiuna=21 veintidós=22 "
            "veintidos=22 veintitrés=23 veintitres=23 veinticuatro=24 veinticinco=25 veintiséis=26 "
            "veintiseis=26 veintisiete=27 veintiocho=28 veintinueve=29 treinta=30 cuarenta=40 "
            "cincuenta=50 sesenta=60 setenta=70 ochenta=80 noventa=90 doscientos=200 doscientas=200 "
            "trescientos=300 trescientas=300 cuatrocientos=400 cuatrocientas=400 quinientos=500 "
            "quinientas=500 seiscientos=600 seiscientas=600 setecientos=700 setecientas=700 "
            "ochocientos=800 ochocientas=800 novecientos=900 novecientas=900",
            "cien ciento",
            "mil=3 millón=6 millon=6 millones=6 billón=12 billon=12 billones=12",
            "coma punto",
            "cero",
            "medio=1 media=1",
        ),
        ("y",),
    ),
    "pt": (
        _lexicon(
            "um=1 uma=1 dois=2 duas=2 três=3 tres=3 quatro=4 cinco=5 seis=6 sete=7 oito=8 nove=9 "
            "dez=10 onze=11 doze=12 treze=13 catorze=14 quatorze=14 quinze=15 dezesseis=16 "
            "dezasseis=16 dezessete=17 dezassete=17 dezoito=18 dezenove=19 dezanove=19 vinte=20 "
            "trinta=30 quarenta=40 cinquenta=50 sessenta=60 setenta=70 oitenta=80 noventa=90 "
            "duzentos=200 duzentas=200 trezentos=300 trezentas=300 quatrocentos=400 "
            "quatrocentas=400 quinhentos=500 quinhentas=500 seiscentos=600 seiscentas=600 "
            "setecentos=700 setecentas=700 oitocentos=800 oitocentas=800 novecentos=900 "
            "novecentas=900",
            "cem cento",
            # Brazil's bilhão is a thousand million; Portugal's bilião a million million
            "mil=3 milhão=6 milhao=6 milhões=6 milhoes=6 bilhão=9 bilhao=9 bilhões=9 "
            "bilhoes=9 bilião=12 biliões=12",
            "vírgula virgula ponto",
            "zero",
            "meio=1 meia=1",
        ),
        ("e",),
    ),
    "it": (
        _lexicon(
            "uno=1 un=1 una=1 due=2 tre=3 tré=3 quattro=4 cinque=5 sei=6 sette=7 otto=8 nove=9 "
            "dieci=10 undici=11 dodici=12 tredici=13 quattordici=14 quindici=15 sedici=16 "
            "diciassette=17 diciotto=18 diciannove=19 venti=20 vent=20 trenta=30 trent=30 "
            "quaranta=40 quarant=40 cinquanta=50 cinquant=50 sessanta=60 sessant=60 settanta=70 "
            "settant=70 ottanta=80 ottant=80 novanta=90 novant=90",
            "cento cent",
            "mille=3 mila=3 milione=6 milioni=6 miliardo=9 miliardi=9",
            "virgola",
            "zero",
            "mezzo=1 mezza=1",
        ),
        ("e",),
    ),
    "de": (
        _lexicon(
            "ein=1 eine=1 einen=1 einem=1 einer=1 eins=1 zwei=2 drei=3 vier=4 fünf=5 sechs=6 "
            "sieben=7 acht=8 neun=9 zehn=10 elf=11 zwölf=12 dreizehn=13 vierzehn=14 fünfzehn=15 "
            "sechzehn=16 siebzehn=17 achtzehn=18 neunzehn=19 zwanzig=20 dreißig=30 dreissig=30 "
            "vierzig=40 fünfzig=50 sechzig=60 siebzig=70 achtzig=80 neunzig=90",
            "hundert",
            "tausend=3 million=6 millionen=6 milliarde=9 milliarden=9 billionen=12",
            "komma",
            "null",
            "halbe=1 halben=1 halb=1 einhalb=2 anderthalb=3",
        ),
        ("und",),
    ),
    "nl": (
        _lexicon(
            "een=1 één=1 twee=2 drie=3 vier=4 vijf=5 zes=6 zeven=7 acht=8 negen=9 tien=10 elf=11 "
            "twaalf=12 dertien=13 veertien=14 vijftien=15 zestien=16 zeventien=17 achttien=18 "
            "negentien=19 twintig=20 dertig=30 veertig=40 vijftig=50 zestig=60 zeventig=70 "
            "tachtig=80 negentig=90",
            "honderd",
            "duizend=3 miljoen=6 miljard=9 biljoen=12",
            "komma",
            "nul",
            "half=1 halve=1 anderhalf=3",
        ),
        ("en", "ën"),
    ),
    "sv": (
        _lexicon(
            "en=1 ett=1 två=2 tre=3 fyra=4 fem=5 sex=6 sju=7 åtta=8 nio=9 tio=10 elva=11 tolv=12 "
            "tretton=13 fjorton=14 femton=15 sexton=16 sjutton=17 arton=18 nitton=19 tjugo=20 "
            "trettio=30 fyrtio=40 förtio=40 femtio=50 sextio=60 sjuttio=70 åttio=80 nittio=90",
            "hundra",
            "tusen=3 ettusen=3 miljon=6 miljoner=6 miljard=9 miljarder=9 biljon=12 biljoner=12",
            "komma",
            "noll",
            "halv=1 halvt=1 halva=1",
        ),
        ("och",),
    ),
    "tr": (
        _lexicon(
            "bir=1 iki=2 üç=3 dört=4 beş=5 altı=6 yedi=7 sekiz=8 dokuz=9 on=10 yirmi=20 otuz=30 "
            "kırk=40 elli=50 altmış=60 yetmiş=70 seksen=80 doksan=90",
            "yüz",
            "bin=3 milyon=6 milyar=9 trilyon=12",
            "virgül",
            "sıfır",
            "yarım=1 buçuk=2",
        ),
        (),
    ),
}

#: Hindi: every number below a hundred is a word of its own, written in several spellings;
#: a count of up to ninety-nine may stand before "सौ" ("पच्चीस सौ" is 2,500); the Indian powers
#: लाख (10^5), करोड़ (10^7), अरब (10^9), खरब (10^11) stand beside the English ones borrowed by
#: the press (मिलियन, बिलियन).  Fractions are read apart (:data:`_HINDI_QUARTERS`).
_HINDI_COUNTS = (
    "एक=1 दो=2 तीन=3 चार=4 पाँच=5 पांच=5 छह=6 छः=6 छ:=6 छे=6 छै=6 सात=7 आठ=8 नौ=9 दस=10 "
    "ग्यारह=11 बारह=12 तेरह=13 चौदह=14 पंद्रह=15 पन्द्रह=15 सोलह=16 सत्रह=17 अठारह=18 "
    "अट्ठारह=18 उन्नीस=19 बीस=20 इक्कीस=21 बाईस=22 तेईस=23 चौबीस=24 पच्चीस=25 छब्बीस=26 "
    "सत्ताईस=27 अट्ठाईस=28 अठाईस=28 उनतीस=29 तीस=30 इकतीस=31 इकत्तीस=31 बत्तीस=32 तैंतीस=33 "
    "तेंतीस=33 चौंतीस=34 पैंतीस=35 छत्तीस=36 सैंतीस=37 अड़तीस=38 उनतालीस=39 उन्तालीस=39 "
    "चालीस=40 इकतालीस=41 बयालीस=42 बियालीस=42 तैंतालीस=43 तेंतालीस=43 चवालीस=44 चौवालीस=44 "
    "पैंतालीस=45 छियालीस=46 सैंतालीस=47 अड़तालीस=48 उनचास=49 पचास=50 इक्यावन=51 इकावन=51 "
    "बावन=52 तिरेपन=53 तिरपन=53 चौवन=54 चौव्वन=54 पचपन=55 छप्पन=56 सत्तावन=57 अट्ठावन=58 "
    "अठावन=58 उनसठ=59 साठ=60 इकसठ=61 बासठ=62 तिरेसठ=63 तिरसठ=63 चौंसठ=64 पैंसठ=65 छियासठ=66 "
    "सड़सठ=67 सरसठ=67 अड़सठ=68 उनहत्तर=69 सत्तर=70 इकहत्तर=71 बहत्तर=72 तिहत्तर=73 चौहत्तर=74 "
    "पचहत्तर=75 छिहत्तर=76 सतहत्तर=77 सत्तहत्तर=77 अठहत्तर=78 उन्यासी=79 उनासी=79 अस्सी=80 "
    "इक्यासी=81 बयासी=82 तिरासी=83 चौरासी=84 पचासी=85 छियासी=86 सत्तासी=87 अट्ठासी=88 "
    "नवासी=89 नब्बे=90 इक्यानवे=91 इक्यानबे=91 बानवे=92 बानबे=92 तिरानवे=93 तिरानबे=93 "
    "चौरानवे=94 चौरानबे=94 पचानवे=95 पचानबे=95 पंचानवे=95 पंचानबे=95 छियानवे=96 छियानबे=96 "
    "सत्तानवे=97 सत्तानबे=97 अट्ठानवे=98 अट्ठानबे=98 निन्यानवे=99 निन्यानबे=99 "
    # the forties are written with a short i as well
    "उनतालिस=39 चालिस=40 इकतालिस=41 बयालिस=42 तैंतालिस=43 चवालिस=44 पैंतालिस=45 छियालिस=46 "
    "सैंतालिस=47 अड़तालिस=48"
)
_HINDI_POWERS = "हज़ार=3 हजार=3 लाख=5 करोड़=7 करोड=7 अरब=9 खरब=11 मिलियन=6 बिलियन=9 ट्रिलियन=12"
#: Hindi fractions, in quarters: साढ़े ("and a half": साढ़े सात सौ is 750), सवा ("and a quarter"),
#: पौने ("less a quarter") go with the count or power after them; डेढ़ (1½) and ढाई (2½) are counts.
_HINDI_QUARTERS = {"साढ़े": 2, "साढे": 2, "सवा": 1, "पौने": -1, "डेढ़": 6, "डेढ": 6, "ढाई": 10}

#: Devanagari letters with a nukta have two spellings: the letter and the sign apart (which NFC
#: keeps, and CLDR writes) and one code point ("ड़", U+095C), which texts write as well.
_NUKTA = {"\u0915": "\u0958", "\u0916": "\u0959", "\u0917": "\u095a", "\u091c": "\u095b", "\u0921": "\u095c",
          "\u0922": "\u095d", "\u092b": "\u095e", "\u092f": "\u095f"}
_NUKTA_PAIR = re.compile("([" + "".join(_NUKTA) + "])\u093c")


def nukta_forms(word: str) -> tuple[str, ...]:
    """``word`` and, when it holds a Devanagari letter with a nukta, its other spelling:
    ``"करोड़"`` with the nukta apart and as one code point (U+095C)."""
    joined = _NUKTA_PAIR.sub(lambda m: _NUKTA[m.group(1)], word)
    return (word,) if joined == word else (word, joined)


def _hindi_lexicon() -> dict[str, tuple[int, int]]:
    """The Hindi pieces in both nukta spellings; fractions are of kind :data:`_QUARTER`."""
    base = _lexicon(_HINDI_COUNTS, "सौ", _HINDI_POWERS, "दशमलव", "शून्य")
    base.update((word, (_QUARTER, quarters)) for word, quarters in _HINDI_QUARTERS.items())
    return {form: entry for word, entry in base.items() for form in nukta_forms(word)}


_SPELLED["hi"] = (_hindi_lexicon(), ())

#: The words of every language for a decimal mark ("Komma", "virgule", "दशमलव") and for zero
#: ("null", "zéro", "शून्य"), for building scan patterns.
DECIMAL_WORDS: frozenset[str] = frozenset(w for lexicon, _ in _SPELLED.values() for w, (k, _) in lexicon.items() if k == _POINT)
ZERO_WORDS: frozenset[str] = frozenset(w for lexicon, _ in _SPELLED.values() for w, (k, _) in lexicon.items() if k == _ZERO)

#: Joiners that stand inside a glued word: German "und", Dutch "en" and "ën".  The others stand
#: between words, or between hyphens ("vingt-et-un").
_GLUED_JOINERS = {"de": ("und",), "nl": ("en", "ën")}


def spelled_pieces() -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """Every piece of every language :func:`parse_spelled` reads, the joiners that stand between
    words ("et", "y", "und"), and those that also stand inside one ("und", "en"): for building
    scan patterns."""
    pieces = sorted({w for lexicon, _ in _SPELLED.values() for w in lexicon}, key=len, reverse=True)
    joiners = sorted({j for _, js in _SPELLED.values() for j in js}, key=len, reverse=True)
    glued = sorted({j for js in _GLUED_JOINERS.values() for j in js}, key=len, reverse=True)
    return tuple(pieces), tuple(joiners), tuple(glued)
