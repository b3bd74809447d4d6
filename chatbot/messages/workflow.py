"""What the approval workflow and publishing say in a draft's thread."""

from __future__ import annotations

from datetime import datetime

from chatbot.messages.findings import when

# the approval workflow (said in the draft's thread)
OWN_DRAFT = "Your own approval does not count: another approver must approve this draft."
NOT_AN_APPROVER = "That reaction does not approve the draft: only the school's approvers can approve posts."
BLOCKED_CANNOT_BE_APPROVED = (
    "This draft is blocked by the policy check, so it cannot be approved. Edit it to fix the problems."
)
BLOCKED_SINCE_CHECKED = (
    "Checked again before approving, this draft now blocks: something changed since its report (a pupil's photo "
    "consent withdrawn or expired, a pupil added to the roster, or the day it would go out). The report above "
    "says why; nothing was approved."
)
BLOCKED_BEFORE_PUBLISHING = (
    "Checked again at its publishing time, this draft now blocks: something changed since it was approved (a "
    "pupil's photo consent withdrawn or expired, a pupil added to the roster, or the day it goes out). It was not "
    "published; the report above says why, and it needs fixing and approving again."
)
NOT_AWAITING = "This draft is {state}, so approving it changes nothing."
APPROVED_AN_EARLIER_VERSION = (
    "That approval was given before the draft was last edited, so it does not count: read the edited draft "
    "and approve it again if it is right."
)
EDITED_AFTER_PUBLISHING = (
    "This draft was already published, so the edit is not on {network}: the public post still has the old "
    "words. To change it, take the post down, and check the corrected words as a new draft (it needs approving "
    "like any other)."
)
CORRECTION_FROM = "Correction of an earlier post, from <@{user}>:\n{text}"
CORRECTION_NOT_YOURS = "Only the author of the post or an approver can send its correction for checking."
CORRECTION_SENT = "The corrected words are posted as a new draft: its report follows in its thread."
TAKE_DOWN_ASKED = "Noted: the thread says when the post is taken down (only approvers can take posts down)."


def waiting_for_approval(minutes: int, approvers: str) -> str:
    waited = f"{minutes} minutes" if minutes < 120 else f"{minutes // 60} hours"
    return f"Still waiting for approval after {waited}: {approvers}, could one of you read it and decide?"


NOT_A_DRAFTER = (
    "Only staff the headteacher has authorised post drafts for the school's account, so this message was not "
    "checked or sent for approval. If you have news for the account, send it to one of the approvers, or ask the "
    "headteacher to add you."
)


def needs_group(kind: str, group: str) -> str:
    what = "has photos of children" if kind == "photos_of_children" else "uses an exception to the posting hours"
    return (
        f"This post {what}, so the school's approval rules ask for an approval from {group.replace('_', ' ')}: "
        "your approval was not counted as the last one. One of them needs to approve it."
    )


FORM_DRAFT_FROM = "Draft from <@{user}>:\n{text}"
FORM_DRAFT_WITHDRAWN = "A draft withdrawn by its author: it will not be published."
FORM_DRAFT_NOT_YOURS = "Only the draft's author can edit or withdraw it; approvers can reject it."
FORM_DRAFT_TOO_LATE = "This draft is already published: an approver can take it down, and you can post a new draft."
APPROVAL_COUNTED = "Approval {count} of {required} recorded."
APPROVAL_WITHDRAWN = "An approval was withdrawn; the draft is waiting for approval again."


def rejected(reason: str | None) -> str:
    why = f" \u201c{reason}\u201d" if reason else " (no reason given)"
    return (
        f"Rejected by an approver:{why}. It will not be published as it is: edit the draft to fix it, and "
        "the draft is checked again and waits for approval."
    )


