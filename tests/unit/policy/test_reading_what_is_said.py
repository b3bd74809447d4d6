"""Reading a roster word by how it is said, with the 600-pupil corpus roster: a thing after an article, a list
that began with one, a place in a race, a person's title, history's epithets and greetings in tags; each with posts
that must be flagged beside posts that must pass."""

from __future__ import annotations

import pytest

from tests.unit.policy.corpus_roster import flagged, report

# An ordinary word after an article or a word of quantity, with nothing said of a person; a list that began with
# one; a king known by his epithet
A_THING = [
    "Year 1 built a castle with a drawbridge, a moat and a very grumpy King in the tower.",
    "Reception made a Storm in a jar with glitter and water.",
    "Please bring your favourite Star from the Christmas decorations box back to school.",
    "Sheer Joy on the faces in Year 2 when the snow started!",
    "What a Blessing the new minibus has been for our sports teams.",
    "Timetable change: the Ruby, Amber and Jade reading groups swap rooms on Tuesday.",
    "Year 6 learnt how Alexander the Great crossed the mountains with his army.",
]
# Beside them: the same words made children by what they do, a cue, a class, or a list with nothing before it
A_CHILD = [
    "A very proud King showed everyone his swimming certificate.",
    "Well done to Storm for a brilliant assembly.",
    "Star in Year 3 has been a wonderful friend this week.",
    "Joy, Blessing and Ruby were our reading buddies today.",
    "Alexander the great goalkeeper saved three penalties.",
]


@pytest.mark.parametrize("text", A_THING)
def test_an_ordinary_word_said_as_a_thing_passes(text: str) -> None:
    assert not flagged(text, "pupil-name"), report(text).findings


@pytest.mark.parametrize("text", A_CHILD)
def test_the_same_words_said_of_a_child_are_found(text: str) -> None:
    assert flagged(text, "pupil-name"), report(text).findings


def test_the_report_says_what_the_article_made_of_the_word() -> None:
    said = report("We read a story about an Archer and a dragon.")
    info = [f.message for f in said.findings if f.rule == "pupil-name"]
    assert any("'an Archer', a thing" in message for message in info), info


# Places in a race: children's surnames or names after "1st", "2nd"… are a podium; houses named after birds or
# famous people placed the same way are houses; "1st" is never "St"
PODIUM_CHILDREN = [
    "Year 5 boys' 60 m final: 1st Bishop, 2nd Church, 3rd Marsh. Photos of the finish to come!",
    "Spelling bee results – 1st Swan, 2nd Rivers. So proud of all who took part.",
]
PODIUM_HOUSES = [
    "House cup standings after Sports Day: 1st Kestrel, 2nd Wren, 3rd Falcon.",
    "Tug of war: 1st Brunel, 2nd Nightingale, 3rd Seacole – what a pull!",
    "Parents' evenings are on the 1st and 2nd May.",
]


@pytest.mark.parametrize("text", PODIUM_CHILDREN)
def test_childrens_names_placed_in_a_race_are_found(text: str) -> None:
    assert flagged(text, "pupil-name"), report(text).findings


@pytest.mark.parametrize("text", PODIUM_HOUSES)
def test_houses_placed_in_a_race_and_dates_pass(text: str) -> None:
    assert not flagged(text, "pupil-name"), report(text).findings


# A person's title before the name; a role named earlier in the sentence than the house or class
TITLED_CHILDREN = [
    "Year 4 Mathematician of the Month: June, for her brilliant fractions work.",
    "Reader of the Week – Summer, who has finished the whole series!",
    "The highest scorer in this week's house spelling test was Marsh, with 20 out of 20.",
]
TITLED_THINGS = [
    "Word of the Week: Hope. What does it mean to you?",
    "Value of the month – Joy. Ask your child how they have shown it.",
    "The house with the most points this week was Marsh house.",
]


@pytest.mark.parametrize("text", TITLED_CHILDREN)
def test_a_name_after_a_persons_title_is_a_child(text: str) -> None:
    assert flagged(text, "pupil-name"), report(text).findings


@pytest.mark.parametrize("text", TITLED_THINGS)
def test_a_word_after_a_values_title_or_a_named_house_passes(text: str) -> None:
    assert not flagged(text, "pupil-name"), report(text).findings


# A greeting or a person's word in a tag makes the name a child; a festival greeted is the festival; words and
# digits joined in a tag are split ("Rose100Books"), a digit inside a name is still a disguise
TAGGED_CHILDREN = [
    "First day of Forest School ☀️ #HappyIvy",
    "Times tables champion of Year 4 #SpellingWhizzJade",
    "What a reader 📚 #ImogenSwan50Books",
    "Jo5hua in Year 2 read every night this term.",
]
TAGGED_FESTIVALS = [
    "#HappyEaster from everyone at school 🐣",
    "#MerryChristmas and see you in January!",
    "Our leavers' assembly is on Friday #Year6Leavers2026",
]


@pytest.mark.parametrize("text", TAGGED_CHILDREN)
def test_a_name_in_a_tag_after_a_greeting_or_a_persons_word_is_found(text: str) -> None:
    assert flagged(text, "pupil-name"), report(text).findings


