"""Units of measure and currencies written after (or before) an amount, and their scale.

An amount in kilometres and one in miles are the same measure: both are turned into the
measure's base unit (metres) so "5 km (3.1 miles)" agrees and "5 km" vs "5 miles" clashes.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from factcheck.evidence.lexicon import family
from factcheck.workspace import STOP_WORDS, stem

# unit as written (lower case) -> (measure, factor to the measure's base unit)
_MEASURES: dict[str, tuple[str, float]] = {}
for _measure, _table in (
    (
        "length",
        "mm millimetre millimetres millimeter millimeters:0.001 cm centimetre centimetres "
        "centimeter centimeters:0.01 m metre metres meter meters:1 km kilometre kilometres "
        "kilometer kilometers:1000 ft foot feet:0.3048 inch inches:0.0254 yard yards:0.9144 "
        "mile miles mi:1609.344",
    ),
    (
        "mass",
        "mcg microgram micrograms:0.000001 mg milligram milligrams:0.001 g gram grams:1 "
        "kg kilogram kilograms kilo kilos:1000 "
        # "tons" is read as tonnes, as news writes it for either (a US ton is 907 kg).
        "tonne tonnes t ton tons:1000000 lb lbs pound pounds:453.59237",
    ),
    ("area", "hectare hectares ha:10000 acre acres:4046.8564 km2 km²:1000000"),
    (
        "volume",
        "ml millilitre millilitres milliliter milliliters:0.001 l litre litres liter "
        "liters:1 gallon gallons:3.785411784 m3 m³:1000",
    ),
    ("speed", "km/h kph:1 mph:1.609344"),
    # Concentrations ("420 ppm", "420 parts per million": _PARTS_PER).
    ("concentration", "ppm:1 ppb:0.001 ppt:0.000001"),
    ("energy", "kwh:1 mwh:1000 gwh:1000000 twh:1000000000"),
    ("power", "kw:1 mw:1000 gw:1000000"),
    # Lengths of time, in seconds: "3 hours" against "3 days" clashes, "2 weeks" and
    # "14 days" agree. A month and a year are their mean lengths, so that "36 months"
    # is "3 years".
    (
        "duration",
        "second seconds sec secs:1 minute minutes mins:60 hour hours hr hrs:3600 day days:86400 "
        "week weeks:604800 month months:2629800 year years yr yrs:31557600 decade "
        "decades:315576000",
    ),
):
    _words: list[str] = []
    for _token in _table.split():
        if ":" in _token:
            _word, _factor = _token.split(":")
            for _name in (*_words, _word):
                _MEASURES[_name] = (_measure, float(_factor))
            _words = []
        else:
            _words.append(_token)

_TEMPERATURE = re.compile(
    r"\s*(?:°\s*|degrees?\s+|º\s*)(?P<scale>c|f|celsius|centigrade|fahrenheit)\b", re.I
)
# "40C", "104F": a capital glued to the figure.
_GLUED_TEMPERATURE = re.compile(r"(?P<scale>[CF])(?![\w°])")
_UNIT = re.compile(r"\s*(?P<unit>[a-z][a-z0-9/]*)(?![\w/])", re.I)
# Glued by a hyphen, as an adjective: "a 6.2-mile race", "a 10-km walk"; not the "year" of
# "10-year-old", nor one letter: "the 5-G network", "a 3-D film" are names.
_HYPHEN_UNIT = re.compile(r"-(?P<unit>[a-z][a-z0-9/]+)(?![\w/-])", re.I)
_SQUARE = re.compile(
    r"\s*(?:sq\.?|square)\s+(?P<unit>km|kilomet(?:re|er)s?|mi|miles?|m|met(?:re|er)s?|ft|feet"
    r"|foot|yards?)\b",
    re.I,
)
# "5,000 cubic metres", "35 cu ft": a volume, the length's factor cubed (in litres).
_CUBIC = re.compile(
    r"\s*(?:cu\.?|cubic)\s+(?P<unit>m|met(?:re|er)s?|ft|feet|foot|yards?|km|kilomet(?:re|er)s?)\b",
    re.I,
)
_INCH_IN_BRACKETS = re.compile(r"\s*in\)")
_PARTS_PER = re.compile(r"\s*parts?\s+per\s+(?P<scale>million|billion|trillion)\b", re.I)
_METRIC_TON = re.compile(r"\s*metric\s+(?:tons?|tonnes?)\b", re.I)  # a tonne
_SIGNS = {"$": "usd", "us$": "usd", "€": "eur", "£": "gbp", "¥": "jpy"}
# ISO codes written before a sum as a word of their own: "EUR 300m", "USD 1.2bn".
_CODES = {code: code for code in "eur usd gbp jpy chf cny".split()}
CURRENCY_BEFORE = {**_SIGNS, **_CODES}
# The pattern of a currency before a sum (for lower-cased text or IGNORECASE): a sign, or a
# code that is a word and is followed by a space ("amateur 30" holds no euros).
CURRENCY_BEFORE_PATTERN = (
    "|".join(re.escape(sign) for sign in sorted(_SIGNS, key=len, reverse=True))
    + rf"|\b(?:{'|'.join(_CODES)})(?=\s)"
)
_CODE_BEFORE = re.compile(rf"\b(?:{'|'.join(_CODES)})\s\Z", re.I)
_CURRENCY_AFTER = {
    "dollar": "usd", "dollars": "usd", "euro": "eur", "euros": "eur", "yen": "jpy",
    "yuan": "cny", "rupee": "inr", "rupees": "inr", "franc": "chf", "francs": "chf",
}  # fmt: skip
# Amounts of money in different currencies are the same kind of thing (a price, a fine),
# so "500 euros" against "500 dollars" clashes unless the passage gives the claim's too.
CURRENCIES = frozenset({*CURRENCY_BEFORE.values(), *_CURRENCY_AFTER.values()})


class Measure(NamedTuple):
    """A unit written after an amount: in base units, ``value * factor + offset``."""

    measure: str  # "length", "temperature", "usd", ...
    written: str  # as written, lower case: "km"
    end: int  # where the unit ends in the text
    factor: float = 1.0
    offset: float = 0.0

    def base(self, value: float) -> float:
        """``value`` in the measure's base unit (metres, grams, degrees Celsius...)."""
        return value * self.factor + self.offset

    def rounding(self, digits: str | None) -> float:
        """Half the place value of the last written digit, in base units: the rounding a
        conversion between units may carry ("20 in" for 50.8 cm). A whole number's trailing
        zeros are rounding too ("160 km/h" for 100 mph is 160.9 rounded to the ten)."""
        if digits and "." in digits:
            return 0.5 * 10.0 ** -len(digits.split(".")[1]) * abs(self.factor)
        whole = (digits or "").replace(",", "")
        zeros = len(whole) - len(whole.rstrip("0")) if whole.strip("0") else 0
        return 0.5 * 10.0**zeros * abs(self.factor)