WITHDRAWN = "The draft was deleted, so it has been withdrawn."
DRY_RUN_PUBLISHED = "Approved. Dry run: not posted (no X credentials are configured). It would have published:\n{text}"
PUBLISHED = "Approved and published: {url}"
PUBLISH_FAILED = "Approved, but publishing failed: {error}. Nothing was posted. An approver can press Retry."
PUBLISH_PARTLY_FAILED = "Approved, but publishing partly failed. {error}. An approver can press Retry."
UNPUBLISHED = "Taken down from {network} by an approver."
ONLY_APPROVERS_UNPUBLISH = "Only the school's approvers can take posts down."
UNKNOWN_POST = "That is not the link of a post Countersign published, so there is nothing to take down."
UNPUBLISHED_DRY_RUN = "Marked as taken down. It was a dry run, so nothing had been posted."
UNPUBLISH_FAILED = "Could not take the post down: {error}. Try again, or delete it on the network directly."
ALREADY_PUBLISHED = "Approved. X says this exact post is already on the account, so it was not posted twice."
UNPUBLISH_UNLOCATED = (
    "X already had this post when it was published, but did not say which post it is, so Countersign cannot "
    "take it down: delete it on X directly."
)


def waiting_for_limit(error: str, publish_at: datetime) -> str:
    return f"Not published yet: {error}. It will go out {when(publish_at)}."


def scheduled_for(publish_at: datetime) -> str:
    return f"Approved. It is outside posting hours, so it will be published {when(publish_at)}."


# publishing to X
X_CREDENTIALS_REFUSED = (
    "X refused the credentials: check X_API_KEY, X_API_SECRET, X_ACCESS_TOKEN and X_ACCESS_TOKEN_SECRET "
    "(regenerate the access token after changing the app's permissions)"
)
X_NOT_ANSWERING = "X is not answering properly (it kept failing); try again later"
X_RATE_LIMITED = "X kept refusing for its rate limit; try again later"
X_RATE_LIMIT_RESET = "X's rate limit resets in {minutes:.0f} minutes; the post will wait"
X_FORBIDDEN = "X refused ({said}): the app needs 'Read and write' permission and enough credits"
X_REFUSED = "X refused the request ({status}: {said})"
X_DUPLICATE = "X says this exact post is already on the account"


# the pause switch
def held_while_paused(reason: str) -> str:
    return f"Approved. Publishing is paused ({reason}), so it will go out once an approver resumes it."


def paused_notice(user: str, reason: str) -> str:
    return (
        f":double_vertical_bar: Publishing is paused by <@{user}>: {reason}. Nothing is posted; approved and "
        "scheduled posts wait. An approver can `/countersign resume`."
    )


def resumed_notice(user: str, waiting: int) -> str:
    return f":arrow_forward: Publishing resumed by <@{user}>. {waiting} waiting post(s) go out in their posting window."


ALREADY_PAUSED = "Publishing is already paused ({reason}, by <@{by}>)."
NOT_PAUSED = "Publishing is not paused."
PAUSE_NEEDS_REASON = "Say why, e.g. `/countersign pause a safeguarding incident is being handled`."
ONLY_APPROVERS_PAUSE = "Only the school's approvers can pause or resume publishing."


def welcome(user: str, blocking: list[str]) -> str:
    return (
        f"Welcome, <@{user}>. Post a draft here and Countersign checks it against the school's social media "
        "policy in its thread; an approver (never the author) approves it with ✅ and it goes out in school hours. "
        f"Drafts are blocked for: {', '.join(blocking)}. `/countersign policy` shows every rule and why; "
        "`/countersign help` shows how to draft, approve, unpublish and report a concern."
    )


# reminders (posted in the channel until an approver acknowledges them, once a day while overdue)
REMIND_PASSWORD = (
    ":key: A new term has started: change the school's X account password, and make sure only the people "
    "who run the account know it."
)
REMIND_POLICY_REVIEW = (
    ":scroll: The social media policy is due for its yearly review: check it with the governors, then update "
    "Countersign's profile if anything changed (`/countersign policy` shows what it checks)."
)
REMIND_CONSENT_REFRESH = (
    ":camera_with_flash: A new school year: photo consent is sought again. When the forms are in, ask the office "
    "for a fresh roster export with this year's photo consent and put it in place of the old file; Countersign "
    "reads it within a minute, and this reminder closes itself when the new file arrives."
)
REMIND_FOLLOWER_REVIEW = (
    ":busts_in_silhouette: The weekly follower review: look at this week's new followers and decide on any "
    "still waiting (Keep, Block or Mute)."
)


