"""A reproducible corpus: a 2,000-pupil roster and realistic school drafts, some clean and some with problems."""

from __future__ import annotations

import random
from pathlib import Path

FORENAMES = """Oliver George Noah Arthur Muhammad Leo Harry Oscar Archie Henry Theodore Freddie Jack Charlie Theo Alfie
Jacob Thomas Finley Arlo William Lucas Roman Tommy Isaac Teddy Alexander Luca Edward James Joshua Albie Elijah Max
Mohammed Reuben Mason Sebastian Rory Jude Louie Benjamin Ezra Chester Logan Frederick Ronnie Hugo Zachary Olivia
Amelia Isla Ava Ivy Freya Lily Florence Mia Willow Rosie Sophia Isabella Grace Daisy Sienna Poppy Elsie Emily Ella
Evelyn Phoebe Sofia Evie Charlotte Harper Millie Matilda Maya Sophie Alice Emilia Isabelle Ruby Luna Maisie Aria
Penelope Mila Bonnie Eva Hallie Eliza Ada Violet Esme Arabella Imogen Jessica Delilah Clara Thea Summer Hope Zainab
Kacper Siobhan Aarav""".split()
SURNAMES = """Smith Jones Taylor Brown Williams Wilson Johnson Davies Patel Robinson Wright Thompson Evans Walker White
Roberts Green Hall Thomas Clarke Jackson Wood Harris Edwards Turner Martin Cooper Hill Ward Hughes Moore Clark King
Harrison Lewis Baker Lee Allen Morris Khan Scott Watson Davis Parker James Bennett Young Phillips Richardson Mitchell
Bailey Carter Cook Singh Shaw Bell Collins Morgan Kelly Begum Miller Cox Marshall Simpson Anderson Ellis Adams Wilkinson
Ward Price Griffiths Murphy Mason Chapman Fox Lloyd Russell Webb Powell Hunt Holmes Palmer Mills Barnes Knight Butler
Rogers Richards Stevens Ali Owen Reid Fisher Pearce Matthews Nowak Okafor Kowalski Hussain Ahmed""".split()

CLEAN = [
    "Year {year} have been learning about the Romans this week. What fantastic shields they made!",
    "We had a wonderful harvest festival this morning. Thank you to all our families for the donations.",
    "Reminder: school closes at 1pm on Friday for the end of term. Have a lovely break, everyone!",
    "Well done Year {year} on a brilliant assembly about kindness.",
    "Our Reception children enjoyed exploring the autumn leaves in the garden today.",
    "Year {year} visited the museum yesterday and came back full of questions about the Egyptians.",
    "Parents' evening booking is now open. Please use the school app to choose a time.",
    "Our choir sang beautifully at the care home this afternoon. We are so proud of them!",
    "Don't forget Year {year}, PE kits tomorrow please.",
    "Congratulations to our netball team on reaching the final!",
    "Look at these amazing volcano models from Year {year}! The eruptions were spectacular.",
    "Thank you to everyone who came to our coffee morning. We raised £{money} for the library.",
    "Year {year} have been practising their times tables with Numbots this week.",
    "Our new reading corner is open! Come and have a look at parents' evening.",
    "The menu for next week is on our website: https://www.example-primary.sch.uk/menus",
]
PROBLEMS = [
    "Well done {forename}, a better lesson today!",
    "{forename} {surname} read beautifully in assembly this morning.",
    "Happy birthday {forename}! Have a gr8 day.",
    "Tomorrow Year {year} are off to the zoo. Can't wait!",
    "We're at the beach right now with Year {year}!",
    "Thx 4 coming 2 the fair, see u next year lol",
    "We recieved lots of letters from the libary.",
    "What a shit day, the heating has broken again.",
    "Call Mrs Smith on 07700 900{digits} if you can help.",
    "@angryparent we have already answered this question.",
    "Tickets are at bit.ly/{digits}abc now.",
    "We are very disappointed and angry about the terrible parking this morning.",
    "Excited about @dextnott visiting Year {year}!",
    "Great work from {forename}'s group on the class display.",
    "Jo\u200bsh and friends made pancakes.",
]
EMOJI = ["", "", " 😀", " 🎉", " 👍🏽", " 📚"]


def roster_csv(count: int, rng: random.Random) -> str:
    rows = ["Forename,Surname,Year,Photo consent"]
    seen: set[tuple[str, str]] = set()
    while len(rows) <= count:
        pair = (rng.choice(FORENAMES), rng.choice(SURNAMES))
        if pair not in seen:
            seen.add(pair)
            rows.append(f"{pair[0]},{pair[1]},{rng.randint(1, 6)},{rng.choice(['yes', 'no'])}")
    return "\n".join(rows) + "\n"


def drafts(count: int, rng: random.Random) -> list[str]:
    """Two drafts in three are clean (as most staff posts are); the rest carry one or two problems."""
    made = []
    for _ in range(count):
        parts = [rng.choice(CLEAN)]
        if rng.random() < 1 / 3:
            parts.append(rng.choice(PROBLEMS))
            if rng.random() < 0.3:
                parts.append(rng.choice(PROBLEMS))
        rng.shuffle(parts)
        text = " ".join(parts) + rng.choice(EMOJI)
        made.append(_fill(text, rng))
    return made


def _fill(text: str, rng: random.Random) -> str:
    return text.format(
        year=rng.randint(1, 6),
        money=rng.randint(100, 900),
        forename=rng.choice(FORENAMES),
        surname=rng.choice(SURNAMES),
        digits=rng.randint(100, 999),
    )


def write_roster(folder: Path, count: int = 2000, seed: int = 7) -> Path:
    path = folder / "roster.csv"
    path.write_text(roster_csv(count, random.Random(seed)))
    return path
