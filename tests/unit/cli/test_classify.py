"""`chatbot classify` as the contract says: exit 0, {"incident": null} or
{"incident": {"kind", "reasons", "confidence", "route"}}."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.drafting import ROSTER_CSV


def chatbot(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "chatbot.cli.main", "classify", *args]
    return subprocess.run(command, capture_output=True, text=True, input=stdin, timeout=60, check=False)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("You're all f***ing idiots", "e-safety"),
        ("i cut myself again last night", "safeguarding"),
        ("A dinner lady smacked my daughter for not finishing her lunch", "allegation"),
    ],
)
def test_an_incident_prints_its_kind_and_reasons_and_exits_0(text: str, kind: str) -> None:
    result = chatbot(text, "--json")
    assert result.returncode == 0, result.stderr
    answer = json.loads(result.stdout)
    assert set(answer) == {"incident"} and set(answer["incident"]) == {"kind", "reasons", "confidence", "route"}
    assert answer["incident"]["kind"] == kind and all(isinstance(r, str) for r in answer["incident"]["reasons"])
    assert answer["incident"]["route"] == "auto" and 0.5 <= answer["incident"]["confidence"] <= 1.0


def test_an_uncertain_reply_is_for_a_person_to_decide_with_its_best_guess() -> None:
    answer = json.loads(chatbot("My step dad hits the ball further than anyone at the parents' match", "--json").stdout)
    assert answer["incident"]["route"] == "triage" and answer["incident"]["kind"] == "safeguarding"
    assert 0.0 < answer["incident"]["confidence"] < 1.0 and "Please decide" in answer["incident"]["reasons"][0]


def test_nothing_to_escalate_is_null_and_exits_0() -> None:
    result = chatbot("Lovely to see the children enjoying the sunshine!", "--json")
    assert (result.returncode, json.loads(result.stdout)) == (0, {"incident": None})


def test_a_pupil_named_needs_the_roster_and_stdin_works(tmp_path: Path) -> None:
    roster = tmp_path / "roster.csv"
    roster.write_text(ROSTER_CSV)
    text = "That's Noah Okafor in the photo, his dad owes me money"
    without = json.loads(chatbot(text, "--json").stdout)["incident"]
    assert without is None or "Names a pupil on the roster (personal data about a child)." not in without["reasons"]
    with_roster = json.loads(chatbot("-", "--json", "--roster", str(roster), stdin=text).stdout)
    assert with_roster["incident"]["kind"] == "e-safety"  # shown in the channel, or triaged when the model doubts
    assert "Names a pupil on the roster (personal data about a child)." in with_roster["incident"]["reasons"]


def test_the_readable_form_and_a_bad_config_in_one_line(tmp_path: Path) -> None:
    said = chatbot("watch your back").stdout.splitlines()
    assert said[0].startswith("Incident: e-safety (") and said[1:] == ["  - A threat: “watch your back”."]
    (tmp_path / "app.yaml").write_text("policy: {rosta: x.csv}\n")
    result = chatbot("hello", "--config", str(tmp_path / "app.yaml"))
    assert result.returncode == 2 and result.stderr.count("\n") == 1 and "rosta" in result.stderr
