"""What features plug into: the window's interface, the change hub, the edit history, error
messages, the analysis context and the segment tables every feature shows."""