def measure_after(text: str, end: int) -> Measure | None:
    """The unit of measure or currency right after an amount ending at ``end``, if any."""
    m = _TEMPERATURE.match(text, end) or _GLUED_TEMPERATURE.match(text, end)
    if m:
        if m.group("scale").lower().startswith("f"):
            return Measure("temperature", "f", m.end(), 5 / 9, -160 / 9)
        return Measure("temperature", "c", m.end())
    m = _INCH_IN_BRACKETS.match(text, end)
    if m:  # "50 cm (20 in)": "in" is a unit only there
        return Measure("length", "in", m.end() - 1, 0.0254)
    m = _PARTS_PER.match(text, end)
    if m:  # "420 parts per million" is 420 ppm
        written = "pp" + m.group("scale")[0].lower()
        return Measure("concentration", written, m.end(), _MEASURES[written][1])
    m = _METRIC_TON.match(text, end)
    if m:
        return Measure("mass", "t", m.end(), _MEASURES["t"][1])
    m = _SQUARE.match(text, end)
    if m:  # "200 sq km", "5 square miles": an area, the length's factor squared
        length = _MEASURES[m.group("unit").lower()][1]
        return Measure("area", "sq " + m.group("unit").lower(), m.end(), length * length)
    m = _CUBIC.match(text, end)
    if m:  # a cubic metre is 1,000 litres
        length = _MEASURES[m.group("unit").lower()][1]
        return Measure("volume", "cu " + m.group("unit").lower(), m.end(), length**3 * 1000)
    m = _UNIT.match(text, end) or _HYPHEN_UNIT.match(text, end)
    if not m:
        return None
    word = m.group("unit").lower()
    if word in _CURRENCY_AFTER:
        return Measure(_CURRENCY_AFTER[word], word, m.end())
    if word in ("pound", "pounds") and _sterling(text, end, m.end()):
        return Measure("gbp", word, m.end())
    known = _MEASURES.get(word)
    if known is None:
        return None
    return Measure(known[0], word, m.end(), known[1])


