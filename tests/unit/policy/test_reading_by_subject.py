"""Reading a roster word by what the post is about, with the 600-pupil corpus roster: chess, the garden, worship,
houses, sport, Bible stories, festivals greeted, registers and results; each capability with posts that must be
flagged beside posts that must pass."""

from __future__ import annotations

import pytest

from tests.unit.policy.corpus_roster import flagged, report

# A forename that is a word of the subject the post is about (chess, the garden, worship and values, the weather),
# beside the same names made children by a cue, a class, a deed or a pronoun
SUBJECT_WORDS = [
    "Chess club: remember to castle early and keep your King behind a wall of pawns.",
    "The allotment is looking lovely, though the Holly by the gate needs pruning.",
    "Our seedlings are up! Rose and Ivy are climbing the new trellis by the compost bins.",
    "In collective worship we thought about what Joy looks like at home.",
    "PSHE this week: Hope, Grace and gratitude, and why they matter.",
    "Met Office warning for tomorrow: Storm is due to bring wind and rain by lunchtime.",
    "Chess club puzzle: the Queen takes the Rook, then the King runs for the corner.",  # what pieces do
]
SUBJECT_CHILDREN = [
    "Chess club: King in Year 5 won every game this week!",  # a class
    "Gardening club: well done Holly for weeding the whole border.",  # a cue
    "In the garden today Ivy showed us her sunflower seeds.",  # a pronoun in the sentence
    "Gardening club: Rose planted the bulbs all by herself.",  # a deed
    "In worship, Grace read her own prayer to the whole school.",
    "Chess club final: Bishop beat King in a nail-biting endgame.",  # one player beating another
    "Poppy, Daisy and Holly are our new garden helpers this term.",  # a person's word in the sentence
    "Our closing prayer was written and read by Grace in worship today.",  # done by the name
    "Joy has earned a values certificate in assembly.",  # an achievement after "has"
    "Chess club: King loves a tricky endgame puzzle.",  # something only a person does, in the present
]


@pytest.mark.parametrize("text", SUBJECT_WORDS)
def test_a_subjects_word_in_a_post_about_it_passes(text: str) -> None:
    assert not flagged(text, "pupil-name"), report(text).findings


@pytest.mark.parametrize("text", SUBJECT_CHILDREN)
def test_a_child_named_like_a_subjects_word_is_found(text: str) -> None:
    assert flagged(text, "pupil-name"), report(text).findings


# Set phrases and brands, a heading before a cue, characters listed with a known one, a place thanked for a visit
NOT_A_CHILD_HERE = [
    "Our Jacob's Join is on Friday – bring a dish to share!",
    "Spotted in lost property: one Hunter welly, size 12.",
    "Book week: we're hoping to meet Shrek, Matilda and Rapunzel in the hall!",
    "Thanks, Chester, for a wonderful day out – Year 4 loved the zoo!",
    "Hope in Space is our Year 4 production next week – tickets from the office.",  # a title said to be the show
    "Tonight's show: 'Oliver!' – 'Here we go' sang the whole cast.",  # a title, then a line of a song: no register
]
# Beside them: a child back in a class, thanked then "she", a sport's deed, an award tag, a story that is no Bible
# story, a list with no character in it
A_CHILD_HERE = [
    "Lovely to have Storm back in Reception after her broken arm.",
    "We'd like to thank June for painting the backdrop 🎭 She worked so hard!",
    "U9 rugby: a superb try by Nightingale just before half time.",
    "Year 6 cricket: Sunday and Knight shared a partnership of 52 against Hilltop.",
    "Reading champions this week #PrizeWinnerIvy",
    "Ask about Noah and the football match on Saturday!",
    "Great to see Matilda, Noah and Jacob at the disco!",
    "Thanks, Chester, for carrying the first-aid bag all afternoon!",
    "Storm Lewis is our Year 2 show's narrator.",  # a full name is never a title's
    "Hope in Year 4 is our production's star.",
    "Morning register in Year 2: 'April?' – 'Here, Miss!'",  # called on the register and answering
]


@pytest.mark.parametrize("text", NOT_A_CHILD_HERE)
def test_a_roster_word_in_a_set_phrase_list_or_visit_passes(text: str) -> None:
    assert report(text).verdict != "block", report(text).findings


@pytest.mark.parametrize("text", A_CHILD_HERE)
def test_a_child_is_found_in_such_phrasings(text: str) -> None:
    assert flagged(text, "pupil-name"), report(text).findings