@pytest.mark.parametrize("text", TAGGED_FESTIVALS)
def test_a_festival_greeted_in_a_tag_passes(text: str) -> None:
    assert not flagged(text, "pupil-name"), report(text).findings


# A book read, a piece performed, a story told; a firm named with a roster surname first; a team called after a
# place
SAID_AS_A_WORK_OR_FIRM = [
    "Year 5 have started reading Matilda and love Miss Honey already.",
    "The recorder group performed Ode to Joy at the spring concert.",
    "In RE we heard the story of Khadija and talked about honesty.",
    "Thank you to Cooper Roofing for mending the canopy over half term.",
    "Sports relief relay: Team Paris beat Team Kenya by a whisker.",
]
# Beside them: a child read to or whose own work is read, a child surnamed so and named in full, a team tag
SAID_OF_A_CHILD = [
    "Mrs Day read Matilda a story at the end of the day.",
    "We loved reading Matilda's poem about autumn leaves.",
    "Well done to Fletcher for a brilliant story about a dragon.",
    "Come on #TeamParis in the Year 4 relay!",
]


@pytest.mark.parametrize("text", SAID_AS_A_WORK_OR_FIRM)
def test_a_work_a_firm_or_a_team_named_with_a_roster_word_passes(text: str) -> None:
    assert not flagged(text, "pupil-name") and not flagged(text, "targeted-content"), report(text).findings


@pytest.mark.parametrize("text", SAID_OF_A_CHILD)
def test_a_child_read_to_or_cheered_on_is_found(text: str) -> None:
    assert flagged(text, "pupil-name"), report(text).findings


# Prizes given to each of a list, work made by a child, a tag that tips a hat; beside them a deadline and a list
# of months with no prize
GIVEN_OR_MADE_BY_A_CHILD = [
    "Pen licences this week went to Summer, April and Hope – beautiful joins!",
    "The giant sunflower on the display was drawn by Autumn in Year 2.",
    "Kindest classmate this week… #HatsOffToIvy",
]
A_TIME_OR_A_LIST_OF_MONTHS = [
    "Costumes need to be made by Friday, please.",
    "Projects to be finished by Easter – no rush!",
    "Our swimming lessons run through April, May and June.",
]


@pytest.mark.parametrize("text", GIVEN_OR_MADE_BY_A_CHILD)
def test_a_child_given_a_prize_or_making_something_is_found(text: str) -> None:
    assert flagged(text, "pupil-name"), report(text).findings


@pytest.mark.parametrize("text", A_TIME_OR_A_LIST_OF_MONTHS)
def test_a_deadline_or_a_list_of_months_passes(text: str) -> None:
    assert not flagged(text, "pupil-name"), report(text).findings


# An ordinary word with nothing said of it beside, in a post that speaks of one person as he or she: the post is
# about that child (parsloes blocks content aimed at one child while a forename alone only warns)
ABOUT_ONE_CHILD = [
    "Lovely to welcome Blessing back to Year 4 after her broken wrist.",
    "Is there anything Ivy cannot do? Yesterday she built a bird box from scratch.",
]
ABOUT_A_THING_OR_A_GROWN_UP = [
    "Is there anything Ivy cannot do? It has climbed the whole south wall of the hall.",  # no he or she
    "Is there anything Destiny cannot do? Mrs Day says she has never known a season like it.",  # a grown-up's she
]


@pytest.mark.parametrize("text", ABOUT_ONE_CHILD)
def test_a_post_about_one_child_spoken_of_as_she_is_aimed_at_her(text: str) -> None:
    assert flagged(text, "targeted-content", "parsloes"), report(text, "parsloes").findings


@pytest.mark.parametrize("text", ABOUT_A_THING_OR_A_GROWN_UP)
def test_a_word_beside_no_pronoun_or_beside_a_grown_up_is_aimed_at_no_child(text: str) -> None:
    assert not flagged(text, "targeted-content", "parsloes"), report(text, "parsloes").findings


# A forename's possessive before a capitalised word that names the thing: a charity, a firm, a book
NAMED_AFTER_SOMEONE = [
    "Thank you to everyone who gave to Mary's Meals at the harvest service.",
    "Name labels from Mabel's Labels are 10% off for our families this month.",
]
# Beside them: what a child has or made, a brand a child owns, a topic
A_CHILDS_OWN = [
    "Look at Poppy's Lego model of the school – every window is there!",
    "Ruby's Christmas card was chosen for the office window.",
    "Poppy's Great Fire of London model has a working drawbridge.",
]


@pytest.mark.parametrize("text", NAMED_AFTER_SOMEONE)
def test_a_possessive_that_names_a_charity_or_a_firm_passes(text: str) -> None:
    assert not flagged(text, "pupil-name"), report(text).findings


@pytest.mark.parametrize("text", A_CHILDS_OWN)
def test_a_possessive_of_what_a_child_has_or_made_is_found(text: str) -> None:
    assert flagged(text, "pupil-name"), report(text).findings
