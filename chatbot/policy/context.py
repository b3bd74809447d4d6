"""Everything the rules need besides the draft, built once from the settings when the bot or a command starts."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from threading import Lock
from zoneinfo import ZoneInfo

from chatbot.images import ImageInspector
from chatbot.policy.contacts import SchoolContacts
from chatbot.policy.lexicon import Lexicon
from chatbot.policy.name_index import NameIndex, name_tokens
from chatbot.policy.profile import Profile, RuleConfig, load_profile
from chatbot.school.posting_windows import PostingSchedule, parse_window
from chatbot.school.roster import Roster
from chatbot.school.roster_file import RosterFile
from chatbot.school.settings import Settings

LENGTH_LIMIT = 280  # X's weighted limit; other publishers bring their own later


@dataclass(frozen=True)
class PolicyContext:
    profile: Profile
    rules: dict[str, RuleConfig]
    zone: ZoneInfo
    schedule: PostingSchedule | None
    rosters: RosterFile  # the roster as its file says now: re-read when the file changes
    lexicon: Lexicon
    school_name: str
    allowed_mentions: frozenset[str] = frozenset()
    allowed_domains: tuple[str, ...] = ()
    contacts: SchoolContacts = field(default_factory=SchoolContacts)
    length_limit: int = LENGTH_LIMIT
    other_networks: tuple[tuple[str, int], ...] = ()  # ("Mastodon", 500), ("Bluesky", 300): also checked
    checks_x: bool = True  # False when X is not among publishing.targets
    image_inspector: ImageInspector | None = None
    _index_lock: Lock = field(default_factory=Lock, init=False, repr=False, compare=False)

    @cached_property
    def inspector(self) -> ImageInspector:
        """The given inspector, else the real one, built on first use so text-only checks never load Pillow."""
        if self.image_inspector is not None:
            return self.image_inspector
        from chatbot.vision import PillowInspector

        return PillowInspector()

    @property
    def roster(self) -> Roster:
        return self.rosters.current()

    @property
    def names(self) -> NameIndex:
        """The roster's name index: built once for each roster read, however many threads ask at once."""
        roster = self.roster
        built: tuple[Roster, NameIndex] | None = self.__dict__.get("_names")
        if built is None or built[0] is not roster:
            with self._index_lock:
                built = self.__dict__.get("_names")
                if built is None or built[0] is not roster:
                    built = (roster, NameIndex(roster, self.lexicon.is_ordinary_word, self.school_name))
                    self.__dict__["_names"] = built
        return built[1]

    @property
    def networks(self) -> tuple[str, ...]:
        """The networks approved posts go to, by name."""
        return (("X",) if self.checks_x else ()) + tuple(name for name, _ in self.other_networks)

    @property
    def clauses(self) -> dict[str, str]:
        """Each rule's clause of the policy in force (for the governors' report)."""
        return {rule: config.clause or "" for rule, config in self.rules.items()}

    @cached_property
    def school_words(self) -> frozenset[str]:
        return frozenset(name_tokens(self.school_name))


def build_context(settings: Settings, profile: str | None = None, roster: Path | None = None) -> PolicyContext:
    """Build the context; `profile` and `roster` override app.yaml (as `chatbot check --profile/--roster` do)."""
    chosen = load_profile(profile or settings.policy.profile, settings.config_dir)
    roster_path = roster or settings.roster_path()
    zone = ZoneInfo(settings.school.timezone)
    context = PolicyContext(
        profile=chosen,
        rules=_effective_rules(chosen, settings),
        zone=zone,
        schedule=_schedule(chosen, settings, zone),
        rosters=RosterFile(roster_path),
        lexicon=Lexicon(settings.policy.school_words),
        school_name=settings.school.name,
        allowed_mentions=frozenset(h.lstrip("@").lower() for h in settings.policy.allowed_mentions),
        allowed_domains=tuple(d.lower().removeprefix("www.") for d in settings.policy.allowed_domains),
        contacts=SchoolContacts.from_list(settings.policy.school_contacts),
        other_networks=_other_networks(settings),
        checks_x="x" in settings.publishing.targets,
    )
    _ = context.names  # the roster is indexed as it is loaded, once, not by the first draft
    return context


NETWORK_LIMITS = {"mastodon": ("Mastodon", 500), "bluesky": ("Bluesky", 300)}


def _other_networks(settings: Settings) -> tuple[tuple[str, int], ...]:
    """The length limits of the networks besides X that approved posts go to (publishing.targets)."""
    found = [NETWORK_LIMITS[t] for t in settings.publishing.targets if t in NETWORK_LIMITS]
    return tuple((name, settings.publishing.mastodon_characters if name == "Mastodon" else limit)
                 for name, limit in found)  # fmt: skip


def _effective_rules(profile: Profile, settings: Settings) -> dict[str, RuleConfig]:
    rules = dict(profile.rules)
    for rule_id, override in settings.policy.rules.items():
        base = rules.get(rule_id, RuleConfig(severity="off"))
        rules[rule_id] = base.model_copy(update=override.model_dump(exclude_none=True, exclude_defaults=True))
    window = rules.get("posting-window", RuleConfig(severity="off"))
    if settings.posting.windows and not window.enabled:
        rules["posting-window"] = window.model_copy(update={"severity": "warn"})
    return rules


def _schedule(profile: Profile, settings: Settings, zone: ZoneInfo) -> PostingSchedule | None:
    """app.yaml's windows win when given; else the profile's own (none for a policy that sets no hours)."""
    specs = settings.posting.windows if settings.posting.windows is not None else profile.posting_windows
    if not specs:
        return None
    return PostingSchedule(tuple(parse_window(s) for s in specs), zone, settings.posting.bank_holidays)
