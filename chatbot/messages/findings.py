"""What the policy check says about a draft: each finding's message and suggested fix."""

from __future__ import annotations

from datetime import date, datetime


def _quote(text: str) -> str:
    return f"“{text}”"


# empty / hidden-characters
EMPTY = "The draft is empty: write the post, or attach a photo with a description."
HIDDEN_CHARACTERS = "The draft contains {count} invisible character(s); they will be removed before it is published."
HIDDEN_SUGGESTION = "Retype the text around the highlighted place, or paste it as plain text."

# reply / mention
REPLY = "This draft starts with {handle}, so X would publish it as a reply. The school account never replies."
REPLY_SUGGESTION = "Remove {handle} from the start, or start with the message itself."
MENTION = "{handle} is someone else's account and is not on the school's list of partners."
MENTION_SUGGESTION = "Name them without the @, or ask an approver to add {handle} to policy.allowed_mentions."


# pupil-name / targeted-content
def pupil_full_name(name: str) -> str:
    return f"{_quote(name)} is a pupil's full name from the school roster."


def pupil_forename(name: str) -> str:
    return f"{_quote(name)} is the name of a pupil on the school roster."


def pupil_maybe(name: str) -> str:
    return f"{_quote(name)} matches a pupil's name on the roster; if it means the child, use initials instead."


def read_as_other(readings: list[tuple[str, str]]) -> str:
    """Roster names that were read as something else, and as what, so a wrong reading is easy to spot."""
    listed = "; ".join(f"{_quote(written)}: {why}" for written, why in readings)
    return f"Read as something other than a pupil: {listed}. If one of these means a child, use initials."


def use_initials(initials: str) -> str:
    return f"Use initials instead, e.g. {initials}"


def targeted(name: str) -> str:
    return f"This is aimed at one person ({_quote(name)}); posts celebrate a class or year group, not one child."


TARGETED_SUGGESTION = "Address the group instead, e.g. “Well done, Year 3!”"


# offensive-language
def offensive(word: str, disguised: bool) -> str:
    how = " (written in disguise)" if disguised else ""
    return f"{_quote(word)} is offensive or unsuitable language{how}."


def offensive_mild(word: str) -> str:
    return f"{_quote(word)} may read as rude or unkind in a school post."


OFFENSIVE_SUGGESTION = "Remove or reword it."

# personal-data
PHONE = "This looks like a personal phone number."
EMAIL_PERSONAL = "This is a personal e-mail address."
EMAIL_OTHER = "This e-mail address is not one of the school's listed contacts; check it is an organisation's."
ADDRESS = "This looks like a home address."
POSTCODE = "This looks like a postcode, which can identify where a family lives."
BIRTH_DATE = "This looks like someone's date of birth."
PERSONAL_SUGGESTION = "Remove it; share the school office's contact details instead."

# forthcoming-visit / live-location
FORTHCOMING = "This announces a trip before it happens; for safeguarding, share it once the children are back."
FORTHCOMING_SUGGESTION = "Post about the trip afterwards, in the past tense (“Year 6 visited…”)."
LIVE = "This says where the children are right now; nothing is posted until they have left a place."
LIVE_SUGGESTION = "Post it after the class has left, in the past tense."


# text-speak / spelling
def text_speak(token: str) -> str:
    return f"{_quote(token)} is text language; school posts use full words."


def misspelt(word: str) -> str:
    return f"{_quote(word)} is not in the British English dictionary."


# negative-tone / collective-voice
NEGATIVE = "This reads as negative (tone score {score:+.2f}); the school account shares positive messages."
NEGATIVE_SUGGESTION = "If it is news parents need, consider a letter or the school app instead; else reword positively."
FIRST_PERSON = "{word} is the first person singular; the school writes collectively."
FIRST_PERSON_SUGGESTION = "Write as the class or the school, e.g. “We have been…” or “Year 4 have been…”."

# link / length
SHORTENER = "{host} is a link shortener: parents cannot see where the link goes."
SHORTENER_SUGGESTION = "Paste the full address instead."
UNLISTED_DOMAIN = "{host} is not on the school's list of trusted sites."
UNLISTED_SUGGESTION = "Check the link, or ask an approver to add the site to policy.allowed_domains."
TOO_LONG = "The post is {length} characters as {network} counts them; the limit is {limit}."
TOO_LONG_SUGGESTION = "Shorten it by {excess} characters (links count 23, emoji 2)."
_COUNTING = {"X": "links count 23, emoji 2", "Mastodon": "links count 23", "Bluesky": "links count in full"}


