"""Send the e-mails waiting in the outbox, for cron or after a mail server outage."""

from django.conf import settings
from django.core.management.base import BaseCommand

from labo.accounts import outbox


class Command(BaseCommand):
    help = (
        "Envoie les e-mails en attente dont l'heure est venue, puis supprime ceux "
        "envoyés ou abandonnés depuis plus de LABO_EMAIL_KEEP_DAYS jours."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--failed",
            action="store_true",
            help="Remet d'abord en file les e-mails abandonnés après trop d'essais.",
        )

    def handle(self, *args, failed=False, **options):
        if failed:
            requeued = outbox.emails_requeue_failed()
            self.stdout.write(f"E-mails abandonnés remis en file : {requeued}.")
        sent = outbox.emails_send_due()
        pruned = outbox.emails_prune()
        state = outbox.outbox_state()
        self.stdout.write(
            f"Envoyés : {sent}. En attente : {state['waiting']}. "
            f"Abandonnés : {state['failed']}. Supprimés (plus de "
            f"{settings.LABO_EMAIL_KEEP_DAYS} jours) : {pruned}."
        )
