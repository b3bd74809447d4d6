"""Reading a roster word in its context, with the 600-pupil corpus roster (tests/data/names/): what is said of a
name, lists of classes and values, tags with and without cues, initials, disguised letters; each capability with
posts that must be flagged beside posts that must pass."""

from __future__ import annotations

import pytest

from bench.names_corpus import MONDAY, context
from chatbot.approval.draft import Draft
from chatbot.policy import check
from chatbot.policy.finding import Report


def report(text: str, profile: str = "default") -> Report:
    return check(Draft(text, MONDAY), context(profile))


def flagged(text: str, rule: str, profile: str = "default") -> bool:
    return any(f.rule == rule and f.severity != "info" for f in report(text, profile).findings)


NAMED = [
    "Autumn, who turned seven today, chose the class story.",  # "who" is said of a person
    "Daisy has been a wonderful friend to the new starters.",  # a person noun after the verb
    "Storm was the first to finish the cross-country course.",
    "Hope has been helping the library team every lunchtime.",  # "has been" + doing something to someone
    "Eid Mubarak, Aisha, from all of Year 4!",  # a comma between: "Mubarak Aisha" is no one else's name
    "Chester is having a great time in the reading corner.",
    "HAPPY BIRTHDAY TO MARY OKONKWO!",  # shouting does not make a run of words a name of something
    "Big cheers for ʜᴀᴢᴇʟ at the gala!",  # small capitals read as capitals
    "𝐒𝐤𝐲𝐞 𝐌𝐚𝐜𝐃𝐨𝐧𝐚𝐥𝐝 read to the whole school.",  # MacDonald is not split as camel case
    "What a fantastic day! #happybirthdayprince",  # a cue in the tag, then a word-name
    "Sponsored walk done! #teamreign",
    "Medals all round! #MarshTwins",
    "Lovely reviews from @otisswanreads this week.",  # a full name joined inside a handle
    "Photos shared by @luna_rivers_art after the match.",  # underscores
    "Bishop and Holland scored for Year 6.",  # not a reading starting with "Bishop"
    "A brilliant save from Nightingale kept us in the match.",
    "India's Year 6 speech was thoughtful.",  # "Year 6" ends no name
    "Well done J. Patel for a lovely poem.",  # one initial: still a pupil's surname
    "Willow has just won the poetry prize for Key Stage 1.",  # an adverb between the verb and what was done
    "Hazel has been teaching Year 1 how to fold paper boats.",  # what a person spends time doing
    "Can you see June in the back row? She painted the whole backdrop.",  # she, opening the next sentence
    "Smiles all round from May and April after their first swimming badges.",  # two joined, then "their"
    "Thanks for everything, Austin. Good luck at your new school.",  # spoken to, after a place's reading
    "Well done Orlaith OConnor on your certificate.",  # the apostrophe of O'Connor left out
    "Chester was the standout performer at the chess tournament.",
    "Writing to Father Christmas was fun. April Roberts asked for a pony.",  # a title's name ends with its sentence
    "Sports day winners! #GoSummer",  # a cheer leading the tag
    "Ready for kick-off ⚽ #CaptainSkye",  # a title a child may hold, in a tag
    "A hat-trick from our striker Bishop in the cup match.",  # a person's role before a surname
    "Swan hit the winning run in the last over.",
    "Storm in Reception can now tie her own laces!",  # a class ends a name's run ("Storm Darragh" is a storm)
    "Netball: goals from Friday, Nightingale and Knight in the second half.",  # a line-up
    "Football v Westbury: Swan in goal, Chester and Love at the back.",  # positions
    "Top of the times-tables leaderboard this week: Nightingale, with 96 correct.",  # a prize of sorts
    "Another star in Year 1 today! #BrilliantRiver",
    "Hope in Robins read her first chapter book this week.",  # a class named after birds, in the plural
    "First place: Swan (Herons), by a good ten metres.",
    "Our Star Reader this week is Autumn, who has read every night.",
    "A lovely moment in Rowan Class today: Storm read her first sentence!",  # named after a class, then doing
    "Our leaver of the year: #HollyMarshY6",  # a class code after the name in a tag
    "Pr1nce 0wusu was our sports captain of the week.",  # a digit for the first letter
    "Storm in Darwin Class wrote her name without help today!",  # a class called after someone, after the child
    "Joy from Merlins has been a star helper at lunchtime.",  # any class called after birds, in the plural
    "June from Red Kites is our sports leader this month.",  # a two-word class
    "Prince in Falcons scored the winning goal on Tuesday.",
    "Our new Year 6 librarian is June: ask her for a recommendation!",  # a role, then "is"
    "Year 4's Pupil of the Week is Prince, for brilliant teamwork.",
    "Attenborough Class Reader of the Week is April, for reading every night.",  # a class's role, not a class named
    "Rowan Class's Star of the Week is Brooklyn, who has been a fantastic buddy.",  # what a class has, not its name
    "Cross-country, Year 4 girls: 1st place – Nightingale, in a record time!",  # a place in a race
    "Year 5 register this morning: Sunday was the first in, as always.",  # first in, like first to finish
    "Year 3 sports report: Wales was first home in the county cross-country.",
    "Chess team register: Christmas on board one tonight.",  # a player's board, like "in goal"
    "Cricket: English (Year 5) bowled three maidens in a row.",  # a class, then what a child did: no lesson
    "Year 6 cricket: Bishop top-scored with 32 not out.",  # a hyphenated deed
    "Big news from Year 1: Autumn lost her first tooth in phonics!",  # an irregular past, then her
    "Medical forms still needed from: Christmas, Chester and Bishop.",  # children listed as owing something
]
ORDINARY = [
    "Oak and Hazel classes planted bulbs by the gate.",
    "Our houses, Nightingale, Wren, Robin and Swift, raised £400. Nightingale raised the most!",
    "Our school values are Love, Joy, Peace and Faith.",
    "Our Christian value this term is Faith.",
    "In Advent we reflect on Hope, Peace, Joy and Love.",
    "Year 2 read 'Ruby's Worry' together and talked about worries.",
    "We loved C.S. Lewis's Narnia stories this term.",
    "Storm Darragh closed the field, so PE was in the hall.",
    "The Angel Gabriel's halo survived all three shows.",
    "Pen-pal replies came back in French and English.",
    "It shows how much Joy comes from kindness.",
    "A lovely service. #HappyEaster #HopeSpringsEternal #AutumnWatch",
    "River dipping in the stream was the highlight of the week.",
    "Mrs Patel joined us in May. She has already transformed the library.",  # her "she", not May's
    "Year 4 coloured in Scotland, Wales and Northern Ireland and learnt where they meet.",  # a list, not a pair
    "Summer reading challenge starts today: pick up your booklet from the office.",
    "The new term runs from April. Letters will follow.",
    "We visited Chester in June. He loved the walls, said our guide.",  # a place before "he"
    "Thank you to our visitors from Spain, Italy, India.",  # a list's end, not someone spoken to
    "French in Year 3 today: colours and a song about the rain.",  # a lesson, not a child in Year 3
    "#GoGreen week starts on Monday: bring a reusable bottle.",
    "Thank you to English Heritage for the Stonehenge workshop.",  # an organisation
    "Come as a book character (Harry Potter, the Gruffalo, Matilda, Paddington) on Thursday.",  # listed with them
    "Well done to Year 6 for tonight's performance of Oliver! Bravo.",  # a title performed
    "House points: Hope 1,243, Joy 1,198, Faith 1,176 and Peace 1,150.",  # scores with thousands
    "Special guest in assembly today: Luna, a barn owl from the Hawk Trust.",  # an animal
    "Storm warning 🌬️ The Met Office has an amber warning for tomorrow.",  # the weather, not "warning the Met Office"
    "A peek at the new Rowan and Hazel classrooms.",
    "Gold, silver and bronze for our athletes at the district finals!",  # medals, not a line-up
    "Congratulations to Mr Best on the arrival of baby Arthur!",  # a baby, not a pupil
    "Our choir sang a rousing Daisy, Daisy at the lunch club.",  # a song's words
    "Clocks go back: enjoy the extra hour, or the extra hour awake at 5am!",  # a time, not Sam disguised
    "We sang Hope in Jesus at the end of the service.",  # no plural: a song's words
    "Our visitors this week: Chester from Liverpool and a Victorian schoolmaster.",  # a place, not a class
    "The last one was Friday, so the next is in June.",  # "one" is no role
    "Our class value this term is Hope.",  # a value, not a role
    "Sports Day: 1st place in the egg and spoon went to Swan house.",  # a house after the place
    "Monday was the first in a series of sunny days.",  # first of something, not first to arrive
    "Chess club: Friday on board the minibus at 4pm.",  # no board's number: not a player's place
    "French (Year 3) starts on Tuesday: bring a pencil.",  # a lesson starts, as a child may
    "Can you find Lincoln, Chester and the Isle of Skye on the map?",  # a run read again from a name's start
    "Celebration assembly on Friday: Star of the Week certificates and house points.",  # a cue after a time
    "The Marsh top-soil was dug over by Year 4.",  # a hyphenated word that is no deed
    "In autumn the trees lost their leaves, and Autumn fell softly on the field.",  # no he or she
    "Year 4 loved the letters from Lincoln, which arrived on Monday.",  # nothing owed: a place's letters
    "Forms still needed from Year 3: please return them by Friday.",
]


