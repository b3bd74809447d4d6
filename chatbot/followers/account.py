"""A social account as the follower alerts see it, on any platform."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import datetime
from typing import Any


@dataclass(frozen=True)
class Account:
    id: str
    handle: str
    name: str
    bio: str = ""
    created_at: datetime | None = None
    has_picture: bool = True
    followers: int = 0
    following: int = 0
    posts: int = 0
    protected: bool = False
    location: str = ""
    url: str = ""  # the profile's address on its platform

    def to_record(self) -> dict[str, Any]:
        record = asdict(self)
        record["created_at"] = self.created_at.isoformat() if self.created_at else None
        return record

    @classmethod
    def from_record(cls, record: dict[str, Any]) -> Account:
        created = record.get("created_at")
        return cls(**{**record, "created_at": datetime.fromisoformat(created) if created else None})


@dataclass(frozen=True)
class AccountPage:
    """One page of followers, newest first, and the token for the next (None on the last page)."""

    accounts: tuple[Account, ...]
    next_token: str | None = None
