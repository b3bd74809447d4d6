"""The edges: chat platform listeners and pollers that translate payloads into Countersign's neutral events."""
