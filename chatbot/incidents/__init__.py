"""Incidents: what the mention poller and staff raise, routed to the right person, with evidence kept."""
