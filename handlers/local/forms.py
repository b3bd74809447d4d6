"""The workspace's forms: a new draft (what Slack's message and form carry), something happening on the network
(a reply, a follower), the clock, and taking a post down by its link."""

from __future__ import annotations

import html

from chatbot.approval.draft_form import draft_form
from chatbot.incidents.by_hand import incident_form
from handlers.local.cards_html import form_html
from handlers.local.clock import DAYS
from handlers.local.samples import FOLLOWERS, REPLIES
from handlers.local.view import View


def forms_html(you: str, view: View) -> str:
    return _draft(you, view) + _network(you) + _clock(you, view) + _take_down(you) + _staff_room(you)


def _hidden(you: str) -> str:
    return f'<input type="hidden" name="as" value="{html.escape(you, quote=True)}">'


def _draft(you: str, view: View) -> str:
    return form_html(draft_form(view.zone, trip_question=view.trips_held), "/drafts", _hidden(you))


def _options(samples: tuple[tuple[str, ...], ...]) -> str:
    return '<option value="">Write my own…</option>' + "".join(
        f'<option value="{n}">{html.escape(sample[0])}</option>' for n, sample in enumerate(samples)
    )


def _network(you: str) -> str:
    return (
        f'<form class="panel" method="post" action="/reply"><h2>A reply arrives</h2>{_hidden(you)}'
        f'<label class="field"><span class="label">A made-up reply</span><select name="sample">{_options(REPLIES)}'
        f'</select></label><label class="field"><span class="label">Or type one</span>'
        f'<textarea name="text" rows="2" maxlength="2000"></textarea></label>'
        f'<button type="submit">Send the reply to the school\'s account</button></form>'
        f'<form class="panel" method="post" action="/follower"><h2>A new follower</h2>{_hidden(you)}'
        f'<label class="field"><span class="label">Who</span><select name="sample">{_options(FOLLOWERS)}</select>'
        f'</label><label class="field"><span class="label">Or their name and bio</span><input name="name" '
        f'maxlength="100"><input name="bio" maxlength="300"></label><button type="submit">Follow the school</button>'
        f"</form>"
    )


def _clock(you: str, view: View) -> str:
    days = "".join(f'<option value="{day}">{day}</option>' for day in DAYS)
    return (
        f'<form class="panel" method="post" action="/clock"><h2>Pretend it is…</h2>{_hidden(you)}'
        f'<label class="field"><span class="label">Day</span><select name="day"><option value="today">Today</option>'
        f'{days}</select></label><label class="field"><span class="label">Time</span>'
        f'<input type="time" name="time" value="{view.now:%H:%M}"></label>'
        f'<button name="do" value="pretend">Pretend</button><button name="do" value="real">Back to real time</button>'
        f"</form>"
    )


def _take_down(you: str) -> str:
    return (
        f'<form class="panel" method="post" action="/unpublish"><h2>Take a post down</h2>{_hidden(you)}'
        f'<label class="field"><span class="label">The post\'s link</span><input name="link" maxlength="500"></label>'
        f'<label class="field"><span class="label">Why</span><input name="reason" maxlength="500"></label>'
        f'<button type="submit" class="danger">Take it down</button></form>'
    )


def _staff_room(you: str) -> str:
    """What Slack's /countersign incident, pause, resume and policy do."""
    return (
        form_html(incident_form(), "/incident", _hidden(you))
        + f'<form class="panel" method="post" action="/pause"><h2>Pause publishing</h2>{_hidden(you)}'
        f'<label class="field"><span class="label">Why (approvers)</span><input name="reason" maxlength="500">'
        f'</label><button name="do" value="pause" class="danger">Pause</button><button name="do" value="resume">'
        f'Resume</button></form><p class="panel"><a href="/policy" target="_blank">The policy in force</a> · '
        f'<a href="/report" target="_blank">The governors\' report</a> (<a href="/report.pdf">PDF</a>)</p>'
    )
