"""Places that stand for one another in news text (split from ``lexicon``)."""

from __future__ import annotations

# A capital (or seat of government) stands for its country in news text ("Moscow said",
# "talks in Russia"): such a pair is not a swapped name. Country -> its other names.
_PLACES = """
russia: moscow kremlin russian
ukraine: kyiv kiev ukrainian
belarus: minsk belarusian
poland: warsaw polish
us: usa america american washington states
uk: britain england london british downing
france: paris french elysee
germany: berlin german
china: beijing chinese
japan: tokyo japanese
italy: rome italian
spain: madrid spanish
turkey: ankara turkish
iran: tehran iranian
israel: jerusalem israeli
india: delhi indian
canada: ottawa canadian
australia: canberra australian
lithuania: vilnius lithuanian
latvia: riga latvian
estonia: tallinn estonian
hungary: budapest hungarian
czechia: prague czech
austria: vienna austrian
switzerland: bern swiss
sweden: stockholm swedish
norway: oslo norwegian
finland: helsinki finnish
denmark: copenhagen danish
greece: athens greek
portugal: lisbon portuguese
ireland: dublin irish
netherlands: amsterdam hague dutch
belgium: brussels belgian
romania: bucharest romanian
bulgaria: sofia bulgarian
moldova: chisinau moldovan
georgia: tbilisi georgian
iraq: baghdad iraqi
syria: damascus syrian
egypt: cairo egyptian
saudi: riyadh saudi
korea: seoul pyongyang korean
brazil: brasilia brazilian
"""
PLACE_OF: dict[str, str] = {}
for _line in _PLACES.strip().splitlines():
    _country, _names = _line.split(":")
    for _name in (_country, *_names.split()):
        PLACE_OF[_name] = _country