def test_a_heading_before_a_cue_for_someone_else_is_not_the_target() -> None:
    assert not flagged("Bulletin: well done to Year 3 for a brilliant assembly.", "targeted-content")
    assert flagged("Amelia: congratulations on your swimming badge!", "targeted-content")


# Houses called after trees and birds praised in a house post, a language learnt, a brand on a menu, a month's
# figures, a staff member's new baby, a team's results
CLEAN_AGAIN = [
    "Cedar House won sports day! Hard luck to Elm and Ash – a great effort from everyone.",
    "House points this week: congratulations, Heron! Just four points behind: Robin.",
    "Year 2 love learning French 🇫🇷 Ask them to count to ten!",
    "Pudding today is sticky toffee sponge with Bird's custard.",
    "Read all about it: April's attendance figures and the summer dates are in the newsletter.",
    "Miss Green is delighted to announce the birth of her baby son, Jacob. Both are doing well!",
    "Our netball squad won 5, drew 2 and lost 2 🏐 the best season yet!",
]
# Beside them: a child in a short year group, a surname with no ordinary meaning named beside a class, and a
# month's possessive of something a child made
FLAGGED_AGAIN = [
    "Fantastic effort from Prince in Y3, who has earned his reading badge.",
    "The best speller in the house challenge was Achterberg in Year 5.",
    "April's painting of the harbour won first prize in the art show, and she was thrilled.",
]


@pytest.mark.parametrize("text", CLEAN_AGAIN)
def test_houses_languages_brands_months_babies_and_results_pass(text: str) -> None:
    assert report(text).verdict != "block", report(text).findings


@pytest.mark.parametrize("text", FLAGGED_AGAIN)
def test_a_child_in_a_short_year_group_or_with_a_month_name_is_flagged(text: str) -> None:
    assert flagged(text, "pupil-name"), report(text).findings


# A sport's deed makes a surname or a calendar word a child: in goal, touched first, a race won by, a top board
SPORT_DEEDS = [
    "Under-9s: Christmas was solid in goal all afternoon.",
    "Swimming gala: Nightingale touched first in the 50m freestyle.",
    "Cross-country: the boys' race was won by Marsh, well ahead of the pack.",
    "Chess club: Friday, our top board, won in fourteen moves.",
]
# Beside them: a competition won by a class
NO_SPORT_DEED = [
    "The Christmas jumper competition was won by Year 3.",
]


@pytest.mark.parametrize("text", SPORT_DEEDS)
def test_a_sports_deed_makes_a_word_a_child(text: str) -> None:
    assert flagged(text, "pupil-name"), report(text).findings


@pytest.mark.parametrize("text", NO_SPORT_DEED)
def test_a_ranking_or_a_class_winning_is_no_deed(text: str) -> None:
    assert report(text).verdict != "block", report(text).findings


# In a post about the garden, a chore done to something makes the plant's name a child; the plant still grows
GARDEN_CHORES = [
    "Garden club news: Holly waters the tomatoes every lunchtime.",
    "Ivy runs the seed swap at the garden gate this Friday.",
]
GARDEN_PLANTS = [
    "Our garden is looking lovely: Ivy runs along the back fence and the Holly has berries.",
]


@pytest.mark.parametrize("text", GARDEN_CHORES)
def test_a_chore_done_to_something_makes_a_plant_name_a_child(text: str) -> None:
    assert flagged(text, "pupil-name"), report(text).findings


@pytest.mark.parametrize("text", GARDEN_PLANTS)
def test_a_plant_doing_what_plants_do_passes(text: str) -> None:
    assert report(text).verdict != "block", report(text).findings


# Two Bible names together are a story ("Mary and Joseph") until they do something: then they are two children
BIBLE_PAIRS_WHO_DID = [
    "Samuel and Isaac washed all the paint pots after art.",
    "Jacob and Daniel built a bug hotel by the pond.",
]
BIBLE_PAIRS_IN_A_STORY = [
    "Our nativity retold how Mary and Joseph found no room at the inn.",
    "Cain and Abel was the story in Monday's assembly.",
]


@pytest.mark.parametrize("text", BIBLE_PAIRS_WHO_DID)
def test_two_bible_names_who_did_something_are_children(text: str) -> None:
    assert flagged(text, "pupil-name"), report(text).findings


@pytest.mark.parametrize("text", BIBLE_PAIRS_IN_A_STORY)
def test_two_bible_names_in_a_story_pass(text: str) -> None:
    assert report(text).verdict != "block", report(text).findings