# "fined 50,000 pounds" is money, "weighed 7.7 pounds" a mass: a word of money among the
# few before the amount, or "sterling" after it, and no word of weight.
_MONEY_WORDS = re.compile(
    r"\b(?:fined?|fines|paid|pay|pays|cost|costs|worth|spent|spend|raised|earns?|earned|"
    r"budget|salary|price|fee|bill|compensation|damages|donated|awarded|invested|prize|loan|"
    r"debt|tax|sum|bonus|funding|grant)\b",
    re.I,
)
_WEIGHT_WORDS = re.compile(r"\b(?:weigh\w*|heav\w*|lost|gained|lbs?)\b", re.I)
_STERLING = re.compile(r"\s+sterling\b", re.I)
_SCALED = re.compile(r"\b(?:million|billion|trillion|bn)\s*\Z", re.I)


def _sterling(text: str, end: int, after: int) -> bool:
    """Whether "pounds" after an amount ending at ``end`` are money (see ``_MONEY_WORDS``)."""
    if _STERLING.match(text, after):
        return True
    before = text[max(0, end - 50) : end]
    # "three million pounds will go on repairs": sums run to millions, weights rarely.
    money = _MONEY_WORDS.search(before) or _SCALED.search(before)
    return money is not None and _WEIGHT_WORDS.search(before) is None


# Money written short, glued to its figure: "$5m", "£2.5mn", "$3tn", "$150k". Only after a
# currency sign: "5m" alone is five metres.
_MONEY_SCALE = re.compile(r"(?P<scale>mn|m|bn|tn|k)\b", re.I)
_MONEY_FACTOR = {"m": 1e6, "mn": 1e6, "bn": 1e9, "tn": 1e12, "k": 1e3}
# The same short scale before a count of people or things: "1m people", "2.5bn users",
# "150k signatures" (no length or weight comes before these nouns).
_COUNT_SCALE = re.compile(
    r"(?P<scale>mn|m|bn|k)\s+(?:people|residents|users|customers|viewers|voters|votes|"
    r"signatures|households|homes|jobs|children|adults|patients|workers|visitors|passengers|"
    r"copies|barrels|doses|cases|deaths|subscribers|followers|members|tickets|refugees|"
    r"migrants|students|employees|tonnes|tons|downloads|listeners|readers|vehicles|cars)\b",
    re.I,
)


