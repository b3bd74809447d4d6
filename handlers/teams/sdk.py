"""The Teams SDK's names, imported in one place, without its preview notices (nothing here uses preview features)."""

from __future__ import annotations

import warnings

with warnings.catch_warnings():
    warnings.filterwarnings("ignore", message=r".* is in preview and may change", category=Warning)
    from microsoft_teams.api import (
        Account,
        AdaptiveCardActionMessageResponse,
        AdaptiveCardInvokeActivity,
        ApiClient,
        Attachment,
        MessageActivity,
        MessageActivityInput,
        MessageDeleteActivity,
        MessageReactionActivity,
        MessageUpdateActivity,
    )
    from microsoft_teams.api.auth.cloud_environment import PUBLIC, CloudEnvironment, with_overrides
    from microsoft_teams.api.clients.conversation import CreateConversationParams
    from microsoft_teams.apps import ActivityContext, App
    from microsoft_teams.apps.http import FastAPIAdapter

__all__ = [
    "PUBLIC",
    "Account",
    "ActivityContext",
    "AdaptiveCardActionMessageResponse",
    "AdaptiveCardInvokeActivity",
    "ApiClient",
    "App",
    "Attachment",
    "CloudEnvironment",
    "CreateConversationParams",
    "FastAPIAdapter",
    "MessageActivity",
    "MessageActivityInput",
    "MessageDeleteActivity",
    "MessageReactionActivity",
    "MessageUpdateActivity",
    "with_overrides",
]