# A festival greeted, a place people come from, a word shouted, an animal's or a grown-up's name: each is that thing,
# even where a later "He is risen" or a verb after it would otherwise make it a child
PLAIN_WORDS = [
    "Merry Christmas to every family! He was born in a stable, and we sang about it at the carol service.",
    "Blessed Easter to our church families. He is risen, and so are the daffodils by the gate.",
    "Grandparents from Lincoln joined us for the harvest picnic and brought apples.",
    "Visitors from Chester helped plant the new hedge along the field.",
    "Please note the library WILL close early on Friday for stocktaking.",
    "The farm visit was a hit: Bear the pony let every child brush his mane.",
    "Our assembly guest was a Tudor knight called Joseph, who showed us his armour.",
]
THE_SAME_WORDS_A_CHILD = [
    "Christmas has been our star reader all week, finishing six books.",
    "Easter was the first to finish the cross-country course in Year 2.",
    "A brilliant goal from Wales, who was our player of the match.",
    "Thank you to Chester in Year 4 for tidying the book corner.",
    "Daisy made the class laugh with her joke about a calf.",
    "Well done WILL for a brilliant first swimming badge!",
    "Joseph read his poem to the whole of Year 5 today.",
]


@pytest.mark.parametrize("text", PLAIN_WORDS)
def test_a_festival_a_place_a_shout_or_an_animal_is_no_child(text: str) -> None:
    assert not flagged(text, "pupil-name") and not flagged(text, "targeted-content"), report(text).findings


@pytest.mark.parametrize("text", THE_SAME_WORDS_A_CHILD)
def test_the_same_words_said_of_a_child_are_flagged(text: str) -> None:
    assert flagged(text, "pupil-name") or flagged(text, "targeted-content"), report(text).findings


# Surnames listed after a colon under a class's register or results are children; a list of houses' scores, of
# values, or an instruction after a colon is not
CLASS_RESULTS = [
    "Year 3 spelling bee winners this week: Marsh and Bishop, with full marks!",
    "Reception register for the last day of term: Wales – here, ready for the holidays!",
]
NO_CLASS_RESULTS = [
    "Year 5 house points this week: Swan 412, Wren 398 and Kestrel 377.",
    "Our Year 2 values this term: Hope, Joy and Peace.",
    "Top tip from Year 6: Park at the leisure centre on sports day.",
]


@pytest.mark.parametrize("text", CLASS_RESULTS)
def test_surnames_in_a_class_register_or_results_are_children(text: str) -> None:
    assert flagged(text, "pupil-name"), report(text).findings


@pytest.mark.parametrize("text", NO_CLASS_RESULTS)
def test_scores_values_or_an_instruction_after_a_colon_pass(text: str) -> None:
    assert report(text).verdict != "block", report(text).findings


# "the only X in Year N" singles out one child without a name, whatever the noun; a class, a time or a group does not
THE_ONLY_ONE = [
    "The only left-hander in Year 5 showed us how to hold a pen.",
    "Our only cellist in Year 6 played at the leavers' concert.",
]
THE_ONLY_THING = [
    "The only trip in Year 6 this term is to the Science Museum.",
    "The only children in Year 2 who had not yet swum got their badges today.",
]


@pytest.mark.parametrize("text", THE_ONLY_ONE)
def test_the_only_one_in_a_year_group_is_one_child(text: str) -> None:
    assert flagged(text, "targeted-content"), report(text).findings


@pytest.mark.parametrize("text", THE_ONLY_THING)
def test_the_only_trip_or_group_in_a_year_is_no_child(text: str) -> None:
    assert not flagged(text, "targeted-content"), report(text).findings


# A story's own things in the plural name the story too ("our beanstalks"), so its character is the character; the
# same name said to be in a class is still a child
STORY_THINGS_PLURAL = [
    "Year 1 grew giant beanstalks this spring, and Jack would have loved climbing them!",
]
STORY_THINGS_AND_A_CHILD = [
    "Our beanstalks are growing! Jack in Reception measured his every morning.",
]


@pytest.mark.parametrize("text", STORY_THINGS_PLURAL)
def test_a_character_beside_the_story_s_things_in_the_plural_passes(text: str) -> None:
    assert not flagged(text, "pupil-name"), report(text).findings


@pytest.mark.parametrize("text", STORY_THINGS_AND_A_CHILD)
def test_a_child_beside_the_story_s_things_is_flagged(text: str) -> None:
    assert flagged(text, "pupil-name"), report(text).findings
