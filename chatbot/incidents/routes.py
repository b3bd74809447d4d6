"""Who an incident goes to, by kind and certainty, who may act on it, and who is told when nobody does."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import timedelta

from chatbot.incidents.kinds import Kind
from chatbot.school.incident_settings import IncidentsSection

People = tuple[str, ...]


@dataclass(frozen=True)
class Route:
    kind: Kind
    channel: str | None  # shown in this shared channel; None: the content never reaches a channel
    mention: People  # named on the channel card (the Computing Lead)
    private_to: People  # sent privately to each
    fallbacks: tuple[People, ...] = ()  # told in turn, one deadline apart, while nobody acknowledges
    deadline: timedelta | None = None
    triage: bool = False  # uncertain: the people here decide what it is

    @property
    def escalate_to(self) -> People:
        return self.fallbacks[0] if self.fallbacks else ()

    @property
    def people(self) -> frozenset[str]:
        """Only these may act on the incident."""
        return frozenset((*self.mention, *self.private_to, *(p for tier in self.fallbacks for p in tier)))

    @property
    def deliverable(self) -> bool:
        return bool(self.channel or self.private_to)


@dataclass(frozen=True)
class Routing:
    """Confident incidents go by kind; uncertain ones to the person who decides; the head never hears of
    an allegation about the head."""

    auto: dict[Kind, Route]
    triage: dict[Kind, Route]
    about_head: Route  # an allegation about the headteacher, whether confident or not
    head_name: str | None = None  # how people name the head ("Mrs Okafor"), besides the role

    def of(self, kind: Kind, *, triage: bool = False, about_head: bool = False) -> Route:
        if kind == "allegation" and about_head:
            return replace(self.about_head, triage=triage)
        return (self.triage if triage else self.auto)[kind]


def routes(config: IncidentsSection, drafts_channel: str | None) -> Routing:
    dsl, head, deputies = tuple(config.dsl), tuple(config.headteacher), tuple(config.deputy_dsl)
    chair = tuple(config.chair_of_governors)
    not_the_head = chair or tuple(p for p in (*dsl, *deputies) if p not in head)  # never the person it is about
    soon = timedelta(minutes=config.private_deadline_minutes)
    safeguarding_fallbacks = _tiers(deputies, head, told=dsl)
    e_safety = Route("e-safety", config.channel or drafts_channel, tuple(config.computing_lead), (), _tiers(dsl),
                     timedelta(minutes=config.escalate_after_minutes))  # fmt: skip
    auto: dict[Kind, Route] = {
        "e-safety": e_safety,
        "safeguarding": Route("safeguarding", None, (), dsl, safeguarding_fallbacks, soon),
        "allegation": Route("allegation", None, (), head, _tiers(chair, told=head), soon),
    }
    decide: dict[Kind, Route] = {  # the DSL decides, unless the best guess is an allegation
        "e-safety": Route("e-safety", None, (), dsl, safeguarding_fallbacks, soon, triage=True),
        "safeguarding": Route("safeguarding", None, (), dsl, safeguarding_fallbacks, soon, triage=True),
        "allegation": Route("allegation", None, (), head, _tiers(chair, told=head), soon, triage=True),
    }
    return Routing(auto, decide, Route("allegation", None, (), not_the_head, (), soon), config.headteacher_name)


def _tiers(*groups: People, told: People = ()) -> tuple[People, ...]:
    """Each group in turn, without anyone told before (a head who is also the DSL is not told twice)."""
    tiers: list[People] = []
    for group in groups:
        fresh = tuple(p for p in group if p not in told and all(p not in tier for tier in tiers))
        tiers += [fresh] if fresh else []
    return tuple(tiers)
