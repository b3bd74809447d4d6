"""forthcoming-visit and live-location: no trip announced before it happens, nothing said while the class is there."""

from __future__ import annotations

from dataclasses import replace

import pytest

from chatbot.policy import check
from tests.drafting import SCHOOL_HOURS, context, draft, findings, report

FORTHCOMING = [
    "Tomorrow Year 6 are off to the museum!",
    "Next week Year 2 will be visiting the farm.",
    "Year 4 are going to the zoo on Friday.",
    "We can't wait for our residential to Kingswood next month.",
    "Coach leaves at 8:30 tomorrow for the theatre trip.",
]
LIVE = [
    "We're at the beach right now!",
    "Year 3 have just arrived at the aquarium.",
    "Year 5 are at the castle today enjoying the sunshine.",
    "Live from the science museum!",
    "On our way to the zoo!",
]
NEITHER = [
    "Year 6 had a wonderful trip to the museum today.",
    "We visited the farm yesterday and fed the lambs.",
    "Don't forget PE kits tomorrow.",
    "Parents' evening is next week.",
    "We are at the end of a busy term.",
    "On our way back to school after a brilliant day at the zoo!",
    "A visit from the fire brigade next week.",
]


@pytest.mark.parametrize("text", FORTHCOMING)
def test_trips_announced_before_they_happen(text: str) -> None:
    assert [f.rule for f in findings(text, "forthcoming-visit")] == ["forthcoming-visit"]
    assert findings(text, "live-location") == []


@pytest.mark.parametrize("text", LIVE)
def test_where_the_class_is_right_now(text: str) -> None:
    assert [f.rule for f in findings(text, "live-location")] == ["live-location"]
    assert findings(text, "forthcoming-visit") == []


@pytest.mark.parametrize("text", NEITHER)
def test_past_trips_and_ordinary_reminders_pass(text: str) -> None:
    assert findings(text, "forthcoming-visit") == [] and findings(text, "live-location") == []


def test_dimple_well_holds_a_live_trip_post_and_blocks_announcements_others_warn_about() -> None:
    text = "We're at the beach right now!"
    assert [f.severity for f in findings(text, "live-location", profile="dimple-well")] == ["warn"]
    assert report(text, profile="dimple-well").trip_hold  # held until the trip lead says the group has left
    assert [f.severity for f in findings(text, "live-location", profile="default")] == ["warn"]
    assert not report(text, profile="default").trip_hold
    text = "Tomorrow Year 6 are off to the museum!"
    assert [f.severity for f in findings(text, "forthcoming-visit", profile="dimple-well")] == ["block"]


@pytest.mark.parametrize(("profile", "held"), [("dimple-well", True), ("use-of-twitter-2018", False)])
def test_the_authors_word_that_it_is_from_a_trip_holds_it_where_trips_are_held(profile: str, held: bool) -> None:
    words = "Year 2 loved the penguins and the sea lions."  # nothing here says where the class is
    said = check(replace(draft(words, at=SCHOOL_HOURS), from_trip=True), context(profile))
    assert said.trip_hold is held and said.from_trip
    assert not report(words, profile=profile).trip_hold  # without the author's word, nothing to hold


