"""The review task of the "Relecture coordination" workflow."""

from django.db.models import CharField
from django.db.models.functions import Cast
from wagtail.models import AbstractGroupApprovalTask

from experiences.models.pages import ExperiencePage
from experiences.permissions import page_in_scope
from experiences.taxonomy.models import Territory
from labo.accounts.roles import review_region


class RegionalReviewTask(AbstractGroupApprovalTask):
    """Group approval where a coordinator attached to a region reviews only the
    write-ups of that region; the others review everything."""

    def user_reviews(self, obj, user):
        if user.is_superuser:
            return True
        return self._user_in_groups(user) and page_in_scope(
            user=user, page=obj.specific
        )

    def user_can_access_editor(self, obj, user):
        return self.user_reviews(obj, user)

    def user_can_lock(self, obj, user):
        return self.user_reviews(obj, user)

    def locked_for_user(self, obj, user):
        return not self.user_reviews(obj, user)

    def get_actions(self, obj, user):
        return super().get_actions(obj, user) if self.user_reviews(obj, user) else []

    def get_task_states_user_can_moderate(self, user, **kwargs):
        task_states = super().get_task_states_user_can_moderate(user, **kwargs)
        region = None if user.is_superuser else review_region(user)
        if region is None:
            return task_states
        in_region = (
            ExperiencePage.objects.filter(
                territory__in=Territory.objects.within(region)
            )
            .annotate(key=Cast("pk", CharField()))
            .values("key")
        )
        return task_states.filter(workflow_state__object_id__in=in_region)

    @classmethod
    def get_description(cls):
        return (
            "Les membres des groupes choisis relisent ; une coordination limitée à "
            "une région ne relit que les fiches de sa région."
        )

    class Meta:
        verbose_name = "relecture par la coordination"
        verbose_name_plural = "relectures par la coordination"