def money_scale(text: str, start: int, end: int) -> tuple[float, int] | None:
    """The factor of a short scale glued to a figure at text[start:end] right after a
    currency sign or code, and where the scale ends ("$5m", "EUR 5m" -> (1e6, end of
    "m")); else None."""
    after_code = _CODE_BEFORE.search(text, max(0, start - 5), start) is not None
    if start == 0 or (text[start - 1] not in CURRENCY_BEFORE and not after_code):
        m = _COUNT_SCALE.match(text, end)  # "1m people": a million, not a metre
        return (_MONEY_FACTOR[m.group("scale").lower()], m.end("scale")) if m else None
    m = _MONEY_SCALE.match(text, end)
    return (_MONEY_FACTOR[m.group("scale").lower()], m.end()) if m else None


# A rate after an amount: "$50,000 a year", "3 tonnes [of cheese] a week", "annually".
_PERIODS = {
    "second": 1.0, "minute": 60.0, "hour": 3600.0, "day": 86400.0, "week": 604800.0,
    "month": 2629800.0, "year": 31557600.0, "annum": 31557600.0,
}  # fmt: skip
_PER_ADVERB = {
    "hourly": "hour", "daily": "day", "weekly": "week", "monthly": "month", "yearly": "year",
    "annually": "year",
}  # fmt: skip
_RATE = re.compile(
    rf"(?:\s+of\s+[a-z]+)?\s+(?:(?:a|an|per|each|every)\s+(?P<period>{'|'.join(_PERIODS)})|"
    rf"(?P<adverb>{'|'.join(_PER_ADVERB)}))\b"
    r"(?!\s+(?:ago|earlier|later|before|after|time|times|from|into)\b"  # "a year ago"
    r"|\s+(?:or|and)\s+(?:a|an|half|one|two|three|more)\b)",  # "a day or two", "a year and a half"
    re.I,
)


# The same rate after a count's noun: "12 launches a year", "300 cases a day" (a rate, not a
# total: against "30 launches booked" it is another figure).
_RATE_AFTER_NOUN = re.compile(r"\s+[a-z][a-z-]*" + _RATE.pattern, re.I)
_PERIOD_STEMS = frozenset(stem(period) for period in _PERIODS)


def rate_after(text: str, end: int, *, then: str = "") -> tuple[float, int]:
    """The period of a rate right after an amount ending at ``end``, in seconds, and where
    it ends ("$50,000 a year" -> (31557600.0, end of "year")); (0.0, end) when none. With
    ``then``, the stem of the word after the count's noun, a period word there
    ("12 launches a year": year) is a rate."""
    if then:
        if then not in _PERIOD_STEMS:
            return 0.0, end
        m = _RATE_AFTER_NOUN.match(text, end)
    else:
        m = _RATE.match(text, end)
    if not m:
        return 0.0, end
    period = (m.group("period") or _PER_ADVERB[m.group("adverb").lower()]).lower()
    return _PERIODS[period], m.end()


_PAID_IN = re.compile(r"\s+(?:in|of)\s+([a-z]+)\b(?!-)", re.I)


def paid_in(text: str, end: int) -> str:
    """What a sum of money is paid in ("£2.3m [in tax]", "$5bn [of debt]"), as
    ``Mention.then``, so that "zero tax" or "no debt" is compared with it; else ""."""
    m = _PAID_IN.match(text, end)
    word = m.group(1).lower() if m else ""
    return family(stem(word)) if word and word not in STOP_WORDS else ""


# Words before a temperature that make it a change, not a level: "rose by 2F", "warmed
# 3.6F", "a rise of 2F". A change in Fahrenheit is its factor alone (2F is 1.1C, not -16.7C).
_CHANGED = re.compile(
    r"\b(?:by|rose|risen|rises|fell|fallen|falls|warmed|cooled|increased|decreased|dropped|"
    r"climbed|(?:warming|rise|increase|drop|fall) of)\s+(?:about\s+|around\s+|nearly\s+|"
    r"almost\s+|some\s+|more than\s+|over\s+)?\Z",
    re.I,
)


def changed(text: str, start: int) -> bool:
    """Whether the temperature starting at ``start`` is a change ("rose by [2F]")."""
    return _CHANGED.search(text, max(0, start - 30), start) is not None
