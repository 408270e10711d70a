"""The antonym groups of plain words (directions, changes, qualities, seasons): any word
of one side contradicts any word of the other. Decisions and judgements, which act on an
object, are in ``lexicon``. Moved out of ``lexicon`` (which builds ``ANTONYMS``)."""

from __future__ import annotations

ANTONYM_SIDES: tuple[tuple[str, str], ...] = (
    ("optimistic hopeful confident upbeat", "skeptical sceptical pessimistic doubtful"),
    ("leave left depart departed withdraw withdrew withdrawn exit", "remain remained stay stayed"),
    ("east eastern", "west western"),
    ("north northern", "south southern"),
    (
        # "pickup": "picked up" (``wordsplit``), a rise and a quickening ("Inflation picked
        # up" against "fell" and against "slowed").
        "increase increased rise rose risen raise raised grow grew grown gain gained boost pickup"
        " climb climbed soar soared surge surged jump jumped double doubled triple tripled"
        " leap leapt spike spiked swell swelled rebound rebounded",
        "decrease decreased decline declined fall fell fallen drop dropped shrink shrank"
        " shrunk reduce reduced lose lost lower lowered plunge plunged plummet plummeted"
        " slump slumped tumble tumbled sink sank cut halve halved slide slid slip slipped"
        " dip dipped sag sagged contract contracted ease eased collapse collapsed",
    ),
    ("double doubled triple tripled quadruple quadrupled", "halve halved"),
    # What a product or a plan keeps or loses: "keeps the headphone jack" / "drops it".
    (
        "keep keeps kept retain retains retained",
        "drop drops dropped scrap scraps scrapped ditch ditches ditched remove removes removed",
    ),
    ("more", "less fewer"),
    ("better improve improved improving", "worse worsen worsened worsening"),
    ("gain gains", "loss losses"),
    # "made a profit of $3m" against "a loss of $3m"; not the verb "lost", a defeat as often
    # ("The club lost 3-1" / "made a profit of £3m" is no clash).
    ("profit profits profitable", "loss losses lossmaking"),
    ("ahead", "behind"),
    ("widen widened wide wider", "narrow narrowed narrower"),
    ("majority", "minority"),
    ("higher", "lower"),
    ("warm warmer warming warmed heat", "cool cooler cooling cooled"),
    # Records of the weather, compared ("the wettest spring" / "the driest spring"); not the
    # plain words, which name things ("dry ice", "a wet market").
    ("hotter hottest", "colder coldest"),
    ("wetter wettest", "drier driest dryer"),
    ("win won victory", "lose lost defeat defeated"),
    ("true correct accurate", "false incorrect wrong inaccurate"),
    ("before earlier prior", "after later"),
    ("first", "last"),
    ("open opened", "close closed shut"),
    ("start started begin began", "end ended stop stopped finish"),
    ("success successful succeed", "failure fail failed unsuccessful"),
    ("safe safety", "dangerous unsafe hazardous"),
    ("effective efficacious beneficial benefit", "ineffective harmful useless"),
    ("positive", "negative"),
    ("surplus surpluses", "deficit deficits shortfall shortfalls"),
    ("highest", "lowest"),
    ("above", "below"),
    # "higher than in 2019" against "remained below 2019 levels". Not "above" against
    # "lower": "lowered" is a verb as often ("emissions were lowered" / "above 2 °C").
    ("higher", "below"),
    ("maximum max", "minimum min"),
    # "The deficit widened" is "grew", "narrowed" is "shrank".
    ("expand expanded widen widened", "contract contracted shrink shrank shrunk narrow narrowed"),
    ("present", "absent"),
    # "found him guilty" against "acquitted him": the verdict, not the verb of deciding.
    ("guilty", "innocent acquitted acquittal"),
    ("alive survived", "dead died killed"),
    ("cause caused", "prevent prevented"),
    ("large larger big bigger major", "small smaller minor"),
    ("largest biggest", "smallest"),
    ("long longer", "short shorter"),
    ("fast faster fastest rapid quickest", "slow slower slowest"),
    ("wet wetter", "dry drier"),
    ("thicken thickening", "thin thinning"),
    (
        "accelerate accelerated accelerating quicken quickened pickup",
        "decelerate decelerated slow slowed slowing ease eased easing",
    ),
    ("melt melting", "freeze freezing"),
    ("attack attacked", "defend defended"),
    ("arrest arrested", "release released"),
    ("include included", "exclude excluded"),
    ("same", "different"),
    ("always", "never"),
    ("all", "none"),
    ("import imported", "export exported"),
    ("buy bought", "sell sold"),
    ("friend ally", "enemy foe"),
    ("peace", "war"),
    ("legal lawful", "unlawful"),
    ("public", "private"),
    ("rich wealthy", "poor"),
    # A comparison and a change go together ("stronger" / "weakened"); "strong" and
    # "weak" say how something is, not how it changed ("tends to weaken" / "a strong wind").
    ("stronger strengthen strengthened", "weaker weaken weakened"),
    ("strong", "weak"),
    ("high", "low"),
    # "reached a record high" against "fell to their lowest level" (after the group above).
    # Not "highest" against "low": "at highest risk" / "levels were low" is said of two
    # things (a HealthVer supporting passage turned contradicts when tried).
    ("high", "lowest"),
    ("cheap inexpensive", "expensive costly"),
    ("likely", "unlikely"),
    ("full", "empty"),
    ("common frequent", "rare uncommon"),
    ("many", "few"),
    ("early", "late"),
    # Seasons: any two differ ("fall" is left out: it is far more often a verb).
    ("spring", "summer autumn winter"),
    ("summer", "autumn winter"),
    ("autumn", "winter"),
)
