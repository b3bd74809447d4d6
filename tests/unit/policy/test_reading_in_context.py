"""Reading a roster word in its context, with the 600-pupil corpus roster (tests/data/names/): what is said of a
name, lists of classes and values, tags with and without cues, initials, disguised letters; each capability with
posts that must be flagged beside posts that must pass."""

from __future__ import annotations

import pytest

from tests.unit.policy.corpus_roster import flagged, report

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
