"""The benchmark's corpus: a 2,000-pupil roster of modern UK names and 600 posts written as staff write them."""

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


def roster_csv(count: int, rng: random.Random) -> str:
    rows = ["Forename,Surname,Year,Photo consent"]
    seen: set[tuple[str, str]] = set()
    while len(rows) <= count:
        pair = (rng.choice(FORENAMES), rng.choice(SURNAMES))
        if pair not in seen:
            seen.add(pair)
            rows.append(f"{pair[0]},{pair[1]},{rng.randint(1, 6)},{rng.choice(['yes', 'no'])}")
    return "\n".join(rows) + "\n"


POSTS = Path(__file__).parent / "data" / "school_posts.txt"


def school_posts() -> list[str]:
    """600 posts written as staff write them (50–280 characters, distinct, about a third with a problem)."""
    return POSTS.read_text(encoding="utf-8").splitlines()


def write_roster(folder: Path, count: int = 2000, seed: int = 7) -> Path:
    path = folder / "roster.csv"
    path.write_text(roster_csv(count, random.Random(seed)))
    return path