@pytest.mark.parametrize("text", NAMED)
def test_a_pupil_named_in_context_is_found(text: str) -> None:
    assert flagged(text, "pupil-name"), report(text).findings


@pytest.mark.parametrize("text", ORDINARY)
def test_the_same_words_used_otherwise_pass(text: str) -> None:
    assert report(text).verdict != "block", report(text).findings


AIMED = [
    "Happy 7th birthday to our lovely Maisie!",  # the cue is not right beside the name
    "We miss you, Keanu! Get well soon.",
    "Wren's poem was printed in the parish magazine. Congratulations!",  # a short cue speaks of the last sentence
    "Happy 10th birthday to our head girl!",  # one child described, not named
    "To the Year 2 boy who handed in a purse: thank you!",
]
NOT_AIMED = [
    "Thank you to Hill & Banks Joinery for the new benches.",  # a firm
    "Happy birthday to everyone born in the summer holidays!",
    "Well done to our Year 2 girls' football team!",  # a team, not one child
    "Wren class planted a tree. Congratulations!",
]


@pytest.mark.parametrize("text", AIMED)
def test_a_post_aimed_at_one_child_is_targeted_content(text: str) -> None:
    assert flagged(text, "targeted-content", "parsloes"), report(text, "parsloes").findings


@pytest.mark.parametrize("text", NOT_AIMED)
def test_groups_and_firms_are_not_targeted(text: str) -> None:
    assert not flagged(text, "targeted-content", "parsloes"), report(text, "parsloes").findings


