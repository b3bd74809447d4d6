"""Words that make a name a person: what people do, have achieved or are doing, and the pronouns said of them."""

from __future__ import annotations

PERSON_VERBS = frozenset(
    "has had was did won wins scored scores made makes wrote writes drew draws played plays showed shows worked "
    "works read reads achieved received receives earned earns completed completes got gets came comes finished "
    "finishes performed performs sang sings danced dances ran runs swam swims helped helps tried tries managed "
    "produced created designed built builds painted paints told tells asked asks brought brings shared shares "
    "loves loved enjoys enjoyed learnt learned learns gave gives climbed counted captained raised reached passed "
    "represented led leads took takes caught found kept spoke thought threw went goes taught celebrated "
    "celebrates joined joins settled starts started turned turns is looked looks spotted spots visited baked "
    "cooked practised tidied organised volunteered welcomed presented explained introduced recited answered solved "
    "invented hosted opened doubled saved saves netted assisted defended tackled kicked converted equalised "
    "smiled laughed chose chooses decided decides remembered remembers noticed notices listened listens said says "
    "wore wears waved waves cheered cheers volunteered stood sat knew hit hits rode rides top-scored batted bowled "
    "knitted collected spelled spelt".split()
)

IRREGULAR_PAST = frozenset("lost broke fell grew hid held left met slept spent tore woke forgot fought felt".split())

AUXILIARIES = frozenset("has had was is".split())  # "Hope is our value": a person only with he/she/his/her

# What a child has done or had done to them: "April has won", "Mason has been chosen"; not "Ivy has taken over".
ACHIEVED = frozenset(
    "won scored achieved earned passed completed finished worked written drawn made built raised reached learnt "
    "learned chosen selected picked awarded given settled helped grown represented performed swum run read "
    "sung danced painted created designed received gained become joined knitted baked sewn sewed crafted composed "
    "coded invented organised collected donated memorised mastered beaten broken shown proved".split()
)

# Between a verb and what was done: "has now read", "was finally awarded", "has also been chosen"
ADVERBS = frozenset("now just also already finally even really recently since then always never".split())

# What a person spends time doing: "Hazel has been reading to…", "Paris has been learning French"; not "growing"
PERSON_ING = frozenset(
    "reading learning helping practising practicing writing teaching training singing dancing drawing painting "
    "performing playing working revising baking cooking volunteering coding knitting competing telling asking "
    "sharing showing explaining leading".split()
)

DETERMINERS = frozenset("her his the a an their our".split())

PRONOUNS = frozenset("he she his her him himself herself".split())

FAMILY = frozenset("twins twin family families brothers brother sisters sister children household".split())