def too_long_fix(network: str, excess: int) -> str:
    return f"Shorten it by {excess} characters ({_COUNTING.get(network, 'as the network counts them')})."


# posting-window
def outside_window(windows: str, publish_at: datetime) -> str:
    return f"Outside posting hours ({windows}). Once approved it will be published {when(publish_at)}."


def holiday_window(holiday: str, publish_at: datetime, day: date) -> str:
    return f"{day:%A %-d %B} is a bank holiday ({holiday}). Once approved it will be published {when(publish_at)}."


def relative_date(words: str, written: date, out: date) -> str:
    return (
        f"\u201c{words}\u201d was written on {written:%A %-d %B}, but the post will be published on {out:%A %-d %B}, "
        f"when \u201c{words}\u201d would mean a different day."
    )


def relative_date_fix(words: str, written: date) -> str:
    return (
        f"Write the date itself (e.g. \u201con {written:%A %-d %B}\u201d if that is the day \u201c{words}\u201d "
        "meant), or, for news that must go out the day it was written, use the event or urgent exception."
    )


def exception_used(kind: str, reason: str | None) -> str:
    why = f": {reason}" if reason else ""
    return f"Outside posting hours, published now under the {kind} exception{why}. This is recorded."


WINDOW_SUGGESTION = "For an event or urgent news (e.g. a closure), use the event or urgent exception."


def when(moment: datetime) -> str:
    return moment.strftime("on %A %-d %B at %H:%M")


# image rules
def photo_label(index: int, name: str) -> str:
    return f"Photo {index + 1} ({name})"


def image_unreadable(label: str, problem: str) -> str:
    return f"{label} cannot be used: {problem}."


IMAGE_NOT_FETCHED = "it could not be fetched from the chat (the bot may not be able to see the file)"
IMAGE_UNREADABLE_SUGGESTION = "Attach the photo again as a JPEG or PNG straight from the camera or phone."


def metadata_removed(label: str, removed: tuple[str, ...]) -> str:
    listed = removed[0] if len(removed) == 1 else ", ".join(removed[:-1]) + " and " + removed[-1]
    return f"{label}: removed {listed} before publishing."


def single_face(label: str) -> str:
    allowed = "groups, work, hands or backs of heads"
    return f"{label} shows exactly one face; the policy allows {allowed}, not one child alone."


SINGLE_FACE_SUGGESTION = "Use a group photo, or one of the work rather than the child."


def single_face_of_staff(label: str, who: str) -> str:
    return f"{label} shows exactly one face, in a post about {who}: check it is {who}, not a child."


def name_in_image(label: str, name: str) -> str:
    return f"{label} shows the name “{name}”, a pupil on the roster (a name badge, a label, a book cover)."


def name_in_alt_text(label: str, name: str) -> str:
    return f"The description of {label} names “{name}”, a pupil on the roster; it is published with the photo."


NAME_IN_IMAGE_SUGGESTION = "Crop or blur the name, or choose another photo."
NAME_IN_ALT_SUGGESTION = "Describe the photo without names, e.g. “Year 3 building volcanoes”."


def no_consent(name: str) -> str:
    return f"{name} has no photo consent on the roster."


def consent_expired(name: str, expired: str) -> str:
    return f"Photo consent for {name} expired on {expired}; consent is renewed every academic year."


def consent_unknown(name: str) -> str:
    return f"“{name}” is not on the roster, so their photo consent is unknown."


PICTURED_UNANSWERED = "Faces were found in the photos, and who is pictured has not been said."
PICTURED_SUGGESTION = (
    "Say who is pictured: name the pupils, or say that no pupil can be identified, or that you checked everyone "
    "pictured against the list of pupils without photo consent."
)
CONSENT_SUGGESTION = "Choose a photo without this pupil, or check consent with the office first."


def missing_alt_text(label: str) -> str:
    return f"{label} has no description (alt text) for people who use screen readers."


ALT_TEXT_SUGGESTION = "Describe what the photo shows, without names, e.g. “Year 3 building volcanoes in class”."