ONE_CHILD = [
    "Grace read her own poem to the whole of Key Stage 2. We are so proud of her.",  # the post is about one child
    "June has been chosen to light the first Advent candle.",
    "Ruby, thank you for the get-well card you made for Mrs Lane.",  # spoken to at the start of the sentence
    "India was our narrator at the harvest festival.",  # a person's role
    "Well done Will Webb for a brilliant goal on Saturday.",  # a short form of William Webb's forename
    "Our bravest Reception pupil had her first swim today.",  # one child singled out by a superlative
    "The boy in Year 4 who found the lost cat has been thanked by the RSPCA.",
    "Which Year 3 girl knows all her times tables? She knows who she is!",
    "Amber, our Year 4 sports captain, led the warm-up.",  # a person's noun said beside the name
    "Rowan, can you believe it? Your poem is in the parish magazine!",
    "Summer leaves and Summer flowers: the best picture was by Summer herself!",  # plainly a child at the end
    "A certain Year 1 boy lost both wellies in the mud today!",
    "One of our Year 5 boys has been picked for the county chess team.",
    "Photo: our Year 6 reading champion with her certificate.",
    "Little Bear has been a wonderful reading buddy this term.",  # a place's first word, said to be a person
    "Summer tripped on the stairs but she got straight back up.",  # a doing word, then she
    "Someone in Year 3 has learned every spelling this term!",
    "Get well soon to our Year 4 captain, who hurt his ankle.",
    "One little boy in Reception asked if the hamster could stay over.",
    "The poetry prize goes to... Paris! Her poem was about the canal.",  # her, opening the next sentence
    "The library book of the week was chosen by Summer: she loves dragons.",
    "Star of the week in Year 2 is Hope!",  # given a prize
    "Player of the match: Bishop, Year 5, for three brilliant saves.",
    "One of our Year 1 boys tied his own tie today!",
    "To the pupil who handed in my lost keys: thank you!",
    "Our new starter in Year 3 has settled in brilliantly.",
    "It was lovely to watch Summer dancing in the harvest assembly.",  # seen doing something
    "The captain's armband goes to Potter this week!",  # given a prize, by surname
    "The boy in Kingfishers class who lost his first tooth today is very proud.",  # a class by its name
    "One of our Year 3 girls won the county spelling bee!",  # what one child did, in an irregular past
    "Please keep one of our Year 4 boys in your thoughts this week.",
    "The only boy in our Year 6 netball team scored twice on Saturday!",
    "One of our Year 3 twins (the one in the red hat) scored the winner!",
    "The newest member of Year 2 has settled in beautifully.",
    "Please keep one of our Hazel Class boys in your thoughts this week.",  # a class inside the description
    "The Y5 boy who broke his arm at the weekend: get well soon!",  # a class written short
    "Welcome to the new arrival in Year 3, who joins us from Bristol!",
]
NOT_ONE_CHILD = [
    "Grace Griffiths and Ruby Shah planted the sunflowers.",  # two children: a group, for the name rules
    "Our Year 3 reader of the week will be announced in Friday's assembly.",  # an award, no child yet
    "All our Year 6 pupils have finished their SATs practice.",
    "One of our Year 2 pupils said it best: 'reading is like magic'.",  # a quote, not one child celebrated
    "One of our Year 6 pupils' grandparents runs the village bakery.",  # a family's, not a child's
    "Clocks go back: enjoy the extra hour, unless you have a Reception child.",  # anyone's child
    "Well done Swans: 100% attendance last week!",  # a class called after a roster name, in the plural
    "Congratulations Kestrels on the tidiest classroom award!",
    "Mrs Lane starts her maternity leave today: we can't wait to meet the new arrival!",  # a baby
]


