"""What the local practice workspace says: that it is practice, and its answers to the people trying it."""

PRACTICE_PUBLISHED = "Approved and published (practice): nothing left this computer. <{url}|See how it would look>."
PRACTICE_BANNER = (
    "Practice workspace: nothing here is published, and everything is forgotten when it stops. Posts go to a "
    "practice account on this computer only."
)
PRACTICE_STARTED = "Countersign's practice workspace is open at {url} (nothing is published; Ctrl+C stops it)"
PRACTICE_NO_CHAT = (
    "No Slack or Teams credentials are set, so Countersign opens its practice workspace. To run it in your staff "
    'chat, see the README\'s "When you are ready: Slack or Teams".'
)
PRACTICE_OPEN_HOST = (
    "The practice workspace is listening on {host}: anyone who can reach this computer on the network can use it "
    "and see what is typed into it. Use --host 127.0.0.1 unless that is what you want."
)
PRACTICE_TOO_FAST = "That was a lot of presses at once. Wait a moment and try again: nothing was lost."
PRACTICE_TOO_LARGE = "That is too much to send at once ({size} MB). Photos of up to 20 MB each, four at most."
PRACTICE_UNREADABLE = (
    "That was too much to send at once (a post's words can be up to 1 MB), or not what this page sends. Nothing "
    "was changed: go back and try again."
)
PRACTICE_EMPTY = "There is nothing to post: write the draft first."
PRACTICE_GONE = "That message is no longer in the practice workspace."
PRACTICE_NOT_YOURS = "Only the person who wrote a draft can edit or delete it."
PRACTICE_CLOCK = "The workspace now pretends it is {when}. Posts due before then go out (practice) now."
PRACTICE_CLOCK_REAL = "The workspace is back on real time."
PRACTICE_CLOCK_UNREADABLE = "Pick a day and write a time like 10:00."
PRACTICE_REPLY_SENT = "A reply arrived on the practice account; Countersign has read it."
PRACTICE_FOLLOWER_SENT = "A new follower arrived on the practice account; Countersign has looked at it."
PRACTICE_FOREIGN_PAGE = "This workspace only takes presses from its own page."
PRACTICE_PAUSED = "Publishing is paused: nothing goes out until an approver resumes it. The channel has been told."
PRACTICE_RESUMED = "Publishing has resumed. The channel has been told."
