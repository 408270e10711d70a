"""Irregular past forms and their verbs, for the cues that compare a verb across tenses:
"The ceasefire held" against "failed to hold", "knew about the leak" against "denied
knowing about it", "Rents rose" against "could rise". Snowball stems leave these apart
("held" / "hold"); the antonym lists name their own irregular forms."""

from __future__ import annotations

from factcheck.workspace import stem

_PAST = """
held:hold met:meet paid:pay knew:know known:know sold:sell bought:buy told:tell kept:keep
began:begin begun:begin ran:run found:find brought:bring built:build sent:send spent:spend
led:lead fought:fight caught:catch taught:teach took:take taken:take gave:give given:give
went:go gone:go saw:see seen:see wrote:write written:write spoke:speak spoken:speak
chose:choose chosen:choose drove:drive driven:drive stood:stand understood:understand
rose:rise risen:rise fell:fall fallen:fall grew:grow grown:grow won:win lost:lose
left:leave shrank:shrink shrunk:shrink sank:sink sunk:sink struck:strike threw:throw
thrown:throw broke:break broken:break froze:freeze frozen:freeze hid:hide hidden:hide
"""
LEMMA: dict[str, str] = {
    stem(past): stem(verb) for past, verb in (pair.split(":") for pair in _PAST.split())
}


_FORMS: dict[str, set[str]] = {}
for _past, _verb in LEMMA.items():
    _FORMS.setdefault(_verb, {_verb}).add(_past)


def forms(verb_stem: str) -> frozenset[str]:
    """The stems of a verb and its irregular past forms ("fall" -> "fall", "fell",
    "fallen"), for a quick look in a set of stems."""
    return frozenset(_FORMS.get(verb_stem, {verb_stem}))


def lemma(word_stem: str) -> str:
    """The stem of a past form's verb ("held" -> "hold"), else the stem itself."""
    return LEMMA.get(word_stem, word_stem)