@pytest.mark.parametrize("text", ONE_CHILD)
def test_a_post_about_one_child_is_targeted_content(text: str) -> None:
    assert flagged(text, "targeted-content", "parsloes"), report(text, "parsloes").findings


@pytest.mark.parametrize("text", NOT_ONE_CHILD)
def test_groups_awards_and_classes_are_not_one_child(text: str) -> None:
    assert not flagged(text, "targeted-content", "parsloes"), report(text, "parsloes").findings


SOMEONE_ELSE = [
    "Holly Webb's pony stories are the most borrowed books in our library.",  # no Webb on the roster is an H
    "Howard Carter's diary inspired Year 4's Egyptian writing.",  # a name, not a word, opens the sentence
    "Happy birthday, Julia Donaldson! Reception made a Gruffalo cake.",  # well known: not aimed at a child
    "Madame Moreau's French club meets on Thursdays.",  # a title
    "Thank you to Harrison & Webb Ltd for the new goal nets.",  # a firm, across an ampersand
    "Rivers Plumbing & Heating fixed our radiators for free.",  # a trade ends the name of a firm
    "In worship we heard how the angel Gabriel visited Mary.",  # a Bible story
    "Our verse for the week is Matthew 5:9, 'Blessed are the peacemakers'.",  # a book of the Bible
    "We celebrated St George's Day. George is the patron saint of England.",  # the same George as before
    "Flags are up for #stgeorge this week!",  # a saint inside a tag
    "Our Polish, Irish and English families shared songs from home.",  # a nationality, not the English family
    "Year 3 built 3D shapes from straws.",  # a figure and a letter are no disguised "Ed"
    "Pancake Day in Year 2 meant flour everywhere.",  # an event said of a class is still an event
    "Congratulations to Rowan class for the best attendance this week!",  # a class's name
    "The Welsh word for star is 'seren'.",  # a word in quotation marks
    "English or French? Year 6 chose which language to learn next.",
    "Year 4 French: we counted to twenty.",  # a class's lesson
    "Our #primaryschool pizza day was a triumph.",  # no Mary inside "primary"
    "Shepherd's pie is back on the menu on Thursday!",
    "Paris, India and Chester: Year 3 compared places. Chester won 'most like home'.",  # the same place again
    "Remember Storm Arwen? The old oak survived it.",  # a sentence's first word before a storm's name
    "House points: Oak 210, Ash 198, Willow 187, Hazel 150.",  # scores of houses
    "Lost property goes to the uniform sale if unclaimed by Friday.",  # a day
    "In RE, Year 5 compared Islam, Sikhism and Christianity.",  # faiths
    "Our class names: Hazel (Reception), Willow (Y1) and Rowan (Y2).",  # a class named with its year
    "Value of the week: Hope.",
    "Wren are top of the house table this week!",  # no one child "are"
    "Swan v Kestrel in the house quiz ended in a draw.",
    "Irish word of the week: saoirse, meaning freedom.",  # a word given its meaning
    "Kwanzaa's principles include Imani (faith) and Umoja (unity).",  # in a post about words
    "Thanks to Ford's of Westbury for the loan of a minibus.",  # a firm
    "In RE we heard how Ibrahim trusted God.",  # the Qur'an's name for Abraham, in a story
    "The choir sang Joy to the World and Mary's Boy Child.",  # carols
    "Year 5 are reading about Narnia: Lucy and Edmund find the wardrobe.",  # the story's characters
    "Year 1's tortoise, Holly, has woken up from hibernation!",  # an animal's name
    "Reception have a new rabbit called Daisy.",
    "In Roald Dahl week we voted Matilda our favourite character.",  # an author names the stories
    "Year 3 danced The Nutcracker: Clara and the Mouse King stole the show.",
    "Year 4 read The Lion, the Witch and the Wardrobe and wrote letters from Lucy.",  # the title with commas
    "Our reading nooks are Hope, Grace, Joy and Faith, the names of our four values.",
    "Thanks to Fletcher's Garden Centre for the compost.",  # a surname before capitals: a firm
    "June's Christian value is Courage.",  # a month's
    "Year 6 compared Chester's Roman walls with Salisbury's.",  # a place's, in a post about places
    "Willow Class are reading 'Holes' by Louis Sachar. The debate about Stanley's great-grandfather got lively!",
    "Come dressed as your favourite character – Matilda, the Gruffalo, Paddington… or wear PJs!",  # who one dresses as
    "Our value this half term is Hope. Ask your child about Noah and the rainbow promise.",  # a story told about
]
STILL_A_CHILD = [
    "Congratulations Carter on your swimming badge!",  # a word, not a forename, opens the sentence
    "Well done Harrison Turner for your brilliant poem.",  # a pupil's own full name
    "We read about Florence Nightingale. Florence in Year 5 wants to be a nurse!",  # a class says a child
    "Happy birthday to Jacob Wood in Oak Class!",  # a forename and a place word, said of a class
    "What a hat-trick from Sunday in the cup final!",  # a praise cue: a child surnamed Sunday, not a day
    "Potter and Bishop, our new Year 6 chess duo, won again.",  # two surnames said to be a pair of children
    "Well done to Captain Isla Ford for a great season!",  # a pupil's full name after a title
    "Lucy in Year 4 has read every Narnia book!",  # a story's character's name, plainly a child
    "Nightingale (4B) topped the times-tables leaderboard.",  # a class code
    "Rowan (left) and Storm (right) with the class hamster.",  # where each stands in the photo
    "Grace (Reception) won the colouring prize.",  # brackets say who a child is, not what a word means
    "Well done Isla (captain) for a great season.",
    "Stanley's great-grandfather visited Year 6 to talk about his war.",  # no story named: a child's
    "Matilda dressed as a pirate for World Book Day!",  # who dressed up, not who she dressed as
    "Thank you, Lincoln, for showing our visitors around so politely!",  # thanked between commas: spoken to
    "Our Year 2 Star of the Week is… Star! She has been a superstar all week.",  # given the prize just named
    "We are so proud of Noah and the whole team.",  # not told about: a child and his team
]


@pytest.mark.parametrize("text", SOMEONE_ELSE)
def test_roster_words_in_someone_elses_name_or_a_story_pass(text: str) -> None:
    assert report(text).verdict != "block", report(text).findings


@pytest.mark.parametrize("text", STILL_A_CHILD)
def test_a_child_is_still_found_beside_such_readings(text: str) -> None:
    assert flagged(text, "pupil-name"), report(text).findings


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
