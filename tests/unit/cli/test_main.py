"""`chatbot check` as a person runs it: exit codes, JSON, the readable report and one-line errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.drafting import ROSTER_CSV

MONDAY = "2026-11-23T10:00"


@pytest.fixture
def roster(tmp_path: Path) -> Path:
    path = tmp_path / "roster.csv"
    path.write_text(ROSTER_CSV)
    return path


def chatbot(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "chatbot.cli.main", *args]
    return subprocess.run(command, capture_output=True, text=True, input=stdin, timeout=60, check=False)


def test_clean_draft_exits_0_with_the_contracts_json(roster: Path) -> None:
    result = chatbot(
        "check", "Year 4 have been learning about the Romans.", "--json", "--roster", str(roster), "--at", MONDAY
    )
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data == {
        "verdict": "pass",
        "findings": [],
        "publish_at": None,
        "weighted_length": 43,
        "text": "Year 4 have been learning about the Romans.",
    }


def test_blocked_draft_exits_1(roster: Path) -> None:
    result = chatbot("check", "Well done Amelia, gr8 work!", "--json", "--roster", str(roster), "--at", MONDAY)
    assert result.returncode == 1
    data = json.loads(result.stdout)
    assert data["verdict"] == "block"
    assert {f["rule"] for f in data["findings"]} == {"pupil-name", "targeted-content", "text-speak"}
    [speak] = [f for f in data["findings"] if f["rule"] == "text-speak"]
    assert speak["span"] == [18, 21] and speak["suggestion"] == "Write “great”." and speak["clause"]


def test_warned_draft_exits_0_and_gives_publish_at_with_offset(roster: Path) -> None:
    result = chatbot("check", "Lovely day", "--json", "--roster", str(roster), "--at", "2026-11-28T11:00")
    assert result.returncode == 0
    data = json.loads(result.stdout)
    assert data["verdict"] == "warn"
    assert data["publish_at"] == "2026-11-30T08:00:00+00:00"


def test_at_with_an_offset_is_respected(roster: Path) -> None:
    # 07:30 UTC is 08:30 in London during BST: inside the window.
    result = chatbot("check", "Lovely day", "--json", "--roster", str(roster), "--at", "2026-06-01T07:30:00+00:00")
    assert json.loads(result.stdout)["publish_at"] is None


def test_readable_report_names_rule_fix_and_clause(roster: Path) -> None:
    result = chatbot("check", "What a gr8 day", "--roster", str(roster), "--at", MONDAY, "--profile", "parsloes")
    assert result.returncode == 1
    assert "BLOCKED" in result.stdout
    assert "text-speak" in result.stdout and "Fix: Write “great”." in result.stdout
    assert "lol, gr8 or l8r" in result.stdout  # Parsloes' own clause
    assert "\x1b[" not in result.stdout  # no colour codes when not on a terminal


def test_text_from_standard_input(roster: Path) -> None:
    result = chatbot("check", "-", "--json", "--roster", str(roster), "--at", MONDAY, stdin="Lovely day\n")
    assert json.loads(result.stdout)["text"] == "Lovely day"


def test_event_exception_publishes_now_and_records_it(roster: Path) -> None:
    args = ["check", "We won 3-1!", "--json", "--roster", str(roster), "--at", "2026-11-28T11:00"]
    result = chatbot(*args, "--exception", "event", "--reason", "football match")
    data = json.loads(result.stdout)
    assert data["publish_at"] is None and data["verdict"] == "pass"
    assert data["findings"][0]["severity"] == "info" and "football match" in data["findings"][0]["message"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--roster", "/nowhere/roster.csv"], "Roster file not found: /nowhere/roster.csv"),
        (["--at", "next tuesday"], "--at 'next tuesday' is not a date and time"),
        (["--profile", "strict"], "Unknown policy profile 'strict'"),
        (["--config", "/nowhere/app.yaml"], "Configuration file not found"),
        (["--image", "/nowhere/photo.jpg"], "image not found"),
        (["--exception", "whenever"], "invalid choice"),
    ],
)
def test_usage_errors_are_one_line_exit_2_and_no_traceback(args: list[str], message: str) -> None:
    result = chatbot("check", "Lovely day", *args)
    assert result.returncode == 2
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr and result.stdout == ""


def test_bad_app_yaml_is_exit_2_naming_the_key(tmp_path: Path) -> None:
    (tmp_path / "app.yaml").write_text("policy: {profle: parsloes}\n")
    result = chatbot("check", "Lovely day", "--config", str(tmp_path / "app.yaml"))
    assert result.returncode == 2
    assert "unknown key 'policy.profle'" in result.stderr


def test_text_only_check_loads_no_image_library(roster: Path) -> None:
    probe = (
        "import sys; from chatbot.cli.main import main; code = main(['check', 'Lovely day', '--roster', sys.argv[1],"
        " '--at', '2026-11-23T10:00', '--json']); import json;"
        " heavy = ('PIL', 'cv2', 'numpy', 'onnxruntime', 'twitter_text');"
        " print(json.dumps(sorted(m for m in heavy if m in sys.modules)))"
    )
    result = subprocess.run([sys.executable, "-c", probe, str(roster)], capture_output=True, text=True, check=True)
    assert json.loads(result.stdout.strip().splitlines()[-1]) == []


def test_standard_input_that_is_not_text_is_a_clear_error() -> None:
    command = [sys.executable, "-m", "chatbot.cli.main", "check", "-"]
    result = subprocess.run(command, capture_output=True, input=b"\xff\xfe\xfa bad", timeout=60, check=False)
    assert result.returncode == 2
    assert b"not UTF-8 text" in result.stderr and b"Traceback" not in result.stderr


@pytest.fixture(scope="module")
def phone_photo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from tests.photos import GROUP_OF_SIX, jpeg, photo

    path = tmp_path_factory.mktemp("photos") / "IMG_0001.jpg"
    path.write_bytes(jpeg(photo(GROUP_OF_SIX), gps=True, camera=True, comment="Amelia at sports day", xmp=True))
    return path


def test_check_with_an_image_alt_text_and_pictured_pupils(roster: Path, phone_photo: Path) -> None:
    args = ["check", "Sports day!", "--json", "--roster", str(roster), "--at", MONDAY, "--image", str(phone_photo)]
    result = chatbot(*args, "--alt", "Children racing", "--pictured", "Josh Patel", "--pictured", "Amelia Nowak")
    assert result.returncode == 1, result.stderr
    found = {(f["rule"], f["severity"]) for f in json.loads(result.stdout)["findings"]}
    assert found == {("photo-consent", "block"), ("image-metadata", "info")}


def test_a_corrupt_image_blocks_rather_than_crashing(roster: Path, tmp_path: Path) -> None:
    broken = tmp_path / "broken.jpg"
    broken.write_bytes(b"\xff\xd8\xff\xe0 this is not really a jpeg")
    result = chatbot("check", "Sports day!", "--json", "--roster", str(roster), "--at", MONDAY, "--image", str(broken))
    assert result.returncode == 1 and "Traceback" not in result.stderr
    [finding] = [f for f in json.loads(result.stdout)["findings"] if f["rule"] == "image-unreadable"]
    assert finding["severity"] == "block" and "broken.jpg" in finding["message"]


def test_more_than_four_images_is_a_usage_error(phone_photo: Path) -> None:
    result = chatbot("check", "Sports day!", *(["--image", str(phone_photo)] * 5))
    assert result.returncode == 2 and "at most 4 images" in result.stderr


def test_sanitize_writes_the_photo_without_gps_xmp_or_comments(phone_photo: Path, tmp_path: Path) -> None:
    from PIL import Image

    from tests.photos import jpeg_markers

    target = tmp_path / "clean.jpg"
    result = chatbot("sanitize", str(phone_photo), str(target))
    assert result.returncode == 0, result.stderr
    assert "Removed: location data, camera model, the time it was taken" not in result.stderr  # no date was set
    assert "location data" in result.stderr and "a comment" in result.stderr and "XMP data" in result.stderr
    data = target.read_bytes()
    assert not {0xE1, 0xED, 0xFE} & set(jpeg_markers(data))
    assert b"Amelia" not in data and b"GPS" not in data
    with Image.open(target) as published:
        assert not published.getexif() and published.size == (4000, 3000)


def test_sanitize_refuses_a_file_that_is_not_an_image(tmp_path: Path) -> None:
    source = tmp_path / "notes.jpg"
    source.write_text("not a photo")
    result = chatbot("sanitize", str(source), str(tmp_path / "out.jpg"))
    assert result.returncode == 2 and "cannot be used" in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "out.jpg").exists()


def test_faces_with_nobody_named_warn_and_nobody_identifiable_answers_it(roster: Path, phone_photo: Path) -> None:
    args = ["check", "Sports day!", "--json", "--roster", str(roster), "--at", MONDAY, "--image", str(phone_photo),
            "--alt", "Children racing"]  # fmt: skip
    unanswered = chatbot(*args)
    assert unanswered.returncode == 0, unanswered.stderr  # a warning: the check may pass, the bot waits
    messages = [f["message"] for f in json.loads(unanswered.stdout)["findings"] if f["rule"] == "photo-consent"]
    assert messages == ["Faces were found in the photos, and who is pictured has not been said."]
    answered = chatbot(*args, "--nobody-identifiable")
    assert [f for f in json.loads(answered.stdout)["findings"] if f["rule"] == "photo-consent"] == []
