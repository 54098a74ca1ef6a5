"""Send the « six mois après » invitations and reminders that are due (for cron)."""

from django.core.management.base import BaseCommand

from experiences.follow_ups import services, tasks


class Command(BaseCommand):
    help = (
        "Met dans la file d'envoi les e-mails « six mois après » dus aujourd'hui "
        "(invitations et rappels). Sans risque à relancer : aucun e-mail ne part "
        "deux fois."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--start-worker-chain",
            action="store_true",
            help=(
                "Met plutôt en file la tâche quotidienne du worker, qui se relance "
                "chaque jour (avec le worker de la base de données)."
            ),
        )

    def handle(self, *args, start_worker_chain=False, **options):
        if start_worker_chain:
            tasks.follow_up_invitations_task.enqueue()
            self.stdout.write("Tâche quotidienne des suivis mise en file.")
            return
        queued = services.follow_up_invitations_send()
        self.stdout.write(f"E-mails « six mois après » mis en file : {queued}.")