LIVE_SAID_OTHERWISE = [
    "As we speak, Year 6 are kayaking across the lake at the outdoor centre!",
    "Waving to you all from platform 2 at Westbury station.",
    "Current location: the penguin enclosure at the zoo.",
    "Checking in from the Science Museum, where Year 5 are exploring.",
    "Lunch stop on the residential: we are sitting on the beach.",
    "Our Year 2s are on the coach and currently stuck in traffic on the A350 near Melksham.",  # a road is no name
    "Live from the Wiltshire School Games at Trowbridge: our relay team are warming up!",  # a place after a name
    "The Year 2 coach has just parked at Cheddar Gorge 🦇",
]
AHEAD_SAID_OTHERWISE = [
    "Reception's farm outing is a week away!",
    "After half term Year 1 have a day at the seaside in Weymouth.",
    "Year 6 leave for three nights in the Brecon Beacons on Monday.",
]
LIVE_SAID_OTHERWISE += [
    "Hi from the bottom of Wookey Gorge! Year 5 are eating lunch by the river.",  # a kind of place after "from"
    "Year 3 are pond dipping near Kennet Lock at the moment.",  # a named place after "near"
    "At this very moment Year 2 are paddling in the sea at Weymouth.",
    "Currently queuing outside Longleat with Year 4 and a lot of excitement!",
    "📍 Stonehenge visitor centre. Year 4 are sketching the stones.",  # a map pin says here
    "Still at the Bath swimming gala with the Year 5 relay team!",
    "Year 2 are out on the playing field this minute for races.",
    # a group there now, the place said otherwise: no "at" before it, a path or a pond, "of", "up on", "as I type"
    "Year 4 are wandering round Avebury at the moment, hugging the stones!",
    "Reception are walking along the canal footpath right now, counting ducks.",
    "As I type, Year 5 are halfway up Bredon Hill with very muddy boots.",
    "Year 1 are up on the Downs at the moment flying kites 🪁",
    "Arrived safely at the PGL centre! Year 6 are unpacking now.",
    "Oak Class are here until 2pm at the farm park, loving the goats.",
]
AHEAD_SAID_OTHERWISE += [
    "Bath Abbey here we come! Year 4 leave straight after register.",
    "Setting off for Lulworth Cove on Friday morning: coats on!",
    "Walking up to the village hall in ten minutes for the history talk.",
    "Year 2 walk down to the library in 15 minutes.",
    "Year 3 travel to Bath on the 14th for the Roman Baths.",
    "Our footballers play Westbury Juniors away next week.",
    "Year 6 head off to Swanage from Monday 8th.",
    "From next term, Year 1 will spend Wednesday mornings at the allotments off Mill Lane.",
    "Our Year 4 choir are off to the Bath Festival next Tuesday 🎶 Good luck, singers!",  # an emoji within
]
PAST_NOT_AHEAD = [
    "Year 6 saw the Mary Rose at Portsmouth on Tuesday and climbed aboard HMS Victory.",  # said of the past
    "See you all on Monday 5 January, ready for the run-up to Easter.",  # a time of year is no place
    "Our football squad were the mascots at Westbury United on Saturday.",
    "Carols by candlelight at Holy Trinity were magical this evening.",
    "Year 4 played 'Ode to Joy' for the governors this afternoon.",
    "Year 5 got back from their residential late on Friday, tired but happy.",
    "Well done to Mrs Hill, who ran the Bath Half on Sunday for the library fund.",
    "Our netball team finished third in the Trowbridge tournament on Saturday.",
    "Rounders this afternoon 🥎 Year 3 have some serious bowling arms!",  # bowling is no alley
    "The reading bear is heading to their classroom next week.",  # a place in school
    "The new fence goes up next week 🏗️ Thank you for your patience with the car park.",  # an emoji ends a sentence
    "Non-uniform day this Friday for Children in Need.",  # the inside of a name is no place
    "Year 3 stepped into the Stone Age 🦣 This afternoon they made cave paintings.",  # made: the past
    "The potatoes are dug 🎃 They'll be going into Mrs Payne's soup on Friday!",  # a person, not a place
    # thanks for a visit, a result, a deed: the past, whatever the weekday
    "Thank you to the rangers at Stourhead for a wonderful morning with Year 3 on Tuesday.",
    "Our Year 6 footballers drew 1–1 away at Frome on Wednesday.",
    "Year 4 braved the drizzle at the Warminster cross-country on Saturday.",
    "Runners-up at the Trowbridge netball tournament on Saturday – well done, girls!",
    # a cause, a gift or classes, not where anyone goes
    "Due to Storm Bert, school will be closed on Monday.",
    "Wear something yellow on Friday: £1 donation to Young Minds.",
    "A warm welcome to our new families in Beech and Cedar Classes – see you on Monday!",
    # visitors to school, gifts and grown-ups going somewhere, a result at home
    "The dental health team visit school on Wednesday 4 February.",
    "Thank you to Avon Fire and Rescue for visiting on Monday.",
    "All the tins collected will go to Frome Food Bank next week.",
    "Our new Year 3 teacher joins us after Easter from a school in Devizes.",
    "A 2–2 draw at home against Warminster this afternoon – what a match!",
]
NOT_LIVE = [  # beside the above: a now that is no group out of school
    "The summer term dates are now on the website, with the INSET day on Friday 6 June.",
    "Power lines are down on the High Street, so school is closed today.",
    "Our wildflower meadow is in full bloom and the bees are loving it.",
    "Congratulations to Mr Church on the safe arrival of his baby daughter!",
]


@pytest.mark.parametrize("text", NOT_LIVE)
def test_a_now_that_is_no_group_out_of_school_is_not_live(text: str) -> None:
    assert not findings(text, "live-location")


@pytest.mark.parametrize("text", LIVE_SAID_OTHERWISE)
def test_where_the_class_is_right_now_said_otherwise(text: str) -> None:
    assert findings(text, "live-location")


@pytest.mark.parametrize("text", AHEAD_SAID_OTHERWISE)
def test_trips_ahead_said_otherwise(text: str) -> None:
    assert findings(text, "forthcoming-visit")


@pytest.mark.parametrize("text", PAST_NOT_AHEAD)
def test_what_has_happened_is_not_announced_ahead(text: str) -> None:
    assert findings(text, "forthcoming-visit") == [] and findings(text, "live-location") == []
