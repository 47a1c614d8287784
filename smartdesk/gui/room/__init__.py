"""The Room: the workshop's agenda, participants and vote rounds, and phones joining in."""