def reminder_overdue(days: int) -> str:
    return f"Overdue by {days} day{'s' * (days != 1)}." if days else ""


CONSENT_REFRESHED = "Done: the new roster file has arrived, and Countersign reads its photo consent."


def reminder_acknowledged(user: str, when: str) -> str:
    return f"Acknowledged by <@{user}> on {when}."


ONLY_APPROVERS_ACKNOWLEDGE = "Only the school's approvers can acknowledge reminders."


# App Home
CANCELLED_FROM_HOME = "Cancelled by <@{user}> before it was published: it will not go out."


def home_spend(amount: str) -> str:
    return f"X this month, so far: about {amount} (posts and items read; see the README for prices)."


# publishing to several networks
MASTODON_TOKEN_REFUSED = "Mastodon refused the access token: check MASTODON_ACCESS_TOKEN (scope write:statuses)"


def network_not_answering(network: str) -> str:
    return f"{network} is not answering properly (it kept failing); try again later"


def network_refused(network: str, said: str) -> str:
    return f"{network} refused the post ({said[:200]})"


def and_list(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def some_networks_failed(went: list[str], failed: list[tuple[str, str]]) -> str:
    done = f"Posted on {and_list(went)}; " if went else ""
    problems = "; ".join(f"{network}: {error}" for network, error in failed)
    return f"{done}not posted on {and_list([n for n, _ in failed])} ({problems}). Retry posts only there"


def published_links(links: tuple[tuple[str, str], ...]) -> str:
    return "Approved and published: " + " · ".join(f"{network}: {url}" for network, url in links)


BLUESKY_LOGIN_REFUSED = "Bluesky refused the login: check BLUESKY_HANDLE and BLUESKY_APP_PASSWORD (an app password)"


def network_duplicate(network: str) -> str:
    return f"{network} says this post is already on the account"


CANNOT_HIDE = "{network} has no way for an account to hide a reply; report or block it on {network}"


def cost_text(amount: str, has_link: bool) -> str:
    """X charges per post, far more for a post with a link: said before anyone approves it."""
    return f"Posting it on X costs about {amount}" + (", as it has a link." if has_link else ".")


def verdict_summary(verdict: str) -> str:
    """A report's notification text (what phones show): the verdict in words, no names."""
    return {"block": "Countersign: blocked", "warn": "Countersign: OK, with warnings"}.get(verdict, "Countersign: OK")


SAY_WHO_IS_PICTURED_FIRST = (
    "Who is in the photos has not been said yet, so this cannot be approved. The author (or an approver) "
    "answers with the Who is pictured? button under the report."
)
PICTURED_TOO_LATE = "Who is pictured can only be changed before the draft is approved: edit or repost it instead."
PICTURED_NOT_YOURS = "Only the author or an approver can say who is pictured."
PICTURED_NEEDS_AN_ANSWER = "Name the pupils in the photos, or choose one of the answers below."
ONLY_APPROVERS_CONSENT = "Only approvers can look up a pupil's published photos."
CONSENT_WITHDRAWN_USAGE = "Name the pupil: `/countersign consent-withdrawn Forename Surname`."
CONSENT_NO_POSTS = (
    'No published post names {name} as pictured. Posts where only "nobody identifiable" or "consent checked" '
    "was said cannot be found this way: look through the account's recent photos too."
)
CONSENT_POSTS_FOUND = "{name} was named as pictured in {count} published post(s). Take each down, or check it by hand:"
CONSENT_TAKE_DOWN_BY_HAND = "its record has gone, so take it down on the network itself"
CONSENT_TAKEDOWN_REASON = "photo consent withdrawn"
