"""What the follow-ups tell the layers above them."""

from django.dispatch import Signal

# Sent once a follow-up is published or taken off a write-up (withdrawn, hidden),
# with `page_id`: search updates the write-up's document.
follow_ups_changed = Signal()
