"""Made-up replies and followers to try the incident, triage and follower cards with (nothing here is real)."""

from __future__ import annotations

REPLIES = (
    ("Kind words", "What a lovely assembly this morning, thank you to all the staff!"),
    ("Unkind about a child", "that kid in the front row is such a loser lol, everyone at school laughs at him"),
    ("A worrying message to a child", "hey cutie, dm me, don't tell your mum we're talking"),
    ("A child discloses", "i dont want to go home tonight, my step dad hits me when hes angry"),
    (
        "An allegation about staff",
        "One of your teachers grabbed my son by the arm and shouted in his face. I want something done.",
    ),
    ("Not sure what it is", "Does anyone know why the year 4 teacher keeps messaging my daughter on Instagram?"),
)
FOLLOWERS = (
    ("A parent", "sarah_parent", "Sarah Ellis", "Mum of two, PTA member, loves baking"),
    ("A brand-new account with no picture", "user84920183", "user84920183", ""),
    ("An account that worries", "funguy_4kids", "Fun Guy", "I love making new young friends! DM me for games"),
)
