"""What the maturity decisions tell the layers above them."""

from django.dispatch import Signal

# Sent once a write-up's validation changes outside a publication (a confirmation
# in the review queue), with `page_id`: search may update the write-up's document.
maturity_changed = Signal()
