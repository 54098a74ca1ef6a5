"""Six months later: the authors' follow-ups ("suivis") of their write-ups."""
