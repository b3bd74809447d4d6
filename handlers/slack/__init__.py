"""The Slack edge: bolt listeners that translate Slack's payloads into Countersign's neutral events."""
