"""What the bot's HTTP endpoint answers and logs, for the technician who runs it."""

from __future__ import annotations

# answers to HTTP requests that are not Slack's (the body of a 4xx or 503)
HTTP_NOT_FOUND = "Nothing is served here: Slack's events go to POST /slack/events, the health check is GET /healthz."
HTTP_METHOD_NOT_ALLOWED = "Only GET /healthz and POST /slack/events are served."
HTTP_LENGTH_REQUIRED = "A request to /slack/events must give its length (Content-Length); chunked bodies are refused."
HTTP_BAD_LENGTH = "The request's Content-Length is not a number of bytes."
HTTP_TOO_LARGE = "The request is larger than {limit} bytes; Slack's requests are far smaller, so it was not read."
HTTP_NOT_UTF8 = "The request's body is not UTF-8 text, so it is not from Slack."
HTTP_UNSIGNED = "The request is not signed by Slack (signature missing, stale or wrong)."
HTTP_MALFORMED = "The request is signed but is not a payload the bot can read."
HTTP_BUSY = "The bot is handling as many requests as it can; try again shortly."
HTTP_IN_FLIGHT = "This event is being handled now; ask again later for its outcome."

# the log, when a request is refused (never the request's body: drafts name pupils)
SIGNATURE_MISSING = "refused a request without Slack's signature and timestamp headers"
SIGNATURE_UNREADABLE = "refused a request whose X-Slack-Request-Timestamp is not a time"
SIGNATURE_STALE = (
    "refused a request signed {minutes} minutes away from this server's clock (Slack allows 5): "
    "if Slack's own requests are refused, check the server's clock"
)
SIGNATURE_MISMATCH = (
    "refused a request whose signature does not match: if Slack's own requests are refused, check SLACK_SIGNING_SECRET"
)
HTTP_REFUSED = "refused an HTTP request: {reason}"
HTTP_DROPPED_SLOW = "dropped an HTTP connection: the client did not send its request in time"
HTTP_DROPPED_SHORT = "dropped an HTTP connection: the client closed it before sending the whole body"
HTTP_DROPPED_MALFORMED = "refused an HTTP request whose request line or headers are malformed"
HTTP_HANDLER_FAILED = "an HTTP request failed part-way ({error}); the client was not answered"
